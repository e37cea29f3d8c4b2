"""IDL ISA: the value model (Python literals, bool data, containers, ASSOC variables)
and the keyword errors; the GDL captures are in reference_outputs/idl/isa."""

import numpy as np
import pytest

from compat import idl


def test_python_literals_are_typed_as_idl_literals():
    assert idl.isa(5, "int") == 1 and idl.isa(70000, "long") == 1
    assert idl.isa(2.5, "double") == 1 and idl.isa(np.float32(2.5), "float") == 1
    assert idl.isa([1, 2], "int", array=True) == 1
    assert idl.isa("abc", "idl_variable", scalar=True, string=True) == 1


def test_booleans_are_bool_data_not_plain_bytes():
    assert idl.isa(True, boolean=True) == 1
    assert idl.isa(np.array([True, False]), boolean=True, array=True) == 1
    assert idl.isa(np.uint8(1), boolean=True) == 0
    assert idl.isa(np.uint8(1), integer=True) == 1      # Byte is an IDL_Integer


def test_containers_classes_and_counts():
    d = idl.dictionary("a", 1)
    assert idl.isa(d, "DICTIONARY") == 1 and idl.isa(d, "hash") == 1
    assert idl.isa(d, "list") == 0 and idl.isa(d, array=True) == 1
    assert idl.isa(idl.orderedhash(), "hash", scalar=True) == 1


def test_structures_named_and_arrays():
    s = idl.create_struct("x", 1.5, name="ISA_T")
    assert idl.isa(s, "isa_t") == 1 and idl.isa(s, "anonymous") == 0
    assert idl.isa(idl.replicate(s, 3), "ISA_T", array=True) == 1
    assert idl.isa(s, scalar=True) == 0


def test_file_keyword_is_true_only_for_assoc(tmp_path):
    path = tmp_path / "a.dat"
    path.write_bytes(np.arange(8, dtype=np.float32).tobytes())
    lun = idl.openr(str(path), get_lun=True)
    try:
        a = idl.assoc(lun, np.zeros(4, dtype=np.float32))
        assert idl.isa(a, file=True) == 1 and idl.isa(a, "float", array=True) == 1
        assert idl.isa(np.zeros(4), file=True) == 0
    finally:
        idl.free_lun(lun)


@pytest.mark.parametrize("kwargs, text", [
    (dict(array=True, scalar=True), "ISA: Keywords ARRAY and SCALAR are mutually exclusive."),
    (dict(null=True, number=True), "ISA: Keywords NULL and NUMBER are mutually exclusive."),
    (dict(integer=True, string=True), "ISA: Keywords INTEGER and STRING are mutually exclusive."),
])
def test_exclusive_keywords(kwargs, text):
    with pytest.raises(ValueError) as err:
        idl.isa(1.5, **kwargs)
    assert str(err.value) == text


def test_typename_must_be_one_string():
    with pytest.raises(TypeError, match="^ISA: String expression required"):
        idl.isa(1.5, 5)
    with pytest.raises(TypeError, match="^ISA: Expression must be a scalar"):
        idl.isa(1.5, np.array(["float", "double"]))
    assert idl.isa(1.5, np.array(["double"])) == 1
    assert idl.isa(1.5, b"DOUBLE") == 1


def test_none_is_null_and_undefined():
    assert idl.isa(None) == 0 and idl.isa(None, "undefined") == 1
    assert idl.isa(None, null=True) == 1 and idl.isa(None, number=True) == 0
    assert idl.isa(0.0, null=True) == 0
