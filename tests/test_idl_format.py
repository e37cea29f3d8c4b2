"""IDL's formatting engine (compat/_core/idl_format.py): unit tests, the vectorised paths
against the general path, and a differential test against live GDL.

The differential test generates a few thousand random FORMAT strings (FORTRAN codes with
random widths, digits, flags, repeat counts, groups, literals, X, '/', ':'; C printf-style
formats) and random data of every IDL type across magnitudes (NaN, +-Inf, -0, halves,
powers of ten, the integer extremes), runs all of them in ONE ``gdl`` (pinned to one
thread) and compares every record. The generator leaves out only the constructs whose
GDL 1.0.1 output is a recorded divergence from IDL's documentation
(reference_outputs/idl/format_codes and string): ``Iw.m`` with ``w`` 0, I/O/Z without a
width on DOUBLE data, TL/TR and T past the end, A of complex data (GDL crashes), text
after a ``:`` and FLOAT/DOUBLE free-format text at a rounding boundary (detected
exactly, below); GDL's dropping of empty records is compared as GDL does it.
"""

from __future__ import annotations

import math
import re
import warnings

import numpy as np
import pytest

from compat._core import idl_format as F
from compat._core import idl_text_input as I
from compat._core.errors import CompatValueError, CompatWarning
from gdl_text_oracle import GDL, run_text_cases

TYPES = [np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64,
         np.float32, np.float64, np.complex64, np.complex128]


def records(fmt, *args):
    return F.format_records(fmt, [np.asarray(a) for a in args])


# ----------------------------------------------------------------------------- parsing
def test_parse_tree_and_reversion_point():
    parsed = F.parse_format("('h', 2('<', I2, '>'), (' [', I2, ']'))")
    assert parsed.data_codes == 2
    items, index = parsed.reversion
    assert isinstance(items[index], F.Group) and items[index].items[1] == F.Code("I", 2)
    assert F.parse_format("(F8.3)").single == F.Code("F", 8, 3)
    assert F.parse_format("(3e12.4E3)").single == F.Code("e", 12, 4, repeat=3)
    assert F.parse_format("(I-+08.3)").single == F.Code("I", 8, 3, True, True, True)


@pytest.mark.parametrize("fmt, message", [
    ("(I5", "missing ')'"),
    ("(I5,K3)", "unexpected 'K'"),
    ("('abc)", "unterminated quoted string"),
    ("(0I3)", "repeat count must be at least 1"),
    ("(F8.)", "'.' after F needs digits"),
    ("(T)", "needs a column count"),
    ("(A+3)", "'+' flag is only valid for numeric"),
    ("(I5) x", "text after the closing ')'"),
    ("I5", "must be enclosed in parentheses"),
    ("(%\"%q\")", "unknown printf-style code"),
    ("", "empty string"),
])
def test_format_syntax_errors(fmt, message):
    with pytest.raises(CompatValueError, match=re.escape(message)):
        F.parse_format(fmt)


def test_syntax_error_names_the_position():
    with pytest.raises(CompatValueError, match=r"at character 5 of '\(I5,K3\)'"):
        F.parse_format("(I5,K3)")


def test_infinite_format_loop():
    with pytest.raises(CompatValueError, match="Infinite format loop detected."):
        records("('no data')", 1)
    with pytest.raises(CompatValueError, match="Infinite format loop detected."):
        records("(I2,('x'))", np.arange(3))


