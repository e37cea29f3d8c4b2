"""Optional compiled kernel for small-kernel direct 2-D convolutions (``compat[fast]``: numba).

compat's direct convolution (:mod:`compat._core.convolution`) sums the products of a
window with a small kernel as batched matrix products (``_gemm_window``): for every
block of ``h`` output rows and kernel column ``v`` an ``h x (h + mk - 1)`` banded
Toeplitz matrix of the flipped kernel column times an ``(h + mk - 1) x cols`` band of
the zero-padded data, then the kernel columns' results added in order of ``v``. numpy
runs that as one BLAS call per block of rows (at 256^2 with a 5x5 kernel about 260 calls
of a few microseconds each, most of the time fixed cost; at 2048^2 about 256 calls each
doing ``(h + mk - 1) / mk`` times the needed multiplications).

This module computes the same sums in one compiled loop, rounded as the BLAS products
round them. OpenBLAS's GEMM kernels start each element's accumulator at ``+0`` and add
the products of the contracted dimension in order, each by a fused multiply-add
(checked bit for bit against numpy's ``matmul`` on this machine's OpenBLAS 0.3.31;
the tests compare the two paths over random shapes, kernels, signed zeros and
subnormal products). So the kernel computes ``t_v = fma(K[u, v], P[p+u, q+v], t_v)``
for ``u = 0 .. mk-1`` from ``t_v = +0`` with LLVM's ``llvm.fma`` intrinsic (exact fused
rounding, never left to the compiler's choice of contraction), then ``out[p, q] =
t_0 + t_1 + ...`` in order of ``v`` (plain additions, as numpy's ``+=`` of the
per-column products). The padded copy ``P`` is the one the BLAS path builds, zero
products included, so signed zeros come out the same.

The Toeplitz rows' zero entries (``h > 1``) are multiplications by ``+0`` in the BLAS
chain: before the kernel's entries (row ``r`` of a block has ``r`` of them) they leave
the accumulator's ``+0`` as it is, after them (``h - 1 - r``) they turn a ``-0``
accumulator into ``+0`` unless every data value they meet is negative or ``-0``
(``-0 + 0 * x``). An accumulator is ``-0`` only when products underflow to ``-0``
(``+0 + -0`` is ``+0``), and the output is ``-0`` only when every column's
accumulator is, so the kernel rechecks just those outputs against the data under the
trailing zeros (``h`` is the BLAS path's block height for the same window, so the
bits are those of the BLAS geometry the window would have used).

The loop is written out for each kernel size ``mk x nk``: each output element's
column sums stay in registers, the kernel columns taken in groups of about 48
products per pass over a row (all of a 5x5 kernel in one pass; a 15x15 one in five),
the partial sum carried in ``out`` between groups. Rows are dealt to
:data:`compat._core.accelerated_boxes.THREADS` threads (the kernel releases the GIL);
every output element is computed whole by one thread, so the bits do not depend on
the number of threads. conv2 2048^2 'same' with a 5x5 kernel (bench/bench_matlab_conv.py,
2 shared cores): 40-52 ms on the BLAS path, about 9-15 ms in this loop on one thread.

numba is imported the first time a small convolution asks for the kernel (never on
``import compat``); ``COMPAT_NUMBA=0`` or a missing numba selects the BLAS path, whose
bits the kernel reproduces.
"""

from __future__ import annotations

import numpy as np

from compat._core import accelerated_boxes, accelerated_sums

__all__ = ["MAX_ROWS", "small_conv_kernel", "shifted_add_kernel", "padded_copy"]

#: longest kernel side the compiled path takes (one compiled kernel per kernel shape)
MAX_ROWS = 16

#: products per pass over an output row (kernel columns grouped to stay near this)
_GROUP_PRODUCTS = 48
#: output rows per task dealt to a thread
_ROWS_PER_TASK = 32
#: outputs below which the rows are not split over threads
_THREADED_MIN = 1 << 18

_KERNELS: dict = {}     # (mk, group, whole) -> kernel, or False when numba cannot compile it
_SHIFTED_ADD: list = []  # [kernel] once compiled, [None] without numba


def _fma_intrinsic():
    """numba's ``fma(a, b, c)``: ``a*b + c`` rounded once (LLVM's ``llvm.fma``), in the
    operands' floating type."""
    from numba.core import types
    from numba.extending import intrinsic

    @intrinsic
    def fma(typingctx, a, b, c):
        if not (isinstance(a, types.Float) and a == b == c):
            return None

        def codegen(context, builder, signature, args):
            return builder.fma(*args)

        return a(a, b, c), codegen

    return fma


