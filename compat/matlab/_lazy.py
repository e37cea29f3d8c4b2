"""The dask forms of MATLAB's window functions ``conv2``, ``convn``, ``filter2`` (and
the moving-window family), and of ``sum``, ``mean``, ``std``, ``var``, ``histcounts``.

Each takes the function's arguments with a ``dask.array.Array`` as the data and returns
a lazy dask array equal, bit for bit and for any chunking, to what the function returns
for the computed array (class and size included); the public functions' decorators call
these when given a dask array (:mod:`compat._core.lazy` has the machinery and the
reasons). Kernels, coefficients and options given as dask arrays are computed first.
"""

from __future__ import annotations

import numpy as np

from compat._core import lazy
from compat._core.errors import CompatValueError
from compat._core.matlab_types import drop_trailing_ones, matlab_array, result_class
from compat.matlab.conv import (_finish_2d, _matrix, _method, _operand, _shape,
                                conv2 as _conv2, convn as _convn, filter2 as _filter2)

__all__ = ["conv2", "convn", "filter2", "sum", "mean", "std", "var", "histcounts",
           "movmean", "movsum", "movmedian", "movmax", "movmin", "movprod", "movstd",
           "movvar", "filter"]


def _small(x):
    """A kernel or option: computed when it is a dask array."""
    return np.asarray(x) if lazy.is_dask(x) else x


def _data(x, name: str):
    """The data argument in MATLAB's class for the computation (double for integers
    and logical, as the in-memory coercer gives), still lazy."""
    dtype = matlab_array(lazy.stand_in(x), name, to_float=True).dtype
    return x if x.dtype == dtype else x.astype(dtype)


def _as_matrix(x, name: str):
    """conv2/filter2's 2-D view of the data: a 1-D array is a row (lazy)."""
    a = _data(x, name)
    if a.ndim > 2:
        raise CompatValueError(f"N-D arrays are not supported ({name} has {a.ndim} "
                               "dimensions); use convn for arrays with more than two "
                               "dimensions.")
    return (a.reshape((1, -1)) if a.ndim == 1 else a if a.ndim == 2 else a.reshape(1, 1)), \
        a.ndim == 1


def _run(a, kernel, shape, method, was_1d):
    dtype = result_class(lazy.stand_in(a), kernel)
    out = lazy.convolve(a.astype(dtype), kernel.astype(dtype), shape=shape, method=method)
    return _finish_2d(out, was_1d)


def conv2(A, B, C=None, shape=None, *, method="direct"):
    """:func:`compat.matlab.conv2` with dask data (lazy). The separable form
    ``conv2(u, v, A)`` with a dask ``A`` computes ``A`` and returns the in-memory
    result."""
    if not (isinstance(C, str) or C is None or
            (isinstance(C, (list, tuple)) and len(C) == 0)):
        return _conv2(_small(A), _small(B), _small(C), shape, method=method)
    if isinstance(C, str):
        if shape is not None:
            return _conv2(np.asarray(A), _small(B), C, shape, method=method)
        shape = C
    shape, method = _shape(shape), _method(method)
    if not lazy.is_dask(A):
        return _conv2(A, np.asarray(B), shape, method=method)
    a, a1 = _as_matrix(A, "A")
    b, _ = _matrix(_small(B), "B")
    return _run(a, b, shape, method, a1)


def convn(A, B, shape="full", *, method="direct"):
    """:func:`compat.matlab.convn` with dask data (lazy)."""
    shape, method = _shape(shape), _method(method)
    if not lazy.is_dask(A):
        return _convn(A, np.asarray(B), shape, method=method)
    a = _data(A, "A")
    b = _operand(_small(B), "B")
    a1 = a.ndim == 1
    a = a.reshape((1, -1)) if a.ndim == 1 else a.reshape((1, 1)) if a.ndim == 0 else a
    b = b.reshape((1, -1)) if b.ndim == 1 else b.reshape((1, 1)) if b.ndim == 0 else b
    nd = max(a.ndim, b.ndim)
    a = a.reshape(a.shape + (1,) * (nd - a.ndim))
    b = b.reshape(b.shape + (1,) * (nd - b.ndim))
    dtype = result_class(lazy.stand_in(a), b)
    out = lazy.convolve(a.astype(dtype), b.astype(dtype), shape=shape, method=method)
    out = out.reshape(drop_trailing_ones(out.shape))
    if a1 and out.ndim == 2 and out.shape[0] == 1:
        out = out.reshape(-1)
    return out


