"""MATLAB's low-level netCDF attribute and group functions (``netcdf.putAtt``,
``netcdf.getAtt``, ``netcdf.inqAtt``, ... ``netcdf.defGrp``, ``netcdf.inqGrps``, ...)
as flat names: ``netcdf.getAtt`` is ``matlab.netcdf_getatt``.

The conventions are those of :mod:`compat.matlab.netcdf_library`: zero-based ids,
``NC_GLOBAL`` (-1, or ``netcdf.getConstant('NC_GLOBAL')``) for the file's or group's own
attributes, constants by name or number, ids and counts returned as doubles, the
library's errors in MATLAB's words. An attribute's value comes back as a row of its
class (``int16`` stays ``int16``; a scalar as 1x1), text as ``str``.

Sources: MATLAB's reference pages of ``netcdf.putAtt``, ``getAtt``, ``inqAtt``,
``inqAttID``, ``inqAttName``, ``delAtt``, ``renameAtt``, ``copyAtt``, ``defGrp``,
``inqGrps``, ``inqGrpName``, ``inqGrpNameFull``, ``inqGrpParent``, ``inqNcid``,
``inqDimIDs``, ``inqVarIDs``; the netCDF-C documentation (groups: ids, dimension
visibility). Oracle: GNU Octave 7.3's netcdf package (suite ``matlab/netcdf_library``).
"""

from __future__ import annotations

import numpy as np

from compat._core import netcdf_ids
from compat._core.errors import CompatTypeError, MatlabValueError
from compat._core.legacy import matlab_function
from compat._core.netcdf_constants import TYPE_DTYPES, type_number
from compat.matlab._netcdf_args import (CLASSES, constant, failure, found_id, id_of,
                                        library, owner_id, text_arg)

_CALLS = ["putAtt", "getAtt", "inqAtt", "inqAttID", "inqAttName", "delAtt", "renameAtt",
          "copyAtt", "defGrp", "inqGrps", "inqGrpName", "inqGrpNameFull", "inqGrpParent",
          "inqNcid", "inqDimIDs", "inqVarIDs"]
__legacy_names__ = {f"netcdf.{call}": f"netcdf_{call.lower()}" for call in _CALLS}
__all__ = sorted(__legacy_names__.values())


def _attribute(ncid, varid, name, call):
    with library(call):
        owner = owner_id(varid)
        if name not in netcdf_ids.att_names(id_of(ncid), owner):
            raise failure("inqAtt", -43)
        return netcdf_ids.get_att(id_of(ncid), owner, name)


@matlab_function("netcdf.putAtt")
def netcdf_putatt(ncid, varid, attname, attvalue, xtype=None):
    """Write an attribute, as MATLAB's ``netcdf.putAtt``.

    MATLAB call forms::

        netcdf.putAtt(ncid, varid, attname, attvalue)
            ->  netcdf_putatt(ncid, varid, 'units', 'K')
        netcdf.putAtt(ncid, netcdf.getConstant('NC_GLOBAL'), 'title', 'run 7')
            ->  netcdf_putatt(ncid, -1, 'title', 'run 7')
        netcdf.putAtt(ncid, varid, attname, attvalue, xtype)

    The attribute's type is the value's class (double NC_DOUBLE, single NC_FLOAT,
    int16 NC_SHORT, int32 NC_INT, int8 NC_BYTE, text NC_CHAR; the unsigned and 64-bit
    classes in netCDF-4 files), or ``xtype``. A new attribute, or one that grows, needs
    define mode in a classic file (the library's NC_ENOTINDEFINE otherwise).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> ncid = matlab.netcdf_create(os.path.join(tempfile.mkdtemp(), 'a.nc'), 'CLOBBER')
    >>> matlab.netcdf_putatt(ncid, -1, 'scale', np.int16([1, 2]))
    >>> matlab.netcdf_getatt(ncid, -1, 'scale')
    array([[1, 2]], dtype=int16)
    >>> matlab.netcdf_close(ncid)
    """
    name = text_arg(attname, "attname")
    if isinstance(attvalue, bytes):
        attvalue = attvalue.decode("latin-1")
    if isinstance(attvalue, str):
        value = attvalue
    else:
        array = np.asarray(attvalue)
        if array.dtype.kind == "b":
            raise CompatTypeError("attvalue must be numeric or text (logical values are "
                                  "not netCDF data)")
        if array.dtype.kind not in "iuf":
            raise CompatTypeError("attvalue must be numeric or text")
        value = np.ravel(array, order="F")
        value = value.astype(value.dtype.newbyteorder("="))
    if xtype is not None:
        dtype = TYPE_DTYPES.get(constant(xtype, "data type"))
        if dtype is None:
            raise failure("putAtt", -45)
        if dtype.kind == "S" and not isinstance(value, str):
            raise failure("putAtt", -56)
        if dtype.kind not in "SO":
            value = np.asarray(value).astype(dtype)
    with library("putAtt"):
        netcdf_ids.put_att(id_of(ncid), owner_id(varid), name, value)


