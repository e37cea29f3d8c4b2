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
solvers' ``nfevals``). With a sparsity pattern (odeset's JPattern, MvPattern) the
columns are grouped (:func:`column_groups`, MATLAB's colgroup) and one evaluation
perturbs every column of a group: ``F(y + sum_{j in group} del_j e_j)`` gives column
j's differences in the rows where the pattern has column j's nonzeros, all other
entries are 0, and the largest difference (``Difmax``) and the retry of a small column
are as above, restricted to the pattern's rows; a pattern column without nonzeros is in
no group and is neither evaluated nor retried. The statistics count ``ng`` values (one
per group) where the full Jacobian counts ``ny``. With odeset's Vectorized 'on' the
perturbed states go to ``F`` as the columns of one matrix ``F(t, [y1 y2 ...])`` (one
call); MATLAB's ode solvers count the values computed, not the calls, so ``nfevals``
is the same as without Vectorized. The retries of small columns are single-vector
calls in every case. (MATLAB's odenumjac R2004-R2022 public copies; its documentation:
"NFEVALS: the number of values F(FARGS{:}) computed while forming dFdY ... NFCALLS the
number of calls"; the ODE solvers add NFEVALS to their statistics.)
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["column_groups", "jacobian_source", "numerical_jacobian", "pattern_matrix",
           "time_increment", "vectorized_rhs"]

_EPS = float(np.finfo(float).eps)
_BR, _BL, _BU = _EPS ** 0.875, _EPS ** 0.75, _EPS ** 0.25
_FACMIN, _FACMAX = _EPS ** 0.78, 0.1
_SQRTEPS = math.sqrt(_EPS)


def pattern_matrix(pattern, shape, what="JPattern"):
    """A sparsity pattern (a dense array, a list, or a scipy.sparse matrix) as a
    boolean ``shape`` array (nonzero = may depend); a CompatValueError for another
    shape."""
    if hasattr(pattern, "toarray"):
        pattern = pattern.toarray()
    try:
        arr = np.asarray(pattern)
        mask = arr != 0
    except (TypeError, ValueError):
        raise CompatValueError(f"{what} must be a {shape[0]}x{shape[1]} matrix of 0s and "
                               f"1s (a sparsity pattern)") from None
    if mask.shape != shape:
        if mask.size == shape[0] * shape[1] and shape[0] == 1:
            mask = mask.reshape(shape)
        else:
            raise CompatValueError(f"{what} must be a {shape[0]}x{shape[1]} matrix (numel(y0) "
                                   f"square), got shape {arr.shape}")
    return mask


def column_groups(pattern) -> np.ndarray:
    """MATLAB's ``colgroup(S)``: the group (1, 2, ...) of every column of the boolean
    pattern ``S``, 0 for a column without nonzeros.

    Columns in one group share no row, so one function evaluation gives the
    differences of all of them (Curtis, Powell and Reid 1974; Coleman, Garbow and
    More, ACM TOMS 10, 1984). The grouping is first fit in column order: column j joins
    the first group none of whose columns has a nonzero in a row of column j, else
    opens a new group. It is optimal for banded patterns (``p + q + 1`` groups for
    half-bandwidths ``p`` and ``q``: 3 for a tridiagonal pattern). MATLAB's colgroup
    also tries first fit after a reverse COLAMD ordering and keeps the grouping with
    fewer groups. compat has MATLAB's COLAMD (:mod:`compat._core.column_ordering`), but
    not colgroup.m's exact rule for that second try (its tie-break and numbering are
    not published, and Octave has no colgroup to check against), so it keeps first fit
    in column order: on an irregular pattern where the reverse-COLAMD grouping needs
    fewer groups compat's count of function evaluations is higher than MATLAB's (the
    Jacobian is the same).
    """
    S = np.asarray(pattern, dtype=bool)
    m, n = S.shape
    groups = np.zeros(n, dtype=np.int64)
    taken = []                                   # the rows each group already covers
    for j in range(n):
        rows = np.flatnonzero(S[:, j])
        if rows.size == 0:
            continue
        for k, covered in enumerate(taken):
            if not covered[rows].any():
                covered[rows] = True
                groups[j] = k + 1
                break
        else:
            covered = np.zeros(m, dtype=bool)
            covered[rows] = True
            taken.append(covered)
            groups[j] = len(taken)
    return groups


def numerical_jacobian(f, t, y, fy, thresh, fac=None, *, pattern=None, groups=None,
                       f_matrix=None):
    """``(dFdy, fac, nfevals)``: MATLAB's ``numjac(F, t, y, Fty, thresh, fac)``.

    ``f(t, y)`` returns a 1-D array; ``fy = f(t, y)``; ``thresh`` the threshold per
    component (an array of ``len(y)``); ``fac`` the increments' state from the previous
    call (None at the first). ``fac`` is returned updated (a new array). ``pattern``
    (boolean ``len(fy) x len(y)``) with its ``groups`` (:func:`column_groups`) forms
    the Jacobian a group at a time; ``f_matrix(t, Y)`` (Vectorized) evaluates ``f`` on
    the columns of ``Y`` in one call. ``nfevals`` counts values, as MATLAB's solvers do.
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
    cols = np.arange(ny)
    ydel = y.copy()
    if pattern is None:
        if f_matrix is not None:
            fdel = f_matrix(t, y[:, None] + np.diag(delta))
        else:
            fdel = np.empty((nf, ny))
            for j in range(ny):
                ydel[j] = y[j] + delta[j]
                fdel[:, j] = f(t, ydel)
                ydel[j] = y[j]
        nfevals = ny
        fdiff = fdel - fy[:, None]
        rowmax = np.argmax(np.abs(fdiff), axis=0)
        absfdel_rm = np.abs(fdel[rowmax, cols])
        requested = np.ones(ny, dtype=bool)
    else:
        requested = groups > 0
        if not requested.any():
            return np.zeros((nf, ny)), fac, 0
        ng = int(groups.max())
        gcol = np.where(requested, groups - 1, 0)
        ygrp = np.repeat(y[:, None], ng, axis=1)
        ygrp[cols[requested], gcol[requested]] += delta[requested]
        if f_matrix is not None:
            fgrp = f_matrix(t, ygrp)
        else:
            fgrp = np.empty((nf, ng))
            for j in range(ng):
                fgrp[:, j] = f(t, ygrp[:, j])
        nfevals = ng
        # column j's differences in its pattern rows, 0 elsewhere
        fdiff = np.where(pattern, fgrp[:, gcol] - fy[:, None], 0.0)
        rowmax = np.argmax(np.abs(fdiff), axis=0)
        absfdel_rm = np.where(requested, np.abs(fgrp[rowmax, gcol]), 0.0)
    dfdy = fdiff / delta
    difmax = np.abs(fdiff)[rowmax, cols]
    absfy = np.abs(fy)
    absfy_rm = absfy[rowmax]
    adjust = (((absfdel_rm != 0) & (absfy_rm != 0)) | (difmax == 0)) & requested
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
                    if pattern is None:
                        dfdy[:, k] = tmp
                    else:
                        dfdy[pattern[:, k], k] = tmp[pattern[:, k]]
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
    increments kept from call to call), grouped by ``ropts.jpattern`` (a boolean
    pattern, odeset's JPattern) and vectorised by ``ropts.vectorized_rhs`` (``F(t, Y)``
    on a matrix, odeset's Vectorized) when they are set; ``constant`` with a matrix or
    JConstant 'on'; ``per_step`` unless it is a matrix. Shared by ode23s and ode15s
    (MATLAB's odejacobian reads JPattern and Vectorized only when no Jacobian is given).
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
    pattern = getattr(ropts, "jpattern", None)
    groups = None if pattern is None else column_groups(pattern)
    f_matrix = getattr(ropts, "vectorized_rhs", None)

    def numeric(t, y, f0):
        J, state["fac"], n = numerical_jacobian(rhs, t, y, f0, thresh, state["fac"],
                                                pattern=pattern, groups=groups,
                                                f_matrix=f_matrix)
        return J, n
    return numeric, ropts.jconstant, True


def vectorized_rhs(odefun, neq: int, nonneg=None):
    """``F(t, Y)`` for odeset's Vectorized 'on': the user's ``odefun(t, Y)`` on the
    ``neq x k`` matrix ``Y`` (its columns the states) must return ``neq x k`` values
    (column j the derivative at ``Y[:, j]``), as MATLAB's ``f(t, [y1 y2 ...])``.

    With NonNegative (0-based ``nonneg``) the derivatives are clipped as MATLAB's
    odenonnegative clips them, which indexes the matrix linearly: only the first
    column's listed components are clipped (where that column's value is <= 0).
    """
    def f(t, Y):
        try:
            out = np.asarray(odefun(t, Y.copy()), dtype=float)
        except (TypeError, ValueError):
            raise CompatValueError("with Vectorized 'on', odefun(t, Y) must return a "
                                   "numeric matrix") from None
        if out.shape != Y.shape:
            if out.size != Y.size or Y.shape[1] != 1:
                raise CompatValueError(
                    f"with Vectorized 'on', odefun(t, Y) is called with a {Y.shape[0]}x"
                    f"{Y.shape[1]} matrix Y (one state per column) and must return a "
                    f"{Y.shape[0]}x{Y.shape[1]} matrix, got shape {out.shape}")
            out = out.reshape(Y.shape)
        if nonneg is not None:
            ndx = nonneg[Y[nonneg, 0] <= 0]
            out[ndx, 0] = np.maximum(out[ndx, 0], 0)
        return out
    return f


def time_increment(t: float, h: float, absh: float, tdir: float) -> float:
    """The increment of the stiff solvers' forward difference ``dF/dt`` at ``t`` for a
    step ``h``: ``(t + tdir min(sqrt(eps) max(|t|, |t + h|), |h|)) - t``, the increment
    as the time grid represents it (MATLAB's ode23s and ode15s, Shampine and Reichelt
    1997, section 5)."""
    return (t + tdir * min(_SQRTEPS * max(abs(t), abs(t + h)), absh)) - t
