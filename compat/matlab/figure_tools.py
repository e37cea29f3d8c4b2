"""MATLAB's frames, image display and figure files: ``getframe``, ``im2frame``,
``frame2im``, ``movie``, ``imshow``, ``truesize``, ``hgexport``, ``savefig``,
``openfig``, ``movegui``, ``dialog`` and ``waitfor``.

They work on the object tree of :mod:`compat.matlab.graphics` without a display:
``getframe`` renders the figure with matplotlib's Agg canvas (the optional extra
``compat[plot]``) at its pixel size and returns MATLAB's frame struct (a dict with
``cdata`` and ``colormap``); ``movie`` checks its arguments and shows nothing;
``waitfor`` returns at once (no user can act), like ``uiwait`` here. ``savefig``/
``openfig`` keep compat's figures in a file of compat's own design (a header line and
a pickle of the objects), NOT MATLAB's .fig MAT-file: MATLAB cannot read it, and compat
does not read MATLAB's. The core is :mod:`compat._core.figure_frames`.

Sources: MATLAB's reference pages of each function (getframe, im2frame, frame2im,
movie, savefig, openfig, hgexport, movegui, dialog, waitfor) and the Image Processing
Toolbox's imshow and truesize pages; GNU Octave 7.3 as the oracle for the properties
(golden suite reference_outputs/matlab/figure_tools).
"""

from __future__ import annotations

import os
import pickle

import numpy as np

from compat._core import figure_frames as core
from compat._core import graphics_objects as go
from compat._core import graphics_scales as gs
from compat._core.colormaps import gray
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.graphics_surfaces import Image, image_edges
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab._graphics_arguments import _apply, _handle, _is_text, _pairs, _str

__all__ = ["getframe", "im2frame", "frame2im", "movie", "imshow", "truesize", "hgexport",
           "savefig", "openfig", "movegui", "dialog", "waitfor"]


def _empty():
    return np.zeros((0, 0))


# --------------------------------------------------------------------------------------
# frames
# --------------------------------------------------------------------------------------
@matlab_function("getframe")
def getframe(*args):
    """Capture an axes or a figure as a movie frame (MATLAB's ``getframe``).

    MATLAB call forms::

        F = getframe            ->  the current axes
        F = getframe(ax)        ->  that axes' inner rectangle (no tick labels)
        F = getframe(fig)       ->  the whole figure, labels and title included
        F = getframe(h, rect)   ->  rect = [left bottom width height] in pixels from
                                    the lower left corner of h

    Returns
    -------
    dict
        MATLAB's frame struct: ``cdata``, the pixels (``uint8``, height x width x 3,
        row 1 at the top), and ``colormap``, empty (0x0 double: a truecolor frame).

    Notes
    -----
    compat draws the figure with matplotlib's Agg canvas (``compat[plot]``) at one pixel
    per figure pixel: a figure of Position [x y 560 420] gives a 420x560x3 frame,
    the default axes (Position [0.13 0.11 0.775 0.815]) a 342x434x3 one. MATLAB
    captures the screen, so its size depends on the screen's scaling (R2015b and later
    on high-resolution screens give more pixels) and its pixels on MATLAB's renderer:
    compare frames by size and class, not pixel for pixel. GNU Octave 7.3 has no
    getframe for its headless gnuplot toolkit. A rectangle not inside the figure is an
    error, as in MATLAB since R2014b.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off', 'Position', [100, 100, 200, 150])
    >>> _ = matlab.plot([1, 3, 2])
    >>> F = matlab.getframe(f)
    >>> F['cdata'].shape, F['cdata'].dtype, F['colormap'].shape
    ((150, 200, 3), dtype('uint8'), (0, 0))
    >>> matlab.getframe(matlab.gca(), [0, 0, 20, 10])['cdata'].shape
    (10, 20, 3)
    >>> matlab.close(f)
    """
    if len(args) > 2:
        raise CompatValueError("Too many input arguments: getframe(h, rect)")
    target = go.current_axes() if not args else _handle(args[0], (go.Figure, go.Axes))
    rect = args[1] if len(args) == 2 else None
    return {"cdata": core.capture(target, rect), "colormap": _empty()}


