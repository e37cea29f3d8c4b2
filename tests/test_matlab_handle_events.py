"""MATLAB's events and object lifetime (compat.matlab.handle_events): the rules MATLAB's
handle-class and event-class reference pages state (order, recursion, deleting a listener
in a callback, errors in callbacks, listener lifetimes, property events, onCleanup), and
graphics listeners against live Octave. Octave 7.3 captures:
reference_outputs/matlab/handle_events."""

import gc
import warnings

import numpy as np
import pytest

from compat import CompatTypeError, CompatValueError, matlab
from compat._core.events import (DestructorErrorWarning, ListenerCallbackWarning,
                                 PropertyEvent)

from oracles import run_octave_program


class Toggle(matlab.HandleObject):
    """The ToggleButton of MATLAB's "Events and Listeners Syntax" page."""
    events = ("ToggleState",)
    set_observable = ("State",)
    get_observable = ("Label",)
    State = False
    Label = "toggle"

    def on_state_change(self, new_state):
        if new_state != self.State:
            self.State = new_state
            matlab.notify(self, "ToggleState")


def test_listeners_run_in_creation_order_with_source_and_event_name():
    t = Toggle()
    log = []
    for k in range(5):
        matlab.addlistener(t, "ToggleState",
                           lambda src, evt, k=k: log.append((k, src is t, evt.EventName)))
    t.on_state_change(True)
    assert log == [(k, True, "ToggleState") for k in range(5)]
    t.on_state_change(True)          # no change: the class does not notify
    assert len(log) == 5


def test_listener_on_several_sources_and_notify_on_a_list():
    a, b = Toggle(), Toggle()
    seen = []
    lh = matlab.addlistener([a, b], "ToggleState", lambda src, evt: seen.append(src))
    matlab.notify([b, a], "ToggleState")
    assert seen == [b, a]
    assert lh.Source == [a, b] and lh.EventName == "ToggleState"


def test_callback_cell_form_passes_extra_arguments():
    t = Toggle()
    got = []
    matlab.addlistener(t, "ToggleState", [lambda s, e, x, y: got.append((x, y)), 1, "b"])
    matlab.notify(t, "ToggleState")
    assert got == [(1, "b")]


def test_custom_event_data_gets_source_and_name():
    class Overflow(matlab.EventData):
        def __init__(self, value):
            super().__init__()
            self.OrgValue = value

    t = Toggle()
    got = []
    matlab.addlistener(t, "ToggleState", lambda s, e: got.append(e))
    data = Overflow(11)
    matlab.notify(t, "ToggleState", data)
    assert got == [data] and data.Source is t and data.EventName == "ToggleState"
    assert data.OrgValue == 11
    with pytest.raises(CompatTypeError, match="^notify: Event data must be"):
        matlab.notify(t, "ToggleState", {"OrgValue": 1})


def test_a_callback_that_notifies_does_not_reenter_unless_recursive():
    t = Toggle()
    depth = []

    def again(src, evt):
        depth.append(len(depth))
        if len(depth) < 4:
            matlab.notify(src, "ToggleState")

    lh = matlab.addlistener(t, "ToggleState", again)
    matlab.notify(t, "ToggleState")
    assert depth == [0]                       # Recursive false: not called again
    assert lh.Recursive == np.False_
    depth.clear()
    lh.Recursive = True
    matlab.notify(t, "ToggleState")
    assert depth == [0, 1, 2, 3]              # recursive, until the callback stops


def test_other_listeners_hear_a_nested_notification():
    t = Toggle()
    log = []
    first = [True]

    def a(src, evt):
        log.append("a")
        if first[0]:
            first[0] = False
            matlab.notify(src, "ToggleState")

    matlab.addlistener(t, "ToggleState", a)
    matlab.addlistener(t, "ToggleState", lambda s, e: log.append("b"))
    matlab.notify(t, "ToggleState")
    # a's nested notification skips a (running) and calls b; then the outer one calls b
    assert log == ["a", "b", "b"]


def test_deleting_a_listener_inside_a_callback():
    t = Toggle()
    log = []
    handles = {}

    def first(src, evt):
        log.append("first")
        matlab.delete(handles["second"])      # deleted before its turn: not called

    handles["first"] = matlab.addlistener(t, "ToggleState", first)
    handles["second"] = matlab.addlistener(t, "ToggleState", lambda s, e: log.append("2"))
    handles["self"] = matlab.addlistener(
        t, "ToggleState", lambda s, e: (log.append("self"), matlab.delete(handles["self"])))
    matlab.notify(t, "ToggleState")
    matlab.notify(t, "ToggleState")
    assert log == ["first", "self", "first"]
    assert not matlab.isvalid(handles["second"]) and not matlab.isvalid(handles["self"])
    assert bool(matlab.isvalid(handles["first"]))


