"""MATLAB ``movsum``: moving sum over a sliding window."""

from __future__ import annotations

from compat._core.args import check_nargout
from compat._core.moving import moving_statistic
from compat._core.legacy import matlab_function

__all__ = ["movsum"]


@matlab_function("movsum", nan_option="with 'omitnan'")
def movsum(A, k, *args, dim=None, nanflag=None, nargout=1,
           **name_value):
    """Moving sum, as MATLAB's ``movsum``.

    MATLAB call forms::

        M = movsum(A, k)                  ->  movsum(A, 3)
        M = movsum(A, [kb kf])            ->  movsum(A, [2, 0])
        M = movsum(___, dim)              ->  movsum(A, 3, 2)
        M = movsum(___, nanflag)          ->  movsum(A, 3, 'omitnan')
        M = movsum(___, Name, Value)      ->  movsum(A, 3, 'Endpoints', 'discard')
                                              movsum(A, 3, SamplePoints=t)

    Each ``M(i)`` is the sum ``sum(A(window))`` of the window around ``A(i)`` along
    ``dim`` (default: the first dimension whose size is not 1; a 1-D array is a
    vector):

    * ``k`` scalar: odd ``k`` is centred on ``i``; even ``k`` is "centred about the
      current and previous elements": ``k/2`` points back and ``k/2 - 1`` forward.
      In sample-point units (``SamplePoints`` ``t``, default ``1:n``) the window is
      the points with ``t(i) - k/2 <= t(j) < t(i) + k/2``; ``k`` need not be an
      integer.
    * ``[kb kf]``: ``kb`` points back and ``kf`` forward, i.e.
      ``t(i) - kb <= t(j) <= t(i) + kf``.

    Parameters
    ----------
    A : array_like
        Numeric or logical array, any number of dimensions.
    k : scalar or 2-element vector
        Window length or ``[kb kf]`` (positive / nonnegative, finite).
    *args
        MATLAB's trailing arguments in MATLAB's order: ``dim`` (1-based; ``[]`` for
        the default), ``nanflag`` (``'includenan'``/``'includemissing'`` or
        ``'omitnan'``/``'omitmissing'``, case-insensitive), then name-value pairs.
    dim, nanflag : keyword alternatives to the positional forms.
    nargout : 1
        MATLAB Engine convention; the function has one output.
    **name_value
        ``Endpoints`` (also ``endpoints=``): ``'shrink'`` (default, the window is cut
        at the array ends), ``'discard'`` (only points with a complete window are
        returned: the result is ``kb + kf`` shorter along ``dim``), ``'fill'``
        (missing elements are NaN) or a number (missing elements take that value).
        ``SamplePoints`` (also ``samplepoints=``): increasing, unique, finite sample
        positions, one per element along ``dim``; with non-uniform points only
        ``'shrink'`` is allowed, as in MATLAB.

    Returns
    -------
    ndarray
        The shape of ``A`` (shorter along ``dim`` for 'discard'). Types: logical and integer inputs give double (not saturated integers; as Octave 7.3 and, per an independent re-implementation's recorded checks, MATLAB R2025b), single gives single.

    Raises
    ------
    ValueError
        ``"movsum: ..."`` for a bad window, unknown option or name, non-increasing
        or wrongly sized sample points, Endpoints other than 'shrink' with
        non-uniform sample points.
    TypeError
        ``"movsum: ..."`` for text or object arrays and misplaced arguments.

    Notes
    -----
    Differences from the naive call: ``numpy.convolve(A, ones(k), 'same')`` zero-pads (right for 'shrink' sums) but centres an even ``k`` the other way; ``scipy.ndimage.uniform_filter1d(A, k) * k`` pads with reflected values instead; a ``cumsum`` difference has an error that grows along the line and is ruined by one huge value anywhere before the window.

    Window rule with sample points: MATLAB documents the window for ``k = 3`` as "the
    time interval between t(i)-1.5 and t(i)+1.5" without saying which ends belong to
    it; compat takes the half-open interval, the only rule under which the default
    sample points reproduce MATLAB's index windows for even ``k`` (a decision of
    compat, see :mod:`compat._core.moving`). Endpoint 'fill' follows MATLAB's wording
    "substitute nonexisting elements with NaN": with 'omitnan' those NaNs are omitted.

    Algorithm: an O(n log k) dyadic decomposition of each window (no running totals,
    no subtraction), so the rounding error is that of a pairwise sum over the window
    itself (:mod:`compat._core.moving`).

    Sources: MATLAB documentation of ``movsum`` (call forms, window placement,
    Endpoints, nanflag, SamplePoints, examples); checked against GNU Octave 7.3's
    ``movsum`` (which lacks 'omitnan', SamplePoints and single results).

    Examples
    --------
    >>> from compat.matlab import movsum
    >>> movsum([4, 8, 6, -1, -2, -3, -1, 3, 4, 5], 3)       # MATLAB doc example
    array([12., 18., 13.,  3., -6., -6., -1.,  6., 12.,  9.])
    >>> import numpy as np
    >>> movsum([4, 8, np.nan, -1, -2, -3, np.nan, 3, 4, 5], 3, 'omitnan')
    array([12., 12.,  7., -3., -6., -5.,  0.,  7., 12.,  9.])
    """
    check_nargout("movsum", nargout, 1)
    return moving_statistic("movsum", "sum", A, k, args, dim=dim, nanflag=nanflag,
                            kwargs=name_value)
