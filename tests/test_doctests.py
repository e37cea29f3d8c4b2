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


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
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
    count = sum(len([t for t in doctest.DocTestFinder().find(importlib.import_module(n))
                     if t.examples]) for n in MODULES)
    assert count > 150
