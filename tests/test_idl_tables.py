"""IDL READ_ASCII, READ_CSV, WRITE_CSV (compat.idl.tables): the rules of IDL's library
routines that the golden suite (reference_outputs/idl/tables) does not reach, the legacy
errors, and files passed between compat and a live GDL both ways."""

from __future__ import annotations


import numpy as np
import pytest

from compat import idl
from oracles import GDL, GDL_PIN, run_gdl_program


def _write(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="latin-1")
    return path


# ------------------------------------------------------------------------ READ_ASCII
def test_read_ascii_default_layout(tmp_path):
    f = _write(tmp_path / "a.txt", ["1 2 3", "4 5 6"])
    data, n, h = idl.read_ascii(f, count=True, header=True)
    assert data.dtype.names == ("FIELD1",) and n == 2 and n.dtype == np.int32 and h == ""
    assert data.FIELD1[0].dtype == np.float32
    # readsav layout: IDL's [3 fields, 2 records] is numpy (2, 3); data.field1[*, 1] is row 1
    np.testing.assert_array_equal(data.FIELD1[0], [[1, 2, 3], [4, 5, 6]])


def test_read_ascii_one_record_and_no_record(tmp_path):
    f = _write(tmp_path / "a.txt", ["x", "1 2 3"])
    data = idl.read_ascii(f, data_start=1)
    assert data.FIELD1[0].shape == (3,)          # IDL's [3, 1] loses its trailing 1
    g = _write(tmp_path / "b.txt", ["head", "1 2"])
    empty, n = idl.read_ascii(g, data_start=1, record_start=5, count=True)
    assert empty == 0 and n == 0


def test_read_ascii_comment_after_blanks_makes_a_missing_record(tmp_path):
    # RA_GET_NEXT_RECORD skips only lines whose comment starts in column 0
    f = _write(tmp_path / "a.txt", ["1 2", "   ; note", "3 4"])
    data, n = idl.read_ascii(f, comment_symbol=";", count=True)
    assert n == 3 and np.isnan(data.FIELD1[0][1]).all()


def test_read_ascii_template_missing_value_in_field_type(tmp_path):
    f = _write(tmp_path / "a.txt", ["1 x", "2"])
    template = dict(version=1.0, datastart=0, delimiter=32, missingvalue=-7,
                    commentsymbol="", fieldcount=2, fieldtypes=[2, 7],
                    fieldnames=["n", "s"], fieldlocations=[0, 0], fieldgroups=[0, 1])
    data = idl.read_ascii(f, template=template)
    assert data.N[0].dtype == np.int16 and data.N[0].tolist() == [1, 2]
    assert data.S[0].tolist() == ["x", "      -7"]      # STRING(missing) of an INT


