"""Benchmark compat.idl.string against GDL's STRING and a plain Python formatting call.

Run: python bench/bench_idl_strings.py [--repeat 5] [--only TEXT] [--no-legacy]

1e6 values through STRING(FORMAT='(F8.3)'), the default (free-format) STRING of FLOAT
and DOUBLE data, STRING(FORMAT='(E12.4)') and STRING(FORMAT='(I6)'): compat's time,
GDL's time for the same statement inside one GDL run (single-threaded, timed by GDL),
and a plain Python call that formats the same values with the same C format
(``[f'{v:8.3f}' for v in a.tolist()]``, not IDL-equivalent: no asterisks on overflow,
no IDL NaN/Inf spellings). The goal of issue 14 is compat/GDL <= 0.5. Not part of the
test run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _harness import Case, run  # noqa: E402
from compat import idl  # noqa: E402

N = 1_000_000
rng = np.random.default_rng(0)
f32 = (rng.standard_normal(N) * 10.0 ** rng.uniform(-3, 3, N)).astype(np.float32)
f64 = f32.astype(np.float64) * (1 + 1e-9)
i16 = rng.integers(-30000, 30000, N).astype(np.int16)

CASES = [
    Case("1e6 FLOAT STRING(FORMAT='(F8.3)')", {"a": f32},
         lambda a: idl.string(a, format="(F8.3)"),
         legacy="s = string(a, format='(F8.3)')",
         baseline=lambda a: [f"{v:8.3f}" for v in a.tolist()]),
    Case("1e6 FLOAT STRING(a) (free format)", {"a": f32},
         lambda a: idl.string(a), legacy="s = string(a)",
         baseline=lambda a: [f"{v:#13.6g}" for v in a.tolist()]),
    Case("1e6 DOUBLE STRING(a) (free format)", {"a": f64},
         lambda a: idl.string(a), legacy="s = string(a)",
         baseline=lambda a: [f"{v:#16.8g}" for v in a.tolist()]),
    Case("1e6 FLOAT STRING(FORMAT='(E12.4)')", {"a": f32},
         lambda a: idl.string(a, format="(E12.4)"),
         legacy="s = string(a, format='(E12.4)')",
         baseline=lambda a: [f"{v:12.4E}" for v in a.tolist()]),
    Case("1e6 INT STRING(FORMAT='(I6)')", {"a": i16},
         lambda a: idl.string(a, format="(I6)"),
         legacy="s = string(a, format='(I6)')",
         baseline=lambda a: [f"{v:6d}" for v in a.tolist()]),
]

if __name__ == "__main__":
    run("idl.string vs GDL STRING and a plain Python format call (1e6 values)", "gdl",
        CASES)
