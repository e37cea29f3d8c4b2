"""MATLAB ``movstd``: moving standard deviation over a sliding window."""

from __future__ import annotations

from compat._core.args import check_nargout
from compat._core.moving import moving_statistic
from compat._core.legacy import matlab_function

__all__ = ["movstd"]


@matlab_function("movstd", nan_option="with 'omitnan'")
def movstd(A, k, *args, w=None, dim=None, nanflag=None, nargout=1,
           **name_value):
    """Moving standard deviation, as MATLAB's ``movstd``.

    MATLAB call forms::

        M = movstd(A, k)                  ->  movstd(A, 3)
        M = movstd(A, [kb kf])            ->  movstd(A, [2, 0])
        M = movstd(___, w)                ->  movstd(A, 3, 1)
        M = movstd(___, w, dim)           ->  movstd(A, 3, 0, 2)
        M = movstd(___, nanflag)          ->  movstd(A, 3, 'omitnan')
        M = movstd(___, Name, Value)      ->  movstd(A, 3, 'Endpoints', 'fill')

    Each ``M(i)`` is the standard deviation of the window around ``A(i)`` along ``dim``; the
    windows, ``dim``, ``nanflag``, ``Endpoints`` and ``SamplePoints`` are those of
    :func:`compat.matlab.movmean` (see there). ``w = 0`` (default, ``[]`` too)
    normalises by ``N - 1`` and ``w = 1`` by ``N``, ``N`` the number of elements in
    the window (after 'omitnan'); a window of one element gives 0, an empty one
    (all NaN with 'omitnan') NaN; any Inf in the window gives NaN (as ``var``).
    As MATLAB says, ``dim`` can only be given after ``w``.

    Parameters
    ----------
    A : array_like
        double or single, real or complex (integer and logical input is refused, as
        MATLAB refuses it).
    k : scalar or 2-element vector
        Window length or ``[kb kf]``.
    *args
        ``w``, ``dim``, ``nanflag`` and name-value pairs in MATLAB's order.
    w, dim, nanflag : keyword alternatives to the positional forms.
    nargout : 1
        MATLAB Engine convention; the function has one output.
    **name_value
        ``Endpoints``, ``SamplePoints`` as for movmean.

    Returns
    -------
    ndarray
        Real; single for single input, else double. Shape of ``A`` (shorter along
        ``dim`` for 'discard').

    Notes
    -----
    Differences from the naive call: ``pandas.Series.rolling(k).var()`` is trailing,
    returns NaN for incomplete windows and uses ``ddof=1`` only; computing
    ``E[x^2] - E[x]^2`` from two moving means (the usual vectorised trick, e.g. with
    ``scipy.ndimage.uniform_filter1d``) cancels catastrophically when the mean is large
    compared with the spread. compat combines per-block (count, mean, M2) with Chan,
    Golub & LeVeque's pairwise update (Am. Stat. 37, 1983) over an O(n log k) dyadic
    decomposition of each window: two-pass accuracy without subtraction of large sums.

    Sources: MATLAB documentation of ``movstd`` (call forms, ``w``, examples);
    checked against GNU Octave 7.3's ``movstd``.

    Examples
    --------
    >>> from compat.matlab import movstd
    >>> movstd([1, 2, 3, 4, 5, 6], 3)
    array([0.70710678, 1.        , 1.        , 1.        , 1.        , 0.70710678])
    """
    check_nargout("movstd", nargout, 1)
    return moving_statistic("movstd", "std", A, k, args, dim=dim, nanflag=nanflag,
                            w=w, kwargs=name_value)
