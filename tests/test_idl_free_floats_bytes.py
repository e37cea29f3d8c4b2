"""READF's whole-table reader of FLOAT/DOUBLE variables
(compat._core.idl_text_input.free_floats_in_bytes, over
compat._core.decimal_fields.blank_separated_floats) against the general field-by-field
reader, and the FLOAT midpoint suspects (compat._core.idl_number_text) against an exact
midpoint test: the same bits, positions and errors for the texts its checks must judge
-- exponents with e/E/d/D, signs, tiny/huge/overflowing values, FLOAT midpoints, tabs,
commas, blank lines, leading separators, fields that are no number."""

from fractions import Fraction

import numpy as np
import pytest

from compat import idl
from compat._core import decimal_fields
from compat._core import idl_text_input as ti
from compat._core.idl_number_text import float32_midpoint_suspects

#: doubles halfway between two adjacent FLOATs in every range (subnormal to FLT_MAX)
_EDGES = ["1e39", "-1e39", "3.4028235e38", "3.40282357e38", "1e309", "-1e400", "1e-320",
          "4.9e-324", "1e-46", "1.4e-45", "7e-46", "-0", "+0.0", "0e99", "1.17549435e-38",
          ".5", "5.", "+.5e-3", "-5.E+2", "0007", "1E5", "-.0", "+1", "16777217"]


def _midpoints(rng, n):
    f = rng.integers(0, 0x7F800000, size=n, dtype=np.uint32).view(np.float32)
    with np.errstate(over="ignore"):
        g = np.nextafter(f, np.float32(np.inf))
    m = (f.astype(np.float64) + g.astype(np.float64)) / 2
    return m[np.isfinite(m)]


def _token(rng, mids):
    k = int(rng.integers(0, 7))
    if k == 0:
        t = f"{rng.standard_normal() * 10.0 ** int(rng.integers(-45, 40)):.{int(rng.integers(0, 20))}e}"
    elif k == 1:
        t = f"{rng.standard_normal() * 10.0 ** int(rng.integers(-10, 10)):.{int(rng.integers(1, 20))}g}"
    elif k == 2:
        t = str(int(rng.integers(-2 ** 40, 2 ** 40)))
    elif k == 3:
        t = _EDGES[int(rng.integers(len(_EDGES)))]
    elif k == 4:          # a FLOAT midpoint, exactly or off in a late decimal
        t = repr(float(mids[int(rng.integers(len(mids)))]))
        if rng.random() < 0.5:
            t = f"{float(t):.{int(rng.integers(9, 25))}e}"
    else:
        t = f"{rng.standard_normal() * 100:.6f}"
    if "e" in t and rng.random() < 0.3:
        t = t.replace("e", "dDE"[int(rng.integers(3))])
    return t


def _text(rng, n, bad):
    mids = _midpoints(rng, 64)
    seps = [" ", "  ", "\t", ",", ", ", " ,", " , ", "\t,"]
    lines, line = [], []
    for _ in range(n):
        line.append(_token(rng, mids))
        if rng.random() < 0.25:
            lead = ["", " ", "\t", ", "][int(rng.integers(4))] if rng.random() < 0.2 else ""
            lines.append(lead + seps[int(rng.integers(len(seps)))].join(line))
            line = []
            if rng.random() < 0.05:
                lines.append(["", "   ", "\t"][int(rng.integers(3))])
    lines.append(" ".join(line))
    if bad:
        k = int(rng.integers(len(lines)))
        lines[k] += [" 1e", " abc", ",,", " 1.2.3", "\r", " nan", " 0x10", " --1",
                     " \x0b"][int(rng.integers(9))]
    return "\n".join(lines) + ("\n" if rng.random() < 0.7 else "")


def _general(text, arrays, monkeypatch):
    """The field-by-field reader (the vectorised paths switched off)."""
    records = text.split("\n")
    if text.endswith("\n"):
        records.pop()
    with monkeypatch.context() as patch:
        patch.setattr(ti, "_FAST_MIN_VALUES", 10 ** 12)
        return ti.read_values(records, arrays, None, records_used=True)


def test_bytes_reader_equals_the_general_reader(monkeypatch):
    rng = np.random.default_rng(154)
    read = refused = 0
    for _ in range(120):
        n = int(rng.integers(1, 400))
        text = _text(rng, n, bad=rng.random() < 0.15)
        want = int(rng.integers(1, n + 3))
        m = int(rng.integers(0, want + 1))
        types = [(np.float32, np.float64)[int(rng.integers(2))] for _ in range(3)]
        arrays = [np.zeros(m, types[0]), np.zeros(want - m, types[1])]
        if rng.random() < 0.2:
            arrays = [np.zeros((), types[2])] + arrays
        try:
            got = ti.free_floats_in_bytes(text.encode("latin-1"), arrays)
        except ti.EndOfInputError:
            with pytest.raises(ValueError):          # too few numbers: so says the general
                _general(text, arrays, monkeypatch)  # path too (or it finds no number)
            continue
        if got is None:
            refused += 1
            continue
        read += 1
        values, end = got
        expected, used = _general(text, arrays, monkeypatch)
        assert text.count("\n", 0, end) + 1 == used
        for a, b in zip(values, expected):
            a, b = np.atleast_1d(a), np.atleast_1d(b)
            assert a.dtype == b.dtype and a.shape == b.shape
            assert a.tobytes() == b.tobytes()
    assert read > 60 and refused > 5             # both outcomes were exercised


