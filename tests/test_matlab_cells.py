"""MATLAB cell arrays, structures and containers.Map (issue 16).

Unit tests on MATLAB's documented behaviour (goldens: reference_outputs/matlab/cells and
structs), bad input with MATLAB's messages, no mutation of the caller's values,
structures round-tripped through .mat files with live Octave, and differential tests
of cellfun/arrayfun/cell2mat/mat2cell against Octave on random inputs.
"""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from oracles import as2d, run_octave

from compat import matlab
from compat._core.cells import is_cell, size_of, to_object
from compat._core.matlab_classes import class_of
from compat._core.struct import MatlabStruct
from compat.matlab.containers import ContainersMap, MapKeyError
from compat.matlab.struct_fields import OrderfieldsResult


# ------------------------------------------------------------------ cell forms
def test_what_is_a_cell():
    assert not is_cell([1, 2, 3]) and not is_cell([[1, 2], [3, 4]]) and not is_cell([])
    assert is_cell(["a", "b"]) and is_cell([1.0, "a"]) and is_cell([np.zeros(2), np.ones(3)])
    assert is_cell(np.empty((0, 0), dtype=object))
    assert to_object([["a", "b"], ["c", "d"]]).shape == (2, 2)
    assert to_object([["Ann", 30.0], ["Bob", 41.0]]).shape == (2, 2)
    assert to_object([[1, 2], [3, 4]]).shape == (1, 2)          # two numeric vectors
    assert to_object([["a", "b"]]).shape == (1, 1)              # MATLAB's {{'a', 'b'}}
    assert size_of("") == (0, 0) and size_of("abc") == (1, 3) and size_of(5) == (1, 1)
    assert size_of(np.zeros(4)) == (1, 4) and size_of({"a": 1}) == (1, 1)
    assert class_of([1, 2]) == "double" and class_of(["a"]) == "cell"
    assert class_of(np.int8(1)) == "int8" and class_of(True) == "logical"


def test_cell_shapes_and_distinct_empties():
    c = matlab.cell(2, 3)
    assert len(c) == 2 and all(len(r) == 3 for r in c)
    assert all(e.shape == (0, 0) for r in c for e in r)
    assert c[0][0] is not c[0][1]
    assert len(matlab.cell(1, 4)) == 4 and len(matlab.cell(3, 1)) == 3
    assert matlab.cell(0) == [] and matlab.cell(-2, 3) == []
    assert matlab.cell(2, 2, 2).shape == (2, 2, 2)
    with pytest.raises(ValueError, match=r"^cell: Size inputs must be integers"):
        matlab.cell(1.5)


# ---------------------------------------------------------------------- cellfun
def test_cellfun_legacy_names_and_classes():
    c = [1.0, np.zeros((0, 0)), "ab", np.ones((2, 3)), np.empty((0, 0), dtype=object)]
    assert matlab.cellfun("isempty", c).tolist() == [False, True, False, False, True]
    assert matlab.cellfun("length", c).dtype == np.float64
    assert matlab.cellfun("size", c, 1).tolist() == [1, 0, 1, 2, 0]
    assert matlab.cellfun("isclass", c, "double").tolist() == [True, True, False, True,
                                                                False]
    assert matlab.cellfun("@numel", c).tolist() == [1, 0, 2, 6, 0]
    assert matlab.cellfun("isreal", [1j, 2.0]).tolist() == [False, True]
    with pytest.raises(ValueError, match=r"^cellfun: cellfun\('size', C, \.\.\.\) needs"):
        matlab.cellfun("size", c)


