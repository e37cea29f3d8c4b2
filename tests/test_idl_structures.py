"""IDL structures (CREATE_STRUCT, TAG_NAMES, N_TAGS, STRUCT_ASSIGN) and the IDL 8
containers (LIST, HASH, ORDEREDHASH, DICTIONARY): unit tests, bad input, and round trips
of structures through .sav files with live GDL (goldens: reference_outputs/idl/structures)."""

from __future__ import annotations


import numpy as np
import pytest

from compat import idl
from compat._core.idl_containers import IDLDictionary, IDLHash, IDLList
from oracles import GDL, GDL_PIN, run_gdl_program


# ---------------------------------------------------------------------- CREATE_STRUCT
def test_layout_is_readsavs():
    s = idl.create_struct("a", 1, "b", np.float32([1, 2]), "c", "text",
                          "d", np.array(["x", "yz"]), "n", {"u": 2.5})
    assert isinstance(s, np.recarray) and s.shape == (1,)
    assert s.dtype.names == ("A", "B", "C", "D", "N")
    assert s.dtype["A"] == np.int16 and s.dtype["B"].shape == (2,)
    assert s.dtype["C"].kind == "O" and s.C[0] == "text"
    assert s.D[0].tolist() == ["x", "yz"]
    assert isinstance(s.N[0], np.recarray) and s.N[0].U[0] == 2.5


def test_create_struct_does_not_alias_inputs():
    b = np.arange(3.0)
    s = idl.create_struct("b", b)
    s.B[0][0] = 99
    assert b[0] == 0
    inner = idl.create_struct("x", 1)
    outer = idl.create_struct("n", inner)
    outer.N[0].X[0] = 5
    assert inner.X[0] == 1


def test_named_structures():
    s = idl.create_struct("x", np.float32(1), "y", np.int32(2), name="TEST_PT16")
    assert idl.tag_names(s, structure_name=True) == "TEST_PT16"
    empty = idl.create_struct(name="test_pt16")
    assert empty.X[0] == 0 and empty.dtype == s.dtype
    assert idl.create_struct("x", np.float32(5), "y", np.int32(6), name="Test_Pt16").X[0] == 5
    with pytest.raises(ValueError, match="CREATE_STRUCT: Conflicting data structures"):
        idl.create_struct("x", 1.0, name="TEST_PT16")
    with pytest.raises(ValueError, match="CREATE_STRUCT: Structure type not defined"):
        idl.create_struct(name="NEVER_DEFINED_16")


@pytest.mark.parametrize("tag", ["x", "y"])
def test_each_test_starts_from_the_sessions_named_structures(tag):
    """IDL's named-structure table is per session, pytest's session holds every test:
    tests/conftest.py gives each test the table as it was before it, so a name one test
    defines (here {TEST_ISO_130, X} then {TEST_ISO_130, Y}; in a full run the docstring
    example's {POINT, A} before tests/test_idl_shapes.py's {POINT, X}) does not
    conflict with another test's definition."""
    s = idl.create_struct(tag, 1, name="TEST_ISO_130")
    assert idl.tag_names(s).tolist() == [tag.upper()]


@pytest.mark.parametrize("args,error,message", [
    (("a", 1, "A", 2), ValueError, "CREATE_STRUCT: A is already defined"),
    (("a", 1, "b"), ValueError, "CREATE_STRUCT: Tag B has no value"),
    ((["a", "b"], 1), ValueError, "CREATE_STRUCT: Tag B has no value"),
    (("1a", 1), ValueError, "CREATE_STRUCT: Illegal tag name"),
    ((5, 1), TypeError, "CREATE_STRUCT: argument 1 must be a tag name"),
    (("a", None), ValueError, "CREATE_STRUCT: Variable is undefined: tag A."),
    ((), ValueError, "CREATE_STRUCT: Incorrect number of arguments."),
])
def test_create_struct_errors(args, error, message):
    with pytest.raises(error) as info:
        idl.create_struct(*args)
    assert str(info.value).startswith(message)


# ---------------------------------------------------------------- TAG_NAMES, N_TAGS
def test_tag_names_of_readsav_layout():
    titled = np.zeros(2, dtype=[(("a", "A"), ">i2"), (("b", "B"), "O")]).view(np.recarray)
    assert idl.tag_names(titled).tolist() == ["A", "B"]
    lower = np.zeros(1, dtype=[("name", "f4")])
    assert idl.tag_names(lower).tolist() == ["NAME"]
    assert idl.tag_names(np.zeros(1, dtype=[("x", "f4")])[0]).tolist() == ["X"]


def test_tag_names_errors():
    for value in (5, "abc", None, idl.hash("a", 1), np.zeros(3)):
        with pytest.raises(TypeError, match="TAG_NAMES: Struct expression required"):
            idl.tag_names(value)


def test_n_tags():
    assert idl.n_tags(None) == 0 and idl.n_tags("x") == 0
    assert idl.n_tags({"a": 1, "b": {"c": 2, "d": 3}}) == 2
    s = idl.create_struct("c", "x", "a", 1)
    assert idl.n_tags(s, length=True) == 24 and idl.n_tags(s, data_length=True) == 18
    d = idl.create_struct("b", np.uint8(1), "d", 1.0)
    assert idl.n_tags(d, length=True) == 16 and idl.n_tags(d, data_length=True) == 9
    with pytest.raises(ValueError, match="N_TAGS: Conflicting keywords"):
        idl.n_tags(s, length=True, data_length=True)


