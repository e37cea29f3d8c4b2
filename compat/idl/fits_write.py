"""The IDL Astronomy Library's image writers: ``WRITEFITS`` and ``MKHDR``, byte for byte as
writefits.pro and mkhdr.pro write them.

The legacy layer over :mod:`compat._core.fits_write` (the library's rules, cited there);
headers are the library's string arrays, as in :mod:`compat.idl.fits`; data are in the
readsav layout (numpy shape = IDL dimensions reversed).
"""

from __future__ import annotations


import numpy as np

from compat._core import fits_write as core
from compat._core.idl_types import file_name
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array, idl_type_code
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["writefits", "mkhdr"]


class WritefitsResult(Result):
    """WRITEFITS's in/out Header argument as the call left it (the procedure itself
    returns nothing: ``result`` is None)."""

    result: object
    header: np.ndarray

    def _not_requested(self, name):
        if name == "header":
            raise AttributeError("WritefitsResult: output 'header' was not requested "
                                 "(pass header_out=True)")
        return super()._not_requested(name)


def _path(filename) -> str:
    return file_name(filename, "the file name must be a string", array="one")


def _image(data) -> np.ndarray:
    array = idl_array(data, "Data", empty_ok=True)
    if array.dtype.kind == "c":
        raise CompatTypeError(f"data of type {array.dtype} cannot be written as a FITS "
                              "image")
    return array


@idl_routine("WRITEFITS")
def writefits(filename, data, header=None, heap=None, *, append=False, silent=False,
              compress=False, checksum=False, nanvalue=None, header_out=False):
    """Write a FITS file as the library's ``WRITEFITS`` writes it, byte for byte.

    IDL call form::

        WRITEFITS, filename, data [, header, heap, /APPEND, /SILENT, /COMPRESS,
                   /CHECKSUM, NaNValue=]
        WRITEFITS, f, data, hdr   (hdr updated)  ->  hdr = writefits(f, data, hdr,
                                                                   header_out=True).header

    Parameters
    ----------
    filename : str
        The file (``/COMPRESS`` adds ``.gz`` unless the name ends in it).
    data : array_like
        Any IDL numeric type except complex, readsav layout; a scalar writes a header
        with no data. UINT/ULONG/ULONG64 are written as signed integers with a BZERO
        card (' Data is Unsigned Integer', before DATE).
    header : numpy.ndarray of str, optional
        The library's header array. Fewer than two cards: MKHDR's header (``/EXTEND``;
        ``/IMAGE`` with ``/APPEND``). Otherwise it is written as given after
        check_fits.pro's /UPDATE repairs (NAXISn, BITPIX) when it does not match the
        data; its first card becomes ``'SIMPLE  =                    T / Written by
        IDL:  '`` + SYSTIME() (unless appending), GCOUNT/GROUPS/PCOUNT/PSIZE are
        deleted, cards up to the first END are written each in 80 bytes (END appended
        with a warning when missing), blank-padded to 2880 bytes.
    heap : array_like, optional
        Bytes written after the data at THEAP (binary tables).
    append : bool
        /APPEND: the header (XTENSION first) and data added to the file, which is
        blank-padded to 2880 first; a missing file gets MKHDR's empty primary header.
    compress : bool
        /COMPRESS: gzip the file.
    checksum : bool
        /CHECKSUM (also done when the header has a CHECKSUM card): fits_add_checksum.pro's
        DATASUM and CHECKSUM cards.
    nanvalue : float, optional
        NaNValue=: FLOAT values equal to it are written as NaN (writefits.pro tests
        ``type EQ 8`` for DOUBLE, so DOUBLE data are left as they are; IDL also changes
        the caller's array, Python does not).
    header_out : bool
        Header is an in/out argument: writefits.pro makes it MKHDR's header when it has
        fewer than two cards (an undefined variable included) and repairs it with
        check_fits /UPDATE otherwise, in the caller's variable, before writing a copy.
        ``header_out=True`` returns ``WritefitsResult(result=None, header=...)`` with that
        array (not the written copy: its SIMPLE line, BZERO and CHECKSUM cards stay out);
        without it the call returns None.

    Notes
    -----
    Differences from ``astropy.io.fits.writeto``: astropy rewrites the structural cards
    with its own comments and value layout, pads cards its way, keeps the data's unsigned
    type through its own BZERO card and never writes 'Written by IDL:'; here the library's
    header array is written as it is, data big-endian and zero-padded (blank-padded for
    an ASCII TABLE extension), the data padding counted from the header's BITPIX as
    writefits.pro counts it. Source: writefits.pro, mkhdr.pro, check_fits.pro,
    fits_add_checksum.pro (IDL Astronomy Library, github.com/wlandsman/IDLAstro).

    Examples
    --------
    >>> import os, tempfile
    >>> import numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'w.fits')
    >>> idl.writefits(path, np.arange(6, dtype=np.int16).reshape(2, 3))
    >>> raw = open(path, 'rb').read()
    >>> len(raw), raw[:48].decode()
    (5760, 'SIMPLE  =                    T / Written by IDL:')
    >>> raw[80:110].decode()
    'BITPIX  =                   16'
    """
    path = _path(filename)
    array = _image(data)
    if header is not None:
        header = np.asarray(header)
        if header.dtype.kind != "U":
            raise CompatTypeError("FITS header is not a string array")
        header = header.reshape(-1)
    heap_array = None if heap is None else np.asarray(heap)
    updated = core.write_image(path, array, header, heap_array, append=bool(append),
                               compress=bool(compress), checksum=bool(checksum),
                               nanvalue=nanvalue, silent=bool(silent))
    if header_out:
        return WritefitsResult(result=None, header=np.asarray(updated))
    return None


