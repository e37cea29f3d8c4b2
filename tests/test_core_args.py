"""compat._core.args: MATLAB/IDL argument conventions shared by every routine."""

import numpy as np
import pytest

from compat import idl
from compat._core.args import (check_nargout, on_off_word, prefix_matches, first_nonsingleton, idl_dimension, is_omitted,
                               matlab_dim, name_value, split_options)


def test_omitted_arguments():
    assert is_omitted(None) and is_omitted([]) and is_omitted(np.array([]))
    assert not is_omitted(0) and not is_omitted("") and not is_omitted(np.zeros(1))


def test_split_options():
    assert split_options((1, 2, 3, "pchip", "extrap")) == ([1, 2, 3], ["pchip", "extrap"])
    assert split_options(("a", 1)) == (["a", 1], [])


def test_name_value_positional_and_keywords_case_insensitive():
    values = name_value("movmean", ["endpoints", "discard"], {"SamplePoints": [1, 2]},
                        {"Endpoints": "shrink", "SamplePoints": None})
    assert values == {"Endpoints": "discard", "SamplePoints": [1, 2]}


@pytest.mark.parametrize("pairs, kwargs, message", [
    (["Endpoints"], {}, "movmean: name-value arguments must come in pairs"),
    (["Colour", 1], {}, "movmean: unknown parameter name 'Colour'"),
    (["Endpoints", 1], {"endpoints": 2}, "movmean: parameter 'Endpoints' is given twice"),
    ([3, 1], {}, "movmean: expected a parameter name"),
])
def test_name_value_errors(pairs, kwargs, message):
    with pytest.raises((ValueError, TypeError), match=message):
        name_value("movmean", pairs, kwargs, {"Endpoints": "shrink"})


def test_dims():
    assert first_nonsingleton((1, 5)) == 2 and first_nonsingleton((3, 4)) == 1
    assert first_nonsingleton((1, 1)) == 1 and first_nonsingleton((7,)) == 1
    assert matlab_dim("sum", 2, 2) == 1 and matlab_dim("sum", 3.0, 2) == 2
    with pytest.raises(ValueError, match="sum: dimension argument must be a positive"):
        matlab_dim("sum", 0, 2)
    assert idl_dimension(1, 3) == 2 and idl_dimension(3, 3) == 0
    with pytest.raises(ValueError, match="^Illegal keyword value for DIMENSION"):
        idl_dimension(4, 3)  # unbound: the routine's decorator names it
    with pytest.raises(ValueError, match="^REVERSE: Illegal keyword value for DIMENSION"):
        idl.reverse(np.zeros((2, 2)), 3)


def test_nargout():
    assert check_nargout(3, 3) == 3 and check_nargout(np.int64(0), 2, minimum=0) == 0
    with pytest.raises(ValueError, match="^nargout must be an integer from 1 to 3, got 4$"):
        check_nargout(4, 3)
    for bad in (True, 1.0, "1", None):
        with pytest.raises(ValueError, match="nargout must be"):
            check_nargout(bad, 3)
    with pytest.raises(ValueError, match=r"^fopen has two: 3 not in 1\.\.2$"):
        check_nargout(3, 2, message="fopen has two: {nargout} not in {minimum}..{maximum}")


def test_prefix_matches():
    names = ("MaxIter", "MaxFunEvals", "Display", "Max")
    assert prefix_matches("display", names) == ["Display"]
    assert prefix_matches("maxi", names) == ["MaxIter"]
    assert prefix_matches("MAX", names) == ["Max"]  # an exact match wins
    assert prefix_matches("maxf", names) == ["MaxFunEvals"]
    assert prefix_matches("ma", names) == ["MaxIter", "MaxFunEvals", "Max"]
    assert prefix_matches("tol", names) == []
    assert prefix_matches("", names) == list(names)


def test_on_off_word():
    assert on_off_word("on") is True and on_off_word("OFF") is False
    assert on_off_word("On") is True
    for other in ("yes", "", True, 1, None, ["on"]):
        assert on_off_word(other) is None
