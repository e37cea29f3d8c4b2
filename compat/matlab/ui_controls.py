"""MATLAB's UI objects and GUI data, headless: uicontrol, uimenu, uipanel,
uicontextmenu, uibuttongroup, uitable, guidata, guihandles, the appdata functions,
uiwait and uiresume.

A GUIDE or programmatic GUI ports with its logic intact: the controls are objects in
compat's graphics tree (:mod:`compat._core.ui_objects`), read and written with
``get``/``set`` and dot access (``h.String``, ``h.Value``), collected by ``guihandles``;
``guidata`` keeps the handles structure on the figure. compat opens no window and runs no
event loop, so what the user does is played by :func:`interact` (press a button, type
into an edit box, pick a popup entry, move a slider, choose a menu item, edit a table
cell), which then runs the control's callback as MATLAB does,
``f(hObject, eventdata, extra...)``, with ``gcbo``/``gcbf`` answering meanwhile;
:func:`run_callback` runs one callback property directly. Text callbacks
(``'disp(1)'``) are stored and read back, but compat cannot evaluate MATLAB code:
running one raises an error that says so.

``uiwait`` returns at once (no user can press anything); before it returns it plays
the actions queued with :func:`queue_actions` on the controls of the waited-for figure,
found by their Tag, until one of them calls ``uiresume`` or deletes the figure -- so a
modal dialog's code (build, ``uiwait``, read the answers) runs unchanged in a test.
"""

from __future__ import annotations

import copy

import numpy as np

from compat._core import graphics_objects as go
from compat._core import ui_objects as ui
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab._graphics_arguments import _handle, _is_text, _pairs, _str

__all__ = ["uicontrol", "uimenu", "uipanel", "uicontextmenu", "uibuttongroup", "uitable",
           "guidata", "guihandles", "setappdata", "getappdata", "isappdata", "rmappdata",
           "uiwait", "uiresume", "interact", "run_callback", "queue_actions",
           "clear_actions"]

interact = ui.interact
run_callback = ui.run_callback


# --------------------------------------------------------------------------------------
# creating the objects
# --------------------------------------------------------------------------------------
def _parent_and_pairs(args, kwargs, default):
    """(parent, name-value pairs) from ``f(parent, 'Name', v, ...)`` or
    ``f('Name', v, ..., 'Parent', p)``; ``default()`` when no parent is named."""
    parent = None
    if args and not _is_text(args[0]) and not isinstance(args[0], dict):
        parent, args = _handle(args[0]), args[1:]
    pairs = _pairs(args, kwargs)
    rest = []
    for name, value in pairs:
        if isinstance(name, str) and name.lower() == "parent":
            parent = _handle(value)
        else:
            rest.append((name, value))
    return parent if parent is not None else default(), rest


def _create(cls, args, kwargs, default=go.current_figure):
    parent, pairs = _parent_and_pairs(args, kwargs, default)
    if isinstance(parent, go.Root):
        raise CompatValueError(f"{cls.Type} cannot be a child of the root: give a figure")
    obj = cls(parent)
    try:
        for name, value in pairs:
            obj.set(name, value)
    except Exception:
        obj.delete()
        raise
    return obj, pairs


