"""MATLAB's inverse reciprocal trigonometric and hyperbolic functions in radians:
``acot``, ``asec``, ``acsc``, ``acoth``, ``asech``, ``acsch``.

The legacy layer over :mod:`compat._core.reciprocal_trig` (the degree forms
``acotd``, ``asecd``, ``acscd`` are in :mod:`compat.matlab.degrees`). What the family
keeps from MATLAB, and what a port written with ``np.arctan(1 / x)`` or
``np.emath.arccos(1 / x)`` loses:

* each function is the inverse function of ``1 ./ X``, so the values at 0 are MATLAB's:
  ``acot(0) = pi/2`` and ``acot(-0) = -pi/2``, ``asec(0) = 0 + Inf i``,
  ``acsc(0) = pi/2 - Inf i``, ``acoth(+-1) = +-Inf``, ``asech(0) = Inf``,
  ``acsch(0) = Inf``; ``1 / x`` in numpy warns, and ``np.arccos(2.0)`` is NaN;
* where the real function is undefined the result is complex on MATLAB's branch for real
  arguments (``asec(0.5) = 0 + 1.3170i``, ``acsc(0.5) = 1.5708 - 1.3170i``,
  ``acoth(0.5) = 0.5493 + 1.5708i``, ``asech(2) = 0 + 1.0472i``), where
  ``np.emath.arccos(2)`` and ``np.arcsin(2 + 0j)`` give the conjugates; a result is
  complex only when some element needs it;
* single stays single; integer classes, logicals and text are refused (MATLAB's
  reference pages take single and double only).
"""

from __future__ import annotations


from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.reciprocal_trig import reciprocal_inverse

__all__ = ["acot", "asec", "acsc", "acoth", "asech", "acsch"]


def _evaluate(name: str, X):
    x = matlab_array(X, "X", integer_ok=False, logical_ok=False)
    y = reciprocal_inverse(name, x)
    return y[()] if y.ndim == 0 else y


_COMMON = """
    Parameters
    ----------
    X : array_like
        Real or complex double or single data (a Python number or list is double).

    Returns
    -------
    ndarray or numpy scalar
        Same shape; single for single input. Real input gives a real result unless
        some element falls outside the real domain, then the whole result is complex
        (MATLAB's rule). A scalar input gives a numpy scalar.

    Raises
    ------
    TypeError
        Integer, logical or text input (``"{name}: X must be double or single, not
        int8"``): MATLAB's reference page lists single and double only.

    Notes
    -----
    Complex input with a non-zero imaginary part is evaluated as numpy's complex
    function of ``1 ./ X`` (C99's branch cuts); complex input with a zero imaginary
    part is evaluated as the real number it equals, so the sign of a zero imaginary
    part does not choose a branch.

    Sources: MATLAB ``{name}`` reference page; GNU Octave 7.3's {name}.m (the same
    definition), checked element by element, signed zeros and the signs of imaginary
    parts included (reference_outputs/matlab/reciprocal_trig).
"""


def _document(function, name: str):
    function.__doc__ = function.__doc__.rstrip() + "\n" + _COMMON.format(name=name)
    return function


@matlab_function("acot")
def acot(X):
    """Inverse cotangent in radians, as MATLAB's ``acot`` (``atan(1 ./ X)``).

    MATLAB call form::

        Y = acot(X)   ->  acot(2.6)

    Real results lie in [-pi/2, pi/2]: ``acot(0)`` is ``pi/2``, ``acot(-0)`` is
    ``-pi/2``, ``acot(Inf)`` is 0 (not ``pi/2 - atan(x)``, which gives ``pi`` -ward
    values for negative x).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import acot
    >>> acot(np.array([0.0, 1.0, -1.0, np.inf]))
    array([ 1.57079633,  0.78539816, -0.78539816,  0.        ])
    """
    return _evaluate("acot", X)


