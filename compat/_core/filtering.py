"""Rational (IIR/FIR) digital filtering: the core of MATLAB's filter, filtfilt and deconv.

Everything here works in MATLAB's terms: ``b`` and ``a`` are the numerator and
denominator coefficients of ``H(z) = B(z)/A(z)``, the filter runs the transposed
direct form II difference equations (MATLAB documentation of ``filter``, "Rational
Transfer Function" and "Algorithms")::

    y(m)      = b(1) x(m) + w(1, m-1)
    w(k, m)   = b(k+1) x(m) + w(k+1, m-1) - a(k+1) y(m)      k = 1 .. n-2
    w(n-1, m) = b(n) x(m) - a(n) y(m)

with ``n = max(length(a), length(b))``, after both coefficient vectors are divided
by ``a(1)``. The delay states ``w`` are MATLAB's ``zi``/``zf``: the states of the
*normalised* filter (MathWorks' Embedded MATLAB ``filter.m`` normalises ``b`` and
``a`` and then loads ``zi`` unchanged; GNU Octave 7.3 does the same).

The recursion itself runs in :func:`scipy.signal.lfilter` (compiled C; the same
transposed direct form II, with the same order of operations per sample). scipy is
told nothing it would reinterpret: coefficients arrive normalised, and initial
conditions arrive in its layout.

Python-shaped: 1-D coefficient arrays, numpy axes, states in scipy's layout; MATLAB's
argument grammar (``zi`` layouts, ``dim``, SOS matrices, nargout) is parsed by
:mod:`compat.matlab.filtering` and :mod:`compat.matlab.conv` (deconv).
"""

from __future__ import annotations

import numpy as np
import scipy.signal

from compat._core.errors import CompatValueError

__all__ = ["normalize", "lfilter", "steady_state_zi", "forward_backward"]


