"""MATLAB's ``containers.Map`` as ``matlab.containers_map`` (also spelled
``matlab.containers_Map``).

The legacy layer: :func:`containers_map` reads MATLAB's constructor grammar (key and
value sets, ``'KeyType'``, ``'ValueType'``, ``'UniformValues'``) and returns a
:class:`ContainersMap`, a Python mapping with MATLAB's behaviour: keys of one declared
type, kept sorted (``keys(M)`` lists text keys in ASCII order and numeric keys in
ascending order, not in insertion order), values checked against the declared value
type, MATLAB's error messages, reference semantics (a Map is a handle object in MATLAB,
so two names for one Map see the same changes, as two names for one Python object do).
"""

from __future__ import annotations

import numpy as np

from compat._core.args import interleaved_options
from compat._core.cells import is_cell, size_of
from compat._core.matlab_classes import as_cell, class_of
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_integers import INT_CLASSES, convert
from compat._core.matlab_types import matlab_array

__all__ = ["containers_map", "ContainersMap", "MapKeyError"]
__legacy_names__ = {"containers.Map": "containers_map"}

_NAME = "containers.Map"
_KEY_TYPES = ("char", "double", "single", "int32", "uint32", "int64", "uint64")
_VALUE_TYPES = ("any", "char", "logical", "double", "single", "int8", "uint8", "int16",
                "uint16", "int32", "uint32", "int64", "uint64")
_MISSING = "The specified key is not present in this container."
_KEY_MISMATCH = ("Specified key type does not match the type expected for this "
                 "container.")
_VALUE_MISMATCH = ("Specified value type does not match the type expected for this "
                   "container.")


class MapKeyError(CompatValueError, KeyError):
    """A key that is not in a :class:`ContainersMap` (MATLAB's "The specified key is not
    present in this container."); a ``ValueError`` as compat's errors are, and a
    ``KeyError`` as Python mappings raise."""

    def __str__(self):  # KeyError would quote the message
        return self.args[0] if self.args else ""


def _error(message: str, cls=CompatValueError):
    return cls(message, _NAME)


