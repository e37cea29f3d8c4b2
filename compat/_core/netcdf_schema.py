"""MATLAB's ``ncwriteschema``: the definitions of a schema -- ncinfo's structure, or one
built by hand -- written into a netCDF file.

Python-shaped: ``schema`` is a mapping or an object with attributes (compat's
:class:`~compat._core.struct.MatlabStruct`, as :func:`compat.matlab.ncinfo` returns it),
or a list of them (a struct array). The rules are those of MATLAB's reference page:

- a schema is a group/file schema (``Name``, optional ``Dimensions``, ``Variables``,
  ``Attributes``, ``Groups``, ``Format``), a dimension schema (``Name``, ``Length`` --
  Inf for unlimited --, optional ``Unlimited``) or a variable schema (``Name``,
  ``Dimensions`` as dimension schemas in MATLAB's order, ``Datatype``, optional
  ``Attributes``, ``ChunkSize``, ``FillValue``, ``DeflateLevel``, ``Shuffle``);
- a new file takes ``Format`` from the schema, 'netcdf4_classic' when it has none; an
  existing file keeps its format;
- no data is written (an unlimited dimension starts at length 0);
- a dimension, variable, attribute or group the file already has is not redefined: a
  warning, and the rest goes on.

The storage settings (ChunkSize, DeflateLevel, Shuffle) are applied in netCDF-4 files and
ignored in classic ones (ncinfo reports a netCDF-4 variable's chunks even when nobody
chose them, so a schema read from one file must still write into a classic file).
"""

from __future__ import annotations

import math
import os
import warnings

import numpy as np

from compat._core.errors import issue_warning
from compat._core.errors import CompatValueError, MatlabWarning
from compat._core.matlab_classes import text_scalar
from compat._core.netcdf import (_NC_TYPES, _attribute_to_write, _netcdf4,
                                 variable_options)
from compat._core.netcdf_ids import FORMATS

__all__ = ["write_schema"]

_DEFAULT_FORMAT = "netcdf4_classic"


def _field(item, name: str, default=None):
    """A field of a schema struct (a mapping or an object); None when absent."""
    if isinstance(item, dict):
        return item.get(name, default)
    try:
        return getattr(item, name)
    except (AttributeError, KeyError):
        return default


_MISSING = object()


def _has(item, name: str) -> bool:
    return _field(item, name, _MISSING) is not _MISSING


