"""Declared result types of the routines that return several values.

A legacy routine with several outputs (MATLAB ``[p, S, mu] = polyfit(...)``, IDL
``r = WHERE(a, count, COMPLEMENT=c)``) returns an instance of a :class:`Result`
subclass declared once, at module level, next to the routine (as numpy declares
``UniqueAllResult``)::

    class WhereResult(Result):
        '''WHERE's result and its output argument and keywords.'''
        result: np.ndarray
        count: np.integer
        complement: np.ndarray
        ncomplement: np.integer

The annotations are the declaration: they give the fields in order, appear in the
documentation and in type checkers, and the class pickles. An instance holds only the
outputs that were asked for -- the first ``nargout`` of MATLAB's outputs, or IDL's
function result plus the requested output arguments and keywords -- so it unpacks like
the MATLAB/IDL call it stands for::

    p, S = polyfit(x, y, 2, nargout=2)          # PolyfitResult(p=..., S=...)
    r = where(a > 0, count=True)                # WhereResult(result=..., count=...)
    r.count

It is a tuple (``len``, indexing, unpacking, ``==`` with a plain tuple), with named
fields like a ``namedtuple``; asking for an output that was not requested raises an
``AttributeError`` that says how to request it.
"""

from __future__ import annotations

import inspect
from typing import ClassVar

__all__ = ["Result", "named_result", "requested"]


def _getter(name):
    def get(self):
        fields = self.__dict__["_fields"]
        if name in fields:
            return self[fields.index(name)]
        return self._not_requested(name)
    return get


def _rebuild(cls, fields, values):
    return cls._make_from(fields, values)


class Result(tuple):
    """Base class of the declared multi-output results (see the module docstring)."""

    #: every output the routine can return, in order (from the class annotations)
    all_fields: ClassVar[tuple[str, ...]] = ()
    #: how an output is requested, for the error message ("nargout=3", "count=True")
    request_style: ClassVar[str] = "keyword"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        own = [name for name in inspect.get_annotations(cls)
               if not name.startswith("_") and name not in ("all_fields", "request_style")]
        inherited = [f for f in getattr(cls, "all_fields", ()) if f not in own]
        cls.all_fields = tuple(inherited + own)
        for name in own:  # a property per output (also shadows tuple.count/index)
            setattr(cls, name, property(_getter(name), doc=f"The output {name!r}."))

    def __new__(cls, **values):
        unknown = [name for name in values if name not in cls.all_fields]
        if unknown:
            raise TypeError(f"{cls.__name__} has no output {unknown[0]!r}; outputs: "
                            f"{', '.join(cls.all_fields)}")
        fields = tuple(name for name in cls.all_fields if name in values)
        return cls._make_from(fields, tuple(values[name] for name in fields))

    @classmethod
    def _make_from(cls, fields, values):
        self = tuple.__new__(cls, values)
        self.__dict__["_fields"] = tuple(fields)
        return self

    @classmethod
    def first(cls, nargout: int, *values):
        """MATLAB's outputs: the first value alone for ``nargout=1``, else the first
        ``nargout`` declared outputs as an instance."""
        if nargout == 1:
            return values[0]
        return cls._make_from(cls.all_fields[:nargout], values[:nargout])

    @property
    def _fields(self) -> tuple[str, ...]:
        """The outputs this instance holds, in order."""
        return self.__dict__["_fields"]

    def _not_requested(self, name):
        cls = type(self)
        how = (f"nargout={cls.all_fields.index(name) + 1}" if cls.request_style == "nargout"
               else f"{name}=True")
        raise AttributeError(f"{cls.__name__}: output {name!r} was not requested "
                             f"(pass {how})")

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __reduce__(self):
        return _rebuild, (type(self), self._fields, tuple(self))

    def _asdict(self) -> dict:
        """The outputs as a dict, in order."""
        return dict(zip(self._fields, self))

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
        return f"{type(self).__name__}({inner})"


def named_result(result_type, result, outputs: dict):
    """``result`` alone when ``outputs`` is empty, else an instance of the routine's
    declared :class:`compat.Result` type holding the result and the requested outputs
    (module-level types: they pickle and unpack in their declared order)."""
    if not outputs:
        return result
    return result_type(result=result, **outputs)


def requested(**outputs) -> dict:
    """The outputs a call requested, for :func:`named_result`: each keyword is an
    output's IDL name (lower case) with ``(flag, value)``, kept when its request flag is
    true. A ``value`` that is a function of no arguments is called only then (for
    outputs that cost, or exist only, when requested)."""
    return {name: value() if callable(value) else value
            for name, (flag, value) in outputs.items() if flag}
