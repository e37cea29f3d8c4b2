"""The one input-normalisation point: data as real files deliver it, made native.

Every public compat routine receives its arguments through :func:`normalise_arguments`
(called by the :func:`compat._core.legacy.routine` decorator), so no routine sees

* a non-native byte order: ``scipy.io.readsav`` and ``astropy.io.fits`` hand over
  big-endian arrays (``>f4``, ``>i2``, ``>f8``, structured records with big-endian
  fields). They are converted to the same dtype in native order (a copy; the values
  and the dtype class are unchanged, so a ``>f4`` input is FLOAT/single like a native
  ``float32``, and every result is native-endian);
* an ``ndarray`` subclass that would leak into results: ``numpy.memmap`` (and
  ``numpy.matrix``) become plain ``ndarray`` views of the same memory, not copies;
  ``numpy.recarray`` (what ``readsav`` gives for structures) is kept;
* byte strings: ``bytes``, ``numpy.bytes_`` and ``S`` arrays become ``str`` / numpy
  ``U`` arrays, decoded as Latin-1 (every byte is one character, as in IDL and MATLAB
  char data). For IDL routines an object array whose elements are all ``bytes``/``str``
  (``readsav`` gives string arrays so) becomes a ``U`` array; for MATLAB routines an
  object array is a cell array (what ``loadmat`` gives) and stays one, its ``bytes``
  elements decoded;
* a masked array (``numpy.ma``, what astropy tables give for columns with missing
  values) whose mask the routine would silently ignore: a ``TypeError`` says how to
  proceed, unless the routine documents that it honours the mask;
* a ``dask.array.Array``: a routine that works on dask arrays (its decorator names its
  dask form, see :mod:`compat._core.lazy`) receives it lazily, its blocks made native
  the same way; every other routine receives it computed, as a numpy array. dask is
  never imported here: a dask array can only exist once the caller has imported
  ``dask.array``, so the test looks in ``sys.modules``.

Fortran-order, strided and unaligned arrays are copied to C order: some results
(BLAS/LAPACK products inside fits, pairwise sums) depend on the memory layout, and a
legacy routine gives one answer for one set of values. Read-only arrays and memory maps
in C order are passed through as views: compat never writes into an input (tested for
every public routine). Containers (lists, tuples, dicts such as MATLAB structs, object
arrays such as cells and IDL structure fields) are walked, and rebuilt only when
something inside them changed.
"""

from __future__ import annotations

import sys

import numpy as np

__all__ = ["normalise", "normalise_arguments", "MaskedInputError", "is_dask_array",
           "any_dask_array"]

# types that never need normalising (checked with ``type(x) in _PLAIN``: the fast path)
_PLAIN = frozenset({int, float, complex, bool, str, type(None), slice, type(Ellipsis),
                    np.float64, np.float32, np.int64, np.int32, np.int16, np.uint8,
                    np.bool_, np.complex128, np.complex64, np.uint16, np.uint32,
                    np.uint64, np.str_})


class MaskedInputError(TypeError):
    """A masked array was passed to a routine that would ignore its mask."""


def is_dask_array(value) -> bool:
    """True for a ``dask.array.Array`` (without importing dask: one can only exist once
    ``dask.array`` is imported)."""
    module = sys.modules.get("dask.array")
    return module is not None and isinstance(value, module.Array)


def any_dask_array(args: tuple, kwargs: dict) -> bool:
    """Whether any positional or keyword argument is a dask array (cheap when dask is
    not loaded)."""
    module = sys.modules.get("dask.array")
    if module is None:
        return False
    array = module.Array
    return any(isinstance(a, array) for a in args) or \
        any(isinstance(v, array) for v in kwargs.values())


def _normalise_dask(value, masked_hint, object_text, keep_dask):
    """A dask array: lazily native (blocks converted on the fly) for a routine that
    works on dask arrays, else computed and normalised as a numpy array."""
    if not keep_dask:
        return normalise(np.asanyarray(value.compute()), masked_hint, object_text)
    meta = getattr(value, "_meta", None)
    if isinstance(meta, np.ma.MaskedArray) and masked_hint is not None:
        raise MaskedInputError(masked_hint)
    dtype = value.dtype
    if dtype.kind == "S":
        return value.map_blocks(np.char.decode, "latin-1",
                                dtype=np.dtype(f"U{dtype.itemsize}"))
    if not _is_native(dtype):
        return value.astype(_native_dtype(dtype))
    return value


def _decode(value: bytes) -> str:
    return value.decode("latin-1")


def _native_dtype(dtype: np.dtype) -> np.dtype:
    """``dtype`` in native byte order, fields and sub-arrays of fields included."""
    if dtype.subdtype is not None:
        base, shape = dtype.subdtype
        return np.dtype((_native_dtype(base), shape))
    if dtype.names is None:
        return dtype.newbyteorder("=")
    # field titles kept: readsav names a structure's tags upper case with lower-case
    # titles, so s.info.obs and s.info['obs'] work as well as s.info.OBS
    return np.dtype([(name if len(dtype.fields[name]) < 3 else (dtype.fields[name][2], name),
                      _native_dtype(dtype.fields[name][0])) for name in dtype.names])


def _is_native(dtype: np.dtype) -> bool:
    """numpy's ``isnative`` misses big-endian sub-array fields (``('>f4', (3,))``)."""
    if dtype.subdtype is not None:
        return _is_native(dtype.subdtype[0])
    if dtype.names is None:
        return dtype.isnative
    return all(_is_native(dtype.fields[name][0]) for name in dtype.names)


