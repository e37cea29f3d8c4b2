"""MATLAB size, numel, length, ndims and Octave's rows, columns, issquare: MathWorks'
printed examples, compat's representation rules (1-D rows, text, cells, structs, string
arrays, containers.Map), MATLAB's error texts, and random shapes against live Octave."""

import pickle

import numpy as np
import pytest

from compat import matlab
from compat.matlab.dimensions import SizeResult


def _row(*values):
    return np.array([values], dtype=np.float64)


def _same(got, expected):
    assert isinstance(got, np.ndarray) and got.dtype == np.float64
    np.testing.assert_array_equal(got, expected)
    assert got.shape == np.shape(expected)


# ------------------------------------------------------------- MathWorks' printed values
def test_size_reference_page_examples():
    # MathWorks size page: A = rand(2,3,4,5); sz = size(A) -> 2 3 4 5;
    # size(A,2) -> 3; size(A,ndims(A)) -> 5; size(A,[1 3]) -> 2 4
    A = np.zeros((2, 3, 4, 5))
    _same(matlab.size(A), _row(2, 3, 4, 5))
    assert matlab.size(A, 2) == 3 and type(matlab.size(A, 2)) is np.float64
    assert matlab.size(A, matlab.ndims(A)) == 5
    _same(matlab.size(A, [1, 3]), _row(2, 4))
    _same(matlab.size(A, np.arange(2, 5)), _row(3, 4, 5))
    _same(matlab.size(A, 2, 3), _row(3, 4))


def test_size_help_text_examples():
    # SIZE help: X = rand(2,3,4); [m1,m2,m3,m4] = size(X) -> 2 3 4 1; [m,n] = size(X)
    # -> 2 12; size(X,2) -> 3
    X = np.zeros((2, 3, 4))
    assert matlab.size(X, nargout=4) == (2, 3, 4, 1)
    m, n = matlab.size(X, nargout=2)
    assert (m, n) == (2, 12) and type(n) is np.float64
    result = matlab.size(X, nargout=3)
    assert isinstance(result, SizeResult) and result.sz3 == 4
    assert pickle.loads(pickle.dumps(result)) == (2, 3, 4)


def test_containers_map_page_examples():
    # MathWorks containers.Map size/length pages: four months -> size(M) [4 1],
    # size(M, 1) 4, length(M) 4
    M = matlab.containers_Map(["Jan", "Feb", "Mar", "Apr"], [327.2, 368.2, 197.6, 178.4])
    _same(matlab.size(M), _row(4, 1))
    assert matlab.size(M, 1) == 4 and matlab.size(M, 2) == 1
    assert matlab.length(M) == 4 and matlab.numel(M) == 1
    assert matlab.iscolumn(M) and not matlab.isrow(M)
    assert matlab.isempty(matlab.containers_Map())


def test_string_arrays_count_strings():
    # MathWorks strings page: strings(2,3) is a 2-by-3 string array
    S = np.array([["", "", ""], ["", "", ""]], dtype=np.dtypes.StringDType())
    _same(matlab.size(S), _row(2, 3))
    words = np.array(["Mercury", "Gemini", "Apollo"], dtype=np.dtypes.StringDType())
    _same(matlab.size(words), _row(1, 3))
    assert matlab.numel(words) == 3 and matlab.length(words) == 3
    scalar = np.array("Apollo", dtype=np.dtypes.StringDType())
    _same(matlab.size(scalar), _row(1, 1))


# ---------------------------------------------------------- compat's representation
@pytest.mark.parametrize("value,size", [
    (np.arange(4.0), (1, 4)), (np.zeros(0), (1, 0)), (7, (1, 1)), (np.float32(2), (1, 1)),
    (np.array(3.0), (1, 1)), (None, (0, 0)), ([], (0, 0)), ("", (0, 0)), ("abc", (1, 3)),
    (np.array(["abc", "def"]), (2, 3)), ([1.0, 2.0, 3.0], (1, 3)),
    ([[1, 2, 3], [4, 5, 6]], (2, 3)), (["a", "bc"], (1, 2)), ({"a": 1, "b": 2}, (1, 1)),
    ([{"a": 1}, {"a": 2}], (1, 2)), (np.zeros((3, 1, 1)), (3, 1)),
    (np.zeros((1, 1, 3)), (1, 1, 3)), (np.sin, (1, 1)),
])
def test_size_of_each_form(value, size):
    _same(matlab.size(value), _row(*size))
    assert matlab.ndims(value) == len(size)
    assert matlab.numel(value) == np.prod(size)
    assert matlab.length(value) == (0 if 0 in size else max(size))
    assert matlab.rows(value) == size[0] and matlab.columns(value) == size[1]
    assert matlab.issquare(value) == (len(size) == 2 and size[0] == size[1])
    # the one reading of a size: the predicates agree
    assert bool(matlab.isrow(value)) == (len(size) == 2 and size[0] == 1)
    assert bool(matlab.isempty(value)) == (0 in size)


