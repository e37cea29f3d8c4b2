"""MATLAB's message catalog as compat knows it, and MATLAB's ``message`` objects.

MATLAB keeps the texts of its errors and warnings in message catalogs addressed by
identifier (``'MATLAB:gmres:tooSmallTolerance'``: the catalog ``MATLAB:gmres``, the key
``tooSmallTolerance``); ``message(id, A1, ..., An)`` builds an object whose
``getString()`` is the catalog's text with its holes ``{0}``, ``{1}``, ... filled from
the arguments, and ``error(msg)``/``warning(msg)``/``MException(msg)`` take it in place
of an identifier and a text. MATLAB's own routines (and the copies of them in real
code) throw their errors that way.

compat cannot ship MathWorks' catalogs, so its catalog holds one text per identifier
from two sources only:

* the identifiers compat's own MATLAB functions raise or warn with, with compat's text
  for them (so ``error(message(id))`` says what compat's routine says), collected from
  the code (``_FROM_COMPAT``);
* identifiers used by MATLAB's routines that real code copies (gmres, cgs, minres,
  lsqr, iterchk, iterapp, sub2ind, cross, questdlg), with the text MATLAB printed for them where
  MathWorks' code of the time spelled it out (``_FROM_MATLAB``; the release and the
  form are recorded with each entry). Holes follow the catalog form (``{0}``).

An identifier of a catalog MathWorks ships (``MATLAB:...``, a toolbox's ``signal:...``,
...) whose text compat does not know raises a ``ValueError`` saying that compat's catalog lacks
it (a compat limitation); an identifier of any other catalog raises MATLAB's own error for
it, "Unable to load a message catalog 'mg:textedit'. Please check the file location and
format." (as MATLAB printed it: github.com/neuropoly/axonseg issue 27).
"""

from __future__ import annotations

import re

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError

__all__ = ["MessageObject", "CATALOG", "message_text", "is_message"]

