"""The decorator that makes a Python function a public legacy routine.

``@idl_routine("SMOOTH")`` / ``@matlab_function("conv2")`` on a legacy-layer function:

* binds the routine's legacy name once (``fn.__legacy_name__``, ``fn.__legacy_language__``),
  read by the golden report and the porting scanner;
* binds that name to every :class:`~compat._core.errors.CompatError` raised inside
  (the ``"SMOOTH: "`` prefix and ``error.routine``), so the core never types it;
* makes the routine current while it runs (:func:`~compat._core.errors.current_routine`,
  a context variable, reset on the way out, exception or not), so
  :func:`~compat._core.errors.legacy_warn` prefixes its name to warnings;
* passes every argument through the one input-normalisation point
  (:func:`compat._core.inputs.normalise_arguments`): any byte order, memory maps,
  byte strings; masked arrays refused with a message that says how to proceed;
* ``dask="module:function"`` names the routine's dask form: when an argument is a
  ``dask.array.Array`` the call goes there (imported on first use, so neither that
  module nor dask is imported by a program that never passes a dask array), the dask
  arrays passed on lazily; a routine without a dask form receives them computed.

The wrapper costs well under a microsecond when every argument is already a native
array or a Python scalar; making the routine current (a context variable set and
reset) is about 0.1-0.25 microsecond of it.
"""

from __future__ import annotations

import functools
import importlib
import inspect

from compat._core.args import check_nargout
from compat._core.errors import _ROUTINE, CompatError
from compat._core.inputs import MaskedInputError, any_dask_array, normalise_arguments

__all__ = ["idl_routine", "matlab_function", "legacy_name", "MaskedInputError"]


def _masked_hint(language: str, name: str, function, nan_option: str | None) -> str:
    text = (f"{name}: masked arrays are not accepted (the mask would be ignored). "
            "Pass plain data: ")
    if nan_option is None and language == "idl":
        try:
            if "nan" in inspect.signature(function).parameters:
                nan_option = "with /NAN (nan=True)"
        except (TypeError, ValueError):  # pragma: no cover - builtins only
            pass
    if nan_option is not None:
        return text + (f"a.filled(np.nan) {nan_option} to leave the masked points out, "
                       "or a.filled(value) to give them a value")
    return text + ("a.filled(value) to give the masked points a value, or "
                   "a.compressed() to drop them")


_ONE_OUTPUT = "the function has one output: nargout must be 1, got {nargout!r}"


def _check_nargout(nargout, maximum: int) -> None:
    check_nargout(nargout, maximum, message=_ONE_OUTPUT if maximum == 1 else None)


def _takes(function, parameter: str) -> bool:
    try:
        return parameter in inspect.signature(function).parameters
    except (TypeError, ValueError):  # pragma: no cover - builtins only
        return True


def _resolve(target: str):
    """The function ``"package.module:function"`` names (imported on first use)."""
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute)


def _decorate(language: str, name: str, masked: bool, nan_option: str | None,
              nargout: int | None = None, output_arguments: tuple = (),
              dask: str | None = None):
    def decorate(function):
        hint = None if masked else _masked_hint(language, name, function, nan_option)
        object_text = language == "idl"
        # a MATLAB function of one output takes nargout=1 too (the Engine convention)
        strip_nargout = language == "matlab" and not _takes(function, "nargout")
        maximum = 1 if strip_nargout else nargout
        keep_dask = dask is not None
        lazy = []  # the dask form, resolved on first use
        current = (language, name)

        @functools.wraps(function)
        def routine(*args, **kwargs):
            target = function
            if keep_dask and any_dask_array(args, kwargs):
                if not lazy:
                    lazy.append(_resolve(dask))
                target = lazy[0]
            args, kwargs = normalise_arguments(args, kwargs, hint, object_text,
                                               keep_dask)
            token = _ROUTINE.set(current)
            try:
                if maximum is not None and "nargout" in kwargs:
                    _check_nargout(kwargs["nargout"], maximum)
                    if strip_nargout:
                        del kwargs["nargout"]
                return target(*args, **kwargs)
            except CompatError as error:
                error.bind(name)
                if language == "matlab":            # MATLAB's lasterr sees it
                    from compat._core.matlab_diagnostics import record_error
                    record_error(error.message, getattr(error, "identifier", ""), error)
                raise
            finally:
                _ROUTINE.reset(token)

        routine.__legacy_name__ = name
        routine.__legacy_language__ = language
        if language == "matlab":
            routine.__max_nargout__ = maximum
            default = inspect.signature(function).parameters.get("nargout")
            routine.__default_nargout__ = 1 if default is None else default.default
        if output_arguments:
            routine.__output_arguments__ = tuple(output_arguments)
        routine.__dask__ = dask
        return routine
    return decorate


def idl_routine(name: str, *, masked: bool = False, nan_option: str | None = None,
                output_arguments: tuple = (), dask: str | None = None):
    """Decorate the Python function of the IDL routine ``name`` (IDL's spelling, upper case).

    ``masked=True`` when the routine documents that it honours a numpy mask;
    ``nan_option`` names the routine's NaN option for the masked-array message (found
    automatically when the function has a ``nan`` keyword). ``output_arguments`` names,
    in IDL's order, the positional output arguments that follow the inputs (WHERE's
    ``Count``: ``("count",)``); in Python they are keyword-only requests
    (``count=True``), and the golden runner maps IDL's positions to them. ``dask``
    names the routine's dask form (``"compat.idl._lazy:smooth"``), called instead of
    the routine when an argument is a dask array.
    """
    return _decorate("idl", name.upper(), masked, nan_option,
                     output_arguments=output_arguments, dask=dask)


def matlab_function(name: str, *, masked: bool = False, nan_option: str | None = None,
                    nargout: int | None = None, dask: str | None = None):
    """Decorate the Python function of the MATLAB function ``name`` (MATLAB's spelling).

    ``nan_option`` names how the function skips NaN (``"with 'omitnan'"``), for the
    message given when a masked array is passed. ``nargout`` is the number of outputs
    the function has: a ``nargout=`` argument outside ``1..nargout`` is refused before
    the call (``None``: the function checks it itself). A function without a ``nargout``
    parameter has one output and still takes ``nargout=1``, as the MATLAB Engine does.
    The default nargout is the function's own keyword default (1, MATLAB's
    ``x = f(...)``, except where the README lists another), exposed as
    ``__default_nargout__``. ``dask`` names the function's dask form, as for
    :func:`idl_routine`.
    """
    return _decorate("matlab", name, masked, nan_option, nargout=nargout, dask=dask)


def legacy_name(function) -> tuple[str, str] | None:
    """``(language, legacy name)`` of a public routine, or None for other callables."""
    name = getattr(function, "__legacy_name__", None)
    if name is None:
        return None
    return function.__legacy_language__, name
