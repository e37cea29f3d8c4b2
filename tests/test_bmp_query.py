"""IDL QUERY_BMP (compat.idl.bmp_files): the header fields of files WRITE_BMP, Pillow
and hand-built headers give; the refused kinds. Goldens: suite idl/bmp_query."""

import struct

import numpy as np
from PIL import Image

from compat import idl


def _header(width, height, bits, compression=0):
    return (struct.pack("<2sIHHI", b"BM", 54, 0, 0, 54) +
            struct.pack("<IiiHHIIiiII", 40, width, height, 1, bits, compression, 0, 0, 0,
                        0, 0))


def test_files_written_by_write_bmp_and_pillow(tmp_path):
    path = str(tmp_path / "a.bmp")
    idl.write_bmp(path, np.zeros((3, 5), np.uint8))
    ok, info = idl.query_bmp(path, info=True)
    assert ok == 1 and ok.dtype == np.int32
    assert info.DIMENSIONS[0].tolist() == [5, 3] and info.HAS_PALETTE[0] == 1
    assert (info.CHANNELS[0], info.PIXEL_TYPE[0], info.TYPE[0]) == (1, 1, "BMP")
    Image.fromarray(np.zeros((4, 6, 3), np.uint8)).save(path)
    ok, info = idl.query_bmp(path, info=True)
    assert ok == 1 and info.CHANNELS[0] == 3 and info.HAS_PALETTE[0] == 0
    assert info.DIMENSIONS[0].tolist() == [6, 4]


def test_kinds(tmp_path):
    path = tmp_path / "h.bmp"
    expected = {4: (1, 1, 1), 8: (1, 1, 1), 16: (3, 0, 2), 24: (3, 0, 1)}
    for bits, (channels, palette, pixel) in expected.items():
        path.write_bytes(_header(7, -2, bits))
        ok, info = idl.query_bmp(str(path), info=True)
        assert ok == 1 and info.DIMENSIONS[0].tolist() == [7, -2]
        assert (info.CHANNELS[0], info.HAS_PALETTE[0], info.PIXEL_TYPE[0]) == (
            channels, palette, pixel)
    for header in (_header(7, 2, 1), _header(7, 2, 32), _header(7, 2, 8, 1),
                   _header(7, 2, 8)[:40], b"PK" + bytes(60)):
        path.write_bytes(header)
        ok, info = idl.query_bmp(str(path), info=True)
        assert ok == 0 and info == 0
    assert idl.query_bmp(str(tmp_path / "missing.bmp")) == 0
