"""MATLAB source -> :class:`~compat.scan.model.FileScan`: definitions, calls, ambiguities.

MATLAB's rules, applied per file:

* A file whose first statement is ``function`` is a function file (the function is
  called by the file's name; in a ``+pkg`` folder by ``pkg.name``); later functions are
  local functions, or nested functions when functions end with ``end`` and one opens
  before the enclosing one's ``end``. A file starting with ``classdef`` is a class (its
  methods are callable by name); any other file is a script (callable by its name),
  which may end with local functions.
* In a function, a name is a variable if the function assigns it anywhere (``x = ...``,
  ``x(i) = ...``, ``[a, ~, b] = ...``, ``for x = ...``, ``global``/``persistent``,
  ``catch err``, its inputs and outputs); a nested function also sees its parents'
  variables; an anonymous function's parameters are variables in its body. Any other
  name -- ``f(...)``, a bare ``pi``, ``tic`` or ``x.y`` head, ``@f`` -- is a call.
* A script shares the caller's workspace, and ``load``/``eval``/``evalin``/``assignin``
  create variables the text does not show: there a name neither assigned nor known is
  reported ``dynamic`` and the classifier calls it ambiguous unless it is a known routine.
* ``@fun`` / ``@pkg.fun`` is a handle (a call of ``fun``); ``method@Superclass(obj)`` and
  ``obj@pkg.Superclass(...)`` call the superclass ``Superclass`` / ``pkg.Superclass``.
* Command syntax (``hold on``) is a call with text arguments; name-value options
  (``'Endpoints', 'discard'`` and ``Endpoints='discard'``) are kept with the call;
  ``feval('name', ...)`` and ``str2func('name')`` call ``name``.
* Names are case-sensitive and kept as written: ``X = 1; x(3)`` reads no variable
  ``X`` and calls ``x``; ``Treelayout(...)`` is not a call of ``treelayout``; a function
  file ``MyFun.m`` is called as ``MyFun``, not ``myfun``. MathWorks, "Case and Space
  Sensitivity" (https://www.mathworks.com/help/matlab/matlab_prog/case-and-space-sensitivity.html):
  "use an exact match with regard to case for variables, files, and functions"; "MATLAB
  is case sensitive, so A and a are not the same variable" (Variable Names). Since
  R2011b a call with no exact-case match is an error, "Cannot find an exact
  (case-sensitive) match for 'Foo'" (MATLAB:dispatcher:InexactCaseMatch; before, a
  warning, and the case-insensitive match ran): MathWorks' blog "Function Name Case
  Sensitivity in MATLAB R2011b" (2011-10-24,
  https://blogs.mathworks.com/community/2011/10/24/function-name-case-sensitivity-in-matlab-r2011b/).
  Name-value option names (MATLAB's parsers match them case-insensitively) are kept in
  lower case, and so are the neighbouring tokens of a call (``before``/``after``).
"""

from __future__ import annotations

from compat.scan.matlab_lexer import (KEYWORDS, command_words, number_value, statements,
                                      tokenize_expression)
from compat.scan.model import OTHER, Arg, Call, FileScan
from compat.scan.tokens import OPEN as _OPEN
from compat.scan.tokens import matching, outside_brackets, split_spans, string_value

__all__ = ["scan_matlab"]

_OPENERS = frozenset({"if", "for", "parfor", "while", "switch", "try", "spmd",
                      "unwind_protect"})
_CLASS_BLOCKS = frozenset({"properties", "methods", "events", "enumeration"})
_ENDS = frozenset({"end", "endfunction", "endif", "endfor", "endwhile", "endswitch",
                   "end_try_catch", "endparfor", "end_unwind_protect", "endspmd",
                   "endclassdef", "endmethods", "endproperties", "endevents",
                   "endenumeration"})
_EXPR_KEYWORDS = frozenset({"if", "elseif", "while", "switch", "case"})
_DYNAMIC = frozenset({"load", "eval", "evalin", "assignin", "evalc", "importdata"})
_INDIRECT = frozenset({"feval", "str2func"})
_ASSIGN_BREAK = frozenset({"==", "~=", "<=", ">=", "!="})


