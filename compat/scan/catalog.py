"""What compat covers, and what every other legacy name is: the classifier's lookup.

compat's coverage is read from the package itself, never from a list: every public
routine in ``compat.idl.__all__`` and ``compat.matlab.__all__`` (and the functions of
``compat.matlab.intops``) carries ``__legacy_name__`` / ``__legacy_language__``
(:mod:`compat._core.legacy`); a module's ``__legacy_names__`` maps legacy spellings
that are not Python names (``startsWith`` -> ``startswith``). The options a routine
supports come from its signature (IDL keywords are its keyword parameters) and, for
MATLAB option strings and name-value names, from the quoted words of its docstring,
whose call forms and parameter sections list them.

The :class:`Catalog` is plain data (picklable), so worker processes get it without
importing compat's numerical modules.
"""

from __future__ import annotations

import inspect
import re
import sys

from compat.scan import datafiles as data

__all__ = ["Catalog", "OptionSpec", "build_catalog"]

#: MATLAB families whose string arguments are data (text, formats, file names), not options
_TEXT_MODULES = frozenset({
    "compat.matlab.text", "compat.matlab.chars", "compat.matlab.number_text",
    "compat.matlab.printing", "compat.matlab.regexp", "compat.matlab.scanning",
    "compat.matlab.files", "compat.matlab.delimited"})
#: where a MATLAB routine's option strings may start (default 1: the first argument is data)
_FIRST_OPTION = {"odeset": 0, "rng": 0, "ismember": 2, "deval": 2}
_QUOTED = re.compile(r"""'([A-Za-z][A-Za-z0-9_]*)'|``([A-Za-z][A-Za-z0-9_]*)``|"""
                     r"""\b([A-Za-z][A-Za-z0-9_]*)=""")
_IDL_PASS_THROUGH = frozenset({"_extra", "_ref_extra", "_strict_extra"})


class OptionSpec(tuple):
    """``(names, any_name, first)``: the option names a routine accepts (lower case),
    whether it takes any (``**kwargs`` on the IDL side; a text routine on the MATLAB
    side), and the first argument position that may hold a MATLAB option string."""

    __slots__ = ()

    def __new__(cls, names, any_name=False, first=1):
        return tuple.__new__(cls, (frozenset(names), bool(any_name), int(first)))


class Catalog:
    """Everything the classifier needs to know about legacy names, as plain data."""

    def __init__(self):
        self.covered: dict[str, dict[str, str]] = {"idl": {}, "matlab": {}}
        self.options: dict[str, dict[str, OptionSpec]] = {"idl": {}, "matlab": {}}
        self.max_nargout: dict[str, int] = {}
        self.pitfalls_extra: dict[str, list] = {}
        self.direct = {lang: data.direct(lang) for lang in data.LANGUAGES}
        self.builtins = {lang: data.builtins(lang) for lang in data.LANGUAGES}
        self.libraries = {lang: data.libraries(lang) for lang in data.LANGUAGES}

    # ------------------------------------------------------------------ lookups
    def library(self, language: str, name: str) -> str | None:
        names, prefixes = self.libraries[language]
        lib = names.get(name)
        if lib is not None:
            return lib
        for prefix, lib in prefixes:
            if name.startswith(prefix) and len(name) > len(prefix):
                return lib
        return None

    def status(self, language: str, name: str) -> tuple[str, str | None]:
        """``(status, detail)`` of a name the scanned tree does not define: covered
        (detail: compat's function), direct (the equivalent), missing (the group or
        toolbox), library (the library) or unknown."""
        compat_name = self.covered[language].get(name)
        if compat_name is not None:
            return "covered", compat_name
        equivalent = self.direct[language].get(name)
        if equivalent is not None:
            return "direct", equivalent
        group = self.builtins[language].get(name)
        if group is not None:
            return "missing", group
        lib = self.library(language, name)
        if lib is not None:
            return "library", lib
        if language == "matlab" and "." in name:
            # a package function or a class's constant/static method: Tiff.Compression.LZW
            head = name.split(".", 1)[0]
            if head in ("matlab", "java", "javax", "py", "system", "net"):
                return "missing", "MATLAB"
            group = self.builtins[language].get(head)
            if group is not None:
                return "missing", group
            lib = self.library(language, head)
            if lib is not None:
                return "library", lib
        return "unknown", None

    def known(self, language: str, name: str) -> bool:
        return self.status(language, name)[0] != "unknown"


