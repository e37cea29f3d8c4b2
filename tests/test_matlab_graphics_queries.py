"""MATLAB graphics object queries (compat.matlab.graphics_queries): findobj, findall,
allchild, ancestor, gco, gcbo, gcbf, isprop, copyobj and delete of handles.

Goldens: reference_outputs/matlab/graphics_queries (GNU Octave 7.3, headless). Here:
unit tests on hand-built trees, the query grammar's precedence, hidden handles inside
and outside callbacks, bad input, and random trees and queries against live Octave
(the Types and Tags of the results, in order).
"""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatError
from compat._core.graphics_objects import running_callback
from oracles import run_octave


@pytest.fixture(autouse=True)
def _fresh_figures():
    matlab.close("all")
    matlab.groot().ShowHiddenHandles = "off"
    yield
    matlab.groot().ShowHiddenHandles = "off"
    matlab.close("all")


def _tags(objects):
    return [x.Tag for x in objects]


def _tree():
    f = matlab.figure("Visible", "off", "Tag", "F")
    a1 = matlab.axes("Tag", "A1")
    l1 = matlab.line([1, 2], [1, 2], "Tag", "L1")[0]
    l2 = matlab.line([1, 2], [2, 3], "Tag", "L2", "HandleVisibility", "off")[0]
    a2 = matlab.axes("Tag", "A2")
    l3 = matlab.line([1, 2], [3, 1], "Tag", "L3")[0]
    return f, a1, l1, l2, a2, l3


# --------------------------------------------------------------------------------------
# known trees
# --------------------------------------------------------------------------------------
def test_walk_order_is_level_by_level():
    f, a1, l1, l2, a2, l3 = _tree()
    # Octave 7.3's own test: [hf; hax2; hax1; hl2; hl1] for two axes of one line each
    assert _tags(matlab.findobj(f)) == ["F", "A2", "A1", "L3", "L1"]
    assert [x.Type for x in matlab.findobj()] == ["root", "figure", "axes", "axes",
                                                  "line", "line"]
    assert _tags(matlab.findall(f)) == ["F", "A2", "A1", "L3", "", "", "", "", "L2",
                                        "L1", "", "", "", ""]
    assert _tags(matlab.findobj(f, "-depth", 1)) == ["F", "A2", "A1"]
    assert _tags(matlab.findobj(f, "flat")) == ["F"]
    assert _tags(matlab.findobj([a1, a2], "flat")) == ["A1", "A2"]
    assert _tags(matlab.findobj(int(f), "Type", "line")) == ["L3", "L1"]
    assert len(matlab.findobj([])) == 0


def test_query_precedence_not_and_or_xor():
    f, a1, l1, l2, a2, l3 = _tree()
    q = matlab.findobj
    # -and binds tighter than -or: L1 or (L3 and axes)
    assert _tags(q(f, "Tag", "L1", "-or", "Tag", "L3", "-and", "Type", "axes")) == ["L1"]
    # -or binds tighter than -xor: (A1 or L3) xor line
    assert _tags(q(f, "Tag", "A1", "-or", "Tag", "L3", "-xor", "Type", "line")) == \
        ["A1", "L1"]
    # -not binds to the next term only
    assert _tags(q(f, "-not", "Type", "line", "-and", "-not", "Tag", "F")) == ["A2", "A1"]
    # a group (MATLAB's cell): not (L1 or L3)
    assert _tags(q(f, "Type", "line", "-and", "-not", ["Tag", "L1", "-or", "Tag", "L3"])) \
        == []
    assert _tags(q(f, "-not", ["Tag", "L1", "-or", "Tag", "F"])) == ["A2", "A1", "L3"]
    # implicit -and
    assert _tags(q(f, "Type", "line", "Tag", "L3")) == ["L3"]


