"""MATLAB class, is* predicates, logical, assert, validateattributes, narginchk/nargoutchk:
MATLAB's texts and identifiers, compat's representation rules, and a differential run of
random classes and shapes against live Octave."""

import functools

import numpy as np
import pytest

import compat
from compat import matlab
from compat._core.matlab_classes import class_of


def _raises(cls, call, *args):
    with pytest.raises(cls) as info:
        call(*args)
    return info.value


# ------------------------------------------------------------------- the one mapping
@pytest.mark.parametrize("value,name", [
    (1, "double"), (1.5, "double"), (2j, "double"), (None, "double"), ([], "double"),
    ([1, 2], "double"), ([[1, 2], [3, 4]], "double"), (True, "logical"),
    ([True, False], "logical"), (np.bool_(True), "logical"), (np.float32(1), "single"),
    (np.float16(1), "single"), (np.complex64(1), "single"), (np.int8(1), "int8"),
    (np.arange(3, dtype=np.uint64), "uint64"), ([np.int16(1), np.int16(2)], "int16"),
    ("abc", "char"), ("", "char"), (np.array(["ab", "cd"]), "char"),
    (np.array(["a", "bcd"], dtype=np.dtypes.StringDType()), "string"),
    (["a", 1], "cell"), (np.empty((0, 0), dtype=object), "cell"), ({"a": 1}, "struct"),
    ([{"a": 1}, {"a": 2}], "struct"), (np.zeros(2, dtype=[("a", "f8")]), "struct"),
    (compat.MatlabStruct(a=1), "struct"), (np.sin, "function_handle"),
    (lambda x: x, "function_handle"), (functools.partial(max, 1), "function_handle"),
])
def test_class_of_each_representation(value, name):
    assert class_of(value) == name
    assert matlab.class_(value) == name


def test_class_of_map_table_and_sparse():
    assert matlab.class_(matlab.containers_Map()) == "containers.Map"
    sparse = pytest.importorskip("scipy.sparse")
    assert matlab.class_(sparse.csr_matrix(np.eye(2))) == "double"
    assert matlab.class_(sparse.csr_matrix(np.eye(2, dtype=bool))) == "logical"
    pandas = pytest.importorskip("pandas")
    assert matlab.class_(pandas.DataFrame({"a": [1.0]})) == "table"


def test_isa_categories_and_case():
    assert matlab.isa(np.uint8(1), "numeric") and matlab.isa(np.uint8(1), "integer")
    assert not matlab.isa(np.uint8(1), "float")
    assert not matlab.isa(True, "numeric") and not matlab.isa("a", "numeric")
    assert matlab.isa(np.float32(1), "float") and matlab.isa(1, "double")
    assert not matlab.isa(1, "DOUBLE")                      # class names are case-sensitive
    np.testing.assert_array_equal(matlab.isa(1, ["double", "single"]), [[True, False]])
    error = _raises(TypeError, matlab.isa, 1, 5)
    assert str(error).startswith("isa: ")


def test_predicates_where_the_plain_python_test_is_wrong():
    assert matlab.isempty("") and not matlab.isempty(" ")
    assert matlab.isempty(np.zeros((0, 3))) and not matlab.isempty({})
    assert not matlab.isnumeric(np.array([True]))           # numpy: bool is not a number either
    assert matlab.isnumeric(np.int8(1)) and not matlab.isnumeric("1")
    assert not matlab.isreal(np.complex128(1)) and not matlab.isreal(np.array([1 + 0j]))
    assert matlab.isreal(1 + 0j) and not matlab.isreal(1 + 1j)  # MATLAB's literal 1+0i
    assert not matlab.isreal(["a"]) and not matlab.isreal({"a": 1})
    assert not matlab.iscell([1, 2]) and matlab.iscell(["a", "b"])
    assert not matlab.ischar(["a"]) and matlab.ischar(np.array(["ab", "cd"]))
    assert not matlab.isinteger(3.0) and matlab.isfloat(3)


@pytest.mark.parametrize("value,scalar,vector,row,column,matrix", [
    (5, True, True, True, True, True),
    (np.array(5.0), True, True, True, True, True),
    (np.arange(3.0), False, True, True, False, True),        # 1-D: a 1xN row
    (np.zeros(0), False, True, True, False, True),           # 1x0
    (np.zeros((0, 1)), False, True, False, True, True),
    (None, False, False, False, False, True),                # [] is 0x0
    ("", False, False, False, False, True),
    ("a", True, True, True, True, True),
    ("abc", False, True, True, False, True),
    (np.ones((2, 3)), False, False, False, False, True),
    (np.ones((2, 3, 1)), False, False, False, False, True),  # trailing singleton
    (np.zeros((1, 1, 3)), False, False, False, False, False),
    ({"a": 1}, True, True, True, True, True),
    (np.sin, True, True, True, True, True),
])
def test_shape_predicates(value, scalar, vector, row, column, matrix):
    assert (matlab.isscalar(value), matlab.isvector(value), matlab.isrow(value),
            matlab.iscolumn(value), matlab.ismatrix(value)) == \
        (scalar, vector, row, column, matrix)


