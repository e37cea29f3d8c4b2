"""MATLAB ``floor``: round towards minus infinity."""

from __future__ import annotations

import numpy as np

from compat._core.matlab_integers import INT_CLASSES, class_of, numeric_for_rounding
from compat._core.legacy import matlab_function

__all__ = ["floor"]


@matlab_function("floor")
def floor(X):
    """Round towards minus infinity, as MATLAB's ``floor``.

    MATLAB call form::

        Y = floor(X)    ->  floor(X)

    Differences from the naive numpy call (``np.floor``): np.floor agrees for floats; the differences are classes: MATLAB keeps integer classes (numpy too) but turns logical and char into double (np.floor(True) is float16 in numpy 1.x) and compat never returns float16/longdouble.

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
        ``"floor: input must be numeric, logical or char ..."`` for other input.

    Notes
    -----
    Source: MATLAB documentation of ``floor`` (floor(-2.5) is -3; integer classes unchanged;
    complex parts rounded independently). GNU Octave 7.3 agrees.

    Examples
    --------
    >>> from compat.matlab import floor
    >>> floor([-2.5, -0.5, 2.5, 3.7])
    array([-3., -1.,  2.,  3.])
    """
    a = numeric_for_rounding("floor", X)
    if class_of(a) in INT_CLASSES:
        out = a.copy()
    elif a.dtype.kind == "c":
        out = np.floor(a.real) + 1j * np.floor(a.imag)
        out = out.astype(a.dtype)
    else:
        out = np.floor(a)
    if np.ndim(X) == 0 and not isinstance(X, np.ndarray):
        return out[()]
    return out
