"""MATLAB's CIE colour conversions (Image Processing Toolbox): ``rgb2xyz``,
``xyz2rgb``, ``rgb2lab``, ``lab2rgb``, ``xyz2lab``, ``lab2xyz``, the CIE76 colour
difference ``deltaE`` and the transfer curves alone, ``rgb2lin`` and ``lin2rgb``.

The legacy layer of the family over :mod:`compat._core.colorimetry`, whose docstring
gives the formulas (IEC 61966-2-1 sRGB, Adobe RGB (1998), CIE 1976 L*a*b*, Bradford
adaptation), the white points and where each constant comes from. Checked against
MATLAB's printed reference-page examples and GNU Octave 7.3's image package 2.14
(golden suite ``matlab/colorimetry``; Octave's constants differ, see there).

Data: a c-by-3 colormap (one colour per row; a 1-D array of 3 is one colour and stays
1-D), an m-by-n-by-3 image or an m-by-n-by-3-by-p stack of images (colour along the
third axis). Options are MATLAB's name-value pairs, positionally or as keywords.
"""

from __future__ import annotations

import numpy as np

from compat._core import colorimetry as core
from compat._core.args import name_value, prefix_matches
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["rgb2xyz", "xyz2rgb", "rgb2lab", "lab2rgb", "xyz2lab", "lab2xyz", "deltaE", "rgb2lin",
           "lin2rgb"]

_CLASS_NAMES = {"float64": "double", "float32": "single", "uint8": "uint8",
                "uint16": "uint16"}


def _class_name(a: np.ndarray) -> str:
    names = {"int8": "int8", "int16": "int16", "int32": "int32", "int64": "int64",
             "uint32": "uint32", "uint64": "uint64", "bool": "logical"}
    return _CLASS_NAMES.get(a.dtype.name) or names.get(a.dtype.name, a.dtype.name)


def _colors(value, name: str, classes: tuple) -> tuple[np.ndarray, int, bool]:
    """The colour array, the axis of its colour channels and whether it was 1-D.

    The class error quotes MATLAB's validateattributes wording; the shape error is
    compat's (MATLAB's images:color:invalidShape text is not published)."""
    a = np.asarray(matlab_array(value, name, complex_ok=True, char="error"))
    if a.dtype.kind == "c":
        raise CompatTypeError(f"Expected input number 1, {name}, to be real.")
    if _class_name(a) not in classes:
        raise CompatTypeError(f"Expected input number 1, {name}, to be one of these "
                              f"types: {', '.join(classes)}. Instead its type was "
                              f"{_class_name(a)}.")
    flat = a.ndim == 1
    if flat:
        a = a.reshape(1, -1)
    if a.ndim == 2 and a.shape[1] == 3:
        return a, 1, flat
    if a.ndim in (3, 4) and a.shape[2] == 3:
        return a, 2, flat
    raise CompatValueError(f"{name} must be a c-by-3 colormap, an m-by-n-by-3 image or "
                           f"an m-by-n-by-3-by-p stack of images; its shape is "
                           f"{np.asarray(value).shape}.")


def _choice(value, option: str, choices: tuple) -> str:
    """validatestring: case-insensitive, a unique prefix is enough."""
    if not isinstance(value, str):
        raise CompatTypeError(f"Expected {option} to be one of these types: char, "
                              f"string. Instead its type was {type(value).__name__}.")
    found = prefix_matches(value, choices)
    if len(found) != 1:
        quoted = ", ".join(f"'{c}'" for c in choices)
        raise CompatValueError(f"Expected input to match one of these values: {quoted}. "
                               f"The input, '{value}', "
                               f"{'matched more than one' if found else 'did not match any'}"
                               f" of the valid values.")
    return found[0]


def _white_point(value) -> tuple:
    """checkWhitePoint: a standard illuminant's name or a real 1-by-3 floating vector."""
    if isinstance(value, str):
        return core.WHITE_POINTS[_choice(value, "WhitePoint",
                                         ("a", "c", "e", "d50", "d55", "d65", "icc"))]
    w = np.asarray(matlab_array(value, "WhitePoint", char="error"))
    if w.dtype.kind not in "f" or w.size != 3 or (w.ndim == 2 and w.shape[0] != 1) \
            or w.ndim > 2 or not np.all(np.isfinite(w)):
        raise CompatValueError("WhitePoint must be 'a', 'c', 'e', 'd50', 'd55', 'd65', "
                               "'icc' or a real 1-by-3 single or double vector.")
    return tuple(float(v) for v in w.ravel())


