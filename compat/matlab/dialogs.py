"""MATLAB's dialog boxes and ``input``, headless: msgbox, errordlg, warndlg, helpdlg,
questdlg, inputdlg, listdlg, menu, input.

compat opens no window. A message box is still a figure in compat's graphics tree (its
Name the title, a text control with the message, an OK button that closes it), so code
that keeps its handle, waits on it with ``uiwait`` or closes it runs unchanged; its text
is also printed to standard output (``Title: message``), where a log shows it.

A dialog that asks something answers from a queue that a test fills beforehand with
:func:`queue_answers` -- each dialog takes the next answer -- and, when the queue is
empty, with what pressing Enter gives: the default button of ``questdlg``, the default
texts of ``inputdlg``, the initial selection of ``listdlg``. ``None`` in the queue
plays closing the dialog (Cancel). ``input`` reads a line of standard input, as MATLAB
reads the keyboard.
"""

from __future__ import annotations

import sys

import numpy as np

from compat._core import graphics_objects as go
from compat._core import ui_objects as ui
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.results import Result
from compat.matlab._graphics_arguments import _is_text, _str

__all__ = ["msgbox", "errordlg", "warndlg", "helpdlg", "questdlg", "inputdlg", "listdlg",
           "menu", "input", "queue_answers", "clear_answers"]


class ListdlgResult(Result):
    """``[indx, tf] = listdlg(...)``."""

    request_style = "nargout"
    indx: np.ndarray
    tf: bool


_ANSWERS: list = []
_NO_ANSWER = object()


def queue_answers(*answers):
    """Queue the answers the next dialogs give (a test driver, not a MATLAB function).

    - ``questdlg``: the button's text (``None``: the dialog closed, answer ``''``);
    - ``inputdlg``: a list of texts, one per prompt (``None``: Cancel, answer ``{}``);
    - ``listdlg``: the chosen 1-based indices (``None``: Cancel, ``[]`` and tf 0);
    - ``menu``: the chosen item's 1-based number (``None``: the menu closed, 0).

    Each dialog takes the first queued answer; an empty queue gives the default answer.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.dialogs.queue_answers('No')
    >>> matlab.questdlg('Save changes?', 'Editor')
    'No'
    >>> matlab.questdlg('Save changes?', 'Editor')      # queue empty: the default
    'Yes'
    """
    _ANSWERS.extend(answers)


def clear_answers():
    """Forget the queued answers (see :func:`queue_answers`)."""
    _ANSWERS.clear()


def _next_answer():
    return _ANSWERS.pop(0) if _ANSWERS else _NO_ANSWER


def _text(value, what) -> str:
    if value is None:
        return ""
    if _is_text(value):
        return _str(value)
    if isinstance(value, (list, tuple)) and all(_is_text(v) for v in value):
        return "\n".join(_str(v) for v in value)
    if isinstance(value, np.ndarray) and value.dtype.kind == "U":
        return "\n".join(str(v) for v in value.ravel())
    raise CompatTypeError(f"{what} must be text or a list of texts")


# --------------------------------------------------------------------------------------
# message boxes
# --------------------------------------------------------------------------------------
_ICONS = ("none", "error", "help", "warn", "custom")


def _message_box(message, title, icon, default_message, default_title, rest=()):
    message = default_message if message is None else _text(message, "the message")
    title = default_title if title is None else _text(title, "the title")
    icon = "none" if icon is None else _text(icon, "the icon").lower()
    if icon not in _ICONS:
        if icon in ("modal", "non-modal", "replace"):
            icon = "none"
        else:
            raise CompatValueError(f"Invalid icon '{icon}': use none, error, help, warn "
                                   "or custom")
    figure = go.new_figure()
    figure.set("Name", title)
    figure.set("NumberTitle", "off")
    figure.set("Visible", "off")
    ui.appdata(figure)["compat_icon"] = icon
    text = ui.UIControl(figure)
    text.set("Style", "text")
    text.set("String", message)
    text.set("Tag", "MessageBox")
    ok = ui.UIControl(figure)
    ok.set("String", "OK")
    ok.set("Tag", "OKButton")
    ok.set("Callback", lambda h, event: figure.delete())
    print(f"{title}: {message}" if title else message, file=sys.stdout)
    return figure


