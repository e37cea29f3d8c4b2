"""Optional compiled kernel for small direct 2-D convolutions (``compat[fast]``: numba).

compat's direct convolution (:mod:`compat._core.convolution`) sums the products of a
small output window (at most ``_SMALL_WINDOW`` elements) as one batched matrix product:
for every output row and kernel column ``v`` a ``1 x mk`` row of the flipped kernel
times an ``mk x cols`` band of the zero-padded data, then the kernel columns' results
added in order of ``v``. numpy runs that batch as one BLAS call per output row: at
256^2 with a 5x5 kernel about 260 calls of a few microseconds each, most of the time
fixed cost (the conv2 call took 0.34 ms, Octave's 0.36 ms).

This module computes the same sums in one compiled loop, rounded as the BLAS products
round them. OpenBLAS's GEMM kernels start each element's accumulator at ``+0`` and add
the products of the contracted dimension in order, each by a fused multiply-add
(checked bit for bit against numpy's ``matmul`` on this machine's OpenBLAS 0.3.31;
the tests compare the two paths over random shapes, kernels, signed zeros and
subnormal products). So the kernel computes ``t = fma(K[u, v], P[p+u, q+v], t)`` for
``u = 0 .. mk-1`` from ``t = +0`` with LLVM's ``llvm.fma`` intrinsic (exact fused
rounding, never left to the compiler's choice of contraction), then ``out[p, q] =
t_0 + t_1 + ...`` in order of ``v`` (plain additions, as numpy's ``+=`` of the
per-column products). The padded copy ``P`` is the one the BLAS path builds, zero
products included, so signed zeros come out the same.

numba is imported the first time a small convolution asks for the kernel (never on
``import compat``); ``COMPAT_NUMBA=0`` or a missing numba selects the BLAS path, whose
bits the kernel reproduces.
"""

from __future__ import annotations

import numpy as np

from compat._core import accelerated_sums

__all__ = ["MAX_ROWS", "small_conv_kernel"]

#: longest kernel side the compiled path takes (one compiled kernel per length)
MAX_ROWS = 16

_KERNELS: dict = {}     # mk -> compiled kernel, or False when numba cannot compile it


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


def _source(mk: int) -> str:
    """The kernel for ``mk`` kernel rows, its chain of ``mk`` fused multiply-adds
    written out so every output element's partial sum stays in a register."""
    lines = ["def conv_rows(P, K, out):",
             "    nk = K.shape[1]",
             "    rows, cols = out.shape",
             "    zero = K.dtype.type(0)",
             "    for p in range(rows):",
             "        o = out[p]",
             "        for v in range(nk):"]
    for u in range(mk):
        lines.append(f"            k{u} = K[{u}, v]")
        lines.append(f"            r{u} = P[p + {u}, v:v + cols]")
    chain = "t = fma(k0, r0[q], zero)" + "".join(
        f"; t = fma(k{u}, r{u}[q], t)" for u in range(1, mk))
    lines += ["            if v == 0:",
              "                for q in range(cols):",
              f"                    {chain}",
              "                    o[q] = t",
              "            else:",
              "                for q in range(cols):",
              f"                    {chain}",
              "                    o[q] = o[q] + t"]
    return "\n".join(lines)


def _build(mk: int):
    import numba

    names = {"fma": _FMA[0]}
    exec(_source(mk), names)  # noqa: S102 - compat's own generated source
    return numba.njit(nogil=True)(names["conv_rows"])


_FMA: list = []


def small_conv_kernel(mk: int):
    """The compiled kernel ``conv_rows(P, K, out)`` for a kernel of ``mk`` rows (``P``,
    ``K``, ``out`` of one real dtype, float32 or float64; ``P`` at least ``(rows + mk -
    1) x (cols + nk - 1)``): ``out[p, q] = sum_v (sum_u K[u, v] P[p+u, q+v])``, the
    inner sums by fused multiply-adds from ``+0`` in order of ``u``, the outer sums
    added in order of ``v``. ``None`` when numba is missing, ``COMPAT_NUMBA=0``, or
    ``mk`` is outside ``2 .. MAX_ROWS``. Compiled on first use for each ``mk`` (about
    half a second; not cached on disk: the source is generated)."""
    if not 2 <= mk <= MAX_ROWS or accelerated_sums._kernels() is None:
        return None
    kernel = _KERNELS.get(mk)
    if kernel is None:
        try:
            if not _FMA:
                _FMA.append(_fma_intrinsic())
            kernel = _build(mk)
        except Exception:  # an older numba without intrinsics: the BLAS path
            kernel = False
        _KERNELS[mk] = kernel
    return kernel or None