def _options(function: str, args, kwargs, output_type: bool) -> dict:
    defaults = {"ColorSpace": "srgb", "WhitePoint": "d65"}
    if output_type:
        defaults["OutputType"] = None
    opts = name_value(function, args, kwargs, defaults)
    if "ColorSpace" in opts:
        opts["ColorSpace"] = _choice(opts["ColorSpace"], "ColorSpace", core.COLOR_SPACES)
    opts["WhitePoint"] = _white_point(opts["WhitePoint"])
    if output_type and opts["OutputType"] is not None:
        opts["OutputType"] = _choice(opts["OutputType"], "OutputType",
                                     ("double", "single", "uint8", "uint16"))
    return opts


def _white_only(function: str, args, kwargs) -> tuple:
    return _white_point(name_value(function, args, kwargs, {"WhitePoint": "d65"})
                        ["WhitePoint"])


def _finish(out: np.ndarray, flat: bool) -> np.ndarray:
    return out.reshape(3) if flat else out


_RGB_CLASSES = ("single", "double", "uint8", "uint16")
_FLOAT_CLASSES = ("single", "double")


@matlab_function("rgb2xyz")
def rgb2xyz(RGB, *args, **kwargs):
    """RGB to CIE 1931 XYZ (2 degree observer), as MATLAB's ``rgb2xyz``.

    MATLAB call forms::

        XYZ = rgb2xyz(RGB)                              ->  rgb2xyz(rgb)
        XYZ = rgb2xyz(RGB, 'ColorSpace', cs, 'WhitePoint', wp)
                                       ->  rgb2xyz(rgb, 'ColorSpace', cs, 'WhitePoint', wp)

    ``ColorSpace`` is ``'srgb'`` (default), ``'adobe-rgb-1998'`` or ``'linear-rgb'``
    (linearised sRGB); ``WhitePoint`` is ``'d65'`` (default), ``'a'``, ``'c'``, ``'e'``,
    ``'d50'``, ``'d55'``, ``'icc'`` or a 1-by-3 vector, to which the D65 XYZ values are
    adapted (Bradford). uint8 and uint16 data are scaled to [0, 1]; single data give
    single results, every other class double.

    Negative Adobe RGB (1998) values (outside its encoding): MATLAB's linearizeAdobeRGB
    raises them to 2.19921875 as they are, which makes MATLAB's result complex; compat
    extends the curve oddly (``-(-u)^2.19921875``) and stays real.

    How it differs from ``skimage.color.rgb2xyz``: skimage uses the IEC 4-decimal
    matrix and no white-point option; MATLAB derives the matrix from the primaries and
    the D65 white [0.95047 1 1.08883].

    Sources: MATLAB's rgb2xyz reference page (options, classes, the printed
    ``rgb2xyz([1 1 1])``); the standards in :mod:`compat._core.colorimetry`; golden
    suite ``matlab/colorimetry``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.rgb2xyz([1.0, 1.0, 1.0]).round(5)
    array([0.95047, 1.     , 1.08883])
    """
    a, axis, flat = _colors(RGB, "RGB", _RGB_CLASSES)
    opts = _options("rgb2xyz", args, kwargs, False)
    xyz = core.rgb_to_xyz(core.decode_rgb(a), opts["ColorSpace"], opts["WhitePoint"], axis)
    return _finish(xyz, flat)


