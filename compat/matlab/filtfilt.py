"""MATLAB ``filtfilt`` (Signal Processing Toolbox): zero-phase forward-backward filtering."""

from __future__ import annotations

import warnings

import numpy as np

from compat._core.errors import CompatWarning, matlab_error
from compat._core.linear_filter import (as_signal, filtfilt_columns, is_matlab_vector,
                                        normalize, steady_state_zi)
from compat._core.legacy import matlab_function

__all__ = ["filtfilt"]

_FN = "filtfilt"
_ZERO_A1 = "First denominator filter coefficient must be nonzero."


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
            raise matlab_error(_FN, "Expected input to be finite.")
    if B.ndim > 2:
        raise matlab_error(_FN, "Expected b to be two-dimensional.")
    if not is_matlab_vector(A):
        raise matlab_error(_FN, "Expected a to be a vector.")

    one_d = X.ndim == 1
    row = one_d or (X.ndim == 2 and X.shape[0] == 1)
    Xc = X.reshape(-1, 1) if row else X
    npts = Xc.shape[0]
    X2 = Xc.reshape(npts, -1)
    dtype = np.result_type(B, A, X2, np.float64)

    sections = _sections(B, A, dtype)
    if sections is None:  # transfer function
        if not is_matlab_vector(B):
            raise matlab_error(_FN, "b must be a vector, or an SOS matrix with 6 columns "
                               "(L-by-6) with the scale values as a.")
        bv, av = B.reshape(-1).astype(dtype), A.reshape(-1).astype(dtype)
        nfilt = max(bv.size, av.size)
        nfact = max(1, 3 * (nfilt - 1))
        _check_length(npts, nfact)
        bv, av = normalize(_FN, bv, av, zero_message=_ZERO_A1)
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
        zi = steady_state_zi(_FN, bp, ap)
        Y = filtfilt_columns(bp, ap, Y, zi, nfact)
    Y = Y.reshape(Xc.shape)
    return Y.reshape(X.shape)


def _double(v, name: str) -> np.ndarray:
    arr = as_signal(_FN, v, name)
    if arr.dtype in (np.float32, np.complex64):
        raise matlab_error(_FN, f"Expected input to be one of these types: double. Instead "
                           f"its type was single ({name}).", TypeError)
    return arr


def _check_length(npts: int, nfact: int) -> None:
    if npts <= nfact:
        raise matlab_error(_FN, f"Data must have length more than {nfact} (3 times the filter "
                           f"order), got {npts} samples along the filtered dimension.")


def _sections(B: np.ndarray, A: np.ndarray, dtype):
    """MATLAB's SOS rules: None for a transfer function, else ([(b, a)...], order)."""
    Bm = B.reshape(1, -1) if B.ndim <= 1 else B
    L, ncols = Bm.shape
    na = A.size
    if ncols == 6 and L == 1 and na <= 2:
        if Bm[0, 3] == 1:
            warnings.warn("filtfilt: Interpreting the 1-by-6 b as an SOS matrix with scale "
                          "values G = a. To filter with a transfer function, call "
                          "filtfilt(b(:), a, x).", CompatWarning, stacklevel=3)
        else:
            warnings.warn("filtfilt: Interpreting b as a transfer-function numerator since "
                          "its a01 (b(4)) is not 1; an SOS matrix needs a01 = 1.",
                          CompatWarning, stacklevel=3)
    if not (ncols == 6 and (L > 1 or (Bm[0, 3] == 1 and na <= 2))):
        return None
    sos = Bm.astype(dtype, copy=True)
    g = A.reshape(-1).astype(dtype)
    if g.size > L + 1:
        raise matlab_error(_FN, f"The scale values vector G must have at most L+1 = {L + 1} "
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
        bk, ak = normalize(_FN, sos[k, :3].copy(), sos[k, 3:].copy(), zero_message=_ZERO_A1)
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
