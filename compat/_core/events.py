"""MATLAB's events and object lifetime: handle objects, listeners, notify, onCleanup.

One small machine serves both kinds of event source compat has:

- ported handle classes (``classdef Foo < handle`` with an ``events`` block and
  ``SetObservable``/``GetObservable`` properties) become subclasses of
  :class:`HandleObject`, which declares them with class attributes::

      class ToggleButton(HandleObject):
          events = ("ToggleState",)
          set_observable = ("State",)
          State = False

- graphics objects (:mod:`compat._core.graphics_objects`), whose properties are
  set-observable as MATLAB's are (``addlistener(ax, 'XLim', 'PostSet', cb)``).

The rules, as MATLAB documents them (the handle class's ``addlistener``, ``listener``
and ``notify`` reference pages; the ``event.listener``, ``event.proplistener``,
``event.EventData`` and ``event.PropertyEvent`` class pages; "Callback Execution",
"Listener Lifecycle" and "Listen for Changes to Property Values" in MATLAB's
object-oriented programming guide):

- ``notify(src, name[, data])`` calls the enabled listeners of that event on ``src``
  synchronously, before it returns, each as ``callback(src, evt)``; ``evt`` is an
  :class:`EventData` (or the caller's subclass of it) whose ``Source`` and
  ``EventName`` notify fills in. MATLAB leaves the order undefined; compat (as MATLAB
  does in practice, and as Octave does for graphics listeners) calls them in the order
  they were created. The listeners are those registered when notify starts: one added
  by a callback first hears the next notification; one deleted by a callback (or
  disabled) is not called afterwards, even in the running notification.
- A listener is not re-entered: while its callback runs, a notification of the same
  event that the callback causes skips it, unless its ``Recursive`` property is true
  (the event.listener page: "If false (default), the listener does not execute its
  callback recursively").
- An error in a callback does not stop the others or the code that called notify: it
  becomes MATLAB's warning "Error occurred while executing the listener callback for
  event <name> defined for class <class>:" followed by the error's message
  (:class:`ListenerCallbackWarning`, which keeps the exception as ``.error``).
- ``addlistener`` binds the listener to the source's lifetime: the source keeps it,
  and it is deleted with the source. ``listener`` does not: the source only refers to
  it weakly, so it listens while the caller keeps it (MATLAB: "Your application code
  controls the listener object lifecycle"). ``delete(lh)`` stops either at once.
- Property events ``PreSet``/``PostSet`` fire around every assignment of a
  set-observable property (also when the value does not change: MATLAB's ``AbortSet``
  is false by default), ``PreGet``/``PostGet`` around every read of a get-observable
  one; ``evt`` is an :class:`PropertyEvent` (``AffectedObject``, ``Source`` the
  :class:`MetaProperty`, ``EventName``).
- Every handle object has the event ``ObjectBeingDestroyed``, notified when it is
  deleted, before its own ``delete`` (destructor) code runs; then the listeners bound
  to it are deleted and it is invalid (``isvalid`` false).

CPython destroys an object when its last reference goes (or, for reference cycles, at
the next garbage collection), which is where MATLAB destroys a handle object when its
last variable is cleared or goes out of scope: ``HandleObject.__del__`` deletes an
object nobody deleted explicitly. Prefer ``delete(h)`` or a ``with`` block where the
moment matters.

Sources: MathWorks, MATLAB documentation (R2024a): "handle class" methods addlistener,
listener, notify, delete, isvalid; classes event.listener, event.proplistener,
event.EventData, event.PropertyEvent, onCleanup; "Events and Listeners Syntax",
"Callback Execution". Written from those pages; GNU Octave 7.3's graphics listeners
(``addlistener(h, prop, fcn)``) were run for the graphics facts only.
"""

from __future__ import annotations

import copy
import itertools
import weakref

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError, MatlabWarning, \
    issue_warning

