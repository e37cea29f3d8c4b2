"""User story 8, IDL side: whole legacy programs ported call by call, run end to end.

Five legacy procedures in the style of 1990s-2010s IDL science code live in
tests/data/whole_programs/idl/ with their input files (written by make_inputs.py there,
astropy for the big-endian FITS files, and make_station.pro, GDL's SAVE for the .sav;
no random numbers):

* fits_profile.pro -- READFITS of a big-endian INT frame, SXPAR (with COUNT= of a missing
  keyword), SIZE, TOTAL over a dimension, SMOOTH /EDGE_TRUNCATE, MEDIAN, WHERE, a
  stepped FOR loop of PRINTF with FORMAT=, STRING/STRTRIM building, MAX with its
  subscript, WHERE returning -1, integer division of LONGs (negative too), MKHDR,
  SXADDPAR, WRITEFITS.
* line_fit.pro -- READCOL of a commented text table, WHERE on a string column, POLY_FIT
  with YFIT/SIGMA/CHISQ, POLY, GAUSSFIT NTERMS=3, MOMENT, a report through OPENW, 1 /
  PRINTF / CLOSE, 1 with G, F, A and X format codes, (I0) formats.
* sav_hist.pro -- RESTORE of a GDL SAVE file (INT, FLOAT, STRING arrays, a LONG, a
  structure), INT division and MOD, HISTOGRAM with REVERSE_INDICES and LOCATIONS in a
  loop with CONTINUE, MOMENT with SDEV/MDEV, default PRINT of a long string array (IDL
  wraps at 80 columns), string building in a 1-based loop, INT overflow (counts*1000
  wraps), SAVE.
* weather_log.pro -- OPENR and READF of a header, a count and fixed-format records in
  a loop, STRMID, CONVOL (scale factor with /EDGE_TRUNCATE, default zero edges, INT
  data), WHERE -1, a FOR loop over days, MEDIAN, STRCOMPRESS /REMOVE_ALL, PRINTF table.
* field_sources.pro -- READFITS of a BSCALE/BZERO INT image (FLOAT values), SMOOTH,
  MAX subscript turned into (x, y) with MOD and /, UNIQ of SORT, REVERSE(SORT()), IDL's
  ``<`` minimum operator, REBIN, TOTAL over each dimension, a BYTARR mask, FIX/ROUND/
  LONG, WRITEFITS of the mask.

Each ``port_*`` function below is the port a user writes with compat: the legacy lines
translated one by one (IDL ``a[x, y]`` is ``a[y, x]`` in the readsav/FITS layout; an
IDL ``/`` between a FLOAT and a LONG variable is ``idl.idiv``, because numpy makes
float32 / int32-scalar a float64 where IDL keeps FLOAT; FLOAT literals are
``np.float32``). The oracle tests run the legacy procedure in GDL with the IDL Astronomy
Library routines compat's golden suite vendors (reference_outputs/idl/astrolib/pro), and
compare everything: printed text byte for byte, text files byte for byte, FITS data
bytes and header cards, SAVE variables by value and type. The same comparison runs
without GDL against what GDL printed and wrote when the programs were added
(tests/data/whole_programs/idl/gdl/).

Where GDL is not IDL the comparison expects IDL, for divergences compat records in its
golden suites: SMOOTH without an edge keyword (GDL smooths the edge rows too; idl/smooth
story1_plain, cube_default_edges), POLY_FIT (GDL fits with MPFIT in double for FLOAT
data and leaves SIGMA unscaled; idl/poly_fit notes and unweighted_sigma), GAUSSFIT
(GDL's MPFITPEAK; idl/gaussfit), the day of SYSTIME in WRITEFITS' first card (GDL pads
it with a zero; compat.idl.systime). MOMENT's float skewness differs from GDL's in the
last digits (summation order).

What the programs found: RESTORE dropped readsav's lower-case structure titles (the
port's ``info.obs`` failed) and the structure routines raised a bare TypeError on a
titled native structure; the scanner (story 9) missed IDL's ``<``/``>`` minimum and
maximum operators and reported ``FLOAT(k) / 9`` as an integer division. All fixed; the
tests below fail on the old code.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import scipy.io

from compat import idl
from compat.scan.idl_parser import scan_idl
from oracles import run_gdl_program

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "whole_programs" / "idl"
RECORDED = DATA / "gdl"
ASTROLIB = REPO / "reference_outputs" / "idl" / "astrolib" / "pro"
INPUTS = ("slit.fits", "field.fits", "spectrum.txt", "weather.log", "station.sav")
PROGRAMS = ("fits_profile", "line_fit", "sav_hist", "weather_log", "field_sources")
F = np.float32          # an IDL FLOAT literal (a Python float is DOUBLE)


# ------------------------------------------------------------------------------ ports
def port_fits_profile():
    img, hdr = idl.readfits('slit.fits', header=True, silent=True)
    exptime = idl.sxpar(hdr, 'EXPTIME')
    object_ = idl.sxpar(hdr, 'OBJECT')
    gain, ngain = idl.sxpar(hdr, 'GAIN', count=True)
    if ngain == 0:
        gain = F(1.0)
    rdnoise, nrd = idl.sxpar(hdr, 'RDNOISE', count=True)
    sz = idl.size(img)
    nx = sz[1]; ny = sz[2]
    idl.print('type', sz[3], ' gain', gain, ' rdnoise', nrd)
    rate = idl.idiv(img * gain, exptime)
    prof = idl.idiv(idl.total(rate, 2), ny)          # FLOAT / LONG stays FLOAT
    sprof = idl.smooth(prof, 5, edge_truncate=True)
    back = idl.median(sprof)
    peaks, npk = idl.where(sprof > 3 * back, count=True)
    lun = idl.openw('profile.txt', get_lun=True)
    idl.printf(lun, 'Object: ' + idl.strtrim(object_, 2) + '  exptime='
               + idl.string(exptime, format='(F7.1)'))
    idl.printf(lun, nx, ny, format='("size ",I4," x ",I4)')
    for i in range(0, nx, 4):                        # FOR i = 0, nx-1, 4
        idl.printf(lun, i + 1, prof[i], sprof[i], format='(I4,2F12.4)')
    idl.printf(lun, 'median', back)
    idl.free_lun(lun)
    if npk == 0:
        idl.print('no peaks')
    else:
        idl.print('peaks at columns (1-based):')
        idl.print(peaks + 1)
        mx, imx = idl.max(sprof[peaks], max_subscript=True)
        idl.print('max ' + idl.string(mx, format='(E12.5)') + ' at column '
                  + idl.strtrim(peaks[imx] + 1, 2))
    neg, nneg = idl.where(sprof < 0, count=True)
    idl.print('negative:', nneg, neg)
    half = idl.idiv(nx, 2)
    idl.print('half', half, idl.idiv(nx, 3), idl.idiv(-nx, 7), idl.idiv(nx - 1, 2) * 2)
    idl.print(back, idl.mean(prof), idl.stddev(prof))
    idl.print(idl.string(img[0, 0:5]))               # img[0:4, 0]
    col = img[:, 12:13]                              # img[12, *]
    idl.print('column 13 total', idl.total(col), idl.total(col, integer=True),
              idl.max(col) - idl.min(col))
    h2 = idl.mkhdr(sprof)
    h2 = idl.sxaddpar(h2, 'OBJECT', idl.strtrim(object_, 2))
    h2 = idl.sxaddpar(h2, 'EXPTIME', exptime, 'seconds')
    h2 = idl.sxaddpar(h2, 'NPEAKS', npk, 'peaks above 3x median')
    h2 = idl.sxaddpar(h2, 'HISTORY', 'smoothed by fits_profile, width 5')
    idl.writefits('sprof.fits', sprof, h2)


def port_line_fit():
    wave, flux, err, flag = idl.readcol('spectrum.txt', 'F,F,F,A', silent=True)
    n = idl.n_elements(wave)
    cont, ncont = idl.where(flag == 'c', count=True)
    xc = wave[cont] - F(6560.0)
    r = idl.poly_fit(xc, flux[cont], 2, yfit=True, sigma=True, chisq=True)
    coef, yf, sig, chi = r.result, r.yfit, r.sigma, r.chisq
    model = idl.poly(wave - F(6560.0), coef)
    resid = flux - model
    rms = np.sqrt(idl.idiv(idl.total(idl.power(flux[cont] - yf, 2)), ncont - 3))
    fit, a = idl.gaussfit(wave, resid, a=True, nterms=3)
    disp = wave[1] - wave[0]
    line, nline = idl.where(flag == 'l', count=True)
    ew = idl.total(idl.idiv(resid[line], model[line])) * disp
    idl.openw(1, 'linefit.txt')
    idl.printf(1, 'N points', n, '  continuum', ncont, format='(A,I5,A,I5)')
    for k in range(0, 3):
        idl.printf(1, k, coef[k], sig[k], format='("c",I1," = ",G14.6," +/- ",G10.3)')
    idl.printf(1, a, format='("gauss: ",3F10.4)')
    idl.printf(1, 'EW', ew, 'rms', rms, format='(A3,F8.3,2X,A3,F8.4)')
    idl.close(1)
    idl.print('peak', idl.string(a[0], format='(F8.3)'), ' centre',
              idl.string(a[1], format='(F9.3)'), ' fwhm',
              idl.string(F(2.3548) * a[2], format='(F7.3)'))
    idl.print('chisq/dof', chi)
    bad, nbad = idl.where((np.abs(idl.idiv(resid, err)) > 3) & (flag == 'c'), count=True)
    if nbad > 0:
        idl.print('outliers:', wave[bad])
    else:
        idl.print('no outliers', bad)
    m = idl.moment(resid[cont])
    idl.print(m[0:2])
    idl.print(idl.string(n, ncont, format='(I0,"/",I0)'))
    idl.print(flag[0:6])
    idl.print(wave[line[0]], wave[line[nline - 1]],
              format='("line window ",F7.1," - ",F7.1)')


def port_sav_hist():
    v = idl.restore('station.sav')
    counts, temps, names, run, info = (v['counts'], v['temps'], v['names'], v['run'],
                                       v['info'])
    n = idl.n_elements(counts)
    idl.print('run', run, '  observer ', info.obs[0], info.year[0])   # info.obs
    rate = idl.idiv(counts, 4)
    rest = idl.mod(counts, 4)
    idl.print('rates:', rate[0:10])
    idl.print('left over:', idl.total(rest), idl.idiv(idl.total(rest), n))
    r = idl.histogram(counts, binsize=10, min=0, reverse_indices=True, locations=True)
    h, ri, loc = r.result, r.reverse_indices, r.locations
    nb = idl.n_elements(h)
    for b in range(0, nb):
        if ri[b] == ri[b + 1]:
            continue
        members = ri[ri[b]:ri[b + 1]]                # ri[ri[b]:ri[b+1]-1]
        idl.print(loc[b], h[b], idl.mean(temps[members]), idl.min(members),
                  format='(I4,I4,F9.3,I5)')
    r = idl.moment(temps, sdev=True, mdev=True)
    m, sd, md = r.result, r.sdev, r.mdev
    idl.print(m)
    idl.print('sdev', sd, '  mdev', md)
    hot, nhot = idl.where(temps > F(30.0), count=True)
    if nhot > 0:
        idl.print('hot stations: ', names[idl.mod(hot, 5)])
    cold, ncold = idl.where(temps < F(0.0), count=True)
    idl.print('cold', ncold, cold)
    s = ''
    for i in range(1, 6):
        s = s + names[i - 1] + '(' + idl.strtrim(
            idl.long(idl.total(counts[(i - 1) * 12:i * 12])), 2) + ') '
    idl.print(idl.strtrim(s, 2))
    big = counts * 1000                               # INT * INT wraps in both
    idl.print(big[0:6])
    scaled = counts * info.scale[0]
    idl.print(scaled[1:4], format='(3F8.3)')
    avg = idl.idiv(idl.total(counts), n)
    iavg = idl.idiv(idl.fix(idl.total(counts)), idl.fix(n))
    idl.print(avg, iavg, idl.idiv(n, 7), idl.idiv(n, F(7.0)))
    idl.save('station_out.sav', rate=rate, h=h, m=m, names=names)


def port_weather_log():
    lun = idl.openr('weather.log', get_lun=True)
    header = ''
    header = idl.readf(lun, header)
    header = idl.readf(lun, header)
    station = idl.strmid(header, 9)
    nrec = 0
    nrec = idl.readf(lun, nrec)
    date = idl.strarr(nrec); temp = idl.fltarr(nrec); wind = idl.fltarr(nrec)
    code = idl.intarr(nrec)
    d = ''; t = F(0.0); w = F(0.0); c = 0
    for i in range(0, nrec):
        d, t, w, c = idl.readf(lun, d, t, w, c, format='(A10,1X,F6.1,F6.1,I3)')
        date[i] = d; temp[i] = t; wind[i] = w; code[i] = c
    idl.free_lun(lun)
    idl.print('station "' + station + '", '
              + idl.strcompress(idl.string(nrec), remove_all=True) + ' records')
    k = np.array([1, 2, 3, 2, 1], dtype=np.int16)    # an INT array literal
    st = idl.convol(temp, k, idl.total(k), edge_truncate=True)
    sw = idl.convol(wind, idl.idiv(idl.float(k), 9))
    cm = idl.convol(code, np.array([1, 1, 1], dtype=np.int16))
    idl.print(temp[0:6])
    idl.print(st[0:6])
    idl.print(sw[0:4], sw[nrec - 2:])
    idl.print(cm)
    calm, ncalm = idl.where(wind < F(0.5), count=True)
    if ncalm == 0:
        idl.print('no calm records', calm)
    else:
        idl.print('calm: ', date[calm])
    windy, nwindy = idl.where((sw > F(4.0)) & (code != 0), count=True)
    idl.print('windy', nwindy, ' first ', date[windy[0]], ' last ', date[windy[nwindy - 1]])
    day = idl.fix(idl.strmid(date, 8, 2))
    for dd in range(idl.min(day), idl.max(day) + 1, 3):
        sel, ns = idl.where(day == dd, count=True)
        idl.print(np.int16(dd), ns, idl.max(temp[sel]), idl.median(wind[sel]),
                  format='("day ",I2.2,":",I2," Tmax",F6.1," wind",F6.2)')
    idl.print(idl.string(temp[0:5], format='(5F7.2)'))
    idl.print(idl.strtrim(idl.string(idl.total(code)), 2), ' ',
              idl.strtrim(idl.idiv(idl.total(code), nrec), 2), ' ', idl.mean(code))
    out = idl.openw('smoothed.txt', get_lun=True)
    idl.printf(out, '; ' + station + ' smoothed 1-2-3-2-1')
    for i in range(0, nrec):
        idl.printf(out, date[i], st[i], sw[i], code[i], format='(A,2F9.3,I3)')
    idl.free_lun(out)


def port_field_sources():
    im, h = idl.readfits('field.fits', header=True, silent=True)
    nx = idl.sxpar(h, 'NAXIS1'); ny = idl.sxpar(h, 'NAXIS2')
    obs = idl.sxpar(h, 'OBSERVER'); dobs = idl.sxpar(h, 'DATE-OBS')
    idl.print('observer ', obs, ' on ', dobs, nx, ny, idl.size(im, type=True))
    sm = idl.smooth(im, 3)
    mx, imax = idl.max(sm, max_subscript=True)
    x = idl.mod(imax, nx); y = idl.idiv(imax, nx)
    idl.print('peak', mx, ' at', x + 1, y + 1)
    level = idl.median(sm) + 5 * idl.stddev(sm)
    src, nsrc = idl.where(sm > level, count=True)
    idl.print('level', level, nsrc)
    xs = idl.mod(src, nx); ys = idl.idiv(src, nx)
    rows = ys[idl.uniq(ys, idl.sort(ys))]
    idl.print('rows with sources:', rows + 1)
    order = idl.reverse(idl.sort(im.flat[src]))      # im[src]: one-index subscripts
    lun = idl.openw('sources.txt', get_lun=True)
    idl.printf(lun, '  #    x    y      value')
    for i in range(0, idl.lesser_of(nsrc, 8)):       # FOR i = 0, (nsrc < 8) - 1
        j = src[order[i]]
        idl.printf(lun, i + 1, idl.mod(j, nx) + 1, idl.idiv(j, nx) + 1, im.flat[j],
                   format='(I3,2I5,F11.2)')
    idl.free_lun(lun)
    bk = idl.rebin(im, idl.idiv(nx, 4), idl.idiv(ny, 4))
    idl.print(bk, format='(8F8.2)')
    colsum = idl.total(im, 2)
    rowsum = idl.total(im, 1)
    mc, ic = idl.max(colsum, max_subscript=True)
    mr, ir = idl.max(rowsum, max_subscript=True)
    idl.print(mc, ic + 1, mr, ir + 1)
    mask = idl.bytarr(nx, ny)
    mask.flat[src] = 1
    mask.flat[idl.where(sm < idl.median(sm))] = 2
    idl.print('mask counts', idl.total(mask == 0), idl.total(mask == 1), idl.total(mask == 2))
    idl.print(idl.fix(im[0, 0:8]))
    idl.print(idl.round(sm[12, 0:4]), idl.idiv(idl.long(sm[12, 0:4] * 10), 3))
    hm = idl.mkhdr(mask)
    hm = idl.sxaddpar(hm, 'LEVEL', level, 'detection level')
    hm = idl.sxaddpar(hm, 'NSRC', nsrc)
    idl.writefits('mask.fits', mask, hm)


PORTS = {name: globals()[f"port_{name}"] for name in PROGRAMS}


# ------------------------------------------------------------------------- checks
def _numbers(line: str) -> list[float]:
    return [float(v) for v in re.findall(r"[-+]?\d+\.?\d*(?:[eE][-+]?\d+)?", line)]


def _fits_parts(path: Path):
    """(header cards, data bytes) of a one-HDU FITS file written by WRITEFITS."""
    raw = path.read_bytes()
    cards = [raw[k:k + 80].decode("latin-1") for k in range(0, len(raw), 80)]
    end = next(k for k, c in enumerate(cards) if c.startswith("END "))
    start = (end // 36 + 1) * 2880
    return cards[:end + 1], raw[start:]


def _same_fits(legacy: Path, port: Path, skip=()):
    """Equal header cards but the first card's comment (SYSTIME: GDL pads the day with a
    zero, IDL with a blank) and DATE (the day each ran), and equal data bytes."""
    (hl, dl), (hp, dp) = _fits_parts(legacy), _fits_parts(port)
    assert hp[0][:30] == hl[0][:30] == "SIMPLE  =                    T"
    assert re.fullmatch(r"SIMPLE  = +T / Written by IDL:  \w{3} \w{3} [ \d]\d "
                        r"\d\d:\d\d:\d\d \d{4} +", hp[0]), hp[0]
    keep = [k for k in range(1, len(hl))
            if not hl[k].startswith(("DATE    =",) + tuple(skip))]
    assert [hp[k] for k in keep] == [hl[k] for k in keep]
    assert len(hp) == len(hl)
    return dl, dp


def check_fits_profile(legacy: Path, port: Path, out_legacy: str, out_port: str):
    assert out_port == out_legacy
    assert (port / "profile.txt").read_bytes() == (legacy / "profile.txt").read_bytes()
    dl, dp = _same_fits(legacy / "sprof.fits", port / "sprof.fits")
    assert dp == dl                                   # BITPIX -32, big-endian FLOAT


def check_line_fit(legacy: Path, port: Path, out_legacy: str, out_port: str):
    want, got = out_legacy.splitlines(), out_port.splitlines()
    assert len(got) == len(want) == 7
    # GAUSSFIT: compat's CURVEFIT vs GDL's MPFITPEAK, both at the chi-square minimum of
    # FLOAT data (residuals of values near 100 carry 7.6e-6 of float rounding each); the
    # printed peak, centre and FWHM agree to 1e-4 relative (observed 2.5e-5)
    np.testing.assert_allclose(_numbers(got[0]), _numbers(want[0]), rtol=1e-4)
    # CHISQ: FLOAT sums in compat (IDL's type for FLOAT data), double in GDL's MPFIT:
    # 37 squared residuals summed in single precision, 1e-5 relative bounds the rounding
    assert re.fullmatch(r"chisq/dof +\d+\.\d{4}", got[1]) and \
        re.fullmatch(r"chisq/dof +\d+\.\d{6}", want[1])          # FLOAT vs DOUBLE
    np.testing.assert_allclose(_numbers(got[1]), _numbers(want[1]), rtol=1e-5)
    assert got[2] == want[2] == "no outliers          -1"
    # MOMENT of the residuals: FLOAT in compat (GDL's residuals are DOUBLE because its
    # POLY_FIT coefficients are): the mean is zero to the float rounding of values near
    # 100 (|mean| < 1e-5), the variances agree to 1e-5
    (m0, v0), (m1, v1) = _numbers(got[3]), _numbers(want[3])
    assert abs(m0) < 1e-5 and abs(m1) < 1e-5
    np.testing.assert_allclose(v0, v1, rtol=1e-5)
    assert got[4:] == want[4:]
    fl = (legacy / "linefit.txt").read_text().splitlines()
    fp = (port / "linefit.txt").read_text().splitlines()
    assert len(fp) == len(fl) == 6
    assert fp[0] == fl[0] and fp[5] == fl[5]
    rms = _numbers(fp[5])[1]
    for lp, ll in zip(fp[1:4], fl[1:4]):
        # coefficients: the same G14.6 text; SIGMA: IDL scales it by sqrt(chisq/(n-m))
        # without MEASURE_ERRORS (idl/poly_fit unweighted_sigma), GDL does not: the
        # port's is GDL's times the rms of the report (3 printed digits: 5e-3)
        assert lp[:20] == ll[:20]
        np.testing.assert_allclose(_numbers(lp[25:])[0], _numbers(ll[25:])[0] * rms,
                                   rtol=5e-3)
    np.testing.assert_allclose(_numbers(fp[4]), _numbers(fl[4]), rtol=1e-4)


def check_sav_hist(legacy: Path, port: Path, out_legacy: str, out_port: str):
    want, got = out_legacy.splitlines(), out_port.splitlines()
    assert len(got) == len(want) == 23
    k = next(i for i, ln in enumerate(want) if ln.startswith("sdev")) - 1
    assert got[:k] == want[:k] and got[k + 1:] == want[k + 1:]
    # MOMENT: mean and variance the same digits; the FLOAT skewness and kurtosis sum 60
    # cubes/fourth powers in single precision in another order (2e-5 relative)
    assert got[k].split()[:2] == want[k].split()[:2]
    np.testing.assert_allclose(_numbers(got[k]), _numbers(want[k]), rtol=2e-5)
    a = scipy.io.readsav(str(legacy / "station_out.sav"))
    b = scipy.io.readsav(str(port / "station_out.sav"))
    assert sorted(a) == sorted(b) == ["h", "m", "names", "rate"]
    for name in ("h", "names", "rate"):
        assert a[name].dtype == b[name].dtype and np.array_equal(a[name], b[name]), name
    assert a["m"].dtype == b["m"].dtype == np.dtype(">f4")
    assert np.array_equal(a["m"][:2], b["m"][:2])
    np.testing.assert_allclose(b["m"], a["m"], rtol=2e-5)


def check_weather_log(legacy: Path, port: Path, out_legacy: str, out_port: str):
    assert out_port == out_legacy
    assert (port / "smoothed.txt").read_bytes() == (legacy / "smoothed.txt").read_bytes()


def _idl_smooth3(im: np.ndarray) -> np.ndarray:
    """IDL's SMOOTH(im, 3) by its documented definition, in double: the 3x3 mean inside,
    the points within one pixel of an edge copied unchanged."""
    x = im.astype(np.float64)
    out = x.copy()
    out[1:-1, 1:-1] = sum(x[1 + i:x.shape[0] - 1 + i, 1 + j:x.shape[1] - 1 + j]
                          for i in (-1, 0, 1) for j in (-1, 0, 1)) / 9
    return out


def check_field_sources(legacy: Path, port: Path, out_legacy: str, out_port: str):
    want, got = out_legacy.splitlines(), out_port.splitlines()
    assert len(got) == len(want) == 15
    # SMOOTH without an edge keyword: GDL smooths the edge rows and columns too (idl/
    # smooth story1_plain and cube_default_edges), IDL copies them; the level (median
    # and standard deviation of the smoothed frame) and the mask counts of the pixels
    # below the median differ from GDL's; every other line is the same text
    diverging = {2, 11}
    assert [g for i, g in enumerate(got) if i not in diverging] == \
        [w for i, w in enumerate(want) if i not in diverging]
    im = idl.readfits(str(port / "field.fits"), silent=True)
    ref = _idl_smooth3(im)
    s = np.sort(ref.ravel())
    median = s[s.size // 2]                           # MEDIAN: the upper middle value
    level = median + 5 * ref.std(ddof=1)
    # FLOAT smoothing and standard deviation vs the double reference: 1e-5 relative
    assert got[2].startswith("level") and _numbers(got[2])[1] == _numbers(want[2])[1]
    np.testing.assert_allclose(_numbers(got[2])[0], level, rtol=1e-5)
    counts = [(ref > level).sum(), (ref < median).sum()]
    n = _numbers(got[11])
    assert n[1] == counts[0] and n[2] == counts[1] and n[0] == ref.size - sum(counts)
    assert (port / "sources.txt").read_bytes() == (legacy / "sources.txt").read_bytes()
    dl, dp = _same_fits(legacy / "mask.fits", port / "mask.fits", skip=("LEVEL   =",))
    mask = np.frombuffer(dp[:im.size], dtype=np.uint8).reshape(im.shape)
    assert np.array_equal(mask, np.where(ref < median, 2, np.where(ref > level, 1, 0)))
    assert (port / "mask.fits").stat().st_size == (legacy / "mask.fits").stat().st_size


CHECKS = {name: globals()[f"check_{name}"] for name in PROGRAMS}


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
    shutil.copy(DATA / f"{name}.pro", folder / f"{name}.pro")
    (folder / f"run_{name}.pro").write_text(
        f"!PATH = '{ASTROLIB.as_posix()}' + PATH_SEP(/SEARCH_PATH) + !PATH\n"
        f"{name}\nexit\n")
    done = run_gdl_program(f"run_{name}.pro", cwd=folder, timeout=120)
    assert done.returncode == 0, done.stderr
    # anything GDL reports but its GUI warnings and the modules it compiles is a failure
    messages = [ln for ln in done.stderr.splitlines()
                if ln.strip() and not re.search(r"gtk|wxWidgets|% Compiled module", ln, re.I)]
    assert messages == [], done.stderr
    return done.stdout


@pytest.mark.parametrize("name", PROGRAMS)
def test_port_reproduces_the_recorded_gdl_run(name, tmp_path, monkeypatch, capsys):
    """Without the clone: the port against what GDL 1.0.1 printed and wrote when the
    programs were added (the same comparison as the live test)."""
    out = _run_port(name, tmp_path / "port", monkeypatch, capsys)
    recorded = RECORDED / name
    CHECKS[name](recorded, tmp_path / "port", (recorded / "stdout.txt").read_text(), out)


@pytest.mark.gdl
@pytest.mark.parametrize("name", PROGRAMS)
def test_port_reproduces_the_legacy_program_in_gdl(name, tmp_path, monkeypatch, capsys):
    out_port = _run_port(name, tmp_path / "port", monkeypatch, capsys)
    out_legacy = _run_legacy(name, tmp_path / "legacy")
    CHECKS[name](tmp_path / "legacy", tmp_path / "port", out_legacy, out_port)
    # the recorded run is still what GDL does
    assert out_legacy == (RECORDED / name / "stdout.txt").read_text()


@pytest.mark.gdl
def test_gdl_reads_the_files_the_ports_write(tmp_path, monkeypatch, capsys):
    """The port's FITS and SAVE files open in the legacy tools (READFITS, RESTORE) with
    the legacy program's types and values."""
    for name in ("fits_profile", "sav_hist", "field_sources"):
        _run_port(name, tmp_path / name, monkeypatch, capsys)
    rec = RECORDED.as_posix()
    (tmp_path / "check_files.pro").write_text(f"""
!PATH = '{ASTROLIB.as_posix()}' + PATH_SEP(/SEARCH_PATH) + !PATH
a = READFITS('fits_profile/sprof.fits', ha, /SILENT)
b = READFITS('{rec}/fits_profile/sprof.fits', hb, /SILENT)
PRINT, 'sprof', ARRAY_EQUAL(a, b), SIZE(a, /TYPE), SXPAR(ha, 'NPEAKS'), FORMAT='(A,3I4)'
m = READFITS('field_sources/mask.fits', hm, /SILENT)
PRINT, 'mask', SIZE(m, /TYPE), N_ELEMENTS(m), TOTAL(m EQ 1), FORMAT='(A,3I5)'
RESTORE, 'sav_hist/station_out.sav'
r1 = rate & h1 = h & n1 = names
RESTORE, '{rec}/sav_hist/station_out.sav'
PRINT, 'sav', ARRAY_EQUAL(r1, rate), SIZE(r1, /TYPE), ARRAY_EQUAL(h1, h), $
  ARRAY_EQUAL(n1, names), FORMAT='(A,4I3)'
exit
""")
    done = run_gdl_program("check_files.pro", cwd=tmp_path, timeout=120)
    assert done.stdout.splitlines() == ["sprof   1   4   3", "mask    1  768   10",
                                        "sav  1  2  1  1"], done.stdout + done.stderr


