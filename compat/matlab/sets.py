"""MATLAB's set operations: ``intersect``, ``union``, ``setdiff``, ``setxor``.

The legacy layer of the family: each function reads MATLAB's argument grammar
(``'rows'``, ``'sorted'``/``'stable'``, ``nargout``), brings numbers, text (char
vectors, cell arrays of character vectors, string arrays) and logical data to one
common class, calls the core :mod:`compat._core.sets` (MATLAB's sort order, shared with
``unique``) and gives the results MATLAB's form: ``C`` in MATLAB's orientation and
class, ``ia``/``ib`` as 1-based double column vectors.
"""

from __future__ import annotations

import numpy as np

from compat._core import sets as core
from compat._core.arrays import concatenate
from compat._core.cells import is_cell
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_text import text_items
from compat._core.matlab_types import matlab_array, matlab_class
from compat._core.results import Result

__all__ = ["intersect", "union", "setdiff", "setxor", "IntersectResult", "UnionResult",
           "SetdiffResult", "SetxorResult"]


class IntersectResult(Result):
    """``[C, ia, ib] = intersect(...)``."""

    request_style = "nargout"
    C: object
    ia: np.ndarray
    ib: np.ndarray


class UnionResult(Result):
    """``[C, ia, ib] = union(...)``."""

    request_style = "nargout"
    C: object
    ia: np.ndarray
    ib: np.ndarray


class SetxorResult(Result):
    """``[C, ia, ib] = setxor(...)``."""

    request_style = "nargout"
    C: object
    ia: np.ndarray
    ib: np.ndarray


class SetdiffResult(Result):
    """``[C, ia] = setdiff(...)``."""

    request_style = "nargout"
    C: object
    ia: np.ndarray


_OPTIONS = ("rows", "sorted", "stable", "legacy")

_DOCS = Fragments(
    inputs="""
        A, B : array_like, str, list of str
            Numeric, logical or char arrays of any shape (treated as ``A(:)``: the
            column-major order MATLAB stores), or text: a ``str`` is a char vector
            (a set of characters), a list of ``str`` a cell array of character vectors
            (a ``str`` beside a cell is one more element), a numpy ``str`` array a
            string array. Numbers of different classes meet in the class of ``[A; B]``
            (an integer class wins, then single, then double; char with numbers is
            char). A Python list of numbers is a MATLAB double literal.
        options : str
            'sorted' (default) or 'stable'; 'rows' (whole rows of matrices with the
            same number of columns; not for cells). 'legacy' (R2012b and before) is
            not reproduced and raises ValueError.""",
    orientation="""
        Orientation of ``C`` (MATLAB's documented rules, without 'rows'):
        {{rule}}; otherwise a column. A 1-D input counts as a row and a result whose
        orientation 1-D inputs decide is 1-D (conventions, section 3). A cell result
        is a flat ``list`` of ``str``; a char result a ``str``. ``ia``/``ib`` are
        always **1-based** indices (doubles) in column vectors (1-D with a 1-D
        ``C``), positions in ``A(:)`` (rows with 'rows').""",
    nan="""
        NaNs are never equal: each NaN is a distinct value, so NaN is in no
        intersection while every NaN of the inputs appears in a union, difference or
        exclusive-or (after the other values when sorted). ``-0`` equals ``0``.
        Complex values sort by ``abs`` then ``angle`` (as MATLAB's ``sort``); the
        index of a repeated value is its **first** occurrence.""",
    sources="""
        Sources: MATLAB ``{{name}}`` reference page (Description, Output Arguments:
        "the shape of C when the inputs are vectors or matrices", setOrder, 'rows',
        "NaN values are treated as distinct"). Checked against GNU Octave 7.3
        (reference_outputs/matlab/sets){{octave}}.""",
    rule="``C`` is a row when ``A`` and ``B`` are both row vectors",
    octave="",
)


