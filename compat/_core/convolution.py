"""Direct (non-FFT) linear convolution: the core of MATLAB's conv, conv2, convn, filter2
and deconv.

Python-shaped: :func:`convolve` and :func:`convolve_separable` take arrays of the
result class and keyword-only options (``shape``, ``method``), :func:`deconvolve` 1-D
vectors; MATLAB's argument grammar (vectors and orientations, 1-D rows, shape strings,
the separable call form, nargout) is parsed by :mod:`compat.matlab.conv`.

Arrays are numpy arrays whose shape is MATLAB's ``size`` (``A(i,j)`` is
``A[i-1, j-1]``), and a convolution result is described by a *window* of the full
convolution, one ``(start, length)`` pair per dimension, with ``start`` 0-based in
full-convolution coordinates.

Semantics (MATLAB documentation of ``conv``/``conv2``):

* ``C(k) = sum_j A(j) B(k-j+1)``, the sum running over the legal subscripts of A and
  B only: the zero padding outside A is never multiplied (so an ``Inf`` in B does not
  turn the edges of a ``'full'`` result into ``NaN``), and every legal product is
  formed, zero kernel entries included (``0*Inf`` is ``NaN``).
* Sizes per dimension (``m`` = size of A, ``k`` = size of B): ``'full'`` is
  ``max([m+k-1, m, k])``; ``'same'`` is ``m``, the part starting at ``floor(k/2)+1``
  (1-based) of the full result; ``'valid'`` is ``max(m - max(0, k-1), 0)``. With an
  empty operand the result is all zeros of that size.

The work is done by exact direct summation: for finite inputs as a blocked Toeplitz
matrix product (BLAS GEMM; every output element is a plain sum of the same products
as the definition, the extra Toeplitz entries being exact zeros that multiply finite
numbers), and for inputs holding ``Inf``/``NaN`` by a bounds-limited shift-and-add,
which forms exactly the legal products. Integer-valued data give exact integers
whenever the partial sums stay below 2**53 (2**24 in single precision). An FFT method
is available only on explicit request (``method='fft'``).
"""

from __future__ import annotations

from typing import Literal

import numpy as np
from numpy.lib.stride_tricks import as_strided

from compat._core.accelerated_conv import (MAX_ROWS, padded_copy, shifted_add_kernel,
                                           small_conv_kernel)
from compat._core.filtering import lfilter, normalize
from compat._core.matlab_types import result_class

__all__ = ["SHAPES", "METHODS", "Shape", "Method", "convolve", "convolve_separable",
           "deconvolve", "shape_window", "conv_shape", "conv_window"]

Shape = Literal["full", "same", "valid"]
Method = Literal["direct", "fft"]
SHAPES: tuple[Shape, ...] = ("full", "same", "valid")
METHODS: tuple[Method, ...] = ("direct", "fft")

# Largest temporary (in elements) the GEMM path builds at once (2 MB of doubles:
# the shifted adds then run in cache).
_LIMIT = 1 << 18
# Output rows per Toeplitz block: the GEMM does (h + k - 1)/k times the minimal work.
_BLOCK_ROWS = 8
# Output windows of at most this many elements use one-row blocks (h = 1: no zero
# Toeplitz entries, one batched GEMM of kernel-sized matrices; conv2 256^2 * 5x5 'full'
# 0.38 -> 0.27 ms). Larger windows keep _BLOCK_ROWS (2048^2: 40 ms with h = 8, 55 ms
# with h = 1).
_SMALL_WINDOW = 1 << 19
# Smallest output window the compiled small-window path takes (_compiled_ok).
_COMPILED_MIN = 1 << 12


# --------------------------------------------------------------------------- entry points
def convolve(A: np.ndarray, B: np.ndarray, *, shape: Shape = "full",
             method: Method = "direct") -> np.ndarray:
    """MATLAB's ``shape`` part of the N-D convolution of ``A`` and ``B``.

    ``A`` and ``B`` are floating arrays with the same number of dimensions (pad shapes
    with trailing 1s first); the result has the class :func:`result_class` gives them
    and, per dimension, the size of MATLAB's 'full'/'same'/'valid' rule.
    """
    return conv_window(A, B, conv_shape(A.shape, B.shape, shape), method)


