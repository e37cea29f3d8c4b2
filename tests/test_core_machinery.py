"""The shared machinery under every routine: name binding, errors, results, docs, classes."""

from __future__ import annotations

import copy
import pickle

import numpy as np
import pytest

from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import idl_routine, legacy_name, matlab_function
from compat._core.matlab_types import matlab_array, matlab_class, result_class
from compat._core.results import Result


# ------------------------------------------------------------------ the legacy decorator
@idl_routine("DEMO_ROUTINE", output_arguments=("count",))
def demo_routine(array, *, count=False):
    """Demo."""
    if np.asarray(array).size == 0:
        raise CompatValueError("Array is empty")
    return np.asarray(array).sum()


@matlab_function("demofun", nargout=2)
def demofun(x, *, nargout=1):
    """Demo."""
    if isinstance(x, str):
        raise CompatTypeError("x must be numeric")
    inner()
    return x


@idl_routine("INNER")
def inner_routine():
    raise CompatValueError("inner failure")


def inner():
    return None


def test_the_decorator_binds_the_legacy_name_once():
    assert legacy_name(demo_routine) == ("idl", "DEMO_ROUTINE")
    assert legacy_name(demofun) == ("matlab", "demofun")
    assert legacy_name(np.sum) is None
    assert demo_routine.__output_arguments__ == ("count",)
    assert demo_routine.__doc__ == "Demo." and demo_routine.__wrapped__ is not None
    with pytest.raises(ValueError, match="^DEMO_ROUTINE: Array is empty$") as info:
        demo_routine([])
    assert isinstance(info.value, CompatValueError) and info.value.routine == "DEMO_ROUTINE"
    with pytest.raises(TypeError, match="^demofun: x must be numeric$"):
        demofun("a")


def test_nested_routines_keep_the_innermost_name():
    @matlab_function("outer")
    def outer():
        inner_routine()
    with pytest.raises(ValueError, match="^INNER: inner failure$"):
        outer()


@pytest.mark.parametrize("bad", [0, 3, 1.0, True, "2"])
def test_nargout_is_checked_by_the_decorator(bad):
    with pytest.raises(ValueError, match=r"^demofun: nargout must be an integer from 1 "
                                         r"to 2, got"):
        demofun(1.0, nargout=bad)


def test_errors_pickle_with_their_message():
    error = CompatValueError("bad width").bind("SMOOTH")
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == "SMOOTH: bad width" and isinstance(again, ValueError)


def test_a_message_written_with_its_routine_name_is_not_named_twice():
    # several routines spell their name into their messages; binding adds it only once
    assert str(CompatValueError("runstest: V must be a scalar").bind("runstest")) == \
        "runstest: V must be a scalar"
    assert str(CompatValueError("runstests: x").bind("runstest")) == "runstest: runstests: x"


# ---------------------------------------------------------------------- declared results
class DemoResult(Result):
    """A demo result."""

    result: np.ndarray
    count: int
    complement: np.ndarray


class DemoOutputs(Result):
    request_style = "nargout"
    p: np.ndarray
    S: dict
    mu: np.ndarray


def test_results_hold_the_requested_outputs_in_order():
    r = DemoResult(complement=np.arange(2), result=np.arange(3))
    assert r._fields == ("result", "complement") and len(r) == 2
    values, complement = r
    np.testing.assert_array_equal(complement, [0, 1])
    assert DemoResult.all_fields == ("result", "count", "complement")
    with pytest.raises(AttributeError, match=r"'count' was not requested \(pass count=True\)"):
        r.count  # noqa: B018 - shadows tuple.count
    with pytest.raises(TypeError, match="has no output 'nope'"):
        DemoResult(nope=1)
    with pytest.raises(AttributeError, match="read-only"):
        r.result = 5
    assert r._asdict().keys() == {"result", "complement"}
    assert repr(DemoResult(result=1, count=2)) == "DemoResult(result=1, count=2)"


def test_results_pickle_and_copy():
    r = DemoResult(result=np.arange(3), count=np.int32(3))
    for again in (pickle.loads(pickle.dumps(r)), copy.deepcopy(r), copy.copy(r)):
        assert type(again) is DemoResult and again._fields == r._fields
        assert again.count == 3


