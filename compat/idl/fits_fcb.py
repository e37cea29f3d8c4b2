"""The IDL Astronomy Library's FITS_OPEN, FITS_READ, FITS_WRITE, FITS_CLOSE and FITS_HELP:
FITS files through a File Control Block (FCB), D. Lindler's family.

The legacy layer over :mod:`compat._core.fits_fcb` (the library's rules, cited there).
The FCB is an IDL structure (a one-element record array, :mod:`compat._core.idl_struct`)
whose UNIT is a unit of compat's IDL file-unit table: ``idl.free_lun(fcb.UNIT[0])`` and
``idl.close`` act on it. FITS_READ and FITS_WRITE update an FCB passed to them in place
(LAST_EXTENSION, NEXTEND), as IDL updates the variable. Headers are the library's string
arrays; data are in readsav layout (numpy shape = NAXIS1..n reversed), native byte order.
"""

from __future__ import annotations

import os

import numpy as np

from compat._core import fits_fcb as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_struct import is_structure
from compat._core.idl_types import file_name, idl_array, idl_literal, idl_type_code
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result, requested

__all__ = ["fits_open", "fits_close", "fits_read", "fits_write", "fits_help", "modfits"]


class FitsOpenResult(Result):
    """FITS_OPEN's FCB and its MESSAGE output keyword."""

    result: object
    message: str


class FitsCloseResult(Result):
    """FITS_CLOSE's MESSAGE output keyword (the procedure returns nothing)."""

    result: object
    message: str


class FitsReadResult(Result):
    """FITS_READ's DATA, its HEADER and GROUP_PAR output arguments, ENUM and MESSAGE."""

    result: object
    header: np.ndarray
    group_par: object
    enum: object
    message: str


class FitsWriteResult(Result):
    """FITS_WRITE's HEADER and MESSAGE output keywords (the procedure returns nothing)."""

    result: object
    header: np.ndarray
    message: str


class ModfitsResult(Result):
    """MODFITS's ERRMSG output keyword (the procedure returns nothing)."""

    result: object
    errmsg: str


def _say(lines) -> None:
    for line in lines:
        print(line)


def _name(value) -> str:
    return file_name(value, "Invalid Filename or FCB supplied", CompatValueError,
                     array="one")


