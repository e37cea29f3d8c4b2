"""MATLAB's filter-representation conversions and second-order-section filtering:
``tf2zp``, ``zp2tf``, ``zp2ss``, ``ss2tf``, ``tf2ss``, ``zp2sos``, ``tf2sos``,
``sos2tf``, ``sos2zp``, ``sosfilt``.

Single-input single-output systems (one numerator row), as the design functions give
them. The core is :mod:`compat._core.filter_design`.
"""

from __future__ import annotations

import numpy as np
import scipy.signal

from compat._core import filter_design as core
from compat._core.args import first_nonsingleton, is_omitted, matlab_dim
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array, result_class
from compat.matlab.signal._signals import vector
from compat.matlab.signal.design import StateSpace, TransferFunction, ZeroPoleGain
from compat._core.results import Result

__all__ = ["tf2zp", "zp2tf", "zp2ss", "ss2tf", "tf2ss", "zp2sos", "tf2sos", "sos2tf",
           "sos2zp", "sosfilt"]


class SosResult(Result):
    """``[sos, g] = zp2sos(...)``: the sections (L x 6) and the overall gain."""

    request_style = "nargout"
    sos: np.ndarray
    g: float


def _scalar(value, name) -> float:
    a = matlab_array(value, name, complex_ok=False, to_float=True)
    if a.size != 1:
        raise CompatValueError(f"{name} must be a scalar (one output).")
    return float(a.ravel()[0])


def _sos(value) -> np.ndarray:
    s = matlab_array(value, "sos", complex_ok=False, to_float=True).astype(np.float64)
    s = np.atleast_2d(s)
    if s.ndim != 2 or s.shape[1] != 6 or s.shape[0] < 1:
        raise CompatValueError("SOS must be an L-by-6 matrix.")
    if np.any(s[:, 3] == 0):
        raise CompatValueError("The leading denominator coefficient a0 of every section "
                               "must be nonzero.")
    return s


@matlab_function("tf2zp", nargout=3)
def tf2zp(b, a, *, nargout=3):
    """Transfer function to zeros, poles and gain, as MATLAB's ``tf2zp``.

    MATLAB call form::

        [z, p, k] = tf2zp(b, a)                  ->  z, p, k = tf2zp(b, a)

    ``b`` shorter than ``a`` is padded with *leading* zeros (MATLAB's ``tfchk``: the
    coefficients are in descending powers), zeros and poles are ``roots`` (numpy's
    ``roots`` builds MATLAB's companion matrix, so the order is MATLAB's), and
    ``k = b(first nonzero)/a(1)``. The default ``nargout`` is 3 (all three).

    Differences from ``scipy.signal.tf2zpk(b, a)``: scipy pads ``b`` with *trailing*
    zeros for a shorter numerator (the ``z^-1`` convention), adding zeros at the
    origin; MATLAB's ``tf2zp`` does not (use ``zp2tf``/``tf2zpk`` accordingly).

    Examples
    --------
    >>> from compat import matlab
    >>> z, p, k = matlab.tf2zp([2, 3], [1, 0.4, 1])
    >>> z, p.round(4), k
    (array([-1.5]), array([-0.2+0.9798j, -0.2-0.9798j]), 2.0)
    """
    bv = vector(b, "b")
    av = vector(a, "a")
    if av.size == 0 or not np.any(av):
        raise CompatValueError("Denominator cannot be zero.")
    if bv.size > av.size and np.any(bv[:bv.size - av.size]):
        raise CompatValueError("Denominator must be of equal or higher order than the "
                               "numerator.")
    bv = bv[max(0, bv.size - av.size):]
    z, p, k = core.tf2zp(bv, av)
    k = k.real if np.iscomplexobj(k) and k.imag == 0 else k
    return ZeroPoleGain.first(nargout, np.asarray(z), np.asarray(p), float(k)
                              if not np.iscomplexobj(k) else complex(k))


