"""MATLAB's filtering family: ``filter`` (1-D digital filter along a dimension) and
``filtfilt`` (Signal Processing Toolbox: zero-phase forward-backward filtering).

The legacy layer: it reads MATLAB's arguments (coefficient vectors, ``zi`` in MATLAB's
layouts, ``[]`` and ``dim``, SOS matrices with scale values, ``nargout``) and runs the
core, :mod:`compat._core.filtering`. The module exports ``filter``, which shadows
Python's builtin only inside ``compat.matlab``'s namespace (intended: it is MATLAB's
name).
"""

from __future__ import annotations


import numpy as np

from compat._core.args import first_nonsingleton, is_omitted, matlab_dim
from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.filtering import forward_backward, lfilter, normalize, steady_state_zi
from compat._core.legacy import matlab_function
from compat._core.matlab_types import (drop_trailing_ones, is_single, is_vector,
                                       matlab_array, result_class, size_text)
from compat._core.results import Result

__all__ = ["filter", "filtfilt", "FilterResult"]

_ZI_MESSAGE = ("Initial conditions must be a vector of length max(length(a),length(b))-1, "
               "or an array with the leading dimension of size max(length(a),length(b))-1 "
               "and with remaining dimensions matching those of x.")
_ZERO_A1 = "First denominator filter coefficient must be nonzero."


class FilterResult(Result):
    """``[y, zf] = filter(...)``: the filtered data and the final conditions."""

    request_style = "nargout"
    y: np.ndarray
    zf: np.ndarray


def signal(value, name: str) -> np.ndarray:
    """A filter operand through the MATLAB coercer, computed in floating point (logical
    and integer data as double, as MATLAB's filter/conv/deconv do)."""
    return matlab_array(value, name, to_float=True)


def _coefficients(value, name: str, ordinal: str) -> np.ndarray:
    """A non-empty coefficient vector, 1-D."""
    v = signal(value, name)
    if not is_vector(v):
        raise CompatValueError(f"{ordinal} argument must be a vector, got an array of size "
                               f"{size_text(v)}.")
    if v.size == 0:
        raise CompatValueError(f"{ordinal} argument must be a non-empty vector.")
    return v.reshape(-1)


