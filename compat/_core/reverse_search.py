"""The IDL library's reverse substring search (RSTRPOS, obsolete since IDL 5.3 but still
in real code).

IDL's rstrpos.pro (Research Systems, 1993-2003) finds the last occurrence of a substring
by reversing both strings and running a forward STRPOS on them from ``Start = Len - Pos``
(``0`` without ``Pos``); a match at ``k`` of the reversed string is the match at ``Len - k
- len(SubStr)`` of the original. So with ``Pos`` the whole match must lie *before*
``Pos`` (it ends at or before character ``Pos``: "the character position before which the
search is begun", the routine's header), unlike ``STRPOS(..., Pos, /REVERSE_SEARCH)``,
whose match only has to *start* at or before ``Pos``. A negative forward start is 0 (``Pos``
beyond the end searches the whole string); a start past the end finds nothing (``Pos <
0``).
"""

from __future__ import annotations

import math

__all__ = ["last_before"]


def last_before(text: str, sub: str, pos: float | None = None) -> int:
    """The start of the last ``sub`` in ``text`` that ends at or before ``pos`` (the
    whole string without ``pos``), -1 when there is none -- the reversed forward search
    of IDL's rstrpos.pro, for a non-empty ``sub``. A fractional ``pos`` enters as
    rstrpos.pro has it: the start ``Len - Pos`` is truncated toward zero (STRPOS's
    conversion to LONG)."""
    length = len(text)
    start = 0 if pos is None else math.trunc(length - pos)
    if start > length:
        return -1
    found = text[::-1].find(sub[::-1], max(start, 0))
    return -1 if found == -1 else length - found - len(sub)
