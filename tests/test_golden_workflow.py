"""The golden workflow never passes what it should not (issue 12, section 2).

No live legacy program here: capture files are written by scipy the way the capture
scripts write them (``<case>__<output>``, ``compat_engine`` ...), so every scenario runs
everywhere. tests/test_golden_oracles.py runs the same scenarios through live Octave/GDL.
"""

import json
import os
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import numpy as np
import pytest
import scipy.io

from compat.__main__ import main
from compat.golden import CallError, ManifestError, Suite, compare, load_cases, run_case
from compat.golden.names import resolve_routine, split_statements, undefined_routine
from compat.golden.report import format_report, run_all

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PRINTED = {"environment": "matlab", "version": "R2023b", "source": "a print-out",
           "date": "2026-01-01"}


def write_suite(folder, cases, inputs=None, language="matlab", namespace="demo_port"):
    folder.mkdir(parents=True, exist_ok=True)
    manifest = {"language": language, "namespace": namespace,
                "inputs": inputs or {"A": {"value": [[1, 2], [3, 4]]},
                                     "B": {"value": [[1, 1]]}},
                "cases": cases}
    (folder / "suite.json").write_text(json.dumps(manifest))
    return folder


def write_octave_capture(folder, suite, values, threads="OMP_NUM_THREADS=1"):
    """A capture file as capture_<suite>.m saves it (save -v7 of a struct's fields)."""
    data = {"compat_engine": "octave", "compat_version": "7.3.0",
            "compat_date": "2026-01-02", "compat_threads": threads}
    data.update(values)
    scipy.io.savemat(folder / f"{suite}.octave.mat", data)


def statuses(folder):
    return {c.id: run_case(c).status for c in load_cases(folder)}


def results(folder):
    return {r.case.id: r for r in run_all(folder)}


# -- an exception of the call machinery is never the expected legacy error --------------
def test_wrong_signature_is_a_failure_with_a_hint_not_the_expected_error(tmp_path):
    """The issue's scenario: the legacy error is expected and the port's TypeError
    starts with the routine's name; it must still fail, with the nargout hint."""
    port = tmp_path / "wrong_port.py"
    port.write_text(textwrap.dedent('''
        def myfilt(b, a, x):
            """A port written without nargout (as a first translation would be)."""
            if a[0][0] == 0:
                raise ValueError("myfilt: a(1) must be nonzero")
            return x

        def passthrough(*args, **kwargs):
            return _impl(*args, **kwargs)

        def _impl(b, a, x):
            return x
    '''))
    folder = write_suite(tmp_path / "cases" / "errs", [
        {"name": "two_outputs", "call": "[y, zf] = myfilt(b, a, x)", "expect_error": True,
         "printed": [dict(PRINTED, error="myfilt: a(1) must be nonzero")]},
        {"name": "via_wrapper", "call": "y = passthrough(b, a, x)", "expect_error": True,
         "printed": [dict(PRINTED, error="passthrough: first coefficient")]},
        {"name": "genuine", "call": "y = myfilt(b, a, x)", "expect_error": True,
         "printed": [dict(PRINTED, error="myfilt: a(1) must be nonzero")]},
    ], inputs={"b": {"value": [[1, 2]]}, "a": {"value": [[0, 1]]}, "x": {"value": [[1, 2]]}},
        namespace="wrong_port")
    got = results(tmp_path / "cases")
    two = got["errs/two_outputs[matlab]"]
    assert two.status == "fail" and two.failed
    assert "must accept `nargout=`" in two.message and "README" in two.message
    assert "never counts as that error" in two.message
    wrapped = got["errs/via_wrapper[matlab]"]
    assert wrapped.status == "fail" and "nargout" in wrapped.message
    assert got["errs/genuine[matlab]"].status == "pass"
    assert folder.exists()


