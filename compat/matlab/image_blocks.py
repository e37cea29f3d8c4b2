"""MATLAB's ``im2col`` and ``col2im`` (Image Processing Toolbox): image blocks as
columns and back.

The legacy layer of the family: MATLAB's argument forms (``'sliding'`` (default) or
``'distinct'``, the ``'indexed'`` flag, block and image sizes as 2-element vectors)
and error texts, over :mod:`compat._core.image_blocks`, whose docstring states the
column-major layout. The class is kept. Checked against GNU Octave 7.3's image package
2.14 (golden suite ``matlab/image_blocks``).
"""

from __future__ import annotations

import numpy as np

from compat._core import image_blocks as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["im2col", "col2im"]


def _pair(value, name: str) -> tuple[int, int]:
    a = np.asarray(matlab_array(value, name, complex_ok=False, char="error"), dtype=float)
    if a.size != 2 or np.any(a != np.round(a)) or np.any(a < 0):
        raise CompatValueError(f"{name} must be a 2-element vector of nonnegative "
                               "integers.")
    return int(a.flat[0]), int(a.flat[1])


def _kind(value) -> str:
    key = value.lower() if isinstance(value, str) else ""
    hits = [k for k in ("sliding", "distinct") if key and k.startswith(key)]
    if len(hits) != 1:
        raise CompatValueError(f"Unknown block type {value!r}: 'sliding' or 'distinct'.")
    return hits[0]


@matlab_function("im2col")
def im2col(A, *args):
    """Rearrange image blocks into columns, as MATLAB's ``im2col``.

    MATLAB call forms::

        B = im2col(A, [m n])                        ->  im2col(A, [2, 3])
        B = im2col(A, [m n], 'distinct')            ->  im2col(A, [3, 2], 'distinct')
        B = im2col(A, 'indexed', [m n], 'distinct') ->  im2col(X, 'indexed', [3, 2], 'distinct')

    ``'sliding'`` (the default): each m-by-n neighbourhood as a column (read down its
    columns), the neighbourhoods in column-major order of their top-left corners, no
    padding. ``'distinct'``: the image zero-padded at the bottom and right to whole
    blocks (an ``'indexed'`` double or single image is padded with 1), each block a
    column, blocks down then across. A 2-D image; its class is kept. Differences from
    ``numpy.lib.stride_tricks.sliding_window_view``: a 2-D result in MATLAB's column
    order, and the distinct form's padding.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.arange(1, 13).reshape(3, 4, order='F')
    >>> matlab.im2col(A, [2, 2], 'distinct')
    array([[ 1,  3,  7,  9],
           [ 2,  0,  8,  0],
           [ 4,  6, 10, 12],
           [ 5,  0, 11,  0]])
    """
    args = list(args)
    indexed = False
    if args and isinstance(args[0], str) and args[0].lower() == "indexed":
        indexed = True
        args.pop(0)
    if not args:
        raise CompatValueError("im2col: the block size [m n] is required.")
    m, n = _pair(args.pop(0), "[M N]")
    kind = _kind(args.pop(0)) if args else "sliding"
    if args:
        raise CompatValueError("im2col: too many input arguments.")
    a = np.asarray(matlab_array(A, "A", complex_ok=True, char="error"))
    if a.ndim > 2:
        raise CompatValueError("im2col: A must be a 2-D array.")
    a = a.reshape(1, -1) if a.ndim == 1 else a.reshape(1, 1) if a.ndim == 0 else a
    if kind == "distinct":
        pad = 1 if indexed and a.dtype.kind in "fc" else 0
        return core.distinct_columns(a, m, n, pad)
    if m > a.shape[0] or n > a.shape[1]:
        return np.zeros((m * n, 0), dtype=a.dtype)
    return core.sliding_columns(a, m, n)


@matlab_function("col2im")
def col2im(B, block, image_size, kind="sliding"):
    """Rearrange columns back into an image, as MATLAB's ``col2im``.

    MATLAB call forms::

        A = col2im(B, [m n], [M N], 'distinct')    ->  col2im(B, [3, 2], [4, 5], 'distinct')
        A = col2im(B, [m n], [M N])                ->  col2im(b, [2, 3], [4, 5])   (sliding)

    ``'distinct'``: each column of B an m-by-n block of the M-by-N image (blocks down
    then across; the padding to whole blocks cropped) -- the inverse of ``im2col(A,
    [m n], 'distinct')``. ``'sliding'``: B a row of ``(M-m+1)*(N-n+1)`` values (one per
    neighbourhood, e.g. ``sum(im2col(A, [m n]))``) reshaped to ``(M-m+1)``-by-``(N-n+1)``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.arange(1, 13).reshape(3, 4, order='F')
    >>> B = matlab.im2col(A, [2, 2], 'distinct')
    >>> np.array_equal(matlab.col2im(B, [2, 2], [3, 4], 'distinct'), A)
    True
    """
    m, n = _pair(block, "[M N]")
    M, N = _pair(image_size, "[MM NN]")
    kind = _kind(kind)
    b = np.asarray(matlab_array(B, "B", complex_ok=True, char="error"))
    if kind == "distinct":
        blocks = -(-M // max(m, 1)) * -(-N // max(n, 1))
        if b.ndim != 2 and b.ndim != 1 or b.size != m * n * blocks:
            raise CompatValueError(f"col2im: B must be {m * n}-by-{blocks} for "
                                   f"{m}-by-{n} blocks of a {M}-by-{N} image.")
        return core.distinct_image(b.reshape(m * n, blocks, order="F"), m, n, M, N)
    if b.size != (M - m + 1) * (N - n + 1):
        raise CompatValueError(f"col2im: B must have {(M - m + 1) * (N - n + 1)} "
                               "elements for a sliding rearrangement.")
    return core.sliding_image(b.reshape(-1, order="F"), m, n, M, N)
