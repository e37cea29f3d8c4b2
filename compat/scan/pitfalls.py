"""Pitfalls: the traps a line-by-line port meets, found where the scanned code sets them.

The table lives in ``compat/scan/data/pitfalls.json``, keyed by the routine or language
feature that owns each trap (``"idl.smooth"``, ``"matlab.find"``, ``"idl.idiv"`` for
integer division); a routine's ``__legacy_pitfalls__`` (a list of entries) or its
module's ``__legacy_pitfalls__`` (a dict keyed like the table) adds entries or replaces
those of the same id, so a family module can own its traps.

An entry::

    {"id": "idl.smooth.even_width",
     "when": {"arg": [1, "even_int"]},
     "message": "SMOOTH with the even width {arg1} ...",
     "compat": "idl.smooth does the same; ..."}

``when`` holds conditions that must all hold (``any_of`` holds a list of such
dictionaries of which one must hold):

``event``           a syntax event, not a call: ``int_division``, ``int16_overflow``,
                    ``float_literal``, ``mod_operator``, ``matrix_multiply``,
                    ``minmax_operator`` (IDL's ``<`` and ``>``), ``colon_fraction``, ``nargout_use``, ``matrix_divide``;
                    ``keyword_abbreviation`` (an IDL keyword abbreviated in a call
                    of a covered routine, see :func:`abbreviations`)
``call``            true: any call of the routine
``covered``         true: any call of any routine compat covers (generic entries)
``arg``             ``[position, test]`` on a positional argument (0-based); tests:
                    ``even_int``, ``odd_int``, ``int_ge:N``, ``int_le:N``,
                    ``fraction``, ``literal``, ``not_literal``, ``string``
``nargs_min``/``nargs_max``     number of positional arguments
``keywords_any``/``keywords_missing``   IDL keywords (MATLAB ``Name=value``) present / absent
                                        (an IDL abbreviation counts: ``/INT``)
``options_any``/``options_missing``     MATLAB option strings present / absent
``nargout_min``/``nargout_max``         outputs the caller takes
``after_any``/``before_any``            the tokens after / before the call
                                        (``"eq 0"``, ``"~"``)

Placeholders in the texts: ``{name}``, ``{detail}`` (the source text that triggered),
``{argN}``, ``{nargout}``, ``{compat}`` (compat's function; for an operator event, the
function compat implements the operator as -- an entry's ``compat_uncovered`` text is
used while compat has none).
"""

from __future__ import annotations

from compat.scan import datafiles as data

__all__ = ["PitfallTable", "build_table", "evaluate", "abbreviations"]


class PitfallTable:
    """The table compiled for lookup: by routine, by event, and generic entries."""

    def __init__(self):
        self.by_call: dict[str, dict[str, list]] = {"idl": {}, "matlab": {}}
        self.by_event: dict[str, dict[str, list]] = {"idl": {}, "matlab": {}}
        self.generic: dict[str, list] = {"idl": [], "matlab": []}
        self.entries: dict[str, dict] = {}

    def add(self, key: str, entry: dict) -> None:
        language, _, name = key.partition(".")
        if language not in self.by_call:
            return
        entry = dict(entry)
        entry.setdefault("id", key)
        entry["key"] = key
        old = self.entries.get(entry["id"])
        if old is not None:
            self._remove(old)
        self.entries[entry["id"]] = entry
        when = entry.get("when", {})
        if "event" in when:
            self.by_event[language].setdefault(when["event"], []).append(entry)
        elif when.get("covered"):
            self.generic[language].append(entry)
        else:
            self.by_call[language].setdefault(name, []).append(entry)

    def _remove(self, entry: dict) -> None:
        for table in (self.by_call, self.by_event):
            for entries in table.values():
                for lst in entries.values():
                    if entry in lst:
                        lst.remove(entry)
        for lst in self.generic.values():
            if entry in lst:
                lst.remove(entry)


def build_table(extra: dict | None = None) -> PitfallTable:
    """The shipped table, then routines' own entries (``extra``: key -> entries)."""
    table = PitfallTable()
    for key, entries in data.pitfall_table().items():
        for entry in entries:
            table.add(key, entry)
    for key, entries in (extra or {}).items():
        for entry in entries:
            table.add(key, entry)
    return table


def _literal(arg) -> bool:
    return arg[0] in ("int", "float", "double", "str")


def _test(arg, test: str) -> bool:
    if arg is None:
        return False
    kind, value = arg
    if test == "not_literal":
        return not _literal(arg)
    if test == "literal":
        return _literal(arg)
    if test == "string":
        return kind == "str"
    numeric = kind in ("int", "float", "double")
    integral = kind == "int" or (numeric and float(value).is_integer())
    if test == "even_int":
        return integral and int(value) % 2 == 0
    if test == "odd_int":
        return integral and int(value) % 2 == 1
    if test == "fraction":
        return numeric and not float(value).is_integer()
    if test.startswith("int_ge:"):
        return integral and value >= int(test[7:])
    if test.startswith("int_le:"):
        return integral and value <= int(test[7:])
    return False


