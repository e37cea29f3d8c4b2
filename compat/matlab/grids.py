"""MATLAB's grid family: ``colon`` (``a:b``, ``a:d:b``), ``linspace``, ``logspace``,
``meshgrid`` and ``ndgrid``.

The legacy layer: it reads MATLAB's operands (the first element of a non-scalar, char
operands, complex operands with MATLAB's warning, the class rules of integer, single
and char operands), returns MATLAB's rows and takes ``nargout``; the computations are
:mod:`compat._core.grids`.
"""

from __future__ import annotations

import numpy as np

from compat.matlab._datetime_types import is_time_array
from compat._core import grids as core
from compat._core.args import check_nargout
from compat._core.errors import (CompatTypeError, CompatValueError, MatlabWarning,
                                 issue_warning)
from compat._core.legacy import matlab_function
from compat._core.matlab_types import float_class, matlab_array, result_class
from compat._core.results import Result

__all__ = ["colon", "linspace", "logspace", "meshgrid", "ndgrid", "MeshgridResult",
           "NdgridResult"]

#: ndgrid's most outputs (one grid per dimension)
_MAX_GRIDS = 64


class MeshgridResult(Result):
    """``[X, Y, Z] = meshgrid(...)``: the grids, as many as requested."""

    request_style = "nargout"
    X: np.ndarray
    Y: np.ndarray
    Z: np.ndarray


class NdgridResult(Result):
    """``[X1, X2, ..., Xn] = ndgrid(...)``: one grid per dimension, as many as
    requested."""

    request_style = "nargout"
    __annotations__ = {f"X{k}": "np.ndarray" for k in range(1, _MAX_GRIDS + 1)}


