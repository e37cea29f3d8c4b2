"""What compat covers, and what every other legacy name is: the classifier's lookup.

compat's coverage is read from the package itself, never from a list: every public
routine in ``compat.idl.__all__`` and ``compat.matlab.__all__`` (and the functions of
``compat.matlab.intops``) carries ``__legacy_name__`` / ``__legacy_language__``
(:mod:`compat._core.legacy`); a module's ``__legacy_names__`` maps legacy spellings
that are not Python names (``startsWith`` -> ``startswith``). The options a routine
supports come from its signature (IDL keywords are its keyword parameters) and, for
MATLAB option strings and name-value names, from the quoted words of its docstring
(its call forms) and the names its numpydoc parameter section documents
(``SortStr :``); a word found in neither is looked up, when a scan meets it, among the
string literals of the routine's module and the private compat modules it imports
(where option parsers compare them), leaving out those a test raises "not supported"
for (:func:`source_words`). Routines whose string arguments are data (text, formats,
file, field and sheet names) are not checked, and a routine's leading data arguments
(``ncread(file, 'temp')``) are skipped.

IDL routines are keyed in lower case (IDL ignores case); MATLAB routines by their
legacy name exactly as MATLAB spells it (``inputParser``, ``matlab.lang.makeValidName``,
``netcdf.getVar``; a module's ``__legacy_names__`` may give one routine several):
MATLAB's function names are case-sensitive, so ``Treelayout(...)`` is not a call of
``treelayout`` (see :mod:`compat.scan.matlab_parser`).

The :class:`Catalog` is plain data (picklable), so worker processes get it without
importing compat's numerical modules.
"""

from __future__ import annotations

import ast
import inspect
import re
import sys

from compat.scan import datafiles as data

__all__ = ["Catalog", "OptionSpec", "build_catalog", "source_words"]

#: MATLAB families whose string arguments are data (text, formats, file names), not options
_TEXT_MODULES = frozenset({
    "compat.matlab.text", "compat.matlab.chars", "compat.matlab.number_text",
    "compat.matlab.printing", "compat.matlab.regexp", "compat.matlab.scanning",
    "compat.matlab.files", "compat.matlab.delimited", "compat.matlab.string_functions",
    "compat.matlab.struct_fields", "compat.matlab.structs", "compat.matlab.filesystem",
    "compat.matlab.dates", "compat.matlab.spreadsheets",
    # graphics: property names and values, labels, file names and print options
    "compat.matlab.graphics", "compat.matlab.plotting", "compat.matlab.axes_annotation",
    "compat.matlab.graphics_export", "compat.matlab.surface_plots", "compat.matlab.image_plots",
    "compat.matlab.triangulation_plots",
    "compat.matlab.chart_plots", "compat.matlab.distribution_field_plots",
    "compat.matlab.graphics_queries", "compat.matlab.figure_tools",
    "compat.matlab.figure_annotation", "compat.matlab.lighting_plots",
    "compat.matlab.chart3_plots",
    # UI objects and dialogs: property names, labels, prompts, answers
    "compat.matlab.ui_controls", "compat.matlab.dialogs", "compat.matlab.text_compose",
    # validateattributes' function and variable names, assert's messages, inputParser's
    # parameter names and defaults
    "compat.matlab.validation", "compat.matlab.input_parsing",
    # event and property names (addlistener, notify, findprop, handle.listener)
    "compat.matlab.handle_events"})
#: MATLAB routines whose string arguments are data in any family: isa's class name
#: (``isa(x, 'sym')`` is false, not an unsupported option), the values isequal and
#: isequaln compare (``isequal(fmt, 'ieee32')``), feval's arguments for the function
#: it calls, the arrays cat/horzcat/vertcat join
_TEXT_ROUTINES = frozenset({"isa", "isequal", "isequaln", "feval", "cat", "horzcat",
                            "vertcat"})
#: where a MATLAB routine's option strings may start (default 1: the first argument is
#: data); the netCDF/HDF5 readers and writers take variable, dataset and attribute names
_FIRST_OPTION = {"odeset": 0, "rng": 0, "ismember": 2, "deval": 2, "setdiff": 2,
                 "intersect": 2, "union": 2, "setxor": 2,
                 "ncread": 2, "ncreadatt": 3, "ncwriteatt": 4, "nccreate": 2,
                 "ncwrite": 3, "ncinfo": 2, "ncdisp": 2, "h5read": 2, "h5readatt": 3,
                 "h5write": 3, "h5writeatt": 4, "h5create": 3, "h5info": 2, "h5disp": 2}
#: numpydoc parameter lines: ``    SortStr : {'none', 'ascend', 'descend'}``
_PARAMETER = re.compile(r"^[ \t]*([A-Za-z][A-Za-z0-9_]*(?:, [A-Za-z][A-Za-z0-9_]*)*) :",
                        re.MULTILINE)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")
