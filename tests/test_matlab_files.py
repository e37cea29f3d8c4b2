"""MATLAB file I/O: fopen/fread/fwrite/... and load/save, against live Octave."""

from __future__ import annotations

import numpy as np
import pytest

from compat import MatlabStruct, matlab
from oracles import run_octave

BYTES = bytes([2, 255, 0, 3, 0, 0, 7])


@pytest.fixture
def data_file(tmp_path):
    path = tmp_path / "fr.bin"
    path.write_bytes(BYTES)
    yield str(path)
    matlab.fclose("all")


# the reads of the Octave session printed in the module's history (Octave 7.3), each
# (sizeA, precision, skip, machinefmt) -> values, as Octave and MATLAB agree on them
READS = [
    ((), "uint8", 0, None),
    ((np.array([2, 3]),), "uint8", 0, None),
    ((np.array([3, np.inf]),), "uint8", 0, None),
    ((4,), "uint8", 1, None),
    ((np.inf,), "2*uint8", 1, None),
    ((3,), "*int8", 0, None),
    ((6,), "int16", 0, "ieee-be"),
    ((3,), "uint16=>double", 0, "ieee-le"),
    ((2,), "uint8=>int16", 0, None),
    ((np.array([2, 2]),), "*uint8", 0, None),
]


def _octave_read_statement(size, precision, skip, machinefmt):
    args = ["fid"]
    if size:
        value = size[0]
        args.append("[" + " ".join("Inf" if np.isinf(v) else str(int(v))
                                   for v in np.ravel(value)) + "]")
    else:
        args.append("Inf")
    args += [f"'{precision}'", str(skip)]
    if machinefmt:
        args.append(f"'{machinefmt}'")
    return (f"fid = fopen(path, 'r'); [A, count] = fread({', '.join(args)}); "
            f"pos = ftell(fid); fclose(fid);")


@pytest.mark.octave
def test_fread_agrees_with_octave(data_file):
    cases = [(_octave_read_statement(*read), {"path": data_file}, ["A", "count", "pos"])
             for read in READS if read[2] == 0 or read[1] != "int16"]
    results = run_octave(cases)
    for read, got in zip([r for r in READS if r[2] == 0 or r[1] != "int16"], results):
        size, precision, skip, machinefmt = read
        fid = matlab.fopen(data_file, "r")
        A, count = matlab.fread(fid, *(size or (None,)), precision, skip, machinefmt,
                                nargout=2)
        position = matlab.ftell(fid)
        matlab.fclose(fid)
        if precision == "int16":  # 7 bytes: MATLAB pads the last value, Octave drops it
            continue
        assert A.dtype == got["A"].dtype, (read, A.dtype, got["A"].dtype)
        np.testing.assert_array_equal(A, got["A"], err_msg=str(read))
        assert count == got["count"].item() and position == got["pos"].item(), read


def test_fread_pads_a_partial_last_value_as_matlab_documents(data_file):
    """MATLAB: "fread pads the last byte or element with zero bits until the full value
    is obtained". Octave 7.3 drops the partial value (3 values, recorded divergence)."""
    fid = matlab.fopen(data_file, "r", "ieee-be")
    A, count = matlab.fread(fid, np.inf, "int16", nargout=2)
    np.testing.assert_array_equal(A, [[0x02FF], [0x0003], [0x0000], [0x0700]])
    assert count == 4 and matlab.feof(fid) == 1.0


def test_fwrite_rounds_saturates_and_skips_before_each_value(tmp_path):
    path = str(tmp_path / "w.bin")
    fid = matlab.fopen(path, "w")
    assert matlab.fwrite(fid, [1.6, 300, -5, 2.5, -2.5, np.nan, 7], "uint8") == 7.0
    matlab.fclose(fid)
    assert open(path, "rb").read() == BYTES
    fid = matlab.fopen(path, "w")
    matlab.fwrite(fid, [1, 2, 3], "uint8", 2)
    matlab.fclose(fid)
    assert open(path, "rb").read() == bytes([0, 0, 1, 0, 0, 2, 0, 0, 3])
    fid = matlab.fopen(path, "w", "ieee-be")
    matlab.fwrite(fid, np.array([[1, 2], [3, 4]], dtype=np.int16), "int16")
    matlab.fwrite(fid, "AB", "char")
    matlab.fclose(fid)
    assert open(path, "rb").read() == bytes([0, 1, 0, 3, 0, 2, 0, 4, 65, 66])


@pytest.mark.octave
def test_octave_reads_what_fwrite_writes(tmp_path):
    path = str(tmp_path / "w.bin")
    values = np.array([[1.5, -2.25, 1e300], [np.inf, -0.0, 7.0]])
    fid = matlab.fopen(path, "w", "ieee-be")
    matlab.fwrite(fid, values, "double")
    matlab.fwrite(fid, [-1, 40000, 3], "int16")
    matlab.fclose(fid)
    got, = run_octave([("fid = fopen(path, 'r', 'ieee-be'); a = fread(fid, [2 3], "
                        "'double'); b = fread(fid, 3, '*int16'); fclose(fid);",
                        {"path": path}, ["a", "b"])])
    np.testing.assert_array_equal(got["a"], values)
    np.testing.assert_array_equal(got["b"], [[-1], [32767], [3]])
    assert got["b"].dtype == np.int16