def convolve_separable(u: np.ndarray, v: np.ndarray, A: np.ndarray, *,
                       shape: Shape = "full", method: Method = "direct") -> np.ndarray:
    """``conv2(u, v, A, shape)``: the columns of 2-D ``A`` convolved with the 1-D ``u``,
    then the rows of that with the 1-D ``v``.

    Sizes per MATLAB: rows ``max([ma+n1-1, ma, n1])`` for 'full' with ``n1 =
    length(u)`` (and likewise for columns with v), the usual 'same'/'valid' parts.
    """
    dtype = result_class(u, v, A)
    (p0, Mo), (q0, No) = conv_shape(A.shape, (u.size, v.size), shape)
    if A.size == 0 or u.size == 0 or v.size == 0 or Mo == 0 or No == 0:
        return np.zeros((Mo, No), dtype)
    A = A.astype(dtype, copy=False)
    # Pass 1: every column of A with u (only the rows that the result needs).
    step1 = conv_window(A, u.astype(dtype).reshape(-1, 1), [(p0, Mo), (0, A.shape[1])],
                        method)
    # Pass 2: every row of that with v.
    return conv_window(step1, v.astype(dtype).reshape(1, -1), [(0, Mo), (q0, No)], method)


def deconvolve(y: np.ndarray, a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Polynomial long division of the 1-D ``y`` by the 1-D ``a`` (both of the result
    class, ``a[0] != 0``, ``a.size <= y.size``): ``(q, r)`` with ``y = conv(a, q) + r``.

    Computed as MATLAB's deconv: ``q`` is the impulse response of ``Y(z)/A(z)`` (a
    ``filter`` of ``[1 0 ... 0]``) and ``r = [zeros(1, length(q)), a(1)*zf]`` from the
    filter's final states, so its leading ``length(q)`` entries are exact zeros.
    """
    ny, na = y.size, a.size
    lq = ny - na + 1
    impulse = np.zeros(lq, y.dtype)
    impulse[0] = 1
    q, zf = lfilter(*normalize(y, a), impulse, axis=0)
    r = np.zeros(ny, y.dtype)
    r[lq:] = a[0] * zf[:na - 1]
    return q, r


# --------------------------------------------------------------------------- sizes
def shape_window(m: int, k: int, shape: Shape) -> tuple[int, int]:
    """``(start, length)`` of MATLAB's SHAPE part of a 1-D full convolution.

    ``m`` is the length of A, ``k`` that of the kernel B; ``start`` is 0-based in the
    full result, whose length is ``max(m+k-1, m, k)``.
    """
    if shape == "full":
        return 0, max(m + k - 1, m, k)
    if shape == "same":
        return (k // 2 if k > 0 else 0), m
    # valid
    return (k - 1 if k > 0 else 0), max(m - max(0, k - 1), 0)


def conv_shape(a_shape, b_shape, shape: Shape) -> list[tuple[int, int]]:
    """Windows (one ``(start, length)`` per dimension) for ``convn(A, B, shape)``."""
    return [shape_window(m, k, shape) for m, k in zip(a_shape, b_shape)]


# --------------------------------------------------------------------------- drivers
def conv_window(A: np.ndarray, B: np.ndarray, window, method: Method = "direct",
                finite=None, plan=None) -> np.ndarray:
    """The given window of the full N-D convolution of A and B.

    ``A`` and ``B`` have the same number of dimensions (pad shapes with trailing 1s
    first) and are already of the result dtype; ``window`` holds one ``(start,
    length)`` per dimension in full-convolution coordinates. The result is a new array.

    The direct method sums each 2-D plane of products by the GEMM when the plane of A
    and the kernel plane are finite, else by the Inf/NaN-exact shift-and-add (the last
    bits differ). ``finite`` (a bool, or a bool array over A's axes after the first
    two) says which planes of A are finite when A is one block of a larger array
    (:mod:`compat._core.lazy`): the choice is then the whole array's. ``plan`` (from
    :func:`gemm_plan` for the whole array) makes a block take the whole array's other
    choices too: which operand acts as the kernel, and the GEMM's geometry (BLAS rounds
    an element according to its place in the matrix product, so a block whose output
    starts on the whole array's GEMM tile boundaries, computed with its tiles, gets the
    whole array's bits).
    """
    dtype = result_class(A, B)
    A = A.astype(dtype, copy=False)
    B = B.astype(dtype, copy=False)
    out_shape = tuple(n for _, n in window)
    if A.size == 0 or B.size == 0 or 0 in out_shape:
        return np.zeros(out_shape, dtype)
    if method == "fft":
        return _fft_window(A, B, window, dtype)
    if A.ndim <= 2:
        A2 = A.reshape(A.shape + (1,) * (2 - A.ndim))
        B2 = B.reshape(B.shape + (1,) * (2 - B.ndim))
        w = list(window) + [(0, 1)] * (2 - len(window))
        out = _conv2_window(A2, B2, w[0][0], w[0][1], w[1][0], w[1][1], finite, plan)
        return out.reshape(out_shape)
    return _convn_window(A, B, list(window), dtype, finite, plan)


def gemm_plan(a_plane, b_plane, rows: int, cols: int) -> dict:
    """The direct method's choices for 2-D planes of shapes ``a_plane`` and
    ``b_plane`` and an output window of ``rows x cols``: ``swap`` (B is the larger
    plane and A acts as the kernel), ``transpose`` (the kernel's longer side runs along
    the second axis, so the GEMM runs on the transposes), and the GEMM's geometry
    ``h`` (output rows per Toeplitz block), ``g`` (kernel columns per group) and ``cw``
    (output columns per product), in the GEMM's orientation."""
    ma, na = a_plane
    mb, nb = b_plane
    swap = mb * nb > ma * na
    mk, nk = (ma, na) if swap else (mb, nb)
    transpose = nk > mk
    if transpose:
        mk, nk, rows, cols = nk, mk, cols, rows
    h, g, cw = _geometry(mk, nk, rows, cols)
    return {"swap": swap, "transpose": transpose, "h": h, "g": g, "cw": cw}


