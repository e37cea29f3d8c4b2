"""IDL's HDF4 scientific data set routines: ``HDF_SD_START``, ``HDF_SD_END``,
``HDF_SD_FILEINFO``, ``HDF_SD_SELECT``, ``HDF_SD_NAMETOINDEX``, ``HDF_SD_GETINFO``,
``HDF_SD_SETINFO``, ``HDF_SD_GETDATA``, ``HDF_SD_ADDDATA``, ``HDF_SD_CREATE``,
``HDF_SD_ENDACCESS``, ``HDF_SD_ATTRINFO``, ``HDF_SD_ATTRFIND``, ``HDF_SD_ATTRSET``,
``HDF_SD_DIMGETID``, ``HDF_SD_DIMGET``, ``HDF_SD_DIMSET``, ``HDF_ISHDF``,
``HDF_IDL2HDFTYPE``.

IDL's id-based interface over :mod:`compat._core.hdf4_sd` (pyhdf, the optional extra
``compat[hdf4]``, which calls the HDF4 library as IDL does): a file is named by the
integer ``SDinterface_id`` HDF_SD_START returns, a data set by the ``SDdataset_id`` of
HDF_SD_SELECT/HDF_SD_CREATE, a dimension by the id of HDF_SD_DIMGETID -- the library's
own identifiers, as IDL returns them (IDL Scientific Data Formats, "HDF Scientific
Dataset ID Numbers").

**Dimension order.** IDL lists dimensions fastest first, the reverse of the file's C
order (IDL Reference, HDF_SD_GETINFO: "these dimensions are returned in reverse order
from their HDF format unless the NOREVERSE keyword is also set"): HDF_SD_CREATE's
``Dims``, HDF_SD_GETINFO's ``DIMS``, the ``START``/``COUNT``/``STRIDE`` keywords and
HDF_SD_DIMGETID's dimension index (0 = IDL's first = the file's last dimension) are in
IDL's order. Arrays are numpy arrays in compat's IDL layout (numpy shape = IDL
dimensions reversed), which is the file's C order: what the library reads is what
HDF_SD_GETDATA gives.

**Types** (IDL Scientific Data Formats, "IDL and HDF Data Types"): written, BYTE is
DFNT_UINT8, INT DFNT_INT16, UINT DFNT_UINT16, LONG DFNT_INT32, ULONG DFNT_UINT32, FLOAT
DFNT_FLOAT32, DOUBLE DFNT_FLOAT64, STRING DFNT_CHAR8; read, DFNT_INT8 and DFNT_UINT8
are BYTE (the bits: -1 reads 255, as GDL 1.0.1 reads it), and the rest the reverse of
the above. ``TYPE=`` names IDL's type ('FLOAT'), ``HDF_TYPE=`` the HDF type
('DFNT_FLOAT32', as IDL's reference pages say; GDL 1.0.1 returns the type code, 5 --
suite idl/hdf4 records it as a divergence).

**The clone.** GDL 1.0.1 has the reading routines but not HDF_SD_ATTRSET, _SETINFO,
_DIMSET or HDF_IDL2HDFTYPE, and its HDF_SD_CREATE does not reverse ``Dims`` (a GDL file
holds IDL's ``[4, 3]`` as C ``(4, 3)``, which IDL and compat read back as ``[3, 4]``):
the suite idl/hdf4 reads a file written by pyhdf (``data/make_data.py``) with both, and
compat's writing routines are checked by reading their files back with pyhdf and GDL in
tests/test_idl_hdf4.py. GDL raises no error for bad ids or indices; compat's messages
are its own, in IDL's manner.
"""

from __future__ import annotations

import builtins

import numpy as np

from compat._core import hdf4_sd as sd
from compat._core.errors import CompatValueError, legacy_warn
from compat._core.idl_struct import build_structure
from compat._core.idl_types import idl_array, idl_literal
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["hdf_sd_start", "hdf_sd_end", "hdf_sd_fileinfo", "hdf_sd_select",
           "hdf_sd_nametoindex", "hdf_sd_getinfo", "hdf_sd_setinfo", "hdf_sd_getdata",
           "hdf_sd_adddata", "hdf_sd_create", "hdf_sd_endaccess", "hdf_sd_attrinfo",
           "hdf_sd_attrfind", "hdf_sd_attrset", "hdf_sd_dimgetid", "hdf_sd_dimget",
           "hdf_sd_dimset", "hdf_ishdf", "hdf_idl2hdftype"]

#: HDF type code -> (IDL's type name, the numpy dtype IDL reads it as)
_READ = {3: ("BYTE", "u1"), 4: ("BYTE", "u1"), 20: ("BYTE", "u1"), 21: ("BYTE", "u1"),
         22: ("INT", "i2"), 23: ("UINT", "u2"), 24: ("LONG", "i4"), 25: ("ULONG", "u4"),
         5: ("FLOAT", "f4"), 6: ("DOUBLE", "f8")}
