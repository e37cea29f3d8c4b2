"""MATLAB's regular expressions: ``regexp``, ``regexpi``, ``regexprep``.

The MATLAB expression language is translated to Python's ``re`` by
:mod:`compat._core.matlab_regex` (named tokens ``(?<name>...)``, word anchors ``\\<``
``\\>``, ``\\b`` as backspace, ``.`` matching newlines, zero-length matches ignored);
this module parses MATLAB's argument grammar (output keywords in the order given,
option flags) and builds MATLAB's outputs.
"""

from __future__ import annotations


import numpy as np

from compat._core.args import check_nargout
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_regex import (compile_pattern, expand_replacement, find_matches,
                                      iterate)
from compat._core.matlab_text import char_grid, text_items

__all__ = ["regexp", "regexpi", "regexprep"]

_OUTPUTS = {"start": "start", "end": "end", "tokenextents": "tokenExtents",
            "match": "match", "tokens": "tokens", "names": "names", "split": "split"}
_DEFAULT_ORDER = ("start", "end", "tokenExtents", "match", "tokens", "names", "split")
# the option words regexp, regexpi and regexprep share: word -> (switch, value);
# 'warnings' is accepted and changes nothing
_SWITCHES = {"once": ("once", True), "ignorecase": ("ignorecase", True),
             "matchcase": ("ignorecase", False), "emptymatch": ("emptymatch", True),
             "noemptymatch": ("emptymatch", False), "dotall": ("dotall", True),
             "dotexceptnewline": ("dotall", False), "stringanchors": ("lineanchors", False),
             "lineanchors": ("lineanchors", True), "literalspacing": ("freespacing", False),
             "freespacing": ("freespacing", True), "warnings": None}
_SWITCH_DEFAULTS = {"once": False, "ignorecase": False, "emptymatch": False,
                    "dotall": True, "lineanchors": False, "freespacing": False}
_FLAGS = set(_SWITCHES) | {"forcecelloutput"}


def _switch(opts: dict, key: str, own: str) -> bool:
    """Apply the lower-cased option word ``key`` to ``opts``: a shared switch or the
    routine's ``own`` on-switch; False when it is neither."""
    if key == own:
        opts[own] = True
    elif key in _SWITCHES:
        if _SWITCHES[key] is not None:
            name, value = _SWITCHES[key]
            opts[name] = value
    else:
        return False
    return True


def _options(args, ignorecase_default: bool):
    """(outputs in order, options dict) from regexp's trailing arguments."""
    outputs = []
    opts = {**_SWITCH_DEFAULTS, "ignorecase": ignorecase_default, "forcecelloutput": False}
    for arg in args:
        if not isinstance(arg, str):
            raise CompatTypeError(f"options must be text, got {arg!r}")
        key = arg.lower()
        if key in _OUTPUTS:
            outputs.append(_OUTPUTS[key])
        elif not _switch(opts, key, "forcecelloutput"):
            raise CompatValueError(f"unknown option '{arg}'; outputs: "
                                   f"{', '.join(_DEFAULT_ORDER)}; options: "
                                   f"{', '.join(sorted(_FLAGS))}")
    return outputs, opts


def _rows(values: list[float]):
    return np.array(values, dtype=np.float64)


def _one_text(text: str, pattern: str, opts: dict) -> dict:
    """Every output of one text against one expression."""
    regex = compile_pattern(pattern, opts["ignorecase"], opts["dotall"],
                            opts["lineanchors"], opts["freespacing"])
    matches = find_matches(regex, text, once=opts["once"], emptymatch=opts["emptymatch"],
                           source=pattern)
    pieces, position = [], 0
    for m in matches:
        pieces.append(text[position:m.start - 1])
        position = m.end
    pieces.append(text[position:])
    extents = [np.array(m.extents, dtype=np.float64).reshape(len(m.extents), 2)
               for m in matches]
    if opts["once"]:
        first = matches[0] if matches else None
        empty = np.zeros((0, 0))
        names = first.names if first else {k: "" for k in regex.groupindex} if False \
            else (first.names if first else {})
        return {"start": float(first.start) if first else empty,
                "end": float(first.end) if first else empty,
                "tokenExtents": extents[0] if first else empty,
                "match": first.text if first else "",
                "tokens": list(first.tokens) if first else [],
                "names": names,
                "split": pieces}
    if not regex.groupindex:
        names = {}
    elif len(matches) == 1:
        names = matches[0].names
    else:
        names = [m.names for m in matches]
    return {"start": _rows([m.start for m in matches]),
            "end": _rows([m.end for m in matches]),
            "tokenExtents": extents,
            "match": [m.text for m in matches],
            "tokens": [list(m.tokens) for m in matches],
            "names": names,
            "split": pieces}


