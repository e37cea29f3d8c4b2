"""MATLAB savefig/openfig's figure files (compat/_core/figure_frames.py): a figure of
every object family round-trips, and a file naming any global other than compat's
graphics classes, numpy's array reconstruction and plain containers is refused before
anything in it runs."""

from __future__ import annotations

import os
import pickle

import numpy as np
import pytest

from compat import matlab
from compat._core import figure_frames


@pytest.fixture(autouse=True)
def _closed():
    yield
    matlab.close('all')


def test_round_trip_of_many_object_kinds(tmp_path):
    f = matlab.figure('visible', 'off')
    matlab.plot([1, 2, 3], [4, 5, 6], 'r-')
    matlab.title('t')
    matlab.hold('on')      # keep every object in the one axes
    matlab.surf(np.arange(12.0).reshape(3, 4))
    matlab.imagesc(np.eye(3))
    matlab.colorbar()
    matlab.annotation('arrow', [.1, .2], [.3, .4])
    matlab.uicontrol('Style', 'pushbutton', 'Callback', 'disp(1)')
    path = str(tmp_path / "many.fig")
    matlab.savefig(f, path)
    g = matlab.openfig(path)
    kids = matlab.findall(g)
    types = sorted({str(matlab.get(k, 'Type')) for k in kids})
    assert {'figure', 'axes', 'line', 'surface', 'image', 'uicontrol'} <= set(types)


class _Boom:
    def __reduce__(self):
        return (os.system, ("echo should-not-run",))


def test_a_file_naming_another_global_is_refused(tmp_path):
    path = tmp_path / "evil.fig"
    path.write_bytes(figure_frames.FIGURE_FILE_MAGIC + pickle.dumps([_Boom()], protocol=4))
    with pytest.raises(pickle.UnpicklingError, match="names (posix|nt|os)\\.system"):
        figure_frames.load_figure(str(path))


def test_a_compat_function_is_not_a_class(tmp_path):
    path = tmp_path / "func.fig"
    path.write_bytes(figure_frames.FIGURE_FILE_MAGIC
                     + pickle.dumps([figure_frames.load_figure], protocol=4))
    with pytest.raises(pickle.UnpicklingError, match="load_figure"):
        figure_frames.load_figure(str(path))
