"""compat.golden.compare: tolerances, policies and the failure messages porters read."""

import numpy as np
import pytest

from compat.golden import Tolerance, assert_matches, compare, compare_tree
from compat.golden.compare import format_index

RNG = np.random.default_rng(20261121)


def test_identical_values_pass_exactly():
    x = RNG.random((3, 4))
    result = compare(x.copy(), x)
    assert result.ok and result.worst_ratio == 0 and result.message == ""


def test_transposed_result_gets_the_transposed_hint():
    golden = RNG.random((3, 4))
    result = compare(golden.T.copy(), golden, legacy="matlab")
    assert not result.ok
    assert "shape (4, 3) but the golden has shape (3, 4)" in result.message
    assert "TRANSPOSED" in result.message


def test_square_transposed_result_is_diagnosed_from_values():
    golden = RNG.random((4, 4))
    result = compare(golden.T.copy(), golden, legacy="matlab")
    assert not result.ok and any("TRANSPOSED" in h for h in result.hints)


def test_reversed_dimensions_hint_for_3d():
    golden = RNG.random((2, 3, 4))
    result = compare(golden.transpose().copy(), golden, legacy="idl")
    assert "DIMENSIONS REVERSED" in result.message
    assert "each other's reverse" in result.message


def test_result_shifted_by_one_sample_gets_the_same_centring_hint():
    # The classic bug: scipy's 'same' for an even kernel is MATLAB's shifted by one.
    a = RNG.integers(-5, 5, (6, 7)).astype(float)
    kernel = np.array([[1.0, 2.0], [3.0, 4.0]])
    full = np.zeros((7, 8))
    for i in range(6):
        for j in range(7):
            full[i:i + 2, j:j + 2] += a[i, j] * kernel
    matlab_same = full[1:7, 1:8]          # starts at floor(size(B)/2)+1 = 2 (1-based)
    scipy_like = full[0:6, 0:7]           # one sample earlier in both dimensions
    result = compare(scipy_like, matlab_same, legacy="matlab")
    assert not result.ok
    assert any("SHIFTED BY ONE SAMPLE" in h for h in result.hints)
    assert "+1 along numpy axis 0 (MATLAB dimension 1)" in result.message
    assert "+1 along numpy axis 1 (MATLAB dimension 2)" in result.message


def test_one_dimensional_shift_hint():
    golden = RNG.random(10)
    result = compare(np.roll(golden, -1), golden, Tolerance(ulps=1))
    assert any("SHIFTED BY ONE SAMPLE (-1 along axis 0" in h for h in result.hints)


def test_nan_mask_difference_is_reported_with_both_index_forms():
    golden = RNG.random((3, 4)).astype(np.float32)
    actual = golden.copy()
    golden[0, 1] = np.nan
    actual[2, 3] = np.nan
    result = compare(actual, golden, legacy="idl")
    assert not result.ok and result.n_failed == 2
    assert "got NaN where the golden is not at 1 element(s): numpy [2, 3] = IDL [3, 2]" \
        in result.message
    assert "golden NaN where the result is not at 1 element(s): numpy [0, 1] = IDL [1, 0]" \
        in result.message


def test_nan_matches_nan_and_infinities_match_themselves():
    golden = np.array([np.nan, np.inf, -np.inf, 1.0])
    assert compare(golden.copy(), golden).ok
    assert not compare(np.array([np.nan, -np.inf, -np.inf, 1.0]), golden).ok


def test_worst_element_is_named_in_numpy_and_matlab_form():
    golden = np.zeros((3, 4))
    actual = golden.copy()
    actual[1, 2] = 0.5
    actual[2, 0] = 0.1
    result = compare(actual, golden, Tolerance(atol=0.01), legacy="matlab")
    assert result.n_failed == 2 and result.n_total == 12
    assert "2 of 12 elements differ" in result.message
    assert "worst at numpy [1, 2] = MATLAB (2, 3), linear index 8" in result.message
    assert result.worst_error == pytest.approx(0.5)
    assert result.worst_ratio == pytest.approx(50)


def test_format_index_forms():
    assert format_index((1, 2), (3, 4), "idl") == "numpy [1, 2] = IDL [2, 1]"
    assert format_index((0, 0, 1), (2, 2, 2), "matlab") == \
        "numpy [0, 0, 1] = MATLAB (1, 1, 2), linear index 5"


def test_ulps_are_counted_in_the_golden_precision():
    golden = np.float32([0.5, 1.0, 3.0])
    one_ulp = np.nextafter(golden, np.float32(np.inf))
    assert compare(one_ulp, golden, Tolerance(ulps=1)).ok
    assert not compare(one_ulp, golden, Tolerance(ulps=0.5)).ok
    # the same absolute error is 2**29 float64 ulps: float64 goldens are strict
    assert not compare(one_ulp.astype(np.float64), golden.astype(np.float64),
                       Tolerance(ulps=1)).ok