def test_read_ascii_byte_order_mark_skipped(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf1 2\r\n3 4\r\n")
    np.testing.assert_array_equal(idl.read_ascii(f).FIELD1[0], [[1, 2], [3, 4]])


@pytest.mark.parametrize("kwargs, message", [
    (dict(delimiter=";;"), "DELIMITER must be one character"),
    (dict(template=dict(version=1.0)), "DATASTART field missing from template"),
    (dict(template=dict(version=2.0)), "The only recognized template version is 1.0"),
    (dict(template=5), "Template is not a structure"),
])
def test_read_ascii_errors(tmp_path, kwargs, message):
    f = _write(tmp_path / "a.txt", ["1 2"])
    with pytest.raises(ValueError, match=f"^READ_ASCII: {message}"):
        idl.read_ascii(f, **kwargs)


def test_read_ascii_file_errors(tmp_path):
    with pytest.raises(ValueError, match='^READ_ASCII: File ".*nope.txt" not found'):
        idl.read_ascii(tmp_path / "nope.txt")
    binary = tmp_path / "b.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ValueError, match="is not a valid ASCII file"):
        idl.read_ascii(binary)
    with pytest.raises(ValueError, match="^READ_ASCII: No columns found"):
        idl.read_ascii(_write(tmp_path / "e.txt", ["", "  "]))
    bad = dict(version=1.0, datastart=0, delimiter=32, missingvalue=0.0, commentsymbol="",
               fieldcount=1, fieldtypes=[4], fieldnames=["end"], fieldlocations=[0],
               fieldgroups=[0])
    with pytest.raises(ValueError, match="^READ_ASCII: Illegal field name: end"):
        idl.read_ascii(_write(tmp_path / "a.txt", ["1"]), template=bad)


# -------------------------------------------------------------------------- READ_CSV
def test_read_csv_types_from_first_and_last_100_values(tmp_path):
    values = [str(k) for k in range(400)]
    values[150] = "text"       # not sampled: the column is typed LONG, FIX fails, stays text
    f = _write(tmp_path / "a.csv", ["n", *values])
    data, h = idl.read_csv(f, header=True)
    assert h.tolist() == ["n"] and data.FIELD1[0].dtype.kind == "U"
    values[150] = "150"
    values[399] = "1.5"        # sampled: DOUBLE
    data = idl.read_csv(_write(tmp_path / "b.csv", ["n", *values]))
    assert data.FIELD1[0].dtype == np.float64 and data.FIELD1[0][399] == 1.5


def test_read_csv_nan_values_are_not_sampled(tmp_path):
    data = idl.read_csv(_write(tmp_path / "a.csv", ["x,y", "1.5,NaN", "2,3.25"]))
    assert data.FIELD1[0].dtype == np.float64 and np.isnan(data.FIELD2[0][0])


def test_read_csv_one_row_stays_text_and_empty_file_is_zero(tmp_path):
    data = idl.read_csv(_write(tmp_path / "a.csv", ["1,2"]))
    assert data.FIELD1[0].tolist() == ["1"] and data.FIELD2[0].dtype.kind == "U"
    (tmp_path / "e.csv").write_bytes(b"")
    zero = idl.read_csv(tmp_path / "e.csv")
    assert zero == 0 and zero.dtype == np.int32


def test_read_csv_field_names_padded(tmp_path):
    f = _write(tmp_path / "a.csv", [",".join(str(k) for k in range(12))] * 2)
    assert idl.read_csv(f).dtype.names[:2] == ("FIELD01", "FIELD02")


def test_read_csv_types_keep_empty_columns(tmp_path):
    f = _write(tmp_path / "a.csv", ["1,,2", "3,,4"])
    assert len(idl.read_csv(f).dtype.names) == 2
    kept = idl.read_csv(f, types=["LONG", "", "LONG"])
    assert kept.dtype.names == ("FIELD1", "FIELD2", "FIELD3")


def test_read_csv_errors(tmp_path):
    f = _write(tmp_path / "a.csv", ["1,2", "3,4"])
    with pytest.raises(ValueError, match='^READ_CSV: Unknown type string: "BAD"'):
        idl.read_csv(f, types=["BAD"])
    with pytest.raises(ValueError, match="^READ_CSV: Error opening file"):
        idl.read_csv(tmp_path / "nope.csv")
    with pytest.raises(ValueError, match="^READ_CSV: RECORD_START must not be negative"):
        idl.read_csv(f, record_start=-1)


# ------------------------------------------------------------------------- WRITE_CSV
def test_write_csv_failed_write_keeps_the_old_file(tmp_path):
    f = tmp_path / "o.csv"
    f.write_text("keep\n")
    with pytest.raises(ValueError, match="^WRITE_CSV: Data fields must all have the same"):
        idl.write_csv(f, [1, 2], [3])
    with pytest.raises(ValueError, match="^WRITE_CSV: HEADER must be a string array"):
        idl.write_csv(f, [1, 2], [3, 4], header=["a"])
    with pytest.raises(ValueError, match="^WRITE_CSV: Incorrect number of arguments"):
        idl.write_csv(f)
    with pytest.raises(ValueError, match="^WRITE_CSV: Filename must be a string"):
        idl.write_csv(5, [1])
    assert f.read_text() == "keep\n" and sorted(p.name for p in tmp_path.iterdir()) == ["o.csv"]


def test_write_csv_structure_forms_agree(tmp_path):
    record = idl.create_struct("a", np.int16([1, 2]), "b", ["x", "y"])
    rows = idl.replicate(idl.create_struct("a", np.int16(0), "b", ""), 2)
    rows.A[:] = [1, 2]
    rows.B[:] = ["x", "y"]
    texts = set()
    for value in (record, rows, {"a": np.int16([1, 2]), "b": ["x", "y"]}):
        idl.write_csv(tmp_path / "o.csv", value)
        texts.add((tmp_path / "o.csv").read_text())
    assert texts == {'1,"x"\n2,"y"\n'}


def test_write_csv_numbers(tmp_path):
    f = tmp_path / "o.csv"
    idl.write_csv(f, np.array([1e20, 0.5]), np.uint8([7, 255]), np.int64([-3, 2**40]),
                  np.float32([1e-3, 3]))
    assert f.read_text().splitlines() == ["1.000000000000000e+20,7,-3,0.00100000",
                                          "0.5000000000000000,255,1099511627776,3.00000"]


def test_write_then_read_round_trip(tmp_path):
    f = tmp_path / "o.csv"
    x, n, s = np.array([0.25, -1e-7, 3.0]), np.int32([4, -5, 6]), ["a, b", 'q"t', "z"]
    idl.write_csv(f, x, n, s, header=["x", "n", "s"])
    data, header = idl.read_csv(f, header=True)
    assert header.tolist() == ["x", "n", "s"]
    np.testing.assert_array_equal(data.FIELD1[0], x)
    assert data.FIELD2[0].dtype == np.int32 and data.FIELD2[0].tolist() == [4, -5, 6]
    assert data.FIELD3[0].tolist() == s


# ------------------------------------------------------------- files shared with GDL
def _gdl(script: str, cwd) -> str:
    (cwd / "rt.pro").write_text(f"pro rt\n  {GDL_PIN}\n{script}\nend\n")
    done = run_gdl_program("rt", cwd)
    return done.stdout + done.stderr


@pytest.mark.gdl
def test_files_written_by_compat_read_by_gdl(tmp_path):
    x = np.array([0.125, -2.5e-3, 1e5])
    n = np.int32([7, -8, 2000000000])
    s = np.array(["alpha", "beta", "gamma"])
    idl.write_csv(tmp_path / "c.csv", x, n, s, header=["x", "n", "s"])
    out = _gdl("""  d = read_csv('c.csv', header=h, count=c)
  save, d, h, c, filename='back.sav'""", tmp_path)
    back = idl.restore(tmp_path / "back.sav")
    d = back["d"]
    assert back["h"].tolist() == ["x", "n", "s"] and back["c"] == 3, out
    np.testing.assert_array_equal(d.FIELD1[0], x)
    assert d.FIELD2[0].dtype == np.int32 and d.FIELD2[0].tolist() == n.tolist()
    assert d.FIELD3[0].tolist() == s.tolist()


@pytest.mark.gdl
def test_files_written_by_gdl_read_by_compat(tmp_path):
    out = _gdl("""  write_csv, 'g.csv', [1.5, -2.25, 1e-3], [3L, 40L, -7L], ['one', 'two', 'six']
  openw, lun, 'g.txt', /get_lun
  printf, lun, 'a b c'
  for k = 0, 3 do printf, lun, k, k * 0.5, -k
  free_lun, lun
  t = read_ascii('g.txt', data_start=1)
  save, t, filename='t.sav'""", tmp_path)
    data, n = idl.read_csv(tmp_path / "g.csv", count=True)
    assert n == 3, out
    assert data.FIELD1[0].dtype == np.float64
    np.testing.assert_allclose(data.FIELD1[0], [1.5, -2.25, 1e-3], rtol=1e-6)
    assert data.FIELD2[0].tolist() == [3, 40, -7]
    assert data.FIELD3[0].tolist() == ["one", "two", "six"]
    ours = idl.read_ascii(tmp_path / "g.txt", data_start=1)
    theirs = idl.restore(tmp_path / "t.sav")["t"]
    np.testing.assert_array_equal(ours.FIELD1[0], theirs.FIELD1[0])
    assert ours.FIELD1[0].dtype == np.float32 and ours.FIELD1[0].shape == (4, 3)


def test_read_ascii_multi_line_records(tmp_path):
    # FIELDCOUNT with one entry per line: a record spans two lines
    f = _write(tmp_path / "m.txt", ["1 2", "x", "", "3 4", "y", "5 6"])
    template = dict(version=1.0, datastart=0, delimiter=32, missingvalue=np.nan,
                    commentsymbol="", fieldcount=[2, 1], fieldtypes=[3, 4, 7],
                    fieldnames=["a", "b", "c"], fieldlocations=[0, 0, 0],
                    fieldgroups=[0, 1, 2])
    data, n = idl.read_ascii(f, template=template, count=True)
    assert n == 2                                   # the incomplete last record is dropped
    assert data.A[0].tolist() == [1, 3] and data.B[0].dtype == np.float32
    assert data.C[0].tolist() == ["x", "y"]
    first = idl.read_ascii(f, template=template, record_start=1)
    assert first.A[0].tolist() == [3]


def test_write_csv_double_texts_equal_the_engine():
    from compat._core.idl_format import format_records
    from compat._core.idl_csv import double_g_texts
    rng = np.random.default_rng(11)
    a = np.concatenate([rng.standard_normal(3000) * 10.0 ** rng.integers(-300, 300, 3000),
                        [0.0, -0.0, 0.1, 1e16, 5e-324, 1.7976931348623157e308, np.nan,
                         np.inf, -np.inf]])
    engine = np.char.lstrip(np.asarray(format_records("(g)", [a]), dtype=str))
    assert double_g_texts(a).tolist() == engine.tolist()


def test_read_csv_plain_and_quoted_records_agree(tmp_path):
    rows = ["a,b,c", "1,2.5,x", "3,,y", "4,5", "6,7.5,z,extra"]
    plain = idl.read_csv(_write(tmp_path / "p.csv", rows), header=True, count=True)
    quoted = idl.read_csv(_write(tmp_path / "q.csv", rows + ['7,8,"w"']), header=True,
                          count=True)
    assert plain.count == 4 and quoted.count == 5
    for name in plain.result.dtype.names:
        np.testing.assert_array_equal(plain.result[name][0], quoted.result[name][0][:4])
