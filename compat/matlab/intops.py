"""MATLAB integer-class arithmetic: saturating ``+ - .* ./ .\\`` and a thin array wrapper.

MATLAB's integer classes (``int8`` ... ``uint64``) saturate instead of wrapping and
divide with rounding to nearest; numpy's integer dtypes wrap and divide into floats.
compat keeps integer data as ordinary numpy arrays of the matching dtype (what
``compat.matlab.int8(...)`` and ``scipy.io.loadmat`` return) and offers two ways to
write MATLAB's integer arithmetic:

1. Functions named after MATLAB's operator functions, for line-by-line ports (the
   same functions as ``compat.matlab.plus`` & co., which also take the other
   classes: see :mod:`compat.matlab.operators`)::

       c = a + b            ->  c = intops.plus(a, b)
       c = a - b            ->  c = intops.minus(a, b)
       c = a .* b           ->  c = intops.times(a, b)
       c = a ./ b           ->  c = intops.rdivide(a, b)
       c = a .\\ b           ->  c = intops.ldivide(a, b)
       c = -a               ->  c = intops.uminus(a)

2. :class:`MatlabInt`, a small wrapper whose operators do the same, for longer
   expressions: ``(MatlabInt(a) + b) * 2.6`` then ``.value`` for the ndarray.

What each operation does (MATLAB documentation, "Integers" and "Arithmetic Operations
on Integer Classes"): an integer combines with an integer of the same class or with
a double (single, logical, char); the result has the integer class and is computed as
if in double precision, then rounded to nearest (halves away from zero) and saturated
to the class range; NaN becomes 0. ``int8(100) + int8(100)`` is 127,
``int8(-7) / int8(2)`` is -4 (-3.5 rounded away from zero), ``int8(5) * 2.6`` is 13,
``uint8(5) - uint8(10)`` is 0, ``int32(7) / 0`` is ``intmax('int32')``. Integers of two
different classes raise TypeError with MATLAB's message "Integers can only be combined
with integers of the same class, or scalar doubles." int64/uint64 combined with
integer-valued operands are computed exactly (as MATLAB); with non-integer doubles in
double precision.

Limits (say it once, loudly): **plain numpy operators on int8 ... uint64 arrays do
not do this.** ``np.int8(100) + np.int8(100)`` is -56 (wrap-around, no error),
``np.int8(-7) / np.int8(2)`` is the float -3.5, ``np.int8(-7) // np.int8(2)`` floors,
``np.int8(5) * 2.6`` is the float 13.0 and ``np.int8(1) + np.int16(1)`` promotes.
Only the functions here (compat.matlab's operator functions) and :class:`MatlabInt`
follow MATLAB; :mod:`compat.matlab.operators` also has ``power``, ``mtimes``,
``mpower`` and the comparisons. Reductions (``sum`` of integers is the integer class in
MATLAB) and bit operations have their own functions. ``MatlabInt`` is deliberately not an ndarray
subclass: passing it to a numpy function gives a plain ndarray (through
``__array__``), never a silently wrapping result that still looks like MATLAB data.

Examples
--------
>>> import numpy as np
>>> from compat.matlab import int8, intops
>>> a = int8([100, -7, 50])
>>> intops.plus(a, int8(100))
array([127,  93, 127], dtype=int8)
>>> intops.rdivide(int8(-7), int8(2))
np.int8(-4)
>>> x = intops.MatlabInt(a)
>>> ((x + 100) * 2.6).value
array([127, 127, 127], dtype=int8)
>>> (x / 2).value
array([50, -4, 25], dtype=int8)
"""

from __future__ import annotations

import numpy as np

from compat._core import matlab_integers as _mi
from compat._core.comparisons import ElementwiseComparisons
from compat._core.errors import matlab_error
# the operator functions are the family compat.matlab.operators' (one binding of each
# legacy name): they follow MATLAB's integer rules, and its rules for every other class
from compat.matlab.operators import ldivide, minus, plus, rdivide, times, uminus

__all__ = ["plus", "minus", "times", "rdivide", "ldivide", "uminus", "MatlabInt"]


def _unwrap(x):
    return x.value if isinstance(x, MatlabInt) else x


class MatlabInt(ElementwiseComparisons):
    """An integer-class array whose ``+ - * /`` follow MATLAB (element-wise).

    ``MatlabInt(x)`` keeps ``x`` (an int8 ... uint64 array; a copy is made) in
    ``.value``. ``*`` is MATLAB's element-wise ``.*`` (there is no ``mtimes``), ``/`` is
    ``./``. Comparisons, indexing and ``len`` go to the underlying array; everything
    else: use ``.value``. See the module docstring for the rules and limits.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab.intops import MatlabInt
    >>> (MatlabInt(np.uint8([250, 3])) + 10).value
    array([255,  13], dtype=uint8)
    """

    __array_priority__ = 1000   # numpy scalars/arrays on the left defer to us

    def __init__(self, value):
        v = np.array(_unwrap(value), copy=True)
        if not _mi.is_int_class(v):
            raise matlab_error("MatlabInt", f"value must be an integer-class array "
                               f"(int8 ... uint64); got {v.dtype}. Convert first, e.g. "
                               f"compat.matlab.int16(x)", TypeError)
        self.value = v

    # arithmetic -------------------------------------------------------------
    def _operators(operation, name):
        """The methods ``__name__`` and ``__rname__`` of a binary operator
        (``x + y`` and ``y + x``)."""
        def forward(self, other):
            return MatlabInt(operation(self.value, _unwrap(other)))

        def reflected(self, other):
            return MatlabInt(operation(_unwrap(other), self.value))
        forward.__name__, reflected.__name__ = f"__{name}__", f"__r{name}__"
        return forward, reflected

    __add__, __radd__ = _operators(_mi.plus, "add")
    __sub__, __rsub__ = _operators(_mi.minus, "sub")
    __mul__, __rmul__ = _operators(_mi.times, "mul")
    __truediv__, __rtruediv__ = _operators(_mi.rdivide, "truediv")
    del _operators

    def __neg__(self):
        return MatlabInt(_mi.uminus(self.value))

    def __pos__(self):
        return MatlabInt(self.value)

    def __floordiv__(self, other):
        raise matlab_error("MatlabInt", "'//' has no MATLAB meaning; use "
                           "compat.matlab.idivide(a, b, 'floor')", TypeError)

    __rfloordiv__ = __floordiv__

    # comparisons and access -------------------------------------------------
    def _cmp(self, other, op):
        return op(self.value, _unwrap(other))

    def __getitem__(self, key):
        return MatlabInt(self.value[key])

    def __len__(self):
        return len(self.value)

    def __array__(self, dtype=None, copy=None):
        return np.array(self.value, dtype=dtype, copy=True)

    @property
    def dtype(self):
        return self.value.dtype

    @property
    def shape(self):
        return self.value.shape

    def __repr__(self):
        return f"MatlabInt({self.value!r})"
