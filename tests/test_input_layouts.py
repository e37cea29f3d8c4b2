"""Every public routine takes data as real files deliver it (issue 12).

Generated over every public name of ``compat.idl`` and ``compat.matlab``: each routine
is called with a working input (every golden case in ``reference_outputs/`` that calls
it, plus the examples below for routines whose goldens cannot carry an input through a
file) and then with the same input

* in big-endian byte order (``scipy.io.readsav``, ``astropy.io.fits``),
* as a read-only memory map (``np.memmap(mode='r')``, ``fits.open(memmap=True)``),
* in Fortran order,
* as a strided (non-contiguous) view,
* all of those at once (big-endian, read-only, strided),
* with text as ``bytes`` (``readsav`` gives IDL strings so),

and must give the same result bit for bit (values, dtype, shape, a native byte order,
a plain ``ndarray``), raise the same error if the working input raises, and leave every
input unchanged. A new routine is covered automatically by its golden cases; the last
test fails when a public name is covered by none.
"""

from __future__ import annotations

import os
import re
import tempfile
import warnings
from pathlib import Path

import numpy as np
import pytest

import compat
from compat._core.inputs import normalise
from compat.golden.runner import call_legacy
from compat.golden.suite import load_suites

REFERENCE = Path(__file__).resolve().parent.parent / "reference_outputs"


def public_names() -> set[str]:
    names = {f"idl.{n}" for n in compat.idl.__all__}
    names |= {f"matlab.{n}" for n in compat.matlab.__all__}
    return names


# --------------------------------------------------------------------------------------
# the input layouts
# --------------------------------------------------------------------------------------
def _big_endian(a: np.ndarray) -> np.ndarray:
    if a.dtype.kind in "OUSV" or a.dtype.itemsize == 1 and a.dtype.names is None:
        return a.copy()
    out = a.astype(a.dtype.newbyteorder(">"))
    assert not out.dtype.isnative or a.dtype.itemsize == 1
    return out


def _read_only_memmap(a: np.ndarray, folder: Path) -> np.ndarray:
    if a.dtype.kind == "O" or a.size == 0:
        out = a.copy()
        out.flags.writeable = False
        return out
    path = folder / f"m{len(list(folder.iterdir()))}.bin"
    writer = np.memmap(path, dtype=a.dtype, mode="w+", shape=a.shape)
    writer[...] = a
    writer.flush()
    del writer
    return np.memmap(path, dtype=a.dtype, mode="r", shape=a.shape)


def _fortran(a: np.ndarray) -> np.ndarray:
    return np.asfortranarray(a) if a.ndim else a.copy()  # asfortranarray makes 0-d 1-D


def _strided(a: np.ndarray) -> np.ndarray:
    if a.ndim == 0:
        return a.copy()
    big = np.zeros(tuple(2 * n for n in a.shape), dtype=a.dtype)
    view = big[tuple(slice(None, None, 2) for _ in a.shape)]
    view[...] = a
    assert not view.flags.c_contiguous or a.size <= 1
    return view


def _everything(a: np.ndarray, folder: Path) -> np.ndarray:
    out = _strided(_big_endian(a))
    out.flags.writeable = False
    return out


def _as_bytes(value):
    if isinstance(value, str):
        return value.encode("latin-1")
    if isinstance(value, np.ndarray) and value.dtype.kind == "U":
        return np.char.encode(value, "latin-1")
    return value


def _as_object_bytes(value):
    """IDL: an object array of bytes, as readsav gives a string array."""
    if isinstance(value, np.ndarray) and value.dtype.kind == "U" and value.ndim > 0:
        out = np.empty(value.shape, dtype=object)
        for index in np.ndindex(value.shape):
            out[index] = value[index].encode("latin-1")
        return out
    return _as_bytes(value)


LAYOUTS = {
    "big_endian": lambda a, folder: _big_endian(a),
    "read_only_memmap": _read_only_memmap,
    "fortran": lambda a, folder: _fortran(a),
    "strided": lambda a, folder: _strided(a),
    "all_at_once": _everything,
}


def _transform(value, layout: str, folder: Path):
    if isinstance(value, np.ndarray) and value.dtype.kind not in "OU":
        return LAYOUTS[layout](value, folder)
    if isinstance(value, (list, tuple)):
        return type(value)(_transform(v, layout, folder) for v in value)
    if isinstance(value, dict):
        return {k: _transform(v, layout, folder) for k, v in value.items()}
    return value


# --------------------------------------------------------------------------------------
# comparing results bit for bit
# --------------------------------------------------------------------------------------
def assert_identical(actual, expected, where="result"):
    if isinstance(expected, np.ndarray):
        assert type(actual) is type(expected), f"{where}: {type(actual)} != {type(expected)}"
        assert actual.dtype == expected.dtype, f"{where}: dtype {actual.dtype} != {expected.dtype}"
        assert actual.dtype.isnative or actual.dtype.itemsize == 1 or \
            actual.dtype.kind in "OV", f"{where}: dtype {actual.dtype} is not native"
        assert actual.shape == expected.shape, f"{where}: shape {actual.shape} != {expected.shape}"
        if expected.dtype.names is not None:  # IDL structures: object fields tag by tag
            for name in expected.dtype.names:
                assert_identical(actual[name], expected[name], f"{where}.{name}")
        elif expected.dtype.kind == "O":
            for index in np.ndindex(expected.shape):
                assert_identical(actual[index], expected[index], f"{where}{list(index)}")
        else:
            assert np.ascontiguousarray(actual).tobytes() == \
                np.ascontiguousarray(expected).tobytes(), f"{where}: values differ"
    elif isinstance(expected, np.generic):
        assert type(actual) is type(expected), f"{where}: {type(actual)} != {type(expected)}"
        assert np.asarray(actual).tobytes() == np.asarray(expected).tobytes(), \
            f"{where}: {actual!r} != {expected!r}"
    elif isinstance(expected, dict):
        assert type(actual) is type(expected) and list(actual) == list(expected), where
        for key in expected:
            assert_identical(actual[key], expected[key], f"{where}.{key}")
    elif isinstance(expected, (list, tuple)):
        assert type(actual) is type(expected) and len(actual) == len(expected), where
        for i, (a, e) in enumerate(zip(actual, expected)):
            assert_identical(a, e, f"{where}[{i}]")
    elif isinstance(expected, float) and expected != expected:
        assert isinstance(actual, float) and actual != actual, where
    elif callable(expected):
        assert callable(actual), where
    else:
        assert type(actual) is type(expected) and actual == expected, \
            f"{where}: {actual!r} != {expected!r}"


def _snapshot(value):
    """A deep copy of every array inside ``value`` (to check nothing is written)."""
    if isinstance(value, np.ndarray):
        return np.array(value, copy=True)
    if isinstance(value, (list, tuple)):
        return type(value)(_snapshot(v) for v in value)
    if isinstance(value, dict):
        return {k: _snapshot(v) for k, v in value.items()}
    return value


def _unchanged(before, after, where):
    if isinstance(before, np.ndarray):
        assert np.asarray(after).tobytes() == before.tobytes(), f"input {where} was modified"
    elif isinstance(before, (list, tuple)):
        for i, (b, a) in enumerate(zip(before, after)):
            _unchanged(b, a, f"{where}[{i}]")
    elif isinstance(before, dict):
        for key in before:
            _unchanged(before[key], after[key], f"{where}.{key}")