def filter2(h, X, shape="same", *, method="direct"):
    """:func:`compat.matlab.filter2` with dask data (lazy)."""
    shape = _shape("same" if shape is None else shape)
    method = _method(method)
    if not lazy.is_dask(X):
        return _filter2(np.asarray(h), X, shape, method=method)
    h2, _ = _matrix(_small(h), "h")
    x2, x1 = _as_matrix(X, "X")
    return _run(x2, h2[::-1, ::-1], shape, method, x1)


# ------------------------------------------------------------------ reductions
def _dims_and_rest(args, skip: int):
    """``(head, rest)``: the first ``skip`` arguments (std's ``w``) and the option
    strings, without the dim/vecdim/'all' argument."""
    args = list(args)
    head = args[:skip]
    rest = args[skip:]
    if rest and not isinstance(rest[0], str):
        rest.pop(0)
    rest = [r for r in rest if not (isinstance(r, str) and r.lower() == "all")]
    return head, rest


def _result_shape(full, axes, ndim_in):
    from compat._core.reduction_axes import finish_shape
    keep = tuple(1 if ax in axes else n for ax, n in enumerate(full))
    return np.shape(finish_shape(np.broadcast_to(np.zeros(()), keep), ndim_in)), keep


def _reduction(fn, A, args, *, skip=0, accepted=None, partial=None, nargout=None):
    """The dask form of a MATLAB reduction ``fn(A, *args)`` along MATLAB dimensions.

    When the dimensions kept are in several blocks, the array is rechunked so every
    block holds whole lines of the reduced dimensions and ``fn`` itself reduces each
    block: the in-memory result bit for bit. When the reduction runs over every element
    of an array in several blocks, ``partial(x, axes, opts)`` combines the blocks'
    partial results (last bits within the documented bound), or, without it, the
    array is reduced as one block.
    """
    from compat.matlab._reduction_args import _axes, _options
    extra = {} if nargout is None else {"nargout": nargout}
    if A.ndim == 0 or A.size == 0 or nargout not in (None, 1):
        return lazy.computed(fn(np.asarray(A), *args, **extra))
    head, rest = _dims_and_rest(args, skip)
    opts = _options(list(args)[skip:], A.ndim, nanflag=True, outtype=True)
    axes = _axes(opts["axes"], A.shape, zero_by_zero=not skip)
    # every check and the result class, on a small array with the reduced lengths
    # (a weight vector must match them) when they are small
    reduced = int(np.prod([A.shape[ax] for ax in axes if ax < A.ndim]))
    small = np.zeros(tuple(n if ax in axes and reduced <= 4096 else 1
                           for ax, n in enumerate(A.shape)), A.dtype)
    expected = np.asarray(fn(small, *args, **extra))
    dtype = matlab_array(lazy.stand_in(A), "input", **(accepted or {})).dtype
    a = A if A.dtype == dtype else A.astype(dtype)
    nd = max([a.ndim] + [ax + 1 for ax in axes])
    full = tuple(a.shape) + (1,) * (nd - a.ndim)
    x = a.reshape(full) if nd > a.ndim else a
    shape, keep = _result_shape(full, axes, a.ndim)
    every = all(ax in axes or n == 1 for ax, n in enumerate(full))
    if every and x.npartitions > 1 and partial is not None:
        out = partial(x, axes, opts, expected.dtype)
        if out is not None:
            return out.reshape(shape)
    dims = int(axes[0]) + 1 if len(axes) == 1 else [int(ax) + 1 for ax in axes]

    def block(b):
        r = fn(b, *head, dims, *rest, **extra)
        return np.reshape(np.asarray(r, dtype=expected.dtype),
                          tuple(1 if ax in axes else n for ax, n in enumerate(b.shape)))

    out = lazy.whole_lines(block, x, axes, dtype=expected.dtype)
    return out.reshape(shape)


def _work(x, opts, dtype):
    """The data in the class the sum runs in, NaN as 0 with 'omitnan' (None when the
    options need the in-memory path: 'native')."""
    if opts["outtype"] == "native" and x.dtype.kind in "iub":
        return None
    work = np.dtype(dtype)
    if work.kind not in "fc":
        return None
    w = x.astype(work)
    if opts["omitnan"]:
        w = lazy.da.where(lazy.da.isnan(w), work.type(0), w)
    return w


