"""Live Octave and GDL: the readers' layout rules, bit-exact inputs, and capture.

These tests run the real clones (skipped without them, an error under CI=true).
"""

import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

from compat.golden import compare_tree, load_cases, read_mat, read_sav, run_case
from compat.golden.capture import capture
from compat.golden.layout import write_mat, write_raw
from oracles import GDL_PIN, run_gdl_program, run_octave_program

octave = pytest.mark.octave
gdl = pytest.mark.gdl


def run_octave(folder, code):
    done = run_octave_program(code, folder, timeout=300)
    assert "error:" not in done.stderr.replace("error: ignoring const execution_exception", "")
    return done


def run_gdl(folder, code):
    return run_gdl_program(f"{GDL_PIN} & {code}", folder, timeout=300)


@octave
def test_read_mat_layout_of_values_made_by_octave(tmp_path):
    run_octave(tmp_path, "M = reshape(1:6, 2, 3); N = zeros(2, 3, 4); N(2, 3, 4) = 7; "
               "r = 1:3; c = (1:3)'; s = single(1.5); i = int16([1 -2]); L = [true false]; "
               "t = 'hello'; st = struct('R', eye(2), 'df', 3); "
               "save('-v7', 'out.mat', 'M', 'N', 'r', 'c', 's', 'i', 'L', 't', 'st');")
    data = read_mat(tmp_path / "out.mat")
    assert data["M"].shape == (2, 3) and data["M"][1, 0] == 2 and data["M"][0, 1] == 3
    assert data["N"].shape == (2, 3, 4) and data["N"][1, 2, 3] == 7
    assert data["r"].shape == (1, 3) and data["c"].shape == (3, 1)
    assert data["s"].dtype == np.float32 and data["s"].shape == (1, 1)
    assert data["i"].dtype == np.int16 and data["i"].tolist() == [[1, -2]]
    assert data["L"].dtype == bool and data["L"].tolist() == [[True, False]]
    assert data["t"] == "hello"
    assert set(data["st"]) == {"R", "df"} and data["st"]["df"][0, 0] == 3


@gdl
def test_read_sav_layout_of_values_made_by_gdl(tmp_path):
    run_gdl(tmp_path, "a = indgen(3, 2) & n = fltarr(2, 3, 4) & n[1, 2, 3] = 7 & "
            "v = fltarr(4, 1) & f = 1.5 & d = 2d & l = 5L & b = bindgen(4) & s = 'text' & "
            "save, a, n, v, f, d, l, b, s, filename='out.sav'")
    data = read_sav(tmp_path / "out.sav")
    assert data["a"].shape == (2, 3) and data["a"].dtype == np.int16
    assert data["a"][0, 1] == 1 and data["a"][1, 0] == 3      # IDL a[1,0] and a[0,1]
    assert data["n"].shape == (4, 3, 2) and data["n"][3, 2, 1] == 7
    assert data["v"].shape == (4,)
    assert data["f"].dtype == np.float32 and data["f"].shape == ()
    assert data["d"].dtype == np.float64 and data["l"].dtype == np.int32
    assert data["b"].dtype == np.uint8 and data["s"] == "text"
    assert data["a"].dtype.byteorder in "=|"


def _bits(a):
    a = np.ascontiguousarray(a)
    return a.view(np.uint8).tobytes()


RNG = np.random.default_rng(5)


def _inputs():
    x = RNG.normal(size=(3, 5))
    x[1, 2] = np.nan
    x[0, 4] = -np.inf
    return {"x": x, "f": RNG.normal(size=(4, 2)).astype(np.float32),
            "i": RNG.integers(-300, 300, (2, 3)).astype(np.int16),
            "z": (RNG.normal(size=(2, 2)) + 1j * RNG.normal(size=(2, 2))),
            "tiny": np.array([[5e-324, -0.0], [np.nan, 1e308]])}


