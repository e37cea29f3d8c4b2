"""MATLAB's graphics object queries: ``findobj``, ``findall``, ``allchild``, ``ancestor``,
``gco``, ``gcbo``, ``gcbf``, ``isprop``, ``copyobj`` (``delete(h)`` of handles is
:func:`compat.matlab.filesystem.delete`, which sends graphics handles here).

The objects are those of :mod:`compat.matlab.graphics` (Python objects with MATLAB's dot
access); several objects come back as a
:class:`~compat._core.graphics_objects.GraphicsArray` (MATLAB's n-by-1 graphics array),
none as an empty one. The walk, the query grammar and the rules for hidden handles are
documented in :mod:`compat._core.graphics_queries`.

What sets the "current" objects without a screen: ``gco`` reads the figure's
``CurrentObject``, which MATLAB sets when the user clicks an object; here it is set by
``set(f, 'CurrentObject', h)`` (MATLAB allows that too) or by a UI callback driver.
``gcbo``/``gcbf`` read the object whose callback is running, which the callback driver
sets through :func:`compat._core.graphics_objects.running_callback`; outside a callback
they are empty, as in MATLAB.
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core import graphics_queries as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab._graphics_arguments import _handle, _is_text, _str

__all__ = ["findobj", "findall", "allchild", "ancestor", "gco", "gcbo", "gcbf", "isprop",
           "copyobj", "isvalid"]


def _is_handles(value) -> bool:
    """Whether a first argument is handles (not a property name or option)."""
    if isinstance(value, go.GraphicsObject):
        return True
    if _is_text(value):
        return False
    if isinstance(value, (list, tuple)):  # a list of handles, or a group {...}
        return all(isinstance(v, go.GraphicsObject) for v in value)
    return isinstance(value, (int, float, np.integer, np.floating, np.ndarray)) and \
        not isinstance(value, (bool, np.bool_))


def _handles(value) -> list:
    """The objects a handle argument names (objects, figure numbers, 0), in order."""
    if isinstance(value, go.GraphicsObject):
        return [_handle(value)]
    if isinstance(value, (list, tuple)):
        return [_handle(v) for v in value]
    arr = np.asarray(value)
    if arr.dtype.kind not in "biuf":
        raise CompatTypeError("Expected graphics handles")
    return [_handle(v) for v in arr.ravel(order="F")]


def _search(args, hidden):
    if args and _is_handles(args[0]):
        try:
            handles = _handles(args[0])
        except CompatValueError:
            raise CompatValueError("Invalid handle in the first argument: every "
                                   "object must be valid") from None
        args = args[1:]
    else:
        handles = [go.root()]
    return core.find_objects(handles, args, hidden)


@matlab_function("findobj")
def findobj(*args):
    """Find graphics objects by their properties (MATLAB's ``findobj``).

    MATLAB call forms::

        h = findobj                                ->  findobj()
        h = findobj(prop, value, ...)              ->  findobj('Type', 'line')
        h = findobj(prop1, v1, '-or', prop2, v2)   ->  findobj('Tag', 'a', '-or', 'Tag', 'b')
        h = findobj('-not', prop, value)           (also '-and', '-xor', groups {...})
        h = findobj('-regexp', prop, pattern)      ->  findobj('-regexp', 'Tag', '^fit')
        h = findobj('-property', prop)             ->  findobj('-property', 'XData')
        h = findobj(objhandles, ___)               ->  findobj(ax, 'Type', 'line')
        h = findobj(objhandles, '-depth', d, ___)  ->  findobj(fig, '-depth', 1)
        h = findobj(objhandles, 'flat', ___)       (the objects themselves only)

    ``objhandles`` is an object, a list of them, a figure number or 0 (the root, also
    the default). A MATLAB cell ``{...}`` grouping terms is a Python list.

    Differences from a plain Python search: the result lists the objects themselves,
    then their children level by level (each parent's ``Children`` order, newest
    first), as Octave 7.3 returns them; objects whose HandleVisibility is 'off' (or
    'callback' outside a callback) are neither returned nor searched below, unless
    ``groot().ShowHiddenHandles`` is 'on' (use :func:`findall`); text compares
    ignoring case, property names match whole in any case, an object without the
    property does not match; ``'-not'`` binds tightest, then ``'-and'`` (the default
    between terms), ``'-or'``, ``'-xor'``.

    Returns
    -------
    GraphicsArray
        The matching objects (MATLAB's n-by-1 graphics array); empty when none match.

    Raises
    ------
    CompatValueError
        For a deleted handle, an unknown option or a property without a value.

    See Also
    --------
    compat._core.graphics_queries : the walk, the grammar and equality, with sources.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> h = matlab.plot([1, 2], 'Tag', 'data'); g = matlab.line([1, 2], [2, 1], 'Tag', 'fit')
    >>> [x.Tag for x in matlab.findobj(f, 'Type', 'line')]
    ['fit', 'data']
    >>> [x.Type for x in matlab.findobj(f, 'Tag', 'fit', '-or', 'Type', 'axes')]
    ['axes', 'line']
    >>> matlab.findobj(f, '-regexp', 'Tag', '^d')[0] is h[0]
    True
    >>> len(matlab.findobj(f, 'flat', 'Type', 'line'))
    0
    >>> matlab.close(f)
    """
    return _search(args, hidden=False)


@matlab_function("findall")
def findall(*args):
    """Find graphics objects, hidden ones included (MATLAB's ``findall``).

    MATLAB call forms::

        h = findall(objhandles)                   ->  findall(fig)
        h = findall(objhandles, prop, value, ...) ->  findall(fig, 'Type', 'text')
        h = findall(___)                          (every findobj form)

    As :func:`findobj`, but objects with HandleVisibility 'off' or 'callback' are
    listed and searched below; an axes' Title, ZLabel, YLabel and XLabel text objects
    are its hidden children (after the plotted ones, in Octave 7.3's order). Without
    handles the search starts at the root.

    Returns
    -------
    GraphicsArray

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); h = matlab.plot([1, 2])
    >>> h.HandleVisibility = 'off'
    >>> len(matlab.findobj(f, 'Type', 'line')), len(matlab.findall(f, 'Type', 'line'))
    (0, 1)
    >>> [x.Type for x in matlab.findall(matlab.gca())]
    ['axes', 'line', 'text', 'text', 'text', 'text']
    >>> matlab.close(f)
    """
    return _search(args, hidden=True)


@matlab_function("allchild")
def allchild(h):
    """All children of graphics objects, hidden ones included (MATLAB's ``allchild``).

    MATLAB call forms::

        c = allchild(h)       ->  allchild(ax)        (one object: its children)
        c = allchild(hlist)   ->  allchild([ax1, ax2]) (a list, MATLAB's cell)

    ``Children`` leaves out children whose HandleVisibility hides them; ``allchild``
    lists every child, newest first, an axes' Title, ZLabel, YLabel and XLabel texts
    last.

    Returns
    -------
    GraphicsArray, or a list of them for several objects

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); h = matlab.plot([1, 2])
    >>> h.HandleVisibility = 'off'
    >>> len(matlab.gca().Children), [c.Type for c in matlab.allchild(matlab.gca())]
    (0, ['line', 'text', 'text', 'text', 'text'])
    >>> matlab.close(f)
    """
    objects = _handles(h)
    out = [go.GraphicsArray(core.children_of(o, hidden=True)) for o in objects]
    several = isinstance(h, (list, tuple)) and len(h) != 1 or \
        isinstance(h, np.ndarray) and h.size != 1
    return out if several else out[0]


def _types(value):
    if _is_text(value):
        return {_str(value).lower()}
    if isinstance(value, (list, tuple)) and value and all(_is_text(v) for v in value):
        return {_str(v).lower() for v in value}
    raise CompatTypeError("The type must be text or a list (cell) of texts, e.g. "
                          "'figure' or ['axes', 'figure']")


@matlab_function("ancestor")
def ancestor(h, type, *options):  # noqa: A002 - MATLAB's name
    """The nearest ancestor of a given type (MATLAB's ``ancestor``).

    MATLAB call forms::

        p = ancestor(h, type)               ->  ancestor(line, 'figure')
        p = ancestor(h, {t1, t2})           ->  ancestor(line, ['axes', 'figure'])
        p = ancestor(h, type, 'toplevel')   (the farthest one of that type)

    The object itself counts (``ancestor(ax, 'axes')`` is ``ax``); none of that type
    gives an empty GraphicsArray (MATLAB's ``[]``); several handles give a list (a
    cell). Types compare ignoring case.

    Returns
    -------
    graphics object, empty GraphicsArray, or a list for several handles

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); h = matlab.plot([1, 2])
    >>> matlab.ancestor(h, 'figure') is f, matlab.ancestor(h, ['axes', 'figure']).Type
    (True, 'axes')
    >>> len(matlab.ancestor(h, 'text'))
    0
    >>> matlab.close(f)
    """
    types = _types(type)
    toplevel = False
    for opt in options:
        if not (_is_text(opt) and _str(opt).lower() == "toplevel"):
            raise CompatValueError(f"Invalid option {opt!r}: the option is 'toplevel'")
        toplevel = True
    if isinstance(h, go.GraphicsArray) and len(h) == 0 or \
            isinstance(h, (list, np.ndarray)) and np.size(h) == 0:
        return go.GraphicsArray()
    objects = _handles(h)
    out = []
    for obj in objects:
        found = core.ancestor_of(obj, types, toplevel)
        out.append(go.GraphicsArray() if found is None else found)
    return out if len(objects) > 1 else out[0]


def _empty():
    return go.GraphicsArray()


@matlab_function("gco")
def gco(fig=None):
    """The current object of a figure (MATLAB's ``gco``).

    MATLAB call forms::

        h = gco        ->  gco()      (of the current figure)
        h = gco(fig)   ->  gco(f)

    MATLAB's CurrentObject is the object last clicked; without a screen it is what
    ``set(fig, 'CurrentObject', h)`` or a UI callback driver set. Empty (an empty
    GraphicsArray, MATLAB's ``[]``) when there is none, when it was deleted, or when
    no figure exists (no figure is created).

    Returns
    -------
    graphics object or empty GraphicsArray

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); h = matlab.plot([1, 2])
    >>> len(matlab.gco())
    0
    >>> matlab.set(f, 'CurrentObject', h); matlab.gco() is h[0]
    True
    >>> matlab.close(f)
    """
    figure = go.current_figure(create=False) if fig is None else _handle(fig, go.Figure)
    if figure is None:
        return _empty()
    return figure.get("CurrentObject")


@matlab_function("gcbo", nargout=2)
def gcbo(*, nargout=1):
    """The object whose callback is running (MATLAB's ``gcbo``).

    MATLAB call forms::

        h = gcbo           ->  gcbo()
        [h, fig] = gcbo    ->  h, fig = gcbo(nargout=2)

    Set while a callback runs (the UI callback driver's
    :func:`compat._core.graphics_objects.running_callback`); empty outside one. ``fig``
    is the figure holding the object. The same object is ``groot().CallbackObject``.

    Returns
    -------
    graphics object or empty GraphicsArray; with nargout=2 a tuple (object, figure)

    Examples
    --------
    >>> from compat import matlab
    >>> from compat._core.graphics_objects import running_callback
    >>> f = matlab.figure('Visible', 'off'); h = matlab.plot([1, 2])[0]
    >>> len(matlab.gcbo())
    0
    >>> with running_callback(h):
    ...     matlab.gcbo() is h, matlab.gcbo(nargout=2)[1] is f
    (True, True)
    >>> matlab.close(f)
    """
    obj, figure = go.callback_object()
    obj = _empty() if obj is None else obj
    figure = _empty() if figure is None else figure
    return (obj, figure) if nargout == 2 else obj


@matlab_function("gcbf")
def gcbf():
    """The figure whose object's callback is running (MATLAB's ``gcbf``); empty
    outside a callback.

    MATLAB call form: ``fig = gcbf`` -> ``fig = gcbf()``.

    Returns
    -------
    Figure or empty GraphicsArray

    Examples
    --------
    >>> from compat import matlab
    >>> from compat._core.graphics_objects import running_callback
    >>> f = matlab.figure('Visible', 'off'); h = matlab.plot([1, 2])[0]
    >>> with running_callback(h):
    ...     matlab.gcbf() is f
    True
    >>> matlab.close(f)
    """
    figure = go.callback_object()[1]
    return _empty() if figure is None else figure


@matlab_function("isprop")
def isprop(obj, name):
    """Whether objects have a property (MATLAB's ``isprop``).

    MATLAB call form: ``tf = isprop(obj, 'PropertyName')`` -> ``isprop(h, 'Color')``.

    The name matches whole, in any case (``isprop(h, 'color')`` is true, an
    abbreviation is not a property). A graphics array gives one logical per element;
    deleted objects and values that are not graphics objects give false (use
    ``isfield`` for a struct).

    Returns
    -------
    numpy.bool_, or a boolean array for several objects

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); h = matlab.plot([1, 2])
    >>> bool(matlab.isprop(h, 'color')), bool(matlab.isprop(h, 'Col'))
    (True, False)
    >>> matlab.isprop([h[0], matlab.gca()], 'XLim')
    array([False,  True])
    >>> matlab.close(f)
    """
    if not _is_text(name):
        raise CompatTypeError("The property name must be text")
    name = _str(name)

    def one(x):
        return isinstance(x, go.GraphicsObject) and not x._deleted and \
            core.has_property(x, name)
    if isinstance(obj, (list, tuple)) and not (isinstance(obj, go.GraphicsArray)
                                               and len(obj) == 1):
        return np.array([one(x) for x in obj], dtype=bool)
    if isinstance(obj, go.GraphicsArray):
        obj = obj[0]
    return np.bool_(one(obj))


@matlab_function("copyobj")
def copyobj(h, parent, *options):
    """Copy graphics objects and their descendants to a new parent (MATLAB's
    ``copyobj``).

    MATLAB call forms::

        b = copyobj(h, p)             ->  copyobj(line, ax2)
        b = copyobj([h1, h2], p)      (several objects, one parent)
        b = copyobj(h, [p1, p2])      (one object copied to each parent)
        b = copyobj(___, 'legacy')    (callback properties copied too)

    A deep copy: every property, every child (hidden ones and the axes' labels too),
    each new object the newest child of its parent. A copied figure takes the lowest
    free figure number. A line or text goes into an axes, an axes into a figure, a
    figure into the root. Callback properties (``...Fcn``, ``Callback``) are not
    copied but reset, as MATLAB's copyobj does since R2014b; ``'legacy'`` copies them
    (the same Python callables). Octave 7.3 leaves children with HandleVisibility
    'off' out of the copy (not the axes' labels); MATLAB's page says the children are
    copied, and compat copies them.

    Returns
    -------
    graphics object, or a GraphicsArray for several

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); h = matlab.plot([1, 2], 'Tag', 'a')
    >>> ax2 = matlab.axes(); c = matlab.copyobj(h, ax2)
    >>> c.Parent is ax2, c is h[0], c.Tag, c.YData
    (True, False, 'a', array([[1., 2.]]))
    >>> matlab.close(f)
    """
    legacy = False
    for opt in options:
        if not (_is_text(opt) and _str(opt).lower() == "legacy"):
            raise CompatValueError(f"Invalid option {opt!r}: the option is 'legacy'")
        legacy = True
    objects = _handles(h)
    parents = _handles(parent)
    if len(parents) == 1:
        pairs = [(o, parents[0]) for o in objects]
    elif len(objects) == 1:
        pairs = [(objects[0], p) for p in parents]
    elif len(objects) == len(parents):
        pairs = list(zip(objects, parents))
    else:
        raise CompatValueError("copyobj: give one parent, one object, or as many "
                               "parents as objects")
    out = [core.copy_object(o, p, legacy) for o, p in pairs]
    return out[0] if len(out) == 1 else go.GraphicsArray(out)


@matlab_function("isvalid")
def isvalid(h):
    """Whether handle objects are still valid, i.e. not deleted (MATLAB's ``isvalid``).

    MATLAB call form: ``tf = isvalid(h)`` -> ``isvalid(h)``.

    Graphics objects are valid until deleted (``delete(h)``, ``close``, ``cla`` ...);
    another object with an ``isvalid()`` method (a handle object) answers for itself.
    A graphics array or list gives one logical per element. Unlike :func:`ishandle`, a
    number is not a handle here: MATLAB's ``isvalid`` is a method of handle objects and
    ``isvalid(1)`` is "Undefined function 'isvalid' for input arguments of type
    'double'." (GNU Octave 7.3 has no isvalid for graphics handles).

    Returns
    -------
    numpy.bool_, or a boolean array for several objects

    Raises
    ------
    CompatTypeError
        For values that are not handle objects.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); h = matlab.plot([1, 2], [3, 4])
    >>> bool(matlab.isvalid(h)), bool(matlab.isvalid(f))
    (True, True)
    >>> matlab.delete(h); bool(matlab.isvalid(h))
    False
    >>> matlab.close(f)
    """
    def one(x):
        if isinstance(x, go.GraphicsObject):
            return not x._deleted
        method = getattr(x, "isvalid", None)
        if callable(method):
            return bool(method())
        kind = "double" if isinstance(x, (int, float, np.number, np.ndarray)) else \
            type(x).__name__
        raise CompatTypeError(f"Undefined function 'isvalid' for input arguments of "
                              f"type '{kind}'.")
    if isinstance(h, (list, tuple)) and not (isinstance(h, go.GraphicsArray)
                                             and len(h) == 1):
        return np.array([one(x) for x in h], dtype=bool)
    if isinstance(h, go.GraphicsArray):
        h = h[0]
    return np.bool_(one(h))
