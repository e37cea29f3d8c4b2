"""IDL WRITE_JPEG2000, READ_JPEG2000, QUERY_JPEG2000 (compat.idl.jpeg2000_files):
reversible round trips bit for bit in IDL's row order, checked with Pillow's own
decoder; the codestream's SIZ/COD fields (ITU-T T.800 annex A) read back by hand;
IDL's irreversible default; DISCARD_LEVELS, MAX_LAYERS, REGION; bad input. GDL 1.0.1
has no JPEG 2000 routines, so there are no clone goldens."""

import struct

import numpy as np
import pytest

from compat import idl

Image = pytest.importorskip("PIL.Image")
features = pytest.importorskip("PIL.features")
if not features.check("jpg_2000"):
    pytest.skip("Pillow without OpenJPEG", allow_module_level=True)


def _fields(path):
    """Hand-read SIZ and COD fields of a JP2 file."""
    data = open(path, "rb").read()
    at = data.index(b"\xff\x4f\xff\x51") + 4
    x, y, xo, yo = struct.unpack_from(">IIII", data, at + 4)
    ncomp = struct.unpack_from(">H", data, at + 36)[0]
    ssiz = [data[at + 38 + 3 * k] for k in range(ncomp)]
    cod = data.index(b"\xff\x52", at)
    return {"size": (x - xo, y - yo), "ssiz": ssiz,
            "layers": struct.unpack_from(">H", data, cod + 6)[0],
            "levels": data[cod + 9], "transform": data[cod + 13]}


@pytest.mark.parametrize("kind", ["gray", "la", "rgb", "rgba", "uint", "int"])
def test_reversible_round_trips_bit_for_bit(tmp_path, kind):
    rng = np.random.default_rng(2025)
    for trial in range(4):
        h, w = (int(v) for v in rng.integers(1, 70, 2))
        shape = {"gray": (h, w), "la": (h, w, 2), "rgb": (h, w, 3),
                 "rgba": (h, w, 4), "uint": (h, w), "int": (h, w)}[kind]
        if kind == "uint":
            img = rng.integers(0, 65536, shape).astype(np.uint16)
        elif kind == "int":
            img = rng.integers(-32768, 32768, shape).astype(np.int16)
        else:
            img = rng.integers(0, 256, shape).astype(np.uint8)
        path = str(tmp_path / f"{kind}{trial}.jp2")
        order = bool(trial % 2)
        idl.write_jpeg2000(path, img, reversible=True, order=order,
                           n_layers=int(rng.integers(1, 4)))
        back = idl.read_jpeg2000(path, order=order)
        assert back.dtype == img.dtype and back.shape == img.shape
        np.testing.assert_array_equal(back, img)
        top_first = img if order else img[::-1]
        pil = np.asarray(Image.open(path))
        if kind == "int":                 # Pillow shifts signed samples by 2**15
            np.testing.assert_array_equal(pil.astype(np.int32) - 32768, top_first)
        elif kind != "uint":
            np.testing.assert_array_equal(pil, top_first)
        f = _fields(path)
        assert f["size"] == (w, h) and f["transform"] == 1
        depth = {"uint": 0x0F, "int": 0x8F}.get(kind, 0x07)
        assert f["ssiz"] == [depth] * (1 if img.ndim == 2 else img.shape[2])


def test_irreversible_default_layers_levels_and_query(tmp_path):
    rng = np.random.default_rng(7)
    img = rng.integers(0, 256, (40, 64)).astype(np.uint8)
    path = str(tmp_path / "d.jp2")
    idl.write_jpeg2000(path, img)                           # IDL: irreversible
    f = _fields(path)
    assert f["transform"] == 0 and f["layers"] == 1 and f["levels"] == 5
    idl.write_jpeg2000(path, img, n_layers=6, n_levels=2, reversible=1)
    f = _fields(path)
    assert (f["layers"], f["levels"], f["transform"]) == (6, 2, 1)
    ok, info = idl.query_jpeg2000(path, info=True)
    assert ok == 1 and ok.dtype == np.int32
    assert info.dtype.names == ("CHANNELS", "DIMENSIONS", "HAS_PALETTE", "NUM_IMAGES",
                                "IMAGE_INDEX", "PIXEL_TYPE", "TYPE", "N_LAYERS",
                                "N_LEVELS", "OFFSET")
    assert info.CHANNELS[0] == 1 and info.DIMENSIONS[0].tolist() == [64, 40]
    assert (info.N_LAYERS[0], info.N_LEVELS[0], info.PIXEL_TYPE[0]) == (6, 2, 1)
    assert info.OFFSET[0].tolist() == [0, 0] and info.HAS_PALETTE[0] == 0
    # a 5-row image allows 2 levels only (OpenJPEG refuses more)
    idl.write_jpeg2000(path, np.zeros((5, 40), np.int16))
    assert _fields(path)["levels"] == 2
    assert idl.query_jpeg2000(path, info=True).info.PIXEL_TYPE[0] == 2
    # not JPEG 2000
    other = tmp_path / "x.jp2"
    other.write_bytes(b"not an image at all" * 4)
    assert idl.query_jpeg2000(str(other)) == 0
    assert idl.query_jpeg2000(str(tmp_path / "missing.jp2"), info=True).info == 0


