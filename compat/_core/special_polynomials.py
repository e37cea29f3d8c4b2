"""The core of IDL's orthogonal polynomials and spherical harmonics (LEGENDRE's
companions LAGUERRE and SPHER_HARM), evaluated the way IDL's library code evaluates them:
in the working precision (FLOAT unless an argument is DOUBLE or /DOUBLE), each operation
in IDL's order and result type, so FLOAT results carry IDL's own single-precision
rounding rather than a correctly rounded value.

Facts from IDL 8.0's laguerre.pro and spher_harm.pro (IDL's lib directory; $Id lines
``//depot/idl/releases/IDL_80/idldir/lib/laguerre.pro#1`` and ``.../spher_harm.pro#1``):
LAGUERRE steps the recurrence ``i L(i) = (-x + 2i + k - 1) L(i-1) - (i + k - 1) L(i-2)``
from ``L(0) = 1``, ``L(1) = -x + k + 1``, and gives the coefficients
``(-1)^m GAMMA(n+k+1) / (GAMMA(n-m+1) GAMMA(k+m+1) GAMMA(m+1))`` computed in double;
SPHER_HARM multiplies ``sqrt((2L+1)/(4 pi) (L-M)!/(L+M)!)`` (with ``(-1)^M`` for a
negative M), LEGENDRE(cos theta, L, |M|) and ``cos/sin(M phi)``, conjugating for a
negative M.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import special as sp

from compat._core.idl_array_ops import binary_operands
from compat._core.idl_types import promote

__all__ = ["laguerre_values", "laguerre_coefficients", "spherical_harmonic"]


def _idl(op, a, b):
    """``a op b`` in IDL's result type (numpy would widen FLOAT with LONG to double),
    the operands brought to it by the one binary-operation rule."""
    a, b = np.asarray(a), np.asarray(b)
    return op(*binary_operands(a, b, promote(a.dtype, b.dtype)))


def _add(a, b):
    return _idl(np.add, a, b)


def _sub(a, b):
    return _idl(np.subtract, a, b)


def _mul(a, b):
    return _idl(np.multiply, a, b)


def _div(a, b):
    return _idl(np.true_divide, a, b)


def laguerre_values(x: np.ndarray, n: int, k: np.ndarray, one: np.ndarray) -> np.ndarray:
    """L_n^k(x) by laguerre.pro's recurrence in the types of ``x``, ``k`` and ``one``
    (``np.float32(1)`` or ``np.float64(1)``); ``n`` a non-negative int."""
    i32 = np.int32
    with np.errstate(all="ignore"):
        if n == 0:
            return _add(one, _mul(np.int16(0), x))
        previous = one
        result = _add(_add(np.negative(x), k), one)
        for i in range(2, n + 1):
            before, previous = previous, result
            factor = _sub(_add(_add(np.negative(x), _mul(np.int16(2), i32(i))), k),
                          np.int16(1))
            weight = _sub(_add(i32(i), k), np.int16(1))
            result = _div(_sub(_mul(factor, previous), _mul(weight, before)), i32(i))
    return result


def laguerre_coefficients(n: int, k: float) -> np.ndarray:
    """laguerre.pro's COEFFICIENTS (ascending powers), in double precision."""
    m = np.arange(n + 1, dtype=np.float64)
    with np.errstate(all="ignore"):
        return ((-1.0) ** m) * sp.gamma(n + k + 1.0) / (
            sp.gamma(n - m + 1.0) * sp.gamma(k + m + 1.0) * sp.gamma(m + 1.0))


def spherical_harmonic(theta: np.ndarray, phi: np.ndarray, l: int, m: int,
                       double: bool) -> np.ndarray:
    """Y_l^m(theta, phi) as spher_harm.pro evaluates it, in FLOAT or DOUBLE."""
    real_t = np.float64 if double else np.float32
    am = abs(m)
    scale = (-1) ** am if m < 0 else 1
    scale = scale * math.sqrt((2 * l + 1) / (4 * math.pi) *
                              math.factorial(l - am) / math.factorial(l + am))
    scale = real_t(scale)
    with np.errstate(all="ignore"):
        cos_theta = np.cos(np.asarray(theta).astype(real_t))
        # LEGENDRE(cos theta, L, |M|): evaluated in double, rounded to the working type
        plm = sp.lpmv(am, l, cos_theta.astype(np.float64)).astype(real_t)
        value = scale * plm
        m_phi = _mul(np.int32(am), np.asarray(phi).astype(real_t))
        real = value * np.cos(m_phi)
        imag = value * np.sin(m_phi)
    if m < 0:
        imag = -imag
    out = np.empty(np.shape(real), np.complex128 if double else np.complex64)
    out.real = real
    out.imag = imag
    return out
