"""The IDL Astronomy Library's FX FITS routines and FITS_INFO: ``FXADDPAR`` (header cards
with FITS placement rules and long strings), ``FXREAD`` (primary or IMAGE extension
arrays, subarrays, steps, scaling) and ``FITS_INFO`` (the extensions of a file).

The legacy layer over :mod:`compat._core.fits_fx` (the library's rules, cited there);
headers are the library's string arrays, as in :mod:`compat.idl.fits`. Arrays are in
readsav layout (numpy shape = FITS NAXIS1..n reversed), native byte order.
"""

from __future__ import annotations

import datetime
import glob
import os
import sys

import numpy as np

from compat._core import fits_fx as core
from compat._core.idl_types import file_name
from compat._core.errors import CompatValueError
from compat._core.fits_headers import parse_value
from compat._core.results import named_result, requested
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["fxaddpar", "fxread", "fits_info"]


class FxaddparResult(Result):
    """FXADDPAR's new header and its ERRMSG output keyword."""

    result: np.ndarray
    errmsg: str


class FxreadResult(Result):
    """FXREAD's DATA and its HEADER output argument (and ERRMSG)."""

    result: object
    header: np.ndarray
    errmsg: str


class FitsInfoResult(Result):
    """FITS_INFO's output keywords (the procedure itself returns nothing)."""

    result: object
    n_ext: np.int32
    extname: np.ndarray


def _text(value, name: str) -> str:
    return file_name(value, f"{name} must be a string", CompatValueError, array="one")


@idl_routine("FXADDPAR")
def fxaddpar(header, name, value, comment=None, *, before=None, after=None,
             format=None, nocontinue=False, errmsg=False, nological=False,  # noqa: A002
             missing=None, null=False):
    """Add or change a FITS header keyword, as the IDL Astronomy Library's ``FXADDPAR``.

    IDL modifies the header variable; Python returns the new header array::

        FXADDPAR, h, 'EXPTIME', 300.0, 'seconds'  ->  h = idl.fxaddpar(h, 'EXPTIME', 300.0,
                                                                    'seconds')
        FXADDPAR, h, 'NAXIS1', 512                ->  h = idl.fxaddpar(h, 'NAXIS1', 512)
        FXADDPAR, h, 'OBJECT', long_text          (CONTINUE cards past 68 characters)

    Parameters
    ----------
    header : array of str or None
        The header (80-character cards; ``''`` elements are unused slots). None (IDL's
        undefined variable) starts ``STRARR(36)`` with END first.
    name : str
        The keyword (upper-cased, 8 characters); COMMENT, HISTORY and ``''`` add a card
        each call.
    value
        A scalar: string (``'T'``/``'F'`` are logicals unless /NOLOGICAL), number
        (Python ``float`` is DOUBLE, written ``G19.12``; ``int`` an IDL literal), bool,
        complex; None with /NULL or MISSING is a card without value.
    comment : str, optional
        Starts in column 31 after ``' / '``; without one an existing card keeps its own.
    before, after : str, optional
        Where a new keyword goes (AFTER wins; existing keywords stay in place).
    format : str, optional
        FORMAT: a FORTRAN format for a number (``'F7.3'``), both parts of a complex.
    nocontinue, nological, null : bool
        /NOCONTINUE cuts strings at 68 characters; /NOLOGICAL keeps ``'T'``/``'F'`` as
        strings; /NULL writes undefined or non-finite values as null cards.
    missing : number, optional
        MISSING: a value written as a null card.
    errmsg : bool
        Request ERRMSG: errors come back as text ('' when none) instead of raising.

    Returns
    -------
    numpy.ndarray of str, or FxaddparResult(result, errmsg)

    Raises
    ------
    ValueError
        The library's messages: ``"Keyword Value (third parameter) must be scalar"``,
        ``"... cannot be structure"``, ``"Required BITPIX keyword not found"`` (a
        required keyword added out of order), ``"FITS Header (first parameter) must be
        a string array"``.

    Notes
    -----
    Rules of FXADDPAR version 10 (W. Thompson, 2018) and FXPARPOS, see
    :mod:`compat._core.fits_fx`. Differences from ``astropy.io.fits.Header.set``:
    astropy writes its own card layout and puts every new keyword at the end; FXADDPAR
    writes the library's columns (``' / '`` even without a comment, strings padded to 8
    characters, DOUBLE as G19.12), keeps required keywords in FITS order and new ones
    before trailing COMMENT/HISTORY cards, and announces long strings with LONGSTRN.
    :func:`compat.idl.sxaddpar` is the SX version (astropy's card layout). A COMPLEX
    value is written as the library writes it, two numbers without parentheses, which
    :func:`compat.idl.sxpar` reads back but astropy refuses as an unparsable card.

    Examples
    --------
    >>> from compat import idl
    >>> h = idl.fxaddpar(None, 'SIMPLE', 'T')
    >>> h = idl.fxaddpar(h, 'EXPTIME', 300.0, 'seconds')
    >>> [card.rstrip() for card in h[:3]]
    ['SIMPLE  =                    T /', 'EXPTIME =        300.000000000 / seconds', 'END']
    """
    messages: list[str] = []
    try:
        out = core.fxaddpar_cards(header, _text(name, "NAME"), value, comment,
                                  before=before, after=after, fmt=format,
                                  nocontinue=nocontinue, nological=nological,
                                  missing=missing, null=null, messages=messages)
    except CompatValueError as error:
        if not errmsg:
            raise
        return FxaddparResult(result=np.asarray(header), errmsg=f"FXADDPAR: {error.message}")
    for text in messages:
        print(f"% FXADDPAR: {text}")
    return FxaddparResult(result=out, errmsg="") if errmsg else out