def _char_row(x, what: str):
    """A numpy str array (compat's char) as the char row it must be: MATLAB's regexp
    functions refuse a char matrix of several rows (MATLAB's message, as printed in
    PrincetonVision/SUN3Dsfm issue 4: "The 'STRING' input must be either a char row
    vector, a cell array of char row vectors, or a string array."; GNU Octave 7.3
    reads the characters instead, recorded in golden suite matlab/char_matrix_text)."""
    if isinstance(x, np.ndarray) and x.dtype.kind == "U":
        grid = char_grid(x, what)
        if grid.shape[0] > 1:
            raise CompatTypeError(f"The '{what}' input must be either a char row vector, "
                                  f"a cell array of char row vectors, or a string array.")
        return "".join(grid.ravel().tolist())
    return x


def _strings_out(key, value, once):
    """A text output of a string-array input as string arrays (numpy StringDType): the
    matches and split pieces of one text a 1-D string array, its tokens a list of them
    ('once' outputs and the numeric ones stay as for char)."""
    if once or key not in ("match", "split", "tokens"):
        return value
    dtype = np.dtypes.StringDType()
    if key == "tokens":
        return [np.array(list(t), dtype=dtype) for t in value]
    return np.array(list(value), dtype=dtype)


def _run(text, expression, args, nargout, ignorecase_default):
    outputs, opts = _options(args, ignorecase_default)
    order = tuple(outputs) + tuple(k for k in _DEFAULT_ORDER if k not in outputs)
    check_nargout(nargout, len(order))
    wanted = order[:nargout]
    text, expression = _char_row(text, "STRING"), _char_row(expression, "EXPRESSION")
    text_kind, texts, text_shape = text_items(text, "str")
    pattern_kind, patterns, pattern_shape = text_items(expression, "expression")
    strings = text_kind == "stringdtype"
    if strings and len(texts) == 1 and len(patterns) == 1:
        # a string scalar against one expression answers as a char row does (numeric
        # outputs as arrays, not cells: regexp("it is what it is", "it") is [1 12] in
        # a MathWorks answer), its text outputs string arrays
        text_kind = "char"
        pattern_kind = "char"
    if text_kind == "char" and pattern_kind == "char":
        result = _one_text(texts[0], patterns[0], opts)
        values = [_strings_out(k, result[k], opts["once"]) if strings else result[k]
                  for k in wanted]
        if opts["forcecelloutput"]:
            values = [[v] for v in values]
    else:
        if len(texts) != 1 and len(patterns) != 1 and len(texts) != len(patterns):
            raise CompatValueError("the text and the expression must have the same number "
                                   "of elements, or one of them one")
        n = max(len(texts), len(patterns))
        results = [_one_text(texts[0 if len(texts) == 1 else k],
                             patterns[0 if len(patterns) == 1 else k], opts)
                   for k in range(n)]
        shape = text_shape if len(texts) == n and text_kind != "char" else pattern_shape
        values = []
        for key in wanted:
            cells = [_strings_out(key, r[key], opts["once"]) if strings else r[key]
                     for r in results]
            if len(shape) == 2:
                cells = [cells[r * shape[1]:(r + 1) * shape[1]] for r in range(shape[0])]
            values.append(cells)
    return values[0] if nargout == 1 else tuple(values)


_CALL_FORMS = """MATLAB call forms::

        startIndex = {name}(str, expression)                 ->  {name}('ab12', '\\\\d')
        [startIndex, endIndex] = {name}(str, expression)     ->  nargout=2
        out = {name}(str, expression, outkey)                ->  {name}(s, p, 'match')
        [out1, ..., outN] = {name}(str, expression, outkey1, ..., outkeyN)
        ___ = {name}(___, 'once')                            ->  first match only
        ___ = {name}(___, option, ...)      ('ignorecase', 'lineanchors', ...)"""


