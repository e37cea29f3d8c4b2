"""Live GDL for text results: many STRING/format cases in one GDL run.

:func:`run_text_cases` takes ``(name, statement, inputs)`` cases: ``statement`` is IDL
text that assigns the result to ``s`` (``"s = string(v, format='(F8.3)')"``), ``inputs``
maps IDL variable names to numpy arrays (readsav layout). Every input of every case
travels in one raw file per dtype (bit-exact, as :mod:`oracles` does for numbers), all
cases run in one ``gdl`` started with one thread (``CPU, TPOOL_NTHREADS=1`` first,
``OMP_NUM_THREADS=1``), each under its own ``CATCH`` so a refused case comes back as a
``RuntimeError`` with GDL's message. The result ``s`` comes back as a list of strings
(its elements, IDL order) or, when ``s`` is a number, as a numpy array.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np

from oracles import GDL, GDL_PIN, IDL_TYPE, run_gdl_program

__all__ = ["GDL", "run_text_cases"]

_NUMPY_OF_CODE = {v: k for k, v in IDL_TYPE.items()}


def _script(cases, folder: Path) -> str:
    pools: dict = {}
    reads = []
    body = []
    for k, (name, statement, inputs) in enumerate(cases):
        lines = []
        for var, value in inputs.items():
            value = np.ascontiguousarray(value)
            text = value.dtype.kind == "U"
            if text:   # strings travel as zero-padded byte rows, rebuilt by STRING()
                width = max(1, max((len(t) for t in value.ravel().tolist()), default=1))
                rows = [t.encode("latin-1").ljust(width, b"\0") for t in
                        value.ravel().tolist()]
                value = np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(
                    value.shape + (width,))
            pool = pools.setdefault(value.dtype, [])
            start = sum(p.size for p in pool)
            pool.append(value.ravel())
            dims = ", ".join(str(n) for n in reversed(value.shape))
            code = IDL_TYPE[value.dtype]
            if value.ndim == 0:
                lines.append(f"{var} = pool_{code}[{start}]")
            else:
                lines.append(f"{var} = reform(pool_{code}[{start}:{start + value.size - 1}], "
                             f"{dims})")
            if text:
                lines.append(f"{var} = string({var})")
        body += [
            "catch, err",
            f"if err ne 0 then begin & catch, /cancel & printf, out, '#E {k}' & "
            f"printf, out, !error_state.msg & goto, skip{k} & endif",
            *lines,
            statement,
            f"printf, out, '#C {k} ' + strtrim(size(s, /type), 2) + ' ' + "
            f"strtrim(n_elements(s), 2)",
            "if size(s, /type) eq 7 then printf, out, s, format='(A)' "
            f"else begin & openw, raw, 'r{k}.bin', /get_lun & writeu, raw, s & "
            "free_lun, raw & endelse",
            f"skip{k}: catch, /cancel",
        ]
    for dtype, pool in pools.items():
        data = np.concatenate(pool)
        code = IDL_TYPE[dtype]
        data.astype(dtype.newbyteorder("<")).tofile(folder / f"pool_{code}.bin")
        reads += [f"openr, lun, 'pool_{code}.bin', /get_lun, /swap_if_big_endian",
                  f"pool_{code} = make_array({data.size}, type={code})",
                  f"readu, lun, pool_{code} & free_lun, lun"]
    lines = [GDL_PIN, *reads, "openw, out, 'out.txt', /get_lun", *body, "free_lun, out"]
    return "pro text_oracle\n" + "\n".join("  " + line for line in lines) + "\nend\n"


def run_text_cases(cases, timeout: float = 600) -> dict:
    """Run the cases in one GDL; ``{name: list of str | ndarray | RuntimeError}``."""
    if GDL is None:
        raise RuntimeError("gdl is not on PATH")
    cases = list(cases)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "text_oracle.pro").write_text(_script(cases, folder))
        done = run_gdl_program("text_oracle", folder, timeout=timeout)
        out = folder / "out.txt"
        if not out.exists():
            raise RuntimeError(f"GDL wrote nothing: {done.stdout[-2000:]}\n"
                               f"{done.stderr[-2000:]}")
        lines = out.read_text(encoding="latin-1").split("\n")
        raws = {int(p.stem[1:]): p.read_bytes() for p in folder.glob("r*.bin")}
    results = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#E "):
            k = int(line.split()[1])
            results[cases[k][0]] = RuntimeError(lines[i + 1])
            i += 2
        elif line.startswith("#C "):
            _, k, code, n = line.split()
            k, code, n = int(k), int(code), int(n)
            if code == 7:
                results[cases[k][0]] = lines[i + 1:i + 1 + n]
                i += 1 + n
            else:
                dtype = _NUMPY_OF_CODE[code]
                results[cases[k][0]] = np.frombuffer(
                    raws[k], dtype=dtype.newbyteorder("<")).astype(dtype)
                i += 1
        else:
            i += 1
    missing = [name for name, _, _ in cases if name not in results]
    if missing:
        raise RuntimeError(f"GDL gave no result for {missing[:5]}: {done.stdout[-1500:]}\n"
                           f"{done.stderr[-1500:]}")
    return results