def test_where_numpy_gives_other_numbers():
    v = np.arange(5.0)
    assert matlab.size(v, 1) == 1 and np.shape(v)[0] == 5
    assert matlab.numel("hello") == 5 and np.size("hello") == 1
    assert matlab.length({"a": 1, "b": 2}) == 1 and len({"a": 1, "b": 2}) == 2
    assert matlab.ndims(5) == 2 and np.ndim(5) == 0
    assert matlab.length(np.zeros((2, 5))) == 5 and len(np.zeros((2, 5))) == 2
    assert matlab.length(np.zeros((3, 0))) == 0
    assert matlab.size(np.zeros((2, 3)), 7) == 1


def test_collapsed_and_padded_outputs():
    A = np.zeros((2, 3, 4, 5))
    assert matlab.size(A, nargout=2) == (2, 60)
    assert matlab.size(A, nargout=3) == (2, 3, 20)
    assert matlab.size(A, nargout=6) == (2, 3, 4, 5, 1, 1)
    assert matlab.size(np.arange(3.0), nargout=2) == (1, 3)
    assert matlab.size(A, [4, 1], nargout=2) == (5, 2)
    assert matlab.size(A, 4, 9, nargout=2) == (5, 1)
    assert matlab.size(A, nargout=1) is not None and matlab.size(A, nargout=1).shape == (1, 4)


def test_dimension_vectors():
    A = np.zeros((2, 3))
    _same(matlab.size(A, []), np.zeros((1, 0)))
    _same(matlab.size(A, None), np.zeros((1, 0)))                 # None is compat's []
    _same(matlab.size(A, np.zeros((0, 1))), np.zeros((1, 0)))
    _same(matlab.size(A, np.array([[1], [2]])), _row(2, 3))     # a column of dims
    _same(matlab.size(A, np.array([2, 1], dtype=np.uint8)), _row(3, 2))
    assert matlab.size(A, True) == 2                              # logical 1 is dim 1
    assert matlab.size(A, np.float32(2)) == 3


def test_numel_with_subscripts():
    A = np.zeros((3, 4, 2))
    assert matlab.numel(A, ":", ":", ":") == 24
    assert matlab.numel(A, ":", ":") == 24                        # last ':' spans 4*2
    assert matlab.numel(A, [1, 2], ":") == 16
    assert matlab.numel(A, np.array([True, False, True]), 1, 2) == 2
    assert matlab.numel(A, 5) == 1                                 # counted, not checked
    assert matlab.numel(A, ":", ":", ":", ":", ":") == 24


# --------------------------------------------------------------------- bad arguments
@pytest.mark.parametrize("dims", [(0,), (-1,), (1.5,), (np.nan,), (np.inf,), ("a",),
                                  (np.ones((2, 2)),), ([1, 0],), (1j,), ({"a": 1},)])
def test_bad_dimension(dims):
    with pytest.raises(ValueError) as info:
        matlab.size(np.zeros((2, 3)), *dims)
    assert str(info.value) == ("size: Dimension argument must be a positive integer "
                               "scalar or a vector of positive integers.")


@pytest.mark.parametrize("dims", [(1, [1, 2]), ([1, 2], 1), (1, "a"), (1, [])])
def test_bad_dimension_list(dims):
    with pytest.raises(ValueError) as info:
        matlab.size(np.zeros((2, 3)), *dims)
    assert str(info.value) == ("size: Dimension argument must be a positive integer "
                               "scalar within indexing range.")


