"""``python -m compat capture`` shows the run under way on a terminal (issue 19)."""

from __future__ import annotations

import io
import json

from compat.golden import capture as capture_module
from compat.golden.capture import CaptureRun, Engine


def test_capture_shows_the_run_under_way_on_a_terminal(tmp_path, monkeypatch):
    folder = tmp_path / "matlab" / "demo"
    folder.mkdir(parents=True)
    (folder / "suite.json").write_text(json.dumps({
        "language": "matlab", "description": "progress", "inputs": {},
        "cases": [{"name": "a", "call": "y = ones(2, 3)", "outputs": ["y"],
                   "tolerance": {"rtol": 0, "why": "exact"}},
                  {"name": "b", "call": "y = zeros(2)", "outputs": ["y"],
                   "tolerance": {"rtol": 0, "why": "exact"}}]}))
    engine = Engine("octave", "matlab", "octave-cli", ())
    stream = io.StringIO()
    seen = []

    def fake_run(suite, eng, timeout):
        seen.append(stream.getvalue())          # what the terminal shows meanwhile
        return CaptureRun(suite, eng, True, None, "")

    monkeypatch.setattr(capture_module, "available_engines", lambda names=None: [engine])
    monkeypatch.setattr(capture_module, "_run", fake_run)
    log = []
    runs = capture_module.capture(tmp_path, report=log.append, progress=stream)
    assert [r.ok for r in runs] == [True]
    assert seen == ["\rcapture: suite 1/1 demo: octave running 2 cases\x1b[K"]
    assert stream.getvalue().endswith("\r\x1b[K")          # cleared before the report
    assert log and "demo: octave wrote" in log[-1]
    quiet = capture_module.capture(tmp_path, report=log.append)     # not a terminal
    assert [r.ok for r in quiet] == [True]
