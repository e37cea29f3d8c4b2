"""IDL's file-name rules: path expansion, wildcards, searching, basename and dirname.

Shared by FILE_SEARCH, FINDFILE, FILE_TEST, FILE_INFO, FILE_MKDIR, FILE_DELETE, FILE_COPY,
FILE_MOVE, FILE_WHICH and EXPAND_PATH (:mod:`compat.idl.paths`,
:mod:`compat.idl.filesystem`). Facts used (IDL Reference Guide, FILE_SEARCH "Supported
Wildcards and Expansions", FILE_BASENAME and FILE_DIRNAME "Rules used by ..." -- both
"based on the standard Unix basename(1)/dirname(1) utility" --, FILE_TEST, EXPAND_PATH),
checked against GDL 1.0.1 where it agrees:

* wildcards, in every path segment: ``*`` (any characters), ``?`` (one), ``[...]`` (a set,
  ``[!...]``/``[^...]`` its complement, ``a-z`` ranges), ``{a,b}`` (alternatives, the
  C shell's braces); a segment without wildcards names an entry directly. A leading
  ``.`` is matched only by a literal dot unless /MATCH_INITIAL_DOT;
* ``~`` at the start (the home directory) and ``$NAME``/``${NAME}`` (environment
  variables) are expanded by default on UNIX (FILE_SEARCH's EXPAND_TILDE and
  EXPAND_ENVIRONMENT keywords turn them off; /NOEXPAND_PATH elsewhere);
* results are sorted as IDL's SORT sorts strings (byte order: upper case before lower);
* recursive search (``FILE_SEARCH(Dir, Pattern)``) visits every directory under the
  matching directories, hidden ones included, and returns every entry whose name
  matches the pattern, the directory prefix as given (none for ``'.'`` or ``''``).
"""

from __future__ import annotations

import os
import re
import stat

__all__ = ["expand", "has_wildcard", "brace_expand", "segment_regex", "search",
           "search_recursive", "basename", "dirname", "test_file", "SEP"]

#: UNIX's directory separator (IDL's PATH_SEP())
SEP = "/"

_WILD = re.compile(r"[*?\[{]")
_ENV = re.compile(r"\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)")


def expand(path: str, tilde: bool = True, environment: bool = True) -> str:
    """``path`` with a leading ``~``/``~user`` and ``$NAME``/``${NAME}`` expanded
    (an undefined variable expands to '', as the shell does)."""
    if environment and "$" in path:
        path = _ENV.sub(lambda m: os.environ.get(m.group(1).strip("{}"), ""), path)
    if tilde and path.startswith("~"):
        path = os.path.expanduser(path)
    return path


def has_wildcard(text: str, quote: bool = False) -> bool:
    """True when ``text`` holds an unquoted wildcard character."""
    if not quote:
        return bool(_WILD.search(text))
    escaped = False
    for c in text:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif c in "*?[{":
            return True
    return False


def brace_expand(pattern: str) -> list[str]:
    """The C shell's ``{a,b}`` alternatives, expanded (nested braces too)."""
    depth, start = 0, -1
    for i, c in enumerate(pattern):
        if c == "{":
            if depth == 0:
                start = i
            depth += 1
        elif c == "}" and depth:
            depth -= 1
            if depth == 0:
                inner, parts, level, last = pattern[start + 1:i], [], 0, 0
                for j, d in enumerate(inner):
                    if d == "{":
                        level += 1
                    elif d == "}":
                        level -= 1
                    elif d == "," and level == 0:
                        parts.append(inner[last:j])
                        last = j + 1
                parts.append(inner[last:])
                head, tail = pattern[:start], pattern[i + 1:]
                return [x for part in parts for x in brace_expand(head + part + tail)]
    return [pattern]


def segment_regex(segment: str, fold_case: bool = False, quote: bool = False):
    """A compiled regular expression for one path segment's wildcards."""
    out, i = [], 0
    while i < len(segment):
        c = segment[i]
        if quote and c == "\\" and i + 1 < len(segment):
            out.append(re.escape(segment[i + 1]))
            i += 2
            continue
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            end = segment.find("]", i + 2 if i + 1 < len(segment) and
                               segment[i + 1] in "!^" else i + 1)
            if end < 0:
                out.append(re.escape(c))
            else:
                body = segment[i + 1:end]
                negate = body[:1] in ("!", "^")
                if negate:
                    body = body[1:]
                body = body.replace("\\", "\\\\").replace("^", "\\^")
                out.append(f"[{'^' if negate else ''}{body}]")
                i = end
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z", (re.IGNORECASE if fold_case else 0) | re.DOTALL)