@matlab_function("msgbox")
def msgbox(message=None, title=None, icon=None, *rest):
    """A message box (MATLAB's ``msgbox``), headless.

    MATLAB call forms::

        f = msgbox(message)                 ->  msgbox('Done')
        f = msgbox(message, title)          ->  msgbox('Done', 'Export')
        f = msgbox(message, title, icon)    ->  icon 'none', 'error', 'help', 'warn'
        f = msgbox(..., createmode)         ->  'modal', 'non-modal', 'replace'

    Returns
    -------
    Figure
        Named ``title``, holding a text control (Tag 'MessageBox') with the message and
        an OK button (Tag 'OKButton') whose callback closes the box: ``uiwait(f)`` with
        ``queue_actions(('OKButton',))`` plays the click. The text is printed to
        standard output as ``title: message`` (the message alone without a title).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.msgbox('Export finished', 'Export')
    Export: Export finished
    >>> f.Name
    'Export'
    >>> matlab.close(f)
    """
    return _message_box(message, title, icon, "", "", rest)


@matlab_function("errordlg")
def errordlg(message=None, title=None, *rest):
    """An error box (MATLAB's ``errordlg``): ``msgbox`` with the 'error' icon.

    MATLAB call forms: ``errordlg``, ``errordlg(msg)``, ``errordlg(msg, title)``,
    ``errordlg(msg, title, createmode)``; the defaults are MATLAB's: message
    'This is the default error string.', title 'Error Dialog'.

    Returns
    -------
    Figure (see :func:`msgbox`)

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.errordlg('File not found')
    Error Dialog: File not found
    >>> matlab.close(f)
    """
    return _message_box(message, title, "error", "This is the default error string.",
                        "Error Dialog", rest)


@matlab_function("warndlg")
def warndlg(message=None, title=None, *rest):
    """A warning box (MATLAB's ``warndlg``): ``msgbox`` with the 'warn' icon; defaults
    'This is the default warning string.' and 'Warning Dialog'.

    Returns
    -------
    Figure (see :func:`msgbox`)

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.warndlg('Low memory', 'Careful')
    Careful: Low memory
    >>> matlab.close(f)
    """
    return _message_box(message, title, "warn", "This is the default warning string.",
                        "Warning Dialog", rest)


@matlab_function("helpdlg")
def helpdlg(message=None, title=None):
    """A help box (MATLAB's ``helpdlg``): ``msgbox`` with the 'help' icon; defaults
    'This is the default help string.' and 'Help Dialog'.

    Returns
    -------
    Figure (see :func:`msgbox`)

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.helpdlg()
    Help Dialog: This is the default help string.
    >>> matlab.close(f)
    """
    return _message_box(message, title, "help", "This is the default help string.",
                        "Help Dialog")


# --------------------------------------------------------------------------------------
# dialogs that answer
# --------------------------------------------------------------------------------------
@matlab_function("questdlg")
def questdlg(question, title=None, *buttons):
    """A question with buttons (MATLAB's ``questdlg``), answered from the queue.

    MATLAB call forms::

        answer = questdlg(quest)                          ->  buttons Yes, No, Cancel
        answer = questdlg(quest, title)
        answer = questdlg(quest, title, default)          ->  default one of those three
        answer = questdlg(quest, title, b1, b2, default)
        answer = questdlg(quest, title, b1, b2, b3, default)

    ``default`` may also be MATLAB's options struct, a dict with 'Default' (and
    'Interpreter', ignored).

    Returns
    -------
    str
        The next queued answer (:func:`queue_answers`; it must be one of the buttons,
        or None: the dialog closed, ``''`` as in MATLAB), else the default button.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.questdlg('Overwrite?', 'Save', 'Overwrite', 'Keep', 'Keep')
    'Keep'
    """
    _text(question, "the question")
    if title is not None:
        _text(title, "the title")
    buttons = list(buttons)
    default = None
    if buttons:
        last = buttons.pop()
        if isinstance(last, dict):
            default = last.get("Default", last.get("default"))
            default = None if default is None else _text(default, "the default")
        else:
            default = _text(last, "the default button")
    labels = [_text(b, "a button") for b in buttons] or ["Yes", "No", "Cancel"]
    if len(labels) > 3:
        raise CompatValueError("Too many input arguments: at most three buttons")
    if default is None:
        default = labels[0]
    elif default not in labels:
        raise CompatValueError(f"Default string '{default}' does not match any button "
                               "string")
    answer = _next_answer()
    if answer is _NO_ANSWER:
        return default
    if answer is None:
        return ""
    answer = _text(answer, "a queued answer")
    if answer not in labels:
        raise CompatValueError(f"the queued answer '{answer}' is not a button of this "
                               f"dialog ({', '.join(labels)})")
    return answer


