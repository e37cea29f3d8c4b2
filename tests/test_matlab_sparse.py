"""MATLAB sparse matrices on scipy.sparse (issue 16): sparse, full, speye, spdiags
(goldens in reference_outputs/matlab/sparse_matrices)."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from compat import matlab


def test_sparse_forms():
    S = matlab.sparse([1, 2, 2, 4, 4], [1, 3, 3, 2, 2], [10, 1, 2, 7, -7])
    assert isinstance(S, sp.csc_matrix) and S.shape == (4, 3) and S.nnz == 2
    assert S[1, 2] == 3 and S[3, 1] == 0
    A = np.array([[0, 1.5], [2, 0]])
    np.testing.assert_array_equal(matlab.full(matlab.sparse(A)), A)
    assert matlab.sparse(np.int8([[1, 0]])).dtype == np.float64
    L = matlab.sparse([1, 1], [1, 1], np.array([True, True]))
    assert L.dtype == np.bool_ and L.nnz == 1
    assert matlab.sparse(3, 2).shape == (3, 2) and matlab.sparse(3, 2).nnz == 0
    assert matlab.sparse([1, 2], [1, 2], 5, 4, 4).toarray()[1, 1] == 5
    np.testing.assert_array_equal(matlab.full(A), A)
    assert matlab.speye(2, 3).toarray().tolist() == [[1, 0, 0], [0, 1, 0]]


def test_spdiags_alignment():
    B = np.arange(1.0, 16).reshape(3, 5).T
    tall = matlab.full(matlab.spdiags(B, [-2, 0, 2], 5, 3))
    wide = matlab.full(matlab.spdiags(B, [-2, 0, 2], 3, 5))
    assert tall[2, 0] == 1 and tall[0, 2] == 13       # by column index (m >= n)
    assert wide[2, 0] == 3 and wide[0, 2] == 11       # by row index (m < n)
    A = np.array([[1.0, 2, 0], [0, 3, 4], [5, 0, 6]])
    Bo, ids = matlab.spdiags(A, nargout=2)
    assert ids.ravel().tolist() == [-2, 0, 1]
    np.testing.assert_array_equal(matlab.full(matlab.spdiags(Bo, ids, 3, 3)), A)
    R = matlab.full(matlab.spdiags(np.array([9.0, 9, 9]), 0, A))
    assert np.diag(R).tolist() == [9, 9, 9] and R[2, 0] == 5


def test_bad_input():
    with pytest.raises(ValueError, match=r"^sparse: Index into matrix must be a positive"):
        matlab.sparse([0, 1], [1, 1], [1, 2])
    with pytest.raises(ValueError, match=r"^sparse: Vectors must be the same length"):
        matlab.sparse([1, 2], [1, 2, 3], [1, 2])
    with pytest.raises(ValueError, match=r"^sparse: Index exceeds array bounds"):
        matlab.sparse([3], [1], [1], 2, 2)
    with pytest.raises(ValueError, match=r"^sparse: N-dimensional"):
        matlab.sparse(np.ones((2, 2, 2)))
    with pytest.raises(ValueError, match=r"^speye: m must be a nonnegative integer"):
        matlab.speye(-1, 2)
    with pytest.raises(ValueError, match=r"^spdiags: B must have one column per diagonal"):
        matlab.spdiags(np.ones((3, 2)), [0, 1, 2], 3, 3)
