"""IDL's WIDGET_TABLE without a display: a grid of cells holding a 2-D array, its
selection, and its cell-editing and selection events, on the widget tree of
:mod:`compat._core.widget_tree`.
"""

from __future__ import annotations

import numpy as np

from compat._core import widget_tree as core
from compat._core.widget_tree import table_value
from compat._core.errors import CompatValueError
from compat._core.legacy import idl_routine
from compat.idl.widgets import _common, _handlers, _lid, _look, _strings

__all__ = ["widget_table"]

T = core.TREE


@idl_routine("WIDGET_TABLE")
def widget_table(parent, *, value=None, xsize=None, ysize=None, editable=False,
                 all_events=False, row_labels=None, column_labels=None,
                 row_major=None, column_major=None, format=None, uvalue=None, uname=None,
                 event_pro=None, event_func=None, kill_notify=None, notify_realize=None,
                 func_get_value=None, pro_set_value=None, sensitive=None, map=None,
                 no_copy=False, **look):
    """Create a table, as IDL's ``WIDGET_TABLE``.

    IDL call forms::

        t = WIDGET_TABLE(base, VALUE=data, /EDITABLE)        ->  idl.widget_table(base, value=data, editable=True)
        WIDGET_CONTROL, t, SET_TABLE_SELECT=[0, 1, 2, 1]     ->  idl.widget_control(t, set_table_select=[0, 1, 2, 1])
        WIDGET_CONTROL, t, GET_VALUE=v, /USE_TABLE_SELECT    ->  idl.widget_control(t, get_value=True, use_table_select=True)

    VALUE is the cells (row-major, as IDL's default: numpy axis 0 the rows, IDL's
    second dimension, so cell (X, Y) is ``value[Y, X]``); without it the table is
    XSIZE columns by YSIZE rows (6 by 6 when not given) of FLOAT zeros. GET_VALUE gives
    the cells in their type; WIDGET_INFO(/TABLE_SELECT) the selection ``[left, top,
    right, bottom]`` (-1s for none). Editing a cell (:func:`compat.idl.widgets.edit_cell`)
    stores the text converted to the table's type and makes ``{WIDGET_TABLE_CH, ID,
    TOP, HANDLER, TYPE:0, OFFSET:0L, CH:10B, X:0L, Y:0L}`` for the Return key (with
    /ALL_EVENTS first ``{WIDGET_TABLE_STR, ..., TYPE:1, OFFSET, STR, X, Y}``); selecting
    cells (:func:`compat.idl.widgets.select_cells`) makes ``{WIDGET_TABLE_CELL_SEL, ...,
    TYPE:4, SEL_LEFT, SEL_TOP, SEL_RIGHT, SEL_BOTTOM}``. Labels, formats and
    /COLUMN_MAJOR tables of structures are kept or refused, not drawn.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> import numpy as np
    >>> base = idl.widget_base()
    >>> t = idl.widget_table(base, value=np.arange(6, dtype=np.int32).reshape(2, 3), editable=True)
    >>> idl.widget_control(base, realize=True)
    >>> ev = widgets.edit_cell(t, 2, 1, '50')
    >>> idl.widget_control(t, get_value=True).get_value.tolist()
    [[0, 1, 2], [3, 4, 50]]
    >>> int(ev.X[0]), int(ev.Y[0]), int(ev.CH[0])
    (2, 1, 10)
    >>> idl.widget_control(base, destroy=True)
    """
    if column_major:
        raise CompatValueError("COLUMN_MAJOR tables are not supported here: pass the "
                               "transposed array.")
    opts = _look("WIDGET_TABLE", look)
    if value is None:
        cells = np.zeros((6 if ysize is None else int(ysize),
                          6 if xsize is None else int(xsize)), dtype=np.float32)
    else:
        cells = table_value(value)
    opts.update(editable=bool(editable), all_events=bool(all_events),
                row_labels=_strings(row_labels), column_labels=_strings(column_labels),
                format=format)
    w = T.new("TABLE", parent, options=opts)
    w.value = cells
    w.selection = None
    _common(w, **_handlers(uvalue=uvalue, uname=uname, event_pro=event_pro,
                           event_func=event_func, kill_notify=kill_notify,
                           notify_realize=notify_realize, func_get_value=func_get_value,
                           pro_set_value=pro_set_value, sensitive=sensitive, map=map))
    return _lid(w)
