"""``python -m compat scan``: what a legacy IDL/MATLAB tree needs before it runs on compat.

Reads every ``.pro`` and ``.m`` file with a lexer for each language, and classifies every
call: **covered** (compat implements it), **user** (defined in the tree), **direct** (a
built-in with a plain numpy/Python equivalent), **missing** (a built-in or toolbox routine
compat lacks), **library** (a known third-party library), **unknown**; uses the language
itself cannot settle (variable or call?) are counted apart as **ambiguous**. It reports
the options compat's routines lack, the pitfalls a line-by-line port meets, which files
are ready now and which routines to port first.

Modules, one job each:

=================  ==========================================================
idl_lexer          IDL text -> statements of tokens
idl_parser         IDL statements -> definitions, calls, ambiguities, events
matlab_lexer       MATLAB text -> statements of tokens (command syntax kept)
matlab_parser      MATLAB statements -> definitions, calls, ambiguities, events
model              the records the parsers produce
catalog            what compat covers (read from compat itself) and the name lists
datafiles          the shipped data files (``compat/scan/data/``)
pitfalls           the pitfall table and its triggers
options            missing IDL keywords / MATLAB options of covered routines
worker             one file: read, parse, pitfalls, options (runs in workers)
classify           the tree: statuses, readiness, blockers, port-first order
scanner            find the files, run the workers, classify
report_text        the terminal summary
report_json        ``--json`` (versioned schema, ``data/schema.json``)
report_html        ``--html`` (static, self-contained)
cli                the command line
=================  ==========================================================

Python use::

    from compat.scan import scan
    tree, problems = scan(["legacy/"])
    tree.files["legacy/foo.pro"]["unknown"]
"""

from compat.scan.scanner import scan

__all__ = ["scan"]