# --------------------------------------------------------------------------- filter
@matlab_function("filter", nargout=2, dask="compat.matlab._lazy:filter")
def filter(b, a, x, zi=None, dim=None, *, nargout=1):  # noqa: A001 - MATLAB's name
    """1-D digital filter, as MATLAB's ``filter``.

    MATLAB call forms::

        y = filter(b, a, x)                ->  filter(b, a, x)
        y = filter(b, a, x, zi)            ->  filter(b, a, x, zi)
        y = filter(b, a, x, zi, dim)       ->  filter(b, a, x, zi, dim)
        y = filter(b, a, x, [], dim)       ->  filter(b, a, x, [], dim)
        [y, zf] = filter(___)              ->  y, zf = filter(..., nargout=2)

    Filters ``x`` with the rational transfer function
    ``H(z) = (b(1) + b(2) z^-1 + ... + b(nb) z^-(nb-1)) /
    (a(1) + a(2) z^-1 + ... + a(na) z^-(na-1))``, i.e. the difference equation
    ``a(1) y(m) = b(1) x(m) + ... + b(nb) x(m-nb+1) - a(2) y(m-1) - ... - a(na) y(m-na+1)``,
    run as a transposed direct form II structure whose ``n-1`` delays
    (``n = max(length(a), length(b))``) are ``zi``/``zf``.

    Parameters
    ----------
    b, a : array_like
        Numerator and denominator coefficients: non-empty vectors (1-D, or 2-D rows or
        columns), of any lengths. Both are divided by ``a(1)`` first (MATLAB
        normalises), so ``a(1)`` must be finite and non-zero.
    x : array_like
        The data: a vector (a 1-D array is a MATLAB row), a matrix (filtered column by
        column) or an N-D array; MATLAB's (row, column, page...) layout.
    zi : array_like, optional
        Initial conditions of the delays (states of the normalised filter); ``None``
        or ``[]`` for zeros. Either a vector of ``n-1`` elements (any orientation,
        used for every column), or an array whose leading dimension is ``n-1`` and
        whose remaining dimensions match those of ``x`` other than ``dim`` (in order;
        e.g. filtering a 3x4x5 ``x`` along ``dim`` 2 takes a ``(n-1)x3x5`` ``zi``); a
        2-D ``(n-1) x P`` matrix with ``P`` the product of those dimensions is also
        taken (column ``c`` for the ``c``-th column of ``x`` in MATLAB's column-major
        order).
    dim : int, optional
        MATLAB's 1-based dimension to filter along. Default: the first dimension whose
        size is not 1 (a 1-D ``x`` is a row: dimension 2). A ``dim`` beyond the
        array's dimensions is a trailing singleton, as in MATLAB (then ``y`` is
        ``b(1)/a(1)*x + zi``).
    nargout : {1, 2}, keyword-only
        2 also returns the final conditions ``zf``.

    Returns
    -------
    y : ndarray
        Same size as ``x`` (a 1-D ``x`` gives a 1-D ``y``); single (float32 or
        complex64) if any of ``b``, ``a``, ``x``, ``zi`` is single, else double;
        complex if any is complex. Logical and integer inputs are computed and
        returned in double (compat's choice: MATLAB's documentation lists the integer
        classes as accepted but not the class of the result; GNU Octave 7.3 returns
        double).
    zf : ndarray (with ``nargout=2``)
        Final delays, of size ``(n-1) x`` (the sizes of ``x`` other than ``dim``): an
        ``(n-1) x 1`` column for a vector ``x`` (1-D for a 1-D ``x`` filtered along
        its length). ``n-1`` may be 0 (a pure gain). Same class as ``y``.

    Raises
    ------
    ValueError
        ``"filter: First denominator filter coefficient must be non-zero."`` (and
        ``"... must be finite."``), MATLAB's messages; ``"filter: Initial conditions
        must be a vector of length max(length(a),length(b))-1, or an array ..."``
        for a ``zi`` of the wrong size; ``"filter: First/Second argument must be a
        (non-empty) vector."`` for matrices or empty coefficients; a bad ``dim`` or
        ``nargout``.
    TypeError
        Text, object or extended-precision inputs.

    Notes
    -----
    Differences from the naive SciPy call, ``scipy.signal.lfilter(b, a, x, zi=zi)``:

    * **Axis.** ``lfilter`` filters along the *last* axis (``axis=-1``). MATLAB filters
      along the *first non-singleton* dimension: the columns of a matrix. Calling
      ``lfilter(b, a, X)`` on a MATLAB matrix filters its rows: a silent wrong answer.
    * **zi layout.** ``lfilter`` wants ``zi`` shaped like ``x`` with the filter axis of
      length ``n-1`` (and returns ``zf`` so); MATLAB puts the ``n-1`` delays *first*
      and the other dimensions after, in order, and accepts one vector for all
      columns. ``lfilter`` also returns ``(y, zf)`` only when ``zi`` is given; here
      ``nargout`` decides.
    * **dtype.** ``lfilter`` computes in the common type of its arguments (float64
      coefficients make float32 data float64); MATLAB returns single if any input is
      single. Integer data: see Returns.
    * ``lfilter`` has no trailing-singleton ``dim`` and errors on an empty ``x``;
      MATLAB returns an empty ``y`` and ``zf = zi``.

    The normalisation by ``a(1)`` and the meaning of ``zi`` (states of the normalised
    filter) agree with SciPy. Sources: MATLAB documentation of ``filter`` (call forms,
    normalisation, dimension default, ``zi``/``zf`` sizes, classes); MathWorks'
    Embedded MATLAB ``filter.m`` (the error messages, the vector-``zi`` broadcast,
    ``zf`` of size ``[n-1, prod(other sizes)]`` for vectors, zi loaded after
    normalising); GNU Octave 7.3 agrees on values. Octave differs in three corners:
    it rejects a vector ``zi`` for a matrix ``x`` (MATLAB broadcasts it), rejects a
    ``dim`` beyond ``ndims(x)``, and accepts empty or matrix ``b``/``a``.

    Examples
    --------
    Moving average of a row (MATLAB documentation example, "Moving-Average Filter"):

    >>> import numpy as np
    >>> from compat.matlab import filter
    >>> filter(np.ones(3) / 3, 1, [3.0, 6, 9, 12, 15])
    array([ 1.,  3.,  6.,  9., 12.])

    A matrix is filtered column by column (not row by row as ``lfilter``):

    >>> filter(1, [1, -0.5], [[1.0, 2], [0, 0], [0, 0]])
    array([[1.  , 2.  ],
           [0.5 , 1.  ],
           [0.25, 0.5 ]])

    Filtering in two blocks with ``zf`` carried over equals one call:

    >>> b, a = [1.0, 1], [1.0, -0.5]
    >>> y1, zf = filter(b, a, [1.0, 2, 3], nargout=2)
    >>> y2 = filter(b, a, [4.0, 5], zf)
    >>> np.concatenate([y1, y2])
    array([ 1.    ,  3.5   ,  6.75  , 10.375 , 14.1875])
    >>> filter(b, a, [1.0, 2, 3, 4, 5])
    array([ 1.    ,  3.5   ,  6.75  , 10.375 , 14.1875])
    """
    B = _coefficients(b, "b", "First")
    A = _coefficients(a, "a", "Second")
    X = signal(x, "x")
    Z = None if is_omitted(zi) else signal(zi, "zi")
    dtype = result_class(B, A, X, *(() if Z is None else (Z,)))
    B, A = normalize(B.astype(dtype, copy=False), A.astype(dtype, copy=False))
    m = max(B.size, A.size) - 1

    one_d = X.ndim == 1
    Xm = X.reshape(1, -1) if X.ndim <= 1 else X  # a 1-D x is a MATLAB row
    if is_omitted(dim):
        axis = 1 if one_d else first_nonsingleton(Xm.shape) - 1
    else:
        axis = matlab_dim(None, dim, Xm.ndim)
    shape = Xm.shape + (1,) * (axis + 1 - Xm.ndim)
    Xw = Xm.reshape(shape).astype(dtype, copy=False)
    other = tuple(s for k, s in enumerate(shape) if k != axis)

    zi_scipy = None
    if Z is not None:
        zi_scipy = np.moveaxis(_zi_matlab_layout(Z.astype(dtype, copy=False), m, other), 0,
                               axis)
    y, zf = lfilter(B, A, Xw, axis=axis, zi=zi_scipy)
    y = y.reshape(X.shape)
    if nargout == 1:
        return y
    zf = np.moveaxis(zf, axis, 0)
    zf = zf.reshape(m) if one_d and axis == 1 else zf.reshape(drop_trailing_ones(zf.shape))
    return FilterResult.first(nargout, y, zf)


