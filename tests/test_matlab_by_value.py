"""MATLAB passes every argument of a function handle by value.

A user function that changes its argument (``x(1) = max(x(1), 0)`` ported as
``x[0] = max(x[0], 0)``) changes its own copy only, in MATLAB. In Python the callee gets
the caller's object, so a routine that hands its working array (or the user's data) to
the function would see the change. Every routine below calls the user's function through
``compat._core.args.by_value``; the guard: a function that changes its arguments in place
(clips, then overwrites them with NaN or 7 after computing its value) gives the bits of
one that works on copies, and the caller's arrays are left alone. The cases marked
``bug`` failed before the fix (fminunc, also trust-region, and fmincon: the solver's x; quad, integral2, dblquad,
triplequad: the abscissae; lsqcurvefit, nlinfit: xdata/X; pdist/pdist2: the rows;
chi2gof: the bin edges; pcg, bicgstab, gmres: the iterates; cellfun, structfun, feval,
jackknife, inputParser validators: the caller's cells/data); the others guard routines that passed fresh arrays
already.
"""

from __future__ import annotations

import copy

import numpy as np
import pytest

from compat import matlab


def _scribble(x):
    if isinstance(x, np.ndarray) and x.flags.writeable:
        if x.dtype.kind in "fc":
            x[...] = np.nan
        elif x.dtype.kind in "iub":
            x[...] = 7
    elif isinstance(x, (list, tuple)):
        for v in x:
            _scribble(v)
    elif isinstance(x, dict):
        for v in x.values():
            _scribble(v)


def _clip(x):
    # the ported MATLAB line x(1) = max(x(1), lo): in place on an array argument
    if isinstance(x, np.ndarray) and x.dtype.kind == "f" and x.size:
        x.flat[0] = max(x.flat[0], -1.5)


def _in_place(g):
    """``g`` as a careless port: clips its array arguments in place, computes, then
    overwrites every argument it was given."""
    def f(*args):
        for a in args:
            _clip(a)
        out = g(*args)
        for a in args:
            _scribble(a)
        return out
    return f


def _on_copies(g):
    """The same function as MATLAB runs it: on copies of its arguments."""
    def f(*args):
        args = copy.deepcopy(args)
        for a in args:
            _clip(a)
        return g(*args)
    return f


def _rosen(x):
    return 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2


def _rosen_grad(x):
    return _rosen(x), np.array([-400 * x[0] * (x[1] - x[0] ** 2) - 2 * (1 - x[0]),
                                200 * (x[1] - x[0] ** 2)])


_K = np.arange(1, 11)
_XDATA = np.array([0.9, 1.5, 13.8, 19.8, 24.1, 28.2, 35.2, 60.3, 74.6, 81.3])
_YDATA = np.array([455.2, 428.6, 124.1, 67.3, 43.2, 28.1, 13.1, -0.4, -1.3, -1.5])
_A = np.diag([2.0, 3.0, 4.0, 5.0, 6.0]) + 0.5


def _opts(solver, **kw):
    args = ["Display", "off"]
    for k, v in kw.items():
        args += [k, v]
    return matlab.optimoptions(solver, *args)


def _fmincon(alg):
    def run(w):
        x0 = np.array([-1.0, 2.0])
        out = matlab.fmincon(w(_rosen), x0, np.array([[1.0, 2.0]]), np.array([1.0]), [],
                             [], [], [], w(lambda x: (x[0] ** 2 + x[1] ** 2 - 1.5,
                                                      np.zeros(0))),
                             _opts("fmincon", Algorithm=alg), nargout=4)
        return out, [x0]
    return run


def _input_parser(w):
    p = matlab.inputparser()
    p.addOptional("y", np.zeros(1), w(lambda v: bool(np.all(v > -10))))
    p.addParameter("x", 1, w(lambda v: bool(np.all(v < 10))))
    p.parse(y := np.array([5.0]), "x", x := np.array([-3.0, 2.0]))
    return dict(p.Results), [x, y]


