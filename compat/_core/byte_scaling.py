"""IDL BYTSCL's arithmetic (:func:`compat.idl.bytscl` is its legacy layer, which checks
the arguments; IDL's function graphics scale images with it too).

Float data: ``floor((top + 0.9999) * (x - min) / (max - min))`` in float64, clipped to
``[0, top]``, values ``>= max`` giving ``top`` and ``<= min`` giving 0 (NaN 0; with /NAN
Infinity 0 and left out of the default MIN/MAX). Integer data: IDL's integer formula
``((top + 1) * (x - min) - 1) / (max - min)`` in its documented fixed-point form for
``max - min < 2^22``. See the legacy routine's docstring for the sources.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_numeric import keyword_in_type

__all__ = ["byte_scale"]


def byte_scale(a: np.ndarray, min=None, max=None, top_i: int = 255,  # noqa: A002
               nan: bool = False) -> np.ndarray:
    """BYTSCL of a real numeric array ``a`` (MIN/MAX None: the data's, as IDL takes
    them), ``top_i`` in 0..255: a BYTE array of ``a``'s shape."""
    dtype = a.dtype
    is_float = dtype.kind == "f"
    if min is None or max is None:
        if is_float:
            lo, hi = a.min(), a.max()  # fast path: no NaN (and no Inf with /NAN)
            if not (np.isfinite(lo) and np.isfinite(hi)) if nan else (np.isnan(lo)
                                                                       or np.isnan(hi)):
                good = a[np.isfinite(a)] if nan else a[~np.isnan(a)]
                if good.size == 0:
                    raise CompatValueError("Array has no valid values")
                lo, hi = good.min(), good.max()
        else:
            lo, hi = a.min(), a.max()
    # IDL: "MAX is converted to the data type of the input array"
    lo = keyword_in_type(min, "MIN", dtype) if min is not None else lo
    hi = keyword_in_type(max, "MAX", dtype) if max is not None else hi

    if is_float:
        # in the formula's order of operations, in float64:
        # floor((top + 0.9999) * (x - min) / (max - min)), then clip to [0, top]
        # (x <= min gives <= 0, x >= max gives >= top + 0.9999 - rounding, i.e. top);
        # NaN gives 0 (and Infinity with /NAN). Done on chunks of 64K elements whose
        # float64 work array stays in the CPU cache, each written straight into the
        # BYTE result: the same operations per element as on one whole-array copy.
        flat = a.reshape(-1)
        out = np.empty(flat.size, np.uint8)
        lo_f, scale, span = float(lo), top_i + 0.9999, float(hi) - float(lo)
        hi_f = float(hi)
        step = 1 << 16
        t_buf = np.empty(step if flat.size > step else flat.size, np.float64)
        with np.errstate(all="ignore"):
            for s0 in range(0, flat.size, step):
                x = flat[s0:s0 + step]
                t = t_buf[:x.size]
                np.subtract(x, lo_f, out=t, dtype=np.float64)
                t *= scale
                t /= span
                np.floor(t, out=t)
                np.clip(t, 0, top_i, out=t)
                t[np.isnan(t)] = 0.0
                # IDL: values >= MAX give TOP, values <= MIN give 0 (MIN wins when they
                # are equal), also where the formula has no value: an infinite MIN or
                # MAX (Inf / Inf) or an overflowing MAX - MIN
                t[x >= hi_f] = top_i
                t[x <= lo_f] = 0.0
                if nan:
                    t[np.isinf(x)] = 0.0
                out[s0:s0 + step] = t
        return out.reshape(a.shape)
    lo_i, hi_i = int(lo), int(hi)
    rng = hi_i - lo_i
    if a.dtype.itemsize == 8 and (abs(lo_i) >= 2 ** 62 or abs(hi_i) >= 2 ** 62
                                  or (top_i + 1) * rng >= 2 ** 62):
        # LONG64/ULONG64 data whose values or (TOP + 1) * (MAX - MIN) leave the int64
        # range: the same integer formula in exact (Python) integers
        x = a.astype(object)
    else:
        x = a.astype(np.int64)
    d = x - lo_i
    if 0 < rng < 2 ** 22:
        scale = (2 ** 22 * (top_i + 1)) // rng
        v = (d * scale - 1) >> 22
    elif rng > 0:
        v = ((top_i + 1) * d - 1) // rng
    else:
        v = np.zeros_like(d)
    v = np.where(x <= lo_i, 0, np.where(x >= hi_i, top_i, v))
    return np.clip(v, 0, top_i).astype(np.uint8)
