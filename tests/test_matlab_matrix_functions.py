"""Tests of compat.matlab.matrix_functions: sqrtm, logm (expm is tested with linalg).

Golden cases: reference_outputs/matlab/matrix_functions (Octave captures and MATLAB's
documentation examples). Here: the defining identities on random matrices, MATLAB's
result classes, warnings and errors, and a differential run against live Octave.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import scipy.linalg

from compat import CompatTypeError, CompatValueError, MatlabWarning, SingularMatrixWarning
from compat.matlab import expm, logm, sqrtm
from compat.matlab.matrix_functions import LogmResult, SqrtmResult

from oracles import run_octave_calls


def _random(rng, n, kind):
    a = rng.standard_normal((n, n))
    if kind == "complex":
        a = a + 1j * rng.standard_normal((n, n))
    if kind == "pd":
        a = a @ a.T + n * np.eye(n)
    return a


@pytest.mark.parametrize("kind", ["real", "pd", "complex"])
@pytest.mark.parametrize("n", [1, 2, 5, 17])
def test_square_root_squares_back(kind, n):
    rng = np.random.default_rng(n * 7 + len(kind))
    a = _random(rng, n, kind)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        x = sqrtm(a)
    assert np.allclose(x @ x, a, rtol=1e-10, atol=1e-10 * np.abs(a).max())
    # principal: every eigenvalue of X has a nonnegative real part
    assert np.all(scipy.linalg.eigvals(x).real >= -1e-12)
    # a symmetric positive definite matrix has a symmetric positive definite real root
    if kind == "pd":
        assert x.dtype == np.float64 and np.allclose(x, x.T, atol=1e-12)


def test_result_class_real_complex_single():
    assert sqrtm(np.array([[7.0, 10], [15, 22]])).dtype == np.float64
    # an eigenvalue -0.37: MATLAB's result is complex
    assert sqrtm(np.array([[1.0, 2], [3, 4]])).dtype == np.complex128
    assert sqrtm(np.array([[4, 1], [1, 3]], np.float32)).dtype == np.float32
    assert sqrtm(np.array([[-4]], np.float32)).dtype == np.complex64
    assert sqrtm(np.array([[-4.0]]))[0, 0] == 2j
    assert logm(np.array([[2, 1], [0, 3]], np.float32)).dtype == np.float32
    assert logm(np.array([[1.0, 2], [3, 4]])).dtype == np.complex128
    assert sqrtm(np.zeros((0, 0))).shape == (0, 0)
    assert logm(np.zeros((0, 0))).shape == (0, 0)
    # a Python list is a double matrix
    assert sqrtm([[4, 0], [0, 9]]).tolist() == [[2.0, 0.0], [0.0, 3.0]]


def test_triangular_input_is_its_own_schur_form():
    # the recurrence by hand: R12 = T12 / (R11 + R22)
    x = sqrtm(np.array([[4.0, 10.0], [0.0, 9.0]]))
    assert x.tolist() == [[2.0, 2.0], [0.0, 3.0]]
    # no square root exists: MATLAB's division by zero gives Inf
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        x = sqrtm(np.array([[0.0, 1.0], [0.0, 0.0]]))
    assert x[0, 0] == 0 and np.isinf(x[0, 1]) and x[1, 0] == 0 and x[1, 1] == 0


def test_sqrtm_singular_warning_and_residual():
    a = np.array([[1.0, 0.0], [0.0, 0.0]])
    with pytest.warns(SingularMatrixWarning,
                      match=r"^Matrix is singular and may not have a square root\.$"):
        sqrtm(a)
    # MATLAB: the two-output form does not warn
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = sqrtm(a, nargout=2)
    assert isinstance(result, SqrtmResult)
    assert result.X.tolist() == [[1.0, 0.0], [0.0, 0.0]] and result.residual == 0
    rng = np.random.default_rng(3)
    b = _random(rng, 6, "pd")
    x, residual = sqrtm(b, nargout=2)
    expected = np.abs(b - x @ x).sum(axis=0).max() / np.abs(b).sum(axis=0).max()
    assert residual == expected and residual < 1e-14


def test_logm_inverts_expm_and_warns_off_the_principal_branch():
    rng = np.random.default_rng(5)
    for kind in ("real", "complex"):
        a = 0.3 * _random(rng, 5, kind)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            back = logm(expm(a))
        assert np.allclose(back, a, atol=1e-12)
    with pytest.warns(MatlabWarning, match=r"^Principal matrix logarithm is not defined for "
                      r"A with nonpositive real eigenvalues\. A non-principal matrix "
                      r"logarithm is returned\.$"):
        out = logm(np.array([[1.0, 2], [3, 4]]))
    assert np.allclose(expm(out), [[1, 2], [3, 4]], atol=1e-12)
    # complex eigenvalues with negative real parts are off the negative real axis
    rotation = np.array([[-1.0, -1.0], [1.0, -1.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = logm(rotation)
    assert np.allclose(expm(out), rotation, atol=1e-12)
    result = logm(np.eye(2), nargout=2)
    assert isinstance(result, LogmResult) and result.exitflag == 0
    assert not np.any(result.L)


def test_bad_input_and_no_mutation():
    with pytest.raises(CompatValueError, match=r"^sqrtm: Matrix must be square"):
        sqrtm(np.ones((2, 3)))
    with pytest.raises(CompatValueError, match=r"^logm: Matrix must be square"):
        logm(np.ones((3, 2)))
    with pytest.raises(CompatTypeError, match=r"^sqrtm: A must be double or single"):
        sqrtm(np.eye(2, dtype=np.int32))
    a = np.array([[4.0, 1], [2, 9]])
    view = a.copy()
    view.flags.writeable = False
    sqrtm(view), logm(view)
    assert (view == a).all()
    big_endian = a.astype(">f8")
    assert np.array_equal(sqrtm(big_endian), sqrtm(a))
    assert np.array_equal(logm(big_endian), logm(a))


@pytest.mark.octave
def test_against_octave():
    rng = np.random.default_rng(17)
    matrices = []
    for n in (2, 3, 4, 6, 9):
        for kind in ("real", "pd", "complex"):
            a = _random(rng, n, kind)
            if kind == "complex":
                a = a + (n + 2) * np.eye(n)  # off the negative real axis for logm
            matrices.append(a)
    cases = [(f"{fn}(A)", {"A": a}, 1) for a in matrices for fn in ("sqrtm", "logm")]
    results = run_octave_calls(cases)
    assert not any(isinstance(r, Exception) for r in results), results
    for (call, inputs, _), (want,) in zip(cases, results):
        a = inputs["A"]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = sqrtm(a) if call.startswith("sqrtm") else logm(a)
        values = np.linalg.eigvals(a)
        if a.dtype.kind == "f" and np.any((values.real < 0) & (values.imag == 0)):
            # no principal function exists on the negative real axis: compat takes the
            # principal branch of each eigenvalue (sqrt(-x) = +i*sqrt(x), log(-x) =
            # log(x) + i*pi, as MATLAB's scalar sqrt/log), Octave's zgees leaves rounding
            # noise in the imaginary part that picks either branch; compare the real
            # parts, and check that compat's result is a root/logarithm
            assert np.allclose(got.real, want.real, rtol=1e-9, atol=1e-11), call
            back = got @ got if call.startswith("sqrtm") else expm(got)
            assert np.allclose(back, a, atol=1e-9 * np.abs(a).max()), call
            continue
        scale = np.abs(want).max()
        # different operation orders (sqrtm) and algorithms (logm: Octave's Schur-Pade,
        # MATLAB's and compat's inverse scaling and squaring): both backward stable
        assert np.allclose(got, want, rtol=1e-9, atol=1e-11 * scale), (call, a)
        if want.dtype.kind != "c":
            assert got.dtype.kind == "f", call
