"""IDL READ_PPM, WRITE_PPM, QUERY_PPM, READ_IMAGE, WRITE_IMAGE, QUERY_IMAGE.

Goldens: reference_outputs/idl/image_formats (IDL 8.0's library .pro run in GDL 1.0.1).
Here: the library's errors, round trips, the dispatch to the PNG/JPEG/TIFF readers, and
a live run of IDL 8.0's read_ppm.pro/write_ppm.pro on random images when a local copy of
that (non-redistributable) library is present.
"""

import os
from pathlib import Path

import numpy as np
import pytest

from compat import idl
from oracles import run_gdl_program

IDL80_LIB = Path("/tmp/corp/leonf88+envi-spectrum/lib")


def test_round_trips_gray_color_ascii(tmp_path):
    rng = np.random.default_rng(1)
    gray = rng.integers(0, 256, (5, 7)).astype(np.uint8)
    color = rng.integers(0, 256, (4, 3, 3)).astype(np.uint8)
    for image, ascii in ((gray, False), (color, False), (gray, True), (color, True)):
        path = str(tmp_path / "x.ppm")
        idl.write_ppm(path, image, ascii=ascii)
        back, top = idl.read_ppm(path, maxval=True)
        np.testing.assert_array_equal(back, image)
        assert top == image.max() and back.dtype == np.uint8


def test_errors_as_the_library(tmp_path):
    bad = tmp_path / "bad.pgm"
    bad.write_bytes(b"P4\n2 2\n\x00")
    with pytest.raises(ValueError, match='is not a PGM/PPM file'):
        idl.read_ppm(str(bad))
    short = tmp_path / "short.pgm"
    short.write_bytes(b"P5\n4 4\n255\n\x01\x02")
    with pytest.raises(ValueError, match="Error occured accessing PGM/PPM file"):
        idl.read_ppm(str(short))
    with pytest.raises(ValueError, match=r"range 0\.\.\.255"):
        idl.write_ppm(str(tmp_path / "w.pgm"), np.array([[0, 300]]))
    with pytest.raises(ValueError, match=r"True-color images must be \(3,n,m\)"):
        idl.write_ppm(str(tmp_path / "w.ppm"), np.zeros((2, 2, 4), np.uint8))
    with pytest.raises(ValueError, match="dimensioned"):
        idl.write_ppm(str(tmp_path / "w.ppm"), np.zeros(4, np.uint8))


def test_query_and_read_image_of_other_files(tmp_path):
    text = tmp_path / "q.txt"
    text.write_text("not an image\n")
    assert idl.query_image(str(text)) == 0
    assert idl.query_ppm(str(text)) == 0
    with pytest.warns(UserWarning, match="Not a valid image file"):
        assert idl.read_image(str(text)) == -1


def test_write_image_and_read_image_dispatch(tmp_path):
    pytest.importorskip("PIL")
    image = np.arange(12, dtype=np.uint8).reshape(3, 4)
    for kind in ("PNG", "TIFF", "PPM"):
        path = str(tmp_path / f"x.{kind.lower()}")
        idl.write_image(path, kind.lower(), image)
        r = idl.query_image(path, type=True, dimensions=True)
        assert r.type == kind and r.dimensions.tolist() == [4, 3]
        np.testing.assert_array_equal(idl.read_image(path), image)
    with pytest.raises(ValueError, match="Unsupported image format: GIF"):
        idl.write_image(str(tmp_path / "x.gif"), "gif", image)


@pytest.mark.gdl
@pytest.mark.skipif(not IDL80_LIB.is_dir(), reason="no local copy of IDL 8.0's library")
def test_against_idl80_library_in_gdl(tmp_path):
    """Random images written by compat read by IDL 8.0's read_ppm.pro, and written by
    its write_ppm.pro read by compat."""
    rng = np.random.default_rng(9)
    gray = rng.integers(0, 256, (6, 9)).astype(np.uint8)
    color = rng.integers(0, 256, (5, 4, 3)).astype(np.uint8)
    idl.write_ppm(str(tmp_path / "g.pgm"), gray)
    idl.write_ppm(str(tmp_path / "c.ppm"), color, ascii=True)
    gray.tofile(tmp_path / "g.bin")
    (tmp_path / "run.pro").write_text(
        "read_ppm, 'g.pgm', a & openw, u, 'a.bin', /get_lun & writeu, u, a & free_lun, u\n"
        "read_ppm, 'c.ppm', b & openw, u, 'b.bin', /get_lun & writeu, u, b & free_lun, u\n"
        "g = bytarr(9, 6) & openr, u, 'g.bin', /get_lun & readu, u, g & free_lun, u\n"
        "write_ppm, 'w.pgm', g\nexit\n")
    env = dict(os.environ, GDL_PATH=f"+{IDL80_LIB}:+/usr/share/gnudatalanguage/lib")
    done = run_gdl_program("run.pro", tmp_path, env=env)
    assert (tmp_path / "w.pgm").exists(), done.stdout + done.stderr
    np.testing.assert_array_equal(np.fromfile(tmp_path / "a.bin", np.uint8).reshape(6, 9),
                                  gray)
    np.testing.assert_array_equal(np.fromfile(tmp_path / "b.bin", np.uint8).reshape(5, 4, 3),
                                  color)
    np.testing.assert_array_equal(idl.read_ppm(str(tmp_path / "w.pgm")), gray)