@octave
def test_inputs_reach_octave_bit_for_bit(tmp_path):
    values = _inputs()
    values["L"] = np.array([[True, False, True]])
    write_mat(tmp_path / "in.mat", values)
    run_octave(tmp_path, "s = load('in.mat'); save('-v7', 'out.mat', '-struct', 's');")
    back = read_mat(tmp_path / "out.mat")
    for name, value in values.items():
        assert back[name].dtype == value.dtype, name
        assert _bits(back[name]) == _bits(value), name


@gdl
def test_inputs_reach_gdl_bit_for_bit(tmp_path):
    values = _inputs()
    values["z"] = values["z"].astype(np.complex64)
    codes = {"x": 5, "f": 4, "i": 2, "z": 6, "tiny": 5}
    reads = []
    for name, value in values.items():
        write_raw(tmp_path / f"{name}.bin", value)
        dims = ", ".join(str(n) for n in reversed(value.shape))
        reads.append(f"openr, lun, '{name}.bin', /get_lun, /swap_if_big_endian & "
                     f"{name} = make_array(dimension=[{dims}], type={codes[name]}) & "
                     f"readu, lun, {name} & free_lun, lun")
    run_gdl(tmp_path, " & ".join(reads) + f" & save, {', '.join(values)}, filename='out.sav'")
    back = read_sav(tmp_path / "out.sav")
    for name, value in values.items():
        assert back[name].shape == value.shape, name
        assert back[name].dtype == value.dtype, name
        assert _bits(back[name]) == _bits(value), name


def _demo_suites(root):
    matlab = root / "matlab_demo"
    matlab.mkdir()
    (matlab / "suite.json").write_text(json.dumps({
        "language": "matlab", "namespace": "demo_port",
        "inputs": {"A": {"random": {"dist": "integers", "low": -5, "high": 5, "seed": 4},
                         "shape": [4, 5]},
                   "B": {"value": [[1, 2], [3, 4]]},
                   "S": {"value": [[1, 2], [2, 4]]}},
        "cases": [
            {"name": "full", "call": "C = conv2_full(A, B)",
             "python": "demo_port.conv2_full(A, B)"},
            {"name": "same", "call": "C = conv2(A, B, 'same')", "outputs": ["C"],
             "python": "demo_port.conv2_scipy_same(A, B)"},
            {"name": "bad", "call": "C = conv2(A, B, 'middle')", "outputs": ["C"],
             "python": "demo_port.checked(A, 'middle')", "expect_error": True},
            {"name": "warns", "call": "C = inv(S)", "outputs": ["C"],
             "python": "demo_port.transposed(S)"},
        ]}).replace('"C = conv2_full(A, B)"', '"C = conv2(A, B)"'))
    idl = root / "idl_demo"
    idl.mkdir()
    (idl / "suite.json").write_text(json.dumps({
        "language": "idl", "namespace": "demo_port",
        "inputs": {"a": {"random": {"dist": "uniform", "seed": 9}, "shape": [3, 4],
                         "dtype": "float32"}},
        "cases": [
            {"name": "cum", "call": "r = total(a, /cumulative)"},
            {"name": "tot", "call": "r = total(a)", "tolerance": {"ulps": 4, "why": "sum order"}},
            {"name": "bad", "call": "r = smooth(a, 99)", "expect_error": True},
        ]}))
    return matlab, idl