@matlab_function("netcdf.getAtt")
def netcdf_getatt(ncid, varid, attname, output_type=None):
    """An attribute's value, as MATLAB's ``netcdf.getAtt``.

    MATLAB call forms::

        attrvalue = netcdf.getAtt(ncid, varid, attname)
        attrvalue = netcdf.getAtt(ncid, varid, attname, output_type)   ->  'double', ...

    Text as ``str``; numbers as a 1-by-n row of the attribute's class (or of
    ``output_type``). A missing attribute is reported by MATLAB as the library's
    failure in ``'inqAtt'`` (``Attribute not found (NC_ENOTATT)``).
    """
    name = text_arg(attname, "attname")
    value = _attribute(ncid, varid, name, "getAtt")
    if isinstance(value, str):
        return value
    if output_type is not None:
        target = CLASSES.get(str(output_type).lower())
        if target is None:
            raise MatlabValueError(f"'{output_type}' is not a valid output type.",
                                   "MATLAB:imagesci:netcdf:badOutputType")
        value = value.astype(target)
    value = np.asarray(value)
    return value.astype(value.dtype.newbyteorder("=")).reshape(1, -1)


@matlab_function("netcdf.inqAtt", nargout=2)
def netcdf_inqatt(ncid, varid, attname, *, nargout=1):
    """``[xtype, attlen] = netcdf.inqAtt(ncid, varid, attname)``: the attribute's type
    number and its number of values (of characters for text), as doubles."""
    value = _attribute(ncid, varid, text_arg(attname, "attname"), "inqAtt")
    if isinstance(value, str):
        kind, size = 2, len(value.encode("latin-1"))
    else:
        kind, size = type_number(value.dtype), value.size
    return np.float64(kind) if nargout == 1 else (np.float64(kind), np.float64(size))


@matlab_function("netcdf.inqAttID")
def netcdf_inqattid(ncid, varid, attname):
    """The number of an attribute among its variable's (zero-based), as MATLAB's
    ``netcdf.inqAttID``."""
    name = text_arg(attname, "attname")
    with library("inqAttID"):
        names = netcdf_ids.att_names(id_of(ncid), owner_id(varid))
    if name not in names:
        raise failure("inqAttID", -43)
    return np.float64(names.index(name))


@matlab_function("netcdf.inqAttName")
def netcdf_inqattname(ncid, varid, attnum):
    """The name of attribute number ``attnum`` (zero-based), as MATLAB's
    ``netcdf.inqAttName``."""
    with library("inqAttName"):
        names = netcdf_ids.att_names(id_of(ncid), owner_id(varid))
    k = id_of(attnum, "attnum")
    if not 0 <= k < len(names):
        raise failure("inqAttName", -43)
    return names[k]


@matlab_function("netcdf.delAtt")
def netcdf_delatt(ncid, varid, attname):
    """Delete an attribute (define mode in classic files), as MATLAB's
    ``netcdf.delAtt``."""
    with library("delAtt"):
        netcdf_ids.delete_att(id_of(ncid), owner_id(varid), text_arg(attname, "attname"))


@matlab_function("netcdf.renameAtt")
def netcdf_renameatt(ncid, varid, oldname, newname):
    """Rename an attribute, as MATLAB's ``netcdf.renameAtt``."""
    with library("renameAtt"):
        netcdf_ids.rename_att(id_of(ncid), owner_id(varid), text_arg(oldname, "oldName"),
                              text_arg(newname, "newName"))


