"""IDL's sampling and interpolation rules, shared by INTERPOLATE, CONGRID, REBIN,
INTERPOL, SPLINE, SPL_INIT and SPL_INTERP.

Every function here takes and returns numpy arrays in ``scipy.io.readsav`` layout
(numpy shape = IDL dimensions reversed) and applies the rule it is named for; the public
modules ``compat/idl/<name>.py`` validate arguments and document the behaviour.

Arithmetic policy: where the IDL routine is a library ``.pro`` file whose arithmetic is
single precision (INTERPOL's regular grid, CONGRID's coordinates), the same float32
operations are done in the same order, so the results agree bit for bit; where IDL
documents double-precision internals (INTERPOLATE: "the actual interpolation is always
done using double-precision arithmetic") the work is done in float64 and rounded once to
the result type.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy.linalg import solve_banded

from compat._core.idl_arrays import idl_convert

__all__ = ["to_type", "interpolate_core",
           "interpolate_grid2_linear", "rebin_core",
           "value_locate", "nr_bisect", "spl_init_core", "spl_interp_core",
           "tension_spline_core", "cubic_kernel"]


# --------------------------------------------------------------------------------------
# result types
# --------------------------------------------------------------------------------------


def to_type(values, dtype) -> np.ndarray:
    """Store float64/complex128 work values in an IDL result type (truncating for ints)."""
    dtype = np.dtype(dtype)
    if dtype.kind in "fc":
        return np.asarray(values).astype(dtype)
    return idl_convert(np.asarray(values), dtype)


# --------------------------------------------------------------------------------------
# INTERPOLATE
# --------------------------------------------------------------------------------------

def cubic_kernel(d, a):
    """Weights of the 4 neighbours ix-1, ix, ix+1, ix+2 for fraction ``d`` = x - ix.

    IDL's cubic convolution kernel (IDL Reference Guide, INTERPOLATE, CUBIC; Park and
    Schowengerdt 1983): r(t) = (a+2)|t|^3 - (a+3)|t|^2 + 1 for |t| < 1,
    a|t|^3 - 5a|t|^2 + 8a|t| - 4a for 1 <= |t| < 2, 0 beyond.
    """
    def inner(t):
        return ((a + 2) * t - (a + 3)) * t * t + 1

    def outer(t):
        return ((a * t - 5 * a) * t + 8 * a) * t - 4 * a

    return outer(1 + d), inner(d), inner(1 - d), outer(2 - d)


def _axis_linear(c, n, missing_rule):
    """Indices and weights of linear interpolation along one axis.

    ``missing_rule``: None (clamp to the edges), "halfopen" (valid 0 <= x < n, IDL's 1-D
    rule) or "closed" (valid 0 <= x <= n-1, IDL's 2-D/3-D rule).
    Returns (i0, i1, w0, w1, valid) with valid None when nothing is missing.
    """
    with np.errstate(invalid="ignore"):
        if n == 1:
            z = np.zeros(c.shape, np.intp)
            valid = None
            if missing_rule == "halfopen":
                valid = (c >= 0) & (c < 1)
            elif missing_rule == "closed":
                valid = c == 0
            return z, z, np.ones(c.shape), np.zeros(c.shape), valid
        low = c < 0
        high = ~(c < n - 1)           # NaN counts as beyond the last element
        inside = ~low & ~high
        i0 = np.where(inside, np.floor(np.where(inside, c, 0)), 0).astype(np.intp)
        i0 = np.where(high, n - 1, i0)
        i1 = np.where(inside, i0 + 1, i0)
        frac = np.where(inside, c - i0, 0.0)
        valid = None
        if missing_rule == "halfopen":
            valid = (c >= 0) & (c < n)
        elif missing_rule == "closed":
            valid = (c >= 0) & (c <= n - 1)
    return i0, i1, 1.0 - frac, frac, valid


def _axis_cubic(c, n, a, missing_rule):
    """Indices (4) and weights (4) of cubic convolution along one axis; neighbours beyond
    the edge take the edge value, locations are clamped to [0, n-1]."""
    with np.errstate(invalid="ignore"):
        valid = None
        if missing_rule == "halfopen":
            valid = (c >= 0) & (c < n)
        elif missing_rule == "closed":
            valid = (c >= 0) & (c <= n - 1)
        cc = np.where(c < 0, 0.0, c)
        cc = np.where(~(cc < n - 1), n - 1.0, cc)  # NaN -> last element
        ix = np.floor(cc).astype(np.intp)
        d = cc - ix
    idx = [np.clip(ix + k, 0, n - 1) for k in (-1, 0, 1, 2)]
    return idx, list(cubic_kernel(d, a)), valid


def _axis_order(coords, sizes) -> list[int]:
    """Separable pass order: the coordinate that shrinks the data most first (stable).

    Decided once for the whole grid, so a thread split never changes the rounding.
    """
    return sorted(range(len(coords)), key=lambda k: coords[k].size / sizes[k])


def _threads() -> int:
    return min(os.cpu_count() or 1, 8)


def interpolate_grid2_linear(p: np.ndarray, cx: np.ndarray, cy: np.ndarray,
                             dtype) -> np.ndarray:
    """``to_type(interpolate_core(p, [cx, cy], grid=True, cubic=None, missing=None),
    dtype)`` for a real 2-D ``p`` and a float ``dtype``, bit for bit, faster.

    The same separable passes in the same order with the same float64 operations
    (``t0*w0``, then ``+= t1*w1``, axis order as interpolate_core chooses), done for
    blocks of output rows whose float64 work arrays stay in the CPU cache, each block
    rounded straight into the preallocated result (no whole-image float64 temporaries).
    Every output row depends only on its own input rows, so blocking changes nothing.
    Python loop over row blocks (a few dozen per image), split across threads: numpy's
    take and ufuncs release the GIL.
    """
    ny, nx = p.shape
    i0x, i1x, w0x, w1x, _ = _axis_linear(cx.reshape(-1), nx, None)
    i0y, i1y, w0y, w1y, _ = _axis_linear(cy.reshape(-1), ny, None)
    out = np.empty((i0y.size, i0x.size), dtype)
    w0y, w1y = w0y[:, None], w1y[:, None]

    def rows(start, stop, x_first):
        ya, yb, wa, wb = i0y[start:stop], i1y[start:stop], w0y[start:stop], w1y[start:stop]
        if x_first:
            # the X pass of every input row the block uses, once (an enlarging grid uses
            # each input row for several output rows): the same float64 operations
            used, where = np.unique(np.concatenate([ya, yb]), return_inverse=True)
            r = p[used]
            x = np.multiply(np.take(r, i0x, axis=1), w0x, dtype=np.float64)
            x += np.multiply(np.take(r, i1x, axis=1), w1x, dtype=np.float64)
            res = np.multiply(x[where[:ya.size]], wa)
            res += np.multiply(x[where[ya.size:]], wb)
        else:
            a = np.multiply(p[ya], wa, dtype=np.float64)
            a += np.multiply(p[yb], wb, dtype=np.float64)
            res = np.multiply(np.take(a, i0x, axis=1), w0x)
            res += np.multiply(np.take(a, i1x, axis=1), w1x)
        out[start:stop] = res.astype(dtype, copy=False)

    # interpolate_core's axis order: sorted((X, Y), key=output/input length), stable,
    # decided for the whole grid so that the result never depends on the thread count
    x_first = not (cy.size / ny < cx.size / nx)

    def run(bounds):
        start, stop = bounds
        step = max(1, 32768 // max(nx, out.shape[1]))   # ~256 KiB float64 per block
        for s in range(start, stop, step):
            rows(s, min(s + step, stop), x_first)

    # row spans for the threads (any split gives the same result: rows are independent)
    nrow = out.shape[0]
    t = _threads()
    if t > 1 and nrow >= 2 * t and cx.size * cy.size >= 250_000:
        sizes = [part.size for part in np.array_split(np.arange(nrow), t)]
    else:
        sizes = [nrow]
    edges = np.concatenate(([0], np.cumsum(sizes)))
    spans = list(zip(edges[:-1].tolist(), edges[1:].tolist()))
    if len(spans) == 1:
        run(spans[0])
    else:
        with ThreadPoolExecutor(len(spans)) as pool:
            list(pool.map(run, spans))
    return out


def interpolate_core(p: np.ndarray, coords, *, grid: bool, cubic, missing,
                     _split: bool = True, _order=None):
    """IDL INTERPOLATE of ``p`` at float64 coordinate arrays ``coords`` (X, Y, Z).

    The coordinates apply to p's first ``len(coords)`` numpy axes (IDL's rightmost
    dimensions), X to numpy axis M-1. Returns the float64 (or complex128) values.
    """
    m = len(coords)
    work = np.complex128 if p.dtype.kind == "c" else np.float64
    lead = p.shape[:m]              # numpy axes interpolated (reversed X, Y, Z order)
    rest = p.shape[m:]
    sizes = lead[::-1]              # sizes[k] is the length along coordinate k
    rule = None if missing is None else ("halfopen" if m == 1 else "closed")
    if cubic is not None and any(n < 3 for n in sizes):
        cubic = None                # too short for 4 neighbours: linear (as GDL)

    def axis_terms(c, n):
        if cubic is None:
            i0, i1, w0, w1, valid = _axis_linear(c, n, rule)
            return [i0, i1], [w0, w1], valid
        return _axis_cubic(c, n, cubic, rule)

    if _split and grid and m > 1 and _threads() > 1 and coords[m - 1].size >= 2 * _threads() and \
            np.prod([c.size for c in coords]) * max(1, int(np.prod(rest))) >= 250_000:
        # large grids: split the outermost coordinate (numpy axis 0) across threads;
        # numpy's take and ufuncs release the GIL, so the chunks run in parallel and
        # each computes exactly what the whole call would
        parts = np.array_split(coords[m - 1], _threads())
        with ThreadPoolExecutor(len(parts)) as pool:
            chunks = list(pool.map(lambda c: interpolate_core(
                p, coords[:m - 1] + [c], grid=True, cubic=cubic, missing=missing,
                _split=False, _order=_axis_order(coords, sizes)), parts))
        return np.concatenate(chunks, axis=0)

    if grid and m > 1:
        # separable: one numpy axis at a time (X is numpy axis m-1). The axis that
        # shrinks the data most goes first, and the first gather reads the input's own
        # type, so a large image is never converted to float64 as a whole.
        out = p
        valid_all = None
        for k in _order or _axis_order(coords, sizes):
            c = coords[k]
            axis = m - 1 - k
            idx, wts, valid = axis_terms(c.reshape(-1), sizes[k])
            shape = [1] * out.ndim
            shape[axis] = -1
            acc = tmp = None
            for i, w in zip(idx, wts):
                term = np.take(out, i, axis=axis)
                w = w.reshape(shape)
                if acc is None:
                    acc = np.multiply(term, w, dtype=work)
                    tmp = np.empty_like(acc)
                else:
                    np.multiply(term, w, out=tmp, dtype=work)
                    acc += tmp
            out = acc
            if valid is not None:
                vshape = [1] * m
                vshape[axis] = -1
                v = valid.reshape(vshape)
                valid_all = v if valid_all is None else valid_all & v
        if valid_all is not None:
            mask = valid_all.reshape(valid_all.shape + (1,) * len(rest))
            out = np.where(mask, out, missing)
        return out

    shape = coords[0].shape
    flat = [c.reshape(-1) for c in coords]
    strides = [int(np.prod(lead[m - k:])) for k in range(m)]  # numpy C-order strides
    p2 = p.reshape((-1,) + rest).astype(work, copy=False)
    terms = [axis_terms(c, n) for c, n in zip(flat, sizes)]
    out = None
    combos = [[]]
    for idx, wts, _ in terms:
        combos = [c + [(i, w)] for c in combos for i, w in zip(idx, wts)]
    for combo in combos:
        index = 0
        weight = 1.0
        for (i, w), stride in zip(combo, strides):
            index = index + i * stride
            weight = weight * w
        term = p2[index] * weight.reshape((-1,) + (1,) * len(rest))
        out = term if out is None else out + term
    valids = [t[2] for t in terms if t[2] is not None]
    if valids:
        valid = np.logical_and.reduce(valids)
        out = np.where(valid.reshape((-1,) + (1,) * len(rest)), out, missing)
    return out.reshape(shape + rest)


# --------------------------------------------------------------------------------------
# REBIN
# --------------------------------------------------------------------------------------

def _trunc_div(num: np.ndarray, den: int) -> np.ndarray:
    """Integer division truncated toward zero (C and IDL integer division)."""
    q = np.abs(num) // den
    return np.where(num < 0, -q, q)


def rebin_core(a: np.ndarray, new_shape, sample: bool) -> np.ndarray:
    """IDL REBIN of ``a`` (already rank-padded to len(new_shape)) to ``new_shape``.

    One dimension at a time (the IDL reference: "the expansion or compression of each
    dimension is independent of the others"): compressions, then expansions, each in IDL
    dimension order (GDL 1.0.1's order, found by experiment; it matters only for the
    per-step truncation of integer types). Floats work in float64 and are rounded once;
    their block means over several dimensions are one float64 sum and one division.
    """
    integer = a.dtype.kind in "iu"
    if integer:
        work = a.astype(np.uint64 if a.dtype == np.uint64 else np.int64)
    else:
        work = a  # never written to: every step below returns a new array
    ndim = a.ndim
    order_shrink = [ax for ax in reversed(range(ndim)) if new_shape[ax] < a.shape[ax]]
    order_expand = [ax for ax in reversed(range(ndim)) if new_shape[ax] > a.shape[ax]]
    if order_shrink and not integer and not sample:
        # float block means: all shrinking dimensions in one float64 sum (one division)
        shp, axes = [], []
        for ax in range(ndim):
            if ax in order_shrink:
                m = new_shape[ax]
                shp += [m, work.shape[ax] // m]
                axes.append(len(shp) - 1)
            else:
                shp.append(work.shape[ax])
        factor = int(np.prod([shp[k] for k in axes]))
        work = work.reshape(shp).sum(axis=tuple(axes), dtype=np.float64)
        work /= factor
        order_shrink = []
    for ax in order_shrink:
        n, m = work.shape[ax], new_shape[ax]
        f = n // m
        if sample:
            work = np.take(work, np.arange(m) * f, axis=ax)
            continue
        shp = work.shape[:ax] + (m, f) + work.shape[ax + 1:]
        total = work.reshape(shp).sum(axis=ax + 1, dtype=None if integer else np.float64)
        work = _trunc_div(total, f) if integer else total / f
    for ax in order_expand:
        n, m = work.shape[ax], new_shape[ax]
        f = m // n
        if sample:
            work = np.repeat(work, f, axis=ax)
            continue
        if integer:
            nxt = np.take(work, np.minimum(np.arange(n) + 1, n - 1), axis=ax)
            first = np.expand_dims(work, ax + 1)
            second = np.expand_dims(nxt, ax + 1)
            pos = np.arange(f).reshape((1,) * (ax + 1) + (f,) + (1,) * (ndim - ax - 1))
            signed = a.dtype != np.uint64
            fi = first.astype(np.int64) if signed else first
            se = second.astype(np.int64) if signed else second
            if signed:
                vals = _trunc_div(fi * (f - pos) + se * pos, f)
            else:
                vals = (fi * (f - pos).astype(np.uint64) + se * pos.astype(np.uint64)) // \
                    np.uint64(f)
            work = vals.reshape(work.shape[:ax] + (m,) + work.shape[ax + 1:])
            continue
        # floats: phase p of every interval is first + (p/f)*(second - first); the last
        # expansion writes straight into the result type (one rounding, no float64
        # copy of the largest array)
        work = work.astype(np.float64, copy=False)
        last = ax == order_expand[-1]
        out = np.empty(work.shape[:ax] + (n, f) + work.shape[ax + 1:],
                       a.dtype if last else np.float64)
        step = np.take(work, np.minimum(np.arange(n) + 1, n - 1), axis=ax)
        step -= work
        tmp = np.empty_like(work)
        index = [slice(None)] * out.ndim
        for p in range(f):
            index[ax + 1] = p
            if p == 0:
                out[tuple(index)] = work
            else:
                np.multiply(step, p / f, out=tmp)
                np.add(work, tmp, out=out[tuple(index)], casting="unsafe")
        work = out.reshape(work.shape[:ax] + (m,) + work.shape[ax + 1:])
    out = work.astype(a.dtype, copy=False)
    return out.copy() if out is a else out


# --------------------------------------------------------------------------------------
# INTERPOL helpers: VALUE_LOCATE, splines
# --------------------------------------------------------------------------------------

def value_locate(x: np.ndarray, v: np.ndarray) -> np.ndarray:
    """IDL VALUE_LOCATE for a monotonic vector ``x`` (increasing when x[-1] >= x[0]):
    i with x[i] <= v < x[i+1] (increasing) or x[i+1] <= v < x[i] (decreasing, IDL's
    VALUE_LOCATE page: a value equal to x[i+1] is in interval i); -1 before the first
    interval, n-1 after the last."""
    n = x.size
    increasing = x[-1] >= x[0]
    xs = x if increasing else x[::-1]
    # decreasing: n - 1 - (number of elements <= v), i.e. (number of elements > v) - 1
    side = "right"
    v = np.asarray(v)
    if v.ndim == 1 and v.size >= 65536 and v.size >= 8 * n and np.any(v[1:] < v[:-1]):
        # many unsorted queries: binary searches of sorted queries walk memory in
        # order (cache-friendly); sorting first is faster overall (same result)
        order = np.argsort(v)
        found = np.empty(v.size, np.intp)
        found[order] = np.searchsorted(xs, v[order], side=side)
    else:
        found = np.searchsorted(xs, v, side=side)
    return found - 1 if increasing else n - 1 - found


def nr_bisect(xa: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Interval ``klo`` found by the bisection of Numerical Recipes' SPLINT (which
    IDL's SPL_INTERP follows): klo=0, khi=n-1; while khi-klo > 1: k=(khi+klo)//2;
    if xa[k] > x: khi=k else klo=k. Vectorised over x: log2(n) numpy passes."""
    n = xa.size
    klo = np.zeros(x.shape, np.intp)
    khi = np.full(x.shape, n - 1, np.intp)
    while True:
        active = khi - klo > 1
        if not np.any(active):
            return klo
        k = (khi + klo) >> 1
        right = xa[k] > x
        khi = np.where(active & right, k, khi)
        klo = np.where(active & ~right, k, klo)


def spl_init_core(x: np.ndarray, y: np.ndarray, yp0=None, ypn=None) -> np.ndarray:
    """Second derivatives of the cubic spline through (x, y) (Numerical Recipes SPLINE):
    natural end conditions unless the first derivatives ``yp0``/``ypn`` are given.

    The tridiagonal system is solved with LAPACK's banded solver (O(n), in C) instead of
    NR's element-by-element recurrence: the same system, rounding in a different order.
    """
    n = x.size
    work = np.complex128 if y.dtype.kind == "c" else np.float64
    x = x.astype(np.float64)
    y = y.astype(work)
    h = np.diff(x)
    slope = np.diff(y) / h
    ab = np.zeros((3, n))
    rhs = np.zeros(n, work)
    ab[1, 1:-1] = (h[:-1] + h[1:]) / 3.0
    ab[0, 2:] = h[1:] / 6.0
    ab[2, :-2] = h[:-1] / 6.0
    rhs[1:-1] = slope[1:] - slope[:-1]
    if yp0 is None:
        ab[1, 0] = 1.0
    else:
        ab[1, 0] = h[0] / 3.0
        ab[0, 1] = h[0] / 6.0
        rhs[0] = slope[0] - yp0
    if ypn is None:
        ab[1, -1] = 1.0
    else:
        ab[1, -1] = h[-1] / 3.0
        ab[2, -2] = h[-1] / 6.0
        rhs[-1] = ypn - slope[-1]
    return solve_banded((1, 1), ab, rhs)


def spl_interp_core(xa, ya, y2a, x):
    """Numerical Recipes SPLINT at x (any shape), extrapolating with the end cubics."""
    klo = nr_bisect(xa, x)
    khi = klo + 1
    h = xa[khi] - xa[klo]
    a = (xa[khi] - x) / h
    b = (x - xa[klo]) / h
    return a * ya[klo] + b * ya[khi] + ((a ** 3 - a) * y2a[klo] +
                                        (b ** 3 - b) * y2a[khi]) * (h * h) / 6.0


def tension_spline_core(x, y, t, sigma) -> np.ndarray:
    """IDL SPLINE (Cline's spline under tension, as IDL's spline.pro computes it), in
    float64: end slopes from the 3-point parabolas at each end, tension ``sigma``
    scaled by the mean spacing, interval search as IDL's (which assumes T increasing).

    IDL's tridiagonal recurrence is solved as the banded system it is. Its last row
    uses the diagonal term of the *first* interval (IDL 6.0-8.x spline.pro computes
    ``diag1`` once, from the first interval, and reuses it for the last row); this is
    reproduced.
    """
    n = x.size
    nm1 = n - 1
    delx1 = x[1] - x[0]
    delx2 = x[2] - x[1]
    delx12 = x[2] - x[0]
    c1 = -(delx12 + delx1) / delx12 / delx1
    c2 = delx12 / delx1 / delx2
    c3 = -delx1 / delx12 / delx2
    slpp1 = c1 * y[0] + c2 * y[1] + c3 * y[2]
    deln = x[nm1] - x[nm1 - 1]
    delnm1 = x[nm1 - 1] - x[nm1 - 2]
    delnn = x[nm1] - x[nm1 - 2]
    c1 = (delnn + deln) / delnn / deln
    c2 = -delnn / deln / delnm1
    c3 = deln / delnn / delnm1
    slppn = c3 * y[nm1 - 2] + c2 * y[nm1 - 1] + c1 * y[nm1]
    sigmap = sigma * nm1 / (x[nm1] - x[0])
    dx = np.diff(x)
    slope = np.diff(y) / dx
    dels = sigmap * dx
    exps = np.exp(dels)
    sinhs = 0.5 * (exps - 1.0 / exps)
    sinhin = 1.0 / (dx * sinhs)
    diag = sinhin * (dels * (0.5 * (exps + 1.0 / exps)) - sinhs)  # per interval
    spdiag = sinhin * (sinhs - dels)
    ab = np.zeros((3, n))
    ab[1, 0] = diag[0]
    ab[1, 1:-1] = diag[:-1] + diag[1:]
    ab[1, -1] = diag[0]   # IDL's diag1 (first interval) reused for the last row
    ab[0, 1:] = spdiag
    ab[2, :-1] = spdiag
    rhs = np.empty(n)
    rhs[0] = slope[0] - slpp1
    rhs[1:-1] = slope[1:] - slope[:-1]
    rhs[-1] = slppn - slope[-1]
    yp = solve_banded((1, 1), ab, rhs)
    # IDL's interval search: a running scan of T against x[1..n-1]; for increasing T it
    # is the first i >= 1 with t < x[i] (n-1 if none); for other T the scan never goes
    # back, i.e. the running maximum of those indices.
    first = np.searchsorted(x, t.reshape(-1), side="right")
    subs = np.clip(first, 1, nm1)
    subs = np.maximum.accumulate(subs).reshape(t.shape) if subs.size else subs
    subs1 = subs - 1
    del1 = t - x[subs1]
    del2 = x[subs] - t
    dels = x[subs] - x[subs1]
    exps1 = np.exp(sigmap * del1)
    sinhd1 = 0.5 * (exps1 - 1.0 / exps1)
    exps = np.exp(sigmap * del2)
    sinhd2 = 0.5 * (exps - 1.0 / exps)
    exps = exps1 * exps
    sinhs = 0.5 * (exps - 1.0 / exps)
    return (yp[subs] * sinhd1 + yp[subs1] * sinhd2) / sinhs + \
        ((y[subs] - yp[subs]) * del1 + (y[subs1] - yp[subs1]) * del2) / dels
