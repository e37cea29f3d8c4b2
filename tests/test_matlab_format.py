"""MATLAB's formatting engine (compat._core.matlab_format) and sprintf/fprintf.

* unit tests of every rule, with MATLAB's documented values;
* bad input with the legacy error text;
* a differential test against live GNU Octave: more than 2,000 generated formats and
  values (random conversions, flags, widths, precisions, ``*`` widths, values across
  magnitudes with NaN/Inf/-0, every integer class, logical, char) in ONE octave-cli run.
  Where MATLAB's documented rule and Octave differ (an integer or text conversion of a
  value it cannot hold: MATLAB uses %e, Octave %g or nothing), the test asserts
  MATLAB's rule for compat and Octave's recorded behaviour for Octave, so the recorded
  divergence is checked too.
"""

from __future__ import annotations

import io
import random
from contextlib import redirect_stdout

import numpy as np
import pytest

from compat import matlab
from compat._core.matlab_format import (INVALID, Conversion, _general, _vector,
                                        format_text, parse_format, text_arguments,
                                        translate_escapes)
from oracles import run_octave

sprintf = matlab.sprintf


# ---------------------------------------------------------------------------- units
@pytest.mark.parametrize("fmt, args, expected", [
    # MATLAB documentation of sprintf / "Formatting Text"
    ("%0.5e", [1 / np.finfo(float).eps], "4.50360e+15"),
    ("%0.5f", [1 / np.finfo(float).eps], "4503599627370496.00000"),
    ("%0.5g", [1 / np.finfo(float).eps], "4.5036e+15"),
    ("The array is %dx%d.", [2, 3], "The array is 2x3."),
    ("%d", [3.0], "3"),
    ("%025d", [123456], "0000000000000000000123456"),
    ("%d %f %e %X", [46 * np.ones(4)], "46 46.000000 4.600000e+01 2E"),
    ("%*.2f", [5, 123.45678], "123.46"),
    ("%1$*4$f %2$.*5$f %3$*6$.*7$f", [123.45678, 16.42837, np.pi, 15, 3, 6, 4],
     "     123.456780 16.428 3.1416"),
    (" %3$s %2$s %1$s", ["X", "Y", "Z"], " Z Y X"),
    ("%d %3$d %d %d", [1, 2, 3, 4], "1 "),
    ("%1$d", [1, 2, 3, 4], "1"),
    ("%bx", [np.pi], "400921fb54442d18"),
    ("%tx", [np.pi], "40490fdb"),
    (r"\x5A\132", [], "ZZ"),
    ("right-justify: %12.2f\\nleft-justify: %-12.2f", [12.3, 12.3],
     "right-justify:        12.30\nleft-justify: 12.30       "),
    ("%+12.2f", [12.3], "      +12.30"),
    ("%012.2f", [5.2], "000000005.20"),
    ("%30s", ["Pad left with spaces"], "          Pad left with spaces"),
    # MATLAB Answers / Stack Overflow print-outs of real MATLAB
    ("%d", [1 / 3], "3.333333e-01"),
    ("%d", [1.10 * 100], "1.100000e+02"),
    ("%d", [1.05 * 100], "105"),
    ("%.0d", [1.10 * 100], "1e+02"),
    ("Pi is rounded to %.d", [np.pi], "Pi is rounded to 3e+00"),
    ("%d", [np.uint64(2 ** 63) - np.uint64(1)], "9223372036854775807"),
    ("%d", [np.uint64(2 ** 63)], "9.223372e+18"),
    ("%u", [np.uint64(2 ** 63)], "9223372036854775808"),
    ("%u", [(2.0 ** 32 - 1) * (2.0 ** 32 - 1)], "18446744065119617024"),
    ("%u", [np.uint64(2 ** 32 - 1) * np.uint64(2 ** 32 - 1)], "18446744065119617025"),
    ("% 25i\\n", [np.uint64(2 ** 62), np.uint64(2 ** 50)],
     "      4611686018427387904\n         1125899906842624\n"),
    ("100%", [], "100"),
    ("%s", ["100%"], "100%"),
    ("%% \\n", [], "% \n"),
    # recycling, stopping, text as data
    ("%d,", [np.array([[1, 2], [3, 4]])], "1,3,2,4,"),
    ("%d %d\\n", [[1, 2, 3]], "1 2\n3 "),
    ("a%db", [], "a"),
    ("a%db", [np.zeros(0)], "ab"),
    ("%s and %s", ["a"], "a and "),
    ("%s=%d;", ["abc", 5, "de", 6], "abc=5;de=6;"),
    ("%d", ["ab"], "9798"),
    ("%c%s|", ["abcd"], "abcd|"),
    ("%s", [[72, 105]], "Hi"),
    ("%s", [np.pi], "3.141593e+00"),
    ("%5.2s|", [np.pi], "3.14e+00|"),
    ("%c", [65.5], "6.550000e+01"),
    ("[%5s][%5d]", ["", np.zeros(0)], "[     ][]"),
    ("%d", [np.array([1 + 2j, 3])], "13"),
    ("%f|", [np.array([1 + 2j, 3])], "1.000000|3.000000|"),
    # NaN / Inf / -0 / flags
    ("%d|%x|%5.2f|%-6e|%+g", [np.nan, np.inf, -np.inf, np.nan, np.inf],
     "NaN|Inf| -Inf|NaN   |+Inf"),
    ("%05.1f|", [np.nan], "  NaN|"),
    ("%d %f %g", [-0.0, -0.0, -0.0], "0 -0.000000 -0"),
    ("%#o %#x %#X %#.0f %#g", [8, 255, 0, 3, 3], "010 0xff 0 3. 3.00000"),
    ("%05.3d|%+x|%+u|%.0d|%+.0d", [7, 255, 5, 0, 0], "  007|ff|5||+"),
    ("%x %o %X", [np.int8(-1), np.int16(-8), np.uint8(255)],
     "-1.000000e+00 -8.000000e+00 FF"),
    ("%d|%i", [np.int64(-2 ** 63), np.int64(2 ** 63 - 1)],
     "-9223372036854775808|9223372036854775807"),
    ("%x", [np.uint64(2 ** 64 - 1)], "ffffffffffffffff"),
    ("%d", [np.float32(2.5)], "2.500000e+00"),
    ("%.10f", [np.float32(0.1)], "0.1000000015"),
    ("%d%d", [True, False], "10"),
    ("%ld %hd %lu", [5, 6, 7], "5 6 7"),
])
def test_sprintf_rules(fmt, args, expected):
    assert sprintf(fmt, *args) == expected


