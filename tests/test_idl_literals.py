"""One rule for Python values in every IDL routine family (compat._core.idl_types).

A Python ``int`` is an IDL integer literal (INT, LONG, LONG64 by range), a ``float`` is
DOUBLE, a ``complex`` DCOMPLEX, ``True``/``False`` BYTE; a list or tuple is an IDL array
literal (its elements' types combined by IDL's precedence); numpy values keep their type,
except ``bool`` (BYTE: what IDL's relational operators return), ``int8`` (INT) and
``float16`` (FLOAT). For each family: a Python list, the same tuple, Python scalars and
the numpy value the rule names give the same result, of the documented type; and a bool
array gives exactly what the uint8 array of its values gives.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from compat._core.idl_types import idl_literal

I2, I4, I8 = np.int16, np.int32, np.int64
F4, F8, C8, C16, U1 = np.float32, np.float64, np.complex64, np.complex128, np.uint8


def _tuple(value):
    """The same literal with every list a tuple."""
    if isinstance(value, list):
        return tuple(_tuple(v) for v in value)
    return value


def _same(got, want):
    """Equal values of equal types, through named tuples and tuples of results."""
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            _same(g, w)
        return
    g, w = np.asarray(got), np.asarray(want)
    assert g.dtype == w.dtype, (g.dtype, w.dtype)
    np.testing.assert_array_equal(g, w)


def _gauss(n=12):
    x = np.arange(n, dtype=np.float64)
    return x, np.exp(-0.5 * ((x - 5.5) / 2.0) ** 2) + 0.1


# (family, call of one value, the Python value, the numpy value the rule makes of it,
#  the dtype of the result)
CASES = [
    ("smoothing", lambda v: idl.smooth(v, 3), [1., 3., 2., 5.],
     np.array([1., 3., 2., 5.]), F8),
    ("smoothing", lambda v: idl.smooth(v, 3), [1, 3, 2, 5], np.array([1, 3, 2, 5], I2), I2),
    ("smoothing", lambda v: idl.median(v), [1, 5, 2], np.array([1, 5, 2], I2), F4),
    ("smoothing", lambda v: idl.median(v, 3), [1., 5., 2., 4.],
     np.array([1., 5., 2., 4.]), F8),
    ("smoothing", lambda v: idl.smooth([1., 3., 2., 5.], 3, nan=True, missing=v), 0.5,
     np.float64(0.5), F8),
    ("convolution", lambda v: idl.convol(v, [1, 2, 1]), [1., 2., 3., 4.],
     np.array([1., 2., 3., 4.]), F8),
    ("convolution", lambda v: idl.convol(v, [1, 2, 1]), [1, 2, 3, 4],
     np.array([1, 2, 3, 4], I2), I2),
    ("convolution", lambda v: idl.convol([1., 2., 3., 4.], v), [1, 2, 1],
     np.array([1, 2, 1], I2), F8),
    ("convolution", lambda v: idl.convol([10, 20, 30, 40], [1, 1, 1], v), 2,
     np.int16(2), I2),
    ("statistics", idl.total, [1, 2, 3], np.array([1, 2, 3], I2), F4),
    ("statistics", idl.total, [1., 2.], np.array([1., 2.]), F8),
    ("statistics", idl.total, [1, 2.5], np.array([1., 2.5]), F8),
    ("statistics", idl.mean, [1, 2, 4], np.array([1, 2, 4], I2), F4),
    ("statistics", idl.variance, [1., 2., 4.], np.array([1., 2., 4.]), F8),
    ("statistics", idl.stddev, [1, 2, 4], np.array([1, 2, 4], I2), F4),
    ("statistics", idl.moment, [1, 2, 4, 7], np.array([1, 2, 4, 7], I2), F4),
    ("statistics", idl.min, [3, 1, 2], np.array([3, 1, 2], I2), I2),
    ("statistics", idl.max, [3, 40000], np.array([3, 40000], I4), I4),
    ("statistics", idl.max, [3, 2 ** 40], np.array([3, 2 ** 40], I8), I8),
    ("arrays", idl.reverse, [1, 2], np.array([1, 2], I2), I2),
    ("arrays", idl.reverse, [1, 40000], np.array([1, 40000], I4), I4),
    ("arrays", idl.reverse, [1, 2.5], np.array([1., 2.5]), F8),
    ("arrays", idl.reverse, [1 + 2j, 3], np.array([1 + 2j, 3]), C16),
    ("arrays", lambda v: idl.shift(v, 1), [1., 2., 3.], np.array([1., 2., 3.]), F8),
    ("arrays", lambda v: idl.rotate(v, 2), [[1, 2], [3, 4]], np.array([[1, 2], [3, 4]], I2),
     I2),
    ("arrays", idl.transpose, [[1, 2], [3, 4]], np.array([[1, 2], [3, 4]], I2), I2),
    ("arrays", idl.sort, [3., 1., 2.], np.array([3., 1., 2.]), I4),
    ("arrays", idl.uniq, [1, 1, 2], np.array([1, 1, 2], I2), I4),
    ("arrays", idl.where, [0, 1, 1], np.array([0, 1, 1], I2), I4),
    ("numeric", idl.fix, [2.7, -2.7], np.array([2.7, -2.7]), I2),
    ("numeric", idl.fix, 33000, np.int32(33000), I2),
    ("numeric", idl.round, [2.5, -2.5], np.array([2.5, -2.5]), I4),
    ("numeric", idl.floor, 2.5, np.float64(2.5), I4),
    ("numeric", idl.ceil, 2, np.int16(2), I2),
    ("numeric", lambda v: idl.mod(v, 2), 7.5, np.float64(7.5), F8),
    ("numeric", lambda v: idl.mod(v, 2), 7, np.int16(7), I2),
    ("numeric", lambda v: idl.idiv(v, 2), [7, -7], np.array([7, -7], I2), I2),
    ("numeric", lambda v: idl.idiv(7, v), 2.0, np.float64(2.0), F8),
    ("numeric", idl.bytscl, [1., 2., 3.], np.array([1., 2., 3.]), U1),
    ("numeric", lambda v: idl.bytscl([1., 2., 3.], max=v), 2, np.int16(2), U1),
    ("histograms", idl.histogram, [1, 2, 2], np.array([1, 2, 2], I2), I4),
    ("histograms", lambda v: idl.histogram(v, binsize=0.5), [1., 2., 2.],
     np.array([1., 2., 2.]), I4),
    ("histograms", lambda v: idl.histogram(np.array([0.1, 0.2, 0.7]), binsize=v), 0.1,
     np.float64(0.1), I4),
    ("calculus", idl.deriv, [1., 3., 2., 5.], np.array([1., 3., 2., 5.]), F8),
    ("calculus", idl.deriv, [1, 3, 2, 5], np.array([1, 3, 2, 5], I2), F4),
    ("calculus", lambda v: idl.int_tabulated(v, [0., 1., 4., 9.]), [0., 1., 2., 3.],
     np.array([0., 1., 2., 3.]), F8),
    ("transforms", idl.fft, [1., 2., 3., 4.], np.array([1., 2., 3., 4.]), C16),
    ("transforms", idl.fft, [1, 2, 3, 4], np.array([1, 2, 3, 4], I2), C8),
    ("interpolation", lambda v: idl.interpol(v, 3), [1., 2.], np.array([1., 2.]), F8),
    ("interpolation", lambda v: idl.interpol(v, 3), [1, 2], np.array([1, 2], I2), F4),
    ("interpolation", lambda v: idl.interpolate(v, [0.5]), [1., 2., 3.],
     np.array([1., 2., 3.]), F8),
    ("interpolation", lambda v: idl.spline([1., 2., 3.], [1., 4., 9.], v), 1.5,
     np.float64(1.5), F8),
    ("interpolation", lambda v: idl.spl_init(v, [1., 4., 9.]), [1., 2., 3.],
     np.array([1., 2., 3.]), F8),
    ("interpolation", lambda v: idl.spl_init([1., 2., 3.], [1., 4., 9.], yp0=v), 0.5,
     np.float64(0.5), F8),
    ("regridding", lambda v: idl.rebin(v, 4), [1, 2], np.array([1, 2], I2), I2),
    ("regridding", lambda v: idl.congrid(v, 4), [1., 2.], np.array([1., 2.]), F8),
    ("fitting", lambda v: idl.poly(v, [1, 2]), [1., 2.], np.array([1., 2.]), F8),
    ("fitting", lambda v: idl.poly(v, [1, 2]), [1, 2], np.array([1, 2], I2), F4),
    ("fitting", lambda v: idl.poly_fit(v, [1., 3., 5.], 1), [0., 1., 2.],
     np.array([0., 1., 2.]), F8),
    ("fitting", lambda v: idl.poly_fit(v, [1, 3, 5], 1), [0, 1, 2], np.array([0, 1, 2], I2),
     F4),
    ("fitting", lambda v: idl.linfit(v, [1., 3., 5.]), [0., 1., 2.],
     np.array([0., 1., 2.]), F8),
    ("curvefitting", lambda v: idl.gaussfit(v, _gauss()[1], nterms=3),
     [float(x) for x in range(12)], np.arange(12.0), F8),
    ("curvefitting", lambda v: idl.curvefit(np.arange(4.0), [1., 3., 5., 7.1], None, v,
                                            function_name=lambda x, a: a[0] + a[1] * x),
     [1., 1.], np.array([1., 1.]), F8),
    ("creation", lambda v: idl.make_array(2, value=v), 5, np.int16(5), I2),
    ("creation", lambda v: idl.make_array(2, value=v), 40000, np.int32(40000), I4),
    ("creation", lambda v: idl.make_array(2, value=v), 2.5, np.float64(2.5), F8),
    ("creation", lambda v: idl.make_array(2, value=v), True, np.uint8(1), U1),
    ("creation", lambda v: idl.make_array(2, value=v), 1j, np.complex128(1j), C16),
    ("creation", lambda v: idl.findgen(3, start=v), 1, np.int16(1), F4),
]


@pytest.mark.parametrize("family, call, value, typed, dtype", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_python_values_are_typed_as_idl_literals(family, call, value, typed, dtype):
    literal = idl_literal(value)
    assert literal.dtype == np.asarray(typed).dtype  # the rule, as documented
    np.testing.assert_array_equal(literal, typed)
    got = call(value)
    first = got[0] if isinstance(got, tuple) else got
    assert np.asarray(first).dtype == dtype
    _same(call(typed), got)
    if isinstance(value, list):
        _same(call(_tuple(value)), got)


MASK = np.array([True, False, True, True, False, True])
MASK2 = MASK.reshape(2, 3)

# (family, call of one BYTE-or-bool array)
BOOL_CALLS = [
    ("smoothing", lambda m: idl.smooth(m, 3)),
    ("smoothing", lambda m: idl.median(m, 3)),
    ("smoothing", lambda m: idl.median(m)),
    ("convolution", lambda m: idl.convol(m, [1, 2, 1])),
    ("convolution", lambda m: idl.convol(np.arange(6.0), m[:3])),
    ("statistics", idl.total),
    ("statistics", idl.mean),
    ("statistics", idl.variance),
    ("statistics", idl.moment),
    ("statistics", lambda m: idl.min(m, max=True)),
    ("arrays", idl.reverse),
    ("arrays", lambda m: idl.shift(m, 2)),
    ("arrays", lambda m: idl.rotate(m.reshape(2, 3), 1)),
    ("arrays", lambda m: idl.transpose(m.reshape(2, 3))),
    ("arrays", idl.sort),
    ("arrays", idl.uniq),
    ("arrays", idl.where),
    ("numeric", idl.fix),
    ("numeric", idl.round),
    ("numeric", lambda m: idl.mod(m, 2)),
    ("numeric", lambda m: idl.idiv(m, 1)),
    ("numeric", idl.bytscl),
    ("histograms", idl.histogram),
    ("histograms", lambda m: idl.histogram(np.arange(6), input=m)),
    ("calculus", idl.deriv),
    ("calculus", lambda m: idl.int_tabulated(np.arange(6.0), m)),
    ("transforms", idl.fft),
    ("interpolation", lambda m: idl.interpol(m, 4)),
    ("interpolation", lambda m: idl.interpol(m, np.arange(6), [0.5, 2.5])),
    ("interpolation", lambda m: idl.interpolate(m, [0.5, 1.5])),
    ("interpolation", lambda m: idl.spline(np.arange(6.0), m, [0.5, 2.5])),
    ("regridding", lambda m: idl.rebin(m, 12)),
    ("regridding", lambda m: idl.congrid(m.reshape(2, 3), 6, 4)),
    ("fitting", lambda m: idl.poly(m, [1.0, 2.0])),
    ("fitting", lambda m: idl.poly_fit(np.arange(6.0), m, 1)),
    ("fitting", lambda m: idl.linfit(np.arange(6.0), m)),
    ("curvefitting", lambda m: idl.curvefit(np.arange(6.0), m.astype(float), m, [1., 1.],
                                            function_name=lambda x, a: a[0] + a[1] * x)),
]


@pytest.mark.parametrize("family, call", BOOL_CALLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(BOOL_CALLS)])
def test_bool_arrays_are_byte(family, call):
    """IDL's relational operators give BYTE: ``a gt 2`` in IDL is ``a > 2`` in Python,
    and every routine reads a bool array exactly as the uint8 array of its values."""
    _same(call(MASK), call(MASK.astype(U1)))


def test_bool_scalars_and_keywords_are_byte():
    assert idl.make_array(2, value=np.True_).dtype == U1
    _same(idl.histogram(np.arange(4), min=True), idl.histogram(np.arange(4), min=1))
    _same(idl.smooth(np.array([1., np.nan, 3.]), 1, nan=True, missing=False),
          idl.smooth(np.array([1., np.nan, 3.]), 1, nan=True, missing=np.uint8(0)))


def test_the_examples_of_the_issue():
    a = np.arange(6.0)
    _same(idl.smooth(a > 2, 3), idl.smooth((a > 2).astype(U1), 3))
    assert idl.total(a > 2) == 3
    assert idl.deriv([1., 3., 2., 5.]).dtype == F8       # as idl.smooth of the same list
    assert idl.smooth([1., 3., 2., 5.], 3).dtype == F8
    assert idl.total([1, 2, 3]).dtype == F4              # INT literals: a FLOAT total
    assert idl.reverse([1, 2]).dtype == I2


def test_files_write_and_read_python_values_by_the_rule(tmp_path):
    path = str(tmp_path / "values.bin")
    lun = idl.openw(path, get_lun=True)
    idl.writeu(lun, [1, 2], (1, 2), [1., 2.], np.array([True, False]))
    idl.free_lun(lun)
    with open(path, "rb") as f:
        raw = f.read()
    assert len(raw) == 2 * 2 + 2 * 2 + 2 * 8 + 2 * 1      # INT, INT, DOUBLE, BYTE
    lun = idl.openr(path, get_lun=True)
    values = idl.readu(lun, [0, 0], (0, 0), [0., 0.], np.array([False, False]))
    idl.free_lun(lun)
    _same(values, (np.array([1, 2], I2), np.array([1, 2], I2), np.array([1., 2.]),
                   np.array([1, 0], U1)))


def test_fits_images_of_python_values(tmp_path):
    path = str(tmp_path / "image.fits")
    idl.writefits(path, [[1, 2], [3, 4]])          # INT literals: BITPIX 16
    assert idl.readfits(path, silent=True).dtype == I2
    idl.writefits(path, np.array([True, False]))  # BYTE: BITPIX 8
    assert idl.readfits(path, silent=True).dtype == U1


def test_fits_table_columns_in_idl_types(tmp_path):
    path = str(tmp_path / "table.fits")
    table = np.zeros(3, dtype=[("flag", "?"), ("small", "i1"), ("name", "U3")])
    table["flag"] = [True, False, True]
    table["small"] = [-5, 0, 7]
    table["name"] = ["x", "yy", "zzz"]
    idl.mwrfits(table, path, create=True)
    back = idl.mrdfits(path, 1, silent=True)
    assert back.dtype["FLAG"] == U1 and back["FLAG"].tolist() == [1, 0, 1]  # BYTE
    assert back.dtype["SMALL"] == I2 and back["SMALL"].tolist() == [-5, 0, 7]  # INT
    # mwrfits.pro pads text with blanks to the column's width and mrdfits.pro keeps them
    # (golden cases mwrfits_mrdfits_table_round_trip in reference_outputs/idl/astrolib)
    assert back["NAME"].tolist() == ["x  ", "yy ", "zzz"]
