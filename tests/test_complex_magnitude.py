"""Complex magnitudes as C's hypot (compat._core.libm.cabs) and the MATLAB and IDL
routines whose results depend on their last bit: MATLAB max/min/cummax/cummin/sort/mode
of complex input (magnitude, ties by angle), IDL SORT and MAX/MIN /ABSOLUTE of complex
input (modulus; equal moduli: first for MAX/MIN, reverse order of appearance for SORT).

Expected values come from the definitions with magnitudes computed by the C library's
``hypot`` through ctypes, never from compat."""

from __future__ import annotations

import ctypes
import ctypes.util

import numpy as np
import pytest

from compat import idl, matlab
from compat._core.libm import cabs
from oracles import run_octave

_LIBM = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
_HYPOT = _LIBM.hypot
_HYPOT.restype, _HYPOT.argtypes = ctypes.c_double, [ctypes.c_double] * 2
_HYPOTF = _LIBM.hypotf
_HYPOTF.restype, _HYPOTF.argtypes = ctypes.c_float, [ctypes.c_float] * 2

# exp(5i*pi/4): C's hypot gives exactly 1.0; numpy 2's SIMD np.abs 1.0000000000000002
Z5 = np.exp(1j * np.pi / 4 * 5)


def c_hypot(z):
    z = np.asarray(z)
    if z.dtype == np.complex64:
        return np.array([_HYPOTF(float(v.real), float(v.imag)) for v in z.ravel()],
                        dtype=np.float32).reshape(z.shape)
    return np.array([_HYPOT(float(v.real), float(v.imag)) for v in z.ravel()]
                    ).reshape(z.shape)


@pytest.mark.parametrize("dtype", [np.complex128, np.complex64])
def test_cabs_is_c_hypot(dtype):
    rng = np.random.default_rng(135)
    z = (rng.standard_normal(3000) * np.exp(rng.uniform(-30, 30, 3000))
         + 1j * rng.standard_normal(3000)).astype(dtype)
    got = cabs(z)
    assert got.dtype == (np.float32 if dtype == np.complex64 else np.float64)
    np.testing.assert_array_equal(got, c_hypot(z))


def test_cabs_special_values_and_real_input():
    assert float(c_hypot(np.array([Z5]))[0]) == 1.0 and cabs(Z5) == 1.0
    z = np.array([complex(np.inf, np.nan), complex(np.nan, -np.inf), complex(np.nan, 1),
                  complex(3 * 2.0 ** 600, 4 * 2.0 ** 600), 0j])
    np.testing.assert_array_equal(cabs(z), [np.inf, np.inf, np.nan, 5 * 2.0 ** 600, 0.0])
    r = np.array([-2.5, 3], dtype=np.float32)
    assert cabs(r).dtype == np.float32
    np.testing.assert_array_equal(cabs(r), [2.5, 3])
    np.testing.assert_array_equal(cabs(np.array([-3, 4], dtype=np.int16)), [3, 4])


def test_matlab_equal_magnitudes_break_ties_by_angle():
    # |exp(5i pi/4)| = |1| = 1 (hypot): angle -3pi/4 < 0 decides every comparison
    z = np.array([Z5, 1 + 0j])
    assert matlab.max(z) == 1
    m, i = matlab.max(z, nargout=2)
    assert m == 1 and i == 2
    m, i = matlab.min(z[::-1].copy(), nargout=2)
    assert m == Z5 and i == 2
    b, i = matlab.sort(z[::-1].copy(), nargout=2)
    np.testing.assert_array_equal(b, [Z5, 1])
    np.testing.assert_array_equal(i, [2, 1])
    np.testing.assert_array_equal(matlab.cummax(z), [Z5, 1])
    np.testing.assert_array_equal(matlab.cummin(z[::-1].copy()), [1, Z5])
    # mode: both occur twice, the smaller in sort order (smaller angle) wins
    assert matlab.mode(np.array([1, Z5, 1, Z5])) == Z5


