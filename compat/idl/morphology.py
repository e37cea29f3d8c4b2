"""IDL's image morphology: ``DILATE``, ``ERODE``, ``MORPH_OPEN``, ``MORPH_CLOSE``,
``MORPH_GRADIENT``, ``MORPH_TOPHAT`` and ``LABEL_REGION``, over :mod:`compat._core.morphology`.

Images are arrays in readsav layout (IDL's ``[x, y]`` is numpy's ``[y, x]``); the
structuring element too, and its origin ``X0, Y0, Z0`` is given in IDL's order. Python
ints are IDL INT literals, floats DOUBLE.

Differences from :mod:`scipy.ndimage` (``binary_dilation``, ``grey_dilation``,
``label``): IDL translates the element to each set pixel (no reflection), its origin is
``(Nx/2, Ny/2, Nz/2)`` counted from the element's first index (scipy's ``origin`` is an
offset from the centre, with the opposite sign for dilation), pixels in the edge band
where the element does not fit are no dilation source and erode to 0 (scipy pads), grey
values are clipped to the result type, and LABEL_REGION treats the array's border as
background.
"""

from __future__ import annotations

import numpy as np

from compat._core import morphology as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_numeric import to_idl_type
from compat._core.idl_types import idl_array, promote
from compat._core.legacy import idl_routine

__all__ = ["dilate", "erode", "morph_open", "morph_close", "morph_gradient",
           "morph_tophat", "label_region"]

_LIMITS = {"u1": (0, 255), "i2": (-32768, 32767), "u2": (0, 65535),
           "i4": (-2**31, 2**31 - 1), "u4": (0, 2**32 - 1),
           "i8": (-2**63, 2**63 - 1), "u8": (0, 2**64 - 1)}


def _limits(dtype: np.dtype):
    key = f"{dtype.kind}{dtype.itemsize}"
    return _LIMITS.get(key)