def test_values_text_numbers_handles_and_missing_properties():
    f, a1, l1, l2, a2, l3 = _tree()
    l1.Color = "r"
    assert _tags(matlab.findobj(f, "type", "LINE")) == ["L3", "L1"]   # text: any case
    assert _tags(matlab.findobj(f, "Color", [1, 0, 0])) == ["L1"]
    assert _tags(matlab.findobj(f, "Color", "r")) == ["L1"]           # read as set
    assert _tags(matlab.findobj(f, "Color", "red")) == ["L1"]
    assert _tags(matlab.findobj(f, "XData", [1, 2])) == ["L3", "L1"]
    assert _tags(matlab.findobj(f, "XData", [1, 2, 3])) == []
    assert _tags(matlab.findobj(f, "Parent", a2)) == ["L3"]
    assert _tags(matlab.findobj(0, "-depth", 2, "Parent", int(f))) == ["A2", "A1"]
    assert _tags(matlab.findobj(f, "Foo", 1)) == []
    assert _tags(matlab.findobj(f, "-not", "Foo", 1)) == ["F", "A2", "A1", "L3", "L1"]
    assert _tags(matlab.findobj(f, "XDa", [1, 2])) == []      # names match whole
    assert _tags(matlab.findobj(f, "-regexp", "Tag", "^L")) == ["L3", "L1"]
    assert _tags(matlab.findobj(f, "-regexp", "Tag", "l")) == []  # case-sensitive pattern
    assert _tags(matlab.findobj(f, "-regexp", "XData", ".")) == []  # not text
    assert _tags(matlab.findobj(f, "-property", "xdata")) == ["L3", "L1"]
    l3.UserData = {"k": np.array([1.0, 2.0])}
    assert _tags(matlab.findobj(f, "UserData", {"k": [1, 2]})) == ["L3"]


def test_hidden_handles_callbacks_and_show_hidden():
    f, a1, l1, l2, a2, l3 = _tree()
    l3.HandleVisibility = "callback"
    assert _tags(matlab.findobj(f, "Type", "line")) == ["L1"]
    assert len(a2.Children) == 0
    with running_callback(l1):
        assert _tags(matlab.findobj(f, "Type", "line")) == ["L3", "L1"]
        assert len(a2.Children) == 1
    matlab.groot().ShowHiddenHandles = "on"
    assert _tags(matlab.findobj(f, "Type", "line")) == ["L3", "L2", "L1"]
    matlab.groot().ShowHiddenHandles = "off"
    a2.HandleVisibility = "off"
    assert _tags(matlab.findobj(f)) == ["F", "A1", "L1"]   # nothing below a hidden axes
    assert _tags(matlab.findall(f, "Type", "line")) == ["L3", "L2", "L1"]
    assert _tags(matlab.allchild(a1)) == ["L2", "L1", "", "", "", ""]
    assert [x.Type for x in matlab.allchild(a1)[2:]] == ["text"] * 4
    assert list(matlab.allchild(a1)[2:]) == [a1.Title, a1.ZLabel, a1.YLabel, a1.XLabel]
    both = matlab.allchild([a1, f])
    assert isinstance(both, list) and _tags(both[1]) == ["A2", "A1"]


def test_ancestor_gco_gcbo_gcbf_isprop():
    f, a1, l1, l2, a2, l3 = _tree()
    assert matlab.ancestor(l1, "figure") is f
    assert matlab.ancestor(l1, ["figure", "axes"]) is a1
    assert matlab.ancestor(l1, "line") is l1
    assert matlab.ancestor(a1.Title, "axes") is a1
    assert len(matlab.ancestor(l1, "text")) == 0
    assert matlab.ancestor(l1, "root", "toplevel").Type == "root"
    assert [x.Tag for x in matlab.ancestor([l1, l3], "axes")] == ["A1", "A2"]
    assert len(matlab.gco()) == 0
    matlab.set(f, "CurrentObject", l3)
    assert matlab.gco() is l3 and matlab.gco(f) is l3
    matlab.delete(l3)
    assert len(matlab.gco()) == 0
    with pytest.raises(CompatError, match="CurrentObject"):
        matlab.set(f, "CurrentObject", matlab.figure("Visible", "off"))
    assert len(matlab.gcbo()) == 0 and len(matlab.gcbf()) == 0
    with running_callback(l1):
        h, fig = matlab.gcbo(nargout=2)
        assert h is l1 and fig is f and matlab.gcbf() is f
        assert matlab.groot().CallbackObject is l1
    assert len(matlab.gcbo()) == 0
    assert matlab.isprop(l1, "LINEWIDTH") and not matlab.isprop(l1, "LineW")
    assert not matlab.isprop({"Color": 1}, "Color")
    assert matlab.isprop([l1, a1], "XLim").tolist() == [False, True]


def test_delete_handles_and_files(tmp_path):
    f, a1, l1, l2, a2, l3 = _tree()
    matlab.delete(a2)
    assert not matlab.ishandle(l3) and not matlab.ishandle(a2)
    assert _tags(matlab.findall(f, "Type", "line")) == ["L2", "L1"]
    with pytest.raises(CompatError, match="Invalid or deleted object"):
        matlab.delete(l3)
    with pytest.raises(CompatError, match="root"):
        matlab.delete(0)
    matlab.delete([])            # an empty handle array: nothing to delete
    matlab.delete(int(f))
    assert not matlab.ishandle(f) and len(matlab.findobj()) == 1
    path = tmp_path / "x.tmp"
    path.write_text("x")
    matlab.delete(str(path))     # files still go to the file system
    assert not path.exists()


