"""IDL's signal-processing library routines: ``HANNING`` (window), ``DIGITAL_FILTER``
(Kaiser-Bessel FIR design), ``SAVGOL`` (Savitzky-Golay weights) and ``BUTTERWORTH``
(frequency-domain low-pass kernel) and ``LEEFILT`` (Lee's local-statistics filter), over
:mod:`compat._core.idl_signal`.

The filters return CONVOL kernels: IDL's CONVOL correlates (weight ``i`` multiplies the
sample at offset ``i - n/2``), so ``idl.convol(y, idl.savgol(...))`` applies them as IDL
does. Results are FLOAT unless /DOUBLE (or, where IDL's routine says so, a DOUBLE
argument) asks for DOUBLE. Python floats are IDL DOUBLE (pass ``np.float32`` for FLOAT).
"""

from __future__ import annotations

import numpy as np

from compat._core import idl_signal as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array, promote
from compat._core.legacy import idl_routine

__all__ = ["hanning", "digital_filter", "savgol", "butterworth", "leefilt"]


def _scalar(value, name: str) -> np.ndarray:
    """IDL's ``arg[0]``: the first element of a number or array, keeping its type."""
    a = idl_array(value, name, complex_ok=False)
    if a.size == 0:
        raise CompatValueError(f"{name} must not be empty.")
    return a.reshape(-1)[:1].reshape(())


def _is_double(a) -> bool:
    return a is not None and np.asarray(a).dtype == np.float64


@idl_routine("HANNING")
def hanning(n1, n2=None, *, alpha=None, double=None):
    """The Hanning (or generalised Hamming) window, as IDL's ``HANNING``.

    IDL call forms::

        Result = HANNING(N1 [, ALPHA=value] [, /DOUBLE])
        Result = HANNING(N1, N2 [, ALPHA=value] [, /DOUBLE])

    Parameters
    ----------
    n1, n2 : int
        The number of columns (IDL's first dimension) and, for a 2-D window, of rows.
        ``n2`` equal to 1 gives the 1-D window, as in IDL.
    alpha : float, optional
        ALPHA: the width parameter, 0.5 (Hanning, the default) to 1; 0.54 gives the
        Hamming window.
    double : bool, optional
        /DOUBLE. Without it the result is DOUBLE when N1, N2 or ALPHA is DOUBLE (a
        Python float is DOUBLE), else FLOAT.

    Returns
    -------
    ndarray
        ``alpha + (alpha - 1) cos(2 pi i / N1)`` for i = 0..N1-1; for two dimensions
        the outer product of the two axes, numpy shape ``(N2, N1)`` (IDL ``[N1, N2]``).

    Notes
    -----
    IDL divides by N (since IDL 5.5, "agrees with Numerical Recipes"), so this is the
    *periodic* window: ``numpy.hanning(n)`` and ``scipy.signal.windows.hann(n)`` divide
    by N-1 (symmetric); ``scipy.signal.windows.hann(n, sym=False)`` is IDL's, computed
    in double. In FLOAT, IDL computes ``a = 2*!PI/N1`` and ``cos(i*a)`` in single
    precision; so does this port. GDL 1.0.1's hanning.pro evaluates
    ``2*!PI*i/N`` instead (ULP-level differences) and ignores ``ALPHA=0`` (IDL applies
    any ALPHA given). Source: IDL Reference Guide, HANNING; golden suite
    reference_outputs/idl/signal (GDL captures).

    Examples
    --------
    >>> from compat import idl
    >>> idl.hanning(4)
    array([0. , 0.5, 1. , 0.5], dtype=float32)
    >>> idl.hanning(3, 2, alpha=0.54, double=True)
    array([[0.0064, 0.0616, 0.0616],
           [0.08  , 0.77  , 0.77  ]])
    """
    a1 = _scalar(n1, "N1")
    a2 = None if n2 is None else _scalar(n2, "N2")
    al = None if alpha is None else _scalar(alpha, "ALPHA")
    use_double = bool(double) if double is not None else \
        any(_is_double(v) for v in (a1, a2, al))
    if al is None:
        alpha_value = 0.5
    elif use_double:
        alpha_value = np.float64(al)
    else:
        alpha_value = np.float32(al)
    return core.hanning_window(a1.item(), None if a2 is None else a2.item(),
                               alpha=alpha_value, double=use_double)


