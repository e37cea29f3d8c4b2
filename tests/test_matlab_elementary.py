"""MATLAB's elementary functions (compat.matlab.elementary): complex promotion and
branches, classes, the C library's bits, MATLAB's documented divergences from Octave,
and random draws against live Octave 7.3 (exact: the same C routines on the same
arguments, so any draw must match bit for bit)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import run_octave

FUNCTIONS = ["sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan",
             "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
             "sec", "csc", "cot"]


def _bits(a) -> np.ndarray:
    """The bit patterns of the real and imaginary parts (NaNs made equal)."""
    a = np.asarray(a)
    if a.dtype.kind == "c":
        return np.concatenate([_bits(a.real).ravel(), _bits(a.imag).ravel()])
    b = a.view(np.uint64 if a.dtype == np.float64 else np.uint32).copy()
    b[np.isnan(a)] = 0
    return b


# ------------------------------------------------------------------ promotion, branches
def test_documented_promotions():
    assert matlab.sqrt(-4.0) == 2j
    assert matlab.log(-1.0) == complex(0, math.pi)
    a = matlab.asin(2.0)
    assert a.real == math.pi / 2 and a.imag == pytest.approx(-1.3169578969248166, abs=1e-15)
    c = matlab.acos(2.0)
    assert c.real == 0 and c.imag == pytest.approx(1.3169578969248166, abs=1e-15)
    assert matlab.asin(-2.0).imag > 0             # x < -1: C's casin, not conjugated
    assert matlab.acosh(0.5) == pytest.approx(1j * math.acos(0.5), abs=1e-15)
    t = matlab.atanh(2.0)
    assert t.imag == pytest.approx(math.pi / 2) and t.real == pytest.approx(math.atanh(0.5))
    assert matlab.log10(-10.0) == pytest.approx(1 + 1.3644j, abs=1e-4)
    assert matlab.log2(-8.0) == pytest.approx(3 + 1j * math.pi / math.log(2), abs=1e-14)
    assert matlab.log1p(-3.0) == complex(math.log(2), math.pi)


def test_whole_array_becomes_complex():
    r = matlab.sqrt(np.array([[-4.0, 4.0, 9.0]]))
    assert r.dtype == np.complex128 and r.shape == (1, 3)
    assert r.tolist() == [[2j, 2 + 0j, 3 + 0j]]
    ok = matlab.sqrt(np.array([[4.0, 9.0]]))
    assert ok.dtype == np.float64


def test_single_stays_single():
    assert matlab.sqrt(np.float32(-4)).dtype == np.complex64
    assert matlab.exp(np.array([1, 2], dtype=np.float32)).dtype == np.float32
    assert matlab.abs(np.complex64(3 + 4j)).dtype == np.float32
    assert matlab.atan2(np.float32(1), 2.0).dtype == np.float32


def test_complex_zero_imaginary_narrows():
    r = matlab.sqrt(complex(4, 0))
    assert np.isrealobj(r) and r == 2.0
    assert np.isrealobj(matlab.conj(complex(4, 0)))
    assert np.isrealobj(matlab.sign(complex(0, 0)))
    assert np.iscomplexobj(matlab.sqrt(complex(4, 1)))


def test_sqrt_of_negative_zero_is_zero():
    # MATLAB's sqrt page ('IEEE Compliance'): sqrt(-0) is 0 (Octave 7.3: -0, divergent)
    assert math.copysign(1, matlab.sqrt(-0.0)) == 1.0
    assert math.copysign(1, matlab.sqrt(np.float32(-0.0))) == 1.0
    assert math.copysign(1, matlab.sqrt(np.array([-0.0, -1.0]))[0].real) == 1.0


# ------------------------------------------------------------------ classes
@pytest.mark.parametrize("name", FUNCTIONS + ["atan2"])
def test_integer_classes_refused(name):
    args = (np.int8(4),) if name != "atan2" else (np.int8(4), 1.0)
    with pytest.raises(CompatTypeError, match=rf"^{name}: Check for incorrect argument data "
                       rf"type or missing argument in call to function '{name}'\.$"):
        getattr(matlab, name)(*args)


def test_logical_and_char_compute_in_double():
    assert matlab.sqrt(True) == 1.0 and matlab.sqrt(True).dtype == np.float64
    assert matlab.sqrt("a").tolist() == [[math.sqrt(97)]]
    assert matlab.abs("ab").tolist() == [[97.0, 98.0]]
    assert matlab.sign(np.array([True, False])).dtype == np.float64


def test_abs_sign_keep_integer_classes():
    a = matlab.abs(np.array([-128, -5, 127], dtype=np.int8))
    assert a.dtype == np.int8 and a.tolist() == [127, 5, 127]
    assert matlab.abs(np.int64(-2**63)) == 2**63 - 1
    s = matlab.sign(np.array([-7, 0, 3], dtype=np.int16))
    assert s.dtype == np.int16 and s.tolist() == [-1, 0, 1]
    assert matlab.sign(np.array([0, 5], dtype=np.uint8)).tolist() == [0, 1]
    assert matlab.real(np.int8(-3)) == -3 and matlab.imag(np.int8(-3)).dtype == np.int8
    assert matlab.conj(np.uint16(7)).dtype == np.uint16


def test_sign_values():
    s = matlab.sign(np.array([0.0, -0.0, np.nan, np.inf, -np.inf, -2.5]))
    assert np.isnan(s[2]) and s[[0, 1, 3, 4, 5]].tolist() == [0, 0, 1, -1, -1]
    assert math.copysign(1, s[1]) == 1.0          # sign(-0) is +0, as Octave's signum
    z = matlab.sign(3 + 4j)
    assert z == complex(3 / 5, 4 / 5)


def test_abs_of_complex_is_hypot():
    z = np.exp(np.array([5j * np.pi / 4]))
    assert matlab.abs(z)[0] == math.hypot(z[0].real, z[0].imag) == 1.0


# ------------------------------------------------------------------ shapes, inputs
def test_shapes_empties_scalars():
    assert matlab.sin(np.zeros((0, 3))).shape == (0, 3)
    assert matlab.sqrt(-np.ones((2, 3, 2))).shape == (2, 3, 2)
    assert isinstance(matlab.exp(1.0), np.floating)
    assert matlab.log([1.0, 2.0]).shape == (2,)


def test_inputs_untouched_and_any_layout():
    x = np.array([[-4.0, 1.0], [9.0, 16.0]])
    big = x.astype(">f8")
    big.setflags(write=False)
    before = big.copy()
    r = matlab.sqrt(big)
    assert np.array_equal(big, before) and r.dtype == np.complex128
    assert np.array_equal(matlab.sqrt(np.asfortranarray(x)[:, ::-1]), matlab.sqrt(x[:, ::-1]))


def test_log2_two_outputs():
    f, e = matlab.log2(np.array([8.0, 0.75, 0.0, -np.inf]), nargout=2)
    assert f.tolist()[:3] == [0.5, 0.75, 0.0] and e.tolist() == [4.0, 0.0, 0.0, 0.0]
    fs, es = matlab.log2(np.float32(3), nargout=2)
    assert fs.dtype == np.float32 and es.dtype == np.float32 and (fs, es) == (0.75, 2)


def test_atan2_errors():
    with pytest.raises(CompatValueError, match="^atan2: Arrays have incompatible sizes"):
        matlab.atan2([1.0, 2.0, 3.0], [1.0, 2.0])
    with pytest.raises(CompatValueError, match="^atan2: Input arguments must be real"):
        matlab.atan2(1j, 1.0)


# ------------------------------------------------------------------ the C library's bits
@pytest.mark.parametrize("name", ["exp", "log", "sin", "cos", "tan", "asin", "acos", "atan",
                                  "sinh", "cosh", "tanh", "log10", "log1p", "expm1",
                                  "asinh", "log2"])
def test_double_bits_are_the_c_library(name):
    """CPython's math calls the C library's double routines: the expected bits."""
    rng = np.random.default_rng(14820)
    lo, hi = {"asin": (-1, 1), "acos": (-1, 1), "log1p": (-0.99, 5), "sinh": (-20, 20),
              "cosh": (-20, 20), "exp": (-50, 50), "log": (1e-3, 1e3),
              "log10": (1e-3, 1e3), "log2": (1e-3, 1e3)}.get(name, (-10, 10))
    x = rng.uniform(lo, hi, 3000)
    expected = np.array([getattr(math, name)(v) for v in x.tolist()])
    assert np.array_equal(_bits(getattr(matlab, name)(x)), _bits(expected))


def test_atan2_bits_are_the_c_library():
    rng = np.random.default_rng(14821)
    y, x = rng.normal(size=2000), rng.normal(size=2000)
    expected = np.array([math.atan2(a, b) for a, b in zip(y.tolist(), x.tolist())])
    assert np.array_equal(_bits(matlab.atan2(y, x)), _bits(expected))


# ------------------------------------------------------------------ live Octave
def _draws(rng, n):
    """Real arguments across the domains and branch points, complex ones near and far
    from 0 (log1p/expm1 switch formulas at |re|, |im| < 0.5 and |z| < 1)."""
    real = np.concatenate([rng.normal(0, 3, n), rng.uniform(-1.3, 1.3, n),
                           np.exp(rng.uniform(-30, 30, n)) * rng.choice([-1, 1], n),
                           [0.0, -0.0, np.inf, -np.inf, np.nan, 1, -1, 2, -2, 1e-300, 710]])
    re = np.concatenate([rng.normal(0, 2, n), rng.uniform(-0.6, 0.6, n),
                         rng.uniform(-3, 3, n)])
    im = np.concatenate([rng.normal(0, 2, n), rng.uniform(-0.6, 0.6, n),
                         np.zeros(n)])
    return real.reshape(1, -1), re.reshape(1, -1), im.reshape(1, -1)


@pytest.mark.octave
def test_random_draws_against_octave():
    rng = np.random.default_rng(14830)
    real, re, im = _draws(rng, 400)
    statements = ["rs = single(real); cd = complex(re, im); cs = complex(single(re), single(im));"]
    names = []
    for f in FUNCTIONS:
        statements.append(f"{f}_rd = {f}(real); {f}_rs = {f}(rs); {f}_cd = {f}(cd); "
                          f"{f}_cs = {f}(cs);")
        names += [f"{f}_rd", f"{f}_rs", f"{f}_cd", f"{f}_cs"]
    statements.append("at_d = atan2(real, fliplr(real)); at_s = atan2(rs, fliplr(rs)); "
                      "ab_d = abs(cd); ab_s = abs(cs); sg_d = sign(cd); sg_s = sign(cs); "
                      "sg_r = sign(real);")
    names += ["at_d", "at_s", "ab_d", "ab_s", "sg_d", "sg_s", "sg_r"]
    got = run_octave([(" ".join(statements), {"real": real, "re": re, "im": im}, names)])[0]
    assert not isinstance(got, Exception), got
    rs = real.astype(np.float32)
    cd = np.empty(re.shape, np.complex128)     # the parts as Octave's complex(re, im)
    cd.real, cd.imag = re, im
    cs = np.empty(re.shape, np.complex64)
    cs.real, cs.imag = re.astype(np.float32), im.astype(np.float32)
    mine = {}
    for f in FUNCTIONS:
        fn = getattr(matlab, f)
        mine.update({f"{f}_rd": fn(real), f"{f}_rs": fn(rs), f"{f}_cd": fn(cd),
                     f"{f}_cs": fn(cs)})
    mine.update(at_d=matlab.atan2(real, real[:, ::-1]), at_s=matlab.atan2(rs, rs[:, ::-1]),
                ab_d=matlab.abs(cd), ab_s=matlab.abs(cs), sg_d=matlab.sign(cd),
                sg_s=matlab.sign(cs), sg_r=matlab.sign(real))
    bad = []
    for name in names:
        ours, theirs = np.asarray(mine[name]), np.asarray(got[name])
        if name.startswith("sqrt_r"):
            # sqrt(-0): MATLAB's documented 0 against Octave's -0 (suite: divergent)
            theirs = theirs + 0
        if ours.dtype != theirs.dtype or ours.shape != theirs.shape \
                or not np.array_equal(_bits(ours), _bits(theirs)):
            bad.append(f"{name}: {ours.dtype}{ours.shape} vs {theirs.dtype}{theirs.shape}, "
                       f"{np.sum(_bits(ours) != _bits(theirs)) if ours.shape == theirs.shape and ours.dtype == theirs.dtype else '-'} differ")
    assert not bad, bad