def _documented(outputs: str, **fragments):
    """Decorator: the family's fragments, ``fragments``, and the call forms (aligned on
    the arrows) and parameters of a set function returning ``outputs`` ('C, ia, ib')."""
    def document(function):
        name, count = function.__name__, outputs.count(",") + 1
        forms = [(f"C = {name}(A, B)", f"{name}(A, B)"),
                 (f"C = {name}(A, B, setOrder)", f"{name}(A, B, 'stable')"),
                 (f"C = {name}(A, B, 'rows', ...)", f"{name}(A, B, 'rows')"),
                 (f"[{outputs}] = {name}(___)", f"{outputs} = {name}(A, B, nargout={count})")]
        width = max(len(left) for left, _ in forms) + 4
        call_forms = "\n".join(f"{left:<{width}}->  {right}" for left, right in forms)
        parameters = ("Parameters\n----------\n{{inputs}}\nnargout : {"
                      + ", ".join(str(n) for n in range(1, count + 1)) + "}")
        return _DOCS.named(call_forms=call_forms, parameters=parameters,
                           **fragments)(function)
    return document


# ------------------------------------------------------------------ argument reading
def _options(options) -> tuple[bool, bool]:
    seen = []
    for o in options:
        if not isinstance(o, str) or o.lower() not in _OPTIONS:
            raise CompatValueError(f"Invalid option {o!r}. The accepted options are "
                                   "'rows', 'sorted', 'stable' and 'legacy'.")
        seen.append(o.lower())
    if "legacy" in seen:
        raise CompatValueError("the 'legacy' behaviour (R2012b and before) is not "
                               "reproduced by compat; use the default or 'stable'")
    if "sorted" in seen and "stable" in seen:
        raise CompatValueError("Options 'sorted' and 'stable' are mutually exclusive.")
    return "rows" in seen, "stable" in seen


def _is_string_array(x) -> bool:
    """A numpy text array read element by element: a ``str`` array (as compat read
    string arrays before numpy's StringDType) or a ``StringDType`` array (a MATLAB
    string array, compat._core.matlab_text)."""
    return isinstance(x, np.ndarray) and x.dtype.kind in "UT"


def _text_kind(x) -> str | None:
    """'char' (a str), 'cell' (a cell of text), 'string' (numpy str array) or None."""
    if isinstance(x, str):
        return "char"
    if _is_string_array(x):
        return "string"
    if is_cell(x):
        return "cell"
    return None


def _cell_values(x, name: str) -> tuple[np.ndarray, bool, tuple]:
    """A cell of text (or a char vector beside a cell) as a 1-D str array, whether the
    input was 1-D (a list) and its MATLAB shape."""
    if isinstance(x, str):
        return np.array([x]), True, (1, 1)
    if isinstance(x, np.ndarray):
        flat = x.ravel(order="F")
        shape = x.shape if x.ndim == 2 else (1, x.size)
        one_d = x.ndim <= 1
    else:
        flat = list(x)
        shape, one_d = (1, len(flat)), True
    if not all(isinstance(v, str) for v in flat):
        raise CompatTypeError(f"{name} must be a cell array of character vectors when "
                              "the other input is text; got a cell holding other values")
    return np.array(list(flat), dtype=str), one_d, shape


class _Operand:
    """One input brought to MATLAB's form: ``values`` (A(:) as a 1-D array, or the
    matrix with 'rows'), its MATLAB shape and whether it was 1-D in Python."""

    def __init__(self, values, shape, one_d):
        self.values, self.shape, self.one_d = values, shape, one_d

    @property
    def is_row(self) -> bool:
        return len(self.shape) == 2 and self.shape[0] == 1


