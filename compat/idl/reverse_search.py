"""IDL's obsolete ``RSTRPOS`` (last occurrence of a substring), over
:mod:`compat._core.reverse_search`.

Scalar text results are numpy scalars of IDL's INT (``numpy.int16``), array results INT
arrays of the input's shape, as rstrpos.pro builds them.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import reverse_search as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import idl_routine
from compat._core.idl_types import idl_array
from compat.idl._text_args import out_number, scalar_text, text_of

__all__ = ["rstrpos"]


def _strings(value, name):
    """Text as rstrpos.pro requires it ("Unlike STRPOS, Expr and SubStr must be
    strings"): ``str``, ``bytes`` or arrays of them."""
    if isinstance(value, (str, bytes)):
        return text_of(value, name)
    a = np.asarray(value)
    if a.dtype.kind not in "USO":
        raise CompatTypeError(f"{name} must be a string (RSTRPOS, unlike STRPOS, takes "
                              f"strings only), not {a.dtype}")
    return text_of(value, name)


@idl_routine("RSTRPOS")
def rstrpos(expr, substr, pos=None):
    """Position of the last occurrence of a substring, as IDL's obsolete ``RSTRPOS``.

    IDL call form: ``Result = RSTRPOS(Expr, SubStr [, Pos])``.

    Parameters
    ----------
    expr : str or array_like of str
        The string(s) to search (readsav layout for arrays; ``bytes`` accepted).
    substr : str
        The substring (one non-empty string: a scalar or one-element array).
    pos : int, optional
        The character position *before which* the search begins: the match found is the
        last one that ends at or before ``pos`` (lies wholly in ``expr[:pos]``). Omitted:
        the whole string. ``pos`` beyond the end searches the whole string; ``pos < 0``
        finds nothing. A fractional ``pos`` acts as rstrpos.pro's arithmetic makes it:
        the reversed search starts at ``strlen(expr) - pos`` truncated toward zero.

    Returns
    -------
    numpy.int16 or ndarray of int16
        IDL's INT positions, 0-based, -1 where ``substr`` does not occur; a scalar for a
        scalar ``expr``, else an array of its shape.

    Raises
    ------
    TypeError
        For a non-string ``expr`` or ``substr`` (compat's wording; rstrpos.pro's header
        says "Unlike STRPOS, Expr and SubStr must be strings").
    ValueError
        ``"RSTRPOS: Second argument must be a scalar or one element array: SubStr."`` and
        for an empty ``substr`` or an array ``pos`` (compat's own wording).

    Notes
    -----
    IDL's rstrpos.pro reverses both strings and searches forward from ``strlen(Expr) -
    Pos``; a match of the reversed strings at ``k`` is the original position ``strlen(Expr)
    - k - strlen(SubStr)`` (see :mod:`compat._core.reverse_search`). The modern
    replacement, ``STRPOS(Expr, SubStr, Pos, /REVERSE_SEARCH)``, is not the same with a
    ``Pos``: its match need only *start* at or before ``Pos``. GDL 1.0.1's own rstrpos.pro
    is that replacement, so ``RSTRPOS('abcabc', 'bc', 5)`` is 4 in GDL and 1 in IDL. The
    naive ``str.rfind(substr, 0, pos)`` agrees for ``pos`` in range but returns ``pos``
    (not -1) for an empty ``substr`` and counts a negative ``pos`` from the end.

    Examples
    --------
    IDL's example (rstrpos.pro's header):

    >>> from compat import idl
    >>> idl.rstrpos('Holy smokes, Batman!', 'smokes')
    np.int16(5)
    >>> idl.rstrpos('abcabc', 'bc'), idl.rstrpos('abcabc', 'bc', 5)
    (np.int16(4), np.int16(1))
    >>> idl.rstrpos(['a.b.c', 'abc', 'x.'], '.')
    array([ 3, -1,  1], dtype=int16)
    """
    t = _strings(expr, "Expr")
    _strings(substr, "SubStr")
    sub = scalar_text(substr, "SubStr", "Second argument")
    if sub == "":
        raise CompatValueError("SubStr must not be empty (an empty substring is refused "
                               "by compat: IDL's STRPOS and GDL's disagree about where it "
                               "is found)")
    p = None
    if pos is not None:
        if isinstance(pos, (str, bytes)):
            raise CompatTypeError("Pos must be a number, not a string")
        p_arr = idl_array(pos, "Pos", complex_ok=False)
        if p_arr.size != 1:
            raise CompatValueError("Pos must be a scalar (one position)")
        p = p_arr.reshape(-1)[0].item()
        if not math.isfinite(p):
            raise CompatValueError("Pos must be finite")
    values = [core.last_before(s, sub, p) for s in t.reshape(-1).tolist()]
    return out_number(values, t.shape, np.int16)
