"""Benchmark: MATLAB's low-level netcdf.* calls (compat.matlab.netcdf_*) vs Octave's
netcdf package vs netCDF4-python directly.

Work: a classic file with one 2048-by-1024 NC_DOUBLE variable: read it whole with
netcdf.getVar, read a 512-by-256 block with start/count/stride, and write it whole with
netcdf.putVar (into a new file). Octave 7.3's netcdf package (octave-netcdf 1.0.16) runs
the same calls over the same netCDF-C library; the baseline is netCDF4-python's
``Dataset(...)[name][...]`` without MATLAB's layout (no transpose). Timings by
bench/_harness.py (Octave times itself, single-threaded, start-up excluded; best of
--repeat). Measured (best of 3, 2 cores): whole read 0.83x Octave (the transposed view,
no copy), strided block 1.19x, whole write 2.2x Octave and 1.03x netCDF4-python -- the
write is netCDF4-python's: numpy's row-major x-by-y array must be transposed into the
file's C order, which MATLAB's column-major memory already is. Not part of the test run:

    python bench/bench_matlab_netcdf_library.py [--repeat N]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import matlab  # noqa: E402


def _write(path, data):
    ncid = matlab.netcdf_create(path, "NC_CLOBBER")
    dx = matlab.netcdf_defdim(ncid, "x", data.shape[0])
    dy = matlab.netcdf_defdim(ncid, "y", data.shape[1])
    v = matlab.netcdf_defvar(ncid, "v", "NC_DOUBLE", [dx, dy])
    matlab.netcdf_enddef(ncid)
    matlab.netcdf_putvar(ncid, v, data)
    matlab.netcdf_close(ncid)


def main():
    import netCDF4
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "bench.nc")
    out = os.path.join(folder, "out.nc")
    data = np.random.default_rng(2).normal(size=(2048, 1024))
    _write(path, data)

    def read_whole(_):
        ncid = matlab.netcdf_open(path)
        x = matlab.netcdf_getvar(ncid, 0)
        matlab.netcdf_close(ncid)
        return x

    def read_block(_):
        ncid = matlab.netcdf_open(path)
        x = matlab.netcdf_getvar(ncid, 0, [100, 50], [512, 256], [2, 3])
        matlab.netcdf_close(ncid)
        return x

    def base_whole(_):
        with netCDF4.Dataset(path) as ds:
            return ds["v"][...]

    def base_block(_):
        with netCDF4.Dataset(path) as ds:
            return ds["v"][50:50 + 3 * 256:3, 100:100 + 2 * 512:2]

    def base_write(d):
        with netCDF4.Dataset(out, "w", format="NETCDF3_CLASSIC") as ds:
            ds.createDimension("y", d.shape[1])
            ds.createDimension("x", d.shape[0])
            ds.createVariable("v", "f8", ("y", "x"))[...] = d.T

    load = "pkg load netcdf; import_netcdf; "
    run("MATLAB netcdf.* vs Octave's netcdf package and netCDF4-python", "octave", [
        Case("netcdf.getVar whole 2048x1024 double", {"D": data[:1, :1]}, read_whole,
             legacy=f"n = netcdf.open('{path}', 'NC_NOWRITE'); x = netcdf.getVar(n, 0); "
                    "netcdf.close(n);", setup=load, baseline=base_whole),
        Case("netcdf.getVar 512x256 block, stride [2 3]", {"D": data[:1, :1]}, read_block,
             legacy=f"n = netcdf.open('{path}', 'NC_NOWRITE'); "
                    "x = netcdf.getVar(n, 0, [100 50], [512 256], [2 3]); netcdf.close(n);",
             setup=load, baseline=base_block),
        Case("netcdf.putVar whole 2048x1024 double (new file)", {"D": data},
             lambda D: _write(out, D),
             legacy=f"n = netcdf.create('{out}', 'NC_CLOBBER'); a = netcdf.defDim(n, 'x', "
                    "2048); b = netcdf.defDim(n, 'y', 1024); v = netcdf.defVar(n, 'v', "
                    "'NC_DOUBLE', [a b]); netcdf.endDef(n); netcdf.putVar(n, v, D); "
                    "netcdf.close(n);", setup=load, baseline=base_write),
    ])


if __name__ == "__main__":
    main()