#: numpy dtype of an IDL value -> the HDF type IDL writes it as
_WRITE = {"u1": 21, "i2": 22, "u2": 23, "i4": 24, "u4": 25, "f4": 5, "f8": 6, "i1": 20,
          "b1": 21, "i8": 24, "u8": 25}
#: IDL type code -> HDF type code (HDF_IDL2HDFTYPE; 0 is DFNT_NONE)
_IDL_CODES = {1: 21, 2: 22, 3: 24, 4: 5, 5: 6, 7: 4, 12: 23, 13: 25}
#: the type keywords of HDF_SD_CREATE / HDF_SD_ATTRSET -> HDF type code
_KEYWORDS = {"byte": 21, "int": 22, "short": 22, "long": 24, "float": 5, "double": 6,
             "string": 4, "uint": 23, "ulong": 25, "dfnt_char": 4, "dfnt_float32": 5,
             "dfnt_float64": 6, "dfnt_int8": 20, "dfnt_int16": 22, "dfnt_int32": 24,
             "dfnt_uint8": 21, "dfnt_uint16": 23, "dfnt_uint32": 25}
_NAME_CODES = {name: code for code, (name, _) in sd.HDF_TYPES.items()}


def _as_idl(values, code):
    """Values read from the file as IDL holds them (INT8 and CHAR8 bits as BYTE)."""
    values = np.asarray(values)
    if values.dtype.kind in "Si" and values.dtype.itemsize == 1:
        return values.view(np.uint8)
    return values.astype(np.dtype(_READ[code][1]), copy=False)


def _type_code(keywords: dict, hdf_type, default):
    chosen = [name for name, flag in keywords.items() if flag]
    if hdf_type is not None:
        name = str(hdf_type).upper()
        if name not in _NAME_CODES:
            raise CompatValueError(f"Unknown HDF_TYPE {hdf_type!r}: one of "
                                   f"{', '.join(sorted(_NAME_CODES))}")
        chosen.append(name)
    codes = {(_KEYWORDS.get(c) or _NAME_CODES[c]) for c in chosen}
    if len(codes) > 1:
        raise CompatValueError("Conflicting keywords: only one type keyword is allowed.")
    return codes.pop() if codes else default


def _text(value) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, np.ndarray) and value.dtype.kind in "SUO":
        return "".join(_text(v) for v in value.ravel())
    return str(value)


def _ivector(value, name):
    values = idl_array(value).ravel()
    if values.dtype.kind not in "iuf":
        raise CompatValueError(f"{name} must be numeric")
    return [int(v) for v in values]


def _reverse(value, name):
    return None if value is None else _ivector(value, name)[::-1]


# ------------------------------------------------------------------------------ files
@idl_routine("HDF_SD_START")
def hdf_sd_start(filename, *, read=False, rdwr=False, create=False):
    """Open or create an HDF4 file for the SD interface, as IDL's ``HDF_SD_START``.

    IDL call form::

        SDinterface_id = HDF_SD_START(Filename [, /READ | , /RDWR] [, /CREATE])
        ->  sd_id = idl.hdf_sd_start('in.hdf')

    Read-only by default (``/READ``); ``/RDWR`` opens for writing; ``/CREATE`` makes a
    new file (replacing one of that name). Returns the HDF4 library's id, a plain int
    (393216 for the first open file, as GDL 1.0.1 prints). A file that cannot be opened
    is ``HDF_SD_START: Unable to start the HDF-SD interface on 'in.hdf'``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "s.hdf")
    >>> sd_id = idl.hdf_sd_start(path, create=True)
    >>> idl.hdf_sd_end(sd_id)
    >>> int(idl.hdf_ishdf(path))
    1
    """
    del read
    return sd.start(filename, "create" if create else "rdwr" if rdwr else "read")


@idl_routine("HDF_SD_END")
def hdf_sd_end(sd_id):
    """Close an HDF4 file, as IDL's ``HDF_SD_END, SDinterface_id`` (its data sets still
    selected are ended too; the file is written out). Example: :func:`hdf_sd_start`.
    """
    sd.end(sd_id)


@idl_routine("HDF_SD_FILEINFO", output_arguments=("datasets", "attributes"))
def hdf_sd_fileinfo(sd_id, *, datasets=True, attributes=True):
    """How many data sets and global attributes a file holds, as IDL's
    ``HDF_SD_FILEINFO, SDinterface_id, Datasets, Attributes``; returns
    ``(datasets, attributes)``, LONGs. The library counts a dimension's scale (a
    coordinate variable) as a data set.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> sd_id = idl.hdf_sd_start(os.path.join(tempfile.mkdtemp(), "f.hdf"), create=True)
    >>> s = idl.hdf_sd_create(sd_id, 'a', [3])
    >>> idl.hdf_sd_attrset(sd_id, 'title', 'x')
    >>> idl.hdf_sd_fileinfo(sd_id)
    HdfSdFileinfoResult(datasets=np.int32(1), attributes=np.int32(1))
    >>> idl.hdf_sd_end(sd_id)
    """
    counts = sd.file_info(sd_id)
    values = {}
    if datasets:
        values["datasets"] = np.int32(counts[0])
    if attributes:
        values["attributes"] = np.int32(counts[1])
    return HdfSdFileinfoResult(**values)


