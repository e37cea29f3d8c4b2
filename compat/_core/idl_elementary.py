"""IDL's elementary functions of real numbers (SIN ... ALOG10, ATAN of one or two
arguments) as the C library computes them, in IDL's result types.

IDL and GDL evaluate these with the C math library: a FLOAT argument with the C ``float``
routine (``sinf``, ``atan2f``, ``logf`` ...), a DOUBLE one with the ``double`` routine.
numpy's loops are other approximations (SIMD): measured on 20000 random arguments
against GDL 1.0.1 on x86-64 with AVX-512, numpy's float32 ``sin``/``cos`` differ in the
last bit for 15%, ``arcsin``/``arccos``/``arctan``/``arctan2``/``tan``/``log`` for
25-40%, ``exp``/``log10``/``sinh``/``cosh``/``tanh`` for 25-45% of the values; float64
``log10``, ``sinh``, ``cosh``, ``tanh`` for 20-30%, ``arcsin``/``arccos`` 8%, ``exp``
5%, ``tan``/``log`` 0.5% (``sin``/``cos``/``arctan2``/``sqrt`` agreed there). The C
library's routines through :mod:`compat._core.libm` give GDL's bits on every one of
those values. A leaf over libm and idl_types.
"""

from __future__ import annotations

import numpy as np

from compat._core import libm
from compat._core.errors import CompatTypeError
from compat._core.idl_array_ops import binary_operands
from compat._core.idl_types import float_type, idl_array, promote

__all__ = ["FUNCTIONS", "elementary", "atan2", "c_call"]

#: IDL name -> the C library's routine (the FLOAT one adds ``f``)
FUNCTIONS = {"SIN": "sin", "COS": "cos", "TAN": "tan", "ASIN": "asin", "ACOS": "acos",
             "ATAN": "atan", "SINH": "sinh", "COSH": "cosh", "TANH": "tanh", "EXP": "exp",
             "ALOG": "log", "ALOG10": "log10"}


def _real(value, name: str) -> np.ndarray:
    a = idl_array(value, name)
    if a.dtype.kind == "c":
        raise CompatTypeError(f"complex {name} is not supported (only real arguments); "
                              "numpy's complex functions give the values, not IDL's bits")
    return a


def _double_call(c_name: str, *args: np.ndarray) -> np.ndarray:
    """The C library's DOUBLE routine element by element (float64 of the args' shape)."""
    if c_name == "asin":
        return np.asarray(libm.c_asin(args[0]), dtype=np.float64)
    if c_name == "atan2":
        return np.asarray(libm.c_atan2(*args), dtype=np.float64)
    f = libm.c_function(c_name, len(args), double=True)
    shape = args[0].shape
    if f is not None:
        # the same C routine from libm's compiled loop (large arrays, when available)
        whole = libm._loop_call(c_name, True, *(a.astype(np.float64, copy=False).ravel()
                                                for a in args))
        if whole is not None:
            return whole.reshape(shape)
    columns = [a.astype(np.float64, copy=False).ravel().tolist() for a in args]
    if f is None:  # pragma: no cover - no C math library
        import math
        f = libm._domain_safe(getattr(math, c_name), -np.inf if "log" in c_name
                              else np.nan)
    return np.fromiter(map(f, *columns), np.float64, count=int(np.prod(shape))
                       ).reshape(shape)


def _call(c_name: str, dtype: np.dtype, *args: np.ndarray):
    if dtype == np.float32:
        out = libm.float_call(c_name + "f", *args)
    else:
        out = _double_call(c_name, *args)
    out = np.asarray(out, dtype=dtype)
    return out if out.ndim else out[()]


#: the C library's routine ``c_name`` (``"sin"`` ...; ``"sinf"`` is taken for float32)
#: of float32/float64 arrays in ``dtype``, a numpy scalar for 0-d: shared with MATLAB's
#: elementary functions (:mod:`compat._core.matlab_elementary`)
c_call = _call


def elementary(legacy: str, x):
    """IDL's ``legacy`` function (a key of :data:`FUNCTIONS`) of ``x``: FLOAT for every
    type but DOUBLE, which stays DOUBLE; a scalar for a scalar."""
    a = _real(x, "X")
    dtype = float_type(a.dtype)
    return _call(FUNCTIONS[legacy], dtype, a.astype(dtype, copy=False))


def atan2(y, x):
    """IDL's ``ATAN(Y, X)``: the C library's atan2 in the operands' IDL type (FLOAT
    unless one is DOUBLE); two arrays give the shorter one's length and shape, a
    scalar spreads."""
    ya, xa = _real(y, "Y"), _real(x, "X")
    dtype = float_type(promote(ya.dtype, xa.dtype))
    ya, xa = binary_operands(ya, xa, dtype)
    return _call("atan2", dtype, np.asarray(ya), np.asarray(xa))
