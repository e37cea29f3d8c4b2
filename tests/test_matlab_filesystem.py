"""MATLAB files, folders, environment and shell (issue 16): fullfile, fileparts, dir,
exist, isfile, isfolder, isdir, mkdir, rmdir, delete, copyfile, movefile, getenv,
setenv, system, unix, dos, pwd, cd, tempname, tempdir, genpath.

Everything runs on real files in a temporary folder and real processes (no mocks);
differential runs against live Octave batch the cases into one process.
"""

from __future__ import annotations

import os
import re
import time

import numpy as np
import pytest

from compat import matlab
from compat.matlab.filesystem import FileSystemWarning
from tests.oracles import OCTAVE, run_octave


@pytest.fixture
def tree(tmp_path):
    """A small tree: files of known sizes, subfolders, excluded genpath folders."""
    (tmp_path / "b.txt").write_text("12345")
    (tmp_path / "a.csv").write_text("1,2\n")
    (tmp_path / "C.TXT").write_text("")
    (tmp_path / ".hidden").write_text("h")
    for sub in ("sub/deep", "sub/private", "@cls", "+pkg", "resources", "zz", ".git"):
        (tmp_path / sub).mkdir(parents=True)
    (tmp_path / "sub" / "x.txt").write_text("xx")
    (tmp_path / "sub" / "deep" / "y.txt").write_text("yyy")
    return tmp_path


# ------------------------------------------------------------------------- names
@pytest.mark.parametrize("parts, expected", [
    (("a", "b", "c.txt"), "a/b/c.txt"), (("a/", "/b"), "a/b"), (("", "a"), "a"),
    (("/", "a"), "/a"), (("a", "b/"), "a/b/"), (("a//b", "c"), "a/b/c"),
    ((".", "a"), "./a"), (("a", ""), "a"), (("", ""), ""), (("/",), "/"),
])
def test_fullfile(parts, expected):
    assert matlab.fullfile(*parts) == expected


def test_fullfile_cells_and_string_arrays():
    assert matlab.fullfile("src", ["a.m", "b.m"]) == ["src/a.m", "src/b.m"]
    assert matlab.fullfile(["p", "q"], ["a.m", "b.m"]) == ["p/a.m", "q/b.m"]
    out = matlab.fullfile("d", np.array(["x", "y"]))
    assert isinstance(out, np.ndarray) and out.tolist() == ["d/x", "d/y"]
    with pytest.raises(ValueError, match="^fullfile: All cell array"):
        matlab.fullfile(["a", "b"], ["c", "d", "e"])
    with pytest.raises(TypeError, match="^fullfile: "):
        matlab.fullfile("a", 3)


@pytest.mark.parametrize("name, parts", [
    ("/home/user/docs/myfile.txt", ("/home/user/docs", "myfile", ".txt")),
    (".bashrc", ("", "", ".bashrc")), ("/a", ("/", "a", "")), ("a/b/", ("a/b", "", "")),
    ("a.b/c", ("a.b", "c", "")), ("a.tar.gz", ("", "a.tar", ".gz")), ("", ("", "", "")),
    ("dir/.x.y", ("dir", ".x", ".y")),
])
def test_fileparts(name, parts):
    assert tuple(matlab.fileparts(name, nargout=3)) == parts
    assert matlab.fileparts(name) == parts[0]


def test_fileparts_refuses_non_text():
    with pytest.raises(TypeError, match="^fileparts: Input must be a character vector"):
        matlab.fileparts(["a", "b"])


