"""MATLAB warnings of compat's routines go through one route
(:func:`compat._core.errors.issue_warning`): ``warning('off', id)`` silences each,
``lastwarn`` records each (also when off: MathWorks' lastwarn page, "regardless of the
display state"), ``warning('error', id)`` turns each into an ``MException`` with that
identifier; ``lasterror`` (the struct form, ``'reset'``, a struct argument) and
``MException.last``.

The identifiers are MATLAB's, as MATLAB users switch them off in published code
(``warning('off', 'MATLAB:load:variableNotFound')``, ``'MATLAB:DELETE:FileNotFound'``,
``'MATLAB:colon:operandsNotRealScalar'``,
``'MATLAB:griddedInterpolant:CubicUniformOnlyWarnId'``,
``'MATLAB:table:ModifiedAndSavedVarnames'``; ``MATLAB:datenum:EmptyDate``,
``MATLAB:addtodate:NonIntegerValue`` and ``MATLAB:MKDIR:DirectoryExists`` as compat's
dates and file-system families document them). Expected texts are MATLAB's, written
out here, not taken from the code under test.
"""

from __future__ import annotations

import sys
import warnings

import numpy as np
import pytest
import scipy.io

import compat
from compat import matlab


@pytest.fixture(autouse=True)
def _session():
    """Each test starts and ends with every warning on and no last error/warning."""
    states = matlab.warning()
    matlab.warning("on", "all")
    matlab.lasterr("", "")
    matlab.lastwarn("", "")
    yield
    matlab.warning(states)
    matlab.lasterr("", "")
    matlab.lastwarn("", "")


def _load_missing(tmp_path):
    path = tmp_path / "one.mat"
    scipy.io.savemat(path, {"a": 1.0})
    matlab.load(str(path), "nope")


