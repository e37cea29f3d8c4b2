"""Which routine a golden case tests, and what the report calls it.

A case's legacy call is text (``r = smooth(b, 2, /nan)``, ``r = ia mod ib``,
``L = 4*del2(P7)``, ``[p, S] = polyfit(x, y, 2); df = S.df``); the routine it tests is
found in that text, not guessed from its first word:

1. the case's ``"routine"`` when given;
2. else the first function call (``name(``, or an IDL procedure statement ``name, ...``),
   statement by statement, that the suite's namespace has; when the case gives a
   ``python`` expression that calls namespace functions, only those count (so
   ``4*del2(P7)`` with ``4 * matlab.del2(P7)`` is ``del2``);
3. else the first operator that the namespace implements under a Python name (IDL's
   ``MOD`` operator is ``idl.mod``, integer ``/`` is ``idl.idiv``; MATLAB's ``.*`` and
   ``times`` are ``matlab.times``);
4. else the first namespace function the ``python`` expression calls;
5. else the first name or operator of the text, unresolved (the report says so).

A namespace module may declare ``__legacy_names__`` (legacy spelling -> Python name, as
the conventions ask of every module with names that are not Python identifiers); those
entries are used on top of the built-in table for ``compat.idl`` and ``compat.matlab``.

The report labels a routine by its namespace and Python name (``idl.smooth``,
``my_port.myfilt``; ``compat.idl``/``compat.matlab`` shortened to ``idl``/``matlab``),
followed by the legacy spelling where the two differ (``idl.mod (MOD)``,
``matlab.times (.*)``).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Routine", "resolve_routine", "called_routines", "split_statements",
           "namespace_label", "undefined_routine", "legacy_arguments", "LEGACY_NAMES"]

#: legacy spelling (lower case for IDL) -> Python name, for compat's own namespaces
LEGACY_NAMES = {
    "compat.idl": {"mod": "mod", "/": "idiv"},
    "compat.matlab": {".*": "times", "./": "rdivide", ".\\": "ldivide", ":": "colon"},
}

#: Python name -> how the report writes the legacy routine, where the two differ
_DISPLAY = {
    "compat.idl": {"mod": "MOD", "idiv": "integer /"},
    "compat.matlab": {"times": ".*", "plus": "+", "minus": "-", "rdivide": "./",
                      "ldivide": ".\\", "uminus": "unary -", "power": ".^",
                      "mtimes": "*", "mpower": "^", "uplus": "unary +", "eq": "==",
                      "ne": "~=", "lt": "<", "le": "<=", "gt": ">", "ge": ">=",
                      "not_": "not", "and_": "and", "or_": "or"},
}

_SHORT = {"compat.idl": "idl", "compat.matlab": "matlab"}

#: IDL's operators that are words (never function names)
_IDL_WORD_OPERATORS = {"mod", "and", "or", "not", "xor", "eq", "ne", "lt", "le", "gt", "ge"}

_TOKEN = re.compile(r"""
    (?P<string>'(?:[^']|'')*'|"(?:[^"]|"")*")
  | (?P<number>(?:\d+\.?\d*|\.\d+)(?:[eEdD][+-]?\d+)?\w*)
  | (?P<name>!?[A-Za-z_][\w$]*(?:\.[A-Za-z_][\w$]*)*)
  | (?P<operator>\.\*|\./|\.\\|\.\^|\#\#|[-+*/\\^<>\#:])
  | (?P<open>[(\[{])
  | (?P<close>[)\]}])
  | (?P<other>\S)
""", re.VERBOSE)


def namespace_label(namespace: str) -> str:
    """``idl`` / ``matlab`` for compat's namespaces, else the module name itself."""
    return _SHORT.get(namespace, namespace)


@dataclass(frozen=True)
class Routine:
    """The routine a case tests.

    ``legacy`` is the legacy spelling found (``smooth``, ``mod``, ``.*``); ``python``
    the attribute path in the namespace (``smooth``, ``times``) or None when
    the namespace has no such function; ``namespace`` the suite's namespace module.
    """

    legacy: str
    python: str | None
    namespace: str

    @property
    def label(self) -> str:
        """What the report's routine column shows."""
        short = namespace_label(self.namespace)
        if self.python is None:
            return f"{short} operator {self.legacy}" if not _is_name(self.legacy) else \
                f"{short}.{self.legacy.lower()}"
        display = _DISPLAY.get(self.namespace, {}).get(self.python)
        return f"{short}.{self.python}" + (f" ({display})" if display else "")

    @property
    def qualified(self) -> str | None:
        """``idl.smooth`` / ``matlab.times``: the Python name under its label."""
        return None if self.python is None else \
            f"{namespace_label(self.namespace)}.{self.python}"


def _is_name(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z_][\w$]*", text))


def split_statements(text: str, language: str) -> list[str]:
    """Top-level statements of a legacy call text.

    MATLAB separates statements by ``;``, ``,`` and newlines, IDL by ``&`` and newlines;
    separators inside brackets and strings do not count (a MATLAB ``'`` after a name,
    a closing bracket or a number is a transpose, not a quote).
    """
    separators = ";,\n" if language == "matlab" else "&\n"
    statements, depth, quote, current = [], 0, None, ""
    for char in text:
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"" and (char == '"' or not current.rstrip()[-1:].isalnum()
                                and current.rstrip()[-1:] not in (")", "]", "}", ".", "'")):
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif depth == 0 and char in separators:
            statements.append(current)
            current = ""
            continue
        current += char
    statements.append(current)
    return [s.strip() for s in statements if s.strip()]


def _rhs(statement: str) -> str:
    """The right-hand side of an assignment (the whole statement otherwise)."""
    match = re.match(r"\s*(?:\[[^\]]*\]|[A-Za-z_][\w$]*)\s*=(?!=)", statement)
    return statement[match.end():] if match else statement


def _candidates(statement: str, language: str):
    """``(calls, operators)`` of one statement, in textual order."""
    body = _rhs(statement)
    tokens = [(m.lastgroup, m.group()) for m in _TOKEN.finditer(body)]
    calls, operators = [], []
    if language == "idl" and tokens and tokens[0][0] == "name" and body is statement and \
            (len(tokens) == 1 or tokens[1][1] == ","):
        calls.append(tokens[0][1])                       # IDL procedure statement
    for index, (kind, text) in enumerate(tokens):
        following = tokens[index + 1][1] if index + 1 < len(tokens) else None
        if kind == "name":
            if language == "idl" and text.lower() in _IDL_WORD_OPERATORS:
                operators.append(text.lower())
            elif following == "(" and not text.startswith("!"):
                calls.append(text)
        elif kind == "operator":
            previous = tokens[index - 1][0] if index else None
            if text in "+-" and previous in (None, "operator", "open", "other"):
                continue                                 # a sign, not an operator
            operators.append(text)
    return calls, operators


def _python_calls(expression: str | None, alias: str) -> list[str]:
    """Attribute paths of namespace functions called in a case's python expression."""
    if not expression:
        return []
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError:
        return []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            parts, target = [], node.func
            while isinstance(target, ast.Attribute):
                parts.append(target.attr)
                target = target.value
            if isinstance(target, ast.Name) and target.id == alias and parts:
                found.append((node.lineno, node.col_offset, ".".join(reversed(parts))))
    return [name for _, _, name in sorted(found)]


def _lookup(module, path: str):
    target = module
    for part in path.split("."):
        target = getattr(target, part, None)
        if target is None:
            return None
    return target


def _python_name(legacy: str, language: str, namespace: str, module) -> str | None:
    """The namespace's Python name for a legacy spelling (None when it has none)."""
    table = dict(LEGACY_NAMES.get(namespace, {}))
    table.update({str(k).lower(): v for k, v in
                  (getattr(module, "__legacy_names__", None) or {}).items()})
    key = legacy.lower()
    candidates = [table[key]] if key in table else []
    if _is_name(legacy):
        candidates.append(key)
    for name in candidates:
        if module is None or callable(_lookup(module, name)):
            return name
    return None


def resolve_routine(call: str, language: str, namespace: str, module=None,
                    python: str | None = None, routine: str | None = None) -> Routine:
    """The routine a case tests (see the module docstring for the rules).

    ``module`` is the imported namespace (None when it cannot be imported: names are
    then taken as written).
    """
    if routine:
        return Routine(routine, _python_name(routine, language, namespace, module) or
                       (routine.lower() if _is_name(routine) else None), namespace)
    alias = namespace.rsplit(".", 1)[-1]
    in_python = _python_calls(python, alias)
    statements = split_statements(call, language)
    parsed = [_candidates(s, language) for s in statements]

    def pick(names):
        for name in names:
            resolved = _python_name(name, language, namespace, module)
            if resolved and (not in_python or resolved in in_python):
                return Routine(name, resolved, namespace)
        return None

    for calls, _ in parsed:
        found = pick(calls)
        if found:
            return found
    for _, operators in parsed:
        found = pick(operators)
        if found:
            return found
    if in_python:
        # the legacy text names the routine (its errors start with that name); the
        # python expression says which function of the namespace ports it
        written = next((calls[0] for calls, _ in parsed if calls), None)
        return Routine(written or in_python[0].rsplit(".", 1)[-1], in_python[0], namespace)
    for calls, operators in parsed:
        if calls:
            return Routine(calls[0], calls[0].lower() if _is_name(calls[0]) else None,
                           namespace)
        if operators:
            return Routine(operators[0], None, namespace)
    text = call.strip()
    return Routine(text, None, namespace)



def called_routines(call: str, language: str, namespace: str, module=None,
                    python: str | None = None) -> list[str]:
    """Python names of every namespace routine a case runs (its outputs depend on all of
    them): the namespace calls of the ``python`` expression, else the resolved calls and
    operators of every statement of the legacy text."""
    alias = namespace.rsplit(".", 1)[-1]
    if python:
        names = _python_calls(python, alias)
        if module is not None:
            names = [n for n in names if callable(_lookup(module, n))]
        return list(dict.fromkeys(names))
    names = []
    for statement in split_statements(call, language):
        calls, operators = _candidates(statement, language)
        for legacy in calls + operators:
            resolved = _python_name(legacy, language, namespace, module)
            if resolved:
                names.append(resolved)
    return list(dict.fromkeys(names))

#: how Octave, MATLAB, GDL and IDL say that a name is neither a function nor a variable
_UNDEFINED = [re.compile(pattern, re.IGNORECASE) for pattern in (
    r"^'(?P<name>[\w.]+)' undefined",                                   # Octave
    r"undefined function or variable '(?P<name>[\w.]+)'",               # MATLAB < R2020a
    r"undefined function '(?P<name>[\w.]+)'",                           # MATLAB
    r"unrecognized function or variable '(?P<name>[\w.]+)'",            # MATLAB >= R2020a
    r"undefined variable \"?(?P<name>[\w.]+)",                          # MATLAB (old)
    r"attempt to call undefined (?:function|procedure)[^']*'(?P<name>[\w$]+)'",   # IDL
    r"(?:function|procedure) not found: (?P<name>[\w$]+)",              # GDL
    r"variable is undefined: (?P<name>[\w$]+)",                         # IDL, GDL
)]


_SIGNATURE = {
    "matlab": re.compile(r"^[ \t]*function\b(?:[ \t]*\[?(?P<out>[\w \t,~]*?)\]?[ \t]*=)?"
                         r"[ \t]*[\w.]+[ \t]*(?:\((?P<args>[^)\n]*)\))?", re.M),
    "idl": re.compile(r"^[ \t]*(?:pro|function)[ \t]+[\w:$]+[ \t]*,?(?P<args>[^;\n]*)",
                      re.M | re.I),
}


def legacy_arguments(language: str, folders) -> frozenset:
    """Lower-case names of the arguments (inputs and outputs) of the functions in the
    legacy code under ``folders`` (a suite's ``legacy_path``). A legacy error naming one
    of them as undefined is the legacy program reading an argument its caller did not
    give (the Root-Finding Toolbox's ``print_solver_header(true)`` tests
    ``isempty(func)`` of its missing second argument: Octave's ``'func' undefined``), not
    a routine missing from the path: an ``expect_error`` case may hold it."""
    pattern = _SIGNATURE[language]
    suffix = ".m" if language == "matlab" else ".pro"
    names: set = set()
    for folder in folders:
        for path in sorted(Path(folder).rglob(f"*{suffix}")):
            for match in pattern.finditer(path.read_text(errors="replace")):
                for group in ("out", "args"):
                    part = match.groupdict().get(group) or ""
                    for word in part.split(","):
                        names.update(word.split("=")[0].lower().split())
    return frozenset(n for n in names if n.isidentifier())


def undefined_routine(message: str) -> str | None:
    """The name a legacy error message says is undefined, else None.

    ``'myfilt' undefined`` (Octave), ``Undefined function 'myfilt' for input arguments
    of type 'double'.`` / ``Unrecognized function or variable 'myfilt'.`` (MATLAB),
    ``Function not found: MYFILT`` / ``Procedure not found: MYPRO`` (GDL),
    ``Variable is undefined: MYFILT.`` / ``Attempt to call undefined procedure: 'MYPRO'.``
    (IDL): the legacy side could not find a routine (or a variable the call names).
    """
    text = str(message).strip()
    for pattern in _UNDEFINED:
        match = pattern.search(text)
        if match:
            return match.group("name")
    return None