@matlab_function("zp2tf", nargout=2)
def zp2tf(z, p, k, *, nargout=2):
    """Zeros, poles and gain to a transfer function, as MATLAB's ``zp2tf``.

    MATLAB call form::

        [b, a] = zp2tf(z, p, k)                  ->  b, a = zp2tf(z, p, k)

    ``a = poly(p)``, ``b = k*poly(z)`` padded with leading zeros to ``a``'s length,
    both real when the roots come in conjugate pairs (MATLAB's ``poly`` rule). ``z``
    and ``p`` are vectors (1-D, or MATLAB columns; a MATLAB row of several zeros is
    refused, as MATLAB refuses it: "Z and P must be column vectors."). The default
    ``nargout`` is 2.

    Examples
    --------
    >>> from compat import matlab
    >>> b, a = matlab.zp2tf([], [-1, -2], 6)
    >>> b, a
    (array([0., 0., 6.]), array([1., 3., 2.]))
    """
    for value, name in ((z, "Z"), (p, "P")):
        shape = np.shape(value)
        if len(shape) == 2 and shape[0] == 1 and shape[1] > 1:
            raise CompatValueError("Z and P must be column vectors.")
    zv = vector(z, "z") if not is_omitted(z) else np.zeros(0)
    pv = vector(p, "p") if not is_omitted(p) else np.zeros(0)
    kv = _scalar(k, "k")
    b, a = core.zp2tf(zv, pv, kv)
    return TransferFunction.first(nargout, b, a)


@matlab_function("zp2ss", nargout=4)
def zp2ss(z, p, k, *, nargout=4):
    """Zeros, poles and gain to state space, as MATLAB's ``zp2ss``.

    MATLAB call form::

        [A, B, C, D] = zp2ss(z, p, k)            ->  A, B, C, D = zp2ss(z, p, k)

    MATLAB's realisation: poles and zeros grouped by ``cplxpair``, then a cascade of
    first- and second-order blocks, each balanced by ``diag([1 1/wn])`` (the design
    functions' state-space forms are built from it). ``scipy.signal.zpk2ss`` gives a
    different realisation of the same system (a companion form).

    Examples
    --------
    >>> from compat import matlab
    >>> A, B, C, D = matlab.zp2ss([], [-1, -2], 2)
    >>> A, B.ravel(), C.ravel(), D
    (array([[-3.        , -1.41421356],
           [ 1.41421356,  0.        ]]), array([1., 0.]), array([0.        , 1.41421356]), array([[0.]]))
    """
    zv = vector(z, "z") if not is_omitted(z) else np.zeros(0)
    pv = vector(p, "p") if not is_omitted(p) else np.zeros(0)
    if zv.size > pv.size:
        raise CompatValueError("Denominator must be of equal or higher order than the "
                               "numerator (more poles than zeros).")
    kv = _scalar(k, "k")
    a, b, c, d = core.zp2ss(zv, pv, kv)
    return StateSpace.first(nargout, a, b, c, d)


