"""Legacy call text -> Python call, following the API conventions."""

import numpy as np
import pytest

import demo_port
from compat.golden import CallError, call_legacy
from compat.golden.legacy_call import Name, parse_call


def test_idl_keywords_flags_and_literals():
    call = parse_call("r = smooth(b, [3, 5], /NaN, missing=-1.5d, edge_truncate=0B)", "idl")
    assert call.function == "smooth" and call.outputs == ["r"]
    assert call.args[0] == Name("b") and call.args[1].tolist() == [3, 5]
    assert call.keywords == {"nan": True, "missing": -1.5, "edge_truncate": 0}


def test_idl_system_variables_and_procedure_form():
    call = parse_call("r = smooth(b, 3, missing=!values.f_nan)", "idl")
    assert call.keywords["missing"].dtype == np.float32 and np.isnan(call.keywords["missing"])
    proc = parse_call("my_proc, a, 5L, out=o", "idl")
    assert proc.procedure and proc.outputs == [] and proc.args == [Name("a"), 5]


@pytest.mark.parametrize("literal, dtype, value", [
    ("5b", np.uint8, 5), ("5s", np.int16, 5), ("5L", np.int32, 5), ("5u", np.uint16, 5),
    ("5us", np.uint16, 5), ("5ul", np.uint32, 5), ("5ll", np.int64, 5),
    ("5ull", np.uint64, 5), ("2.5", np.float32, 2.5), ("1e3", np.float32, 1000.0),
    ("0.1", np.float32, np.float32(0.1)), ("0.1d", np.float64, 0.1),
    ("1d-3", np.float64, 1e-3), ("-3ll", np.int64, -3),
])
def test_idl_literals_are_typed_as_idl_types_them(literal, dtype, value):
    # IDL Reference Guide, "Constants": a suffix names the integer type, a real constant
    # without a D exponent is FLOAT; the capture script gives GDL the same text
    arg = parse_call(f"r = f({literal})", "idl").args[0]
    assert np.asarray(arg).dtype == dtype and arg == value


@pytest.mark.parametrize("literal", ["0.05d", "1d-3", "2D", "!dpi", "!values.d_nan"])
def test_idl_double_constants_stay_double_in_a_ports_numpy_arithmetic(literal):
    # a Python float is weak in numpy: float32 data * 0.05 stays float32; IDL's FLOAT
    # data * 0.05d is DOUBLE, so a port of `ccm_unred, wave, flux, 0.05d, f` must see a
    # DOUBLE (found porting CCM_UNRED: float32 flux where GDL returns DOUBLE)
    arg = parse_call(f"r = f({literal})", "idl").args[0]
    assert (np.ones(3, np.float32) * arg).dtype == np.float64
    assert (np.ones(3, np.float32) * -parse_call(f"r = f(-{literal})", "idl").args[0]
            ).dtype == np.float64 if literal[0] != "!" else True
    assert (np.ones(3, np.float32) * parse_call("r = f(0.05)", "idl").args[0]).dtype == \
        np.float32


def test_idl_array_literals_take_the_idl_type_of_their_elements():
    args = parse_call("r = f([1, 2], [1b, 2b], [1, 2.5], [40000, 1], [1, 2.5d])", "idl").args
    assert [a.dtype for a in args] == [np.int16, np.uint8, np.float32, np.int32, np.float64]
    assert parse_call("r = f(2.5, 5L)", "matlab").args == [2.5, 5]


def test_matlab_outputs_matrices_and_constants():
    call = parse_call("[p, S, mu] = polyfit(x, y, 29);", "matlab")
    assert call.outputs == ["p", "S", "mu"] and call.args[2] == 29
    call = parse_call("conv2(A, [1 2; 3 4], [], 'it''s', NaN, true)", "matlab")
    assert call.outputs == ["ans"]
    assert call.args[1].dtype == np.float64 and call.args[1].tolist() == [[1, 2], [3, 4]]
    assert call.args[2] is None and call.args[3] == "it's"
    assert np.isnan(call.args[4]) and call.args[5] is True


@pytest.mark.parametrize("text, why", [
    ("y = ode45(@(t,y) -y, ts, 1)", "function handles"),
    ("r = f(g(x))", "nested calls"),
    ("r = smooth(b+1, 2)", "expressions are not read"),
])
def test_what_is_not_read_says_to_use_a_python_expression(text, why):
    with pytest.raises(ValueError, match=why):
        parse_call(text, "matlab")


def test_matlab_nargout_follows_the_left_hand_side():
    a = np.array([[4.0, 1.0], [3.0, 2.0]])
    out = call_legacy("[m, k] = minmax(A)", "matlab", demo_port, {"A": a})
    assert out == {"m": 1.0, "k": 3}
    out = call_legacy("m = minmax(A)", "matlab", demo_port, {"A": a})
    assert out == {"m": 1.0}


def test_matlab_struct_output():
    out = call_legacy("[s, st] = stats(A)", "matlab", demo_port, {"A": np.ones((2, 2))})
    assert out["s"] == 4.0 and out["st"].n[0, 0] == 4.0


def test_idl_output_keyword_becomes_a_request_and_a_named_tuple_field():
    a = np.float32([1, 2, 3])
    out = call_legacy("r = total(a, /cumulative, count=n)", "idl", demo_port, {"a": a})
    assert out["r"].tolist() == [1, 3, 6] and out["n"] == 3


def test_idl_positional_output_argument_uses_the_parameter_name():
    out = call_legacy("r = extremes(a, w)", "idl", demo_port, {"a": np.array([1, 9, 2])})
    assert out == {"r": 9, "w": 1}


def test_python_expression_override():
    out = call_legacy("[t, y] = whatever(@(t) t)", "matlab", demo_port, {"x": 2.0},
                      python="(x, x * 2)", outputs=["t", "y"])
    assert out == {"t": 2.0, "y": 4.0}


def test_python_expression_with_more_values_than_outputs_is_a_case_error():
    # a tuple for a one-output call is the case's mistake, reported as such (it used to
    # reach the comparison and crash there on the ragged tuple)
    with pytest.raises(CallError, match="gave 2 outputs, the call has \\['r'\\]"):
        call_legacy("r = whatever(x)", "idl", demo_port, {"x": 2.0},
                    python="(x, np.arange(3))", outputs=["r"])


def test_missing_routine_and_missing_inputs_are_reported():
    with pytest.raises(CallError, match="demo_port has no nosuch"):
        call_legacy("r = nosuch(a)", "idl", demo_port, {"a": 1})
    with pytest.raises(CallError, match="not inputs of the suite"):
        call_legacy("C = conv2_full(A, Z)", "matlab", demo_port, {"A": np.ones((2, 2))})
    with pytest.raises(CallError, match="takes no nargout") as info:
        call_legacy("[a, b] = conv2_full(A, A)", "matlab", demo_port, {"A": np.ones((2, 2))})
    assert "must accept `nargout=`" in info.value.hint