def _uint8_rgb(x, name):
    a = np.asarray(matlab_array(x, name, complex_ok=False))
    if a.dtype.kind == "f":
        if a.size and (np.nanmin(a) < 0 or np.nanmax(a) > 1):
            raise CompatValueError(f"{name}: a double or single truecolor image must "
                                   "have values in [0, 1]")
        a = np.round(np.nan_to_num(a) * 255).astype(np.uint8)
    elif a.dtype == bool:
        a = a.astype(np.uint8) * 255
    return a


@matlab_function("im2frame")
def im2frame(x, map=None):  # noqa: A002 - MATLAB's name
    """Convert an image to a movie frame (MATLAB's ``im2frame``).

    MATLAB call forms: ``F = im2frame(RGB)`` (m-by-n-by-3), ``F = im2frame(X, map)``
    (indexed image and its colormap), ``F = im2frame(X)`` (indexed, the current
    colormap).

    Returns
    -------
    dict
        ``cdata`` and ``colormap``: a truecolor frame keeps uint8 data, double/single
        data in [0, 1] become uint8 (x 255, rounded), ``colormap`` is empty; an
        indexed frame keeps ``X`` as given and ``map``.

    Notes
    -----
    MATLAB's reference pages say a frame's ``cdata`` is stored as uint8 (frame2im's
    "cdata -- the image data stored as an array of uint8 values"): compat converts a
    double truecolor image to uint8. GNU Octave 7.3 keeps the double data (a
    recorded difference, tested as MATLAB's documentation says).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> F = matlab.im2frame(np.full((2, 3, 3), 0.5))
    >>> F['cdata'][0, 0], F['cdata'].dtype, F['colormap'].shape
    (array([128, 128, 128], dtype=uint8), dtype('uint8'), (0, 0))
    >>> matlab.im2frame(np.array([[1, 2]]), matlab.gray(4))['colormap'].shape
    (4, 3)
    """
    if map is None:
        probe = np.asarray(x)
        if probe.ndim == 2:  # im2frame(X): an indexed image with the current colormap
            map = go.current_axes().colormap()  # noqa: A001
    if map is None or np.size(map) == 0:
        a = _uint8_rgb(x, "RGB")
        if a.ndim != 3 or a.shape[2] != 3:
            raise CompatValueError("im2frame: RGB must be an m-by-n-by-3 truecolor image "
                                   "(give the colormap of an indexed image)")
        return {"cdata": np.array(a), "colormap": _empty()}
    m = np.array(matlab_array(map, "map", complex_ok=False), dtype=np.float64)
    if m.ndim != 2 or m.shape[1] != 3 or (m.size and (m.min() < 0 or m.max() > 1)):
        raise CompatValueError("im2frame: map must be an m-by-3 colormap of values in "
                               "[0, 1]")
    a = np.array(matlab_array(x, "X", complex_ok=False))
    if a.ndim != 2:
        raise CompatValueError("im2frame: an indexed image X must be 2-D")
    return {"cdata": a, "colormap": m}


def _frame(value):
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, np.void) and value.dtype.names:
        value = {n: value[n] for n in value.dtype.names}
    if not isinstance(value, dict) or "cdata" not in value or "colormap" not in value:
        raise CompatTypeError("Expected a movie frame: a struct with fields cdata and "
                              "colormap")
    return value


@matlab_function("frame2im", nargout=2)
def frame2im(frame, *, nargout=1):
    """The image of a movie frame (MATLAB's ``frame2im``).

    MATLAB call forms: ``RGB = frame2im(F)``, ``[X, map] = frame2im(F)``.

    Returns
    -------
    numpy.ndarray or tuple
        ``cdata`` (a copy), and with ``nargout=2`` the colormap (empty for a truecolor
        frame).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> F = matlab.im2frame(np.zeros((2, 2, 3), np.uint8))
    >>> x, m = matlab.frame2im(F, nargout=2); x.shape, m.shape
    ((2, 2, 3), (0, 0))
    """
    f = _frame(frame)
    x = np.array(f["cdata"])
    return (x, np.array(f["colormap"], dtype=np.float64)) if nargout == 2 else x


