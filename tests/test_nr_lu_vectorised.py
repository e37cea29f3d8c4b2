"""The Numerical Recipes Crout LU (compat._core.numerical_recipes.crout_lu, under IDL's
LUDC, LUSOL, DETERM, CRAMER, EIGENVEC and NEWTON/BROYDEN) forms each row of U in one
batched numpy step; before, it formed U one element at a time. The element-by-element
loop is kept here, frozen, and the two must agree bit for bit: same factor, same
pivots, same parity, so every golden that went through the old loop is unchanged.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from compat._core import numerical_recipes as nr


def _crout_lu_elementwise(a):
    """crout_lu as it was before the row step (compat 2026-12-04): U's column j formed
    element by element at step j, ``a[i, j] -= np.dot(a[i, :i], a[:i, j])``."""
    a = np.array(a, copy=True)
    n = a.shape[0]
    dtype = a.dtype
    big = np.fmax.reduce(np.abs(a), axis=1, initial=0) if n else np.zeros(0)  # NaN skipped
    if np.any(big == 0):
        raise nr._NRError("Singular matrix.")
    with np.errstate(all="ignore"):
        scale = (dtype.type(1) / big.astype(dtype)).real.astype(np.finfo(dtype).dtype)
    index = np.zeros(n, dtype=np.intp)
    parity = 1
    tiny = dtype.type(1e-20)
    with np.errstate(all="ignore"):
        for j in range(n):
            for i in range(1, j):
                a[i, j] -= np.dot(a[i, :i], a[:i, j])
            if j:
                a[j:, j] -= a[j:, :j] @ a[:j, j]
            merit = scale[j:] * np.abs(a[j:, j])
            # NR's dum >= big from 0: the last maximum, never a NaN (2026-12-06)
            imax = j + (merit.size - 1 - int(np.argmax(np.where(np.isnan(merit), -1, merit)[::-1])))
            if np.isnan(merit).all():
                imax = j
            if imax != j:
                a[[imax, j]] = a[[j, imax]]
                parity = -parity
                scale[imax] = scale[j]
            index[j] = imax
            if a[j, j] == 0:
                a[j, j] = tiny
            if j != n - 1:
                a[j + 1:, j] *= dtype.type(1) / a[j, j]
    return a, index, parity


def _matrices():
    rng = np.random.default_rng(20261204)
    for n in (1, 2, 3, 5, 8, 17, 33, 40, 64, 70):
        for dtype in (np.float32, np.float64):
            yield rng.standard_normal((n, n)).astype(dtype)
            # wide dynamic range, rows scaled: the implicit pivoting matters
            m = rng.standard_normal((n, n)) * 10.0 ** rng.integers(-6, 7, (n, 1))
            yield m.astype(dtype)
    # ties between candidate pivots (NR keeps the last), an exact zero pivot (TINY),
    # repeated rows (rank deficient), integers, NaN and Infinity
    yield np.ones((6, 6)) + np.eye(6)
    yield np.array([[0.0, 1, 2], [0, 3, 4], [5, 6, 7]])
    yield np.array([[1.0, 2, 3], [2, 4, 6], [1, 1, 1]])
    yield np.tile(np.arange(1.0, 6.0), (5, 1)) + np.diag([0, 0, 0, 0, 1.0])
    yield rng.integers(-9, 10, (12, 12)).astype(np.float64)
    m = rng.standard_normal((9, 9))
    m[3, 4] = np.nan
    m[6, 1] = np.inf
    yield m
    yield np.full((4, 4), np.nan)


@pytest.mark.parametrize("case", range(len(list(_matrices()))))
def test_row_step_is_bit_identical_to_the_elementwise_loop(case):
    a = list(_matrices())[case]
    try:
        old_lu, old_index, old_parity = _crout_lu_elementwise(a)
    except nr._NRError as err:          # a row of NaN: NR's "Singular matrix" in both
        with pytest.raises(nr._NRError, match=str(err)):
            nr.crout_lu(a)
        return
    lu, index, parity = nr.crout_lu(a)
    assert lu.dtype == old_lu.dtype
    np.testing.assert_array_equal(index, old_index)
    assert parity == old_parity
    # bit for bit (NaN where NaN)
    assert np.array_equal(lu.view(np.uint8), old_lu.view(np.uint8))


def test_singular_row_error_unchanged():
    with pytest.raises(nr._NRError, match="Singular matrix"):
        nr.crout_lu(np.array([[1.0, 2.0], [0.0, 0.0]]))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_eigenvec_identical_with_the_elementwise_loop(monkeypatch, dtype):
    # EIGENVEC end to end (real and complex eigenvalues, the 2n x 2n systems)
    a = np.random.default_rng(5).standard_normal((24, 24)).astype(dtype)
    ev = idl.hqr(idl.elmhes(a))
    assert np.any(ev.imag != 0) and np.any(ev.imag == 0)
    new = idl.eigenvec(a, ev)
    monkeypatch.setattr(nr, "crout_lu", _crout_lu_elementwise)
    old = idl.eigenvec(a, ev)
    assert np.array_equal(new.view(np.uint8), old.view(np.uint8))
