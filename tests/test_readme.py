"""The README: the function table lists every public routine with a status the golden
suites back, and the worked example of "Writing a port the golden runner can call" runs."""

import re
import sys
from pathlib import Path

import numpy as np
import pytest

from compat import idl, matlab

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


@pytest.mark.parametrize("qualified", [f"idl.{n}" for n in idl.__all__]
                         + [f"matlab.{n}" for n in matlab.__all__])
def test_every_public_routine_is_in_the_function_table(qualified):
    rows = [line for line in README.splitlines() if line.startswith("| ")]
    assert any(f"`{qualified}`" in row.split(" | ")[1] for row in rows), \
        f"README's function table lacks {qualified}"


# -- the status column tells the truth (computed from the golden suites) ------------------
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def golden_results():
    from compat.golden.report import run_all
    return run_all(REPO / "reference_outputs")


def test_status_column_is_what_the_golden_suites_back(golden_results):
    from compat.golden.status import expected_statuses
    rows = expected_statuses(README, golden_results)
    assert len(rows) > 40
    wrong = [f"{cells[0]}: README says {cells[2]!r}, the suites {status!r}"
             for _, cells, status in rows if cells[2] != status]
    assert not wrong, ("the README function table's status column is out of date (run "
                       "`python -m compat table --write`):\n" + "\n".join(wrong))


def test_a_routine_whose_only_golden_is_a_clone_divergence_is_not_done(golden_results):
    from compat.golden.status import backing, row_status
    backed = backing(golden_results)
    # only a recorded divergence of the clone backs these (the examples cumsum,
    # diff and quantile now have agreeing goldens in matlab/grids_products)
    for name in ("idl.spline", "matlab.movstd", "matlab.tf2sos"):
        assert backed[name].startswith("divergent"), (name, backed.get(name))
        assert row_status([name], backed).startswith("only a recorded")
    assert "matlab.smooth" not in backed
    assert row_status(["matlab.smooth"], backed) == "no golden (unit tests only)"
    assert backed["idl.smooth"] == "backed" and row_status(["idl.smooth"], backed) == "done"


def test_row_status_rules():
    from compat.golden.status import row_status
    backed = {"idl.a": "backed", "idl.b": "divergent gdl", "idl.c": "pending",
              "idl.d": "failing", "matlab.intops.plus": "backed",
              "matlab.intops.times": "divergent octave"}
    assert row_status(["idl.a"], backed) == "done"
    assert row_status(["idl.b"], backed) == "only a recorded GDL divergence"
    assert row_status(["idl.c"], backed) == "pending"
    assert row_status(["idl.d"], backed) == "golden failing"
    assert row_status(["idl.a", "idl.b", "idl.e"], backed) == (
        "done except `idl.b`: only a recorded GDL divergence; `idl.e`: no golden (unit "
        "tests only)")
    assert row_status(["idl.e", "idl.f"], backed) == \
        "`idl.e`, `idl.f`: no golden (unit tests only)"
    assert row_status(["matlab.intops"], backed) == "done"   # a module: its members


def test_table_command_checks_and_rewrites_the_column(tmp_path, golden_results,
                                                      monkeypatch, capsys):
    from compat.golden import status
    monkeypatch.setattr(status, "run_all", lambda cases: golden_results)
    copy = tmp_path / "README.md"
    copy.write_text(README.replace("| `idl.smooth` | done |", "| `idl.smooth` | partial |"))
    assert status.table_command(REPO / "reference_outputs", copy) == 1
    assert "README: partial\n  suites: done" in capsys.readouterr().out
    assert status.table_command(REPO / "reference_outputs", copy, write=True) == 0
    assert copy.read_text() == README
    assert status.table_command(REPO / "reference_outputs", copy) == 0


# -- the worked example of "Writing a port the golden runner can call" --------------------
def _example_files() -> dict:
    section = README.split("## Writing a port the golden runner can call", 1)[1]
    section = section.split("\n## ", 1)[0]
    return dict(re.findall(r"File `([^`]+)`:\n\n```\w*\n(.*?)```", section, re.DOTALL))


