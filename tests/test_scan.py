"""python -m compat scan (issue 19): lexers, parsers, classifier, pitfalls, reports, CLI.

The lexer and parser tests use constructs written for these tests; the corpus under
tests/fixtures/scan_corpus/ is a small legacy tree written for them too, with its call
lists asserted exactly.
"""

from __future__ import annotations

import importlib
import io
import json
import re
import shutil
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compat.__main__ as cli
from compat.scan import scanner
from compat.scan.catalog import build_catalog
from compat.scan.classify import classify
from compat.scan.datafiles import builtins, direct, libraries, pitfall_table, schema
from compat.scan.idl_lexer import statements as idl_statements
from compat.scan.idl_parser import scan_idl
from compat.scan.matlab_lexer import statements as matlab_statements
from compat.scan.matlab_parser import scan_matlab
from compat.scan.pitfalls import build_table, evaluate
from compat.scan.worker import Context, matlab_location

CORPUS = Path(__file__).parent / "fixtures" / "scan_corpus"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def catalog():
    return build_catalog()


def texts(stmts):
    return [[t[1] for t in s] for s in stmts]


def calls(scan):
    return [(c.name, c.line) for c in scan.calls]


# ------------------------------------------------------------------ IDL lexer
def test_idl_comments_strings_and_both_quotes():
    src = "x = 'a;b' + \"it's\" ; comment 'c'\ny = 'don''t' & z = \"say \"\"hi\"\"\"\n"
    assert texts(idl_statements(src)) == [
        ["x", "=", "'a;b'", "+", "\"it's\""],
        ["y", "=", "'don''t'"],
        ["z", "=", '"say ""hi"""']]


def test_idl_numbers_with_type_suffixes_hex_and_octal():
    src = "a = [5B, 5S, 5US, 5UL, 5LL, 5ULL, 1.5, 1.5d, 1d-3, 2.e3, .5, 'FF'x, '17'o, \"17, 0x1F]"
    nums = [t for t in idl_statements(src)[0] if t[0] == "num"]
    assert [t[1] for t in nums] == ["5B", "5S", "5US", "5UL", "5LL", "5ULL", "1.5", "1.5d",
                                    "1d-3", "2.e3", ".5", "'FF'x", "'17'o", '"17', "0x1F"]
    # a closed double-quoted string of digits is a string; "17 without a closing quote octal
    assert [t[0] for t in idl_statements('s = "17"')[0]] == ["name", "op", "str"]


def test_idl_continuation_keeps_line_numbers_and_allows_a_comment():
    src = "plot, x, $ ; first part\n   y, $\n   /xlog\nprint, 'done'\n"
    stmts = idl_statements(src)
    assert texts(stmts) == [["plot", ",", "x", ",", "y", ",", "/", "xlog"],
                            ["print", ",", "'done'"]]
    assert stmts[0][-1][2] == 3 and stmts[1][0][2] == 4


def test_idl_ampersand_separates_statements_but_not_double_ampersand():
    stmts = texts(idl_statements("a = 1 & b = a && c\n"))
    assert stmts == [["a", "=", "1"], ["b", "=", "a", "&&", "c"]]


def test_idl_include_and_system_variables():
    stmts = idl_statements("@setup.pro\nx = !pi * !values.f_nan\n")
    assert stmts[0] == [("inc", "setup.pro", 1)]
    assert [t[0] for t in stmts[1]][:3] == ["name", "op", "sys"]


# ----------------------------------------------------------------- IDL parser
def test_idl_procedure_calls_keywords_and_flags():
    scan = scan_idl("plot, x, y, /xlog, title='t', color=cgcolor('red')\n")
    plot, color = scan.calls
    assert (plot.name, plot.form, plot.nargout) == ("plot", "procedure", 0)
    assert plot.args == [("name", "x"), ("name", "y")]
    assert plot.keywords == {"xlog": ("flag", 1), "title": ("str", "t"),
                             "color": ("expr", None)}
    assert (color.name, color.args) == ("cgcolor", [("str", "red")])


def test_idl_parentheses_subscript_known_variables_without_strictarr():
    src = ("pro p, a\n  b = fltarr(3)\n  c = a(1) + b(2) + d(3)\n  e = total(a)\nend\n")
    assert calls(scan_idl(src)) == [("fltarr", 2), ("d", 3), ("total", 4)]


def test_idl_compile_opt_idl2_makes_parentheses_calls():
    src = ("function f, a\n  compile_opt idl2\n  b = g(a) + a[0]\n  return, a(1)\nend\n")
    scan = scan_idl(src)
    assert calls(scan) == [("g", 3)]
    # a(1) of a known variable under STRICTARR: reported for the classifier to settle
    assert [(n, line, why) for n, line, why, _c in scan.maybe] == [("a", 4, "variable")]
    assert scan.strict


def test_idl_use_before_assignment_and_restore_stay_open():
    late = scan_idl("pro p\n  v = buffer(3)\n  buffer = fltarr(10)\nend\n")
    assert [(m[0], m[2]) for m in late.maybe] == [("buffer", "late")]
    assert calls(late) == [("fltarr", 3)]
    dynamic = scan_idl("pro p\n  restore, 'f.sav'\n  y = cube(0) + smooth(x, 3)\nend\n")
    assert [(m[0], m[2]) for m in dynamic.maybe] == [("cube", "dynamic"),
                                                      ("smooth", "dynamic")]
    assert calls(dynamic) == [("restore", 2)]


def test_idl_forward_function_and_common_blocks():
    src = ("pro p\n  common blk, tab\n  forward_function lookup\n  lookup = 1\n"
           "  x = lookup(2) + tab(3)\nend\n")
    assert calls(scan_idl(src)) == [("lookup", 5)]


def test_idl_control_words_case_labels_and_one_line_blocks():
    src = ("pro p, x\n"
           "  if n_elements(x) eq 0 then message, 'no x' else print, x\n"
           "  for i=0, 3 do printf, -1, i\n"
           "  foreach v, list(1, 2), k do print, v\n"
           "  while not eof(1) do readf, 1, line\n"
           "  repeat i = i + 1 until done(i)\n"
           "  case x of\n"
           "    0: help, x\n"
           "    'a': begin\n"
           "       stop\n"
           "    end\n"
           "    else: retall\n"
           "  endcase\n"
           "  again: x = x - 1\n"
           "  if x gt 0 then goto, again\n"
           "end\n")
    assert calls(scan_idl(src)) == [
        ("n_elements", 2), ("message", 2), ("print", 2), ("printf", 3), ("list", 4),
        ("print", 4), ("eof", 5), ("readf", 5), ("done", 6), ("help", 8), ("stop", 10),
        ("retall", 12)]


def test_idl_methods_structures_and_indirect_calls():
    src = ("pro p\n"
           "  s = {point, x:0.0, y:fltarr(2), inherits base}\n"
           "  o = obj_new('thing')\n"
           "  o->draw, s.x, /erase\n"
           "  n = o->count() + o.size()\n"
           "  o.refresh, 3\n"
           "  call_procedure, 'helper', s\n"
           "  r = call_function('square', 2)\n"
           "  self->base::init\n"
           "end\n")
    scan = scan_idl(src)
    assert calls(scan) == [("fltarr", 2), ("obj_new", 3), ("call_procedure", 7),
                           ("helper", 7), ("call_function", 8), ("square", 8)]
    assert scan.methods == 4


def test_idl_definitions_and_main_level_after_routines():
    src = ("function area::get, r\n  return, r\nend\n"
           "pro run_it\nend\n"
           "x = 1\nprint, x\nend\n")
    scan = scan_idl(src)
    assert scan.definitions == [("area::get", "function", 1), ("run_it", "pro", 4)]
    assert calls(scan) == [("print", 7)]
    assert scan_idl("x = 1\nprint, x\n").kind == "main"


def test_idl_object_creation_by_class_name(catalog):
    context = Context(build_table(), catalog)
    from compat.scan.worker import scan_text
    tree = classify([scan_text("pro options__define\n  s = {options, n:0}\nend\n",
                               "options__define.pro", "idl", context),
                     scan_text("o = options()\n", "main.pro", "idl", context)], catalog)
    assert tree.files["main.pro"]["user"] == ["options"]


