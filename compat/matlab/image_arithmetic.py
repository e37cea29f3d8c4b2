"""MATLAB's image arithmetic (Image Processing Toolbox): ``imlincomb``, ``imadd``,
``imsubtract``, ``immultiply``, ``imdivide``, ``imabsdiff``, ``imcomplement``.

The legacy layer of the family: MATLAB's argument forms (``imlincomb``'s weight-image
pairs with an optional offset and output class, ``imadd``'s output class, a double
scalar as the second operand), its class rules and error texts, over
:mod:`compat._core.image_arithmetic`, whose docstring states the arithmetic (double
precision, then one rounding and saturation to the result class). Checked against GNU
Octave 7.3's image package 2.14 (golden suite ``matlab/image_arithmetic``). numpy's
``uint8`` arithmetic wraps around (``200 + 100`` is 44) and its integer division
truncates; ``skimage.util`` has ``invert`` but not MATLAB's rounding rules.
"""

from __future__ import annotations

import numpy as np

from compat._core import image_arithmetic as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_classes import NUMERIC_NAMES
from compat._core.matlab_types import matlab_array

__all__ = ["imlincomb", "imadd", "imsubtract", "immultiply", "imdivide", "imabsdiff",
           "imcomplement"]

_CLASS_DTYPES = {"double": np.float64, "single": np.float32, "int8": np.int8,
                 "uint8": np.uint8, "int16": np.int16, "uint16": np.uint16,
                 "int32": np.int32, "uint32": np.uint32, "int64": np.int64,
                 "uint64": np.uint64, "logical": np.bool_}


def _image(value, name: str) -> np.ndarray:
    a = matlab_array(value, name, complex_ok=False, char="error")
    return np.asarray(a)


def _class_dtype(name, function: str) -> np.dtype:
    key = name.lower() if isinstance(name, str) else None
    if key not in NUMERIC_NAMES and key != "logical":
        raise CompatValueError(f"{function}: the output class must be a numeric class "
                               f"name or 'logical', got {name!r}.")
    return np.dtype(_CLASS_DTYPES[key])


def _operands(function: str, X, Y):
    """``(x, y, result dtype)`` by MATLAB's pages: Y of X's size and class or a double
    scalar (immultiply also takes a logical Y of X's size, and a logical X with a Y of
    any class, the result then in Y's class); otherwise a logical X gives double."""
    x, y = _image(X, "X"), _image(Y, "Y")
    scalar_double = y.size == 1 and y.dtype == np.float64
    same = y.shape == x.shape and y.dtype == x.dtype
    if function == "immultiply":
        ok = scalar_double or (y.shape == x.shape and
                               (same or y.dtype.kind == "b" or x.dtype.kind == "b"))
        message = ("Y must be an array of X's size and class, a logical array of X's "
                   "size, or a double scalar.")
    else:
        ok = scalar_double or same
        message = "X and Y must be the same size and class, or Y must be a scalar double."
    if not ok:
        raise CompatValueError(message)
    if x.dtype.kind == "b":
        dtype = y.dtype if function == "immultiply" and not scalar_double else \
            np.dtype(np.float64)
    else:
        dtype = x.dtype
    return x, y.reshape(()) if y.size == 1 and y.shape != x.shape else y, dtype


@matlab_function("imlincomb")
def imlincomb(*args):
    """Linear combination of images, as MATLAB's ``imlincomb``.

    MATLAB call forms::

        Z = imlincomb(K1, A1, K2, A2, ..., Kn, An)        ->  imlincomb(0.5, A, 0.5, B)
        Z = imlincomb(K1, A1, ..., Kn, An, K)             ->  imlincomb(2, A, -1, B, 3.5)
        Z = imlincomb(..., outputClass)                   ->  imlincomb(0.5, A, 'double')

    ``K1*A1 + ... + Kn*An + K`` computed in double precision left to right, then
    rounded (halves away from zero) and saturated once into ``outputClass`` (default:
    ``A1``'s class) -- no intermediate rounding, which is the point of imlincomb over
    ``imadd(immultiply(...))``. The images must have one size and class.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[10, 200], [255, 3]], dtype=np.uint8)
    >>> B = np.array([[100, 100], [5, 7]], dtype=np.uint8)
    >>> matlab.imlincomb(2, A, -1, B, 3.5)
    array([[  0, 255],
           [255,   3]], dtype=uint8)
    """
    args = list(args)
    out_class = None
    if args and isinstance(args[-1], str):
        out_class = args.pop()
    if len(args) < 2:
        raise CompatValueError("imlincomb: not enough input arguments: K1, A1 are required.")
    offset = 0.0
    if len(args) % 2:
        offset = _weight(args.pop(), "K")
    weights = [_weight(k, f"K{i + 1}") for i, k in enumerate(args[::2])]
    images = [_image(a, f"A{i + 1}") for i, a in enumerate(args[1::2])]
    first = images[0]
    for image in images[1:]:
        if image.shape != first.shape or image.dtype != first.dtype:
            raise CompatValueError("imlincomb: all the images must have the same size and "
                                   "class.")
    dtype = _class_dtype(out_class, "imlincomb") if out_class is not None else first.dtype
    return core.linear_combination(weights, images, offset, dtype)


