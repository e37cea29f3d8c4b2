"""Old IDL state that programs still lean on: the directory stack of PUSHD/POPD/PRINTD,
the pre-pointer *handles* of HANDLE_CREATE & co., and EXTRAC's zero-padded subarray.

Python-shaped cores of :mod:`compat.idl.legacy_odds`:

* :class:`DirectoryStack` -- a stack of directory names, top first (IDL's ``pushd.pro``
  keeps its stack in a common block; PRINTD lists it top first).
* :class:`HandleTable` -- IDL 4's handles (IDL Reference Guide, "HANDLE_CREATE",
  obsolete since IDL 5's pointers): positive LONG ids naming a value, each with an
  optional parent, children in creation order; freeing a handle frees its children.
* :func:`extract` -- a box of an array, the parts outside the array zero (the array's
  own type), as IDL's EXTRAC ("any part of the subarray lying outside the source array
  is set to zero").
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["DirectoryStack", "HandleTable", "extract"]


class DirectoryStack:
    """Directory names, the most recently pushed first."""

    def __init__(self):
        self.entries: list[str] = []

    def push(self, directory: str) -> None:
        self.entries.insert(0, directory)

    def pop(self) -> str:
        if not self.entries:
            raise CompatValueError("Directory stack is empty.")
        return self.entries.pop(0)


class HandleTable:
    """IDL's handles: id -> value, parent, children. Ids start at 1 and are never
    reused while the table lives (IDL hands out increasing LONG ids)."""

    _UNSET = object()

    def __init__(self):
        self.values: dict[int, object] = {}
        self.parents: dict[int, int] = {}
        self.children: dict[int, list[int]] = {}
        self.next_id = 1

    def valid(self, number) -> bool:
        try:
            return int(number) in self.values
        except (TypeError, ValueError):
            return False

    def _check(self, number) -> int:
        if not self.valid(number):
            raise CompatValueError(f"Invalid handle: {number}")
        return int(number)

    def create(self, parent=None, value=_UNSET, first_child=False) -> int:
        if parent is not None and int(parent) != 0:
            parent = self._check(parent)
        else:
            parent = None
        number = self.next_id
        self.next_id += 1
        self.values[number] = value
        self.children[number] = []
        if parent is not None:
            self.parents[number] = parent
            siblings = self.children[parent]
            if first_child:
                siblings.insert(0, number)
            else:
                siblings.append(number)
        return number

    def get(self, number):
        value = self.values[self._check(number)]
        if value is self._UNSET:
            raise CompatValueError(f"Handle {int(number)} has no value")
        return value

    def set(self, number, value) -> None:
        self.values[self._check(number)] = value

    def has_value(self, number) -> bool:
        return self.values[self._check(number)] is not self._UNSET

    def free(self, number) -> None:
        number = self._check(number)
        for child in list(self.children[number]):
            self.free(child)
        parent = self.parents.pop(number, None)
        if parent is not None:
            self.children[parent].remove(number)
        del self.values[number], self.children[number]

    def parent(self, number) -> int:
        return self.parents.get(self._check(number), 0)

    def first_child(self, number) -> int:
        kids = self.children[self._check(number)]
        return kids[0] if kids else 0

    def sibling(self, number) -> int:
        number = self._check(number)
        parent = self.parents.get(number)
        if parent is None:
            return 0
        kids = self.children[parent]
        at = kids.index(number)
        return kids[at + 1] if at + 1 < len(kids) else 0

    def move(self, number, new_parent, first_child=False) -> None:
        number, new_parent = self._check(number), self._check(new_parent)
        walk = new_parent
        while walk:
            if walk == number:
                raise CompatValueError("A handle cannot be moved under itself")
            walk = self.parents.get(walk, 0)
        old = self.parents.get(number)
        if old is not None:
            self.children[old].remove(number)
        self.parents[number] = new_parent
        if first_child:
            self.children[new_parent].insert(0, number)
        else:
            self.children[new_parent].append(number)


def extract(array: np.ndarray, starts, sizes) -> np.ndarray:
    """``array`` (C order) cut to the box at ``starts`` of ``sizes`` (both C order),
    the parts outside the array zero in its dtype."""
    if len(starts) != array.ndim or len(sizes) != array.ndim:
        raise CompatValueError(f"the array has {array.ndim} dimensions: give "
                               f"{array.ndim} starts and {array.ndim} sizes")
    if any(n < 1 for n in sizes):
        raise CompatValueError("the subarray dimensions must be positive")
    out = np.zeros(sizes, dtype=array.dtype)
    source, target = [], []
    for start, size, length in zip(starts, sizes, array.shape):
        low, high = max(start, 0), min(start + size, length)
        if high <= low:
            return out
        source.append(slice(low, high))
        target.append(slice(low - start, high - start))
    out[tuple(target)] = array[tuple(source)]
    return out
