"""Old name of the GDL runner: everything lives in tests/oracles.py (import from there)."""

from oracles import GDL, GDL_PIN, IDL_TYPE, run_gdl  # noqa: F401