def _partial_sum(x, axes, opts, dtype):
    w = _work(x, opts, dtype)
    return None if w is None else w.sum(dtype=dtype).astype(dtype)


def _partial_mean(x, axes, opts, dtype):
    w = _work(x, opts, dtype)
    if w is None:
        return None
    if opts["omitnan"]:
        n = (~lazy.da.isnan(x)).sum()
    else:
        n = x.size
    return lazy.da.map_blocks(_divide, w.sum(dtype=dtype), n, dtype=np.dtype(dtype),
                              meta=np.empty((), dtype), out=dtype)


def _divide(s, n, *, out):
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray(s / n).astype(out)


def sum(A, *args):  # noqa: A001 - MATLAB's name
    """:func:`compat.matlab.sum` with dask data (lazy).

    Along a dimension whose lines lie in whole blocks (any dimension of a matrix held
    in several blocks across the other dimensions) the result is the in-memory one bit
    for bit. Over every element of an array in several blocks (``'all'``, a vector) the
    blocks' pairwise sums are added pairwise: the result differs from the in-memory
    pairwise sum by at most ``2*(ceil(log2(n)) + 16)`` units of roundoff of the class
    times ``sum(abs(A(:)))``, i.e. that many ulps of ``sum(abs(A(:)))``."""
    from compat.matlab.reductions import sum as _sum
    return _reduction(_sum, A, args, partial=_partial_sum)


def mean(A, *args):
    """:func:`compat.matlab.mean` with dask data (lazy); bit for bit along a dimension,
    over every element within the bound of :func:`sum` divided by the count."""
    from compat.matlab.reductions import mean as _mean
    return _reduction(_mean, A, args, partial=_partial_mean)


def _partial_std(sqrt):
    def run(x, axes, opts, dtype):
        rdtype = np.dtype(dtype)
        if x.dtype.kind == "c":
            return None
        work = x.dtype if x.dtype.kind == "f" else np.dtype(np.float64)
        w = x.astype(work)
        valid = ~lazy.da.isnan(w) if opts["omitnan"] else lazy.da.ones_like(w, dtype=bool)
        n = valid.sum()
        xz = lazy.da.where(valid, w, work.type(0))
        mu = xz.sum(dtype=work) / n
        dev = lazy.da.where(valid, w - mu.astype(work), work.type(0))
        ss = (dev * dev).sum(dtype=work)
        return lazy.da.map_blocks(_variance, ss, n, dtype=rdtype,
                                  meta=np.empty((), rdtype), norm=opts.get("norm", 0),
                                  sqrt=sqrt, out=rdtype)
    return run


def _variance(ss, n, *, norm, sqrt, out):
    with np.errstate(invalid="ignore", divide="ignore"):
        v = ss / n if norm == 1 else ss / np.where(n > 1, n - 1, n)
        v = np.where(n == 0, np.nan, v).astype(out)
        return np.sqrt(v) if sqrt else v


def _variance_form(fn, A, args, nargout, sqrt):
    args = list(args)
    if not args or isinstance(args[0], str):
        args = [[]] + args  # w omitted: its place kept, so dim stays second
    w = np.asarray(args[0], dtype=float) if not isinstance(args[0], str) else None
    partial = None
    if w is not None and (w.size == 0 or (w.size == 1 and float(w.ravel()[0]) in (0, 1))):
        norm = 0 if w.size == 0 else int(w.ravel()[0])
        inner = _partial_std(sqrt)

        def partial(x, axes, opts, dtype):
            return inner(x, axes, dict(opts, norm=norm), dtype)
    return _reduction(fn, A, args, skip=1, partial=partial, nargout=nargout,
                      accepted=dict(integer_ok=False, logical_ok=False))


def std(A, *args, nargout=1):
    """:func:`compat.matlab.std` with dask data (lazy, ``nargout=1``); bit for bit along
    a dimension. Over every element the two passes (mean, then the sum of squared
    deviations) combine the blocks' pairwise sums: the result differs from the
    in-memory one by at most ``4*(ceil(log2(n)) + 16)`` units of roundoff relative to
    the standard deviation (the mean's own error enters squared)."""
    from compat.matlab.reductions import std as _std
    return _variance_form(_std, A, args, nargout, True)