class HdfSdFileinfoResult(Result):
    """HDF_SD_FILEINFO's output arguments."""

    datasets: np.int32
    attributes: np.int32


@idl_routine("HDF_ISHDF")
def hdf_ishdf(filename):
    """1 if a file is an HDF4 file, else 0, as IDL's ``Result = HDF_ISHDF(Filename)``
    (LONG; a missing file is 0). The file's first four bytes are HDF4's magic number
    0x0e031301 (HDF4 Reference Manual, ``Hishdf``).

    Examples
    --------
    >>> from compat import idl
    >>> int(idl.hdf_ishdf('no such file.hdf'))
    0
    """
    return np.int32(1 if sd.is_hdf(_text(filename)) else 0)


@idl_routine("HDF_IDL2HDFTYPE")
def hdf_idl2hdftype(typecode):
    """The HDF type code of an IDL type code, as IDL's ``Result =
    HDF_IDL2HDFTYPE(TypeCode)`` (LONG): BYTE (1) -> 21 (DFNT_UINT8), INT (2) -> 22,
    LONG (3) -> 24, FLOAT (4) -> 5, DOUBLE (5) -> 6, STRING (7) -> 4 (DFNT_CHAR8), UINT
    (12) -> 23, ULONG (13) -> 25; a type HDF4 has no equivalent of -> 0 (DFNT_NONE).

    Examples
    --------
    >>> from compat import idl
    >>> idl.hdf_idl2hdftype([1, 4, 6]).tolist()
    [21, 5, 0]
    """
    codes = idl_array(typecode)
    out = np.array([_IDL_CODES.get(int(c), 0) for c in codes.ravel()], dtype=np.int32)
    return out.reshape(codes.shape) if codes.ndim else out[0]


# -------------------------------------------------------------------------- data sets
@idl_routine("HDF_SD_SELECT")
def hdf_sd_select(sd_id, number):
    """The id of a file's data set ``Number`` (0-based), as IDL's ``SDdataset_id =
    HDF_SD_SELECT(SDinterface_id, Number)``. Example: :func:`hdf_sd_getdata`."""
    return sd.select(sd_id, int(idl_array(number).ravel()[0]))


@idl_routine("HDF_SD_NAMETOINDEX")
def hdf_sd_nametoindex(sd_id, name):
    """A data set's index from its name, as IDL's ``Result =
    HDF_SD_NAMETOINDEX(SDinterface_id, SDS_Name)`` (LONG; -1 when there is none).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> sd_id = idl.hdf_sd_start(os.path.join(tempfile.mkdtemp(), "n.hdf"), create=True)
    >>> s = idl.hdf_sd_create(sd_id, 'temp', [4, 3], float=True)
    >>> int(idl.hdf_sd_nametoindex(sd_id, 'temp')), int(idl.hdf_sd_nametoindex(sd_id, 'x'))
    (0, -1)
    >>> idl.hdf_sd_end(sd_id)
    """
    return np.int32(sd.name_to_index(sd_id, _text(name)))


@idl_routine("HDF_SD_CREATE")
def hdf_sd_create(sd_id, name, dims, *, hdf_type=None, byte=False, int=False,
                  short=False, long=False, float=False, double=False, string=False,
                  uint=False, ulong=False, dfnt_char=False, dfnt_float32=False,
                  dfnt_float64=False, dfnt_int8=False, dfnt_int16=False,
                  dfnt_int32=False, dfnt_uint8=False, dfnt_uint16=False,
                  dfnt_uint32=False):
    """Create a data set, as IDL's ``HDF_SD_CREATE``; returns its ``SDdataset_id``.

    IDL call form::

        SDdataset_id = HDF_SD_CREATE(SDinterface_id, Name, Dims [, HDF_TYPE=string]
                                     [, /BYTE | /INT | /LONG | /FLOAT | /DOUBLE | /STRING
                                      | /UINT | /ULONG | /DFNT_INT8 | ...])
        ->  sds = idl.hdf_sd_create(sd_id, 'var1', [10, 20], double=True)

    ``Dims`` in IDL's order (``[10, 20]`` is the file's C ``(20, 10)``, read back by
    IDL as ``[10, 20]``); a 0 as the last IDL dimension makes it unlimited. FLOAT
    (DFNT_FLOAT32) unless a type keyword says otherwise; ``/INT`` and ``/SHORT`` are
    DFNT_INT16, ``/STRING`` DFNT_CHAR8; ``HDF_TYPE='DFNT_INT8'`` names the HDF type.
    The file must be open for writing.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> sd_id = idl.hdf_sd_start(os.path.join(tempfile.mkdtemp(), "c.hdf"), create=True)
    >>> sds = idl.hdf_sd_create(sd_id, 'var1', [10, 20], double=True)
    >>> r = idl.hdf_sd_getinfo(sds)
    >>> r.dims.tolist(), r.type, r.hdf_type
    ([10, 20], 'DOUBLE', 'DFNT_FLOAT64')
    >>> idl.hdf_sd_end(sd_id)
    """
    code = _type_code(dict(byte=byte, int=int, short=short, long=long, float=float,
                           double=double, string=string, uint=uint, ulong=ulong,
                           dfnt_char=dfnt_char, dfnt_float32=dfnt_float32,
                           dfnt_float64=dfnt_float64, dfnt_int8=dfnt_int8,
                           dfnt_int16=dfnt_int16, dfnt_int32=dfnt_int32,
                           dfnt_uint8=dfnt_uint8, dfnt_uint16=dfnt_uint16,
                           dfnt_uint32=dfnt_uint32), hdf_type, 5)
    shape = _ivector(dims, "Dims")[::-1]
    if not shape:
        raise CompatValueError("Dims must have at least one element")
    return sd.create(sd_id, _text(name), shape, code)


