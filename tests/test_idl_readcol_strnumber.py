"""READCOL's number test (strnumber.pro: DOUBLE() of the field under ON_IOERROR) on every
path: the one-pass byte path, the one-pass line path (SKIPLINE) and the line-by-line
reader (COMMENT, DELIMITER, ...) read signed Infinity, NaN, -NaN, overflowing and
prefix-only fields alike; the line reader's test against strnumber.pro run in GDL.

Expected values below were printed by GDL 1.0.1 running the vendored strnumber.pro
(reference_outputs/idl/astrolib/pro/), not computed by compat."""

import struct
import warnings

import numpy as np
import pytest

from compat import idl
from compat.idl import ascii as ascii_module
from oracles import GDL, run_gdl_program

# field -> (valid, bits of STRNUMBER's DOUBLE value), from GDL 1.0.1 + strnumber.pro
GDL_STRNUMBER = {
    "Infinity": (1, 0x7FF0000000000000), "-Infinity": (1, 0xFFF0000000000000),
    "+Infinity": (1, 0x7FF0000000000000), "-inf": (1, 0xFFF0000000000000),
    "+inf": (1, 0x7FF0000000000000), "INF": (1, 0x7FF0000000000000),
    "NaN": (1, 0x7FF8000000000000), "-NaN": (1, 0xFFF8000000000000),
    "+NaN": (1, 0x7FF8000000000000), "nan(abc)": (1, 0x7FF8000000000000),
    "infinit": (1, 0x7FF0000000000000), "-infx": (1, 0xFFF0000000000000),
    "1e": (1, 0x3FF0000000000000), "1e+": (1, 0x3FF0000000000000),
    "1d5": (1, 0x40F86A0000000000), ".5": (1, 0x3FE0000000000000),
    "5.": (1, 0x4014000000000000), " 1 ": (1, 0x3FF0000000000000),
    "12abc": (1, 0x4028000000000000), "0x10": (1, 0x4030000000000000),
    "1.5.3": (1, 0x3FF8000000000000), "1e39": (1, 0x48078287F49C4A1D),
    "1e500": (1, 0x7FF0000000000000), "": (1, 0), "   ": (1, 0),
    "abc": (0, 0), "-": (0, 0), ".": (0, 0), "e5": (0, 0), ".e5": (0, 0),
    "++1": (0, 0), "+-1": (0, 0), "i": (0, 0), "in": (0, 0), "na": (0, 0),
}


def _bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


@pytest.mark.parametrize("field", sorted(GDL_STRNUMBER))
def test_number_test_is_strnumber(field):
    valid, value = ascii_module._number(field, False, False)
    want_valid, want_bits = GDL_STRNUMBER[field]
    assert bool(valid) == bool(want_valid)
    if valid:
        assert _bits(float(value)) == want_bits


@pytest.mark.gdl
def test_number_test_against_strnumber_in_gdl(tmp_path, reference_outputs):
    fields = sorted(f for f in GDL_STRNUMBER if "'" not in f) + [
        "-1e-400", "0x1p3", "1q5", "0b101", "5Infinity", "Infinity5", "1_0", "$1", "--1",
        "-.5e-3", "+0", "-0", "0x", "1.e5", "NAN", "inFINity", "2.5e-310"]
    pro = reference_outputs / "idl" / "astrolib" / "pro"
    listing = ", ".join("'" + f + "'" for f in fields)
    (tmp_path / "run.pro").write_text(
        f"!path = '{pro}:' + !path\n"
        f"s = [{listing}]\n"
        "for i = 0, n_elements(s) - 1 do begin & v = 0d & t = strnumber(s[i], v) & "
        "print, 'R', t, long64(v, 0), format='(A,I1,1x,Z16.16)' & endfor\n"
        "exit\n")
    out = run_gdl_program("run.pro", tmp_path)
    rows = [line[1:].split() for line in out.stdout.splitlines() if line.startswith("R")]
    assert len(rows) == len(fields), out.stdout + out.stderr
    for field, (flag, bits) in zip(fields, rows):
        valid, value = ascii_module._number(field, False, False)
        assert int(bool(valid)) == int(flag), field
        if valid:
            assert _bits(float(value)) == int(bits, 16), field


# words the three paths must read alike: the one-pass paths take the clean ones, any
# other sends the file to the line reader (then all three read it there)
WORDS = ["-Infinity", "+Infinity", "Infinity", "-inf", "+inf", "INF", "NaN", "-NaN",
         "+nan", "1e39", "-1e39", "3.4028236e38", "1e400", "-1e-400", "1d5", "-2D-2",
         ".5", "5.", "-0", "+7", "1e", "12abc", "0x10", "infinit", "1e+", "1.5.3"]