@matlab_function("netcdf.copyAtt")
def netcdf_copyatt(ncid_in, varid_in, attname, ncid_out, varid_out):
    """Copy an attribute (type and values) to another variable or file, as MATLAB's
    ``netcdf.copyAtt``."""
    with library("copyAtt"):
        netcdf_ids.copy_att(id_of(ncid_in), owner_id(varid_in),
                            text_arg(attname, "attname"), id_of(ncid_out),
                            owner_id(varid_out))


# ------------------------------------------------------------------ groups (netCDF-4)
@matlab_function("netcdf.defGrp")
def netcdf_defgrp(parent_ncid, child_grp_name):
    """Create a group in a netCDF-4 file and return its id, as MATLAB's
    ``netcdf.defGrp`` (the library's NC_ENOTNC4 in a classic file).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> ncid = matlab.netcdf_create(os.path.join(tempfile.mkdtemp(), 'g.nc'), 'NETCDF4')
    >>> g = matlab.netcdf_defgrp(ncid, 'forecast')
    >>> matlab.netcdf_inqgrpnamefull(g), bool(matlab.netcdf_inqgrpparent(g) == ncid)
    ('/forecast', True)
    >>> matlab.netcdf_close(ncid)
    """
    with library("defGrp"):
        return np.float64(netcdf_ids.def_group(id_of(parent_ncid),
                                               text_arg(child_grp_name, "childGroupName")))


@matlab_function("netcdf.inqGrps")
def netcdf_inqgrps(ncid):
    """Ids of a file's or group's child groups (an int32 row; 1x0 when there are
    none), as MATLAB's ``netcdf.inqGrps``."""
    with library("inqGrps"):
        return np.array(netcdf_ids.groups(id_of(ncid)), dtype=np.int32).reshape(1, -1)


@matlab_function("netcdf.inqGrpName")
def netcdf_inqgrpname(ncid):
    """A group's name (``'/'`` for the root group), as MATLAB's ``netcdf.inqGrpName``."""
    with library("inqGrpName"):
        return netcdf_ids.group_name(id_of(ncid))


@matlab_function("netcdf.inqGrpNameFull")
def netcdf_inqgrpnamefull(ncid):
    """A group's full path (``'/'`` for the root group), as MATLAB's
    ``netcdf.inqGrpNameFull``."""
    with library("inqGrpNameFull"):
        return netcdf_ids.full_group_name(id_of(ncid))


@matlab_function("netcdf.inqGrpParent")
def netcdf_inqgrpparent(ncid):
    """The id of a group's parent (the root group has none: ``No group found.
    (NC_ENOGRP)``), as MATLAB's ``netcdf.inqGrpParent``."""
    with library("inqGrpParent"):
        return np.float64(netcdf_ids.group_parent(id_of(ncid)))


@matlab_function("netcdf.inqNcid")
def netcdf_inqncid(ncid, child_grp_name):
    """The id of the child group ``childGroupName``, as MATLAB's ``netcdf.inqNcid``."""
    name = text_arg(child_grp_name, "childGroupName")
    with library("inqNcid"):
        return found_id("inqNcid", netcdf_ids.group_ncid(id_of(ncid), name), -125)


@matlab_function("netcdf.inqDimIDs")
def netcdf_inqdimids(ncid, include_parents=False):
    """Ids of the dimensions a group defines (with ``includeParents`` true, also those
    of its ancestors), increasing, as an int32 row, as MATLAB's ``netcdf.inqDimIDs``."""
    with library("inqDimIDs"):
        ids = netcdf_ids.dim_ids(id_of(ncid), bool(np.asarray(include_parents).item()))
    return np.array(ids, dtype=np.int32).reshape(1, -1)


@matlab_function("netcdf.inqVarIDs")
def netcdf_inqvarids(ncid):
    """Ids of a group's variables, as an int32 row, as MATLAB's ``netcdf.inqVarIDs``."""
    with library("inqVarIDs"):
        return np.array(netcdf_ids.var_ids(id_of(ncid)), dtype=np.int32).reshape(1, -1)