@idl_routine("FITS_OPEN")
def fits_open(filename, *, write=False, append=False, update=False, no_abort=False,
              message=False, hprint=False, fpack=False):
    """Open a FITS file and describe its HDUs, as the IDL Astronomy Library's
    ``FITS_OPEN``.

    IDL call forms::

        FITS_OPEN, 'obs.fits', fcb             ->  fcb = idl.fits_open('obs.fits')
        FITS_OPEN, 'new.fits', fcb, /WRITE     ->  fcb = idl.fits_open('new.fits', write=True)
        FITS_OPEN, f, fcb, /APPEND             (write more extensions at the end)
        FITS_OPEN, f, fcb, /UPDATE             (read and rewrite in place)
        FITS_OPEN, f, fcb, /NO_ABORT, MESSAGE=msg
                                               ->  fcb, msg = idl.fits_open(
                                                       f, no_abort=True, message=True)

    Parameters
    ----------
    filename : str
        A FITS file; ``.gz`` and ``.ftz`` files are read decompressed (not /UPDATE).
    write, append, update : bool
        /WRITE: a new file (OPENW); /APPEND: an existing file for more extensions
        (OPENU, positioned at its end); /UPDATE: read and rewrite (OPENU).
    no_abort : bool
        /NO_ABORT: a failure returns None (IDL's undefined FCB) with MESSAGE set instead
        of raising.
    message : bool
        Request MESSAGE ('' when all went well).
    hprint : bool
        /HPRINT: print each header as it is read.
    fpack : bool
        /FPACK: IDL reads such files through the funpack program; refused here.

    Returns
    -------
    numpy.recarray, or FitsOpenResult(result, message)
        The FCB, a one-element structure with the library's tags: FILENAME, UNIT (LONG,
        a GET_LUN unit), FCOMPRESS (BYTE), NEXTEND (LONG, the number of extensions),
        XTENSION, EXTNAME (per HDU, STRING), EXTVER, EXTLEVEL, GCOUNT, PCOUNT, BITPIX,
        NAXIS (per HDU, LONG), AXIS (LONG64 [20, n]: the NAXISn of each HDU),
        START_HEADER, START_DATA (LONG64 byte offsets), HMAIN (the primary header
        without its required keywords), OPEN_FOR_WRITE (3 with /UPDATE, else 0),
        LAST_EXTENSION (LONG -1), RANDOM_GROUPS (SXPAR's GROUPS), NBYTES (the file's
        length, FSTAT's SIZE type). With /WRITE or /APPEND the FCB has FILENAME, UNIT,
        NEXTEND (-1 for a new file) and OPEN_FOR_WRITE (1 /WRITE, 2 /APPEND) only.

    Raises
    ------
    ValueError
        The library's messages (``"Invalid header, no SIMPLE keyword"``, ``"EOF
        encountered while reading header"``, the open error) unless /NO_ABORT.

    Notes
    -----
    Rules of fits_open.pro (D. Lindler 1997, library commit 729b572), see
    :mod:`compat._core.fits_fcb`. The primary HDU's XTENSION is STRTRIM of SXPAR's 0,
    the text ``'           0'``, as the library leaves it. Difference from
    ``astropy.io.fits.open``: astropy returns HDU objects and reads lazily through its
    own file handle; FITS_OPEN's FCB is a plain structure of byte offsets over an IDL
    logical unit that FITS_READ/FITS_WRITE/FREE_LUN use.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from astropy.io import fits
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'two.fits')
    >>> fits.HDUList([fits.PrimaryHDU(), fits.ImageHDU(np.zeros((2, 3), np.int16),
    ...                                                name='SCI')]).writeto(path)
    >>> fcb = idl.fits_open(path)
    >>> int(fcb.NEXTEND[0]), fcb.EXTNAME[0].tolist(), fcb.AXIS[0][1, :2].tolist()
    (1, ['', 'SCI'], [3, 2])
    >>> idl.fits_close(fcb)
    """
    said: list[str] = []

    def printer(cards):
        for card in cards:
            print(str(card).rstrip())
    try:
        path = _name(filename)
        fcb = core.open_fcb(path, write=write, append=append, update=update, fpack=fpack,
                            hprint=printer if hprint else None, said=said)
    except core._FcbFailure as error:
        _say(said)
        if not no_abort:
            raise CompatValueError(f"ERROR: {error.message}") from None
        return named_result(FitsOpenResult, None, requested(message=(message,
                                                                     error.message)))
    _say(said)
    return named_result(FitsOpenResult, fcb, requested(message=(message, "")))


def _fcb_argument(value, routine: str):
    if not is_structure(value) or isinstance(value, dict):
        return None
    fcb = value if isinstance(value, np.ndarray) else np.array(value).reshape(1)
    fcb = fcb.reshape(-1) if fcb.ndim == 0 else fcb
    if fcb.size != 1:
        return None
    for tag in ("UNIT", "NEXTEND"):
        if tag not in fcb.dtype.names:
            raise CompatValueError(f"Tag name {tag} is undefined for structure "
                                   f"<Anonymous>: not an FCB from FITS_OPEN")
    return fcb


@idl_routine("FITS_CLOSE")
def fits_close(fcb, *, no_abort=False, message=False):
    """Close the file of an FCB, as the IDL Astronomy Library's ``FITS_CLOSE``.

    IDL call form::

        FITS_CLOSE, fcb                      ->  idl.fits_close(fcb)
        FITS_CLOSE, fcb, MESSAGE=msg         ->  _, msg = idl.fits_close(fcb, message=True)

    Parameters
    ----------
    fcb : structure
        An FCB from :func:`fits_open`; anything else is left alone (fits_close.pro frees
        the unit only when its argument is a structure).
    no_abort, message : bool
        /NO_ABORT and a request for MESSAGE ('' here: FREE_LUN of a unit that is not
        open does nothing).

    Returns
    -------
    None, or FitsCloseResult(result=None, message)

    Notes
    -----
    fits_close.pro is ``FREE_LUN, fcb.unit``: the unit goes back to the GET_LUN pool.
    Closing an FCB twice does nothing the second time, as IDL's FREE_LUN.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> fcb = idl.fits_open(os.path.join(tempfile.mkdtemp(), 'new.fits'), write=True)
    >>> idl.fits_close(fcb)
    """
    if is_structure(fcb) and not isinstance(fcb, dict):
        array = np.asarray(fcb).reshape(-1)
        if "UNIT" not in array.dtype.names:
            raise CompatValueError("Tag name UNIT is undefined for structure <Anonymous>")
        core.close_fcb(array)
    return named_result(FitsCloseResult, None, requested(message=(message, "")))


