"""IDL's CHECK_MATH over numpy's error modes, and MACHAR: the status bits, MASK,
/NOCLEAR, /PRINT's messages, the obsolete positional arguments, what the recorder keeps
of numpy's previous modes, and MACHAR's fields. GDL captures: reference_outputs/idl/
check_math and reference_outputs/idl/machar."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from compat import idl
from compat._core import float_status


@pytest.fixture(autouse=True)
def fresh_recorder():
    float_status.uninstall()
    yield
    float_status.uninstall()


ONE, ZERO = np.float32(1.0), np.float32(0.0)


def _quiet(f):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return f()


def test_bits_and_clearing():
    assert idl.check_math() == 0
    _quiet(lambda: ONE / ZERO)
    _quiet(lambda: np.float32(1e-30) * np.float32(1e-30))
    _quiet(lambda: np.float32(1e30) * np.float32(1e30))
    _quiet(lambda: np.sqrt(np.float32(-1)))
    r = idl.check_math()
    assert r == 16 + 32 + 64 + 128 and r.dtype == np.int32
    assert idl.check_math() == 0


def test_mask_and_noclear():
    idl.check_math()
    _quiet(lambda: ONE / ZERO)
    _quiet(lambda: ZERO / ZERO)
    assert idl.check_math(mask=128, noclear=True) == 128
    assert idl.check_math(mask=128) == 128
    assert idl.check_math(mask=128) == 0
    assert idl.check_math() == 16


def test_print_messages(capsys):
    idl.check_math()
    _quiet(lambda: ONE / ZERO)
    _quiet(lambda: np.float32(1e-30) * np.float32(1e-30))
    assert idl.check_math(print=True) == 48
    assert capsys.readouterr().out == (
        "% Program caused arithmetic error: Floating divide by 0\n"
        "% Program caused arithmetic error: Floating underflow\n")
    _quiet(lambda: ONE / ZERO)
    assert idl.check_math(1) == 16                     # obsolete Print_Flag
    assert "Floating divide by 0" in capsys.readouterr().out


def test_numpy_warnings_kept_and_inhibited():
    idl.check_math()
    with pytest.warns(RuntimeWarning, match="divide by zero encountered"):
        ONE / ZERO
    assert idl.check_math(0, 1) == 16                  # Message_Inhibit on
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ONE / ZERO                                     # no warning, still recorded
    assert idl.check_math(0, 0) == 16                  # and off again
    with pytest.warns(RuntimeWarning):
        ONE / ZERO


def test_previous_raise_mode_kept():
    old = np.seterr(divide="raise")
    try:
        idl.check_math()
        with pytest.raises(FloatingPointError):
            ONE / ZERO
        assert idl.check_math() == 16
    finally:
        float_status.uninstall()
        np.seterr(**old)


def test_errors_before_the_first_call_are_not_seen():
    _quiet(lambda: ONE / ZERO)
    assert idl.check_math() == 0
    float_status.uninstall()
    assert np.geterr()["divide"] == "warn"             # numpy's modes restored


def test_errstate_blocks_are_not_recorded():
    idl.check_math()
    with np.errstate(divide="ignore"):
        ONE / ZERO
    assert idl.check_math() == 0


@pytest.mark.parametrize("kwargs", [dict(mask="16"), dict(mask=[1, 2]),
                                    dict(print_flag="yes")])
def test_bad_arguments(kwargs):
    with pytest.raises(TypeError, match="^CHECK_MATH: "):
        idl.check_math(**kwargs)


def test_machar_fields():
    for double, real in ((False, np.float32), (True, np.float64)):
        m = idl.machar(double=double)
        info = np.finfo(real)
        assert m.dtype.metadata["idl_name"] == ("DMACHAR" if double else "MACHAR")
        assert [m[k][0] for k in ("IBETA", "IT", "IRND", "NGRD")] == \
            [2, info.nmant + 1, 5, 0]
        assert m.MACHEP.dtype == np.int32 and m.EPS.dtype == real
        assert m.EPS[0] == real(2.0) ** m.MACHEP[0] == info.eps
        assert m.EPSNEG[0] == real(2.0) ** m.NEGEP[0]
        assert m.XMIN[0] == real(2.0) ** m.MINEXP[0]
        assert m.XMAX[0] == info.max