def test_a_listener_added_by_a_callback_hears_the_next_notification():
    t = Toggle()
    log = []
    matlab.addlistener(t, "ToggleState", lambda s, e: (
        log.append("old"), matlab.addlistener(s, "ToggleState",
                                              lambda s2, e2: log.append("new"))))
    matlab.notify(t, "ToggleState")
    assert log == ["old"]
    matlab.notify(t, "ToggleState")
    assert log == ["old", "old", "new"]


def test_disabled_listener_is_skipped_and_enabled_is_logical():
    t = Toggle()
    log = []
    lh = matlab.addlistener(t, "ToggleState", lambda s, e: log.append(1))
    assert lh.Enabled == np.True_ and isinstance(lh.Enabled, np.bool_)
    lh.Enabled = False
    matlab.notify(t, "ToggleState")
    lh.Enabled = 1
    matlab.notify(t, "ToggleState")
    assert log == [1]
    with pytest.raises(CompatValueError, match="Enabled must be a logical"):
        lh.Enabled = 2


def test_an_error_in_a_callback_warns_and_the_others_run():
    t = Toggle()
    log = []
    matlab.addlistener(t, "ToggleState", lambda s, e: log.append("before"))
    matlab.addlistener(t, "ToggleState", lambda s, e: matlab.error("my:id", "bad value"))
    matlab.addlistener(t, "ToggleState", lambda s, e: log.append("after"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        matlab.notify(t, "ToggleState")
    assert log == ["before", "after"]
    [w] = [w for w in caught if issubclass(w.category, ListenerCallbackWarning)]
    assert str(w.message) == ("Error occurred while executing the listener callback for "
                              "event ToggleState defined for class Toggle:\nbad value")
    assert w.message.error is not None


def test_unknown_event_and_bad_arguments():
    t = Toggle()
    with pytest.raises(CompatValueError, match=r"^addlistener: Event 'Toggled' is not "
                                               r"defined for class 'Toggle'\.$"):
        matlab.addlistener(t, "Toggled", print)
    with pytest.raises(CompatValueError, match=r"^notify: Event 'togglestate' is not "):
        matlab.notify(t, "togglestate")            # event names are case-sensitive
    with pytest.raises(CompatTypeError, match="^addlistener: The listener callback"):
        matlab.addlistener(t, "ToggleState", "disp('x')")
    with pytest.raises(CompatTypeError, match="^notify: The event source must be a "
                                              "handle object, not a value of class "
                                              "'double'"):
        matlab.notify(3.0, "ToggleState")
    with pytest.raises(CompatTypeError, match="^addlistener: Wrong number"):
        matlab.addlistener(t, "ToggleState")


def test_property_events_order_and_event_data():
    t = Toggle()
    log = []
    for event in ("PreSet", "PostSet"):
        matlab.addlistener(t, "State", event, lambda s, e: log.append(
            (e.EventName, e.AffectedObject.State, e.Source.Name, type(e))))
    t.State = True
    assert log == [("PreSet", False, "State", PropertyEvent),
                   ("PostSet", True, "State", PropertyEvent)]
    log.clear()
    t.State = True                    # AbortSet is false by default: fires again
    assert len(log) == 2


def test_get_events_and_observability_errors():
    t = Toggle()
    log = []
    matlab.addlistener(t, "Label", "PostGet", lambda s, e: log.append(e.EventName))
    assert t.Label == "toggle" and log == ["PostGet"]
    with pytest.raises(CompatValueError, match=r"^addlistener: Cannot listen to the "
                                               r"PostGet event of property 'State'"):
        matlab.addlistener(t, "State", "PostGet", print)
    with pytest.raises(CompatValueError, match=r"^addlistener: The name 'Colour' is not "
                                               r"an accessible property for an instance "
                                               r"of class 'Toggle'\.$"):
        matlab.addlistener(t, "Colour", "PostSet", print)
    with pytest.raises(CompatValueError, match="^addlistener: Invalid property event "
                                               "'Changed'"):
        matlab.addlistener(t, "State", "Changed", print)


def test_observable_defaults_are_per_object():
    class Holder(matlab.HandleObject):
        set_observable = ("Data",)
        Data = [1, 2]

    a, b = Holder(), Holder()
    a.Data.append(3)
    assert b.Data == [1, 2] and Holder.Data == [1, 2]


def test_addlistener_lives_with_the_source_listener_with_its_holder():
    t = Toggle()
    log = []
    matlab.addlistener(t, "ToggleState", lambda s, e: log.append("bound"))   # not kept
    kept = matlab.listener(t, "ToggleState", lambda s, e: log.append("kept"))
    matlab.listener(t, "ToggleState", lambda s, e: log.append("dropped"))   # not kept
    gc.collect()
    matlab.notify(t, "ToggleState")
    assert log == ["bound", "kept"]
    del kept
    gc.collect()
    log.clear()
    matlab.notify(t, "ToggleState")
    assert log == ["bound"]


def test_deleting_the_source_deletes_bound_listeners_after_object_being_destroyed():
    t = Toggle()
    log = []
    bound = matlab.addlistener(t, "ObjectBeingDestroyed",
                               lambda s, e: log.append((e.EventName, bool(s.isvalid()))))
    free = matlab.listener(t, "ToggleState", lambda s, e: None)
    matlab.delete(t)
    assert log == [("ObjectBeingDestroyed", True)]      # notified while still valid
    assert not matlab.isvalid(t) and not matlab.isvalid(bound)
    assert bool(matlab.isvalid(free))                   # not bound to the source
    with pytest.raises(CompatValueError, match=r"^notify: Invalid or deleted object\.$"):
        matlab.notify(t, "ToggleState")
    matlab.delete(t)                                    # deleting again does nothing


def test_a_subclass_destructor_runs_once_after_object_being_destroyed():
    order = []

    class Resource(matlab.HandleObject):
        def delete(self):
            order.append("destructor")
            super().delete()

    r = Resource()
    matlab.addlistener(r, "ObjectBeingDestroyed", lambda s, e: order.append("event"))
    r.delete()
    r.delete()
    assert order == ["event", "destructor"]
    q = Resource()
    del q                                               # last reference: destroyed
    gc.collect()
    assert order == ["event", "destructor", "destructor"]


def test_events_lists_declared_then_object_being_destroyed():
    class Child(Toggle):
        events = ("Extra",)
    assert matlab.events(Child()) == ["ToggleState", "Extra", "ObjectBeingDestroyed"]
    with pytest.raises(CompatTypeError, match="^events: Undefined function"):
        matlab.events(np.ones(2))


# ------------------------------------------------------------------------ onCleanup
def test_oncleanup_runs_at_scope_exit_delete_and_with():
    log = []

    def work():
        c = matlab.oncleanup(lambda: log.append("cleanup"))
        log.append("work")
        assert c.isvalid()              # alive until the function returns

    work()
    assert log == ["work", "cleanup"]
    c = matlab.oncleanup(lambda: log.append("deleted"))
    assert callable(c.task)
    matlab.delete(c)
    matlab.delete(c)                               # once
    assert log[-1] == "deleted" and log.count("deleted") == 1
    with pytest.raises(ZeroDivisionError):
        with matlab.oncleanup(lambda: log.append("with")):
            1 / 0
    assert log[-1] == "with"


def test_oncleanup_error_is_a_warning_and_bad_argument():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c = matlab.oncleanup(lambda: matlab.error("boom"))
        matlab.delete(c)
    [w] = [w for w in caught if issubclass(w.category, DestructorErrorWarning)]
    assert str(w.message) == ("The following error was caught while executing "
                              "'onCleanup' class destructor:\nboom")
    with pytest.raises(CompatTypeError, match="^onCleanup: onCleanup takes a function"):
        matlab.oncleanup("fclose(fid)")


# ------------------------------------------------------------------------ graphics
def test_graphics_postset_listener_and_udd_form():
    f = matlab.figure("Visible", "off")
    try:
        ax = matlab.axes()
        log = []
        lh = matlab.addlistener(ax, "XLim", "PostSet",
                                lambda s, e: log.append((e.EventName, s.XLim.tolist())))
        matlab.set(ax, "XLim", [2, 5])
        ax.XLim = [0, 1]
        matlab.plot(ax, [1, 30], [1, 2])               # automatic limits: no event
        matlab.hold(ax, "on")
        matlab.plot(ax, [-40, 3], [0, 1])    # widens the limits: no event in MATLAB
        assert ax.XLim[0, 0] <= -40          # (Octave notifies: a recorded divergence)
        assert log == [("PostSet", [[2.0, 5.0]]), ("PostSet", [[0.0, 1.0]])]
        assert lh.Object == [ax] and lh.Source[0].Name == "XLim"
        udd = []
        hgax = matlab.handle(ax)
        hl = matlab.handle.listener(hgax, matlab.findprop(hgax, "YLim"), "PropertyPostSet",
                                    lambda s, e: udd.append((e.Type, e.NewValue)))
        ax.YLim = [0, 2]
        assert udd == [("PropertyPostSet", [0, 2])] and hl.Enabled == "on"
        hl.Enabled = "off"
        ax.YLim = [0, 3]
        assert len(udd) == 1
        # Octave's form addlistener(h, prop, fcn): a PostSet listener
        octave_form = []
        matlab.addlistener(ax, "ylim", lambda s, e: octave_form.append(1))
        ax.YLim = [0, 4]
        assert octave_form == [1]
        with pytest.raises(CompatValueError, match="PostGet event of graphics"):
            matlab.addlistener(ax, "XLim", "PostGet", print)
        matlab.delete(ax)                              # bound listeners go with it
        assert not matlab.isvalid(lh) and bool(matlab.isvalid(hl))
    finally:
        matlab.close(f)


def test_handle_conversion():
    f = matlab.figure("Visible", "off")
    try:
        ax = matlab.axes()
        assert matlab.handle(ax) is ax and matlab.handle(f.Number) is f
        assert list(matlab.handle([ax, f])) == [ax, f]
        t = Toggle()
        assert matlab.handle(t) is t
        with pytest.raises(CompatTypeError, match="^handle: handle takes graphics"):
            matlab.handle("figure")
    finally:
        matlab.close(f)


@pytest.mark.octave
def test_graphics_listener_order_against_octave():
    """Octave's graphics listeners run in registration order with the new value set;
    three listeners, random limits (the same sets through compat)."""
    rng = np.random.default_rng(2061)
    lows = np.round(rng.uniform(-5, 0, 4), 3)
    highs = lows + np.round(rng.uniform(0.5, 5, 4), 3)
    sets = "".join(f"set(ax,'XLim',[{float(a)!r} {float(b)!r}]);" for a, b in zip(lows, highs))
    script = ("f=figure('visible','off'); ax=axes('parent',f); setappdata(0,'L',[]);"
              "for k=1:3, addlistener(ax,'XLim',@(h,e) setappdata(0,'L',"
              "[getappdata(0,'L'); k get(h,'XLim')])); end;" + sets +
              "L=getappdata(0,'L'); printf('%.17g\\n', L'); close(f);")
    done = run_octave_program(script, timeout=300)
    assert done.returncode == 0, done.stderr
    expected = np.array([float(v) for v in done.stdout.split()]).reshape(-1, 3)
    f = matlab.figure("Visible", "off")
    try:
        ax = matlab.axes()
        got = []
        for k in (1, 2, 3):
            matlab.addlistener(ax, "XLim", "PostSet", lambda s, e, k=k: got.append(
                [k, *s.XLim.ravel().tolist()]))
        for a, b in zip(lows, highs):
            matlab.set(ax, "XLim", [a, b])
    finally:
        matlab.close(f)
    np.testing.assert_array_equal(np.array(got), expected)


def test_xlim_ylim_axis_notify_and_auto_or_manual_do_not():
    """xlim/ylim/axis with limits set XLim/YLim (PostSet heard); 'manual' freezes
    the limits and 'auto' lets the axes compute them: no notification in MATLAB
    (Octave 7.3 notifies the automatic recomputation of xlim('auto'): golden case
    graphics_automatic_limits_do_not_notify records that divergence)."""
    f = matlab.figure("Visible", "off")
    try:
        ax = matlab.axes(f)
        matlab.hold(ax, "on")
        log = []
        matlab.addlistener(ax, "XLim", "PostSet", lambda s, e: log.append(
            [1.0, *s.XLim.ravel()]))
        matlab.addlistener(ax, "YLim", "PostSet", lambda s, e: log.append(
            [2.0, *s.YLim.ravel()]))
        matlab.xlim(ax, [0, 3])
        matlab.ylim(ax, [-1, 1])
        matlab.xlim(ax, "auto")
        matlab.xlim(ax, "manual")
        matlab.axis(ax, [1, 2, 3, 4])
        assert log == [[1.0, 0.0, 3.0], [2.0, -1.0, 1.0], [1.0, 1.0, 2.0],
                       [2.0, 3.0, 4.0]]
    finally:
        matlab.close(f)