def _optional_int(value, name: str):
    if value is None:
        return None
    a = idl_array(value, name)
    if a.size != 1 or a.dtype.kind not in "iub":
        if a.size == 1 and a.dtype.kind == "f":
            return a.reshape(-1)[0]
        raise CompatValueError(f"{name} must be a scalar integer")
    return a.reshape(-1)[0]


@idl_routine("FITS_READ", output_arguments=("header", "group_par"))
def fits_read(file_or_fcb, *, header=False, group_par=False, noscale=False, exten_no=None,
              extname=None, extver=None, extlevel=None, xtension=None, no_abort=False,
              message=False, first=None, last=None, group=None, header_only=False,
              data_only=False, no_pdu=False, enum=False, no_unsigned=False, pdu=False):
    """Read a FITS HDU (image, or a table's bytes) and its header, as the IDL Astronomy
    Library's ``FITS_READ``.

    IDL call forms::

        FITS_READ, 'obs.fits', data          ->  data = idl.fits_read('obs.fits')
        FITS_READ, f, data, h, EXTEN_NO=2    ->  data, h = idl.fits_read(f, exten_no=2,
                                                                         header=True)
        FITS_READ, fcb, data, h, EXTNAME='SCI', EXTVER=2
        FITS_READ, fcb, data                 (the next extension after the last read)
        FITS_READ, f, 0, h, /HEADER_ONLY     ->  h = idl.fits_read(f, header_only=True,
                                                                   header=True).header
        FITS_READ, f, data, FIRST=10, LAST=19  (words 10..19 as a vector, unscaled)

    Parameters
    ----------
    file_or_fcb : str or FCB
        A file name (opened and closed again) or an FCB from :func:`fits_open`, whose
        LAST_EXTENSION is updated in place.
    exten_no : int, optional
        The HDU (0 the primary). Without it and without EXTNAME/EXTVER/EXTLEVEL/XTENSION:
        the HDU after the FCB's LAST_EXTENSION, the first extension when the primary
        has no data.
    extname, xtension : str, optional; extver, extlevel : int, optional
        Select the first HDU matching all given (EXTNAME and XTENSION ignore case).
    noscale, no_unsigned : bool
        /NOSCALE: no BSCALE/BZERO. INT data with BZERO 32768 (LONG with 2147483648) is
        UINT (ULONG) unless /NO_UNSIGNED.
    first, last : int, optional
        Words FIRST..LAST of the data (LAST > 1) as a 1-D array, neither scaled nor
        made unsigned.
    group : int, optional
        The group to read (GCOUNT > 1).
    header_only, data_only : bool
        /HEADER_ONLY: DATA is 0; /DATA_ONLY: no header is read (HEADER is None, data
        unscaled).
    no_pdu, pdu : bool
        The primary header's keywords are merged into an extension's header (between
        ``BEGIN MAIN HEADER`` and ``BEGIN EXTENSION HEADER`` lines) when the extension
        has ``INHERIT = T`` or with /PDU; /NO_PDU never.
    no_abort : bool
        /NO_ABORT: a failure returns with MESSAGE set (DATA None, IDL's undefined)
        instead of raising.
    header, group_par, enum, message : bool
        Request the HEADER and GROUP_PAR output arguments, ENUM (the HDU read) and
        MESSAGE.

    Returns
    -------
    numpy.ndarray or int32 or None, or FitsReadResult(result, header, group_par, enum,
    message)
        BITPIX's type (BYTE, INT, LONG, FLOAT, DOUBLE); scaled data as IDL's
        ``data *= bscale`` and ``data += bzero`` give it (FLOAT factors for BITPIX other
        than 32, SXPAR's type for 32: LONG * FLOAT is FLOAT). An HDU without data is
        LONG 0 (or NPIX1 x NPIX2 PIXVALUEs).

    Raises
    ------
    ValueError
        ``"FITS_READ: <message>"`` with the library's texts (``EOF encountered``, ``No
        extension for given extname, extver, and/or extlevel found``, ``INVALID value
        for parameters FIRST & LAST``, ``ERROR - Illegal value of BITPIX (= 64) in FITS
        header``, ``Invalid Filename or FCB supplied``) unless /NO_ABORT.

    Notes
    -----
    Rules of fits_read.pro (D. Lindler 1997, library commit 729b572): the returned
    header gets BSCALE 1.0 and BZERO 0.0 when they were applied; BITPIX 64 is not read.
    Differences from ``astropy.io.fits.getdata``: astropy scales to float32/float64 by
    its own rules, reads tables as records and never merges headers; FITS_READ keeps
    IDL's promotion, reads a table's bytes, and can read a word range or one group.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from astropy.io import fits
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'im.fits')
    >>> fits.PrimaryHDU(np.arange(6, dtype=np.int16).reshape(2, 3)).writeto(path)
    >>> idl.fits_read(path)
    array([[0, 1, 2],
           [3, 4, 5]], dtype=int16)
    >>> idl.fits_read(path, first=2, last=4)
    array([2, 3, 4], dtype=int16)
    """
    state: dict = {}
    is_name = isinstance(file_or_fcb, (str, bytes, os.PathLike)) or (
        isinstance(file_or_fcb, np.ndarray) and file_or_fcb.dtype.kind in "US" and
        file_or_fcb.size == 1)
    fcb = None
    opened = False
    enum_value = idl_literal(-1 if exten_no is None else exten_no)[()]

    def fail(text: str):
        if opened:
            core.close_fcb(fcb)
        if not no_abort:
            raise CompatValueError(text)
        return named_result(FitsReadResult, None, requested(
            header=(header, state.get("header")), group_par=(group_par, None),
            enum=(enum, enum_value), message=(message, text)))

    try:
        if is_name:
            path = _name(file_or_fcb)
            try:
                fcb = core.open_fcb(path)
            except core._FcbFailure as error:
                if not no_abort:
                    print(f"% FITS_OPEN:  ERROR: {error.message}")
                return fail(error.message)
            opened = True
        else:
            fcb = _fcb_argument(file_or_fcb, "FITS_READ")
            if fcb is None:
                return fail("Invalid Filename or FCB supplied")
        extname_text = "" if extname is None else _name(extname)
        xtension_text = "" if xtension is None else _name(xtension)
        ever = 0 if extver is None else int(_optional_int(extver, "EXTVER"))
        elev = 0 if extlevel is None else int(_optional_int(extlevel, "EXTLEVEL"))
        nextend = int(core.tag(fcb, "NEXTEND"))
        number = int(enum_value)
        if number <= -1:
            if extname_text or elev or ever or xtension_text:
                good = np.ones(nextend + 1, dtype=bool)
                if extname_text:
                    good &= np.char.upper(np.atleast_1d(core.tag(fcb, "EXTNAME")).astype(
                        str)) == extname_text.rstrip().upper()
                if xtension_text:
                    good &= np.char.upper(np.atleast_1d(core.tag(fcb, "XTENSION")).astype(
                        str)) == xtension_text.rstrip().upper()
                if ever:
                    good &= np.atleast_1d(core.tag(fcb, "EXTVER")) == ever
                if elev:
                    good &= np.atleast_1d(core.tag(fcb, "EXTLEVEL")) == elev
                hits = np.flatnonzero(good)
                if hits.size == 0:
                    return fail("No extension for given extname, extver, and/or extlevel "
                                "found")
                number = int(hits[0])
                enum_value = np.int32(number)
            else:
                number = int(core.tag(fcb, "LAST_EXTENSION")) + 1
                if number == 0 and int(np.atleast_1d(core.tag(fcb, "NAXIS"))[0]) == 0:
                    number = 1
                enum_value = np.int32(number)
        if number > nextend:
            return fail("EOF encountered")
        data, head, gpar = core.read_hdu(
            fcb, enum=number, noscale=bool(noscale),
            first=0 if first is None else int(_optional_int(first, "FIRST")),
            last=0 if last is None else int(_optional_int(last, "LAST")),
            group=0 if group is None else int(_optional_int(group, "GROUP")),
            header_only=bool(header_only), data_only=bool(data_only),
            no_pdu=bool(no_pdu), pdu=bool(pdu), no_unsigned=bool(no_unsigned),
            want_group_par=bool(group_par), state=state)
    except core._FcbFailure as error:
        return fail(error.message)
    except BaseException:
        if opened:
            core.close_fcb(fcb)
        raise
    if opened:
        core.close_fcb(fcb)
    else:
        fcb["LAST_EXTENSION"][0] = number
    return named_result(FitsReadResult, data, requested(
        header=(header, head), group_par=(group_par, gpar), enum=(enum, enum_value),
        message=(message, "")))