# ------------------------------------------------------------------ colon
@matlab_function("colon")
def colon(a, d, b=None):
    """Regularly spaced row vector, as MATLAB's colon operator ``a:d:b``.

    MATLAB call forms::

        x = j:k          x = colon(j, k)      ->  colon(j, k)
        x = j:i:k        x = colon(j, i, k)   ->  colon(j, i, k)

    The result is a 1xN row (a 2-D array of shape ``(1, N)``, as MATLAB has it).

    How MATLAB builds ``a:d:b`` (double or single) -- not by ``a + k*d`` for all k:

    1. Number of intervals ``n = round((b-a)/d)`` (round half up), then with the
       tolerance ``tol = 2*eps(class)*max(|a|, |b|)``: if ``|a + n*d - b| < tol`` the
       last point *is* ``b``; otherwise, if ``a + n*d`` overshoots ``b``, one interval
       fewer (last point ``a + (n-1)*d``), else the last point is ``a + n*d``.
    2. The first half of the elements is computed forward from ``a`` as ``a + k*d``,
       the second half backward from the last point ``c`` as ``c - k*d``; when the
       number of intervals is even the middle element is ``(a + c)/2``. So the vector
       is symmetric about its midpoint and both ends are exact: ``2.0:0.2:2.4`` ends
       at exactly ``2.4``, and ``0:0.1:0.3`` differs from the first four elements of
       ``0:0.1:0.4`` in the last two bits-wise (as MATLAB prints). A one-element
       result is ``a`` (even when ``b`` is within the tolerance of it), as in the
       generated ``eml_float_colon``.

    Special cases (MATLAB documentation and ``colonop``): ``d == 0``, ``a < b`` with
    ``d < 0`` or ``a > b`` with ``d > 0`` give an empty 1x0; a NaN or Inf operand gives
    ``NaN`` (1x1) -- except an infinite step between finite ends, which gives ``a``
    alone (``n = round(finite/Inf) = 0``) -- and an empty operand gives 1x0.
    Non-scalar operands use their first element (MATLAB: ``j(1):i(1):k(1)``);
    complex operands use their real parts with MATLAB's warning "Colon operands must
    be real scalars." (:class:`compat.MatlabWarning`
    ``MATLAB:colon:operandsNotRealScalar``).

    Parameters
    ----------
    a, d, b : scalar or array_like
        ``colon(a, b)`` is ``a:1:b``. Python ints/floats and numpy scalars are double;
        numpy float32 is MATLAB single; numpy integer and bool arrays are MATLAB
        integer classes and logical; one-character strings are MATLAB char.

    Returns
    -------
    ndarray, shape (1, N)
        Class rules (MATLAB): any integer operand -> that integer class (all integer
        operands must have the same class; the others must be double); else any
        single -> single; char with char -> char (a Python str is returned);
        logical -> double.

    Raises
    ------
    TypeError
        ``"colon: Colon operands must be all the same type, or mixed with real double
        scalars."`` for two different integer classes, or an integer class with
        single.
    ValueError
        For a range too long to allocate (more than 2**31 - 1 elements here).

    Notes
    -----
    ``numpy.arange(2.0, 2.4, 0.2)`` gives ``[2.0, 2.2]`` (the end point is excluded by
    design and the count comes from ``ceil((stop-start)/step)`` without tolerance),
    and ``numpy.arange(2.0, 2.6, 0.2)`` gives four points ending near 2.6. Both
    ``numpy.arange`` and GNU Octave compute every element as ``a + k*d``, so their
    last elements are often one ulp away from MATLAB's (which lands on ``b``), and
    their second halves differ from MATLAB's in the last bits: neither is an oracle
    for MATLAB's colon.

    Integer classes: MATLAB's documentation is silent on how a double step mixes with
    an integer class; compat converts every operand to the integer class first
    (MATLAB's round-half-away and saturation rules; the step is rounded but not
    saturated, so ``uint8(5):-1:1`` counts down) and counts exactly in integers,
    which agrees with MATLAB whenever the operands are whole numbers.

    Sources: MathWorks technical solution 1-4FLI96 "How does the colon operator
    work?" (the ``colonop`` demonstration: first half forward, second half backward,
    midpoint, ``tol = 2*eps*max(abs(a),abs(b))``, non-finite -> NaN); the same
    algorithm in the C code MATLAB Coder generates for colon (``eml_float_colon``:
    ``n = floor((b-a)/d + 0.5)``, tolerance ``4.44e-16*max(|a|,|b|)``); the MATLAB
    ``colon`` reference page (empty results, ``fix``, first elements of
    non-scalars); MATLAB Answers "Floating Point Accuracy and COLON" (2012), which
    prints ``x - y(1:end-1) = 1.0e-16 * [0 0 -0.2776 -0.5551]`` for ``x = 0:0.1:0.3``,
    ``y = 0:0.1:0.4``.

    Examples
    --------
    User story 4:

    >>> from compat.matlab import colon
    >>> colon(2.0, 0.2, 2.4)
    array([[2. , 2.2, 2.4]])
    >>> colon(2.0, 0.2, 2.4)[0, -1] == 2.4
    np.True_
    >>> colon(1, 5)
    array([[1., 2., 3., 4., 5.]])
    >>> colon(10, -2, 0)
    array([[10.,  8.,  6.,  4.,  2.,  0.]])
    >>> colon(1, 0).shape
    (1, 0)
    >>> x = colon(0, 0.1, 0.3); y = colon(0, 0.1, 0.4)
    >>> (x - y[:, :4]) * 1e16        # MATLAB prints 1.0e-16 * [0 0 -0.2776 -0.5551]
    array([[ 0.        ,  0.        , -0.27755576, -0.55511151]])
    """
    if is_time_array(a) and b is not None:      # t1:step:t2 of datetimes
        return a.colon(d, b)
    if b is None:
        a, d, b = a, 1.0, d
    ops = [_operand(v) for v in (a, d, b)]
    if any(op is None for op in ops):
        return np.zeros((1, 0))
    kinds = [op.dtype for op in ops]
    ints = {k for k in kinds if k.kind in "iu"}
    if len(ints) > 1 or (ints and any(k == np.float32 for k in kinds)):
        raise CompatTypeError("Colon operands must be all the same type, or mixed with "
                              "real double scalars.")
    if ints:
        return core.integer_colon(ints.pop(), *ops).reshape(1, -1)
    if all(k.kind == "U" for k in (kinds[0], kinds[2])) and kinds[1].kind in "fbU":
        lo, hi = ord(str(ops[0])), ord(str(ops[2]))
        step = ops[1]
        step = ord(str(step)) if step.dtype.kind == "U" else float(step)
        codes = core.float_colon(float(lo), float(step), float(hi), np.float64)
        return "".join(chr(int(c)) for c in codes)
    if any(k.kind == "U" for k in kinds):
        ops = [np.float64(ord(str(op))) if op.dtype.kind == "U" else op for op in ops]
    dtype = float_class(*ops).type
    av, dv, bv = (dtype(op) for op in ops)
    return core.float_colon(av, dv, bv, dtype).reshape(1, -1)


