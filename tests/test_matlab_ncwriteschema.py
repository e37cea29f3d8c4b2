"""MATLAB ncwriteschema: what MATLAB's reference page says beyond the goldens (adding
dimension and variable schemas to an existing file, the default format, definitions
the file already has), the storage settings, errors, untouched schemas, and random
schemas written by compat and by live Octave compared through ncinfo."""

from __future__ import annotations

import copy
import warnings

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import MatlabWarning
from oracles import OCTAVE, run_octave

netCDF4 = pytest.importorskip("netCDF4")


def _dims(info):
    return [(d.Name, d.Length, d.Unlimited) for d in info.Dimensions]


def test_default_format_and_reference_page_example(tmp_path):
    path = str(tmp_path / "d.nc")
    matlab.ncwriteschema(path, {"Name": "/", "Dimensions": [{"Name": "x", "Length": 2}]})
    assert matlab.ncinfo(path).Format == "netcdf4_classic"   # the page's default
    path = str(tmp_path / "emptyFile.nc")
    matlab.ncwriteschema(path, {"Name": "/", "Format": "classic",
                                "Dimensions": [{"Name": "time", "Length": np.inf},
                                               {"Name": "rows", "Length": 10}]})
    info = matlab.ncinfo(path)
    assert info.Format == "classic"
    assert _dims(info) == [("time", 0.0, True), ("rows", 10.0, False)]
    with netCDF4.Dataset(path) as ds:                       # no data written
        assert ds.dimensions["time"].isunlimited() and len(ds.variables) == 0


def test_adding_dimension_and_variable_schemas_keeps_the_format(tmp_path):
    path = str(tmp_path / "a.nc")
    matlab.ncwriteschema(path, {"Name": "/", "Format": "classic",
                                "Dimensions": {"Name": "x", "Length": 4}})
    matlab.ncwriteschema(path, {"Name": "y", "Length": 2, "Format": "netcdf4"})
    matlab.ncwriteschema(path, [{"Name": "w", "Datatype": "int16",
                                 "Dimensions": [{"Name": "x", "Length": 4},
                                                {"Name": "y", "Length": 2}]},
                                {"Name": "z", "Datatype": "double",
                                 "Dimensions": [{"Name": "new", "Length": 3}]}])
    info = matlab.ncinfo(path)
    assert info.Format == "classic"                  # an existing file keeps its format
    assert [d.Name for d in info.Dimensions] == ["x", "y", "new"]
    assert [(v.Name, v.Datatype, v.Size) for v in info.Variables] == [
        ("w", "int16", [4.0, 2.0]), ("z", "double", [3.0])]
    with netCDF4.Dataset(path) as ds:                # MATLAB's order reversed in the file
        assert ds.variables["w"].dimensions == ("y", "x")


