"""IDL ``POLY``: evaluate a polynomial with ascending coefficients."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["poly"]


def _numeric(name, value):
    return idl_array("poly", value, name, empty_ok=True)


@idl_routine("POLY")
def poly(x, c):
    """Evaluate ``c[0] + c[1]*x + c[2]*x**2 + ...`` as IDL's ``POLY`` does.

    IDL call form::

        Result = POLY(X, C)

    Python::

        compat.idl.poly(x, c)

    Parameters
    ----------
    x : scalar or array_like
        Where to evaluate; any shape (the result has the same shape).
    c : array_like
        Coefficients in **ascending** order (IDL's, and POLY_FIT's result): ``c[0]`` is
        the constant term. A scalar is a constant polynomial.

    Returns
    -------
    ndarray or numpy scalar
        float32 (IDL FLOAT) unless ``x`` or ``c`` is float64 (DOUBLE), then float64;
        integer inputs give float32 (IDL computes ``x*0.`` first); complex inputs give
        complex64/complex128 by the same rule.

    Notes
    -----
    IDL Reference Guide, POLY: "evaluates a polynomial function of a variable"; IDL's
    ``poly.pro`` uses Horner's rule from the highest coefficient down, which compat
    follows in the result's precision, so float32 results are bit-identical to IDL's
    float arithmetic.

    Differences from ``numpy.polyval(c, x)``: numpy wants the coefficients in
    *descending* order (highest power first), so passing IDL's ``c`` straight to it
    evaluates the reversed polynomial; and numpy returns float64 for float32 ``x`` with
    a list of Python numbers. ``numpy.polynomial.polynomial.polyval(x, c)`` has IDL's
    order but also follows numpy's type rules rather than IDL's.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import poly
    >>> poly(np.array([0.0, 1.0, 2.0]), [1.0, 2.0, 3.0])   # 1 + 2x + 3x^2
    array([ 1.,  6., 17.])
    >>> poly(np.arange(3, dtype=np.int16), [1, 2, 3]).dtype
    dtype('float32')
    """
    xa = _numeric("X", x)
    ca = _numeric("C", c).reshape(-1)
    if ca.size == 0:
        raise CompatValueError("C must have at least one element")
    double = xa.dtype in (np.float64, np.complex128) or ca.dtype in (np.float64,
                                                                      np.complex128)
    complex_ = xa.dtype.kind == "c" or ca.dtype.kind == "c"
    if complex_:
        dtype = np.complex128 if double else np.complex64
    else:
        dtype = np.float64 if double else np.float32
    xv = xa.astype(dtype, copy=False)
    cv = ca.astype(dtype, copy=False)
    # Horner from the highest coefficient down, as IDL's poly.pro (p = (p + c[i]) * x)
    p = np.zeros(xv.shape, dtype=dtype)
    for i in range(cv.size - 1, 0, -1):  # loop over coefficients, vectorised over x
        p = (p + cv[i]) * xv
    p = p + cv[0]
    return p[()] if p.ndim == 0 else p
