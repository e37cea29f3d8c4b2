"""Whether each direct-graphics window is shown, hidden or iconified (the core of IDL's
WSHOW). compat draws without a display, so this is the window table's bookkeeping only:
``(device, index) -> (shown, iconic)``, forgotten when the window closes."""

from __future__ import annotations

from compat._core import direct_graphics

__all__ = ["set_shown", "state"]

_STATE: dict = {}


def set_shown(index: int, shown: bool, iconic: bool) -> None:
    """Record window ``index`` of the current device as shown/hidden and iconic or not."""
    _STATE[(direct_graphics.STATE.device_name, int(index))] = (bool(shown), bool(iconic))


def state(index: int) -> tuple[bool, bool]:
    """``(shown, iconic)`` of window ``index`` of the current device: a window that is
    open and was never given to WSHOW is shown, not iconic; a closed one forgets its
    state.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('X'); idl.window(3, xsize=8, ysize=8); idl.wshow(3, 0, iconic=True)
    >>> state(3)
    (False, True)
    >>> idl.wdelete(3); idl.set_plot('Z')
    """
    key = (direct_graphics.STATE.device_name, int(index))
    if key not in direct_graphics.STATE.windows:
        _STATE.pop(key, None)
        return (False, False)
    return _STATE.get(key, (True, False))