def test_discard_levels_layers_and_region(tmp_path):
    rng = np.random.default_rng(11)
    img = rng.integers(0, 256, (37, 50, 3)).astype(np.uint8)
    path = str(tmp_path / "m.jp2")
    idl.write_jpeg2000(path, img, reversible=True, n_layers=4)
    half = idl.read_jpeg2000(path, discard_levels=1)
    assert half.shape == (19, 25, 3)                      # ceil(37/2), ceil(50/2)
    ref = Image.open(path)
    ref.reduce = 1
    np.testing.assert_array_equal(half, np.asarray(ref)[::-1])
    one = idl.read_jpeg2000(path, max_layers=1)
    assert one.shape == img.shape and not np.array_equal(one, img)   # ratio 8 layer
    part = idl.read_jpeg2000(path, region=[5, 3, 20, 10])
    np.testing.assert_array_equal(part, img[::-1][3:13, 5:25][::-1])
    part = idl.read_jpeg2000(path, region=[4, 2, 20, 10], discard_levels=1, order=True)
    np.testing.assert_array_equal(part, half[::-1][1:6, 2:12])


def test_inputs_as_files_deliver_them(tmp_path):
    rng = np.random.default_rng(3)
    img = rng.integers(0, 65536, (9, 12)).astype(">u2")
    view = np.asfortranarray(img)[:, ::1]
    view.flags.writeable = False
    before = view.copy()
    path = str(tmp_path / "b.jp2")
    idl.write_jpeg2000(path.encode(), view, reversible=True)
    np.testing.assert_array_equal(idl.read_jpeg2000(path), before)
    np.testing.assert_array_equal(view, before)
    # floats go through IDL's BYTE(): truncated, modulo 256
    idl.write_jpeg2000(path, np.array([[1.9, 257.5], [-1.0, 3.0]]), reversible=True)
    assert idl.read_jpeg2000(path).tolist() == [[1, 1], [255, 3]]
    strided = rng.integers(0, 256, (10, 16, 3)).astype(np.uint8)[::2, ::3]
    idl.write_jpeg2000(path, strided, reversible=True)
    np.testing.assert_array_equal(idl.read_jpeg2000(path), strided)


def test_bad_input(tmp_path):
    path = str(tmp_path / "e.jp2")
    with pytest.raises(ValueError, match="WRITE_JPEG2000: Image must be a two or three"):
        idl.write_jpeg2000(path, np.zeros(5, np.uint8))
    with pytest.raises(ValueError, match="24-bit"):
        idl.write_jpeg2000(path, np.zeros((4, 4), np.int32))
    with pytest.raises(ValueError, match="power of two <= 256"):
        idl.write_jpeg2000(path, np.zeros((4, 4), np.uint8), [1, 2, 3], [1, 2, 3],
                           [1, 2, 3])
    with pytest.raises(ValueError, match="palette is not supported"):
        idl.write_jpeg2000(path, np.zeros((4, 4), np.uint8), [1, 2], [1, 2], [1, 2])
    with pytest.raises(ValueError, match="N_LEVELS"):
        idl.write_jpeg2000(path, np.zeros((4, 4), np.uint8), n_levels=16)
    with pytest.raises(ValueError, match="N_LAYERS"):
        idl.write_jpeg2000(path, np.zeros((4, 4), np.uint8), n_layers=0)
    with pytest.raises(ValueError, match="16-bit images of several"):
        idl.write_jpeg2000(path, np.zeros((4, 4, 3), np.uint16))
    with pytest.raises(TypeError, match="File must be a string"):
        idl.write_jpeg2000(5, np.zeros((4, 4), np.uint8))
    with pytest.raises(ValueError, match="Unable to read JPEG2000 file"):
        idl.read_jpeg2000(str(tmp_path / "none.jp2"))
    idl.write_jpeg2000(path, np.zeros((8, 8), np.uint8), n_levels=1)
    with pytest.raises(ValueError, match="DISCARD_LEVELS 2 exceeds"):
        idl.read_jpeg2000(path, discard_levels=2)
    with pytest.raises(ValueError, match="REGION is outside"):
        idl.read_jpeg2000(path, region=[4, 4, 8, 2])
    with pytest.raises(ValueError, match="four-element"):
        idl.read_jpeg2000(path, region=[0, 0, 2])