def _operand(value):
    """First element of a MATLAB operand as a 0-d array (None if empty): char stays
    char, logical becomes double, complex its real part (with MATLAB's warning)."""
    if isinstance(value, str) or (isinstance(value, np.ndarray) and value.dtype.kind == "U"):
        text = np.asarray(value).reshape(-1)
        if text.size == 0 or (isinstance(value, str) and len(value) == 0):
            return None
        return np.array(value[0] if isinstance(value, str) else text[0])
    arr = matlab_array(value, "operands")
    if arr.size == 0:
        return None
    first = arr.reshape(-1)[0]
    if arr.dtype.kind == "c":
        issue_warning(MatlabWarning("Colon operands must be real scalars.",
                                    "MATLAB:colon:operandsNotRealScalar"))
        return np.array(np.float64(first.real) if arr.dtype == np.complex128
                        else np.float32(first.real))
    if arr.dtype.kind == "b":
        return np.array(float(first))
    return np.array(first)


# ------------------------------------------------------------------ linspace, logspace
def _scalar(value, what: str) -> np.ndarray:
    arr = matlab_array(value, what)
    if arr.size != 1:
        raise CompatValueError(f"Inputs must be scalars ({what} has {arr.size} elements).")
    return arr.reshape(())


def _linspace(a, b, n) -> np.ndarray:
    """linspace of the 0-d ``a``, ``b`` and ``n`` as MATLAB's 1xn row."""
    if n.dtype.kind == "c":
        n = n.real
    dtype = result_class(a, b).type
    return core.linspace(dtype(a), dtype(b), np.floor(np.float64(n)), dtype).reshape(1, -1)


@matlab_function("linspace")
def linspace(x1, x2, n=100):
    """Linearly spaced row vector, as MATLAB's ``linspace``.

    MATLAB call forms::

        y = linspace(x1, x2)      ->  linspace(x1, x2)        (100 points)
        y = linspace(x1, x2, n)   ->  linspace(x1, x2, n)

    Parameters
    ----------
    x1, x2 : scalar
        End points (real or complex; double or single).
    n : scalar, default 100
        Number of points; non-integer ``n`` is floored (``floor(double(n))``). ``n = 1``
        gives ``x2``; ``n <= 0`` gives an empty 1x0; ``n = NaN`` gives ``NaN``.

    Returns
    -------
    ndarray, shape (1, n)
        A row, single if ``x1`` or ``x2`` is single, complex if either is.

    Notes
    -----
    Current MATLAB computes ``y = x1 + (0:n-1).*(x2 - x1)./(n-1)`` (the product first,
    then the division), and then sets ``y(1) = x1`` and ``y(end) = x2`` (all elements to
    ``x1`` when ``x1 == x2``). When ``(x2 - x1)*(n-2)`` overflows it uses
    ``x1 + (0:n-1).*((x2 - x1)./(n-1))``, and when ``x2 - x1`` itself overflows
    ``x1 + (x2./(n-1)).*(0:n-1) - (x1./(n-1)).*(0:n-1)``.

    ``numpy.linspace`` computes ``x1 + k*step`` with ``step = (x2-x1)/(n-1)`` (a
    division first), so interior points can differ from MATLAB's in the last bit, and
    it returns a 1-D array; ``numpy.linspace(a, b, 0)`` agrees (empty), but a
    non-integer ``n`` raises there. GNU Octave 7.3 also divides first (``x1 +
    k*delta``), so it differs from MATLAB by an ulp or so at interior points; the end
    points agree.

    Sources: MATLAB ``linspace`` reference page (n = 1 gives x2, floor of n, class
    support, n = NaN gives NaN) and the algorithm of MATLAB's ``linspace.m`` (R2015a and later, as shown
    by ``type linspace``).

    Examples
    --------
    >>> from compat.matlab import linspace
    >>> linspace(0, 1, 5)
    array([[0.  , 0.25, 0.5 , 0.75, 1.  ]])
    >>> linspace(3, 7, 1)
    array([[7.]])
    >>> linspace(0, 1, 0).shape
    (1, 0)
    >>> linspace(0, 1, 2.9)              # n is floored
    array([[0., 1.]])

    MATLAB documentation example (printed ``-5.0000 -3.3333 -1.6667 0 1.6667 3.3333
    5.0000``):

    >>> linspace(-5, 5, 7)
    array([[-5.        , -3.33333333, -1.66666667,  0.        ,  1.66666667,
             3.33333333,  5.        ]])
    """
    return _linspace(_scalar(x1, "X1"), _scalar(x2, "X2"), _scalar(n, "N"))


