"""Image arithmetic in an image's own class (MATLAB's Image Processing Toolbox
``imlincomb``, ``imadd``, ``imsubtract``, ``immultiply``, ``imdivide``, ``imabsdiff``,
``imcomplement``): the arithmetic in double precision, then one conversion to the
result class -- rounded to nearest with halves away from zero and saturated at the
class limits for integer classes, NaN to 0 (:func:`compat._core.matlab_integers.convert`)
-- so ``uint8(200) + uint8(100)`` is 255 and ``uint8(3) / uint8(7)`` is 0, where numpy's
``uint8`` arithmetic wraps around and its division truncates.

The class of the result: the first image's class, except that a logical first image
takes the other operand's numeric class (double when both are logical) -- the rule
MATLAB's pages state for imadd, imsubtract, immultiply and imdivide.
"""

from __future__ import annotations

import numpy as np

from compat._core.matlab_integers import convert

__all__ = ["to_class", "linear_combination", "combine", "complement"]


def to_class(values: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """Double-precision ``values`` in the result class ``dtype`` (integer classes
    rounded half away from zero and saturated, NaN to 0; logical: nonzero)."""
    dtype = np.dtype(dtype)
    if dtype.kind in "iu":
        return convert(values, dtype)
    if dtype.kind == "b":
        return values != 0
    return values.astype(dtype)


def linear_combination(weights, images, offset: float, dtype: np.dtype) -> np.ndarray:
    """``sum(K_i * A_i) + K`` accumulated left to right in double precision, then in
    ``dtype``."""
    total = None
    for k, image in zip(weights, images):
        term = float(k) * image.astype(np.float64)
        total = term if total is None else total + term
    if offset:
        total = total + float(offset)
    return to_class(total, dtype)


def combine(op: str, x: np.ndarray, y: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """``x op y`` (``'add'``, ``'subtract'``, ``'multiply'``, ``'divide'``,
    ``'absdiff'``) in double precision, then in ``dtype``."""
    a = x.astype(np.float64)
    b = y.astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        if op == "add":
            r = a + b
        elif op == "subtract":
            r = a - b
        elif op == "multiply":
            r = a * b
        elif op == "divide":
            r = a / b
        else:
            r = np.abs(a - b)
    return to_class(r, dtype)


def complement(a: np.ndarray) -> np.ndarray:
    """The complement in ``a``'s class: ``intmax - a`` for unsigned integers, ``-1 -
    a`` (``intmax + intmin - a``) for signed ones, ``1 - a`` for floating point, NOT
    for logical."""
    if a.dtype.kind == "b":
        return ~a
    if a.dtype.kind == "u":
        return np.iinfo(a.dtype).max - a
    if a.dtype.kind == "i":
        return (-1 - a.astype(np.int64)).astype(a.dtype)
    return (1 - a).astype(a.dtype)
