"""The IDL Astronomy Library's FCB family (compat.idl.fits_fcb): FITS_OPEN, FITS_READ,
FITS_WRITE, FITS_CLOSE, FITS_HELP. Files are checked against astropy (an independent
reader and writer), the FCB's unit against compat's IDL unit table, the error texts
against fits_*.pro's MESSAGE strings; live GDL runs the vendored .pro files."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import numpy as np
import pytest
from astropy.io import fits

from compat import idl
from compat._core import file_units
from oracles import run_gdl_program

PRO = Path(__file__).resolve().parents[1] / "reference_outputs" / "idl" / "fits_fcb" / "pro"
DATA = PRO.parent / "data"

TYPES = [np.uint8, np.int16, np.int32, np.float32, np.float64, np.uint16, np.uint32]


def _random(rng, dtype, shape):
    dtype = np.dtype(dtype)
    if dtype.kind == "f":
        return rng.normal(0, 1e3, shape).astype(dtype)
    info = np.iinfo(dtype)
    return rng.integers(info.min, info.max, shape, endpoint=True).astype(dtype)


def _multi(tmp_path) -> str:
    path = str(tmp_path / "multi.fits")
    primary = fits.PrimaryHDU(np.arange(6, dtype=np.int16).reshape(2, 3))
    primary.header["OBJECT"] = "M31"
    sci = fits.ImageHDU(np.ones((4, 5), np.float32), name="SCI")
    sci.header["EXTVER"] = 2
    fits.HDUList([primary, sci, fits.ImageHDU(np.zeros(7), name="ERR")]).writeto(path)
    return path


# ---------------------------------------------------------------- FITS_OPEN/CLOSE
def test_fcb_against_astropy_offsets(tmp_path):
    path = _multi(tmp_path)
    fcb = idl.fits_open(path)
    try:
        with fits.open(path) as hdul:
            info = hdul.fileinfo
            assert int(fcb.NEXTEND[0]) == len(hdul) - 1
            for k, hdu in enumerate(hdul):
                assert fcb.START_HEADER[0][k] == info(k)["hdrLoc"]
                assert fcb.START_DATA[0][k] == info(k)["datLoc"]
                assert fcb.BITPIX[0][k] == hdu.header["BITPIX"]
                assert fcb.NAXIS[0][k] == hdu.header["NAXIS"]
                dims = [hdu.header[f"NAXIS{j}"] for j in range(1, hdu.header["NAXIS"] + 1)]
                assert fcb.AXIS[0][k, :len(dims)].tolist() == dims
        assert fcb.EXTNAME[0].tolist() == ["", "SCI", "ERR"]
        assert fcb.XTENSION[0].tolist() == ["           0", "IMAGE", "IMAGE"]
        assert fcb.EXTVER[0].tolist() == [0, 2, 0]
        assert fcb.NBYTES[0] == os.path.getsize(path) and fcb.NBYTES.dtype == np.int32
        assert fcb.AXIS.dtype == np.int64 and fcb.UNIT.dtype == np.int32
        assert [c[:8].rstrip() for c in fcb.HMAIN[0]] == ["OBJECT", "END"]
        assert int(fcb.LAST_EXTENSION[0]) == -1 and int(fcb.OPEN_FOR_WRITE[0]) == 0
    finally:
        idl.fits_close(fcb)


def test_unit_is_an_idl_unit(tmp_path):
    path = _multi(tmp_path)
    fcb = idl.fits_open(path)
    unit = int(fcb.UNIT[0])
    assert unit in file_units.IDL_GET_LUN_RANGE and unit in file_units.open_units("idl")
    assert idl.fstat(unit).NAME[0] == path
    idl.free_lun(unit)                       # FREE_LUN, fcb.unit closes it as in IDL
    assert unit not in file_units.open_units("idl")
    idl.fits_close(fcb)                      # a second close does nothing
    with pytest.raises(ValueError, match="^FITS_READ: File unit is not open"):
        idl.fits_read(fcb)
    fcb = idl.fits_open(path)
    idl.close(int(fcb.UNIT[0]))
    assert int(fcb.UNIT[0]) not in file_units.open_units("idl")


def test_open_errors(tmp_path):
    missing = str(tmp_path / "nosuch.fits")
    with pytest.raises(ValueError, match=r"^FITS_OPEN: ERROR: OPENR: Error opening file\. "
                                         r"Unit: 1\d\d, File: .*nosuch\.fits"):
        idl.fits_open(missing)
    r = idl.fits_open(missing, no_abort=True, message=True)
    assert r.result is None and r.message.startswith("OPENR: Error opening file.")
    assert file_units.open_units("idl") == []
    (tmp_path / "short.txt").write_text("hello\n")
    r = idl.fits_open(str(tmp_path / "short.txt"), no_abort=True, message=True)
    assert r.message == "EOF encountered while reading header"
    with pytest.raises(ValueError, match="^FITS_OPEN: ERROR: Invalid header, no SIMPLE"):
        (tmp_path / "x.txt").write_text("x" * 2881)
        idl.fits_open(str(tmp_path / "x.txt"))
    with pytest.raises(ValueError, match="funpack"):
        idl.fits_open(str(tmp_path / "a.fits.fz"))
    gz = tmp_path / "a.fits.gz"
    gz.write_bytes(gzip.compress((DATA / "image.fits").read_bytes()))
    with pytest.raises(ValueError, match="Compressed FITS files cannot be open for update"):
        idl.fits_open(str(gz), update=True)
    assert file_units.open_units("idl") == []


def test_truncated_extension_prints_and_stops(tmp_path, capsys):
    raw = (DATA / "table.fits").read_bytes()
    path = tmp_path / "cut.fits"
    path.write_bytes(raw[:len(raw) - 2880])          # the last HDU's data block gone
    fcb = idl.fits_open(str(path))
    idl.fits_close(fcb)
    assert int(fcb.NEXTEND[0]) == 2                  # headers walked while they fit
    with pytest.raises(ValueError, match="^FITS_READ: READU: End of file"):
        idl.fits_read(str(path), exten_no=2)
    path.write_bytes(raw[:2880 * 3] + b"Z" * 2880 + raw[2880 * 4:])   # SPEC's header
    fcb = idl.fits_open(str(path))
    idl.fits_close(fcb)
    assert int(fcb.NEXTEND[0]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == ["Invalid extension header encountered", "XTENSION keyword missing",
                   "Only 1 extensions processed"]


def test_gzip_file(tmp_path):
    gz = tmp_path / "a.fits.gz"
    gz.write_bytes(gzip.compress((DATA / "scaled.fits").read_bytes()))
    plain = idl.fits_read(str(DATA / "scaled.fits"), header=True)
    packed = idl.fits_read(str(gz), header=True)
    np.testing.assert_array_equal(packed.result, plain.result)
    assert packed.header.tolist() == plain.header.tolist()
    fcb = idl.fits_open(str(gz))
    idl.fits_close(fcb)
    assert fcb.NBYTES.dtype == np.int64 and fcb.NBYTES[0] == 5760


def test_hprint(tmp_path, capsys):
    fcb = idl.fits_open(_multi(tmp_path), hprint=True)
    idl.fits_close(fcb)
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("SIMPLE  =") and out.count("END") == 3


# ---------------------------------------------------------------- FITS_READ
@pytest.mark.parametrize("dtype", TYPES)
def test_read_astropy_files(tmp_path, dtype):
    rng = np.random.default_rng(8101)
    data = _random(rng, dtype, (3, 4, 5))
    path = str(tmp_path / "r.fits")
    fits.HDUList([fits.PrimaryHDU(), fits.ImageHDU(data, name="D")]).writeto(path)
    got = idl.fits_read(path, extname="d")
    np.testing.assert_array_equal(got, data)
    assert got.dtype == np.dtype(dtype) and got.dtype.isnative


def test_read_scaling_types(tmp_path):
    path = str(tmp_path / "s.fits")
    raw = np.array([[-3, 0, 7]], np.int32)
    hdu = fits.PrimaryHDU(raw, do_not_scale_image_data=True)
    hdu.header["BSCALE"] = 0.5
    hdu.header["BZERO"] = 100.0
    hdu.writeto(path)
    r = idl.fits_read(path, header=True)
    # BITPIX 32: SXPAR's FLOAT factors (0.5 and 100.0 have few digits), LONG*FLOAT FLOAT
    assert r.result.dtype == np.float32
    np.testing.assert_array_equal(r.result, np.float32([[98.5, 100, 103.5]]))
    assert idl.sxpar(r.header, "BSCALE") == 1 and idl.sxpar(r.header, "BZERO") == 0
    assert idl.fits_read(path, noscale=True).dtype == np.int32


def test_read_sequence_and_fcb_updated_in_place(tmp_path):
    fcb = idl.fits_open(_multi(tmp_path))
    try:
        first = idl.fits_read(fcb, enum=True)
        assert first.enum == 0 and first.result.shape == (2, 3)
        assert int(fcb.LAST_EXTENSION[0]) == 0
        second = idl.fits_read(fcb, enum=True)
        assert second.enum == 1 and second.result.dtype == np.float32
        third = idl.fits_read(fcb, enum=True)
        assert third.enum == 2 and third.result.dtype == np.float64
        with pytest.raises(ValueError, match="^FITS_READ: EOF encountered$"):
            idl.fits_read(fcb)
        assert idl.fits_read(fcb, exten_no=0, header_only=True) == 0
    finally:
        idl.fits_close(fcb)


def test_read_first_last_and_group(tmp_path):
    path = _multi(tmp_path)
    np.testing.assert_array_equal(idl.fits_read(path, first=1, last=4),
                                  np.arange(1, 5, dtype=np.int16))
    for first, last in ((0, 1), (-1, 3), (4, 2), (0, 6)):
        with pytest.raises(ValueError, match="INVALID value for parameters FIRST & LAST"):
            idl.fits_read(path, first=first, last=last)
    with pytest.raises(ValueError, match="^FITS_READ: INVALID group number specified"):
        idl.fits_read(path, group=1)


def test_read_bad_inputs(tmp_path):
    for bad in (5, ["a.fits", "b.fits"], np.array(["a", "b"]), None, 2.5):
        with pytest.raises(ValueError, match="^FITS_READ: Invalid Filename or FCB supplied"):
            idl.fits_read(bad)
    path = str(tmp_path / "k.fits")
    fits.PrimaryHDU(np.arange(3, dtype=np.int64)).writeto(path)
    with pytest.raises(ValueError, match=r"Illegal value of BITPIX \(= 64\) in FITS header"):
        idl.fits_read(path)
    r = idl.fits_read(path, no_abort=True, message=True, header=True)
    assert r.result is None and r.header[1].startswith("BITPIX  =                   64")
    assert file_units.open_units("idl") == []


def test_read_npix_null_image(tmp_path):
    path = str(tmp_path / "n.fits")
    hdu = fits.PrimaryHDU()
    hdu.header["NPIX1"] = 3
    hdu.header["NPIX2"] = 2
    hdu.header["PIXVALUE"] = 7.5
    hdu.writeto(path)
    got = idl.fits_read(path, exten_no=0)
    assert got.shape == (2, 3) and (got == 7.5).all()


def test_merge_only_with_inherit_or_pdu():
    path = str(DATA / "inherit.fits")
    merged = idl.fits_read(path, exten_no=1, header=True).header
    keys = [c[:8] for c in merged]
    assert "BEGIN MA" in keys and keys.index("OBJECT  ") < keys.index("BEGIN EX")
    plain = idl.fits_read(path, exten_no=3, header=True).header       # no INHERIT
    assert "BEGIN MA" not in [c[:8] for c in plain]
    forced = idl.fits_read(path, exten_no=3, header=True, pdu=True).header
    assert "BEGIN MA" in [c[:8] for c in forced]


# ---------------------------------------------------------------- FITS_WRITE
@pytest.mark.parametrize("dtype", TYPES)
def test_write_read_round_trip_and_astropy(tmp_path, dtype):
    rng = np.random.default_rng(8102)
    data = _random(rng, dtype, (2, 3, 4))
    path = str(tmp_path / "w.fits")
    fcb = idl.fits_open(path, write=True)
    idl.fits_write(fcb, data[0, 0])
    idl.fits_write(fcb, data, extname="CUBE", extver=3)
    idl.fits_close(fcb)
    assert int(fcb.NEXTEND[0]) == 1
    got = idl.fits_read(path, extname="cube", extver=3)
    np.testing.assert_array_equal(got, data)
    assert got.dtype == np.dtype(dtype)
    with fits.open(path) as hdul:                 # an independent reader agrees
        np.testing.assert_array_equal(hdul[0].data, data[0, 0])
        np.testing.assert_array_equal(hdul["CUBE"].data, data)
        assert hdul["CUBE"].header["EXTVER"] == 3
    assert os.path.getsize(path) % 2880 == 0


def test_write_inputs_any_layout_not_mutated(tmp_path):
    rng = np.random.default_rng(8103)
    base = rng.normal(size=(6, 8))
    layouts = [base, base.astype(">f8"), np.asfortranarray(base), base[::2, ::2].copy(),
               base[::2, ::2]]
    read_only = base.copy()
    read_only.flags.writeable = False
    layouts.append(read_only)
    before = [a.copy() for a in layouts]
    written = []
    for k, a in enumerate(layouts):
        path = str(tmp_path / f"l{k}.fits")
        idl.fits_write(path, a)
        written.append(idl.fits_read(path))
    for a, b, got in zip(layouts, before, written):
        np.testing.assert_array_equal(a, b)
        np.testing.assert_array_equal(got, a)


def test_write_errors(tmp_path):
    path = str(tmp_path / "e.fits")
    fcb = idl.fits_open(path, write=True)
    try:
        with pytest.raises(ValueError, match="^FITS_WRITE: ERROR: Data array is an "
                                             "invalid type"):
            idl.fits_write(fcb, np.zeros(2, np.complex64))
        with pytest.raises(ValueError, match="A Byte array must be supplied with a "
                                             "BINTABLE or TABLE extension"):
            idl.fits_write(fcb, np.zeros(2, np.int16), xtension="BINTABLE")
        with pytest.raises(ValueError, match="Subscript range values"):
            idl.fits_write(fcb, np.zeros(2), np.array(["OBJECT  = 'x'", "EXPTIME = 1"]))
        with pytest.raises(ValueError, match="Array dimensions must be greater than 0"):
            idl.fits_write(fcb, 0, np.array(["SIMPLE  =  T", "END"]), no_data=True)
    finally:
        idl.fits_close(fcb)
    with pytest.raises(ValueError, match="^FITS_WRITE: Must have FCB supplied for NO_DATA"):
        idl.fits_write(path, 0, no_data=True)
    idl.fits_write(path, np.zeros(2))
    read_fcb = idl.fits_open(path)
    try:
        with pytest.raises(ValueError, match="File is not open for writing"):
            idl.fits_write(read_fcb, np.zeros(2))
    finally:
        idl.fits_close(read_fcb)
    assert file_units.open_units("idl") == []


def test_append_adds_extensions(tmp_path):
    path = str(tmp_path / "a.fits")
    idl.fits_write(path, np.arange(4, dtype=np.int16))
    fcb = idl.fits_open(path, append=True)
    assert fcb.dtype.names == ("FILENAME", "UNIT", "NEXTEND", "OPEN_FOR_WRITE")
    assert int(fcb.NEXTEND[0]) == 0 and int(fcb.OPEN_FOR_WRITE[0]) == 2
    idl.fits_write(fcb, np.float32([1.5]), extname="MORE")
    idl.fits_close(fcb)
    with fits.open(path) as hdul:
        assert len(hdul) == 2 and hdul["MORE"].data.tolist() == [1.5]


# ---------------------------------------------------------------- live GDL
def _gdl(tmp_path, program: str):
    (tmp_path / "run.pro").write_text(f"!path = '{PRO}:' + !path\n{program}\nexit\n")
    return run_gdl_program("run.pro", tmp_path)


@pytest.mark.gdl
def test_write_bytes_against_gdl_random(tmp_path):
    """Random arrays of every type FITS_WRITE takes, written into one file by the library
    in GDL and by compat: the same bytes."""
    rng = np.random.default_rng(8104)
    arrays = {f"a{k}": _random(rng, t, tuple(rng.integers(1, 5, rng.integers(1, 4))))
              for k, t in enumerate(TYPES)}
    lines = []
    for name, a in arrays.items():
        a.astype(a.dtype.newbyteorder("<")).tofile(tmp_path / f"{name}.bin")
        dims = ", ".join(str(d) for d in a.shape[::-1])
        code = {np.uint8: 1, np.int16: 2, np.int32: 3, np.float32: 4, np.float64: 5,
                np.uint16: 12, np.uint32: 13}[a.dtype.type]
        lines.append(f"{name} = make_array({dims}, type={code}) & openr, u, '{name}.bin', "
                     f"/get_lun & readu, u, {name} & free_lun, u")
    lines.append("fits_open, 'g.fits', fcb, /write")
    lines += [f"fits_write, fcb, {name}, extname='{name.upper()}'" for name in arrays]
    lines.append("fits_close, fcb")
    done = _gdl(tmp_path, "\n".join(lines))
    assert (tmp_path / "g.fits").exists(), done.stdout + done.stderr
    fcb = idl.fits_open(str(tmp_path / "c.fits"), write=True)
    for name, a in arrays.items():
        idl.fits_write(fcb, a, extname=name.upper())
    idl.fits_close(fcb)
    assert (tmp_path / "c.fits").read_bytes() == (tmp_path / "g.fits").read_bytes()


@pytest.mark.gdl
def test_fits_help_against_gdl(tmp_path, capsys):
    for name in ("table.fits", "inherit.fits"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    done = _gdl(tmp_path, "fits_help, 'table.fits'\nfits_open, 'inherit.fits', f\n"
                          "fits_help, f\nfits_close, f")
    expected = [line for line in done.stdout.splitlines()
                if not line.startswith("% Compiled")]
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        capsys.readouterr()
        idl.fits_help("table.fits")
        fcb = idl.fits_open("inherit.fits")
        idl.fits_help(fcb)
        idl.fits_close(fcb)
    finally:
        os.chdir(here)
    assert capsys.readouterr().out.splitlines() == expected


def _random_file(rng, path: str) -> int:
    """A file of random HDUs for the differential test: random types and shapes,
    BSCALE/BZERO written as integers, short decimals or 12-digit decimals (SXPAR's FLOAT
    or DOUBLE), the unsigned offsets, INHERIT on some extensions; returns the HDU count."""
    hdus = []
    for k in range(int(rng.integers(2, 5))):
        dtype = [np.uint8, np.int16, np.int32, np.float32, np.float64][rng.integers(5)]
        shape = tuple(int(n) for n in rng.integers(1, 5, rng.integers(1, 4)))
        data = _random(rng, dtype, shape)
        hdu = (fits.PrimaryHDU if k == 0 else fits.ImageHDU)(
            data, do_not_scale_image_data=True)
        choice = rng.integers(5)
        if choice == 1:
            hdu.header["BSCALE"] = int(rng.integers(2, 5))
            hdu.header["BZERO"] = int(rng.integers(-50, 50))
        elif choice == 2:
            hdu.header["BSCALE"] = float(rng.choice([0.5, 0.25, 2.0]))
            hdu.header["BZERO"] = float(rng.choice([-1.5, 3.0, 10.25]))
        elif choice == 3:
            hdu.header["BSCALE"] = float(rng.uniform(0.1, 3.0))     # 12+ digits: DOUBLE
            hdu.header["BZERO"] = float(rng.uniform(-100, 100))
        elif choice == 4 and np.dtype(dtype) in (np.int16, np.int32):
            hdu.header["BZERO"] = 32768 if np.dtype(dtype) == np.int16 else 2147483648
        if k > 0:
            hdu.header["EXTNAME"] = f"E{k}"
            if rng.integers(2):
                hdu.header["INHERIT"] = True
        else:
            hdu.header["OBSERVER"] = "compat"
        hdus.append(hdu)
    fits.HDUList(hdus).writeto(path)
    return len(hdus)


_IDL_DTYPE = {1: np.uint8, 2: np.int16, 3: np.int32, 4: np.float32, 5: np.float64,
              12: np.uint16, 13: np.uint32}


@pytest.mark.gdl
def test_read_against_gdl_random_files(tmp_path):
    """Random files (types, shapes, integer/short/long BSCALE and BZERO, unsigned
    offsets, INHERIT) read HDU by HDU by the library in GDL and by compat: the same IDL
    type, the same bits, the same header lines."""
    rng = np.random.default_rng(8105)
    lines, reads = ["pro rt"], []
    for f in range(12):
        name = f"f{f}.fits"
        for k in range(_random_file(rng, str(tmp_path / name))):
            stem = f"f{f}_{k}"
            lines += [f"fits_read, '{name}', d, h, exten_no={k}",
                      f"openw, u, '{stem}.bin', /get_lun & writeu, u, d & free_lun, u",
                      f"openw, u, '{stem}.txt', /get_lun & printf, u, size(d, /type) & "
                      f"printf, u, h, format='(A)' & free_lun, u"]
            reads.append((name, k, stem))
    lines.append("end")
    (tmp_path / "rt.pro").write_text("\n".join(lines) + "\n")
    (tmp_path / "run.pro").write_text(f"!path = '{PRO}:' + !path\nrt\nexit\n")
    done = run_gdl_program("run.pro", tmp_path)
    for name, k, stem in reads:
        text = (tmp_path / f"{stem}.txt")
        assert text.exists(), done.stdout + done.stderr
        code, *header = text.read_text().splitlines()
        got = idl.fits_read(str(tmp_path / name), exten_no=k, header=True)
        assert got.result.dtype == np.dtype(_IDL_DTYPE[int(code)]), (stem, code)
        expected = np.fromfile(tmp_path / f"{stem}.bin", dtype=got.result.dtype)
        assert got.result.tobytes() == expected.tobytes(), stem
        assert [c.rstrip() for c in got.header] == [c.rstrip() for c in header], stem


# ---------------------------------------------------------------- MODFITS
def _three(tmp_path, checksum=False) -> str:
    path = str(tmp_path / "m.fits")
    hdul = fits.HDUList([fits.PrimaryHDU(np.arange(4, dtype=np.int16)),
                         fits.ImageHDU(np.ones((2, 3), np.float32), name="SCI"),
                         fits.ImageHDU(np.arange(3.0), name="ERR")])
    hdul.writeto(path, checksum=checksum)
    return path


def test_modfits_shifts_following_hdus(tmp_path):
    path = _three(tmp_path)
    h = idl.fits_read(path, exten_no=1, header=True, no_pdu=True).header
    for k in range(50):
        h = idl.sxaddpar(h, f"KEY{k}", np.int32(k))
    data = np.arange(3000, dtype=np.float32).reshape(30, 100)
    h = idl.sxaddpar(idl.sxaddpar(h, "NAXIS1", np.int32(100)), "NAXIS2", np.int32(30))
    assert idl.modfits(path, data, h, exten_no=1) is None
    with fits.open(path) as hdul:
        np.testing.assert_array_equal(hdul["SCI"].data, data)
        np.testing.assert_array_equal(hdul["ERR"].data, np.arange(3.0))
        np.testing.assert_array_equal(hdul[0].data, np.arange(4))
        assert hdul["SCI"].header["KEY49"] == 49
    # and back to the small header and data: the file shrinks (BLKSHIFT truncates)
    small = idl.fits_read(str(DATA / "inherit.fits"), exten_no=1, header=True,
                          no_pdu=True).header
    idl.modfits(path, np.float32([[1, 2, 3], [4, 5, 6]]), small, exten_no=1)
    assert os.path.getsize(path) == 2880 * 6
    with fits.open(path) as hdul:
        assert hdul[1].data.tolist() == [[1, 2, 3], [4, 5, 6]]
        np.testing.assert_array_equal(hdul["ERR"].data, np.arange(3.0))


def test_modfits_checksum_verified_by_astropy(tmp_path):
    path = _three(tmp_path, checksum=True)
    h = idl.fits_read(path, exten_no=2, header=True, no_pdu=True).header
    idl.modfits(path, np.array([7.0, 8.0, 9.0]), idl.sxaddpar(h, "OBJECT", "M31"),
                exten_no=2)
    with fits.open(path, checksum=True) as hdul:      # astropy checks CHECKSUM/DATASUM
        assert hdul["ERR"].data.tolist() == [7.0, 8.0, 9.0]
        assert hdul["ERR"].header["OBJECT"] == "M31"
        assert "CHECKSUM" in hdul["ERR"].header and "DATASUM" in hdul["ERR"].header


def test_modfits_messages_and_fcb(tmp_path, capsys):
    path = _three(tmp_path)
    h = idl.fits_read(path, exten_no=0, header=True).header
    with pytest.raises(ValueError, match="^MODFITS: ERROR - Input header does not contain "
                                         "required XTENSION keyword"):
        idl.modfits(path, 0, h, exten_no=1)
    with pytest.raises(ValueError, match="Invalid NAXIS1 keyword value in header"):
        idl.modfits(path, np.arange(5, dtype=np.int16), h)
    idl.modfits(path, 0, np.array([c for c in h if not c.startswith("END")]))
    assert "An END statement has been appended" in capsys.readouterr().out
    idl.modfits(path, 0)
    assert capsys.readouterr().out.strip() == "% MODFITS: FITS file not modified"
    fits.HDUList([fits.PrimaryHDU(), fits.ImageHDU(np.zeros(2), name="A"),
                  fits.ImageHDU(np.zeros(2), name="A")]).writeto(str(tmp_path / "d.fits"))
    with pytest.raises(ValueError, match="scalar or 1 element array"):
        idl.modfits(str(tmp_path / "d.fits"), np.ones(2), extname="a")
    fcb = idl.fits_open(path)
    try:
        r = idl.modfits(fcb, np.arange(4, dtype=np.int16), errmsg=True)
        assert r.errmsg == "FITS file is set for READONLY, cannot be updated"
    finally:
        idl.fits_close(fcb)
    fcb = idl.fits_open(path, update=True)
    try:
        idl.modfits(fcb, np.int16([9, 8, 7, 6]))
    finally:
        idl.fits_close(fcb)
    assert fits.getdata(path).tolist() == [9, 8, 7, 6]
    assert file_units.open_units("idl") == []


def test_bad_inputs_and_special_values(tmp_path):
    path = str(tmp_path / "b.fits")
    with pytest.raises(ValueError, match="^FITS_WRITE: "):
        idl.fits_write(path, np.array([], np.float32))
    with pytest.raises(ValueError, match="^FITS_WRITE: ERROR: Data array is an invalid "
                                         "type"):
        idl.fits_write(path, np.array(["a", "b"]))
    with pytest.raises(ValueError, match="^FITS_WRITE: ERROR: Invalid Filename or FCB"):
        idl.fits_write(3.5, np.zeros(2))
    with pytest.raises(TypeError, match="mask"):
        idl.fits_write(path, np.ma.masked_array([1.0, 2.0], [True, False]))
    with pytest.raises(ValueError, match="^FITS_OPEN: Invalid Filename or FCB supplied"):
        idl.fits_open(7)
    with pytest.raises(ValueError, match="^FITS_READ: .*not an FCB"):
        idl.fits_read(np.rec.fromarrays([[1]], names="X"))
    special = np.array([[np.nan, np.inf, -np.inf], [-0.0, 5e-324, -1.5]])
    for dtype in (np.float32, np.float64):
        idl.fits_write(path, special.astype(dtype))
        back = idl.fits_read(path)
        assert back.tobytes() == special.astype(dtype).tobytes()
    assert file_units.open_units("idl") == []