@idl_routine("HDF_SD_ENDACCESS")
def hdf_sd_endaccess(sds_id):
    """End access to a data set, as IDL's ``HDF_SD_ENDACCESS, SDdataset_id`` (its
    dimension ids end with it). Example: :func:`hdf_sd_getdata`."""
    sd.end_access(sds_id)


class HdfSdGetinfoResult(Result):
    """HDF_SD_GETINFO's output keywords (the ones requested; None where IDL leaves the
    variable undefined: FILL, RANGE, CALDATA when the data set has none)."""

    name: str
    ndims: np.int32
    dims: np.ndarray
    type: str
    hdf_type: str
    natts: np.int32
    label: str
    unit: str
    format: str
    coordsys: str
    fill: object
    range: object
    caldata: object


_INFO_KEYS = ("name", "ndims", "dims", "type", "hdf_type", "natts", "label", "unit",
              "format", "coordsys", "fill", "range", "caldata")


@idl_routine("HDF_SD_GETINFO")
def hdf_sd_getinfo(sds_id, *, noreverse=False, **requested):
    """What a data set is, as IDL's ``HDF_SD_GETINFO`` procedure.

    IDL call form::

        HDF_SD_GETINFO, SDdataset_id [, CALDATA=variable] [, COORDSYS=variable]
            [, DIMS=variable] [, FILL=variable] [, FORMAT=variable] [, HDF_TYPE=variable]
            [, LABEL=variable] [, NAME=variable] [, NATTS=variable] [, NDIMS=variable]
            [, /NOREVERSE] [, RANGE=variable] [, TYPE=variable] [, UNIT=variable]
        ->  r = idl.hdf_sd_getinfo(sds)        # every output keyword
        ->  r = idl.hdf_sd_getinfo(sds, dims=True, type=True)

    Returns a named tuple of the output keywords asked for (all of them when none is):
    NAME; NDIMS (LONG); DIMS (LONG array, IDL's order unless ``/NOREVERSE``; an
    unlimited dimension's current length); TYPE (IDL's name: 'BYTE', 'INT', 'UINT',
    'LONG', 'ULONG', 'FLOAT', 'DOUBLE'); HDF_TYPE ('DFNT_FLOAT32'); NATTS (LONG, the
    library's count, which includes the predefined attributes such as ``long_name``);
    LABEL, UNIT, FORMAT, COORDSYS ('' where not set); FILL (a scalar of the data set's
    type); RANGE (``[min, max]`` of its type); CALDATA (a structure ``{CAL, CAL_ERR,
    OFFSET, OFFSET_ERR, NUM_TYPE}``, DOUBLE and LONG). IDL leaves FILL, RANGE or
    CALDATA undefined (with a warning for FILL) when the data set has none: they are
    None, with a :class:`compat.CompatWarning` for FILL when it was asked for.

    Examples
    --------
    The example of IDL's HDF_SD_SETINFO reference page, with IDL's printed values:

    >>> import os, tempfile
    >>> from compat import idl
    >>> sd_id = idl.hdf_sd_start(os.path.join(tempfile.mkdtemp(), "d.hdf"), create=True)
    >>> sds = idl.hdf_sd_create(sd_id, 'variable1', [10, 20], double=True)
    >>> cal = idl.create_struct(['cal', 'cal_err', 'offset', 'offset_err', 'num_type'],
    ...                         1.0, 0.1, 2.5, 0.1, np.int32(6))
    >>> idl.hdf_sd_setinfo(sds, label='label1', unit='unit1', format='format1',
    ...                    coordsys='coord1', fill=np.float32(999.991), range=[99.99, -78],
    ...                    caldata=cal)
    >>> r = idl.hdf_sd_getinfo(sds)
    >>> r.label, r.unit, r.format, r.coordsys, r.type, int(r.ndims), r.dims.tolist()
    ('label1', 'unit1', 'format1', 'coord1', 'DOUBLE', 2, [10, 20])
    >>> print(f"{r.fill:.8g}", r.range.tolist())
    999.99103 [-78.0, 99.99]
    >>> idl.hdf_sd_end(sd_id)
    """
    unknown = set(requested) - set(_INFO_KEYS)
    if unknown:
        raise CompatValueError(f"Keyword {sorted(unknown)[0].upper()} not allowed")
    wanted = [k for k in _INFO_KEYS if requested.get(k)] or list(_INFO_KEYS)
    name, shape, code, natts = sd.info(sds_id)
    values = {}
    for key in wanted:
        if key == "name":
            values[key] = name
        elif key == "ndims":
            values[key] = np.int32(len(shape))
        elif key == "dims":
            values[key] = np.array(shape if noreverse else shape[::-1], dtype=np.int32)
        elif key == "type":
            values[key] = _READ[code][0]
        elif key == "hdf_type":
            values[key] = sd.HDF_TYPES[code][0]
        elif key == "natts":
            values[key] = np.int32(natts)
        elif key in ("label", "unit", "format", "coordsys"):
            strings = dict(zip(("label", "unit", "format", "coordsys"),
                               sd.data_strings(sds_id)))
            values[key] = strings[key]
        elif key == "fill":
            fill = sd.fill_value(sds_id)
            if fill is None:
                if requested.get("fill"):
                    legacy_warn("HDF_SD_GETINFO: no fill value is set: FILL is undefined")
                values[key] = None
            else:
                values[key] = _as_idl(np.asarray(fill), code)[()]
        elif key == "range":
            limits = sd.valid_range(sds_id)
            values[key] = None if limits is None else _as_idl(limits, code)
        else:
            cal = sd.calibration(sds_id)
            values[key] = None if cal is None else build_structure(
                ["CAL", "CAL_ERR", "OFFSET", "OFFSET_ERR", "NUM_TYPE"],
                [np.float64(cal[0]), np.float64(cal[1]), np.float64(cal[2]),
                 np.float64(cal[3]), np.int32(cal[4])])
    return HdfSdGetinfoResult(**values)


