"""MATLAB's function-call helpers: ``deal`` (copy inputs to outputs) and ``feval``
(call a function given by handle or by name).

Python has what both do (tuple unpacking, calling an object), so the family only keeps
MATLAB's rules where a port meets them: ``deal``'s output count, and ``feval``'s name
lookup, which in a port goes to compat's MATLAB functions first.
"""

from __future__ import annotations

import copy
import inspect
import os
import sys

import numpy as np

from compat._core.args import by_value
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_class
from compat._core.results import Result

__all__ = ["deal", "feval", "DealResult"]

#: deal's most outputs
_MAX_OUTPUTS = 64


class DealResult(Result):
    """``[Y1, ..., Yn] = deal(...)``: the outputs ``Y1``, ``Y2``, ... as requested."""

    request_style = "nargout"
    __annotations__ = {f"Y{k}": "object" for k in range(1, _MAX_OUTPUTS + 1)}


def _copy(value):
    """MATLAB's value semantics: each output is its own copy."""
    if isinstance(value, np.ndarray):
        return value.copy()
    if isinstance(value, (list, dict, tuple, set)):
        return copy.deepcopy(value)
    return value


@matlab_function("deal", nargout=_MAX_OUTPUTS)
def deal(*inputs, nargout=1):
    """Distribute inputs to outputs, as MATLAB's ``deal``.

    MATLAB call forms::

        [B1, ..., Bn] = deal(A)              ->  b1, b2 = deal(A, nargout=2)
        [B1, ..., Bn] = deal(A1, ..., An)    ->  b1, b2 = deal(a1, a2, nargout=2)
        [s.f] = deal(c{:})                   ->  unpack the list: deal(*c, nargout=len(c))

    Parameters
    ----------
    inputs : any
        One value (copied to every output) or one value per output.
    nargout : int
        The number of outputs (1 to 64), as MATLAB's ``nargout``.

    Returns
    -------
    DealResult (a tuple) or the value itself for ``nargout=1``
        ``Y1 ... Yn``: copies of the inputs (arrays, lists and dicts are copied, so
        writing into one output does not change another: MATLAB's value semantics).

    Raises
    ------
    ValueError
        ``"deal: The number of outputs should match the number of inputs."`` when
        several inputs are given and ``nargout`` differs from their number (MATLAB's
        ``MATLAB:deal:narginNargoutMismatch``; GNU Octave says "nargin > 1 and nargin
        != nargout").
    TypeError
        No input ("Not enough input arguments.").

    Notes
    -----
    The Python idiom is unpacking: ``b1, b2 = a1, a2`` and ``b1 = b2 = A`` -- but the
    second binds one array to both names, so writing into ``b1`` changes ``b2``;
    ``deal`` copies, as MATLAB does.

    Sources: MATLAB ``deal`` reference page (call forms, message); checked against GNU
    Octave 7.3 (reference_outputs/matlab/language).

    Examples
    --------
    >>> from compat.matlab import deal
    >>> a, b = deal(7, nargout=2)
    >>> a, b
    (7, 7)
    >>> x, y = deal([1, 2], 'text', nargout=2)
    >>> x, y
    ([1, 2], 'text')
    """
    if not inputs:
        raise CompatTypeError("Not enough input arguments.")
    if len(inputs) == 1:
        values = [_copy(inputs[0]) for _ in range(nargout)]
    elif nargout != len(inputs):
        raise CompatValueError("The number of outputs should match the number of inputs.")
    else:
        values = [_copy(v) for v in inputs]
    return DealResult.first(nargout, *values)


_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


def _caller_globals() -> dict:
    """The globals of the first frame outside compat (the user's module)."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame = frame.f_back
    return {} if frame is None else frame.f_globals


def _resolve(name: str, args):
    from compat import matlab

    for candidate in (name, name.lower()):
        if candidate in matlab.__all__:
            return getattr(matlab, candidate)
    namespace = _caller_globals()
    if callable(namespace.get(name)):
        return namespace[name]
    function = getattr(np, name, None)
    if isinstance(function, np.ufunc):
        return function
    kind = f" for input arguments of type '{matlab_class(args[0])}'" if args and \
        not isinstance(args[0], (str, list, dict)) else ""
    raise CompatValueError(f"Undefined function '{name}'{kind}.")


def _takes_nargout(function) -> bool:
    try:
        return "nargout" in inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False


@matlab_function("feval", nargout=_MAX_OUTPUTS)
def feval(fun, *args, nargout=1):
    """Evaluate a function given by handle or by name, as MATLAB's ``feval``.

    MATLAB call forms::

        [y1, ..., yN] = feval(fun, x1, ..., xM)   ->  feval(fun, x1, x2, nargout=N)
        y = feval('sin', 0)                        ->  feval('sin', 0)
        y = feval(@myfun, x)                       ->  feval(myfun, x)

    Parameters
    ----------
    fun : callable or str
        A callable (MATLAB's function handle) is called as is. A name is looked up, in
        this order: the functions of ``compat.matlab`` (MATLAB's spelling or its lower
        case: ``'interp1'``, ``'verLessThan'``); then the globals of the module that
        called ``feval`` (the port's own functions, where MATLAB would search its
        path); then numpy's element-wise functions (``'sin'``, ``'exp'``: the MATLAB
        built-ins whose numpy call behaves the same).
    args : any
        The function's arguments.
    nargout : int
        The number of outputs requested. A function that takes ``nargout`` (compat's
        MATLAB functions, ports written in their style) receives it; another function
        is called plainly, and for ``nargout > 1`` its result must be a tuple, whose
        first ``nargout`` items are returned.

    Returns
    -------
    The function's result (a tuple of ``nargout`` outputs for ``nargout > 1``).

    Raises
    ------
    ValueError
        ``"feval: Undefined function 'name' for input arguments of type 'double'."``
        (MATLAB's wording) when a name resolves to nothing; a function returning fewer
        outputs than requested: ``"feval: Too many output arguments."``.
    TypeError
        ``fun`` neither callable nor a name.

    Notes
    -----
    In Python ``feval(f, x)`` is ``f(x)``; a name needs a lookup that Python's
    ``globals()[name]`` does only in one module, and ``eval(name)`` runs arbitrary text.

    Sources: MATLAB ``feval`` reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/language).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import feval
    >>> feval('nthroot', -27, 3)
    np.float64(-3.0)
    >>> feval(np.hypot, 3, 4)
    np.float64(5.0)
    >>> m, i = feval('max', [3, 9, 2], nargout=2)
    >>> m, i
    (np.float64(9.0), np.float64(2.0))
    """
    if isinstance(fun, str):
        function = _resolve(fun, args)
    elif callable(fun):
        function = by_value(fun)          # the arguments by value, as MATLAB passes them
    else:
        raise CompatTypeError("Argument must contain a character vector or function "
                              "handle.")
    if _takes_nargout(function):
        return function(*args, nargout=nargout)
    result = function(*args)
    if nargout == 1:
        return result
    if not isinstance(result, tuple) or len(result) < nargout:
        raise CompatValueError("Too many output arguments.")
    return tuple(result[:nargout])