@idl_routine("FITS_WRITE")
def fits_write(file_or_fcb, data=None, header_in=None, *, extname=None, extver=None,
               xtension=None, extlevel=None, no_abort=False, message=False, header=False,
               no_data=False):
    """Write a FITS HDU, as the IDL Astronomy Library's ``FITS_WRITE`` writes it, byte for
    byte.

    IDL call forms::

        FITS_WRITE, 'new.fits', data, h      ->  idl.fits_write('new.fits', data, h)
        FITS_OPEN, f, fcb, /WRITE            ->  fcb = idl.fits_open(f, write=True)
        FITS_WRITE, fcb, data, EXTNAME='SCI' ->  idl.fits_write(fcb, data, extname='SCI')
        FITS_WRITE, fcb, 0, h, /NO_DATA      (the header alone, as given)
        FITS_CLOSE, fcb                      ->  idl.fits_close(fcb)

    Parameters
    ----------
    file_or_fcb : str or FCB
        A new file name (written and closed: the data become the primary HDU) or an FCB
        opened with /WRITE or /APPEND (its NEXTEND is updated in place): the first HDU
        written to a new file is the primary, later ones IMAGE (or XTENSION) extensions.
    data : array or scalar
        BYTE, INT, LONG, FLOAT, DOUBLE, UINT (written as INT with BZERO 32768) or ULONG
        (LONG with BZERO 2147483648); a scalar writes a header without data.
    header_in : array of str, optional
        The library's string array; its required keywords are replaced by the data's.
        ``BEGIN MAIN HEADER`` / ``BEGIN EXTENSION HEADER`` lines (FITS_READ's merged
        header) split it: the main part becomes the primary header of a new file.
    extname, xtension : str, optional; extver, extlevel : int, optional
        The extension's EXTNAME, XTENSION, EXTVER, EXTLEVEL (else the header's). An
        extension asked for in a new file first writes an empty primary HDU.
    no_data : bool
        /NO_DATA: write ``header_in`` as it is (an FCB is required).
    no_abort : bool
        /NO_ABORT: a failure returns with MESSAGE set instead of raising.
    header, message : bool
        Request HEADER (the header written) and MESSAGE.

    Returns
    -------
    None, or FitsWriteResult(result=None, header, message)

    Raises
    ------
    ValueError
        ``"Invalid Filename or FCB supplied"``, ``"Data array is an invalid type"``
        (LONG64, complex, strings), ``"A Byte array must be supplied with a BINTABLE or
        TABLE extension"``, ``"File is not open for writing"`` unless /NO_ABORT.

    Notes
    -----
    Rules of fits_write.pro (D. Lindler 1997, library commit 729b572): the required
    cards ``SIMPLE``/``XTENSION``, ``BITPIX``, ``NAXIS``, ``NAXISn``, ``EXTEND`` (primary)
    or ``PCOUNT``, ``GCOUNT`` (extensions) with its comments come first, then the
    header's other cards; the data big-endian, padded to 2880 bytes with zeros (blanks
    after an ASCII TABLE). No DATE or checksum is written. Difference from
    ``astropy.io.fits.writeto``: astropy writes its own card layout, a 64-bit integer
    BITPIX and unsigned data by its own BZERO rules; FITS_WRITE refuses LONG64 and
    keeps the library's cards.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'out.fits')
    >>> fcb = idl.fits_open(path, write=True)
    >>> idl.fits_write(fcb, np.arange(3, dtype=np.int16))
    >>> idl.fits_write(fcb, np.float32([1.5, 2.5]), extname='SCI')
    >>> idl.fits_close(fcb)
    >>> idl.fits_read(path, extname='SCI')
    array([1.5, 2.5], dtype=float32)
    """
    said: list[str] = []
    fcb = None
    opened = False
    out_header = None

    def fail(text: str):
        _say(said)
        if opened:
            core.close_fcb(fcb)
        if not no_abort:
            raise CompatValueError(f"ERROR: {text}")
        return named_result(FitsWriteResult, None, requested(
            header=(header, out_header), message=(message, text)))

    is_name = isinstance(file_or_fcb, (str, bytes, os.PathLike)) or (
        isinstance(file_or_fcb, np.ndarray) and file_or_fcb.dtype.kind in "US" and
        file_or_fcb.size == 1)
    try:
        if is_name:
            if no_data:
                raise CompatValueError("Must have FCB supplied for NO_DATA")
            path = _name(file_or_fcb)
            try:
                fcb = core.open_fcb(path, write=True)
            except core._FcbFailure as error:
                return fail(error.message)
            opened = True
        else:
            fcb = _fcb_argument(file_or_fcb, "FITS_WRITE")
            if fcb is None:
                return fail("Invalid Filename or FCB supplied")
            if "OPEN_FOR_WRITE" not in fcb.dtype.names:
                return fail("File is not open for writing")
        if no_data:
            cards = None if header_in is None else np.asarray(header_in, dtype=str)
            out_header = core.write_hdu(fcb, None, cards, code=0, no_data=True)
            _say(said)
            return named_result(FitsWriteResult, None, requested(
                header=(header, out_header), message=(message, "")))
        if data is None:
            raise CompatValueError("Variable is undefined: DATA.")
        array = idl_array(data, "Data", string_ok=True)
        code = idl_type_code(array.dtype)
        cards = None
        if header_in is not None:
            cards = np.asarray(header_in)
            if cards.dtype.kind == "S" or cards.dtype == object:
                cards = np.array([c.decode("latin-1") if isinstance(c, bytes) else str(c)
                                  for c in cards.ravel()], dtype=str)
            elif cards.dtype.kind != "U":
                cards = None if cards.size <= 1 else cards
                if cards is not None:
                    raise CompatTypeError("HEADER_IN must be a string array")
        pieces = {}
        for key, value in (("extname", extname), ("xtension", xtension)):
            if value is not None:
                pieces[key] = _name(value)
        for key, value in (("extver", extver), ("extlevel", extlevel)):
            if value is not None:
                pieces[key] = _optional_int(value, key.upper())
        out_header = core.write_hdu(fcb, array, cards, code=code, said=said, **pieces)
    except core._FcbFailure as error:
        return fail(error.message)
    except BaseException:
        if opened:
            core.close_fcb(fcb)
        raise
    _say(said)
    if opened:
        core.close_fcb(fcb)
    return named_result(FitsWriteResult, None, requested(
        header=(header, out_header), message=(message, "")))


