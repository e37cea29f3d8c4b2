"""IDL ATAN(Z, /PHASE) (compat.idl.atan, phase=True): the phase angle of complex
arguments; /PHASE ignored for real ones. Goldens: suite idl/atan_phase (GDL 1.0.1)."""

import math

import numpy as np
import pytest

from compat import idl


def test_phase_of_dcomplex_is_atan2_of_the_parts():
    rng = np.random.default_rng(1753)
    z = rng.normal(size=(4, 7)) + 1j * rng.normal(size=(4, 7))
    r = idl.atan(z, phase=True)
    assert r.dtype == np.float64 and r.shape == (4, 7)
    expected = [[math.atan2(v.imag, v.real) for v in row] for row in z]
    np.testing.assert_array_equal(r, expected)  # C's atan2 in both


def test_phase_of_complex_is_float_and_keeps_signed_zeros():
    z = np.array([1 + 1j, complex(-1, -0.0), complex(-1, 0.0), 0j, 3 - 4j], np.complex64)
    r = idl.atan(z, phase=True)
    assert r.dtype == np.float32
    np.testing.assert_array_equal(
        r, np.float32([math.pi / 4, -math.pi, math.pi, 0.0, math.atan2(-4, 3)]))
    assert isinstance(idl.atan(np.complex64(1j), phase=True), np.float32)


def test_phase_is_ignored_for_real_arguments():
    x = np.float32([0.5, -2, 3])
    np.testing.assert_array_equal(idl.atan(x, phase=True), idl.atan(x))
    np.testing.assert_array_equal(idl.atan(x, x[::-1], phase=True), idl.atan(x, x[::-1]))


def test_input_untouched_and_byte_order():
    z = np.array([1 + 2j, -3 + 0.5j], dtype=">c16")
    z.flags.writeable = False
    np.testing.assert_array_equal(idl.atan(z, phase=True),
                                  np.arctan2([2, 0.5], [1, -3]))


def test_complex_without_phase_still_refused():
    with pytest.raises(TypeError, match="ATAN: complex"):
        idl.atan(np.complex64(1 + 1j))
