"""MATLAB's ``min`` and ``max``: extreme values along a dimension (with their indices,
``'linear'`` indices, nanflag, ``ComparisonMethod``) and the element-wise two-array form.

The legacy layer over :mod:`compat._core.extrema` (``omitnan`` is MATLAB's default for
min/max: NaN is ignored unless ``'includenan'``); the dimension grammar is
:mod:`compat.matlab._reduction_args`.
"""

from __future__ import annotations

import numpy as np

from compat.matlab._datetime_types import is_time_array
from compat._core.args import is_omitted, name_value
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.extrema import COMPARISONS, extremum, pairwise, running
from compat._core.legacy import matlab_function
from compat._core.results import Result
from compat.matlab._reduction_args import _DOCS, _axes, _data, _options, _scalar

__all__ = ["min", "max", "MinMaxResult", "cummax", "cummin", "bounds"]


class MinMaxResult(Result):
    """``[M, I] = min(...)`` / ``max(...)``: the extreme values and their indices."""

    request_style = "nargout"
    M: np.ndarray
    I: np.ndarray  # noqa: E741 - MATLAB's name


# --------------------------------------------------------------------------- min, max
_MINMAX = """{{title}} elements, as MATLAB's ``{{name}}``.

    MATLAB call forms::

        M = {{name}}(A)                        ->  {{name}}(A)
        M = {{name}}(A, [], 'all')             ->  {{name}}(A, [], 'all')
        M = {{name}}(A, [], dim)               ->  {{name}}(A, [], 2)
        M = {{name}}(A, [], vecdim)            ->  {{name}}(A, [], [1, 2])
        M = {{name}}(___, missingflag)         ->  {{name}}(A, [], 'includenan')
                                                  ('omitnan' default)
        [M, I] = {{name}}(___)                 ->  M, I = {{name}}(A, nargout=2)
        [M, I] = {{name}}(A, [], ___, 'linear')->  {{name}}(A, [], 2, 'linear', nargout=2)
        C = {{name}}(A, B)                     ->  {{name}}(A, B)
        C = {{name}}(A, B, missingflag)        ->  {{name}}(A, B, 'includenan')
        ___ = {{name}}(___, 'ComparisonMethod', method)   ('auto', 'abs', 'real';
                                                      also comparisonmethod='abs')

    Reduction form: along the first dimension whose size is not 1 (1-D input gives a
    numpy scalar). ``I`` is MATLAB's 1-based index (double) of the first {{extreme}}
    along the dimension; with 'all' or 'linear' it is the 1-based column-major linear
    index into ``A``. NaN is ignored unless 'includenan'; an all-NaN slice gives NaN
    and the index of its first NaN. ``{{name}}([])`` is ``[]`` (0x0).

    Two-array form: elementwise {{extreme}} with implicit expansion; NaN is ignored
    unless 'includenan'. Result class: an integer class if either input is integer (a
    double operand is rounded into it); single if either is single; logical for two
    logicals; otherwise double.

    Complex values compare by ``abs`` and, for equal magnitude, by ``angle``
    ('auto'/'abs'); 'real' compares real parts, then imaginary parts. Real values
    with 'abs' compare by magnitude (ties by angle: {{ties}}).

    Differences from the naive call: ``numpy.{{name}}``/``numpy.{{extreme}}`` propagate
    NaN (``numpy.{{name}}([1, nan])`` is nan; MATLAB's ``{{name}}([1 NaN])`` is 1);
    ``numpy.arg{{name}}`` is 0-based and flattens without ``axis``; numpy orders complex
    numbers by real part, MATLAB by magnitude; ``numpy.nan{{name}}`` warns and has no
    index output.

    Sources: MATLAB documentation of ``{{name}}`` (call forms, missingflag, 'linear',
    ComparisonMethod, index output, integer/single class rules); checked against GNU
    Octave 7.3 (NaN rules, complex ordering, indices).

    Notes
    -----
    Integer classes in the two-array form (golden suite ``matlab/reductions``, cases
    ``minmax_*``, ``max_double_uint8_saturates``, ``max_mixed_integer_classes_error``):

    * two different integer classes (int8 with int16, int8 with uint8) raise MATLAB's
      error "Integers can only be combined with integers of the same class, or scalar
      doubles" (Octave 7.3 returns the wider class instead: recorded divergence);
    * an integer with a double: the double is converted to the integer class as
      ``int8()``/``uint8()``... convert (round half away from zero, saturate), so
      ``{{name}}(1000, uint8(1))`` is ``uint8(255)`` (MATLAB Answers 31424 prints 255);
      the comparison is made in the integer class, exact for int64/uint64 beyond 2^53
      (``max(int64(2^53+1), 2^53)`` is 2^53+1); single with an integer gives the integer
      class;
    * a NaN in the double operand is ignored under 'omitnan' (the default: the integer
      element is returned; Octave 7.3 converts NaN to 0 first and compares 0, recorded
      divergence); under 'includenan' the result element is the NaN converted to the
      integer class, i.e. 0.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import {{name}}
    >>> {{name}}(np.array([[2.0, 8, 4], [7, 3, 9]]))                   # MATLAB doc example
    {{example_matrix}}
    >>> M, I = {{name}}(np.array([[3.0, np.nan, 5], [7, 1, np.nan]]), nargout=2)
    >>> M, I
    {{example_index}}
    >>> {{name}}(np.int8(5), 7.6)
    {{example_int}}
    """


