"""The one vocabulary of boundary (edge) modes shared by every compat filter.

Every moving-window routine in compat (IDL ``SMOOTH``, ``CONVOL``, ``MEDIAN``; MATLAB
``movmean``, ``imfilter``, ``filter2`` ...) says how it treats points near an array's edge
with one of the canonical mode names below. They are scipy.ndimage's names wherever
scipy has the mode, so a canonical name can be handed to ``scipy.ndimage`` filters as
``mode=`` unchanged (see :func:`scipy_mode`), plus the edge policies that have no scipy
equivalent (``"copy"``, ``"shrink"``, ``"valid"``).

Canonical modes (``a b c d`` is the data, ``|`` the array edge)::

    "nearest"   a a a | a b c d | d d d   repeat the edge value      IDL /EDGE_TRUNCATE,
                                                                     MATLAB 'replicate'
    "reflect"   c b a | a b c d | d c b   mirror, edge repeated       IDL /EDGE_MIRROR,
                                           (half-sample symmetric)    MATLAB 'symmetric'
    "mirror"    d c b | a b c d | c b a   mirror, edge not repeated   (whole-sample symmetric)
    "wrap"      b c d | a b c d | a b c   periodic                    IDL /EDGE_WRAP,
                                                                     MATLAB 'circular'
    "constant"  k k k | a b c d | k k k   pad with a constant ``cval``  IDL /EDGE_ZERO (k=0),
                                                                     MATLAB X (numeric)
    "copy"      points whose window crosses an edge are not filtered: the output
                copies the input there (IDL's default for SMOOTH/CONVOL/MEDIAN)
    "shrink"    the window is cut at the edge and the statistic is taken over the
                points that exist (MATLAB movmean 'Endpoints','shrink')
    "valid"     only the points whose whole window lies inside are returned
                (MATLAB conv2 'valid', movmean 'Endpoints','discard')

Note the naming trap: IDL's ``/EDGE_MIRROR`` is scipy's ``"reflect"`` (the edge sample is
repeated: A[-1] = A[0]), as GDL implements it and as GDL's output for
``smooth(findgen(6), 3, /edge_mirror)`` (first point 0.333333 = (0+0+1)/3) shows; scipy's
``"mirror"`` (A[-1] = A[1]) is what numpy's ``np.pad`` calls ``"reflect"``.
:func:`numpy_pad_mode` does that translation so no caller has to.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np

from compat._core.errors import CompatValueError, matlab_error

__all__ = [
    "MODES",
    "PAD_MODES",
    "idl_edge_mode",
    "matlab_boundary_mode",
    "scipy_mode",
    "numpy_pad_mode",
    "pad_axis",
    "pad",
    "interior_slices",
    "window_extent",
    "pad_extents",
    "interior_extent_slices",
]

#: Modes that extend the array with synthetic values (usable with :func:`pad`).
PAD_MODES = ("nearest", "reflect", "mirror", "wrap", "constant")

#: Every canonical mode name.
MODES = PAD_MODES + ("copy", "shrink", "valid")

_SCIPY = {m: m for m in PAD_MODES}
_NUMPY_PAD = {
    "nearest": "edge",
    "reflect": "symmetric",
    "mirror": "reflect",
    "wrap": "wrap",
    "constant": "constant",
}

# IDL keyword -> canonical mode. Source: IDL reference for SMOOTH/CONVOL ("the nearest
# edge point is used" for EDGE_TRUNCATE; "a mirrored edge point"; "a wrapped edge
# point"; EDGE_ZERO: points outside are zero). Mirror convention checked against GDL.
_IDL_KEYWORDS = (
    ("edge_wrap", "wrap"),
    ("edge_truncate", "nearest"),
    ("edge_zero", "constant"),
    ("edge_mirror", "reflect"),
    ("edge_constant", "constant"),
)

# MATLAB boundary option -> canonical mode (imfilter/padarray names, movXXX Endpoints).
_MATLAB_NAMES = {
    "replicate": "nearest",
    "symmetric": "reflect",
    "circular": "wrap",
    "shrink": "shrink",
    "discard": "valid",
    "valid": "valid",
    "fill": "constant",
}


def _check_mode(mode: str) -> str:
    if mode not in MODES:
        raise ValueError(f"unknown boundary mode {mode!r}; expected one of {', '.join(MODES)}")
    return mode


def idl_edge_mode(*, edge_mirror=False, edge_truncate=False,
                  edge_wrap=False, edge_zero=False, edge_constant=False,
                  default: str = "copy") -> str:
    """Canonical mode for IDL's ``/EDGE_*`` keywords (at most one may be set).

    Returns ``default`` (``"copy"`` for SMOOTH, CONVOL, MEDIAN) when none is set. Setting
    more than one raises an unbound ``CompatValueError`` (the decorator names it): IDL's behaviour for that is not
    documented, and GDL silently picks one (wrap > truncate > zero > mirror), so compat
    refuses rather than guess. ``edge_constant`` says whether CONVOL's
    ``EDGE_CONSTANT=value`` keyword (IDL 8.6.1) was given; it maps to ``"constant"``
    (the caller supplies the value as ``cval``).
    """
    flags = {"edge_mirror": edge_mirror, "edge_truncate": edge_truncate,
             "edge_wrap": edge_wrap, "edge_zero": edge_zero,
             "edge_constant": edge_constant}
    chosen = [name for name, _ in _IDL_KEYWORDS if flags[name]]
    if len(chosen) > 1:
        names = ", ".join(sorted("/" + c.upper() for c in chosen))
        raise CompatValueError(f"conflicting keywords {names}: set at most one of "
                               "/EDGE_MIRROR, /EDGE_TRUNCATE, /EDGE_WRAP, /EDGE_ZERO")
    if not chosen:
        return _check_mode(default)
    return dict(_IDL_KEYWORDS)[chosen[0]]


def matlab_boundary_mode(function: str, option) -> tuple[str, float]:
    """Canonical ``(mode, cval)`` for a MATLAB boundary option.

    Accepts imfilter/padarray names (``'replicate'``, ``'symmetric'``, ``'circular'``),
    a numeric fill value (constant padding with that value), and movXXX ``Endpoints``
    values (``'shrink'``, ``'discard'``, ``'fill'`` = NaN fill). Names are
    case-insensitive as in MATLAB.
    """
    if isinstance(option, str):
        key = option.lower()
        if key not in _MATLAB_NAMES:
            raise matlab_error(function, f"unknown boundary option '{option}'; expected one "
                               "of " + ", ".join(repr(k) for k in _MATLAB_NAMES)
                               + " or a numeric value")
        mode = _MATLAB_NAMES[key]
        return mode, (np.nan if key == "fill" else 0.0)
    value = np.asarray(option)
    if value.ndim != 0 or value.dtype.kind not in "biuf":
        raise matlab_error(function, "boundary option must be a name or a real numeric scalar",
                           TypeError)
    return "constant", float(value)


def scipy_mode(mode: str) -> str:
    """The ``scipy.ndimage`` ``mode=`` string for a padding mode (same name)."""
    if mode not in _SCIPY:
        raise ValueError(f"boundary mode {mode!r} has no scipy.ndimage equivalent")
    return _SCIPY[mode]


def numpy_pad_mode(mode: str) -> str:
    """The ``numpy.pad`` ``mode=`` string for a padding mode (names differ from scipy's)."""
    if mode not in _NUMPY_PAD:
        raise ValueError(f"boundary mode {mode!r} cannot be expressed as padding")
    return _NUMPY_PAD[mode]


def pad_axis(a: np.ndarray, axis: int, before: int, after: int | None = None, *,
             mode: str, cval=0.0) -> np.ndarray:
    """Return ``a`` extended by ``before``/``after`` points along one axis.

    Pad widths may exceed the axis length (the extension then repeats, as numpy does).
    """
    after = before if after is None else after
    if before == 0 and after == 0:
        return a
    widths = [(0, 0)] * a.ndim
    widths[axis] = (before, after)
    npmode = numpy_pad_mode(mode)
    if npmode == "constant":
        return np.pad(a, widths, mode="constant", constant_values=cval)
    return np.pad(a, widths, mode=npmode)


def pad(a: np.ndarray, half_widths: Sequence[int], *, mode: str, cval=0.0) -> np.ndarray:
    """Extend every axis ``k`` of ``a`` by ``half_widths[k]`` points at both ends."""
    if len(half_widths) != a.ndim:
        raise ValueError("one half-width per axis is required")
    widths = [(int(h), int(h)) for h in half_widths]
    npmode = numpy_pad_mode(mode)
    if npmode == "constant":
        return np.pad(a, widths, mode="constant", constant_values=cval)
    return np.pad(a, widths, mode=npmode)


def interior_slices(shape: Iterable[int], half_widths: Iterable[int]) -> tuple[slice, ...]:
    """Index of the points whose whole window lies inside the array (``"copy"``/``"valid"``).

    ``half_widths[k]`` is the number of neighbours on each side along axis ``k``.
    """
    return tuple(slice(int(h), int(n) - int(h)) for n, h in zip(shape, half_widths))


def window_extent(size: int, *, centered: bool = True) -> tuple[int, int]:
    """Neighbours ``(before, after)`` of the output point in a window of ``size`` samples.

    ``centered=True``: the window of point ``t`` is ``t - size//2 .. t - size//2 + size - 1``
    (IDL CONVOL/MEDIAN, scipy.ndimage with ``origin=0``; for an even size one more point
    before than after). ``centered=False``: ``t - size + 1 .. t`` (a causal window: IDL
    CONVOL with ``CENTER=0``, a true convolution).
    """
    size = int(size)
    if size < 1:
        raise ValueError("window size must be >= 1")
    if centered:
        return size // 2, size - 1 - size // 2
    return size - 1, 0


def pad_extents(a: np.ndarray, extents: Sequence[tuple[int, int]], *, mode: str,
                cval=0.0) -> np.ndarray:
    """Extend axis ``k`` of ``a`` by ``extents[k] = (before, after)`` points (any mode of
    :data:`PAD_MODES`); the asymmetric counterpart of :func:`pad`."""
    if len(extents) != a.ndim:
        raise ValueError("one (before, after) pair per axis is required")
    widths = [(int(b), int(f)) for b, f in extents]
    npmode = numpy_pad_mode(mode)
    if npmode == "constant":
        return np.pad(a, widths, mode="constant", constant_values=cval)
    return np.pad(a, widths, mode=npmode)


def interior_extent_slices(shape: Iterable[int],
                           extents: Iterable[tuple[int, int]]) -> tuple[slice, ...]:
    """Index of the points whose whole (possibly asymmetric) window lies inside the array.

    ``extents[k] = (before, after)`` as returned by :func:`window_extent`. Axes where the
    window does not fit give an empty slice.
    """
    out = []
    for n, (b, f) in zip(shape, extents):
        stop = max(int(n) - int(f), int(b))
        out.append(slice(int(b), stop))
    return tuple(out)
