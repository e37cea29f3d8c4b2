"""IDL's WSHOW (compat.idl.window_show): shown/hidden/iconic state per window, the current
window untouched, state forgotten on close, IDL's errors (golden suite idl/window_show)."""

from __future__ import annotations

import pytest

from compat import idl
from compat._core import window_show
from compat._core.errors import CompatValueError


@pytest.fixture
def x_device():
    idl.set_plot("X")
    yield
    for w in (6, 7):
        try:
            idl.wdelete(w)
        except CompatValueError:
            pass
    idl.set_plot("Z")


def test_states_and_current_window(x_device):
    idl.window(6, xsize=8, ysize=8)
    idl.window(7, xsize=8, ysize=8)
    assert window_show.state(6) == (True, False)
    idl.wshow(6, 0)
    assert window_show.state(6) == (False, False)
    assert int(idl.sysvar("!d").window) == 7            # WSHOW is not WSET
    idl.wshow(6, iconic=1)
    assert window_show.state(6) == (True, True)
    idl.wshow(6, iconic=0)
    assert window_show.state(6) == (True, False)
    idl.wshow(iconic=True)                              # the current window, 7
    assert window_show.state(7) == (True, True)
    idl.wdelete(7)
    assert window_show.state(7) == (False, False)
    idl.window(7, xsize=8, ysize=8)                     # a new window 7 starts shown
    assert window_show.state(7) == (True, False)


def test_errors(x_device):
    with pytest.raises(CompatValueError, match="WSHOW: Window is closed and unavailable: 9."):
        idl.wshow(9)
    idl.set_plot("Z")
    with pytest.raises(CompatValueError,
                       match="WSHOW: Routine is not defined for current graphics device."):
        idl.wshow()
