"""Optional compiled step control of ode45/ode23 (``compat[fast]``: numba).

:func:`compat._core.ode.solve` is a Python loop because every stage calls the user's
Python right-hand side. Between two of those calls the explicit pairs do a few dozen
small numpy operations (the stage sum ``y + hB(:,i)'*K``, the error norm, the step-size
rules, the output bookkeeping), each costing a numpy dispatch of about 0.3-1 us: on a
20-state problem that was ~17 us a step against ~6 us in the user's function.

This module runs everything between two calls of the user's function in one compiled
kernel, by reverse communication: :func:`integrate` calls the kernel, the kernel leaves
the next stage argument in a fresh array and returns the time at which to evaluate it,
the Python loop calls the user's function there and hands its value to the kernel,
which stores it in the stage array and goes on to the next stage (a value that is not
a 1-D float64 array of the right length is stored by the Python driver's own ``K[i] =
v``, with its fallback on :func:`compat._core.ode.wrap_rhs`'s ``normalise``). The
kernels are called through their compiled entry points for the one set of argument
types the loop builds (:func:`_entry_points`), and the workspace is one array that
also holds the records, so a stage costs the user's function plus about 0.5 us. The
kernel is the Python driver's step control operation for operation (``h*B``, MATLAB's
``hmin``, the stretch to tfinal, the first-failure and later-failure rules, the step
growth), and the stage sums and the error estimate call the same OpenBLAS routine
numpy's ``dot`` calls for them (``cblas_dgemv`` row-major transposed over the whole
stage array, ``0. + cblas_ddot`` for a scalar problem: numpy's
``cblas_matrixproduct``), found in the library numpy itself is linked to, so the bits
are those of the numpy driver on every machine. Before first use a self-test compares
the kernel's sums with ``numpy.dot`` bit for bit; any difference (another BLAS, a build
without the symbols) disables the kernel.

Every accepted step is recorded (``t``, ``tnew``, ``h``, ``y``, ``ynew``, the stages
where the output needs them, and the requested tspan points it reached), and
:func:`compat._core.ode.solve` forms the output from the records with the same
functions as before (:func:`compat._core.ode_dense.interpolate_steps`), so the output
is bit-identical (tests/test_accelerated_ode.py compares it with the numpy driver,
``COMPAT_NUMBA=0``, on random problems).

Scope: real ``y``, no Events, NonNegative, OutputFcn or NormControl (those take the
numpy driver), numpy linked to an OpenBLAS with 64-bit integers (numpy's own wheels:
``scipy_cblas_dgemv64_``; another BLAS keeps the numpy driver). numba and the kernel
are loaded the first time an eligible problem is solved, never on ``import compat``
(about 1 s: numba's import and the kernel cached in ``__pycache__``; the first
compilation takes several seconds); ``COMPAT_NUMBA=0`` keeps the numpy driver.

One difference is not in the results: numpy reports floating-point exceptions of its
own operations as RuntimeWarnings ("invalid value encountered in dot" once a solution
has overflowed), and the kernel's sums raise none; the user's function warns as
before.
"""

from __future__ import annotations

import ctypes
import glob
import os

import numpy as np

try:
    import llvmlite.binding as _llvm
    import numba as _numba
    from numba import types as _types
    from numba.extending import intrinsic as _intrinsic
except ImportError:          # compat[fast] not installed: the numpy driver
    _numba = None

if _numba is not None:
    # numpy's ILP64 OpenBLAS routines under fixed names (registered by _register before
    # the first compilation or cache load), so the compiled kernel can be cached
    _BLASINT = _types.int64
    cblas_dgemv = _types.ExternalFunction("compat_ode_cblas_dgemv", _types.void(
        _types.int32, _types.int32, _BLASINT, _BLASINT, _types.float64, _types.voidptr,
        _BLASINT, _types.voidptr, _BLASINT, _types.float64, _types.voidptr, _BLASINT))
    cblas_ddot = _types.ExternalFunction("compat_ode_cblas_ddot", _types.float64(
        _BLASINT, _types.voidptr, _BLASINT, _types.voidptr, _BLASINT))
    _jit = _numba.njit(cache=True)

    @_intrinsic
    def _doubles_at(typingctx, address):
        """The float64 pointer at an integer address (LLVM's inttoptr)."""
        def codegen(context, builder, signature, args):
            return builder.inttoptr(args[0], context.get_value_type(signature.return_type))
        return _types.CPointer(_types.float64)(_types.int64), codegen