def test_escapes_and_invalid_operators():
    assert translate_escapes(r"a\tb\n\\") == ("a\tb\n\\", True)
    assert translate_escapes(r"\x4142") == ("\u4142", True)     # MATLAB: all digits
    assert translate_escapes(r"\x99999 x") == ("", False)        # num2str doc example
    assert translate_escapes(r"ab\q") == ("ab", False)
    assert parse_format("value = %z")[-1] is INVALID
    assert sprintf("value = %z", 5) == "value = "
    assert sprintf(r"character \x99999 = %s", "x") == "character "
    assert sprintf("%lf", 2.5) == ""                  # l applies to integer conversions
    assert sprintf("%5%|%d", 3) == "%|3"
    c = parse_format("%-+08.3ld")[0]
    assert c == Conversion("d", "-+0", 8, 3, "l", text="%-+08.3ld")


def test_string_format_gives_string_array():
    # a string (numpy StringDType) format gives a string; a numpy str (char) row a char
    out = sprintf(np.array(["%d-%d"], dtype=np.dtypes.StringDType()), [1, 2])
    assert isinstance(out, np.ndarray) and out.dtype.kind == "T" and out.tolist() == ["1-2"]
    assert sprintf(np.array(["%d-%d"]), [1, 2]) == "1-2"


def test_errmsg_and_string_array_arguments():
    text = np.array(["ab", "c"], dtype=np.dtypes.StringDType())
    assert sprintf("%s|", text, nargout=2) == ("ab|c|", "")
    # a numpy str array is a char matrix, read column by column (MATLAB, Octave 7.3)
    assert sprintf("%s|", np.array(["ab", "cd"]), nargout=2) == ("acbd|", "")


