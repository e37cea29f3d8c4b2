"""MATLAB's signal level measurements (Signal Processing Toolbox): ``peak2peak`` and
``peak2rms``, beside ``rms`` (:mod:`compat.matlab.signal.timedomain`).

Both are compositions MATLAB's reference pages define: ``peak2peak`` is
``max(x, [], dim) - min(x, [], dim)`` with MATLAB's ``max``/``min`` (NaN omitted;
complex values ordered by magnitude, then phase angle: "peak2peak identifies the maximum
and minimum in complex magnitude. peak2peak then subtracts the complex number with the
minimum magnitude from the complex number with the maximum magnitude"), ``peak2rms`` is
``max(abs(x), [], dim) ./ rms(x, dim)`` (a NaN reaches the ratio through rms). They run
over compat's :func:`compat.matlab.max`, :func:`compat.matlab.min` and
:func:`compat.matlab.rms`, so the orientation and class rules are theirs (a matrix gives
a row for ``dim`` 1, a 1-D array a scalar; single stays single).
"""

from __future__ import annotations

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab.extrema import max as _max
from compat.matlab.extrema import min as _min
from compat.matlab.signal.timedomain import rms as _rms

__all__ = ["peak2peak", "peak2rms"]


def _signal(x):
    a = np.asarray(matlab_array(x, "x"))
    if a.dtype.kind not in "fc":
        raise CompatTypeError("Expected input x to be one of these types: double, single "
                              f"(got {'logical' if a.dtype.kind == 'b' else a.dtype.name}).")
    return a


def _dim(dim):
    if is_omitted(dim):
        return None
    d = np.asarray(dim)
    if isinstance(dim, bool) or d.size != 1 or d.dtype.kind not in "iuf" or \
            not np.isfinite(d.reshape(-1)[0]) or d.reshape(-1)[0] < 1 or \
            d.reshape(-1)[0] != int(d.reshape(-1)[0]):
        raise CompatValueError(f"DIM must be a positive integer scalar, got {dim!r}")
    return int(d.reshape(-1)[0])


def _axis(a, d):
    """numpy axis of MATLAB's dim for a (None: the first non-singleton)."""
    if d is None:
        return next((i for i, n in enumerate(a.shape) if n != 1), 0)
    return d - 1


def _complex_extreme(a, axis, largest):
    """MATLAB's max/min of complex values along ``axis`` (NaN omitted): by magnitude,
    then phase angle; the first of equal ones. Magnitudes by ``hypot`` (correctly
    rounded here; numpy's complex ``abs`` can be an ulp high, e.g. for
    exp(1j*pi/4*5), which would pick another element than MATLAB's printed example)."""
    moved = np.moveaxis(a, axis, -1)
    mag = np.hypot(moved.real, moved.imag)
    ang = np.angle(moved)
    bad = np.isnan(mag)
    fill = -np.inf if largest else np.inf
    m = np.where(bad, fill, mag)
    best = m.max(axis=-1, keepdims=True) if largest else m.min(axis=-1, keepdims=True)
    cand = (m == best) & ~bad
    g = np.where(cand, ang, fill)
    gbest = g.max(axis=-1, keepdims=True) if largest else g.min(axis=-1, keepdims=True)
    pick = np.argmax(cand & (g == gbest), axis=-1)[..., None]
    out = np.take_along_axis(moved, pick, axis=-1)
    out = np.where(bad.all(axis=-1, keepdims=True), np.nan + 0j, out)
    return np.moveaxis(out, -1, axis)


@matlab_function("peak2peak")
def peak2peak(x, dim=None):
    """Maximum-to-minimum difference, as MATLAB's ``peak2peak``.

    MATLAB call forms::

        y = peak2peak(x)          ->  peak2peak(x)
        y = peak2peak(x, dim)     ->  peak2peak(x, 2)

    Parameters
    ----------
    x : array_like
        double or single, real or complex (MATLAB's page: "Data Types: double |
        single"; integer and logical input is refused).
    dim : int, optional
        Dimension to operate along (default: the first whose size is not 1).

    Returns
    -------
    y
        ``max(x, [], dim) - min(x, [], dim)``: NaN values are omitted (MATLAB's max and
        min); complex values are ordered by magnitude (then phase angle) and the
        complex numbers themselves subtracted. A 1-D array gives a scalar, a matrix a
        row (``dim`` 1) or column (``dim`` 2).

    Notes
    -----
    Differences from ``numpy.ptp``: NaN omitted instead of propagated, complex values
    compared by magnitude (numpy orders them lexicographically), MATLAB's default
    dimension and orientation. Source: MathWorks' peak2peak reference page (definition
    and printed examples); GNU Octave 7.3's signal 1.4.3 peak2peak is the same
    max - min.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> t = np.arange(1000) / 1000
    >>> float(matlab.peak2peak(np.cos(2 * np.pi * 100 * t)))
    2.0
    >>> matlab.peak2peak(np.array([[1.0, 4.0], [3.0, np.nan], [-2.0, 0.0]]))
    array([[5., 4.]])
    """
    a = _signal(x)
    d = _dim(dim)
    if a.dtype.kind == "c" and a.size:
        work = a.reshape(1, -1) if a.ndim <= 1 else a
        axis = _axis(work, d if a.ndim > 1 or d is None else d + 1)
        if axis >= work.ndim:
            return a - a
        y = _complex_extreme(work, axis, True) - _complex_extreme(work, axis, False)
        y = y.astype(a.dtype)
        return y.reshape(()).item() * a.dtype.type(1) if a.ndim <= 1 and axis == 1 else y
    if d is None:
        return _max(a) - _min(a)
    return _max(a, None, d) - _min(a, None, d)


@matlab_function("peak2rms")
def peak2rms(x, dim=None):
    """Peak-magnitude-to-RMS ratio, as MATLAB's ``peak2rms``.

    MATLAB call forms::

        y = peak2rms(x)           ->  peak2rms(x)
        y = peak2rms(x, dim)      ->  peak2rms(x, 2)

    Parameters
    ----------
    x : array_like
        double or single, real or complex.
    dim : int, optional
        Dimension to operate along (default: the first whose size is not 1).

    Returns
    -------
    y
        ``max(abs(x), [], dim) ./ rms(x, dim)`` (real; a NaN in x makes the rms and so
        the ratio NaN; an all-zero signal gives NaN, 0/0).

    Notes
    -----
    The crest factor. Differences from ``abs(x).max() / sqrt(mean(abs(x)**2))``:
    MATLAB's default dimension and orientation, single kept. Source: MathWorks'
    peak2rms reference page (definition and printed examples); GNU Octave 7.3's signal
    1.4.3 peak2rms computes ``max(abs(x)) ./ sqrt(meansq(x))``, the same quantity.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> t = np.arange(1000) / 1000
    >>> round(float(matlab.peak2rms(np.cos(2 * np.pi * 100 * t))), 4)
    1.4142
    >>> float(matlab.peak2rms(np.exp(1j * np.pi / 4 * np.arange(100))))
    1.0
    """
    a = _signal(x)
    d = _dim(dim)
    mag = np.hypot(a.real, a.imag) if a.dtype.kind == "c" else np.abs(a)
    if d is None and a.ndim >= 2:
        d = _axis(a, None) + 1
    with np.errstate(invalid="ignore", divide="ignore"):
        if d is None:
            return _max(mag) / _rms(a)
        peak = _max(mag, None, d)
        level = _rms(a, d)
        return peak / np.reshape(level, np.shape(peak))
