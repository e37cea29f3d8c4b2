"""IDL's netCDF-4 group routines: ``NCDF_GROUPDEF``, ``NCDF_GROUPSINQ``,
``NCDF_GROUPNAME``, ``NCDF_FULLGROUPNAME``, ``NCDF_GROUPPARENT``, ``NCDF_NCIDINQ``,
``NCDF_DIMIDSINQ``, ``NCDF_VARIDSINQ``, ``NCDF_UNLIMDIMSINQ``.

The groups of the files :mod:`compat.idl.netcdf` opens, over
:mod:`compat._core.netcdf_ids` (netCDF4-python, the optional extra ``compat[hdf5]``).
A group is named by an id as a file is -- the netCDF-C library's ncid: the file's cdfid
plus the group's number in the file, 1, 2, ... in the order the library meets the groups
(as they are created while a file is written; depth first, in creation order, when a
file is opened), so the first groups of the first file are 65537, 65538 ... as GDL 1.0.1
(which calls the library, as IDL does) prints them. Every NCDF routine takes a group id
where it takes a cdfid and acts in that group: ``NCDF_DIMDEF``, ``NCDF_VARDEF``,
``NCDF_VARGET``, ``NCDF_ATTPUT, gid, ..., /GLOBAL`` (a group attribute), ``NCDF_INQUIRE``
(the group's own dimensions, variables, attributes and unlimited dimension). Dimensions
are visible in the group that defines them and in its descendants; dimension ids are
numbered across the file, variable ids within each group (netCDF-C documentation,
"Groups"). Groups exist only in netCDF-4 files (``NCDF_CREATE(..., /NETCDF4_FORMAT)``);
in a classic file the root group is the only one.

The inquiry functions return -1 when there is nothing to list, as GDL 1.0.1 does
through the library and as published IDL code expects (``group_ids =
ncdf_groupsinq(id) & if (group_ids[0] eq -1L) then ...``, ``var_ids =
ncdf_varidsinq(id) & if (var_ids[0] eq -1L) ...``); a list is a LONG array even of one
id.
"""

from __future__ import annotations


import numpy as np

from compat._core import netcdf_ids as nc
from compat._core.errors import CompatTypeError, legacy_warn
from compat._core.results import named_result
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["ncdf_groupdef", "ncdf_groupsinq", "ncdf_groupname", "ncdf_fullgroupname",
           "ncdf_groupparent", "ncdf_ncidinq", "ncdf_dimidsinq", "ncdf_varidsinq",
           "ncdf_unlimdimsinq"]


def _ids(values) -> np.ndarray | np.int32:
    """A LONG array of ids, or LONG -1 when there are none."""
    if not values:
        return np.int32(-1)
    return np.array(values, dtype=np.int32)


def _name(value, what: str) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if not isinstance(value, (str, np.str_)):
        raise CompatTypeError(f"{what} must be a string.")
    return str(value)


@idl_routine("NCDF_GROUPDEF")
def ncdf_groupdef(cdfid, name):
    """Define a group, as IDL's ``Result = NCDF_GROUPDEF(Cdfid, Name)``: a child of the
    file's root group or of the group ``Cdfid``; returns the new group's id (LONG).
    Needs a netCDF-4 file: in a classic one, the library's ``NetCDF: Attempting netcdf-4
    operation on netcdf-3 file (NC_ERROR=-111)``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "g.nc"), netcdf4_format=True)
    >>> gid = idl.ncdf_groupdef(cdfid, 'obs')
    >>> int(gid) - int(cdfid), idl.ncdf_fullgroupname(gid)
    (1, '/obs')
    >>> idl.ncdf_close(cdfid)
    """
    return np.int32(nc.def_group(cdfid, _name(name, "Name")))


@idl_routine("NCDF_GROUPSINQ")
def ncdf_groupsinq(cdfid):
    """The ids of a file's or group's child groups, as IDL's ``Result =
    NCDF_GROUPSINQ(Cdfid)``: a LONG array in the library's order, or -1 when there are
    none (always in a classic file).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "q.nc"), netcdf4_format=True)
    >>> a = idl.ncdf_groupdef(cdfid, 'a'); b = idl.ncdf_groupdef(cdfid, 'b')
    >>> (idl.ncdf_groupsinq(cdfid) - cdfid).tolist(), int(idl.ncdf_groupsinq(a))
    ([1, 2], -1)
    >>> idl.ncdf_close(cdfid)
    """
    return _ids(nc.groups(cdfid))


@idl_routine("NCDF_GROUPNAME")
def ncdf_groupname(grpid):
    """A group's name, as IDL's ``Result = NCDF_GROUPNAME(Grpid)``; the root group (a
    file's cdfid) is ``'/'``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "n.nc"), netcdf4_format=True)
    >>> idl.ncdf_groupname(idl.ncdf_groupdef(cdfid, 'data')), idl.ncdf_groupname(cdfid)
    ('data', '/')
    >>> idl.ncdf_close(cdfid)
    """
    return nc.group_name(grpid)


@idl_routine("NCDF_FULLGROUPNAME")
def ncdf_fullgroupname(grpid):
    """A group's full name, its path from the root group, as IDL's ``Result =
    NCDF_FULLGROUPNAME(Grpid)`` (``'/'`` for the root group).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "f.nc"), netcdf4_format=True)
    >>> inner = idl.ncdf_groupdef(idl.ncdf_groupdef(cdfid, 'a'), 'b')
    >>> idl.ncdf_fullgroupname(inner)
    '/a/b'
    >>> idl.ncdf_close(cdfid)
    """
    return nc.full_group_name(grpid)


