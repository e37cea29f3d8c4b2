"""IDL's netCDF attribute routines: ``NCDF_ATTPUT``, ``NCDF_ATTGET``, ``NCDF_ATTINQ``,
``NCDF_ATTNAME``, ``NCDF_ATTDEL``, ``NCDF_ATTRENAME``, ``NCDF_ATTCOPY``.

The attributes of the files :mod:`compat.idl.netcdf` opens (same cdfids, same variable
ids or names), over :mod:`compat._core.netcdf_ids`. A global attribute is asked for
with IDL's ``/GLOBAL``, which in Python is ``global_=True`` (``global`` is a Python
keyword; ``**{'global': True}`` is accepted too), the variable argument then left out
as in IDL. Types are IDL's (:mod:`compat.idl.netcdf`): a CHAR attribute reads as a BYTE
array, NC_SHORT as INT, NC_INT as LONG, NC_BYTE as BYTE.
"""

from __future__ import annotations


import numpy as np

from compat._core import netcdf_ids as nc
from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.idl_struct import build_structure
from compat._core.idl_types import idl_literal
from compat._core.legacy import idl_routine
from compat.idl._netcdf_types import (IDL_TO_NC, as_idl, converted, requested_type,
                                      type_name, varid_of)

__all__ = ["ncdf_attput", "ncdf_attget", "ncdf_attinq", "ncdf_attname", "ncdf_attdel",
           "ncdf_attrename", "ncdf_attcopy"]


# ------------------------------------------------------------------------ attributes
def _global_args(varid, name, rest, global_, keywords):
    is_global = global_ or keywords.pop("global", False)
    if keywords:
        raise TypeError(f"unexpected keyword arguments {sorted(keywords)}")
    if is_global:
        return None, varid, (name,) + rest
    return varid_of(varid), name, rest


@idl_routine("NCDF_ATTPUT")
def ncdf_attput(cdfid, varid, name, value=None, *, global_=False, byte=False, char=False,
                short=False, long=False, float=False, double=False, length=None,
                **keywords):
    """Write an attribute, as IDL's ``NCDF_ATTPUT, Cdfid [, Varid] , Name , Value
    [, /BYTE | /CHAR | /DOUBLE | /FLOAT | /LONG | /SHORT] [, LENGTH=] [, /GLOBAL]``.

    Python forms: ``idl.ncdf_attput(cdfid, varid, 'units', 'm')`` and, for a global
    attribute, ``idl.ncdf_attput(cdfid, 'title', 'x', global_=True)`` (``global`` is a
    Python keyword: ``global_``, or ``**{'global': True}``). The netCDF type is the
    value's IDL type (BYTE -> NC_BYTE, INT -> NC_SHORT, LONG -> NC_INT, FLOAT, DOUBLE,
    STRING -> NC_CHAR; a Python int is an INT literal) unless a type keyword converts
    it; ``LENGTH`` cuts or zero-pads a string. A new attribute needs define mode in
    classic files; replacing one does not.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "a.nc"))
    >>> v = idl.ncdf_vardef(cdfid, 'v')
    >>> idl.ncdf_attput(cdfid, v, 'scale', 2.5, float=True)
    >>> idl.ncdf_attput(cdfid, 'title', 'run 1', global_=True)
    >>> idl.ncdf_attinq(cdfid, v, 'scale').DATATYPE[0]
    'FLOAT'
    >>> idl.ncdf_close(cdfid)
    """
    owner, att_name, rest = _global_args(varid, name, (value,), global_, keywords)
    value = rest[0]
    if value is None:
        raise CompatValueError("Variable is undefined: Value.")
    types = {"byte": byte, "char": char, "short": short, "long": long, "float": float,
             "double": double}
    target = requested_type(types, None)
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, (str, np.str_)) or (isinstance(value, np.ndarray)
                                             and value.dtype.kind in "US"):
        text = "".join(np.ravel(np.asarray(value, dtype=str)).tolist())
        if target is None or target.kind == "S":
            if length is not None:
                text = text[:int(length)].ljust(int(length), "\0")
            nc.put_att(cdfid, owner, str(att_name), text)
            return
        raise CompatTypeError("String expression not allowed in this context: Value.")
    data = idl_literal(value)
    if data.dtype.kind not in "biuf":
        raise CompatTypeError(f"Value of type {data.dtype} cannot be an attribute.")
    if target is not None and target.kind == "S":
        text = bytes(np.ravel(data).astype(np.uint8)).decode("latin-1")
        nc.put_att(cdfid, owner, str(att_name), text)
        return
    if target is None:
        target = np.dtype(IDL_TO_NC.get(data.dtype.str[1:] if data.dtype.kind != "b"
                                         else "b1", data.dtype.str[1:]))
        if data.dtype == np.uint8:
            data = data.view(np.int8)
    nc.put_att(cdfid, owner, str(att_name), converted(np.ravel(data), target))


