"""MATLAB readvars / detectImportOptions on delimited text."""

import numpy as np
import pytest

from compat import matlab
from compat.golden import text_read


def test_names_types_and_lines_are_detected():
    def check(path):
        opts = matlab.detectImportOptions(path)
        assert opts.VariableNames == ["Name", "Age", "x_Score"]
        assert opts.VariableDescriptions == ["", "", "%Score"]
        assert opts.VariableTypes == ["char", "double", "double"]
        assert opts.DataLines.tolist() == [[3.0, np.inf]]
        assert opts.VariableNamesLine == 2
        name, score = matlab.readvars(path, 'Delimiter', ';', nargout=3)[0::2]
        assert name == ["Ann", "", "Cy"]
        assert score.ravel().tolist()[0] == 1.5 and np.isnan(score[1, 0])
    text_read(["title line", "Name;Age;%Score", "Ann;31;1.5", ";40;", "Cy;22;7"], check)


def test_selection_and_data_lines_by_name_value():
    def check(path):
        opts = matlab.detectImportOptions(path, 'DataLines', [3, 3])
        opts.SelectedVariableNames = 'b'
        assert matlab.readvars(path, opts).tolist() == [[4.0]]
        opts = matlab.setvartype(opts, 'b', 'int16')
        assert matlab.readvars(path, opts).dtype == np.int16
    text_read(["a,b", "1,2", "3,4"], check)


@pytest.mark.parametrize("action, message", [
    (lambda p: matlab.detectImportOptions(p, 'DataLines', [0, 2]), "detectImportOptions: DataLines must be"),
    (lambda p: matlab.detectImportOptions(p, 'Bogus', 1), "detectImportOptions: unknown option 'bogus'"),
    (lambda p: setattr(matlab.detectImportOptions(p), 'SelectedVariableNames', 'zz'), "unknown variable name 'zz'"),
    (lambda p: matlab.getvaropts(matlab.detectImportOptions(p), 5), "getvaropts: variable number 5"),
    (lambda p: matlab.setvartype(matlab.detectImportOptions(p), 'a', 'cplx'), "setvartype: unsupported variable type"),
    (lambda p: matlab.readvars(p, nargout=3), "readvars: too many outputs"),
    (lambda p: matlab.getvaropts(42, 'a'), "getvaropts: opts must be import options"),
])
def test_bad_inputs(action, message):
    with pytest.raises((ValueError, TypeError)) as info:
        text_read(["a,b", "1,2"], action)
    assert message in str(info.value)