def _texts(value, n, what):
    if value is None:
        return [""] * n
    if _is_text(value):
        items = [_str(value)]
    elif isinstance(value, (list, tuple, np.ndarray)):
        items = [_text(v, what) for v in np.ravel(np.asarray(value, dtype=object))] \
            if not isinstance(value, (list, tuple)) else [_text(v, what) for v in value]
    else:
        raise CompatTypeError(f"{what} must be text or a list of texts")
    return items


@matlab_function("inputdlg")
def inputdlg(prompt=None, title=None, dims=None, definput=None, *options):
    """Text fields to fill in (MATLAB's ``inputdlg``), answered from the queue.

    MATLAB call forms::

        answer = inputdlg(prompt)                          ->  inputdlg(['Name:', 'Age:'])
        answer = inputdlg(prompt, title, dims)
        answer = inputdlg(prompt, title, dims, definput)   ->  default texts

    Returns
    -------
    list of str
        One text per prompt (MATLAB's column cell): the next queued answer (a list of
        texts, or one text for one prompt; None plays Cancel and gives ``[]``, MATLAB's
        empty cell), else the default texts (``''`` without ``definput``).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.dialogs.queue_answers(['Ada', '36'])
    >>> matlab.inputdlg(['Name:', 'Age:'], 'Who', 1, ['', '30'])
    ['Ada', '36']
    >>> matlab.inputdlg(['Name:', 'Age:'], 'Who', 1, ['', '30'])
    ['', '30']
    """
    prompts = _texts("Input:" if prompt is None else prompt, 1, "the prompt")
    if title is not None:
        _text(title, "the title")
    defaults = _texts(definput, len(prompts), "definput")
    if len(defaults) != len(prompts):
        raise CompatValueError("DefAns must contain one default per prompt")
    answer = _next_answer()
    if answer is _NO_ANSWER:
        return list(defaults)
    if answer is None:
        return []
    texts = _texts(answer, len(prompts), "a queued answer")
    if len(texts) != len(prompts):
        raise CompatValueError(f"the queued answer has {len(texts)} texts for "
                               f"{len(prompts)} prompts")
    return texts


_LISTDLG_NAMES = ("ListString", "SelectionMode", "ListSize", "InitialValue", "Name",
                  "PromptString", "OKString", "CancelString", "UffSize", "PromptEnd")


