"""IDL's object heap for ported classes: a class registry, object references, OBJ_NEW's
lifecycle, heap identifiers and the built-in ``IDL_Container`` (Python-shaped core).

A port turns ``pro myclass__define`` + ``function myclass::init`` into a Python class.
The rest of the legacy program keeps asking IDL's questions about its objects
(OBJ_VALID, OBJ_CLASS, OBJ_ISA, OBJ_HASMETHOD, ISA, SIZE, PRINT, HELP), so the class
must carry what IDL's heap knows:

* its **IDL name** and **superclass names**: :func:`object_class` registers a subclass
  of :class:`IDLObject` under a name (upper case, as IDL keeps class names). The
  superclasses are the Python bases that are registered IDL classes, plus names given
  with ``superclasses=`` (for a Python class standing in for an IDL class whose own
  superclass has no port). Python's inheritance is IDL's ``INHERITS``: IDL has
  multiple inheritance too, and looks methods up depth first from the left, which is
  what Python's MRO does for the hierarchies IDL allows (IDL forbids a class
  appearing twice, where the two orders could differ).
* **OBJ_NEW's lifecycle** (IDL Reference Guide, OBJ_NEW): the heap variable exists
  first (it takes the next heap identifier), then ``Init`` runs with the arguments;
  if ``Init`` returns false the object is destroyed *without* calling ``Cleanup`` and
  the null object is returned. Calling the Python class, ``MyClass(1, b=2)``, is that
  same operation (IDL 8's function form ``MyClass(1, B=2)``), so the class never
  yields a half-built object. A ported ``init`` that returns ``None`` (a Python
  habit) counts as success; only an explicit false value fails, as in IDL.
* **OBJ_DESTROY** calls ``cleanup`` (with OBJ_DESTROY's extra arguments), then the
  object is *invalid* for every reference to it: its class becomes
  :class:`DestroyedObject`, whose attribute access raises IDL's "Invalid object
  reference", it prints ``<ObjHeapVar1(*INVALID*)>`` and OBJ_VALID gives 0. This is
  why objects are not destroyed by Python's garbage collector alone: an IDL
  program destroys explicitly and may test OBJ_VALID afterwards.
* **heap identifiers**: one counter from 1 per Python session, as IDL numbers its
  heap variables from 1 per session; PRINT shows ``<ObjHeapVar3(FOO)>``. IDL 8 frees
  a heap variable nobody references (automatic garbage collection, without calling
  Cleanup); here the live-object table holds weak references, so an object no
  variable holds disappears from ``OBJ_VALID()`` in the same way.
* the **null object** :data:`NULL_OBJECT` (``OBJ_NEW()``, OBJARR's elements): not
  ``None``, which is IDL's undefined variable / ``!NULL``; it is false in a boolean
  test and prints ``<NullObject>``.

IDL 8's LIST and HASH (:mod:`compat._core.idl_containers`) are objects too: OBJ_VALID,
OBJ_CLASS, OBJ_ISA and OBJ_HASMETHOD answer for them (LIST and HASH inherit
IDL_OBJECT; ORDEREDHASH and DICTIONARY inherit HASH), and they take a heap identifier
when first asked for one.

Sources: IDL Reference Guide, OBJ_NEW, OBJ_DESTROY, OBJ_VALID, OBJ_CLASS, OBJ_ISA,
OBJ_HASMETHOD, OBJARR, IDL_Container and its methods (Add, Count, Get, IsContained,
Move, Remove, Cleanup: "Destroying an IDL_Container object destroys any objects that
have been added to the container via the Add method"), "The Object Lifecycle";
checked against GDL 1.0.1 (reference_outputs/idl/objects, with its divergences).
"""

from __future__ import annotations

import itertools
import weakref

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.results import Result

