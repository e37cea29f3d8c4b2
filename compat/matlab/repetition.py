"""MATLAB's ``repelem``: repeat copies of array elements.

The legacy layer over :func:`compat._core.repetition.repeat_elements`. What it keeps
from MATLAB, and what ``np.repeat`` alone loses:

* the vector form ``repelem(v, n)`` keeps the vector's orientation (a row stays a row,
  a column a column, a 1-D array 1-D) where ``np.repeat(v, n)`` flattens a 2-D row or
  column, and a count vector must have one count per element (MATLAB's rule; numpy's
  message names no routine);
* the array form ``repelem(A, r1, ..., rN)`` repeats along MATLAB's dimensions 1..N
  (factors beyond ``ndims(A)`` add dimensions; dimensions beyond N are kept);
* classes are kept: integer, single, logical, char (a ``str`` stays a ``str``) and cell
  arrays (lists and object arrays).
"""

from __future__ import annotations

import numpy as np

from compat._core.cells import from_object, is_cell, to_object
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.repetition import repeat_elements, repetition_counts

__all__ = ["repelem"]


def _counts(value, length: int, which: str, vector_form: bool):
    try:
        return repetition_counts(value, length)
    except TypeError:
        raise CompatTypeError(f"{which} must be a real numeric scalar or vector of "
                              "replication factors.") from None
    except ValueError as error:
        raise CompatValueError(f"{which}: {error}.") from None
    except IndexError as error:
        if vector_form:
            raise CompatValueError(
                f"{which} must either be a scalar or have the same number of elements "
                f"as the vector to be replicated ({error} factors for {length} "
                "elements).") from None
        raise CompatValueError(
            f"{which} must either be a scalar or have the same number of elements as "
            f"dimension {which[1:]} of A ({error} factors for size {length}).") from None


def _as_array(A):
    """``(array, kind)``: the data as an array and how to give it back (``'array'``,
    ``'text'`` for a str, ``'cell'`` for a list, ``'object'`` for an object array)."""
    if isinstance(A, str):
        return np.array(list(A), dtype="U1").reshape(1, -1), "text"
    if isinstance(A, np.ndarray) and A.dtype.kind == "U":
        # a char matrix: equal-length str rows
        rows = [list(r) for r in np.atleast_1d(A).tolist()]
        if len({len(r) for r in rows}) > 1:
            raise CompatTypeError("a char matrix must have rows of equal length.")
        width = len(rows[0]) if rows else 0
        return np.array(rows, dtype="U1").reshape(len(rows), width), "text"
    if isinstance(A, np.ndarray) and A.dtype == object:
        return A, "object"
    if isinstance(A, (list, tuple)) and is_cell(A):
        return to_object(A), "cell"
    return matlab_array(A, "A"), "array"


def _give_back(out: np.ndarray, kind: str):
    if kind == "text":
        if out.ndim == 2 and out.shape[0] == 1:
            return "".join(out[0])
        if out.ndim == 2:
            return np.array(["".join(row) for row in out])
        return out
    if kind == "cell":
        return from_object(out)
    return out


@matlab_function("repelem")
def repelem(A, *factors):
    """Repeat copies of array elements, as MATLAB's ``repelem``.

    MATLAB call forms::

        u = repelem(v, n)              ->  repelem(v, 3)  or  repelem(v, [2, 2, 3, 3])
        B = repelem(A, r1, ..., rN)    ->  repelem(A, 3, 2)  or  repelem(A, 1, [2, 3])

    Parameters
    ----------
    A : array_like, str or list
        With one factor: a scalar or vector ``v`` (1-D, a 1 x n row or an n x 1
        column). With two or more: any array. Numeric, logical, char (``str``, or a
        char matrix as equal-length ``str`` rows) or a cell array (a list, or an object
        array).
    n, r1, ..., rN : int or array_like of int
        Non-negative whole numbers: a scalar (every element / index repeated that many
        times) or a vector with one count per element of ``v`` (vector form) or per
        index of dimension k of ``A`` (``rk``; array form).

    Returns
    -------
    ndarray, str or list
        Same class as the input. The vector form keeps the orientation: a row or scalar
        gives a row, a column a column, a 1-D array a 1-D array (a Python scalar a 1-D
        array, MATLAB's row). The array form has ``size(B, k) = sum of the counts of
        dimension k``; a 1-D input is read as a row.

    Raises
    ------
    ValueError
        One factor and ``A`` not a vector (``"repelem: A must be a scalar or vector
        when one replication factor is given; give one factor per dimension, e.g.
        repelem(A, r1, r2)."``); a count vector of the wrong length (``"repelem: n must
        either be a scalar or have the same number of elements as the vector to be
        replicated ..."``); negative or non-integer counts.
    TypeError
        Non-numeric counts.

    Notes
    -----
    ``np.repeat(A, 3)`` flattens a matrix and ``np.repeat(row, 3)`` turns a 1 x n row
    into a 1-D array; ``np.repeat(A, 3, axis=0)`` repeats along one axis only. The
    repetition is ``np.repeat`` along each axis (no Python loop over elements). MATLAB's
    exact error texts are not published; the messages are compat's, worded after
    Octave's.

    Sources: MATLAB ``repelem`` reference page (its four printed examples are goldens
    in reference_outputs/matlab/repetition); checked against GNU Octave 7.3.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import repelem
    >>> repelem(np.array([[1, 2, 3, 4]]), [2, 2, 3, 3])
    array([[1, 1, 2, 2, 3, 3, 3, 4, 4, 4]])
    >>> repelem(np.array([[1, 2], [3, 4]]), 1, [2, 3])
    array([[1, 1, 2, 2, 2],
           [3, 3, 4, 4, 4]])
    >>> repelem('ab', 2)
    'aabb'
    >>> repelem(['x', 'y'], [1, 2])
    ['x', 'y', 'y']
    """
    if not factors:
        raise CompatValueError("Not enough input arguments: give the replication "
                               "factors (repelem(v, n) or repelem(A, r1, ..., rN)).")
    a, kind = _as_array(A)
    if len(factors) == 1:
        shape = a.shape
        if a.ndim > 2 or (a.ndim == 2 and 1 not in shape):
            raise CompatValueError(
                "A must be a scalar or vector when one replication factor is given; "
                "give one factor per dimension, e.g. repelem(A, r1, r2).")
        n = _counts(factors[0], a.size, "n", vector_form=True)
        if a.ndim == 2:
            axis = 0 if shape[1] == 1 and shape[0] != 1 else 1
            counts = [1, 1]
            counts[axis] = n
            out = repeat_elements(a, counts)
        else:
            out = repeat_elements(a.reshape(-1), [n])
        return _give_back(out, kind)
    if a.ndim < 2:
        a = a.reshape(1, -1)
    sizes = a.shape + (1,) * (len(factors) - a.ndim)
    counts = [_counts(r, sizes[k], f"r{k + 1}", vector_form=False)
              for k, r in enumerate(factors)]
    return _give_back(repeat_elements(a, counts), kind)
