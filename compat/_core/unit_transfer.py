"""Moving data through open file units without holding it: the core of IDL's
``SKIP_LUN``, ``COPY_LUN`` and ``TRUNCATE_LUN`` (legacy layer:
:mod:`compat.idl.unit_io`), on the one table of units (:mod:`compat._core.file_units`).

Python-shaped: streams of :class:`compat._core.file_units.FileUnit` entries, counts as
ints, ``None`` for "to the end of the file". Data moves in blocks (never the whole
remainder at once); lines are counted by their ``\\n`` terminators, a last line without
one counting as a line, as IDL's line input reads it.
"""

from __future__ import annotations

from compat._core.errors import CompatValueError
from compat._core.file_units import FileUnit

__all__ = ["transfer", "truncate"]

BLOCK = 1 << 20


def _eof_error(entry: FileUnit) -> CompatValueError:
    return CompatValueError(f"End of file encountered. Unit: {entry.number}, "
                            f"File: {entry.path}")


def transfer(source: FileUnit, count: int | None, *, lines: bool,
             target: FileUnit | None = None) -> int:
    """Read ``count`` bytes (or lines) from ``source`` (all that remains when ``count``
    is None), writing them to ``target`` when given; returns the number transferred.
    Reaching the end of the file before ``count`` items raises IDL's end-of-file error
    (the items read so far have moved the pointer, and been written)."""
    stream = source.stream
    done = 0
    if not lines:
        while count is None or done < count:
            want = BLOCK if count is None else min(BLOCK, count - done)
            data = stream.read(want)
            if target is not None and data:
                target.stream.write(data)
            done += len(data)
            if len(data) < want:
                if count is None:
                    return done
                raise _eof_error(source)
        return done
    while count is None or done < count:
        line = stream.readline()
        if not line:
            if count is None:
                return done
            raise _eof_error(source)
        if target is not None:
            target.stream.write(line)
        done += 1
    return done


def truncate(entry: FileUnit) -> None:
    """Cut the file of ``entry`` at its current position (the pointer stays)."""
    stream = entry.stream
    stream.flush()
    stream.truncate(stream.tell())
