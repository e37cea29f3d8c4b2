"""Window functions as MATLAB's Signal Processing Toolbox computes them.

The generalised cosine windows (hann, hamming, blackman, flattopwin) follow MATLAB's
documented construction: a *symmetric* window of length L is computed on its first
half, ``x = (0:m-1)/(L-1)``, and mirrored, so it is symmetric bit for bit; a *periodic*
window of length L is the symmetric window of length L+1 without its last sample (the
form for spectral analysis, exactly L-periodic). ``hanning`` is MATLAB's older Hann
window that leaves out the zero end points: ``0.5*(1 - cos(2*pi*k/(L+1)))``,
``k = 1..L`` (symmetric), and ``[0; hanning(L-1)]`` (periodic).

Every function returns a 1-D float64 array of length L (L = 0 gives an empty array,
L = 1 gives ``[1]``), as MATLAB returns an L-by-1 column.
"""

from __future__ import annotations

import warnings

import numpy as np
import scipy.signal.windows

from compat._core.grids import linspace

__all__ = ["cosine_window", "hanning_window", "bartlett_window", "triang_window",
           "kaiser_window", "tukey_window", "gauss_window", "cheb_window",
           "blackmanharris_window", "COSINE_TERMS"]

#: the cosine coefficients a0, a1, ... of w = a0 - a1 cos(2 pi x) + a2 cos(4 pi x) - ...
COSINE_TERMS = {
    "hann": (0.5, 0.5),
    "hamming": (0.54, 0.46),
    "blackman": (0.42, 0.5, 0.08),
    "flattopwin": (0.21557895, 0.41663158, 0.277263158, 0.083578947, 0.006947368),
}


def _half(terms, m: int, n: int) -> np.ndarray:
    x = np.arange(m) / (n - 1)
    if len(terms) == 2:                      # hann, hamming
        return terms[0] - terms[1] * np.cos(2 * np.pi * x)
    if len(terms) == 3:                      # blackman
        return terms[0] - terms[1] * np.cos(2 * np.pi * x) + terms[2] * np.cos(4 * np.pi * x)
    a0, a1, a2, a3, a4 = terms
    return (a0 - a1 * np.cos(2 * np.pi * x) + a2 * np.cos(4 * np.pi * x)
            - a3 * np.cos(6 * np.pi * x) + a4 * np.cos(8 * np.pi * x))