@matlab_function("xyz2rgb")
def xyz2rgb(XYZ, *args, **kwargs):
    """CIE 1931 XYZ to RGB, as MATLAB's ``xyz2rgb``.

    MATLAB call forms::

        RGB = xyz2rgb(XYZ)                              ->  xyz2rgb(xyz)
        RGB = xyz2rgb(XYZ, 'ColorSpace', cs, 'WhitePoint', wp, 'OutputType', t)
                    ->  xyz2rgb(xyz, 'ColorSpace', cs, 'WhitePoint', wp, 'OutputType', t)

    XYZ is single or double. The XYZ values are adapted from ``WhitePoint`` to D65
    (Bradford) unless it is D65, converted to linear RGB and through the colour space's
    transfer curve (odd-symmetric for negative values). The result is not clipped:
    out-of-gamut colours give values outside [0, 1]. ``OutputType`` (default: the
    input's class) ``'uint8'``/``'uint16'`` scales by 255/65535 and rounds, saturating.

    Sources: MATLAB's xyz2rgb reference page and its printed examples; MATLAB's
    encodeRGB (the integer encoding); golden suite ``matlab/colorimetry``. GNU Octave
    7.3 has no options and uses other constants (divergent cases there).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.xyz2rgb([0.25, 0.40, 0.10], 'OutputType', 'uint8')
    array([106, 190,  55], dtype=uint8)
    """
    a, axis, flat = _colors(XYZ, "XYZ", _FLOAT_CLASSES)
    opts = _options("xyz2rgb", args, kwargs, True)
    rgb = core.xyz_to_rgb(a, opts["ColorSpace"], opts["WhitePoint"], axis)
    out_type = opts["OutputType"] or _class_name(a)
    return _finish(core.encode_rgb(rgb, out_type), flat)


@matlab_function("rgb2lab")
def rgb2lab(RGB, *args, **kwargs):
    """RGB to CIE 1976 L*a*b*, as MATLAB's ``rgb2lab``.

    MATLAB call forms::

        lab = rgb2lab(RGB)                              ->  rgb2lab(rgb)
        lab = rgb2lab(RGB, 'ColorSpace', cs, 'WhitePoint', wp)
                                       ->  rgb2lab(rgb, 'ColorSpace', cs, 'WhitePoint', wp)

    :func:`rgb2xyz` with the same options, then L*a*b* relative to the same white
    point, so RGB white is exactly L* = 100, a* = b* = 0 for every white point. Classes
    as :func:`rgb2xyz`.

    How it differs from ``skimage.color.rgb2lab``: skimage's sRGB matrix and D65 white
    come from other rounded constants (results differ in the fourth decimal) and its
    ``illuminant`` normalises without chromatic adaptation.

    Sources: MATLAB's rgb2lab reference page (its three printed examples are golden
    cases); CIE 15:2004; golden suite ``matlab/colorimetry``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.rgb2lab([0.2, 0.3, 0.4], 'ColorSpace', 'adobe-rgb-1998').round(4)
    array([ 30.1783,  -5.6902, -20.8223])
    """
    a, axis, flat = _colors(RGB, "RGB", _RGB_CLASSES)
    opts = _options("rgb2lab", args, kwargs, False)
    xyz = core.rgb_to_xyz(core.decode_rgb(a), opts["ColorSpace"], opts["WhitePoint"], axis)
    return _finish(core.xyz_to_lab(xyz, opts["WhitePoint"], axis), flat)


@matlab_function("lab2rgb")
def lab2rgb(lab, *args, **kwargs):
    """CIE 1976 L*a*b* to RGB, as MATLAB's ``lab2rgb``.

    MATLAB call forms::

        RGB = lab2rgb(lab)                              ->  lab2rgb(lab)
        RGB = lab2rgb(lab, 'ColorSpace', cs, 'WhitePoint', wp, 'OutputType', t)
                    ->  lab2rgb(lab, 'ColorSpace', cs, 'WhitePoint', wp, 'OutputType', t)

    :func:`lab2xyz` relative to ``WhitePoint``, then :func:`xyz2rgb` with the same
    options (not clipped; integer ``OutputType`` rounds and saturates).

    Sources: MATLAB's lab2rgb reference page (its four printed examples are golden
    cases); golden suite ``matlab/colorimetry``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.lab2rgb([70.0, 5.0, 10.0], 'OutputType', 'uint8')
    array([188, 167, 153], dtype=uint8)
    """
    a, axis, flat = _colors(lab, "lab", _FLOAT_CLASSES)
    opts = _options("lab2rgb", args, kwargs, True)
    xyz = core.lab_to_xyz(a, opts["WhitePoint"], axis)
    rgb = core.xyz_to_rgb(xyz, opts["ColorSpace"], opts["WhitePoint"], axis)
    out_type = opts["OutputType"] or _class_name(a)
    return _finish(core.encode_rgb(rgb, out_type), flat)


