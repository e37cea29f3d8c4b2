"""The terminal summary of a scan."""

from __future__ import annotations

from compat.scan.model import STATUSES

__all__ = ["render", "Progress"]

_LANGUAGE = {"idl": "IDL", "matlab": "MATLAB"}
_TOP = 15


def _n(value) -> str:
    return f"{value:,}"


def render(tree, problems=(), top: int = _TOP) -> str:
    s = tree.summary
    out = []
    langs = s["languages"]
    by_lang = ", ".join(f"{_n(v['files'])} {_LANGUAGE[k]}" for k, v in langs.items())
    routines = sum(v["routines"] for v in langs.values())
    out.append(f"compat scan: {_n(s['files'])} files ({by_lang or 'none'}), "
               f"{_n(s['lines'])} lines, {_n(s['calls'])} calls to {_n(routines)} routines")
    for problem in problems:
        out.append(f"  warning: {problem}")
    if not s["files"]:
        out.append("no .pro or .m files found")
        return "\n".join(out) + "\n"
    # per-language totals: calls by status (routines in parentheses)
    out.append("")
    headers = ["", "files", "ready"] + list(STATUSES) + ["ambiguous"]
    rows = []
    for lang, v in langs.items():
        rows.append([_LANGUAGE[lang], _n(v["files"]), _n(v["ready_files"])] +
                    [f"{_n(v['calls_by_status'][st])} ({_n(v['routines_by_status'][st])})"
                     for st in STATUSES] + [_n(v["ambiguous"])])
    widths = [max(len(r[k]) for r in rows + [headers]) for k in range(len(headers))]
    for row in [headers] + rows:
        out.append(row[0].ljust(widths[0]) + "".join(
            "  " + cell.rjust(width) for cell, width in zip(row[1:], widths[1:])))
    out.append("  (calls, and in parentheses distinct routines, by status)")
    # port first
    port = s["port_first"]
    if port:
        out.append("")
        out.append("Port first (files: files that need it; unblocks: files ready once it "
                   "and those above it are ported):")
        width = max(len(_label(p)) for p in port[:top])
        for k, p in enumerate(port[:top], 1):
            kind = p["status"]
            if p["detail"]:
                kind += f" ({p['detail']})"
            out.append(f"  {k:3}. {_label(p):{width}}  {_LANGUAGE[p['language']]:6} "
                       f"{kind:45.45} files {p['files']:>5}  unblocks {p['unblocks']:>5}")
        if len(port) > top:
            out.append(f"       ... and {len(port) - top} more (--json, --html)")
    # ready files
    ready = s["ready_files"]
    out.append("")
    out.append(f"Files ready now: {_n(len(ready))} of {_n(s['files'])}")
    for path in ready[:10]:
        out.append(f"  {path}")
    if len(ready) > 10:
        out.append(f"  ... and {len(ready) - 10} more")
    # pitfalls
    pitfalls = s["pitfalls"]
    if pitfalls:
        count = sum(p["count"] for p in pitfalls.values())
        out.append("")
        out.append(f"Pitfalls: {_n(count)} (by kind; each file's list is in --json/--html)")
        for pid, p in list(pitfalls.items())[:top]:
            out.append(f"  {pid:34} {p['count']:>6} in {p['files']:>5} files  "
                       f"{p['compat'][:70]}")
        if len(pitfalls) > top:
            out.append(f"  ... and {len(pitfalls) - top} more kinds")
    options = sum(v["missing_options"] for v in langs.values())
    if options:
        out.append("")
        names = []
        for key, r in tree.routines.items():
            for option, count in r.get("missing_options", {}).items():
                names.append((count, key, option, r["language"]))
        names.sort(key=lambda t: (-t[0], t[1], t[2]))
        shown = ", ".join(
            f"{key} {'/' + opt if lang == 'idl' else repr(opt)} ({count})"
            for count, key, opt, lang in names[:8])
        out.append(f"Missing options: {_n(options)} uses: {shown}"
                   + (" ..." if len(names) > 8 else ""))
    ambiguous = {}
    for entry in tree.files.values():
        for name, count in entry["ambiguous"].items():
            ambiguous[name] = ambiguous.get(name, 0) + count
    if ambiguous:
        top_names = sorted(ambiguous.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
        out.append("")
        out.append(f"Ambiguous (variable or call? not counted as calls): "
                   f"{_n(sum(ambiguous.values()))} uses of {_n(len(ambiguous))} names: "
                   + ", ".join(f"{n} ({c})" for n, c in top_names)
                   + (" ..." if len(ambiguous) > 8 else ""))
    if s["skipped"]:
        out.append("")
        out.append(f"Skipped {len(s['skipped'])} files:")
        for item in s["skipped"][:5]:
            out.append(f"  {item['path']}: {item['reason']}")
    return "\n".join(out) + "\n"


def _label(p) -> str:
    if p["option"] is None:
        return p["name"]
    return f"{p['name']} /{p['option']}" if p["language"] == "idl" else \
        f"{p['name']} '{p['option']}'"


class Progress:
    """A one-line progress indicator on a terminal stream (nothing on small trees)."""

    def __init__(self, stream, minimum: int = 200):
        self.stream = stream
        self.minimum = minimum
        self.shown = False
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        if total < self.minimum:
            return
        percent = done * 100 // total
        if percent == self.last and done != total:
            return
        self.last = percent
        bar = "#" * (percent // 4)
        self.stream.write(f"\rscanning [{bar:25}] {done:,}/{total:,} files")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()
