"""The IDL Astronomy Library's FXADDPAR, FXREAD and FITS_INFO (compat.idl.fits_fx):
the library's documented rules (fxaddpar.pro, fxparpos.pro, fxread.pro, fits_info.pro),
headers and files checked with astropy. GDL 1.0.1 has none of these routines."""

from __future__ import annotations

import gzip
import re

import numpy as np
import pytest
from astropy.io import fits

from compat import idl


def _astropy(header) -> fits.Header:
    cards = [c for c in np.asarray(header).tolist() if c != ""]
    return fits.Header.fromstring("".join(c.ljust(80) for c in cards))


def _keys(header):
    return [c[:8].rstrip() for c in np.asarray(header).tolist()]


# ---------------------------------------------------------------------------- FXADDPAR
def test_new_header_required_order_and_layout():
    h = idl.fxaddpar(None, "SIMPLE", "T")
    assert h.size == 36 and h[1].startswith("END") and h[2] == ""
    h = idl.fxaddpar(h, "OBJECT", "M31", "target")
    h = idl.fxaddpar(h, "BITPIX", -32)
    h = idl.fxaddpar(h, "NAXIS", 2)
    h = idl.fxaddpar(h, "NAXIS1", 4)
    h = idl.fxaddpar(h, "NAXIS2", 3)
    h = idl.fxaddpar(h, "EXTEND", "T")
    assert _keys(h)[:8] == ["SIMPLE", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2", "EXTEND",
                            "OBJECT", "END"]
    card = dict(zip(_keys(h), h.tolist()))
    assert card["BITPIX"] == "BITPIX  =                  -32 / ".ljust(80)
    assert card["OBJECT"] == "OBJECT  = 'M31     '           / target".ljust(80)
    back = _astropy(h)
    assert back["NAXIS1"] == 4 and back["OBJECT"] == "M31" and back["EXTEND"] is True
    assert back.comments["OBJECT"] == "target"


def test_required_keyword_out_of_order():
    h = idl.fxaddpar(None, "SIMPLE", "T")
    with pytest.raises(ValueError, match="^FXADDPAR: Required BITPIX keyword not found"):
        idl.fxaddpar(h, "NAXIS", 2)
    with pytest.raises(ValueError, match="^FXADDPAR: Header must start with either"):
        idl.fxaddpar(idl.fxaddpar(None, "OBJECT", "x"), "BITPIX", 8)
    result = idl.fxaddpar(h, "NAXIS", 2, errmsg=True)
    assert result.errmsg == "FXADDPAR: Required BITPIX keyword not found"


def test_values_by_type():
    h = idl.fxaddpar(None, "SIMPLE", "T")
    values = {"D": 0.1, "F": np.float32(2.5), "I": 7, "L": 100000, "B": np.uint8(200),
              "BOOL": True, "LOGIC": "f", "NOLOG": "T", "C": np.complex64(1 - 2j),
              "FMT": 3.14159}
    for key, value in values.items():
        h = idl.fxaddpar(h, key, value, nological=(key == "NOLOG"),
                         format="F7.3" if key == "FMT" else None)
    card = {c[:8].rstrip(): c for c in h.tolist() if c}
    assert card["D"][10:30] == "     0.100000000000"[-20:].rjust(20)
    assert card["F"][10:30].strip() == "2.50000" and card["I"][10:30].strip() == "7"
    assert card["B"][10:30].strip() == "200" and card["BOOL"][29] == "T"
    assert card["LOGIC"][29] == "F" and card["NOLOG"][10:20] == "'T       '"
    assert card["C"][10:50].split() == ["1.00000", "-2.00000"]
    assert card["FMT"][10:30].strip() == "3.142"
    back = _astropy(h)
    assert idl.sxpar(h, "C") == 1 - 2j      # two numbers: the library's complex card
    h = h[[not c.startswith("C ") for c in h.tolist()]]
    back = _astropy(h)
    assert back["D"] == 0.1 and back["L"] == 100000
    assert back["BOOL"] is True and back["NOLOG"] == "T"