@idl_routine("DIGITAL_FILTER")
def digital_filter(flow, fhigh, a, nterms, *, double=None):
    """The coefficients of a Kaiser-Bessel FIR filter (low, high, band pass or band
    stop), as IDL's ``DIGITAL_FILTER``.

    IDL call form::

        Coeff = DIGITAL_FILTER(Flow, Fhigh, A, Nterms [, /DOUBLE])
        Yout = CONVOL(Yin, Coeff)                     ; to apply it

    Parameters
    ----------
    flow, fhigh : float
        The band edges as fractions of the Nyquist frequency: low pass ``flow = 0``,
        high pass ``fhigh = 1``, band pass ``flow < fhigh``, band stop ``fhigh < flow``.
    a : float
        The size of the Gibbs ripples in -dB (50 is IDL's suggestion).
    nterms : int
        The number of terms N: the filter has 2N+1 coefficients.
    double : bool, optional
        /DOUBLE; without it the result is DOUBLE when FLOW is DOUBLE (a Python float
        is DOUBLE), else FLOAT.

    Returns
    -------
    ndarray of 2N+1 coefficients
        ``c[N+k] = c[N-k] = w[k] (sin(pi k fhigh) - sin(pi k flow)) / (pi k)``,
        ``c[N] = fhigh - flow`` (+1 for a band stop), with Kaiser weights
        ``w[k] = I0(alpha sqrt(1 - (k/N)^2)) / I0(alpha)``.

    Notes
    -----
    ``alpha`` is 0 for A <= 21, ``0.5842 (A-21)^0.4 + 0.07886 (A-21)`` for
    21 < A < 50 and ``0.1102 (A-8.7)`` for A >= 50 (Kaiser's formulas; the Reference
    Guide's digital_filter.pro takes the last one *at* 50, where
    ``scipy.signal.kaiser_beta(50)`` takes the middle one: 4.5513 against 4.5335).
    ``scipy.signal.firwin(2N+1, ..., window=('kaiser', beta))`` also normalises the
    pass band gain to 1 and differs in the edges' convention (it takes frequencies
    relative to Nyquist too, but scales the result); IDL does not normalise. IDL
    computes the ramp ``k/N`` in single precision even with /DOUBLE, so this port
    does too. Source: IDL Reference Guide, DIGITAL_FILTER (after R. Walraven, "Digital
    Filters", DECUS 1984). GDL 1.0.1 has no DIGITAL_FILTER: unit tests only
    (tests/test_idl_signal.py, against scipy's Kaiser window and I0).

    Examples
    --------
    >>> from compat import idl
    >>> import numpy as np
    >>> idl.digital_filter(np.float32(0), np.float32(0.3), 50, 4)
    array([-0.00255755,  0.00882405,  0.08893777,  0.22677423,  0.3       ,
            0.22677423,  0.08893777,  0.00882405, -0.00255755], dtype=float32)
    """
    fl = _scalar(flow, "Flow")
    fh = _scalar(fhigh, "Fhigh")
    ag = _scalar(a, "A")
    nt = _scalar(nterms, "Nterms")
    use_double = bool(double) if double is not None else _is_double(fl)
    ramp = promote(np.float32, nt.dtype)
    centre_type = promote(fl.dtype, fh.dtype)
    if centre_type.kind in "biu":
        centre = float(fh) - float(fl)
    else:
        centre = float(fh.astype(centre_type) - fl.astype(centre_type))
    coef = core.kaiser_bessel_fir(float(fl), float(fh), float(ag), int(nt),
                                  ramp_dtype=ramp, centre=centre)
    return coef if use_double else coef.astype(np.float32)


@idl_routine("SAVGOL")
def savgol(nleft, nright, order, degree, *, double=False):
    """The coefficients of a Savitzky-Golay smoothing (or derivative) filter, as IDL's
    ``SAVGOL``.

    IDL call forms::

        Result = SAVGOL(Nleft, Nright, Order, Degree [, /DOUBLE])
        Smoothed = CONVOL(Y, SAVGOL(16, 16, 0, 4))

    Parameters
    ----------
    nleft, nright : int
        The points to the left and to the right of each point in the window
        (width ``nleft + nright + 1``).
    order : int
        The derivative (0 to smooth); at most ``degree``.
    degree : int
        The degree of the local polynomial; less than the window width.
    double : bool
        /DOUBLE: DOUBLE result (IDL's FLOAT computation loses digits for degrees
        above about 9).

    Returns
    -------
    ndarray of ``nleft + nright + 1`` coefficients, FLOAT unless ``double``
        Weight ``i`` multiplies the sample ``i - nleft`` places away (CONVOL's order).
        For ORDER > 0 they are *not* normalised: multiply by
        ``FACTORIAL(order) / dx^order`` for the derivative, as IDL's documentation says.

    Notes
    -----
    ``scipy.signal.savgol_coeffs(nleft + nright + 1, degree, deriv=order,
    pos=nleft, use='dot')`` gives the same weights times ``order!`` (scipy normalises
    derivatives), by a least-squares solve; IDL's savgol.pro (IDL 8.0) builds the
    normal matrix ``sum k^(i+j)`` in FLOAT unless /DOUBLE and solves it by LUDC and
    LUSOL. This port stores the matrix in FLOAT as IDL does (its roundings,
    amplified by the matrix's condition number, change the weights of high degrees
    and one-sided windows by up to 1e-4 relative), solves in double and rounds once;
    IDL's FLOAT LU adds roundings of its own, of the order of the condition number
    times FLOAT's epsilon. Source: IDL Reference Guide, SAVGOL (Numerical Recipes in
    C, 2nd ed., sec. 14.8); IDL 8.0's savgol.pro run in GDL 1.0.1 (golden suite
    reference_outputs/idl/idl_library; GDL has no SAVGOL of its own).

    Examples
    --------
    >>> from compat import idl
    >>> idl.savgol(2, 2, 0, 2, double=True) * 35
    array([-3., 12., 17., 12., -3.])
    """
    args = [int(_scalar(v, name))
            for v, name in ((nleft, "Nleft"), (nright, "Nright"), (order, "Order"),
                            (degree, "Degree"))]
    coef = core.savgol_coefficients(*args, matrix_dtype=np.float64 if double
                                    else np.float32)
    return coef if double else coef.astype(np.float32)