# --------------------------------------------------------------------------- dir
def test_dir_of_a_folder(tree):
    listing = matlab.dir(str(tree))
    names = [e.name for e in listing]
    assert names == [".", "..", "+pkg", ".git", ".hidden", "@cls", "C.TXT", "a.csv",
                     "b.txt", "resources", "sub", "zz"]
    entry = listing[names.index("b.txt")]
    assert entry.bytes == 5.0 and entry.isdir is False
    assert entry.folder == str(tree)
    assert listing[names.index("sub")].bytes == 0.0 and listing[names.index("sub")].isdir
    mtime = time.localtime(int(os.stat(tree / "b.txt").st_mtime))
    assert entry.date == time.strftime("%d-%b-%Y %H:%M:%S", mtime)
    assert matlab.datestr(entry.datenum, 0) == entry.date
    assert list(entry) == ["name", "folder", "date", "bytes", "isdir", "datenum"]


def test_dir_patterns(tree):
    assert [e.name for e in matlab.dir(str(tree / "*.txt"))] == ["b.txt"]
    assert [e.name for e in matlab.dir(str(tree / "?.*"))] == ["C.TXT", "a.csv", "b.txt"]
    assert [e.name for e in matlab.dir(str(tree), "*.TXT")] == ["C.TXT"]
    deep = matlab.dir(str(tree / "**" / "*.txt"))
    assert [(e.name, os.path.relpath(e.folder, tree)) for e in deep] == [
        ("b.txt", "."), ("x.txt", "sub"), ("y.txt", os.path.join("sub", "deep"))]
    assert [e.name for e in matlab.dir(str(tree / ".h*"))] == [".hidden"]
    assert matlab.dir(str(tree / "*.nothing")) == []
    assert matlab.dir(str(tree / "missing")) == []
    one = matlab.dir(str(tree / "sub" / "x.txt"))
    assert len(one) == 1 and one[0].name == "x.txt" and one[0].bytes == 2.0


def test_dir_default_is_the_current_folder(tree, monkeypatch):
    monkeypatch.chdir(tree / "sub")
    assert [e.name for e in matlab.dir()] == [".", "..", "deep", "private", "x.txt"]
    assert matlab.dir()[0].folder == str(tree / "sub")


# ----------------------------------------------------------------- exist and tests
def test_exist(tree):
    somevariable = 1   # noqa: F841 - looked up by exist in this frame
    assert matlab.exist("somevariable") == 1.0
    assert matlab.exist("somevariable", "var") == 1.0
    assert matlab.exist("somevariable", "file") == 0.0
    assert matlab.exist(str(tree / "b.txt")) == 2.0
    assert matlab.exist(str(tree / "b.txt"), "file") == 2.0
    assert matlab.exist(str(tree / "b.txt"), "dir") == 0.0
    assert matlab.exist(str(tree / "sub"), "file") == 7.0
    assert matlab.exist(str(tree / "sub"), "dir") == 7.0
    assert matlab.exist(str(tree / "none")) == 0.0
    assert matlab.exist("sin", "builtin") == 0.0
    with pytest.raises(ValueError, match="^exist: The second argument must be"):
        matlab.exist("x", "folder")


def test_isfile_isfolder_isdir(tree):
    assert matlab.isfile(str(tree / "b.txt")) is True
    assert matlab.isfile(str(tree / "sub")) is False
    np.testing.assert_array_equal(
        matlab.isfolder([str(tree / "sub"), str(tree / "b.txt"), str(tree / "no")]),
        [True, False, False])
    assert matlab.isfolder(np.array([[str(tree)]])).shape == (1, 1)
    assert matlab.isdir(str(tree)) is True and matlab.isdir(3) is False


# ---------------------------------------------------------------- making changes
def test_mkdir_forms(tree):
    assert matlab.mkdir(str(tree / "new" / "deeper")) is True
    assert (tree / "new" / "deeper").is_dir()
    assert tuple(matlab.mkdir(str(tree), "other", nargout=3)) == (True, "", "")
    assert tuple(matlab.mkdir(str(tree / "new"), nargout=3)) == (
        True, "Directory already exists.", "MATLAB:MKDIR:DirectoryExists")
    with pytest.warns(FileSystemWarning, match="Directory already exists."):
        assert matlab.mkdir(str(tree / "new"), nargout=0) is None
    assert matlab.mkdir(str(tree / "b.txt")) is True           # MATLAB's Linux quirk
    assert (tree / "b.txt").is_file()


