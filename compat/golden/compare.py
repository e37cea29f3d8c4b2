"""Comparing a ported result with a golden value, with messages that help a porter.

:func:`compare` returns a :class:`Comparison`; :func:`assert_matches` raises an
``AssertionError`` carrying the same message. A failure message gives

* how many elements fail out of how many, and the tolerance in force;
* the worst element with its index in numpy form and in the legacy form (MATLAB's
  1-based ``(i, j)`` plus its linear index; IDL's reversed 0-based ``[j, i]``);
* NaN-mask differences (where one side is NaN and the other is not);
* hints when the result matches the golden transposed, with its dimensions reversed,
  shifted by one sample (the classic ``'same'``-centring bug of even kernels), off by
  one everywhere (0-based against 1-based indices), off by a constant (a bias or
  baseline term) or by a scale factor (a normalisation, units), and shape or dtype
  differences.

Shape policy (``shape=``): ``"exact"`` or ``"legacy"`` (default). Under ``"legacy"``,
shapes that the legacy program cannot tell apart are equal: for MATLAB a 0-d value and
``(1, 1)``, a 1-D ``(n,)`` and a row ``(1, n)`` or column ``(n, 1)``, and trailing
singleton dimensions beyond the second; for IDL a 0-d value and ``(1,)``, and numpy
leading axes of length 1 (IDL's trailing degenerate dimensions).

Dtype policy (``dtype=``): ``"exact"`` (same numpy dtype, byte order ignored),
``"kind"`` (both float, both complex, both signed or unsigned integer, both bool) or
``"ignore"``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np

from compat.golden.printed import parse_printed
from compat.golden.tolerance import EXACT, Tolerance

__all__ = ["Comparison", "compare", "compare_tree", "assert_matches", "format_index"]

LEGACIES = ("numpy", "matlab", "idl")


@dataclass
class Comparison:
    """The outcome of comparing one value with its golden."""

    name: str
    ok: bool
    n_total: int = 0
    n_failed: int = 0
    worst_error: float = 0.0
    worst_ratio: float = 0.0
    message: str = ""
    hints: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.ok


def format_index(index: tuple, shape: tuple, legacy: str) -> str:
    """``numpy [1, 2]`` plus the same element as the legacy program writes it."""
    numpy_form = f"numpy [{', '.join(str(i) for i in index)}]"
    if legacy == "matlab":
        ones = ", ".join(str(i + 1) for i in index)
        linear = int(np.ravel_multi_index(index, shape, order="F")) + 1 if index else 1
        return f"{numpy_form} = MATLAB ({ones}), linear index {linear}"
    if legacy == "idl":
        return f"{numpy_form} = IDL [{', '.join(str(i) for i in reversed(index))}]"
    return numpy_form


def _legacy_axis(axis: int, ndim: int, legacy: str) -> str:
    if legacy == "matlab":
        return f"numpy axis {axis} (MATLAB dimension {axis + 1})"
    if legacy == "idl":
        return f"numpy axis {axis} (IDL dimension {ndim - axis})"
    return f"axis {axis}"


def _normalise(value) -> np.ndarray:
    array = np.asarray(value)
    if array.dtype.byteorder not in ("=", "|"):
        array = array.astype(array.dtype.newbyteorder("="))
    return array


def _idl_strings(array: np.ndarray) -> np.ndarray:
    """An object array of ``str`` as a numpy ``str`` array: IDL has one STRING type, which
    capture files load as object arrays and compat returns as ``str`` arrays."""
    if array.dtype == object and array.size and \
            all(isinstance(item, str) for item in array.flat):
        return array.astype(str)
    return array


def _canonical_shape(shape: tuple, legacy: str):
    if legacy == "matlab":
        shape = tuple(shape) if len(shape) >= 2 else ((1, 1) if not shape else None)
        if shape is None:
            return None
        while len(shape) > 2 and shape[-1] == 1:
            shape = shape[:-1]
        return shape
    if legacy == "idl":
        shape = tuple(shape) or (1,)
        while len(shape) > 1 and shape[0] == 1:
            shape = shape[1:]
        return shape
    return tuple(shape)


def _shapes_agree(actual: tuple, expected: tuple, legacy: str, policy: str) -> bool:
    if actual == expected:
        return True
    if policy == "exact":
        return False
    if legacy == "matlab" and len(actual) == 1:
        return _canonical_shape(expected, legacy) in ((1, actual[0]), (actual[0], 1))
    return _canonical_shape(actual, legacy) == _canonical_shape(expected, legacy)


def _kind(dtype: np.dtype) -> str:
    return {"i": "signed integer", "u": "unsigned integer", "f": "float", "c": "complex",
            "b": "bool"}.get(dtype.kind, dtype.kind)


def _dtypes_agree(actual: np.dtype, expected: np.dtype, policy: str) -> bool:
    if policy == "ignore":
        return True
    if policy == "kind":
        return actual.kind == expected.kind
    return actual.newbyteorder("=") == expected.newbyteorder("=")


def _elementwise(actual, expected, tolerance, quantum):
    """Per-element (failed, error, allowed, nan_mismatch) for same-shape arrays."""
    if actual.dtype.kind in "biu" and expected.dtype.kind in "biu":
        failed = actual != expected
        error = np.array(np.abs(actual.astype(np.float64) - expected.astype(np.float64)))
        error[failed] = np.maximum(error[failed], 1.0)
        return failed, error, np.zeros(error.shape), np.zeros(error.shape, bool)
    a = actual.astype(np.complex128 if actual.dtype.kind == "c" else np.float64)
    e = expected.astype(np.complex128 if expected.dtype.kind == "c" else np.float64)
    a_nan, e_nan = np.isnan(a), np.isnan(e)
    nan_mismatch = a_nan ^ e_nan
    finite = np.isfinite(a) & np.isfinite(e)
    with np.errstate(invalid="ignore"):
        error = np.where(finite, np.abs(a - e), 0.0)
    inf_mismatch = ~finite & ~(a_nan & e_nan) & ~nan_mismatch & (a != e)
    error[inf_mismatch | nan_mismatch] = np.inf
    precision = expected.dtype if expected.dtype.kind in "fc" else actual.dtype
    allowed = tolerance.allowed(np.where(finite, e, 0), precision, quantum)
    failed = (error > allowed) | nan_mismatch | inf_mismatch
    return failed, error, allowed, nan_mismatch


def _matches(actual, expected, tolerance, quantum) -> bool:
    if actual.shape != expected.shape or actual.size == 0:
        return False
    return not _elementwise(actual, expected, tolerance, quantum)[0].any()


def _hints(actual, expected, tolerance, quantum, legacy, shapes_ok) -> list[str]:
    hints = []
    numeric = actual.dtype.kind in "biufc" and expected.dtype.kind in "biufc"
    if not numeric or actual.size == 0:
        return hints
    if actual.ndim == 2 and _matches(actual.T, expected, tolerance, quantum):
        hints.append("the result matches the golden TRANSPOSED: rows and columns are swapped "
                     "(MATLAB is column-major; IDL's dimensions are numpy's reversed)")
    elif actual.ndim > 2 and _matches(actual.transpose(), expected, tolerance, quantum):
        hints.append("the result matches the golden with its DIMENSIONS REVERSED: IDL a[i,j,k] "
                     "is numpy a[k,j,i] (readsav layout), MATLAB's column-major order is "
                     "numpy's reversed")
    if actual.shape == expected.shape and actual.ndim <= 3:
        for shifts in itertools.product((-1, 0, 1), repeat=actual.ndim):
            if not any(shifts) or any(n < 3 for n, s in zip(actual.shape, shifts) if s):
                continue
            a_sl = tuple(slice(s, None) if s > 0 else slice(None, s or None) for s in shifts)
            e_sl = tuple(slice(None, -s) if s > 0 else slice(-s, None) for s in shifts)
            q = None if quantum is None else quantum[e_sl]
            if _matches(actual[a_sl], expected[e_sl], tolerance, q):
                moved = ", ".join(f"{s:+d} along {_legacy_axis(ax, actual.ndim, legacy)}"
                                  for ax, s in enumerate(shifts) if s)
                hints.append(
                    f"the result matches the golden SHIFTED BY ONE SAMPLE ({moved}; result "
                    f"element i equals golden element i+shift on the overlap): the classic "
                    f"'same'-centring difference of even-sized kernels, e.g. MATLAB's "
                    f"conv2(...,'same') starts at floor(size(B)/2)+1 where scipy starts one "
                    f"sample earlier")
                break
    index_hint = False
    if shapes_ok and actual.dtype.kind in "iuf" and expected.dtype.kind in "iuf":
        for offset, base in ((1, "1-based (MATLAB)"), (-1, "0-based (IDL, numpy)")):
            if np.array_equal(actual.astype(np.float64) + offset, expected):
                index_hint = True
                hints.append(f"the result {offset:+d} equals the golden everywhere: the "
                             f"golden holds {base} indices")
    if shapes_ok and not index_hint and actual.dtype.kind in "iuf" \
            and expected.dtype.kind in "iuf":
        hints += _affine_hints(actual.reshape(expected.shape), expected)
    return hints


def _close(a: np.ndarray, e: np.ndarray, relative: float) -> bool:
    scale = max(float(np.max(np.abs(e))), float(np.max(np.abs(a))), np.finfo(float).tiny)
    return bool(np.all(np.abs(a - e) <= relative * scale))


def _number(value: float) -> str:
    return f"{value:.6g}"


def _affine_hints(actual: np.ndarray, expected: np.ndarray) -> list[str]:
    """A constant offset (``result = golden + c``) or scale (``result = k * golden``)."""
    a = actual.astype(np.float64).ravel()
    e = expected.astype(np.float64).ravel()
    both = np.isfinite(a) & np.isfinite(e)
    if both.sum() < 2:
        return []
    a, e = a[both], e[both]
    single = actual.dtype == np.float32 or expected.dtype == np.float32
    relative = 1e-5 if single else 1e-10
    if _close(a, e, relative):
        return []       # rounding-level differences: no offset or factor explains them
    hints = []
    offset = float(np.median(a - e))
    if offset != 0 and _close(a - offset, e, relative):
        hints.append(f"the result is the golden PLUS A CONSTANT {_number(offset)} everywhere: "
                     f"a missing or extra bias/baseline term, a different origin (0- vs "
                     f"1-based coordinates), or a units offset")
        return hints
    nonzero = e != 0
    if nonzero.sum() >= 1 and not np.any((e == 0) & (a != 0)):
        factor = float(np.median(a[nonzero] / e[nonzero]))
        if factor not in (0.0, 1.0) and np.isfinite(factor) and _close(a, factor * e, relative):
            what = ("the result is the golden with its SIGN FLIPPED (a factor -1)"
                    if factor == -1 else
                    f"the result is {_number(factor)} TIMES the golden everywhere")
            hints.append(f"{what}: a SCALE FACTOR differs (normalisation such as 1/N vs "
                         f"1/(N-1) or a kernel sum, a sampling step, units, or degrees vs "
                         f"radians)")
    return hints


def _all_equal(a: np.ndarray, e: np.ndarray) -> bool:
    """Exact equality of non-numeric arrays; object arrays holding arrays (IDL pointers,
    LIST elements) compare element by element."""
    if a.dtype != object and e.dtype != object:
        return bool(np.all(a == e))
    for got, value in zip(a.reshape(-1), e.reshape(-1)):
        if isinstance(got, np.ndarray) or isinstance(value, np.ndarray):
            got, value = np.asarray(got), np.asarray(value)
            if got.dtype != value.dtype or not np.array_equal(got, value):
                return False
        elif not bool(got == value):
            return False
    return True


def compare(actual, expected, tolerance: Tolerance = EXACT, *, quantum=None,
            legacy: str = "numpy", shape: str = "legacy", dtype: str = "exact",
            name: str = "result") -> Comparison:
    """Compare ``actual`` with the golden ``expected``.

    Parameters
    ----------
    actual, expected : array_like or str
        The ported result and the golden value. Strings compare exactly.
    tolerance : Tolerance
        See :mod:`compat.golden.tolerance`.
    quantum : array_like, optional
        One unit in the last printed digit of each expected element (printed goldens).
    legacy : {"numpy", "matlab", "idl"}
        How indices are shown and which shapes count as equal.
    shape : {"legacy", "exact"}
    dtype : {"exact", "kind", "ignore"}
    name : str
        What the value is called in messages (``"r"``, ``"S.normr"``).
    """
    if legacy not in LEGACIES:
        raise ValueError(f"legacy must be one of {LEGACIES}, got {legacy!r}")
    if isinstance(expected, str) or isinstance(actual, str):
        ok = isinstance(actual, str) and isinstance(expected, str) and actual == expected
        message = "" if ok else f"{name}: got {actual!r}, golden {expected!r}"
        return Comparison(name, ok, 1, 0 if ok else 1, 0.0, 0.0 if ok else np.inf, message)
    a, e = _normalise(actual), _normalise(expected)
    if legacy == "idl":
        a, e = _idl_strings(a), _idl_strings(e)
    q = None if quantum is None else np.asarray(quantum, dtype=np.float64)
    problems = []
    shapes_ok = _shapes_agree(a.shape, e.shape, legacy, shape)
    if not shapes_ok:
        problems.append(f"shape {a.shape} but the golden has shape {e.shape}")
        if a.shape == e.shape[::-1]:
            problems.append("  hint: the shapes are each other's reverse: numpy shape is IDL's "
                            "dimensions reversed (readsav layout); MATLAB's (rows, columns) "
                            "are numpy's (rows, columns)")
        elif a.ndim == e.ndim:
            diff = tuple(int(x) - int(y) for x, y in zip(a.shape, e.shape))
            problems.append(f"  hint: sizes differ by {diff} per axis: a 'full'/'same'/'valid' "
                            f"mix-up, or a window-width rule (IDL widens even widths)")
    elif a.shape != e.shape:
        a = a.reshape(e.shape)
    if not _dtypes_agree(a.dtype, e.dtype, dtype):
        problems.append(f"dtype {a.dtype} ({_kind(a.dtype)}) but the golden is {e.dtype} "
                        f"({_kind(e.dtype)}); dtype policy {dtype!r}")
    if not shapes_ok:
        hints = _hints(a, e, tolerance, q, legacy, shapes_ok)
        message = "\n".join([f"{name}: " + problems[0]] + problems[1:]
                            + [f"  hint: {h}" for h in hints])
        return Comparison(name, False, e.size, e.size, np.inf, np.inf, message, hints)
    if a.dtype.kind not in "biufc" or e.dtype.kind not in "biufc":
        ok = a.shape == e.shape and _all_equal(a, e)
        message = "" if ok else f"{name}: non-numeric values differ: got {a!r}, golden {e!r}"
        return Comparison(name, ok and not problems, e.size, 0 if ok else e.size, 0.0,
                          0.0 if ok else np.inf, "\n".join([message] + problems).strip())
    failed, error, allowed, nan_mismatch = _elementwise(a, e, tolerance, q)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        ratio = np.where(error == 0, 0.0, error / allowed)
    value_failed = failed & ~nan_mismatch
    worst_pool = np.where(value_failed, ratio, -1.0) if value_failed.any() else ratio
    n_failed = int(failed.sum())
    worst_error = float(error[~nan_mismatch].max()) if (~nan_mismatch).any() else 0.0
    worst_ratio = float(ratio.max()) if ratio.size else 0.0
    ok = n_failed == 0 and not problems
    if ok:
        return Comparison(name, True, e.size, 0, worst_error, worst_ratio)
    lines = []
    if n_failed:
        lines.append(f"{n_failed} of {e.size} elements differ beyond tolerance "
                     f"({tolerance.describe()}{', printed digits' if q is not None else ''})")
    if value_failed.any():
        flat = int(np.argmax(worst_pool))
        index = tuple(int(i) for i in np.unravel_index(flat, e.shape)) if e.ndim else ()
        where = format_index(index, e.shape, legacy)
        lines.append(f"worst at {where}: got {a[index]}, golden {e[index]}, "
                     f"|diff| {error[index]:.3g} > allowed {allowed[index]:.3g}")
    if nan_mismatch.any():
        for label, mask in (("got NaN where the golden is not",
                             nan_mismatch & np.isnan(a.astype(np.complex128))),
                            ("golden NaN where the result is not",
                             nan_mismatch & np.isnan(e.astype(np.complex128)))):
            positions = np.argwhere(mask)
            if len(positions):
                shown = "; ".join(format_index(tuple(int(i) for i in p), e.shape, legacy)
                                  for p in positions[:3])
                more = f" and {len(positions) - 3} more" if len(positions) > 3 else ""
                lines.append(f"NaN mask differs: {label} at {len(positions)} element(s): "
                             f"{shown}{more}")
    lines.extend(problems)
    hints = _hints(a, e, tolerance, q, legacy, shapes_ok) if n_failed else []
    message = "\n".join([f"{name}: {lines[0]}"] + [f"  {line}" for line in lines[1:]]
                        + [f"  hint: {h}" for h in hints])
    return Comparison(name, False, e.size, n_failed, worst_error,
                      worst_ratio if n_failed else np.inf, message, hints)


def _field(value, key):
    if isinstance(value, dict):
        if key in value:
            return value[key]
        for k in value:  # IDL tag names ignore case (read_sav gives them in lower case)
            if isinstance(k, str) and k.lower() == key.lower():
                return value[k]
        raise KeyError(key)
    if isinstance(value, np.ndarray) and value.dtype.names is not None:
        # an IDL structure (a record array of one element) read field by field
        if value.size != 1:
            raise TypeError(f"{value.size} structures where the golden has one")
        names = [n for n in value.dtype.names if n.lower() == key.lower()]
        if not names:
            raise KeyError(key)
        return value.reshape(-1)[0][names[0]]
    return getattr(value, key)


def _is_cell(expected: np.ndarray) -> bool:
    """Whether an object array read from a capture file is a MATLAB cell whose contents
    compare one by one: it holds arrays (textscan's columns), or only char vectors (a
    cellstr, which compat returns as a list of str)."""
    items = list(expected.flat)
    return bool(items) and (any(isinstance(i, np.ndarray) for i in items)
                            or all(isinstance(i, str) for i in items))


def compare_tree(actual, expected, tolerance: Tolerance = EXACT, *, name: str = "result",
                 **options) -> list[Comparison]:
    """Compare nested values (MATLAB structs and IDL structures read as dicts, arrays of
    IDL structures as lists of dicts) field by field."""
    if isinstance(expected, list) and expected and all(isinstance(e, dict) for e in expected) \
            and isinstance(actual, np.ndarray) and actual.dtype.names is not None:
        records = actual.reshape(-1)
        if records.size != len(expected):
            return [Comparison(name, False, len(expected), len(expected), np.inf, np.inf,
                               f"{name}: {records.size} structures, the golden has "
                               f"{len(expected)}")]
        results = []
        for k, (record, value) in enumerate(zip(records, expected)):
            results.extend(compare_tree(records[k:k + 1], value, tolerance,
                                        name=f"{name}[{k}]", **options))
        return results
    if isinstance(expected, (list, tuple)) and isinstance(actual, (list, tuple)) \
            and any(isinstance(e, (dict, list, tuple, np.ndarray)) for e in expected):
        # lists of structures or of arrays (IDL LIST contents, arrays of structures
        # read back as lists): element by element
        if len(actual) != len(expected):
            return [Comparison(name, False, len(expected), len(expected), np.inf, np.inf,
                               f"{name}: {len(actual)} elements, the golden has "
                               f"{len(expected)}")]
        results = []
        for k, (got, value) in enumerate(zip(actual, expected)):
            results.extend(compare_tree(got, value, tolerance, name=f"{name}[{k}]", **options))
        return results
    if isinstance(expected, np.ndarray) and expected.dtype == object and \
            _is_cell(expected) and (
                (isinstance(actual, (list, tuple)) and len(actual) == expected.size) or
                # two captures of one cell (the recapture check): cell by cell too, so a
                # NaN inside a cell compares as the numeric comparison does
                (isinstance(actual, np.ndarray) and actual.dtype == object and
                 actual.shape == expected.shape)):
        if isinstance(actual, np.ndarray):
            actual = list(actual.reshape(-1, order="F"))
        # a MATLAB cell array as a capture file holds it (an object array) against
        # compat's list (textscan's columns, a cellstr): cell by cell, in MATLAB's
        # column order; the cell's own shape is not compared (compat's cells are lists;
        # a list of lists, a 2-D cell, is compared as before)
        cells = list(expected.reshape(-1, order="F"))
        results = []
        for k, (got, value) in enumerate(zip(actual, cells)):
            results.extend(compare_tree(got, value, tolerance, name=f"{name}{{{k + 1}}}",
                                        **options))
        return results
    if isinstance(expected, dict):
        results = []
        for key, value in expected.items():
            try:
                sub = _field(actual, key)
            except (KeyError, AttributeError, TypeError):
                results.append(Comparison(f"{name}.{key}", False, 1, 1, np.inf, np.inf,
                                          f"{name}.{key}: missing from the result "
                                          f"({type(actual).__name__})"))
                continue
            results.extend(compare_tree(sub, value, tolerance, name=f"{name}.{key}", **options))
        return results
    return [compare(actual, expected, tolerance, name=name, **options)]


def assert_matches(actual, expected, *, rtol: float = 0.0, atol: float = 0.0,
                   ulps: float = 0.0, legacy: str = "numpy", shape: str = "legacy",
                   dtype: str = "kind", name: str = "result") -> None:
    """Assert that ``actual`` matches a golden value; raise ``AssertionError`` if not.

    ``expected`` may be an array, or a print-out (a string, or a list of printed row
    strings) as IDL or MATLAB printed it: then each number also gets half a unit of its
    last printed digit, and the printed numbers fill ``actual``'s shape.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.golden import assert_matches
    >>> assert_matches(np.array([[1.5, 2.25]]), "1.5000 2.2500", legacy="matlab")
    >>> assert_matches(np.float32(0.1) * 3, np.float32(0.3), ulps=1, dtype="exact")
    """
    tolerance = Tolerance(rtol=rtol, atol=atol, ulps=ulps)
    quantum = None
    if isinstance(expected, (str, list)) and (
            isinstance(expected, str) or all(isinstance(r, str) for r in expected)):
        a = np.asarray(actual)
        values, quantum = parse_printed(expected, language=legacy)
        if values.size == a.size and a.size:
            values, quantum = values.reshape(a.shape), quantum.reshape(a.shape)
        expected = values
        if dtype == "exact":
            dtype = "kind"
    results = compare_tree(actual, expected, tolerance, quantum=quantum, legacy=legacy,
                           shape=shape, dtype=dtype, name=name)
    failures = [r.message for r in results if not r.ok]
    if failures:
        raise AssertionError("\n".join(failures))
