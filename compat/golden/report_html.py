"""The fidelity report as pictures: ``python -m compat report --html DIR``.

One static, self-contained page per suite (``DIR/<language>_<suite>.html``, images
embedded) and an index: for each case its status, provenance, worst error over the allowed
error and message, and for each numeric output a picture -- a 1-D output drawn over its
golden with the difference below it, a 2-D output as the golden, the port's result and
their difference map with the worst element marked. Drawn with matplotlib, an optional
extra (``compat[plot]``), imported only here; the text report stays the default.
"""

from __future__ import annotations

import base64
import html
import io
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from compat.golden.report import run_all

__all__ = ["write_html_report"]

_STYLE = """body{font-family:sans-serif;margin:2em;max-width:1100px}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left}
.pass{color:#161}.fail,.xpass,.stale,.missing{color:#b00}.divergent,.pending{color:#a60}
pre{white-space:pre-wrap;background:#f6f6f6;padding:6px}img{max-width:100%}"""


def _pyplot():
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:  # pragma: no cover - depends on the installation
        raise RuntimeError("report --html needs matplotlib: pip install 'compat[plot]'") \
            from None
    return plt


def _numeric(value):
    try:
        array = np.asarray(value)
    except Exception:  # noqa: BLE001 - anything that is not an array is not drawn
        return None
    if array.dtype.kind not in "biufc" or array.size == 0:
        return None
    return array


def _png(figure, plt) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=80, bbox_inches="tight")
    plt.close(figure)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _picture(name: str, got, golden, plt) -> str | None:
    """An <img> of one output against its golden, or None when it cannot be drawn."""
    got, golden = _numeric(got), _numeric(golden)
    if got is None or golden is None:
        return None
    if got.size == golden.size and got.shape != golden.shape:
        got = got.reshape(golden.shape)
    if got.shape != golden.shape:
        return None
    if np.iscomplexobj(got) or np.iscomplexobj(golden):
        got, golden = np.abs(got), np.abs(golden)
    got, golden = got.astype(np.float64), golden.astype(np.float64)
    with np.errstate(invalid="ignore"):
        difference = got - golden
    squeezed = golden.squeeze()
    if squeezed.ndim <= 1:
        figure, (top, bottom) = plt.subplots(2, 1, figsize=(6, 3.4), sharex=True)
        top.plot(squeezed.reshape(-1), "k-", lw=2, label="golden")
        top.plot(got.reshape(-1), "r--", lw=1, label="compat")
        top.legend(fontsize=7)
        top.set_title(name, fontsize=9)
        bottom.plot(difference.reshape(-1), "b.", ms=3)
        bottom.set_ylabel("compat - golden", fontsize=7)
        return _png(figure, plt)
    if squeezed.ndim == 2:
        d2 = difference.reshape(squeezed.shape)
        figure, axes = plt.subplots(1, 3, figsize=(9, 3))
        for ax, image, title in zip(axes, (squeezed, got.reshape(squeezed.shape), d2),
                                    ("golden", "compat", "compat - golden")):
            shown = ax.imshow(image, origin="upper", interpolation="nearest", cmap="viridis")
            figure.colorbar(shown, ax=ax, fraction=0.046)
            ax.set_title(f"{name}: {title}", fontsize=8)
        magnitude = np.where(np.isnan(d2), -np.inf, np.abs(d2))
        if np.isfinite(magnitude).any() and magnitude.max() > 0:
            row, column = np.unravel_index(int(np.argmax(magnitude)), d2.shape)
            axes[2].plot(column, row, "rx", ms=10, mew=2)
        return _png(figure, plt)
    return None


def _case_section(result, plt) -> str:
    case = result.case
    parts = [f"<h3 id='{html.escape(case.id)}'>{html.escape(case.id)} "
             f"<span class='{result.status}'>{result.status}</span></h3>",
             f"<p><code>{html.escape(case.spec.call)}</code><br>golden: "
             f"{html.escape(case.provenance.describe())}<br>worst err/tol: "
             f"{result.worst_ratio:.3g}</p>"]
    if result.message:
        parts.append(f"<pre>{html.escape(result.message)}</pre>")
    for name, golden in case.expected.items():
        if name not in result.outputs:
            continue
        image = _picture(name, result.outputs[name], golden, plt)
        if image is not None:
            parts.append(f"<img alt='{html.escape(name)}' src='data:image/png;base64,"
                         f"{image}'>")
    return "\n".join(parts)


def _page(title: str, body: str) -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
            f"</title><style>{_STYLE}</style></head><body>{body}</body></html>\n")


def write_html_report(root, folder) -> int:
    """Run every golden case under ``root`` and write the pictures into ``folder``;
    return 1 on any failure, else 0 (as the text report)."""
    plt = _pyplot()
    results = run_all(root)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    by_suite = defaultdict(list)
    for result in results:
        suite = result.case.suite
        by_suite[(suite.language, suite.name)].append(result)
    rows = []
    for (language, name), group in sorted(by_suite.items()):
        page = f"{language}_{name}.html"
        counts = Counter(r.status for r in group)
        body = [f"<h1>{language}/{name}</h1><p><a href='index.html'>all suites</a></p>"]
        body += [_case_section(result, plt) for result in group]
        (folder / page).write_text(_page(f"{language}/{name}", "\n".join(body)))
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        rows.append(f"<tr><td><a href='{page}'>{language}/{name}</a></td><td>{len(group)}"
                    f"</td><td>{html.escape(summary)}</td></tr>")
    index = ("<h1>compat fidelity report</h1><table><tr><th>suite</th><th>cases</th>"
             "<th>status</th></tr>" + "".join(rows) + "</table>")
    (folder / "index.html").write_text(_page("compat fidelity report", index))
    return 1 if any(r.failed for r in results) else 0
