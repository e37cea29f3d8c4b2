"""Element-wise rich comparisons for compat's array-like value types.

MATLAB's relational operators compare element by element and return logical arrays;
compat's value types that stand for MATLAB data (``datetime``, ``duration``, the
``MatlabInt`` integer wrapper) do the same through one method, ``_cmp(other, ufunc)``,
that brings ``other`` to comparable numbers and applies the numpy comparison ufunc.
"""

from __future__ import annotations

import numpy as np

__all__ = ["ElementwiseComparisons"]


class ElementwiseComparisons:
    """Mixin: ``==``, ``!=``, ``<``, ``<=``, ``>``, ``>=`` as ``self._cmp(other, ufunc)``.

    The class defines ``_cmp(other, op)``, returning ``op(a, b)`` of its own numbers and
    ``other``'s (a boolean array). The results are arrays, so instances are unhashable,
    as numpy arrays are.

    Examples
    --------
    >>> import numpy as np
    >>> class Metres(ElementwiseComparisons):
    ...     def __init__(self, v):
    ...         self.v = np.asarray(v, float)
    ...     def _cmp(self, other, op):
    ...         return op(self.v, getattr(other, "v", other))
    >>> Metres([1, 2, 3]) >= 2
    array([False,  True,  True])
    >>> Metres([1, 2]) != Metres([1, 5])
    array([False,  True])
    """

    __slots__ = ()

    def __eq__(self, other):
        return self._cmp(other, np.equal)

    def __ne__(self, other):
        return self._cmp(other, np.not_equal)

    def __lt__(self, other):
        return self._cmp(other, np.less)

    def __le__(self, other):
        return self._cmp(other, np.less_equal)

    def __gt__(self, other):
        return self._cmp(other, np.greater)

    def __ge__(self, other):
        return self._cmp(other, np.greater_equal)

    __hash__ = None