@octave
@gdl
def test_capture_writes_goldens_with_provenance_and_reproduces_them(tmp_path, monkeypatch):
    import demo_port
    monkeypatch.setitem(__import__("sys").modules, "demo_port", demo_port)
    matlab, idl = _demo_suites(tmp_path)
    log = []
    runs = capture(tmp_path, report=log.append)
    assert sorted((r.suite.name, r.engine.name, r.ok) for r in runs) == [
        ("idl_demo", "gdl", True), ("matlab_demo", "octave", True)], log
    assert (matlab / "capture_matlab_demo.m").exists() and (idl / "capture_idl_demo.pro").exists()
    results = {c.id: (c, run_case(c)) for c in load_cases(tmp_path)}
    full, result = results["matlab_demo/full[octave]"]
    assert full.provenance.environment == "octave" and full.provenance.method == "captured"
    assert full.provenance.version[0].isdigit() and len(full.provenance.date) == 10
    assert full.provenance.threads == "OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1"
    assert "OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1" in full.provenance.describe()
    assert result.status == "pass"
    same = results["matlab_demo/same[octave]"][1]
    assert same.status == "fail" and "SHIFTED BY ONE SAMPLE" in same.message
    bad_case, bad = results["matlab_demo/bad[octave]"]
    assert "conv2" in bad_case.error and bad.status == "fail"   # demo raises 'checked: ...'
    warns_case, warns = results["matlab_demo/warns[octave]"]
    assert "singular" in warns_case.warning
    assert "compat issued no CompatWarning" in warns.message
    cum_case, cum = results["idl_demo/cum[gdl]"]
    assert cum_case.provenance.environment == "gdl" and cum.status == "pass"
    assert cum_case.provenance.threads == "TPOOL_NTHREADS=1"
    assert cum_case.expected["r"].dtype == np.float32 and cum_case.expected["r"].shape == (3, 4)
    assert results["idl_demo/tot[gdl]"][1].status == "pass"
    bad_idl = results["idl_demo/bad[gdl]"][0]
    assert bad_idl.error.startswith("SMOOTH:")
    # re-running capture on the unchanged tree reproduces the same numbers
    before = {cid: c.expected for cid, (c, _) in results.items()}
    capture(tmp_path, report=log.append)
    for case in load_cases(tmp_path):
        for name, value in before[case.id].items():
            np.testing.assert_array_equal(case.expected[name], value)