# ------------------------------------------------------------------------ number text
@pytest.mark.parametrize("fmt, value, expected", [
    ("(I12)", np.int16(300), " " * 9 + "300"),              # IDL documentation
    ("(I08)", np.int16(300), "00000300"),                    # IDL documentation
    ("(I6.4)", np.int16(-25), " -0025"),
    ("(I+5)", np.int16(25), "  +25"),
    ("(I-5)", np.int16(25), "25   "),
    ("(I2)", np.int16(456), "**"),
    ("(I0)", np.int32(-123456), "-123456"),
    ("(I0.4)", np.int16(7), "7"),                            # m ignored when w is 0
    ("(I)", np.float64(25.7), " " * 21 + "25"),              # DOUBLE default width 23
    ("(I)", np.float32(-25.7), " " * 9 + "-25"),             # truncation
    ("(B)", np.uint8(5), "     101"),
    ("(B6.3)", np.int16(0), "   000"),
    ("(B06)", np.int16(0), "000000"),
    ("(Z)", np.int16(-1), "   FFFF"),
    ("(z)", np.int32(255), "          ff"),
    ("(O)", np.int64(-1), " " * 0 + "1777777777777777777777"),
    ("(Z)", np.float32(-1.0), "************"),              # -1 as 64 bits is too wide
    ("(I+6)", np.uint32(5), "     5"),                      # unsigned: no '+'
    ("(F8.3)", np.float32(2.5), "   2.500"),
    ("(F5.0)", np.float32(2.5), "   2."),                    # point kept, half to even
    ("(F0)", np.float32(1234.5678), "1234.567749"),
    ("(F6)", np.float32(1.0), "******"),                     # d defaults to 7
    ("(F08.3)", np.float32(-2.5), "-002.500"),
    ("(F8.2)", np.float32(np.nan), "     NaN"),
    ("(F10.2)", np.float64(-np.inf), " -Infinity"),
    ("(F+8.2)", np.float32(np.inf), "    +Inf"),
    ("(E12.4)", np.float32(1234.5678), "  1.2346E+03"),
    ("(e12.4)", np.float32(1234.5678), "  1.2346e+03"),
    ("(E10.0)", np.float32(2.5), "     2E+00"),
    ("(E0)", np.float64(1e-300), "1.000000E-300"),
    ("(G12.4)", np.float32(0.0001), "   1.000E-04"),
    ("(G12.4)", np.float32(1234.5678), "       1235."),
    ("(G0)", np.float64(100000.0), "100000"),
    ("(G10)", np.float32(2.5), "  2.500000"),
    ("(A5)", "abcdefgh", "abcde"),
    ("(A-5)", "ab", "ab   "),
    ("(A)", np.float32(2.5), "      2.50000"),
])
def test_codes(fmt, value, expected):
    assert records(fmt, value) == [expected]


def test_free_formats():
    f = np.array([2.5, 100000.0, 1e6, 1e-5, 1e-4, -0.0, np.nan, np.inf, -np.inf],
                 dtype=np.float32)
    assert F.free_text(f).tolist() == [
        "      2.50000", "      100000.", "  1.00000e+06", "  1.00000e-05",
        "  0.000100000", "     -0.00000", "          NaN", "          Inf",
        "         -Inf"]
    assert F.free_text(np.array([2.5, -np.inf])).tolist() == ["       2.5000000",
                                                             "       -Infinity"]
    assert F.free_text(np.array([1, -1], np.int16)).tolist() == ["       1", "      -1"]
    assert F.free_text(np.array([2 ** 63 - 1], np.int64)).tolist() == [
        "   9223372036854775807"]
    assert F.free_text(np.complex64(1 + 2j))[()] == "(      1.00000,      2.00000)"
    # C's %#13.6g rounds before choosing the layout (GDL 1.0.1 does not: a divergence)
    assert F.free_text(np.float32(9.999997))[()] == "      10.0000"


def test_reversion_and_records():
    n = np.arange(7, dtype=np.int16)
    assert records("(2(I2,'a'),'b')", n) == [" 0a 1ab", " 2a 3ab", " 4a 5ab", " 6aab"]
    assert records("('h',2('<',I1,'>'),(' [',I1,']'))", n) == [
        "h<0><1> [2]", " [3]", " [4]", " [5]", " [6]"]
    assert records("('x',/,I2)", n[:2]) == ["x", " 0", "x", " 1"]
    assert records("(I3,'|',I3,'|')", n[:1]) == ["  0||"]          # data ran out
    assert records("(6(I1,:,', '))", np.arange(6)) == ["0, 1, 2, 3, 4, 5"]
    assert records("(F4.1,:,'|')", np.float32(2.5)) == [" 2.5"]     # ':' stops
    assert records("(A)", np.array(["a", "", "b"])) == ["a", "", "b"]
    assert records("(I3,/)", n[:2]) == ["  0", "  1"]
    assert records("(I3,T1,I1)", n[1:3]) == ["2 1"]                  # T overwrites
    assert records("(I3,T9,I2)", n[:2]) == ["  0      1"]
    assert records("(I3,TL2,'x',TR2,I2)", n[:2]) == [" x0  1"]
    assert records("(I3,2X)", n[:1]) == ["  0  "]
    assert records("(7HValue: ,I0)", np.int16(23)) == ["Value: 23"]
    assert records("('it''s ',I1,\" \"\"q\"\"\")", np.int16(0)) == ["it's 0 \"q\""]