@matlab_function("logspace")
def logspace(a, b, n=50):
    """Logarithmically spaced row vector, as MATLAB's ``logspace``.

    MATLAB call forms::

        y = logspace(a, b)      ->  logspace(a, b)       (50 points)
        y = logspace(a, b, n)   ->  logspace(a, b, n)

    Returns ``10 .^ linspace(a, b', n)`` as a 1xn row, where ``b' = log10(b)`` when
    ``b`` equals ``pi`` (double ``pi`` or ``single(pi)``) -- MATLAB's rule for digital
    signal processing: ``logspace(a, pi)`` spans ``10^a`` to ``pi``, not ``10^pi`` --
    and ``b' = b`` otherwise. ``n`` follows :func:`compat.matlab.linspace` (floored;
    1 gives ``10^b'``; 0 or less gives 1x0).

    Notes
    -----
    ``numpy.logspace(a, b, n)`` has no pi rule, computes ``base**linspace`` with numpy's
    linspace (which rounds differently from MATLAB's, see
    :func:`compat.matlab.linspace`) and returns a 1-D array. GNU Octave 7.3 applies
    the same pi rule; its linspace differs from MATLAB's by an ulp at interior points,
    which ``10.^`` magnifies to a few ulps.

    Source: MATLAB ``logspace`` reference page (pi rule, default 50, class support).

    Examples
    --------
    >>> from compat.matlab import logspace
    >>> logspace(0, 3, 4)
    array([[   1.,   10.,  100., 1000.]])
    >>> import numpy as np
    >>> logspace(0, np.pi, 3)            # ends at pi, not 10**pi
    array([[1.        , 1.77245385, 3.14159265]])
    """
    aa = _scalar(a, "A")
    bb = _scalar(b, "B")
    nn = _scalar(n, "N")
    if bb.dtype.kind != "c":
        if bb.dtype == np.float32:
            if bb == np.float32(np.pi):
                bb = np.log10(bb)
        elif bb == np.pi:
            bb = np.log10(np.float64(bb))
    y = _linspace(aa, np.asarray(bb), nn)
    return np.power(float_class(y).type(10), y)


# ------------------------------------------------------------------ meshgrid, ndgrid
def _vector(value, what: str) -> np.ndarray:
    """A grid vector, ``x(:)`` (column-major), through the MATLAB coercer: a numpy array
    keeps its class, a Python number or list is a double literal as everywhere in
    compat.matlab (MATLAB's ``meshgrid([1 2 3])`` is double)."""
    return matlab_array(value, what).reshape(-1, order="F")


