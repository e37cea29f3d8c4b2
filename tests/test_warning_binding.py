"""The decorator binds warnings to the routine's legacy name, as it binds errors (issue 13).

The public routine running now is a context variable set by its decorator
(``compat._core.errors.current_routine``); ``legacy_warn`` prefixes its name and points the
warning at the user's call.
"""

import asyncio
import threading
import warnings

import numpy as np
import pytest

from compat import CompatValueError, CompatWarning, MatlabWarning, idl, matlab
from compat._core.errors import current_routine, legacy_warn, routine_name
from compat._core.legacy import idl_routine, matlab_function


def _core_helper(text):
    """Stands for a compat._core helper: it names no routine."""
    legacy_warn(text)
    return current_routine()


@idl_routine("OUTER_ROUTINE")
def _outer(text, *, nest=False, fail=False):
    seen = [current_routine()]
    if nest:
        seen.append(_inner(text))
    seen.append(_core_helper(text))
    if fail:
        raise CompatValueError("failed on purpose")
    return seen


@idl_routine("inner_routine")
def _inner(text):
    return _core_helper(text)


@matlab_function("myFunction")
def _matlab(text):
    legacy_warn(text, MatlabWarning, identifier="compat:test:id", prefix=False)
    legacy_warn(text)
    return routine_name()


def _record(call, *args, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call(*args, **kwargs)
    return result, caught


def test_a_core_helper_warning_carries_the_public_routine_name():
    seen, caught = _record(_outer, "Warning: something.")
    assert seen == [("idl", "OUTER_ROUTINE"), ("idl", "OUTER_ROUTINE")]
    assert [str(w.message) for w in caught] == ["OUTER_ROUTINE: Warning: something."]
    assert caught[0].category is CompatWarning
    # attributed to the user's call (this file), not to compat's frames
    assert caught[0].filename == __file__
    assert current_routine() is None


def test_nested_routines_each_name_their_own_warnings():
    seen, caught = _record(_outer, "text", nest=True)
    assert seen == [("idl", "OUTER_ROUTINE"), ("idl", "INNER_ROUTINE"),
                    ("idl", "OUTER_ROUTINE")]
    assert [str(w.message) for w in caught] == ["INNER_ROUTINE: text", "OUTER_ROUTINE: text"]
    assert {w.filename for w in caught} == {__file__}


def test_matlab_names_as_typed_and_identifier_warnings_without_prefix():
    name, caught = _record(_matlab, "Iteration limit exceeded.")
    assert name == "myFunction"
    assert [str(w.message) for w in caught] == ["Iteration limit exceeded.",
                                                "myFunction: Iteration limit exceeded."]
    assert caught[0].category is MatlabWarning
    assert caught[0].message.identifier == "compat:test:id"


def test_outside_any_routine_the_text_is_alone():
    _, caught = _record(legacy_warn, "plain")
    assert str(caught[0].message) == "plain"
    assert routine_name("fallback") == "fallback"


def test_the_routine_is_reset_after_an_exception():
    with pytest.raises(CompatValueError, match="^OUTER_ROUTINE: failed on purpose$"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _outer("x", nest=True, fail=True)
    assert current_routine() is None
    with pytest.raises(CompatValueError):
        idl.smooth(np.arange(5.0), 7)
    assert current_routine() is None


def test_threads_each_see_their_own_routine():
    barrier = threading.Barrier(2)
    seen = {}

    @idl_routine("THREAD_A")
    def a():
        barrier.wait(5)
        barrier.wait(5)
        return current_routine()

    @matlab_function("thread_b")
    def b():
        barrier.wait(5)
        barrier.wait(5)
        return current_routine()

    threads = [threading.Thread(target=lambda f=f, k=k: seen.__setitem__(k, f()))
               for k, f in (("a", a), ("b", b))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == {"a": ("idl", "THREAD_A"), "b": ("matlab", "thread_b")}
    assert current_routine() is None


def test_async_tasks_each_see_their_own_routine():
    async def task(name, gate, other):
        # the decorator's context is entered inside the task: set, await, read
        @idl_routine(name)
        def start():
            return current_routine()
        first = start()
        gate.set()
        await other.wait()
        return first, current_routine()

    async def main():
        g1, g2 = asyncio.Event(), asyncio.Event()
        return await asyncio.gather(task("TASK_ONE", g1, g2), task("TASK_TWO", g2, g1))

    (one, after_one), (two, after_two) = asyncio.run(main())
    assert one == ("idl", "TASK_ONE") and two == ("idl", "TASK_TWO")
    assert after_one is None and after_two is None


def test_public_routines_warn_with_their_name_at_the_users_line():
    # LMFIT's convergence warning: the name comes from the decorator, the line is ours
    x = np.arange(10.0)
    y = 2.0 * np.exp(-0.3 * x) + np.sin(x)

    def f(xv, a):
        e = np.exp(a[1] * xv)
        return [a[0] * e, e, a[0] * xv * e]

    _, caught = _record(idl.lmfit, x, y, np.array([1.0, -0.1]), function_name=f,
                        itmax=1)
    texts = [str(w.message) for w in caught if issubclass(w.category, CompatWarning)]
    assert texts and all(t.startswith("LMFIT: Warning: ") for t in texts), texts
    assert all(w.filename == __file__ for w in caught
               if issubclass(w.category, CompatWarning))
    assert current_routine() is None


@pytest.mark.parametrize("call, text", [
    (lambda: idl.long("x"),
     "LONG: Type conversion error: Unable to convert given STRING: 'x' to Long."),
    (lambda: idl.array_equal("abc", 1),
     "ARRAY_EQUAL: Type conversion error: Unable to convert given STRING: 'abc' to Integer."),
    (lambda: idl.mod(np.int16(5), np.int16(0)),
     "MOD: Program caused arithmetic error: Integer divide by 0"),
])
def test_core_helper_warnings_name_the_routine_called(call, text):
    # compat._core.idl_number_text / idl_numeric take no routine name: the decorator's
    _, caught = _record(call)
    assert [str(w.message) for w in caught] == [text]
    assert caught[0].filename == __file__


def test_matlab_function_warning_named_as_typed():
    b = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])  # 1-by-6 b, a01 = b(4) = 4: not an SOS
    _, caught = _record(matlab.filtfilt, b, 1.0, np.arange(30.0))
    texts = [str(w.message) for w in caught]
    assert texts == ["filtfilt: Interpreting b as a transfer-function numerator since its "
                     "a01 (b(4)) is not 1; an SOS matrix needs a01 = 1."]
    assert caught[0].filename == __file__