def _unquote(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _entries(directory: str) -> list[str]:
    try:
        return os.listdir(directory or ".")
    except OSError:
        return []


def _matches(name: str, rx, initial_dot: bool, pattern: str) -> bool:
    if name.startswith(".") and not initial_dot and not pattern.startswith("."):
        return False
    return bool(rx.match(name))


def _glob_one(pattern: str, fold_case: bool, quote: bool, initial_dot: bool) -> list[str]:
    absolute = pattern.startswith("/")
    segments = [s for s in pattern.split("/") if s != ""]
    found = ["/" if absolute else ""]
    for k, segment in enumerate(segments):
        last = k == len(segments) - 1
        new = []
        for base in found:
            join = (lambda b, n: b + n) if base in ("", "/") or base.endswith("/") else \
                (lambda b, n: b + "/" + n)
            if not has_wildcard(segment, quote):
                name = _unquote(segment) if quote else segment
                candidate = join(base, name)
                if os.path.lexists(candidate) and (last or os.path.isdir(candidate)):
                    new.append(candidate)
                continue
            rx = segment_regex(segment, fold_case, quote)
            for name in _entries(base):
                if _matches(name, rx, initial_dot, segment):
                    candidate = join(base, name)
                    if last or os.path.isdir(candidate):
                        new.append(candidate)
        found = new
        if not found:
            break
    if pattern.endswith("/") and found:
        found = [f for f in found if os.path.isdir(f)]
    return [f for f in found if f]


def search(pattern: str, *, fold_case=False, quote=False, initial_dot=False,
           tilde=True, environment=True) -> list[str]:
    """Every existing path matching ``pattern`` (FILE_SEARCH's standard form), unsorted."""
    pattern = expand(pattern, tilde, environment)
    out = []
    for alternative in brace_expand(pattern):
        out += _glob_one(alternative, fold_case, quote, initial_dot)
    seen, unique = set(), []
    for path in out:
        if path not in seen:
            seen.add(path)
            unique.append(path)
    return unique


def search_recursive(directory: str, pattern: str, *, fold_case=False, quote=False,
                     initial_dot=False, tilde=True, environment=True) -> list[str]:
    """FILE_SEARCH(Dir, Pattern): entries matching ``pattern`` in ``directory`` (itself
    a pattern) and every directory below it; unsorted."""
    directory = expand(directory, tilde, environment)
    if directory in ("", "."):
        tops = [""]
    else:
        tops = [d for d in search(directory, fold_case=fold_case, quote=quote,
                                  initial_dot=initial_dot, tilde=False, environment=False)
                if os.path.isdir(d)]
    rxs = [segment_regex(p, fold_case, quote) for p in brace_expand(pattern)]
    out = []
    for top in tops:
        for root, dirs, files in os.walk(top or ".", followlinks=False):
            dirs.sort()
            prefix = "" if top == "" and root == "." else \
                (root[2:] + "/" if top == "" else (root if root.endswith("/") else root + "/"))
            for name in dirs + files:
                if any(_matches(name, rx, initial_dot, pattern) for rx in rxs):
                    out.append(prefix + name)
            # links to directories are listed, not followed (os.walk puts them in dirs)
    return out


# ------------------------------------------------------------------- basename/dirname
def basename(path: str, suffix: str | None = None, fold_case: bool = False) -> str:
    """IDL's FILE_BASENAME of one path (basename(1): trailing separators ignored, a path
    of separators only is '/', the suffix removed unless it is the whole name)."""
    if path == "":
        return ""
    stripped = path.rstrip("/")
    if stripped == "":
        return "/"
    name = stripped.rsplit("/", 1)[-1]
    if suffix:
        ends = name.lower().endswith(suffix.lower()) if fold_case else name.endswith(suffix)
        if ends and len(name) > len(suffix):
            name = name[:-len(suffix)]
    return name


def dirname(path: str, mark: bool = False) -> str:
    """IDL's FILE_DIRNAME of one path (dirname(1): '.' without a separator, '/' for a
    name in the root; ``mark`` appends the separator)."""
    stripped = path.rstrip("/")
    if stripped == "":
        result = "/" if path else "."
    elif "/" not in stripped:
        result = "."
    else:
        result = stripped.rsplit("/", 1)[0].rstrip("/") or "/"
    if mark and not result.endswith("/"):
        result += "/"
    return result


# --------------------------------------------------------------------------- tests
def test_file(path: str, *, block_special=False, character_special=False,
              dangling_symlink=False, directory=False, executable=False, group=False,
              named_pipe=False, read=False, regular=False, setgid=False, setuid=False,
              socket=False, sticky_bit=False, symlink=False, user=False, write=False,
              zero_length=False) -> tuple[bool, int]:
    """``(exists and every requested condition holds, permission mode bits)``."""
    try:
        link = os.lstat(path)
    except (OSError, ValueError):
        return False, 0
    is_link = stat.S_ISLNK(link.st_mode)
    try:
        info = os.stat(path)
    except OSError:
        info = None
    if info is None:  # a dangling symbolic link: only the link tests can hold
        ok = is_link and not any((block_special, character_special, directory,
                                  executable, group, named_pipe, read, regular, setgid,
                                  setuid, socket, sticky_bit, user, write, zero_length))
        return ok, stat.S_IMODE(link.st_mode)
    if dangling_symlink:
        return False, stat.S_IMODE(info.st_mode)
    mode = info.st_mode
    checks = [
        (directory, stat.S_ISDIR(mode)), (regular, stat.S_ISREG(mode)),
        (block_special, stat.S_ISBLK(mode)), (character_special, stat.S_ISCHR(mode)),
        (named_pipe, stat.S_ISFIFO(mode)), (socket, stat.S_ISSOCK(mode)),
        (symlink, is_link), (setuid, bool(mode & stat.S_ISUID)),
        (setgid, bool(mode & stat.S_ISGID)), (sticky_bit, bool(mode & stat.S_ISVTX)),
        (zero_length, info.st_size == 0), (read, os.access(path, os.R_OK)),
        (write, os.access(path, os.W_OK)), (executable, os.access(path, os.X_OK)),
        (user, info.st_uid == os.geteuid()), (group, info.st_gid == os.getegid()),
    ]
    return all(value for wanted, value in checks if wanted), stat.S_IMODE(mode)
