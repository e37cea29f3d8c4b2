"""IDL's PRINT layout of free-format output: the lines ``PRINT``/``PRINTF`` (and STRING's
``/PRINT``) write for a list of values without FORMAT, structures included, and the
fields of structures as FORMAT transfers them.

The text of each value comes from :mod:`compat._core.idl_number_text` (the free formats);
this module only lays the items out on lines (column 80, rows, planes, braces).
"""

from __future__ import annotations

import builtins

import numpy as np

from compat._core.idl_number_text import _fast_free, _free_element

__all__ = ["free_records", "structure_items"]


def free_records(args, width: int = 80) -> list[str]:
    """The lines PRINT writes for ``args`` without FORMAT (STRING's ``/PRINT``).

    Each scalar continues the current line; each array starts its elements where the
    line is and ends every row (IDL's first dimension) with a new line, with an empty
    line between 2-D planes. An element that would pass column ``width`` starts a new
    line first. String elements of an array are separated by one blank. Numbers use the
    free formats. A structure (compat's structured array; IDL's are arrays too) prints
    each element as ``{`` its fields ``}``, the elements of a row one after another and
    the row ending the line; inside a structure every string element is preceded by a
    blank, an array field ends its rows' lines, a nested structure does not end the
    line, ``{`` goes with the first field's text, and an item (``}`` too) that would
    reach column ``width`` starts a new line. (GDL 1.0.1's layout, which is IDL's for
    the cases in the golden suites.)
    """
    if len(args) == 1:
        fast = _fast_free_records(np.asarray(args[0]), width)
        if fast is not None:
            return fast
    lines, line = [], []
    pos = 0
    depth, opening = 0, ""  # inside how many structures; a "{" waiting for its field

    def put(text: str, size: int):
        nonlocal pos, line, opening
        if opening:
            text, size, opening = opening + text, size + len(opening), ""
        # inside a structure a line ends one column earlier (GDL 1.0.1)
        if pos + size > (width - 1 if depth else width) and pos > 0:
            lines.append("".join(line))
            line, pos = [], 0
        line.append(text)
        pos += size

    def newline():
        nonlocal pos, line
        lines.append("".join(line))
        line, pos = [], 0

    def structures(a: np.ndarray, nested: bool):
        nonlocal depth, opening
        rows = a.reshape(-1, a.shape[-1]) if a.ndim else a.reshape(1, 1)
        for row in rows:
            for element in row:
                depth += 1
                opening += "{"  # printed with the first field's first item
                for name in a.dtype.names:
                    emit(_field_value(element[name]), True)
                put("}", 1)
                depth -= 1
            if not nested:
                newline()

    def emit(a: np.ndarray, nested: bool):
        dtype = a.dtype
        if dtype.names is not None:
            structures(a, nested)
            return
        text = dtype.kind in "UO"
        if a.ndim == 0:
            s = str(a[()]) if text else _free_element(a[()], dtype)
            if text and nested:
                s = " " + s
            put(s, len(s))
            return
        d0 = a.shape[-1]
        rows = a.reshape(-1, d0)
        per_plane = a.shape[-2] if a.ndim >= 2 else 1
        for r, row in enumerate(rows):
            if text and nested:
                for item in row.tolist():
                    put(" " + str(item), len(str(item)) + 1)
            elif text:
                seen = False
                items = [str(item) for item in row.tolist()]
                for k, item in enumerate(items):
                    if k < len(items) - 1:
                        if item:
                            seen = True
                        if seen:
                            put(item + " ", len(item) + 1)
                    elif item:
                        put(item, len(item))
            else:
                for v in row:
                    s = _free_element(v, dtype)
                    put(s, len(s))
            newline()
            if (r + 1) % per_plane == 0 and r + 1 < len(rows):
                newline()

    for a in args:
        emit(np.asarray(a), False)
    if line or not lines:
        lines.append("".join(line))
    return lines


def _field_value(value) -> np.ndarray:
    """One field of a structure element as an array (a string field holds ``str``)."""
    if isinstance(value, np.ndarray) and value.dtype.names is not None:
        return value
    return np.asarray(value)


def structure_items(args) -> list:
    """``args`` with every structure replaced by its fields, element by element and
    field by field, nested structures opened: what FORMAT transfers (IDL processes a
    structure's fields in order, as if each were listed)."""
    out = []
    for a in args:
        a = a if isinstance(a, np.ndarray) else np.asarray(a)
        if a.dtype.names is None:
            out.append(a)
            continue
        for element in a.ravel():
            out += structure_items([_field_value(element[name])
                                    for name in a.dtype.names])
    return out


def _fast_free_records(a: np.ndarray, width: int) -> list[str] | None:
    """:func:`free_records` of one integer or float array, vectorised (None: general).

    Every element's free text has the type's fixed width ``w`` here, so a line holds
    ``max(1, width // w)`` elements: each row is cut into such lines, and planes are
    separated by an empty line, as the general path lays them out one by one."""
    if a.ndim == 0:
        return None
    texts = _fast_free(a)
    if texts is None:
        return None
    w = int(texts.dtype.itemsize // 4)
    if w == 0 or np.any(np.char.str_len(texts) != w):
        return None
    per_line = builtins.max(1, width // w)
    d0 = a.shape[-1]
    rows = np.ascontiguousarray(texts).reshape(-1, d0)
    n_rows = rows.shape[0]
    full, rest = divmod(d0, per_line)
    parts = []
    if full:
        body = np.ascontiguousarray(rows[:, :full * per_line])
        parts.append(body.view(f"<U{w * per_line}").reshape(n_rows, full))
    if rest:
        tail = np.ascontiguousarray(rows[:, full * per_line:])
        parts.append(tail.view(f"<U{w * rest}").reshape(n_rows, 1))
    lines = np.concatenate(parts, axis=1) if len(parts) > 1 else parts[0]
    per_plane = a.shape[-2] if a.ndim >= 2 else 1
    planes = n_rows // per_plane
    if planes > 1:
        lines = lines.reshape(planes, -1)
        blank = np.full((planes, 1), "", dtype=lines.dtype)
        lines = np.concatenate([lines, blank], axis=1).reshape(-1)[:-1]
    return lines.reshape(-1).tolist()
