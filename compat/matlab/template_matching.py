"""MATLAB's ``xcorr2`` (Signal Processing Toolbox) and ``normxcorr2`` (Image
Processing Toolbox).

The legacy layer of the family over :mod:`compat._core.template_matching` (whose
docstring states MATLAB's steps): MATLAB's argument checks and error texts, the input
classes (normxcorr2 works in double after shifting signed data to nonnegative values;
xcorr2 keeps single for single inputs). Checked against GNU Octave 7.3's image 2.14
normxcorr2 and signal 1.4 xcorr2 (golden suite ``matlab/template_matching``).
"""

from __future__ import annotations

import numpy as np

from compat._core import template_matching as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["xcorr2", "normxcorr2"]


def _matrix(value, name) -> np.ndarray:
    a = np.asarray(matlab_array(value, name, char="error"))
    if a.ndim > 2:
        raise CompatValueError(f"{name} must be a 2-D array.")
    if a.ndim < 2:
        a = a.reshape(1, -1)
    return a


@matlab_function("xcorr2")
def xcorr2(a, b=None):
    """2-D cross-correlation, as MATLAB's ``xcorr2``: ``conv2(a, rot90(conj(b), 2))``,
    size ``size(a) + size(b) - 1``; ``xcorr2(a)`` is the autocorrelation.

    MATLAB call forms::

        c = xcorr2(a, b)        ->  xcorr2(a, b)
        c = xcorr2(a)           ->  xcorr2(a)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.xcorr2(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[1.0, 1.0]]))
    array([[1., 3., 2.],
           [3., 7., 4.]])
    """
    x = _matrix(a, "A")
    y = x if b is None else _matrix(b, "B")
    dtype = np.float32 if (x.dtype == np.float32 and y.dtype == np.float32) else None
    cx = np.iscomplexobj(x) or np.iscomplexobj(y)
    kind = np.complex128 if cx else np.float64
    out = core.cross_correlation(x.astype(kind), y.astype(kind))
    return out.astype(np.complex64 if cx else np.float32) if dtype else out


def _shift(a: np.ndarray) -> np.ndarray:
    b = a.astype(np.float64)
    if a.dtype.kind != "u" and b.size and b.min() < 0:
        b = b - b.min()
    return b


@matlab_function("normxcorr2")
def normxcorr2(template, A):
    """Normalized 2-D cross-correlation, as MATLAB's ``normxcorr2``: the correlation
    coefficient of the template with every placement over ``A`` (the full size,
    ``size(A) + size(template) - 1``), 0 where ``A``'s window is flat.

    MATLAB call form::

        C = normxcorr2(template, A)     ->  normxcorr2(T, A)

    The template must have at least 2 elements, not all equal, and fit inside ``A``;
    both must be real and finite. ``scipy.signal.correlate2d`` and
    ``skimage.feature.match_template`` compute other normalisations or sizes.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.zeros((5, 5)); A[2:4, 1:3] = [[1, 2], [3, 4]]
    >>> C = matlab.normxcorr2(np.array([[1.0, 2.0], [3.0, 4.0]]), A)
    >>> [int(v) for v in np.unravel_index(np.argmax(C), C.shape)], round(float(C.max()), 12)
    ([3, 2], 1.0)
    """
    t = _matrix(template, "T")
    a = _matrix(A, "A")
    for name, v in (("T", t), ("A", a)):
        if np.iscomplexobj(v) or (v.dtype.kind == "f" and not np.all(np.isfinite(v))):
            raise CompatValueError(f"Expected input {name} to be real and finite.")
    if t.size < 2:
        raise CompatValueError("The template must have at least 2 elements.")
    if a.shape[0] < t.shape[0] or a.shape[1] < t.shape[1]:
        raise CompatValueError("A must be the same size as or larger than the template.")
    ts, as_ = _shift(t), _shift(a)
    if np.std(ts, ddof=1) == 0:
        raise CompatValueError("The values of the template cannot all be the same.")
    return core.normalized_cross_correlation(ts, as_)
