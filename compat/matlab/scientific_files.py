"""MATLAB's high-level HDF5 and netCDF functions: ``h5read``, ``h5write``, ``h5create``,
``h5info``, ``h5readatt``, ``h5writeatt``, ``h5disp``, ``ncread``, ``ncwrite``,
``ncinfo``, ``nccreate``, ``ncreadatt``, ``ncwriteatt``, ``ncdisp``.

HDF5 needs h5py (the optional extra ``compat[hdf5]``, imported only when used); reading
classic netCDF files needs only scipy, netCDF-4 files (HDF5 inside) h5py; creating
variables and writing attributes of netCDF files (``nccreate``, ``ncwriteatt``) goes
through netCDF4-python (the same extra), which calls the netCDF-C library as MATLAB
does. Arrays come back in
MATLAB's layout: **HDF5 and netCDF dimensions reversed**, as MATLAB reports them (see
:mod:`compat._core.hdf5` and :mod:`compat._core.netcdf` for the layout and the
netCDF attribute conventions).
"""

from __future__ import annotations

import sys

import numpy as np

from compat._core import hdf5, netcdf, netcdf_schema, scientific_display
from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function

__all__ = ["ncwriteschema", "h5read", "h5write", "h5create", "h5info", "h5readatt", "h5writeatt", "h5disp",
           "ncread", "ncwrite", "ncinfo", "nccreate", "ncreadatt", "ncwriteatt", "ncdisp"]


def _optional(value):
    return None if value is None or is_omitted(value) else value


def _text(value, what):
    if not isinstance(value, str):
        raise CompatTypeError(f"{what} must be a character vector or string scalar")
    return value


@matlab_function("h5read")
def h5read(filename, ds, start=None, count=None, stride=None):
    """Read an HDF5 dataset, as MATLAB's ``h5read``.

    MATLAB call forms::

        data = h5read(filename, ds)                       ->  h5read('example.h5', '/g4/lat')
        data = h5read(filename, ds, start, count)         ->  h5read(f, d, [1 1], [3 Inf])
        data = h5read(filename, ds, start, count, stride)

    ``start`` (1-based), ``count`` (Inf: to the end) and ``stride`` have one element per
    dimension, in MATLAB's order. Returns the data in **MATLAB's layout: the HDF5
    dimensions reversed** (a dataset that h5py shows as shape (2, 3) comes back 3 x 2,
    the transpose of h5py's array); a 1-D dataset as a column, a scalar as 1 x 1; the
    class of the dataset (int16 stays int16); text as ``str`` (a string array for
    several); a compound dataset as a struct of columns. Fill values and attributes are
    not applied (h5read does not apply them either).

    Differences from ``h5py.File(f)[ds][()]``: the transpose (MATLAB's column-major view
    of C-ordered HDF5 data), 1-based hyperslabs, and a 2-D result for a 1-D dataset.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "x.h5")
    >>> matlab.h5create(path, '/g/x', [3, 2])
    >>> matlab.h5write(path, '/g/x', np.array([[1., 2.], [3., 4.], [5., 6.]]))
    >>> matlab.h5read(path, '/g/x', [2, 1], [2, 2])
    array([[3., 4.],
           [5., 6.]])
    """
    return hdf5.read_dataset(_text(filename, "filename"), _text(ds, "ds"),
                             _optional(start), _optional(count), _optional(stride))


