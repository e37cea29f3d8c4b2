"""Unix permission bits by role: the core of IDL's FILE_CHMOD.

A mode is changed in two steps, as IDL's FILE_CHMOD documents: an explicit mode (when
given) replaces the file's, then each role/permission keyword sets its bit (true) or
clears it (false, given explicitly); keywords not given leave their bits as they are.
The bits are POSIX's (``stat.S_IRUSR`` ...).
"""

from __future__ import annotations

import stat

__all__ = ["BITS", "new_mode"]

#: keyword -> the permission bits it names (A_ = user, group and other)
BITS = {
    "u_read": stat.S_IRUSR, "u_write": stat.S_IWUSR, "u_execute": stat.S_IXUSR,
    "g_read": stat.S_IRGRP, "g_write": stat.S_IWGRP, "g_execute": stat.S_IXGRP,
    "o_read": stat.S_IROTH, "o_write": stat.S_IWOTH, "o_execute": stat.S_IXOTH,
    "a_read": stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH,
    "a_write": stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH,
    "a_execute": stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH,
    "setuid": stat.S_ISUID, "setgid": stat.S_ISGID, "sticky_bit": stat.S_ISVTX,
}


def new_mode(current: int, mode: int | None, settings: dict) -> int:
    """The permission bits after FILE_CHMOD: ``mode`` (or ``current``) with each
    keyword of ``settings`` (name -> bool; None = not given) applied in turn.

    Examples
    --------
    >>> oct(new_mode(0o640, None, {"a_read": True, "u_write": True}))
    '0o644'
    >>> oct(new_mode(0o644, 0o777, {"o_write": False, "g_read": None}))
    '0o775'
    """
    bits = (current if mode is None else int(mode)) & 0o7777
    for name, value in settings.items():
        if value is None:
            continue
        bits = bits | BITS[name] if value else bits & ~BITS[name]
    return bits