__all__ = ["IDLObject", "IDLContainer", "NULL_OBJECT", "NullObject", "DestroyedObject",
           "object_class", "lookup_class", "class_names", "new_object", "destroy",
           "is_object", "is_valid", "heap_id", "live_objects", "class_of",
           "superclasses_of", "ancestry", "isa", "has_method", "find_method", "object_text",
           "object_array", "as_objects", "printable", "GetResult", "IsContainedResult"]

_COUNTER = itertools.count(1)
_LIVE: "weakref.WeakValueDictionary[int, object]" = weakref.WeakValueDictionary()
_CLASSES: dict[str, type] = {}
#: IDL 8's container classes: their class names and direct superclasses
_CONTAINER_SUPERS = {"LIST": ("IDL_OBJECT",), "HASH": ("IDL_OBJECT",),
                     "ORDEREDHASH": ("HASH",), "DICTIONARY": ("HASH",),
                     "IDL_OBJECT": ()}
#: their documented methods (IDL Reference Guide, LIST and HASH)
_CONTAINER_METHODS = {
    "LIST": {"ADD", "COUNT", "FILTER", "ISEMPTY", "MAP", "MOVE", "REDUCE", "REMOVE",
             "REVERSE", "SORT", "SWAP", "TOARRAY", "WHERE"},
    "HASH": {"COUNT", "FILTER", "HASKEY", "ISEMPTY", "KEYS", "MAP", "REDUCE", "REMOVE",
             "TOSTRUCT", "VALUES", "WHERE"},
}