@matlab_function("h5write")
def h5write(filename, ds, data, start=None, count=None, stride=None):
    """Write to an HDF5 dataset, as MATLAB's ``h5write``.

    MATLAB call forms::

        h5write(filename, ds, data)                      ->  h5write('x.h5', '/x', A)
        h5write(filename, ds, data, start, count)        ->  h5write(f, d, A, [1 3], [5 1])
        h5write(filename, ds, data, start, count, stride)

    The dataset must exist (:func:`h5create`). ``data`` is in MATLAB's layout and is
    stored with its dimensions reversed (the file holds ``data.T`` as h5py sees it), so
    ``h5read`` gives it back unchanged. A selection that reaches past the extent of an
    unlimited (Inf) dimension extends it. Values are converted to the dataset's type by
    numpy/HDF5.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "w.h5")
    >>> matlab.h5create(path, '/v', [np.inf, 2], 'ChunkSize', [4, 2])
    >>> matlab.h5write(path, '/v', np.ones((3, 2)), [1, 1], [3, 2])
    >>> matlab.h5read(path, '/v').shape
    (3, 2)
    """
    hdf5.write_dataset(_text(filename, "filename"), _text(ds, "ds"), data,
                       _optional(start), _optional(count), _optional(stride))


_CREATE_OPTIONS = {"datatype": "double", "chunksize": None, "deflate": None,
                   "fillvalue": None, "fletcher32": False, "shuffle": False,
                   "textencoding": "UTF-8"}


@matlab_function("h5create")
def h5create(filename, ds, sz, *args, **name_value):
    """Create an HDF5 dataset, as MATLAB's ``h5create``.

    MATLAB call forms::

        h5create(filename, ds, sz)                      ->  h5create('x.h5', '/g/x', [100 5])
        h5create(filename, ds, sz, Name, Value)         ->  'Datatype', 'int16',
                                                             'ChunkSize', [10 5], 'Deflate', 6

    ``sz`` is MATLAB's size (Inf makes a dimension unlimited and needs ``ChunkSize``);
    the file holds it reversed (h5py shows ``h5create(f, d, [100 5])`` as shape (5, 100)).
    The file is created when it does not exist, and the groups on the way. Options:
    ``Datatype`` ('double' default, 'single', integer classes, 'string'), ``ChunkSize``,
    ``Deflate`` (0-9), ``FillValue``, ``Fletcher32``, ``Shuffle``, ``TextEncoding``
    (accepted). An existing dataset is MATLAB's error "The dataset ... already exists."

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "c.h5")
    >>> matlab.h5create(path, '/data', [10, 3], 'Datatype', 'int16', 'FillValue', -1)
    >>> info = matlab.h5info(path, '/data')
    >>> info.Dataspace.Size, info.FillValue
    ([10.0, 3.0], -1)
    """
    options = _name_values(args, name_value, _CREATE_OPTIONS, see_documentation=False)
    hdf5.create_dataset(_text(filename, "filename"), _text(ds, "ds"), sz,
                        datatype=options["datatype"], chunk_size=options["chunksize"],
                        deflate=options["deflate"], fill_value=options["fillvalue"],
                        fletcher32=bool(options["fletcher32"]),
                        shuffle=bool(options["shuffle"]))


@matlab_function("h5info")
def h5info(filename, location="/"):
    """Information about an HDF5 file, group or dataset, as MATLAB's ``h5info``.

    MATLAB call forms::

        info = h5info(filename)                 ->  h5info('example.h5')
        info = h5info(filename, location)       ->  h5info(f, '/g4/lat')

    A group gives a struct with ``Filename``, ``Name``, ``Groups`` (struct array: a list
    of such structs), ``Datasets`` (struct array), ``Datatypes``, ``Links`` and
    ``Attributes`` (struct array of ``Name``, ``Datatype``, ``Value``); a dataset gives
    ``Filename``, ``Name``, ``Datatype`` (``Class`` 'H5T_FLOAT'..., ``Type``
    'H5T_IEEE_F64LE'..., ``Size`` in bytes), ``Dataspace`` (``Size`` and ``MaxSize`` in
    MATLAB's reversed order, Inf for unlimited; ``Type`` 'simple' or 'scalar'),
    ``ChunkSize`` (reversed), ``FillValue``, ``Filters`` and ``Attributes``. Empty
    struct arrays are empty lists.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "i.h5")
    >>> matlab.h5create(path, '/g1/temp', [4, 3])
    >>> info = matlab.h5info(path)
    >>> info.Groups[0].Name, info.Groups[0].Datasets[0].Dataspace.Size
    ('/g1', [4.0, 3.0])
    """
    return hdf5.info(_text(filename, "filename"), _text(location, "location"))


