"""IDL PRINT, PRINTF, READ and READF (compat.idl.formatted_io).

Goldens: reference_outputs/idl/formatted_io. Here: what PRINT writes to standard output
(values GDL 1.0.1 printed, copied as text), READF's records and positions, errors, and
two differential tests against live GDL on random data (PRINTF's files and READF's
values, one GDL run each).
"""

import os

import numpy as np
import pytest

import compat
from compat import idl
from gdl_text_oracle import run_text_cases

gdl = pytest.mark.gdl


def _write(path, text: str) -> str:
    with open(path, "wb") as stream:
        stream.write(text.encode("latin-1"))
    return str(path)


# ------------------------------------------------------------------------------ PRINT
def test_print_free_format_as_gdl_prints_it(capsys):
    # `print, findgen(8), 1.5, 2, 'abc', [1,2,3]` in GDL 1.0.1 (copied from its output)
    idl.print(np.arange(8, dtype=np.float32))
    idl.print(np.float32(1.5), 2, "abc", [1, 2, 3])
    assert capsys.readouterr().out == (
        "      0.00000      1.00000      2.00000      3.00000      4.00000      5.00000\n"
        "      6.00000      7.00000\n"
        "      1.50000       2abc       1       2       3\n")


def test_print_without_values_prints_an_empty_line_and_format_records(capsys):
    idl.print()
    idl.print(np.arange(3, dtype=np.int16), format='("n=", I2)')
    assert capsys.readouterr().out == "\nn= 0\nn= 1\nn= 2\n"


def test_print_big_endian_and_bytes_text_as_native(capsys):
    idl.print(np.arange(3, dtype=">f4"), b"ab")
    idl.print(np.arange(3, dtype="<f4"), "ab")
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == lines[2:] == ["      0.00000      1.00000      2.00000", "ab"]


# ----------------------------------------------------------------------------- PRINTF
def test_printf_to_a_unit_opened_for_reading_is_an_error(tmp_path):
    lun = idl.openr(_write(tmp_path / "r.txt", "1\n"), get_lun=True)
    try:
        with pytest.raises(ValueError, match=r"^PRINTF: File unit does not allow writing"):
            idl.printf(lun, 1)
    finally:
        idl.free_lun(lun)


def test_printf_to_a_unit_not_open_is_idls_error():
    with pytest.raises(ValueError, match=r"^PRINTF: File unit is not open: 77\.$"):
        idl.printf(77, 1)


def test_printf_minus_one_is_standard_output(capsys):
    idl.printf(-1, np.int32(7))
    idl.printf(-2, "to stderr")
    captured = capsys.readouterr()
    assert captured.out == "           7\n" and captured.err == "to stderr\n"


def test_printf_never_writes_into_the_callers_array(tmp_path):
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    a.flags.writeable = False
    lun = idl.openw(str(tmp_path / "o.txt"), get_lun=True)
    idl.printf(lun, a, format="(3F5.1)")
    idl.free_lun(lun)
    assert (tmp_path / "o.txt").read_text() == "  0.0  1.0  2.0\n  3.0  4.0  5.0\n"


# ------------------------------------------------------------------------------ READF
def test_readf_loop_until_eof_reads_every_line(tmp_path):
    path = _write(tmp_path / "l.txt", "a\n\nc d\nlast")
    lun = idl.openr(path, get_lun=True)
    lines = []
    while not idl.eof(lun):
        lines.append(idl.readf(lun, ""))
    idl.free_lun(lun)
    assert lines == ["a", "", "c d", "last"]


def test_readf_leaves_the_unit_after_the_lines_it_used(tmp_path):
    path = _write(tmp_path / "p.txt", "1 2 3\n4 5\n6\n")
    lun = idl.openr(path, get_lun=True)
    a = idl.readf(lun, np.zeros(2, np.float32))
    assert idl.point_lun(-lun) == 6             # after '1 2 3\n': the 3 is skipped
    b = idl.readf(lun, np.zeros(3, np.int32))   # '4 5' then '6'
    assert idl.point_lun(-lun) == 12 and idl.eof(lun) == 1
    idl.free_lun(lun)
    assert a.tolist() == [1, 2] and a.dtype == np.float32
    assert b.tolist() == [4, 5, 6] and b.dtype == np.int32


