"""User story 8, MATLAB side: whole legacy programs ported call by call, run end to end.

Six legacy scripts in the style of 1990s-2010s lab code live in
tests/data/whole_programs/matlab/ with their input files (written by make_inputs.m there,
run once in GNU Octave 7.3; no random numbers):

* calib_report.m -- load of a -v7 .mat (int16 frame), int16 arithmetic that rounds and
  saturates, conv2 'same', [r, c] = find used as indices in a loop, fprintf to a file,
  ind2sub, disp of index data, save -v7.
* read_log.m -- fopen/fgetl header lines, sscanf, textscan of a CSV table, unique of the
  %s column with ia/ic, histc, sort 'descend' index data, mat2str, sprintf string
  building, int32 division, dlmwrite; then a while ~feof loop with strsplit/strcmp/
  str2double, num2cell pairs, accumarray with @max, isequal, datestr/datenum, upper,
  ismember and sort of text cells, unique of a char row.
* fit_curve.m -- csvread/dlmread with offsets, polyfit/polyval, [p, S, mu] = polyfit,
  interp1 'linear'/'spline'/'extrap' and out of range, zero crossings by find(diff(sign)),
  fprintf of %d with a non-integer, dlmwrite with a C precision, num2str(p, 8).
* decay_chain.m -- load without an output (variables by name), ode45 with odeset
  tolerances at fixed output times, a printed table, max/find index data, int2str,
  filter, save -ascii.
* image_blocks.m -- uint8 image: saturating + and -, uint8 division rounding, block
  means in a 1-based double loop, disp of a double matrix, histc, cumsum, sort index
  data, unique, num2str/int2str/mat2str, conv2 'valid', fwrite/fread 'uint8=>uint8',
  save -v6.
* text_io.m -- textscan with %q and %*s, an fgetl/str2num loop, load of a numeric text
  file, sscanf with a size, big-endian fwrite/fread with ftell/frewind/fseek, exist,
  char padding, repmat/blanks string building, %c, int2str/num2str/mat2str forms,
  dlmwrite -append, save -append, sprintf recycling, strjust.

Each ``port_*`` function below is the port a user writes with compat: the legacy lines
translated one by one. The oracle tests run the legacy script in Octave and the port on
the same inputs and compare everything: printed text byte for byte, files written byte
for byte (text) or by value and class (.mat), and Octave reads the port's files back.
The same comparison runs without Octave against the outputs Octave wrote when the
programs were added (tests/data/whole_programs/matlab/octave/).

Where the clone's text is not MATLAB's the comparison expects MATLAB's, for the clone
divergences compat records elsewhere: ``disp`` of a numeric matrix (Octave lays columns
out its own way; golden suite matlab/disp), ``%d`` of a non-integer (MATLAB switches to
``%e``; matlab/sprintf), interp1's out-of-range value (Octave's ``NA`` prints as "NA";
MATLAB's NaN; matlab/interp1), ``save -ascii`` (MATLAB's ``%16.7e``; matlab/file_io).
The ODE solutions agree to the solvers' tolerance, not bit for bit (Octave's ode45 and
compat's MATLAB algorithm choose other steps).
"""

from __future__ import annotations

import io
import json
import re
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import numpy as np
import pytest
import scipy.io

import compat.__main__ as cli
from compat import matlab
from compat.matlab import intops
from oracles import run_octave_program

DATA = Path(__file__).parent / "data" / "whole_programs" / "matlab"
RECORDED = DATA / "octave"
INPUTS = ("frame.mat", "station_log.txt", "calib.csv", "chain.mat", "scan.mat")
PROGRAMS = ("calib_report", "read_log", "fit_curve", "decay_chain", "image_blocks", "text_io")


def col(a):
    """MATLAB's ``A(:)``: the column of ``A``'s elements in column-major order."""
    return np.asarray(a).reshape(-1, 1, order="F")


# ------------------------------------------------------------------------------ ports
def port_calib_report():
    S = matlab.load('frame.mat')
    raw = S['raw']
    corr = intops.minus(raw, S['dark'])              # int16 - double: rounds, saturates
    scaled = intops.times(corr, S['gain'])
    k = np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]]) / 16
    sm = matlab.conv2(matlab.double(scaled), k, 'same')
    thr = matlab.mean(col(sm)) + 2 * matlab.std(col(sm))
    r, c = matlab.find(sm > thr, nargout=2)
    fid = matlab.fopen('hot.txt', 'w')
    matlab.fprintf(fid, '# %s  threshold %.3f\n', S['tag'], thr)
    for i in range(1, max(r.shape) + 1):             # for i = 1:length(r)
        ri, ci = matlab.idx(r[i - 1]), matlab.idx(c[i - 1])
        matlab.fprintf(fid, '%4d %4d %10.3f %6d\n', r[i - 1], c[i - 1], sm[ri, ci],
                       scaled[ri, ci])
    matlab.fclose(fid)
    nsat = matlab.sum(col(scaled) == matlab.intmax('int16'))
    matlab.disp('saturated pixels: ' + matlab.num2str(nsat))
    mx, imx = matlab.max(col(sm), nargout=2)
    ri, ci = matlab.ind2sub(sm.shape, imx, nargout=2)
    matlab.fprintf('%d hot pixels, max %g at (%d,%d)\n', max(r.shape), mx, ri, ci)
    lin = matlab.find(sm > thr, 3)
    matlab.disp(lin.T)
    half = intops.rdivide(scaled, 2)
    matlab.fprintf('%d ', half[0, 0:6])
    matlab.fprintf('\n')
    matlab.save('calib_out.mat', '-v7', sm=sm, scaled=scaled, lin=lin)