@matlab_function("ncread")
def ncread(source, varname, start=None, count=None, stride=None):
    """Read a netCDF variable, as MATLAB's ``ncread``.

    MATLAB call forms::

        vardata = ncread(source, varname)                   ->  ncread('ex.nc', 'peaks')
        vardata = ncread(source, varname, start, count)     ->  ncread(f, 'T', [1 1 5], [Inf Inf 1])
        vardata = ncread(source, varname, start, count, stride)

    Returns the variable in **MATLAB's layout: netCDF dimensions reversed** (a CDL
    ``temp(time, lat, lon)`` comes back ``lon x lat x time``; a 1-D variable as a
    column); ``start``/``count``/``stride`` are 1-based, in that order, count Inf reads
    to the end. MATLAB's attribute conventions are applied: ``_FillValue`` and
    ``missing_value`` values become NaN, ``scale_factor`` multiplies and ``add_offset``
    adds, and a packed variable comes back double (details and evidence in
    :mod:`compat._core.netcdf`). A char variable comes back as text (``str``, or a
    string array with one element per string). Classic files are read with scipy;
    netCDF-4 files need h5py. A group path (``'/grp/var'``) works for netCDF-4.

    Differences from ``netCDF4.Dataset(f)[v][:]`` / ``scipy.io.netcdf_file``: the
    reversed dimensions; NaN instead of a masked array; 1-based hyperslabs.

    Examples
    --------
    >>> import os, tempfile, numpy as np, scipy.io
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "p.nc")
    >>> with scipy.io.netcdf_file(path, "w") as f:
    ...     f.createDimension("time", 2); f.createDimension("x", 3)
    ...     v = f.createVariable("t", "i2", ("time", "x"))
    ...     v[:] = [[100, 200, -999], [300, 400, 500]]
    ...     v.scale_factor = 0.5; v._FillValue = np.int16(-999)
    >>> matlab.ncread(path, 't')
    array([[ 50., 150.],
           [100., 200.],
           [ nan, 250.]])
    """
    return netcdf.read_variable(_text(source, "source"), _text(varname, "varname"),
                                _optional(start), _optional(count), _optional(stride))


@matlab_function("ncwrite")
def ncwrite(filename, varname, vardata, start=None, stride=None):
    """Write to an existing netCDF variable, as MATLAB's ``ncwrite``.

    MATLAB call forms::

        ncwrite(filename, varname, vardata)                 ->  ncwrite('ex.nc', 'T', A)
        ncwrite(filename, varname, vardata, start)          ->  ncwrite(f, 'T', A, [1 1 4])
        ncwrite(filename, varname, vardata, start, stride)

    ``vardata`` is in MATLAB's layout (dimensions reversed from the file's), ``start``
    and ``stride`` 1-based in that order. MATLAB's conventions, in order: subtract
    ``add_offset``, divide by ``scale_factor``, NaN becomes ``_FillValue`` (or the netCDF
    default fill value of the type); then the values are converted to the variable's type
    (integers rounded half away from zero and saturated). Writing past the end of the
    unlimited (record) dimension extends it. The variable must exist (:func:`nccreate`).

    Examples
    --------
    >>> import os, tempfile, numpy as np, scipy.io
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "w.nc")
    >>> with scipy.io.netcdf_file(path, "w") as f:
    ...     f.createDimension("x", 3)
    ...     v = f.createVariable("h", "i2", ("x",))
    ...     v.add_offset = 100.0; v.scale_factor = 0.5
    >>> matlab.ncwrite(path, 'h', np.array([100.0, 100.25, 103.0]))
    >>> matlab.ncread(path, 'h').ravel()     # (x - 100) / 0.5 rounded: 0, 1 (0.5 up), 6
    array([100. , 100.5, 103. ])
    """
    netcdf.write_variable(_text(filename, "filename"), _text(varname, "varname"),
                          vardata, _optional(start), _optional(stride))