@matlab_function("regexp")
def regexp(text, expression, *args, nargout=1):
    r"""Match a regular expression, as MATLAB's ``regexp`` (case-sensitive).

    MATLAB call forms::

        startIndex = regexp(str, expression)               ->  regexp('ab12c3', '\d')
        [startIndex, endIndex] = regexp(str, expression)   ->  nargout=2
        out = regexp(str, expression, outkey)              ->  regexp(s, p, 'match')
        [out1, ..., outN] = regexp(str, expression, outkey1, ..., outkeyN)
        ___ = regexp(___, 'once')                          ->  first match only
        ___ = regexp(___, option, ...)   ('ignorecase', 'lineanchors', 'freespacing',
                                          'dotexceptnewline', 'emptymatch', ...)

    Parameters
    ----------
    text : str, list of str or str array
        A cell or string array is matched element by element: every output is then a
        list (per element) of what a char vector gives.
    expression : str (or a list, one per text)
        A MATLAB regular expression (see :mod:`compat._core.matlab_regex` for the
        syntax compat translates).
    *args : str
        Output keywords ``'start'``, ``'end'``, ``'tokenExtents'``, ``'match'``,
        ``'tokens'``, ``'names'``, ``'split'`` (returned in the order given, then the
        rest in the default order) and options ``'once'``, ``'ignorecase'``,
        ``'matchcase'``, ``'emptymatch'``, ``'noemptymatch'`` (default), ``'dotall'``
        (default), ``'dotexceptnewline'``, ``'stringanchors'`` (default),
        ``'lineanchors'``, ``'literalspacing'`` (default), ``'freespacing'``,
        ``'forceCellOutput'``, ``'warnings'``.
    nargout : int
        How many outputs: without output keywords MATLAB's order is start, end,
        tokenExtents, match, tokens, names, split.

    Returns
    -------
    The outputs, one value for ``nargout=1``, else a tuple:

    * start, end -- 1-based indices (end inclusive), 1-D float arrays (``'once'``: a
      float, ``[]`` as a 0x0 array when nothing matches);
    * tokenExtents -- per match an N x 2 float array of token [start end];
    * match -- list of the matched texts (``'once'``: the text, ``''`` if none);
    * tokens -- per match a list of the N token texts (``'once'``: that list);
      **an unmatched token is ''** with extent ``[p, p-1]`` where it was expected
      (MATLAB's documented rule);
    * names -- the named tokens as a dict (a struct) for one match, a list of dicts for
      several, ``{}`` when the expression names none;
    * split -- the texts between the matches.

    Notes
    -----
    Differences from the naive ``re`` call: MATLAB's ``.`` matches newlines, ``\b`` is
    a backspace (word boundaries are ``\<``, ``\>``), named tokens are
    ``(?<name>...)``, zero-length matches are ignored unless ``'emptymatch'``, indices
    are 1-based and end-inclusive. GNU Octave 7.3 (PCRE) drops trailing unmatched tokens
    (``regexp('x', '(y)?x', 'tokens')`` is ``{{}}`` there, ``{{''}}`` in MATLAB):
    recorded as a divergence with the MATLAB documentation as evidence. Sources: MATLAB
    documentation of ``regexp``, "Regular Expressions", "Tokens in Regular
    Expressions".

    Examples
    --------
    >>> from compat.matlab import regexp
    >>> regexp('bat cat can car coat court CUT ct CAT-scan', 'c[aeiou]+t', 'match')
    ['cat', 'coat']
    >>> regexp('ab12cd345', r'\d+')
    array([3., 7.])
    >>> regexp('x=1, y=22', r'(\w)=(\d+)', 'tokens')
    [['x', '1'], ['y', '22']]
    >>> regexp('key=val', r'(?<k>\w+)=(?<v>\w+)', 'names')
    {'k': 'key', 'v': 'val'}
    >>> regexp('a1b22c', r'\d+', 'split')
    ['a', 'b', 'c']
    >>> mat, tok = regexp('x=1', r'(\w)=(\d)', 'match', 'tokens', nargout=2)
    >>> mat, tok
    (['x=1'], [['x', '1']])
    """
    return _run(text, expression, args, nargout, False)


@matlab_function("regexpi")
def regexpi(text, expression, *args, nargout=1):
    """Match a regular expression ignoring case, as MATLAB's ``regexpi``.

    MATLAB call forms::

        startIndex = regexpi(str, expression)             ->  regexpi('ABC', 'b')
        out = regexpi(str, expression, outkey, ...)       ->  regexpi(s, p, 'match')

    Everything as :func:`regexp`, with ``'ignorecase'`` the default (``'matchcase'``
    turns it off).

    Examples
    --------
    >>> from compat.matlab import regexpi
    >>> regexpi('bat cat can car coat court CUT ct CAT-scan', 'c[aeiou]+t', 'match')
    ['cat', 'coat', 'CUT', 'CAT']
    """
    return _run(text, expression, args, nargout, True)


def _preserve_case(found: str, replacement: str) -> str:
    """MATLAB's 'preservecase': the replacement takes the case of the matched text,
    character by character (the last one's case for the rest)."""
    out = []
    for k, c in enumerate(replacement):
        source = found[min(k, len(found) - 1)] if found else ""
        if source.isupper():
            out.append(c.upper())
        elif source.islower():
            out.append(c.lower())
        else:
            out.append(c)
    return "".join(out)