def _weight(value, name: str) -> float:
    a = matlab_array(value, name, complex_ok=False, char="error")
    if np.size(a) != 1:
        raise CompatTypeError(f"imlincomb: {name} must be a real numeric scalar.")
    return float(np.asarray(a).reshape(()))


def _binary(op: str, function: str, X, Y, out_class=None):
    x, y, dtype = _operands(function, X, Y)
    if out_class is not None:
        dtype = _class_dtype(out_class, function)
    return core.combine(op, x, y, dtype)


@matlab_function("imadd")
def imadd(X, Y, out_class=None):
    """Add two images or an image and a constant, as MATLAB's ``imadd``.

    MATLAB call forms::

        Z = imadd(X, Y)               ->  imadd(X, Y)
        Z = imadd(X, Y, out_class)    ->  imadd(X, Y, 'uint16')

    ``X + Y`` in X's class, rounded and saturated (``uint8`` 200 + 100 is 255; numpy's
    ``uint8`` addition gives 44). Y is an image of X's size and class or a double
    scalar; a logical X gives double (imadd's page; likewise imsubtract, imdivide).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imadd(np.array([10, 200], dtype=np.uint8), 100.6)
    array([111, 255], dtype=uint8)
    """
    return _binary("add", "imadd", X, Y, out_class)


@matlab_function("imsubtract")
def imsubtract(X, Y):
    """Subtract an image or a constant, as MATLAB's ``imsubtract``.

    MATLAB call form::

        Z = imsubtract(X, Y)          ->  imsubtract(X, Y)

    ``X - Y`` in X's class, rounded and saturated (negative results are 0 for
    unsigned classes, where numpy wraps around).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imsubtract(np.array([10, 200], dtype=np.uint8), 50)
    array([  0, 150], dtype=uint8)
    """
    return _binary("subtract", "imsubtract", X, Y)


@matlab_function("immultiply")
def immultiply(X, Y):
    """Multiply two images or an image by a constant, as MATLAB's ``immultiply``.

    MATLAB call form::

        Z = immultiply(X, Y)          ->  immultiply(X, 1.5)

    ``X .* Y`` in X's class, rounded and saturated. As the page states, Y may also be a
    logical array of X's size, and a logical X masks a Y of any class (the result in
    Y's class).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.immultiply(np.array([10, 200, 3], dtype=np.uint8), 1.5)
    array([ 15, 255,   5], dtype=uint8)
    """
    return _binary("multiply", "immultiply", X, Y)


@matlab_function("imdivide")
def imdivide(X, Y):
    """Divide an image by an image or a constant, as MATLAB's ``imdivide``.

    MATLAB call form::

        Z = imdivide(X, Y)            ->  imdivide(X, Y)

    ``X ./ Y`` in X's class, rounded to nearest (not truncated as numpy's integer
    division is) and saturated: ``x / 0`` is the class maximum for ``x > 0``, ``0 / 0``
    is 0 for integer classes.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imdivide(np.array([10, 200, 255, 3], dtype=np.uint8),
    ...                 np.array([4, 100, 0, 7], dtype=np.uint8))
    array([  3,   2, 255,   0], dtype=uint8)
    """
    return _binary("divide", "imdivide", X, Y)


@matlab_function("imabsdiff")
def imabsdiff(X, Y):
    """Absolute difference of two images, as MATLAB's ``imabsdiff``.

    MATLAB call form::

        Z = imabsdiff(X, Y)           ->  imabsdiff(X, Y)

    ``|X - Y|`` computed without wrap-around (numpy's ``uint8`` subtraction wraps) and
    saturated in X's class (``int8``: ``|-100 - 100|`` is 127).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imabsdiff(np.array([10, 200], dtype=np.uint8),
    ...                  np.array([100, 100], dtype=np.uint8))
    array([ 90, 100], dtype=uint8)
    """
    return _binary("absdiff", "imabsdiff", X, Y)


@matlab_function("imcomplement")
def imcomplement(I):
    """Complement of an image, as MATLAB's ``imcomplement``.

    MATLAB call form::

        J = imcomplement(I)           ->  imcomplement(I)

    ``intmax - I`` for unsigned classes, ``-1 - I`` for signed ones (``intmax + intmin
    - I``), ``1 - I`` for double and single (values outside [0, 1] included), NOT for
    logical.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imcomplement(np.array([0, 55, 255], dtype=np.uint8))
    array([255, 200,   0], dtype=uint8)
    """
    return core.complement(_image(I, "I"))