def _arrays(value):
    if isinstance(value, np.ndarray):
        yield value
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _arrays(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _arrays(v)


def _shares_memory(result, inputs) -> bool:
    outs = [r for r in _arrays(result) if r.dtype.kind != "O" and r.size]
    ins = [i for v in inputs for i in _arrays(v) if i.size]
    return any(np.shares_memory(o, i) for o in outs for i in ins)


def _outcome(run):
    """``("value", result)`` or ``("error", (type, message))`` of ``run()``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return "value", run()
        except Exception as error:  # noqa: BLE001 - the same error is the expected outcome
            return "error", (type(error), str(error))


def check_layouts(run, inputs: dict, tmp_path: Path, text_variants=()):
    """``run(inputs)`` gives the same outcome for every layout of ``inputs``."""
    reference = _snapshot(inputs)
    kind, expected = _outcome(lambda: run(inputs))
    if kind == "value":
        assert not _shares_memory(expected, inputs.values()), \
            "the result shares memory with an input (a view): a write into the result " \
            "would change the caller's data"
    variants = {name: {k: _transform(v, name, tmp_path) for k, v in inputs.items()}
                for name in LAYOUTS}
    for name, convert in text_variants:
        variants[name] = {k: convert(v) for k, v in inputs.items()}
    for name, given in variants.items():
        before = _snapshot(given)
        got_kind, got = _outcome(lambda: run(given))
        assert got_kind == kind, f"{name}: {got_kind} {got!r} where the native input gave " \
                                 f"{kind} {expected!r}"
        if kind == "error":
            assert got == expected, f"{name}: error {got} != {expected}"
        else:
            assert_identical(got, expected, f"{name}: result")
        _unchanged(before, given, name)
    _unchanged(reference, inputs, "native")


# --------------------------------------------------------------------------------------
# every golden case
# --------------------------------------------------------------------------------------
def _golden_cases():
    seen = {}
    for suite in load_suites(REFERENCE):
        for spec in suite.cases:
            seen[(suite.path, spec.name)] = (suite, spec)
    return list(seen.values())


GOLDEN = _golden_cases()
_CALLED = re.compile(r"\b([A-Za-z_][A-Za-z0-9_]*)\s*[(,]|\b(?:idl|matlab)\.([A-Za-z_0-9]+)")


def _names_called(suite, spec) -> set[str]:
    """Public names a case calls (from its legacy call and Python expression)."""
    language = suite.language
    text = " ".join(filter(None, [spec.call, spec.python]))
    found = set()
    for a, b in _CALLED.findall(text):
        for word in (a, b):
            # IDL's names are case-insensitive; MATLAB's are not (standardizeMissing)
            if language == "idl":
                word = word.lower()
            if f"{language}.{word}" in PUBLIC:
                found.add(f"{language}.{word}")
    return found


PUBLIC = public_names()


@pytest.mark.parametrize("suite,spec", GOLDEN, ids=[f"{s.language}/{s.name}/{c.name}"
                                                     for s, c in GOLDEN])
def test_golden_case_layouts(suite, spec, tmp_path):
    inputs = suite.stored_inputs()
    module = suite.module()

    def run(given):
        outputs = call_legacy(spec.call, suite.language, module, dict(given), spec.python,
                              spec.outputs)
        if spec.python:
            # a Python expression may index an input itself (``k[idl.sort(k)]``): that
            # numpy code keeps the input's byte order; only compat's part is judged
            outputs = {k: normalise(v) for k, v in outputs.items()}
        return outputs

    text = [("bytes", _as_bytes)]
    if suite.language == "idl":
        text.append(("object_bytes", _as_object_bytes))
    check_layouts(run, inputs, tmp_path, text)


# --------------------------------------------------------------------------------------
# routines whose golden inputs cannot cover them (no golden: random generators and
# structs; callables); each entry: name -> list of (args, kwargs)
# --------------------------------------------------------------------------------------
_x = np.linspace(0.0, 3.0, 13)
EXAMPLES = {
    "matlab.standardizeMissing": [((np.array([[0.0, -99.0, 5.0], [-99.0, 2.0, 1.0]]),
                                    -99.0), {})],
    "matlab.smooth": [((np.sin(_x) + _x,), {}), ((_x, np.cos(_x), 5, "sgolay", 2), {})],
    "matlab.odeset": [(("RelTol", np.array([[1e-4]])), {})],
    "matlab.odeget": [((compat.matlab.odeset(RelTol=1e-4), "RelTol"), {})],
    "matlab.deval": [((compat.matlab.ode45(lambda t, y: -y, np.array([0.0, 1.0]),
                                           np.array([1.0, 2.0]), nargout=1),
                       np.array([0.25, 0.5])), {})],
    "matlab.rng": [((np.array([[5.0]]),), {})],
    "matlab.rand": [((np.array([[2.0, 3.0]]),), {})],
    "matlab.randi": [((np.array([[10.0]]), np.array([[2.0, 2.0]])), {})],
    "matlab.ode45": [((lambda t, y: -0.5 * y, np.array([0.0, 2.0]), np.array([1.0])),
                      {})],
    "matlab.ode23": [((lambda t, y: -0.5 * y, np.array([0.0, 2.0]), np.array([1.0])),
                      {})],
}
# IDL direct graphics: procedures whose effect is the display list or the window table
EXAMPLES.update({
    "idl.plots": [((np.array([0.1, 0.9]), np.array([0.5, 0.5])), {"normal": True})],
    "idl.xyouts": [((np.float32(0.5), np.float32(0.5), "label"), {"normal": True})],
    "idl.erase": [((np.int16(3),), {})],
    "idl.wset": [((), {})],
    "idl.tvrd": [((np.int16(0), np.int16(0), np.int32(8), np.int32(4)), {})],
    "idl.get_screen_size": [((b":0",), {})],
    "idl.oploterr": [((np.array([1.0, 2.0]), np.array([3.0, 4.0]),
                       np.array([0.5, 0.25])), {})],
    "idl.errplot": [((np.array([1.0, 2.0]), np.array([0.5, 1.5]),
                      np.array([1.5, 2.5])), {"width": 0.02})],
    "idl.polyfill": [((np.array([0.1, 0.9, 0.5]), np.array([0.1, 0.1, 0.8])),
                      {"normal": True, "color": 7})],
    "idl.usersym": [((np.array([-1.0, 1.0, 0.0]), np.array([-1.0, -1.0, 1.0])),
                     {"fill": True})],
    "idl.set_shading": [((), {"light": np.array([0.5, 0.25, 1.0]),
                              "values": np.array([10, 200], np.int16)})],
    "idl.plot_3dbox": [((np.array([1.0, 2.0, 4.0]), np.array([0.5, 1.5, 1.0], np.float32),
                         np.array([3, 1, 2], np.int16)), {"xy_plane": True})],
})
# IDL widgets: the registry and the dialog (no golden: IDL documents no headless run)
EXAMPLES.update({
    "idl.dialog_message": [((np.array(["line 1", "line 2"]),), {"question": True})],
    "idl.xregistered": [(("no_such_program",), {})],
    "idl.xmanager": [((), {})],
})
# routines without a golden case yet (the README says what backs them)
_f = np.array([[3.5, -1.0, 2.25], [0.5, 7.0, -4.0]], dtype=np.float32)
_dims = np.array([3, 2], dtype=np.int32)
for _name in ("bytarr", "complexarr", "dblarr", "dcomplexarr", "intarr", "lon64arr", "lonarr", "uintarr",
              "ulon64arr", "ulonarr"):
    EXAMPLES[f"idl.{_name}"] = [((_dims,), {}), ((3, np.int16(2)), {})]
for _name in ("dcindgen", "l64indgen", "ulindgen"):
    EXAMPLES[f"idl.{_name}"] = [((_dims,), {})]
EXAMPLES.update({
    "idl.max": [((_f,), {"subscript_min": True, "min": True}),
                ((np.where(_f > 3, np.nan, _f),), {"nan": True, "dimension": 1})],
    "idl.min": [((_f,), {"subscript_max": True, "max": True}),
                ((np.where(_f > 3, np.nan, _f),), {"nan": True, "dimension": 2})],
    "idl.poly": [((_f, np.array([1.0, -2.0, 0.5])), {})],
    "idl.spl_interp": [((np.arange(5.0), np.array([0.0, 1.0, 4.0, 9.0, 16.0]),
                         compat.idl.spl_init(np.arange(5.0),
                                             np.array([0.0, 1.0, 4.0, 9.0, 16.0])),
                         np.array([0.5, 2.25, 3.75])), {})],
    "idl.digital_filter": [((np.float32(0.1), np.float32(0.4), 50, np.int16(6)), {}),
                           ((0.0, 0.3, 40.0, 5), {"double": True})],
    "idl.butterworth": [((np.int16(6), np.int16(4)), {"cutoff": np.float32(2.5)}),
                        ((np.array([5, 3], np.int32),), {"order": 2, "origin": True})],
    "idl.leefilt": [((np.arange(48, dtype=np.float32).reshape(6, 8) % 5 + 1, np.int16(1),
                     np.float32(0.5)), {}),
                    ((np.linspace(1.0, 3.0, 12), 2, 0.25), {"exact": True})],
    "idl.savgol": [((np.int16(4), np.int16(3), np.int16(1), np.int16(2)), {}),
                   ((5, 5, 0, 4), {"double": True})],
    "matlab.prod": [((_f.astype(np.float64), 2), {})],
    "matlab.cumprod": [((_f.astype(np.float64), 2), {})],
    "matlab.meshgrid": [((np.array([1.0, 2.0, 3.0]), np.array([[4.0], [5.0]])),
                         {"nargout": 2})],
    "matlab.ndgrid": [((np.array([1.0, 2.0, 3.0]), np.array([[4.0], [5.0]])),
                       {"nargout": 2})],
    "matlab.ldivide": [((np.array([7, -7, 100], dtype=np.int8),
                                np.array([2.0, 2.0, 0.0])), {})],
    "matlab.uminus": [((np.array([-128, 5, 127], dtype=np.int8),), {})],
    "matlab.verlessthan": [(("matlab", "7.11.0.584"), {}), (("signal", "99"), {})],
    "matlab.mfilename": [((), {}), (("fullpath",), {}), (("class",), {})],
    "matlab.version": [((), {}), (("-release",), {})],
})
class Session:
    """An example that needs a fresh state per call (an open file): ``run(given)``."""

    def __init__(self, inputs: dict, run):
        self.inputs, self.run = inputs, run


def _histogram_chart(given):
    """MATLAB's histogram chart (GNU Octave 7.3 has none: no golden; its bins
    are histcounts', whose goldens cover them): the numbers it holds."""
    compat.matlab.close("all")
    try:
        h = compat.matlab.histogram(given["x"], given["n"])
        return h.BinEdges, h.BinCounts, h.Values
    finally:
        compat.matlab.close("all")


EXAMPLES["matlab.histogram"] = [Session(
    {"x": np.array([[1.0, 2.0], [2.5, 3.0]]), "n": np.float64(3)},
    _histogram_chart)]


def _with_file(data: bytes, action):
    """Run ``action(fid, given)`` on a fresh MATLAB fid of a file holding ``data``."""
    def run(given):
        path = _FILES / "session.bin"
        path.write_bytes(data)
        fid = compat.matlab.fopen(str(path), "r+")
        try:
            return action(fid, given), path.read_bytes()
        finally:
            compat.matlab.fclose(fid)
    return run


def _with_unit(data: bytes, action):
    """Run ``action(lun, given)`` on a fresh IDL unit of a file holding ``data``."""
    def run(given):
        path = _FILES / "unit.bin"
        path.write_bytes(data)
        lun = compat.idl.openu(str(path), get_lun=True)
        try:
            return action(lun, given), path.read_bytes()
        finally:
            compat.idl.free_lun(lun)
    return run


_FILES = Path(tempfile.mkdtemp(prefix="compat-layouts-"))


def _graphics_picture(given, how):
    """Plot ``given['y']`` in a fresh hidden figure, save it (saveas or print) when
    matplotlib is there, and return what the model reads back."""
    from compat._core.errors import MissingExtraError
    fig = compat.matlab.figure("Visible", "off")
    try:
        compat.matlab.plot(given["y"])
        try:
            if how == "saveas":
                compat.matlab.saveas(fig, str(_FILES / "layout.png"))
            else:
                compat.matlab.print(fig, "-dpng", str(_FILES / "layout"))
        except MissingExtraError:
            pass
        return compat.matlab.get(compat.matlab.gca(), "YLim")
    finally:
        compat.matlab.close(fig)


def _fresh(name, action):
    """Run ``action(path, given)`` on a path where no file exists yet."""
    def run(given):
        path = _FILES / name
        if path.exists():
            path.unlink()
        return action(str(path), given)
    return run


def _nc(path):
    """A classic netCDF file with a packed variable t(time, x)."""
    import scipy.io
    with scipy.io.netcdf_file(path, "w") as f:
        f.createDimension("time", 2)
        f.createDimension("x", 3)
        t = f.createVariable("t", "f8", ("time", "x"))
        t[:] = np.arange(6.0).reshape(2, 3)
        t.scale_factor = 0.5
compat.idl.save(_FILES / "restore.sav", a=_f, s=np.array(["x", "yz"]))
_TEXT = "one\ntwo\n".encode()
_HDR = np.array([c.ljust(80) for c in ("SIMPLE  =                    T",
                                       "NAXIS1  =                    3",
                                       "NAXIS2  =                    2",
                                       "EXPTIME =                 12.5 / s", "END")])
compat.idl.writefits(str(_FILES / "im.fits"), _f)
(_FILES / "cols.txt").write_text("a 1.5\nb 2\n")
(_FILES / "d.csv").write_text("1,2.5\n3,\n")
_TABLE = np.zeros(3, dtype=[("RA", "f8"), ("N", "i2")])
compat.idl.mwrfits(_TABLE, str(_FILES / "tab.fits"), create=True)
(_FILES / "m.mat").write_bytes(b"")
compat.matlab.save(str(_FILES / "m.mat"), x=_f)
(_FILES / "t.txt").write_bytes(_TEXT)
_SIZE = np.array([2.0, np.inf])
EXAMPLES.update({
    "matlab.fread": [Session({"size": _SIZE, "skip": np.int32(1)}, _with_file(
        bytes(range(9)), lambda fid, g: compat.matlab.fread(fid, g["size"], "uint8",
                                                           g["skip"], nargout=2)))],
    "matlab.fwrite": [Session({"A": _f}, _with_file(
        b"", lambda fid, g: compat.matlab.fwrite(fid, g["A"], "int16")))],
    "matlab.fseek": [Session({"offset": np.array(3)}, _with_file(
        bytes(9), lambda fid, g: (compat.matlab.fseek(fid, g["offset"], "bof"),
                                  compat.matlab.ftell(fid))))],
    "matlab.ftell": [Session({}, _with_file(bytes(3), lambda fid, g:
                                            compat.matlab.ftell(fid)))],
    "matlab.frewind": [Session({}, _with_file(bytes(3), lambda fid, g:
                                              compat.matlab.frewind(fid)))],
    "matlab.feof": [Session({}, _with_file(bytes(3), lambda fid, g: (
        compat.matlab.fread(fid), compat.matlab.feof(fid))))],
    "matlab.ferror": [Session({}, _with_file(bytes(3), lambda fid, g:
                                            compat.matlab.ferror(fid, nargout=2)))],
    "matlab.fgetl": [Session({}, _with_file(_TEXT, lambda fid, g: compat.matlab.fgetl(fid)))],
    "matlab.fgets": [Session({"n": np.int64(2)}, _with_file(
        _TEXT, lambda fid, g: compat.matlab.fgets(fid, g["n"])))],
    "matlab.fopen": [Session({"name": str(_FILES / "t.txt")}, lambda g: (
        compat.matlab.fclose(compat.matlab.fopen(g["name"])),))],
    "matlab.fclose": [Session({"name": str(_FILES / "t.txt")}, lambda g: (
        compat.matlab.fclose(compat.matlab.fopen(g["name"])),))],
    "matlab.fileread": [((str(_FILES / "t.txt"),), {})],
    "matlab.load": [((str(_FILES / "m.mat"),), {})],
    "matlab.save": [((str(_FILES / "s.mat"),), {"x": _f, "c": ["a", _f]})],
    "idl.readu": [Session({"t": np.zeros((2, 3), np.float32)}, _with_unit(
        bytes(range(24)), lambda lun, g: compat.idl.readu(lun, g["t"], np.int16(0))))],
    "idl.writeu": [Session({"a": _f, "s": np.int64(3)}, _with_unit(
        b"", lambda lun, g: compat.idl.writeu(lun, g["a"], g["s"])))],
    "idl.point_lun": [Session({"p": np.int32(3)}, _with_unit(
        bytes(9), lambda lun, g: (compat.idl.point_lun(lun, g["p"]),
                                  compat.idl.point_lun(-lun))))],
    "idl.eof": [Session({}, _with_unit(bytes(2), lambda lun, g: compat.idl.eof(lun)))],
    "idl.fstat": [Session({}, _with_unit(bytes(2), lambda lun, g:
                                         compat.idl.fstat(lun).SIZE))],
    "idl.openr": [Session({"f": str(_FILES / "t.txt")}, lambda g: compat.idl.free_lun(
        compat.idl.openr(g["f"], get_lun=True)))],
    "idl.openw": [Session({"f": str(_FILES / "w.bin")}, lambda g: compat.idl.free_lun(
        compat.idl.openw(g["f"], get_lun=True)))],
    "idl.openu": [Session({"f": str(_FILES / "t.txt")}, lambda g: compat.idl.free_lun(
        compat.idl.openu(g["f"], get_lun=True)))],
    "idl.get_lun": [Session({}, lambda g: compat.idl.free_lun(compat.idl.get_lun()))],
    "idl.free_lun": [Session({}, lambda g: compat.idl.free_lun(compat.idl.get_lun()))],
    "idl.close": [Session({"f": str(_FILES / "t.txt")}, lambda g: compat.idl.close(
        compat.idl.openr(17, g["f"])))],
    "idl.file_lines": [((str(_FILES / "t.txt"),), {})],
    "matlab.sscanf": [(("1 2 3 4", "%d"), {}), (("1 2 3 4", "%f", _SIZE), {})],
    "matlab.fscanf": [Session({"size": _SIZE}, _with_file(b"1 2 3 4 5", lambda fid, g:
                                                          compat.matlab.fscanf(
                                                              fid, "%f", g["size"])))],
    "matlab.textscan": [(("a,1.5\nb,2\n", "%s %f", np.float64(2), "Delimiter", ","), {}),
                        Session({}, _with_file(b"1 2\n3 4\n", lambda fid, g:
                                               compat.matlab.textscan(fid, "%d %f")))],
    "matlab.dlmread": [((str(_FILES / "d.csv"),), {}), ((str(_FILES / "d.csv"), ",",
                                                         np.array([0, 0, 1, 1])), {})],
    "matlab.csvread": [((str(_FILES / "d.csv"), np.int32(1), 0), {})],
    "matlab.dlmwrite": [((str(_FILES / "dw.csv"), _f), {"precision": np.int64(7)})],
    "matlab.csvwrite": [((str(_FILES / "cw.csv"), _f), {})],
    "matlab.h5create": [Session({"sz": np.array([3.0, 2.0])}, _fresh("s.h5", lambda p, g: (
        compat.matlab.h5create(p, "/d", g["sz"]), compat.matlab.h5info(p, "/d").Dataspace.Size)))],
    "matlab.h5write": [Session({"a": _f}, _fresh("s.h5", lambda p, g: (
        compat.matlab.h5create(p, "/d", [2, 3], "Datatype", "single"),
        compat.matlab.h5write(p, "/d", g["a"]), compat.matlab.h5read(p, "/d"))))],
    "matlab.h5read": [Session({"s": np.array([1.0, 2.0]), "c": np.array([2.0, 2.0])},
                              _fresh("s.h5", lambda p, g: (
        compat.matlab.h5create(p, "/d", [2, 3], "Datatype", "single"),
        compat.matlab.h5write(p, "/d", _f), compat.matlab.h5read(p, "/d", g["s"], g["c"]))))],
    "matlab.h5info": [Session({"loc": "/d"}, _fresh("s.h5", lambda p, g: (
        compat.matlab.h5create(p, "/d", [2, 3]), compat.matlab.h5info(p, g["loc"]).Name)))],
    "matlab.ncread": [Session({"s": np.array([2.0, 1.0]), "c": np.array([2.0, 2.0])},
                              _fresh("s.nc", lambda p, g: (_nc(p), compat.matlab.ncread(
                                  p, "t", g["s"], g["c"]))))],
    "matlab.ncwrite": [Session({"v": np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])},
                               _fresh("s.nc", lambda p, g: (_nc(p), compat.matlab.ncwrite(
                                   p, "t", g["v"]), compat.matlab.ncread(p, "t"))))],
    "matlab.ncinfo": [Session({"name": "t"}, _fresh("s.nc", lambda p, g: (
        _nc(p), compat.matlab.ncinfo(p, g["name"]).Size)))],
    "matlab.readcell": [((str(_FILES / "d.csv"),), {}),
                        ((str(_FILES / "d.csv"), "Range", np.array([1.0, 2.0])), {})],
    "matlab.readtable": [Session({"f": str(_FILES / "d.csv")}, lambda g: {
        k: v.to_numpy() for k, v in compat.matlab.readtable(
            g["f"], "ReadVariableNames", False).items()})],
    "matlab.writetable": [Session({"v": _f}, lambda g: (
        compat.matlab.writetable(__import__("pandas").DataFrame(
            {"a": g["v"][0], "b": g["v"][1]}), str(_FILES / "wt.csv")),
        (_FILES / "wt.csv").read_text()))],
    "idl.readcol": [((str(_FILES / "cols.txt"), "A,F"), {"silent": True, "count": True})],
    "idl.sxpar": [((_HDR, "EXPTIME"), {"count": True}), ((_HDR, "NAXIS*"), {})],
    "idl.fxpar": [((_HDR, "EXPTIME"), {})],
    "idl.sxaddpar": [((_HDR, "GAIN", np.float32(2.5), "e/ADU"), {"after": "EXPTIME"})],
    "idl.sxdelpar": [((_HDR, np.array(["EXPTIME", "NAXIS1"])), {})],
    "idl.write_png": [((str(_FILES / "w.png"), _f), {"order": True})],
    "idl.write_image": [((str(_FILES / "wi.ppm"), "ppm",
                          np.array([[3, 1], [0, 7]], np.uint8)), {})],
    "idl.read_png": [Session({"a": _f}, lambda g: (compat.idl.write_png(
        str(_FILES / "r.png"), g["a"]), compat.idl.read_png(str(_FILES / "r.png"))))],
    "idl.query_png": [Session({"a": _f}, lambda g: (compat.idl.write_png(
        str(_FILES / "q.png"), g["a"]), compat.idl.query_png(str(_FILES / "q.png"),
                                                             info=True).info.CHANNELS))],
    "idl.write_jpeg": [((str(_FILES / "w.jpg"), _f), {"quality": np.int16(90)})],
    "idl.read_jpeg": [Session({"a": _f}, lambda g: (compat.idl.write_jpeg(
        str(_FILES / "r.jpg"), g["a"]), compat.idl.read_jpeg(str(_FILES / "r.jpg"))))],
    "idl.query_jpeg": [Session({"a": _f}, lambda g: (compat.idl.write_jpeg(
        str(_FILES / "q.jpg"), g["a"]), compat.idl.query_jpeg(str(_FILES / "q.jpg"))))],
    "idl.write_jpeg2000": [((str(_FILES / "w.jp2"), _f), {"reversible": True,
                                                          "n_layers": np.int16(2)})],
    "idl.read_jpeg2000": [Session({"a": _f, "r": np.array([0, 0, 2, 1])}, lambda g: (
        compat.idl.write_jpeg2000(str(_FILES / "r.jp2"), g["a"], reversible=True),
        compat.idl.read_jpeg2000(str(_FILES / "r.jp2"), region=g["r"])))],
    "idl.query_jpeg2000": [Session({"a": _f}, lambda g: (compat.idl.write_jpeg2000(
        str(_FILES / "q.jp2"), g["a"]), compat.idl.query_jpeg2000(
        str(_FILES / "q.jp2"), info=True).info.DIMENSIONS))],
    "idl.write_tiff": [((str(_FILES / "w.tif"), _f), {"float": True})],
    "idl.read_tiff": [Session({"a": _f}, lambda g: (compat.idl.write_tiff(
        str(_FILES / "r.tif"), g["a"], float=True), compat.idl.read_tiff(
        str(_FILES / "r.tif"))))],
    "idl.query_tiff": [Session({"a": _f}, lambda g: (compat.idl.write_tiff(
        str(_FILES / "q.tif"), g["a"]), compat.idl.query_tiff(str(_FILES / "q.tif"))))],
    "idl.fxaddpar": [((_HDR, "GAIN", np.float32(2.5), "e/ADU"), {"after": "EXPTIME"}),
                     ((None, "SIMPLE", "T"), {})],
    "idl.fits_help": [((str(_FILES / "im.fits"),), {})],
    "idl.fxread": [((str(_FILES / "im.fits"), 0, 1), {"header": True})],
    "idl.fits_info": [((str(_FILES / "im.fits"),), {"silent": True, "n_ext": True,
                                                    "extname": True})],
    "idl.headfits": [((str(_FILES / "im.fits"),), {})],
    "idl.readfits": [((str(_FILES / "im.fits"),), {"header": True, "silent": True})],
    "idl.mrdfits": [((str(_FILES / "tab.fits"), 1), {"columns": np.array(["RA"])})],
    "idl.writefits": [((str(_FILES / "w.fits"), _f, _HDR), {})],
    "idl.mwrfits": [Session({"t": _TABLE}, lambda g: compat.idl.mwrfits(
        g["t"], str(_FILES / "mw.fits"), create=True))],
    "idl.save": [((str(_FILES / "save.sav"),), {"a": _f, "s": np.array(["x", "yz"])})],
    "idl.restore": [((str(_FILES / "restore.sav"),), {})],
    "idl.print": [((_f, np.int16(3), "x"), {}), ((_f,), {"format": "(3F8.2)"})],
    "idl.read": [Session({"t": np.zeros(3, np.float32)}, lambda g: _with_stdin(
        "1 2 3\n", lambda: compat.idl.read(g["t"])))],
})


