"""Installed, not only cloned: the golden suites ship with the package (issue 12, section 4).

The wheel's build step (setup.py's build_py) copies reference_outputs/ to
compat/reference_outputs/; `python -m compat report` outside a clone finds it there.
The test runs that build step on a copy of the tree (no network, no wheel package
needed) and the report from the built package in a folder outside the clone.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import compat.__main__ as cli

REPO = Path(__file__).resolve().parent.parent


def _suites(folder: Path) -> set:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_build_ships_the_goldens_and_the_installed_report_finds_them(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy(REPO / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "compat", source / "compat", ignore=ignore)
    shutil.copytree(REPO / "reference_outputs", source / "reference_outputs", ignore=ignore)
    built = tmp_path / "site"
    done = subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib",
                           str(built)], cwd=source, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    shipped = built / "compat" / "reference_outputs"
    assert _suites(shipped) == _suites(source / "reference_outputs")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(built)
    done = subprocess.run([sys.executable, "-m", "compat", "report"], cwd=elsewhere,
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr
    assert f"golden cases in {shipped}" in done.stdout.replace("\n  ", " ")


def test_the_sdist_carries_the_goldens():
    lines = (REPO / "MANIFEST.in").read_text().splitlines()
    assert "graft reference_outputs" in lines


@pytest.fixture
def no_goldens(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli, "BUNDLED", tmp_path / "not_installed")
    monkeypatch.setattr(cli, "CHECKOUT", tmp_path / "not_a_clone")
    return tmp_path


def test_default_cases_prefers_the_current_folder_then_installed_then_clone(no_goldens,
                                                                              monkeypatch):
    assert cli.default_cases() is None
    clone = no_goldens / "not_a_clone"
    (clone / "s").mkdir(parents=True)
    (clone / "s" / "suite.json").write_text("{}")
    assert cli.default_cases() == clone
    installed = no_goldens / "not_installed"
    (installed / "s").mkdir(parents=True)
    (installed / "s" / "suite.json").write_text("{}")
    assert cli.default_cases() == installed
    here = no_goldens / "reference_outputs" / "s"
    here.mkdir(parents=True)
    (here / "suite.json").write_text("{}")
    assert cli.default_cases() == Path("reference_outputs")


def test_without_any_goldens_one_line_says_to_pass_cases(no_goldens, capsys):
    assert cli.main(["report"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "pass --cases DIR" in err[0]
