"""compat._core.windows.box_reach (issue 20): which boxes hold a NaN, +Inf or -Inf is
the bitwise OR of the codes over each box, exactly the boxes whose integer counts of
each kind are positive (the counts box_mean used before), for every boundary mode."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from compat._core import windows

MODES = ["valid", "nearest", "reflect", "mirror", "wrap", "constant", "shrink"]


@settings(max_examples=80, deadline=None)
@given(shape=st.lists(st.integers(1, 11), min_size=1, max_size=3),
       seed=st.integers(0, 2**32 - 1), count=st.integers(0, 5),
       widths=st.lists(st.sampled_from([1, 3, 5, 7, 9, 25]), min_size=3, max_size=3),
       mode=st.sampled_from(MODES))
def test_box_reach_is_where_the_counts_are_positive(shape, seed, count, widths, mode):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(shape).astype(np.float32)
    flat = x.reshape(-1)
    flat[rng.integers(0, x.size, count)] = rng.choice([np.nan, np.inf, -np.inf], count)
    widths = widths[:x.ndim]
    if mode == "valid" and any(w > n for w, n in zip(widths, shape)):
        return
    if mode in ("reflect", "mirror") and any(w // 2 >= n for w, n in zip(widths, shape)):
        return  # numpy cannot reflect further than the array
    reach = windows.box_reach(windows.nonfinite_code(x), widths, mode=mode)
    for bit, mask in ((1, np.isnan(x)), (2, x == np.inf), (4, x == -np.inf)):
        counts = windows._box_count_int(mask, widths, mode=mode, pad_valid=False)
        assert reach.shape == counts.shape
        assert np.array_equal((reach & bit) != 0, counts > 0)
