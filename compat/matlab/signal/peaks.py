"""MATLAB's ``findpeaks`` (Signal Processing Toolbox): local maxima, their locations,
widths and prominences, with every name-value selection.

The legacy layer: it reads MATLAB's arguments (``data``, then ``x`` or ``Fs``, then
name-value pairs with MATLAB's partial, case-insensitive names) and runs the core,
:func:`compat._core.peaks.find_peaks`.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.errors import issue_warning
from compat._core.args import prefix_matches
from compat._core.errors import CompatTypeError, CompatValueError, MatlabWarning
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.peaks import find_peaks
from compat._core.results import Result

__all__ = ["findpeaks", "FindpeaksResult"]

_NAMES = ("MinPeakHeight", "MinPeakProminence", "Threshold", "WidthReference",
          "MinPeakWidth", "MaxPeakWidth", "MinPeakDistance", "SortStr", "NPeaks",
          "Annotate")


class FindpeaksResult(Result):
    """``[pks, locs, w, p] = findpeaks(...)``: peak values, locations, widths and
    prominences."""

    request_style = "nargout"
    pks: np.ndarray
    locs: np.ndarray
    w: np.ndarray
    p: np.ndarray


def _match(value, choices, name):
    """MATLAB's validatestring: a case-insensitive, unambiguous prefix of a choice."""
    if not isinstance(value, str):
        raise CompatTypeError(f"Expected {name} to match one of these values:\n\n"
                              f"{', '.join(repr(c) for c in choices)}\n\nThe input did "
                              f"not match any of the valid values.")
    hits = prefix_matches(value, choices) if value else []
    if len(hits) == 1:
        return hits[0]
    quoted = ", ".join(f"'{c}'" for c in choices)
    if hits:
        raise CompatValueError(f"Expected {name} to match one of these values:\n\n"
                               f"{quoted}\n\nThe input, '{value}', matched more than one "
                               "valid value.")
    raise CompatValueError(f"Expected {name} to match one of these values:\n\n{quoted}\n\n"
                           f"The input, '{value}', did not match any of the valid values.")


def _scalar(value, name, *, nonnegative=False, finite=False, nonnan=False,
            integer=False, positive=False):
    a = np.asarray(value)
    if isinstance(value, str) or a.dtype.kind not in "biuf":
        raise CompatTypeError(f"Expected {name} to be numeric.")
    if a.size != 1:
        raise CompatValueError(f"Expected {name} to be a scalar.")
    v = float(a.ravel()[0])
    if nonnan and math.isnan(v):
        raise CompatValueError(f"Expected {name} to be non-NaN.")
    if finite and not math.isfinite(v):
        raise CompatValueError(f"Expected {name} to be finite.")
    if nonnegative and not v >= 0:
        raise CompatValueError(f"Expected {name} to be nonnegative.")
    if positive and not v > 0:
        raise CompatValueError(f"Expected {name} to be positive.")
    if integer and not (math.isfinite(v) and v == int(v)):
        raise CompatValueError(f"Expected {name} to be integer-valued.")
    return v


def _vector(value, name):
    if isinstance(value, str):
        raise CompatTypeError(f"Expected {name} to be one of these types:\n\ndouble, single")
    a = matlab_array(value, name)
    if a.dtype.kind not in "fc" or a.dtype not in (np.float64, np.float32, np.complex128,
                                                   np.complex64):
        raise CompatTypeError(f"Expected {name} to be one of these types:\n\n"
                              "double, single")
    if a.size == 0:
        raise CompatValueError(f"Expected {name} to be nonempty.")
    if a.dtype.kind == "c":
        raise CompatValueError(f"Expected {name} to be real.")
    if not (a.ndim <= 1 or (a.ndim == 2 and 1 in a.shape)):
        raise CompatValueError(f"Expected {name} to be a vector.")
    return a


def _shape_like(v, template):
    """A result vector in the orientation of the input ``template``."""
    if template.ndim == 2:
        return v.reshape(1, -1) if template.shape[0] == 1 and template.shape[1] != 1 \
            else v.reshape(-1, 1)
    return v


