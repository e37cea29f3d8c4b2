"""compat: IDL and MATLAB routines for Python that return what IDL and MATLAB return.

Sub-packages
------------
compat.idl     functions named after IDL routines (numpy layout = IDL dimensions reversed)
compat.matlab  functions named after MATLAB functions (MATLAB (row, column) indexing)
compat.golden  golden files: capture from Octave/GDL/MATLAB/IDL, compare, report, pytest
"""

__version__ = "0.1.0.dev0"

from compat._core.errors import (BadlyConditionedWarning, CompatError,  # noqa: E402
                                 CompatTypeError, CompatValueError, CompatWarning,
                                 IntegrationTolNotMetWarning, MatlabAssertionError,
                                 MatlabError, MatlabTypeError, MatlabValueError,
                                 MatlabWarning, MissingExtraError,
                                 NearlySingularMatrixWarning, PolyNotUniqueWarning,
                                 RankDeficientWarning, RelTolIncreaseWarning,
                                 SingularMatrixWarning, ZeroDegreesOfFreedomWarning)
from compat._core.idl_text_input import EndOfInputError  # noqa: E402
from compat._core.idl_numeric import IntegerDivideByZeroWarning  # noqa: E402
from compat._core.inputs import MaskedInputError  # noqa: E402
from compat._core.results import Result  # noqa: E402
from compat._core.struct import MatlabStruct  # noqa: E402
from compat import idl, matlab, golden  # noqa: E402
from compat.matlab.containers import MapKeyError  # noqa: E402
from compat.matlab.diagnostics import MException  # noqa: E402
from compat.matlab.dates import EmptyDateWarning, NonIntegerValueWarning  # noqa: E402
from compat.matlab.filesystem import FileSystemWarning  # noqa: E402
from compat._core.quadrature import (MaxFunctionCountWarning,  # noqa: E402
                                     MaxIntervalCountWarning, MinStepSizeWarning,
                                     NonFiniteValueWarning)
from compat._core.bracketed_roots import UndefinedBracket  # noqa: E402
from compat._core.triangulation import CollinearError, TooFewPointsError  # noqa: E402
from compat._core.events import (DestructorErrorWarning,  # noqa: E402
                                 ListenerCallbackWarning)

__all__ = ["idl", "matlab", "golden", "__version__",
           # errors and warnings
           "CompatError", "CompatValueError", "CompatTypeError", "MaskedInputError",
           "MissingExtraError",
           "EndOfInputError", "MapKeyError", "MatlabError", "MException",
           "MatlabValueError",
           "MatlabTypeError", "MatlabAssertionError",
           "CompatWarning", "MatlabWarning", "BadlyConditionedWarning",
           "PolyNotUniqueWarning", "ZeroDegreesOfFreedomWarning",
           "IntegrationTolNotMetWarning", "RelTolIncreaseWarning",
           "IntegerDivideByZeroWarning", "SingularMatrixWarning",
           "NearlySingularMatrixWarning", "RankDeficientWarning",
           "NonIntegerValueWarning", "EmptyDateWarning",
           "FileSystemWarning",
           "MinStepSizeWarning", "MaxIntervalCountWarning", "NonFiniteValueWarning",
           "MaxFunctionCountWarning",
           "ListenerCallbackWarning", "DestructorErrorWarning",
           "CollinearError", "TooFewPointsError", "UndefinedBracket",
           # result types
           "Result", "MatlabStruct"]
