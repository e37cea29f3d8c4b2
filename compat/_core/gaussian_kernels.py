"""Sampled Gaussian kernels of up to eight dimensions, as IDL's ``GAUSSIAN_FUNCTION``
builds them.

Python-shaped: ``sigma`` and ``widths`` are given per numpy axis; the legacy layer
(:mod:`compat.idl.gaussian_kernels`) reverses IDL's dimension order and reads IDL's
keywords.

* Samples: along an axis of width ``w`` the offsets from the centre are ``k - w // 2``
  for odd ``w`` and ``k - w // 2 + 1/2`` for even ``w`` (``k = 0 .. w - 1``), so the
  kernel is symmetric in every case (IDL's reference page: "The Gaussian is always
  symmetric"); an even width has no sample at the centre and its largest value is below
  the peak.
* Value: ``exp(-(q_1 + q_2 + ...))`` with ``q = x^2 / (2 sigma^2)`` per axis, the sum
  taken in IDL's first-dimension-first order (numpy's last axis first) and everything in
  the working type (float32 or float64), as IDL 8's gaussian_function.pro evaluates it.
* Scale: a peak value multiplies the kernel; otherwise ``unit_sum`` divides it by its
  total (sum 1).
* Default width: ``2 * (ceil(3 sigma) | 1) + 1`` per axis (IDL 8's gaussian_function.pro:
  ``CEIL(sigma*3)``, made odd, doubled, plus one -- "approximately three standard
  deviations in each dimension" as the reference page puts it).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

__all__ = ["default_widths", "sampled_gaussian", "MIN_SIGMA", "MAX_DIMENSIONS"]

#: sigmas below this are raised to it (IDL 8's gaussian_function.pro: ``sigma > 0.00001d``)
MIN_SIGMA = 0.00001
#: the most dimensions a kernel can have (IDL's arrays)
MAX_DIMENSIONS = 8


def default_widths(sigma: np.ndarray) -> np.ndarray:
    """The default width for each sigma (int64): ``2 * (ceil(3 sigma) | 1) + 1``, the
    product ``3 sigma`` evaluated in ``sigma``'s own floating type."""
    three = (sigma * sigma.dtype.type(3)).astype(np.float64)
    half = np.ceil(three).astype(np.int64)
    return 2 * (half | 1) + 1


def sampled_gaussian(sigma: Sequence[float], widths: Sequence[int], dtype, *,
                     peak=None, unit_sum: bool = False) -> np.ndarray:
    """The kernel of shape ``tuple(widths)`` in ``dtype`` (float32 or float64).

    ``sigma[i]`` and ``widths[i]`` belong to numpy axis ``i``. ``peak`` (a number) scales
    the kernel so that a sample at the centre would equal it; without ``peak``,
    ``unit_sum=True`` divides by the total.
    """
    dtype = np.dtype(dtype)
    ndim = len(widths)
    exponent = None
    # IDL adds the terms from its first dimension (numpy's last axis) on
    for axis in reversed(range(ndim)):
        w = int(widths[axis])
        s = dtype.type(sigma[axis])
        x = np.arange(w, dtype=dtype) - dtype.type(w // 2)
        if w % 2 == 0:
            x = x + dtype.type(0.5)
        q = (x * x) / (dtype.type(2) * (s * s))
        shape = [1] * ndim
        shape[axis] = w
        q = q.reshape(shape)
        exponent = q if exponent is None else exponent + q
    kernel = np.exp(-np.broadcast_to(exponent, tuple(int(w) for w in widths)))
    if peak is not None:
        kernel = kernel * dtype.type(peak)
    elif unit_sum:
        kernel = kernel / kernel.sum(dtype=dtype)
    return np.ascontiguousarray(kernel, dtype=dtype)