def test_idl_syntax_events():
    src = ("pro p, n\n"
           "  h = n/2 + 1/n + 7/2.0 + n/2d\n"
           "  big = 300*200 + 100*100L + 2*3\n"
           "  r = 0.5 + 1.5d + 3e2\n"
           "  m = (n mod 4) # h ## h\n"
           "  p = h^2\n"
           "end\n"
           "function q\n  compile_opt idl2, float64\n  return, 300*200 + 0.5\nend\n")
    events = [(e, line, d) for e, line, d in scan_idl(src).events]
    assert events == [
        ("int_division", 2, "n/2"), ("int_division", 2, "1/n"),
        ("float_literal", 2, "2.0"), ("int16_overflow", 3, "300*200"),
        ("float_literal", 4, "0.5"), ("float_literal", 4, "3e2"),
        ("mod_operator", 5, "mod"), ("matrix_multiply", 5, "#"),
        ("matrix_multiply", 5, "##"), ("power_operator", 6, "^")]


# --------------------------------------------------------------- MATLAB lexer
def test_matlab_comments_block_comments_and_continuations():
    src = ("x = 1; % plot(x)\n"
           "%{\n"
           "y = butter(4, 0.2);\n"
           "  %{\n  nested\n  %}\n"
           "%}\n"
           "z = a + ... comment here\n    b;\n"
           "s = 'not % a comment';\n")
    stmts = matlab_statements(src)
    assert texts(stmts) == [["x", "=", "1"], ["z", "=", "a", "+", "b"],
                            ["s", "=", "'not % a comment'"]]
    assert stmts[1][0][2] == 8 and stmts[1][-1][2] == 9 and stmts[2][0][2] == 10


def test_matlab_quote_versus_transpose():
    src = "a = x' + y.' * [x' 'str' z'] + {'a' 'b'}; b = 'it''s'; c = \"dq \"\"q\"\"\"';\n"
    toks = matlab_statements(src)
    assert texts(toks)[0] == ["a", "=", "x", "'", "+", "y", ".'", "*", "[", "x", "'",
                              "'str'", "z", "'", "]", "+", "{", "'a'", "'b'", "}"]
    assert texts(toks)[1] == ["b", "=", "'it''s'"]
    assert texts(toks)[2] == ["c", "=", '"dq ""q"""', "'"]


def test_matlab_command_syntax():
    src = ("hold on\nformat long g\nload data.mat x y % which variables\n"
           "disp 'hello world'\nwarning off all, y = 2\n"
           "a - b\na -b\nx = 1\nf (3)\nclear\n")
    assert texts(matlab_statements(src)) == [
        ["hold", "on"], ["format", "long g"], ["load", "data.mat x y"],
        ["disp", "'hello world'"], ["warning", "off all"], ["y", "=", "2"],
        ["a", "-", "b"], ["a", "-b"], ["x", "=", "1"], ["f", "(", "3", ")"], ["clear"]]


def test_matlab_statement_separators_and_rows():
    stmts = texts(matlab_statements("if x, y = [1, 2\n 3 4]; end\n"))
    assert stmts == [["if", "x"], ["y", "=", "[", "1", ",", "2", ";", "3", "4", "]"],
                     ["end"]]


# -------------------------------------------------------------- MATLAB parser
def test_matlab_variables_anywhere_in_a_function_are_not_calls():
    src = ("function out = f(x)\n"
           "y = g(x) + h + pi;\n"
           "h = 2; out = y(end) + x(1);\n"
           "s.field = numel(x); t = s.field(2);\n"
           "k = @(q) q + offset;\n"
           "z = arrayfun(@sin, x);\n")
    scan = scan_matlab(src, "f")
    assert calls(scan) == [("g", 2), ("pi", 2), ("numel", 4), ("offset", 5),
                           ("arrayfun", 6), ("sin", 6)]
    assert [c.form for c in scan.calls] == ["function", "bare", "function", "bare",
                                            "function", "handle"]


def test_matlab_statement_after_a_condition_on_the_same_line():
    # MATLAB ends "if (x < eps) break" 's condition where an operand follows a
    # complete operand (pmtk3's mpbdv.m, publishMethod.m): break is a statement
    src = ("function y = f(x)\n"
           "if (abs(x) < eps) break; end\n"
           "if(x),break;end\n"
           "while x > 1 x = g(x); end\n"
           "if strcmp(x, 'a') disp(x); end\n"
           "y = x;\n")
    scan = scan_matlab(src, "f")
    assert calls(scan) == [("abs", 2), ("eps", 2), ("g", 4), ("strcmp", 5), ("disp", 5)]


def test_matlab_nargout_and_options():
    src = ("function f(x)\n"
           "[a, ~, c] = unique(x);\n"
           "plot(x, 'LineWidth', 2);\n"
           "m = movmean(x, 3, Endpoints='discard') + 1;\n"
           "b = [x (1)];\n")
    u, p, mm = scan_matlab(src, "f").calls      # b = [x (1)]: x is a variable
    assert (u.name, u.nargout) == ("unique", 3)
    assert (p.name, p.nargout, p.args) == ("plot", 0, [("name", "x"), ("str", "LineWidth"),
                                                      ("int", 2)])
    assert (mm.name, mm.nargout, mm.keywords) == ("movmean", 1,
                                                  {"endpoints": ("str", "discard")})


def test_matlab_brackets_make_a_blank_separate_elements():
    scan = scan_matlab("function g\ny = [rand (3)];\nz = rand (3);\n", "g")
    assert [(c.name, c.form, c.args) for c in scan.calls] == [
        ("rand", "bare", []), ("rand", "function", [("int", 3)])]


def test_matlab_local_and_nested_functions():
    with_end = ("function a = top(x)\n  a = inner(x);\n  function r = inner(v)\n"
                "    r = v + x;\n  end\nend\nfunction b = helper(y)\n  b = y;\nend\n")
    scan = scan_matlab(with_end, "top")
    assert scan.definitions == [("top", "function", 1), ("inner", "nested", 3),
                                ("helper", "local", 7)]
    assert calls(scan) == [("inner", 2)]                 # x is the parent's variable
    without_end = "function a = top(x)\na = helper(x);\nfunction b = helper(y)\nb = y;\n"
    assert scan_matlab(without_end, "top").definitions == [("top", "function", 1),
                                                           ("helper", "local", 3)]


def test_matlab_scripts_are_dynamic_and_load_with_output_is_not():
    script = scan_matlab("load data\ny = offset * 2;\nplot(y)\n", "run_me")
    assert script.kind == "script" and script.definitions == [("run_me", "script", 1)]
    assert calls(script) == [("load", 1)]
    assert [(m[0], m[2]) for m in script.maybe] == [("offset", "dynamic"),
                                                     ("plot", "dynamic")]
    function = scan_matlab("function f\nS = load('d.mat');\ny = offset * 2;\n", "f")
    assert calls(function) == [("load", 2), ("offset", 3)] and not function.maybe


def test_matlab_command_syntax_of_a_variable_is_an_expression():
    scan = scan_matlab("function f(a)\na -1\nhold on\n", "f")
    assert [(c.name, c.form) for c in scan.calls] == [("hold", "command")]


def test_matlab_classdef_and_packages():
    src = ("classdef Shape < handle\n"
           "  properties (Access = private)\n    Size = zeros(2)\n    Name\n  end\n"
           "  methods\n    function obj = Shape(n)\n      obj.Size = n;\n    end\n"
           "    function a = area(obj)\n      a = prod(obj.Size);\n    end\n  end\nend\n")
    scan = scan_matlab(src, "Shape")
    assert scan.kind == "class"
    # names as spelled (this expectation was lower case before the scanner followed
    # MATLAB's case-sensitive names: Shape.m is called as Shape, not shape)
    assert scan.definitions == [("Shape", "class", 1), ("Shape", "method", 7),
                                ("area", "method", 10)]
    assert calls(scan) == [("zeros", 3), ("prod", 11)]
    assert matlab_location("src/+geo/+util/clip.m") == ("clip", "geo.util", "")
    assert matlab_location("src/@Shape/area.m") == ("area", "", "Shape")


