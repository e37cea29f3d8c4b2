"""Regular grids: the core of MATLAB's colon, linspace, logspace, meshgrid and ndgrid.

Python-shaped: scalars already of their class in, 1-D vectors (and grid arrays) out;
MATLAB's operand rules (first elements, char, complex operands, class mixing), row
results and nargout are read by :mod:`compat.matlab.grids`.

colon: MATLAB computes ``a:d:b`` not as ``a + k*d`` but from both ends (MathWorks'
``colonop`` demonstration and the ``eml_float_colon`` C code MATLAB Coder generates):
the count ``n = floor((b-a)/d + 1/2)`` with the tolerance ``2*eps*max(|a|, |b|)`` on
the last point, the first half forward from ``a``, the second half backward from the
last point, the middle element ``(a + last)/2`` for an even number of intervals.
linspace: ``x1 + (0:n-1).*(x2 - x1)./(n-1)`` (the product first), with MATLAB's
overflow fallbacks and exact end points.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.half_away import round_half_away

__all__ = ["float_colon", "integer_colon", "to_integer", "linspace", "ndgrid"]

_TOO_LARGE = "Maximum variable size allowed by the program is exceeded."


# --------------------------------------------------------------------------- colon
def float_colon(a, d, b, dtype) -> np.ndarray:
    """MATLAB's floating-point colon ``a:d:b`` for scalars of ``dtype`` (float64 or
    float32), 1-D: first half forward, second half backward, both ends exact."""
    one = dtype(1)
    if np.isnan(a) or np.isnan(d) or np.isnan(b):
        return np.full(1, np.nan, dtype=dtype)
    if d == 0 or (a < b and d < 0) or (b < a and d > 0):
        return np.zeros(0, dtype=dtype)
    if np.isinf(a) or np.isinf(b):
        return np.full(1, np.nan, dtype=dtype)
    if np.isinf(d):
        return np.full(1, a, dtype=dtype)
    eps = np.finfo(dtype).eps
    with np.errstate(over="ignore", invalid="ignore"):
        ndbl = np.floor((b - a) / d + dtype(0.5))
        last = a + ndbl * d
        cdiff = last - b if d > 0 else b - last
        tol = dtype(2) * eps * max(abs(a), abs(b))
    if abs(cdiff) < tol:
        ndbl = ndbl + one
        last = b
    elif cdiff > 0:
        last = a + (ndbl - one) * d
    else:
        ndbl = ndbl + one
    if not np.isfinite(ndbl) or ndbl > 2**31 - 1:
        raise CompatValueError(_TOO_LARGE)
    count = int(ndbl) if ndbl > 0 else 0
    y = np.empty(count, dtype=dtype)
    if count == 0:
        return y
    y[0] = a
    if count == 1:
        return y
    y[-1] = last
    half = (count - 1) // 2
    if half >= 2:
        kd = np.arange(1, half, dtype=dtype) * d        # k*d for k = 1 .. half-1
        y[1:half] = a + kd
        y[count - 2:count - 1 - half:-1] = last - kd
    if 2 * half == count - 1:
        y[half] = (a + last) / dtype(2)
    else:
        kd = dtype(half) * d
        y[half] = a + kd
        y[half + 1] = last - kd
    return y


def to_integer(value, dtype):
    """MATLAB conversion of a scalar to an integer class: round half away, saturate."""
    info = np.iinfo(dtype)
    if value.dtype.kind in "iu":
        return int(value)
    v = float(value)
    if np.isnan(v):
        return 0
    r = round_half_away(v)
    return int(min(max(r, info.min), info.max))


def integer_colon(dtype, a, d, b) -> np.ndarray:
    """Integer-class colon ``a:d:b`` (0-d operands, ``dtype`` the integer class), 1-D:
    exact integer counting, the operands converted as MATLAB converts (round half away,
    saturate)."""
    for op in (a, d, b):
        if op.dtype.kind == "f" and np.isnan(op):
            return np.zeros(1, dtype=dtype)       # NaN converts to 0 in MATLAB
    av, bv = to_integer(a, dtype), to_integer(b, dtype)
    # the step is not saturated: uint8(5):-1:1 counts down (a double step may be
    # negative for an unsigned class)
    dv = int(d) if d.dtype.kind in "iu" else int(round_half_away(float(d)))
    if dv == 0 or (av < bv and dv < 0) or (bv < av and dv > 0):
        return np.zeros(0, dtype=dtype)
    count = (bv - av) // dv + 1
    if count > 2**31 - 1:
        raise CompatValueError(_TOO_LARGE)
    values = av + dv * np.arange(count, dtype=np.int64)
    return values.astype(dtype)


# --------------------------------------------------------------------------- linspace
def linspace(a, b, nf: float, dtype) -> np.ndarray:
    """MATLAB's linspace of the scalars ``a``, ``b`` (already of ``dtype``, real or
    complex, single or double) with ``nf = floor(n)`` points (NaN gives NaN, below 1
    empty), 1-D."""
    single = np.finfo(dtype).dtype == np.float32
    if np.isnan(nf):
        return np.full(1, np.nan, dtype=dtype)
    if nf < 1:
        return np.zeros(0, dtype=dtype)
    if nf > 2**31 - 1:
        raise CompatValueError(_TOO_LARGE)
    count = int(nf)
    n1 = dtype(nf - 1) if not single else np.float32(nf - 1)
    k = np.arange(count, dtype=np.float32 if single else np.float64)
    with np.errstate(all="ignore"):
        diff = b - a
        c = diff * (n1 - 1)
        if np.isinf(c):
            if np.isinf(diff):
                y = a + (b / n1) * k - (a / n1) * k
            else:
                y = a + k * (diff / n1)
        else:
            y = a + (k * diff) / n1
    y = np.asarray(y, dtype=dtype).reshape(count)
    if a == b:
        y[...] = a
    else:
        y[0] = a
        y[-1] = b
    return y


# --------------------------------------------------------------------------- grids
def ndgrid(vectors: Sequence[np.ndarray], count: int | None = None) -> list[np.ndarray]:
    """The first ``count`` (default all) of the N-D grids of the 1-D ``vectors``:
    output ``k`` has shape ``(len(v1), ..., len(vn))`` and varies along axis ``k``
    (numpy's ``meshgrid(..., indexing='ij')``), each a new array of its vector's class."""
    shape = tuple(v.size for v in vectors)
    out = []
    for k, v in enumerate(vectors[:count]):
        index = [None] * len(shape)
        index[k] = slice(None)
        out.append(np.broadcast_to(v[tuple(index)], shape).copy())
    return out
