"""Golden files: capture legacy outputs, compare a port against them, report, test.

The porting workflow this package supports, for compat's own routines and for a
team's own legacy code:

1. Describe cases in a ``suite.json`` (inputs, the legacy call, tolerance); see
   ``reference_outputs/README.md``.
2. ``python -m compat capture`` writes the inputs once (Python generates them, so both
   sides see identical bits), writes a ``.m``/``.pro`` capture script and runs it with
   Octave/GDL (and MATLAB/IDL when on PATH); each capture file records its engine,
   version and date. Values printed by the real programs are stored as text.
3. Regression-test the port: ``python -m compat report --cases DIR``, or in pytest
   ``test_golden = compat.golden.golden_test(DIR)``, or one value at a time with
   :func:`assert_matches`.
"""

from compat.golden.compare import Comparison, assert_matches, compare, compare_tree
from compat.golden.layout import read_capture, read_mat, read_sav
from compat.golden.printed import parse_printed
from compat.golden.pytest_support import check_case, golden_params, golden_test
from compat.golden.runner import CaseResult, call_legacy, run_case
from compat.golden.names import Routine
from compat.golden.manifest import CallError, ManifestError, NamespaceError, Provenance
from compat.golden.suite import GoldenCase, Suite, load_cases, load_suites
from compat.golden.text_files import (bytes_read, bytes_written, in_scratch_folder,
                                      printed_lines, printed_text, text_read, text_written,
                                      typed_in)
from compat.golden.tolerance import Tolerance
from compat.golden.pictures import (png_chunk_written, picture_written,
                                    tiff_fields_written, tiff_written)

__all__ = [
    "assert_matches", "compare", "compare_tree", "Comparison", "Tolerance",
    "read_mat", "read_sav", "read_capture", "parse_printed",
    "Suite", "GoldenCase", "Provenance", "ManifestError", "CallError", "NamespaceError",
    "Routine", "load_suites", "load_cases",
    "run_case", "call_legacy", "CaseResult", "golden_test", "golden_params", "check_case",
    "text_written", "text_read", "bytes_written", "bytes_read", "in_scratch_folder",
    "printed_text", "printed_lines", "typed_in", "picture_written", "tiff_written",
    "tiff_fields_written", "png_chunk_written",
]