def port_read_log():
    fid = matlab.fopen('station_log.txt', 'r')
    matlab.fgetl(fid)                                 # hdr
    site = matlab.fgetl(fid)
    site = matlab.strtrim(site[5:])                   # site(6:end)
    nline = matlab.fgetl(fid)
    nrec = matlab.sscanf(nline[5:], '%d')
    cols = matlab.fgetl(fid)
    C = matlab.textscan(fid, '%s %f %f %d', 'Delimiter', ',')
    matlab.fclose(fid)
    ids, temp, pres, flag = C
    matlab.fprintf('%s: %d records expected, %d read (%s)\n', site, nrec, temp.size, cols)
    u, ia, ic = matlab.unique(ids, nargout=3)
    for k in range(1, len(u) + 1):
        sel = matlab.find(ic == k)
        s0 = matlab.idx(sel)
        matlab.fprintf('%-6s n=%2d first=%2d mean=%7.2f max=%6.1f\n', u[k - 1], sel.size,
                       ia[k - 1], matlab.mean(temp[s0]), matlab.max(pres[s0]))
    edges = np.arange(-10, 31, 5.0)                   # -10:5:30
    n = matlab.histc(temp, edges)
    for k in range(1, edges.size):
        matlab.fprintf('[%3d,%3d) %s\n', edges[k - 1], edges[k],
                       matlab.repmat('*', 1, n[k - 1, 0]))
    _, order = matlab.sort(pres, 'descend', nargout=2)
    matlab.fprintf('top pressure rows: %s\n', matlab.mat2str(order[0:3].T))
    bad = matlab.find(flag != 0)
    line = matlab.sprintf('%d,', bad)
    line = line[:-1]
    matlab.disp('flagged: ' + line)
    nflag = matlab.sum(flag)
    matlab.fprintf('flag sum %d, quarter %d, class %s\n', nflag,
                   intops.rdivide(matlab.int32(nflag), 4), matlab.class_(nflag))
    matlab.dlmwrite('hist.csv', np.column_stack([edges, n.ravel()]), 'delimiter', ',',
                    'precision', 6)
    # second pass: the same table line by line
    fid = matlab.fopen('station_log.txt')
    for _ in range(1, 5):
        matlab.fgetl(fid)
    tmax = np.zeros((1, len(u)))
    nline = 0
    while not matlab.feof(fid):
        ln = matlab.fgetl(fid)
        if not matlab.ischar(ln):
            break
        parts = matlab.strsplit(ln, ',')
        j = matlab.idx(matlab.find(matlab.strcmp(u, parts[0])))
        v = matlab.str2double(parts[1])
        if v > tmax[0, j]:
            tmax[0, j] = v
        nline = nline + 1
    matlab.fclose(fid)
    pairs = [x for pair in zip(u, matlab.num2cell(tmax)) for x in pair]   # [u'; num2cell]
    matlab.fprintf('%d lines; warmest: %s\n', nline, matlab.sprintf('%s=%.2f ', *pairs))
    acc = matlab.accumarray(ic, temp, [], matlab.max).T
    matlab.fprintf('accumarray agrees: %d\n', matlab.isequal(acc, tmax))
    days = matlab.datestr(matlab.datenum(1998, 3, 14 + np.arange(0, 3.0)), 'yyyy-mm-dd')
    matlab.disp(matlab.upper(site))
    matlab.disp(days)
    isk, where = matlab.ismember(['KRN', 'XXX', 'ESR'], u, nargout=2)
    matlab.fprintf('%d@%d ', np.vstack([isk, where]))
    matlab.fprintf('\n')
    srt = matlab.sort(ids)
    matlab.fprintf('%s..%s, %s, %d\n', srt[0], srt[-1], matlab.unique(site),
                   matlab.ismember('PJL', ids))


