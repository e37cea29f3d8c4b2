"""IDL's WAV sound routines ``READ_WAV``, ``WRITE_WAV`` and ``QUERY_WAV``, over
:mod:`compat._core.wav`.

Samples use readsav layout: IDL ``[channels, frames]`` is numpy ``(frames, channels)``;
a mono sound is a vector of frames.
"""

from __future__ import annotations

import numpy as np

from compat._core import wav as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure
from compat._core.idl_types import file_name, idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result, requested

__all__ = ["read_wav", "write_wav", "query_wav"]


def _path(filename) -> str:
    return file_name(filename, "Filename must be a string.")


class ReadWavResult(Result):
    """READ_WAV's samples and its Rate output argument (LONG samples per second)."""

    result: np.ndarray
    rate: np.int32


class QueryWavResult(Result):
    """QUERY_WAV's status (INT 1 or 0) and its Info output argument."""

    result: np.int16
    info: object


@idl_routine("READ_WAV", output_arguments=("rate",))
def read_wav(filename, *, rate=False):
    """Read a PCM WAV sound file, as IDL's ``READ_WAV`` function.

    IDL call forms::

        Result = READ_WAV(Filename [, Rate])
                 ->  samples = idl.read_wav(filename)
                 ->  samples, rate = idl.read_wav(filename, rate=True)

    Returns
    -------
    ndarray, or ReadWavResult(result, rate)
        BYTE samples (files of up to 8 bits: unsigned, as stored) or INT samples
        (9 to 16 bits), numpy ``(frames, channels)`` (IDL ``[channels, frames]``), a
        vector for a mono file (IDL's REFORM drops every dimension of 1). Rate: LONG
        samples per second.

    Notes
    -----
    As IDL 8.0's read_wav.pro (facts only): the ``fmt `` and ``data`` chunks are found
    by skipping other chunks by their sizes; only PCM (format tag 1) is read ("Non-PCM
    format WAV files not supported"), at most 16 bits ("Unsupported number of bits per
    sample:      24"); a short file gives "Cannot open (or read) input file.".
    Differences from ``scipy.io.wavfile.read(f)``: that returns ``(rate, data)``, reads
    24/32-bit and float files, and returns a mono file as a vector but a stereo file
    with one frame as ``(1, 2)`` (IDL: a 2-element vector). Sources: IDL Reference
    Guide, READ_WAV; Microsoft/IBM RIFF WAVE specification (1991); goldens in suite
    ``idl/wav`` (IDL 8.0's own read_wav.pro run in GDL 1.0.1).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 's.wav')
    >>> idl.write_wav(path, np.array([[0, 100], [-5, 7], [30000, -30000]], np.int16), 8000)
    >>> s, rate = idl.read_wav(path, rate=True)
    >>> s.tolist(), int(rate)
    ([[0, 100], [-5, 7], [30000, -30000]], 8000)
    """
    path = _path(filename)
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError:
        raise CompatValueError("Cannot open (or read) input file.") from None
    samples, per_second = core.read_wav(data, path)
    return named_result(ReadWavResult, samples, requested(rate=(rate, per_second)))


@idl_routine("WRITE_WAV")
def write_wav(filename, data, rate=None):
    """Write a PCM WAV sound file, as IDL's ``WRITE_WAV`` procedure.

    ``WRITE_WAV, Filename, Data, Rate`` -> ``idl.write_wav(filename, data, rate)``.

    Parameters
    ----------
    filename : str
        The file name (created or overwritten).
    data : array_like
        The samples: numpy ``(frames, channels)`` (IDL ``[channels, frames]``), or a
        vector (mono). BYTE data is written as 8-bit samples (the bytes as given: WAV's
        8-bit samples are unsigned, 128 the silence); any other type as 16-bit samples
        of IDL's FIX() (floats truncated, integers wrapped modulo 65536).
    rate : int
        Samples per second (LONG).

    Notes
    -----
    The bytes are those IDL 8.0's write_wav.pro writes (facts only): a RIFF header, an
    18-byte ``fmt `` chunk (PCM, cbSize 0), a ``data`` chunk, no pad byte. Differences
    from ``scipy.io.wavfile.write(f, rate, data)``: scipy writes a 16-byte ``fmt ``
    chunk, keeps int32/float data as 32-bit samples and expects ``(frames,
    channels)`` too (the same numpy layout). Sources: IDL Reference Guide, WRITE_WAV;
    Microsoft/IBM RIFF WAVE specification (1991); goldens in suite ``idl/wav``.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'b.wav')
    >>> idl.write_wav(path, np.array([128, 255, 0], np.uint8), 11025)
    >>> open(path, 'rb').read()[:4], os.path.getsize(path)
    (b'RIFF', 49)
    """
    path = _path(filename)
    if rate is None:
        raise CompatValueError("Variable is undefined: RATE.")
    a = idl_array(data, "DATA")
    try:
        with open(path, "wb") as stream:
            stream.write(core.wav_bytes(a, idl_array(rate, "RATE", complex_ok=False)))
    except OSError:
        raise CompatValueError(f"Cannot open (or write){path}") from None


@idl_routine("QUERY_WAV", output_arguments=("info",))
def query_wav(filename, *, info=False):
    """Whether a file is a PCM WAV file (INT 1) or not (0), as IDL's ``QUERY_WAV``.

    ``result = QUERY_WAV(Filename [, Info])`` -> ``ok = idl.query_wav(f)``, ``ok, info =
    idl.query_wav(f, info=True)``; Info: CHANNELS (INT), SAMPLES_PER_SEC (LONG),
    BITS_PER_SAMPLE (INT), as IDL 8.0's query_wav.pro (which also needs a ``data``
    chunk); LONG 0 when the result is 0 (IDL leaves it undefined).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'q.wav')
    >>> idl.write_wav(path, np.zeros((4, 2), np.int16), 44100)
    >>> ok, info = idl.query_wav(path, info=True)
    >>> int(ok), int(info.CHANNELS[0]), int(info.SAMPLES_PER_SEC[0])
    (1, 2, 44100)
    """
    path = _path(filename)
    try:
        with open(path, "rb") as stream:
            found = core.query_wav(stream.read())
    except OSError:
        found = None
    status = np.int16(0 if found is None else 1)
    if not info:
        return status
    if found is None:
        return QueryWavResult(result=status, info=np.int32(0))
    return QueryWavResult(result=status, info=build_structure(
        ["CHANNELS", "SAMPLES_PER_SEC", "BITS_PER_SAMPLE"], list(found)))
