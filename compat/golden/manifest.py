"""Reading a golden suite's manifest: what ``suite.json`` may say, checked as it is read.

The types a manifest is made of (:class:`InputSpec`, one input; :class:`CaseSpec`, one
legacy call; :class:`Provenance`, where an expected value comes from), the errors of the
golden machinery (:class:`ManifestError` for files that cannot be read,
:class:`CallError` and :class:`NamespaceError` for ports the runner cannot call), the
checks that turn a wrong type in the JSON into a one-line :class:`ManifestError` naming
the file, and :func:`import_namespace`. :class:`compat.golden.suite.Suite` reads a
suite's folder with them and makes its golden cases.
"""

from __future__ import annotations

import importlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from compat.golden.printed import parse_printed
from compat.golden.threads import describe_threads
from compat.golden.tolerance import Tolerance

__all__ = ["InputSpec", "CaseSpec", "Provenance", "ManifestError", "CallError",
           "NamespaceError", "import_namespace", "check_type", "check_strings",
           "check_case_name", "describe_value", "read_json", "ENVIRONMENTS", "ORIGINALS"]

#: environments by language; the first of each is the real program
ENVIRONMENTS = {"matlab": ("matlab", "octave"), "idl": ("idl", "gdl")}
ORIGINALS = ("matlab", "idl")


class ManifestError(ValueError):
    """A suite that cannot be read; the one-line message names the file and the problem."""


class CallError(Exception):
    """The golden runner could not call the port: not an error of the routine under test.

    Raised for a namespace that cannot be imported, a missing function, a signature that
    does not take the legacy call's arguments (``nargout=``, an IDL output keyword), a
    result that is not what the call asks for. ``hint`` says how to fix the port.
    """

    def __init__(self, message: str, hint: str = ""):
        super().__init__(message)
        self.hint = hint


class NamespaceError(CallError, ImportError):
    """The suite's namespace module cannot be imported."""


@dataclass(frozen=True)
class Provenance:
    """Where a golden value comes from.

    ``threads`` is the threading the capture ran with (``TPOOL_NTHREADS=1``,
    ``OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1``, ``maxNumCompThreads=1``) as the
    script saved it; empty for printed values.
    """

    environment: str
    version: str
    method: str
    source: str
    date: str
    notes: str = ""
    threads: str = ""

    @property
    def original(self) -> bool:
        """True for values from real IDL or MATLAB, False for the clones."""
        return self.environment in ORIGINALS

    def describe(self) -> str:
        if self.method == "missing":
            return f"{self.environment}: no golden ({self.source})"
        threads = f", {describe_threads(self.threads)}" if self.method == "captured" else ""
        return (f"{self.environment} {self.version} ({self.method}, {self.date}{threads}; "
                f"{self.source})")


# -- validating the manifest -------------------------------------------------------------
_TYPE_NAMES = {str: "a string", bool: "true or false", list: "a list", dict: "an object",
               int: "an integer", float: "a number"}


def describe_value(value) -> str:
    """``an object``, ``a list``, ``a number (5)``, ``a string ("x")``, ``null``."""
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    kind = ("a boolean" if isinstance(value, bool) else "a string" if isinstance(value, str)
            else "a number" if isinstance(value, (int, float)) else type(value).__name__)
    return f"{kind} ({json.dumps(value)[:40]})"


def check_type(value, types, where: str, what: str, optional: bool = False):
    """``value`` if it is one of ``types`` (None allowed when ``optional``)."""
    if value is None and optional:
        return value
    types = types if isinstance(types, tuple) else (types,)
    ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
    if not ok:
        wanted = " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in types)
        raise ManifestError(f"{where}: {what} must be {wanted}, not {describe_value(value)}")
    return value


def check_strings(value, where: str, what: str) -> list:
    check_type(value, list, where, what)
    for item in value:
        check_type(item, str, where, f"every item of {what}")
    return value


