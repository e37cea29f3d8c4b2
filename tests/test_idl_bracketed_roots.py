"""IDL Astronomy Library ZBRENT: roots within the tolerance, zbrent.pro's types (FLOAT
ends turning DOUBLE through the DOUBLE tol1 step, integer ends), messages as warnings,
the undefined-XC error, _EXTRA, untouched inputs, and random cubics bit for bit against
the Library's zbrent.pro run by live GDL."""

from __future__ import annotations

import shutil
import tempfile
import warnings
from pathlib import Path

import numpy as np
import pytest

from compat import idl
from compat._core.errors import CompatWarning
from oracles import GDL, run_gdl

SUITE = Path(__file__).resolve().parents[1] / "reference_outputs" / "idl" / "bracketed_roots"


def _sq2(x):
    return x * x - 2


def test_roots_within_tolerance():
    for tol in (1e-3, 1e-6, 1e-10, 1e-14):
        r = idl.zbrent(1.0, 2.0, func_name=_sq2, tolerance=tol)
        assert type(r) is np.float64
        assert abs(r - np.sqrt(2)) <= tol
    r = idl.zbrent(1, 2, func_name=lambda x: np.cos(np.float32(x)))
    assert type(r) is np.float32 and abs(r - np.pi / 2) <= 1e-3


def test_types_follow_zbrent_pro():
    f32 = np.float32
    # FLOAT ends and function with the default FLOAT tolerance stay FLOAT
    assert type(idl.zbrent(f32(1), f32(2), func_name=_sq2)) is np.float32
    # a tight tolerance ends with minimal steps of tol1 (DOUBLE): the root is DOUBLE
    assert type(idl.zbrent(f32(1), f32(2), func_name=_sq2, tolerance=f32(1e-7))) is np.float64
    # one DOUBLE end makes both DOUBLE
    assert type(idl.zbrent(f32(1), 2.0, func_name=_sq2)) is np.float64
    # INT ends: the first interpolation step adds a FLOAT
    assert type(idl.zbrent(1, 2, func_name=lambda x: np.float32(x) * np.float32(x) - 2)) \
        is np.float32


def test_root_at_first_end_returned_unchanged():
    r = idl.zbrent(np.int16(1), np.int16(3), func_name=lambda x: x - 1)
    assert type(r) is np.int16 and r == 1


def test_messages_are_warnings():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = idl.zbrent(np.float32(3), np.float32(4), func_name=_sq2)
    assert r == 3 and type(r) is np.float32
    assert [str(w.message) for w in caught] == \
        ["ZBRENT: root must be bracketed by the 2 inputs"]
    assert issubclass(caught[0].category, CompatWarning)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        idl.zbrent(np.float32(1), np.float32(2), func_name=_sq2, max_iterations=2)
    assert [str(w.message) for w in caught] == \
        ["ZBRENT: exceeded maximum number of iterations: 3"]


def test_extra_keywords_reach_the_function():
    seen = []

    def cubic(x, c, scale=1.0):
        seen.append((c, scale))
        return (x * x * x - c) * scale

    r = idl.zbrent(0.0, 3.0, func_name=cubic, c=5.0, scale=2.0, tolerance=1e-12)
    assert abs(r - 5.0 ** (1 / 3)) < 1e-12
    assert set(seen) == {(5.0, 2.0)}


def test_big_endian_read_only_inputs():
    a = np.array(1.0, dtype=">f8")
    b = np.array(2.0, dtype=">f8")
    a.setflags(write=False)
    r = idl.zbrent(a, b, func_name=_sq2, tolerance=1e-12)
    assert r == idl.zbrent(1.0, 2.0, func_name=_sq2, tolerance=1e-12)
    assert r.dtype == np.float64 and r.dtype.isnative


def test_errors():
    with pytest.raises(TypeError, match="ZBRENT: FUNC_NAME must be a Python function"):
        idl.zbrent(1.0, 2.0, func_name="COS")
    with pytest.raises(ValueError, match="ZBRENT: Variable is undefined: XC"):
        idl.zbrent(0.0, 1.0, func_name=lambda x: x - 1)
    with pytest.raises(ValueError, match="ZBRENT: x1 must be a scalar"):
        idl.zbrent([1.0, 2.0], 2.0, func_name=_sq2)
    with pytest.raises(ValueError, match="ZBRENT: FUNC_NAME must return one value"):
        idl.zbrent(1.0, 2.0, func_name=lambda x: np.array([x, x]))
    with pytest.raises(TypeError, match="ZBRENT: Complex"):
        idl.zbrent(1j, 2.0, func_name=_sq2)


needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")


def _double_literal(v):
    text = repr(float(v))
    return text.replace("e", "d") if "e" in text else text + "d"


def _float_literal(v):
    text = repr(float(np.float32(v)))       # the FLOAT's value, read back exactly
    return text if "e" in text or "." in text else text + "."


@needs_gdl
def test_random_cubics_against_gdl():
    """x^3 - c on random brackets, FLOAT and DOUBLE ends, tolerances of both types:
    the same root bit for bit and the same type as zbrent.pro under GDL; plus the
    undefined-XC stop."""
    rng = np.random.default_rng(1151)
    cases, ours = [], {}
    for k in range(40):
        c = float(rng.uniform(1.5, 60))
        lo, hi = float(rng.uniform(0, 1)), float(rng.uniform(4, 6))
        if k % 2:
            lo, hi = hi, lo
        double = k % 4 < 2
        tol_d = [None, 1e-6, 1e-11][k % 3]
        cast = (lambda v: v) if double else np.float32
        lit = _double_literal if double else _float_literal
        args = f"{lit(lo)}, {lit(hi)}, func_name='zb_cubic', c={lit(c)}"
        kw = {}
        if tol_d is not None:
            kw["tolerance"] = tol_d if double else np.float32(tol_d)
            args += f", tolerance={lit(tol_d)}"
        cases.append((f"z{k}", {}, f"call_function('zbrent', {args})"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CompatWarning)
            ours[f"z{k}"] = idl.zbrent(cast(lo), cast(hi),
                                       func_name=lambda x, c: x * x * x - c, c=cast(c), **kw)
    with tempfile.TemporaryDirectory() as tmp:
        for pro in (SUITE / "pro").glob("*.pro"):
            shutil.copy(pro, tmp)
        results = run_gdl(cases, workdir=tmp)
    with tempfile.TemporaryDirectory() as tmp:
        for pro in (SUITE / "pro").glob("*.pro"):
            shutil.copy(pro, tmp)
        # f(x2) = 0: zbrent.pro stops (GDL's CATCH does not catch it: the run fails)
        with pytest.raises(RuntimeError, match="Variable is undefined: XC"):
            run_gdl([("xc", {}, "call_function('zbrent', 0., 1., func_name='zb_lin')")],
                    workdir=tmp)
    for name, value in ours.items():
        got = results[name]
        assert not isinstance(got, Exception), (name, got)
        assert got.dtype == value.dtype, name
        assert got.reshape(-1)[0] == value, (name, got, value)
