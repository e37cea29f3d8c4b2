"""READCOL's Z columns as readcol.pro returns them: the field is tested as hexadecimal
(strnumber.pro /HEX: READS with FORMAT='(Z)') but its TEXT is stored in the LONG column,
which IDL converts as a decimal number ('10' is 10, '1A' 1, 'FF' 0).

Expected values below were printed by GDL 1.0.1 running the vendored readcol.pro
(reference_outputs/idl/astrolib/pro/), not computed by compat; the golden cases
readcol_z_* of suite idl/astrolib hold the same."""

import warnings

import numpy as np
import pytest

from compat import idl
from oracles import run_gdl_program

# field -> what GDL 1.0.1's readcol.pro stored in the Z (LONG) column
GDL_Z = {"10": 10, "FF": 0, "1A": 1, "ff": 0, "7fffffff": 7, "-5": -5, "0x10": 0,
         "1e5": 1, "+1f": 1, "00012": 12, "80000000": 80000000, "-FF": 0,
         "fffffffff": 0, "abc": 0, "9": 9}


def _table(tmp_path, lines, name="z.dat"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n")
    return str(path)


@pytest.mark.parametrize("keywords", [{}, {"comment": "#"}, {"delimiter": " "},
                                      {"skipline": 0, "numline": 100}, {"quick": True},
                                      {"preserve_null": True}])
def test_z_column_stores_the_text(tmp_path, capsys, keywords):
    fields = sorted(GDL_Z)
    path = _table(tmp_path, [f"{f} {k}" for k, f in enumerate(fields)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # IDL's conversion warning for 'FF' and the like
        z, n = idl.readcol(path, "Z,I", silent=True, **keywords)
    assert z.dtype == np.int32 and n.dtype == np.int16
    assert z.tolist() == [GDL_Z[f] for f in fields]
    assert n.tolist() == list(range(len(fields)))


def test_z_conversion_warning(tmp_path):
    path = _table(tmp_path, ["FF 1", "10 2"])
    with pytest.warns(Warning, match="Type conversion error.*'FF'"):
        z, _ = idl.readcol(path, "Z,I", silent=True)
    assert z.tolist() == [0, 10]


def test_z_test_is_reads_with_z_format(tmp_path, capsys):
    """A field READS cannot read with FORMAT='(Z)' fails the test and skips its line
    (strnumber.pro /HEX); a field it reads is kept: Z reads the leading hexadecimal
    digits, so '0.5' is 0 and '1.' is 1, as GDL 1.0.1 reads them. (GDL only warns on
    'G1', which has no hexadecimal digit, and keeps that line too: see the docstring.)"""
    fields = ["G1", "0.5", "1A", "xyz", "-FF", "1.", "12"]
    path = _table(tmp_path, [f"{f} {k}" for k, f in enumerate(fields)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        z, n = idl.readcol(path, "Z,I")
    printed = capsys.readouterr().out
    kept = []
    for k, field in enumerate(fields):
        try:
            idl.reads(field, np.int32(0), format="(Z)")
            kept.append(k)
        except Exception:
            assert f"Skipping Line (check_numeric) {k + 1}" in printed
    assert kept == [1, 2, 4, 5, 6]
    assert n.tolist() == kept
    assert z.tolist() == [0, 1, 0, 1, 12]


def test_hex_values_through_reads():
    """The docstring's way to the hexadecimal values the header promises."""
    assert int(idl.reads("7fffffff", np.int32(0), format="(Z)")) == 2147483647
    assert int(idl.reads("1A", np.int32(0), format="(Z)")) == 26


@pytest.mark.gdl
def test_z_column_against_readcol_in_gdl(tmp_path, reference_outputs):
    fields = sorted(GDL_Z)
    path = _table(tmp_path, [f"{f} {k}" for k, f in enumerate(fields)], "rc.txt")
    pro = reference_outputs / "idl" / "astrolib" / "pro"
    (tmp_path / "run.pro").write_text(
        f"!path = '{pro}:' + !path\n"
        "readcol, 'rc.txt', z, n, format='Z,I', /silent\n"
        "for i = 0, n_elements(z) - 1 do print, 'R', z[i], n[i], format='(A,I0,1x,I0)'\n"
        "exit\n")
    out = run_gdl_program("run.pro", tmp_path)
    rows = [tuple(map(int, line[1:].split())) for line in out.stdout.splitlines()
            if line.startswith("R")]
    assert len(rows) == len(fields), out.stdout + out.stderr
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        z, n = idl.readcol(path, "Z,I", silent=True)
    assert rows == list(zip(z.tolist(), n.tolist()))
