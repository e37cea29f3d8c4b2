"""A masked array refused with the NaN route wherever the routine has one (issue 12).

The issue asks the refusal to say how to proceed: ``a.filled(np.nan)`` where the routine
has a NaN option. Generated over MATLAB's functions: every one whose code reads
``'omitnan'``, and every one that skips NaN by itself (the nan* functions, ``mode``,
``prctile``/``quantile``, the histogram counts), names ``a.filled(np.nan)`` and why.
"""

from __future__ import annotations

import inspect

import numpy as np
import pytest

from compat import matlab

MASKED = np.ma.masked_invalid(np.array([1.0, np.nan, 3.0, 4.0]))
NAN_ROUTE = r"a\.filled\(np\.nan\) (with 'omitnan'|\(\w+ skips NaN\)|\(NaN is in no bin\))"


def _reads_omitnan(function) -> bool:
    try:
        return "'omitnan'" in inspect.getsource(inspect.unwrap(function))
    except (TypeError, OSError):
        return False


OMITNAN = sorted(n for n in matlab.__all__
                 if n != "intops" and _reads_omitnan(getattr(matlab, n)))
SKIPS_NAN = ["nanmean", "nansum", "nanmedian", "nanvar", "nanstd", "nanmax", "nanmin",
             "mode", "prctile", "quantile", "histc", "histcounts", "histcounts2", "hist"]


def test_the_generated_list_is_not_empty():
    assert {"mean", "movmean", "detrend", "medfilt1", "rms"} <= set(OMITNAN)


@pytest.mark.parametrize("name", sorted(set(OMITNAN) | set(SKIPS_NAN)))
def test_masked_input_names_the_nan_route(name):
    function = getattr(matlab, name)
    args = (MASKED, np.array([0.0, 2.0, 5.0])) if name == "histc" else \
        (MASKED, 50.0) if name == "prctile" else (MASKED, 0.5) if name == "quantile" else \
        (MASKED, MASKED) if name == "histcounts2" else (MASKED,)
    with pytest.raises(TypeError, match=rf"^{name}: masked arrays are not accepted .*"
                                        rf"{NAN_ROUTE} to leave the masked points out"):
        function(*args)
