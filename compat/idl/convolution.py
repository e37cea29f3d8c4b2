"""IDL ``CONVOL``: weighted sums of an array over a moving kernel, with IDL's edge, NaN,
scaling and integer rules."""

from __future__ import annotations

import numpy as np

from compat._core.boundary import (idl_edge_mode, interior_extent_slices, pad_extents,
                                   window_extent)
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array, idl_shape
from compat._core.windows import running_sum, weighted_window_sum
from compat._core.legacy import idl_routine

__all__ = ["convol"]

# Types IDL computes in LONG (32-bit) and clips back to their own range.
_CLIPPED = {np.dtype(np.uint8): (0, 255), np.dtype(np.int16): (-32768, 32767),
            np.dtype(np.uint16): (0, 65535)}
# Types whose /NORMALIZE bias is computed (unsigned BYTE and UINT): the type's maximum.
_NORMALIZE_BIAS_MAX = {np.dtype(np.uint8): 255, np.dtype(np.uint16): 65535}


# ------------------------------------------------------------------------ argument checks
def _convert(value: np.ndarray, dtype: np.dtype, what: str) -> np.ndarray:
    """IDL's type conversion of ``value`` to ``dtype``: real part of a complex, truncation
    toward zero of a float, wrap-around of an integer out of range."""
    v = np.asarray(value)
    dtype = np.dtype(dtype)
    if dtype.kind == "c":
        return v.astype(dtype)
    if v.dtype.kind == "c":
        v = v.real
    if dtype.kind == "f":
        return v.astype(dtype)
    if v.dtype.kind == "f":
        if not np.all(np.isfinite(v)):
            raise CompatValueError(f"{what} must be finite to convert it to the integer "
                            f"type {dtype}")
        v = np.trunc(v)
        big = np.abs(v) >= 2.0 ** 63
        if np.any(big):  # keep the low bits of huge values, as a C conversion would
            v = np.where(big, np.fmod(v, 2.0 ** 64), v)
        v = np.where(v >= 2.0 ** 63, v - 2.0 ** 64, v).astype(np.int64)
    with np.errstate(over="ignore"):
        return v.astype(np.int64 if v.dtype.kind == "i" else v.dtype).astype(dtype)


def _trunc_div(num: np.ndarray, den) -> np.ndarray:
    """Integer division truncating toward zero (C's ``/``), for integer arrays."""
    den = np.asarray(den, dtype=num.dtype)
    if num.dtype.kind == "u":
        return num // den
    q = np.abs(num) // np.abs(den)
    return np.where((num < 0) ^ (den < 0), -q, q).astype(num.dtype)


def _kernel(kernel, a: np.ndarray) -> np.ndarray:
    """The kernel reshaped to ``a.ndim`` axes, after IDL's rank and size checks."""
    k = idl_array(kernel, "Kernel", scalar_ok=False)
    adims, kdims = idl_shape(a.shape), idl_shape(k.shape)
    incompatible = (f"Incompatible dimensions for Array and Kernel (Array has IDL "
                    f"dimensions {list(reversed(adims))}, Kernel {list(reversed(kdims))}; "
                    "Kernel must be 1-D or have Array's number of dimensions, each no "
                    "longer than Array's)")
    if k.size > a.size:
        raise CompatValueError(incompatible)
    if len(kdims) == 1:
        full = (1,) * (a.ndim - 1) + kdims  # a 1-D kernel runs along IDL's first dimension
    elif len(kdims) == len(adims):
        full = (1,) * (a.ndim - len(kdims)) + kdims
    else:
        raise CompatValueError(incompatible)
    if any(m > n for m, n in zip(full, a.shape)):
        raise CompatValueError(incompatible)
    return k.reshape(full)


