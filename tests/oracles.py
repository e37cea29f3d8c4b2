"""The live oracles of the tests: run legacy code in GNU Octave or GDL, values bit for bit.

One module for every differential test (``@pytest.mark.octave`` / ``@pytest.mark.gdl``),
on top of the golden machinery in :mod:`compat.golden`: the engines' command lines
(:data:`compat.golden.capture.ENGINES`), their single-thread pinning
(:mod:`compat.golden.threads`: GDL's ``CPU, TPOOL_NTHREADS=1``, Octave's one BLAS/OpenMP
thread), and the layout-aware readers (:mod:`compat.golden.layout`). Many cases run in
one program start; each case runs in its own error handler, so a case the clone refuses
comes back as a ``RuntimeError`` carrying the clone's message instead of stopping the
run.

* :func:`run_octave` -- ``(statements, inputs, outputs)`` cases; inputs and outputs
  travel in ``.mat`` files (MATLAB's classes kept: int8 stays int8, single stays single).
* :func:`run_octave_calls` -- ``(call, inputs, nargout)`` cases, the call an expression
  (``"sort(A, 'descend')"``): per case the list of its ``nargout`` outputs, or the
  ``RuntimeError``.
* :func:`run_gdl` -- ``(name, inputs, expression)`` cases; inputs and results travel as
  raw little-endian files with their IDL type code and dimensions, so no value is ever
  printed and re-parsed.
* :func:`run_gdl_program`, :func:`run_octave_program` -- a program a test wrote itself
  (files shared with the clone: .sav, netCDF, text tables), run pinned in its folder.
  No test starts a clone any other way (tests/test_house.py checks).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import scipy.io

from compat.golden.capture import ENGINES
from compat.golden.layout import read_mat
from compat.golden.threads import IDL_PIN, pinned_environment

__all__ = ["OCTAVE", "GDL", "GDL_PIN", "IDL_TYPE", "run_octave", "run_octave_calls",
           "as2d", "run_gdl", "run_gdl_program", "run_octave_program"]

_ENGINE = {engine.name: engine for engine in ENGINES}
OCTAVE = shutil.which(_ENGINE["octave"].executable)
GDL = shutil.which(_ENGINE["gdl"].executable)
#: first statement of every GDL script the tests write (one thread in GDL's pool)
GDL_PIN = IDL_PIN

IDL_TYPE = {np.dtype(np.uint8): 1, np.dtype(np.int16): 2, np.dtype(np.int32): 3,
            np.dtype(np.float32): 4, np.dtype(np.float64): 5, np.dtype(np.complex64): 6,
            np.dtype(np.complex128): 9, np.dtype(np.uint16): 12, np.dtype(np.uint32): 13,
            np.dtype(np.int64): 14, np.dtype(np.uint64): 15}
_NUMPY_TYPE = {v: k for k, v in IDL_TYPE.items()}


def _clone(command: list[str], cwd, timeout: float,
           env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env=pinned_environment() if env is None else env,
                          stdin=subprocess.DEVNULL)


# ----------------------------------------------------------------------------- Octave
def run_octave(cases, *, setup: str = "", timeout: float = 600) -> list:
    """Run every case in one ``octave-cli``.

    Parameters
    ----------
    cases : iterable of (statements, inputs, outputs)
        ``statements``: MATLAB text using the inputs' names (``"r = conv2(A, B,
        'same');"``); ``inputs``: name -> value (numpy arrays in MATLAB's layout, str for
        char); ``outputs``: the variable names to bring back.
    setup : str
        Statements run once first (``pkg load signal``).

    Returns
    -------
    list, one entry per case: ``{output: value}`` read by
    :func:`compat.golden.layout.read_mat`, or ``RuntimeError(octave's message)``.
    """
    if OCTAVE is None:
        raise RuntimeError("octave-cli is not on PATH")
    cases = list(cases)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lines = [setup] if setup else []
        for k, (statements, inputs, outputs) in enumerate(cases):
            scipy.io.savemat(folder / f"in{k}.mat", dict(inputs) or {"unused__": 0})
            names = ", ".join(f"'{name}'" for name in outputs)
            lines += [
                "clear -x d",
                "try",
                f"  S__ = load('in{k}.mat');",
                *(f"  {name} = S__.{name};" for name in inputs),
                "  clear S__",
                f"  {statements}",
                f"  save('-v7', 'out{k}.mat', {names});",
                "catch err",
                f"  fid = fopen('err{k}.txt', 'w'); fprintf(fid, '%s', err.message); "
                "fclose(fid);",
                "end",
            ]
        (folder / "oracle_run.m").write_text("\n".join(lines) + "\n")
        engine = _ENGINE["octave"]
        done = _clone(engine.command("oracle_run"), folder, timeout)
        results = []
        for k in range(len(cases)):
            if (folder / f"err{k}.txt").exists():
                results.append(RuntimeError((folder / f"err{k}.txt").read_text()))
            elif (folder / f"out{k}.mat").exists():
                results.append(read_mat(folder / f"out{k}.mat"))
            else:
                raise RuntimeError(f"octave stopped at case {k}: {done.stdout[-2000:]}\n"
                                   f"{done.stderr[-2000:]}")
    return results


def run_octave_calls(cases, **options) -> list:
    """:func:`run_octave` for ``(call, inputs, nargout)`` cases: ``call`` is a MATLAB
    expression (``"unique(A, 'rows')"``) whose first ``nargout`` outputs come back as a
    list (or the case's ``RuntimeError``)."""
    cases = list(cases)
    names = [[f"r{j}__" for j in range(nargout)] for _, _, nargout in cases]
    results = run_octave([(f"[{', '.join(outs)}] = {call};", inputs, outs)
                          for (call, inputs, _), outs in zip(cases, names)], **options)
    return [result if isinstance(result, Exception) else [result[n] for n in outs]
            for result, outs in zip(results, names)]


def as2d(a) -> np.ndarray:
    """A compat result in the size MATLAB gives it, as Octave's outputs come back: at
    least 2-D, a 1-D array as a row, a scalar as 1x1."""
    a = np.asarray(a)
    if a.ndim == 0:
        return a.reshape(1, 1)
    if a.ndim == 1:
        return a.reshape(1, -1)
    return a


# -------------------------------------------------------------------------------- GDL
def _read_lines(name: str, a: np.ndarray, path: str) -> list[str]:
    dims = ",".join(str(n) for n in reversed(a.shape)) or "1"
    lines = [f"openr, lun, '{path}', /get_lun, /swap_if_big_endian",
             f"{name} = make_array(dimension=[{dims}], type={IDL_TYPE[a.dtype]})",
             f"readu, lun, {name} & free_lun, lun"]
    if a.ndim == 0:
        lines.append(f"{name} = {name}[0]")
    return lines


def run_gdl(cases, workdir=None, timeout: float = 600) -> dict:
    """Run every case in one GDL session.

    ``cases``: iterable of ``(name, inputs, expression)`` where ``inputs`` maps IDL
    variable names to numpy arrays (readsav layout) and ``expression`` is the IDL
    expression whose value is wanted (e.g. ``"convol(a, k, /edge_wrap)"``).
    Returns ``{name: ndarray}`` (numpy shape = IDL dimensions reversed, 0-d for a scalar),
    or ``{name: RuntimeError}`` for a case GDL refused (its error message).
    """
    if GDL is None:
        raise RuntimeError("gdl is not on PATH")
    if workdir is None:
        with tempfile.TemporaryDirectory() as tmp:
            return run_gdl(cases, Path(tmp), timeout)
    workdir = Path(workdir)
    lines = [GDL_PIN]
    cases = list(cases)
    for k, (name, inputs, expression) in enumerate(cases):
        lines.append("catch, err")
        lines.append(f"if err ne 0 then begin & catch, /cancel & openw, lun, 'err{k}.txt',"
                     " /get_lun & printf, lun, !error_state.msg & free_lun, lun"
                     f" & goto, skip{k} & endif")
        for var, value in inputs.items():
            # np.ascontiguousarray makes a 0-d value 1-D: keep the shape, so that a
            # numpy scalar or 0-d array reaches GDL as an IDL scalar, not a 1-element array
            value = np.ascontiguousarray(value).reshape(np.shape(value))
            value.astype(value.dtype.newbyteorder("<")).tofile(workdir / f"in{k}_{var}.bin")
            lines += _read_lines(var, value, f"in{k}_{var}.bin")
        lines += [
            f"r = {expression}",
            f"openw, lun, 'out{k}.bin', /get_lun, /swap_if_big_endian",
            "writeu, lun, r & free_lun, lun",
            f"openw, lun, 'type{k}.txt', /get_lun & printf, lun, size(r, /type), "
            "size(r, /n_dimensions), size(r, /dimensions) & free_lun, lun",
            f"skip{k}: catch, /cancel",
        ]
    # a procedure, so that GOTO labels and CATCH work
    body = "\n".join("  " + line for line in lines)
    (workdir / "oracle_run.pro").write_text(f"pro oracle_run\n{body}\nend\n")
    done = _clone(_ENGINE["gdl"].command("oracle_run"), workdir, timeout)
    results = {}
    for k, (name, inputs, expression) in enumerate(cases):
        err = workdir / f"err{k}.txt"
        tfile = workdir / f"type{k}.txt"
        if err.exists():
            results[name] = RuntimeError(err.read_text().strip())
            continue
        if not tfile.exists():
            raise RuntimeError(f"GDL failed on case {name}: {done.stdout}\n{done.stderr}")
        fields = [int(v) for v in tfile.read_text().split()]
        dtype, ndim = _NUMPY_TYPE[fields[0]], fields[1]
        dims = fields[2:2 + ndim] if ndim else []
        out = np.fromfile(workdir / f"out{k}.bin", dtype=dtype.newbyteorder("<"))
        results[name] = out.reshape(tuple(reversed(dims))).astype(dtype)
    return results


# ------------------------------------------------------------ programs a test wrote
def run_gdl_program(program: str, cwd, *, timeout: float = 120,
                    env: dict | None = None) -> subprocess.CompletedProcess:
    """Run a GDL program a test wrote into ``cwd`` (files GDL reads or writes there).

    ``program`` ending in ``.pro`` is a main-level file (``gdl -quiet run.pro``; it ends
    with ``exit``); anything else is run with ``-e``, the golden engine's command: a
    procedure's name (``"rt"`` for ``rt.pro``) or one statement line. The clone is pinned
    (:func:`compat.golden.threads.pinned_environment`, or ``env`` when a test needs
    another environment), reads no stdin and its output comes back as text in the
    ``CompletedProcess``.
    """
    if GDL is None:
        raise RuntimeError("gdl is not on PATH")
    if program.endswith(".pro"):
        command = [GDL, "-quiet", program]
    else:
        command = [GDL] + _ENGINE["gdl"].command(program)[1:]
    return _clone(command, cwd, timeout, env)


def run_octave_program(program: str, cwd=None, *, timeout: float = 600,
                       env: dict | None = None) -> subprocess.CompletedProcess:
    """Run an Octave program a test wrote: ``program`` ending in ``.m`` is a script file
    (``octave-cli --norc --quiet --no-window-system file.m``), anything else MATLAB text
    run with ``--eval`` (the golden engine's command). Pinned, no stdin, text output, as
    :func:`run_gdl_program`."""
    if OCTAVE is None:
        raise RuntimeError("octave-cli is not on PATH")
    if program.endswith(".m"):
        command = [OCTAVE, "--norc", "--quiet", "--no-window-system", program]
    else:
        command = [OCTAVE] + _ENGINE["octave"].command(program)[1:]
    return _clone(command, cwd, timeout, env)


def octave_version() -> str:
    """``octave-cli --version``'s first line (for messages)."""
    if OCTAVE is None:
        return "octave-cli not installed"
    out = subprocess.run([OCTAVE, "--version"], capture_output=True, text=True,
                         env=pinned_environment()).stdout
    return out.splitlines()[0] if out else "unknown"


os.environ.update(pinned_environment({}))  # clones started any other way are pinned too