def test_mkdir_failure(tree):
    status, msg, msg_id = matlab.mkdir(str(tree / "b.txt" / "x"), nargout=3)
    assert (status, msg, msg_id) == (False, "Not a directory", "MATLAB:MKDIR:OSError")
    with pytest.raises(ValueError, match="^mkdir: Not a directory"):
        matlab.mkdir(str(tree / "b.txt" / "x"), nargout=0)
    with pytest.raises(ValueError, match="^mkdir: nargout must be"):
        matlab.mkdir(str(tree / "q"), nargout=4)


def test_rmdir(tree):
    assert tuple(matlab.rmdir(str(tree / "sub"), nargout=3)) == (
        False, "No directories were removed.", "MATLAB:RMDIR:NoDirectoriesRemoved")
    assert matlab.rmdir(str(tree / "zz")) is True and not (tree / "zz").exists()
    assert matlab.rmdir(str(tree / "sub"), "s") is True and not (tree / "sub").exists()
    assert matlab.rmdir(str(tree / "missing")) is False
    with pytest.raises(ValueError, match="^rmdir: No directories were removed"):
        matlab.rmdir(str(tree / "missing"), nargout=0)
    with pytest.raises(ValueError, match='^rmdir: "q" is an invalid option string'):
        matlab.rmdir(str(tree / "resources"), "q")
    with pytest.raises(ValueError, match="^rmdir: nargout must be"):
        matlab.rmdir(str(tree / "resources"), nargout=4)


def test_delete(tree):
    matlab.delete(str(tree / "*.txt"), str(tree / "a.csv"))
    assert not (tree / "b.txt").exists() and not (tree / "a.csv").exists()
    assert (tree / "C.TXT").exists()
    with pytest.warns(FileSystemWarning, match=r"^File '.*nothing\.dat' not found\.$"):
        matlab.delete(str(tree / "nothing.dat"))
    with pytest.warns(FileSystemWarning):
        matlab.delete(str(tree / "sub"))                 # folders are left alone
    assert (tree / "sub").is_dir()


def test_copyfile_and_movefile(tree):
    assert matlab.copyfile(str(tree / "b.txt"), str(tree / "b2.txt")) is True
    assert (tree / "b2.txt").read_text() == "12345"
    assert matlab.copyfile(str(tree / "b.txt"), str(tree / "zz")) is True
    assert (tree / "zz" / "b.txt").exists()
    assert matlab.copyfile(str(tree / "sub"), str(tree / "copy")) is True
    assert (tree / "copy" / "deep" / "y.txt").read_text() == "yyy"
    assert matlab.copyfile(str(tree / "*.txt"), str(tree / "many")) is True
    assert sorted(os.listdir(tree / "many")) == ["b.txt", "b2.txt"]
    status, msg, msg_id = matlab.copyfile(str(tree / "no*.none"), str(tree / "x"),
                                          nargout=3)
    assert (status, msg) == (False, "No matching files were found.")
    with pytest.raises(ValueError, match="^copyfile: No matching files"):
        matlab.copyfile(str(tree / "none"), str(tree / "x"), nargout=0)
    assert matlab.movefile(str(tree / "b2.txt"), str(tree / "moved.txt")) is True
    assert not (tree / "b2.txt").exists() and (tree / "moved.txt").exists()
    assert matlab.movefile(str(tree / "moved.txt"), str(tree / "zz")) is True
    assert (tree / "zz" / "moved.txt").exists()
    assert matlab.movefile(str(tree / "zz"), str(tree / "renamed")) is True
    assert (tree / "renamed" / "b.txt").exists()
    with pytest.raises(ValueError, match="^movefile: Invalid option"):
        matlab.movefile(str(tree / "a.csv"), str(tree / "q.csv"), "x")