@matlab_function("movie")
def movie(*args):
    """Play frames (MATLAB's ``movie``): headless, nothing is shown; the arguments
    are checked as MATLAB checks them.

    MATLAB call forms: ``movie(M)``, ``movie(M, n)``, ``movie(M, n, fps)``,
    ``movie(h, M, ...)``, ``movie(h, M, n, fps, loc)``. ``M`` is a frame or a list of
    frames (MATLAB's struct array); ``n`` the number of times (a negative n plays
    forwards and backwards), ``fps`` frames per second (default 12).

    Returns
    -------
    None

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> M = [matlab.im2frame(np.zeros((4, 4, 3), np.uint8))] * 3
    >>> matlab.movie(M, 2, 24)
    """
    rest = list(args)
    if rest and isinstance(rest[0], (go.Figure, go.Axes)):
        _handle(rest.pop(0))
    if not rest:
        raise CompatValueError("Not enough input arguments: movie(M)")
    frames = rest.pop(0)
    frames = frames if isinstance(frames, list) else [frames]
    if not frames:
        raise CompatValueError("movie: M must hold at least one frame")
    for f in frames:
        _frame(f)
    if len(rest) > 3:
        raise CompatValueError("Too many input arguments: movie(h, M, n, fps, loc)")
    for value, what in zip(rest[:2], ("n", "fps")):
        v = np.asarray(value, dtype=np.float64).ravel()
        if v.size < 1 or not np.isfinite(v).all() or (what == "fps" and v[0] <= 0):
            raise CompatValueError(f"movie: {what} must be a finite number"
                                   + (" above 0" if what == "fps" else ""))
    if len(rest) == 3 and np.asarray(rest[2]).size != 4:
        raise CompatValueError("movie: loc must be [x y 0 0]")
    return None


# --------------------------------------------------------------------------------------
# imshow, truesize
# --------------------------------------------------------------------------------------
_IMSHOW_OPTIONS = ("displayrange", "initialmagnification", "border", "colormap",
                   "parent", "xdata", "ydata", "reduce", "interpolation")


def _image_argument(value):
    if _is_text(value):
        from compat.matlab.image_files import imread
        x, m = imread(_str(value), nargout=2)
        return np.asarray(x), (None if np.size(m) == 0 else m)
    return np.asarray(matlab_array(value, "I", complex_ok=False)), None


