"""MATLAB's inverse reciprocal functions on MATLAB's branches: ``acot``, ``asec``,
``acsc``, ``acoth``, ``asech``, ``acsch`` as ``f(1 ./ x)`` for f = atan, acos, asin,
atanh, acosh, asinh.

MATLAB (and Octave) evaluate each as the inverse function of the reciprocal, so the
values at 0 are those of the inverse functions at +-Inf (``acot(0) = pi/2``,
``asec(0) = 0 + Inf i``, ``acoth(1) = Inf``, ``asech(0) = Inf``) and a signed zero picks
its side (``acot(-0) = -pi/2``, ``acsch(-0) = -Inf``). Where the real function is
undefined the result is complex on MATLAB's branch for *real* arguments, which is not
C99's (numpy's) branch for a complex argument with a zero imaginary part:

==============  =========================  ==========================
real r = 1/x    MATLAB                     numpy on r + 0j
==============  =========================  ==========================
acos, r > 1     ``0 + acosh(r) i``         ``0 - acosh(r) i``
asin, r > 1     ``pi/2 - acosh(r) i``      ``pi/2 + acosh(r) i``
asin, r < -1    ``-pi/2 + acosh(-r) i``    ``-pi/2 - acosh(-r) i``
atanh, |r| > 1  ``... + pi/2 i``           the same
acosh, r < 1    ``... + (0..pi) i``        the same
==============  =========================  ==========================

Complex arguments with a non-zero imaginary part go through numpy's complex functions
of ``1 / z``; those with a zero imaginary part are evaluated as the real numbers they
equal (MATLAB's real rule), so ``asec(complex(0.5, 0))`` is ``asec(0.5)``.

A result is complex only when some element needs it (MATLAB's rule); single stays
single (float32 / complex64). Everything is vectorised.
"""

from __future__ import annotations

import numpy as np

__all__ = ["FUNCTIONS", "reciprocal_inverse"]

FUNCTIONS = ("acot", "asec", "acsc", "acoth", "asech", "acsch")

_COMPLEX = {np.dtype(np.float32): np.complex64, np.dtype(np.float64): np.complex128}


def _complex(real, imag, dtype) -> np.ndarray:
    """``real + imag*i`` built part by part (``1j * inf`` would make a NaN real part)."""
    out = np.empty(np.broadcast(real, imag).shape, dtype=_COMPLEX[np.dtype(dtype)])
    out.real = real
    out.imag = imag
    return out


def _merge(inside_values, outside_mask, outside_values, dtype):
    """Real values where ``outside_mask`` is False, complex ones where it is True; a
    complex array only if some element is outside."""
    if not outside_mask.any():
        return inside_values
    out = inside_values.astype(_COMPLEX[np.dtype(dtype)])
    out[outside_mask] = outside_values
    return out


def _acos_real(r):
    t = r.dtype.type
    outside = np.abs(r) > 1
    inner = np.arccos(np.where(outside, t(0), r))
    if not outside.any():
        return inner
    ro = r[outside]
    h = np.arccosh(np.abs(ro))
    values = _complex(np.where(ro > 0, t(0), t(np.pi)), np.where(ro > 0, h, -h), r.dtype)
    return _merge(inner, outside, values, r.dtype)


def _asin_real(r):
    t = r.dtype.type
    outside = np.abs(r) > 1
    inner = np.arcsin(np.where(outside, t(0), r))
    if not outside.any():
        return inner
    ro = r[outside]
    h = np.arccosh(np.abs(ro))
    half = t(np.pi / 2)
    values = _complex(np.where(ro > 0, half, -half), np.where(ro > 0, -h, h), r.dtype)
    return _merge(inner, outside, values, r.dtype)


def _atanh_real(r):
    t = r.dtype.type
    outside = np.abs(r) > 1
    with np.errstate(divide="ignore"):
        inner = np.arctanh(np.where(outside, t(0), r))
    if not outside.any():
        return inner
    ro = r[outside]
    values = np.arctanh(_complex(ro, t(0), r.dtype))
    return _merge(inner, outside, values, r.dtype)


def _acosh_real(r):
    t = r.dtype.type
    outside = ~(r >= 1) & ~np.isnan(r)
    inner = np.arccosh(np.where(outside, t(1), r))
    if not outside.any():
        return inner
    values = np.arccosh(_complex(r[outside], t(0), r.dtype))
    return _merge(inner, outside, values, r.dtype)


_REAL = {"acot": np.arctan, "asec": _acos_real, "acsc": _asin_real,
         "acoth": _atanh_real, "asech": _acosh_real, "acsch": np.arcsinh}
_COMPLEX_FUNCTIONS = {"acot": np.arctan, "asec": np.arccos, "acsc": np.arcsin,
                      "acoth": np.arctanh, "asech": np.arccosh, "acsch": np.arcsinh}


def reciprocal_inverse(name: str, x: np.ndarray) -> np.ndarray:
    """``name(x)`` (one of :data:`FUNCTIONS`) for a float32/float64/complex array ``x``,
    evaluated as MATLAB does: the inverse function of ``1 ./ x`` on MATLAB's branches.

    Examples
    --------
    >>> import numpy as np
    >>> y = reciprocal_inverse("asec", np.array([2.0, 0.5]))
    >>> y.dtype, round(float(y[1].imag), 12)
    (dtype('complex128'), 1.316957896925)
    >>> reciprocal_inverse("acot", np.array([0.0, -0.0]))
    array([ 1.57079633, -1.57079633])
    """
    real_function = _REAL[name]
    if x.ndim == 0:  # numpy's ufuncs return scalars for 0-d arrays: work on one element
        return reciprocal_inverse(name, x.reshape(1)).reshape(())
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        if x.dtype.kind != "c":
            return real_function(x.dtype.type(1) / x)
        part = np.float32 if x.dtype == np.complex64 else np.float64
        on_axis = x.imag == 0
        real_part = np.ascontiguousarray(x.real)
        out = np.empty(x.shape, dtype=x.dtype)
        if on_axis.any():
            out[on_axis] = real_function(part(1) / real_part[on_axis])
        off = ~on_axis
        if off.any():
            out[off] = _COMPLEX_FUNCTIONS[name](x.dtype.type(1) / x[off])
    return out
