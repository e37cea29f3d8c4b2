"""MATLAB's ``buffer`` (Signal Processing Toolbox): a signal vector into a matrix of data
frames.

The legacy layer: ``n``, the overlap (``p > 0``) or underlap (``p < 0``), ``opt`` (the
samples preceding ``x(1)`` for an overlap, or 'nodelay'; the initial samples to skip for an
underlap) and the outputs ``[y, z, opt]`` by ``nargout``, over :mod:`compat._core.frames`,
whose docstring states the rules. Checked against GNU Octave 7.3's signal 1.4.3 buffer and
the reference page's continuous-buffering example (golden suite ``matlab/framing``).
"""

from __future__ import annotations

import numpy as np

from compat._core import frames as core
from compat._core.args import is_omitted
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["buffer"]


def _int(value, name):
    v = np.asarray(value)
    if isinstance(value, (str, bool)) or v.size != 1 or v.dtype.kind not in "iuf" or \
            not np.isfinite(v.reshape(-1)[0]) or v.reshape(-1)[0] != int(v.reshape(-1)[0]):
        raise CompatValueError(f"{name} must be an integer scalar, got {value!r}")
    return int(v.reshape(-1)[0])


@matlab_function("buffer", nargout=3)
def buffer(x, n, p=None, opt=None, *, nargout=1):
    """Buffer a signal vector into a matrix of data frames, as MATLAB's ``buffer``.

    MATLAB call forms::

        y = buffer(x, n)                   ->  buffer(x, 4)
        y = buffer(x, n, p)                ->  buffer(x, 7, 3)      (overlap)
                                               buffer(x, 7, -3)     (underlap)
        y = buffer(x, n, p, opt)           ->  buffer(x, 4, 1, -5)  buffer(x, 7, 3, 'nodelay')
                                               buffer(x, 7, -3, 2)
        [y, z] = buffer(___)               ->  buffer(x, 4, 1, nargout=2)
        [y, z, opt] = buffer(___)          ->  buffer(x, 4, 1, -5, nargout=3)

    Parameters
    ----------
    x : array_like
        The signal, a vector (a matrix is taken column by column as one vector).
    n : int
        Frame length (rows of ``y``), positive.
    p : int, optional
        Overlap (``0 < p < n``: each frame repeats the last ``p`` samples of the one
        before) or underlap (``p < 0``: ``-p`` samples skipped between frames); default 0.
    opt : optional
        Overlap: the ``p`` samples that precede ``x(1)`` (default zeros), or 'nodelay' to
        start the first frame at ``x(1)``. Underlap: the number of samples (0..-p) to skip
        before the first frame (default 0).

    Returns
    -------
    y : ndarray
        ``n``-row matrix, one frame per column, the last zero-padded (one output), or only
        the full frames (two or three outputs).
    z : ndarray
        The samples left over that do not fill a frame (``x``'s orientation; empty when
        the last frame is full).
    opt : ndarray or float
        For a following call: the last ``p`` samples of the last frame (overlap, a
        column), or the number of samples still to skip (underlap, a double scalar).

    Notes
    -----
    Differences from ``numpy.lib.stride_tricks.sliding_window_view`` or librosa's
    ``frame``: those give only full frames of the data itself, with no initial
    condition, zero padding, underlap or carry-over state. Source: MathWorks' buffer
    reference page (definitions; the continuous-buffering example's printed values);
    GNU Octave 7.3's signal 1.4.3 buffer.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> matlab.buffer(np.arange(1.0, 8.0), 3)
    array([[1., 4., 7.],
           [2., 5., 0.],
           [3., 6., 0.]])
    >>> y, z, o = matlab.buffer(np.arange(1.0, 11.0).reshape(-1, 1), 4, 1, -5, nargout=3)
    >>> y
    array([[-5.,  3.,  6.],
           [ 1.,  4.,  7.],
           [ 2.,  5.,  8.],
           [ 3.,  6.,  9.]])
    >>> z.ravel(), o.ravel()
    (array([10.]), array([9.]))
    """
    a = np.asarray(matlab_array(x, "x"))
    if a.dtype.kind in "biu":
        a = a.astype(np.float64)
    row = a.ndim == 2 and a.shape[0] == 1
    flat = a.reshape(-1, order="F")
    nn = _int(n, "n")
    if nn < 1:
        raise CompatValueError("n must be a positive integer.")
    pp = 0 if is_omitted(p) else _int(p, "p")
    if pp >= nn:
        raise CompatValueError("The overlap p must be less than n.")
    init, nodelay, offset = None, False, 0
    if not is_omitted(opt):
        if pp > 0:
            if isinstance(opt, str):
                if opt.lower() != "nodelay":
                    raise CompatValueError("opt must be 'nodelay' or a vector of p samples.")
                nodelay = True
            else:
                init = np.asarray(matlab_array(opt, "opt")).reshape(-1)
                if init.size != pp:
                    raise CompatValueError(f"opt must hold p = {pp} samples, got "
                                           f"{init.size}.")
                init = init.astype(np.result_type(init.dtype, flat.dtype))
        elif pp < 0:
            offset = _int(opt, "opt")
            if not 0 <= offset <= -pp:
                raise CompatValueError("For an underlap, opt must be an integer between 0 "
                                       "and -p.")
        else:
            if isinstance(opt, str) or np.size(opt):
                raise CompatValueError("opt applies only to an overlap or underlap (p "
                                       "nonzero).")
    work = flat if init is None else flat.astype(np.result_type(flat.dtype, init.dtype))
    y, z, state = core.frames(work, nn, pp, init, nodelay, offset, remainder=nargout > 1)
    if nargout == 1:
        return y
    z = z.reshape(1, -1) if row else (z.reshape(-1, 1) if a.ndim == 2 else z)
    if nargout == 2:
        return y, z
    if pp > 0:  # the last p samples of the last frame: a column, as y's
        state = np.asarray(state).reshape(-1, 1) if a.ndim == 2 else np.asarray(state)
    elif pp == 0:
        state = np.zeros((0, 0))
    else:
        state = np.float64(state)
    return y, z, state
