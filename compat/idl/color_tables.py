"""IDL's colour table: TVLCT (load or read, /GET) and LOADCT (IDL's colors1.tbl format,
loadct.pro's NCOLORS/BOTTOM resampling), on the device state of
:mod:`compat._core.direct_graphics`.
"""

from __future__ import annotations

import numpy as np

from compat._core import direct_graphics as core
from compat._core.color_table_files import load_tables
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["tvlct", "loadct"]


class TvlctResult(Result):
    """TVLCT, /GET's output arguments: the colour table's red, green, blue (BYTE)."""

    r: np.ndarray
    g: np.ndarray
    b: np.ndarray


@idl_routine("TVLCT")
def tvlct(v1=None, v2=None, v3=None, start=None, *, get=False, hls=False,
          hsv=False):
    """Load or read the colour table, as IDL's ``TVLCT``.

    IDL call forms::

        TVLCT, R, G, B [, Start]        ->  idl.tvlct(r, g, b, start)
        TVLCT, V [, Start]              ->  idl.tvlct(v, start)       # V (n, 3) here
        TVLCT, R, G, B, /GET            ->  r, g, b = idl.tvlct(get=True)
        TVLCT, H, L, S, /HLS            ->  idl.tvlct(h, l, s, hls=True)
        TVLCT, H, S, V, /HSV            ->  idl.tvlct(h, s, v, hsv=True)

    Parameters
    ----------
    v1, v2, v3 : array_like
        R, G, B (stored as BYTE: the low 8 bits, floats truncated first), or V alone,
        IDL's (n, 3) array (numpy shape ``(3, n)`` in readsav layout).
    start : int
        The first table index loaded (default 0).
    get : bool
        /GET: return the table (256 entries each) as ``TvlctResult(r, g, b)``;
        with /HLS or /HSV too the RGB values still (PV-WAVE's TVLCT page: "returns
        the actual RGB values loaded into the device when either the HLS or HSV
        keywords are present"; GDL 1.0.1 the same).
    hls, hsv : bool
        The arguments are hue (degrees, reduced modulo 360), lightness and
        saturation (0 to 1), or hue, saturation and value (IDL's TVLCT page: "All
        parameters are floating-point"); converted to RGB as COLOR_CONVERT does
        (:mod:`compat._core.color_spaces`: FLOAT arithmetic, channels times 255
        rounded), which gives GDL 1.0.1's tables bit for bit.

    Examples
    --------
    >>> from compat import idl
    >>> idl.loadct(0)
    >>> idl.tvlct([255, 0], [0, 255], [0, 0], 1)
    >>> t = idl.tvlct(get=True)
    >>> t.r[:4].tolist(), t.g[:4].tolist()
    ([0, 255, 0, 3], [0, 0, 255, 3])
    >>> idl.loadct(0)
    """
    st = core.STATE
    if hls and hsv:
        raise CompatValueError("Conflicting keywords: HLS and HSV.")
    if get:
        t = st.table.copy()
        return TvlctResult(r=t[:, 0].copy(), g=t[:, 1].copy(), b=t[:, 2].copy())
    if v1 is None:
        raise CompatValueError("Variable is undefined: V1.")
    if v3 is None:
        a = idl_array(v1, "V", complex_ok=False)
        if a.ndim != 2 or a.shape[0] != 3:
            raise CompatValueError("V must be an (n, 3) IDL array (numpy shape (3, n)).")
        cols = [a[0], a[1], a[2]]
        start = v2
    else:
        cols = [idl_array(v, n, complex_ok=False).reshape(-1)
                for v, n in ((v1, "R"), (v2, "G"), (v3, "B"))]
    k0 = 0 if start is None else int(start)
    n = min(c.size for c in cols)
    if k0 < 0 or k0 >= 256:
        raise CompatValueError(f"Value of Start is out of allowed range: {k0}.")
    n = min(n, 256 - k0)
    if hls or hsv:
        from compat._core import color_spaces
        fl = [np.asarray(c[:n]).astype(np.float32) for c in cols]
        conv = color_spaces.hls_to_rgb if hls else color_spaces.hsv_to_rgb
        cols = list(conv(*fl))
    for j, c in enumerate(cols):
        v = np.asarray(c[:n])
        if v.dtype.kind == "f":
            v = np.trunc(v)
        st.table[k0:k0 + n, j] = v.astype(np.int64) & 255