@matlab_function("meshgrid", nargout=3)
def meshgrid(x, y=None, z=None, *, nargout=2):
    """Rectangular grid in 2-D or 3-D space, as MATLAB's ``meshgrid``.

    MATLAB call forms::

        [X, Y] = meshgrid(x, y)        ->  X, Y = meshgrid(x, y)
        [X, Y] = meshgrid(x)           ->  X, Y = meshgrid(x)        (y = x)
        [X, Y, Z] = meshgrid(x, y, z)  ->  X, Y, Z = meshgrid(x, y, z, nargout=3)
        [X, Y, Z] = meshgrid(x)        ->  meshgrid(x, nargout=3)

    ``X`` and ``Y`` are ``length(y)``-by-``length(x)``: ``x`` runs along the columns,
    ``y`` down the rows (3-D: ``length(y)`` x ``length(x)`` x ``length(z)``). Inputs
    are read as vectors (``x(:)``); each output keeps its input's class.

    ``nargout`` defaults to 2 (a Python user always unpacks at least X and Y); with
    three inputs it is 3. ``nargout=1`` returns ``X`` alone.

    Notes
    -----
    ``numpy.meshgrid(x, y)`` (``indexing='xy'``, its default) gives the same 2-D
    arrays; for 3-D it also gives MATLAB's layout. :func:`compat.matlab.ndgrid` is the
    other layout (first input down the rows).

    Source: MATLAB ``meshgrid`` reference page.

    Examples
    --------
    >>> from compat.matlab import meshgrid
    >>> X, Y = meshgrid([1, 2, 3], [10, 20])
    >>> X
    array([[1., 2., 3.],
           [1., 2., 3.]])
    >>> Y
    array([[10., 10., 10.],
           [20., 20., 20.]])
    """
    three = z is not None or nargout == 3
    if z is not None and nargout == 2:
        nargout = 3
    xv = _vector(x, "x")
    yv = xv if y is None else _vector(y, "y")
    vectors = [yv, xv]
    if three:
        vectors.append(xv if z is None else _vector(z, "z"))
    # meshgrid is ndgrid with the first two dimensions swapped
    Y, X, *Z = core.ndgrid(vectors)
    return MeshgridResult.first(nargout, X, Y, *Z)


@matlab_function("ndgrid", nargout=_MAX_GRIDS)
def ndgrid(*vectors, nargout=None):
    """Rectangular grid in N-D space, as MATLAB's ``ndgrid``.

    MATLAB call forms::

        [X1, X2, ..., Xn] = ndgrid(x1, x2, ..., xn)  ->  ndgrid(x1, x2, ..., xn)
        [X1, X2, ..., Xn] = ndgrid(x)                ->  ndgrid(x, nargout=n)

    Output ``k`` has size ``[length(x1), ..., length(xn)]`` and varies along dimension
    ``k`` only. With one input and ``nargout = n`` the same vector is used for all
    ``n`` dimensions; ``ndgrid(x)`` alone (nargout 1) returns ``x`` as a column
    (MATLAB's 1-D grid). ``nargout`` defaults to the number of inputs; a tuple is
    returned when it is more than 1. Inputs are read as vectors; each output keeps
    its input's class.

    Notes
    -----
    ``numpy.meshgrid(x1, x2, indexing='ij')`` gives the same arrays; the default
    ``numpy.meshgrid`` (``'xy'``) swaps the first two dimensions, which is MATLAB's
    :func:`compat.matlab.meshgrid`, not ``ndgrid``.

    Source: MATLAB ``ndgrid`` reference page.

    Examples
    --------
    >>> from compat.matlab import ndgrid
    >>> X1, X2 = ndgrid([1, 2, 3], [10, 20])
    >>> X1
    array([[1., 1.],
           [2., 2.],
           [3., 3.]])
    >>> X2
    array([[10., 20.],
           [10., 20.],
           [10., 20.]])
    """
    if not vectors:
        raise CompatTypeError("Not enough input arguments.")
    if nargout is None:
        nargout = len(vectors)
    if len(vectors) > 1:
        check_nargout(nargout, len(vectors), message="nargout must be from 1 to the number "
                      "of inputs ({maximum}), got {nargout!r}")
    vecs = [_vector(v, f"input {k + 1}") for k, v in enumerate(vectors)]
    if len(vecs) == 1:
        if nargout == 1:
            return vecs[0].reshape(-1, 1).copy()
        vecs = vecs * nargout
    return NdgridResult.first(nargout, *core.ndgrid(vecs, nargout))
