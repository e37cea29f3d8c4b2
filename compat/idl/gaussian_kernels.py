"""IDL's ``GAUSSIAN_FUNCTION``: a sampled Gaussian kernel of one to eight dimensions, over
:mod:`compat._core.gaussian_kernels`.

The kernel is returned in readsav layout: IDL's first dimension (``Sigma[0]``,
``WIDTH[0]``) is numpy's last axis, so a 2-D ``GAUSSIAN_FUNCTION([sx, sy], WIDTH=[nx,
ny])`` has numpy shape ``(ny, nx)``.
"""

from __future__ import annotations

import numpy as np

from compat._core import gaussian_kernels as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["gaussian_function"]

# IDL's FIX() of a width: an INT, so larger widths are refused here (compat's own check)
_MAX_WIDTH = 32767


def _sigmas(sigma, dtype) -> np.ndarray:
    if sigma is None:
        return np.array([1.0], dtype)
    s = idl_array(sigma, "Sigma", complex_ok=False).reshape(-1).astype(np.float64)
    if s.size > core.MAX_DIMENSIONS:
        raise CompatValueError("Sigma can have no more than 8 elements")
    if not np.isfinite(s).all():
        raise CompatValueError("Sigma must be finite")
    return np.maximum(s, core.MIN_SIGMA).astype(dtype)


def _widths(width, sigma: np.ndarray) -> np.ndarray:
    if width is None:
        return core.default_widths(sigma)
    w = idl_array(width, "WIDTH", complex_ok=False).reshape(-1)
    if w.dtype.kind == "f":
        if not np.isfinite(w).all():
            raise CompatValueError("WIDTH must be finite")
        w = np.trunc(w)
    w = np.maximum(w.astype(np.float64), 1)
    if np.any(w > _MAX_WIDTH):
        raise CompatValueError(f"WIDTH must not exceed {_MAX_WIDTH} (IDL's FIX of it)")
    w = w.astype(np.int64)
    if w.size == 1 and sigma.size > 1:
        w = np.repeat(w, sigma.size)
    if w.size != sigma.size:
        raise CompatValueError("Incorrect width specification")
    return w


@idl_routine("GAUSSIAN_FUNCTION")
def gaussian_function(sigma=None, *, double=False, maximum=None, normalize=False,
                      width=None):
    """A sampled Gaussian kernel (for convolution), as IDL's ``GAUSSIAN_FUNCTION``.

    IDL call form: ``Result = GAUSSIAN_FUNCTION(Sigma [, /DOUBLE] [, MAXIMUM=value]
    [, /NORMALIZE] [, WIDTH=value])``.

    Element ``k`` along a dimension of width ``w`` sits at ``x = k - w/2`` (integer
    division) for odd ``w`` and ``x = k - w/2 + 0.5`` for even ``w``, so the kernel is
    symmetric and its centre is the middle element (odd) or lies between the two middle
    elements (even); the value is ``exp(-sum(x_d^2 / (2 sigma_d^2)))`` over the
    dimensions, times MAXIMUM, or divided by the total for /NORMALIZE, else with peak 1.

    Parameters
    ----------
    sigma : float or array_like, optional
        The standard deviation for each dimension (1 to 8 elements; the number of
        dimensions of the result). Values below 1e-5 are raised to 1e-5. Omitted: 1.0.
    double : bool
        /DOUBLE: compute and return DOUBLE (else FLOAT, whatever the input types).
    maximum : float, optional
        MAXIMUM: the peak value (the value at the centre). 0 counts as not set, as IDL's
        KEYWORD_SET; when set, /NORMALIZE is ignored.
    normalize : bool
        /NORMALIZE: scale the kernel so that its elements sum to 1.
    width : int or array_like, optional
        WIDTH: the number of elements per dimension (a scalar applies to all; values are
        truncated to integers, at least 1). Default: ``2 * (ceil(3 sigma) | 1) + 1``, the
        odd width covering about three standard deviations on each side.

    Returns
    -------
    numpy.ndarray
        float32 (float64 with /DOUBLE), numpy shape = IDL's dimensions reversed.

    Raises
    ------
    ValueError
        ``"GAUSSIAN_FUNCTION: Sigma can have no more than 8 elements"``,
        ``"GAUSSIAN_FUNCTION: Incorrect width specification"`` (IDL's texts; the latter
        also when WIDTH has more than one but fewer elements than Sigma, where IDL 8's
        code fails inside); non-finite Sigma or WIDTH and widths above 32767 (compat's
        own checks).

    Notes
    -----
    Sources: IDL's reference page (https://www.nv5geospatialsoftware.com/docs/
    gaussian_function.html: MAXIMUM, NORMALIZE "ignored if MAXIMUM is set", "the kernel
    contains approximately three standard deviations", "The Gaussian is always
    symmetric") and the arithmetic of IDL 8's library file gaussian_function.pro
    ($Id: //depot/Release/ENVI52_IDL84/idl/idldir/lib/gaussian_function.pro#1 $): the
    default width ``(CEIL(sigma*3) OR 1)*2 + 1``, the float evaluation of
    ``exp(-(x^2/(2 sigma^2) + ...))``, NORMALIZE as division by TOTAL, MAXIMUM converted
    to the result type. That file offsets even widths by 0.5 only in the FLOAT branch
    (its /DOUBLE branch puts the peak on element ``w/2``, not symmetric); compat follows
    the reference page and is symmetric in both.

    GDL 1.0.1's gaussian_function.pro differs: default width ``ROUND(6 sigma)`` (6 for
    sigma = 1, where IDL gives 7), /NORMALIZE divides each dimension by ``sigma
    sqrt(2 pi)`` (the sum is then not 1) and wins over MAXIMUM, and a DOUBLE MAXIMUM
    makes the result DOUBLE.

    Unlike ``scipy.signal.windows.gaussian`` (peak 1 at the centre of a given length,
    1-D) or MATLAB's ``fspecial('gaussian')`` (always unit sum), the width follows
    sigma unless given, and even widths are offset by half a sample.

    Examples
    --------
    >>> from compat import idl
    >>> g = idl.gaussian_function(1.0)            # width 7: ceil(3) = 3, odd, 2*3 + 1
    >>> g.shape, g.dtype, float(g[3])
    ((7,), dtype('float32'), 1.0)
    >>> idl.gaussian_function(1.0, width=4, double=True)   # even: between two samples
    array([0.32465247, 0.8824969 , 0.8824969 , 0.32465247])
    >>> k = idl.gaussian_function([1, 2], width=[3, 5], normalize=True)
    >>> k.shape, round(float(k.sum()), 6)          # IDL [3, 5] is numpy (5, 3)
    ((5, 3), 1.0)
    """
    dtype = np.dtype(np.float64 if double else np.float32)
    s = _sigmas(sigma, dtype)
    w = _widths(width, s)
    peak = None
    if maximum is not None:
        m = idl_array(maximum, "MAXIMUM", complex_ok=False).reshape(-1)
        if m.size > 1 or (m.size == 1 and m[0] != 0):
            peak = dtype.type(m[0])
    # IDL's first dimension is numpy's last axis
    return core.sampled_gaussian(s[::-1], w[::-1], dtype, peak=peak,
                                 unit_sum=bool(normalize))