def var(A, *args, nargout=1):
    """:func:`compat.matlab.var` with dask data; as :func:`std`, relative bound
    doubled."""
    from compat.matlab.reductions import var as _var
    return _variance_form(_var, A, args, nargout, False)


# ------------------------------------------------------------------ histcounts
def histcounts(X, *args, nargout=1, **kwargs):
    """:func:`compat.matlab.histcounts` with dask data: with explicit bin edges (the
    second argument or ``BinEdges``) and ``nargout=1`` the counts are exact integers
    added block by block (the in-memory result); edges chosen from the data need all of
    it at once: the array is computed and the in-memory function runs."""
    from compat.matlab.histograms import histcounts as _histcounts
    edges = args[0] if args and not isinstance(args[0], str) else \
        kwargs.get("BinEdges")
    names = {k.lower() for k in kwargs} | {a.lower() for a in args[1:]
                                           if isinstance(a, str)}
    simple = (edges is not None and np.size(edges) > 1 and nargout == 1 and
              len(args) <= 1 and names <= {"binedges"})
    if not simple or not lazy.is_dask(X):
        return _histcounts(np.asarray(X), *args, nargout=nargout, **kwargs)
    expected = np.asarray(_histcounts(lazy.stand_in(X), *args, **kwargs))
    edges = np.asarray(_small(edges))

    def count(block):
        return np.asarray(_histcounts(block.reshape(-1), edges), np.float64)

    parts = [lazy.dask.delayed(count)(b) for b in X.to_delayed().ravel()]
    total = lazy.dask.delayed(_add)(parts)
    out = lazy.da.from_delayed(total, shape=(expected.size,), dtype=np.float64)
    return out.reshape(expected.shape)


def _add(parts):
    total = parts[0].copy()
    for p in parts[1:]:
        total += p
    return total


# ------------------------------------------------------------------ moving statistics
def _moving(stat, public, A, k, args, dim, nanflag, name_value, nargout, w=None):
    """The dask form of ``mov<stat>(A, k, ...)``: every block runs the core on its
    points and a halo as deep as the window reaches (``kb`` back, ``kf`` forward); the
    array's true ends are the block's ends, so 'shrink', 'fill' and a fill value apply
    there as in memory, and 'discard' keeps the points whose whole window exists. Each
    window's statistic is reduced from the window's own elements in an order fixed by
    the window (:mod:`compat._core.moving`), so the result is the in-memory one bit for
    bit for any chunking. Sample points need the whole dimension: computed in memory."""
    from compat._core.args import first_nonsingleton, matlab_dim
    from compat._core.moving import _index_offsets, _window_spec, moving
    from compat.matlab.moving import _endpoints, _options, _window

    def in_memory():
        extra = {} if w is None else {"w": w}
        return lazy.computed(public(np.asarray(A), k, *args, dim=dim, nanflag=nanflag,
                                    nargout=nargout, **extra, **name_value))

    if A.ndim == 0 or A.size == 0:
        return in_memory()
    accepted = dict(integer_ok=False, logical_ok=False) if stat in ("std", "var") else {}
    dtype = matlab_array(lazy.stand_in(A), "A", **accepted).dtype
    if dtype.kind == "c" and stat in ("max", "min", "median"):
        return in_memory()  # the routine's own error
    window = _window(k)
    w_, dim_, omit, endpoints, samplepoints = _options(stat, args, dim, nanflag, w,
                                                       dict(name_value))
    endpoints = _endpoints(endpoints)
    if samplepoints is not None:
        return in_memory()
    axis = first_nonsingleton(A.shape) - 1 if dim_ is None else \
        matlab_dim(None, dim_, A.ndim)
    if axis >= A.ndim:
        return in_memory()
    a = A if A.dtype == dtype else A.astype(dtype)
    kb, kf = _index_offsets(_window_spec(window))
    options = dict(statistic=stat, axis=axis, omitnan=omit, endpoints=endpoints,
                   normalization=w_ or 0)
    out_dtype = moving(np.zeros((1,) * a.ndim, dtype), window, **options).dtype
    depth = [0] * a.ndim
    depth[axis] = max(kb, kf)
    n = a.shape[axis]
    if endpoints != "discard":
        def block(b):
            return moving(b, window, **options)
        return lazy.map_window(block, a, depth, dtype=out_dtype)
    # 'discard': output point j is the window starting at input point j
    out_n = max(n - kb - kf, 0)
    if out_n == 0:
        return in_memory()
    x = lazy.min_chunks(a, [max(d, 1) for d in depth])
    starts = lazy.chunk_starts(x.chunks[axis])
    cuts = np.clip(starts - kb, 0, out_n)
    cuts[0], cuts[-1] = 0, out_n
    chunks = list(x.chunks)
    chunks[axis] = tuple(int(v) for v in np.diff(cuts))

    def discard(ext, where):
        e0, s, t = where[axis]
        lo, hi = max(s - kb, 0), min(t - kb, out_n)  # outputs of this block
        full = moving(ext, window, **options)     # outputs for windows inside ext
        first = lo + kb - e0 - kb                  # index of output lo in ext's outputs
        index = [slice(None)] * ext.ndim
        index[axis] = slice(first, first + max(hi - lo, 0))
        return full[tuple(index)]

    return lazy.map_extended(discard, x, depth, dtype=out_dtype, chunks=tuple(chunks))