def test_blank_separated_floats_in_many_pieces(monkeypatch):
    """Pieces cut at blanks (runs of blanks longer than a piece included) read every field
    whole: float() of each."""
    rng = np.random.default_rng(1540)
    monkeypatch.setattr(decimal_fields, "PIECE_BYTES", 7)
    for _ in range(200):
        fields = [repr(float(rng.standard_normal() * 10.0 ** int(rng.integers(-30, 30))))
                  for _ in range(int(rng.integers(0, 40)))]
        row = "".join(f + " " * int(rng.integers(1, 20)) for f in fields)
        row = " " * int(rng.integers(0, 20)) + row
        got = decimal_fields.blank_separated_floats(row.encode())
        assert got.tobytes() == np.array([float(f) for f in fields], np.float64).tobytes()
    assert decimal_fields.blank_separated_floats(b"1 2 " + b"x" * 9 + b" 3") is None


def _is_midpoint(x: float) -> bool:
    """x exactly halfway between two adjacent FLOATs (Fractions, no float arithmetic)."""
    if not np.isfinite(x):
        return False
    with np.errstate(over="ignore"):
        f = np.float32(x)
        lo = f if float(f) <= x else np.nextafter(f, np.float32(-np.inf))
        hi = np.nextafter(lo, np.float32(np.inf))
    hi = Fraction(2 ** 128) if np.isinf(hi) else Fraction(float(hi))
    lo = Fraction(-2 ** 128) if np.isinf(lo) else Fraction(float(lo))
    return Fraction(x) != lo and Fraction(x) * 2 == lo + hi


def test_midpoint_suspects_hold_every_midpoint():
    rng = np.random.default_rng(15400)
    mids = _midpoints(rng, 3000)
    edges = np.array([2.0 ** -126 - 2.0 ** -150, 2.0 ** -150, 2.0 ** -149 * 1.5,
                      2.0 ** 128 - 2.0 ** 103, 2.0 ** 127 + 2.0 ** 103, 1.0 + 2.0 ** -24])
    x = np.concatenate([mids, -mids, edges, -edges, rng.standard_normal(3000),
                        rng.integers(0, 2 ** 63, 3000, dtype=np.uint64).view(np.float64)])
    with np.errstate(over="ignore", invalid="ignore"):
        f = x.astype(np.float32)
    suspects = set(float32_midpoint_suspects(x, f).tolist())
    truth = {i for i, v in enumerate(x.tolist()) if _is_midpoint(v)}
    assert len(truth) >= 5000 and truth <= suspects
    # in FLOAT's normal range the bit test is exact: the suspects are the midpoints
    with np.errstate(invalid="ignore"):
        normal = set(np.flatnonzero((np.abs(f) > 2.0 ** -126) & (np.abs(f) < 2.0 ** 127)).tolist())
    assert suspects & normal == truth & normal and len(truth & normal) >= 5000


def test_readf_of_a_float_table_is_read_from_the_bytes(tmp_path, monkeypatch):
    """The whole-table READF takes the bytes reader for a FLOAT table and leaves the unit
    after the record of its last number; a table with a field numpy.fromstring could not
    read to its end ('1e', numpy 2.4 raised a bare ValueError) is read by the general
    path by IDL's prefix rule."""
    rng = np.random.default_rng(15401)
    table = rng.standard_normal((3000, 2))
    lines = [f"{a:.6f}\t{b:.6e}".replace("e", "d") for a, b in table]
    path = tmp_path / "t.txt"
    path.write_text("\n".join(lines) + "\n" + "tail line\n")
    calls = []
    original = ti.free_floats_in_bytes
    monkeypatch.setattr("compat.idl.formatted_io.free_floats_in_bytes",
                        lambda data, arrays: calls.append(1) or original(data, arrays))
    lun = idl.openr(str(path), get_lun=True)
    try:
        got = idl.readf(lun, np.zeros((3000, 2), np.float32))
        rest = idl.readf(lun, "")
    finally:
        idl.free_lun(lun)
    assert calls == [1] and rest == "tail line"
    assert got.tobytes() == idl.reads(lines, np.zeros((3000, 2), np.float32)).tobytes()
    path.write_text("\n".join(lines[:2999]) + "\n1e 1.2.3\n")
    lun = idl.openr(str(path), get_lun=True)
    try:
        got = idl.readf(lun, np.zeros((3000, 2), np.float64))
    finally:
        idl.free_lun(lun)
    assert got[-1].tolist() == [1.0, 1.2]
