"""IDL's object routines for ported classes: OBJ_NEW, OBJ_DESTROY, OBJ_VALID, OBJ_CLASS,
OBJ_ISA, OBJ_HASMETHOD, OBJARR, and the class registry (:func:`object_class`,
:class:`IDLObject`, the built-in :class:`IDLContainer`).

A port writes ``pro foo__define`` + ``function foo::init`` as::

    @idl.object_class('FOO')
    class Foo(idl.IDLObject):
        def init(self, a, b=0.0):
            self.a, self.b = a, b
            return 1

and the rest of the legacy program keeps its calls: ``o = idl.obj_new('foo', 3)`` (or
``Foo(3)``, IDL 8's function form), ``idl.obj_valid(o)``, ``idl.obj_isa(o, 'FOO')``,
``idl.obj_destroy(o)``. The design and its reasons are in
:mod:`compat._core.idl_objects`.
"""

from __future__ import annotations

import numpy as np

from compat._core import idl_objects as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_arrays import idl_dims
from compat._core.idl_objects import (NULL_OBJECT, GetResult,
                                      IDLContainer, IDLObject, IsContainedResult,
                                      object_class)
from compat._core.legacy import idl_routine
from compat._core.results import Result

#: the routines; the class machinery (object_class, IDLObject, IDLContainer, NULL_OBJECT,
#: the GetResult/IsContainedResult of the container's methods) is imported here and
#: re-exported by compat.idl, but is no legacy routine with arguments to lay out
__all__ = ["obj_new", "obj_destroy", "obj_valid", "obj_class", "obj_isa",
           "obj_hasmethod", "objarr", "call_method"]


#: the container methods' result types, handed on from the core (public home)
CONTAINER_RESULTS = (GetResult, IsContainedResult)
#: the class machinery compat.idl re-exports (a port's names: idl.object_class, ...)
CLASS_MACHINERY = (object_class, IDLObject, IDLContainer, NULL_OBJECT)


def _name_text(value, what: str) -> str:
    if isinstance(value, (bytes, np.bytes_)):
        value = value.decode("latin-1")
    if isinstance(value, np.ndarray) and value.dtype.kind == "U" and value.size == 1:
        value = str(value.reshape(-1)[0])
    if not isinstance(value, (str, np.str_)):
        raise CompatTypeError(f"String expression required in this context: {what}.")
    return str(value)


def _shaped(values, shape, dtype):
    out = np.array(values, dtype=dtype)
    return out[0] if shape is None else out.reshape(shape)


@idl_routine("OBJ_NEW")
def obj_new(class_name=None, *args, **keywords):
    """Create an object of a registered class and run its Init, as IDL's ``OBJ_NEW``.

    IDL call forms::

        Result = OBJ_NEW([ObjectClassName [, Arg1, ..., Argn]] [, KEYWORDS])
        Result = ObjectClassName([Arg1, ..., Argn] [, KEYWORDS])     ; IDL 8

    Parameters
    ----------
    class_name : str or class, optional
        The IDL class name (any case) of a class registered with :func:`object_class`,
        ``'IDL_Container'``, ``'LIST'``/``'HASH'``/``'ORDEREDHASH'``/``'DICTIONARY'``,
        or the Python class itself. Omitted: the null object.
    *args, **keywords
        Passed to the class's ``init`` (IDL's Init method).

    Returns
    -------
    IDLObject or NullObject
        The new object; :data:`NULL_OBJECT` when ``class_name`` is omitted or when
        ``init`` returns a false value (the object is then destroyed *without* calling
        ``cleanup``, as IDL documents; it still used up one heap identifier).

    Raises
    ------
    ValueError
        ``"OBJ_NEW: Procedure not found: NAME__DEFINE"`` for a name no class is
        registered under (GDL's message: IDL looks for the class-definition procedure).

    Notes
    -----
    Calling the Python class (``Foo(3)``) is the same operation. A Python class
    constructor cannot return a null object, so ports must not rely on ``__init__``:
    IDL's Init is ``init``. Source: IDL Reference Guide, OBJ_NEW ("If INIT returns
    false, OBJ_NEW destroys the new object and returns the NULL object reference
    ... Note that in this case the CLEANUP method is not called"); checked against
    GDL 1.0.1 (reference_outputs/idl/objects).

    Examples
    --------
    >>> from compat import idl
    >>> @idl.object_class('COUNTER')
    ... class Counter(idl.IDLObject):
    ...     def init(self, start=0):
    ...         self.n = start
    ...         return 1 if start >= 0 else 0
    >>> c = idl.obj_new('counter', 5)
    >>> c.n, idl.obj_class(c)
    (5, 'COUNTER')
    >>> idl.obj_new('Counter', -1), idl.obj_new()
    (<NullObject>, <NullObject>)
    """
    if class_name is None:
        if args or keywords:
            raise CompatValueError("Arguments need a class name: ObjectClassName.")
        return NULL_OBJECT
    if isinstance(class_name, type):
        cls = class_name
    else:
        name = _name_text(class_name, "ObjectClassName")
        cls = core.lookup_class(name)
        if cls is None:
            raise CompatValueError(f"Procedure not found: {name.strip().upper()}__DEFINE")
    return core.new_object(cls, args, keywords)


