"""IDL GAUSSIAN_FUNCTION: the sampled Gaussian by hand (offsets, default widths, MAXIMUM,
/NORMALIZE, /DOUBLE, IDL's dimension order), errors, untouched inputs, and random sigmas
and widths against live GDL."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl


def _by_hand(sigma, widths):
    """exp(-sum x^2/(2 s^2)) in float64, IDL dimension order (first = fastest)."""
    axes = []
    for s, w in zip(sigma, widths):
        centre = (w - 1) / 2
        axes.append([math.exp(-((k - centre) ** 2) / (2 * s * s)) for k in range(w)])
    out = np.array(axes[0])
    for a in axes[1:]:
        out = np.multiply.outer(np.array(a), out)      # later IDL dimensions are slower
    return out


@pytest.mark.parametrize("sigma, width", [(0.1, 3), (0.5, 7), (1.0, 7), (1.4, 11),
                                          (1.7, 15), (2.0, 15), (3.1, 23), (10 / 3, 23)])
def test_default_width_rule(sigma, width):
    """(CEIL(3 sigma) OR 1)*2 + 1: 1.0 -> 3 -> 7, 1.4 -> ceil(4.2) = 5 -> 11, 1.7 -> 6 -> 7
    -> 15, 10/3 -> float32 3.3333333 * 3 = 10.0 exactly? ceil -> 10 or 11 -> 23."""
    g = idl.gaussian_function(sigma)
    assert g.shape == (width,)
    assert g.dtype == np.float32
    assert g[width // 2] == 1                    # odd widths: the centre sample is exp(0)


def test_values_by_hand_odd_even_and_double():
    for sigma, w in [(1.0, 7), (1.5, 8), (2.5, 4), (0.75, 1), (3.0, 12)]:
        ref = _by_hand([sigma], [w])
        g = idl.gaussian_function(sigma, width=w)
        np.testing.assert_allclose(g, ref, rtol=2e-6)
        d = idl.gaussian_function(sigma, width=w, double=True)
        assert d.dtype == np.float64
        np.testing.assert_allclose(d, ref, rtol=1e-14)
        np.testing.assert_array_equal(d, d[::-1])   # always symmetric (IDL's page)


def test_dimension_order_and_scalar_width():
    g = idl.gaussian_function([1.0, 2.0, 0.5], width=[5, 6, 3], double=True)
    assert g.shape == (3, 6, 5)                     # IDL [5, 6, 3]
    np.testing.assert_allclose(g, _by_hand([1.0, 2.0, 0.5], [5, 6, 3]), rtol=1e-14)
    h = idl.gaussian_function([1.0, 2.0], width=9)
    assert h.shape == (9, 9)
    # along IDL's first dimension (numpy's last axis) sigma is 1: exp(-1/2) one step out
    assert h[4, 5] == pytest.approx(math.exp(-0.5), rel=1e-6)
    assert h[5, 4] == pytest.approx(math.exp(-1 / 8), rel=1e-6)


def test_maximum_and_normalize():
    g = idl.gaussian_function(2.0, width=9, maximum=5)
    assert g.dtype == np.float32 and g[4] == 5
    np.testing.assert_allclose(g, 5 * _by_hand([2.0], [9]), rtol=2e-6)
    n = idl.gaussian_function([1.0, 1.5], width=[7, 9], normalize=True, double=True)
    assert n.sum() == pytest.approx(1, abs=1e-15)
    ref = _by_hand([1.0, 1.5], [7, 9])
    np.testing.assert_allclose(n, ref / ref.sum(), rtol=1e-14)
    # MAXIMUM set: /NORMALIZE ignored (IDL's page); MAXIMUM=0 is not set
    m = idl.gaussian_function(2.0, width=9, maximum=5.0, normalize=True)
    assert m[4] == 5
    z = idl.gaussian_function(2.0, width=9, maximum=0, normalize=True)
    assert z.sum() == pytest.approx(1, rel=1e-6)
    # a DOUBLE MAXIMUM does not change the result type (only /DOUBLE does)
    assert idl.gaussian_function(2.0, width=9, maximum=np.float64(5)).dtype == np.float32


def test_defaults_and_tiny_sigma():
    np.testing.assert_array_equal(idl.gaussian_function(), idl.gaussian_function(1.0))
    np.testing.assert_array_equal(idl.gaussian_function(0.0, width=5), [0, 0, 1, 0, 0])
    np.testing.assert_array_equal(idl.gaussian_function(-3.0, width=3), [0, 1, 0])
    assert idl.gaussian_function(0).shape == (3,)          # sigma 1e-5: ceil -> 1 -> 3
    assert idl.gaussian_function(1.0, width=7.9).shape == (7,)   # FIX truncates
    assert idl.gaussian_function(1.0, width=0).tolist() == [1.0]  # at least 1


def test_errors():
    with pytest.raises(ValueError, match="GAUSSIAN_FUNCTION: Sigma can have no more than 8"):
        idl.gaussian_function(np.ones(9))
    with pytest.raises(ValueError, match="GAUSSIAN_FUNCTION: Incorrect width specification"):
        idl.gaussian_function(1.0, width=[3, 4])
    with pytest.raises(ValueError, match="GAUSSIAN_FUNCTION: Incorrect width specification"):
        idl.gaussian_function([1.0, 1.0, 1.0], width=[3, 4])
    with pytest.raises(ValueError, match="GAUSSIAN_FUNCTION: Sigma must be finite"):
        idl.gaussian_function([1.0, np.nan])
    with pytest.raises(ValueError, match="GAUSSIAN_FUNCTION: WIDTH must be finite"):
        idl.gaussian_function(1.0, width=np.inf)
    with pytest.raises(ValueError, match="GAUSSIAN_FUNCTION: WIDTH must not exceed"):
        idl.gaussian_function(1.0, width=40000)
    with pytest.raises(TypeError, match="GAUSSIAN_FUNCTION: Complex"):
        idl.gaussian_function(1 + 2j)
    with pytest.raises(TypeError, match="GAUSSIAN_FUNCTION: String"):
        idl.gaussian_function("abc")


def test_inputs_untouched_and_layouts():
    s = np.array([1.5, 2.0], ">f8")
    s.setflags(write=False)
    w = np.array([5, 7, 99], "<i2")[:2]
    w.setflags(write=False)
    g = idl.gaussian_function(s, width=w)
    assert s.tolist() == [1.5, 2.0] and w.tolist() == [5, 7]
    np.testing.assert_array_equal(g, idl.gaussian_function([1.5, 2.0], width=[5, 7]))
    assert g.dtype.isnative and g.flags.c_contiguous


# ------------------------------------------------------------------------ live GDL
needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")


@needs_gdl
def test_random_kernels_against_gdl():
    """Random sigmas and explicit widths (odd and even, 1-3 dimensions), FLOAT and DOUBLE,
    with and without MAXIMUM. GDL 1.0.1 agrees where it follows IDL (explicit widths, no
    /NORMALIZE); its /NORMALIZE divides by sigma sqrt(2 pi) instead of the total (IDL's
    page: 'the Gaussian sum is 1.0'), so compat's /NORMALIZE is checked against GDL's
    plain kernel divided by its total."""
    rng = np.random.default_rng(12811)
    cases, ours = [], {}
    for k in range(30):
        nd = int(rng.integers(1, 4))
        sigma = rng.uniform(0.4, 4.0, nd).astype(np.float32)
        # GDL 1.0.1 halts on a width of 1 in a kernel of several dimensions (its DBLARR
        # drops the trailing dimension and TRANSPOSE fails): widths from 2 there
        width = rng.integers(1 if nd == 1 else 2, 16, nd).astype(np.int16)
        dbl = bool(k % 2)
        peak = float(rng.integers(1, 9)) if k % 3 == 0 else None
        kw = ", /double" if dbl else ""
        kw += f", maximum={peak}" if peak is not None else ""
        cases.append((f"g{k}", {"s": sigma, "w": width}, f"gaussian_function(s, width=w{kw})"))
        ours[f"g{k}"] = (idl.gaussian_function(sigma, width=width, double=dbl, maximum=peak),
                         sigma, width, dbl)
        ours[f"n{k}"] = idl.gaussian_function(sigma, width=width, double=dbl, normalize=True)
    results = run_gdl(cases)
    for k in range(30):
        value, sigma, width, dbl = ours[f"g{k}"]
        got = results[f"g{k}"]
        assert not isinstance(got, Exception), (k, got)
        got = got.reshape(value.shape)
        # the FLOAT exponent's relative rounding (2^-23 per step) times the exponent
        arg = sum((int(w) // 2) ** 2 / (2.0 * float(s) ** 2) for s, w in zip(sigma, width))
        rtol = (2.0 ** -50 if dbl else 2.0 ** -22) * (arg + 3)
        # FLOAT tails below FLT_MIN (1.2e-38) are subnormal: their spacing is an absolute
        # 2^-149 = 1.4e-45, so a rounding there is one such unit, not a relative error
        # (COMPAT_RESEED_SHIFT=12345: the /NORMALIZE value 2.80e-45 for 2.50e-45 exact)
        atol = 0.0 if dbl else float(np.finfo(np.float32).smallest_subnormal)
        assert value.dtype == (np.float64 if dbl else np.float32)
        np.testing.assert_allclose(value, got, rtol=rtol, atol=atol, err_msg=f"g{k}")
        plain = got.astype(np.float64)
        total = plain.sum()
        np.testing.assert_allclose(ours[f"n{k}"], plain / total,
                                   rtol=rtol + (2.0 ** -50 if dbl else 2.0 ** -22) * plain.size,
                                   atol=atol, err_msg=f"n{k}")
