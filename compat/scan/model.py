"""The records the lexers produce and the classifier reads.

A :class:`Call` is one use of a routine in legacy source: its name (IDL: lower case;
MATLAB: as spelled, MATLAB being case-sensitive), line,
the arguments it was given (literal values where the source spells one), IDL keywords /
MATLAB name-value options, and how many outputs the caller asked for. A
:class:`FileScan` is what one source file holds: definitions, calls, uses that stay
ambiguous (variable or call?), syntax events the pitfalls look at, includes and method
calls. Both are plain, picklable objects so worker processes can hand them back.
"""

from __future__ import annotations

__all__ = ["Arg", "Call", "FileScan", "STATUSES", "READY_STATUSES", "BLOCKING_STATUSES",
           "literal_arg", "OTHER"]

#: every status a call can have, in the order reports list them
STATUSES = ("covered", "user", "direct", "missing", "library", "unknown")
#: statuses that need no porting work before the file runs on compat
READY_STATUSES = frozenset({"covered", "user", "direct"})
#: statuses that block a file
BLOCKING_STATUSES = frozenset({"missing", "library", "unknown"})


class Arg(tuple):
    """One argument as the source spells it: ``(kind, value)``.

    kind is ``"int"``, ``"float"`` (value: the number; ``Arg.double`` tells an IDL
    ``1d`` literal), ``"str"`` (value: the text), ``"name"`` (a bare identifier, value:
    its name, lower case for IDL), ``"flag"`` (an IDL ``/KEYWORD``) or ``"expr"``
    (anything else, value None).
    """

    __slots__ = ()

    def __new__(cls, kind: str, value=None):
        return tuple.__new__(cls, (kind, value))

    @property
    def kind(self) -> str:
        return self[0]

    @property
    def value(self):
        return self[1]


#: the argument descriptor of an expression the scanner does not evaluate
OTHER = Arg("expr", None)


def literal_arg(kind: str, value) -> Arg:
    return Arg(kind, value)


class Call:
    """One use of a routine.

    ``form``: ``"function"`` (``f(...)``), ``"procedure"`` (IDL ``name, args``),
    ``"command"`` (MATLAB ``hold on``), ``"bare"`` (MATLAB ``pi``, ``tic``: a name that is
    not a variable) or ``"handle"`` (MATLAB ``@name``). ``nargout`` is the number of
    outputs the caller takes: 0 for a statement, 1 in an expression, N for MATLAB
    ``[a, b] = f(...)``. ``after`` is the text of the two tokens after the call (lower
    case, for tests such as ``n_elements(x) eq 0``), ``before`` the token before it.
    """

    __slots__ = ("name", "line", "args", "keywords", "nargout", "form", "after", "before")

    def __init__(self, name, line, args=(), keywords=None, nargout=1, form="function",
                 after="", before=""):
        self.name = name
        self.line = line
        self.args = list(args)
        self.keywords = keywords if keywords is not None else {}
        self.nargout = nargout
        self.form = form
        self.after = after
        self.before = before

    def strings(self) -> list[str]:
        """The argument strings (MATLAB option strings and name-value names)."""
        return [a[1] for a in self.args if a[0] == "str"]

    def __repr__(self):
        return (f"Call({self.name!r}, line={self.line}, args={self.args!r}, "
                f"keywords={self.keywords!r}, nargout={self.nargout}, form={self.form!r})")

    def __getstate__(self):
        return (self.name, self.line, self.args, self.keywords, self.nargout, self.form,
                self.after, self.before)

    def __setstate__(self, state):
        (self.name, self.line, self.args, self.keywords, self.nargout, self.form,
         self.after, self.before) = state


class FileScan:
    """Everything the lexer and parser of one language found in one source file.

    definitions : list of ``(name, kind, line)``; kind is ``"pro"``/``"function"``
        (IDL), ``"function"``/``"local"``/``"nested"``/``"method"`` (MATLAB)
    calls : list of :class:`Call`
    maybe : list of ``(name, line, reason)``: ``name(...)`` uses the language cannot
        settle from the text alone. reason ``"late"``: the name is assigned later in the
        routine (IDL compiles the use as a call; a loop may mean the variable);
        ``"dynamic"``: the scope creates variables the text does not show (IDL
        RESTORE/EXECUTE, MATLAB load/eval, a MATLAB script's workspace);
        ``"variable"``: IDL ``name(...)`` of a known variable under STRICTARR (IDL
        calls a function; the author surely meant the array). The classifier calls
        such a use a call when the name is a known routine and ambiguous otherwise.
    events : list of ``(event, line, detail)``: syntax the pitfalls look at
        (``int_division``, ``float_literal``, ``int16_overflow``, ``mod_operator``,
        ``minmax_operator``,
        ``matrix_multiply``, ``colon_fraction``, ``nargout_use``, ``matrix_divide``)
    includes : list of ``(name, line)`` (IDL ``@file``)
    methods : number of method calls (``obj->method``, ``obj.method(...)``)
    kind : ``"routines"``, ``"main"`` (IDL); ``"function"``, ``"script"``,
        ``"class"`` (MATLAB)
    """

    __slots__ = ("language", "definitions", "calls", "maybe", "events", "includes",
                 "methods", "kind", "lines", "strict")

    def __init__(self, language: str):
        self.language = language
        self.definitions: list = []
        self.calls: list = []
        self.maybe: list = []
        self.events: list = []
        self.includes: list = []
        self.methods = 0
        self.kind = ""
        self.lines = 0
        self.strict = False

    def call_names(self) -> list[str]:
        return [c.name for c in self.calls]

    def __getstate__(self):
        return tuple(getattr(self, s) for s in self.__slots__)

    def __setstate__(self, state):
        for slot, value in zip(self.__slots__, state):
            setattr(self, slot, value)