__all__ = ["HandleObject", "EventData", "PropertyEvent", "MetaProperty", "Listener",
           "PropertyListener", "OnCleanup", "ListenerCallbackWarning",
           "DestructorErrorWarning", "PROPERTY_EVENTS", "add_listener", "notify",
           "event_names", "find_property", "is_event_source", "property_set",
           "destroying", "has_listeners"]

PROPERTY_EVENTS = ("PreSet", "PostSet", "PreGet", "PostGet")
#: the registry attribute on a source object: a list of listeners (bound) and weak
#: references to listeners (unbound), in creation order
_REGISTRY = "_event_listeners"
_ORDER = itertools.count()


class ListenerCallbackWarning(MatlabWarning):
    """A listener callback raised an error; MATLAB prints it as a warning and goes on.
    ``error`` holds the exception."""

    error: BaseException | None = None


class DestructorErrorWarning(MatlabWarning):
    """A destructor (``delete`` method, onCleanup's task) raised an error while the
    object was destroyed; MATLAB prints it as a warning. ``error`` holds the
    exception."""

    error: BaseException | None = None


# --------------------------------------------------------------------------------------
# event data
# --------------------------------------------------------------------------------------
class EventData:
    """MATLAB's ``event.EventData``: what a listener callback receives as ``evt``.

    ``Source`` (the object that notified) and ``EventName`` are filled in by notify.
    Subclass it to pass more (MATLAB's "Define Custom Event Data"); as in MATLAB the
    base constructor takes no arguments."""

    matlab_class = "event.EventData"

    def __init__(self):
        self.Source = None
        self.EventName = ""

    def __repr__(self):
        return f"<{self.matlab_class} {self.EventName!r}>"


class PropertyEvent(EventData):
    """MATLAB's ``event.PropertyEvent``: ``AffectedObject`` (the object whose property
    is read or set), ``Source`` (the property's :class:`MetaProperty`) and
    ``EventName`` ('PreSet', 'PostSet', 'PreGet' or 'PostGet'). A listener made with
    ``handle.listener`` (MATLAB's older UDD form) also gets ``NewValue`` (the value
    set; None for the Pre events and the Get events) and ``Type`` (its event name,
    'PropertyPostSet' ...)."""

    matlab_class = "event.PropertyEvent"

    def __init__(self, affected, prop, name):
        super().__init__()
        self.AffectedObject = affected
        self.Source = prop
        self.EventName = name


class MetaProperty:
    """MATLAB's ``meta.property`` as ``findprop`` returns it: ``Name``,
    ``SetObservable``, ``GetObservable``, ``DefiningClass`` (the class name)."""

    matlab_class = "meta.property"

    def __init__(self, name, set_observable, get_observable, defining_class):
        self.Name = name
        self.SetObservable = bool(set_observable)
        self.GetObservable = bool(get_observable)
        self.DefiningClass = defining_class

    def __eq__(self, other):
        return isinstance(other, MetaProperty) and other.Name == self.Name and \
            other.DefiningClass == self.DefiningClass

    def __hash__(self):
        return hash((self.Name, self.DefiningClass))

    def __repr__(self):
        return f"<meta.property {self.Name!r} of {self.DefiningClass}>"


# --------------------------------------------------------------------------------------
# handle objects
# --------------------------------------------------------------------------------------
class _Observable:
    """A set- or get-observable property of a :class:`HandleObject` subclass: reads
    and writes go through the property events; the value lives in the instance."""

    def __init__(self, name, default, set_observable, get_observable):
        self.name = name
        self.default = default
        self.set_observable = set_observable
        self.get_observable = get_observable

    def __get__(self, obj, owner=None):
        if obj is None:
            return self.default
        fire = self.get_observable and has_listeners(obj)
        if fire:
            _property_event(obj, self.name, "PreGet")
        store = obj.__dict__
        if self.name not in store:      # MATLAB's defaults are values: one per object
            store[self.name] = copy.deepcopy(self.default)
        value = store[self.name]
        if fire:
            _property_event(obj, self.name, "PostGet")
        return value

    def __set__(self, obj, value):
        fire = self.set_observable and has_listeners(obj)
        if fire:
            _property_event(obj, self.name, "PreSet")
        obj.__dict__[self.name] = value
        if fire:
            _property_event(obj, self.name, "PostSet", value)


