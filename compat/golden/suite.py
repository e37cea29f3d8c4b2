"""Golden suites: a folder with a ``suite.json`` manifest, inputs, scripts and captures.

One folder holds one suite (see ``reference_outputs/README.md`` for the full format)::

    suite.json                  the manifest: language, inputs, cases, printed values
    <suite>.inputs.mat          MATLAB suites: every input, written once by Python
    inputs/<name>.bin           IDL suites: every input, raw little-endian, written once
    capture_<suite>.m / .pro    the capture script, generated from the manifest
    <suite>.<env>.mat / .sav    a capture by env = octave, matlab, gdl or idl
    captures.json               the record of the captures `python -m compat capture` made

Each case of the manifest becomes one :class:`GoldenCase` per source of expected
values: every printed entry (values transcribed from a print-out of the real program
or a clone) and every capture file. A capture file carries its own provenance (the
engine, its version, the date and the threading are saved into it by the script), so a
capture made by someone else with real MATLAB or IDL, by running the script, is read the
same way.

Nothing vanishes: a case that no source holds is a ``missing`` golden case, and so is a
case that a capture should hold but does not (the case was added after the capture, or
the capture file recorded in ``captures.json`` has been deleted).

Every problem with the files of a suite (invalid JSON, wrong types, unknown keys, a
missing or truncated input or capture file, a folder where a file should be) raises
:class:`ManifestError`, whose message is one line naming the file and the problem.

The types a manifest is made of (:class:`InputSpec`, :class:`CaseSpec`,
:class:`Provenance`), the errors and the checks of the manifest's values live in
:mod:`compat.golden.manifest` (this module hands their names on); this one holds the
:class:`Suite` (its files, inputs, capture record) and its :class:`GoldenCase` values.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from compat.golden.layout import read_capture, read_mat, read_raw, write_mat, write_raw
from compat.golden.legacy_call import parse_outputs, parse_statements
from compat.golden.manifest import (ENVIRONMENTS, ORIGINALS, CallError, CaseSpec, InputSpec,
                                    ManifestError, NamespaceError, Provenance,
                                    check_case_name, check_strings, check_type,
                                    describe_value, import_namespace, read_json)
from compat.golden.names import (Routine, called_routines, namespace_label,
                                 resolve_routine, undefined_routine, legacy_arguments)
from compat.golden.printed import parse_printed
from compat.golden.tolerance import Tolerance

__all__ = ["Suite", "CaseSpec", "InputSpec", "Provenance", "GoldenCase", "ManifestError",
           "CallError", "NamespaceError", "load_suites", "load_cases", "ENVIRONMENTS",
           "ORIGINALS", "RECORD"]


#: the file in a suite's folder that records the captures made by `python -m compat capture`
RECORD = "captures.json"
_CAPTURE_EXT = {"matlab": "mat", "idl": "sav"}
_SUITE_KEYS = {"suite", "language", "namespace", "description", "inputs", "cases",
               "legacy_path"}
_CASE_KEYS = {"name", "call", "python", "outputs", "tolerance", "xfail", "divergent",
              "capture", "printed", "shape", "dtype", "notes", "routine", "expect_error"}
_PRINTED_KEYS = {"environment", "version", "source", "date", "notes", "outputs", "error"}
_PRINTED_OUTPUT_KEYS = {"text", "dtype", "shape", "scale"}


@dataclass
class GoldenCase:
    """One case with the expected values of one source.

    ``missing`` says why a source that should hold the case does not (the case then has
    no expected values); ``problem`` says why a captured value cannot be a golden (a
    legacy error the case does not expect, a routine the legacy side could not find).
    """

    suite: "Suite"
    spec: CaseSpec
    provenance: Provenance
    expected: dict
    quantum: dict = field(default_factory=dict)
    dtype_known: bool = True
    error: str | None = None
    warning: str | None = None
    missing: str | None = None
    problem: str | None = None

    @property
    def id(self) -> str:
        return f"{self.suite.name}/{self.spec.name}[{self.provenance.environment}]"

    @property
    def routine(self) -> Routine:
        """The routine the case tests (see :mod:`compat.golden.names`)."""
        return self.suite.routine_of(self.spec)

    @property
    def function(self) -> str:
        """The report's name of the routine: ``idl.smooth``, ``my_port.myfilt``,
        ``idl.mod (MOD)``."""
        return self.routine.label

    @property
    def divergence(self) -> str | None:
        """The recorded evidence that this source (a clone) is wrong for this case."""
        return self.spec.divergent.get(self.provenance.environment)


def _matlab_shape(shape) -> tuple:
    """The shape MATLAB gives a numpy shape: at least 2-D, a 1-D ``(n,)`` as a row."""
    shape = tuple(shape)
    return (1, 1) if not shape else (1, shape[0]) if len(shape) == 1 else shape


@dataclass
class Suite:
    """A folder of golden cases for one language."""

    path: Path
    name: str
    language: str
    namespace: str
    inputs: dict
    cases: list
    description: str = ""
    root: Path | None = None
    #: folders (inside the suite's folder) of legacy code the capture puts on the
    #: engine's path, as ``--path`` does: a third-party legacy library run as the oracle
    legacy_paths: tuple = ()

    def __post_init__(self):
        self._inputs_cache = None
        self._module = None
        self._module_error = None
        self._routines = {}

    @property
    def manifest(self) -> Path:
        return self.path / "suite.json"

    @classmethod
    def load(cls, manifest, root=None) -> "Suite":
        """Read a ``suite.json``; ``root`` is the cases folder it was found under (its
        parent is searched for the namespace module)."""
        manifest = Path(manifest)
        where = str(manifest)
        data = read_json(manifest, "a suite.json file")
        if not isinstance(data, dict):
            raise ManifestError(f"{where}: holds {describe_value(data)}, not a JSON object "
                                f"with language, inputs and cases")
        try:
            return cls._from_dict(manifest, data, where, root)
        except ManifestError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as err:
            raise ManifestError(f"{where}: {type(err).__name__}: {err}") from None

    @classmethod
    def _from_dict(cls, manifest: Path, data: dict, where: str, root) -> "Suite":
        unknown = set(data) - _SUITE_KEYS
        if unknown:
            raise ManifestError(f"{where}: unknown keys {sorted(unknown)}")
        language = data.get("language")
        if language not in ENVIRONMENTS:
            raise ManifestError(f"{where}: language must be 'idl' or 'matlab', not {language!r}")
        name = check_type(data.get("suite", manifest.parent.name), str, where, "suite")
        if not name.isidentifier():
            raise ManifestError(f"{where}: suite name {name!r} must be an identifier")
        namespace = check_type(data.get("namespace", f"compat.{language}"), str, where,
                           "namespace")
        if not all(part.isidentifier() for part in namespace.split(".")):
            raise ManifestError(f"{where}: namespace {namespace!r} must be a module name "
                                f"such as 'my_port' or 'my_package.port'")
        description = check_type(data.get("description", ""), str, where, "description")
        raw_inputs = check_type(data.get("inputs", {}), dict, where, "inputs")
        inputs = {k: InputSpec.from_dict(k, v, where, manifest.parent)
                  for k, v in raw_inputs.items()}
        legacy_paths = []
        for folder in check_strings(data.get("legacy_path", []), where, "legacy_path") or []:
            path = (manifest.parent / folder).resolve()
            if Path(folder).is_absolute() or manifest.parent.resolve() not in path.parents:
                raise ManifestError(f"{where}: legacy_path {folder!r} must be a folder "
                                    f"inside the suite's folder")
            if not path.is_dir():
                raise ManifestError(f"{where}: legacy_path {folder!r} is not a folder")
            legacy_paths.append(path)
        suite = cls(manifest.parent, name, language, namespace, inputs, [], description,
                    Path(root) if root is not None else manifest.parent,
                    tuple(legacy_paths))
        seen = set()
        for number, raw in enumerate(check_type(data.get("cases", []), list, where, "cases"), 1):
            spec = suite._case(raw, f"{where}: case {number}")
            if spec.name in seen:
                raise ManifestError(f"{where}: case name {spec.name!r} is used twice")
            seen.add(spec.name)
            suite.cases.append(spec)
        return suite

    def _case(self, raw: dict, where: str) -> CaseSpec:
        check_type(raw, dict, where, "a case")
        unknown = set(raw) - _CASE_KEYS
        if unknown:
            raise ManifestError(f"{where}: unknown keys {sorted(unknown)}")
        name = check_case_name(raw.get("name"), where)
        where = f"{where} ({name!r})"
        if "call" not in raw:
            raise ManifestError(f"{where}: needs a 'call' (the legacy call text)")
        call = check_type(raw["call"], str, where, "call")
        python = check_type(raw.get("python"), str, where, "python", optional=True)
        outputs = raw.get("outputs")
        if outputs is not None:
            check_strings(outputs, where, "outputs")
        for key in ("xfail", "routine"):
            check_type(raw.get(key), str, where, key, optional=True)
        check_type(raw.get("notes", ""), str, where, "notes")
        expect_error = check_type(raw.get("expect_error", False), bool, where, "expect_error")
        try:
            if outputs is None and python is None:
                outputs = self._outputs_of(call)
            elif outputs is None:
                outputs = parse_outputs(call) or ["ans"]
            _check_distinct_outputs(outputs, where)
            tolerance = Tolerance.from_dict(check_type(raw.get("tolerance"), dict, where,
                                                   "tolerance", optional=True))
        except ManifestError:
            raise                     # already names the file: one prefix, not two
        except ValueError as err:
            raise ManifestError(f"{where}: {err}") from None
        divergent = check_type(raw.get("divergent", {}), dict, where, "divergent")
        for key, evidence in divergent.items():
            if key not in ENVIRONMENTS[self.language][1:]:
                raise ManifestError(f"{where}: divergences are recorded for clones "
                                    f"({ENVIRONMENTS[self.language][1]}), not {key!r}")
            check_type(evidence, str, where, f"divergent[{key!r}] (the evidence)")
        capture = raw.get("capture", True)
        environments = ENVIRONMENTS[self.language]
        capture = environments if capture is True else () if capture is False else capture
        if not isinstance(capture, (list, tuple)) or not all(isinstance(c, str) for c in
                                                             capture) \
                or set(capture) - set(environments):
            raise ManifestError(f"{where}: capture is true, false or a list of environments "
                                f"from {environments}")
        printed = check_type(raw.get("printed", []), list, where, "printed")
        for entry in printed:
            if not isinstance(entry, dict) or set(entry) - _PRINTED_KEYS or \
                    entry.get("environment") not in ENVIRONMENTS[self.language] or \
                    not ("outputs" in entry or "error" in entry):
                raise ManifestError(f"{where}: a printed entry has keys {sorted(_PRINTED_KEYS)}, "
                                    f"an environment in {ENVIRONMENTS[self.language]} and "
                                    f"outputs or error")
            for key in ("source", "notes", "error"):
                check_type(entry.get(key, ""), str, where, f"printed {key}")
            if "error" in entry and not expect_error and entry["environment"] not in divergent:
                raise ManifestError(f"{where}: a printed entry is an error but the case does "
                                    f"not say \"expect_error\": true (nor record that "
                                    f"{entry['environment']} diverges)")
            for out, spec in check_type(entry.get("outputs", {}), dict, where,
                                    "printed outputs").items():
                check_type(spec, dict, where, f"printed output {out!r}")
                if set(spec) - _PRINTED_OUTPUT_KEYS or "text" not in spec:
                    raise ManifestError(f"{where}: printed output {out!r} has keys "
                                        f"{sorted(_PRINTED_OUTPUT_KEYS)} with text")
                if out not in outputs:
                    raise ManifestError(f"{where}: printed output {out!r} is not an output "
                                        f"of {call!r} ({outputs})")
        if raw.get("shape", "legacy") not in ("legacy", "exact") or \
                raw.get("dtype", "exact") not in ("exact", "kind", "ignore"):
            raise ManifestError(f"{where}: shape is legacy|exact, dtype is exact|kind|ignore")
        return CaseSpec(name, call, list(outputs), python, tolerance,
                        raw.get("xfail"), dict(divergent),
                        tuple(capture), printed, raw.get("shape", "legacy"),
                        raw.get("dtype", "exact"), raw.get("notes", ""), raw.get("routine"),
                        expect_error)

    def _outputs_of(self, call: str) -> list[str]:
        """Outputs of a parsed call text: the left-hand sides and (IDL) the output
        arguments and keywords of every statement, in order."""
        outputs, known = [], set(self.inputs)
        for statement in parse_statements(call, self.language):
            new = statement.outputs + sorted(n for n in statement.names() if n not in known)
            for name in new:
                if name not in outputs:
                    outputs.append(name)
            known.update(new)
        return outputs

    # -- names and files ---------------------------------------------------------------
    def routine_of(self, spec: CaseSpec) -> Routine:
        """The routine a case tests (see :mod:`compat.golden.names`)."""
        if spec.name not in self._routines:
            try:
                module = self.module()
            except CallError:
                module = None
            self._routines[spec.name] = resolve_routine(
                spec.call, self.language, self.namespace, module, spec.python, spec.routine)
        return self._routines[spec.name]

    def routines_called(self, spec: CaseSpec) -> list[str]:
        """Qualified names (``matlab.rng``, ``idl.sort``) of every namespace routine the
        case runs, the tested one first (see :func:`compat.golden.names.called_routines`)."""
        try:
            module = self.module()
        except CallError:
            module = None
        label = namespace_label(self.namespace)
        names = [self.routine_of(spec).qualified] + [
            f"{label}.{name}" for name in called_routines(spec.call, self.language,
                                                           self.namespace, module, spec.python)]
        return list(dict.fromkeys(n for n in names if n))

    def function_of(self, spec: CaseSpec) -> str:
        """The legacy name of the routine a case tests (``smooth``, ``mod``, ``.*``)."""
        return self.routine_of(spec).legacy

    def module(self):
        """The namespace module, imported also from the current folder, the cases folder
        and its parent (raises :class:`NamespaceError` when it cannot be imported)."""
        if self._module is not None:
            return self._module
        if self._module_error is not None:
            raise self._module_error
        root = self.root or self.path
        folders = [Path.cwd(), root, root.parent, self.path]
        try:
            self._module = import_namespace(self.namespace, folders,
                                            f" (suite {self.manifest})")
        except NamespaceError as err:
            self._module_error = err
            raise
        return self._module

    @property
    def script_path(self) -> Path:
        return self.path / f"capture_{self.name}.{'m' if self.language == 'matlab' else 'pro'}"

    @property
    def inputs_path(self) -> Path:
        return self.path / (f"{self.name}.inputs.mat" if self.language == "matlab" else "inputs")

    @property
    def record_path(self) -> Path:
        return self.path / RECORD

    def capture_path(self, environment: str) -> Path:
        return self.path / f"{self.name}.{environment}.{_CAPTURE_EXT[self.language]}"

    # -- inputs ------------------------------------------------------------------------
    def _shape_for_legacy(self, value: np.ndarray) -> np.ndarray:
        return value.reshape(_matlab_shape(value.shape)) if self.language == "matlab" else value

    def _missing_inputs(self, path: Path) -> ManifestError:
        return ManifestError(f"{path}: input file is missing: run `python -m compat capture "
                             f"--scripts-only --cases {self.path}` to generate the inputs")

    def stored_inputs(self) -> dict:
        """The inputs exactly as the legacy side reads them (random ones from the file).

        Each call returns fresh copies (a port that writes into its input cannot change
        the next case's). A missing or unreadable input file raises :class:`ManifestError`.
        """
        if self._inputs_cache is None:
            self._inputs_cache = self._read_inputs()
        return {k: v.copy() if isinstance(v, np.ndarray) else v
                for k, v in self._inputs_cache.items()}

    def _read_inputs(self) -> dict:
        values = {}
        stored = None
        for name, spec in self.inputs.items():
            if spec.literal:
                values[name] = self._shape_for_legacy(spec.literal_value())
                continue
            path = self.inputs_path if self.language == "matlab" else \
                self.inputs_path / f"{name}.bin"
            if self.language == "matlab" and stored is None:
                stored = self._read_file(path, read_mat)
            if self.language == "matlab":
                if name not in stored:
                    raise ManifestError(f"{path}: holds no input {name!r}: run `python -m "
                                        f"compat capture --scripts-only` to write it")
                values[name] = stored[name]
            else:
                values[name] = self._read_file(
                    path, lambda p, spec=spec: read_raw(p, spec.dtype, spec.shape))
        return values

    def _read_file(self, path: Path, reader):
        if path.is_dir():
            raise ManifestError(f"{path}: is a folder, not a file")
        if not path.exists():
            raise self._missing_inputs(path)
        try:
            return reader(path)
        except Exception as err:  # noqa: BLE001 - scipy raises many kinds on bad files
            raise ManifestError(f"{path}: cannot be read ({type(err).__name__}: "
                                f"{str(err) or 'empty or truncated file'})") from None

    def write_inputs(self) -> list[str]:
        """Write the inputs file(s), keeping random inputs already written; return what changed."""
        self._inputs_cache = None
        changed = []
        if self.language == "matlab":
            stored = self._read_file(self.inputs_path, read_mat) \
                if self.inputs_path.exists() else {}
            values = {}
            for name, spec in self.inputs.items():
                old = stored.get(name)
                if spec.literal:
                    values[name] = self._shape_for_legacy(spec.literal_value())
                elif old is not None and old.shape == _matlab_shape(spec.shape) \
                        and old.dtype == spec.dtype:
                    values[name] = old
                else:
                    values[name] = self._shape_for_legacy(spec.generate())
                if old is None or not np.array_equal(old, values[name], equal_nan=True) \
                        or old.dtype != values[name].dtype:
                    changed.append(name)
            if changed or set(stored) != set(values):
                write_mat(self.inputs_path, values)
            return changed
        if self.inputs_path.exists() and not self.inputs_path.is_dir():
            raise ManifestError(f"{self.inputs_path}: is a file, not the inputs folder")
        self.inputs_path.mkdir(exist_ok=True)
        for name, spec in self.inputs.items():
            path = self.inputs_path / f"{name}.bin"
            value = spec.literal_value() if spec.literal else None
            if path.is_file():
                try:
                    old = read_raw(path, spec.dtype, value.shape if value is not None else spec.shape)
                except ValueError:
                    old = None
                if old is not None and (value is None or np.array_equal(old, value, equal_nan=True)):
                    continue
            write_raw(path, value if value is not None else spec.generate())
            changed.append(name)
        return changed

    # -- the capture record --------------------------------------------------------------
    def capture_record(self) -> dict:
        """``{environment: {"file", "version", "date", "threads"}}`` from captures.json."""
        path = self.record_path
        if not path.exists():
            return {}
        data = read_json(path, "a captures record")
        captures = data.get("captures") if isinstance(data, dict) else None
        if not isinstance(captures, dict) or not all(
                isinstance(v, dict) and isinstance(v.get("file"), str)
                for v in captures.values()):
            raise ManifestError(f"{path}: must be an object whose \"captures\" maps each "
                                f"environment to an object with its \"file\"")
        unknown = set(captures) - set(ENVIRONMENTS[self.language])
        if unknown:
            raise ManifestError(f"{path}: unknown environments {sorted(unknown)}")
        return captures

    def record_capture(self, environment: str, data: dict) -> None:
        """Note a capture made by ``python -m compat capture`` in captures.json."""
        record = self.capture_record() if self.record_path.is_file() else {}
        record[environment] = {
            "file": self.capture_path(environment).name,
            "version": str(data.get("compat_version", "unknown")),
            "date": str(data.get("compat_date", "unknown")),
            "threads": " ".join(str(data.get("compat_threads", "")).split()),
        }
        text = json.dumps({
            "about": "Written by `python -m compat capture`: the capture files of this suite. "
                     "The report lists the cases of a recorded capture that has gone missing "
                     "instead of skipping them.",
            "captures": {env: record[env] for env in ENVIRONMENTS[self.language]
                         if env in record}}, indent=1) + "\n"
        if not self.record_path.is_file() or self.record_path.read_text() != text:
            self.record_path.write_text(text)

    # -- golden cases ------------------------------------------------------------------
    def golden_cases(self) -> list[GoldenCase]:
        """Every (case, source) pair, plus a ``missing`` case for every case that a
        source should hold and does not, and for every case without any source."""
        cases = []
        for spec in self.cases:
            for entry in spec.printed:
                cases.append(self._printed_case(spec, entry))
        record = self.capture_record()
        for environment in ENVIRONMENTS[self.language]:
            path = self.capture_path(environment)
            if path.is_dir():
                raise ManifestError(f"{path}: is a folder, not a capture file")
            if path.exists():
                cases.extend(self._captured_cases(path, environment))
            elif environment in record:
                entry = record[environment]
                reason = (f"{self.record_path.name} records {entry['file']} ({environment} "
                          f"{entry.get('version', '?')}, {entry.get('date', '?')}) but the "
                          f"file is gone: restore it or re-run `python -m compat capture`")
                cases += [self._missing_case(spec, environment, entry["file"], reason)
                          for spec in self.cases if environment in spec.capture]
        covered = {case.spec.name for case in cases}
        for spec in self.cases:
            if spec.name not in covered:
                sources = (f"capture: {', '.join(spec.capture)}" if spec.capture
                           else "capture: false")
                cases.append(self._missing_case(
                    spec, "none", "no printed values, no capture",
                    f"no golden holds this case (no printed values; {sources}; no capture "
                    f"file has it): run `python -m compat capture`, add printed values, or "
                    f"mark the case xfail"))
        return cases

    def _missing_case(self, spec, environment, source, reason) -> GoldenCase:
        provenance = Provenance(environment, "-", "missing", source, "-")
        return GoldenCase(self, spec, provenance, {}, missing=reason)

    def _printed_case(self, spec: CaseSpec, entry: dict) -> GoldenCase:
        provenance = Provenance(entry["environment"], str(entry.get("version", "unknown")),
                                "printed", entry.get("source", "unknown"),
                                str(entry.get("date", "unknown")), entry.get("notes", ""))
        expected, quantum, dtype_known = {}, {}, True
        for name, out in entry.get("outputs", {}).items():
            dtype_known &= "dtype" in out
            try:
                values, q = parse_printed(out["text"], out.get("shape"), out.get("dtype"),
                                          float(out.get("scale", 1.0)), self.language)
            except (ValueError, TypeError) as err:
                raise ManifestError(f"{self.manifest}: case {spec.name!r}: printed output "
                                    f"{name!r}: {err}") from None
            expected[name], quantum[name] = values, q
        return GoldenCase(self, spec, provenance, expected, quantum, dtype_known,
                          entry.get("error"))

    def _captured_cases(self, path: Path, environment_of_file: str) -> list[GoldenCase]:
        try:
            data = read_capture(path)
        except Exception as err:  # noqa: BLE001 - scipy raises many kinds on bad files
            raise ManifestError(f"{path}: cannot be read as a capture ({type(err).__name__}: "
                                f"{str(err) or 'empty or truncated file'})") from None
        environment = str(data.get("compat_engine", environment_of_file))
        provenance = Provenance(environment, str(data.get("compat_version", "unknown")),
                                "captured", str(self.script_path.name),
                                str(data.get("compat_date", "unknown")),
                                threads=" ".join(str(data.get("compat_threads", "")).split()))
        keys = {k.lower(): k for k in data}
        cases = []
        for spec in self.cases:
            if environment not in spec.capture:
                continue
            prefix = f"{spec.name}__"
            error = str(data.get(keys.get(f"{prefix}error", ""), "") or "").strip() or None
            warning = data.get(keys.get(f"{prefix}warning", ""), "") or None
            expected = {out: data[keys[f"{prefix}{out}".lower()]] for out in spec.outputs
                        if f"{prefix}{out}".lower() in keys}
            if not expected and error is None:
                cases.append(self._missing_case(
                    spec, environment, path.name,
                    f"{path.name} (captured {provenance.date}) does not hold this case: "
                    f"re-run `python -m compat capture`"))
                continue
            problem = None
            if error is not None:
                missing = undefined_routine(error)
                if missing and spec.expect_error and missing.lower() in legacy_arguments(
                        self.language, self.legacy_paths):
                    missing = None      # an argument the legacy code reads (names.py)
                if missing:
                    problem = (f"the {environment} capture is the legacy side failing to find "
                               f"{missing!r} ({error!r}), not a golden: re-capture with "
                               f"--path DIR pointing at your legacy code")
                elif not spec.expect_error and environment not in spec.divergent:
                    problem = (f"the {environment} capture holds a legacy error ({error!r}) "
                               f"but the case does not say \"expect_error\": true: fix the "
                               f"call and re-capture, or set expect_error if the error is "
                               f"the behaviour under test")
            cases.append(GoldenCase(self, spec, provenance, {} if error else expected,
                                    error=error, warning=warning, problem=problem))
        return cases


def _check_distinct_outputs(outputs, where):
    """Refuse two outputs whose names differ only in case: the capture files hold names
    lower-cased (MATLAB's save and IDL's SAVE alike), so one would overwrite the other."""
    seen = {}
    for out in outputs:
        other = seen.setdefault(out.lower(), out)
        if other != out:
            raise ManifestError(f"{where}: outputs {other!r} and {out!r} differ only in case; "
                                f"the capture stores names lower-cased, so one would "
                                f"overwrite the other: rename one")


def load_suites(root) -> list[Suite]:
    """Every suite under ``root`` (a folder searched recursively, or one suite.json)."""
    root = Path(root)
    if root.is_file():
        return [Suite.load(root, root.parent)]
    if not root.is_dir():
        raise FileNotFoundError(f"no golden cases at {root}: it is neither a folder nor a "
                                f"suite.json")
    return [Suite.load(p, root) for p in sorted(root.rglob("suite.json"))]


def load_cases(root) -> list[GoldenCase]:
    """Every golden case under ``root``."""
    return [case for suite in load_suites(root) for case in suite.golden_cases()]
