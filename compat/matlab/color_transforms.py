"""MATLAB's device-independent colour transforms (Image Processing Toolbox):
``whitepoint``, ``makecform`` and ``applycform`` for the CIE and sRGB conversions.

The legacy layer over :mod:`compat._core.color_transforms`, whose docstring states the
formulas and the integer encodings; the sRGB, XYZ and L*a*b* formulas and the white
points are :mod:`compat._core.colorimetry`'s (shared with ``rgb2lab`` & co.). Checked
against the standards' reference values and MATLAB's reference-page examples (golden
suite ``matlab/color_transforms``); Octave has none of these functions.
"""

from __future__ import annotations

import numpy as np

from compat._core import color_transforms as core
from compat._core.args import name_value
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab.colorimetry import _choice, _white_point

__all__ = ["whitepoint", "makecform", "applycform"]

_NAMES = ("a", "c", "e", "d50", "d55", "d65", "icc")
#: whitepoint's table as the reference page prints it (ICC: 16-bit fractions)
_TABLE = {"a": (1.0985, 1.0, 0.3558), "c": (0.9807, 1.0, 1.1822), "e": (1.0, 1.0, 1.0),
          "d50": (0.9642, 1.0, 0.8251), "d55": (0.9568, 1.0, 0.9214),
          "d65": (0.9504, 1.0, 1.0888), "icc": (31595 / 32768, 1.0, 27030 / 32768)}
_UNSUPPORTED = ("cmyk2srgb", "srgb2cmyk", "icc", "clut", "mattrc", "graytrc", "named",
                "adapt")


@matlab_function("whitepoint")
def whitepoint(name="icc"):
    """XYZ of a standard illuminant scaled to Y = 1, as MATLAB's ``whitepoint``.

    MATLAB call forms::

        xyz = whitepoint              ->  whitepoint()        (the ICC white, D50)
        xyz = whitepoint(name)        ->  whitepoint('D65')

    ``name`` (case-insensitive): 'a', 'c', 'e', 'd50', 'd55', 'd65', 'icc'. A 1-by-3
    double row.

    The values are the page's table (D65 is 0.9504 1 1.0888, as ``whitepoint('d65')``
    prints; 'icc' is [31595 32768 27030]/32768). Note that ``rgb2lab`` & co. given the
    *name* 'd65' use ASTM E308's 0.95047 1 1.08883, which their printed examples need
    (:mod:`compat._core.colorimetry`), while the vector from ``whitepoint('d65')`` is
    the table's.

    Sources: MATLAB's whitepoint reference page (the table of illuminants).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.whitepoint('D65').round(4)
    array([[0.9504, 1.    , 1.0888]])
    >>> matlab.whitepoint().round(4)
    array([[0.9642, 1.    , 0.8249]])
    """
    key = _choice(name, "illuminant", _NAMES)
    return np.array([_TABLE[key]], dtype=np.float64)


@matlab_function("makecform")
def makecform(type, *args, **kwargs):  # noqa: A002 - MATLAB's argument name
    """A colour transformation structure, as MATLAB's ``makecform``.

    MATLAB call forms::

        C = makecform(type)                          ->  makecform('srgb2lab')
        C = makecform(type, 'AdaptedWhitePoint', WP)  (srgb2lab, lab2srgb, srgb2xyz,
                                                       xyz2srgb)
        C = makecform(type, 'WhitePoint', WP)         (xyz2lab, lab2xyz)

    ``type``: 'srgb2lab', 'lab2srgb', 'srgb2xyz', 'xyz2srgb', 'xyz2lab', 'lab2xyz',
    'xyz2xyl', 'xyl2xyz', 'xyz2uvl', 'uvl2xyz', 'xyz2upvpl', 'upvpl2xyz', 'lab2lch',
    'lch2lab'. ``WP`` is a 1-by-3 XYZ vector (Y = 1) or an illuminant name; the default
    is ``whitepoint('ICC')`` (D50). The result is a dict, MATLAB's struct: ``c_func``
    (the transform's name), ``ColorSpace_in``, ``ColorSpace_out``, ``encoding``
    ('double') and ``cdata`` (the white point). Pass it to :func:`applycform`.

    How it differs from ``rgb2lab``: makecform's sRGB transforms refer to the ICC D50
    white by default, rgb2lab to D65, so ``applycform([1 1 1], makecform('srgb2lab'))``
    is L*a*b* (100, 0, 0) for D50 and the two disagree on coloured pixels.

    Not supported (an error says so): ICC profiles ('icc', 'clut', 'mattrc', 'graytrc',
    'named'), 'cmyk2srgb'/'srgb2cmyk' (a profile-based CMYK) and 'adapt'.

    Sources: MATLAB's makecform reference page (types, options, the ICC default white);
    the formulas of :mod:`compat._core.color_transforms`.

    Examples
    --------
    >>> from compat import matlab
    >>> C = matlab.makecform('srgb2lab')
    >>> C['ColorSpace_in'], C['ColorSpace_out']
    ('rgb', 'lab')
    """
    if not isinstance(type, str):
        raise CompatTypeError("TYPE must be a character vector.")
    kind = type.lower()
    if kind in _UNSUPPORTED:
        raise CompatValueError(f"the '{type}' transform (ICC profiles, CMYK) is not "
                               "supported by compat.")
    if kind not in core.TRANSFORMS:
        raise CompatValueError(f"Unknown TYPE '{type}'; expected one of "
                               + ", ".join(core.TRANSFORMS) + ".")
    src, dst, option = core.TRANSFORMS[kind]
    if option is None:
        if args or kwargs:
            raise CompatValueError(f"'{kind}' takes no options.")
        cdata = {}
    else:
        opts = name_value("makecform", args, kwargs, {option: "icc"})
        cdata = {option: np.array([_white_point(opts[option])], dtype=np.float64)}
    return {"c_func": kind, "ColorSpace_in": src, "ColorSpace_out": dst,
            "encoding": "double", "cdata": cdata}


