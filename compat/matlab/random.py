"""MATLAB's random numbers: ``rng``, ``rand``, ``randi``, ``randn``, ``randperm``.

The legacy layer of the family: each function reads MATLAB's argument grammar (seeds,
generator names, settings structures, size arguments, class names and ``'like'``) and
draws from the one global Mersenne Twister stream, :mod:`compat._core.mt19937`, which
reproduces MATLAB's default generator bit for bit.
"""

from __future__ import annotations

import time

import numpy as np

from compat._core import mt19937
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_integers import INT_CLASSES
from compat._core.matlab_types import matlab_array, matlab_class, nonnegative_integer

__all__ = ["rng", "rand", "randi", "randn", "randperm"]

_DOCS = Fragments(
    # the size grammar rand and randn share
    size_forms="""
        MATLAB call forms::

            X = {{name}}                  ->  {{name}}()
            X = {{name}}(n)               ->  {{name}}(3)               (n-by-n)
            X = {{name}}(sz1, ..., szN)   ->  {{name}}(2, 5)
            X = {{name}}(sz)              ->  {{name}}([2, 5])
            X = {{name}}(..., typename)   ->  {{name}}(3, 'single')
            X = {{name}}(..., 'like', p)  ->  {{name}}(3, 'like', p)    {{like_note}}""",
)

_TWISTER = ("twister", "mt19937ar")
_RANDI_CLASSES = ("double", "single", "int8", "int16", "int32", "uint8", "uint16",
                  "uint32")


def _size(args, classes=("double", "single")):
    """MATLAB size arguments ``(n)``, ``(m, n, ...)``, ``([m n ...])`` and a trailing
    class name or ``'like', p``: ``(shape, classname)``, shape ``None`` for the no-size
    call (a scalar). Negative sizes count as 0 and trailing singleton dimensions beyond
    the second are dropped, as MATLAB."""
    args = list(args)
    cls = "double"
    if args and isinstance(args[0], str) and args[0].lower() in ("seed", "state", "twister"):
        raise CompatValueError(f"the discouraged ('{args[0]}', ...) form selects one of "
                               "MATLAB's legacy generators, which compat does not "
                               "reproduce; rng(seed) seeds the default generator instead, "
                               "whose numbers differ from the legacy ones")
    if len(args) >= 2 and isinstance(args[-2], str) and args[-2].lower() == "like":
        p = args[-1]
        text = isinstance(p, str) or np.asarray(p).dtype.kind == "U"
        cls = "char" if text else matlab_class(matlab_array(p, "p"))
        args = args[:-2]
    elif args and isinstance(args[-1], str):
        cls = args[-1].lower()
        args = args[:-1]
    if cls not in classes:
        accepted = ", ".join(f"'{c}'" for c in classes)
        raise CompatValueError(f"class '{cls}' is not supported; accepted: {accepted}")
    if any(isinstance(a, str) for a in args):
        raise CompatValueError("unexpected option string among the size arguments")
    if not args:
        return None, cls
    if len(args) == 1:
        v = np.asarray(args[0])
        dims = v.ravel().tolist() if v.ndim else [v.item(), v.item()]
        if v.ndim and v.size == 1:
            dims = [dims[0], dims[0]]
        if v.ndim and v.size == 0:
            raise CompatValueError("size vector must have at least one element")
    else:
        dims = []
        for a in args:
            v = np.asarray(a)
            if v.size != 1:
                raise CompatValueError("each size argument must be a scalar; use a size "
                                       "vector [m n ...] as the only size argument")
            dims.append(v.item())
    out = []
    for d in dims:
        if isinstance(d, bool) or not isinstance(d, (int, float, np.integer, np.floating)) \
                or not np.isfinite(d) or d != int(d):
            raise CompatValueError(f"Size inputs must be integers; got {d!r}")
        out.append(max(int(d), 0))
    while len(out) > 2 and out[-1] == 1:   # MATLAB drops trailing singleton dimensions
        out.pop()
    return tuple(out), cls