def test_vector_path_equals_general_path():
    rng = np.random.default_rng(5)
    x = rng.normal(0, 1e3, 500)
    x[::7] = np.round(x[::7])
    x[::11] = np.nan
    x[::13] = -np.inf
    x[5] = 2.0 ** 70
    x[6] = -0.0
    k = rng.integers(-2 ** 63, 2 ** 63 - 1, 300, dtype=np.int64, endpoint=True)
    u = rng.integers(0, 2 ** 64 - 1, 300, dtype=np.uint64, endpoint=True)
    for fmt in ["%6.2f\\n", "%d,", "[%+08.3e]", "%x;", "%-7u|", "%c", "%G%%", "%5.0d",
                "%i"]:
        fast = format_text(fmt, [x])
        slow = "".join(format_text(fmt, [np.array([v])]) for v in x)
        assert fast == slow, fmt
    # several conversions: the vector path against the general path, cut at every length
    for fmt in ["%d %g\\n", "<%5.1f,%x;%e>", "[%d %d %d]", "%i|%u|%c", "%8.3f%8.3f\\n"]:
        items = parse_format(fmt)
        for n in (2, 3, 4, 5, 7, 500):
            for data in (x[:n], k[:n], u[:n], (x[:n] > 0)):
                assert _vector(items, text_arguments([data])) == \
                    _general(items, text_arguments([data])), (fmt, n, data.dtype)
    assert format_text("%d,", [k]) == "".join(f"{v}," for v in k.tolist())
    # %d/%i/%u of one array (the digit-buffer path): every flag and width, every
    # integer class, values that switch to %e, NaN/Inf, literals with % and escapes
    classes = [rng.integers(-128, 127, 200).astype(np.int8),
               rng.integers(0, 65535, 200).astype(np.uint16), k[:200], u[:200],
               (x[:200] > 0), np.float32(x[:200])]
    for fmt in ["%d", "%i,", "%u|", "<%+8d>", "% 5i;", "%-9u.", "%012d\\n", "%-+6d%%",
                "[%0d]", "%ld\\t", "%+-03u"]:
        for data in classes + [x[:200]]:
            fast = format_text(fmt, [data])
            slow = "".join(format_text(fmt, [data[i:i + 1]]) for i in range(len(data)))
            assert fast == slow, (fmt, data.dtype)
    assert format_text("%u,", [u]) == "".join(f"{v}," for v in u.tolist())
    assert format_text("%x,", [u]) == "".join(f"{v:x}," for v in u.tolist())


def test_fprintf_to_stdout_and_files(tmp_path):
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        assert matlab.fprintf("%s=%d\\n", "a", 1) is None
        assert matlab.fprintf(1, "%d\\n", [1, 2], nargout=1) == 4.0
    assert buffer.getvalue() == "a=1\n1\n2\n"
    path = tmp_path / "out.txt"
    fid = matlab.fopen(str(path), "w")
    try:
        assert matlab.fprintf(fid, "%5.2f\\n", [1.0, 2.5], nargout=1) == 12.0
    finally:
        matlab.fclose(fid)
    assert path.read_text() == " 1.00\n 2.50\n"


def test_bad_input_messages():
    with pytest.raises(TypeError, match=r"^sprintf: Function is not defined for 'cell' "
                                        r"inputs\.$"):
        sprintf("%s", ["a", "b"])
    with pytest.raises(TypeError, match=r"^sprintf: Function is not defined for 'struct'"):
        sprintf("%d", {"a": 1})
    with pytest.raises(TypeError, match=r"^sprintf: formatSpec must be a character vector"):
        sprintf(5)
    with pytest.raises(ValueError, match=r"^sprintf: field width and precision given by "
                                         r"\* must be integer values"):
        sprintf("%*d", 2.5, 3)
    with pytest.raises(ValueError, match=r"^sprintf: nargout must be an integer from 1 "
                                         r"to 2"):
        sprintf("%d", 1, nargout=3)
    with pytest.raises(ValueError, match=r"^fprintf: Invalid file identifier"):
        matlab.fprintf(99, "%d", 1)
    with pytest.raises(TypeError, match=r"^fprintf: Not enough input arguments"):
        matlab.fprintf()
    with pytest.raises(TypeError, match="^sprintf: .*extended precision"):
        sprintf("%f", [np.longdouble(1)])


def test_inputs_are_not_modified_and_any_layout_works():
    a = np.arange(6, dtype=">f8").reshape(2, 3)
    before = a.copy()
    view = np.asfortranarray(a)[:, ::2]
    assert sprintf("%g,", view) == "0,3,2,5,"
    assert sprintf("%g,", a) == "0,3,1,4,2,5,"
    np.testing.assert_array_equal(a, before)


