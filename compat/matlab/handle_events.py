"""MATLAB's events and object lifetime: ``addlistener``, ``listener``, ``notify``,
``onCleanup``, ``handle``, ``handle.listener``, ``findprop``, ``events``.

Ported handle classes (``classdef Foo < handle`` with an ``events`` block) subclass
:class:`HandleObject` (``compat.matlab.HandleObject``), declaring their events and
observable properties as class attributes; custom event data subclasses
:class:`EventData` (``compat.matlab.EventData``, MATLAB's ``event.EventData``)::

    class ToggleButton(matlab.HandleObject):        # classdef ToggleButton < handle
        events = ("ToggleState",)                    #   events ToggleState end
        set_observable = ("State",)                  #   properties (SetObservable)
        State = False                                #     State = false

        def on_state_change(self, new_state):
            if new_state != self.State:
                self.State = new_state
                matlab.notify(self, "ToggleState")

Graphics objects are event sources too: ``addlistener(ax, 'XLim', 'PostSet', cb)``
calls ``cb(ax, evt)`` after each ``set(ax, 'XLim', ...)`` (or ``ax.XLim = ...``); the
limits MATLAB changes by itself (automatic limits while ``XLimMode`` is 'auto') do not
notify, in MATLAB (R2014b graphics) as in Octave. The rules -- order, recursion,
deleting a listener in a callback, errors in callbacks, lifetimes -- are those of
:mod:`compat._core.events`, from MATLAB's handle-class and event-class reference pages.

Differences from a naive Python port: a plain list of callbacks calls them all even
when one raises (MATLAB warns and goes on), re-enters a callback that notifies its own
event (MATLAB does not unless ``Recursive``), keeps listeners alive as long as the list
lives (MATLAB's ``listener`` lives only while its caller holds it) and has no
``ObjectBeingDestroyed``.
"""

from __future__ import annotations

import numpy as np

from compat._core import events as core
from compat._core import graphics_objects as go
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.events import (EventData, HandleObject, MetaProperty, OnCleanup,
                                 PropertyEvent)
from compat._core.legacy import matlab_function

__all__ = ["addlistener", "listener", "notify", "oncleanup", "handle", "handle_listener",
           "findprop", "events", "HandleObject", "EventData", "PropertyEvent",
           "MetaProperty", "OnCleanup"]
__legacy_names__ = {"onCleanup": "oncleanup", "handle.listener": "handle_listener",
                    "event.listener": "listener", "event.proplistener": "listener"}

_UDD_EVENTS = {"PropertyPreSet": "PreSet", "PropertyPostSet": "PostSet",
               "PropertyPreGet": "PreGet", "PropertyPostGet": "PostGet"}