# issue 16 (IDL): routines whose goldens cannot carry their inputs
EXAMPLES.update({
    "idl.list": [((_f, np.int16(3), "x"), {}), ((_f,), {"extract": True})],
    "idl.hash": [((np.array(["a", "b"]), _f[0, :2]), {}), (("k", _f), {})],
    "idl.orderedhash": [(("z", _f, "a", np.int16(2)), {})],
    "idl.dictionary": [(("alpha", _f), {"beta": np.int32(2)})],
})


# issue 16 (IDL): the file system, in the examples' own folder
(_FILES / "fs").mkdir(exist_ok=True)
(_FILES / "fs" / "a.pro").write_text("x\n")


def _moved(given):
    (_FILES / "fs" / "mv1.txt").write_text("m")
    compat.idl.file_move(str(_FILES / "fs" / "mv1.txt"), str(_FILES / "fs" / "mv2.txt"),
                         overwrite=True)
    return (_FILES / "fs" / "mv2.txt").read_text()


EXAMPLES.update({
    "idl.file_search": [((str(_FILES / "fs" / "*.pro"),), {"count": True}),
                        ((str(_FILES / "fs"), "*.pro"), {})],
    "idl.findfile": [((str(_FILES / "fs"),), {})],
    "idl.file_which": [((str(_FILES / "fs"), "a.pro"), {})],
    "idl.expand_path": [(("+" + str(_FILES / "fs"),), {"array": True, "count": True})],
    "idl.file_test": [((np.array([str(_FILES / "fs"), str(_FILES / "none")]),),
                       {"directory": True, "get_mode": True})],
    "idl.file_info": [((str(_FILES / "fs" / "a.pro"),), {})],
    "idl.file_mkdir": [((str(_FILES / "fs" / "made"),), {})],
    "idl.file_delete": [((str(_FILES / "fs" / "missing"),), {"allow_nonexistent": True})],
    "idl.file_copy": [((str(_FILES / "fs" / "a.pro"), str(_FILES / "fs" / "b.pro")),
                       {"overwrite": True})],
    "idl.file_move": [Session({}, _moved)],
    "idl.cd": [((), {"current": True})],
})


