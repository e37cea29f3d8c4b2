"""MATLAB's ``saveas`` and ``print``: a picture of a figure of :mod:`compat.matlab.graphics`,
drawn by :mod:`compat._core.graphics_render` with matplotlib (the optional extra
``compat[plot]``, imported only here) at the model's positions, limits and ticks."""

from __future__ import annotations

from compat._core import graphics_objects as go
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab._graphics_arguments import _handle, _is_text, _str

__all__ = ["saveas", "print"]


# --------------------------------------------------------------------------------------
# pictures
# --------------------------------------------------------------------------------------
_FORMATS = {"png": "png", "jpg": "jpg", "jpeg": "jpg", "pdf": "pdf", "eps": "eps",
            "epsc": "eps", "svg": "svg", "tif": "tiff", "tiff": "tiff"}


@matlab_function("saveas")
def saveas(fig, filename, format=None):  # noqa: A002 - MATLAB's name
    """Save a figure as a picture (MATLAB's ``saveas``), drawn by matplotlib.

    MATLAB call forms: ``saveas(fig, 'plot.png')``, ``saveas(fig, 'plot', 'png')``
    (the extension is added), ``saveas(gcf, ...)``. Formats: png, jpg, pdf, eps,
    svg, tif.

    Returns
    -------
    None

    Notes
    -----
    Needs the optional extra ``compat[plot]`` (matplotlib, Agg backend; no window).
    The axes are drawn at their Position with the model's limits and ticks, so the
    picture shows exactly what ``get`` reports.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 3, 2])
    >>> name = os.path.join(tempfile.mkdtemp(), 'p.png')
    >>> matlab.saveas(f, name); os.path.getsize(name) > 0
    True
    >>> matlab.close(f)
    """
    figure_obj = _handle(fig, go.Figure)
    name = _str(filename)
    if format is not None:
        fmt = _FORMATS.get(_str(format).lower())
        if fmt is None:
            raise CompatValueError(f"Unsupported format '{_str(format)}': use "
                                   f"{', '.join(sorted(_FORMATS))}")
        if "." not in name.rsplit("/", 1)[-1]:
            name = f"{name}.{_str(format).lower()}"
    else:
        ext = name.rsplit(".", 1)[-1].lower() if "." in name.rsplit("/", 1)[-1] else ""
        if not ext:
            fmt, name = "fig", f"{name}.fig"
            raise CompatValueError("MATLAB's .fig format is not supported: give a "
                                   "picture extension (.png, .pdf, .svg, ...)")
        fmt = _FORMATS.get(ext)
        if fmt is None:
            raise CompatValueError(f"Unsupported file extension '.{ext}': use "
                                   f"{', '.join(sorted(_FORMATS))}")
    from compat._core.graphics_render import render_figure
    render_figure(figure_obj, name, fmt)
    return None


@matlab_function("print")
def print(*args):  # noqa: A001 - MATLAB's name
    """Print a figure to a picture file (MATLAB's ``print``), drawn by matplotlib.

    MATLAB call forms::

        print('-dpng', 'name')          ->  print('-dpng', 'name')   ('.png' added)
        print(fig, '-dpdf', 'name.pdf') ->  print(f, '-dpdf', 'name.pdf')
        print('name', '-dpng', '-r300') ->  resolution 300 dpi (default 150)

    Drivers: -dpng, -djpeg, -dpdf, -deps, -depsc, -dsvg, -dtiff.

    Returns
    -------
    None

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 3, 2])
    >>> name = os.path.join(tempfile.mkdtemp(), 'p')
    >>> matlab.print('-dpng', name); os.path.exists(name + '.png')
    True
    >>> matlab.close(f)
    """
    fig, name, driver, dpi = None, None, None, 150
    for a in args:
        if isinstance(a, go.GraphicsObject) or (not _is_text(a)):
            fig = _handle(a, go.Figure)
            continue
        text = _str(a)
        if text.startswith("-d"):
            driver = text[2:].lower()
        elif text.startswith("-r"):
            try:
                dpi = int(text[2:])
            except ValueError:
                raise CompatValueError(f"Invalid resolution '{text}': use -r<dpi>") \
                    from None
        elif text.startswith("-"):
            continue  # -noui, -painters, -opengl ...: no effect on a file here
        else:
            name = text
    if name is None:
        raise CompatValueError("print to a printer is not supported: give a file name")
    fig = fig or go.current_figure()
    drivers = {"png": "png", "jpeg": "jpg", "jpg": "jpg", "pdf": "pdf", "eps": "eps",
               "epsc": "eps", "eps2": "eps", "epsc2": "eps", "svg": "svg",
               "tiff": "tiff", "tiffn": "tiff"}
    base = name.rsplit("/", 1)[-1]
    if driver is None:
        ext = base.rsplit(".", 1)[-1].lower() if "." in base else "png"
        driver = ext
    fmt = drivers.get(driver)
    if fmt is None:
        raise CompatValueError(f"Unsupported driver '-d{driver}': use "
                               f"{', '.join('-d' + d for d in sorted(drivers))}")
    if "." not in base:
        name = f"{name}.{ {'jpg': 'jpg', 'tiff': 'tif'}.get(fmt, fmt)}"
    from compat._core.graphics_render import render_figure
    render_figure(fig, name, fmt, dpi=dpi)
    return None
