"""The optional extras (compat._core.extras): a missing package is a MissingExtraError,
an ImportError bound to the legacy routine's name that names the extra to install."""

import sys

import pytest

import compat
from compat import idl, matlab
from compat._core.extras import EXTRAS, optional_module


@pytest.mark.parametrize("module, extra, call", [
    ("pandas", "tables", lambda p: matlab.readtable(str(p / "t.csv"))),
    ("h5py", "hdf5", lambda p: matlab.h5read(str(p / "d.h5"), "/a")),
    ("netCDF4", "hdf5", lambda p: matlab.nccreate(str(p / "d.nc"), "v")),
    ("h5py", "hdf5", lambda p: idl.h5f_open(str(p / "d.h5"))),
])
def test_a_missing_extra_names_itself_and_the_routine(module, extra, call, tmp_path,
                                                      monkeypatch):
    (tmp_path / "t.csv").write_text("a,b\n1,2\n")
    monkeypatch.setitem(sys.modules, module, None)          # as if not installed
    with pytest.raises(compat.MissingExtraError) as caught:
        call(tmp_path)
    error = caught.value
    assert isinstance(error, ImportError) and error.extra == extra
    assert str(error).startswith(f"{error.routine}: ") and error.routine
    assert f"pip install 'idl-matlab-compat[{extra}]'" in str(error)


def test_every_extra_is_declared_in_pyproject():
    import tomllib
    from pathlib import Path
    declared = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    extras = declared["project"]["optional-dependencies"]
    for package, extra in EXTRAS.values():
        assert any(r.lower().startswith(package.lower()) for r in extras[extra]), package


def test_an_installed_module_is_returned():
    assert optional_module("numpy").__name__ == "numpy"