# ------------------------------------------------------------------------ logical
def test_logical_values_and_classes():
    np.testing.assert_array_equal(matlab.logical([2, 0, -1, 0.5]), [True, False, True, True])
    out = matlab.logical(np.array([[0, 3], [-4, 0]], np.int8))
    assert out.dtype == bool and out.shape == (2, 2)
    assert matlab.logical(0) is np.False_ and matlab.logical(True) is np.True_
    np.testing.assert_array_equal(matlab.logical([np.inf, -np.inf]), [True, True])
    assert matlab.logical(3 + 0j)                              # MATLAB's literal 3+0i is real


def test_logical_refuses_with_matlab_messages():
    e = _raises(compat.MatlabValueError, matlab.logical, [1, np.nan])
    assert str(e) == "logical: NaN's cannot be converted to logicals."
    assert e.identifier == "MATLAB:nologicalnan"
    e = _raises(ValueError, matlab.logical, np.array([1j, 0]))
    assert e.message == "Complex values cannot be converted to logicals."
    assert e.identifier == "MATLAB:nologicalcomplex"
    e = _raises(TypeError, matlab.logical, "a")
    assert e.message == "Conversion to logical from char is not possible."
    e = _raises(TypeError, matlab.logical, ["a", 1])
    assert e.message == "Conversion to logical from cell is not possible."


# ------------------------------------------------------------------------- assert
def test_assert_passes_and_default_message():
    assert matlab.assert_(True) is None
    matlab.assert_(np.array([[3]]))
    matlab.assert_(np.uint8(1))
    e = _raises(AssertionError, matlab.assert_, False)
    assert isinstance(e, ValueError) and isinstance(e, compat.MatlabError)
    assert str(e) == "assert: Assertion failed." and e.message == "Assertion failed."
    assert e.identifier == "MATLAB:assertion:failed"


def test_assert_messages_and_identifiers():
    e = _raises(AssertionError, matlab.assert_, False, "a\\tb %d")   # no args: as typed
    assert e.message == "a\\tb %d" and e.identifier == ""
    e = _raises(AssertionError, matlab.assert_, False, "x=%d\\n", 5)  # args: sprintf rules
    assert e.message == "x=5\n"
    e = _raises(AssertionError, matlab.assert_, False, "my:id", "n = %d", 3)
    assert (e.identifier, e.message) == ("my:id", "n = 3")
    e = _raises(AssertionError, matlab.assert_, False, "my:id", "plain")
    assert (e.identifier, e.message) == ("my:id", "plain")
    e = _raises(AssertionError, matlab.assert_, False, "Value: %s", "x")  # not an identifier
    assert (e.identifier, e.message) == ("", "Value: x")
    c = np.float32(13 * 42)
    e = _raises(AssertionError, matlab.assert_, matlab.isa(c, "double"),
                "Product is type %s, not double.", matlab.class_(c))
    assert e.message == "Product is type single, not double."   # MATLAB's reference page


def test_assert_conditions():
    for falsy in (0, np.int8(0), np.array([[0.0]]), False):
        _raises(AssertionError, matlab.assert_, falsy)
    for not_scalar in ([1, 1], [1, 0, 1], np.zeros((0, 0)), None, np.ones((1, 1, 2))):
        e = _raises(TypeError, matlab.assert_, not_scalar)
        assert str(e) == ("assert: The condition input argument must be convertible to a "
                          "scalar logical.")
        assert e.identifier == "MATLAB:assertion:LogicalScalar"
    e = _raises(ValueError, matlab.assert_, np.nan)
    assert e.identifier == "MATLAB:nologicalnan" and not isinstance(e, AssertionError)
    e = _raises(TypeError, matlab.assert_, "true")
    assert e.identifier == "MATLAB:assertion:LogicalScalar"


# ------------------------------------------------------------- validateattributes
def _va_error(*args):
    with pytest.raises((ValueError, TypeError)) as info:
        matlab.validateattributes(*args)
    return info.value


