"""IDL READ_WAV, WRITE_WAV, QUERY_WAV (compat.idl.wav_files): the RIFF WAVE layout,
files of scipy's writer read, IDL's files read by scipy, round trips, bad input.
Goldens: suite idl/wav (IDL 8.0's own .pro files in GDL)."""

import struct

import numpy as np
import pytest
from scipy.io import wavfile

from compat import idl


def test_layout_of_a_written_file(tmp_path):
    path = str(tmp_path / "a.wav")
    data = np.array([[1, -2], [300, -32768], [7, 8]], np.int16)   # IDL [2, 3]
    idl.write_wav(path, data, 22050)
    raw = open(path, "rb").read()
    assert raw[:4] == b"RIFF" and raw[8:16] == b"WAVEfmt "
    assert struct.unpack_from("<I", raw, 4)[0] == 38 + 12          # IDL's size field
    assert struct.unpack_from("<IHHIIHHH", raw, 16) == (18, 1, 2, 22050, 22050 * 4, 4,
                                                         16, 0)
    assert raw[38:42] == b"data" and struct.unpack_from("<I", raw, 42)[0] == 12
    np.testing.assert_array_equal(np.frombuffer(raw, "<i2", 6, 46).reshape(3, 2), data)
    assert len(raw) == 58


def test_scipy_reads_what_write_wav_writes(tmp_path):
    rng = np.random.default_rng(1953)
    path = str(tmp_path / "s.wav")
    for dtype in (np.uint8, np.int16):
        info = np.iinfo(dtype)
        data = rng.integers(info.min, info.max, size=(50, 3), endpoint=True).astype(dtype)
        idl.write_wav(path, data, 8000)
        rate, got = wavfile.read(path)
        assert rate == 8000 and got.dtype == dtype
        np.testing.assert_array_equal(got, data)


def test_read_files_scipy_writes(tmp_path):
    rng = np.random.default_rng(1954)
    path = str(tmp_path / "r.wav")
    stereo = rng.integers(-32768, 32767, size=(40, 2), endpoint=True).astype(np.int16)
    wavfile.write(path, 44100, stereo)
    s, rate = idl.read_wav(path, rate=True)
    assert s.dtype == np.int16 and rate == 44100 and rate.dtype == np.int32
    np.testing.assert_array_equal(s, stereo)
    mono = rng.integers(0, 255, size=33, endpoint=True).astype(np.uint8)
    wavfile.write(path, 11025, mono)
    got = idl.read_wav(path)
    assert got.dtype == np.uint8 and got.shape == (33,)
    np.testing.assert_array_equal(got, mono)


def test_conversions_and_inputs_untouched(tmp_path):
    path = str(tmp_path / "c.wav")
    data = np.array([0.9, -0.9, 70000.5, -40000.2], dtype=">f8")
    before = data.copy()
    idl.write_wav(path, data, 1000)
    # FIX(): truncation toward zero, then modulo 65536 into INT
    assert idl.read_wav(path).tolist() == [0, 0, 70000 - 65536, -40000 + 65536]
    np.testing.assert_array_equal(data, before)
    idl.write_wav(path, np.array([40000, 65535], np.uint16), 1000)
    assert idl.read_wav(path).tolist() == [40000 - 65536, -1]
    strided = np.arange(24, dtype=np.int16).reshape(6, 4)[::2, ::2]
    idl.write_wav(path, strided, 5)
    np.testing.assert_array_equal(idl.read_wav(path), strided)


def test_one_frame_and_odd_chunks(tmp_path):
    path = str(tmp_path / "o.wav")
    idl.write_wav(path, np.array([[5, -6]], np.int16), 8000)     # IDL [2, 1] is [2]
    ok, info = idl.query_wav(path, info=True)
    assert ok == 1 and ok.dtype == np.int16 and info.CHANNELS[0] == 1
    # a LIST chunk of odd size with its RIFF pad byte: IDL skips by the size alone
    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 16000, 2, 16)
    body = (b"WAVE" + b"LIST" + struct.pack("<I", 3) + b"abc\x00" +
            b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", 4) +
            bytes(4))
    bad = tmp_path / "pad.wav"
    bad.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    with pytest.raises(ValueError, match="READ_WAV: Cannot open \\(or read\\) input"):
        idl.read_wav(str(bad))
    assert idl.query_wav(str(bad)) == 0


def test_errors(tmp_path):
    path = str(tmp_path / "e.wav")
    with pytest.raises(ValueError, match="WRITE_WAV: Variable is undefined: RATE"):
        idl.write_wav(path, np.zeros(3, np.int16))
    with pytest.raises(ValueError, match="READ_WAV: Cannot open"):
        idl.read_wav(str(tmp_path / "missing.wav"))
    (tmp_path / "x.wav").write_bytes(b"RIFX" + bytes(40))
    with pytest.raises(ValueError, match="is not in WAV file format"):
        idl.read_wav(str(tmp_path / "x.wav"))
    wavfile.write(path, 8000, np.zeros(4, np.float32))
    with pytest.raises(ValueError, match="Non-PCM format WAV files not supported"):
        idl.read_wav(path)
    assert idl.query_wav(path) == 0
    wavfile.write(path, 8000, np.zeros(4, np.int32))
    with pytest.raises(ValueError, match="Unsupported number of bits per sample:      32"):
        idl.read_wav(path)
    ok, info = idl.query_wav(path, info=True)
    assert ok == 1 and info.BITS_PER_SAMPLE[0] == 32
