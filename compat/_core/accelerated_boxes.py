"""Optional fused compiled box means of 1-D and 2-D arrays (and stacks of 2-D planes
smoothed plane by plane), IDL SMOOTH's hot path (``compat[fast]``: numba).

:func:`compat._core.windows.box_mean` computes a box mean as separate whole-array
passes: the non-finite values zeroed (``np.where``), each axis padded (``np.pad``) and
summed by the running total of differences, the sums divided, the boxes holding NaN or
Inf found by a second set of passes (:func:`~compat._core.windows.box_reach`) and
overwritten, the result cast to the output type. :func:`box_mean_2d` does the same
arithmetic in two compiled passes:

1. along each row (IDL's first dimension), chunks of rows in parallel: the row is
   copied into a scratch line with non-finite values replaced by 0 and the edge
   extension written by index arithmetic (``nearest``, ``reflect``, ``wrap``,
   ``constant`` 0), then the running total ``s[0] = p[0] + ... + p[w-1]``,
   ``s[k] = s[k-1] + (p[k+w-1] - p[k-1])`` in float64 is stored; the same pass records
   which kinds of non-finite value (NaN, +Inf, -Inf) each row window holds (an OR of
   codes by doubling), or (for IDL's /NAN) counts its finite points (exact integers);
2. down the columns, blocks of columns in parallel: the same running total of the
   row sums, the division by the box size (or by the count of finite points), the
   IEEE value of a box holding non-finite points, and the cast to the output dtype,
   written straight into the result.

Every element's sum is formed by exactly the additions, in exactly the order, of the
numpy path (and of :func:`compat._core.accelerated_sums.window_sums_along`), so the
result is the same bit for bit, and it does not depend on the number of threads:
threads only split rows (pass 1) or columns (pass 2), each computed whole by one thread.
numba adds in float64 without reassociating or contracting (no ``fastmath``). The
kernels release the GIL and run on :data:`THREADS` Python threads (the cores this
process may use), so they need no numba threading layer and can be called from
several threads at once. Four rows' running totals are interleaved in one loop (four
independent chains of additions, each in its own order), which a single row's
dependent chain cannot use.

Measured on 2048 x 2048 float32, width 5, with GDL in the same run
(bench/bench_idl_smooth.py, 2 shared cores, load average 1.2-1.7 before, 2.5-3.7 after):
0.38-0.42x GDL's time before, 0.15-0.25x after (one thread 0.16-0.32x); /EDGE_TRUNCATE
with 5% NaN and no /NAN 0.76-0.79x before, 0.18-0.34x after (one thread 0.18-0.39x).

Like :mod:`compat._core.accelerated_sums`, nothing here imports numba before an array
of at least :data:`~compat._core.accelerated_sums.MIN_ELEMENTS` elements asks for it;
``COMPAT_NUMBA=0`` (or a missing numba) selects the numpy path. The compiled kernels
are cached on disk by numba (``cache=True``: about 8 s of compilation the first time).
"""

from __future__ import annotations

import os
import threading

import numpy as np

from compat._core import accelerated_sums

__all__ = ["box_mean_2d", "MODE_CODES", "parallel", "scratch"]

#: canonical boundary mode -> the kernels' integer code
MODE_CODES = {"valid": 0, "copy": 0, "nearest": 1, "reflect": 2, "wrap": 3, "constant": 4}

_ROWS_PER_CHUNK = 16      # rows per parallel task in pass 1
_COLUMNS_PER_BLOCK = 256  # at least this many columns per task in pass 2

_COMPILED = None          # None: not tried yet; False: unavailable; else the kernels
_LOCK = threading.Lock()


def _source(j, n, mode):
    """Index of the array point standing at ``j`` (``-h <= j < n + h``, ``h < n``) of
    the line extended by ``mode``, or -1 for the constant fill."""
    if j < 0:
        if mode == 1:
            return 0
        if mode == 2:
            return -j - 1
        if mode == 3:
            return j + n
        return -1
    if j >= n:
        if mode == 1:
            return n - 1
        if mode == 2:
            return 2 * n - 1 - j
        if mode == 3:
            return j - n
        return -1
    return j


