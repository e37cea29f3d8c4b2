"""Measuring how long code takes, as MATLAB code does it with ``timeit``.

The legacy layer over :mod:`compat._core.timing` (the procedure of MATLAB's
``timeit``: warm-up, two timing loops, median, overhead subtracted).
"""

from __future__ import annotations

import inspect
import numbers

from compat._core import timing as core
from compat._core.errors import CompatTypeError, CompatValueError, MatlabWarning, \
    legacy_warn
from compat._core.legacy import matlab_function

__all__ = ["timeit"]

#: MATLAB's warning when the measured time is within 5 times the overhead
HIGH_OVERHEAD = ("The measured time for F may be inaccurate because it is running too "
                 "fast. Try measuring something that takes longer.")


def _outputs(value) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or \
            value != value or value < 0 or value != int(value):
        raise CompatValueError("The number of outputs must be a nonnegative integer "
                               f"(got {value!r}).")
    return int(value)


def _takes_nargout(f) -> bool:
    """Whether ``f`` has an output count to set: a compat MATLAB function, or a
    callable with a ``nargout`` parameter (``lambda nargout=1: svd(X, nargout=nargout)``)."""
    if getattr(f, "__legacy_language__", None) == "matlab":
        return True
    try:
        return "nargout" in inspect.signature(f).parameters
    except (TypeError, ValueError):
        return False


@matlab_function("timeit")
def timeit(f, numOutputs=None):
    """Time a function, as MATLAB's ``timeit``: the median time (seconds) of repeated
    calls of ``f`` with no inputs, after a warm-up, less the measurement overhead.

    MATLAB call forms::

        t = timeit(f)                 ->  t = timeit(f)             f: lambda: ...
        t = timeit(f, numOutputs)     ->  t = timeit(f, 3)

    Parameters
    ----------
    f : callable
        Called with no arguments, as MATLAB's function handle ``@() ...``.
    numOutputs : int, optional
        The number of outputs to call ``f`` with (MATLAB's default: one, or none when
        ``f`` returns none). When ``numOutputs >= 2``, ``f`` is called with
        ``nargout=numOutputs`` (what ``[~, ~, ~] = f()`` asks of it) if it takes that
        keyword: write MATLAB's ``@() svd(X)`` timed with 3 outputs as
        ``lambda nargout=1: matlab.svd(X, nargout=nargout)``; a callable without a
        ``nargout`` parameter has no output count and is called as it is. ``0`` and
        ``1`` call ``f()``.

    Returns
    -------
    float
        Seconds per call (a Python float, MATLAB's double scalar).

    Raises
    ------
    TypeError
        ``f`` not callable.
    ValueError
        ``numOutputs`` not a nonnegative integer (compat's text).

    Warns
    -----
    MatlabWarning
        MATLAB's ``MATLAB:timeit:HighOverhead`` text, "The measured time for F may be
        inaccurate because it is running too fast. Try measuring something that
        takes longer.", when the result is less than 5 times the overhead.

    Notes
    -----
    The procedure is MATLAB's (see :mod:`compat._core.timing`): the first call is a
    discarded warm-up; calls are repeated until they add up to 1 ms for a rough
    estimate; the inner loop repeats ``f`` enough for about 1 ms per clock reading;
    11 outer measurements (at least 3, fewer when 11 would take over 15 s); their
    median per call, less the overhead of the clock and of an empty call. The clock
    is ``time.perf_counter`` (wall time, as MATLAB's ``tic``/``toc``). The naive
    ``timeit.timeit(f, number=1)`` of Python's standard library times one call
    without warm-up or median, and ``min`` of ``timeit.repeat`` is the best case, not
    MATLAB's typical (median) time. The times are the machine's, so no golden file
    holds them: the tests check the procedure (call counts) and the result's scale.

    Sources: MATLAB ``timeit`` reference page (median of multiple calls, the
    ``numOutputs`` form); S. Eddins, "timeit" (MathWorks File Exchange 18798, 2008),
    the procedure MATLAB's ``timeit`` states in its help and comments; the warning's
    text as MATLAB prints it.

    Examples
    --------
    >>> import time
    >>> from compat import matlab
    >>> t = matlab.timeit(lambda: time.sleep(0.002))
    >>> 0.0015 < t < 0.05
    True
    """
    if not callable(f):
        raise CompatTypeError("The first input must be a function handle (a callable "
                              f"with no inputs), not {type(f).__name__}.")
    count = 1 if numOutputs is None else _outputs(numOutputs)
    if count >= 2 and _takes_nargout(f):
        def call():
            return f(nargout=count)
    else:
        call = f
    t, overhead = core.median_call_time(call)
    if t < 5 * overhead:
        legacy_warn(HIGH_OVERHEAD, MatlabWarning, identifier="MATLAB:timeit:HighOverhead",
                    prefix=False)
    return float(t)
