"""MATLAB complex (compat/matlab/complex_construction.py): the reference page's forms,
parts stored bit for bit (not a + 1j*b), classes, sizes, bad input; live Octave on
random parts."""

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, MatlabValueError
from oracles import run_octave


def test_documentation_examples():
    z = matlab.complex(3, 4)
    assert z == 3 + 4j and z.dtype == np.complex128
    z = matlab.complex(12)
    assert z.dtype == np.complex128 and z.real == 12 and z.imag == 0
    assert not matlab.isreal(z)


def test_parts_are_stored_as_given():
    re = np.array([np.nan, np.inf, -np.inf, 0.0, 1.0, -0.0])
    im = np.array([np.inf, np.nan, 0.0, -0.0, np.inf, -0.0])
    z = matlab.complex(re, im)
    assert np.array_equal(z.real.view(np.uint64), re.view(np.uint64))
    assert np.array_equal(z.imag.view(np.uint64), im.view(np.uint64))
    # the naive expression differs: 1j*inf has a NaN real part
    assert np.isnan((1.0 + 1j * np.inf).real)
    assert matlab.complex(1.0, np.inf).real == 1.0


def test_classes_and_shapes():
    assert matlab.complex(np.float32(1), 2).dtype == np.complex64
    assert matlab.complex(1, np.array([2, 3], dtype=np.float32)).dtype == np.complex64
    assert matlab.complex(True, False) == 1 + 0j
    assert matlab.complex(np.array([1.0, 2.0]), 3).shape == (2,)
    assert matlab.complex(np.ones((2, 1)), 0).shape == (2, 1)
    assert matlab.complex(1, np.ones((3, 1))).shape == (3, 1)
    assert matlab.complex(np.zeros((0, 3)), 1).shape == (0, 3)
    x = np.array([[1 + 2j, 3 - 4j]])
    z = matlab.complex(x)
    assert np.array_equal(z, x) and z is not x
    # a 1-D vector is a MATLAB row: it pairs with the (1, N) matrix
    assert matlab.complex(np.array([1.0, 2.0]), np.array([[3.0, 4.0]])).tolist() == [1 + 3j, 2 + 4j]


def test_layouts_and_no_mutation():
    a = np.arange(12.0).reshape(3, 4)
    b = a[:, ::-1] * 2
    want = matlab.complex(a.copy(), b.copy())
    big = a.astype(">f8")
    ro = b.copy()
    ro.setflags(write=False)
    got = matlab.complex(big, ro)
    assert np.array_equal(got, want)
    assert got.dtype.isnative
    before = a.copy()
    z = matlab.complex(a)
    z[0, 0] = 99
    assert np.array_equal(a, before)


def test_bad_input():
    with pytest.raises(MatlabValueError, match=r"^complex: Input arguments must be real\."):
        matlab.complex(1 + 2j, 1)
    with pytest.raises(MatlabValueError, match=r"^complex: Input arguments must be real\."):
        matlab.complex(1, np.array([1j]))
    with pytest.raises(MatlabValueError, match=r"^complex: Input arguments must be the same size"):
        matlab.complex([1.0, 2.0], [1.0, 2.0, 3.0])
    with pytest.raises(MatlabValueError, match="same size"):
        matlab.complex(np.ones((2, 3)), np.ones((3, 2)))
    with pytest.raises(CompatTypeError, match=r"^complex: a is of an integer class"):
        matlab.complex(np.uint8([1, 2]), np.uint8([2, 2]))
    with pytest.raises(CompatTypeError, match=r"^complex: x is of an integer class"):
        matlab.complex(np.int16(3))
    with pytest.raises(CompatTypeError, match="text"):
        matlab.complex("a", 1)


@pytest.mark.octave
def test_against_octave_on_random_parts():
    rng = np.random.default_rng(17403)
    cases, want = [], []
    specials = np.array([np.nan, np.inf, -np.inf, -0.0, 0.0])
    for k in range(30):
        shape = tuple(int(n) for n in rng.integers(0, 4, size=2))
        a = rng.normal(size=shape) * 10.0 ** rng.integers(-5, 5)
        b = rng.normal(size=shape)
        for x in (a, b):
            if x.size and rng.random() < 0.5:
                x.flat[int(rng.integers(x.size))] = specials[rng.integers(5)]
        if rng.random() < 0.3:
            b = np.array([[rng.normal()]])
        cases.append(("z = complex(a, b); r = real(z); i = imag(z);", {"a": a, "b": b},
                      ["r", "i"]))
        want.append(matlab.complex(a, b))
    got = run_octave(cases)
    for (call, inputs, _), g, w in zip(cases, got, want):
        assert not isinstance(g, Exception), g
        for part, mine in (("r", w.real), ("i", w.imag)):
            theirs = np.asarray(g[part], dtype=np.float64).reshape(np.shape(mine))
            # exact: both store the given parts (signed zeros included)
            assert np.array_equal(np.signbit(theirs), np.signbit(mine)), inputs
            assert np.array_equal(theirs, mine, equal_nan=True), inputs