@matlab_function("uicontrol")
def uicontrol(*args, **kwargs):
    """Create a user interface control (MATLAB's ``uicontrol``).

    MATLAB call forms::

        c = uicontrol                          ->  uicontrol()   (a pushbutton in gcf)
        c = uicontrol('Style', s, Name, Value) ->  uicontrol('Style', 'edit', 'String', '3')
        c = uicontrol(parent, Name, Value)     ->  uicontrol(f, 'Style', 'popupmenu', ...)

    Parameters
    ----------
    args
        Optionally the parent (a figure, panel or button group; the current figure by
        default, created if there is none), then property name-value pairs (also as
        keywords: ``Style='checkbox'``), applied in order. ``'Parent', p`` names the
        parent too.

    Returns
    -------
    UIControl
        With MATLAB's defaults: Style 'pushbutton', Value 0 (1 for a listbox or popup
        menu given no Value), Min 0, Max 1, Position [20 20 60 20] pixels, Enable 'on',
        String '', Callback '' (see :mod:`compat._core.ui_objects` for the rest).

    Notes
    -----
    Value's meaning depends on the Style: Max/Min for a toggle button, check box or
    radio button that is on/off, the chosen entry's 1-based index for a popup menu,
    the chosen indices of a list box (several when Max - Min > 1), the position of a
    slider. The first radio or toggle button put in a button group is selected.
    Octave 7.3 gives a new control Position [0 0 80 30]; compat keeps MATLAB's
    documented [20 20 60 20] (a recorded divergence in suite matlab/ui_objects).
    Callbacks are kept as given (a Python function for MATLAB's function handle, a list
    ``[f, arg, ...]`` for MATLAB's cell ``{@f, arg, ...}``, or text, which compat
    stores but cannot run); :func:`interact` plays the user's action and runs them.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> p = matlab.uicontrol(f, 'Style', 'popup', 'String', ['red', 'green', 'blue'])
    >>> p.Style, p.Value
    ('popupmenu', 1.0)
    >>> matlab.ui_controls.interact(p, 3); p.Value
    3.0
    >>> matlab.close(f)
    """
    control, pairs = _create(ui.UIControl, args, kwargs)
    given = {control.resolve(name) for name, _ in pairs}
    if control._props["Style"] in ("listbox", "popupmenu") and "Value" not in given:
        control._props["Value"] = 1.0
    if isinstance(control._parent, ui.UIButtonGroup):
        control._parent._adopted(control)
    return control


@matlab_function("uipanel")
def uipanel(*args, **kwargs):
    """Create a panel (MATLAB's ``uipanel``).

    MATLAB call forms: ``p = uipanel``, ``p = uipanel(Name, Value)``,
    ``p = uipanel(parent, Name, Value)`` -> the same with a figure or panel first.

    Returns
    -------
    UIPanel
        Position [0 0 1 1], Units 'normalized', Title '', TitlePosition 'lefttop',
        BorderType 'etchedin', BorderWidth 1, BackgroundColor [0.94 0.94 0.94].

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> p = matlab.uipanel('Title', 'Options', 'Position', [0.1, 0.1, 0.5, 0.5])
    >>> p.Parent is f, p.Units
    (True, 'normalized')
    >>> matlab.close(f)
    """
    return _create(ui.UIPanel, args, kwargs)[0]


@matlab_function("uibuttongroup")
def uibuttongroup(*args, **kwargs):
    """Create a button group (MATLAB's ``uibuttongroup``): radio and toggle buttons of
    which exactly one is selected.

    MATLAB call forms: ``bg = uibuttongroup``, ``uibuttongroup(Name, Value)``,
    ``uibuttongroup(parent, Name, Value)``.

    Returns
    -------
    UIButtonGroup
        A panel (same defaults) with ``SelectedObject`` (``[]`` until a radio or toggle
        button is added: the first one added is selected) and ``SelectionChangedFcn``
        (``SelectionChangeFcn``, its older name), run by :func:`interact` with eventdata
        ``OldValue``/``NewValue``.

    Notes
    -----
    Setting ``SelectedObject``, or a button's Value to its Max, selects that button and
    sets the others' Value to their Min, as MATLAB does; Octave 7.3 changes neither the
    buttons' values nor the selection (recorded divergence).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); bg = matlab.uibuttongroup(f)
    >>> r1 = matlab.uicontrol(bg, 'Style', 'radiobutton', 'String', 'fast')
    >>> r2 = matlab.uicontrol(bg, 'Style', 'radiobutton', 'String', 'exact')
    >>> bg.SelectedObject is r1, r1.Value, r2.Value
    (True, 1.0, 0.0)
    >>> bg.SelectedObject = r2; r1.Value, r2.Value
    (0.0, 1.0)
    >>> matlab.close(f)
    """
    return _create(ui.UIButtonGroup, args, kwargs)[0]


