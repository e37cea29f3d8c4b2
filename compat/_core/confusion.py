"""Confusion matrices (MATLAB's ``confusionmat``): counts of (known, predicted) label
pairs, with the labels numbered as confusionmat.m numbers them.

Python-shaped: labels come in as a numeric/boolean ndarray or a list of texts (None for
a missing text); :func:`numeric_levels` and :func:`text_levels` give 1-based level
numbers (NaN for missing) of the known and predicted labels over one common set of
levels, :func:`confusion_counts` counts the pairs (rows with a missing side dropped) by
:func:`compat._core.frequency_tables.cross_counts`, and :func:`reorder_levels` moves the
rows and columns to a given order. The rules are MathWorks' (confusionmat.m and its
reference page, facts only):

* numbers and logicals: the distinct values of ``[g; ghat]`` in ascending order
  (findgroups), NaN missing;
* text: blanks trimmed at both ends (strtrim), then the distinct labels in order of
  first appearance in ``[g; ghat]``; '' (also a label of blanks only) and missing
  strings are missing;
* an observation whose known or predicted label is missing is not counted;
* with an order, every level must be in it; levels of the order that never occur get
  zero rows and columns.

The MATLAB argument grammar (classes, the 'Order' pair, the class of the returned order)
is in :mod:`compat.matlab.frequency_tables`.
"""

from __future__ import annotations

import numpy as np

from compat._core.frequency_tables import cross_counts

__all__ = ["numeric_levels", "text_levels", "confusion_counts", "reorder_levels"]


def numeric_levels(known: np.ndarray, predicted: np.ndarray
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(known codes, predicted codes, levels)``: 1-based float codes (NaN for NaN) of
    two 1-D numeric or boolean arrays over their sorted distinct non-NaN values
    (``levels`` keeps the arrays' common dtype)."""
    both = np.concatenate([known, predicted])
    missing = np.isnan(both) if both.dtype.kind in "fc" else np.zeros(both.shape, bool)
    levels, inverse = np.unique(both[~missing], return_inverse=True)
    codes = np.full(both.shape, np.nan)
    codes[~missing] = inverse.reshape(-1) + 1
    return codes[:known.size], codes[known.size:], levels


def _trim(label) -> str | None:
    if label is None:
        return None
    text = str(label).strip()
    return text if text else None


def text_levels(known: list, predicted: list) -> tuple[np.ndarray, np.ndarray, list]:
    """``(known codes, predicted codes, levels)`` of two lists of texts: labels trimmed
    of blanks at both ends, '' and None missing (NaN codes), levels in order of first
    appearance in ``known + predicted``."""
    texts = [_trim(v) for v in list(known) + list(predicted)]
    present = [t for t in texts if t is not None]
    levels = list(dict.fromkeys(present))
    number = {t: i + 1 for i, t in enumerate(levels)}
    codes = np.array([np.nan if t is None else number[t] for t in texts], dtype=np.float64)
    return codes[:len(known)], codes[len(known):], levels


def confusion_counts(known: np.ndarray, predicted: np.ndarray, k: int) -> np.ndarray:
    """The ``k x k`` double table whose ``(i, j)`` entry counts the observations with
    known level ``i + 1`` and predicted level ``j + 1``; observations with a NaN code on
    either side are not counted."""
    keep = ~(np.isnan(known) | np.isnan(predicted))
    pairs = np.column_stack([known[keep], predicted[keep]]).astype(np.int64) - 1
    return cross_counts(pairs.reshape(-1, 2), (k, k))


def reorder_levels(table: np.ndarray, position: np.ndarray, size: int) -> np.ndarray:
    """The ``size x size`` table with level ``i`` of ``table`` moved to row and column
    ``position[i]`` (0-based); the other rows and columns are zero."""
    out = np.zeros((size, size), dtype=table.dtype)
    out[np.ix_(position, position)] = table
    return out