@matlab_function("listdlg", nargout=2)
def listdlg(*args, nargout=1, **kwargs):
    """Choose from a list (MATLAB's ``listdlg``), answered from the queue.

    MATLAB call forms::

        [indx, tf] = listdlg('ListString', list)   ->  listdlg('ListString', ['a', 'b'],
                                                              nargout=2)
        [indx, tf] = listdlg(..., 'SelectionMode', 'single', 'InitialValue', 2, ...)

    Other names ('Name', 'PromptString', 'ListSize', 'OKString', 'CancelString') are
    accepted and do not change the answer.

    Returns
    -------
    indx : ndarray
        The chosen 1-based indices as a 1xN double row: the next queued answer (None
        plays Cancel: ``[]``), else ``InitialValue`` (1 by default).
    tf : bool
        With ``nargout=2``: False when cancelled.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.listdlg('ListString', ['red', 'green', 'blue'], 'InitialValue', [1, 3])
    array([[1., 3.]])
    >>> matlab.dialogs.queue_answers(None)
    >>> matlab.listdlg('ListString', ['red', 'green'], nargout=2)
    ListdlgResult(indx=array([], shape=(0, 0), dtype=float64), tf=False)
    """
    if len(args) % 2:
        raise CompatValueError("listdlg takes name-value pairs")
    options = {}
    for name, value in [(args[i], args[i + 1]) for i in range(0, len(args), 2)] + \
            list(kwargs.items()):
        if not _is_text(name):
            raise CompatValueError(f"Expected a parameter name, got {name!r}")
        found = [n for n in _LISTDLG_NAMES if n.lower() == _str(name).lower()]
        if not found:
            raise CompatValueError(f"Unknown parameter name passed to LISTDLG: "
                                   f"{_str(name)}")
        options[found[0]] = value
    if "ListString" not in options:
        raise CompatValueError("ListString parameter is required.")
    items = _texts(options["ListString"], 1, "ListString")
    mode = _text(options.get("SelectionMode", "multiple"), "SelectionMode").lower()
    if mode not in ("single", "multiple"):
        raise CompatValueError("SelectionMode must be 'single' or 'multiple'")
    initial = np.atleast_1d(np.asarray(options.get("InitialValue", 1),
                                       dtype=np.float64)).ravel()
    answer = _next_answer()
    if answer is None:
        return ListdlgResult.first(nargout, np.zeros((0, 0)), False)
    chosen = initial if answer is _NO_ANSWER else \
        np.atleast_1d(np.asarray(answer, dtype=np.float64)).ravel()
    if chosen.size == 0 or np.any(chosen != np.round(chosen)) or np.any(chosen < 1) or \
            np.any(chosen > len(items)):
        raise CompatValueError(f"the selection must be indices in 1..{len(items)}")
    if mode == "single" and chosen.size > 1:
        raise CompatValueError("SelectionMode 'single' takes one index")
    indx = np.unique(chosen).reshape(1, -1)
    return ListdlgResult.first(nargout, indx, True)


@matlab_function("menu")
def menu(header=None, *items):
    """A menu of choices (MATLAB's ``menu``): the next queued answer, else MATLAB's
    command-window menu read from standard input.

    MATLAB call forms::

        choice = menu(header, item1, item2, ...)   ->  menu('Colour', 'Red', 'Blue')
        choice = menu(header, itemlist)            ->  menu('Colour', ['Red', 'Blue'])

    Returns
    -------
    float
        The 1-based number of the chosen item; 0 when the menu was closed (a queued
        ``None``) or when there are no items (MATLAB then prints "MENU: No menu items
        to choose from.").

    Notes
    -----
    MATLAB shows buttons in a figure when it can display one, else (``-nodisplay``)
    the numbered list this function prints::

        (blank line)
        ----- header -----
        (blank line)
              1) item1
              2) item2
        (blank line)
        Select a menu number:

    and asks again after "Invalid selection. Try again." until the number typed is at
    least 1 and at most the number of items (a non-integer such as 2.5 passes MATLAB's
    test and is returned). The typed text is read by :func:`input` (which asks again
    itself when the text is not a numeric expression). GNU
    Octave's ``menu`` prints another layout ("pick a number, any number:"). Source:
    MATLAB's ``menu.m`` (local_ASCIImenu, R2012 and later) and its message catalog
    entries ``MATLAB:uistring:menu:*``.

    Examples
    --------
    >>> import io, sys
    >>> from compat import matlab
    >>> matlab.dialogs.queue_answers(2)
    >>> matlab.menu('Colour', 'Red', 'Blue')
    2.0
    >>> saved, sys.stdin = sys.stdin, io.StringIO('7\\n1\\n')
    >>> matlab.menu('Colour', ['Red', 'Blue'])      # doctest: +NORMALIZE_WHITESPACE
    ----- Colour -----
          1) Red
          2) Blue
    Select a menu number:
    Invalid selection. Try again.
    ----- Colour -----
          1) Red
          2) Blue
    Select a menu number: 1.0
    >>> sys.stdin = saved
    """
    title = "" if header is None else _text(header, "the header")
    if len(items) == 1 and isinstance(items[0], (list, tuple, np.ndarray)) \
            and not _is_text(items[0]):
        entries = _texts(items[0], 0, "the menu items")
    else:
        entries = [_text(item, "a menu item") for item in items]
    if header is None or not entries:
        sys.stdout.write("MENU: No menu items to choose from.\n")
        return 0.0
    answer = _next_answer()
    if answer is None:
        return 0.0
    if answer is not _NO_ANSWER:
        if not (np.ndim(answer) == 0 and 1 <= float(answer) <= len(entries)):
            raise CompatValueError(f"the menu answer must be a number in 1..{len(entries)}")
        return float(answer)
    while True:
        lines = [" ", f"----- {title} -----", " "]
        lines += [f"      {k}) {entry}" for k, entry in enumerate(entries, 1)]
        sys.stdout.write("\n".join(lines) + "\n \n")
        value = np.asarray(input("Select a menu number: "))
        if value.size > 1:
            raise CompatValueError("Operands to the || and && operators must be "
                                   "convertible to logical scalar values.")
        if value.size == 1 and value.dtype.kind != "c":
            k = float(value.ravel()[0])
            if np.isfinite(k) and 1 <= k <= len(entries):
                return k
        sys.stdout.write(" \nInvalid selection. Try again.\n")