@matlab_function("imshow")
def imshow(*args, **kwargs):
    """Display an image (the Image Processing Toolbox's ``imshow``).

    MATLAB call forms::

        h = imshow(I)                 ->  grayscale: class range [0 1] / [0 255] ...
        h = imshow(I, [low high])     ->  that DisplayRange
        h = imshow(I, [])             ->  [min(I(:)) max(I(:))]
        h = imshow(BW)                ->  logical: black 0, white 1
        h = imshow(X, map)            ->  indexed: X through map, direct mapping
        h = imshow(RGB)               ->  m-by-n-by-3 truecolor
        h = imshow(filename)          ->  imread's image (and its map)
        h = imshow(..., 'InitialMagnification', 200, 'Border', 'tight',
                   'XData', [x1 x2], 'YData', [y1 y2], 'Parent', ax,
                   'Colormap', map, 'DisplayRange', [low high])

    Returns
    -------
    Image
        Its ``CData`` is the image as given (its class kept), ``CDataMapping``
        'scaled' for grayscale and logical images (``CLim`` = the display range),
        'direct' for indexed and truecolor ones.

    Notes
    -----
    What imshow does to its axes (the reference page's rules): the axes is reset
    (hold off) or kept (hold on), ``axis image`` (``DataAspectRatioMode`` 'manual',
    limits the pixel edges [0.5 n+0.5] and [0.5 m+0.5], or XData/YData's) with
    ``YDir`` 'reverse', the axes hidden (``Visible`` 'off'); a grayscale or logical
    image sets the axes' colormap to ``gray(256)`` (``gray(2)`` for logical), an indexed
    one to its map. ``'Border', 'tight'`` puts the axes at Position [0 0 1 1];
    ``'InitialMagnification'`` (percent, default 100; ``'fit'``) sizes the figure so
    the image spans that many pixels, as :func:`truesize`. Unlike the naive
    ``matplotlib.pyplot.imshow``, nothing is drawn until saveas/print/getframe, and an
    integer image keeps its class with its class's display range (a uint8 0..255, an
    int16 -32768..32767). GNU Octave 7.3's imshow sets a 64-row gray map on the figure
    (MATLAB's is 256 rows): a recorded divergence.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> h = matlab.imshow(np.array([[0, 128], [255, 64]], np.uint8))
    >>> h.CDataMapping, matlab.caxis(), matlab.gca().Visible, matlab.gca().YDir
    ('scaled', array([[  0., 255.]]), 'off', 'reverse')
    >>> h = matlab.imshow(np.array([[2.0, 9.0], [4.0, 5.0]]), [])
    >>> matlab.caxis(), matlab.xlim()
    (array([[2., 9.]]), array([[0.5, 2.5]]))
    >>> matlab.close(f)
    """
    rest = list(args)
    if not rest:
        raise CompatValueError("Not enough input arguments: imshow(I)")
    data, cmap = _image_argument(rest.pop(0))
    given_range = None
    if rest and not _is_text(rest[0]):
        second = np.asarray(rest.pop(0), dtype=np.float64)
        if second.ndim == 2 and second.shape[1] == 3 and second.shape[0] >= 1:
            cmap = second
        else:
            given_range = second
    options = {}
    for name, value in _pairs(rest, kwargs):
        key = name.lower()
        match = [o for o in _IMSHOW_OPTIONS if o.startswith(key)]
        if len(match) != 1:
            raise CompatValueError(f"imshow: unknown option '{name}': use "
                                   "'DisplayRange', 'InitialMagnification', 'Border', "
                                   "'Colormap', 'Parent', 'XData', 'YData'")
        options[match[0]] = value
    if "colormap" in options:
        cmap = np.asarray(options["colormap"], dtype=np.float64)
    if "displayrange" in options:
        given_range = np.asarray(options["displayrange"], dtype=np.float64)
    if data.ndim == 3 and data.shape[2] != 3 or data.ndim > 3:
        raise CompatValueError("imshow: the image must be m-by-n (grayscale, logical, "
                               "indexed) or m-by-n-by-3 (truecolor)")
    if data.ndim < 2:
        data = data.reshape(1, -1)
    truecolor = data.ndim == 3
    indexed = cmap is not None and not truecolor
    m, n = data.shape[:2]
    x = gs.double_row([1.0, n])
    y = gs.double_row([1.0, m])
    if "xdata" in options:
        x = gs.double_row(np.asarray(options["xdata"], dtype=np.float64).ravel()[[0, -1]])
    if "ydata" in options:
        y = gs.double_row(np.asarray(options["ydata"], dtype=np.float64).ravel()[[0, -1]])
    ax = options.get("parent")
    if ax is not None:
        ax = _handle(ax, go.Axes)
    from compat.matlab.surface_plots import _start
    ax, _ = _start(ax)
    h = Image(ax)
    mapping = "direct" if (indexed or truecolor) else "scaled"
    h._props.update(XData=x, YData=y, CData=np.array(data), CDataMapping=mapping)
    ax._props["YDir"] = "reverse"
    ax._props["Visible"] = "off"
    ax._props["DataAspectRatioMode"] = "manual"
    ax._props["View"] = gs.double_row([0.0, 90.0])
    if data.size:
        ax.set_limits("x", image_edges(x, n))
        ax.set_limits("y", image_edges(y, m))
    if indexed:
        ax._props["Colormap"] = cmap.copy()
    elif not truecolor:
        ax._props["Colormap"] = gray(2 if data.dtype == bool else 256)
        lo, hi = core.display_range(data, given_range)
        ax.set_color_limits([lo, hi])
    if str(options.get("border", "loose")).lower() == "tight":
        ax._props["Position"] = gs.double_row([0.0, 0.0, 1.0, 1.0])
    magnification = options.get("initialmagnification")
    if magnification is not None and not (_is_text(magnification)
                                          and _str(magnification).lower() == "fit"):
        percent = float(np.asarray(magnification, dtype=np.float64).reshape(()))
        if not percent > 0:
            raise CompatValueError("imshow: InitialMagnification must be a positive "
                                   "percentage or 'fit'")
        _fit_figure(ax, n * percent / 100.0, m * percent / 100.0)
    return h


