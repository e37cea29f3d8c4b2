"""Unit tests for compat.matlab.frequency_tables (tabulate, crosstab, ecdf).

Expected values are worked by hand from the definitions (counts, Pearson's
chi-square on the contingency table, the empirical cdf with MATLAB's leading
point) and agree with Octave 7.3's statistics 1.5.3 for these inputs.
"""
import numpy as np

from compat.matlab import crosstab, ecdf, tabulate


def test_tabulate_numeric_counts_and_percent():
    t = tabulate([1, 2, 2, 3, 3, 3])
    np.testing.assert_allclose(t, [[1, 1, 100 / 6], [2, 2, 200 / 6], [3, 3, 50]])


def test_crosstab_table_chi2_p():
    t, chi2, p = crosstab([1, 1, 2, 2, 1], [1, 2, 2, 2, 1], nargout=3)
    np.testing.assert_array_equal(t, [[2, 1], [0, 2]])
    # expected counts [[1.2 1.8],[0.8 1.2]] -> chi2 = 20/9, 1 dof
    np.testing.assert_allclose(chi2, 20 / 9, rtol=1e-14)
    np.testing.assert_allclose(p, 0.1360371281, rtol=1e-9)


def test_ecdf_leading_point_and_ties():
    f, x = ecdf([3, 1, 2, 2], nargout=2)
    np.testing.assert_allclose(np.ravel(f), [0, 0.25, 0.75, 1])
    np.testing.assert_allclose(np.ravel(x), [1, 1, 2, 3])
