"""MATLAB acot, asec, acsc, acoth, asech, acsch (compat.matlab.reciprocal_trig).

Expected values come from the definitions (MATLAB's logarithmic formulas for the inverse
functions, evaluated with Python's cmath/math on 1/x) and from hand-written special
values, never from the code under test; a live Octave differential test compares random
inputs element by element, signed zeros and the signs of imaginary parts included.
"""

from __future__ import annotations

import cmath
import math

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave_calls

NAMES = ["acot", "asec", "acsc", "acoth", "asech", "acsch"]


def _without_cancellation(w: complex, conjugate: complex) -> complex:
    """``w``, or the same number as ``1/conjugate`` where ``w`` is a difference of nearly
    equal terms: ``(z + i s)(z - i s) = z^2 + s^2 = 1`` for ``s = sqrt(1 - z^2)`` (and
    likewise ``(i z + s)(s - i z) = 1``), so the product form keeps every digit. For
    large ``z = 1/x`` the sum ``z - sqrt(z^2 - 1)`` loses about ``2 eps z^2`` relative
    (COMPAT_RESEED_SHIFT=12345: x = 4e-6, asec off by 1e-7 relative)."""
    return w if abs(w) >= abs(conjugate) else 1 / conjugate


def _definition(name: str, x: float) -> complex:
    """MATLAB's documented formulas (principal logarithms and square roots) at 1/x."""
    z = complex(1.0 / x)
    if name == "acot":
        return complex(math.atan(1.0 / x))
    if name == "asec":   # acos(z) = -i log(z + i sqrt(1 - z^2))
        s = cmath.sqrt(1 - z * z)
        return -1j * cmath.log(_without_cancellation(z + 1j * s, z - 1j * s))
    if name == "acsc":   # asin(z) = -i log(i z + sqrt(1 - z^2))
        s = cmath.sqrt(1 - z * z)
        return -1j * cmath.log(_without_cancellation(1j * z + s, s - 1j * z))
    if name == "acoth":  # atanh(z) = (log(1 + z) - log(1 - z)) / 2, z = 1/x + 0i
        return (cmath.log(1 + z) - cmath.log(complex(1 - z.real, -z.imag))) / 2
    if name == "asech":  # acosh(z) = log(z + sqrt(z + 1) sqrt(z - 1))
        return cmath.log(z + cmath.sqrt(z + 1) * cmath.sqrt(z - 1))
    return complex(math.asinh(1.0 / x))


@pytest.mark.parametrize("name", NAMES)
def test_values_from_the_definitions(name):
    rng = np.random.default_rng(4301)
    x = np.concatenate([rng.uniform(-3, 3, 40), rng.uniform(-0.99, 0.99, 20),
                        [0.5, -0.5, 2.0, -2.0, 1.5, -1.5, 0.25, -4.0]])
    x = x[np.abs(np.abs(x) - 1) > 1e-3]  # the formulas lose digits next to +-1
    y = getattr(matlab, name)(x)
    expected = np.array([_definition(name, v) for v in x])
    np.testing.assert_allclose(np.asarray(y, dtype=complex), expected, rtol=1e-12,
                               atol=1e-14, err_msg=name)


def test_documented_values():
    # the values MATLAB's reference pages print (4 decimals)
    z = np.array([0.5j, 1 + 3j, -2.2 + 1j])
    h = np.array([2, -3, 1 + 2j])
    printed = {
        ("acot", 0): [1.5708 - 0.5493j, 0.1093 - 0.3059j, -0.3689 - 0.1506j],
        ("asec", 0): [1.5708 + 1.4436j, 1.4749 + 0.2970j, 1.9503 + 0.1833j],
        ("acsc", 0): [0.0000 - 1.4436j, 0.0959 - 0.2970j, -0.3795 - 0.1833j],
        ("acoth", 1): [0.5493 + 0.0000j, -0.3466 + 0.0000j, 0.1733 - 0.3927j],
        ("asech", 1): [0.0000 + 1.0472j, 0.0000 + 1.9106j, 0.3966 - 1.3845j],
        ("acsch", 1): [0.4812 + 0.0000j, -0.3275 + 0.0000j, 0.2156 - 0.4016j],
    }
    for (name, which), values in printed.items():
        y = getattr(matlab, name)(h if which else z)
        np.testing.assert_allclose(y.real, np.real(values), atol=5.01e-5, err_msg=name)
        np.testing.assert_allclose(y.imag, np.imag(values), atol=5.01e-5, err_msg=name)
    assert round(float(matlab.acot(2.6)), 4) == 0.3672
    assert round(float(matlab.asec(-2.8)), 4) == 1.9360
    assert round(float(matlab.acsc(3)), 4) == 0.3398


