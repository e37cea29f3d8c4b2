"""IIR filter design as MATLAB's Signal Processing Toolbox designs it, and the conversions
between the filter representations.

MATLAB designs ``butter``, ``cheby1``, ``cheby2`` and ``ellip`` filters in five steps
(MATLAB documentation of each, section "Algorithms"):

1. the analog lowpass prototype's zeros, poles and gain (``buttap``, ``cheb1ap``,
   ``cheb2ap``, ``ellipap``), cutoff 1 rad/s;
2. converted to state space by ``zp2ss`` (a cascade of balanced second-order blocks,
   poles and zeros grouped by ``cplxpair``);
3. moved to the requested band by the state-space transformations ``lp2lp``,
   ``lp2hp``, ``lp2bp``, ``lp2bs`` (after prewarping the edges: ``u = 4*tan(pi*Wn/2)``,
   so that the digital filter has the analog one's magnitude at the edges);
4. for a digital filter, the bilinear transformation ``bilinear(A, B, C, D, 2)`` of the
   state-space model;
5. the requested form: ``[A, B, C, D]`` as they are; poles ``eig(A)``; the transfer
   function's denominator ``poly(A)``.

:func:`design` follows those steps, so the state-space matrices are MATLAB's
realisation (a state-space realisation is not unique: scipy's ``zpk2ss`` gives a
different, equally valid one) and the poles come from ``eig`` of the same matrix, in
the order LAPACK's ``dgeev`` gives them. The zeros are known in closed form and are
computed directly (MATLAB does so for ``butter``; for ``cheby2``/``ellip`` it computes
them as the system's transmission zeros, the same values). Numerators are ``poly`` of
the zeros scaled so that the gain at the band's reference frequency (DC for lowpass and
bandstop, Nyquist for highpass, the centre frequency for bandpass) is the prototype's
gain at 0 rad/s, as MATLAB's ``butter`` normalises its numerator.

Typing is MATLAB's: every design is in double. Frequencies are normalised to Nyquist
(1.0 = half the sample rate) for digital designs, rad/s for analog ones.
"""

from __future__ import annotations

import math

import numpy as np
import scipy.optimize
import scipy.signal
import scipy.special

from compat._core.errors import CompatValueError

__all__ = ["Band", "prototype", "cplxpair", "poly_from_roots", "poly_matrix", "zp2ss",
           "lp2lp_ss", "lp2hp_ss", "lp2bp_ss", "lp2bs_ss", "bilinear_ss", "ss2tf",
           "tf2ss", "design", "order_estimate", "zp2sos", "sos2tf", "sos2zp", "tf2zp",
           "zp2tf", "Design"]

Band = str  # "low", "high", "bandpass", "stop"