@idl_routine("OBJ_DESTROY")
def obj_destroy(objref, *args, **keywords):
    """Destroy objects (calling each one's Cleanup), as IDL's ``OBJ_DESTROY``.

    IDL call form::

        OBJ_DESTROY, ObjRef [, Arg1, ..., Argn] [, KEYWORDS]

    Parameters
    ----------
    objref : object reference or array of them
        One object, or a list/tuple/object array of objects, destroyed in turn. The
        null object and already destroyed objects are ignored quietly.
    *args, **keywords
        Passed to each object's ``cleanup``.

    Returns
    -------
    None

    Notes
    -----
    After it, every reference to the object is invalid (OBJ_VALID 0; PRINT shows
    ``<ObjHeapVar1(*INVALID*)>``; reading an attribute raises "Invalid object
    reference"), whichever variable holds it. OBJ_DESTROY of an IDL_Container
    destroys the objects it holds (IDL_Container::Cleanup); of a LIST or HASH empties
    and invalidates it. Python's ``del`` only drops a name. Source: IDL Reference
    Guide, OBJ_DESTROY and IDL_Container.

    Examples
    --------
    >>> from compat import idl
    >>> c = idl.obj_new('IDL_Container')
    >>> a = idl.obj_new('IDL_Container')
    >>> c.add(a)
    >>> idl.obj_destroy(c)
    >>> idl.obj_valid(c), idl.obj_valid(a)
    (np.uint8(0), np.uint8(0))
    """
    items, _ = core.as_objects(objref, "ObjRef")
    for item in items:
        core.destroy(item, *args, **keywords)


class ObjValidResult(Result):
    """OBJ_VALID's result and its COUNT keyword."""

    result: object
    count: object


@idl_routine("OBJ_VALID")
def obj_valid(arg=None, *, cast=False, count=False, get_heap_identifier=False):
    """Whether object references are valid, as IDL's ``OBJ_VALID``.

    IDL call forms::

        Result = OBJ_VALID([Arg] [, /CAST] [, COUNT=variable] [, /GET_HEAP_IDENTIFIER])

    Parameters
    ----------
    arg : object reference, array of them, or integer heap identifiers, optional
        Omitted: the result is every valid object (an object array in heap order; the
        LONG 0 when there is none).
    cast : bool
        /CAST: ``arg`` holds integer heap identifiers; the result is the objects they
        name (the null object for an identifier no valid object has).
    count : bool
        COUNT=: also return the number of valid objects (of ``arg``, or on the heap
        without ``arg``): ``(result, count)`` as :class:`ObjValidResult`.
    get_heap_identifier : bool
        /GET_HEAP_IDENTIFIER: the heap identifiers (ULONG) of the references instead of
        1/0 (0 for the null object).

    Returns
    -------
    numpy.uint8 or ndarray of uint8
        1 for a valid object, 0 for the null object, a destroyed object or a
        non-object value, in the shape of ``arg``.

    Notes
    -----
    compat's heap holds weak references: an object no Python name holds is gone, as
    IDL 8's automatic garbage collection frees an unreferenced heap variable. Source:
    IDL Reference Guide, OBJ_VALID; checked against GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> c = idl.obj_new('IDL_Container')
    >>> idl.obj_valid([c, idl.obj_new()])
    array([1, 0], dtype=uint8)
    >>> idl.obj_valid(idl.obj_valid(c, get_heap_identifier=True), cast=True) is c
    True
    """
    if arg is None:
        live = core.live_objects()
        if live:
            result = np.empty(len(live), dtype=object)
            result[:] = live
        else:
            result = np.int32(0)
        return ObjValidResult(result=result, count=np.int32(len(live))) if count \
            else result
    if cast:
        ids = np.asarray(arg)
        if ids.dtype.kind not in "iub":
            raise CompatTypeError("CAST needs integer heap identifiers: Arg.")
        table = {core.heap_id(o): o for o in core.live_objects()}
        found = [table.get(int(i), NULL_OBJECT) for i in ids.reshape(-1)]
        result = found[0] if ids.ndim == 0 else _objects(found, ids.shape)
        n = sum(1 for o in found if o is not NULL_OBJECT)
        return ObjValidResult(result=result, count=np.int32(n)) if count else result
    if isinstance(arg, np.ndarray) and arg.dtype != object:
        items, shape = list(arg.reshape(-1)), (arg.shape if arg.ndim else None)
    elif isinstance(arg, (list, tuple)) and not core.is_object(arg):
        items, shape = list(arg), (len(arg),)
    elif isinstance(arg, np.ndarray):
        items, shape = list(arg.reshape(-1)), (arg.shape if arg.ndim else None)
    else:
        items, shape = [arg], None
    if get_heap_identifier:
        result = _shaped([core.heap_id(o) if core.is_valid(o) else 0 for o in items],
                         shape, np.uint32)
    else:
        result = _shaped([core.is_valid(o) for o in items], shape, np.uint8)
    n = sum(1 for o in items if core.is_valid(o))
    return ObjValidResult(result=result, count=np.int32(n)) if count else result