def _symmetric(terms, n: int) -> np.ndarray:
    if n % 2 == 0:
        w = _half(terms, n // 2, n)
        return np.concatenate([w, w[::-1]])
    w = _half(terms, (n + 1) // 2, n)
    return np.concatenate([w, w[-2::-1]])


def cosine_window(kind: str, n: int, *, periodic: bool = False) -> np.ndarray:
    """MATLAB's generalised cosine window ``kind`` (hann, hamming, blackman, flattopwin)."""
    if n <= 1:
        return np.ones(n)
    terms = COSINE_TERMS[kind]
    if periodic:
        return _symmetric(terms, n + 1)[:-1].copy()
    return _symmetric(terms, n)


def _sym_hanning(n: int) -> np.ndarray:
    if n == 0:
        return np.zeros(0)
    if n % 2 == 0:
        half = n // 2
        w = 0.5 * (1 - np.cos(2 * np.pi * np.arange(1, half + 1) / (n + 1)))
        return np.concatenate([w, w[::-1]])
    half = (n + 1) // 2
    w = 0.5 * (1 - np.cos(2 * np.pi * np.arange(1, half + 1) / (n + 1)))
    return np.concatenate([w, w[-2::-1]])


def hanning_window(n: int, *, periodic: bool = False) -> np.ndarray:
    """MATLAB's ``hanning`` (no zero end points; periodic: a leading zero)."""
    if n <= 1:
        return np.ones(n)
    if periodic:
        return np.concatenate([[0.0], _sym_hanning(n - 1)])
    return _sym_hanning(n)


def bartlett_window(n: int) -> np.ndarray:
    """MATLAB's ``bartlett``: a triangle with zero end points."""
    if n <= 1:
        return np.ones(n)
    N = n - 1
    k = np.arange(n)
    return np.where(k <= N / 2, 2 * k / N, 2 - 2 * k / N)


def triang_window(n: int) -> np.ndarray:
    """MATLAB's ``triang``: a triangle without zero end points."""
    if n <= 1:
        return np.ones(n)
    if n % 2:
        w = 2 * np.arange(1, (n + 1) // 2 + 1) / (n + 1)
        return np.concatenate([w, w[-2::-1]])
    w = (2 * np.arange(1, n // 2 + 1) - 1) / n
    return np.concatenate([w, w[::-1]])


def kaiser_window(n: int, beta: float) -> np.ndarray:
    """MATLAB's ``kaiser``: ``I0(beta*sqrt(1 - (2k/(n-1) - 1)^2)) / I0(beta)``, built on
    the half-index grid ``xi = (0:m-1) + (1 - odd)/2`` and mirrored, as MATLAB builds it."""
    if n <= 1:
        return np.ones(n)
    odd = n % 2
    xind = (n - 1) ** 2
    m = (n + 1) // 2
    xi = np.arange(m) + 0.5 * (1 - odd)
    xi = 4 * xi ** 2
    w = np.i0(beta * np.sqrt(1 - xi / xind)) / abs(np.i0(beta))
    return np.abs(np.concatenate([w[:0:-1] if odd else w[::-1], w]))


def tukey_window(n: int, r: float) -> np.ndarray:
    """MATLAB's ``tukeywin``: a cosine-tapered flat top; ``r <= 0`` rectangular,
    ``r >= 1`` Hann."""
    if n <= 1:
        return np.ones(n)
    if r <= 0:
        return np.ones(n)
    if r >= 1:
        return cosine_window("hann", n)
    # MATLAB's tukeywin: t = linspace(0,1,n)', MATLAB's linspace (k*1)/(n-1), not
    # numpy's k*(1/(n-1)) (n = 7: t(6) is 5/6 in MATLAB, 1 ulp below it in numpy)
    t = linspace(np.float64(0), np.float64(1), float(n), np.float64)
    per = r / 2
    tl = int(np.floor(per * (n - 1))) + 1
    th = n - tl + 1
    left = (1 + np.cos(np.pi / per * (t[:tl] - per))) / 2
    right = (1 + np.cos(np.pi / per * (t[th - 1:] - 1 + per))) / 2
    return np.concatenate([left, np.ones(th - tl - 1), right])


def gauss_window(n: int, alpha: float) -> np.ndarray:
    """MATLAB's ``gausswin``: ``exp(-(1/2)*(alpha*k/((n-1)/2))^2)``,
    ``k = -(n-1)/2 .. (n-1)/2``."""
    if n <= 1:
        return np.ones(n)
    N = n - 1
    k = np.arange(n) - N / 2
    return np.exp(-0.5 * (alpha * k / (N / 2)) ** 2)


def cheb_window(n: int, r: float) -> np.ndarray:
    """The Dolph-Chebyshev window with ``r`` dB sidelobe attenuation, peak 1 (MATLAB's
    ``chebwin``; values from scipy's implementation of the same definition)."""
    if n <= 1:
        return np.ones(n)
    with warnings.catch_warnings():   # scipy warns below 45 dB; MATLAB does not
        warnings.simplefilter("ignore", UserWarning)
        return np.asarray(scipy.signal.windows.chebwin(n, r, sym=True), dtype=float)


def blackmanharris_window(n: int, *, periodic: bool = False) -> np.ndarray:
    """MATLAB's ``blackmanharris`` (4-term, -92 dB), direct over ``k = 0..n-1``."""
    if n <= 1:
        return np.ones(n)
    a0, a1, a2, a3 = 0.35875, 0.48829, 0.14128, 0.01168
    N = n if periodic else n - 1
    x = 2 * np.pi * np.arange(n) / N
    return a0 - a1 * np.cos(x) + a2 * np.cos(2 * x) - a3 * np.cos(3 * x)
