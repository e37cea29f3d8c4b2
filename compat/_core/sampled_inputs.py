"""Sampled inputs for the ODE solvers: interp1-interpolated, O(1) lookup, restart points.

A model driven by measurements, ``y' = f(t, y, u(t))`` with ``u`` known only at sample
times ``ts``, is solved in MATLAB as ``ode45(@(t,y) f(t, y, interp1(ts, U, t)), ...)``.
That works, but

* every right-hand-side call pays for a full ``interp1`` (argument checks, a binary
  search, array allocation) although the integrator asks for times that advance almost
  monotonically;
* a 'linear' input has kinks and a 'previous' (zero-order hold) input has jumps at the
  sample times; an explicit Runge-Kutta step that straddles one is of low order there,
  so the error estimate either forces many rejected steps or (worse) passes a step whose
  error it misjudges.

:class:`SampledInputs` prepares the interpolant once (the kernels of
``compat._core.interpolation``, i.e. exactly what ``matlab.interp1`` computes), keeps a
cursor on the current piece (amortised O(1): consecutive calls move at most a few
pieces; backwards integration moves the cursor the other way) and gives the sample
times inside the span as restart points: the integration is restarted there, every
segment seeing one polynomial piece of the input (the one-sided limit at its ends),
so each step integrates a smooth right-hand side.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.interpolation import EXTRAPOLATING, Interpolant1D, Method

__all__ = ["SampledInputs", "RESTART_BY_DEFAULT", "INPUT_METHODS"]

# Methods with kinks (linear) or jumps (the step methods) at the samples: restarting at
# the sample times is on by default for these. pchip/makima (C1) and spline (C2) are
# smooth enough for the error control; restart=True still restarts them.
RESTART_BY_DEFAULT = frozenset({"linear", "previous", "next", "nearest"})
#: interp1's methods an input may use (``parse_method(..., allowed=INPUT_METHODS)``)
INPUT_METHODS: tuple[Method, ...] = ("linear", "previous", "next", "nearest", "pchip",
                                     "cubic", "makima", "spline")


class SampledInputs:
    """Inputs ``u(t)`` given at sample times and interpolated as ``interp1`` would.

    Parameters
    ----------
    ts : array_like
        Sample times (a vector of at least 2 distinct finite values).
    U : array_like
        Samples: a vector (one input; ``u(t)`` is a float) or a ``len(ts) x m`` matrix
        (``m`` inputs, one per column as in ``interp1``; ``u(t)`` is a 1-D array).
    method : Method
        interp1's method (one of :data:`INPUT_METHODS`): 'linear' (default),
        'previous' (zero-order hold), 'next', 'nearest', 'pchip' ('cubic'), 'makima',
        'spline'.
    restart : bool or None
        Restart the integration at the sample times inside the span (``None``: on for
        'linear' and the step methods, off for the cubic ones).
    """

    def __init__(self, ts, U, method: Method = "linear", restart: bool | None = None):
        if method == "cubic":
            method = "pchip"
        U = np.asarray(U)
        if U.ndim > 2:
            raise CompatValueError(f"sampled inputs U must be a vector or a len(ts) x m "
                                   f"matrix, got shape {U.shape}")
        F = Interpolant1D(ts, U, method)
        if F.v.dtype.kind == "c":
            raise CompatTypeError("sampled inputs must be real")
        if not np.all(np.isfinite(F.v)):
            raise CompatValueError("sampled inputs must be finite (no NaN or Inf)")
        self.interpolant = F
        self.method = method
        self.m = F.m
        self.restart = (method in RESTART_BY_DEFAULT) if restart is None else bool(restart)
        x = F.x
        if method == "nearest":
            mids = (x[:-1] + x[1:]) / 2
            self.breaks = np.concatenate([[x[0]], mids, [x[-1]]])
            values = F.v
            coefs = [values[i:i + 1] for i in range(x.size)]     # constant pieces
            origins = self.breaks[:-1]
            cursor_breaks = self.breaks
        elif method == "previous":
            # v(i) on [x(i), x(i+1)), and v(end) at x(end) itself (interp1 'previous')
            self.breaks = x
            coefs = [F.v[i:i + 1] for i in range(x.size)]
            origins = x
            cursor_breaks = np.concatenate([x, [np.inf]])
        elif method == "next":
            # v(1) at x(1) itself, v(i+1) on (x(i), x(i+1)] (interp1 'next')
            self.breaks = x
            coefs = [F.v[i:i + 1] for i in range(x.size)]
            origins = np.concatenate([[x[0]], x[:-1]])
            cursor_breaks = np.concatenate([[-np.inf], x])
        else:                                     # polynomial pieces, highest power first
            self.breaks = x
            coefs = [F.coefs[i] for i in range(x.size - 1)]
            origins = x[:-1]
            cursor_breaks = x
        # Python floats for one input (the scalar Horner loop is the fast path)
        if self.m == 1:
            self._pieces = [tuple(float(c) for c in piece[:, 0]) for piece in coefs]
        else:
            self._pieces = [np.array(piece, dtype=float) for piece in coefs]
        self._origins = [float(o) for o in origins]
        # piece i of the cursor covers [_breaks[i], _breaks[i+1]) (('next': (.., ..]);
        # the outermost pieces also extend beyond the samples
        self._breaks = [float(b) for b in cursor_breaks]
        self.extrapolates = method in EXTRAPOLATING
        # 'next' takes the piece on the left of an exact sample time (interp1('next')
        # at x(i) is v(i)); the others the piece on the right.
        self._left = method == "next"

    # ------------------------------------------------------------------ span
    def check_span(self, t0, tfinal):
        lo, hi = min(t0, tfinal), max(t0, tfinal)
        x0, x1 = float(self.breaks[0]), float(self.breaks[-1])
        if (lo < x0 or hi > x1) and not self.extrapolates:
            raise CompatValueError(f"tspan [{t0:g}, {tfinal:g}] extends beyond the input "
                                   f"samples [{x0:g}, {x1:g}]; interp1 would give NaN "
                                   f"there with method '{self.method}'")

    def restart_times(self, t0, tfinal):
        """Sample times strictly inside the span, in the direction of integration."""
        if not self.restart:
            return []
        b = np.asarray(self.breaks[1:-1], dtype=float)
        inside = b[(b > min(t0, tfinal)) & (b < max(t0, tfinal))]
        return sorted(inside.tolist(), reverse=tfinal < t0)

    # ------------------------------------------------------------------ lookup
    def _piece_index(self, t):
        b = self._breaks
        i = int(np.searchsorted(b, t, side="left" if self._left else "right")) - 1
        return min(max(i, 0), len(self._pieces) - 1)

    def fixed(self, a, b):
        """``u(t)`` on the segment between ``a`` and ``b`` (one piece, no search)."""
        i = self._piece_index(0.5 * (a + b))
        return self._evaluator(i, fixed=True)

    def cursor(self, t0):
        """``u(t)`` with a cursor (amortised O(1) for near-monotonic times)."""
        return self._evaluator(self._piece_index(t0), fixed=False)

    def _evaluator(self, start, fixed):
        pieces, origins, breaks = self._pieces, self._origins, self._breaks
        last = len(pieces) - 1
        left = self._left
        state = [start]
        scalar = self.m == 1

        if fixed:
            c, o = pieces[start], origins[start]
            if scalar:
                if len(c) == 1:
                    value = c[0]
                    return lambda t: value
                if len(c) == 2:
                    c0, c1 = c
                    return lambda t: c0 * (t - o) + c1
                c0, c1, c2, c3 = c

                def cubic(t):
                    s = t - o
                    return ((c0 * s + c1) * s + c2) * s + c3
                return cubic

            def vec_fixed(t):
                s = t - o
                r = c[0].copy()
                for k in range(1, c.shape[0]):
                    r = r * s + c[k]
                return r
            return vec_fixed

        def lookup(t):
            # Walk the cursor: consecutive calls move it by at most a few pieces (the
            # stage times of one step span one step), so this is O(1) amortised.
            i = state[0]
            if left:
                while i > 0 and t <= breaks[i]:
                    i -= 1
                while i < last and t > breaks[i + 1]:
                    i += 1
            else:
                while i > 0 and t < breaks[i]:
                    i -= 1
                while i < last and t >= breaks[i + 1]:
                    i += 1
            state[0] = i
            s = t - origins[i]
            c = pieces[i]
            if scalar:
                r = c[0]
                for ck in c[1:]:
                    r = r * s + ck
                return r
            r = c[0].copy()
            for k in range(1, c.shape[0]):
                r = r * s + c[k]
            return r
        return lookup