else:
    def _jit(function):
        return function

__all__ = ["integrate", "kernel_available"]

# ---------------------------------------------------------------- the workspace layout
# scalars of ``ws`` (float64), then the arrays at offsets kept in the scalars
(T, TFINAL, H, ABSH, HMAX, HMIN, TDIR, RTOL, PW, FLOOR, ERR, DONE, NOFAILED, STAGE,
 NREC, NSTEPS, NFAILED, NFEVALS, STATUS, NST, NEQ, TNEW, NXT, NPTS, MODE, CAP,
 O_BT, O_HBT, O_AL, O_E, O_THR, O_ABSY, O_Y, O_YNEW, O_K, O_EST, O_TSP, ROW, O_REC,
 WSSIZE, ARGAT, ARGROW, ARGROWS,
 NSCALAR) = range(44)
# STATUS values (LENGTH: the value given to _store_advance is not of length neq;
# BROKEN: the stage argument rows ran out, a bug of the calling loop)
EVAL, GROW, DONE_, FAIL, LENGTH, BROKEN = 0.0, 1.0, 2.0, 3.0, 4.0, 5.0
# MODE: what a record keeps (the stages only when the output interpolates)
PLAIN, STAGES = 0.0, 1.0
# record columns: t, tnew, h, first, count, then y, ynew, K
R_T, R_TNEW, R_H, R_FIRST, R_COUNT, R_Y = range(6)

#: room for the records at first (zeroed lazily by the system until written); the
#: workspace doubles it when full
RECORD_BYTES = 1 << 21

_STATE = None       # None: not tried; False: unavailable; else _entry_points()


def _openblas():
    """numpy's OpenBLAS (the library ``numpy.dot`` calls): ``(cdll, gemv name, dot
    name, integer type)``, or None."""
    base = os.path.dirname(os.path.dirname(np.__file__))
    candidates = sorted(glob.glob(os.path.join(base, "numpy.libs", "*openblas*.so*")))
    for path in candidates:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for prefix, suffix, itype in (("scipy_", "64_", "int64"), ("", "64_", "int64"),
                                      ("scipy_", "", "int32"), ("", "", "int32")):
            gemv, dot = f"{prefix}cblas_dgemv{suffix}", f"{prefix}cblas_ddot{suffix}"
            if hasattr(lib, gemv) and hasattr(lib, dot):
                return lib, gemv, dot, itype
    return None


def _register() -> bool:
    """Register numpy's OpenBLAS dgemv/ddot (64-bit integers) under the kernel's names;
    False when numba or those routines are missing."""
    if _numba is None:
        return False
    found = _openblas()
    if found is None:
        return False
    lib, gemv_name, dot_name, itype = found
    if itype != "int64":
        return False
    _llvm.add_symbol("compat_ode_cblas_dgemv",
                     ctypes.cast(getattr(lib, gemv_name), ctypes.c_void_p).value)
    _llvm.add_symbol("compat_ode_cblas_ddot",
                     ctypes.cast(getattr(lib, dot_name), ctypes.c_void_p).value)
    return True


@_jit
def _gemv_sum(ws, x_offset, nst, neq, out):
    # numpy.dot(x, K) for the coefficients x = ws[x_offset:x_offset + nst] (a row of
    # hB' for a stage sum, E for the error estimate): K (nst x neq) C-contiguous is a
    # matrix for neq > 1 (cblas_dgemv(RowMajor, Trans, nst, neq, 1, K, neq, x, 1, 0,
    # out, 1) on a zeroed out) and a column for neq == 1 (DOUBLE_dot: 0. + cblas_ddot)
    xp = ws[x_offset:].ctypes.data
    kp = ws[int(ws[O_K]):].ctypes.data
    if neq > 1:
        for j in range(neq):
            out[j] = 0.0
        cblas_dgemv(101, 112, nst, neq, 1.0, kp, neq, xp, 1, 0.0, out.ctypes.data, 1)
    else:
        out[0] = 0.0 + cblas_ddot(nst, xp, 1, kp, 1)

@_jit
def _stage_sum(ws, row, nst, neq, out):
    # numpy.dot(hBT[row], K)
    _gemv_sum(ws, int(ws[O_HBT]) + row * nst, nst, neq, out)