@matlab_function("ncinfo")
def ncinfo(source, location=None):
    """Information about a netCDF file or variable, as MATLAB's ``ncinfo``.

    MATLAB call forms::

        finfo = ncinfo(source)              ->  ncinfo('example.nc')
        vinfo = ncinfo(source, varname)     ->  ncinfo(f, 'peaks')

    The file's struct has ``Filename``, ``Name`` ('/'), ``Dimensions`` (struct array:
    ``Name``, ``Length``, ``Unlimited``), ``Variables`` (struct array: ``Name``,
    ``Dimensions`` -- in MATLAB's reversed order --, ``Size`` -- reversed --,
    ``Datatype`` ('double', 'single', 'int16', 'char'...), ``Attributes`` (``Name``,
    ``Value``), ``ChunkSize``, ``FillValue``, ``DeflateLevel``, ``Shuffle``),
    ``Attributes`` (global), ``Groups`` and ``Format`` ('classic', '64bit', 'netcdf4').
    A variable's struct adds ``Filename``.

    Examples
    --------
    >>> import os, tempfile, numpy as np, scipy.io
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "i.nc")
    >>> with scipy.io.netcdf_file(path, "w") as f:
    ...     f.createDimension("time", None); f.createDimension("lat", 4)
    ...     v = f.createVariable("T", "f4", ("time", "lat")); v[0:2] = np.ones((2, 4))
    >>> info = matlab.ncinfo(path)
    >>> info.Format, info.Variables[0].Size, [d.Name for d in info.Variables[0].Dimensions]
    ('classic', [4.0, 2.0], ['lat', 'time'])
    """
    name = None if location is None else _text(location, "location")
    return netcdf.info(_text(source, "source"), name)


@matlab_function("ncwriteschema")
def ncwriteschema(filename, schema):
    """Write the definitions of a schema into a netCDF file, as MATLAB's
    ``ncwriteschema``.

    MATLAB call form::

        ncwriteschema(filename, schema)    ->  ncwriteschema('new.nc', ncinfo('old.nc'))

    ``schema`` is ncinfo's structure or one built by hand -- a dict or a
    :class:`compat.MatlabStruct`, a list for a struct array: a file/group schema
    (``Name`` '/', optional ``Dimensions``, ``Variables``, ``Attributes``, ``Groups``,
    ``Format``), a dimension schema (``Name``, ``Length`` -- Inf for unlimited --,
    ``Unlimited``) or a variable schema (``Name``, ``Dimensions`` in MATLAB's order,
    ``Datatype``, ``Attributes``, ``ChunkSize``, ``FillValue``, ``DeflateLevel``,
    ``Shuffle``). A new file takes the schema's ``Format``, 'netcdf4_classic' without
    one; no data is written (unlimited dimensions start empty); what the file already
    defines is kept, with a warning (MATLAB's page; the warning's text is compat's).
    ChunkSize, DeflateLevel and Shuffle apply to netCDF-4 files and are ignored in
    classic ones. Needs netCDF4-python (extra ``compat[hdf5]``).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "emptyFile.nc")
    >>> schema = {'Name': '/', 'Format': 'classic',
    ...           'Dimensions': [{'Name': 'time', 'Length': np.inf},
    ...                          {'Name': 'rows', 'Length': 10}]}
    >>> matlab.ncwriteschema(path, schema)
    >>> info = matlab.ncinfo(path)
    >>> info.Format, [(d.Name, d.Length, d.Unlimited) for d in info.Dimensions]
    ('classic', [('time', 0.0, True), ('rows', 10.0, False)])
    """
    netcdf_schema.write_schema(_text(filename, "filename"), schema)


