"""MATLAB's ``residue``: partial-fraction expansion and its inverse.

The legacy layer of the family: the two call forms (``[r, p, k] = residue(b, a)``,
``[b, a] = residue(r, p, k)``) and MATLAB's output shapes over
:mod:`compat._core.partial_fractions`, whose docstring states the computation. Checked
against GNU Octave 7.3's residue (golden suite ``matlab/partial_fractions``).
"""

from __future__ import annotations

import numpy as np

from compat._core import partial_fractions as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["residue"]


def _vector(v, name):
    a = np.asarray(matlab_array(v, name, to_float=True))
    if a.ndim > 2 or (a.ndim == 2 and min(a.shape) > 1):
        raise CompatValueError(f"{name} must be a vector")
    return a.reshape(-1), a.ndim == 2


@matlab_function("residue", nargout=3)
def residue(*args, nargout=1):
    """Partial-fraction expansion (residues), as MATLAB's ``residue``.

    MATLAB call forms::

        [r, p, k] = residue(b, a)     ->  r, p, k = residue(b, a, nargout=3)
        [b, a] = residue(r, p, k)     ->  b, a = residue(r, p, k, nargout=2)

    ``b(s)/a(s) = r(1)/(s - p(1)) + ... + r(n)/(s - p(n)) + k(s)``; a pole of
    multiplicity ``m`` contributes ``r(j)/(s - p(j)) + r(j+1)/(s - p(j))^2 + ... +
    r(j+m-1)/(s - p(j))^m``.

    Parameters
    ----------
    b, a : array_like
        Numerator and denominator coefficients, descending powers.
    r, p, k : array_like
        Residues, poles and direct term (the inverse form; ``k`` may be ``[]``).

    Returns
    -------
    r, p : ndarray
        Residues and poles (columns; 1-D for 1-D input), the poles ordered by decreasing
        magnitude, repeated poles (within 0.001 relative) grouped and averaged.
    k : ndarray
        Direct term (a row; empty when ``deg b < deg a``).
    b, a : ndarray
        For the inverse form: numerator and denominator (rows).

    Notes
    -----
    Differences from ``scipy.signal.residue``: scipy orders the poles its own way and
    groups repeated poles with another rule (``tol``, 'avg'), and it returns its own
    ordering of repeated-pole residues; compat follows MATLAB's grouping (mpoles,
    0.001) and order. The residues come from a scaled linear solve, so repeated poles
    are accurate only to about ``eps^(1/m)``, as in MATLAB. Source: MathWorks' residue
    reference page; GNU Octave 7.3's residue.m and mpoles.m for the steps.

    Examples
    --------
    >>> from compat import matlab
    >>> r, p, k = matlab.residue([-4.0, 8.0], [1.0, 6.0, 8.0], nargout=3)
    >>> r, p, k
    (array([-12.,   8.]), array([-4., -2.]), array([], dtype=float64))
    >>> matlab.residue(r, p, k, nargout=2)
    (array([-4.,  8.]), array([1., 6., 8.]))
    """
    if len(args) == 2:
        (b, tb), (a, ta) = _vector(args[0], "b"), _vector(args[1], "a")
        if not np.any(a != 0):
            raise CompatValueError("The denominator a must have a nonzero coefficient.")
        r, p, k = core.expand(b, a)
        if tb or ta:
            r, p = r.reshape(-1, 1), p.reshape(-1, 1)
            k = k.reshape(1, -1) if k.size else np.zeros((0, 0))
        return (r, p, k)[:nargout] if nargout > 1 else r
    if len(args) == 3:
        if nargout > 2:
            raise CompatValueError("The form residue(r, p, k) has two outputs [b, a].")
        (r, tr), (p, tp) = _vector(args[0], "r"), _vector(args[1], "p")
        k, tk = _vector(args[2] if args[2] is not None else [], "k")
        if r.size != p.size:
            raise CompatValueError("r and p must have the same length.")
        b, a = core.collect(r, p, k)
        if tr or tp or tk:
            b, a = b.reshape(1, -1), a.reshape(1, -1)
        return (b, a) if nargout == 2 else b
    raise CompatValueError("residue takes (b, a) or (r, p, k).")