def test_readf_big_table_fetches_lines_as_needed(tmp_path):
    rng = np.random.default_rng(5)
    table = rng.normal(size=(2000, 4))
    lines = "\n".join(" ".join(repr(float(v)) for v in row) for row in table)
    path = _write(tmp_path / "t.txt", "header\n" + lines + "\ntrailer\n")
    lun = idl.openr(path, get_lun=True)
    header = idl.readf(lun, "")
    got = idl.readf(lun, np.zeros((2000, 4)))
    trailer = idl.readf(lun, "")
    idl.free_lun(lun)
    assert header == "header" and trailer == "trailer"
    np.testing.assert_array_equal(got, table)   # repr round-trips: exact


def test_readf_past_the_end_raises_idls_end_of_file(tmp_path):
    path = _write(tmp_path / "e.txt", "1 2\n")
    lun = idl.openr(path, get_lun=True)
    try:
        with pytest.raises(compat.EndOfInputError,
                           match=rf"^READF: End of file encountered\. Unit: {lun}, File: "):
            idl.readf(lun, np.zeros(3, np.float32))
    finally:
        idl.free_lun(lun)


def test_readf_of_an_empty_file_and_of_what_openw_wrote(tmp_path):
    path = _write(tmp_path / "z.txt", "")
    lun = idl.openr(path, get_lun=True)
    with pytest.raises(compat.EndOfInputError):
        idl.readf(lun, "")
    idl.free_lun(lun)
    # OPENW opens "for input and output" (IDL Reference, OPEN): write, rewind, read back
    lun = idl.openw(str(tmp_path / "w.txt"), get_lun=True)
    idl.printf(lun, "12 34")
    idl.point_lun(lun, 0)
    assert idl.readf(lun, np.zeros(2, np.int16)).tolist() == [12, 34]
    idl.free_lun(lun)


def test_readf_without_variables_and_bad_format_type(tmp_path):
    lun = idl.openr(_write(tmp_path / "v.txt", "1\n"), get_lun=True)
    try:
        with pytest.raises(ValueError, match="^READF: Incorrect number of arguments"):
            idl.readf(lun)
        with pytest.raises(TypeError, match="^READF: FORMAT must be a string"):
            idl.readf(lun, 0, format=5)
    finally:
        idl.free_lun(lun)


def test_read_reads_standard_input_with_a_prompt(monkeypatch, capsys):
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO("3 4.5\nrest\n"))
    n, x = idl.read(np.int16(0), np.float32(0), prompt="n, x? ")
    line = idl.read("")
    assert (int(n), float(x), line) == (3, 4.5, "rest")
    assert capsys.readouterr().out == "n, x? "


def test_printf_then_readf_round_trip_with_a_format(tmp_path):
    values = np.array([[1.25, -2.5, 1e5], [0.0, 3.75, -1e-3]])
    path = str(tmp_path / "rt.txt")
    lun = idl.openw(path, get_lun=True)
    idl.printf(lun, values, format="(3F12.4)")
    idl.free_lun(lun)
    lun = idl.openr(path, get_lun=True)
    back = idl.readf(lun, np.zeros((2, 3)), format="(3F12.4)")
    idl.free_lun(lun)
    np.testing.assert_array_equal(back, values)


# ---------------------------------------------------------------- differential (GDL)
_PRINT_CASES = [
    ("free", "", ""),
    ("f83", ", format='(F8.3)'", "(F8.3)"),
    ("e", ", format='(4E14.5)'", "(4E14.5)"),
    ("g", ", format='(G12.4)'", "(G12.4)"),
    ("i", ", format='(5I9)'", "(5I9)"),
]