@matlab_function("ss2tf", nargout=2)
def ss2tf(A, B, C, D, ni=1, *, nargout=2):
    """State space to transfer function, as MATLAB's ``ss2tf``.

    MATLAB call forms::

        [b, a] = ss2tf(A, B, C, D)               ->  b, a = ss2tf(A, B, C, D)
        [b, a] = ss2tf(A, B, C, D, ni)           ->  ss2tf(A, B, C, D, ni)

    ``a = poly(A)`` and ``b = poly(A - B(:,ni)*C) + (D(ni) - 1)*a`` (one output row:
    ``C`` must have one row).

    Examples
    --------
    >>> from compat import matlab
    >>> b, a = matlab.ss2tf([[-3, -2], [1, 0]], [[1], [0]], [[0, 1]], 0)
    >>> b.round(12), a.round(12)
    (array([0., 0., 1.]), array([1., 3., 2.]))
    """
    a = np.atleast_2d(matlab_array(A, "A", complex_ok=False, to_float=True)
                      .astype(float)) if not is_omitted(A) else np.zeros((0, 0))
    b = np.atleast_2d(matlab_array(B, "B", complex_ok=False, to_float=True).astype(float)) \
        if not is_omitted(B) else np.zeros((a.shape[0], 1))
    c = np.atleast_2d(matlab_array(C, "C", complex_ok=False, to_float=True).astype(float)) \
        if not is_omitted(C) else np.zeros((1, a.shape[0]))
    d = np.atleast_2d(matlab_array(D, "D", complex_ok=False, to_float=True).astype(float))
    if a.shape[0] != a.shape[1]:
        raise CompatValueError("The A matrix must be square.")
    if b.shape[0] != a.shape[0] and a.size:
        b = b.T if b.shape[1] == a.shape[0] else b
    if b.shape[0] != a.shape[0] or c.shape[1] != a.shape[0]:
        raise CompatValueError("The A, B and C matrices must have consistent dimensions.")
    if c.shape[0] != 1:
        raise CompatValueError("Only single-output systems are supported (C must have one "
                               "row).")
    col = int(_scalar(ni, "ni")) - 1
    if not 0 <= col < b.shape[1]:
        raise CompatValueError(f"ni must be an input index from 1 to {b.shape[1]}.")
    num, den = core.ss2tf(a, b[:, col:col + 1], c, d.reshape(-1)[col:col + 1])
    return TransferFunction.first(nargout, np.real(num).copy(), np.real(den).copy())


@matlab_function("tf2ss", nargout=4)
def tf2ss(b, a, *, nargout=4):
    """Transfer function to state space, as MATLAB's ``tf2ss``.

    MATLAB call form::

        [A, B, C, D] = tf2ss(b, a)               ->  A, B, C, D = tf2ss(b, a)

    The controller canonical form: ``A``'s first row is ``-a(2:end)/a(1)``, ``B`` is
    ``[1; 0; ...]`` (the same as ``scipy.signal.tf2ss``). A matrix ``b`` holds one
    numerator per row (one output each: ``C`` and ``D`` get one row per output).

    Examples
    --------
    >>> from compat import matlab
    >>> A, B, C, D = matlab.tf2ss([1, 2], [1, 3, 2])
    >>> A, B.ravel(), C.ravel(), D
    (array([[-3., -2.],
           [ 1.,  0.]]), array([1., 0.]), array([1., 2.]), array([[0.]]))
    """
    bm = matlab_array(b, "b", complex_ok=False, to_float=True).astype(np.float64)
    if bm.ndim > 2:
        raise CompatValueError("b must be a vector or a matrix with one numerator per row.")
    bm = bm.reshape(1, -1) if bm.ndim < 2 or bm.shape[0] == 1 or bm.shape[1] == 1 and \
        bm.ndim == 1 else bm
    av = vector(a, "a", complex_ok=False)
    if av.size == 0:
        raise CompatValueError("Denominator cannot be empty.")
    A, B, C, D = core.tf2ss(bm, av)
    return StateSpace.first(nargout, A, B, C, D)


_ORDER = ("up", "down")
_SCALES = ("none",)


def _sos_options(options):
    order, scale = "up", "none"
    for k, opt in enumerate(options):
        if not isinstance(opt, str):
            raise CompatTypeError("order and scale must be text.")
        key = opt.lower()
        if k == 0:
            if key not in _ORDER:
                raise CompatValueError(f"order must be 'up' or 'down', got '{opt}'.")
            order = key
        elif k == 1:
            if key not in ("none",):
                raise CompatValueError("only scale 'none' is supported (MATLAB's "
                                       "'two'/'inf' scaling is not).")
            scale = key
        else:
            raise CompatTypeError("too many arguments.")
    return order, scale


