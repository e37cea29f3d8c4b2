"""IDL's random numbers: ``RANDOMU`` and ``RANDOMN``, over :mod:`compat._core.idl_random`
(IDL 8.2+'s Mersenne Twister and its seed semantics; see that module for what is
reproduced bit for bit and what is not).

IDL's Seed is an input *and* output argument: a named variable receives the generator's
628-element state array, which the next call continues from. Python has no named
variables, so both routines return a :class:`RandomResult` ``(result, seed)``; a port
writes::

    r, seed = idl.randomu(seed, 100)        # IDL: r = RANDOMU(seed, 100)

``seed`` may be ``None`` (IDL's undefined variable: the generic state, seeded from the
time of day when compat is first used, and carried from call to call), an integer (a new
sequence) or the state array a previous call returned (the sequence continues).
"""

from __future__ import annotations

import numpy as np

from compat._core import idl_random as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_arrays import idl_dims
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["randomu", "randomn"]


class RandomResult(Result):
    """RANDOMU's/RANDOMN's result and the new state of the Seed argument."""

    result: object
    seed: np.ndarray


def _draw(default_normal: bool, seed, dims, *, binomial, double, gamma,
          long, normal, poisson, ulong, uniform):
    chosen = [k for k, v in (("GAMMA", gamma is not None), ("BINOMIAL", binomial is not None),
                             ("NORMAL", normal), ("POISSON", poisson is not None),
                             ("UNIFORM", uniform)) if v]
    if len(chosen) > 1 or (long and ulong):
        raise CompatValueError("Conflicting keywords.")
    if isinstance(seed, (str, bytes)):
        raise CompatTypeError("String expression not allowed in this context: Seed.")
    if seed is not None:
        idl_array(seed, "Seed", complex_ok=False)
    shape = idl_dims(dims) if dims else ()
    n = int(np.prod(shape)) if shape else 1
    stream = core.state_from_seed(seed)
    ftype = np.float64 if double else np.float32
    if long:
        values = stream.long(n)
    elif ulong:
        values = stream.ulong(n)
    elif gamma is not None:
        order = idl_array(gamma, "GAMMA", complex_ok=False, scalar=True)
        k = int(order) if float(order) >= 1 else (1 if float(order) > 0 else 0)
        if k <= 0:
            raise CompatValueError("Value of (Int/Long) GAMMA is out of allowed range: "
                                   "Gamma = 1, 2, 3, ...")
        if not double and k >= 10_000_000:
            raise CompatValueError("Value of GAMMA is out of allowed range: Try /DOUBLE.")
        values = stream.gamma(n, k).astype(ftype)
    elif binomial is not None:
        b = idl_array(binomial, "BINOMIAL", complex_ok=False).reshape(-1)
        if b.size != 2:
            raise CompatValueError("Keyword array parameter BINOMIAL must have 2 elements.")
        trials, p = float(b[0]), float(b[1])
        if trials < 1:
            raise CompatValueError("Value of BINOMIAL[0] is out of allowed range: n = 1, "
                                   "2, 3, ...")
        if not 0 <= p <= 1:
            raise CompatValueError("Value of BINOMIAL[1] is out of allowed range: 0.0 <= "
                                   "p <= 1.0")
        values = stream.binomial(n, int(trials), p).astype(ftype)
    elif poisson is not None:
        mu = float(idl_array(poisson, "POISSON", complex_ok=False, scalar=True))
        if mu < 0:
            raise CompatValueError("Value of POISSON is out of allowed range: Poisson > 0.0")
        if not double and mu > 1e7:
            raise CompatValueError("Value of POISSON is out of allowed range: Try /DOUBLE.")
        values = stream.poisson(n, mu).astype(ftype)
    elif normal or (default_normal and not uniform):
        values = stream.normal(n, double).astype(ftype)
    else:
        values = stream.uniform_double(n) if double else stream.uniform_float(n)
    core.set_generic(stream)
    values = np.asarray(values).reshape(shape) if shape else np.asarray(values)[0]
    return RandomResult(result=values, seed=stream.state())


