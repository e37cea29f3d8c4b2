"""Single-threaded clones: the one setting every capture and oracle run uses.

GDL splits float sums (TOTAL, MEAN, ...) over its thread pool, so a float32 sum depends
on how many cores the machine has; Octave's BLAS and OpenMP loops can do the same. Every
capture script and every live Octave/GDL run in the tests therefore runs the legacy side
on one thread, so any machine reproduces the committed goldens bit for bit:

* GDL and IDL: the script runs ``CPU, TPOOL_NTHREADS=1`` first (GDL also reads
  ``OMP_NUM_THREADS``);
* Octave: BLAS/OpenMP threads are fixed when the program starts, by the environment
  (``OMP_NUM_THREADS=1``, ``OPENBLAS_NUM_THREADS=1``, ...) that the runners set;
* MATLAB: the script calls ``maxNumCompThreads(1)``.

The scripts save the setting in force as ``compat_threads``; it is part of a capture's
provenance (:class:`compat.golden.manifest.Provenance`) and shown by the report.
"""

from __future__ import annotations

import os

__all__ = ["SINGLE_THREAD_ENV", "IDL_PIN", "MATLAB_PIN", "pinned_environment",
           "describe_threads"]

#: environment of every clone run: one BLAS/OpenMP thread
SINGLE_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
                     "MKL_NUM_THREADS": "1", "GOTO_NUM_THREADS": "1"}

#: IDL/GDL statement that pins the thread pool (run before any case)
IDL_PIN = "CPU, TPOOL_NTHREADS=1"

#: MATLAB statement that pins the computational threads (Octave's is a no-op)
MATLAB_PIN = "maxNumCompThreads(1)"


#: shell for the clones' SPAWN/system when the environment names none: GDL's SPAWN
#: refuses to run ("Environment variable SHELL | COMSPEC not set.") without ``SHELL``,
#: which minimal CI containers do not set; an interactive IDL session always has one
DEFAULT_SHELL = "/bin/sh"


def pinned_environment(base=None) -> dict:
    """``base`` (default ``os.environ``) with :data:`SINGLE_THREAD_ENV` on top.

    ``SHELL`` is set to :data:`DEFAULT_SHELL` when ``base`` has none, so a capture in a
    minimal container runs SPAWN cases as a login session would.
    """
    env = {**(os.environ if base is None else base), **SINGLE_THREAD_ENV}
    env.setdefault("SHELL", DEFAULT_SHELL)
    return env


def describe_threads(setting: str) -> str:
    """A short text for a recorded ``compat_threads`` value ('' when none was saved)."""
    setting = " ".join(str(setting).split())
    if not setting:
        return "threads not recorded"
    return setting