def _given(keywords, names) -> bool:
    """Whether the call passes one of the keywords ``names``, in full or abbreviated as
    IDL allows (``/DOUB`` is ``/DOUBLE``)."""
    return any(k == n or n.startswith(k) for k in keywords for n in names)


def _holds(when: dict, call, covered: bool) -> bool:
    for cond, spec in when.items():
        if cond == "call" or cond == "covered":
            if cond == "covered" and not covered:
                return False
        elif cond == "arg":
            position, test = spec
            arg = call.args[position] if position < len(call.args) else None
            if not _test(arg, test):
                return False
        elif cond == "nargs_min":
            if len(call.args) < spec:
                return False
        elif cond == "nargs_max":
            if len(call.args) > spec:
                return False
        elif cond == "keywords_any":
            if not _given(call.keywords, spec):
                return False
        elif cond == "keywords_missing":
            if _given(call.keywords, spec):
                return False
        elif cond == "options_any":
            strings = {s.lower() for s in call.strings()}
            if not any(o in strings for o in spec):
                return False
        elif cond == "options_missing":
            strings = {s.lower() for s in call.strings()}
            if any(o in strings for o in spec):
                return False
        elif cond == "nargout_min":
            if call.nargout < spec:
                return False
        elif cond == "nargout_max":
            if call.nargout > spec:
                return False
        elif cond == "after_any":
            if not any(call.after == a or call.after.startswith(a + " ") for a in spec):
                return False
        elif cond == "before_any":
            if call.before not in spec:
                return False
        elif cond == "any_of":
            if not any(_holds(alt, call, covered) for alt in spec):
                return False
        else:
            return False          # a condition this version does not know: never fires
    return True


class _Fields(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def _text(template: str, fields: dict) -> str:
    return template.format_map(_Fields(fields))


def _arg_text(arg) -> str:
    kind, value = arg
    if kind == "str":
        return repr(value)
    if kind in ("int", "float", "double"):
        return str(value)
    if kind == "name":
        return value
    return "..."


def _hit(entry, name, line, fields, index):
    return (entry["id"], name, line, _text(entry.get("message", ""), fields),
            _text(entry.get("compat", ""), fields), index)


def evaluate(scan, table: PitfallTable, covered: dict) -> list[tuple]:
    """Pitfall hits of one file: ``(id, routine, line, message, compat, maybe)``; maybe
    is the index in ``scan.maybe`` of the use the hit depends on (-1 for a definite
    call or a syntax event). One hit per id and line."""
    language = scan.language
    by_call = table.by_call[language]
    generic = table.generic[language]
    hits = []
    done = set()
    uses = [(c, -1) for c in scan.calls] + [(m[3], i) for i, m in enumerate(scan.maybe)]
    for call, index in uses:
        name = call.name
        entries = by_call.get(name)
        compat_name = covered.get(name)
        if not entries and not (generic and compat_name):
            continue
        candidates = list(entries or ())
        if compat_name:
            candidates += generic
        fields = None
        for entry in candidates:
            key = (entry["id"], call.line)
            if key in done or not _holds(entry.get("when", {}), call,
                                         compat_name is not None):
                continue
            if fields is None:
                short = (compat_name or name).removeprefix("compat.")
                fields = {"name": name, "nargout": call.nargout, "compat": short,
                          "detail": name}
                for k, arg in enumerate(call.args[:6]):
                    fields[f"arg{k}"] = _arg_text(arg)
            done.add(key)
            hits.append(_hit(entry, name, call.line, fields, index))
    events = table.by_event[language]
    for event, line, detail in scan.events:
        for entry in events.get(event, ()):
            key = (entry["id"], line)
            if key in done:
                continue
            done.add(key)
            # an operator compat implements as a function (IDL's #, MATLAB's \)
            operator = covered.get(detail.lower())
            if operator is None and "compat_uncovered" in entry:
                entry = dict(entry, compat=entry["compat_uncovered"])
            fields = {"detail": detail, "name": "",
                      "compat": (operator or "").removeprefix("compat.")}
            hits.append(_hit(entry, "", line, fields, -1))
    hits.sort(key=lambda h: (h[2], h[0]))
    return hits


def abbreviations(options: list[tuple], table: PitfallTable) -> tuple[list, list]:
    """Split a file's option reports (:func:`compat.scan.options.missing_options`) into
    the options compat lacks and ``idl.keyword_abbreviation`` pitfall hits for the IDL
    keywords abbreviated (``/EDGE_T`` for ``EDGE_TRUNCATE``): compat has the keyword,
    the port only writes it in full."""
    from compat.scan.options import full_keyword

    entries = table.by_event["idl"].get("keyword_abbreviation", ())
    missing = []
    hits = []
    for routine, option, line, hint, index in options:
        full = full_keyword(hint)
        if full is None or not entries:
            missing.append((routine, option, line, hint, index))
            continue
        fields = {"detail": f"{routine.upper()}(..., /{option.upper()})", "name": routine,
                  "compat": f"{full}="}
        for entry in entries:
            hits.append(_hit(entry, routine, line, fields, index))
    return missing, hits
