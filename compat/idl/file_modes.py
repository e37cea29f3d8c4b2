"""IDL's FILE_CHMOD: change files' permission bits (core :mod:`compat._core.file_modes`).
"""

from __future__ import annotations

import os

import numpy as np

from compat._core import file_modes as core
from compat._core.errors import CompatValueError
from compat._core.idl_paths import expand
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["file_chmod"]


def _names(value) -> list[str]:
    if isinstance(value, bytes):
        return [value.decode("latin-1")]
    if isinstance(value, str):
        return [value]
    items = np.asarray(value, dtype=object).ravel()
    if not all(isinstance(v, (str, bytes, np.str_)) for v in items):
        raise CompatValueError("File must be a string or a string array")
    return [v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in items]


@idl_routine("FILE_CHMOD")
def file_chmod(file, mode=None, *, noexpand_path=False, a_execute=None, a_read=None,
               a_write=None, g_execute=None, g_read=None, g_write=None, o_execute=None,
               o_read=None, o_write=None, u_execute=None, u_read=None, u_write=None,
               setgid=None, setuid=None, sticky_bit=None):
    """Change the permission bits of files, as IDL's FILE_CHMOD procedure.

    IDL call form::

        FILE_CHMOD, File [, Mode] [, /A_EXECUTE | /A_READ | /A_WRITE] [, /G_EXECUTE |
            /G_READ | /G_WRITE] [, /O_EXECUTE | /O_READ | /O_WRITE] [, /SETGID]
            [, /SETUID] [, /STICKY_BIT] [, /U_EXECUTE | /U_READ | /U_WRITE]
            [, /NOEXPAND_PATH]
        ->  idl.file_chmod('run.sh', 0o755)
        ->  idl.file_chmod('data.txt', a_read=True, u_write=True, o_write=False)

    ``Mode`` (an integer, IDL's ``'755'o``) replaces each file's bits; then every
    keyword given sets its bits (True) or clears them (False: IDL's ``O_WRITE=0``);
    keywords not given leave theirs alone. ``A_`` is user, group and other together,
    applied before the single roles, so ``a_read=True, o_read=False`` leaves other
    unreadable (IDL Reference Guide, FILE_CHMOD). ``File`` may be a string array; ``~`` and
    environment variables are expanded unless ``/NOEXPAND_PATH``. A file that cannot be
    changed is ``FILE_CHMOD: Unable to change the mode of <file>: <reason>``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "m.txt"); open(path, "w").close()
    >>> idl.file_chmod(path, 0o640)
    >>> idl.file_chmod(path, a_read=True, u_write=True)
    >>> oct(os.stat(path).st_mode & 0o7777)
    '0o644'
    """
    settings = dict(a_read=a_read, a_write=a_write, a_execute=a_execute, u_read=u_read,
                    u_write=u_write, u_execute=u_execute, g_read=g_read,
                    g_write=g_write, g_execute=g_execute, o_read=o_read, o_write=o_write,
                    o_execute=o_execute, setuid=setuid, setgid=setgid,
                    sticky_bit=sticky_bit)
    settings = {k: (None if v is None else bool(v)) for k, v in settings.items()}
    if mode is not None:
        mode_values = idl_array(mode).ravel()
        if mode_values.size != 1 or mode_values.dtype.kind not in "iu":
            raise CompatValueError("Mode must be an integer scalar")
        mode = int(mode_values[0])
        if not 0 <= mode <= 0o7777:
            raise CompatValueError(f"Mode {mode:o} (octal) is not a permission mode")
    for name in _names(file):
        path = name if noexpand_path else expand(name)
        try:
            current = os.stat(path).st_mode
            os.chmod(path, core.new_mode(current, mode, settings))
        except OSError as error:
            raise CompatValueError(f"Unable to change the mode of {name}: "
                                   f"{error.strerror}") from None
