"""MATLAB's ``imgaussfilt3`` (Image Processing Toolbox), 3-D Gaussian filtering of
volumes, over :func:`compat._core.image_processing.gaussian_smooth3`."""

from __future__ import annotations

import numpy as np

from compat._core import image_processing as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab._gaussian_args import gaussian_arguments

__all__ = ["imgaussfilt3"]

_CLASSES = ("uint8", "uint16", "uint32", "int8", "int16", "int32", "single", "double")


def _triple(value, name: str, *, odd_integers: bool) -> tuple:
    v = np.asarray(value)
    if v.dtype.kind not in "biuf" or v.size == 0:
        raise CompatValueError(f"Expected {name} to be nonempty and numeric.")
    v = v.reshape(-1).astype(np.float64)
    if np.any(v <= 0):
        raise CompatValueError(f"Expected {name} to be positive.")
    if not np.all(np.isfinite(v)):
        raise CompatValueError(f"Expected {name} to be finite.")
    if odd_integers:
        if np.any(v != np.round(v)):
            raise CompatValueError(f"Expected {name} to be integer-valued.")
        if np.any(v % 2 == 0):
            raise CompatValueError(f"Expected {name} to be odd.")
    if v.size == 1:
        v = np.repeat(v, 3)
    if v.size != 3:
        raise CompatValueError(f"{name} must be a scalar or a 3-element vector.")
    return tuple(int(x) for x in v) if odd_integers else tuple(float(x) for x in v)


@matlab_function("imgaussfilt3")
def imgaussfilt3(A, *args):
    """3-D Gaussian filtering of a volume, as MATLAB's ``imgaussfilt3``.

    MATLAB call forms::

        B = imgaussfilt3(A)                       sigma 0.5, a 3-by-3-by-3 kernel
        B = imgaussfilt3(A, sigma)                scalar or [rows cols slices]
        B = imgaussfilt3(___, 'FilterSize', s)    odd, scalar or 3 elements; default
                                                  2*ceil(2*sigma)+1
        B = imgaussfilt3(___, 'Padding', p)       'replicate' (default), 'circular',
                                                  'symmetric' or a number
        B = imgaussfilt3(___, 'FilterDomain', d)  'auto' (default), 'spatial',
                                                  'frequency'

    The steps of MathWorks' imgaussfilt3.m (facts of a public copy, 2014-2017): in the
    spatial domain, 8- and 16-bit integer volumes are filtered in single and 32-bit
    ones in double, by three 1-D convolutions with 'same' size and the padding --
    along the rows first, then the columns, then the slices -- with imgaussfilt's
    kernel (values below ``eps`` times the largest dropped, normalised); in the
    frequency domain the padded volume's FFT is multiplied by the full 3-D kernel's.
    The result has the size and class of ``A`` (integers rounded and saturated).

    'auto' is filtered in the spatial domain: MATLAB's choice there is "machine
    dependent and may vary" (its help text), and the two domains agree to rounding.

    Differences from ``scipy.ndimage.gaussian_filter(A, sigma)``: MATLAB's shorter
    kernel (about 2 sigma each side, renormalised), replicated borders and rounded
    integer results.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> V = np.zeros((3, 3, 3), dtype=np.uint8); V[1, 1, 1] = 200
    >>> matlab.imgaussfilt3(V)[:, :, 1]
    array([[ 2, 13,  2],
           [13, 97, 13],
           [ 2, 13,  2]], dtype=uint8)
    """
    a = np.asarray(matlab_array(A, "A", complex_ok=False, char="error"))
    name = a.dtype.name if a.dtype.kind != "f" else \
        ("single" if a.dtype == np.float32 else "double")
    if a.dtype.kind in "cb" or name not in _CLASSES:
        shown = "logical" if a.dtype.kind == "b" else name
        raise CompatTypeError("Expected input number 1, A, to be one of these types:\n\n"
                              + ", ".join(_CLASSES) + f"\n\nInstead its type was {shown}.")
    if a.ndim > 3:
        raise CompatValueError("Expected input number 1, A, to be three-dimensional.")
    sigma, size, boundary, value, domain = gaussian_arguments(
        args, (0.5, 0.5, 0.5), (3, 3, 3),
        lambda v: _triple(v, "Sigma", odd_integers=False),
        lambda v: _triple(v, "FilterSize", odd_integers=True))
    work = a.reshape(1, -1) if a.ndim == 1 else a
    if domain == "auto":
        domain = "spatial"
    out = core.gaussian_smooth3(work, sigma, size, boundary=boundary, value=value,
                                domain=domain)
    return out.reshape(a.shape)
