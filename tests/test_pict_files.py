"""IDL WRITE_PICT, READ_PICT, QUERY_PICT (compat.idl.pict_files): the file layout
against Apple's PICT 2 opcodes, the rows against an independent PackBits decoder,
round trips, bad input. Goldens: suite idl/pict (IDL 8.0's own .pro files in GDL)."""

import struct

import numpy as np
import pytest

from compat import idl


def _unpackbits(line: bytes) -> list:
    """Apple's PackBits (Technical Note TN1023): n < 128 -> n + 1 literal bytes,
    n > 128 -> the next byte 257 - n times, 128 is a no-op."""
    out, k = [], 0
    while k < len(line):
        n = line[k]
        k += 1
        if n < 128:
            out += list(line[k:k + n + 1])
            k += n + 1
        elif n > 128:
            out += [line[k]] * (257 - n)
            k += 1
    return out


def _layout(data: bytes, nx: int, ny: int, ncolors: int):
    """Check the fixed fields; return (colour words, the offset of the rows)."""
    assert data[:512] == bytes(512)
    assert struct.unpack_from(">h4h", data, 512) == (0, 0, 0, ny, nx)
    at = 522
    assert struct.unpack_from(">HBB", data, at) == (0x0011, 2, 255)        # Version 2
    assert struct.unpack_from(">H", data, at + 4)[0] == 0x0C00             # HeaderOp
    assert struct.unpack_from(">HHh4h", data, at + 30) == (0x001E, 0x0001, 10, 0, 0,
                                                            ny, nx)        # Clip region
    at += 44
    assert struct.unpack_from(">H", data, at)[0] == 0x0098                 # PackBitsRect
    row_bytes, *bounds = struct.unpack_from(">H4h", data, at + 2)
    assert row_bytes == 0x8000 | nx and bounds == [0, 0, ny, nx]
    # version, packType, packSize, hRes, vRes (72 dpi Fixed), pixelType, pixelSize,
    # cmpCount, cmpSize, planeBytes, pmTable, pmReserved
    assert struct.unpack_from(">hhiiihhhhiii", data, at + 12) == (
        0, 0, 0, 0x00480000, 0x00480000, 0, 8, 1, 8, 0, 0, 0)
    seed, trans, size = struct.unpack_from(">ihh", data, at + 48)
    assert size == ncolors - 1
    colours = np.frombuffer(data, ">u2", 4 * ncolors, at + 56).reshape(ncolors, 4)
    at += 56 + 8 * ncolors
    assert struct.unpack_from(">4h4hh", data, at) == (0, 0, ny, nx, 0, 0, ny, nx, 0)
    assert struct.unpack_from(">H", data, len(data) - 2)[0] == 0x00FF      # OpEndPic
    assert len(data) % 2 == 0
    return colours, at + 18