@idl_routine("NCDF_GROUPPARENT")
def ncdf_groupparent(grpid):
    """The id of a group's parent group, as IDL's ``Result = NCDF_GROUPPARENT(Grpid)``
    (the cdfid for a child of the root group). The root group has no parent: the
    library's ``NetCDF: No group found. (NC_ERROR=-125)``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "p.nc"), netcdf4_format=True)
    >>> a = idl.ncdf_groupdef(cdfid, 'a'); b = idl.ncdf_groupdef(a, 'b')
    >>> idl.ncdf_groupparent(b) == a, idl.ncdf_groupparent(a) == cdfid
    (np.True_, np.True_)
    >>> idl.ncdf_close(cdfid)
    """
    return np.int32(nc.group_parent(grpid))


@idl_routine("NCDF_NCIDINQ")
def ncdf_ncidinq(cdfid, groupname):
    """The id of a child group from its name, as IDL's ``Result = NCDF_NCIDINQ(Cdfid,
    GroupName)`` (LONG); -1 when there is none, with the library's message ``No group
    found. (NC_ERROR=-125)`` as a :class:`compat.CompatWarning` (GDL 1.0.1 prints it
    and returns -1).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "i.nc")
    >>> cdfid = idl.ncdf_create(path, netcdf4_format=True)
    >>> gid = idl.ncdf_groupdef(cdfid, 'navigation_data'); idl.ncdf_close(cdfid)
    >>> cdfid = idl.ncdf_open(path)
    >>> idl.ncdf_fullgroupname(idl.ncdf_ncidinq(cdfid, 'navigation_data'))
    '/navigation_data'
    >>> idl.ncdf_close(cdfid)
    """
    found = nc.group_ncid(cdfid, _name(groupname, "GroupName"))
    if found < 0:
        legacy_warn(nc._NO_GROUP)
    return np.int32(found)


@idl_routine("NCDF_DIMIDSINQ")
def ncdf_dimidsinq(grpid, *, include_parents=False):
    """The ids of the dimensions a group defines, as IDL's ``Result =
    NCDF_DIMIDSINQ(Grpid [, /INCLUDE_PARENTS])``: a LONG array, increasing (the
    library's ``nc_inq_dimids`` sorts them), with ``/INCLUDE_PARENTS`` also those of the
    group's ancestors, which the group sees; -1 when there are none (GDL 1.0.1 aborts
    on a group without dimensions: an assertion in its array constructor).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "d.nc"), netcdf4_format=True)
    >>> x = idl.ncdf_dimdef(cdfid, 'x', 3); gid = idl.ncdf_groupdef(cdfid, 'g')
    >>> t = idl.ncdf_dimdef(gid, 't', unlimited=True)
    >>> idl.ncdf_dimidsinq(gid).tolist(), idl.ncdf_dimidsinq(gid, include_parents=True).tolist()
    ([1], [0, 1])
    >>> idl.ncdf_close(cdfid)
    """
    return _ids(nc.dim_ids(grpid, bool(include_parents)))


@idl_routine("NCDF_VARIDSINQ")
def ncdf_varidsinq(grpid):
    """The ids of a group's variables, as IDL's ``Result = NCDF_VARIDSINQ(Grpid)``: a
    LONG array (variable ids count from 0 in each group), -1 when there are none.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "v.nc"), netcdf4_format=True)
    >>> gid = idl.ncdf_groupdef(cdfid, 'g')
    >>> a = idl.ncdf_vardef(gid, 'a'); b = idl.ncdf_vardef(gid, 'b', double=True)
    >>> idl.ncdf_varidsinq(gid).tolist(), int(idl.ncdf_varidsinq(cdfid))
    ([0, 1], -1)
    >>> idl.ncdf_close(cdfid)
    """
    return _ids(nc.var_ids(grpid))


class NcdfUnlimdimsinqResult(Result):
    """NCDF_UNLIMDIMSINQ's result and its COUNT output keyword."""

    result: object
    count: np.int32


@idl_routine("NCDF_UNLIMDIMSINQ")
def ncdf_unlimdimsinq(grpid, *, count=False):
    """The ids of the unlimited dimensions a group defines, as IDL's ``Result =
    NCDF_UNLIMDIMSINQ(Grpid [, COUNT=variable])``: a LONG array, -1 when there are none
    (those of the group's ancestors are not listed: GDL 1.0.1, through the library);
    ``count=True`` returns :class:`NcdfUnlimdimsinqResult` ``(result, count)``, the
    number of them (LONG).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "u.nc"), netcdf4_format=True)
    >>> x = idl.ncdf_dimdef(cdfid, 'x', 3); t = idl.ncdf_dimdef(cdfid, 't', unlimited=True)
    >>> idl.ncdf_unlimdimsinq(cdfid, count=True)
    NcdfUnlimdimsinqResult(result=array([1], dtype=int32), count=np.int32(1))
    >>> idl.ncdf_close(cdfid)
    """
    found = nc.unlimited_ids(grpid)
    return named_result(NcdfUnlimdimsinqResult, _ids(found),
                        {"count": np.int32(len(found))} if count else {})