class HandleObject:
    """Base class of ported MATLAB handle classes (``classdef Foo < handle``).

    Declare MATLAB's ``events`` block and observable properties as class attributes:
    ``events`` (event names), ``set_observable`` and ``get_observable`` (property
    names; their defaults are the class attributes of those names, None when absent).
    Every handle object also has the event ``ObjectBeingDestroyed``.

    A subclass that defines ``delete`` (MATLAB's destructor) gets it called once, after
    ``ObjectBeingDestroyed`` is notified and before the object becomes invalid;
    ``super().delete()`` inside it is harmless. ``h.isvalid()`` is false afterwards.
    Two names for one object see the same changes (reference semantics), as Python's
    objects do anyway; ``==`` is identity."""

    events: tuple = ()
    set_observable: tuple = ()
    get_observable: tuple = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for attribute in ("events", "set_observable", "get_observable"):
            value = cls.__dict__.get(attribute, ())
            if isinstance(value, str):
                raise CompatTypeError(f"{cls.__name__}.{attribute} must be a tuple of "
                                      f"names, not the string {value!r}")
        sets = _declared(cls, "set_observable")
        gets = _declared(cls, "get_observable")
        for name in dict.fromkeys(sets + gets):
            current = cls.__dict__.get(name, None)
            if isinstance(current, _Observable):
                continue
            inherited = getattr(cls, name, None) if name not in cls.__dict__ else current
            setattr(cls, name, _Observable(name, inherited, name in sets, name in gets))
        own = cls.__dict__.get("delete")
        # the classes of this module (listeners, onCleanup) manage deletion themselves
        if own is not None and cls.__module__ != __name__ and \
                not getattr(own, "_compat_wrapped", False):
            def delete(self, _own=own):
                if _begin_delete(self):
                    try:
                        _own(self)
                    finally:
                        _finish_delete(self)
            delete._compat_wrapped = True
            delete.__doc__ = own.__doc__
            delete.__name__ = "delete"
            cls.delete = delete

    @property
    def matlab_class(self) -> str:
        return type(self).__name__

    def delete(self):
        """MATLAB's ``delete(h)``: notify ``ObjectBeingDestroyed``, delete the listeners
        bound to the object, make it invalid. Deleting again does nothing."""
        if _begin_delete(self):
            _finish_delete(self)

    def isvalid(self) -> bool:
        """MATLAB's ``isvalid(h)``: false once the object is deleted."""
        return not self.__dict__.get("_deleted", False)

    def addlistener(self, *args):
        """``h.addlistener(...)``: :func:`add_listener` bound to the source."""
        return add_listener(self, *args, bound=True)

    def listener(self, *args):
        """``h.listener(...)``: :func:`add_listener`, not bound to the source."""
        return add_listener(self, *args, bound=False)

    def notify(self, event_name, data=None):
        """``h.notify(name[, data])``: :func:`notify`."""
        notify(self, event_name, data)

    def __del__(self):
        try:
            if not self.__dict__.get("_deleted") and not self.__dict__.get("_deleting"):
                self.delete()
        except Exception:  # noqa: BLE001 - never raise from a finaliser
            pass


def _declared(cls, attribute) -> tuple:
    names = []
    for klass in reversed(cls.__mro__):
        for name in klass.__dict__.get(attribute, ()) or ():
            if name not in names:
                names.append(name)
    return tuple(names)


def _begin_delete(obj) -> bool:
    store = obj.__dict__
    if store.get("_deleted") or store.get("_deleting"):
        return False
    store["_deleting"] = True
    notify(obj, "ObjectBeingDestroyed", None, _check=False)
    return True


def _finish_delete(obj):
    _drop_bound(obj)
    obj.__dict__["_deleted"] = True
    obj.__dict__["_deleting"] = False