def _random_arrays(rng):
    shapes = [(7,), (3, 5), (2, 2, 3), (23,)]
    out = []
    for k in range(24):
        shape = shapes[k % len(shapes)]
        kind = k % 6
        if kind == 0:
            a = (rng.normal(size=shape) * 10.0 ** rng.integers(-6, 7, size=shape)
                 ).astype(np.float32)
        elif kind == 1:
            a = rng.normal(size=shape) * 10.0 ** rng.integers(-12, 12, size=shape)
        elif kind == 2:
            a = rng.integers(-2**31, 2**31, size=shape).astype(np.int32)
        elif kind == 3:
            a = rng.integers(-2**15, 2**15, size=shape).astype(np.int16)
        elif kind == 4:
            a = rng.integers(0, 256, size=shape).astype(np.uint8)
        else:
            a = np.round(rng.normal(size=shape) * 1000, 3)
        out.append(a)
    return out


@gdl
def test_printf_files_equal_gdls_on_random_data(tmp_path):
    rng = np.random.default_rng(20261204)
    arrays = _random_arrays(rng)
    cases, expected_names = [], []
    for k, a in enumerate(arrays):
        for tag, idl_kw, _ in _PRINT_CASES:
            if tag == "i" and a.dtype.kind == "f":
                continue
            name = f"{k}_{tag}"
            cases.append((name, f"openw, l, 'o{name}.txt', /get_lun & printf, l, x{idl_kw} & "
                          f"free_lun, l & s = strarr(file_lines('o{name}.txt')) & "
                          f"openr, l, 'o{name}.txt', /get_lun & readf, l, s & free_lun, l",
                          {"x": a}))
            expected_names.append((name, a, tag))
    got = run_text_cases(cases)
    formats = {tag: fmt for tag, _, fmt in _PRINT_CASES}
    mismatches = []
    for name, a, tag in expected_names:
        path = str(tmp_path / f"{name}.txt")
        lun = idl.openw(path, get_lun=True)
        idl.printf(lun, a, format=formats[tag] or None)
        idl.free_lun(lun)
        mine = open(path, encoding="latin-1").read().split("\n")[:-1]
        theirs = got[name]
        if isinstance(theirs, Exception) or mine != theirs:
            mismatches.append((name, a.dtype, mine[:2], theirs if isinstance(
                theirs, Exception) else theirs[:2]))
    # GDL's free format of FLOAT/DOUBLE differs from IDL's only where rounding carries
    # into a new digit (recorded in reference_outputs/idl/string): none of these values
    # is such a case, which the equality below confirms
    assert not mismatches, f"{len(mismatches)} of {len(expected_names)}: {mismatches[:3]}"


@gdl
def test_readf_values_equal_gdls_on_random_text(tmp_path):
    rng = np.random.default_rng(4242)
    cases, expected = [], []
    templates = {"float": ("fltarr", np.float32), "double": ("dblarr", np.float64),
                 "long": ("lonarr", np.int32), "int": ("intarr", np.int16)}
    for k in range(40):
        kind = list(templates)[k % 4]
        maker, dtype = templates[kind]
        n = int(rng.integers(1, 40))
        if dtype in (np.float32, np.float64):
            values = rng.normal(size=n) * 10.0 ** rng.integers(-8, 9, size=n)
            tokens = [f"{v:.{int(rng.integers(1, 12))}g}".replace("e", "de"[k % 2])
                      for v in values]
        else:
            tokens = [str(int(v)) for v in rng.integers(-100000, 100000, size=n)]
        # random line breaks and separators (blanks, tabs, one comma)
        lines, line = [], []
        for t in tokens:
            line.append(t)
            if rng.random() < 0.3:
                lines.append(rng.choice([" ", "  ", "\t", ", "]).join(line))
                line = []
        lines.append(" ".join(line) + "   ")
        text = np.array(lines + ["999 trailing"], dtype=str)
        name = f"r{k}"
        cases.append((name, f"openw, l, 'i{k}.txt', /get_lun & printf, l, txt, format='(A)' & "
                      f"free_lun, l & openr, l, 'i{k}.txt', /get_lun & "
                      f"a = {maker}({n}) & readf, l, a & b = 0L & readf, l, b & free_lun, l & "
                      f"s = [double(a), double(b)]", {"txt": text}))
        expected.append((name, text, n, dtype))
    got = run_text_cases(cases)
    bad = []
    for name, text, n, dtype in expected:
        path = _write(tmp_path / f"{name}.txt", "".join(t + "\n" for t in text))
        lun = idl.openr(path, get_lun=True)
        a = idl.readf(lun, np.zeros(n, dtype))
        b = idl.readf(lun, np.int32(0))
        idl.free_lun(lun)
        mine = np.append(a.astype(np.float64), float(b))
        if isinstance(got[name], Exception) or not np.array_equal(mine, got[name]):
            bad.append((name, mine[:4], got[name]))
    assert not bad, f"{len(bad)} of {len(expected)}: {bad[:3]}"