def test_binding_is_checked_before_the_call(tmp_path):
    from compat.golden import call_legacy
    import demo_port
    with pytest.raises(CallError) as info:
        call_legacy("r = total(a, /cumulative, /nosuch)", "idl", demo_port,
                    {"a": np.ones(3, np.float32)})
    assert "nosuch" in str(info.value) and "legacy order" in info.value.hint
    with pytest.raises(CallError) as info:
        call_legacy("r = extremes(a, nowhere=w)", "idl", demo_port, {"a": np.ones(3)})
    assert "must accept `nowhere=True`" in info.value.hint
    # a TypeError raised inside the port is the port's own (it may be the legacy error)
    port = types.ModuleType("inner_port")

    def strict(a, mode):
        if not isinstance(mode, str):
            raise TypeError("strict: MODE must be a string")
        return a

    port.strict = strict
    with pytest.raises(TypeError, match="strict: MODE") as info:
        call_legacy("C = strict(A, 3)", "matlab", port, {"A": np.ones((2, 2))})
    assert not isinstance(info.value, CallError)


def test_an_exception_of_the_python_expression_is_not_the_ports(tmp_path):
    write_suite(tmp_path / "demo", [
        {"name": "typo", "call": "C = checked(A, 'bad')", "python": "demo_port.chekced(A)",
         "outputs": ["C"], "expect_error": True,
         "printed": [dict(PRINTED, error="checked: mode must be 'ok'")]},
        {"name": "bad_kw", "call": "C = checked(A, 'bad')",
         "python": "demo_port.checked(A, 'bad', nargout=1)", "outputs": ["C"],
         "expect_error": True, "printed": [dict(PRINTED, error="checked: mode must be 'ok'")]},
        {"name": "real", "call": "C = checked(A, 'bad')",
         "python": "demo_port.checked(A, 'bad')", "outputs": ["C"],
         "expect_error": True, "printed": [dict(PRINTED, error="checked: mode must be 'ok'")]},
    ])
    got = results(tmp_path)
    assert got["demo/typo[matlab]"].status == "fail"
    assert "AttributeError" in got["demo/typo[matlab]"].message
    assert got["demo/bad_kw[matlab]"].status == "fail"
    assert got["demo/real[matlab]"].status == "pass"


def test_port_that_does_not_return_the_requested_outputs(tmp_path):
    write_suite(tmp_path / "demo", [
        {"name": "one_of_two", "call": "[m, k] = transposed(A)",
         "printed": [dict(PRINTED, outputs={"m": {"text": "1"}})]},
    ])
    (result,) = run_all(tmp_path)
    assert result.status == "fail" and "must accept `nargout=`" in result.message