# ------------------------------------------------------------- environment, shell
def test_getenv_setenv(monkeypatch):
    monkeypatch.delenv("COMPAT_T16", raising=False)
    assert matlab.getenv("COMPAT_T16") == ""
    matlab.setenv("COMPAT_T16", "v1")
    assert os.environ["COMPAT_T16"] == "v1"
    assert matlab.getenv(["COMPAT_T16", "COMPAT_T16_NONE"]) == ["v1", ""]
    assert matlab.getenv()["COMPAT_T16"] == "v1"
    matlab.setenv("COMPAT_T16")
    assert matlab.getenv("COMPAT_T16") == ""
    with pytest.raises(ValueError, match="^setenv: Invalid environment variable"):
        matlab.setenv("A=B", "x")


def test_system_runs_the_shell_and_merges_streams(tmp_path, monkeypatch):
    status, out = matlab.system("echo out; echo err 1>&2; exit 3", nargout=2)
    assert (status, out) == (3.0, "out\nerr\n")
    assert matlab.system("true") == 0.0
    assert matlab.unix("printf '%s' $((6*7))", nargout=2).cmdout == "42"
    assert matlab.dos("exit 2") == 2.0
    assert matlab.system("echo $COMPAT_X", "COMPAT_X", "given", nargout=2).cmdout == \
        "given\n"
    assert "COMPAT_X" not in os.environ
    monkeypatch.chdir(tmp_path)
    assert matlab.system("pwd", nargout=2).cmdout.strip() == str(tmp_path)


def test_system_uses_matlab_shell(tmp_path, monkeypatch):
    shell = tmp_path / "myshell"
    shell.write_text("#!/bin/sh\necho \"shell got: $2\"\n")
    shell.chmod(0o755)
    monkeypatch.setenv("MATLAB_SHELL", str(shell))
    assert matlab.system("anything", nargout=2).cmdout == "shell got: anything\n"
    monkeypatch.delenv("MATLAB_SHELL")
    monkeypatch.setenv("SHELL", str(shell))
    assert matlab.system("other", nargout=2).cmdout == "shell got: other\n"


def test_system_background_and_echo(tmp_path, capsys):
    marker = tmp_path / "done"
    start = time.monotonic()
    assert tuple(matlab.system(f"sleep 0.3; touch {marker} &", nargout=2)) == (0.0, "")
    assert time.monotonic() - start < 0.25
    for _ in range(50):
        if marker.exists():
            break
        time.sleep(0.05)
    assert marker.exists()
    matlab.system("echo shown", "-echo", nargout=2)
    assert capsys.readouterr().out == "shown\n"
    assert matlab.system("echo statement", nargout=0) is None
    assert capsys.readouterr().out == "statement\n"


def test_pwd_cd(tree, monkeypatch):
    monkeypatch.chdir(tree)
    assert matlab.pwd() == str(tree)
    old = matlab.cd("sub")
    assert old == str(tree) and matlab.pwd() == str(tree / "sub")
    assert matlab.cd("..") == str(tree / "sub") and matlab.cd() == str(tree)
    with pytest.raises(ValueError, match=r"^cd: Cannot CD to nowhere \(Name is "):
        matlab.cd("nowhere")


def test_tempdir_and_tempname():
    folder = matlab.tempdir()
    assert folder.endswith("/") and os.path.isdir(folder)
    names = {matlab.tempname() for _ in range(20)}
    assert len(names) == 20
    for name in names:
        assert re.fullmatch(re.escape(folder) + r"tp[0-9a-f]{8}(_[0-9a-f]{4}){3}_[0-9a-f]{12}",
                            name), name
        assert not os.path.exists(name)