@idl_routine("NCDF_ATTGET")
def ncdf_attget(cdfid, varid, name=None, *, global_=False, **keywords):
    """Read an attribute, as IDL's ``NCDF_ATTGET, Cdfid [, Varid], Name, Value
    [, /GLOBAL]``; returns ``Value``.

    Python forms: ``idl.ncdf_attget(cdfid, varid, 'units')``,
    ``idl.ncdf_attget(cdfid, 'title', global_=True)``. A character attribute comes back
    as a BYTE array, as in IDL (``STRING(value)`` -- :func:`compat.idl.string` -- makes
    text); a one-value numeric attribute as a scalar, several as an array, in IDL's type
    (NC_SHORT -> INT, NC_INT -> LONG, NC_BYTE -> BYTE). A missing attribute is IDL's
    ``NCDF_ATTGET: Attribute enquiry failed. (NC_ERROR=-43)``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "g.nc"))
    >>> idl.ncdf_attput(cdfid, 'title', 'hi', global_=True)
    >>> idl.ncdf_attput(cdfid, 'n', [1, 2], global_=True)
    >>> idl.ncdf_attget(cdfid, 'title', global_=True), idl.ncdf_attget(cdfid, 'n', global_=True)
    (array([104, 105], dtype=uint8), array([1, 2], dtype=int16))
    >>> idl.ncdf_close(cdfid)
    """
    owner, att_name, _ = _global_args(varid, name, (), global_, keywords)
    value = nc.get_att(cdfid, owner, str(att_name))
    if isinstance(value, str):
        return np.frombuffer(value.encode("latin-1"), dtype=np.uint8).copy()
    value = as_idl(value)
    return value[0] if value.size == 1 else value


@idl_routine("NCDF_ATTINQ")
def ncdf_attinq(cdfid, varid, name=None, *, global_=False, **keywords):
    """An attribute's type and length, as IDL's ``Result = NCDF_ATTINQ(Cdfid [, Varid],
    Name [, /GLOBAL])``: a structure ``{DATATYPE, LENGTH}`` (IDL's type name, LONG
    number of values; characters for a CHAR attribute).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "t.nc"))
    >>> idl.ncdf_attput(cdfid, 'g', 5, global_=True)
    >>> s = idl.ncdf_attinq(cdfid, 'g', global_=True)
    >>> s.DATATYPE[0], int(s.LENGTH[0])
    ('INT', 1)
    >>> idl.ncdf_close(cdfid)
    """
    owner, att_name, _ = _global_args(varid, name, (), global_, keywords)
    value = nc.get_att(cdfid, owner, str(att_name))
    if isinstance(value, str):
        kind, size = "CHAR", len(value.encode("latin-1"))
    else:
        kind, size = type_name(value.dtype), value.size
    return build_structure(["DATATYPE", "LENGTH"], [kind, np.int32(size)])


@idl_routine("NCDF_ATTNAME")
def ncdf_attname(cdfid, varid, attnum=None, *, global_=False, **keywords):
    """The name of an attribute from its number, as IDL's ``Result =
    NCDF_ATTNAME(Cdfid [, Varid], Attnum [, /GLOBAL])``; an empty string (and IDL's
    "Attribute 9 not found." as a :class:`compat.CompatWarning`) when there is no such
    attribute.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "m.nc"))
    >>> v = idl.ncdf_vardef(cdfid, 'v')
    >>> idl.ncdf_attput(cdfid, v, 'units', 'K'); idl.ncdf_attput(cdfid, v, 'scale', 2.0)
    >>> idl.ncdf_attname(cdfid, v, 1)
    'scale'
    >>> idl.ncdf_close(cdfid)
    """
    owner, number, _ = _global_args(varid, attnum, (), global_, keywords)
    names = nc.att_names(cdfid, owner)
    k = int(number)
    if not 0 <= k < len(names):
        legacy_warn(f"Attribute {k} not found.")
        return ""
    return names[k]


