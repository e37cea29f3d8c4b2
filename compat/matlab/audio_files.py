"""MATLAB audioread, audiowrite and audioinfo for uncompressed WAVE files, through
:mod:`compat._core.audio_files` (no dependency beyond numpy)."""

from __future__ import annotations

import os

import numpy as np

from compat._core import audio_files as core
from compat._core.errors import (CompatTypeError, CompatValueError, MatlabValueError,
                                 MatlabWarning, issue_warning)
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["audioread", "audiowrite", "audioinfo"]


class AudioreadResult(Result):
    """audioread's outputs: the samples and the sample rate."""

    request_style = "nargout"
    y: np.ndarray
    Fs: float


def _text(value, what: str) -> str:
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not isinstance(value, str):
        raise CompatTypeError(f"{what} must be a character vector or string scalar")
    return value


def _load(filename) -> tuple[str, core.WaveFile]:
    path = _text(filename, "Filename")
    if not os.path.isfile(path):
        raise MatlabValueError("The filename specified was not found in the MATLAB path.",
                               "MATLAB:audiovideo:audioread:fileNotFound")
    with open(path, "rb") as fh:
        raw = fh.read()
    return os.path.abspath(path), core.parse_wave(raw)


@matlab_function("audioread", nargout=2)
def audioread(filename, *args, nargout=1):
    """Read a WAVE audio file, as MATLAB's ``audioread``.

    MATLAB call forms::

        y = audioread(filename)               ->  y = matlab.audioread('a.wav')
        [y, Fs] = audioread(filename)         ->  y, Fs = matlab.audioread(f, nargout=2)
        y = audioread(filename, [start stop]) ->  samples start..stop (1-based, inclusive;
                                                  stop may be Inf)
        y = audioread(..., 'native')          ->  the file's own class
        y = audioread(..., 'double')

    Returns
    -------
    y : numpy.ndarray
        ``(frames, channels)``. Double by default: an integer sample of b bits is
        ``x / 2^(b-1)`` (8-bit: ``(x - 128) / 128``), in [-1, 1). 'native': uint8 (8-bit),
        int16 (16-bit), int32 (24-bit samples in the top three bytes, so 2^8 times the
        stored value, and 32-bit), single (32-bit float), double (64-bit float).
    Fs : float
        The sample rate in Hz (double).

    Notes
    -----
    MATLAB's audioread reference page (data range table; "[y,Fs] = audioread(filename)");
    the 24-bit native values are as MATLAB Answers 294112 prints them (packed at the
    left of the int32). WAVE files only here (PCM 8/16/24/32-bit, IEEE float 32/64-bit,
    WAVE_FORMAT_EXTENSIBLE); FLAC/OGG/MP3 are not read (compat adds no dependency).
    Difference from ``scipy.io.wavfile.read``: that returns the native integers
    (24-bit as int32 of the stored value, not shifted) and the rate first, with no
    scaling to [-1, 1) and a 1-D array for mono files.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> f = os.path.join(tempfile.mkdtemp(), 'a.wav')
    >>> matlab.audiowrite(f, [[0.0], [0.5], [-1.0]], 8000)
    >>> y, Fs = matlab.audioread(f, nargout=2)
    >>> y.ravel().tolist(), Fs
    ([0.0, 0.5, -1.0], 8000.0)
    >>> matlab.audioread(f, 'native').ravel()
    array([     0,  16384, -32768], dtype=int16)
    """
    _, wave = _load(filename)
    native = False
    start, stop = 0, wave.frames
    for arg in args:
        if isinstance(arg, (str, bytes)):
            kind = _text(arg, "datatype").lower()
            if kind not in ("native", "double"):
                raise CompatValueError("Invalid datatype: must be 'native' or 'double'.")
            native = kind == "native"
            continue
        rng = matlab_array(arg, "samples", complex_ok=False).astype(np.float64).ravel()
        if rng.size != 2:
            raise CompatValueError("Samples must be a 1-by-2 vector [start finish].")
        first, last = rng
        last = wave.frames if np.isinf(last) else last
        if first < 1 or last > wave.frames or first > last or first != int(first) \
                or last != int(last):
            raise MatlabValueError("Sample limits out of range.",
                                   "MATLAB:audiovideo:audioread:endoffile")
        start, stop = int(first) - 1, int(last)
    y = core.samples_of(wave, start, stop, native)
    return AudioreadResult.first(nargout, y, float(wave.rate))


_BITS = (8, 16, 24, 32, 64)


