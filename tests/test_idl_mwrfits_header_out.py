"""MWRFITS's and WRITEFITS's in/out Header argument: ``header_out=True`` returns the
header the library leaves in the IDL variable (goldens: reference_outputs/idl/astrolib
mwrfits_header_out_* and writefits_header_out_check_fits, the library run in GDL)."""

import numpy as np
import pytest

from compat import idl


def _cards(path, start=0):
    data = open(path, "rb").read()[start:].decode("latin-1")
    return [data[k:k + 80] for k in range(0, len(data), 80)]


def test_header_out_is_the_header_block_written(tmp_path):
    path = str(tmp_path / "w.fits")
    given = idl.sxaddpar(None, "OBJECT", "M31", "target")
    r = idl.mwrfits(idl.findgen(4, 3), path, given, create=True, silent=True,
                    header_out=True)
    assert r.result is None and r._fields == ("result", "header")
    assert r.header.dtype == np.dtype("<U80") and r.header.size % 36 == 0
    assert list(r.header) == _cards(path)[:r.header.size]
    assert r.header[0].startswith("SIMPLE  =                    T")
    assert [c[:8] for c in r.header].count("END     ") == 1
    assert any(c.startswith("OBJECT  = 'M31") for c in r.header)
    # the caller's header is not modified
    assert not any(c.startswith("NAXIS1") for c in given)


def test_table_header_out_skips_the_dummy_primary_header(tmp_path):
    path = str(tmp_path / "t.fits")
    table = np.rec.fromarrays([np.array([1.5, 2.5]), np.array([1, 2], np.int16)],
                              names="X,N")
    r = idl.mwrfits(table, path, None, create=True, silent=True, header_out=True,
                    status=True)
    assert r.status == 0 and r.header[0].startswith("XTENSION= 'BINTABLE'")
    assert list(r.header) == _cards(path, 2880)[:r.header.size]


def test_without_the_request_nothing_or_the_status_comes_back(tmp_path):
    path = str(tmp_path / "w.fits")
    assert idl.mwrfits(idl.findgen(2), path, create=True, silent=True) is None
    assert idl.mwrfits(idl.findgen(2), path, silent=True, status=True) == 0


def test_header_not_requested_says_how(tmp_path):
    r = idl.mwrfits(None, str(tmp_path / "b.fits"), None, silent=True, status=True,
                    header_out=True)
    assert r.status == 0
    from compat.idl.fits import MwrfitsResult
    only_status = MwrfitsResult(result=None, status=np.int32(0))
    with pytest.raises(AttributeError, match="header_out=True"):
        only_status.header


def test_failed_open_gives_back_the_header_unchanged(tmp_path, capsys):
    given = np.array(["OBJECT  = 'M31     '".ljust(80), "END".ljust(80)])
    r = idl.mwrfits(idl.findgen(2), str(tmp_path / "missing" / "w.fits"), given,
                    silent=True, status=True, header_out=True)
    assert r.status == -1
    np.testing.assert_array_equal(r.header, given)
    r = idl.mwrfits(idl.findgen(2), str(tmp_path / "missing" / "w.fits"), None,
                    silent=True, status=True, header_out=True)
    assert r.header is None


def test_writefits_header_out(tmp_path, capsys):
    path = str(tmp_path / "w.fits")
    given = np.array(["SIMPLE  =                    T".ljust(80),
                      "BITPIX  =                  -32".ljust(80),
                      "NAXIS   =                    0".ljust(80), "END".ljust(80)])
    r = idl.writefits(path, idl.indgen(5), given, header_out=True)
    assert r.result is None
    keys = [c[:8].strip() for c in r.header]
    assert "NAXIS1" in keys and r.header[1].startswith("BITPIX  =                   16")
    assert not r.header[0].startswith("SIMPLE  =                    T / Written by IDL")
    np.testing.assert_array_equal(given[1], "BITPIX  =                  -32".ljust(80))
    made = idl.writefits(path, idl.findgen(2), None, header_out=True).header
    assert [c[:8] for c in made[:4]] == ["SIMPLE  ", "BITPIX  ", "NAXIS   ", "NAXIS1  "]
    assert idl.writefits(path, idl.findgen(2)) is None
    from compat.idl.fits_write import WritefitsResult
    with pytest.raises(AttributeError, match="header_out=True"):
        WritefitsResult(result=None).header
