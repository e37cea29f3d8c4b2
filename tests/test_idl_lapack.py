"""Tests of compat.idl.la_least_squares (IDL's LAPACK least squares, family lapack).

Golden cases: reference_outputs/idl/lapack (GDL captures and the documentation's
example). Here: each METHOD against numpy's SVD solution, the minimum-norm property,
types, RANK/RESIDUAL/STATUS, errors, and a differential run against live GDL on random
full-rank systems.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl

from oracles import run_gdl


@pytest.mark.parametrize("method", [0, 1, 2, 3])
@pytest.mark.parametrize("shape", [(9, 4), (4, 7), (5, 5)])
def test_methods_agree_with_numpy(method, shape):
    rng = np.random.default_rng(sum(shape) + method)
    a = rng.standard_normal(shape)
    b = rng.standard_normal(shape[0])
    r = idl.la_least_squares(a, b, method=method, rank=True, residual=True,
                             status=True)
    want, resid, rank, _ = np.linalg.lstsq(a, b, rcond=None)
    np.testing.assert_allclose(r.result, want, rtol=1e-10, atol=1e-12)
    assert r.result.dtype == np.float64 and r.status == 0
    assert r.rank == min(shape)
    if shape[0] > shape[1]:
        np.testing.assert_allclose(r.residual, resid[0], rtol=1e-10)
    else:
        assert r.residual == 0


def test_rank_deficient_minimum_norm_and_rank():
    a = np.array([[1.0, 2, 3], [3, 4, 5], [5, 7, 9], [1, 1, 1]])
    b = np.array([1.0, 2, 3, 4])
    for method in (1, 2, 3):
        r = idl.la_least_squares(a, b, method=method, rank=True, residual=True)
        np.testing.assert_allclose(r.result, [2.25, 0.5, -1.25], rtol=1e-12)
        assert r.rank == 2
        assert r.residual == 0  # rank < n: no residual, as LAPACK documents
    # RCONDITION raises the cut-off: the smaller nonzero singular value goes too
    s = np.linalg.svd(a, compute_uv=False)
    r = idl.la_least_squares(a, b, method=2, rcondition=1.01 * s[1] / s[0], rank=True)
    assert r.rank == 1


def test_types_and_several_right_hand_sides():
    rng = np.random.default_rng(5)
    a = rng.standard_normal((6, 3)).astype(np.float32)
    b = rng.standard_normal((6, 2)).astype(np.float32)
    x = idl.la_least_squares(a, b)
    assert x.dtype == np.float32 and x.shape == (3, 2)
    np.testing.assert_allclose(x, np.linalg.lstsq(a.astype(float), b.astype(float),
                                                  rcond=None)[0], rtol=1e-4, atol=1e-5)
    assert idl.la_least_squares(a, b, double=True).dtype == np.float64
    assert idl.la_least_squares(a, b.astype(np.float64)).dtype == np.float64
    # An integer A: a.astype(np.int16) would truncate the normal draws to -1, 0, 1 and is
    # rank deficient in a third of the draws (COMPAT_RESEED_SHIFT=4242, seed 4247: two
    # nonzero entries, rank 2), where METHOD=0 (xGELS) rightly reports a zero diagonal of
    # R (STATUS=3). Scaled, with 1000 added to its top 3 x 3 diagonal, the integer A
    # has a strictly diagonally dominant 3 x 3 block, so full column rank for every draw.
    ai = (a * 100).astype(np.int16)
    ai[np.arange(3), np.arange(3)] += 1000
    xi = idl.la_least_squares(ai, b[:, 0])
    assert xi.dtype == np.float32
    np.testing.assert_allclose(xi, np.linalg.lstsq(ai.astype(float), b[:, 0].astype(float),
                                                   rcond=None)[0], rtol=1e-4, atol=1e-7)
    r = idl.la_least_squares(a, b, residual=True)
    assert r.residual.shape == (2,) and r.residual.dtype == np.float32
    c = (a + 1j * a[::-1]).astype(np.complex64)
    xc = idl.la_least_squares(c, b[:, 0], method=3)
    assert xc.dtype == np.complex64
    np.testing.assert_allclose(xc, np.linalg.lstsq(c.astype(complex), b[:, 0],
                                                   rcond=None)[0], rtol=1e-4, atol=1e-5)
    assert idl.la_least_squares(c, b[:, 0], double=True).dtype == np.complex128


def test_status_and_errors():
    a = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 0.0]])  # exactly singular R
    r = idl.la_least_squares(a, [1.0, 2.0, 3.0], status=True)
    assert r.status == 2 and np.all(np.isnan(r.result))
    with pytest.raises(ValueError, match="^LA_LEAST_SQUARES: Least-squares solution "
                                         "failed: A does not have full rank, STATUS=2"):
        idl.la_least_squares(a, [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match="^LA_LEAST_SQUARES: A must be a 2-D array"):
        idl.la_least_squares([1.0, 2.0], [1.0])
    with pytest.raises(ValueError, match="^LA_LEAST_SQUARES: B must have 3 rows"):
        idl.la_least_squares(np.ones((3, 2)), [1.0, 2.0])
    with pytest.raises(ValueError, match="^LA_LEAST_SQUARES: METHOD must be"):
        idl.la_least_squares(np.eye(2), [1.0, 2.0], method=4)
    with pytest.raises(ValueError, match="^LA_LEAST_SQUARES: RCONDITION"):
        idl.la_least_squares(np.eye(2), [1.0, 2.0], method=2, rcondition=-1.0)
    with pytest.raises(TypeError, match="^LA_LEAST_SQUARES"):
        idl.la_least_squares([["a", "b"]], ["c"])


@pytest.mark.gdl
def test_against_gdl():
    rng = np.random.default_rng(41)
    cases, ours = [], []
    for k in range(8):
        # square and overdetermined: for underdetermined systems GDL's METHOD 0 and 1
        # sometimes return basic instead of minimum-norm solutions (recorded in the
        # golden suite idl/lapack)
        n = int(rng.integers(2, 7))
        m = n + int(rng.integers(0, 5))
        dtype = (np.float64, np.float32)[k % 2]
        a = rng.standard_normal((m, n)).astype(dtype)
        b = rng.standard_normal(m).astype(dtype)
        for method in (0, 2, 3):
            cases.append((f"c{k}_{method}", {"a": a, "b": b},
                          f"la_least_squares(a, b, method={method})"))
            ours.append((a, b, method))
    got = run_gdl(cases)
    for (name, _, _), (a, b, method) in zip(cases, ours):
        want = got[name]
        mine = idl.la_least_squares(a, b, method=method)
        assert mine.dtype == want.dtype, name
        # random Gaussian matrices: condition numbers up to ~1e3, so LAPACK and GDL's
        # Eigen solvers agree to ~cond * eps
        rtol = 1e-9 if mine.dtype == np.float64 else 2e-2
        np.testing.assert_allclose(mine, want, rtol=rtol, atol=rtol, err_msg=name)