def _fail(text: str, errmsg: bool):
    if errmsg:
        return FxreadResult(result=None, errmsg=text)
    raise CompatValueError(text)


def _fx_result(data, head, header: bool, errmsg: bool):
    return named_result(FxreadResult, data, requested(header=(header, head),
                                                      errmsg=(errmsg, "")))


@idl_routine("FXREAD", output_arguments=("header",))
def fxread(filename, i1=None, i2=None, j1=None, j2=None, step=None, *, header=False,
           nanvalue=None, average=False, ystep=None, noscale=False, noupdate=False,
           errmsg=False, nodata=False, compress=None, extension=0, prompt=False):
    """Read a FITS image array, as the IDL Astronomy Library's ``FXREAD`` procedure.

    IDL call forms::

        FXREAD, file, data                  ->  data = idl.fxread(file)
        FXREAD, file, data, h               ->  data, h = idl.fxread(file, header=True)
        FXREAD, file, data, h, I1, I2, J1, J2, STEP
                                            ->  idl.fxread(file, i1, i2, j1, j2, step,
                                                           header=True)
        FXREAD, file, data, h, 2, /AVERAGE  ->  idl.fxread(file, step=2, average=True,
                                                           header=True)

    Parameters
    ----------
    filename : str
        A FITS file (gzip when it ends in ``.gz``, or with /COMPRESS).
    i1, i2, j1, j2 : int, optional
        The range read in IDL's first (numpy's last) and second dimension (-1, -1 or
        omitted: all); 1-D and 2-D arrays only. In IDL's positional form a lone third
        optional argument is STEP: pass ``step=`` here.
    step, ystep : int, optional
        Every STEP-th pixel (YSTEP in the second dimension; STEP in both by default);
        with /AVERAGE the blocks are averaged (REBIN) instead.
    nanvalue : number, optional
        NANVALUE: NaN pixels of FLOAT/DOUBLE data (and BLANK pixels of scaled data) get
        this value.
    noscale, noupdate : bool
        /NOSCALE: no BSCALE/BZERO; /NOUPDATE: the returned header keeps BSCALE/BZERO
        (by default they are reset to 1 and 0 with HISTORY cards saying what was applied).
    extension : int or str
        EXTENSION: an HDU number (0 the primary) or an EXTNAME; it must be an IMAGE.
    nodata : bool
        /NODATA: the header only (DATA is None, IDL's undefined variable, as for an
        empty array).
    header, errmsg : bool
        Request the HEADER output argument (the library's string array through END) and
        ERRMSG (errors come back as text instead of raising).

    Returns
    -------
    numpy.ndarray or None, or FxreadResult(result, header, errmsg)
        The IDL type of BITPIX (BYTE, INT, LONG, LONG64, FLOAT, DOUBLE); scaled data is
        FLOAT (DOUBLE when BSCALE or BZERO is written with a decimal point and more than
        8 digits, SXPAR's DOUBLE): ``DATA = BSCALE*original + BZERO`` when they are
        nontrivial.

    Notes
    -----
    Rules of the library's fxread.pro (W. Thompson; version 17, 2022): BZERO and BSCALE
    are FXPAR's values times 1.0, applied only when nontrivial; BLANK pixels of scaled
    data become NaN (or NANVALUE) and BLANK leaves the header (or becomes NANVALUE); the
    header's NAXISn are not changed for a subarray. Differences from
    ``astropy.io.fits.getdata``: astropy scales to float32/float64 by its own rule and
    reads every pixel; FXREAD keeps IDL's promotion of ``INT * FLOAT``, can read a
    subarray or every n-th pixel without reading the rest, and edits the returned header.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from astropy.io import fits
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'im.fits')
    >>> fits.PrimaryHDU(np.arange(12, dtype=np.int16).reshape(3, 4)).writeto(path)
    >>> idl.fxread(path, 1, 2, 0, 1)
    array([[1, 2],
           [5, 6]], dtype=int16)
    """
    if prompt:
        raise CompatValueError("/PROMPT reads the keyboard: pass I1, I2, J1, J2, STEP")
    path = _text(filename, "FILENAME")
    if not os.path.isfile(path):
        return _fail(f"Error opening {path}", errmsg)
    try:
        wanted = extension if isinstance(extension, str) else int(extension)
        hdus = core.read_hdus(path, stop=None if isinstance(wanted, str) else wanted)
    except (ValueError, OSError):
        return _fail("Unable to read requested FITS header extension", errmsg)
    index = None
    if isinstance(wanted, str):
        for k, (cards, *_) in enumerate(hdus):
            name = _value(cards, "EXTNAME")
            if isinstance(name, str) and name.strip().upper() == wanted.strip().upper():
                index = k
                break
    elif wanted < len(hdus):
        index = wanted
    if index is None:
        if len(hdus) == 1 and not _value(hdus[0][0], "EXTEND"):
            return _fail(f"Requested extension not found, and file {path} does not "
                         "contain extensions", errmsg)
        return _fail("Unable to read requested FITS header extension", errmsg)
    cards, offset, _, _ = hdus[index]
    head = np.array(cards, dtype=str)
    if index > 0 and str(_value(cards, "XTENSION")).strip().upper() != "IMAGE":
        return _fail(f"Extension {extension} is not an image", errmsg)
    naxis = int(_value(cards, "NAXIS") or 0)
    dims = [int(_value(cards, f"NAXIS{k}") or 0) for k in range(1, naxis + 1)]
    if naxis == 0 or int(np.prod(dims)) == 0 or nodata:
        return _fx_result(None, head, header, errmsg)
    bitpix = int(_value(cards, "BITPIX"))
    dtype = core.BITPIX_TYPES.get(bitpix)
    if dtype is None:
        return _fail(f"Illegal value of BITPIX = {bitpix}", errmsg)
    n1 = dims[0]
    n2 = dims[1] if naxis == 2 else 1
    i1, i2 = (-1 if i1 is None else int(i1)), (-1 if i2 is None else int(i2))
    j1, j2 = (-1 if j1 is None else int(j1)), (-1 if j2 is None else int(j2))
    if i1 == -1 and i2 == -1:
        i1, i2 = 0, n1 - 1
    if j1 == -1 and j2 == -1:
        j1, j2 = 0, n2 - 1
    xstep = max(1 if step is None else int(step), 1)
    ys = xstep if ystep is None else int(ystep)
    out_dims = list(dims)
    if i1 != 0 or i2 != n1 - 1:
        if naxis > 2:
            return _fail("Range parameters can only be set for one or two-dimensional "
                         "arrays", errmsg)
        if min(i1, i2) < 0 or max(i1, i2) >= n1:
            return _fail(f"I1,I2 must be in the range 0 to {n1 - 1}", errmsg)
        if i1 > i2:
            return _fail("I2 must be >= I1", errmsg)
        out_dims[0] = i2 - i1 + 1
    if j1 != 0 or j2 != n2 - 1:
        if naxis != 2:
            return _fail("J1, J2 can only be set for two-dimensional arrays", errmsg)
        if min(j1, j2) < 0 or max(j1, j2) >= n2:
            return _fail(f"J1,J2 must be in the range 0 to {n2 - 1}", errmsg)
        if j1 > j2:
            return _fail("J2 must be >= J1", errmsg)
        out_dims[1] = j2 - j1 + 1
    if xstep > 1 and naxis > 2:
        return _fail("STEP can only be set for one or two-dimensional arrays", errmsg)
    if naxis != 2 or ys <= 1:
        ys = 1
    try:
        raw = core.read_data(path, offset, dtype, int(np.prod(dims)))
    except (ValueError, OSError):
        return _fail(f"Error reading file {path}", errmsg)
    data = raw.reshape(dims[::-1])
    if naxis <= 2:
        plane = data.reshape(n2, n1)
        rows = plane[j1:j2 + 1]
        cols = rows[:, i1:i2 + 1]
        if xstep > 1 or ys > 1:
            if average:
                if naxis == 1:
                    raise CompatValueError("Subscript range values of the form low:high "
                                           "must be >= 0, < size, with low <= high: "
                                           "fxread.pro's 1-D /AVERAGE reads one pixel "
                                           "past the line")
                nx, ny = out_dims[0] // xstep, out_dims[1] // ys
                from compat.idl.regridding import rebin
                block = cols[:ny * ys, :nx * xstep]
                cols = np.asarray(rebin(block, nx, ny))
            else:
                cols = cols[::ys, ::xstep]
        data = cols.reshape(-1) if naxis == 1 else cols
    nan_where = None
    if nanvalue is not None and data.dtype.kind == "f":
        nan_where = np.isnan(data)
    cards_out = head
    scaled = False
    missing_where = None
    if not noscale:
        bzero, bscale = _scale_value(cards, "BZERO"), _scale_value(cards, "BSCALE")
        blank = _value(cards, "BLANK")
        if blank is not None and not isinstance(blank, str):
            missing_where = data == blank
        today = datetime.date.today().isoformat()
        from compat.idl.fits_keywords import sxdelpar
        for key, value in (("BSCALE", bscale), ("BZERO", bzero)):
            trivial = value == 0 or (key == "BSCALE" and value == 1)
            if trivial:
                continue
            data = data * value if key == "BSCALE" else data + value
            scaled = True
            if not noupdate:
                cards_out = core.fxaddpar_cards(cards_out, key, np.float32(
                    1 if key == "BSCALE" else 0))
                cards_out = core.fxaddpar_cards(
                    cards_out, "HISTORY",
                    f"{today} applied {key} = {_trimmed(value)}")
                if blank is not None:
                    cards_out = core.fxaddpar_cards(cards_out, "BLANK", nanvalue) \
                        if nanvalue is not None else sxdelpar(cards_out, "BLANK")
    if nan_where is not None and nan_where.any():
        data = data.copy()
        data[nan_where] = nanvalue
    if scaled and missing_where is not None and missing_where.any():
        data = np.array(data, copy=True)
        data[missing_where] = np.float32(np.nan) if nanvalue is None else nanvalue
    cards_out = _trim_unused(cards_out)
    return _fx_result(data, cards_out, header, errmsg)