def _name_values(args, keywords, options: dict, *, see_documentation=True) -> dict:
    """The name-value pairs (positional, then keywords) over the defaults ``options``
    (lower-case names, matched case-insensitively); MATLAB's errors for an odd count
    and an unknown name (h5create's without the pointer to the documentation)."""
    rest = list(args)
    if len(rest) % 2:
        raise CompatValueError("Name-value arguments must come in pairs.")
    out = dict(options)
    for name, value in list(zip(rest[::2], rest[1::2])) + list(keywords.items()):
        key = str(name).lower()
        if key not in out:
            raise CompatValueError(
                f"'{name}' is not a recognized parameter." + (
                    " For a list of valid name-value pair arguments, see the "
                    "documentation for this function." if see_documentation else ""))
        out[key] = value
    return out


def _number_text(value) -> str:
    from compat.matlab.number_text import num2str
    return num2str(value)


_NCCREATE_OPTIONS = {"dimensions": (), "datatype": "double", "fillvalue": None,
                     "format": None, "chunksize": None, "deflatelevel": None,
                     "shuffle": False}


@matlab_function("nccreate")
def nccreate(filename, varname, *args, **name_value):
    """Create a variable in a netCDF file, as MATLAB's ``nccreate``.

    MATLAB call forms::

        nccreate(filename, varname)                   ->  a scalar double variable
        nccreate(filename, varname, Name, Value)      ->  nccreate('ex.nc', 'T',
                                                           'Dimensions', {'x', 50, 't', Inf},
                                                           'Datatype', 'int16')

    ``Dimensions`` is MATLAB's cell array ``{dname1, dlength1, dname2, dlength2, ...}``
    in **MATLAB's order** (the file lists them reversed: ``{'x', 50, 't', Inf}`` is the
    CDL ``T(t, x)``); Inf makes the unlimited dimension; a dimension the file already
    has may be named without its length. The file is created when it does not exist,
    in ``Format`` 'netcdf4_classic' (MATLAB's default) or 'classic', '64bit',
    'netcdf4'. ``Datatype`` 'double' (default), 'single', integer classes, 'char',
    'string' (netCDF-4); ``FillValue`` a value or 'disable'; ``ChunkSize`` (MATLAB's
    order), ``DeflateLevel`` 0-9 and ``Shuffle`` need a netCDF-4 file. A group path
    (``'/grp/var'``) creates the groups (netCDF-4). Needs netCDF4-python (extra
    ``compat[hdf5]``).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "n.nc")
    >>> matlab.nccreate(path, 'T', 'Dimensions', ['x', 3, 't', np.inf],
    ...                 'Datatype', 'single', 'Format', 'classic')
    >>> matlab.ncwrite(path, 'T', np.ones((3, 2), np.float32))
    >>> info = matlab.ncinfo(path, 'T')
    >>> info.Size, info.Datatype, [d.Name for d in info.Dimensions]
    ([3.0, 2.0], 'single', ['x', 't'])
    """
    o = _name_values(args, name_value, _NCCREATE_OPTIONS)
    dims = o["dimensions"]
    if isinstance(dims, np.ndarray):
        dims = dims.tolist()
    fill = o["fillvalue"]
    if fill is not None and not isinstance(fill, str) and is_omitted(fill):
        fill = None
    netcdf.create_variable(_text(filename, "filename"), _text(varname, "varname"),
                           dimensions=dims, datatype=o["datatype"], fill_value=fill,
                           file_format=o["format"], chunk_size=_optional(o["chunksize"]),
                           deflate_level=_optional(o["deflatelevel"]),
                           shuffle=bool(o["shuffle"]))


