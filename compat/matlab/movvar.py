"""MATLAB ``movvar``: moving variance over a sliding window."""

from __future__ import annotations

from compat._core.args import check_nargout
from compat._core.moving import moving_statistic
from compat._core.legacy import matlab_function

__all__ = ["movvar"]


@matlab_function("movvar", nan_option="with 'omitnan'")
def movvar(A, k, *args, w=None, dim=None, nanflag=None, nargout=1,
           **name_value):
    """Moving variance, as MATLAB's ``movvar``.

    MATLAB call forms::

        M = movvar(A, k)                  ->  movvar(A, 3)
        M = movvar(A, [kb kf])            ->  movvar(A, [2, 0])
        M = movvar(___, w)                ->  movvar(A, 3, 1)
        M = movvar(___, w, dim)           ->  movvar(A, 3, 0, 2)
        M = movvar(___, nanflag)          ->  movvar(A, 3, 'omitnan')
        M = movvar(___, Name, Value)      ->  movvar(A, 3, 'Endpoints', 'fill')

    Each ``M(i)`` is the variance of the window around ``A(i)`` along ``dim``; the
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

    Sources: MATLAB documentation of ``movvar`` (call forms, ``w``, examples);
    checked against GNU Octave 7.3's ``movvar``.

    Examples
    --------
    >>> from compat.matlab import movvar
    >>> movvar([4, 8, 6, -1, -2, -3, -1, 3, 4, 5], 3)     # MATLAB doc example
    array([ 8.        ,  4.        , 22.33333333, 19.        ,  1.        ,  1.        ,
            9.33333333,  7.        ,  1.        ,  0.5       ])
    >>> movvar([4, 8, 6, -1, -2, -3, -1, 3, 4, 5], 3, 1)[:3]   # normalised by N
    array([ 4.        ,  2.66666667, 14.88888889])
    """
    check_nargout("movvar", nargout, 1)
    return moving_statistic("movvar", "var", A, k, args, dim=dim, nanflag=nanflag,
                            w=w, kwargs=name_value)
