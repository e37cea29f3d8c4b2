"""Benchmark compat.idl.cv_coord vs GDL running cv_coord.pro's steps vs plain numpy.

GDL 1.0.1 has no CV_COORD; the clone runs the steps of IDL's library cv_coord.pro as
written in reference_outputs/idl/coordinate_conversion/ref_cv_coord.pro (the goldens'
reference). FLOAT conversions call the C library's float routines element by element
(atan2f/sinf/cosf, as GDL does), DOUBLE ones are vectorised.

Run: python bench/bench_idl_coordinate_conversion.py [--size N] [--repeat R]
(1e5 points by default). Not part of the test run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import idl  # noqa: E402

REF = Path(__file__).resolve().parents[1] / "reference_outputs" / "idl" / \
    "coordinate_conversion"


def _sphere(p):
    x, y, z = p.T
    rho = np.hypot(x, y)
    return np.c_[np.arctan2(y, x), np.arctan2(z, rho), np.hypot(rho, z)]


def _rect(s):
    lon, lat, r = s.T
    return np.c_[r * np.cos(lon) * np.cos(lat), r * np.sin(lon) * np.cos(lat),
                 r * np.sin(lat)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(0)
    d = rng.normal(size=(options.size, 3))
    f = d.astype(np.float32)
    n = f"{options.size:.0e} points"
    setup = f"!path = '{REF}:' + !path"
    run("IDL CV_COORD vs GDL (cv_coord.pro's steps) and numpy", "gdl", [
        Case(f"rect->sphere DOUBLE {n}", {"d": d},
             lambda d: idl.cv_coord(from_rect=d, to_sphere=True),
             "r = ref_cv_coord(d, 'rect', 'sphere')", _sphere, setup=setup),
        Case(f"sphere->rect DOUBLE /DEGREES {n}", {"d": d},
             lambda d: idl.cv_coord(from_sphere=d, to_rect=True, degrees=True),
             "r = ref_cv_coord(d, 'sphere', 'rect', /degrees)",
             lambda d: _rect(np.c_[np.radians(d[:, :2]), d[:, 2]]), setup=setup),
        Case(f"rect->sphere FLOAT {n}", {"f": f},
             lambda f: idl.cv_coord(from_rect=f, to_sphere=True),
             "r = ref_cv_coord(f, 'rect', 'sphere')", _sphere, setup=setup),
        Case(f"sphere->rect FLOAT {n}", {"f": f},
             lambda f: idl.cv_coord(from_sphere=f, to_rect=True),
             "r = ref_cv_coord(f, 'sphere', 'rect')", _rect, setup=setup),
    ], rest)


if __name__ == "__main__":
    main()
