"""``--html DIR``: a static, self-contained report (no network, no external files).

``DIR/index.html`` holds the totals, the port-first list, every routine, every file and
every kind of pitfall, in tables sorted by clicking a column header. ``DIR/files/`` holds
one page per scanned file: its source with each line coloured by the status of the
calls on it (names underlined, the status and compat's function or the equivalent in
the tooltip), and the pitfalls and missing options inline under their lines.
"""

from __future__ import annotations

import html
import os
import re
from collections import defaultdict

from compat.scan.model import STATUSES

__all__ = ["write"]

_LANGUAGE = {"idl": "IDL", "matlab": "MATLAB"}
#: how bad a status is for a line's colour (highest wins)
_RANK = {"covered": 1, "direct": 1, "user": 1, "ambiguous": 2, "library": 3, "missing": 4,
         "option": 4, "unknown": 5}

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #ddd;padding:2px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3;cursor:pointer;user-select:none;white-space:nowrap}
th.asc:after{content:" \\25B2"}th.desc:after{content:" \\25BC"}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.covered{background:#e3f6e3}.direct{background:#e1f3f1}.user{background:#e4ecfa}
.missing,.option{background:#fbe1e1}.library{background:#fdeccf}.unknown{background:#eee0f5}
.ambiguous{background:#fbf7d4}
span.c{text-decoration:underline;text-decoration-thickness:2px}
span.c.covered{text-decoration-color:#2a8a2a}span.c.direct{text-decoration-color:#1c8a80}
span.c.user{text-decoration-color:#3b63b8}span.c.missing{text-decoration-color:#c33}
span.c.library{text-decoration-color:#d68a00}span.c.unknown{text-decoration-color:#8a3ab8}
span.c.ambiguous{text-decoration-color:#b8a600}
table.src{border:none;font:13px/1.35 ui-monospace,Menlo,Consolas,monospace}
table.src td{border:none;padding:0 8px;white-space:pre}
table.src td.ln{color:#999;text-align:right;user-select:none}
tr.note td{white-space:normal;font:13px system-ui,sans-serif;background:#fff8e6;
border-left:3px solid #e0a000}
tr.note.opt td{background:#fdecec;border-left-color:#c33}
.legend span{padding:1px 6px;margin-right:4px;border:1px solid #ddd}
.small{color:#666;font-size:.9em}
"""

_JS = """
document.querySelectorAll('table.sortable').forEach(function(t){
 t.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){
  var b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows),
      asc=!th.classList.contains('asc');
  t.querySelectorAll('th').forEach(function(h){h.classList.remove('asc','desc')});
  th.classList.add(asc?'asc':'desc');
  rows.sort(function(x,y){
   var a=x.cells[i],c=y.cells[i],
       u=a.getAttribute('data-v'),v=c.getAttribute('data-v');
   if(u!==null&&v!==null){u=parseFloat(u);v=parseFloat(v);return asc?u-v:v-u}
   u=a.textContent;v=c.textContent;return asc?u.localeCompare(v):v.localeCompare(u)});
  rows.forEach(function(r){b.appendChild(r)})})})});
"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>\n{body}\n"
            f"<script>{_JS}</script></body></html>\n")


def _num(value, shown=None) -> str:
    return f'<td class="n" data-v="{value}">{_e(shown if shown is not None else value)}</td>'


def _legend() -> str:
    parts = "".join(f'<span class="{s}">{s}</span>' for s in STATUSES + ("ambiguous",))
    return f'<p class="legend">{parts}</p>'


def _file_pages(paths) -> dict[str, str]:
    return {path: f"files/f{k:05d}.html" for k, path in enumerate(sorted(paths))}


def _index(tree, pages, title) -> str:
    s = tree.summary
    out = [f"<h1>{_e(title)}</h1>"]
    langs = ", ".join(f"{v['files']:,} {_LANGUAGE[k]}" for k, v in s["languages"].items())
    out.append(f"<p>{s['files']:,} files ({_e(langs) or 'none'}), {s['lines']:,} lines, "
               f"{s['calls']:,} calls; {len(s['ready_files']):,} files ready now.</p>")
    out.append(_legend())
    # totals
    out.append("<h2>Totals</h2><table class=\"sortable\"><thead><tr><th>language</th>"
               "<th>files</th><th>ready</th>" +
               "".join(f"<th>{st} calls</th><th>{st} routines</th>" for st in STATUSES) +
               "<th>ambiguous uses</th><th>pitfalls</th><th>missing options</th>"
               "</tr></thead><tbody>")
    for lang, v in s["languages"].items():
        cells = "".join(_num(v["calls_by_status"][st]) + _num(v["routines_by_status"][st])
                        for st in STATUSES)
        out.append(f"<tr><td>{_LANGUAGE[lang]}</td>{_num(v['files'])}"
                   f"{_num(v['ready_files'])}{cells}{_num(v['ambiguous'])}"
                   f"{_num(v['pitfalls'])}{_num(v['missing_options'])}</tr>")
    out.append("</tbody></table>")
    # port first
    if s["port_first"]:
        out.append("<h2>Port first</h2><p class=\"small\">In this order: <i>files</i> is "
                   "how many files need it, <i>unblocks</i> how many become ready once it "
                   "and those above it are ported.</p>")
        out.append("<table class=\"sortable\"><thead><tr><th>#</th><th>routine</th>"
                   "<th>language</th><th>status</th><th>detail</th><th>files</th>"
                   "<th>unblocks</th></tr></thead><tbody>")
        for k, p in enumerate(s["port_first"], 1):
            label = p["name"] if p["option"] is None else f"{p['name']} ({p['option']})"
            out.append(f"<tr class=\"{p['status']}\">{_num(k)}<td>{_e(label)}</td>"
                       f"<td>{_LANGUAGE[p['language']]}</td><td>{p['status']}</td>"
                       f"<td>{_e(p['detail'] or '')}</td>{_num(p['files'])}"
                       f"{_num(p['unblocks'])}</tr>")
        out.append("</tbody></table>")
    # routines
    out.append("<h2>Routines</h2><table class=\"sortable\"><thead><tr><th>routine</th>"
               "<th>language</th><th>status</th><th>compat / equivalent / library</th>"
               "<th>files</th><th>calls</th><th>blocks files</th><th>missing options</th>"
               "<th>pitfalls</th></tr></thead><tbody>")
    for key, r in sorted(tree.routines.items()):
        detail = (r.get("compat") or r.get("equivalent") or r.get("library") or
                  r.get("group") or r.get("defined_in") or "")
        if r["status"] == "user" and r.get("defined_in") in pages:
            detail = f'<a href="{pages[r["defined_in"]]}">{_e(detail)}</a>'
        else:
            detail = _e(detail)
        options = ", ".join(f"{o} ({c})" for o, c in r.get("missing_options", {}).items())
        out.append(f"<tr class=\"{r['status']}\"><td>{_e(key)}</td>"
                   f"<td>{_LANGUAGE[r['language']]}</td><td>{r['status']}</td>"
                   f"<td>{detail}</td>{_num(r['files'])}{_num(r['calls'])}"
                   f"{_num(r.get('blocks_files', 0))}<td>{_e(options)}</td>"
                   f"{_num(r.get('pitfalls', 0))}</tr>")
    out.append("</tbody></table>")
    # files
    out.append("<h2>Files</h2><table class=\"sortable\"><thead><tr><th>file</th>"
               "<th>language</th><th>lines</th><th>calls</th><th>readiness</th>"
               "<th>ready</th><th>blocked by</th><th>ambiguous</th><th>pitfalls</th>"
               "</tr></thead><tbody>")
    for path, f in tree.files.items():
        readiness = f"{f['readiness']:.0%}"
        blocked = ", ".join(f["blocked_by"][:8]) + (" ..." if len(f["blocked_by"]) > 8
                                                    else "")
        out.append(f"<tr><td><a href=\"{pages[path]}\">{_e(path)}</a></td>"
                   f"<td>{_LANGUAGE[f['language']]}</td>{_num(f['lines'])}"
                   f"{_num(sum(f['calls'].values()))}"
                   f"{_num(f['readiness'], readiness)}"
                   f"<td class=\"{'covered' if f['ready'] else 'missing'}\">"
                   f"{'yes' if f['ready'] else 'no'}</td><td>{_e(blocked)}</td>"
                   f"{_num(sum(f['ambiguous'].values()))}{_num(len(f['pitfalls']))}</tr>")
    out.append("</tbody></table>")
    # pitfalls
    if s["pitfalls"]:
        out.append("<h2>Pitfalls</h2><table class=\"sortable\"><thead><tr><th>pitfall</th>"
                   "<th>uses</th><th>files</th><th>example</th><th>what to do in compat</th>"
                   "</tr></thead><tbody>")
        for pid, p in s["pitfalls"].items():
            out.append(f"<tr><td>{_e(pid)}</td>{_num(p['count'])}{_num(p['files'])}"
                       f"<td>{_e(p['example'])}</td><td>{_e(p['compat'])}</td></tr>")
        out.append("</tbody></table>")
    if s["skipped"]:
        out.append("<h2>Skipped</h2><ul>" + "".join(
            f"<li>{_e(k['path'])}: {_e(k['reason'])}</li>" for k in s["skipped"]) + "</ul>")
    return _page(title, "\n".join(out))


def _detail(tree, entry, language, name, status) -> str:
    f = entry
    if status == "covered":
        r = tree.routines.get(name) or tree.routines.get(f"{language}:{name}") or {}
        return f"covered: {r.get('compat', '')}"
    if status == "direct":
        return f"direct: {f['direct'].get(name, '')}"
    if status == "library":
        return f"library: {f['library'].get(name, '')}"
    if status == "user":
        r = tree.routines.get(name) or tree.routines.get(f"{language}:{name}") or {}
        return f"user: defined in {r.get('defined_in') or 'this file'}"
    if status == "missing":
        r = tree.routines.get(name) or tree.routines.get(f"{language}:{name}") or {}
        return f"missing built-in ({r.get('group', '')})"
    return status


def _file_page(tree, path, source, pages, title) -> str:
    f = tree.files[path]
    language = f["language"]
    idl = language == "idl"
    calls, ambiguous = tree.annotations.get(path, ((), ()))
    status = {name: st for st in STATUSES for name in f[st]}
    by_line = defaultdict(dict)
    for name, line in calls:
        by_line[line][name] = status.get(name, "unknown")
    for name, line, _reason in ambiguous:
        by_line[line].setdefault(name, "ambiguous")
    notes = defaultdict(list)
    for p in f["pitfalls"]:
        notes[p["line"]].append(("note", f"&#9888; <b>{_e(p['id'])}</b>: {_e(p['message'])}"
                                         f" &mdash; <i>{_e(p['compat'])}</i>"))
    for o in f["missing_options"]:
        notes[o["line"]].append(("note opt", f"<b>missing option</b> {_e(o['routine'])} "
                                             f"{_e(o['option'])}: {_e(o['hint'])}"))
        by_line[o["line"]]["\0option"] = "option"
    up = "../index.html"
    out = [f"<p><a href=\"{up}\">&larr; {_e(title)}</a></p><h1>{_e(path)}</h1>"]
    ready = "ready now" if f["ready"] else "blocked by " + ", ".join(f["blocked_by"])
    out.append(f"<p>{_LANGUAGE[language]} {f['kind']}, {f['lines']:,} lines, "
               f"{sum(f['calls'].values()):,} calls, readiness {f['readiness']:.0%}: "
               f"{_e(ready)}.</p>")
    if f["uses_files"]:
        out.append("<p>Calls routines of: " + ", ".join(
            f'<a href="../{pages[p]}">{_e(p)}</a>' for p in f["uses_files"] if p in pages)
            + "</p>")
    out.append(_legend())
    out.append("<table class=\"src\"><tbody>")
    for number, text in enumerate(source.split("\n"), 1):
        statuses = by_line.get(number)
        escaped = _e(text)
        cls = ""
        if statuses:
            worst = max(statuses.values(), key=lambda st: _RANK[st])
            cls = f' class="{worst}"'
            names = sorted((n for n in statuses if n != "\0option"), key=len, reverse=True)
            if names:
                # IDL names match in any case; MATLAB names only as spelled (MATLAB
                # is case-sensitive: Treelayout is not treelayout)
                pattern = re.compile(r"(?<![\w.$!])(" + "|".join(
                    re.escape(_e(n)) for n in names) + r")(?![\w$])",
                    re.IGNORECASE if idl else 0)

                def mark(m, statuses=statuses):
                    name = m.group(1).lower() if idl else m.group(1)
                    st = statuses.get(name, "unknown")
                    tip = _detail(tree, f, language, name, st) if st != "ambiguous" \
                        else "ambiguous: variable or call?"
                    return f'<span class="c {st}" title="{_e(tip)}">{m.group(1)}</span>'
                escaped = pattern.sub(mark, escaped)
        out.append(f"<tr{cls}><td class=\"ln\">{number}</td><td>{escaped}</td></tr>")
        for kind, note in notes.get(number, ()):
            out.append(f"<tr class=\"{kind}\"><td></td><td>{note}</td></tr>")
    out.append("</tbody></table>")
    return _page(f"{path} - {title}", "\n".join(out))


def write(tree, folder, title: str = "compat scan") -> str:
    """Write the report into ``folder`` (created); returns the index page's path."""
    os.makedirs(os.path.join(folder, "files"), exist_ok=True)
    pages = _file_pages(tree.files)
    keep = {os.path.basename(page) for page in pages.values()}
    for old in os.listdir(os.path.join(folder, "files")):
        if re.fullmatch(r"f\d{5,}\.html", old) and old not in keep:
            os.remove(os.path.join(folder, "files", old))      # a previous, larger scan
    index = os.path.join(folder, "index.html")
    with open(index, "w", encoding="utf-8") as out:
        out.write(_index(tree, pages, title))
    sources = getattr(tree, "sources", {})
    for path in tree.files:
        try:
            with open(sources.get(path, path), "rb") as src:
                text = src.read().decode("utf-8", errors="replace")
        except OSError:
            text = ""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        page = _file_page(tree, path, text, pages, title)
        with open(os.path.join(folder, pages[path]), "w", encoding="utf-8") as out:
            out.write(page)
    return index
