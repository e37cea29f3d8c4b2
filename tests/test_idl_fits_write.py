"""WRITEFITS and MKHDR as writefits.pro / mkhdr.pro write (golden cases: idl/astrolib);
these tests check what the goldens compare only in part: checksums valid for astropy,
round trips, padding rules and messages."""

import gzip
import re
import warnings

import numpy as np
import pytest
from astropy.io import fits

from compat import idl
from compat._core import fits_write


def _cards(raw: bytes, start: int = 0):
    cards = []
    for k in range(start, len(raw), 80):
        cards.append(raw[k:k + 80].decode())
        if cards[-1].startswith("END     "):
            return cards
    raise AssertionError("no END card")


def test_header_layout_first_card_and_padding(tmp_path):
    path = str(tmp_path / "w.fits")
    idl.writefits(path, np.arange(6, dtype=np.int16).reshape(2, 3))
    raw = open(path, "rb").read()
    assert len(raw) == 5760
    cards = _cards(raw)
    assert cards[0].startswith("SIMPLE  =                    T / Written by IDL:  ")
    assert re.fullmatch(r"[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} {6}",
                        cards[0][50:])                  # SYSTIME(), blank-padded day
    assert [c[:8].rstrip() for c in cards] == ["SIMPLE", "BITPIX", "NAXIS", "NAXIS1",
                                               "NAXIS2", "EXTEND", "DATE", "COMMENT",
                                               "COMMENT", "END"]
    assert raw[800:2880] == b" " * 2080           # header blank-padded
    assert raw[2880:2892] == np.arange(6, dtype=">i2").tobytes()
    assert raw[2892:] == b"\0" * (5760 - 2892)     # data zero-padded


def test_round_trip_unsigned_and_astropy_reads_it(tmp_path):
    path = str(tmp_path / "u.fits")
    u = np.array([[0, 40000, 65535]], dtype=np.uint16)
    idl.writefits(path, u)
    assert idl.readfits(path, silent=True).tolist() == u.tolist()
    with fits.open(path) as f:
        assert f[0].header["BZERO"] == 32768
        assert f[0].header.comments["BZERO"] == "Data is Unsigned Integer"
        assert f[0].data.tolist() == u.tolist()
    h = idl.headfits(path)
    keys = [c[:8].rstrip() for c in h]
    assert keys.index("BZERO") == keys.index("DATE") - 1      # before DATE


def test_checksum_cards_validate_in_astropy(tmp_path):
    for data in (np.arange(6, dtype=np.int16).reshape(2, 3),
                 np.linspace(0, 1, 7000, dtype=np.float32), np.uint8(3) * np.ones(5, np.uint8)):
        path = str(tmp_path / "c.fits")
        idl.writefits(path, data, checksum=True)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            with fits.open(path, checksum=True) as f:
                assert f[0].header["DATASUM"] == str(fits_write._checksum32(
                    data.astype(data.dtype.newbyteorder(">")).tobytes()))


def test_ascii_encode_is_the_fits_checksum_encoding():
    # fits_ascii_encode.pro and astropy both follow the FITS checksum convention
    hdu = fits.PrimaryHDU()
    for value in (0, 1, 868229149, 0xFFFFFFFF, 0x12345678, 0x3A3B3C3D):
        assert fits_write._ascii_encode(value) == hdu._char_encode(np.uint32(value))


def test_check_fits_update_repairs_header(tmp_path, capsys):
    h = idl.sxaddpar(idl.sxaddpar(idl.sxaddpar(idl.sxaddpar(
        np.array(["END".ljust(80)]), "SIMPLE", "T"), "BITPIX", 16), "NAXIS", 3), "NAXIS1", 9)
    path = str(tmp_path / "r.fits")
    idl.writefits(path, np.zeros((2, 4), np.float32), h)
    err = capsys.readouterr().err
    assert "NAXIS changed from 3 to 1" in err and "BITPIX value of -32" in err
    with fits.open(path) as f:
        assert f[0].data.shape == (2, 4) and f[0].header["BITPIX"] == -32
    idl.writefits(path, np.zeros((2, 4), np.float32), h, silent=True)
    assert capsys.readouterr().err == ""


