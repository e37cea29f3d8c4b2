"""Old IDL routines legacy programs still call: ``PUSHD``, ``POPD``, ``PRINTD`` (a
directory stack), ``EMPTY``, ``EXTRAC``, and IDL 4's handles ``HANDLE_CREATE``,
``HANDLE_VALUE``, ``HANDLE_FREE``, ``HANDLE_INFO``, ``HANDLE_MOVE`` (obsolete since IDL
5's pointers, still in old code).

Cores in :mod:`compat._core.legacy_handles`; the directory routines change the working
directory of the whole process through :func:`compat.idl.cd`, as IDL's do.
"""

from __future__ import annotations

import copy
import os

import numpy as np

from compat._core import legacy_handles as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat.idl.system import cd

__all__ = ["pushd", "popd", "printd", "empty", "extrac", "handle_create", "handle_value",
           "handle_free", "handle_info", "handle_move"]

_STACK = core.DirectoryStack()
_HANDLES = core.HandleTable()


# -------------------------------------------------------------------- directory stack
@idl_routine("PUSHD")
def pushd(dir):
    """Change to ``Dir`` and push the directory left onto the stack, as IDL's ``PUSHD,
    Dir``. A directory that cannot be entered is CD's error; the stack is unchanged.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> here = os.getcwd()
    >>> idl.pushd(tempfile.gettempdir())
    >>> os.getcwd() == os.path.realpath(tempfile.gettempdir())
    True
    >>> idl.popd()
    >>> os.getcwd() == here
    True
    """
    before = cd(dir, current=True).current
    _STACK.push(before)


@idl_routine("POPD")
def popd():
    """Change to the directory on top of the stack and remove it, as IDL's ``POPD``;
    an empty stack is ``POPD: Directory stack is empty.`` Example: :func:`pushd`."""
    directory = _STACK.pop()
    try:
        cd(directory)
    except CompatValueError:
        _STACK.push(directory)
        raise


@idl_routine("PRINTD")
def printd():
    """Print the working directory and the directory stack, top first, as IDL's
    ``PRINTD``::

        Current Directory: /home/me/b
        Directory Stack Contents:
          0) /home/me/a

    An empty stack is ``PRINTD: Directory stack is empty.`` (GDL 1.0.1's printd.pro
    prints this layout.)

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> here = os.getcwd()
    >>> idl.pushd(tempfile.gettempdir())
    >>> idl.printd()  # doctest: +ELLIPSIS
    Current Directory: ...
    Directory Stack Contents:
      0) ...
    >>> idl.popd()
    """
    if not _STACK.entries:
        raise CompatValueError("Directory stack is empty.")
    print("Current Directory: " + os.getcwd())
    print("Directory Stack Contents:")
    for number, directory in enumerate(_STACK.entries):
        print(f"{number:3d}) {directory}")


@idl_routine("EMPTY")
def empty():
    """Flush buffered graphics output, as IDL's ``EMPTY`` procedure: compat's graphics
    draw at once, so there is nothing to flush (a no-op kept for legacy code).

    Examples
    --------
    >>> from compat import idl
    >>> idl.empty()
    """
    return None


# ---------------------------------------------------------------------------- EXTRAC
@idl_routine("EXTRAC")
def extrac(array, *corners_and_sizes):
    """A box cut from an array, parts outside it zero, as IDL's EXTRAC function.

    IDL call form::

        Result = EXTRAC(Array, C1, C2, ..., Cn, D1, D2, ..., Dn)
        ->  idl.extrac(a, c1, c2, d1, d2)

    ``C`` are the box's first indices and ``D`` its dimensions, both in IDL's order
    (fastest first: ``C1``/``D1`` index IDL's first dimension, numpy's last). Unlike
    subscripting, the box may reach outside the array: those elements are zero of the
    array's type (IDL Reference Guide, EXTRAC: "any part of the subarray that lies
    outside the bounds of the source array is set to zero"). The result has IDL
    dimensions ``[D1, ..., Dn]``: numpy shape ``(Dn, ..., D1)``.

    Examples
    --------
    >>> from compat import idl
    >>> idl.extrac(idl.indgen(5), 3, 4)
    array([3, 4, 0, 0], dtype=int16)
    >>> idl.extrac(idl.indgen(3, 2), -1, 1, 3, 2)
    array([[0, 3, 4],
           [0, 0, 0]], dtype=int16)
    """
    data = idl_array(array)
    if data.ndim == 0:
        data = data.reshape(1)
    values = [idl_array(v).ravel() for v in corners_and_sizes]
    if len(values) != 2 * data.ndim or any(v.size != 1 for v in values):
        raise CompatValueError(f"the array has {data.ndim} dimensions: give {data.ndim} "
                               f"first indices and {data.ndim} sizes")
    if any(v.dtype.kind not in "biuf" for v in values):
        raise CompatValueError("the indices and sizes must be numbers")
    numbers = [int(v[0]) for v in values]
    starts, sizes = numbers[:data.ndim], numbers[data.ndim:]
    return core.extract(data, starts[::-1], sizes[::-1])


# ---------------------------------------------------------------------------- handles
def _copy(value):
    return copy.deepcopy(value)