def destroying(obj) -> None:
    """Called by a non-HandleObject source (a graphics object) when it is deleted:
    notify ``ObjectBeingDestroyed`` and delete the listeners bound to it."""
    if _REGISTRY in vars(obj):
        notify(obj, "ObjectBeingDestroyed", None, _check=False)
        _drop_bound(obj)


def _drop_bound(obj):
    for lh in _entries(obj):
        if obj in lh._sources:
            lh._detach(obj)
            if lh._bound:
                lh.delete()
    vars(obj).pop(_REGISTRY, None)


# --------------------------------------------------------------------------------------
# listeners
# --------------------------------------------------------------------------------------
def _on_off_value(value, name="Enabled") -> bool:
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.integer, np.floating)) and value in (0, 1):
        return bool(value)
    if isinstance(value, np.ndarray) and value.size == 1 and value.dtype.kind in "biuf":
        return _on_off_value(value.reshape(-1)[0].item(), name)
    if isinstance(value, str) and value.lower() in ("on", "off"):
        return value.lower() == "on"
    raise CompatValueError(f"{name} must be a logical value (true or false)")


class Listener(HandleObject):
    """MATLAB's ``event.listener``: what ``addlistener``/``listener`` return.

    Properties ``Source`` (a list of the source objects, MATLAB's cell), ``EventName``,
    ``Callback``, ``Enabled`` (true: the callback runs), ``Recursive`` (false: a
    notification the callback itself causes does not call it again). ``delete()``
    stops it for good."""

    def __init__(self, sources, event_name, callback, bound):
        self.__dict__.update(_sources=list(sources), _bound=bound, _running=0,
                             _order=next(_ORDER), _enabled=True, _recursive=False)
        self.EventName = event_name
        self.Callback = callback

    @property
    def matlab_class(self) -> str:
        return "event.listener"

    @property
    def Source(self):  # noqa: N802 - MATLAB's name
        return list(self._sources)

    @property
    def Enabled(self):  # noqa: N802 - MATLAB's name
        return np.bool_(self._enabled)

    @Enabled.setter
    def Enabled(self, value):  # noqa: N802 - MATLAB's name
        self.__dict__["_enabled"] = _on_off_value(value)

    @property
    def Recursive(self):  # noqa: N802 - MATLAB's name
        return np.bool_(self._recursive)

    @Recursive.setter
    def Recursive(self, value):  # noqa: N802 - MATLAB's name
        self.__dict__["_recursive"] = _on_off_value(value, "Recursive")

    def _key(self):
        return self.EventName

    def _detach(self, source):
        entries = vars(source).get(_REGISTRY)
        if entries is not None:
            entries[:] = [e for e in entries if _resolve(e) not in (None, self)]

    def delete(self):
        """MATLAB's ``delete(lh)``: the listener stops listening, at once."""
        if _begin_delete(self):
            for source in self._sources:
                try:
                    self._detach(source)
                except Exception:  # noqa: BLE001 - a source half torn down (finaliser)
                    pass
            _finish_delete(self)

    def _call(self, source, evt):
        callback = self.Callback
        extra = ()
        if isinstance(callback, (list, tuple)) and callback and callable(callback[0]):
            callback, extra = callback[0], tuple(callback[1:])
        callback(source, evt, *extra)

    def __repr__(self):
        state = " (deleted)" if not self.isvalid() else ""
        return f"<{self.matlab_class} {self.EventName!r}{state}>"