class NullObject:
    """IDL's null object reference (``OBJ_NEW()``): one instance, :data:`NULL_OBJECT`."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "<NullObject>"

    __str__ = __repr__

    def __reduce__(self):
        return (NullObject, ())


#: IDL's null object reference
NULL_OBJECT = NullObject()


class _IDLClassType(type):
    """Metaclass: calling an IDL class is OBJ_NEW (may return the null object), and a
    class body that sets ``idl_class`` registers itself."""

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        if namespace.get("idl_class"):
            _register(cls, namespace["idl_class"], namespace.get("idl_superclasses", ()))

    def __call__(cls, *args, **kwargs):
        return new_object(cls, args, kwargs)


class IDLObject(metaclass=_IDLClassType):
    """Base of ported IDL classes (module docstring).

    Subclass it and register the IDL name with :func:`object_class` (or set
    ``idl_class = 'NAME'`` in the class body). Write IDL's ``Init`` as ``init`` and
    ``Cleanup`` as ``cleanup``; other methods keep IDL's names in any case (IDL method
    names are case-insensitive: OBJ_HASMETHOD finds ``GetProperty`` and
    ``getproperty`` alike).
    """

    idl_class: str | None = None
    idl_superclasses: tuple = ()

    def init(self, *args, **kwargs):
        """Default Init: an IDL class without one takes no arguments."""
        if args or kwargs:
            raise CompatValueError(f"{class_of(self)} has no Init method to take "
                                   "arguments or keywords.")
        return 1

    def cleanup(self, *args, **kwargs):
        """Default Cleanup: nothing to free."""

    def __repr__(self) -> str:
        return object_text(self)

    __str__ = __repr__


class DestroyedObject:
    """What a destroyed object becomes: every reference to it is invalid."""

    def __getattribute__(self, name):
        if name in ("__class__", "__dict__", "__repr__", "__str__", "__weakref__",
                    "__reduce_ex__", "__reduce__", "__eq__", "__hash__", "__ne__"):
            return object.__getattribute__(self, name)
        raise CompatValueError(f"Invalid object reference: {object_text(self)}.")

    def __repr__(self) -> str:
        return object_text(self)

    __str__ = __repr__


def _register(cls, name, superclasses=()):
    if not isinstance(name, str) or not name.strip():
        raise CompatTypeError(f"an IDL class name must be a non-empty string: {name!r}")
    key = name.strip().upper()
    cls.idl_class = key
    cls.idl_superclasses = tuple(str(s).upper() for s in superclasses)
    cls._idl_own_class = key
    _CLASSES[key] = cls
    return cls


def object_class(name: str | None = None, superclasses=()):
    """Class decorator: register a subclass of :class:`IDLObject` as IDL class ``name``
    (the Python class name when omitted), with extra IDL ``superclasses`` names.

    >>> @object_class('MYPOINT')
    ... class MyPoint(IDLObject):
    ...     def init(self, x=0):
    ...         self.x = x
    ...         return 1
    >>> MyPoint(3).x, class_of(MyPoint(3))
    (3, 'MYPOINT')
    """
    def register(cls):
        if not (isinstance(cls, type) and issubclass(cls, IDLObject)):
            raise CompatTypeError(f"{getattr(cls, '__name__', cls)!r} must subclass "
                                  "compat.idl.IDLObject to be an IDL class")
        return _register(cls, name or cls.__name__, superclasses)
    return register


def lookup_class(name: str):
    """The registered class of an IDL class name (case-insensitive), or None."""
    from compat._core import idl_containers as c
    key = str(name).strip().upper()
    if key in _CLASSES:
        return _CLASSES[key]
    return {"LIST": c.IDLList, "HASH": c.IDLHash, "ORDEREDHASH": c.IDLOrderedHash,
            "DICTIONARY": c.IDLDictionary}.get(key)


def class_names() -> list[str]:
    """Every registered class name (OBJ_CLASS() without an argument)."""
    return sorted(set(_CLASSES) | {"LIST", "HASH", "ORDEREDHASH", "DICTIONARY"})


def _take_id(obj) -> int:
    number = next(_COUNTER)
    object.__setattr__(obj, "_idl_heap_id", number)
    _LIVE[number] = obj
    return number


def new_object(cls, args=(), kwargs=None):
    """OBJ_NEW: make the heap variable (next heap id), run ``init``; its false return
    destroys the object without Cleanup and gives :data:`NULL_OBJECT`."""
    kwargs = kwargs or {}
    if not (isinstance(cls, type) and issubclass(cls, IDLObject)):
        from compat._core.idl_containers import IDLHash, IDLList
        if isinstance(cls, type) and issubclass(cls, (IDLList, IDLHash)):
            obj = cls(*args, **kwargs)
            heap_id(obj)
            return obj
        raise CompatTypeError(f"not an IDL class: {cls!r}")
    obj = object.__new__(cls)
    _take_id(obj)
    status = obj.init(*args, **kwargs)
    if status is not None and not _truth(status):
        _invalidate(obj)
        return NULL_OBJECT
    return obj


def _truth(value) -> bool:
    a = np.asarray(value)
    if a.size != 1:
        raise CompatValueError("Init must return a scalar (1 for success, 0 for failure)")
    return bool(a.reshape(-1)[0])


def _invalidate(obj) -> None:
    number = getattr(obj, "_idl_heap_id", 0)
    _LIVE.pop(number, None)
    if isinstance(obj, IDLObject):
        name = class_of(obj)
        try:
            obj.__dict__.clear()
            object.__setattr__(obj, "__class__", DestroyedObject)
        except TypeError:  # a layout Python cannot swap: keep the flag only
            pass
        object.__setattr__(obj, "_idl_heap_id", number)
        object.__setattr__(obj, "_idl_former_class", name)
    object.__setattr__(obj, "_idl_destroyed", True)


def is_object(value) -> bool:
    """True for an IDL object reference (valid, destroyed or null)."""
    from compat._core.idl_containers import is_container
    return isinstance(value, (IDLObject, NullObject, DestroyedObject)) or is_container(value)


def is_valid(value) -> bool:
    """OBJ_VALID for one value."""
    from compat._core.idl_containers import is_container
    if isinstance(value, IDLObject):
        return not getattr(value, "_idl_destroyed", False)
    if is_container(value):
        return not getattr(value, "_idl_destroyed", False)
    return False


def heap_id(value) -> int:
    """The heap identifier (0 for the null object or a non-object); a LIST or HASH takes
    the next one when first asked."""
    from compat._core.idl_containers import is_container
    if isinstance(value, (IDLObject, DestroyedObject)):
        return int(object.__getattribute__(value, "_idl_heap_id"))
    if is_container(value):
        number = getattr(value, "_idl_heap_id", None)
        if number is None and not getattr(value, "_idl_destroyed", False):
            number = _take_id(value)
        return int(number or 0)
    return 0


def live_objects() -> list:
    """Every valid object, in heap-id order (OBJ_VALID() without an argument)."""
    return [obj for _, obj in sorted(_LIVE.items()) if is_valid(obj)]


def destroy(value, *args, **kwargs) -> None:
    """OBJ_DESTROY of one object: ``cleanup(*args, **kwargs)`` then invalid. The null
    object, an invalid object and non-objects are ignored quietly."""
    from compat._core.idl_containers import is_container
    if isinstance(value, IDLObject) and is_valid(value):
        try:
            value.cleanup(*args, **kwargs)
        finally:
            _invalidate(value)
    elif is_container(value) and is_valid(value):
        heap_id(value)
        value.clear()
        _invalidate(value)


def class_of(value) -> str:
    """OBJ_CLASS of one object: its class name, '' for the null or an invalid object."""
    from compat._core.idl_containers import is_container
    if isinstance(value, IDLObject):
        return type(value).idl_class or type(value).__name__.upper()
    if is_container(value):
        return type(value).idl_class
    return ""


def _direct(cls) -> list[str]:
    out: list[str] = []
    for base in cls.__bases__:
        if base is IDLObject or base is object:
            continue
        if "_idl_own_class" in vars(base):
            out.append(base.idl_class)
        elif isinstance(base, type) and issubclass(base, IDLObject):
            out.extend(_direct(base))
    for name in getattr(cls, "idl_superclasses", ()) if "_idl_own_class" in vars(cls) \
            else ():
        if name not in out:
            out.append(name)
    return out


def superclasses_of(name_or_value) -> list[str]:
    """OBJ_CLASS(/SUPERCLASS): the direct superclass names of a class or object."""
    if isinstance(name_or_value, str):
        key = name_or_value.strip().upper()
        if key in _CONTAINER_SUPERS:
            return list(_CONTAINER_SUPERS[key])
        cls = _CLASSES.get(key)
        return _direct(cls) if cls is not None else []
    name = class_of(name_or_value)
    return superclasses_of(name) if name else []


def ancestry(name: str) -> list[str]:
    """A class name and all its superclasses (depth first, each once)."""
    seen: list[str] = []
    stack = [str(name).upper()]
    while stack:
        current = stack.pop(0)
        if current in seen:
            continue
        seen.append(current)
        stack[0:0] = superclasses_of(current)
    return seen


def isa(value, name: str) -> bool:
    """OBJ_ISA for one value: a valid object of class ``name`` or a subclass of it."""
    if not is_valid(value):
        return False
    return str(name).strip().upper() in ancestry(class_of(value))


def has_method(value, name: str) -> bool:
    """OBJ_HASMETHOD for one object and one method name (case-insensitive)."""
    from compat._core.idl_containers import is_container
    if not is_valid(value):
        return False
    key = str(name).strip().lower()
    if "::" in key:
        key = key.split("::")[-1]
    if is_container(value):
        return any(key.upper() in _CONTAINER_METHODS.get(c, ())
                   for c in ancestry(class_of(value)))
    for cls in type(value).__mro__:
        if cls is IDLObject or cls is object:
            break
        for attr, member in vars(cls).items():
            if attr.lower() == key and callable(member) and not attr.startswith("__"):
                return True
    return False


def find_method(value, name: str):
    """The bound method IDL's method call ``value->name`` reaches (case-insensitive,
    through the IDL class hierarchy), or None."""
    key = str(name).strip().lower().split("::")[-1]
    for cls in type(value).__mro__:
        if cls is object:
            break
        for attr, member in vars(cls).items():
            if attr.lower() == key and callable(member) and not attr.startswith("__"):
                return getattr(value, attr)
    return None


def object_text(value) -> str:
    """How PRINT shows a reference: ``<ObjHeapVar3(FOO)>``, ``<NullObject>``,
    ``<ObjHeapVar3(*INVALID*)>`` once destroyed (GDL's text; IDL's heap-variable
    form)."""
    if value is NULL_OBJECT or value is None:
        return "<NullObject>"
    number = heap_id(value)
    if not is_valid(value):
        return f"<ObjHeapVar{number}(*INVALID*)>"
    return f"<ObjHeapVar{number}({class_of(value)})>"


def printable(value):
    """PRINT's stand-in for a value: an object reference becomes its text, an object
    array one text per row (IDL prints the elements of a row without separators);
    LIST and HASH, whose PRINT shows their contents, and other values are returned
    unchanged."""
    from compat._core.idl_containers import is_container
    if is_container(value):
        return value
    if isinstance(value, (IDLObject, NullObject, DestroyedObject)):
        return object_text(value)
    if isinstance(value, np.ndarray) and value.dtype == object and value.size and all(
            is_object(v) for v in value.reshape(-1)):
        rows = value.reshape(-1, value.shape[-1]) if value.ndim else value.reshape(1, 1)
        texts = ["".join(object_text(v) for v in row) for row in rows]
        return texts[0] if len(texts) == 1 else np.array(texts)
    return value


def object_array(shape) -> np.ndarray:
    """OBJARR: an object array of null objects."""
    out = np.empty(shape, dtype=object)
    out.fill(NULL_OBJECT)
    return out


def as_objects(value, name: str = "ObjRef"):
    """``(flat list of references, numpy shape or None for a scalar)``; a list, tuple or
    object array of references is an IDL object array."""
    if isinstance(value, np.ndarray):
        if value.dtype != object:
            raise CompatTypeError(f"Object reference required in this context: {name}")
        items = list(value.reshape(-1))
        shape = value.shape
    elif isinstance(value, (tuple, list)) and not is_object(value):
        items, shape = list(value), (len(value),)
    else:
        items, shape = [value], None
    for item in items:
        if not is_object(item):
            raise CompatTypeError(f"Object reference required in this context: {name}")
    return items, shape


# ---------------------------------------------------------------------- IDL_Container
class GetResult(Result):
    """IDL_Container::Get's result and its COUNT keyword."""

    result: object
    count: object


