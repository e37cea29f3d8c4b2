"""matlab.lang.makeValidName / makeUniqueStrings by their reference pages' rules, the
readtable variable names that share them, and Octave on random text."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import OCTAVE, run_octave


def test_valid_names_by_the_rules():
    assert matlab.makevalidname("a b c") == "aBC"
    assert matlab.makevalidname("for") == "xFor"
    assert matlab.makevalidname("class") == "class"       # MATLAB keywords only
    assert matlab.makevalidname("_u") == "x_u"            # must start with a letter
    assert matlab.makevalidname("é") == "x_"
    assert len(matlab.makevalidname("a" * 80)) == 63
    names, modified = matlab.makevalidname(np.array(["ok", "no way"]), nargout=2)
    assert names.tolist() == ["ok", "noWay"] and modified.tolist() == [[False, True]]
    with pytest.raises(CompatValueError, match="prefix"):
        matlab.makevalidname("1", "Prefix", "2x")


def test_unique_strings_by_the_rules():
    assert matlab.makeuniquestrings(["v", "v", "v", "v_1"]) == ["v", "v_2", "v_3", "v_1"]
    u, changed = matlab.makeuniquestrings(["a", "a"], [], 1, nargout=2)
    assert u == ["a", "_1"] and changed.tolist() == [[False, True]]


def test_readtable_keeps_python_keywords_as_names(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("class,in,for,x y\n1,2,3,4\n")
    with pytest.warns(Warning, match="modified to make them valid MATLAB identifiers"):
        t = matlab.readtable(str(path))                  # a pandas DataFrame
    assert list(t.columns) == ["class", "in", "xFor", "xY"]


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_text_against_octave():
    rng = np.random.default_rng(12)
    alphabet = list("abcXYZ019 _-#/.") + ["for", "if", "end "]
    texts = ["".join(rng.choice(alphabet, size=int(rng.integers(1, 8)))) for _ in range(40)]
    texts = [t for t in texts if not t.strip().startswith("_")]   # Octave's divergence
    cell = "{" + ", ".join("'" + t + "'" for t in texts) + "}"
    got = run_octave([(f"v = matlab.lang.makeValidName({cell}); "
                       "u = matlab.lang.makeUniqueStrings(v);", {}, ["v", "u"])])[0]
    valid = matlab.makevalidname(texts)
    assert list(np.ravel(got["v"])) == valid
    assert list(np.ravel(got["u"])) == matlab.makeuniquestrings(valid)
