"""MATLAB functions under their old names, as legacy code still calls them: ``setstr``
and ``str2mat`` (MATLAB 4's names for what ``char`` does), ``boxcar`` and ``remez``
(the Signal Processing Toolbox's old names of ``rectwin`` and ``firpm``).

Each is the current function under its old name, with the old documented behaviour;
they share the current functions' cores (:func:`compat.matlab.chars.char`,
:func:`compat.matlab.signal.windows.rectwin`, :func:`compat.matlab.signal.equiripple.firpm`), so a port that keeps the old name gets
the same values as one that renames the call.
"""

from __future__ import annotations

from compat._core.legacy import matlab_function
from compat.matlab.chars import char as _char
from compat.matlab.signal.equiripple import firpm as _firpm
from compat.matlab.signal.windows import rectwin as _rectwin

__all__ = ["setstr", "str2mat", "boxcar", "remez"]


@matlab_function("setstr")
def setstr(*args):
    """Characters from codes, as MATLAB's obsolete ``setstr`` (today's ``char``).

    MATLAB call forms::

        S = setstr(A)          ->  setstr([72 105])        # 'Hi'
        S = setstr(A1, A2)     ->  setstr('ab', 'cde')     # rows, blank padded

    MATLAB 5 renamed MATLAB 4's ``setstr`` to ``char`` and kept the old name working
    ("setstr ... has been renamed char"); it is :func:`compat.matlab.char` exactly:
    numeric codes become characters (a fractional part truncated), a matrix of codes a
    char matrix (a numpy ``str`` array of rows), several texts the rows of a char
    matrix padded with blanks. ``chr`` is the naive Python call, for one code at a time.

    Sources: the MATLAB 5 documentation of ``char`` ("setstr: this function has been
    renamed char"); GNU Octave 7.3 keeps ``setstr`` as a deprecated alias of ``char``
    (golden suite matlab/obsolete_names).

    Parameters
    ----------
    *args : numeric codes, text, or cell arrays of text (as :func:`compat.matlab.char`)

    Returns
    -------
    str or numpy str array

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.setstr([72, 105])
    'Hi'
    >>> matlab.setstr('ab', 'cde')
    array(['ab ', 'cde'], dtype='<U3')
    """
    return _char.__wrapped__(*args)


@matlab_function("str2mat")
def str2mat(*args):
    """Texts stacked as the blank-padded rows of a char matrix, as MATLAB's ``str2mat``
    (not recommended: ``char``).

    MATLAB call form::

        S = str2mat(T1, T2, T3, ...)   ->  str2mat('hello', '', 'goodbye')

    Each argument becomes one row (a char matrix argument several rows), padded with
    blanks to the longest; **empty texts give blank rows** (where ``strvcat`` drops
    them), as :func:`compat.matlab.char` does with several arguments. Numbers are taken
    as character codes. ``numpy.array([...], dtype=str)`` is the naive call: it does not
    pad the rows (numpy pads invisibly with nothing: the rows keep their own lengths).

    GNU Octave 7.3 no longer has ``str2mat`` (deprecated in Octave 3.x, since removed),
    a recorded divergence; MATLAB keeps it.

    Sources: MathWorks' ``str2mat`` reference page ("Empty character arrays are
    significant"; the example str2mat('hello', '', 'goodbye'), a 3x7 char array with a
    blank second row; str2mat('36842', '39751', '38453', '90307') 4x5 with x(2,3) '7').

    Parameters
    ----------
    *args : text, char matrices (numpy ``str`` arrays), cell arrays of text or codes

    Returns
    -------
    str or numpy str array

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.str2mat('hello', '', 'goodbye')
    array(['hello  ', '       ', 'goodbye'], dtype='<U7')
    """
    return _char.__wrapped__(*args)


@matlab_function("boxcar")
def boxcar(n):
    """Rectangular window, as the Signal Processing Toolbox's old ``boxcar`` (today's
    ``rectwin``): ``ones(n, 1)``.

    MATLAB call form::

        w = boxcar(n)   ->  boxcar(5)

    Returns the n-point window of ones as a column (a 1-D array, compat's MATLAB
    vector); ``n`` a positive integer, rounded as ``rectwin`` rounds it. ``numpy.ones``
    is the naive call; this one checks ``n`` as the toolbox does.

    Sources: MATLAB Signal Processing Toolbox 5/6 documentation of ``boxcar``
    ("boxcar(n) returns the n-point rectangular window"; renamed ``rectwin``); GNU
    Octave's signal package keeps ``boxcar`` (golden suite matlab/obsolete_names).

    Parameters
    ----------
    n : int
        Window length.

    Returns
    -------
    numpy.ndarray
        ``n`` ones (float64).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.boxcar(4)
    array([1., 1., 1., 1.])
    """
    return _rectwin.__wrapped__(n)


@matlab_function("remez", nargout=3)
def remez(n, f, a, *args, nargout=1):
    """Parks-McClellan equiripple FIR design under the Signal Processing Toolbox's old
    name ``remez`` (today's ``firpm``).

    MATLAB call forms::

        b = remez(n, f, a)                 ->  remez(10, [0, 0.4, 0.5, 1], [1, 1, 0, 0])
        b = remez(n, f, a, w)              ->  remez(n, f, a, w)
        b = remez(n, f, a, 'ftype')        ->  remez(n, f, a, 'hilbert')
        [b, err, res] = remez(...)         ->  remez(n, f, a, nargout=3)

    MATLAB renamed ``remez`` to ``firpm`` (Signal Processing Toolbox 6.2, R14SP2) with
    the same arguments and results; this is :func:`compat.matlab.firpm` exactly (see it
    for the arguments, the Remez exchange and the differences from
    ``scipy.signal.remez``, whose band edges are in Hz with ``fs`` and which returns
    ``numtaps`` = order + 1 taps).

    GNU Octave's signal package has its own ``remez`` (not ``firpm``'s code): it agrees
    on regular designs to rounding, but for an odd order with a nonzero gain at the
    Nyquist frequency it fails to converge and returns a bad filter where MATLAB's
    ``firpm`` raises the order by one with a warning (a recorded divergence).

    Sources: MathWorks' ``firpm`` reference page ("firpm ... formerly remez");
    J. H. McClellan, T. W. Parks and L. R. Rabiner, "A computer program for designing
    optimum FIR linear phase digital filters" (1973). Golden suite matlab/obsolete_names.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> b = matlab.remez(10, [0, 0.4, 0.5, 1], [1, 1, 0, 0])
    >>> np.round(b[:3], 6)
    array([ 0.059492, -0.097982, -0.117369])
    """
    return _firpm.__wrapped__(n, f, a, *args, nargout=nargout)
