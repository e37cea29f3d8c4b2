"""MATLAB ``ceil``: round towards plus infinity."""

from __future__ import annotations

import numpy as np

from compat._core.matlab_integers import INT_CLASSES, class_of, numeric_for_rounding
from compat._core.legacy import matlab_function

__all__ = ["ceil"]


@matlab_function("ceil")
def ceil(X):
    """Round towards plus infinity, as MATLAB's ``ceil``.

    MATLAB call form::

        Y = ceil(X)    ->  ceil(X)

    Differences from the naive numpy call (``np.ceil``): np.ceil agrees for floats; the differences are classes: MATLAB keeps integer classes but turns logical and char into double, and compat never returns float16/longdouble.

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
        ``"ceil: input must be numeric, logical or char ..."`` for other input.

    Notes
    -----
    Source: MATLAB documentation of ``ceil`` (ceil(-2.5) is -2; integer classes unchanged;
    complex parts rounded independently). GNU Octave 7.3 agrees.

    Examples
    --------
    >>> from compat.matlab import ceil
    >>> ceil([-2.5, -0.5, 2.5, 3.7])
    array([-2., -0.,  3.,  4.])
    """
    a = numeric_for_rounding("ceil", X)
    if class_of(a) in INT_CLASSES:
        out = a.copy()
    elif a.dtype.kind == "c":
        out = np.ceil(a.real) + 1j * np.ceil(a.imag)
        out = out.astype(a.dtype)
    else:
        out = np.ceil(a)
    if np.ndim(X) == 0 and not isinstance(X, np.ndarray):
        return out[()]
    return out
