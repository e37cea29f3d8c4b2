"""Running a golden case through Python and judging the result.

The legacy call is turned into the Python call the conventions define (MATLAB:
``nargout`` from the number of left-hand outputs; IDL: ``/kw`` -> ``kw=True``, output
arguments and keywords -> ``name=True`` with the result a named tuple), the function is
looked up in the suite's namespace (``compat.idl``, ``compat.matlab`` or a user's own
module of ported routines), and every output is compared with its golden value.

What the Python call machinery itself gets wrong is never taken for the routine's own
error: a namespace that cannot be imported, a missing function, a signature that does
not bind the call's arguments (checked with ``inspect.signature(...).bind`` before the
call), a ``TypeError`` raised at the call site itself (before the port's code runs), an
exception raised by the case's own ``python`` expression rather than inside the port, a
result without the outputs asked for. Such a
:class:`~compat.golden.manifest.CallError` is a failure with a hint (``your port's
`myfilt` must accept `nargout=` ...``), even when the golden is an expected legacy
error.

Statuses of a :class:`CaseResult`:

``pass``       every output within tolerance (or the expected error raised)
``fail``       an output differs, the call raised where the golden has values, the port
               could not be called, or the golden itself is invalid (a legacy error the
               case does not expect, a routine the legacy side could not find)
``missing``    no golden holds the case (or a capture that should hold it does not):
               a failure unless the case is marked ``xfail``
``pending``    failed, and the case is marked ``xfail`` with the reason (the issue
               that will deliver it): shown, not counted as a failure
``xpass``      marked ``xfail`` but passes: remove the mark (counted as a failure)
``divergent``  a clone's value that the case records as wrong, and it still differs
               from the port (which follows the original): the divergence holds
``stale``      a clone's value recorded as wrong now matches the port: the record is
               out of date (counted as a failure)
``skipped``    the routine runs on an optional extra that is not installed here
               (:class:`~compat._core.errors.MissingExtraError`): neither a pass nor
               a failure of the port; the report names the extra to install
"""

from __future__ import annotations

import contextlib
import dis
import inspect
import io
import re
import warnings
from dataclasses import dataclass, field

import numpy as np

from compat._core.errors import CompatWarning, MissingExtraError
from compat.golden.compare import Comparison, compare_tree
from compat.golden.legacy_call import Name, parse_statements
from compat.golden.names import split_statements
from compat.golden.manifest import CallError, ManifestError
from compat.golden.suite import GoldenCase

__all__ = ["CaseResult", "run_case", "call_legacy", "FAILING", "CallError"]

FAILING = ("fail", "xpass", "stale")
README_SECTION = "README, \"Writing a port the golden runner can call\""
_PYTHON_FILE = "<golden case python>"


@dataclass
class CaseResult:
    """The outcome of one golden case."""

    case: GoldenCase
    status: str
    comparisons: list[Comparison] = field(default_factory=list)
    message: str = ""
    #: what the port returned, by output name (empty when it did not run)
    outputs: dict = field(default_factory=dict, repr=False)
    #: for ``skipped``: the optional extra the routine needs (``"tables"``)
    extra: str = ""

    @property
    def failed(self) -> bool:
        """Counted as a failure: fail, xpass, stale, and missing unless marked xfail."""
        return self.status in FAILING or (self.status == "missing" and not self.case.spec.xfail)

    @property
    def worst_ratio(self) -> float:
        """Worst error over its allowed error (0 exact, <= 1 within tolerance)."""
        return max((c.worst_ratio for c in self.comparisons), default=0.0)


# -- calling the port ------------------------------------------------------------------
def _signature(function):
    try:
        return inspect.signature(function)
    except (TypeError, ValueError):
        return None


def _takes_keyword(signature, name: str) -> bool:
    if signature is None:
        return True
    parameters = signature.parameters
    return name in parameters or any(p.kind is p.VAR_KEYWORD for p in parameters.values())


def _accepts_nargout(function, signature) -> bool:
    """A function takes ``nargout=``: its signature says so, or compat's MATLAB decorator
    (which records ``__max_nargout__``) takes it for the function."""
    return hasattr(function, "__max_nargout__") or (
        signature is not None and _takes_keyword(signature, "nargout"))


