"""MWRFITS's options as mwrfits.pro writes them (golden cases: idl/astrolib mwrfits_*,
byte for byte against the library run in GDL); these tests check each option's rule on
its own, and that astropy and compat's MRDFITS read the files back."""

import numpy as np
import pytest
from astropy.io import fits

from compat import idl
from compat._core.errors import CompatValueError, CompatWarning


def _card(hdr, key):
    return [c for c in hdr if c[:8].rstrip() == key]


def _keys(path, ext):
    with fits.open(path) as hdul:
        return list(hdul[ext].header.keys())


# ------------------------------------------------------------------- image scaling
def test_lscale_auto_rule_and_the_library_overflow(tmp_path):
    path = str(tmp_path / "l.fits")
    x = np.array([1.5, -2.25, 3.0, 10.0], np.float32)
    idl.mwrfits(x, path, lscale=1, silent=True)
    with fits.open(path, do_not_scale_image_data=True) as hdul:
        h, raw = hdul[0].header, hdul[0].data.astype(np.int64)
    scale = float(np.float32(10.0) - np.float32(-2.25)) / 2.0 ** 32
    assert h["BITPIX"] == 32
    assert h["BSCALE"] == pytest.approx(scale, rel=1e-11)
    assert h["BZERO"] == pytest.approx(-2.25 + scale * 2.0 ** 31, rel=1e-11)
    offset = -2.25 + scale * 2.0 ** 31
    v = (x.astype(np.float64) - offset) / scale
    expected = np.trunc(v + np.copysign(0.5, v))                  # halves away from 0
    expected[expected >= 2 ** 31] = -2 ** 31      # ROUND's overflow: max -> min
    assert raw.tolist() == expected.astype(np.int64).tolist()
    assert raw[0] != raw[-1] and raw[1] == raw[3] == -2 ** 31


def test_iscale_given_scale_and_zero_clips_or_nulls(tmp_path):
    path = str(tmp_path / "i.fits")
    x = np.array([-1e5, 0, 10, 20.3, 1e5])
    idl.mwrfits(x, path, iscale=[0.5, 10], silent=True)
    idl.mwrfits(x, path, iscale=[0.5, 10], null=-999, silent=True)
    with fits.open(path, do_not_scale_image_data=True) as hdul:
        assert hdul[0].header["BITPIX"] == 16
        assert hdul[0].data.tolist() == [-32768, -20, 0, 21, 32767]
        assert hdul[1].data.tolist() == [-999, -20, 0, 21, -999]
        assert (hdul[1].header["BSCALE"], hdul[1].header["BZERO"]) == (0.5, 10.0)
    with fits.open(path) as hdul:                 # astropy applies BSCALE/BZERO
        assert hdul[0].data[1:4].tolist() == [0.0, 10.0, 20.5]


def test_bscale_single_value_is_bscale_with_zero_offset(tmp_path):
    path = str(tmp_path / "b.fits")
    idl.mwrfits(np.array([-3, 0, 100, 400], np.float32), path, bscale=2.0, silent=True)
    with fits.open(path, do_not_scale_image_data=True) as hdul:
        assert hdul[0].header["BITPIX"] == 8
        assert (hdul[0].header["BSCALE"], hdul[0].header["BZERO"]) == (2.0, 0.0)
        assert hdul[0].data.tolist() == [0, 0, 50, 200]     # -1.5 rounds to -2 -> 0


def test_scaling_leaves_narrow_types_alone(tmp_path):
    path = str(tmp_path / "n.fits")
    idl.mwrfits(np.arange(4, dtype=np.int16), path, lscale=1, silent=True)
    idl.mwrfits(np.arange(3, dtype=np.uint8), path, bscale=1, silent=True)
    idl.mwrfits(np.arange(3, dtype=np.int32), path, iscale=[2.0, 0.0], silent=True)
    with fits.open(path, do_not_scale_image_data=True) as hdul:
        assert "BSCALE" not in hdul[0].header and hdul[0].header["BITPIX"] == 16
        assert "BSCALE" not in hdul[1].header and hdul[1].header["BITPIX"] == 8
        assert hdul[2].header["BITPIX"] == 16 and hdul[2].data.tolist() == [0, 1, 1]


