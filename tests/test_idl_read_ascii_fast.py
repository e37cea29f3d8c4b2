"""READ_ASCII's all-at-once parse of float tables (compat._core.idl_text_tables.
_float_table, numpy's C reader) against the field-by-field path it bypasses: the same
values, bit for bit, and the general path taken whenever the text is not a plain table."""

import numpy as np
import pytest

from compat import idl
from compat._core import idl_text_tables


def _both(path, monkeypatch, expect_fast=True, **kwargs):
    taken = []
    original = idl_text_tables._float_table

    def spy(*args):
        result = original(*args)
        taken.append(result is not None)
        return result

    with monkeypatch.context() as m:
        m.setattr(idl_text_tables, "_float_table", spy)
        fast = idl.read_ascii(str(path), **kwargs)
    assert taken == [expect_fast]
    with monkeypatch.context() as m:
        m.setattr(idl_text_tables, "_FLOAT_TABLE_MIN", 10 ** 9)   # the general path
        slow = idl.read_ascii(str(path), **kwargs)
    return fast, slow


def _same(a, b):
    assert type(a) is type(b)
    if isinstance(a, dict):
        assert list(a) == list(b)
        for k in a:
            _same(a[k], b[k])
        return
    a, b = np.asarray(a), np.asarray(b)
    assert a.dtype == b.dtype and a.shape == b.shape
    if a.dtype.names:
        for n in a.dtype.names:
            _same(a[n], b[n])
    elif a.dtype.kind == "f":
        assert np.array_equal(a.view(f"u{a.itemsize}"), b.view(f"u{b.itemsize}"))
    else:
        assert np.array_equal(a, b)


def _tricky_numbers(rng, n):
    mantissa = rng.integers(0, 2 ** 24, n).astype(np.float64)
    scale = 2.0 ** rng.integers(-30, 30, n)
    midpoints = (mantissa + 0.5) * scale                       # float32 midpoints
    words = [repr(float(v)) for v in midpoints[: n // 3]]
    words += [f"{v:.9e}" for v in rng.standard_normal(n // 3) * 1e5]
    words += [f"{v:.4f}".replace("e", "d") for v in rng.standard_normal(n - len(words))]
    words = np.array(words)
    rng.shuffle(words)
    return words


@pytest.mark.parametrize("layout", ["plain", "d_exponents", "header_comment_blank"])
def test_fast_table_equals_the_general_path(tmp_path, monkeypatch, layout):
    rng = np.random.default_rng(7)
    words = _tricky_numbers(rng, 900).reshape(300, 3)
    if layout == "d_exponents":
        words[::7, 1] = ["1.25d-3", "-4D2", "+7.5d0"] * (len(words[::7, 1]) // 3) + \
            ["2d1"] * (len(words[::7, 1]) % 3)
    lines = ["  ".join(row) for row in words]
    if layout == "header_comment_blank":
        lines = ["title line", "x y z"] + lines[:100] + ["", "  \t "] + \
            ["; note " + lines[100]] + lines[101:]
    path = tmp_path / "t.txt"
    path.write_text("\n".join(lines) + "\n")
    kwargs = {"data_start": 2, "comment_symbol": ";"} if layout == \
        "header_comment_blank" else {}
    fast, slow = _both(path, monkeypatch, **kwargs)
    _same(fast, slow)


def test_fast_table_with_a_double_template(tmp_path, monkeypatch):
    rng = np.random.default_rng(3)
    path = tmp_path / "t.txt"
    np.savetxt(path, rng.standard_normal((200, 3)), fmt="%.17g")
    template = {"version": 1.0, "datastart": 0, "delimiter": 32,
                "missingvalue": np.float32(np.nan), "commentsymbol": "",
                "fieldcount": 3, "fieldtypes": [5, 0, 4],
                "fieldnames": ["a", "b", "c"], "fieldlocations": [0, 0, 0],
                "fieldgroups": [0, 1, 2]}
    fast, slow = _both(path, monkeypatch, template=template)
    _same(fast, slow)
    assert fast.dtype.names == ("A", "C")
    assert fast["A"].dtype == np.float64 and fast["C"].dtype == np.float32


@pytest.mark.parametrize("bad", ["uneven", "word", "nan", "extra_column"])
def test_texts_that_are_no_plain_table_take_the_general_path(tmp_path, monkeypatch, bad):
    rng = np.random.default_rng(1)
    lines = [" ".join(f"{v:.6f}" for v in row) for row in rng.standard_normal((120, 2))]
    if bad == "uneven":
        lines[50] += " 3.5"
    elif bad == "word":
        lines[60] = "1.0 abc"
    elif bad == "nan":
        lines[70] = "NaN 2.0"
    else:
        lines = [line + " 9" for line in lines]
    path = tmp_path / "t.txt"
    path.write_text("\n".join(lines) + "\n")
    fast, slow = _both(path, monkeypatch, expect_fast=bad == "extra_column")
    _same(fast, slow)