def _write_example(folder: Path) -> dict:
    files = _example_files()
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    return files


@pytest.fixture
def compat_cli(monkeypatch, capsys):
    """``python -m compat ...`` in this process: ``(exit status, stdout)``."""
    from compat.__main__ import main
    monkeypatch.setattr(sys, "path", list(sys.path))

    def run(*args, cwd):
        monkeypatch.chdir(cwd)
        monkeypatch.delitem(sys.modules, "my_port", raising=False)
        status = main(list(args))
        return status, capsys.readouterr().out
    return run


def test_worked_example_files_are_complete():
    assert set(_example_files()) == {"legacy/myfilt.m", "my_port.py",
                                     "my_goldens/myfilt/suite.json", "my_idl_port.py"}
    section = README.split("## Writing a port the golden runner can call", 1)[1]
    assert "python -m compat capture --cases my_goldens --path legacy" in section
    assert "python -m compat report --cases my_goldens" in section


def test_worked_example_idl_output_keyword(tmp_path, monkeypatch):
    from compat.golden import call_legacy
    _write_example(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    import my_idl_port
    a = np.arange(1, 5, dtype=np.float32)
    out = call_legacy("r = mytotal(a, /cumulative, count=n)", "idl", my_idl_port, {"a": a})
    assert out["r"].tolist() == [1, 3, 6, 10] and out["n"] == 4


@pytest.mark.octave
def test_worked_example_runs_as_the_readme_says(tmp_path, compat_cli):
    _write_example(tmp_path)
    status, out = compat_cli("capture", "--cases", "my_goldens", cwd=tmp_path)
    assert status == 1
    assert "myfilt: case 'small' (myfilt): octave cannot find 'myfilt'" in out
    assert not (tmp_path / "my_goldens" / "myfilt" / "myfilt.octave.mat").exists()
    status, out = compat_cli("capture", "--cases", "my_goldens", "--path", "legacy",
                             cwd=tmp_path)
    assert status == 0, out
    assert (tmp_path / "my_goldens" / "myfilt" / "myfilt.octave.mat").exists()
    status, out = compat_cli("report", "--cases", "my_goldens", cwd=tmp_path)
    assert status == 0, out
    assert "my_port.myfilt" in out and "total: 3 pass" in out
    port = tmp_path / "my_port.py"
    port.write_text(port.read_text().replace("def myfilt(x, k, nargout=1):",
                                             "def myfilt(x, k):")
                    .replace("    if nargout == 1:\n        return y\n", "    return y\n"))
    status, out = compat_cli("report", "--cases", "my_goldens", cwd=tmp_path)
    assert status == 1
    assert "FAIL myfilt/small[octave]" in out
    assert "your port's `myfilt` must accept `nargout=`" in " ".join(out.split())


# -- the dask example (issue 20) ----------------------------------------------------------
def test_dask_cluster_example_runs_and_writes_the_in_memory_result(tmp_path):
    pytest.importorskip("dask.distributed")
    import subprocess
    from astropy.io import fits
    section = README.split("## Larger than memory: dask arrays", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    assert "CHUNK = 1024" in code and "LocalCluster(n_workers=2" in code
    # a small cube in blocks of 16 x 16: several blocks per plane, big-endian on disk
    (tmp_path / "example.py").write_text(code.replace("CHUNK = 1024", "CHUNK = 16"))
    rng = np.random.default_rng(20)
    cube = rng.standard_normal((3, 70, 50)).astype(">f4")
    cube[1, 5, 5] = cube[2, 40:43, 17] = np.nan
    fits.writeto(tmp_path / "cube.fits", cube)
    done = subprocess.run([sys.executable, "example.py"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    written = fits.getdata(tmp_path / "smoothed.fits")
    expected = idl.smooth(cube, [5, 5, 1], edge_truncate=True, nan=True)
    assert written.shape == expected.shape and written.dtype.kind == "f"
    assert written.astype(np.float32).tobytes() == expected.tobytes()
