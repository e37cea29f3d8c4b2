"""IDL H5F_IS_HDF5: the HDF5 signature at byte 0 or after a user block (512, 1024, ...),
other files 0, missing files an error, file-name forms; and agreement with the HDF5
library's own test (h5py.is_hdf5) on files h5py writes, with and without user blocks,
and on files that are not HDF5."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from compat._core.hdf5_signature import SIGNATURE


def _write(path, data: bytes):
    path.write_bytes(data)
    return str(path)


def test_signature_positions(tmp_path):
    junk = bytes(range(256)) * 20
    assert idl.h5f_is_hdf5(_write(tmp_path / "a", SIGNATURE + junk)) == 1
    for offset in (512, 1024, 2048, 4096):
        got = idl.h5f_is_hdf5(_write(tmp_path / f"u{offset}",
                                     junk[:offset] + SIGNATURE + junk))
        assert got == 1 and type(got) is np.int32
    # not at a power of two from 512: not found
    for offset in (1, 8, 511, 513, 768, 1536):
        assert idl.h5f_is_hdf5(_write(tmp_path / f"n{offset}",
                                      bytes(offset) + SIGNATURE + junk)) == 0
    # truncated signature, empty file, text
    assert idl.h5f_is_hdf5(_write(tmp_path / "t", SIGNATURE[:7])) == 0
    assert idl.h5f_is_hdf5(_write(tmp_path / "e", b"")) == 0
    assert idl.h5f_is_hdf5(_write(tmp_path / "x.txt", b"hello\n")) == 0


def test_file_name_forms_and_errors(tmp_path):
    path = _write(tmp_path / "s.h5", SIGNATURE + bytes(100))
    assert idl.h5f_is_hdf5(path.encode()) == 1
    assert idl.h5f_is_hdf5(tmp_path / "s.h5") == 1
    assert idl.h5f_is_hdf5(np.array([path])) == 1
    with pytest.raises(ValueError, match="H5F_IS_HDF5: unable to open file: Filename: "):
        idl.h5f_is_hdf5(str(tmp_path / "missing.h5"))
    with pytest.raises(ValueError, match="H5F_IS_HDF5: unable to open file"):
        idl.h5f_is_hdf5(str(tmp_path))
    with pytest.raises(TypeError, match="H5F_IS_HDF5: Filename must be a string."):
        idl.h5f_is_hdf5(5)


def test_agrees_with_the_hdf5_library(tmp_path):
    h5py = pytest.importorskip("h5py")
    rng = np.random.default_rng(1153)
    paths = []
    for k, block in enumerate((0, 512, 1024, 4096)):
        p = tmp_path / f"f{k}.h5"
        with h5py.File(p, "w", userblock_size=block) as f:
            f["d"] = rng.normal(size=(3, 4))
        paths.append(p)
    for k in range(6):
        p = tmp_path / f"r{k}.bin"
        p.write_bytes(rng.integers(0, 256, int(rng.integers(0, 5000))).astype(np.uint8)
                      .tobytes())
        paths.append(p)
    for p in paths:
        assert idl.h5f_is_hdf5(str(p)) == int(h5py.is_hdf5(str(p))), p
    fid = idl.h5f_open(str(paths[1]))               # the user-block file opens too
    idl.h5f_close(fid)