@matlab_function("addlistener")
def addlistener(hSource, *args):  # noqa: N803 - MATLAB's argument name
    """Create a listener bound to the lifetime of its source (MATLAB's ``addlistener``).

    MATLAB call forms: ``el = addlistener(hSource, EventName, callback)``;
    ``el = addlistener(hSource, PropertyName, EventName, callback)`` with EventName
    'PreSet', 'PostSet', 'PreGet' or 'PostGet' (PropertyName may be a cell of names);
    ``addlistener(...)`` without an output. For graphics sources GNU Octave's form
    ``addlistener(h, PropertyName, callback)`` is also read, as a PostSet listener
    (MATLAB itself would take the name as an event name).

    ``hSource`` is a :class:`HandleObject`, a graphics object, or a list of them (the
    listener hears the event on each). ``callback`` is called as ``callback(src,
    evt)`` (a list ``[f, a, b]``, MATLAB's cell ``{@f, a, b}``, as ``f(src, evt, a,
    b)``); ``evt`` is an :class:`EventData` (``Source``, ``EventName``) or, for
    property events, a :class:`PropertyEvent` (``AffectedObject``, ``Source`` the
    property's :class:`MetaProperty`, ``EventName``).

    The listener lives as long as the source (the source keeps it; deleting the source
    deletes it) or until ``delete(el)``. ``el.Enabled = False`` pauses it;
    ``el.Recursive = True`` lets a notification caused by its own callback call it
    again. Listeners are called in the order they were created (MATLAB leaves the
    order undefined). An error in a callback is MATLAB's warning "Error occurred while
    executing the listener callback for event ... defined for class ...:" and the
    other listeners still run.

    Returns
    -------
    Listener
        MATLAB's ``event.listener`` (``event.proplistener`` for property events).

    Raises
    ------
    CompatValueError
        An event the class does not define ("Event 'X' is not defined for class
        'Foo'.": compat's wording; MATLAB's exact text for this error is not in the
        sources consulted), a property it does not have ("The name 'X' is not an
        accessible property for an instance of class 'Foo'."), or one that is not
        SetObservable/GetObservable; a deleted source ("Invalid or deleted object.").
    CompatTypeError
        A source that is not a handle object, a callback that is not callable.

    Examples
    --------
    >>> from compat import matlab
    >>> class Counter(matlab.HandleObject):
    ...     events = ("Overflow",)
    ...     set_observable = ("Count",)
    ...     Count = 0
    >>> c = Counter(); heard = []
    >>> el = matlab.addlistener(c, 'Overflow', lambda src, evt: heard.append(evt.EventName))
    >>> pl = matlab.addlistener(c, 'Count', 'PostSet',
    ...                         lambda src, evt: heard.append(evt.AffectedObject.Count))
    >>> c.Count = 3; matlab.notify(c, 'Overflow'); heard
    [3, 'Overflow']
    >>> el.Enabled = False; matlab.notify(c, 'Overflow'); heard
    [3, 'Overflow']
    >>> matlab.addlistener(c, 'Underflow', print)
    Traceback (most recent call last):
    ...
    compat.CompatValueError: addlistener: Event 'Underflow' is not defined for class 'Counter'.
    """
    return core.add_listener(hSource, *args, bound=True)


@matlab_function("listener")
def listener(hSource, *args):  # noqa: N803 - MATLAB's argument name
    """Create a listener not bound to its source (MATLAB's ``listener``; also
    ``event.listener(...)`` and ``event.proplistener(...)``).

    MATLAB call forms: ``el = listener(hSource, EventName, callback)``,
    ``el = listener(hSource, PropertyName, EventName, callback)``; the arguments and
    the listener are those of :func:`addlistener`. The difference is the lifetime: the
    source does not keep this listener, so it listens only while the caller holds
    ``el`` (MATLAB: "Your application code controls the listener object lifecycle");
    when the last Python reference to it goes (CPython frees it at once), it stops.

    Returns
    -------
    Listener

    Examples
    --------
    >>> from compat import matlab
    >>> class Button(matlab.HandleObject):
    ...     events = ("Pressed",)
    >>> b = Button(); heard = []
    >>> el = matlab.listener(b, 'Pressed', lambda src, evt: heard.append(1))
    >>> matlab.notify(b, 'Pressed'); heard
    [1]
    >>> del el                     # MATLAB: clear el
    >>> matlab.notify(b, 'Pressed'); heard
    [1]
    """
    return core.add_listener(hSource, *args, bound=False)


@matlab_function("notify")
def notify(H, EventName, data=None):  # noqa: N803 - MATLAB's argument names
    """Notify the listeners of an event (MATLAB's handle method ``notify``).

    MATLAB call forms: ``notify(H, EventName)``, ``notify(H, EventName, data)`` with
    ``data`` an object of a subclass of :class:`EventData` (event.EventData).

    Every enabled listener of ``EventName`` on each object of ``H`` is called, before
    notify returns, in the order the listeners were created, as ``callback(src,
    evt)``; notify sets ``evt.Source`` and ``evt.EventName`` (on ``data`` when given:
    as MATLAB advises, pass a new data object to each notify). A callback that
    notifies the same event does not re-enter itself unless its listener is
    ``Recursive``; a listener deleted or disabled by an earlier callback is skipped; a
    listener added by a callback first hears the next notification. An error in a
    callback becomes a warning (:class:`~compat._core.events.ListenerCallbackWarning`)
    and the remaining listeners run. Returns None.

    Raises
    ------
    CompatValueError
        An event the class does not define, a deleted object.
    CompatTypeError
        ``data`` that is not event data; an object that is not a handle object.

    Examples
    --------
    >>> from compat import matlab
    >>> class Overflowed(matlab.EventData):
    ...     def __init__(self, old):
    ...         super().__init__(); self.OrgValue = old
    >>> class Simple(matlab.HandleObject):
    ...     events = ("Overflow",)
    >>> s = Simple()
    >>> _ = matlab.addlistener(s, 'Overflow',
    ...     lambda src, evt: print(evt.EventName, evt.OrgValue, evt.Source is s))
    >>> matlab.notify(s, 'Overflow', Overflowed(7))
    Overflow 7 True
    """
    core.notify(H, EventName, data)


