"""The magnitude of complex numbers as the C library's ``hypot`` gives it.

MATLAB's ``abs``, ``max``/``min``/``sort`` of complex input, IDL's ``ABS`` and its
comparisons of complex values take ``|z|`` as the C library computes ``cabs``: glibc's
``cabs`` is ``hypot(re, im)``, correctly rounded in practice. numpy 2's ``np.abs`` of a
complex array is a SIMD loop that is not that function: it differs from ``hypot`` in the
last bit for about a third of random values (measured on numpy 2.4: 34.8% of 20000
complex128 and 35.1% of complex64 normal draws), e.g. ``np.abs`` of ``exp(5j*pi/4)`` is
1.0000000000000002 while ``hypot`` gives 1.0. ``np.hypot`` of the parts is the C
library's ``hypot`` (``hypotf`` for float32) on every value tried (1e5 of each). Where
the last bit decides a result -- a comparison of magnitudes, a tie broken by the angle,
a printed difference -- compat takes the magnitude from here.

Evidence that the originals use ``hypot``: MATLAB's peak2peak reference page prints
``peak2peak(exp(1i*pi/4*(0:7)))`` as 1.1034e-15i, which only the ``hypot`` magnitudes
give (compat.matlab.signal.levels); GNU Octave 7.3 (``std::abs``,
i.e. ``cabs``) takes ``max([exp(5i*pi/4), 1])`` as 1 (equal magnitudes, larger angle),
where ``np.abs`` magnitudes would give ``exp(5i*pi/4)``.

Cost: ``np.hypot`` of the parts is about ten times slower than ``np.abs`` (1e6
complex128 values: 28 ms against 2.8 ms on the development machine).

A leaf: imports nothing from compat.
"""

from __future__ import annotations

import numpy as np

__all__ = ["cabs"]


def cabs(z) -> np.ndarray:
    """``|z|`` element by element: C's ``hypot(re, im)`` for complex input (float64 for
    complex128, float32 for complex64, in the input's shape); ``np.abs`` otherwise.

    >>> import numpy as np
    >>> float(cabs(np.exp(np.array([5j * np.pi / 4])))[0])
    1.0
    >>> cabs(np.array([3 + 4j, -5 - 12j], dtype=np.complex64))
    array([ 5., 13.], dtype=float32)
    """
    z = np.asarray(z)
    if z.dtype.kind != "c":
        return np.abs(z)
    return np.hypot(z.real, z.imag)
