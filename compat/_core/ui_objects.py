"""MATLAB's UI objects without a window: uicontrol, uimenu, uipanel, uicontextmenu,
uibuttongroup, uitable; application data; and a driver that plays the user's actions.

A program written with GUIDE or ``uicontrol`` keeps most of its logic in callbacks that
read the controls (``get(handles.edit1, 'String')``), compute, and store results with
``guidata``. Those objects live here, in the same tree as figures and axes
(:mod:`compat._core.graphics_objects`): they are children of a figure (or of a panel or
button group), read and written with ``get``/``set`` and dot access, and found by
``guihandles``. Nothing is drawn and no event loop runs: a test (or a porting session)
plays what the user would do with :func:`interact` -- press a button, type into an edit
box, choose a popup entry -- and the control's callback runs as MATLAB runs it.

Facts as MATLAB documents them (the UIControl, Uipanel, Uibuttongroup, Uimenu and Uitable
property pages; "Lay Out a Programmatic GUI" in MATLAB's GUI-building guide) and as GNU
Octave 7.3 builds them headless:

- uicontrol: ``Style`` 'pushbutton' by default, the other styles 'togglebutton',
  'radiobutton', 'checkbox', 'edit', 'text', 'slider', 'listbox', 'popupmenu', 'frame'
  (an unambiguous prefix is accepted: ``'popup'``, ``'list'``, ``'radio'``, ``'check'``,
  ``'toggle'``); ``Min`` 0, ``Max`` 1, ``Value`` 0 (1 for a listbox or popup menu
  created without a Value: the first entry is selected), ``Position`` [20 20 60 20]
  pixels (MATLAB's default; Octave 7.3 uses [0 0 80 30]), ``SliderStep`` [0.01 0.1],
  ``ListboxTop`` 1, ``Enable`` 'on', ``HorizontalAlignment`` 'center',
  ``BackgroundColor`` [0.94 0.94 0.94];
- what ``Value`` means: a toggle button, check box or radio button holds ``Max`` when
  on and ``Min`` when off; a slider its position in [Min, Max]; a popup menu the index
  (1-based) of the chosen entry of ``String``; a list box the indices of the chosen
  entries, several only when ``Max - Min > 1`` (multiple selection);
- uipanel/uibuttongroup: ``Position`` [0 0 1 1] normalized, ``TitlePosition``
  'lefttop', ``BorderType`` 'etchedin', ``BorderWidth`` 1; a button group selects the
  first radio or toggle button added to it (``SelectedObject``), and selecting another
  (setting ``SelectedObject``, setting a button's ``Value`` to its ``Max``, or a click)
  deselects the rest (MATLAB's behaviour; Octave 7.3 leaves the buttons' values alone);
- uimenu: ``Text`` and its older name ``Label`` are one property, as are
  ``MenuSelectedFcn`` and ``Callback``; ``Checked``/``Separator`` 'off', ``Enable`` 'on';
- uitable: ``Data`` [] (0x0), ``ColumnName``/``RowName`` 'numbered', ``Position``
  [20 20 300 300] pixels;
- ``Units`` is recorded but ``Position`` is not re-expressed when it changes (MATLAB
  converts the rectangle to the new units using the parent's size): set Position after
  Units;
- ``set(h, 'Parent', p)`` moves a UI object to another figure, panel or menu (it
  becomes the newest child there), as MATLAB allows.

Callbacks are stored as given: a Python callable (MATLAB's function handle), a list
``[f, arg1, arg2, ...]`` (MATLAB's cell ``{@f, arg1, arg2}``), or text. MATLAB runs
them as ``f(hObject, eventdata, arg1, ...)``; :func:`run_callback` does the same, with
the object as ``gcbo`` (and its figure as ``gcbf``) while it runs. A text callback is
MATLAB code that MATLAB would ``eval``: compat stores it and reads it back, but cannot
run it (:func:`run_callback` says so); port it to a function.
"""

from __future__ import annotations

import keyword
import re

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.graphics_objects import (Figure, GraphicsObject, _any, _choice, _on_off,
                                           _position, _positive, _text, root,
                                           running_callback)