class _Scope:
    __slots__ = ("variables", "parent", "dynamic", "is_function", "uses", "children")

    def __init__(self, parent=None, is_function=True):
        self.variables: set = set()
        self.parent = parent
        self.dynamic = False
        self.is_function = is_function
        self.uses: list = []        # (call, anonymous-parameter set)
        self.children: list = []
        if parent is not None:
            parent.children.append(self)

    def knows(self, name: str) -> bool:
        """A variable here, in an enclosing function, or shared with a nested one (a
        name a nested function assigns is the parent's variable where the parent uses
        it)."""
        scope = self
        while scope is not None:
            if name in scope.variables:
                return True
            scope = scope.parent
        stack = list(self.children)
        while stack:
            child = stack.pop()
            if name in child.variables:
                return True
            stack.extend(child.children)
        return False

    def is_dynamic(self) -> bool:
        scope = self
        while scope is not None:
            if scope.dynamic:
                return True
            scope = scope.parent
        return False


def _elements(toks, start, end, match) -> list[tuple[int, int]]:
    """Elements of ``[a, b c]`` (commas or blanks separate them at depth 0)."""
    spans = []
    a = None
    i = start
    while i < end:
        tok = toks[i]
        if tok[0] == "op" and tok[1] in (",", ";"):
            if a is not None:
                spans.append((a, i))
            a = None
            i += 1
            continue
        if a is not None and tok[3] and tok[0] in ("name", "op") and \
                (tok[0] == "name" or tok[1] == "~"):
            spans.append((a, i))
            a = None
        if a is None:
            a = i
        if tok[0] == "op" and tok[1] in _OPEN:
            i = match.get(i, end - 1) + 1
            continue
        i += 1
    if a is not None:
        spans.append((a, end))
    return spans


def _describe(toks, a, b) -> Arg:
    n = b - a
    if n == 1:
        kind, text = toks[a][0], toks[a][1]
        if kind == "num":
            k, v = number_value(text)
            return Arg(k, v) if k != "expr" else OTHER
        if kind == "str":
            return Arg("str", string_value(text))
        if kind == "name":
            return Arg("name", text)
    elif n == 2 and toks[a][1] in ("-", "+") and toks[a + 1][0] == "num":
        k, v = number_value(toks[a + 1][1])
        if k != "expr":
            return Arg(k, -v if toks[a][1] == "-" else v)
    return OTHER


def _assignment(toks, match) -> int:
    """Index of the depth-0 ``=`` of an assignment statement, or -1."""
    return next((i for i, tok in outside_brackets(toks, 0, len(toks), match)
                 if tok[0] == "op" and tok[1] == "="), -1)