# issue 16 (MATLAB dates): the clock, whose values change from call to call
EXAMPLES.update({
    "matlab.now": [Session({}, lambda g: compat.matlab.now() > 730000)],
    "matlab.clock": [Session({}, lambda g: compat.matlab.clock().shape)],
    "matlab.saveas": [Session({"y": np.array([1.0, 3.0, 2.0])},
                              lambda g: _graphics_picture(g, "saveas"))],
    "matlab.print": [Session({"y": np.array([[4.0], [-1.0]], dtype=np.float32)},
                             lambda g: _graphics_picture(g, "print"))],
    "matlab.groot": [Session({}, lambda g: compat.matlab.groot().Type)],
    "matlab.gco": [Session({}, lambda g: type(compat.matlab.gco()).__name__)],
    "matlab.gcbo": [Session({}, lambda g: type(compat.matlab.gcbo()).__name__)],
    "matlab.gcbf": [Session({}, lambda g: type(compat.matlab.gcbf()).__name__)],
    "matlab.isvalid": [Session({}, lambda g: bool(compat.matlab.isvalid(compat.matlab.groot())))],
    "matlab.tic": [Session({}, lambda g: compat.matlab.tic().dtype)],
    "matlab.toc": [Session({"t": np.uint64(0)}, lambda g: (
        compat.matlab.tic().dtype, compat.matlab.toc() >= 0, compat.matlab.toc(g["t"]) > 0))],
})


# issue 16 (MATLAB files and OS): routines that need real files, in the examples' folder
(_FILES / "mfs").mkdir(exist_ok=True)
(_FILES / "mfs" / "a.txt").write_text("abc")


EXAMPLES.update({
    "matlab.dos": [(("exit 2",), {})],
    "matlab.pwd": [Session({}, lambda g: compat.matlab.pwd() == os.getcwd())],
    "matlab.tempdir": [Session({}, lambda g: compat.matlab.tempdir().endswith("/"))],
    "matlab.tempname": [Session({"f": "/data"}, lambda g: len(compat.matlab.tempname(
        g["f"])))],
    "matlab.isdir": [(("/",), {})],
    "matlab.isfile": [((str(_FILES / "mfs" / "a.txt"),), {})],
})


def _cd_and_back(given):
    """matlab.cd with a working folder (its golden case is the error of a missing one)."""
    old = os.getcwd()
    try:
        before = compat.matlab.cd(given["d"])
        return before == old, compat.matlab.cd(), compat.matlab.cd(given["up"])
    finally:
        os.chdir(old)


EXAMPLES["matlab.cd"] = [Session({"d": str(_FILES / "mfs"), "up": ".."}, _cd_and_back)]

# MATLAB minres and lsqr (no clone has them)
EXAMPLES["matlab.minres"] = [((np.diag([3.0, -2.0, 1.0]), np.array([[1.0], [2.0], [3.0]]),
                              1e-10, 10), {"nargout": 2})]
EXAMPLES["matlab.lsqr"] = [((np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]]),
                            np.array([1.0, 2.0, 2.0]), 1e-10, 10), {"nargout": 2})]

# MATLAB message objects (no clone has message): the id as bytes or a string array
EXAMPLES["matlab.message"] = [Session(
    {"id": np.array(["MATLAB:gmres:XoSize"]), "n": np.int16(20)},
    lambda g: compat.matlab.message(g["id"], g["n"]).getString())]


EXAMPLES.update({
    "idl.timegen": [((3, 2), {"start": 2451545.0, "units": "Hours", "step_size": 6})],
})


# IDL TVCRS (compat.idl.graphics_cursor): it places the pointer of a window device's
# window, read back with CURSOR /NOWAIT (no golden: GDL reads no pointer headless)
def _tvcrs(given):
    st = compat._core.direct_graphics.STATE
    device = st.device_name
    try:
        compat._core.pointer.reset()              # no clicks left queued by others
        compat.idl.set_plot("X")
        compat.idl.window(0, xsize=64, ysize=48)
        compat.idl.tvcrs(given["x"], given["y"], normal=True)
        return tuple(int(v) for v in compat.idl.cursor(device=True, nowait=True))
    finally:
        compat._core.pointer.reset()
        compat.idl.wdelete(0)
        compat.idl.set_plot(device)


EXAMPLES["idl.tvcrs"] = [Session({"x": np.float32(0.5), "y": np.array([0.25])}, _tvcrs)]


