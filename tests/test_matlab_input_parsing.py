"""MATLAB's inputParser (compat.matlab.input_parsing): the rules Octave does not share
(partial names, sorted Results, MATLAB's messages), against MATLAB's reference pages.
Octave 7.3 captures of the common rules: reference_outputs/matlab/input_parsing."""

import numpy as np
import pytest

from compat import MatlabError, matlab


def scheme(**properties):
    p = matlab.inputparser()
    for name, value in properties.items():
        setattr(p, name, value)
    return p


def anonymous(text, function):
    """A validation function that prints as MATLAB's anonymous function ``text``."""
    function.__matlab_text__ = text
    return function


def test_reference_page_messages():
    # inputParser/parse page: parse(p,-1) with @(x) (x > 0) && isnumeric(x) && isscalar(x)
    p = scheme()
    p.addRequired("num", anonymous("@(x)(x>0)&&isnumeric(x)&&isscalar(x)",
                                   lambda x: x > 0 and matlab.isnumeric(x)))
    with pytest.raises(MatlabError) as caught:
        p.parse(-1.0)
    assert caught.value.message == ("The value of 'num' is invalid. It must satisfy the "
                                    "function: @(x)(x>0)&&isnumeric(x)&&isscalar(x).")
    assert caught.value.identifier == "MATLAB:InputParser:ArgumentFailedValidation"
    # addParamValue page: the validator's own error, and the name as the caller wrote it
    p = scheme()
    p.addParamValue("myParam", 1.0, lambda x: matlab.assert_(
        matlab.isnumeric(x) and matlab.isscalar(x) and x > 0,
        "Value must be positive, scalar, and numeric."))
    with pytest.raises(MatlabError, match=r"^parse: The value of 'myparam' is invalid\. "
                                          r"Value must be positive, scalar, and numeric\.$"):
        p.parse("myparam", -1.0)
    # addOptional page: validateattributes' message follows "is invalid."
    p = scheme()
    p.addOptional("evenPosNum", 1.0,
                  lambda x: matlab.validateattributes(x, ["numeric"], ["even", "positive"]))
    with pytest.raises(MatlabError, match=r"The value of 'evenPosNum' is invalid\. "
                                          r"Expected input to be even\.$"):
        p.parse(13.0)
    p.parse(42.0)
    assert p.Results.evenPosNum == 42.0


def test_named_validators_print_as_func2str_does():
    p = scheme(FunctionName="findArea")
    p.addParameter("units", "inches", matlab.ischar)
    with pytest.raises(MatlabError, match=r"^findArea: The value of 'units' is invalid\. "
                                          r"It must satisfy the function: ischar\.$"):
        p.parse("units", 5.0)


def test_partial_names_priority_and_ambiguity():
    p = scheme()
    p.addParameter("Tolerance", 1e-6)
    p.addParameter("TolFun", 1e-4, PartialMatchPriority=2)
    p.addParameter("Display", "off")
    p.parse("tol", 0.5, "disp", "iter")                  # Tolerance has the lower priority
    assert (p.Results.Tolerance, p.Results.TolFun, p.Results.Display) == (0.5, 1e-4, "iter")
    assert p.UsingDefaults.tolist() == [["TolFun"]]
    p = scheme()
    p.addParameter("Alpha", 1)
    p.addParameter("Alpine", 2)
    with pytest.raises(MatlabError, match="'al' matches multiple parameter names") as caught:
        p.parse("al", 3)
    assert caught.value.identifier == "MATLAB:InputParser:AmbiguousParameter"
    p.parse("alpine", 3)                                  # an exact name is never ambiguous
    assert p.Results.Alpine == 3
    p.PartialMatching = False
    with pytest.raises(MatlabError, match="'alp' is not a recognized parameter. For a list"):
        p.parse("alp", 3)


def test_case_sensitivity_keep_unmatched_and_struct_expand():
    p = scheme(CaseSensitive=True, KeepUnmatched=True)
    p.addParameter("Mode", "a")
    p.parse("mode", "b", "Mode", "c")
    assert p.Results.Mode == "c" and p.Unmatched == {"mode": "b"}
    p = scheme(StructExpand=False)
    p.addOptional("opts", None)
    s = matlab.struct("Mode", "z")
    p.parse(s)
    assert p.Results.opts is s
    p = scheme()
    p.addParameter("Mode", "a")
    p.parse(matlab.struct("mode", "z"))
    assert p.Results.Mode == "z"


def test_results_are_sorted_and_every_argument_is_there():
    # MATLAB shows Results sorted (MATLAB Answers 715743: fields legendName, signal,
    # titleName, yLabel for a scheme defined signal, titleName, legendName, yLabel)
    p = scheme()
    p.addRequired("signal")
    p.addRequired("titleName")
    p.addOptional("legendName", "", matlab.ischar)
    p.addOptional("yLabel", "default", matlab.ischar)
    p.parse(1.0, "Title", "yLabel", "kN")
    assert p.Results.fieldnames() == ["legendName", "signal", "titleName", "yLabel"]
    # the same thread's surprise: a text optional that passes its validator is a value
    assert (p.Results.legendName, p.Results.yLabel) == ("yLabel", "kN")
    assert p.Parameters.tolist() == [["legendName", "signal", "titleName", "yLabel"]]


@pytest.mark.parametrize("args, message, identifier", [
    ((), "Not enough input arguments.", "MATLAB:minrhs"),
    ((1.0, "color", 2), "'color' is not a recognized parameter. For a list of valid "
     "name-value pair arguments, see the documentation for this function.",
     "MATLAB:InputParser:UnmatchedParameter"),
    ((1.0, "Size"), "No value was given for 'Size'. Name-value pair arguments require a "
     "name followed by a value.", "MATLAB:InputParser:ParamMissingValue"),
    ((1.0, 2.0, 3.0), "Expected a string scalar or character vector for the parameter "
     "name.", "MATLAB:InputParser:ParamMustBeChar"),
])
def test_parse_errors(args, message, identifier):
    p = scheme()
    p.addRequired("x")
    p.addParameter("Size", 1)
    with pytest.raises(MatlabError) as caught:
        matlab.parse(p, *args)
    assert caught.value.message == message and caught.value.identifier == identifier
    assert str(caught.value) == f"parse: {message}"


def test_scheme_errors():
    p = scheme()
    p.addOptional("A", 1)
    with pytest.raises(MatlabError, match=r"A parameter name equivalent to 'a' already exists "
                                          r"in the input parser\. Redefining a parameter is "
                                          r"not allowed\."):
        p.addParameter("a", 2)
    with pytest.raises(MatlabError, match="Required arguments must be added before optional"):
        p.addRequired("b")
    with pytest.raises(MatlabError, match="must be an inputParser"):
        matlab.addrequired("not a parser", "x")


def test_the_callers_values_are_kept_as_given():
    value = np.arange(3.0)
    value.flags.writeable = False
    p = scheme()
    p.addRequired("data")
    p.parse(value)
    assert p.Results.data is value
