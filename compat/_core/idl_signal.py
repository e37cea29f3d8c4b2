"""The core of IDL's signal-processing library routines (HANNING, DIGITAL_FILTER,
SAVGOL, BUTTERWORTH, LEEFILT): Python-shaped functions on numbers and dtypes, no legacy grammar.

Each function reproduces the arithmetic of IDL's library routine step by step,
including where IDL computes in single precision (the FINDGEN ramps), because those
roundings are visible in IDL's results. Sources (facts only, no code copied): the IDL
Reference Guide pages of HANNING, DIGITAL_FILTER and SAVGOL and the procedures their
library files describe (hanning.pro: ``alpha + (alpha - 1) cos(2 pi i / N)``, dividing
by N since IDL 5.5; digital_filter.pro: Walraven's Kaiser-Bessel design, 1984;
savgol.pro: the normal equations of Numerical Recipes in C, 2nd ed., sec. 14.8;
butterworth.pro, IDL 8.0: a FLOAT distance array from the centre n/2 of FLOAT sizes,
rolled by ceil(n/2);
leefilt.pro: Lee 1986, eqs. 19, 21, 22, over SMOOTH /EDGE_TRUNCATE).
"""

from __future__ import annotations

import numpy as np
from scipy import special

from compat._core.errors import CompatValueError

__all__ = ["hanning_window", "kaiser_bessel_fir", "kaiser_alpha", "savgol_coefficients",
           "butterworth_kernel", "lee_filter"]

_F32 = np.float32


def _cos32(x: np.ndarray) -> np.ndarray:
    """COS of a FLOAT array: the double cosine rounded once to FLOAT."""
    return np.cos(x.astype(np.float64)).astype(_F32)


def _one_axis(n, alpha, double: bool) -> np.ndarray:
    """One axis of IDL's generalised Hamming window: ``(alpha-1) cos(i a) + alpha``
    (``a = 2 pi / n``; FINDGEN/DINDGEN(n) truncate a fractional ``n``)."""
    count = int(n)
    if double:
        a = 2 * np.pi / float(n)
        index = np.arange(count, dtype=np.float64)
        al = np.float64(alpha)
        return (al - 1.0) * np.cos(index * a) + al
    a = _F32(_F32(2) * _F32(np.pi)) / _F32(n)          # 2 * !PI / FLOAT(N1), in FLOAT
    index = np.arange(count, dtype=_F32)
    al = _F32(alpha)
    return (al - _F32(1)) * _cos32(index * a) + al


def hanning_window(n1, n2=None, *, alpha=0.5,
                   double: bool = False) -> np.ndarray:
    """IDL's HANNING window: ``alpha + (alpha - 1) cos(2 pi i / N)`` for i = 0..N-1,
    FLOAT arithmetic unless ``double``; with ``n2`` (not 1) the outer product of the
    two axes, shape ``(n2, n1)`` (IDL's ``[n1, n2]`` in readsav layout).

    >>> hanning_window(4)
    array([0. , 0.5, 1. , 0.5], dtype=float32)
    """
    if int(n1) < 1 or (n2 is not None and int(n2) < 1):
        raise CompatValueError("Array dimensions must be greater than 0.")
    row = _one_axis(n1, alpha, double)
    if n2 is None or n2 == 1:
        return row
    col = _one_axis(n2, alpha, double)
    return np.outer(col, row)


def kaiser_alpha(gibbs: float) -> float:
    """The Kaiser window parameter of DIGITAL_FILTER for ripples of ``gibbs`` -dB:
    0 up to 21 dB, ``0.5842 (A-21)^0.4 + 0.07886 (A-21)`` below 50 dB and
    ``0.1102 (A-8.7)`` from 50 dB on (IDL takes the last formula *at* 50 dB, where
    ``scipy.signal.kaiser_beta`` still takes the middle one).
    """
    a = float(gibbs)
    if a <= 21.0:
        return 0.0
    if a >= 50.0:
        return 0.1102 * (a - 8.7)
    return 0.5842 * (a - 21.0) ** 0.4 + 0.07886 * (a - 21.0)