def _cases():
    c = {}
    c["fminsearch"] = lambda w: (matlab.fminsearch(
        w(_rosen), x0 := np.array([-1.2, 1.0]), nargout=4), [x0])
    c["fminunc bug"] = lambda w: (matlab.fminunc(
        w(_rosen), x0 := np.array([-1.2, 1.0]), _opts("fminunc"), nargout=4), [x0])
    c["fminunc trust-region bug"] = lambda w: (matlab.fminunc(
        w(_rosen_grad), x0 := np.array([-1.0, 2.0]),
        _opts("fminunc", Algorithm="trust-region", SpecifyObjectiveGradient=True),
        nargout=4), [x0])
    for alg in ("interior-point", "sqp", "active-set", "sqp-legacy"):
        c[f"fmincon {alg} bug"] = _fmincon(alg)
    c["fminsearch OutputFcn"] = lambda w: (matlab.fminsearch(
        _rosen, x0 := np.array([-1.2, 1.0]),
        matlab.optimset("OutputFcn", w(lambda x, values, state: False)), nargout=4), [x0])
    c["fzero"] = lambda w: (matlab.fzero(w(np.cos), np.array([1.0, 2.0]), nargout=4), [])
    c["fminbnd"] = lambda w: (matlab.fminbnd(w(np.sin), 0, 2 * np.pi, nargout=4), [])
    for alg in ("trust-region-reflective", "levenberg-marquardt"):
        c[f"lsqnonlin {alg}"] = lambda w, alg=alg: (matlab.lsqnonlin(
            w(lambda x: 2 + 2 * _K - np.exp(_K * x[0]) - np.exp(_K * x[1])),
            x0 := np.array([0.3, 0.4]), [], [], _opts("lsqnonlin", Algorithm=alg),
            nargout=5), [x0])
        c[f"lsqcurvefit {alg} bug"] = lambda w, alg=alg: (matlab.lsqcurvefit(
            w(lambda x, xd: x[0] * np.exp(x[1] * xd)), x0 := np.array([100.0, -0.1]),
            xd := _XDATA.copy(), yd := _YDATA.copy(), [], [],
            _opts("lsqcurvefit", Algorithm=alg), nargout=5), [x0, xd, yd])
    c["nlinfit bug"] = lambda w: (matlab.nlinfit(
        X := np.arange(1.0, 11.0), Y := np.array([0, 4, 8, 17, 29, 34, 54, 62, 80, 99.0]),
        w(lambda b, x: b[0] * x ** b[1]), b0 := np.array([1.0, 2.0]), nargout=5),
        [X, Y, b0])
    c["integral"] = lambda w: (matlab.integral(
        w(lambda x: np.exp(-x ** 2) * np.log(x) ** 2), 0, np.inf), [])
    c["integral ArrayValued"] = lambda w: (matlab.integral(
        w(lambda x: np.sin(np.arange(1, 4) * x)), 0, 1, "ArrayValued", True), [])
    c["quadgk"] = lambda w: (matlab.quadgk(w(lambda x: np.exp(x) * np.log(x)), 0, 1,
                                           nargout=2), [])
    c["quad bug"] = lambda w: (matlab.quad(w(lambda x: 1 / (x ** 3 - 2 * x - 5)), 0, 2,
                                           nargout=2), [])
    c["quadl"] = lambda w: (matlab.quadl(w(lambda x: np.exp(x) + 1), -1, 2, nargout=2), [])
    c["quadv"] = lambda w: (matlab.quadv(
        w(lambda x: np.array([[x, x ** 2], [x ** 3, 1.0]])), 0, 1, nargout=2), [])
    c["integral2 bug"] = lambda w: (matlab.integral2(
        w(lambda x, y: 1 / (np.sqrt(x + y) * (1 + x + y) ** 2)), 0, 1, 0,
        w(lambda x: 1 - x)), [])
    c["integral2 iterated"] = lambda w: (matlab.integral2(
        w(lambda x, y: 3 * x ** 2 + 5 * y ** 2), 0, 5, -5, 0, "Method", "iterated"), [])
    c["integral3"] = lambda w: (matlab.integral3(
        w(lambda x, y, z: y * np.sin(x) + z * np.cos(x)), 0, np.pi, 0, 1, -1, 1), [])
    c["dblquad bug"] = lambda w: (matlab.dblquad(
        w(lambda x, y: y * np.sin(x) + x * np.cos(y)), np.pi, 2 * np.pi, 0, np.pi), [])
    c["triplequad bug"] = lambda w: (matlab.triplequad(
        w(lambda x, y, z: y * np.sin(x) + z * np.cos(x)), 0, np.pi, 0, 1, -1, 1), [])
    c["cellfun bug"] = lambda w: (matlab.cellfun(
        w(lambda v: float(np.sum(v))),
        C := [np.arange(1.0, 11.0), np.array([[2.0], [4.0], [6.0]])]), C)
    c["cellfun ErrorHandler bug"] = lambda w: (matlab.cellfun(
        lambda v: v[5], C := [np.arange(1.0, 11.0), np.array([2.0, 3.0])],
        "ErrorHandler", w(lambda info, v: float(v.sum()))), C)
    c["arrayfun"] = lambda w: (matlab.arrayfun(
        w(lambda v, u: v + u), A := np.array([[1.0, 2], [3, 4]]),
        B := np.array([[5.0, 6], [7, 8]]), "UniformOutput", False), [A, B])
    c["arrayfun struct array bug"] = lambda w: (matlab.arrayfun(
        w(lambda s: float(np.sum(s["f"]))), [{"f": (a := np.array([1.0, 2]))},
                                              {"f": (b := np.array([3.0]))}]), [a, b])
    c["structfun bug"] = lambda w: (matlab.structfun(
        w(lambda v: float(v.sum())), {"a": (a := np.array([1.0, 2])),
                                      "b": (b := np.array([3.0]))}), [a, b])
    c["feval bug"] = lambda w: (matlab.feval(w(lambda a: a * 2), A := np.array([3.0, 4])),
                                [A])
    c["accumarray"] = lambda w: (matlab.accumarray(
        subs := np.array([[1], [2], [1], [2], [3]]), val := np.array([5.0, 1, 2, 3, 4]),
        [], w(lambda v: float(np.max(v) - np.min(v)))), [subs, val])
    c["splitapply"] = lambda w: (matlab.splitapply(
        w(lambda v, u: float(np.mean(v) + u.sum())), x := np.array([4.0, 5, 0, 0, 2, 1]),
        y := np.array([1.0, 2, 3, 4, 5, 6]), g := np.array([2, 3, 1, 2, 1, 3])), [x, y, g])
    c["grpstats"] = lambda w: (matlab.grpstats(
        x := np.array([4.0, 5, 0, 0, 2, 1, 6, 8]), g := np.array([2, 3, 1, 2, 1, 3, 1, 2]),
        [w(lambda v: float(np.mean(v))), "mean"], nargout=2), [x, g])
    c["bsxfun"] = lambda w: (matlab.bsxfun(
        w(lambda a, b: a - b), A := np.array([[1.0, 2], [3, 4], [5, 6]]),
        B := np.array([[1.0, 2]])), [A, B])
    c["jackknife bug"] = lambda w: (matlab.jackknife(
        w(lambda x, y: float(np.sum(x * y))), A := np.array([1.0, 2, 3, 6]),
        B := np.array([1.0, 1, 2, 5])), [A, B])
    c["pdist bug"] = lambda w: (matlab.pdist(
        X := np.array([[1.0, 2], [4, 6], [0, 0], [3, 3]]),
        w(lambda a, B: np.sqrt(((B - a) ** 2).sum(1)))), [X])
    c["pdist2 bug"] = lambda w: (matlab.pdist2(
        X := np.array([[1.0, 2], [4, 6], [0, 0]]), Y := np.array([[0.0, 1], [2, 2]]),
        w(lambda a, B: np.abs(B - a).sum(1))), [X, Y])
    c["spfun"] = lambda w: (matlab.spfun(w(np.exp), A := np.array([[0, 1.0], [2, 0]])),
                            [A])
    c["kstest"] = lambda w: (matlab.kstest(
        x := np.array([-1.2, -0.4, 0.1, 0.5, 1.3]), "CDF",
        w(lambda v: 0.5 * (1 + np.tanh(v))), nargout=3), [x])
    c["chi2gof bug"] = lambda w: (matlab.chi2gof(
        x := np.array([0.1, 0.5, -0.3, 1.2, -1.5, 0.7, 0.2, -0.8, 2.0, -0.1, 0.3, 0.9,
                       -0.6, 1.1, -1.1, 0.05, 0.4, -0.2, 1.6, -0.9]),
        "CDF", w(lambda v: 0.5 * (1 + np.tanh(v))), "NBins", 4, nargout=3), [x])
    c["ksdensity"] = lambda w: (matlab.ksdensity(
        m := np.array([1.0, 3, 2, 5]), xi := np.array([0.0, 2, 4]), "Kernel",
        w(lambda u: np.exp(-u ** 2 / 2) / np.sqrt(2 * np.pi)), nargout=3), [m, xi])
    c["imresize"] = lambda w: (matlab.imresize(
        A := np.arange(16.0).reshape(4, 4), [3, 5],
        [w(lambda x: (np.abs(x) <= 1) * (1 - np.abs(x))), 1.0]), [A])
    c["pulstran"] = lambda w: (matlab.pulstran(
        t := np.arange(6.0), d := np.array([1.0, 4]),
        w(lambda x: (np.abs(x) < 0.5) * 1.0)), [t, d])
    c["pcg bug"] = lambda w: (matlab.pcg(
        w(lambda x: _A @ x), b := _A.sum(axis=1), 1e-10, 20,
        w(lambda x: x / np.diag(_A)), [], x0 := np.zeros(5), nargout=5), [b, x0])
    c["bicgstab bug"] = lambda w: (matlab.bicgstab(
        w(lambda x: _A @ x), b := _A.sum(axis=1), 1e-10, 20,
        w(lambda x: x / np.diag(_A)), [], x0 := np.zeros(5), nargout=5), [b, x0])
    c["gmres bug"] = lambda w: (matlab.gmres(
        w(lambda x: _A @ x), b := _A.sum(axis=1), [], 1e-10, 10,
        w(lambda x: x / np.diag(_A)), [], x0 := np.zeros(5), nargout=5), [b, x0])
    c["inputParser bug"] = _input_parser
    B20 = (np.diag(np.arange(1.0, 21)) + np.diag(np.full(19, 0.1), 1)
           + np.diag(np.full(19, 0.1), -1))
    c["eigs"] = lambda w: (matlab.eigs(w(lambda x: B20 @ x), 20, 3, "largestabs",
                                       "IsFunctionSymmetric", True, nargout=2), [])
    return c


