"""Take a PNG screenshot of a kg graph.html in headless Chromium (for the README).

Usage: ``.venv/bin/python scripts/screenshot.py output/graph.html docs/screenshot.png``
[--width 1440 --height 900] [--select ENTITY_ID | --pair ID ID] [--colour camp]
[--from 2019-06-01 --to 2019-06-30] [--show-isolated]

The page is opened from file:// with every other request blocked, and the shot is taken
once the layout has settled. The options set the viewer up first: ``--select`` selects
an actor so the side panel shows its details, ``--pair`` shows two actors' relations and
their chart over time, ``--colour camp`` colours actors by camp, ``--from``/``--to`` set
the time range and ``--show-isolated`` shows the actors without a relation.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def screenshot(
    html_path: Path,
    png_path: Path,
    *,
    width: int = 1440,
    height: int = 900,
    select: str | None = None,
    pair: tuple[str, str] | None = None,
    colour: str = "type",
    date_range: tuple[str | None, str | None] = (None, None),
    show_isolated: bool = False,
    timeout: float = 120,
) -> None:
    """Render ``html_path`` and save a screenshot to ``png_path``.

    Args:
        html_path: A graph.html written by `kg.export.html.write_html`.
        png_path: Where to write the PNG (parent folders are created).
        width: Viewport width in CSS pixels.
        height: Viewport height in CSS pixels.
        select: Optional node id to select so the side panel shows it.
        pair: Optional two node ids whose pair panel (relations, chart) is shown.
        colour: ``"type"`` or ``"camp"``: what the colour of an actor shows.
        date_range: First and last day (ISO) of the time range; None for open ends.
        show_isolated: Show the actors that have no visible relation.
        timeout: Seconds to wait for the layout to finish.

    Raises:
        RuntimeError: when Chromium is missing, the page fails, or it never settles.
    """
    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} not found: install Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            context = browser.new_context(viewport={"width": width, "height": height})
            context.route(
                "**/*",
                lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort(),
            )
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(Path(html_path).resolve().as_uri())
            # Polled from here: wait_for_function would need eval(), which the page's CSP bans.
            deadline = time.monotonic() + timeout
            while not page.evaluate("Boolean(window.kgViewer && window.kgViewer.ready)"):
                if errors or time.monotonic() > deadline:
                    raise RuntimeError(f"{html_path} did not render: {errors or 'timeout'}")
                page.wait_for_timeout(50)
            if colour == "camp":
                page.evaluate("kgViewer.setColourBy('camp')")
            if any(date_range) and not page.evaluate(
                "([a, b]) => kgViewer.setRange(a, b)", list(date_range)
            ):
                raise RuntimeError(f"{html_path} has no dated evidence: no time range to set")
            if show_isolated:
                page.check("#kg-show-isolated")
            if select and not page.evaluate("id => kgViewer.selectNode(id, false)", select):
                raise RuntimeError(f"no actor with id {select!r} in {html_path}")
            if pair and not page.evaluate("([a, b]) => kgViewer.showPair(a, b)", list(pair)):
                raise RuntimeError(f"no actors with ids {pair!r} in {html_path}")
            page.wait_for_timeout(300)  # let the selection redraw
            if errors:
                raise RuntimeError(f"{html_path} reported errors: {errors}")
            Path(png_path).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png_path))
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshot a kg graph.html.")
    parser.add_argument("html", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--select", help="node id to select before the shot")
    parser.add_argument("--pair", nargs=2, metavar="ID", help="two node ids: show their pair")
    parser.add_argument("--colour", choices=("type", "camp"), default="type")
    parser.add_argument("--from", dest="first", metavar="DATE", help="first day of the range")
    parser.add_argument("--to", dest="last", metavar="DATE", help="last day of the range")
    parser.add_argument("--show-isolated", action="store_true")
    args = parser.parse_args(argv)
    try:
        screenshot(
            args.html,
            args.png,
            width=args.width,
            height=args.height,
            select=args.select,
            pair=tuple(args.pair) if args.pair else None,
            colour=args.colour,
            date_range=(args.first, args.last),
            show_isolated=args.show_isolated,
        )
    except RuntimeError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