@matlab_function("uimenu")
def uimenu(*args, **kwargs):
    """Create a menu or menu item (MATLAB's ``uimenu``).

    MATLAB call forms::

        m = uimenu                      ->  uimenu()   (in the current figure's menu bar)
        m = uimenu(Name, Value)         ->  uimenu('Text', 'File')
        m = uimenu(parent, Name, Value) ->  uimenu(m, 'Label', 'Open', 'Callback', f)

    The parent is a figure, a menu (a submenu item) or a context menu.

    Returns
    -------
    UIMenu
        ``Text``/``Label`` (one property, two names), ``MenuSelectedFcn``/``Callback``
        (likewise), ``Checked``/``Separator`` 'off', ``Enable`` 'on', ``Position`` the
        1-based place among its sibling menus.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> m = matlab.uimenu(f, 'Label', 'File'); item = matlab.uimenu(m, 'Text', 'Open')
    >>> m.Text, item.Label, item.Parent is m, item.Position
    ('File', 'Open', True, 1.0)
    >>> matlab.close(f)
    """
    return _create(ui.UIMenu, args, kwargs)[0]


@matlab_function("uicontextmenu")
def uicontextmenu(*args, **kwargs):
    """Create a context menu (MATLAB's ``uicontextmenu``) for a figure; attach it to a
    control with ``set(c, 'UIContextMenu', cm)`` and fill it with ``uimenu(cm, ...)``.

    MATLAB call forms: ``cm = uicontextmenu``, ``uicontextmenu(f, Name, Value)``.

    Returns
    -------
    UIContextMenu

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); cm = matlab.uicontextmenu(f)
    >>> b = matlab.uicontrol(f, 'UIContextMenu', cm); b.ContextMenu is cm
    True
    >>> matlab.close(f)
    """
    return _create(ui.UIContextMenu, args, kwargs)[0]


@matlab_function("uitable")
def uitable(*args, **kwargs):
    """Create a table (MATLAB's ``uitable``, in a figure made with ``figure``).

    MATLAB call forms: ``t = uitable``, ``uitable(Name, Value)``,
    ``uitable(parent, Name, Value)`` -> ``uitable(f, 'Data', magic(3))``.

    Returns
    -------
    UITable
        ``Data`` [] (0x0), ``ColumnName``/``RowName`` 'numbered', ``Position``
        [20 20 300 300] pixels; ``CellEditCallback`` runs when :func:`interact` edits
        a cell.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> t = matlab.uitable(f, 'Data', np.array([[1, 2], [3, 4]]), 'ColumnName', ['a', 'b'])
    >>> matlab.ui_controls.interact(t, ((2, 1), 30)); t.Data
    array([[ 1,  2],
           [30,  4]])
    >>> matlab.close(f)
    """
    return _create(ui.UITable, args, kwargs)[0]


# --------------------------------------------------------------------------------------
# application data, guidata, guihandles
# --------------------------------------------------------------------------------------
def _stored(value):
    """A copy that keeps MATLAB's value semantics for arrays, dicts (structs) and lists
    (cells), and keeps graphics objects and functions themselves (handles)."""
    if isinstance(value, np.ndarray):
        return value.copy()
    if isinstance(value, dict):
        return type(value)((k, _stored(v)) for k, v in value.items()) \
            if type(value) is dict else copy.copy(value)
    if isinstance(value, list):
        return [_stored(v) for v in value]
    return value


def _name(value, routine):
    if not _is_text(value):
        raise CompatTypeError("the appdata name must be text")
    return _str(value)


@matlab_function("setappdata")
def setappdata(h, *args):
    """Store application data with a graphics object (MATLAB's ``setappdata``).

    MATLAB call forms::

        setappdata(obj, name, val)              ->  setappdata(f, 'count', 3)
        setappdata(obj, name1, v1, name2, v2)   ->  several at once
        setappdata(0, name, val)                ->  on the root (groot)

    Values keep MATLAB's value semantics: arrays, dicts (structs) and lists (cells)
    are copied on the way in and out; graphics objects and functions are kept
    themselves (handles).

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); matlab.setappdata(f, 'count', 3)
    >>> matlab.getappdata(f, 'count'), bool(matlab.isappdata(f, 'count'))
    (3, True)
    >>> matlab.close(f)
    """
    obj = _handle(h)
    if not args or len(args) % 2:
        raise CompatValueError("expected name-value pairs after the object")
    store = ui.appdata(obj)
    for i in range(0, len(args), 2):
        store[_name(args[i], "setappdata")] = _stored(args[i + 1])
    return None


