"""Python port of the Root-Finding Toolbox's Brent-Dekker solver and its utilities.

Original: tamaskis/Root_Finding_Toolbox-MATLAB (MIT licence, copyright 2021-2022 Tamas
Kis), ``toolbox/rootsolvers/univariate/root_brent_dekker.m`` and
``toolbox/utils/{bracket_sign_change, perturb_iterate, print_solver_header,
print_solver_progress}.m``, ported line by line: MATLAB's function handles are Python
callables, the ``opts`` and ``output`` structs dicts, ``fprintf`` is compat.matlab's.
The legacy code's quirks are kept: the value ``f(b)`` of the first call is not counted
in ``n_feval``, ``bracket_sign_change``'s outputs ``(n_iter, n_feval)`` are received as
``(nf, ni)``, and ``print_solver_header(true)`` reads its undefined second argument
(MATLAB's "'func' undefined" error, so ``opts.print = true`` fails).
"""

import math  # noqa: F401 - the C library's cos, exp, atan for the cases' functions
import warnings

import numpy as np

from compat import MatlabWarning, matlab

_EPS = np.finfo(float).eps


def _isempty(v):
    return v is None or np.size(v) == 0


def perturb_iterate(x, h=None):
    """xp = perturb_iterate(x, h)."""
    if _isempty(h):
        h = 100 * _EPS
    return x + h * (1 + abs(x))


def bracket_sign_change(f, x0, max_iter=None, nargout=1):
    """[a, b, n_iter, n_feval] = bracket_sign_change(f, x0, max_iter)."""
    x0 = np.atleast_1d(np.asarray(x0, dtype=float)).ravel()
    if x0.size == 1:
        a = float(x0[0])
        b = perturb_iterate(a)
    else:
        a = float(x0[0])
        b = float(x0[1])
    if f(a) * f(b) < 0:
        return (a, b, 0.0, 2.0)[:max(nargout, 1)] if nargout > 1 else a
    if a > b:
        a, b = b, a
    # the legacy test is (nargin < 5): always true, so max_iter is always 200
    max_iter = 200
    c = (a + b) / 2
    wh = (b - a) / 2
    sign_change = False
    for k in range(1, max_iter + 1):
        wh = 2 * wh
        a = c - wh
        b = c + wh
        if f(a) * f(b) < 0:
            sign_change = True
            break
    n_iter = float(k)
    n_feval = float(2 * k + 2)
    if not sign_change:
        warnings.warn(MatlabWarning("No interval was found with a sign change."))
    out = (a, b, n_iter, n_feval)
    return out[:nargout] if nargout > 1 else a


def print_solver_header(bracketing=None, func=None, nargin=None):
    """print_solver_header(bracketing, func)."""
    if nargin is None:
        nargin = (bracketing is not None) + (func is not None)
    if nargin < 1 or _isempty(bracketing):
        bracketing = False
    # the legacy test is (nargin < 1) || isempty(func): with one argument it reads the
    # undefined func, which is MATLAB's error
    if nargin < 1:
        func = True
    elif nargin < 2:
        raise ValueError("print_solver_header: 'func' undefined")
    elif _isempty(func):
        func = True
    if func:
        if bracketing:
            fmt = '\\n%9s     %10s     %11s     %11s     %11s     %11s\\n'
            matlab.fprintf(fmt, 'Iteration', 'Func-count', 'a', 'b', 'x', 'f(x)')
        else:
            fmt = '\\n%9s     %10s     %11s     %11s\\n'
            matlab.fprintf(fmt, 'Iteration', 'Func-count', 'x', 'f(x)')
    else:
        if bracketing:
            fmt = '\\n%9s     %10s     %11s     %11s     %11s\\n'
            matlab.fprintf(fmt, 'Iteration', 'Func-count', 'a', 'b', 'x')
        else:
            fmt = '\\n%9s     %10s     %11s\\n'
            matlab.fprintf(fmt, 'Iteration', 'Func-count', 'x')


def print_solver_progress(iter, nfeval, x, f=None, a=None, b=None):
    """print_solver_progress(iter, nfeval, x, f, a, b)."""
    if f is None:
        # the legacy code compares f < 0 below whatever nargin is
        raise ValueError("print_solver_progress: 'f' undefined")
    f_input = not _isempty(f)
    a_input = not _isempty(a)
    b_input = not _isempty(b)
    iter_format = '%9i     '
    nfeval_format = '%10i     '
    if a_input:
        a_format = '%1.4e     ' if a < 0 else ' %1.4e     '
    if b_input:
        b_format = '%1.4e     ' if b < 0 else ' %1.4e     '
    x_format = '%1.4e     ' if x < 0 else ' %1.4e     '
    if not f_input:
        x_format = x_format + '\\n'
    # the legacy code compares f < 0 even when f is not given (an empty f: false)
    if f_input and f < 0:
        f_format = '%1.4e     \\n'
    else:
        f_format = ' %1.4e\\n'
    if f_input:
        if a_input and b_input:
            matlab.fprintf(iter_format + nfeval_format + a_format + b_format + x_format
                           + f_format, iter, nfeval, a, b, x, f)
        else:
            matlab.fprintf(iter_format + nfeval_format + x_format + f_format,
                           iter, nfeval, x, f)
    else:
        if a_input and b_input:
            matlab.fprintf(iter_format + nfeval_format + a_format + b_format + x_format,
                           iter, nfeval, a, b, x)
        else:
            matlab.fprintf(iter_format + nfeval_format + x_format, iter, nfeval, x)


