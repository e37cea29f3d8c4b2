"""Python port of the IVP Solver Toolbox's fixed-step ``solve_ivp``, line by line.

Original: tamaskis/IVP_Solver_Toolbox-MATLAB (MIT licence, copyright 2021 Tamas Kis),
``toolbox/ivpsolvers/solve_ivp.m`` with the steppers it calls here
(``rungekutta/RK1_euler.m``, ``RK2.m``, ``RK4.m``, ``RK4_38.m``, ``RK4_ralston.m``,
``adamsbashforth/AB4.m``, ``adamsbashforthmoulton/ABM4.m``) and
``utils/expand_ivp_arrays.m``. MATLAB's function handles are Python callables
``f(t, y)`` of a scalar ``t`` and a p x 1 column ``y`` returning a p x 1 column; the
interval is ``[t0, tf]`` or a list ``[t0, E]`` (MATLAB's cell ``{t0, E}``) with an event
``E(t, y)`` that is true while the integration goes on. MATLAB library calls go through
compat.matlab (colon, ceil, str2double); the waitbar is not ported (a GUI).
"""

import math  # noqa: F401 - the C library's sin, exp ... for the cases' functions

import numpy as np

from compat import matlab


def _col(v):
    return np.array(v, dtype=float).reshape(-1, 1, order="F")


# ---------------------------------------------------------------- the steppers
def RK1_euler(f, t, y, h):
    return y + h * f(t, y)


def RK2(f, t, y, h):
    k1 = f(t, y)
    k2 = f(t + h / 2, y + h * k1 / 2)
    return y + h * k2


def RK4(f, t, y, h):
    k1 = f(t, y)
    k2 = f(t + h / 2, y + h * k1 / 2)
    k3 = f(t + h / 2, y + h * k2 / 2)
    k4 = f(t + h, y + h * k3)
    return y + (h / 6) * (k1 + 2 * k2 + 2 * k3 + k4)


def RK4_38(f, t, y, h):
    k1 = f(t, y)
    k2 = f(t + h / 3, y + h * k1 / 3)
    k3 = f(t + 2 * h / 3, y - h * k1 / 3 + h * k2)
    k4 = f(t + h, y + h * k1 - h * k2 + h * k3)
    return y + (h / 8) * (k1 + 3 * k2 + 3 * k3 + k4)


def RK4_ralston(f, t, y, h):
    k1 = f(t, y)
    k2 = f(t + 0.4 * h, y + 0.4 * h * k1)
    k3 = f(t + 0.45573725 * h, y + 0.29697761 * h * k1 + 0.15875964 * h * k2)
    k4 = f(t + h, y + 0.21810040 * h * k1 - 3.05096516 * h * k2 + 3.83286476 * h * k3)
    return y + h * (0.17476028 * k1 - 0.55148066 * k2 + 1.20553560 * k3 + 0.17118478 * k4)


def AB4(f, t, F, h):
    F = np.hstack([F[:, 1:4], _col(f(t, F[:, [4]])), F[:, [4]]])
    F[:, [4]] = F[:, [4]] + (h / 24) * (55 * F[:, [3]] - 59 * F[:, [2]] + 37 * F[:, [1]]
                                      - 9 * F[:, [0]])
    return F


def ABM4(f, t, F, h):
    F = np.hstack([F[:, 1:4], _col(f(t, F[:, [4]])), F[:, [4]]])
    yp = F[:, [4]] + (h / 24) * (55 * F[:, [3]] - 59 * F[:, [2]] + 37 * F[:, [1]]
                               - 9 * F[:, [0]])
    F[:, [4]] = F[:, [4]] + (h / 24) * (9 * _col(f(t + h, yp)) + 19 * F[:, [3]]
                                      - 5 * F[:, [2]] + F[:, [1]])
    return F


def expand_ivp_arrays(t, y):
    N = t.shape[0] - 1
    p = y.shape[0]
    return np.vstack([t, np.zeros((N + 1, 1))]), np.hstack([y, np.zeros((p, N + 1))])