@matlab_function("ncwriteatt")
def ncwriteatt(filename, location, attname, attvalue, *args, **name_value):
    """Write a netCDF attribute, as MATLAB's ``ncwriteatt``.

    MATLAB call forms::

        ncwriteatt(filename, location, attname, attvalue)    ->  ncwriteatt(f, '/', 'title', 'run 1')
        ncwriteatt(filename, location, attname, attvalue, 'Datatype', dtype)

    ``location`` is '/' for a global attribute, a variable name, or a group or variable
    path. The attribute's type is the value's class: text is NC_CHAR, a Python number
    a MATLAB double (NC_DOUBLE), a numpy value keeps its type (``np.int16(5)`` is
    NC_SHORT); ``'Datatype'`` converts first. A matrix is stored as a vector in MATLAB's
    column-major order. An existing attribute is replaced.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "a.nc")
    >>> matlab.nccreate(path, 'v', 'Dimensions', ['x', 2])
    >>> matlab.ncwriteatt(path, 'v', 'valid_range', np.array([0, 100], np.int16))
    >>> matlab.ncreadatt(path, 'v', 'valid_range')
    array([[  0, 100]], dtype=int16)
    """
    o = _name_values(args, name_value, {"datatype": None})
    netcdf.write_attribute(_text(filename, "filename"), _text(location, "location"),
                           _text(attname, "attname"), attvalue, _optional(o["datatype"]))


@matlab_function("ncreadatt")
def ncreadatt(source, location, attname):
    """Read a netCDF attribute, as MATLAB's ``ncreadatt``.

    MATLAB call form::

        attvalue = ncreadatt(source, location, attname)   ->  ncreadatt('ex.nc', '/', 'creation_date')

    ``location`` '/' reads a global attribute. Text comes back as ``str``, one number as
    a scalar of its class (NC_SHORT as int16, NC_FLOAT as single), several as a 1-by-N
    row (GNU Octave's netcdf package gives the same sizes). Classic files need only
    scipy.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "r.nc")
    >>> matlab.nccreate(path, 'v')
    >>> matlab.ncwriteatt(path, '/', 'creation_date', '29-Mar-2010')
    >>> matlab.ncreadatt(path, '/', 'creation_date')
    '29-Mar-2010'
    """
    return netcdf.read_attribute(_text(source, "source"), _text(location, "location"),
                                 _text(attname, "attname"))


@matlab_function("ncdisp")
def ncdisp(source, location="/", dispformat="full"):
    """Display the contents of a netCDF file, as MATLAB's ``ncdisp`` (prints; returns
    nothing).

    MATLAB call forms::

        ncdisp(source)                        ->  ncdisp('example.nc')
        ncdisp(source, location)              ->  ncdisp('example.nc', 'peaks')
        ncdisp(source, location, dispFormat)  ->  ncdisp(f, '/', 'min')

    Prints MATLAB's layout (:mod:`compat._core.scientific_display`): the source and
    format, global attributes, dimensions (``(UNLIMITED)`` marked), and every variable's
    size in MATLAB's order, dimensions, datatype and attributes, then the groups.
    ``dispFormat`` 'min' leaves the attributes out.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "d.nc")
    >>> matlab.nccreate(path, 'temperature', 'Dimensions', ['x', 50], 'Datatype', 'int16')
    >>> matlab.ncwriteatt(path, 'temperature', 'units', 'degrees_fahrenheit')
    >>> matlab.ncdisp(path)                                   # doctest: +ELLIPSIS
    Source:
               .../d.nc
    Format:
               netcdf4_classic
    Dimensions:
               x = 50
    Variables:
        temperature
               Size:       50x1
               Dimensions: x
               Datatype:   int16
               Attributes:
                           units = 'degrees_fahrenheit'
    """
    path = _text(source, "source")
    where = _text(location, "location")
    mode = _text(dispformat, "dispFormat").lower()
    if mode not in ("full", "min"):
        raise CompatValueError("dispFormat must be 'full' or 'min'.")
    info = netcdf.info(path)
    variable = None
    if where not in ("", "/"):
        variable = netcdf.info(path, where)
    text = scientific_display.ncdisp_text(info, _number_text, variable=variable,
                                          mode=mode)
    sys.stdout.write(text)


