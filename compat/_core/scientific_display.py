"""The text MATLAB's ``ncdisp`` and ``h5disp`` print.

Layouts from MATLAB's documentation print-outs (mathworks.com/help/matlab/ref/ncdisp.html,
h5disp.html, h5create.html):

``ncdisp`` -- section headers at column 0 (``Source:``, ``Format:``, ``Global
Attributes:``, ``Dimensions:``, ``Variables:``, ``Groups:``), their items indented 11
blanks; a variable's name indented 4 and padded to the longest variable name of its
group, its ``Size:``/``Dimensions:``/``Datatype:``/``Attributes:`` labels indented 11 and
padded to 12 characters, its attributes indented 23; names in one block of dimensions or
attributes padded to the longest (``add_offset   = 32``); text values quoted, numbers as
``num2str`` writes them (vectors in brackets); ``Size`` in MATLAB's order joined by
``x`` (``50x1`` for a 1-D variable, ``1x1`` for a scalar); an unlimited dimension's
length followed by ``(UNLIMITED)``.

``h5disp`` -- ``HDF5 name``, then ``Group '/'`` and each member indented 4 more than its
group; a dataset's ``Size:``, ``MaxSize:`` (Inf for unlimited), ``Datatype:`` (the HDF5
type and MATLAB's class in parentheses), ``ChunkSize:`` (``[]`` when contiguous),
``Filters:`` (``none``, ``deflate(9)``), ``FillValue:`` (``%f`` for floating types),
then ``Attributes:`` with ``'name':  value`` lines. The object lines end in a blank, as
the documentation's print-outs do.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["ncdisp_text", "h5disp_text"]


def _size_text(size) -> str:
    values = [int(v) if not math.isinf(v) else v for v in size]
    if not values:
        return "1x1"
    if any(v == 0 for v in values):
        return "[]"
    if len(values) == 1:
        values = values + [1]
    return "x".join("Inf" if isinstance(v, float) else str(v) for v in values)


def _value_text(value, number_text) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    array = np.asarray(value)
    if array.dtype.kind in "US":
        return "'" + "".join(np.ravel(array).astype(str).tolist()) + "'"
    if array.size == 1:
        return number_text(array.reshape(-1)[0])
    return "[" + number_text(array.reshape(1, -1)) + "]"


def _padded(pairs, indent: int, number_text) -> list[str]:
    width = max((len(name) for name, _ in pairs), default=0)
    return [" " * indent + f"{name.ljust(width)} = {_value_text(value, number_text)}"
            for name, value in pairs]


def _variable_lines(variable, width: int, number_text, attributes: bool) -> list[str]:
    lines = [f"    {variable['Name'].ljust(width)}"]
    dims = ",".join(d["Name"] for d in variable["Dimensions"])
    lines.append(f"           {'Size:':<12}{_size_text(variable['Size'])}")
    lines.append(f"           {'Dimensions:':<12}{dims}")
    lines.append(f"           {'Datatype:':<12}{variable['Datatype']}")
    if attributes and variable["Attributes"]:
        lines.append("           Attributes:")
        lines += _padded([(a["Name"], a["Value"]) for a in variable["Attributes"]], 23,
                         number_text)
    return lines


def _dimension_lines(dimensions) -> list[str]:
    width = max((len(d["Name"]) for d in dimensions), default=0)
    lines = []
    for d in dimensions:
        length = str(int(d["Length"]))
        if d["Unlimited"]:
            lines.append(f"           {d['Name'].ljust(width)} = {length:<5} (UNLIMITED)")
        else:
            lines.append(f"           {d['Name'].ljust(width)} = {length}")
    return lines


def ncdisp_text(info, number_text, *, variable=None, mode="full") -> str:
    """What ``ncdisp`` prints for an ``ncinfo`` structure (of the file; ``variable``:
    show only that variable and its dimensions). ``mode`` 'min' leaves attributes out."""
    attributes = mode != "min"
    lines = ["Source:", f"           {info['Filename']}", "Format:",
             f"           {info['Format']}"]
    if variable is not None:
        lines.append("Dimensions:")
        lines += _dimension_lines(variable["Dimensions"])
        lines.append("Variables:")
        lines += _variable_lines(variable, len(variable["Name"]), number_text, attributes)
        return "\n".join(lines) + "\n"
    if attributes and info["Attributes"]:
        lines.append("Global Attributes:")
        lines += _padded([(a["Name"], a["Value"]) for a in info["Attributes"]], 11,
                         number_text)
    if info["Dimensions"]:
        lines.append("Dimensions:")
        lines += _dimension_lines(info["Dimensions"])
    if info["Variables"]:
        lines.append("Variables:")
        width = max(len(v["Name"]) for v in info["Variables"])
        for v in info["Variables"]:
            lines += _variable_lines(v, width, number_text, attributes)
    if info.get("Groups"):
        lines.append("Groups:")
        for group in info["Groups"]:
            lines += _group_lines(group, number_text, attributes, 4)
    return "\n".join(lines) + "\n"


def _group_lines(group, number_text, attributes: bool, indent: int) -> list[str]:
    pad = " " * indent
    lines = [f"{pad}{group['Name'].rstrip('/')}/"]
    inner = _indented
    if attributes and group["Attributes"]:
        lines.append(f"{pad}    Attributes:")
        lines += inner(_padded([(a["Name"], a["Value"]) for a in group["Attributes"]], 11,
                               number_text), indent + 4)
    if group["Dimensions"]:
        lines.append(f"{pad}    Dimensions:")
        lines += inner(_dimension_lines(group["Dimensions"]), indent + 4)
    if group["Variables"]:
        lines.append(f"{pad}    Variables:")
        width = max(len(v["Name"]) for v in group["Variables"])
        for v in group["Variables"]:
            lines += inner(_variable_lines(v, width, number_text, attributes), indent + 4)
    for sub in group.get("Groups", []):
        lines += _group_lines(sub, number_text, attributes, indent + 4)
    return lines


def _indented(lines, indent: int) -> list[str]:
    return [" " * indent + line for line in lines]


# ----------------------------------------------------------------------------- h5disp
_CLASS_OF = {"f8": "double", "f4": "single", "i1": "int8", "u1": "uint8", "i2": "int16",
             "u2": "uint16", "i4": "int32", "u4": "uint32", "i8": "int64", "u8": "uint64"}


def _h5_dims(values) -> str:
    values = list(values)
    if not values:
        return "scalar"
    return "x".join("Inf" if (isinstance(v, float) and math.isinf(v)) else str(int(v))
                    for v in values)


def _h5_type(datatype) -> str:
    type_name = datatype["Type"] if isinstance(datatype["Type"], str) else \
        datatype["Class"]
    if datatype["Class"] in ("H5T_FLOAT", "H5T_INTEGER"):
        kind = {"H5T_FLOAT": "f"}.get(datatype["Class"])
        size = int(datatype["Size"])
        if kind is None:
            kind = "u" if "_U" in type_name else "i"
        return f"{type_name} ({_CLASS_OF.get(f'{kind}{size}', 'unknown')})"
    return datatype["Class"]


def _h5_value(value, number_text) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    array = np.asarray(value)
    if array.dtype.kind in "US":
        return " ".join(f"'{v}'" for v in np.ravel(array, order="F").astype(str).tolist())
    if array.dtype.kind == "f":
        return " ".join(f"{v:f}" for v in np.ravel(array, order="F").tolist())
    if array.dtype.kind in "iub":
        return " ".join(str(int(v)) for v in np.ravel(array, order="F").tolist())
    return number_text(array)


def _h5_attribute_lines(attributes, indent: int, number_text) -> list[str]:
    if not attributes:
        return []
    pad = " " * indent
    return [f"{pad}Attributes:"] + [f"{pad}    '{a['Name']}':  "
                                    f"{_h5_value(a['Value'], number_text)}"
                                    for a in attributes]


def _h5_dataset_lines(dataset, indent: int, number_text, mode: str) -> list[str]:
    pad = " " * indent
    lines = [f"{pad}Dataset '{dataset['Name']}' "]
    if mode == "min":
        return lines
    inner = " " * (indent + 4)
    space = dataset["Dataspace"]
    filters = dataset["Filters"]
    filter_text = ", ".join(f"{f['Name']}({int(f['Data'])})" if f["Name"] == "deflate"
                            else f["Name"] for f in filters) or "none"
    fill = dataset["FillValue"]
    if isinstance(fill, float):
        fill_text = f"{fill:f}"
    elif isinstance(fill, (int, np.integer)):
        fill_text = str(int(fill))
    else:
        fill_text = _h5_value(fill, number_text) if fill != [] else "[]"
    chunk = dataset["ChunkSize"]
    lines += [f"{inner}Size:  {_h5_dims(space['Size'])}",
              f"{inner}MaxSize:  {_h5_dims(space['MaxSize'])}",
              f"{inner}Datatype:   {_h5_type(dataset['Datatype'])}",
              f"{inner}ChunkSize:  {_h5_dims(chunk) if chunk else '[]'}",
              f"{inner}Filters:  {filter_text}",
              f"{inner}FillValue:  {fill_text}"]
    lines += _h5_attribute_lines(dataset["Attributes"], indent + 4, number_text)
    return lines


def _h5_group_lines(group, indent: int, number_text, mode: str) -> list[str]:
    pad = " " * indent
    lines = [f"{pad}Group '{group['Name']}' "]
    if mode != "min":
        lines += _h5_attribute_lines(group["Attributes"], indent + 4, number_text)
    for sub in group["Groups"]:
        lines += _h5_group_lines(sub, indent + 4, number_text, mode)
    for dataset in group["Datasets"]:
        lines += _h5_dataset_lines(dataset, indent + 4, number_text, mode)
    for link in group["Links"]:
        lines.append(f"{pad}    Link '{link['Name']}' ")
    return lines


def h5disp_text(name: str, info, number_text, mode="simple") -> str:
    """What ``h5disp`` prints for an ``h5info`` structure of a group or a dataset; ``name``
    is the file name as the caller gave it."""
    lines = [f"HDF5 {name} "]
    if "Dataspace" in info:
        lines += _h5_dataset_lines(info, 0, number_text, mode)
    else:
        lines += _h5_group_lines(info, 0, number_text, mode)
    return "\n".join(lines) + "\n"