@idl_routine("FITS_HELP")
def fits_help(file_or_fcb):
    """Print a summary of a FITS file's HDUs, as the IDL Astronomy Library's
    ``FITS_HELP``.

    IDL call form::

        FITS_HELP, 'obs.fits'    ->  idl.fits_help('obs.fits')
        FITS_HELP, fcb           ->  idl.fits_help(fcb)

    Parameters
    ----------
    file_or_fcb : str or FCB
        A file name (opened and closed again) or an FCB from :func:`fits_open`.

    Returns
    -------
    None
        The lines go to standard output: the file name, a column heading and one line
        per HDU: number, XTENSION, EXTNAME, EXTVER, EXTLEVEL, BITPIX, GCOUNT, PCOUNT,
        NAXIS and the NAXISn joined by ``' x '``.

    Notes
    -----
    fits_help.pro's layout (formats I4, I5, I8, I6, I7, I7, I6; EXTNAME padded to the
    longest name, at least 10). Difference from ``astropy.io.fits.info``: astropy prints
    its own table with numpy-order dimensions.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from astropy.io import fits
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'a.fits')
    >>> fits.PrimaryHDU(np.zeros((2, 3), np.int16)).writeto(path)
    >>> idl.fits_help(path)   # doctest: +NORMALIZE_WHITESPACE +ELLIPSIS
    <BLANKLINE>
    ...a.fits
    <BLANKLINE>
         XTENSION  EXTNAME  EXTVER EXTLEVEL BITPIX GCOUNT  PCOUNT NAXIS  NAXIS*
    <BLANKLINE>
       0                                     16      0      0     2  3 x 2
    """
    is_name = isinstance(file_or_fcb, (str, bytes, os.PathLike))
    if is_name:
        try:
            fcb = core.open_fcb(_name(file_or_fcb))
        except core._FcbFailure as error:
            raise CompatValueError(f"ERROR: {error.message}") from None
    else:
        fcb = _fcb_argument(file_or_fcb, "FITS_HELP")
        if fcb is None:
            print("% FITS_HELP: Invalid Filename or FCB supplied")
            return None
    try:
        names = [str(n) for n in np.atleast_1d(core.tag(fcb, "EXTNAME"))]
        maxlen = max(max(len(n) for n in names), 10)
        space = "" if maxlen == 10 else " " * (maxlen - 10)
        lines = [" ", str(core.tag(fcb, "FILENAME")), " ",
                 "     XTENSION  EXTNAME  " + space +
                 "EXTVER EXTLEVEL BITPIX GCOUNT  PCOUNT NAXIS  NAXIS*", " "]
        xt = np.atleast_1d(core.tag(fcb, "XTENSION"))
        ever = np.atleast_1d(core.tag(fcb, "EXTVER"))
        elev = np.atleast_1d(core.tag(fcb, "EXTLEVEL"))
        bitpix = np.atleast_1d(core.tag(fcb, "BITPIX"))
        gcount = np.atleast_1d(core.tag(fcb, "GCOUNT"))
        pcount = np.atleast_1d(core.tag(fcb, "PCOUNT"))
        naxis = np.atleast_1d(core.tag(fcb, "NAXIS"))
        axis = np.asarray(core.tag(fcb, "AXIS")).reshape(-1, 20)
        for i in range(int(core.tag(fcb, "NEXTEND")) + 1):
            st = _i(i, 4)
            if i > 0:
                st += " " + str(xt[i]).ljust(8)[:8]
                st += " " + names[i].ljust(maxlen)[:maxlen]
                st += "     " if ever[i] == 0 else _i(ever[i], 5)
                st += "        " if elev[i] == 0 else _i(elev[i], 8)
            else:
                st += " " * 33 + space
            st += _i(bitpix[i], 6) + _i(gcount[i], 7) + _i(pcount[i], 7) + _i(naxis[i], 6)
            st += "  "
            if naxis[i] > 0:
                st += " x ".join(str(int(a)) for a in axis[i, :int(naxis[i])])
            lines.append(st)
        _say(lines)
    finally:
        if is_name:
            core.close_fcb(fcb)
    return None