from compat._core.graphics_scales import double_row, to_color

__all__ = ["UIControl", "UIMenu", "UIContextMenu", "UIPanel", "UIButtonGroup", "UITable",
           "STYLES", "EventData", "ancestor_figure", "appdata", "run_callback",
           "interact", "tagged_objects"]

#: uicontrol's styles (MATLAB's names)
STYLES = ("pushbutton", "togglebutton", "radiobutton", "checkbox", "edit", "text",
          "slider", "listbox", "popupmenu", "frame")


# --------------------------------------------------------------------------------------
# property values
# --------------------------------------------------------------------------------------
def _style(value):
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, str):
        word = value.strip().lower()
        if word in STYLES:
            return word
        found = [s for s in STYLES if s.startswith(word)] if word else []
        if word == "toggle":
            found = ["togglebutton"]
        if len(found) == 1:
            return found[0]
    raise CompatValueError(f"Invalid Style {value!r}: use one of {', '.join(STYLES)}")


def _callback(value):
    """A callback as MATLAB stores it: '' (none), text, a callable, or a list/tuple
    whose first element is the function (MATLAB's cell form)."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, str) or callable(value):
        return value
    if isinstance(value, (list, tuple)) and value and (callable(value[0]) or
                                                       isinstance(value[0], str)):
        return list(value)
    if isinstance(value, np.ndarray) and value.size == 0:
        return ""
    raise CompatValueError("Callback value must be a character vector, a function handle "
                           "or a cell array containing a function handle")


def _numbers(value):
    if isinstance(value, (str, bytes)):
        raise CompatValueError("Value must be numeric")
    try:
        return np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise CompatValueError("Value must be numeric") from None


def _real(value):
    v = _numbers(value)
    if v.size != 1 or not np.isfinite(v).all():
        raise CompatValueError("Value must be a finite scalar")
    return float(v.reshape(()))


def _place(value):
    return _position(_numbers(value))


def _value(value):
    v = _numbers(value)
    if v.size == 1:
        return float(v.reshape(()))
    if v.size == 0:
        return np.zeros((0, 0))
    if v.ndim > 2 or min(v.shape[:2] if v.ndim == 2 else (1,)) != 1:
        raise CompatValueError("Value must be a scalar or a vector of numbers")
    return double_row(v.ravel())


def _pair(value):
    v = _numbers(value).ravel()
    if v.size != 2 or not np.isfinite(v).all():
        raise CompatValueError("Value must be a 2-element vector")
    return double_row(v)


def _string(value):
    """uicontrol's String: text, a list of texts (a cell) or a char matrix; a number is
    stored as its text, as MATLAB does."""
    if isinstance(value, np.ndarray) and value.dtype.kind == "U" and value.ndim == 2:
        return value.copy()
    if isinstance(value, np.ndarray) and value.dtype.kind in "fiub" and value.size == 0:
        return ""
    if isinstance(value, (float, np.floating)):
        return format(float(value), "g")
    return _text(value)


def _copied(value):
    """A value kept by copy (MATLAB's value semantics: changing the caller's array later
    does not change the property); lists (cells) are copied all the way down."""
    if isinstance(value, np.ndarray):
        return value.copy()
    if isinstance(value, (list, tuple)):
        return [_copied(v) for v in value]
    return value


def _handle_or_empty(value):
    if value is None or (isinstance(value, np.ndarray) and value.size == 0) or \
            (isinstance(value, list) and not value):
        return np.zeros((0, 0))
    if isinstance(value, GraphicsObject):
        return value
    raise CompatValueError("Value must be a graphics object or []")


_FONT = {
    "FontSize": (10.0, lambda v: _positive(_numbers(v))),
    "FontName": ("Helvetica", _text),
    "FontWeight": ("normal", _choice("normal", "bold")),
    "FontAngle": ("normal", _choice("normal", "italic")),
    "FontUnits": ("points", _choice("points", "normalized", "inches", "centimeters",
                                    "pixels")),
}
_COMMON = {
    "HandleVisibility": ("on", _choice("on", "off", "callback")),
    "Interruptible": ("on", _on_off),
    "BusyAction": ("queue", _choice("queue", "cancel")),
    "CreateFcn": ("", _callback),
    "DeleteFcn": ("", _callback),
    "ButtonDownFcn": ("", _callback),
}
_UNITS = _choice("pixels", "normalized", "inches", "centimeters", "points", "characters")
_GREY = (lambda: double_row([0.94, 0.94, 0.94]), lambda v: to_color(v, none_ok=False))
_BLACK = (lambda: double_row([0.0, 0.0, 0.0]), lambda v: to_color(v, none_ok=False))


class _UIObject(GraphicsObject):
    #: the parent classes this object may have
    _PARENTS: tuple = (Figure,)
    #: MATLAB's second name of a property -> its name here
    _ALIASES: dict = {}

    def __init__(self, parent):
        if not isinstance(parent, self._PARENTS) or parent._deleted:
            names = " or ".join(p.Type for p in self._PARENTS)
            raise CompatValueError(f"{self.Type} parent must be a {names}, not "
                                   f"{getattr(parent, 'Type', type(parent).__name__)}")
        super().__init__(parent)

    def _names(self):
        names = super()._names()
        return names + [a for a in self._ALIASES if a not in names]

    def get(self, name=None):
        if name is not None:
            key = self.resolve(name)
            name = self._ALIASES.get(key, key)
        return super().get(name)

    def set(self, name, value):
        key = self.resolve(name)
        super().set(self._ALIASES.get(key, key), value)

    def _settable_computed(self):
        return {"Parent": self._reparent}

    def _reparent(self, parent):
        """``set(h, 'Parent', p)``: move the object (newest child of ``p``), as MATLAB
        allows for UI objects."""
        if not isinstance(parent, self._PARENTS) or parent._deleted:
            names = " or ".join(p.Type for p in self._PARENTS)
            raise CompatValueError(f"Parent must be a {names}")
        up = parent
        while up is not None:
            if up is self:
                raise CompatValueError("an object cannot become its own descendant")
            up = up._parent
        old = self._parent
        if old is parent:
            return
        old._children.remove(self)
        old._child_deleted(self)
        self._attach(parent)
        if isinstance(self, UIControl) and isinstance(parent, UIButtonGroup):
            parent._adopted(self)


class UIPanel(_UIObject):
    """A panel (``uipanel``): a titled container for controls, axes and other panels."""

    Type = "uipanel"
    matlab_class = "matlab.ui.container.Panel"
    _PROPERTIES = {
        "Title": ("", _text),
        "TitlePosition": ("lefttop", _choice("lefttop", "centertop", "righttop",
                                             "leftbottom", "centerbottom",
                                             "rightbottom")),
        "Position": (lambda: double_row([0.0, 0.0, 1.0, 1.0]), _place),
        "Units": ("normalized", _UNITS),
        "BackgroundColor": _GREY,
        "ForegroundColor": _BLACK,
        "HighlightColor": (lambda: double_row([1.0, 1.0, 1.0]),
                           lambda v: to_color(v, none_ok=False)),
        "ShadowColor": (lambda: double_row([0.7, 0.7, 0.7]),
                        lambda v: to_color(v, none_ok=False)),
        "BorderType": ("etchedin", _choice("etchedin", "etchedout", "beveledin",
                                           "beveledout", "line", "none")),
        "BorderWidth": (1.0, _real),
        "ResizeFcn": ("", _callback),
        "SizeChangedFcn": ("", _callback),
        "UIContextMenu": (lambda: np.zeros((0, 0)), _handle_or_empty),
        **_FONT, **_COMMON,
    }
    _ALIASES = {"ContextMenu": "UIContextMenu"}


UIPanel._PARENTS = (Figure, UIPanel)


class UIButtonGroup(UIPanel):
    """A button group (``uibuttongroup``): radio and toggle buttons of which one is
    selected (``SelectedObject``); ``SelectionChangedFcn`` runs when the user picks
    another."""

    Type = "uibuttongroup"
    matlab_class = "matlab.ui.container.ButtonGroup"
    _PROPERTIES = {"SelectionChangedFcn": ("", _callback)}
    _ALIASES = {"ContextMenu": "UIContextMenu", "SelectionChangeFcn": "SelectionChangedFcn"}

    def __init__(self, parent):
        super().__init__(parent)
        object.__setattr__(self, "_selected", None)

    def buttons(self):
        """The radio and toggle buttons of the group, oldest first."""
        return [c for c in reversed(self._children) if isinstance(c, UIControl)
                and not c._deleted and c._props["Style"] in ("radiobutton",
                                                             "togglebutton")]

    def _computed(self):
        return {"SelectedObject": self._selection}

    def _settable_computed(self):
        return {**super()._settable_computed(), "SelectedObject": self.select}

    def _selection(self):
        chosen = self._selected
        if chosen is None or chosen._deleted or chosen._parent is not self:
            return np.zeros((0, 0))
        return chosen

    def select(self, button):
        """Select ``button`` (one of the group's radio/toggle buttons); the others take
        their ``Min``."""
        if button not in self.buttons():
            raise CompatValueError("SelectedObject must be a radio button or toggle "
                                   "button of this button group")
        object.__setattr__(self, "_selected", button)
        for b in self.buttons():
            b._props["Value"] = b._props["Max"] if b is button else b._props["Min"]

    def _adopted(self, control):
        """A new radio/toggle button: the first one becomes the selection."""
        if control._props["Style"] in ("radiobutton", "togglebutton") and \
                isinstance(self._selection(), np.ndarray):
            self.select(control)

    def _child_deleted(self, child):
        if child is self._selected:
            object.__setattr__(self, "_selected", None)


class UIControl(_UIObject):
    """A user interface control (``uicontrol``) of any ``Style``."""

    Type = "uicontrol"
    matlab_class = "matlab.ui.control.UIControl"
    _PARENTS = (Figure, UIPanel)
    _PROPERTIES = {
        "Style": ("pushbutton", _style),
        "String": ("", _string),
        "Value": (0.0, _value),
        "Min": (0.0, _real),
        "Max": (1.0, _real),
        "SliderStep": (lambda: double_row([0.01, 0.1]), _pair),
        "ListboxTop": (1.0, _real),
        "Position": (lambda: double_row([20.0, 20.0, 60.0, 20.0]), _place),
        "Units": ("pixels", _UNITS),
        "Enable": ("on", _choice("on", "off", "inactive")),
        "Callback": ("", _callback),
        "KeyPressFcn": ("", _callback),
        "KeyReleaseFcn": ("", _callback),
        "TooltipString": ("", _text),
        "HorizontalAlignment": ("center", _choice("left", "center", "right")),
        "BackgroundColor": _GREY,
        "ForegroundColor": _BLACK,
        "CData": (lambda: np.zeros((0, 0)), _copied),
        "UIContextMenu": (lambda: np.zeros((0, 0)), _handle_or_empty),
        **_FONT, **_COMMON,
    }
    _ALIASES = {"ContextMenu": "UIContextMenu", "Tooltip": "TooltipString"}

    def _changed(self, key):
        group = self._parent
        if key in ("Value", "Style", "Max") and isinstance(group, UIButtonGroup) and \
                self._props["Style"] in ("radiobutton", "togglebutton"):
            value = self._props["Value"]
            if isinstance(value, float) and value == self._props["Max"]:
                group.select(self)

    def _label(self):
        return f"{self._props['Style']} {self._props['String']!r}"

    def is_on(self) -> bool:
        """A toggle button, check box or radio button is on when Value equals Max."""
        value = self._props["Value"]
        return isinstance(value, float) and value == self._props["Max"]

    def multiselect(self) -> bool:
        """A list box takes several entries when ``Max - Min > 1``."""
        return self._props["Max"] - self._props["Min"] > 1

    def entries(self) -> list:
        """The entries of ``String`` as a list (a cell, a char matrix's rows, a
        ``|``-separated char vector or one text)."""
        text = self._props["String"]
        if isinstance(text, list):
            return list(text)
        if isinstance(text, np.ndarray):
            return [str(r) for r in text.ravel()]
        return text.split("|") if text else []


UIControl._PARENTS = (Figure, UIPanel)


class UIContextMenu(_UIObject):
    """A context menu (``uicontextmenu``): the menu of a right click, holding uimenus."""

    Type = "uicontextmenu"
    matlab_class = "matlab.ui.container.ContextMenu"
    _PROPERTIES = {"Callback": ("", _callback), **_COMMON}
    _ALIASES = {"ContextMenuOpeningFcn": "Callback"}


class UIMenu(_UIObject):
    """A menu or menu item (``uimenu``) of a figure's menu bar, another menu or a
    context menu."""

    Type = "uimenu"
    matlab_class = "matlab.ui.container.Menu"
    _PROPERTIES = {
        "Label": ("", _text),
        "Callback": ("", _callback),
        "Checked": ("off", _on_off),
        "Separator": ("off", _on_off),
        "Enable": ("on", _on_off),
        "Accelerator": ("", _text),
        "ForegroundColor": _BLACK,
        **_COMMON,
    }
    _ALIASES = {"Text": "Label", "MenuSelectedFcn": "Callback"}

    def _computed(self):
        return {"Position": lambda: float(self._position())}

    def _settable_computed(self):
        return {**super()._settable_computed(), "Position": self._move}

    def _siblings(self):
        return [c for c in reversed(self._parent._children)
                if isinstance(c, UIMenu) and not c._deleted]

    def _position(self):
        return self._siblings().index(self) + 1

    def _move(self, value):
        n = len(self._siblings())
        p = _real(value)
        if p != int(p) or not 1 <= p <= n:
            raise CompatValueError(f"Position must be an integer in 1..{n}")
        kids = self._parent._children
        kids.remove(self)
        others = [c for c in reversed(kids) if isinstance(c, UIMenu) and not c._deleted]
        if int(p) <= len(others):
            kids.insert(kids.index(others[int(p) - 1]) + 1, self)
        else:
            kids.insert(kids.index(others[-1]) if others else 0, self)


UIMenu._PARENTS = (Figure, UIMenu, UIContextMenu)


class UITable(_UIObject):
    """A table (``uitable``): ``Data`` shown in rows and columns."""

    Type = "uitable"
    matlab_class = "matlab.ui.control.Table"
    _PARENTS = (Figure, UIPanel)
    _PROPERTIES = {
        "Data": (lambda: np.zeros((0, 0)), _copied),
        "ColumnName": ("numbered", _copied),
        "RowName": ("numbered", _copied),
        "ColumnEditable": (lambda: np.zeros((0, 0), dtype=bool), _copied),
        "ColumnWidth": ("auto", _any),
        "ColumnFormat": (list, _copied),
        "Position": (lambda: double_row([20.0, 20.0, 300.0, 300.0]), _place),
        "Units": ("pixels", _UNITS),
        "Enable": ("on", _on_off),
        "CellEditCallback": ("", _callback),
        "CellSelectionCallback": ("", _callback),
        "BackgroundColor": (lambda: double_row([[1.0, 1.0, 1.0], [0.94, 0.94, 0.94]]),
                            _any),
        "ForegroundColor": _BLACK,
        "RowStriping": ("on", _on_off),
        **_FONT, **_COMMON,
    }


UITable._PARENTS = (Figure, UIPanel)


# --------------------------------------------------------------------------------------
# the tree: figures, application data, tags
# --------------------------------------------------------------------------------------
def ancestor_figure(obj):
    """The figure that holds ``obj`` (``obj`` itself for a figure), None for the root."""
    while obj is not None and not isinstance(obj, Figure):
        obj = obj.Parent
    return obj


def appdata(obj) -> dict:
    """The application data of a graphics object (``setappdata``/``getappdata``): a
    dict kept with the object, gone when it is deleted."""
    store = obj.__dict__.get("_appdata")
    if store is None:
        store = {}
        object.__setattr__(obj, "_appdata", store)
    return store


def _walk(obj):
    yield obj
    for child in obj._children:
        if not child._deleted:
            yield from _walk(child)


_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,62}\Z")


def tagged_objects(figure):
    """``guihandles``'s pairs: (Tag, [objects]) for the figure and everything in it with
    a non-empty Tag that is a valid MATLAB variable name, hidden handles included, in
    ``findall``'s order (the figure, then each child before its children, newest child
    first); objects sharing a Tag are gathered under the first place it occurs."""
    found: dict = {}
    for obj in _walk(figure):
        tag = obj._props.get("Tag", "")
        if isinstance(tag, str) and tag and _NAME.match(tag) and \
                not keyword.iskeyword(tag) and tag not in _MATLAB_KEYWORDS:
            found.setdefault(tag, []).append(obj)
    return found


_MATLAB_KEYWORDS = {"break", "case", "catch", "classdef", "continue", "else", "elseif",
                    "end", "for", "function", "global", "if", "otherwise", "parfor",
                    "persistent", "return", "spmd", "switch", "try", "while"}


# --------------------------------------------------------------------------------------
# callbacks and the user's actions
# --------------------------------------------------------------------------------------
class EventData(dict):
    """MATLAB's event data (``eventdata.NewValue``, ``eventdata.Indices`` ...): a dict
    whose keys read as attributes too."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _is_empty(callback) -> bool:
    return isinstance(callback, str) and callback == ""


