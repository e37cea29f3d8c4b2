"""MATLAB ``movmin``: moving minimum over a sliding window."""

from __future__ import annotations

from compat._core.args import check_nargout
from compat._core.moving import moving_statistic
from compat._core.legacy import matlab_function

__all__ = ["movmin"]


@matlab_function("movmin", nan_option="with 'omitnan'")
def movmin(A, k, *args, dim=None, nanflag=None, nargout=1,
           **name_value):
    """Moving minimum, as MATLAB's ``movmin``.

    MATLAB call forms::

        M = movmin(A, k)                  ->  movmin(A, 3)
        M = movmin(A, [kb kf])            ->  movmin(A, [2, 0])
        M = movmin(___, dim)              ->  movmin(A, 3, 2)
        M = movmin(___, nanflag)          ->  movmin(A, 3, 'omitnan')
        M = movmin(___, Name, Value)      ->  movmin(A, 3, 'Endpoints', 'discard')
                                              movmin(A, 3, SamplePoints=t)

    Each ``M(i)`` is the minimum ``min(A(window))`` of the window around ``A(i)`` along
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
        The shape of ``A`` (shorter along ``dim`` for 'discard'). Types: the class of A is kept (integers and logical stay so); NaN is omitted by default ('omitnan').

    Raises
    ------
    ValueError
        ``"movmin: ..."`` for a bad window, unknown option or name, non-increasing
        or wrongly sized sample points, Endpoints other than 'shrink' with
        non-uniform sample points.
    TypeError
        ``"movmin: ..."`` for text or object arrays and misplaced arguments.

    Notes
    -----
    Differences from the naive call: ``scipy.ndimage.minimum_filter1d(A, k)`` pads with the edge value (same result for 'shrink'), but centres even ``k`` the other way and its NaN behaviour is undefined; MATLAB's movmin omits NaN by default (like min).

    Window rule with sample points: MATLAB documents the window for ``k = 3`` as "the
    time interval between t(i)-1.5 and t(i)+1.5" without saying which ends belong to
    it; compat takes the half-open interval, the only rule under which the default
    sample points reproduce MATLAB's index windows for even ``k`` (a decision of
    compat, see :mod:`compat._core.moving`). Endpoint 'fill' follows MATLAB's wording
    "substitute nonexisting elements with NaN": with 'omitnan' those NaNs are omitted.

    Algorithm: an O(n log k) dyadic decomposition of each window (no running totals,
    no subtraction), so the rounding error is that of a pairwise sum over the window
    itself (:mod:`compat._core.moving`).

    Sources: MATLAB documentation of ``movmin`` (call forms, window placement,
    Endpoints, nanflag, SamplePoints, examples); checked against GNU Octave 7.3's
    ``movmin`` (which lacks 'omitnan', SamplePoints and single results).

    Examples
    --------
    >>> from compat.matlab import movmin
    >>> movmin([4, 8, 6, -1, -2, -3, -1, 3, 4, 5], 3)
    array([ 4.,  4., -1., -2., -3., -3., -3., -1.,  3.,  4.])
    """
    check_nargout("movmin", nargout, 1)
    return moving_statistic("movmin", "min", A, k, args, dim=dim, nanflag=nanflag,
                            kwargs=name_value)