def _line(xr, n, pad, mode, line, ok, counting):
    """Row ``xr`` into ``line`` (float64, non-finite values as 0) with its extension of
    ``pad`` points each side; with ``counting`` its finite points (1/0, the extension
    by the same rule, constant fill 1) into ``ok``. Returns the number of non-finite
    values of the row."""
    body = line[pad:pad + n]
    bad = 0
    if counting:
        flag = ok[pad:pad + n]
        for i in range(n):
            v = xr[i]
            f = np.isfinite(v)
            body[i] = np.float64(v) if f else 0.0
            flag[i] = 1 if f else 0
            bad += 0 if f else 1
    else:
        for i in range(n):
            v = xr[i]
            f = np.isfinite(v)
            body[i] = np.float64(v) if f else 0.0
            bad += 0 if f else 1
    for j in range(pad):
        for e in (j - pad, n + j):
            s = _source(e, n, mode)
            line[pad + e] = line[pad + s] if s >= 0 else 0.0
            if counting:
                ok[pad + e] = ok[pad + s] if s >= 0 else 1
    return bad


def _window_codes(xr, n, w, pad, mode, code, spare, out):
    """``out[k]``: the OR of the non-finite codes (1 NaN, 2 +Inf, 4 -Inf) of row ``xr``
    over window ``k`` of its extension (points ``k - pad .. k - pad + w - 1``; the
    extension repeats or mirrors points inside the window, so this is the OR over the
    window clipped to the row; wrapped for ``mode`` 3; a constant fill has no code).
    ``code`` and ``spare`` are scratch of ``n + 2 * pad`` bytes. Exact: the OR of the
    ``w`` shifted lines, or for long windows the OR of two overlapping windows of the
    largest power of two ``cover <= w``, built by doubling."""
    body = code[pad:pad + n]
    for i in range(n):
        v = xr[i]
        body[i] = (np.uint8(v != v) | (np.uint8(v == np.inf) << 1)
                   | (np.uint8(v == -np.inf) << 2))
    for j in range(pad):
        for e in (j - pad, n + j):
            s = _source(e, n, mode)
            code[pad + e] = code[pad + s] if s >= 0 else 0
    n_out = out.shape[0]
    if w <= 24:
        # short windows: OR the w shifted copies (vectorised byte loops)
        out[:] = code[0:n_out]
        for j in range(1, w):
            shifted = code[j:j + n_out]
            for k in range(n_out):
                out[k] |= shifted[k]
        return
    length = n + 2 * pad
    cover = 1
    flip = False
    while cover * 2 <= w:
        m = length - cover
        if flip:
            a = spare[0:m]
            b = spare[cover:cover + m]
            d = code[0:m]
        else:
            a = code[0:m]
            b = code[cover:cover + m]
            d = spare[0:m]
        for i in range(m):
            d[i] = a[i] | b[i]
        flip = not flip
        length = m
        cover *= 2
    a = spare[0:n_out] if flip else code[0:n_out]
    b = spare[w - cover:w - cover + n_out] if flip else code[w - cover:w - cover + n_out]
    for k in range(n_out):
        out[k] = a[k] | b[k]


def _running1(line, w, out):
    """IDL's running window sum of ``line`` into ``out``: ``s[0] = p[0] + ... +
    p[w-1]`` left to right, then ``s[k] = s[k-1] + (p[k+w-1] - p[k-1])``."""
    total = line[0]
    for j in range(1, w):
        total += line[j]
    out[0] = total
    for k in range(1, out.shape[0]):
        total = total + (line[k + w - 1] - line[k - 1])
        out[k] = total


def _running4(l0, l1, l2, l3, w, o0, o1, o2, o3):
    """:func:`_running1` of four lines at once: four independent chains of additions,
    each the same operations in the same order as alone, for the processor to overlap."""
    t0 = l0[0]
    t1 = l1[0]
    t2 = l2[0]
    t3 = l3[0]
    for j in range(1, w):
        t0 += l0[j]
        t1 += l1[j]
        t2 += l2[j]
        t3 += l3[j]
    o0[0] = t0
    o1[0] = t1
    o2[0] = t2
    o3[0] = t3
    for k in range(1, o0.shape[0]):
        t0 = t0 + (l0[k + w - 1] - l0[k - 1])
        t1 = t1 + (l1[k + w - 1] - l1[k - 1])
        t2 = t2 + (l2[k + w - 1] - l2[k - 1])
        t3 = t3 + (l3[k + w - 1] - l3[k - 1])
        o0[k] = t0
        o1[k] = t1
        o2[k] = t2
        o3[k] = t3


