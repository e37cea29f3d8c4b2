"""MATLAB's old names (compat/matlab/obsolete_names.py: setstr, str2mat, boxcar) and
isdeployed (compat/matlab/platform.py): the documented values, the same results as the
current functions, bad input; setstr against live Octave on random codes."""

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatError
from oracles import run_octave


def test_str2mat_reference_page_examples():
    c = matlab.str2mat("hello", "", "goodbye")
    assert c.tolist() == ["hello  ", "       ", "goodbye"]      # 3x7, blank row kept
    x = matlab.str2mat("36842", "39751", "38453", "90307")
    assert x.shape == (4,) and len(x[0]) == 5 and x[1][2] == "7"
    # the difference from strvcat: empty texts are rows
    assert matlab.strvcat("hello", "", "goodbye").tolist() == ["hello  ", "goodbye"]


def test_setstr_is_char():
    assert matlab.setstr([72, 105]) == "Hi"
    assert matlab.setstr(65) == "A"
    assert matlab.setstr(np.array([[72.0, 105.0], [104.0, 111.0]])).tolist() == ["Hi", "ho"]
    assert matlab.setstr("ab", "cde").tolist() == ["ab ", "cde"]
    assert matlab.setstr(["x", "yz"]).tolist() == ["x ", "yz"]
    assert matlab.setstr(72.9) == "H"                  # MATLAB truncates (char's page)


def test_boxcar_is_a_column_of_ones():
    w = matlab.boxcar(5)
    assert w.dtype == np.float64 and w.tolist() == [1.0] * 5
    assert matlab.boxcar(1).tolist() == [1.0]
    assert matlab.boxcar(0).size == 0                  # as rectwin(0)
    with pytest.raises(CompatError, match="^boxcar: "):
        matlab.boxcar(-2)
    with pytest.raises(CompatError, match="^boxcar: "):
        matlab.boxcar([3, 4])


def test_isdeployed_is_false():
    assert matlab.isdeployed() is False


def test_errors_name_the_old_routine():
    with pytest.raises(CompatError, match="^setstr: "):
        matlab.setstr(1 + 2j)
    with pytest.raises(CompatError, match="^str2mat: "):
        matlab.str2mat({"a": 1})


def test_inputs_are_not_modified():
    codes = np.array([[72.0, 105.0]], dtype=">f8")
    codes.setflags(write=False)
    assert matlab.setstr(codes) == "Hi"
    rows = np.array(["ab", "cd"])
    assert matlab.str2mat(rows, "e").tolist() == ["ab", "cd", "e "]
    assert rows.tolist() == ["ab", "cd"]


@pytest.mark.octave
def test_setstr_against_octave_on_random_codes():
    rng = np.random.default_rng(17405)
    cases, want = [], []
    for k in range(20):
        shape = (int(rng.integers(1, 4)), int(rng.integers(0, 6)))
        codes = rng.integers(32, 127, size=shape).astype(float)
        cases.append(("warning('off', 'Octave:deprecated-function'); s = double(setstr(c));",
                      {"c": codes}, ["s"]))
        got = matlab.setstr(codes)
        rows = [got] if isinstance(got, str) else list(got)
        want.append(np.array([[ord(ch) for ch in r] for r in rows], dtype=float)
                    .reshape(shape))
    got = run_octave(cases)
    for (call, inputs, _), g, w in zip(cases, got, want):
        assert not isinstance(g, Exception), g
        assert np.array_equal(np.asarray(g["s"], dtype=float).reshape(w.shape), w), inputs


def test_remez_is_firpm():
    b = matlab.remez(10, [0, 0.4, 0.5, 1], [1, 1, 0, 0])
    assert np.array_equal(b, matlab.firpm(10, [0, 0.4, 0.5, 1], [1, 1, 0, 0]))
    # equiripple lowpass: linear phase (symmetric taps), passband gain near 1
    assert np.allclose(b, b[::-1], atol=1e-15)
    assert abs(b.sum() - 1) < 0.2
    b3, err, res = matlab.remez(10, [0, 0.4, 0.5, 1], [1, 1, 0, 0], nargout=3)
    assert np.array_equal(b3, b) and 0 < err < 0.2 and "fgrid" in res


def test_remez_odd_order_highpass_raises_the_order():
    with pytest.warns(Warning, match="The order is being increased by one"):
        b = matlab.remez(17, [0, 0.3, 0.4, 1], [0, 0, 1, 1])
    assert b.size == 19
