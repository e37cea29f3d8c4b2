"""C's FMAX/FMIN/SIGN and NaN-skipping maxima in the Numerical Recipes ports.

Numerical Recipes in C, 2nd ed. (the code inside IDL's DFPMIN, POWELL, NEWTON, BROYDEN,
FZ_ROOTS, SVDC) writes ``FMAX(a,b)`` = ``a > b ? a : b``, ``SIGN(a,b)`` = ``b >= 0 ?
|a| : -|a|`` (nrutil.h) and its convergence tests as ``test=0.0; for (...) if (v > test)
test=v;``. compat's ports wrote Python's max(), numpy.copysign and numpy.max instead,
which differ on NaN (and SIGN on -0.0); compat/_core/c_semantics.py has the C forms.

GDL 1.0.1 on the same NaN inputs (gdl -e, 2026-12-06): NEWTON and BROYDEN (GSL
multiroots there) return [NaN, NaN] for the systems below where NR's newt/broydn
return the start [1, -1]; DFPMIN returns the start [0, 0] as NR but FMIN 5 (the
function at the start) where NR's ``*fret`` is lnsrch's last trial value, NaN; POWELL
of an all-NaN function returns [NaN, NaN] after 1 iteration where NR never meets its
test and stops at ITMAX. LUDC of [[1,2],[NaN,0]] returns a NaN row in GDL where
NR's ludcmp stops with "Singular matrix"; on [[1,2,0],[3,1,1],[NaN,1,5]] GDL pivots on
the 3 first as NR (its index output is a permutation, not NR's indx); GDL has no
ELMHES. The tests state NR's C, the documented basis of the routines.
"""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from compat._core import c_semantics as cs
from compat._core import direction_set, newton_systems
from compat._core import numerical_recipes as nr

NAN = float("nan")


# ------------------------------------------------------------------ the helpers
def test_macros_take_the_second_argument_when_a_comparison_fails():
    assert cs.fmax(NAN, 1.0) == 1.0 and math.isnan(cs.fmax(1.0, NAN))
    assert cs.fmin(NAN, 1.0) == 1.0 and math.isnan(cs.fmin(1.0, NAN))
    # equal values: the second, so signed zeros come from b
    assert math.copysign(1.0, cs.fmax(0.0, -0.0)) == -1.0
    assert math.copysign(1.0, cs.fmin(-0.0, 0.0)) == 1.0
    assert cs.fmax(np.float32(2), np.float32(3)) == 3 and cs.fmin(2.0, 3.0) == 2.0


def test_sign_is_a_comparison_not_the_sign_bit():
    assert cs.sign(3.0, -0.0) == 3.0          # -0.0 >= 0 holds in C
    assert cs.sign(3.0, NAN) == -3.0          # NaN >= 0 fails
    assert cs.sign(-3.0, 0.5) == 3.0 and cs.sign(3.0, -0.5) == -3.0
    r = cs.sign(np.float32(-2), np.float32(1))
    assert type(r) is np.float32 and r == 2


def test_array_forms():
    got = cs.fmax_array(np.array([0.5, NAN, 2.0, -np.inf], np.float32), np.float32(1))
    assert got.dtype == np.float32 and got.tolist() == [1.0, 1.0, 2.0, 1.0]
    assert cs.running_max(np.array([0.25, NAN, 0.5, NAN]), 0.0) == 0.5
    assert cs.running_max(np.array([NAN, NAN]), 0.0) == 0.0
    assert cs.running_max(np.array([np.inf, NAN]), 0.0) == np.inf
    assert cs.fold_fmax(0.0, [3.0, NAN, 2.0]) == 2.0
    assert math.isnan(cs.fold_fmax(0.0, [1.0, NAN]))
    assert cs.fold_fmax(0.0, [1.0, 4.0, 2.0]) == 4.0


# ----------------------------------------------------------- brent (NR 10.2)
def test_brent_steps_down_by_tol1_when_the_parabola_is_nan():
    """NR brent, the function NaN everywhere: the first step is golden (u = 0.618034),
    then the parabolic step d = p/q is NaN, fabs(d) >= tol1 fails and NR takes
    ``u = x + SIGN(tol1, d)`` = x - tol1 (NaN >= 0 is false). numpy.copysign read
    the NaN's sign bit and stepped up to 1.0010000001."""
    points = []

    def f(x):
        points.append(x)
        return NAN

    direction_set._brent(f, 0.0, 1.0, 2.0, 1e-3, float)
    tol1 = 1e-3 * 1.0 + 1e-10
    assert points[:3] == [1.0, 0.618034, 1.0 - tol1]


