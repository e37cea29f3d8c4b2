"""The IDL Astronomy Library's FITS routines: the documented rules, round trips via astropy."""

from __future__ import annotations

import numpy as np
import pytest
from astropy.io import fits

from compat import CompatWarning, idl


def _header(*lines):
    return np.array([line.ljust(80) for line in lines] + ["END".ljust(80)])


HEADER = _header(
    "SIMPLE  =                    T / conforms",
    "BITPIX  =                   16",
    "NAXIS   =                    2",
    "NAXIS1  =                    4",
    "NAXIS2  =                    3",
    "EXPTIME =                 12.5 / seconds",
    "RATIO   =           1.23456789 / nine numerals: DOUBLE",
    "SHORT   =             1.234567",
    "DEXP    =               1.5D+3",
    "BIGINT  =         123456789012",
    "HUGE    = 18446744073709551615",
    "OBJECT  = 'M31 ''core''      ' / name",
    "LONGSTR = 'first part&'",
    "CONTINUE  ' and the rest'",
    "DONE    =                    F",
    "CVAL    =            1.5  -2.5",
    "DUP     =                    1",
    "DUP     =                    2",
    "HISTORY first step",
    "HISTORY second step",
)


@pytest.mark.parametrize("name,value,dtype", [
    ("EXPTIME", 12.5, np.float32), ("RATIO", 1.23456789, np.float64),
    ("SHORT", 1.234567, np.float64), ("DEXP", 1500.0, np.float64),
    ("BIGINT", 123456789012, np.int64), ("HUGE", 2 ** 64 - 1, np.uint64),
    ("NAXIS1", 4, np.int32), ("SIMPLE", 1, np.uint8), ("DONE", 0, np.uint8),
    ("OBJECT", "M31 'core'      ", str), ("LONGSTR", "first part&", str),
    ("CVAL", 1.5 - 2.5j, np.complex64),
])
def test_sxpar_types_follow_the_library(name, value, dtype):
    got = idl.sxpar(HEADER, name)
    assert got == value and type(got) is (dtype if dtype is str else np.dtype(dtype).type)


def test_sxpar_joins_continue_cards_only_with_longstrn():
    """sxpar.pro follows the OGIP long-string convention only when the header declares it
    (a LONGSTRN keyword); the piece before '&' is trimmed."""
    plain = _header("LONGSTR = 'first part &'", "CONTINUE  'and the rest'")
    assert idl.sxpar(plain, "LONGSTR") == "first part &"
    declared = _header("LONGSTRN= 'OGIP 1.0'", "LONGSTR = 'first part &'",
                       "CONTINUE  'and the rest'")
    assert idl.sxpar(declared, "LONGSTR") == "first part and the rest"
    assert idl.sxpar(declared, "LONGSTR", nocontinue=True) == "first part &"


def test_sxpar_vectors_history_missing_duplicates():
    np.testing.assert_array_equal(idl.sxpar(HEADER, "NAXIS*"), [4, 3])
    assert idl.sxpar(HEADER, "HISTORY").tolist() == ["first step", "second step"]
    r = idl.sxpar(HEADER, "NOPE", count=True)
    assert r.result == 0 and r.count == 0 and r.result.dtype == np.int32  # idl2's 0
    assert idl.sxpar(HEADER, "NOPE", missing=-1) == -1
    assert np.isnan(idl.sxpar(HEADER, "NOPE", nan=True))
    with pytest.warns(CompatWarning, match="DUP located more than once"):
        assert idl.sxpar(HEADER, "DUP") == 2
    assert idl.sxpar(HEADER, "DUP", dup=1) == 1
    assert idl.sxpar(HEADER, "EXPTIME", comment=True).comment == " seconds"
    with pytest.raises(ValueError, match="^SXPAR: Keyword NOPE not found in FITS Header"):
        idl.sxpar(HEADER, "NOPE", "x")
    with pytest.raises(ValueError, match="^SXPAR: FITS Header .* must be a string array"):
        idl.sxpar(np.zeros(3), "X")
    assert idl.fxpar(HEADER, "EXPTIME") == np.float32(12.5)


