"""IDL's WSHOW: show, hide or iconify a direct-graphics window (core
:mod:`compat._core.window_show`)."""

from __future__ import annotations

from compat._core import direct_graphics
from compat._core import window_show as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["wshow"]


@idl_routine("WSHOW")
def wshow(window_index=None, show=1, *, iconic=None):
    """Expose (or hide) a window, as IDL's WSHOW procedure.

    IDL call form::

        WSHOW [, Window_Index [, Show]] [, /ICONIC]
              ->  idl.wshow(windex)  |  idl.wshow(windex, 0)  |  idl.wshow(iconic=True)

    ``Window_Index`` defaults to the current window (!D.WINDOW); ``Show`` 1 (the default)
    brings it to the front, 0 hides it; ICONIC=1 iconifies it, ICONIC=0 restores it.
    WSHOW does not make the window current (that is WSET). compat has no display: the
    window's state is recorded (:func:`compat._core.window_show.state`) and nothing else
    changes. Errors as IDL's: ``Window is closed and unavailable: n.``, and ``Routine is
    not defined for current graphics device.`` on devices without windows (Z, PS).
    Source: IDL Reference Guide, WSHOW.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('X'); idl.window(2, xsize=8, ysize=8); idl.window(4, xsize=8, ysize=8)
    >>> idl.wshow(2)
    >>> int(idl.sysvar('!d').window)
    4
    >>> idl.wdelete(2); idl.wdelete(4); idl.set_plot('Z')
    """
    st = direct_graphics.STATE
    if not st.device.windows:
        raise CompatValueError("Routine is not defined for current graphics device.")
    index = int(st.d.window) if window_index is None else int(
        idl_array(window_index, "Window_Index", scalar=True))
    if (st.device_name, index) not in st.windows:
        raise CompatValueError(f"Window is closed and unavailable: {index}.")
    shown = bool(idl_array(show, "Show", scalar=True))
    was = core.state(index)
    core.set_shown(index, shown, was[1] if iconic is None else bool(iconic))
