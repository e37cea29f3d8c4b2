"""RIFF WAVE sound files as IDL's READ_WAV, WRITE_WAV and QUERY_WAV read and write them.

The layout (Microsoft/IBM, *Multimedia Programming Interface and Data Specifications
1.0*, 1991, "RIFF" and "WAVE Form"; little-endian): ``RIFF`` size ``WAVE``, then chunks
of a 4-byte id, a 4-byte size and the data; ``fmt `` holds wFormatTag (1 = PCM),
nChannels, nSamplesPerSec, nAvgBytesPerSec, nBlockAlign, wBitsPerSample; ``data`` the
interleaved samples (8-bit unsigned, 16-bit signed). The choices below are IDL's, facts
taken from IDL 8.0's read_wav.pro, write_wav.pro and query_wav.pro (no code of theirs
is used):

* written: an 18-byte ``fmt `` chunk (cbSize 0), the RIFF size ``38 + data bytes``,
  BYTE data as 8-bit samples (the bytes as given), any other type as 16-bit samples of
  IDL's FIX(); no pad byte after an odd-sized data chunk;
* read: chunks are skipped by their size alone (no RIFF pad byte), the ``fmt `` chunk is
  read as 18 bytes wherever its size says it ends; samples of up to 8 bits are BYTE, up
  to 16 bits INT, others refused; ``data size // (bytes * channels)`` frames.
"""

from __future__ import annotations

import struct

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_arrays import idl_convert

__all__ = ["wav_bytes", "read_wav", "query_wav"]

_FMT = struct.Struct("<hhiihhh")


class _ShortFile(CompatValueError):
    """The file ended or could not be read (READ_WAV's ON_IOERROR branch)."""


def wav_bytes(data: np.ndarray, rate) -> bytes:
    """The bytes WRITE_WAV writes for IDL array ``data`` (numpy readsav layout: the
    channels are the last axis) at ``rate`` samples a second."""
    while data.ndim > 1 and data.shape[0] == 1:
        data = data[0]      # IDL has no trailing dimension of 1: [2, 1] is [2], mono
    channels = data.shape[-1] if data.ndim >= 2 else 1
    if data.dtype == np.uint8:
        bits, samples = 8, data
    elif data.dtype == np.int16:
        bits, samples = 16, data
    else:
        bits, samples = 16, idl_convert(data, np.int16)
    width = bits // 8
    rate = int(idl_convert(np.asarray(rate).reshape(-1)[:1], np.int32)[0])
    wrap = lambda v, bits_: ((v + 2 ** (bits_ - 1)) % 2 ** bits_) - 2 ** (bits_ - 1)  # noqa: E731
    body = np.ascontiguousarray(samples).astype("<" + samples.dtype.str[1:]).tobytes()
    header = struct.pack("<4si4s", b"RIFF", wrap(38 + data.size * width, 32), b"WAVE")
    fmt = struct.pack("<4si", b"fmt ", 18) + _FMT.pack(
        1, wrap(channels, 16), rate, wrap(rate * channels * width, 32),
        wrap(width * channels, 16), bits, 0)
    chunk = struct.pack("<4si", b"data", wrap(data.size * width, 32))
    return header + fmt + chunk + body


def _chunks(data: bytes):
    """Find ``fmt `` then ``data`` as read_wav.pro does: ``(fmt fields, data offset,
    data size)``; raises :class:`_ShortFile` where IDL's READU would fail."""
    def chunk_at(at):
        if at < 0 or at + 8 > len(data):
            raise _ShortFile("Cannot open (or read) input file.")
        cid, size = struct.unpack_from("<4si", data, at)
        return cid, size, at + 8

    cid, size, at = chunk_at(12)
    while cid != b"fmt ":
        cid, size, at = chunk_at(at + size)
    if at + _FMT.size > len(data):
        raise _ShortFile("Cannot open (or read) input file.")
    fields = _FMT.unpack_from(data, at)
    return fields, at + size, chunk_at


def _header_ok(data: bytes) -> bool:
    return len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WAVE"


def read_wav(data: bytes, path: str):
    """``(samples, rate)`` as READ_WAV returns them for a file's bytes: BYTE or INT,
    numpy ``(frames, channels)`` (IDL ``[channels, frames]``) with dimensions of 1
    removed (REFORM), and LONG samples per second."""
    if len(data) < 12:
        raise _ShortFile("Cannot open (or read) input file.")
    if not _header_ok(data):
        raise CompatValueError(f"File {path} is not in WAV file format")
    (tag, channels, rate, _, _, bits, _), at, chunk_at = _chunks(data)
    if tag != 1:
        raise CompatValueError("Non-PCM format WAV files not supported")
    cid, size, at = chunk_at(at)
    while cid != b"data":
        cid, size, at = chunk_at(at + size)
    if bits <= 8:
        dtype, width = np.uint8, 1
    elif bits <= 16:
        dtype, width = np.dtype("<i2"), 2
    else:
        raise CompatValueError(f"Unsupported number of bits per sample:{bits:8d}")
    if channels <= 0:
        raise CompatValueError("Array dimensions must be greater than 0.")
    frames = int(size / (width * channels)) if size >= 0 else 0
    if frames <= 0:
        raise CompatValueError("BYTARR: Array dimensions must be greater than 0." if
                               width == 1 else
                               "INTARR: Array dimensions must be greater than 0.")
    count = frames * channels
    if at + count * width > len(data):
        raise _ShortFile("Cannot open (or read) input file.")
    samples = np.frombuffer(data, dtype, count, at).astype(
        np.int16 if width == 2 else np.uint8).reshape(frames, channels)
    kept = [n for n in samples.shape if n != 1]
    samples = samples.reshape(kept if kept else [1])
    return np.ascontiguousarray(samples), np.int32(rate)


def query_wav(data: bytes):
    """``(channels INT, rate LONG, bits INT)`` of a PCM WAV file's bytes, or None where
    QUERY_WAV returns 0 (no RIFF/WAVE header, not PCM, no ``fmt `` or ``data`` chunk
    before the end)."""
    if not _header_ok(data):
        return None
    try:
        (tag, channels, rate, _, _, bits, _), at, chunk_at = _chunks(data)
        if tag != 1:
            return None
        cid, size, at = chunk_at(at)
        while cid != b"data":
            cid, size, at = chunk_at(at + size)
    except _ShortFile:
        return None
    return np.int16(channels), np.int32(rate), np.int16(bits)
