"""MATLAB pca, pcacov, pcares (compat.matlab.principal_components): MATLAB's
definitions that the clone does not share (T-squared as the sum of squared
standardised scores, 'pairwise' covariance), the sign convention, the reconstruction
identities, options and errors, classes and inputs left alone, and a live Octave run
on random data. Printed and captured values: golden suite matlab/principal_components."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave


def _data(seed, shape):
    return np.random.default_rng(seed).standard_normal(shape) @ \
        np.random.default_rng(seed + 1).standard_normal((shape[1], shape[1]))


def _assert_eigenvalues(latent, reference, n):
    """latent against eigvalsh of a covariance computed from n rows: a backward-stable
    symmetric eigensolver perturbs every eigenvalue by up to ~p*eps*||C|| (Weyl's
    bound), and forming C from n rows adds ~n*eps*||C||, so a small eigenvalue is only
    determined to an absolute (n + p)*eps*lambda_max -- relatively far more than 1e-12
    when lambda_max/lambda_min is large (2.57e-3 against 25.4 at COMPAT_RESEED_SHIFT=1313);
    the large ones are still checked to rtol 1e-12."""
    reference = np.asarray(reference)
    atol = (n + reference.size) * np.finfo(float).eps * np.abs(reference).max()
    np.testing.assert_allclose(latent, reference, rtol=1e-12, atol=atol)


def test_identities_and_sign_convention():
    x = _data(1, (30, 6))
    coeff, score, latent, tsq, explained, mu = matlab.pca(x, nargout=6)
    np.testing.assert_allclose(score @ coeff.T + mu, x, atol=1e-12)
    np.testing.assert_allclose(coeff.T @ coeff, np.eye(6), atol=1e-13)
    _assert_eigenvalues(latent[:, 0], np.linalg.eigvalsh(np.cov(x.T))[::-1], 30)
    assert np.all(np.diff(latent[:, 0]) <= 0) and np.isclose(explained.sum(), 100)
    big = np.abs(coeff).argmax(axis=0)
    assert np.all(coeff[big, np.arange(6)] > 0)
    # T-squared: the sum of squared standardised scores (MATLAB's pca.m)
    np.testing.assert_allclose(tsq[:, 0], np.sum(score ** 2 / latent[:, 0], axis=1),
                               rtol=1e-12)
    # uncentred and weighted T-squared by the same definition
    c, s, lat, t = matlab.pca(x, 'Centered', False, nargout=4)
    np.testing.assert_allclose(t[:, 0], np.sum(s ** 2 / lat[:, 0], axis=1), rtol=1e-12)


def test_num_components_keeps_full_space_outputs():
    x = _data(2, (25, 5))
    full = matlab.pca(x, nargout=5)
    part = matlab.pca(x, 'NumComponents', 2, nargout=5)
    assert part[0].shape == (5, 2) and part[1].shape == (25, 2)
    np.testing.assert_array_equal(part[2], full[2])
    np.testing.assert_array_equal(part[3], full[3])
    np.testing.assert_array_equal(part[0], full[0][:, :2])


def test_pairwise_rows_use_the_pairwise_covariance():
    x = np.random.default_rng(3).standard_normal((40, 4)) * [1.0, 2.0, 0.5, 3.0]
    x[[2, 9], 1] = np.nan
    x[17, 3] = np.nan
    coeff, score, latent = matlab.pca(x, 'Rows', 'pairwise', nargout=3)
    xc = x - np.nanmean(x, axis=0)
    c = np.empty((4, 4))
    for i in range(4):
        for j in range(4):
            ok = ~(np.isnan(xc[:, i]) | np.isnan(xc[:, j]))
            c[i, j] = xc[ok, i] @ xc[ok, j] / (ok.sum() - 1)
    _assert_eigenvalues(latent[:, 0], np.linalg.eigvalsh(c)[::-1], 40)
    assert np.isnan(score[2]).all() and np.isfinite(score[0]).all()
    # an indefinite pairwise covariance is refused, as MATLAB's pca does. Indefinite by
    # construction, whatever the random draws: three blocks of 8 rows, each observing
    # two of the three columns (a, b, c centred, of equal norm S, so every column mean
    # is 0): columns 1-2 agree on block 1, 2-3 on block 2, 1 and 3 are opposite on
    # block 3. The pairwise covariance is S*(I*2/15 + M/7), M = [0 1 -1; 1 0 1; -1 1 0],
    # whose eigenvalue 2/15 - 2/7 (M's -2, eigenvector [1 -1 1]) is negative.
    r = np.random.default_rng(5).standard_normal((3, 8))
    r -= r.mean(axis=1, keepdims=True)
    a, b, c = r / np.linalg.norm(r, axis=1, keepdims=True)
    nan = np.full(8, np.nan)
    z = np.column_stack([np.r_[a, nan, c], np.r_[a, b, nan], np.r_[nan, b, -c]])
    with pytest.raises(CompatValueError, match="not positive semi-definite"):
        matlab.pca(z, 'Rows', 'pairwise')


def test_errors_classes_inputs():
    x = np.asarray(_data(4, (10, 3)), dtype=">f8")
    x.setflags(write=False)
    before = x.copy()
    matlab.pca(x, 'Algorithm', 'eig', nargout=6)
    assert np.array_equal(x, before)
    assert matlab.pca(x.astype(np.float32)).dtype == np.float32
    with pytest.raises(CompatValueError, match="number of components"):
        matlab.pca(x, 'NumComponents', 4)
    with pytest.raises(CompatValueError, match="als"):
        matlab.pca(x, 'Algorithm', 'als')
    with pytest.raises(CompatValueError, match="Invalid parameter name"):
        matlab.pca(x, 'Centred', False)
    y = np.array(x)
    y[0, 0] = np.nan
    with pytest.raises(CompatValueError, match="NaN"):
        matlab.pca(y, 'Rows', 'all')
    with pytest.raises(CompatValueError, match="square"):
        matlab.pcacov(np.ones((2, 3)))
    r, rec = matlab.pcares(x, 3, nargout=2)
    np.testing.assert_allclose(r, 0, atol=1e-12)
    np.testing.assert_allclose(rec, x, atol=1e-12)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(717)
    cases, expected = [], []
    for k in range(8):
        n, p = int(rng.integers(3, 30)), int(rng.integers(2, 7))
        X = rng.standard_normal((n, p)) @ rng.standard_normal((p, p))
        alg = ("svd", "eig")[k % 2]
        cases.append((f"[c, s, l, t, e, m] = pca(X, 'Algorithm', '{alg}'); "
                      "[cc, lc, ec] = pcacov(cov(X)); r = pcares(X, 1);",
                      {"X": X}, ["c", "s", "l", "t", "e", "m", "lc", "ec", "r"]))
        out = list(matlab.pca(X, 'Algorithm', alg, nargout=6))
        cc, lc, ec = matlab.pcacov(np.cov(X.T), nargout=3)
        expected.append(out + [lc, ec, matlab.pcares(X, 1)])
    got = run_octave(cases, setup="warning('off', 'all'); pkg('load', 'statistics');")
    eps = np.finfo(float).eps
    for result, want, (_, inputs, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        # Conditioning: a backward-stable eigen/singular value decomposition leaves an
        # absolute error ~p*eps*lambda_max in every eigenvalue (Weyl) and turns the
        # eigenvectors by ~p*eps*lambda_max/gap (Davis-Kahan), gap the smallest
        # separation of the eigenvalues. T-squared divides by the smallest eigenvalue:
        # relative error ~p*eps*kappa, kappa = lambda_max/lambda_min (4.4e8 for a
        # 28-by-4 'eig' draw at COMPAT_RESEED_SHIFT=4242: 4.7e-8 between compat and
        # Octave); coeff and score follow the eigenvectors. 1e-8 stays the floor.
        lat = np.asarray(want[2], dtype=float).ravel()
        lat = lat[lat > 0]
        gap = np.diff(lat[::-1]).min() if lat.size > 1 else lat[0]
        spread = {"t": 8 * lat.size * eps * lat[0] / lat[-1],
                  "c": 8 * lat.size * eps * lat[0] / gap,
                  "s": 8 * lat.size * eps * lat[0] / gap}
        for name, value in zip(names, want):
            value, ref = np.asarray(value, dtype=float), np.asarray(result[name], dtype=float)
            n, p = inputs["X"].shape
            if name == "t" and n - 1 < p:
                continue            # rank-deficient T-squared: MATLAB's and Octave's rules differ
            if name in ("l", "e") and n - 1 < p and ref.size == p:
                # Octave 7.3's statistics 1.5.3 pca with 'eig' returns all p eigenvalues
                # (and p explained) when DOF = n - 1 < p, against its own help text and
                # its 'svd' path; MATLAB's 'Economy' (default true) keeps the first DOF
                # (golden case pca_eig_economy_latent, divergent). The rest must be
                # rounding-level eigenvalues of a rank-DOF covariance.
                ref = ref.ravel()
                assert np.all(np.abs(ref[n - 1:]) <= 100 * p * np.finfo(float).eps
                              * np.abs(ref).max()), (name, ref)
                ref = ref[:n - 1].reshape(-1, 1)
            rtol = max(1e-8, spread.get(name, 0.0))
            np.testing.assert_allclose(value.reshape(ref.shape), ref, rtol=rtol,
                                       atol=rtol / 10 * max(1.0, np.abs(ref).max()),
                                       err_msg=name)