def test_matlab_style_results():
    assert DemoOutputs.first(1, "p", "S", "mu") == "p"
    two = DemoOutputs.first(2, "p", "S", "mu")
    assert two == ("p", "S") and two.S == "S" and isinstance(two, tuple)
    with pytest.raises(AttributeError, match=r"pass nargout=3"):
        two.mu  # noqa: B018


# ------------------------------------------------------------------ docstring fragments
def test_fragments_fill_with_the_placeholder_indentation():
    docs = Fragments(window="""
        k : scalar
            Window length.""", name="movfoo")

    @docs.fill
    def movfoo():
        """Moving foo ({{name}}).

        Parameters
        ----------
        {{window}}
        """
    assert "Moving foo (movfoo)." in movfoo.__doc__
    assert "\n        k : scalar\n            Window length.\n" in movfoo.__doc__
    with pytest.raises(KeyError, match="placeholder {{missing}} has no fragment"):
        docs.render("{{missing}}")
    assert docs(name="movbar").render("{{name}}") == "movbar"


# ------------------------------------------------------------------------ MATLAB classes
def test_matlab_literals_are_double_and_numpy_keeps_its_class():
    assert matlab_array([1, 2, 3]).dtype == np.float64
    assert matlab_array(5).dtype == np.float64
    assert matlab_array(True).dtype == np.bool_
    assert matlab_array(np.int8([1, 2])).dtype == np.int8
    assert matlab_array([np.int8(1), np.int8(2)]).dtype == np.int8
    assert matlab_array(np.float16(1)).dtype == np.float32
    assert matlab_array(np.array([True]), to_float=True).dtype == np.float64
    np.testing.assert_array_equal(matlab_array("ab", char="codes"), [[97.0, 98.0]])
    assert matlab_class(np.float32(1)) == "single" and matlab_class("a") == "char"


@pytest.mark.parametrize("value,options,message", [
    ("abc", {}, "A must be numeric or logical, not text"),
    (np.array([1 + 2j]), {"complex_ok": False}, "A must be real, not complex"),
    (np.int16([1]), {"integer_ok": False}, "A must be double or single, not int16"),
    (np.array([True]), {"logical_ok": False}, "A must be double or single, not logical"),
    (np.array([1], dtype=np.longdouble), {}, "extended precision"),
    (np.array([object()]), {}, "A must be numeric or logical, not object"),
    ([[1, 2], [3]], {}, "A must be a numeric array"),
])
def test_matlab_array_refuses_with_what_is_accepted(value, options, message):
    with pytest.raises(CompatTypeError, match=message):
        matlab_array(value, **options)


def test_result_class_is_superiorfloat_with_complexity():
    f32, f64 = np.float32([1]), np.float64([1])
    assert result_class(f32, f64) == np.float32
    assert result_class(f64, np.int8([1])) == np.float64
    assert result_class(f32, np.complex128([1j])) == np.complex64
    assert result_class(f64, np.complex128([1j])) == np.complex128


def test_one_output_functions_take_nargout_one_like_the_engine():
    from compat import matlab
    np.testing.assert_array_equal(matlab.sum(np.ones((2, 2)), nargout=1), [[2.0, 2.0]])
    with pytest.raises(ValueError, match="^sum: the function has one output: nargout "
                                         "must be 1, got 2$"):
        matlab.sum(np.ones(3), nargout=2)
    assert matlab.sum.__max_nargout__ == 1 and matlab.sum.__default_nargout__ == 1


def test_every_public_warning_error_and_type_is_exported_from_compat():
    """Errors a caller can meet are catchable as compat.<Name>; a private class
    (leading underscore) is control flow inside one module and never escapes it."""
    import inspect
    import pkgutil
    import importlib
    import compat
    defined = {}
    for info in pkgutil.walk_packages(compat.__path__, "compat."):
        if info.name.startswith("compat.golden") or info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except ModuleNotFoundError as error:  # built on an optional extra (dask)
            if (error.name or "").split(".")[0] in ("dask", "distributed"):
                continue
            raise
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and obj.__module__ in (info.name, "compat") and \
                    issubclass(obj, (Warning, Exception)) and not name.startswith("_"):
                defined[name] = obj
    missing = sorted(n for n, cls in defined.items() if getattr(compat, n, None) is not cls)
    assert not missing, f"not exported from compat: {missing}"
    for name in ("MatlabStruct", "Result", "CompatValueError", "MaskedInputError"):
        assert name in compat.__all__
