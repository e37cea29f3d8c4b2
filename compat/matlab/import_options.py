"""MATLAB's import options for delimited text: ``detectImportOptions``, ``getvaropts``,
``setvaropts``, ``setvartype`` and ``readvars`` (issue 15).

The legacy layer of the family, over :mod:`compat._core.text_import` (the detection of
delimiter, header lines, variable names line and column types that ``readmatrix``,
``readcell`` and ``readtable`` share). An options object is a
:class:`DelimitedTextImportOptions` with MATLAB's property names (``VariableNames``,
``VariableTypes``, ``SelectedVariableNames``, ``DataLines``, ``VariableNamesLine``,
``Delimiter``, ``VariableNamingRule``, ``VariableOptions``); setting
``opts.SelectedVariableNames`` or ``opts.DataLines`` changes what ``readvars`` reads, as
in MATLAB.

MATLAB's defaults, as its documentation prints them for a comma-separated file with a
names line (detectImportOptions reference, ``airlinesmall.csv``): ``DataLines`` ``[2
Inf]``, ``VariableNamesLine`` 1, ``VariableTypes`` 'double' for numeric columns ('char'
for text), ``SelectedVariableNames`` all variables, ``VariableNamingRule`` 'modify'.
Line numbers count every line of the file, empty ones included. Detection of dates
and durations (MATLAB's 'datetime'/'duration' variable types) is not done: such columns
are 'char'.
"""

from __future__ import annotations

import copy

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.text_import import (detect_delimiter, detect_layout, parse_number,
                                      read_lines, split_rows, unescape, unique_names,
                                      valid_name)

__all__ = ["detectImportOptions", "getvaropts", "setvaropts", "setvartype", "readvars",
           "DelimitedTextImportOptions", "VariableImportOptions"]

_TYPES = ("double", "single", "char", "string", "int8", "int16", "int32", "int64",
          "uint8", "uint16", "uint32", "uint64", "logical")


class VariableImportOptions:
    """One variable's import options (MATLAB's ``NumericVariableImportOptions`` /
    ``TextVariableImportOptions``): ``Name``, ``Type``, ``FillValue``,
    ``TreatAsMissing``."""

    def __init__(self, name: str, type_: str):
        self.Name = name
        self.Type = type_
        self.FillValue = np.nan if type_ not in ("char", "string") else ""
        self.TreatAsMissing = []

    def __repr__(self):
        kind = "Text" if self.Type in ("char", "string") else "Numeric"
        return (f"  {kind}VariableImportOptions with properties:\n\n"
                f"    Name: {self.Name!r}\n    Type: {self.Type!r}\n"
                f"    FillValue: {self.FillValue!r}\n"
                f"    TreatAsMissing: {self.TreatAsMissing!r}\n")


class DelimitedTextImportOptions:
    """MATLAB's ``DelimitedTextImportOptions`` (the properties ``readvars`` uses)."""

    def __init__(self, names, types, delimiter, data_lines, names_line, rule="modify",
                 descriptions=None):
        self.VariableOptions = [VariableImportOptions(n, t) for n, t in zip(names, types)]
        self.Delimiter = delimiter
        self.DataLines = data_lines
        self.VariableNamesLine = float(names_line)
        self.VariableNamingRule = rule
        self.VariableDescriptions = descriptions or [""] * len(names)
        self._selected = None
        self.Whitespace = "\\b\\t "
        self.EmptyLineRule = "skip"

    @property
    def DataLines(self) -> np.ndarray:
        """``[first last]`` line numbers of the data (a 1x2 double; last may be Inf)."""
        return self._data_lines.copy()

    @DataLines.setter
    def DataLines(self, value):
        given = np.ravel(np.asarray(value, dtype=float))
        if given.size == 1:
            given = np.array([given[0], np.inf])
        if given.size != 2 or not given[0] >= 1 or not given[1] >= given[0]:
            raise CompatValueError("DataLines must be [first last] line numbers with "
                                   "first >= 1 and last >= first (last may be Inf)")
        self._data_lines = given.reshape(1, 2)

    @property
    def VariableNames(self) -> list:
        return [v.Name for v in self.VariableOptions]

    @VariableNames.setter
    def VariableNames(self, names):
        names = [names] if isinstance(names, str) else list(names)
        if len(names) != len(self.VariableOptions):
            raise CompatValueError(f"VariableNames needs {len(self.VariableOptions)} names")
        old = self.VariableNames
        for v, n in zip(self.VariableOptions, names):
            v.Name = str(n)
        if self._selected is not None:
            self._selected = [names[old.index(s)] for s in self._selected]

    @property
    def VariableTypes(self) -> list:
        return [v.Type for v in self.VariableOptions]

    @property
    def SelectedVariableNames(self) -> list:
        return list(self.VariableNames if self._selected is None else self._selected)

    @SelectedVariableNames.setter
    def SelectedVariableNames(self, names):
        names = [names] if isinstance(names, str) else \
            [str(n) for n in np.ravel(np.asarray(names, dtype=object))]
        unknown = [n for n in names if n not in self.VariableNames]
        if unknown:
            raise CompatValueError(f"unknown variable name {unknown[0]!r}: "
                                   "SelectedVariableNames must be among VariableNames")
        self._selected = names

    def __repr__(self):
        def cell(items):
            return "{" + ", ".join(repr(i) for i in items) + "}"
        lines = int(self.DataLines[0, 0]), self.DataLines[0, 1]
        end = "Inf" if np.isinf(lines[1]) else str(int(lines[1]))
        return ("  DelimitedTextImportOptions with properties:\n\n"
                f"   Delimiter: {cell(self.Delimiter)}\n"
                f"   VariableNames: {cell(self.VariableNames)}\n"
                f"   VariableTypes: {cell(self.VariableTypes)}\n"
                f"   SelectedVariableNames: {cell(self.SelectedVariableNames)}\n"
                f"   VariableNamingRule: {self.VariableNamingRule!r}\n"
                f"   DataLines: [{lines[0]} {end}]\n"
                f"   VariableNamesLine: {int(self.VariableNamesLine)}\n")