def port_fit_curve():
    M = matlab.csvread('calib.csv', 1, 0)
    x, y = M[:, [0]], M[:, [1]]
    p = matlab.polyfit(x, y, 3)
    matlab.fprintf('p(%d) = %+.6e\n', np.vstack([np.arange(1.0, 5.0), p]))
    yf = matlab.polyval(p, x)
    res = y - yf
    rms = matlab.sqrt(matlab.mean(res ** 2))
    matlab.fprintf('rms %.4g over %d points\n', rms, x.size)
    xi = matlab.linspace(matlab.min(x), matlab.max(x), 25).T
    yi = matlab.interp1(x, y, xi, 'linear')
    ys = matlab.interp1(x, y, xi, 'spline')
    zc = matlab.find(matlab.diff(matlab.sign(yf)) != 0)
    for k in range(1, zc.size + 1):
        i = zc[k - 1, 0]
        i0 = matlab.idx(i)
        x0 = x[i0, 0] - yf[i0, 0] * (x[i0 + 1, 0] - x[i0, 0]) / (yf[i0 + 1, 0] - yf[i0, 0])
        matlab.fprintf('crossing near %.5f (between rows %d and %d)\n', x0, i, i + 1)
    matlab.dlmwrite('interp.txt', np.hstack([xi, yi, ys]), 'delimiter', '\t',
                    'precision', '%.6f')
    matlab.disp(matlab.num2str(p, 8))
    worst = matlab.idx(matlab.find(matlab.abs(res) == matlab.max(matlab.abs(res))))
    matlab.disp(matlab.sprintf('worst residual at x = %5.2f: %.3e', x[worst, 0],
                               res[worst, 0]))
    M2 = matlab.dlmread('calib.csv', ',', 1, 0)
    matlab.fprintf('dlmread agrees with csvread: %d\n', matlab.isequal(M, M2))
    p2, S, mu = matlab.polyfit(x, y, 2, nargout=3)
    matlab.fprintf('centred quadratic: %.5f %.5f %.5f (mu = %.3f, %.4f)\n', p2, mu)
    matlab.fprintf('normr %d, df %d\n', S['normr'], S['df'])
    ye = matlab.interp1(x, y, [-2, 0.05, 2], 'linear', 'extrap')
    yn = matlab.interp1(x, y, [-2, 0.05, 2])
    matlab.fprintf('%8.4f %8.4f\n', np.vstack([ye, yn]))


def port_decay_chain():
    S = matlab.load('chain.mat')                      # load('chain.mat') made variables
    k1, k2, n0, tend = S['k1'][0, 0], S['k2'][0, 0], S['n0'], S['tend'][0, 0]

    def f(t, n):
        return np.array([-k1 * n[0], k1 * n[0] - k2 * n[1], k2 * n[1]])

    tspan = matlab.linspace(0, tend, 21)
    opts = matlab.odeset('RelTol', 1e-8, 'AbsTol', 1e-10)
    t, N = matlab.ode45(f, tspan, n0, opts, nargout=2)
    matlab.fprintf('%6s %10s %10s %10s\n', 't', 'A', 'B', 'C')
    matlab.fprintf('%6.2f %10.5f %10.5f %10.5f\n', np.hstack([t, N]).T)
    bmax, ib = matlab.max(N[:, [1]], nargout=2)
    matlab.fprintf('B peaks at t=%.2f (row %d): %.4f\n', t[matlab.idx(ib), 0], ib, bmax)
    half = matlab.find(N[:, [0]] < n0[0, 0] / 2, 1)
    matlab.disp('A below half after sample ' + matlab.int2str(half) + ', t = '
                + matlab.num2str(t[matlab.idx(half), 0]))
    sm = matlab.filter(np.ones((1, 3)) / 3, 1, N[:, [2]])
    tot = matlab.sum(N, 2)
    matlab.fprintf('mass balance worst %.1e\n', matlab.max(matlab.abs(tot - 1)))
    matlab.save('chain_out.txt', '-ascii', sm=sm)


