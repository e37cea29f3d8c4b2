"""MATLAB's reduction grammar, shared by the reduction families
(:mod:`compat.matlab.reductions`, :mod:`~compat.matlab.extrema`,
:mod:`~compat.matlab.percentiles`, :mod:`~compat.matlab.arrays`): a ``dim`` (1-based), a
``vecdim`` vector or ``'all'`` (``[]`` for the default, the first dimension whose size is
not 1, where a 0x0 input is reduced over both of its dimensions), option strings (nanflag,
outtype, extra flags), resolved to numpy axes; and the documentation fragments the
families share.
"""

from __future__ import annotations

import builtins

import numpy as np

from compat._core.args import first_nonsingleton, is_omitted, matlab_dim
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.matlab_types import matlab_array
from compat._core.sums import OUTTYPES


# ----------------------------------------------------------------- the legacy grammar
_NANFLAGS = {"includenan": False, "includemissing": False,
             "omitnan": True, "omitmissing": True}


def _dims(value, ndim):
    """A dim scalar or a vecdim vector -> (tuple of axes, is a vector); axes may lie
    beyond ``ndim`` (trailing singletons)."""
    if isinstance(value, (bool, np.bool_)):
        raise CompatValueError(f"dimension argument must be a positive integer scalar or "
                               f"vector, got {value!r}")
    arr = np.asarray(value)
    if arr.dtype.kind not in "iuf":
        raise CompatValueError(f"dimension argument must be a positive integer scalar or "
                               f"vector, got {value!r}")
    flat = arr.ravel()
    if flat.size == 0:
        raise CompatValueError("dimension argument must not be empty")
    axes = [matlab_dim(None, float(d) if arr.dtype.kind == "f" else int(d), ndim)
            for d in flat]
    if len(set(axes)) != len(axes):
        raise CompatValueError(f"vecdim must not repeat a dimension, got "
                               f"{flat.tolist()!r}")
    return tuple(axes), flat.size > 1


def _options(args, ndim: int, *, nanflag=False, outtype=False, allow_vecdim=True,
             allow_all=True, extra=()) -> dict:
    """MATLAB's trailing reduction arguments: an optional dim (scalar), vecdim (vector)
    or ``'all'``, then option strings -- a nanflag when ``nanflag``, an outtype when
    ``outtype``, any lower-case string in ``extra``.

    Returns a dict: ``axes`` (None = default dim, ``'all'`` or a tuple of axes),
    ``vecdim`` (bool), ``omitnan`` and ``outtype`` (None when not given) and ``flags``
    (the ``extra`` strings given).
    """
    out = {"axes": None, "vecdim": False, "omitnan": None, "outtype": None,
           "flags": set()}
    args = list(args)
    if args and not isinstance(args[0], str):
        value = args.pop(0)
        if not is_omitted(value):
            out["axes"], out["vecdim"] = _dims(value, ndim)
            if out["vecdim"] and not allow_vecdim:
                raise CompatValueError("dimension argument must be a positive integer "
                                       "scalar (vecdim is not supported)")
    for opt in args:
        if not isinstance(opt, str):
            raise CompatTypeError(f"unexpected argument {opt!r}: options must follow the "
                                  f"dimension argument")
        key = opt.lower()
        if key == "all" and allow_all and out["axes"] is None and not out["flags"] \
                and out["omitnan"] is None and out["outtype"] is None:
            out["axes"] = "all"
        elif nanflag and key in _NANFLAGS:
            if out["omitnan"] is not None:
                raise CompatValueError("nanflag given more than once")
            out["omitnan"] = _NANFLAGS[key]
        elif outtype and key in OUTTYPES:
            if out["outtype"] is not None:
                raise CompatValueError("outtype given more than once")
            out["outtype"] = key
        elif key in extra:
            out["flags"].add(key)
        else:
            accepted = (["'all'"] if allow_all else []) + \
                ([f"'{k}'" for k in _NANFLAGS] if nanflag else []) + \
                ([f"'{k}'" for k in OUTTYPES] if outtype else []) + \
                [f"'{k}'" for k in extra]
            raise CompatValueError(f"unknown option '{opt}'; accepted: "
                                   f"{', '.join(accepted)}")
    return out


def _axes(axes, shape, *, zero_by_zero=True) -> tuple:
    """Parsed dims (None/'all'/tuple) as numpy axes for ``shape``: the default is the
    first dimension whose size is not 1 (both dimensions of a 0x0 when
    ``zero_by_zero``); 'all' every dimension."""
    if axes is None:
        if zero_by_zero and tuple(shape) == (0, 0):
            return (0, 1)
        return (first_nonsingleton(shape) - 1,)
    if axes == "all":
        return tuple(range(builtins.max(len(shape), 1)))
    return tuple(axes)


def _data(A, **accepted) -> np.ndarray:
    """The data argument through the MATLAB coercer."""
    return matlab_array(A, "input", **accepted)


def _scalar(value):
    """A 0-d array as a numpy scalar (as the 1-D reductions give)."""
    if isinstance(value, np.ndarray) and value.ndim == 0:
        return value[()]
    return value


# ------------------------------------------------------------- the shared documentation
def _call_forms(name: str, out: str, *rows) -> str:
    """The aligned MATLAB call-forms block: ``rows`` of (MATLAB arguments, Python
    arguments, note)."""
    left = [f"{out} = {name}({m})" for m, _, _ in rows]
    width = builtins.max(len(s) for s in left) + 1
    lines = []
    for text, (_, py, note) in zip(left, rows):
        line = f"{text:<{width}}->  {name}({py})"
        lines.append(f"{line:<{width + 28}}{note}".rstrip() if note else line)
    return "\n".join(lines)


def _dim_forms(name, out, vecdim="[1, 2]", outtype="'native'", nan_note=""):
    return _call_forms(
        name, out, ("A", "A", ""), ("A, 'all'", "A, 'all'", ""), ("A, dim", "A, 2", ""),
        ("A, vecdim", f"A, {vecdim}", ""),
        ("___, outtype", f"A, {outtype}", "('default'/'double'/'native')"),
        ("___, nanflag", "A, 'omitnan'", "('includenan' default" + nan_note + ")"))


_DOCS = Fragments(
    dims="""
        ``dim`` is MATLAB's (1-based); the default is the first dimension whose size is
        not 1 (a 1-D array is a vector: the result is a numpy scalar); a ``dim`` beyond
        the array's dimensions returns the data itself (MATLAB's trailing singletons);
        ``'all'`` reduces every dimension and ``vecdim`` the listed ones (``[]`` stands
        for the default). An N-D result keeps the reduced dimensions with size 1, as
        MATLAB.""",
    classes="""
        Result class: double for double, integer, logical and char input ('default' and
        'double'); single for single ('default').""",
)
