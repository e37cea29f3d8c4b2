"""IDL's file and printer dialogs and XDISPLAYFILE without a display: DIALOG_PICKFILE
(and its obsolete name PICKFILE), DIALOG_PRINTERSETUP, XDISPLAYFILE.

A dialog that asks something answers from the queue DIALOG_MESSAGE answers from
(``compat.idl.widgets.answers``, a test's way of choosing): DIALOG_PICKFILE takes the
next queued answer as the file name the user chose -- several names separated by newlines
for /MULTIPLE_FILES, ``''`` for Cancel -- and, with nothing queued, what pressing Enter
gives: FILE= in PATH when FILE is given, else Cancel (''). DIALOG_PRINTERSETUP has no
printer to set up and returns 0 (Cancel). XDISPLAYFILE builds its widgets (a top-level
base with the text and a Done button) and returns: nothing waits for a user.

Facts used: IDL Reference Guide, DIALOG_PICKFILE (the full path returned, '' on Cancel,
GET_PATH with its trailing separator, /DIRECTORY, DEFAULT_EXTENSION, /MULTIPLE_FILES,
/MUST_EXIST, PATH), PICKFILE (obsolete: DIALOG_PICKFILE replaces it, same keywords),
DIALOG_PRINTERSETUP (1 when OK was pressed, 0 otherwise), XDISPLAYFILE (TEXT= shown
instead of the file, TITLE, DONE_BUTTON 'Done', RETURN_ID, WTEXT, /EDITABLE).
"""

from __future__ import annotations

import os

import numpy as np

from compat._core import widget_tree as core
from compat._core.errors import CompatValueError
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl import widgets as _w

__all__ = ["dialog_pickfile", "pickfile", "dialog_printersetup", "xdisplayfile"]

T = core.TREE


class PickfileResult(Result):
    """DIALOG_PICKFILE's result and its GET_PATH output keyword."""

    result: object
    get_path: str


def _text(value, what):
    if value is None:
        return None
    if isinstance(value, (bytes, np.bytes_)):
        return value.decode("latin-1")
    if isinstance(value, (str, np.str_)):
        return str(value)
    a = np.asarray(value)
    if a.size == 1 and a.dtype.kind in "US":
        return _text(a.reshape(-1)[0], what)
    raise CompatValueError(f"{what} must be a string.")


def _with_sep(path: str) -> str:
    return path if path.endswith(os.sep) else path + os.sep


@idl_routine("DIALOG_PICKFILE")
def dialog_pickfile(*, directory=False, dialog_parent=None, display_name=None,
                    default_extension=None, fix_filter=False, file=None, filter=None,
                    get_path=False, group=None, multiple_files=False, must_exist=False,
                    overwrite_prompt=False, path=None, read=False, write=False,
                    resource_name=None, title=None):
    """Ask for a file name, as IDL's ``DIALOG_PICKFILE``.

    IDL call forms::

        f = DIALOG_PICKFILE(/READ, FILTER='*.fits')          ->  idl.dialog_pickfile(read=True, filter='*.fits')
        f = DIALOG_PICKFILE(PATH=dir, GET_PATH=p, /MUST_EXIST)
            ->  f, p = idl.dialog_pickfile(path=dir, get_path=True, must_exist=True)

    Parameters
    ----------
    path : str
        The directory the dialog opens in (the current directory by default); a
        chosen name without a directory is taken there.
    file : str
        The name the dialog starts with (what Enter chooses).
    directory : bool
        Choose a directory: the result ends with the path separator.
    default_extension : str
        Added (with its dot) to a chosen name that has no extension.
    multiple_files : bool
        Several names: a string array.
    must_exist : bool
        Only existing files can be chosen (a queued name that does not exist is an
        error: the user could not have chosen it).
    get_path : bool
        GET_PATH=variable: the result is ``PickfileResult(result, get_path)``, the
        chosen file's directory with its trailing separator.
    filter, fix_filter, read, write, overwrite_prompt, title, group, dialog_parent,
    display_name, resource_name
        Kept (what the dialog would show); no effect.

    Returns
    -------
    str or numpy str array
        The chosen file's full path (an array with /MULTIPLE_FILES), or '' when the
        dialog is cancelled.

    Notes
    -----
    No display: the choice is the next answer queued with
    ``compat.idl.widgets.answers`` (several names separated by newlines, ``''`` for
    Cancel); with nothing queued, Enter: FILE in PATH when FILE is given, else ''.

    Examples
    --------
    >>> import os
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> with widgets.answers('run1.dat'):
    ...     r = idl.dialog_pickfile(path='/data', get_path=True)
    >>> r.result, r.get_path
    ('/data/run1.dat', '/data/')
    >>> idl.dialog_pickfile()                  # nothing queued, no FILE: Cancel
    ''
    """
    base = os.getcwd() if path is None else _text(path, "PATH")
    start = _text(file, "FILE")
    answer = T.answers.popleft() if T.answers else None
    if answer is None:
        names = [start] if start else []
    else:
        answer = _text(answer, "The queued answer")
        names = [n for n in answer.split("\n") if n] if answer else []
    if len(names) > 1 and not multiple_files:
        raise CompatValueError("Several file names were queued for a dialog without "
                               "/MULTIPLE_FILES.")
    ext = _text(default_extension, "DEFAULT_EXTENSION")
    chosen = []
    for name in names:
        full = os.path.normpath(os.path.join(base, os.path.expanduser(name)))
        if directory:
            full = _with_sep(full)
        elif ext and not os.path.splitext(full)[1]:
            full = f"{full}.{ext.lstrip('.')}"
        if must_exist and not os.path.exists(full):
            raise CompatValueError(f"The queued file does not exist (/MUST_EXIST): {full}")
        chosen.append(full)
    if multiple_files:
        result = np.array(chosen if chosen else [""], dtype=str)
    else:
        result = chosen[0] if chosen else ""
    if not get_path:
        return result
    where = (chosen[0] if directory else os.path.dirname(chosen[0])) if chosen else base
    return PickfileResult(result=result, get_path=_with_sep(where))


