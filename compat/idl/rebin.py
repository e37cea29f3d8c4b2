"""IDL ``REBIN``: resize an array by integer factors (averaging / linear interpolation, or
nearest-neighbour sampling)."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_arrays import idl_dims
from compat._core.idl_interpolation import check_numeric, rebin_core
from compat._core.legacy import idl_routine

__all__ = ["rebin"]


@idl_routine("REBIN")
def rebin(array, *dims, sample=False):
    """Resize ``array`` by integer factors per dimension, as IDL's ``REBIN``.

    IDL call forms::

        Result = REBIN(Array, D1 [, ..., D8] [, /SAMPLE])
        Result = REBIN(Array, [D1, ..., D8] [, /SAMPLE])

    Python::

        compat.idl.rebin(array, d1, d2, ..., *, sample=False)
        compat.idl.rebin(array, [d1, d2, ...], *, sample=False)

    Parameters
    ----------
    array : array_like
        Numeric, not complex (IDL: "any basic type except complex or string"), in
        ``scipy.io.readsav`` layout.
    *dims : int or sequence of int
        The new *IDL* dimensions (``d1`` is numpy's last axis), each an integer multiple
        or factor of the old one. More dimensions than the array has add new IDL
        dimensions (numpy leading axes) filled by replication.
    sample : bool
        IDL's ``/SAMPLE``: nearest-neighbour sampling for both shrinking (``X[f*i]``)
        and expanding (each value repeated).

    Returns
    -------
    ndarray of the input's dtype
        Shrinking by f averages each block of f values: Y[i] = (1/f) sum X[f*i+j].
        Expanding by k interpolates linearly: Y[i] = X[j] + (i/k - j)(X[j+1] - X[j]),
        j = floor(i/k); REBIN "interpolates, it never extrapolates": the last k values
        equal the last element (IDL reference, "Endpoint Effects When Expanding"; real
        IDL prints ``rebin(findgen(10), 20)`` ending ``8.5 9.0 9.0``). Integer types
        keep their type with every mean or interpolate truncated toward zero.

    Raises
    ------
    ValueError
        ``"REBIN: Result dimensions must be integer factor of original dimensions"``,
        ``"REBIN: Array dimensions must be greater than 0"``, fewer dimensions than the
        array has, a scalar array, more than 8 dimensions.
    TypeError
        ``"REBIN: ..."`` for complex, string or boolean arrays.

    Notes
    -----
    The usual numpy idioms are each half of REBIN: ``a.reshape(m, f).mean(1)`` shrinks
    (as float64, not in the input's type, and in numpy axis order) and ``np.repeat``
    expands like /SAMPLE; ``scipy.ndimage.zoom(a, k, order=1)`` places samples so that
    both ends are hit (it stretches the line, IDL does not) and needs a float array.

    Dimensions are processed one at a time ("the expansion or compression of each
    dimension is independent of the others"), compressions first, then expansions, each in
    IDL dimension order (GDL 1.0.1's order; it matters only for the
    per-step truncation of integer types). Floats are computed in float64 and rounded
    once, so float32 results are within 1 ulp of the exact mean/interpolate (GDL sums
    and interpolates in float32 and can differ from compat by an ulp).
    Integer means of negative sums truncate toward zero (C/IDL integer division);
    GDL 1.0.1 divides by an unsigned ratio and prints ``rebin(fix([-1,-4]), 1)`` as -3
    where the truncated mean is -2: compat follows integer division, unconfirmed on
    real IDL. Sources: IDL Reference Guide, REBIN ("Rules Used by REBIN").

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import rebin
    >>> rebin(np.array([0, 10, 20, 30], dtype=np.int16), 12)
    array([ 0,  3,  6, 10, 13, 16, 20, 23, 26, 30, 30, 30], dtype=int16)
    >>> rebin(np.array([0, 10, 20, 30], dtype=np.int16), 2)
    array([ 5, 25], dtype=int16)
    >>> rebin(np.arange(8, dtype=np.float32).reshape(4, 2), 1, 4)
    array([[0.5],
           [2.5],
           [4.5],
           [6.5]], dtype=float32)
    """
    name = "rebin"
    a = check_numeric(name, array, "Array", allow_complex=False)
    if a.ndim == 0:
        raise CompatValueError("Expression must be an array in this context: Array")
    if a.size == 0:
        raise CompatValueError("Array is empty")
    if len(dims) > 1 and any(np.ndim(d) > 0 for d in dims):
        raise CompatValueError("The new dimensions must either be specified as an array or "
                        "as a set of scalars.")
    new_shape = idl_dims(name, dims)
    if len(new_shape) < a.ndim:
        raise CompatValueError(f"{len(new_shape)} dimension{'s' if len(new_shape) != 1 else ''}"
                        f" given for an array of {a.ndim}: give one per dimension")
    extra = len(new_shape) - a.ndim
    a_pad = a.reshape((1,) * extra + a.shape)
    for k, (old, new) in enumerate(zip(reversed(a_pad.shape), reversed(new_shape))):
        if (new > old and new % old) or (new < old and old % new):
            raise CompatValueError("Result dimensions must be integer factor of original "
                            f"dimensions (dimension {k + 1}: {old} -> {new})")
    return rebin_core(a_pad, new_shape, bool(sample))