def _sections(sos, g, nargout):
    """zp2sos/tf2sos outputs: ``[sos, g]``, or ``sos`` alone with the gain ``g`` folded
    into the first section's numerator (MATLAB's one-output form)."""
    if nargout == 1:
        sos = sos.copy()
        sos[0, :3] *= g
        return sos
    return SosResult(sos=sos, g=g)


@matlab_function("zp2sos", nargout=2)
def zp2sos(z, p, k, *options, nargout=1):
    """Zeros, poles and gain to second-order sections, as MATLAB's ``zp2sos``.

    MATLAB call forms::

        [sos, g] = zp2sos(z, p, k)               ->  sos, g = zp2sos(z, p, k, nargout=2)
        [sos, g] = zp2sos(z, p, k, order)        ->  zp2sos(z, p, k, 'down', nargout=2)
        sos = zp2sos(___)                        ->  zp2sos(z, p, k)

    Poles are grouped in conjugate pairs; the pair closest to the unit circle is
    matched with the zeros closest to it, and so on; ``'up'`` (default) puts the
    sections with the poles farthest from the unit circle first. With two outputs
    the sections' numerators are monic and ``g = k``; with one output the gain is
    folded into the first section (MATLAB's documented behaviour). Scaling options
    other than ``'none'`` are not supported.

    Differences from ``scipy.signal.zpk2sos``: its default pairing is the same
    nearest-zero rule (``pairing='nearest'``), but it always folds ``k`` into the first
    section and has no separate ``g``.

    Examples
    --------
    >>> from compat import matlab
    >>> z, p, k = matlab.butter(3, 0.5, nargout=3)
    >>> sos, g = matlab.zp2sos(z, p, k, nargout=2)
    >>> sos.round(4) + 0, round(g, 6)
    (array([[1.    , 1.    , 0.    , 1.    , 0.    , 0.    ],
           [1.    , 2.    , 1.    , 1.    , 0.    , 0.3333]]), 0.166667)
    """
    zv = vector(z, "z") if not is_omitted(z) else np.zeros(0)
    pv = vector(p, "p") if not is_omitted(p) else np.zeros(0)
    kv = _scalar(k, "k")
    order, _ = _sos_options(options)
    if zv.size > pv.size:
        raise CompatValueError("The number of zeros must not exceed the number of poles.")
    return _sections(*core.zp2sos(zv, pv, kv, order), nargout)


@matlab_function("tf2sos", nargout=2)
def tf2sos(b, a, *options, nargout=1):
    """Transfer function to second-order sections, as MATLAB's ``tf2sos``.

    MATLAB call forms::

        [sos, g] = tf2sos(b, a)                  ->  sos, g = tf2sos(b, a, nargout=2)
        [sos, g] = tf2sos(b, a, order)           ->  tf2sos(b, a, 'down', nargout=2)
        sos = tf2sos(___)                        ->  tf2sos(b, a)

    ``tf2zp`` followed by ``zp2sos`` (see there). Here ``b`` and ``a`` are in
    descending powers of ``z``: a shorter ``b`` is padded with trailing zeros first
    (MATLAB's ``tf2sos`` works in ``z^-1``).

    Examples
    --------
    >>> from compat import matlab
    >>> b, a = matlab.butter(3, 0.5)
    >>> matlab.tf2sos(b, a).round(4) + 0
    array([[0.1667, 0.1667, 0.    , 1.    , 0.    , 0.    ],
           [1.    , 2.    , 1.    , 1.    , 0.    , 0.3333]])
    """
    bv = vector(b, "b", complex_ok=False)
    av = vector(a, "a", complex_ok=False)
    if av.size == 0 or not np.any(av):
        raise CompatValueError("Denominator cannot be zero.")
    n = max(bv.size, av.size)
    bv = np.concatenate([bv, np.zeros(n - bv.size)])
    av = np.concatenate([av, np.zeros(n - av.size)])
    z, p, k = core.tf2zp(bv, av)
    order, _ = _sos_options(options)
    return _sections(*core.zp2sos(z, p, float(np.real(k)), order), nargout)


