"""IDL source -> :class:`~compat.scan.model.FileScan`: definitions, calls, ambiguities.

IDL's rules, as the compiler applies them to one routine at a time:

* ``PRO name, p1, KEY=k`` / ``FUNCTION name, ...`` open a routine (``pro cls::method``
  too); its parameters and keyword variables are variables. An ``END`` at block depth 0
  closes it; statements outside every routine form the main program.
* A statement ``name`` or ``name, args`` calls the procedure ``name``;
  ``obj->method, args`` and ``obj.method, args`` are method calls.
* ``name(...)`` is a function call unless ``name`` is a variable already known to the
  compiler (a parameter, a ``COMMON`` member, or any earlier bare use or assignment), in
  which case it subscripts it. ``COMPILE_OPT IDL2`` / ``STRICTARR`` make ``()`` always a
  call (variables are subscripted with ``[]``); ``FORWARD_FUNCTION`` names are calls.
  ``name(...)`` before ``name``'s first assignment in the same routine compiles as a
  call; the scanner reports it as ``late`` (a loop may mean the variable), and in a
  routine that calls RESTORE or EXECUTE (variables the text does not show) as
  ``dynamic``: the classifier settles both with the list of known routines. Under
  STRICTARR, ``name(...)`` of a known variable is reported as ``variable`` (IDL calls a
  function; the author surely meant the array).
* ``/KEYWORD`` and ``KEY=value`` arguments are keywords; ``CALL_PROCEDURE, 'name'`` and
  ``CALL_FUNCTION('name', ...)`` call ``name``.
* Control words (``IF ... THEN ... ELSE``, ``FOR``, ``FOREACH``, ``WHILE ... DO``,
  ``REPEAT ... UNTIL``, ``CASE``/``SWITCH ... OF`` with ``selector:`` labels,
  ``BEGIN``/``END...``) split a statement into the statements and expressions they hold.
"""

from __future__ import annotations

from compat.scan.idl_lexer import int_suffix, number_value, statements
from compat.scan.model import OTHER, Arg, Call, FileScan
from compat.scan.tokens import matching, outside_brackets, split_spans, string_value

__all__ = ["scan_idl"]

_STMT_AFTER = frozenset({"then", "else", "do", "repeat", "begin", "of"})
_EXPR_AFTER = frozenset({"if", "while", "until", "case", "switch"})
_ENDS = frozenset({"end", "endif", "endelse", "endfor", "endforeach", "endwhile", "endrep",
                   "endcase", "endswitch"})
_CONTROL = _STMT_AFTER | _EXPR_AFTER | _ENDS | {"for", "foreach"}
_OPERATOR_WORDS = frozenset({"and", "or", "not", "xor", "mod", "eq", "ne", "lt", "le", "gt",
                             "ge"})
_STATEMENT_WORDS = frozenset({"pro", "function", "common", "forward_function",
                              "compile_opt", "return", "goto", "break", "continue",
                              "inherits"})
_ASSIGN = frozenset({"=", "+=", "-=", "*=", "/=", "^=", "#=", "##=", "<=", ">="})
_DYNAMIC = frozenset({"restore", "execute", "scope_varfetch", "sav_restore"})
_INDIRECT = frozenset({"call_procedure", "call_function"})
_INT16 = (-32768, 32767)
#: calls whose result is floating point whatever their argument's type: a
#: ``/`` after ``FLOAT(k)`` is not IDL's integer division
_FLOAT_RESULT = frozenset({"float", "double", "complex", "dcomplex", "findgen",
                           "dindgen", "fltarr", "dblarr", "sqrt", "exp", "alog",
                           "alog10", "sin", "cos", "tan", "mean", "stddev"})


class _Scope:
    __slots__ = ("name", "seen", "strict", "defint32", "float64", "dynamic", "forward",
                 "pending", "depth", "assigned_later")

    def __init__(self, name: str):
        self.name = name
        self.seen: set = set()
        self.strict = False
        self.defint32 = False
        self.float64 = False
        self.dynamic = False
        self.forward: set = set()
        self.pending: list = []     # (call, seen-set size is irrelevant) unseen name(...)
        self.depth = 0


def _describe(toks, a: int, b: int) -> Arg:
    """An argument's descriptor (literal values where the source spells one)."""
    n = b - a
    if n == 1:
        kind, text, _ = toks[a]
        if kind == "num":
            k, v = number_value(text)
            return Arg("int" if k == "int" else k, v)
        if kind == "str":
            return Arg("str", string_value(text))
        if kind == "name":
            return Arg("name", text.lower())
    elif n == 2 and toks[a][1] == "-" and toks[a + 1][0] == "num":
        k, v = number_value(toks[a + 1][1])
        return Arg("int" if k == "int" else k, -v)
    return OTHER


