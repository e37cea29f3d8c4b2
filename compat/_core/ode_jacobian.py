"""Finite-difference Jacobians for the stiff ODE solvers: MATLAB's numjac.

MATLAB's stiff solvers approximate ``dF/dy`` by forward differences with an increment
per column that adapts from call to call (the vector ``fac``), the scheme of D. E.
Salane ("Adaptive routines for forming Jacobians numerically", Sandia report
SAND86-1319, 1986) as L. F. Shampine and M. W. Reichelt describe it in "The MATLAB ODE
Suite" (SIAM J. Sci. Comput. 18(1), 1997, section 5) and MATLAB's numjac documents it:

* ``yscale = max(|y|, thresh)`` (``thresh`` is AbsTol for the ODE solvers);
  ``del = (y + fac*yscale) - y``; a zero increment has its ``fac`` raised 100-fold (up
  to ``facmax = 0.1``) until it is not, else ``del = thresh``; when ``F`` and ``y``
  have the same length the increment points the way ``F`` does (``sign(F) >= 0``:
  up, else down);
* every column is formed from one evaluation, ``(F(y + del_j e_j) - F(y)) / del_j``;
* a column whose largest difference is below ``eps^0.875`` of the function scale (it
  may be roundoff) is recomputed with ``sqrt(fac)`` (one more evaluation) and kept when
  ``tmpfac*||new||_inf >= ||old||_inf``, its ``fac`` then set from that difference;
* ``fac`` grows 10-fold where the difference is below ``eps^0.75`` of the scale and
  shrinks 10-fold where it is above ``eps^0.25`` (within ``[eps^0.78, 0.1]``).

The same rules are in MATLAB's numjac/odenumjac (function evaluations counted in the
solvers' ``nfevals``); sparse patterns (JPattern) and vectorised evaluation are not
implemented: every column costs one call.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["jacobian_source", "numerical_jacobian", "time_increment"]

_EPS = float(np.finfo(float).eps)
_BR, _BL, _BU = _EPS ** 0.875, _EPS ** 0.75, _EPS ** 0.25
_FACMIN, _FACMAX = _EPS ** 0.78, 0.1
_SQRTEPS = math.sqrt(_EPS)


def numerical_jacobian(f, t, y, fy, thresh, fac=None):
    """``(dFdy, fac, nfevals)``: MATLAB's ``numjac(F, t, y, Fty, thresh, fac)``.

    ``f(t, y)`` returns a 1-D array; ``fy = f(t, y)``; ``thresh`` the threshold per
    component (an array of ``len(y)``); ``fac`` the increments' state from the previous
    call (None at the first). ``fac`` is returned updated (a new array).
    """
    y = np.asarray(y, dtype=float)
    ny = y.size
    nf = fy.size
    fac = np.full(ny, np.sqrt(_EPS)) if fac is None else np.array(fac, dtype=float)
    yscale = np.maximum(np.abs(y), thresh)
    delta = (y + fac * yscale) - y
    for j in np.flatnonzero(delta == 0):
        while True:
            if fac[j] < _FACMAX:
                fac[j] = min(100 * fac[j], _FACMAX)
                delta[j] = (y[j] + fac[j] * yscale[j]) - y[j]
                if delta[j] != 0:
                    break
            else:
                delta[j] = thresh[j]
                break
    if nf == ny:
        delta = np.where(np.sign(fy) >= 0, 1.0, -1.0) * np.abs(delta)
    fdel = np.empty((nf, ny))
    ydel = y.copy()
    for j in range(ny):
        ydel[j] = y[j] + delta[j]
        fdel[:, j] = f(t, ydel)
        ydel[j] = y[j]
    nfevals = ny
    fdiff = fdel - fy[:, None]
    dfdy = fdiff / delta
    rowmax = np.argmax(np.abs(fdiff), axis=0)
    difmax = np.abs(fdiff)[rowmax, np.arange(ny)]
    absfdel_rm = np.abs(fdel[rowmax, np.arange(ny)])
    absfy = np.abs(fy)
    absfy_rm = absfy[rowmax]
    adjust = ((absfdel_rm != 0) & (absfy_rm != 0)) | (difmax == 0)
    if np.any(adjust):
        fscale = np.maximum(absfdel_rm, absfy_rm)
        small = difmax <= _BR * fscale
        for k in np.flatnonzero(adjust & small):
            tmpfac = min(np.sqrt(fac[k]), _FACMAX)
            dk = (y[k] + tmpfac * yscale[k]) - y[k]
            if tmpfac != fac[k] and dk != 0:
                if nf == ny:
                    dk = abs(dk) if fy[k] >= 0 else -abs(dk)
                ydel[k] = y[k] + dk
                fd = np.asarray(f(t, ydel), dtype=float)
                nfevals += 1
                ydel[k] = y[k]
                diff = fd - fy
                tmp = diff / dk
                rm = int(np.argmax(np.abs(diff)))
                dm = abs(diff[rm])
                if tmpfac * np.max(np.abs(tmp)) >= np.max(np.abs(dfdy[:, k])):
                    dfdy[:, k] = tmp
                    fs = max(abs(fd[rm]), absfy[rm])
                    if dm <= _BL * fs:
                        fac[k] = min(10 * tmpfac, _FACMAX)
                    elif dm > _BU * fs:
                        fac[k] = max(0.1 * tmpfac, _FACMIN)
                    else:
                        fac[k] = tmpfac
        grow = adjust & ~small & (difmax <= _BL * fscale)
        fac[grow] = np.minimum(10 * fac[grow], _FACMAX)
        shrink = adjust & (difmax > _BU * fscale)
        fac[shrink] = np.maximum(0.1 * fac[shrink], _FACMIN)
    return dfdy, fac, nfevals


def jacobian_source(ropts, rhs, neq, atol):
    """How a stiff solver forms ``dF/dy``: ``(jac, constant, per_step)``.

    ``jac(t, y, f0) -> (J, nfevals)`` from odeset's Jacobian in ``ropts`` (a constant
    ``neq x neq`` matrix, or a function ``J(t, y)``, its result reshaped when it has
    ``neq**2`` elements) or else :func:`numerical_jacobian` with threshold ``atol`` (its
    increments kept from call to call); ``constant`` with a matrix or JConstant 'on';
    ``per_step`` unless it is a matrix. Shared by ode23s and ode15s.
    """
    jac = ropts.jacobian
    if jac is not None and not callable(jac):
        J = np.asarray(jac, dtype=float)
        if J.shape != (neq, neq):
            raise CompatValueError(f"the Jacobian must be a {neq}x{neq} matrix, got shape "
                                   f"{J.shape}")
        return (lambda t, y, f0: (J, 0)), True, False
    if jac is not None:
        def analytic(t, y, f0):
            J = np.asarray(jac(t, y.copy()), dtype=float)
            if J.shape != (neq, neq):
                if J.size == neq * neq:
                    J = J.reshape(neq, neq)
                else:
                    raise CompatValueError(f"the Jacobian function must return a "
                                           f"{neq}x{neq} matrix, got shape {J.shape}")
            return J, 0
        return analytic, ropts.jconstant, True
    thresh = np.broadcast_to(atol, (neq,)).astype(float)
    state = {"fac": None}

    def numeric(t, y, f0):
        J, state["fac"], n = numerical_jacobian(rhs, t, y, f0, thresh, state["fac"])
        return J, n
    return numeric, ropts.jconstant, True


def time_increment(t: float, h: float, absh: float, tdir: float) -> float:
    """The increment of the stiff solvers' forward difference ``dF/dt`` at ``t`` for a
    step ``h``: ``(t + tdir min(sqrt(eps) max(|t|, |t + h|), |h|)) - t``, the increment
    as the time grid represents it (MATLAB's ode23s and ode15s, Shampine and Reichelt
    1997, section 5)."""
    return (t + tdir * min(_SQRTEPS * max(abs(t), abs(t + h)), absh)) - t