class IsContainedResult(Result):
    """IDL_Container::IsContained's result and its POSITION keyword."""

    result: object
    position: object


class IDLContainer(IDLObject):
    """IDL's built-in ``IDL_Container``: an ordered collection of object references.

    Methods (IDL's, lower case): ``add(objects, position=None)``, ``remove(child=None,
    all=False, position=None)``, ``get(all=False, isa=None, position=None, count=False)``,
    ``count()``, ``iscontained(objects, position=False)``, ``move(source,
    destination)``; OBJ_DESTROY of the container destroys every object it holds
    (IDL_Container::Cleanup). Subclass it (Python inheritance = ``INHERITS
    IDL_Container``) and call ``super().cleanup()`` from your own ``cleanup`` as an
    IDL subclass calls ``self->IDL_Container::Cleanup``.
    """

    idl_class = "IDL_CONTAINER"

    def init(self):
        """IDL_Container::Init: an empty container."""
        self._items = []
        return 1

    def cleanup(self):
        """IDL_Container::Cleanup: destroy every contained object."""
        items, self._items = self._items, []
        for item in items:
            destroy(item)

    def add(self, objects, position=None):
        """``Obj->Add, Objects [, POSITION=index(es)]``: append, or insert each object at
        its position (one position per object)."""
        items, _ = as_objects(objects, "Object")
        if position is None:
            self._items.extend(items)
            return
        where = np.asarray(position).reshape(-1).astype(int).tolist()
        if len(where) != len(items):
            raise CompatValueError("POSITION must hold one index per object added.")
        for item, index in zip(items, where):
            self._items.insert(index, item)

    def count(self):
        """``Obj->Count()``: the number of objects held (LONG)."""
        return np.int32(len(self._items))

    def _select(self, all, isa, position):  # noqa: A002 - IDL keyword
        if position is not None:
            where = np.asarray(position).reshape(-1).astype(int).tolist()
            for index in where:
                if not 0 <= index < len(self._items):
                    raise CompatValueError(f"POSITION out of range: {index}")
            chosen = [self._items[i] for i in where]
            scalar = np.ndim(position) == 0
        elif all:
            chosen, scalar = list(self._items), False
        else:
            chosen, scalar = self._items[:1], True
        if isa is not None:
            names = np.asarray(isa).reshape(-1).tolist()
            chosen = [o for o in chosen if any(_isa(o, n) for n in names)]
        return chosen, scalar

    def get(self, all=False, isa=None, position=None, count=False):  # noqa: A002
        """``Obj->Get([/ALL [, ISA=class(es)]] [, POSITION=index(es)] [, COUNT=n])``.

        Without /ALL or POSITION the first object; /ALL an object array of every
        object (those of the ISA classes); none found: the LONG ``-1``. ``count=True``
        returns ``(result, count)``.
        """
        chosen, scalar = self._select(all, isa, position)
        if not chosen:
            result = np.int32(-1)
        elif scalar and len(chosen) == 1:
            result = chosen[0]
        else:
            result = np.empty(len(chosen), dtype=object)
            result[:] = chosen
        return GetResult(result=result, count=np.int32(len(chosen))) if count else result

    def iscontained(self, objects, position=False):
        """``Obj->IsContained(Objects [, POSITION=p])``: 1/0 per object (BYTE), and with
        ``position=True`` the tuple ``(result, positions)`` (LONG, -1 when absent)."""
        items, shape = as_objects(objects, "Object")
        found = [next((i for i, o in enumerate(self._items) if o is item), -1)
                 for item in items]
        flags = np.array([f >= 0 for f in found], dtype=np.uint8)
        where = np.array(found, dtype=np.int32)
        if shape is None:
            flags, where = flags[0], where[0]
        else:
            flags, where = flags.reshape(shape), where.reshape(shape)
        return IsContainedResult(result=flags, position=where) if position else flags

    def move(self, source, destination):
        """``Obj->Move, Source, Destination``: move the object at position ``source``
        to position ``destination``."""
        n = len(self._items)
        source, destination = int(source), int(destination)
        if not (0 <= source < n and 0 <= destination < n):
            raise CompatValueError(f"Move: position out of range (0 to {n - 1}).")
        self._items.insert(destination, self._items.pop(source))

    def remove(self, child=None, all=False, position=None):  # noqa: A002 - IDL keyword
        """``Obj->Remove [, Child] [, /ALL] [, POSITION=index]``: remove (never destroy)
        the given object(s), the one at ``position``, every object, or, with none of
        them, the first object (IDL Reference Guide, IDL_Container::Remove)."""
        if all:
            self._items.clear()
            return
        if child is not None:
            items, _ = as_objects(child, "Child_object")
            for item in items:
                for i, held in enumerate(self._items):
                    if held is item:
                        del self._items[i]
                        break
            return
        if position is not None:
            for index in sorted(np.asarray(position).reshape(-1).astype(int).tolist(),
                                reverse=True):
                if not 0 <= index < len(self._items):
                    raise CompatValueError(f"POSITION out of range: {index}")
                del self._items[index]
            return
        if self._items:
            del self._items[0]


def _isa(value, name) -> bool:
    return isa(value, name)


# the built-in IDL_OBJECT (IDL 8's base for operator overloading) as a name
_register(type("IDLObjectClass", (IDLObject,), {}), "IDL_OBJECT")
