"""MATLAB computer: MATLAB's names for every platform (the reference page's table), the
outputs by nargout, agreement with ispc/isunix/ismac, errors, and Octave's own values
(its GNU triple) shown to differ in a live run."""

from __future__ import annotations

import platform
import sys

import pytest

from compat import matlab
from compat._core.errors import CompatValueError
from compat.matlab.platform import _computer_names
from oracles import OCTAVE, run_octave


@pytest.mark.parametrize("system, machine, bits, names", [
    ("linux", "x86_64", 64, ("GLNXA64", "glnxa64")),
    ("linux", "aarch64", 64, ("GLNXA64", "glnxa64")),
    ("freebsd14", "amd64", 64, ("GLNXA64", "glnxa64")),
    ("win32", "AMD64", 64, ("PCWIN64", "win64")),
    ("cygwin", "x86_64", 64, ("PCWIN64", "win64")),
    ("darwin", "x86_64", 64, ("MACI64", "maci64")),
    ("darwin", "arm64", 64, ("MACA64", "maca64")),
    ("win32", "x86", 32, ("PCWIN", "win32")),
    ("linux", "i686", 32, ("GLNX86", "glnx86")),
])
def test_names_of_the_reference_page(system, machine, bits, names):
    assert _computer_names(system, machine, bits) == names


def test_outputs_on_this_platform():
    bits = 64 if sys.maxsize > 2 ** 32 else 32
    want = _computer_names(sys.platform, platform.machine(), bits)
    assert matlab.computer() == want[0]
    assert matlab.computer("arch") == want[1]
    assert matlab.computer("ARCH") == want[1]
    c, maxsize = matlab.computer(nargout=2)
    assert c == want[0]
    assert isinstance(maxsize, float)
    assert maxsize == (281474976710655.0 if bits == 64 else 2147483647.0)
    _, _, endian = matlab.computer(nargout=3)
    assert endian == ("L" if sys.byteorder == "little" else "B")


def test_agrees_with_ispc_isunix_ismac():
    c = matlab.computer()
    assert matlab.ispc() == c.startswith("PCWIN")
    assert matlab.isunix() == (not c.startswith("PCWIN"))
    assert matlab.ismac() == c.startswith("MAC")


def test_errors():
    with pytest.raises(CompatValueError, match="^computer: the only option is 'arch'"):
        matlab.computer("os")
    with pytest.raises(CompatValueError, match="^computer: .*one output"):
        matlab.computer("arch", nargout=2)
    with pytest.raises(ValueError, match="computer"):
        matlab.computer(nargout=4)


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_octave_names_its_own_platform_differently():
    got = run_octave([("[c, m, e] = computer(); a = computer('arch');", {},
                       ["c", "m", "e", "a"])])[0]
    text = lambda v: "".join(str(x) for x in (v if isinstance(v, str) else [v])).strip()
    assert text(got["c"]) != matlab.computer()          # Octave: a GNU triple
    assert "-" in text(got["c"]) and "-" in text(got["a"])
    assert text(got["e"]) == matlab.computer(nargout=3)[2]
