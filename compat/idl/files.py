"""IDL file routines: ``SAVE`` and ``RESTORE`` (more of the file family lands here).

The legacy layer over :mod:`compat._core.idl_savefile`.
"""

from __future__ import annotations

import os

from compat._core.errors import CompatValueError
from compat._core.idl_savefile import read_description, read_savefile, write_savefile
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["save", "restore"]


class RestoreResult(Result):
    """RESTORE's variables and its DESCRIPTION output keyword."""

    result: dict
    description: str


def _filename(filename) -> str:
    if isinstance(filename, bytes):
        filename = filename.decode("latin-1")
    if not isinstance(filename, (str, os.PathLike)):
        raise CompatValueError(f"FILENAME must be a string, not {type(filename).__name__}")
    return os.fspath(filename)


@idl_routine("SAVE")
def save(filename, mapping=None, /, *, compress=False, description=None, verbose=False,
         **variables):
    """Write variables to an IDL SAVE file, as IDL's ``SAVE`` does.

    IDL call forms::

        SAVE, a, b, FILENAME='data.sav'          ->  save('data.sav', a=a, b=b)
        SAVE, a, FILENAME='f.sav', /COMPRESS     ->  save('f.sav', a=a, compress=True)
        SAVE, a, FILENAME='f.sav', DESCRIPTION='text'
                                                  ->  save('f.sav', a=a, description='text')

    The file is a real IDL SAVE file (XDR records, as IDL and GDL write them): IDL's and
    GDL's ``RESTORE``, ``scipy.io.readsav`` and :func:`restore` read back the same names
    (upper case in the file, as IDL stores them), types, dimensions and values.

    Parameters
    ----------
    filename : str or path
        IDL's ``FILENAME``. Written to a temporary file and renamed, so a failed SAVE
        never truncates an existing file.
    mapping : dict, optional
        Variables as a dict (positional), for names that clash with the keywords below.
    compress : bool
        ``/COMPRESS``: zlib-compressed records (IDL's compressed format).
    description : str, optional
        ``DESCRIPTION``: stored in the file; :func:`restore` returns it on request.
    verbose : bool
        ``/VERBOSE``: print one line per variable saved, as IDL does.
    **variables
        name = value. Values keep their IDL type: numpy arrays and scalars by dtype
        (uint8 BYTE, int16 INT, int32 LONG, int64 LONG64, uint16 UINT, uint32 ULONG,
        uint64 ULONG64, float32 FLOAT, float64 DOUBLE, complex64 COMPLEX, complex128
        DCOMPLEX; bool as BYTE), Python numbers by the rule for IDL literals (``5`` INT,
        ``2.5`` DOUBLE), ``str`` and string arrays as STRING, structures as numpy
        structured arrays in readsav layout (what :func:`restore` gives back), or a
        ``dict`` (an anonymous structure, keys as tag names; values may nest) and a list
        of dicts (an array of structures). Arrays are in readsav layout: numpy's shape is
        IDL's dimensions reversed.

    Raises
    ------
    ValueError
        ``"SAVE: ..."`` for an empty array (IDL has none), an undefined value (None), a
        name that is not an IDL identifier, a name given twice (IDL names ignore case).
    TypeError
        ``"SAVE: ..."`` for values with no IDL type (objects, float128).

    Notes
    -----
    Differences from the naive Python route: ``scipy.io`` can read SAVE files but not
    write them, and ``numpy.save``/``pickle`` files cannot be restored by IDL. The
    records written are those GDL 1.0.1 writes (checked byte for byte), following C.
    Markwardt's "Unofficial Format Specification of the IDL SAVE File"; the VERSION
    record names release 8.2, as GDL's files do. Not supported: IDL's ``/ALL``,
    ``/COMM``, ``/ROUTINES``, ``/SYSTEM_VARIABLES`` (a Python port has no IDL session to
    save), pointers and objects, arrays of 2^31 elements or more.

    Examples
    --------
    >>> import numpy as np, tempfile, os
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "demo.sav")
    >>> idl.save(path, flux=np.array([1.5, 2.5], dtype=np.float32), name="m31", n=3)
    >>> data = idl.restore(path)
    >>> sorted(data), data["flux"].dtype, data["name"], data["n"].dtype
    (['flux', 'n', 'name'], dtype('float32'), 'm31', dtype('int16'))
    """
    variables = {**(mapping or {}), **variables}
    write_savefile(_filename(filename), variables, compress=bool(compress),
                   description=description)
    if verbose:
        for name in variables:
            print(f"% SAVE: Saved variable: {name.upper()}.")


@idl_routine("RESTORE")
def restore(filename, *, description=False, verbose=False,
            relaxed_structure_assignment=False, restored_objects=False):
    """Read the variables of an IDL SAVE file, as IDL's ``RESTORE`` does.

    IDL call forms::

        RESTORE, 'data.sav'                      ->  v = restore('data.sav')
        RESTORE, 'data.sav', DESCRIPTION=d       ->  v, d = restore('data.sav',
                                                                    description=True)

    IDL creates the saved variables in the caller's scope; Python returns them as a
    dict: ``a = restore('f.sav')['a']``.

    Parameters
    ----------
    filename : str or path
    description : bool
        Request the ``DESCRIPTION`` output keyword ('' when the file has none).
    verbose : bool
        ``/VERBOSE``: print one line per variable restored.
    relaxed_structure_assignment, restored_objects
        Accepted for IDL's call form; not supported (structures are returned as saved;
        files with objects cannot be restored), documented as such.

    Returns
    -------
    dict, or RestoreResult(result, description)
        Variable name (lower case) -> value in readsav layout, native byte order:
        numbers as numpy scalars and arrays of their IDL type, strings as ``str`` and
        numpy ``U`` arrays, structures as numpy record arrays.

    Raises
    ------
    ValueError
        ``"RESTORE: Error opening file. File: ..."`` when the file cannot be read,
        ``"RESTORE: Not a valid save file: ..."`` for anything else.

    Notes
    -----
    Differences from the naive call: ``scipy.io.readsav`` (which compat uses to read)
    returns big-endian arrays, ``bytes`` for strings and object arrays of ``bytes`` for
    string arrays, which numpy code and the other compat routines then have to convert;
    here every value is native and text is ``str``.

    Examples
    --------
    >>> import tempfile, os
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "d.sav")
    >>> idl.save(path, x=2.5, description="run 7")
    >>> idl.restore(path, description=True)
    RestoreResult(result={'x': np.float64(2.5)}, description='run 7')
    """
    if relaxed_structure_assignment or restored_objects:
        raise CompatValueError("RELAXED_STRUCTURE_ASSIGNMENT and RESTORED_OBJECTS are not "
                               "supported by compat")
    path = _filename(filename)
    try:
        with open(path, "rb") as stream:
            signature = stream.read(2)
    except OSError as error:
        raise CompatValueError(f"Error opening file. File: {path} "
                               f"{error.strerror or error}") from None
    if signature != b"SR":
        raise CompatValueError(f"Not a valid save file: {path}")
    try:
        data = read_savefile(path)
    except Exception as error:  # noqa: BLE001 - any parse failure is a bad file
        raise CompatValueError(f"Not a valid save file: {path} ({error})") from None
    if verbose:
        for name in data:
            print(f"% RESTORE: Restored variable: {name.upper()}.")
    if description:
        return RestoreResult(result=data, description=read_description(path))
    return data