def _i(value, width: int) -> str:
    """FORMAT '(Iw)': right-justified, asterisks when it does not fit."""
    text = str(int(value))
    return text.rjust(width) if len(text) <= width else "*" * width


@idl_routine("MODFITS")
def modfits(filename, data=None, header=None, *, exten_no=0, extname=None, errmsg=False):
    """Rewrite the header and/or data of one HDU of a FITS file in place, as the IDL
    Astronomy Library's ``MODFITS``.

    IDL call forms::

        MODFITS, 'obs.fits', 0, h            ->  idl.modfits('obs.fits', 0, h)
        MODFITS, 'obs.fits', data            ->  idl.modfits('obs.fits', data)
        MODFITS, f, data, h, EXTEN_NO=2      ->  idl.modfits(f, data, h, exten_no=2)
        MODFITS, f, 0, h, EXTNAME='SCI', ERRMSG=msg
                                             ->  idl.modfits(f, 0, h, extname='SCI',
                                                             errmsg=True).errmsg

    Parameters
    ----------
    filename : str or FCB
        The file (opened with FITS_OPEN /UPDATE and closed), or an FCB opened /UPDATE
        (its START_HEADER, START_DATA and NBYTES are updated in place).
    data : array or scalar, optional
        New data of more than one element (BYTE, INT, LONG, FLOAT, DOUBLE, UINT as INT
        with BZERO 32768, ULONG as LONG with BZERO 2147483648); a scalar leaves the data.
        Data given without a header are written unchecked, as the library does (its
        CHECK_FITS call for that case never runs: SETDEFAULTVALUE makes the header 0).
    header : array of str, optional
        The new header (cut at END, or END appended with a warning); the first card
        must be SIMPLE for the primary, XTENSION for an extension. With data of more
        than one element it must describe them (CHECK_FITS without /UPDATE).
    exten_no : int
        The HDU (0 the primary); EXTNAME= selects by name instead (any case; a name
        that several extensions carry is IDL's "Expression must be a scalar or 1
        element array" error).
    errmsg : bool
        Request ERRMSG: failures come back as its text instead of raising.

    Returns
    -------
    None, or ModfitsResult(result=None, errmsg)

    Raises
    ------
    ValueError
        ``"MODFITS: ERROR - <message>"``: CHECK_FITS's texts, ``Input header does not
        contain required SIMPLE keyword`` (``XTENSION``), ``Extension name X not found in
        FITS file``, ``FITS file is set for READONLY, cannot be updated``.

    Notes
    -----
    Rules of modfits.pro (W. Landsman; library commit 729b572): when the header or
    data needs more or fewer 2880-byte blocks, the rest of the file is shifted by whole
    blocks (BLKSHIFT); a header with CHECKSUM gets new CHECKSUM/DATASUM cards
    (FITS_ADD_CHECKSUM). Binary-table data (IDL structures) are not taken here.
    Difference from ``astropy.io.fits.open(mode='update')``: astropy rewrites the file
    through its own objects and card layout; MODFITS writes the given cards as they are
    and touches only the HDU's bytes (and the shift).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'm.fits')
    >>> idl.fits_write(path, np.arange(4, dtype=np.int16))
    >>> h = idl.fits_read(path, header=True).header
    >>> idl.modfits(path, 0, idl.sxaddpar(h, 'OBJECT', 'M31'))
    >>> idl.sxpar(idl.fits_read(path, header=True).header, 'OBJECT')
    'M31     '
    """
    def fail(text: str):
        if errmsg:
            return ModfitsResult(result=None, errmsg=text)
        raise CompatValueError(f"ERROR - {text}")

    cards = None
    if header is not None:
        given = np.asarray(header)
        if given.size > 1:
            if given.dtype.kind != "U":
                raise CompatTypeError("HEADER must be a string array")
            cards = [str(c) for c in given.reshape(-1)]
            ends = [k for k, c in enumerate(cards) if c[:8] == "END     "]
            if not ends:
                print("% MODFITS: WARNING - An END statement has been appended to the "
                      "FITS header")
                cards.append("END" + " " * 77)
            else:
                cards = cards[:ends[0] + 1]
            cards = np.array(cards, dtype=str)
    array = None
    code = 0
    if data is not None:
        array = idl_array(data, "Data", string_ok=True)
        if is_structure(array):
            raise CompatTypeError("MODFITS of binary-table rows (an IDL structure) is not "
                                  "supported: use MWRFITS")
        code = idl_type_code(array.dtype)
        if array.size <= 1:
            array = None
    dims = []
    if array is not None:
        dims = list(array.shape[::-1])
        while len(dims) > 1 and dims[-1] == 1:
            dims.pop()
        if cards is not None:
            text = core.check_fits_message(code, dims, cards)
            if text:
                return fail(text)
    name_text = None if not extname else _name(extname)
    if int(exten_no) == 0 and not name_text:
        if cards is not None and cards[0][:8] != "SIMPLE  ":
            return fail("Input header does not contain required SIMPLE keyword")
    elif cards is not None and cards[0][:8] != "XTENSION":
        return fail("Input header does not contain required XTENSION keyword")
    fcb_given = not isinstance(filename, (str, bytes, os.PathLike))
    if fcb_given:
        fcb = _fcb_argument(filename, "MODFITS")
        if fcb is None:
            raise CompatValueError("Invalid Filename or FCB supplied")
        if int(core.tag(fcb, "OPEN_FOR_WRITE")) == 0 or "START_DATA" not in fcb.dtype.names:
            return fail("FITS file is set for READONLY, cannot be updated")
    else:
        try:
            fcb = core.open_fcb(_name(filename), update=True)
        except core._FcbFailure as error:
            return fail(error.message)
    try:
        exten = int(exten_no)
        if name_text:
            names = np.char.upper(np.atleast_1d(core.tag(fcb, "EXTNAME")).astype(str))
            hits = np.flatnonzero(names == name_text.upper())
            if hits.size == 0:
                return fail(f"Extension name {name_text} not found in FITS file")
            if hits.size > 1:
                # modfits.pro then compares the WHERE result (an array) in an IF
                raise CompatValueError(f"Expression must be a scalar or 1 element array in "
                                       f"this context: EXTNAME {name_text} names "
                                       f"{hits.size} extensions")
            exten = int(hits[0])
        if exten > int(core.tag(fcb, "NEXTEND")) or exten < 0:
            return fail("EOF encountered")
        shaped = None if array is None else array.reshape(dims[::-1])
        updated = core.modify(fcb, exten, shaped, code, cards)
    except core._FcbFailure as error:
        return fail(error.message)
    finally:
        if not fcb_given:
            core.close_fcb(fcb)
    if not updated:
        print("% MODFITS: FITS file not modified")
    return ModfitsResult(result=None, errmsg="") if errmsg else None
