"""Event location of the ODE solvers: MATLAB's odezero.

After every accepted step the event functions are evaluated at ``tnew`` and sign
changes (in the requested direction) are located on the continuous extension with
MATLAB's safeguarded regula falsi / Illinois iteration to within
``128*max(eps(t), eps(tnew))``, reporting the right end of the final bracket; a
terminal event ends the integration there (not one found in the very first bracket at
t0). An event function that is exactly 0 at t0 and then changes sign is reported
(within ``128*eps`` of t0), as MATLAB reports it.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.errors import CompatTypeError

__all__ = ["EventState", "event_results", "matlab_eps"]


def matlab_eps(x: float) -> float:
    """MATLAB's eps(x): the spacing of doubles at |x| (eps(0) is the smallest denormal)."""
    return math.ulp(abs(x))


class EventState:
    """Event functions, their last values, and what has been found.

    ``events(t, y)`` returns ``(value, isterminal, direction)`` as MATLAB's Events
    function does (the extra arguments of the call already bound).
    """

    def __init__(self, events, t0, y0):
        self.fun = events
        self.t0 = t0
        self.te, self.ye, self.ie = [], [], []
        self.value, _, _ = self(t0, y0)

    def __call__(self, t, y):
        out = self.fun(t, y.copy())      # by value, as MATLAB: y is the solver's
        if not isinstance(out, (tuple, list)) or len(out) != 3:
            raise CompatTypeError("the Events function must return (value, isterminal, "
                                  "direction)")
        value = np.asarray(out[0], dtype=float).ravel()
        term = np.broadcast_to(np.asarray(out[1], dtype=float).ravel(), value.shape)
        dirn = np.asarray(out[2], dtype=float).ravel()
        dirn = np.zeros(value.shape) if dirn.size == 0 else np.broadcast_to(dirn,
                                                                            value.shape)
        return value, term, dirn

    def locate(self, interp, t, y, tnew, ynew):
        """MATLAB's odezero: the events in (t, tnew], recorded in ``te``, ``ye``,
        ``ie``; returns ``(found, stop)``, ``found`` a list of ``(te, ye, ie)``.

        ``interp(tq)`` is the step's continuous extension at one time.
        """
        found, stop = self._zeros(interp, t, y, tnew, ynew)
        for te, ye, ie in found:
            self.te.append(te)
            self.ye.append(np.asarray(ye).copy())
            self.ie.append(ie)
        return found, stop

    def _zeros(self, interp, t, y, tnew, ynew):
        tol = 128 * max(matlab_eps(t), matlab_eps(tnew))
        tol = min(tol, abs(tnew - t))
        tdir = math.copysign(1.0, tnew - t)
        vnew, isterminal, direction = self(tnew, ynew)
        tL, yL, vL = t, y, self.value.copy()
        tR, yR, vR = tnew, ynew, vnew.copy()
        ttry, vtry = tR, vR
        found, stop = [], False
        realmin = np.finfo(float).tiny
        while True:
            lastmoved = 0
            while True:
                indzc = np.flatnonzero((np.sign(vL) != np.sign(vR)) &
                                       (direction * (vR - vL) >= 0))
                if indzc.size == 0:
                    if lastmoved != 0:  # an internal error, never the user's
                        raise RuntimeError("an event disappeared (internal error)")
                    self.value = vnew
                    return found, stop
                delta = tR - tL
                if abs(delta) <= tol:
                    break
                if tL == t and np.any((vL[indzc] == 0) & (vR[indzc] != 0)):
                    ttry = tL + tdir * 0.5 * tol
                else:
                    change = 1.0
                    for j in indzc:
                        if vL[j] == 0:
                            if tdir * ttry > tdir * tR and vtry[j] != vR[j]:
                                maybe = 1.0 - vR[j] * (ttry - tR) / ((vtry[j] - vR[j]) * delta)
                                if maybe < 0 or maybe > 1:
                                    maybe = 0.5
                            else:
                                maybe = 0.5
                        elif vR[j] == 0:
                            if tdir * ttry < tdir * tL and vtry[j] != vL[j]:
                                maybe = vL[j] * (tL - ttry) / ((vtry[j] - vL[j]) * delta)
                                if maybe < 0 or maybe > 1:
                                    maybe = 0.5
                            else:
                                maybe = 0.5
                        else:
                            maybe = -vL[j] / (vR[j] - vL[j])
                        change = min(change, maybe)
                    change *= abs(delta)
                    change = max(0.5 * tol, min(change, abs(delta) - 0.5 * tol))
                    ttry = tL + tdir * change
                ytry = interp(ttry)
                vtry = self(ttry, ytry)[0]
                if np.any((np.sign(vL) != np.sign(vtry)) & (direction * (vtry - vL) >= 0)):
                    tR, ttry = ttry, tR
                    yR, ytry = ytry, yR
                    vR, vtry = vtry, vR
                    if lastmoved == 2:        # Illinois: halve vL after two moves left
                        half = 0.5 * vL
                        keep = np.abs(half) >= realmin
                        vL = np.where(keep, half, vL)
                    lastmoved = 2
                else:
                    tL, ttry = ttry, tL
                    yL, ytry = ytry, yL
                    vL, vtry = vtry, vL
                    if lastmoved == 1:
                        half = 0.5 * vR
                        keep = np.abs(half) >= realmin
                        vR = np.where(keep, half, vR)
                    lastmoved = 1
            for j in indzc:
                found.append((tR, yR, int(j) + 1))
            if np.any(isterminal[indzc] != 0):
                if tL != self.t0:
                    stop = True
                break
            if abs(tnew - tR) <= tol:
                break
            ttry, ytry, vtry = tR, yR, vR
            tL = tR + tdir * 0.5 * tol
            yL = interp(tL)
            vL = self(tL, yL)[0]
            tR, yR, vR = tnew, ynew, vnew.copy()
        self.value = vnew
        return found, stop


def event_results(events: EventState | None, neq: int, dtype=float):
    """``(te, ye, ie)`` of an integration: the recorded events as arrays (``ye`` one row
    per event), empty (``ye`` ``0 x neq`` of ``dtype``) without events or when none
    was found."""
    if events is not None and events.te:
        return (np.array(events.te, dtype=float),
                np.array(events.ye).reshape(len(events.te), neq),
                np.array(events.ie, dtype=float))
    return np.zeros(0), np.zeros((0, neq), dtype), np.zeros(0)
