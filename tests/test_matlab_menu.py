"""MATLAB ``menu``: the queued answer, else MATLAB's command-window menu on stdin.

The expected text is MATLAB's local_ASCIImenu layout (menu.m, R2012 and later: disp(' '),
'----- header -----', disp(' '), six spaces, 'n) item', disp(' '), input('Select a menu
number: ')) and its messages MATLAB:uistring:menu:NoMenuItemsToChooseFrom and
SelectionOutOfRangeTryAgain; GNU Octave prints another layout, so there is no oracle run.
"""

from __future__ import annotations

import io
import sys

import pytest

from compat import CompatValueError, matlab
from compat.matlab import dialogs

MENU = (" \n----- Pick -----\n \n      1) Red\n      2) Green\n      3) Blue\n \n"
        "Select a menu number: ")


@pytest.fixture(autouse=True)
def _empty_queue():
    dialogs.clear_answers()
    yield
    dialogs.clear_answers()


def _run(monkeypatch, capsys, typed, *args):
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    value = matlab.menu(*args)
    return value, capsys.readouterr().out


def test_menu_prints_matlabs_numbered_list_and_reads_the_number(monkeypatch, capsys):
    value, out = _run(monkeypatch, capsys, "3\n", "Pick", "Red", "Green", "Blue")
    assert value == 3.0 and isinstance(value, float)
    assert out == MENU


def test_menu_item_list_form(monkeypatch, capsys):
    value, out = _run(monkeypatch, capsys, "2\n", "Pick", ["Red", "Green", "Blue"])
    assert value == 2.0 and out == MENU


def test_menu_asks_again_after_an_invalid_selection(monkeypatch, capsys):
    value, out = _run(monkeypatch, capsys, "0\n\nInf\n4\n1i\n1\n", "Pick", "Red",
                      "Green", "Blue")
    assert value == 1.0
    again = " \nInvalid selection. Try again.\n"
    assert out == (MENU + again) * 5 + MENU


def test_menu_text_that_is_no_number_is_asked_again_by_input(monkeypatch, capsys):
    # MATLAB's input reports the error and prompts again, without the menu
    value, out = _run(monkeypatch, capsys, "abc\n2\n", "Pick", "Red", "Green", "Blue")
    assert value == 2.0
    assert out.startswith(MENU + "Error: ")
    assert out.endswith("try again.\nSelect a menu number: ")
    assert out.count("----- Pick -----") == 1


def test_menu_returns_a_fraction_that_passes_matlabs_range_test(monkeypatch, capsys):
    # menu.m tests k < 1, k > numItems, double, real, NaN, Inf: not integrality
    value, _ = _run(monkeypatch, capsys, "2.5\n", "Pick", "Red", "Green", "Blue")
    assert value == 2.5


def test_menu_without_items_prints_matlabs_message_and_gives_0(capsys):
    assert matlab.menu("Pick") == 0.0
    assert capsys.readouterr().out == "MENU: No menu items to choose from.\n"


def test_menu_vector_answer_is_matlabs_scalar_operand_error(monkeypatch, capsys):
    with pytest.raises(CompatValueError, match="logical scalar values"):
        _run(monkeypatch, capsys, "[1 2]\n", "Pick", "Red", "Green")


def test_menu_end_of_input(monkeypatch, capsys):
    with pytest.raises(CompatValueError, match="end of standard input"):
        _run(monkeypatch, capsys, "", "Pick", "Red")


def test_menu_queued_answers(capsys):
    dialogs.queue_answers(2, None)
    assert matlab.menu("Pick", "Red", "Green") == 2.0
    assert matlab.menu("Pick", "Red", "Green") == 0.0       # closed
    assert capsys.readouterr().out == ""
    dialogs.queue_answers(3)
    with pytest.raises(CompatValueError, match=r"1\.\.2"):
        matlab.menu("Pick", "Red", "Green")