class ContainersMap:
    """MATLAB's ``containers.Map``: keys of one type, sorted; values of one type or any.

    Read and write like MATLAB's ``M(key)``: ``M[key]``, ``M[key] = value``. MATLAB's
    functions are methods: ``M.keys()``, ``M.values()``, ``M.values(keySet)``,
    ``M.isKey(key)``, ``M.remove(key)``, ``M.length()``; properties ``Count``,
    ``KeyType``, ``ValueType``. ``len(M)``, ``key in M`` and iteration over the keys
    (sorted) work as for a dict.
    """

    matlab_class = "containers.Map"

    def __init__(self, key_type: str = "char", value_type: str = "any"):
        self._key_type = key_type
        self._value_type = value_type
        self._data: dict = {}

    # --- MATLAB's properties ------------------------------------------------------
    @property
    def Count(self) -> np.uint64:  # noqa: N802 - MATLAB's name
        """The number of key-value pairs (MATLAB's ``M.Count``, a uint64)."""
        return np.uint64(len(self._data))

    @property
    def KeyType(self) -> str:  # noqa: N802 - MATLAB's name
        return self._key_type

    @property
    def ValueType(self) -> str:  # noqa: N802 - MATLAB's name
        return self._value_type

    # --- keys and values ----------------------------------------------------------
    def _key(self, key):
        if self._key_type == "char":
            if isinstance(key, np.ndarray) and key.dtype.kind == "U" and key.size == 1:
                key = str(key.reshape(-1)[0])
            if not isinstance(key, str):
                raise _error(_KEY_MISMATCH, CompatTypeError)
            return key
        if isinstance(key, (str, bool, np.bool_)) or size_of(key) != (1, 1):
            raise _error(_KEY_MISMATCH, CompatTypeError)
        v = np.asarray(key).reshape(())
        if v.dtype.kind not in "iuf":
            raise _error(_KEY_MISMATCH, CompatTypeError)
        if self._key_type in ("double", "single"):
            value = float(v)
            if self._key_type == "single":
                value = float(np.float32(value))
            return value
        return int(convert(v.reshape(1), self._key_type)[0])

    def _value(self, value):
        vt = self._value_type
        if vt == "any":
            return value
        if vt == "char":
            if not isinstance(value, str):
                raise _error(_VALUE_MISMATCH, CompatTypeError)
            return value
        if is_cell(value) or isinstance(value, (str, dict)) or size_of(value) != (1, 1):
            raise _error(_VALUE_MISMATCH, CompatTypeError)
        a = matlab_array(value, "value").reshape(())
        if vt == "logical":
            return np.bool_(a)
        if vt in INT_CLASSES:
            return convert(a.reshape(1), vt)[0]
        return (np.float32 if vt == "single" else np.float64)(a)

    def __getitem__(self, key):
        k = self._key(key)
        try:
            return self._data[k]
        except KeyError:
            raise MapKeyError(_MISSING, _NAME) from None

    def __setitem__(self, key, value):
        self._data[self._key(key)] = self._value(value)

    def __contains__(self, key) -> bool:
        try:
            return self._key(key) in self._data
        except (CompatTypeError, CompatValueError):
            return False

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self):
        return iter(self.keys())

    def keys(self) -> list:
        """MATLAB's ``keys(M)``: every key, sorted (text in ASCII order, numbers
        ascending), as a list (MATLAB's 1xN cell)."""
        return sorted(self._data)

    def values(self, keySet=None) -> list:  # noqa: N803 - MATLAB's name
        """MATLAB's ``values(M)`` (in key order) or ``values(M, keySet)`` (the values of
        the keys of the cell ``keySet``, in its order)."""
        if keySet is None:
            return [self._data[k] for k in self.keys()]
        keys = as_cell(keySet, "keySet").ravel(order="F") if not isinstance(keySet, str) \
            else [keySet]
        return [self[k] for k in keys]

    def isKey(self, keySet):  # noqa: N802, N803 - MATLAB's names
        """MATLAB's ``isKey(M, key)``: a logical, or a logical array for a cell of
        keys."""
        if isinstance(keySet, (list, tuple)) or (isinstance(keySet, np.ndarray) and
                                                 keySet.dtype == object):
            o = as_cell(keySet, "keySet")
            return np.array([k in self for k in o.ravel(order="F")], dtype=bool)
        return np.bool_(keySet in self)

    def remove(self, keySet) -> "ContainersMap":  # noqa: N803 - MATLAB's name
        """MATLAB's ``remove(M, keySet)``: removes the keys (each must be present) and
        returns the Map itself."""
        keys = list(as_cell(keySet, "keySet").ravel(order="F")) \
            if isinstance(keySet, (list, tuple)) else [keySet]
        normalised = [self._key(k) for k in keys]
        for k in normalised:
            if k not in self._data:
                raise MapKeyError(_MISSING, _NAME)
        for k in normalised:
            del self._data[k]
        return self

    def length(self) -> np.float64:
        """MATLAB's ``length(M)``: the number of pairs, a double."""
        return np.float64(len(self._data))

    def __repr__(self) -> str:
        return (f"containers.Map with properties:\n\n    Count: {len(self._data)}\n"
                f"    KeyType: {self._key_type}\n  ValueType: {self._value_type}")


def _options(args, kwargs):
    # an option name only before any key set or after the key and value sets
    # ('KeyType' could also be a text key)
    names = {"keytype": "KeyType", "valuetype": "ValueType", "uniformvalues": "UniformValues"}
    return interleaved_options(args, kwargs, names, allowed=lambda data: len(data) in (0, 2))


def _elements(values):
    """The elements of a key or value set: a cell's elements, a numeric array's
    elements (numpy scalars), or the one value."""
    if isinstance(values, str):
        return [values]
    if is_cell(values) or (isinstance(values, np.ndarray) and values.dtype == object):
        return list(as_cell(values).ravel(order="F"))
    a = matlab_array(values, "valueSet")
    return list(a.reshape(-1, order="F")) if a.ndim else [a[()]]


def _inferred_value_type(values, elements) -> str:
    if not (is_cell(values) or (isinstance(values, np.ndarray) and values.dtype == object)):
        return class_of(matlab_array(values, "valueSet"))
    classes = {class_of(v) for v in elements}
    if classes == {"char"}:
        return "char"
    if len(classes) == 1 and all(size_of(v) == (1, 1) for v in elements):
        cls = classes.pop()
        if cls in _VALUE_TYPES and cls not in ("any", "char"):
            return cls
    return "any"