def test_cellfun_uniform_rules_and_messages():
    with pytest.raises(ValueError, match=r"^cellfun: Non-scalar in Uniform output, at "
                                         r"index 2, output 1\. Set 'UniformOutput' to "
                                         r"false\.$"):
        matlab.cellfun(lambda v: v, [1.0, np.array([1.0, 2.0])])
    with pytest.raises(ValueError, match=r"Mismatch in type of outputs, at index 2, "
                                         r"output 1 \(single versus double\)"):
        matlab.cellfun(lambda v: v, [np.float32(1), 2.0])
    with pytest.raises(TypeError, match=r"^cellfun: Input #2 expected to be a cell array, "
                                        r"was double instead\."):
        matlab.cellfun(len, np.zeros(3))
    with pytest.raises(ValueError, match=r"^cellfun: All of the input arguments must be of"):
        matlab.cellfun(lambda a, b: a, [1.0, 2.0], [1.0])
    assert matlab.cellfun(lambda v: v > 1, [1.0, 2.0]).dtype == bool
    assert matlab.cellfun(lambda v: matlab.int8(v), [1.0, 300.0]).tolist() == [1, 127]
    assert matlab.cellfun(lambda s: s[-1], ["ab", "cd"]) == "bd"


def test_cellfun_shapes_follow_the_cell():
    C = [["a", "bb"], ["ccc", "d"]]
    assert matlab.cellfun(len, C).tolist() == [[1, 2], [3, 1]]
    assert matlab.cellfun(len, ["a", "bb"]).shape == (2,)
    o = np.empty((3, 1), dtype=object)
    o[:, 0] = ["x", "yy", "zzz"]
    assert matlab.cellfun(len, o).shape == (3, 1)
    assert matlab.cellfun(str.upper, C, UniformOutput=False) == [["A", "BB"], ["CCC", "D"]]


def test_cellfun_error_handler_and_nargout():
    def handler(info, x):
        assert info["message"] == "float division by zero" and info["identifier"] == ""
        return -info["index"]

    assert matlab.cellfun(lambda x: 1 / x, [1.0, 0.0, 2.0],
                          ErrorHandler=handler).tolist() == [1.0, -2.0, 0.5]
    with pytest.raises(ZeroDivisionError):
        matlab.cellfun(lambda x: 1 / x, [0.0])
    lo, hi = matlab.cellfun(lambda v: (min(v), max(v)), [[3.0, 1.0], [5.0, 9.0, 4.0]],
                            nargout=2)
    assert lo.tolist() == [1.0, 4.0] and hi.tolist() == [3.0, 9.0]
    with pytest.raises(ValueError, match=r"must return 2 outputs"):
        matlab.cellfun(lambda v: v, [1.0], nargout=2)
    with pytest.raises(ValueError, match=r"^cellfun: Undefined function 'nosuchfn'"):
        matlab.cellfun("nosuchfn", [1.0])


def test_arrayfun_elements_and_structs():
    assert matlab.arrayfun(lambda x: x, np.int8([[100, 1]])).dtype == np.int8
    assert matlab.arrayfun(lambda c: c.upper(), "ab") == "AB"
    s = matlab.struct("f", np.array([[1.0, 2.0, 3.0]], dtype=object))
    assert matlab.arrayfun(lambda e: e["f"] * 10, s).tolist() == [10, 20, 30]
    out = matlab.arrayfun(lambda x: np.arange(x), np.array([1, 2]), "UniformOutput", False)
    assert [len(o) for o in out] == [1, 2]
    with pytest.raises(ValueError, match=r"^arrayfun: All of the input arguments"):
        matlab.arrayfun(lambda a, b: a, [1.0, 2.0], [1.0, 2.0, 3.0])


