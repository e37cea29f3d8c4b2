"""IDL's text encodings of data: IDL_BASE64 (MIME Base64 between a BYTE array and a
string), over :mod:`compat._core.idl_serialization`."""

from __future__ import annotations

import numpy as np

from compat._core import idl_serialization as core
from compat._core.errors import CompatTypeError
from compat._core.idl_struct import is_structure
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["idl_base64"]

_INPUT_ERROR = "Input must be a byte array for encode or a scalar string for decode."


@idl_routine("IDL_BASE64")
def idl_base64(input):  # noqa: A002 - IDL's argument name
    """Encode a BYTE array as a Base64 string, or decode one, as IDL's ``IDL_BASE64``.

    IDL call form::

        Result = IDL_BASE64(Input)

    Parameters
    ----------
    input : ndarray of uint8, or str
        A BYTE array of any shape (its bytes are taken in IDL's order, which is numpy's C
        order of the readsav layout; numpy ``bool`` data counts as BYTE, as the IDL
        coercer reads it) to encode; or one string (``str``, ``bytes`` -- text, as
        everywhere in compat: pass ``np.frombuffer(b, np.uint8)`` to encode raw
        ``bytes`` --, or a one-element text array) to decode.

    Returns
    -------
    str or ndarray of uint8
        Encoding: the Base64 text, one line, padded with ``=`` to a multiple of 4.
        Decoding: a 1-D BYTE vector whatever the original shape (IDL's note: reform it
        yourself), or the scalar BYTE 0 for an empty string.

    Raises
    ------
    ValueError
        ``"IDL_BASE64: String length must be a multiple of 4."``, ``"IDL_BASE64:
        Out-of-range character in encoding string."`` (idl_base64.pro's texts; blanks and
        line breaks are such characters: IDL's Base64 is one line).
    TypeError
        ``"IDL_BASE64: Input must be a byte array for encode or a scalar string for
        decode."`` for any other type (INT arrays, Python ``int`` lists, several strings,
        structures).

    Notes
    -----
    Sources: IDL Reference Guide, IDL_BASE64 (the alphabet, the 3-bytes-to-4-characters
    rule and ``=`` padding, the decoded vector; golden case ``doc_fun``), and the steps of
    IDL 8.0's idl_base64.pro (padding read from the end only, an ``=`` inside the text
    decoded as the value 254 in BYTE arithmetic instead of refused). ``base64.b64encode``
    / ``b64decode`` give the same bytes for well-formed data but take ``bytes`` (not
    IDL's BYTE array of any shape and type rules), return ``bytes``, and refuse or
    ignore malformed text differently. Checked against GDL 1.0.1 (golden suite
    ``idl/serialization``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.idl_base64(np.frombuffer(b'IDL is fun!', np.uint8))
    'SURMIGlzIGZ1biE='
    >>> idl.idl_base64('SURMIGlzIGZ1biE=').tobytes()
    b'IDL is fun!'
    >>> idl.idl_base64(np.arange(6, dtype=np.uint8).reshape(2, 3))
    'AAECAwQF'
    """
    if isinstance(input, (bytes, np.bytes_)):
        input = input.decode("latin-1")  # noqa: A001
    if isinstance(input, (str, np.str_)):
        return core.decode(str(input))
    if input is None or is_structure(input) or isinstance(input, dict):
        raise CompatTypeError(_INPUT_ERROR)
    a = idl_array(input, "Input", string_ok=True)
    if a.dtype.kind == "U":
        if a.size != 1:
            raise CompatTypeError(_INPUT_ERROR)
        return core.decode(str(a.reshape(-1)[0]))
    if a.dtype != np.uint8:
        raise CompatTypeError(_INPUT_ERROR)
    return core.encode(a)