@_jit
def _pymax(a, b):          # Python's max(a, b): a unless b > a
    return b if b > a else a

@_jit
def _pymin(a, b):          # Python's min(a, b): a unless b < a
    return b if b < a else a

@_jit
def _ulp(x):               # math.ulp
    x = abs(x)
    if np.isnan(x) or np.isinf(x):
        return x
    x2 = np.nextafter(x, np.inf)
    if np.isinf(x2):
        return x - np.nextafter(x, -np.inf)
    return x2 - x

@_jit
def _begin_attempt(ws, nst, neq, arg):
    # hB = h*B, the first stage argument y + hB(:,1)'*K at t + h*A(1)
    h = ws[H]
    obt, ohbt = int(ws[O_BT]), int(ws[O_HBT])
    for j in range((nst - 1) * nst):
        ws[ohbt + j] = h * ws[obt + j]
    _stage_sum(ws, 0, nst, neq, arg)
    oy = int(ws[O_Y])
    for j in range(neq):
        arg[j] += ws[oy + j]
    ws[STAGE] = 1.0
    ws[STATUS] = EVAL
    return ws[T] + h * ws[int(ws[O_AL])]

@_jit
def _begin_step(ws, nst, neq, arg):
    # hmin = 16*eps(t), absh within [hmin, hmax], stretched to reach tfinal
    t = ws[T]
    hmin = 16 * _ulp(t)
    ws[HMIN] = hmin
    absh = _pymin(ws[HMAX], _pymax(hmin, ws[ABSH]))
    if 1.1 * absh >= abs(ws[TFINAL] - t):
        h = ws[TFINAL] - t
        absh = abs(h)
        ws[DONE] = 1.0
    else:
        h = ws[TDIR] * absh
    ws[ABSH] = absh
    ws[H] = h
    ws[NOFAILED] = 1.0
    return _begin_attempt(ws, nst, neq, arg)

