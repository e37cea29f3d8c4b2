"""The IDL Astronomy Library's small utilities: MINMAX, NINT, CIRRANGE, REPSTR, TAG_EXIST,
GETTOK, ASINH, GCIRC and CONCAT_DIR.

Real astronomy code calls these everywhere (scans of SDSS idlutils: MINMAX in 20 files,
NINT 20, CIRRANGE 12, REPSTR 12, GCIRC 10, ASINH 6). Each routine follows the Library's
own BSD-licensed ``.pro`` file (github.com/wlandsman/IDLAstro, commit 729b572, Nov 2022;
the file and its last revision are named in each docstring), including its type rules
and its corner cases; the golden suite ``reference_outputs/idl/astro_utils`` runs those
files in GDL 1.0.1 as the oracle.

The Library's procedures that change their arguments return the new values instead
(compat never modifies the caller's data): ``CIRRANGE, ang`` is ``ang = cirrange(ang)``;
``GCIRC, u, ra1, dc1, ra2, dc2, dis`` is ``dis = gcirc(u, ra1, dc1, ra2, dc2)``; GETTOK's
shortened string comes back on request (``new_st=True``).
"""

from __future__ import annotations

import builtins

import numpy as np

from compat._core import sky
from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.idl_format import convert_text
from compat._core.half_away import round_half_away
from compat._core.idl_numeric import to_idl_type, to_integer_result
from compat._core.idl_struct import as_structure, is_structure, tag_list
from compat._core.idl_types import idl_array, idl_shape, index_type, promote
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result, requested
from compat.idl.statistics import extremes

__all__ = ["minmax", "nint", "cirrange", "repstr", "tag_exist", "gettok", "asinh",
           "gcirc", "concat_dir"]


def _out(a: np.ndarray):
    """A 0-d result as a numpy scalar, an array as is."""
    a = np.asarray(a)
    return a[()] if a.ndim == 0 else a


def _text(value, name: str):
    """IDL text: a ``str`` or an ndarray of ``str`` (bytes decoded), or a TypeError."""
    a = idl_array(value, name, string_ok=True)
    if a.dtype.kind != "U":
        raise CompatTypeError(f"{name} must be a string (scalar or array), got "
                              f"{a.dtype}")
    return a


def _like(template: np.ndarray, values: np.ndarray):
    """Text results in the shape of the input: ``str`` for a scalar."""
    out = np.asarray(values, dtype=str).reshape(template.shape)
    return str(out[()]) if out.ndim == 0 else out


# ------------------------------------------------------------------------------ MINMAX
class MinmaxResult(Result):
    """MINMAX's result and its output argument SUBS."""

    result: np.ndarray
    subs: np.ndarray