def test_append_pads_and_missing_file_gets_primary(tmp_path):
    path = str(tmp_path / "a.fits")
    idl.writefits(path, np.arange(3, dtype=np.int32), append=True)
    with fits.open(path) as f:
        assert len(f) == 2 and f[0].header["NAXIS"] == 0 and f[0].header["EXTEND"]
        assert f[1].header["XTENSION"] == "IMAGE" and f[1].data.tolist() == [0, 1, 2]
    # an existing file whose length is not a multiple of 2880 is blank-padded first
    with open(path, "ab") as f:
        f.write(b"xyz")
    idl.writefits(path, np.arange(2, dtype=np.int16), append=True)
    raw = open(path, "rb").read()
    assert raw[8640:8643] == b"xyz" and raw[8643:11520] == b" " * (11520 - 8643)
    assert raw[11520:11528] == b"XTENSION"


def test_append_needs_xtension_first(tmp_path, capsys):
    path = str(tmp_path / "x.fits")
    idl.writefits(path, np.arange(3, dtype=np.int16), idl.mkhdr(np.arange(3, dtype=np.int16)),
                  append=True)
    assert '"XTENSION" must be first keyword' in capsys.readouterr().err
    assert not (tmp_path / "x.fits").exists()


def test_compress_adds_gz(tmp_path):
    path = str(tmp_path / "z.fits")
    idl.writefits(path, np.arange(4, dtype=np.float32), compress=True)
    raw = gzip.open(path + ".gz").read()
    assert len(raw) == 5760 and raw.startswith(b"SIMPLE  =")
    idl.writefits(path + ".gz", np.arange(4, dtype=np.float32), compress=True)
    assert not (tmp_path / "z.fits.gz.gz").exists()


def test_heap_written_at_theap_and_long_card_overflow(tmp_path):
    path = str(tmp_path / "h.fits")
    h = idl.mkhdr(np.arange(4, dtype=np.uint8))
    h = idl.sxaddpar(h, "THEAP", 8)
    h = np.array([str(c) for c in h], dtype="<U90")
    h[1] = h[1][:80] + "OVERFLOW!!"
    idl.writefits(path, np.arange(4, dtype=np.uint8), h, np.array([9, 9], np.uint8))
    raw = open(path, "rb").read()
    assert raw[2880:2894] == bytes([0, 1, 2, 3, 0, 0, 0, 0, 9, 9, 0, 0, 0, 0])
    # a card longer than 80 runs into the next, which overwrites it
    assert raw[160:240].startswith(b"NAXIS   =")


def test_mkhdr_forms_and_errors():
    h = idl.mkhdr(4, [3, 2], image=True)
    assert [c[:8].rstrip() for c in h] == ["XTENSION", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2",
                                           "PCOUNT", "GCOUNT", "END", "", ""]
    assert h[0].rstrip() == "XTENSION= 'IMAGE   '           / IMAGE extension"
    assert idl.mkhdr(np.zeros(2, np.uint32))[-3:-1].tolist()[0].startswith("COMMENT")
    assert any(c.startswith("O_BZERO =           2147483648 / Original Data is Unsigned Long")
               for c in idl.mkhdr(np.zeros(2, np.uint32)))
    with pytest.raises(ValueError, match="Complex types not allowed"):
        idl.mkhdr(6, [2])
    with pytest.raises(ValueError, match="Illegal Image Datatype"):
        idl.mkhdr(8, [2])


def test_mwrfits_image_primary_then_extension(tmp_path):
    path = str(tmp_path / "m.fits")
    idl.mwrfits(np.arange(6, dtype=np.float32).reshape(2, 3), path, create=True)
    idl.mwrfits(np.array([1 + 2j, 3 - 4j], np.complex64), path, silent=True)
    with fits.open(path) as f:
        assert f[0].header.comments["SIMPLE"] == "Primary Header created by MWRFITS v1.14"
        assert f[0].data.shape == (2, 3) and f[1].header["XTENSION"] == "IMAGE"
        assert f[1].data.tolist() == [[1, 2], [3, -4]]     # COMPLEX as [2, n] FLOAT pairs
    assert len(open(path, "rb").read()) == 4 * 2880
    # mwr_header: a repeated END becomes a COMMENT card, cards cut to 80, 36-card blocks
    block = fits_write.mwr_header_bytes(["A" * 90, "END", "X", "END"])
    assert len(block) == 2880 and block[:80] == b"A" * 80
    assert block[80:160] == b"COMMENT INVALID END REPLACED".ljust(80)
    assert block[240:320] == b"END".ljust(80) and block[320:] == b" " * 2560
