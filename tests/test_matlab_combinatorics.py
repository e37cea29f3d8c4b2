"""MATLAB's nchoosek, perms, factorial and the classic test matrices: what the golden
suites (matlab/combinatorics, matlab/classic_matrices) do not show, from MATLAB's
reference pages."""

import warnings

import numpy as np
import pytest

from compat import MatlabWarning, matlab


@pytest.mark.parametrize("cls, first", [
    (np.uint8, 6), (np.int8, 6), (np.uint16, 9), (np.int16, 8), (np.uint32, 13),
    (np.int32, 13), (np.uint64, 21), (np.int64, 21)])
def test_factorial_saturation_table(cls, first):
    # the factorial reference page's table: the first n whose factorial saturates
    f = matlab.factorial(np.array([first - 1, first], dtype=cls))
    assert f.dtype == cls and f[1] == np.iinfo(cls).max and f[0] < np.iinfo(cls).max


def test_factorial_float_limits():
    assert matlab.factorial(np.float32(35)) == np.inf and \
        matlab.factorial(np.float32(34)).dtype == np.float32
    assert np.isinf(matlab.factorial(171.0)) and np.isfinite(matlab.factorial(170.0))
    with pytest.raises(ValueError, match=r"^factorial: N must be a matrix of non-negative "
                                         r"integers\.$"):
        matlab.factorial(np.array([1.0, 2.5]))


def test_nchoosek_warns_past_flintmax_and_checks_k():
    with pytest.warns(MatlabWarning, match=r"^Result may not be exact\. Coefficient is "
                                           r"greater than 9\.007199e\+15 and is only "
                                           r"accurate to 15 digits$") as caught:
        value = matlab.nchoosek(60.0, 30)
    assert caught[0].message.identifier == "MATLAB:nchoosek:LargeCoefficient"
    assert value == float(118264581564861424)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert matlab.nchoosek(np.uint64(60), 30) == 118264581564861424   # exact class
    with pytest.raises(ValueError, match=r"^nchoosek: K must be an integer between 0 and N\.$"):
        matlab.nchoosek(3.0, 4)
    assert matlab.nchoosek(np.array([[1.0, 2.0]]), 3).shape == (0, 3)
    assert matlab.nchoosek(np.array([[1.0, 2.0]]), 0).shape == (1, 0)


def test_perms_shapes_and_classes():
    assert matlab.perms(np.zeros((0, 0))).shape == (1, 0)
    p = matlab.perms(np.array([True, False]))
    assert p.dtype == bool and p.tolist() == [[False, True], [True, False]]
    assert matlab.perms(np.arange(1, 8.0)).shape == (5040, 7)
    with pytest.raises(ValueError, match="perms: Input must be a vector."):
        matlab.perms(np.ones((2, 2)))


def test_classic_matrices_identities():
    # reference pages: magic sums, P*P = I for pascal(n,1), P^3 = I for pascal(n,2),
    # invhilb(n) * hilb(n) = I for small n, roots(u) = eig(compan(u))
    for n in (3, 4, 6, 10, 11, 12):
        m = matlab.magic(n)
        s = n * (n * n + 1) / 2
        assert (m.sum(0) == s).all() and (m.sum(1) == s).all()
        assert np.trace(m) == s and np.trace(np.fliplr(m)) == s
        assert sorted(m.ravel()) == list(range(1, n * n + 1))
    for n in (1, 4, 7):
        p1, p2 = matlab.pascal(n, 1), matlab.pascal(n, 2)
        assert np.array_equal(p1 @ p1, np.eye(n))
        assert np.array_equal(p2 @ p2 @ p2, np.eye(n))
    assert np.allclose(matlab.invhilb(6) @ matlab.hilb(6), np.eye(6), atol=1e-8)
    assert np.allclose(np.sort(np.linalg.eigvals(matlab.compan(np.array([1.0, -6, 11, -6])))),
                       [1, 2, 3])
    assert matlab.hilb(4, "single").dtype == np.float32
    assert matlab.pascal(3, "single").dtype == np.float32
    with pytest.raises(ValueError, match="compan: Input argument must be a vector."):
        matlab.compan(np.ones((2, 2)))


def test_text_gives_char_matrices():
    # GNU Octave 7.3: perms('abc') is cba cab bca bac acb abc; nchoosek('abcd', 2) is
    # ab ac ad bc bd cd (char matrices: compat's array of row strings)
    assert matlab.perms("abc").tolist() == ["cba", "cab", "bca", "bac", "acb", "abc"]
    assert matlab.nchoosek("abcd", 2).tolist() == ["ab", "ac", "ad", "bc", "bd", "cd"]


@pytest.mark.parametrize("call, message", [
    (lambda: matlab.realsqrt(np.array([4.0, -1.0])), "realsqrt: Realsqrt produced complex result."),
    (lambda: matlab.reallog(-2.0), "reallog: Reallog produced complex result."),
    (lambda: matlab.realpow(-8.0, 1 / 3), "realpow: Realpow produced complex result."),
    (lambda: matlab.realpow(np.ones(2), np.ones(3)),
     "realpow: Arrays have incompatible sizes for this operation."),
])
def test_real_functions_refuse_complex_results(call, message):
    # the message MATLAB prints ('Error using realpow. Realpow produced complex result.')
    with pytest.raises(ValueError) as caught:
        call()
    assert str(caught.value) == message


def test_real_functions_keep_the_class():
    assert matlab.realsqrt(np.float32(9)).dtype == np.float32
    assert matlab.realpow(np.float32(3), 2.0).dtype == np.float32
    assert matlab.realpow(-2.0, 3.0) == -8.0 and matlab.reallog(0.0) == -np.inf