def port_image_blocks():
    S = matlab.load('scan.mat')
    img = S['img']
    bright = intops.plus(img, 60)                     # uint8 saturates at 255
    nb = 4
    bs = img.shape[0] / nb
    means = np.zeros((nb, nb))
    for i in range(1, nb + 1):
        for j in range(1, nb + 1):
            rows = matlab.idx(np.arange((i - 1) * bs + 1, i * bs + 1))
            cols = matlab.idx(np.arange((j - 1) * bs + 1, j * bs + 1))
            blk = img[np.ix_(rows, cols)]
            means[i - 1, j - 1] = matlab.mean(matlab.double(col(blk)))[0, 0]
    matlab.disp(means)
    mx, imx = matlab.max(col(means), nargout=2)
    bi, bj = matlab.ind2sub(means.shape, imx, nargout=2)
    matlab.fprintf('brightest block (%d,%d) mean %.2f\n', bi, bj, mx)
    h = matlab.histc(matlab.double(col(img)), np.arange(0, 257, 32.0))
    matlab.fprintf('%3d-%3d: %5d\n', np.vstack([np.arange(0, 225, 32.0),
                                              np.arange(31, 256, 32.0), h[0:8].T]))
    cs = matlab.cumsum(h)
    med = matlab.find(cs >= img.size / 2, 1)
    matlab.fprintf('median bin %d, saturated %d\n', med, matlab.sum(col(bright) == 255))
    _, idx = matlab.sort(col(means), 'descend', nargout=2)
    matlab.disp(matlab.mat2str(idx[0:4].T))
    u = matlab.unique(img[0:4, 0:4])
    matlab.disp(matlab.num2str(u.T))
    half = intops.rdivide(img, 3)                     # uint8 division rounds
    d = intops.minus(matlab.int16(img[[0], 0:5]), matlab.int16(bright[[0], 0:5]))
    matlab.disp(d)
    matlab.save('scan_out.mat', '-v6', bright=bright, half=half, means=means)
    dark = intops.minus(img, 200)                     # saturates at 0
    matlab.fprintf('dark nonzero %d, row mean %s\n', matlab.nnz(dark),
                   matlab.num2str(matlab.mean(img[0:3, :], 2).T, '%8.2f'))
    edge = matlab.conv2(matlab.double(img), np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]]),
                        'valid')
    g = matlab.abs(col(edge))
    matlab.fprintf('edge %dx%d, max |g| %d at linear index %d\n', edge.shape[0],
                   edge.shape[1], matlab.max(g), matlab.find(g == matlab.max(g), 1))
    fid = matlab.fopen('scan.raw', 'w')
    cnt = matlab.fwrite(fid, img[0:8, 0:8], 'uint8')
    matlab.fclose(fid)
    fid = matlab.fopen('scan.raw', 'r')
    back = matlab.fread(fid, [8, 8], 'uint8=>uint8')
    matlab.fclose(fid)
    matlab.fprintf('wrote %d bytes, read back equal: %d, class %s\n', cnt,
                   matlab.isequal(back, img[0:8, 0:8]), matlab.class_(back))
    matlab.disp(matlab.int2str(means[[0], :] / 7))


def port_text_io():
    m = matlab
    fid = m.fopen('t3.txt', 'w')
    m.fprintf(fid, 'name "quoted field" 1.5\nskip "two words" 2.5\n')
    m.fclose(fid)
    fid = m.fopen('t3.txt')
    C = m.textscan(fid, '%s %q %f')
    m.fclose(fid)
    m.fprintf('%s|%s|%g\n', C[0][1], C[1][0], C[2][1, 0])
    fid = m.fopen('t3.txt')
    D = m.textscan(fid, '%*s %q %f')
    m.fclose(fid)
    m.fprintf('%d %s\n', len(D), D[0][1])
    fid = m.fopen('t4.txt', 'w')
    m.fprintf(fid, '1 2 3\n4 5 6\n')
    m.fclose(fid)
    fid = m.fopen('t4.txt')
    n = 0
    tot = 0
    while True:
        line = m.fgetl(fid)
        if not m.ischar(line):
            break
        v = m.str2num(line)
        tot = tot + m.sum(v)
        n = n + 1
    m.fclose(fid)
    m.fprintf('%d lines total %d\n', n, tot)
    A = m.load('t4.txt')
    m.fprintf('%dx%d %g\n', A.shape[0], A.shape[1], A[1, 2])
    a, cnt = m.sscanf('3 4 5 6', '%d', [2, np.inf], nargout=2)
    m.fprintf('%d %d %d\n', a.shape[0], a.shape[1], cnt)
    fid = m.fopen('b.bin', 'w', 'ieee-be')
    m.fwrite(fid, [1, -2, 300], 'int16')
    m.fwrite(fid, np.pi, 'double')
    m.fclose(fid)
    fid = m.fopen('b.bin', 'r', 'ieee-be')
    x = m.fread(fid, 3, 'int16').T
    p = m.ftell(fid)
    y = m.fread(fid, 1, 'double')
    m.frewind(fid)
    z = m.fread(fid, 1, 'uint8')
    m.fseek(fid, -8, 'eof')
    w = m.fread(fid, 1, 'double')
    m.fclose(fid)
    m.fprintf('%d %d %d | %d %.6f %d %.4f\n', x, p, y, z, w)
    m.fprintf('%d\n', m.exist('b.bin', 'file'))
    names = m.char('ab', 'cde', 'f')                  # a 3x3 char matrix: 3 rows of 3
    m.fprintf('[%s] %dx%d\n', names[0], len(names), len(names[0]))
    s = m.repmat('-', 1, 5) + m.blanks(2) + 'x'
    m.fprintf('[%s]\n', s)
    m.fprintf('%c%c%c\n', 72, 105, 33)
    m.fprintf('%d %d\n', True, np.array([False, True]))
    m.disp(m.int2str(np.array([[1.4, 2.6], [-0.5, 3]])))
    m.fprintf('%s\n', m.num2str(123.456, 4), m.num2str(0.000123456), m.num2str(-np.pi, 10),
              m.num2str(1e10))
    m.disp(m.num2str(np.array([[0.1, 22.5], [3, 4]])))
    m.dlmwrite('app.txt', np.array([[1, 2]]))
    m.dlmwrite('app.txt', np.array([[3, 4]]), '-append')
    m.fprintf('%s', m.fileread('app.txt'))
    m.save('sv.mat', q=5.0)
    m.save('sv.mat', '-append', r='txt')
    S = m.load('sv.mat')
    m.fprintf('%s %d %s\n', m.strjoin(m.sort(m.fieldnames(S)), ','), S['q'], S['r'])
    m.fprintf('%s\n', m.sprintf('%08.3f|%-8s|%e', -3.14159, 'ab', 12345.678))
    m.fprintf('%s\n', m.sprintf('%d %s', np.array([1.0, 2, 3])))
    m.fprintf('%s\n', m.mat2str(np.array([[True, False], [False, True]])),
              m.mat2str(m.int8([1, -2])), m.mat2str(np.zeros((0, 0))))
    x = 0.1 + 0.2
    m.fprintf('%d %d\n', x == 0.3, abs(x - 0.3) < np.finfo(float).eps)
    m.fprintf('%s\n', m.strjust(np.array(['a  ', 'bb ']), 'right'))
    m.fprintf('%g\n', m.nnz(np.isnan([1, np.nan, 3, np.nan])))