def _replace_one(text: str, pattern: str, template, opts: dict) -> str:
    regex = compile_pattern(pattern, opts["ignorecase"], opts["dotall"],
                            opts["lineanchors"], opts["freespacing"])
    count = 0
    target = opts["nth"]
    out, position = [], 0
    for m in iterate(regex, text):
        if m.end() == m.start() and not opts["emptymatch"]:
            continue
        count += 1
        if opts["once"] and count > 1 or target is not None and count != target:
            continue
        value = template(m) if callable(template) else expand_replacement(template, m)
        if opts["preservecase"]:
            value = _preserve_case(m.group(), value)
        out.append(text[position:m.start()])
        out.append(value)
        position = m.end()
    out.append(text[position:])
    return "".join(out)


@matlab_function("regexprep")
def regexprep(text, expression, replace, *options):
    r"""Replace text using a regular expression, as MATLAB's ``regexprep``.

    MATLAB call forms::

        newStr = regexprep(str, expression, replace)          ->  regexprep('ab', 'b', 'x')
        newStr = regexprep(str, expression, replace, option)  ->  'once', 'ignorecase', N

    Parameters
    ----------
    text : str, list of str or str array
        Every element of a cell or string array is processed; the result has the same
        kind.
    expression, replace : str or list of str
        Lists are applied in turn (``expression[k]`` replaced by ``replace[k]``, or by
        the single ``replace``). In the replacement, ``$0`` is the match, ``$N`` token
        N, ``$<name>`` a named token; ``\n``, ``\t``, ``\\``, ``\$`` are escapes; the
        dynamic expressions ``${upper($N)}`` and ``${lower($N)}`` (also ``fliplr``,
        ``strtrim``, ``deblank``) change a token's case. A Python callable taking the
        ``re.Match`` is accepted too (compat extension).
    options : str or int
        ``'once'`` (first match only), ``'ignorecase'``, ``'matchcase'``,
        ``'preservecase'`` (the replacement takes the matched text's case),
        ``'emptymatch'``/``'noemptymatch'`` (default: zero-length matches are not
        replaced), ``'dotexceptnewline'``, ``'lineanchors'``, ``'freespacing'``,
        ``'warnings'``, or an integer N (replace only the N-th match).

    Returns
    -------
    The text with the replacements, of the input's kind.

    Notes
    -----
    ``re.sub`` replaces zero-length matches (``re.sub('x*', '-', 'abc')`` is
    ``'-a-b-c-'``, MATLAB leaves ``'abc'``), uses ``\1`` where MATLAB uses ``$1`` and
    reads MATLAB's ``\b`` as a word boundary. Sources: MATLAB documentation of
    ``regexprep`` and "Dynamic Regular Expressions"; GNU Octave 7.3 (which has no
    dynamic expressions and no 'preservecase', recorded in the goldens).

    Examples
    --------
    >>> from compat.matlab import regexprep
    >>> regexprep('hello world', r'(\w+) (\w+)', '$2 $1')
    'world hello'
    >>> regexprep('abc', r'(\w)', '${upper($1)}')
    'ABC'
    >>> regexprep('aaa', 'a', 'b', 'once')
    'baa'
    >>> regexprep(['ab', 'cb'], 'b', 'X')
    ['aX', 'cX']
    """
    opts = {**_SWITCH_DEFAULTS, "preservecase": False, "nth": None}
    for option in options:
        if isinstance(option, str):
            if not _switch(opts, option.lower(), "preservecase"):
                raise CompatValueError(f"unknown option '{option}'")
        else:
            value = np.asarray(option)
            if value.size != 1 or value.dtype.kind not in "iuf" or \
                    float(value) != int(value) or float(value) < 1:
                raise CompatValueError(f"the match number must be a positive integer, "
                                       f"got {option!r}")
            opts["nth"] = int(value)
    patterns = text_items(expression, "expression")[1]
    if callable(replace):
        replacements = [replace]
    else:
        replacements = text_items(replace, "replace")[1]
    if len(replacements) != 1 and len(replacements) != len(patterns):
        raise CompatValueError("replace must be one text or one per expression")
    kind, items, shape = text_items(_char_row(text, "STRING"), "str")
    out = []
    for item in items:
        for k, pattern in enumerate(patterns):
            item = _replace_one(item, pattern,
                                replacements[0 if len(replacements) == 1 else k], opts)
        out.append(item)
    from compat._core.matlab_text import rebuild
    return rebuild(kind, out, shape)