def test_matlab_superclass_calls_package_classes_and_script_constants(catalog):
    """Patterns of a real MATLAB tree (MATPOWER 8): ``obj@pkg.Base(...)`` and
    ``method@pkg.Base(obj)`` call the superclass; ``pkg.Class.Member`` is the tree's
    class in ``+pkg``; a script called from a function (define_constants) may create
    the bare names the function uses."""
    ctor = ("classdef Child < geo.Base\n  methods\n    function obj = Child(x)\n"
            "      obj@geo.Base(x);\n      n = names@geo.Base(obj);\n"
            "      h = @geo.helper;\n      k = geo.Kinds.LINE;\n    end\n  end\nend\n")
    scan = scan_matlab(ctor, "Child")
    # names as spelled (lower case before the scanner followed MATLAB's case)
    assert [(c.name, c.form) for c in scan.calls] == [
        ("geo.Base", "function"), ("geo.Base", "function"), ("geo.helper", "handle"),
        ("geo.Kinds.LINE", "bare")]
    from compat.scan.worker import scan_text
    context = Context(build_table(), catalog)
    results = [
        scan_text(ctor, "src/Child.m", "matlab", context),
        scan_text("classdef Base\nend\n", "src/+geo/Base.m", "matlab", context),
        scan_text("classdef Kinds\nend\n", "src/+geo/Kinds.m", "matlab", context),
        scan_text("function helper()\nend\n", "src/+geo/helper.m", "matlab", context),
        scan_text("BUS_I = 1;\nPMAX = 9;\n", "src/define_constants.m", "matlab",
                  context),
        scan_text("function y = use(bus)\ndefine_constants;\ny = bus(:, BUS_I) + PMAX;\n"
                  "z = not_a_constant(3);\n", "src/use.m", "matlab", context)]
    tree = classify(results, catalog)
    child = tree.files["src/Child.m"]
    assert child["user"] == ["geo.Base", "geo.Kinds.LINE", "geo.helper"]
    assert child["unknown"] == []
    use = tree.files["src/use.m"]
    assert use["ambiguous"] == {"BUS_I": 1, "PMAX": 1}
    assert use["unknown"] == ["not_a_constant"] and use["user"] == ["define_constants"]
    # IDL: an @include (a COMMON block, say) may define the names used as x(i)
    idl = scan_text("pro p\n  @mycommon\n  y = cube(3)\n  mystery_proc, y\nend\n",
                    "p.pro", "idl", context)
    entry = classify([idl], catalog).files["p.pro"]
    assert entry["ambiguous"] == {"cube": 1} and entry["unknown"] == ["mystery_proc"]


def test_matlab_nested_shared_variables_indirect_calls_and_octave_comments():
    src = ("function top(x)\n# an Octave comment: plot(1)\n#{\nplot(2)\n#}\n"
           "inner();\ndisp(z)\ny = feval('sinc', x) + feval(@cos, x);\n"
           "f = str2func('my_helper');\n"
           "  function inner()\n    z = 2;\n  end\nend\n")
    assert [(c.name, c.line, c.form) for c in scan_matlab(src, "top").calls] == [
        ("inner", 6, "function"), ("disp", 7, "function"), ("feval", 8, "function"),
        ("sinc", 8, "function"), ("feval", 8, "function"), ("cos", 8, "handle"),
        ("str2func", 9, "function"), ("my_helper", 9, "handle")]


def test_matlab_method_signatures_static_methods_and_octave_words_as_names(catalog):
    cls = ("classdef shape < handle\n  methods (Static = true)\n"
           "    m = createMap(domain);\n    f = make(varargin)\n  end\nend\n")
    scan = scan_matlab(cls, "shape", class_folder="shape")
    # names as spelled (createMap was lower case before the scanner followed MATLAB's
    # case-sensitive names)
    assert scan.definitions == [("shape", "class", 1), ("createMap", "method", 3),
                                ("make", "method", 4)]
    assert scan.calls == []
    user = scan_matlab("function g(x)\ndo = 2;\nuntil = do + x;\n"
                       "y = shape.createMap(x) + shape.UNIT;\n", "g")
    assert calls(user) == [("shape.createMap", 4), ("shape.UNIT", 4)]
    context = Context(build_table(), catalog)
    from compat.scan.worker import scan_text
    tree = classify([scan_text(cls, "@shape/shape.m", "matlab", context),
                     scan_text("function g(x)\ny = shape.createMap(x) + shape.UNIT;\n",
                               "g.m", "matlab", context)], catalog)
    assert tree.files["g.m"]["user"] == ["shape.UNIT", "shape.createMap"]
    assert tree.files["g.m"]["ready"]


def test_matlab_events():
    src = ("function r = f(x)\nt = 0:0.1:1; u = 1:2:9; v = 1:-.25:0;\n"
           "if nargout > 1, r = 2; end\n")
    assert [(e, line, d) for e, line, d in scan_matlab(src, "f").events] == [
        ("colon_fraction", 2, ":0.1:"), ("colon_fraction", 2, ":.25:"),
        ("nargout_use", 3, "nargout")]


_PIECES = st.sampled_from(
    list("abxyz_019 \t\n;%'\"$&@!.,:()[]{}=+-*/^#<>~?\\|") +
    ["end", "function", "pro", "if", "then", "else", "begin", "case", "of", "for", "do",
     "endif", "%{", "%}", "...", "compile_opt idl2", "classdef", "methods", "switch",
     "@(", "->", "::", "hold on", "x(", "'FF'x", '"17'])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_the_parsers_take_any_text(text):
    for scan in (scan_idl(text), scan_matlab(text, "f")):
        assert all(c.line >= 1 and c.name for c in scan.calls)