def test_genpath(tree):
    parts = matlab.genpath(str(tree)).split(":")
    assert parts[-1] == ""
    assert [os.path.relpath(p, tree) for p in parts[:-1]] == [
        ".", ".git", "sub", os.path.join("sub", "deep"), "zz"]
    assert matlab.genpath(str(tree / "missing")) == ""


# ------------------------------------------------------------------- against Octave
@pytest.mark.octave
@pytest.mark.skipif(OCTAVE is None, reason="octave-cli is not installed")
def test_against_octave(tree):
    rng = np.random.default_rng(5)
    pieces = ["", "a", "b.c", "/", "dir/", "/x", ".", "..", "d.e.f", "g/h.i"]
    parts = [[pieces[k] for k in rng.integers(0, len(pieces), 3)] for _ in range(40)]
    names = ["".join(p) for p in parts]
    cases = []
    for p in parts:
        args = ", ".join(f"'{x}'" for x in p)
        cases.append((f"f = fullfile({args});", {}, ["f"]))
    for n in names:
        cases.append((f"[d, n, e] = fileparts('{n}');", {}, ["d", "n", "e"]))
    cases.append((f"l = dir('{tree}'); names = {{l.name}}; bytes = [l.bytes]; "
                  f"isd = [l.isdir]; dates = {{l.date}}; dn = [l.datenum]; "
                  f"folders = {{l.folder}};", {},
                  ["names", "bytes", "isd", "dates", "dn", "folders"]))
    cases.append((f"l = dir('{tree}/*.txt'); names = {{l.name}};", {}, ["names"]))
    cases.append((f"g = genpath('{tree}/sub');", {}, ["g"]))
    cases.append((f"a = exist('{tree}/b.txt'); b = exist('{tree}/sub', 'file'); "
                  f"c = exist('{tree}/sub', 'dir'); d = exist('{tree}/none');", {},
                  ["a", "b", "c", "d"]))
    cases.append(("[s, o] = system('echo one; exit 4');", {}, ["s", "o"]))
    got = run_octave(cases)
    k = 0
    for p in parts:
        assert matlab.fullfile(*p) == got[k]["f"], p
        k += 1
    for n in names:
        want = (got[k]["d"], got[k]["n"], got[k]["e"])
        assert tuple(matlab.fileparts(n, nargout=3)) == want, n
        k += 1
    listing = matlab.dir(str(tree))
    theirs = got[k]
    # Octave sorts '.' and '..' among the names ('+pkg' comes first); compat lists them
    # first, as MATLAB does: compare Octave's entries in compat's order
    order = [list(theirs["names"].ravel()).index(e.name) for e in listing]
    assert sorted(order) == list(range(len(listing)))
    pick = lambda field: list(theirs[field].ravel()[order])     # noqa: E731
    assert [e.isdir for e in listing] == pick("isd")
    assert [e.date for e in listing] == pick("dates")
    np.testing.assert_array_equal([e.datenum for e in listing], pick("dn"))
    assert [e.folder for e in listing][2:] == pick("folders")[2:]
    files = [not e.isdir for e in listing]           # Octave gives folders their size
    np.testing.assert_array_equal(np.array([e.bytes for e in listing])[files],
                                  np.array(pick("bytes"))[files])
    assert [e.name for e in matlab.dir(str(tree / "*.txt"))] == \
        list(got[k + 1]["names"].ravel())
    # Octave ends without the path separator MATLAB's genpath.m appends
    assert matlab.genpath(str(tree / "sub")) == got[k + 2]["g"] + ":"
    e = got[k + 3]
    assert (matlab.exist(str(tree / "b.txt")), matlab.exist(str(tree / "sub"), "file"),
            matlab.exist(str(tree / "sub"), "dir"), matlab.exist(str(tree / "none"))) == \
        tuple(float(np.asarray(e[x]).item()) for x in "abcd")
    s = got[k + 4]
    assert tuple(matlab.system("echo one; exit 4", nargout=2)) == \
        (float(np.asarray(s["s"]).item()), s["o"])