def test_sxaddpar_places_and_keeps():
    h = idl.sxaddpar(HEADER, "GAIN", 2.5, "e/ADU", after="EXPTIME")
    keys = [c[:8].rstrip() for c in h]
    assert keys[keys.index("EXPTIME") + 1] == "GAIN"
    h2 = idl.sxaddpar(h, "EXPTIME", 30.0)
    assert [c[:8].rstrip() for c in h2] == keys  # replaced in place
    # the old comment kept from its card's column 33 on (sxaddpar.pro), read back by
    # sxpar.pro from after the slash
    assert idl.sxpar(h2, "EXPTIME", comment=True).comment == " seconds"
    h3 = idl.sxaddpar(h2, "FLAG", "T", before="EXPTIME")
    assert idl.sxpar(h3, "FLAG") == 1
    h4 = idl.sxaddpar(h3, "PI", 3.14159265, format="(F8.3)")
    assert "   3.142" in next(c for c in h4 if c.startswith("PI"))
    h5 = idl.sxdelpar(h4, ["HISTORY", "GAIN"])
    assert "GAIN" not in [c[:8].rstrip() for c in h5] and len(h5) == len(h4) - 3
    assert h5[-1].startswith("END")


def test_readfits_scaling_unsigned_slices(tmp_path):
    path = str(tmp_path / "s.fits")
    raw = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
    hdu = fits.PrimaryHDU(raw)
    hdu.header["BSCALE"] = 2.0
    hdu.header["BZERO"] = 10.0
    hdu.writeto(path)
    im, h = idl.readfits(path, header=True, silent=True)
    assert im.dtype == np.float32 and im[1, 2, 3] == 23 * 2 + 10
    assert idl.sxpar(h, "BSCALE") == 1 and idl.sxpar(h, "O_BSCALE") == 2
    assert idl.readfits(path, noscale=True, silent=True).dtype == np.int16
    np.testing.assert_array_equal(idl.readfits(path, nslice=1, silent=True), im[1])
    np.testing.assert_array_equal(idl.readfits(path, startrow=1, numrow=1, silent=True),
                                  im[1:2])
    precise = str(tmp_path / "d.fits")
    hdu.header["BSCALE"] = 1.234567891
    hdu.writeto(precise)
    assert idl.readfits(precise, silent=True).dtype == np.float64  # DOUBLE BSCALE
    unsigned = str(tmp_path / "u.fits")
    fits.PrimaryHDU(np.array([[0, 40000, 65535]], np.uint16)).writeto(unsigned)
    u = idl.readfits(unsigned, silent=True)
    assert u.dtype == np.uint16 and u.tolist() == [[0, 40000, 65535]]
    assert idl.readfits(unsigned, no_unsigned=True, silent=True).dtype == np.int32


def test_readfits_missing_file_returns_minus_one(tmp_path, capsys):
    assert idl.readfits(str(tmp_path / "none.fits")) == -1
    assert "Unable to locate file" in capsys.readouterr().err
    assert idl.headfits(str(tmp_path / "none.fits"), silent=True) == -1


def test_writefits_round_trip_and_append(tmp_path):
    path = str(tmp_path / "w.fits")
    data = (np.arange(12, dtype=np.float32).reshape(3, 4) * 1.5).astype(">f4")
    h = idl.sxaddpar(idl.mkhdr(data), "OBSERVER", "Hubble")
    idl.writefits(path, data, h)
    back = fits.getdata(path)
    np.testing.assert_array_equal(back, data)
    assert fits.getheader(path)["OBSERVER"] == "Hubble"
    idl.writefits(path, np.arange(3, dtype=np.int32), append=True)
    with fits.open(path) as opened:
        assert len(opened) == 2
    assert idl.readfits(path, exten_no=1, silent=True).tolist() == [0, 1, 2]
    hh = idl.headfits(path)
    assert idl.sxpar(hh, "NAXIS1") == 4 and idl.sxpar(hh, "OBSERVER") == "Hubble  "


