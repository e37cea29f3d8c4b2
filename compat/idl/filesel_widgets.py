"""IDL's compound widget CW_FILESEL (a file selection widget) without a display, built
from the widgets of :mod:`compat.idl.widgets`.

A test plays the user with :func:`choose` (a file name typed or picked and Open/Save
pressed, or Cancel), which makes CW_FILESEL's event.

Facts used: IDL Reference Guide, CW_FILESEL (FILENAME, FILTER -- a string or string
array of filters, the first current --, /FIX_FILTER, /IMAGE_FILTER, /MULTIPLE, PATH --
the initial directory, default the current one --, /SAVE -- a Save button instead of
Open --, /WARNING -- ask before a /SAVE selection overwrites an existing file --; the
value the selected file(s) with their full path; the event ``{FILESEL_EVENT, ID:0L,
TOP:0L, HANDLER:0L, VALUE:'', DONE:0L, FILTER:''}`` with DONE 0 a selection, 1 Open/Save
pressed (or a double click), 2 Cancel).
"""

from __future__ import annotations

import fnmatch
import os

import numpy as np

from compat._core import widget_tree as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure
from compat._core.legacy import idl_routine
from compat.idl import widgets as _w

__all__ = ["cw_filesel"]

T = core.TREE

#: the filters /IMAGE_FILTER offers (compat's list of the image formats IDL reads)
IMAGE_FILTERS = ["*.bmp;*.gif;*.jpg;*.jpeg;*.png;*.ppm;*.pgm;*.tif;*.tiff;*.dcm",
                 "*.bmp", "*.gif", "*.jpg;*.jpeg", "*.png", "*.ppm;*.pgm", "*.tif;*.tiff",
                 "*.dcm"]


def _text(value, what):
    if isinstance(value, (bytes, np.bytes_)):
        return value.decode("latin-1")
    if isinstance(value, (str, np.str_)):
        return str(value)
    raise CompatValueError(f"{what} must be a string.")