def test_existing_definitions_warn_and_are_kept(tmp_path):
    path = str(tmp_path / "e.nc")
    schema = {"Name": "/", "Format": "netcdf4_classic",
              "Dimensions": [{"Name": "x", "Length": 3}],
              "Attributes": [{"Name": "title", "Value": "first"}],
              "Variables": [{"Name": "v", "Datatype": "single",
                             "Dimensions": [{"Name": "x", "Length": 3}]}]}
    matlab.ncwriteschema(path, schema)
    second = copy.deepcopy(schema)
    second["Attributes"][0]["Value"] = "second"
    second["Variables"][0]["Datatype"] = "int8"
    second["Variables"].append({"Name": "u", "Datatype": "int8",
                                "Dimensions": [{"Name": "x", "Length": 3}]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        matlab.ncwriteschema(path, second)
    texts = [str(w.message) for w in caught if issubclass(w.category, MatlabWarning)]
    assert len(texts) == 3 and any("'x'" in t for t in texts) and \
        any("'title'" in t for t in texts) and any("'v'" in t for t in texts)
    info = matlab.ncinfo(path)
    assert matlab.ncreadatt(path, "/", "title") == "first"
    assert [(v.Name, v.Datatype) for v in info.Variables] == [("v", "single"),
                                                               ("u", "int8")]


def test_storage_settings_fill_values_and_classic_files(tmp_path):
    path = str(tmp_path / "s.nc")
    var = {"Name": "T", "Datatype": "double", "ChunkSize": [5, 2], "DeflateLevel": 4,
           "Shuffle": True, "FillValue": -999.0,
           "Dimensions": [{"Name": "x", "Length": 10}, {"Name": "t", "Length": np.inf}],
           "Attributes": [{"Name": "units", "Value": "K"}]}
    matlab.ncwriteschema(path, {"Name": "/", "Format": "netcdf4", "Variables": [var]})
    v = matlab.ncinfo(path).Variables[0]
    assert v.ChunkSize == [5.0, 2.0] and v.DeflateLevel == 4 and v.Shuffle
    assert v.FillValue == -999.0
    # ncinfo's schema of that file written into a classic file: settings ignored
    info = matlab.ncinfo(path)
    info.Format = "classic"
    out = str(tmp_path / "c.nc")
    matlab.ncwriteschema(out, info)
    c = matlab.ncinfo(out)
    assert c.Format == "classic" and c.Variables[0].FillValue == -999.0
    assert matlab.ncreadatt(out, "T", "units") == "K"
    # a disabled fill value
    matlab.ncwriteschema(str(tmp_path / "n.nc"), {"Name": "/", "Format": "netcdf4",
                         "Variables": [{"Name": "n", "Datatype": "int32",
                                        "FillValue": "disable", "Dimensions": []}]})
    with netCDF4.Dataset(str(tmp_path / "n.nc")) as ds:
        assert ds.variables["n"].get_fill_value() is None or \
            "_FillValue" not in ds.variables["n"].ncattrs()


def test_errors_and_schema_untouched(tmp_path):
    schema = {"Name": "/", "Format": "classic",
              "Groups": [{"Name": "g", "Dimensions": [{"Name": "x", "Length": 1}]}]}
    before = copy.deepcopy(schema)
    with pytest.raises(ValueError, match="netCDF-4"):
        matlab.ncwriteschema(str(tmp_path / "g.nc"), schema)
    assert schema == before
    with pytest.raises(ValueError, match="Datatype"):
        matlab.ncwriteschema(str(tmp_path / "t.nc"), {"Name": "v", "Datatype": "complex",
                                                      "Dimensions": []})
    with pytest.raises(ValueError, match="Format"):
        matlab.ncwriteschema(str(tmp_path / "f.nc"), {"Name": "/", "Format": "hdf9"})
    with pytest.raises(ValueError, match="structure"):
        matlab.ncwriteschema(str(tmp_path / "f.nc"), [])


# ------------------------------------------------------------------ live Octave
needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")
_TYPES = ["double", "single", "int8", "uint8", "int16", "uint16", "int32", "uint32",
          "int64", "uint64", "char"]


def _octave_struct(items, fields):
    """A MATLAB struct array expression of ``items`` (dicts) with ``fields``."""
    if not items:
        return "struct(" + ", ".join(f"'{f}', {{}}" for f in fields) + ")"
    parts = []
    for f in fields:
        values = []
        for it in items:
            v = it[f]
            if isinstance(v, str):
                values.append(f"'{v}'")
            elif isinstance(v, bool):
                values.append("true" if v else "false")
            elif isinstance(v, list):
                values.append(_octave_struct(v, ["Name", "Length", "Unlimited"]) if f ==
                              "Dimensions" else _octave_struct(v, ["Name", "Value"]))
            else:
                values.append(repr(float(v)) if np.isfinite(v) else "Inf")
        parts.append(f"'{f}', {{{', '.join(values)}}}")
    return "struct(" + ", ".join(parts) + ")"


@needs_octave
def test_random_schemas_against_octave(tmp_path):
    """Random dimensions (one unlimited), variables of every class with 0-3 dimensions
    and text/double attributes, global attributes: written by compat and by Octave's
    ncwriteschema, both files read back with compat's ncinfo and compared."""
    rng = np.random.default_rng(606)
    cases, paths = [], []
    for k in range(5):
        fmt = ["classic", "64bit", "netcdf4_classic", "netcdf4", "netcdf4"][k]
        dims = [{"Name": f"d{j}", "Length": int(rng.integers(1, 6)), "Unlimited": False}
                for j in range(int(rng.integers(1, 4)))]
        dims[0]["Length"], dims[0]["Unlimited"] = 0, True
        variables = []
        for j in range(int(rng.integers(1, 4))):
            picked = rng.permutation(len(dims))[:int(rng.integers(0, len(dims) + 1))]
            # the unlimited dimension last in MATLAB's order (first in the file)
            chosen = [dims[int(i)] for i in sorted(picked, reverse=True)]
            dtype = _TYPES[int(rng.integers(0, 11))]
            if fmt != "netcdf4" and dtype in ("uint16", "uint32", "int64", "uint64",
                                              "uint8"):
                dtype = "int16"              # the classic model has no such types
            atts = [{"Name": f"a{i}", "Value": (f"text {i}" if i % 2 else float(rng.normal()))}
                    for i in range(int(rng.integers(0, 3)))]
            variables.append({"Name": f"v{j}", "Dimensions": chosen, "Datatype": dtype,
                              "Attributes": atts})
        glob = [{"Name": "title", "Value": f"schema {k}"}]
        schema = {"Name": "/", "Format": fmt, "Dimensions": dims, "Variables": variables,
                  "Attributes": glob}
        mine, theirs = str(tmp_path / f"c{k}.nc"), str(tmp_path / f"o{k}.nc")
        matlab.ncwriteschema(mine, schema)
        var_expr = _octave_struct(variables, ["Name", "Dimensions", "Datatype", "Attributes"])
        cases.append((f"pkg load netcdf; s.Name = '/'; s.Format = '{fmt}'; "
                      f"s.Dimensions = {_octave_struct(dims, ['Name', 'Length', 'Unlimited'])}; "
                      f"s.Variables = {var_expr}; "
                      f"s.Attributes = {_octave_struct(glob, ['Name', 'Value'])}; "
                      f"ncwriteschema('{theirs}', s); ok = 1;", {}, ["ok"]))
        paths.append((mine, theirs))
    results = run_octave(cases)
    for (mine, theirs), got in zip(paths, results):
        assert not isinstance(got, Exception), got
        a, b = matlab.ncinfo(mine), matlab.ncinfo(theirs)
        assert a.Format == b.Format
        assert _dims(a) == _dims(b)
        assert [(v.Name, v.Datatype, v.Size, [d.Name for d in v.Dimensions])
                for v in a.Variables] == \
            [(v.Name, v.Datatype, v.Size, [d.Name for d in v.Dimensions]) for v in b.Variables]
        for va, vb in zip(a.Variables, b.Variables):
            assert sorted((x.Name, repr(x.Value)) for x in va.Attributes) == \
                sorted((x.Name, repr(x.Value)) for x in vb.Attributes)
        assert matlab.ncreadatt(mine, "/", "title") == matlab.ncreadatt(theirs, "/", "title")