def _trim_unused(cards) -> np.ndarray:
    """The header through END (the slots FXADDPAR added past it dropped)."""
    cards = np.asarray(cards, dtype=str)
    ends = [k for k, c in enumerate(cards.tolist()) if c[:8] == "END     "]
    return cards[:ends[0] + 1] if ends else cards


def _value(cards, key: str):
    for card in cards:
        if str(card)[:8].rstrip() == key:
            return parse_value(str(card))[0]
    return None


def _scale_value(cards, key: str):
    """``FXPAR(header, key) * 1.0``: a LONG becomes FLOAT, a DOUBLE stays DOUBLE."""
    value = _value(cards, key)
    if value is None or isinstance(value, str):
        return np.float32(0)
    value = np.asarray(value)
    if value.dtype.kind in "iub":
        return np.float32(value)
    return value[()] if value.dtype == np.float64 else np.float32(value)


def _trimmed(value) -> str:
    """STRTRIM(value, 2): the free format without its blanks."""
    from compat._core.idl_number_text import free_text
    return str(free_text(np.asarray(value).reshape(1))[0]).strip()


_IMAGE_TYPES = {8: "Byte", 16: "Integer*2", 32: "Integer*4", -32: "Real*4", -64: "Real*8"}
_TABLE_NAMES = {"A3DTABLE": "Binary Table", "BINTABLE": "Binary Table",
                "VAR_BINTABLE": "Variable length Binary Table", "TABLE": "ASCII Table"}