class PropertyListener(Listener):
    """MATLAB's ``event.proplistener`` (``addlistener(h, 'Prop', 'PostSet', cb)``):
    ``Object`` (the source objects), ``Source`` (the :class:`MetaProperty` objects),
    ``EventName``, ``Callback``, ``Enabled``, ``Recursive``."""

    def __init__(self, sources, props, event_name, callback, bound, udd=False):
        super().__init__(sources, event_name, callback, bound)
        self.__dict__.update(_props=list(props), _udd=udd)

    @property
    def matlab_class(self) -> str:
        return "handle.listener" if self._udd else "event.proplistener"

    @property
    def Object(self):  # noqa: N802 - MATLAB's name
        return list(self._sources)

    @property
    def Source(self):  # noqa: N802 - MATLAB's name
        return list(self._props)

    @property
    def Enabled(self):  # noqa: N802 - MATLAB's name
        if self._udd:       # UDD's listeners say 'on'/'off'
            return "on" if self._enabled else "off"
        return np.bool_(self._enabled)

    @Enabled.setter
    def Enabled(self, value):  # noqa: N802 - MATLAB's name
        self.__dict__["_enabled"] = _on_off_value(value)

    def _key(self):
        return None  # matched by property and event in _matches

    def _matches(self, name, event):
        return self.EventName == event and any(p.Name == name for p in self._props)


def _resolve(entry):
    return entry() if isinstance(entry, weakref.ref) else entry


def _entries(obj) -> list:
    """The live listeners of ``obj``, in creation order."""
    return [lh for lh in map(_resolve, vars(obj).get(_REGISTRY, ())) if lh is not None]


def has_listeners(obj) -> bool:
    return bool(obj.__dict__.get(_REGISTRY))


#: the classes whose properties notify PreSet/PostSet through this module (graphics
#: objects: compat._core.graphics_objects registers its base class, so this module
#: needs no import of the graphics layer)
_PROPERTY_SOURCES: list = []


def register_property_source(cls) -> None:
    """Make instances of ``cls`` event sources with case-insensitive, SetObservable
    properties (``cls`` has ``_names()`` and ``matlab_class``)."""
    if cls not in _PROPERTY_SOURCES:
        _PROPERTY_SOURCES.append(cls)


def _is_graphics(obj) -> bool:
    return bool(_PROPERTY_SOURCES) and isinstance(obj, tuple(_PROPERTY_SOURCES))


def _register(source, listener):
    entries = vars(source).setdefault(_REGISTRY, [])
    entries.append(listener if listener._bound else weakref.ref(listener))


def is_event_source(obj) -> bool:
    """Whether ``obj`` can have listeners: a handle object or a graphics object."""
    return isinstance(obj, HandleObject) or _is_graphics(obj)


def _class_name(obj) -> str:
    return getattr(obj, "matlab_class", None) or type(obj).__name__


def event_names(obj) -> list:
    """The events of ``obj`` (MATLAB's ``events(obj)``), declaration order, with
    ``ObjectBeingDestroyed`` last."""
    if isinstance(obj, HandleObject):
        return list(_declared(type(obj), "events")) + ["ObjectBeingDestroyed"]
    return ["ObjectBeingDestroyed"]


def find_property(obj, name):
    """The :class:`MetaProperty` of ``obj``'s property ``name`` (MATLAB's
    ``findprop``), None when it has none. Graphics property names are matched without
    regard to case; a handle class's exactly."""
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    if not isinstance(name, str):
        raise CompatTypeError("The property name must be a character vector or string "
                              "scalar")
    if _is_graphics(obj):
        lowered = name.lower()
        found = [n for n in obj._names() if n.lower() == lowered]
        if not found:
            return None
        return MetaProperty(found[0], True, False, obj.matlab_class)
    if isinstance(obj, HandleObject):
        cls = type(obj)
        sets, gets = _declared(cls, "set_observable"), _declared(cls, "get_observable")
        if name in sets or name in gets:
            return MetaProperty(name, name in sets, name in gets, cls.__name__)
        if name.startswith("_") or not (name in obj.__dict__ or _class_property(cls, name)):
            return None
        return MetaProperty(name, False, False, cls.__name__)
    return None


def _class_property(cls, name) -> bool:
    for klass in cls.__mro__:
        if name in klass.__dict__:
            value = klass.__dict__[name]
            return not callable(value) or isinstance(value, property)
    return False