def _row_pass(first, stop, x, w, mode, counting, rows_per, sums, codes, counts, flags):
    """Pass 1: running window sums of width ``w`` along each row of ``x`` into ``sums``
    (float64); ``counting``: finite points per window into ``counts``; else the OR of
    the non-finite codes of each window (clipped to the row, or wrapped) into ``codes``
    for rows holding any (``flags[r]``: the row holds one). Runs the chunks of
    ``rows_per`` rows numbered ``first .. stop - 1``."""
    n_rows, n = x.shape
    pad = 0 if mode == 0 else w // 2
    n_out = sums.shape[1]
    length = n + 2 * pad
    lines = np.empty((4, length), np.float64)
    ok = np.empty(length, np.int32)
    code = np.empty(length, np.uint8)
    spare = np.empty(length, np.uint8)
    for chunk in range(first, stop):
        r0 = chunk * rows_per
        r1 = min(n_rows, r0 + rows_per)
        r = r0
        while r < r1:
            group = min(4, r1 - r)
            for g in range(group):
                line = lines[g]
                bad = _line(x[r + g], n, pad, mode, line, ok, counting)
                flags[r + g] = 1 if bad else 0
                if counting:
                    # exact integer counts: any order of addition gives the same
                    cr = counts[r + g]
                    if w <= 24:
                        cr[:] = ok[0:n_out]
                        for j in range(1, w):
                            shifted = ok[j:j + n_out]
                            for k in range(n_out):
                                cr[k] += shifted[k]
                    else:
                        number = 0
                        for j in range(w):
                            number += ok[j]
                        cr[0] = number
                        for k in range(1, n_out):
                            number += ok[k + w - 1] - ok[k - 1]
                            cr[k] = number
                elif bad:
                    _window_codes(x[r + g], n, w, pad, mode, code, spare, codes[r + g])
                if w == 1:
                    sums[r + g, :] = line[:n_out]
                elif group < 4:
                    _running1(line, w, sums[r + g])
            if w > 1 and group == 4:
                _running4(lines[0], lines[1], lines[2], lines[3], w,
                          sums[r], sums[r + 1], sums[r + 2], sums[r + 3])
            r += group


def _column_pass(first, stop, sums, w, mode, codes, flags, any_code, counts, counting,
                 fill_count, empty, divisor, cols_per, out, row0, col0):
    """Pass 2: running window sums of width ``w`` down the columns of ``sums``, each
    box's mean (``/ divisor``; ``counting``: ``/`` its count of finite points, ``empty``
    for none; else the IEEE mean of a box holding non-finite points: +-Inf for
    infinities of one sign, NaN for a NaN or both)
    cast to ``out``'s dtype at ``out[row0 + k, col0 + c]``. Runs the blocks of
    ``cols_per`` columns numbered ``first .. stop - 1``. The kinds of non-finite value
    in a box are the OR of the row windows' codes over its rows."""
    n, m = sums.shape
    pad = 0 if mode == 0 else w // 2
    n_out = n + 2 * pad - w + 1
    width_max = min(m, cols_per)
    acc = np.empty(width_max, np.float64)
    number = np.empty(width_max, np.int64)
    marks = np.empty(width_max, np.uint8)
    for block in range(first, stop):
        c0 = block * cols_per
        c1 = min(m, c0 + cols_per)
        width = c1 - c0
        a = acc[:width]
        cnt = number[:width]
        mark = marks[:width]
        cnt[:] = 0
        for k in range(n_out):
            o = out[row0 + k, col0 + c0:col0 + c1]
            plain = not counting and not any_code
            if w == 1:
                a[:] = sums[k, c0:c1]
                if counting:
                    cnt[:] = counts[k, c0:c1]
            elif k == 0:
                for j in range(w):
                    s = _source(j - pad, n, mode)
                    if s >= 0:
                        row = sums[s, c0:c1]
                        if j == 0:
                            a[:] = row
                        else:
                            for q in range(width):
                                a[q] += row[q]
                        if counting:
                            crow = counts[s, c0:c1]
                            for q in range(width):
                                cnt[q] += crow[q]
                    else:
                        if j == 0:
                            a[:] = 0.0
                        else:
                            for q in range(width):
                                a[q] += 0.0
                        if counting:
                            for q in range(width):
                                cnt[q] += fill_count
            else:
                enter = _source(k + w - 1 - pad, n, mode)
                leave = _source(k - 1 - pad, n, mode)
                if enter >= 0 and leave >= 0:
                    ein = sums[enter, c0:c1]
                    eout = sums[leave, c0:c1]
                    if plain:
                        # the common case: update and emit in one loop
                        for q in range(width):
                            v = a[q] + (ein[q] - eout[q])
                            a[q] = v
                            o[q] = v / divisor
                        continue
                    for q in range(width):
                        a[q] = a[q] + (ein[q] - eout[q])
                elif enter >= 0:
                    ein = sums[enter, c0:c1]
                    for q in range(width):
                        a[q] = a[q] + (ein[q] - 0.0)
                elif leave >= 0:
                    eout = sums[leave, c0:c1]
                    for q in range(width):
                        a[q] = a[q] + (0.0 - eout[q])
                else:
                    for q in range(width):
                        a[q] = a[q] + (0.0 - 0.0)
                if counting:
                    if enter >= 0:
                        crow = counts[enter, c0:c1]
                        for q in range(width):
                            cnt[q] += crow[q]
                    else:
                        for q in range(width):
                            cnt[q] += fill_count
                    if leave >= 0:
                        crow = counts[leave, c0:c1]
                        for q in range(width):
                            cnt[q] -= crow[q]
                    else:
                        for q in range(width):
                            cnt[q] -= fill_count
            if counting:
                for q in range(width):
                    o[q] = a[q] / np.float64(cnt[q]) if cnt[q] != 0 else empty
                continue
            if any_code:
                # the OR of the row codes over the rows of box k (extended as the sums)
                mark[:] = 0
                for j in range(w):
                    s = _source(k - pad + j, n, mode)
                    if s >= 0 and flags[s]:
                        crow8 = codes[s, c0:c1]
                        for q in range(width):
                            mark[q] |= crow8[q]
                for q in range(width):
                    c = mark[q]
                    v = a[q] / divisor
                    v = np.inf if c == 2 else v
                    v = -np.inf if c == 4 else v
                    v = np.nan if (c != 0 and c != 2 and c != 4) else v
                    o[q] = v
            else:
                for q in range(width):
                    o[q] = a[q] / divisor