def _options(args: list, kwargs: dict, known: tuple) -> dict:
    out = {k.lower(): v for k, v in kwargs.items()}
    if len(args) % 2:
        raise CompatValueError("name-value arguments must come in pairs")
    for name, value in zip(args[::2], args[1::2]):
        if not isinstance(name, str):
            raise CompatTypeError("option names must be text")
        out[name.lower()] = value
    unknown = set(out) - set(known)
    if unknown:
        raise CompatValueError(f"unknown option {sorted(unknown)[0]!r}")
    return out


_DETECT = ("delimiter", "numheaderlines", "variablenamingrule", "readvariablenames",
           "encoding", "filetype", "datalines", "variablenamesline")


def _delimiter_of(value):
    names = {"comma": ",", "tab": "\t", "space": " ", "semi": ";", "bar": "|"}
    items = [value] if isinstance(value, str) else list(value)
    return [names.get(str(v).lower(), unescape(str(v))) for v in items]


@matlab_function("detectImportOptions")
def detectImportOptions(filename, *args, **kwargs):  # noqa: N802 - MATLAB's name
    r"""Import options detected from a delimited text file.

    MATLAB forms::

        opts = detectImportOptions(filename)
        opts = detectImportOptions(filename, Name, Value)   % 'Delimiter',
               % 'NumHeaderLines', 'VariableNamingRule', 'ReadVariableNames',
               % 'Encoding', 'FileType' ('text'), 'DataLines', 'VariableNamesLine'

    Returns a :class:`DelimitedTextImportOptions`. Detection is compat's readtable's:
    the delimiter (comma, tab, semicolon, bar or spaces), the header lines, a variable
    names line (the line before the data when it has as many fields), the column types
    ('double' where most fields are numbers, else 'char').

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "d.csv")
    >>> _ = open(path, "w").write("Year,Month,Carrier\n2008,1,WN\n2008,2,AA\n")
    >>> opts = matlab.detectImportOptions(path)
    >>> opts.VariableNames, opts.VariableTypes, opts.DataLines.tolist()
    (['Year', 'Month', 'Carrier'], ['double', 'double', 'char'], [[2.0, inf]])
    """
    opts = _options(list(args), kwargs, _DETECT)
    if str(opts.get("filetype", "text")).lower() not in ("text", "delimitedtext"):
        raise CompatValueError("only delimited text files are supported ('FileType', "
                               "'text')")
    lines = read_lines(filename, opts.get("encoding") or "utf-8")
    if "delimiter" in opts:
        delimiters = _delimiter_of(opts["delimiter"])
        delimiter = delimiters[0]
    else:
        delimiter = detect_delimiter(lines)
        delimiters = [delimiter if delimiter is not None else " "]
    rows, numbers = split_rows(lines, delimiter)
    if "numheaderlines" in opts:
        header = int(opts["numheaderlines"])
        skip = sum(1 for n in numbers if n <= header)
        layout = detect_layout(rows, skip)
    else:
        layout = detect_layout(rows)
    width = layout.width
    read_names = opts.get("readvariablenames")
    names_index = layout.names_row
    if "variablenamesline" in opts:
        line = int(opts["variablenamesline"])
        names_index = numbers.index(line) if line in numbers else None
    if read_names is not None and not read_names:
        names_index = None
    names_line = numbers[names_index] if names_index is not None else 0
    original = [f"Var{k + 1}" for k in range(width)]
    if names_index is not None:
        given = rows[names_index] + [""] * width
        original = [g.strip().strip('"') or f"Var{k + 1}" for k, g in
                    enumerate(given[:width])]
    rule = str(opts.get("variablenamingrule", "modify")).lower()
    if rule not in ("modify", "preserve"):
        raise CompatValueError("VariableNamingRule must be 'modify' or 'preserve'")
    names = unique_names([valid_name(n, k + 1) for k, n in enumerate(original)]) \
        if rule == "modify" else unique_names(original)
    first = numbers[layout.header] if layout.header < len(numbers) else len(lines) + 1
    data_lines = (first, np.inf)
    if "datalines" in opts:
        data_lines = opts["datalines"]
    types = ["double" if numeric else "char" for numeric in layout.numeric]
    return DelimitedTextImportOptions(
        names, types, delimiters, data_lines, names_line, rule,
        [o if o != n else "" for o, n in zip(original, names)])


