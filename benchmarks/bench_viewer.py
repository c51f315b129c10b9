"""How long graph.html takes to become usable in headless Chromium, for large graphs.

Builds synthetic graphs (about 3 edges per actor, 1-3 evidence sentences per edge),
writes the page with every actor shown and with the default ``max_nodes``, opens it from
file:// and reads the viewer's own timings (milliseconds since navigation start):

- generate: Python time for `generate_html`;
- parsed:   the embedded JSON is parsed;
- laid out: ``stabilizationIterationsDone`` (physics is switched off right after);
- drawn:    first ``afterDrawing``, i.e. the page is interactive;

then, once it is, what a user waits for (milliseconds, measured in the page):

- redraw:   one full frame of the first view (vis-network's own drawing and the labels);
- range:    the time range narrowed to the middle half of the dates, until the graph is
            redrawn (filters, restyled edges and one frame).

Run: ``.venv/bin/python benchmarks/bench_viewer.py [--sizes 1000 5000]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from viewer_fixtures import (
    CHROMIUM_ARGS,
    open_viewer,
    require_chromium,
    synthetic_graph,
)

from kg.export.html import generate_html

# A synchronous full frame: vis-network's internal _redraw is what its own events call.
_REDRAW = """(() => {
    const t = performance.now();
    network.renderer._redraw();
    return performance.now() - t;
})()"""
_RANGE = """(() => {
    const tl = kgViewer.timeline;
    const day = s => Date.parse(s) / 86400000;
    const iso = d => new Date(d * 86400000).toISOString().slice(0, 10);
    const a = day(tl.first), b = day(tl.last), q = (b - a) / 4;
    const t = performance.now();
    kgViewer.setRange(iso(a + q), iso(b - q));
    network.renderer._redraw();
    return performance.now() - t;
})()"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(require_chromium()), args=CHROMIUM_ARGS)
        for n in args.sizes:
            data = synthetic_graph(n)
            for max_nodes in (0, 300):
                t0 = time.perf_counter()
                page_html = generate_html(data, max_nodes=max_nodes)
                gen_ms = (time.perf_counter() - t0) * 1000
                path = Path(tmp) / f"graph-{n}-{max_nodes}.html"
                path.write_text(page_html, encoding="utf-8")
                probe = open_viewer(browser, path, timeout=600)
                t = probe.page.evaluate("window.kgTimings")
                shown = probe.page.evaluate("[nodes.length, edges.length]")
                redraw = probe.page.evaluate(_REDRAW)
                range_ms = probe.page.evaluate(_RANGE)
                problems = probe.blocked_requests + probe.console_errors + probe.page_errors
                probe.page.context.close()
                rows.append(
                    (
                        n,
                        len(data["links"]),
                        "all" if max_nodes == 0 else str(max_nodes),
                        f"{shown[0]}/{shown[1]}",
                        f"{len(page_html.encode()) / 1e6:.1f}",
                        f"{gen_ms:.0f}",
                        f"{t['dataParsed']:.0f}",
                        f"{t['stabilized']:.0f}",
                        f"{t.get('firstDraw', float('nan')):.0f}",
                        f"{redraw:.0f}",
                        f"{range_ms:.0f}",
                        "none" if not problems else f"{len(problems)}!",
                    )
                )
        browser.close()

    head = (
        "actors",
        "links",
        "max_nodes",
        "drawn n/e",
        "MB",
        "generate ms",
        "parsed ms",
        "laid out ms",
        "drawn ms",
        "redraw ms",
        "range ms",
        "errors",
    )
    widths = [
        max(len(h), *(len(r[i]) if isinstance(r[i], str) else len(str(r[i])) for r in rows))
        for i, h in enumerate(head)
    ]
    print(" | ".join(h.rjust(w) for h, w in zip(head, widths, strict=True)))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(str(c).rjust(w) for c, w in zip(r, widths, strict=True)))


if __name__ == "__main__":
    main()
