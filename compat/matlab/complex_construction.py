"""MATLAB's ``complex``: a complex array from real and imaginary parts.

The legacy layer over :mod:`compat._core.complex_construction`.
"""

from __future__ import annotations

import numpy as np

from compat._core.complex_construction import from_parts
from compat._core.errors import CompatTypeError, MatlabValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_classes import matlab_size
from compat._core.matlab_types import matlab_array

__all__ = ["complex"]


def _part(value, name: str) -> np.ndarray:
    a = matlab_array(value, name)
    if a.dtype.kind in "iu":
        raise CompatTypeError(
            f"{name} is of an integer class: MATLAB builds a complex integer array "
            "(complex(uint8(1), uint8(2)) is uint8 1 + 2i), which compat does not "
            "support (numpy has no complex integers); convert with double() or single() "
            "first")
    if a.dtype.kind == "b":
        a = a.astype(np.float64)
    return a


@matlab_function("complex")
def complex(a, b=None):
    """Complex array from real and imaginary parts, as MATLAB's ``complex``.

    MATLAB call forms::

        z = complex(a, b)   ->  complex(a, b)     z = a + b*i, b kept even when zero
        z = complex(x)      ->  complex(x)        x + 0i (a complex x is returned as is)

    ``a`` and ``b`` have the same size, or one of them is a scalar (expanded to the
    other's size; a 1-D numpy vector is a MATLAB row and keeps its 1-D shape). The
    result is complex even when every imaginary part is zero (``isreal`` of it is
    false): that is what ``complex`` is for.

    Differences from the naive calls: ``a + 1j*b`` computes ``1j*b`` in complex
    arithmetic, so ``b = Inf`` gives a NaN real part (``complex(NaN, Inf)`` keeps
    ``NaN + Inf i``, and ``complex(1, Inf)`` is ``1 + Inf i`` where ``1 + 1j*inf`` is
    ``nan + inf j``) and ``-0`` imaginary parts become ``+0``; here both parts are
    stored as given, bit for bit. In MATLAB ``a + 0i`` is real again (an all-zero
    imaginary part is dropped), which is why legacy code calls ``complex``.

    Classes: double and logical give a complex double, single (either part) a complex
    single. MATLAB also builds complex integer arrays (``complex(uint8(1), uint8(2))``,
    its reference page's example); numpy has no complex integers, so compat refuses
    integer parts with a ``TypeError`` saying so. GNU Octave 7.3 computes integer parts
    in double instead. Text is refused, as Octave 7.3 does.

    Sources: MathWorks' ``complex`` reference page (the forms, scalar expansion,
    ``isreal(complex(12))`` false, the class rules); checked against GNU Octave 7.3
    (golden suite matlab/complex).

    Parameters
    ----------
    a : scalar or array_like
        Real parts (double, single or logical; with ``b``, real); alone, ``x``.
    b : scalar or array_like, optional
        Imaginary parts (double, single or logical, real).

    Returns
    -------
    numpy complex scalar or ndarray
        complex128 (complex64 when a part is single), the common size.

    Raises
    ------
    MatlabValueError
        A complex part with two inputs (``"Input arguments must be real."``; Octave
        7.3 takes the real part silently, a recorded divergence) or sizes that differ
        with neither part a scalar.
    TypeError
        Integer classes or text (see above).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.complex(3, 4)
    np.complex128(3+4j)
    >>> z = matlab.complex(12)
    >>> z, matlab.isreal(z)
    (np.complex128(12+0j), np.False_)
    >>> matlab.complex(1, np.inf), 1 + 1j * np.inf
    (np.complex128(1+infj), (nan+infj))
    >>> matlab.complex([[1.0], [2.0]], np.float32(0))
    array([[1.+0.j],
           [2.+0.j]], dtype=complex64)
    """
    if b is None:
        x = matlab_array(a, "x")
        if x.dtype.kind == "c":
            out = x.copy()
        else:
            if x.dtype.kind in "iu":
                x = _part(x, "x")
            out = from_parts(_part(x, "x"), None)
        return out[()] if out.ndim == 0 else out
    re = matlab_array(a, "a")
    im = matlab_array(b, "b")
    if re.dtype.kind == "c" or im.dtype.kind == "c":
        raise MatlabValueError("Input arguments must be real.",
                               "MATLAB:complex:invalidInputs")
    re, im = _part(re, "a"), _part(im, "b")
    if re.size != 1 and im.size != 1 and matlab_size(re) != matlab_size(im):
        raise MatlabValueError(
            "Input arguments must be the same size, or one of them a scalar "
            f"(a is {'x'.join(map(str, matlab_size(re)))}, b is "
            f"{'x'.join(map(str, matlab_size(im)))}).", "MATLAB:complex:sizeMismatch")
    if re.size != 1 and im.size != 1 and re.shape != im.shape:
        im = im.reshape(re.shape)  # a 1-D row against the (1, N) matrix: a's layout
    out = from_parts(re, im)
    return out[()] if out.ndim == 0 else out
