"""Tests of compat.idl.norm (IDL's NORM, in the linalg family).

Golden cases: reference_outputs/idl/norm (GDL captures). Here: the definitions on
hand-checked arrays, IDL's layout (row sums are numpy's rows), result types, errors,
and a differential run against live GDL on random vectors and matrices.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import CompatValueError, idl

from oracles import run_gdl


def test_vector_norms_by_definition():
    v = np.array([3.0, -4.0, 12.0], dtype=np.float32)
    assert idl.norm(v) == np.float32(13.0)
    assert idl.norm(v, lnorm=0) == 12.0 and idl.norm(v, lnorm=1) == 19.0
    assert idl.norm(v, lnorm=3) == pytest.approx((27 + 64 + 1728) ** (1 / 3), rel=1e-7)
    assert idl.norm(v).dtype == np.float32
    assert idl.norm(v, double=True).dtype == np.float64
    assert idl.norm(np.array([3, 4], dtype=np.int16)).dtype == np.float32
    assert idl.norm(v.astype(np.float64)).dtype == np.float64
    assert idl.norm(np.array([3 + 4j], dtype=np.complex64)) == np.float32(5.0)
    assert idl.norm(np.array([3 + 4j], dtype=np.complex128)).dtype == np.float64
    # NaN and Infinity are missing data (GDL's norm.pro passes /NAN to TOTAL and MAX; GDL
    # prints 5, 4 and 7 for these three)
    assert idl.norm(np.array([3.0, np.nan, 4.0], dtype=np.float32)) == 5.0
    assert idl.norm(np.array([3.0, np.inf, 4.0], dtype=np.float32)) == 5.0
    assert idl.norm(np.array([3.0, np.inf, 4.0], dtype=np.float32), lnorm=0) == 4.0
    assert idl.norm(np.array([[1.0, np.inf], [3.0, 4.0]], dtype=np.float32)) == 7.0
    assert np.isnan(idl.norm(np.array([np.nan, np.inf]), lnorm=0))


def test_matrix_norms_follow_idls_rows():
    # IDL prints this array with rows [1, -2] and [3, 4]: numpy's readsav layout
    a = np.array([[1.0, -2.0], [3.0, 4.0]], dtype=np.float32)
    assert idl.norm(a) == 7.0                  # L-inf: the largest row sum |3| + |4|
    assert idl.norm(a, lnorm=1) == 6.0         # L1: the largest column sum |-2| + |4|
    assert idl.norm(a, lnorm=2) == pytest.approx(np.linalg.svd(a.astype(float))[1][0],
                                                 rel=1e-7)
    # complex matrices have a spectral norm in IDL (GDL refuses them)
    c = np.array([[1j, 0], [0, 2.0]], dtype=np.complex128)
    assert idl.norm(c, lnorm=2) == pytest.approx(2.0)


def test_bad_input_and_no_mutation():
    with pytest.raises(CompatValueError, match=r"^NORM: For MATRIX input, LNORM must be "
                       r"equal to 0, 1, or 2$"):
        idl.norm(np.eye(3), lnorm=3)
    with pytest.raises(CompatValueError, match=r"^NORM: Input must be an N-element vector "
                       r"or an M by N array\.$"):
        idl.norm(np.ones((2, 2, 2)))
    with pytest.raises(CompatValueError, match=r"^NORM: LNORM must be a scalar"):
        idl.norm(np.ones(3), lnorm=[1, 2])
    a = np.array([[1.0, 2.0], [3.0, 4.0]])
    a.flags.writeable = False
    assert idl.norm(a.astype(">f8")) == idl.norm(a) == 7.0
    assert a.tolist() == [[1.0, 2.0], [3.0, 4.0]]


@pytest.mark.gdl
def test_against_gdl():
    rng = np.random.default_rng(23)
    cases, ours = [], []
    for k in range(12):
        n = int(rng.integers(1, 40))
        dtype = (np.float32, np.float64, np.int32)[k % 3]
        v = (rng.standard_normal(n) * 100).astype(dtype)
        for lnorm in (None, 0, 1, 2, 3):
            keyword = "" if lnorm is None else f", lnorm={lnorm}"
            cases.append((f"v{k}_{lnorm}", {"a": v}, f"norm(a{keyword})"))
            ours.append((v, lnorm))
        m, p = int(rng.integers(1, 8)), int(rng.integers(1, 8))
        a = rng.standard_normal((max(m, p), min(m, p))).astype(dtype)
        for lnorm in (None, 1):
            keyword = "" if lnorm is None else f", lnorm={lnorm}"
            cases.append((f"m{k}_{lnorm}", {"a": a}, f"norm(a{keyword})"))
            ours.append((a, lnorm))
    got = run_gdl(cases)
    for (name, _, _), (a, lnorm) in zip(cases, ours):
        want = got[name]
        mine = idl.norm(a, lnorm=lnorm)
        assert mine.dtype == want.dtype, name
        if lnorm == 3:
            # pow() through the C library: the last bit is implementation-defined
            assert mine == pytest.approx(float(want), rel=4 * float(np.finfo(mine.dtype).eps))
        else:
            # the same operations in the same order (TOTAL's running sum in double)
            assert mine == want, (name, mine, want)
