"""Files written whole or not at all (a Python-shaped core helper of the file writers).

A writer fills a temporary file in the target's folder and renames it over the target
(``os.replace``, atomic on POSIX and Windows), so that a failure half-way (an error in
the data, a full disk, an interrupt) leaves the old file, or none, and no partial one;
the temporary file is removed when anything fails. Appending writes go to the file
itself (a partial append cannot be undone this way).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable

__all__ = ["write_atomically"]


def write_atomically(path, write: Callable, *, binary: bool = False,
                     encoding: str | None = None, prefix: str = "",
                     suffix: str = ".tmp") -> None:
    """Write ``path`` through a temporary file: ``write(stream)`` fills it (a text
    stream in ``encoding`` without newline translation, or a binary one), then it
    replaces ``path``. ``prefix``/``suffix`` name the temporary file."""
    folder = os.path.dirname(os.path.abspath(str(path)))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=suffix)
    try:
        if binary:
            stream = os.fdopen(handle, "wb")
        else:
            stream = os.fdopen(handle, "w", encoding=encoding, newline="")
        with stream:
            write(stream)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