@idl_routine("HDF_SD_SETINFO")
def hdf_sd_setinfo(sds_id, *, label=None, unit=None, format=None, coordsys=None,
                   fill=None, range=None, caldata=None):
    """Set a data set's predefined attributes, as IDL's ``HDF_SD_SETINFO,
    SDdataset_id [, CALDATA=structure] [, COORDSYS=string] [, FILL=value]
    [, FORMAT=string] [, LABEL=string] [, RANGE=[max, min]] [, UNIT=string]``.

    ``RANGE`` is ``[max, min]`` (IDL's order, the library's ``SDsetrange``);
    HDF_SD_GETINFO gives it back as ``[min, max]``. FILL and RANGE are converted to
    the data set's type. ``CALDATA`` is a structure with CAL, CAL_ERR, OFFSET,
    OFFSET_ERR (DOUBLE) and NUM_TYPE (LONG, an HDF type code). Example:
    :func:`hdf_sd_getinfo`.
    """
    code = sd.info(sds_id)[2]
    dtype = np.dtype(sd.HDF_TYPES[code][1])
    if any(v is not None for v in (label, unit, format, coordsys)):
        sd.set_data_strings(sds_id, *(None if v is None else _text(v)
                                      for v in (label, unit, format, coordsys)))
    if fill is not None:
        sd.set_fill(sds_id, idl_array(fill).ravel()[0].astype(dtype))
    if range is not None:
        limits = idl_array(range).ravel()
        if limits.size != 2:
            raise CompatValueError("RANGE must have 2 elements: [max, min]")
        limits = limits.astype(dtype)
        sd.set_range(sds_id, limits[1], limits[0])
    if caldata is not None:
        record = np.asarray(caldata).ravel()[0]
        names = [n.upper() for n in record.dtype.names or ()]
        need = ["CAL", "CAL_ERR", "OFFSET", "OFFSET_ERR", "NUM_TYPE"]
        if any(n not in names for n in need):
            raise CompatValueError("CALDATA must be a structure {CAL, CAL_ERR, OFFSET, "
                                   "OFFSET_ERR, NUM_TYPE}")
        field = {n.upper(): n for n in record.dtype.names}
        sd.set_calibration(sds_id, *(record[field[n]] for n in need))