def test_idl_equal_moduli():
    # IDL MAX/MIN /ABSOLUTE compare complex values by modulus and keep the first of
    # equal ones
    z = np.array([1 + 0j, Z5])
    r = idl.max(z, max_subscript=True, absolute=True)
    assert r.result == 1 and int(r.max_subscript) == 0
    r = idl.min(z[::-1].copy(), min_subscript=True, absolute=True)
    assert r.result == Z5 and int(r.min_subscript) == 0
    # equal keys in SORT: reverse order of appearance (compat.idl.sort's documented rule)
    np.testing.assert_array_equal(idl.sort(z), [1, 0])
    np.testing.assert_array_equal(idl.sort(z[::-1].copy()), [1, 0])


def _near_ties(rng, rows, cols):
    """Columns of unit-ish complex values at multiples of pi/4 and pi/6 (many equal
    C-hypot magnitudes that np.abs splits), scaled by powers of two."""
    k = rng.integers(0, 24, (rows, cols))
    theta = np.where(k < 8, k * np.pi / 4, (k - 8) * np.pi / 6)
    return np.exp(1j * theta) * 2.0 ** rng.integers(-1, 2, (rows, cols))


def _reference_order(col):
    """MATLAB's ascending order of one column: C-hypot magnitude, then angle, stable."""
    return np.lexsort((np.angle(col), c_hypot(col)))


def test_matlab_definition_random():
    rng = np.random.default_rng(1351)
    A = _near_ties(rng, 9, 300)
    m, im = matlab.max(A, nargout=2)
    n, i_n = matlab.min(A, nargout=2)
    s, js = matlab.sort(A, nargout=2)
    m, im, n, i_n = (np.ravel(v) for v in (m, im, n, i_n))
    differs = 0
    for c in range(A.shape[1]):
        order = _reference_order(A[:, c])
        # max: the last of the largest key (lexsort is stable: take the first of ties)
        keys = list(zip(c_hypot(A[:, c]), np.angle(A[:, c])))
        top = max(keys)
        bottom = min(keys)
        assert im[c] == keys.index(top) + 1 and m[c] == A[keys.index(top), c]
        assert i_n[c] == keys.index(bottom) + 1 and n[c] == A[keys.index(bottom), c]
        np.testing.assert_array_equal(js[:, c], order + 1)
        np.testing.assert_array_equal(s[:, c], A[order, c])
        naive = np.lexsort((np.angle(A[:, c]), np.abs(A[:, c])))
        differs += not np.array_equal(naive, order)
    assert differs > 0      # the draw holds values whose np.abs order is wrong


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(1352)
    A = _near_ties(rng, 8, 120)
    statements = ("[m, im] = max(A); [n, in] = min(A); [s, is] = sort(A); "
                  "[sd, isd] = sort(A, 'descend'); cm = cummax(A); cn = cummin(A); "
                  "mo = mode(A);")
    names = ["m", "im", "n", "in", "s", "is", "sd", "isd", "cm", "cn", "mo"]
    got = run_octave([(statements, {"A": A}, names)])[0]
    assert not isinstance(got, Exception), got
    m, im = matlab.max(A, nargout=2)
    n, i_n = matlab.min(A, nargout=2)
    s, js = matlab.sort(A, nargout=2)
    sd, jsd = matlab.sort(A, "descend", nargout=2)
    mine = {"m": m, "im": im, "n": n, "in": i_n, "s": s, "is": js, "sd": sd, "isd": jsd,
            "cm": matlab.cummax(A), "cn": matlab.cummin(A), "mo": matlab.mode(A)}
    for name in names:
        np.testing.assert_array_equal(np.asarray(mine[name]).ravel(),
                                      np.asarray(got[name]).ravel(), err_msg=name)


def test_matlab_norms_of_complex_use_hypot():
    # norm(v, Inf) = max(abs(v)), norm(v, 1) = sum(abs(v)), norm(A, 1) the largest column
    # sum of abs(A) (MATLAB's norm page); abs by C's hypot: |exp(5i pi/4)| = 1 exactly
    v = np.array([[Z5, 0.5 + 0j]])
    assert matlab.norm(v, np.inf) == 1.0 and matlab.norm(v, 1) == 1.5
    assert matlab.norm(v, -np.inf) == 0.5
    assert matlab.norm(np.array([[Z5, 0.25j], [0.5 + 0j, 0j]]), 1) == 1.5
    assert matlab.norm(np.array([[Z5, 0.5 + 0j], [0.25j, 0j]]), np.inf) == 1.5
    np.testing.assert_array_equal(matlab.vecnorm(v, np.inf, 2), [[1.0]])
    np.testing.assert_array_equal(matlab.vecnorm(v, 2, 1), [[1.0, 0.5]])