@_jit
def _advance(ws, arg):
    """One call between two evaluations of the user's function (module docstring):
    the next time to evaluate at (its argument in ``arg``), or NaN with
    ``ws[STATUS]`` GROW (the records at the end of ``ws`` are full), DONE or FAIL."""
    nst, neq = int(ws[NST]), int(ws[NEQ])
    stage = int(ws[STAGE])
    oy, oyn, ok = int(ws[O_Y]), int(ws[O_YNEW]), int(ws[O_K])
    if stage == 0:
        return _begin_step(ws, nst, neq, arg)
    if stage < nst - 2:
        # the argument of stage + 1 (0-based row ``stage`` of hB')
        _stage_sum(ws, stage, nst, neq, arg)
        for j in range(neq):
            arg[j] += ws[oy + j]
        ws[STAGE] = stage + 1.0
        return ws[T] + ws[H] * ws[int(ws[O_AL]) + stage]
    if stage == nst - 2:
        # ynew = y + hB(:,end)'*K at tnew (h purified after the stages are formed)
        t = ws[T]
        tnew = t + ws[H] * ws[int(ws[O_AL]) + nst - 2]
        if ws[DONE] != 0.0:
            tnew = ws[TFINAL]
        ws[H] = tnew - t
        ws[TNEW] = tnew
        _stage_sum(ws, nst - 2, nst, neq, arg)
        for j in range(neq):
            arg[j] += ws[oy + j]
            ws[oyn + j] = arg[j]
        ws[STAGE] = nst - 1.0
        return tnew
    # the last stage f(tnew, ynew) is stored: the error test
    nrec = int(ws[NREC])
    if nrec == int(ws[CAP]):
        ws[STATUS] = GROW
        return np.nan
    oabsy, oest, othr = int(ws[O_ABSY]), int(ws[O_EST]), int(ws[O_THR])
    ws[NFEVALS] += nst - 1
    est = ws[oest:oest + neq]
    _gemv_sum(ws, int(ws[O_E]), nst, neq, est)   # numpy.dot(E, K)
    # |E K| ./ max(max(|y|, |ynew|), threshold) (numpy.maximum: NaN propagates),
    # its largest element as Python's max over the list
    m = 0.0
    for j in range(neq):
        a = ws[oabsy + j]
        b = abs(ws[oyn + j])
        w = a if (a >= b or np.isnan(a)) else b
        c = ws[othr + j]
        w = w if (w >= c or np.isnan(w)) else c
        q = abs(est[j]) / w
        if j == 0 or q > m:
            m = q
    absh = ws[ABSH]
    err = absh * m
    ws[ERR] = err
    rtol, pw = ws[RTOL], ws[PW]
    if err > rtol:
        ws[NFAILED] += 1
        hmin = ws[HMIN]
        if absh <= hmin:
            ws[STATUS] = FAIL
            return np.nan
        if ws[NOFAILED] != 0.0:
            ws[NOFAILED] = 0.0
            absh = _pymax(hmin, absh * _pymax(ws[FLOOR], 0.8 * (rtol / err) ** pw))
        else:
            absh = _pymax(hmin, 0.5 * absh)
        ws[ABSH] = absh
        ws[H] = ws[TDIR] * absh
        ws[DONE] = 0.0
        return _begin_attempt(ws, nst, neq, arg)
    # accepted: the record, then the next step
    ws[NSTEPS] += 1
    t, tnew = ws[T], ws[TNEW]
    nxt = int(ws[NXT])
    first = nxt
    npts = int(ws[NPTS])
    if npts > 0:
        otsp = int(ws[O_TSP])
        tdir = ws[TDIR]
        while nxt < npts and tdir * (tnew - ws[otsp + nxt]) >= 0:
            nxt += 1
        ws[NXT] = nxt
    keep = npts == 0 or nxt > first or ws[MODE] == 2.0
    if keep:
        r = int(ws[O_REC]) + nrec * int(ws[ROW])
        ws[r + R_T] = t
        ws[r + R_TNEW] = tnew
        ws[r + R_H] = ws[H]
        ws[r + R_FIRST] = first
        ws[r + R_COUNT] = nxt - first
        for j in range(neq):
            ws[r + R_Y + j] = ws[oy + j]
            ws[r + R_Y + neq + j] = ws[oyn + j]
        if ws[MODE] != PLAIN:
            for j in range(nst * neq):
                ws[r + R_Y + 2 * neq + j] = ws[ok + j]
        ws[NREC] = nrec + 1
    if ws[DONE] != 0.0:
        for j in range(neq):
            ws[oy + j] = ws[oyn + j]
        ws[T] = tnew
        ws[STATUS] = DONE_
        return np.nan
    if ws[NOFAILED] != 0.0:
        temp = 1.25 * (err / rtol) ** pw
        absh = absh / temp if temp > 0.2 else 5.0 * absh
        ws[ABSH] = absh
    ws[T] = tnew
    for j in range(neq):
        v = ws[oyn + j]
        ws[oy + j] = v
        ws[oabsy + j] = abs(v)
    for j in range(neq):
        ws[ok + j] = ws[ok + (nst - 1) * neq + j]
    return _begin_step(ws, nst, neq, arg)

@_jit
def _store_advance(ws, arg, v):
    """``K[i] = v`` for the stage ``i`` the last call asked for, then :func:`_advance`;
    NaN with ``ws[STATUS]`` LENGTH, nothing stored, when ``v`` (1-D float64, any
    strides) is not of length neq (the caller then stores it as numpy does)."""
    neq = int(ws[NEQ])
    if v.shape[0] != neq:
        ws[STATUS] = LENGTH
        return np.nan
    ok = int(ws[O_K]) + int(ws[STAGE]) * neq
    for j in range(neq):
        ws[ok + j] = v[j]
    return _advance(ws, arg)

@_jit
def _workspace_at(address):
    # the workspace from its address (its length is its element WSSIZE)
    size = int(_numba.carray(_doubles_at(address), WSSIZE + 1)[WSSIZE])
    return _numba.carray(_doubles_at(address), size)

@_jit
def _argument_row(ws):
    # the stage argument: row ws[ARGROW] of the block of neq-element rows at ws[ARGAT]
    neq = int(ws[NEQ])
    return _numba.carray(_doubles_at(int(ws[ARGAT]) + int(ws[ARGROW]) * neq * 8), neq)

@_jit
def _row_in_block(ws):
    # False (and the workspace marked BROKEN) when the current row is outside its block
    if 0.0 <= ws[ARGROW] < ws[ARGROWS]:
        return True
    ws[STATUS] = BROKEN
    return False

