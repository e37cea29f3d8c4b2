"""Golden cases as pytest tests, for compat's own suite and for users' ports.

Point it at a folder of suites (your own ``reference_outputs/``) in one test module::

    # tests/test_golden.py
    from compat.golden import golden_test
    test_golden = golden_test("reference_outputs")

Every case becomes one parametrized test, named ``suite/case[environment]``. A case
marked ``xfail`` in its manifest is reported as xfailed while it fails and as a
failure once it passes (the mark must go). A recorded divergence of a clone passes while the clone still
differs from the port and fails when the record goes stale.
"""

from __future__ import annotations

from pathlib import Path

from compat.golden.runner import run_case
from compat.golden.suite import GoldenCase, load_cases

__all__ = ["golden_params", "check_case", "golden_test"]


def golden_params(root) -> list:
    """``pytest.param`` objects for every case under ``root`` (ids ``suite/case[env]``)."""
    import pytest

    return [pytest.param(case, id=case.id) for case in load_cases(root)]


def check_case(case: GoldenCase) -> None:
    """Run one golden case as a test.

    Passes for ``pass`` and ``divergent`` (a recorded clone divergence that still
    holds); calls ``pytest.xfail`` for ``pending`` (an ``xfail`` case that still fails,
    or that has no golden yet); raises ``AssertionError`` with the porter's message
    otherwise, including ``missing`` (no golden holds the case), ``xpass`` (the mark
    must go) and ``stale`` (the divergence record is out of date).
    """
    result = run_case(case)
    if result.status in ("pass", "divergent"):
        return
    if result.status == "pending" or (result.status == "missing" and not result.failed):
        import pytest

        pytest.xfail(result.message)
    if result.status == "skipped":                  # an optional extra is not installed
        import pytest

        pytest.skip(result.message)
    raise AssertionError(f"{case.id} ({case.provenance.describe()}): {case.spec.call}\n"
                         f"{result.message or result.status}")


def golden_test(root):
    """A parametrized pytest test function over every case under ``root``."""
    import pytest

    @pytest.mark.parametrize("golden_case", golden_params(Path(root)))
    def test_golden(golden_case):
        check_case(golden_case)

    return test_golden