#: compat's own texts for MATLAB identifiers it raises (collected from compat's code).
_FROM_COMPAT = {
    'MATLAB:InputParser:InvalidPartialMatchPriority': ('PartialMatchPriority must be a positive integer.',
        'compat input_parsing'),
    'MATLAB:InputParser:NotAnInputParser': ('The first argument must be an inputParser object.',
        'compat input_parsing'),
    'MATLAB:InputParser:ParamMustBeChar': ('Expected a string scalar or character vector for the parameter name.',
        'compat input_parsing'),
    'MATLAB:InputParser:ParamNameInvalid': ('Argument name must be a valid MATLAB identifier (a character vector or string scalar).',
        'compat input_parsing'),
    'MATLAB:InputParser:PositionalAfterParameter': ('Positional arguments must be added before name-value arguments.',
        'compat input_parsing'),
    'MATLAB:InputParser:RequiredAfterOptional': ('Required arguments must be added before optional ones.',
        'compat input_parsing'),
    'MATLAB:InputParser:ValidationFcnNotFunctionHandle': ('The validation function must be a function handle.',
        'compat input_parsing'),
    'MATLAB:assertion:LogicalScalar': ('The condition input argument must be convertible to a scalar logical.',
        'compat validation'),
    'MATLAB:colon:operandsNotRealScalar': ('Colon operands must be real scalars.',
        'compat grids'),
    'MATLAB:complex:invalidInputs': ('Input arguments must be real.',
        'compat complex_construction'),
    'MATLAB:datenum:EmptyDate': ('Usage of DATENUM with empty date strings is not supported.\nResults may change in future versions.',
        'compat dates'),
    'MATLAB:griddedInterpolant:CubicUniformOnlyWarnId': ("The 'cubic' method requires the grid to have a uniform spacing. Switching method from 'cubic' to 'spline' because this condition is not met.",
        'compat interpolation'),
    'MATLAB:hankel:AntiDiagonalConflict': ('Last element of input column does not match first element of input row. Column wins anti-diagonal conflict.',
        'compat special_matrices'),
    'MATLAB:imagesci:imread:fileFormat': ('Unable to determine the file format.',
        'compat image_files'),
    'MATLAB:imagesci:imwrite:fileFormat': ('Unable to determine the file format from the file name.',
        'compat image_files'),
    'MATLAB:ode15s:NonNegativeIgnoredForLinearlyImplicitSystems': ('ode15s: NonNegative is ignored for linearly implicit systems (a Mass option was given).',
        'compat ode_stiff'),
    'MATLAB:table:ModifiedAndSavedVarnames': ('Column headers from the file were modified to make them valid MATLAB identifiers before creating variable names for the table. The original column headers are saved in the VariableDescriptions property.',
        'compat tables'),
    'MATLAB:toeplitz:DiagonalConflict': ('First element of input column does not match first element of input row. Column wins diagonal conflict.',
        'compat special_matrices'),
    'MATLAB:validateattributes:badArgPosition': ('argIndex must be a positive integer.',
        'compat validation'),
    'MATLAB:validateattributes:badAttributeList': ('The attributes input must be a cell array.',
        'compat validation'),
    'MATLAB:validateattributes:badClassList': ('The classes input must be a cell array of character vectors.',
        'compat validation'),
    'MATLAB:validateattributes:badVarName': ('varName must be a character vector or string scalar.',
        'compat validation'),
    'images:edge:invalidSecondArgument': ('The second input argument must be a character vector specifying the method.',
        'compat edge_detection'),
    'images:edge:singleThresholdOutOfRange': ('The threshold must be less than 1.',
        'compat edge_detection'),
    'images:edge:thresholdOutOfRange': ('The thresholds must satisfy LOW < HIGH < 1.',
        'compat edge_detection'),
    'images:edge:tooManyOutputs': ('Too many output arguments.',
        'compat edge_detection'),
    'signal:check_order:InvalidOrderRounded': ('Order was rounded to the nearest integer.',
        'compat windows'),
    'signal:decimate:highorderIIRs': ('Chebyshev filter order N > 13 may produce unreliable results.',
        'compat multirate'),
    'signal:findpeaks:largeMinPeakHeight': ('Invalid MinPeakHeight. There are no data points greater than MinPeakHeight.',
        'compat peaks'),
    'signal:fir2:MustBeEven': ('Odd order symmetric FIR filters must have a gain of zero at the Nyquist frequency. The order is being increased by one.',
        'compat fir_sampling'),
    'signal:firpminit:InvalidParamGridDensity': ('Grid density should be at least 16.',
        'compat equiripple'),
    'signal:grpdelay:SingularGD': ('The group delay is singular at certain frequencies.',
        'compat responses'),
    'signal:hilbert:Ignore': ('HILBERT ignores imaginary part of input.',
        'compat timedomain'),
    'stats:hist3:AmbiguousBinSpec': ('Ambiguous specification of bins.',
        'compat histograms'),
    'stats:hist3:BadNbins': ('The number of bins must be specified with a 2-element numeric vector.',
        'compat histograms'),
    'stats:hist3:BadNumArgs': ('Wrong number of arguments.',
        'compat histograms'),
    'stats:hist3:InfData': ('Bin centers or edges must be specified when data contain infinite values.',
        'compat histograms'),
    'stats:hist3:WrongNumCols': ('X must be a matrix with two columns.',
        'compat histograms'),
}