@matlab_function("onCleanup")
def oncleanup(fun):
    """An object that runs ``fun`` when it is destroyed (MATLAB's ``onCleanup``).

    MATLAB call form: ``c = onCleanup(@() fclose(fid))`` -> ``c = oncleanup(lambda:
    matlab.fclose(fid))``. ``c.task`` is the function (GNU Octave 7.3 cannot index its
    onCleanup object: "can't perform indexing operations for onCleanup type").

    MATLAB runs ``fun`` when ``c`` is cleared or goes out of scope (the function that
    made it returns or errors). Python destroys ``c`` when its last reference goes --
    in CPython at once on ``del c`` or on leaving the function that holds it (its
    frame is freed; a traceback being handled keeps the frame alive until the
    ``except`` block ends); under other Pythons at some later garbage collection. For a
    guaranteed moment use the context-manager form, ``with matlab.oncleanup(fun):``
    (``fun`` runs when the block is left, error or not), or ``delete(c)``. ``fun``
    runs once; an error in it is MATLAB's warning "The following error was caught while
    executing 'onCleanup' class destructor:" and the message
    (:class:`~compat._core.events.DestructorErrorWarning`).

    As in MATLAB, ``onCleanup(...)`` without keeping the result runs ``fun`` at once
    (the object is destroyed immediately): ported code that calls it without assigning
    it (as some real files do) cleans up too early in both.

    Returns
    -------
    OnCleanup

    Examples
    --------
    >>> from compat import matlab
    >>> def work():
    ...     c = matlab.oncleanup(lambda: print('cleaned up'))
    ...     print('working')
    >>> work()
    working
    cleaned up
    >>> with matlab.oncleanup(lambda: print('done')):
    ...     print('inside')
    inside
    done
    """
    if not callable(fun):
        raise CompatTypeError("onCleanup takes a function handle: a Python callable of "
                              "no arguments (MATLAB's @() ...)")
    return OnCleanup(fun)


def _graphics(value):
    if isinstance(value, go.GraphicsObject):
        if value._deleted:
            raise CompatValueError("Invalid or deleted object.")
        return value
    if isinstance(value, (int, float, np.integer, np.floating)) and \
            not isinstance(value, (bool, np.bool_)):
        number = float(value)
        obj = go.root() if number == 0 else go.root().figure_by_number(number)
        if obj is None or obj._deleted:
            raise CompatValueError(f"Invalid or deleted object: no graphics object "
                                   f"{number:g}")
        return obj
    if isinstance(value, core.HandleObject):
        return value
    raise CompatTypeError(f"handle takes graphics handles or handle objects, not a "
                          f"value of class '{type(value).__name__}'")


@matlab_function("handle")
def handle(h):
    """The handle object of a graphics handle (MATLAB's ``handle``, from its older
    UDD object system).

    MATLAB call form: ``hobj = handle(h)``. Real code writes ``handle(fig)`` or
    ``handle(ax)`` to get the object behind a numeric handle, then reads properties,
    ``class(handle(h))``, or attaches ``handle.listener`` to it. compat's graphics
    handles already are the objects, so ``handle(h)`` returns ``h`` itself; a figure
    number gives its figure and 0 the root; a list (MATLAB's handle array) gives a
    graphics array. A :class:`HandleObject` is returned as it is.

    ``handle.listener`` is :func:`handle_listener` (also reachable as
    ``matlab.handle.listener``). MATLAB's ``handle`` is also the base class of handle
    classes: a ported ``classdef Foo < handle`` subclasses :class:`HandleObject`.

    Returns
    -------
    GraphicsObject, GraphicsArray or HandleObject

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); ax = matlab.axes()
    >>> matlab.handle(ax) is ax, matlab.handle(f.Number) is f
    (True, True)
    >>> matlab.close(f)
    """
    if isinstance(h, (list, tuple)) and not isinstance(h, go.GraphicsArray):
        return go.GraphicsArray(_graphics(v) for v in h)
    if isinstance(h, go.GraphicsArray):
        return go.GraphicsArray(_graphics(v) for v in h)
    if isinstance(h, np.ndarray):
        items = [_graphics(v) for v in h.ravel(order="F").tolist()]
        return items[0] if len(items) == 1 else go.GraphicsArray(items)
    return _graphics(h)