def _fit_figure(ax, width, height):
    """Resize the figure so that ``ax`` spans ``width`` x ``height`` pixels (its
    normalized Position kept; the figure's lower left corner kept)."""
    fig = ax._parent
    pos = fig._props["Position"].ravel().copy()
    w, h = (float(v) for v in ax._props["Position"].ravel()[2:])
    pos[2] = round(width / w)
    pos[3] = round(height / h)
    fig._props["Position"] = gs.double_row(pos)


@matlab_function("truesize")
def truesize(*args):
    """Size a figure so that its image shows one screen pixel per image pixel (the
    Image Processing Toolbox's ``truesize``).

    MATLAB call forms: ``truesize``, ``truesize(fig)``, ``truesize([mrows ncols])``,
    ``truesize(fig, [mrows ncols])``: the image (the figure's first image, or one of
    ``mrows`` x ``ncols`` pixels) spans that many pixels; the figure's Position width
    and height change, its axes keep their normalized Position.

    Returns
    -------
    None

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> _ = matlab.imshow(np.zeros((30, 40)), 'Border', 'tight')
    >>> matlab.truesize(); f.Position[0, 2:]
    array([40., 30.])
    >>> matlab.close(f)
    """
    rest = list(args)
    fig = None
    if rest and (isinstance(rest[0], go.Figure) or np.size(rest[0]) == 1):
        fig = _handle(rest.pop(0), go.Figure)
    fig = fig or go.current_figure()
    images = [(ax, c) for ax in fig.axes() for c in ax._children
              if isinstance(c, Image) and not c._deleted]
    if not images:
        raise CompatValueError("truesize: the figure has no image")
    ax, im = images[0]
    if rest:
        size = np.asarray(rest.pop(0), dtype=np.float64).ravel()
        if size.size != 2 or not (size > 0).all():
            raise CompatValueError("truesize: [mrows ncols] must be two positive numbers")
        rows, cols = float(size[0]), float(size[1])
    else:
        rows, cols = (float(v) for v in im._props["CData"].shape[:2])
    if rest:
        raise CompatValueError("Too many input arguments: truesize(fig, [mrows ncols])")
    _fit_figure(ax, cols, rows)
    return None


# --------------------------------------------------------------------------------------
# hgexport, savefig, openfig
# --------------------------------------------------------------------------------------
_EXPORT_FORMATS = {"eps": "eps", "epsc": "eps", "eps2": "eps", "epsc2": "eps",
                   "png": "png", "jpeg": "jpg", "jpg": "jpg", "pdf": "pdf", "svg": "svg",
                   "tiff": "tiff", "tif": "tiff", "tiffn": "tiff"}