# ---------------------------------------------------------------- the differential
_CONVERSIONS = "diuoxXfeEgGcs"
_INT_CLASSES = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32,
                np.uint64]


def _spec(flags, width, precision, conv):
    w = "" if width is None else str(width)
    p = "" if precision is None else f".{precision}"
    return f"%{flags}{w}{p}{conv}"


def _random_value(rng: random.Random, conv: str):
    """One argument: a double, an integer class, logical or text, of a kind that
    exercises ``conv``."""
    pick = rng.random()
    if pick < 0.12:
        cls = rng.choice(_INT_CLASSES)
        info = np.iinfo(cls)
        choices = [info.min, info.max, 0, 1, -1 if info.min < 0 else 2,
                   rng.randint(int(info.min), int(info.max))]
        if conv in "cs":
            choices = [rng.randint(32, 126)] * 3 + [-5 if info.min < 0 else 7]
        return np.array([rng.choice(choices)], dtype=cls)
    if pick < 0.16:
        # (char code 0 is left out of %c/%s: scipy's .mat reader drops NUL characters)
        return np.array([True if conv in "cs" else rng.random() < 0.5])
    if pick < 0.22 and conv in "cs":
        length = rng.randint(0, 4)
        return "".join(chr(rng.randint(97, 122)) for _ in range(length))
    if pick < 0.26 and conv not in "cs":
        return np.array([np.float32(rng.choice([2.5, 0.1, 1e10, 3.0, -7.0, 1e30]))])
    kind = rng.random()
    if conv in "cs":
        value = rng.choice([float(rng.randint(32, 126)), 65.5, -3.0, np.nan, np.inf,
                            0.25, float(rng.randint(65, 90))])
    elif kind < 0.3:
        value = float(rng.randint(-10 ** rng.randint(0, 12), 10 ** rng.randint(0, 12)))
    elif kind < 0.4:
        value = rng.choice([np.nan, np.inf, -np.inf, -0.0, 0.0])
    elif kind < 0.45:
        value = rng.choice([2.0 ** 53, -(2.0 ** 53), 1e15, 2.0 ** 62, -(2.0 ** 62),
                            2.0 ** 70, 1e300, 5e-324])
    else:
        value = rng.uniform(-1, 1) * 10.0 ** rng.randint(-12, 15)
        if rng.random() < 0.2:
            value = round(value) + 0.5
    return np.array([value])


def _fits(conv: str, v) -> bool | None:
    """MATLAB: does ``v`` convert exactly to ``conv``'s type (None: not a number)."""
    if isinstance(v, str):
        return None
    if isinstance(v, float) and not np.isfinite(v):
        return True
    if conv in "feEgG":
        return True
    if isinstance(v, float) and v != int(v):
        return False
    iv = int(v)
    if conv in "di":
        return -2 ** 63 <= iv < 2 ** 63
    if conv in "uoxX":
        return 0 <= iv < 2 ** 64
    return 0 <= iv < 65536


def _octave_switch(conv, flags, width, precision, v) -> str:
    """GNU Octave 7.3's text for a value its conversion cannot hold (recorded
    divergence): %g with the same flags, width and precision, except that %s of a
    non-integer and %c/%s of a negative number print nothing."""
    if conv == "s" or (conv == "c" and isinstance(v, (int, float)) and v < 0 and
                       v == int(v)):
        return ""
    return _spec(flags, width, precision, "g") % float(v)


def _scalar(a):
    if isinstance(a, str):
        return a
    item = a.ravel()[0]
    if a.dtype.kind == "f":
        return float(item)
    return int(item)