@matlab_function("findpeaks", nargout=4)
def findpeaks(data, *args, nargout=1, **kwargs):
    """Local maxima of a signal, as MATLAB's ``findpeaks`` (values only: nothing is
    plotted).

    MATLAB call forms::

        pks = findpeaks(data)                        ->  findpeaks(data)
        [pks, locs] = findpeaks(data)                ->  findpeaks(data, nargout=2)
        [pks, locs, w, p] = findpeaks(data)          ->  findpeaks(data, nargout=4)
        [___] = findpeaks(data, x)                   ->  findpeaks(data, x, ...)
        [___] = findpeaks(data, Fs)                  ->  findpeaks(data, 1000, ...)
        [___] = findpeaks(___, Name, Value)          ->  findpeaks(data, 'MinPeakProminence', 1)
                                                         findpeaks(data, MinPeakProminence=1)

    A peak is a sample larger than both its neighbours, or equal to ``Inf``; the end
    points of the signal are never peaks (unless ``Inf``), a flat peak is reported at
    its first sample, and a sample next to a NaN is not a peak.

    Parameters
    ----------
    data : vector
        Real double or single samples (at least 3).
    x : vector or Fs : scalar, optional
        The strictly increasing locations of the samples (same length as ``data``), or
        the sample rate (``x = (0:N-1)/Fs``). Default: the 1-based sample numbers.
    MinPeakHeight : scalar
        Keep peaks higher than this (default ``-Inf``).
    MinPeakProminence : scalar
        Keep peaks whose prominence is at least this (default 0).
    Threshold : scalar
        Keep peaks exceeding both neighbours by at least this (default 0).
    WidthReference : {'halfprom', 'halfheight'}
        Where the width is measured: half the prominence below the peak (default), or
        half its height (peaks at or below zero are then dropped).
    MinPeakWidth, MaxPeakWidth : scalar
        Keep peaks whose width (in units of ``x``) is within these (inclusive).
    MinPeakDistance : scalar
        Keep the highest peak and drop every peak closer than or at this distance from
        a kept one (units of ``x``), highest first.
    SortStr : {'none', 'ascend', 'descend'}
        Order of the output (default: order of occurrence).
    NPeaks : int
        Return at most this many peaks (after sorting).
    Annotate : {'peaks', 'extents'}
        Accepted and ignored (it only affects MATLAB's plot).
    nargout : {1, 2, 3, 4}, keyword-only

    Returns
    -------
    pks : ndarray
        The peak values (the class of ``data``), oriented as ``data`` (a 1-D ``data``
        gives 1-D results).
    locs : ndarray
        Their locations: 1-based sample numbers (MATLAB's index data: subtract 1 to
        index numpy arrays), or values of ``x``/times for ``Fs``; oriented as ``x``.
    w : ndarray
        Widths (units of ``x``), see ``WidthReference``.
    p : ndarray
        Prominences: the height of the peak above the higher of the two minima
        between it and the nearest higher sample (or end, or NaN) on each side.

    Raises
    ------
    ValueError
        MATLAB's ``validateattributes`` messages (``"findpeaks: Expected Y to be a
        vector."``, ``"... Expected MinPeakDistance to be a scalar with value < 10."``),
        ``"Data set must contain at least 3 samples."``, unknown or ambiguous names.
    TypeError
        Integer, logical or text data; a non-numeric option value.

    Warns
    -----
    MatlabWarning
        ``signal:findpeaks:largeMinPeakHeight`` when ``MinPeakHeight`` removes every
        peak (not with ``'halfheight'``), MATLAB's warning.

    Notes
    -----
    ``scipy.signal.find_peaks`` differs in ways that change results: it returns
    0-based indices of peaks only (``locs`` here are MATLAB's 1-based numbers or x
    values), flat peaks at their middle sample (MATLAB: the first), no ``+Inf`` peaks;
    its ``distance`` keeps peaks at exactly the distance (MATLAB drops them), is in
    samples, and breaks ties of equal heights its own way; its widths
    (``peak_widths``) are in samples, without MATLAB's clamping at the saddles or the
    ``'halfheight'`` borders. ``height``, ``threshold`` and ``prominence`` bounds are
    inclusive in scipy; ``MinPeakHeight`` is exclusive in MATLAB.

    GNU Octave's ``findpeaks`` (signal 1.4.3) is a different function: positive data
    only (``'DoubleSided'`` otherwise), a default ``MinPeakHeight`` of ``eps``, widths
    from fitted parabolas, no prominence; it runs out of memory on 10^6 samples.

    Sources: MATLAB documentation of ``findpeaks`` (the peak definition, the
    prominence procedure, ``WidthReference`` and the half-height borders, the
    name-value arguments, the examples), and MATLAB's behaviour as public code using
    it records it (flat peaks, NaN borders, the order of the selections).

    Examples
    --------
    MATLAB documentation, "Find Peaks in a Vector":

    >>> from compat import matlab
    >>> data = [25, 8, 15, 5, 6, 10, 10, 3, 1, 20, 7]
    >>> matlab.findpeaks(data)
    array([15., 10., 20.])
    >>> pks, locs, w, p = matlab.findpeaks(data, nargout=4)
    >>> locs, p
    (array([ 3.,  6., 10.]), array([ 7.,  5., 13.]))
    >>> matlab.findpeaks(data, 'MinPeakDistance', 4, nargout=2)
    FindpeaksResult(pks=array([15., 20.]), locs=array([ 3., 10.]))
    """
    y = _vector(data, "Y")
    rest = list(args)
    x = None
    if rest and not isinstance(rest[0], str):
        spec = np.asarray(rest.pop(0))
        if spec.dtype.kind not in "biuf" or isinstance(spec, str):
            raise CompatTypeError("Expected X to be one of these types:\n\ndouble")
        if spec.size == 1:
            fs = _scalar(spec, "Fs", finite=True, positive=True)
            x = np.arange(y.size) / fs
            x_template = y
        else:
            x = spec.astype(np.float64)
            if not (x.ndim <= 1 or (x.ndim == 2 and 1 in x.shape)):
                raise CompatValueError("Expected X to be a vector.")
            if not np.all(np.isfinite(x)):
                raise CompatValueError("Expected X to be finite.")
            x_template = x
            x = x.ravel()
            if np.any(np.diff(x) <= 0):
                raise CompatValueError("Expected X to be increasing valued.")
            if x.size != y.size:
                raise CompatValueError("X must be the same length as Y.")
    if x is None:
        x = np.arange(1, y.size + 1, dtype=np.float64)
        x_template = y
    if len(rest) % 2:
        raise CompatValueError(f"Parameter '{rest[-1]}' has no value: name-value "
                               "arguments must come in pairs.")
    given = {}
    for name, value in list(zip(rest[::2], rest[1::2])) + list(kwargs.items()):
        if not isinstance(name, str):
            raise CompatTypeError(f"Expected a parameter name, got {name!r}.")
        key = _match(name, _NAMES, "a parameter name") if name else None
        given[key] = value
    yv = y.ravel()
    m = yv.size
    if m < 3:
        raise CompatValueError("Data set must contain at least 3 samples.")
    reference = _match(given.get("WidthReference", "halfprom"), ("halfprom", "halfheight"),
                       "WidthReference")
    min_height = _scalar(given.get("MinPeakHeight", -np.inf), "MinPeakHeight")
    span = float(x[-1] - x[0])
    min_distance = _scalar(given.get("MinPeakDistance", 0), "MinPeakDistance",
                           nonnegative=True)
    if not min_distance < span:
        raise CompatValueError(f"Expected MinPeakDistance to be a scalar with value < "
                               f"{span:.5g}.")
    min_prominence = _scalar(given.get("MinPeakProminence", 0), "MinPeakProminence",
                             nonnegative=True)
    min_width = _scalar(given.get("MinPeakWidth", 0), "MinPeakWidth", finite=True,
                        nonnegative=True)
    max_width = _scalar(given.get("MaxPeakWidth", np.inf), "MaxPeakWidth", nonnan=True,
                        nonnegative=True)
    threshold = _scalar(given.get("Threshold", 0), "Threshold", nonnegative=True)
    npeaks = given.get("NPeaks")
    if npeaks is not None and not (isinstance(npeaks, (list, tuple)) and not npeaks):
        npeaks = int(_scalar(npeaks, "NPeaks", integer=True, positive=True))
    else:
        npeaks = None
    sort = _match(given.get("SortStr", "none"), ("ascend", "none", "descend"), "SortStr")
    _match(given.get("Annotate", "peaks"), ("peaks", "extents"), "Annotate")
    if np.isnan(min_height) or np.isnan(min_prominence) or np.isnan(threshold):
        raise CompatValueError("Expected MinPeakHeight, MinPeakProminence and Threshold "
                               "to be non-NaN.")
    work = yv.astype(np.float64)
    found, emptied = find_peaks(work, x, min_height=min_height,
                                min_prominence=min_prominence, threshold=threshold,
                                min_width=min_width, max_width=max_width,
                                min_distance=min_distance, width_reference=reference,
                                sort=sort, npeaks=npeaks, extents=nargout > 2)
    if emptied and reference != "halfheight":
        issue_warning(MatlabWarning("Invalid MinPeakHeight. There are no data points "
                                    "greater than MinPeakHeight.",
                                    "signal:findpeaks:largeMinPeakHeight"))
    index = found.index
    pks = _shape_like(yv[index], y)
    if nargout == 1:
        return pks
    locs = _shape_like(x[index], x_template)
    outputs = [pks, locs]
    if nargout > 2:
        width = (found.right - found.left).astype(y.dtype)
        prominence = found.prominence.astype(y.dtype)
        outputs += [_shape_like(width, x_template), _shape_like(prominence, y)]
    return FindpeaksResult.first(nargout, *outputs)