@_jit
def _advance_at(address):
    """:func:`_advance` on the workspace at ``address``, the argument in its current row."""
    ws = _workspace_at(address)
    if not _row_in_block(ws):
        return np.nan
    return _advance(ws, _argument_row(ws))

@_jit
def _store_advance_at(address, v):
    """:func:`_store_advance` on the workspace at ``address``: the user's function has
    had the current row, the next stage argument goes to the next one."""
    ws = _workspace_at(address)
    ws[ARGROW] += 1.0
    if not _row_in_block(ws):
        return np.nan
    return _store_advance(ws, _argument_row(ws), v)


def _self_test(advance) -> bool:
    """The kernel's stage sums equal numpy.dot's bit for bit (a 1-step run checked
    against the same sums formed by numpy), for a system and a scalar problem."""
    rng = np.random.default_rng(12345)
    for neq in (1, 2, 5, 20, 33):
        nst = 7
        ws = _workspace(nst, neq, np.zeros((nst - 1, nst)) + rng.standard_normal(
            (nst - 1, nst)), rng.standard_normal(nst - 1), rng.standard_normal(nst),
            np.full(neq, 1e-3), np.empty(0), _row_length(nst, neq, True), 1)
        K = ws[int(ws[O_K]):int(ws[O_K]) + nst * neq].reshape(nst, neq)
        K[:] = rng.standard_normal((nst, neq)) * 10.0 ** rng.integers(-8, 8, (nst, neq))
        y = rng.standard_normal(neq)
        ws[int(ws[O_Y]):int(ws[O_Y]) + neq] = y
        ws[T], ws[TFINAL], ws[ABSH], ws[HMAX], ws[TDIR] = 0.0, 1.0, 0.01, 0.1, 1.0
        ws[RTOL], ws[PW], ws[FLOOR], ws[STAGE] = 1e-3, 0.2, 0.1, 0.0
        arg = np.empty((1, neq))
        ws[ARGAT], ws[ARGROW], ws[ARGROWS] = arg.ctypes.data, 0.0, 1.0
        advance(ws.ctypes.data)
        arg = arg[0]
        BT = ws[int(ws[O_BT]):int(ws[O_BT]) + (nst - 1) * nst].reshape(nst - 1, nst)
        expect = np.dot(0.01 * BT[0], K)
        expect += y
        if not np.array_equal(expect.view(np.int64), arg.view(np.int64)):
            return False
    return True


def _entry_points():
    """``(advance, store_advance)``: the compiled kernels called without numba's
    dispatch by type (about 0.3 us a call, a fifth of the work between two calls of the
    user's function) and with the workspace as its address (an array argument costs
    another 0.1 us). :class:`Integration` owns the workspace and the blocks of stage
    arguments whose addresses it keeps in it, and hands the user's value to
    ``store_advance`` only after checking that it is a 1-D float64 ndarray (any
    strides)."""
    return (_advance_at.compile((_types.int64,)),
            _store_advance_at.compile((_types.int64, _types.float64[:])))


def kernel_available():
    """The compiled kernels (:func:`_entry_points`), or None (numba or numpy's OpenBLAS
    missing, the self-test failed, or ``COMPAT_NUMBA=0``)."""
    global _STATE
    if os.environ.get("COMPAT_NUMBA", "1").strip() == "0":
        return None
    if _STATE is None:
        _STATE = False
        try:
            if _register():
                kernels = _entry_points()
                if _self_test(kernels[0]):
                    _STATE = kernels
        except Exception:  # noqa: BLE001 - any failure keeps the numpy driver
            _STATE = False
    return _STATE or None


def _row_length(nst, neq, stages):
    return R_Y + 2 * neq + (nst * neq if stages else 0)