def _generate(count: int, seed: int = 2024):
    """(format, args, kind, matlab_expected, octave_expected) cases; kind 'same' (compat
    must equal Octave) or 'divergent' (compat must equal MATLAB's rule, Octave its own)."""
    rng = random.Random(seed)
    cases = []
    while len(cases) < count:
        conv = rng.choice(_CONVERSIONS)
        flags = "".join(f for f in "-+ 0#" if rng.random() < 0.2)
        width = rng.choice([None, None, 0, 1, 5, 8, 12, rng.randint(2, 25)])
        precision = rng.choice([None, None, 0, 1, 3, 6, rng.randint(0, 17)])
        if conv in "cs" and rng.random() < 0.5:
            precision = None
        star = rng.random() < 0.08 and width is not None
        spec = _spec(flags, "*" if star else width, precision, conv)
        prefix = rng.choice(["", "", "x=", "[", "a b "])
        suffix = rng.choice(["", "|", ";", "]\\n", "\\t"])
        fmt = prefix + spec + suffix
        values = [_random_value(rng, conv) for _ in range(rng.randint(1, 3))]
        args = []
        for v in values:
            if star:
                args.append(np.array([float(width)]))
            args.append(v)
        scalars = [_scalar(v) for v in values]
        fits = [_fits(conv, v) for v in scalars]
        divergent = any(f is False for f in fits) or any(
            isinstance(v, float) and np.isfinite(v) and v == int(v) and (
                (conv in "di" and abs(v) >= 2 ** 63) or
                (conv in "uoxX" and v >= 2 ** 64)) for v in scalars)
        if divergent:
            def text(rule):
                out = []
                for v, fit in zip(scalars, fits):
                    if fit is False or (isinstance(v, float) and np.isfinite(v) and
                                        not fit):
                        out.append(rule(v))
                    else:
                        out.append(None)
                return out
            matlab_parts = text(lambda v: _spec(flags, width, precision, "e") % float(v))
            octave_parts = text(lambda v: _octave_switch(conv, flags, width, precision, v))
            if any(p is None for p in matlab_parts):
                continue                     # mixed: keep the cases one-rule each
            pre = translate_escapes(prefix)[0]
            post = translate_escapes(suffix)[0]
            cases.append((fmt, args, "divergent",
                          "".join(pre + p + post for p in matlab_parts),
                          "".join(pre + p + post for p in octave_parts)))
        else:
            cases.append((fmt, args, "same", None, None))
    # multi-operator formats: recycling and stopping, every value fitting
    for k in range(400):
        n_ops = rng.randint(2, 3)
        ops = [rng.choice(["%d", "%5.2f", "%s", "%-4i|", "%x", "%g", "%c", "%+.3e"])
               for _ in range(n_ops)]
        fmt = rng.choice(["", "<"]) + " ".join(ops) + rng.choice(["\\n", "", ";"])
        args = []
        for _ in range(rng.randint(0, 4)):
            r = rng.random()
            if r < 0.3:
                args.append("".join(chr(rng.randint(97, 122))
                                    for _ in range(rng.randint(0, 3))))
            elif r < 0.4:
                args.append(np.zeros((0, rng.choice([0, 1]))))
            else:
                rows, columns = rng.randint(1, 2), rng.randint(1, 3)
                args.append(np.array([[float(rng.randint(32, 120)) for _ in range(columns)]
                                      for _ in range(rows)]))
        cases.append((fmt, args, "same", None, None))
    return cases


@pytest.mark.octave
def test_sprintf_agrees_with_octave_on_generated_cases():
    cases = _generate(2100)
    assert len(cases) >= 2000
    formats = np.empty(len(cases), dtype=object)
    values = np.empty(len(cases), dtype=object)
    for k, (fmt, args, *_) in enumerate(cases):
        formats[k] = fmt
        cell = np.empty(len(args), dtype=object)
        for j, a in enumerate(args):
            cell[j] = a if isinstance(a, str) else np.atleast_2d(a)
        values[k] = cell
    statements = ("R = cell(1, numel(F)); for k = 1:numel(F), try, R{k} = "
                  "sprintf(F{k}, V{k}{:}); catch e, R{k} = ['<ERROR>' e.message]; end; end")
    result, = run_octave([(statements, {"F": formats.reshape(1, -1),
                                        "V": values.reshape(1, -1)}, ["R"])])
    assert not isinstance(result, Exception), result
    octave = [str(r) for r in result["R"].ravel()]
    same = divergent = 0
    mismatches = []
    for (fmt, args, kind, matlab_text, octave_text), got in zip(cases, octave):
        mine = sprintf(fmt, *args)
        if kind == "same":
            same += 1
            if mine != got:
                mismatches.append((fmt, args, mine, got))
        else:
            divergent += 1
            if mine != matlab_text or got != octave_text:
                mismatches.append((fmt, args, (mine, matlab_text), (got, octave_text)))
    assert not mismatches, (f"{len(mismatches)} of {len(cases)} generated cases differ; "
                            f"first: {mismatches[:5]}")
    assert same > 1500 and divergent > 150