def _pair(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """``TRANSPOSE([[first], [second]])`` (minmax.pro's DIMEN form): the two arrays joined
    along IDL's second dimension, then every dimension reversed; IDL drops trailing
    dimensions of length 1."""
    a, b = np.asarray(first), np.asarray(second)
    if a.ndim < 2:
        a, b = a.reshape(1, -1), b.reshape(1, -1)
    out = np.concatenate([a, b], axis=-2).T
    return np.ascontiguousarray(out.reshape(idl_shape(out.shape)))


@idl_routine("MINMAX", output_arguments=("subs",))
def minmax(array, *, subs=False, nan=False, dimen=None):
    """The minimum and maximum of an array in one call, as the IDL Astronomy Library's
    ``MINMAX`` (minmax.pro, IDLAstro 729b572; last revision July 2009).

    IDL call form::

        value = MINMAX(array [, subs, /NAN, DIMEN=])   ->  idl.minmax(array, subs=True, ...)

    Parameters
    ----------
    array : array_like
        Numeric scalar or array (readsav layout); complex values compare by modulus.
    subs : bool
        Request the output argument SUBS: the flat subscripts (IDL order = numpy C
        order) of the minimum and the maximum, LONG; with DIMEN, an array like the
        result, subscripts into the whole array.
    nan : bool
        /NAN: NaN (and Infinity) are missing data, as for IDL's MIN.
    dimen : int, optional
        DIMEN=: the IDL dimension (1 = numpy's last axis) to reduce. The Library
        documents it for 2-D arrays; other ranks give what its code computes (see
        Returns).

    Returns
    -------
    ndarray, or MinmaxResult(result, subs)
        Without DIMEN: ``[min, max]`` in the input type. With DIMEN:
        ``TRANSPOSE([[amin], [amax]])`` -- for a 2-D array one ``[min, max]`` pair per
        line, numpy shape ``(N, 2)``: ``minmax(w, dimen=1)[k]`` is the pair of IDL row
        ``w[*, k]`` (numpy ``w[k, :]``).

    Notes
    -----
    The values are those of IDL's ``MIN(array, MAX=amax)``: without /NAN a NaN in the
    first position gives NaN for both (IDL's scan keeps the first element unless a later
    one is strictly beyond it), NaNs elsewhere are passed over. ``(a.min(), a.max())``
    returns NaN whenever any element is NaN, never the subscripts, and numpy's axis
    numbering runs the other way. The keyword is ``DIMEN``, not IDL MIN's
    ``DIMENSION``: IDL refuses ``DIMENSION=`` here (a keyword longer than the one
    declared is no abbreviation).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.minmax(np.array([3, 1, 4, 1, 5], dtype=np.int16))
    array([1, 5], dtype=int16)
    >>> w = np.arange(6, dtype=np.float32).reshape(2, 3)     # IDL FINDGEN(3, 2)
    >>> idl.minmax(w, dimen=1)
    array([[0., 2.],
           [3., 5.]], dtype=float32)
    >>> idl.minmax(np.array([3.0, np.nan, -2.0]), subs=True).subs
    array([2, 0], dtype=int32)
    """
    a = idl_array(array, "Array")
    res = extremes(a, dimen, nan, False, ("min", "max"))
    (amin, cmin), (amax, cmax) = res["min"], res["max"]
    if dimen is not None:
        value = _pair(amin, amax)
        sub = (lambda: _pair(cmin, cmax))
    else:
        value = np.array([amin, amax], dtype=a.dtype)
        sub = (lambda: np.array([cmin, cmax], dtype=index_type(a.size)))
    return named_result(MinmaxResult, value, requested(subs=(subs, sub)))


# -------------------------------------------------------------------------------- NINT
def _string_extremes(s: np.ndarray):
    """IDL's MAX and MIN of a string array: the lexicographic extremes."""
    flat = s.reshape(-1).tolist()
    return builtins.max(flat), builtins.min(flat)


@idl_routine("NINT")
def nint(x, *, long=False):  # noqa: A002 - the IDL keyword
    """Nearest integer, as the IDL Astronomy Library's ``NINT`` (nint.pro, IDLAstro
    729b572; last revision October 2001).

    IDL call form::

        result = NINT(x [, /LONG])          ->  idl.nint(x, long=True)

    Parameters
    ----------
    x : array_like or str
        Numbers, or text read as FLOAT (``NINT(['3.4', '-0.9'])`` is ``[3, -1]``).
    long : bool
        /LONG: LONG (int32) result from floats.

    Returns
    -------
    numpy integer or ndarray
        ROUND's halves away from zero (``NINT(2.5)`` 3, ``NINT(-2.5)`` -3), then:
        INT (int16, through FIX, so out-of-range values wrap) unless /LONG is set or
        the larger of ``ABS(MAX(x))``, ``ABS(MIN(x))`` exceeds 32767, when it is LONG.
        Integer input keeps its type on that LONG path (ROUND returns integers
        unchanged: ``NINT(5, /LONG)`` is INT 5).

    Notes
    -----
    The INT/LONG choice uses only the maximum and minimum, exactly as nint.pro writes
    it, with the consequences: for text, IDL's MAX/MIN compare strings
    lexicographically, so ``NINT(['1', '40000', '9'])`` decides on '9' and '1' and
    returns INT ``[1, -25536, 9]``; a NaN first element makes the maximum NaN and the
    result INT (NaN rounds to LONG -2147483648, which FIX wraps to 0); -32767.5 gives
    INT -32768. Complex input is refused, as by ROUND.

    Differences from ``numpy.rint(x).astype(int)``: numpy rounds halves to even
    (``rint(2.5)`` is 2.0) and has no INT/LONG rule.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.nint(np.array([-0.9, -0.1, 0.1, 0.9], dtype=np.float32))   # the header's example
    array([-1,  0,  0,  1], dtype=int16)
    >>> idl.nint([-2.5, 2.5, 40000.0])
    array([   -3,     3, 40000], dtype=int32)
    >>> idl.nint(np.array(['3.4', '-0.9']))
    array([ 3, -1], dtype=int16)
    """
    a = idl_array(x, "X", string_ok=True, complex_ok=False)
    if a.dtype.kind == "U":
        hi, lo = _string_extremes(a)
        bounds = convert_text(np.array([hi, lo]), np.float32)
        values = convert_text(a, np.float32)
    else:
        res = extremes(a, None, False, False, ("max", "min"))
        bounds = np.array([res["max"][0], res["min"][0]], dtype=a.dtype)
        values = a
    with np.errstate(invalid="ignore", over="ignore"):
        mags = np.abs(bounds)
        # IDL's ``abs(xmax) > abs(xmin)``: NaN when either is NaN (as GDL), never big
        biggest = np.nan if np.isnan(mags.astype(np.float64)).any() else mags.max()
        big = bool(biggest > 32767)
    rounded = to_integer_result(values, round_half_away, False)
    if big or long:
        return _out(rounded)
    return _out(to_idl_type(rounded, np.int16))


# ---------------------------------------------------------------------------- CIRRANGE
@idl_routine("CIRRANGE")
def cirrange(ang, *, radians=False):
    """Force angles into ``0 <= ang < 360`` (or ``[0, 2 pi)``), as the IDL Astronomy
    Library's ``CIRRANGE`` (cirrange.pro, IDLAstro 729b572; last revision September
    1997).

    IDL call form::

        CIRRANGE, ang [, /RADIANS]          ->  ang = idl.cirrange(ang, radians=True)

    The Library changes ``ang`` in place; compat returns the new value.

    Parameters
    ----------
    ang : array_like
        Angles in degrees (radians with /RADIANS), scalar or array, any real type.
    radians : bool
        /RADIANS: the period is ``2 * !DPI``.

    Returns
    -------
    numpy.float64 or ndarray of float64
        Always DOUBLE, as the Library documents ("The type of ANG is always converted to
        double precision on output").

    Notes
    -----
    cirrange.pro computes ``ang MOD 360d`` (C's ``fmod``: the remainder keeps the sign
    of the angle) and adds the period to the negative remainders. So -720 gives -0.0
    (a negative zero is not below 0), and a tiny negative angle such as -1e-20 gives
    360.0 exactly, outside the documented range -- as in IDL. NaN stays NaN; an
    infinite angle gives NaN. ``numpy.mod(ang, 360)`` takes the sign of the divisor
    instead and rounds differently for such values.

    Examples
    --------
    >>> from compat import idl
    >>> idl.cirrange([-10.0, 370.0, 720.0])
    array([350.,  10.,   0.])
    >>> float(idl.cirrange(-1.0, radians=True))
    5.283185307179586
    """
    a = idl_array(ang, "ang", complex_ok=False)
    period = 2.0 * np.pi if radians else 360.0
    with np.errstate(invalid="ignore"):
        out = sky.wrap_angle(a.astype(np.float64), period)
    return _out(out)


# ------------------------------------------------------------------------------ REPSTR
@idl_routine("REPSTR")
def repstr(obj, in_, out=None):
    """Replace every occurrence of a substring, as the IDL Astronomy Library's
    ``REPSTR`` (repstr.pro, IDLAstro 729b572; last revision January 2017).

    IDL call form::

        result = REPSTR(obj, in [, out])    ->  idl.repstr(obj, in_, out)

    (``in`` is a Python keyword: the parameter is ``in_``.)

    Parameters
    ----------
    obj : str or array_like of str
        The text to edit, scalar or array (unchanged).
    in_ : str
        The substring to replace; the empty string is an error.
    out : str, optional
        Its replacement; default ``''`` (delete ``in``).

    Returns
    -------
    str or ndarray of str
        The edited text, in the shape of ``obj``.

    Raises
    ------
    ValueError
        ``"REPSTR: ERROR - empty input string not allowed"`` (the Library's message).

    Notes
    -----
    Occurrences are found left to right and replaced without re-scanning the inserted
    text (``REPSTR('aaa', 'aa', 'b')`` is ``'ba'``): IDL 8.4 and later run the string
    ``Replace`` method, older versions (and GDL, which reports release 8.2) the
    Library's loop; both give this result, which is Python's ``str.replace``.

    Examples
    --------
    >>> from compat import idl
    >>> idl.repstr('I am what I am', 'am', 'was')       # the header's example
    'I was what I was'
    >>> idl.repstr(['aaa', 'xaax'], 'aa', 'b')
    array(['ba', 'xbx'], dtype='<U3')
    """
    text = _text(obj, "obj")
    find = _text(in_, "in")
    new = "" if out is None else _text(out, "out")
    if find.size != 1 or np.size(new) != 1:
        raise CompatValueError("in and out must be scalar strings")
    find, new = str(find.reshape(-1)[0]), str(np.reshape(new, -1)[0])
    if find == "":
        raise CompatValueError("ERROR - empty input string not allowed")
    values = [s.replace(find, new) for s in text.reshape(-1).tolist()]
    return _like(text, values)


# --------------------------------------------------------------------------- TAG_EXIST
class TagExistResult(Result):
    """TAG_EXIST's result and its output keyword INDEX."""

    result: np.uint8
    index: object


_TAG_EXIST_USE = ("Use: status = tag_exist(str, tag)\nstr = structure variable\n"
                  "tag = string variable")


def _tag_search(s, tag: np.ndarray, top_level: bool):
    """tag_exist.pro's search: ``(found, index)``."""
    names = np.array(s.dtype.names)
    match = sky.idl_binary(np.equal, names, np.char.upper(tag))
    where = np.flatnonzero(np.atleast_1d(match))
    if where.size:
        return True, np.int32(where[0])
    index = np.int32(-1)
    if top_level:
        return False, index
    for _, value, _ in tag_list(s):
        if is_structure(value) and not isinstance(value, dict):
            found, index = _tag_search(as_structure(value, "str"), tag, False)
            if found:
                return True, index
    return False, index


@idl_routine("TAG_EXIST")
def tag_exist(str, tag, *, index=False, top_level=False, quiet=False,  # noqa: A002
              recurse=False):
    """Whether a structure has a tag, searching nested structures, as the IDL Astronomy
    Library's ``TAG_EXIST`` (tag_exist.pro, IDLAstro 729b572; last revision January
    2012).

    IDL call form::

        status = TAG_EXIST(str, tag [, INDEX=, /TOP_LEVEL, /QUIET, /RECURSE])
                                           ->  idl.tag_exist(str, tag, index=True, ...)

    Parameters
    ----------
    str : structure
        Record array / structured scalar (readsav layout), or a dict (nested dicts are
        nested structures).
    tag : str
        The tag name, any case.
    index : bool
        Request INDEX: the position of the matching tag (LONG) in the structure that
        holds it -- the nested one when the match is nested; -1 when there is none.
    top_level : bool
        /TOP_LEVEL: search the top level only.
    quiet : bool
        /QUIET: no message for invalid arguments.
    recurse : bool
        /RECURSE: no effect (kept, as by the Library, for SolarSoft's version).

    Returns
    -------
    numpy.uint8, or TagExistResult(result, index)
        BYTE 1 when the tag exists, else 0.

    Notes
    -----
    Without /TOP_LEVEL the search goes depth first through the tags that are
    structures, in order, and stops at the first match. When ``str`` is not a structure
    or ``tag`` not a string, the Library prints its usage (here a ``CompatWarning``
    with the same text, unless ``quiet``) and returns 0; INDEX is then left undefined
    (``None`` here).

    Examples
    --------
    >>> from compat import idl
    >>> s = {'a': 1, 'b': {'c': 2, 'd': {'e': 3}}, 'f': 4}
    >>> int(idl.tag_exist(s, 'e'))
    1
    >>> r = idl.tag_exist(s, 'f', index=True)
    >>> int(r.result), int(r.index)
    (1, 2)
    >>> int(idl.tag_exist(s, 'e', top_level=True))
    0
    """
    is_text = isinstance(tag, (builtins.str, bytes, np.str_)) or (
        isinstance(tag, np.ndarray) and tag.dtype.kind == "U")
    if not is_structure(str) or not is_text:
        if not quiet:
            legacy_warn(_TAG_EXIST_USE, prefix=False)
        return named_result(TagExistResult, np.uint8(0),
                            requested(index=(index, None)))
    s = as_structure(str, "str")
    found, where = _tag_search(s, _text(tag, "tag"), bool(top_level))
    return named_result(TagExistResult, np.uint8(found), requested(index=(index, where)))


# ------------------------------------------------------------------------------ GETTOK
class GettokResult(Result):
    """GETTOK's token and, on request, the string it leaves (its in-out ST)."""

    result: object
    new_st: object


@idl_routine("GETTOK")
def gettok(st, char, *, exact=False, notrim=False, new_st=False):
    """The first part of a string up to a character, as the IDL Astronomy Library's
    ``GETTOK`` (gettok.pro, IDLAstro 729b572; last revision March 2011).

    IDL call form::

        token = GETTOK(st, char [, /EXACT, /NOTRIM])
            ->  token = idl.gettok(st, char)
            ->  token, st = idl.gettok(st, char, new_st=True)

    IDL also shortens its argument ST (the token and the separator removed); compat
    returns that new ST on request.

    Parameters
    ----------
    st : str or array_like of str
        The text, scalar or array.
    char : str
        The separator (one character: the Library skips one character after it).
    exact : bool
        /EXACT: keep leading blanks and tabs (by default removed first, and when
        ``char`` is a blank, tabs become blanks).
    notrim : bool
        /NOTRIM: leave ST as it was (after the /EXACT step).
    new_st : bool
        Request the new ST.

    Returns
    -------
    str or ndarray of str, or GettokResult(result, new_st)
        The text before the first ``char`` (the whole string where there is none; ST
        then becomes ``''``), in the shape of ``st``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> tok, rest = idl.gettok(np.array(['abc=999', 'x=3.4234']), '=', new_st=True)
    >>> tok, rest                                  # the header's example
    (array(['abc', 'x'], dtype='<U3'), array(['999', '3.4234'], dtype='<U6'))
    >>> idl.gettok('  a b c', ' ', new_st=True)
    GettokResult(result='a', new_st='b c')
    """
    text = _text(st, "st")
    sep = _text(char, "char")
    if sep.size != 1:
        raise CompatValueError("char must be a scalar string")
    sep = builtins.str(sep.reshape(-1)[0])
    items = text.reshape(-1).tolist()
    if not exact:
        items = [s.lstrip(" \t") for s in items]
        if sep == " ":
            items = [s.replace("\t", " ") for s in items]
    tokens, rests = [], []
    for s in items:
        pos = s.find(sep)
        if pos < 0:
            tokens.append(s)
            rests.append(s if notrim else "")
        else:
            tokens.append(s[:pos])
            rests.append(s if notrim else s[pos + 1:])
    return named_result(GettokResult, _like(text, tokens),
                        requested(new_st=(new_st, lambda: _like(text, rests))))


# ------------------------------------------------------------------------------- ASINH
@idl_routine("ASINH")
def asinh(x):
    """Inverse hyperbolic sine, as the IDL Astronomy Library's ``ASINH`` (asinh.pro,
    IDLAstro 729b572; last revision October 2003).

    IDL call form::

        result = ASINH(x)                   ->  idl.asinh(x)

    Parameters
    ----------
    x : array_like
        Real numbers, scalar or array (complex refused, as documented).

    Returns
    -------
    numpy scalar or ndarray
        DOUBLE for DOUBLE input, else FLOAT: ``ALOG(ABS(x) + SQRT(x^2 + 1.0))``, negated
        where ``x < 0`` (Numerical Recipes eq. 5.6.7).

    Notes
    -----
    The formula runs in IDL's types, so integer input squares in its own type before
    the FLOAT sum: INT above 181 (and LONG above 46340) wraps and gives NaN, as in IDL;
    BYTE squares as INT (IDL's rule: the operand of higher precedence, INT's 2, sets
    the type), so bytes up to 181 are right and larger ones wrap as INT does. (GDL 1.0.1 squares a BYTE as BYTE: recorded as a
    divergence in the golden suite.) For large ``|x|`` the Library's formula overflows
    where ``numpy.arcsinh`` does not (``x^2`` beyond FLOAT's range: ASINH(1e20) is Inf in
    FLOAT), and near 0 it loses the relative precision ``numpy.arcsinh`` keeps.
    Logarithms come from numpy, not the C library IDL and GDL call: the last bit can
    differ (about one FLOAT result in 300 and one DOUBLE in 1000 on random input).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.asinh(np.array([-1.0, 0.0, 2.0], dtype=np.float32))
    array([-0.88137364,  0.        ,  1.4436355 ], dtype=float32)
    """
    a = idl_array(x, "X", complex_ok=False)
    with np.errstate(over="ignore", invalid="ignore"):
        if a.dtype.kind in "iu":
            square_type = promote(a.dtype, np.dtype(np.int16))
            b = a.astype(square_type)
            square = b * b
        else:
            square = a * a
        ftype = np.dtype(np.float64) if a.dtype == np.float64 else np.dtype(np.float32)
        root = np.sqrt(square.astype(ftype) + ftype.type(1.0))
        total = np.abs(a).astype(ftype) + root
        # FLOAT: C's logf is (nearly always) correctly rounded; numpy's float32 log is
        # not, so the logarithm is taken in double and rounded once to FLOAT
        y = np.log(total.astype(np.float64)).astype(ftype)
        y = np.where(a < 0, -y, y).astype(ftype)
    return _out(y)


# ------------------------------------------------------------------------------- GCIRC
_D2R = np.pi / 180.0
_AS2R = np.pi / 648000.0
_H2R = np.pi / 12.0


@idl_routine("GCIRC")
def gcirc(u, ra1, dc1, ra2, dc2):
    """Great-circle distance between points on the sky, as the IDL Astronomy Library's
    ``GCIRC`` (gcirc.pro, IDLAstro 729b572; last revision March 2009).

    IDL call form::

        GCIRC, U, RA1, DC1, RA2, DC2, DIS   ->  dis = idl.gcirc(u, ra1, dc1, ra2, dc2)

    Parameters
    ----------
    u : int
        Units: 0 everything in radians; 1 RA in decimal hours, Dec in degrees, DIS in
        arc seconds; 2 RA and Dec in degrees, DIS in arc seconds.
    ra1, dc1, ra2, dc2 : array_like
        The two points (scalars or arrays; IDL's rule for two arrays: the result is as
        long as the shorter one, a scalar spreads).

    Returns
    -------
    numpy.float64 or ndarray of float64
        The distance DIS, double precision.

    Raises
    ------
    ValueError
        ``"GCIRC: U must be 0 (radians), 1 ( hours, degrees) or 2 (degrees)"``.

    Notes
    -----
    The haversine formula in double precision, in the Library's order of operations
    (:func:`compat._core.sky.haversine`), so the bits agree with gcirc.pro run in
    IDL/GDL. Called with five arguments the Library prints "Angular separation is ..."
    instead of returning DIS; Python always returns it. Vectors of different lengths are
    truncated to the shorter one, as IDL does, where numpy broadcasting would fail.
    The arcsine is the C library's ``asin`` that IDL and GDL call
    (:func:`compat._core.libm.c_asin`): numpy's ``arcsin`` gives a result one unit in
    the last place apart for about one argument in twelve.
    ``astropy.coordinates.angular_separation`` uses the Vincenty formula and differs in
    the last bits.

    Examples
    --------
    >>> from compat import idl
    >>> float(idl.gcirc(2, 10.0, 20.0, 11.0, 21.0))        # arc seconds
    4932.5523806121955
    """
    code = idl_array(u, "U", complex_ok=False, scalar=True)
    if code.dtype.kind not in "iuf" or code not in (0, 1, 2):
        raise CompatValueError("U must be 0 (radians), 1 ( hours, degrees) or 2 (degrees)")
    code = int(code)
    args = [idl_array(v, n, complex_ok=False).astype(np.float64)
            for v, n in ((ra1, "RA1"), (dc1, "DC1"), (ra2, "RA2"), (dc2, "DC2"))]
    r1, d1, r2, d2 = args
    if code == 1:
        r1, r2, d1, d2 = r1 * _H2R, r2 * _H2R, d1 * _D2R, d2 * _D2R
    elif code == 2:
        r1, r2, d1, d2 = r1 * _D2R, r2 * _D2R, d1 * _D2R, d2 * _D2R
    dis = sky.haversine(r1, d1, r2, d2)
    if code != 0:
        dis = dis / _AS2R
    return _out(dis)


# -------------------------------------------------------------------------- CONCAT_DIR
@idl_routine("CONCAT_DIR")
def concat_dir(dirname, filnam):
    """Join directory and file names, as the IDL Astronomy Library's ``CONCAT_DIR``
    (concat_dir.pro, IDLAstro 729b572; last revision September 2006).

    IDL call form::

        result = CONCAT_DIR(directory, file)

    Each directory is stripped of leading and trailing blanks and given a trailing
    ``'/'`` (PATH_SEP) unless it already ends with one; a directory that is the empty
    string *before* stripping stays empty (the file name alone); a blank one becomes
    ``'/'``. Directories and files combine as IDL's string ``+`` does: scalar with
    array element by element, two arrays to the shorter one's length.

    Parameters
    ----------
    dirname : str or array_like of str
    filnam : str or array_like of str

    Returns
    -------
    str or ndarray of str

    Notes
    -----
    The Library's Windows branch (``$VAR`` directories replaced by the environment
    variable's value, ``'\\'`` separators) is IDL-on-Windows behaviour; compat follows
    PATH_SEP, the UNIX separator, as :func:`compat.idl.path_sep` does.
    ``os.path.join(d, f)`` differs: it keeps blanks, drops ``d`` when ``f`` is absolute
    and does not map over arrays.

    Examples
    --------
    >>> from compat import idl
    >>> idl.concat_dir(' /data/run ', 'pixels.dat')
    '/data/run/pixels.dat'
    >>> idl.concat_dir('/tmp/', ['f1.dat', 'f2.dat'])
    array(['/tmp/f1.dat', '/tmp/f2.dat'], dtype='<U11')
    >>> idl.concat_dir('', 'f.fits'), idl.concat_dir('  ', 'f.fits')
    ('f.fits', '/f.fits')
    """
    dirs = _text(dirname, "directory")
    files = _text(filnam, "file")
    sep = "/"
    fixed = []
    for d in dirs.reshape(-1).tolist():
        t = d.strip(" \t")
        if not t.endswith(sep):
            t += sep
        fixed.append("" if d == "" else t)
    left = np.asarray(fixed, dtype=str).reshape(dirs.shape)
    if left.ndim and files.ndim:
        n = min(left.size, files.size)
        left, right = left.reshape(-1)[:n], files.reshape(-1)[:n]
        shape = (n,)
    else:
        left, right = np.broadcast_arrays(left, files)
        shape = left.shape
    joined = [a + b for a, b in zip(left.reshape(-1).tolist(), right.reshape(-1).tolist())]
    out = np.asarray(joined, dtype=str).reshape(shape)
    return str(out[()]) if out.ndim == 0 else out