# IDL WDELETE with no argument deletes the current window: each call opens its own
# (the example used to delete whatever window earlier examples had left current, and
# failed once they all closed theirs)
def _wdelete(given):
    device = compat._core.direct_graphics.STATE.device_name
    try:
        compat.idl.set_plot("X")
        compat.idl.window(given["w"], xsize=16, ysize=8)
        compat.idl.wdelete()
        return int(compat.idl.sysvar("!d").window)
    finally:
        compat.idl.set_plot(device)


EXAMPLES["idl.wdelete"] = [Session({"w": np.int16(5)}, _wdelete)]


# the call stack read as IDL's: keyword values in every layout (the routine names
# and levels; the line numbers differ from call to call)
def _scope_traceback(given):
    s = compat.idl.scope_traceback(structure=given["s"], system=given["y"])
    return [str(r) for r in s.ROUTINE], s.LEVEL.tolist()


EXAMPLES["idl.scope_traceback"] = [Session({"s": np.array([1], np.int16),
                                            "y": np.uint8(0)}, _scope_traceback)]
EXAMPLES["idl.scope_level"] = [((), {})]
EXAMPLES["idl.resolve_all"] = [((), {"skip_routines": np.array(["a", "b"]),
                                     "quiet": np.int16(1)})]


def _wshow(given):
    device = compat._core.direct_graphics.STATE.device_name
    try:
        compat.idl.set_plot("X")
        compat.idl.window(given["w"], xsize=16, ysize=8)
        compat.idl.wshow(given["w"], given["s"], iconic=given["i"])
        state = compat._core.window_show.state(int(given["w"]))
        compat.idl.wdelete(given["w"])
        return state
    finally:
        compat.idl.set_plot(device)


EXAMPLES["idl.wshow"] = [Session({"w": np.int16(5), "s": np.array([0], np.int32),
                                  "i": np.uint8(1)}, _wshow)]
EXAMPLES["idl.scope_varname"] = [((np.arange(3.0),), {"level": np.array([0], np.int16)})]


# IDL PICKFILE and XDISPLAYFILE (compat.idl.file_dialogs; no golden: the obsolete name
# and a widget maker): nothing queued, PICKFILE's Enter takes FILE in PATH
def _xdisplayfile(given):
    r = compat.idl.xdisplayfile(text=given["t"], return_id=True, wtext=True)
    try:
        return compat.idl.widget_control(r.wtext, get_value=True).get_value
    finally:
        compat.idl.widget_control(r.return_id, destroy=True)


EXAMPLES.update({
    "idl.pickfile": [Session({"p": np.array(["/data"]), "f": "a.dat"}, lambda g: (
        compat._core.widget_tree.TREE.answers.clear(),
        compat.idl.pickfile(path=g["p"], file=g["f"]))[1])],
    "idl.xdisplayfile": [Session({"t": np.array(["line 1", "line 2"])}, _xdisplayfile)],
})


# issue 16 (MATLAB index data): matlab.idx, not a MATLAB function
EXAMPLES.update({
    "matlab.idx": [((np.array([[3.0, 1.0], [2.0, 7.0]]),), {}),
                   ((np.array([4, 1, 2], dtype=np.int32),), {}),
                   ((np.array([True, False]),), {})],
})


# issue 15: IDL's HDF5 routines (GDL has none: no golden can call them)
def _h5_file():
    import h5py
    path = _FILES / "idl.h5"
    with h5py.File(path, "w") as f:
        f["g/d"] = np.arange(6, dtype=np.int16).reshape(2, 3)
        f["g/d"].attrs["u"] = np.array([1.0, 2.0], np.float32)
    return str(path)


def _with_h5(action):
    """Run ``action(fid, given)`` on a fresh IDL HDF5 file id."""
    def run(given):
        fid = compat.idl.h5f_open(_h5_file())
        try:
            return action(fid, given)
        finally:
            compat.idl.h5f_close(fid)
    return run


def _h5_dataset(fid, given):
    did = compat.idl.h5d_open(fid, given["name"])
    try:
        return compat.idl.h5d_read(did)
    finally:
        compat.idl.h5d_close(did)


def _h5_attribute(fid, given):
    gid = compat.idl.h5g_open(fid, given["group"])
    did = compat.idl.h5d_open(gid, "d")
    aid = compat.idl.h5a_open_name(did, given["name"])
    other = compat.idl.h5a_open_idx(did, given["k"])
    try:
        return (compat.idl.h5a_read(aid), compat.idl.h5a_get_name(other),
                compat.idl.h5a_get_num_attrs(did))
    finally:
        compat.idl.h5a_close(aid)
        compat.idl.h5a_close(other)
        compat.idl.h5d_close(did)
        compat.idl.h5g_close(gid)


_H5_DATASET = [Session({"name": "/g/d"}, _with_h5(_h5_dataset))]
_H5_ATTRIBUTE = [Session({"group": "g", "name": "u", "k": np.int32(0)},
                         _with_h5(_h5_attribute))]
EXAMPLES.update({
    "idl.h5f_open": [Session({"w": np.int16(0)}, lambda g: compat.idl.h5f_close(
        compat.idl.h5f_open(_h5_file(), write=g["w"])))],
    "idl.h5f_is_hdf5": [Session({"name": np.array([str(_FILES / "idl.h5")])},
                                lambda g: (_h5_file(), compat.idl.h5f_is_hdf5(g["name"]))[1])],
    "idl.h5f_close": _H5_DATASET, "idl.h5d_open": _H5_DATASET,
    "idl.h5d_read": _H5_DATASET, "idl.h5d_close": _H5_DATASET,
    "idl.h5g_open": _H5_ATTRIBUTE, "idl.h5g_close": _H5_ATTRIBUTE,
    "idl.h5a_open_name": _H5_ATTRIBUTE, "idl.h5a_open_idx": _H5_ATTRIBUTE,
    "idl.h5a_get_name": _H5_ATTRIBUTE, "idl.h5a_get_num_attrs": _H5_ATTRIBUTE,
    "idl.h5a_read": _H5_ATTRIBUTE, "idl.h5a_close": _H5_ATTRIBUTE,
})


# issue 15: IDL's HDF5 writing, hyperslabs and walking (ids differ per call: sessions
# return what was written and read back)
def _h5_written(given):
    path = str(_FILES / "idlw.h5")
    fid = compat.idl.h5f_create(path)
    try:
        gid = compat.idl.h5g_create(fid, given["group"])
        tid = compat.idl.h5t_idl_create(given["data"])
        sid = compat.idl.h5s_create_simple(given["dims"], max_dimensions=given["maxdims"])
        did = compat.idl.h5d_create(gid, given["name"], tid, sid,
                                    chunk_dimensions=given["chunk"], gzip=given["gzip"])
        compat.idl.h5d_write(did, given["data"])
        fsid = compat.idl.h5d_get_space(did)
        compat.idl.h5s_select_hyperslab(fsid, given["start"], given["count"],
                                        stride=given["stride"], block=given["block"],
                                        reset=True)
        msid = compat.idl.h5s_create_simple(given["count"])
        compat.idl.h5d_write(did, given["patch"], file_space_id=fsid, memory_space_id=msid)
        part = compat.idl.h5d_read(did, file_space=fsid, memory_space=msid)
        whole = compat.idl.h5d_read(did, file_space=fsid)
        aid = compat.idl.h5a_create(did, given["attr"], compat.idl.h5t_idl_create(
            given["units"]), compat.idl.h5s_create_scalar())
        compat.idl.h5a_write(aid, given["units"])
        dtid = compat.idl.h5d_get_type(did)
        out = (part, whole, compat.idl.h5a_read(aid),
               compat.idl.h5s_get_simple_extent_dims(compat.idl.h5d_get_space(did)),
               compat.idl.h5t_get_class(dtid), compat.idl.h5t_get_size(dtid),
               compat.idl.h5g_get_nmembers(fid, "/"),
               compat.idl.h5g_get_member_name(fid, "/", given["k"]),
               compat.idl.h5g_get_objinfo(gid, given["name"]).TYPE[0])
        for close, ident in ((compat.idl.h5s_close, fsid), (compat.idl.h5s_close, msid),
                             (compat.idl.h5s_close, sid), (compat.idl.h5t_close, tid),
                             (compat.idl.h5t_close, dtid)):
            close(ident)
        return out
    finally:
        compat.idl.h5f_close(fid)


def _h5_parsed(given):
    path = _h5_file()
    r = compat.idl.h5_parse(path, read_data=given["read"])
    d = r.G[0].D[0]
    return (r.dtype.names, d._DATA[0], d._DIMENSIONS[0], d._DATATYPE[0], d.U[0]._DATA[0])


_H5_WRITTEN = [Session({"group": "g", "name": "d", "data": np.arange(12, dtype=np.float32)
                        .reshape(3, 4), "dims": np.array([4, 3], np.int32),
                        "maxdims": np.array([4, -1], np.int32),
                        "chunk": np.array([4, 1], np.int32), "gzip": np.int16(4),
                        "start": np.array([1, 0], np.int32),
                        "count": np.array([2, 2], np.int32),
                        "stride": np.array([2, 1], np.int32),
                        "block": np.array([1, 1], np.int32),
                        "patch": -np.arange(4, dtype=np.float64).reshape(2, 2),
                        "attr": "units", "units": "m", "k": np.int16(0)}, _h5_written)]
EXAMPLES.update({name: _H5_WRITTEN for name in (
    "idl.h5f_create", "idl.h5g_create", "idl.h5t_idl_create", "idl.h5t_get_class",
    "idl.h5t_get_size", "idl.h5t_close", "idl.h5s_create_simple", "idl.h5s_create_scalar",
    "idl.h5s_get_simple_extent_dims", "idl.h5s_select_hyperslab", "idl.h5s_close",
    "idl.h5d_create", "idl.h5d_write", "idl.h5d_get_space", "idl.h5d_get_type",
    "idl.h5a_create", "idl.h5a_write", "idl.h5g_get_nmembers", "idl.h5g_get_member_name",
    "idl.h5g_get_objinfo")})
EXAMPLES["idl.h5_parse"] = [Session({"read": np.int16(1)}, _h5_parsed)]


