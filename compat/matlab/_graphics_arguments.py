"""The argument grammar the MATLAB graphics families share: handles (objects, figure
numbers, 0 for the root), name-value pairs, a leading axes argument, and MATLAB's
``newplot`` (the axes a plotting command draws in, reset unless hold is on)."""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core.errors import CompatTypeError, CompatValueError


# --------------------------------------------------------------------------------------
# arguments
# --------------------------------------------------------------------------------------
def _is_text(value) -> bool:
    return isinstance(value, (str, bytes)) or (
        isinstance(value, np.ndarray) and value.dtype.kind == "U" and value.size == 1)


def _str(value) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, np.ndarray):
        return str(value.reshape(-1)[0])
    return value


def _handle(value, kinds=None):
    """The graphics object a MATLAB handle argument names (object, figure number, 0)."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, go.GraphicsObject):
        obj = value
    elif isinstance(value, (int, float, np.integer, np.floating, np.ndarray)) and \
            np.size(value) == 1 and not isinstance(value, (bool, np.bool_)):
        number = float(np.asarray(value).reshape(()))
        obj = go.root() if number == 0 else go.root().figure_by_number(number)
        if obj is None:
            raise CompatValueError(f"Invalid or deleted object: no figure {number:g}")
    else:
        raise CompatTypeError("Expected a graphics handle (an object, a figure number "
                              "or 0 for the root)")
    if obj._deleted:
        raise CompatValueError("Invalid or deleted object.")
    if kinds is not None and not isinstance(obj, kinds):
        names = " or ".join(k.Type for k in (kinds if isinstance(kinds, tuple)
                                              else (kinds,)))
        raise CompatValueError(f"Expected a handle to a {names}, not a {obj.Type}")
    return obj


def _pairs(args, kwargs) -> list:
    """Name-value pairs from trailing positional arguments and keywords."""
    if len(args) % 2:
        raise CompatValueError("Name-value arguments must come in pairs: a property "
                               f"name without a value ({args[-1]!r})")
    pairs = []
    for i in range(0, len(args), 2):
        if not _is_text(args[i]):
            raise CompatValueError(f"Expected a property name, got {args[i]!r}")
        pairs.append((_str(args[i]), args[i + 1]))
    pairs.extend(kwargs.items())
    return pairs


def _apply(obj, pairs):
    for name, value in pairs:
        obj.set(name, value)


def _leading_axes(args):
    if args and isinstance(args[0], go.Axes):
        return _handle(args[0]), args[1:]
    return None, args


def _switch(args, is_on, words=("on", "off"), hint="'on' or 'off'"):
    """The switch grammar of ``hold``, ``grid`` and ``box``: an optional leading axes
    (default the current one), then no word (toggle: ``is_on(ax)`` tells the current
    state) or one of ``words``; returns ``(ax, state)`` with ``state`` lower case."""
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    if not rest:
        return ax, "off" if is_on(ax) else "on"
    state = _str(rest[0]).lower() if _is_text(rest[0]) else None
    if state not in words:
        raise CompatValueError(f"Unknown option {rest[0]!r}: use {hint}")
    return ax, state


def _new_plot(axes: go.Axes | None = None) -> go.Axes:
    """MATLAB's ``newplot``: the axes to draw in, reset unless hold is on."""
    if axes is None:
        figure = go.current_figure()
        if figure._props["NextPlot"] == "replace":
            for child in list(figure._children):
                child.delete()
        axes = figure.current_axes()
    if axes._props["NextPlot"] == "replace":
        axes.reset()
    elif axes._props["NextPlot"] == "replacechildren":
        axes.clear()
    return axes