@matlab_function("h5readatt")
def h5readatt(filename, loc, attr):
    """Read an HDF5 attribute, as MATLAB's ``h5readatt``.

    MATLAB call form::

        attval = h5readatt(filename, loc, attr)     ->  h5readatt('example.h5', '/', 'attr1')

    ``loc`` is a group or dataset ('/' the root group). The value is in MATLAB's
    layout, as :func:`h5read` gives data: dimensions reversed, a 1-D attribute as a
    column, a scalar as 1 x 1, text as ``str``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "a.h5")
    >>> matlab.h5create(path, '/d', [2, 2])
    >>> matlab.h5writeatt(path, '/d', 'units', 'm')
    >>> matlab.h5writeatt(path, '/', 'range', [0.5, 2.5])
    >>> matlab.h5readatt(path, '/d', 'units'), matlab.h5readatt(path, '/', 'range')
    ('m', array([[0.5],
           [2.5]]))
    """
    return hdf5.read_attribute(_text(filename, "filename"), _text(loc, "loc"),
                               _text(attr, "attr"))


@matlab_function("h5writeatt")
def h5writeatt(filename, loc, attr, val, *args, **name_value):
    """Write an HDF5 attribute, as MATLAB's ``h5writeatt``.

    MATLAB call forms::

        h5writeatt(filename, loc, attr, val)                   ->  h5writeatt(f, '/', 'creation_date', date)
        h5writeatt(filename, loc, attr, val, 'TextEncoding', 'UTF-8')

    ``loc`` must be an existing group or dataset; an existing attribute is replaced.
    Text is stored as a fixed-length string; numbers in their class (a Python number is
    a MATLAB double), a vector as a 1-D attribute, a matrix with its dimensions reversed
    (read back unchanged by :func:`h5readatt`).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "w.h5")
    >>> matlab.h5create(path, '/x', 3)
    >>> matlab.h5writeatt(path, '/x', 'count', np.int32(7))
    >>> matlab.h5readatt(path, '/x', 'count')
    array([[7]], dtype=int32)
    """
    _name_values(args, name_value, {"textencoding": "system"})
    hdf5.write_attribute(_text(filename, "filename"), _text(loc, "loc"),
                         _text(attr, "attr"), val)


@matlab_function("h5disp")
def h5disp(filename, loc="/", mode="simple", *args, **name_value):
    """Display the contents of an HDF5 file, as MATLAB's ``h5disp`` (prints; returns
    nothing).

    MATLAB call forms::

        h5disp(filename)                 ->  h5disp('example.h5')
        h5disp(filename, loc)            ->  h5disp('example.h5', '/g4/world')
        h5disp(filename, loc, mode)      ->  mode 'simple' (default) or 'min' (names only)

    Prints MATLAB's layout (:mod:`compat._core.scientific_display`): groups and datasets
    nested by 4 blanks, each dataset's ``Size``, ``MaxSize`` (MATLAB's order),
    ``Datatype``, ``ChunkSize``, ``Filters``, ``FillValue`` and attributes.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> folder = tempfile.mkdtemp(); here = os.getcwd(); os.chdir(folder)
    >>> matlab.h5create('exampleFile2.h5', '/exampleDataset', [50, 50], 'ChunkSize', [5, 5])
    >>> matlab.h5disp('exampleFile2.h5')
    HDF5 exampleFile2.h5 
    Group '/' 
        Dataset 'exampleDataset' 
            Size:  50x50
            MaxSize:  50x50
            Datatype:   H5T_IEEE_F64LE (double)
            ChunkSize:  5x5
            Filters:  none
            FillValue:  0.000000
    >>> os.chdir(here)
    """
    _name_values(args, name_value, {"textencoding": "system"})
    name = _text(filename, "filename")
    how = _text(mode, "mode").lower()
    if how not in ("simple", "min"):
        raise CompatValueError("mode must be 'simple' or 'min'.")
    info = hdf5.info(name, _text(loc, "loc"))
    sys.stdout.write(scientific_display.h5disp_text(name, info, _number_text, how))