@idl_routine("NCDF_ATTDEL")
def ncdf_attdel(cdfid, varid, name=None, *, global_=False, **keywords):
    """Delete an attribute, as IDL's ``NCDF_ATTDEL, Cdfid [, Varid], Name [, /GLOBAL]``
    (define mode in classic files, as the netCDF library requires).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "x.nc"))
    >>> idl.ncdf_attput(cdfid, 'a', 1, global_=True); idl.ncdf_attput(cdfid, 'b', 2, global_=True)
    >>> idl.ncdf_attdel(cdfid, 'a', global_=True)
    >>> idl.ncdf_attname(cdfid, 0, global_=True)
    'b'
    >>> idl.ncdf_close(cdfid)
    """
    owner, att_name, _ = _global_args(varid, name, (), global_, keywords)
    nc.delete_att(cdfid, owner, str(att_name))


@idl_routine("NCDF_ATTRENAME")
def ncdf_attrename(cdfid, varid, oldname, newname=None, *, global_=False, **keywords):
    """Rename an attribute, as IDL's ``NCDF_ATTRENAME, Cdfid [, Varid], Oldname,
    Newname [, /GLOBAL]``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "r.nc"))
    >>> v = idl.ncdf_vardef(cdfid, 'v'); idl.ncdf_attput(cdfid, v, 'unit', 'm')
    >>> idl.ncdf_attrename(cdfid, v, 'unit', 'units'); idl.ncdf_attname(cdfid, v, 0)
    'units'
    >>> idl.ncdf_close(cdfid)
    """
    owner, old, rest = _global_args(varid, oldname, (newname,), global_, keywords)
    if not isinstance(rest[0], str):
        raise CompatTypeError("Newname must be a string.")
    nc.rename_att(cdfid, owner, str(old), rest[0])


@idl_routine("NCDF_ATTCOPY")
def ncdf_attcopy(incdf, *arguments, in_global=False, out_global=False):
    """Copy an attribute, as IDL's ``Result = NCDF_ATTCOPY(Incdf [, Invar], Name,
    Outcdf [, Outvar] [, /IN_GLOBAL] [, /OUT_GLOBAL])``; returns the attribute's number
    at the destination (INT), as :func:`ncdf_attname` counts it.

    Python forms follow IDL's: ``idl.ncdf_attcopy(id, 'TITLE', id2, in_global=True,
    out_global=True)`` copies a global attribute to another file's globals (IDL's
    documented example, NCDF_ATTINQ), ``idl.ncdf_attcopy(id, v, 'units', id2, w)``
    between variables (ids or names); ``Invar`` is left out with ``/IN_GLOBAL`` and
    ``Outvar`` with ``/OUT_GLOBAL``. ``Incdf`` and ``Outcdf`` may be the same file or
    groups. The type and values are copied unchanged (the library's ``nc_copy_att``); a
    new attribute needs the destination in define mode in a classic file (``Unable to
    define variable, not in define mode. (NC_ERROR=-38)``), a missing one is ``Attribute
    enquiry failed. (NC_ERROR=-43)``.

    GDL 1.0.1 returns -1 for every copy to a global attribute although it copies it: a
    divergence (IDL's documentation: the attribute number of the copy, -1 only when the
    copy failed).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> folder = tempfile.mkdtemp()
    >>> id = idl.ncdf_create(os.path.join(folder, 'test.nc'), clobber=True)
    >>> id2 = idl.ncdf_create(os.path.join(folder, 'test2.nc'), clobber=True)
    >>> idl.ncdf_attput(id, 'TITLE', 'MY TITLE', global_=True)
    >>> idl.ncdf_attput(id, 'DATE', 'July 1,1996', global_=True)
    >>> int(idl.ncdf_attcopy(id, 'TITLE', id2, in_global=True, out_global=True))
    0
    >>> int(idl.ncdf_attcopy(id, 'DATE', id2, in_global=True, out_global=True))
    1
    >>> idl.ncdf_close(id); idl.ncdf_close(id2)
    """
    wanted = 2 + (not in_global) + (not out_global)
    if len(arguments) != wanted:
        raise TypeError(f"NCDF_ATTCOPY takes {wanted + 1} arguments with these keywords "
                        f"(Incdf{'' if in_global else ', Invar'}, Name, Outcdf"
                        f"{'' if out_global else ', Outvar'}), got {len(arguments) + 1}")
    rest = list(arguments)
    invar = None if in_global else varid_of(rest.pop(0))
    name, outcdf = rest[0], rest[1]
    outvar = None if out_global else varid_of(rest[2])
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    if not isinstance(name, (str, np.str_)):
        raise CompatTypeError("Name must be a string.")
    return np.int16(nc.copy_att(incdf, invar, str(name), outcdf, outvar))
