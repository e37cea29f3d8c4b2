"""IDL ``MAX``: the largest element, its subscript, and optionally the smallest."""

from __future__ import annotations

from compat._core.least_squares import named_result
from compat.idl.min import extremes
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["max"]

class MaxResult(Result):
    """MAX's result and the output arguments and keywords requested."""

    result: object
    max_subscript: object
    min: object
    subscript_min: object


@idl_routine("MAX", output_arguments=('max_subscript',))
def max(array, *, max_subscript=False, absolute=False, dimension=None, min=False,  # noqa: A001,A002
        nan=False, subscript_min=False):
    """Maximum of an array and its subscript, as IDL's ``MAX`` returns them.

    IDL call form::

        Result = MAX(Array [, Max_Subscript] [, /ABSOLUTE] [, DIMENSION=value]
                     [, MIN=variable] [, /NAN] [, SUBSCRIPT_MIN=variable])

    Output argument and keywords are requested with ``name=True``:
    ``r = max(a, max_subscript=True, min=True)`` gives ``r.result``, ``r.max_subscript``, ``r.min``.

    Parameters
    ----------
    array : array_like
        Numeric array (readsav layout); bool is read as BYTE; complex values are
        compared by modulus.
    max_subscript : bool
        Request Max_Subscript: flat subscript of the maximum in IDL (= numpy C) order,
        the first one on ties; with DIMENSION, subscripts into the whole array.
    absolute : bool
        /ABSOLUTE: compare absolute values, return the original signed element.
    dimension : int, optional
        IDL dimension (1 = numpy's last axis) to reduce.
    min : bool
        Request MIN: the minimum value (same /NAN and /ABSOLUTE).
    nan : bool
        /NAN: NaN and Infinity are missing data; all missing gives NaN, subscript 0.
    subscript_min : bool
        Request SUBSCRIPT_MIN.

    Returns
    -------
    numpy scalar or ndarray (of the input type), or the named tuple.

    Notes
    -----
    Same scan as :func:`compat.idl.min`: without /NAN a NaN first element is the
    result (subscript 0) and later NaNs are passed over. Differences from
    ``numpy.max``/``numpy.argmax``: NaN propagation, Infinity under /NAN, reversed
    axis numbering, subscripts along an axis instead of into the whole array.

    Sources: IDL Reference Guide, MAX; scan order checked against GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import max
    >>> r = max(np.array([3.0, -5.0, 2.0]), max_subscript=True, absolute=True, min=True)
    >>> float(r.result), int(r.max_subscript), float(r.min)
    (-5.0, 1, 2.0)
    """
    want = ("max", "min") if (min or subscript_min) else ("max",)
    res = extremes("max", array, dimension, nan, absolute, want)
    outputs = {}
    if max_subscript:
        outputs["max_subscript"] = res["max"][1]
    if min:
        outputs["min"] = res["min"][0]
    if subscript_min:
        outputs["subscript_min"] = res["min"][1]
    return named_result(MaxResult, res["max"][0], outputs)
