"""IDL's image library routines BILINEAR, HIST_EQUAL, STDEV and IMAGE_STATISTICS: the
pieces that are not already IDL built-ins compat has (INTERPOLATE, HISTOGRAM, BYTSCL,
VALUE_LOCATE live in their own families and are called by the legacy layer,
:mod:`compat.idl.image_library`, as IDL's library routines call them).

Python-shaped: numpy arrays in readsav layout, keyword options, no IDL argument parsing.

* BILINEAR's location arrays (IDL Reference Guide, BILINEAR): a 1-D IX of n elements
  becomes n identical *rows* (``IX[i, *]`` constant down a column), a 1-D JY of m
  elements m identical *columns*, so two vectors make the n x m grid; 2-D arrays are
  used as they are (:func:`bilinear_locations`).
* HIST_EQUAL (IDL Reference Guide, HIST_EQUAL): the histogram over ``[MINV, MAXV]`` with
  its first bin zeroed ("to remove the background"), integrated to the cumulative
  distribution in double precision, scaled to bytes ``0..TOP`` and looked up at bin
  ``(max(a, MINV) - MINV) / BINSIZE`` (:func:`default_binsize`, :func:`percent_bins`,
  :func:`fcn_table`, :func:`lookup_bins`).
* STDEV (IDL's obsolete library routine): ``mean = TOTAL(a)/n``, ``sqrt(TOTAL((a -
  mean)^2)/(n - 1))`` in TOTAL's type (:func:`stdev`).
* IMAGE_STATISTICS: count, sum, mean, extremes, sum of squares, sample variance and
  standard deviation of the masked samples, accumulated in double precision
  (:func:`sample_statistics`).
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["bilinear_locations", "default_binsize", "percent_bins", "fcn_table",
           "lookup_bins", "stdev", "sample_statistics"]


# ---------------------------------------------------------------------------- BILINEAR
def bilinear_locations(ix: np.ndarray, jy: np.ndarray, idl_rank_x: int, idl_rank_y: int):
    """``(IX, JY)`` as BILINEAR hands them to INTERPOLATE: 1-D vectors spread over the
    grid (numpy shape ``(ny, nx)``), 2-D arrays and scalars unchanged. ``idl_rank_*`` are
    the IDL ranks (a numpy ``(1, n)`` array is IDL's 1-D ``[n]``). Returns ``None`` for a
    vector paired with a scalar (no grid size: IDL's REBIN fails)."""
    nx = ix.shape[-1] if idl_rank_x else 0
    if idl_rank_y == 2:
        ny = jy.shape[0]
    else:
        ny = jy.shape[-1] if idl_rank_y else 0
    if (idl_rank_x == 1 or idl_rank_y == 1) and (nx == 0 or ny == 0):
        return None
    if idl_rank_x == 1:
        ix = np.broadcast_to(ix.reshape(1, -1), (ny, nx))
    if idl_rank_y == 1:
        jy = np.broadcast_to(jy.reshape(-1, 1), (ny, nx))
    return ix, jy


# -------------------------------------------------------------------------- HIST_EQUAL
def default_binsize(dtype: np.dtype, low, high):
    """HIST_EQUAL's BINSIZE when none is given: 1 for BYTE; ``(MAXV - MINV)/5000`` in
    double precision for FLOAT and DOUBLE; for the other integer types that quotient
    rounded up, at least 1 (a LONG, or LONG64 for the 32- and 64-bit types), so integer
    bins stay whole."""
    dtype = np.dtype(dtype)
    if dtype == np.uint8:
        return np.int16(1)
    if dtype.kind == "f":
        with np.errstate(over="ignore"):
            span = high - low           # in the limits' own (IDL) type, then / 5000d
        return np.float64(span) / 5000.0
    width = (int(high) - int(low)) / 5000.0
    size = max(math.ceil(width), 1)
    return np.int32(size) if dtype in (np.dtype(np.int16), np.dtype(np.uint16)) \
        else np.int64(size)


def percent_bins(cumulative: np.ndarray, percent: float, located) -> tuple[int, int]:
    """The bins bounding a PERCENT stretch: the cumulative count ``c[-1] * p / 100`` and
    ``c[-1] * (100 - p) / 100`` are located in the cumulative histogram (``located`` is
    VALUE_LOCATE: the last bin ``<=`` the count, -1 below the first); the low limit is
    the bin above the first, the high limit the second itself."""
    share = cumulative[-1] / np.float64(np.float32(100.0))
    counts = share * np.array([percent, 100 - percent], dtype=np.float64)
    low, high = located(cumulative, counts)
    return int(low) + 1, int(high)


def fcn_table(fcn_hist: np.ndarray, scale) -> np.ndarray:
    """FCN's byte table: the cumulative sum (FLOAT, as TOTAL of a LONG histogram) of the
    256-bin histogram of the byte-scaled FCN, byte-scaled to ``0..TOP`` by ``scale``."""
    return scale(np.cumsum(fcn_hist, dtype=np.float64).astype(np.float32))


def lookup_bins(a: np.ndarray, low, binsize, work: np.dtype) -> np.ndarray:
    """Each element's bin ``(max(a, low) - low) / binsize``, truncated, as int64 (NaN and
    values far below give 0; the caller clips to the table as IDL clips subscripts).
    ``work`` is the type of IDL's ``(a > low) - low``."""
    work = np.dtype(work)
    x = a.astype(work) if a.dtype != work else a
    lo = work.type(low)
    with np.errstate(invalid="ignore", over="ignore"):
        shifted = np.maximum(x, lo) - lo
        if work.kind == "f" or np.asarray(binsize).dtype.kind == "f":
            if np.asarray(binsize).dtype == np.float32 and work == np.float32:
                q = shifted / np.float32(binsize)
            else:
                q = shifted.astype(np.float64) / np.float64(binsize)
            q = np.where(np.isnan(q), 0, q)
            q = np.clip(q, -1.0, 2.0 ** 62)
            return np.trunc(q).astype(np.int64)
        return shifted.astype(np.int64) // int(binsize)


# ------------------------------------------------------------------------------- STDEV
def stdev(a: np.ndarray, dtype: np.dtype) -> tuple:
    """``(standard deviation, mean)`` of all elements in ``dtype`` (TOTAL's type:
    DOUBLE for DOUBLE data, FLOAT otherwise)."""
    x = a.reshape(-1).astype(dtype)
    n = x.size
    mean = dtype.type(x.sum(dtype=dtype) / dtype.type(n))
    d = x - mean
    return dtype.type(np.sqrt((d * d).sum(dtype=dtype) / dtype.type(n - 1))), mean


# -------------------------------------------------------------------- IMAGE_STATISTICS
def sample_statistics(samples: np.ndarray) -> dict:
    """The statistics of a 1-D sample as float64 (count as int): ``count``, ``data_sum``,
    ``mean``, ``minimum``, ``maximum``, ``sum_of_squares``, ``variance`` and ``stddev``
    (``n - 1`` in the denominator; 0 for fewer than two samples)."""
    x = samples.astype(np.float64)
    n = x.size
    total = x.sum()
    mean = total / n
    out = {"count": n, "data_sum": total, "mean": mean, "minimum": x.min(),
           "maximum": x.max(), "sum_of_squares": (x * x).sum()}
    if n > 1:
        d = x - mean
        var = (d * d).sum() / (n - 1)
        out["variance"], out["stddev"] = var, np.sqrt(var)
    else:
        out["variance"] = out["stddev"] = 0.0
    return out