def _operands(A, B, rows: bool, keep_a_class: bool = False):
    """``(a, b, kind, cls)``: both inputs as :class:`_Operand` of one common class.
    ``kind`` is 'cell', 'string', 'char' or 'numeric'."""
    ka, kb = _text_kind(A), _text_kind(B)
    if ka in ("cell", "string") or kb in ("cell", "string"):
        for x, k, name in ((A, ka, "A"), (B, kb, "B")):
            if k is None:
                raise CompatTypeError(f"{name} must be a cell array of character vectors, "
                                      "a string array or a character vector when the "
                                      "other input is a cell or string array")
        if rows:
            raise CompatValueError("The 'rows' option is not supported for cell array "
                                   "inputs.")
        out = []
        for x, name in ((A, "A"), (B, "B")):
            if _is_string_array(x):
                if x.dtype.kind == "T":
                    text_items(x, name)          # a <missing> element is refused
                shape = x.shape if x.ndim == 2 else (1, x.size)
                flat = x.ravel(order="F")
                if x.dtype.kind == "T":              # numpy cannot cast it to str
                    flat = np.array(flat.tolist(), dtype=str)
                out.append(_Operand(np.asarray(flat, dtype=str), shape,
                                    x.ndim <= 1))
            else:
                vals, one_d, shape = _cell_values(x, name)
                out.append(_Operand(vals, shape, one_d))
        kind = "string" if "string" in (ka, kb) else "cell"
        return out[0], out[1], kind, kind
    arrays, classes, one_ds = [], [], []
    for x, name in ((A, "A"), (B, "B")):
        if isinstance(x, dict) or (isinstance(x, np.ndarray) and x.dtype == object):
            raise CompatTypeError(f"{name} must be numeric, logical, char or a cell array "
                                  "of character vectors")
        if isinstance(x, str):
            arrays.append(matlab_array(x, name, char="codes"))
            classes.append("char")
            one_ds.append(True)
        else:
            a = matlab_array(x, name)
            one_ds.append(a.ndim <= 1)
            arrays.append(a.reshape(1, -1) if a.ndim <= 1 else a)
            classes.append(matlab_class(a))
    shapes = [a.shape for a in arrays]
    if rows:
        for a in arrays:
            if a.ndim > 2:
                raise CompatValueError("The 'rows' option requires 2-D matrices.")
        if shapes[0][1] != shapes[1][1] and not (0 in shapes[0] and 0 in shapes[1]):
            raise CompatValueError("A and B must have the same number of columns with "
                                   f"the 'rows' option ({shapes[0][1]} and {shapes[1][1]}).")
    if keep_a_class:
        # setdiff: C holds elements of A in A's class; values compare by value (numpy
        # promotes the two for the comparison)
        vals = [a if rows else a.ravel(order="F") for a in arrays]
        cls = classes[0]
    else:
        # one class for both (MATLAB's [A; B] rules)
        both, cls = concatenate([a.reshape(-1, 1, order="F") for a in arrays], axis=0,
                                classes=classes)
        flat = both.ravel()
        na = arrays[0].size
        if rows:
            vals = [flat[:na].reshape(shapes[0], order="F"),
                    flat[na:].reshape(shapes[1], order="F")]
        else:
            vals = [flat[:na], flat[na:]]
    kind = "char" if cls == "char" else "numeric"
    return (_Operand(vals[0], shapes[0], one_ds[0]), _Operand(vals[1], shapes[1], one_ds[1]),
            kind, cls)


def _shape_c(values, kind: str, row: bool, one_d: bool):
    """``C`` in MATLAB's orientation and Python form."""
    if kind == "cell":
        return [str(v) for v in values]
    if kind == "char":
        text = "".join(chr(int(c)) for c in values)
        if row:
            return text
        return np.array(list(text), dtype=str)  # a char column: one character a row
    if one_d:
        return np.asarray(values).reshape(-1)
    return np.asarray(values).reshape((1, -1) if row else (-1, 1))


def _indices(index, one_d: bool) -> np.ndarray:
    out = np.asarray(index, dtype=np.float64) + 1.0
    return out.reshape(-1) if one_d else out.reshape(-1, 1)


