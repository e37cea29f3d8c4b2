"""IDL TYPENAME: the type table, IDL's literal typing of Python values, structures,
objects, booleans, and a live comparison with GDL 1.0.1 on random types and shapes.
Goldens: reference_outputs/idl/typename."""

import numpy as np
import pytest

from compat import idl
from gdl_text_oracle import GDL, run_text_cases

# IDL's type names by numpy dtype (IDL Reference Guide, SIZE's type codes 1-15)
_NAMES = {np.uint8: "BYTE", np.int16: "INT", np.int32: "LONG", np.float32: "FLOAT",
          np.float64: "DOUBLE", np.complex64: "COMPLEX", np.complex128: "DCOMPLEX",
          np.uint16: "UINT", np.uint32: "ULONG", np.int64: "LONG64", np.uint64: "ULONG64"}


@pytest.mark.parametrize("dtype, name", list(_NAMES.items()))
def test_every_numeric_type_scalar_and_array(dtype, name):
    assert idl.typename(np.zeros((2, 3), dtype)) == name
    assert idl.typename(dtype(1)) == name
    assert idl.typename(np.zeros(4, np.dtype(dtype).newbyteorder(">"))) == name


def test_python_literals_follow_idl_literal_rule():
    assert [idl.typename(v) for v in (5, -32768, 32768, 2 ** 31, 2 ** 63, 2.5, 1j)] == \
        ["INT", "INT", "LONG", "LONG64", "ULONG64", "DOUBLE", "DCOMPLEX"]
    assert idl.typename([1, 2]) == "INT" and idl.typename([1, 2.5]) == "DOUBLE"
    assert idl.typename(np.int8(3)) == "INT" and idl.typename(np.float16(1)) == "FLOAT"


def test_text_in_every_form_is_string():
    for v in ("abc", b"abc", np.array(["a", "bc"]), np.array([b"a", b"b"], dtype=object),
              np.str_("x"), ""):
        assert idl.typename(v) == "STRING"


def test_undefined_structures_objects_booleans():
    assert idl.typename(None) == "UNDEFINED"
    assert idl.typename({"a": 1}) == "ANONYMOUS"
    s = idl.create_struct("a", 1, name="tn_point")
    assert idl.typename(s) == "TN_POINT"
    assert idl.typename(idl.replicate(s, 4)) == "TN_POINT"        # an array of them too
    assert idl.typename(idl.replicate({"a": 1}, 2)) == "ANONYMOUS"
    assert [idl.typename(c) for c in (idl.list(), idl.hash(), idl.orderedhash(),
                                      idl.dictionary())] == \
        ["LIST", "HASH", "ORDEREDHASH", "DICTIONARY"]
    assert idl.typename(True) == "BOOLEAN" and idl.typename(np.ones(3, bool)) == "BOOLEAN"
    assert idl.typename(np.uint8(1)) == "BYTE"                      # plain bytes stay BYTE


def test_typename_agrees_with_isa():
    for v in (np.float32(1), 7, "s", {"a": 1}, idl.list(1), idl.hash("k", 2), None,
              np.zeros(3, np.uint64), idl.create_struct("x", 1.5, name="tn_isa")):
        assert idl.isa(v, idl.typename(v)) == 1


def test_input_not_modified_and_read_only_accepted():
    a = np.arange(6, dtype=">i4").reshape(2, 3)
    a.setflags(write=False)
    before = a.copy()
    assert idl.typename(a[:, ::2]) == "LONG"
    assert a.dtype.str == ">i4" and (a == before).all()


def test_masked_and_unknown_dtypes_refused():
    with pytest.raises(TypeError, match="^TYPENAME: masked arrays"):
        idl.typename(np.ma.masked_array([1.0, 2.0], [True, False]))
    with pytest.raises(TypeError, match="^TYPENAME: "):
        idl.typename(np.array([1.0], dtype=np.longdouble))
    with pytest.raises(TypeError):
        idl.typename()                         # IDL: Variable is required


# ------------------------------------------------------------------------ live GDL
@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_types_and_shapes_against_gdl():
    rng = np.random.default_rng(129)
    dtypes = list(_NAMES)
    cases, ours = [], {}
    for k in range(40):
        dtype = dtypes[int(rng.integers(len(dtypes)))]
        rank = int(rng.integers(0, 4))
        shape = tuple(int(n) for n in rng.integers(1, 4, rank))
        value = (rng.uniform(-100, 100, shape) if shape else rng.uniform(0, 100))
        value = np.asarray(value).astype(dtype) if np.dtype(dtype).kind not in "iu" \
            else np.asarray(np.abs(value)).astype(dtype)
        if rng.integers(2):
            value = value.astype(np.dtype(dtype).newbyteorder(">"))
        name = f"t{k}"
        cases.append((name, "s = typename(v)", {"v": value.astype(np.dtype(dtype))}))
        ours[name] = idl.typename(value)
    got = run_text_cases(cases)
    for name, expected in ours.items():
        assert got[name] == [expected], (name, got[name], expected)