def _text(value, what):
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, np.ndarray) and value.dtype.kind == "U" and value.size == 1:
        value = str(value.reshape(-1)[0])
    if not isinstance(value, str):
        raise CompatTypeError(f"{what} must be a character vector or string scalar")
    return value


def _sources(src) -> list:
    items = list(src) if isinstance(src, (list, tuple)) else [src]
    if not items:
        raise CompatValueError("The event source must not be empty")
    for item in items:
        if not is_event_source(item):
            kind = "double" if isinstance(item, (int, float, np.number, np.ndarray)) \
                else type(item).__name__
            raise CompatTypeError(f"The event source must be a handle object, not a "
                                  f"value of class '{kind}'")
        if not _valid(item):
            raise CompatValueError("Invalid or deleted object.")
    return items


def _valid(obj) -> bool:
    method = getattr(obj, "isvalid", None)
    return bool(method()) if callable(method) else True


def _check_callback(callback):
    ok = callable(callback) or (isinstance(callback, (list, tuple)) and callback
                                and callable(callback[0]))
    if not ok:
        raise CompatTypeError("The listener callback must be a function handle (a "
                              "Python callable), or a cell {@f, arg1, ...} (a list "
                              "[f, arg1, ...])")


def _check_event(obj, name):
    if name not in event_names(obj):
        raise CompatValueError(f"Event '{name}' is not defined for class "
                               f"'{_class_name(obj)}'.")


def _meta(obj, name, event):
    prop = find_property(obj, name)
    if prop is None:
        raise CompatValueError(f"The name '{name}' is not an accessible property for an "
                               f"instance of class '{_class_name(obj)}'.")
    observable = prop.SetObservable if event.endswith("Set") else prop.GetObservable
    if not observable:
        kind = "SetObservable" if event.endswith("Set") else "GetObservable"
        if _is_graphics(obj):
            raise CompatValueError(f"The {event} event of graphics properties is not "
                                   f"modelled: compat's graphics properties are "
                                   f"SetObservable only (listen to PreSet/PostSet)")
        raise CompatValueError(f"Cannot listen to the {event} event of property "
                               f"'{prop.Name}' of class '{_class_name(obj)}': it is not "
                               f"{kind}.")
    return prop


def add_listener(src, *args, bound=True, udd=False):
    """``addlistener``/``listener``: ``(src, EventName, callback)`` or ``(src,
    PropertyName, EventName, callback)`` with EventName one of PreSet, PostSet,
    PreGet, PostGet (``PropertyName`` may be a list of names or of
    :class:`MetaProperty`). A graphics source also takes GNU Octave's form ``(src,
    PropertyName, callback)``, a PostSet listener. ``bound`` ties the listener's
    lifetime to the source (addlistener)."""
    sources = _sources(src)
    if len(args) == 2:
        name = _text(args[0], "The event name")
        callback = args[1]
        _check_callback(callback)
        if all(_is_graphics(s) for s in sources) and \
                name not in event_names(sources[0]) and \
                find_property(sources[0], name) is not None:
            return add_listener(src, name, "PostSet", callback, bound=bound)
        for s in sources:
            _check_event(s, name)
        listener = Listener(sources, name, callback, bound)
    elif len(args) == 3:
        props, event, callback = args
        event = _text(event, "The event name")
        if event not in PROPERTY_EVENTS:
            raise CompatValueError(f"Invalid property event '{event}': the property "
                                   f"events are PreSet, PostSet, PreGet and PostGet.")
        _check_callback(callback)
        names = props if isinstance(props, (list, tuple)) else [props]
        metas = []
        for item in names:
            item = item.Name if isinstance(item, MetaProperty) else \
                _text(item, "The property name")
            for s in sources:
                meta = _meta(s, item, event)
            metas.append(meta)
        listener = PropertyListener(sources, metas, event, callback, bound, udd)
    else:
        raise CompatTypeError("Wrong number of input arguments: (source, EventName, "
                              "callback) or (source, PropertyName, EventName, callback)")
    for s in sources:
        _register(s, listener)
    return listener