@idl_routine("HDF_SD_GETDATA", output_arguments=("data",))
def hdf_sd_getdata(sds_id, *, start=None, count=None, stride=None, noreverse=False):
    """Read a data set, as IDL's ``HDF_SD_GETDATA, SDdataset_id, Data [, COUNT=vector]
    [, /NOREVERSE] [, START=vector] [, STRIDE=vector]``; returns ``Data``.

    ``START``, ``COUNT``, ``STRIDE`` are in IDL's order (fastest dimension first), as
    IDL documents; without ``COUNT`` the read runs to the end of each dimension. The
    data come in IDL's type (DFNT_INT8 and CHAR8 as BYTE) and compat's IDL layout
    (numpy shape = IDL dimensions reversed = the file's C shape). ``/NOREVERSE`` gives
    the array with IDL dimensions equal to the file's C order (numpy: transposed).
    A hyperslab outside the data set is an error.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> sd_id = idl.hdf_sd_start(os.path.join(tempfile.mkdtemp(), "g.hdf"), create=True)
    >>> sds = idl.hdf_sd_create(sd_id, 'v', [3, 2], long=True)
    >>> idl.hdf_sd_adddata(sds, idl.lindgen(3, 2))
    >>> idl.hdf_sd_getdata(sds)
    array([[0, 1, 2],
           [3, 4, 5]], dtype=int32)
    >>> idl.hdf_sd_getdata(sds, start=[1, 0], count=[2, 2])
    array([[1, 2],
           [4, 5]], dtype=int32)
    >>> idl.hdf_sd_endaccess(sds); idl.hdf_sd_end(sd_id)
    """
    code = sd.info(sds_id)[2]
    values = sd.read(sds_id, _reverse(start, "START"), _reverse(count, "COUNT"),
                     _reverse(stride, "STRIDE"))
    values = _as_idl(values, code)
    if noreverse:
        values = np.ascontiguousarray(values.T)
    return values


@idl_routine("HDF_SD_ADDDATA")
def hdf_sd_adddata(sds_id, data, *, start=None, count=None, stride=None,
                   noreverse=False):
    """Write data to a data set, as IDL's ``HDF_SD_ADDDATA, SDdataset_id, Data
    [, COUNT=vector] [, /NOREVERSE] [, START=vector] [, STRIDE=vector]``.

    ``Data`` in compat's IDL layout (numpy shape = IDL dimensions reversed), converted
    to the data set's type as C converts (fractions truncated, BYTE keeps the low 8
    bits); ``START``/``COUNT``/``STRIDE`` in IDL's order (``COUNT`` defaults to the
    data's dimensions). ``/NOREVERSE``: ``Data``'s IDL dimensions are the file's C
    order. Example: :func:`hdf_sd_getdata`.
    """
    name, shape, code, _ = sd.info(sds_id)
    values = idl_array(data)
    if noreverse:
        values = values.T
    dtype = np.dtype(sd.HDF_TYPES[code][1])
    if dtype.kind == "S":
        if values.dtype.kind in "US":
            values = np.frombuffer(_text(values).encode("latin-1"), np.uint8)
        values = values.astype(np.uint8)
    elif values.dtype.kind == "f" and dtype.kind in "iu":
        values = np.trunc(values).astype(np.int64).astype(dtype)
    else:
        values = values.astype(dtype)
    counts = _reverse(count, "COUNT")
    if counts is None and start is None and stride is None and values.ndim < len(shape):
        values = values.reshape([1] * (len(shape) - values.ndim) + list(values.shape))
    if counts is None and values.ndim == len(shape):
        counts = list(values.shape)
    sd.write(sds_id, values, _reverse(start, "START"), counts, _reverse(stride, "STRIDE"))


# ------------------------------------------------------------------------- attributes
class HdfSdAttrinfoResult(Result):
    """HDF_SD_ATTRINFO's output keywords (the ones requested)."""

    name: str
    type: str
    hdf_type: str
    count: np.int32
    data: object


@idl_routine("HDF_SD_ATTRINFO")
def hdf_sd_attrinfo(s_id, attr_index, *, name=False, type=False, hdf_type=False,
                    count=False, data=False):
    """An attribute of a file, data set or dimension, as IDL's ``HDF_SD_ATTRINFO,
    S_ID, Attr_Index [, COUNT=variable] [, DATA=variable] [, HDF_TYPE=variable]
    [, NAME=variable] [, TYPE=variable]``.

    ``S_ID`` an SDinterface_id (global attributes), SDdataset_id or dimension id;
    ``Attr_Index`` 0-based (HDF_SD_ATTRFIND gives it). Returns a named tuple of the
    keywords asked for (all when none is): NAME; TYPE (IDL's type name, 'STRING' for a
    character attribute); HDF_TYPE ('DFNT_CHAR8'); COUNT (LONG, the number of values,
    characters for text); DATA: text as a string, numbers as an array in IDL's type
    (one value too is a 1-element array, as GDL 1.0.1 returns it).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> sd_id = idl.hdf_sd_start(os.path.join(tempfile.mkdtemp(), "a.hdf"), create=True)
    >>> idl.hdf_sd_attrset(sd_id, 'scale', np.float32([1.5, 2.5]))
    >>> r = idl.hdf_sd_attrinfo(sd_id, idl.hdf_sd_attrfind(sd_id, 'scale'))
    >>> r.name, r.type, r.hdf_type, int(r.count), r.data.tolist()
    ('scale', 'FLOAT', 'DFNT_FLOAT32', 2, [1.5, 2.5])
    >>> idl.hdf_sd_end(sd_id)
    """
    attr_name, code, number, values = sd.attr_info(s_id, int(idl_array(attr_index)
                                                              .ravel()[0]))
    text = isinstance(values, str)
    everything = not any((name, type, hdf_type, count, data))
    out = {}
    if name or everything:
        out["name"] = attr_name
    if type or everything:
        out["type"] = "STRING" if text else _READ[code][0]
    if hdf_type or everything:
        out["hdf_type"] = sd.HDF_TYPES[code][0]
    if count or everything:
        out["count"] = np.int32(number)
    if data or everything:
        out["data"] = values if text else _as_idl(values, code)
    return HdfSdAttrinfoResult(**out)


