"""IDL ``SMOOTH``: boxcar average of an array, with IDL's edge and NaN rules."""

from __future__ import annotations

import numpy as np

from compat._core.boundary import idl_edge_mode, interior_slices
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array
from compat._core.windows import box_mean
from compat._core.legacy import idl_routine

__all__ = ["smooth"]

_MAX_RANK = 8  # IDL arrays have at most 8 dimensions


def _widths(width, shape) -> list[int]:
    """One odd width per numpy axis, from IDL's scalar or per-IDL-dimension Width."""
    ndim = len(shape)
    if isinstance(width, (str, bytes)):
        raise CompatTypeError("Width must be a number or a vector of numbers, "
                        f"not {type(width).__name__}")
    w = np.asarray(width)
    if w.dtype.kind not in "biuf":
        raise CompatTypeError("Width must be a number or a vector of numbers, "
                        f"not an array of dtype {w.dtype}")
    if w.dtype.kind == "f" and not np.all(np.isfinite(w)):
        raise CompatValueError(f"Width must be finite, got {width!r}")
    w = np.trunc(w).astype(np.int64)  # IDL converts Width to LONG (truncation)
    if w.ndim == 0:
        # scalar: applied to every dimension longer than 1 (IDL reference: "dimensions
        # of length 1 are skipped")
        idl_widths = [int(w) if n > 1 else 1 for n in reversed(shape)]
        scalar = True
    else:
        w = w.ravel()
        if w.size != ndim:
            raise CompatValueError("Number of Array dimensions does not match number of "
                            f"Widths: the array has {ndim} dimensions, Width has "
                            f"{w.size} elements")
        idl_widths = [int(v) for v in w]
        scalar = False
    out = []
    for k, (wk, n) in enumerate(zip(idl_widths, reversed(shape))):
        if wk < 0:
            raise CompatValueError("Width must be nonnegative and smaller than array "
                            f"dimensions (Width {wk} is negative)")
        if wk % 2 == 0:
            wk += 1  # IDL reference: an even width w is used as w + 1 (0 -> 1)
        if wk > n:
            which = "" if scalar and ndim == 1 else f" for dimension {k + 1}"
            raise CompatValueError("Width must be nonnegative and smaller than array "
                            f"dimensions (Width {wk}{which} exceeds its length {n})")
        out.append(wk)
    return out[::-1]  # IDL dimension k is numpy axis ndim-1-k


def _check_array(array) -> np.ndarray:
    return idl_array("smooth", array, "Array", scalar_ok=False)


