"""Uncompressed WAVE audio as MATLAB's audioread, audiowrite and audioinfo read and write it.

The layout (Microsoft/IBM, *Multimedia Programming Interface and Data Specifications
1.0*, 1991, "RIFF" and "WAVE Form"; Microsoft, "WAVEFORMATEXTENSIBLE"; little-endian):
``RIFF`` size ``WAVE``, then chunks of a 4-byte id, a 4-byte size and the data, each
padded to an even size; ``fmt `` holds wFormatTag (1 PCM, 3 IEEE float, 0xFFFE
extensible: its sub-format GUID's first two bytes are the tag), nChannels,
nSamplesPerSec, nAvgBytesPerSec, nBlockAlign, wBitsPerSample; ``data`` the interleaved
frames (8-bit unsigned, 16/24/32-bit signed two's complement, 32/64-bit float).

The sample scaling is MATLAB's audioread/audiowrite reference pages' table: an integer
sample of ``b`` bits is ``x / 2^(b-1)`` as double (8-bit: ``(x - 128) / 128``), so the
range is [-1, 1); 'native' gives uint8, int16, int32 (24-bit samples in the top three
bytes, as MATLAB returns them) or single/double. Written samples: floating input is
clipped to [-1, 1], scaled by ``2^(b-1)``, rounded down (floor, as GNU Octave 7.3
writes them: MATLAB's pages do not say how they round) and limited to the integer
range (1.0 becomes the top code); integer input of the sample's own class is
written as it is.
"""

from __future__ import annotations

import struct

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["WaveFile", "parse_wave", "wave_bytes", "samples_of", "encode_samples"]

_FMT = struct.Struct("<HHIIHH")


class WaveFile:
    """A parsed WAVE file: format tag, channels, rate, bits and the raw data bytes."""

    def __init__(self, tag, channels, rate, bits, data):
        self.tag, self.channels, self.rate, self.bits, self.data = \
            tag, channels, rate, bits, data

    @property
    def frames(self) -> int:
        width = self.channels * ((self.bits + 7) // 8)
        return len(self.data) // width if width else 0


def parse_wave(raw: bytes) -> WaveFile:
    """Parse a RIFF WAVE file's bytes; raises CompatValueError for what is not one."""
    if len(raw) < 12 or raw[:4] != b"RIFF" or raw[8:12] != b"WAVE":
        raise CompatValueError("File is not a RIFF WAVE file.")
    at, fmt, data = 12, None, None
    while at + 8 <= len(raw):
        cid, size = struct.unpack_from("<4sI", raw, at)
        body = raw[at + 8:at + 8 + size]
        if cid == b"fmt " and len(body) >= _FMT.size:
            fmt = _FMT.unpack_from(body)
            tag = fmt[0]
            if tag == 0xFFFE and len(body) >= 26:
                tag = struct.unpack_from("<H", body, 24)[0]
            fmt = (tag,) + fmt[1:]
        elif cid == b"data":
            data = body
        at += 8 + size + (size & 1)
    if fmt is None or data is None:
        raise CompatValueError("File has no fmt or data chunk.")
    tag, channels, rate, _, _, bits = fmt
    if tag not in (1, 3) or (tag == 1 and bits not in (8, 16, 24, 32)) or \
            (tag == 3 and bits not in (32, 64)) or channels < 1:
        raise CompatValueError(f"Unsupported WAVE sample format (tag {tag}, {bits} bits).")
    return WaveFile(tag, channels, rate, bits, bytes(data))


def samples_of(wave: WaveFile, start: int = 0, stop: int | None = None,
               native: bool = False) -> np.ndarray:
    """Frames ``start:stop`` (0-based, stop exclusive) as an ``(frames, channels)`` array:
    MATLAB's 'native' class, or double scaled to [-1, 1)."""
    width = (wave.bits + 7) // 8
    stop = wave.frames if stop is None else stop
    chunk = wave.data[start * width * wave.channels:stop * width * wave.channels]
    count = (stop - start) * wave.channels
    if wave.tag == 3:
        x = np.frombuffer(chunk, "<f4" if wave.bits == 32 else "<f8", count)
        x = x.astype(np.float32 if wave.bits == 32 else np.float64)
        out = x if native else x.astype(np.float64)
    elif wave.bits == 8:
        x = np.frombuffer(chunk, np.uint8, count).copy()
        out = x if native else (x.astype(np.float64) - 128.0) / 128.0
    elif wave.bits == 24:
        b = np.frombuffer(chunk, np.uint8, count * 3).reshape(-1, 3).astype(np.uint32)
        x = ((b[:, 0] << 8) | (b[:, 1] << 16) | (b[:, 2] << 24)).view(np.int32)
        out = x if native else x.astype(np.float64) / 2.0 ** 31
    else:
        x = np.frombuffer(chunk, "<i%d" % width, count).astype("=i%d" % width)
        out = x if native else x.astype(np.float64) / 2.0 ** (wave.bits - 1)
    return out.reshape(-1, wave.channels)


def encode_samples(y: np.ndarray, bits: int) -> tuple[bytes, int, bool]:
    """``(data bytes, format tag, clipped)`` for the ``(frames, channels)`` array y."""
    clipped = False
    if y.dtype.kind == "f" or y.dtype.kind == "b":
        y = y.astype(np.float64)
        finite_hi = np.nan_to_num(y, nan=0.0)
        clipped = bool(np.any(finite_hi > 1) or np.any(finite_hi < -1))
        y = np.clip(finite_hi, -1.0, 1.0)
        if bits in (32, 64):
            tag, x = 3, y.astype("<f4" if bits == 32 else "<f8")
            return x.tobytes(), tag, clipped
        top = 2.0 ** (bits - 1)
        x = np.clip(np.floor(y * top), -top, top - 1)
        if bits == 8:
            return (x + 128).astype(np.uint8).tobytes(), 1, clipped
        return _integers(x.astype(np.int64), bits), 1, clipped
    # integer input: its value as audioread returns the class in [-1, 1), rescaled
    source = {np.dtype(np.uint8): 8, np.dtype(np.int16): 16, np.dtype(np.int32): 32}
    src = source[y.dtype]
    v = y.astype(np.int64) - (128 if src == 8 else 0)
    if bits in (32, 64):
        x = (v / 2.0 ** (src - 1)).astype("<f4" if bits == 32 else "<f8")
        return x.tobytes(), 3, False
    shift = bits - src
    v = v << shift if shift >= 0 else v >> -shift
    if bits == 8:
        return (v + 128).astype(np.uint8).tobytes(), 1, False
    return _integers(v, bits), 1, False


def _integers(v: np.ndarray, bits: int) -> bytes:
    if bits == 24:
        u = v.astype(np.int64) & 0xFFFFFF
        return np.stack([u & 0xFF, (u >> 8) & 0xFF, u >> 16], axis=-1).astype(
            np.uint8).tobytes()
    return v.astype("<i%d" % (bits // 8)).tobytes()


def wave_bytes(data: bytes, tag: int, channels: int, rate: int, bits: int) -> bytes:
    """A canonical WAVE file: a 16-byte ``fmt `` chunk, then ``data`` (padded even)."""
    width = (bits + 7) // 8
    fmt = _FMT.pack(tag, channels, rate, rate * channels * width, channels * width, bits)
    pad = b"\0" if len(data) & 1 else b""
    size = 4 + 8 + len(fmt) + 8 + len(data) + len(pad)
    return (struct.pack("<4sI4s", b"RIFF", size, b"WAVE") +
            struct.pack("<4sI", b"fmt ", len(fmt)) + fmt +
            struct.pack("<4sI", b"data", len(data)) + data + pad)
