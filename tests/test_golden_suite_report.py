"""Suites, statuses, the report and the pytest helpers, on suites of printed values."""

import json
import subprocess
import sys

import numpy as np
import pytest

from compat.golden import ManifestError, Suite, check_case, load_cases, run_case
from compat.golden.report import format_report, report, run_all

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


def printed(text, **extra):
    return [dict(PRINTED, outputs={"C": {"text": text, "dtype": "float64"}}, **extra)]


def status_of(folder):
    return {c.id: run_case(c).status for c in load_cases(folder)}


def test_statuses(tmp_path):
    write_suite(tmp_path / "demo", [
        {"name": "good", "call": "C = conv2_full(A, B)", "printed": printed(["1 3 2", "3 7 4"])},
        {"name": "wrong", "call": "C = conv2_full(A, B)", "printed": printed(["1 3 2", "3 7 5"])},
        {"name": "todo", "call": "C = not_yet(A)", "xfail": "issue 99",
         "printed": printed(["1"])},
        {"name": "done", "call": "C = conv2_full(A, B)", "xfail": "issue 98",
         "printed": printed(["1 3 2", "3 7 4"])},
        {"name": "err", "call": "C = checked(A, 'bad')", "expect_error": True,
         "printed": [dict(PRINTED, error="checked: mode must be 'ok'")]},
        {"name": "noerr", "call": "C = checked(A, 'ok')", "expect_error": True,
         "printed": [dict(PRINTED, error="checked: mode must be 'ok'")]},
    ])
    assert status_of(tmp_path) == {
        "demo/good[matlab]": "pass", "demo/wrong[matlab]": "fail",
        "demo/todo[matlab]": "pending", "demo/done[matlab]": "xpass",
        "demo/err[matlab]": "pass", "demo/noerr[matlab]": "fail"}


def test_divergence_record_holds_or_goes_stale(tmp_path):
    octave = dict(PRINTED, environment="octave")
    write_suite(tmp_path / "demo", [
        {"name": "holds", "call": "C = conv2_full(A, B)", "divergent": {"octave": "evidence"},
         "printed": [dict(octave, outputs={"C": {"text": ["1 3 2", "3 7 99"]}})]},
        {"name": "stale", "call": "C = conv2_full(A, B)", "divergent": {"octave": "evidence"},
         "printed": [dict(octave, outputs={"C": {"text": ["1 3 2", "3 7 4"]}})]},
        {"name": "raises", "call": "C = checked(A, 'bad')", "divergent": {"octave": "evidence"},
         "printed": [dict(octave, outputs={"C": {"text": ["1 3 2", "3 7 99"]}})]},
        {"name": "original_raises", "call": "C = checked(A, 'bad')", "expect_error": True,
         "divergent": {"octave": "the original raises; the clone returns a value"},
         "printed": [dict(octave, outputs={"C": {"text": ["1 3 2", "3 7 99"]}})]},
    ])
    statuses = status_of(tmp_path)
    assert statuses == {"demo/holds[octave]": "divergent", "demo/stale[octave]": "stale",
                        "demo/raises[octave]": "fail",
                        "demo/original_raises[octave]": "divergent"}


def test_report_table_fits_100_columns_and_exit_status(tmp_path, capsys):
    write_suite(tmp_path / "demo", [
        {"name": "good", "call": "C = conv2_full(A, B)", "printed": printed(["1 3 2", "3 7 4"])},
        {"name": "same", "call": "C = conv2_scipy_same(A, B)",
         "printed": printed(["3 2", "7 4"])},
    ])
    assert report(tmp_path) == 1
    text = capsys.readouterr().out
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "demo_port.conv2_full" in text and "demo_port.conv2_scipy_same" in text
    assert "FAIL demo/same[matlab]" in text and "total: 1 pass, 1 fail" in text
    assert "golden: matlab R2023b (printed, 2026-01-01; a print-out)" in text
    (tmp_path / "demo" / "suite.json").unlink()
    write_suite(tmp_path / "demo", [
        {"name": "good", "call": "C = conv2_full(A, B)", "printed": printed(["1 3 2", "3 7 4"])},
        {"name": "todo", "call": "C = not_yet(A)", "xfail": "issue 99", "printed": printed("1")},
    ])
    assert report(tmp_path) == 0
    assert "pending 1" in capsys.readouterr().out