def test_constant_data_give_the_library_bscale_zero(tmp_path, capsys):
    path = str(tmp_path / "c.fits")
    idl.mwrfits(np.full(3, 2.0, np.float32), path, lscale=1, silent=True)
    assert "MWRFITS Error: BSCALE/TSCAL=0" in capsys.readouterr().out
    with fits.open(path, do_not_scale_image_data=True) as hdul:
        assert hdul[0].header["BSCALE"] == 0.0 and hdul[0].header["BITPIX"] == -32
        assert hdul[0].data.tolist() == [2.0, 2.0, 2.0]


def test_bad_scaling_parameters_write_unscaled(tmp_path, capsys):
    path = str(tmp_path / "p.fits")
    idl.mwrfits(np.ones(3), path, lscale=[1, 2, 3], silent=True)
    assert "Invalid scaling parameters" in capsys.readouterr().out
    assert "BSCALE" not in _keys(path, 0)


# ------------------------------------------------------------------- random groups
def test_random_groups_layout(tmp_path):
    path = str(tmp_path / "g.fits")
    data = np.arange(12, dtype=np.float32).reshape(3, 2, 2)   # IDL [2, 2, 3]: 3 groups
    group = np.array([[1, 2], [3, 4], [5, 6]], np.float32)      # IDL [2 params, 3]
    idl.mwrfits(data, path, group=group, silent=True)
    with fits.open(path) as hdul:
        hdu = hdul[0]
        assert isinstance(hdu, fits.GroupsHDU)
        assert (hdu.header["NAXIS1"], hdu.header["PCOUNT"], hdu.header["GCOUNT"]) == \
            (0, 2, 3)
    raw = np.frombuffer(open(path, "rb").read()[2880:2880 + 4 * 18], ">f4").reshape(3, 6)
    assert np.array_equal(raw[:, :2], group)          # each group's parameters first
    assert np.array_equal(raw[:, 2:], data.reshape(3, 4))


def test_random_group_parameters_scaled_for_integer_data(tmp_path):
    path = str(tmp_path / "g.fits")
    idl.mwrfits(idl.indgen(3, 2), path, group=np.array([[1.5, 1e5], [-2.7, 3.0]],
                                                         np.float32), silent=True)
    raw = open(path, "rb").read()
    head = raw[:2880].decode()
    assert "PSCAL2  =        3.05185094760 /  Scaling added by MWRFITS" in head
    assert np.frombuffer(raw[2880:2900], ">i2").tolist() == \
        [1, 32767, 0, 1, 2, -2, 0, 3, 4, 5]


def test_group_errors_leave_the_file_alone(tmp_path):
    path = tmp_path / "g.fits"
    with pytest.raises(CompatValueError, match="Group data has wrong number of rows"):
        idl.mwrfits(idl.findgen(2, 3), str(path), group=np.zeros((2, 2), np.float32))
    with pytest.raises(CompatValueError, match="Group data is not 2-d array"):
        idl.mwrfits(idl.findgen(2, 3), str(path), group=np.zeros(3, np.float32))
    with pytest.raises(CompatValueError, match="MWR_PSCALE: Variable is undefined: SIZG"):
        idl.mwrfits(idl.findgen(2, 3), str(path), group=np.zeros((3, 2)), pzero=[0, 1])
    assert not path.exists()


# -------------------------------------------------------------------- ASCII tables
def _ascii_table():
    return np.rec.fromarrays(
        [np.array([1.5, -3e-7, 1e5], np.float32), np.array([1 / 3, 1e20, -2.5]),
         np.array([1, -300, 32767], np.int16), np.array(["a", "xyz", ""]),
         np.array([1 + 4j, 2.5, -3j], np.complex64), np.array([5, 6, 7], np.uint8)],
        names="X,D,N,S,C,B")


