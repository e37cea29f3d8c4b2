"""READCOL (IDL Astronomy Library): the documented parsing rules, line by line."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl

TEXT = """# star catalogue
name  hr  min  sec
Vega  18  36  56.3
Deneb,20,41,25.9
Altair 19 50 47.0   extra
bad   xx  1   2.0
Rigel 5 14 32.27
"""


@pytest.fixture
def catalogue(tmp_path):
    path = tmp_path / "stars.dat"
    path.write_text(TEXT)
    return str(path)


def test_formats_types_and_skipped_lines(catalogue, capsys):
    name, hr, mn, sec = idl.readcol(catalogue, "A,I,I,F", comment="#")
    assert name.tolist() == ["Vega", "Deneb", "Altair", "Rigel"]
    assert hr.dtype == np.int16 and hr.tolist() == [18, 20, 19, 5]
    assert sec.dtype == np.float32 and sec[3] == np.float32(32.27)
    out = capsys.readouterr().out
    assert "Skipping Line (check_numeric) 2" in out   # the header line
    assert "Skipping Line (check_numeric) 6" in out   # 'xx'
    assert "4 valid lines read" in out


def test_skip_columns_count_and_nlines(catalogue):
    r = idl.readcol(catalogue, "X,I,X,D", comment="#", silent=True, count=True,
                    nlines=True)
    hr, sec = r.result
    assert sec.dtype == np.float64 and sec.tolist() == [56.3, 25.9, 47.0, 32.27]
    assert r.count == 4 and r.nlines == 7


def test_defaults_are_float_and_integers_truncate(tmp_path, capsys):
    path = tmp_path / "n.dat"
    path.write_text("1 2.7\n0.13 -2.5\n\n3, 4e1\n")
    a, b = idl.readcol(str(path), ncol=2)
    assert a.dtype == np.float32 and a.tolist() == [1.0, np.float32(0.13), 3.0]
    np.testing.assert_array_equal(b, np.float32([2.7, -2.5, 40.0]))
    assert "All columns assumed floating point" in capsys.readouterr().out
    i, l64 = idl.readcol(str(path), "I,LL", silent=True)
    # integer columns read the text's integer prefix, as LONG('4e1') (GDL running
    # readcol.pro: golden readcol_integer_prefix)
    assert i.tolist() == [1, 0, 3] and l64.tolist() == [2, -2, 4]
    assert l64.dtype == np.int64


def test_delimiters_null_fields_nan_and_hex(tmp_path):
    path = tmp_path / "d.dat"
    path.write_text("a:1:ff\nb::10\nc:3:1A\n")
    name, v, h = idl.readcol(str(path), "A,F,Z", delimiter=":", silent=True)
    # 'b' lacks a field; Z stores the text as a decimal LONG (readcol.pro: 'ff' 0, '1A' 1)
    assert name.tolist() == ["a", "c"] and h.tolist() == [0, 1]
    name, v, h = idl.readcol(str(path), "A,F,Z", delimiter=":", preserve_null=True,
                             nan=True, silent=True)
    assert name.tolist() == ["a", "b", "c"] and np.isnan(v[1]) and h[1] == 10
    tab = tmp_path / "t.dat"
    tab.write_text("x y\t1\nz\t2\n")
    words, n = idl.readcol(str(tab), "A,I", delimiter="\t", silent=True)
    assert words.tolist() == ["x y", "z"] and n.tolist() == [1, 2]


def test_skipline_numline_stringskip(tmp_path):
    path = tmp_path / "s.dat"
    path.write_text("junk\n1 2\n## note\n3 4\n5 6\n")
    a, b = idl.readcol(str(path), "L,L", skipline=1, numline=3, stringskip="##",
                       silent=True)
    assert a.tolist() == [1, 3] and a.dtype == np.int32


def test_bad_input(tmp_path):
    with pytest.raises(ValueError, match="^READCOL: Unable to open file"):
        idl.readcol(str(tmp_path / "none.dat"), "F")
    with pytest.raises(ValueError, match="^READCOL: Illegal format Q in field 0"):
        idl.readcol(str(tmp_path / "none.dat"), "Q")
    with pytest.raises(ValueError, match="^READCOL: give FORMAT or the number"):
        idl.readcol(str(tmp_path / "none.dat"))


@pytest.mark.parametrize("seed", range(6))
def test_the_numpy_path_equals_the_line_reader(tmp_path, seed):
    """Clean F/D tables go through numpy in one pass; the values equal the line-by-line
    reader's bit for bit (a COMMENT character absent from the file forces that reader)."""
    rng = np.random.default_rng(seed)
    values = rng.standard_normal((int(rng.integers(1, 50)), 3)) * 10.0 ** rng.integers(-8, 9)
    sep = [" ", ",", "  ,"][seed % 3]
    path = tmp_path / "t.dat"
    path.write_text("\n".join(sep.join(repr(float(v)) for v in row) for row in values))
    fmt = ["F,D,F", "D,X,F", "F,F"][seed % 3]
    fast = idl.readcol(str(path), fmt, silent=True, count=True)
    slow = idl.readcol(str(path), fmt, silent=True, count=True, comment="@")
    assert fast.count == slow.count == values.shape[0]
    for a, b in zip(fast.result, slow.result):
        assert a.dtype == b.dtype and a.tobytes() == b.tobytes()