def _port_name(function, fallback: str) -> str:
    return getattr(function, "__name__", fallback)


def _bind_hint(name: str, message: str, injected: dict) -> str:
    """How to fix a port whose signature does not take the legacy call's arguments."""
    keyword = re.search(r"keyword argument '(\w+)'", message)
    if keyword and keyword.group(1) == "nargout":
        return (f"your port's `{name}` must accept `nargout=` (the number of outputs the "
                f"MATLAB call asks for) and return a tuple of that many values; see the "
                f"{README_SECTION}")
    if keyword and keyword.group(1) in injected:
        kw = keyword.group(1)
        return (f"your port's `{name}` must accept `{kw}=True` (IDL output "
                f"{injected[kw]!r}) and then return a named tuple with a field `{kw}`; see "
                f"the {README_SECTION}")
    return (f"your port's `{name}` must take the legacy call's arguments in the legacy "
            f"order (IDL keywords as keyword arguments); see the {README_SECTION}")


def _check_binding(function, signature, args, kwargs, text: str, injected: dict) -> None:
    """Raise CallError when the port's signature cannot take the call's arguments."""
    if signature is None:
        return
    check = dict(kwargs)
    if "nargout" in check and "nargout" not in signature.parameters and \
            hasattr(function, "__max_nargout__"):
        del check["nargout"]              # compat's decorator takes it for the function
    try:
        signature.bind(*args, **check)
    except TypeError as err:
        name = _port_name(function, text)
        raise CallError(f"the port's `{name}{signature}` cannot be called as {text!r}: "
                        f"{err}", _bind_hint(name, str(err), injected)) from None


def _raised_at(error: BaseException, code) -> bool:
    """True when the innermost frame of ``error``'s traceback runs ``code``."""
    tb = error.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code is code


def _raised_on_binding(error: BaseException) -> bool:
    """True for a TypeError raised by a call instruction itself (argument binding of the
    callee failed: the callee's own code never ran)."""
    tb = error.__traceback__
    if not isinstance(error, TypeError) or tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    for instruction in dis.get_instructions(tb.tb_frame.f_code):
        if instruction.offset == tb.tb_lasti:
            return instruction.opname.startswith("CALL")
    return False


def _expression_error(error: Exception, expression: str) -> CallError | None:
    """A CallError when the case's python expression itself raised ``error``."""
    tb = error.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None or tb.tb_frame.f_code.co_filename != _PYTHON_FILE:
        return None
    if isinstance(error, (NameError, AttributeError, ImportError)):
        hint = ("the case's python expression names something that does not exist: check "
                "the names of the namespace module and its functions")
    elif isinstance(error, TypeError):
        hint = (f"the case's python expression calls a function with arguments it does "
                f"not take; see the {README_SECTION}")
    else:
        hint = "the case's python expression itself failed, before or after the port ran"
    return CallError(f"the case's python expression raised {type(error).__name__}: {error}",
                     hint)


def caught(function, *args, **kwargs):
    """The exception ``function(*args, **kwargs)`` raises, or None: lets a case's python
    expression compare a legacy error's message and identifier with the legacy
    program's ``try ... catch err ... end`` (``caught(matlab.error, 'a:b', 'x')``)."""
    try:
        function(*args, **kwargs)
    except Exception as error:  # noqa: BLE001 - the error is the value under test
        return error
    return None


def _eval_python(expression: str, module, inputs: dict, outputs):
    import compat
    scope = {"np": np, "idl": compat.idl, "matlab": compat.matlab, "compat": compat,
             "caught": caught, module.__name__.rsplit(".", 1)[-1]: module}
    scope.update(inputs)
    try:
        code = compile(expression, _PYTHON_FILE, "eval")
    except SyntaxError as err:
        raise CallError(f"the case's python expression is not valid Python: {err}",
                        "fix the case's \"python\"") from None
    try:
        result = eval(code, scope)  # noqa: S307 - a manifest's own expression
    except CallError:
        raise
    except Exception as err:
        problem = _expression_error(err, expression)
        if problem is not None:
            raise problem from err
        raise
    names = outputs or ["ans"]
    if len(names) == 1 and type(result) is tuple and len(result) != 1:
        raise CallError(f"the python expression gave {len(result)} outputs, the call has "
                        f"{names}", "make the expression return one value per output")
    values = result if len(names) > 1 else (result,)
    try:
        count = len(values)
    except TypeError:
        count = 1
    if count != len(names):
        raise CallError(f"the python expression gave {count} outputs, the call has {names}",
                        "make the expression return a tuple with one value per output")
    return dict(zip(names, values))