# ---------------------------------------------- dfpmin / lnsrch (NR 10.7, 9.7)
def test_dfpmin_nan_gradient_component_returns_the_start():
    """A gradient with a NaN component: lnsrch's ``test`` (largest
    fabs(p[i])/FMAX(fabs(xold[i]),1.0) above 0) skips the NaN, so alamin = TOLX/test
    is finite, alam shrinks below it (the trial f is NaN) and lnsrch returns xold with
    check set and *f the last trial value; dfpmin's TOLX test then sees xi = 0 and
    returns after 1 iteration. The old numpy.max made test NaN: alam fell to 0 and the
    float64 search stopped on ZeroDivisionError (float32 never stopped)."""
    r = direction_set.dfpmin(lambda x: (x[0] - 1) ** 2 + (x[1] - 2) ** 2,
                             lambda x: np.array([2 * (x[0] - 1), NAN]),
                             np.array([0.0, 0.0]), 1e-7)
    assert r.x.tolist() == [0.0, 0.0] and r.iterations == 1 and math.isnan(r.fmin)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_line_search_is_bounded_when_alamin_is_zero(dtype):
    """Gradient [inf, NaN]: |p| = NaN is not above stpmax, test = inf, alamin = 0 and
    every trial f is NaN: NR's C loops forever (alam underflows to 0 and FMAX(NaN,
    0.1*0) keeps it there). compat stops there as for alam < alamin. Run in a
    subprocess with a timeout: the old code never returned in float32."""
    code = textwrap.dedent(f"""
        import numpy as np
        from compat._core import direction_set as ds
        np.seterr(all="ignore")
        r = ds.dfpmin(lambda x: float(np.sum(x * x)), lambda x: np.array([np.inf, np.nan]),
                      np.array([1.0, 2.0]), 1e-7, dtype=np.{dtype})
        print(r.x.tolist(), r.iterations)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[1.0,", "2.0]", "1"]


# ------------------------------------------------- newt / broydn (NR 9.7)
class _Limited:
    """The user function, refusing to run more than ``limit`` times (a hang bound)."""

    def __init__(self, fn, limit=20000):
        self.fn, self.limit, self.calls = fn, limit, 0

    def __call__(self, x):
        self.calls += 1
        if self.calls > self.limit:
            raise RuntimeError("more than %d calls: the search does not stop" % self.limit)
        return self.fn(x)


@pytest.mark.parametrize("method", [newton_systems.newton, newton_systems.broyden])
def test_nan_component_at_the_start_is_skipped_by_the_f_test(method):
    """F = [x0 - 1, sqrt(x1)] at [1, -1]: NR's first test (largest fabs(fvec[i]) above 0,
    NaN skipped) is 0 < 0.01*TOLF, so newt/broydn return the start at once (check 0).
    The old numpy.max made it NaN, and the line search then never ended."""
    with np.errstate(all="ignore"):
        fn = _Limited(lambda x: np.array([x[0] - 1, np.sqrt(x[1])]))
        r = method(fn, np.array([1.0, -1.0]))
    assert r.x.tolist() == [1.0, -1.0] and r.iterations == 0 and fn.calls == 1


def test_nan_component_broydn_line_search_stops_and_tolf_test_passes():
    """F = [x0^2 - 4, sqrt(x1)] from [1, -1]: broydn's step (qrdcmp, whose scale is an
    FMAX fold) is NaN in x1 only; lnsrch's test skips it (alamin finite), alam falls
    below alamin (f is NaN at every trial) and lnsrch returns xold; the TOLF test
    reads the largest non-NaN |F|, 3, not below TOLF, and check is set right after
    the restart, so broydn returns in iteration 1. The old code never left the line
    search."""
    with np.errstate(all="ignore"):
        fn = _Limited(lambda x: np.array([x[0] ** 2 - 4, np.sqrt(x[1])]))
        r = newton_systems.broyden(fn, np.array([1.0, -1.0]))
    assert r.x.tolist() == [1.0, -1.0] and r.iterations == 1 and fn.calls <= 40


def test_nan_row_of_the_jacobian_is_singular_for_newt():
    """The same system in newt: fdjac's second row is all NaN, and ludcmp's row scale
    (``if ((temp=fabs(a[i][j])) > big) big=temp;`` from 0) stays 0: NR's nrerror
    "Singular matrix in routine ludcmp" at the first Jacobian. The old code (numpy.max,
    a NaN scale) went on into a line search that never ended."""
    with np.errstate(all="ignore"):
        fn = _Limited(lambda x: np.array([x[0] ** 2 - 4, np.sqrt(x[1])]))
        with pytest.raises(ValueError, match="Singular matrix in routine ludcmp"):
            newton_systems.newton(fn, np.array([1.0, -1.0]))
    assert fn.calls == 3            # F at the start and one per Jacobian column


def test_ludcmp_pivot_never_takes_a_nan_row():
    """ludcmp's pivot ``if ((dum=vv[i]*fabs(sum)) >= big)`` from big = 0: a NaN merit
    never wins, so column 0 pivots on row 1 (|3| * 1/3 = 1 vs row 2's NaN); numpy's
    argmax took the NaN row."""
    a = np.array([[1.0, 2.0, 0.0], [3.0, 1.0, 1.0], [NAN, 1.0, 5.0]])
    _, index, parity = nr.crout_lu(a)
    assert index[0] == 1 and parity == -1
    with pytest.raises(ValueError, match="Singular matrix"):
        nr.crout_lu(np.array([[1.0, 2.0], [NAN, 0.0]]))     # row big stays 0


def test_elmhes_pivot_skips_nan():
    """elmhes: ``if (fabs(a[j][m-1]) > fabs(x)) {x=a[j][m-1]; i=j;}`` from x = 0 picks the
    largest non-NaN entry below the subdiagonal; the old column.max() was NaN, so no
    row was exchanged."""
    a = np.array([[1.0, 0, 0, 0], [0.5, 1, 0, 0], [NAN, 0, 1, 0], [4.0, 0, 0, 1]])
    h = nr.eliminate_hessenberg(a)
    assert h[1, 0] == 4.0     # row 3 brought up as the pivot


def test_qr_scale_is_an_fmax_fold():
    """qrdcmp's ``scale=FMAX(scale,fabs(a[i][k]))``: a NaN above a finite entry is
    replaced by it, so the column is scaled by 4, not by NaN."""
    a = np.array([[NAN, 1.0], [4.0, 2.0]])
    c, d, singular = newton_systems._qr(a, np.float64)
    # column 0 / 4 = [NaN, 1] (the old numpy.max scale made it [NaN, NaN])
    assert not singular and math.isnan(d[0]) and a[1, 0] == 1.0