@matlab_function("hgexport")
def hgexport(h, filename=None, style=None, *args, **kwargs):
    """Write a figure to a picture file (MATLAB's ``hgexport``), as ``print`` does.

    MATLAB call forms::

        hgexport(fig, 'plot.eps')
        hgexport(fig, 'plot', style, 'Format', 'png')
        hgexport(fig, 'plot.png', hgexport('factorystyle'), 'Format', 'png')
        style = hgexport('factorystyle')

    The format is the ``'Format'`` option's (also a ``Format`` field of ``style``),
    else the file name's extension, else EPS (hgexport's factory style); the extension
    is added when the name has none. Formats: eps, png, jpeg, pdf, svg, tiff.

    Returns
    -------
    None, or the style dict for ``hgexport('factorystyle')`` (its ``Format`` is
    'eps'; compat applies ``Format`` and ``Resolution`` and records the rest).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 2])
    >>> name = os.path.join(tempfile.mkdtemp(), 'p')
    >>> matlab.hgexport(f, name, matlab.hgexport('factorystyle'), 'Format', 'png')
    >>> os.path.exists(name + '.png')
    True
    >>> matlab.close(f)
    """
    if _is_text(h):
        word = _str(h).lower()
        if word == "factorystyle" and filename is None:
            return {"Version": "1", "Format": "eps", "Preview": "none", "Width": "auto",
                    "Height": "auto", "Units": "inches", "Color": "rgb",
                    "Background": "w", "Resolution": "auto", "Renderer": "auto"}
        raise CompatValueError(f"hgexport: unsupported call hgexport('{_str(h)}'): use "
                               "hgexport('factorystyle') or hgexport(fig, filename)")
    fig = _handle(h, go.Figure)
    if filename is None:
        raise CompatValueError("Not enough input arguments: hgexport(fig, filename)")
    name = _str(filename)
    fmt, dpi = None, 150
    if style is not None and not isinstance(style, dict) and np.size(style) == 0:
        style = None  # hgexport(h, name, [], ...): the factory style
    if style is not None:
        if not isinstance(style, dict):
            raise CompatTypeError("hgexport: style must be a struct (a dict)")
        fmt = style.get("Format")
        res = style.get("Resolution", "auto")
        if not _is_text(res):
            dpi = int(np.asarray(res).reshape(()))
    for key, value in _pairs(args, kwargs):
        if key.lower() == "format":
            fmt = _str(value)
        elif key.lower() == "resolution":
            dpi = int(np.asarray(value).reshape(()))
    base = os.path.basename(name)
    ext = base.rsplit(".", 1)[-1].lower() if "." in base else ""
    if fmt is None or (style is not None and style.get("Format") == "eps" and
                       not any(k.lower() == "format" for k, _ in _pairs(args, kwargs))
                       and ext in _EXPORT_FORMATS):
        fmt = ext if ext in _EXPORT_FORMATS else "eps"
    key = _str(fmt).lower()
    if key not in _EXPORT_FORMATS:
        raise CompatValueError(f"hgexport: unsupported format '{fmt}': use "
                               f"{', '.join(sorted(_EXPORT_FORMATS))}")
    if not ext:
        name = f"{name}.{ {'jpg': 'jpg', 'tiff': 'tif'}.get(_EXPORT_FORMATS[key], _EXPORT_FORMATS[key])}"
    from compat._core.graphics_render import render_figure
    render_figure(fig, name, _EXPORT_FORMATS[key], dpi=dpi)
    return None


def _fig_name(filename, default="Untitled.fig"):
    name = default if filename is None else _str(filename)
    if not os.path.splitext(name)[1]:
        name += ".fig"
    return name


@matlab_function("savefig")
def savefig(*args):
    """Save figures to a file that ``openfig`` reads back (MATLAB's ``savefig``).

    MATLAB call forms: ``savefig``, ``savefig(filename)``, ``savefig(H, filename)``
    (``H`` a figure or a list of figures), ``savefig(H, filename, 'compact')``.
    Without a name the file is 'Untitled.fig'; '.fig' is added to a name without
    extension.

    Returns
    -------
    None

    Notes
    -----
    The file is compat's own format (a header line, then a pickle of the figures'
    objects and properties), NOT MATLAB's .fig (a MAT-file of MathWorks' object
    serialization): MATLAB cannot open it and ``openfig`` does not read MATLAB's.
    It reads back in compat of the same version; like any pickle, open only files
    you trust. Callbacks that are not importable functions (lambdas) cannot be saved.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off', 'Name', 'kept'); _ = matlab.plot([1, 5])
    >>> name = os.path.join(tempfile.mkdtemp(), 'a')
    >>> matlab.savefig(f, name); matlab.close(f)
    >>> g = matlab.openfig(name + '.fig', 'invisible')
    >>> g.Name, matlab.get(g.Children[0].Children[0], 'YData')
    ('kept', array([[1., 5.]]))
    >>> matlab.close(g)
    """
    rest = list(args)
    figures = None
    if rest and not _is_text(rest[0]):
        h = rest.pop(0)
        items = list(h) if isinstance(h, (list, tuple)) else [h]
        figures = [_handle(x, go.Figure) for x in items]
    if len(rest) > 2 or (len(rest) == 2 and _str(rest[1]).lower() != "compact"):
        raise CompatValueError("savefig(H, filename) or savefig(H, filename, 'compact')")
    name = _fig_name(rest[0] if rest else None)
    figures = figures or [go.current_figure()]
    try:
        core.save_figure(figures, name)
    except (pickle.PicklingError, AttributeError, TypeError) as error:
        raise CompatValueError(f"savefig: the figure holds a value compat cannot save "
                               f"({error}); callbacks must be importable functions") \
            from None
    return None