@matlab_function("handle.listener")
def handle_listener(h, prop, event, callback):
    """A property listener in MATLAB's older UDD form (``handle.listener``).

    MATLAB call form: ``hl = handle.listener(hobj, findprop(hobj, 'XLim'),
    'PropertyPostSet', @cb)`` -> ``handle_listener(hobj, findprop(hobj, 'XLim'),
    'PropertyPostSet', cb)`` (or ``matlab.handle.listener(...)``). The event is
    'PropertyPreSet', 'PropertyPostSet', 'PropertyPreGet' or 'PropertyPostGet'; the
    property a :class:`MetaProperty` (what :func:`findprop` returns), a name, or a
    list of them. The callback is called as ``cb(src, evt)``; ``evt`` also has
    ``Type`` (the UDD event name) and ``NewValue`` (the value set, for
    PropertyPostSet). As in MATLAB the listener is not kept by its source: it listens
    while the program keeps it (real files store it in appdata or a structure);
    ``hl.Enabled`` reads and takes 'on'/'off', as UDD's listeners do.

    Returns
    -------
    PropertyListener

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); ax = matlab.axes(); seen = []
    >>> hl = matlab.handle.listener(ax, matlab.findprop(ax, 'XLim'), 'PropertyPostSet',
    ...                             lambda src, evt: seen.append(evt.NewValue))
    >>> ax.XLim = [0, 4]; seen
    [[0, 4]]
    >>> hl.Enabled
    'on'
    >>> matlab.close(f)
    """
    name = event.decode("latin-1") if isinstance(event, bytes) else event
    if not isinstance(name, str) or name not in _UDD_EVENTS:
        raise CompatValueError(f"Invalid property event {event!r}: use 'PropertyPreSet', "
                               "'PropertyPostSet', 'PropertyPreGet' or 'PropertyPostGet'")
    if prop is None or (isinstance(prop, (list, tuple)) and not prop):
        raise CompatValueError("No property given (findprop found none)")
    return core.add_listener(h, prop, _UDD_EVENTS[name], callback, bound=False, udd=True)


handle.listener = handle_listener


@matlab_function("findprop")
def findprop(h, propname):
    """The property object of a handle object's property (MATLAB's ``findprop``).

    MATLAB call form: ``mp = findprop(h, 'PropertyName')``. Returns a
    :class:`MetaProperty` (MATLAB's ``meta.property``: ``Name``, ``SetObservable``,
    ``GetObservable``, ``DefiningClass``), or None where MATLAB returns an empty
    object (no such property). Graphics property names are matched without regard to
    case and the property's own spelling is returned; graphics properties are
    SetObservable here (MATLAB's mostly are).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); ax = matlab.axes()
    >>> mp = matlab.findprop(ax, 'xlim'); mp.Name, mp.SetObservable
    ('XLim', True)
    >>> matlab.findprop(ax, 'NoSuchProperty') is None
    True
    >>> matlab.close(f)
    """
    if not core.is_event_source(h):
        raise CompatTypeError(f"Undefined function 'findprop' for input arguments of "
                              f"type '{type(h).__name__}'.")
    return core.find_property(h, propname)


@matlab_function("events")
def events(obj):
    """The event names of a handle object (MATLAB's ``events``).

    MATLAB call form: ``names = events(obj)``: the events the class declares, in
    declaration order (parents' first), and ``ObjectBeingDestroyed``, which every
    handle object has, as a list (MATLAB's cell column).

    Examples
    --------
    >>> from compat import matlab
    >>> class ToggleButton(matlab.HandleObject):
    ...     events = ("ToggleState",)
    >>> matlab.events(ToggleButton())
    ['ToggleState', 'ObjectBeingDestroyed']
    """
    if not core.is_event_source(obj):
        raise CompatTypeError(f"Undefined function 'events' for input arguments of "
                              f"type '{type(obj).__name__}'.")
    return core.event_names(obj)