def test_ascii_table_layout_and_astropy_read_back(tmp_path):
    path = str(tmp_path / "a.fits")
    t = _ascii_table()
    idl.mwrfits(t, path, ascii=True, silent=True)
    with fits.open(path) as hdul:
        hdu = hdul[1]
        assert isinstance(hdu, fits.TableHDU)
        h = hdu.header
        assert [h[f"TFORM{i}"] for i in range(1, 8)] == ["E15.9", "D23.17", "I6", "A3",
                                                          "E15.9", "E15.9", "I4"]
        assert [h[f"TBCOL{i}"] for i in range(1, 8)] == [1, 17, 41, 48, 53, 69, 86]
        assert [h[f"TTYPE{i}"] for i in range(1, 8)] == ["X", "D", "N", "S", "C_R", "C_I",
                                                          "B"]
        assert h["NAXIS1"] == 89
        np.testing.assert_allclose(hdu.data["X"], t["X"], rtol=1e-8)
        np.testing.assert_array_equal(hdu.data["D"], t["D"])       # G23.17 round-trips
        np.testing.assert_array_equal(hdu.data["N"], t["N"])
        np.testing.assert_array_equal(hdu.data["C_R"], t["C"].real)
        np.testing.assert_array_equal(hdu.data["C_I"], t["C"].imag)
    raw = open(path, "rb").read()
    row = raw[3 * 2880 + 89:3 * 2880 + 178].decode()
    assert row[47:51] == "xyz " and row[51] == "[" and row[83:] == "]    6"
    assert raw[3 * 2880 + 3 * 89:] == b" " * (2880 - 3 * 89)    # blank padding


def test_ascii_formats_separator_terminator(tmp_path):
    path = str(tmp_path / "a.fits")
    t = np.rec.fromarrays([np.array([1.25, -2.5], np.float32), np.array([3, 4], np.int16),
                           np.array(["p", "qq"])], names="X,N,S")
    idl.mwrfits(t, path, ascii="f:F6.2, I:I3", separator="|", terminator=1, silent=True)
    raw = open(path, "rb").read()
    assert raw[2 * 2880:2 * 2880 + 28] == b"  1.25|  3| p\n -2.50|  4|qq\n"
    h = fits.getheader(path, 1)
    assert (h["TFORM1"], h["TFORM2"], h["TBCOL2"], h["TBCOL3"], h["NAXIS1"]) == \
        ("F6.2", "I3", 8, 12, 14)
    back = idl.mrdfits(path, 1, silent=True)
    assert back["X"].dtype == np.float32 and back["X"].tolist() == [1.25, -2.5]
    assert back["N"].dtype == np.int32 and back["S"].tolist() == [" p", "qq"]


def test_ascii_use_colnum_no_comment_no_types(tmp_path):
    path = str(tmp_path / "a.fits")
    t = _ascii_table()
    idl.mwrfits(t, path, ascii=True, use_colnum=True, no_comment=True, silent=True)
    idl.mwrfits(t, path, ascii=True, no_types=True, silent=True)
    h1, h2 = fits.getheader(path, 1), fits.getheader(path, 2)
    assert [h1[f"TTYPE{i}"] for i in range(1, 8)] == [f"C{i}" for i in range(1, 8)]
    assert "COMMENT" not in h1 and "TTYPE1" not in h2
    assert [str(c) for c in h2["COMMENT"]][1::3] == [" *** Column offsets ***",
                                                     " *** Column formats ***"]


def test_ascii_refuses_array_fields_before_writing(tmp_path):
    path = tmp_path / "a.fits"
    t = np.zeros(2, dtype=[("V", "f4", (2,))])
    with pytest.raises(CompatValueError, match="ASCII table cannot contain arrays"):
        idl.mwrfits(t, str(path), ascii=True)
    with pytest.raises(CompatValueError, match="byte arrays"):
        idl.mwrfits(np.zeros(2, dtype=[("B", "u1", (2,))]), str(path), ascii=True)
    assert not path.exists()


# -------------------------------------------------------------------- binary tables
def _logical_table():
    return np.rec.fromarrays(
        [np.array(["T", "F", "T"]), np.array([84, 70, 0], np.uint8),
         np.array([[1, 128], [255, 0], [7, 64]], np.uint8), np.array([1, 2, 3], np.uint8)],
        dtype=[("FLAG", "U1"), ("LB", "u1"), ("BITS", "u1", (2,)), ("RAW", "u1")])


@pytest.mark.filterwarnings("ignore:Column 'LB' contains NULL")      # the 0b null, kept
def test_logical_and_bit_columns_read_by_astropy(tmp_path):
    path = str(tmp_path / "t.fits")
    idl.mwrfits(_logical_table(), path, logical_cols=[1, 2], bit_cols=[3], nbit_cols=[12],
                silent=True)
    with fits.open(path) as hdul:
        h, d = hdul[1].header, hdul[1].data
        assert [h[f"TFORM{i}"] for i in range(1, 5)] == ["L", "L", "12X", "B"]
        assert "TDIM3" not in h
        assert d["FLAG"].tolist() == [True, False, True]
        assert d["LB"].tolist() == [True, False, False]
        assert d["BITS"][0].tolist() == [False] * 7 + [True, True] + [False] * 3
    back = idl.mrdfits(path, 1, silent=True)
    assert back["FLAG"].tolist() == ["T", "F", "T"] and back["LB"].tolist() == ["T", "F", ""]