def _workspace(nst, neq, BT, Al, E, threshold, tsp, row, capacity):
    """The float64 workspace: the scalars, then B', hB', A, E, AbsTol/RelTol, |y|, y,
    ynew, K, the error estimate, the requested tspan points and, last, room for
    ``capacity`` records of ``row`` numbers (one array: a kernel argument fewer)."""
    sizes = [(O_BT, (nst - 1) * nst), (O_HBT, (nst - 1) * nst), (O_AL, nst - 1),
             (O_E, nst), (O_THR, neq), (O_ABSY, neq), (O_Y, neq), (O_YNEW, neq),
             (O_K, nst * neq), (O_EST, neq), (O_TSP, tsp.size), (O_REC, row * capacity)]
    total = NSCALAR + sum(n for _, n in sizes)
    ws = np.empty(total)
    ws[:total - sizes[-1][1]] = 0.0    # all but the records (written before they are read)
    off = NSCALAR
    for slot, n in sizes:
        ws[slot] = off
        off += n
    ws[NST], ws[NEQ], ws[NPTS], ws[ROW], ws[CAP] = nst, neq, tsp.size, row, capacity
    ws[WSSIZE] = ws.size
    ws[int(ws[O_BT]):int(ws[O_BT]) + BT.size] = BT.ravel()
    ws[int(ws[O_AL]):int(ws[O_AL]) + nst - 1] = Al
    ws[int(ws[O_E]):int(ws[O_E]) + nst] = E
    ws[int(ws[O_THR]):int(ws[O_THR]) + neq] = threshold
    ws[int(ws[O_TSP]):int(ws[O_TSP]) + tsp.size] = tsp
    return ws