@idl_routine("MKHDR")
def mkhdr(im, naxisx=None, *, image=False, extend=False):
    """A minimal FITS header for an array, as the library's ``MKHDR``.

    IDL call forms::

        MKHDR, header, im [, /IMAGE, /EXTEND]
        MKHDR, header, type, naxisx [, /IMAGE, /EXTEND]

    IDL sets the header variable; Python returns it: ``MKHDR, h, im`` ->
    ``h = mkhdr(im)``; ``MKHDR, h, 4, [512, 512]`` -> ``h = mkhdr(4, [512, 512])``.

    Parameters
    ----------
    im : array_like or int
        The array the header describes (readsav layout), or with ``naxisx`` its IDL type
        code.
    naxisx : array_like of int, optional
        The IDL dimensions (NAXIS1 first).
    image : bool
        /IMAGE: an IMAGE extension header (XTENSION, PCOUNT 0, GCOUNT 1; no DATE, no
        COMMENT cards).
    extend : bool
        /EXTEND: an EXTEND card (always written for an array with no axes).

    Returns
    -------
    numpy.ndarray of str
        mkhdr.pro's cards: SIMPLE (' Written by IDL:  ' + SYSTIME()), BITPIX and NAXIS
        with their comments, NAXISn, EXTEND, DATE (today, UTC: ' Creation UTC
        (CCCC-MM-DD) date of FITS header'), O_BZERO for unsigned types, the two COMMENT
        cards on the FITS definition, END, and the blank cards the library leaves after
        END (NAXIS + 8 cards before the COMMENTs).

    Notes
    -----
    ``astropy.io.fits.PrimaryHDU(data).header`` has no comments of the library's, no DATE
    and no COMMENT cards, and astropy headers are not string arrays. Source: mkhdr.pro
    (IDL Astronomy Library).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> h = idl.mkhdr(np.zeros((3, 4), np.float32))
    >>> print(h[1].rstrip())
    BITPIX  =                  -32 / Number of bits per data pixel
    >>> print(h[3].rstrip())
    NAXIS1  =                    4 /
    """
    if naxisx is None:
        if isinstance(im, np.ndarray) and im.dtype.kind == "U" or isinstance(im, str):
            array = np.asarray(im)
            code = 7
        else:
            array = idl_array(im, "Image", empty_ok=True)
            code = idl_type_code(array.dtype)
        dims = array.shape[::-1]
    else:
        try:
            code = int(np.asarray(im).reshape(-1)[0])
        except (TypeError, ValueError, IndexError):
            raise CompatValueError("ERROR: Illegal Image Datatype") from None
        dims = [int(d) for d in np.atleast_1d(np.asarray(naxisx)).reshape(-1)]
    return core.mkhdr_cards(code, dims, image=bool(image), extend=bool(extend))
