"""IDL SKIP_LUN, COPY_LUN, TRUNCATE_LUN and FILE_EXPAND_PATH: unit tests, bad input,
and the same operations run in live GDL on the same files."""

from __future__ import annotations

import os

import numpy as np
import pytest

from compat import idl
from oracles import run_gdl_program

TEXT = b"line one\nline two\nthird line\nfour\n"


@pytest.fixture
def text_file(tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes(TEXT)
    return path


def test_skip_bytes_lines_and_eof(text_file):
    u = idl.openr(str(text_file), get_lun=True)
    try:
        assert idl.skip_lun(u, 5) is None
        assert idl.point_lun(-u) == 5
        idl.skip_lun(u, 1, lines=True)               # the rest of line one
        assert idl.point_lun(-u) == 9
        r = idl.skip_lun(u, eof=True, transfer_count=True)
        assert r.transfer_count == len(TEXT) - 9 and r.transfer_count.dtype == np.int64
        idl.point_lun(u, 0)
        assert idl.skip_lun(u, 99, eof=True, lines=True, transfer_count=True) == (4,)
    finally:
        idl.free_lun(u)


def test_last_line_without_newline_counts(tmp_path):
    path = tmp_path / "g.txt"
    path.write_bytes(b"a\nb")
    u = idl.openr(str(path), get_lun=True)
    try:
        assert idl.skip_lun(u, eof=True, lines=True, transfer_count=True).transfer_count == 2
    finally:
        idl.free_lun(u)


def test_skip_past_the_end_is_an_error(text_file):
    u = idl.openr(str(text_file), get_lun=True)
    try:
        with pytest.raises(ValueError, match="^SKIP_LUN: End of file encountered. Unit: "):
            idl.skip_lun(u, 100)
        assert idl.point_lun(-u) == len(TEXT)
        idl.point_lun(u, 0)
        with pytest.raises(ValueError, match="^SKIP_LUN: End of file encountered"):
            idl.skip_lun(u, 5, lines=True)
        with pytest.raises(ValueError, match="^SKIP_LUN: Num must be given"):
            idl.skip_lun(u)
        with pytest.raises(ValueError, match="^SKIP_LUN: Num must be nonnegative"):
            idl.skip_lun(u, -1)
    finally:
        idl.free_lun(u)
    with pytest.raises(ValueError, match="^SKIP_LUN: File unit is not open"):
        idl.skip_lun(u, 1)


def test_copy_lun_and_truncate_lun(text_file, tmp_path):
    out = tmp_path / "out.txt"
    u = idl.openr(str(text_file), get_lun=True)
    v = idl.openw(str(out), get_lun=True)
    try:
        assert idl.copy_lun(u, v, 2, lines=True, transfer_count=True).transfer_count == 2
        idl.copy_lun(u, v, 3)
        assert idl.copy_lun(u, v, eof=True, transfer_count=True).transfer_count == 13
        with pytest.raises(ValueError, match="^COPY_LUN: File unit is not open for output"):
            idl.copy_lun(v, u, 1)
    finally:
        idl.free_lun(u)
        idl.free_lun(v)
    assert out.read_bytes() == TEXT
    w = idl.openu(str(out), get_lun=True)
    try:
        idl.point_lun(w, 10)
        idl.truncate_lun(w)
        assert idl.point_lun(-w) == 10
    finally:
        idl.free_lun(w)
    assert out.read_bytes() == TEXT[:10]
    r = idl.openr(str(text_file), get_lun=True)
    try:
        with pytest.raises(ValueError, match="^TRUNCATE_LUN: File unit is not open for out"):
            idl.truncate_lun(r)
    finally:
        idl.free_lun(r)


def test_file_expand_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    here = os.getcwd()
    assert idl.file_expand_path("") == here
    assert idl.file_expand_path("f.txt") == os.path.join(here, "f.txt")
    assert idl.file_expand_path("sub/") == os.path.join(here, "sub")
    assert idl.file_expand_path("/tmp//b/../c") == "/tmp/c"
    assert idl.file_expand_path("~/x") == os.path.expanduser("~/x")
    monkeypatch.setenv("COMPAT_FEP", "/opt")
    assert idl.file_expand_path("$COMPAT_FEP/y") == "/opt/y"
    both = idl.file_expand_path(np.array(["a", "/b"]))
    assert both.tolist() == [os.path.join(here, "a"), "/b"]


@pytest.mark.gdl
def test_counts_positions_and_files_match_gdl(tmp_path, monkeypatch):
    (tmp_path / "f.txt").write_bytes(TEXT)
    (tmp_path / "run.pro").write_text(
        "openr, u, 'f.txt', /get_lun\n"
        "skip_lun, u, 5 & p1 = (fstat(u)).cur_ptr\n"
        "skip_lun, u, 1, /lines & p2 = (fstat(u)).cur_ptr\n"
        "point_lun, u, 0 & skip_lun, u, /eof, /lines, transfer_count=nl\n"
        "free_lun, u\n"
        "openr, u, 'f.txt', /get_lun & openw, v, 'g.txt', /get_lun\n"
        "copy_lun, u, v, 2, /lines, transfer_count=c1\n"
        "copy_lun, u, v, 3, transfer_count=c2\n"
        "copy_lun, u, v, /eof, transfer_count=c3\n"
        "free_lun, u, v\n"
        "openu, w, 'g.txt', /get_lun & point_lun, w, 10 & truncate_lun, w & free_lun, w\n"
        "openw, o, 'res.txt', /get_lun\n"
        "printf, o, p1, p2, nl, c1, c2, c3, (file_info('g.txt')).size\n"
        "printf, o, file_expand_path('f.txt')\n"
        "free_lun, o\nexit\n")
    run_gdl_program("run.pro", tmp_path)
    gdl = [line for line in (tmp_path / "res.txt").read_text().split("\n") if line.strip()]
    numbers = [int(v) for line in gdl[:-1] for v in line.split()]   # PRINTF wraps
    monkeypatch.chdir(tmp_path)
    u = idl.openr("f.txt", get_lun=True)
    idl.skip_lun(u, 5)
    p1 = idl.point_lun(-u)
    idl.skip_lun(u, 1, lines=True)
    p2 = idl.point_lun(-u)
    idl.point_lun(u, 0)
    nl = idl.skip_lun(u, eof=True, lines=True, transfer_count=True).transfer_count
    idl.free_lun(u)
    u, v = idl.openr("f.txt", get_lun=True), idl.openw("h.txt", get_lun=True)
    c = [idl.copy_lun(u, v, 2, lines=True, transfer_count=True).transfer_count,
         idl.copy_lun(u, v, 3, transfer_count=True).transfer_count,
         idl.copy_lun(u, v, eof=True, transfer_count=True).transfer_count]
    idl.free_lun(u)
    idl.free_lun(v)
    w = idl.openu("h.txt", get_lun=True)
    idl.point_lun(w, 10)
    idl.truncate_lun(w)
    idl.free_lun(w)
    assert numbers == [p1, p2, nl, *c, os.path.getsize("h.txt")]
    assert (tmp_path / "h.txt").read_bytes() == (tmp_path / "g.txt").read_bytes()
    assert gdl[-1].strip() == idl.file_expand_path("f.txt")