def kaiser_bessel_fir(flow, fhigh, gibbs, nterms: int, *, ramp_dtype=np.float32,
                      centre=None) -> np.ndarray:
    """The 2*nterms+1 coefficients of DIGITAL_FILTER, in double precision.

    ``h[k] = w[k] (sin(pi k fhigh) - sin(pi k flow)) / (pi k)`` for k = 1..nterms,
    mirrored, with the Kaiser weights ``w[k] = I0(alpha sqrt(1 - (k/N)^2)) / I0(alpha)``
    where ``k/N`` is computed in ``ramp_dtype`` (FLOAT in IDL, whatever the /DOUBLE
    keyword: its ramp is ``(FINDGEN(N)+1.)/N``); the middle term is
    ``fhigh - flow (+1 for a band stop, fhigh < flow)``, ``centre`` when the caller
    computed it in IDL's operand type.
    """
    if nterms < 1:
        raise CompatValueError("Array dimensions must be greater than 0.")
    alpha = kaiser_alpha(gibbs)
    rd = np.dtype(ramp_dtype)
    arg = (np.arange(nterms, dtype=rd) + rd.type(1)) / rd.type(nterms)
    root = np.sqrt(rd.type(1) - arg * arg)              # in the ramp's precision
    weights = special.i0(alpha * root.astype(np.float64)) / special.i0(alpha)
    t = np.arange(1, nterms + 1, dtype=np.float64) * np.pi
    side = weights * (np.sin(t * float(fhigh)) - np.sin(t * float(flow))) / t
    if centre is None:
        centre = float(fhigh) - float(flow)
    centre = float(centre) + (1.0 if float(fhigh) < float(flow) else 0.0)
    return np.concatenate([side[::-1], [centre], side])


def savgol_coefficients(nleft: int, nright: int, order: int, degree: int, *,
                        matrix_dtype=np.float64) -> np.ndarray:
    """Savitzky-Golay weights for CONVOL (correlation order: weight i multiplies the
    sample at offset ``i - nleft``), in double precision, *unnormalised* for derivatives
    (the coefficient of ``x**order`` of the local fit, i.e. the derivative divided by
    ``order!``), by IDL's method: the normal equations ``sum k^(i+j)`` solved by LU
    decomposition with partial pivoting.

    ``matrix_dtype=np.float32`` stores the normal matrix in FLOAT as IDL's savgol.pro
    does without /DOUBLE (``FLTARR``; each entry the sum of the FLOAT powers ``k^p``,
    rounded once): for high degrees and wide windows those roundings, amplified by the
    condition number of the matrix, are visible in IDL's results.
    """
    if nleft < 0 or nright < 0:
        raise CompatValueError("Nleft and Nright must both be positive.")
    if order > degree:
        raise CompatValueError("Order must be less than or equal to Degree.")
    if order < 0:
        raise CompatValueError("Order must be non-negative.")
    if degree >= nleft + nright + 1:
        raise CompatValueError("Degree must be less than filter width.")
    md = np.dtype(matrix_dtype)
    k = np.arange(-nleft, nright + 1, dtype=np.float64)
    powers = k[:, None] ** np.arange(2 * degree + 1, dtype=np.float64)[None, :]
    # IDL: sum = (ipj EQ 0) + TOTAL(cr^ipj) + TOTAL(cl^ipj), right side then left side,
    # each TOTAL and each addition rounded to the matrix's type
    right = powers[nleft + 1:].astype(md).sum(axis=0, dtype=np.float64).astype(md)
    left = powers[:nleft].astype(md).sum(axis=0, dtype=np.float64).astype(md)
    start = np.zeros(2 * degree + 1, md)
    start[0] = 1
    sums = ((start + right).astype(md) + left).astype(md)
    index = np.arange(degree + 1)
    normal = sums[index[:, None] + index[None, :]].astype(np.float64)
    rhs = np.zeros(degree + 1)
    rhs[order] = 1.0
    try:
        b = np.linalg.solve(normal, rhs)
    except np.linalg.LinAlgError:
        raise CompatValueError("Singular matrix: the filter's normal equations have no "
                               "unique solution.") from None
    return powers[:, :degree + 1] @ b