def _summary(path: str):
    """(lines, n_ext, extnames) of one file, as FITS_INFO prints it."""
    hdus = core.read_hdus(path)
    lines, names = [], []
    for k, (cards, _, _, _) in enumerate(hdus):
        name = _value(cards, "EXTNAME")
        names.append("" if name is None else str(name))
    n_ext = len(hdus) - 1
    first = hdus[0][0]
    lines.append(f"{path} has {n_ext} extensions")
    lines.append(f"Primary header: {len(first)} records")
    naxis = int(_value(first, "NAXIS") or 0)
    if naxis:
        bitpix = int(_value(first, "BITPIX"))
        dims = " ".join(str(int(_value(first, f"NAXIS{k}") or 0))
                        for k in range(1, naxis + 1))
        lines.append(f"Image -- {_IMAGE_TYPES.get(bitpix, '')} array ( {dims} )")
    else:
        lines.append("No data")
    for k, (cards, _, _, _) in enumerate(hdus[1:], start=1):
        lines.append(f"Extension {k} -- {names[k]}")
        lines.append(f"               Header : {len(cards)} records")
        kind = str(_value(cards, "XTENSION") or "").strip()[:8]
        if max(int(_value(cards, "GCOUNT") or 0), 1) != 1 or \
                int(_value(cards, "PCOUNT") or 0) != 0:
            kind = "VAR_" + kind
        naxis = int(_value(cards, "NAXIS") or 0)
        dims = "".join(f"{int(_value(cards, f'NAXIS{j}') or 0)} "
                       for j in range(1, naxis + 1))
        lines.append(f"               {_TABLE_NAMES.get(kind, kind)} ( {dims})")
    lines.append(" ")
    return lines, n_ext, names