def _extremum(which, A, args, nargout, kwargs):
    """``min``/``max``: the reduction form ``(A, [], dim|'all'|vecdim, nanflag,
    'linear')`` with an index output, and the two-array form ``(A, B, nanflag)``."""
    args = list(args)
    pos = []
    i = 0
    while i < len(args):  # a trailing name-value 'ComparisonMethod'
        a = args[i]
        if isinstance(a, str) and a.lower() == "comparisonmethod":
            if i + 1 >= len(args):
                raise CompatValueError("'ComparisonMethod' needs a value")
            kwargs = dict(kwargs)
            kwargs["ComparisonMethod"] = args[i + 1]
            i += 2
            continue
        pos.append(a)
        i += 1
    method = name_value(None, [], kwargs, {"ComparisonMethod": "auto"})["ComparisonMethod"]
    if not isinstance(method, str) or method.lower() not in COMPARISONS:
        raise CompatValueError(f"ComparisonMethod must be 'auto', 'abs' or 'real', got "
                               f"{method!r}")
    method = method.lower()
    a = _data(A)
    if pos and isinstance(pos[0], str):
        raise CompatTypeError(f"options need the form {which}(A, [], ...); got "
                              f"{which}(A, {pos[0]!r})")
    # MATLAB's placeholder [] is 0x0: a 3x0 or 0x3 second array is data (max(A, B)
    # of two 3x0 arrays is 3x0 in B's and A's common class, not a reduction of A)
    shaped_empty = isinstance(pos[0], np.ndarray) and pos[0].ndim >= 2 and \
        pos[0].shape != (0, 0) if pos else False
    if not pos or (is_omitted(pos[0]) and not shaped_empty):
        return _reduce(which, a, pos[1:], nargout, method)
    if nargout > 1:
        raise CompatValueError(f"{which.upper()} with two matrices to compare and two "
                               f"output arguments is not supported")
    b = _data(pos[0])
    opts = _options(pos[1:], 0, nanflag=True, allow_all=False)
    omit = True if opts["omitnan"] is None else opts["omitnan"]
    return _scalar(pairwise(a, b, which, omitnan=omit, comparison=method))


def _reduce(which, a, args, nargout, method):
    opts = _options(args, a.ndim, nanflag=True, extra=("linear",))
    omit = True if opts["omitnan"] is None else opts["omitnan"]
    linear = "linear" in opts["flags"]
    if a.size == 0 and opts["axes"] is None and a.shape == (0, 0):
        return MinMaxResult.first(nargout, np.empty((0, 0), dtype=a.dtype),
                                  np.empty((0, 0)))
    if nargout == 2 and opts["vecdim"] and not linear:
        raise CompatValueError("two outputs with vecdim need the 'linear' option")
    index = None if nargout == 1 else \
        "linear" if linear or opts["axes"] == "all" else "dim"
    M, I = extremum(a, _axes(opts["axes"], a.shape, zero_by_zero=False), which,
                    omitnan=omit, comparison=method, index=index)
    return MinMaxResult.first(nargout, _scalar(M), _scalar(I))


def _minmax(which: str, **fragments):
    """The MATLAB function ``which`` (min or max), documented and decorated."""
    def extreme(A, *args, nargout=1, **name_value):
        if is_time_array(A) and not args and not name_value and nargout == 1:
            return A.extreme(which == "max")     # datetime/duration: NaT omitted
        return _extremum(which, A, args, nargout, name_value)

    extreme.__name__ = extreme.__qualname__ = which
    extreme.__module__ = __name__
    extreme.__doc__ = _MINMAX
    return matlab_function(which, nargout=2, nan_option="with 'omitnan'")(
        _DOCS.named(**fragments)(extreme))