def _geometry(mk, nk, Mo, No):
    """(h, g, cw) of :func:`_gemm_window` for a kernel ``mk x nk`` and ``Mo x No``
    outputs."""
    h = 1 if Mo * No <= _SMALL_WINDOW else max(1, min(_BLOCK_ROWS, Mo))
    hk = h + mk - 1
    g = max(1, min(nk, _LIMIT // (h * max(hk, No + nk - 1))))
    cw = max(1, min(No, _LIMIT // (g * h) - g + 1))
    return h, g, cw


def _convn_window(A, B, window, dtype, finite=None, plan=None):
    """N-D (ndim > 2) direct convolution: the last axis by explicit summation."""
    p0, n = window[-1]
    ma, mb = A.shape[-1], B.shape[-1]
    out = np.zeros(tuple(w for _, w in window), dtype)
    for t in range(n):
        p = p0 + t  # full-convolution index along the last axis: sum A[p-l] B[l]
        lo, hi = max(0, p - ma + 1), min(mb, p + 1)
        for l in range(lo, hi):
            a = A[..., p - l]
            b = B[..., l]
            plane = None if finite is None or np.ndim(finite) == 0 else \
                finite[..., p - l]
            if plane is None and finite is not None:
                plane = finite
            if a.ndim <= 2:
                part = _conv2_window(a, b, window[0][0], window[0][1], window[1][0],
                                     window[1][1], plane, plan)
            else:
                part = _convn_window(a, b, window[:-1], dtype, plane, plan)
            out[..., t] += part
    return out


def _fft_window(A, B, window, dtype):
    from scipy.signal import fftconvolve

    full = fftconvolve(A, B, mode="full")
    sl = tuple(slice(s, s + n) for s, n in window)
    return np.ascontiguousarray(full[sl]).astype(dtype, copy=False)


def _conv2_window(A, B, p0, Mo, q0, No, finite=None, plan=None):
    """Window ``[p0, p0+Mo) x [q0, q0+No)`` of the full 2-D convolution of A and B
    (``finite``: whether A is finite, ``plan``: :func:`gemm_plan` of the whole array,
    when A is one block of a larger array)."""
    dtype = result_class(A, B)
    if Mo == 0 or No == 0 or A.size == 0 or B.size == 0:
        return np.zeros((Mo, No), dtype)
    a_finite = bool(np.isfinite(A).all()) if finite is None else bool(finite)
    swap = B.size > A.size if plan is None else plan["swap"]
    if not (a_finite and np.isfinite(B).all()):
        return _shift_add_window(A, B, p0, Mo, q0, No, dtype, swap)
    # Convolution commutes: let the smaller operand be the kernel.
    if swap:
        A, B = B, A
    geometry = None if plan is None else (plan["h"], plan["g"], plan["cw"])
    # Let the kernel's longer side run down the rows (the GEMM-contracted direction).
    if B.shape[1] > B.shape[0]:
        return _gemm_window(A.T, B.T, q0, No, p0, Mo, dtype, geometry).T
    return _gemm_window(A, B, p0, Mo, q0, No, dtype, geometry)


def _shift_add_window(A, B, p0, Mo, q0, No, dtype, swap=None):
    """Bounds-limited direct sum: exactly the legal products, ``0*Inf`` included."""
    if B.size > A.size if swap is None else swap:
        A, B = B, A
    ma, na = A.shape
    out = np.zeros((Mo, No), dtype)
    with np.errstate(invalid="ignore", over="ignore"):
        _shift_add_loop(A, B, p0, Mo, q0, No, out)
    return out


def _shift_add_loop(A, B, p0, Mo, q0, No, out):
    ma, na = A.shape
    for a in range(B.shape[0]):
        # output rows p with 0 <= p - a < ma, inside the window
        r_lo, r_hi = max(p0, a), min(p0 + Mo, a + ma)
        if r_lo >= r_hi:
            continue
        for b in range(B.shape[1]):
            c_lo, c_hi = max(q0, b), min(q0 + No, b + na)
            if c_lo >= c_hi:
                continue
            out[r_lo - p0 : r_hi - p0, c_lo - q0 : c_hi - q0] += (
                B[a, b] * A[r_lo - a : r_hi - a, c_lo - b : c_hi - b]
            )


def _compiled_ok(mk, nk, Mo, No, dtype, h, g, cw) -> bool:
    """Whether :mod:`compat._core.accelerated_conv` computes this window: it
    reproduces the BLAS path's bits for a ``mk x nk`` kernel (``mk`` at most
    ``MAX_ROWS``, well below OpenBLAS's K-blocking, which splits longer sums into
    partial sums) for real float32/float64 only (complex GEMMs round differently), when
    every product of the GEMM geometry ``(h, g, cw)`` is a matrix-matrix one: a
    Toeplitz stack of ``gg * h`` rows (``gg`` kernel columns of a group) times a band of
    ``cc + gg - 1`` columns (``cc`` outputs of a chunk); a single row or column makes
    numpy's matmul a matrix-vector product, whose BLAS kernels add in another order
    (1-D convolutions, whose kernels have one column, stay on the BLAS path). Windows
    of fewer than ``_COMPILED_MIN`` outputs keep the BLAS path (as fast there, and no
    compilation). The contracted length ``h + mk - 1`` stays within
    ``_CHAIN_MAX[dtype]``: OpenBLAS 0.3.31's double GEMM on this machine (Zen, Haswell
    kernels) adds contractions of 16 or more products in another order when the
    product has 1-4 columns past a multiple of 8 (measured over M <= 69, N <= 39: the
    single fused chain holds for every shape up to 15 products; its single precision
    GEMM keeps the chain up to 23, the longest the compiled path meets)."""
    last_group = nk - (nk - 1) // g * g
    last_chunk = No - (No - 1) // cw * cw
    return (Mo * No >= _COMPILED_MIN and np.dtype(dtype).str in _CHAIN_MAX
            and 1 <= nk <= mk <= MAX_ROWS
            and h + mk - 1 <= _CHAIN_MAX[np.dtype(dtype).str]
            and last_group * h >= 2 and last_chunk + last_group - 1 >= 2)


#: longest contraction (``h + mk - 1`` products) the compiled path reproduces, by dtype
_CHAIN_MAX = {"<f8": 15, "<f4": 23}


#: (mk, nk, dtype, h) -> whether the compiled kernel gave this machine's BLAS bits
_KERNEL_AGREES: dict = {}
#: (mk, nk, dtype, h, g, cw, No) -> whether it also did on that geometry's GEMM shapes
_WINDOW_AGREES: dict = {}


def _probes(mk, nk, dtype):
    """The operand pairs of :func:`_agreeing_kernel`: random data and kernels with
    negative zeros, two row lengths, and a pair whose products underflow to zeros,
    mostly ``-0`` (the BLAS geometry's zero Toeplitz entries then decide the sign of
    the ``-0`` sums)."""
    rng = np.random.default_rng(mk * 100 + nk)
    for rows, cols in ((9, 77), (4, 263)):
        A = rng.standard_normal((rows, cols)).astype(dtype)
        A[rng.random(A.shape) < 0.2] = -0.0
        yield A, rng.standard_normal((mk, nk)).astype(dtype)
    tiny = np.sqrt(np.finfo(dtype).smallest_subnormal) / 4
    A = np.where(rng.random((19, 40)) < 0.15, tiny, -tiny).astype(dtype)
    A[rng.random(A.shape) < 0.2] = -0.0
    yield A, (rng.uniform(0.5, 2, (mk, nk)) * tiny).astype(dtype)


def _agreeing_kernel(mk, nk, dtype, h, columns=None):
    """:func:`small_conv_kernel` for ``mk x nk`` kernels of ``dtype`` (BLAS geometry
    ``h``), when it gives the bits of this machine's BLAS path; else None (the BLAS
    path then runs).

    The kernel reproduces the rounding of OpenBLAS's GEMM kernels on CPUs with fused
    multiply-adds (compat._core.accelerated_conv); another BLAS (MKL, Accelerate) or a
    CPU without FMA rounds otherwise. So the first use of each kernel shape, dtype and
    block height ``h`` (one-row blocks, or taller ones with their zero Toeplitz
    entries and longer contractions) in a process runs :func:`_gemm_window` both ways
    on :func:`_probes` and keeps the compiled path only when every bit agrees.

    ``columns``, ``(g, cw, No)``: the window's kernel columns per group, output
    columns per product and output columns. Whether a BLAS kernel adds a contraction
    in order also depends on the product's shape (M = ``g * h`` rows, N = ``cw + g -
    1`` columns): OpenBLAS 0.3.31's SkylakeX double GEMM orders the last columns of a
    product with 56 rows and 2054 columns otherwise, so conv2 of a 300 x 2048 double
    by a 7 x 7 kernel, 'same', differed from the BLAS path in 601 outputs by an ulp
    while the small probes agreed. So each new ``columns`` also runs both ways on
    random data of two blocks of ``h`` rows and ``No`` columns inside the data (the
    same GEMM shapes, every product column holding data).
    """
    kernel = small_conv_kernel(mk, nk)
    if kernel is None:
        return None
    key = (mk, nk, np.dtype(dtype).str, h)
    agrees = _KERNEL_AGREES.get(key)
    if agrees is None:
        agrees = True
        for A, B in _probes(mk, nk, dtype):
            Mo, No = A.shape[0] + mk - 1, A.shape[1] + nk - 1
            geometry = (h, nk, No)
            blas, mine = (_gemm_window(A, B, 0, Mo, 0, No, dtype, geometry, compiled=c)
                          for c in (False, kernel))
            agrees = agrees and (np.ascontiguousarray(mine).tobytes()
                                 == np.ascontiguousarray(blas).tobytes())
        _KERNEL_AGREES[key] = agrees
    if agrees and columns is not None:
        wkey = key + tuple(columns)
        agrees = _WINDOW_AGREES.get(wkey)
        if agrees is None:
            g, cw, No = columns
            rng = np.random.default_rng(No)
            # an interior window: data (no zero padding) under every product column
            A = rng.standard_normal((2 * h + mk - 1, No + nk - 1)).astype(dtype)
            A[rng.random(A.shape) < 0.2] = -0.0
            B = rng.standard_normal((mk, nk)).astype(dtype)
            blas, mine = (_gemm_window(A, B, mk - 1, 2 * h, nk - 1, No, dtype, (h, g, cw),
                                       compiled=c) for c in (False, kernel))
            agrees = _WINDOW_AGREES[wkey] = (np.ascontiguousarray(mine).tobytes()
                                             == np.ascontiguousarray(blas).tobytes())
    return kernel if agrees else None


def _gemm_window(A, B, p0, Mo, q0, No, dtype, geometry=None,
                 compiled=True):
    """Blocked-Toeplitz GEMM for finite A, B (B the kernel, ``B.shape[1] <= B.shape[0]``).

    With ``K = B[::-1, ::-1]`` and ``P`` the zero-padded A, the full convolution is
    ``C[p, q] = sum_{u,v} K[u, v] P[p+u, q+v]``. For a block of ``h`` output rows and a
    kernel column ``v`` the sum over ``u`` is ``T_v @ P[rows]`` with ``T_v`` the
    ``h x (h+mk-1)`` banded Toeplitz matrix of ``K[:, v]``; the sum over ``v`` is a
    shifted add of the GEMM results.
    """
    mk, nk = B.shape
    K = B[::-1, ::-1]
    # rows per Toeplitz block, kernel columns per group, output columns per product:
    # a block of a larger array takes the whole array's (``geometry``)
    h, g, cw = _geometry(mk, nk, Mo, No) if geometry is None else geometry
    nblk = -(-Mo // h)
    hk = h + mk - 1

    # P[x, y] = A[x + r0, y + c0], zero-padded: A's window (the compiled path copies it
    # band by band)
    r0, c0 = p0 - (mk - 1), q0 - (nk - 1)
    if compiled is not False:
        # ``compiled``: True, the agreeing kernel where _compiled_ok takes the window;
        # False, the BLAS path; a kernel, that kernel (the probes of _agreeing_kernel)
        kernel = (compiled if callable(compiled) else
                  _agreeing_kernel(mk, nk, dtype, h, (g, cw, No))
                  if _compiled_ok(mk, nk, Mo, No, dtype, h, g, cw) else None)
        if kernel is not None:
            # the same sums in one compiled loop, rounded as the BLAS products round
            # them, signed zeros as this geometry's (compat._core.accelerated_conv)
            out = np.empty((Mo, No), dtype)
            kernel(A, np.ascontiguousarray(K), out, h, r0, c0)
            return out
    P = padded_copy(A, r0, c0, np.empty((nblk * h + mk - 1, No + nk - 1), dtype))

    # (g, cw: kernel columns grouped so the Toeplitz stack and one block's product stay
    # small, see _geometry)
    out = np.empty((nblk, h, No), dtype)
    s0, s1 = P.strides
    r_idx = np.arange(h)
    # the shifted adds below in one compiled pass per output row (same additions in
    # the same order; conv2 2048^2 15x15 'same': 50 -> 15 ms), or numpy's
    adds = shifted_add_kernel() if out.size >= _COMPILED_MIN else None
    for j0 in range(0, nk, g):
        gg = min(g, nk - j0)
        T = np.zeros((gg, h, hk), dtype)
        for u in range(mk):
            T[:, r_idx, r_idx + u] = K[u, j0 : j0 + gg][:, None]
        T = T.reshape(gg * h, hk)
        for c in range(0, No, cw):
            cc = min(cw, No - c)
            ncols = cc + gg - 1
            base = P[:, c + j0 :]
            V = as_strided(base, shape=(nblk, hk, ncols), strides=(h * s0, s0, s1), writeable=False)
            bchunk = max(1, _LIMIT // (gg * h * ncols))
            for b in range(0, nblk, bchunk):
                bb = min(bchunk, nblk - b)
                W = np.matmul(T, V[b : b + bb]).reshape(bb, gg, h, ncols)
                o = out[b : b + bb, :, c : c + cc]
                if adds is not None:
                    adds(W, o, 1 if j0 == 0 else 0)
                    continue
                if j0 == 0:
                    np.copyto(o, W[:, 0, :, 0:cc])
                    start = 1
                else:
                    start = 0
                for jj in range(start, gg):
                    o += W[:, jj, :, jj : jj + cc]
    return out.reshape(nblk * h, No)[:Mo]
