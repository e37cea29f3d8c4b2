"""MATLAB repelem (compat.matlab.repetition over compat._core.repetition).

Expected values are written out by hand or built with explicit Python loops from the
definition (element i repeated n(i) times), never by the code under test; a live Octave
differential test runs random vectors, matrices and N-D arrays.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import as2d, run_octave_calls


def _by_loops(values, counts):
    out = []
    for v, n in zip(values, counts):
        out.extend([v] * n)
    return out


def test_documented_examples():
    v = np.array([[1, 2, 3, 4]])
    assert matlab.repelem(v, 3).tolist() == [[1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]]
    assert matlab.repelem(v, [2, 2, 3, 3]).tolist() == [[1, 1, 2, 2, 3, 3, 3, 4, 4, 4]]
    A = np.array([[1, 2], [3, 4]])
    assert matlab.repelem(A, 3, 2).tolist() == [[1, 1, 2, 2]] * 3 + [[3, 3, 4, 4]] * 3
    assert matlab.repelem(A, 1, [2, 3]).tolist() == [[1, 1, 2, 2, 2], [3, 3, 4, 4, 4]]


def test_orientation_is_kept():
    col = np.array([[5.0], [6.0], [7.0]])
    u = matlab.repelem(col, [0, 3, 1])
    assert u.shape == (4, 1) and u[:, 0].tolist() == [6, 6, 6, 7]
    row = np.array([[5.0, 6.0]])
    assert matlab.repelem(row, 2).shape == (1, 4)
    flat = matlab.repelem([5.0, 6.0], 2)
    assert flat.shape == (4,) and flat.tolist() == [5, 5, 6, 6]
    s = matlab.repelem(np.array([[7.0]]), 3)
    assert s.shape == (1, 3)
    assert matlab.repelem(7, 2).tolist() == [7, 7]
    assert matlab.repelem(row, 0).shape == (1, 0)
    assert matlab.repelem(col, 0).shape == (0, 1)


def test_classes_are_kept():
    i8 = np.array([-3, 0, 9], dtype=np.int8)
    u = matlab.repelem(i8, [3, 1, 2])
    assert u.dtype == np.int8 and u.tolist() == [-3, -3, -3, 0, 9, 9]
    s = matlab.repelem(np.float32([[1.5, 2]]), 1, 2)
    assert s.dtype == np.float32
    b = matlab.repelem(np.array([True, False]), 2)
    assert b.dtype == bool and b.tolist() == [True, True, False, False]
    z = matlab.repelem(np.array([1 - 1j, 2j]), [1, 2])
    assert z.dtype == np.complex128 and z.tolist() == [1 - 1j, 2j, 2j]


def test_text_and_cells():
    assert matlab.repelem("abc", [1, 2, 3]) == "abbccc"
    assert matlab.repelem("ab", 2) == "aabb"
    m = matlab.repelem("ab", 2, 1)
    assert isinstance(m, np.ndarray) and m.tolist() == ["ab", "ab"]
    assert matlab.repelem(["x", 1], [2, 1]) == ["x", "x", 1]
    cells = matlab.repelem([["a", "b"], ["c", "d"]], 1, 2)
    assert cells == [["a", "a", "b", "b"], ["c", "c", "d", "d"]]
    obj = np.empty((1, 2), dtype=object)
    obj[0, 0], obj[0, 1] = "p", [1, 2]
    out = matlab.repelem(obj, 2)
    assert out.dtype == object and out.shape == (1, 4) and out[0, 3] == [1, 2]


def test_array_form_random_against_loops():
    rng = np.random.default_rng(4201)
    A = rng.normal(size=(3, 4))
    r1 = [2, 0, 1]
    r2 = [1, 3, 0, 2]
    B = matlab.repelem(A, r1, r2)
    rows = _by_loops(list(range(3)), r1)
    cols = _by_loops(list(range(4)), r2)
    expected = [[A[i, j] for j in cols] for i in rows]
    assert B.tolist() == expected


def test_nd_and_extra_factors():
    X = np.arange(12.0).reshape(2, 3, 2)
    B = matlab.repelem(X, 1, 2, [2, 1])
    assert B.shape == (2, 6, 3)
    assert B[1, 5, 2] == X[1, 2, 1] and B[0, 0, 1] == X[0, 0, 0]
    C = matlab.repelem(X, 2, [1, 3, 0])
    assert C.shape == (4, 4, 2)  # the third dimension is kept
    D = matlab.repelem(np.array([[1, 2], [3, 4]]), 2, 1, 3)
    assert D.shape == (4, 2, 3) and (D[:, :, 2] == D[:, :, 0]).all()
    E = matlab.repelem(np.array([1.0, 2.0]), 2, 1)  # 1-D read as a row
    assert E.shape == (2, 2)


def test_errors():
    v = np.array([[1, 2, 3, 4]])
    with pytest.raises(ValueError, match=r"^repelem: n must either be a scalar or have "
                                         r"the same number of elements"):
        matlab.repelem(v, [1, 2])
    with pytest.raises(ValueError, match=r"^repelem: A must be a scalar or vector"):
        matlab.repelem(np.ones((2, 2)), 2)
    with pytest.raises(ValueError, match=r"^repelem: r1 must either be a scalar or have "
                                         r"the same number of elements as dimension 1"):
        matlab.repelem(np.ones((2, 2)), [1, 2, 3], 2)
    with pytest.raises(ValueError, match=r"^repelem: n: replication factors must be "
                                         r"whole"):
        matlab.repelem(v, 1.5)
    with pytest.raises(ValueError, match=r"^repelem: n: replication factors must be "
                                         r"non-negative"):
        matlab.repelem(v, -1)
    with pytest.raises(TypeError, match=r"^repelem: n must be a real numeric"):
        matlab.repelem(v, "a")
    with pytest.raises(ValueError, match=r"^repelem: Not enough input arguments"):
        matlab.repelem(v)
    with pytest.raises(ValueError, match=r"^repelem: n must either"):
        matlab.repelem(np.array([[7.0]]), [1, 2])
    with pytest.raises(ValueError, match=r"^repelem: n: replication factors must be "
                                         r"whole"):
        matlab.repelem(v, np.nan)


def test_inputs_untouched_and_layouts():
    big = np.array([[1.0, 2.0], [3.0, 4.0]], dtype=">f8")
    out = matlab.repelem(big, 2, 1)
    assert out.dtype.isnative and out.tolist() == [[1, 2], [1, 2], [3, 4], [3, 4]]
    ro = np.array([1.0, 2.0])
    ro.setflags(write=False)
    out = matlab.repelem(ro, 1)
    out[0] = 99  # the result is a new array, never a view of the input
    assert ro.tolist() == [1.0, 2.0]
    f = np.asfortranarray(np.arange(6.0).reshape(2, 3))
    assert matlab.repelem(f, 1, 2).tolist() == [[0, 0, 1, 1, 2, 2], [3, 3, 4, 4, 5, 5]]


@pytest.mark.octave
def test_repelem_against_octave():
    rng = np.random.default_rng(4202)
    cases, expected = [], []
    for k in range(12):
        n = int(rng.integers(1, 6))
        v = rng.normal(size=(1, n)) if k % 2 else rng.normal(size=(n, 1))
        counts = rng.integers(0, 4, size=n).astype(float)
        cases.append(("repelem(v, c)", {"v": v, "c": counts.reshape(1, -1)}, 1))
        expected.append(matlab.repelem(v, counts))
        A = rng.integers(-9, 9, size=(int(rng.integers(1, 4)), int(rng.integers(1, 4)),
                                      int(rng.integers(1, 3)))).astype(np.int16)
        r1 = rng.integers(0, 3, size=A.shape[0]).astype(float)
        r3 = float(rng.integers(1, 3))
        cases.append(("repelem(A, r1, 2, r3)", {"A": A, "r1": r1.reshape(1, -1),
                                                "r3": r3}, 1))
        expected.append(matlab.repelem(A, r1, 2, r3))
    for (call, _, _), ours, got in zip(cases, expected, run_octave_calls(cases)):
        assert not isinstance(got, Exception), (call, got)
        got = got[0]
        ours = as2d(ours)
        assert got.dtype == ours.dtype, call
        assert got.shape[:2] == ours.shape[:2], call
        np.testing.assert_array_equal(ours.reshape(got.shape), got, err_msg=call)