def test_complex_is_two_items():
    z = np.array([1.5 - 2j], dtype=np.complex64)
    assert records("(F8.3)", z) == ["   1.500", "  -2.000"]
    assert records("(2F8.3)", z) == ["   1.500  -2.000"]


def test_c_style_formats():
    assert records('(%"I have %d monkeys, %s.")', 23, "Scott") == [
        "I have 23 monkeys, Scott."]
    assert records("The values are: {%d} {%d} {%d}", np.arange(3)) == [
        "The values are: {0} {1} {2}"]
    assert records('(%"%x|%o|%08.3f|%-6d|%+d|%5s|%e|%%")', 255, 255, 2.5, 3, 4,
                   "ab", 2.5) == ["FF|377|0002.500|3     |+4|   ab|2.500000e+00|%"]
    assert records('(%"%3d")', np.int32(12345678)) == ["***"]
    assert records('(%"a\\tb\\\\\\101%d")', 1) == ["a\tb\\A1"]
    assert records('(%"a\\nb %d")', 1) == ["a", "b 1"]


def test_text_to_numbers():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert F.parse_number("  12abc", np.int16) == 12
        assert F.parse_number("12.7", np.int16) == 12
        assert F.parse_number("1e2", np.int32) == 1
        assert F.parse_number("40000", np.int16) == -25536
        assert F.parse_number("99999999999999999999", np.int32) == -1      # saturated
        assert F.parse_number("-1", np.uint16) == 65535
        assert F.parse_number(" 2.5e3x", np.float32) == 2500
        assert F.parse_number("1d2", np.float64) == 100
        assert F.parse_number("0x1p3", np.float64) == 8
        assert math.isinf(F.parse_number("-Infinity", np.float32))
        assert F.parse_number("", np.int16) == 0
        # strtof rounds the decimal text once (the double of this text is the midpoint
        # 1 + 2**-24, which would round to even, 1.0): GDL 1.0.1 prints 1.000000119
        assert F.parse_number("1.00000005960464477540", np.float32) == \
            np.float32(1.0000001)
        assert F.parse_number("1.00000005960464477539", np.float32) == np.float32(1.0)
    with pytest.warns(CompatWarning, match="Unable to convert given STRING: "
                                                     "'abc' to Integer"):
        assert F.parse_number("abc", np.int16) == 0


def test_read_values():
    a, b = I.read_values("12 3.5 4.5", [np.int32(0), np.zeros(2, np.float32)])
    assert a == 12 and b.tolist() == [3.5, 4.5]
    assert I.read_values(["1 2", "3"], [np.zeros(3)])[0].tolist() == [1, 2, 3]
    assert I.read_values("  42 apples", [np.int16(0), np.asarray("")], "(I4,A)") == [
        42, " apples"]
    with pytest.raises(CompatValueError, match="Input conversion error"):
        I.read_values("abc", [np.int32(0)])
    with pytest.raises(CompatValueError, match="End of file encountered"):
        I.read_values("1", [np.int32(0), np.int32(0)])