class _Parser:
    def __init__(self, stem: str, package: str, class_folder: str):
        self.scan = FileScan("matlab")
        self.stem = stem
        self.package = package
        self.class_folder = class_folder
        self.scopes: list[_Scope] = []
        self.frames: list = []          # block stack: "block" or a function _Scope
        self.scope: _Scope | None = None
        self.in_class_block = None
        self.function_count = 0

    # ----------------------------------------------------------------- helpers
    def public_name(self, name: str) -> str:
        return f"{self.package}.{name}" if self.package else name

    def new_scope(self, parent, is_function=True) -> _Scope:
        scope = _Scope(parent, is_function)
        self.scopes.append(scope)
        return scope

    # -------------------------------------------------------------- statements
    def run(self, stmts, uses_end: bool) -> None:
        scan = self.scan
        first = stmts[0][0][1] if stmts and stmts[0][0][0] == "name" else ""
        scan.kind = {"function": "function", "classdef": "class"}.get(first, "script")
        if scan.kind == "script":
            self.scope = self.new_scope(None, is_function=False)
            self.scope.dynamic = True
            scan.definitions.append((self.public_name(self.stem), "script", 1))
        elif scan.kind == "class":
            scan.definitions.append((self.public_name(self.stem), "class",
                                     stmts[0][0][2]))
            self.scope = self.new_scope(None)
        for toks in stmts:
            self.statement(toks, uses_end)

    def statement(self, toks, uses_end) -> None:
        head = toks[0]
        word = head[1] if head[0] == "name" else ""
        class_block = word in _CLASS_BLOCKS and self.scan.kind == "class" and \
            (len(toks) == 1 or toks[1][1] == "(")
        if word in KEYWORDS or class_block:
            self.keyword(word, toks, uses_end)
            return
        if self.frames and self.frames[-1] == ("class_block", "methods"):
            self.signature(toks)          # a method implemented in its own file
            return
        if self.in_class_block is not None and self.in_class_block != "methods":
            # properties / events / enumeration: only defaults hold calls
            match = matching(toks)
            k = _assignment(toks, match)
            if k > 0:
                self.expression(toks, k + 1, len(toks), match)
            return
        if self.scope is None:          # statement before any function: treat as script
            self.scope = self.new_scope(None, is_function=False)
        if len(toks) == 2 and toks[1][0] == "cmd":
            self.command(toks)
            return
        self.simple(toks)

    def signature(self, toks) -> None:
        """``[a, b] = name(x)`` / ``name(x)`` in a classdef's methods block declares a
        method whose body is a file of the class folder."""
        match = matching(toks)
        k = _assignment(toks, match)
        i = k + 1 if k > 0 else 0
        if i < len(toks) and toks[i][0] == "name":
            self.scan.definitions.append((toks[i][1], "method", toks[i][2]))

    def keyword(self, word, toks, uses_end) -> None:
        match = matching(toks)
        n = len(toks)
        if word == "function":
            self.function(toks, match, uses_end)
        elif word in _ENDS:
            self.close_block()
        elif word in _OPENERS:
            self.frames.append("block")
            if word in ("for", "parfor"):
                a = 1
                if a < n and toks[a][1] == "(":
                    a += 1
                if a + 1 < n and toks[a][0] == "name" and toks[a + 1][1] == "=":
                    self.scope.variables.add(toks[a][1])
                    self.expression(toks, a + 2, n, match)
            elif word in _EXPR_KEYWORDS:
                self.condition(word, toks, match, uses_end)
        elif word in _EXPR_KEYWORDS:
            self.condition(word, toks, match, uses_end)
        elif word == "catch":
            if n == 2 and toks[1][0] == "name":
                self.scope.variables.add(toks[1][1])
            elif n > 1:
                self.simple(toks[1:])
        elif word in ("global", "persistent"):
            for tok in toks[1:]:
                if tok[0] == "name":
                    self.scope.variables.add(tok[1])
                elif tok[0] == "cmd":
                    self.scope.variables.update(command_words(tok[1]))
        elif word == "classdef":
            self.frames.append("block")
        elif word in _CLASS_BLOCKS:
            self.frames.append(("class_block", word))
            self.in_class_block = word
        elif word == "return" or word in ("break", "continue", "else", "otherwise",
                                           "unwind_protect_cleanup"):
            if n > 1 and word in ("else", "otherwise"):
                self.simple(toks[1:])

    def condition(self, word, toks, match, uses_end) -> None:
        """The expression after ``if``/``elseif``/``while`` (and ``switch``/``case``),
        and the statement that may follow it on the same line without a comma:
        MATLAB ends the condition of ``if (x < eps) break`` where an operand follows
        a complete operand, so ``break`` there is a statement, not a name read."""
        n = len(toks)
        end = n
        if word in ("if", "elseif", "while"):
            j = 1
            while j < n:
                close = match.get(j)
                if close is not None and toks[j][1] in _OPEN:
                    j = close + 1
                    continue
                prev = toks[j - 1]
                if j > 1 and toks[j][0] in ("name", "num", "str") and toks[j][3] and (
                        prev[0] in ("name", "num", "str") or
                        (prev[0] == "op" and prev[1] in (")", "]", "}", "'", ".'"))):
                    end = j
                    break
                j += 1
        self.expression(toks, 1, end, match)
        if end < n:
            self.statement(toks[end:], uses_end)

    def close_block(self) -> None:
        if not self.frames:
            return
        frame = self.frames.pop()
        if isinstance(frame, _Scope):
            self.scope = frame.parent if frame.parent is not None else self.top_scope()
        elif isinstance(frame, tuple):
            self.in_class_block = None

    def top_scope(self):
        # after a top-level function's end: a script's scope if there is one
        for scope in self.scopes:
            if not scope.is_function:
                return scope
        return self.scope

    def function(self, toks, match, uses_end) -> None:
        n = len(toks)
        # outputs
        i = 1
        outputs = []
        k = _assignment(toks, match)
        if k > 0:
            for j in range(1, k):
                if toks[j][0] == "name":
                    outputs.append(toks[j][1])
            i = k + 1
        name_parts = []
        while i < n and (toks[i][0] == "name" or toks[i][1] == "."):
            name_parts.append(toks[i][1])
            i += 1
        declared = "".join(name_parts)
        params = []
        if i < n and toks[i][1] == "(":
            close = match.get(i, n - 1)
            params = [t[1] for t in toks[i + 1:close] if t[0] == "name"]
        # which scope encloses it?
        parent = None
        if uses_end:
            for frame in reversed(self.frames):
                if isinstance(frame, _Scope):
                    parent = frame
                    break
        elif self.frames and isinstance(self.frames[-1], _Scope):
            self.frames.pop()
        self.function_count += 1
        scan = self.scan
        if scan.kind == "class" or self.class_folder:
            kind = "method"
        elif parent is not None:
            kind = "nested"
        elif self.function_count == 1 and scan.kind == "function":
            kind = "function"
        else:
            kind = "local"
        line = toks[0][2]
        if kind == "function":
            # called by its file name; a declared name that differs (even only in case)
            # is then a local function's
            scan.definitions.append((self.public_name(self.stem), "function", line))
            if declared and declared != self.stem:
                scan.definitions.append((declared, "local", line))
        elif kind == "method":
            scan.definitions.append((declared.rpartition(".")[2], "method", line))
        else:
            scan.definitions.append((declared, kind, line))
        scope = self.new_scope(parent)
        scope.variables.update(outputs)
        scope.variables.update(params)
        self.frames.append(scope)
        self.scope = scope

    def command(self, toks) -> None:
        name = toks[0][1]
        rest = toks[1][1]
        line = toks[0][2]
        if self.scope.knows(name):
            # a variable: `x -1` is an expression after all
            expr = [("name", name, line, False)] + tokenize_expression(rest, line)
            self.simple(expr)
            return
        words = command_words(rest)
        call = Call(name, line, [Arg("str", w) for w in words], nargout=0, form="command")
        self.scope.uses.append((call, None))
        if name in _DYNAMIC:
            self.scope.dynamic = True
        if name == "syms":
            self.scope.variables.update(w for w in words if w.isidentifier())

    def simple(self, toks) -> None:
        match = matching(toks)
        n = len(toks)
        k = _assignment(toks, match)
        if k < 0:
            if toks[0][0] == "name" and (n == 1 or (toks[1][1] == "(" and
                                                      match.get(1) == n - 1)):
                self.expression(toks, 0, n, match, nargout=0)
            else:
                self.expression(toks, 0, n, match)
            return
        # left-hand side: targets are variables; index expressions may call
        outputs = 1
        scope = self.scope
        if toks[0][1] == "[" and match.get(0) == k - 1:
            elements = _elements(toks, 1, k - 1, match)
            outputs = len(elements)
            for a, b in elements:
                if toks[a][0] == "name":
                    scope.variables.add(toks[a][1])
                    self.expression(toks, a + 1, b, match, lhs=True)
        elif toks[0][0] == "name":
            scope.variables.add(toks[0][1])
            self.expression(toks, 1, k, match, lhs=True)
        # right-hand side: a lone call takes `outputs` outputs
        a = k + 1
        if a < n and toks[a][0] == "name" and (a + 1 == n or (toks[a + 1][1] == "(" and
                                                             match.get(a + 1) == n - 1)):
            self.expression(toks, a, n, match, nargout=outputs)
        else:
            self.expression(toks, a, n, match)

    # ------------------------------------------------------------- expressions
    def expression(self, toks, a, b, match, nargout=1, lhs=False) -> None:
        scope = self.scope
        scan = self.scan
        anonymous = None
        i = a
        while i < b:
            tok = toks[i]
            kind = tok[0]
            if kind == "name":
                name = tok[1]
                prev = toks[i - 1][1] if i > 0 else ""
                if prev == "." and i > 0 and toks[i - 1][0] == "op":
                    i += 1
                    continue
                if name == "end" and i > a:
                    i += 1
                    continue
                nxt = toks[i + 1] if i + 1 < b else None
                nxt_text = nxt[1] if nxt is not None else ""
                if nxt_text == "=" and prev in ("(", ","):
                    i += 1                               # Name=value (R2021a)
                    continue
                if anonymous is not None and name in anonymous:
                    i += 1
                    continue
                if nxt_text == "@" and not nxt[3] and i + 2 < b and \
                        toks[i + 2][0] == "name" and not toks[i + 2][3]:
                    i += 1                  # method@Superclass(obj): a method's name
                    continue
                if prev == "@":
                    # @fun, @pkg.fun; method@Superclass(obj) / obj@pkg.Superclass(...)
                    # (a superclass's method or constructor: a call of that class)
                    j = i
                    dotted = name
                    while j + 2 < b and toks[j + 1][1] == "." and \
                            toks[j + 2][0] == "name" and not toks[j + 1][3]:
                        j += 2
                        dotted += "." + toks[j][1]
                    superclass = i >= 2 and toks[i - 2][0] == "name" and \
                        not toks[i - 1][3] and not tok[3]
                    scope.uses.append((Call(dotted, tok[2], nargout=1,
                                            form="function" if superclass else "handle"),
                                       anonymous))
                    i = j + 1
                    continue
                # a dotted head: pkg.fun(...) / s.field / obj.method(...)
                j = i
                dotted = name
                while j + 2 < b and toks[j + 1][1] == "." and toks[j + 2][0] == "name" \
                        and not toks[j + 1][3]:
                    j += 2
                    dotted += "." + toks[j][1]
                if lhs and i == a:
                    i = j + 1
                    continue
                inside = nxt_text == "(" and not (nxt[3] and self.in_brackets(toks, i))
                call_end = j
                if j > i:
                    close_ok = j + 1 < b and toks[j + 1][1] == "("
                    call = Call(dotted, tok[2], nargout=nargout if i == a else 1,
                                form="function" if close_ok else "bare")
                    if close_ok:
                        call_end = match.get(j + 1, b - 1)
                        self.arguments(call, toks, j + 1, call_end, match)
                    scope.uses.append((call, anonymous))
                    i = j + 1
                    continue
                if inside:
                    close = match.get(i + 1, b - 1)
                    call = Call(name, tok[2], nargout=nargout if i == a else 1,
                                form="function", before=prev.lower(),
                                after=" ".join(t[1].lower() for t in toks[close + 1:close + 3]))
                    self.arguments(call, toks, i + 1, close, match)
                else:
                    call = Call(name, tok[2], nargout=nargout if i == a else 1, form="bare",
                                before=prev.lower(),
                                after=" ".join(t[1].lower() for t in toks[i + 1:i + 3]))
                scope.uses.append((call, anonymous))
                if name in _INDIRECT and call.args and call.args[0][0] == "str" and \
                        call.args[0][1].replace(".", "_").isidentifier():
                    scope.uses.append((Call(call.args[0][1], tok[2],
                                            call.args[1:], call.keywords,
                                            call.nargout if name == "feval" else 1,
                                            "function" if name == "feval" else "handle"),
                                       anonymous))
                if name in _DYNAMIC and not (name == "load" and i == a and a > 0 and
                                            toks[a - 1][1] == "="):
                    scope.dynamic = True         # S = load(...) creates no variables
                if name == "nargout" and scope.is_function:
                    scan.events.append(("nargout_use", tok[2], "nargout"))
            elif kind == "op":
                text = tok[1]
                if text == "@" and i + 1 < b and toks[i + 1][1] == "(":
                    close = match.get(i + 1, b - 1)
                    params = {t[1] for t in toks[i + 2:close] if t[0] == "name"}
                    anonymous = (anonymous or frozenset()) | params
                    i = close + 1
                    continue
                if text == ":":
                    self.colon(toks, i, a, b)
                elif text == "\\":
                    scan.events.append(("matrix_divide", tok[2], "\\"))
            i += 1

    def in_brackets(self, toks, i) -> bool:
        depth = []
        for tok in toks[:i]:
            if tok[0] == "op":
                if tok[1] in _OPEN:
                    depth.append(tok[1])
                elif tok[1] in (")", "]", "}") and depth:
                    depth.pop()
        return bool(depth) and depth[-1] in "[{"

    def arguments(self, call, toks, open_, close, match) -> None:
        for s, e in split_spans(toks, open_ + 1, close, match):
            if s >= e:
                call.args.append(OTHER)
            elif e - s > 2 and toks[s][0] == "name" and toks[s + 1][1] == "=":
                call.keywords[toks[s][1].lower()] = _describe(toks, s + 2, e)
            else:
                call.args.append(_describe(toks, s, e))

    def colon(self, toks, i, a, b) -> None:
        """``a:d:b`` with a fractional literal step d."""
        j = i + 1
        if j < b and toks[j][1] in ("-", "+"):
            j += 1
        if j + 1 < b and toks[j][0] == "num" and toks[j + 1][1] == ":":
            kind, value = number_value(toks[j][1])
            if kind == "float" and not float(value).is_integer():
                self.scan.events.append(("colon_fraction", toks[i][2],
                                         f":{toks[j][1]}:"))

    # ----------------------------------------------------------------- resolve
    def finish(self) -> None:
        scan = self.scan
        for scope in self.scopes:
            dynamic = scope.is_dynamic()
            for call, anonymous in scope.uses:
                name = call.name
                head = name.partition(".")[0]
                if call.form != "handle" and scope.knows(head):
                    if "." in name and call.form == "function":
                        scan.methods += 1
                    continue
                if dynamic and call.form in ("bare", "function"):
                    scan.maybe.append((name, call.line, "dynamic", call))
                else:
                    scan.calls.append(call)
        scan.calls.sort(key=lambda c: c.line)
        scan.maybe.sort(key=lambda m: m[1])


def _uses_end(stmts) -> bool:
    """Whether the file's functions are closed by ``end`` (decides nesting)."""
    openers = functions = ends = 0
    for toks in stmts:
        head = toks[0]
        if head[0] != "name":
            continue
        w = head[1]
        if w == "function":
            functions += 1
        elif w in _OPENERS or w == "classdef" or (w in _CLASS_BLOCKS and
                                                   (len(toks) == 1 or toks[1][1] == "(")):
            openers += 1
        elif w in _ENDS:
            ends += 1
    return functions > 0 and ends >= openers + functions


def scan_matlab(text: str, stem: str = "", package: str = "", class_folder: str = ""
                ) -> FileScan:
    """Scan the text of one ``.m`` file named ``stem`` (in package ``package``: the
    dotted name of its ``+pkg`` folders; in the ``@class`` folder ``class_folder``)."""
    stmts = statements(text)
    parser = _Parser(stem, package, class_folder)
    if stmts:
        parser.run(stmts, _uses_end(stmts))
    parser.finish()
    scan = parser.scan
    if not stmts:
        scan.kind = "script"
    scan.lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
    return scan