@idl_routine("HDF_SD_ATTRFIND")
def hdf_sd_attrfind(s_id, name):
    """An attribute's index from its name, as IDL's ``Result = HDF_SD_ATTRFIND(S_ID,
    Name)`` (LONG; -1 when there is none). Example: :func:`hdf_sd_attrinfo`."""
    return np.int32(sd.attr_find(s_id, _text(name)))


@idl_routine("HDF_SD_ATTRSET")
def hdf_sd_attrset(s_id, attr_name, values, count=None, *, byte=False, int=False,
                   short=False, long=False, float=False, double=False, string=False,
                   uint=False, ulong=False, dfnt_char=False, dfnt_float32=False,
                   dfnt_float64=False, dfnt_int8=False, dfnt_int16=False,
                   dfnt_int32=False, dfnt_uint8=False, dfnt_uint16=False,
                   dfnt_uint32=False):
    """Write an attribute, as IDL's ``HDF_SD_ATTRSET, S_ID, Attr_Name, Values [, Count]
    [, /BYTE | /INT | /LONG | /FLOAT | /DOUBLE | /STRING | /UINT | /ULONG | /DFNT_...]``.

    ``S_ID`` an SDinterface_id (a global attribute), SDdataset_id or dimension id.
    The HDF type follows ``Values``' IDL type unless a keyword names one (BYTE ->
    DFNT_UINT8, INT -> DFNT_INT16, LONG -> DFNT_INT32, FLOAT -> DFNT_FLOAT32, DOUBLE ->
    DFNT_FLOAT64, STRING -> DFNT_CHAR8; a Python int is an IDL INT literal, a Python
    float DOUBLE); ``Count`` writes the first ``Count`` values. An existing attribute of
    that name is replaced. Example: :func:`hdf_sd_attrinfo`.
    """
    if isinstance(values, (str, bytes, np.str_)) or (
            isinstance(values, np.ndarray) and values.dtype.kind in "SU"):
        text = _text(values)
        if count is not None:
            text = text[:builtins.int(count)]
        code = _type_code(dict(string=string, dfnt_char=dfnt_char), None, 4)
        sd.attr_set(s_id, _text(attr_name), text, code)
        return
    array = idl_literal(values) if not isinstance(values, np.ndarray) else idl_array(values)
    array = np.atleast_1d(np.asarray(array)).ravel()
    if array.dtype.kind not in "biuf":
        raise CompatValueError("Values must be numbers or text")
    code = _type_code(dict(byte=byte, int=int, short=short, long=long, float=float,
                           double=double, string=string, uint=uint, ulong=ulong,
                           dfnt_char=dfnt_char, dfnt_float32=dfnt_float32,
                           dfnt_float64=dfnt_float64, dfnt_int8=dfnt_int8,
                           dfnt_int16=dfnt_int16, dfnt_int32=dfnt_int32,
                           dfnt_uint8=dfnt_uint8, dfnt_uint16=dfnt_uint16,
                           dfnt_uint32=dfnt_uint32), None, _WRITE[array.dtype.str[1:]])
    if count is not None:
        array = array[:builtins.int(count)]
    dtype = np.dtype(sd.HDF_TYPES[code][1])
    if dtype.kind == "S":
        sd.attr_set(s_id, _text(attr_name), array.astype(np.uint8).tobytes()
                    .decode("latin-1"), code)
        return
    if array.dtype.kind == "f" and dtype.kind in "iu":
        array = np.trunc(array).astype(np.int64)
    sd.attr_set(s_id, _text(attr_name), array.astype(dtype), code)


# ------------------------------------------------------------------------- dimensions
@idl_routine("HDF_SD_DIMGETID")
def hdf_sd_dimgetid(sds_id, dimension_number):
    """A dimension's id, as IDL's ``Dim_ID = HDF_SD_DIMGETID(SDdataset_id,
    Dimension_Number)``; ``Dimension_Number`` in IDL's order (0 = IDL's first, the
    file's last dimension: the one of length 10 in ``HDF_SD_CREATE(sd, 'v', [10, 20])``,
    as IDL's HDF_SD_DIMSET example shows). Example: :func:`hdf_sd_dimget`."""
    rank = len(sd.info(sds_id)[1])
    number = int(idl_array(dimension_number).ravel()[0])
    if not 0 <= number < rank:
        raise CompatValueError(f"Invalid dimension number {number} (the data set has "
                               f"{rank} dimensions)")
    return sd.dim_id(sds_id, rank - 1 - number)


