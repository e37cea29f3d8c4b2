"""IDL's FILE_CHMOD (compat.idl.file_modes): every keyword against os.stat on a real
file, random modes and keyword sets against the bit arithmetic written out here, bad
input."""

from __future__ import annotations

import os
import stat

import numpy as np
import pytest

from compat import idl

ROLES = {"u": (stat.S_IRUSR, stat.S_IWUSR, stat.S_IXUSR),
         "g": (stat.S_IRGRP, stat.S_IWGRP, stat.S_IXGRP),
         "o": (stat.S_IROTH, stat.S_IWOTH, stat.S_IXOTH)}


def _expected(start, settings):
    bits = start
    order = sorted(settings, key=lambda n: not n.startswith("a_"))   # A_ first
    for name, value in ((n, settings[n]) for n in order):
        role, what = name.split("_")
        roles = "ugo" if role == "a" else role
        index = {"read": 0, "write": 1, "execute": 2}[what]
        for r in roles:
            bit = ROLES[r][index]
            bits = bits | bit if value else bits & ~bit
    return bits


def _mode(path):
    return os.stat(path).st_mode & 0o7777


def test_random_modes_and_keywords(tmp_path):
    rng = np.random.default_rng(4242)
    path = tmp_path / "f.txt"
    path.write_text("x")
    names = [f"{r}_{w}" for r in "ugoa" for w in ("read", "write", "execute")]
    for _ in range(60):
        start = int(rng.integers(0, 0o1000)) | stat.S_IRUSR | stat.S_IWUSR
        chosen = rng.choice(names, size=int(rng.integers(0, 4)), replace=False)
        settings = {str(n): bool(rng.integers(0, 2)) for n in chosen}
        if rng.integers(0, 2):
            idl.file_chmod(str(path), start, **settings)
        else:
            os.chmod(path, start)
            idl.file_chmod(str(path), **settings)
        assert _mode(path) == _expected(start, settings)
        os.chmod(path, 0o600)


def test_documented_examples_and_special_bits(tmp_path):
    path = tmp_path / "moose.dat"
    path.write_text("")
    os.chmod(path, 0o666)
    # IDL reference, FILE_CHMOD: read-only to all but the owner, nothing else changed
    idl.file_chmod(str(path), u_write=True, g_write=0, o_write=0)
    assert _mode(path) == 0o644
    idl.file_chmod(str(path), 0o664)
    assert _mode(path) == 0o664
    directory = tmp_path / "d"
    directory.mkdir()
    idl.file_chmod([str(directory)], sticky_bit=True)
    assert _mode(directory) & stat.S_ISVTX
    idl.file_chmod(np.array([str(directory), str(path)]), 0o700)
    assert _mode(directory) == 0o700 and _mode(path) == 0o700


def test_bad_input(tmp_path):
    with pytest.raises(ValueError, match=r"^FILE_CHMOD: Unable to change the mode of "):
        idl.file_chmod(str(tmp_path / "missing"), 0o600)
    with pytest.raises(ValueError, match=r"^FILE_CHMOD: Mode must be an integer"):
        idl.file_chmod(str(tmp_path), 7.5)
    with pytest.raises(ValueError, match=r"^FILE_CHMOD: Mode 10000 \(octal\)"):
        idl.file_chmod(str(tmp_path), 0o10000)
    with pytest.raises(ValueError, match=r"^FILE_CHMOD: File must be a string"):
        idl.file_chmod(5)
