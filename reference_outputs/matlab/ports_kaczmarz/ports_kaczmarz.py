"""Python port of AIR Tools' ``kaczmarz.m`` (Kaczmarz's method, ART), line by line.

Original: geospace-code/airtools, ``+airtools/kaczmarz.m`` (BSD licence of the
repository, copyright 2014 SciVision; the code by Maria Saxild-Hansen and Per Chr.
Hansen, DTU Compute, 2015, after G. T. Herman, Fundamentals of Computerized Tomography,
Springer 2009). MATLAB's ``options`` struct is a dict here; MATLAB library calls go
through compat.matlab (sum, sort, find, norm, fft, max, min, isempty, mtimes).
"""

import warnings

import numpy as np

from compat import MatlabWarning, matlab


def _col(v):
    """A MATLAB column (n x 1) of doubles."""
    return np.array(v, dtype=float).reshape(-1, 1, order="F")


def _isempty(v):
    return v is None or np.size(v) == 0


def kaczmarz(A, b, K, x0=None, options=None, nargout=1):
    """[X, info] = kaczmarz(A, b, K, x0, options)."""
    A = np.array(A, dtype=float, ndmin=2)
    b = np.array(b, dtype=float, ndmin=2)
    if b.shape[0] == 1 and b.shape[1] != 1 and A.shape[0] != 1:
        b = b.T
    m, n = A.shape
    A = A.T.copy(order="F")  # Faster to perform sparse column operations.
    nargin = 3 + (x0 is not None) + (options is not None)
    K = np.array([] if K is None else K, dtype=float).ravel()

    # Default value of starting vector x0.
    if nargin < 4 or _isempty(x0):
        x0 = np.zeros((n, 1))
    else:
        x0 = np.array(x0, dtype=float, ndmin=2)
        if x0.shape[0] == 1 and n != 1:
            x0 = x0.T

    # The sizes of A, b and x must match.
    if b.shape[0] != m:
        raise ValueError(f"kaczmarz: rows of A {m} and columns of b {b.shape[0]} do not match")
    elif b.shape[1] != 1:
        raise ValueError("kaczmarz: b must be a column vector")
    elif x0.shape[0] != n or x0.shape[1] != 1:
        raise ValueError("kaczmarz: The size of x0 does not match the problem")

    taudelta = None
    # Initialization.
    if options is None:
        if _isempty(K):
            raise ValueError("kaczmarz: No stopping rule specified")
        stoprule = "NO"
        lam = 1.0
        Knew = matlab.sort(K)
        kmax = Knew[-1]
        X = np.zeros((n, K.size))
        nonneg = False
        boxcon = False
        damp = 0.0
    else:
        nonneg = bool(options.get("nonneg", False))
        if "box" in options:
            nonneg = True
            boxcon = True
            L = float(options["box"])
        else:
            boxcon = False
        if "damping" in options:
            damp = float(options["damping"])
            if damp < 0:
                raise ValueError("kaczmarz: Damping must be positive")
        else:
            damp = 0.0
        if "lambda" in options:
            lam = float(options["lambda"])
            if lam <= 0 or lam >= 2:
                warnings.warn(MatlabWarning("The lambda value is outside the interval (0,2)",
                                            "MATLAB:UnstableRelaxParam"))
        else:
            lam = 1.0

        if "stoprule" in options and "type" in options["stoprule"]:
            stoprule = options["stoprule"]["type"]
            if not isinstance(stoprule, str):
                raise ValueError("kaczmarz: The stoprule type must be a string")
            if stoprule[:2].upper() == "DP":
                if "taudelta" not in options["stoprule"]:
                    raise ValueError("kaczmarz: The factor taudelta must be specified when using DP")
                taudelta = float(options["stoprule"]["taudelta"])
                nrk = matlab.norm(b - matlab.mtimes(A.T, x0))
                if nrk <= taudelta:
                    info = np.array([[2.0, 0.0]])
                    return (x0, info) if nargout > 1 else x0
            elif stoprule[:2].upper() == "NC":
                dk = np.inf
                q = m // 2
                c_white = _col(np.arange(1, q + 1)) / q
                if not _isempty(K):
                    K = np.append(K, np.max(K) + 1)
            elif stoprule[:2].upper() == "NO":
                if _isempty(K):
                    raise ValueError("kaczmarz: No stopping rule specified")
            else:
                raise ValueError("kaczmarz: The chosen stopping rule is not valid")
            if _isempty(K):
                kmax = np.inf
                X = np.zeros((n, 1))
            else:
                Knew = matlab.sort(K)
                kmax = Knew[-1]
                X = np.zeros((n, K.size))
        else:
            if _isempty(K):
                raise ValueError("kaczmarz: No stopping rule specified")
            Knew = matlab.sort(K)
            kmax = Knew[-1]
            X = np.zeros((n, K.size))
            stoprule = "NO"

    # Initialization before iterations.
    xk = x0.copy()
    normAi = np.abs(matlab.sum(A * A, 1))  # Remember that A is transposed.
    I = matlab.find(normAi > 0)
    normAi = normAi + damp * matlab.max(normAi)

    stop = False
    k = 0
    l = 0
    klast = 0
    rule = stoprule[:2].upper()
    while not stop:
        k += 1
        if rule == "NC":
            xkm1 = xk
        # The Kaczmarz sweep.
        for i in matlab.idx(I).ravel():
            ai = A[:, [i]]
            xk = xk + (lam * (b[i, 0] - matlab.mtimes(ai.T, xk)[0, 0]) / normAi[0, i]) * ai
            if nonneg:
                xk = matlab.max(xk, 0)
            if boxcon:
                xk = matlab.min(xk, L)

        # Stopping rules.
        if rule == "DP":
            nrk = matlab.norm(b - matlab.mtimes(A.T, xk))
            if nrk <= taudelta or k >= kmax:
                stop = True
                info = np.array([[0.0, k]]) if k >= kmax else np.array([[2.0, k]])
        elif rule == "NC":
            rkh = matlab.fft(b - matlab.mtimes(A.T, xk))
            pk = np.hypot(rkh[:q + 1].real, rkh[:q + 1].imag) ** 2
            c = np.zeros((q, 1))
            for index in range(1, q + 1):
                c[index - 1, 0] = np.squeeze(matlab.sum(pk[1:index + 1]) / matlab.sum(pk[1:]))
            if dk < matlab.norm(c - c_white) or k >= kmax:
                stop = True
                info = np.array([[0.0, k - 1]]) if k >= kmax else np.array([[1.0, k - 1]])
            else:
                dk = matlab.norm(c - c_white)
        elif rule == "NO":
            if k >= kmax:
                stop = True
                info = np.array([[0.0, k]])

        # If the current iteration is requested saved.
        if (not _isempty(K) and k == Knew[l]) or stop:
            l += 1
            if rule == "NC":
                if not (stop and klast == k - 1):
                    X[:, [l - 1]] = xkm1
                else:
                    l -= 1
            else:
                X[:, [l - 1]] = xk
            klast = k
    X = X[:, :l]
    return (X, info) if nargout > 1 else X