def _source(mk: int, group: int, whole: bool) -> str:
    """``conv_columns(P, K, out, v_first, v_stop, first, stop)`` for kernels of ``mk``
    rows: the kernel columns ``v_first .. v_stop - 1`` (a whole number of groups of
    ``group`` columns) of the output rows ``first .. stop - 1``, added to ``out`` (the
    first group, ``v_first == 0``, starts it). Each group's pass over a row keeps its
    ``group`` column sums and their running total in registers. ``whole``: the kernel
    has ``group`` columns, all in one pass (written with constant offsets, which
    compile to faster loops)."""
    lines = ["def conv_columns(P, K, out, v_first, v_stop, first, stop):",
             "    cols = out.shape[1]",
             "    zero = K.dtype.type(0)"]
    if whole:
        lines += [f"    k{u}_{j} = K[{u}, {j}]" for u in range(mk) for j in range(group)]
    lines += ["    for p in range(first, stop):",
              "        o = out[p]"]
    indent = "        "
    if whole:
        lines += [f"        w{u} = P[p + {u}]" for u in range(mk)]
    else:
        lines += [f"        for v0 in range(v_first, v_stop, {group}):"]
        lines += [f"            k{u}_{j} = K[{u}, v0 + {j}]"
                  for u in range(mk) for j in range(group)]
        lines += [f"            w{u} = P[p + {u}, v0:]" for u in range(mk)]
        indent += "    "
    sums = []
    for j in range(group):
        sums.append(f"t = fma(k0_{j}, w0[q + {j}], zero)" + "".join(
            f"; t = fma(k{u}_{j}, w{u}[q + {j}], t)" for u in range(1, mk)))
        sums.append("s = t" if j == 0 else "s = s + t")
    for first_group in ((True,) if whole else (True, False)):
        body = indent
        if not whole:
            lines.append(indent + ("if v0 == 0:" if first_group else "else:"))
            body += "    "
        lines.append(body + "for q in range(cols):")
        for line in sums:
            if line == "s = t" and not first_group:
                line = "s = o[q] + t"
            lines.append(f"{body}    {line}")
        lines.append(f"{body}    o[q] = s")
    return "\n".join(lines)


def _trailing_zeros(P, out, mk, nk, h, first, stop):
    """The BLAS geometry's trailing zero Toeplitz entries (module docstring): a ``-0``
    output of row ``p`` (``r = p mod h < h - 1``) becomes ``+0`` when a data value
    under those entries (rows ``p + mk .. p - r + h + mk - 2``, columns ``q .. q + nk
    - 1`` of ``P``) has its sign bit clear."""
    zero = out.dtype.type(0)
    cols = out.shape[1]
    for p in range(first, stop):
        r = p % h
        if r == h - 1:
            continue
        o = out[p]
        found = 0
        for q in range(cols):  # vectorised: zero outputs are rare
            found += o[q] == zero
        if found == 0:
            continue
        for q in range(cols):
            if o[q] == zero and np.signbit(o[q]):
                for i in range(p + mk, p - r + h + mk - 1):
                    for v in range(nk):
                        if not np.signbit(P[i, q + v]):
                            o[q] = zero


def _build(mk: int, group: int, whole: bool):
    import numba

    names = {"fma": _FMA[0]}
    exec(_source(mk, group, whole), names)  # noqa: S102 - compat's own generated source
    return numba.njit(nogil=True)(names["conv_columns"])


_FMA: list = []
_ZEROS: list = []


