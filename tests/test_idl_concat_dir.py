"""IDL Astronomy Library CONCAT_DIR (compat.idl.astro_utils): shapes and bad input
(the values are in the golden suite idl/astro_library_utils)."""

import numpy as np
import pytest

from compat import idl


def test_shapes():
    assert idl.concat_dir("a", "b") == "a/b"
    out = idl.concat_dir(np.array(["a", "b/"]), "f")
    assert out.tolist() == ["a/f", "b/f"]
    out = idl.concat_dir(np.array(["a", "b", "c"]), np.array(["x", "y"]))
    assert out.tolist() == ["a/x", "b/y"]
    assert idl.concat_dir(b"dir", b"f") == "dir/f"


def test_bad_input():
    with pytest.raises(TypeError, match="^CONCAT_DIR: directory must be a string"):
        idl.concat_dir(3, "f")
    with pytest.raises(TypeError, match="^CONCAT_DIR: file must be a string"):
        idl.concat_dir("d", [1, 2])