# --------------------------------------------------------------------------------------
# input
# --------------------------------------------------------------------------------------
@matlab_function("input")
def input(prompt="", mode=None):  # noqa: A001 - MATLAB's name
    """Ask for a value at the keyboard (MATLAB's ``input``), reading ``sys.stdin``.

    MATLAB call forms::

        x = input(prompt)         ->  input('Number of steps: ')
        txt = input(prompt, 's')  ->  input('Name: ', 's')

    The prompt is written to standard output (no newline added) and one line is read.

    Returns
    -------
    ndarray or str
        With ``'s'``: the line as typed (without its newline). Otherwise the line read
        as a numeric expression by :func:`compat.matlab.str2num`'s rules (matrices,
        ranges, arithmetic, ``pi``, ``Inf``): a 2-D double array, ``[]`` (0x0) for an
        empty line. MATLAB evaluates any expression there, variables and function
        calls too; compat reads numeric expressions only, and like MATLAB asks again
        (after an error line) when the text is not one.

    Raises
    ------
    CompatValueError
        At the end of the input stream (no line to read).

    Examples
    --------
    >>> import io, sys
    >>> from compat import matlab
    >>> saved, sys.stdin = sys.stdin, io.StringIO('[1 2; 3 4]\\n')
    >>> matlab.input('Matrix: ')
    Matrix: array([[1., 2.],
           [3., 4.]])
    >>> sys.stdin = saved
    """
    from compat.matlab.number_text import str2num
    text_prompt = _text(prompt, "the prompt")
    as_text = False
    if mode is not None:
        if not (_is_text(mode) and _str(mode) == "s"):
            raise CompatValueError("The second argument to INPUT must be 's'")
        as_text = True
    while True:
        sys.stdout.write(text_prompt)
        sys.stdout.flush()
        line = sys.stdin.readline()
        if line == "":
            raise CompatValueError("no more input to read (end of standard input)")
        line = line[:-1] if line.endswith("\n") else line
        line = line[:-1] if line.endswith("\r") else line
        if as_text:
            return line
        if line.strip() == "":
            return np.zeros((0, 0))
        value, ok = str2num(line, nargout=2)
        if ok and np.size(value) > 0:
            return np.asarray(value)
        sys.stdout.write(f"Error: '{line}' is not a numeric expression compat can "
                         "read; try again.\n")