def test_fopen_failure_returns_minus_one_and_the_message(tmp_path):
    fid, message = matlab.fopen(str(tmp_path / "no" / "x.bin"), nargout=2)
    assert fid == -1 and message == "No such file or directory"
    assert matlab.fopen(str(tmp_path / "missing.bin")) == -1


def test_text_lines_eof_and_positions(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes("héllo\nsecond\r\nlast".encode("utf-8"))
    fid = matlab.fopen(str(path))
    assert matlab.fgetl(fid) == "héllo" and matlab.feof(fid) == 0.0
    assert matlab.fgets(fid) == "second\r\n"
    assert matlab.fgetl(fid) == "last" and matlab.feof(fid) == 1.0
    assert matlab.fgetl(fid) == -1.0
    matlab.frewind(fid)
    assert matlab.feof(fid) == 0.0 and matlab.ftell(fid) == 0.0
    assert matlab.fseek(fid, -3, "bof") == -1.0
    assert matlab.ferror(fid) == "Offset is bad - before beginning-of-file."
    assert matlab.fseek(fid, -4, "eof") == 0.0 and matlab.fgetl(fid) == "last"
    name, permission = matlab.fopen(fid, nargout=2)
    assert name == str(path) and permission == "r"
    assert fid in matlab.fopen("all").ravel()
    matlab.fclose(fid)
    assert matlab.fileread(str(path)).startswith("héllo\n")


@pytest.mark.parametrize("call,error,message", [
    (lambda p: matlab.fclose(12345), ValueError, "^fclose: Invalid file identifier"),
    (lambda p: matlab.fread(999), ValueError, "^fread: Invalid file identifier"),
    (lambda p: matlab.fopen(p, "rw"), ValueError, "^fopen: Invalid permission: 'rw'"),
    (lambda p: matlab.fread(matlab.fopen(p), 2, "bit4"), ValueError,
     "^fread: Invalid precision 'bit4'. Bit formats"),
    (lambda p: matlab.fread(matlab.fopen(p), [np.inf, 2]), ValueError, "^fread: sizeA"),
    (lambda p: matlab.fileread(p + ".none"), ValueError, "^fileread: Could not open file"),
    (lambda p: matlab.load(p + ".none"), ValueError, "^load: Unable to find file"),
    (lambda p: matlab.save(p + ".mat", "x"), TypeError, "^save: Python cannot name"),
    (lambda p: matlab.save(p + ".mat", "-v7.3", x=1), ValueError, "^save: -v7.3"),
    (lambda p: matlab.save(p + ".mat", **{"1x": 1}), ValueError, "^save: '1x' is not a"),
    (lambda p: matlab.load(p), ValueError, "^load: Unable to read file"),
])
def test_bad_input(data_file, call, error, message):
    with pytest.raises(error, match=message):
        call(data_file)


VALUES = {
    "x": np.array([[1.5, -2.0], [3.0, 4.0]]), "s": np.float32(2.5), "n": 7,
    "i8": np.array([[-128, 5, 127]], dtype=np.int8), "u64": np.array([[2 ** 64 - 1]],
                                                                      dtype=np.uint64),
    "name": "run 7", "rows": np.array(["ab", "cd"]), "flag": np.array([[True, False]]),
    "c": ["a", 2.5, np.array([1.0, 2.0])], "c2": [["a", "b"], ["c", "d"]],
    "st": {"k": 3.0, "t": "text", "inner": {"z": np.int16(4)}},
    "sa": [{"a": 1.0, "b": "x"}, {"a": 2.0, "b": "y"}], "z": 1 + 2j,
}


def test_save_load_round_trip(tmp_path):
    path = str(tmp_path / "v.mat")
    matlab.save(path, **VALUES)
    S = matlab.load(path)
    assert S["name"] == "run 7" and S["rows"].tolist() == ["ab", "cd"]
    assert S["i8"].dtype == np.int8 and S["u64"][0, 0] == 2 ** 64 - 1
    assert S["flag"].dtype == np.bool_ and S["s"].dtype == np.float32
    assert S["n"].dtype == np.float64 and S["n"].shape == (1, 1)
    assert S["c"][0] == "a" and S["c"][2].tolist() == [[1.0, 2.0]]
    assert S["c2"] == [["a", "b"], ["c", "d"]]
    assert isinstance(S["st"], MatlabStruct) and S["st"]["inner"]["z"].dtype == np.int16
    assert [s["b"] for s in S["sa"]] == ["x", "y"]
    assert S["z"][0, 0] == 1 + 2j
    matlab.save(path, "-append", extra="more")
    assert set(matlab.load(path)) == set(VALUES) | {"extra"}
    assert set(matlab.load(path, "s*", "x")) == {"s", "st", "sa", "x"}


@pytest.mark.octave
def test_octave_loads_what_save_writes_and_back(tmp_path):
    path = str(tmp_path / "v.mat")
    matlab.save(path, **VALUES)
    got, = run_octave([(
        "S = load(path); cls = {class(S.x), class(S.s), class(S.i8), class(S.u64), "
        "class(S.name), class(S.flag), class(S.c), class(S.st), class(S.sa)}; "
        "sz = size(S.sa); name = S.name; c3 = S.c{3}; k = S.st.inner.z; "
        "b2 = S.sa(2).b; rows = S.rows; x = S.x; "
        "y = magic(3); w = {'p', int32(5)}; q.f = 'g'; "
        "save('-v7', out, 'y', 'w', 'q');",
        {"path": path, "out": str(tmp_path / "octave.mat")},
        ["cls", "sz", "name", "c3", "k", "b2", "rows", "x"])])
    assert [str(c) for c in np.ravel(got["cls"])] == [
        "double", "single", "int8", "uint64", "char", "logical", "cell", "struct",
        "struct"]
    assert got["sz"].tolist() == [[1, 2]] and got["name"] == "run 7"
    assert got["b2"] == "y" and got["k"].dtype == np.int16
    np.testing.assert_array_equal(got["x"], VALUES["x"])
    back = matlab.load(str(tmp_path / "octave.mat"))
    np.testing.assert_array_equal(back["y"], [[8, 1, 6], [3, 5, 7], [4, 9, 2]])
    assert back["w"][0] == "p" and back["w"][1].dtype == np.int32
    assert back["q"]["f"] == "g"


@pytest.mark.octave
def test_ascii_save_and_load(tmp_path):
    path = str(tmp_path / "t.txt")
    A = np.array([[48143374.0, 1.0, 1.0], [1.0, 2.0, -4.0]])
    matlab.save(path, "-ascii", A=A)
    text = open(path).read()
    # MATLAB's -ascii layout (print-out in Stack Overflow q18464572): %16.7e fields
    assert text.splitlines()[0] == "   4.8143374e+07   1.0000000e+00   1.0000000e+00"
    np.testing.assert_array_equal(matlab.load(path), A)
    got, = run_octave([("B = load(path);", {"path": path}, ["B"])])
    np.testing.assert_array_equal(got["B"], A)
    (tmp_path / "c.txt").write_text("% a comment\n1, 2 3  % trailing\n4\t5 6\n")
    np.testing.assert_array_equal(matlab.load(str(tmp_path / "c.txt")),
                                  [[1, 2, 3], [4, 5, 6]])


@pytest.mark.octave
def test_v4_save_is_read_by_octave(tmp_path):
    # save -v4 raised scipy's "Long field names are not available for version 4 files"
    # before; version 4 files hold 2-D double and char matrices (MATLAB Programming,
    # "Saving in Version 4 Format": no structures, cells, N-D arrays or objects)
    path = str(tmp_path / "v4.mat")
    A = np.array([[1.5, -2.0, 3.25], [4.0, 5.0, 6.0]])
    matlab.save(path, "-v4", A=A, s="hello")
    got, = run_octave([("S = load(path); A = S.A; s = S.s; cls = class(S.s);",
                        {"path": path}, ["A", "s", "cls"])])
    np.testing.assert_array_equal(got["A"], A)
    assert got["s"] == "hello" and got["cls"] == "char"
    back = matlab.load(path)
    np.testing.assert_array_equal(back["A"], A)
    assert back["s"] == "hello"


def test_failed_save_leaves_the_file(tmp_path):
    path = tmp_path / "keep.mat"
    matlab.save(str(path), x=1.0)
    before = path.read_bytes()
    with pytest.raises(TypeError):
        matlab.save(str(path), x=2.0, bad=np.zeros(2, dtype=np.longdouble))
    assert path.read_bytes() == before and len(list(tmp_path.iterdir())) == 1


def test_a_failed_fseek_leaves_the_position(tmp_path):
    """fseek before the start returns -1 and the position stays where it was (it moved to
    the end of the file before; Octave 7.3 keeps it, as MATLAB's fseek page implies)."""
    path = str(tmp_path / "b.bin")
    fid = matlab.fopen(path, "w+")
    matlab.fwrite(fid, np.arange(10.0))
    assert matlab.fseek(fid, 3, "bof") == 0 and matlab.ftell(fid) == 3
    assert matlab.fseek(fid, -5, "cof") == -1 and matlab.ftell(fid) == 3
    assert matlab.fseek(fid, -1, "bof") == -1 and matlab.ftell(fid) == 3
    assert matlab.fseek(fid, -2, "eof") == 0 and matlab.ftell(fid) == 8
    matlab.fclose(fid)