@matlab_function("asec")
def asec(X):
    """Inverse secant in radians, as MATLAB's ``asec`` (``acos(1 ./ X)``).

    MATLAB call form::

        Y = asec(X)   ->  asec([2, -2, 0.5])

    Real ``X`` with ``|X| >= 1`` gives real results in [0, pi]; inside (-1, 1) the
    result is complex: ``asec(0.5)`` is ``0 + 1.3170i``, ``asec(-0.5)``
    ``3.1416 - 1.3170i``, ``asec(0)`` ``0 + Inf i``, ``asec(-0)`` ``3.1416 - Inf i``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import asec
    >>> asec(np.array([1.0, 2.0, -1.0]))
    array([0.        , 1.04719755, 3.14159265])
    >>> y = asec(0.5)
    >>> y.dtype, round(float(y.imag), 12)
    (dtype('complex128'), 1.316957896925)
    """
    return _evaluate("asec", X)


@matlab_function("acsc")
def acsc(X):
    """Inverse cosecant in radians, as MATLAB's ``acsc`` (``asin(1 ./ X)``).

    MATLAB call form::

        Y = acsc(X)   ->  acsc([2, -2, 0.5])

    Real ``X`` with ``|X| >= 1`` gives real results in [-pi/2, pi/2]; inside (-1, 1)
    the result is complex: ``acsc(0.5)`` is ``1.5708 - 1.3170i``, ``acsc(-0.5)``
    ``-1.5708 + 1.3170i``, ``acsc(0)`` ``1.5708 - Inf i``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import acsc
    >>> acsc(np.array([1.0, 2.0, np.inf]))
    array([1.57079633, 0.52359878, 0.        ])
    """
    return _evaluate("acsc", X)


@matlab_function("acoth")
def acoth(X):
    """Inverse hyperbolic cotangent, as MATLAB's ``acoth`` (``atanh(1 ./ X)``).

    MATLAB call form::

        Y = acoth(X)   ->  acoth([2, -2, 0.5])

    Real ``|X| > 1`` gives real results, ``acoth(1) = Inf``, ``acoth(-1) = -Inf``;
    inside (-1, 1) the result is complex with imaginary part ``+pi/2`` on both sides:
    ``acoth(0.5)`` is ``0.5493 + 1.5708i``, ``acoth(-0.5)`` ``-0.5493 + 1.5708i``,
    ``acoth(0)`` ``0 + 1.5708i``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import acoth
    >>> acoth(np.array([2.0, -2.0, 1.0]))
    array([ 0.54930614, -0.54930614,         inf])
    """
    return _evaluate("acoth", X)


@matlab_function("asech")
def asech(X):
    """Inverse hyperbolic secant, as MATLAB's ``asech`` (``acosh(1 ./ X)``).

    MATLAB call form::

        Y = asech(X)   ->  asech([0.5, 1, 2])

    Real ``X`` in (0, 1] gives real results (``asech(0) = Inf``); elsewhere the result
    is complex: ``asech(2)`` is ``0 + 1.0472i``, ``asech(-0.5)`` ``1.3170 + 3.1416i``,
    ``asech(Inf)`` ``0 + 1.5708i``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import asech
    >>> asech(np.array([0.0, 0.5, 1.0])).round(6)
    array([     inf, 1.316958, 0.      ])
    """
    return _evaluate("asech", X)


@matlab_function("acsch")
def acsch(X):
    """Inverse hyperbolic cosecant, as MATLAB's ``acsch`` (``asinh(1 ./ X)``).

    MATLAB call form::

        Y = acsch(X)   ->  acsch([0.5, 1, -2])

    Real for every real ``X``: ``acsch(0)`` is ``Inf``, ``acsch(-0)`` ``-Inf``,
    ``acsch(+-Inf)`` ``+-0``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import acsch
    >>> acsch(np.array([0.0, 1.0, -np.inf]))
    array([        inf,  0.88137359, -0.        ])
    """
    return _evaluate("acsch", X)


for _function, _name in ((acot, "acot"), (asec, "asec"), (acsc, "acsc"), (acoth, "acoth"),
                         (asech, "asech"), (acsch, "acsch")):
    _document(_function, _name)