def test_mrdfits_mwrfits_tables(tmp_path):
    path = str(tmp_path / "t.fits")
    table = np.zeros(4, dtype=[("ra", "f8"), ("name", "U6"), ("flux", "f4", (2,)),
                               ("n", "i2")])
    table["ra"] = [10.5, 11.0, 12.25, 13.0]
    table["name"] = ["a", "bb", "ccc", "dddd"]
    table["flux"] = [[1, 2], [3, 4], [5, 6], [7, 8]]
    table["n"] = [1, -2, 3, -4]
    idl.mwrfits(table, path, create=True)
    t = idl.mrdfits(path, 1)
    assert t.dtype.names == ("RA", "NAME", "FLUX", "N")
    # mwr_tabledat pads strings with blanks to the longest, which mrdfits.pro keeps
    assert t.NAME.tolist() == ["a   ", "bb  ", "ccc ", "dddd"] and t.N.dtype == np.int16
    np.testing.assert_array_equal(t.FLUX[2], [5, 6])
    sub = idl.mrdfits(path, 1, columns=["ra", 4], rows=[1, 3])
    assert sub.dtype.names == ("RA", "N") and sub.RA.tolist() == [11.0, 13.0]
    assert idl.mrdfits(path, 1, range=[1, 2]).N.tolist() == [-2, 3]
    r = idl.mrdfits(path, 5, status=True)
    assert r.status == -1 and r.result == 0
    raw = idl.readfits(path, exten_no=1, silent=True)
    assert raw.dtype == np.uint8 and raw.shape == (4, 8 + 4 + 8 + 2)  # strings: longest


def test_mrdfits_structyp_names_the_table(tmp_path):
    """STRUCTYP (mrdfits.pro): a named structure; the name is fixed by its first
    definition in the session, so a table with other columns under it is IDL's error."""
    one = str(tmp_path / "one.fits")
    two = str(tmp_path / "two.fits")
    fits.BinTableHDU.from_columns([fits.Column("X", "E", array=np.float32([1, 2]))]).writeto(one)
    fits.BinTableHDU.from_columns([fits.Column("Y", "J", array=np.int32([3]))]).writeto(two)
    t = idl.mrdfits(one, 1, structyp="test_fits_styp", silent=True)
    assert idl.tag_names(t, structure_name=True) == "TEST_FITS_STYP"
    np.testing.assert_array_equal(t.X, np.float32([1, 2]))
    with pytest.raises(ValueError, match="Conflicting data structures"):
        idl.mrdfits(two, 1, structyp="test_fits_styp", silent=True)


def test_headfits_errors_as_the_library(tmp_path, capsys):
    """headfits.pro prints '% HEADFITS: ERROR - <fxposit/fxmove text>' and returns LONG
    -1, unless ERRMSG is requested (then nothing is printed)."""
    missing = str(tmp_path / "none.fits")
    assert idl.headfits(missing).dtype == np.int32
    assert f"% HEADFITS: ERROR - Specified FITS file not found: {missing}" in \
        capsys.readouterr().err
    path = str(tmp_path / "x.fits")
    fits.HDUList([fits.PrimaryHDU(), fits.ImageHDU(np.ones(2), name="SCI")]).writeto(path)
    h, msg = idl.headfits(path, exten="sci", errmsg=True)
    assert msg == "" and h[0].startswith("XTENSION= 'IMAGE   '")
    h, msg = idl.headfits(path, exten=2, errmsg=True)
    assert h == -1 and msg == "EOF encountered while moving to specified extension"
    assert capsys.readouterr().err == ""