@pytest.mark.octave
def test_norms_against_octave_random():
    rng = np.random.default_rng(1353)
    A = _near_ties(rng, 6, 40) * rng.integers(1, 4, (6, 40))
    statements = ("n1 = norm(A, 1); ni = norm(A, Inf); vi = vecnorm(A, Inf); v1 = vecnorm(A, 1); "
                  "c = zeros(1, columns(A)); for k = 1:columns(A), c(k) = norm(A(:, k), Inf); end")
    got = run_octave([(statements, {"A": A}, ["n1", "ni", "vi", "v1", "c"])])[0]
    assert not isinstance(got, Exception), got
    mine = {"n1": matlab.norm(A, 1), "ni": matlab.norm(A, np.inf),
            "vi": matlab.vecnorm(A, np.inf), "v1": matlab.vecnorm(A, 1),
            "c": [matlab.norm(A[:, [k]], np.inf) for k in range(A.shape[1])]}
    for name, value in mine.items():
        # sums of the same magnitudes in the same column order: exact
        np.testing.assert_array_equal(np.ravel(value), np.ravel(got[name]), err_msg=name)


def test_idl_min_max_compare_real_parts_by_default():
    # IDL's MIN and MAX pages: "For complex input, MAX by default only compares the real
    # component of each value" -- so 3+0i (the first real part 3), not 3+9i (largest
    # modulus); MIN: -4+1i, the first real part -4 (golden suite idl/complex_extremes)
    z = np.array([1 + 5j, 3, -4 + 1j, 3 + 9j, 0.5, -4 - 2j], np.complex64)
    r = idl.max(z, max_subscript=True)
    assert r.result == 3 and int(r.max_subscript) == 1 and r.result.dtype == np.complex64
    r = idl.min(z, min_subscript=True)
    assert r.result == -4 + 1j and int(r.min_subscript) == 2
    assert int(idl.max(z, max_subscript=True, absolute=True).max_subscript) == 3
    # /NAN: a value with either part NaN is missing (GDL 1.0.1 agrees)
    w = np.array([1, 0, 0, 0.5], np.complex64)
    w.imag[1], w.real[2] = 1, 2
    w.real[1], w.imag[2] = np.nan, np.nan
    assert int(idl.max(w, max_subscript=True).max_subscript) == 2
    assert int(idl.max(w, max_subscript=True, nan=True).max_subscript) == 0
    assert int(idl.min(w, min_subscript=True, nan=True).min_subscript) == 3


@pytest.mark.parametrize("dtype", [np.complex128, np.complex64])
def test_idl_min_max_operators_of_complex_by_hypot(dtype):
    # IDL's A < B / A > B compare complex operands by absolute value, the first on a tie
    # (IDL Reference Guide, "Minimum and Maximum Operators"); GDL 1.0.1 refuses complex
    # operands ("Cannot apply operation to datatype DCOMPLEX"), so the magnitudes are
    # C's hypot as for IDL's ABS, MAX/MIN /ABSOLUTE and SORT. |exp(5i*pi/4)| is 1 by
    # hypot (complex64: also 1), 1.0000000000000002 (0.99999994) by numpy's np.abs.
    z = np.array([Z5], dtype=dtype)
    one = np.array([1.0 + 0j], dtype=dtype)
    assert c_hypot(z)[0] == c_hypot(one)[0] == 1.0          # a tie: the first operand
    assert idl.lesser_of(z, one)[0] == z[0] and idl.lesser_of(one, z)[0] == one[0]
    assert idl.greater_of(z, one)[0] == z[0] and idl.greater_of(one, z)[0] == one[0]
    rng = np.random.default_rng(1413)
    a = (rng.standard_normal(3000) + 1j * rng.standard_normal(3000)).astype(dtype)
    b = a * np.exp(1j * rng.uniform(-np.pi, np.pi, 3000)).astype(dtype)   # near ties
    ma, mb = c_hypot(a), c_hypot(b)
    np.testing.assert_array_equal(idl.greater_of(a, b), np.where(ma < mb, b, a))
    np.testing.assert_array_equal(idl.lesser_of(a, b), np.where(ma > mb, b, a))