# ------------------------------------------------------------------ the corpus
#: every call in every corpus file, exactly (what the lexers and parsers must find)
CORPUS_CALLS = {
    "idl/batch_main.pro": {"cursor": 1, "execute": 1, "fltarr": 1, "histogram": 1,
                           "obj_new": 1,
                           "print": 1, "readfits": 1, "restore": 1, "smooth": 1,
                           "where": 1},
    "idl/helpers.pro": {"fltarr": 1, "message": 1, "n_elements": 2, "print": 2,
                        "printf": 1, "strcompress": 1, "string": 1, "total": 1},
    "idl/ready_stats.pro": {"mean": 1, "median": 1, "sqrt": 1, "stddev": 1, "total": 1},
    "idl/smooth_spectrum.pro": {"cgplot": 1, "finite": 1, "fit_continuum": 1,
                                "headfits": 1, "keyword_set": 2, "max": 1,
                                "n_elements": 2, "normalise": 1, "print": 1,
                                "readcol": 1, "smooth": 1, "string": 1, "strtrim": 1,
                                "sxpar": 1, "where": 1},
    "matlab/+utils/clip_values.m": {},
    "matlab/helper_scale.m": {"abs": 1, "compute_factor": 1, "max": 1, "nargout": 1,
                              "round": 1},
    "matlab/process_signal.m": {"butter": 1, "conv2": 1, "disp": 1, "export_fig": 1,
                                "filtfilt": 1, "find": 1, "helper_scale": 1, "hold": 1,
                                "isnan": 1, "local_tidy": 1, "max": 1, "mean": 1,
                                "movmean": 1, "nargin": 1, "numel": 2, "ones": 1,
                                "polyfit": 1, "reshape": 1, "sort": 1, "sprintf": 1,
                                "sum": 1, "unknown_thing": 1, "utils.clip_values": 1},
    "matlab/ready_stats.m": {"mean": 1, "median": 1, "numel": 1, "round": 1, "sqrt": 1,
                             "std": 1},
    "matlab/run_analysis.m": {"figure": 1, "format": 1, "fprintf": 1, "load": 1,
                              "max": 1, "numel": 1, "plot": 1, "process_signal": 1,
                              "strcmp": 1, "title": 1},
}
#: statuses that do not depend on how much compat covers
CORPUS_FIXED = {
    "idl/batch_main.pro": dict(user=[], library={}, unknown=[], ambiguous={"cube": 1}),
    "idl/helpers.pro": dict(user=[], library={}, unknown=[], ambiguous={"buffer": 1}),
    "idl/ready_stats.pro": dict(user=[], library={}, unknown=[], ambiguous={}),
    "idl/smooth_spectrum.pro": dict(user=["normalise"], library={"cgplot": "Coyote Library"},
                                    unknown=["fit_continuum"], ambiguous={}),
    "matlab/+utils/clip_values.m": dict(user=[], library={}, unknown=[], ambiguous={}),
    "matlab/helper_scale.m": dict(user=["compute_factor"], library={}, unknown=[],
                                  ambiguous={}),
    "matlab/process_signal.m": dict(user=["helper_scale", "local_tidy",
                                          "utils.clip_values"],
                                    library={"export_fig": "export_fig"},
                                    unknown=["unknown_thing"], ambiguous={}),
    "matlab/ready_stats.m": dict(user=[], library={}, unknown=[], ambiguous={}),
    "matlab/run_analysis.m": dict(user=["process_signal"], library={}, unknown=[],
                                  ambiguous={"rate": 1, "signal": 1, "threshold": 1}),
}
#: compat covers these today (more may join)
CORPUS_COVERED = {
    "idl/batch_main.pro": {"histogram", "readfits", "restore", "smooth", "where"},
    "idl/smooth_spectrum.pro": {"headfits", "max", "readcol", "smooth", "sxpar", "where"},
    "matlab/process_signal.m": {"conv2", "disp", "filtfilt", "find", "max", "mean",
                                "movmean", "polyfit", "reshape", "sort", "sprintf", "sum"},
    "matlab/ready_stats.m": {"mean", "median", "round", "std"},
}
CORPUS_PITFALLS = {
    "idl/batch_main.pro": [("idl.restore.layout", 3), ("idl.readfits.layout", 4),
                           ("idl.keyword_abbreviation", 5), ("idl.float_literal", 6),
                           ("idl.float_literal", 10)],
    "idl/helpers.pro": [("idl.int16_overflow", 3), ("idl.mod_operator", 7),
                        ("idl.total.float", 9)],
    "idl/ready_stats.pro": [("idl.power_operator", 6), ("idl.total.float", 6)],
    "idl/smooth_spectrum.pro": [("idl.n_elements.undefined", 5),
                                ("idl.smooth.even_width", 9), ("idl.where.minus_one", 10),
                                ("idl.integer_division", 12), ("idl.float_literal", 13)],
    "matlab/+utils/clip_values.m": [],
    "matlab/helper_scale.m": [("matlab.nargout.user", 5), ("matlab.round.halves", 6)],
    "matlab/process_signal.m": [
        ("matlab.nargout.outputs", 8), ("matlab.nargout.outputs", 11),
        ("matlab.sort.index_data", 11), ("matlab.find.index_data", 12),
        ("matlab.mean.columns", 12), ("matlab.conv2.same_even", 15),
        ("matlab.reshape.column_major", 15), ("matlab.polyfit.high_degree", 16),
        ("matlab.colon.fractional_step", 17), ("matlab.sum.columns", 25)],
    "matlab/ready_stats.m": [("matlab.mean.columns", 3), ("matlab.std.normalisation", 3),
                             ("matlab.round.halves", 4)],
    "matlab/run_analysis.m": [("matlab.max.index_data", 8), ("matlab.nargout.outputs", 8)],
}


@pytest.fixture(scope="module")
def corpus(catalog):
    tree, problems = scanner.scan([CORPUS], jobs=1, catalog=catalog)
    assert problems == []
    files = {p.split("scan_corpus/", 1)[1]: f for p, f in tree.files.items()}
    return tree, files


def test_corpus_call_lists(corpus):
    _tree, files = corpus
    assert {p: f["calls"] for p, f in files.items()} == CORPUS_CALLS


def test_corpus_statuses(corpus):
    _tree, files = corpus
    for path, fixed in CORPUS_FIXED.items():
        f = files[path]
        assert {k: f[k] for k in fixed} == fixed, path
        # every called name has exactly one status
        names = [n for st in ("covered", "user", "missing", "unknown") for n in f[st]]
        names += list(f["direct"]) + list(f["library"])
        assert sorted(names) == sorted(CORPUS_CALLS[path]), path
    for path, covered in CORPUS_COVERED.items():
        assert covered <= set(files[path]["covered"]), path
    assert files["idl/smooth_spectrum.pro"]["direct"]["finite"].startswith("numpy.isfinite")
    # a name compat implements is covered even where a direct equivalent is listed
    assert "n_elements" in files["idl/smooth_spectrum.pro"]["covered"]
    # MATLAB graphics (compat.matlab.graphics) covers the program's plotting lines
    assert {"figure", "plot", "title"} <= set(files["matlab/run_analysis.m"]["covered"])
    assert files["matlab/run_analysis.m"]["missing"] == []
    # IDL's objects are covered (compat.idl.objects), and CURSOR, interactive, by the
    # pointer queue of compat.idl.graphics_cursor
    assert {"obj_new", "cursor"} <= set(files["idl/batch_main.pro"]["covered"])
    assert files["idl/batch_main.pro"]["missing"] == []
    # a language construct with a Python form is direct, with the porting note
    assert files["idl/batch_main.pro"]["direct"]["execute"].startswith("the statement written")


def test_corpus_definitions_includes_methods_and_skips(corpus):
    tree, files = corpus
    assert files["idl/helpers.pro"]["definitions"] == [
        {"name": "normalise", "kind": "function", "line": 2},
        {"name": "print_table", "kind": "pro", "line": 14}]
    assert files["matlab/+utils/clip_values.m"]["definitions"][0]["name"] == \
        "utils.clip_values"
    assert files["idl/batch_main.pro"]["includes"] == ["setup_paths"]
    assert files["idl/batch_main.pro"]["methods"] == 2
    assert [s["path"].split("scan_corpus/")[1] for s in tree.summary["skipped"]] == [
        "matlab/view_controller.m"]


def test_corpus_readiness_blockers_and_port_order(corpus):
    tree, files = corpus
    ready = {p for p, f in files.items() if f["ready"]}
    assert ready >= {"idl/ready_stats.pro", "matlab/+utils/clip_values.m",
                     "matlab/helper_scale.m", "matlab/ready_stats.m"}
    # unknown and library routines block, and block the files that call their callers
    spectrum = files["idl/smooth_spectrum.pro"]
    assert {"cgplot", "fit_continuum"} <= set(spectrum["blocked_by"])
    assert spectrum["uses_files"][0].endswith("idl/helpers.pro")
    analysis = files["matlab/run_analysis.m"]
    assert {"unknown_thing", "export_fig", "movmean 'bogus'"} <= set(analysis["blocked_by"])
    assert not analysis["ready"]
    batch = files["idl/batch_main.pro"]
    assert "smooth /foo" in batch["blocked_by"]
    assert not any("edge_t" in b for b in batch["blocked_by"])   # an abbreviation
    # readiness: the share of calls that are covered, direct or user
    f = files["matlab/process_signal.m"]
    ready_calls = sum(c for n, c in f["calls"].items()
                      if n in f["covered"] or n in f["user"] or n in f["direct"])
    assert f["readiness"] == round(ready_calls / sum(f["calls"].values()), 4)
    port = tree.summary["port_first"]
    names = [(p["name"], p["option"]) for p in port]
    assert ("fit_continuum", None) in names and ("smooth", "foo") in names
    assert ("smooth", "edge_t") not in names
    assert sum(p["unblocks"] for p in port) == sum(1 for f in files.values()
                                                   if not f["ready"])


