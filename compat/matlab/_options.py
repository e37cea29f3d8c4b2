"""How MATLAB's optimisation functions read an options structure (``optimset``'s): the
option names without a toolbox, name matching (case-insensitive, unique prefixes) and
what counts as "not given". Shared by :mod:`compat.matlab.optimization` and
:mod:`compat.matlab.least_squares`.
"""

from __future__ import annotations

from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError

__all__ = ["OPTION_NAMES", "is_empty", "option_name", "as_options"]

#: the options of MATLAB's optimset without a toolbox, in MATLAB's order
OPTION_NAMES = ("Display", "FunValCheck", "MaxFunEvals", "MaxIter", "OutputFcn",
                "PlotFcns", "TolFun", "TolX")


def is_empty(value) -> bool:
    return value is None or is_omitted(value) or (isinstance(value, str) and value == "")


def option_name(name) -> str:
    if not isinstance(name, str):
        raise CompatTypeError(f"expected a parameter name (text), got {name!r}")
    key = name.lower()
    exact = [n for n in OPTION_NAMES if n.lower() == key]
    if exact:
        return exact[0]
    candidates = [n for n in OPTION_NAMES if n.lower().startswith(key)]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise CompatValueError(f"Unrecognized parameter name '{name}'. Please see the "
                               "optimset reference page in the documentation for a list "
                               "of acceptable option parameters.")
    raise CompatValueError(f"Ambiguous parameter name '{name}' ({', '.join(candidates)}).")


def as_options(value, function: str) -> dict:
    if is_empty(value):
        return {}
    if isinstance(value, dict):
        return dict(value)
    raise CompatTypeError(f"options must be a structure from optimset, got "
                          f"{type(value).__name__}")