def test_copyobj_deep_copy_and_callbacks():
    f, a1, l1, l2, a2, l3 = _tree()
    l1.UserData = np.array([[5.0]])
    c = matlab.copyobj(l1, a2)
    assert c is not l1 and c.Parent is a2 and a2.Children[0] is c
    c.YData = [7, 8]
    assert l1.YData.tolist() == [[1.0, 2.0]]            # independent data
    assert c.UserData.tolist() == [[5.0]]
    a1.Title.String = "T"
    a1.XLim = [0, 5]
    c2 = matlab.copyobj(a1, f)
    assert c2.Title.String == "T" and c2.Title.Parent is c2 and c2.Title is not a1.Title
    assert c2.XLim.tolist() == [[0.0, 5.0]] and c2.XLimMode == "manual"
    assert _tags(matlab.findall(c2, "Type", "line")) == ["L2", "L1"]
    f2 = matlab.copyobj(f, 0)
    assert int(f2) == 2 and _tags(matlab.findobj(f2, "Type", "axes")) == ["A1", "A2",
                                                                          "A1"]
    several = matlab.copyobj([l1, l3], a2)
    assert _tags(several) == ["L1", "L3"] and a2.Children[0] is several[1]
    with pytest.raises(CompatError, match="cannot be a child"):
        matlab.copyobj(l1, f)
    with pytest.raises(CompatError, match="legacy"):
        matlab.copyobj(l1, a2, "modern")


def test_isvalid():
    f, a1, l1, l2, a2, l3 = _tree()
    assert matlab.isvalid(l1) and matlab.isvalid(f)
    matlab.delete(a2)
    assert not matlab.isvalid(l3) and not matlab.isvalid(a2)
    assert matlab.isvalid([l1, l3, f]).tolist() == [True, False, True]
    matlab.close(f)
    assert not matlab.isvalid(l1)
    with pytest.raises(CompatError, match="type 'double'"):
        matlab.isvalid(1)


def test_bad_input():
    f, a1, l1, l2, a2, l3 = _tree()
    for args, message in [((f, "Tag"), "no value"),
                          ((f, "-depth"), "-depth"),
                          ((f, "-depth", -1), "nonnegative"),
                          ((f, "-depth", 1.5), "nonnegative"),
                          ((f, "-regexp", "Tag"), "pattern"),
                          ((f, "-regexp", "Tag", "("), "regular expression"),
                          ((f, "-property"), "property name"),
                          ((f, "Tag", "a", "-or"), "after"),
                          ((f, "-foo", 1), "Invalid option"),
                          ((f, "Tag", "a", "flat"), "Invalid option"),
                          ((f, 3, 4), "property name")]:
        with pytest.raises(CompatError, match=message):
            matlab.findobj(*args)
    matlab.delete(l3)
    with pytest.raises(CompatError, match="Invalid handle"):
        matlab.findobj([l1, l3])
    with pytest.raises(CompatError, match="toplevel"):
        matlab.ancestor(l1, "figure", "top")
    with pytest.raises(CompatError, match="type must be text"):
        matlab.ancestor(l1, 3)
    with pytest.raises(CompatError, match="must be text"):
        matlab.isprop(l1, 3)


# --------------------------------------------------------------------------------------
# random trees and queries against live Octave
# --------------------------------------------------------------------------------------
_GNUPLOT = shutil.which("gnuplot")
needs_gnuplot = pytest.mark.skipif(
    _GNUPLOT is None and os.environ.get("CI", "").lower() != "true",
    reason="Octave builds graphics objects with the gnuplot toolkit: gnuplot missing")

_TAGS = ["a", "b", "c", ""]
_VIS = ["on", "on", "on", "off", "callback"]


def _random_tree(rng):
    """A list of (kind, parent index, tag, visibility) in creation order."""
    spec = []
    for _ in range(int(rng.integers(1, 3))):
        spec.append(("figure", None, str(rng.choice(_TAGS)), "on"))
        fig = len(spec) - 1
        for _ in range(int(rng.integers(1, 4))):
            spec.append(("axes", fig, str(rng.choice(_TAGS)), str(rng.choice(_VIS))))
            ax = len(spec) - 1
            for _ in range(int(rng.integers(0, 5))):
                spec.append(("line", ax, str(rng.choice(_TAGS)), str(rng.choice(_VIS))))
    return spec