def _items(value) -> list:
    """A struct array as a list: ``[]`` and empty arrays are no items."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, np.ndarray):
        return [] if value.size == 0 else list(value.ravel(order="F"))
    return [value]


def _empty(value) -> bool:
    return value is None or (np.size(value) == 0 and not isinstance(value, str))


def _text(value, what: str) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    return text_scalar(value, f"The schema's {what} must be text.",
                       "compat:ncwriteschema:notText")


def _already(kind: str, name: str) -> None:
    issue_warning(MatlabWarning(f"{kind} '{name}' already exists in the file; its "
                                "definition in the schema is skipped.",
                                "compat:ncwriteschema:exists"))


def _dimension_length(item) -> int | None:
    """None for an unlimited dimension (Length Inf, or Unlimited true)."""
    length = _field(item, "Length")
    unlimited = _field(item, "Unlimited")
    if not _empty(unlimited) and bool(np.ravel(unlimited)[0]):
        return None
    if _empty(length):
        raise CompatValueError(f"Dimension '{_field(item, 'Name')}' needs a Length.")
    value = float(np.ravel(length)[0])
    return None if math.isinf(value) else int(value)


def _find_dimension(group, name: str):
    while group is not None:
        if name in group.dimensions:
            return group.dimensions[name]
        group = group.parent
    return None


def _write_dimension(group, item) -> None:
    name = _text(_field(item, "Name"), "dimension Name")
    if name in group.dimensions:
        _already("Dimension", name)
        return
    group.createDimension(name, _dimension_length(item))


def _write_attributes(owner, attributes, skip=()) -> None:
    for attribute in _items(attributes):
        name = _text(_field(attribute, "Name"), "attribute Name")
        if name in skip:
            continue
        if name in owner.ncattrs():
            _already("Attribute", name)
            continue
        owner.setncattr(name, _attribute_to_write(_field(attribute, "Value")))


def _write_variable(group, item, netcdf4: bool) -> None:
    name = _text(_field(item, "Name"), "variable Name")
    if name in group.variables:
        _already("Variable", name)
        return
    datatype = _text(_field(item, "Datatype", "double"), "variable Datatype").lower()
    if datatype not in _NC_TYPES:
        raise CompatValueError(f"Datatype '{datatype}' is not valid: use 'double', "
                               "'single', an integer class, 'char' or 'string'.")
    names = []
    for dimension in _items(_field(item, "Dimensions")):
        dim_name = _text(_field(dimension, "Name"), "dimension Name")
        if _find_dimension(group, dim_name) is None:
            group.createDimension(dim_name, _dimension_length(dimension))
        names.append(dim_name)
    attributes = _items(_field(item, "Attributes"))
    fill = _field(item, "FillValue")
    fills = [a for a in attributes if _field(a, "Name") == "_FillValue"]
    if _empty(fill) and fills:
        fill = _field(fills[0], "Value")

    def setting(field):                       # netCDF-4 storage settings, or None
        value = _field(item, field)
        return None if not netcdf4 or _empty(value) else np.ravel(value)

    chunks, deflate, shuffle = setting("ChunkSize"), setting("DeflateLevel"), setting("Shuffle")
    options = variable_options(None if _empty(fill) else fill,
                               chunks if names else None,
                               None if deflate is None else int(deflate[0]),
                               shuffle is not None and bool(shuffle[0]))
    variable = group.createVariable(name, _NC_TYPES[datatype], tuple(names[::-1]),
                                    **options)
    _write_attributes(variable, attributes, skip=("_FillValue",))


def _write_group(ds, group, item, netcdf4: bool) -> None:
    name = _text(_field(item, "Name", "/"), "group Name")
    for part in [p for p in name.split("/") if p]:
        if part in group.groups:
            group = group.groups[part]
        elif ds.data_model != "NETCDF4":
            raise CompatValueError(f"Group '{name}' needs a netCDF-4 file ('Format' "
                                   "'netcdf4').")
        else:
            group = group.createGroup(part)
    for dimension in _items(_field(item, "Dimensions")):
        _write_dimension(group, dimension)
    _write_attributes(group, _field(item, "Attributes"))
    for variable in _items(_field(item, "Variables")):
        _write_variable(group, variable, netcdf4)
    for child in _items(_field(item, "Groups")):
        _write_group(ds, group, child, netcdf4)


def write_schema(path, schema) -> None:
    """``ncwriteschema(path, schema)``."""
    items = _items(schema)
    if not items:
        raise CompatValueError("The schema must be a structure or a structure array.")
    exists = os.path.exists(path)
    fmt = _DEFAULT_FORMAT
    for item in items:
        if not _empty(_field(item, "Format")):
            fmt = _text(_field(item, "Format"), "Format").lower()
            break
    if fmt not in FORMATS:
        raise CompatValueError(f"Format '{fmt}' is not valid: use 'classic', '64bit', "
                               "'netcdf4_classic' or 'netcdf4'.")
    netCDF4 = _netcdf4()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ds = netCDF4.Dataset(path, "a" if exists else "w", format=FORMATS[fmt])
    try:
        netcdf4 = ds.data_model in ("NETCDF4", "NETCDF4_CLASSIC")
        for item in items:
            if _has(item, "Datatype"):
                _write_variable(ds, item, netcdf4)
            elif _has(item, "Length"):
                _write_dimension(ds, item)
            else:
                _write_group(ds, ds, item, netcdf4)
    finally:
        ds.close()