def _options_arg(opts) -> DelimitedTextImportOptions:
    if not isinstance(opts, DelimitedTextImportOptions):
        raise CompatTypeError("opts must be import options from detectImportOptions")
    return opts


def _selection(opts, selection) -> list[int]:
    names = opts.VariableNames
    if isinstance(selection, str):
        selection = [selection]
    items = list(np.ravel(np.asarray(selection, dtype=object)))
    out = []
    for item in items:
        if isinstance(item, str):
            if item not in names:
                raise CompatValueError(f"unknown variable name {item!r}")
            out.append(names.index(item))
        else:
            k = int(item)
            if not 1 <= k <= len(names):
                raise CompatValueError(f"variable number {k} is out of range 1..{len(names)}")
            out.append(k - 1)
    return out


@matlab_function("getvaropts")
def getvaropts(opts, selection=None):
    """``varOpts = getvaropts(opts, selection)``: the import options of the selected
    variables (names or 1-based numbers); one variable gives one object, several a list.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "d.csv")
    >>> _ = open(path, "w").write("a,b\\n1,x\\n")
    >>> matlab.getvaropts(matlab.detectImportOptions(path), 'b').Type
    'char'
    """
    opts = _options_arg(opts)
    index = range(len(opts.VariableNames)) if selection is None else \
        _selection(opts, selection)
    found = [opts.VariableOptions[k] for k in index]
    return found[0] if len(found) == 1 else found


@matlab_function("setvaropts")
def setvaropts(opts, *args):
    """``opts = setvaropts(opts, selection, Name, Value, ...)``: a copy of ``opts`` with
    the selected variables' ``FillValue``, ``TreatAsMissing`` or ``Type`` changed (no
    selection: every variable).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "d.csv")
    >>> _ = open(path, "w").write("a,b\\n1,\\n2,3\\n")
    >>> opts = matlab.setvaropts(matlab.detectImportOptions(path), 'b', 'FillValue', 0)
    >>> a, b = matlab.readvars(path, opts, nargout=2)
    >>> b.ravel().tolist()
    [0.0, 3.0]
    """
    opts = copy.deepcopy(_options_arg(opts))
    args = list(args)
    selection = None
    if len(args) % 2:
        selection, args = args[0], args[1:]
    index = range(len(opts.VariableNames)) if selection is None else \
        _selection(opts, selection)
    for name, value in zip(args[::2], args[1::2]):
        key = str(name).lower()
        for k in index:
            v = opts.VariableOptions[k]
            if key == "fillvalue":
                v.FillValue = value
            elif key == "treatasmissing":
                v.TreatAsMissing = [value] if isinstance(value, str) else list(value)
            elif key == "type":
                v.Type = _type(value)
            else:
                raise CompatValueError(f"unknown variable option {name!r}: 'FillValue', "
                                       "'TreatAsMissing' or 'Type'")
    return opts


