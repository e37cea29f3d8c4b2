"""IDL image files (compat.idl.images, the optional extra compat[images] on Pillow):
IDL's bottom-to-top rows for PNG and JPEG, TRUE interleaving, types, palettes, TIFF in
scan order with its ORIENTATION tag, QUERY_* structures; skipped without Pillow."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl

Image = pytest.importorskip("PIL.Image")


def test_png_rows_are_bottom_to_top(tmp_path):
    path = tmp_path / "g.png"
    image = np.arange(12, dtype=np.uint8).reshape(3, 4) * 20
    idl.write_png(path, image)
    # the file's first (top) row is the array's last row: IDL's origin is bottom-left
    np.testing.assert_array_equal(np.asarray(Image.open(path)), image[::-1])
    np.testing.assert_array_equal(idl.read_png(path), image)
    np.testing.assert_array_equal(idl.read_png(path, order=True), image[::-1])
    idl.write_png(path, image, order=True)
    np.testing.assert_array_equal(np.asarray(Image.open(path)), image)


def test_png_color_16bit_palette(tmp_path):
    rgb = np.random.default_rng(1).integers(0, 256, (5, 6, 3)).astype(np.uint8)
    idl.write_png(tmp_path / "c.png", rgb)
    back = idl.read_png(tmp_path / "c.png")
    assert back.shape == (5, 6, 3) and back.dtype == np.uint8
    np.testing.assert_array_equal(back, rgb)
    deep = np.arange(6, dtype=np.uint16).reshape(2, 3) * 10000
    idl.write_png(tmp_path / "d.png", deep)
    assert idl.read_png(tmp_path / "d.png").dtype == np.uint16
    np.testing.assert_array_equal(idl.read_png(tmp_path / "d.png"), deep)
    index = np.array([[0, 1], [2, 1]], dtype=np.uint8)
    r, g, b = np.uint8([255, 0, 9]), np.uint8([0, 255, 9]), np.uint8([0, 0, 9])
    idl.write_png(tmp_path / "p.png", index, r, g, b)
    out = idl.read_png(tmp_path / "p.png", r=True, g=True, b=True)
    np.testing.assert_array_equal(out.result, index)
    assert out.r[:3].tolist() == [255, 0, 9] and out.g[:3].tolist() == [0, 255, 9]


def test_query_png(tmp_path):
    idl.write_png(tmp_path / "c.png", np.zeros((5, 7, 3), np.uint8))
    ok, info = idl.query_png(tmp_path / "c.png", info=True)
    assert ok == 1 and info.CHANNELS[0] == 3 and info.DIMENSIONS[0].tolist() == [7, 5]
    assert info.TYPE[0] == "PNG" and info.PIXEL_TYPE[0] == 1 and info.HAS_PALETTE[0] == 0
    (tmp_path / "x.png").write_text("not an image")
    assert idl.query_png(tmp_path / "x.png") == 0
    assert idl.query_png(tmp_path / "missing.png") == 0


def test_jpeg_true_interleave_and_order(tmp_path):
    rgb = np.zeros((8, 16, 3), np.uint8)
    rgb[:4, :, 0] = 250                              # bottom half red (IDL rows 0..3)
    rgb[4:, :, 2] = 250                              # top half blue
    path = tmp_path / "c.jpg"
    idl.write_jpeg(path, rgb, quality=95)
    top = np.asarray(Image.open(path))[0, 0]
    assert top[2] > 200 and top[0] < 60              # the file's top row is blue
    back = idl.read_jpeg(path)
    assert back.shape == (8, 16, 3) and back[0, 0, 0] > 200
    assert idl.read_jpeg(path, true=3).shape == (3, 8, 16)
    assert idl.read_jpeg(path, true=2).shape == (8, 3, 16)
    assert idl.read_jpeg(path, grayscale=True).shape == (8, 16)
    np.testing.assert_array_equal(idl.read_jpeg(path, order=True), back[::-1])
    planar = np.transpose(rgb, (2, 0, 1))
    idl.write_jpeg(tmp_path / "p.jpg", planar, true=3, quality=95)
    np.testing.assert_array_equal(idl.read_jpeg(tmp_path / "p.jpg"), back)
    assert idl.query_jpeg(path) == 1 and idl.query_png(path) == 0


def test_tiff_scan_order_types_orientation(tmp_path):
    image = np.arange(12, dtype=np.uint8).reshape(3, 4)
    path = tmp_path / "t.tif"
    idl.write_tiff(path, image)
    np.testing.assert_array_equal(np.asarray(Image.open(path)), image)   # no flip
    out = idl.read_tiff(path, orientation=True)
    np.testing.assert_array_equal(out.result, image) and out.orientation == 1
    idl.write_tiff(tmp_path / "s.tif", image.astype(np.int32) * 1000, short=True)
    assert idl.read_tiff(tmp_path / "s.tif").dtype == np.uint16
    idl.write_tiff(tmp_path / "f.tif", image / 4, float=True)
    np.testing.assert_array_equal(idl.read_tiff(tmp_path / "f.tif"),
                                  (image / 4).astype(np.float32))
    idl.write_tiff(tmp_path / "b.tif", np.float64([[1.7, 300]]))      # BYTE(): 1, 44
    assert idl.read_tiff(tmp_path / "b.tif").tolist() == [[1, 44]]
    idl.write_tiff(tmp_path / "o.tif", image, orientation=4)
    assert idl.read_tiff(tmp_path / "o.tif", orientation=True).orientation == 4
    idl.write_tiff(tmp_path / "o.tif", image * 2, append=True)
    np.testing.assert_array_equal(idl.read_tiff(tmp_path / "o.tif", image_index=1),
                                  image * 2)
    ok, info = idl.query_tiff(tmp_path / "o.tif", info=True)
    assert ok == 1 and info.NUM_IMAGES[0] == 2
    crop = idl.read_tiff(path, sub_rect=[1, 0, 2, 2])
    np.testing.assert_array_equal(crop, image[0:2, 1:3])


def test_errors(tmp_path):
    with pytest.raises(ValueError, match="^READ_PNG: Unable to open file"):
        idl.read_png(tmp_path / "none.png")
    (tmp_path / "x.png").write_text("text")
    with pytest.raises(ValueError, match="^READ_PNG: File .* is not a valid PNG file"):
        idl.read_png(tmp_path / "x.png")
    with pytest.raises(ValueError, match="^WRITE_PNG: Image must be a 2-D or 3-D array"):
        idl.write_png(tmp_path / "a.png", np.zeros(4, np.uint8))
    with pytest.raises(ValueError, match="^WRITE_JPEG: TRUE must be 1, 2 or 3"):
        idl.write_jpeg(tmp_path / "a.jpg", np.zeros((2, 2, 3), np.uint8), true=4)
    with pytest.raises(ValueError, match="^WRITE_PNG: Error opening file"):
        idl.write_png(tmp_path / "no" / "a.png", np.zeros((2, 2), np.uint8))


@pytest.mark.gdl
def test_files_written_by_compat_read_by_gdl(tmp_path):
    from oracles import GDL, GDL_PIN, run_gdl_program
    rgb = (np.arange(24).reshape(2, 4, 3) * 10).astype(np.uint8)
    gray = (np.arange(8).reshape(2, 4) * 30).astype(np.uint8)
    idl.write_png(tmp_path / "c.png", rgb)
    idl.write_png(tmp_path / "g.png", gray)
    idl.write_jpeg(tmp_path / "j.jpg", gray, quality=100)
    (tmp_path / "rt.pro").write_text(f"""pro rt
  {GDL_PIN}
  c = read_png('c.png') & g = read_png('g.png') & read_jpeg, 'j.jpg', j
  save, c, g, j, filename='back.sav'