@octave
@gdl
def test_capture_reproduces_the_committed_reference_goldens(tmp_path, reference_outputs):
    """`python -m compat capture` on a copy of reference_outputs gives the committed numbers."""
    copy = tmp_path / "reference_outputs"
    shutil.copytree(reference_outputs, copy)
    committed = {c.id: c for c in load_cases(reference_outputs)
                 if c.provenance.method == "captured"}
    assert any(i.endswith("[octave]") for i in committed)
    assert any(i.endswith("[gdl]") for i in committed)
    done = subprocess.run([sys.executable, "-m", "compat", "capture", "--cases", str(copy)],
                          capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stdout + done.stderr
    fresh = {c.id: c for c in load_cases(copy) if c.provenance.method == "captured"}
    assert set(fresh) == set(committed)
    for case_id, case in committed.items():
        assert (fresh[case_id].error is None) == (case.error is None), case_id
        for name, value in case.expected.items():
            # exact (EXACT tolerance, same dtype and shape), field by field for structs
            for result in compare_tree(fresh[case_id].expected[name], value, name=name,
                                       legacy=case.suite.language, shape="exact"):
                assert result.ok, f"{case_id}: {result.message}"


def _user_project(root):
    """A user's project: legacy code in its own folders, a port, and golden suites."""
    (root / "legacy_m").mkdir()
    (root / "legacy_m" / "myfilt.m").write_text(
        "function y = myfilt(x, k)\n"
        "  if k < 0\n    error('myfilt: K must be positive');\n  end\n"
        "  y = k * cumsum(x);\nend\n")
    (root / "legacy_pro").mkdir()
    (root / "legacy_pro" / "myscale.pro").write_text(
        "function myscale, x, k\n"
        "  if k lt 0 then message, 'K must be positive'\n"
        "  return, k * total(x, /cumulative)\nend\n")
    (root / "user_port.py").write_text(
        "import numpy as np\n\n\n"
        "def myfilt(x, k):\n"
        "    if k < 0:\n        raise ValueError('myfilt: K must be positive')\n"
        "    return k * np.cumsum(x, axis=1)\n\n\n"
        "def myscale(x, k):\n"
        "    if k < 0:\n        raise ValueError('MYSCALE: K must be positive')\n"
        "    return (k * np.cumsum(x)).astype(np.float32)\n")
    cases = root / "goldens"
    for name, language, inputs, specs in (
            ("mdemo", "matlab", {"x": {"value": [[1, 2, 3]]}},
             [{"name": "scale", "call": "y = myfilt(x, 2)"},
              {"name": "negative", "call": "y = myfilt(x, -1)", "expect_error": True}]),
            ("idemo", "idl", {"a": {"value": [1, 2, 3], "dtype": "float32"}},
             [{"name": "scale", "call": "r = myscale(a, 2)"}])):
        (cases / name).mkdir(parents=True)
        (cases / name / "suite.json").write_text(json.dumps(
            {"language": language, "namespace": "user_port", "inputs": inputs,
             "cases": specs}))
    return cases


class _Run:
    """``python -m compat ...`` run in this process (its exit status and output)."""

    def __init__(self, monkeypatch, capsys):
        self.monkeypatch, self.capsys = monkeypatch, capsys

    def __call__(self, *args, cwd):
        from compat.__main__ import main
        self.monkeypatch.chdir(cwd)
        self.monkeypatch.delitem(sys.modules, "user_port", raising=False)
        self.returncode = main(list(args))
        captured = self.capsys.readouterr()
        self.stdout, self.stderr = captured.out, captured.err
        return self


@pytest.fixture
def compat_cli(monkeypatch, capsys):
    monkeypatch.setattr(sys, "path", list(sys.path))
    return _Run(monkeypatch, capsys)


@octave
@gdl
def test_legacy_code_outside_the_path_fails_capture_and_path_fixes_it(tmp_path, compat_cli):
    _compat = compat_cli
    cases = _user_project(tmp_path)
    done = _compat("capture", "--cases", "goldens", cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "mdemo: case 'scale' (myfilt): octave cannot find 'myfilt'" in done.stdout
    assert "idemo: case 'scale' (myscale): gdl cannot find 'MYSCALE'" in done.stdout
    assert "--path DIR" in done.stdout
    assert not (cases / "mdemo" / "mdemo.octave.mat").exists()
    assert not (cases / "idemo" / "idemo.gdl.sav").exists()
    done = _compat("capture", "--cases", "goldens", "--path", "legacy_m", "--path",
                   "legacy_pro", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    script = (cases / "mdemo" / "capture_mdemo.m").read_text()
    assert "addpath(fullfile(fileparts(mfilename('fullpath')), '../../legacy_m'), " in script
    script = (cases / "idemo" / "capture_idemo.pro").read_text()
    assert "!path = compat_here + '/' + '../../legacy_m' + path_sep(/search_path) + " \
           "compat_here + '/' + '../../legacy_pro' + path_sep(/search_path) + !path" in script
    record = json.loads((cases / "mdemo" / "captures.json").read_text())
    assert record["captures"]["octave"]["threads"] == "OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1"
    # the port is found beside the cases folder; the expected legacy error is a golden
    done = _compat("report", "--cases", "goldens", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "user_port.myfilt" in done.stdout and "user_port.myscale" in done.stdout
    assert "capture threading: gdl TPOOL_NTHREADS=1 (1); octave OMP_NUM_THREADS=1 " \
           "OPENBLAS_NUM_THREADS=1 (2)" in done.stdout
    # a port with the wrong signature never passes the expected error
    port = tmp_path / "user_port.py"
    port.write_text(port.read_text().replace("def myfilt(x, k):", "def myfilt(x):")
                    .replace("if k < 0", "if False").replace("k * np.cumsum", "np.cumsum"))
    done = _compat("report", "--cases", "goldens", cwd=tmp_path)
    assert done.returncode == 1
    assert "FAIL mdemo/negative[octave]" in done.stdout
    assert "must take the legacy call's arguments" in done.stdout


@octave
def test_an_unexpected_legacy_error_fails_capture_naming_case_and_message(tmp_path,
                                                                          compat_cli):
    _compat = compat_cli
    cases = _user_project(tmp_path)
    manifest = cases / "mdemo" / "suite.json"
    data = json.loads(manifest.read_text())
    data["cases"].append({"name": "too_many", "call": "y = myfilt(x, 2, 3)"})
    manifest.write_text(json.dumps(data))
    done = _compat("capture", "--cases", "goldens/mdemo", "--path", "legacy_m",
                   cwd=tmp_path)
    assert done.returncode == 1
    assert "mdemo: case 'too_many' (myfilt): octave raised an error: " in done.stdout
    assert "called with too many inputs" in done.stdout
    assert "\"expect_error\": true" in done.stdout
    assert not (cases / "mdemo" / "mdemo.octave.mat").exists()


@gdl
def test_capture_script_pins_gdl_whatever_the_environment_asks(tmp_path):
    """GDL's float TOTAL depends on its thread pool; the script's CPU statement pins it,
    so a capture made where OMP_NUM_THREADS=4 is bit-identical to a one-thread one."""
    from compat.golden import Suite
    from compat.golden.capture import write_script
    folder = tmp_path / "sums"
    folder.mkdir()
    (folder / "suite.json").write_text(json.dumps({
        "language": "idl",
        "inputs": {"a": {"random": {"dist": "uniform", "seed": 3}, "shape": [400000],
                         "dtype": "float32"}},
        "cases": [{"name": "sum", "call": "r = total(a)"}]}))
    suite = Suite.load(folder / "suite.json")
    suite.write_inputs()
    write_script(suite)
    sums = {}
    for threads in ("1", "4"):
        env = {**os.environ, "OMP_NUM_THREADS": threads, "DISPLAY": ""}
        run_gdl_program("capture_sums", folder, timeout=300, env=env)
        data = read_sav(folder / "sums.gdl.sav")
        assert data["compat_threads"] == "TPOOL_NTHREADS=1"
        sums[threads] = data["sum__r"]
        (folder / "sums.gdl.sav").unlink()
    assert sums["1"].tobytes() == sums["4"].tobytes()
    # without the pin, 4 threads sum in another order (why the pin is needed)
    env = {**os.environ, "OMP_NUM_THREADS": "4", "DISPLAY": ""}
    a = suite.stored_inputs()["a"]
    write_raw(folder / "a.bin", a)
    run_gdl_program(f"a = fltarr({a.size}) & openr, lun, 'a.bin', /get_lun & readu, lun, a & "
                    f"free_lun, lun & r = total(a) & save, r, filename='free.sav'",
                    folder, timeout=300, env=env)
    free = read_sav(folder / "free.sav")["r"]
    if free.tobytes() == sums["1"].tobytes():
        pytest.skip("this GDL sums in the same order on 4 threads: nothing to pin here")


@octave
@gdl
def test_a_suite_without_inputs_captures_in_both_languages(tmp_path):
    """Constants and generators need no inputs file: the script must not ask for one."""
    for language, call, outputs in (("matlab", "y = ones(2, 3)", ["y"]),
                                    ("idl", "y = indgen(3)", ["y"])):
        folder = tmp_path / language / f"{language}_none"
        folder.mkdir(parents=True)
        (folder / "suite.json").write_text(json.dumps({
            "language": language, "description": "no inputs", "inputs": {},
            "cases": [{"name": "a", "call": call, "outputs": outputs,
                       "tolerance": {"rtol": 0, "why": "exact"}}]}))
    log = []
    runs = capture(tmp_path, report=log.append)
    assert sorted((r.suite.name, r.ok) for r in runs) == [("idl_none", True),
                                                         ("matlab_none", True)], log
    cases = {c.id: c for c in load_cases(tmp_path)}
    np.testing.assert_array_equal(cases["matlab_none/a[octave]"].expected["y"], np.ones((2, 3)))
    assert cases["idl_none/a[gdl]"].expected["y"].tolist() == [0, 1, 2]