def _read(path, fmt, capsys, **keywords):
    with warnings.catch_warnings():
        warnings.simplefilter("error")    # no overflow warning on any path (GDL prints none)
        out = idl.readcol(str(path), fmt, count=True, nlines=True, **keywords)
    printed = capsys.readouterr().out
    arrays = out.result if isinstance(out.result, tuple) else (out.result,)
    return [(a.dtype.str, a.tobytes()) for a in arrays], int(out.count), printed


def test_paths_agree_on_random_tables(tmp_path, capsys):
    rng = np.random.default_rng(151)
    path, headed = tmp_path / "t.dat", tmp_path / "h.dat"
    one_pass_taken = 0
    for _ in range(150):
        clean = rng.random() < 0.5       # only words numpy's one-pass reader takes
        words = WORDS[:20] if clean else WORDS
        rows = []
        for _ in range(int(rng.integers(1, 12))):
            fields = [words[int(rng.integers(len(words)))] if rng.random() < 0.6 else
                      repr(float(rng.standard_normal() * 10.0 ** int(rng.integers(-45, 45))))
                      for _ in range(2)]
            rows.append([" ", "  ", ","][int(rng.integers(3))].join(fields) + "\n")
        text = "".join(rows)
        path.write_text(text, encoding="latin-1")
        headed.write_text("header line\n" + text, encoding="latin-1")
        fmt = ["F,D", "D,F", "F,F"][int(rng.integers(3))]
        codes = fmt.split(",")
        taken = ascii_module._float_bytes(text.encode("latin-1"), codes) is not None
        one_pass_taken += taken
        assert taken or not clean, text
        fast = _read(path, fmt, capsys)
        lines = _read(path, fmt, capsys, comment="@")
        skip = _read(headed, fmt, capsys, skipline=1)
        assert fast == lines, text
        assert fast[:2] == skip[:2], text
        assert fast[1] == len(rows)      # no line is skipped: every word is a number
    assert one_pass_taken >= 40   # P(fewer) is negligible: ~75 clean draws expected


def test_signed_infinity_and_overflow_on_every_path(tmp_path, capsys):
    """The golden readcol_signed_infinity_* cases' table, by hand (GDL's values)."""
    path = tmp_path / "t.dat"
    path.write_text("1 -Infinity\n-inf +inf\n-NaN NaN\n1e39 -1e39\n")
    for keywords in ({}, {"comment": "#"}, {"delimiter": " "}):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            a, b = idl.readcol(str(path), "F,D", silent=True, **keywords)
        assert a.dtype == np.float32 and b.dtype == np.float64
        assert a[[0, 1, 3]].tolist() == [1.0, -np.inf, np.inf]
        assert b[[0, 1, 3]].tolist() == [-np.inf, np.inf, -1e39]
        assert np.isnan(a[2]) and np.signbit(a[2]) and np.isnan(b[2]) and not np.signbit(b[2])


def test_float_columns_round_the_text_once(tmp_path, capsys):
    """F columns: the decimal text rounded once to FLOAT (GDL: '1.00000005960464478' read
    with F is 1.0000001, not the 1.0 of rounding to DOUBLE first), on every path. Texts
    just above/below FLOAT midpoints (whose DOUBLE is the midpoint itself); the expected
    FLOAT is chosen by exact decimal comparison with the midpoint, not by compat."""
    from decimal import Decimal, getcontext
    getcontext().prec = 60
    rng = np.random.default_rng(4151)
    path, headed = tmp_path / "m.dat", tmp_path / "mh.dat"
    lo = rng.uniform(-1e6, 1e6, 200).astype(np.float32) * \
        np.float32(10.0) ** rng.integers(-30, 30, 200).astype(np.float32)
    lo = lo[np.isfinite(lo) & (lo != 0)]
    hi = np.nextafter(lo, np.float32(np.inf))
    texts, want = [], []
    for a, b in zip(lo.tolist(), hi.astype(np.float64).tolist()):
        mid = (Decimal(a) + Decimal(b)) / 2
        above = rng.random() < 0.5
        nudge = abs(mid) * Decimal("1e-19")
        text = format(mid + nudge if above else mid - nudge, ".25e")
        assert float(text) == float(mid)           # the DOUBLE of the text is the midpoint
        want.append(np.float32(b) if above else np.float32(a))
        texts.append(text)
    body = "".join(f"{t} 1\n" for t in texts)
    path.write_text(body)
    headed.write_text("h\n" + body)
    expected = np.array(want, dtype=np.float32).tobytes()
    for file, keywords in ((path, {}), (path, {"comment": "#"}), (headed, {"skipline": 1}),
                           (path, {"delimiter": " "})):
        got = idl.readcol(str(file), "F,F", silent=True, **keywords)[0]
        assert got.tobytes() == expected, keywords
