"""The IDL Astronomy Library's READFMT, RDFLOAT and FDECOMP.

Goldens: reference_outputs/idl/astro_readers (the Library's .pro run in GDL 1.0.1). Here:
the Library's errors (GDL halts on a MESSAGE inside a library routine, so the suite
cannot capture them), the IDL behaviour the suite records as GDL divergences (lines that
do not convert are skipped), and live GDL runs of the Library on random tables.
"""

from pathlib import Path

import numpy as np
import pytest

from compat import idl
from oracles import run_gdl_program

ASTRO_PRO = Path(__file__).parents[1] / "reference_outputs" / "idl" / "astro_readers" / "pro"


def _file(tmp_path: Path, lines, name="t.dat") -> str:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n")
    return str(path)


# ------------------------------------------------------------------ READFMT
def test_readfmt_skips_lines_that_do_not_convert(tmp_path, capsys):
    """readfmt.pro's header: lines not meeting the format (comments) are ignored; IDL's
    formatted READF raises an input conversion error there (GDL 1.0.1 reads zeros:
    the divergence recorded in the suite)."""
    path = _file(tmp_path, ["  1  2", "# comment", "  x  3", "  4  5"])
    a, b = idl.readfmt(path, "2I3")
    np.testing.assert_array_equal(a, np.int16([1, 4]))
    np.testing.assert_array_equal(b, np.int16([2, 5]))
    out = capsys.readouterr().out
    assert "% READFMT: Error reading line 2" in out and "Error reading line 3" in out
    assert "% READFMT: 2 valid lines read" in out


def test_readfmt_numline_past_the_end_reports_the_missing_lines(tmp_path, capsys):
    path = _file(tmp_path, ["1 2", "3 4"])
    a, b = idl.readfmt(path, "I1,1X,I1", skipline=1, numline=2)
    np.testing.assert_array_equal(a, np.int16([3]))
    assert "Error reading line 3" in capsys.readouterr().out


@pytest.mark.parametrize("fmt, message", [
    ("2A5", "String format must include a field length"),
    ("A", "String format must include a field length"),
    ("A5,B3", "Illegal format B3 in field 1"),
    ("A7,2(I3,F5.1)", "Parenthesis within format string not allowed"),
])
def test_readfmt_format_errors_as_the_library(tmp_path, fmt, message):
    path = _file(tmp_path, ["abcde  1"])
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        idl.readfmt(path, fmt)


def test_readfmt_other_errors(tmp_path):
    path = _file(tmp_path, ["abc"])
    with pytest.raises(ValueError, match="3 output vectors supplied but only 2 FORMAT"):
        idl.readfmt(path, "I1,I1", ncol=3)
    with pytest.raises(ValueError, match="No valid lines found"):
        idl.readfmt(path, "I3", silent=True)
    with pytest.raises(ValueError, match="contains no valid data"):
        idl.readfmt(path, "I3", skipline=1)
    with pytest.raises(ValueError, match="Unable to open file"):
        idl.readfmt(str(tmp_path / "missing.dat"), "I3")


def test_readfmt_types_of_i_widths(tmp_path):
    path = _file(tmp_path, ["1  2   3    4"])
    out = idl.readfmt(path, "I1,I3,I4,I5", silent=True)
    assert [v.dtype for v in out] == [np.uint8, np.int16, np.int16, np.int32]


# ------------------------------------------------------------------ RDFLOAT
def test_rdfloat_errors(tmp_path):
    """RDFLOAT reads ncol x nlines numbers; a trailing blank line or a short line makes
    IDL's READF run out (RDFLOAT prints the error and leaves its outputs undefined)."""
    with pytest.raises(ValueError, match="End of file"):
        idl.rdfloat(_file(tmp_path, ["1 2", "3", ""]), silent=True)
    with pytest.raises(ValueError, match="conversion"):
        idl.rdfloat(_file(tmp_path, ["1 2", "3 x"], "b.dat"), silent=True)
    empty = tmp_path / "e.dat"
    empty.write_text("")
    with pytest.raises(ValueError, match="contains no data"):
        idl.rdfloat(str(empty))


def test_rdfloat_message_and_single_vector(tmp_path, capsys):
    v = idl.rdfloat(_file(tmp_path, ["1 2", "3 4"]), 1)
    np.testing.assert_array_equal(v, np.float32([1, 3]))
    assert "% RDFLOAT: 2 lines of data read" in capsys.readouterr().out


# ------------------------------------------------------------------ FDECOMP
def test_fdecomp_shapes_and_bytes():
    r = idl.fdecomp(np.array([[b"/a/b.c", b"d"]]))
    assert r.name.shape == (1, 2) and r.name.tolist() == [["b", "d"]]
    assert r.dir.tolist() == [["/a/", ""]]
    with pytest.raises(TypeError):
        idl.fdecomp(5)


# ------------------------------------------------------------------ live GDL
def _write_vectors(names):
    return " & ".join(f"openw, u, '{n}.bin', /get_lun & writeu, u, {n} & free_lun, u"
                      for n in names)


@pytest.mark.gdl
def test_readers_against_gdl_on_random_tables(tmp_path: Path):
    """Random fixed-width tables through the Library's READFMT and RDFLOAT in GDL and
    through compat: the same vectors, bit for bit."""
    rng = np.random.default_rng(5)
    ints = rng.integers(-999, 9999, size=(25, 2))
    reals = rng.uniform(-99, 999, size=(25, 2)).round(3)
    lines = [f"{a:5d}{b:6d}{x:10.3f}{y:10.3f}" for (a, b), (x, y) in zip(ints, reals)]
    _file(tmp_path, lines, "r.dat")
    program = (f"!path = '{ASTRO_PRO}:' + !path\n"
               "readfmt, 'r.dat', 'I5,I6,F10.3,D10.3', a, b, c, d, /silent\n"
               + _write_vectors("abcd") + "\n"
               "rdfloat, 'r.dat', e, f, g, columns=2, /silent\n"
               + _write_vectors("efg") + "\nexit\n")
    (tmp_path / "run.pro").write_text(program)
    done = run_gdl_program("run.pro", tmp_path)
    assert (tmp_path / "g.bin").exists(), done.stdout + done.stderr
    got = idl.readfmt(str(tmp_path / "r.dat"), "I5,I6,F10.3,D10.3", silent=True)
    for name, value in zip("abcd", got):
        expected = np.fromfile(tmp_path / f"{name}.bin", dtype=value.dtype)
        np.testing.assert_array_equal(value, expected)
    got = idl.rdfloat(str(tmp_path / "r.dat"), 3, columns=2, silent=True)
    for name, value in zip("efg", got):
        np.testing.assert_array_equal(value, np.fromfile(tmp_path / f"{name}.bin",
                                                         dtype=np.float32))