def test_the_text_inputs_come_from_make_inputs(tmp_path, monkeypatch):
    """make_inputs.py writes the committed FITS and text inputs again, byte for byte."""
    monkeypatch.chdir(tmp_path)
    done = subprocess.run([sys.executable, str(DATA / "make_inputs.py")], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for name in ("slit.fits", "field.fits", "spectrum.txt", "weather.log"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


@pytest.mark.gdl
def test_the_save_file_comes_from_make_station(tmp_path):
    """make_station.pro writes station.sav again (same variables, types and values; the
    SAVE header's date differs)."""
    shutil.copy(DATA / "make_station.pro", tmp_path / "make_station.pro")
    done = run_gdl_program("make_station.pro", cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    a = scipy.io.readsav(str(DATA / "station.sav"))
    b = scipy.io.readsav(str(tmp_path / "station.sav"))
    assert sorted(a) == sorted(b) == ["counts", "info", "names", "run", "temps"]
    for name in ("counts", "names", "run", "temps"):
        assert np.asarray(a[name]).dtype == np.asarray(b[name]).dtype, name
        assert np.array_equal(a[name], b[name]), name
    assert a["info"].dtype == b["info"].dtype and a["info"][0] == b["info"][0]


# ---------------------------------------------------- pieces the ports relied on
def test_float_by_long_division_stays_float_through_idiv():
    """fits_profile.pro's TOTAL(rate, 2) / ny: ny comes from SIZE (LONG), and numpy
    turns a float32 array divided by an int32 scalar into float64, so the port printed
    2.0479166 where IDL prints 2.04792; IDL's / keeps FLOAT (the rule of idl.idiv)."""
    prof = np.array([51.25, 44.0], dtype=np.float32)
    ny = idl.size(prof)[1]
    assert (prof / ny).dtype == np.float64           # the naive port
    q = idl.idiv(prof, ny)
    assert q.dtype == np.float32 and q.tolist() == [25.625, 22.0]
    assert idl.string(q[0]) == "      25.6250"
    assert idl.idiv(np.int16(-40), np.int16(7)) == -5 # truncates toward zero


def test_structure_tags_of_a_restored_save_file():
    """sav_hist.pro's info.obs: RESTORE gives the readsav layout, a one-record array whose
    tags are IDL's upper-case names with scipy.io.readsav's lower-case titles, so
    ``info.obs`` (what the IDL line says, and what readsav code writes) works; compat's
    normalisation dropped the titles when it made the big-endian fields native."""
    v = idl.restore(str(DATA / "station.sav"))
    info = v["info"]
    assert info.obs[0] == info["obs"][0] == info.OBS[0] == "K. Lee"
    assert info.year[0] == 1997 and info.dtype.names == ("OBS", "YEAR", "SCALE")
    assert info.dtype == scipy.io.readsav(str(DATA / "station.sav"))["info"].dtype \
        .newbyteorder("=")                            # readsav's layout, native
    assert v["info"].OBS[0] == "K. Lee" and v["info"].YEAR[0] == 1997
    assert v["info"].YEAR.dtype == np.int16 and v["info"].SCALE.dtype == np.float64
    assert v["counts"].dtype == np.int16 and v["run"].dtype == np.int32


def test_structure_routines_take_readsav_titled_structures():
    """A native-endian structure in readsav's layout (titled fields: what readsav gives
    for a structure of strings only, and what RESTORE now keeps) made every structure
    routine raise a bare TypeError ('dtype() argument 4 must be dict, not None'; numpy
    also views no array of references under another dtype)."""
    strings = np.rec.array([(b"K. Lee", b"Mauna Kea")],
                           dtype=[(("obs", "OBS"), "O"), (("site", "SITE"), "O")])
    assert idl.tag_names(strings).tolist() == ["OBS", "SITE"]
    assert idl.n_tags(strings) == 2
    numbers = np.rec.array([(1997, 0.25)], dtype=[(("year", "YEAR"), "<i2"),
                                                   (("scale", "SCALE"), "<f8")])
    assert idl.tag_names(numbers).tolist() == ["YEAR", "SCALE"] and idl.n_tags(numbers) == 2
    assert numbers.dtype.names == ("YEAR", "SCALE") and numbers.year[0] == 1997  # untouched
    info = idl.restore(str(DATA / "station.sav"))["info"]
    assert idl.tag_names(info).tolist() == ["OBS", "YEAR", "SCALE"]


# ------------------------------------------------------------------- the scanner (9)
def test_scanner_events_the_programs_needed():
    """field_sources.pro's ``(nsrc < 8) - 1`` is IDL's minimum operator (a port that
    keeps Python's ``<`` gets a boolean): the scanner did not report it. weather_log.pro's
    ``FLOAT(k) / 9`` was reported as an integer division; ``LONG(x) / 3`` is one."""
    src = ("n = (nsrc < 8) - 1\nm = a > 0.5 & o->show\nw = FLOAT(k) / 9\n"
           "i = LONG(x) / 3\nj = (n + 1) / 2\nd = DOUBLE(TOTAL(k)) / 4\n")
    events = [(e, line, d) for e, line, d in scan_idl(src).events
              if e in ("minmax_operator", "int_division")]
    assert events == [("minmax_operator", 1, "<"), ("minmax_operator", 2, ">"),
                      ("int_division", 4, ")/3"), ("int_division", 5, ")/2")]


def test_the_scanner_names_every_routine_the_programs_call(tmp_path):
    # one scan (a catalog build takes seconds): the programs, and calls with one and
    # with two output keywords for the output-order pitfall
    (tmp_path / "outputs.pro").write_text(
        "h = HISTOGRAM(x, REVERSE_INDICES=ri)\nm = MOMENT(x, SDEV=s)\n"
        "h = HISTOGRAM(x, LOC=l, REVERSE_INDICES=ri)\nm = MOMENT(x, /NAN, MDEV=md, SDEV=s)\n")
    done = subprocess.run([sys.executable, "-m", "compat", "scan", "--quiet", "--jobs", "1",
                           "--json", "-", str(DATA), str(tmp_path / "outputs.pro")],
                          capture_output=True, text=True, timeout=300, cwd=REPO)
    assert done.returncode == 0, done.stderr
    scan = json.loads(done.stdout)
    files = {Path(k).name: v for k, v in scan["files"].items() if k.endswith(".pro")}
    hits = [(p["line"], p["id"]) for p in files.pop("outputs.pro")["pitfalls"]
            if p["id"].endswith(".output_order")]
    assert hits == [(3, "idl.histogram.output_order"), (4, "idl.moment.output_order")]
    expected = {
        "fits_profile.pro": "free_lun max mean median min mkhdr openw print printf readfits "
                            "size smooth stddev string strtrim sxaddpar sxpar total where "
                            "writefits",
        "line_fit.pro": "abs close gaussfit moment n_elements openw poly poly_fit print "
                        "printf readcol sqrt string total where",
        "sav_hist.pro": "fix histogram long mean min moment n_elements print restore save "
                        "strtrim total where",
        "weather_log.pro": "convol fix float fltarr free_lun intarr max mean median min "
                           "openr openw print printf readf strarr strcompress string "
                           "strmid strtrim total where",
        "field_sources.pro": "bytarr fix free_lun long max median mkhdr openw print printf "
                             "readfits rebin reverse round size smooth sort stddev sxaddpar "
                             "sxpar total uniq where writefits",
        "make_station.pro": "exit findgen fix indgen save sin",
    }
    assert sorted(files) == sorted(expected)
    for name, calls in expected.items():
        assert sorted(files[name]["calls"]) == sorted(calls.split()), name
        assert files[name]["missing"] == [] and files[name]["unknown"] == [], name
        assert set(files[name]["covered"]) | set(files[name]["direct"]) == \
            set(calls.split()), name
    assert set(files["line_fit.pro"]["direct"]) == {"abs", "sqrt"}
    summary = scan["summary"]
    assert len(summary["ready_files"]) == 7 and summary["port_first"] == []
    pits = summary["pitfalls"]
    # the traps the ports met are named, with the files they are in
    # FLOAT(k) / 9 in weather_log.pro is not an integer division (it was reported)
    assert pits["idl.integer_division"]["files"] == 3
    hits = [(p["line"], p["compat"]) for p in files["field_sources.pro"]["pitfalls"]
            if p["id"] == "idl.minmax_operator"]
    assert hits == [(24, "write idl.lesser_of(a, b) for a < b (IDL's result type)")]
    assert pits["idl.mod_operator"]["files"] == 3
    assert pits["idl.float_literal"]["files"] == 5
    assert pits["idl.readfits.layout"]["files"] == 2
    # two or more output keywords: the named tuple's order is compat's signature's, not
    # the call's (the port of sav_hist.pro first unpacked h, ri, loc and got LOCATIONS
    # as the reverse indices)
    order = sorted((name, p["line"], p["id"]) for name, f in files.items()
                   for p in f["pitfalls"] if p["id"].endswith(".output_order"))
    assert order == [("line_fit.pro", 11, "idl.poly_fit.output_order"),
                     ("sav_hist.pro", 14, "idl.histogram.output_order"),
                     ("sav_hist.pro", 21, "idl.moment.output_order")]
    assert pits["idl.restore.layout"]["files"] == 1
    assert scan["routines"]["print"]["files"] == 5