def test_invalid_logical_and_bit_columns_are_refused_with_the_library_warnings(
        tmp_path, capsys):
    path = str(tmp_path / "t.fits")
    t = np.rec.fromarrays([np.array([1.5, 2.5], np.float32), np.array(["T", "x"]),
                           np.array([1, 2], np.uint8)], names="V,S,B")
    with pytest.warns(CompatWarning) as caught:
        idl.mwrfits(t, path, logical_cols=[1, 2], bit_cols=[3], nbit_cols=[9], silent=True)
    assert [str(w.message) for w in caught] == [
        "MWR_TABLEHDR: Warning - Logical Columns must be of type string or byte",
        'MWR_TABLEHDR: Warning - Allowed Logical column string values are "T" and "F"']
    assert "Invalid attempt to create bit column:           3" in capsys.readouterr().out
    h = fits.getheader(path, 1)
    assert (h["TFORM1"], h["TFORM2"], h["TFORM3"]) == ("E", "A", "B")
    idl.mwrfits(t, path, bit_cols=[3, 1], nbit_cols=[8], silent=True)
    assert "Bit_cols and Nbit_cols not same size" in capsys.readouterr().out


def test_alias_use_colnum_no_types_no_comment(tmp_path):
    path = str(tmp_path / "t.fits")
    t = _logical_table()
    idl.mwrfits(t, path, alias=np.array([["RAW", "RAW_BYTES"], ["NOPE", "X"]]),
                silent=True)
    idl.mwrfits(t, path, use_colnum=True, silent=True)
    idl.mwrfits(t, path, no_types=True, no_comment=True, silent=True)
    h1, h2, h3 = (fits.getheader(path, k) for k in (1, 2, 3))
    assert h1["TTYPE4"] == "RAW_BYTES" and h1["TTYPE1"] == "FLAG"
    assert [h2[f"TTYPE{i}"] for i in range(1, 5)] == ["C1", "C2", "C3", "C4"]
    assert "TTYPE1" not in h3 and "COMMENT" not in h3


# ------------------------------------------------------------------ status, version
def test_status_and_open_errors(tmp_path, capsys):
    bad = str(tmp_path / "no_dir" / "w.fits")
    assert idl.mwrfits(np.ones(2), str(tmp_path / "w.fits"), status=True) == 0
    assert idl.mwrfits(np.ones(2), bad, status=True, silent=True) == -1
    assert "MWRFITS Error: Cannot open output: " in capsys.readouterr().out
    with pytest.raises(CompatValueError, match="Cannot open output"):
        idl.mwrfits(np.ones(2), bad)
    idl.mwrfits(np.ones(2), str(tmp_path / "v.fits"), version=True)
    assert capsys.readouterr().out == "MWRFITS V1.14:  July 24, 2019\n"


def test_undefined_input_writes_dummy_headers(tmp_path):
    path = str(tmp_path / "u.fits")
    idl.mwrfits(None, path, silent=True)
    idl.mwrfits(None, path, silent=True)
    with fits.open(path) as hdul:
        assert hdul[0].header["NAXIS"] == 0 and hdul[0].data is None
        assert hdul[1].header["XTENSION"] == "IMAGE" and hdul[1].header["NAXIS"] == 0


def test_mrdfits_reads_ascii_fields_by_their_tform_width(tmp_path):
    path = str(tmp_path / "a.fits")
    t = np.rec.fromarrays([np.array([3, -40], np.int16), np.array(["p", "qq"]),
                           np.array([1.5 + 0.25j, -2 + 1e6j], np.complex64)],
                          names="N,NAME,C")
    idl.mwrfits(t, path, ascii=True, separator=",", terminator="<", silent=True)
    back = idl.mrdfits(path, 1, silent=True)        # astropy alone fails on ']<'
    assert back.dtype.names == ("N", "NAME", "C_R", "C_I")
    assert back["N"].dtype == np.int32 and back["C_R"].dtype == np.float64
    assert back["NAME"].tolist() == [" p", "qq"]
    assert back["C_I"].tolist() == [0.25, 1e6]
