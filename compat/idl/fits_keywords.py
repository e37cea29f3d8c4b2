"""The IDL Astronomy Library's FITS header keywords: ``SXPAR``, ``FXPAR``, ``SXADDPAR``
and ``SXDELPAR`` (``FXADDPAR`` is in :mod:`compat.idl.fits_fx`), over
:mod:`compat._core.fits_headers`.

Headers are the library's string arrays of 80-character cards; the rules followed are
those the library documents in sxpar.pro, fxpar.pro, sxaddpar.pro and sxdelpar.pro,
cited per routine.
"""

from __future__ import annotations

import warnings

import numpy as np

from compat._core import fits_headers as cards
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["sxpar", "fxpar", "sxaddpar", "sxdelpar"]


class SxparResult(Result):
    """SXPAR's value and its COUNT and COMMENT output keywords."""

    result: object
    count: np.int32
    comment: object


def _sxpar(name_of, hdr, name, abort, count, comment, dup, missing, nan, silent,
           nocontinue):
    if not isinstance(name, str):
        raise CompatTypeError("keyword name must be a string")
    fill = missing if missing is not None else (np.float32(np.nan) if nan else 0)
    with warnings.catch_warnings():
        if silent:
            warnings.simplefilter("ignore")
        value, found, comments, _ = cards.find(hdr, name, dup=dup, missing=fill,
                                               silent=silent, nocontinue=nocontinue)
    if found == 0 and abort is not None:
        where = abort if isinstance(abort, str) and len(abort.strip()) > 1 else \
            "FITS Header"
        raise CompatValueError(f"Keyword {name.strip().upper()} not found in {where}")
    if missing is None and not nan and found == 0:
        value = np.int32(0)  # sxpar.pro's 0 under compile_opt idl2: a LONG
    elif isinstance(value, int) and not isinstance(value, (bool, np.generic)):
        value = np.int16(value)  # a Python int MISSING= is an IDL INT literal
    if not count and not comment:
        return value
    fields = {"result": value}
    if count:
        fields["count"] = np.int32(found)
    if comment:
        fields["comment"] = comments[0] if len(comments) == 1 else np.array(comments)
    return SxparResult(**fields)


@idl_routine("SXPAR")
def sxpar(hdr, name, abort=None, *, count=False, comment=False, dup=None, missing=None,
          nan=False, silent=False, nocontinue=False):
    """The value of a FITS header keyword, as the library's ``SXPAR``.

    IDL call forms::

        v = SXPAR(h, 'EXPTIME')                  ->  sxpar(h, 'EXPTIME')
        v = SXPAR(h, 'EXPTIME', COUNT=n)         ->  v, n = sxpar(h, 'EXPTIME', count=True)
        n = SXPAR(h, 'NAXIS*')                   ->  sxpar(h, 'NAXIS*')
        hist = SXPAR(h, 'HISTORY')

    Types as sxpar.pro's code gives them (checked against the library run in GDL): an
    integer is LONG (LONG64 / ULONG64 when too large), a number with a '.', 'D' or 'E'
    FLOAT, or DOUBLE when it has a 'D' or is 8 characters or longer; ``T``/``F`` BYTE
    1/0; two numbers a COMPLEX; strings without their quotes but with the blanks inside
    them (``''`` inside as ``'``; CONTINUE cards joined when the header has LONGSTRN);
    ``'NAME*'`` the vector of NAME1, NAME2, ...; HISTORY/COMMENT every such card's text.
    COMMENT= is the text after the slash as it stands (a leading blank kept). A missing
    keyword gives LONG 0 (``MISSING=``, ``/NAN``) and COUNT 0; with ``abort`` it raises
    instead. A keyword present twice: the last (or ``DUP``-th), with a CompatWarning
    unless ``/SILENT``.

    Differences from ``astropy.io.fits.Header[...]``: astropy raises KeyError for a
    missing keyword, returns Python int/float (so FLOAT vs DOUBLE is lost), True/False,
    and takes an astropy Header, not the string array IDL code passes around.

    Examples
    --------
    >>> from compat import idl
    >>> h = idl.sxaddpar(idl.sxaddpar(["END".ljust(80)], "EXPTIME", np.float32(12.5),
    ...                               "seconds"), "OBJECT", "M31")
    >>> idl.sxpar(h, "EXPTIME"), idl.sxpar(h, "OBJECT"), idl.sxpar(h, "NOPE", count=True)
    (np.float32(12.5), 'M31     ', SxparResult(result=np.int32(0), count=np.int32(0)))
    """
    return _sxpar("SXPAR", hdr, name, abort, count, comment, dup, missing, nan, silent,
                  nocontinue)


@idl_routine("FXPAR")
def fxpar(hdr, name, abort=None, *, count=False, comment=False, dup=None, missing=None,
          nan=False, silent=False, nocontinue=False, start=None, precheck=None,
          postcheck=None):
    """The value of a FITS header keyword, as the library's ``FXPAR`` (the same parsing as
    :func:`sxpar`, which the library calls "nearly identical"; ``START``/``PRECHECK``/
    ``POSTCHECK`` only speed up the search there and are accepted and ignored here)."""
    return _sxpar("FXPAR", hdr, name, abort, count, comment, dup, missing, nan, silent,
                  nocontinue)


@idl_routine("SXADDPAR")
def sxaddpar(hdr, name, value, comment=None, location=None, *, before=None, after=None,
             format=None, savecomment=False, pdu=False, missing=None,  # noqa: A002
             null=False):
    """Add or change a header keyword, as the library's ``SXADDPAR``.

    IDL call form::

        SXADDPAR, Header, Name, Value [, Comment, Location, BEFORE=, AFTER=, FORMAT=,
                  /SAVECOMMENT, /PDU, MISSING=, /NULL]

    IDL modifies the header variable; Python returns the new header array:
    ``SXADDPAR, h, 'GAIN', 2.5, 'e/ADU'`` -> ``h = sxaddpar(h, 'GAIN', 2.5, 'e/ADU')``
    (``hdr=None`` is IDL's undefined header: a new one is made).

    The cards are sxaddpar.pro's, character for character (see
    :func:`compat._core.fits_headers.set_card` for the rules): IDL's free number formats
    (``12.5000``, ``1.00000E-20``), ``G19.12`` for DOUBLE, ``' /'`` before every comment,
    a string's closing quote at least 8 characters on, HISTORY/COMMENT/blank cards where
    the library puts them, an existing keyword replaced in place with its comment kept.
    Python floats are DOUBLE (pass ``np.float32`` for a FLOAT value), Python ints INT
    or LONG by size, ``True``/``False`` and ``'T'``/``'F'`` logicals.

    Differences from ``astropy.io.fits.Header[...] = value``: astropy writes its own
    number formats (``12.5``), no slash without a comment, doubles quotes in strings,
    and works on a Header object rather than the string array IDL code passes around.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> h = idl.sxaddpar(None, 'EXPTIME', np.float32(12.5), 'seconds')
    >>> print(h[0].rstrip())
    EXPTIME =              12.5000 /seconds
    """
    return cards.set_card(hdr, name, value, comment, location, before=before, after=after,
                          fmt=format, savecomment=savecomment, pdu=pdu, missing=missing,
                          null=null)


@idl_routine("SXDELPAR")
def sxdelpar(hdr, names):
    """Delete keywords from a header, as the library's ``SXDELPAR`` (every occurrence;
    Python returns the new header array)."""
    return cards.delete_cards(hdr, names)