@idl_routine("FITS_INFO")
def fits_info(filename, *, silent=False, textout=None, n_ext=False, extname=False):
    """Describe the extensions of FITS files, as the IDL Astronomy Library's
    ``FITS_INFO``.

    IDL call forms::

        FITS_INFO, 'obs.fits'                   ->  idl.fits_info('obs.fits')
        FITS_INFO, '*.fits', TEXTOUT='info.txt' ->  idl.fits_info('*.fits', textout=...)
        FITS_INFO, f, /SILENT, N_EXT=n, EXTNAME=names
                                                ->  _, n, names = idl.fits_info(
                                                        f, silent=True, n_ext=True,
                                                        extname=True)

    Parameters
    ----------
    filename : str or list of str
        File names or wildcards (FILE_SEARCH's sorted matches).
    silent : bool
        /SILENT: print nothing.
    textout : int or str, optional
        TEXTOUT, TEXTOPEN's codes as in :func:`compat.idl.forprint` (file
        ``fits_info.prt`` for 3).
    n_ext, extname : bool
        Request N_EXT (the number of extensions of the last file, LONG) and EXTNAME (the
        EXTNAME of every HDU, the primary's first; ``''`` where there is none).

    Returns
    -------
    None, or FitsInfoResult(result=None, n_ext, extname)

    Notes
    -----
    The library's fits_info.pro layout: ``<file> has <n> extensions``, ``Primary
    header: <cards> records`` (cards through END), ``Image -- Real*4 array ( 4 3 )`` or
    ``No data``, then per extension ``Extension <k> -- <EXTNAME>``, the header's
    records and ``Binary Table ( <NAXIS1> <NAXIS2> )`` / ``ASCII Table`` / ``IMAGE``,
    and a line with one blank. Difference from ``astropy.io.fits.info``: astropy prints
    its own table of HDUs (names, types, cards, dimensions in numpy order); FITS_INFO's
    lines are in FITS order (NAXIS1 first), which IDL code may parse.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from astropy.io import fits
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'obs.fits')
    >>> fits.HDUList([fits.PrimaryHDU(np.zeros((3, 4), np.float32)),
    ...               fits.BinTableHDU.from_columns([fits.Column('X', 'E', array=[1.0, 2.0])],
    ...                                              name='EVENTS')]).writeto(path)
    >>> idl.fits_info(path, silent=True, n_ext=True, extname=True)[1:]
    (np.int32(1), array(['', 'EVENTS  '], dtype='<U8'))
    """
    names = [filename] if isinstance(filename, (str, bytes, os.PathLike)) else \
        list(np.ravel(filename))
    files = []
    for name in names:
        pattern = _text(name, "FILENAME")
        matches = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else \
            ([pattern] if os.path.exists(pattern) else [])
        files.extend(matches)
    if not files:
        raise CompatValueError("No files found")
    out_lines: list[str] = []
    count, ext_names = np.int32(-1), np.array([""], dtype=str)
    for path in files:
        try:
            lines, count, found = _summary(path)
        except (ValueError, OSError):
            print(f"% FITS_INFO: Error reading FITS file {path}", file=sys.stderr)
            continue
        count = np.int32(count)
        ext_names = np.array(found, dtype=str)
        out_lines.extend(lines)
    if not silent:
        from compat.idl.column_printing import _forprint_out
        _forprint_out(out_lines, textout, False, True, None, None, program="fits_info")
    return named_result(FitsInfoResult, None, requested(n_ext=(n_ext, count),
                                                        extname=(extname, ext_names)))