# --------------------------------------------------------------------- STRUCT_ASSIGN
def test_struct_assign_leaves_its_arguments_alone():
    src = idl.create_struct("a", 7, "b", np.float32([1, 2, 3]))
    dst = idl.create_struct("a", np.int32(0), "b", np.zeros(2, np.float32), "t", "keep")
    before = dst.copy()
    out = idl.struct_assign(src, dst, nozero=True)
    assert out.A[0] == 7 and out.A.dtype == np.int32 and out.B[0].tolist() == [1, 2]
    assert out["T"][0] == "keep"
    assert dst.A[0] == before.A[0] and dst["T"][0] == "keep"
    assert idl.struct_assign(src, dst)["T"][0] == ""


def test_struct_assign_text_to_number_warns_and_gives_zero():
    with pytest.warns(UserWarning, match="Type conversion error"):
        out = idl.struct_assign({"n": "hello"}, {"n": np.int32(5)})
    assert out.N[0] == 0


def test_struct_assign_errors():
    with pytest.raises(TypeError, match="STRUCT_ASSIGN: Expression must be a structure"):
        idl.struct_assign(5, {"a": 1})


# -------------------------------------------------------------------- containers
def test_list():
    l = idl.list(1, np.arange(3), "x")
    assert isinstance(l, IDLList) and isinstance(l, list) and len(l) == 3
    l.add(9, 0)
    assert l[0] == 9 and l.remove_at() == "x" and l.count() == 3
    assert idl.list([1, 2], [3], extract=True) == [1, 2, 3]
    assert idl.list(0, length=3) == [0, 0, 0]
    assert idl.list(1, 2.5).toarray().dtype == np.float64
    assert idl.list(1, 2).toarray().dtype == np.int16
    with pytest.raises(ValueError, match="LIST::REMOVE: list is empty"):
        idl.list().remove_at()


def test_hash_and_friends():
    h = idl.hash("a", 1, "b", 2)
    assert isinstance(h, IDLHash) and h == {"a": 1, "b": 2}
    assert h.haskey(["a", "z"]).tolist() == [1, 0]
    assert h.keys_list() == ["a", "b"] and h.values_list() == [1, 2]
    assert h.remove("a") == 1 and h.count() == 1
    with pytest.raises(KeyError, match="Key does not exist"):
        h["zz"]
    assert idl.hash(np.array([1, 2], np.int16), ["x", "y"])[2] == "y"
    assert idl.hash(["k1", "k2"]) == {"k1": None, "k2": None}
    assert idl.hash(idl.create_struct("p", 1, "q", 2))["Q"] == 2
    assert idl.hash("Key", 1, fold_case=True) == {"KEY": 1}
    o = idl.orderedhash("z", 1, "a", 2)
    assert list(o) == ["z", "a"]
    d = idl.dictionary("alpha", 1, beta=2)
    assert isinstance(d, IDLDictionary) and d.alpha == 1 and d["BETA"] == 2
    d.gamma = 3
    assert "GAMMA" in d and "gamma" in d and d.pop("Gamma") == 3
    with pytest.raises(TypeError, match="DICTIONARY: DICTIONARY keys must be strings"):
        idl.dictionary(1, 2)
    with pytest.raises(ValueError, match="HASH: Incorrect number of arguments"):
        idl.hash("a", 1, "b")


# ---------------------------------------------------------------- .sav round trips
def _gdl(script: str, cwd) -> str:
    (cwd / "rt.pro").write_text(f"pro rt\n  {GDL_PIN}\n{script}\nend\n")
    done = run_gdl_program("rt", cwd)
    return done.stdout


@pytest.mark.gdl
def test_structures_round_trip_through_gdl(tmp_path):
    s = idl.create_struct("a", np.int32(5), "b", np.float32([1.5, 2.5]), "name", "obs1",
                          "n", idl.create_struct("x", 1.25))
    rows = idl.replicate(idl.create_struct("v", np.int16(3), "w", "t"), 3)
    idl.save(tmp_path / "in.sav", s=s, rows=rows)
    out = _gdl("""  restore, 'in.sav'
  print, strjoin(tag_names(s), ',')
  print, n_tags(s), n_elements(rows), s.a, s.n.x, s.name, format='(I0, 1x, I0, 1x, I0, 1x, F0.2, 1x, A)'
  s.a = s.a * 2 & rows[1].v = 7
  t = create_struct('extra', [1L, 2L], s)
  save, s, rows, t, filename='out.sav'""", tmp_path)
    lines = [line for line in out.splitlines() if line.strip()]
    assert "A,B,NAME,N" in lines and "4 3 5 1.25 obs1" in lines
    back = idl.restore(tmp_path / "out.sav")
    assert idl.tag_names(back["s"]).tolist() == ["A", "B", "NAME", "N"]
    assert back["s"].A[0] == 10 and back["rows"].V.tolist() == [3, 7, 3]
    t = back["t"]
    assert idl.tag_names(t).tolist() == ["EXTRA", "A", "B", "NAME", "N"]
    assert idl.n_tags(t) == 5 and idl.replicate(t, 2).shape == (2,)
    merged = idl.create_struct("extra", np.int32([1, 2]), back["s"])
    assert idl.struct_assign(t, merged).NAME[0] == "obs1"