def _call_arguments(call: Call, toks, spans) -> None:
    for a, b in spans:
        if a >= b:
            call.args.append(OTHER)
            continue
        first = toks[a]
        if first[1] == "/" and b - a == 2 and toks[a + 1][0] == "name":
            call.keywords[toks[a + 1][1].lower()] = Arg("flag", 1)
        elif first[0] == "name" and b - a > 1 and toks[a + 1][1] == "=":
            call.keywords[first[1].lower()] = _describe(toks, a + 2, b)
        else:
            call.args.append(_describe(toks, a, b))


class _Parser:
    def __init__(self, text: str):
        self.scan = FileScan("idl")
        self.scope = _Scope("$main$")
        self.text = text

    # ------------------------------------------------------------------ scopes
    def close_scope(self) -> None:
        scope = self.scope
        for call, index in scope.pending:
            if call.name in scope.seen:
                self.scan.maybe.append((call.name, call.line, "late", call))
                self.scan.calls[index] = None
            elif scope.dynamic:
                self.scan.maybe.append((call.name, call.line, "dynamic", call))
                self.scan.calls[index] = None
        scope.pending = []

    def open_scope(self, toks, kind: str) -> None:
        self.close_scope()
        i = 1
        name = ""
        if i < len(toks) and toks[i][0] == "name":
            name = toks[i][1]
            i += 1
            if i + 1 < len(toks) and toks[i][1] == "::" and toks[i + 1][0] == "name":
                name += "::" + toks[i + 1][1]
                i += 2
        scope = _Scope(name.lower())
        match = matching(toks)
        for a, b in split_spans(toks, i + 1, len(toks), match) if i < len(toks) else ():
            if b - a == 1 and toks[a][0] == "name":
                scope.seen.add(toks[a][1].lower())
            elif b - a == 3 and toks[a + 1][1] == "=" and toks[a + 2][0] == "name":
                scope.seen.add(toks[a + 2][1].lower())
        self.scope = scope
        if name:
            self.scan.definitions.append((name.lower(), kind, toks[0][2]))

    def end_block(self) -> None:
        scope = self.scope
        scope.depth -= 1
        if scope.depth < 0:
            self.close_scope()
            self.scope = _Scope("$main$")

    # -------------------------------------------------------------- statements
    def statement(self, toks) -> None:
        match = matching(toks)
        # split at control words (depth 0): each piece is a statement or an expression
        role = "stmt"
        a = 0
        n = len(toks)
        for i, tok in outside_brackets(toks, 0, n, match):
            if tok[0] == "name":
                low = tok[1].lower()
                if low in _CONTROL and (i == 0 or toks[i - 1][1] not in (".", "->")):
                    if a < i:
                        self.piece(toks, a, i, role, match)
                    if low in _ENDS:
                        self.end_block()
                        role = "stmt"
                    elif low == "begin":
                        self.scope.depth += 1
                        role = "stmt"
                    elif low in ("case", "switch"):
                        self.scope.depth += 1
                        role = "expr"
                    elif low in _STMT_AFTER:
                        role = "stmt"
                    elif low in _EXPR_AFTER:
                        role = "expr"
                    else:
                        role = low  # for, foreach
                    a = i + 1
                    if low == "else" and a < n and toks[a][1] == ":":
                        a += 1
        if a < n:
            self.piece(toks, a, n, role, match)

    def piece(self, toks, a, b, role, match) -> None:
        if role == "expr":
            self.expression(toks, a, b, match)
        elif role == "stmt":
            self.simple(toks, a, b, match)
        elif role == "for":
            k = a
            while k < b and toks[k][1] != "=":
                k += 1
            if k < b:
                for j in range(a, k):
                    if toks[j][0] == "name":
                        self.scope.seen.add(toks[j][1].lower())
                        break
                self.expression(toks, k + 1, b, match, for_start=True)
            else:
                self.expression(toks, a, b, match)
        else:  # foreach element, array, key
            spans = split_spans(toks, a, b, match)
            for j, (s, e) in enumerate(spans):
                if j != 1 and e - s == 1 and toks[s][0] == "name":
                    self.scope.seen.add(toks[s][1].lower())
                else:
                    self.expression(toks, s, e, match)

    def simple(self, toks, a, b, match) -> None:
        """A statement (not a control word): definition, procedure call, assignment."""
        # labels and CASE selectors: `label:` / `expr:` at depth 0 (not a ?: operator)
        question = 0
        for i, t in outside_brackets(toks, a, b, match):
            if t[0] == "op":
                if t[1] == "?":
                    question += 1
                elif t[1] == ":":
                    if question:
                        question -= 1
                    else:
                        if not (i == a + 1 and toks[a][0] == "name"):
                            self.expression(toks, a, i, match)
                        a = i + 1
        if a >= b:
            return
        first = toks[a]
        kind = first[0]
        if kind == "inc":
            self.scan.includes.append((first[1], first[2]))
            return
        if kind == "name":
            low = first[1].lower()
            if low in _STATEMENT_WORDS:
                self.statement_word(low, toks, a, b, match)
                return
            nxt = toks[a + 1][1] if a + 1 < b else None
            if nxt is None or nxt == ",":
                self.procedure(toks, a, b, match)
                return
            if nxt == "->":
                self.scan.methods += 1
                self.scope.seen.add(low)
                spans = split_spans(toks, a, b, match)
                for s, e in spans[1:]:
                    self.expression(toks, s, e, match, args=True)
                return
        # assignment?
        k = next((k for k, t in outside_brackets(toks, a, b, match)
                  if t[0] == "op" and t[1] in _ASSIGN), b)
        if k < b:
            target = a
            while target < k and toks[target][0] != "name":
                target += 1
            if target < k:
                self.scope.seen.add(toks[target][1].lower())
                self.expression(toks, target + 1, k, match)
            self.expression(toks, k + 1, b, match)
            return
        if kind == "name" and toks[a + 1][1] == "." and a + 2 < b and \
                toks[a + 2][0] == "name" and (a + 3 == b or toks[a + 3][1] == ","):
            self.scan.methods += 1           # IDL 8: obj.method, args
            self.scope.seen.add(first[1].lower())
            for s, e in split_spans(toks, a, b, match)[1:]:
                self.expression(toks, s, e, match, args=True)
            return
        self.expression(toks, a, b, match)

    def statement_word(self, low, toks, a, b, match) -> None:
        scope = self.scope
        if low in ("pro", "function"):
            self.open_scope(toks[a:b], low)
        elif low == "common":
            for s, e in split_spans(toks, a + 1, b, match)[1:]:
                if e - s == 1 and toks[s][0] == "name":
                    scope.seen.add(toks[s][1].lower())
        elif low == "forward_function":
            for j in range(a + 1, b):
                if toks[j][0] == "name":
                    scope.forward.add(toks[j][1].lower())
        elif low == "compile_opt":
            for j in range(a + 1, b):
                if toks[j][0] == "name":
                    opt = toks[j][1].lower()
                    if opt in ("idl2", "strictarr"):
                        scope.strict = True
                        self.scan.strict = True
                    if opt in ("idl2", "defint32"):
                        scope.defint32 = True
                    if opt == "float64":
                        scope.float64 = True
        elif low == "return":
            if a + 1 < b and toks[a + 1][1] == ",":
                self.expression(toks, a + 2, b, match)

    def procedure(self, toks, a, b, match) -> None:
        name = toks[a][1].lower()
        call = Call(name, toks[a][2], nargout=0, form="procedure")
        spans = split_spans(toks, a + 2, b, match) if a + 1 < b else []
        _call_arguments(call, toks, spans)
        self.scan.calls.append(call)
        if name in _DYNAMIC:
            self.scope.dynamic = True
        if name in _INDIRECT and call.args and call.args[0][0] == "str":
            self.scan.calls.append(Call(call.args[0][1].lower(), call.line, call.args[1:],
                                        call.keywords, 0, "procedure"))
        if a + 1 < b:
            self.expression(toks, a + 2, b, match, args=True)

    # ------------------------------------------------------------- expressions
    def expression(self, toks, a, b, match, args=False, for_start=False) -> None:
        """Walk an expression: calls, variable uses, keyword arguments, events."""
        scope = self.scope
        scan = self.scan
        seen = scope.seen
        events = scan.events
        i = a
        while i < b:
            kind, text, line = toks[i]
            if kind == "name":
                low = text.lower()
                prev = toks[i - 1][1] if i > a or (args and i > 0) else ""
                if i > 0 and toks[i - 1][1] in (".", "->", "::"):
                    if toks[i - 1][1] == "->" and i + 1 < b and toks[i + 1][1] == "(":
                        scan.methods += 1
                    i += 1
                    continue
                if low in _OPERATOR_WORDS:
                    if low == "mod":
                        events.append(("mod_operator", line, "mod"))
                    i += 1
                    continue
                nxt = toks[i + 1][1] if i + 1 < b else ""
                if nxt == "(" and toks[i + 1][0] == "op":
                    self.paren_use(toks, i, b, match, low, line)
                elif nxt == "=" and prev in ("(", ","):
                    pass                                   # KEY=value
                elif nxt == ":" and prev in ("{", ","):
                    pass                                   # structure tag
                elif prev == "{" and nxt in (",", "}"):
                    pass                                   # named structure
                elif nxt == "::":
                    pass                                   # class::method
                elif low == "inherits":
                    i += 2
                    continue
                elif prev == "/" and i >= 2 and toks[i - 2][1] in ("(", ","):
                    pass                                   # /KEYWORD
                else:
                    seen.add(low)
            elif kind == "num":
                self.number(toks, i, a, b, for_start and i == a)
            elif kind == "op":
                if text == "/":
                    self.slash(toks, i, a, b)
                elif text == "#" or text == "##":
                    events.append(("matrix_multiply", line, text))
                elif text == "<" or text == ">":
                    # IDL's minimum and maximum operators (comparisons are LT, GT)
                    events.append(("minmax_operator", line, text))
                elif text in ("*", "+", "-", "^"):
                    if text == "^":
                        events.append(("power_operator", line, "^"))
                    self.int16_arithmetic(toks, i, a, b)
            i += 1

    def paren_use(self, toks, i, b, match, low, line) -> None:
        scope = self.scope
        close = match.get(i + 1, b)
        call = Call(low, line, nargout=1, form="function",
                    before=toks[i - 1][1].lower() if i > 0 else "",
                    after=" ".join(t[1].lower() for t in toks[close + 1:close + 3]))
        _call_arguments(call, toks, split_spans(toks, i + 2, close, match))
        if low in _CONTROL or low in _STATEMENT_WORDS:
            return
        if low in scope.seen and low not in scope.forward:
            if scope.strict:        # IDL calls; the author surely meant the variable
                self.scan.maybe.append((low, line, "variable", call))
            return                  # without STRICTARR this subscripts the variable
        self.scan.calls.append(call)
        if not scope.strict and low not in scope.forward:
            scope.pending.append((call, len(self.scan.calls) - 1))
        if low in _DYNAMIC:
            scope.dynamic = True
        if low in _INDIRECT and call.args and call.args[0][0] == "str":
            self.scan.calls.append(Call(call.args[0][1].lower(), line, call.args[1:],
                                        call.keywords, 1, "function"))

    def number(self, toks, i, a, b, loop_start) -> None:
        text = toks[i][1]
        if not self.scope.float64 and ("." in text or "e" in text.lower()) and \
                text[0] not in "'\"" and "d" not in text.lower() and \
                not text.lower().startswith("0x"):
            self.scan.events.append(("float_literal", toks[i][2], text))

    def slash(self, toks, i, a, b) -> None:
        if i == a or toks[i - 1][1] in ("(", ",", "="):
            return                                       # /KEYWORD
        left = toks[i - 1]
        right = toks[i + 1] if i + 1 < b else ("", "", 0)
        kinds = []
        for tok in (left, right):
            if tok[0] == "num":
                kinds.append(number_value(tok[1])[0])
            else:
                kinds.append("?")
        if left[1] == ")":              # FLOAT(k) / 9: a floating result on the left
            depth, k = 0, i - 1
            while k > a:
                depth += {")": 1, "(": -1}.get(toks[k][1], 0) if toks[k][0] == "op" else 0
                if depth == 0:
                    break
                k -= 1
            if k > a and toks[k - 1][0] == "name" and \
                    toks[k - 1][1].lower() in _FLOAT_RESULT:
                kinds[0] = "float"
        if "int" in kinds and "float" not in kinds and "double" not in kinds:
            self.scan.events.append(("int_division", toks[i][2],
                                     f"{left[1]}/{right[1]}"))

    def int16_arithmetic(self, toks, i, a, b) -> None:
        if self.scope.defint32 or i == a or i + 1 >= b:
            return
        left, right = toks[i - 1], toks[i + 1]
        if left[0] != "num" or right[0] != "num" or int_suffix(left[1]) or \
                int_suffix(right[1]):
            return
        lk, lv = number_value(left[1])
        rk, rv = number_value(right[1])
        if lk != "int" or rk != "int" or not (_INT16[0] <= lv <= _INT16[1]) or \
                not (_INT16[0] <= rv <= _INT16[1]):
            return
        if i >= 2 and toks[i - 2][1] in ("*", "/", "^", "#", "##"):
            return      # the left literal belongs to an earlier product
        op = toks[i][1]
        if op == "^" and rv > 64:
            value = _INT16[1] + 1
        else:
            value = {"*": lv * rv, "+": lv + rv, "-": lv - rv, "^": lv ** rv}[op]
        if not (_INT16[0] <= value <= _INT16[1]):
            self.scan.events.append(("int16_overflow", toks[i][2],
                                     f"{left[1]}{op}{right[1]}"))


def scan_idl(text: str) -> FileScan:
    """Scan the text of one ``.pro`` file."""
    parser = _Parser(text)
    stmts = statements(text)
    for toks in stmts:
        parser.statement(toks)
    parser.close_scope()
    scan = parser.scan
    scan.calls = [c for c in scan.calls if c is not None]
    scan.kind = "routines" if scan.definitions else "main"
    scan.lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
    return scan