def test_corpus_pitfalls_and_missing_options(corpus):
    _tree, files = corpus
    assert {p: [(x["id"], x["line"]) for x in f["pitfalls"]]
            for p, f in files.items()} == CORPUS_PITFALLS
    options = {p: [(o["routine"], o["option"], o["line"]) for o in f["missing_options"]]
               for p, f in files.items() if f["missing_options"]}
    assert options == {"idl/batch_main.pro": [("smooth", "foo", 5)],
                       "matlab/process_signal.m": [("movmean", "bogus", 10)]}
    abbreviation = [p for p in files["idl/batch_main.pro"]["pitfalls"]
                    if p["id"] == "idl.keyword_abbreviation"][0]
    assert abbreviation["routine"] == "smooth" and "/EDGE_T" in abbreviation["message"]
    assert "edge_truncate=" in abbreviation["compat"]
    where = [p for p in files["idl/smooth_spectrum.pro"]["pitfalls"]
             if p["id"] == "idl.where.minus_one"][0]
    assert "-1" in where["message"] and "count=True" in where["compat"]
    sort = [p for p in files["matlab/process_signal.m"]["pitfalls"]
            if p["id"] == "matlab.sort.index_data"][0]
    assert "matlab.idx(k)" in sort["compat"]
    nargout = [p for p in files["matlab/process_signal.m"]["pitfalls"]
               if p["id"] == "matlab.nargout.outputs" and p["line"] == 11][0]
    assert "matlab.sort(..., nargout=2)" in nargout["compat"]


# -------------------------------------------------------------- JSON schema
def _validate(value, rule, root, where="$"):
    """A JSON Schema subset (type, const, enum, pattern, minimum, maximum, required,
    properties, additionalProperties, items, $ref): enough for data/schema.json."""
    if "$ref" in rule:
        target = root
        for part in rule["$ref"].lstrip("#/").split("/"):
            target = target[part]
        return _validate(value, target, root, where)
    types = {"object": dict, "array": list, "string": str, "integer": int,
             "number": (int, float), "boolean": bool, "null": type(None)}
    if "type" in rule:
        allowed = rule["type"] if isinstance(rule["type"], list) else [rule["type"]]
        ok = any(isinstance(value, types[t]) and not (t in ("integer", "number") and
                                                       isinstance(value, bool))
                 for t in allowed)
        assert ok, f"{where}: {value!r} is not {allowed}"
    if "const" in rule:
        assert value == rule["const"], where
    if "enum" in rule:
        assert value in rule["enum"], f"{where}: {value!r} not in {rule['enum']}"
    if isinstance(value, str) and "pattern" in rule:
        assert re.search(rule["pattern"], value), f"{where}: {value!r}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        assert value >= rule.get("minimum", value), where
        assert value <= rule.get("maximum", value), where
    if isinstance(value, dict):
        for key in rule.get("required", ()):
            assert key in value, f"{where}: no {key!r}"
        for key, item in value.items():
            sub = rule.get("properties", {}).get(key, rule.get("additionalProperties"))
            if isinstance(sub, dict):
                _validate(item, sub, root, f"{where}.{key}")
    if isinstance(value, list) and "items" in rule:
        for k, item in enumerate(value):
            _validate(item, rule["items"], root, f"{where}[{k}]")


def test_json_follows_the_versioned_schema(corpus):
    from compat.scan.report_json import document
    tree, _files = corpus
    doc = json.loads(json.dumps(document(tree, [str(CORPUS)], None)))
    rules = schema()
    _validate(doc, rules, rules)
    assert doc["schema"] == 1
    # the minimum: per file and per routine fields (IDL names in lower case,
    # MATLAB names as spelled)
    f = next(iter(doc["files"].values()))
    for key in ("language", "calls", "covered", "user", "direct", "missing", "library",
                "unknown", "missing_options", "pitfalls", "readiness"):
        assert key in f
    r = doc["routines"]
    assert r["smooth"] == {**r["smooth"], "status": "covered",
                           "compat": "compat.idl.smooth", "language": "idl"}
    # max is called from both languages: one entry per language
    assert r["idl:max"]["compat"] == "compat.idl.max"
    assert r["matlab:max"]["compat"] == "compat.matlab.max"
    assert r["cgplot"]["library"] == "Coyote Library"
    with pytest.raises(AssertionError):
        _validate({**doc, "schema": 2}, rules, rules)


# ------------------------------------------------------------- property tests
def _importable(dotted: str):
    """``compat.matlab.colon`` as Python code reaches it: attribute by attribute (a
    package attribute wins over a submodule of the same name)."""
    parts = dotted.split(".")
    obj = importlib.import_module(parts[0])
    for k, attr in enumerate(parts[1:], 1):
        if not hasattr(obj, attr):
            importlib.import_module(".".join(parts[:k + 1]))
        obj = getattr(obj, attr)
    return obj


def _legacy_spellings(fn) -> set:
    """The names a scan may report for fn: IDL's in lower case (IDL ignores case),
    MATLAB's exactly as MATLAB spells them (it is case-sensitive)."""
    module = importlib.import_module(fn.__module__)
    spell = str if fn.__legacy_language__ == "matlab" else str.lower
    return {spell(fn.__legacy_name__)} | {
        spell(legacy) for legacy, python in getattr(module, "__legacy_names__", {}).items()
        if python == fn.__name__}


def test_every_covered_name_is_importable_and_carries_its_legacy_name(catalog):
    for language, covered in catalog.covered.items():
        assert covered, language
        for legacy, dotted in covered.items():
            fn = _importable(dotted)
            assert callable(fn) and fn.__legacy_language__ == language, dotted
            assert legacy in _legacy_spellings(fn), (legacy, dotted)


def test_the_catalog_is_compat_as_it_is_now(catalog):
    """Every public legacy routine of compat.idl/compat.matlab as they are today (their
    live __all__, not a list kept by the scanner) is covered, and a call of each one
    scans as covered: a routine added tomorrow is known the day it lands."""
    import inspect

    from compat import idl, matlab
    from compat.scan.worker import scan_text
    context = Context(build_table(), catalog)
    for package, language in ((idl, "idl"), (matlab, "matlab")):
        names = []
        for public in package.__all__:
            fn = getattr(package, public)
            if inspect.ismodule(fn) or not hasattr(fn, "__legacy_name__"):
                continue            # compat.matlab.intops (a module), matlab.idx
            legacy = fn.__legacy_name__
            if language == "idl":
                legacy = legacy.lower()     # MATLAB's names keep their case
            assert legacy in catalog.covered[language], (language, public)
            if legacy.isidentifier() and legacy not in ("mod", "and", "or", "not", "xor"):
                names.append(legacy)        # not IDL's operators (a MOD b)
        assert len(names) > 300, language
        if language == "idl":
            text = "".join(f"x = {n}(a)\n" for n in names)
        else:
            text = "function f(a)\n" + "".join(f"x = {n}(a);\n" for n in names)
        entry = classify([scan_text(text, "f.pro" if language == "idl" else "f.m",
                                    language, context)], catalog).files
        covered = next(iter(entry.values()))["covered"]
        # a procedure that is also a function-graphics function (PLOT, AXIS, CONTOUR)
        # scans, called as a function, as that function ("plot()")
        missing = {n for n in set(names) - set(covered) if f"{n}()" not in covered}
        assert sorted(missing) == [], language


_IDL_FORMS = ["x = {}(a, /nan)", "{}, a, b", "y = {}(a) + 1", "if {}(a) then z = 1"]
_M_FORMS = ["x = {}(a, 'same');", "{}(a)", "[p, q] = {}(a, b);", "y = 2 * {}(a);"]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_every_name_reported_covered_is_importable_from_compat(catalog, data):
    idl_names = sorted(catalog.covered["idl"]) + sorted(builtins("idl"))[:200]
    m_names = sorted(catalog.covered["matlab"]) + sorted(builtins("matlab"))[:200]
    words = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
    idl_lines = data.draw(st.lists(st.tuples(st.sampled_from(_IDL_FORMS),
                                             st.one_of(st.sampled_from(idl_names), words)),
                                   min_size=1, max_size=12))
    m_lines = data.draw(st.lists(st.tuples(st.sampled_from(_M_FORMS),
                                           st.one_of(st.sampled_from(m_names), words)),
                                 min_size=1, max_size=12))
    idl_text = "pro gen, a, b\n" + "".join("  " + f.format(n) + "\n"
                                          for f, n in idl_lines) + "end\n"
    m_text = "function gen2(a, b)\n" + "".join(f.format(n) + "\n" for f, n in m_lines)
    context = Context(build_table(catalog.pitfalls_extra), catalog)
    from compat.scan.worker import scan_text
    results = [scan_text(idl_text, "gen.pro", "idl", context),
               scan_text(m_text, "gen2.m", "matlab", context)]
    tree = classify(results, catalog)
    for key, routine in tree.routines.items():
        if routine["status"] == "covered":
            fn = _importable(routine["compat"])
            assert callable(fn) and fn.__legacy_language__ == routine["language"]
            assert key.split(":")[-1] in _legacy_spellings(fn)
    for entry in tree.files.values():
        for name in entry["covered"]:
            assert name in entry["calls"]


