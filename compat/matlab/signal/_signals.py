"""How the signal family reads its data arguments: a vector in any orientation (a 1-D
array is a MATLAB row) or the columns of a matrix, worked on as a 2-D ``(n, channels)``
array and given back in the caller's layout."""

from __future__ import annotations


import numpy as np

from compat._core.errors import issue_warning
from compat._core.args import first_nonsingleton, is_omitted, matlab_dim
from compat._core.errors import CompatTypeError, CompatValueError, MatlabWarning
from compat._core.matlab_types import matlab_array, real_scalar as _real_scalar

__all__ = ["Columns", "coefficients", "columns", "filter_order", "finite_values",
           "float_signal", "positive_integer", "nonnegative_integer", "odd_order_increased",
           "real_scalar", "vector", "whole_and_fs"]


def vector(value, name: str, *, complex_ok: bool = True, nonempty: bool = False,
           what: str = "a vector") -> np.ndarray:
    """A vector argument (coefficients, zeros, poles, frequencies, magnitudes) as a 1-D
    float64 (complex128) array: a row, a column or 1-D; an empty array of any shape is
    an empty vector (MATLAB's ``[]``). A matrix is refused: "``name`` must be
    ``what``."."""
    a = matlab_array(value, name, complex_ok=complex_ok, to_float=True)
    if a.ndim > 2 or (a.ndim == 2 and min(a.shape) > 1):
        raise CompatValueError(f"{name} must be {what}.")
    if nonempty and a.size == 0:
        raise CompatValueError(f"{name} must not be empty.")
    return a.astype(np.complex128 if a.dtype.kind == "c" else np.float64).ravel()


def coefficients(value, name: str, *, complex_ok: bool = True,
                 nonempty: bool = False) -> np.ndarray:
    """A vector of filter coefficients (:func:`vector`; a matrix is "not a vector of
    coefficients")."""
    return vector(value, name, complex_ok=complex_ok, nonempty=nonempty,
                  what="a vector of coefficients")


def finite_values(value, name: str, *, nonempty: bool = False) -> np.ndarray:
    """Real, finite values of any shape as a flat float64 array: the band edges,
    amplitudes, weights and deviations of firpm, firls and kaiserord."""
    v = matlab_array(value, name, complex_ok=False, to_float=True).astype(np.float64).ravel()
    if nonempty and v.size == 0:
        raise CompatValueError(f"{name} must not be empty.")
    if not np.all(np.isfinite(v)):
        raise CompatValueError(f"{name} must be finite.")
    return v


def float_signal(value, name: str = "x", *, complex_ok: bool = True) -> np.ndarray:
    """A signal in floating point (logical and integer data as double)."""
    return matlab_array(value, name, complex_ok=complex_ok, to_float=True)


class Columns:
    """``x`` seen as columns along a working dimension; :meth:`back` restores the
    layout of a result with ``rows`` samples per channel."""

    def __init__(self, x: np.ndarray, axis: int):
        self.ndim = x.ndim
        self.one_d = x.ndim <= 1
        if self.one_d:
            x = x.reshape(-1, 1) if x.ndim == 1 else x.reshape(1, 1)
            axis = 0
        if axis >= x.ndim:  # a trailing singleton dimension
            x = x.reshape(x.shape + (1,) * (axis - x.ndim + 1))
        self.axis = axis
        moved = np.moveaxis(x, axis, 0)
        self.rest = moved.shape[1:]
        self.data = moved.reshape(moved.shape[0], -1)

    def back(self, Y: np.ndarray) -> np.ndarray:
        rows = Y.shape[0]
        if self.one_d:
            return Y.reshape(rows)
        out = Y.reshape((rows,) + self.rest)
        return np.moveaxis(out, 0, self.axis)


def columns(x: np.ndarray, dim=None, function: str = "") -> Columns:
    """The working dimension is ``dim`` (1-based) or the first non-singleton one; a
    1-D array is worked along its length."""
    if x.ndim <= 1:
        return Columns(x, 0)
    if is_omitted(dim):
        axis = first_nonsingleton(x.shape) - 1
    else:
        axis = matlab_dim(function, dim, x.ndim)
    return Columns(x, axis)


def _scalar(value, name):
    if isinstance(value, str) or isinstance(value, bool):
        raise CompatTypeError(f"{name} must be a numeric scalar.")
    return float(_real_scalar(value, f"{name} must be a real numeric scalar.",
                              CompatTypeError))


def real_scalar(value, name: str) -> float:
    v = _scalar(value, name)
    if not np.isfinite(v):
        raise CompatValueError(f"{name} must be finite.")
    return v


def positive_integer(value, name: str) -> int:
    v = _scalar(value, name)
    if not np.isfinite(v) or v != int(v) or v < 1:
        raise CompatValueError(f"{name} must be a positive integer, got {v:g}.")
    return int(v)


def nonnegative_integer(value, name: str) -> int:
    v = _scalar(value, name)
    if not np.isfinite(v) or v != int(v) or v < 0:
        raise CompatValueError(f"{name} must be a nonnegative integer, got {v:g}.")
    return int(v)


_ORDER = "The filter order N must be a real, positive integer scalar"


def filter_order(n, *, least: int = 1, too_low: str | None = None) -> int:
    """A filter order ``n``: a real integer scalar of at least ``least``, refused with
    MATLAB's message (``too_low``, when given, for an integer below ``least``: firpm's
    "Filter order must be 3 or more.")."""
    v = float(_real_scalar(n, f"{_ORDER}.", CompatTypeError))
    if not np.isfinite(v) or v != int(v) or (v < least and too_low is None):
        raise CompatValueError(f"{_ORDER}, got {v:g}.")
    if v < least:
        raise CompatValueError(too_low)
    return int(v)


def odd_order_increased(order: int, identifier: str) -> int:
    """``order + 1``, with MATLAB's warning (fir1, firpm): a symmetric FIR filter of odd
    order has a zero at the Nyquist frequency, so it cannot pass it. Called from a
    routine's body (the warning points at the routine's caller)."""
    issue_warning(MatlabWarning("Odd order symmetric FIR filters must have a gain of zero "
                                "at the Nyquist frequency. The order is being increased "
                                "by one.", identifier))
    return order + 1


def whole_and_fs(options) -> tuple[bool, float | None]:
    """The options after ``n`` in freqz's grammar (freqz, grpdelay, phasez): ``'whole'``
    and a sample rate ``fs`` (``[]`` skipped), as ``(whole, fs or None)``."""
    whole, fs = False, None
    for opt in options:
        if isinstance(opt, str):
            if opt.lower() != "whole":
                raise CompatValueError(f"Invalid option '{opt}': expected 'whole' or a "
                                       "sample rate fs.")
            whole = True
        elif is_omitted(opt):
            continue
        else:
            fs = float(_real_scalar(opt, "fs must be a positive scalar."))
            if not fs > 0:
                raise CompatValueError("fs must be a positive scalar.")
    return whole, fs