@matlab_function("applycform")
def applycform(A, C):
    """Apply a colour transformation structure, as MATLAB's ``applycform``.

    MATLAB call form::

        B = applycform(A, C)         ->  applycform(rgb, matlab.makecform('srgb2lab'))

    ``A``: an M-by-3 matrix (a colour per row), an M-by-N-by-3 image or one colour as a
    1-D length-3 vector; uint8, uint16, single or double in the encodings of
    :mod:`compat._core.color_transforms` (uint8 L*a*b* is ICC's lab8, uint16 XYZ is
    ICC's xyz16). ``B`` has ``A``'s shape and class, except that XYZ output of uint8
    input is uint16 (no 8-bit XYZ encoding). Integer input is accepted for the sRGB,
    L*a*b* and XYZ transforms; the xyY, uvL, u'v'L and L*ch transforms take single or
    double.

    How it differs from the naive formulas: integer data are decoded from and encoded to
    the ICC encodings (a uint8 result of 'srgb2lab' is lab8, not L* in 0..100; use
    ``lab2double``'s rule ``L = v 100/255``, ``a = v - 128`` to read it); sRGB results
    are clipped to [0, 1].

    Sources: MATLAB's applycform and lab2double reference pages (classes, encodings);
    IEC 61966-2-1 and CIE 15:2004 (formulas).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.applycform([1.0, 1.0, 1.0], matlab.makecform('srgb2lab')).round(6)
    array([100.,   0.,   0.])
    >>> matlab.applycform(matlab.uint8([[255, 255, 255]]), matlab.makecform('srgb2lab'))
    array([[255, 128, 128]], dtype=uint8)
    """
    if not isinstance(C, dict) or C.get("c_func") not in core.TRANSFORMS:
        raise CompatTypeError("C must be a color transformation structure made by "
                              "makecform.")
    kind = C["c_func"]
    a = np.asarray(matlab_array(A, "A", complex_ok=False, char="error"))
    allowed = ("uint8", "uint16", "single", "double") \
        if {core.TRANSFORMS[kind][0], core.TRANSFORMS[kind][1]} <= {"rgb", "lab", "xyz"} \
        else ("single", "double")
    names = {"float32": "single", "float64": "double"}
    cls = names.get(a.dtype.name, a.dtype.name)
    if cls not in allowed:
        raise CompatTypeError(f"A must be of class {', '.join(allowed)} for '{kind}'; "
                              f"its class is {cls}.")
    if not ((a.ndim == 1 and a.size == 3) or (a.ndim == 2 and a.shape[1] == 3)
            or (a.ndim == 3 and a.shape[2] == 3)):
        raise CompatValueError("A must be an M-by-3 matrix or an M-by-N-by-3 array of "
                               f"colours; its shape is {a.shape}.")
    option = core.TRANSFORMS[kind][2]
    white = None
    if option is not None:
        white = tuple(float(v) for v in np.asarray(C["cdata"][option]).ravel())
    return core.transform(kind, np.ascontiguousarray(a), white)