PORTS = {"calib_report": port_calib_report, "read_log": port_read_log,
         "fit_curve": port_fit_curve, "decay_chain": port_decay_chain,
         "image_blocks": port_image_blocks, "text_io": port_text_io}


# ------------------------------------------------------------------------ comparisons
def _mat_equal(legacy: Path, port: Path):
    """Same variables, classes, sizes and values (the header's date differs)."""
    a, b = scipy.io.loadmat(legacy), scipy.io.loadmat(port)
    names = sorted(k for k in a if not k.startswith("__"))
    assert names == sorted(k for k in b if not k.startswith("__"))
    for k in names:
        assert a[k].dtype == b[k].dtype, k
        assert a[k].shape == b[k].shape, k
        assert np.array_equal(a[k], b[k]), k


def _same_bytes(legacy: Path, port: Path):
    assert port.read_bytes() == legacy.read_bytes(), port.name


def _numbers(line: str):
    return [float(v) for v in line.split()]


def check_calib_report(legacy: Path, port: Path, out_legacy: str, out_port: str):
    want, got = out_legacy.splitlines(), out_port.splitlines()
    assert len(got) == len(want) == 4
    # line 3 is disp of a double row of index data: MATLAB's columns (golden suite
    # matlab/disp: integers right-aligned in 6-character columns up to 3 digits);
    # Octave 7.3 lays them out 5 wide
    assert got[2] == "    42    65    66" and _numbers(want[2]) == [42, 65, 66]
    assert [g for i, g in enumerate(got) if i != 2] == [w for i, w in enumerate(want)
                                                        if i != 2]
    assert out_port.endswith("\n") and out_legacy.endswith("\n")
    _same_bytes(legacy / "hot.txt", port / "hot.txt")
    _mat_equal(legacy / "calib_out.mat", port / "calib_out.mat")


def check_read_log(legacy: Path, port: Path, out_legacy: str, out_port: str):
    assert out_port == out_legacy
    _same_bytes(legacy / "hist.csv", port / "hist.csv")


def check_fit_curve(legacy: Path, port: Path, out_legacy: str, out_port: str):
    want, got = out_legacy.splitlines(), out_port.splitlines()
    assert len(got) == len(want) == 15
    for i, (w, g) in enumerate(zip(want, got)):
        if w.startswith("normr "):
            # %d of a non-integer: MATLAB prints it with %e (matlab/sprintf); Octave
            # 7.3 prints a shortest form. The same number, to Octave's 6 digits.
            m = re.fullmatch(r"normr (\d\.\d{6}e[+-]\d\d), df 28", g)
            assert m, g
            assert float(w.split()[1].rstrip(",")) == pytest.approx(float(m.group(1)),
                                                                    rel=5e-6)
        elif "NA" in w.split():
            # interp1 outside the samples: MATLAB's NaN (Octave's NA; matlab/interp1)
            assert g == w.replace(" NA", "NaN")
        else:
            assert g == w, i
    _same_bytes(legacy / "interp.txt", port / "interp.txt")