def root_brent_dekker(f, x0, opts=None, nargout=1):
    """[x, output] = root_brent_dekker(f, x0, opts)."""
    opts = opts if opts is not None else {}
    tol = opts.get('tol', 2 * _EPS)
    vtol = opts.get('vtol', 0.0)
    max_iter = int(opts.get('max_iter', 200))
    max_feval = opts.get('max_feval', 200)
    rebracket = bool(opts.get('rebracket', False))
    print_ = bool(opts.get('print', False))

    n_feval = 0
    n_int_iter = 0
    x0 = np.atleast_1d(np.asarray(x0, dtype=float)).ravel()
    if x0.size == 1:
        a, b, nf, ni = bracket_sign_change(f, x0, nargout=4)
        n_feval = n_feval + nf
        n_int_iter = n_int_iter + ni
        rebracket = False
    else:
        a = float(x0[0])
        b = float(x0[1])
    if a > b:
        a, b = b, a
    if rebracket:
        a, b, nf, ni = bracket_sign_change(f, [a, b], nargout=4)
        n_feval = n_feval + nf
        n_int_iter = n_int_iter + ni

    fb = f(b)
    if abs(fb) <= vtol or n_feval >= max_feval:
        output = {'x_all': b, 'a_all': a, 'b_all': b, 'f_all': fb,
                  'n_int_iter': float(n_int_iter), 'n_iter': 0.0, 'n_feval': float(n_feval)}
        return (b, output) if nargout > 1 else b
    fa = f(a)
    n_feval = n_feval + 1
    fc = fb
    x_all = np.zeros((1, max_iter + 1))
    a_all = np.zeros((1, max_iter + 1))
    b_all = np.zeros((1, max_iter + 1))
    f_all = np.zeros((1, max_iter + 1))
    x_all[0, 0] = b
    a_all[0, 0] = a
    b_all[0, 0] = b
    f_all[0, 0] = fb
    if print_:
        print_solver_header(True, nargin=1)
    for k in range(1, max_iter + 1):
        if k == 1 or (fb > 0) == (fc > 0):
            c = a
            fc = fa
            d = b - a
            e = d
        if abs(fc) < abs(fb):
            a = b
            b = c
            c = a
            fa = fb
            fb = fc
            fc = fa
        delta = 2 * _EPS * abs(b) + tol
        m = 0.5 * (c - b)
        if abs(e) < delta or abs(fa) < abs(fb):
            d = m
            e = m
        else:
            s = fb / fa
            if a == c:
                p = 2 * m * s
                q = 1 - s
            else:
                q = fa / fc
                r = fb / fc
                p = s * (2 * m * q * (q - r) - (b - a) * (r - 1))
                q = (q - 1) * (r - 1) * (s - 1)
            if p > 0:
                q = -q
            else:
                p = -p
        s = e
        e = d
        if 2 * p < (3 * m * q - abs(delta * q)) or p < abs(0.5 * s * q):
            d = p / q
        else:
            d = m
            e = m
        a = b
        fa = fb
        if abs(d) > delta:
            b = b + d
        elif m > 0:
            b = b + delta
        else:
            b = b - delta
        fb = f(b)
        n_feval = n_feval + 1
        x_all[0, k] = b
        a_all[0, k] = a
        b_all[0, k] = b
        f_all[0, k] = fb
        if print_:
            print_solver_progress(k, n_feval, b, fb, a, b)
        if abs(fb) <= vtol or abs(m) <= delta:
            break
        if n_feval >= max_feval:
            break
    x = b
    n_iter = k
    output = {'x_all': x_all[:, :n_iter + 1], 'a_all': a_all[:, :n_iter + 1],
              'b_all': b_all[:, :n_iter + 1], 'f_all': f_all[:, :n_iter + 1],
              'n_int_iter': float(n_int_iter), 'n_iter': float(n_iter),
              'n_feval': float(n_feval)}
    return (x, output) if nargout > 1 else x


def evalc(thunk):
    """MATLAB's ``txt = evalc(...)`` for the golden cases: the text that ``thunk()``
    prints (through compat.matlab.fprintf) to standard output."""
    import contextlib
    import io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        thunk()
    return buf.getvalue()