def _mov(stat):
    def form(A, k, *args, dim=None, nanflag=None, nargout=1, **name_value):
        from compat.matlab import moving as _module
        return _moving(stat, getattr(_module, "mov" + stat), A, k, args, dim, nanflag,
                       name_value, nargout)
    form.__name__ = form.__qualname__ = "mov" + stat
    form.__doc__ = (f":func:`compat.matlab.mov{stat}` with dask data (lazy, bit for bit "
                    "for any chunking; see :func:`_moving`).")
    return form


def _mov_w(stat):
    def form(A, k, *args, w=None, dim=None, nanflag=None, nargout=1, **name_value):
        from compat.matlab import moving as _module
        return _moving(stat, getattr(_module, "mov" + stat), A, k, args, dim, nanflag,
                       name_value, nargout, w=w)
    form.__name__ = form.__qualname__ = "mov" + stat
    form.__doc__ = (f":func:`compat.matlab.mov{stat}` with dask data (lazy, bit for bit "
                    "for any chunking; see :func:`_moving`).")
    return form


movmean, movsum, movmedian = _mov("mean"), _mov("sum"), _mov("median")
movmax, movmin, movprod = _mov("max"), _mov("min"), _mov("prod")
movstd, movvar = _mov_w("std"), _mov_w("var")


# ------------------------------------------------------------------ filter
def filter(b, a, x, zi=None, dim=None, *, nargout=1):  # noqa: A001 - MATLAB's name
    """:func:`compat.matlab.filter` with dask data: the lines along the filtered
    dimension are recursive, so that dimension is made one block (rechunked when it is
    chunked) and every block filters its whole lines with the routine itself, the
    other dimensions in parallel: the in-memory result bit for bit. Initial conditions
    ``zi``, the final conditions (``nargout=2``) and dask coefficients are computed in
    memory."""
    from compat._core.args import first_nonsingleton, matlab_dim
    from compat.matlab.filtering import filter as _filter

    if not lazy.is_dask(x) or lazy.is_dask(b) or lazy.is_dask(a) or nargout != 1 or \
            not (zi is None or (np.size(zi) == 0 and not lazy.is_dask(zi))) or \
            x.ndim == 0 or x.size == 0:
        return _small_filter(_filter, b, a, x, zi, dim, nargout)
    one_d = x.ndim == 1
    shape2 = (1,) + x.shape if one_d else x.shape
    if dim is None or (np.size(dim) == 0 and not isinstance(dim, str)):
        axis = 1 if one_d else first_nonsingleton(shape2) - 1
    else:
        axis = matlab_dim(None, dim, len(shape2))
    if axis >= len(shape2) or (one_d and axis != 1):
        return _small_filter(_filter, b, a, x, zi, dim, nargout)
    expected = np.asarray(_filter(b, a, lazy.stand_in(x)))  # checks and the class
    data_axis = 0 if one_d else axis
    xx = x.rechunk({data_axis: -1})

    def block(blk):
        return np.asarray(_filter(b, a, blk, None, None if one_d else axis + 1))

    return xx.map_blocks(block, dtype=expected.dtype,
                         meta=np.empty((0,) * x.ndim, expected.dtype))


def _small_filter(fn, b, a, x, zi, dim, nargout):
    result = fn(_small(b), _small(a), np.asarray(x), _small(zi), _small(dim),
                nargout=nargout)
    return result if nargout != 1 else lazy.computed(result)
