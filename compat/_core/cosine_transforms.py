"""Orthogonal discrete cosine transforms of types 1-4: the core of MATLAB's ``dct`` and
``idct``.

MATLAB's reference page defines the four orthogonal (unitary) transforms of a length-N
sequence (indices 1-based, ``delta`` Kronecker's):

* type 1: ``y(k) = sqrt(2/(N-1)) sum_n x(n) / sqrt(1 + delta(n,1) + delta(n,N))
  / sqrt(1 + delta(k,1) + delta(k,N)) cos(pi (n-1)(k-1) / (N-1))``;
* type 2: ``y(k) = sqrt(2/N) sum_n x(n) / sqrt(1 + delta(k,1)) cos(pi (2n-1)(k-1) / (2N))``;
* type 3: ``y(k) = sqrt(2/N) sum_n x(n) / sqrt(1 + delta(n,1)) cos(pi (n-1)(2k-1) / (2N))``;
* type 4: ``y(k) = sqrt(2/N) sum_n x(n) cos(pi (2n-1)(2k-1) / (4N))``.

Types 1 and 4 are their own inverses, types 2 and 3 each other's. They are evaluated by
scipy.fft's DCTs with ``norm='ortho'`` and ``orthogonalize=True``: with
``orthogonalize=False`` (or in older SciPy releases) scipy's "orthonormal" DCT-I/II/III
scales only the overall sum, not the first (and for type 1, last) term by ``1/sqrt(2)``,
which is *not* MATLAB's transform. A length-1 type-1 transform (N - 1 = 0) is the
identity, as the limit of MATLAB's definition for one sample is undefined (compat's
choice, documented).
"""

from __future__ import annotations

import numpy as np
import scipy.fft

__all__ = ["dct", "idct", "INVERSE"]

#: the type whose forward transform inverts each type
INVERSE = {1: 1, 2: 3, 3: 2, 4: 4}


def dct(x: np.ndarray, kind: int, axis: int) -> np.ndarray:
    """MATLAB's orthogonal DCT of ``kind`` along ``axis`` (length as given)."""
    if x.shape[axis] == 1 and kind == 1:
        return x.copy()
    if np.iscomplexobj(x):
        return dct(x.real, kind, axis) + 1j * dct(x.imag, kind, axis)
    return scipy.fft.dct(x, type=kind, axis=axis, norm="ortho", orthogonalize=True)


def idct(x: np.ndarray, kind: int, axis: int) -> np.ndarray:
    """The inverse of :func:`dct` of ``kind``."""
    return dct(x, INVERSE[kind], axis)