def test_replacement_keeps_comment_and_place():
    h = idl.fxaddpar(None, "SIMPLE", "T")
    h = idl.fxaddpar(h, "GAIN", 2.5, "e/ADU")
    h = idl.fxaddpar(h, "HISTORY", "reduced")
    h = idl.fxaddpar(h, "COMMENT", "first comment")
    h = idl.fxaddpar(h, "READNOIS", 4, "e")
    h = idl.fxaddpar(h, "GAIN", 3.0)
    keys = _keys(h)
    # a new keyword goes after the last ordinary one, before COMMENT and HISTORY
    assert keys[:6] == ["SIMPLE", "GAIN", "READNOIS", "COMMENT", "HISTORY", "END"]
    assert _astropy(h).comments["GAIN"] == "e/ADU" and _astropy(h)["GAIN"] == 3.0
    h = idl.fxaddpar(h, "AIRMASS", 1.2, before="GAIN")
    h = idl.fxaddpar(h, "FILTER", "V", after="GAIN")
    assert _keys(h)[:5] == ["SIMPLE", "AIRMASS", "GAIN", "FILTER", "READNOIS"]


def test_long_string_continue_and_longstrn():
    text = "a long value " * 12
    h = idl.fxaddpar(idl.fxaddpar(None, "SIMPLE", "T"), "NOTES", text, "the notes")
    keys = _keys(h)
    assert keys.count("CONTINUE") >= 2 and "LONGSTRN" in keys
    assert keys.index("LONGSTRN") < keys.index("NOTES")
    assert _astropy(h)["NOTES"] == text.rstrip() or _astropy(h)["NOTES"] == text
    # sxpar.pro trims each piece before its '&': the words are all there, in order
    assert idl.sxpar(h, "NOTES").replace(" ", "") == text.replace(" ", "")
    cut = idl.fxaddpar(idl.fxaddpar(None, "SIMPLE", "T"), "NOTES", text, nocontinue=True)
    assert "CONTINUE" not in _keys(cut) and idl.sxpar(cut, "NOTES") == text[:68].rstrip()


def test_null_missing_and_nonfinite(capsys):
    h = idl.fxaddpar(None, "SIMPLE", "T")
    h = idl.fxaddpar(h, "A", None, "no value", null=True)
    h = idl.fxaddpar(h, "B", -999, missing=-999)
    h = idl.fxaddpar(h, "C", float("nan"))
    card = {c[:8].rstrip(): c for c in h.tolist() if c}
    assert card["A"].rstrip() == "A       =                      / no value"
    assert card["B"].rstrip() == "B       ="
    assert card["C"][10:20] == "'NaN     '"
    assert "is not finite, saving as string" in capsys.readouterr().out


def test_errors():
    with pytest.raises(ValueError, match="^FXADDPAR: Keyword Value .* must be scalar"):
        idl.fxaddpar(None, "X", [1, 2])
    with pytest.raises(ValueError, match="^FXADDPAR: Keyword Value .* is not defined"):
        idl.fxaddpar(None, "X", None)
    with pytest.raises(ValueError, match="^FXADDPAR: FITS Header .* must be a string"):
        idl.fxaddpar(np.zeros(3), "X", 1)


def test_header_grows_by_36():
    h = idl.fxaddpar(None, "SIMPLE", "T")
    for k in range(40):
        h = idl.fxaddpar(h, f"K{k}", k)
    assert h.size == 72 and _astropy(h)["K39"] == 39


# ------------------------------------------------------------------------------ FXREAD
@pytest.fixture()
def scaled_file(tmp_path):
    raw = (np.arange(20, dtype=np.int16) - 10).reshape(4, 5)
    hdu = fits.PrimaryHDU(raw)
    hdu.header["BSCALE"] = 2
    hdu.header["BZERO"] = 100
    path = tmp_path / "s.fits"
    hdu.writeto(path)
    return path, raw


def test_fxread_scaling_and_header(scaled_file):
    path, raw = scaled_file
    data, h = idl.fxread(path, header=True)
    assert data.dtype == np.float32          # INT * FXPAR(LONG)*1.0 is FLOAT
    np.testing.assert_array_equal(data, raw * np.float32(2) + np.float32(100))
    assert idl.sxpar(h, "BSCALE") == 1 and idl.sxpar(h, "BZERO") == 0
    history = [c for c in h.tolist() if c.startswith("HISTORY")]
    assert re.search(r"\d{4}-\d\d-\d\d applied BSCALE = 2.00000", history[0])
    assert "applied BZERO = 100.000" in history[1] and h[-1].startswith("END")
    raw_data, raw_h = idl.fxread(path, header=True, noscale=True)
    np.testing.assert_array_equal(raw_data, raw) and raw_data.dtype == np.int16
    kept = idl.fxread(path, header=True, noupdate=True).header
    assert idl.sxpar(kept, "BSCALE") == 2