def _readtable_modified(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("my value,b\n1,2\n")
    matlab.readtable(str(path))


def _interp2_cubic(tmp_path):
    x = np.array([0.0, 1.0, 3.0, 4.0])
    matlab.interp2(x, x, np.outer(x, x), 1.5, 1.5, "cubic")


def _interpn_cubic(tmp_path):
    x = np.array([0.0, 1.0, 3.0, 4.0])
    matlab.interpn(x, x, np.outer(x, x), 1.5, 1.5, "cubic")


def _mkdir_exists(tmp_path):
    matlab.mkdir(str(tmp_path), nargout=0)


ROUTES = [
    ("datenum", lambda tmp: matlab.datenum(""), "MATLAB:datenum:EmptyDate",
     "Usage of DATENUM with empty date strings is not supported.\n"
     "Results may change in future versions."),
    ("addtodate", lambda tmp: matlab.addtodate(738000.0, 1.5, "day"),
     "MATLAB:addtodate:NonIntegerValue",
     "Non-integer valued quantities are not supported.  1.500000 will be truncated to 1."),
    ("colon", lambda tmp: matlab.colon(1 + 2j, 3), "MATLAB:colon:operandsNotRealScalar",
     "Colon operands must be real scalars."),
    ("interp2", _interp2_cubic, "MATLAB:griddedInterpolant:CubicUniformOnlyWarnId",
     "The 'cubic' method requires the grid to have a uniform spacing. Switching method "
     "from 'cubic' to 'spline' because this condition is not met."),
    ("interpn", _interpn_cubic, "MATLAB:griddedInterpolant:CubicUniformOnlyWarnId",
     "The 'cubic' method requires the grid to have a uniform spacing. Switching method "
     "from 'cubic' to 'spline' because this condition is not met."),
    ("load", _load_missing, "MATLAB:load:variableNotFound", "Variable 'nope' not found."),
    ("delete", lambda tmp: matlab.delete(str(tmp / "absent.dat")),
     "MATLAB:DELETE:FileNotFound", None),
    ("mkdir", _mkdir_exists, "MATLAB:MKDIR:DirectoryExists", "Directory already exists."),
    ("readtable", _readtable_modified, "MATLAB:table:ModifiedAndSavedVarnames",
     "Column headers from the file were modified to make them valid MATLAB identifiers "
     "before creating variable names for the table. The original column headers are "
     "saved in the VariableDescriptions property."),
]


@pytest.mark.parametrize("name, trigger, identifier, text", ROUTES,
                         ids=[r[0] for r in ROUTES])
def test_each_warning_is_a_matlab_warning_with_its_identifier(tmp_path, name, trigger,
                                                              identifier, text):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        trigger(tmp_path)
    ours = [w for w in caught if isinstance(w.message, compat.MatlabWarning)]
    assert len(ours) == 1, [str(w.message) for w in caught]
    assert ours[0].message.identifier == identifier
    if text is not None:
        assert str(ours[0].message) == text
    assert ours[0].filename == __file__            # pointed at the caller, not compat
    message, warn_id = matlab.lastwarn(nargout=2)
    assert warn_id == identifier and message == str(ours[0].message)


@pytest.mark.parametrize("name, trigger, identifier, text", ROUTES,
                         ids=[r[0] for r in ROUTES])
def test_warning_off_silences_and_lastwarn_still_records(tmp_path, name, trigger,
                                                         identifier, text):
    matlab.warning("off", identifier)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        trigger(tmp_path)
    assert not [w for w in caught if isinstance(w.message, compat.MatlabWarning)]
    assert matlab.lastwarn(nargout=2)[1] == identifier
    matlab.warning("on", identifier)
    matlab.lastwarn("", "")
    with pytest.warns(compat.MatlabWarning):
        trigger(tmp_path)


@pytest.mark.parametrize("name, trigger, identifier, text", ROUTES,
                         ids=[r[0] for r in ROUTES])
def test_warning_error_state_throws_the_identifier(tmp_path, name, trigger, identifier,
                                                   text):
    previous = matlab.warning("error", identifier)
    assert previous == {"identifier": identifier, "state": "on"}
    assert matlab.warning("query", identifier)["state"] == "error"
    with pytest.raises(matlab.MException) as info:
        trigger(tmp_path)
    assert info.value.identifier == identifier
    if text is not None:
        assert info.value.message == text
    assert matlab.lasterr(nargout=2) == (info.value.message, identifier)
    assert matlab.lastwarn() == ""          # an error now, not a warning (Octave 7.3)
    matlab.warning(previous)
    with pytest.warns(compat.MatlabWarning):
        trigger(tmp_path)


def test_identifierless_notice_follows_all():
    # rgb2ntsc's notice for a non-double colormap is compat's own (MATLAB has none):
    # no identifier, so only 'all' governs it; lastwarn records it
    cmap = np.array([[1.0, 0.0, 0.0]], dtype=np.float32)
    with pytest.warns(compat.MatlabWarning, match="^rgb2ntsc: the colormap is not double"):
        matlab.rgb2ntsc(cmap)
    assert matlab.lastwarn(nargout=2)[1] == ""
    matlab.warning("off", "all")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        matlab.ntsc2rgb(cmap)
    assert matlab.lastwarn().startswith("ntsc2rgb: the colormap is not double")


def test_warning_error_for_warning_and_refused_for_all():
    matlab.warning("error", "my:id")
    with pytest.raises(matlab.MException) as info:
        matlab.warning("my:id", "boo %d", 3)
    assert (info.value.identifier, info.value.message) == ("my:id", "boo 3")
    assert str(info.value) == "boo 3"                      # no routine prefix
    assert matlab.lasterr(nargout=2) == ("boo 3", "my:id")
    with pytest.warns(compat.MatlabWarning, match="^other$"):
        matlab.warning("other:id", "other")                # other identifiers warn
    # Octave 7.3: error: warning: cannot specify "all" warning ID with state "error"
    with pytest.raises(ValueError, match='cannot specify "all" warning ID with state '
                                         '"error"'):
        matlab.warning("error", "all")
    with pytest.raises(ValueError, match='cannot specify "all"'):
        matlab.warning("error")
    states = {s["identifier"]: s["state"] for s in matlab.warning()}
    assert states["my:id"] == "error" and states["all"] == "on"


def test_lasterror_struct_reset_and_set():
    def thrower():
        matlab.error("A:b", "xx %d", 5)

    try:
        thrower()
    except matlab.MException:
        pass
    s = matlab.lasterror()
    assert (s["message"], s["identifier"]) == ("xx 5", "A:b")
    assert [f["name"] for f in s["stack"]][:2] == ["thrower",
                                                   "test_lasterror_struct_reset_and_set"]
    assert all(set(f) == {"file", "name", "line"} for f in s["stack"])
    assert s["stack"][0]["file"] == __file__ and isinstance(s["stack"][0]["line"], float)
    # 'reset' returns the struct as it was (Octave 7.3) and empties it
    previous = matlab.lasterror("reset")
    assert previous["message"] == "xx 5"
    assert matlab.lasterror() == {"message": "", "identifier": "", "stack": []}
    assert matlab.lasterr(nargout=2) == ("", "")
    matlab.lasterror({"message": "hello", "identifier": "h:i"})
    assert matlab.lasterr(nargout=2) == ("hello", "h:i")
    assert matlab.lasterror()["stack"] == []
    # an error raised by a compat routine is the last error too
    with pytest.raises(ValueError):
        matlab.mkpp([1.0, 2.0], [1.0, 2.0, 3.0], "x")
    assert matlab.lasterror()["message"] == matlab.lasterr()
    with pytest.raises(TypeError, match="^lasterror: unrecognized string argument"):
        matlab.lasterror("clear")
    with pytest.raises(TypeError, match="^lasterror: argument must be a structure"):
        matlab.lasterror(3)
    with pytest.raises(TypeError, match="Too many input arguments"):
        matlab.lasterror("reset", "reset")


def test_mexception_last_reads_the_uncaught_exception(monkeypatch):
    for name in ("last_exc", "last_value"):
        monkeypatch.delattr(sys, name, raising=False)
    assert matlab.MException.last() is None                 # MATLAB's 0x0 MException
    uncaught = matlab.MException("top:level", "not caught")
    monkeypatch.setattr(sys, "last_value", uncaught, raising=False)
    monkeypatch.setattr(sys, "last_exc", uncaught, raising=False)
    assert matlab.MException.last() is uncaught
    bound = compat.MatlabError("from a routine", "X:y")
    monkeypatch.setattr(sys, "last_value", bound, raising=False)
    monkeypatch.setattr(sys, "last_exc", bound, raising=False)
    got = matlab.MException.last()
    assert isinstance(got, matlab.MException)
    assert (got.identifier, got.message) == ("X:y", "from a routine")
    monkeypatch.setattr(sys, "last_exc", ZeroDivisionError("py"), raising=False)
    monkeypatch.setattr(sys, "last_value", ZeroDivisionError("py"), raising=False)
    assert matlab.MException.last() is None                 # not a MATLAB error
    assert matlab.MException.last("reset") is None
    assert not hasattr(sys, "last_value") and not hasattr(sys, "last_exc")
    with pytest.raises(TypeError, match="'reset'"):
        matlab.MException.last("clear")