@dataclass
class InputSpec:
    """One input of a suite: a literal value or a random array generated once."""

    name: str
    dtype: np.dtype
    shape: tuple | None
    text: list | None = None
    value: object = None
    random: dict | None = None
    file: Path | None = None

    @classmethod
    def from_dict(cls, name: str, spec: dict, where: str, folder=None) -> "InputSpec":
        """``folder``: the suite's folder, where a ``file`` input is found."""
        check_type(spec, dict, where, f"input {name!r}")
        sources = [k for k in ("text", "value", "random", "file") if k in spec]
        if len(sources) != 1:
            raise ManifestError(f"{where}: input {name!r} needs exactly one of text, value, "
                                f"random, file (has {sources or 'none'})")
        unknown = set(spec) - {"text", "value", "random", "file", "dtype", "shape", "notes"}
        if unknown:
            raise ManifestError(f"{where}: input {name!r} has unknown keys {sorted(unknown)}")
        if "file" in spec:  # a whole file's bytes (a FITS file, say) as a uint8 vector
            relative = check_type(spec["file"], str, where, f"input {name!r}: file")
            path = Path(folder or ".") / relative
            if Path(relative).is_absolute() or ".." in Path(relative).parts:
                raise ManifestError(f"{where}: input {name!r}: file {relative!r} must be "
                                    f"inside the suite's folder")
            if not path.is_file():
                raise ManifestError(f"{where}: input {name!r}: file {relative!r} not found")
            if spec.get("dtype", "uint8") != "uint8" or "shape" in spec:
                raise ManifestError(f"{where}: input {name!r}: a file input is its bytes "
                                    f"(dtype uint8, no shape)")
            return cls(name, np.dtype(np.uint8), None, file=path)
        shape = spec.get("shape")
        if shape is not None:
            check_type(shape, list, where, f"input {name!r}: shape")
            if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0
                       for n in shape):
                raise ManifestError(f"{where}: input {name!r}: shape must be a list of "
                                    f"non-negative integers, not {shape}")
            shape = tuple(shape)
        try:
            dtype = np.dtype(check_type(spec.get("dtype", "float64"), str, where,
                                    f"input {name!r}: dtype"))
        except TypeError:
            raise ManifestError(f"{where}: input {name!r}: unknown dtype "
                                f"{spec.get('dtype')!r}") from None
        if "random" in spec:
            check_type(spec["random"], dict, where, f"input {name!r}: random")
            if shape is None or "seed" not in spec["random"]:
                raise ManifestError(f"{where}: random input {name!r} needs a shape and a seed")
        text = spec.get("text")
        if text is not None:
            check_type(text, (str, list), where, f"input {name!r}: text")
            if isinstance(text, list):
                check_strings(text, where, f"input {name!r}: text")
        inputs = cls(name, dtype, shape, [text] if isinstance(text, str) else text,
                     spec.get("value"), spec.get("random"))
        if inputs.literal:
            try:
                inputs.literal_value()
            except (ValueError, TypeError, OverflowError) as err:
                raise ManifestError(f"{where}: input {name!r}: {err}") from None
        return inputs

    @property
    def literal(self) -> bool:
        return self.random is None

    def literal_value(self) -> np.ndarray:
        if self.file is not None:
            return np.fromfile(self.file, dtype=np.uint8)
        if self.text is not None:
            return parse_printed(self.text, self.shape, self.dtype)[0]
        value = np.asarray(self.value, dtype=self.dtype)
        return value.reshape(self.shape) if self.shape is not None else value

    def generate(self) -> np.ndarray:
        spec = dict(self.random)
        rng = np.random.default_rng(int(spec.pop("seed")))
        dist = spec.pop("dist", "uniform")
        nan_fraction = float(spec.pop("nan_fraction", 0.0))
        if dist == "uniform":
            data = rng.uniform(spec.pop("low", 0.0), spec.pop("high", 1.0), self.shape)
        elif dist == "normal":
            data = rng.normal(spec.pop("mean", 0.0), spec.pop("std", 1.0), self.shape)
        elif dist == "integers":
            data = rng.integers(spec.pop("low", 0), spec.pop("high", 10), self.shape,
                                endpoint=True)
        else:
            raise ManifestError(f"input {self.name!r}: unknown dist {dist!r} "
                                f"(uniform, normal, integers)")
        if spec:
            raise ManifestError(f"input {self.name!r}: unknown random keys {sorted(spec)}")
        if nan_fraction:
            data = data.astype(np.float64)
            data[rng.random(self.shape) < nan_fraction] = np.nan
        return data.astype(self.dtype)


@dataclass
class CaseSpec:
    """One legacy call of a suite, with how its result is judged."""

    name: str
    call: str
    outputs: list[str]
    python: str | None = None
    tolerance: Tolerance = field(default_factory=Tolerance)
    xfail: str | None = None
    divergent: dict = field(default_factory=dict)
    capture: tuple = ("matlab", "octave", "idl", "gdl")
    printed: list = field(default_factory=list)
    shape: str = "legacy"
    dtype: str = "exact"
    notes: str = ""
    routine: str | None = None
    expect_error: bool = False


def check_case_name(name, where):
    if not isinstance(name, str) or not name.isidentifier() or name != name.lower() \
            or len(name) > 40 or name.startswith("compat"):
        raise ManifestError(f"{where}: case name {name!r} must be a lower-case identifier of "
                            f"at most 40 characters not starting with 'compat'")
    return name


def read_json(path: Path, what: str):
    if path.is_dir():
        raise ManifestError(f"{path}: is a folder, not {what}")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise ManifestError(f"{path}: is not UTF-8 text ({err.reason})") from None
    except OSError as err:
        raise ManifestError(f"{path}: cannot be read ({err.strerror or err})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ManifestError(f"{path}: not valid JSON: {err}") from None


def import_namespace(name: str, folders=(), where: str = "") -> object:
    """Import a suite's namespace module, also from ``folders`` (appended to sys.path).

    Raises :class:`NamespaceError` with a message that says where it looked.
    """
    def owned(err: ModuleNotFoundError) -> bool:
        missing = err.name or ""
        return bool(missing) and (name == missing or name.startswith(missing + "."))

    def failed(err: Exception) -> NamespaceError:
        return NamespaceError(f"importing the namespace module {name!r}{where} failed: "
                              f"{type(err).__name__}: {err}",
                              f"fix the error in {name!r} (or in what it imports)")

    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as err:
        if not owned(err):
            raise failed(err) from err
    except Exception as err:  # noqa: BLE001 - anything a user's module raises on import
        raise failed(err) from err
    folders = [str(Path(f).resolve()) for f in folders]
    added = [f for f in dict.fromkeys(folders) if f not in sys.path]
    sys.path.extend(added)
    importlib.invalidate_caches()
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as err:
        if not owned(err):
            raise failed(err) from err
        looked = ", ".join(dict.fromkeys(folders)) or "nowhere else"
        raise NamespaceError(
            f"cannot import the namespace module {name!r}{where}: no module {err.name!r} "
            f"on sys.path, in the current folder or beside the cases ({looked})",
            f"put {name.split('.')[0]}.py (or the package) in the current folder or in the "
            f"folder that holds the cases folder, install it, or add its folder to "
            f"PYTHONPATH; or set the suite's \"namespace\"") from None
    except Exception as err:  # noqa: BLE001
        raise failed(err) from err

