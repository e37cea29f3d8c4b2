"""Test configuration: live-oracle markers and the demo port used by golden tests.

Tests marked ``@pytest.mark.octave`` / ``@pytest.mark.gdl`` drive a live ``octave-cli``
/ ``gdl``. They are skipped when the program is absent, except under CI (``CI=true``),
where a missing oracle is an error: CI installs both, so the oracle tests must run.

Every live clone runs single-threaded, as the capture scripts do, so the tests give the
same answer on any number of cores: the environment set here (``OMP_NUM_THREADS=1``,
``OPENBLAS_NUM_THREADS=1``, ...) is inherited by every ``octave-cli``/``gdl`` the tests
start, and the GDL scripts the tests write also run ``oracle_gdl.GDL_PIN`` (``CPU,
TPOOL_NTHREADS=1``) first.
"""

import os
import shutil
import sys
from pathlib import Path

import pytest

from compat.golden.threads import SINGLE_THREAD_ENV

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))

# every octave-cli / gdl started by a test inherits this: one BLAS/OpenMP thread
os.environ.update(SINGLE_THREAD_ENV)

ORACLES = {"octave": "octave-cli", "gdl": "gdl"}
REPO = Path(__file__).resolve().parent.parent


def pytest_runtest_setup(item):
    for marker, executable in ORACLES.items():
        if item.get_closest_marker(marker) and shutil.which(executable) is None:
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(f"{executable} is not on PATH: CI must run the oracle tests "
                            f"(install octave and gnudatalanguage)", pytrace=False)
            pytest.skip(f"{executable} is not on PATH")


@pytest.fixture
def reference_outputs():
    return REPO / "reference_outputs"