def check_decay_chain(legacy: Path, port: Path, out_legacy: str, out_port: str):
    want, got = out_legacy.splitlines(), out_port.splitlines()
    assert len(got) == len(want) == 25
    # the table to 5 decimals, the peak and the half-life lines: identical text
    assert got[:24] == want[:24]
    # the mass balance is a rounding-level number (each solver's own rounding): both
    # are below 4 ulp of 1 times the 3 components summed
    for line in (want[24], got[24]):
        m = re.fullmatch(r"mass balance worst (\d\.\de-\d\d)", line)
        assert m and float(m.group(1)) < 12 * np.finfo(float).eps, line
    # save -ascii: MATLAB writes %16.7e (matlab/file_io divergence: Octave ' %.8e');
    # the values agree within the solvers' tolerance: RelTol 1e-8, AbsTol 1e-10 per
    # step on values <= 1, about 100 accepted steps each, so 1e-6 bounds both errors
    text = (port / "chain_out.txt").read_text()
    assert all(re.fullmatch(r"   -?\d\.\d{7}e[+-]\d\d", ln) for ln in text.splitlines())
    a = np.loadtxt(legacy / "chain_out.txt")
    b = np.loadtxt(port / "chain_out.txt")
    assert a.shape == b.shape == (21,)
    np.testing.assert_allclose(b, a, rtol=0, atol=1e-6)


def check_image_blocks(legacy: Path, port: Path, out_legacy: str, out_port: str):
    want, got = out_legacy.splitlines(), out_port.splitlines()
    assert len(got) == len(want) == 21
    # disp of the 4x4 double matrix: MATLAB's format short (4 decimals, matlab/disp);
    # Octave 7.3 prints 3 decimals. The numbers agree to Octave's rounding.
    for w, g in zip(want[:4], got[:4]):
        assert re.fullmatch(r"( +\d+\.\d{4}){4}", g), g
        np.testing.assert_allclose(_numbers(g), _numbers(w), rtol=0, atol=5e-4 + 5e-5)
    assert got[4:] == want[4:]
    _mat_equal(legacy / "scan_out.mat", port / "scan_out.mat")
    _same_bytes(legacy / "scan.raw", port / "scan.raw")


def check_text_io(legacy: Path, port: Path, out_legacy: str, out_port: str):
    assert out_port == out_legacy
    for name in ("t3.txt", "t4.txt", "b.bin", "app.txt"):
        _same_bytes(legacy / name, port / name)
    # save('sv.mat', 'q') without a format: MATLAB writes a MAT-file (-v7 by default,
    # as compat does); GNU Octave 7.3's default save format is its own text format
    # ("# Created by Octave ..."), so only the port's file is read as a MAT-file here
    # (the recorded run keeps no copy: its header carries the date and host)
    if (legacy / "sv.mat").exists():
        assert (legacy / "sv.mat").read_bytes().startswith(b"# Created by Octave")
    saved = scipy.io.loadmat(port / "sv.mat")
    assert saved["q"].dtype == np.float64 and saved["q"].tolist() == [[5.0]]
    assert saved["r"].tolist() == ["txt"]


CHECKS = {"calib_report": check_calib_report, "read_log": check_read_log,
          "fit_curve": check_fit_curve, "decay_chain": check_decay_chain,
          "image_blocks": check_image_blocks, "text_io": check_text_io}


