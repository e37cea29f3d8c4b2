"""C's comparison idioms as Numerical Recipes in C writes them, for the NR ports.

Numerical Recipes in C, 2nd ed. (Press, Teukolsky, Vetterling, Flannery, 1992), the
code inside IDL's DFPMIN, POWELL, NEWTON, BROYDEN, FZ_ROOTS, SVDC, ... uses the macros
of its ``nrutil.h`` (Appendix B):

* ``FMAX(a,b)`` = ``(a > b ? a : b)`` and ``FMIN(a,b)`` = ``(a < b ? a : b)``: a
  comparison with a NaN is false, so the result is ``b`` when *either* argument is NaN,
  and ``b`` for equal arguments (``FMAX(0.0, -0.0)`` is ``-0.0``). Python's
  ``max(a, b)`` keeps ``a`` unless ``b > a``, so ``max(nan, 1.0)`` is ``nan`` where
  ``FMAX(nan, 1.0)`` is ``1.0``, and ``max(1.0, nan)`` is ``1.0`` where ``FMAX`` gives
  ``nan``; ``numpy.maximum`` propagates every NaN and ``numpy.fmax`` drops every NaN:
  neither is the macro.
* ``SIGN(a,b)`` = ``((b) >= 0.0 ? fabs(a) : -fabs(a))``: ``+|a|`` for ``b = -0.0``
  (``-0.0 >= 0`` holds) and ``-|a|`` for a NaN ``b``, where ``math.copysign`` /
  ``numpy.copysign`` read the sign bit (``-|a|`` for ``-0.0``, either sign for a NaN).
* The running maximum ``test=0.0; for (...) if (v[i] > test) test=v[i];`` (the
  convergence tests of ``lnsrch``, ``dfpmin``, ``newt``, ``broydn``): a NaN element
  never replaces ``test``, where ``numpy.max`` returns NaN.
* The fold ``s=FMAX(s, v[i])`` over a vector (``qrdcmp``'s column scale): a NaN
  element makes ``s`` NaN, and the next non-NaN element replaces the NaN.

On numbers that are not NaN (and not signed zeros compared with each other) each helper
returns what the Python/numpy call it replaces returns, bit for bit.
"""

from __future__ import annotations

import numpy as np

__all__ = ["fmax", "fmin", "sign", "fmax_array", "running_max", "fold_fmax"]


def fmax(a, b):
    """NR's ``FMAX(a, b)``: ``a if a > b else b`` (so ``b`` when either is NaN).

    Examples
    --------
    >>> fmax(2.0, 1.0), fmax(float("nan"), 1.0), fmax(1.0, float("nan"))
    (2.0, 1.0, nan)
    >>> max(float("nan"), 1.0)        # Python's max keeps the first argument
    nan
    """
    return a if a > b else b


def fmin(a, b):
    """NR's ``FMIN(a, b)``: ``a if a < b else b`` (so ``b`` when either is NaN).

    Examples
    --------
    >>> fmin(2.0, 1.0), fmin(float("nan"), 1.0), fmin(1.0, float("nan"))
    (1.0, 1.0, nan)
    """
    return a if a < b else b


def sign(a, b):
    """NR's ``SIGN(a, b)``: ``|a|`` if ``b >= 0`` else ``-|a|``, in ``a``'s type.

    Examples
    --------
    >>> sign(3.0, -0.0), sign(3.0, float("nan")), sign(-3.0, 2.0)
    (3.0, -3.0, 3.0)
    >>> import math; math.copysign(3.0, -0.0)      # the sign bit, not C's comparison
    -3.0
    """
    return abs(a) if b >= 0 else -abs(a)


def fmax_array(a, b):
    """``FMAX`` element by element: ``numpy.where(a > b, a, b)`` (``b`` where either is
    NaN), in the dtype numpy gives ``a`` and ``b`` together.

    Examples
    --------
    >>> import numpy as np
    >>> fmax_array(np.array([0.5, np.nan, 2.0]), 1.0)
    array([1., 1., 2.])
    >>> np.maximum(np.array([0.5, np.nan, 2.0]), 1.0)
    array([ 1., nan,  2.])
    """
    a = np.asarray(a)
    return np.where(a > b, a, b).astype(np.result_type(a, b), copy=False)


def running_max(values, start):
    """NR's ``test=start; for (i...) if (v[i] > test) test=v[i];``: the largest element
    above ``start`` (NaN elements never count), else ``start`` itself.

    Examples
    --------
    >>> import numpy as np
    >>> float(running_max(np.array([0.25, np.nan, 0.5]), 0.0))
    0.5
    >>> float(running_max(np.array([np.nan, np.nan]), 0.0))
    0.0
    """
    v = np.asarray(values)
    above = v > start
    return v[above].max() if above.any() else start


def fold_fmax(start, values):
    """``s=start; for (i...) s=FMAX(s, v[i]);``: NaN when the last element is NaN, else
    the largest of ``start`` (when no element is NaN) and the elements after the last
    NaN; on equal values the later element (as the macro).

    Examples
    --------
    >>> import numpy as np
    >>> float(fold_fmax(0.0, np.array([3.0, np.nan, 2.0]))), float(fold_fmax(0.0, [1.0, np.nan]))
    (2.0, nan)
    """
    s = start
    for v in np.asarray(values).reshape(-1):
        s = s if s > v else v
    return s