# issue 15: HDF5 point selections and extendible datasets
def _h5_points(given):
    path = str(_FILES / "idlp.h5")
    fid = compat.idl.h5f_create(path)
    try:
        sid = compat.idl.h5s_create_simple(given["dims"], max_dimensions=given["maxdims"])
        did = compat.idl.h5d_create(fid, "d", compat.idl.h5t_idl_create(given["data"]), sid,
                                    chunk_dimensions=given["chunk"])
        compat.idl.h5d_write(did, given["data"])
        compat.idl.h5d_extend(did, given["grow"])
        compat.idl.h5d_set_extent(did, given["dims"])
        fsid = compat.idl.h5d_get_space(did)
        compat.idl.h5s_select_none(fsid)
        compat.idl.h5s_select_all(fsid)
        compat.idl.h5s_select_elements(fsid, given["points"], reset=True)
        msid = compat.idl.h5s_create_simple([len(given["points"])])
        compat.idl.h5d_write(did, given["values"], file_space_id=fsid, memory_space_id=msid)
        return (compat.idl.h5d_read(did, file_space=fsid, memory_space=msid),
                compat.idl.h5s_get_select_npoints(fsid),
                compat.idl.h5s_get_select_elem_npoints(fsid),
                compat.idl.h5s_get_select_elem_pointlist(fsid, start=given["start"]),
                compat.idl.h5s_select_valid(fsid))
    finally:
        compat.idl.h5f_close(fid)


_H5_POINTS = [Session({"data": np.arange(12, dtype=np.float32).reshape(3, 4),
                       "dims": np.array([4, 3], np.int32),
                       "maxdims": np.array([4, -1], np.int32),
                       "chunk": np.array([4, 1], np.int32),
                       "grow": np.array([4, 5], np.int32),
                       "points": np.array([[3, 2], [0, 0], [1, 2]], np.int32),
                       "values": np.array([-1.5, -2.5, -3.5]), "start": np.int16(1)},
                      _h5_points)]
EXAMPLES.update({name: _H5_POINTS for name in (
    "idl.h5s_select_elements", "idl.h5s_select_all", "idl.h5s_select_none",
    "idl.h5s_select_valid", "idl.h5s_get_select_npoints", "idl.h5s_get_select_elem_npoints",
    "idl.h5s_get_select_elem_pointlist", "idl.h5d_extend", "idl.h5d_set_extent")})


# issue 15: H5_LIST
def _h5_listed(given):
    out = compat.idl.h5_list(_h5_file(), filter=given["filter"], output=True).output
    return out[1:]


EXAMPLES["idl.h5_list"] = [Session({"filter": "*g*"}, _h5_listed)]


def _hdf4_session(action):
    """Run ``action(sd_id, sds_id, given)`` on a fresh HDF4 file with a DOUBLE [3, 2]
    data set (compat.idl.hdf4; skipped without pyhdf)."""
    def run(given):
        pytest.importorskip("pyhdf")
        sd_id = compat.idl.hdf_sd_start(str(_FILES / "session.hdf"), create=True)
        try:
            sds = compat.idl.hdf_sd_create(sd_id, "v", [3, 2], double=True)
            return action(sd_id, sds, given)
        finally:
            compat.idl.hdf_sd_end(sd_id)
    return run


EXAMPLES.update({
    "idl.hdf_idl2hdftype": [((np.array([1, 4, 5, 7], dtype=np.int16),), {})],
    "idl.hdf_sd_attrset": [Session({"v": np.float32([1.5, 2.5])}, _hdf4_session(
        lambda f, s, g: (compat.idl.hdf_sd_attrset(s, "a", g["v"]),
                         compat.idl.hdf_sd_attrinfo(s, 0).data)[1]))],
    "idl.hdf_sd_setinfo": [Session({"r": np.array([9.0, -1.0]), "u": "m"}, _hdf4_session(
        lambda f, s, g: (compat.idl.hdf_sd_setinfo(s, range=g["r"], unit=g["u"]),
                         tuple(compat.idl.hdf_sd_getinfo(s, range=True, unit=True)))[1]))],
    "idl.hdf_sd_dimset": [Session({"sc": np.float32([1, 2, 3])}, _hdf4_session(
        lambda f, s, g: (compat.idl.hdf_sd_dimset(compat.idl.hdf_sd_dimgetid(s, 0),
                                                  scale=g["sc"]),
                         compat.idl.hdf_sd_dimget(compat.idl.hdf_sd_dimgetid(s, 0),
                                                  scale=True).scale)[1]))],
})


def _handles(action):
    """Run ``action(parent, child, given)`` on two fresh IDL handles, freed after."""
    def run(given):
        parent = compat.idl.handle_create(value=np.int16(1))
        child = compat.idl.handle_create(parent, value=np.int16(2))
        try:
            return action(parent, child, given)
        finally:
            compat.idl.handle_free(parent)
    return run


def _printd(given):
    import contextlib
    import io
    here = os.getcwd()
    compat.idl.pushd(given["d"])
    try:
        with contextlib.redirect_stdout(io.StringIO()) as out:
            compat.idl.printd()
        return out.getvalue()
    finally:
        compat.idl.popd()
        os.chdir(here)


EXTRAC_IN = np.arange(12, dtype=np.float32).reshape(3, 4)
EXAMPLES.update({
    "idl.extrac": [((EXTRAC_IN, np.int16(2), np.int32(-1), np.int16(3), np.int64(3)), {})],
    "idl.handle_info": [Session({"ids": np.array([1, 2], dtype=np.int32)}, _handles(
        lambda p, c, g: (compat.idl.handle_info(c, parent=True) == p,
                         compat.idl.handle_info(g["ids"] * 0).tolist())))],
    "idl.handle_move": [Session({"first": np.int16(1)}, _handles(
        lambda p, c, g: (compat.idl.handle_move(p, c, first_child=g["first"]),
                         compat.idl.handle_info(p, first_child=True) == c)[1]))],
    "idl.printd": [Session({"d": str(_FILES)}, _printd)],
})


# issue 16: moving data through open units (SKIP_LUN, COPY_LUN, TRUNCATE_LUN)
def _copied(given):
    path = _FILES / "copy_to.bin"
    with open(path, "wb"):
        pass
    return _with_unit(bytes(range(12)), lambda lun, g: (
        lambda out: (compat.idl.copy_lun(lun, out, g["n"], transfer_count=True),
                     compat.idl.free_lun(out)))(compat.idl.openu(str(path),
                                                                 get_lun=True)))(given)


EXAMPLES.update({
    "idl.skip_lun": [Session({"n": np.int32(3)}, _with_unit(
        b"ab\ncd\nef\n", lambda lun, g: (compat.idl.skip_lun(lun, g["n"]),
                                          compat.idl.skip_lun(lun, 1, lines=True),
                                          compat.idl.point_lun(-lun))))],
    "idl.copy_lun": [Session({"n": np.int16(5)}, _copied)],
    "idl.truncate_lun": [Session({"p": np.int64(4)}, _with_unit(
        bytes(9), lambda lun, g: (compat.idl.point_lun(lun, g["p"]),
                                  compat.idl.truncate_lun(lun))))],
    "idl.file_expand_path": [((np.array(["a/../b", "/c//d"]),), {}), (("x",), {})],
})
# MATLAB's camel-case import options functions (golden cases are read lower-cased)
EXAMPLES["matlab.detectImportOptions"] = [Session({"n": np.int64(1)}, lambda g: (
    compat.golden.text_read(["a,b", "1,2"], lambda p: compat.matlab.detectImportOptions(
        p, "NumHeaderLines", g["n"]).DataLines)))]
# MATLAB's NaT keeps its capital letters (the golden cases' names are read lower-cased)
EXAMPLES["matlab.NaT"] = [Session({"m": np.int64(2), "n": np.int32(3)}, lambda g: (
    compat.matlab.isnat(compat.matlab.NaT(g["m"], g["n"]))))]

# MATLAB's wrapTo* (Mapping Toolbox): their golden case evaluates the rule with Octave's mod
EXAMPLES.update({
    f"matlab.{_name}": [((np.array([[-7.5, 0.0], [3.25, 725.0]]),), {}),
                        ((np.array([-190, 360, 540], dtype=np.float32),), {})]
    for _name in ("wrapToPi", "wrapTo2Pi", "wrapTo180", "wrapTo360")
})


# MATLAB's dialogs, input and uiwait/uiresume (compat.matlab.dialogs, ui_controls): no
# window, so no golden can call them; text arguments in every layout
def _ui_session(action):
    def run(given):
        compat.matlab.close("all")
        try:
            return action(given)
        finally:
            compat.matlab.close("all")
    return run


EXAMPLES.update({
    "matlab.msgbox": [Session({"m": "saved", "t": "Export", "i": "help"}, _ui_session(
        lambda g: compat.matlab.msgbox(g["m"], g["t"], g["i"]).Name))],
    "matlab.errordlg": [Session({"m": "bad", "t": "Oops"}, _ui_session(
        lambda g: compat.matlab.errordlg(g["m"], g["t"]).Name))],
    "matlab.warndlg": [Session({"m": "careful"}, _ui_session(
        lambda g: compat.matlab.warndlg(g["m"]).Name))],
    "matlab.helpdlg": [Session({"m": "read me"}, _ui_session(
        lambda g: compat.matlab.helpdlg(g["m"]).Name))],
    "matlab.questdlg": [Session({"q": "Go?", "t": "T", "a": "A", "b": "B"}, _ui_session(
        lambda g: compat.matlab.questdlg(g["q"], g["t"], g["a"], g["b"], g["b"])))],
    "matlab.inputdlg": [Session({"p": "Name:", "d": "Ada"}, _ui_session(
        lambda g: compat.matlab.inputdlg(g["p"], "T", 1, g["d"])))],
    "matlab.listdlg": [Session({"v": np.array([2.0, 3.0]), "s": "ListString"}, _ui_session(
        lambda g: compat.matlab.listdlg(g["s"], ["a", "b", "c"], "InitialValue", g["v"])))],
    "matlab.help": [Session({"n": "diary"}, lambda g: compat.matlab.help(g["n"], nargout=1))],
    "matlab.VideoWriter": [Session({"p": "Grayscale AVI", "f": np.full((2, 3), 0.5)},
                                   lambda g: _video(g["p"], g["f"]))],
    "matlab.writeVideo": [Session({"f": np.arange(24, dtype=np.uint8).reshape(2, 4, 3)},
                                  lambda g: _video("Uncompressed AVI", g["f"]))],
    "matlab.menu": [Session({"h": "Pick", "a": "Red", "b": "Blue",
                             "l": np.array(["Red", "Blue"])}, lambda g: _with_stdin(
        "2\n1\n", lambda: (compat.matlab.menu(g["h"], g["a"], g["b"]),
                        compat.matlab.menu(g["h"], g["l"]))))],
    "matlab.input": [Session({"p": "n? ", "s": "s"}, lambda g: _with_stdin(
        "[1 2]\nabc\n", lambda: (compat.matlab.input(g["p"]),
                                   compat.matlab.input(g["p"], g["s"]))))],
    "matlab.uiwait": [Session({"t": np.float64(2.0)}, _ui_session(
        lambda g: compat.matlab.uiwait(compat.matlab.figure("Visible", "off"), g["t"])))],
    "matlab.uiresume": [Session({"n": np.float64(1.0)}, _ui_session(
        lambda g: (compat.matlab.figure("Visible", "off"), compat.matlab.uiresume(g["n"]))[1]))],
})


