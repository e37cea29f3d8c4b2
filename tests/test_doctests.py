"""Every example in compat's docstrings runs as a doctest (they are documentation that
cannot rot): one test per module."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import numpy as np
import pytest

import compat


def _modules():
    names = ["compat"]
    for info in pkgutil.walk_packages(compat.__path__, "compat."):
        if not info.name.endswith("__main__"):
            names.append(info.name)
    return sorted(names)


MODULES = _modules()
# optional extras (pyproject.toml): modules built on them are skipped when absent
OPTIONAL = ("dask", "distributed")
# modules whose examples call an optional extra when they run (not when imported)
NEEDS = {"compat.matlab.scientific_files": ("h5py", "netCDF4"),
         "compat.idl.netcdf": ("netCDF4",), "compat.idl.hdf5": ("h5py",),
         "compat.idl.hdf5_write": ("h5py",), "compat.idl.hdf5_parse": ("h5py",),
         "compat.matlab.spreadsheets": ("openpyxl",)}


def _import(name):
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if (error.name or "").split(".")[0] in OPTIONAL:
            pytest.skip(f"{name} needs the optional {error.name}")
        raise


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = _import(name)
    for needed in NEEDS.get(name, ()):
        pytest.importorskip(needed)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    tests = finder.find(module, name, extraglobs={"np": np})
    report: list[str] = []
    with np.printoptions(legacy=False):
        for test in tests:
            runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)


def test_the_package_has_examples():
    """Routines document themselves with examples (a guard against a finder that finds
    nothing)."""
    count = 0
    for n in MODULES:
        try:
            module = importlib.import_module(n)
        except ModuleNotFoundError as error:
            if (error.name or "").split(".")[0] in OPTIONAL:
                continue
            raise
        count += len([t for t in doctest.DocTestFinder().find(module) if t.examples])
    assert count > 150