def _vocabulary(function) -> frozenset:
    words = set()
    try:
        words.update(p.lower() for p in inspect.signature(function).parameters)
    except (TypeError, ValueError):  # pragma: no cover - builtins only
        pass
    for m in _QUOTED.finditer(function.__doc__ or ""):
        words.add((m.group(1) or m.group(2) or m.group(3)).lower())
    return frozenset(words)


def _idl_spec(function) -> OptionSpec:
    try:
        params = inspect.signature(function).parameters
    except (TypeError, ValueError):  # pragma: no cover
        return OptionSpec((), True)
    any_name = any(p.kind is p.VAR_KEYWORD for p in params.values())
    names = [n.lower() for n, p in params.items()
             if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)]
    return OptionSpec(names, any_name)


def _matlab_spec(name: str, function) -> OptionSpec:
    text = getattr(function, "__module__", "") in _TEXT_MODULES
    return OptionSpec(_vocabulary(function), text, _FIRST_OPTION.get(name, 1))


def _add(catalog: Catalog, language: str, legacy: str, public: str, function) -> None:
    legacy = legacy.lower()
    catalog.covered[language].setdefault(legacy, public)
    if language == "idl":
        catalog.options[language].setdefault(legacy, _idl_spec(function))
    else:
        catalog.options[language].setdefault(legacy, _matlab_spec(legacy, function))
        maximum = getattr(function, "__max_nargout__", None)
        if maximum:
            catalog.max_nargout[legacy] = maximum
    own = getattr(function, "__legacy_pitfalls__", None)
    if own:
        catalog.pitfalls_extra.setdefault(f"{language}.{legacy}", []).extend(own)


def build_catalog() -> Catalog:
    """Walk compat's public routines (``compat.idl.__all__``, ``compat.matlab.__all__``,
    ``compat.matlab.intops``) and the modules' ``__legacy_names__`` and
    ``__legacy_pitfalls__``."""
    from compat import idl, matlab

    catalog = Catalog()
    modules = {}
    for package, language in ((idl, "idl"), (matlab, "matlab")):
        prefix = package.__name__
        for public in package.__all__:
            obj = getattr(package, public, None)
            if obj is None:
                continue
            if inspect.ismodule(obj):
                for sub in getattr(obj, "__all__", ()):
                    fn = getattr(obj, sub, None)
                    if getattr(fn, "__legacy_language__", None) == language:
                        _add(catalog, language, fn.__legacy_name__,
                             f"{prefix}.{public}.{sub}", fn)
                modules[obj.__name__] = obj
                continue
            if getattr(obj, "__legacy_language__", None) != language:
                continue
            _add(catalog, language, obj.__legacy_name__, f"{prefix}.{public}", obj)
            module = sys.modules.get(getattr(obj, "__module__", ""), None)
            if module is not None:
                modules[module.__name__] = module
        # legacy spellings that are not Python names, and family-owned pitfall entries
        for name, module in sorted(modules.items()):
            if not name.startswith(prefix + "."):
                continue
            for legacy, python_name in getattr(module, "__legacy_names__", {}).items():
                fn = getattr(package, python_name, None) or getattr(module, python_name,
                                                                    None)
                if fn is not None:
                    where = (f"{prefix}.{python_name}" if hasattr(package, python_name)
                             else f"{module.__name__}.{python_name}")
                    _add(catalog, language, legacy, where, fn)
            own = getattr(module, "__legacy_pitfalls__", None)
            if isinstance(own, dict):
                for key, entries in own.items():
                    catalog.pitfalls_extra.setdefault(key, []).extend(entries)
    return catalog
