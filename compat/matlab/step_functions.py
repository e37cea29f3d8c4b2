"""MATLAB's ``heaviside`` on numbers, over :mod:`compat._core.step_functions`."""

from __future__ import annotations

import numpy as np

from compat._core import step_functions as core
from compat._core.errors import CompatTypeError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["heaviside"]


@matlab_function("heaviside")
def heaviside(x):
    """The Heaviside step function of numbers, as MATLAB's ``heaviside`` on
    non-symbolic input: 0 for ``x < 0``, 1 for ``x > 0``, 0.5 at ``x == 0``.

    MATLAB call form::

        H = heaviside(x)   ->  heaviside(x)

    Parameters
    ----------
    x : array_like
        Real numbers of any shape (double, single, integers, logical).

    Returns
    -------
    ndarray of float
        The shape of ``x``; single for single input, double otherwise; NaN where ``x``
        is NaN.

    Raises
    ------
    TypeError
        Complex input (the step function is defined on the real line), text.

    Notes
    -----
    ``heaviside`` belongs to the Symbolic Math Toolbox; on numbers it returns
    floating-point results, with the value at the origin set by
    ``sympref('HeavisideAtOrigin')``, 0.5 by default (compat uses the default).
    The naive ``np.heaviside(x, 0)`` gives 0 at the origin and needs the second
    argument. GNU Octave 7.3 has no ``heaviside``: the golden values are the
    reference page's.

    Sources: MATLAB (Symbolic Math Toolbox) ``heaviside`` reference page: the
    definition, the default ``HeavisideAtOrigin`` of 0.5 and the example
    ``[heaviside(-2), heaviside(0), heaviside(3)]``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.heaviside(np.array([[-2.0, 0.0, 3.0]]))
    array([[0. , 0.5, 1. ]])
    """
    a = matlab_array(x, "x", complex_ok=False)
    if np.iscomplexobj(a):
        raise CompatTypeError("x must be real.")
    a = a.astype(np.float32 if a.dtype == np.float32 else np.float64)
    return core.heaviside(a)