@pytest.mark.parametrize("value,attributes,message,identifier", [
    (np.zeros((3, 5, 2)), ["size", [4, 6, 2]],
     "Expected input to be of size 4x6x2 when it is actually size 3x5x2.", "incorrectSize"),
    (np.array([[1, 5, 8, 2], [9, 6, 8, 4.0]]), ["increasing"],
     "Expected input to be strictly increasing.", "expectedIncreasing"),
    (-1.0, ["positive"], "Expected input to be positive.", "expectedPositive"),
    (np.array([1.0, 2.0]), ["scalar"], "Expected input to be a scalar.", "expectedScalar"),
    (np.array([1.0, 2.0]), ["column"], "Expected input to be a column vector.",
     "expectedColumn"),
    (1.5, ["integer"], "Expected input to be integer-valued.", "expectedInteger"),
    (np.ones((2, 3)), ["size", [np.nan, 2]],
     "Expected input to be of size Nx2 when it is actually size 2x3.", "incorrectSize"),
    (np.ones((2, 3)), ["numel", 5],
     "Expected input to be an array with number of elements equal to 5.", "incorrectNumel"),
    (np.ones((2, 3)), [">", 1], "Expected input to be an array with all of the values > 1.",
     "notGreater"),
    (5.0, ["<", 4], "Expected input to be a scalar with value < 4.", "notLess"),
    (np.ones((2, 3)), ["ncols", 2],
     "Expected input to be an array with number of columns equal to 2.", "incorrectNumcols"),
    (np.ones((2, 3)), ["nrows", 3],
     "Expected input to be an array with number of rows equal to 3.", "incorrectNumrows"),
    (np.array([1.0, np.nan]), ["nonnan"], "Expected input to be non-NaN.", "expectedNonNaN"),
    (np.zeros((0, 3)), ["nonempty"], "Expected input to be nonempty.", "expectedNonempty"),
])
def test_validateattributes_messages(value, attributes, message, identifier):
    e = _va_error(value, ["numeric"], attributes)
    assert str(e) == f"validateattributes: {message}"
    assert e.identifier == f"MATLAB:{identifier}"


def test_validateattributes_class_message_and_context():
    e = _va_error("a", ["double", "single"], [])
    assert isinstance(e, TypeError) and e.identifier == "MATLAB:invalidType"
    assert e.message == ("Expected input to be one of these types:\n\ndouble, single\n\n"
                         "Instead its type was char.")
    e = _va_error(-1.0, ["numeric"], ["positive"], "myfun", "x", 2)
    assert str(e) == "myfun: Expected input number 2, x, to be positive."
    assert e.identifier == "MATLAB:myfun:expectedPositive"
    assert _va_error(-1.0, ["numeric"], ["positive"], 3).message == \
        "Expected input number 3 to be positive."
    assert _va_error(-1.0, ["numeric"], ["positive"], "f", "rate").message == \
        "Expected rate to be positive."
    e = _va_error(1.0, ["numeric"], ["foo"])
    assert str(e).startswith("validateattributes: Unknown attribute 'foo'")


def test_validateattributes_documentation_examples():
    # MATLAB's reference page (mathworks.cn mirror, 2023): Rankings, nonnegative, findVolume
    e = _va_error(np.int8([[16, 2, 3, 13], [5, 11, 10, 8], [9, 7, 6, 12], [4, 14, 15, 1]]),
                  ["uint8", "int8"], [">", 0, "<", 10], "Rankings")
    assert str(e) == "Rankings: Expected input to be an array with all of the values < 10."
    assert e.identifier == "MATLAB:Rankings:notLess"
    assert _va_error(complex(1, 1), ["numeric"], ["nonnegative"], 2).message == \
        "Expected input number 2 to be nonnegative."
    e = _va_error(1.0, ["char"], ["nonempty"], "findVolume", "Shape", 1)
    assert str(e) == ("findVolume: Expected input number 1, Shape, to be one of these "
                      "types:\n\nchar\n\nInstead its type was double.")
    assert e.identifier == "MATLAB:findVolume:invalidType"
    assert _va_error("x", ["numeric"], ["nonempty"]).message.startswith(
        "Expected input to be one of these types:\n\ndouble, single, uint8, uint16, uint32, "
        "uint64, int8, int16, int32, int64\n\n")


def test_validateattributes_passes_and_order():
    A = np.array([[1, 5, 8, 2], [9, 6, 9, 4]])
    matlab.validateattributes(A, ["numeric"], ["nondecreasing", "increasing", "2d"])
    matlab.validateattributes(np.array([1.0, np.nan]), ["float"], ["positive", "nonzero"])
    matlab.validateattributes(["a", 1], [], ["row", "nonempty"])
    # the class first, then the attributes in the order given
    assert _va_error("ab", ["double"], ["scalar"]).identifier == "MATLAB:invalidType"
    assert _va_error(np.array([-1.0, 2.0]), ["numeric"], ["scalar", "positive"]) \
        .identifier == "MATLAB:expectedScalar"