def notify(src, event_name, data=None, _check=True):
    """Notify the listeners of ``event_name`` on each object of ``src``, in creation
    order, as ``callback(source, evt)``; see the module text for the rules."""
    sources = list(src) if isinstance(src, (list, tuple)) else [src]
    if _check:
        sources = _sources(sources)
        event_name = _text(event_name, "The event name")
        if data is not None and not isinstance(data, EventData):
            raise CompatTypeError("Event data must be an object of a subclass of "
                                  "event.EventData")
        for s in sources:
            _check_event(s, event_name)
    for s in sources:
        evt = EventData() if data is None else data
        evt.Source = s
        evt.EventName = event_name
        _dispatch(s, [lh for lh in _entries(s)
                      if type(lh) is not PropertyListener and lh.EventName == event_name],
                  evt, event_name)


def _property_event(obj, name, event, new_value=None):
    listeners = [lh for lh in _entries(obj)
                 if isinstance(lh, PropertyListener) and lh._matches(name, event)]
    if not listeners:
        return
    prop = next(p for p in listeners[0]._props if p.Name == name)
    for lh in listeners:
        evt = PropertyEvent(obj, prop, event)
        if lh._udd:
            evt.Type = "Property" + event
            evt.NewValue = new_value
        _dispatch(obj, [lh], evt, event)


def property_set(obj, name, event, new_value=None) -> None:
    """Called by a graphics object around ``set``: fire ``event`` ('PreSet' or
    'PostSet') for property ``name`` when ``obj`` has listeners."""
    if vars(obj).get(_REGISTRY):
        _property_event(obj, name, event, new_value)


def _dispatch(source, listeners, evt, event_name):
    for lh in sorted(listeners, key=lambda lh: lh._order):
        if not lh.isvalid() or not lh._enabled:
            continue
        if lh._running and not lh._recursive:
            continue
        lh.__dict__["_running"] += 1
        try:
            lh._call(source, evt)
        except Exception as error:  # noqa: BLE001 - MATLAB turns it into a warning
            warning_text = (f"Error occurred while executing the listener callback for "
                            f"event {event_name} defined for class "
                            f"{_class_name(source)}:\n{_message(error)}")
            _warn(ListenerCallbackWarning, warning_text, error)
        finally:
            lh.__dict__["_running"] -= 1


def _message(error) -> str:
    return getattr(error, "message", None) or str(error) or type(error).__name__


def _warn(category, text, error):
    warning = category(text)
    warning.error = error
    issue_warning(warning)


# --------------------------------------------------------------------------------------
# onCleanup
# --------------------------------------------------------------------------------------
class OnCleanup(HandleObject):
    """MATLAB's ``onCleanup``: runs its ``task`` (a function of no arguments) once,
    when the object is destroyed -- ``delete(c)``, the end of a ``with`` block, or
    CPython dropping the last reference (MATLAB: the variable cleared or going out of
    scope). An error in the task becomes MATLAB's warning "The following error was
    caught while executing 'onCleanup' class destructor:" and its message."""

    def __init__(self, task):
        if not callable(task):
            raise CompatTypeError("onCleanup takes a function handle (a Python callable "
                                  "of no arguments)")
        self.__dict__["_task"] = task

    @property
    def matlab_class(self) -> str:
        return "onCleanup"

    @property
    def task(self):
        """The function handle given to onCleanup (MATLAB's ``c.task``)."""
        return self._task

    def delete(self):
        """Run the task (once) and make the object invalid."""
        if _begin_delete(self):
            try:
                self._task()
            except Exception as error:  # noqa: BLE001 - MATLAB warns
                text = ("The following error was caught while executing 'onCleanup' "
                        f"class destructor:\n{_message(error)}")
                _warn(DestructorErrorWarning, text, error)
            finally:
                _finish_delete(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.delete()
        return False

    def __repr__(self):
        return f"<onCleanup {getattr(self._task, '__name__', self._task)!r}>"