@pytest.mark.parametrize("nx", [8, 13, 250, 251, 400])
def test_rows_decode_with_packbits(tmp_path, nx):
    rng = np.random.default_rng(1951)
    ny = 4
    img = rng.integers(0, 4, size=(ny, nx)).astype(np.uint8)
    img[1, : nx // 2] = 3                        # a long run (over 128 when wide)
    red, green, blue = (rng.integers(0, 256, 4) for _ in range(3))
    path = str(tmp_path / "p.pict")
    idl.write_pict(path, img, red, green, blue)
    data = open(path, "rb").read()
    colours, at = _layout(data, nx, ny, 4)
    np.testing.assert_array_equal(colours[:, 0], np.arange(4))
    np.testing.assert_array_equal(colours[:, 1], red * 256)
    np.testing.assert_array_equal(colours[:, 3], blue * 256)
    rows = []
    for _ in range(ny):
        if nx > 250:
            length = struct.unpack_from(">H", data, at)[0]
            at += 2
        else:
            length = data[at]
            at += 1
        rows.append(_unpackbits(data[at:at + length]))
        at += length
    # the file's first row is the top of the picture: IDL's last row
    np.testing.assert_array_equal(np.array(rows[::-1], np.uint8), img)


def test_narrow_rows_unpacked_bottom_first_and_read_as_a_vector(tmp_path):
    img = np.arange(15, dtype=np.uint8).reshape(3, 5)
    path = str(tmp_path / "n.pict")
    idl.write_pict(path, img, np.arange(16), np.arange(16), np.arange(16))
    data = open(path, "rb").read()
    _, at = _layout(data, 5, 3, 16)
    assert data[at:at + 15] == bytes(range(15))
    assert data[at + 15] == 0                    # pad to an even length
    got = idl.read_pict(path)
    assert got.dtype == np.uint8 and got.tolist() == list(range(15))


def test_round_trip_bit_for_bit(tmp_path):
    rng = np.random.default_rng(1952)
    path = str(tmp_path / "r.pict")
    for _ in range(30):
        nx = int(rng.integers(8, 300))
        ny = int(rng.integers(2, 6))
        img = rng.integers(0, 256, size=(ny, nx)).astype(np.uint8)
        img[:, ::3] = img[:, :1]                 # runs and literals mixed
        r, g, b = (rng.integers(0, 256, 256).astype(np.uint8) for _ in range(3))
        idl.write_pict(path, img, r, g, b)
        q = idl.read_pict(path, r=True, g=True, b=True)
        np.testing.assert_array_equal(q.result, img)
        for got, want in ((q.r, r), (q.g, g), (q.b, b)):
            np.testing.assert_array_equal(got, want)


def test_clipping_conversion_and_inputs_untouched(tmp_path):
    path = str(tmp_path / "c.pict")
    img = np.array([[0.5, 255.9, 3.0, 2.2, 1.0, 0.0, 7.9, 300.7],
                    [-1.5, 2.0, 3.9, 1.1, 0.0, 3.0, 3.0, 3.0]], dtype=">f4")
    before = img.copy()
    idl.write_pict(path, img, [0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3])
    # BYTE(): 0.5 -> 0, 255.9 -> 255, 300.7 -> 44, -1.5 -> 255; then < 3
    assert idl.read_pict(path).tolist() == [[0, 3, 3, 2, 1, 0, 3, 3],
                                            [3, 2, 3, 1, 0, 3, 3, 3]]
    np.testing.assert_array_equal(img, before)
    strided = np.arange(40, dtype=np.uint8).reshape(4, 10)[::2, ::1]
    idl.write_pict(path, strided, np.arange(256), np.arange(256), np.arange(256))
    np.testing.assert_array_equal(idl.read_pict(path), strided)


def test_default_table_is_the_current_one(tmp_path):
    path = str(tmp_path / "t.pict")
    idl.loadct(0)
    idl.tvlct([10, 20], [30, 40], [50, 60])
    try:
        idl.write_pict(path, np.zeros((2, 8), np.uint8))
        q = idl.read_pict(path, r=True, g=True, b=True)
        assert q.r.size == 256 and q.r[:3].tolist() == [10, 20, 2]
        assert q.b[:2].tolist() == [50, 60]
    finally:
        idl.loadct(0)


def test_query(tmp_path):
    path = str(tmp_path / "q.pict")
    idl.write_pict(path, np.zeros((3, 12), np.uint8), [0, 255], [0, 255], [0, 255])
    ok, info = idl.query_pict(path, info=True)
    assert ok == 1 and ok.dtype == np.int32
    assert info.DIMENSIONS[0].tolist() == [12, 3] and info.TYPE[0] == "PICT"
    assert (info.CHANNELS[0], info.HAS_PALETTE[0], info.PIXEL_TYPE[0]) == (1, 1, 1)
    other = tmp_path / "x.pict"
    other.write_bytes(bytes(700))
    assert idl.query_pict(str(other)) == 0
    ok, info = idl.query_pict(str(tmp_path / "missing.pict"), info=True)
    assert ok == 0 and info == 0


def test_errors(tmp_path):
    path = str(tmp_path / "e.pict")
    with pytest.raises(ValueError, match="WRITE_PICT: IMAGE must be a two dimensional"):
        idl.write_pict(path, np.zeros(5, np.uint8), [0], [0], [0])
    with pytest.raises(ValueError, match="two dimensional"):
        idl.write_pict(path, np.zeros((1, 9), np.uint8), [0], [0], [0])
    with pytest.raises(ValueError, match="same length"):
        idl.write_pict(path, np.zeros((2, 9), np.uint8), [0, 1], [0], [0])
    with pytest.raises(ValueError, match="usage"):
        idl.write_pict(path, np.zeros((2, 9), np.uint8), [0, 1])
    with pytest.raises(ValueError, match="READ_PICT: Error opening file"):
        idl.read_pict(str(tmp_path / "none.pict"))
    short = tmp_path / "s.pict"
    short.write_bytes(bytes(520))
    with pytest.raises(ValueError, match="READ_PICT: READU: End of file"):
        idl.read_pict(str(short))