def test_a_missing_optional_extra_skips_the_case_and_names_the_extra(tmp_path, capsys,
                                                                     monkeypatch):
    # a user without matplotlib: the case is neither a pass nor the port's failure
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    write_suite(tmp_path / "demo", [
        {"name": "good", "call": "C = conv2_full(A, B)", "printed": printed(["1 3 2", "3 7 4"])},
        {"name": "plot", "call": "C = with_plot_extra(A)", "printed": printed(["1 2", "3 4"])},
    ])
    assert status_of(tmp_path) == {"demo/good[matlab]": "pass", "demo/plot[matlab]": "skipped"}
    assert report(tmp_path) == 0
    text = capsys.readouterr().out
    assert "total: 1 pass, 1 skipped" in text and "skipped 1" in text
    assert "pip install 'idl-matlab-compat[plot]'" in text
    with pytest.raises(pytest.skip.Exception, match=r"with_plot_extra runs on matplotlib"):
        check_case(load_cases(tmp_path)[1])
    monkeypatch.undo()                  # matplotlib is back: the same case passes
    assert status_of(tmp_path)["demo/plot[matlab]"] == "pass"


def test_report_command_line(tmp_path):
    write_suite(tmp_path / "demo", [
        {"name": "good", "call": "C = conv2_full(A, B)", "printed": printed(["1 3 2", "3 7 4"])}])
    env_path = str((__import__("pathlib").Path(__file__).parent / "fixtures"))
    done = subprocess.run([sys.executable, "-m", "compat", "report", "--cases", str(tmp_path)],
                          capture_output=True, text=True,
                          env={**__import__("os").environ, "PYTHONPATH": env_path})
    assert done.returncode == 0, done.stderr
    assert "demo_port.conv2_full" in done.stdout and "exact" in done.stdout
    bad = subprocess.run([sys.executable, "-m", "compat", "report", "--cases",
                          str(tmp_path / "nowhere")], capture_output=True, text=True)
    assert bad.returncode == 2 and "no golden cases at" in bad.stderr


def test_check_case_for_pytest(tmp_path):
    write_suite(tmp_path / "demo", [
        {"name": "good", "call": "C = conv2_full(A, B)", "printed": printed(["1 3 2", "3 7 4"])},
        {"name": "wrong", "call": "C = transposed(A)", "printed": printed(["1 2", "3 4"])},
        {"name": "todo", "call": "C = not_yet(A)", "xfail": "issue 99", "printed": printed("1")},
    ])
    good, wrong, todo = load_cases(tmp_path)
    check_case(good)
    with pytest.raises(AssertionError, match="TRANSPOSED"):
        check_case(wrong)
    with pytest.raises(pytest.xfail.Exception, match="issue 99"):
        check_case(todo)


def test_literal_and_random_inputs(tmp_path):
    folder = write_suite(tmp_path / "demo", [], inputs={
        "R": {"random": {"dist": "normal", "seed": 3, "nan_fraction": 0.3}, "shape": [4, 5],
              "dtype": "float32"},
        "v": {"value": [1, 2, 3], "dtype": "int16"},
        "t": {"text": ["1.5 NaN"], "dtype": "float32"}}, language="idl")
    suite = Suite.load(folder / "suite.json")
    with pytest.raises(ManifestError, match="input file is missing"):
        suite.stored_inputs()
    assert sorted(suite.write_inputs()) == ["R", "t", "v"]
    first = suite.stored_inputs()
    assert first["R"].dtype == np.float32 and first["R"].shape == (4, 5)
    assert np.isnan(first["R"]).any() and first["v"].dtype == np.int16
    assert suite.write_inputs() == []          # written once, kept bit for bit
    assert (folder / "inputs" / "R.bin").stat().st_size == 4 * 20


def test_matlab_inputs_are_written_once_as_2d(tmp_path):
    folder = write_suite(tmp_path / "demo", [], inputs={
        "x": {"random": {"dist": "integers", "low": 0, "high": 9, "seed": 1}, "shape": [5]},
        "s": {"value": 2.5}})
    suite = Suite.load(folder / "suite.json")
    assert sorted(suite.write_inputs()) == ["s", "x"]
    values = suite.stored_inputs()
    assert values["x"].shape == (1, 5) and values["s"].shape == (1, 1)
    mtime = suite.inputs_path.stat().st_mtime_ns
    assert suite.write_inputs() == [] and suite.inputs_path.stat().st_mtime_ns == mtime


@pytest.mark.parametrize("manifest, message", [
    ({"language": "fortran"}, "language must be 'idl' or 'matlab'"),
    ({"language": "idl", "cases": [{"name": "Bad Name", "call": "r = f(a)"}]},
     "must be a lower-case identifier"),
    ({"language": "idl", "cases": [{"name": "a"}]}, "needs a 'call'"),
    ({"language": "idl", "cases": [{"name": "a", "call": "r = f(a)"},
                                   {"name": "a", "call": "r = f(a)"}]}, "used twice"),
    ({"language": "idl", "cases": [{"name": "a", "call": "r = f(a)", "tolerance": {"x": 1}}]},
     "unknown tolerance keys"),
    ({"language": "idl", "cases": [{"name": "a", "call": "r = f(a)",
                                    "divergent": {"idl": "?"}}]}, "divergences are recorded"),
    ({"language": "matlab", "cases": [{"name": "a", "call": "r = f(a)",
                                       "printed": [{"environment": "idl"}]}]}, "printed entry"),
    ({"language": "idl", "inputs": {"a": {"value": 1, "random": {}}}}, "exactly one of"),
    ({"language": "idl", "inputs": {"a": {"random": {"seed": 1}}}}, "needs a shape and a seed"),
    ({"language": "idl", "colour": 1}, "unknown keys"),
])
def test_manifest_errors_name_the_file_and_the_problem(tmp_path, manifest, message):
    path = tmp_path / "suite.json"
    path.write_text(json.dumps(manifest))
    with pytest.raises(ManifestError, match=message) as info:
        Suite.load(path)
    assert str(path) in str(info.value)