# ------------------------------------------------------------------ pitfalls
def test_pitfall_table_entries_are_complete_and_keyed_by_owner(catalog):
    known = {"call", "covered", "arg", "nargs_min", "nargs_max", "keywords_any",
             "keywords_missing", "options_any", "options_missing", "nargout_min",
             "nargout_max", "after_any", "before_any", "any_of", "event"}
    features = {"idl.idiv", "idl.int", "idl.float", "idl.matrix_multiply", "idl.keywords",
                "idl.power",
                "matlab.colon", "matlab.nargout"}
    ids = set()
    for key, entries in pitfall_table().items():
        language, _, name = key.partition(".")
        assert language in ("idl", "matlab")
        assert key in features or name in catalog.covered[language] or \
            name in direct(language) or name in builtins(language), key
        for entry in entries:
            assert entry["id"] not in ids
            ids.add(entry["id"])
            assert entry["message"] and entry["compat"]
            conds = [entry["when"]] + entry["when"].get("any_of", [])
            for cond in conds:
                assert set(cond) <= known, entry["id"]
    # the list
    for pid in ("idl.integer_division", "idl.int16_overflow", "idl.smooth.even_width",
                "idl.where.minus_one", "idl.restore.layout", "idl.float_literal",
                "matlab.find.index_data", "matlab.sort.index_data", "matlab.max.index_data",
                "matlab.unique.index_data", "matlab.ismember.index_data",
                "matlab.polyfit.high_degree", "matlab.conv2.same_even",
                "matlab.colon.fractional_step", "matlab.nargout.outputs",
                "matlab.nargout.user"):
        assert pid in ids


def test_a_routine_can_own_its_pitfalls(catalog):
    extra = {"idl.smooth": [{"id": "idl.smooth.even_width", "when": {"call": True},
                             "message": "owned", "compat": "by the family"}]}
    table = build_table(extra)
    scan = scan_idl("y = smooth(x, 3)\n")
    hits = evaluate(scan, table, catalog.covered["idl"])
    assert [(h[0], h[3]) for h in hits] == [("idl.smooth.even_width", "owned")]
    assert evaluate(scan, build_table(), catalog.covered["idl"]) == []


def test_pitfall_triggers(catalog):
    table = build_table()
    covered = catalog.covered["matlab"]

    def ids(src):
        return [h[0] for h in evaluate(scan_matlab(src, "f"), table, covered)]
    assert ids("function f(x)\ny = polyfit(x, x, 3);\n") == []
    assert ids("function f(x)\n[p, S, mu] = polyfit(x, x, 9);\n") == [
        "matlab.nargout.outputs"]
    assert ids("function f(x)\np = polyfit(x, x, 9);\n") == ["matlab.polyfit.high_degree"]
    assert ids("function f(x)\ny = interp1(x, x, 3, 'linear', 'extrap');\n") == []
    assert ids("function f(x)\ny = interp1(x, x, 3);\n") == ["matlab.interp1.outside"]
    assert ids("function f(x)\ny = conv2(x, x, 'SAME');\n") == ["matlab.conv2.same_even"]
    # if/while of any(matrix) is columnwise-then-all in MATLAB (matmap3d's vdist.m)
    assert ids("function f(x)\nwhile any(x)\n  x = x - 1;\nend\n") == ["matlab.any.condition"]
    assert ids("function f(x)\nif any(x)\n  x = 1;\nelseif any(x)\n  x = 2;\nend\n") == [
        "matlab.any.condition", "matlab.any.condition"]
    assert ids("function f(x)\ny = any(x);\nif ~any(x)\n  y = 1;\nend\n"
               "while any(x, 'all')\n  x = 0;\nend\n") == []
    idl_ids = [h[0] for h in evaluate(scan_idl("k = where(x gt 0, n)\nm = where(x)\n"
                                               "s = smooth(x, 5)\n"),
                                      table, catalog.covered["idl"])]
    assert idl_ids == ["idl.where.minus_one"]
    # an abbreviated keyword is the keyword (IDL's /INT is /INTEGER)
    idl_ids = [h[0] for h in evaluate(scan_idl("t = total(x, /int)\nu = total(x, /doub)\n"
                                               "v = total(x)\n"),
                                      table, catalog.covered["idl"])]
    assert idl_ids == ["idl.total.float"]



def test_direct_advice_for_matlab_asin_acos_takes_matlabs_branch():
    """MATLAB's asin/acos of a real x > 1 are the conjugates of numpy.emath's (Octave 7.3
    prints asin([2 -2]) = 1.5708 - 1.3170i, -1.5708 + 1.3170i and acos([2 -2]) =
    0 + 1.3170i, 3.1416 - 1.3170i, as MATLAB); the advice says so, and following it gives
    those values."""
    import numpy as np
    advice = direct("matlab")
    for name in ("asin", "acos"):
        assert "conjugated where a real argument exceeds 1" in advice[name]
    x = np.array([2.0, -2.0])
    asin = np.where(x > 1, np.conj(np.emath.arcsin(x)), np.emath.arcsin(x))
    acos = np.where(x > 1, np.conj(np.emath.arccos(x)), np.emath.arccos(x))
    h = 1.316957896924817
    np.testing.assert_allclose(asin, [1.570796326794897 - h * 1j, -1.570796326794897 + h * 1j],
                               rtol=1e-15)
    np.testing.assert_allclose(acos, [h * 1j, 3.141592653589793 - h * 1j], rtol=1e-15)


@pytest.mark.octave
def test_direct_advice_c_library_bits_are_octaves():
    """The advice for MATLAB's tan, atan, atan2, exp, log and asin names the C library's
    function (math.<name> element by element) for Octave's bits; following it gives
    Octave 7.3's values bit for bit (numpy's SIMD loops differ in the last bit for 0.1%
    to 8% of arguments on AVX-512 machines)."""
    import math

    import numpy as np
    from oracles import run_octave_calls
    advice = direct("matlab")
    rng = np.random.default_rng(14602)
    x = rng.uniform(0.01, 10, (30, 40))
    y = rng.uniform(-10, 10, (30, 40))
    u = rng.uniform(-1, 1, (30, 40))
    cases = [("tan", (y,)), ("atan", (y,)), ("atan2", (y, x)), ("exp", (y,)),
             ("log", (x,)), ("asin", (u,))]
    calls = [(f"{name}({', '.join('abc'[:len(args)])})",
              dict(zip("abc", args)), 1) for name, args in cases]
    for (name, args), got in zip(cases, run_octave_calls(calls)):
        assert f"math.{name} element by element gives Octave's bits" in advice[name]
        assert not isinstance(got, Exception), (name, got)
        f = np.vectorize(getattr(math, name), otypes=[float])
        assert np.array_equal(f(*args), np.asarray(got[0])), name

