"""MATLAB isequal / isequaln (compat/matlab/equality.py): the rules of MathWorks'
reference pages (class not compared, size compared, NaN, structures in any field
order, cells recursively), compat's value forms, bad input; live Octave on random
arrays."""

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import MatlabValueError
from oracles import run_octave

NAN = float("nan")


def test_documentation_examples():
    assert not matlab.isequal(np.zeros((3, 3)) + 1e-20, np.zeros((3, 3)))
    assert matlab.isequal({"field1": 0.005, "field2": 2500}, {"field2": 2500, "field1": 0.005})
    assert matlab.isequal(True, 1) and matlab.isequal("A", 65)
    assert not matlab.isequal([1, NAN, NAN], [1, NAN, NAN], [1, NAN, NAN])
    assert matlab.isequaln([1, NAN, NAN], [1, NAN, NAN], [1, NAN, NAN])
    assert not matlab.isequaln([2, 4, 6, NAN, 8], [2, 4, NAN, 6, 8])


def test_results_are_logical_scalars():
    for r in (matlab.isequal(1, 1), matlab.isequaln(1, 2)):
        assert isinstance(r, np.bool_)


def test_class_is_not_compared_but_size_is():
    assert matlab.isequal(np.int8(5), 5.0, np.float32(5), np.uint64(5))
    assert matlab.isequal("abc", [97, 98, 99], np.array([97, 98, 99], dtype=np.uint8))
    assert matlab.isequal(np.array([1, 2, 3]), np.array([[1.0, 2.0, 3.0]]))  # 1-D is 1xN
    assert not matlab.isequal(np.array([1.0, 2.0, 3.0]), np.array([[1.0], [2.0], [3.0]]))
    assert not matlab.isequal(np.zeros((0, 3)), [])
    assert matlab.isequal([], "") and matlab.isequal(None, [])
    assert matlab.isequal(1 + 0j, 1.0) and not matlab.isequal(1 + 1e-300j, 1.0)


def test_text_cells_and_structs():
    assert matlab.isequal("abc", np.array(["abc"], dtype=str).astype(np.dtypes.StringDType())) \
        if hasattr(np, "dtypes") and hasattr(np.dtypes, "StringDType") else True
    assert matlab.isequal(["a", 1.0, [2.0, "b"]], ["a", 1, [2.0, "b"]])
    assert not matlab.isequal(["a", 1.0], ["a", 2.0])
    assert not matlab.isequal(["a"], "a")            # a cell is not its content
    assert not matlab.isequal({"a": 1}, {"a": 1, "b": 2})
    assert not matlab.isequal({"a": 1}, 1)
    assert matlab.isequal([{"a": 1}, {"a": 2}], [{"a": 1}, {"a": 2.0}])
    assert not matlab.isequal({"a": NAN}, {"a": NAN})
    assert matlab.isequaln({"a": [NAN, "x"]}, {"a": [NAN, "x"]})


def test_layouts_and_no_mutation():
    a = np.arange(12.0).reshape(3, 4)
    big = a.astype(">f8")
    fortran = np.asfortranarray(a)
    ro = a.copy()
    ro.setflags(write=False)
    strided = np.arange(24.0).reshape(3, 8)[:, ::2] / 2
    assert matlab.isequal(a, big, fortran, ro, strided)
    before = a.copy()
    matlab.isequal(a, a)
    assert np.array_equal(a, before)


@pytest.mark.parametrize("f", [matlab.isequal, matlab.isequaln])
def test_too_few_inputs(f):
    name = f.__name__
    with pytest.raises(MatlabValueError, match=rf"^{name}: Not enough input arguments\."):
        f(1)
    with pytest.raises(MatlabValueError):
        f()


def test_masked_arrays_are_compared_by_their_data():
    # not documented as honouring a mask: compared as the data MATLAB would see
    m = np.ma.array([1.0, 2.0], mask=[False, True])
    assert matlab.isequal(np.asarray(m), [1.0, 2.0])


@pytest.mark.octave
def test_against_octave_on_random_arrays():
    rng = np.random.default_rng(20261206)
    cases, want = [], []
    for k in range(40):
        shape = tuple(int(n) for n in rng.integers(0, 4, size=2))
        a = rng.integers(0, 3, size=shape).astype(float)
        if a.size and rng.random() < 0.3:
            a.flat[int(rng.integers(a.size))] = NAN
        b = a.copy()
        r = rng.random()
        if r < 0.3 and b.size:
            b.flat[int(rng.integers(b.size))] += 1
        elif r < 0.45:
            b = b.T.copy()
        elif r < 0.6:
            b = b.astype(np.int8) if not np.isnan(b).any() else b
        cases.append(("e = isequal(a, b); n = isequaln(a, b);", {"a": a, "b": b}, ["e", "n"]))
        want.append((bool(matlab.isequal(a, b)), bool(matlab.isequaln(a, b))))
    got = run_octave(cases)
    for (call, inputs, _), g, w in zip(cases, got, want):
        assert not isinstance(g, Exception), g
        assert (bool(np.asarray(g["e"]).item()), bool(np.asarray(g["n"]).item())) == w, inputs
