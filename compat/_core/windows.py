"""Running-window machinery: N-D box sums, box means and NaN-aware counts.

Shared by the moving-window routines (IDL SMOOTH, later CONVOL's /NAN normalisation,
MATLAB movmean/movsum ...). Boundary handling uses the canonical modes of
:mod:`compat._core.boundary`.

Algorithm
---------
A box sum of odd width ``w`` along one axis is computed as IDL's SMOOTH computes it, a
running total of differences::

    s[0] = x[0] + x[1] + ... + x[w-1]            (left to right)
    s[k] = s[k-1] + (x[k+w-1] - x[k-1])          (k = 1, 2, ...)

vectorised with ``numpy.cumsum`` (an accumulate, so strictly sequential like the loop),
and the N-D box sum is that pass applied along each axis in turn (IDL's first dimension,
numpy's last axis, first). The recurrence reproduces, bit for bit, the three real-IDL
outputs published in "Beware the behavior of SMOOTH" (M. Piper, Harris/NV5 blog,
2013), e.g. ``smooth([1,1,2,3,4,1d18,4,3,2,1,1], 3)`` -> ``..., 0, -1, -1.6666667, 1``
(see tests/test_idl_smooth.py); direct summation or scipy's running mean of differences
gives other values there.

Accuracy: every pass works in float64. The error of a running total after ``L`` steps is
bounded by about ``L * eps64 * max|x|`` (eps64 = 2.2e-16) absolute; for float32 data that
is far below float32 resolution, so float32 results are the correctly rounded window mean
except in rare double-rounding ties (at most 1 float32 ulp). Counts of valid points are
sums of 0/1 values and are exact.

Non-finite values never poison a whole line (as a plain running sum would): they are
replaced by 0 before summing and counted separately, so each output depends only on its
own window.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from compat._core.accelerated_sums import window_sums_along
from compat._core.boundary import PAD_MODES, interior_slices, pad_axis

__all__ = ["running_sum", "box_sum", "box_count", "box_mean", "box_reach", "nonfinite_code",
           "apply_nonfinite", "weighted_window_sum"]


# A running total along an axis whose slices (the other axes) hold at least this many
# elements is accumulated slice by slice (one vectorised add per step) instead of by
# numpy.cumsum: the same additions in the same order, but numpy's accumulate walks a
# non-last axis element by element with a large stride, about 10x slower on a 2048x2048
# image. Below it (short slices, long axis) the Python loop would dominate.
_SLICE_LOOP_MIN = 256


def _accumulate(d: np.ndarray, axis: int) -> None:
    """In-place running total ``d[k] = d[k-1] + d[k]`` along ``axis``, sequentially.

    Bit-identical to ``np.cumsum(d, axis=axis, out=d)`` (numpy's accumulate adds the
    running total and the next element in that operand order, left to right); the loop
    over the axis is used only when each step is a large vectorised add (see
    ``_SLICE_LOOP_MIN``).
    """
    length = d.shape[axis]
    if length < 2:
        return
    if axis == d.ndim - 1 or d.size // length < _SLICE_LOOP_MIN:
        np.cumsum(d, axis=axis, out=d)
        return
    v = np.moveaxis(d, axis, 0)  # a view: writes go to d
    for k in range(1, length):  # sequential by definition of a running total
        np.add(v[k - 1], v[k], out=v[k])


def running_sum(x: np.ndarray, width: int, axis: int = -1, dtype=None,
                carry: np.ndarray | None = None, out: np.ndarray | None = None) -> np.ndarray:
    """Sums of ``width`` consecutive elements along ``axis`` ('valid' part only).

    The result has ``x.shape[axis] - width + 1`` elements along ``axis`` and dtype
    ``dtype`` (default: ``x``'s dtype; pass float64 for accurate sums). Uses the running
    total of differences described in the module docstring, computed in ``dtype``: the
    elements of ``x`` are converted on the fly (exactly, for float32 -> float64 or
    bool -> int), so no converted copy of ``x`` is made.

    ``carry`` continues a running total computed elsewhere (one block of a chunked
    array, :mod:`compat._core.lazy`): it is the previous window's sum (``x``'s shape
    with length 1 along ``axis``), and ``x`` then starts with the element that left
    the window, so the result has ``x.shape[axis] - width`` elements, bit for bit the
    ones the running total over the whole line gives there.

    ``out``: a C-contiguous array of the result's shape and dtype to write into (a
    caller's reused buffer); the result is then ``out``.
    """
    width = int(width)
    axis = axis % x.ndim
    length = x.shape[axis]
    extra = 0 if carry is None else 1
    if width < 1 or width + extra > length:
        raise ValueError(f"window width {width} must be in 1..{length - extra}")
    n_out = length - width + 1 - extra
    dt = x.dtype if dtype is None else np.dtype(dtype)
    if dt == np.float64 and (carry is None or carry.dtype == np.float64):
        # compat[fast]: the same recurrence
        fast = window_sums_along(x, width, axis, carry=carry, out=out)
        if fast is not None:
            return fast

    def along(start, stop):
        index = [slice(None)] * x.ndim
        index[axis] = slice(start, stop)
        return tuple(index)

    shape = list(x.shape)
    shape[axis] = n_out
    if out is None:
        d = np.empty(shape, dtype=dt)
    elif list(out.shape) != shape or out.dtype != dt or not out.flags.c_contiguous:
        raise ValueError("out must be a C-contiguous array of the result's shape and dtype")
    else:
        d = out
    if carry is not None:
        # the steps of the whole line's running total: carry + (x[k+w] - x[k]), ...
        np.subtract(x[along(width, None)], x[along(0, n_out)], out=d, dtype=dt)
        first = d[along(0, 1)]
        np.add(carry, first, out=first)
        _accumulate(d, axis)
        return d
    first = d[along(0, 1)]
    first[...] = x[along(0, 1)]
    for j in range(1, width):  # sequential, left to right
        np.add(first, x[along(j, j + 1)], out=first, dtype=dt)
    if n_out > 1:
        np.subtract(x[along(width, None)], x[along(0, length - width)],
                    out=d[along(1, None)], dtype=dt)
        _accumulate(d, axis)
    return d


def _axis_order(ndim: int) -> range:
    # IDL's first dimension (numpy's last axis) first.
    return range(ndim - 1, -1, -1)


def _pad_first(out: np.ndarray, axis: int, half: int, mode: str, fill: float,
               dt: np.dtype) -> np.ndarray:
    """Pad ``out`` along ``axis``; in its own dtype when that represents ``fill`` exactly
    (padding commutes with the exact conversion to ``dt``), else after converting."""
    if out.dtype != dt and mode == "constant":
        with np.errstate(invalid="ignore", over="ignore"):
            same = np.asarray(fill, dtype=out.dtype)
        if not (same == fill or (np.isnan(same) and np.isnan(fill))):
            out = out.astype(dt)
    return pad_axis(out, axis, half, mode=mode, cval=fill)


def box_sum(a: np.ndarray, widths: Sequence[int], *, mode: str = "valid",
            cval: float = 0.0, dtype=None) -> np.ndarray:
    """N-D box sums with odd ``widths`` (one per axis; 1 = no summing on that axis).

    ``mode="valid"`` (or ``"copy"``) returns only the points whose whole box lies inside
    (shape ``n - w + 1`` per axis); a padding mode (``"nearest"``, ``"reflect"``,
    ``"mirror"``, ``"wrap"``, ``"constant"`` with ``cval``) returns the full shape.
    The sums have dtype ``dtype`` (default ``a``'s dtype; pass float64 or give float64
    data): ``a`` must convert to it exactly (float32 -> float64, bool -> integer), and is
    converted on the fly by the first pass rather than copied.
    """
    if len(widths) != a.ndim:
        raise ValueError("one width per axis is required")
    if any(int(w) % 2 == 0 or int(w) < 1 for w in widths):
        raise ValueError("box widths must be odd and positive")
    dt = a.dtype if dtype is None else np.dtype(dtype)
    out = a
    summed = 1  # points already summed into each element by earlier passes
    for axis in _axis_order(a.ndim):
        w = int(widths[axis])
        if w == 1:
            continue
        if mode in PAD_MODES:
            # a point outside along this axis stands for a box of earlier-axis points
            # that are all outside too: its value is cval times their number
            out = _pad_first(out, axis, w // 2, mode, cval * summed, dt)
        elif mode not in ("valid", "copy"):
            raise ValueError(f"box_sum does not support mode {mode!r}")
        out = running_sum(out, w, axis, dtype=dt)
        summed *= w
    if out is a:
        out = a.astype(dt, copy=True)
    return out


def _count_dtype(widths: Sequence[int]) -> np.dtype:
    # a count is at most the box size; int32 sums of 0/1 are exact below 2**31
    return np.dtype(np.int32 if int(np.prod([int(w) for w in widths])) < 2**31
                    else np.int64)


def _box_count_int(valid: np.ndarray, widths: Sequence[int], *, mode: str = "valid",
                   pad_valid: bool = True) -> np.ndarray:
    """:func:`box_count` as exact integers (int32, or int64 for huge boxes)."""
    m = np.asarray(valid, dtype=bool)
    dt = _count_dtype(widths)
    if mode == "shrink":
        return box_sum(m, widths, mode="constant", cval=0.0, dtype=dt)
    return box_sum(m, widths, mode=mode, cval=1.0 if pad_valid else 0.0, dtype=dt)


def box_count(valid: np.ndarray, widths: Sequence[int], *, mode: str = "valid",
              pad_valid: bool = True) -> np.ndarray:
    """Number of ``True`` points of ``valid`` in each box, as float64 (exact integers).

    ``pad_valid`` says whether points synthesised by a ``"constant"`` mode count as
    valid (a finite fill value does; a NaN fill or MATLAB's ``"shrink"`` does not).
    For ``"nearest"``/``"reflect"``/``"mirror"``/``"wrap"`` the padding copies the mask.
    The counts are summed as integers (exact) and converted.
    """
    return _box_count_int(valid, widths, mode=mode, pad_valid=pad_valid).astype(np.float64)


def box_mean(a: np.ndarray, widths: Sequence[int], *, mode: str = "valid",
             cval: float = 0.0, omit_nonfinite: bool = False,
             empty=np.nan) -> np.ndarray:
    """Mean over N-D boxes of odd ``widths``, in float64, for real ``a``.

    Parameters
    ----------
    a : ndarray, real
    widths : one odd width per axis
    mode : canonical boundary mode: ``"valid"``/``"copy"`` (interior only), a padding
        mode (full shape), or ``"shrink"`` (full shape, mean over the points that exist).
    cval : fill value for ``mode="constant"``.
    omit_nonfinite : if False, each mean follows IEEE arithmetic over its own box (NaN if
        the box holds a NaN or both infinities, +-Inf if it holds infinities of one
        sign); if True, NaN and +-Inf are ignored and the mean is over the finite points
        (IDL's /NAN), ``empty`` where a box has none.
    empty : value for boxes with no finite point (``omit_nonfinite=True``).

    float32 data are not copied to float64: the sums convert them exactly on the fly, so
    the result is the same as for ``a.astype(float64)``.
    """
    x = np.asarray(a)
    if x.dtype not in (np.float32, np.float64):
        x = x.astype(np.float64)
    f64 = np.dtype(np.float64)
    widths = [int(w) for w in widths]
    finite = np.isfinite(x)
    all_finite = bool(finite.all())
    sum_mode, sum_cval = (("constant", 0.0) if mode == "shrink" else (mode, cval))
    fill_is_finite = bool(np.isfinite(sum_cval))

    if all_finite and mode != "shrink" and (fill_is_finite or sum_mode != "constant"):
        total = box_sum(x, widths, mode=sum_mode, cval=sum_cval, dtype=f64)
        np.divide(total, float(np.prod(widths)), out=total)
        return total

    z = np.where(finite, x, x.dtype.type(0)) if not all_finite else x
    total = box_sum(z, widths, mode=sum_mode, cval=sum_cval if fill_is_finite else 0.0,
                    dtype=f64)
    del z
    pad_valid = fill_is_finite and mode != "shrink"
    if omit_nonfinite:
        count = _box_count_int(finite, widths, mode=mode, pad_valid=pad_valid)
        with np.errstate(invalid="ignore", divide="ignore"):
            np.divide(total, count, out=total)  # exact int -> float64 conversion
        mean = total
        mean[count == 0] = empty
        return mean

    if mode == "shrink":
        count = _box_count_int(np.ones(x.shape, bool), widths, mode="shrink")
    else:
        count = float(np.prod(widths))
    with np.errstate(invalid="ignore", divide="ignore"):
        np.divide(total, count, out=total)
    mean = total
    if not all_finite:
        apply_nonfinite(mean, box_reach(nonfinite_code(x), widths, mode=mode))
    if sum_mode == "constant" and not fill_is_finite:
        # a NaN fill value: every box reaching outside is NaN
        half = [w // 2 for w in widths]
        inside = np.zeros(x.shape, bool)
        inside[interior_slices(x.shape, half)] = True
        mean[~inside] = sum_cval
    return mean


def nonfinite_code(x: np.ndarray) -> np.ndarray:
    """uint8 code of the non-finite values of ``x``: bit 0 NaN, bit 1 +Inf, bit 2 -Inf."""
    code = np.isnan(x).view(np.uint8).copy()
    if np.isinf(x).any():
        code |= (x == np.inf).view(np.uint8) << 1
        code |= (x == -np.inf).view(np.uint8) << 2
    return code


def apply_nonfinite(mean: np.ndarray, reach: np.ndarray) -> None:
    """IEEE's mean of a box holding non-finite values, from the OR of their codes
    (:func:`box_reach`): +-Inf for infinities of one sign, NaN for a NaN or both."""
    top = reach.max(initial=0)
    if top == 0:
        return
    if top == 1:   # NaN only, the common case
        np.copyto(mean, np.nan, where=reach.view(bool))
        return
    # code -> IEEE mean: NaN (1) or both infinities (6) give NaN, one infinity its sign
    np.copyto(mean, _NONFINITE_MEAN.astype(mean.dtype)[reach], where=reach != 0)


#: the mean of a box by the OR of its non-finite codes (index 0 is never used)
_NONFINITE_MEAN = np.array([0.0, np.nan, np.inf, np.nan, -np.inf, np.nan, np.nan, np.nan])


def box_reach(code: np.ndarray, widths: Sequence[int], *, mode: str = "valid") -> np.ndarray:
    """The bitwise OR of ``code`` (uint8) over every box of odd ``widths``, in the shape
    :func:`box_sum` gives for ``mode``: which kinds of value each box holds.

    Boxes that reach past the edge hold only points of the array for every padding mode
    but ``"wrap"`` (copied and mirrored edges repeat points already inside the box, a
    constant fill is finite or handled by the caller), so the OR runs over the box
    clipped to the array, or wrapped around for ``"wrap"``. Exact (no arithmetic), and
    ``O(log w)`` passes per axis: the OR of a window of length ``L`` is the OR of two
    overlapping windows of the largest power of two ``c <= L``, each built by doubling.
    This is ``box_sum(code != 0, ...) > 0`` per bit, at a fraction of the cost.
    """
    out = np.asarray(code, dtype=np.uint8)
    for axis in _axis_order(out.ndim):
        w = int(widths[axis])
        if w > 1:
            out = _reach_axis(out, axis, w // 2, wrap=mode == "wrap")
    if mode in ("valid", "copy"):
        out = out[interior_slices(out.shape, [int(w) // 2 for w in widths])]
    return np.ascontiguousarray(out)


def _reach_axis(m: np.ndarray, axis: int, h: int, wrap: bool) -> np.ndarray:
    n = m.shape[axis]
    if not m.any():
        return m.copy()
    length = 2 * h + 1
    pad = [(0, 0)] * m.ndim
    pad[axis] = (h, h)
    p = np.pad(m, pad, mode="wrap") if wrap and n > 0 else np.pad(m, pad)

    def along(start, stop):
        index = [slice(None)] * m.ndim
        index[axis] = slice(start, stop)
        return tuple(index)

    g = p  # g[i] = OR of p[i : i + cover]
    cover = 1
    while cover * 2 <= length:
        g = g[along(0, g.shape[axis] - cover)] | g[along(cover, None)]
        cover *= 2
    # window [i, i + length) = [i, i + cover) | [i + length - cover, i + length)
    return g[along(0, n)] | g[along(length - cover, length - cover + n)]


# dtypes whose every value is exactly a C double (read as such by scipy.ndimage)
_EXACT_IN_DOUBLE = tuple(np.dtype(t) for t in (np.float32, np.float64, np.uint8, np.int8,
                                               np.int16, np.uint16, np.int32, np.uint32))


def weighted_window_sum(p: np.ndarray, weights: np.ndarray, *, dtype=np.float64,
                        out: np.ndarray | None = None) -> np.ndarray:
    """Weighted sums over every full window of a (padded) array: a 'valid' correlation.

    ``out[t] = sum_j weights[j] * p[t + j]`` for every multi-index ``t`` with the whole
    window inside ``p`` (``out.shape = p.shape - weights.shape + 1``), computed by
    shift-and-add in ``dtype``: one vectorised multiply-add per kernel element, in the
    kernel's C order. Every product is formed, zero weights included, so IEEE rules hold
    per window (``0 * Inf`` is NaN; a NaN spoils only the windows that contain it).

    float64 sums of windows that hold no zero weight next to a non-finite value are
    delegated to ``scipy.ndimage.correlate`` (the same products, summed in float64 in
    another order). Integer ``dtype`` (``int64``/``uint64``) gives exact modular (wrap-around) arithmetic,
    the behaviour of a C accumulator of that width. Floating ``dtype`` sums in that
    precision; the error of one output is at most about ``n_w * eps * sum_j |w_j p_j|``
    for ``n_w`` weights (float64: eps = 2.2e-16).
    """
    weights = np.asarray(weights)
    if weights.ndim != p.ndim:
        raise ValueError("weights must have one axis per axis of p")
    shape = tuple(n - m + 1 for n, m in zip(p.shape, weights.shape))
    if any(n < 1 for n in shape):
        raise ValueError("window larger than the array")
    w = weights.astype(dtype, copy=False)
    if np.dtype(dtype) == np.float64 and out is None and bool(np.isfinite(w).all()) and (
            bool(np.all(w != 0)) or p.dtype.kind in "biu" or bool(np.isfinite(p).all())):
        # Same products, summed in float64 by scipy's C loop (faster). scipy leaves out
        # zero weights, which only matters when a zero weight meets an Inf or NaN
        # (0 * Inf = NaN), and it mishandles non-finite weights: those cases stay on the shift-and-add path below.
        # scipy reads each element as a C double, so data whose dtype converts exactly
        # (float32, bool as uint8, integers up to 32 bits) are passed without a float64
        # copy, and the sums are written straight into a float64 output.
        from scipy import ndimage
        if p.dtype == np.bool_:
            src = p.view(np.uint8)
        elif p.dtype in _EXACT_IN_DOUBLE:
            src = p
        else:
            src = p.astype(np.float64)
        full = np.empty(p.shape, np.float64)
        ndimage.correlate(src, w, output=full, mode="constant", cval=0.0)
        # the interior view (not copied: callers only read it or update it in place)
        return full[tuple(slice(m // 2, m // 2 + n) for m, n in zip(weights.shape, shape))]
    src = p.astype(dtype, copy=False)
    if out is None:
        out = np.zeros(shape, dtype=dtype)
    else:
        out[...] = 0
    tmp = np.empty(shape, dtype=dtype)
    with np.errstate(over="ignore", invalid="ignore"):
        for j in np.ndindex(*weights.shape):
            view = src[tuple(slice(k, k + n) for k, n in zip(j, shape))]
            np.multiply(view, w[j], out=tmp)
            out += tmp
    return out