# ------------------------------------------------------------------- options
def test_missing_options(catalog):
    context = Context(build_table(), catalog)
    from compat.scan.worker import scan_text
    idl = scan_text("y = smooth(x, 3, /edge_trunc, /nan, _extra=e, /bogus)\n", "a.pro",
                    "idl", context)
    assert [(o[0], o[1]) for o in idl["options"]] == [("smooth", "bogus")]
    # an abbreviation is not missing from compat: a pitfall says what to write
    assert [(h[0], h[1], h[4]) for h in idl["pitfalls"]
            if h[0] == "idl.keyword_abbreviation"] == [
        ("idl.keyword_abbreviation", "smooth",
         "write the full keyword edge_truncate= (the call is otherwise covered: "
         "not a missing option)")]
    m = scan_text("function a(x)\ny = movmean(x, 3, 'omitnan', 'Endpoints', 'fill');\n"
                  "z = conv2(x, x, 'sme');\ns = strrep(x, 'abc', 'def');\n"
                  "w = movsum(x, 3, SamplePoints=x, Colour=2);\n", "a.m", "matlab", context)
    assert [(o[0], o[1]) for o in m["options"]] == [("conv2", "sme"), ("movsum", "colour")]


def test_missing_options_leave_data_strings_and_values_alone(catalog):
    """Field, variable, attribute, sheet names and date formats are data; an option's
    value is not an option; an option compat's code reads (not only its docstring)
    is supported; one compat rejects as "not supported" is reported."""
    context = Context(build_table(), catalog)
    from compat.scan.worker import scan_text
    m = scan_text(
        "function a(s, f, x)\n"
        "b = isfield(s, 'myfield'); c = rmfield(s, 'old'); d = struct('n', 1, 'v', 2);\n"
        "e = fullfile('data', 'raw'); g = datestr(x, 'yyyymmdd');\n"
        "h = ncread(f, 'temperature'); k = ncreadatt(f, 'temperature', 'units');\n"
        "l = readtable(f, 'Sheet', 'Results'); n = contains(s, 'abc', 'IgnoreCase', 1);\n"
        "o = findpeaks(x, 'SortStr', 'descend', 'NPeaks', 3);\n"
        "p = pwelch(x, [], [], [], 1, 'onesided');\n"
        "q = mean(x, 'omitmissing');\n"
        "r = pwelch(x, [], [], [], 1, 'confidencelevel', 0.9);\n"
        "t = movmean(x, 3, 'Endpoints', 'discard', 'Bogus', 2);\n"
        "u = mean(x, 'omitnan', 'sme');\n"
        "validateattributes(x, {'char'}, {'vector'}, 'attribstruct', 'name');\n"
        "v = isa(x, 'sym'); w = netcdf.open(f, 'NOWRITE');\n"
        "ip = inputParser; addParameter(ip, 'dims', 'xye');\n", "a.m", "matlab", context)
    assert [(o[0], o[1]) for o in m["options"]] == [
        ("pwelch", "confidencelevel"), ("movmean", "bogus"), ("mean", "sme")]


# ------------------------------------------------------------ the command line
def _run(argv):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = cli.main(argv)
    return status, out.getvalue(), err.getvalue()


def test_cli_end_to_end(tmp_path):
    json_file = tmp_path / "scan.json"
    html_dir = tmp_path / "html"
    status, out, err = _run(["scan", str(CORPUS), "--json", str(json_file),
                             "--html", str(html_dir)])
    assert status == 0, err
    assert "compat scan: 9 files (4 IDL, 5 MATLAB)" in out
    assert "Port first" in out and "Files ready now:" in out and "Pitfalls:" in out
    assert "Ambiguous" in out and "view_controller.m" in out
    doc = json.loads(json_file.read_text())
    assert doc["schema"] == 1 and len(doc["files"]) == 9
    index = (html_dir / "index.html").read_text()
    assert "<table class=\"sortable\">" in index and "<script>" in index
    assert not re.search(r'(src|href)="(https?:)?//', index)     # self-contained
    pages = sorted((html_dir / "files").glob("*.html"))
    assert len(pages) == 9
    spectrum = [p.read_text() for p in pages
                if "smooth_spectrum.pro</h1>" in p.read_text()][0]
    assert 'class="c covered" title="covered: compat.idl.smooth">smooth</span>' in spectrum
    assert "idl.where.minus_one" in spectrum and '<tr class="unknown">' in spectrum
    # a smaller scan into the same folder leaves no stale pages
    status, _out, _err = _run(["scan", str(CORPUS / "idl"), "--html", str(html_dir), "-q"])
    assert status == 0 and len(list((html_dir / "files").glob("*.html"))) == 4


def test_cli_language_filter_stdout_json_and_errors(tmp_path):
    status, out, err = _run(["scan", str(CORPUS), "--language", "idl", "--json", "-"])
    assert status == 0
    doc = json.loads(out)
    assert {f["language"] for f in doc["files"].values()} == {"idl"}
    assert doc["language"] == "idl" and "compat scan: 4 files" in err
    status, out, err = _run(["scan", str(tmp_path / "nowhere")])
    assert status == 2 and "no such file or folder" in err
    status, out, err = _run(["scan", str(tmp_path), "-q"])
    assert status == 0 and out == ""
    (tmp_path / "notes.txt").write_text("x = 1\n")
    status, out, err = _run(["scan", str(tmp_path / "notes.txt")])
    assert status == 2 and "give --language" in err
    status, out, err = _run(["scan", str(tmp_path / "notes.txt"), "--language", "idl",
                             "--json", "-", "-q"])
    assert status == 0 and len(json.loads(out)["files"]) == 1


