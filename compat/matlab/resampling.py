"""MATLAB's ``jackknife`` (Statistics and Machine Learning Toolbox).

The legacy layer of the family: MATLAB's arguments (a function handle -- a Python
callable or the name of a compat.matlab function -- then data arguments, optionally
``'Options', statset(...)`` last), jackknife.m's argument rules (row vectors become
columns, scalars pass unchanged, every other argument must have the same number of
rows), over :mod:`compat._core.resampling`.
"""

from __future__ import annotations

import numpy as np

from compat._core import resampling as core
from compat._core.args import by_value
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["jackknife"]


def _statistic(jackfun):
    if callable(jackfun):
        return by_value(jackfun)          # the samples by value, as MATLAB passes them
    if isinstance(jackfun, str):
        from compat import matlab
        fn = getattr(matlab, jackfun, None)
        if fn is not None:
            return fn
        raise CompatValueError(f"Undefined function '{jackfun}'.")
    raise CompatTypeError("JACKFUN must be a function handle or a function name.")


@matlab_function("jackknife")
def jackknife(jackfun, *args):
    """Jackknife statistics, as MATLAB's ``jackknife``.

    MATLAB call forms::

        jackstat = jackknife(jackfun, X)
        jackstat = jackknife(jackfun, X, Y, ...)
        jackstat = jackknife(jackfun, ..., 'Options', statset(...))   (UseParallel ignored)

    Row ``i`` of ``jackstat`` is ``jackfun`` of the data with row ``i`` removed from every
    non-scalar argument, flattened column-major into a row.

    Parameters
    ----------
    jackfun : callable or str
        The statistic: a Python callable taking the data arguments (numpy arrays in
        MATLAB's layout), or the name of a compat.matlab function (``'mean'``).
    *args
        Data: arrays whose rows are observations (a row vector is taken as a column),
        scalars (passed unchanged); ``'Options', opts`` as the last pair is accepted and
        ignored (compat computes serially, with the same results).

    Returns
    -------
    ndarray
        (n, k): n the number of rows, k the number of elements of the statistic; the class
        of the statistic on the whole data (computed first, as jackknife.m does).

    Notes
    -----
    Source: MathWorks' jackknife.m help and argument rules (facts only). GNU Octave 7.3's
    statistics 1.5.3 jackknife agrees for one data argument; it passes several samples
    as one cell array instead of separate arguments (the golden cases evaluate that
    form in its own call, suite ``matlab/resampling``).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.jackknife('mean', [1.0, 2, 3, 6]).ravel().tolist()
    [3.6666666666666665, 3.3333333333333335, 3.0, 2.0]
    >>> matlab.jackknife(lambda x, y: x.T @ y, [1.0, 2, 3], [1.0, 1, 2]).ravel().tolist()
    [8.0, 7.0, 3.0]
    """
    statistic = _statistic(jackfun)
    data = list(args)
    if len(data) > 1 and isinstance(data[-2], str) and data[-2].lower() == "options":
        if not isinstance(data[-1], dict) and not hasattr(data[-1], "keys"):
            raise CompatValueError("OPTIONS must be followed by a struct.")
        data = data[:-2]
    if any(isinstance(d, str) and d.lower() == "options" for d in data):
        raise CompatValueError("OPTIONS keyword not in second-to-last position.")
    if not data:
        raise CompatValueError("JACKKNIFE requires a function handle and at least one data "
                               "argument.")
    arrays, scalar = [], []
    rows = 1
    for d in data:
        a = matlab_array(d, "X")
        a = a.reshape(-1, 1) if a.ndim < 2 else a
        r, c = a.shape[0], int(np.prod(a.shape[1:]))
        scalar.append(max(r, c) == 1)
        if r == 1 and c != 1:
            a = a.reshape(-1, 1, order="F")
            r = a.shape[0]
        if rows > 1 and r > 1 and r != rows:
            raise CompatValueError("Nonscalar arguments to JACKFUN must have the same "
                                   "number of rows.")
        rows = max(rows, r)
        arrays.append(a)
    try:
        return core.leave_one_out(statistic, arrays, rows, scalar)
    except ValueError as error:
        if "jackknife sample" in str(error):
            raise CompatValueError(str(error)) from None
        raise