@matlab_function("audiowrite")
def audiowrite(filename, y, Fs, *args, **kwargs):
    """Write a WAVE audio file, as MATLAB's ``audiowrite``.

    MATLAB call forms::

        audiowrite(filename, y, Fs)                        ->  16-bit PCM
        audiowrite(filename, y, Fs, 'BitsPerSample', b)    ->  b = 8, 16, 24 (PCM),
                                                               32, 64 (IEEE float)

    ``y`` is ``(frames, channels)`` (a vector is one channel). Double/single/logical
    data is clipped to [-1, 1] with MATLAB's warning ``Data clipped when writing file.``
    (``MATLAB:audiovideo:audiowrite:dataClipped``), scaled by ``2^(b-1)``, rounded down
    (floor: Octave 7.3's rounding; MATLAB's page does not say) and limited to the
    integer range (+1.0 is the top code, 32767 at 16 bits); 8-bit samples are offset by
    128. Integer data (uint8, int16,
    int32) is rescaled by a bit shift to the file's width (its own width: unchanged).

    Notes
    -----
    MATLAB's audiowrite reference page (valid ranges: uint8 0..255, int16, int32 full
    range, single/double -1.0..+1.0, "Data beyond the valid range is clipped"; the
    BitsPerSample values). The warning text as MATLAB prints it (MATLAB Answers
    1982994). GNU Octave 7.3 (libsndfile) writes the same bytes for double input (golden
    suite matlab/audio_files); for uint8 input written at 16 bits it scales by 255
    levels instead of a shift (1 -> -32511 where compat writes -32512). Difference from
    ``scipy.io.wavfile.write``: that writes the array's dtype as it is (a double array
    becomes a 64-bit float file), with no clipping and no scaling.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> f = os.path.join(tempfile.mkdtemp(), 'b.wav')
    >>> matlab.audiowrite(f, [0.25, -0.25], 44100, 'BitsPerSample', 8)
    >>> matlab.audioread(f, 'native').ravel()
    array([160,  96], dtype=uint8)
    """
    path = _text(filename, "Filename")
    if len(args) % 2:
        raise CompatValueError(f"parameter {args[-1]!r} has no value")
    options = {str(k).lower(): v for k, v in zip(args[::2], args[1::2])}
    options.update({k.lower(): v for k, v in kwargs.items()})
    for key in options:
        if key not in ("bitspersample", "title", "artist", "comment"):
            raise CompatValueError(f"'{key}' is not a recognized parameter.")
    data = matlab_array(y, "y", complex_ok=False)
    if data.dtype.kind in "iu" and data.dtype not in (np.uint8, np.int16, np.int32):
        raise CompatTypeError("y must be of class uint8, int16, int32, single or double.")
    if data.ndim > 2:
        raise CompatValueError("y must be a vector or a 2-D matrix.")
    if data.ndim < 2 or data.shape[0] == 1:
        data = data.reshape(-1, 1)
    rate = float(np.asarray(matlab_array(Fs, "Fs", complex_ok=False), float).ravel()[0])
    if rate <= 0 or rate != int(rate):
        raise CompatValueError("Fs must be a positive integer.")
    bits = int(np.asarray(options.get("bitspersample", 16), float).ravel()[0])
    if bits not in _BITS:
        raise CompatValueError("BitsPerSample must be one of 8, 16, 24, 32, 64.")
    body, tag, clipped = core.encode_samples(np.ascontiguousarray(data), bits)
    if clipped:
        issue_warning(MatlabWarning("Data clipped when writing file.",
                                    "MATLAB:audiovideo:audiowrite:dataClipped"))
    with open(path, "wb") as fh:
        fh.write(core.wave_bytes(body, tag, data.shape[1], int(rate), bits))


@matlab_function("audioinfo")
def audioinfo(filename):
    """Information about a WAVE audio file, as MATLAB's ``audioinfo``.

    MATLAB call form::

        info = audioinfo(filename)    ->  info = matlab.audioinfo('a.wav')

    Returns
    -------
    dict
        MATLAB's struct fields in its order: ``Filename`` (absolute path),
        ``CompressionMethod`` ('Uncompressed'), ``NumChannels``, ``SampleRate``,
        ``TotalSamples``, ``Duration`` (seconds), ``Title``, ``Comment``, ``Artist``
        (``[]``: compat reads no LIST/INFO tags), ``BitsPerSample``; numbers double.

    Notes
    -----
    MATLAB's audioinfo reference page (fields; "CompressionMethod ... 'Uncompressed'",
    BitsPerSample for WAVE and FLAC). GNU Octave 7.3 gives CompressionMethod '' , Title
    etc. '' and an extra BitRate -1 (recorded as divergent in matlab/audio_files).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> f = os.path.join(tempfile.mkdtemp(), 'c.wav')
    >>> matlab.audiowrite(f, [[0.0, 0.1]] * 4000, 8000)
    >>> info = matlab.audioinfo(f)
    >>> info['NumChannels'], info['TotalSamples'], info['Duration'], info['BitsPerSample']
    (2.0, 4000.0, 0.5, 16.0)
    """
    path, wave = _load(filename)
    empty = np.zeros((0, 0))
    return {"Filename": path, "CompressionMethod": "Uncompressed",
            "NumChannels": float(wave.channels), "SampleRate": float(wave.rate),
            "TotalSamples": float(wave.frames), "Duration": wave.frames / float(wave.rate),
            "Title": empty, "Comment": empty, "Artist": empty,
            "BitsPerSample": float(wave.bits)}
