"""IDL's resampling of whole arrays: CONGRID (congrid.pro's sample positions) and REBIN
(integer factors, averaging and sampling)."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.half_away import round_half_away
from compat._core.idl_arrays import idl_dims
from compat._core.idl_interpolation import (interpolate_core, interpolate_grid2_linear,
                                            rebin_core, to_type)
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["congrid", "rebin"]


# ----------------------------------------------------------------------------- CONGRID
def _size(value, label):
    if isinstance(value, (str, bytes, bool)) or np.ndim(value) != 0:
        raise CompatTypeError(f"{label} must be a scalar size")
    v = np.asarray(value)
    if v.dtype.kind not in "iuf" or not np.isfinite(v):
        raise CompatTypeError(f"{label} must be a finite number, got {value!r}")
    n = int(np.trunc(v))
    if n < 1:
        raise CompatValueError(f"Array dimensions must be greater than 0 ({label} = {n})")
    return n


def _coords(old: int, new: int, m1: int, offset: float) -> np.ndarray:
    """CONGRID's sample positions, computed in single precision as congrid.pro does:
    FLOAT(old - m1)/(new - m1) * (FINDGEN(new) + offset) - offset."""
    scale = np.float32(old - m1) / np.float32(new - m1)
    idx = np.arange(new, dtype=np.float32)
    return (scale * (idx + np.float32(offset)) - np.float32(offset)).astype(np.float32)


@idl_routine("CONGRID")
def congrid(array, x, y=None, z=None, *, interp=False, cubic=None, minus_one=False,
            center=False):
    """Resize an array to any size, as IDL's ``CONGRID`` (lib/congrid.pro) does.

    IDL call forms::

        Result = CONGRID(Array, X [, Y [, Z]] [, /CENTER] [, CUBIC=value{-1 to 0}]
                         [, /INTERP] [, /MINUS_ONE])

    Python::

        compat.idl.congrid(array, x, y=None, z=None, *, interp=False, cubic=None,
                           minus_one=False, center=False)

    Parameters
    ----------
    array : array_like, 1 to 3 dimensions
        Numeric data in ``scipy.io.readsav`` layout (numpy shape = IDL dims reversed).
    x, y, z : int
        New *IDL* dimensions: ``x`` is the new length of IDL's first dimension (numpy's
        last axis), ``y`` of the second, ``z`` of the third. A 2-D array needs ``y``, a
        3-D array ``y`` and ``z``; extra sizes are ignored (as in IDL).
    interp : bool
        IDL's ``/INTERP``: linear interpolation (INTERPOLATE). Without it CONGRID uses
        nearest-neighbour sampling for 1-D and 2-D arrays; 3-D arrays are always
        interpolated linearly.
    cubic : float or bool, optional
        Cubic convolution (implies ``interp``) with INTERPOLATE's parameter (``True`` or
        a positive value: -1; IDL recommends -0.5). No effect for 3-D arrays.
    minus_one : bool
        IDL's ``/MINUS_ONE``: scale by (n-1)/(new-1) instead of n/new, so the last
        input point maps to the last output point (no "extrapolation one element
        beyond").
    center : bool
        IDL's ``/CENTER``: input and output points sit at the centres of their cells:
        positions are scale*(i + 0.5) - 0.5.

    Returns
    -------
    ndarray of the input dtype
        Numpy shape ``(x,)``, ``(y, x)`` or ``(z, y, x)``.

    Raises
    ------
    ValueError
        ``"CONGRID: Array must have 1, 2, or 3 dimensions."``; a missing ``y``/``z``;
        sizes below 1; ``minus_one`` with a size of 1 (IDL divides by zero).
    TypeError
        ``"CONGRID: ..."`` for strings, booleans, non-numeric sizes.

    Notes
    -----
    The exact mapping, from IDL's lib/congrid.pro (IDL 6.x-8.x):

    * positions for INTERPOLATE (1-D, 3-D, or /INTERP): ``FLOAT(n - m1)/(new - m1) *
      (FINDGEN(new) + off) - off`` in single precision, with m1 = 1 for /MINUS_ONE
      and off = 0.5 for /CENTER; beyond the last element INTERPOLATE clamps to the edge.
    * 1-D nearest neighbour: ``Array[ROUND(positions)]`` (subscripts clipped to the
      array, as IDL clips array subscripts).
    * 2-D nearest neighbour: ``POLY_2D`` with scale ``(n - m1)/(x' )`` along IDL's first
      dimension, where x' = x - 1 when /MINUS_ONE is set *or the array is expanded
      along that dimension* ("so that CONGRID will agree with REBIN"), and
      ``(ny - m1)/(y - m1)`` along the second; POLY_2D takes the source pixel by
      truncation of the position (single-precision coefficients times the output index
      in double precision) and clamps to the edge, as GDL's POLY_2D does (IDL's
      internal precision is undocumented; it matters only where kx*i falls within
      rounding of an integer). /CENTER has no effect on this path, as in congrid.pro.

    GDL 1.0.1's congrid.pro is a different program for nearest-neighbour sampling: it
    truncates the positions through INTERPOLATE (/NEAREST_NEIGHBOUR) in 1-D and 2-D and
    has no (x-1) expansion rule, so its 1-D and 2-D nearest-neighbour output differs
    from IDL's (recorded in the golden suite and tests); with /INTERP, CUBIC, /CENTER,
    /MINUS_ONE and in 3-D it computes IDL's positions and agrees with compat.
    ``scipy.ndimage.zoom`` maps the corners onto each other (like /MINUS_ONE), has no
    /CENTER, and its order=0 rounds where CONGRID's 2-D path truncates.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import congrid
    >>> congrid(np.array([0., 10., 20., 30.], dtype=np.float32), 8, interp=True)
    array([ 0.,  5., 10., 15., 20., 25., 30., 30.], dtype=float32)
    >>> congrid(np.array([0., 10., 20., 30.], dtype=np.float32), 7, interp=True,
    ...         minus_one=True)
    array([ 0.,  5., 10., 15., 20., 25., 30.], dtype=float32)
    >>> congrid(np.arange(4, dtype=np.int16).reshape(2, 2), 4, 4)
    array([[0, 0, 1, 1],
           [0, 0, 1, 1],
           [2, 2, 3, 3],
           [2, 2, 3, 3]], dtype=int16)
    """
    a = idl_array(array, "Array", empty_ok=True)
    if a.ndim < 1 or a.ndim > 3:
        raise CompatValueError("Array must have 1, 2, or 3 dimensions.")
    if a.size == 0:
        raise CompatValueError("Array is empty (IDL has no empty arrays)")
    sizes = [x, y, z][:a.ndim]
    for k, s in enumerate(sizes):
        if s is None:
            raise CompatValueError(f"{'XYZ'[k]} (the new size of dimension {k + 1}) is "
                            f"required for a {a.ndim}-D array")
    new = [_size(s, "XYZ"[k]) for k, s in enumerate(sizes)]
    m1 = 1 if minus_one else 0
    if m1 and any(n == 1 for n in new):
        raise CompatValueError("/MINUS_ONE needs every new size >= 2 (IDL divides by "
                        "new-1)")
    gamma = None
    if cubic is not None and cubic is not False:
        g = float(idl_array(cubic, "CUBIC", complex_ok=False, scalar=True))
        if g != 0:
            interp = True
            gamma = -1.0 if g > 0 else g
            if gamma < -1:
                raise CompatValueError(f"CUBIC must be in the range -1 to 0, got {g}")
    old = a.shape[::-1]  # IDL order
    offset = 0.5 if center else 0.0

    if a.ndim == 2 and not interp:
        # POLY_2D nearest neighbour (no /CENTER on this path)
        xm1 = new[0] - 1 if (m1 or new[0] > old[0]) else new[0]
        kx = np.float32(np.float32(old[0] - m1) / np.float32(xm1))
        ky = np.float32(np.float32(old[1] - m1) / np.float32(new[1] - m1))
        # single-precision coefficients, source position kx*i in double precision (as
        # GDL's POLY_2D; e.g. float32(17/6)*6 = 16.9999995 -> pixel 16)
        px = np.float64(kx) * np.arange(new[0], dtype=np.float64)
        py = np.float64(ky) * np.arange(new[1], dtype=np.float64)
        ix = np.clip(np.trunc(px), 0, old[0] - 1).astype(np.intp)
        iy = np.clip(np.trunc(py), 0, old[1] - 1).astype(np.intp)
        return a[np.ix_(iy, ix)].copy()

    coords = [_coords(o, n, m1, offset) for o, n in zip(old, new)]
    if a.ndim == 1 and not interp:
        idx = np.clip(round_half_away(coords[0].astype(np.float64)), 0, old[0] - 1)
        return a[idx.astype(np.intp)].copy()
    if a.ndim == 2 and gamma is None and a.dtype in (np.float32, np.float64):
        # the same computation, blocked in cache and rounded straight into the result
        return interpolate_grid2_linear(a, coords[0].astype(np.float64),
                                        coords[1].astype(np.float64), a.dtype)
    if a.ndim == 3:
        gamma = None  # congrid.pro: 3-D is always trilinear
    values = interpolate_core(a, [c.astype(np.float64) for c in coords],
                              grid=a.ndim > 1, cubic=gamma, missing=None)
    return to_type(values, a.dtype)


# ------------------------------------------------------------------------------- REBIN
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
        ``"REBIN: ..."`` for complex, string or other non-numeric arrays.

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
    a = idl_array(array, "Array", complex_ok=False, scalar_ok=False)
    if len(dims) > 1 and any(np.ndim(d) > 0 for d in dims):
        raise CompatValueError("The new dimensions must either be specified as an array or "
                        "as a set of scalars.")
    new_shape = idl_dims(dims)
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