@matlab_function("openfig")
def openfig(filename=None, *options):
    """Open figures saved by ``savefig`` (MATLAB's ``openfig``).

    MATLAB call forms: ``fig = openfig(filename)``, ``openfig(filename, 'new')``,
    ``openfig(filename, 'reuse')``, ``openfig(..., 'visible'|'invisible')``.
    'reuse' makes an open figure loaded from the same file current instead of loading
    a copy; 'invisible' sets Visible 'off'. Reads only compat's files
    (:func:`savefig`).

    Returns
    -------
    Figure, or a GraphicsArray for a file of several figures

    Examples
    --------
    See :func:`savefig`.
    """
    name = _fig_name(filename)
    copies, visible = "new", None
    for option in options:
        word = _str(option).lower() if _is_text(option) else None
        if word in ("new", "reuse"):
            copies = word
        elif word in ("visible", "invisible"):
            visible = "on" if word == "visible" else "off"
        else:
            raise CompatValueError(f"openfig: unknown option {option!r}: use 'new', "
                                   "'reuse', 'visible' or 'invisible'")
    path = os.path.abspath(name)
    if copies == "reuse":
        found = [f for f in go.root().figures() if f._props["FileName"] == path]
        if found:
            for f in found:
                go.root()._make_current(f)
            return found[0] if len(found) == 1 else go.GraphicsArray(found)
    if not os.path.exists(name):
        raise CompatValueError(f"openfig: file '{name}' not found")
    figures = core.load_figure(name)
    for f in figures:
        f._props["FileName"] = path
        if visible is not None:
            f._props["Visible"] = visible
    return figures[0] if len(figures) == 1 else go.GraphicsArray(figures)


# --------------------------------------------------------------------------------------
# movegui, dialog, waitfor
# --------------------------------------------------------------------------------------
#: the screen compat places figures on (no display): MATLAB's groot ScreenSize
SCREEN_SIZE = (1920.0, 1080.0)
_PLACES = ("north", "south", "east", "west", "northeast", "northwest", "southeast",
           "southwest", "center", "onscreen")