def _zi_matlab_layout(Z: np.ndarray, m: int, other: tuple) -> np.ndarray:
    """MATLAB's accepted zi sizes -> an array of shape ``(m,) + other``."""
    count = int(np.prod(other)) if other else 1
    if is_vector(Z) and Z.size == m:
        return np.broadcast_to(Z.reshape((m,) + (1,) * len(other)), (m,) + other).copy()
    Z2 = Z.reshape(1, -1) if Z.ndim <= 1 else Z  # a 1-D zi is a MATLAB row
    if Z2.shape[0] == m:
        if Z2.ndim == 2 and Z2.shape[1] == count:  # MATLAB's legacy 2-D form
            return Z2.reshape((m,) + other, order="F")
        rest = _strip_ones(Z2.shape[1:])
        if rest == _strip_ones(other):
            return Z2.reshape((m,) + other)
    raise CompatValueError(_ZI_MESSAGE + f" (zi has size {'x'.join(map(str, Z2.shape))}, "
                           f"max(length(a),length(b))-1 is {m})")


def _strip_ones(shape) -> tuple:
    shape = tuple(shape)
    while shape and shape[-1] == 1:
        shape = shape[:-1]
    return shape


# --------------------------------------------------------------------------- filtfilt
@matlab_function("filtfilt")
def filtfilt(b, a, x):
    """Zero-phase digital filtering, as MATLAB's ``filtfilt``.

    MATLAB call forms::

        y = filtfilt(b, a, x)      ->  filtfilt(b, a, x)
        y = filtfilt(sos, g, x)    ->  filtfilt(sos, g, x)

    Filters ``x`` forward with ``H(z) = B(z)/A(z)``, reverses, filters again and
    reverses back: zero phase, magnitude response ``|H|^2``, twice the order. Start-up
    and ending transients are reduced as MATLAB does (Gustafsson 1996):

    1. ``nfilt = max(length(b), length(a))``; the edge length is
       ``nfact = max(1, 3*(nfilt-1))`` (three times the filter order); ``x`` must have
       more than ``nfact`` samples along the filtered dimension.
    2. Both ends are extended by ``nfact`` samples of *odd* reflection about the end
       point: ``[2*x(1) - x(nfact+1:-1:2); x; 2*x(end) - x(end-1:-1:end-nfact)]``.
    3. The initial states are the steady-state states of a unit step, ``zi``, the
       solution of ``(I - A) zi = b(2:n) - b(1)*a(2:n)`` (``A`` the companion state
       matrix of the normalised filter), scaled by the first sample of the sequence
       being filtered: ``zi*xpad(1)`` forward, ``zi*yrev(1)`` (the last forward output)
       backward.
    4. The middle ``length(x)`` samples are returned.

    Parameters
    ----------
    b, a : array_like
        Transfer-function coefficients (vectors, any lengths, ``a(1) ~= 0``; both are
        normalised by ``a(1)``), or the second-order-sections form: ``b`` an ``L x 6``
        matrix ``sos`` whose rows are ``[b0 b1 b2 a0 a1 a2]`` and ``a`` the scale
        values ``g`` (length 1 to ``L+1``). As MATLAB decides: ``b`` is an SOS matrix
        when it has 6 columns and either ``L > 1``, or ``L == 1``, ``b(4) == 1`` and
        ``numel(a) <= 2`` (a 1x6 ``b`` with ``numel(a) <= 2`` warns either way, as
        MATLAB's ParseSOS/ParseB warnings). Real or complex, finite.
    x : array_like
        Finite double data. A row vector (1-D, or 1xN) is filtered along its length
        and keeps its orientation; anything else is filtered along its *first*
        dimension (each column; an N-D array as ``reshape(x, size(x,1), [])``).
        Logical and integer arrays are taken as double (a Python list of integers
        is MATLAB's ``[1 2 3]``).

    Returns
    -------
    ndarray
        Same size as ``x``, double (complex if any input is complex). An empty input
        gives an empty ``0x0`` result, as MATLAB's ``y = []``.

    Raises
    ------
    ValueError
        ``"filtfilt: Data must have length more than nfact ..."`` (too short),
        ``"filtfilt: Expected input to be finite."`` (NaN/Inf anywhere),
        ``"filtfilt: First denominator filter coefficient must be nonzero."``,
        ``"filtfilt: Expected a to be a vector."``, a ``b`` that is neither a vector
        nor an SOS matrix, too many scale values.
    TypeError
        single-precision inputs (MATLAB's filtfilt: "Only double precision is
        supported"), text, objects.

    Notes
    -----
    Differences from ``scipy.signal.filtfilt(b, a, x)`` with its defaults
    (``axis=-1, padtype='odd', padlen=None, method='pad'``):

    * **Axis**: SciPy filters along the last axis (the rows of a MATLAB matrix);
      MATLAB filters columns (and rows only for a row vector).
    * **Pad length**: SciPy's default ``padlen`` is ``3 * max(len(a), len(b))`` =
      ``3*nfilt``; MATLAB's is ``3*(nfilt-1)``, three samples fewer (and 1 for a pure
      gain). Same odd reflection (``padtype='odd'``). ``scipy.signal.filtfilt(b, a,
      x, axis=0, padtype='odd', padlen=3*(nfilt-1))`` reproduces MATLAB for a
      transfer function with ``nfilt > 1`` up to rounding (SciPy's ``lfilter_zi``
      solves the same steady-state system).
    * **Short data**: SciPy needs ``x.shape[axis] > padlen`` too, but with its larger
      padlen; MATLAB's limit is ``> 3*(nfilt-1)``.
    * **SOS**: SciPy has a separate ``sosfiltfilt``, whose default padlen is
      ``3*(2*L + 1 - min(#sections with b2 == 0, #sections with a2 == 0))`` and which
      runs the whole cascade forward then backward once; MATLAB's ``filtfilt(sos, g, x)``
      folds ``g`` into the numerators, pads by ``3*filtord(sos)`` and runs one complete
      forward-backward pass (pad, filter, reverse, filter, cut) *per section*, in
      order, each with its own 2-state steady-state ``zi``.

    Sources: MATLAB documentation of ``filtfilt`` (call forms, Gustafsson's method,
    the length requirement, the SOS rules); MathWorks' ``filtfilt.m`` (public copies
    of the 1988-2014 and 1988-2018 versions: ``nfact = max(1,3*(nfilt-1))``, the odd
    reflection, the sparse steady-state solve, the per-section SOS passes, the
    double-only and finiteness validation, the row-vector rule); the error
    "First denominator filter coefficient must be nonzero." raised by
    ``filtfilt>getCoeffsAndInitialConditions`` in current releases (quoted by users),
    from which compat normalises ``b`` and ``a`` by ``a(1)`` before solving for ``zi``
    (the 2014/2018 copies solved with the unnormalised ``a``; the two agree whenever
    ``a(1) == 1``, as for every filter MATLAB's design functions return).

    GNU Octave's signal package 1.4.3 ``filtfilt`` uses the same padding length and
    reflection but differs: its ``zi`` is ``a(1)`` times the steady state when
    ``a(1) ~= 1`` (so edges differ), it falls back to zero states when ``sum(a) == 0``
    (MATLAB's solve is singular), it filters NaN/Inf data instead of rejecting it,
    it accepts single, it needs only ``length(x) > 0`` for a pure gain, and it has no
    SOS form.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import filtfilt
    >>> x = np.arange(1.0, 11.0)              # a ramp passes a DC-gain-1 filter exactly
    >>> np.allclose(filtfilt([0.5, 0.5], 1, x), x)
    True
    >>> y = filtfilt(1, [1, -0.5], [0.0, 0, 1, 0, 0, 0, 0])   # a pulse
    >>> y.round(4)
    array([0.    , 0.5   , 1.25  , 0.6251, 0.3127, 0.1566, 0.0787])

    Matrices are filtered column by column (``scipy.signal.filtfilt`` would filter
    rows, with a pad of ``3*nfilt`` samples):

    >>> X = np.column_stack([x, 2 * x])
    >>> np.allclose(filtfilt([0.5, 0.5], 1, X), X)
    True
    """
    B = _double(b, "b")
    A = _double(a, "a")
    X = _double(x, "x")
    if B.size == 0 or A.size == 0 or X.size == 0:
        return np.zeros((0, 0))
    for v in (B, A, X):
        if not np.all(np.isfinite(v)):
            raise CompatValueError("Expected input to be finite.")
    if B.ndim > 2:
        raise CompatValueError("Expected b to be two-dimensional.")
    if not is_vector(A):
        raise CompatValueError("Expected a to be a vector.")

    one_d = X.ndim == 1
    row = one_d or (X.ndim == 2 and X.shape[0] == 1)
    Xc = X.reshape(-1, 1) if row else X
    npts = Xc.shape[0]
    X2 = Xc.reshape(npts, -1)
    dtype = np.result_type(B, A, X2, np.float64)

    sections = _sections(B, A, dtype)
    if sections is None:  # transfer function
        if not is_vector(B):
            raise CompatValueError("b must be a vector, or an SOS matrix with 6 columns "
                                   "(L-by-6) with the scale values as a.")
        bv, av = B.reshape(-1).astype(dtype), A.reshape(-1).astype(dtype)
        nfilt = max(bv.size, av.size)
        nfact = max(1, 3 * (nfilt - 1))
        _check_length(npts, nfact)
        bv, av = _normalize_nonzero(bv, av)
        bp = np.zeros(nfilt, dtype)
        ap = np.zeros(nfilt, dtype)
        bp[:bv.size] = bv
        ap[:av.size] = av
        stages = [(bp, ap)]
    else:
        stages, order = sections
        nfact = max(1, 3 * order)
        _check_length(npts, nfact)
    Y = X2.astype(dtype)
    for bp, ap in stages:
        zi = steady_state_zi(bp, ap)
        if zi is None:
            legacy_warn("Matrix is singular to working precision.")
            zi = np.full(bp.size - 1, np.nan, dtype=np.result_type(bp, ap))
        Y = forward_backward(bp, ap, Y, zi=zi, pad=nfact)
    return Y.reshape(Xc.shape).reshape(X.shape)


