"""IDL's netCDF attribute routines: ``NCDF_ATTPUT``, ``NCDF_ATTGET``, ``NCDF_ATTINQ``,
``NCDF_ATTNAME``, ``NCDF_ATTDEL``, ``NCDF_ATTRENAME``.

The attributes of the files :mod:`compat.idl.netcdf` opens (same cdfids, same variable
ids or names), over :mod:`compat._core.netcdf_ids`. A global attribute is asked for
with IDL's ``/GLOBAL``, which in Python is ``global_=True`` (``global`` is a Python
keyword; ``**{'global': True}`` is accepted too), the variable argument then left out
as in IDL. Types are IDL's (:mod:`compat.idl.netcdf`): a CHAR attribute reads as a BYTE
array, NC_SHORT as INT, NC_INT as LONG, NC_BYTE as BYTE.
"""

from __future__ import annotations

import warnings

import numpy as np

from compat._core import netcdf_ids as nc
from compat._core.errors import CompatTypeError, CompatValueError, CompatWarning
from compat._core.idl_struct import build_structure
from compat._core.idl_types import idl_literal
from compat._core.legacy import idl_routine
from compat.idl._netcdf_types import (IDL_TO_NC, as_idl, converted, requested_type,
                                      type_name, varid_of)

__all__ = ["ncdf_attput", "ncdf_attget", "ncdf_attinq", "ncdf_attname", "ncdf_attdel",
           "ncdf_attrename"]


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
        warnings.warn(CompatWarning(f"NCDF_ATTNAME: Attribute {k} not found."),
                      stacklevel=3)
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