@matlab_function("sos2tf", nargout=2)
def sos2tf(sos, g=1.0, *, nargout=2):
    """Second-order sections to a transfer function, as MATLAB's ``sos2tf``.

    MATLAB call forms::

        [b, a] = sos2tf(sos)                     ->  b, a = sos2tf(sos)
        [b, a] = sos2tf(sos, g)                  ->  sos2tf(sos, g)

    The products of the sections' numerators and denominators (``conv``), the
    numerator times ``g`` (a scalar, or one value per section as MATLAB allows).

    Examples
    --------
    >>> from compat import matlab
    >>> b, a = matlab.sos2tf([[1, 1, 0, 1, -0.5, 0], [1, 2, 1, 1, 0, 0.25]], 2)
    >>> b, a
    (array([2., 6., 6., 2.]), array([ 1.   , -0.5  ,  0.25 , -0.125]))
    """
    s = _sos(sos)
    gv = matlab_array(g, "g", complex_ok=False, to_float=True).astype(float).ravel()
    b, a = core.sos2tf(s, gv)
    return TransferFunction.first(nargout, b, a)


@matlab_function("sos2zp", nargout=3)
def sos2zp(sos, g=1.0, *, nargout=3):
    """Second-order sections to zeros, poles and gain, as MATLAB's ``sos2zp``.

    MATLAB call forms::

        [z, p, k] = sos2zp(sos)                  ->  z, p, k = sos2zp(sos)
        [z, p, k] = sos2zp(sos, g)               ->  sos2zp(sos, g)

    Each section's roots in turn (``roots`` of its numerator and denominator; a
    section ``[b0 b1 0 ...]`` contributes one zero), ``k = g * prod(b0/a0)``.

    Examples
    --------
    >>> from compat import matlab
    >>> z, p, k = matlab.sos2zp([[1, 2, 1, 1, 0, 0.25]], 3)
    >>> z.real, p + 0, k
    (array([-1., -1.]), array([0.+0.5j, 0.-0.5j]), 3.0)
    """
    s = _sos(sos)
    gv = matlab_array(g, "g", complex_ok=False, to_float=True).astype(float).ravel()
    z, p, k = core.sos2zp(s, gv)
    return ZeroPoleGain.first(nargout, z, p, float(k))


@matlab_function("sosfilt")
def sosfilt(sos, x, dim=None):
    """Second-order (biquadratic) IIR filtering, as MATLAB's ``sosfilt``.

    MATLAB call forms::

        y = sosfilt(sos, x)                      ->  y = sosfilt(sos, x)
        y = sosfilt(sos, x, dim)                 ->  sosfilt(sos, x, 2)

    Runs ``x`` through each section of the ``L x 6`` matrix ``sos`` in turn (direct
    form II transposed; every section normalised by its ``a0``), along the first
    non-singleton dimension (each column of a matrix) or ``dim``.

    Differences from ``scipy.signal.sosfilt(sos, x)``: scipy filters along the last
    axis (the rows of a MATLAB matrix); MATLAB along columns.

    Examples
    --------
    >>> from compat import matlab
    >>> sos = matlab.tf2sos(*matlab.butter(4, 0.25))
    >>> y = matlab.sosfilt(sos, np.ones(50))
    >>> float(y[-1].round(4))
    1.0
    """
    s = _sos(sos)
    X = matlab_array(x, "x", to_float=True)
    dtype = result_class(X)
    if X.size == 0:
        return X.astype(dtype)
    s = s / s[:, 3:4]
    if is_omitted(dim):
        axis = first_nonsingleton(X.shape) - 1
    else:
        axis = matlab_dim(None, dim, X.ndim)
        if axis >= X.ndim:
            return np.asarray(X, dtype).copy() * (np.prod(s[:, 0]) if True else 1)
    y = scipy.signal.sosfilt(s.astype(dtype if dtype.kind == "f" else np.float64), X,
                             axis=axis)
    return np.asarray(y, dtype=dtype)