# ------------------------------------------------ the vectorised free-format reader
def _random_free_text(rng, dtype, n):
    if np.dtype(dtype).kind == "f":
        v = rng.normal(size=n) * 10.0 ** rng.integers(-40, 40, size=n)
        tokens = [f"{x:.{int(rng.integers(1, 20))}{'eg'[int(rng.integers(2))]}}" for x in v]
        tokens = [t.replace("e", "d") if rng.random() < 0.3 else t for t in tokens]
        # decimal texts exactly halfway between two floats: strtof's rounding, not the
        # double's rounded again
        f = rng.normal(size=4).astype(np.float32)
        g = np.nextafter(f, np.float32(np.inf))
        tokens[:4] = [repr((float(a) + float(b)) / 2) for a, b in zip(f, g)]
    else:
        digits = rng.integers(1, 20, size=n)
        tokens = [str(int(rng.integers(-10 ** int(d), 10 ** int(d), dtype=np.int64)
                          if d < 19 else 10 ** 18)) for d in digits]
    lines, line = [], []
    for t in tokens:
        line.append(t)
        if rng.random() < 0.2:
            lines.append(str(rng.choice([" ", "\t", ", ", "  ", " ,"])).join(line))
            line = []
    return lines + [" ".join(line) + " ", "7 8 9"]


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int16, np.int32, np.uint8,
                                   np.int64, np.uint64])
def test_vectorised_free_reader_equals_the_general_one(dtype, monkeypatch):
    from compat._core import idl_text_input as idl_format
    rng = np.random.default_rng(np.dtype(dtype).num)
    for _ in range(40):
        n = int(rng.integers(40, 300))
        lines = _random_free_text(rng, dtype, n)
        m = int(rng.integers(1, n))
        targets = [np.zeros(m, dtype), np.zeros(n - m, dtype)]
        fast = idl_format.read_values(lines, targets, None, records_used=True)
        with monkeypatch.context() as patch:
            patch.setattr(idl_format, "_FAST_MIN_VALUES", 10 ** 12)   # general path only
            general = idl_format.read_values(lines, targets, None, records_used=True)
        assert fast[1] == general[1]
        for a, b in zip(fast[0], general[0]):
            assert a.dtype == b.dtype
            np.testing.assert_array_equal(a, b)