def run_callback(obj, name: str = "Callback", eventdata=None):
    """Run ``obj``'s callback property ``name`` as MATLAB does: ``f(obj, eventdata)``
    for a function, ``f(obj, eventdata, a, b)`` for ``[f, a, b]``, with ``obj`` as
    ``gcbo`` and its figure as ``gcbf`` meanwhile. Returns what the function returns
    (None when the property is empty). A text callback raises: it is MATLAB code."""
    callback = obj.get(name)
    if _is_empty(callback):
        return None
    args = []
    if isinstance(callback, list):
        callback, args = callback[0], list(callback[1:])
    if isinstance(callback, str) or not callable(callback):
        raise CompatValueError(
            f"the {name} of this {obj.Type} is MATLAB code ({callback!r}) that MATLAB "
            "would evaluate; compat stores text callbacks but cannot run them: set a "
            "Python function instead (f(hObject, eventdata, ...))")
    with running_callback(obj):
        return callback(obj, eventdata, *args)


def _number(value, what):
    v = _numbers(value)
    if v.size != 1 or not np.isfinite(v).all():
        raise CompatValueError(f"{what} must be a finite number")
    return float(v.reshape(()))


def interact(obj, value=None, *, eventdata=None):
    """Do what a user does to ``obj``, then run its callback as MATLAB would.

    - pushbutton: a press (``value`` not used);
    - togglebutton, checkbox, radiobutton: a click: ``Value`` goes to ``Max`` when it was
      not ``Max``, else to ``Min``; ``value`` True/False sets the state instead. A radio
      or toggle button in a button group is selected (never deselected by a click) and
      the group's ``SelectionChangedFcn`` runs with eventdata ``OldValue``,
      ``NewValue``, ``Source``, ``EventName`` 'SelectionChanged' (the button's own
      Callback does not run, as in MATLAB);
    - edit: typing ``value`` (text) and pressing Enter: ``String`` becomes it;
    - popupmenu: choosing entry ``value`` (1-based); listbox: entries ``value`` (several
      only when ``Max - Min > 1``);
    - slider: moving to ``value`` (within [Min, Max]);
    - uimenu: choosing the menu item (its ``MenuSelectedFcn``/``Callback``);
    - uitable: ``value = ((row, column), new)`` edits a cell of ``Data`` (1-based) and
      runs ``CellEditCallback`` with ``Indices``, ``PreviousData``, ``EditData``,
      ``NewData``, ``Error``, ``Source``, ``EventName`` 'CellEdit'.

    A control whose ``Enable`` is not 'on' ignores the user, as on screen. Returns what
    the callback returns."""
    if obj._deleted:
        raise CompatValueError("Invalid or deleted object.")
    if isinstance(obj, UIMenu):
        if obj._props["Enable"] != "on":
            return None
        return run_callback(obj, "Callback", eventdata)
    if isinstance(obj, UITable):
        return _edit_cell(obj, value, eventdata)
    if not isinstance(obj, UIControl):
        raise CompatTypeError(f"a user can act on a uicontrol, uimenu or uitable, not a "
                              f"{obj.Type}")
    if obj._props["Enable"] != "on":
        return None
    style = obj._props["Style"]
    props = obj._props
    if style in ("text", "frame"):
        raise CompatValueError(f"a '{style}' uicontrol takes no user action")
    if style in ("togglebutton", "checkbox", "radiobutton"):
        group = obj._parent if isinstance(obj._parent, UIButtonGroup) else None
        if group is not None and style in ("radiobutton", "togglebutton"):
            old = group._selection()
            if old is obj:
                return None
            group.select(obj)
            event = eventdata if eventdata is not None else EventData(
                EventName="SelectionChanged", OldValue=old, NewValue=obj, Source=group)
            return run_callback(group, "SelectionChangedFcn", event)
        on = not obj.is_on() if value is None else bool(value)
        props["Value"] = props["Max"] if on else props["Min"]
    elif style == "edit":
        if value is None:
            raise CompatValueError("typing into an edit box needs the text")
        props["String"] = _string(value)
    elif style in ("popupmenu", "listbox"):
        n = len(obj.entries())
        chosen = np.atleast_1d(_numbers([] if value is None else value)).ravel()
        if chosen.size == 0 and not (style == "listbox" and obj.multiselect()):
            raise CompatValueError("choose an entry (a 1-based index)")
        if chosen.size > 1 and not (style == "listbox" and obj.multiselect()):
            raise CompatValueError("only a list box with Max - Min > 1 takes several "
                                   "entries")
        if np.any(chosen != np.round(chosen)) or np.any(chosen < 1) or np.any(chosen > n):
            raise CompatValueError(f"entries are indices in 1..{n}")
        props["Value"] = _value(np.unique(chosen))
    elif style == "slider":
        v = _number(value, "the slider's value")
        if not props["Min"] <= v <= props["Max"]:
            raise CompatValueError(f"a slider moves within [{props['Min']:g}, "
                                   f"{props['Max']:g}]")
        props["Value"] = v
    return run_callback(obj, "Callback", eventdata)


