"""IDL's ``SIMPLEX`` (linear programming), over :mod:`compat._core.linear_programming`.

IDL documents SIMPLEX as Numerical Recipes' ``simplx`` (Press et al., Numerical Recipes
in C, 2nd ed., section 10.8); the core follows that routine's pivoting and tolerance
step for step, in FLOAT unless an argument asks for DOUBLE.
"""

from __future__ import annotations

import numpy as np

from compat._core import linear_programming as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["simplex"]

#: IDL's STATUS codes for NR's outcomes
_STATUS = {core.FINITE: 0, core.UNBOUNDED: 1, core.INFEASIBLE: 2, core.STALLED: 3}


class SimplexResult(Result):
    """SIMPLEX's result and the output argument and keyword requested."""

    result: np.ndarray
    tableau: np.ndarray
    status: np.ndarray


def _count(value, name):
    a = idl_array(value, name, complex_ok=False, scalar=True)
    if a.dtype.kind == "f" and not float(a) == int(a):
        raise CompatValueError(f"{name} must be a whole number, got {float(a)}")
    count = int(a)
    if count < 0:
        raise CompatValueError(f"{name} must not be negative, got {count}")
    return count


@idl_routine("SIMPLEX", output_arguments=("tableau", "izrov", "iposv"))
def simplex(zequation, constraints, m1, m2, m3, *, tableau=False, izrov=False,
            iposv=False, double=False, eps=None, status=False):
    """Maximise a linear function under linear constraints, as IDL's ``SIMPLEX``.

    IDL call form::

        Result = SIMPLEX(Zequation, Constraints, M1, M2, M3 [, Tableau [, Izrov
                         [, Iposv]]] [, /DOUBLE] [, EPS=value] [, STATUS=variable])

        ->  r = idl.simplex(z, c, m1, m2, m3, status=True); r.result, r.status

    Maximises ``Z = z_1 x_1 + ... + z_N x_N`` over ``x >= 0`` subject to ``M1``
    constraints ``a . x <= b``, then ``M2`` constraints ``a . x >= b``, then ``M3``
    equalities ``a . x = b`` (``b >= 0``).

    Parameters
    ----------
    zequation : array_like
        The N coefficients of Z.
    constraints : array_like
        IDL's N+1 columns by M rows, i.e. numpy shape (M, N+1) in readsav layout: each
        row ``[b, -a_1, ..., -a_N]`` (the coefficients with their sign reversed), the
        ``<=`` rows first, then the ``>=`` rows, then the equalities.
    m1, m2, m3 : int
        How many rows of each kind (M1 + M2 + M3 = M).
    tableau : bool
        Also return the final tableau: IDL's N+1 columns by M+2 rows, numpy (M+2, N+1),
        NR's ``a`` (row 0 the objective, the last row phase one's auxiliary objective).
    izrov, iposv : bool
        Refused: IDL's numbering of these index outputs is not published where compat
        could check it (NR's ``simplx`` numbers them from 1); the tableau holds the
        solution.
    double : bool
        Compute and return DOUBLE (also when Zequation is DOUBLE, as GDL 1.0.1 decides;
        otherwise FLOAT).
    eps : float, optional
        The tolerance of the pivot tests; default 1e-6 (NR's ``EPS``).
    status : bool
        Also return STATUS: 0 an optimum was found, 1 Z is unbounded, 2 no ``x``
        satisfies the constraints, 3 the pivoting did not finish (compat stops NR's
        method after 50 (M + N + 1) pivots; 3 is the code GDL 1.0.1 gives a solver that
        did not finish).

    Returns
    -------
    numpy.ndarray or SimplexResult
        The N+1 values ``[Z_max, x_1, ..., x_N]`` (FLOAT or DOUBLE); with ``tableau`` or
        ``status`` requested, a named tuple ``(result, tableau, status)`` of those asked.
        When STATUS is not 0, the values are those NR's tableau holds at the stop.

    Raises
    ------
    ValueError
        ``"SIMPLEX: M1 + M2 + M3 = 3 must equal the 4 rows of Constraints"``, a
        Zequation whose length does not match Constraints' columns, a negative
        constraint value (NR's "Bad input tableau"), negative counts (compat's wording;
        GDL 1.0.1 says ``Sum of m1, m2 a,d m3 must be equal to 4``).

    Notes
    -----
    Sources: IDL Reference Guide, SIMPLEX (the problem, the layout of Constraints, the
    result, "based on the routine simplx described in section 10.8 of Numerical Recipes
    in C"); Numerical Recipes in C, 2nd ed., 10.8 (the two-phase method, ``simp1``,
    ``simp2``, ``simp3`` and EPS = 1e-6), whose worked example is the doctest below
    (Z = 17.025 at x = (0, 3.325, 4.725, 0.95)). FLOAT problems are pivoted in single
    precision, as NR's float routine is. ``scipy.optimize.linprog`` minimises, takes
    the constraint matrices unnegated and in separate ``A_ub``/``A_eq`` blocks, returns
    double, and may return another optimal vertex where the optimum is not unique.
    GDL 1.0.1 solves with GLPK (same optimum, values within rounding) and leaves
    Tableau, Izrov and Iposv undefined.

    NR's method can cycle: in single precision, rounding can leave phase one's
    objective a little above EPS (1.4e-6 for a random 5-variable problem with
    equalities), and NR's rules then pivot back and forth for ever. IDL does not
    publish what its SIMPLEX does then; compat stops with STATUS 3. Pass
    ``double=True`` (or a larger ``eps``) for such problems.

    Examples
    --------
    >>> from compat import idl
    >>> z = [1, 1, 3, -0.5]
    >>> c = [[740, -1, 0, -2, 0], [0, 0, -2, 0, 7], [0.5, 0, -1, 1, -2],
    ...      [9, -1, -1, -1, -1]]
    >>> r = idl.simplex(z, c, 2, 1, 1, status=True, double=True)
    >>> r.result.round(6).tolist(), int(r.status)
    ([17.025, 0.0, 3.325, 4.725, 0.95], 0)
    """
    if izrov or iposv:
        raise CompatValueError("Izrov and Iposv are not provided: IDL's numbering of them "
                               "is not published where compat could check it (NR's simplx "
                               "numbers them from 1); request the final tableau instead")
    z = idl_array(zequation, "Zequation", complex_ok=False).reshape(-1)
    c = idl_array(constraints, "Constraints", complex_ok=False)
    if c.ndim == 1:
        c = c.reshape(1, -1)
    if c.ndim != 2:
        raise CompatValueError("Constraints must be a 2-D array (N+1 columns by M rows), "
                               f"got {c.ndim} dimensions")
    counts = [_count(v, name) for v, name in ((m1, "M1"), (m2, "M2"), (m3, "M3"))]
    use_double = bool(double) or z.dtype == np.float64
    dtype = np.dtype(np.float64 if use_double else np.float32)
    if eps is None:
        eps = 1e-6
    else:
        eps = float(idl_array(eps, "EPS", complex_ok=False, scalar=True))
    if not (np.all(np.isfinite(z)) and np.all(np.isfinite(c))):
        raise CompatValueError("Zequation and Constraints must be finite (compat's "
                               "message: NaN or Infinity leaves the pivots undefined)")
    solved = core.simplex(z.astype(dtype), c.astype(dtype), *counts, eps=eps)
    result = np.concatenate([[solved.z], solved.x]).astype(dtype)
    if not (tableau or status):
        return result
    fields = {"result": result}
    if tableau:
        fields["tableau"] = solved.tableau
    if status:
        fields["status"] = np.int32(_STATUS[solved.outcome])
    return SimplexResult(**fields)