@matlab_function("getappdata")
def getappdata(h, name=None):
    """Read application data (MATLAB's ``getappdata``).

    MATLAB call forms::

        val = getappdata(obj, name)       ->  getappdata(f, 'count')   ([] if absent)
        s = getappdata(obj)               ->  getappdata(f)            (all: a dict)
        s = getappdata(obj, {n1, n2})     ->  getappdata(f, ['a', 'b']) (a dict of those)

    Returns
    -------
    value, or dict
        ``[]`` (a 0x0 double) for a name never set, as MATLAB.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> matlab.getappdata(f, 'nothing').shape
    (0, 0)
    >>> matlab.close(f)
    """
    obj = _handle(h)
    store = ui.appdata(obj)
    if name is None:
        return {k: _stored(v) for k, v in store.items()}
    if isinstance(name, (list, tuple)):
        return {_name(n, "getappdata"): _stored(store[_str(n)])
                for n in name if _str(n) in store}
    key = _name(name, "getappdata")
    return _stored(store[key]) if key in store else np.zeros((0, 0))


@matlab_function("isappdata")
def isappdata(h, name):
    """True where the object holds application data of that name (MATLAB's
    ``isappdata``; a list of names gives one logical each).

    Returns
    -------
    numpy.bool_ or ndarray of bool

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); matlab.setappdata(f, 'a', 1)
    >>> matlab.isappdata(f, ['a', 'b'])
    array([[ True, False]])
    >>> matlab.close(f)
    """
    store = ui.appdata(_handle(h))
    if isinstance(name, (list, tuple)):
        return np.array([[_name(n, "isappdata") in store for n in name]], dtype=bool)
    return np.bool_(_name(name, "isappdata") in store)


@matlab_function("rmappdata")
def rmappdata(h, *names):
    """Remove application data (MATLAB's ``rmappdata(obj, name1, name2, ...)``); a
    name the object does not hold is an error.

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); matlab.setappdata(f, 'a', 1)
    >>> matlab.rmappdata(f, 'a'); bool(matlab.isappdata(f, 'a'))
    False
    >>> matlab.close(f)
    """
    store = ui.appdata(_handle(h))
    keys = [_name(n, "rmappdata") for n in names]
    for key in keys:
        if key not in store:
            raise CompatValueError(f"appdata '{key}' is not present")
    for key in keys:
        store.pop(key, None)
    return None


_GUIDATA = "UsedByGUIData_m"   # the appdata name MATLAB's guidata keeps the data under


def _figure(h):
    obj = _handle(h)
    fig = ui.ancestor_figure(obj)
    if fig is None:
        raise CompatValueError("H must be the handle to a figure or figure descendent")
    return fig


@matlab_function("guidata")
def guidata(h, *data):
    """Store or read a GUI's data on its figure (MATLAB's ``guidata``).

    MATLAB call forms::

        guidata(obj, data)     ->  guidata(hObject, handles)
        data = guidata(obj)    ->  handles = guidata(hObject)

    ``obj`` is the figure or any object in it; the data is kept with the figure (as
    MATLAB does, under the figure's appdata 'UsedByGUIData_m'). Reading gives ``[]``
    (0x0) when nothing was stored. Dicts and arrays are copied (MATLAB's value
    semantics): change the copy, then store it again, as GUIDE code does.

    Returns
    -------
    The stored data (one argument) or None.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); e = matlab.uicontrol(f, 'Style', 'edit')
    >>> matlab.guidata(e, {'edit1': e, 'count': 0})
    >>> handles = matlab.guidata(f); handles['edit1'] is e, handles['count']
    (True, 0)
    >>> matlab.close(f)
    """
    fig = _figure(h)
    store = ui.appdata(fig)
    if data:
        if len(data) > 1:
            raise CompatValueError("Too many input arguments: guidata(h, data)")
        store[_GUIDATA] = _stored(data[0])
        return None
    return _stored(store[_GUIDATA]) if _GUIDATA in store else np.zeros((0, 0))