def _operands(image, structure, x0, y0, z0):
    img = idl_array(image, "Image", complex_ok=False, scalar_ok=False, max_rank=3)
    se = idl_array(structure, "Structure", complex_ok=False, max_rank=3)
    if se.ndim == 0:
        se = se.reshape(1)
    if se.ndim != img.ndim:
        raise CompatValueError("Structure must have the same number of dimensions as "
                               f"Image ({img.ndim}), not {se.ndim}.")
    idl_dims = se.shape[::-1]
    given = (x0, y0, z0)[:se.ndim]
    origin = []
    for axis, (n, value) in enumerate(zip(idl_dims, given)):
        if value is None:
            origin.append(n // 2)
        else:
            o = idl_array(value, "XYZ"[axis] + "0", complex_ok=False)
            origin.append(int(np.asarray(o).reshape(-1)[0]))
    return img, se != 0, tuple(origin[::-1])


def _gray_work(img, values, preserve_type, uint, ulong, name):
    """The image the grey operation works on, the values and the result type."""
    if sum(map(bool, (preserve_type, uint, ulong))) > 1:
        raise CompatValueError("Only one of PRESERVE_TYPE, UINT and ULONG may be set.")
    if preserve_type:
        out_type = img.dtype
        work = img
    else:
        out_type = np.dtype(np.uint16 if uint else np.uint32 if ulong else np.uint8)
        work = img if (uint or ulong) else to_idl_type(img, np.dtype(np.uint8))
    vals = None
    if values is not None:
        vals = idl_array(values, "VALUES", complex_ok=False)
        if vals.size != 0 and vals.ndim == 0:
            vals = vals.reshape(1)
    return work, vals, out_type


def _finish(result: np.ndarray, out_type: np.dtype) -> np.ndarray:
    if out_type.kind == "f":
        return result.astype(out_type)
    lim = _limits(out_type)
    if lim is not None:
        result = np.clip(result, *lim)
    return np.trunc(result).astype(out_type)


def _check_values(vals, se):
    if vals is not None and vals.shape != se.shape:
        raise CompatValueError("VALUES must have the dimensions of Structure "
                               f"({list(se.shape[::-1])}), not {list(vals.shape[::-1])}.")


@idl_routine("DILATE")
def dilate(image, structure, x0=None, y0=None, z0=None, *, constrained=False,
           background=None, gray=False, preserve_type=False, uint=False, ulong=False,
           values=None):
    """Morphological dilation, as IDL's ``DILATE``.

    IDL call form::

        Result = DILATE(Image, Structure [, X0 [, Y0 [, Z0]]] [, /CONSTRAINED
                        [, BACKGROUND=value]] [, /GRAY [, /PRESERVE_TYPE | , /UINT
                        | , /ULONG]] [, VALUES=array])

    Binary (neither ``/GRAY`` nor ``VALUES``): nonzero pixels are 1 and the element, its
    origin laid on each such pixel, is OR-ed into the BYTE result. Grey (``/GRAY`` or
    ``VALUES``): each pixel is the maximum over the element of ``image + VALUES``
    (``VALUES`` 0 when absent: the neighbourhood maximum), worked on a BYTE copy of the
    image and clipped at 255 unless ``/PRESERVE_TYPE`` (the image's type), ``/UINT`` or
    ``/ULONG`` is set. ``/CONSTRAINED`` keeps every pixel that differs from
    ``BACKGROUND`` (default 0) and sets only background pixels.

    The origin ``X0, Y0, Z0`` defaults to ``(Nx/2, Ny/2, Nz/2)`` of the element (IDL
    order). The edge rule (IDL: "elements for which the structuring element extends off
    the array are indeterminate"; GDL 1.0.1's dilate.pro fixes it): a pixel whose
    element would leave the array, ``x < X0`` or ``x > nx - Nx + X0`` on some axis, is
    no dilation source (its own value still takes part as a neighbour of grey
    dilation's sums, as 0).

    Parameters
    ----------
    image : array_like
        1-, 2- or 3-D (readsav layout).
    structure : array_like
        The element, with the image's number of dimensions; nonzero elements are its
        shape.
    x0, y0, z0 : int, optional
    constrained, gray, preserve_type, uint, ulong : bool
    background : number, optional
    values : array_like, optional
        The element's grey values, the shape of ``structure``.

    Returns
    -------
    ndarray
        BYTE (binary, and grey by default), the image's type (``/PRESERVE_TYPE``),
        UINT or ULONG.

    Raises
    ------
    ValueError
        ``"DILATE: ..."`` for an element of another rank than the image, ``VALUES`` of
        another shape, more than one type keyword.

    Notes
    -----
    ``scipy.ndimage.binary_dilation(img, se)`` differs in the origin convention and at
    the edges (scipy dilates from every pixel), and ``grey_dilation(img,
    structure=values)`` reflects the element and does not clip. Sources: IDL Reference
    Guide, DILATE; GDL 1.0.1 ``dilate.pro`` (edge band, translation without
    reflection), reference_outputs/idl/morphology.

    Examples
    --------
    >>> from compat import idl
    >>> img = np.zeros((5, 7), np.uint8); img[2, 3] = 1
    >>> idl.dilate(img, [[0, 1, 0], [1, 1, 1], [0, 1, 0]])[1:4, 2:5]
    array([[0, 1, 0],
           [1, 1, 1],
           [0, 1, 0]], dtype=uint8)
    """
    img, se, origin = _operands(image, structure, x0, y0, z0)
    if not (gray or values is not None):
        return core.dilate(img, se, origin, gray=False).astype(np.uint8)
    work, vals, out_type = _gray_work(img, values, preserve_type, uint, ulong, "DILATE")
    _check_values(vals, se)
    result = core.dilate(work, se, origin, gray=True, values=vals)
    if out_type == np.uint8:
        result = np.clip(result, 0, 255)
    result = _finish(result, out_type)
    if constrained:
        bg = 0 if background is None else np.asarray(background).reshape(-1)[0]
        keep = work != bg
        result = np.where(keep, _finish(work.astype(np.float64), out_type), result)
    return result


@idl_routine("ERODE")
def erode(image, structure, x0=None, y0=None, z0=None, *, gray=False,
          preserve_type=False, uint=False, ulong=False, values=None):
    """Morphological erosion, as IDL's ``ERODE``.

    IDL call form::

        Result = ERODE(Image, Structure [, X0 [, Y0 [, Z0]]] [, /GRAY [, /PRESERVE_TYPE
                       | , /UINT | , /ULONG]] [, VALUES=array])

    Binary: 1 where the pixel is nonzero and every nonzero element of the structure, its
    origin on the pixel, covers a nonzero pixel (the pixel itself is required even when
    the origin lies outside the element's shape: Reference Guide, ERODE, "If the image
    pixel is nonzero, ..."; GDL 1.0.1's erode.pro agrees). Grey (``/GRAY`` or ``VALUES``): the minimum over the element
    of ``image - VALUES``, worked on a BYTE copy and floored at 0 unless
    ``/PRESERVE_TYPE``, ``/UINT`` or ``/ULONG``. Pixels where the element leaves the
    array (``x < X0`` or ``x > nx - Nx + X0`` on some axis) are 0, the edge rule of IDL
    and GDL 1.0.1's erode.pro.

    Parameters
    ----------
    image, structure, x0, y0, z0, gray, preserve_type, uint, ulong, values
        As :func:`dilate`.

    Returns
    -------
    ndarray
        BYTE (binary, and grey by default), the image's type, UINT or ULONG.

    Raises
    ------
    ValueError
        As :func:`dilate`.

    Notes
    -----
    ``scipy.ndimage.binary_erosion`` pads with ``border_value=0`` (so it also zeroes
    the edge band for a centred element) but places even-sized elements differently;
    ``grey_erosion`` pads by reflection. GDL 1.0.1's grey erosion multiplies the
    differences by the element, so zero elements of a non-rectangular element take part
    as 0 (recorded divergent in reference_outputs/idl/morphology: IDL takes the minimum
    over the element's shape, Reference Guide, ERODE, /GRAY). Sources: IDL Reference
    Guide, ERODE; GDL 1.0.1 ``erode.pro``.

    Examples
    --------
    >>> from compat import idl
    >>> img = np.zeros((5, 7), np.uint8); img[1:4, 1:6] = 1
    >>> idl.erode(img, np.ones((3, 3), np.int16))
    array([[0, 0, 0, 0, 0, 0, 0],
           [0, 0, 0, 0, 0, 0, 0],
           [0, 0, 1, 1, 1, 0, 0],
           [0, 0, 0, 0, 0, 0, 0],
           [0, 0, 0, 0, 0, 0, 0]], dtype=uint8)
    """
    img, se, origin = _operands(image, structure, x0, y0, z0)
    if not (gray or values is not None):
        return core.erode(img, se, origin, gray=False).astype(np.uint8)
    work, vals, out_type = _gray_work(img, values, preserve_type, uint, ulong, "ERODE")
    _check_values(vals, se)
    result = core.erode(work, se, origin, gray=True, values=vals)
    if out_type.kind == "u":
        result = np.maximum(result, 0)
    return _finish(result, out_type)




@idl_routine("MORPH_OPEN")
def morph_open(image, structure, *, gray=False, preserve_type=False, uint=False,
               ulong=False, values=None):
    """Morphological opening, as IDL's ``MORPH_OPEN``: ``DILATE(ERODE(Image, S), S)``.

    IDL call form::

        Result = MORPH_OPEN(Image, Structure [, /GRAY] [, /PRESERVE_TYPE | , /UINT |
                            , /ULONG] [, VALUES=array])

    The opening as the Reference Guide defines it (DILATE, "The opening of image B by
    structuring element K is defined as (B erode K) dilate K") with both operations'
    edge bands, so a margin of the element's reach is 0. Grey opening passes the type
    keywords to both steps.

    Parameters
    ----------
    image, structure : array_like
        As :func:`dilate`; the element's origin is its centre ``(Nx/2, Ny/2)``.
    gray, preserve_type, uint, ulong : bool
    values : array_like, optional

    Returns
    -------
    ndarray
        As :func:`dilate` and :func:`erode`.

    Examples
    --------
    >>> from compat import idl
    >>> img = np.zeros((6, 8), np.uint8); img[1:5, 1:6] = 1; img[2, 7] = 1
    >>> idl.morph_open(img, np.ones((3, 3), np.int16))
    array([[0, 0, 0, 0, 0, 0, 0, 0],
           [0, 1, 1, 1, 1, 1, 0, 0],
           [0, 1, 1, 1, 1, 1, 0, 0],
           [0, 1, 1, 1, 1, 1, 0, 0],
           [0, 1, 1, 1, 1, 1, 0, 0],
           [0, 0, 0, 0, 0, 0, 0, 0]], dtype=uint8)
    """
    kw = dict(gray=gray, preserve_type=preserve_type, uint=uint, ulong=ulong,
              values=values)
    return dilate.__wrapped__(erode.__wrapped__(image, structure, **kw), structure, **kw)


@idl_routine("MORPH_CLOSE")
def morph_close(image, structure, *, gray=False, preserve_type=False, uint=False,
                ulong=False, values=None):
    """Morphological closing, as IDL's ``MORPH_CLOSE``: ``ERODE(DILATE(Image, S), S)``.

    IDL call form::

        Result = MORPH_CLOSE(Image, Structure [, /GRAY] [, /PRESERVE_TYPE | , /UINT |
                             , /ULONG] [, VALUES=array])

    The closing as the Reference Guide defines it ("(B dilate K) erode K"), with both
    operations' edge bands (the erosion zeroes the element's reach from the edge).

    Parameters
    ----------
    image, structure : array_like
        As :func:`dilate`; the element's origin is its centre ``(Nx/2, Ny/2)``.
    gray, preserve_type, uint, ulong : bool
    values : array_like, optional

    Returns
    -------
    ndarray
        As :func:`dilate` and :func:`erode`.

    Examples
    --------
    >>> from compat import idl
    >>> img = np.zeros((7, 7), np.uint8); img[1:6, 1:6] = 1; img[3, 3] = 0
    >>> idl.morph_close(img, np.ones((3, 3), np.int16))[2:5, 2:5]
    array([[1, 1, 1],
           [1, 1, 1],
           [1, 1, 1]], dtype=uint8)
    """
    kw = dict(gray=gray, preserve_type=preserve_type, uint=uint, ulong=ulong,
              values=values)
    return erode.__wrapped__(dilate.__wrapped__(image, structure, **kw), structure, **kw)


@idl_routine("MORPH_GRADIENT")
def morph_gradient(image, structure, *, preserve_type=False, uint=False, ulong=False,
                   values=None):
    """Morphological gradient, as IDL's ``MORPH_GRADIENT``: the grey dilation minus the
    grey erosion.

    IDL call form::

        Result = MORPH_GRADIENT(Image, Structure [, /PRESERVE_TYPE | , /UINT | , /ULONG]
                                [, VALUES=array])

    ``DILATE(Image, S, /GRAY) - ERODE(Image, S, /GRAY)`` with the type keywords and
    ``VALUES`` passed to both (IDL Reference Guide, MORPH_GRADIENT: "the subtraction of
    an eroded version of the original image from a dilated version of the original
    image"); both operations' edge rules apply.

    Parameters
    ----------
    image, structure : array_like
        As :func:`dilate`; the origin is the element's centre.
    preserve_type, uint, ulong : bool
    values : array_like, optional

    Returns
    -------
    ndarray
        BYTE unless a type keyword is set (as :func:`dilate` with ``/GRAY``).

    Notes
    -----
    ``scipy.ndimage.morphological_gradient`` pads the image (no edge band) and takes a
    flat ``size``/``footprint``. GDL 1.0.1 lacks MORPH_GRADIENT: the golden suite
    evaluates the definition with GDL's DILATE and ERODE (ref_morph_gradient.pro).

    Examples
    --------
    >>> from compat import idl
    >>> img = np.zeros((5, 7), np.uint8); img[1:4, 2:5] = 9
    >>> idl.morph_gradient(img, np.ones((3, 3), np.int16))[2]
    array([0, 9, 9, 0, 9, 9, 0], dtype=uint8)
    """
    kw = dict(gray=True, preserve_type=preserve_type, uint=uint, ulong=ulong, values=values)
    grown = dilate.__wrapped__(image, structure, **kw)
    shrunk = erode.__wrapped__(image, structure, **kw)
    return (grown - shrunk).astype(grown.dtype)


@idl_routine("MORPH_TOPHAT")
def morph_tophat(image, structure, *, preserve_type=False, uint=False, ulong=False,
                 values=None):
    """Morphological top-hat, as IDL's ``MORPH_TOPHAT``: the image minus its grey
    opening.

    IDL call form::

        Result = MORPH_TOPHAT(Image, Structure [, /PRESERVE_TYPE | , /UINT | , /ULONG]
                              [, VALUES=array])

    ``Image - MORPH_OPEN(Image, S, /GRAY)`` (IDL Reference Guide, MORPH_TOPHAT: "the
    difference between the original image and its opening"), with DILATE's and ERODE's
    edge rules inside the opening; the subtraction follows IDL's type rule
    (the image's type against the opening's BYTE, UINT or ULONG).

    Parameters
    ----------
    image, structure : array_like
    preserve_type, uint, ulong : bool
    values : array_like, optional

    Returns
    -------
    ndarray

    Notes
    -----
    ``scipy.ndimage.white_tophat`` pads instead of IDL's edge band. GDL 1.0.1 lacks
    MORPH_TOPHAT: the golden suite evaluates the definition (ref_morph_tophat.pro).

    Examples
    --------
    >>> from compat import idl
    >>> img = np.full((5, 7), 3, np.uint8); img[2, 3] = 10
    >>> idl.morph_tophat(img, np.ones((3, 3), np.int16))[2]
    array([0, 0, 0, 7, 0, 0, 0], dtype=uint8)
    """
    img = idl_array(image, "Image", complex_ok=False, scalar_ok=False, max_rank=3)
    opened = morph_open.__wrapped__(img, structure, gray=True, preserve_type=preserve_type,
                                    uint=uint, ulong=ulong, values=values)
    out_type = promote(img.dtype, opened.dtype)
    return (img.astype(out_type) - opened.astype(out_type)).astype(out_type)


@idl_routine("LABEL_REGION")
def label_region(data, *, all_neighbors=False, eight=False, ulong=False):
    """Label the connected nonzero regions of an array, as IDL's ``LABEL_REGION``.

    IDL call form::

        Result = LABEL_REGION(Data [, /ALL_NEIGHBORS] [, /ULONG])

    (``/EIGHT``, IDL 5's name for 8-neighbour searching in 2-D, is accepted as
    ``/ALL_NEIGHBORS``.) Regions are numbered 1, 2, ... in raster order of their first
    pixel (IDL's ``x`` fastest, numpy's C order); 0 is background. "Pixels at the edges
    of Data are considered to be zero" (IDL Reference Guide): the border is never
    labelled. Neighbours are the pixels one unit away (4 in 2-D), or all adjacent ones
    with ``/ALL_NEIGHBORS`` (8 in 2-D, 26 in 3-D).

    Parameters
    ----------
    data : array_like
        An n-dimensional image; only zero and nonzero are considered.
    all_neighbors, eight, ulong : bool

    Returns
    -------
    ndarray
        INT (int16) labels, or ULONG with ``/ULONG``; the shape of ``data``.

    Notes
    -----
    ``scipy.ndimage.label(data)`` labels the border too (and returns int32 and the
    count); it numbers regions in the same raster order. Sources: IDL Reference Guide,
    LABEL_REGION ("Pixels at the edges of Data are considered to be zero", "an integer
    array", /ULONG); NV5 Help Article 5202 (the border rule). GDL 1.0.1 has no
    LABEL_REGION: reference_outputs/idl/morphology evaluates the documented algorithm
    in GDL (ref_label_region.pro).

    Examples
    --------
    >>> from compat import idl
    >>> d = np.array([[0, 0, 0, 0, 0, 0],
    ...               [0, 1, 0, 0, 1, 0],
    ...               [0, 0, 1, 0, 1, 0],
    ...               [0, 0, 0, 0, 0, 0]])
    >>> idl.label_region(d)
    array([[0, 0, 0, 0, 0, 0],
           [0, 1, 0, 0, 2, 0],
           [0, 0, 3, 0, 2, 0],
           [0, 0, 0, 0, 0, 0]], dtype=int16)
    >>> idl.label_region(d, all_neighbors=True)[2]
    array([0, 0, 1, 0, 2, 0], dtype=int16)
    """
    a = idl_array(data, "Data", complex_ok=False, scalar_ok=False)
    if a.dtype.kind not in "biuf":
        raise CompatTypeError("Data must be a numeric array.")
    labels, count = core.label_regions(a, all_neighbors=bool(all_neighbors or eight))
    return labels.astype(np.uint32 if ulong else np.int16)
