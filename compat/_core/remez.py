"""The Parks-McClellan equiripple FIR design (Remez exchange), as MATLAB's ``firpm``
sets it up: its frequency grid, its desired response (straight lines between the band
edges' amplitudes), its weights (``1/f`` in the nonzero bands of a differentiator) and
the four linear-phase types.

Python-shaped: frequencies are normalised to ``[0, 1]`` (1 = Nyquist) as MATLAB gives
them; :func:`design` returns the taps and the maximum weighted error.

Sources (facts, not code): McClellan, Parks & Rabiner, "A computer program for
designing optimum FIR linear phase digital filters", IEEE Trans. Audio Electroacoust.
21 (1973) and Programs for Digital Signal Processing (IEEE Press, 1979), section 5.1
(the grid spacing ``0.5/(lgrid*nfcns)`` cycles, the reduction of the four types to a
cosine polynomial by ``cos(w/2)``, ``sin(w)``, ``sin(w/2)``, the initial extremal set,
the barycentric Lagrange form of the exchange); MATLAB's documentation of ``firpm`` and
MATLAB's firpm.m, firpmfrf.m (grid construction with MATLAB's colon, at least 11
points a band, edge handling at 0 and 1; the desired lines and differentiator
weights; the signs of the antisymmetric designs).
"""

from __future__ import annotations

import numpy as np

from compat._core.grids import float_colon

__all__ = ["grid", "desired", "design"]


class _RemezError(ArithmeticError):
    """The exchange did not converge."""


def colon(a: float, d: float, b: float) -> np.ndarray:
    return float_colon(a, d, b, np.float64)


def grid(nfilt: int, lgrid: int, ff: np.ndarray, neg: bool, nodd: bool) -> np.ndarray:
    """MATLAB's firpm grid over the bands ``ff`` (pairs of edges in [0, 1])."""
    nfcns = nfilt // 2 + (1 if nodd and not neg else 0)
    delf = 1.0 / (lgrid * nfcns)
    g = [float(ff[0])]
    if neg and g[0] < delf:
        if ff[0] > np.sqrt(np.finfo(float).eps):
            g[0] = float(ff[0])
        elif delf < ff[1]:
            g[0] = delf
        else:
            g[0] = 0.5 * (ff[1] - ff[0])
    j = 0  # 0-based index of the current band's first point
    band = 0
    while 2 * band + 1 < len(ff):
        fup = float(ff[2 * band + 1])
        new = colon(g[j] + delf, delf, fup + delf)
        if new.size < 11:
            d1 = ((fup + delf) - (g[j] + delf)) / 10
            new = colon(g[j] + d1, d1, fup + d1)
        g = g[:j + 1] + list(np.ravel(new))
        g[-2] = fup
        j = len(g) - 1
        band += 1
        if 2 * band + 1 < len(ff):
            g[j] = float(ff[2 * band])
    ngrid = j  # the last point is past the last band
    out = np.array(g[:ngrid])
    if neg == nodd and out[-1] > 1 - delf:
        if ff[-2] < 1 - delf:
            out = out[:-1]
        else:
            out[-1] = ff[-2]
    return out


