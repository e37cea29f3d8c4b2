"""Searching and copying MATLAB's graphics object tree: ``findobj``'s walk and its
query grammar, ``allchild``, ``ancestor``, ``copyobj`` and deleting handles.

The tree is :mod:`compat._core.graphics_objects`' (one per Python session). What is
computed here, and the rule it follows:

- **the walk** (``findobj``, ``findall``): the given objects first, then level by level
  -- every child of the first level, in each parent's ``Children`` order (newest
  first), then the grandchildren ... -- down to ``-depth`` levels (``'flat'`` is depth
  0). This is GNU Octave 7.3's order (its findobj.m collects ``get(h, 'children')``
  level by level; its own test expects ``[hf; hax2; hax1; hl2; hl1]`` for a figure with
  two axes of one line each); MATLAB's reference page states no order and prints only
  one-axes examples, whose order is the same either way.
- **hidden handles**: ``findobj`` neither lists an object whose HandleVisibility hides
  it (:func:`compat._core.graphics_objects.handle_visible`: 'off', or 'callback'
  outside a callback, unless the root's ShowHiddenHandles is 'on') nor searches below
  it, as MATLAB's page says; ``findall``/``allchild`` list every object, and an axes'
  hidden children include its Title, ZLabel, YLabel and XLabel text objects after the
  plotted children, in that order (Octave 7.3's order).
- **the query**: terms ``name, value`` (the property equals the value), ``-property
  name`` (the object has it), ``-regexp name pattern`` (the text value matches, Python
  ``re.search``), a term in a list (MATLAB's cell ``{...}``: a parenthesised group), each
  optionally preceded by ``-not``; joined by ``-and`` (also when no operator is given),
  ``-or``, ``-xor``; ``-not`` binds tightest, then ``-and``, ``-or``, ``-xor`` (Octave
  7.3's precedence list in findobj.m). Property names match whole, in any case;
  an object without the property does not match (so ``-not`` of it does).
- **equality**: text equals text ignoring case (``'Type', 'Line'`` finds lines, as
  in both programs); numbers equal numbers of the same count element by element (NaN
  never equal); handles by identity (a figure also by its number, the root by 0);
  lists (cells) element by element. A text value for a numeric property is first read
  as the property reads it when set (``'Color', 'r'`` finds red lines: MATLAB's old
  reference example; Octave compares 'r' with [1 0 0] and finds none).
"""

from __future__ import annotations

import copy
import re

import numpy as np

from compat._core import graphics_objects as go
from compat._core.errors import CompatTypeError, CompatValueError

__all__ = ["children_of", "walk", "parse_query", "matches", "find_objects",
           "ancestor_of", "copy_object", "delete_objects", "has_property",
           "graphics_arguments"]

_OPERATORS = ("-and", "-or", "-xor")


# --------------------------------------------------------------------------------------
# the tree
# --------------------------------------------------------------------------------------
def children_of(obj, hidden: bool) -> list:
    """The children of ``obj`` in MATLAB's order: the visible ones (``hidden`` False, as
    ``Children``) or all of them, an axes' label texts last (``allchild``)."""
    kids = [c for c in obj._children if not c._deleted]
    if not hidden:
        return [c for c in kids if go.handle_visible(c)]
    if isinstance(obj, go.Axes):
        kids += [obj._labels[k] for k in ("Title", "ZLabel", "YLabel", "XLabel")
                 if k in obj._labels]
    return kids


def walk(handles, depth=np.inf, hidden: bool = False) -> list:
    """The objects ``handles`` and their descendants down to ``depth`` levels, level by
    level (the walk described in the module's docstring)."""
    found = list(handles)
    level = list(handles)
    d = 0
    while level and d < depth:
        level = [c for h in level for c in children_of(h, hidden)]
        found += level
        d += 1
    return found


# --------------------------------------------------------------------------------------
# the query
# --------------------------------------------------------------------------------------
def _text(value):
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, np.ndarray) and value.dtype.kind == "U" and value.size == 1:
        return str(value.reshape(-1)[0])
    return value


def parse_query(args) -> list | None:
    """The query of ``findobj``'s arguments as an expression: a list
    ``[term, op, term, op, ...]`` whose terms are ``('eq', name, value)``,
    ``('property', name)``, ``('regexp', name, pattern)``, ``('not', term)`` or
    ``('group', expression)``; None when there is no query (every object matches)."""
    args = list(args)
    if not args:
        return None
    expression = []
    i = 0
    while i < len(args):
        if expression and not isinstance(expression[-1], str):
            op = _text(args[i])
            if isinstance(op, str) and op.lower() in _OPERATORS:
                expression.append(op.lower())
                i += 1
                if i == len(args):
                    raise CompatValueError(f"Missing a search term after '{op}'")
            else:
                expression.append("-and")
        term, i = _term(args, i)
        expression.append(term)
    return expression