# --------------------------------------------------------------------------------- convol
@idl_routine("CONVOL", dask="compat.idl._lazy:convol")
def convol(array, kernel, scale_factor=None, *, bias=None, center=True, edge_constant=None,
           edge_mirror=False, edge_truncate=False, edge_wrap=False, edge_zero=False,
           invalid=None, missing=None, nan=False, normalize=False):
    """Correlate (default) or convolve an array with a kernel, as IDL's ``CONVOL`` does.

    IDL call forms::

        Result = CONVOL(Array, Kernel [, Scale_Factor] [, BIAS=value] [, CENTER=0]
                        [, /EDGE_MIRROR | /EDGE_TRUNCATE | /EDGE_WRAP | /EDGE_ZERO
                         | EDGE_CONSTANT=value] [, INVALID=value] [, MISSING=value]
                        [, /NAN] [, /NORMALIZE])

    Python::

        compat.idl.convol(array, kernel, scale_factor=None, *, bias=None, center=True,
                          edge_constant=None, edge_mirror=False, edge_truncate=False,
                          edge_wrap=False, edge_zero=False, invalid=None, missing=None,
                          nan=False, normalize=False)

    Definition (1-D; N-D is the same along every dimension; ``n`` points, ``m`` kernel
    elements, ``S`` the scale factor, ``B`` the bias; ``m/2`` is integer division)::

        CENTER=1 (default):  R[t] = sum_{i=0}^{m-1} K[i] * A[t + i - m/2] / S + B
        CENTER=0:            R[t] = sum_{i=0}^{m-1} K[i] * A[t - i]       / S + B

    So with the default ``center=True`` CONVOL is a **correlation** (the kernel is not
    flipped: ``convol(a, [0, 0, 1])`` returns ``a`` shifted left); only ``center=False``
    is a convolution in the mathematical sense (MATLAB's ``conv``/``conv2``).

    Parameters
    ----------
    array : array_like, 1 to 8 dimensions
        Numeric data in ``scipy.io.readsav`` layout (numpy shape = IDL dimensions
        reversed). BYTE (uint8), INT (int16), UINT (uint16), LONG (int32), ULONG (uint32),
        LONG64 (int64), ULONG64 (uint64), FLOAT (float32), DOUBLE (float64), COMPLEX
        (complex64), DCOMPLEX (complex128); bool is BYTE, int8 INT, float16 FLOAT (the
        IDL types holding their values); Python lists and numbers are typed as IDL types
        the same literals. Never modified.
    kernel : array_like
        Either 1-D (it then runs along IDL's first dimension = numpy's last axis, as IDL
        cannot tell ``fltarr(3)`` from ``fltarr(3, 1)``) or with the array's number of
        IDL dimensions, each no longer than the array's. A kernel may be as large as the
        array (all points are then edge points). Converted to the computation type first
        (below): a float kernel used on an integer array is **truncated** to integers.
    scale_factor : scalar, optional
        Every sum is divided by it (converted to the computation type; integer types use
        integer division truncating toward zero). Omitted or 0 means 1.
    bias : scalar, optional
        Added after the division (converted to the computation type).
    center : bool
        IDL's ``CENTER`` (default 1). False gives the true convolution above.
    edge_mirror, edge_truncate, edge_wrap, edge_zero, edge_constant
        How points beyond the edges are supplied (at most one): mirrored with the edge
        point repeated (``A[-1] = A[0]``, ``A[n] = A[n-1]``), the nearest edge point,
        wrapped around, zero, or the value ``edge_constant`` (IDL 8.6.1 keyword). These
        synthetic points are data: they are summed, count as valid points for /NAN and
        INVALID, and their kernel weights count for /NORMALIZE. Without any of them
        (IDL's default) every point whose kernel window reaches beyond an edge is set to
        **zero**: with ``center=True`` the points ``t < m//2`` and ``t > n-1-(m-1)//2``
        along each dimension, with ``center=False`` the points ``t < m-1``.
    nan : bool
        IDL's ``/NAN`` (float and complex arrays only): NaN and +-Inf are missing data.
        Their products are left out of the sum; a point whose window holds no valid
        point gets ``missing``. The sum of the remaining products is *not* rescaled
        unless ``normalize`` is set.
    invalid : scalar, optional
        IDL's ``INVALID=``: elements equal to this value (converted to the array's type)
        are missing data, as with ``nan``; works for every type.
    missing : scalar, optional
        Value for points whose window holds no valid point (used only with ``nan`` or
        ``invalid``); default NaN for float/complex arrays and 0 for integer arrays.
    normalize : bool
        IDL's ``/NORMALIZE``: ``scale_factor`` and ``bias`` are ignored; each point is
        divided by the sum of ``|K|`` over the kernel elements actually used (those not
        multiplied by missing data), so the weights of a point sum to 1 in absolute value.
        For BYTE and UINT arrays a bias ``trunc(MAX * sum|K_neg used| / sum|K used|)``
        (MAX = 255 or 65535) is added so that negative responses stay representable;
        other types get no bias. A point whose used weights sum to 0 gets ``missing``.

    Returns
    -------
    ndarray
        Same shape and dtype as ``array``. Computation types: BYTE, INT, UINT are computed in LONG (int32) arithmetic (kernel, scale and bias converted to
        LONG), divided with truncation toward zero, and **clipped** to the type's range
        (BYTE: negative -> 0, > 255 -> 255). LONG, ULONG, LONG64, ULONG64 are computed in
        their own type with C wrap-around and truncating division, no clipping. FLOAT
        and DOUBLE: float in, float out; compat sums in float64 (exact products of the
        float32-converted kernel and data, rounded once at the end), where IDL sums in
        the array's precision, so float32 results may differ from IDL's by the float32
        round-off of its running sum (a few ulp of ``sum |K A|``). COMPLEX types are
        computed in complex128.

    Raises
    ------
    ValueError
        ``"CONVOL: ..."`` for a scalar or empty array or kernel, more than 8 dimensions,
        a kernel of another rank or longer than the array ("Incompatible dimensions for
        Array and Kernel"), a non-scalar scale factor, more than one edge keyword, or a
        non-finite value to convert to an integer type.
    TypeError
        ``"CONVOL: ..."`` for strings, structures, objects and dtypes with no IDL type
        (IDL's "String expression not allowed in this context: Array.").

    Notes
    -----
    Sources: IDL Reference Guide, CONVOL (IDL 5.1 text: the two formulas above, "0
    otherwise" at the edges, byte clipping, kernel conversion to the array's type,
    Scale_Factor "divided into each resulting value"; IDL 8.x: BIAS, EDGE_MIRROR,
    EDGE_ZERO, INVALID, MISSING, NAN, NORMALIZE, and ``k <= n``). The exact edge points
    for even kernels, the mirror convention and EDGE_CONSTANT follow the expected values
    of GDL's ``testsuite/test_convol.pro`` (2022), which are consistent with this
    implementation and *not* with GDL 1.0.1's own output (see below); the integer rules
    (LONG intermediate, truncating division, clipping of INT/UINT) and the /NORMALIZE
    bias were checked against GDL 1.0.1.

    Known GDL 1.0.1 divergences (compat follows IDL): /EDGE_MIRROR mirrors the low edge
    without repeating the edge point (``A[-1] = A[1]``) but the high edge with it;
    /EDGE_ZERO with /NORMALIZE or /NAN leaves the zero padding out of the weights and
    counts (``convol([1.,2,3,4,5,6], [1.,2,1], /normalize, /edge_zero)`` gives 1.33333
    at the first point, compat 1.0 = (0*1 + 1*2 + 2*1)/4); EDGE_CONSTANT is not
    supported.

    Differences from other libraries:

    * ``scipy.ndimage.correlate(a, k, mode=...)`` is the same correlation as the default
      ``center=True`` for odd kernels (``mode='reflect'`` = /EDGE_MIRROR, ``'nearest'``
      = /EDGE_TRUNCATE, ``'wrap'`` = /EDGE_WRAP, ``'constant'`` = /EDGE_ZERO), but has no
      zeroed-edge default, no scale/bias/NORMALIZE, no NaN handling, and returns
      integer results by its own rounding without IDL's LONG intermediate or clipping.
      ``scipy.ndimage.convolve`` flips the kernel (= ``center=False`` up to the shift of
      the window).
    * ``scipy.signal.convolve``/``numpy.convolve`` and MATLAB ``conv2`` **convolve** (flip
      the kernel) and return 'full'/'same'/'valid' shapes with zero padding: for an
      asymmetric kernel ``convol(a, k)`` equals ``conv2(a, rot90(k, 2), 'same')`` only
      away from the edges (user story 7).
    * ``astropy.convolution.convolve`` also flips the kernel (true convolution), requires
      odd kernel sizes, normalises the kernel by its *sum* by default (IDL: by the sum
      of its *absolute values*, and only with /NORMALIZE), and interpolates NaNs
      (``nan_treatment='interpolate'``), which corresponds to /NAN /NORMALIZE with a
      non-negative kernel.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import convol
    >>> convol(np.arange(7, dtype=np.float32), np.array([1., 2, 1], np.float32))
    array([ 0.,  4.,  8., 12., 16., 20.,  0.], dtype=float32)
    >>> convol(np.arange(7.), np.array([1., 2, 3]), center=False)
    array([ 0.,  0.,  4., 10., 16., 22., 28.])
    >>> convol(np.array([10, 200, 30, 250, 5, 100], np.uint8), [-1, 0, 1])
    array([ 0, 20, 50,  0,  0,  0], dtype=uint8)
    >>> convol(np.array([1., np.nan, 3, 4, 5]), [1., 1, 1], nan=True, normalize=True)
    array([0. , 2. , 3.5, 4. , 0. ])
    """
    a = idl_array(array, "Array", scalar_ok=False)
    k = _kernel(kernel, a)
    mode = idl_edge_mode(edge_mirror=edge_mirror, edge_truncate=edge_truncate,
                         edge_wrap=edge_wrap, edge_zero=edge_zero,
                         edge_constant=edge_constant is not None, default="copy")
    dtype = a.dtype
    kind = dtype.kind
    clipped = dtype in _CLIPPED
    # computation ("intermediate") type of IDL: LONG for BYTE/INT/UINT, else the array's
    ctype = np.dtype(np.int32) if clipped else dtype

    def keyword(value, what, to):
        """A one-value argument converted to the type ``to`` as IDL converts it."""
        return _convert(idl_array(value, what, scalar=True), to, what)

    kc = _convert(k, ctype, "Kernel")
    scale = None if scale_factor is None else keyword(scale_factor, "Scale_Factor", ctype)
    if scale is None or scale == 0:
        scale = np.ones((), ctype)
    b = np.zeros((), ctype) if bias is None else keyword(bias, "BIAS", ctype)
    cval = 0
    if edge_constant is not None:
        cval = keyword(edge_constant, "EDGE_CONSTANT", dtype)
    do_nan = bool(nan) and kind in "fc"
    do_invalid = invalid is not None
    if do_invalid:
        invalid_value = keyword(invalid, "INVALID", dtype)
    if missing is not None:
        missing_value = keyword(missing, "MISSING", dtype)
    elif kind in "fc":
        missing_value = np.array(np.nan + (0j if kind == "c" else 0), dtype=dtype)
    else:
        missing_value = np.zeros((), dtype)

    # accumulator: exact modular integers, float64 / complex128 for floating types
    if kind in "iu":
        acc = np.dtype(np.uint64) if dtype.itemsize == 8 else np.dtype(np.int64)
    else:
        acc = np.dtype(np.complex128) if kind == "c" else np.dtype(np.float64)

    # the window of each point and the weights in window order (flipped for CENTER=0)
    extents = [window_extent(m, centered=bool(center)) for m in k.shape]
    weights = kc if center else kc[(slice(None, None, -1),) * kc.ndim]

    masked = do_nan or do_invalid
    if masked:
        valid = np.ones(a.shape, bool)
        if do_nan:
            valid &= np.isfinite(a.real) & np.isfinite(a.imag) if kind == "c" \
                else np.isfinite(a)
        if do_invalid:
            valid &= a != invalid_value
        data = np.where(valid, a, np.zeros((), dtype))
        cval_valid = True
        if mode == "constant":
            c = np.asarray(cval, dtype)
            if do_nan and not np.all(np.isfinite(np.asarray([c.real, c.imag]))):
                cval_valid = False
            if do_invalid and c == invalid_value:
                cval_valid = False
            if not cval_valid:
                cval = 0
    else:
        data = a

    if mode == "copy":
        region = interior_extent_slices(a.shape, extents)

        def windowed(x, fill=None):
            return x
    else:
        region = (slice(None),) * a.ndim

        def windowed(x, fill=cval):
            return pad_extents(x, extents, mode=mode, cval=fill)

    out = np.zeros(a.shape, dtype)  # default edges stay zero

    p = windowed(data)
    total = weighted_window_sum(p, weights, dtype=acc)
    if masked or normalize:
        pv = (windowed(valid, fill=cval_valid) if masked
              else np.ones(p.shape, bool))
    count = None
    if masked:
        # counts of valid points: sums of 0/1, exact in float64
        # (exact integers either way; summed as int32 running sums, no float copy of pv)
        count = pv
        for ax in range(pv.ndim - 1, -1, -1):
            count = running_sum(count, weights.shape[ax], ax, dtype=np.int32)

    if normalize:
        absw = np.abs(weights)
        if kind in "iu":
            absw = absw.astype(np.int64) if acc == np.int64 else absw.astype(np.uint64)
            s_dtype = acc
        else:
            absw = absw.real.astype(np.float64)
            s_dtype = np.dtype(np.float64)
        # float64 sums read the 0/1 mask directly (exact), without a float64 copy
        pscale = weighted_window_sum(pv if s_dtype == np.float64 else pv.astype(s_dtype),
                                     absw, dtype=s_dtype)
        if dtype in _NORMALIZE_BIAS_MAX:
            negw = np.where(weights < 0, -weights.astype(np.int64), 0)
            neg = weighted_window_sum(pv.astype(np.int64), negw, dtype=np.int64)
            top = _NORMALIZE_BIAS_MAX[dtype]
            with np.errstate(divide="ignore", invalid="ignore"):
                pbias = np.where(pscale != 0, neg * top // np.where(pscale != 0, pscale, 1),
                                 0)
            pbias = np.clip(pbias, 0, top)
        else:
            pbias = 0
        zero_scale = pscale == 0
        den = np.where(zero_scale, 1, pscale)
    else:
        zero_scale = None
        den = scale
        pbias = b

    if kind in "iu":
        if clipped:
            s = total.astype(np.int32)  # LONG accumulator: wrap-around
            den32 = np.asarray(den).astype(np.int64).astype(np.int32)
            r = _trunc_div(s, den32).astype(np.int64) + np.asarray(pbias, np.int64)
            r = r.astype(np.int32).astype(np.int64)
        else:
            s = total.astype(dtype)  # modular wrap to the array's type
            with np.errstate(over="ignore"):
                r = _trunc_div(s, np.asarray(den).astype(dtype)) + np.asarray(pbias).astype(
                    dtype)
        if zero_scale is not None:
            r = np.where(zero_scale, np.asarray(missing_value).astype(r.dtype), r)
        if count is not None:
            r = np.where(count == 0, np.asarray(missing_value).astype(r.dtype), r)
        if clipped:
            lo, hi = _CLIPPED[dtype]
            r = np.clip(r, lo, hi)
        out[region] = r.astype(dtype)
        return out

    # in place on the (freshly computed) sums: the same two operations, no temporaries
    r = total
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        den_acc = np.asarray(den, acc)
        # real x / 1.0 is x exactly (complex division by 1+0j is not: Inf*0 terms)
        if not (acc.kind == "f" and den_acc.ndim == 0 and den_acc == 1):
            np.divide(r, den_acc, out=r)
        np.add(r, np.asarray(pbias, acc), out=r)
    if zero_scale is not None:
        r[zero_scale] = np.asarray(missing_value, acc)
    if count is not None:
        r[count == 0] = np.asarray(missing_value, acc)
    out[region] = r  # rounded to dtype as astype(dtype) would
    return out