def test_validateattributes_scalartext():
    """'scalartext' (used by MATLAB's own toolboxes: validateattributes(name, {'char',
    'string'}, {'scalartext'})): a char row vector, '' (0x0) or a 1x1 string pass; a
    char matrix or column, a string array, a number or a cell fail."""
    for ok in ("abc", "", np.array(["x"], dtype=np.dtypes.StringDType())):
        matlab.validateattributes(ok, ["char", "string"], ["scalartext"])
    for bad in (np.array(["ab", "cd"]), np.array(["x", "y"], dtype=np.dtypes.StringDType()),
                np.zeros((1, 0), dtype="U1").reshape(0, 1)):
        e = _va_error(bad, [], ["scalartext"])
        assert e.identifier == "MATLAB:expectedScalartext"
    e = _va_error(5.0, [], ["scalartext"], "f", "name")
    assert e.identifier == "MATLAB:f:expectedScalartext"
    assert "Expected name to be a character vector or string scalar." in str(e)
    assert _va_error(5.0, ["char", "string"], ["scalartext"]).identifier == \
        "MATLAB:invalidType"


# ------------------------------------------------------------ narginchk/nargoutchk
def test_narginchk_and_nargoutchk():
    matlab.narginchk(1, np.inf, 7)
    e = _raises(TypeError, matlab.narginchk, 2, 3, 1)
    assert str(e) == "narginchk: Not enough input arguments."
    assert e.identifier == "MATLAB:narginchk:notEnoughInputs"
    e = _raises(TypeError, matlab.narginchk, 2, 3, 4)
    assert (e.message, e.identifier) == ("Too many input arguments.",
                                         "MATLAB:narginchk:tooManyInputs")
    e = _raises(TypeError, matlab.nargoutchk, 1, 2, 0)
    assert (e.message, e.identifier) == ("Not enough output arguments.",
                                         "MATLAB:nargoutchk:notEnoughOutputs")
    _raises(ValueError, matlab.narginchk, 3, 2, 2)
    _raises(ValueError, matlab.narginchk, 1.5, 2, 2)


# ----------------------------------------------------- differential run against Octave
_VALUES = [
    ("1", 1.0), ("single(2)", np.float32(2)), ("int8([1 2])", np.array([[1, 2]], np.int8)),
    ("uint64(7)", np.uint64(7)), ("true", True), ("[true; false]", np.array([[True], [False]])),
    ("'abc'", "abc"), ("''", ""), ("zeros(0, 3)", np.zeros((0, 3))), ("[]", None),
    ("zeros(1, 0)", np.zeros(0)), ("ones(3, 1)", np.ones((3, 1))),
    ("zeros(2, 2, 2)", np.zeros((2, 2, 2))), ("{1, 'a'}", [1.0, "a"]),
    ("struct('a', 1)", {"a": 1.0}), ("@sin", np.sin), ("complex(1, 0)", np.complex128(1)),
    ("int16(ones(2, 3, 1))", np.ones((2, 3, 1), np.int16)),
]
_PREDICATES = ["isnumeric", "isfloat", "isinteger", "islogical", "ischar", "iscell",
               "isreal", "isempty", "isscalar", "isvector", "isrow", "iscolumn", "ismatrix"]


@pytest.mark.octave
def test_predicates_and_class_agree_with_octave():
    from tests.oracles import run_octave

    picks = np.random.default_rng(16).permutation(len(_VALUES))
    statements = (
        f"v = {{{', '.join(_VALUES[k][0] for k in picks)}}}; "
        f"p = {{{', '.join('@' + p for p in _PREDICATES)}}}; "
        "t = false(numel(v), numel(p)); c = cell(1, numel(v)); "
        "for i = 1:numel(v), for j = 1:numel(p), t(i, j) = feval(p{j}, v{i}); end, "
        "c{i} = class(v{i}); end, cls = strjoin(c, ',');")
    (result,) = run_octave([(statements, {}, ["t", "cls"])])
    assert not isinstance(result, Exception), result
    classes = str(result["cls"]).split(",")
    for n, k in enumerate(picks):
        value = _VALUES[k][1]
        ours = [bool(getattr(matlab, p)(value)) for p in _PREDICATES]
        assert ours == [bool(b) for b in result["t"][n]], (_VALUES[k][0], _PREDICATES)
        assert matlab.class_(value) == classes[n], _VALUES[k][0]