@idl_routine("CW_FILESEL")
def cw_filesel(parent, *, filename=None, filter=None, fix_filter=False, frame=None,
               image_filter=False, multiple=False, path=None, save=False, uname=None,
               uvalue=None, warning=False):
    """A file selection widget, as IDL's ``CW_FILESEL``.

    IDL call forms::

        fs = CW_FILESEL(base, FILTER=['*.dat', '*.txt'], PATH='/data')
            ->  idl.cw_filesel(base, filter=['*.dat', '*.txt'], path='/data')
        fs = CW_FILESEL(base, /SAVE, /WARNING, FILENAME='out.dat')
        WIDGET_CONTROL, fs, GET_VALUE=file    ->  the selected file(s), full path

    Parameters
    ----------
    filename : str
        The initially selected file (in PATH).
    filter : str or str array
        The file filters (``'*.dat'``, several patterns joined by ``;``); the first is
        current. ``image_filter`` offers image formats instead; ``fix_filter`` keeps the
        user from changing it.
    multiple : bool
        Several files may be selected (not with /SAVE).
    path : str
        The starting directory (default the current directory).
    save, warning : bool
        A Save button instead of Open; with /WARNING, saving onto an existing file asks
        first (the answer from ``compat.idl.widgets.answers``: 'No' keeps the widget
        open and makes no DONE event; nothing queued is 'Yes').
    frame, uname, uvalue
        As IDL.

    Returns
    -------
    numpy.int32
        The widget's ID. Its value (GET_VALUE) is the selected file with its full path
        (a string; a string array with /MULTIPLE); SET_VALUE selects a file (a directory
        becomes the path). :func:`choose` makes the event ``{FILESEL_EVENT, ID:0L,
        TOP:0L, HANDLER:0L, VALUE:'', DONE:0L, FILTER:''}``: DONE 0 a selection, 1
        Open/Save, 2 Cancel (VALUE then '').

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> from compat.idl import filesel_widgets
    >>> d = tempfile.mkdtemp()
    >>> open(os.path.join(d, 'a.dat'), 'w').close()
    >>> base = idl.widget_base(column=1)
    >>> fs = idl.cw_filesel(base, filter='*.dat', path=d)
    >>> idl.widget_control(base, realize=True)
    >>> ev = filesel_widgets.choose(fs, 'a.dat')
    >>> int(ev.DONE[0]), ev.VALUE[0] == os.path.join(d, 'a.dat'), str(ev.FILTER[0])
    (1, True, '*.dat')
    >>> int(filesel_widgets.choose(fs, None).DONE[0])      # Cancel
    2
    >>> idl.widget_control(base, destroy=True)
    """
    if multiple and save:
        raise CompatValueError("MULTIPLE and SAVE cannot both be set.")
    if image_filter:
        filters = list(IMAGE_FILTERS)
    elif filter is None:
        filters = ["*"]
    else:
        filters = _w._strings(filter, "FILTER") or ["*"]
    start = os.getcwd() if path is None else _text(path, "PATH")
    if not os.path.isdir(start):
        raise CompatValueError(f"PATH {start!r} is not a directory.")
    base = T.get(_w.widget_base(parent, column=1, uvalue=uvalue, uname=uname, frame=frame))
    dirlist = T.get(_w.widget_list(base.id, value=[]))
    name = T.get(_w.widget_text(base.id, value="" if filename is None
                                else _text(filename, "FILENAME"), editable=True))
    flist = T.get(_w.widget_droplist(base.id, value=filters))
    if fix_filter:
        flist.sensitive = False
    _w.widget_button(base.id, value="Save" if save else "Open")
    _w.widget_button(base.id, value="Cancel")
    state = {"path": os.path.abspath(start), "filter": 0,
             "selected": [] if filename is None else [_text(filename, "FILENAME")]}

    def files():
        pats = filters[state["filter"]].split(";")
        return sorted(f for f in os.listdir(state["path"])
                      if any(fnmatch.fnmatch(f, p.strip()) for p in pats))

    def refresh():
        dirlist.value = files()
        name.value = [", ".join(state["selected"])]

    def full():
        return [os.path.join(state["path"], f) for f in state["selected"]]

    def get_value(_id):
        names = full()
        if multiple:
            return np.array(names, dtype=str)
        return names[0] if names else ""

    def set_value(_id, v):
        p = _text(v, "CW_FILESEL value")
        p = p if os.path.isabs(p) else os.path.join(state["path"], p)
        if os.path.isdir(p):
            state["path"], state["selected"] = os.path.abspath(p), []
        else:
            state["path"] = os.path.dirname(os.path.abspath(p))
            state["selected"] = [os.path.basename(p)]
        refresh()

    def play(chosen, done):
        if done == 2:
            value = ""
        else:
            picks = [chosen] if isinstance(chosen, (str, bytes, np.str_)) else list(chosen)
            picks = [_text(c, "file name") for c in picks]
            if len(picks) > 1 and not multiple:
                raise CompatValueError("The widget was made without /MULTIPLE: choose "
                                       "one file.")
            if picks and os.path.isdir(os.path.join(state["path"], picks[0])):
                set_value(base.id, picks[0])   # a directory: the user opens it
                return None
            state["selected"] = picks
            refresh()
            if done == 1 and save and warning and picks and \
                    os.path.exists(full()[0]):
                answer = T.answers.popleft() if T.answers else "Yes"
                if str(answer).lower() != "yes":
                    return None
            names = full()
            value = np.array(names, dtype=str) if multiple else (names[0] if names else "")
        ev = build_structure(["ID", "TOP", "HANDLER", "VALUE", "DONE", "FILTER"],
                             [np.int32(base.id), np.int32(T.top(base).id), np.int32(0),
                              value, np.int32(done), filters[state["filter"]]],
                             "FILESEL_EVENT")
        return T.guarded(ev) if _handled(base) else ev

    base.func_get_value = get_value
    base.pro_set_value = set_value
    base.options["cw_filesel"] = play
    refresh()
    return np.int32(base.id)


def _handled(w) -> bool:
    return any(x.event_func is not None or x.event_pro is not None
               for x in T.ancestors(w))


def choose(widget_id, names, *, done=1):
    """Play the user of a CW_FILESEL: ``names`` (a file name in the widget's path, or
    several with /MULTIPLE) chosen and Open/Save pressed (``done=1``) or only selected
    (``done=0``); ``names=None`` presses Cancel (DONE 2). A directory name opens it (no
    event). The event no handler took, or None. A test driver, not an IDL routine."""
    w = T.get(widget_id)
    play = w.options.get("cw_filesel")
    if play is None:
        raise CompatValueError(f"Widget {w.id} is not a CW_FILESEL.")
    if not w.realized:
        raise CompatValueError(f"Widget {w.id} is not realized: the user cannot reach it "
                               "(WIDGET_CONTROL, top, /REALIZE first).")
    if names is None:
        return play(None, 2)
    if done not in (0, 1):
        raise CompatValueError("done must be 0 (a selection) or 1 (Open/Save).")
    return play(names, int(done))