def _type(value) -> str:
    t = str(value).lower()
    if t not in _TYPES:
        raise CompatValueError(f"unsupported variable type {value!r}; types are "
                               f"{', '.join(_TYPES)}")
    return t


@matlab_function("setvartype")
def setvartype(opts, *args):
    """``opts = setvartype(opts, selection, type)`` or ``setvartype(opts, type)``: a copy
    of ``opts`` with the variables' types changed ('double', 'char', 'string', the
    integer types, 'single', 'logical').

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "d.csv")
    >>> _ = open(path, "w").write("a,b\\n1,2\\n")
    >>> matlab.setvartype(matlab.detectImportOptions(path), 'a', 'char').VariableTypes
    ['char', 'double']
    """
    opts = copy.deepcopy(_options_arg(opts))
    if len(args) == 1:
        index, kind = range(len(opts.VariableNames)), args[0]
    elif len(args) == 2:
        index, kind = _selection(opts, args[0]), args[1]
    else:
        raise CompatValueError("expected setvartype(opts, type) or setvartype(opts, "
                               "selection, type)")
    kind = _type(kind)
    for k in index:
        old = opts.VariableOptions[k]
        new = VariableImportOptions(old.Name, kind)
        new.TreatAsMissing = old.TreatAsMissing
        opts.VariableOptions[k] = new
    return opts


def _convert(fields: list[str], v: VariableImportOptions):
    missing = set(v.TreatAsMissing)
    if v.Type in ("char", "string"):
        values = [v.FillValue if (f == "" or f in missing) else f.strip('"')
                  for f in fields]
        if v.Type == "string":
            return np.array(values, dtype=str).reshape(-1, 1)
        return values
    numbers = []
    for f in fields:
        x = None if f in missing else parse_number(f)
        numbers.append(float(v.FillValue) if x is None else x)
    column = np.array(numbers, dtype=np.float64).reshape(-1, 1)
    if v.Type == "double":
        return column
    if v.Type == "single":
        return column.astype(np.float32)
    if v.Type == "logical":
        return column != 0
    from compat._core.matlab_integers import to_int
    return to_int("readvars", column, v.Type)


@matlab_function("readvars", nargout=64)
def readvars(filename, *args, nargout=1, **kwargs):
    r"""Read the columns of a delimited text file into separate variables.

    MATLAB forms::

        [Var1, Var2, ..., VarN] = readvars(filename)
        [Var1, ..., VarN] = readvars(filename, opts)         % detectImportOptions
        [Var1, ..., VarN] = readvars(filename, Name, Value)  % detectImportOptions' names

    ``nargout=N`` returns the first N selected variables (a tuple; one output without
    it, as MATLAB's ``x = readvars(...)``). Numeric variables are ``(n, 1)`` column
    arrays (NaN, or the FillValue, where a field is empty or not a number); text
    variables are lists (MATLAB's cell column), ``''`` for empty fields. The rows are
    the nonempty lines of ``DataLines``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "d.csv")
    >>> _ = open(path, "w").write("x,name\n1,a\n2,b\n")
    >>> x, name = matlab.readvars(path, nargout=2)
    >>> x.ravel().tolist(), name
    ([1.0, 2.0], ['a', 'b'])
    """
    args = list(args)
    if args and isinstance(args[0], DelimitedTextImportOptions):
        opts, rest = args[0], args[1:]
        extra = _options(rest, kwargs, ("encoding", "datelocale"))
        encoding = extra.get("encoding") or "utf-8"
    else:
        opts = detectImportOptions(filename, *args, **kwargs)
        encoding = kwargs.get("Encoding") or "utf-8"
    lines = read_lines(filename, encoding)
    first, last = opts.DataLines[0]
    chosen = [(n, line) for n, line in enumerate(lines, 1)
              if first <= n <= last and line.strip()]
    delimiter = opts.Delimiter[0] if opts.Delimiter else None
    rows, _ = split_rows([line for _, line in chosen], None if delimiter == " "
                         else delimiter)
    selected = opts.SelectedVariableNames
    if nargout > len(selected):
        raise CompatValueError(f"too many outputs: the file has {len(selected)} "
                               "selected variables")
    out = []
    for name in selected[:max(nargout, 1)]:
        k = opts.VariableNames.index(name)
        fields = [r[k] if k < len(r) else "" for r in rows]
        out.append(_convert(fields, opts.VariableOptions[k]))
    return out[0] if nargout <= 1 else tuple(out)