def _term(args, i):
    a = _text(args[i])
    if isinstance(a, (list, tuple)):
        inner = parse_query(a)
        if inner is None:
            raise CompatValueError("An empty group {} is not a search term")
        return ("group", inner), i + 1
    if not isinstance(a, str):
        raise CompatTypeError(f"Expected a property name or an option, got {a!r}")
    key = a.lower()
    if key == "-not":
        if i + 1 == len(args):
            raise CompatValueError("Missing a search term after '-not'")
        term, j = _term(args, i + 1)
        return ("not", term), j
    if key == "-property":
        if i + 1 == len(args):
            raise CompatValueError("'-property' needs a property name")
        return ("property", _name(args[i + 1])), i + 2
    if key == "-regexp":
        if i + 2 >= len(args):
            raise CompatValueError("'-regexp' needs a property name and a pattern")
        pattern = _text(args[i + 2])
        if not isinstance(pattern, str):
            raise CompatTypeError("The '-regexp' pattern must be text")
        try:
            compiled = re.compile(pattern)
        except re.error as error:
            raise CompatValueError(f"Invalid regular expression {pattern!r}: "
                                   f"{error}") from None
        return ("regexp", _name(args[i + 1]), compiled), i + 3
    if key.startswith("-") or key == "flat":
        raise CompatValueError(f"Invalid option '{a}' here: the options are '-and', "
                               "'-or', '-xor', '-not', '-property', '-regexp', "
                               "'-depth' d and 'flat' (right after the handles)")
    if i + 1 == len(args):
        raise CompatValueError(f"Property '{a}' has no value to search for")
    return ("eq", a, args[i + 1]), i + 2


def _name(value):
    value = _text(value)
    if not isinstance(value, str):
        raise CompatTypeError("A property name must be text")
    return value


def _lookup(obj, name):
    """``(found, value)``: the property of that whole name, in any case."""
    lowered = name.lower()
    for n in obj._names():
        if n.lower() == lowered:
            return True, obj.get(n)
    return False, None


def has_property(obj, name) -> bool:
    return _lookup(obj, name)[0]


def _equal(have, want, obj=None, name=None) -> bool:
    want = _text(want)
    if isinstance(have, go.GraphicsArray) and len(have) <= 1:
        have = have[0] if have else None
    if isinstance(have, go.GraphicsObject) or have is None:
        if isinstance(want, go.GraphicsArray) and len(want) == 1:
            want = want[0]
        if isinstance(want, go.GraphicsObject) or have is None:
            return want is have or (have is None and np.size(want) == 0
                                    and not isinstance(want, str))
        try:
            number = float(np.asarray(want).reshape(()))
        except (TypeError, ValueError):
            return False
        if isinstance(have, go.Root):
            return number == 0
        return isinstance(have, go.Figure) and number == have._props["Number"]
    if isinstance(have, str):
        return isinstance(want, str) and have.lower() == want.lower()
    if isinstance(have, (list, tuple)):
        if isinstance(want, str) or not isinstance(want, (list, tuple)) or \
                len(want) != len(have):
            return False
        return all(_equal(h, w) for h, w in zip(have, want))
    if isinstance(have, dict):
        return isinstance(want, dict) and _dict_equal(have, want)
    if isinstance(want, str) and obj is not None:
        try:  # read the text as the property reads it ('r' -> [1 0 0])
            spec = obj._all_properties().get(obj.resolve(name))
            if spec is None or spec[1] is None:
                return False
            want = spec[1](want)
        except (CompatValueError, CompatTypeError):
            return False
        if isinstance(want, str):
            return False
    try:
        h = np.asarray(have)
        w = np.asarray(want)
        if h.dtype.kind not in "biuf" or w.dtype.kind not in "biuf":
            return False
        return h.size == w.size and bool(np.all(h.ravel() == w.ravel()))
    except (TypeError, ValueError):
        return False


def _dict_equal(a, b):
    if a.keys() != b.keys():
        return False
    for k in a:
        x, y = a[k], b[k]
        if isinstance(x, str) or isinstance(y, str):
            if x != y:
                return False
        elif isinstance(x, dict) or isinstance(y, dict):
            if not (isinstance(x, dict) and isinstance(y, dict) and _dict_equal(x, y)):
                return False
        else:
            try:
                if not np.array_equal(np.asarray(x), np.asarray(y)):
                    return False
            except (TypeError, ValueError):
                if x is not y:
                    return False
    return True


def _evaluate_term(term, obj) -> bool:
    kind = term[0]
    if kind == "not":
        return not _evaluate_term(term[1], obj)
    if kind == "group":
        return matches(term[1], obj)
    found, value = _lookup(obj, term[1])
    if not found:
        return False
    if kind == "property":
        return True
    if kind == "regexp":
        value = _text(value)
        return isinstance(value, str) and term[2].search(value) is not None
    return _equal(value, term[2], obj, term[1])


