"""The house's promises, measured over the whole package (issue 13): every declared result
type of a multi-output routine pickles and is importable from a public module; every
MATLAB default nargout other than 1 is the documented one; the differential tests reach
Octave and GDL through tests/oracles.py only."""

from __future__ import annotations

import copy
import importlib
import inspect
import pickle
import pkgutil
import re
from pathlib import Path

import numpy as np
import pytest

import compat
from compat._core.results import Result

ROOT = Path(__file__).resolve().parents[1]


def _modules():
    for info in pkgutil.walk_packages(compat.__path__, "compat."):
        if info.name.startswith(("compat.golden", "compat.scan")) or \
                info.name.endswith("__main__"):
            continue
        try:
            yield importlib.import_module(info.name)
        except ModuleNotFoundError as error:  # built on an optional extra (dask)
            if (error.name or "").split(".")[0] in ("dask", "distributed"):
                continue
            raise


def _declared_results() -> dict[str, type]:
    found = {}
    for module in _modules():
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and issubclass(obj, Result) and obj is not Result \
                    and obj.__module__ == module.__name__:
                found[f"{module.__name__}.{name}"] = obj
    return found


RESULTS = _declared_results()


def test_the_package_declares_its_result_types():
    # 158 when this test was written: a walk that finds far fewer has lost modules
    assert len(RESULTS) >= 150, sorted(RESULTS)


@pytest.mark.parametrize("path", sorted(RESULTS))
def test_every_declared_result_pickles_and_is_public(path):
    cls = RESULTS[path]
    private = any(part.startswith("_") for part in cls.__module__.split(".")[1:])
    assert not private or _public_home(cls), f"{path} lives only in a private module"
    values = {field: np.arange(k + 2, dtype=np.float32)
              for k, field in enumerate(cls.all_fields)}
    full = cls(**values)
    assert full._fields == cls.all_fields
    first = cls.all_fields[0]
    for result in (full, cls(**{first: values[first]})):
        for again in (pickle.loads(pickle.dumps(result)), copy.deepcopy(result)):
            assert type(again) is cls and again._fields == result._fields
            for field in result._fields:
                got = getattr(again, field)
                np.testing.assert_array_equal(got, values[field])
                assert got.dtype == np.float32


def _public_home(cls) -> bool:
    """Whether a result type defined in a private module is handed on by a public one."""
    for module in (compat, *_modules()):
        if any(part.startswith("_") for part in module.__name__.split(".")[1:]):
            continue
        if any(obj is cls for obj in vars(module).values()):
            return True
    return False


# ------------------------------------------------------------------------- nargout
def _nargout_paragraph() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("**nargout**: the default is 1")
    return text[start:text.index("\n\n", start)]


def test_every_default_nargout_other_than_one_is_documented():
    """README's one nargout rule: 1 (MATLAB's ``x = f(...)``), except the functions it
    names; a function whose default differs and is not named there fails here."""
    from compat import matlab
    paragraph = _nargout_paragraph()
    named = set(re.findall(r"\b([a-z][a-z0-9_]*)\b", paragraph))
    undocumented = []
    for name in matlab.__all__:
        function = getattr(matlab, name)
        try:
            parameter = inspect.signature(function).parameters.get("nargout")
        except (TypeError, ValueError):
            continue
        default = getattr(function, "__default_nargout__",
                          None if parameter is None else parameter.default)
        if parameter is not None and default != 1 and name not in named:
            undocumented.append(f"{name} (nargout={default})")
    assert not undocumented, ("default nargout other than 1, not named in README's "
                              f"nargout paragraph: {undocumented}")


# ------------------------------------------------------------------------- oracles
_OWN_RUNNER = re.compile(r"subprocess\.(run|Popen|call|check_call|check_output)\(\s*\[\s*"
                         r"(GDL|OCTAVE|\"gdl\"|'gdl'|\"octave-cli\"|'octave-cli'|"
                         r"\"octave\"|'octave')")


def test_the_clones_are_run_by_the_oracle_module_only():
    """Differential tests start Octave and GDL through tests/oracles.py (its pinned,
    stdin-less runners), never with a private subprocess call."""
    mine = {"oracles.py"}
    offenders = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        if path.name in mine:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _OWN_RUNNER.search(line):
                offenders.append(f"{path.name}:{number}")
    assert not offenders, f"private Octave/GDL runners: {offenders}"


# -------------------------------------------------------------------------- bench
#: scripts that time something other than compat against a clone: dask's memory and
#: wall time against the in-memory call, the scanner's phases
_OWN_TIMING = {"_harness.py", "bench_dask.py", "bench_scan.py"}


def test_the_benchmarks_time_through_the_one_harness():
    """bench/_harness.py is the one timer and clone runner of the benchmarks."""
    offenders = []
    for path in sorted((ROOT / "bench").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name in _OWN_TIMING or path.name == "run.py":
            continue
        if "perf_counter" in text or "timeit" in text or _OWN_RUNNER.search(text) or \
                "subprocess" in text:
            offenders.append(path.name)
    assert not offenders, f"bench scripts with their own timer or clone runner: {offenders}"