def test_fxread_subarrays_steps_average(tmp_path):
    image = np.arange(7 * 9, dtype=np.int32).reshape(7, 9)
    path = tmp_path / "i.fits"
    fits.PrimaryHDU(image).writeto(path)
    np.testing.assert_array_equal(idl.fxread(path, 2, 6, 1, 3), image[1:4, 2:7])
    np.testing.assert_array_equal(idl.fxread(path, step=2), image[::2, ::2])
    np.testing.assert_array_equal(idl.fxread(path, step=3, ystep=2), image[::2, ::3])
    averaged = idl.fxread(path, step=2, average=True)
    # REBIN averages one dimension at a time, truncating integers after each pass
    rows = image[:6, :8].reshape(6, 4, 2).sum(axis=2) // 2
    blocks = rows.reshape(3, 2, 4).sum(axis=1) // 2
    np.testing.assert_array_equal(averaged, blocks)
    with pytest.raises(ValueError, match="^FXREAD: I1,I2 must be in the range 0 to 8"):
        idl.fxread(path, 0, 9)
    with pytest.raises(ValueError, match="^FXREAD: J2 must be >= J1"):
        idl.fxread(path, 0, 8, 3, 2)


def test_fxread_extensions_nan_gzip(tmp_path):
    img = np.array([[1.5, np.nan], [3.0, 4.0]], dtype=np.float32)
    path = tmp_path / "e.fits"
    fits.HDUList([fits.PrimaryHDU(), fits.ImageHDU(img, name="SCI"),
                  fits.BinTableHDU.from_columns([fits.Column("X", "E", array=[1.0])],
                                                name="TAB")]).writeto(path)
    np.testing.assert_array_equal(idl.fxread(path, extension="sci"), img)
    filled = idl.fxread(path, extension=1, nanvalue=-1)
    assert filled[0, 1] == -1 and filled.dtype == np.float32
    assert idl.fxread(path) is None                      # NAXIS = 0: no data
    with pytest.raises(ValueError, match="^FXREAD: Extension 2 is not an image"):
        idl.fxread(path, extension=2)
    assert idl.fxread(path, extension=5, errmsg=True).errmsg.startswith("Unable to read")
    gz = tmp_path / "e.fits.gz"
    gz.write_bytes(gzip.compress(path.read_bytes()))
    np.testing.assert_array_equal(idl.fxread(gz, extension="SCI"), img)
    with pytest.raises(ValueError, match="^FXREAD: Error opening"):
        idl.fxread(tmp_path / "none.fits")


# ---------------------------------------------------------------------------- FITS_INFO
def test_fits_info_lines(tmp_path, monkeypatch, capsys):
    path = tmp_path / "obs.fits"
    fits.HDUList([fits.PrimaryHDU(np.zeros((3, 4), np.float32)),
                  fits.BinTableHDU.from_columns([fits.Column("X", "E", array=[1.0, 2.0]),
                                                 fits.Column("N", "J", array=[1, 2])],
                                                name="EVENTS"),
                  fits.ImageHDU(np.zeros(5, np.int16))]).writeto(path)
    ncards = len(fits.getheader(path)) + 1
    idl.fits_info(path)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{path} has 2 extensions"
    assert out[1] == f"Primary header: {ncards} records"
    assert out[2] == "Image -- Real*4 array ( 4 3 )"
    assert out[3] == "Extension 1 -- EVENTS  "  # EXTNAME as SXPAR reads it: padded
    assert re.fullmatch(r" {15}Header : \d+ records", out[4])
    assert out[5] == "               Binary Table ( 8 2 )"
    assert out[6] == "Extension 2 -- " and out[8] == "               IMAGE ( 5 )"
    assert out[9] == " "
    result = idl.fits_info(str(tmp_path / "*.fits"), silent=True, n_ext=True, extname=True)
    assert result.n_ext == 2 and result.extname.tolist() == ["", "EVENTS  ", ""]
    assert capsys.readouterr().out == ""
    monkeypatch.chdir(tmp_path)
    idl.fits_info(path, textout=3)
    assert (tmp_path / "fits_info.prt").read_text().splitlines()[2].startswith("Image --")
    with pytest.raises(ValueError, match="^FITS_INFO: No files found"):
        idl.fits_info(tmp_path / "none.fits")