def matches(expression, obj) -> bool:
    """Whether ``obj`` satisfies the parsed query (None: always)."""
    if expression is None:
        return True
    values = [_evaluate_term(t, obj) if not isinstance(t, str) else t
              for t in expression]
    for op, combine in (("-and", lambda a, b: a and b), ("-or", lambda a, b: a or b),
                        ("-xor", lambda a, b: a != b)):
        out = [values[0]]
        for k in range(1, len(values), 2):
            if values[k] == op:
                out[-1] = combine(out[-1], values[k + 1])
            else:
                out += [values[k], values[k + 1]]
        values = out
    return bool(values[0])


def find_objects(handles, args, hidden: bool) -> go.GraphicsArray:
    """``findobj``/``findall`` over resolved ``handles`` with the remaining
    arguments ``args`` (``'flat'`` first, ``'-depth', d`` anywhere, the query)."""
    args = list(args)
    depth = np.inf
    if args and isinstance(_text(args[0]), str) and _text(args[0]).lower() == "flat":
        depth, args = 0, args[1:]
    rest = []
    i = 0
    while i < len(args):
        a = _text(args[i])
        if isinstance(a, str) and a.lower() == "-depth":
            if i + 1 == len(args):
                raise CompatValueError("'-depth' needs a number of levels")
            d = np.asarray(args[i + 1], dtype=np.float64) if not isinstance(
                _text(args[i + 1]), str) else np.array(np.nan)
            if d.size != 1 or not (d >= 0) or (np.isfinite(d) and d != np.floor(d)):
                raise CompatValueError("'-depth' must be followed by a nonnegative "
                                       "integer or Inf")
            depth = float(d.reshape(()))
            i += 2
            continue
        rest.append(args[i])
        i += 1
    expression = parse_query(rest)
    return go.GraphicsArray(h for h in walk(handles, depth, hidden)
                            if matches(expression, h))


# --------------------------------------------------------------------------------------
# ancestor, copyobj, delete
# --------------------------------------------------------------------------------------
def ancestor_of(obj, types, toplevel: bool = False):
    """The nearest (``toplevel``: the farthest) of ``obj`` and its ancestors whose
    Type is in ``types`` (lower-case names); None when none is."""
    found = None
    up = obj
    while up is not None:
        if up.Type.lower() in types:
            found = up
            if not toplevel:
                break
        up = up._parent
    return found


_PARENTS = {"figure": (go.Root,), "axes": (go.Figure,), "root": ()}


def _allowed_parent(obj, parent) -> bool:
    kinds = _PARENTS.get(obj.Type)
    if kinds is not None:
        return isinstance(parent, kinds)
    if isinstance(obj, (go.Line, go.Text)):
        return isinstance(parent, go.Axes)
    return not isinstance(parent, go.Root)


def _is_callback(name) -> bool:
    return name.endswith("Fcn") or name.endswith("Callback")


def copy_object(obj, parent, legacy: bool = False):
    """A deep copy of ``obj`` and all its descendants (hidden ones too) as the newest
    child of ``parent``; a copied figure takes the lowest free figure number. Callback
    properties (names ending in ``Fcn`` or ``Callback``) are reset to their defaults, as MATLAB's copyobj does since R2014b (``'legacy'`` keeps them)."""
    if not _allowed_parent(obj, parent):
        raise CompatValueError(f"A {obj.Type} cannot be a child of a {parent.Type}")
    r = go.root()
    memo = {id(obj._parent): parent, id(r): r}
    new = copy.deepcopy(obj, memo)
    if not legacy:
        for o in walk([new], hidden=True):
            for name, (default, _) in o._all_properties().items():
                if _is_callback(name):
                    o._props[name] = default() if callable(default) else default
    object.__setattr__(new, "_parent", parent)
    parent._children.insert(0, new)
    if isinstance(new, go.Figure):
        used = {f._props["Number"] for f in r.figures() if f is not new}
        number = 1
        while number in used:
            number += 1
        new._props["Number"] = number
    return new


def delete_objects(objects) -> None:
    """Delete graphics objects (and their descendants); the root cannot be deleted."""
    for obj in objects:
        if isinstance(obj, go.Root):
            raise CompatValueError("The root object cannot be deleted")
        if obj._deleted:
            raise CompatValueError("Invalid or deleted object.")
    for obj in objects:
        if not obj._deleted:
            obj.delete()


def graphics_arguments(values) -> list | None:
    """The graphics objects ``delete``'s arguments name when they are handles (objects,
    graphics arrays or lists of objects, figure numbers, 0), else None (file names)."""
    objects = []
    for v in values:
        if isinstance(v, go.GraphicsObject):
            objects.append(v)
        elif isinstance(v, (list, tuple)) and all(isinstance(x, go.GraphicsObject)
                                                  for x in v):
            objects += list(v)
        elif isinstance(v, (int, float, np.integer, np.floating, np.ndarray)) and \
                not isinstance(v, (bool, np.bool_)) and np.asarray(v).dtype.kind in "iuf":
            for number in np.asarray(v, dtype=np.float64).ravel(order="F"):
                obj = go.root() if number == 0 else go.root().figure_by_number(number)
                if obj is None:
                    raise CompatValueError("Invalid or deleted object.")
                objects.append(obj)
        else:
            return None
    return objects
