"""MATLAB's legacy spectrogram, ``specgram`` (issue 18).

The legacy layer (MATLAB's defaults and argument grammar) over
:mod:`compat._core.sliding_dft`.
"""

from __future__ import annotations

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import is_vector, matlab_array
from compat._core.results import Result
from compat._core.signal_windows import hanning_window
from compat._core.sliding_dft import sliding_dft, sliding_dft_at
from compat.matlab.signal._signals import nonnegative_integer, positive_integer

__all__ = ["specgram"]


class SpecgramResult(Result):
    """``[B, f, t] = specgram(...)``: the sliding DFT, its frequencies and the segment
    start times."""

    request_style = "nargout"
    B: np.ndarray
    f: np.ndarray
    t: np.ndarray


def _given(value):
    return not (is_omitted(value) or np.asarray(value).size == 0)


@matlab_function("specgram", nargout=3)
def specgram(a, nfft=None, fs=None, window=None, noverlap=None, *, nargout=1):
    """Spectrogram by sliding DFT, as MATLAB's legacy ``specgram``.

    MATLAB call forms::

        B = specgram(a)                              ->  specgram(a)
        B = specgram(a, nfft)                        ->  specgram(a, 128)
        [B, f] = specgram(a, nfft, fs)               ->  specgram(a, 128, 8000, nargout=2)
        [B, f, t] = specgram(a, nfft, fs, window)    ->  specgram(a, 128, 8000, 100, nargout=3)
        B = specgram(a, nfft, fs, window, noverlap)  ->  specgram(a, 256, 8000, 256, 224)
        B = specgram(a, f, fs, window, noverlap)     ->  (f a vector of frequencies in Hz)

    Parameters
    ----------
    a : vector
        The signal (real or complex).
    nfft : int or vector, optional
        FFT length (default ``min(256, length(a))``), or a vector of frequencies.
    fs : float, optional
        Sample rate (default 2): scales ``f`` and ``t`` only.
    window : int or vector, optional
        Window vector, or a length for MATLAB's ``hanning`` (default ``hanning(nfft)``);
        its length is the segment length and must not exceed ``nfft``.
    noverlap : int, optional
        Samples shared by neighbouring segments (default ``length(window)/2``, rounded
        up for an odd length).

    Returns
    -------
    B : ndarray
        ``(rows, k)`` complex, unscaled: ``fft(window .* segment, nfft)``, segment ``j``
        starting at sample ``(j-1)*(length(window) - noverlap) + 1``; ``k = fix((n -
        noverlap)/(length(window) - noverlap))``; ``rows`` is ``nfft/2 + 1``
        (``(nfft+1)/2`` for odd ``nfft``) for a real signal, ``nfft`` for a complex one.
    f, t : ndarray (``nargout`` 2, 3)
        ``(0:rows-1)*fs/nfft`` (or the given frequencies) and ``(0:k-1)*(length(window)
        - noverlap)/fs`` (1-D; MATLAB's columns).

    Notes
    -----
    The layout and the counts are MATLAB's documentation of ``specgram``; a MATLAB
    user's print-out (``specgram(1:22400, 256, 8000, 256, 224)`` is 129-by-693,
    dsp.stackexchange question 14781) is golden case ``specgram_doc_size``. GNU
    Octave's ``specgram`` (signal 1.4.3) returns ``nfft/2`` rows, drops the last
    segment when it ends at the signal's end and starts ``t`` at ``1/fs`` (recorded as
    divergent). Unlike :func:`compat.matlab.spectrogram` (and scipy's
    ``signal.spectrogram``), nothing is scaled to a density.

    Examples
    --------
    >>> from compat import matlab
    >>> B, f, t = matlab.specgram(np.arange(16.0), 8, 8, np.ones(4), 2, nargout=3)
    >>> B.shape, f, t
    ((5, 7), array([0., 1., 2., 3., 4.]), array([0.  , 0.25, 0.5 , 0.75, 1.  , 1.25, 1.5 ]))
    >>> B[0, :3].real
    array([ 6., 14., 22.])
    """
    x = matlab_array(a, "A", to_float=True)
    if not is_vector(x) or x.size == 0:
        raise CompatValueError("The signal A must be a non-empty vector.")
    x = np.asarray(x).ravel()
    rate = 2.0
    if _given(fs):
        rate = float(np.asarray(fs, dtype=float).ravel()[0])
        if np.asarray(fs).size != 1 or not rate > 0:
            raise CompatValueError("FS must be a positive scalar.")
    freqs = None
    if _given(nfft) and np.asarray(nfft).size > 1:
        freqs = np.asarray(matlab_array(nfft, "F", complex_ok=False, to_float=True),
                           float).ravel()
        size = None
    else:
        size = positive_integer(nfft, "NFFT") if _given(nfft) else min(256, x.size)
    if _given(window) and np.asarray(window).size > 1:
        win = np.asarray(matlab_array(window, "WINDOW", complex_ok=False, to_float=True),
                         float).ravel()
    else:
        length = positive_integer(window, "WINDOW") if _given(window) else size
        if length is None:
            raise CompatValueError("Give the window (or its length) with a vector of "
                                   "frequencies.")
        win = hanning_window(length)
    if size is not None and win.size > size:
        raise CompatValueError("The window must not be longer than NFFT.")
    if win.size > x.size:
        raise CompatValueError("The window must not be longer than the signal A.")
    overlap = (nonnegative_integer(noverlap, "NOVERLAP") if _given(noverlap)
               else -(-win.size // 2))
    if overlap >= win.size:
        raise CompatValueError("NOVERLAP must be less than the window length.")
    if freqs is None:
        B = sliding_dft(x, size, win, overlap)
        f = np.arange(B.shape[0]) * rate / size
    else:
        B = sliding_dft_at(x, freqs, rate, win, overlap)
        f = freqs.copy()
    t = np.arange(B.shape[1]) * (win.size - overlap) / rate
    return SpecgramResult.first(nargout, B, f, t)