def _positional_name(function, signature, index: int, order: int, text: str) -> str:
    """The keyword that requests the IDL output argument at ``index`` (the ``order``-th
    output argument of the call)."""
    declared = getattr(function, "__output_arguments__", None)
    if declared:
        if order < len(declared):
            return declared[order]
    elif signature is not None:
        parameters = [p for p in signature.parameters.values()
                      if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        if index < len(parameters):
            return parameters[index].name
    name = _port_name(function, text)
    raise CallError(f"{text!r}: output argument {index + 1} has no parameter in the port's "
                    f"`{name}`",
                    f"give `{name}` a keyword for this IDL output argument (requested with "
                    f"`name=True`, returned as a named-tuple field); see the {README_SECTION}")


def _call(function, args, kwargs, text: str, injected: dict):
    """Call the port; a TypeError of the call itself is a CallError."""
    try:
        return function(*args, **kwargs)
    except CallError:
        raise
    except TypeError as err:
        if _raised_at(err, _call.__code__) or (
                _raised_on_binding(err) and any(f"'{k}'" in str(err) for k in kwargs)):
            name = _port_name(function, text)
            raise CallError(f"calling the port's `{name}` as {text!r} failed: {err}",
                            _bind_hint(name, str(err), injected)) from err
        raise


def _call_statement(call, module, scope: dict) -> dict:
    text = call.text
    name = call.function.lower()
    function = getattr(module, name, None)
    if function is None or not callable(function):
        raise CallError(f"{module.__name__} has no {name}",
                        f"define `{name}` in the namespace module `{module.__name__}` (or "
                        f"give the case a \"python\" expression); see the {README_SECTION}")
    signature = _signature(function)

    def resolve(value):
        return scope[value.name] if isinstance(value, Name) else value

    if call.language == "matlab":
        missing = sorted(n for n in call.names() if n not in scope)
        if missing:
            raise CallError(f"{text!r} uses {missing}, which are not inputs of the suite",
                            "add them to the suite's \"inputs\"")
        args = [resolve(a) for a in call.args]
        nargout = len(call.outputs)
        kwargs = {}
        if _accepts_nargout(function, signature):
            kwargs["nargout"] = nargout
        elif nargout > 1:
            raise CallError(f"the port's `{_port_name(function, name)}` takes no nargout but "
                            f"{text!r} asks for {nargout} outputs",
                            _bind_hint(_port_name(function, name),
                                       "keyword argument 'nargout'", {}))
        _check_binding(function, signature, args, kwargs, text, {})
        result = _call(function, args, kwargs, text, {})
        values = result if nargout > 1 else (result,)
        try:
            count = len(values)
        except TypeError:
            count = 1
        if count != nargout:
            raise CallError(f"the port's `{_port_name(function, name)}` returned {count} "
                            f"outputs for nargout={nargout}",
                            f"with nargout={nargout} the port must return a tuple of "
                            f"{nargout} values; see the {README_SECTION}")
        return dict(zip(call.outputs, values))

    args, kwargs, requested, order = [], {}, {}, 0
    for index, arg in enumerate(call.args):
        if isinstance(arg, Name) and arg.name not in scope:
            field_name = _positional_name(function, signature, index, order, text)
            order += 1
            kwargs[field_name] = True
            requested[arg.name] = field_name
        else:
            args.append(resolve(arg))
    for key, value in call.keywords.items():
        if isinstance(value, Name) and value.name not in scope:
            kwargs[key] = True
            requested[value.name] = key
        else:
            kwargs[key] = resolve(value)
    injected = {field_name: variable for variable, field_name in requested.items()}
    _check_binding(function, signature, args, kwargs, text, injected)
    result = _call(function, args, kwargs, text, injected)
    named = {}
    if call.outputs:
        named[call.outputs[0]] = result[0] if requested else result
    for variable, field_name in requested.items():
        try:
            named[variable] = getattr(result, field_name)
        except AttributeError:
            name = _port_name(function, text)
            raise CallError(f"the port's `{name}` was asked for {field_name}=True but its "
                            f"result ({type(result).__name__}) has no field {field_name!r}",
                            f"with {field_name}=True, `{name}` must return a named tuple "
                            f"(function result first) with a field `{field_name}`; see the "
                            f"{README_SECTION}") from None
    return named


def call_legacy(text: str, language: str, module, inputs: dict, python: str | None = None,
                outputs: list[str] | None = None) -> dict:
    """Run a legacy call through Python; return ``{output name: value}``.

    Raises :class:`~compat.golden.manifest.CallError` for what the call machinery cannot do
    (see the module docstring); any other exception is the port's own.
    """
    if python is not None:
        return _eval_python(python, module, inputs, outputs)
    try:
        calls = parse_statements(text, language)
    except ValueError as err:
        raise CallError(f"the legacy call cannot be read: {err}",
                        "give the case a \"python\" expression") from None
    scope, named = dict(inputs), {}
    for call in calls:
        values = _call_statement(call, module, scope)
        scope.update(values)
        named.update(values)
    return named


# -- judging -----------------------------------------------------------------------------
def _starts_with_routine(error: Exception, names) -> bool:
    text = str(error).lower()
    return any(name and text.startswith(name.lower()) for name in names)


def _statement_of_outputs(call: str, language: str, outputs: list[str]) -> tuple:
    """``(statements, {output: index of the statement that assigns it})``: the first
    statement that names an output assigns it (a variable is assigned before it is used)."""
    statements = split_statements(call, language)
    flags = re.IGNORECASE if language == "idl" else 0
    owner = {}
    for name in outputs:
        for index, statement in enumerate(statements):
            if re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", statement, flags):
                owner[name] = index
                break
    return statements, owner


def _first_differing_statement(case: GoldenCase, comparisons: list[Comparison]) -> str:
    """For a multi-statement case whose outputs come from several statements: which
    statement's output differs first."""
    spec = case.spec
    statements, owner = _statement_of_outputs(spec.call, case.suite.language,
                                              list(case.expected))
    if len(statements) < 2 or len(set(owner.values())) < 2:
        return ""
    failing = [owner[c.name.split(".")[0]] for c in comparisons
               if not c.ok and c.name.split(".")[0] in owner]
    if not failing:
        return ""
    first = min(failing)
    matching = [name for name, index in owner.items() if index < first]
    before = (f"; the outputs of the statements before it match ({', '.join(matching)})"
              if matching else "")
    return (f"first differing statement: #{first + 1} of {len(statements)}, "
            f"`{statements[first]}`{before}")


def _legacy_error_names(case: GoldenCase, module) -> list[str]:
    routine = case.routine
    names = [routine.legacy]
    if routine.python:
        function = module
        for part in routine.python.split("."):
            function = getattr(function, part, None)
        names.append(getattr(function, "__legacy_name__", None))
    return names


def run_case(case: GoldenCase) -> CaseResult:
    """Run one golden case and judge it (see the module docstring for statuses).

    A problem with the suite's files (:class:`ManifestError`) propagates.
    """
    spec, suite = case.spec, case.suite
    if case.missing is not None:
        note = f" (marked xfail: {spec.xfail})" if spec.xfail else ""
        return CaseResult(case, "missing", [], f"missing golden: {case.missing}{note}")
    if case.problem is not None:
        return CaseResult(case, "fail", [Comparison("golden", False, 1, 1, np.inf, np.inf,
                                                    case.problem)],
                          f"invalid golden: {case.problem}")
    inputs = suite.stored_inputs()
    module, machinery, error, outputs, caught = None, None, None, {}, []
    try:
        module = suite.module()
        # what the port prints (disp, fprintf to the screen) is not the report's
        with warnings.catch_warnings(record=True) as caught, \
                contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("always")
            outputs = call_legacy(spec.call, suite.language, module, inputs, spec.python,
                                  spec.outputs)
    except ManifestError:
        raise
    except CallError as exc:
        machinery, caught = exc, []
    except Exception as exc:  # noqa: BLE001 - every failure of the port is reported
        error, caught = exc, []
    if isinstance(error, MissingExtraError):
        return CaseResult(case, "skipped", [], f"skipped: {error}", extra=error.extra)
    comparisons: list[Comparison] = []
    if machinery is not None:
        text = f"the port could not be called: {machinery}"
        if machinery.hint:
            text += f"\n  hint: {machinery.hint}"
        if case.error is not None:
            text += (f"\n  (the golden is the legacy error {case.error!r}; an error of the "
                     f"call machinery never counts as that error)")
        comparisons.append(Comparison("call", False, 1, 1, np.inf, np.inf, text))
    elif case.error is not None:
        names = _legacy_error_names(case, module)
        ok = isinstance(error, (ValueError, TypeError)) and _starts_with_routine(error, names)
        expected = next((n for n in names if n), "the routine")
        message = "" if ok else (
            f"the golden is an error ({case.error!r}); the port "
            + (f"raised {type(error).__name__}: {error}" if error else "returned a value")
            + f" (expected ValueError/TypeError starting with {expected!r})")
        comparisons.append(Comparison("error", ok, 1, 0 if ok else 1, 0.0,
                                      0.0 if ok else np.inf, message))
    elif error is not None:
        comparisons.append(Comparison("call", False, 1, 1, np.inf, np.inf,
                                      f"{type(error).__name__}: {error}"))
    else:
        legacy = suite.language
        for name, expected in case.expected.items():
            if name not in outputs:
                comparisons.append(Comparison(name, False, 1, 1, np.inf, np.inf,
                                              f"{name}: the call returned no output {name!r}"))
                continue
            dtype = spec.dtype if case.dtype_known else "ignore"
            comparisons.extend(compare_tree(outputs[name], expected, spec.tolerance,
                                            quantum=case.quantum.get(name), legacy=legacy,
                                            shape=spec.shape, dtype=dtype, name=name))
        if case.warning and not any(issubclass(w.category, CompatWarning) for w in caught):
            comparisons.append(Comparison("warning", False, 1, 1, np.inf, np.inf,
                                          f"the legacy program warned ({case.warning!r}); "
                                          f"compat issued no CompatWarning"))
    ok = all(c.ok for c in comparisons)
    message = "\n".join(c.message for c in comparisons if not c.ok)
    if not ok and machinery is None and error is None and case.error is None:
        where = _first_differing_statement(case, comparisons)
        if where:
            message = f"{where}\n{message}"
    if machinery is not None:
        # never a pass, never a holding divergence: the routine under test did not run
        status = "pending" if spec.xfail else "fail"
        if spec.xfail:
            message = f"pending: {spec.xfail}\n{message}"
    elif spec.xfail and not ok and (case.divergence is None or error is not None):
        status, message = "pending", f"pending: {spec.xfail}\n{message}".rstrip()
    elif case.divergence and error is not None and case.error is None \
            and not spec.expect_error:
        # the clone returned a value and the port raised, in a case that does not say the
        # legacy program raises (the original's error where the clone is wrong): a
        # recorded divergence is about a different value, never about the port not running
        status = "fail"
        message = (f"the port raised where {case.provenance.environment} returned a value "
                   f"and the case does not expect an error\n{message}")
    elif case.divergence:
        status = "stale" if ok else "divergent"
        note = (f"recorded divergence of {case.provenance.environment}: {case.divergence}")
        message = note if not ok else (f"{note}\nbut the port now matches this "
                                       f"{case.provenance.environment} value: check the record")
    elif spec.xfail:
        status = "xpass" if ok else "pending"
        message = (f"pending: {spec.xfail}" if not ok else
                   f"marked xfail ({spec.xfail}) but passes: remove the mark")
    else:
        status = "pass" if ok else "fail"
    return CaseResult(case, status, comparisons, message, outputs)
