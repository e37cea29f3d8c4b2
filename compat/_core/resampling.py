"""Resampling of data rows (MATLAB's ``jackknife``).

Python-shaped: the data as a list of arrays in MATLAB's layout (rows are observations),
a statistic as a Python callable. The legacy layer is :mod:`compat.matlab.resampling`.
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

__all__ = ["leave_one_out"]


def leave_one_out(statistic: Callable, data: Sequence[np.ndarray], rows: int,
                  scalar: Sequence[bool]) -> np.ndarray:
    """``statistic`` of ``data`` with each of the ``rows`` rows left out in turn, as
    MATLAB's jackknife: scalar arguments pass unchanged, the others lose row ``i``; each
    result is flattened in column-major order into row ``i`` of the (rows, k) result,
    whose class is that of the statistic on the whole data (evaluated first, as
    jackknife.m does, to fix k). Raises ValueError when a sample's statistic has
    another number of elements."""
    whole = np.asarray(statistic(*data))
    expected = whole.size
    out = np.zeros((rows, expected), dtype=whole.dtype if whole.dtype.kind in "biufc"
                   else np.float64)
    keep = np.ones(rows, dtype=bool)
    for i in range(rows):
        keep[i] = False
        sample = [d if s else d[keep] for d, s in zip(data, scalar)]
        value = np.asarray(statistic(*sample))
        keep[i] = True
        if value.size != expected:
            raise ValueError(f"Statistic size {value.size} for one jackknife sample is not "
                             f"equal to statistic size for the entire data {expected}.")
        out[i] = value.reshape(-1, order="F")
    return out