_CASES = _cases()


def _bits(value):
    out = []

    def walk(v):
        if hasattr(v, "toarray") and not isinstance(v, np.ndarray):
            v = v.toarray()
        if isinstance(v, np.ndarray):
            if v.dtype.kind == "O":
                for w in v.ravel():
                    walk(w)
            else:
                out.append((v.dtype.str, v.shape, v.tobytes()))
        elif isinstance(v, dict):
            for k in sorted(v):
                out.append(k)
                walk(v[k])
        elif isinstance(v, (list, tuple)):
            for w in v:
                walk(w)
        elif isinstance(v, (bool, int, float, complex, np.generic)):
            out.append(np.asarray(v).tobytes())
        else:
            out.append(repr(v))
    walk(value)
    return out


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize("name", sorted(_CASES))
def test_a_function_changing_its_arguments_gives_the_bits_of_one_changing_copies(name):
    run = _CASES[name]
    want, untouched = run(_on_copies)
    got, inputs = run(_in_place)
    assert len(_bits(want)) > 0
    # the caller's arrays are the caller's (the in-place function changed its copies)
    for before, after in zip(untouched, inputs):
        assert after.tobytes() == before.tobytes()
    assert _bits(got) == _bits(want)


def test_the_guard_can_fail():
    # the in-place function really changes what a plain Python call hands it
    x = np.array([-3.0, 2.0])
    _in_place(lambda v: float(v.sum()))(x)
    assert np.isnan(x).all()
    y = np.array([-3.0, 2.0])
    assert _on_copies(lambda v: float(v.sum()))(y) == 0.5 and y.tolist() == [-3.0, 2.0]


def test_by_value_copies_arrays_cells_structs_and_sparse_and_nothing_else():
    from scipy import sparse

    from compat._core.args import by_value
    seen = []
    f = by_value(lambda *a: seen.extend(a))
    arr = np.arange(3.0)
    cell = [np.ones(2), "text"]
    struct = {"a": np.zeros(1)}
    sp = sparse.csr_matrix(np.eye(2))
    ro = np.arange(2.0)
    ro.flags.writeable = False
    f(arr, cell, struct, sp, ro, "s", 3.5, np.float32(2))
    assert seen[0] is not arr and seen[0].tolist() == [0.0, 1.0, 2.0]
    assert seen[1] is not cell and seen[1][0] is not cell[0]
    assert seen[2] is not struct and seen[2]["a"] is not struct["a"]
    assert seen[3] is not sp and (seen[3] != sp).nnz == 0
    assert seen[4].flags.writeable            # a copy the function may change, as MATLAB's
    assert seen[5] == "s" and seen[6] == 3.5 and seen[7] == np.float32(2)
    assert by_value(f) is f and by_value(None) is None
    assert by_value(np.hypot).__name__ == "hypot"