# ------------------------------------------------------------------ vectorised paths
def _general(fmt, a):
    """The general path only (element by element, below the fast-path size)."""
    out = []
    for chunk in np.array_split(a.ravel(), max(1, a.size // 32)):
        out += F.format_records(fmt, [chunk])
    return out


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("fmt", ["(F8.3)", "(F12.5)", "(F-9.2)", "(F+010.4)", "(F6.0)",
                                 "(3F9.3)"])
def test_fast_fixed_equals_general(dtype, fmt):
    rng = np.random.default_rng(7)
    x = (10.0 ** rng.uniform(-6, 4, 3000) * rng.choice([-1, 1], 3000)).astype(dtype)
    x[:40] = np.round(x[:40] * 8) / 8            # exact ties
    x[40:50] = [0.0, -0.0, 0.125, 2.5, -0.05, 999.9996, 1e3, 0.0005, 1e-7, -1e-9]
    if fmt.startswith("(3"):
        assert F.format_records(fmt, [x]) == [
            "".join(r) for r in zip(*[iter(_general("(F9.3)", x))] * 3)]
    else:
        assert F.format_records(fmt, [x]) == _general(fmt, x)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("fmt", ["(E12.4)", "(e15.7)", "(E+11.3)", "(E-12.4)", "(E9.0)",
                                 "(E8.3)", "(2E13.5)"])
def test_fast_sci_equals_general(dtype, fmt):
    rng = np.random.default_rng(11)
    with np.errstate(over="ignore"):
        x = (10.0 ** rng.uniform(-120, 120, 3000) * rng.choice([-1, 1], 3000)).astype(dtype)
        x[:40] = np.round(x[:40] * 8) / 8
        x[40:48] = [0.0, -0.0, 0.125, 2.5, 1.015625, 9.99995, 1e100, 1e-100]
    x = x[np.isfinite(x)]
    x = x[: x.size - x.size % 2]
    assert F.format_records(fmt, [x]) == [
        "".join(r) for r in zip(*[iter(_general(fmt.replace("(2", "("), x))] *
                                (2 if fmt.startswith("(2") else 1))]


@pytest.mark.parametrize("dtype", [np.int16, np.int32, np.int64, np.uint64])
def test_fast_integer_equals_general(dtype):
    info = np.iinfo(dtype)
    x = np.random.default_rng(3).integers(info.min, info.max, 500, dtype=dtype,
                                          endpoint=True)
    for fmt in ("(I8)", "(I+21)", "(I-12)", "(I010)", "(I+-22)", "(3I21)"):
        if fmt.startswith("(3"):
            expected = ["".join(r) for r in zip(*[iter(_general("(I21)", x))] * 3)]
            expected.append("".join(_general("(I21)", x)[-(x.size % 3):])) if x.size % 3 \
                else None
            assert F.format_records(fmt, [x]) == expected
        else:
            assert F.format_records(fmt, [x]) == _general(fmt, x)


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int16, np.uint64])
def test_fast_free_equals_general(dtype):
    rng = np.random.default_rng(5)
    if np.dtype(dtype).kind == "f":
        with np.errstate(over="ignore"):
            x = (10.0 ** rng.uniform(-40, 40, 800) * rng.choice([-1, 1], 800)).astype(dtype)
        x[:4] = [np.nan, np.inf, -np.inf, -0.0]
    else:
        info = np.iinfo(dtype)
        x = rng.integers(info.min, info.max, 800, dtype=dtype, endpoint=True)
    fast = F.free_text(x).tolist()
    general = [F.free_text(x[i:i + 1])[0] for i in range(x.size)]
    assert fast == general


# --------------------------------------------------------------- differential vs GDL
def _values(rng, dtype, n):
    dtype = np.dtype(dtype)
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        big = rng.integers(info.min, info.max, n, dtype=dtype, endpoint=True)
        small = rng.integers(max(info.min, -1000), min(info.max, 1000), n,
                             endpoint=True).astype(dtype)
        edge = np.array([info.min, info.max, 0, 1], dtype=dtype)[rng.integers(0, 4, n)]
        pick = rng.integers(0, 3, n)
        return np.where(pick == 0, big, np.where(pick == 1, small, edge))
    if dtype.kind == "c":
        part = np.float32 if dtype == np.complex64 else np.float64
        out = np.empty(n, dtype)
        out.real, out.imag = _values(rng, part, n), _values(rng, part, n)
        return out
    v = 10.0 ** rng.uniform(-12, 12, n) * rng.choice([-1, 1], n)
    kind = rng.integers(0, 10, n)
    v = np.where(kind == 0, np.round(v), v)
    v = np.where(kind == 1, np.round(v * 2) / 2, v)
    v = np.where(kind == 2, rng.choice([0.0, -0.0, np.nan, np.inf, -np.inf, 0.5, 2.5, 1e6,
                                        1e-5, 0.125], n), v)
    v = np.where(kind == 3, rng.uniform(-10, 10, n), v)
    v = np.where(kind == 4, 10.0 ** rng.integers(-8, 9, n), v)
    return v.astype(dtype)


