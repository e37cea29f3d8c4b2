"""MATLAB audioread / audiowrite / audioinfo (compat.matlab.audio_files): file bytes built
by hand, MATLAB's documented scaling, and live round trips through Octave 7.3."""

from __future__ import annotations

import struct
import warnings

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import MatlabWarning

from oracles import OCTAVE, run_octave  # noqa: E402


def _wave(tag, channels, rate, bits, data, extra=b"", extensible=False):
    width = (bits + 7) // 8
    if extensible:
        fmt = struct.pack("<HHIIHHHHI", 0xFFFE, channels, rate, rate * channels * width,
                          channels * width, bits, 22, bits, 0) + struct.pack("<H", tag) \
            + b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"
    else:
        fmt = struct.pack("<HHIIHH", tag, channels, rate, rate * channels * width,
                          channels * width, bits)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + extra + b"data" + \
        struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


def test_written_bytes_16_bit(tmp_path):
    f = str(tmp_path / "a.wav")
    matlab.audiowrite(f, np.array([0.0, 0.5, -1.0, 1.0, 0.1]), 8000)
    raw = open(f, "rb").read()
    assert raw[:4] == b"RIFF" and raw[8:16] == b"WAVEfmt "
    assert struct.unpack_from("<HHIIHH", raw, 20) == (1, 1, 8000, 16000, 2, 16)
    assert raw[36:40] == b"data" and struct.unpack_from("<I", raw, 40)[0] == 10
    # floor(y * 32768), +1 clipped to 32767: 0.1 * 32768 = 3276.8 -> 3276
    assert struct.unpack_from("<5h", raw, 44) == (0, 16384, -32768, 32767, 3276)


def test_scaling_of_every_width(tmp_path):
    f = str(tmp_path / "a.wav")
    y = np.array([[0.25], [-0.25], [-1.0]])
    matlab.audiowrite(f, y, 100, "BitsPerSample", 8)
    assert matlab.audioread(f, "native").ravel().tolist() == [160, 96, 0]
    matlab.audiowrite(f, y, 100, "BitsPerSample", 24)
    raw = open(f, "rb").read()
    # 2^21, -2^21, -2^23 little-endian, then the pad byte of an odd-sized chunk
    assert raw[44:] == bytes([0, 0, 0x20, 0, 0, 0xE0, 0, 0, 0x80, 0])
    native = matlab.audioread(f, "native")
    assert native.dtype == np.int32
    assert native.ravel().tolist() == [2 ** 29, -2 ** 29, -2 ** 31]
    matlab.audiowrite(f, y, 100, "BitsPerSample", 32)
    assert matlab.audioread(f, "native").dtype == np.float32
    np.testing.assert_array_equal(matlab.audioread(f), y)


def test_reading_hand_made_files(tmp_path):
    f = tmp_path / "b.wav"
    # extensible header, an odd-sized LIST chunk before the data (padded to even)
    pcm = struct.pack("<4h", 1, -2, 16384, -32768)
    f.write_bytes(_wave(1, 2, 44100, 16, pcm, extra=b"LIST\x03\x00\x00\x00abc\x00",
                        extensible=True))
    y, fs = matlab.audioread(str(f), nargout=2)
    assert fs == 44100.0 and y.shape == (2, 2)
    np.testing.assert_array_equal(y, [[1 / 32768, -2 / 32768], [0.5, -1.0]])
    info = matlab.audioinfo(str(f))
    assert list(info) == ["Filename", "CompressionMethod", "NumChannels", "SampleRate",
                          "TotalSamples", "Duration", "Title", "Comment", "Artist",
                          "BitsPerSample"]
    assert (info["NumChannels"], info["TotalSamples"], info["BitsPerSample"]) == (2, 2, 16)
    f.write_bytes(_wave(1, 1, 8, 8, bytes([0, 128, 255])))
    np.testing.assert_array_equal(matlab.audioread(str(f)).ravel(), [-1.0, 0.0, 127 / 128])
    f.write_bytes(_wave(3, 1, 8, 64, struct.pack("<2d", 0.3, -2.5)))
    np.testing.assert_array_equal(matlab.audioread(str(f), "native").ravel(), [0.3, -2.5])