@matlab_function("movegui")
def movegui(*args):
    """Move a figure to a place on the screen (MATLAB's ``movegui``).

    MATLAB call forms: ``movegui(position)``, ``movegui(fig, position)``,
    ``movegui(fig)`` (``'onscreen'``). ``position`` is one of 'north', 'south',
    'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'center',
    'onscreen', or ``[x y]``: pixels from the screen's left/bottom edge (negative:
    from the right/top edge to the figure's right/top edge).

    Returns
    -------
    None

    Notes
    -----
    Headless, the screen is taken as 1920 x 1080 pixels (``SCREEN_SIZE``) and the
    figure's outer border as its Position (MATLAB also leaves room for the window's
    title bar and borders, which depend on the window manager): the left/bottom of
    Position become the figure's place; 'onscreen' moves a figure that reaches past
    an edge just inside it.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off', 'Position', [0, 0, 560, 420])
    >>> matlab.movegui(f, 'center'); f.Position
    array([[680., 330., 560., 420.]])
    >>> matlab.movegui(f, [-10, 20]); f.Position
    array([[1350.,   20.,  560.,  420.]])
    >>> matlab.close(f)
    """
    rest = list(args)
    fig = None
    if rest and not _is_text(rest[0]) and (isinstance(rest[0], go.GraphicsObject)
                                           or np.size(rest[0]) == 1):
        fig = _handle(rest.pop(0), go.Figure)
    fig = fig or go.current_figure()
    where = rest.pop(0) if rest else "onscreen"
    if rest:
        raise CompatValueError("Too many input arguments: movegui(fig, position)")
    sw, sh = SCREEN_SIZE
    pos = fig._props["Position"].ravel().copy()
    w, h = pos[2], pos[3]
    if _is_text(where):
        word = _str(where).lower()
        if word not in _PLACES:
            raise CompatValueError(f"movegui: unknown position '{_str(where)}': use "
                                   f"{', '.join(_PLACES)} or [x y]")
        x, y = pos[0], pos[1]
        if word == "onscreen":
            x = min(max(x, 0.0), sw - w)
            y = min(max(y, 0.0), sh - h)
        else:
            x = (sw - w) / 2 if word in ("north", "south", "center") else (
                0.0 if word.endswith("west") else sw - w)
            y = (sh - h) / 2 if word in ("east", "west", "center") else (
                sh - h if word.startswith("north") else 0.0)
    else:
        v = np.asarray(where, dtype=np.float64).ravel()
        if v.size != 2 or not np.isfinite(v).all():
            raise CompatValueError("movegui: position must be a name or [x y]")
        x = v[0] if v[0] >= 0 else sw - w + v[0]
        y = v[1] if v[1] >= 0 else sh - h + v[1]
    pos[0], pos[1] = x, y
    fig._props["Position"] = gs.double_row(pos)
    return None


@matlab_function("dialog")
def dialog(*args, **kwargs):
    """A figure with a dialog box's defaults (MATLAB's ``dialog``).

    MATLAB call forms: ``d = dialog``, ``d = dialog('Name', value, ...)``.

    The defaults (MATLAB's dialog reference page): ``WindowStyle`` 'modal',
    ``MenuBar`` 'none', ``ToolBar`` 'none', ``NumberTitle`` 'off', ``Resize`` 'off',
    ``DockControls`` 'off', ``HandleVisibility`` 'callback', ``IntegerHandle`` 'off',
    ``Color`` the uicontrol background [0.94 0.94 0.94], ``Name`` ''. The pairs given
    are set afterwards.

    Returns
    -------
    Figure

    Examples
    --------
    >>> from compat import matlab
    >>> d = matlab.dialog('Name', 'Settings', 'Visible', 'off')
    >>> d.WindowStyle, d.MenuBar, d.HandleVisibility, d.Name
    ('modal', 'none', 'callback', 'Settings')
    >>> matlab.close(d)
    """
    current = go.root()._current
    fig = go.new_figure()
    fig._props.update(WindowStyle="modal", MenuBar="none", ToolBar="none",
                      NumberTitle="off", Resize="off", DockControls="off",
                      HandleVisibility="callback", IntegerHandle="off",
                      Color=gs.double_row([0.94, 0.94, 0.94]))
    if current is not None and not current._deleted:
        go.root()._make_current(current)  # a hidden handle does not become gcf
    _apply(fig, _pairs(args, kwargs))
    return fig


@matlab_function("waitfor")
def waitfor(h=None, prop=None, value=None):
    """Wait until an object is deleted or a property changes (MATLAB's ``waitfor``):
    headless, no user can act, so compat returns at once. Actions queued with
    ``compat.matlab.ui_controls.queue_actions`` are played first when ``h`` is a
    figure (as ``uiwait`` plays them), until one deletes it.

    MATLAB call forms: ``waitfor(h)``, ``waitfor(h, propname)``,
    ``waitfor(h, propname, propvalue)``.

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); matlab.waitfor(f); matlab.close(f)
    """
    if h is None:
        raise CompatValueError("Not enough input arguments: waitfor(h)")
    if isinstance(h, go.GraphicsObject) and h._deleted:
        return None
    obj = _handle(h)
    if prop is not None:
        obj.resolve(_str(prop))
    if isinstance(obj, go.Figure):
        from compat.matlab.ui_controls import uiwait
        uiwait(obj)
    return None
