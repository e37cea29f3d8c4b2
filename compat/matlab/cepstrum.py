"""MATLAB's ``rceps``: the real cepstrum and the minimum-phase reconstruction, over
:mod:`compat._core.cepstrum`."""

from __future__ import annotations

import numpy as np

from compat._core import cepstrum as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["rceps", "RcepsResult"]


class RcepsResult(Result):
    """``[y, ym] = rceps(x)``."""

    request_style = "nargout"
    y: np.ndarray
    ym: np.ndarray


@matlab_function("rceps", nargout=2)
def rceps(x, *, nargout=1):
    """Real cepstrum and minimum-phase reconstruction, as MATLAB's ``rceps``.

    MATLAB call forms::

        y = rceps(x)          ->  rceps(x)
        [y, ym] = rceps(x)    ->  y, ym = rceps(x, nargout=2)

    Parameters
    ----------
    x : array_like
        A real or complex vector (row, column or 1-D), or a matrix whose columns are
        separate signals.

    Returns
    -------
    y : ndarray of float
        ``real(ifft(log(abs(fft(x)))))``, the shape of ``x``.
    ym : ndarray of float
        ``nargout=2``: the minimum-phase sequence with the magnitude spectrum of ``x``:
        ``y`` folded onto its causal half (``y(1)``, twice ``y(2 .. ceil(n/2))``,
        ``y(n/2+1)`` for even ``n``, zeros), then ``real(ifft(exp(fft(.))))``.

    Raises
    ------
    ValueError
        An empty ``x``, or an N-D array.

    Notes
    -----
    A zero in the spectrum of ``x`` makes the logarithm ``-Inf``, and the results NaN
    or Inf as MATLAB's formula gives them; GNU Octave's signal package raises "the
    spectrum of x contains zeros" instead. single in gives single out. The naive
    ``np.fft.ifft(np.log(np.abs(np.fft.fft(x))))`` is complex (its imaginary part is
    rounding) and works along the last axis, not MATLAB's columns.

    Sources: MATLAB ``rceps`` reference page (the algorithm: the real cepstrum and
    the folding window of Oppenheim and Schafer, *Discrete-Time Signal Processing*,
    section 13.8). Checked against GNU Octave 7.3's signal package (golden suite
    matlab/everyday_functions, to rounding).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> y, ym = matlab.rceps(np.array([[1.0, 2.0, 3.0, 4.0, 0.5]]), nargout=2)
    >>> np.round(y, 4)
    array([[1.3306, 0.392 , 0.1184, 0.1184, 0.392 ]])
    >>> np.round(ym, 4)
    array([[3.948 , 3.0224, 2.076 , 1.0112, 0.4423]])
    """
    a = matlab_array(x, "x", to_float=True)
    if a.size == 0:
        raise CompatValueError("x must not be empty.")
    if a.ndim > 2:
        raise CompatValueError("x must be a vector or a matrix.")
    single = a.dtype == np.float32 or a.dtype == np.complex64
    row = a.ndim == 2 and a.shape[0] == 1
    work = a.astype(np.complex128 if np.iscomplexobj(a) else np.float64)
    work = work.reshape(-1, 1) if (a.ndim == 1 or row) else work
    y = core.real_cepstrum(work)
    out = [y]
    if nargout >= 2:
        out.append(core.minimum_phase(y))
    shaped = [v.reshape(a.shape).astype(np.float32 if single else np.float64)
              for v in out]
    return RcepsResult.first(nargout, *shaped)
