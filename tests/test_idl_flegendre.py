"""The IDL Astronomy Library's FLEGENDRE (goldens: reference_outputs/idl/
astro_library_utils, the Library's flegendre.pro run in GDL 1.0.1)."""

from pathlib import Path

import numpy as np
import pytest

from compat import idl
from oracles import run_gdl_program

LIBRARY = Path(__file__).parents[1] / "reference_outputs" / "idl" / "astro_library_utils" / "pro"


def test_flegendre_is_the_legendre_basis():
    """Against numpy's Legendre Vandermonde matrix (float64 reference, so a tolerance
    of float32 rounding over the recurrence)."""
    x = np.linspace(-1, 1, 11)
    np.testing.assert_allclose(idl.flegendre(x, 7), np.polynomial.legendre.legvander(x, 6).T,
                               rtol=0, atol=1e-14)
    got = idl.flegendre(x.astype(np.float32), 7)
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, np.polynomial.legendre.legvander(x, 6).T, atol=5e-7)


def test_flegendre_types_shapes_and_errors():
    assert idl.flegendre(np.int16([1, 2]), 3).dtype == np.float32
    assert idl.flegendre(np.complex128([1j]), 2).dtype == np.complex128
    assert idl.flegendre(np.float32([1, 2, 3]), 1).shape == (3,)
    with pytest.raises(ValueError, match="must be at least 1"):
        idl.flegendre([1.0], 0)
    with pytest.raises(ValueError, match="Out of range subscript"):
        idl.flegendre(np.zeros((2, 3)), 2)
    x = np.array([0.5, 0.25], dtype=">f4")
    x.flags.writeable = False
    np.testing.assert_array_equal(idl.flegendre(x, 3)[2], np.float32([-0.125, -0.40625]))


@pytest.mark.gdl
def test_flegendre_against_gdl(tmp_path: Path):
    """Random FLOAT and DOUBLE points and orders through the Library in GDL: bit for bit."""
    rng = np.random.default_rng(7)
    x32 = rng.uniform(-3, 3, 40).astype(np.float32)
    x64 = rng.uniform(-1, 1, 40)
    x32.tofile(tmp_path / "x32.bin")
    x64.tofile(tmp_path / "x64.bin")
    (tmp_path / "run.pro").write_text(
        f"!path = '{LIBRARY}:' + !path\n"
        "a = fltarr(40) & b = dblarr(40)\n"
        "openr, u, 'x32.bin', /get_lun & readu, u, a & free_lun, u\n"
        "openr, u, 'x64.bin', /get_lun & readu, u, b & free_lun, u\n"
        "r = flegendre(a, 9) & openw, u, 'r32.bin', /get_lun & writeu, u, r & free_lun, u\n"
        "r = flegendre(b, 17) & openw, u, 'r64.bin', /get_lun & writeu, u, r & free_lun, u\n"
        "exit\n")
    done = run_gdl_program("run.pro", tmp_path)
    assert (tmp_path / "r64.bin").exists(), done.stdout + done.stderr
    np.testing.assert_array_equal(idl.flegendre(x32, 9).ravel(),
                                  np.fromfile(tmp_path / "r32.bin", np.float32))
    np.testing.assert_array_equal(idl.flegendre(x64, 17).ravel(),
                                  np.fromfile(tmp_path / "r64.bin", np.float64))