def _same(value, expected):
    """Equal, with the signs of zeros (and of infinite/zero parts) of both parts."""
    value, expected = complex(value), complex(expected)
    for a, b in ((value.real, expected.real), (value.imag, expected.imag)):
        if math.isnan(b):
            if not math.isnan(a):
                return False
        elif a != b and abs(a - b) > 4 * math.ulp(b):
            return False
        elif math.copysign(1, a) != math.copysign(1, b):
            return False
    return True


PI, HALF = math.pi, math.pi / 2
INF = math.inf
SPECIAL = [  # x: (acot, asec, acsc, acoth, asech, acsch), by hand from f(1/x)
    (0.0, (HALF, complex(0, INF), complex(HALF, -INF), complex(0, HALF), INF, INF)),
    (-0.0, (-HALF, complex(PI, -INF), complex(-HALF, INF), complex(-0.0, HALF),
            complex(INF, PI), -INF)),
    (1.0, (PI / 4, 0.0, HALF, INF, 0.0, math.asinh(1.0))),
    (-1.0, (-PI / 4, PI, -HALF, -INF, complex(0, PI), -math.asinh(1.0))),
    (INF, (0.0, HALF, 0.0, 0.0, complex(0, HALF), 0.0)),
    (-INF, (-0.0, HALF, -0.0, -0.0, complex(0, HALF), -0.0)),
    (0.5, (math.atan(2), complex(0, math.acosh(2)), complex(HALF, -math.acosh(2)),
           complex(math.atanh(0.5), HALF), math.acosh(2), math.asinh(2))),
    (-0.5, (-math.atan(2), complex(PI, -math.acosh(2)), complex(-HALF, math.acosh(2)),
            complex(-math.atanh(0.5), HALF), complex(math.acosh(2), PI), -math.asinh(2))),
    (2.0, (math.atan(0.5), math.acos(0.5), math.asin(0.5), math.atanh(0.5),
           complex(0, math.acos(0.5)), math.asinh(0.5))),
]


@pytest.mark.parametrize("x, values", SPECIAL)
def test_special_values_with_signed_zeros(x, values):
    for name, expected in zip(NAMES, values):
        got = getattr(matlab, name)(np.float64(x))
        assert _same(got, expected), (name, x, got, expected)


def test_nan_and_classes():
    for name in NAMES:
        f = getattr(matlab, name)
        assert math.isnan(complex(f(math.nan)).real)
        s = f(np.float32([2.0, 3.0]))
        assert s.dtype == (np.float32 if name != "asech" else np.complex64), name
        inside = f(np.float32([0.5, 2.0]))
        expect = np.float32 if name in ("acot", "acsch") else np.complex64
        assert inside.dtype == expect, name
        d = f(np.array([[2.0, 3.0]]))
        assert d.dtype == (np.float64 if name != "asech" else np.complex128)
        assert d.shape == (1, 2)
        assert np.ndim(f(2.0)) == 0 and isinstance(f(2.0), np.generic)
        assert f(np.zeros((0, 3))).shape == (0, 3)


def test_complex_result_only_when_needed():
    assert matlab.asec(np.array([2.0, -3.0])).dtype == np.float64
    assert matlab.asec(np.array([2.0, 0.5])).dtype == np.complex128
    assert matlab.acoth(np.array([2.0, 1.0])).dtype == np.float64
    assert matlab.asech(np.array([0.5, 1.0])).dtype == np.float64