def _group(mk: int, nk: int) -> int:
    """Kernel columns per pass over a row: about :data:`_GROUP_PRODUCTS` products."""
    return max(1, min(nk, _GROUP_PRODUCTS // mk))


def _columns_kernel(mk: int, group: int, whole: bool):
    key = (mk, group, whole)
    kernel = _KERNELS.get(key)
    if kernel is None:
        try:
            import numba

            if not _FMA:
                _FMA.append(_fma_intrinsic())
                _ZEROS.append(numba.njit(nogil=True)(_trailing_zeros))
            kernel = _build(mk, group, whole)
        except Exception:  # an older numba without intrinsics: the BLAS path
            kernel = False
        _KERNELS[key] = kernel
    return kernel


def small_conv_kernel(mk: int, nk: int):
    """The compiled convolution ``run(P, K, out, h=1)`` for an ``mk x nk`` kernel
    (``P``, ``K``, ``out`` C-contiguous of one real dtype, float32 or float64; ``P``
    at least ``(rows + mk - 1) x (cols + nk - 1)``, and with ``h > 1`` rows up to the
    end of the BLAS path's last block of ``h`` rows): ``out[p, q] = sum_v (sum_u K[u,
    v] P[p+u, q+v])``, the inner sums by fused multiply-adds from ``+0`` in order of
    ``u``, the outer sums added in order of ``v``, signed zeros as the BLAS path with
    ``h`` rows per Toeplitz block gives them. ``None`` when numba is missing,
    ``COMPAT_NUMBA=0``, or the kernel is outside ``2 .. MAX_ROWS`` rows and ``1 ..
    MAX_ROWS`` columns. Compiled on first use for each number of kernel rows and
    columns per group (a second or two; not cached on disk: the source is
    generated)."""
    if not (2 <= mk <= MAX_ROWS and 1 <= nk <= MAX_ROWS) or \
            accelerated_sums._kernels() is None:
        return None
    group = _group(mk, nk)
    whole = nk - nk % group
    passes = [(_columns_kernel(mk, group, group == nk), 0, whole)]
    if whole < nk:
        passes.append((_columns_kernel(mk, nk - whole, False), whole, nk))
    if not all(kernel for kernel, _, _ in passes):
        return None
    zeros = _ZEROS[0]

    def run(A, K, out, h=1, r0=0, c0=0):
        n, cols = out.shape
        # rows per task: whole blocks of h (the trailing zeros' rows are the block's)
        per = n if out.size < _THREADED_MIN else h * -(-_ROWS_PER_TASK // h)

        def task(first_task, stop_task):
            for t in range(first_task, stop_task):
                first, stop = t * per, min(n, (t + 1) * per)
                block_end = -(-stop // h) * h
                band = accelerated_boxes.scratch(
                    "conv_band", (block_end - first + mk - 1, cols + nk - 1), out.dtype)
                padded_copy(A, first + r0, c0, band)
                for kernel, v_first, v_stop in passes:
                    kernel(band, K, out[first:stop], v_first, v_stop, 0, stop - first)
                if h > 1:
                    zeros(band, out[first:stop], mk, nk, h, 0, stop - first)

        tasks = -(-n // per)
        if tasks == 1:
            task(0, 1)
        else:
            accelerated_boxes.parallel(task, tasks)
    return run


def _shifted_add(W, o, start):
    """The BLAS path's sum of its per-kernel-column products (``_gemm_window``):
    ``o[b, r, q] (+)= W[b, start, r, q + start] + ... + W[b, gg-1, r, q + gg-1]`` added
    one column after the other, each as numpy's ``o += W[:, jj, :, jj:jj + cc]`` adds
    it (``start == 1``: ``o`` starts as ``W[b, 0, r, :cc]``, the first group of kernel
    columns). A row of ``o`` stays in cache across the columns; numpy's whole-block
    passes read and write all of ``o`` once per kernel column."""
    bb, gg, h, _ = W.shape
    cc = o.shape[2]
    for b in range(bb):
        for r in range(h):
            orow = o[b, r]
            if start == 1:
                w0 = W[b, 0, r]
                for q in range(cc):
                    orow[q] = w0[q]
            for jj in range(start, gg):
                wj = W[b, jj, r, jj:]
                for q in range(cc):
                    orow[q] = orow[q] + wj[q]


def shifted_add_kernel():
    """The compiled :func:`_shifted_add` (``kernel(W, o, start)``), or ``None`` when
    numba is missing or ``COMPAT_NUMBA=0`` (the numpy adds then run: same bits, the
    additions being the same IEEE operations in the same order)."""
    if accelerated_sums._kernels() is None:
        return None
    if not _SHIFTED_ADD:
        import numba

        _SHIFTED_ADD.append(numba.njit(nogil=True)(_shifted_add))
    return _SHIFTED_ADD[0]


def padded_copy(A: np.ndarray, r0: int, c0: int, P: np.ndarray) -> np.ndarray:
    """Fill ``P`` with the window of the zero-padded ``A`` starting at ``(r0, c0)``:
    ``P[x, y] = A[x + r0, y + c0]`` where that is inside ``A``, else ``+0``."""
    ma, na = A.shape
    rows, cols = P.shape
    ar_lo, ar_hi = min(max(0, r0), ma), max(0, min(ma, r0 + rows))
    ac_lo, ac_hi = min(max(0, c0), na), max(0, min(na, c0 + cols))
    if ar_lo >= ar_hi or ac_lo >= ac_hi:
        P.fill(0)
        return P
    P[: ar_lo - r0] = 0
    P[ar_hi - r0 :] = 0
    middle = P[ar_lo - r0 : ar_hi - r0]
    middle[:, : ac_lo - c0] = 0
    middle[:, ac_hi - c0 :] = 0
    middle[:, ac_lo - c0 : ac_hi - c0] = A[ar_lo:ar_hi, ac_lo:ac_hi]
    return P