# ----------------------------------------------------------- cell2mat, mat2cell
def test_cell2mat_documented_and_errors():
    C = [[np.array([[1.0]]), np.array([[2.0, 3.0, 4.0]])],
         [np.array([[5.0], [9.0]]), np.array([[6.0, 7.0, 8.0], [10.0, 11.0, 12.0]])]]
    assert matlab.cell2mat(C).tolist() == [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
    assert matlab.cell2mat(["ab", "cd"]) == "abcd"
    assert matlab.cell2mat([np.int8([[1]]), np.int8([[2]])]).dtype == np.int8
    s = matlab.cell2mat([{"a": 1}, {"a": 2}])
    assert s == [{"a": 1}, {"a": 2}]
    with pytest.raises(TypeError, match=r"^cell2mat: CELL2MAT does not support cell arrays "
                                        r"containing cell arrays"):
        matlab.cell2mat([np.array([["x"]], dtype=object)])
    with pytest.raises(TypeError, match=r"^cell2mat: All contents of the input cell array "
                                        r"must be of the same data type"):
        matlab.cell2mat([1.0, "a"])
    with pytest.raises(ValueError, match=r"^cell2mat: Dimensions of arrays being"):
        matlab.cell2mat([np.ones((2, 1)), np.ones((3, 1))])


def test_mat2cell_roundtrip_and_errors():
    A = np.arange(24.0).reshape(4, 6)
    C = matlab.mat2cell(A, [1, 3], [2, 2, 2])
    assert len(C) == 2 and len(C[0]) == 3 and C[1][2].shape == (3, 2)
    assert (matlab.cell2mat(C) == A).all()
    C[0][0][...] = -1
    assert A[0, 0] == 0.0
    assert matlab.mat2cell("abcd", [1], [1, 3]) == ["a", "bcd"]
    with pytest.raises(ValueError, match=r"^mat2cell: Input arguments, D1 through D2, must "
                                         r"sum to each dimension of the input matrix size, "
                                         r"\[4 6\]\."):
        matlab.mat2cell(A, [1, 2], [3, 3])


# -------------------------------------------------------------- cellstr, iscellstr
def test_cellstr_and_iscellstr():
    assert matlab.cellstr(np.array(["abc ", "defg", "hi  "])) == ["abc", "defg", "hi"]
    assert matlab.cellstr("a \t\x00") == ["a"]
    assert matlab.cellstr(np.array([["ab ", "c"]])) == ["ab ", "c"]   # a string array
    keep = ["p", "q "]
    out = matlab.cellstr(keep)
    assert out == ["p", "q "] and out is not keep
    with pytest.raises(TypeError, match=r"^cellstr: Input must be a string array, "
                                        r"character array, or cell array of character "
                                        r"vectors\.$"):
        matlab.cellstr(5.0)
    assert matlab.iscellstr(["a", np.array(["xy", "zw"])])
    assert not matlab.iscellstr([]) and matlab.iscellstr(np.empty((0, 0), dtype=object))


# -------------------------------------------------------------------- structures
def test_struct_forms():
    s = matlab.struct("a", 1.0, "b", "x")
    assert isinstance(s, MatlabStruct) and s.a == 1.0 and list(s) == ["a", "b"]
    arr = matlab.struct("x", ["a", "b"], "y", [["only"]])
    assert [e.x for e in arr] == ["a", "b"] and arr[1].y == ["only"]
    assert matlab.struct("x", np.empty((0, 0), dtype=object)) == []
    two_d = matlab.struct("v", [[1.0, "a"], [2.0, "b"]])
    assert len(two_d) == 2 and two_d[1][1].v == "b"
    assert matlab.struct() == {}
    with pytest.raises(ValueError, match=r"^struct: Field and value input arguments must "
                                         r"come in pairs\."):
        matlab.struct("a")
    with pytest.raises(ValueError, match=r'^struct: Invalid field name "1a"'):
        matlab.struct("1a", 1)
    with pytest.raises(ValueError, match=r'^struct: Duplicate field name "a"'):
        matlab.struct("a", 1, "a", 2)
    with pytest.raises(ValueError, match=r"^struct: Array dimensions"):
        matlab.struct("a", ["x", "y"], "b", ["p", "q", "r"])


def test_field_functions_do_not_mutate():
    s = matlab.struct("a", 1.0, "b", 2.0, "c", 3.0)
    r = matlab.rmfield(s, "b")
    assert list(r) == ["a", "c"] and list(s) == ["a", "b", "c"]
    t = matlab.setfield(s, "d", "e", 5.0)
    assert t.d.e == 5.0 and "d" not in s
    nested = matlab.struct("p", matlab.struct("q", np.array([[1.0, 2.0]])))
    u = matlab.setfield(nested, "p", "q", [2], 9.0)
    assert u.p.q.tolist() == [[1.0, 9.0]] and nested.p.q.tolist() == [[1.0, 2.0]]
    with pytest.raises(ValueError, match=r"^rmfield: Reference to non-existent field 'z'\."):
        matlab.rmfield(s, ["a", "z"])
    with pytest.raises(ValueError, match=r"^getfield: Reference to non-existent field 'z'"):
        matlab.getfield(s, "z")
    with pytest.raises(TypeError, match=r"^fieldnames: Invalid input argument of type "
                                        r"'double'"):
        matlab.fieldnames(5.0)
    assert matlab.isfield(5.0, "a") == False  # noqa: E712
    assert matlab.isfield(s, np.array([["a", "z"]])).tolist() == [[True, False]]


def test_orderfields_struct2cell_cell2struct():
    r = matlab.orderfields(matlab.struct("b", 1, "B", 2, "a", 3), nargout=2)
    assert isinstance(r, OrderfieldsResult) and list(r.S) == ["B", "a", "b"]
    assert r.Perm.ravel().tolist() == [2.0, 3.0, 1.0]
    assert pickle.loads(pickle.dumps(r)).Perm.shape == (3, 1)
    with pytest.raises(ValueError, match=r"^orderfields: Invalid permutation vector"):
        matlab.orderfields(matlab.struct("a", 1, "b", 2), [1, 1])
    arr = matlab.struct("n", ["x", "y"], "v", 1.0)
    c = matlab.struct2cell(arr)
    assert c.shape == (2, 1, 2) and c[0, 0, 1] == "y"
    s = matlab.cell2struct([["Ann", 30.0], ["Bob", 41.0]], ["name", "age"], 1)
    assert [e.name for e in s] == ["Ann", 30.0] and [e.age for e in s] == ["Bob", 41.0]
    with pytest.raises(ValueError, match=r"^cell2struct: Number of field names must match"):
        matlab.cell2struct(["a", "b"], ["x"], 2)


def test_record_arrays_as_loadmat_gives_them():
    rec = np.zeros(3, dtype=[("x", "f8"), ("name", "U3")])
    rec["x"] = [1, 2, 3]
    assert matlab.isstruct(rec) and matlab.fieldnames(rec) == ["x", "name"]
    r = matlab.rmfield(rec, "name")
    assert [float(e["x"]) for e in r] == [1.0, 2.0, 3.0] and list(r[0]) == ["x"]
    assert matlab.arrayfun(lambda e: e["x"] * 2, rec).tolist() == [2.0, 4.0, 6.0]


def test_structfun():
    s = matlab.struct("a", 1.0, "b", 4.0)
    assert matlab.structfun(np.sqrt, s).tolist() == [[1.0], [2.0]]
    out = matlab.structfun(lambda v: [v], s, UniformOutput=False)
    assert isinstance(out, MatlabStruct) and out.b == [4.0]
    with pytest.raises(TypeError, match=r"^structfun: Inputs to STRUCTFUN must be scalar"):
        matlab.structfun(len, matlab.struct("a", ["x", "y"]))


# -------------------------------------------------------------------- containers.Map
def test_containers_map_behaviour():
    M = matlab.containers_map(["Jan", "Feb", "Mar", "Apr"], [327.2, 368.2, 197.6, 178.4])
    assert isinstance(M, ContainersMap) and M.KeyType == "char" and M.ValueType == "double"
    assert M.keys() == ["Apr", "Feb", "Jan", "Mar"] and list(M) == M.keys()
    assert M.values(["Mar", "Jan"]) == [197.6, 327.2]
    assert M.isKey(["Jan", "Dec"]).tolist() == [True, False] and "Feb" in M
    M["May"] = 1
    assert isinstance(M["May"], np.float64) and M.Count == np.uint64(5)
    with pytest.raises(MapKeyError, match=r"^containers\.Map: The specified key is not "
                                          r"present in this container\.$"):
        M["Dec"]
    with pytest.raises(KeyError):
        M.remove(["Jan", "Dec"])
    assert "Jan" in M            # remove checks every key before removing any
    with pytest.raises(TypeError, match=r"Specified key type does not match"):
        M[3] = 1.0
    with pytest.raises(TypeError, match=r"Specified value type does not match"):
        M["x"] = "text"
    N = matlab.containers_Map(np.array([3, 1, 2], dtype=np.int32), ["c", "a", "b"])
    assert N.KeyType == "int32" and N.keys() == [1, 2, 3] and N.ValueType == "char"
    A = matlab.containers_map("KeyType", "double", "ValueType", "any")
    A[2.5] = "x"
    A[1] = [1, 2]
    assert A.keys() == [1.0, 2.5] and A.length() == 2.0
    with pytest.raises(ValueError, match=r"^containers\.Map: The number of keys and values"):
        matlab.containers_map(["a", "b"], [1.0])
    U = matlab.containers_map(["a"], [1.0], "UniformValues", False)
    assert U.ValueType == "any"


# ------------------------------------------------------------- live Octave
@pytest.mark.octave
def test_structs_roundtrip_through_mat_files(tmp_path):
    arr = matlab.struct("name", ["Ann", "Bob"], "age", np.array([[30.0, 41.0]],
                                                                dtype=object))
    path = tmp_path / "s.mat"
    matlab.save(str(path), people=arr, one=matlab.struct("x", 2.5, "c", [["p", "q"]]))
    got = run_octave([(f"load('{path}'); n = numel(people); a = [people.age]; "
                       f"f = fieldnames(people); x = one.x; c = one.c; "
                       f"q = struct('k', {{1, 2, 3}}, 'w', 'z'); save('-v7', '{tmp_path}/q.mat', 'q');",
                       {}, ["n", "a", "f", "x", "c"])])[0]
    assert not isinstance(got, Exception), got
    assert got["n"][0, 0] == 2 and got["a"].tolist() == [[30.0, 41.0]]
    assert list(got["f"].ravel()) == ["name", "age"] and got["x"][0, 0] == 2.5
    assert list(got["c"].ravel()) == ["p", "q"]
    q = matlab.load(str(tmp_path / "q.mat"))["q"]
    assert matlab.isstruct(q) and matlab.fieldnames(q) == ["k", "w"]
    ks = matlab.arrayfun(lambda e: float(np.asarray(e["k"]).ravel()[0]), q)
    assert ks.tolist() == [1.0, 2.0, 3.0]
    assert [e["w"] for e in matlab.rmfield(q, "k")] == ["z", "z", "z"]


@pytest.mark.octave
def test_cells_against_octave_random():
    rng = np.random.default_rng(1617)
    cases, expected = [], []
    for k in range(25):
        rows, cols = int(rng.integers(1, 4)), int(rng.integers(1, 4))
        heights = rng.integers(0, 3, rows)
        widths = rng.integers(0, 3, cols)
        blocks = [[rng.integers(-5, 6, (int(h), int(w))).astype(float) for w in widths]
                  for h in heights]
        A = np.block(blocks) if blocks else np.zeros((0, 0))
        if A.size == 0:
            continue
        r = [int(h) for h in heights]
        c = [int(w) for w in widths]
        cells = matlab.mat2cell(A, r, c)
        inputs = {"A": A, "r": np.array([r], dtype=float), "c": np.array([c], dtype=float)}
        cases.append(("C = mat2cell(A, r, c); B = cell2mat(C); n = cellfun(@numel, C); "
                      "s = cellfun('size', C, 1); m = cellfun(@(x) sum(x(:)), C);",
                      inputs, ["B", "n", "s", "m"]))
        obj = to_object(cells) if rows > 1 else to_object(cells)
        expected.append((matlab.cell2mat(cells), matlab.cellfun("numel", obj),
                         matlab.cellfun("size", obj, 1),
                         matlab.cellfun(lambda x: float(np.sum(x)), obj)))
    results = run_octave(cases)
    for (B, n, s, m), got in zip(expected, results):
        assert not isinstance(got, Exception), got
        np.testing.assert_array_equal(as2d(B), got["B"])
        for mine, name in ((n, "n"), (s, "s"), (m, "m")):
            np.testing.assert_array_equal(np.asarray(mine).reshape(got[name].shape),
                                          got[name])