@matlab_function("xyz2lab")
def xyz2lab(XYZ, *args, **kwargs):
    """CIE 1931 XYZ to CIE 1976 L*a*b*, as MATLAB's ``xyz2lab``.

    MATLAB call forms::

        lab = xyz2lab(XYZ)                        ->  xyz2lab(xyz)
        lab = xyz2lab(XYZ, 'WhitePoint', wp)      ->  xyz2lab(xyz, 'WhitePoint', wp)

    The XYZ values are divided by the white point (no adaptation) and mapped by CIE
    15's ``f`` with epsilon = 216/24389, kappa = 24389/27. Single or double, class kept.

    Sources: MATLAB's xyz2lab reference page (its two printed examples are golden cases);
    CIE 15:2004 section 8.2.1.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.xyz2lab([0.25, 0.40, 0.10]).round(4)
    array([ 69.4695, -48.0439,  57.1259])
    """
    a, axis, flat = _colors(XYZ, "XYZ", _FLOAT_CLASSES)
    return _finish(core.xyz_to_lab(a, _white_only("xyz2lab", args, kwargs), axis), flat)


@matlab_function("lab2xyz")
def lab2xyz(lab, *args, **kwargs):
    """CIE 1976 L*a*b* to CIE 1931 XYZ, as MATLAB's ``lab2xyz``.

    MATLAB call forms::

        XYZ = lab2xyz(lab)                        ->  lab2xyz(lab)
        XYZ = lab2xyz(lab, 'WhitePoint', wp)      ->  lab2xyz(lab, 'WhitePoint', wp)

    The inverse of :func:`xyz2lab`: ``g(s) = s^3`` where ``s^3 > 216/24389``, else
    ``(116 s - 16)/(24389/27)``, times the white point. Single or double, class kept.

    Sources: MATLAB's lab2xyz reference page (its two printed examples are golden cases).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.lab2xyz([50.0, 10.0, -5.0]).round(4)
    array([0.1942, 0.1842, 0.2282])
    """
    a, axis, flat = _colors(lab, "lab", _FLOAT_CLASSES)
    return _finish(core.lab_to_xyz(a, _white_only("lab2xyz", args, kwargs), axis), flat)


def _im2float(a: np.ndarray, dtype) -> np.ndarray:
    """im2double / im2single: uint8 / 255, uint16 / 65535 in the target class."""
    if a.dtype == np.uint8:
        return a.astype(dtype) / dtype(255)
    if a.dtype == np.uint16:
        return a.astype(dtype) / dtype(65535)
    return a.astype(dtype)


def _delta_operand(value, name: str, classes: tuple) -> tuple[np.ndarray, bool]:
    a = np.asarray(matlab_array(value, name, complex_ok=True, char="error"))
    if a.dtype.kind == "c":
        raise CompatTypeError(f"Expected input number {name[-1]}, {name}, to be real.")
    if _class_name(a) not in classes:
        raise CompatTypeError(f"Expected input to be one of these types: "
                              f"{', '.join(classes)}. Instead its type was "
                              f"{_class_name(a)}.")
    if not np.all(np.isfinite(a)):
        raise CompatValueError("Expected input to be finite.")
    flat = a.ndim == 1
    if flat:
        a = a.reshape(1, -1)
    if (a.ndim == 2 and a.shape[1] != 3) or (a.ndim > 2 and a.shape[2] != 3) or a.ndim < 2:
        raise CompatValueError(f"{name} must be an M-by-3 matrix of colours or an array "
                               f"with three colour components along its third dimension "
                               f"(images:deltaE:invalidInputFormat; compat's wording).")
    return a, flat