def test_output_count_must_match_queried_dimensions():
    with pytest.raises(ValueError) as info:
        matlab.size(np.zeros((2, 3)), [1, 2], nargout=3)
    assert str(info.value) == ("size: Incorrect number of output arguments. Number of "
                               "output arguments must equal the number of input "
                               "dimension arguments.")
    with pytest.raises(ValueError):
        matlab.size(np.zeros((2, 3)), 1, nargout=2)


def test_bad_subscripts_and_counts():
    with pytest.raises(TypeError, match=r"^numel: "):
        matlab.numel(np.zeros(3), "a")
    with pytest.raises(TypeError, match=r"^numel: "):
        matlab.numel(np.zeros(3), {"a": 1})
    with pytest.raises(ValueError):
        matlab.size(np.zeros(3), nargout=0)
    with pytest.raises(TypeError):
        matlab.length(np.zeros(3), 1)


# ------------------------------------------------------------------- input layouts
def test_layouts_and_inputs_untouched():
    base = np.arange(24.0).reshape(2, 3, 4)
    big = base.astype(">f8")
    view = np.asfortranarray(base)[:, ::2, :]
    readonly = base.copy()
    readonly.flags.writeable = False
    _same(matlab.size(big), _row(2, 3, 4))
    _same(matlab.size(view), _row(2, 2, 4))
    _same(matlab.size(readonly, [3, 1]), _row(4, 2))
    dims = np.array([3, 1])
    dims.flags.writeable = False
    _same(matlab.size(base, dims), _row(4, 2))
    np.testing.assert_array_equal(base, np.arange(24.0).reshape(2, 3, 4))
    with pytest.raises(TypeError, match="masked"):
        matlab.size(np.ma.masked_array([1.0, 2.0], mask=[0, 1]))


# ------------------------------------------------------------------------ live Octave
@pytest.mark.octave
def test_random_shapes_agree_with_octave():
    from tests.oracles import run_octave

    rng = np.random.default_rng(180)
    cases, shapes = [], []
    for _ in range(60):
        ndim = int(rng.integers(1, 6))
        shape = tuple(int(n) for n in rng.choice([0, 1, 1, 2, 3, 5], size=ndim))
        if ndim == 1:
            shape = shape + (1,)
        nout = int(rng.integers(1, 6))
        dim = int(rng.integers(1, 7))
        dims = [int(d) for d in rng.integers(1, 7, size=int(rng.integers(0, 4)))]
        shapes.append((shape, nout, dim, dims))
        outs = ", ".join(f"o{k}" for k in range(nout))
        dimvec = "zeros(1, 0)" if not dims else "[" + " ".join(map(str, dims)) + "]"
        cases.append((f"A = zeros({list(shape)}); s = size(A); [{outs}] = size(A); "
                      f"o = [{outs}]; d = size(A, {dim}); v = size(A, {dimvec}); "
                      f"n = numel(A); L = length(A); nd = ndims(A); r = rows(A); "
                      f"c = columns(A); q = issquare(A);", {},
                      ["s", "o", "d", "v", "n", "L", "nd", "r", "c", "q"]))
    results = run_octave(cases)
    for (shape, nout, dim, dims), result in zip(shapes, results):
        assert not isinstance(result, Exception), (shape, result)
        A = np.zeros(shape)
        np.testing.assert_array_equal(matlab.size(A), np.atleast_2d(result["s"]))
        ours = matlab.size(A, nargout=nout) if nout > 1 else (matlab.size(A, nargout=1),)
        want = np.atleast_1d(np.squeeze(result["o"]))
        if nout == 1:
            np.testing.assert_array_equal(ours[0], np.atleast_2d(result["o"]))
        else:
            np.testing.assert_array_equal(np.array(ours), want)
        assert matlab.size(A, dim) == result["d"]
        np.testing.assert_array_equal(matlab.size(A, dims).ravel(),
                                      np.ravel(result["v"]))
        assert matlab.numel(A) == result["n"] and matlab.length(A) == result["L"]
        assert matlab.ndims(A) == result["nd"]
        assert matlab.rows(A) == result["r"] and matlab.columns(A) == result["c"]
        assert bool(matlab.issquare(A)) == bool(result["q"])