class LoadctResult(Result):
    """LOADCT's output keywords."""

    get_names: np.ndarray
    rgb_table: np.ndarray


@idl_routine("LOADCT")
def loadct(table=None, *, silent=False, file=None, ncolors=None, bottom=None,
           get_names=False, rgb_table=False):
    """Load a predefined colour table, as IDL's ``LOADCT``.

    IDL call form::

        LOADCT [, Table] [, /SILENT] [, FILE=string] [, NCOLORS=n] [, BOTTOM=b]
               [, GET_NAMES=variable] [, RGB_TABLE=variable]

        ->  idl.loadct(39, file='colors1.tbl')
            names = idl.loadct(get_names=True).get_names

    Parameters
    ----------
    table : int
        The table number (0 when omitted: IDL would prompt for one).
    file : str or path-like
        The table file, in IDL's colors1.tbl format. Default: IDL's own
        ``$IDL_DIR/resource/colors/colors1.tbl`` when IDL is installed; without a file
        only table 0 (B-W LINEAR: r = g = b = 0, 1, ..., 255) is available -- compat
        bundles none of IDL's tables.
    ncolors, bottom : int
        Load the table resampled into ``ncolors`` entries starting at ``bottom``
        (default 256 - bottom and 0), with loadct.pro's index
        ``(lindgen(ncolors) * 255) / (ncolors - 1)`` (LONG division).
    get_names : bool
        GET_NAMES: return the file's table names (then no table is loaded unless one
        is given).
    rgb_table : bool
        RGB_TABLE: return the (resampled) table as IDL's (ncolors, 3) BYTE array
        (numpy ``(3, ncolors)``) instead of loading it.
    silent : bool
        Accepted (compat prints nothing).

    Returns
    -------
    None, or LoadctResult with the requested outputs.

    Examples
    --------
    >>> from compat import idl
    >>> idl.loadct(0, silent=True)
    >>> idl.tvlct(get=True).b[[0, 128, 255]].tolist()
    [0, 128, 255]
    >>> idl.loadct(0, ncolors=3, rgb_table=True).rgb_table.tolist()
    [[0, 127, 255], [0, 127, 255], [0, 127, 255]]
    """
    path, tables, names = load_tables(file)
    outputs = {}
    if get_names:
        outputs["get_names"] = names.copy()
        if table is None and not rgb_table:
            return LoadctResult(**outputs)
    t = 0 if table is None else int(table)
    if not 0 <= t < tables.shape[0]:
        where = path if path is not None else "compat (no colors1.tbl: FILE= or $IDL_DIR)"
        raise CompatValueError(f"Table number must be from 0 to {tables.shape[0] - 1}: "
                               f"{t} (tables of {where}).")
    b0 = 0 if bottom is None else int(bottom)
    nc = 256 - b0 if ncolors is None else int(ncolors)
    if nc < 1 or b0 < 0 or b0 + nc > 256:
        raise CompatValueError("NCOLORS and BOTTOM must fit the 256-entry table.")
    rgb = tables[t]
    if nc != 256:
        rgb = rgb[:, (np.arange(nc, dtype=np.int64) * 255) // max(nc - 1, 1)]
    if rgb_table:
        outputs["rgb_table"] = np.ascontiguousarray(rgb)
    else:
        core.STATE.table[b0:b0 + nc] = rgb.T
        core.STATE.colors_common = core.STATE.table.copy()
    return LoadctResult(**outputs) if outputs else None