def _objects(items, shape):
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out.reshape(shape)


class ObjClassResult(Result):
    """OBJ_CLASS's result and its COUNT keyword."""

    result: object
    count: object


@idl_routine("OBJ_CLASS")
def obj_class(arg=None, *, count=False, superclass=False):
    """The class name of an object, or a class's superclasses, as IDL's ``OBJ_CLASS``.

    IDL call forms::

        Result = OBJ_CLASS([Arg] [, COUNT=variable] [, /SUPERCLASS])

    Parameters
    ----------
    arg : object reference or str, optional
        A scalar object, or a class name. Omitted: every registered class name.
    count : bool
        COUNT=: also return the number of names: ``(result, count)``.
    superclass : bool
        /SUPERCLASS: the names of the direct superclasses (a STRING array; ``''`` and
        count 0 when there are none).

    Returns
    -------
    str or ndarray of str
        The upper-case class name; ``''`` for the null object, a destroyed object or an
        unknown class name.

    Notes
    -----
    The class of a LIST is ``'LIST'``, its superclass ``'IDL_OBJECT'``; ORDEREDHASH's
    and DICTIONARY's superclass is ``'HASH'``. Python's ``type(o).__name__`` is the
    Python name, not IDL's. Source: IDL Reference Guide, OBJ_CLASS; checked against
    GDL 1.0.1 (whose IDL_Container is named GDL_CONTAINER: a divergence recorded in
    reference_outputs/idl/objects).

    Examples
    --------
    >>> from compat import idl
    >>> c = idl.obj_new('IDL_Container')
    >>> idl.obj_class(c), idl.obj_class(idl.obj_new())
    ('IDL_CONTAINER', '')
    >>> idl.obj_class(idl.orderedhash(), superclass=True)
    array(['HASH'], dtype='<U4')
    """
    if arg is None:
        names = np.array(core.class_names())
        return ObjClassResult(result=names, count=np.int32(names.size)) if count \
            else names
    if isinstance(arg, (str, np.str_, bytes, np.bytes_)) or (
            isinstance(arg, np.ndarray) and arg.dtype.kind in "US"):
        name = _name_text(arg, "Arg").strip().upper()
        known = core.lookup_class(name) is not None or name in ("IDL_OBJECT",)
        subject = name if known else None
    else:
        items, shape = core.as_objects(arg, "Arg")
        if shape is not None and len(items) != 1:
            raise CompatValueError("Expression must be a scalar or 1 element array in "
                                   "this context: Arg.")
        subject = core.class_of(items[0]) or None
    if superclass:
        names = core.superclasses_of(subject) if subject else []
        result = np.array(names) if names else ""
        n = len(names)
    else:
        result = subject or ""
        n = 1 if subject else 0
    return ObjClassResult(result=result, count=np.int32(n)) if count else result


@idl_routine("OBJ_ISA")
def obj_isa(objectinstance, classname):
    """Whether objects are of a class or one of its subclasses, as IDL's ``OBJ_ISA``.

    IDL call form::

        Result = OBJ_ISA(ObjectInstance, ClassName)

    Parameters
    ----------
    objectinstance : object reference or array of them
    classname : str
        A class name, any case.

    Returns
    -------
    numpy.uint8 or ndarray of uint8
        1 where the object is valid and its class or an inherited class is
        ``classname``; 0 for the null object and destroyed objects.

    Notes
    -----
    Python's ``isinstance`` tests Python classes; OBJ_ISA tests IDL names, including
    names given as ``superclasses=`` and the built-in names (``'IDL_CONTAINER'``,
    ``'LIST'``, ``'HASH'``, ``'IDL_OBJECT'``). Source: IDL Reference Guide, OBJ_ISA;
    checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> c = idl.obj_new('IDL_Container')
    >>> idl.obj_isa(c, 'idl_container'), idl.obj_isa([c, idl.obj_new()], 'IDL_CONTAINER')
    (np.uint8(1), array([1, 0], dtype=uint8))
    """
    name = _name_text(classname, "ClassName")
    items, shape = core.as_objects(objectinstance, "ObjectInstance")
    return _shaped([core.isa(o, name) for o in items], shape, np.uint8)