_SOURCE_WORDS: dict[str, frozenset] = {}
_QUOTED = re.compile(r"""'([A-Za-z][A-Za-z0-9_]*)'|``([A-Za-z][A-Za-z0-9_]*)``|"""
                     r"""\b([A-Za-z][A-Za-z0-9_]*)=""")
_IDL_PASS_THROUGH = frozenset({"_extra", "_ref_extra", "_strict_extra"})


class OptionSpec(tuple):
    """``(names, any_name, first, module)``: the option names a routine accepts (lower
    case), whether it takes any (``**kwargs`` on the IDL side; a text routine on the
    MATLAB side), the first argument position that may hold a MATLAB option string, and
    the module that defines it (whose :func:`source_words` a word missing from names is
    looked up in)."""

    __slots__ = ()

    def __new__(cls, names, any_name=False, first=1, module=""):
        return tuple.__new__(cls, (frozenset(names), bool(any_name), int(first),
                                   str(module)))


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
    doc = function.__doc__ or ""
    for m in _QUOTED.finditer(doc):
        words.add((m.group(1) or m.group(2) or m.group(3)).lower())
    for m in _PARAMETER.finditer(doc):
        words.update(w.strip().lower() for w in m.group(1).split(","))
    return frozenset(words)


def _strings(node) -> set:
    return {n.value for n in ast.walk(node)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _module_words(name: str) -> tuple[set, set, list]:
    """``(words, rejected, private imports)`` of one module's source."""
    module = sys.modules.get(name)
    try:
        tree = ast.parse(inspect.getsource(module))
    except (OSError, TypeError, SyntaxError):   # no source (frozen, zipped)
        return set(), set(), []
    words = {w.lower() for w in _strings(tree) if _WORD.match(w)}
    rejected = set()
    imports = []
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            raises = [b for b in node.body if isinstance(b, ast.Raise)]
            if any("not supported" in text for r in raises for text in _strings(r)):
                rejected |= {w.lower() for w in _strings(node.test) if _WORD.match(w)}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and \
                node.module.startswith("compat.") and \
                any(part.startswith("_") for part in node.module.split(".")):
            imports.append(node.module)
    return words, rejected, imports


def source_words(module: str) -> frozenset:
    """The option words a MATLAB routine's code may compare: the word-like string
    literals of its module and of the private compat modules that module imports
    (``compat.matlab._reduction_args``, ``compat._core.moving``), lower case, without
    those an ``if`` tests before raising a "not supported" error. Computed when first
    needed (only for words a routine's docstring does not list), then cached."""
    words = _SOURCE_WORDS.get(module)
    if words is None:
        own, rejected, imports = _module_words(module)
        found = set(own)
        for name in imports:
            if name in sys.modules:
                more, also_rejected, _ = _module_words(name)
                found |= more
                rejected |= also_rejected
        words = _SOURCE_WORDS[module] = frozenset(found - rejected)
    return words


def _idl_spec(function) -> OptionSpec:
    try:
        params = inspect.signature(function).parameters
    except (TypeError, ValueError):  # pragma: no cover
        return OptionSpec((), True)
    any_name = any(p.kind is p.VAR_KEYWORD for p in params.values())
    # keywords a routine takes only to refuse them with a clear error (documented IDL
    # keywords whose behaviour compat cannot reproduce) are missing options for a scan
    refused = {n.lower() for n in getattr(function, "__unsupported_keywords__", ())}
    names = [n.lower() for n, p in params.items()
             if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)
             and n.lower() not in refused]
    # output keywords a routine hands back in its result rather than taking as flags
    # (DJS_ITERSTAT's MEAN=, MEDIAN=, SIGMA=) are named in its docstring's IDL call form
    outputs = {k.lower() for k in _call_form_keywords(function.__doc__ or "")}
    names += sorted(outputs - set(names) - refused)
    return OptionSpec(names, any_name)


_CALL_FORM_KEYWORD = re.compile(r"\b([A-Z][A-Z0-9_]*)(?==)")


def _call_form_keywords(doc: str) -> set:
    """The ``KEYWORD=`` names of an IDL docstring's call form (the text before its
    numpydoc Parameters section), upper case as IDL's documentation writes them."""
    head = doc.split("\n    Parameters\n", 1)[0]
    return set(_CALL_FORM_KEYWORD.findall(head))


def _matlab_spec(name: str, function) -> OptionSpec:
    text = getattr(function, "__module__", "") in _TEXT_MODULES or name in _TEXT_ROUTINES
    return OptionSpec(_vocabulary(function), text, _FIRST_OPTION.get(name, 1),
                      getattr(function, "__module__", "") or "")


def _add(catalog: Catalog, language: str, legacy: str, public: str, function) -> None:
    # IDL: lower case; MATLAB: the legacy name as MATLAB spells it ('inputParser',
    # 'netcdf.getVar'), since MATLAB's names are case-sensitive
    legacy = data.spelled(language, legacy)
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
