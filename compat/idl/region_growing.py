"""IDL's region growing, ``SEARCH2D`` and ``SEARCH3D`` (over
:mod:`compat._core.region_growing`).

Both are written in the IDL language in IDL's library (``search2d.pro``,
``search3d.pro``; IDL 8.0's copies are the reference): a breadth-first search from a
seed cell through the cells whose values lie in ``[Min_val, Max_val]``, optionally also
asking each newly reached cell's edge-enhanced value to lie in ``[DECREASE,
INCREASE]``. compat computes the same set of cells in one labelling pass (see the core
module) and returns it as IDL does: the sorted one-dimensional subscripts (LONG).

Arrays are in readsav layout: IDL's ``Array[x, y]`` is numpy's ``array[y, x]``, and an
IDL one-dimensional subscript is numpy's C-order flat index, so ``array.flat[region]``
(or ``np.unravel_index(region, array.shape)``) selects the region. Positions are given
in IDL's order (``Xpos`` the first IDL subscript = numpy's last axis).

Differences from :func:`scipy.ndimage.label` plus picking the seed's label: the seed's
similar neighbours are taken without the edge test, the edge-enhanced array wraps at the
borders (IDL's SHIFT), and the values are compared in IDL's types (a FLOAT array against
a DOUBLE ``Min_val`` compares as DOUBLE).
"""

from __future__ import annotations

import numpy as np

from compat._core import region_growing as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_numeric import to_idl_type
from compat._core.idl_types import idl_array, index_type, promote
from compat._core.legacy import idl_routine
from compat.idl.smoothing import smooth as _smooth

__all__ = ["search2d", "search3d"]

_FLOAT = np.dtype(np.float32)


def _first(value, name: str) -> np.ndarray:
    """``value[0]`` as IDL reads it (the first element of a scalar or an array)."""
    v = idl_array(value, name, complex_ok=False)
    return v.reshape(-1)[0:1].reshape(())


def _search(array, positions, min_val, max_val, decrease, increase, lpf_band,
            diagonal, ndim: int):
    a = idl_array(array, "Array", complex_ok=False)
    if a.ndim != ndim:
        raise CompatValueError(f"Array must have {('two', 'three')[ndim - 2]} dimensions")
    if a.dtype.kind not in "biuf":
        raise CompatTypeError("Array must be numeric.")
    sizes = a.shape[::-1]                       # IDL's dimensions
    idl_pos = []
    for axis, (value, name) in enumerate(zip(positions, "XYZ")):
        p = int(to_idl_type(_first(value, f"{name}pos"), np.int32))
        if p < 0:
            raise CompatValueError(f"{name}pos must be >= 0")
        if p >= sizes[axis]:
            raise CompatValueError(f"{name}pos must be < array size")
        idl_pos.append(p)
    lo, hi = _first(min_val, "Min_val"), _first(max_val, "Max_val")
    bound = promote(lo.dtype, hi.dtype)
    if hi.astype(bound) < lo.astype(bound):
        raise CompatValueError("Max value must be >= min value")
    seed = tuple(idl_pos[::-1])
    t_lo, t_hi = promote(a.dtype, lo.dtype), promote(a.dtype, hi.dtype)
    start = a[seed]
    if start.astype(t_lo) < lo.astype(t_lo) or start.astype(t_hi) > hi.astype(t_hi):
        where = ",".join(("xpos", "ypos", "zpos")[:ndim])
        raise CompatValueError(f"Value of array at ({where}) must be >= min_val and "
                               "<= max_val")
    edge = decrease is not None or increase is not None
    dec = to_idl_type(_first(decrease, "DECREASE"), _FLOAT) if decrease is not None \
        else np.float32(0)
    inc = to_idl_type(_first(increase, "INCREASE"), _FLOAT) if increase is not None \
        else np.float32(0)
    band = int(to_idl_type(_first(lpf_band, "LPF_BAND"), np.int16)) \
        if lpf_band is not None else 0
    if band >= sizes[0] or band >= sizes[1]:
        raise CompatValueError("Smooth band must be < size of array")
    diag = bool(to_idl_type(_first(diagonal, "DIAGONAL"), np.uint8)) \
        if diagonal is not None and diagonal is not False else False

    similar = (a.astype(t_lo) >= lo.astype(t_lo)) & (a.astype(t_hi) <= hi.astype(t_hi))
    edge_ok = None
    if edge:
        # SEARCH2D shifts its FLOAT copy; SEARCH3D shifts the array itself
        shifted = _FLOAT if ndim == 2 else a.dtype
        diff = core.edge_array(a, diagonal=diag, work=_FLOAT,
                               shifted_type=promote(_FLOAT, shifted))
        if band > 0:
            diff = _smooth.__wrapped__(diff, band)
        edge_ok = (diff >= dec) & (diff <= inc)
    region = core.grow(similar, seed, diagonal=diag, edge_ok=edge_ok)
    return region.astype(index_type(a.size))