def butterworth_kernel(sizes, spacings, cutoff, order, *, origin: bool = False,
                       size_dtype=np.int16, spacing_dtypes=None,
                       cutoff_dtype=np.int16, order_dtype=np.int16) -> np.ndarray:
    """IDL's BUTTERWORTH: ``1 / sqrt(1 + (d / cutoff)^(2 order))`` over the distance
    ``d`` of each element from the point ``n/2`` along each axis, scaled by the axis
    spacings, following the arithmetic of IDL's butterworth.pro (IDL 8.0):

    * the sizes go through REAL_PART, which makes them FLOAT (DOUBLE for a DOUBLE or
      DCOMPLEX size; IDL 8.0's real_part.pro), so the centre ``n/2`` is 3.5 for 7
      elements (no integer division) and 0.5 for a dimension of 1;
    * each distance ``sqrt(((i - n/2) dx)^2 + ...)`` is computed in the type of the
      size and spacing (loop index INT) and stored in a FLTARR;
    * ``distarr / cutoff`` is FLOAT (DOUBLE for a DOUBLE cutoff), raised to ``2*order``
      (an integer power for an integer ORDER), ``1.0 / sqrt(1 + ...)`` in that type.

    Without ``origin`` the result is rolled by ``ceil(n/2)`` along each axis (IDL's
    SHIFT), which puts zero frequency at index 0 for even sizes (FFT's layout); with
    ``origin`` it stays centred. ``sizes``/``spacings`` are in IDL's order (x, y, z);
    the result has numpy shape ``(z, y, x)`` (readsav layout).
    """
    counts = [int(s) for s in sizes]
    if any(c < 1 for c in counts):
        raise CompatValueError("Array dimensions must be greater than 0.")
    sd = np.dtype(size_dtype)
    work_size = np.dtype(np.float64) if sd in (np.dtype(np.float64),
                                               np.dtype(np.complex128)) \
        else np.dtype(np.float32)
    spacing_dtypes = spacing_dtypes or [np.dtype(np.int16)] * len(sizes)
    total = None
    for axis, (s, c, h, hd) in enumerate(zip(sizes, counts, spacings, spacing_dtypes)):
        centre = work_size.type(s) / work_size.type(2)          # REAL_PART(n) / 2
        offset = np.arange(c).astype(work_size) - centre         # i - n/2 (i is INT)
        hd = np.dtype(hd)
        work = work_size if hd.kind in "biu" else np.promote_types(work_size, hd)
        step = offset.astype(work) * work.type(h)
        term = step * step
        shape = [1] * len(sizes)
        shape[len(sizes) - 1 - axis] = c
        term = term.reshape(shape)
        total = term if total is None else total + term
    dist = np.sqrt(total).astype(np.float32)                     # stored in a FLTARR
    dist = np.broadcast_to(dist, tuple(reversed(counts)))
    cd = np.dtype(cutoff_dtype)
    ratio_type = np.dtype(np.float64) if cd == np.float64 else np.dtype(np.float32)
    ratio = dist.astype(ratio_type) / ratio_type.type(cutoff)
    od = np.dtype(order_dtype)
    if od.kind in "biu":            # 2*order: an integer power, rounded once to the type
        power = (ratio.astype(np.float64) ** (2 * int(order))).astype(ratio_type)
    else:
        exp_type = np.promote_types(ratio_type, od)
        power = (ratio.astype(exp_type) ** (exp_type.type(2) * exp_type.type(order)))
    rd = power.dtype
    kernel = (rd.type(1) / np.sqrt(rd.type(1) + power)).astype(rd)
    if not origin:
        kernel = np.roll(kernel, [-(-c // 2) for c in reversed(counts)],
                         axis=tuple(range(len(counts))))
    return kernel


def lee_filter(a: np.ndarray, width: int, sigma, mean: np.ndarray, smooth, *,
               exact: bool = False) -> np.ndarray:
    """IDL's LEEFILT on ``a`` (FLOAT or DOUBLE, already converted), box ``width`` = 2N+1,
    given ``mean`` = SMOOTH(a, width, /EDGE_TRUNCATE) and ``smooth`` the same smoother.

    Lee (Optical Engineering 25(5), 1986), eqs. 19, 21, 22: ``Var_x = max((Var_z +
    mean^2) / (1 + sigma^2) - mean^2, 0)``, ``K = Var_x / (mean^2 sigma^2 + Var_x)``,
    result ``mean + K (a - mean)``. The fast form takes ``Var_z`` as the box mean of
    ``(a - mean)^2`` (each point's deviation from its *own* box mean); the exact form
    sums the squared deviations of the box from the centre's mean and divides by
    ``width - 1`` (vectors) or ``width^2 - 1`` (images), leaving 0 within ``N`` of an
    edge, as IDL's leefilt.pro does.
    """
    t = a.dtype.type
    s2 = t(sigma) * t(sigma)
    mean2 = mean * mean
    if exact:
        half = (width - 1) // 2
        var = np.zeros_like(a)
        if a.ndim == 1:
            win = np.lib.stride_tricks.sliding_window_view(a, width)
            dev = win - mean[half:a.size - half, None]
            var[half:a.size - half] = np.sum(dev * dev, axis=-1, dtype=a.dtype)
            var = var / t(width - 1)
        else:
            win = np.lib.stride_tricks.sliding_window_view(a, (width, width))
            centre = mean[half:a.shape[0] - half, half:a.shape[1] - half]
            dev = win - centre[..., None, None]
            var[half:a.shape[0] - half, half:a.shape[1] - half] = \
                np.sum(dev * dev, axis=(-2, -1), dtype=a.dtype)
            var = var / t(width * width - 1)
        var_x = np.maximum((var + mean2) / (t(1) + s2) - mean2, t(0))
        with np.errstate(invalid="ignore", divide="ignore"):
            return mean + (a - mean) * (var_x / (mean2 * s2 + var_x))
    dev = a - mean
    var_x = np.maximum((smooth(dev * dev) + mean2) / (t(1) + s2) - mean2, t(0))
    with np.errstate(invalid="ignore", divide="ignore"):
        return mean + dev * (var_x / (mean2 * s2 + var_x))
