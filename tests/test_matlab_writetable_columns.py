"""writetable's multi-column variables (a DataFrame column of equal-length vectors) as
MATLAB writes them: one file column per variable column, headed Name_1, Name_2 ...
(golden: reference_outputs/matlab/tables writetable_multicolumn_variable_doc)."""

import numpy as np
import pytest

from compat import matlab

pd = pytest.importorskip("pandas")


def _written(tmp_path, frame, *args):
    path = str(tmp_path / "t.txt")
    matlab.writetable(frame, path, *args)
    return open(path).read()


def test_three_column_variable_and_text_vectors(tmp_path):
    frame = pd.DataFrame({"x": [np.array([1.5, 2, 3]), np.array([4, 5, 6.25])],
                          "s": [np.array(["a", "b,c"]), np.array(["d", "e"])]})
    assert _written(tmp_path, frame) == 'x_1,x_2,x_3,s_1,s_2\n1.5,2,3,a,"b,c"\n4,5,6.25,d,e\n'


def test_tab_delimiter_and_no_names(tmp_path):
    frame = pd.DataFrame({"v": [[1, 2], [3, 4]], "w": [True, False]})
    assert _written(tmp_path, frame, "Delimiter", "\t", "WriteVariableNames", False) == \
        "1\t2\t1\n3\t4\t0\n"


def test_ragged_rows_are_refused(tmp_path):
    frame = pd.DataFrame({"v": [np.array([1.0, 2.0]), np.array([3.0])]})
    with pytest.raises(TypeError, match="writetable: a table variable's rows"):
        _written(tmp_path, frame)