def _code(rng, letters="IBOZzFDEeGgA"):
    letter = letters[rng.integers(len(letters))]
    flags = ("+" if letter != "A" and rng.random() < 0.2 else "") + \
        ("-" if rng.random() < 0.15 else "")
    r = rng.random()
    width = "" if r < 0.12 else "0" if r < 0.25 else str(rng.integers(1, 26))
    if width not in ("", "0") and letter != "A" and rng.random() < 0.15:
        width = "0" + width
    digits = ""
    if letter not in "A" and width != "" and not (letter in "IBOZz" and width == "0") \
            and rng.random() < 0.6:
        digits = "." + str(rng.integers(0, 12))
    repeat = str(rng.integers(1, 4)) if rng.random() < 0.2 else ""
    return repeat + letter + flags + width + digits


def _fortran(rng):
    if rng.random() < 0.5:
        return "(" + _code(rng) + ")"
    items = []
    for _ in range(rng.integers(1, 4)):
        t = rng.random()
        if t < 0.55:
            items.append(_code(rng))
        elif t < 0.75:
            items.append("''" + "".join(rng.choice(list("ab=|: "), rng.integers(1, 4))) + "''")
        elif t < 0.85:
            items.append(f"{rng.integers(1, 4)}X")
        elif t < 0.95:
            items.append(f"{rng.integers(1, 3)}({_code(rng)},''|'')")
        else:
            items.append("/")
    if rng.random() < 0.1:
        items.append(":")
    if not any(re.search(r"[IBOZzFDEeGgA]", it) for it in items):
        items.append(_code(rng))
    return "(" + ",".join(items) + ")"


def _c_style(rng):
    parts = []
    for _ in range(rng.integers(1, 4)):
        if rng.random() < 0.4:
            parts.append("".join(rng.choice(list("ab=|<> "), rng.integers(1, 4))))
        flags = "".join(rng.choice(["", "-", "+", "0"], rng.integers(0, 2)))
        width = "" if rng.random() < 0.4 else str(rng.integers(1, 20))
        conv = rng.choice(list("dioxXzbfeEgGs"))
        prec = ""
        if width and conv in "feE" and rng.random() < 0.5:
            prec = "." + str(rng.integers(0, 9))
        if "0" in flags and not width:
            flags = flags.replace("0", "")
        parts.append("%" + flags + width + prec + conv)
    body = "".join(parts)
    return '(%"' + body + '")' if rng.random() < 0.7 else body


_NO_WIDTH_IOZ = re.compile(r"[IOZz][-+]*(?![0-9])")


def _known_divergence(fmt: str, arrays) -> bool:
    """The generated case hits a recorded GDL divergence (module docstring)."""
    dtypes = [np.asarray(a).dtype for a in arrays]
    if any(d in (np.float64, np.complex128) for d in dtypes) and _NO_WIDTH_IOZ.search(fmt):
        return True                                  # I/O/Z default width of DOUBLE
    text_code = re.search(r"A|%[-+0]*\d*s", fmt)
    if text_code and any(d.kind == "c" for d in dtypes):
        return True                                  # A of complex: GDL crashes
    if text_code:                                    # free format at a rounding boundary
        for a, d in zip(arrays, dtypes):
            if d.kind != "f":
                continue
            double = d == np.float64
            width, digits = (16, 8) if double else (13, 6)
            for x in np.asarray(a).ravel().tolist():
                if math.isfinite(x) and F.float_free_text(x, double) != F.place(
                        F.auto_text(x, width, digits, single=not double), width):
                    return True
    return False