@matlab_function("deltaE")
def deltaE(I1, I2, *args, **kwargs):
    """CIE76 colour difference, as MATLAB's ``deltaE`` (R2020b).

    MATLAB call forms::

        dE = deltaE(I1, I2)                           ->  deltaE(I1, I2)
        dE = deltaE(I1, I2, 'isInputLab', isLab)      ->  deltaE(I1, I2, 'isInputLab', True)
        dE = deltaE(I1, I2, isInputLab=isLab)         ->  deltaE(I1, I2, isInputLab=True)

    ``sqrt(dL*^2 + da*^2 + db*^2)`` of two sRGB images (m-by-n-by-3, or stacks of the
    same size), two sets of colours (c-by-3 and c-by-3 or 1-by-3: a c-by-1 result) or an
    image and one colour (1-by-3). RGB data go through :func:`rgb2lab` (sRGB, D65);
    ``isInputLab`` true takes L*a*b* values (single or double). Both inputs are
    converted with im2double if either is double, else with im2single, so uint8, uint16
    and single data give a single result. Values must be finite.

    Sources: MATLAB's deltaE reference page (syntax, the printed example
    ``deltaE(uint8([255 0 0]), uint8([255 10 50]))`` = single 18.6206, the formats)
    and deltaE.m (the class rule and the shape rules of checkAndReshapeColorArrays);
    CIE 15:2004 section 8.3.1. GNU Octave 7.3 has no deltaE (suite
    ``matlab/colorimetry`` computes the definition there).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.deltaE(np.uint8([255, 0, 0]), np.uint8([255, 10, 50])).round(4)
    array([18.6206], dtype=float32)
    """
    opts = name_value("deltaE", args, kwargs, {"isInputLab": False})
    flag = np.asarray(opts["isInputLab"])
    if flag.size != 1 or flag.dtype.kind not in "biuf" or isinstance(opts["isInputLab"], str):
        raise CompatTypeError("isInputLab must be a logical scalar (true or false).")
    is_lab = bool(flag.reshape(()))
    classes = _FLOAT_CLASSES if is_lab else _RGB_CLASSES
    a, flat_a = _delta_operand(I1, "I1", classes)
    b, flat_b = _delta_operand(I2, "I2", classes)
    if a.ndim == 2 and b.ndim == 2:
        if a.shape[0] != b.shape[0] and 1 not in (a.shape[0], b.shape[0]):
            raise CompatValueError("I1 and I2 must have the same number of colours, or "
                                   "one of them a single colour "
                                   "(images:deltaE:matricesIncompatibleSizes).")
        out_shape = (max(a.shape[0], b.shape[0]), 1)
        a, b = a.reshape(a.shape[0], 1, 3), b.reshape(b.shape[0], 1, 3)
    elif a.ndim > 2 and b.ndim > 2:
        if a.shape != b.shape:
            raise CompatValueError("I1 and I2 must have the same size "
                                   "(images:deltaE:multidimDifferentSizes).")
        out_shape = a.shape[:2] + (1,) + a.shape[3:]
    elif a.ndim == 2 and a.shape[0] == 1:
        out_shape = b.shape[:2] + (1,) + b.shape[3:]
        a = a.reshape((1, 1, 3) + (1,) * (b.ndim - 3))
    elif b.ndim == 2 and b.shape[0] == 1:
        out_shape = a.shape[:2] + (1,) + a.shape[3:]
        b = b.reshape((1, 1, 3) + (1,) * (a.ndim - 3))
    else:
        raise CompatValueError("an M-by-3 set of colours (M > 1) cannot be compared with "
                               "an image (images:deltaE:incompatibleFormats).")
    dtype = np.float64 if np.float64 in (a.dtype, b.dtype) else np.float32
    a, b = _im2float(a, dtype), _im2float(b, dtype)
    if not is_lab:
        white = core.WHITE_POINTS["d65"]
        a = core.xyz_to_lab(core.rgb_to_xyz(a, "srgb", white, 2), white, 2)
        b = core.xyz_to_lab(core.rgb_to_xyz(b, "srgb", white, 2), white, 2)
    while len(out_shape) > 2 and out_shape[-1] == 1:     # MATLAB drops trailing 1s
        out_shape = out_shape[:-1]
    out = core.cie76_difference(a, b, 2).reshape(out_shape)
    return out.reshape(-1) if flat_a and flat_b else out


_CURVE_SPACES = ("srgb", "adobe-rgb-1998")


def _curve_options(function: str, args, kwargs) -> dict:
    opts = name_value(function, args, kwargs, {"ColorSpace": "srgb", "OutputType": None})
    opts["ColorSpace"] = _choice(opts["ColorSpace"], "ColorSpace", _CURVE_SPACES)
    if opts["OutputType"] is not None:
        opts["OutputType"] = _choice(opts["OutputType"], "OutputType",
                                     ("double", "single", "uint8", "uint16"))
    return opts


def _curve_input(value) -> np.ndarray:
    a = np.asarray(matlab_array(value, "A", complex_ok=True, char="error"))
    if a.dtype.kind == "c":
        raise CompatTypeError("Expected input number 1, A, to be real.")
    if _class_name(a) not in _RGB_CLASSES:
        raise CompatTypeError(f"Expected input number 1, A, to be one of these types: "
                              f"{', '.join(_RGB_CLASSES)}. Instead its type was "
                              f"{_class_name(a)}.")
    if a.size == 0:
        raise CompatValueError("Expected input number 1, A, to be nonempty.")
    return a


