"""MATLAB ``help``: the port's own function first, then compat's routine; statement form
prints, ``nargout=1`` returns the text. The texts are docstrings (no oracle: MathWorks'
help texts are not compat's), so these tests check the lookup and the forms."""

from __future__ import annotations

from compat import matlab


def ported(n):
    """PORTED  the port's own function.

    More lines of help."""
    return n


def bare(n):
    return n


def interp1(*args):
    """INTERP1  the port's own interp1 shadows compat's (the user's folder first)."""


def test_help_prints_the_ports_own_function_first(capsys):
    assert matlab.help("ported") is None
    assert capsys.readouterr().out == "PORTED  the port's own function.\n\nMore lines of help.\n"
    matlab.help("interp1")
    assert capsys.readouterr().out.startswith("INTERP1  the port's own interp1")


def test_help_of_a_local_function_and_of_a_function_object(capsys):
    def inner():
        "INNER  a nested helper."
    matlab.help("inner")
    matlab.help(inner)
    assert capsys.readouterr().out == "INNER  a nested helper.\n" * 2


def test_help_of_compat_routines_and_nargout_1():
    text = matlab.help("diary", nargout=1)
    assert text.startswith("Log the command window's text output to a file")
    assert "MATLAB call forms" in text
    assert matlab.help("containers.Map", nargout=1) != ""


def test_help_not_found_and_no_help(capsys):
    matlab.help("no_such_function_anywhere")
    assert capsys.readouterr().out == "no_such_function_anywhere not found.\n"
    assert matlab.help("no_such_function_anywhere", nargout=1) == ""
    matlab.help("bare")
    assert capsys.readouterr().out == "No help found for bare.\n"


def test_help_without_a_name_lists_the_families(capsys):
    matlab.help()
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("compat.matlab families")
    assert "  command_window" in out and "  dialogs" in out