def test_rtol_and_atol_are_alternatives_not_a_sum():
    golden = np.array([1.0, 100.0])
    actual = golden + np.array([0.05, 0.5])
    assert compare(actual, golden, Tolerance(rtol=0.01, atol=0.1)).ok
    assert not compare(actual, golden, Tolerance(rtol=0.001, atol=0.1)).ok


def test_printed_digits_allow_half_a_unit_in_the_last_digit():
    golden = np.array([[0.7071, 2.1213]])
    quantum = np.array([[1e-4, 1e-4]])
    assert compare(np.array([[0.70710678, 2.12132034]]), golden, quantum=quantum).ok
    assert not compare(np.array([[0.70716, 2.1213]]), golden, quantum=quantum).ok


def test_dtype_policies():
    golden = np.float32([1.5, 2.5])
    assert not compare(golden.astype(np.float64), golden).ok
    assert "dtype float64 (float) but the golden is float32" in \
        compare(golden.astype(np.float64), golden).message
    assert compare(golden.astype(np.float64), golden, dtype="kind").ok
    assert not compare(golden.astype(np.int16), golden, dtype="kind").ok
    assert compare(golden.astype(np.int16) + 0.5, golden, dtype="ignore").ok
    big_endian = golden.astype(">f4")
    assert compare(golden, big_endian).ok


def test_matlab_shape_policy():
    golden = np.array([[1.0, 2.0, 3.0]])
    assert compare(np.array([1.0, 2.0, 3.0]), golden, legacy="matlab").ok
    assert compare(np.array([1.0, 2.0, 3.0]), golden.T, legacy="matlab").ok
    assert compare(np.float64(7), np.array([[7.0]]), legacy="matlab").ok
    assert compare(np.ones((2, 3, 1)), np.ones((2, 3)), legacy="matlab").ok
    assert not compare(np.ones((3, 2)), np.ones((2, 3)), legacy="matlab").ok
    assert not compare(np.array([1.0, 2.0, 3.0]), golden, legacy="matlab", shape="exact").ok


def test_idl_shape_policy():
    assert compare(np.ones((1, 4)), np.ones(4), legacy="idl").ok
    assert compare(np.float32(2), np.float32([2]), legacy="idl").ok
    assert not compare(np.ones((4, 1)), np.ones(4), legacy="idl").ok


def test_integers_are_exact_and_index_base_hint():
    golden = np.array([[3, 1, 2]])
    assert compare(golden.copy(), golden).ok
    result = compare(golden - 1, golden, Tolerance(rtol=0.5), legacy="matlab")
    assert not result.ok
    assert any("1-based (MATLAB) indices" in h for h in result.hints)
    unsigned = np.array([0, 5, 9], dtype=np.uint16)
    hints = compare(unsigned, unsigned + 1, legacy="idl").hints
    assert any("1-based (MATLAB) indices" in h for h in hints)


def test_scalar_integers_compare_without_crashing():
    assert compare(np.int16(3), np.int16(3)).ok
    result = compare(np.int32(1), np.int32(0), legacy="idl")
    assert not result.ok and "got 1, golden 0" in result.message


def test_strings_compare_exactly():
    assert compare("conv2: bad", "conv2: bad").ok
    assert not compare("conv2: bad", "conv2: worse").ok
    assert not compare(np.array([1.0]), "text").ok


def test_struct_fields_compared_one_by_one():
    golden = {"normr": np.array([[2.0]]), "df": np.array([[3.0]])}

    class S:
        normr = np.array([[2.0]])

    results = compare_tree(S(), golden, name="S", legacy="matlab")
    assert [r.name for r in results] == ["S.normr", "S.df"]
    assert results[0].ok and not results[1].ok
    assert "S.df: missing from the result" in results[1].message


def test_assert_matches_accepts_a_print_out():
    result = np.array([[-0.70710678, 2.12132034, -1.41421356]])
    assert_matches(result, "-0.7071  2.1213 -1.4142", legacy="matlab")
    with pytest.raises(AssertionError, match=r"worst at numpy \[0, 2\] = MATLAB \(1, 3\)"):
        assert_matches(result, "-0.7071  2.1213 -1.4143", legacy="matlab")


def test_assert_matches_reports_every_failure():
    with pytest.raises(AssertionError) as info:
        assert_matches(np.zeros(3), np.ones(3), name="yfit")
    assert str(info.value).startswith("yfit: 3 of 3 elements differ beyond tolerance (exact)")


