"""MATLAB's images and colour scaling: ``image``, ``imagesc``, ``colormap``, ``colorbar``,
``caxis`` and ``clim`` (split from :mod:`compat.matlab.surface_plots`, which builds the
patches and surfaces they colour).

They build objects of :mod:`compat._core.graphics_surfaces` in the tree of
:mod:`compat.matlab.graphics` and set what MATLAB sets on the axes (``CLim``, ``YDir``,
the image's limits, the colormap), read back with ``get``; ``saveas``/``print`` draw them
(matplotlib, the optional extra ``compat[plot]``). Sources: MATLAB's reference pages of
each function and of the Image, Axes and ColorBar properties; GNU Octave 7.3 as the
oracle (golden suite reference_outputs/matlab/surface_properties).
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core import graphics_scales as gs
from compat._core.errors import CompatValueError
from compat._core.graphics_color import colormap_value
from compat._core.graphics_surfaces import Colorbar, Image, colorbar_of, image_edges
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab import colormaps as map_functions
from compat.matlab._graphics_arguments import _apply, _is_text, _leading_axes, _pairs, _str
from compat.matlab.axes_annotation import _mode_form
from compat.matlab.surface_plots import _data, _start

__all__ = ["image", "imagesc", "colormap", "brighten", "colorbar", "caxis", "clim"]


# --------------------------------------------------------------------------------------
# image, imagesc
# --------------------------------------------------------------------------------------
def _placement(value, n, name):
    v = _data(value, name).ravel()
    if v.size == 0:
        raise CompatValueError(f"{name} must not be empty")
    if v.size == 1:
        return gs.double_row([v[0], v[0] + n - 1])
    return gs.double_row([v[0], v[-1]])


def _make_image(args, kwargs, scaled):
    name = "imagesc" if scaled else "image"
    ax, rest = _leading_axes(args)
    rest = list(rest)
    data = []
    while rest and not _is_text(rest[0]) and len(data) < 4:
        data.append(rest.pop(0))
    clims = None
    if scaled and len(data) in (2, 4):
        clims = data.pop()
    if len(data) not in (1, 3):
        raise CompatValueError(f"{name}: expected {name}(C) or {name}(x, y, C)"
                               + (" (and clims)" if scaled else ""))
    c = matlab_array(data[-1], "C", complex_ok=False)
    if c.dtype == bool:
        c = c.astype(np.float64)
    c = np.array(c)
    if c.ndim < 2:
        c = c.reshape(1, -1)
    if c.ndim > 3 or c.ndim == 3 and c.shape[2] != 3:
        raise CompatValueError(f"{name}: C must be an m-by-n matrix or an m-by-n-by-3 "
                               "truecolor image")
    m, n = c.shape[:2]
    if len(data) == 3:
        x, y = _placement(data[0], n, "x"), _placement(data[1], m, "y")
    else:
        x, y = gs.double_row([1.0, n]), gs.double_row([1.0, m])
    pairs = _pairs(rest, kwargs)
    ax, fresh = _start(ax)
    h = Image(ax)
    h._props.update(XData=x, YData=y, CData=c,
                    CDataMapping="scaled" if scaled else "direct")
    _apply(h, pairs)
    if fresh:
        ax._props["View"] = gs.double_row([0.0, 90.0])
        ax._props["YDir"] = "reverse"
        ax._props["Box"] = "on"
        if c.size:
            ax.set_limits("x", image_edges(x, n))
            ax.set_limits("y", image_edges(y, m))
    if clims is not None:
        ax.set_color_limits(_data(clims, "clims"))
    return h


@matlab_function("image")
def image(*args, **kwargs):
    """Display an image with direct colour mapping (MATLAB's ``image``).

    MATLAB call forms::

        im = image(C)           ->  pixel centres at 1..n, 1..m
        im = image(x, y, C)     ->  x, y: the first and last centres (or the first)
        im = image(..., 'Name', value)
        im = image(ax, ...)

    C is an m-by-n array of colormap indices (doubles from 1, integer classes from 0;
    kept in its class) or an m-by-n-by-3 truecolor image. With hold off the axes is
    reset, ``YDir`` becomes 'reverse' (row 1 at the top), the view 2-D, and ``XLim``/
    ``YLim`` the image's edges: half a pixel beyond the first and last centres
    ([0.5 n+0.5] for image(C)), set in 'manual' mode (GNU Octave 7.3's; the image then
    fills the axes as in MATLAB). With hold on the image adds those edges to the
    automatic limits. GNU Octave 7.3 rounds the half-pixel spacing to single precision
    (an image at x = [0.1 0.7] of 4 columns gets XLim [-1.49e-09 0.80000000149]);
    compat computes it in double ([0 0.8]).

    Returns
    -------
    Image
        ``XData``/``YData`` (1x2), ``CData``, ``CDataMapping`` 'direct'.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> im = matlab.image([[1, 2, 3], [4, 5, 6]])
    >>> im.XData, matlab.xlim(), matlab.ylim(), matlab.gca().YDir
    (array([[1., 3.]]), array([[0.5, 3.5]]), array([[0.5, 2.5]]), 'reverse')
    >>> matlab.close(f)
    """
    return _make_image(args, kwargs, False)


@matlab_function("imagesc")
def imagesc(*args, **kwargs):
    """Display an image with scaled colours (MATLAB's ``imagesc``): :func:`image`'s call
    forms and axes settings, ``CDataMapping`` 'scaled' (the values run through
    ``CLim`` onto the colormap), and an optional last argument ``clims`` = [lo hi] that
    sets ``CLim`` (mode 'manual').

    MATLAB call forms: ``imagesc(C)``, ``imagesc(x, y, C)``, ``imagesc(C, clims)``,
    ``imagesc(x, y, C, clims)``, ``imagesc(ax, ...)``, ``imagesc(..., 'Name', value)``.

    Returns
    -------
    Image

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> im = matlab.imagesc([0, 10, 20], [5, 7], [[1, 2, 3], [4, 5, 6.5]], [0, 10])
    >>> matlab.xlim(), matlab.ylim(), matlab.caxis()
    (array([[-5., 25.]]), array([[4., 8.]]), array([[ 0., 10.]]))
    >>> matlab.close(f)
    """
    return _make_image(args, kwargs, True)


# --------------------------------------------------------------------------------------
# colormap, colorbar, caxis, clim
# --------------------------------------------------------------------------------------
_MAP_NAMES = {name: getattr(map_functions, name) for name in map_functions.__all__
              if name not in ("hsv2rgb", "rgb2hsv")}


@matlab_function("colormap")
def colormap(*args):
    """Set or read a colormap (MATLAB's ``colormap``).

    MATLAB call forms::

        colormap(map)          ->  colormap(gray(16))   (the current figure's)
        colormap(name)         ->  colormap('hot')      (the current length)
        colormap('default')    ->  the default map
        colormap(ax, map)      ->  this axes only
        colormap(fig, map)
        cmap = colormap        ->  the current axes' map (its figure's unless its own)

    A name makes the map with as many rows as the current one (MATLAB's
    ``feval(name, size(colormap, 1))``; ``colormap('jet')`` after ``colormap(gray(16))``
    is jet(16)). MATLAB's default map is ``parula(256)``, whose table is MathWorks'
    unpublished data: compat's default is ``jet(256)`` (see
    :mod:`compat._core.graphics_color`).

    Returns
    -------
    numpy.ndarray
        The m-by-3 map now in force.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> matlab.colormap(matlab.gray(16)).shape, matlab.colormap('hot')[2]
    ((16, 3), array([0.5, 0. , 0. ]))
    >>> matlab.close(f)
    """
    target, rest = None, list(args)
    if rest and isinstance(rest[0], (go.Axes, go.Figure)):
        target = rest.pop(0)
    if len(rest) > 1:
        raise CompatValueError("Too many input arguments: colormap(target, map)")
    if target is None:
        target = go.current_axes() if not rest else go.current_figure()
    reader = target if isinstance(target, go.Axes) else target.current_axes()
    if not rest:
        return reader.colormap()
    value = rest[0]
    if _is_text(value):
        word = _str(value).strip().lower()
        if word == "default":
            from compat._core.graphics_color import default_colormap
            value = default_colormap()
        elif word in _MAP_NAMES:
            value = _MAP_NAMES[word](reader.colormap().shape[0])
        elif word == "parula":
            raise CompatValueError("colormap: parula's table is MathWorks' data and is not "
                                   "part of compat; give another map")
        else:
            raise CompatValueError(f"colormap: unknown colormap '{_str(value)}'")
    cmap = colormap_value(value)
    if isinstance(target, go.Axes):
        target._props["Colormap"] = cmap
    else:
        target._props["Colormap"] = cmap
        for a in target.axes():
            a._props["Colormap"] = None
    return cmap.copy()


def _brightened(cmap: np.ndarray, beta) -> np.ndarray:
    """``cmap .^ gamma``: gamma = 1 - beta for beta > 0, 1/(1 + beta) otherwise."""
    b = matlab_array(beta)
    if b.size != 1 or b.dtype.kind not in "iufb" or not -1 <= float(b.ravel()[0]) <= 1:
        raise CompatValueError("BETA must be a scalar in the range [-1, 1]")
    beta = float(b.ravel()[0])
    with np.errstate(divide="ignore"):
        gamma = (np.float64(1.0) - min(1.0, beta) if beta > 0 else
                 np.float64(1.0) / np.float64(1.0 + max(-1.0, beta)))
    return np.power(cmap, gamma)


@matlab_function("brighten")
def brighten(*args, nargout=0):
    """Brighten or darken a colormap (MATLAB's ``brighten``).

    MATLAB call forms::

        brighten(beta)               ->  the current figure's map, changed
        brighten(f, beta)            ->  figure f's map, changed
        newmap = brighten(beta)      ->  brighten(beta, nargout=1): the current map
                                         adjusted, the figure's left as it is
        newmap = brighten(cmap, beta)

    Every colour value is raised to ``gamma = 1 - beta`` (beta > 0: brighter) or
    ``1/(1 + beta)`` (beta <= 0: darker); ``beta`` in [-1, 1] (MATLAB's page: 1 gives
    all ones, -1 keeps only the 1s). GNU Octave 7.3 refuses beta = +-1 ("BETA must be a
    scalar in the range (-1,1)") and its ``brighten(cmap, beta)`` fails ("unknown root
    property colormap"); the MATLAB page's forms are followed. Unlike the naive
    ``cmap ** (1 - beta)``, negative beta does not give powers above 1/(1+beta).

    Returns
    -------
    None, or the m-by-3 map for ``nargout=1`` and the ``(cmap, beta)`` form.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> _ = matlab.colormap(matlab.gray(4))
    >>> matlab.brighten(0.5, nargout=1)[1].round(4)
    array([0.5774, 0.5774, 0.5774])
    >>> matlab.brighten(-0.3); matlab.colormap()[1].round(4)
    array([0.2082, 0.2082, 0.2082])
    >>> matlab.close(f)
    """
    if len(args) == 2 and isinstance(args[0], go.Figure):
        figure, beta = args
        cmap = figure.current_axes().colormap()
    elif len(args) == 2:
        return _brightened(colormap_value(args[0]), args[1])
    elif len(args) == 1:
        figure, beta = go.current_figure(), args[0]
        cmap = figure.current_axes().colormap()
    else:
        raise CompatValueError("brighten takes beta, (f, beta) or (cmap, beta)")
    new = _brightened(cmap, beta)
    if nargout:
        return new
    colormap(figure, new)
    return None


_COLORBAR_LOCATIONS = ("north", "south", "east", "west", "northoutside", "southoutside",
                       "eastoutside", "westoutside")


@matlab_function("colorbar")
def colorbar(*args, **kwargs):
    """Add a colorbar to the current axes (MATLAB's ``colorbar``).

    MATLAB call forms::

        c = colorbar                   ->  Location 'eastoutside'
        c = colorbar(location)         ->  colorbar('southoutside')
        c = colorbar(..., 'Name', value)
        c = colorbar(ax, ...)
        colorbar('off'), colorbar(ax, 'off')   ->  delete it

    Returns
    -------
    Colorbar
        ``Limits`` follow the axes' ``CLim`` (MATLAB's ``LimitsMode`` 'auto'), ``Ticks``
        1-2-5 multiples inside them, ``Location``. One colorbar per axes: a second call
        returns the same one.

    Notes
    -----
    The colorbar shows the colormap over the axes' colour limits (MATLAB's "Control
    Colormap Limits": the CLim range is what the colormap spans), so its Limits follow
    CLim until set. GNU Octave 7.3's colorbar reports ``Limits`` [0 1] whatever CLim is
    (its property is not connected to the drawn scale): the golden suite compares
    Limits only where CLim is [0 1].

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.imagesc([[1, 5], [2, 9]])
    >>> c = matlab.colorbar(); c.Limits, c.Location
    (array([[1., 9.]]), 'eastoutside')
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    rest = list(rest)
    existing = colorbar_of(ax)
    if rest and _is_text(rest[0]):
        word = _str(rest[0]).lower()
        if word in ("off", "delete", "hide"):
            if existing is not None:
                existing.delete()
            return None
        if word in _COLORBAR_LOCATIONS:
            rest = ["Location", word] + rest[1:]
    c = existing if existing is not None else Colorbar(ax._parent, ax)
    _apply(c, _pairs(rest, kwargs))
    return c


def _clim_form(args):
    return _mode_form(args, "CLimMode", lambda ax: ax.color_limits(),
                      lambda ax, v: ax.set_color_limits(_data(v, "limits")), "limits")


@matlab_function("clim")
def clim(*args):
    """Set or read the colour limits (MATLAB's ``clim``, R2022a; ``caxis`` before).

    MATLAB call forms::

        clim([cmin cmax])    ->  CLim, mode 'manual'
        lims = clim          ->  the current CLim
        clim auto, clim manual, clim('mode'), clim(ax, ...)

    The automatic CLim spans the colour data that uses the colormap (surface and patch
    CData, scaled images): ``[min max]``, ``[c-1 c+1]`` for constant data c, ``[0 1]``
    without any; truecolor data is left out (it does not use the colormap).

    Returns
    -------
    numpy.ndarray or str
        The 1x2 CLim (the mode for ``clim('mode')``).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.surf([[1, 2], [3, 4]])
    >>> matlab.clim(), matlab.clim([0, 10]), matlab.clim('mode')
    (array([[1., 4.]]), array([[ 0., 10.]]), 'manual')
    >>> matlab.close(f)
    """
    return _clim_form(args)


@matlab_function("caxis")
def caxis(*args):
    """The colour limits, MATLAB's older name (``caxis``): :func:`clim`'s call forms
    (``caxis([cmin cmax])``, ``caxis``, ``caxis auto``, ``caxis(ax, ...)``).

    Returns
    -------
    numpy.ndarray or str

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.imagesc([[1, 2], [3, 8]])
    >>> matlab.caxis(), matlab.caxis([0, 3]), matlab.caxis('auto')
    (array([[1., 8.]]), array([[0., 3.]]), array([[1., 8.]]))
    >>> matlab.close(f)
    """
    return _clim_form(args)