def _edit_cell(table, value, eventdata):
    try:
        (row, col), new = value
        row, col = int(row), int(col)
    except (TypeError, ValueError):
        raise CompatValueError("editing a uitable cell needs ((row, column), value)") \
            from None
    data = table._props["Data"]
    if isinstance(data, list):
        rows = [list(r) if isinstance(r, (list, tuple)) else [r] for r in data]
        if not (1 <= row <= len(rows) and 1 <= col <= len(rows[row - 1])):
            raise CompatValueError("the cell is outside Data")
        previous = rows[row - 1][col - 1]
        rows[row - 1][col - 1] = new
        table._props["Data"] = rows
    else:
        array = np.array(data, copy=True)
        if array.ndim != 2 or not (1 <= row <= array.shape[0] and
                                   1 <= col <= array.shape[1]):
            raise CompatValueError("the cell is outside Data")
        previous = array[row - 1, col - 1]
        array[row - 1, col - 1] = new
        table._props["Data"] = array
        new = array[row - 1, col - 1]
    event = eventdata if eventdata is not None else EventData(
        EventName="CellEdit", Indices=double_row([row, col]), PreviousData=previous,
        EditData=value[1], NewData=new, Error="", Source=table)
    return run_callback(table, "CellEditCallback", event)


def figure_of(obj):
    """The figure of ``obj`` or the current figure when ``obj`` is None."""
    if obj is None:
        return root().current_figure()
    return ancestor_figure(obj)
