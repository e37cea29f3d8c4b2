"""MATLAB's discrete cosine transforms (Signal Processing Toolbox): ``dct``, ``idct``.

The legacy layer of the family: ``x``, ``n`` (zero-padding or truncation along the
dimension before the transform), ``dim`` and the name-value pair ``'Type'`` (1-4), over
:mod:`compat._core.cosine_transforms`, whose docstring gives MATLAB's four orthogonal
definitions and their relation to scipy.fft's. Checked against GNU Octave 7.3's signal
1.4.3 dct/idct (type 2 only, no ``dim``) and the definitions evaluated in Octave as
matrix products for the other types (golden suite ``matlab/cosine_transforms``).
"""

from __future__ import annotations

import numpy as np

from compat._core import cosine_transforms as core
from compat._core.args import first_nonsingleton, is_omitted, matlab_dim, name_value
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["dct", "idct"]


def _transform(function, name, x, args, kwargs):
    rest = list(args)
    n = dim = None
    if rest and not isinstance(rest[0], str):
        n = rest.pop(0)
    if rest and not isinstance(rest[0], str):
        dim = rest.pop(0)
    opts = name_value(name, rest, kwargs, {"Type": 2})
    kind = opts["Type"]
    if isinstance(kind, str) or np.size(kind) != 1 or float(np.asarray(kind).reshape(-1)[0]) \
            not in (1.0, 2.0, 3.0, 4.0):
        raise CompatValueError(f"Type must be 1, 2, 3 or 4, got {kind!r}")
    kind = int(float(np.asarray(kind).reshape(-1)[0]))
    a = np.asarray(matlab_array(x, "x", to_float=True))
    work = a.reshape(1) if a.ndim == 0 else a
    axis = first_nonsingleton(work.shape) - 1 if is_omitted(dim) else \
        matlab_dim(name, dim, work.ndim)
    if axis >= work.ndim:
        work = work.reshape(work.shape + (1,) * (axis + 1 - work.ndim))
    length = work.shape[axis]
    if not is_omitted(n):
        nv = np.asarray(n)
        if nv.size != 1 or nv.dtype.kind not in "iuf" or float(nv.reshape(-1)[0]) < 1 or \
                float(nv.reshape(-1)[0]) != int(float(nv.reshape(-1)[0])):
            raise CompatValueError(f"n must be a positive integer, got {n!r}")
        length = int(float(nv.reshape(-1)[0]))
    have = work.shape[axis]
    if length < have:
        work = np.take(work, np.arange(length), axis=axis)
    elif length > have:
        pad = [(0, 0)] * work.ndim
        pad[axis] = (0, length - have)
        work = np.pad(work, pad)
    out = function(work, kind, axis)
    single = a.dtype in (np.float32, np.complex64)
    if single:
        out = out.astype(np.complex64 if np.iscomplexobj(out) else np.float32)
    if a.ndim == 0:
        return out.reshape(out.shape[axis]) if out.shape[axis] != 1 else out.reshape(())
    return out


@matlab_function("dct")
def dct(x, *args, **name_value):
    """Discrete cosine transform, as MATLAB's ``dct``.

    MATLAB call forms::

        y = dct(x)                      ->  dct(x)
        y = dct(x, n)                   ->  dct(x, 16)
        y = dct(x, n, dim)              ->  dct(x, [], 2)
        y = dct(___, 'Type', t)         ->  dct(x, 'Type', 4)

    The orthogonal DCT of type ``t`` (1-4, default 2) of ``x`` along ``dim`` (default:
    the first dimension whose size is not 1), after padding with zeros or truncating to
    ``n`` samples; a matrix is transformed column by column. Real and complex ``x``;
    single stays single.

    Notes
    -----
    MATLAB's definitions are in :mod:`compat._core.cosine_transforms`. Differences from
    ``scipy.fft.dct(x)``: scipy's default is unnormalised and along the last axis;
    ``norm='ortho'`` gives MATLAB's type 2, 3 and 4, and MATLAB's type 1 only with
    ``orthogonalize=True`` -- the other orthonormal variant scales the first and last
    terms differently. GNU Octave 7.3's signal 1.4.3 dct has type 2 only and no ``dim``,
    and its ``dct(x, n)`` with ``n < length(x)`` deletes the wrong rows (recorded as
    divergent). Source: MathWorks' dct reference page.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> np.round(matlab.dct([1.0, 2.0, 3.0, 4.0]), 6)
    array([ 5.      , -2.230442,  0.      , -0.158513])
    >>> np.round(matlab.dct([1.0, 2.0, 3.0, 4.0], 'Type', 1), 6)
    array([ 4.927993, -2.140299,  0.84551 , -0.647395])
    """
    return _transform(core.dct, "dct", x, args, name_value)


@matlab_function("idct")
def idct(y, *args, **name_value):
    """Inverse discrete cosine transform, as MATLAB's ``idct``.

    MATLAB call forms::

        x = idct(y)                     ->  idct(y)
        x = idct(y, n)                  ->  idct(y, 16)
        x = idct(y, n, dim)             ->  idct(y, [], 2)
        x = idct(___, 'Type', t)        ->  idct(y, 'Type', 3)

    The inverse of :func:`dct` of the same type (types 1 and 4 are their own inverses,
    2 and 3 each other's), after padding/truncating ``y`` to ``n``, along ``dim``.

    Notes
    -----
    Differences from ``scipy.fft.idct``: as for :func:`dct`. Source: MathWorks' idct
    reference page; GNU Octave 7.3's signal 1.4.3 idct (type 2 only) agrees to rounding.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> x = np.array([1.0, 2.0, 3.0, 4.0])
    >>> np.allclose(matlab.idct(matlab.dct(x, 'Type', 3), 'Type', 3), x)
    True
    """
    return _transform(core.idct, "idct", y, args, name_value)
