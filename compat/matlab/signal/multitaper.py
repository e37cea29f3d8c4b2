"""MATLAB's multitaper functions: ``dpss`` (Slepian sequences) and ``pmtm`` (Thomson's
multitaper power spectral density).

The legacy layer over :mod:`compat._core.multitaper`: MATLAB's argument grammar
(``numSeq`` as a count or a ``[K1 K2]`` range, ``pmtm``'s ``nw``/``E, V``/cell forms,
combination methods, frequency ranges and ``'DropLastTaper'``), vectors and the
columns of matrices, MATLAB's output layouts.
"""

from __future__ import annotations

import numpy as np

from compat._core import multitaper, spectral
from compat._core.args import at_most_inputs, is_omitted
from compat._core.errors import CompatValueError
from compat._core.half_away import round_half_away
from compat._core.legacy import matlab_function
from compat._core.matlab_types import is_single, logical_scalar
from compat._core.results import Result
from compat.matlab.signal._signals import float_signal, positive_integer, real_scalar
from compat.matlab.signal.spectral import _DOCS as _SPECTRUM_DOCS
from compat.matlab.signal.spectral import SpectrumResult, _channels, _finish, _fs, _nfft

__all__ = ["dpss", "pmtm", "DpssResult"]

_METHODS = ("adapt", "unity", "eigen")
_RANGES = ("onesided", "twosided", "centered")


class DpssResult(Result):
    """``[dps_seq, lambda] = dpss(...)``: the sequences (columns) and their
    concentrations."""

    request_style = "nargout"
    e: np.ndarray
    v: np.ndarray


def _sequences(N: int, NW: float, K) -> tuple[np.ndarray, np.ndarray]:
    if not NW > 0:
        raise CompatValueError("The time-bandwidth product NW must be positive.")
    if NW >= N / 2:
        raise CompatValueError("Time-bandwidth product NW must be less than N/2.")
    if K is None:
        first, last = 1, max(min(int(round_half_away(2 * NW)), N), 1)
    else:
        k = np.asarray(K, dtype=float).ravel()
        if k.size not in (1, 2) or not np.all(np.isfinite(k)) or np.any(k != np.round(k)):
            raise CompatValueError("numSeq must be a positive integer or a two-element "
                                   "vector [K1 K2] of positive integers.")
        first, last = (1, int(k[0])) if k.size == 1 else (int(k[0]), int(k[1]))
        if first < 1 or last < first or last > N:
            raise CompatValueError(f"numSeq must select sequences between 1 and N = {N}.")
    return multitaper.dpss(N, NW, first, last)


@matlab_function("dpss", nargout=2)
def dpss(seq_length, time_halfbandwidth, *args, nargout=1):
    """Discrete prolate spheroidal (Slepian) sequences, as MATLAB's ``dpss``.

    MATLAB call forms::

        dps_seq = dpss(N, NW)                 ->  dpss(512, 2.5)   (round(2*NW) sequences)
        [dps_seq, lambda] = dpss(N, NW)       ->  dpss(512, 2.5, nargout=2)
        [___] = dpss(N, NW, K)                ->  dpss(512, 4, 7)
        [___] = dpss(N, NW, [K1 K2])          ->  dpss(512, 4, [3, 5])
        [___] = dpss(___, 'trace')            (prints the method: direct)

    The ``K`` sequences of length ``N`` most concentrated in the band ``|f| <= NW/N``
    cycles/sample, as the columns of an ``N``-by-``K`` matrix, each of unit energy
    (``sum(e.^2) == 1``), with MATLAB's polarity: the 1st, 3rd, ... (symmetric)
    sequences have a positive mean, the 2nd, 4th, ... (antisymmetric) a positive second
    sample. ``lambda`` holds the concentrations (the fraction of each sequence's energy
    in the band), by decreasing value, clipped to ``[0, 1]``. Computed directly (the
    eigenvectors of Slepian's tridiagonal matrix); the interpolation forms
    (``'spline'``, ``'linear'``, from a ``dpsssave`` database) are refused.

    Returns
    -------
    e : ndarray
        ``(N, K)`` (2-D, MATLAB's matrix).
    v : ndarray (``nargout=2``)
        The ``K`` concentrations (1-D; MATLAB's column).

    Notes
    -----
    ``scipy.signal.windows.dpss(N, NW, K, return_ratios=True)`` solves the same
    eigenproblem but returns the sequences as rows and polarises the antisymmetric
    ones by their first sample above ``max(1e-7, 1/N)`` in square, so some differ from
    MATLAB's in sign (e.g. the 2nd of ``dpss(3, 1.4)`` and the 4th of ``dpss(5, 1.5)``);
    without ``K`` it returns one peak-normalised window. GNU Octave 7.3 (signal 1.4.3)
    has no ``dpss``.

    Sources: MATLAB documentation of ``dpss`` (syntaxes, default ``round(2*NW)``,
    ``NW < N/2``, concentrations); MATLAB's dpss.m for the polarity and the clipping;
    Slepian (1978) and Percival & Walden (1993), section 8.3 and exercise 8.1.

    Examples
    --------
    >>> from compat import matlab
    >>> e, v = matlab.dpss(5, 1.5, 3, nargout=2)
    >>> e.round(4) + 0
    array([[ 0.1745,  0.4399,  0.6315],
           [ 0.4957,  0.5536,  0.0733],
           [ 0.6691,  0.    , -0.4379],
           [ 0.4957, -0.5536,  0.0733],
           [ 0.1745, -0.4399,  0.6315]])
    >>> v.round(4)
    array([0.9997, 0.9837, 0.7685])
    """
    N = positive_integer(seq_length, "SEQLENGTH")
    NW = real_scalar(time_halfbandwidth, "TIMEHALFBW")
    K = None
    trace = False
    for a in args:
        if isinstance(a, str):
            key = a.lower()
            if key == "trace":
                trace = True
            elif key in ("spline", "linear"):
                raise CompatValueError(f"The '{a}' interpolation from a dpsssave database "
                                       "is not supported by compat: compute the sequences "
                                       "directly.")
            else:
                raise CompatValueError(f"Invalid option '{a}'.")
        elif not is_omitted(a):
            if K is not None:
                raise CompatValueError("Too many input arguments (the interpolation "
                                       "length Ni is not supported).")
            K = a
    if trace:
        print("Computing the DPSS using direct algorithm...")
    E, V = _sequences(N, NW, K)
    return DpssResult.first(nargout, E, V)


