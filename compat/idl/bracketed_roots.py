"""The IDL Astronomy Library's ``ZBRENT`` (Brent's bracketed root finder), over
:mod:`compat._core.bracketed_roots`.

The end points and the function's values keep their IDL types through the iteration,
as zbrent.pro keeps them: Python ints are IDL INT/LONG literals, Python floats DOUBLE,
numpy scalars their own type (pass ``np.float32`` for FLOAT).
"""

from __future__ import annotations

import numpy as np

from compat._core import bracketed_roots as core
from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["zbrent"]


def _scalar(value, name):
    a = idl_array(value, name, complex_ok=False)
    if a.size != 1:
        raise CompatValueError(f"{name} must be a scalar (one point), got {a.size} "
                               "elements")
    return a.reshape(-1)[0]


@idl_routine("ZBRENT")
def zbrent(x1, x2, *, func_name, max_iterations=None, tolerance=None, **extra):
    """The zero of a function between two points that bracket it, as the IDL Astronomy
    Library's ``ZBRENT``.

    IDL call form::

        Result = ZBRENT(x1, x2, FUNC_NAME=name [, MAX_ITERATIONS=n] [, TOLERANCE=tol]
                        [, _EXTRA=extra])
        ->  idl.zbrent(x1, x2, func_name=f, max_iterations=n, tolerance=tol, **extra)

    Parameters
    ----------
    x1, x2 : scalar
        Two points with ``f(x1)`` and ``f(x2)`` of opposite signs (or one zero). The
        arithmetic is DOUBLE when either is DOUBLE, else it keeps their types (INT end
        points become FLOAT after the first interpolation step).
    func_name : callable
        IDL's FUNC_NAME (a function's name): in Python ``f(x)`` of one scalar returning a
        scalar (or one-element array), called with an IDL-typed numpy scalar; its result
        is typed like any input (a Python float is DOUBLE). It should compute in the
        precision of ``x``, as zbrent.pro asks of the user's function.
    max_iterations : int, optional
        MAX_ITERATIONS (default 100).
    tolerance : scalar, optional
        TOLERANCE, the accuracy wanted for the root (default FLOAT 1.e-3; its type takes
        part in the arithmetic as in zbrent.pro).
    **extra
        IDL's ``_EXTRA``: keywords passed to ``func_name`` on every call.

    Returns
    -------
    numpy scalar
        The root in the type the iteration left it: DOUBLE for DOUBLE ends or once a
        minimal step (``tol1``, DOUBLE) was taken, else FLOAT (or the end point's own
        type when the first end is returned unchanged).

    Warns
    -----
    CompatWarning
        ``"ZBRENT: root must be bracketed by the 2 inputs"`` (``x1`` is returned, as
        zbrent.pro does), ``"ZBRENT: exceeded maximum number of iterations: N"`` (the
        last estimate is returned) -- zbrent.pro's ``MESSAGE, /INFO`` texts.

    Raises
    ------
    TypeError
        When ``func_name`` is not callable (compat's wording).
    ValueError
        ``"ZBRENT: Variable is undefined: XC"`` when ``f(x2)`` is exactly 0 and ``f(x1)``
        is not (zbrent.pro never sets its third point then, and IDL stops with that
        message); for non-scalar end points or a bad MAX_ITERATIONS (compat's wording).

    Notes
    -----
    Numerical Recipes' ``zbrent`` (Press et al. 1992, section 9.3) as zbrent.pro
    (IDL Astronomy Library, F. Varosi 1992, W. Landsman 2002-2012) writes it, step by
    step in IDL's types (see :mod:`compat._core.bracketed_roots`), so the root returned
    is the routine's own to the last bit -- not merely a root within TOLERANCE.
    Differences from ``scipy.optimize.brentq(f, x1, x2, xtol=tol)``: brentq's
    stopping rule (``xtol + rtol*|x|``, rtol 8.9e-16) and step logic differ, so its root
    differs within the tolerance; it raises for an unbracketed interval where ZBRENT
    returns ``x1`` with a message, and it computes in double precision whatever the
    input type.

    Examples
    --------
    zbrent.pro's example, the root of COS between 1 and 2 radians (INT ends: the
    function is FLOAT):

    >>> import numpy as np
    >>> from compat import idl
    >>> r = idl.zbrent(1, 2, func_name=lambda x: np.cos(np.float32(x)))
    >>> r.dtype, abs(r - np.pi / 2) < 1e-3
    (dtype('float32'), np.True_)
    >>> r = idl.zbrent(1.0, 2.0, func_name=lambda x: x * x - 2, tolerance=1e-12)
    >>> r.dtype, float(r), abs(r - np.sqrt(2)) < 1e-12
    (dtype('float64'), 1.4142135623731364, np.True_)
    """
    if isinstance(func_name, (str, bytes)) or not callable(func_name):
        raise CompatTypeError("FUNC_NAME must be a Python function of one variable "
                              f"(IDL's function name {func_name!r} cannot be called).")
    a = _scalar(x1, "x1")
    b = _scalar(x2, "x2")
    if max_iterations is None:
        maxit = 100
    else:
        m = idl_array(max_iterations, "MAX_ITERATIONS", complex_ok=False)
        if m.size != 1 or not np.isfinite(m).all():
            raise CompatValueError("MAX_ITERATIONS must be one finite number")
        maxit = int(m.reshape(-1)[0])
    tol = np.float32(1.0e-3) if tolerance is None else _scalar(tolerance, "TOLERANCE")

    def f(x):
        value = func_name(x, **extra) if extra else func_name(x)
        v = idl_array(value, "FUNC_NAME's value", complex_ok=False)
        if v.size != 1:
            raise CompatValueError(f"FUNC_NAME must return one value, got {v.size}")
        return v.reshape(-1)[0]

    try:
        root, message = core.zbrent(f, a, b, tol=tol, maxit=maxit)
    except core.UndefinedBracket as error:
        raise CompatValueError(str(error)) from None
    if message is not None:
        legacy_warn(message)
    return root