def normalize(b: np.ndarray, a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Divide ``b`` and ``a`` by ``a(1)`` (MATLAB's filter); errors for a(1) 0 or not finite.

    Returns ``(b, a)`` as given in length (not padded), in their own dtype.
    """
    a0 = a[0]
    if not np.isfinite(a0):
        raise CompatValueError("First denominator filter coefficient must be finite.")
    if a0 == 0:
        raise CompatValueError("First denominator filter coefficient must be non-zero.")
    if a0 != 1:
        b = b / a0
        a = a / a0
        a[0] = 1  # exactly, as MATLAB sets it
    return b, a


# --------------------------------------------------------------------------- the recursion
def lfilter(b: np.ndarray, a: np.ndarray, x: np.ndarray, *, axis: int,
            zi: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Filter ``x`` along ``axis`` with normalised ``b``, ``a`` (``a[0] == 1``).

    ``zi`` is in scipy's layout (``x``'s shape with ``axis`` of length ``n-1``) or None.
    Returns ``(y, zf)``, ``zf`` in the same layout. All arrays are already of the
    result dtype.
    """
    n = max(b.size, a.size)
    zshape = list(x.shape)
    zshape[axis] = n - 1
    if zi is None:
        zi = np.zeros(zshape, dtype=x.dtype)
    if x.shape[axis] == 0:
        return np.empty(x.shape, x.dtype), zi.copy()
    if n == 1:  # a pure gain: no delays
        return (b[0] * x).astype(x.dtype, copy=False), zi.copy()
    if a.size == 1:
        return _fir_df2t(b, x, axis, zi)
    y, zf = scipy.signal.lfilter(b, a, x, axis=axis, zi=zi)
    return y, zf


def _fir_df2t(b: np.ndarray, x: np.ndarray, axis: int, zi: np.ndarray):
    """FIR filtering (``a == 1``) with the transposed direct form II's exact sums.

    scipy's ``lfilter`` switches to a convolution for a scalar ``a``: the same values,
    but its sums are associated differently (so splitting a signal into blocks with
    ``zf`` carried over no longer reproduces the one-call result bit for bit), and
    padding ``a`` with zeros would instead multiply ``0 * y`` and carry a NaN forever,
    which MATLAB does not (its denominator loop runs over ``length(a)`` only). Here
    ``y(m) = b(1) x(m) + (b(2) x(m-1) + (... + (b(n) x(m-n+1))))``, nested as the delay
    line nests it, with ``zi(k)`` innermost for the first samples. The loop runs over
    the ``n`` taps (each step a vectorised pass over the whole signal), and over the
    ``n-1`` final states for ``zf``; only the legal products are formed.
    """
    n = b.size
    xs = np.moveaxis(x, axis, 0)
    z0 = np.moveaxis(zi, axis, 0)
    N = xs.shape[0]
    acc = np.zeros(xs.shape, dtype=x.dtype)
    for k in range(n - 1, -1, -1):
        if k < n - 1 and k < N:
            acc[k] = z0[k]
        if k < N:
            acc[k:] += b[k] * xs[:N - k]
    zf = np.empty(z0.shape, dtype=x.dtype)
    for j in range(1, n):
        start = j + N - 1  # the initial state still inside z_j after N samples
        part = z0[start].copy() if start < n - 1 else np.zeros(xs.shape[1:], x.dtype)
        for k in range(n - 1, j - 1, -1):
            idx = N - 1 - (k - j)
            if idx >= 0:
                part = part + b[k] * xs[idx]
        zf[j - 1] = part
    return np.moveaxis(acc, 0, axis), np.moveaxis(zf, 0, axis)


# --------------------------------------------------------------------------- filtfilt
def steady_state_zi(b: np.ndarray, a: np.ndarray) -> np.ndarray | None:
    """Initial states of a unit step in steady state (Gustafsson 1996, MATLAB filtfilt).

    ``b`` and ``a`` are padded to one length ``n`` and normalised. Solves MATLAB's
    linear system ``(I - A) zi = b(2:n) - b(1) a(2:n)``, ``A`` the companion-form
    state matrix (first column ``-a(2:n)``, ones on the super-diagonal). ``None`` when
    that matrix is singular (a pole at z = 1, ``sum(a) == 0``), where MATLAB's
    backslash warns "Matrix is singular to working precision." and returns
    non-finite states (the caller warns and uses NaN states).
    """
    n = b.size
    if n <= 1:
        return np.zeros(0, dtype=np.result_type(b, a))
    m = n - 1
    M = np.eye(m, dtype=np.result_type(b, a))
    M[:, 0] += a[1:]
    idx = np.arange(m - 1)
    M[idx, idx + 1] -= 1
    rhs = b[1:] - b[0] * a[1:]
    try:
        return np.linalg.solve(M, rhs)
    except np.linalg.LinAlgError:
        return None


def forward_backward(b: np.ndarray, a: np.ndarray, x: np.ndarray, *, zi: np.ndarray,
                     pad: int) -> np.ndarray:
    """One forward-backward pass of MATLAB's filtfilt over the columns of 2-D ``x``.

    ``x`` is (Npts, nchan) with ``Npts > pad``; ``b``, ``a`` normalised, padded to one
    length; ``zi`` the steady-state states. The signal is extended at both ends by
    ``nfact = pad`` samples of odd reflection about the end points
    (``2*x(1) - x(nfact+1:-1:2)`` and ``2*x(end) - x(end-1:-1:end-nfact)``), filtered
    forward with initial states ``zi * (first padded sample)``, reversed, filtered again
    with ``zi * (first sample of the reversed sequence)``, reversed back, and the middle
    ``Npts`` samples kept.
    """
    nfact = pad
    first = x[:1]
    last = x[-1:]
    head = 2 * first - x[nfact:0:-1]
    tail = 2 * last - x[-2:-nfact - 2:-1]
    xp = np.concatenate([head, x, tail], axis=0)
    if zi.size == 0:
        y = lfilter(b, a, xp, axis=0)[0]
        y = lfilter(b, a, y[::-1], axis=0)[0]
        return y[::-1][nfact:nfact + x.shape[0]]
    z0 = zi[:, None] * xp[:1]
    y = lfilter(b, a, xp, axis=0, zi=z0)[0]
    y = y[::-1]
    z1 = zi[:, None] * y[:1]
    y = lfilter(b, a, y, axis=0, zi=z1)[0]
    return y[::-1][nfact:nfact + x.shape[0]]
