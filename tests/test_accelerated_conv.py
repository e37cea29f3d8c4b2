"""The compiled small-window convolution (compat._core.accelerated_conv) gives the BLAS
path's bits (compat._core.convolution._gemm_window through numpy's matmul) for every
shape, dtype, kernel and 'full'/'same'/'valid' window it takes, signed zeros and
subnormal products included (issue 20: conv2 256^2 5x5 'full' in half Octave's time)."""

from __future__ import annotations

import numpy as np
import pytest

from compat._core import accelerated_conv, accelerated_sums, convolution
from compat.matlab import conv2, filter2

pytest.importorskip("numba")


def blas_path(monkeypatch, fn, *args):
    with monkeypatch.context() as m:
        m.setattr(convolution, "small_conv_kernel", lambda mk: None)
        return fn(*args)


def same_bits(a, b) -> bool:
    a, b = np.ascontiguousarray(a), np.ascontiguousarray(b)
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


def _operands(rng, dtype, shape, kshape, kind):
    A = rng.standard_normal(shape).astype(dtype)
    B = rng.standard_normal(kshape).astype(dtype)
    if kind == "zeros":  # signed zeros: the sums' zero signs must match too
        A[rng.random(A.shape) < 0.3] = 0.0
        A[rng.random(A.shape) < 0.3] = -0.0
        B[rng.random(B.shape) < 0.3] = -0.0
    elif kind == "tiny":  # products round to subnormals or underflow to zero
        A *= np.finfo(dtype).tiny * 4
    return A, B


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("kind", ["normal", "zeros", "tiny"])
def test_compiled_window_equals_the_blas_path(monkeypatch, dtype, kind):
    rng = np.random.default_rng(20 + len(kind))
    used = []
    real = convolution.small_conv_kernel
    monkeypatch.setattr(convolution, "small_conv_kernel",
                        lambda mk: used.append(mk) or real(mk))
    for _ in range(12):
        shape = tuple(int(n) for n in rng.integers(60, 140, 2))
        kshape = tuple(int(n) for n in rng.choice([1, 2, 3, 5], 2))
        A, B = _operands(rng, dtype, shape, kshape, kind)
        for form in ("full", "same", "valid"):
            got = conv2(A, B, form)
            assert same_bits(got, blas_path(monkeypatch, conv2, A, B, form)), \
                (shape, kshape, form)
    assert used, "the compiled path was never taken"


def test_issue_case_and_filter2(monkeypatch):
    """conv2 256^2 * 5x5 'full' (the benchmark's case), 'same', and filter2 (the kernel
    rotated), double and single."""
    rng = np.random.default_rng(256)
    for dtype in (np.float64, np.float32):
        A, B = _operands(rng, dtype, (256, 256), (5, 5), "normal")
        for fn, args in ((conv2, (A, B, "full")), (conv2, (A, B, "same")),
                         (filter2, (B, A, "same")), (conv2, (A, B.T[:3], "valid"))):
            assert same_bits(fn(*args), blas_path(monkeypatch, fn, *args))


def test_the_kernel_chain_is_fused():
    """Each product is rounded into the running sum once (a fused multiply-add, as the
    BLAS kernels do): (1+eps)^2 - (1+2 eps) is eps^2 fused, 0 with the product
    rounded first; a compiler that split the FMA would fail here."""
    eps = np.finfo(np.float64).eps
    kernel = accelerated_conv.small_conv_kernel(2)
    P = np.array([[-(1 + 2 * eps), 0.0], [1 + eps, 0.0]])
    K = np.array([[1.0], [1 + eps]])
    out = np.empty((1, 1))
    kernel(P, K, out)
    assert out[0, 0] == eps * eps


def test_a_blas_that_rounds_otherwise_keeps_the_blas_path(monkeypatch):
    """The compiled path is used only where a probe shows it gives this machine's BLAS
    bits (another BLAS, or a CPU without FMA, rounds otherwise): a kernel off by one
    ulp is refused and conv2 returns the BLAS path's result."""
    real = accelerated_conv.small_conv_kernel(5)

    def off_by_an_ulp(P, K, out):
        real(P, K, out)
        out[0, 0] = np.nextafter(out[0, 0], np.inf)

    monkeypatch.setattr(convolution, "small_conv_kernel", lambda mk: off_by_an_ulp)
    monkeypatch.setattr(convolution, "_KERNEL_AGREES", {})
    A, B = _operands(np.random.default_rng(3), np.float64, (128, 128), (5, 5), "normal")
    got = conv2(A, B, "full")
    assert convolution._KERNEL_AGREES == {(5, 5, "<f8"): False}
    assert same_bits(got, blas_path(monkeypatch, conv2, A, B, "full"))
    monkeypatch.setattr(convolution, "small_conv_kernel", lambda mk: real)
    monkeypatch.setattr(convolution, "_KERNEL_AGREES", {})
    assert same_bits(conv2(A, B, "full"), got)
    assert convolution._KERNEL_AGREES == {(5, 5, "<f8"): True}


def test_off_switch(monkeypatch):
    monkeypatch.setattr(accelerated_sums, "_kernels", lambda: None)
    assert accelerated_conv.small_conv_kernel(5) is None
    assert accelerated_conv.small_conv_kernel(1) is None