def _random_term(rng):
    kind = rng.integers(0, 5)
    if kind == 0:
        return ["Tag", str(rng.choice(_TAGS))]
    if kind == 1:
        return ["Type", str(rng.choice(["line", "axes", "figure", "LINE", "Axes"]))]
    if kind == 2:
        # not '^$': Octave 7.3 counts a match of the empty string as no match
        # (isempty of regexp's 'once' result); compat counts any match
        return ["-regexp", "Tag", str(rng.choice(["^a", "b|c", ".", "a$"]))]
    if kind == 3:
        return ["-property", str(rng.choice(["XData", "XLim", "Number", "tag"]))]
    return ["HandleVisibility", str(rng.choice(["on", "off"]))]


def _random_query(rng, n_objects):
    start = int(rng.integers(-1, n_objects))         # -1: no handle (the root)
    args, term = [], []
    if start >= 0 and rng.random() < 0.2:
        args.append("flat")
    elif rng.random() < 0.3:
        args += ["-depth", int(rng.integers(0, 4))]
    for k in range(int(rng.integers(0, 4))):
        if k:
            # Octave 7.3's findobj.m reads no operator after a -property or -regexp
            # term (it skips it as an unknown option: -and), so none is drawn there
            after_pair = term[0] not in ("-property", "-regexp")
            args.append(str(rng.choice(["-and", "-or", "-xor", "-and"]))
                        if after_pair else "-and")
        if rng.random() < 0.25:
            args.append("-not")
        term = _random_term(rng)
        args += term
    return bool(rng.random() < 0.4), start, args


def _mat(v):
    return f"'{v}'" if isinstance(v, str) else repr(v)


def _octave_statements(spec, queries):
    lines = ["warning('off', 'all'); close all; set(0, 'ShowHiddenHandles', 'off');",
             "lab = @(r) arrayfun(@(x) [get(x, 'Type') ':' get(x, 'Tag')], r, "
             "'UniformOutput', false);", "h = zeros(1, %d);" % len(spec)]
    for k, (kind, parent, tag, vis) in enumerate(spec):
        if kind == "figure":
            make = "figure('visible', 'off'"
        elif kind == "axes":
            make = f"axes('Parent', h({parent + 1})"
        else:
            make = f"line([1 2], [1 2], 'Parent', h({parent + 1})"
        lines.append(f"h({k + 1}) = {make}, 'Tag', '{tag}', 'HandleVisibility', "
                     f"'{vis}');")
    for j, (hidden, start, args) in enumerate(queries):
        call = ["findall" if hidden else "findobj"]
        inner = ([f"h({start + 1})"] if start >= 0 else []) + [_mat(a) for a in args]
        lines.append(f"q{j} = lab({call[0]}({', '.join(inner)}));")
    lines.append("close all;")
    return " ".join(lines)


def _compat(spec, queries):
    matlab.close("all")
    h = []
    for kind, parent, tag, vis in spec:
        if kind == "figure":
            obj = matlab.figure("Visible", "off")
        elif kind == "axes":
            obj = matlab.axes(h[parent])
        else:
            obj = matlab.line(h[parent], [1, 2], [1, 2])[0]
        obj.Tag = tag
        obj.HandleVisibility = vis
        h.append(obj)
    out = []
    for hidden, start, args in queries:
        function = matlab.findall if hidden else matlab.findobj
        found = function(*(([h[start]] if start >= 0 else []) + args))
        out.append([f"{x.Type}:{x.Tag}" for x in found])
    matlab.close("all")
    return out


def _listed(labels):
    return [str(x) for x in np.atleast_1d(np.asarray(labels, dtype=object)).ravel()]


@pytest.mark.octave
@needs_gnuplot
def test_random_trees_against_octave():
    rng = np.random.default_rng(18501)
    draws = []
    for _ in range(60):
        spec = _random_tree(rng)
        queries = [_random_query(rng, len(spec)) for _ in range(6)]
        draws.append((spec, queries))
    cases = [(_octave_statements(spec, queries), {}, [f"q{j}" for j in range(6)])
             for spec, queries in draws]
    results = run_octave(cases)
    for k, ((spec, queries), got) in enumerate(zip(draws, results)):
        assert not isinstance(got, Exception), (k, got)
        mine = _compat(spec, queries)
        for j, query in enumerate(queries):
            want = [] if np.size(got[f"q{j}"]) == 0 else _listed(got[f"q{j}"])
            assert mine[j] == want, (k, spec, query)
