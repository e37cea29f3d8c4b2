"""IDL READ_BINARY: the keyword form against numpy's reading of the same bytes, units,
BINARY_TEMPLATE structures (counts read from the file, relative and absolute offsets,
verification, reversal, returned fields), errors, and random reads against live GDL
1.0.1's read_binary.pro. Goldens: reference_outputs/idl/read_binary."""

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl

_DTYPES = {1: "u1", 2: "i2", 3: "i4", 4: "f4", 5: "f8", 6: "c8", 9: "c16", 12: "u2",
           13: "u4", 14: "i8", 15: "u8"}


@pytest.fixture
def data_file(tmp_path):
    rng = np.random.default_rng(77)
    raw = rng.integers(0, 256, 96).astype(np.uint8)
    path = tmp_path / "d.bin"
    path.write_bytes(raw.tobytes())
    return str(path), raw


@pytest.mark.parametrize("code", sorted(_DTYPES))
@pytest.mark.parametrize("endian", ["big", "little", "native"])
def test_every_type_and_byte_order(data_file, code, endian):
    path, raw = data_file
    order = {"big": ">", "little": "<", "native": "="}[endian]
    dtype = np.dtype(_DTYPES[code]).newbyteorder(order)
    expected = np.frombuffer(raw.tobytes(), dtype)          # the whole file
    got = idl.read_binary(path, data_type=code, endian=endian.upper())
    assert got.dtype == dtype.newbyteorder("=") and got.dtype.isnative
    np.testing.assert_array_equal(got, expected)


def test_dims_start_and_scalars(data_file):
    path, raw = data_file
    got = idl.read_binary(path, data_type=2, data_dims=[4, 3], data_start=6, endian="big")
    assert got.shape == (3, 4)                               # IDL [4, 3] in readsav layout
    np.testing.assert_array_equal(got, np.frombuffer(raw[6:30].tobytes(), ">i2").reshape(3, 4))
    s = idl.read_binary(path, data_type=5, data_dims=0, data_start=8, endian="little")
    assert np.ndim(s) == 0 and s == np.frombuffer(raw[8:16].tobytes(), "<f8")[0]
    # DATA_DIMS cut at the first value not positive; -1 means to the end
    assert idl.read_binary(path, data_dims=[5, 0, 3]).shape == (5,)
    assert idl.read_binary(path, data_dims=-1).shape == (96,)
    assert idl.read_binary(path, data_start=90).tolist() == raw[90:].tolist()
    # DATA_TYPE alone counts the elements in the whole file (less DATA_START), at least 1
    assert idl.read_binary(path, data_type=5, data_start=88).shape == (1,)


def test_units_read_from_their_position_and_stay_open(data_file):
    path, raw = data_file
    lun = idl.openr(path, get_lun=True)
    try:
        idl.point_lun(lun, 10)
        head = idl.read_binary(lun, data_dims=[4])
        assert head.tolist() == raw[10:14].tolist()
        assert idl.read_binary(lun, data_type=2, data_dims=0, endian="big") == \
            np.frombuffer(raw[14:16].tobytes(), ">i2")[0]
        rest = idl.read_binary(lun)                          # to the end from position 16
        assert rest.tolist() == raw[16:].tolist()
        # DATA_START is absolute (read_binary.pro's ABSOLUTEFLAGS 1)
        assert idl.read_binary(lun, data_start=2, data_dims=[2]).tolist() == raw[2:4].tolist()
    finally:
        idl.free_lun(lun)


def _template(**changes):
    t = dict(version=1.0, endian="big", fieldcount=4, typecodes=[3, 4, 2, 1],
             names=["n", "x", "flag", "tail"], offsets=[">0", ">0", ">2", "20"],
             numdims=[0, 1, 0, 1], dimensions=[[], ["n"], [], ["2"]],
             reverseflags=[[0, 0, 0]] * 4, absoluteflags=[0, 0, 0, 1],
             returnflags=[1, 1, 1, 1], verifyflags=[0, 0, 1, 0], verifyvals=["", "", "7", ""])
    t.update(changes)
    return t


@pytest.fixture
def record_file(tmp_path):
    path = tmp_path / "t.bin"
    body = (np.array([3], ">i4").tobytes() + np.array([1.5, -2.5, 4.0], ">f4").tobytes()
            + b"\xaa\xbb" + np.array([7], ">i2").tobytes() + b"\x01\x02\x03\x04")
    path.write_bytes(body)
    return str(path)


def test_template_fields_counts_offsets_and_verification(record_file):
    r = idl.read_binary(record_file, template=_template())
    assert r.dtype.names == ("N", "X", "FLAG", "TAIL")
    assert int(r.N[0]) == 3 and r.X[0].tolist() == [1.5, -2.5, 4.0]
    assert int(r.FLAG[0]) == 7                               # '>2' skipped two bytes
    assert r.TAIL[0].tolist() == [1, 2]                      # absolute offset 20
    sub = idl.read_binary(record_file, template=_template(returnflags=[0, 1, 0, 0]))
    assert sub.dtype.names == ("X",)
    rev = idl.read_binary(record_file, template=_template(reverseflags=[[0, 0, 0], [1, 0, 0],
                                                                        [0, 0, 0], [0, 0, 0]]))
    assert rev.X[0].tolist() == [4.0, -2.5, 1.5]
    back = _template(offsets=[">0", ">0", ">2", "<4"], absoluteflags=[0, 0, 0, 0],
                     dimensions=[[], ["n"], [], ["2"]])
    assert idl.read_binary(record_file, template=back).TAIL[0].tolist() == [0xAA, 0xBB]


