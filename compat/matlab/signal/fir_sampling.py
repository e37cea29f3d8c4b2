"""MATLAB's frequency-sampling FIR design, ``fir2`` (issue 18).

The legacy layer: MATLAB's argument grammar (``npt``, ``lap``, a window vector in any
of the positions MATLAB accepts) over :mod:`compat._core.fir_sampling`.
"""

from __future__ import annotations


import numpy as np

from compat._core.errors import issue_warning
from compat._core.args import is_omitted
from compat._core.errors import CompatValueError, MatlabWarning
from compat._core.fir_sampling import desired_grid, frequency_sampling, grid_size
from compat._core.legacy import matlab_function
from compat._core.signal_windows import cosine_window
from compat.matlab.signal._signals import nonnegative_integer, positive_integer, vector

__all__ = ["fir2"]


@matlab_function("fir2")
def fir2(n, f, m, *options):
    """Frequency-sampling FIR filter design, as MATLAB's ``fir2``.

    MATLAB call forms::

        b = fir2(n, f, m)                      ->  fir2(30, [0, .6, .6, 1], [1, 1, 0, 0])
        b = fir2(n, f, m, window)              ->  fir2(30, f, m, matlab.hann(31))
        b = fir2(n, f, m, npt)                 ->  fir2(30, f, m, 1024)
        b = fir2(n, f, m, npt, window)
        b = fir2(n, f, m, npt, lap)            ->  fir2(30, f, m, 1024, 10)
        b = fir2(n, f, m, npt, lap, window)

    Parameters
    ----------
    n : int
        Filter order (``n + 1`` taps). An odd order with a nonzero gain at Nyquist
        (``m(end) ~= 0``) is raised by one with MATLAB's warning: an odd-order
        symmetric filter has a zero at Nyquist.
    f : vector
        Frequencies, nondecreasing from 0 to 1 (Nyquist); a repeated frequency is a
        step.
    m : vector
        Magnitudes at ``f``.
    npt : int, optional
        Grid points (default 512, or ``n + 1`` from 1024 taps), rounded up to a power
        of two; must exceed ``n/2``.
    lap : int, optional
        Grid points over which each step ramps (default ``fix(npt/25)``).
    window : vector, optional
        ``n + 1`` weights (default ``hamming(n + 1)``).

    Returns
    -------
    ndarray
        The ``n + 1`` coefficients (1-D; MATLAB's row).

    Notes
    -----
    The magnitude, linearly interpolated onto ``npt + 1`` frequencies from 0 to
    Nyquist, is given linear phase, inverse transformed and windowed (MATLAB's
    "Algorithms"). ``scipy.signal.firwin2(n + 1, f, m)`` uses the same method with
    another grid (``2**ceil(log2(n+1)) + 1`` points), no ramp at steps and an
    ``'hamming'`` window, so its taps differ from MATLAB's in the third decimal; it
    also takes the number of taps where MATLAB takes the order.

    Golden suite ``matlab/signal_more``: GNU Octave 7.3's ``fir2`` (signal 1.4.3) to
    rounding for even orders and for odd orders with zero Nyquist gain; Octave keeps an
    odd order with a nonzero Nyquist gain, which MATLAB's documentation says it raises
    by one (recorded as divergent).

    Examples
    --------
    >>> from compat import matlab
    >>> b = matlab.fir2(10, [0, 0.5, 0.5, 1], [1, 1, 0, 0])
    >>> b.size, bool(np.allclose(b, b[::-1]))
    (11, True)
    >>> round(float(abs(np.polyval(b, 1.0))), 4)       # gain at DC
    1.0067
    """
    order = nonnegative_integer(n, "N")
    fv, mv = vector(f, "F", complex_ok=False), vector(m, "M", complex_ok=False)
    if fv.size != mv.size:
        raise CompatValueError("F and M must be the same length.")
    if fv.size < 2 or fv[0] != 0 or fv[-1] != 1:
        raise CompatValueError("The first frequency must be 0 and the last 1.")
    if np.any(np.diff(fv) < 0):
        raise CompatValueError("Frequencies in F must be nondecreasing.")
    if not np.all(np.isfinite(mv)):
        raise CompatValueError("The magnitudes M must be finite.")
    scalars, window = [], None
    for k, opt in enumerate(options):
        if is_omitted(opt):
            scalars.append(None)
            continue
        arr = np.asarray(opt)
        if arr.size > 1:
            if k != len(options) - 1:
                raise CompatValueError("The window must be the last argument.")
            window = vector(opt, "WINDOW", complex_ok=False)
        else:
            scalars.append(opt)
    if len(scalars) > 2:
        raise CompatValueError("Too many input arguments: fir2(n, f, m, npt, lap, window).")
    npt = None if not scalars or scalars[0] is None else positive_integer(scalars[0], "NPT")
    lap = (None if len(scalars) < 2 or scalars[1] is None
           else nonnegative_integer(scalars[1], "LAP"))
    if order % 2 == 1 and mv[-1] != 0:
        issue_warning(MatlabWarning("Odd order symmetric FIR filters must have a gain of "
                                    "zero at the Nyquist frequency. The order is being "
                                    "increased by one.", "signal:fir2:MustBeEven"))
        order += 1
    if window is None:
        window = cosine_window("hamming", order + 1)
    elif window.size != order + 1:
        raise CompatValueError("The window length must be the same as the filter length.")
    size = grid_size(order, npt)
    if lap is None:
        lap = size // 25
    return frequency_sampling(order, desired_grid(fv, mv, size, lap), window)