class HdfSdDimgetResult(Result):
    """HDF_SD_DIMGET's output keywords (the ones requested)."""

    name: str
    count: np.int32
    nattr: np.int32
    scale: object
    label: str
    unit: str
    format: str
    type: str


_DIM_KEYS = ("name", "count", "nattr", "scale", "label", "unit", "format", "type")


@idl_routine("HDF_SD_DIMGET")
def hdf_sd_dimget(dim_id, **requested):
    """What a dimension is, as IDL's ``HDF_SD_DIMGET, Dim_ID [, COUNT=variable]
    [, FORMAT=variable] [, LABEL=variable] [, NAME=variable] [, NATTR=variable]
    [, SCALE=variable] [, TYPE=variable] [, UNIT=variable]``.

    Returns a named tuple of the keywords asked for (all when none is): NAME; COUNT
    (LONG, the length); NATTR (LONG, the library's attribute count, 3 with label, unit
    and format set, as IDL's example prints); SCALE (the dimension scale in IDL's type,
    None when none is set); LABEL, UNIT, FORMAT ('' where not set); TYPE (the scale's
    IDL type name, 'UNDEFINED' without a scale).

    Examples
    --------
    IDL's HDF_SD_DIMSET reference example (its printed values):

    >>> import os, tempfile
    >>> from compat import idl
    >>> sd_id = idl.hdf_sd_start(os.path.join(tempfile.mkdtemp(), "m.hdf"), create=True)
    >>> sds = idl.hdf_sd_create(sd_id, 'var1', [10, 20, 0], long=True)
    >>> dim_id = idl.hdf_sd_dimgetid(sds, 0)
    >>> idl.hdf_sd_dimset(dim_id, name='d1', label='l1', format='f1', unit='u1',
    ...                   scale=idl.findgen(10))
    >>> r = idl.hdf_sd_dimget(dim_id)
    >>> r.name, r.label, r.format, r.unit, int(r.count), int(r.nattr), r.type
    ('d1', 'l1', 'f1', 'u1', 10, 3, 'FLOAT')
    >>> r.scale.dtype, r.scale.shape
    (dtype('float32'), (10,))
    >>> idl.hdf_sd_end(sd_id)
    """
    unknown = set(requested) - set(_DIM_KEYS)
    if unknown:
        raise CompatValueError(f"Keyword {sorted(unknown)[0].upper()} not allowed")
    wanted = [k for k in _DIM_KEYS if requested.get(k)] or list(_DIM_KEYS)
    found = sd.dim_info(dim_id)
    out = {}
    for key in wanted:
        if key == "count":
            out[key] = np.int32(found["count"])
        elif key == "nattr":
            out[key] = np.int32(found["natts"])
        elif key == "scale":
            out[key] = None if found["scale"] is None else _as_idl(found["scale"],
                                                                   found["type"])
        elif key == "type":
            out[key] = _READ[found["type"]][0] if found["type"] else "UNDEFINED"
        else:
            out[key] = found[key]
    return HdfSdDimgetResult(**out)


@idl_routine("HDF_SD_DIMSET")
def hdf_sd_dimset(dim_id, *, name=None, label=None, unit=None, format=None, scale=None,
                  bw_incomp=False):
    """Name a dimension and set its strings and scale, as IDL's ``HDF_SD_DIMSET, Dim_ID
    [, /BW_INCOMP] [, FORMAT=string] [, LABEL=string] [, NAME=string] [, SCALE=vector]
    [, UNIT=string]``. ``SCALE`` is written in its IDL type (FLOAT as DFNT_FLOAT32) and
    must have the dimension's length. ``/BW_INCOMP`` is accepted (the library writes
    its current representation). Example: :func:`hdf_sd_dimget`.
    """
    del bw_incomp
    values = code = None
    if scale is not None:
        values = np.atleast_1d(idl_literal(scale) if not isinstance(scale, np.ndarray)
                               else idl_array(scale)).ravel()
        if values.dtype.kind not in "biuf":
            raise CompatValueError("SCALE must be numeric")
        code = _WRITE[values.dtype.str[1:]]
        length = sd.dim_info(dim_id)["count"]
        if length and values.size != length:
            raise CompatValueError(f"SCALE has {values.size} values, the dimension "
                                   f"{length}")
        values = values.astype(sd.HDF_TYPES[code][1])
    sd.dim_set(dim_id, name=None if name is None else _text(name),
               label=None if label is None else _text(label),
               unit=None if unit is None else _text(unit),
               fmt=None if format is None else _text(format), scale=values,
               scale_code=code)