end
""")
    run_gdl_program("rt", tmp_path)
    back = idl.restore(tmp_path / "back.sav")
    # GDL's READ_PNG/READ_JPEG give IDL's bottom-up rows: the same arrays, same layout
    np.testing.assert_array_equal(back["c"], rgb)
    np.testing.assert_array_equal(back["g"], gray)
    np.testing.assert_array_equal(back["j"], idl.read_jpeg(tmp_path / "j.jpg"))


def test_query_tiff_fields_from_tags_written_by_pillow(tmp_path):
    """QUERY_TIFF's TIFF fields come from the tags (values set here, not computed by
    compat): a BigTIFF is VERSION 43, ORIENTATION survives reading the pixels."""
    from PIL import Image
    from PIL.TiffImagePlugin import ImageFileDirectory_v2
    tags = ImageFileDirectory_v2()
    tags[269], tags[270], tags[274] = "doc", "described", 6
    Image.fromarray(np.zeros((2, 3), np.uint16)).save(tmp_path / "a.tif", tiffinfo=tags,
                                                       dpi=(300, 200))
    Image.fromarray(np.zeros((2, 3), np.uint8)).save(tmp_path / "b.tif", big_tiff=True)
    ok, info = idl.query_tiff(tmp_path / "a.tif", info=True)
    assert int(ok) == 1 and info["BITS_PER_SAMPLE"][0] == 16 and info["PIXEL_TYPE"][0] == 12
    assert (info["DOCUMENT_NAME"][0], info["DESCRIPTION"][0]) == ("doc", "described")
    assert info["ORIENTATION"][0] == 6 and info["VERSION"][0] == 42
    assert info["RESOLUTION"][0].tolist() == [300.0, 200.0] and info["UNITS"][0] == 2
    assert info["TILE_SIZE"][0].tolist() == [3, 1]
    assert idl.query_tiff(tmp_path / "b.tif", info=True)[1]["VERSION"][0] == 43
