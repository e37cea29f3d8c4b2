"""IDL ``MIN``: the smallest element, its subscript, and optionally the largest."""

from __future__ import annotations

import numpy as np

from compat._core.args import idl_dimension
from compat._core.idl_types import idl_array, index_type
from compat._core.least_squares import named_result
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["min"]


def _arg_extreme(key: np.ndarray, axis: int, smallest: bool, nan: bool) -> np.ndarray:
    """Subscript along ``axis`` of IDL's extreme of ``key`` (first one on ties).

    IDL scans left to right from the first element, replacing the current extreme
    only by a strictly smaller (larger) value. Without /NAN a NaN never replaces it
    (comparisons with NaN are false), but a NaN *first* element is never replaced: the
    result is then NaN at subscript 0. With /NAN, NaN and Infinity are skipped; an
    all-missing slice gives subscript 0 (and value NaN, see :func:`extremes`).
    """
    if key.dtype.kind != "f":
        return np.argmin(key, axis=axis) if smallest else np.argmax(key, axis=axis)
    fill = np.inf if smallest else -np.inf
    bad = ~np.isfinite(key) if nan else np.isnan(key)
    filled = np.where(bad, key.dtype.type(fill), key)
    idx = np.argmin(filled, axis=axis) if smallest else np.argmax(filled, axis=axis)
    first_bad = np.take(bad, 0, axis=axis)
    if nan:
        # all missing -> 0; otherwise argmin/argmax of the filled array is the first
        # finite extreme unless every finite value equals the fill (impossible: fill
        # is +-Inf and finite values are finite)
        return np.where(np.all(bad, axis=axis), 0, idx)
    # a NaN first element stays the extreme; if the fill value is the extreme and the
    # first element is finite, the first element equals it and argmin picked 0 already
    return np.where(first_bad, 0, idx)


def extremes(routine: str, array, dimension, nan: bool, absolute: bool, want: tuple):
    """IDL MIN/MAX on one array: ``{('min'|'max'): (values, flat subscripts)}``.

    ``want`` lists which of 'min', 'max' to compute. Values are of the input type
    (the original signed values under /ABSOLUTE); subscripts are flat IDL (= numpy C)
    order into the whole array, LONG (LONG64 for arrays of 2**31 or more elements).
    """
    a = idl_array(routine, array)
    if dimension is None or (not isinstance(dimension, bool) and
                             isinstance(dimension, (int, np.integer)) and dimension == 0):
        axis = None
        flat = a.reshape(-1)
        work_axis = 0
    else:
        axis = idl_dimension(routine, dimension, max(a.ndim, 1))
        flat = a.reshape(1) if a.ndim == 0 else a
        work_axis = axis
    if flat.dtype.kind == "c" or (absolute and flat.dtype.kind in "if"):
        key = np.abs(flat)  # IDL compares complex numbers by modulus
    else:
        key = flat
    itype = index_type(a.size)
    out = {}
    for which in want:
        sub = _arg_extreme(key, work_axis, which == "min", nan)
        value = np.take_along_axis(flat, np.expand_dims(sub, work_axis),
                                   axis=work_axis).squeeze(work_axis)
        if nan and flat.dtype.kind in "fc":
            missing = np.all(~np.isfinite(key), axis=work_axis)
            if np.any(missing):
                value = np.where(missing, flat.dtype.type(np.nan), value)
        if axis is not None and flat.ndim > 1:
            grid = list(np.indices(sub.shape, sparse=True))
            grid.insert(axis, sub)
            sub = np.ravel_multi_index(tuple(grid), flat.shape)
        sub = np.asarray(sub).astype(itype)
        value = np.asarray(value, dtype=a.dtype)
        out[which] = (value[()] if value.ndim == 0 else value,
                      sub[()] if sub.ndim == 0 else sub)
    return out

class MinResult(Result):
    """MIN's result and the output arguments and keywords requested."""

    result: object
    min_subscript: object
    max: object
    subscript_max: object


@idl_routine("MIN", output_arguments=('min_subscript',))
def min(array, *, min_subscript=False, absolute=False, dimension=None, max=False,  # noqa: A001,A002
        nan=False, subscript_max=False):
    """Minimum of an array and its subscript, as IDL's ``MIN`` returns them.

    IDL call form::

        Result = MIN(Array [, Min_Subscript] [, /ABSOLUTE] [, DIMENSION=value]
                     [, MAX=variable] [, /NAN] [, SUBSCRIPT_MAX=variable])

    Output argument and keywords are requested with ``name=True``:
    ``r = min(a, min_subscript=True, max=True)`` gives ``r.result``, ``r.min_subscript``, ``r.max``.

    Parameters
    ----------
    array : array_like
        Numeric array (readsav layout); bool is read as BYTE; complex values are
        compared by modulus.
    min_subscript : bool
        Request Min_Subscript: the flat subscript of the minimum in IDL order (= numpy
        C order: ``np.unravel_index(s, array.shape)``), the first one on ties. With
        DIMENSION, subscripts into the whole array, one per result element.
    absolute : bool
        /ABSOLUTE: compare absolute values; the result is still the original (signed)
        element. No effect on unsigned types.
    dimension : int, optional
        IDL dimension (1 = numpy's last axis) to reduce; the result has it removed.
    max : bool
        Request MAX: the maximum value (computed with the same /NAN and /ABSOLUTE).
    nan : bool
        /NAN: NaN and Infinity are missing data. An all-missing array (slice) gives NaN
        and subscript 0.
    subscript_max : bool
        Request SUBSCRIPT_MAX, the subscript of the maximum.

    Returns
    -------
    numpy scalar or ndarray (of the input type), or the named tuple.

    Notes
    -----
    IDL scans from the first element and replaces the minimum only by a strictly
    smaller value, so without /NAN a NaN in the first position is the result (with
    subscript 0) while NaNs elsewhere are passed over; IDL's reference warns that
    NaNs without /NAN give "an invalid result". compat reproduces this scan (GDL 1.0.1
    behaves the same).

    Differences from ``numpy.min``/``numpy.argmin``: numpy returns NaN whenever any
    element is NaN (``numpy.nanmin`` ignores NaN but keeps Infinity, which IDL's /NAN
    drops), its axis numbering runs the other way, ``argmin`` along an axis gives
    positions along that axis where IDL gives subscripts into the whole array, and
    there is no /ABSOLUTE returning the signed value.

    Sources: IDL Reference Guide, MIN and MAX (keywords, "NaN or Infinity are treated
    as missing data", subscripts of the first occurrence); scan order checked against
    GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import min
    >>> r = min(np.array([[3, 1, 4], [1, 5, 9]]), min_subscript=True, max=True)
    >>> int(r.result), int(r.min_subscript), int(r.max)
    (1, 1, 9)
    >>> float(min(np.array([3.0, -5.0, 2.0]), absolute=True))
    2.0
    """
    want = ("min", "max") if (max or subscript_max) else ("min",)
    res = extremes("min", array, dimension, nan, absolute, want)
    outputs = {}
    if min_subscript:
        outputs["min_subscript"] = res["min"][1]
    if max:
        outputs["max"] = res["max"][0]
    if subscript_max:
        outputs["subscript_max"] = res["max"][1]
    return named_result(MinResult, res["min"][0], outputs)
