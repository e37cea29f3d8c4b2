"""Arrays that live elsewhere, as MATLAB code brings them into memory: ``gather``.

MATLAB's ``gather`` copies a gpuArray from the GPU, a distributed array from the
workers, or evaluates a tall array's queued operations, into an ordinary array in the
MATLAB workspace; on any other value it has no effect. A port has no gpuArray or
distributed array; its deferred arrays are dask arrays (what compat's routines take for
data larger than memory), and computing one is what ``gather`` does to a tall array.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.results import Result

__all__ = ["gather", "GatherResult"]

#: gather's most outputs (one per input)
_MAX_OUTPUTS = 64


class GatherResult(Result):
    """``[X1, ..., Xn] = gather(A1, ..., An)``: the gathered values ``X1``, ``X2``, ..."""

    request_style = "nargout"
    __annotations__ = {f"X{k}": "object" for k in range(1, _MAX_OUTPUTS + 1)}


@matlab_function("gather", nargout=_MAX_OUTPUTS,
                 dask="compat.matlab.parallel_arrays:_gather_dask")
def gather(*A, nargout=1):
    """Bring arrays into memory, as MATLAB's ``gather``: a dask array is computed; any
    other value is returned as it is (MATLAB: "If the data type does not support
    gathering, then gather has no effect").

    MATLAB call forms::

        X = gather(A)                          ->  x = gather(A)
        [X1, ..., Xn] = gather(A1, ..., An)    ->  x1, x2 = gather(a1, a2, nargout=2)

    Parameters
    ----------
    A : any
        Values to gather: a ``dask.array.Array`` (a port's tall array) is computed into
        a numpy array; numpy arrays, numbers, texts, cells (lists) and structs (dicts)
        are already in memory.
    nargout : int
        The number of outputs, which must equal the number of inputs (MATLAB's rule).

    Returns
    -------
    object or GatherResult
        ``X`` for one input; the ``X1 ... Xn`` as a tuple for several.

    Raises
    ------
    ValueError
        ``"gather: The number of input arguments and output arguments must match."``
        (the reference page's rule) when ``nargout`` differs from the number of inputs.
    TypeError
        No input (``"Not enough input arguments."``).

    Notes
    -----
    A dask array is computed once, by dask's scheduler, into a native-endian numpy
    array (what ``X = gather(tallX)`` gives: "executes all queued operations ... and
    collects the results into memory"); several dask inputs are computed separately.
    Inside a cell (list) or struct (dict) nothing is gathered, as MATLAB's ``gather``
    does not look into containers. An ndarray input is returned as a copy, so writing
    into ``X`` leaves ``A`` alone (MATLAB's value semantics; MATLAB:
    ``X = gather(gpuArray(X))`` "returns the original array X", the same values).
    Outside the Parallel Computing Toolbox a gpuArray, distributed or codistributed
    array cannot occur, and a port has no spmd blocks, so the destination form
    ``gather(Cd, destination)`` does not apply.

    Sources: MATLAB ``gather`` reference pages (Parallel Computing Toolbox: gpuArray,
    distributed and other data types; MATLAB: ``tall.gather``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import gather
    >>> gather(np.array([[1.0, 2.0]]))
    array([[1., 2.]])
    >>> lo, hi = gather(1.0, 1000.0, nargout=2)
    >>> float(lo), float(hi)
    (1.0, 1000.0)
    """
    return _outputs([_own(value) for value in A], nargout)


def _gather_dask(*A, nargout=1):
    """gather's form for calls with a dask array among the inputs (the call machinery
    hands them over uncomputed): each is computed once into a new numpy array."""
    from compat._core.inputs import is_dask_array
    values = [_computed(value) if is_dask_array(value) else _own(value) for value in A]
    return _outputs(values, nargout)


def _computed(value):
    out = np.asanyarray(value.compute())
    return out[()] if out.ndim == 0 else out       # a reduction: a scalar, as MATLAB's


def _own(value):
    """An ndarray input as the caller's copy (MATLAB's value semantics)."""
    return value.copy() if isinstance(value, np.ndarray) else value


def _outputs(values: list, nargout: int):
    if not values:
        raise CompatTypeError("Not enough input arguments.")
    if nargout != len(values) and not (len(values) == 1 and nargout in (0, 1)):
        raise CompatValueError("The number of input arguments and output arguments must "
                               "match.")
    if len(values) == 1:
        return values[0]
    return GatherResult.first(len(values), *values)