@idl_routine("OBJ_HASMETHOD")
def obj_hasmethod(objref, method):
    """Whether an object has every one of the named methods, as IDL's ``OBJ_HASMETHOD``.

    IDL call form::

        Result = OBJ_HASMETHOD(Objref, Method)

    Parameters
    ----------
    objref : object reference
    method : str or str array
        Method name(s), any case (IDL's method names are case-insensitive).

    Returns
    -------
    numpy.uint8
        1 when the object's class or one it inherits defines all of them (a Python
        method of any case spelling: ``GetProperty`` or ``getproperty``); 0 otherwise
        and for the null object. Methods that only the Python base classes have (and
        ``__dunder__`` names) do not count.

    Notes
    -----
    ``hasattr`` is case-sensitive and also finds data attributes. Source: IDL
    Reference Guide, OBJ_HASMETHOD; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> c = idl.obj_new('IDL_Container')
    >>> idl.obj_hasmethod(c, ['Add', 'GET']), idl.obj_hasmethod(c, 'Draw')
    (np.uint8(1), np.uint8(0))
    """
    items, shape = core.as_objects(objref, "Objref")
    if shape is not None and len(items) != 1:
        raise CompatValueError("Expression must be a scalar or 1 element array in this "
                               "context: Objref.")
    if isinstance(method, np.ndarray):
        names = [str(m) for m in method.reshape(-1)]
    elif isinstance(method, (list, tuple)):
        names = [_name_text(m, "Method") for m in method]
    else:
        names = [_name_text(method, "Method")]
    return np.uint8(all(core.has_method(items[0], n) for n in names))


@idl_routine("OBJARR")
def objarr(*dims, nozero=False):
    """An array of null object references, as IDL's ``OBJARR``.

    IDL call forms::

        Result = OBJARR(D1 [, ..., D8] [, /NOZERO])

    Parameters
    ----------
    *dims : int or sequence of int
        IDL's dimensions (readsav layout: numpy's shape is their reverse).
    nozero : bool
        Accepted; every element is the null object either way (as in IDL).

    Returns
    -------
    ndarray of object
        Filled with :data:`NULL_OBJECT`; assign objects into it.

    Examples
    --------
    >>> from compat import idl
    >>> a = idl.objarr(3)
    >>> a[1] = idl.obj_new('IDL_Container')
    >>> idl.obj_valid(a)
    array([0, 1, 0], dtype=uint8)
    """
    return core.object_array(idl_dims(dims))


@idl_routine("CALL_METHOD")
def call_method(name, objref, *args, **keywords):
    """Call an object's method given its name as text, as IDL's ``CALL_METHOD``.

    IDL call forms::

        CALL_METHOD, Name, ObjRef [, P1, ..., Pn] [, KEYWORDS]
        Result = CALL_METHOD(Name, ObjRef [, P1, ..., Pn] [, KEYWORDS])

    Parameters
    ----------
    name : str
        The method's name, any case (``'GetProperty'``, ``'count'``); ``'CLASS::NAME'``
        is read as NAME.
    objref : object reference
        A valid object.
    *args, **keywords
        Passed to the method.

    Returns
    -------
    The method's return value (``None`` for a procedure method).

    Raises
    ------
    ValueError
        ``"CALL_METHOD: Attempt to call undefined method: CLASS::NAME"`` (IDL's text),
        ``"CALL_METHOD: Invalid object reference"`` for the null or a destroyed object.

    Notes
    -----
    Python's ``getattr(obj, name)(...)`` is case-sensitive; IDL's method names are not,
    so a port keeps IDL's spelling or any other. Source: IDL Reference Guide,
    CALL_METHOD; checked against GDL 1.0.1 (reference_outputs/idl/objects_builtin).

    Examples
    --------
    >>> from compat import idl
    >>> c = idl.obj_new('IDL_Container')
    >>> idl.call_method('ADD', c, idl.obj_new('IDL_Container'))
    >>> idl.call_method('Count', c)
    np.int32(1)
    """
    method = _name_text(name, "Name")
    items, shape = core.as_objects(objref, "ObjRef")
    if shape is not None and len(items) != 1:
        raise CompatValueError("Expression must be a scalar or 1 element array in this "
                               "context: ObjRef.")
    target = items[0]
    if not core.is_valid(target):
        raise CompatValueError("Invalid object reference")
    bound = core.find_method(target, method)
    if bound is None:
        raise CompatValueError(f"Attempt to call undefined method: "
                               f"{core.class_of(target)}::{method.strip().upper()}")
    return bound(*args, **keywords)