@idl_routine("BUTTERWORTH")
def butterworth(x, y=None, z=None, *, cutoff=None, order=None, origin=False, xdim=None,
                ydim=None, zdim=None):
    """The absolute value of the low-pass Butterworth kernel in the frequency domain, as
    IDL's ``BUTTERWORTH`` (IDL 6.3).

    IDL call forms::

        Result = BUTTERWORTH(X [, Y [, Z]] [, CUTOFF=value] [, ORDER=value] [, /ORIGIN]
                             [, XDIM=value] [, YDIM=value] [, ZDIM=value])
        filtered = FFT(FFT(im, -1) * BUTTERWORTH(SIZE(im, /DIMENSIONS)), 1)

    Parameters
    ----------
    x, y, z : int or sequence
        The number of elements along IDL's x, y and z; or ``x`` a vector of up to three
        sizes (then ``y`` and ``z`` are ignored, as in IDL).
    cutoff : number, optional
        CUTOFF, in elements of the distance from zero frequency (default 9).
    order : number, optional
        ORDER (default 1).
    origin : bool
        /ORIGIN: leave zero frequency at the middle of the array (index ``n/2``).
        Without it the kernel is rolled so that zero frequency is at index 0, the
        layout of FFT's output (IDL's library does this; the Reference Guide's sentence
        on /ORIGIN reads the other way round, but its example multiplies the default
        kernel with FFT output, which needs zero frequency at index 0).
    xdim, ydim, zdim : number, optional
        The spacing of the columns, rows and planes (default 1).

    Returns
    -------
    ndarray, numpy shape ``(z, y, x)`` (readsav layout)
        ``1 / sqrt(1 + (d / cutoff)^(2 order))``, ``d`` the distance from the centre
        ``n/2``; FLOAT unless CUTOFF or ORDER is DOUBLE.

    Notes
    -----
    This is not ``scipy.signal.butter`` (a recursive filter design): it is a
    frequency-domain mask. IDL's butterworth.pro (IDL 8.0) takes the sizes through
    REAL_PART, which makes them FLOAT, so the distances are from the point ``n/2``
    *without* integer division: for an even size the centre is an element (distances
    3 2 1 0 1 2 for 6, in the /ORIGIN layout), for an odd size it lies between two
    (3.5 2.5 1.5 0.5 0.5 1.5 2.5 for 7, so no element is 1), and a dimension of 1
    is 0.5 from its centre. The default layout is that array shifted by
    ``ceil(n/2)`` (IDL's SHIFT). Powers ``(d/cutoff)^(2 order)`` with an integer
    ORDER are rounded once to FLOAT. Source: IDL Reference Guide, BUTTERWORTH;
    IDL 8.0's butterworth.pro and real_part.pro, run in GDL 1.0.1: golden suite
    reference_outputs/idl/idl_library (GDL has no BUTTERWORTH of its own).

    Examples
    --------
    >>> from compat import idl
    >>> idl.butterworth(6, cutoff=2)
    array([1.        , 0.8944272 , 0.70710677, 0.5547002 , 0.70710677,
           0.8944272 ], dtype=float32)
    """
    sizes_in = idl_array(x, "X", complex_ok=True).reshape(-1)
    if sizes_in.size > 1:
        sizes = [sizes_in[i:i + 1].reshape(()) for i in range(min(sizes_in.size, 3))]
    else:
        sizes = [_scalar(x, "X")]
        for value, name in ((y, "Y"), (z, "Z")):
            if value is None:
                break
            sizes.append(_scalar(value, name))
    sizes = [s.real if np.iscomplexobj(s) else s for s in sizes]
    size_dtype = promote(*[s.dtype for s in sizes])
    spacings, spacing_dtypes = [], []
    for value, name in ((xdim, "XDIM"), (ydim, "YDIM"), (zdim, "ZDIM"))[:len(sizes)]:
        v = np.asarray(1, dtype=np.int16) if value is None else \
            idl_array(value, name, complex_ok=False)
        if v.size != 1:                         # IDL: not one element -> default 1
            v = np.asarray(1, dtype=np.int16)
        v = v.reshape(())
        spacings.append(v.item())
        spacing_dtypes.append(v.dtype)
    c = np.asarray(9, dtype=np.int16) if cutoff is None else \
        _scalar(cutoff, "CUTOFF")
    o = np.asarray(1, dtype=np.int16) if order is None else \
        _scalar(order, "ORDER")
    return core.butterworth_kernel([s.item() for s in sizes], spacings, c.item(), o.item(),
                                   origin=bool(origin), size_dtype=size_dtype,
                                   spacing_dtypes=spacing_dtypes, cutoff_dtype=c.dtype,
                                   order_dtype=o.dtype)