def _curve_output(b: np.ndarray, out_type: str) -> np.ndarray:
    """im2double / im2single / im2uint8 / im2uint16 of the floating result."""
    if b.dtype.kind == "c":
        if out_type in ("uint8", "uint16"):
            raise CompatTypeError(f"im2{out_type}: the result is complex (negative Adobe "
                                  f"RGB (1998) values) and cannot be converted.")
        return b.astype(np.complex64 if out_type == "single" else np.complex128)
    return core.encode_rgb(b, out_type)


@matlab_function("rgb2lin")
def rgb2lin(A, *args, **kwargs):
    """Linearise gamma-corrected RGB values, as MATLAB's ``rgb2lin`` (R2017b).

    MATLAB call forms::

        B = rgb2lin(A)                                   ->  rgb2lin(a)
        B = rgb2lin(A, 'ColorSpace', cs, 'OutputType', t)
                                    ->  rgb2lin(a, 'ColorSpace', cs, 'OutputType', t)

    sRGB (default, IEC 61966-2-1): ``u/12.92`` for ``|u| < 0.04045``, else
    ``((|u| + 0.055)/1.055)^2.4`` with the sign of ``u``. ``'adobe-rgb-1998'``:
    ``u^2.19921875`` as MATLAB computes it, so negative values give complex results
    (MATLAB's x.^gamma). Element by element on any array. uint8, uint16 and single
    data are computed in single (im2single), double in double; ``OutputType``
    (default: the input's class) converts with im2double/im2single/im2uint8/im2uint16
    (integers: clipped to [0, 1], scaled, rounded).

    Sources: MATLAB's rgb2lin reference page (options, classes) and rgb2lin.m (the
    im2single step, the curves' constants and branches); IEC 61966-2-1; Adobe RGB
    (1998) Color Image Encoding section 4.3.5.2. GNU Octave 7.3 has no rgb2lin (suite
    ``matlab/colorimetry`` evaluates the curves there).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.rgb2lin(np.array([0.02, 0.5, 1.0])).round(6)
    array([0.001548, 0.214041, 1.      ])
    """
    a = _curve_input(A)
    opts = _curve_options("rgb2lin", args, kwargs)
    out_type = opts["OutputType"] or _class_name(a)
    x = a if a.dtype == np.float64 else _im2float(a, np.float32)
    if opts["ColorSpace"] == "adobe-rgb-1998" and np.any(x < 0):
        b = x.astype(np.complex128 if x.dtype == np.float64 else np.complex64) \
            ** x.dtype.type(563 / 256)
    else:
        b = core.linearize(x, opts["ColorSpace"])
    return _curve_output(b, out_type)


@matlab_function("lin2rgb")
def lin2rgb(A, *args, **kwargs):
    """Apply gamma correction to linear RGB values, as MATLAB's ``lin2rgb`` (R2017b).

    MATLAB call forms::

        B = lin2rgb(A)                                   ->  lin2rgb(a)
        B = lin2rgb(A, 'ColorSpace', cs, 'OutputType', t)
                                    ->  lin2rgb(a, 'ColorSpace', cs, 'OutputType', t)

    sRGB (default): ``12.92 v`` for ``|v| < 0.0031308``, else ``1.055 |v|^(1/2.4) -
    0.055`` with the sign of ``v``; ``'adobe-rgb-1998'``: ``sign(v) |v|^(1/2.19921875)``.
    Classes and ``OutputType`` as :func:`rgb2lin`.

    Sources: MATLAB's lin2rgb reference page and lin2rgb.m; IEC 61966-2-1; Adobe RGB
    (1998) Color Image Encoding section 4.3.4.2.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.lin2rgb(np.array([0.0, 0.5, 1.0]), 'OutputType', 'uint8')
    array([  0, 188, 255], dtype=uint8)
    """
    a = _curve_input(A)
    opts = _curve_options("lin2rgb", args, kwargs)
    out_type = opts["OutputType"] or _class_name(a)
    x = a if a.dtype == np.float64 else _im2float(a, np.float32)
    return _curve_output(core.delinearize(x, opts["ColorSpace"]), out_type)