def _smooth_real(a: np.ndarray, widths, mode: str, nan: bool, missing,
                 out_dtype=np.float64) -> np.ndarray:
    """SMOOTH of a real array; returns ``out_dtype`` of a's shape.

    The means are computed in float64 and rounded once to ``out_dtype`` (for a float
    ``a`` of that dtype the copied edge points are ``a``'s own values).
    """
    out_dtype = np.dtype(out_dtype)
    empty = np.nan if missing is None else missing
    if mode == "copy":
        half = [w // 2 for w in widths]
        out = a.astype(out_dtype, copy=True)
        region = interior_slices(a.shape, half)
        out[region] = box_mean(a, widths, mode="valid", omit_nonfinite=nan, empty=empty)
        return out
    return box_mean(a, widths, mode=mode, cval=0.0, omit_nonfinite=nan,
                    empty=empty).astype(out_dtype, copy=False)


@idl_routine("SMOOTH")
def smooth(array, width, *, edge_mirror=False, edge_truncate=False, edge_wrap=False,
           edge_zero=False, missing=None, nan=False):
    """Boxcar average of an array, as IDL's ``SMOOTH`` computes it.

    IDL call forms::

        Result = SMOOTH(Array, Width)
        Result = SMOOTH(Array, Width, /EDGE_TRUNCATE)        ; or /EDGE_MIRROR, /EDGE_WRAP,
                                                            ;    /EDGE_ZERO
        Result = SMOOTH(Array, Width, /NAN [, MISSING=value])
        Result = SMOOTH(Array, [Width1, Width2, ...])       ; one width per dimension

    Python::

        compat.idl.smooth(array, width, *, edge_mirror=False, edge_truncate=False,
                          edge_wrap=False, edge_zero=False, missing=None, nan=False)

    Each output point is the mean of the N-dimensional box of ``width`` points per
    dimension centred on it.

    Parameters
    ----------
    array : array_like, 1 to 8 dimensions
        Numeric data in ``scipy.io.readsav`` layout (numpy shape = IDL dimensions
        reversed). uint8 (BYTE), int16 (INT), uint16 (UINT), int32 (LONG), uint32 (ULONG),
        int64 (LONG64), uint64 (ULONG64), float32 (FLOAT), float64 (DOUBLE), complex64
        (COMPLEX) and complex128 (DCOMPLEX) are accepted (int8 is treated like the other
        integer types). The caller's array is never modified.
    width : int or sequence of int
        A scalar applies to every dimension of length greater than 1 (length-1 dimensions
        are skipped). A sequence gives one width per *IDL* dimension, so ``width[0]``
        applies to numpy's **last** axis. An even width ``w`` is used as ``w + 1``; 0 and
        1 mean no smoothing along that dimension. Non-integer widths are truncated (IDL
        converts Width to LONG).
    edge_mirror, edge_truncate, edge_wrap, edge_zero : bool
        Smooth every point, extending the array beyond its edges by mirroring
        (``c b a | a b c``, the edge value repeated), repeating the edge value, wrapping
        around, or with zeros. At most one may be set. Without any of them (IDL's
        default) every point within ``width//2`` of *any* edge is copied unchanged from
        the input and only the interior is smoothed.
    nan : bool
        IDL's ``/NAN``: NaN and +-Inf are missing data; each output is the mean of the
        finite values in its whole N-D box. Ignored for integer types (they have no NaN).
    missing : scalar, optional
        IDL's ``MISSING=``: with ``nan=True``, the value returned for points whose box
        holds no finite value (default NaN). Ignored without ``nan=True``, as in IDL.

    Returns
    -------
    ndarray
        Same shape and dtype as ``array``: float32 in -> float32 out, float64 -> float64,
        complex -> complex (real and imaginary parts smoothed independently). Integer
        and byte input gives the same integer type, each mean truncated toward zero
        (IDL: "The result has the same type and dimensions as Array"; truncation is what
        GDL 1.0.1 returns, e.g. ``smooth(fix([-1,-2,-2,-5,7,-9]),3)`` ->
        ``-1 -1 -3 0 -2 -9`` and ``smooth(byte([0,10,20,255,255,3,1]),3)`` ->
        ``0 10 95 176 171 86 1``, and IDL's own float-to-integer conversion truncates;
        not yet confirmed on real IDL).

    Raises
    ------
    ValueError
        ``"SMOOTH: ..."`` for a scalar or empty array, more than 8 dimensions, a width
        vector whose length differs from the number of dimensions, a negative width, a
        width larger than its dimension (IDL/GDL message "Width must be nonnegative and
        smaller than array dimensions"), or more than one ``edge_*`` keyword.
    TypeError
        ``"SMOOTH: ..."`` for strings, booleans, objects and dtypes with no IDL type.

    Notes
    -----
    Behaviours and their sources:

    * Even width -> width + 1; scalar width skips length-1 dimensions; 0 or 1 means no
      smoothing; default edges copied; /EDGE_TRUNCATE uses the nearest edge point:
      IDL Reference Guide, SMOOTH (IDL 5.1 to 8.x).
    * With /NAN and width 0 or 1 NaN values are still "treated as missing data and ...
      replaced" (IDL Reference Guide, SMOOTH, Width): a box of one NaN point holds no
      finite value, so it becomes ``missing`` (NaN by default; an Inf becomes NaN).
      GDL 1.0.1 returns the input unchanged instead.
    * /NAN treats NaN *and* Infinity as missing; MISSING is "the value to return for
      elements that contain no valid points within the kernel" (IDL Reference Guide).
      With default edges the copied edge points are returned as they are (a NaN there
      stays NaN), as in the real-IDL output of user story 1; GDL 1.0.1 puts MISSING
      there too (unconfirmed which one real IDL does).
    * /EDGE_ZERO with /NAN: the zeros outside the array are finite values and count in
      the mean.
    * Without /NAN, a NaN or Inf affects only the boxes that contain it (IEEE mean of
      the box). GDL 1.0.1 instead propagates a NaN to every later point of the line.
    * Arithmetic: IDL computes running totals of differences ("Beware the behavior of
      SMOOTH", M. Piper, 2013); compat does the same in float64 (see
      :mod:`compat._core.windows`), which reproduces that article's real-IDL float64
      outputs exactly, cancellation artefacts included. float32 data is summed in float64,
      so float32 results are the correctly rounded box mean (within 1 float32 ulp);
      IDL 5.x summed float32 in float32 and could return e.g. -6.6e-9 for a mean of
      non-negative numbers (W. Landsman, comp.lang.idl-pvwave, 1999): compat does not
      reproduce such float32 round-off.

    Differences from ``scipy.ndimage.uniform_filter``:

    * scipy has no "leave the edges unchanged" mode (IDL's default); compat copies every
      point within ``width//2`` of any edge.
    * scipy centres an even-sized window off-centre; IDL uses ``width + 1``.
    * scipy's ``mode="reflect"`` is IDL's /EDGE_MIRROR, ``"nearest"`` /EDGE_TRUNCATE,
      ``"wrap"`` /EDGE_WRAP, ``"constant"`` (cval=0) /EDGE_ZERO.
    * scipy propagates NaN through its running sum (and has no /NAN or MISSING); it
      returns integer results for integer input by rounding in its own way; it accepts a
      per-axis size in numpy order, where IDL's width vector is in IDL order.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import smooth
    >>> smooth(np.arange(7, dtype=np.float32), 3)
    array([0., 1., 2., 3., 4., 5., 6.], dtype=float32)
    >>> smooth(np.array([1., 2., 4., 8., 16.]), 3, edge_truncate=True)
    array([ 1.33333333,  2.33333333,  4.66666667,  9.33333333, 13.33333333])
    >>> b = np.array([[0.97599638, 0.93114936, 0.87070072, 0.5379253],
    ...               [0.34873217, np.nan, 0.40985891, 0.22407863],
    ...               [np.nan, np.nan, np.nan, 0.67532134],
    ...               [np.nan, np.nan, 0.85441768, np.nan]], dtype=np.float32)
    >>> print(smooth(b, 2, nan=True))    # real IDL prints the same digits
    [[0.9759964  0.93114936 0.8707007  0.5379253 ]
     [0.34873217 0.7072875  0.60817236 0.22407863]
     [       nan 0.5376696  0.5409191  0.67532134]
     [       nan        nan 0.8544177         nan]]
    >>> smooth(np.array([0, 10, 20, 255, 255], dtype=np.uint8), 3)
    array([  0,  10,  95, 176, 255], dtype=uint8)
    """
    a = _check_array(array)
    widths = _widths(width, a.shape)
    mode = idl_edge_mode("smooth", edge_mirror=edge_mirror, edge_truncate=edge_truncate,
                         edge_wrap=edge_wrap, edge_zero=edge_zero, default="copy")
    kind = a.dtype.kind
    if missing is not None:
        m = np.asarray(missing)
        if m.ndim != 0 or m.dtype.kind not in "biufc":
            raise CompatTypeError("MISSING must be a numeric scalar")

    if kind in "iu":
        if all(w == 1 for w in widths):
            return a.copy()
        mean = _smooth_real(a, widths, mode, False, None)
        return np.trunc(mean).astype(a.dtype)

    if kind == "c":
        mc = None if missing is None else complex(missing)
        real = smooth(a.real, width, edge_mirror=edge_mirror, edge_truncate=edge_truncate,
                      edge_wrap=edge_wrap, edge_zero=edge_zero,
                      missing=None if mc is None else mc.real, nan=nan)
        imag = smooth(a.imag, width, edge_mirror=edge_mirror, edge_truncate=edge_truncate,
                      edge_wrap=edge_wrap, edge_zero=edge_zero,
                      missing=None if mc is None else mc.imag, nan=nan)
        out = np.empty(a.shape, a.dtype)
        out.real = real
        out.imag = imag
        return out

    if missing is not None:
        missing = float(np.real(missing))
    if all(w == 1 for w in widths) and not nan:
        return a.copy()
    return _smooth_real(a, widths, mode, bool(nan), missing, out_dtype=a.dtype)