@matlab_function("rng")
def rng(*args):
    """Seed, reset, save or restore the global random stream, as MATLAB's ``rng``.

    MATLAB call forms::

        rng(seed)               ->  rng(0)
        rng(seed, 'twister')    ->  rng(42, 'twister')
        rng('default')          ->  rng('default')        (Mersenne Twister, seed 0)
        rng('shuffle')          ->  rng('shuffle')        (seed from the clock)
        s = rng                 ->  s = rng()
        rng(s)                  ->  rng(s)                (restore saved settings)
        t = rng(...)            ->  t = rng(...)          (previous settings)

    After ``rng(seed)`` compat's :func:`rand` and :func:`randi` return exactly the
    numbers MATLAB returns after the same call: MATLAB's 'twister' generator is MT19937
    with the reference ``init_genrand`` seeding (seed 0 meaning the reference default
    5489) and 53-bit doubles from two 32-bit outputs, which is numpy's legacy
    ``np.random.RandomState``. The naive numpy calls do not reproduce it:
    ``np.random.default_rng(0)`` is a different generator (PCG64), and
    ``np.random.seed(0)``/``RandomState(0)`` seeds MT19937 with 0 rather than 5489
    (first value 0.5488, MATLAB's is 0.8147). And MATLAB fills arrays column-major.

    Parameters
    ----------
    seed : int or 'default' or 'shuffle' or dict
        A non-negative integer below 2^32; 'default' (seed 0, MATLAB's start-up
        state); 'shuffle' (a seed from the current time); or a settings dict returned
        by an earlier ``rng()``.
    generator : str, optional
        'twister' (MATLAB's default, also 'mt19937ar') only; the other MATLAB
        generators ('simdTwister', 'combRecursive', 'philox', 'threefry',
        'multFibonacci', 'v5uniform', 'v5normal', 'v4') are not reproduced and raise
        ValueError.

    Returns
    -------
    dict
        The settings *before* the call: ``{'Type': 'twister', 'Seed': seed, 'State':
        625 uint32}`` (MATLAB's structure; ``State`` is MT19937's 624-word key and the
        position). Pass it back to ``rng`` to restore the stream.

    Raises
    ------
    ValueError
        ``"rng: ..."`` for a negative, non-integer or too large seed and for
        unsupported generators.

    Notes
    -----
    :func:`randn` draws from the same stream (MATLAB's ziggurat, reproduced bit for
    bit). Not reproduced: ``randperm(n, k)`` (:func:`randperm` reproduces
    ``randperm(n)``) and the generators listed above. GNU Octave's ``rand('twister',
    s)``/``rand('seed', s)`` seed its Mersenne Twister differently (Octave's
    ``rand('twister', 0); rand(1,3)`` is 0.8444 0.7580 0.4206), so Octave is no oracle
    for MATLAB's random numbers; the goldens in reference_outputs/matlab/rand are
    values printed by MATLAB.

    Sources: MATLAB documentation of ``rng`` and "Why Do Random Numbers Repeat After
    Startup?" (``rng('default'); A = rand(2,2)`` prints 0.8147 0.1270; 0.9058 0.9134);
    M. Matsumoto and T. Nishimura, "Mersenne Twister", ACM TOMACS 8(1), 1998
    (init_genrand, genrand_res53).

    Examples
    --------
    >>> from compat.matlab import rng, rand
    >>> _ = rng('default')
    >>> rand(2, 2)
    array([[0.81472369, 0.12698682],
           [0.90579194, 0.91337586]])
    >>> s = rng(); a = rand(1, 3); _ = rng(s); bool((rand(1, 3) == a).all())
    True
    """
    previous = mt19937.settings()
    if not args:
        return previous
    if len(args) > 2:
        raise CompatTypeError("too many input arguments (rng(seed, generator))")
    seed = args[0]
    if len(args) == 2:
        gen = args[1]
        if not isinstance(gen, str):
            raise CompatTypeError(f"generator must be a string; got {gen!r}")
        if gen.lower() not in _TWISTER:
            raise CompatValueError(f"generator '{gen}' is not reproduced by compat; only "
                                   "'twister' (MATLAB's default, the Mersenne Twister) is")
    if isinstance(seed, dict):
        if str(seed.get("Type", "twister")).lower() not in _TWISTER:
            raise CompatValueError(f"settings of type {seed.get('Type')!r} are not "
                                   "supported; only 'twister'")
        try:
            mt19937.restore(seed)
        except (KeyError, ValueError) as exc:
            raise CompatValueError(f"invalid settings structure: {exc}") from None
        return previous
    if isinstance(seed, str):
        key = seed.lower()
        if key == "default":
            mt19937.seed_stream(mt19937.MATLAB_DEFAULT_SEED)
        elif key == "shuffle":
            mt19937.seed_stream(int(time.time_ns() // 1000) % (2 ** 32))
        elif key in _TWISTER:
            mt19937.seed_stream(0)
        else:
            raise CompatValueError(f"unknown option '{seed}'; use a seed, 'default' or "
                                   "'shuffle'")
        return previous
    s = np.asarray(seed)
    if s.size != 1 or s.dtype.kind not in "iuf" or not np.isfinite(s.astype(float)) or \
            float(s) != np.floor(float(s)) or float(s) < 0 or float(s) >= 2.0 ** 32:
        raise CompatValueError(f"The seed must be a nonnegative integer less than 2^32; "
                               f"got {seed!r}")
    mt19937.seed_stream(int(float(s)))
    return previous


@matlab_function("rand")
@_DOCS.named(like_note="")
def rand(*args):
    """Uniformly distributed random numbers, as MATLAB's ``rand``.

    {{size_forms}}

    Draws from compat's global stream (see :func:`compat.matlab.rng`), which
    reproduces MATLAB's default generator: after ``rng('default')`` or ``rng(0)``,
    ``rand(3)`` is MATLAB's ``[0.8147 0.9134 0.2785; 0.9058 0.6324 0.5469; 0.1270
    0.0975 0.9575]`` bit for bit. Values fill the array in **column-major** order
    (MATLAB's storage order), so ``rand(2, 3)`` holds the first six values down the
    columns.

    Differences from the naive numpy calls: ``np.random.rand(3, 3)`` /
    ``np.random.default_rng(0).random((3, 3))`` use another seeding or generator and
    fill rows first; ``np.random.RandomState(5489).random_sample((3, 3))`` has the
    right numbers in the wrong places (row-major).

    Parameters
    ----------
    n, sz1, ..., szN : int
        Sizes (negative counts as 0; trailing singleton dimensions beyond the second
        are dropped, as MATLAB).
    sz : sequence of int
        Size vector.
    typename : {'double', 'single'}
        'single' returns float32: compat draws the double and rounds it to single.
        MATLAB's construction of single values is not documented and has not been
        checked against printed MATLAB values (no such print-out was found).
    'like', p
        The class of ``p`` (double or single).

    Returns
    -------
    ndarray, or a numpy scalar for ``rand()``
        Values in the open interval (0, 1). ``rand(n)`` is 2-D n-by-n; a 1-D result
        never occurs (MATLAB has none): ``rand(1, 5)`` is shape (1, 5).

    Raises
    ------
    ValueError
        ``"rand: Size inputs must be integers ..."``, unsupported class names.

    Notes
    -----
    Not reproduced: ``rand(s, ...)`` with a ``RandStream`` and the discouraged
    ``rand('seed'|'state'|'twister', ...)`` forms.
    GNU Octave's ``rand`` seeds its Mersenne Twister differently, so its numbers never
    match MATLAB's; the goldens are MATLAB's printed values.

    Sources: MATLAB documentation of ``rand`` (call forms, column-major fill,
    interval (0,1)) and of ``rng``/"Why Do Random Numbers Repeat After Startup?"
    (printed ``rng('default'); rand(2,2)``); M. Matsumoto and T. Nishimura,
    "Mersenne Twister", ACM TOMACS 8(1), 1998.

    Examples
    --------
    >>> from compat.matlab import rng, rand
    >>> _ = rng('default')
    >>> rand(3).round(4)
    array([[0.8147, 0.9134, 0.2785],
           [0.9058, 0.6324, 0.5469],
           [0.127 , 0.0975, 0.9575]])
    """
    shape, cls = _size(args)
    if shape is None:
        v = mt19937.uniform(1)[0]
        return np.float32(v) if cls == "single" else np.float64(v)
    out = mt19937.draw(shape)
    return out.astype(np.float32) if cls == "single" else out


@matlab_function("randi")
def randi(imax, *args):
    """Uniformly distributed random integers, as MATLAB's ``randi``.

    MATLAB call forms::

        X = randi(imax)                 ->  randi(10)
        X = randi(imax, n)              ->  randi(10, 3)
        X = randi(imax, sz1, ..., szN)  ->  randi(10, 1, 5)
        X = randi(imax, sz)             ->  randi(10, [1, 5])
        X = randi([imin imax], ...)     ->  randi([-10, 10], 100, 1)
        X = randi(..., classname)       ->  randi(10, 1, 5, 'uint8')
        X = randi(..., 'like', p)

    Each integer uses one uniform value ``u`` of the global stream (MATLAB's
    documentation: "randi uses one uniform value to create each integer value"):
    ``X = imin + floor(u * (imax - imin + 1))``, filled column-major. After
    ``rng('default')``, ``randi(10, 1, 5)`` is MATLAB's printed ``9 10 2 10 7``.

    Differences from the naive numpy calls: ``np.random.randint(1, 11, 5)`` and
    ``Generator.integers`` use other generators/seeding and, for the legacy
    generator, rejection sampling on 32-bit words (not one double per value), so even
    with the right stream the values differ; and numpy's upper bound is exclusive.

    Parameters
    ----------
    imax : int or [imin, imax]
        Positive integer, or two integers ``imin <= imax``; ``imax - imin`` below
        2^53.
    sizes, classname, 'like' p
        As :func:`compat.matlab.rand`; classname 'double' (default), 'single', or an
        integer class other than the 64-bit ones (MATLAB does not support int64/uint64
        here either).

    Returns
    -------
    ndarray of the class (numpy scalar for ``randi(imax)``).

    Raises
    ------
    ValueError
        ``"randi: The first input must be a positive integer scalar IMAX, or two
        integers [IMIN IMAX] with IMIN <= IMAX"``; values not representable in the
        requested integer class; bad sizes.

    Notes
    -----
    The mapping ``floor(u*n)`` is an inference: MATLAB documents one uniform per
    value and its printed example matches it (``ceil(u*n)`` would give the same
    values except for ``u*n`` exactly integral, which has probability ~2^-53).

    Sources: MATLAB documentation of ``randi`` (call forms, 64-bit classes not
    supported, "one uniform value" per integer, ``rng('default'); randi(10,1,5)``
    printing ``9 10 2 10 7``).

    Examples
    --------
    >>> from compat.matlab import rng, randi
    >>> _ = rng('default')
    >>> randi(10, 1, 5)
    array([[ 9., 10.,  2., 10.,  7.]])
    """
    lim = np.asarray(imax)
    msg = ("The first input must be a positive integer scalar IMAX, or two integers "
           "[IMIN IMAX] with IMIN <= IMAX")
    if lim.dtype.kind not in "iuf" or lim.size not in (1, 2) or \
            not np.all(np.isfinite(lim.astype(float))) or \
            np.any(lim.astype(float) != np.floor(lim.astype(float))):
        raise CompatValueError(f"{msg}; got {imax!r}")
    vals = [int(v) for v in lim.astype(float).ravel()]
    lo, hi = (1, vals[0]) if lim.size == 1 else (vals[0], vals[1])
    if (lim.size == 1 and hi < 1) or lo > hi:
        raise CompatValueError(f"{msg}; got {imax!r}")
    if hi - lo >= 2 ** 53:
        raise CompatValueError("the range imax - imin must be below 2^53")
    shape, cls = _size(args, _RANDI_CLASSES)
    if cls in INT_CLASSES:
        info = np.iinfo(INT_CLASSES[cls])
        if lo < info.min or hi > info.max:
            raise CompatValueError(f"the range [{lo} {hi}] does not fit class '{cls}'")
    r = mt19937.integers(lo, hi, shape if shape is not None else (1,))
    r = r.astype(np.float32 if cls == "single" else INT_CLASSES.get(cls, np.float64))
    return r[0] if shape is None else r


@matlab_function("randn")
@_DOCS.named(like_note="(real p only)")
def randn(*args):
    """Normally distributed random numbers, as MATLAB's ``randn`` on the default stream.

    {{size_forms}}

    Draws from compat's global Mersenne Twister stream (see :func:`compat.matlab.rng`)
    with MATLAB's own normal transform for that stream, its 256-layer ziggurat
    (:mod:`compat._core.matlab_normal`), so after ``rng(seed)`` the values are MATLAB's
    bit for bit and the stream is left where MATLAB leaves it (a following ``rand``
    or ``randn`` continues as in MATLAB). After ``rng('default')``, ``randn(5)`` is
    MATLAB's documented ``[0.5377 -1.3077 -1.3499 -0.2050 0.6715; 1.8339 ...]``; values
    fill the array column-major. Each value takes two 32-bit outputs of the stream,
    about 1.5 % take more (a wedge or tail step), so ``randn(1, 5)`` is not five
    ``rand`` values transformed.

    Differences from the naive numpy calls: ``np.random.randn`` /
    ``default_rng().standard_normal`` use other generators and algorithms (even
    ``RandomState(5489).standard_normal`` is a polar Box-Muller method), and fill rows
    first; the often-quoted ``sqrt(2) * erfinv(2 * rand - 1)`` equals MATLAB's
    ``norminv(rand(...))``, not its ``randn``.

    Parameters
    ----------
    n, sz1, ..., szN, sz
        Sizes, as :func:`compat.matlab.rand`.
    typename : {'double', 'single'}
        'single' returns float32: compat draws the double and rounds it. MATLAB's
        construction of single normal values has not been checked against a MATLAB
        print-out (none was found).
    'like', p
        The class of ``p`` (double or single). A complex ``p`` (MATLAB returns complex
        values) raises ValueError: the order in which MATLAB draws real and imaginary
        parts has not been established.

    Returns
    -------
    ndarray, or a numpy scalar for ``randn()``

    Raises
    ------
    ValueError
        ``"randn: Size inputs must be integers ..."``, unsupported class names, a
        complex 'like' prototype.

    Notes
    -----
    The algorithm, its constants and the evidence (MATLAB print-outs after
    ``rng('default')``, ``rng(1)`` and ``rng(123456789)``, the last over 11 million
    values) are described in :mod:`compat._core.matlab_normal`; the golden cases are in
    reference_outputs/matlab/randn. The ``exp``/``log`` of the rare slow steps are the
    platform's (a decision exactly on a boundary, or the last bit of a tail value,
    could in principle differ from MATLAB's libraries). Not reproduced: ``randn(s,
    ...)`` with a ``RandStream`` (and its 'Polar'/'Inversion' transforms) and the
    discouraged ``randn('seed'|'state', ...)`` forms (MATLAB 4/5 generators). GNU
    Octave's ``randn`` is another ziggurat on a differently seeded twister, so it is no
    oracle for MATLAB's values.

    Sources: MATLAB documentation of ``randn`` (call forms, column-major fill, the
    ``randn(5)`` example), ``rng`` and ``RandStream`` ('Ziggurat' is the default
    NormalTransform of 'twister'); G. Marsaglia and W. W. Tsang, "The Ziggurat Method
    for Generating Random Variables", J. Statistical Software 5(8), 2000.

    Examples
    --------
    >>> from compat.matlab import rng, randn
    >>> _ = rng('default')
    >>> randn(1, 5).round(4)
    array([[ 0.5377,  1.8339, -2.2588,  0.8622,  0.3188]])
    >>> _ = rng(1)
    >>> print(f"{randn():.15f}")
    -0.649013765191241
    """
    args = list(args)
    if len(args) >= 2 and isinstance(args[-2], str) and args[-2].lower() == "like" \
            and not isinstance(args[-1], str) and np.iscomplexobj(args[-1]):
        raise CompatValueError("a complex 'like' prototype is not supported: the order "
                               "in which MATLAB draws real and imaginary parts is not "
                               "reproduced; draw the parts with two randn calls if "
                               "matching MATLAB's numbers does not matter")
    shape, cls = _size(args)
    out = mt19937.normal(shape if shape is not None else (1,))
    if cls == "single":
        out = out.astype(np.float32)
    return out[0] if shape is None else out


def _count(value, what: str) -> int:
    return nonnegative_integer(value, f"{what} must be a nonnegative integer scalar; got "
                               f"{value!r}", logical=False)


def _sample(n: int, k: int, draw) -> np.ndarray:
    """``randperm(n, k)``: k of 1..n, consuming ``draw()`` uniforms as MATLAB does.

    Three regimes (the algorithm of MATLAB's randperm for k samples, as MATLAB Coder
    generates it; the middle one reproduces MATLAB's printed examples): k = n, an
    inside-out Fisher-Yates shuffle (one uniform per element after the first); k >= n/4,
    sequential selection (the next chosen value found by walking up the acceptance
    probability with one uniform, then put at a random place among those chosen so far
    with another); k < n/4, a Fisher-Yates shuffle from the end kept in a dictionary
    (one uniform per element). Each step depends on the one before, so the loops are
    sequential; they run once per output element.
    """
    p = np.zeros(k)
    if k == 0:
        return p
    if k >= n:
        p[0] = 1.0
        for m in range(n - 1):
            j = int(draw() * (m + 2))
            p[m + 1] = p[j]
            p[j] = m + 2
    elif k >= n / 4.0:
        t = 0.0
        for m in range(k):
            left = float(k - m)
            denominator = n - t
            accept = left / denominator
            u = draw()
            while u > accept:
                t += 1.0
                denominator -= 1.0
                accept += (1.0 - accept) * (left / denominator)
            t += 1.0
            j = int(draw() * (m + 1))
            p[m] = p[j]
            p[j] = t
    else:
        moved = {}  # position -> the value now there (positions not in it hold themselves)
        for m in range(k):
            last = n - (m + 1)
            chosen = int(draw() * (last + 1))
            p[m] = moved.get(chosen, chosen) + 1
            if m + 1 < k:
                moved[chosen] = moved.get(last, last)
    return p


@matlab_function("randperm")
def randperm(n, k=None):
    """Random permutation of the integers 1 to ``n``, or ``k`` of them, as MATLAB's
    ``randperm`` on the default (Mersenne Twister) stream.

    MATLAB call forms::

        p = randperm(n)      ->  randperm(n)
        p = randperm(n, k)   ->  randperm(n, k)

    Parameters
    ----------
    n : int
        A nonnegative integer.
    k : int, optional
        How many distinct integers to return (``k <= n``).

    Returns
    -------
    ndarray of float64, shape (1, n) or (1, k)
        A row of integers from 1..n (doubles, as MATLAB returns them: index data; use
        ``matlab.idx`` or subtract 1 for numpy indexing).

    Notes
    -----
    After ``rng(seed)`` the numbers are MATLAB's. ``randperm(n)`` orders the next ``n``
    numbers of ``rand`` (one ``rand(1, n)`` draw) ascending and returns their positions
    (a stable sort), consuming the stream as that ``rand`` call does: the documentation's
    examples, each run after ``rng('default')``, print ``randperm(6)`` = 6 3 5 1 2 4 and
    ``randperm(8)`` = 6 3 7 8 5 1 2 4, the orders of ``rand(1, 6)`` and ``rand(1, 8)``.
    ``randperm(n, k)`` uses another algorithm, one uniform (or two) at a time
    (see ``_sample``): for ``k >= n/4`` a sequential selection, which gives the
    documentation's ``randperm(8, 4)`` = 6 4 7 3 after ``rng('default')`` and, on a
    ``RandStream('mt19937ar','Seed',0)`` after ``randperm(s, 6)``, ``randperm(s, 10, 3)``
    = 1 8 9; for ``k = n`` an inside-out shuffle (so ``randperm(n, n)`` differs from
    ``randperm(n)``, as MATLAB documents); for ``k < n/4`` a hashed shuffle from the end
    (these two follow the algorithm MATLAB Coder generates for ``randperm(n, k)``, no
    MATLAB print-out of them was found). ``np.random.permutation`` and
    ``Generator.choice`` are other algorithms on another stream, 0-based.

    Sources: MATLAB ``randperm`` and ``RandStream.randperm`` reference pages (examples);
    C code generated by MATLAB Coder for ``randperm`` (2013, github.com/houlijia/cs247,
    tools/RndStrmC/cgen/lib/randperm.c) for the three regimes. GNU Octave seeds
    differently and is no oracle here.

    Examples
    --------
    >>> from compat.matlab import randperm, rng
    >>> _ = rng('default')
    >>> randperm(8)
    array([[6., 3., 7., 8., 5., 1., 2., 4.]])
    >>> _ = rng('default')
    >>> randperm(8, 4)
    array([[6., 4., 7., 3.]])
    """
    count = _count(n, "N")
    if k is None:
        u = mt19937.uniform(count)
        return (np.argsort(u, kind="stable") + 1).astype(np.float64).reshape(1, count)
    wanted = _count(k, "K")
    if wanted > count:
        raise CompatValueError("K must be less than or equal to N.")
    stream = mt19937.stream()
    return _sample(count, wanted, lambda: float(stream.random_sample())).reshape(1, wanted)