class Integration:
    """The state of one compiled integration over its segments, and its records."""

    def __init__(self, kernels, pair, neq, threshold, rtol, hmax, tdir, tsp_points,
                 stages, keep_all):
        nst = pair.stages
        self.advance, self.store_advance = kernels
        self.nst, self.neq = nst, neq
        self.stages = stages or keep_all
        self.row = _row_length(nst, neq, self.stages)
        # requested points: their indices from 1 are watched (index 0 is t0)
        ws = _workspace(nst, neq, np.ascontiguousarray(pair.B.T),
                        np.asarray(pair.A, float), np.asarray(pair.E, float),
                        np.broadcast_to(threshold, (neq,)), tsp_points, self.row,
                        max(16, min(4096, RECORD_BYTES // (8 * self.row))))
        ws[RTOL], ws[PW], ws[FLOOR], ws[TDIR] = rtol, pair.pow, pair.first_failure_floor, tdir
        ws[HMAX] = hmax
        ws[NXT] = 1.0
        ws[MODE] = 2.0 if keep_all else (STAGES if stages else PLAIN)
        self._bind(ws)

    def _bind(self, ws):
        """Make ``ws`` the workspace, with the views ``K``, ``y``, ``|y|`` into it."""
        nst, neq = self.nst, self.neq
        self.ws = ws
        self.address = ws.ctypes.data
        ok, oy, oa = int(ws[O_K]), int(ws[O_Y]), int(ws[O_ABSY])
        self.K = ws[ok:ok + nst * neq].reshape(nst, neq)
        self.y = ws[oy:oy + neq]
        self.absy = ws[oa:oa + neq]

    def _grow(self):
        """Twice the room for records: a new, longer workspace (the kernel's GROW)."""
        old = self.ws
        capacity = int(old[CAP])
        ws = np.empty(old.size + capacity * self.row)
        ws[:old.size] = old
        ws[CAP], ws[WSSIZE] = 2 * capacity, ws.size
        self._bind(ws)
        return ws

    def segment(self, t, tfinal, y, absh, hmax, raw, normalise):
        """Integrate one segment from ``t`` (``K[0]`` holds ``f(t, y)``) with the first
        step ``absh``; returns ``(ok, t, y)``: ``ok`` False after the failure at hmin
        (then ``t`` is where it failed and ``self.hmin`` the smallest step)."""
        ws, advance, store_advance = self.ws, self.advance, self.store_advance
        self.y[:] = y
        np.abs(y, out=self.absy)
        ws[T], ws[TFINAL], ws[ABSH], ws[HMAX] = t, tfinal, absh, hmax
        ws[DONE], ws[STAGE], ws[STATUS] = 0.0, 0.0, EVAL
        ndarray, float64, neq = np.ndarray, np.dtype(np.float64), self.neq
        # every stage argument is a fresh array the user's function may keep: the rows,
        # in turn, of blocks allocated ahead (a row costs a third of a numpy.empty
        # call); the kernel writes the argument into the row whose view ``arg`` is
        rows = max(1, min(1024, 65536 // max(neq, 1)))

        def new_block():
            block = np.empty((rows, neq))
            ws[ARGAT], ws[ARGROW], ws[ARGROWS] = block.ctypes.data, -1.0, rows
            return iter(block).__next__

        fresh = new_block()
        arg = fresh()
        ws[ARGROW] = 0.0
        address = self.address
        tq = advance(address)
        # the kernel asks for the stages 1, 2, ..., nst-1 in turn, attempt after attempt,
        # and stores the user's value itself when that is a 1-D float64 array (else
        # numpy's K[i] = v with wrap_rhs's fallback, as the numpy driver does)
        while True:
            if tq != tq:
                status = ws[STATUS]
                while status == GROW:
                    ws = self._grow()
                    address = self.address
                    tq = advance(address)
                    status = ws[STATUS]
                if status == DONE_:
                    return True, ws[T], self.y.copy()
                if status == FAIL:
                    self.hmin = ws[HMIN]
                    return False, ws[T], None
                if status == BROKEN:
                    raise RuntimeError("compat: the compiled ode driver lost its place")
                if tq == tq:
                    continue
            v = raw(tq, arg)
            try:
                arg = fresh()
            except StopIteration:
                fresh = new_block()
                arg = fresh()
            if type(v) is ndarray and v.dtype is float64 and v.ndim == 1:
                tq = store_advance(address, v)
                if tq == tq or ws[STATUS] != LENGTH:
                    continue
            else:
                ws[ARGROW] += 1.0       # what store_advance does first
            i = int(ws[STAGE])
            try:
                self.K[i] = v
            except (ValueError, TypeError):
                self.K[i] = normalise(v)
            tq = advance(address)

    def stats(self):
        ws = self.ws
        return int(ws[NSTEPS]), int(ws[NFAILED]), int(ws[NFEVALS])

    def records(self):
        """``(t, tnew, h, first, count, y, ynew, K)`` of the recorded steps (K None
        when the stages were not kept)."""
        n, neq, nst, ws = int(self.ws[NREC]), self.neq, self.nst, self.ws
        r = ws[int(ws[O_REC]):int(ws[O_REC]) + n * self.row].reshape(n, self.row)
        # the stages as a view: each step's K (nst x neq, rows contiguous) is the matrix
        # numpy's matmul hands to BLAS as it is, so interpolate_steps makes the same calls
        K = (r[:, R_Y + 2 * neq:].reshape(n, nst, neq) if self.stages else None)
        return (r[:, R_T].copy(), r[:, R_TNEW].copy(), r[:, R_H].copy(),
                r[:, R_FIRST].astype(int), r[:, R_COUNT].astype(int),
                np.ascontiguousarray(r[:, R_Y:R_Y + neq]),
                np.ascontiguousarray(r[:, R_Y + neq:R_Y + 2 * neq]), K)


def integrate(kernels, pair, neq, threshold, rtol, hmax, tdir, tsp_points, stages,
              keep_all):
    """A new :class:`Integration` (see :func:`compat._core.ode.solve`) run by
    ``kernels`` (:func:`kernel_available`)."""
    return Integration(kernels, pair, neq, threshold, rtol, hmax, tdir, tsp_points,
                       stages, keep_all)


class _Recorded:
    """The deferred Refine steps as :class:`compat._core.ode._DeferredSteps` gives them."""

    def __init__(self, t, tnew, y, h, K, ynew):
        self.n = t.size
        self._arrays = (t, tnew, y, h, K, ynew)

    def arrays(self):
        return self._arrays


def outputs(fast, quiet, deferred, output_sol, out, xs, xys, f3ds):
    """The records of :class:`Integration` ``fast`` turned into what the numpy driver of
    :func:`compat._core.ode.solve` collects step by step: returns ``(dense, reached)``
    and appends the plain output rows to ``out`` and the solution structure's steps to
    ``xs``, ``xys``, ``f3ds``."""
    t, tnew, h, first, count, y, ynew, K = fast.records()
    dense = reached = None
    if deferred:
        dense = _Recorded(t, tnew, y, h, K, ynew)
    elif quiet:
        reached = [(first[k], count[k], False, t[k], tnew[k], y[k], h[k], K[k], ynew[k])
                   for k in np.flatnonzero(count > 0)]
    else:
        out.append(tnew, ynew)
    if output_sol:
        xs.extend(tnew.tolist())
        xys.extend(ynew)
        f3ds.extend(K.transpose(0, 2, 1))
    return dense, reached