# --------------------------------------------------------------------------- pmtm



# MATLAB's pmtm.m (getEV) refuses a bandwidth or a taper count that would leave fewer
# than two tapers to combine (the adaptive weights start from the first two), with
# these messages (pmtm.m revision 1.17.4.15, 2008); so a single taper never reaches
# the combination.
def _check_at_least(what: str, value: float, least: float, drop: bool) -> None:
    if value < least:
        raise CompatValueError(f"{what} greater than or equal to {least:g} when "
                               f"Droplasttaper is {'true' if drop else 'false'}.")


def _check_bandwidth(NW: float, drop: bool) -> None:
    _check_at_least("Time-bandwidth product NW should be", NW, 1.25 if drop else 0.75, drop)


def _check_taper_count(count: int, drop: bool) -> None:
    _check_at_least("Number of tapers should be an integer", count, 3 if drop else 2, drop)


@matlab_function("pmtm", nargout=2)
@_SPECTRUM_DOCS.fill
def pmtm(x, *args, nargout=1):
    """Thomson multitaper power spectral density estimate, as MATLAB's ``pmtm``.

    MATLAB call forms::

        pxx = pmtm(x)                         ->  pmtm(x)              (NW = 4)
        pxx = pmtm(x, nw)                     ->  pmtm(x, 3)
        pxx = pmtm(x, nw, nfft)               ->  pmtm(x, 3, 512)
        [pxx, f] = pmtm(x, nw, nfft, fs)      ->  pmtm(x, 3, [], 1000, nargout=2)
        [___] = pmtm(x, e, v, nfft, fs)       ->  pmtm(x, e, v)     (your tapers)
        [___] = pmtm(x, {nw, k}, ___)         ->  pmtm(x, [3, 4])   (dpss arguments)
        [___] = pmtm(___, method)             'adapt' (default), 'unity', 'eigen'
        [___] = pmtm(___, freqrange)          'onesided', 'twosided', 'centered'
        [___] = pmtm(___, 'DropLastTaper', false)

    The ``round(2*nw)`` Slepian tapers of ``dpss(N, nw)`` less the last (its
    concentration is well below 1; ``'DropLastTaper', false`` keeps it) each give an
    eigenspectrum ``|fft(e_k .* x, nfft)|^2``; they are combined with Thomson's
    adaptive weights (``'adapt'``: iterated from the mean of the first two
    eigenspectra until the mean change is below ``0.0005*sigma^2/nfft``,
    ``sigma^2 = x'*x/N``), equally (``'unity'``) or weighted by the concentrations
    (``'eigen'``: ``sum(lambda_k S_k)/K``), over all ``nfft`` frequencies, then folded
    to one side for real ``x`` (DC and Nyquist single, the rest doubled) and divided by
    ``fs`` (``2*pi`` without it: units per rad/sample). ``nfft`` defaults to
    ``max(256, 2^nextpow2(N))``; a signal longer than ``nfft`` is wrapped. Matrix
    columns are separate channels.

    {{returns}}

    Raises
    ------
    ValueError
        ``nw >= N/2``, ``nw < 1.25`` (``< 0.75`` with ``'DropLastTaper', false``),
        fewer than 3 tapers (2 without dropping the last), the frequency-vector form,
        ``'ConfidenceLevel'``
        (not supported), or a bad option.

    Notes
    -----
    scipy has no multitaper estimator (``scipy.signal.windows.dpss`` gives the tapers;
    averaging their periodograms is the ``'unity'`` estimate with scipy's polarity and
    frequency units). GNU Octave 7.3 (signal 1.4.3) has no ``pmtm``.

    Sources: MATLAB documentation of ``pmtm`` (syntaxes, defaults, the dropped last
    taper, methods, ranges); MATLAB's pmtm.m for the adaptive iteration's start,
    tolerance and stopping rule and the division by ``K`` of 'eigen'; Percival &
    Walden (1993), pp. 368-370.

    Examples
    --------
    >>> from compat import matlab
    >>> t = np.arange(64)
    >>> x = np.cos(2 * np.pi * 0.25 * t)
    >>> pxx, w = matlab.pmtm(x, 2, 64, nargout=2)
    >>> int(np.argmax(pxx)), float(w[16] / np.pi)
    (16, 0.5)
    """
    X, one_d, _, raw = _channels(x, "x")
    N = X.shape[0]
    if N == 0:
        raise CompatValueError("The input signal must not be empty.")
    method, rng, drop = "adapt", None, True
    nums = []
    k = 0
    items = list(args)
    while k < len(items):
        a = items[k]
        if isinstance(a, str):
            key = a.lower()
            if key in _METHODS:
                method = key
            elif key in _RANGES:
                rng = key
            elif key == "droplasttaper":
                if k + 1 >= len(items):
                    raise CompatValueError("'DropLastTaper' needs a value.")
                drop = logical_scalar(items[k + 1], "DropLastTaper should be set to either true or false.")
                k += 1
            elif key == "confidencelevel":
                raise CompatValueError("The 'ConfidenceLevel' option is not supported by "
                                       "compat's pmtm.")
            else:
                raise CompatValueError(f"Invalid option '{a}'.")
        else:
            nums.append(a)
        k += 1
    E = V = None
    NW, dpss_k = 4.0, None
    first = nums[0] if nums else None
    if isinstance(first, (list, tuple)) and len(first) > 0:  # MATLAB's cell {NW, ...}
        NW = real_scalar(first[0], "NW")
        dpss_k = first[1] if len(first) > 1 else None
        rest = nums[1:]
    elif first is not None and not is_omitted(first) and np.asarray(first).size > 1:
        E = np.asarray(float_signal(first, "E", complex_ok=False), dtype=float)
        if E.ndim == 1:
            E = E.reshape(-1, 1)
        if len(nums) < 2:
            raise CompatValueError("The concentrations V must follow the tapers E.")
        V = np.asarray(float_signal(nums[1], "V", complex_ok=False), dtype=float).ravel()
        if E.shape[0] != N or E.shape[1] != V.size:
            raise CompatValueError("E must have length(x) rows and one column per element "
                                   "of V.")
        rest = nums[2:]
    else:
        if first is not None and not is_omitted(first):
            NW = real_scalar(first, "NW")
        rest = nums[1:]
    at_most_inputs(rest, 2)
    if E is None:
        _check_bandwidth(NW, drop)
        E, V = _sequences(N, NW, dpss_k)
    _check_taper_count(E.shape[1], drop)
    if drop:
        E, V = E[:, :-1], V[:-1]
    nfft = _nfft(rest[0] if rest and not is_omitted(rest[0]) else None, N)
    fs = _fs(rest[1] if len(rest) > 1 and not is_omitted(rest[1]) else None)
    rng = rng or ("twosided" if np.iscomplexobj(X) else "onesided")
    if rng == "onesided" and np.iscomplexobj(X):
        raise CompatValueError("'onesided' is not valid for complex input.")
    cols = []
    for j in range(X.shape[1]):
        xj = X[:, j].astype(np.result_type(X, np.float64))
        Sk = multitaper.tapered_spectra(xj, E, nfft)
        power = float(np.real(np.vdot(xj, xj))) / N
        S = multitaper.combine(Sk, V, method, power)
        cols.append(spectral.fold(S, nfft, rng) / (2 * np.pi if fs is None else fs))
    f = spectral.frequencies(nfft, fs, rng)
    return _finish(cols, one_d, f, is_single(raw), nargout, SpectrumResult)