# MATLAB frames, figure files and window placement (compat.matlab.figure_tools): no
# golden (Octave's gnuplot toolkit has no getframe; the rest changes files or the
# screen), numeric and text arguments in every layout
def _shown(given, action):
    compat.matlab.figure("Visible", "off", "Position", [1, 1, 120, 90])
    compat.matlab.imshow(given["img"])
    return action(given)


EXAMPLES.update({
    "matlab.getframe": [Session({"r": np.array([2.0, 3.0, 10.0, 8.0])}, _ui_session(
        lambda g: _shown({"img": np.eye(3)}, lambda _: compat.matlab.getframe(
            compat.matlab.gcf(), g["r"])["cdata"].shape)))],
    "matlab.movie": [Session({"n": np.float32(2.0), "fps": np.int16(5)}, lambda g:
                             compat.matlab.movie(compat.matlab.im2frame(
                                 np.zeros((2, 2, 3), np.uint8)), g["n"], g["fps"]))],
    "matlab.truesize": [Session({"img": np.ones((3, 4)), "s": np.array([6.0, 8.0])},
                                _ui_session(lambda g: _shown(g, lambda g: (
                                    compat.matlab.truesize(g["s"]),
                                    compat.matlab.gcf().Position.tolist())[1])))],
    "matlab.hgexport": [Session({"name": str(_FILES / "hg"), "fmt": "png"}, _ui_session(
        lambda g: _shown({"img": np.eye(2)}, lambda _: compat.matlab.hgexport(
            compat.matlab.gcf(), g["name"], [], "Format", g["fmt"]))))],
    "matlab.savefig": [Session({"name": str(_FILES / "sf")}, _ui_session(
        lambda g: _shown({"img": np.eye(2)}, lambda _: compat.matlab.savefig(g["name"]))))],
    "matlab.openfig": [Session({"name": str(_FILES / "of.fig"), "v": "invisible"},
                               _ui_session(lambda g: _shown({"img": np.eye(2)}, lambda _: (
                                   compat.matlab.savefig(g["name"]),
                                   compat.matlab.openfig(g["name"], g["v"]).Visible)[1])))],
    "matlab.movegui": [Session({"p": np.array([10.0, -20.0], dtype=np.float32)},
                               _ui_session(lambda g: _shown({"img": np.eye(2)}, lambda _: (
                                   compat.matlab.movegui(compat.matlab.gcf(), g["p"]),
                                   compat.matlab.gcf().Position.tolist())[1])))],
    "matlab.waitfor": [Session({"p": "Name"}, _ui_session(
        lambda g: compat.matlab.waitfor(compat.matlab.figure("Visible", "off"), g["p"])))],
})


# IDL 8 function graphics (compat.idl.function_graphics): no clone has them (GDL's PLOT
# is the direct-graphics procedure); numeric and text arguments in every layout, the
# numbers the objects hold
def _function_graphics(action):
    def run(given):
        from compat._core import function_graphics
        function_graphics.reset()
        try:
            return action(given)
        finally:
            function_graphics.reset()
    return run


EXAMPLES.update({
    "idl.errorplot": [Session(
        {"x": np.array([1.0, 2.0, 3.0]), "y": np.array([2.0, 4.0, 3.0], np.float32),
         "e": np.array([0.5, 1.0, 0.5])},
        _function_graphics(lambda g: compat.idl.errorplot(g["x"], g["y"], g["e"]).yrange))],
    "idl.window_function": [Session({"d": np.array([800, 400], np.int16)}, _function_graphics(
        lambda g: compat.idl.window_function(dimensions=g["d"]).dimensions))],
    "idl.getwindows": [Session({"n": "Spec*"}, _function_graphics(
        lambda g: (compat.idl.window_function(name="Spectra"),
                   len(compat.idl.getwindows(g["n"])))[1]))],
    "idl.image": [Session({"d": np.arange(12.0).reshape(3, 4)}, _function_graphics(
        lambda g: compat.idl.image(g["d"]).scaled()))],
    "idl.colorbar": [Session({"r": np.array([0.0, 10.0])}, _function_graphics(
        lambda g: (compat.idl.image(np.eye(3)),
                   compat.idl.colorbar(range=g["r"]).value_range())[1]))],
    "idl.legend": [Session({"p": np.array([0.8, 0.9])}, _function_graphics(
        lambda g: (compat.idl.plot_function([1, 2], name="a"),
                   compat.idl.legend(position=g["p"]).position)[1]))],
    "idl.scatterplot": [Session(
        {"x": np.array([1, 2, 3], np.int16), "y": np.array([4.0, 1.0, 2.5], np.float32),
         "f": "rS"}, _function_graphics(lambda g: (lambda s: (s.getdata(), s.yrange))(
             compat.idl.scatterplot(g["x"], g["y"], g["f"]))))],
    "idl.barplot": [Session(
        {"v": np.array([3.0, 5.0, 4.0]), "b": np.array([0.5, 1.0, 0.0], np.float32)},
        _function_graphics(lambda g: compat.idl.barplot(
            g["v"], bottom_values=g["b"], nbars=2, index=1).bars()))],
    "idl.text": [Session({"x": np.float32(0.25), "y": np.array([0.5]), "s": "label"},
                         _function_graphics(lambda g: (lambda t: (t.getdata(), t.string))(
                             compat.idl.text(g["x"], g["y"], g["s"]))))],
})


# CONTOUR(), SURFACE(), AXIS() and the iTools IPLOT, ISURFACE (compat.idl.function_contours,
# compat.idl.itools): no clone has them; the values the objects hold
EXAMPLES.update({
    "idl.contour_function": [Session(
        {"z": np.array([[0.0, 1.0, 2.0], [3.0, 4.0, 8.0]], np.float32),
         "x": np.array([1, 2, 4], np.int16), "c": np.array([1.0, 5.0])},
        _function_graphics(lambda g: (lambda c: (c.levels(), c.xrange))(
            compat.idl.contour_function(g["z"], g["x"], c_value=g["c"]))))],
    "idl.surface_function": [Session(
        {"z": np.array([[0.0, 1.0], [3.0, 8.0]]), "r": np.array([-1, 9], np.int32)},
        _function_graphics(lambda g: (lambda s: (s.zrange, s.getdata()[0]))(
            compat.idl.surface_function(g["z"], zrange=g["r"]))))],
    "idl.axis_function": [Session(
        {"t": np.array([0.0, 10.0], np.float32), "c": np.array([32.0, 1.8])},
        _function_graphics(lambda g: (compat.idl.plot_function([0.0, 10.0]),
                                      compat.idl.axis_function(
                                          "Y", tickvalues=g["t"],
                                          coord_transform=g["c"]).tick_labels())[1]))],
    "idl.iplot": [Session(
        {"x": np.array([1, 2, 3], np.int16), "y": np.array([2.0, 4.0, 3.0], np.float32)},
        _function_graphics(lambda g: (lambda p: (p.getdata(), p.yrange))(
            compat.idl.iplot(g["x"], g["y"]))))],
    "idl.isurface": [Session(
        {"z": np.array([[0.0, 1.0], [2.0, 6.0]], np.float32)},
        _function_graphics(lambda g: compat.idl.isurface(g["z"]).zrange))],
    "idl.itgetcurrent": [Session(
        {"y": np.array([1.0, 2.0])},
        _function_graphics(lambda g: (lambda tool_line: compat.idl.itgetcurrent()
                                      == tool_line[0])(
            compat.idl.iplot(g["y"], identifier=True))))],
})


# MATLAB's pointer input and interaction modes (compat.matlab.figure_annotation): no
# mouse and no Octave equivalent of the mode objects, so no golden
EXAMPLES.update({
    "matlab.ginput": [Session({"n": np.int16(2), "pts": np.array([[1.0, 2.0], [3.0, 4.0]],
                                                                  dtype=np.float32)},
                              _ui_session(lambda g: (
                                  compat.matlab.dialogs.queue_answers(g["pts"]),
                                  compat.matlab.ginput(g["n"]))[1]))],
    "matlab.zoom": [Session({"k": np.float32(2.0), "w": "xon"}, _ui_session(lambda g: (
        compat.matlab.plot([0.0, 4.0]), compat.matlab.zoom(g["w"]),
        compat.matlab.zoom(g["k"]), compat.matlab.xlim())[3]))],
    "matlab.pan": [Session({"w": "yon"}, _ui_session(lambda g: (
        compat.matlab.pan(g["w"]), compat.matlab.pan(compat.matlab.gcf()).Motion)[1]))],
    "matlab.rotate3d": [Session({"w": "on"}, _ui_session(lambda g: (
        compat.matlab.rotate3d(g["w"]),
        compat.matlab.rotate3d(compat.matlab.gcf()).Enable)[1]))],
})


def _video(profile, frame):
    """A video written with one frame; the file's bytes (the frame data in them)."""
    import os
    import tempfile
    folder = tempfile.mkdtemp()
    v = compat.matlab.VideoWriter(os.path.join(folder, "v.avi"), profile)
    compat.matlab.open(v)
    compat.matlab.writeVideo(v, frame)
    compat.matlab.close(v)
    with open(os.path.join(folder, "v.avi"), "rb") as handle:
        return np.frombuffer(handle.read(), np.uint8)


