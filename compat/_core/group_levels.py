"""Grouping variables to group numbers as MATLAB's grp2idx.m numbers them (shared by
anova1/kruskalwallis, grp2idx, crosstab and tabulate).

* Numbers and logicals: the sorted distinct values (NaN: no group), named by
  ``sprintf('%g')``;
* text: the distinct texts in order of first appearance ('' or missing: no group).
"""

from __future__ import annotations

import numpy as np

from compat._core.matlab_types import matlab_array

__all__ = ["group_index"]


def _number_text(v: float) -> str:
    """grp2idx.m's names of numeric levels: sprintfc('%g', levels)."""
    return "%g" % v


def group_index(group):
    """MATLAB's grp2idx: ``(g (float, NaN for missing), names, levels)``."""
    if isinstance(group, str):
        group = [group]
    is_text_list = isinstance(group, (list, tuple)) and any(
        isinstance(v, (str, bytes)) for v in np.asarray(group, dtype=object).reshape(-1))
    if is_text_list or (isinstance(group, np.ndarray) and group.dtype.kind in "UO"):
        texts = [str(v) for v in np.asarray(group, dtype=object).reshape(-1)]
        names, index = [], {}
        g = np.empty(len(texts))
        for i, t in enumerate(texts):
            t = t.rstrip()
            if t == "":
                g[i] = np.nan
                continue
            if t not in index:
                index[t] = len(names)
                names.append(t)
            g[i] = index[t] + 1
        return g, names, list(names)
    values = np.asarray(matlab_array(group, "GROUP", complex_ok=False, char="error"))
    values = values.reshape(-1).astype(np.float64)
    ok = ~np.isnan(values)
    levels, inverse = np.unique(values[ok], return_inverse=True)
    g = np.full(values.size, np.nan)
    g[ok] = inverse + 1
    return g, [_number_text(v) for v in levels], levels.reshape(-1, 1)
