"""Random differential campaign of MATLAB's text formatting against live GNU Octave.

Random format strings (literal text, escapes ``\\n \\t \\\\ \\x41 \\101``, ``%%``, operators
with random flags ``- + space 0 #``, widths, precisions, ``*`` widths and precisions and
every conversion ``d i u f e g E G x X o c s``) and random arguments (doubles across
magnitudes with -0, NaN, Inf, huge and subnormal values, single, every integer class at
its extremes, logical, char rows, char matrices -- numpy ``str`` arrays of equal-length
rows or of single characters, which MATLAB reads column by column --, empty arrays,
matrices that recycle the format) go
through ``sprintf`` in compat and in ONE ``octave-cli`` per batch; the texts are compared
byte for byte (Octave's char codes against compat's text encoded as UTF-8). Likewise
``num2str`` (default, precision and format forms), ``int2str`` and ``mat2str``
(precision, ``'class'``) on random matrices, and ``fprintf`` to files (the bytes written
and the count returned).

Where GNU Octave 7.3 is known to differ from MATLAB the campaign does not compare
Octave's text with compat's; it checks MATLAB's rule instead, with Octave as the
printer:

* a value that an integer or text conversion cannot hold (a non-integer, a negative
  value for ``%u %o %x %X``, a value beyond int64/uint64, not a character code for
  ``%c %s``) is printed by MATLAB with ``%e`` and the same flags, width and precision
  (``fprintf`` documentation; MATLAB Answers 152426), by Octave with ``%g``, or not at
  all, or saturated. Such cases use the format once, one scalar per operator, and
  compat's text must equal Octave's text for the format with those operators rewritten
  to ``e``;
* Octave 7.3 takes a ``*`` precision of ``%c``/``%s`` as a field width
  (``sprintf('[%.*s]', 1, 'abc')`` is ``'[abc]'`` there; C and MATLAB print ``'[a]'``),
  errors when the data run out at a ``*``, aborts on an empty format with non-finite
  data, and narrows a complex array with zero imaginary parts to real when it loads it:
  the generators leave those inputs out;
* num2str of integer-class values of 16 or more digits (Octave converts them to double;
  MATLAB prints every digit, MATLAB Answers 764686: see
  ``test_num2str_integer_classes_print_every_digit`` and the golden suite
  ``matlab/num2str``), and mat2str of integer classes with a precision (Octave applies
  ``%.Ng`` to them), are left out of the Octave comparison; so are complex values with
  an Inf/NaN part beside a non-zero part below 1 (Octave 7.3's num2str builds a format
  with a negative width for them: ``num2str(complex(-Inf, 3e-11))`` is ``'-Inf+0i'``
  there, ``'-Inf    +0i'`` in compat), and mat2str of complex values with a non-finite
  imaginary part (MATLAB writes ``'1+1i*Inf'``, Octave ``'1+Infi'``).
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave

_CONVERSIONS = "diufeEgGxXocs"
_INT_CLASSES = (np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64,
                np.uint64)
_LITERALS = ("", "q", "x=", " ", ",", "|", "\\n", "\\t", "\\\\", "%%", "\\x41", "\\101",
             "[", "]", "zq r", "%%d")


# ------------------------------------------------------------------ MATLAB's fit rule
def _fits(conv: str, value) -> bool:
    """MATLAB: does a number convert exactly to the conversion's type (floating
    conversions and non-finite values always do)."""
    if conv in "feEgG" or (isinstance(value, float) and not np.isfinite(value)):
        return True
    if value != int(value):
        return False
    v = int(value)
    if conv in "di":
        return -2 ** 63 <= v < 2 ** 63
    if conv in "uoxX":
        return 0 <= v < 2 ** 64
    return 0 <= v < 65536


def _numbers(args) -> list:
    """Every number the arguments hold, as Python int (integer classes, logical) or
    float (double, single)."""
    out = []
    for a in args:
        if isinstance(a, str):
            out.extend(ord(ch) for ch in a)
        elif a.dtype.kind == "U":                  # a char matrix: its codes, any order
            out.extend(ord(ch) for item in a.ravel().tolist() for ch in item)
        elif a.dtype.kind == "f":
            out.extend(float(v) for v in a.ravel())
        else:
            out.extend(int(v) for v in a.ravel())
    return out


# ---------------------------------------------------------------------- generators
def _operator(rng):
    flags = "".join(f for f in "-+ 0#" if rng.random() < 0.2)
    width = ["", "", "", "*", str(rng.integers(0, 4)), str(rng.integers(1, 26))][
        rng.integers(6)]
    precision = ["", "", "", ".", ".*", f".{rng.integers(0, 4)}",
                 f".{rng.integers(0, 21)}"][rng.integers(7)]
    conv = _CONVERSIONS[rng.integers(len(_CONVERSIONS))]
    if conv in "cs" and precision == ".*":
        precision = ""                    # Octave takes it as a width (module docstring)
    return f"%{flags}{width}{precision}{conv}", conv


def _format(rng):
    parts, convs = [], []
    for k in range(int(rng.integers(1, 5))):
        if rng.random() < 0.4 and not (k == 0 and False):
            parts.append(_LITERALS[rng.integers(len(_LITERALS))])
        else:
            text, conv = _operator(rng)
            parts.append(text)
            convs.append(conv)
    if not convs:                         # at least one operator
        text, conv = _operator(rng)
        parts.append(text)
        convs.append(conv)
    return "".join(parts), convs


def _double(rng, convs):
    """A double that fits every conversion in ``convs``."""
    if set(convs) & set("cs"):
        return float(rng.integers(32, 127))
    if set(convs) & set("uoxX"):
        pool = [0, 1, 7, 255, 65535, 2 ** 31, 2 ** 53, 12345678901, 2 ** 63,
                2 ** 64 - 2048]
        if set(convs) & set("di"):
            pool = [v for v in pool if v < 2 ** 63]
        return float(pool[rng.integers(len(pool))])
    if set(convs) & set("di"):
        pool = [0, 1, -1, 7, -255, 65535, -2 ** 31, 2 ** 53, -2 ** 53, -12345678901,
                -2 ** 63, 2 ** 62, float(rng.integers(-10 ** 6, 10 ** 6))]
        return float(pool[rng.integers(len(pool))])
    r = rng.random()
    if r < 0.2:
        return float(rng.integers(-10 ** int(rng.integers(0, 13)),
                                  10 ** int(rng.integers(0, 13)) + 1))
    if r < 0.35:
        return [np.nan, np.inf, -np.inf, -0.0, 0.0][rng.integers(5)]
    if r < 0.5:
        pool = [2.0 ** 53, -(2.0 ** 53), 1e15, 2.0 ** 63, 2.0 ** 64, 1e20, 1e300, 5e-324,
                1e-310, 0.5, 2.5, -0.5, 65.5, 1e-5, 123456.5, 1 / 3]
        return pool[rng.integers(len(pool))]
    return float(rng.uniform(-1, 1) * 10.0 ** rng.integers(-12, 22))


def _argument(rng, convs):
    """One argument (MATLAB layout: 2-D arrays, str for char) whose values fit every
    conversion of the format."""
    r = rng.random()
    text_only = bool(set(convs) & set("cs"))
    if r < 0.15:
        cls = _INT_CLASSES[rng.integers(len(_INT_CLASSES))]
        info = np.iinfo(cls)
        lo, hi = int(info.min), int(info.max)
        if set(convs) & set("uoxX"):
            lo = 0
        if set(convs) & set("di"):
            hi = min(hi, 2 ** 63 - 1)
        if text_only:
            lo, hi = 32, min(126, hi)
        pool = [lo, hi, max(lo, 0), lo + int(rng.integers(0, 2 ** 62)) % (hi - lo + 1)]
        n = int([1, 1, 1, 3][rng.integers(4)])
        return np.array([[pool[rng.integers(4)] for _ in range(n)]], dtype=cls)
    if r < 0.22:
        n = int(rng.integers(1, 4))
        if text_only:
            return np.ones((1, n), dtype=bool)
        return rng.random((1, n)) < 0.5
    if r < 0.30:
        return "".join(chr(int(c)) for c in rng.integers(32, 127, size=rng.integers(0, 6)))
    if r < 0.35:
        # a char matrix (compat's char, read column by column as MATLAB reads it):
        # rows x columns printable characters, as a (rows,) array of equal-length rows
        # (loadmat's layout) or a (rows, columns) array of single characters
        rows, columns = int(rng.integers(1, 4)), int(rng.integers(1, 5))
        chars = np.array([chr(int(c)) for c in rng.integers(32, 127, size=rows * columns)]
                         ).reshape(rows, columns)
        if rng.random() < 0.3:
            return chars
        return np.array(["".join(row) for row in chars.tolist()])
    if r < 0.40:
        return "" if rng.random() < 0.5 else np.zeros((0, 0))
    if r < 0.47:
        shape = (int(rng.integers(1, 3)), int(rng.integers(1, 4)))
        return np.array([_double(rng, convs) for _ in range(shape[0] * shape[1])]
                        ).reshape(shape)
    if r < 0.52:
        value = _double(rng, convs)
        if abs(value) > 3e38 and np.isfinite(value):
            value = 1e30
        single = np.array([[value]], dtype=np.float32)
        if all(_fits(c, float(single[0, 0])) for c in convs):
            return single
    return np.array([[_double(rng, convs)]])


def _fitting_case(rng):
    """(format, args): every value fits every conversion; ``*`` formats get small
    non-negative integers only (any of them may become a width)."""
    fmt, convs = _format(rng)
    star = "*" in fmt
    args = []
    for _ in range(int([0, 1, 1, 2, 2, 3, 4][rng.integers(7)]) + star):
        if star:
            cls = [np.float64, np.float64, np.uint8, np.int32][rng.integers(4)]
            shape = (1, int([1, 1, 2, 3][rng.integers(4)]))
            args.append(rng.integers(0, 15, size=shape).astype(cls))
        else:
            args.append(_argument(rng, convs))
    if not all(_fits(c, v) for c in convs for v in _numbers(args)):
        return None
    return fmt, args


def _switch_case(rng):
    """(format, args, MATLAB's format): the format used once, one scalar per operator,
    some values not fitting their conversion; MATLAB's format has those operators
    rewritten to %e (the rule under test)."""
    pieces, matlab_pieces, args = [], [], []
    switched = 0
    for _ in range(int(rng.integers(1, 4))):
        literal = _LITERALS[rng.integers(len(_LITERALS))]
        pieces.append(literal)
        matlab_pieces.append(literal)
        text, conv = _operator(rng)
        text = text.replace("*", "")       # no stars: one value per operator
        if rng.random() < 0.6 and conv not in "feEgG":
            pool = [rng.uniform(-1, 1) * 10.0 ** rng.integers(-8, 12), 0.5, -2.5, 65.5,
                    -7.0, 1e20, -1e20, 2.0 ** 64, -(2.0 ** 63) - 4096.0, 1e300,
                    float(rng.integers(-10 ** 9, 0)), 70000.0, 1 / 3]
            value = pool[rng.integers(len(pool))]
            arg = np.array([[value]])
            if rng.random() < 0.25:
                cls = _INT_CLASSES[rng.integers(len(_INT_CLASSES))]
                info = np.iinfo(cls)
                arg = np.array([[[info.min, info.max][rng.integers(2)]]], dtype=cls)
                value = int(arg[0, 0])
        else:
            value = float(rng.integers(32, 127))
            arg = np.array([[value]])
        if conv in "cs" and _fits(conv, value) and not 32 <= value < 127:
            value = 65.0               # Octave writes codes above 127 as bytes
            arg = np.array([[value]])
        if _fits(conv, value):
            matlab_pieces.append(text)
        else:
            matlab_pieces.append(text[:-1] + "e")
            switched += 1
        pieces.append(text)
        args.append(arg)
    if not switched:
        return None
    return "".join(pieces), args, "".join(matlab_pieces)


def _octave_sprintf(formats, arglists) -> list[str]:
    """Octave's sprintf of every (format, args), in one octave-cli, as text decoded
    from its bytes (or '<ERROR>message')."""
    n = len(formats)
    F = np.empty((1, n), dtype=object)
    V = np.empty((1, n), dtype=object)
    for k, (fmt, args) in enumerate(zip(formats, arglists)):
        F[0, k] = fmt
        cell = np.empty((1, len(args)), dtype=object)
        for j, a in enumerate(args):
            cell[0, j] = a
        V[0, k] = cell
    statements = ("R = cell(1, numel(F)); for k = 1:numel(F), try, R{k} = "
                  "double(sprintf(F{k}, V{k}{:})); catch e, R{k} = ['<ERROR>' e.message];"
                  " end; end")
    result, = run_octave([(statements, {"F": F, "V": V}, ["R"])])
    assert not isinstance(result, Exception), result
    return [r if isinstance(r, str) else
            bytes(int(c) for c in np.ravel(r)).decode("utf-8", "replace")
            for r in result["R"].ravel()]


@pytest.mark.octave
def test_sprintf_random_formats_agree_with_octave():
    rng = np.random.default_rng(20261206)
    cases = []
    while len(cases) < 2500:
        case = _fitting_case(rng)
        if case is not None:
            cases.append(case)
    octave = _octave_sprintf([f for f, _ in cases], [a for _, a in cases])
    compared = exhausted = 0
    mismatches = []
    for (fmt, args), got in zip(cases, octave):
        mine = matlab.sprintf(fmt, *args)
        if got.startswith("<ERROR>") and "*" in fmt:
            exhausted += 1             # Octave errors when the data run out at a '*'
            continue
        compared += 1
        if mine != got:
            mismatches.append((fmt, args, mine, got))
    assert not mismatches, (f"{len(mismatches)} of {compared} random sprintf cases differ "
                            f"from Octave; first: {mismatches[:5]}")
    assert compared >= 2200 and exhausted <= 300


@pytest.mark.octave
def test_sprintf_switch_to_e_format_with_octave_as_printer():
    """MATLAB prints values a conversion cannot hold with %e (flags, width and
    precision kept): compat's text equals Octave's for the format rewritten to %e,
    while Octave's own text for the original format differs (the recorded
    divergence)."""
    rng = np.random.default_rng(5150)
    cases = []
    while len(cases) < 800:
        case = _switch_case(rng)
        if case is not None:
            cases.append(case)
    formats = [f for f, _, _ in cases] + [m for _, _, m in cases]
    arglists = [a for _, a, _ in cases] * 2
    octave = _octave_sprintf(formats, arglists)
    original, rewritten = octave[:len(cases)], octave[len(cases):]
    mismatches, differs = [], 0
    for (fmt, args, _), got, expected in zip(cases, original, rewritten):
        mine = matlab.sprintf(fmt, *args)
        if mine != expected:
            mismatches.append((fmt, args, mine, expected))
        differs += got != expected
    assert not mismatches, (f"{len(mismatches)} of {len(cases)} cases differ from "
                            f"MATLAB's %e rule; first: {mismatches[:5]}")
    assert differs > len(cases) // 2        # Octave still prints most of them otherwise


# ------------------------------------------------------------- num2str and friends
def _values(rng, shape):
    n = shape[0] * shape[1]
    kind = rng.integers(0, 7)
    if kind == 0:
        v = rng.integers(-1000, 1000, size=n).astype(float)
    elif kind == 1:
        v = np.array([float(rng.integers(-10 ** int(rng.integers(0, 15)),
                                         10 ** int(rng.integers(0, 15)) + 1))
                      for _ in range(n)])
    elif kind == 2:
        v = rng.uniform(-1, 1, size=n) * 10.0 ** rng.integers(-8, 12)
    elif kind == 3:
        v = rng.uniform(-1, 1, size=n) * 10.0 ** rng.integers(-10, 20, size=n)
    elif kind == 4:
        pool = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 1e10,
                         1e-10, 123456789.0, np.pi, -np.e])
        v = pool[rng.integers(len(pool), size=n)]
    elif kind == 5:
        v = rng.integers(-50, 50, size=n) + 0.5
    else:
        v = rng.uniform(-1, 1, size=n) * 10.0 ** rng.integers(0, 4)
        mask = rng.random(n) < 0.5
        v[mask] = np.round(v[mask])
    return v.reshape(shape)


def _matrix(rng, *, int_magnitude=10 ** 15):
    shape = [(1, 1), (1, 1), (1, 3), (3, 1), (2, 3), (3, 2), (1, 5), (0, 0)][
        rng.integers(8)]
    r = rng.random()
    if r < 0.12:
        cls = _INT_CLASSES[rng.integers(len(_INT_CLASSES))]
        info = np.iinfo(cls)
        pool = [max(int(info.min), -int_magnitude + 1), min(int(info.max), int_magnitude - 1),
                0, 1, 7, 100]
        return np.array([pool[rng.integers(6)] for _ in range(shape[0] * shape[1])],
                        dtype=cls).reshape(shape)
    if r < 0.18:
        return rng.random(shape) < 0.5
    if r < 0.25:
        v = _values(rng, shape)
        return np.where(np.abs(v) < 1e38, v, 1e30).astype(np.float32)
    if r < 0.32:
        imag = _values(rng, shape)
        imag[~(imag != 0)] = 1.5   # Octave narrows all-zero imaginary parts to real
        real = _values(rng, shape)
        # an Inf/NaN part beside a part below 1 makes Octave's integer-complex width
        # negative (floor(log10) + 3 < 0) and its format malformed: left out
        for a, b in ((real, imag), (imag, real)):
            b[~np.isfinite(a) & (np.abs(b) < 1) & (b != 0)] = 1.0
        with np.errstate(invalid="ignore"):
            return real + 1j * imag
    return _values(rng, shape)


_NUM2STR_FORMATS = ("%10.5f", "%g", "%8.3f ", "%.2f", "%e", "%-8.3g", "%+.3g", "%.10g",
                    "%12.4e\\n")
_INT_FORMATS = ("%d", "%5d", "%d,", "%x", "%d %d")


def _text_cases(rng, count):
    """(call, A, p) for num2str, int2str, mat2str."""
    cases = []
    while len(cases) < count:
        routine = ["num2str", "num2str", "int2str", "mat2str"][rng.integers(4)]
        m = _matrix(rng)
        r = rng.random()
        if routine == "num2str":
            if r < 0.4:
                cases.append(("num2str(A)", m, None))
            elif r < 0.7:
                cases.append(("num2str(A, p)", m, float(rng.integers(0, 21))))
            else:
                formats = _NUM2STR_FORMATS
                values = np.asarray(m)
                if m.dtype.kind == "b" or (m.dtype.kind in "iuf" and np.all(
                        np.isfinite(values)) and np.all(values == np.trunc(values)) and
                        np.all(values >= 0) and np.all(values < 2.0 ** 63)):
                    formats = formats + _INT_FORMATS   # integer formats: fitting data
                cases.append(("num2str(A, p)", m, formats[rng.integers(len(formats))]))
        elif routine == "int2str":
            cases.append(("int2str(A)", m, None))
        elif m.dtype.kind == "c" and not np.all(np.isfinite(m.imag)):
            # MATLAB's mat2str writes a non-finite imaginary part as '1i*Inf' (text
            # that evaluates), Octave 7.3 as 'Infi': left out of the comparison
            continue
        elif m.dtype.kind in "iu" or r < 0.3:
            cases.append(("mat2str(A)" if r < 0.5 else "mat2str(A, 'class')", m, None))
        elif r < 0.6:
            cases.append(("mat2str(A, 'class')", m, None))
        elif r < 0.9:
            cases.append(("mat2str(A, p)", m, float(rng.integers(1, 20))))
        else:
            cases.append(("mat2str(A, p)", m, np.array(
                [[float(rng.integers(1, 18)), float(rng.integers(1, 18))]])))
    return cases


def _compat_text(call, A, p) -> str:
    name = call.split("(")[0]
    fn = getattr(matlab, name)
    extra = [] if p is None else [p]
    if "'class'" in call:
        extra.append("class")
    s = fn(A, *extra)
    if isinstance(s, str):
        return s + "\n" if s else ""
    return "".join(str(row) + "\n" for row in np.ravel(s))


@pytest.mark.octave
def test_num2str_int2str_mat2str_random_matrices_agree_with_octave():
    rng = np.random.default_rng(77)
    cases = _text_cases(rng, 1500)
    calls = sorted({c for c, _, _ in cases})
    n = len(cases)
    C = np.empty((1, n), dtype=object)
    A = np.empty((1, n), dtype=object)
    P = np.empty((1, n), dtype=object)
    for k, (call, m, p) in enumerate(cases):
        C[0, k] = float(calls.index(call) + 1)
        A[0, k] = m
        P[0, k] = np.zeros((0, 0)) if p is None else p
    switch = "switch C{k}, " + " ".join(
        f"case {i + 1}, s = {c};" for i, c in enumerate(calls)) + " end;"
    # every row of the char matrix followed by a newline, trailing blanks kept
    statements = ("R = cell(1, numel(C)); for k = 1:numel(C), try, A = A_{k}; "
                  f"p = P{{k}}; {switch} t = [s, repmat(char(10), size(s, 1), 1)]'; "
                  "R{k} = double(t(:)'); if isempty(s), R{k} = zeros(1, 0); end; "
                  "catch e, R{k} = ['<ERROR>' e.message]; end; end")
    result, = run_octave([(statements, {"C": C, "A_": A, "P": P}, ["R"])])
    assert not isinstance(result, Exception), result
    mismatches = []
    for (call, m, p), r in zip(cases, result["R"].ravel()):
        got = r if isinstance(r, str) else bytes(int(c) for c in np.ravel(r)).decode()
        mine = _compat_text(call, m, p)
        if call.startswith("mat2str"):
            # a non-finite imaginary part: MATLAB's mat2str.m writes '1i*Inf', Octave
            # 'Infi' (golden num2str/mat2str_complex_nonfinite_imag)
            got = re.sub(r"([+-])(Inf|NaN)i", lambda g: ("-" if g[1] == "-" and g[2] ==
                         "Inf" else "+") + "1i*" + g[2], got)
        if mine != got:
            mismatches.append((call, m, p, mine, got))
    assert not mismatches, (f"{len(mismatches)} of {n} random num2str/int2str/mat2str "
                            f"cases differ from Octave; first: {mismatches[:5]}")


# ------------------------------------------------------------ fixed by the campaign
def test_num2str_integer_classes_print_every_digit():
    """MATLAB Answers 764686 (2021): num2str(uint64(817835078876192769)) is
    '817835078876192769' (the double would be 817835078876192768); GNU Octave 7.3 and
    compat before this fix printed '8.178350788761928e+17'."""
    assert matlab.num2str(np.uint64(817835078876192769)) == "817835078876192769"
    assert matlab.num2str(np.array([[9007199254740993, -2 ** 63]], dtype=np.int64)) == \
        "9007199254740993 -9223372036854775808"
    # columns floor(log10(max)) + 3 wide, as for integer-valued doubles (the log of
    # the value as a double: 999999999999999999 is 1e18 there, so 21 columns)
    assert matlab.num2str(np.array([[999999999999999999, 1]], dtype=np.int64)) == \
        "999999999999999999" + " " * 20 + "1"
    assert matlab.num2str(np.array([[1, 2, 3]], dtype=np.int8)) == "1  2  3"
    assert matlab.num2str(np.array([[-5], [100]], dtype=np.int16)).tolist() == \
        [" -5", "100"]
    big = np.array([[2 ** 62]], dtype=np.int64).astype(">i8")     # any byte order
    assert matlab.num2str(big) == "4611686018427387904"
    # uint64 beyond int64 too (Stack Overflow 33576746, R2015b: num2str(uint64(2)^63)
    # is '9223372036854775808'; golden suite matlab/num2str_integers)
    assert matlab.num2str(np.uint64(2 ** 63)) == "9223372036854775808"
    assert matlab.num2str(np.array([[2 ** 64 - 1, 5]], dtype=np.uint64)) == \
        "18446744073709551615" + " " * 21 + "5"


def test_generators_keep_to_their_rules():
    """The generators' own contracts, without Octave: fitting cases fit, switch cases
    switch at least one operator, and no format is empty."""
    rng = np.random.default_rng(99)
    for _ in range(300):
        case = _fitting_case(rng)
        if case is None:
            continue
        fmt, args = case
        convs = re.findall(r"%[-+ 0#]*(?:\*|\d+)?(?:\.(?:\*|\d*))?([diufeEgGxXocs])",
                           fmt.replace("%%", ""))
        assert convs
        assert all(_fits(c, v) for c in convs for v in _numbers(args))
    switched = [_switch_case(rng) for _ in range(100)]
    assert all(m != f for f, _, m in filter(None, switched))


def test_star_precision_limits_text():
    """A ``*`` precision limits ``%s`` like a written one (sprintf documentation,
    'precision'; C's printf): GNU Octave 7.3 takes it as a field width instead (golden
    case matlab/sprintf/star_precision_text, recorded as its divergence)."""
    assert matlab.sprintf("[%.*s][%5.*s][%.*s]", 1, "abc", 2, "xyz", 2, [72, 105, 33]) == \
        "[a][   xy][Hi]"
    assert matlab.sprintf("[%.1s][%5.2s]", "abc", "xyz") == "[a][   xy]"


@pytest.mark.octave
def test_fprintf_random_formats_write_octaves_bytes(tmp_path):
    """fprintf to a file: the bytes written and the count returned equal Octave's for
    random fitting formats and arguments (fprintf's layer over the engine: file ids,
    encoding, nbytes)."""
    rng = np.random.default_rng(31337)
    cases = []
    while len(cases) < 400:
        case = _fitting_case(rng)
        if case is not None:
            cases.append(case)
    n = len(cases)
    F = np.empty((1, n), dtype=object)
    V = np.empty((1, n), dtype=object)
    for k, (fmt, args) in enumerate(cases):
        F[0, k] = fmt
        cell = np.empty((1, len(args)), dtype=object)
        for j, a in enumerate(args):
            cell[0, j] = a
        V[0, k] = cell
    folder = str(tmp_path).replace("'", "''")
    statements = (f"N = zeros(1, numel(F)); for k = 1:numel(F), fid = fopen(sprintf("
                  f"'%s/octave%d.txt', '{folder}', k), 'w'); try, N(k) = fprintf(fid, "
                  "F{k}, V{k}{:}); catch, N(k) = -1; end; fclose(fid); end")
    result, = run_octave([(statements, {"F": F, "V": V}, ["N"])])
    assert not isinstance(result, Exception), result
    counts = np.ravel(result["N"])
    compared = 0
    mismatches, octave_count_off = [], []
    for k, ((fmt, args), count) in enumerate(zip(cases, counts), start=1):
        if count < 0:
            assert "*" in fmt          # only the data running out at a '*' errors there
            continue
        path = tmp_path / f"compat{k}.txt"
        fid = matlab.fopen(str(path), "w")
        try:
            mine = matlab.fprintf(fid, fmt, *args, nargout=1)
        finally:
            matlab.fclose(fid)
        expected = (tmp_path / f"octave{k}.txt").read_bytes()
        compared += 1
        # nbytes is the number of bytes written (fprintf documentation); Octave 7.3's
        # count also includes the characters a precision cut from %s/%c
        # (fprintf('%.0s]', 'c') writes ']' and returns 2)
        if path.read_bytes() != expected or mine != len(expected):
            mismatches.append((fmt, args, path.read_bytes(), expected, mine, count))
        if count != len(expected):
            octave_count_off.append(fmt)
    assert not mismatches, (f"{len(mismatches)} of {compared} random fprintf cases differ "
                            f"from Octave; first: {mismatches[:5]}")
    assert compared >= 350
    assert all(re.search(r"\.\d*[cs]", fmt) for fmt in octave_count_off), octave_count_off


def test_fprintf_count_is_bytes_written(capsys, tmp_path):
    """nbytes counts the bytes written, after a precision cut a text (golden case
    matlab/sprintf/fprintf_count_after_precision: GNU Octave 7.3 returns 5)."""
    assert matlab.fprintf("%.1s]\n", "abc", nargout=1) == 3.0
    assert capsys.readouterr().out == "a]\n"
    fid = matlab.fopen(str(tmp_path / "n.txt"), "w")
    try:
        assert matlab.fprintf(fid, "%.0s|%3.1s|", "xyz", "uvw", nargout=1) == 5.0
    finally:
        matlab.fclose(fid)
    assert (tmp_path / "n.txt").read_bytes() == b"|  u|"