@idl_routine("LEEFILT")
def leefilt(a, n=None, sig=None, *, double=None, exact=False):
    """Lee's local-statistics noise filter of a vector or image, as IDL's ``LEEFILT``.

    IDL call form::

        Result = LEEFILT(A [, N [, Sig]] [, /DOUBLE] [, /EXACT])

    Parameters
    ----------
    a : array_like
        A vector or an image (readsav layout).
    n : int, optional
        The box is 2N+1 wide (default 5); ``1 <= N < min(dimensions)/2``.
    sig : float, optional
        The estimate of the noise standard deviation (default 5). IDL's interactive
        mode (Sig <= 0: it prompts for values and displays the results) is refused.
    double : bool, optional
        /DOUBLE; without it the result is DOUBLE when A, N or Sig is DOUBLE (a Python
        float is DOUBLE), else FLOAT.
    exact : bool
        /EXACT: IDL's slow form (local variance from the box's deviations about the
        centre's mean; zero variance within N of the edges, so those points become the
        box mean); vectors and images only.

    Returns
    -------
    ndarray of A's shape, FLOAT or DOUBLE
        ``mean + K (A - mean)`` with ``mean = SMOOTH(A, 2N+1, /EDGE_TRUNCATE)``,
        ``Var_x = max((Var_z + mean^2)/(1 + Sig^2) - mean^2, 0)`` and
        ``K = Var_x / (mean^2 Sig^2 + Var_x)`` (Lee 1986, eqs. 19, 21, 22).

    Notes
    -----
    This is IDL's *multiplicative*-noise form of Lee's filter (Sig is relative to the
    local mean), not the additive form of many Python snippets
    (``var / (var + noise_var)`` with ``scipy.ndimage.uniform_filter``). The box
    means are IDL's SMOOTH /EDGE_TRUNCATE (compat's golden-tested :func:`smooth`),
    i.e. ``scipy.ndimage.uniform_filter(a, 2N+1, mode='nearest')``. Where the local
    mean and variance are both 0 the result is NaN, as IDL's 0/0. Source: IDL
    Reference Guide, LEEFILT, and the procedure of IDL's leefilt.pro (IDL 8.0). GDL
    1.0.1 has no LEEFILT: unit tests only (tests/test_idl_signal.py).

    Examples
    --------
    >>> from compat import idl
    >>> import numpy as np
    >>> idl.leefilt(np.array([1, 2, 3, 10, 3, 2, 1, 2], np.float32), 1,
    ...             np.float32(0.5)).round(4)
    array([1.3333, 2.    , 4.5386, 6.4557, 4.5386, 2.    , 1.6667, 1.6667],
          dtype=float32)
    """
    from compat.idl.smoothing import smooth

    arr = idl_array(a, "A", complex_ok=False, scalar_ok=False)
    nn = np.asarray(5, np.int16) if n is None else _scalar(n, "N")
    ss = np.asarray(5, np.int16) if sig is None else _scalar(sig, "Sig")
    use_double = bool(double) if double is not None else \
        any(_is_double(v) for v in (arr, nn, ss))
    t = np.float64 if use_double else np.float32
    half = int(np.floor(nn))
    if half < 1 or half >= min(arr.shape) // 2:
        raise CompatValueError("Filter width 2N+1 must be > 2 and smaller than array "
                               "dimensions.")
    sigma = t(ss)
    if sigma <= 0:
        raise CompatValueError("Sig must be positive: IDL's interactive mode (Sig <= 0 "
                               "prompts for values) is not supported.")
    if exact and arr.ndim > 2:
        raise CompatValueError("/EXACT filters vectors and images only.")
    data = arr.astype(t)
    width = 2 * half + 1

    def box(v):
        return np.asarray(smooth(v, width, edge_truncate=True), dtype=t)

    return core.lee_filter(data, width, sigma, box(data), box, exact=bool(exact))