def _with_stdin(text: str, action):
    """Run ``action()`` with ``text`` as standard input."""
    import io
    import sys
    saved, sys.stdin = sys.stdin, io.StringIO(text)
    try:
        return action()
    finally:
        sys.stdin = saved


# MATLAB events (compat.matlab.handle_events): a fresh axes per call, its listeners heard
def _events_session(body):
    def run(given):
        fig = compat.matlab.figure("Visible", "off")
        try:
            return body(compat.matlab.axes(fig), given)
        finally:
            compat.matlab.close(fig)
    return run


def _heard(ax, g, make):
    seen = []
    keep = make(ax, seen)
    compat.matlab.set(ax, "XLim", g["lim"])
    del keep
    return seen


EXAMPLES.update({
    "matlab.listener": [Session({"lim": np.array([[0.0, 4.0]]), "ev": "PostSet"},
                                _events_session(lambda ax, g: _heard(ax, g, lambda a, seen: (
                                    compat.matlab.listener(a, "XLim", g["ev"], lambda s, e: (
                                        seen.append(s.XLim.tolist()))))))) ],
    "matlab.handle_listener": [Session(
        {"lim": np.array([[1.0, 2.0]]), "ev": "PropertyPostSet"},
        _events_session(lambda ax, g: _heard(ax, g, lambda a, seen: (
            compat.matlab.handle_listener(a, "XLim", g["ev"], lambda s, e: (
                seen.append(s.XLim.tolist())))))))],
    "matlab.notify": [Session({"ev": "ObjectBeingDestroyed"}, _events_session(
        lambda ax, g: (lambda seen: (compat.matlab.addlistener(
            ax, g["ev"], lambda s, e: seen.append(e.EventName)),
            compat.matlab.notify(ax, g["ev"]), seen)[2])([])))],
    "matlab.findprop": [Session({"p": "xlim"}, _events_session(
        lambda ax, g: compat.matlab.findprop(ax, g["p"]).Name))],
    "matlab.handle": [Session({}, _events_session(
        lambda ax, g: compat.matlab.handle(ax) is ax))],
    "matlab.events": [Session({}, _events_session(
        lambda ax, g: compat.matlab.events(ax)))],
})


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_layouts(name, tmp_path):
    function = compat
    for part in name.split("."):
        function = getattr(function, part)
    for example in EXAMPLES[name]:
        if isinstance(example, Session):
            check_layouts(example.run, example.inputs, tmp_path, [("bytes", _as_bytes)])
            continue
        args, kwargs = example
        inputs = {f"a{i}": a for i, a in enumerate(args)} | kwargs

        def run(given):
            if name in ("matlab.rand", "matlab.randi"):
                compat.matlab.rng(1)
            positional = [given[f"a{i}"] for i in range(len(args))]
            return function(*positional, **{k: given[k] for k in kwargs})

        check_layouts(run, inputs, tmp_path, [("bytes", _as_bytes)])



# MATLAB session functions and timeit (compat.matlab.session, compat.matlab.timing):
# host-dependent values are reduced to what does not change between calls
EXAMPLES.update({
    "matlab.timeit": [Session({"n": np.int64(1)}, lambda g: type(
        compat.matlab.timeit(lambda: sum(range(3000)), g["n"])).__name__)],
    "matlab.memory": [Session({}, lambda g: sorted(compat.matlab.memory()))],
    "matlab.ls": [((str(Path(compat.__file__).parent / "golden"),), {})],
    "matlab.gcp": [Session({"o": "nocreate"}, lambda g: compat.matlab.gcp(g["o"]).shape)],
    "matlab.parpool": [Session({"n": np.float64(2)}, lambda g: (lambda p: (
        p.NumWorkers, p.delete())[0])(compat.matlab.parpool(g["n"])))],
    "matlab.getpref": [Session({"g": "layoutgroup", "p": "k", "d": np.array([1.0, 2.0])},
                               lambda g: (compat.matlab.getpref(g["g"], g["p"], g["d"]),
                                          compat.matlab.rmpref(g["g"]))[0])],
    "matlab.more": [(("off",), {})],
    "matlab.rehash": [(("path",), {})],
    "matlab.savepath": [((), {})],
    "matlab.winopen": [(("no_such_file.xyz",), {})],
})

# MAP_GRID draws on the map MAP_SET establishes; MAP_CONTINENTS refuses (no coastline
# data), so its example is the refusal's text (compat.idl.map_graphics)
def _map_continents_refusal(given):
    try:
        compat.idl.map_continents(color=given["c"])
    except ValueError as exc:
        return str(exc)
    return None


EXAMPLES.update({
    "idl.map_grid": [Session({"d": np.float64(30.0), "lons": np.array([-90.0, 0.0, 90.0])},
                             lambda g: (compat.idl.set_plot("Z"),
                                        compat.idl.map_set(orthographic=True),
                                        compat.idl.map_grid(latdel=g["d"], lons=g["lons"]),
                                        compat.idl.sysvar("!p").clip.tolist())[-1])],
    "idl.map_continents": [Session({"c": np.int32(1)}, _map_continents_refusal)],
})

def test_every_public_routine_is_covered():
    covered = set(EXAMPLES)
    for suite, spec in GOLDEN:
        covered |= _names_called(suite, spec)
    missing = sorted(PUBLIC - covered)
    assert not missing, (f"no golden case or example gives these routines an input to "
                         f"test layouts with: {missing}; add a golden case or an entry "
                         f"to EXAMPLES in {Path(__file__).name}")


# --------------------------------------------------------------------------------------
# the normalisation point itself
# --------------------------------------------------------------------------------------
def test_masked_arrays_are_refused_with_a_way_forward():
    data = np.ma.masked_invalid(np.array([1.0, np.nan, 3.0, 4.0], dtype=np.float32))
    with pytest.raises(TypeError, match=r"^SMOOTH: masked arrays are not accepted .*"
                                        r"a\.filled\(np\.nan\) with /NAN \(nan=True\)"):
        compat.idl.smooth(data, 3)
    with pytest.raises(TypeError, match=r"^movmean: masked arrays .*a\.filled\(np\.nan\) "
                                        r"with 'omitnan'"):
        compat.matlab.movmean(data, 3)
    with pytest.raises(TypeError, match=r"^conv: masked arrays .*a\.filled\(value\) .*"
                                        r"a\.compressed\(\)"):
        compat.matlab.conv(data, [1.0, 1.0])
    with pytest.raises(TypeError, match=r"^REVERSE: masked arrays"):
        compat.idl.reverse(data)
    # inside a list (a cell) or as a keyword too
    with pytest.raises(TypeError, match=r"^SMOOTH: masked arrays"):
        compat.idl.smooth(np.ones(5), 3, missing=np.ma.masked_array([0.0], [True]))
    # and the filled array works as the message says
    got = compat.idl.smooth(data.filled(np.nan), 3, nan=True)
    assert got.dtype == np.float32 and np.isfinite(got).all()


def test_byte_strings_are_text():
    a = np.array([[1.0, -2.0], [3.0, 4.0]])
    k = np.array([[-0.7071, 0.7071]])
    np.testing.assert_array_equal(compat.matlab.conv2(a, k, b"same"),
                                  compat.matlab.conv2(a, k, "same"))
    np.testing.assert_array_equal(compat.matlab.movmean([4, 8, 6, -1], 3, b"Endpoints",
                                                        b"discard"), [6.0, 13 / 3])
    # readsav: a string array is an object array of bytes; an IDL string is bytes
    names = np.array([b"b", b"a\xe9", b"c"], dtype=object)
    order = compat.idl.sort(names)
    np.testing.assert_array_equal(order, [1, 0, 2])
    np.testing.assert_array_equal(compat.idl.reverse(np.array([b"x", b"yz"])),
                                  np.array(["yz", "x"]))


def test_readsav_structures_with_big_endian_fields_are_native():
    record = np.zeros(2, dtype=[("flux", ">f4", (3,)), ("name", "O"), ("img", "O")])
    record["flux"] = [[1, 2, 3], [4, 5, 6]]
    record["name"] = [b"m31", b"m33"]
    record["img"][0] = np.arange(4, dtype=">f8")
    record["img"][1] = np.arange(2, dtype=">i2")
    record = record.view(np.recarray)
    got = normalise(record)
    assert isinstance(got, np.recarray) and got.dtype["flux"].base.isnative
    assert got.name[1] == "m33" and got.img[0].dtype == np.float64
    assert got.img[0].dtype.isnative and got.img[1].dtype == np.int16
    assert record["img"][0].dtype.str == ">f8" and record["name"][0] == b"m31"  # untouched
    big = np.arange(6, dtype=">f4").reshape(2, 3)
    assert normalise({"S": [big]})["S"][0].dtype.isnative


def test_native_inputs_pass_through_without_a_copy():
    a = np.arange(6.0).reshape(2, 3)
    assert normalise(a) is a
    memory = np.arange(6.0)
    memory.flags.writeable = False
    assert normalise(memory) is memory
    assert normalise([a, 1.5]) is not None and normalise([a, 1.5])[0] is a


@pytest.mark.parametrize("x", [[-1e308, 1e308, 0.0], [-1.7e308, 1.7e308, 5.0, np.inf]])
def test_histcounts_of_data_spanning_the_double_range(x):
    """MATLAB's bin picker overflows to an infinite width: one bin up to realmax."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        n, edges = compat.matlab.histcounts(np.array(x), nargout=2)
    finite = np.isfinite(x).sum()
    np.testing.assert_array_equal(n, [finite])
    np.testing.assert_array_equal(edges, [min(x), np.finfo(float).max])


@pytest.mark.parametrize("dtype", [np.int64, np.uint64])
def test_histcounts_of_the_whole_integer_range(dtype):
    info = np.iinfo(dtype)
    n, edges = compat.matlab.histcounts(np.array([info.min, 0, info.max], dtype=dtype),
                                        nargout=2)
    assert n.sum() == 3 and edges[0] <= info.min and edges[-1] >= float(info.max)