def _text_array(a: np.ndarray) -> np.ndarray | None:
    """An object array of bytes/str as a ``U`` array, or None if it holds anything else."""
    flat = a.ravel()
    if flat.size == 0:
        return None
    items = []
    for item in flat:
        if isinstance(item, (bytes, np.bytes_)):
            items.append(_decode(bytes(item)))
        elif isinstance(item, str):
            items.append(str(item))
        else:
            return None
    return np.array(items, dtype=str).reshape(a.shape)


def _normalise_array(a: np.ndarray, masked_hint, object_text):
    if isinstance(a, np.ma.MaskedArray):
        if masked_hint is None:  # the routine honours masks
            return a
        raise MaskedInputError(masked_hint)
    if type(a) is not np.ndarray and not isinstance(a, np.recarray):
        a = np.asarray(a)  # memmap, matrix ...: a plain view of the same memory
    dtype = a.dtype
    kind = dtype.kind
    if kind == "S":
        return np.char.decode(a, "latin-1")
    if kind == "O":
        text = _text_array(a) if object_text else None
        if text is not None:
            return text
        changed = False
        out = np.empty(a.shape, dtype=object)
        flat_in, flat_out = a.ravel(), out.ravel()  # out is fresh: ravel is a view
        for i, item in enumerate(flat_in):
            new = normalise(item, masked_hint, object_text)
            changed = changed or new is not item
            flat_out[i] = new
        return out if changed else a
    if not _is_native(dtype):
        a = a.astype(_native_dtype(dtype), order="C")
    elif not (a.flags.c_contiguous and a.flags.aligned):
        a = np.ascontiguousarray(a)
    if a.dtype.names is not None:
        objects = [n for n in a.dtype.names if a.dtype.fields[n][0].kind == "O"]
        if objects:  # structure fields holding arrays or byte strings (readsav)
            out = None
            for name in objects:
                column = a[name]
                for index in np.ndindex(column.shape):
                    item = column[index]
                    new = normalise(item, masked_hint, object_text)
                    if new is not item:
                        if out is None:
                            out = a.copy()
                        out[name][index] = new
            return a if out is None else out
    return a


def normalise(value, masked_hint: str | None = "masked arrays are not accepted",
              object_text: bool = True, keep_dask: bool = False):
    """``value`` as compat routines take it (see the module docstring).

    Parameters
    ----------
    value
        Any argument of a public routine.
    masked_hint : str or None
        The ``TypeError`` message for a masked array; ``None`` lets masked arrays
        through (for routines that honour the mask).
    object_text : bool
        Turn object arrays of ``bytes``/``str`` into ``U`` arrays (IDL's string arrays
        from ``readsav``); False keeps object arrays as cells (MATLAB).
    keep_dask : bool
        Pass a dask array on lazily (made native block by block) instead of computing
        it: for routines that work on dask arrays.

    Returns
    -------
    The same object when nothing needs changing (the fast path), else a new native one.

    Examples
    --------
    >>> import numpy as np
    >>> a = np.arange(3, dtype=">f4")
    >>> normalise(a).dtype.str == np.dtype(np.float32).str
    True
    >>> normalise(b"caf\\xe9")
    'café'
    """
    t = type(value)
    if t in _PLAIN:
        return value
    if t is np.ndarray:
        kind = value.dtype.kind
        flags = value.flags
        if value.dtype.isnative and kind not in "SOV" and flags.c_contiguous and \
                flags.aligned:
            return value
        return _normalise_array(value, masked_hint, object_text)
    if isinstance(value, np.ndarray):
        return _normalise_array(value, masked_hint, object_text)
    if isinstance(value, (bytes, np.bytes_)):
        return _decode(bytes(value))
    if is_dask_array(value):
        return _normalise_dask(value, masked_hint, object_text, keep_dask)
    if isinstance(value, np.generic):
        if not _is_native(value.dtype):
            return value.astype(_native_dtype(value.dtype))
        return value
    if t is list or t is tuple:
        new = [normalise(item, masked_hint, object_text, keep_dask) for item in value]
        if all(n is o for n, o in zip(new, value)):
            return value
        return t(new)
    if isinstance(value, dict):
        new = {k: normalise(v, masked_hint, object_text, keep_dask)
               for k, v in value.items()}
        if all(new[k] is v for k, v in value.items()):
            return value
        out = value.copy()  # keeps the dict subclass (MatlabStruct)
        out.update(new)
        return out
    return value


def _ready(value) -> bool:
    """True when ``value`` needs no normalising (the common case, checked cheaply)."""
    t = type(value)
    if t in _PLAIN:
        return True
    if t is np.ndarray:
        flags = value.flags
        return value.dtype.isnative and value.dtype.kind not in "SOV" and \
            flags.c_contiguous and flags.aligned
    return False


def normalise_arguments(args: tuple, kwargs: dict, masked_hint: str | None,
                        object_text: bool, keep_dask: bool = False):
    """:func:`normalise` every positional and keyword argument (fast when all are ready)."""
    for a in args:
        if not _ready(a):
            args = tuple(normalise(a, masked_hint, object_text, keep_dask) for a in args)
            break
    if kwargs:
        for v in kwargs.values():
            if not _ready(v):
                kwargs = {k: normalise(v, masked_hint, object_text, keep_dask)
                          for k, v in kwargs.items()}
                break
    return args, kwargs
