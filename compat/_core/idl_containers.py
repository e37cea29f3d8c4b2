"""IDL 8's container objects LIST, HASH, ORDEREDHASH and DICTIONARY as thin subclasses of
Python's ``list`` and ``dict``.

Each class *is* the Python container (every ``list``/``dict`` operation works, and code
that takes a list or dict takes one), plus the IDL methods a port calls, under IDL's
names in lower case, with IDL's semantics where they differ from Python's:

======================  ===============================  ===================================
IDL                     compat                           Python equivalent
======================  ===============================  ===================================
``l = LIST(a, b)``      ``l = idl.list(a, b)``            ``[a, b]``
``l.Add, x [, i]``      ``l.add(x[, i])``                 ``append``/``insert``
``l.Remove([i])``       ``l.remove_at(i)`` (last by       ``pop``
                        default)
``l.Count()``           ``l.count()`` (no argument)       ``len``
``l.ToArray()``         ``l.toarray()``                   ``numpy.array`` (IDL's type rule)
``l.IsEmpty()``         ``l.isempty()``                   ``not l``
``h = HASH(k, v)``      ``h = idl.hash(k, v)``            ``dict(zip(k, v))``
``h.Keys()``            ``h.keys_list()`` (an IDLList)     ``list(h)``
``h.Values()``          ``h.values_list()``               ``list(h.values())``
``h.HasKey(k)``         ``h.haskey(k)`` (arrays of keys)  ``k in h``
``h.Remove(k)``         ``h.remove(k)``                   ``del``/``pop``
``h.Count()``           ``h.count()``                     ``len``
``h[k]`` missing key    ``KeyError`` with IDL's message   ``KeyError``
======================  ===============================  ===================================

HASH keys are case sensitive (IDL: "keys are case sensitive" unless ``/FOLD_CASE``);
DICTIONARY keys are IDL identifiers, case *insensitive*, and can be read as attributes
(``d.alpha``). ORDEREDHASH and, in Python 3.7+, every ``dict`` keep insertion order; IDL's
plain HASH does not promise an order (compat's keeps insertion order, one valid order).

Sources: IDL Reference Guide, LIST, HASH, ORDEREDHASH, DICTIONARY (IDL 8.0-8.3).
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["IDLList", "IDLHash", "IDLOrderedHash", "IDLDictionary", "is_container",
           "stored"]


def stored(value):
    """The value a container keeps: IDL copies a variable into a LIST or HASH (without
    /NO_COPY), so a numpy array is copied and later writes to the caller's array do not
    reach the container (nor the reverse)."""
    if isinstance(value, np.ndarray):
        return value.copy()
    return value


class IDLList(list):
    """IDL's ``LIST``: a Python list with IDL's methods (module docstring)."""

    idl_class = "LIST"

    def add(self, value, index=None, *, extract=False):
        """``list.Add, Value [, Index] [, /EXTRACT]``: append (or insert at ``index``);
        ``extract`` adds the elements of an array or list one by one."""
        items = [stored(v) for v in (list(value) if extract else [value])]
        if index is None:
            self.extend(items)
        else:
            for offset, item in enumerate(items):
                self.insert(int(index) + offset, item)
        return self

    def remove_at(self, index=None, *, all=False):  # noqa: A002 - IDL keyword
        """``list.Remove([Index] [, /ALL])``: remove and return the element at ``index``
        (the last without one); ``all`` empties the list."""
        if all:
            self.clear()
            return None
        if not self:
            raise CompatValueError("LIST::REMOVE: list is empty")
        return self.pop(-1 if index is None else int(index))

    def count(self, value=None):  # noqa: D401 - IDL's name
        """``list.Count([Value])``: number of elements (equal to ``value`` if given)."""
        if value is None:
            return np.int32(len(self))
        return np.int32(sum(1 for item in self if _same(item, value)))

    def isempty(self) -> bool:
        """``list.IsEmpty()``."""
        return len(self) == 0

    def toarray(self):
        """``list.ToArray()``: the elements as one array typed by IDL's literal rule."""
        from compat._core.idl_types import idl_literal
        if not self:
            raise CompatValueError("LIST::TOARRAY: list is empty")
        if all(isinstance(item, (str, np.str_)) for item in self):
            return np.array([str(item) for item in self])
        return np.array(idl_literal(list(self)))


def _same(a, b) -> bool:
    try:
        return bool(np.all(np.asarray(a) == np.asarray(b)))
    except (TypeError, ValueError):
        return False


class IDLHash(dict):
    """IDL's ``HASH``: a Python dict with IDL's methods (module docstring)."""

    idl_class = "HASH"

    def __missing__(self, key):
        raise KeyError(f"Key does not exist: {key!r}")

    def count(self):
        """``hash.Count()``: number of keys (LONG)."""
        return np.int32(len(self))

    def isempty(self) -> bool:
        """``hash.IsEmpty()``."""
        return len(self) == 0

    def haskey(self, key):
        """``hash.HasKey(Key)``: 1/0 (BYTE); an array of keys gives an array."""
        if isinstance(key, (list, tuple, np.ndarray)) and not isinstance(key, str):
            return np.array([k in self for k in np.asarray(key).tolist()], dtype=np.uint8)
        return np.uint8(key in self)

    def keys_list(self) -> IDLList:
        """``hash.Keys()``: the keys as a LIST."""
        return IDLList(self.keys())

    def values_list(self) -> IDLList:
        """``hash.Values()``: the values as a LIST."""
        return IDLList(self.values())

    def remove(self, key=None, *, all=False):  # noqa: A002 - IDL keyword
        """``hash.Remove(Key)`` / ``hash.Remove(/ALL)``: remove and return the value."""
        if all:
            self.clear()
            return None
        if key not in self:
            raise KeyError(f"Key does not exist: {key!r}")
        return self.pop(key)


class IDLOrderedHash(IDLHash):
    """IDL's ``ORDEREDHASH``: a HASH that keeps insertion order (as every dict does)."""

    idl_class = "ORDEREDHASH"


class IDLDictionary(IDLHash):
    """IDL's ``DICTIONARY``: keys are IDL names, case insensitive, readable as attributes.

    Keys are stored in upper case (IDL prints them so); ``d['alpha']``, ``d['ALPHA']``
    and ``d.alpha`` are the same entry.
    """

    idl_class = "DICTIONARY"

    @staticmethod
    def _key(key):
        if not isinstance(key, str):
            raise CompatValueError(f"DICTIONARY: keys must be strings, got {key!r}")
        return key.upper()

    def __init__(self, *args, **kwargs):
        super().__init__()
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def __setitem__(self, key, value):
        super().__setitem__(self._key(key), stored(value))

    def __getitem__(self, key):
        return super().__getitem__(self._key(key))

    def __delitem__(self, key):
        super().__delitem__(self._key(key))

    def __contains__(self, key):
        return isinstance(key, str) and super().__contains__(key.upper())

    def get(self, key, default=None):
        return super().get(self._key(key), default)

    def pop(self, key, *default):
        return super().pop(self._key(key), *default)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"DICTIONARY has no key {name.upper()!r}") from None

    def __setattr__(self, name, value):
        self[name] = value


def is_container(value) -> bool:
    """True for the IDL objects above (LIST, HASH, ORDEREDHASH, DICTIONARY)."""
    return isinstance(value, (IDLList, IDLHash))
