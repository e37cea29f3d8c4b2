"""From per-file scans to the tree's picture: every call classified, readiness, what
blocks each file, which routines to port first.

Statuses (in this order of precedence): **user** -- defined in the scanned tree (a
MATLAB local or nested function only in its own file); **covered** -- compat implements
it; **direct** -- a built-in with a plain numpy/Python equivalent; **missing** -- a
built-in or toolbox routine compat lacks; **library** -- a known third-party library;
**unknown**. A use the language leaves open (see :class:`compat.scan.model.FileScan`,
``maybe``) is a call when the name is known and *ambiguous* otherwise; ambiguous uses
are counted apart and block nothing; so is an unknown name used bare (``BUS_I``, not
``f(...)``) in a MATLAB file that calls one of the tree's scripts, and an unknown
``name(...)`` in an IDL file with an ``@include`` (the script or the included batch
file, a COMMON block say, may have created it as a variable).

A file is *ready* when every call is covered, direct or user, no call passes an option
compat's routine lacks, and every user routine it calls lives in a ready file. What
blocks a file is the set of missing/library/unknown routines and missing options it
needs, through the user routines it calls too (strongly connected files share theirs).
The port-first list orders those blockers greedily: each step takes the one that makes
the most files ready, ties broken by how many files need it.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from compat.scan.model import BLOCKING_STATUSES, READY_STATUSES, STATUSES

__all__ = ["classify", "Tree"]

#: MATLAB definitions visible only in their own file
_FILE_LOCAL = frozenset({"local", "nested"})
#: greedy steps of the port-first order (the rest is ranked by files needing each, with
#: the files each would make ready next)
_GREEDY_STEPS = 60


class Tree:
    """The classified tree: ``files``, ``routines``, ``summary`` (the JSON body) and
    ``annotations`` (per file: ``(calls, ambiguous uses)`` with their lines, for the
    HTML pages), ``sources`` (shown path -> path on disk)."""

    def __init__(self):
        self.files: dict[str, dict] = {}
        self.routines: dict[str, dict] = {}
        self.summary: dict = {}
        self.annotations: dict[str, tuple] = {}
        self.sources: dict[str, str] = {}


def _blocker_text(language: str, name: str, option: str | None) -> str:
    if option is None:
        return name
    return f"{name} /{option}" if language == "idl" else f"{name} '{option}'"


def _components(nodes: list, edges: dict) -> list[list]:
    """Strongly connected components (Tarjan, iterative), successors first."""
    index = {}
    low = {}
    on_stack = set()
    stack = []
    out = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(edges.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for nxt in successors:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(edges.get(nxt, ()))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                out.append(component)
    return out


def _port_order(blockers: dict[str, set]) -> tuple[list[tuple], dict]:
    """Greedy order of blockers: ``[(item, files needing it, files ready after it)]``,
    and ``{item: files needing it}``."""
    remaining = {f: set(b) for f, b in blockers.items() if b}
    needing = defaultdict(set)
    for f, items in remaining.items():
        for item in items:
            needing[item].add(f)
    total_need = {item: len(fs) for item, fs in needing.items()}
    sole = Counter()
    for f, items in remaining.items():
        if len(items) == 1:
            sole[next(iter(items))] += 1
    order = []
    for _ in range(min(_GREEDY_STEPS, len(needing))):
        best = max(needing, key=lambda it: (sole[it], total_need[it], it))
        gained = 0
        for f in needing.pop(best):
            items = remaining[f]
            items.discard(best)
            if not items:
                gained += 1
            elif len(items) == 1:
                sole[next(iter(items))] += 1
        sole.pop(best, None)
        order.append((best, total_need[best], gained))
    rest = sorted(needing, key=lambda it: (-total_need[it], it))
    order.extend((item, total_need[item], sole[item]) for item in rest)
    return order, total_need


def classify(results: list[dict], catalog) -> Tree:
    """Classify the scans of a tree (:func:`compat.scan.worker.scan_file` results)."""
    tree = Tree()
    good = sorted((r for r in results if not r.get("error")), key=lambda r: r["path"])
    skipped = sorted(((r["path"], r["error"]) for r in results if r.get("error")))

    # ------------------------------------------------------- tree definitions
    defined: dict[str, dict[str, str]] = {"idl": {}, "matlab": {}}
    for r in good:
        for name, kind, _line in r["definitions"]:
            if r["language"] == "matlab" and kind in _FILE_LOCAL:
                continue
            defined[r["language"]].setdefault(name, r["path"])

    #: MATLAB scripts of the tree: calling one may create variables in the caller
    scripts = {name for r in good if r["language"] == "matlab"
               for name, kind, _line in r["definitions"] if kind == "script"}
    status_cache: dict[tuple, tuple] = {}

    def status_of(language, name, local):
        if name in local:
            return "user", None
        where = defined[language].get(name)
        if where is not None:
            return "user", where
        if language == "idl":
            # IDL 8: obj = Name(...) creates an object of the class Name__define defines
            where = defined[language].get(name + "__define")
            if where is not None:
                return "user", where
        if "." in name:
            # Class.staticMethod(...) / Class.Constant of a class the tree defines, and
            # pkg.Class.method(...) of a class in a +pkg folder: the longest defined head
            parts = name.split(".")
            for k in range(len(parts) - 1, 0, -1):
                head = ".".join(parts[:k])
                if head in local:
                    return "user", None
                where = defined[language].get(head)
                if where is not None:
                    return "user", where
        key = (language, name)
        st = status_cache.get(key)
        if st is None:
            st = status_cache[key] = catalog.status(language, name)
        return st

    routines: dict[tuple, dict] = {}
    direct_blockers: dict[str, set] = {}
    deps: dict[str, set] = {}
    annotations = tree.annotations
    pitfall_totals: dict[str, dict] = {}

    for r in good:
        path = r["path"]
        language = r["language"]
        local = {name for name, _k, _l in r["definitions"]}
        calls = list(r["calls"])
        ambiguous_uses = []
        if r["includes"] or (language == "matlab" and any(n in scripts and n not in local
                                                          for n, _line in calls)):
            # a script called from here (an IDL @include) may create any variable: an
            # unknown name used the way a variable is is ambiguous (MATPOWER's
            # define_constants makes BUS_I, PMAX ...; an included COMMON block)
            bare = set(r.get("bare", ()))
            reason = "include" if r["includes"] else "script"
            kept = []
            for name, line in calls:
                if name in bare and status_of(language, name, local)[0] == "unknown":
                    ambiguous_uses.append((name, line, reason))
                else:
                    kept.append((name, line))
            calls = kept
        dropped = set()
        for i, (name, line, reason) in enumerate(r["maybe"]):
            if status_of(language, name, local)[0] != "unknown":
                calls.append((name, line))
            else:
                ambiguous_uses.append((name, line, reason))
                dropped.add(i)
        counts = Counter(name for name, _ in calls)
        by_status = {s: {} for s in STATUSES}
        my_deps = set()
        ready_calls = 0
        for name, count in counts.items():
            st, detail = status_of(language, name, local)
            by_status[st][name] = detail
            if st in READY_STATUSES:
                ready_calls += count
            if st == "user" and detail is not None and detail != path:
                my_deps.add(detail)
            entry = routines.get((language, name))
            if entry is None:
                entry = routines[(language, name)] = {
                    "status": st, "files": 0, "calls": 0, "detail": detail,
                    "options": Counter(), "pitfalls": 0}
            entry["files"] += 1
            entry["calls"] += count
            if st == "user" and entry["status"] != "user":
                entry["status"], entry["detail"] = "user", detail
        # options and pitfalls of calls that are calls, to routines that are not the user's
        options = []
        blockers = set()
        for name, option, line, hint, index in r["options"]:
            if index in dropped or name not in by_status["covered"]:
                continue
            options.append({"routine": name, "option": option, "line": line, "hint": hint})
            routines[(language, name)]["options"][option] += 1
            blockers.add((language, name, option))
        pitfalls = []
        for pid, name, line, message, compat_text, index in r["pitfalls"]:
            if index in dropped or (name and name in by_status["user"]):
                continue
            pitfalls.append({"id": pid, "routine": name or None, "line": line,
                             "message": message, "compat": compat_text})
            if name:
                routines[(language, name)]["pitfalls"] += 1
            total = pitfall_totals.setdefault(pid, {"count": 0, "files": 0,
                                                    "language": language,
                                                    "example": message,
                                                    "compat": compat_text})
            total["count"] += 1
        for pid in {p["id"] for p in pitfalls}:
            pitfall_totals[pid]["files"] += 1
        for st in BLOCKING_STATUSES:
            for name in by_status[st]:
                blockers.add((language, name, None))
        direct_blockers[path] = blockers
        deps[path] = my_deps
        total_calls = sum(counts.values())
        tree.files[path] = {
            "language": language,
            "kind": r["kind"],
            "lines": r["lines"],
            "calls": dict(sorted(counts.items())),
            "covered": sorted(by_status["covered"]),
            "user": sorted(by_status["user"]),
            "direct": dict(sorted(by_status["direct"].items())),
            "missing": sorted(by_status["missing"]),
            "library": dict(sorted(by_status["library"].items())),
            "unknown": sorted(by_status["unknown"]),
            "ambiguous": dict(sorted(Counter(n for n, _l, _r in ambiguous_uses).items())),
            "missing_options": options,
            "pitfalls": pitfalls,
            "readiness": round(ready_calls / total_calls, 4) if total_calls else 1.0,
            "ready": False,
            "blocked_by": [],
            "uses_files": sorted(my_deps),
            "definitions": [{"name": n, "kind": k, "line": ln}
                            for n, k, ln in r["definitions"]],
            "includes": [name for name, _line in r["includes"]],
            "methods": r["methods"],
        }
        annotations[path] = (calls, ambiguous_uses)

    # ------------------------------------------- transitive blockers, readiness
    paths = [r["path"] for r in good]
    blocked: dict[str, set] = {}
    for component in _components(paths, deps):
        union = set()
        members = set(component)
        for member in component:
            union |= direct_blockers[member]
            for dep in deps[member]:
                if dep not in members:
                    union |= blocked[dep]
        for member in component:
            blocked[member] = union
    texts = {}
    for path, entry in tree.files.items():
        items = blocked[path]
        entry["ready"] = not items
        shown = []
        for item in items:
            text = texts.get(item)
            if text is None:
                text = texts[item] = _blocker_text(*item)
            shown.append(text)
        shown.sort()
        entry["blocked_by"] = shown
    order, blocks = _port_order(blocked)

    # --------------------------------------------------------------- routines
    languages_of = defaultdict(set)
    for language, name in routines:
        languages_of[name].add(language)
    for (language, name), entry in sorted(routines.items(), key=lambda kv: (kv[0][1],
                                                                            kv[0][0])):
        key = name if len(languages_of[name]) == 1 else f"{language}:{name}"
        st = entry["status"]
        detail = entry["detail"]
        out = {"status": st, "language": language, "files": entry["files"],
               "calls": entry["calls"], "compat": detail if st == "covered" else None}
        if st == "direct":
            out["equivalent"] = detail
        elif st == "library":
            out["library"] = detail
        elif st == "missing":
            out["group"] = detail
        elif st == "user":
            out["defined_in"] = detail
        if entry["options"]:
            out["missing_options"] = dict(sorted(entry["options"].items()))
        if entry["pitfalls"]:
            out["pitfalls"] = entry["pitfalls"]
        if st in BLOCKING_STATUSES:
            out["blocks_files"] = blocks.get((language, name, None), 0)
        tree.routines[key] = out

    # ----------------------------------------------------------------- summary
    port_first = []
    for (language, name, option), needing, gained in order:
        st, detail = status_of(language, name, set())
        port_first.append({"name": name, "language": language, "option": option,
                           "status": "option" if option else st,
                           "detail": detail if not option else None,
                           "files": needing, "unblocks": gained})
    per_language = {}
    for language in ("idl", "matlab"):
        files = [p for p, e in tree.files.items() if e["language"] == language]
        if not files:
            continue
        call_statuses = Counter()
        routine_statuses = Counter()
        for (lang, name), entry in routines.items():
            if lang == language:
                call_statuses[entry["status"]] += entry["calls"]
                routine_statuses[entry["status"]] += 1
        per_language[language] = {
            "files": len(files),
            "lines": sum(tree.files[p]["lines"] for p in files),
            "calls": sum(call_statuses.values()),
            "routines": sum(routine_statuses.values()),
            "routines_by_status": {s: routine_statuses.get(s, 0) for s in STATUSES},
            "calls_by_status": {s: call_statuses.get(s, 0) for s in STATUSES},
            "ambiguous": sum(sum(tree.files[p]["ambiguous"].values()) for p in files),
            "ready_files": sum(1 for p in files if tree.files[p]["ready"]),
            "pitfalls": sum(len(tree.files[p]["pitfalls"]) for p in files),
            "missing_options": sum(len(tree.files[p]["missing_options"]) for p in files),
        }
    tree.summary = {
        "files": len(good),
        "lines": sum(e["lines"] for e in tree.files.values()),
        "calls": sum(v["calls"] for v in per_language.values()),
        "languages": per_language,
        "ready_files": [p for p, e in tree.files.items() if e["ready"]],
        "port_first": port_first,
        "pitfalls": dict(sorted(pitfall_totals.items(),
                                key=lambda kv: (-kv[1]["count"], kv[0]))),
        "skipped": [{"path": p, "reason": why} for p, why in skipped],
    }
    return tree
