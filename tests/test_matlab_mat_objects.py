"""MATLAB matfile (compat.matlab.mat_objects): variables read and written by name through
compat's MAT-file code, Writable defaults and errors, who/whos/size from the headers,
read-only arrays, and files written here read by live GNU Octave. Golden cases:
reference_outputs/matlab/workspace_tools (MathWorks' matfile page; Octave has no
matfile)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import OCTAVE, run_octave


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_read_write_round_trip_keeps_other_variables(here):
    rng = np.random.default_rng(4201)
    a = rng.normal(size=(3, 5))
    matlab.save('data.mat', a=a, s='text', m=np.array(['ab', 'cd']), c=[1.0, 'xy'])
    m = matlab.matfile('data')                      # .mat appended
    assert m.Properties.Source == str(here / 'data.mat') and not m.Properties.Writable
    assert np.array_equal(m.a, a) and m.s == 'text' and m['m'].tolist() == ['ab', 'cd']
    with pytest.raises(ValueError, match="not writable"):
        m.b = 1.0
    m.Properties.Writable = True
    b = rng.integers(-100, 100, size=(2, 2)).astype(np.int16)
    m.b = b
    m.a = a.T                                        # replaced
    loaded = matlab.load('data.mat')
    assert sorted(loaded) == ['a', 'b', 'c', 'm', 's']
    assert np.array_equal(loaded['a'], a.T) and loaded['b'].dtype == np.int16
    assert np.array_equal(loaded['b'], b)
    # the other variables survive the rewrite (char rows stay texts)
    assert loaded['s'] == 'text' and loaded['m'].tolist() == ['ab', 'cd']
    assert loaded['c'][1] == 'xy'


def test_save_append_keeps_texts(here):
    # compat's save -append (matfile's write path) re-read char variables one character
    # per element before: 'text' came back as ['t' 'e' 'x' 't']
    matlab.save('t.mat', s='text', m=np.array(['ab', 'cd']), e='')
    matlab.save('t.mat', '-append', z=1.0)
    loaded = matlab.load('t.mat')
    assert loaded['s'] == 'text' and loaded['m'].tolist() == ['ab', 'cd'] and loaded['e'] == ''


def test_arrays_read_are_read_only(here):
    matlab.save('r.mat', x=np.arange(6.0).reshape(2, 3))
    m = matlab.matfile('r.mat', 'Writable', True)
    x = m.x
    with pytest.raises(ValueError):
        x[0, 0] = 99.0                               # would change a copy, not the file
    y = x.copy()
    y[0, 0] = 99.0
    m.x = y
    assert m.x[0, 0] == 99.0


def test_who_whos_size(here):
    matlab.save('w.mat', x=matlab.magic(20), z=np.array([[1 + 2j, 3]]), s='abc',
                c=[1.0, 2.0], i8=np.array([[1, 2, 3]], dtype=np.int8))
    m = matlab.matfile('w.mat')
    assert m.who() == ['x', 'z', 's', 'c', 'i8']
    info = {d['name']: d for d in m.whos()}
    assert info['x']['bytes'] == 3200 and info['x']['class'] == 'double'
    assert info['z']['bytes'] == 32 and info['z']['complex']
    assert info['s']['bytes'] == 6 and info['s']['size'].tolist() == [[1.0, 3.0]]
    assert info['i8']['bytes'] == 3 and info['i8']['class'] == 'int8'
    assert np.isnan(info['c']['bytes']) and info['c']['class'] == 'cell'
    assert m.size('x').tolist() == [[20.0, 20.0]] and m.size('x', 1) == 20.0
    assert m.size('s', 3) == 1.0


def test_new_file_is_writable_and_created_on_first_assignment(here):
    m = matlab.matfile('fresh.mat')
    assert m.Properties.Writable and m.who() == [] and not (here / 'fresh.mat').exists()
    m.v = np.array([[1.0, 2.0]])
    assert (here / 'fresh.mat').exists() and m.who() == ['v']


@pytest.mark.parametrize("call, error, text", [
    (lambda: matlab.matfile(5), TypeError,
     "matfile: Filename must be a character vector or string scalar."),
    (lambda: matlab.matfile('a.mat', 'Writable'), ValueError,
     "matfile: Expected the option name 'Writable' and a value: "
     "matfile(filename, 'Writable', isWritable)."),
    (lambda: matlab.matfile('a.mat', 'Writable', 'yes'), TypeError,
     "matfile: Writable must be true or false."),
])
def test_errors(here, call, error, text):
    with pytest.raises(error) as info:
        call()
    assert str(info.value) == text


def test_missing_variable_and_not_a_mat_file(here):
    (here / 'bad.mat').write_bytes(b'not a MAT-file at all')
    with pytest.raises(ValueError, match="is not a MAT-file"):
        matlab.matfile('bad.mat')
    matlab.save('ok.mat', x=1.0)
    with pytest.raises(ValueError, match="Variable 'y' not found"):
        matlab.matfile('ok.mat').y
    with pytest.raises(ValueError, match="not found"):
        matlab.matfile('ok.mat').size('y')


@pytest.mark.skipif(OCTAVE is None, reason="octave-cli not installed")
def test_files_written_through_the_object_read_by_octave(here):
    rng = np.random.default_rng(4202)
    a = rng.normal(size=(4, 3))
    m = matlab.matfile(str(here / 'o.mat'))
    m.a = a
    m.s = 'hello'
    m.k = np.array([[7, -8]], dtype=np.int32)
    got = run_octave([(f"S = load('{here / 'o.mat'}'); a = S.a; s = S.s; k = S.k; "
                       "n = numel(fieldnames(S));", {}, ["a", "s", "k", "n"])])[0]
    assert not isinstance(got, Exception), got
    assert np.array_equal(got["a"], a) and got["s"] == 'hello'
    assert np.array_equal(got["k"], [[7, -8]]) and got["k"].dtype == np.int32
    assert float(np.asarray(got["n"]).reshape(-1)[0]) == 3.0


def test_size_of_a_variable_through_matlab_size(here):
    matlab.save('s.mat', x=np.zeros((3, 7)), t='abcd')
    m = matlab.matfile('s.mat')
    assert matlab.size(m, 'x').tolist() == [[3.0, 7.0]]
    assert matlab.size(m, 'x', 2) == 7.0 and matlab.size(m, 't', 2) == 4.0
    assert matlab.size('x', 2) == 1.0                  # text is not a MAT-file object