#: texts MATLAB's routines of earlier releases spelled out beside the identifier (the
#: catalog form with ``{0}`` holes for their sprintf values).
_FROM_MATLAB = {
    "MATLAB:gmres:NumInputs": ("Not enough input arguments.", "MATLAB gmres.m R2007a"),
    "MATLAB:gmres:TooManyInputs": ("Too many input arguments.", "MATLAB gmres.m R2007a"),
    "MATLAB:gmres:SquareMatrix": ("Matrix must be square.", "MATLAB gmres.m R2007a"),
    "MATLAB:gmres:Vector": ("Right hand side must be a column vector.",
                            "MATLAB gmres.m R2007a"),
    "MATLAB:gmres:VectorSize": ("Right hand side must be a column vector of length {0} "
                                "to match the coefficient matrix.",
                                "MATLAB gmres.m R2007a"),
    "MATLAB:gmres:PreConditioner1Size": ("Preconditioner must be a square matrix of size "
                                         "{0} to match the problem size.",
                                         "MATLAB gmres.m R2007a"),
    "MATLAB:gmres:PreConditioner2Size": ("Preconditioner must be a square matrix of size "
                                         "{0} to match the problem size.",
                                         "MATLAB gmres.m R2007a"),
    "MATLAB:gmres:XoSize": ("Initial guess must be a column vector of length {0} to "
                            "match the problem size.", "MATLAB gmres.m R2007a"),
    "MATLAB:gmres:tooManyInnerItsRestart": ("RESTART is {0} but it should be bounded by "
                                            "SIZE(A,1).\n         Setting RESTART to {1}.",
                                            "MATLAB gmres.m R2007a"),
    "MATLAB:gmres:tooManyInnerItsMaxit": ("MAXIT is {0} but it should be bounded by "
                                          "SIZE(A,1).\n         Setting MAXIT to {1}.",
                                          "MATLAB gmres.m R2007a"),
    "MATLAB:gmres:tooSmallTolerance": ("Input tol is smaller than eps and may prevent "
                                       "convergence.", "compat iterative_solvers"),
    "MATLAB:gmres:tooBigTolerance": ("Input tol is bigger than 1 and may prevent "
                                     "convergence.", "compat iterative_solvers"),
    "MATLAB:iterapp:InvalidOp": ("Invalid operation.", "MATLAB iterapp.m R2005b"),
    "MATLAB:iterchk:InvalidInput": ("Argument must be a floating point matrix or a "
                                    "function handle.", "MATLAB iterchk.m, pre-catalog"),
    "MATLAB:sub2ind:IndexOutOfRange": ("Out of range subscript.", "MATLAB sub2ind.m"),
    "MATLAB:cross:InvalidDimAorB": ("A and B must have at least one dimension of "
                                    "length 3.", "MATLAB cross.m"),
    "MATLAB:cross:InvalidDimAorBForCrossProd": ("A and B must be of length 3 in the "
                                                "dimension in which the cross product is "
                                                "taken.", "MATLAB cross.m"),
    "MATLAB:cross:InputSizeMismatch": ("A and B must be same size.", "MATLAB cross.m"),
    "MATLAB:cgs:WrongPrecondSize": ("Preconditioner must be a square matrix of size "
                                       "{0} to match the problem size.",
                                       "MATLAB cgs.m, pre-catalog"),
    "MATLAB:cgs:WrongInitGuessSize": ("Initial guess must be a column vector of length "
                                         "{0} to match the problem size.",
                                         "MATLAB cgs.m, pre-catalog"),
    "MATLAB:cgs:TooManyInputs": ("Too many input arguments.", "MATLAB cgs.m, pre-catalog"),
    "MATLAB:minres:WrongPrecondSize": ("Preconditioner must be a square matrix of size "
                                       "{0} to match the problem size.",
                                       "MATLAB minres.m, pre-catalog"),
    "MATLAB:minres:WrongInitGuessSize": ("Initial guess must be a column vector of length "
                                         "{0} to match the problem size.",
                                         "MATLAB minres.m, pre-catalog"),
    "MATLAB:minres:TooManyInputs": ("Too many input arguments.", "MATLAB minres.m, pre-catalog"),
    "MATLAB:lsqr:WrongPrecondSize": ("Preconditioner must be a square matrix of size "
                                       "{0} to match the problem size.",
                                       "MATLAB lsqr.m, pre-catalog"),
    "MATLAB:lsqr:WrongInitGuessSize": ("Initial guess must be a column vector of length "
                                         "{0} to match the problem size.",
                                         "MATLAB lsqr.m, pre-catalog"),
    "MATLAB:lsqr:TooManyInputs": ("Too many input arguments.", "MATLAB lsqr.m, pre-catalog"),
    "MATLAB:questdlg:StringMismatch": ("Default string does not match any button string "
                                       "name.", "MATLAB questdlg.m"),
}