def _run(op, A, B, options, *, c_rule: str):
    """Shared body: read, compute, shape. ``c_rule``: 'A' (setdiff: C is a row when
    A is) or 'both' (a row when A and B are both rows)."""
    rows, stable = _options(options)
    a, b, kind, cls = _operands(A, B, rows, keep_a_class=c_rule == "A")
    if rows:
        ma = a.values.reshape(a.shape) if a.values.ndim == 1 else a.values
        mb = b.values.reshape(b.shape) if b.values.ndim == 1 else b.values
        if ma.shape[1] != mb.shape[1]:  # 0x0 [] beside a matrix: no rows, its columns
            ma = ma.reshape(0, mb.shape[1]) if ma.size == 0 else ma
            mb = mb.reshape(0, ma.shape[1]) if mb.size == 0 else mb
        sel = op(ma, mb, rows=True, stable=stable)
        C = ma[sel.ia].copy() if c_rule == "A" else np.concatenate([ma, mb], axis=0)[sel.take]
        one_d = a.one_d and b.one_d and C.shape[0] == 1
        if one_d:
            C = C.reshape(-1)
        idx_1d = a.one_d and b.one_d
        return C, _indices(sel.ia, idx_1d), _indices(sel.ib, idx_1d)
    sel = op(a.values, b.values, stable=stable)
    if c_rule == "A":
        values = a.values[sel.ia]
    else:
        values = np.concatenate([a.values, b.values])[sel.take]
    deciders = [a] if c_rule == "A" else [a, b]
    row = all(d.is_row for d in deciders)
    one_d = row and all(d.one_d for d in deciders)
    if kind == "string":
        C = np.asarray(values, dtype=str)
        C = C.reshape(-1) if one_d else C.reshape((1, -1) if row else (-1, 1))
        if any(isinstance(x, np.ndarray) and x.dtype.kind == "T" for x in (A, B)):
            C = C.astype(np.dtypes.StringDType())    # a string array in, one out
    else:
        C = _shape_c(values, kind, row, one_d)
    idx_1d = one_d or kind == "cell"
    return C, _indices(sel.ia, idx_1d), _indices(sel.ib, idx_1d)


# ------------------------------------------------------------------------- functions
@matlab_function("intersect", nargout=3)
@_documented("C, ia, ib", octave="; Octave's ``ib`` with 'stable' is recorded as divergent")
def intersect(A, B, *options, nargout=1):
    """Set intersection of two arrays, as MATLAB's ``intersect``.

    MATLAB call forms::

        {{call_forms}}

    {{parameters}}

    Returns
    -------
    C
        The values (rows) common to ``A`` and ``B``, once each, sorted or in the
        order they appear in ``A`` ('stable').
    ia, ib : ndarray of float64
        ``C = A(ia)`` and ``C = B(ib)`` (``A(ia, :)`` with 'rows'): the first
        occurrences. ``nargout`` 2 or 3 returns an :class:`IntersectResult`.

    Notes
    -----
    {{orientation}}

    {{nan}}

    ``np.intersect1d(A, B, return_indices=True)`` flattens row-major (so ``ia`` of
    a matrix points at other elements), returns 0-based indices, has no 'stable' and
    no 'rows', and always returns 1-D.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import intersect
    >>> C, ia, ib = intersect([7, 1, 7, 7, 4], [7, 0, 4, 4, 0], nargout=3)
    >>> C, ia, ib
    (array([4., 7.]), array([5., 1.]), array([3., 1.]))
    >>> intersect(['a', 'b', 'c'], ['c', 'x', 'a'], 'stable')
    ['a', 'c']
    """
    C, ia, ib = _run(core.intersect, A, B, options, c_rule="both")
    return IntersectResult.first(nargout, C, ia, ib)