_DOC = """{what}, as IDL's ``{upper}``, with IDL's Seed semantics.

    IDL call form::

        Result = {upper}(Seed [, D1, ..., D8] [, BINOMIAL=[trials, probability]]
                         [, /DOUBLE] [, GAMMA=integer] [, /LONG] [, /NORMAL]
                         [, POISSON=value] [, /ULONG] [, /UNIFORM])

    Python::

        r, seed = idl.{name}(seed, d1, ..., binomial=None, double=False, gamma=None,
                             long=False, normal=False, poisson=None, ulong=False,
                             uniform=False)

    Parameters
    ----------
    seed : None, int or array
        IDL's Seed: ``None`` (an undefined variable) uses and advances the generic state;
        an integer (or the first element of an integer array) starts a new sequence
        ``init_genrand(seed)``; the 628-element state array returned by a previous call
        continues that sequence. The caller's array is never modified.
    *dims : int or sequence of int
        The result's IDL dimensions (numpy shape reversed); none: one value.
    double : bool
        /DOUBLE: DOUBLE values (two 32-bit draws per uniform).
    long, ulong : bool
        /LONG: LONG values in 1 ... 2^31 - 2; /ULONG: the raw 32-bit ULONG draws.
    normal, uniform : bool
        The distribution: normal (RANDOMN's default) or uniform in [0, 1) (RANDOMU's).
    gamma : int, optional
        GAMMA=k: gamma deviates of integer order k >= 1.
    poisson : float, optional
        POISSON=mean: Poisson deviates (returned as FLOAT/DOUBLE, as IDL does).
    binomial : [trials, probability], optional
        BINOMIAL=: binomial deviates.

    Returns
    -------
    RandomResult
        ``(result, seed)``: the values (FLOAT unless /DOUBLE; LONG/ULONG with those
        keywords; a scalar without dimensions) and the new 628-element ULONG state,
        which is what IDL leaves in the Seed variable.

    Notes
    -----
    Uniform, normal, /LONG and /ULONG values are IDL's bit for bit (IDL 8.2+'s Mersenne
    Twister, FLOAT ``k/2^32``, DOUBLE ``genrand_res53``, polar Box-Muller): checked
    against IDL 8.4's values for seed 10 as GDL's test suite records them and against
    GDL 1.0.1's IDL-compatible generator (its ``/RAN1`` mode; GDL's default dSFMT
    generator gives other numbers, recorded as a divergence). GAMMA= orders 1-11 and
    POISSON= means up to 10 follow GSL's algorithms as GDL does; other GAMMA=, POISSON=
    and every BINOMIAL= deviate are drawn by inverting the distribution function (IDL
    does not document its algorithms): same distribution and seed semantics, not IDL's
    values. IDL's /RAN1 (the pre-8.2 Numerical Recipes generator) is not provided.
    ``numpy.random.default_rng(seed).random(n)`` is a different generator (PCG64)
    and ``numpy.random.RandomState(seed).random_sample(n)`` gives IDL's DOUBLE values
    but neither its FLOAT values nor its state array.

    Examples
    --------
    >>> from compat import idl
    >>> r, seed = idl.{name}(10, 3)
    >>> r
    {example}
    >>> seed.shape, seed.dtype
    ((628,), dtype('uint32'))
    >>> r2, seed = idl.{name}(seed, 2)          # the sequence continues
    """


@idl_routine("RANDOMU")
def randomu(seed, *dims, binomial=None, double=False, gamma=None, long=False,
            normal=False, poisson=None, ulong=False, uniform=False):
    return _draw(False, seed, dims, binomial=binomial, double=double,
                 gamma=gamma, long=long, normal=normal, poisson=poisson, ulong=ulong,
                 uniform=uniform)


@idl_routine("RANDOMN")
def randomn(seed, *dims, binomial=None, double=False, gamma=None, long=False,
            normal=False, poisson=None, ulong=False, uniform=False):
    return _draw(True, seed, dims, binomial=binomial, double=double,
                 gamma=gamma, long=long, normal=normal, poisson=poisson, ulong=ulong,
                 uniform=uniform)


randomu.__doc__ = _DOC.format(what="Uniform (or other) pseudo-random numbers",
                              upper="RANDOMU", name="randomu", example="array([0.77132064, 0.29876116, 0.02075195], dtype=float32)")
randomn.__doc__ = _DOC.format(what="Normal (or other) pseudo-random numbers",
                              upper="RANDOMN", name="randomn", example="array([-0.74609995,  1.0059307 , -0.00464461], dtype=float32)")