def test_bad_policy_arguments_are_rejected():
    with pytest.raises(ValueError, match="legacy must be one of"):
        compare(1.0, 1.0, legacy="fortran")
    with pytest.raises(ValueError, match="tolerance rtol must be a finite number"):
        Tolerance(rtol=-1)
    with pytest.raises(ValueError, match="unknown tolerance keys"):
        Tolerance.from_dict({"rel": 1e-3})


# -- properties ------------------------------------------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.extra.numpy import arrays  # noqa: E402

from compat.golden import parse_printed  # noqa: E402

finite_or_nan = st.floats(allow_infinity=True, allow_nan=True, width=64)


@settings(max_examples=200, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(1, 4), st.integers(1, 4)),
              elements=finite_or_nan))
def test_every_array_matches_itself_exactly(a):
    result = compare(a.copy(), a, legacy="matlab")
    assert result.ok and result.n_failed == 0 and result.worst_ratio == 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=8), st.integers(0, 9))
def test_a_value_printed_with_k_decimals_matches_its_print_out(values, decimals):
    text = " ".join(f"{v:.{decimals}f}" for v in values)
    expected, quantum = parse_printed(text)
    assert compare(np.array(values), expected, quantum=quantum).ok


@settings(max_examples=100, deadline=None)
@given(arrays(np.float64, st.integers(3, 12), elements=st.floats(-1e3, 1e3)),
       st.floats(1e-3, 1e3))
def test_any_change_beyond_atol_is_caught_and_located(a, bump):
    b = a.copy()
    b[len(b) // 2] += 10 * bump
    result = compare(b, a, Tolerance(atol=bump))
    assert not result.ok and result.n_failed == 1
    assert f"numpy [{len(b) // 2}]" in result.message


def test_lists_of_structures_and_object_arrays_compare_element_by_element():
    """IDL LIST contents and arrays of structures come back as lists of dicts; pointers
    and lists as object arrays holding arrays: a changed element is found, not a crash."""
    golden = [{"a": np.int16(1), "b": np.array([1.5, 2.5], np.float32)}] * 3
    same = [{"a": np.int16(1), "b": np.array([1.5, 2.5], np.float32)} for _ in range(3)]
    assert all(c.ok for c in compare_tree(same, golden))
    changed = [dict(d) for d in same]
    changed[2] = {"a": np.int16(1), "b": np.array([1.5, 2.75], np.float32)}
    bad = [c for c in compare_tree(changed, golden) if not c.ok]
    assert [c.name for c in bad] == ["result[2].b"]
    assert not compare_tree(same[:2], golden)[0].ok
    objects = np.empty(2, object)
    objects[0], objects[1] = np.arange(3), "x"
    other = np.empty(2, object)
    other[0], other[1] = np.arange(3), "x"
    assert compare(other, objects).ok
    other[0] = np.arange(3.0)
    assert not compare(other, objects).ok


def test_matlab_cells_from_capture_files_compare_cell_by_cell_with_lists():
    """A cell read from a .mat capture (object array of arrays, as textscan returns)
    against compat's list: each cell with its class, in MATLAB's column order; a cellstr
    (object array of char) against a list of str."""
    golden = np.empty((1, 3), object)
    golden[0, 0] = np.array([[1], [3]], np.int32)
    golden[0, 1] = np.array([[2.5], [4.0]])
    words = np.empty((2, 1), object)
    words[0, 0], words[1, 0] = "abc", "de"
    golden[0, 2] = words
    same = [np.array([[1], [3]], np.int32), np.array([[2.5], [4.0]]), ["abc", "de"]]
    assert all(c.ok for c in compare_tree(same, golden, legacy="matlab"))
    double = [np.array([[1.0], [3.0]]), same[1], same[2]]
    assert [c.name for c in compare_tree(double, golden, legacy="matlab") if not c.ok] \
        == ["result{1}"]
    word = [same[0], same[1], ["abc", "dx"]]
    assert [c.name for c in compare_tree(word, golden, legacy="matlab") if not c.ok] \
        == ["result{3}{2}"]


def test_two_captures_of_a_cell_with_nan_compare_equal():
    """The recapture check compares a capture's cell (object array) with another's:
    NaN inside a cell is equal to NaN, as in the numeric comparison."""
    from compat.golden import compare_tree
    a = np.empty((1, 2), dtype=object)
    a[0, 0], a[0, 1] = np.array([[1.0], [np.nan]]), np.array([[3.0], [6.0]])
    b = np.empty((1, 2), dtype=object)
    b[0, 0], b[0, 1] = np.array([[1.0], [np.nan]]), np.array([[3.0], [6.0]])
    assert all(r.ok for r in compare_tree(a, b, name="C"))
    b[0, 1] = np.array([[3.0], [7.0]])
    assert not all(r.ok for r in compare_tree(a, b, name="C"))