@matlab_function("union", nargout=3)
@_documented("C, ia, ib")
def union(A, B, *options, nargout=1):
    """Set union of two arrays, as MATLAB's ``union``.

    MATLAB call forms::

        {{call_forms}}

    {{parameters}}

    Returns
    -------
    C
        Every value (row) of ``A`` and ``B`` once, sorted; with 'stable' the values of
        ``A`` in their order of appearance, then those only in ``B`` in theirs.
    ia, ib : ndarray of float64
        ``C`` is the combination of ``A(ia)`` and ``B(ib)``: a value in both comes
        from ``A``; ``ib`` indexes the values only in ``B``. First occurrences.
        ``nargout`` 2 or 3 returns a :class:`UnionResult`.

    Notes
    -----
    {{orientation}}

    {{nan}}

    ``np.union1d`` has no index outputs, merges all NaNs into one, flattens
    row-major and has no 'stable' or 'rows'.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import union
    >>> C, ia, ib = union([5, 7, 1], [3, 1, 1], nargout=3)
    >>> C, ia, ib
    (array([1., 3., 5., 7.]), array([3., 1., 2.]), array([1.]))
    >>> union([5, 7, 1], [3, 1, 1], 'stable')
    array([5., 7., 1., 3.])
    """
    C, ia, ib = _run(core.union, A, B, options, c_rule="both")
    return UnionResult.first(nargout, C, ia, ib)


@matlab_function("setdiff", nargout=2)
@_documented("C, ia", rule="``C`` is a row when ``A`` is a row vector")
def setdiff(A, B, *options, nargout=1):
    """Set difference of two arrays, as MATLAB's ``setdiff``.

    MATLAB call forms::

        {{call_forms}}

    {{parameters}}

    Returns
    -------
    C
        The values (rows) of ``A`` that are not in ``B``, once each, sorted or in
        their order in ``A`` ('stable').
    ia : ndarray of float64
        ``C = A(ia)`` (``A(ia, :)``), first occurrences. ``nargout=2`` returns a
        :class:`SetdiffResult`.

    Notes
    -----
    {{orientation}}

    {{nan}}

    ``np.setdiff1d`` has no index output, merges all NaNs into one, flattens
    row-major and has no 'stable' or 'rows'.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import setdiff
    >>> C, ia = setdiff([3, 6, 2, 1, 5, 1, 1], [2, 4, 6], nargout=2)  # documentation
    >>> C, ia
    (array([1., 3., 5.]), array([4., 1., 5.]))
    >>> setdiff('hello', 'lo')
    'eh'
    """
    C, ia, _ = _run(core.setdiff, A, B, options, c_rule="A")
    return SetdiffResult.first(nargout, C, ia)


@matlab_function("setxor", nargout=3)
@_documented("C, ia, ib")
def setxor(A, B, *options, nargout=1):
    """Set exclusive OR of two arrays, as MATLAB's ``setxor``.

    MATLAB call forms::

        {{call_forms}}

    {{parameters}}

    Returns
    -------
    C
        The values (rows) in exactly one of ``A`` and ``B``, once each, sorted; with
        'stable' those of ``A`` in their order, then those of ``B`` in theirs.
    ia, ib : ndarray of float64
        ``C`` is the combination of ``A(ia)`` and ``B(ib)``, first occurrences.
        ``nargout`` 2 or 3 returns a :class:`SetxorResult`.

    Notes
    -----
    {{orientation}}

    {{nan}}

    ``np.setxor1d`` has no index outputs, merges NaNs, flattens row-major and has
    no 'stable' or 'rows'.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import setxor
    >>> C, ia, ib = setxor([5, 1, 3, 3, 3], [4, 1, 2], nargout=3)  # documentation
    >>> C, ia, ib
    (array([2., 3., 4., 5.]), array([3., 1.]), array([3., 1.]))
    """
    C, ia, ib = _run(core.setxor, A, B, options, c_rule="both")
    return SetxorResult.first(nargout, C, ia, ib)