_SINGLE = {"euler": RK1_euler, "rk2": RK2, "rk4": RK4, "rk4 3/8": RK4_38,
           "rk4 ralston": RK4_ralston}
_MULTI = {"ab4": AB4, "abm4": ABM4}


def solve_ivp(f, I, y0, h, method=None, wb=None, nargout=1):
    """[t, y] = solve_ivp(f, I, y0, h, method, wb)."""
    fc = (lambda t, y: _col(f(t, y)))
    h = float(h)
    if not isinstance(I, (list, tuple)) or not callable(I[1]):
        I = np.asarray(I, dtype=float).ravel()
        t0 = I[0]
        tf = I[1]
        if t0 > tf:
            h = -h
        if tf > t0:
            E = lambda t, y: t - h <= tf  # noqa: E731
        else:
            E = lambda t, y: t - h >= tf  # noqa: E731
        final_time_known = True
        N = matlab.ceil((tf - t0) / h)  # noqa: F841 - the waitbar's count
    else:
        t0 = float(I[0])
        E = I[1]
        final_time_known = False
    if method is None or method == "":
        method = "RK4"
    key = method.lower()
    g = None
    if key in _SINGLE:
        step = _SINGLE[key]
        g = lambda t, y: step(fc, t, y, h)  # noqa: E731
    if key in _MULTI:
        step = _MULTI[key]
        g = lambda t, F: step(fc, t, F, h)  # noqa: E731
    if g is None:
        raise ValueError("solve_ivp: 'g' undefined (this port has the steppers Euler, RK2, "
                         "RK4, RK4 3/8, RK4 Ralston, AB4, ABM4)")
    single_step = method[:2].lower() != "ab"
    if not single_step:
        m = int(matlab.str2double(method[-1]))
    y0 = _col(y0)
    p = y0.shape[0]
    t = np.zeros((10000, 1))
    y = np.zeros((p, 10000))
    t[0, 0] = t0
    y[:, [0]] = y0
    if single_step:
        n = 1
        while E(t[n - 1, 0], y[:, [n - 1]]):
            if n + 1 > t.shape[0]:
                t, y = expand_ivp_arrays(t, y)
            y[:, [n]] = g(t[n - 1, 0], y[:, [n - 1]])
            t[n, 0] = t[n - 1, 0] + h
            n = n + 1
    else:
        t[0:m + 1, 0] = matlab.colon(t0, h, t0 + m * h).ravel()
        for n in range(1, m + 1):
            y[:, [n]] = RK4(fc, t[n - 1, 0], y[:, [n - 1]], h)
        F = np.zeros((p, m + 1))
        for n in range(1, m + 1):
            F[:, [n - 1]] = fc(t[n - 1, 0], y[:, [n - 1]])
        F[:, [n]] = y[:, [m]]
        n = m + 1
        while E(t[n - 1, 0], y[:, [n - 1]]):
            if n + 1 > t.shape[0]:
                t, y = expand_ivp_arrays(t, y)
            F = g(t[n - 1, 0], F)
            y[:, [n]] = F[:, [m]]
            t[n, 0] = t[n - 1, 0] + h
            n = n + 1
    y = y[:, :n - 1]
    t = t[:n - 1, :]
    N = t.shape[0] - 1
    if final_time_known:
        # y(:,N+1) = y(:,N)+((y(:,N+1)-y(:,N))/(t(N+1)-t(N)))*(tf-t(N)), 1-based
        y[:, [N]] = y[:, [N - 1]] + ((y[:, [N]] - y[:, [N - 1]]) / (t[N, 0] - t[N - 1, 0])) \
            * (tf - t[N - 1, 0])
        t[N, 0] = tf
    if abs(t[N, 0] - t[N - 1, 0]) < 1e-10:
        t = np.delete(t, N - 1, axis=0)
        y = np.delete(y, N - 1, axis=1)
    y = y.T
    return (t, y) if nargout > 1 else t