def _double(v, name: str) -> np.ndarray:
    arr = signal(v, name)
    if is_single(arr):
        raise CompatTypeError(f"Expected input to be one of these types: double. Instead "
                              f"its type was single ({name}).")
    return arr


def _normalize_nonzero(b: np.ndarray, a: np.ndarray):
    """:func:`normalize` with filtfilt's wording for a zero ``a(1)``."""
    if a[0] == 0:
        raise CompatValueError(_ZERO_A1)
    return normalize(b, a)


def _check_length(npts: int, nfact: int) -> None:
    if npts <= nfact:
        raise CompatValueError(f"Data must have length more than {nfact} (3 times the filter "
                               f"order), got {npts} samples along the filtered dimension.")


def _sections(B: np.ndarray, A: np.ndarray, dtype):
    """MATLAB's SOS rules: None for a transfer function, else ([(b, a)...], order)."""
    Bm = B.reshape(1, -1) if B.ndim <= 1 else B
    L, ncols = Bm.shape
    na = A.size
    if ncols == 6 and L == 1 and na <= 2:
        if Bm[0, 3] == 1:
            legacy_warn("Interpreting the 1-by-6 b as an SOS matrix with scale values G = a. "
                        "To filter with a transfer function, call filtfilt(b(:), a, x).")
        else:
            legacy_warn("Interpreting b as a transfer-function numerator since its a01 "
                        "(b(4)) is not 1; an SOS matrix needs a01 = 1.")
    if not (ncols == 6 and (L > 1 or (Bm[0, 3] == 1 and na <= 2))):
        return None
    sos = Bm.astype(dtype, copy=True)
    g = A.reshape(-1).astype(dtype)
    if g.size > L + 1:
        raise CompatValueError(f"The scale values vector G must have at most L+1 = {L + 1} "
                               f"elements, got {g.size}.")
    ng = g.size
    if ng == L + 1:
        sos[L - 1, :3] *= g[L]
        ng -= 1
    for k in range(ng):
        sos[k, :3] *= g[k]
    order = _sos_order(sos)
    stages = []
    for k in range(L):
        bk, ak = _normalize_nonzero(sos[k, :3].copy(), sos[k, 3:].copy())
        stages.append((bk, ak))
    return stages, order


def _sos_order(sos: np.ndarray) -> int:
    """Filter order of an SOS matrix (MATLAB's ``filtord``): the degree of the overall
    transfer function, trailing zero coefficients dropped."""
    num = np.array([1.0], dtype=sos.dtype)
    den = np.array([1.0], dtype=sos.dtype)
    for row in sos:
        num = np.convolve(num, row[:3])
        den = np.convolve(den, row[3:])

    def length(v):
        nz = np.flatnonzero(v)
        return int(nz[-1]) + 1 if nz.size else 1

    return max(length(num), length(den)) - 1