def test_cli_json_to_a_closed_pipe_exits_quietly():
    script = ("import sys; from compat.__main__ import main; "
              f"sys.exit(main(['scan', {str(CORPUS)!r}, '--json', '-', '-q']))")
    shell = f"{sys.executable} -c \"{script}\" | head -c 10"
    done = subprocess.run(["bash", "-c", "set -o pipefail; " + shell],
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.startswith("{") and "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr


def test_parallel_scan_gives_the_serial_result(catalog, monkeypatch):
    serial, _ = scanner.scan([CORPUS], jobs=1, catalog=catalog)
    monkeypatch.setattr(scanner, "PARALLEL_THRESHOLD", 1)
    parallel, _ = scanner.scan([CORPUS], jobs=2, catalog=catalog)
    assert parallel.files == serial.files
    assert parallel.summary == serial.summary and parallel.routines == serial.routines


def test_progress_indicator():
    from compat.scan.report_text import Progress
    stream = io.StringIO()
    progress = Progress(stream, minimum=10)
    for k in range(1, 21):
        progress(k, 20)
    progress.close()
    assert "20/20 files" in stream.getvalue() and stream.getvalue().endswith("\r")
    quiet = io.StringIO()
    Progress(quiet, minimum=100)(5, 5)
    assert quiet.getvalue() == ""


# ------------------------------------------------------------------ packaging
def test_data_files_ship_with_the_package(tmp_path):
    text = (REPO / "pyproject.toml").read_text()
    assert '"compat.scan" = ["data/*.txt", "data/*.json"]' in text
    data = REPO / "compat" / "scan" / "data"
    shipped = {p.name for p in data.iterdir()}
    assert {"idl_builtins.txt", "matlab_builtins.txt", "direct.json", "libraries.json",
            "pitfalls.json", "schema.json"} <= shipped
    # a build of the package carries them
    import subprocess
    import sys
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    shutil.copytree(REPO / "compat", source / "compat",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    done = subprocess.run([sys.executable, "-c",
                           "from setuptools import setup; setup()", "-q", "build_py",
                           "--build-lib", str(tmp_path / "lib")],
                          cwd=source, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    built = {p.name for p in (tmp_path / "lib" / "compat" / "scan" / "data").iterdir()}
    assert built >= shipped
    names, prefixes = libraries("idl")
    assert names["readfits"] == "IDL Astronomy Library" and ("cg", "Coyote Library") in prefixes


def test_library_routines_compat_implements_are_covered(catalog):
    """An IDL Astronomy Library routine compat implements is covered, not library (the
    library lists name it too); DELVARX, which only deletes variables, is direct."""
    names, _ = libraries("idl")
    for name in ("minmax", "nint", "cirrange", "repstr", "tag_exist", "gettok", "asinh",
                 "gcirc", "readfits"):
        assert names.get(name) == "IDL Astronomy Library", name
        assert catalog.status("idl", name) == ("covered", f"compat.idl.{name}"), name
    status, note = catalog.status("idl", "delvarx")
    assert status == "direct" and note.startswith("del name")
    # SCOPE_LEVEL was a direct note (len(inspect.stack())); compat has it now
    assert catalog.status("idl", "scope_level") == ("covered", "compat.idl.scope_level")


@pytest.mark.parametrize("name, start", [
    ("exit", "sys.exit()"), ("flush", "the file object's flush()"),
    ("file_same", "os.path.samefile"), ("call_external", "ctypes"),
    ("get_kbrd", "one character from the terminal"), ("routine_info", "the inspect module"),
    ("cgerrormsg", "the Coyote Library's error report"),
    ("setdefaultvalue", "the Coyote Library's default"),
])
def test_idl_system_routines_with_a_python_form_are_direct(catalog, name, start):
    # IDL built-ins whose port is a standard-library call (the note says how), not compat
    status, note = catalog.status("idl", name)
    assert status == "direct" and note.startswith(start), (name, status, note)



def test_set_functions_take_two_data_arguments(catalog):
    """setdiff(files, 'DS_Store') (pmtk3's dirPMTK.m): the second argument of setdiff,
    intersect, union and setxor is data, not an option string."""
    context = Context(build_table(), catalog)
    from compat.scan.worker import scan_text
    m = scan_text("function a(x)\nf = setdiff(x, 'DS_Store');\nb = union(x, 'abc', 'stable');\n"
                  "c = intersect(x, 'xyz', 'bogus');\n", "a.m", "matlab", context)
    assert [(o[0], o[1]) for o in m["options"]] == [("intersect", "bogus")]


# ------------------------------------------------- MATLAB names are case-sensitive
# MATLAB: "MATLAB is case sensitive, so A and a are not the same variable" (MathWorks,
# Variable Names), and since R2011b a call without an exact-case match is an error
# ("Cannot find an exact (case-sensitive) match": MathWorks' blog, 2011-10-24); IDL
# ignores case.
def _case_tree(catalog, sources):
    from compat.scan.worker import scan_text
    context = Context(build_table(catalog.pitfalls_extra), catalog)
    results = [scan_text(text, path, "idl" if path.endswith(".pro") else "matlab",
                         context) for path, text in sources.items()]
    return classify(results, catalog)


def test_matlab_calls_match_compat_only_with_matlab_s_case(catalog):
    # pmtk3 calls Treelayout (a class of the graphlayout package it depends on), which
    # MATLAB never resolves to its treelayout function
    assert catalog.status("matlab", "treelayout") == ("covered", "compat.matlab.treelayout")
    assert catalog.status("matlab", "Treelayout") == ("unknown", None)
    tree = _case_tree(catalog, {
        "both.m": "function both(p)\nt = Treelayout(p);\n[x, y] = treelayout(p);\n",
        "only.m": "function only(p)\n[x, y] = treelayout(p);\n"})
    both = tree.files["both.m"]
    assert both["calls"] == {"Treelayout": 1, "treelayout": 1}
    assert both["covered"] == ["treelayout"] and both["unknown"] == ["Treelayout"]
    assert not both["ready"] and both["blocked_by"] == ["Treelayout"]
    assert tree.files["only.m"]["ready"]
    assert tree.routines["Treelayout"]["status"] == "unknown"
    assert tree.routines["treelayout"]["compat"] == "compat.matlab.treelayout"
    # MATLAB's camel-case names, a package function, a netCDF call: covered only as
    # MATLAB spells them
    tree = _case_tree(catalog, {"pk.m": (
        "function pk(s, nc, v)\np = inputParser;\nq = inputparser;\n"
        "a = matlab.lang.makeValidName(s);\nb = matlab.lang.makevalidname(s);\n"
        "c = netcdf.getVar(nc, v);\nd = netcdf.getvar(nc, v);\n"
        "e = startsWith(s, 'a');\nf = startswith(s, 'a');\n")})
    pk = tree.files["pk.m"]
    assert pk["covered"] == ["inputParser", "matlab.lang.makeValidName", "netcdf.getVar",
                             "startsWith"]
    assert pk["missing"] == ["matlab.lang.makevalidname"]    # the matlab.* namespace
    assert pk["unknown"] == ["inputparser", "netcdf.getvar", "startswith"]
    assert tree.routines["netcdf.getVar"]["compat"] == catalog.covered["matlab"][
        "netcdf.getVar"]
    assert "netcdf.getvar" not in catalog.covered["matlab"]


def test_matlab_variables_are_case_sensitive():
    scan = scan_matlab("function f\nX = 1;\ny = x(3) + X;\nfor K = 1:3, k; end\n", "f")
    assert calls(scan) == [("x", 3), ("k", 4)]
    assert [c.form for c in scan.calls] == ["function", "bare"]


def test_matlab_user_functions_are_called_by_their_exact_name(catalog):
    tree = _case_tree(catalog, {
        "lib/MyFun.m": "function y = MyFun(x)\ny = x;\n",
        "use.m": "function use(x)\na = MyFun(x);\nb = myfun(x);\n",
        "good.m": "function good(x)\na = MyFun(x);\n"})
    assert tree.files["lib/MyFun.m"]["definitions"] == [
        {"name": "MyFun", "kind": "function", "line": 1}]
    use = tree.files["use.m"]
    assert use["user"] == ["MyFun"] and use["unknown"] == ["myfun"]
    assert use["uses_files"] == ["lib/MyFun.m"] and not use["ready"]
    assert tree.files["good.m"]["ready"]
    assert tree.routines["MyFun"]["defined_in"] == "lib/MyFun.m"
    # a function whose declared name differs from its file's only in case is called by
    # the file's name; the declared name is a local function
    scan = scan_matlab("function y = myfun(x)\ny = x;\n", "MyFun")
    assert scan.definitions == [("MyFun", "function", 1), ("myfun", "local", 1)]
    # packages keep their folder's case
    assert matlab_location("src/+Geo/+util/Clip.m") == ("Clip", "Geo.util", "")


def test_idl_names_stay_case_insensitive(catalog):
    tree = _case_tree(catalog, {"p.pro": "pro p, x\n  PRINT, x\n  print, x\n"
                                         "  y = SMOOTH(x, 3) + Smooth(x, 5)\nend\n"})
    p = tree.files["p.pro"]
    assert p["calls"] == {"print": 2, "smooth": 2}
    assert p["covered"] == ["print", "smooth"] and p["ready"]
    assert set(tree.routines) == {"print", "smooth"}


def test_matlab_html_marks_names_with_their_case(catalog, tmp_path):
    from compat.scan import report_html
    tree = _case_tree(catalog, {
        "t.m": "function t(p)\na = Treelayout(p);\nb = treelayout(p);\n"})
    tree.sources = {"t.m": str(tmp_path / "t.m")}
    (tmp_path / "t.m").write_text("function t(p)\na = Treelayout(p);\nb = treelayout(p);\n")
    index = report_html.write(tree, str(tmp_path / "html"))
    page = next((Path(index).parent / "files").iterdir()).read_text()
    assert re.search(r'class="c unknown"[^>]*>Treelayout<', page)
    assert re.search(r'class="c covered"[^>]*>treelayout<', page)


def test_matlab_name_lists_spell_names_as_compat_does(catalog):
    """A MATLAB name in the scanner's lists that compat implements is spelled as compat's
    legacy name (which has MATLAB's case): the lists are compared exactly."""
    spelled = {name.lower(): name for name in catalog.covered["matlab"]}
    listed = set(builtins("matlab")) | set(direct("matlab")) | set(libraries("matlab")[0])
    wrong = sorted(n for n in listed if spelled.get(n.lower(), n) != n
                   and n not in ("nan", "inf"))        # MATLAB has nan and NaN
    assert wrong == []
    for name in ("inputParser", "containers.Map", "isKey", "startsWith", "NaN", "nan",
                 "fieldnames", "verLessThan", "MException"):
        assert catalog.known("matlab", name), name
    for name in ("inputparser", "containers.map", "iskey", "Fieldnames", "mexception"):
        assert not catalog.known("matlab", name), name