#: identifier -> (text with {k} holes, where the text comes from)
CATALOG = {**_FROM_COMPAT, **_FROM_MATLAB}

#: components of the catalogs MathWorks ships (MATLAB and its toolboxes)
_MATHWORKS = {"MATLAB", "signal", "stats", "images", "optim", "control", "curvefit",
              "finance", "symbolic", "comm", "map", "wavelet", "ident", "nnet", "vision",
              "simulink", "Simulink", "dsp", "econ", "globaloptim", "pde", "robust",
              "shared_linalg", "sl_services", "imagesci", "database", "parallel"}

_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*(:[A-Za-z][A-Za-z0-9_]*)+")
_HOLE = re.compile(r"\{(\d+)\}")


def _argument_text(value) -> str:
    """A hole's text: text as it stands, integer-valued numbers as integers, other
    numbers with 15 significant digits (``%.15g``), logicals as 1/0."""
    if isinstance(value, (bytes, np.bytes_)):
        return bytes(value).decode("latin-1")
    if isinstance(value, str):
        return value
    array = np.asarray(value)
    if array.dtype.kind in "UT" and array.size == 1:
        return str(array.reshape(-1)[0])
    if array.dtype.kind in "biuf" and array.size == 1:
        number = array.reshape(-1)[0]
        if array.dtype.kind == "b":
            return "1" if number else "0"
        if np.isfinite(number) and float(number) == int(number):
            return str(int(number))
        return "%.15g" % float(number)
    raise CompatTypeError("The message arguments must be text or numeric or logical "
                          "scalars.")


def catalog_of(identifier: str) -> str:
    """The catalog an identifier lives in: all but its last part."""
    return identifier.rsplit(":", 1)[0]


def message_text(identifier: str, arguments=()) -> str:
    """The catalog text of ``identifier`` with its holes filled from ``arguments``."""
    entry = CATALOG.get(identifier)
    if entry is None:
        catalog = catalog_of(identifier)
        if identifier.split(":", 1)[0] in _MATHWORKS:
            raise CompatValueError(
                f"compat's message catalog has no text for '{identifier}' (compat holds "
                f"the texts of the identifiers its own functions raise and of a few "
                f"MATLAB routines real code copies, not MathWorks' catalog '{catalog}').")
        raise CompatValueError(f"Unable to load a message catalog '{catalog}'. Please "
                               "check the file location and format.")
    texts = [_argument_text(a) for a in arguments]

    def fill(match):
        k = int(match.group(1))
        return texts[k] if k < len(texts) else match.group(0)
    return _HOLE.sub(fill, entry[0])


class MessageObject:
    """MATLAB's ``message`` object: ``Identifier``, ``Arguments``, ``getString()``."""

    __slots__ = ("Identifier", "Arguments")

    def __init__(self, identifier: str, arguments=()):
        if not isinstance(identifier, str) or not _IDENTIFIER.fullmatch(identifier):
            raise CompatValueError("The message identifier must be a valid MATLAB "
                                   "message identifier ('component:catalog:key').")
        self.Identifier = identifier
        self.Arguments = list(arguments)

    def getString(self) -> str:
        """The text, the catalog's with its holes filled (MATLAB's ``getString``)."""
        return message_text(self.Identifier, self.Arguments)

    def string(self) -> str:
        """MATLAB's ``string(msg)``: the text (a string scalar, here ``str``)."""
        return self.getString()

    def char(self) -> str:
        """MATLAB's ``char(msg)``: the text as a character vector."""
        return self.getString()

    def __str__(self) -> str:
        return self.getString()

    def __repr__(self) -> str:
        return f"message({self.Identifier!r}{''.join(', ' + repr(a) for a in self.Arguments)})"

    def __eq__(self, other):
        return (isinstance(other, MessageObject) and other.Identifier == self.Identifier
                and len(other.Arguments) == len(self.Arguments)
                and all(_argument_text(a) == _argument_text(b)
                        for a, b in zip(self.Arguments, other.Arguments)))

    __hash__ = None


def is_message(value) -> bool:
    """True for a MATLAB ``message`` object."""
    return isinstance(value, MessageObject)
