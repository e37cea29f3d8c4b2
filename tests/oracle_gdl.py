"""Run IDL code in a live GDL session with inputs and outputs passed bit-exactly.

Shared by the GDL oracle tests (``@pytest.mark.gdl``). Inputs travel as raw little-endian
binary files read with READU into arrays of the exact IDL type and dimensions; results
come back the same way together with their IDL type code and dimensions, so no value is
ever printed and re-parsed. Used by tests/test_idl_convol.py and tests/test_idl_median.py
(tests/test_idl_smooth.py keeps its own copy of the same approach).

``GDL_PIN`` is the statement every GDL script of the tests runs first: one thread in
GDL's pool, so float sums are the same on any machine (tests/conftest.py also sets
``OMP_NUM_THREADS=1`` for every clone the tests start).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np

from compat.golden.threads import IDL_PIN

GDL = shutil.which("gdl")
#: first statement of every GDL script the tests write (CPU, TPOOL_NTHREADS=1)
GDL_PIN = IDL_PIN

IDL_TYPE = {np.dtype(np.uint8): 1, np.dtype(np.int16): 2, np.dtype(np.int32): 3,
            np.dtype(np.float32): 4, np.dtype(np.float64): 5, np.dtype(np.complex64): 6,
            np.dtype(np.complex128): 9, np.dtype(np.uint16): 12, np.dtype(np.uint32): 13,
            np.dtype(np.int64): 14, np.dtype(np.uint64): 15}
_NUMPY_TYPE = {v: k for k, v in IDL_TYPE.items()}


def _read_lines(name: str, a: np.ndarray, path: str) -> list[str]:
    dims = ",".join(str(n) for n in reversed(a.shape))
    return [f"openr, lun, '{path}', /get_lun, /swap_if_big_endian",
            f"{name} = make_array(dimension=[{dims}], type={IDL_TYPE[a.dtype]})",
            f"readu, lun, {name} & free_lun, lun"]


def run_gdl(cases, workdir: Path, timeout: float = 120):
    """Run every case in one GDL session.

    ``cases``: iterable of ``(name, inputs, expression)`` where ``inputs`` maps IDL
    variable names to numpy arrays (readsav layout) and ``expression`` is the IDL
    expression whose value is wanted (e.g. ``"convol(a, k, /edge_wrap)"``).
    Returns ``{name: ndarray}`` (numpy shape = IDL dimensions reversed, 0-d for a scalar),
    or ``{name: RuntimeError}`` for a case GDL refused (its error message).
    """
    if GDL is None:
        raise RuntimeError("gdl is not on PATH")
    workdir = Path(workdir)
    lines = [GDL_PIN]
    cases = list(cases)
    for k, (name, inputs, expression) in enumerate(cases):
        lines.append("catch, err")
        lines.append(f"if err ne 0 then begin & catch, /cancel & openw, lun, 'err{k}.txt',"
                     " /get_lun & printf, lun, !error_state.msg & free_lun, lun"
                     f" & goto, skip{k} & endif")
        for var, value in inputs.items():
            value = np.ascontiguousarray(value)
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
    lines.append("exit")
    # a main program: wrap in a procedure so GOTO labels and CATCH work
    body = "\n".join("  " + line for line in lines[:-1])
    (workdir / "oracle_run.pro").write_text(f"pro oracle_run\n{body}\nend\n")
    proc = subprocess.run([GDL, "-quiet", "-e", "oracle_run"], cwd=workdir,
                          capture_output=True, text=True, timeout=timeout)
    results = {}
    for k, (name, inputs, expression) in enumerate(cases):
        err = workdir / f"err{k}.txt"
        tfile = workdir / f"type{k}.txt"
        if err.exists():
            results[name] = RuntimeError(err.read_text().strip())
            continue
        if not tfile.exists():
            raise RuntimeError(f"GDL failed on case {name}: {proc.stdout}\n{proc.stderr}")
        fields = [int(v) for v in tfile.read_text().split()]
        dtype, ndim = _NUMPY_TYPE[fields[0]], fields[1]
        dims = fields[2:2 + ndim] if ndim else []
        out = np.fromfile(workdir / f"out{k}.bin", dtype=dtype.newbyteorder("<"))
        results[name] = out.reshape(tuple(reversed(dims))).astype(dtype)
    return results
