"""PUSHD/POPD/PRINTD, EMPTY, EXTRAC and IDL 4's handles (compat.idl.legacy_odds):
EXTRAC against numpy slicing of a zero-padded copy (random boxes) and IDL's
documented behaviour, the handle tree, the directory stack, bad input."""

from __future__ import annotations

import os

import numpy as np
import pytest

from compat import idl


def _padded_box(a, starts, sizes):
    """The box cut from ``a`` (C order) after padding it with zeros wide enough."""
    pad = max(sizes) + max(abs(s) for s in starts) + 1
    big = np.pad(a, pad)
    return big[tuple(slice(s + pad, s + pad + n) for s, n in zip(starts, sizes))]


@pytest.mark.parametrize("dtype", [np.uint8, np.int16, np.int32, np.float32,
                                   np.float64, np.complex64])
def test_extrac_matches_zero_padded_slicing(dtype):
    rng = np.random.default_rng(31337)
    for ndim in (1, 2, 3):
        shape = tuple(int(n) for n in rng.integers(1, 6, size=ndim))
        a = (rng.integers(1, 100, size=shape)).astype(dtype)
        for _ in range(25):
            starts = [int(v) for v in rng.integers(-4, 7, size=ndim)]
            sizes = [int(v) for v in rng.integers(1, 6, size=ndim)]
            got = idl.extrac(a, *starts[::-1], *sizes[::-1])       # IDL's order
            assert got.dtype == a.dtype and got.shape == tuple(sizes)
            np.testing.assert_array_equal(got, _padded_box(a, starts, sizes))


def test_extrac_documented_example_and_input_untouched():
    # IDL Reference Guide, EXTRAC: a 10-element array, 5 elements from index 8
    a = idl.findgen(10)
    a.flags.writeable = False
    np.testing.assert_array_equal(idl.extrac(a, 8, 5), np.float32([8, 9, 0, 0, 0]))
    big = np.arange(12, dtype=">i4").reshape(3, 4)
    out = idl.extrac(big, 2, 1, 3, 3)
    assert out.dtype == np.int32 and out.dtype.isnative
    np.testing.assert_array_equal(out, [[6, 7, 0], [10, 11, 0], [0, 0, 0]])
    with pytest.raises(ValueError, match=r"^EXTRAC: the array has 2 dimensions"):
        idl.extrac(big, 1, 2)
    with pytest.raises(ValueError, match=r"^EXTRAC: the subarray dimensions must be"):
        idl.extrac(big, 0, 0, 0, 2)


def test_directory_stack(tmp_path):
    here = os.getcwd()
    (tmp_path / "a" / "b").mkdir(parents=True)
    try:
        idl.pushd(str(tmp_path / "a"))
        idl.pushd("b")
        assert os.getcwd() == os.path.realpath(tmp_path / "a" / "b")
        idl.popd()
        assert os.getcwd() == os.path.realpath(tmp_path / "a")
        idl.popd()
        assert os.getcwd() == here
        with pytest.raises(ValueError, match=r"^POPD: Directory stack is empty\.$"):
            idl.popd()
        with pytest.raises(ValueError, match=r"^PRINTD: Directory stack is empty\.$"):
            idl.printd()
        with pytest.raises(ValueError, match=r"^CD: Unable to change to directory"):
            idl.pushd(str(tmp_path / "missing"))
        assert os.getcwd() == here
        with pytest.raises(ValueError, match=r"^POPD: Directory stack is empty"):
            idl.popd()                       # the failed PUSHD pushed nothing
    finally:
        os.chdir(here)


def test_printd_layout(tmp_path, capsys):
    here = os.getcwd()
    try:
        idl.pushd(str(tmp_path))
        idl.printd()
        idl.popd()
    finally:
        os.chdir(here)
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"Current Directory: {os.path.realpath(tmp_path)}",
                     "Directory Stack Contents:", f"  0) {here}"]


def test_handle_tree_and_copies():
    top = idl.handle_create()
    value = np.float32([1, 2])
    a = idl.handle_create(top, value=value)
    value[0] = 99                                      # the handle kept a copy
    assert idl.handle_value(a).tolist() == [1.0, 2.0]
    got = idl.handle_value(a)
    got[1] = -1                                        # reads are copies too
    assert idl.handle_value(a).tolist() == [1.0, 2.0]
    b = idl.handle_create(top, value="x")
    c = idl.handle_create(top, value=3, first_child=True)
    d = idl.handle_create(sibling=b, value=4)
    assert isinstance(a, np.int32) and a > 0
    assert idl.handle_info(top, first_child=True) == c
    assert [int(idl.handle_info(h, sibling=True)) for h in (c, a, b, d)] == [a, b, d, 0]
    assert int(idl.handle_info(top, num_children=True)) == 4
    assert idl.handle_info(top).dtype == np.uint8
    moved = idl.handle_value(b, no_copy=True)
    assert moved == "x"
    with pytest.raises(ValueError, match=rf"^HANDLE_VALUE: Handle {b} has no value"):
        idl.handle_value(b)
    other = idl.handle_create()
    idl.handle_move(other, a)
    assert idl.handle_info(a, parent=True) == other
    with pytest.raises(ValueError, match=r"^HANDLE_MOVE: A handle cannot be moved under"):
        idl.handle_move(a, other)
    idl.handle_free(top)
    assert idl.handle_info([top, b, c, d, a, other]).tolist() == [0, 0, 0, 0, 1, 1]
    idl.handle_free(other)
    assert int(idl.handle_info(a)) == 0
    with pytest.raises(ValueError, match=rf"^HANDLE_FREE: Invalid handle: {a}"):
        idl.handle_free(a)
    with pytest.raises(ValueError, match=r"^HANDLE_INFO: Conflicting keywords"):
        idl.handle_info(top, parent=True, sibling=True)


def test_empty_is_a_noop():
    assert idl.empty() is None