@matlab_function("containers.Map")
def containers_map(*args, **kwargs):
    """Map object of keys and values, as MATLAB's ``containers.Map``.

    MATLAB call forms::

        M = containers.Map                                  ->  containers_map()
        M = containers.Map(keySet, valueSet)                ->  containers_map(['Jan', 'Feb'], [327.2, 368.2])
        M = containers.Map(key, value)                      ->  containers_map('Jan', 327.2)
        M = containers.Map('KeyType', kT, 'ValueType', vT)  ->  containers_map('KeyType', 'double', 'ValueType', 'any')
        M = containers.Map(keySet, valueSet, 'UniformValues', false)
        M(key) / M(key) = v / keys(M) / values(M, keySet) / isKey(M, k) / remove(M, k)
          ->  M[key] / M[key] = v / M.keys() / M.values(keySet) / M.isKey(k) / M.remove(k)

    Parameters
    ----------
    keySet : str, list of str, or numeric array
        The keys: text (KeyType 'char') or numbers (KeyType 'double', or the class of
        a numpy array of class single, int32, uint32, int64, uint64).
    valueSet : list, array or value
        One value per key: a cell (list) of any values, or a numeric array (one
        element per key). With one text key, the value itself.
    KeyType : {'char', 'double', 'single', 'int32', 'uint32', 'int64', 'uint64'}
    ValueType : {'any', 'char', 'logical', 'double', 'single', 'int8', ... 'uint64'}
        Default: 'any', or -- for a key/value set -- the class shared by all values
        ('double' for a numeric array, 'char' when every value is text).
    UniformValues : bool
        False forces ValueType 'any'.

    Returns
    -------
    ContainersMap

    Raises
    ------
    ValueError
        ``"containers.Map: The number of keys and values must be the same."``; a
        missing key (:class:`MapKeyError`, also a ``KeyError``): ``"containers.Map: The
        specified key is not present in this container."``
    TypeError
        ``"containers.Map: Specified key type does not match the type expected for
        this container."`` (and the same for values).

    Notes
    -----
    A Python ``dict`` is the natural replacement but differs where ported code can
    notice: ``keys(M)`` is **sorted** (a dict keeps insertion order), keys have one
    type (``M(1)`` on a 'char' Map is an error, not a new key), values are converted
    to the declared ValueType, and a missing key is MATLAB's error text.

    ``containers_Map`` is the same function (the spelling of issue 16).

    Sources: MATLAB ``containers.Map`` reference page (constructor forms, KeyType and
    ValueType lists, sorted keys, the example with months and rainfall).
    GNU Octave 7.3's ``containers.Map`` agrees on every case of
    reference_outputs/matlab/structs.

    Examples
    --------
    >>> from compat.matlab import containers_map
    >>> M = containers_map(['Jan', 'Feb', 'Mar', 'Apr'], [327.2, 368.2, 197.6, 178.4])
    >>> M.keys(), M.ValueType
    (['Apr', 'Feb', 'Jan', 'Mar'], 'double')
    >>> M['Mar']
    np.float64(197.6)
    >>> M['Dec'] = 0.0; M.Count
    np.uint64(5)
    """
    data, opts = _options(args, kwargs)
    key_type = opts.get("KeyType")
    value_type = opts.get("ValueType")
    for name, value, allowed in (("KeyType", key_type, _KEY_TYPES),
                                 ("ValueType", value_type, _VALUE_TYPES)):
        if value is not None and (not isinstance(value, str) or value not in allowed):
            raise _error(f"{name} must be one of {', '.join(repr(a) for a in allowed)}; "
                         f"got {value!r}")
    if not data:
        return ContainersMap(key_type or "char", value_type or "any")
    if len(data) != 2:
        raise _error("give a key set and a value set (or name-value options only)",
                     CompatTypeError)
    key_set, value_set = data
    if isinstance(key_set, str):
        keys, values = [key_set], [value_set]
        inferred_key = "char"
        inferred_value = "char" if isinstance(value_set, str) else (
            class_of(value_set) if size_of(value_set) == (1, 1) and not is_cell(value_set)
            and class_of(value_set) in _VALUE_TYPES else "any")
    else:
        keys = _elements(key_set)
        values = _elements(value_set)
        if is_cell(key_set) or (isinstance(key_set, np.ndarray) and key_set.dtype == object):
            inferred_key = "char" if all(isinstance(k, str) for k in keys) else "double"
        else:
            cls = class_of(matlab_array(key_set, "keySet"))
            inferred_key = cls if cls in _KEY_TYPES else "double"
        inferred_value = _inferred_value_type(value_set, values)
    if len(keys) != len(values):
        raise _error("The number of keys and values must be the same.")
    uniform = opts.get("UniformValues")
    if uniform is not None and not bool(np.asarray(uniform).reshape(-1)[0]):
        inferred_value = "any"
    M = ContainersMap(key_type or inferred_key, value_type or inferred_value)
    for k, v in zip(keys, values):
        M[k] = v
    return M


#: the spelling with MATLAB's capital M
containers_Map = containers_map  # noqa: N816
