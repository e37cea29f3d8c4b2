"""Building complex arrays from real and imaginary parts (MATLAB's ``complex``).

``a + 1j*b`` is not the same thing: it multiplies ``1j`` by ``b`` first, so an infinite
``b`` gives a NaN real part (``1j*inf`` is ``nan+infj`` in IEEE complex arithmetic), and
``a + 0j`` loses ``-0`` imaginary parts and, in MATLAB, drops an all-zero imaginary part
altogether. Here the parts are stored as they are, bit for bit.
"""

from __future__ import annotations

import numpy as np

__all__ = ["from_parts"]


def from_parts(re: np.ndarray, im: np.ndarray | None) -> np.ndarray:
    """A complex array whose real parts are ``re`` and imaginary parts ``im``.

    ``re`` and ``im`` are real floating arrays of the same shape, or one of them has a
    single element (expanded to the other's shape); ``im=None`` means zeros. The
    result is complex64 when either part is float32, complex128 otherwise; the parts'
    bits are kept (NaN, Inf and signed zeros included). Sizes are checked by the caller.

    Examples
    --------
    >>> import numpy as np
    >>> z = from_parts(np.array([1.0, -0.0]), np.array([np.inf, -0.0]))
    >>> z.real, z.imag
    (array([ 1., -0.]), array([inf, -0.]))
    """
    if im is None:
        im = np.zeros_like(re)
    single = np.float32 in (re.dtype.type, im.dtype.type)
    ctype = np.complex64 if single else np.complex128
    shape = re.shape if re.size != 1 or im.size == 1 else im.shape
    if re.size == 1 and im.size == 1 and re.ndim < im.ndim:
        shape = im.shape
    out = np.empty(shape, dtype=ctype)
    out.real = re.reshape(()) if re.size == 1 and re.shape != shape else re
    out.imag = im.reshape(()) if im.size == 1 and im.shape != shape else im
    return out