min = _minmax(  # noqa: A001 - MATLAB's name
    "min", title="Minimum", extreme="minimum", ties="a positive value is smaller",
    example_matrix="array([[2., 3., 4.]])",
    example_index="(array([[3., 1., 5.]]), array([[1., 2., 1.]]))",
    example_int="np.int8(5)")
max = _minmax(  # noqa: A001 - MATLAB's name
    "max", title="Maximum", extreme="maximum", ties="a negative value is larger",
    example_matrix="array([[7., 8., 9.]])",
    example_index="(array([[7., 1., 5.]]), array([[2., 2., 1.]]))",
    example_int="np.int8(8)")


# ------------------------------------------------------------- cummax, cummin, bounds
_RUNNING = """Cumulative {{extreme}}, as MATLAB's ``{{name}}``.

    MATLAB call forms::

        M = {{name}}(A)                 ->  {{name}}(A)
        M = {{name}}(A, dim)            ->  {{name}}(A, 2)
        M = {{name}}(___, direction)    ->  {{name}}(A, 3, 'reverse')   ('forward' default)
        M = {{name}}(___, nanflag)      ->  {{name}}(A, 'includenan')   ('omitnan' default)

    ``M`` has the size and class of ``A``: the running {{extreme}} along the first
    dimension whose size is not 1 (or ``dim``), from the end with 'reverse'. NaN is
    ignored by default (a NaN position keeps the running value; leading NaNs stay NaN);
    with 'includenan' the first NaN makes every later value NaN. Complex values compare
    by magnitude, then angle. numpy's ``{{ufunc}}.accumulate`` propagates NaN (MATLAB's
    'includenan') and flattens nothing but has no 'reverse'.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[3, 5, np.nan, 4], [2, 6, 2, 9], [1, 3, 0, np.nan]])
    >>> matlab.{{name}}(A, 'includenan')
    {{example}}
    """


def _running(which, A, args):
    a = _data(A)
    opts = _options(args, a.ndim, nanflag=True, allow_vecdim=False, allow_all=False,
                    extra=("forward", "reverse"))
    if {"forward", "reverse"} <= opts["flags"]:
        raise CompatValueError("give only one of 'forward' and 'reverse'")
    axis = _axes(opts["axes"], a.shape, zero_by_zero=False)[0]
    return running(a, axis, which, reverse="reverse" in opts["flags"],
                   omitnan=opts["omitnan"] is not False)


@matlab_function("cummax")
def cummax(A, *args):
    return _running("max", A, args)


@matlab_function("cummin")
def cummin(A, *args):
    return _running("min", A, args)


cummax.__doc__ = _RUNNING.replace("{{name}}", "cummax").replace(
    "{{extreme}}", "maximum").replace("{{ufunc}}", "np.maximum").replace(
    "{{example}}", "array([[ 3.,  5., nan,  4.],\n           [ 3.,  6., nan,  9.],\n"
                   "           [ 3.,  6., nan, nan]])")
cummin.__doc__ = _RUNNING.replace("{{name}}", "cummin").replace(
    "{{extreme}}", "minimum").replace("{{ufunc}}", "np.minimum").replace(
    "{{example}}", "array([[ 3.,  5., nan,  4.],\n           [ 2.,  5., nan,  4.],\n"
                   "           [ 1.,  3., nan, nan]])")


@matlab_function("bounds", nargout=2)
def bounds(A, *args, nargout=1):
    """Smallest and largest elements, as MATLAB's ``bounds``.

    MATLAB call forms::

        S = bounds(A)                  ->  bounds(A)
        [S, L] = bounds(A)             ->  S, L = bounds(A, nargout=2)
        [S, L] = bounds(A, 'all')      ->  bounds(A, 'all', nargout=2)
        [S, L] = bounds(A, dim)        ->  bounds(A, 2, nargout=2)
        [S, L] = bounds(A, vecdim)     ->  bounds(A, [1, 2], nargout=2)
        [S, L] = bounds(___, nanflag)  ->  bounds(A, 'includenan', nargout=2)

    ``min(A, [], ...)`` and ``max(A, [], ...)`` with the same dimension and NaN rules,
    returned together (numpy has no single call; ``np.min``/``np.max`` propagate NaN).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.bounds([2, 4, -1, 10, 6, 3, 0, -16], nargout=2)
    (np.float64(-16.0), np.float64(10.0))
    """
    s = _extreme_of("min", A, args)
    return (s, _extreme_of("max", A, args)) if nargout > 1 else s


def _extreme_of(which, A, args):
    """``min(A, [], args...)`` or ``max(A, [], args...)``."""
    return (min if which == "min" else max)(A, [], *args)