def desired(ff: np.ndarray, aa: np.ndarray, w: np.ndarray, g: np.ndarray,
            differentiator: bool) -> tuple[np.ndarray, np.ndarray]:
    """The desired response (the line from ``aa[2k]`` to ``aa[2k+1]`` across band k) and
    the weights (``w[k]``, divided by ``f/2`` in a differentiator's band whose upper
    amplitude is at least 1e-4) on the grid ``g``."""
    des = np.zeros(g.size)
    wt = np.zeros(g.size)
    for k in range(len(ff) // 2):
        lo, hi = ff[2 * k], ff[2 * k + 1]
        sel = (g >= lo) & (g <= hi)
        if hi != lo:
            slope = (aa[2 * k + 1] - aa[2 * k]) / (hi - lo)
            des[sel] = slope * g[sel] + (aa[2 * k] - slope * lo)
        else:
            des[sel] = (aa[2 * k] + aa[2 * k + 1]) / 2
        scale = (g[sel] / 2) if (differentiator and aa[2 * k + 1] >= 1e-4) else 1.0
        wt[sel] = w[k] / scale
    return des, wt


def _weights(x: np.ndarray) -> np.ndarray:
    """Barycentric weights ``1/prod_{j != k}(x_k - x_j)``, scaled to avoid overflow."""
    diff = x[:, None] - x[None, :]
    np.fill_diagonal(diff, 1.0)
    logs = np.sum(np.log(np.abs(diff)), axis=1)
    sign = np.prod(np.sign(diff), axis=1)
    return sign * np.exp(-(logs - logs.min()))


def _interpolant(x_ext, y_ext, ad):
    def evaluate(x):
        x = np.asarray(x, dtype=float)
        d = x[:, None] - x_ext[None, :]
        exact = d == 0
        d[exact] = 1.0
        c = ad[None, :] / d
        out = (c @ y_ext) / c.sum(axis=1)
        hit = exact.any(axis=1)
        if hit.any():
            out[hit] = y_ext[np.argmax(exact[hit], axis=1)]
        return out
    return evaluate


def _extrema(E: np.ndarray, level: float, nz: int) -> np.ndarray | None:
    prev = np.concatenate(([-np.inf], E[:-1]))
    nxt = np.concatenate((E[1:], [-np.inf]))
    maxima = (E >= prev) & (E >= nxt) & (E > 0)
    prev = np.concatenate(([np.inf], E[:-1]))
    nxt = np.concatenate((E[1:], [np.inf]))
    minima = (E <= prev) & (E <= nxt) & (E < 0)
    cand = np.flatnonzero((maxima | minima) & (np.abs(E) >= level))
    if cand.size == 0:
        return None
    # one point per run of equal sign: the largest error
    keep = []
    for i in cand:
        if keep and np.sign(E[keep[-1]]) == np.sign(E[i]):
            if abs(E[i]) > abs(E[keep[-1]]):
                keep[-1] = i
        else:
            keep.append(i)
    while len(keep) > nz:
        if abs(E[keep[0]]) < abs(E[keep[-1]]):
            keep.pop(0)
        else:
            keep.pop()
    if len(keep) < nz:
        return None
    return np.array(keep)


def design(nfilt: int, ftype: int, g: np.ndarray, des: np.ndarray, wt: np.ndarray,
           *, max_iterations: int = 250) -> tuple[np.ndarray, float, np.ndarray]:
    """The minimax linear-phase filter of ``nfilt`` taps of type ``ftype`` (1: symmetric
    odd length, 2: symmetric even, 3: antisymmetric odd, 4: antisymmetric even) on the
    grid: ``(h, |delta|, 0-based extremal indices)``. Antisymmetric taps come with the sign of MATLAB's exchange
    (``h(1:M) < 0`` for a positive response); the caller flips differentiators."""
    nodd = nfilt % 2 == 1
    neg = ftype in (3, 4)
    nfcns = nfilt // 2 + (1 if nodd and not neg else 0)
    w = np.pi * g  # radians/sample
    if ftype == 2:
        q = np.cos(w / 2)
    elif ftype == 3:
        q = np.sin(w)
    elif ftype == 4:
        q = np.sin(w / 2)
    else:
        q = np.ones_like(w)
    D = des / q
    W = wt * q
    x = np.cos(w)
    ngrid = g.size
    nz = nfcns + 1
    temp = (ngrid - 1) / nfcns
    iext = np.array([int(k * temp) for k in range(nfcns)] + [ngrid - 1])
    signs = (-1.0) ** np.arange(nz)
    previous = -1.0
    for _ in range(max_iterations):
        xe = x[iext]
        ad = _weights(xe)
        delta = np.sum(ad * D[iext]) / np.sum(ad * signs / W[iext])
        # |delta| grows at every exchange; when it stops growing the set is optimal
        # (a symmetric specification can make two optimal sets alternate)
        if abs(delta) <= previous * (1 + 4 * np.finfo(float).eps):
            break
        previous = abs(delta)
        y = D[iext] - signs * delta / W[iext]
        A = _interpolant(xe, y, ad)(x)
        E = W * (D - A)
        new = _extrema(E, abs(delta) * (1 - 1e-9), nz)
        if new is None:
            raise _RemezError("no alternation set")
        if np.array_equal(new, iext):
            break
        iext = new
    else:
        raise _RemezError("too many iterations")
    xe = x[iext]
    ad = _weights(xe)
    delta = np.sum(ad * D[iext]) / np.sum(ad * signs / W[iext])
    y = D[iext] - signs * delta / W[iext]
    P = _interpolant(xe, y, ad)
    # cosine coefficients b_k of P(w) = sum_k b_k cos(k w) from Chebyshev nodes (DCT-II)
    nodes = np.pi * (np.arange(nfcns) + 0.5) / nfcns
    vals = P(np.cos(nodes))
    k = np.arange(nfcns)
    b = (2.0 / nfcns) * np.cos(np.outer(k, nodes)) @ vals
    b[0] /= 2
    M = nfilt // 2
    h = np.zeros(nfilt)
    if ftype == 1:
        h[M] = b[0]
        h[M + 1:] = b[1:] / 2
        h[:M] = h[M + 1:][::-1]
    elif ftype == 2:
        c = np.zeros(M + 2)
        for kk in range(nfcns):
            c[kk + 1] += b[kk] / 2
            c[max(kk, 1)] += b[kk] / 2
        h[M:] = c[1:M + 1] / 2
        h[:M] = h[M:][::-1]
    elif ftype == 3:
        c = np.zeros(M + 2)
        for kk in range(nfcns):
            c[kk + 1] += b[kk] / 2
            if kk == 0:
                c[1] += b[0] / 2
            elif kk >= 2:
                c[kk - 1] -= b[kk] / 2
        h[M + 1:] = c[1:M + 1] / 2
        h[:M] = -h[M + 1:][::-1]
    else:
        c = np.zeros(M + 2)
        for kk in range(nfcns):
            c[kk + 1] += b[kk] / 2
            if kk == 0:
                c[1] += b[0] / 2
            else:
                c[kk] -= b[kk] / 2
        h[M:] = c[1:M + 1] / 2
        h[:M] = -h[M:][::-1]
    return h, abs(delta), iext
