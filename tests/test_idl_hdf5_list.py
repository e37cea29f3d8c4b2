"""IDL's H5_LIST (compat.idl.hdf5_list): the rows h5_list.pro builds from H5_PARSE, its
FILTER, its OUTPUT array and its printed layout (as a public modified copy of IDL's
h5_list.pro, wmb_h5_list.pro, shows them). GDL 1.0.1 has no HDF5 routines (no golden)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl

h5py = pytest.importorskip("h5py")


@pytest.fixture
def sample(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with h5py.File("s.h5", "w") as f:
        f["images/Eskimo"] = np.zeros((600, 649), np.uint8)
        f["images/Eskimo"].attrs["CLASS"] = "IMAGE"          # attributes: not listed
        f["arrays/2D int array"] = np.zeros((10, 50), np.int32)
        f["arrays/deep/cube"] = np.zeros((2, 3, 4), np.float64)
        f["scalar"] = 1.5
        f["types/t"] = np.dtype("f4")                          # named datatype: not listed
        f["links/soft"] = h5py.SoftLink("/scalar")            # link: not listed
    return "s.h5"


def test_rows_follow_h5_parse(sample):
    out = idl.h5_list(sample, output=True).output
    assert out.dtype.kind == "U" and out.shape == (10, 3)
    assert out.tolist() == [
        ["file", "s.h5", ""],
        ["group", "/arrays", ""],
        ["dataset", "/arrays/2D int array", "H5T_INTEGER [50, 10]"],
        ["group", "/arrays/deep", ""],
        ["dataset", "/arrays/deep/cube", "H5T_FLOAT [4, 3, 2]"],
        ["group", "/images", ""],
        ["dataset", "/images/Eskimo", "H5T_INTEGER [649, 600]"],
        ["group", "/links", ""],                 # its soft link is not listed
        ["dataset", "/scalar", "H5T_FLOAT []"],
        ["group", "/types", ""],                 # its named datatype is not listed
    ]
    parsed = idl.h5_parse(sample)                # the top level in H5_PARSE's tag order
    assert [r for r in out[1:, 1] if r.count("/") == 1] == [
        "/" + parsed[t][0]._NAME[0] for t in parsed.dtype.names[6:]
        if parsed[t][0]._TYPE[0] in ("GROUP", "DATASET")]


def test_filter(sample):
    def listed(pattern):
        return idl.h5_list(sample, filter=pattern, output=True).output[1:, 1].tolist()
    assert listed("DataSet") == ["/arrays/2D int array", "/arrays/deep/cube",
                                 "/images/Eskimo", "/scalar"]
    assert listed("group") == ["/arrays", "/arrays/deep", "/images", "/links", "/types"]
    assert listed("*deep*") == ["/arrays/deep", "/arrays/deep/cube"]
    assert listed("/arr*int") == ["/arrays/2D int array"]
    assert listed("*Eskimo") == ["/images/Eskimo"] and listed("*eskimo") == []
    assert len(listed("*")) == 9
    assert idl.h5_list(sample, filter="nothing", output=True).output.tolist() == [
        ["file", "s.h5", ""]]


def test_printed_layout(sample, capsys):
    assert idl.h5_list(sample, filter="*images*") is None
    lines = capsys.readouterr().out.split("\n")
    # columns: the longest kind (7) + 5 and the longest path (14) + 5, blanks kept
    assert lines == ["file" + " " * 8 + "s.h5" + " " * 15,
                     "group" + " " * 7 + "/images" + " " * 12,
                     "dataset" + " " * 5 + "/images/Eskimo" + " " * 5 + "H5T_INTEGER [649, 600]",
                     ""]


def test_empty_file_and_errors(tmp_path):
    empty = str(tmp_path / "e.h5")
    h5py.File(empty, "w").close()
    assert idl.h5_list(empty, output=True).output.tolist() == [["file", empty, ""]]
    with pytest.raises(ValueError, match="^H5_LIST: File not found: "):
        idl.h5_list(str(tmp_path / "none.h5"))
    text = tmp_path / "t.txt"
    text.write_text("not hdf5")
    with pytest.raises(ValueError, match="^H5_LIST: FILE is not an HDF5 file: "):
        idl.h5_list(str(text))
    with pytest.raises(ValueError, match="^H5_LIST: FILTER must be a scalar string"):
        idl.h5_list(empty, filter=["a", "b"])