def test_format_report_lists_pending_when_verbose(tmp_path):
    write_suite(tmp_path / "demo", [
        {"name": "todo", "call": "C = not_yet(A)", "xfail": "issue 99", "printed": printed("1")}])
    text = format_report(run_all(tmp_path), tmp_path, verbose=True)
    assert "PENDING demo/todo[matlab]" in text and "pending: issue 99" in text


def test_the_routine_of_a_multi_statement_call_is_the_last_one(tmp_path):
    write_suite(tmp_path / "demo", [
        {"name": "setup", "call": "if exist('OCTAVE_VERSION', 'builtin'), pkg('load', 'signal'); "
                                  "end; C = conv2_full(A, B)",
         "outputs": ["C"], "python": "demo_port.conv2_full(A, B)",
         "printed": printed(["1 3 2", "3 7 4"])}])
    (case,) = load_cases(tmp_path)
    assert case.function == "demo_port.conv2_full" and run_case(case).status == "pass"


def test_routine_is_the_first_statement_calling_a_namespace_function(tmp_path):
    write_suite(tmp_path / "demo", [
        {"name": "nested", "call": "[m, k] = minmax([A(1); -A(2)]); s = size(m)",
         "outputs": ["C"], "python": "demo_port.minmax(A)",
         "printed": printed(["1"])},
        {"name": "named", "call": "C = whatever(A)", "routine": "conv2_full",
         "outputs": ["C"], "python": "demo_port.conv2_full(A, B)",
         "printed": printed(["1 3 2", "3 7 4"])}])
    nested, named = load_cases(tmp_path)
    assert nested.function == "demo_port.minmax" and named.function == "demo_port.conv2_full"


def test_html_report_draws_every_numeric_case(tmp_path):
    """``report --html``: one page per suite plus an index, a picture per numeric output
    (2-D: golden, compat and their difference with the worst element marked), the status
    and message of each case; the exit status is the text report's."""
    pytest.importorskip("matplotlib")
    from compat.golden.report_html import write_html_report
    write_suite(tmp_path / "cases" / "demo", [
        {"name": "good", "call": "C = conv2_full(A, B)", "printed": printed(["1 3 2", "3 7 4"])},
        {"name": "wrong", "call": "C = conv2_full(A, B)", "printed": printed(["1 3 2", "3 7 5"])},
    ])
    out = tmp_path / "html"
    assert write_html_report(tmp_path / "cases", out) == 1
    index = (out / "index.html").read_text()
    assert "matlab/demo" in index and "1 fail, 1 pass" in index
    page = (out / "matlab_demo.html").read_text()
    assert page.count("data:image/png;base64,") == 2
    assert "demo/wrong[matlab] <span class='fail'>fail</span>" in page
    assert "demo/good[matlab] <span class='pass'>pass</span>" in page
    assert "differ beyond tolerance" in page


def test_html_report_command_line(tmp_path):
    pytest.importorskip("matplotlib")
    write_suite(tmp_path / "demo", [
        {"name": "good", "call": "C = conv2_full(A, B)", "printed": printed(["1 3 2", "3 7 4"])}])
    env_path = str((__import__("pathlib").Path(__file__).parent / "fixtures"))
    done = subprocess.run([sys.executable, "-m", "compat", "report", "--cases", str(tmp_path),
                           "--html", str(tmp_path / "html")], capture_output=True, text=True,
                          env={**__import__("os").environ, "PYTHONPATH": env_path})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "html" / "index.html").exists()
    assert "total: 1 pass" in done.stdout


def test_report_shows_progress_on_a_terminal(tmp_path):
    import io
    write_suite(tmp_path / "demo", [
        {"name": "good", "call": "C = conv2_full(A, B)", "printed": printed(["1 3 2", "3 7 4"])}])
    stream = io.StringIO()
    results = run_all(tmp_path, progress=stream)
    assert [r.status for r in results] == ["pass"]
    assert "\rreport: suite 1/1 matlab/demo (1 cases)" in stream.getvalue()
    assert stream.getvalue().endswith("\r\x1b[K")