def _cases(seed: int, n: int):
    rng = np.random.default_rng(seed)
    cases = []
    while len(cases) < n:
        dtype = TYPES[rng.integers(len(TYPES))]
        v = _values(rng, dtype, int(rng.integers(1, 5)))
        if v.size == 1 and rng.random() < 0.5:
            v = v[0]
        fmt = _fortran(rng) if rng.random() < 0.75 else _c_style(rng)
        args = {"v": v}
        if rng.random() < 0.3:
            second = _values(rng, TYPES[rng.integers(len(TYPES))], int(rng.integers(1, 3)))
            if rng.random() < 0.3 and not re.search(r"[IBOZzFDEeGg]|%[-+0]*\d*[^s%]", fmt):
                second = np.array(["ab", "xyz w"][:second.size])
            args["w"] = second
        if _known_divergence(fmt, list(args.values())):
            continue
        names = ", ".join(args)
        cases.append((f"c{len(cases)}", f"s = string({names}, format='{fmt}')", args,
                      fmt.replace("''", "'")))
    return cases


def _free_cases(seed: int, n: int):
    rng = np.random.default_rng(seed)
    out = []
    for k in range(n):
        dtype = TYPES[rng.integers(9)]                  # complex: a recorded divergence
        v = _values(rng, dtype, int(rng.integers(1, 6)))
        if dtype == np.uint8:
            v = v.astype(np.int16)                       # BYTE arguments become text
        if v.dtype.kind == "f" and _known_divergence("(A)", [v]):
            continue
        out.append((f"free{k}", "s = string(v)", {"v": v}, None))
    return out


@pytest.mark.gdl
def test_differential_against_gdl():
    """At least 2,000 random formats (and 300 free-format conversions) in one GDL run."""
    if GDL is None:
        pytest.skip("gdl is not on PATH")
    cases = _cases(20261204, 2200) + _free_cases(4, 300)
    control = ("control", "s = string(v, format='(F8.3)')", {"v": np.float32(2.5)}, "(F8.3)")
    results = run_text_cases([c[:3] for c in cases + [control]])
    assert results["control"] == ["   2.500"], "the oracle did not run the cases"
    compared, gdl_refused, mismatches, gdl_colon_quirk = 0, 0, [], 0
    for name, _statement, inputs, fmt in cases:
        got = results[name]
        if isinstance(got, Exception):
            gdl_refused += 1                 # GDL's format lexer refuses a few C formats
            continue
        arrays = [inputs[k] for k in ("v", "w") if k in inputs]
        try:
            ours = (F.format_records(fmt, [np.asarray(a) for a in arrays]) if fmt
                    else F.free_text(np.asarray(arrays[0])).reshape(-1).tolist())
        except Exception as error:  # noqa: BLE001 - reported as a mismatch
            ours = error
        if isinstance(ours, list) and "" in ours and "" not in got:
            ours = [r for r in ours if r != ""]   # GDL drops empty records (divergence)
        compared += 1
        if ours != got and re.search(r"/\s*,\s*/\s*,\s*:\s*\)$", fmt or ""):
            # GDL 1.0.1's reversion before a final ':' depends on how many '/' precede it:
            # v = [1b,1b,95b] with '(2(I3,"|"),/,:)' prints ' 95|' but with
            # '(2(I3,"|"),/,/,:)' ' 95||' (compat ' 95|' for both; the colon is not
            # reached on the reverted pass). Found at CI shift 38810; recorded, not compared.
            gdl_colon_quirk += 1
            continue
        if ours != got:
            mismatches.append(f"{fmt} {arrays!r}: gdl {got!r}, compat {ours!r}")
    assert gdl_colon_quirk < 0.01 * len(cases), f"{gdl_colon_quirk} colon-reversion cases"
    assert compared >= 2000 + 250, f"only {compared} cases compared"
    assert gdl_refused < 0.02 * len(cases), f"GDL refused {gdl_refused} cases"
    assert not mismatches, (f"{len(mismatches)} of {compared} cases differ from GDL:\n" +
                            "\n".join(mismatches[:20]))