def test_template_in_readsav_layout(record_file):
    dims = np.array([["", "n", "", "2"]] + [[""] * 4] * 7)     # IDL [4, 8] -> numpy (8, 4)
    rev = np.zeros((3, 4), np.int16)                            # IDL [4, 3]
    t = _template(dimensions=dims, reverseflags=rev)
    t = {k.upper(): (np.array(v) if isinstance(v, list) else v) for k, v in t.items()}
    r = idl.read_binary(record_file, template=t)
    assert r.X[0].tolist() == [1.5, -2.5, 4.0] and r.TAIL[0].tolist() == [1, 2]


@pytest.mark.parametrize("change, message", [
    (dict(verifyvals=["", "", "8", ""]), "did not pass verification: FLAG does not equal 8."),
    (dict(dimensions=[[], ["flag"], [], ["2"]]), "Variable has not been read: flag"),
    (dict(dimensions=[[], ["n*2"], [], ["2"]]), "is not a number or the name of a field"),
    (dict(returnflags=[0, 0, 0, 0]), "No fields are being returned."),
    (dict(typecodes=[3, 7, 2, 1]), "type code 7 of field X cannot be read"),
])
def test_template_errors(record_file, change, message):
    with pytest.raises(ValueError, match="^READ_BINARY: .*" + message.replace("*", r"\*")):
        idl.read_binary(record_file, template=_template(**change))


def test_template_excludes_keywords(record_file):
    with pytest.raises(ValueError, match="^READ_BINARY: DATA_TYPE and TEMPLATE keywords "
                                         "cannot be used simultaneously.$"):
        idl.read_binary(record_file, template=_template(), data_type=2)


@pytest.mark.parametrize("kwargs, message", [
    (dict(data_type=7), r"Reading strings via READ_BINARY is not supported\. \(Specify an "
                        r"array of bytes instead\.\)"),
    (dict(data_type=8), "Reading strucures via READ_BINARY is not supported."),
    (dict(data_type=0), "DATA_TYPE is undefined type."),
    (dict(data_type=16), "DATA_TYPE must be less than 16."),
    (dict(data_type=2.5), "DATA_TYPE should be an integer value."),
    (dict(endian="middle"), 'ENDIAN must be "native", "little" or "big."'),
    (dict(data_dims=[1] * 9), "DATA_DIMS must have 8 or less values."),
    (dict(data_dims=[2, -3]), "Invalid DATA_DIMS."),
    (dict(data_start=96), "DATA_START is at or beyond the end of file."),
    (dict(data_start=[1, 2]), "DATA_START must be a scalar."),
    (dict(data_type=2, data_dims=[100]), "End of file encountered."),
])
def test_keyword_errors(data_file, kwargs, message):
    path, _ = data_file
    with pytest.raises(ValueError, match="^READ_BINARY: " + message):
        idl.read_binary(path, **kwargs)


def test_file_errors(tmp_path):
    empty = tmp_path / "e.bin"
    empty.write_bytes(b"")
    with pytest.raises(ValueError, match="^READ_BINARY: The file to be read has zero length."):
        idl.read_binary(str(empty))
    with pytest.raises(ValueError, match="^READ_BINARY: Could not find file: "):
        idl.read_binary(str(tmp_path / "missing.bin"))
    with pytest.raises(TypeError, match="^READ_BINARY: Filename argument is undefined."):
        idl.read_binary()
    with pytest.raises(TypeError, match="^READ_BINARY: First argument must be a file name"):
        idl.read_binary(2.5)
    with pytest.raises(TypeError, match="^READ_BINARY: Endian must be a string."):
        idl.read_binary(str(empty), endian=1)


# ------------------------------------------------------------------------ live GDL
@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_reads_against_gdl(tmp_path):
    """Every type with DATA_DIMS (GDL 1.0.1's read_binary.pro sizes LONG as 2 bytes when
    it counts elements itself: the suite's notes), DATA_START, ENDIAN."""
    rng = np.random.default_rng(1293)
    raw = rng.integers(0, 256, 256).astype(np.uint8)
    path = tmp_path / "rnd.bin"
    path.write_bytes(raw.tobytes())
    cases, ours = [], {}
    for k in range(40):
        code = int(rng.choice(sorted(_DTYPES)))
        size = np.dtype(_DTYPES[code]).itemsize
        start = int(rng.integers(0, 64))
        rank = int(rng.integers(1, 4))
        room = (256 - start) // size
        dims = [int(rng.integers(1, 5)) for _ in range(rank)]
        while int(np.prod(dims)) > room:
            dims[int(np.argmax(dims))] -= 1
        endian = ["big", "little", "native"][k % 3]
        cases.append((f"r{k}", {}, f"read_binary('{path}', data_type={code}, "
                                   f"data_start={start}, data_dims={dims}, endian='{endian}')"))
        ours[f"r{k}"] = idl.read_binary(str(path), data_type=code, data_start=start,
                                        data_dims=dims, endian=endian)
    got = run_gdl(cases)
    for name, value in ours.items():
        assert not isinstance(got[name], Exception), (name, got[name])
        assert got[name].dtype == value.dtype, name
        np.testing.assert_array_equal(got[name].reshape(value.shape), value, err_msg=name)