def test_complex_input():
    z = np.array([0.3 + 0.4j, -1.2 - 0.7j, 2j])
    for name, numpy_function in (("acot", np.arctan), ("asec", np.arccos),
                                 ("acsc", np.arcsin), ("acoth", np.arctanh),
                                 ("asech", np.arccosh), ("acsch", np.arcsinh)):
        y = getattr(matlab, name)(z)
        # off the real axis the C99 functions of 1/z (no branch cut is touched)
        expected = [complex(numpy_function(1 / complex(v))) for v in z[:2]]
        np.testing.assert_allclose(y[:2], expected, rtol=1e-14)
    # a zero imaginary part is the real number: asec(0.5 + 0i) is asec(0.5)
    assert matlab.asec(np.array([0.5 + 0j, 0.5 - 0j]))[1] == matlab.asec(0.5)
    assert matlab.asech(np.array([-3 + 0j, -3 - 0j])).imag.tolist() == \
        [pytest.approx(math.acos(-1 / 3))] * 2
    assert matlab.acot(np.complex64(2 + 1j)).dtype == np.complex64


def test_errors():
    for name in NAMES:
        f = getattr(matlab, name)
        with pytest.raises(TypeError, match=rf"^{name}: X must be double or single, "
                                            r"not int8"):
            f(np.int8([2, 3]))
        with pytest.raises(TypeError, match=rf"^{name}: X must be double or single, "
                                            r"not logical"):
            f(np.array([True]))
        with pytest.raises(TypeError, match=rf"^{name}: X must be numeric"):
            f("a")


def test_inputs_untouched_and_layouts():
    big = np.array([0.5, 2.0, -3.0], dtype=">f8")
    ro = np.array([0.5, 2.0, -3.0])
    ro.setflags(write=False)
    for name in NAMES:
        f = getattr(matlab, name)
        a, b = f(big), f(ro)
        assert a.dtype.isnative
        np.testing.assert_array_equal(a, b)
    assert ro.tolist() == [0.5, 2.0, -3.0]
    fortran = np.asfortranarray(np.array([[0.5, 2.0], [-3.0, 4.0]]))
    np.testing.assert_array_equal(matlab.acsc(fortran), matlab.acsc(fortran.copy()))


@pytest.mark.octave
def test_against_octave_with_signed_zeros():
    rng = np.random.default_rng(4302)
    specials = np.array([0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, np.inf, -np.inf,
                         np.nan, 1e-320, -1e-320, 1e300, -1e300])
    inputs = [specials.reshape(1, -1), rng.uniform(-3, 3, size=(4, 7)),
              rng.normal(scale=50, size=(3, 5)), rng.uniform(-1, 1, size=(2, 6)),
              rng.uniform(-3, 3, size=(3, 4)).astype(np.float32)]
    with np.errstate(over="ignore"):
        inputs.append(specials.reshape(1, -1).astype(np.float32))
    cases, expected = [], []
    for name in NAMES:
        for x in inputs:
            cases.append((f"{name}(x)", {"x": x}, 1))
            expected.append(getattr(matlab, name)(x))
    for (call, data, _), ours, got in zip(cases, expected, run_octave_calls(cases)):
        assert not isinstance(got, Exception), (call, got)
        got = got[0]
        assert got.dtype == ours.dtype, (call, got.dtype, ours.dtype)
        assert got.shape == ours.shape, call
        single = ours.dtype in (np.float32, np.complex64)
        part = np.float32 if single else np.float64
        for a, b in ((np.real(ours), np.real(got)), (np.imag(ours), np.imag(got))):
            a, b = a.astype(part).ravel(), b.astype(part).ravel()
            nan = np.isnan(b)
            assert (np.isnan(a) == nan).all(), call
            with np.errstate(invalid="ignore"):
                close = (a == b) | (np.abs(a - b) <= 4 * np.spacing(np.abs(b)))
            assert close[~nan].all(), (call, data["x"].ravel()[~close & ~nan],
                                       a[~close & ~nan], b[~close & ~nan])
            assert (np.signbit(a) == np.signbit(b))[~nan].all(), (call, a, b)