@idl_routine("SEARCH2D")
def search2d(array, xpos, ypos, min_val, max_val, *, decrease=None, increase=None,
             lpf_band=None, diagonal=None):
    """The region connected to a seed cell whose values lie in a range, as IDL's
    ``SEARCH2D``.

    IDL call form::

        Result = SEARCH2D(Array, Xpos, Ypos, Min_val, Max_val [, /DIAGONAL]
                          [, DECREASE=value, INCREASE=value [, LPF_BAND=integer]])

    The cells reachable from ``Array[Xpos, Ypos]`` through neighbours (sharing an edge,
    or also a corner with ``/DIAGONAL``) whose values are in ``[Min_val, Max_val]``.
    With ``DECREASE`` or ``INCREASE`` (the other defaults to 0.0) a cell reached after
    the seed's own neighbours must also have its edge-enhanced value in ``[DECREASE,
    INCREASE]``: the FLOAT array's minimum of itself and its differences with its 4 (8
    with ``/DIAGONAL``) circularly shifted neighbours, smoothed by ``SMOOTH(...,
    LPF_BAND)`` when ``LPF_BAND`` > 0. These are the rules of IDL 8.0's ``search2d.pro``
    (its header says LPF_BAND below 3 does nothing; its code smooths for any positive
    LPF_BAND, so 2 smooths with width 3 and 1 leaves the values -- compat does what the
    code does). ``DIAGONAL`` is read as ``BYTE(DIAGONAL[0])`` (256 is off).

    Parameters
    ----------
    array : array_like
        2-D numeric array (readsav layout: numpy ``[y, x]``).
    xpos, ypos : int
        The seed in IDL's subscripts (``xpos`` indexes numpy's last axis); only the first
        element of an array is used, floats are truncated.
    min_val, max_val : number
        The value range, compared with the array in IDL's type rules.
    decrease, increase : number, optional
        The edge range (FLOAT).
    lpf_band : int, optional
        Smoothing width of the edge array (INT).
    diagonal : bool or int, optional

    Returns
    -------
    ndarray
        LONG (int32) sorted one-dimensional subscripts of the region (never empty: the
        seed is in it).

    Raises
    ------
    ValueError
        With search2d.pro's messages, prefixed ``"SEARCH2D: "``: ``Array must have two
        dimensions``, ``Xpos must be >= 0``, ``Xpos must be < array size`` (Y alike),
        ``Max value must be >= min value``, ``Value of array at (xpos,ypos) must be >=
        min_val and <= max_val``, ``Smooth band must be < size of array`` (LPF_BAND not
        below both dimensions, checked even without an edge range).
    TypeError
        For string or complex arrays.

    Notes
    -----
    Sources: IDL Reference Guide, SEARCH2D; IDL 8.0's ``lib/search2d.pro`` (the rules
    above; run in GDL 1.0.1 for the golden suite reference_outputs/idl/region_growing
    and the live tests). ``scipy.ndimage.label`` of the in-range mask gives the same
    region when no edge range is set.

    Examples
    --------
    >>> from compat import idl
    >>> img = np.zeros((6, 8), np.float32)
    >>> img[1:5, 1:4] = 0.7; img[2, 5:7] = 0.7; img[3, 4] = 0.7
    >>> idl.search2d(img, 1, 1, 0.6, 0.8)
    array([ 9, 10, 11, 17, 18, 19, 25, 26, 27, 28, 33, 34, 35], dtype=int32)
    >>> idl.search2d(img, 1, 1, 0.6, 0.8, diagonal=True).size
    15
    """
    return _search(array, (xpos, ypos), min_val, max_val, decrease, increase, lpf_band,
                   diagonal, 2)


@idl_routine("SEARCH3D")
def search3d(array, xpos, ypos, zpos, min_val, max_val, *, decrease=None, increase=None,
             lpf_band=None, diagonal=None):
    """The region connected to a seed cell whose values lie in a range, in a volume, as
    IDL's ``SEARCH3D``.

    IDL call form::

        Result = SEARCH3D(Array, Xpos, Ypos, Zpos, Min_val, Max_val [, /DIAGONAL]
                          [, DECREASE=value, INCREASE=value [, LPF_BAND=integer]])

    :func:`search2d` in three dimensions: neighbours share a face (6), or also an edge
    or a corner with ``/DIAGONAL`` (26). As IDL 8.0's ``search3d.pro``: the edge array
    is the FLOAT copy's minimum with its differences from the circularly shifted *array*
    (so a DOUBLE array gives DOUBLE differences), smoothed by ``SMOOTH(..., LPF_BAND)``
    in all three dimensions when ``LPF_BAND`` > 0; ``LPF_BAND`` is checked against the
    X and Y sizes only (a band not below the Z size fails in SMOOTH).

    Parameters
    ----------
    array : array_like
        3-D numeric array (readsav layout: numpy ``[z, y, x]``).
    xpos, ypos, zpos : int
    min_val, max_val, decrease, increase, lpf_band, diagonal
        As :func:`search2d`.

    Returns
    -------
    ndarray
        LONG (int32) sorted one-dimensional subscripts (numpy's C-order flat indices).

    Raises
    ------
    ValueError
        search3d.pro's messages (as :func:`search2d`, with ``Array must have three
        dimensions``, ``Zpos ...`` and ``(xpos,ypos,zpos)``), prefixed ``"SEARCH3D: "``.

    Notes
    -----
    Sources: IDL Reference Guide, SEARCH3D; IDL 8.0's ``lib/search3d.pro`` (run in GDL
    1.0.1 for the golden suite reference_outputs/idl/region_growing).

    Examples
    --------
    >>> from compat import idl
    >>> vol = np.zeros((4, 5, 6), np.uint8)
    >>> vol[1:3, 1:4, 1:5] = 5; vol[3, 3, 5] = 5
    >>> r = idl.search3d(vol, 2, 2, 1, 4, 6)
    >>> r.size, r.dtype
    (24, dtype('int32'))
    >>> idl.search3d(vol, 2, 2, 1, 4, 6, diagonal=True).size
    25
    """
    return _search(array, (xpos, ypos, zpos), min_val, max_val, decrease, increase,
                   lpf_band, diagonal, 3)
