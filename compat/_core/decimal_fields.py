"""Blank-separated decimal fields parsed in C, in pieces that stay in the cache.

One job for the table readers of both sides (IDL's READF free format, MATLAB's textscan
of a numeric table): the float64 of every field of a text whose separators have been
made blanks, each field correctly rounded (the same double as Python's ``float()``).

numpy.loadtxt's C reader parses each field with ``PyOS_string_to_double`` (what
``float()`` uses) and refuses a field it cannot read whole. Given the text as lines it
iterates over them in Python (about 1.7x the time of a file read by path), and given a
whole 19 MB table as one row it copies it to a 76 MB UCS-4 buffer and tokenises that
before converting (about 1.4x); cut into rows of about 256 kB at blanks, every buffer
stays in the cache and the parse costs what loadtxt of the file by path costs
(bench/bench_files.py, 10^6 x 2 fields).
"""

from __future__ import annotations

import warnings

import numpy as np

__all__ = ["blank_separated_floats"]

#: bytes per numpy.loadtxt row: big enough that the call overhead vanishes, small enough
#: that the row's UCS-4 copies stay in the cache (64 kB..1 MB measured alike, 4 MB 1.4x)
PIECE_BYTES = 1 << 18


def blank_separated_floats(row: bytes) -> np.ndarray | None:
    """The float64 values of the blank-separated fields of the Latin-1 text ``row``
    (bytes holding fields and blanks only: the caller makes every separator and line
    end a blank), in order, or None when a field is not a number that
    ``PyOS_string_to_double`` reads whole (``1e``, ``1.2.3``, ``--1``, ``1_0``,
    ``0x10``; ``nan``, ``-nan``, ``inf`` and ``infinity`` are numbers there, as for
    ``float()``). No field: an empty array.

    Examples
    --------
    >>> blank_separated_floats(b" 1.5  -2e3 .25 ")
    array([ 1.5e+00, -2.0e+03,  2.5e-01])
    >>> blank_separated_floats(b"1 2 three") is None
    True
    """
    parts = []
    begin, n = 0, len(row)
    while begin < n:
        end = row.find(b" ", begin + PIECE_BYTES) if begin + PIECE_BYTES < n else -1
        if end < 0:
            end = n
        piece = row[begin:end] if begin or end < n else row
        begin = end
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")   # a piece of blanks only: no data
                parts.append(np.loadtxt([piece], dtype=np.float64, comments=None,
                                        ndmin=2, encoding="latin-1").reshape(-1))
        except Warning:
            if piece.strip(b" "):
                return None
        except ValueError:
            return None
    if not parts:
        return np.empty(0, dtype=np.float64)
    return parts[0] if len(parts) == 1 else np.concatenate(parts)