@matlab_function("guihandles")
def guihandles(h=None):
    """The objects of a figure that have a Tag, as a struct (MATLAB's ``guihandles``).

    MATLAB call forms: ``s = guihandles(obj)`` (the figure of obj), ``s = guihandles``
    (the current figure) -> ``guihandles(f)``, ``guihandles()``.

    Returns
    -------
    dict
        Tag -> object, for the figure and every object in it whose Tag is non-empty and
        a valid MATLAB variable name (hidden handles too), in ``findall``'s order;
        objects sharing a Tag give a :class:`~compat._core.graphics_objects.GraphicsArray`
        (MATLAB's vector of handles), newest first.

    Notes
    -----
    MATLAB's reference page: "guihandles does not return objects with Tag values that
    are not valid variable names". Octave 7.3 makes a field of any Tag (``'bad tag'``
    too): a recorded divergence.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> e = matlab.uicontrol(f, 'Style', 'edit', 'Tag', 'edit1')
    >>> b = matlab.uicontrol(f, 'Tag', 'go'); x = matlab.uicontrol(f, 'Tag', 'not valid')
    >>> handles = matlab.guihandles(e); sorted(handles), handles['go'] is b
    (['edit1', 'go'], True)
    >>> matlab.close(f)
    """
    fig = go.current_figure() if h is None else _figure(h)
    out = {}
    for tag, objects in ui.tagged_objects(fig).items():
        out[tag] = objects[0] if len(objects) == 1 else go.GraphicsArray(objects)
    return out


# --------------------------------------------------------------------------------------
# uiwait / uiresume and the queued user actions
# --------------------------------------------------------------------------------------
_ACTIONS: list = []
_RESUMED: set = set()


def queue_actions(*actions):
    """Queue what the user will do while a program waits in ``uiwait``.

    Each action is ``(tag, value)`` or ``(tag,)``: the object of the waited-for figure
    with that Tag gets :func:`interact` with ``value``. ``uiwait(f)`` plays them in
    order and returns after the action that calls ``uiresume`` (or deletes ``f``),
    leaving later actions for the next ``uiwait``. Not a MATLAB function: a test
    driver.

    Examples
    --------
    >>> from compat.matlab import ui_controls
    >>> ui_controls.queue_actions(('edit1', '42'), ('ok',)); ui_controls.clear_actions()
    """
    for action in actions:
        if isinstance(action, str):
            action = (action,)
        if not isinstance(action, tuple) or not 1 <= len(action) <= 2 or \
                not isinstance(action[0], str):
            raise CompatTypeError("an action is (tag,) or (tag, value)")
        _ACTIONS.append(action)


def clear_actions():
    """Forget the queued user actions (see :func:`queue_actions`)."""
    _ACTIONS.clear()


@matlab_function("uiwait")
def uiwait(h=None, timeout=None):
    """Wait for ``uiresume`` or the figure's deletion (MATLAB's ``uiwait``): headless,
    no user can act, so compat returns at once, after playing the actions queued with
    :func:`queue_actions` (until one resumes or deletes the figure).

    MATLAB call forms: ``uiwait``, ``uiwait(f)``, ``uiwait(f, timeout)``.

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> e = matlab.uicontrol(f, 'Style', 'edit', 'Tag', 'answer')
    >>> ok = matlab.uicontrol(f, 'Tag', 'ok', 'Callback', lambda h, ev: matlab.uiresume(f))
    >>> matlab.ui_controls.queue_actions(('answer', '42'), ('ok',))
    >>> matlab.uiwait(f); e.String
    '42'
    >>> matlab.close(f)
    """
    fig = go.current_figure() if h is None else _figure(h)
    if timeout is not None:
        try:
            t = float(np.asarray(timeout, dtype=np.float64).reshape(()))
        except (TypeError, ValueError):
            t = float("nan")
        if not t >= 0:
            raise CompatValueError("timeout must be a nonnegative number of seconds")
    _RESUMED.discard(id(fig))
    while _ACTIONS and not fig._deleted and id(fig) not in _RESUMED:
        action = _ACTIONS.pop(0)
        found = ui.tagged_objects(fig).get(action[0])
        if not found:
            raise CompatValueError(f"a queued action names Tag '{action[0]}', which no "
                                   "object of the waited-for figure has")
        ui.interact(found[0], *action[1:])
    _RESUMED.discard(id(fig))
    return None


@matlab_function("uiresume")
def uiresume(h=None):
    """End ``uiwait`` for a figure (MATLAB's ``uiresume``); outside a wait it does
    nothing.

    MATLAB call forms: ``uiresume``, ``uiresume(f)``.

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); matlab.uiresume(f); matlab.close(f)
    """
    fig = go.current_figure() if h is None else _figure(h)
    _RESUMED.add(id(fig))
    return None