def test_vectorised_free_reader_is_the_path_taken(monkeypatch):
    """The differential test above compares two paths only if the fast one runs."""
    from compat._core import idl_text_input as idl_format
    calls = []
    original = idl_format._fields_as
    monkeypatch.setattr(idl_format, "_fields_as",
                        lambda fields, dtype: calls.append(len(fields)) or
                        original(fields, dtype))
    floats = []
    parse_floats = idl_format._free_floats
    monkeypatch.setattr(idl_format, "_free_floats",
                        lambda text, starts, arrays: floats.append(len(starts)) or
                        parse_floats(text, starts, arrays))
    idl.reads(["1 2 3"] * 20, np.zeros(60, np.float32))    # FLOAT: parsed in C
    assert floats == [60] and calls == []
    idl.reads(["1 2 3"] * 20, np.zeros(60, np.int16))      # INT: field by field
    assert calls == [60]


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int16, np.int32, np.uint8,
                                   np.int64, np.uint16])
def test_vectorised_free_layout_equals_the_general_one(dtype, monkeypatch):
    from compat._core import idl_print_layout as idl_format
    rng = np.random.default_rng(7 + np.dtype(dtype).num)
    calls = []
    fast = idl_format._fast_free_records
    monkeypatch.setattr(idl_format, "_fast_free_records",
                        lambda a, w: calls.append(1) or fast(a, w))
    for _ in range(40):
        shape = tuple(int(n) for n in rng.integers(1, 25, size=int(rng.integers(1, 4))))
        shape = shape[:-1] + (shape[-1] + 64,)
        if np.dtype(dtype).kind == "f":
            a = (rng.normal(size=shape) * 10.0 ** rng.integers(-12, 12, size=shape)
                 ).astype(dtype)
        else:
            info = np.iinfo(dtype)
            a = rng.integers(info.min, info.max, size=shape, dtype=dtype)
        width = int(rng.choice([80, 40, 7, 200]))
        got = idl_format.free_records([a], width)
        with monkeypatch.context() as patch:
            patch.setattr(idl_format, "_fast_free_records", lambda a, w: None)
            want = idl_format.free_records([a], width)
        assert got == want
    assert len(calls) == 40


def test_readf_of_a_whole_table_reads_it_in_one_piece_and_stops_where_idl_does(tmp_path):
    """READF of many numbers parses the rest of the file at once (_whole_table): the same
    values and unit position as the line-by-line path, which a small statement takes."""
    from compat.idl import formatted_io
    rng = np.random.default_rng(11)
    table = rng.normal(size=(5000, 3)) * 10.0 ** rng.integers(-5, 5, size=(5000, 3))
    path = tmp_path / "t.txt"
    lines = [" ".join(f"{v:.7g}".replace("e", "d" if k % 7 == 0 else "e") for v in row)
             for k, row in enumerate(table)]
    path.write_text("\n".join(lines[:4000]) + "\n" + ",".join(lines[4000].split()) + "\n"
                    + "\n".join(lines[4001:]) + "\ntrailing words\n")
    calls = []
    whole = formatted_io._whole_table
    for dtype in (np.float32, np.float64):
        lun = idl.openr(str(path), get_lun=True)
        formatted_io._whole_table = lambda *a: calls.append(whole(*a)) or calls[-1]
        try:
            got = idl.readf(lun, np.zeros((5000, 3), dtype))
            rest = idl.readf(lun, "")
        finally:
            formatted_io._whole_table = whole
            idl.free_lun(lun)
        expected = idl.reads(lines, np.zeros((5000, 3), dtype))   # the record path
        np.testing.assert_array_equal(got, expected)
        assert got.dtype == dtype and rest == "trailing words"
    assert [c is not None for c in calls] == [True, False, True, False]  # tables only
    # more numbers wanted than the table has: the general path's errors, in IDL's words
    lun = idl.openr(str(path), get_lun=True)
    with pytest.raises(ValueError, match="Input conversion error: 'trailing'"):
        idl.readf(lun, np.zeros((6000, 3), np.float32))
    idl.free_lun(lun)
    short = tmp_path / "short.txt"
    short.write_text("\n".join(lines[:2000]) + "\n")
    lun = idl.openr(str(short), get_lun=True)
    with pytest.raises(ValueError, match="End of file encountered"):
        idl.readf(lun, np.zeros((3000, 3), np.float32))
    idl.free_lun(lun)