def _compiled():
    """``(row_pass, column_pass)`` compiled (``nogil``), or ``None`` when numba is
    unavailable or disabled (the switch of :mod:`compat._core.accelerated_sums`)."""
    global _COMPILED
    if accelerated_sums._kernels() is None:
        return None
    if _COMPILED is None:
        import numba
        jit = numba.njit(nogil=True, cache=True)
        names = dict(globals())
        # each kernel sees the compiled versions of the helpers it calls
        for fn in (_source, _line, _window_codes, _running1, _running4, _row_pass,
                   _column_pass):
            names[fn.__name__] = jit(type(fn)(fn.__code__, names, fn.__name__))
        _COMPILED = (names["_row_pass"], names["_column_pass"])
    return _COMPILED


def _threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


#: threads the kernels run on (the tests set 1 to check that the bits do not change)
THREADS = _threads()
_POOL = None
_POOL_SIZE = 0
_POOL_PID = 0             # a forked child starts its own pool (the parent's threads are gone)


def parallel(kernel, n_tasks: int, *args) -> None:
    """Run ``kernel(first, stop, *args)`` over the tasks ``0 .. n_tasks - 1`` on
    :data:`THREADS` threads (the calling thread one of them). The tasks are dealt in
    pieces of about an eighth of a thread's share to whichever thread is free, so a
    thread slowed down by other work on the machine does less of it. The kernels
    release the GIL; every task writes its own part of the output, so the result does
    not depend on how the tasks are dealt."""
    global _POOL, _POOL_SIZE, _POOL_PID
    threads = max(1, min(THREADS, n_tasks))
    if threads == 1:
        kernel(0, n_tasks, *args)
        return
    with _LOCK:
        if _POOL is None or _POOL_SIZE < threads - 1 or _POOL_PID != os.getpid():
            from concurrent.futures import ThreadPoolExecutor
            _POOL = ThreadPoolExecutor(max_workers=threads - 1,
                                       thread_name_prefix="compat-boxes")
            _POOL_SIZE = threads - 1
            _POOL_PID = os.getpid()
        pool = _POOL
    step = max(1, n_tasks // (8 * threads))
    pieces = iter(range(0, n_tasks, step))
    deal = threading.Lock()

    def work():
        while True:
            with deal:
                first = next(pieces, None)
            if first is None:
                return
            kernel(first, min(n_tasks, first + step), *args)

    futures = [pool.submit(work) for _ in range(threads - 1)]
    try:
        work()
    finally:
        for future in futures:
            future.result()


#: scratch arrays up to this many bytes are kept for the calling thread's next call
#: (a fresh 32 MB array costs its page faults, about as long as the row pass itself)
SCRATCH_BYTES = 64 << 20
_SCRATCH = threading.local()


def scratch(name: str, shape, dtype) -> np.ndarray:
    """An uninitialised array of ``shape`` and ``dtype``, reusing the calling thread's
    previous one named ``name`` when large enough (only up to :data:`SCRATCH_BYTES`)."""
    dtype = np.dtype(dtype)
    size = int(np.prod(shape)) * dtype.itemsize
    if size > SCRATCH_BYTES:
        return np.empty(shape, dtype)
    held = getattr(_SCRATCH, name, None)
    if held is None or held.nbytes < size:
        held = np.empty(size, np.uint8)
        setattr(_SCRATCH, name, held)
    return held[:size].view(dtype).reshape(shape)


def box_mean_2d(a: np.ndarray, widths, mode: str, omit_nonfinite: bool, empty,
                out_dtype, *, force: bool = False) -> np.ndarray | None:
    """IDL SMOOTH's box mean of a 1-D or 2-D real array (or a stack of 2-D planes, width
    1 along every leading axis), cast to ``out_dtype``, by the fused compiled kernels;
    ``None`` when they do not apply (numba missing or disabled, fewer than
    ``MIN_ELEMENTS`` elements unless ``force``, a width above 1 along a leading axis of
    a 3-D or larger array, a mode other than ``copy``/``valid``, ``nearest``, ``reflect``, ``wrap``
    or ``constant`` (fill 0), or a box wider than its axis).

    The result is bit for bit what :func:`compat._core.windows.box_mean` computes with
    ``cval=0`` followed by the cast (``mode="copy"``: the box means of the interior and
    ``a``'s own values, cast, at every point within ``w//2`` of an edge).
    """
    x = np.asarray(a)
    if x.ndim < 1 or mode not in MODE_CODES or x.dtype.kind not in "biuf":
        return None
    if (x.size < accelerated_sums.MIN_ELEMENTS and not force) or x.size == 0:
        return None
    widths = [int(w) for w in widths]
    if len(widths) != x.ndim or any(w < 1 or w % 2 == 0 or w > n or w >= 1 << 21
                                    for w, n in zip(widths, x.shape)):
        return None
    if x.ndim > 2:
        # a stack of images smoothed plane by plane (width 1 on every leading axis, as
        # SMOOTH(cube, [5, 5, 1])): the numpy path skips those axes, so each plane's
        # sums are the 2-D ones
        if any(w != 1 for w in widths[:-2]) or _compiled() is None:
            return None
        planes = x.reshape((-1,) + x.shape[-2:])
        result = np.empty(planes.shape, out_dtype)
        for p in range(planes.shape[0]):
            result[p] = box_mean_2d(planes[p], widths[-2:], mode, omit_nonfinite, empty,
                                    out_dtype, force=True)
        return result.reshape(x.shape)
    kernels = _compiled()
    if kernels is None:
        return None
    row_pass, column_pass = kernels
    out_dtype = np.dtype(out_dtype)
    original = x
    if x.dtype not in (np.float32, np.float64):
        x = x.astype(np.float64)
    if x.ndim == 1:
        x = x.reshape(1, -1)
        widths = [1] + widths
    x = np.ascontiguousarray(x)
    (wr, wc), (n_rows, n_cols) = widths, x.shape
    code = MODE_CODES[mode]
    counting = bool(omit_nonfinite)
    out_cols = n_cols - wc + 1 if code == 0 else n_cols
    sums = scratch("sums", (n_rows, out_cols), np.float64)
    flags = np.empty(n_rows, np.uint8)
    dummy8 = np.zeros((1, 1), np.uint8)
    dummy32 = np.zeros((1, 1), np.int32)
    codes = dummy8 if counting else np.zeros((n_rows, out_cols), np.uint8)
    counts = scratch("counts", (n_rows, out_cols), np.int32) if counting else dummy32
    parallel(row_pass, -(-n_rows // _ROWS_PER_CHUNK), x, wc, code, counting,
              _ROWS_PER_CHUNK, sums, codes, counts, flags)
    any_code = (not counting) and bool(flags.any())
    result = np.empty(x.shape, out_dtype)
    row0, col0 = (wr // 2, wc // 2) if code == 0 else (0, 0)
    # blocks of columns: several per thread, wide enough for long vector loops
    cols_per = max(_COLUMNS_PER_BLOCK, -(-out_cols // (4 * THREADS)))
    parallel(column_pass, -(-out_cols // cols_per), sums, wr, code, codes, flags, any_code,
              counts, counting, wc, float(np.nan if empty is None else empty),
              float(wr * wc), cols_per, result, row0, col0)
    if code == 0:
        # IDL's default edges: the points within w//2 of an edge are the input's own
        hr, hc = wr // 2, wc // 2
        for index in ((slice(0, hr),), (slice(n_rows - hr, n_rows),),
                      (slice(hr, n_rows - hr), slice(0, hc)),
                      (slice(hr, n_rows - hr), slice(n_cols - hc, n_cols))):
            result[index] = x[index]
    return result.reshape(original.shape)