@idl_routine("HANDLE_CREATE")
def handle_create(id=None, *, value=core.HandleTable._UNSET, no_copy=False,
                  first_child=False, sibling=None):
    """A new handle, as IDL's ``Result = HANDLE_CREATE([ID] [, /FIRST_CHILD]
    [, /NO_COPY] [, SIBLING=id] [, VALUE=value])``.

    ``ID`` makes the new handle a child of that handle (the last child, or the first
    with ``/FIRST_CHILD``); ``SIBLING`` makes it the next sibling's parent's child.
    ``VALUE`` is copied into it (``/NO_COPY``: kept by reference, as IDL moves it).
    Returns the id, a positive LONG (1, 2, ... in this session). Handles are IDL 4's
    forerunner of pointers (IDL Reference Guide, "HANDLE_CREATE", obsolete routines).

    Examples
    --------
    >>> from compat import idl
    >>> h = idl.handle_create(value=[1, 2, 3])
    >>> idl.handle_value(h)
    array([1, 2, 3], dtype=int16)
    >>> idl.handle_value(h, 7.5, set=True); float(idl.handle_value(h))
    7.5
    >>> idl.handle_free(h); int(idl.handle_info(h))
    0
    """
    parent = id
    if sibling is not None:
        parent = _HANDLES.parent(sibling) or None
        if parent is None:
            raise CompatValueError(f"Handle {int(sibling)} has no parent")
    if value is not core.HandleTable._UNSET:
        value = value if no_copy else _copy(_legacy(value))
    return np.int32(_HANDLES.create(parent, value, bool(first_child)))


def _legacy(value):
    if isinstance(value, (list, tuple, int, float)) and not isinstance(value, bool):
        return idl_array(value)
    return value


@idl_routine("HANDLE_VALUE")
def handle_value(id, value=None, *, set=False, no_copy=False):
    """Read or set a handle's value, as IDL's ``HANDLE_VALUE, ID, Value [, /NO_COPY]
    [, /SET]``.

    Without ``set`` it returns (a copy of) the value; ``/NO_COPY`` returns the value
    itself and leaves the handle without one. With ``set=True`` the handle takes
    ``value`` (copied unless ``/NO_COPY``). A handle without a value is
    ``HANDLE_VALUE: Handle 1 has no value``; an invalid id ``Invalid handle: 5``.
    Example: :func:`handle_create`.
    """
    if set:
        _HANDLES.set(id, value if no_copy else _copy(_legacy(value)))
        return None
    found = _HANDLES.get(id)
    if no_copy:
        _HANDLES.set(id, core.HandleTable._UNSET)
        return found
    return _copy(found)


@idl_routine("HANDLE_FREE")
def handle_free(id):
    """Free a handle and, with it, all its descendants, as IDL's ``HANDLE_FREE, ID``.
    Example: :func:`handle_create`."""
    _HANDLES.free(id)


@idl_routine("HANDLE_INFO")
def handle_info(id, *, valid_id=False, num_children=False, parent=False,
                first_child=False, sibling=False):
    """About handles, as IDL's ``Result = HANDLE_INFO(ID [, /FIRST_CHILD]
    [, /NUM_CHILDREN] [, /PARENT] [, /SIBLING] [, /VALID_ID])``.

    ``ID`` a scalar or an array (the result has its shape). Without a keyword (or with
    ``/VALID_ID``) 1 for a valid handle, else 0 (BYTE); ``/NUM_CHILDREN`` the number
    of children, ``/PARENT``, ``/FIRST_CHILD``, ``/SIBLING`` those handles' ids, 0 when
    there is none (LONG).

    Examples
    --------
    >>> from compat import idl
    >>> top = idl.handle_create()
    >>> a = idl.handle_create(top, value=1); b = idl.handle_create(top, value=2)
    >>> int(idl.handle_info(top, num_children=True))
    2
    >>> idl.handle_info(a, sibling=True) == b, idl.handle_info(b, parent=True) == top
    (np.True_, np.True_)
    >>> int(idl.handle_info(a, sibling=True)) - int(b)
    0
    >>> idl.handle_free(top); idl.handle_info([top, a, b]).tolist()
    [0, 0, 0]
    """
    ids = idl_array(id)
    chosen = [k for k, v in dict(num_children=num_children, parent=parent,
                                 first_child=first_child, sibling=sibling).items() if v]
    if len(chosen) > 1 or (chosen and valid_id):
        raise CompatValueError("Conflicting keywords: only one may be set.")
    flat = ids.ravel()
    if not chosen:
        out = np.array([_HANDLES.valid(v) for v in flat], dtype=np.uint8)
    else:
        how = {"num_children": lambda v: len(_HANDLES.children[_HANDLES._check(v)]),
               "parent": _HANDLES.parent, "first_child": _HANDLES.first_child,
               "sibling": _HANDLES.sibling}[chosen[0]]
        out = np.array([how(int(v)) for v in flat], dtype=np.int32)
    return out.reshape(ids.shape) if ids.ndim else out[0]


@idl_routine("HANDLE_MOVE")
def handle_move(static_id, moved_id, *, first_child=False, no_delete=False):
    """Move a handle (with its descendants) under another, as IDL's ``HANDLE_MOVE,
    Static_ID, Moved_ID [, /FIRST_CHILD]``: ``Moved_ID`` becomes the last (or, with
    ``/FIRST_CHILD``, the first) child of ``Static_ID``. A handle cannot move under
    itself or its descendants.

    Examples
    --------
    >>> from compat import idl
    >>> p = idl.handle_create(); q = idl.handle_create()
    >>> idl.handle_move(p, q); int(idl.handle_info(q, parent=True)) - int(p)
    0
    >>> idl.handle_free(p)
    """
    del no_delete
    _HANDLES.move(moved_id, static_id, bool(first_child))
