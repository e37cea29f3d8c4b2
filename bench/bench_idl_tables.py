"""Benchmark IDL's text tables (READ_CSV, WRITE_CSV, READ_ASCII, FORPRINT, and the IDL
Astronomy Library's RDFLOAT and READFMT) against GDL and plain numpy.

Run: python bench/bench_idl_tables.py [--repeat 3] [--only TEXT] [--no-legacy]

100,000 rows of three columns (DOUBLE, LONG, FLOAT): compat's time, GDL's time for the
same statement inside one GDL run (single-threaded, timed by GDL; GDL 1.0.1's READ_CSV,
WRITE_CSV and READ_ASCII are its own .pro rewrites, FORPRINT is timed as the library's
documented FOR loop of PRINTF since GDL lacks it), and numpy's nearest call
(``genfromtxt(names=True)``, ``savetxt``, ``loadtxt``: not IDL-equivalent, no IDL
types, no header detection, repr digits). RDFLOAT and READFMT run the Library's own .pro in
GDL (reference_outputs/idl/astro_readers/pro on !PATH). Not part of the test run.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _harness import Case, run  # noqa: E402
from compat import idl  # noqa: E402

N = 100_000
rng = np.random.default_rng(0)
x = rng.standard_normal(N)
k = rng.integers(-1000, 1000, N).astype(np.int32)
y = rng.standard_normal(N).astype(np.float32)
FOLDER = Path(tempfile.mkdtemp(prefix="compat-bench-tables-"))
CSV, TXT = FOLDER / "t.csv", FOLDER / "t.txt"
idl.write_csv(CSV, x, k, y, header=["x", "k", "y"])
np.savetxt(TXT, np.column_stack([x, k, y]))
FIXED = FOLDER / "fixed.txt"
FIXED.write_text("".join(f"{a:12.5f}{b:7d}{c:10.4f}\n" for a, b, c in zip(x, k, y)))
LIBRARY = Path(__file__).resolve().parents[1] / "reference_outputs/idl/astro_readers/pro"

CASES = [
    Case("1e5 rows READ_CSV (typed, header)", {}, lambda: idl.read_csv(CSV),
         legacy=f"s = read_csv('{CSV}')",
         baseline=lambda: np.genfromtxt(CSV, delimiter=",", names=True)),
    Case("1e5 rows WRITE_CSV of 3 columns", {"x": x, "k": k, "y": y},
         lambda x, k, y: idl.write_csv(FOLDER / "w.csv", x, k, y),
         legacy=f"write_csv, '{FOLDER / 'g.csv'}', x, k, y",
         baseline=lambda x, k, y: np.savetxt(FOLDER / "n.csv", np.column_stack([x, k, y]),
                                             delimiter=",")),
    Case("1e5 rows READ_ASCII (blank separated)", {}, lambda: idl.read_ascii(TXT),
         legacy=f"a = read_ascii('{TXT}')", baseline=lambda: np.loadtxt(TXT)),
    Case("1e5 rows RDFLOAT (3 columns)", {}, lambda: idl.rdfloat(str(TXT), silent=True),
         legacy=f"!path = '{LIBRARY}:' + !path & rdfloat, '{TXT}', a, b, c, /silent",
         baseline=lambda: np.loadtxt(TXT, dtype=np.float32, unpack=True)),
    Case("1e5 rows READFMT (F12.5,I7,F10.4)", {},
         lambda: idl.readfmt(str(FIXED), "F12.5,I7,F10.4", silent=True),
         legacy=(f"!path = '{LIBRARY}:' + !path & "
                 f"readfmt, '{FIXED}', 'F12.5,I7,F10.4', a, b, c, /silent"),
         baseline=lambda: np.genfromtxt(FIXED, delimiter=[12, 7, 10], unpack=True)),
    Case("1e5 rows FORPRINT to a file", {"x": x, "k": k, "y": y},
         lambda x, k, y: idl.forprint(x, k, y, textout=str(FOLDER / "f.txt"),
                                      nocomment=True, silent=True),
         legacy=(f"openw, lun, '{FOLDER / 'f2.txt'}', /get_lun & for i = 0L, "
                 "n_elements(x) - 1 do printf, lun, x[i], k[i], y[i] & free_lun, lun"),
         baseline=lambda x, k, y: np.savetxt(FOLDER / "n.txt", np.column_stack([x, k, y]))),
]

if __name__ == "__main__":
    run("IDL text tables vs GDL's library routines and numpy (1e5 rows)", "gdl", CASES)
