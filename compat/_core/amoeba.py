"""The downhill simplex method of Nelder and Mead in Numerical Recipes' form (``amoeba``
and ``amotry``, Press et al., *Numerical Recipes in C*, 2nd ed., section 10.4): the core
of IDL's AMOEBA, which IDL documents as based on that routine.

Differences from MATLAB's ``fminsearch`` (:mod:`compat._core.optimization`): the simplex
is not sorted each step, the trial points are ``psum*fac1 - p_hi*fac2`` with the
running vertex sum ``psum``, an expansion is tried only after a reflection that beats
the best vertex and is kept whether or not it improves on the reflection, and the stop
test is on the function values alone, ``2|f_hi - f_lo| / (|f_hi| + |f_lo|) < ftol``.

Python-shaped: vertices are the rows of ``simplex`` (``ndim + 1`` rows), computed in the
dtype given; the function takes a vector and returns a scalar. No legacy names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

__all__ = ["SimplexResult", "downhill_simplex"]


@dataclass
class SimplexResult:
    simplex: np.ndarray      # (ndim + 1, ndim); row 0 is the best vertex when converged
    values: np.ndarray       # f at the vertices; values[0] is the minimum when converged
    calls: int               # NR's nfunk: evaluations counted by the method's rule
    converged: bool


def _try(simplex, values, psum, function, ihi, factor, dtype):
    """NR's amotry: extrapolate by ``factor`` through the face opposite the highest
    vertex; replace that vertex when the trial point is better."""
    ndim = simplex.shape[1]
    fac1 = dtype.type((1.0 - factor) / ndim)
    fac2 = dtype.type(fac1 - dtype.type(factor))
    trial = psum * fac1 - simplex[ihi] * fac2
    value = function(trial)
    if value < values[ihi]:
        values[ihi] = value
        psum += trial - simplex[ihi]
        simplex[ihi] = trial
    return value


def downhill_simplex(function: Callable[[np.ndarray], float], simplex: np.ndarray,
                     ftol: float, nmax: int, value_type) -> SimplexResult:
    """Minimise ``function`` from the starting ``simplex`` (rows are vertices).

    ``value_type`` is the dtype the function values are kept in (IDL keeps them in the
    type the user's function returns). Stops when the fractional spread of the values is
    below ``ftol`` (converged) or when more than ``nmax`` evaluations were counted.
    """
    dtype = simplex.dtype
    vtype = np.dtype(value_type)
    p = np.array(simplex, copy=True)
    mpts, ndim = p.shape
    y = np.array([function(p[i]) for i in range(mpts)], dtype=vtype)
    calls = 0
    psum = p.sum(axis=0, dtype=dtype)
    tiny = vtype.type(1e-10)
    # one simplex step per pass: each depends on the vertices the previous one left
    while True:
        ilo = 0
        if y[0] > y[1]:
            ihi, inhi = 0, 1
        else:
            ihi, inhi = 1, 0
        for i in range(mpts):
            if y[i] <= y[ilo]:
                ilo = i
            if y[i] > y[ihi]:
                inhi, ihi = ihi, i
            elif y[i] > y[inhi] and i != ihi:
                inhi = i
        spread = vtype.type(2.0) * abs(y[ihi] - y[ilo]) / (abs(y[ihi]) + abs(y[ilo]) + tiny)
        if spread < ftol:
            y[[0, ilo]] = y[[ilo, 0]]
            p[[0, ilo]] = p[[ilo, 0]]
            return SimplexResult(p, y, calls, True)
        if calls >= nmax:
            return SimplexResult(p, y, calls, False)
        calls += 2
        trial = _try(p, y, psum, function, ihi, -1.0, dtype)
        if trial <= y[ilo]:
            _try(p, y, psum, function, ihi, 2.0, dtype)
        elif trial >= y[inhi]:
            saved = y[ihi]
            trial = _try(p, y, psum, function, ihi, 0.5, dtype)
            if trial >= saved:
                for i in range(mpts):
                    if i != ilo:
                        p[i] = psum = (dtype.type(0.5) * (p[i] + p[ilo])).astype(dtype)
                        y[i] = function(psum)
                calls += ndim
                psum = p.sum(axis=0, dtype=dtype)
        else:
            calls -= 1
