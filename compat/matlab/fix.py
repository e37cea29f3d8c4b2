"""MATLAB ``fix``: round towards zero."""

from __future__ import annotations

import numpy as np

from compat._core.matlab_integers import INT_CLASSES, class_of, numeric_for_rounding
from compat._core.legacy import matlab_function

__all__ = ["fix"]


@matlab_function("fix")
def fix(X):
    """Round towards zero, as MATLAB's ``fix``.

    MATLAB call form::

        Y = fix(X)    ->  fix(X)

    Differences from the naive numpy call (``np.trunc``): np.fix and np.trunc agree for floats, but keep integer and logical dtypes and return -0.0 as MATLAB does; numpy's astype(int) truncates too but changes the class and wraps out-of-range values.

    Parameters
    ----------
    X : array_like
        double, single, complex (real and imaginary parts rounded separately),
        integer classes (returned unchanged, as MATLAB), logical or char (converted to
        double as MATLAB does).

    Returns
    -------
    ndarray (numpy scalar for scalar input)
        Same class and shape as ``X`` (single in, single out); a new array.

    Raises
    ------
    TypeError
        ``"fix: input must be numeric, logical or char ..."`` for other input.

    Notes
    -----
    Source: MATLAB documentation of ``fix`` (fix(-2.5) is -2, fix(2.5) is 2; integer classes unchanged;
    complex parts rounded independently). GNU Octave 7.3 agrees.

    Examples
    --------
    >>> from compat.matlab import fix
    >>> fix([-2.5, -0.5, 2.5, 3.7])
    array([-2., -0.,  2.,  3.])
    """
    a = numeric_for_rounding("fix", X)
    if class_of(a) in INT_CLASSES:
        out = a.copy()
    elif a.dtype.kind == "c":
        out = np.trunc(a.real) + 1j * np.trunc(a.imag)
        out = out.astype(a.dtype)
    else:
        out = np.trunc(a)
    if np.ndim(X) == 0 and not isinstance(X, np.ndarray):
        return out[()]
    return out
