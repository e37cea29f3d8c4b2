"""Benchmark compat's file reading and writing against GDL/Octave and the direct library call.

Run: python bench/bench_files.py [--rows 1000000] [--megabytes 100] [--repeat 3]

Cases: a numeric text table of --rows rows read with matlab.textscan (Octave's textscan;
numpy.loadtxt as the direct call), matlab.readmatrix, importdata and textread (Octave's
dlmread, importdata and textread; numpy.loadtxt), written with matlab.writematrix
(Octave's dlmwrite with %.15g; numpy.savetxt), read with readtable/readcell
(pandas.read_csv), idl.readcol (numpy.loadtxt) and idl.readf (GDL's READF),
and written with idl.printf (GDL's PRINTF; numpy.savetxt); a --megabytes array
saved and restored as an IDL SAVE file (GDL's SAVE/RESTORE; scipy.io.readsav), loaded as
a .mat file (Octave's load; scipy.io.loadmat) and read as FITS (astropy.io.fits.getdata);
the readsav and getdata arrays are read into native byte order, as compat returns them.
Goal (issue 15): no slower than the clone and within 1.5x the direct library call.
Measured in CPU time (best of 5, three rounds, load 5-7 on 2 cores; the wall times
this table prints swing with the load): readf of 10^6 x 2 FLOAT 0.20-0.30 s, 1.29-1.35x
numpy.loadtxt, GDL 0.49-0.54 s of CPU per READF (0.94-1.40 s wall); readcol F,F
1.27-1.40x and textscan %f %f 1.0-1.31x numpy.loadtxt.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np
import scipy.io
from astropy.io import fits

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import idl, matlab  # noqa: E402


def native(array):
    """``array`` read into memory in native byte order, as compat returns it: astropy's
    getdata hands back a lazy big-endian memory map (0.0004 s for 100 MB, nothing
    read) and readsav big-endian views, so the direct call alone would not do the same
    work."""
    return array.astype(array.dtype.newbyteorder("="))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--megabytes", type=int, default=100)
    options, rest = parser.parse_known_args()
    folder = Path(tempfile.mkdtemp(prefix="compat-bench-files-"))
    rng = np.random.default_rng(0)
    table = rng.standard_normal((options.rows, 2))
    text_path = folder / "table.txt"
    np.savetxt(text_path, table, fmt="%.6f")
    array = rng.standard_normal(options.megabytes * 1024 * 1024 // 8)
    sav, mat, fit = folder / "big.sav", folder / "big.mat", folder / "big.fits"
    idl.save(sav, a=array)
    matlab.save(str(mat), "-v6", a=array)
    fits.PrimaryHDU(array).writeto(fit)

    def textscan():
        fid = matlab.fopen(str(text_path))
        matlab.textscan(fid, "%f %f")
        matlab.fclose(fid)

    text = [
        Case(f"textscan %f %f, {options.rows} rows", {}, textscan,
             legacy=f"fid = fopen('{text_path}'); C = textscan(fid, '%f %f'); fclose(fid)",
             baseline=lambda: np.loadtxt(text_path)),
    ]
    run("MATLAB text tables vs Octave and numpy.loadtxt", "octave", text, rest)
    csv_path = folder / "table.csv"
    np.savetxt(csv_path, table, fmt="%.6f", delimiter=",", header="alpha,beta", comments="")
    out_path = folder / "written.csv"
    loadtxt_csv = lambda: np.loadtxt(csv_path, delimiter=",", skiprows=1)  # noqa: E731
    run("MATLAB readmatrix/importdata/textread/writematrix vs Octave and numpy", "octave", [
        Case(f"readmatrix, {options.rows} rows with a header (Octave: dlmread)", {},
             lambda: matlab.readmatrix(str(csv_path)),
             legacy=f"A = dlmread('{csv_path}', ',', 1, 0)", baseline=loadtxt_csv),
        Case(f"importdata, {options.rows} rows with a header", {},
             lambda: matlab.importdata(str(csv_path)),
             legacy=f"A = importdata('{csv_path}')", baseline=loadtxt_csv),
        Case(f"textread %f %f, {options.rows} rows", {},
             lambda: matlab.textread(str(text_path), "%f %f"),
             legacy=f"[x, y] = textread('{text_path}', '%f %f')",
             setup="warning('off', 'Octave:legacy-function')",
             baseline=lambda: np.loadtxt(text_path)),
        Case(f"writematrix, {options.rows} rows x 2 doubles (Octave: dlmwrite %.15g)",
             {"a": table}, lambda a: matlab.writematrix(a, str(out_path)),
             legacy=f"dlmwrite('{folder}/octave.csv', a, 'precision', '%.15g')",
             baseline=lambda a: np.savetxt(folder / "numpy.csv", a, fmt="%.15g",
                                           delimiter=",")),
    ], rest)
    try:
        import pandas
    except ImportError:
        pandas = None
    if pandas is not None:
        run("MATLAB readtable/readcell (no clone has them) vs pandas.read_csv", "octave", [
            Case(f"readtable, {options.rows} rows", {},
                 lambda: matlab.readtable(str(csv_path)),
                 baseline=lambda: pandas.read_csv(csv_path)),
            Case(f"readcell, {options.rows} rows", {},
                 lambda: matlab.readcell(str(csv_path)),
                 baseline=lambda: pandas.read_csv(csv_path, header=None).values.tolist()),
        ], rest)
    run("IDL READCOL (no clone has it) vs numpy.loadtxt", "gdl", [
        Case(f"readcol F,F, {options.rows} rows", {},
             lambda: idl.readcol(str(text_path), "F,F", silent=True),
             baseline=lambda: np.loadtxt(text_path, dtype=np.float32)),
    ], rest)
    rows = options.rows
    f32 = table.astype(np.float32)

    def readf():
        lun = idl.openr(str(text_path), get_lun=True)
        idl.readf(lun, np.zeros((rows, 2), np.float32))
        idl.free_lun(lun)

    def printf():
        lun = idl.openw(str(folder / "printf.txt"), get_lun=True)
        idl.printf(lun, f32)
        idl.free_lun(lun)

    run("IDL READF/PRINTF of a text table vs GDL and numpy", "gdl", [
        Case(f"readf fltarr(2, {rows})", {}, readf,
             legacy=f"a = fltarr(2, {rows}) & openr, lun, '{text_path}', /get_lun & "
                    f"readf, lun, a & free_lun, lun",
             baseline=lambda: np.loadtxt(text_path, dtype=np.float32)),
        Case(f"printf fltarr(2, {rows}), free format", {}, printf,
             legacy=f"openw, lun, '{folder}/gdl_printf.txt', /get_lun & printf, lun, a & "
                    f"free_lun, lun", setup=f"a = randomn(1, 2, {rows})",
             baseline=lambda: np.savetxt(folder / "numpy.txt", f32, fmt="%13.6g")),
    ], rest)
    run(f"{options.megabytes} MB SAVE files vs GDL and scipy.io.readsav", "gdl", [
        Case("restore", {}, lambda: idl.restore(sav), legacy=f"restore, '{sav}'",
             baseline=lambda: native(scipy.io.readsav(str(sav))["a"])),
        Case("save", {}, lambda: idl.save(folder / "out.sav", a=array),
             legacy=f"save, a, filename='{folder}/gdl.sav'", setup=f"a = dindgen({array.size})"),
    ], rest)
    run(f"{options.megabytes} MB MAT and FITS files vs Octave and scipy/astropy", "octave", [
        Case("load .mat", {}, lambda: matlab.load(str(mat)), legacy=f"S = load('{mat}')",
             baseline=lambda: scipy.io.loadmat(str(mat))),
        Case("readfits", {}, lambda: idl.readfits(str(fit), silent=True),
             baseline=lambda: native(fits.getdata(fit))),
    ], rest)


if __name__ == "__main__":
    main()