# -------------------------------------------------------------------------- runners
def _with_inputs(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in INPUTS:
        shutil.copy(DATA / name, folder / name)
    return folder


def _run_port(name: str, folder: Path, monkeypatch, capsys) -> str:
    _with_inputs(folder)
    monkeypatch.chdir(folder)
    capsys.readouterr()
    PORTS[name]()
    return capsys.readouterr().out


def _run_legacy(name: str, folder: Path) -> str:
    _with_inputs(folder)
    shutil.copy(DATA / f"{name}.m", folder / f"{name}.m")
    done = run_octave_program(f"{name}.m", cwd=folder, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "error:" not in done.stderr.replace(
        "error: ignoring const execution_exception& while preparing to exit", ""), done.stderr
    return done.stdout


@pytest.mark.parametrize("name", PROGRAMS)
def test_port_reproduces_the_recorded_octave_run(name, tmp_path, monkeypatch, capsys):
    """Without the clone: the port against what Octave 7.3 printed and wrote when the
    programs were added (the same comparison as the live test)."""
    out = _run_port(name, tmp_path / "port", monkeypatch, capsys)
    recorded = RECORDED / name
    CHECKS[name](recorded, tmp_path / "port", (recorded / "stdout.txt").read_text(), out)


@pytest.mark.octave
@pytest.mark.parametrize("name", PROGRAMS)
def test_port_reproduces_the_legacy_program_in_octave(name, tmp_path, monkeypatch, capsys):
    out_port = _run_port(name, tmp_path / "port", monkeypatch, capsys)
    out_legacy = _run_legacy(name, tmp_path / "legacy")
    CHECKS[name](tmp_path / "legacy", tmp_path / "port", out_legacy, out_port)
    # the recorded run is still what Octave does
    assert out_legacy == (RECORDED / name / "stdout.txt").read_text()


@pytest.mark.octave
def test_octave_reads_the_files_the_ports_write(tmp_path, monkeypatch, capsys):
    """The port's .mat files (-v7 and -v6) open in the legacy tool with the legacy
    program's classes and values; its text files load there too."""
    for name in ("calib_report", "image_blocks", "decay_chain"):
        _run_port(name, tmp_path / name, monkeypatch, capsys)
    monkeypatch.chdir(tmp_path)
    rec = RECORDED.as_posix()
    script = f"""
function same_mat(a, b)
  A = load(a); B = load(b);
  f = sort(fieldnames(A)); g = sort(fieldnames(B));
  ok = isequal(f, g);
  for i = 1:numel(f)
    ok = ok && strcmp(class(A.(f{{i}})), class(B.(f{{i}}))) && isequal(A.(f{{i}}), B.(f{{i}}));
  end
  printf('%s %d\\n', b, ok);
end
same_mat('{rec}/calib_report/calib_out.mat', 'calib_report/calib_out.mat');
same_mat('{rec}/image_blocks/scan_out.mat', 'image_blocks/scan_out.mat');
x = load('-ascii', 'decay_chain/chain_out.txt');
y = load('-ascii', '{rec}/decay_chain/chain_out.txt');
printf('chain_out %d %d\\n', isequal(size(x), [21 1]), max(abs(x - y)) < 1e-6);
"""
    (tmp_path / "check_files.m").write_text("1;\n" + script)
    done = run_octave_program("check_files.m", cwd=tmp_path, timeout=120)
    assert done.stdout.splitlines() == ["calib_report/calib_out.mat 1",
                                        "image_blocks/scan_out.mat 1", "chain_out 1 1"], \
        done.stdout + done.stderr


@pytest.mark.octave
def test_the_input_files_come_from_make_inputs(tmp_path):
    """make_inputs.m writes the committed inputs again (same text, same .mat values)."""
    shutil.copy(DATA / "make_inputs.m", tmp_path / "make_inputs.m")
    done = run_octave_program("make_inputs.m", cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    for name in ("station_log.txt", "calib.csv"):
        _same_bytes(DATA / name, tmp_path / name)
    for name in ("frame.mat", "chain.mat", "scan.mat"):
        _mat_equal(DATA / name, tmp_path / name)


# ---------------------------------------------------- pieces the programs needed fixed
def test_unique_of_a_cell_array_of_text():
    """read_log.m's [u, ia, ic] = unique(ids) of textscan's %s column (compat raised
    'input must be numeric or logical'). MATLAB orders text by character codes."""
    ids = ['KRN', 'ABK', 'KRN', 'ESR', 'abk', 'AB', 'ABK']
    C, ia, ic = matlab.unique(ids, nargout=3)
    assert C == ['AB', 'ABK', 'ESR', 'KRN', 'abk']
    assert ia.tolist() == [6.0, 2.0, 4.0, 1.0, 5.0]
    assert ic.tolist() == [4.0, 2.0, 4.0, 3.0, 5.0, 1.0, 2.0]
    assert matlab.unique(ids, 'stable') == ['KRN', 'ABK', 'ESR', 'abk', 'AB']
    assert matlab.unique(ids, 'last', nargout=2).ia.tolist() == [6.0, 7.0, 4.0, 3.0, 5.0]
    with pytest.warns(UserWarning, match="unique: The 'rows' input is not supported"):
        assert matlab.unique(['b', 'a', 'b'], 'rows') == ['a', 'b']
    assert matlab.unique([]).shape == (0,)             # [] stays numeric


def test_ismember_sort_and_unique_of_text():
    """read_log.m's ismember({'KRN'; 'XXX'; 'ESR'}, u), sort(ids), unique(site) and
    ismember('PJL', ids) (compat raised 'must be numeric or logical' for all four)."""
    u = ['ABK', 'ESR', 'KRN', 'PJL']
    isk, where = matlab.ismember(['KRN', 'XXX', 'ESR'], u, nargout=2)
    assert isk.tolist() == [True, False, True] and where.tolist() == [3.0, 0.0, 2.0]
    assert bool(matlab.ismember('PJL', u)) and not bool(matlab.ismember('pjl', u))
    assert matlab.ismember(['ABK', 'x'], 'x').tolist() == [False, True]
    B, i = matlab.sort(['b', 'A', 'a', 'B', 'b', 'ab'], nargout=2)
    assert B == ['A', 'B', 'a', 'ab', 'b', 'b'] and i.tolist() == [2, 4, 3, 6, 1, 5]
    B, i = matlab.sort(['b', 'A', 'a', 'B', 'b', 'ab'], 'descend', nargout=2)
    assert B == ['b', 'b', 'ab', 'a', 'B', 'A'] and i.tolist() == [1, 5, 6, 3, 4, 2]
    assert matlab.unique('Kiruna') == 'Kainru'
    assert matlab.sort([3, 1, 2]).tolist() == [1, 2, 3]       # numbers unchanged


def test_repmat_of_text_is_text():
    """read_log.m's repmat('*', 1, n(k)) bar (and [repmat('-', 1, 5) blanks(2) 'x']
    string building): MATLAB's char in, char out (compat returned an array of single
    characters)."""
    assert matlab.repmat('*', 1, 4) == '****' and matlab.repmat('*', 1, 0) == ''
    assert matlab.repmat('-', 1, 5) + matlab.blanks(2) + 'x' == '-----  x'
    assert matlab.repmat('ab', 2, 2).tolist() == ['abab', 'abab']
    assert matlab.repmat(np.array(['ab', 'cd']), 2, 1).tolist() == ['ab', 'cd', 'ab', 'cd']


def test_num2cell_of_a_row_is_a_flat_cell():
    """read_log.m's [u'; num2cell(tmax)] pairing: num2cell of a 1x4 row is a 1x4 cell,
    compat's flat list (it was a one-row nested list)."""
    assert matlab.num2cell(np.array([[1.5, 2.5, 4.0]])) == [1.5, 2.5, 4.0]
    assert matlab.num2cell(np.array([[7.0], [8.0]])) == [7.0, 8.0]
    assert matlab.num2cell(np.array([[1.0, 2.0], [3.0, 4.0]])) == [[1.0, 2.0], [3.0, 4.0]]


def test_isequal_as_the_programs_use_it():
    """fit_curve.m / read_log.m / image_blocks.m compare whole arrays with isequal
    (compat had no isequal): class is not compared, size is."""
    back = np.arange(64, dtype=np.uint8).reshape(8, 8)
    assert matlab.isequal(back, back.astype(np.float64))
    assert not matlab.isequal(back, back.T)
    assert matlab.isequal(np.array([[1.0, 2.0, 3.0]]), [1, 2, 3])
    assert not matlab.isequal(np.array([[1.0], [2.0], [3.0]]), [1, 2, 3])


# ------------------------------------------------------------------- the scanner (9)
def test_the_scanner_names_every_routine_the_programs_call():
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):      # python -m compat scan ...
        status = cli.main(["scan", "--quiet", "--jobs", "1", "--json", "-", str(DATA)])
    assert status == 0, err.getvalue()
    scan = json.loads(out.getvalue())
    files = {Path(k).name: v for k, v in scan["files"].items()}
    expected = {
        "calib_report.m": "conv2 disp double fclose find fopen fprintf ind2sub intmax "
                          "length load max mean num2str save size std sum",
        "read_log.m": "accumarray class datenum datestr disp dlmwrite fclose feof fgetl "
                      "find fopen fprintf histc int32 ischar isequal ismember mat2str max mean "
                      "num2cell numel repmat sort sprintf sscanf str2double strcmp "
                      "strsplit strtrim sum textscan unique upper zeros",
        "fit_curve.m": "abs csvread diff disp dlmread dlmwrite find fprintf interp1 "
                       "isequal linspace max mean min num2str numel polyfit polyval sign "
                       "sprintf sqrt",
        "decay_chain.m": "abs disp filter find fprintf int2str linspace load max num2str "
                         "ode45 odeset ones save sum",
        "image_blocks.m": "abs class conv2 cumsum disp double fclose find fopen fprintf "
                          "fread fwrite histc ind2sub int16 int2str isequal load mat2str "
                          "max mean nnz num2str numel save size sort sum unique zeros",
        "make_inputs.m": "cos exp fclose fopen fprintf int16 meshgrid mod round save sin "
                         "uint8",
        "text_io.m": "Inf NaN abs blanks char disp dlmwrite eps exist false fclose fgetl "
                     "fieldnames fileread fopen fprintf fread frewind fseek ftell fwrite "
                     "int2str int8 ischar isnan load logical mat2str nnz num2str numel pi "
                     "repmat save size sort sprintf sscanf str2num strjoin strjust sum "
                     "textscan true",
    }
    for name, calls in expected.items():
        assert sorted(files[name]["calls"]) == sorted(calls.split()), name
        assert files[name]["missing"] == [] and files[name]["unknown"] == [], name
        # every call is compat's own or a documented numpy one-liner
        assert set(files[name]["covered"]) | set(files[name]["direct"]) == \
            set(calls.split()), name
    assert set(files["decay_chain.m"]["direct"]) == {"ones"}
    assert set(files["text_io.m"]["direct"]) == {"Inf", "NaN", "eps", "false", "isnan",
                                                 "pi", "true"}
    # size and numel are compat's (compat.matlab.dimensions: a 1-D array is MATLAB's row)
    assert {"numel", "size"} <= set(files["text_io.m"]["covered"])
    # load('chain.mat') without an output makes k1, k2, n0, tend: reported ambiguous
    assert files["decay_chain.m"]["ambiguous"] == {"k1": 2, "k2": 2, "n0": 2, "tend": 1}
    summary = scan["summary"]
    assert sorted(Path(f).name for f in summary["ready_files"]) == sorted(expected)
    assert summary["port_first"] == []
    # the ranking: the index-data pitfalls of the programs lead
    pits = summary["pitfalls"]
    assert pits["matlab.find.index_data"]["files"] == 5
    assert scan["routines"]["fprintf"]["files"] == 7