def test_ranges_and_errors(tmp_path):
    f = str(tmp_path / "c.wav")
    matlab.audiowrite(f, np.arange(10).reshape(-1, 1) / 16, 10)
    np.testing.assert_array_equal(matlab.audioread(f, [3, 5]).ravel(), [2 / 16, 3 / 16, 4 / 16])
    assert matlab.audioread(f, [9, np.inf], "native").ravel().tolist() == [16384, 18432]
    with pytest.raises(ValueError, match="Sample limits out of range"):
        matlab.audioread(f, [0, 3])
    with pytest.raises(ValueError, match="Sample limits out of range"):
        matlab.audioread(f, [2, 11])
    with pytest.raises(ValueError, match="not found"):
        matlab.audioread(str(tmp_path / "missing.wav"))
    with pytest.raises(ValueError, match="BitsPerSample"):
        matlab.audiowrite(f, [0.0], 8000, "BitsPerSample", 12)
    (tmp_path / "x.wav").write_bytes(b"not a wave file at all")
    with pytest.raises(ValueError):
        matlab.audioread(str(tmp_path / "x.wav"))


def test_clipping_warning_and_integer_input(tmp_path):
    f = str(tmp_path / "d.wav")
    with pytest.warns(MatlabWarning, match="Data clipped when writing file."):
        matlab.audiowrite(f, np.array([1.5, -2.0, 0.5]), 8000)
    assert matlab.audioread(f, "native").ravel().tolist() == [32767, -32768, 16384]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        matlab.audiowrite(f, np.array([1.0, -1.0]), 8000)
        matlab.audiowrite(f, np.array([5, -32768, 32767], np.int16), 8000)
    assert matlab.audioread(f, "native").ravel().tolist() == [5, -32768, 32767]
    matlab.audiowrite(f, np.array([7, -1], np.int16), 8000, "BitsPerSample", 24)
    assert matlab.audioread(f, "native").ravel().tolist() == [7 * 2 ** 16, -(2 ** 16)]


def test_inputs_not_modified_any_byte_order(tmp_path):
    rng = np.random.default_rng(5)
    y = rng.uniform(-1, 1, (20, 2))
    big = y.astype(">f8")[::2]
    before = big.copy()
    f1, f2 = str(tmp_path / "e.wav"), str(tmp_path / "f.wav")
    matlab.audiowrite(f1, big, 8000)
    matlab.audiowrite(f2, np.ascontiguousarray(y[::2]), 8000)
    np.testing.assert_array_equal(big, before)
    assert open(f1, "rb").read() == open(f2, "rb").read()


@pytest.mark.octave
@pytest.mark.skipif(OCTAVE is None, reason="octave-cli not installed")
def test_round_trips_with_octave(tmp_path):
    """Files written by compat read by Octave, and Octave's files read by compat: exact
    (integer samples; floor scaling is Octave's; 24-bit is left out: Octave writes it
    as 32-bit PCM, the recorded divergence)."""
    rng = np.random.default_rng(2027)
    cases, mine = [], []
    for k, bits in enumerate((8, 16, 32, 8, 16, 32)):
        shape = (int(rng.integers(1, 40)), int(rng.integers(1, 3)))
        y = rng.uniform(-1.2, 1.2, shape)
        a, b = str(tmp_path / f"c{k}.wav"), str(tmp_path / f"o{k}.wav")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", MatlabWarning)
            matlab.audiowrite(a, y, 8000, "BitsPerSample", bits)
        cases.append(("[ya, fa] = audioread(a, 'native'); audiowrite(b, y, 8000, "
                      f"'BitsPerSample', {bits}); yb = audioread(b, 'native');",
                      {"a": a, "b": b, "y": y}, ["ya", "fa", "yb"]))
        mine.append((a, b))
    results = run_octave(cases)
    for result, (a, b) in zip(results, mine):
        assert not isinstance(result, Exception), result
        np.testing.assert_array_equal(np.asarray(result["ya"]).reshape(-1, 1).ravel(),
                                      matlab.audioread(a, "native").ravel())
        assert float(np.asarray(result["fa"]).ravel()[0]) == 8000.0
        np.testing.assert_array_equal(matlab.audioread(b, "native"),
                                      matlab.audioread(a, "native"))
