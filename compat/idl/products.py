"""IDL's ``PRODUCT`` and ``VALUE_LOCATE``, over :mod:`compat._core.idl_array_ops`.

Both walk an array in IDL's order: PRODUCT multiplies left to right (a running product,
so a FLOAT product rounds as IDL's loop does), VALUE_LOCATE bisects a monotonic table.
"""

from __future__ import annotations

import numpy as np

from compat._core import idl_array_ops as core
from compat._core.args import idl_reduction_axis
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import accumulation, idl_array, index_type
from compat._core.legacy import idl_routine

__all__ = ["product", "value_locate"]


@idl_routine("PRODUCT")
def product(array, dimension=None, *, cumulative=False, integer=False, nan=False,
            preserve_type=False):
    """Product of the elements of an array, as IDL's ``PRODUCT``.

    IDL call form::

        Result = PRODUCT(Array [, Dimension] [, /CUMULATIVE] [, /INTEGER] [, /NAN]
                         [, /PRESERVE_TYPE])

    Parameters
    ----------
    array : array_like
        Numeric array (readsav layout).
    dimension : int, optional
        IDL dimension (1 = numpy's last axis) to multiply along; absent or 0: all
        elements.
    cumulative : bool
        /CUMULATIVE: running products, the shape of ``array``.
    integer : bool
        /INTEGER: compute and return LONG64 (ULONG64 for ULONG64 input); float elements
        are truncated to integers first. Overflow wraps.
    nan : bool
        /NAN: NaN and Infinity elements count as 1 (missing data, IDL's /NAN wording
        for TOTAL and PRODUCT alike; a complex element when either part is).
    preserve_type : bool
        /PRESERVE_TYPE: compute and return the input's type (BYTE and INT products
        wrap: ``PRODUCT([200b, 2b], /PRESERVE_TYPE)`` is 144).

    Returns
    -------
    numpy scalar or ndarray
        DOUBLE for every real input and DCOMPLEX for complex input (IDL computes in
        double precision), unless /INTEGER or /PRESERVE_TYPE.

    Notes
    -----
    ``numpy.prod`` keeps integer and float32 types (IDL: DOUBLE) and has no running
    NaN-skipping form. Source: IDL Reference Guide, PRODUCT; types and wrapping checked
    against GDL 1.0.1 (reference_outputs/idl/products).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.product([1, 2, 3, 4])
    np.float64(24.0)
    >>> idl.product(np.arange(1, 7, dtype=np.int16).reshape(2, 3), 1)
    array([  6., 120.])
    >>> idl.product([1.5, 2.0], cumulative=True)
    array([1.5, 3. ])
    """
    a = idl_array(array)
    axis = idl_reduction_axis(dimension, a.ndim)
    if nan and a.dtype.kind in "fc":
        a = np.where(np.isfinite(a), a, a.dtype.type(1))
    a, dtype = accumulation(a, double=True, integer=integer, preserve_type=preserve_type)
    out = core.product(a, axis, dtype, cumulative=cumulative)
    if cumulative and axis is None:
        out = out.reshape(a.shape)
    return out[()] if out.ndim == 0 else out


@idl_routine("VALUE_LOCATE")
def value_locate(vector, value, *, l64=False):
    """The interval of a monotonic vector that holds each value, as IDL's
    ``VALUE_LOCATE``.

    IDL call form::

        Result = VALUE_LOCATE(Vector, Value [, /L64])

    Parameters
    ----------
    vector : array_like or str array
        Monotonically increasing or decreasing values (increasing when the last element
        is not below the first), any real type or strings, no NaN.
    value : scalar or array_like
        The values to place.

    Returns
    -------
    numpy scalar or ndarray of LONG (LONG64 with ``l64=True`` or for vectors of 2**31
    elements or more), the shape of ``value``. For an increasing vector ``j`` with
    ``Vector[j] <= Value < Vector[j+1]``, -1 below ``Vector[0]`` and N-1 from
    ``Vector[N-1]`` on; for a decreasing one ``Vector[j+1] <= Value < Vector[j]``, -1
    from ``Vector[0]`` up and N-1 below ``Vector[N-1]``.

    Notes
    -----
    ``numpy.searchsorted(vector, value, side='right') - 1`` is the increasing case;
    numpy has no decreasing form and returns int64. Source: IDL Reference Guide,
    VALUE_LOCATE (its example is a golden case); checked against GDL 1.0.1.

    Repeated elements follow the table above: in ``[3, 2, 2, 1]`` the value 2 is in
    interval 0 (``Vector[1] <= 2 < Vector[0]``), in ``[1, 2, 2, 3]`` in interval 2; a
    constant vector counts as increasing. Infinite values are compared like any other
    (-Infinity gives -1, +Infinity N-1 for an increasing vector). GDL 1.0.1 agrees on
    ties, plateaus and decreasing vectors, but its lib/value_locate.pro puts +Infinity in
    interval 0 of ``[1., 2., 3.]`` when -Infinity is among the values (suite
    idl/array_ops, ``value_locate_infinite_values``, recorded divergent) and stops with
    "Cannot apply operation to datatype STRING" for string vectors, which IDL's page
    allows ("Vector may be of type string"); that stop halts a capture script, so
    compat's string results are checked against the documented table in the tests
    instead of a golden.

    Examples
    --------
    >>> from compat import idl
    >>> idl.value_locate([2, 5, 8, 10], [0, 3, 5, 6, 12])
    array([-1,  0,  1,  1,  3], dtype=int32)
    >>> idl.value_locate([10, 8, 5, 2], [12, 8, 3, 1])
    array([-1,  0,  2,  3], dtype=int32)
    """
    v = idl_array(vector, "Vector", complex_ok=False, string_ok=True)
    x = idl_array(value, "Value", complex_ok=False, string_ok=True)
    if (v.dtype.kind == "U") != (x.dtype.kind == "U"):
        raise CompatTypeError("Vector and Value must both be numbers or both be strings.")
    if v.dtype.kind == "f" and np.isnan(v).any():
        raise CompatValueError("Vector may not contain NaN.")
    out = core.value_locate(v, x, index_dtype=index_type(v.size, l64))
    return out[()] if out.ndim == 0 else out
