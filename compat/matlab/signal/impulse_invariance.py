"""MATLAB's impulse-invariant analog-to-digital conversion, ``impinvar`` (issue 18).

The legacy layer (argument grammar, ``fs`` and ``tol`` defaults) over
:mod:`compat._core.impulse_invariance`.
"""

from __future__ import annotations

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import CompatValueError
from compat._core.impulse_invariance import impulse_invariant
from compat._core.legacy import matlab_function
from compat.matlab.signal._signals import coefficients
from compat.matlab.signal.design import TransferFunction

__all__ = ["impinvar"]


def _positive(value, name, default):
    if is_omitted(value) or np.asarray(value).size == 0:
        return default
    v = np.asarray(value, dtype=float)
    if v.size != 1 or not np.isfinite(v).all() or not float(v) > 0:
        raise CompatValueError(f"{name} must be a positive scalar.")
    return float(v)


@matlab_function("impinvar", nargout=2)
def impinvar(b, a, fs=None, tol=None, *, nargout=2):
    """Impulse-invariant conversion of an analog filter to a digital one, as MATLAB's
    ``impinvar``.

    MATLAB call forms::

        [bz, az] = impinvar(b, a)            ->  impinvar(b, a)          (fs = 1 Hz)
        [bz, az] = impinvar(b, a, fs)        ->  impinvar(b, a, 10)
        [bz, az] = impinvar(b, a, fs, tol)   ->  impinvar(b, a, 10, 1e-3)

    Parameters
    ----------
    b, a : vector
        Analog numerator and denominator in descending powers of ``s``; the numerator's
        order must be below the denominator's.
    fs : float, optional
        Sample rate in Hz (default 1; ``[]`` is the default).
    tol : float, optional
        MATLAB's tolerance for deciding which poles are repeated (default 0.001, "0.1%
        of a pole's magnitude"): poles that close are converted as one multiple pole
        at the group's mean (see Notes).

    Returns
    -------
    TransferFunction
        ``(bz, az)``: ``az = poly(exp(p/fs))`` for the analog poles ``p``, and ``bz``
        (``length(a) - 1`` coefficients) such that the digital impulse response is the
        analog one sampled at ``n/fs`` and scaled by ``1/fs`` (MATLAB's
        documentation). ``nargout=1`` gives ``bz`` alone.

    Notes
    -----
    MATLAB's documented algorithm expands ``b/a`` in partial fractions, maps each pole
    ``p`` to ``exp(p/fs)`` and rebuilds the transfer function from the residues (over
    ``fs``). compat samples the analog impulse response through the matrix exponential
    of a state-space realisation instead, which gives the same filter and needs no
    special formula for multiple poles. Poles closer than ``tol`` (relative to the
    pole's magnitude, grouped as ``mpoles`` does) are treated as repeated, as MATLAB's
    page says: each group is put at its mean, so the filter converted is ``b`` over
    ``a(1)*prod(s - p)`` with the merged poles (for poles -4.7932 and -4.7899 the
    coefficients move by 1e-7 relative from the exact conversion of ``b/a``). The mean
    is what GNU Octave 7.3's ``residue`` uses; MATLAB's page does not say which point of
    the group it takes. Octave's ``residue`` always groups at 0.001, whatever ``tol``
    says. Octave's ``impinvar`` also joins *z-domain* poles closer than its own ``tol``
    (default 1e-4, absolute) when it rebuilds ``B(z)``, so two distinct poles that come
    that close after sampling (-1 and -1.003 at 40 Hz) give a wrong filter there
    (``bz(2)`` -8.127 for 6.095e-4); compat keeps them distinct, as MATLAB's definition by
    the impulse response requires. ``scipy.signal`` has no impulse-invariance routine
    (``cont2discrete(..., method='impulse')`` samples ``h`` without the ``1/fs``
    scaling).

    Golden suite ``matlab/signal_more``: GNU Octave 7.3's ``impinvar`` (signal 1.4.3)
    to rounding, including a triple pole.

    Examples
    --------
    >>> from compat import matlab
    >>> bz, az = matlab.impinvar([1.0], [1, 1], 10)      # h(t) = exp(-t)
    >>> bz, az.round(6)
    (array([0.1]), array([ 1.      , -0.904837]))
    """
    bv = coefficients(b, "B", complex_ok=False, nonempty=True)
    av = coefficients(a, "A", complex_ok=False, nonempty=True)
    rate = _positive(fs, "FS", 1.0)
    tolerance = _positive(tol, "TOL", 1e-3)
    bz, az = impulse_invariant(bv, av, rate, tolerance)
    return TransferFunction.first(nargout, bz, az)
