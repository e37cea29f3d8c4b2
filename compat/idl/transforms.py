"""IDL's transforms: FFT (IDL's normalisation: the forward transform divides by N)."""

from __future__ import annotations

import numpy as np
import scipy.fft

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["fft"]


# --------------------------------------------------------------------------------- FFT
@idl_routine("FFT")
def fft(array, direction=-1, *, inverse=False, dimension=None, center=False,
        double=None, overwrite=False):
    """Fast Fourier transform with IDL's normalisation, sign and /CENTER rules.

    IDL call form::

        Result = FFT(Array [, Direction] [, /CENTER] [, DIMENSION=scalar]
                     [, /DOUBLE] [, /INVERSE] [, /OVERWRITE])

    Python::

        compat.idl.fft(array, direction=-1, *, inverse=False, dimension=None,
                       center=False, double=None, overwrite=False)

    Parameters
    ----------
    array : array_like
        Real or complex data, 1 to 8 dimensions (readsav layout).
    direction : number
        Negative (default -1): forward transform; positive: inverse. ``inverse=True``
        is IDL's /INVERSE (same as direction +1).
    dimension : int, optional
        IDL's DIMENSION (1 = IDL's first = numpy's last axis): transform along that
        dimension only. Default: the full multi-dimensional transform.
    center : bool
        IDL's /CENTER. Forward: the zero frequency is moved to element ``N//2`` of each
        transformed dimension (``numpy.fft.fftshift``). Inverse: the input is taken as
        centred and shifted back first (``numpy.fft.ifftshift``), so the pair round-trips
        for odd ``N`` too.
    double : bool, optional
        IDL's /DOUBLE: compute and return complex128. Not given: complex128 for float64 or
        complex128 input, else complex64. ``double=False`` forces complex64.
    overwrite : bool
        IDL's /OVERWRITE; accepted, no effect (compat never modifies the input).

    Returns
    -------
    ndarray, complex64 or complex128
        Forward: ``F(u) = 1/N * sum_x f(x) exp(-2 pi i u x / N)`` (N = number of elements
        transformed). Inverse: ``f(x) = sum_u F(u) exp(+2 pi i u x / N)``, no scaling.

    Raises
    ------
    ValueError
        ``"FFT: ..."`` for scalar or empty input, or a DIMENSION outside 1..ndim.
    TypeError
        ``"FFT: ..."`` for strings or non-IDL dtypes.

    Notes
    -----
    Source: IDL Reference Guide, FFT (definition with the 1/N factor on the forward
    transform, Direction, /CENTER, DIMENSION, /DOUBLE; "the result is single-precision
    complex unless the input is double or /DOUBLE"). Single-precision transforms are
    computed in single precision by scipy.fft's pocketfft, as IDL computes them in
    single precision; digits therefore differ from IDL's FFT code at rounding level.

    Differences from ``numpy.fft.fft(a)``: numpy puts the 1/N on the *inverse*, so a
    ported ``FFT(a)`` is N times too large and ``FFT(a, 1)`` N times too small;
    ``numpy.fft.fft`` transforms only the last axis where IDL's FFT transforms every
    dimension (``numpy.fft.fftn``); numpy returns complex128 for float32 input.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.fft(np.array([1, 2, 3, 4], np.float32))
    array([ 2.5+0.j , -0.5+0.5j, -0.5+0.j , -0.5-0.5j], dtype=complex64)
    """
    a = idl_array(array, "Array", scalar_ok=False)
    d = idl_array(direction, "Direction", complex_ok=False, scalar=True)
    forward = not inverse and float(d) < 0
    if not inverse and float(d) == 0:
        forward = True  # IDL: a zero direction is taken as forward
    if double is None:
        wide = a.dtype in (np.float64, np.complex128)
    else:
        wide = bool(double)
    ctype = np.complex128 if wide else np.complex64
    if dimension is None or dimension == 0:
        axes = tuple(range(a.ndim))
    else:
        if isinstance(dimension, bool) or not isinstance(dimension, (int, np.integer)):
            raise CompatTypeError(f"DIMENSION must be an integer, not {dimension!r}")
        if not 1 <= dimension <= a.ndim:
            raise CompatValueError(f"DIMENSION={dimension} is outside 1..{a.ndim} for an array "
                            f"of {a.ndim} dimension(s)")
        axes = (a.ndim - int(dimension),)
    x = a.astype(ctype)
    if forward:
        r = scipy.fft.fftn(x, axes=axes, norm="forward")
        if center:
            r = np.fft.fftshift(r, axes=axes)
    else:
        if center:
            x = np.fft.ifftshift(x, axes=axes)
        r = scipy.fft.ifftn(x, axes=axes, norm="forward")
    return np.ascontiguousarray(r.astype(ctype, copy=False))
