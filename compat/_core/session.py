"""The session a program runs in, as MATLAB programs ask about it: the host's memory,
per-process preferences, the command window's paging state, folder listings and the
(absent) parallel pool.

Python-shaped: plain numbers, dicts and lists; the MATLAB layer
(:mod:`compat.matlab.session`) gives them MATLAB's names and forms.
"""

from __future__ import annotations

import copy
import fnmatch
import os
import sys

__all__ = ["host_memory", "Preferences", "PREFERENCES", "PAGING", "folder_names"]


def _meminfo() -> dict[str, int]:
    """``/proc/meminfo`` in bytes (Linux), or {} where it is absent."""
    values = {}
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                key, _, rest = line.partition(":")
                parts = rest.split()
                if parts and parts[0].isdigit():
                    scale = 1024 if parts[1:2] == ["kB"] else 1
                    values[key.strip()] = int(parts[0]) * scale
    except OSError:
        return {}
    return values


def _process_bytes() -> int | None:
    """The memory the running process holds (resident set), in bytes."""
    try:
        import psutil
        return int(psutil.Process().memory_info().rss)
    except Exception:  # psutil absent or refused: the Linux /proc figure
        pass
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def host_memory() -> dict[str, int] | None:
    """The host's memory in bytes: ``physical_total``, ``physical_available``,
    ``system_available`` (physical plus free swap), ``virtual_total``,
    ``virtual_available`` (the process's address space) and ``process`` (the memory
    the process holds); None when the host does not say (no psutil and no /proc)."""
    info = _meminfo()
    try:
        import psutil
        vm, swap = psutil.virtual_memory(), psutil.swap_memory()
        physical_total, physical_available = int(vm.total), int(vm.available)
        swap_free = int(swap.free)
    except Exception:  # psutil absent: /proc/meminfo
        if "MemTotal" not in info or "MemAvailable" not in info:
            return None
        physical_total, physical_available = info["MemTotal"], info["MemAvailable"]
        swap_free = info.get("SwapFree", 0)
    process = _process_bytes()
    if process is None:
        return None
    virtual_total = 2 ** 47 if sys.maxsize > 2 ** 32 else 2 ** 31   # user address space
    vmalloc = info.get("VmallocTotal")
    if vmalloc:
        virtual_total = min(virtual_total, vmalloc)
    return {"physical_total": physical_total,
            "physical_available": physical_available,
            "system_available": physical_available + swap_free,
            "virtual_total": virtual_total,
            "virtual_available": max(virtual_total - process, 0),
            "process": process}


class Preferences:
    """Named groups of named values, kept for the life of the process (MATLAB keeps
    them across sessions in ``prefdir``): values are stored and returned as deep copies,
    so a caller's later change to an array does not change the stored preference."""

    def __init__(self):
        self._groups: dict[str, dict[str, object]] = {}

    def has_group(self, group: str) -> bool:
        return group in self._groups

    def has(self, group: str, name: str) -> bool:
        return name in self._groups.get(group, {})

    def get(self, group: str, name: str):
        return copy.deepcopy(self._groups[group][name])

    def set(self, group: str, name: str, value) -> None:
        self._groups.setdefault(group, {})[name] = copy.deepcopy(value)

    def group(self, group: str) -> dict:
        return copy.deepcopy(self._groups[group])

    def groups(self) -> dict:
        return copy.deepcopy(self._groups)

    def remove(self, group: str, name: str | None = None) -> None:
        if name is None:
            del self._groups[group]
        else:
            del self._groups[group][name]
            if not self._groups[group]:
                del self._groups[group]

    def clear(self) -> None:
        self._groups.clear()


#: the process's preferences (setpref/getpref/ispref/addpref/rmpref)
PREFERENCES = Preferences()

#: the command window's paging state (``more``): on/off and the page length
PAGING = {"on": False, "lines": 23}


def folder_names(pattern: str | None = None, folder: str = ".") -> list[str]:
    """The names in ``folder`` (without ``.`` and ``..``), or the names matching the
    wildcard ``pattern`` (``*``, ``?``; a pattern naming a folder lists its contents;
    a pattern with a folder part gives the matches with that part, as ``ls`` prints
    them), sorted by code point."""
    if pattern is None or pattern == "":
        return sorted(name for name in os.listdir(folder) if not name.startswith("."))
    path = os.path.join(folder, os.path.expanduser(pattern))
    if os.path.isdir(path):
        return sorted(name for name in os.listdir(path) if not name.startswith("."))
    head, tail = os.path.split(path)
    head = head or "."
    if not os.path.isdir(head):
        return []
    names = [name for name in os.listdir(head) if fnmatch.fnmatchcase(name, tail)
             and (tail.startswith(".") or not name.startswith("."))]
    given = os.path.split(os.path.expanduser(pattern))[0]
    return sorted(os.path.join(given, name) if given else name for name in names)