# -- missing goldens ---------------------------------------------------------------------
def test_a_case_without_any_golden_is_missing_and_fails(tmp_path, capsys):
    write_suite(tmp_path / "demo", [
        {"name": "good", "call": "C = conv2_full(A, B)",
         "printed": [dict(PRINTED, outputs={"C": {"text": ["1 3 2", "3 7 4"]}})]},
        {"name": "nothing", "call": "C = conv2_full(A, B)"},
    ])
    assert statuses(tmp_path) == {"demo/good[matlab]": "pass",
                                  "demo/nothing[none]": "missing"}
    assert main(["report", "--cases", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "MISSING demo/nothing[none]" in out and "MISSING 1" in out


def test_what_the_port_prints_stays_out_of_the_report(tmp_path, capsys):
    """disp/fprintf to the screen inside a port (or compat's own) is not report output."""
    write_suite(tmp_path / "demo", [
        {"name": "noisy", "call": "s = sum(A)", "outputs": ["s"],
         "python": "print('PORT NOISE') or matlab.sum(A)",
         "printed": [dict(PRINTED, outputs={"s": {"text": ["4 6"], "shape": [1, 2]}})]},
    ])
    assert main(["report", "--cases", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "PORT NOISE" not in out and "total: 1 pass" in out


def test_a_missing_golden_marked_xfail_does_not_fail(tmp_path, capsys):
    write_suite(tmp_path / "demo", [
        {"name": "nothing", "call": "C = conv2_full(A, B)", "xfail": "needs real MATLAB"}])
    (result,) = run_all(tmp_path)
    assert result.status == "missing" and not result.failed
    assert main(["report", "--cases", str(tmp_path)]) == 0
    assert "pending 1" in capsys.readouterr().out


def test_nothing_vanishes_deleted_capture_and_case_missing_from_a_capture(tmp_path):
    folder = write_suite(tmp_path / "demo", [
        {"name": "full", "call": "C = conv2_full(A, B)",
         "printed": [dict(PRINTED, outputs={"C": {"text": ["1 3 2", "3 7 4"]}})]},
        {"name": "added_later", "call": "C = conv2_full(A, B)"},
    ])
    write_octave_capture(folder, "demo", {"full__C": np.array([[1., 3, 2], [3, 7, 4]])})
    suite = Suite.load(folder / "suite.json")
    suite.record_capture("octave", {"compat_version": "7.3.0", "compat_date": "2026-01-02",
                                    "compat_threads": "OMP_NUM_THREADS=1"})
    got = statuses(tmp_path)
    assert got == {"demo/full[matlab]": "pass", "demo/full[octave]": "pass",
                   "demo/added_later[octave]": "missing"}
    (folder / "demo.octave.mat").unlink()
    got = results(tmp_path)
    assert {k: r.status for k, r in got.items()} == {
        "demo/full[matlab]": "pass", "demo/full[octave]": "missing",
        "demo/added_later[octave]": "missing"}
    assert "the file is gone" in got["demo/full[octave]"].message
    text = format_report(list(got.values()), tmp_path)
    assert "MISSING demo/full[octave]" in text


# -- legacy errors as goldens --------------------------------------------------------------
def test_a_captured_error_is_a_golden_only_when_the_case_expects_one(tmp_path):
    folder = write_suite(tmp_path / "demo", [
        {"name": "expected", "call": "C = checked(A, 'bad')", "expect_error": True},
        {"name": "unexpected", "call": "C = checked(A, 'bad')"},
        {"name": "not_found", "call": "C = myfilt(A)", "expect_error": True},
    ])
    write_octave_capture(folder, "demo", {
        "expected__error": "checked: mode must be 'ok'",
        "unexpected__error": "checked: mode must be 'ok'",
        "not_found__error": "'myfilt' undefined"})
    got = results(tmp_path)
    assert got["demo/expected[octave]"].status == "pass"
    assert got["demo/unexpected[octave]"].status == "fail"
    assert "expect_error" in got["demo/unexpected[octave]"].message
    assert got["demo/not_found[octave]"].status == "fail"
    assert "--path" in got["demo/not_found[octave]"].message


def test_a_clone_error_recorded_as_divergent_is_kept_without_expect_error(tmp_path):
    # the clone raises where the original returns values (Octave's ncwriteschema without
    # Format): the capture keeps the clone's error, the case is divergent while the port
    # returns values, and stale once the port raises as the clone does
    folder = write_suite(tmp_path / "demo", [
        {"name": "clone_raises", "call": "C = conv2_full(A, B)",
         "divergent": {"octave": "the original returns the full convolution"}},
        {"name": "port_raises_too", "call": "C = checked(A, 'bad')",
         "divergent": {"octave": "the original returns a value"}},
    ])
    write_octave_capture(folder, "demo", {
        "clone_raises__error": "conv2: not supported in this clone",
        "port_raises_too__error": "checked: mode must be 'ok'"})
    got = results(tmp_path)
    assert got["demo/clone_raises[octave]"].status == "divergent"
    assert got["demo/port_raises_too[octave]"].status == "stale"
    from compat.golden.capture import check_capture
    suite = Suite.load(folder / "suite.json")
    assert check_capture(suite, "octave", {"clone_raises__error": "conv2: nope",
                                           "port_raises_too__error": "x"}) == []
    # without the record the same capture is refused
    plain = write_suite(tmp_path / "plain", [{"name": "clone_raises",
                                              "call": "C = conv2_full(A, B)"}])
    problems = check_capture(Suite.load(plain / "suite.json"), "octave",
                             {"clone_raises__error": "conv2: nope"})
    assert len(problems) == 1 and "expect_error" in problems[0]



def test_an_expected_error_reading_an_undefined_argument_is_not_a_missing_routine(tmp_path):
    """A legacy function that reads an argument its caller left out raises "'func'
    undefined" (Octave; MATLAB: "Unrecognized function or variable 'func'."): with
    expect_error that is the behaviour under test, while an undefined name that is no
    argument of the legacy code is still a routine missing from the path."""
    from compat.golden.capture import check_capture
    from compat.golden.names import legacy_arguments
    folder = tmp_path / "demo"
    (folder / "m").mkdir(parents=True)
    (folder / "m" / "header.m").write_text(
        "function header(bracketing, func)\nif isempty(func)\n  func = true;\nend\nend\n")
    (folder / "m" / "solve.m").write_text(
        "function [x, output] = solve(f, x0)\nheader(true);\nx = x0;\nend\n")
    manifest = {"language": "matlab", "namespace": "demo_port", "legacy_path": ["m"],
                "inputs": {"A": {"value": [1.0]}},
                "cases": [{"name": "reads_missing", "call": "x = solve(A, A)",
                           "expect_error": True},
                          {"name": "values", "call": "x = solve(A, A)"}]}
    (folder / "suite.json").write_text(json.dumps(manifest))
    suite = Suite.load(folder / "suite.json")
    assert legacy_arguments(suite.language, suite.legacy_paths) == {
        "bracketing", "func", "x", "output", "f", "x0"}
    error = "'func' undefined near line 2, column 12"
    assert check_capture(suite, "octave", {"reads_missing__error": error,
                                           "values__x": 1.0}) == []
    problems = check_capture(suite, "octave", {"reads_missing__error": "'helper' undefined",
                                               "values__x": 1.0})
    assert len(problems) == 1 and "cannot find 'helper'" in problems[0]
    problems = check_capture(suite, "octave", {"reads_missing__error": error,
                                               "values__error": error})
    assert len(problems) == 1 and "cannot find 'func'" in problems[0]

def test_two_outputs_differing_only_in_case_are_a_manifest_error(tmp_path):
    write_suite(tmp_path / "demo", [{"name": "rr", "call": "[R, r] = qr(A)"}])
    with pytest.raises(ManifestError, match="differ only in case"):
        load_cases(tmp_path)


def test_a_printed_error_needs_expect_error(tmp_path):
    write_suite(tmp_path / "demo", [
        {"name": "err", "call": "C = checked(A, 'bad')",
         "printed": [dict(PRINTED, error="checked: mode must be 'ok'")]}])
    with pytest.raises(ManifestError, match="expect_error"):
        load_cases(tmp_path)


@pytest.mark.parametrize("message, name", [
    ("'myfilt' undefined", "myfilt"),
    ("'myfilt' undefined near line 1, column 5", "myfilt"),
    ("Undefined function 'myfilt' for input arguments of type 'double'.", "myfilt"),
    ("Undefined function or variable 'myfilt'.", "myfilt"),
    ("Unrecognized function or variable 'myfilt'.", "myfilt"),
    ("Function not found: MYFILT", "MYFILT"),
    ("Ambiguous: Variable is undefined: MYFILT or: Function not found: MYFILT", "MYFILT"),
    ("Procedure not found: MYPRO", "MYPRO"),
    ("Variable is undefined: MYFILT.", "MYFILT"),
    ("Attempt to call undefined procedure: 'MYPRO'.", "MYPRO"),
    ("Attempt to call undefined function: 'MYFILT'.", "MYFILT"),
    ("filter: the first element of A must be nonzero", None),
    ("SMOOTH: Width must be nonnegative and less than dimension", None),
])
def test_undefined_routine_in_every_engines_wording(message, name):
    assert undefined_routine(message) == name


# -- the namespace module ------------------------------------------------------------------
def test_namespace_is_imported_from_the_cases_folders_parent(tmp_path, monkeypatch):
    project = tmp_path / "project"
    (project / "goldens").mkdir(parents=True)
    (project / "beside_port.py").write_text("def twice(a):\n    return a * 2\n")
    write_suite(project / "goldens" / "demo", [
        {"name": "twice", "call": "C = twice(A)",
         "printed": [dict(PRINTED, outputs={"C": {"text": ["2 4", "6 8"]}})]}],
        namespace="beside_port")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.delitem(sys.modules, "beside_port", raising=False)
    (case,) = load_cases(project / "goldens")
    assert case.function == "beside_port.twice"
    assert run_case(case).status == "pass"


def test_namespace_that_cannot_be_imported_says_where_it_looked(tmp_path, monkeypatch):
    write_suite(tmp_path / "cases" / "demo", [
        {"name": "one", "call": "C = twice(A)",
         "printed": [dict(PRINTED, outputs={"C": {"text": ["2 4", "6 8"]}})]}],
        namespace="no_such_port_anywhere")
    monkeypatch.setattr(sys, "path", list(sys.path))
    (result,) = run_all(tmp_path / "cases")
    assert result.status == "fail"
    assert "cannot import the namespace module 'no_such_port_anywhere'" in result.message
    assert str(tmp_path) in result.message and "PYTHONPATH" in result.message
    # the routine column still names the routine, under the user's namespace
    assert result.case.function == "no_such_port_anywhere.twice"


# -- broken suites: one line, exit 2, never a traceback -------------------------------
def _broken(tmp_path, kind):
    folder = tmp_path / "cases" / "demo"
    folder.mkdir(parents=True)
    manifest = folder / "suite.json"
    good = {"language": "matlab", "namespace": "demo_port",
            "inputs": {"R": {"random": {"seed": 1}, "shape": [2, 2]}},
            "cases": [{"name": "c", "call": "C = transposed(R)"}]}
    if kind == "invalid_json":
        manifest.write_text("{\"language\": ")
    elif kind == "cases_is_5":
        manifest.write_text(json.dumps(dict(good, cases=5)))
    elif kind == "file_holds_42":
        manifest.write_text("42")
    elif kind == "unknown_keys":
        manifest.write_text(json.dumps(dict(good, colour="blue")))
    elif kind == "case_is_a_string":
        manifest.write_text(json.dumps(dict(good, cases=["c"])))
    elif kind == "call_is_a_number":
        manifest.write_text(json.dumps(dict(good, cases=[{"name": "c", "call": 3}])))
    elif kind == "bad_dtype":
        manifest.write_text(json.dumps(dict(good, inputs={"R": {"value": 1,
                                                                "dtype": "float99"}})))
    elif kind == "missing_input_file":
        manifest.write_text(json.dumps(good))
    elif kind in ("empty_inputs_mat", "truncated_capture", "empty_capture",
                  "capture_is_a_folder"):
        manifest.write_text(json.dumps(good))
        Suite.load(manifest).write_inputs()
        if kind == "empty_inputs_mat":
            (folder / "demo.inputs.mat").write_bytes(b"")
        elif kind == "truncated_capture":
            write_octave_capture(folder, "demo", {"c__C": np.ones((2, 2))})
            data = (folder / "demo.octave.mat").read_bytes()
            (folder / "demo.octave.mat").write_bytes(data[:200])
        elif kind == "empty_capture":
            (folder / "demo.octave.mat").write_bytes(b"")
        else:
            (folder / "demo.octave.mat").mkdir()
    elif kind == "manifest_is_a_folder":
        manifest.mkdir()
    elif kind == "garbage_sav":
        manifest.write_text(json.dumps({"language": "idl", "namespace": "demo_port",
                                        "cases": [{"name": "c", "call": "r = total(a)"}],
                                        "inputs": {"a": {"value": [1.0]}}}))
        (folder / "demo.gdl.sav").write_bytes(b"SR\x00\x04" + bytes(range(60)))
    elif kind == "null_case_name":
        manifest.write_text(json.dumps(dict(good, cases=[{"name": None, "call": "x"}])))
    return manifest


BROKEN = ["invalid_json", "cases_is_5", "file_holds_42", "unknown_keys", "case_is_a_string",
          "call_is_a_number", "bad_dtype", "missing_input_file", "empty_inputs_mat",
          "truncated_capture", "empty_capture", "capture_is_a_folder",
          "manifest_is_a_folder", "garbage_sav", "null_case_name"]


@pytest.mark.parametrize("kind", BROKEN)
def test_a_broken_suite_gives_one_line_and_exit_2(tmp_path, capsys, kind):
    manifest = _broken(tmp_path, kind)
    assert main(["report", "--cases", str(tmp_path / "cases")]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    assert str(manifest.parent) in lines[0]
    assert "Traceback" not in captured.err + captured.out


def test_a_wrong_type_inside_a_case_names_the_file_once(tmp_path, capsys):
    write_suite(tmp_path / "demo", [{"name": "c", "call": "C = conv2_full(A, B)",
                                     "tolerance": "x"}])
    assert main(["report", "--cases", str(tmp_path)]) == 2
    line = capsys.readouterr().err.strip()
    assert line.count("suite.json") == 1 and "tolerance must be an object" in line, line


def test_a_broken_suite_on_the_command_line_has_no_traceback(tmp_path):
    _broken(tmp_path, "cases_is_5")
    done = subprocess.run([sys.executable, "-m", "compat", "report", "--cases",
                           str(tmp_path / "cases")], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(FIXTURES)})
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == (f"error: {tmp_path / 'cases' / 'demo' / 'suite.json'}: "
                                   f"cases must be a list, not a number (5)")


# -- routine names ----------------------------------------------------------------------
@pytest.mark.parametrize("language, call, python, label", [
    ("idl", "r = fa mod fb", "idl.mod(fa, fb)", "idl.mod (MOD)"),
    ("idl", "r = ia mod (-ib)", "idl.mod(ia, -ib)", "idl.mod (MOD)"),
    ("idl", "r = ia / ib", "idl.idiv(ia, ib)", "idl.idiv (integer /)"),
    ("idl", "r = ia + ia", "ia + ia", "idl operator +"),
    ("idl", "r = k[sort(k)]", "k.reshape(-1)[idl.sort(k)]", "idl.sort"),
    ("idl", "r = smooth(b, 2, /nan)", None, "idl.smooth"),
    ("idl", "r = uniq(a10, sort(a10))", "idl.uniq(a10, idl.sort(a10))", "idl.uniq"),
    ("matlab", "L = 4*del2(P7)", "4 * matlab.del2(P7)", "matlab.del2"),
    ("matlab", "r = times(I16, G)", "matlab.times(I16, G)", "matlab.times (.*)"),
    ("matlab", "r = plus(P, Q)", "matlab.plus(P, Q)", "matlab.plus (+)"),
    ("matlab", "r = A .* B", None, "matlab.times (.*)"),
    ("matlab", "r = colon(0, 0.1, 0.3) - colon(0, 0.1, 0.4)(1:4)", "0", "matlab.colon"),
    ("matlab", "if exist('OCTAVE_VERSION', 'builtin'), pkg('load', 'signal'); end; "
               "y = filtfilt(b, a, x)", "matlab.filtfilt(b, a, x)", "matlab.filtfilt"),
    ("matlab", "[p, S] = polyfit(x, y, 2); [yv, d] = polyval(p, x, S)",
     "(lambda p, S: matlab.polyval(p, x, S, nargout=2))(*matlab.polyfit(x, y, 2, "
     "nargout=2))", "matlab.polyfit"),
])
def test_routine_labels(language, call, python, label):
    import compat
    module = getattr(compat, language)
    routine = resolve_routine(call, language, f"compat.{language}", module, python)
    assert routine.label == label


def test_routine_label_names_the_users_namespace():
    import demo_port
    routine = resolve_routine("C = conv2_full(A, B)", "matlab", "demo_port", demo_port)
    assert routine.label == "demo_port.conv2_full" and routine.legacy == "conv2_full"


def test_the_committed_report_has_no_garbled_routine_names():
    names = {c.function for c in load_cases(FIXTURES.parent.parent / "reference_outputs")}
    import re
    # compat's routines, or a port suite's own module (reference_outputs/*/port_*, ports_*)
    pattern = re.compile(r"^(idl|matlab)(\.[a-z_][a-z0-9_]*)+( \([^)]+\))?$|^idl operator \+$"
                         r"|^ports?_[a-z0-9_]+\.[a-z_][a-z0-9_]*$")
    assert all(pattern.match(name) for name in names), \
        sorted(n for n in names if not pattern.match(n))
    assert "idl.mod (MOD)" in names and "matlab.times (.*)" in names


def test_split_statements():
    assert split_statements("a = f(x, [1, 2]); b = g(a', 'x;y')", "matlab") == \
        ["a = f(x, [1, 2])", "b = g(a', 'x;y')"]
    assert split_statements("a = f(x, y) & pro, a, b", "idl") == ["a = f(x, y)", "pro, a, b"]


# -- end-to-end cases: the first statement whose output differs -------------------------
def test_multi_statement_call_names_the_first_differing_statement(tmp_path):
    write_suite(tmp_path / "demo", [
        {"name": "chain", "call": "C = conv2_full(A, B); D = transposed(C); E = transposed(D)",
         "printed": [dict(PRINTED, outputs={
             "C": {"text": ["1 3 2", "3 7 4"]},
             "D": {"text": ["1 3", "3 7", "2 5"]},
             "E": {"text": ["1 3 2", "3 7 5"]}})]},
    ])
    (result,) = run_all(tmp_path)
    assert result.status == "fail"
    first = result.message.splitlines()[0]
    assert first.startswith("first differing statement: #2 of 3, `D = transposed(C)`")
    assert "match (C)" in first


def test_multi_statement_call_runs_in_python_without_an_expression(tmp_path):
    write_suite(tmp_path / "demo", [
        {"name": "chain", "call": "C = conv2_full(A, B); D = transposed(C)",
         "printed": [dict(PRINTED, outputs={"C": {"text": ["1 3 2", "3 7 4"]},
                                            "D": {"text": ["1 3", "3 7", "2 4"]}})]},
    ])
    (case,) = load_cases(tmp_path)
    assert case.spec.outputs == ["C", "D"] and run_case(case).status == "pass"


# -- offset and scale hints ------------------------------------------------------------
def test_constant_offset_and_scale_factor_hints():
    golden = np.linspace(-3, 7, 20).reshape(4, 5)
    offset = compare(golden + 1.5, golden, legacy="matlab")
    assert "PLUS A CONSTANT 1.5" in offset.message
    scaled = compare(golden * (4 / 3), golden, legacy="idl")
    assert "1.33333 TIMES the golden" in scaled.message
    flipped = compare(-golden.astype(np.float32), golden.astype(np.float32))
    assert "SIGN FLIPPED" in flipped.message
    noisy = compare(golden + np.random.default_rng(1).normal(size=golden.shape), golden)
    assert "CONSTANT" not in noisy.message and "TIMES" not in noisy.message


def test_rounding_level_differences_get_no_offset_or_scale_hint():
    # found porting CCM_UNRED and GLS: a FLOAT result against a DOUBLE golden, and DOUBLE
    # results a few ulps off, were reported as "the golden PLUS A CONSTANT -7.6443e-10
    # everywhere" and "1 TIMES the golden everywhere"
    golden = np.random.default_rng(7).uniform(0.5, 2.0, 300)
    single = compare(golden.astype(np.float32), golden, legacy="idl")
    assert not single.ok and "CONSTANT" not in single.message and \
        "TIMES" not in single.message
    ulps = golden * (1 + 4 * np.finfo(float).eps * np.sign(np.sin(np.arange(300))))
    double = compare(ulps, golden, legacy="idl")
    assert not double.ok and "CONSTANT" not in double.message and \
        "TIMES" not in double.message
    assert "PLUS A CONSTANT 0.001" in compare(golden + 1e-3, golden).message


def test_clone_environment_pins_threads_and_names_a_shell():
    """GDL's SPAWN refuses to run without SHELL (minimal CI containers set none)."""
    from compat.golden.threads import pinned_environment
    bare = pinned_environment({"PATH": "/usr/bin", "OMP_NUM_THREADS": "8"})
    assert bare["SHELL"] == "/bin/sh"
    assert bare["OMP_NUM_THREADS"] == "1" and bare["OPENBLAS_NUM_THREADS"] == "1"
    assert pinned_environment({"SHELL": "/bin/zsh"})["SHELL"] == "/bin/zsh"


# -- a suite can carry its legacy library (legacy_path) --------------------------------
def test_legacy_path_puts_the_suites_own_folders_on_the_engines_path(tmp_path):
    from compat.golden.capture import script_text
    folder = tmp_path / "cases" / "lib"
    (folder / "pro").mkdir(parents=True)
    manifest = {"language": "idl", "legacy_path": ["pro"],
                "cases": [{"name": "c", "call": "r = findgen(3)"}]}
    (folder / "suite.json").write_text(json.dumps(manifest))
    script = script_text(Suite.load(folder / "suite.json"))
    assert "compat_here + '/' + 'pro'" in script
    # --path folders come after the suite's own
    extra = tmp_path / "mine"
    extra.mkdir()
    script = script_text(Suite.load(folder / "suite.json"), [extra])
    line = next(text for text in script.splitlines() if text.strip().startswith("!path ="))
    assert line.index("'pro'") < line.index("'../../mine'")


@pytest.mark.parametrize("folder_name, message", [
    ("../elsewhere", "inside the suite's folder"),
    ("/tmp", "inside the suite's folder"),
    ("absent", "is not a folder"),
])
def test_legacy_path_outside_the_suite_or_missing_is_a_manifest_error(tmp_path, folder_name,
                                                                      message):
    folder = tmp_path / "lib"
    folder.mkdir()
    (tmp_path / "elsewhere").mkdir()
    manifest = {"language": "idl", "legacy_path": [folder_name],
                "cases": [{"name": "c", "call": "r = findgen(3)"}]}
    (folder / "suite.json").write_text(json.dumps(manifest))
    with pytest.raises(ManifestError, match=message):
        Suite.load(folder / "suite.json")


def test_a_file_input_is_the_files_bytes_and_stays_inside_the_suite(tmp_path):
    folder = tmp_path / "lib"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "x.fits").write_bytes(bytes(range(256)) * 3)
    manifest = {"language": "idl", "inputs": {"fb": {"file": "data/x.fits"}},
                "cases": [{"name": "c", "call": "r = n_elements(fb)"}]}
    (folder / "suite.json").write_text(json.dumps(manifest))
    value = Suite.load(folder / "suite.json").inputs["fb"].literal_value()
    assert value.dtype == np.uint8 and value.tolist() == list(range(256)) * 3
    for spec, message in (({"file": "../x.fits"}, "inside the suite's folder"),
                          ({"file": "data/none.fits"}, "not found"),
                          ({"file": "data/x.fits", "dtype": "int16"}, "its bytes")):
        manifest["inputs"] = {"fb": spec}
        (folder / "suite.json").write_text(json.dumps(manifest))
        with pytest.raises(ManifestError, match=message):
            Suite.load(folder / "suite.json")


def test_bytes_helpers_round_trip_a_binary_file():
    from compat.golden import bytes_read, bytes_written
    data = np.arange(300, dtype=np.int64).astype(np.uint8)
    assert bytes_written(lambda path: open(path, "wb").write(data.tobytes())).tolist() == \
        data.tolist()
    assert bytes_read(data, lambda path: open(path, "rb").read()) == data.tobytes()
