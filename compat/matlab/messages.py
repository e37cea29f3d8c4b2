"""MATLAB's ``message`` objects: the catalog texts MATLAB's routines throw.

The legacy layer over :mod:`compat._core.message_catalog`: ``message(id, A1, ..., An)``
builds the object (``Identifier``, ``Arguments``, ``getString()``, ``string()``,
``char()``), which :func:`compat.matlab.error`, :func:`compat.matlab.warning` and
:class:`compat.matlab.MException` accept in place of an identifier and a text, as
MATLAB's do.
"""

from __future__ import annotations

from compat._core import matlab_diagnostics as diagnostics
from compat._core.legacy import matlab_function
from compat._core.message_catalog import MessageObject

__all__ = ["message"]


@matlab_function("message")
def message(msgID, *A):
    """A message object of MATLAB's catalog, as MATLAB's ``message``.

    MATLAB call forms::

        msg = message(msgID)                 ->  msg = matlab.message('MATLAB:gmres:Vector')
        msg = message(msgID, A1, ..., An)    ->  matlab.message('MATLAB:gmres:XoSize', 20)
        str = getString(msg)                 ->  msg.getString()
        string(msg), char(msg)               ->  msg.string(), msg.char(), str(msg)
        msg.Identifier, msg.Arguments        ->  msg.Identifier, msg.Arguments
        error(msg), warning(msg)             ->  matlab.error(msg), matlab.warning(msg)
        ME = MException(msg)                 ->  ME = matlab.MException(msg)

    ``getString`` is the catalog's text for ``msgID`` with its holes ``{0}``, ``{1}``,
    ... filled from ``A1, A2, ...`` (text as it stands, integer-valued numbers as
    integers, other numbers with 15 significant digits). ``error(msg)`` throws an
    :class:`compat.matlab.MException` with ``identifier`` ``msgID`` and that text;
    ``warning(msg)`` issues the warning with them (honouring ``warning('off', msgID)``).

    compat's catalog holds the texts of the MATLAB identifiers compat's own functions
    raise (the same text they raise) and those of MATLAB routines real code copies
    (``gmres``, ``cgs``, ``minres``, ``lsqr``, ``iterchk``, ``iterapp``, ``sub2ind``,
    ``cross``, ``questdlg``, with
    the text MATLAB's code of the time spelled out); see
    :mod:`compat._core.message_catalog`.

    Where Python differs: a ``ValueError(text)`` carries no identifier, so the
    ``ME.identifier`` checks of copied MATLAB code would fail.

    Raises
    ------
    ValueError
        ``msgID`` not of an identifier's form. ``getString`` (and so ``error(msg)``):
        for an identifier of a catalog that is not MathWorks', MATLAB's error "Unable to
        load a message catalog 'mg:textedit'. Please check the file location and
        format."; for a MathWorks identifier compat has no text for, a
        ValueError saying so.

    Notes
    -----
    GNU Octave 7.3 has no ``message`` function, so no clone can be captured; the
    catalog-not-found text is MATLAB's as printed (github.com/neuropoly/axonseg issue
    27, "Error using message/getString").

    Sources: MathWorks' ``message`` and ``error`` reference pages (``error(msg)`` with a
    message object); MathWorks' gmres.m (R2007a), iterchk.m, iterapp.m (R2005b),
    sub2ind.m, cross.m and questdlg.m of the releases before the catalogs, where the
    texts stood beside the identifiers.

    Examples
    --------
    >>> import compat
    >>> from compat import matlab
    >>> msg = matlab.message('MATLAB:gmres:XoSize', 20)
    >>> msg.Identifier, msg.Arguments
    ('MATLAB:gmres:XoSize', [20])
    >>> msg.getString()
    'Initial guess must be a column vector of length 20 to match the problem size.'
    >>> try:
    ...     matlab.error(matlab.message('MATLAB:sub2ind:IndexOutOfRange'))
    ... except compat.MatlabError as ME:
    ...     print(ME.identifier, '|', ME.message)
    MATLAB:sub2ind:IndexOutOfRange | Out of range subscript.
    """
    identifier = diagnostics.text_argument(msgID, "message identifier")
    return MessageObject(identifier, A)