@idl_routine("PICKFILE")
def pickfile(*, directory=False, dialog_parent=None, display_name=None,
             default_extension=None, fix_filter=False, file=None, filter=None,
             get_path=False, group=None, multiple_files=False, must_exist=False,
             overwrite_prompt=False, path=None, read=False, write=False,
             resource_name=None, title=None, noconfirm=False):
    """IDL's obsolete ``PICKFILE``: :func:`dialog_pickfile` under its old name (IDL's
    PICKFILE page: DIALOG_PICKFILE replaces it, with the same keywords; /NOCONFIRM is
    accepted).

    IDL call form::

        f = PICKFILE(/READ, PATH=dir)    ->  idl.pickfile(read=True, path=dir)

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> with widgets.answers(''):             # Cancel
    ...     idl.pickfile(read=True)
    ''
    """
    return dialog_pickfile(directory=directory, dialog_parent=dialog_parent,
                           display_name=display_name, default_extension=default_extension,
                           fix_filter=fix_filter, file=file, filter=filter,
                           get_path=get_path, group=group, multiple_files=multiple_files,
                           must_exist=must_exist, overwrite_prompt=overwrite_prompt,
                           path=path, read=read, write=write, resource_name=resource_name,
                           title=title)


@idl_routine("DIALOG_PRINTERSETUP")
def dialog_printersetup(print_destination=None, *, dialog_parent=None, display_name=None,
                        resource_name=None, title=None):
    """Set up the printer, as IDL's ``DIALOG_PRINTERSETUP``: 1 when the user pressed OK,
    0 otherwise.

    IDL call form::

        ok = DIALOG_PRINTERSETUP()     ->  idl.dialog_printersetup()

    Without a display there is no printer and no dialog: the result is 0 (INT), what
    Cancel gives, so a program skips its printing as it would on Cancel.

    Examples
    --------
    >>> from compat import idl
    >>> idl.dialog_printersetup()
    np.int16(0)
    """
    return np.int16(0)


class XdisplayfileResult(Result):
    """XDISPLAYFILE's RETURN_ID and WTEXT output keywords (the top-level base's and the
    text widget's IDs)."""

    return_id: np.int32
    wtext: np.int32


@idl_routine("XDISPLAYFILE")
def xdisplayfile(filename=None, *, block=False, done_button="Done", editable=False,
                 font=None, group=None, grow_to_screen=False, height=50, modal=False,
                 return_id=False, text=None, title=None, width=80, wtext=False):
    """Show a text file (or TEXT=) in a widget, as IDL's ``XDISPLAYFILE``.

    IDL call forms::

        XDISPLAYFILE, 'notes.txt'                       ->  idl.xdisplayfile('notes.txt')
        XDISPLAYFILE, TEXT=lines, TITLE='Log', WTEXT=t  ->  r = idl.xdisplayfile(text=lines, title='Log', wtext=True)

    Without a display the widgets are made and the call returns: a top-level base
    (TITLE, else the file name) holding a text widget with the file's lines (or
    TEXT's, which replaces the file) and a DONE_BUTTON that destroys the base when
    pressed (``compat.idl.widgets.press``). RETURN_ID= and WTEXT= give the base's and
    the text widget's IDs (``XdisplayfileResult``); /EDITABLE makes the text editable.
    A file that cannot be read is an error. /BLOCK, /MODAL, GROUP, FONT, HEIGHT, WIDTH,
    /GROW_TO_SCREEN are kept without effect.

    Examples
    --------
    >>> from compat import idl
    >>> r = idl.xdisplayfile(text=['line 1', 'line 2'], title='Log', wtext=True,
    ...                      return_id=True)
    >>> idl.widget_control(r.wtext, get_value=True).get_value
    array(['line 1', 'line 2'], dtype='<U6')
    >>> idl.widget_control(r.return_id, destroy=True)
    """
    name = _text(filename, "Filename")
    if text is not None:
        lines = _w._strings(text, "TEXT") or [""]
    else:
        if not name:
            raise CompatValueError("Filename or TEXT is required.")
        try:
            with open(os.path.expanduser(name), encoding="latin-1") as f:
                lines = f.read().splitlines() or [""]
        except OSError as error:
            raise CompatValueError(f"Unable to open file: {name} "
                                   f"({error.strerror}).") from None
    top = T.get(_w.widget_base(column=1, title=_text(title, "TITLE") or name or
                               "XDisplayFile", group_leader=group, modal=bool(modal)))
    done = T.get(_w.widget_button(top.id, value=_text(done_button, "DONE_BUTTON")))
    t = T.get(_w.widget_text(top.id, value=lines, editable=bool(editable),
                             xsize=width, ysize=height, scroll=1))

    def finish(ev):
        if int(ev.SELECT[0]) and top.id in T.widgets:
            T.destroy(top)

    done.event_pro = finish
    T.realize(top)
    if return_id or wtext:
        values = {}
        if return_id:
            values["return_id"] = np.int32(top.id)
        if wtext:
            values["wtext"] = np.int32(t.id)
        return XdisplayfileResult(**values)
    return None
