"""MATLAB's explicit singleton expansion: ``bsxfun``.

The legacy layer of the family: reads the function (a Python callable, or a MATLAB
function name such as ``'plus'`` or ``@minus`` written as a string), expands the two
arrays along their singleton dimensions by MATLAB's rule (dimensions compared from the
**first**, trailing ones implied, which is not numpy's right-aligned broadcasting for
arrays of different numbers of dimensions) and applies the function once to the
expanded arrays.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_operators import expand
from compat._core.matlab_types import matlab_array
from compat.matlab import operators

__all__ = ["bsxfun"]


def _named(name: str):
    """The MATLAB built-in binary function ``name`` (with MATLAB's integer rules where
    compat has them)."""
    from compat import matlab

    name = operators.__legacy_names__.get(name, name)   # and, or: and_, or_
    if name in operators.__all__ and name not in ("mtimes", "mpower", "uminus", "uplus",
                                                  "not_"):
        return getattr(operators, name)
    simple = {"atan2": np.arctan2, "hypot": np.hypot}
    if name in simple:
        return simple[name]
    if name in ("max", "min"):
        f = getattr(matlab, name)
        return lambda a, b: f(a, b)
    if name in ("rem", "mod"):
        return getattr(matlab, name)
    raise CompatValueError(f"unknown function name {name!r}; give a Python callable or "
                           "one of MATLAB's built-in binary functions (plus, minus, "
                           "times, rdivide, ldivide, power, max, min, rem, mod, atan2, "
                           "hypot, eq, ne, lt, le, gt, ge, and, or, xor)")


@matlab_function("bsxfun")
def bsxfun(fun, A, B):
    """Binary function applied with singleton expansion, as MATLAB's ``bsxfun``.

    MATLAB call forms::

        C = bsxfun(@minus, A, mean(A))    ->  bsxfun('minus', A, matlab.mean(A))
        C = bsxfun(@(a, b) a.*b + 1, A, B) ->  bsxfun(lambda a, b: a * b + 1, A, B)

    Parameters
    ----------
    fun : callable or str
        A Python function of two arrays of the same shape, elementwise, or the name
        of a MATLAB built-in binary function (``'plus'``, ``'minus'``, ``'times'``,
        ``'rdivide'``, ``'ldivide'``, ``'power'``, ``'max'``, ``'min'``, ``'rem'``,
        ``'mod'``, ``'atan2'``, ``'hypot'``, ``'eq'``, ``'ne'``, ``'lt'``, ``'le'``,
        ``'gt'``, ``'ge'``, ``'and'``, ``'or'``, ``'xor'``; a leading ``@`` is
        accepted). Integer classes follow MATLAB's saturating arithmetic for the
        arithmetic names.
    A, B : array_like
        Arrays whose dimensions are equal or 1, compared from the first dimension (a
        1-D array is a MATLAB row; a missing trailing dimension is 1).

    Returns
    -------
    ndarray
        ``fun`` of the two arrays expanded to the common size: each singleton
        dimension repeated to the other's length.

    Notes
    -----
    numpy broadcasting aligns dimensions from the **last**: a 3-by-1 matrix and a
    3-by-1-by-4 array broadcast to 3-by-3-by-4 in numpy but expand to 3-by-1-by-4 in
    MATLAB. For arrays of the same number of dimensions the two agree.

    Sources: MATLAB ``bsxfun`` reference page (expansion rule, the list of built-in
    functions, the error for non-singleton mismatches).

    Examples
    --------
    >>> from compat.matlab import bsxfun
    >>> import numpy as np
    >>> A = np.array([[1.0, 2], [3, 4], [5, 6]])
    >>> bsxfun('minus', A, A.mean(axis=0, keepdims=True))
    array([[-2., -2.],
           [ 0.,  0.],
           [ 2.,  2.]])
    >>> bsxfun(lambda a, b: a * b, np.ones((3, 1)), np.full((3, 1, 4), 2.0)).shape
    (3, 1, 4)
    """
    if isinstance(fun, str):
        f = _named(fun.lstrip("@").strip().lower())
    elif callable(fun):
        f = fun
    else:
        raise CompatTypeError("First argument must be a function handle (a callable) or "
                              "a function name.")
    a = matlab_array(A, "A", char="codes")
    b = matlab_array(B, "B", char="codes")
    a2, b2, _ = expand(a, b, "Non-singleton dimensions of the two input arrays must "
                             "match each other.")
    shape = np.broadcast_shapes(a2.shape, b2.shape)
    ea = np.broadcast_to(a2, shape).copy()
    eb = np.broadcast_to(b2, shape).copy()
    out = np.asarray(f(ea, eb))
    if out.shape != shape:
        raise CompatValueError(f"the function returned size {out.shape}; bsxfun needs an "
                               f"elementwise result of size {shape}")
    if a.ndim <= 1 and b.ndim <= 1:
        return out.reshape(-1)
    return out