# ----------------------------------------------------------------------- prototypes
def prototype(kind: str, n: int, rp: float = 0.0, rs: float = 0.0):
    """The analog lowpass prototype ``(z, p, k)`` of order ``n`` (cutoff 1 rad/s).

    ``butter``: poles on the unit circle; ``cheby1``: ``rp`` dB passband ripple (edge
    at 1 rad/s); ``cheby2``: ``rs`` dB stopband attenuation (stopband edge at 1 rad/s);
    ``ellip``: both (passband edge at 1 rad/s); ``bessel``: the poles of the reverse
    Bessel polynomial scaled so that the response is asymptotically the Butterworth
    prototype's at low and high frequency (MATLAB's ``besselap``; scipy's
    ``besselap(n, norm='phase')``), unit DC gain.
    """
    if kind == "butter":
        angles = np.pi * np.arange(1, n, 2) / (2 * n) + np.pi / 2
        half = np.exp(1j * angles)
        p = np.column_stack([half, half.conj()]).ravel()
        if n % 2:
            p = np.append(p, -1.0)
        return np.zeros(0, complex), p.astype(complex), float(np.real(np.prod(-p)))
    if kind == "cheby1":
        epsilon = math.sqrt(10 ** (0.1 * rp) - 1)
        mu = math.asinh(1 / epsilon) / n
        p = np.exp(1j * (np.pi * np.arange(1, 2 * n, 2) / (2 * n) + np.pi / 2))
        re = (p.real + p.real[::-1]) / 2         # symmetric rounding, as MATLAB's cheb1ap
        im = (p.imag - p.imag[::-1]) / 2
        p = math.sinh(mu) * re + 1j * math.cosh(mu) * im
        k = float(np.real(np.prod(-p)))
        if n % 2 == 0:
            k /= math.sqrt(1 + epsilon ** 2)
        return np.zeros(0, complex), p, k
    if kind == "cheby2":
        delta = 1 / math.sqrt(10 ** (0.1 * rs) - 1)
        mu = math.asinh(1 / delta) / n
        if n % 2:
            m = n - 1
            index = np.concatenate([np.arange(1, n - 1, 2), np.arange(n + 2, 2 * n, 2)])
        else:
            m = n
            index = np.arange(1, 2 * n, 2)
        z = 1j / np.cos(index * np.pi / (2 * n))
        order = np.column_stack([np.arange(m // 2), np.arange(m - 1, m // 2 - 1, -1)])
        z = z[order.ravel()]
        p = np.exp(1j * (np.pi * np.arange(1, 2 * n, 2) / (2 * n) + np.pi / 2))
        p = math.sinh(mu) * p.real + 1j * math.cosh(mu) * p.imag
        p = 1 / p
        k = float(np.real(np.prod(-p) / np.prod(-z)))
        return z, p, k
    if kind == "ellip":
        z, p, k = scipy.signal.ellipap(n, rp, rs)
        return np.asarray(z, complex), np.asarray(p, complex), float(k)
    if kind == "bessel":  # MATLAB's besselap: asymptotically Butterworth at both ends
        z, p, k = scipy.signal.besselap(n, norm="phase")
        return np.asarray(z, complex), np.asarray(p, complex), float(np.real(np.prod(-p)))
    raise ValueError(kind)


# ------------------------------------------------------------ MATLAB's small helpers
def cplxpair(x: np.ndarray, tol: float | None = None) -> np.ndarray:
    """MATLAB's ``cplxpair``: complex conjugate pairs (negative imaginary part first) by
    increasing real part, then the real values in increasing order."""
    x = np.asarray(x, dtype=complex).ravel()
    if x.size == 0:
        return x
    if tol is None:
        tol = 100 * np.finfo(float).eps
    scale = np.abs(x)
    is_real = np.abs(x.imag) <= tol * np.where(scale == 0, 1, scale)
    reals = np.sort(x[is_real].real).astype(complex)
    rest = x[~is_real]
    rest = rest[np.argsort(rest.real, kind="stable")]
    pairs = []
    used = np.zeros(rest.size, bool)
    for i in range(rest.size):
        if used[i]:
            continue
        used[i] = True
        best, distance = -1, np.inf
        for j in range(i + 1, rest.size):
            if not used[j]:
                d = abs(rest[i] - rest[j].conjugate())
                if d < distance:
                    best, distance = j, d
        if best < 0 or distance > tol * max(abs(rest[i]), 1e-300) * 1e3 + tol:
            raise CompatValueError("Complex numbers can't be paired.")
        used[best] = True
        a, b = rest[i], rest[best]
        low = a if a.imag < 0 else b
        pairs += [complex(low.real, low.imag), complex(low.real, -low.imag)]
    return np.concatenate([np.array(pairs, complex), reals])


def poly_from_roots(r: np.ndarray) -> np.ndarray:
    """MATLAB's ``poly`` of a vector of roots: the monic polynomial, real when the roots
    come in conjugate pairs (as MATLAB decides)."""
    r = np.asarray(r, dtype=complex).ravel()
    r = r[np.isfinite(r)]
    c = np.zeros(r.size + 1, complex)
    c[0] = 1
    for j, root in enumerate(r):
        c[1:j + 2] = c[1:j + 2] - root * c[:j + 1]
    positive = np.sort_complex(r[r.imag > 0])
    negative = np.sort_complex(r[r.imag < 0].conj())
    if positive.size == negative.size and np.array_equal(positive, negative):
        return c.real.copy()
    return c


def poly_matrix(a: np.ndarray) -> np.ndarray:
    """MATLAB's ``poly(A)`` of a square matrix: the characteristic polynomial from
    ``eig(A)``."""
    if a.size == 0:
        return np.ones(1)
    return poly_from_roots(np.linalg.eigvals(a))


# ------------------------------------------------------------------- state space
def _block(p_pair: np.ndarray):
    """The balanced companion block of a pole pair (MATLAB's zp2ss)."""
    den = poly_from_roots(p_pair).real
    wn = math.sqrt(float(np.prod(np.abs(p_pair))))
    if wn == 0:
        wn = 1.0
    t = np.diag([1.0, 1.0 / wn])
    a = np.linalg.solve(t, np.array([[-den[1], -den[2]], [1.0, 0.0]])) @ t
    b = np.linalg.solve(t, np.array([[1.0], [0.0]]))
    return den, t, a, b


def zp2ss(z, p, k):
    """MATLAB's ``zp2ss``: a cascade of first- and second-order blocks (SISO)."""
    z = np.asarray(z, complex).ravel()
    p = np.asarray(p, complex).ravel()
    z = z[np.isfinite(z)]
    p = p[np.isfinite(p)]
    eps = np.finfo(float).eps
    nz, np_ = z.size, p.size
    z = cplxpair(z, 1e6 * nz * (np.linalg.norm(z) if nz else 0) * eps + eps)
    p = cplxpair(p, 1e6 * np_ * (np.linalg.norm(p) if np_ else 0) * eps + eps)
    a = np.zeros((0, 0))
    b = np.zeros((0, 1))
    c = np.ones((1, 0))
    d = 1.0
    if np_ % 2 and nz % 2:
        a = np.array([[p[np_ - 1].real]])
        b = np.array([[1.0]])
        c = np.array([[(p[np_ - 1] - z[nz - 1]).real]])
        d = 1.0
        np_ -= 1
        nz -= 1
    if np_ % 2:
        a = np.array([[p[np_ - 1].real]])
        b = np.array([[1.0]])
        c = np.array([[1.0]])
        d = 0.0
        np_ -= 1
    if nz % 2:
        num = poly_from_roots(z[nz - 1:nz]).real
        _, t, a, b = _block(p[np_ - 2:np_])
        c = np.array([[1.0, num[1]]]) @ t
        d = 0.0
        nz -= 1
        np_ -= 2

    def series(a, b, c, d, a1, b1, c1, d1):
        m1, m2 = a.shape[0], a1.shape[0]
        top = np.hstack([a, np.zeros((m1, m2))])
        bottom = np.hstack([b1 @ c, a1])
        return (np.vstack([top, bottom]), np.vstack([b, b1 * d]),
                np.hstack([d1 * c, c1]), d1 * d)

    i = 0
    while i < nz - 1:
        num = poly_from_roots(z[i:i + 2]).real
        den, t, a1, b1 = _block(p[i:i + 2])
        c1 = np.array([[num[1] - den[1], num[2] - den[2]]]) @ t
        a, b, c, d = series(a, b, c, d, a1, b1, c1, 1.0)
        i += 2
    while i < np_ - 1:
        den, t, a1, b1 = _block(p[i:i + 2])
        c1 = np.array([[0.0, 1.0]]) @ t
        a, b, c, d = series(a, b, c, d, a1, b1, c1, 0.0)
        i += 2
    c = c * k
    d = d * k
    return a, b, c, np.array([[d]])


def lp2lp_ss(a, b, c, d, wo):
    """MATLAB's ``lp2lp`` in state space."""
    return wo * a, wo * b, c, d


def lp2hp_ss(a, b, c, d, wo):
    """MATLAB's ``lp2hp`` in state space."""
    ainv_b = np.linalg.solve(a, b)
    c_ainv = np.linalg.solve(a.T, c.T).T
    return wo * np.linalg.inv(a), -wo * ainv_b, c_ainv, d - c_ainv @ b


def lp2bp_ss(a, b, c, d, wo, bw):
    """MATLAB's ``lp2bp`` in state space (``q = wo/bw``)."""
    m = a.shape[0]
    q = wo / bw
    at = np.block([[wo / q * a, wo * np.eye(m)], [-wo * np.eye(m), np.zeros((m, m))]])
    bt = wo / q * np.vstack([b, np.zeros((m, b.shape[1]))])
    ct = np.hstack([c, np.zeros((c.shape[0], m))])
    return at, bt, ct, d


def lp2bs_ss(a, b, c, d, wo, bw):
    """MATLAB's ``lp2bs`` in state space (``q = wo/bw``)."""
    m = a.shape[0]
    q = wo / bw
    ainv = np.linalg.inv(a)
    ainv_b = np.linalg.solve(a, b)
    c_ainv = np.linalg.solve(a.T, c.T).T
    at = np.block([[wo / q * ainv, wo * np.eye(m)], [-wo * np.eye(m), np.zeros((m, m))]])
    bt = -wo / q * np.vstack([ainv_b, np.zeros((m, b.shape[1]))])
    ct = np.hstack([c_ainv, np.zeros((c.shape[0], m))])
    return at, bt, ct, d - c_ainv @ b


def bilinear_ss(a, b, c, d, fs):
    """MATLAB's ``bilinear`` of a state-space model (sample rate ``fs``, no prewarp)."""
    m = a.shape[0]
    t = 1 / fs
    r = math.sqrt(t)
    t1 = np.eye(m) + a * t / 2
    t2 = np.eye(m) - a * t / 2
    ad = np.linalg.solve(t2, t1)
    bd = t / r * np.linalg.solve(t2, b)
    c_t2 = np.linalg.solve(t2.T, c.T).T
    cd = r * c_t2
    dd = c_t2 @ b * t / 2 + d
    return ad, bd, cd, dd


def ss2tf(a, b, c, d):
    """MATLAB's ``ss2tf`` (one input, one output): ``den = poly(A)``,
    ``num = poly(A - B*C) + (D - 1)*den``."""
    den = poly_matrix(a)
    if a.size == 0:
        return np.atleast_1d(np.asarray(d, float).ravel()[:1]).astype(float), den
    num = poly_matrix(a - b @ c) + (float(np.asarray(d).ravel()[0]) - 1) * den
    return num, den


def tf2ss(num, den):
    """MATLAB's ``tf2ss``: the controller canonical form (``A``'s first row is
    ``-den(2:end)/den(1)``); ``num`` may hold one numerator per row (one output each)."""
    num = np.atleast_2d(np.asarray(num, float))
    den = np.atleast_1d(np.asarray(den, float)).ravel()
    nz = np.flatnonzero(den)
    if nz.size == 0:
        raise CompatValueError("Denominator cannot be zero.")
    den = den[nz[0]:]
    n = den.size
    if num.shape[1] > n:
        if np.any(num[:, :num.shape[1] - n] != 0):
            raise CompatValueError("Denominator must be of equal or higher order than the "
                                   "numerator.")
        num = num[:, num.shape[1] - n:]
    num = np.hstack([np.zeros((num.shape[0], n - num.shape[1])), num])
    num = num / den[0]
    den = den / den[0]
    if n == 1:
        return (np.zeros((0, 0)), np.zeros((0, 1)), np.zeros((num.shape[0], 0)),
                num[:, :1].copy())
    a = np.vstack([-den[1:].reshape(1, -1), np.eye(n - 2, n - 1)])
    b = np.eye(n - 1, 1)
    c = num[:, 1:] - num[:, :1] * den[1:]
    d = num[:, :1].copy()
    return a, b, c, d


# ---------------------------------------------------------------------- the design
class Design:
    """The four forms of one designed filter (computed on request)."""

    def __init__(self, ss, zeros, gain_reference, digital, ref, analog_wn):
        self.ss = ss
        self.zeros = zeros
        self._gain_reference = gain_reference
        self._digital = digital
        self._ref = ref        # "dc", "nyquist" or ("centre", w)
        self._analog_wn = analog_wn

    def poles(self) -> np.ndarray:
        return np.linalg.eigvals(self.ss[0]) if self.ss[0].size else np.zeros(0, complex)

    def tf(self):
        a = self.ss[0]
        den = poly_matrix(a).real
        b = poly_from_roots(self.zeros)
        b = np.concatenate([np.zeros(den.size - b.size), b]) if b.size < den.size else b
        num = self._normalise(b, den)
        return num, den

    def _normalise(self, b, den):
        g = self._gain_reference
        if self._digital:
            w = {"dc": 0.0, "nyquist": np.pi}.get(self._ref) if isinstance(self._ref, str) \
                else self._ref[1]
            kern = np.exp(-1j * w * np.arange(b.size))
            return np.real(b * (kern @ den) / (kern @ b)) * g
        if self._ref == "infinity":
            lead_b = b[np.flatnonzero(b)[0]]
            return np.real(b * den[0] / lead_b) * g
        s = 0.0 if self._ref == "dc" else 1j * self._ref[1]
        return np.real(b * np.polyval(den, s) / np.polyval(b, s)) * g

    def zpk(self):
        p = self.poles()
        z = np.asarray(self.zeros, complex)
        num, den = self.tf()
        lead = np.flatnonzero(num)
        k = float(num[lead[0]]) if lead.size else 0.0
        return z, p, k


def _prewarp(wn: np.ndarray, analog: bool) -> np.ndarray:
    return wn.copy() if analog else 4 * np.tan(np.pi * wn / 2)


def design(kind: str, n: int, wn, band: Band, *, analog: bool = False, rp: float = 0.0,
           rs: float = 0.0) -> Design:
    """Design a filter as MATLAB does (see the module docstring)."""
    wn = np.atleast_1d(np.asarray(wn, dtype=float))
    u = _prewarp(wn, analog)
    z, p, k = prototype(kind, n, rp, rs)
    a, b, c, d = zp2ss(z, p, k)
    g = 1.0
    if kind == "cheby1" and n % 2 == 0:
        g = 10 ** (-rp / 20)
    if kind == "ellip" and n % 2 == 0:
        g = 10 ** (-rp / 20)
    if band == "low":
        w0 = u[0]
        a, b, c, d = lp2lp_ss(a, b, c, d, w0)
        zs = z * w0
        extra = 0
        extra_zero = None
        ref = "dc"
    elif band == "high":
        w0 = u[0]
        a, b, c, d = lp2hp_ss(a, b, c, d, w0)
        zs = w0 / z
        extra, extra_zero = p.size - z.size, 0.0
        ref = "nyquist" if not analog else "infinity"
    elif band == "bandpass":
        bw = u[1] - u[0]
        w0 = math.sqrt(u[0] * u[1])
        a, b, c, d = lp2bp_ss(a, b, c, d, w0, bw)
        zs = _band_roots(z * bw / 2, w0)
        extra, extra_zero = p.size - z.size, 0.0
        ref = ("centre", w0 if analog else 2 * math.atan2(w0, 4))
    else:  # stop
        bw = u[1] - u[0]
        w0 = math.sqrt(u[0] * u[1])
        a, b, c, d = lp2bs_ss(a, b, c, d, w0, bw)
        zs = _band_roots(bw / 2 / z, w0)
        extra, extra_zero = 2 * (p.size - z.size), None  # zeros at +-j*w0
        ref = "dc"
    zeros = list(zs)
    if band == "stop" and extra:
        zeros += list(1j * w0 * (-1.0) ** np.arange(extra))
    elif extra:
        zeros += [extra_zero] * extra
    zeros = np.array(zeros, complex)
    if not analog:
        a, b, c, d = bilinear_ss(a, b, c, d, 2.0)
        nd = p.size * (2 if band in ("bandpass", "stop") else 1)
        zd = (4 + zeros) / (4 - zeros)
        zd = np.concatenate([zd, -np.ones(nd - zd.size)])
        zeros = zd
    return Design((a, b, c, d), zeros, g, not analog, ref, w0)


def _band_roots(half: np.ndarray, w0: float) -> np.ndarray:
    """The two roots of ``s^2 - 2*half*s + w0^2`` for each ``half``, interleaved."""
    half = np.asarray(half, complex)
    root = np.sqrt(half ** 2 - w0 ** 2)
    return np.column_stack([half + root, half - root]).ravel()


# ------------------------------------------------------------------ order estimates
def order_estimate(kind: str, wp, ws, rp: float, rs: float, analog: bool):
    """MATLAB's ``buttord``/``cheb1ord``/``cheb2ord``/``ellipord``: ``(n, wn)``."""
    wp = np.atleast_1d(np.asarray(wp, float)).copy()
    ws = np.atleast_1d(np.asarray(ws, float)).copy()
    ftype = 2 * (wp.size - 1) + (1 if wp[0] < ws[0] else 2)
    if analog:
        WP, WS = wp.copy(), ws.copy()
    else:
        WP, WS = np.tan(np.pi * wp / 2), np.tan(np.pi * ws / 2)
    if ftype == 1:
        WA = WS / WP
    elif ftype == 2:
        WA = WP / WS
    elif ftype == 3:
        WP[0] = scipy.optimize.fminbound(_bscost, WP[0], WS[0] - 1e-12,
                                         args=(0, WP, WS, rp, rs, kind), xtol=1e-4)
        WP[1] = scipy.optimize.fminbound(_bscost, WS[1] + 1e-12, WP[1],
                                         args=(1, WP, WS, rp, rs, kind), xtol=1e-4)
        WA = (WS * (WP[0] - WP[1])) / (WS ** 2 - WP[0] * WP[1])
    else:
        WA = (WS ** 2 - WP[0] * WP[1]) / (WS * (WP[0] - WP[1]))
    WA = float(np.min(np.abs(WA)))
    order = _order(kind, WA, rp, rs)
    if kind == "butter":
        W0 = WA / (10 ** (0.1 * abs(rs)) - 1) ** (1 / (2 * abs(order)))
        if ftype == 1:
            WN = W0 * WP
        elif ftype == 2:
            WN = WP / W0
        elif ftype == 3:
            s = math.sqrt((WP[1] - WP[0]) ** 2 + 4 * W0 ** 2 * WP[0] * WP[1])
            WN = np.sort(np.abs(np.array([((WP[1] - WP[0]) + s) / (2 * W0),
                                          ((WP[1] - WP[0]) - s) / (2 * W0)])))
        else:
            W0s = np.array([-W0, W0])
            WN = -W0s * (WP[1] - WP[0]) / 2 + np.sqrt(W0s ** 2 / 4 * (WP[1] - WP[0]) ** 2
                                                      + WP[0] * WP[1])
            WN = np.sort(np.abs(WN))
    elif kind == "cheby2":
        gs, gp = 10 ** (0.1 * abs(rs)), 10 ** (0.1 * abs(rp))
        new = 1 / math.cosh(math.acosh(math.sqrt((gs - 1) / (gp - 1))) / order)
        if ftype == 1:
            WN = WP / new
        elif ftype == 2:
            WN = WP * new
        elif ftype == 3:
            w1 = (new / 2 * (WP[0] - WP[1])
                  + math.sqrt(new ** 2 * (WP[1] - WP[0]) ** 2 / 4 + WP[1] * WP[0]))
            WN = np.array([w1, WP[1] * WP[0] / w1])
        else:
            w1 = (1 / (2 * new) * (WP[0] - WP[1])
                  + math.sqrt((WP[1] - WP[0]) ** 2 / (4 * new ** 2) + WP[1] * WP[0]))
            WN = np.array([w1, WP[0] * WP[1] / w1])
        WN = np.sort(np.abs(WN))
    else:  # cheby1, ellip: the passband edges
        WN = WP
    wn = WN if analog else (2 / np.pi) * np.arctan(WN)
    return order, wn


def _order(kind, WA, rp, rs):
    gs, gp = 10 ** (0.1 * abs(rs)), 10 ** (0.1 * abs(rp))
    if kind == "butter":
        return int(math.ceil(math.log10((gs - 1) / (gp - 1)) / (2 * math.log10(WA))))
    if kind in ("cheby1", "cheby2"):
        return int(math.ceil(math.acosh(math.sqrt((gs - 1) / (gp - 1))) / math.acosh(WA)))
    k1 = math.sqrt((gp - 1) / (gs - 1))
    k = 1 / WA
    capk = scipy.special.ellipk([k ** 2, 1 - k ** 2])
    capk1 = scipy.special.ellipk([k1 ** 2, 1 - k1 ** 2])
    return int(math.ceil(capk[0] * capk1[1] / (capk[1] * capk1[0])))


def _bscost(wp, index, WP, WS, rp, rs, kind):
    """MATLAB's bandstop cost: the order needed with passband edge ``index`` at ``wp``."""
    passb = WP.copy()
    passb[index] = wp
    WA = (WS * (passb[0] - passb[1])) / (WS ** 2 - passb[0] * passb[1])
    WA = float(np.min(np.abs(WA)))
    gs, gp = 10 ** (0.1 * abs(rs)), 10 ** (0.1 * abs(rp))
    if kind == "butter":
        return math.log10((gs - 1) / (gp - 1)) / (2 * math.log10(WA))
    if kind in ("cheby1", "cheby2"):
        return math.acosh(math.sqrt((gs - 1) / (gp - 1))) / math.acosh(WA)
    k1 = math.sqrt((gp - 1) / (gs - 1))
    k = 1 / WA
    capk = scipy.special.ellipk([k ** 2, 1 - k ** 2])
    capk1 = scipy.special.ellipk([k1 ** 2, 1 - k1 ** 2])
    return capk[0] * capk1[1] / (capk[1] * capk1[0])


# --------------------------------------------------------------------- conversions
def tf2zp(num, den):
    """MATLAB's ``tf2zp`` (one numerator): ``num`` padded with leading zeros to ``den``'s
    length (MATLAB's ``tfchk``), zeros and poles by ``roots`` (numpy's ``roots`` builds
    MATLAB's companion matrix), gain ``num(first nonzero)/den(1)``."""
    num = np.atleast_1d(np.asarray(num)).ravel()
    den = np.atleast_1d(np.asarray(den)).ravel()
    if not np.any(den):
        raise CompatValueError("Denominator cannot be zero.")
    if num.size < den.size:
        num = np.concatenate([np.zeros(den.size - num.size, num.dtype), num])
    lead = np.flatnonzero(num)
    p = np.roots(den) if den.size > 1 else np.zeros(0)
    if lead.size == 0:
        return np.zeros(0), p, 0.0
    lead_den = den[np.flatnonzero(den)[0]]
    k = num[lead[0]] / lead_den
    z = np.roots(num) if num.size > 1 else np.zeros(0)
    return z, p, k


def zp2tf(z, p, k):
    """MATLAB's ``zp2tf``: ``num = real(poly(z))*k`` padded to ``den``'s length,
    ``den = real(poly(p))``."""
    den = poly_from_roots(p)
    num = poly_from_roots(z) * k
    if np.iscomplexobj(den):
        den = den.real
    if np.iscomplexobj(num):
        num = num.real
    if num.size < den.size:
        num = np.concatenate([np.zeros(den.size - num.size), num])
    return num, den


def zp2sos(z, p, k, order: str = "up"):
    """MATLAB's ``zp2sos`` (``'none'`` scaling): ``(sos, g)``; poles closest to the unit
    circle in the last section for ``'up'``, paired with their nearest zeros (no
    zero-padding of an odd order: scipy's ``pairing='keep_odd'``, which reproduces
    MATLAB's documented example)."""
    z = np.asarray(z, complex).ravel()
    p = np.asarray(p, complex).ravel()
    if p.size == 0 and z.size == 0:
        return np.array([[1.0, 0, 0, 1, 0, 0]]), float(k)
    sos = scipy.signal.zpk2sos(z, p, 1.0, pairing="keep_odd")
    sos = np.array(sos, dtype=float)
    if order == "down":
        sos = sos[::-1].copy()
    return sos, float(k)


def sos2tf(sos, g=1.0):
    """MATLAB's ``sos2tf``: products of the sections' polynomials, times the gain."""
    b = np.array([1.0])
    a = np.array([1.0])
    for row in sos:
        b = np.convolve(b, row[:3])
        a = np.convolve(a, row[3:])
    b = b * np.prod(np.atleast_1d(g))
    return _trim_trailing(b, a)


def _trim_trailing(b, a):
    # MATLAB's sos2tf drops trailing zeros common to both polynomials
    while b.size > 1 and a.size > 1 and b[-1] == 0 and a[-1] == 0:
        b, a = b[:-1], a[:-1]
    return b, a


def sos2zp(sos, g=1.0):
    """MATLAB's ``sos2zp``: every section's roots, and the gain."""
    z, p = [], []
    k = float(np.prod(np.atleast_1d(g)))
    for row in sos:
        b, a = row[:3], row[3:]
        k *= b[np.flatnonzero(b)[0]] / a[0] if np.any(b) else 0.0
        z.extend(_section_roots(b))
        p.extend(_section_roots(a))
    return np.array(z, complex), np.array(p, complex), k


def _section_roots(c):
    c = np.asarray(c, float)
    nz = np.flatnonzero(c)
    if nz.size == 0:
        return []
    c = c[nz[0]:]
    return list(np.roots(c)) if c.size > 1 else []
