"""The interactive viewer: one self-contained ``graph.html`` built from graph.json data.

The page inlines vis-network (read from the installed pyvis package), our own template,
stylesheet and script, and the graph itself as JSON inside a
``<script type="application/json">`` element. Nothing is fetched at view time, so the
file works from ``file://`` on a machine with no network.

Article text is untrusted: every string travels as JSON (with ``<``, ``>``, ``&``,
U+2028 and U+2029 escaped so it cannot close the script element) and reaches the DOM
through ``textContent`` only. A Content-Security-Policy with script hashes means that
even a markup injection we failed to foresee could not run a script.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import importlib.util
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.atomic import open_text_atomic
from kg.errors import GraphFileError
from kg.model import MODALITIES
from kg.vocab import QUADS, RELATION_TYPES, SYMMETRIC

__all__ = ["generate_html", "prepare_view_data", "write_html"]

DEFAULT_TITLE = "kg actor graph"

_VIS_JS = "lib/vis-9.1.2/vis-network.min.js"
_VIEWER_DIR = Path(__file__).with_name("viewer")
_MARKER = re.compile(r"@@KG_([A-Z_]+)@@")
# Characters that could end a <script> element or a JS string early when the JSON is
# read by the HTML parser; JSON allows the \uXXXX form of each inside strings.
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")
# A calendar date at day, month or year precision, optionally followed by a time of day
# (which the viewer does not use: its finest period is a day).
_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?")


@lru_cache(maxsize=1)
def _vis_js() -> str:
    # Found without importing pyvis, which would import IPython, jinja2 and numpy.
    spec = importlib.util.find_spec("pyvis")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("pyvis is not installed", name="pyvis")
    return (Path(spec.origin).parent / _VIS_JS).read_text(encoding="utf-8")


@lru_cache(maxsize=4)
def _viewer_file(name: str) -> str:
    # A path next to this module rather than importlib.resources, because kg.export may
    # be a namespace package (no __init__.py), which resources.files() rejects on 3.10.
    return (_VIEWER_DIR / name).read_text(encoding="utf-8")


def _text(value: Any) -> str:
    """Coerce a field to a string; graph.json written by other tools may hold numbers or null."""
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _float(value: Any, default: float = 0.0) -> float:
    try:
        result = float(value)
    except (TypeError, ValueError):
        return default
    # NaN/inf are not valid JSON and would break JSON.parse in the page.
    return result if result == result and abs(result) != float("inf") else default


def _texts(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    try:
        return [_text(v) for v in value]
    except TypeError:
        return [_text(value)]


def _date(value: Any) -> str:
    """Normalise a date to ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``""`` if it is not one.

    graph.json dates may carry a time of day or be hand-edited; anything that is not a
    real calendar date becomes "undated" rather than a wrong point on the timeline.
    """
    return _date_of(_text(value).strip())


@lru_cache(maxsize=4096)  # asked of every evidence item; a graph has few distinct dates
def _date_of(text: str) -> str:
    match = _DATE_RE.fullmatch(text)
    if not match:
        return ""
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return ""
    return "-".join(part for part in (year, month, day) if part)


_PRECISION_LENGTH = {"day": 10, "month": 7, "year": 4}


def _precise_date(value: Any, precision: Any) -> str:
    """`_date`, cut to ``precision`` ("day", "month", "year") when one is given.

    A writer may store a month-precise date as its first day ("2019-06-01" with precision
    "month"); the viewer must then treat it as all of June, not as June 1st.
    """
    date = _date(value)
    return date[: _PRECISION_LENGTH.get(_text(precision), len(date))]


def _camp(value: Any) -> int | None:
    # bool is an int subclass; a camp of True is a data error, not camp 1.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return int(value) if value >= 0 else None


def _span(value: Any) -> list[int] | None:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        return None
    try:
        start, end = int(value[0]), int(value[1])
    except (TypeError, ValueError):
        return None
    return [start, end] if 0 <= start < end else None


def _node(raw: dict[str, Any]) -> dict[str, Any]:
    node_id = _text(raw.get("id"))
    return {
        "id": node_id,
        "label": _text(raw.get("label")) or node_id,
        "type": _text(raw.get("type")) or "OTHER",
        "aliases": _texts(raw.get("aliases")),
        "mentions": max(_int(raw.get("mentions"), 1), 0),
        "documents": _texts(raw.get("documents")),
        "country": _text(raw.get("country")),
        "roles": _texts(raw.get("roles")),
        "metonyms": _texts(raw.get("metonyms")),
        "sector": _text(raw.get("sector")),
        "camp": _camp(raw.get("camp")),
        "first_seen": _date(raw.get("first_seen")),
        "last_seen": _date(raw.get("last_seen")),
    }


def _evidence(raw: Any, doc_dates: dict[str, tuple[str, str]]) -> dict[str, Any]:
    item = raw if isinstance(raw, dict) else {}
    doc = _text(item.get("doc"))
    own = _date(item.get("date"))
    full, cut = doc_dates.get(doc, ("", ""))
    return {
        "doc": doc,
        # The document's date at its precision when the item repeats it; graph.json
        # written before evidence carried dates still dates its documents.
        "date": cut if own in ("", full) else own,
        "sentence": _text(item.get("sentence")),
        "predicate": _text(item.get("predicate")),
        "modality": _text(item.get("modality")) or "asserted",
        "source_span": _span(item.get("source_span")),
        "target_span": _span(item.get("target_span")),
    }


def _link(raw: dict[str, Any]) -> dict[str, Any]:
    """A link as the page shows it, but its evidence, which `_link_evidence` adds: only
    the links drawn need it, and copying every link's evidence would copy the graph."""
    relation = _text(raw.get("relation") or raw.get("key"))
    known = RELATION_TYPES.get(relation)
    evidence = raw.get("evidence") or []
    return {
        "source": _text(raw.get("source")),
        "target": _text(raw.get("target")),
        "relation": relation,
        "quad": _text(raw.get("quad")) or (known.quad if known else "structural"),
        "score": _float(raw.get("score"), known.score if known else 0.0),
        "weight": max(_int(raw.get("weight"), len(evidence) or 1), 1),
        "documents": _texts(raw.get("documents")),
        "modality": _text(raw.get("modality")) or "asserted",
        "predicates": _texts(raw.get("predicates")),
    }


def _link_evidence(
    raw: dict[str, Any], link: dict[str, Any], doc_dates: dict[str, tuple[str, str]]
) -> dict[str, Any]:
    """``link`` (from `_link`) with the evidence of ``raw``, as its last field."""
    evidence = raw.get("evidence") or []
    return {
        **link,
        "evidence": (
            [_evidence(e, doc_dates) for e in evidence] if isinstance(evidence, list) else []
        ),
    }


def _raw_documents(graph: dict[str, Any]) -> list[dict[str, Any]]:
    docs = graph.get("documents") or []
    return [d for d in docs if isinstance(d, dict)] if isinstance(docs, list) else []


def _document(raw: dict[str, Any]) -> dict[str, str]:
    return {
        "id": _text(raw.get("id")),
        "title": _text(raw.get("title")),
        "source": _text(raw.get("source")),
        "date": _precise_date(raw.get("date"), raw.get("date_precision")),
        "place": _text(raw.get("place")),
    }


def prepare_view_data(data: dict[str, Any], max_nodes: int = 300) -> dict[str, Any]:
    """Build the compact, normalised payload the page embeds, pruned to ``max_nodes``.

    Only the fields the viewer shows are copied (as fresh objects), so ``data`` is never
    modified and unknown or mistyped fields in hand-edited graph.json files cannot break
    the page.

    Args:
        data: graph.json as a dict (networkx node-link form, edges under ``links``).
        max_nodes: Keep the actors with the highest weighted degree (ties by mentions,
            then id); ``0`` or less keeps every actor.

    Returns:
        A JSON-ready dict with ``meta``, ``documents``, ``nodes``, ``links``, ``total``
        (counts before pruning) and ``vocab``.

    Raises:
        GraphFileError: when ``data`` has no list of nodes.
    """
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise GraphFileError(
            "graph data has no 'nodes' list",
            "pass the dict read from graph.json (networkx node-link data)",
        )
    raw_links = data.get("links", data.get("edges")) or []
    graph = data.get("graph") if isinstance(data.get("graph"), dict) else {}
    assert isinstance(graph, dict)

    raw_docs = _raw_documents(graph)
    documents = [_document(d) for d in raw_docs]
    # id -> (the date as written, the date cut to its precision), for evidence items.
    doc_dates = {
        doc["id"]: (_date(raw.get("date")), doc["date"])
        for raw, doc in zip(raw_docs, documents, strict=True)
        if doc["date"]
    }
    nodes = {n["id"]: n for n in (_node(r) for r in data["nodes"] if isinstance(r, dict))}
    # (raw, link) pairs: the raw record is kept for the evidence of the links drawn.
    links = [
        (raw, link)
        for raw, link in ((r, _link(r)) for r in raw_links if isinstance(r, dict))
        if link["source"] in nodes and link["target"] in nodes
    ]

    # Weighted degree, as networkx counts it (a self-loop adds its weight at both ends).
    degree = dict.fromkeys(nodes, 0)
    for _, link in links:
        degree[link["source"]] += link["weight"]
        degree[link["target"]] += link["weight"]
    # Actors without relations tie at zero; the most mentioned of them are kept first.
    ranked = sorted(nodes, key=lambda nid: (-degree[nid], -nodes[nid]["mentions"], nid))
    kept = set(ranked if max_nodes <= 0 else ranked[:max_nodes])

    shown_nodes = [dict(nodes[nid], degree=degree[nid]) for nid in sorted(kept)]
    shown_links = sorted(
        (
            _link_evidence(raw, link, doc_dates)
            for raw, link in links
            if link["source"] in kept and link["target"] in kept
        ),
        key=lambda k: (k["source"], k["target"], k["relation"]),
    )
    model = graph.get("model") if isinstance(graph.get("model"), dict) else {}
    assert isinstance(model, dict)
    return {
        "meta": {
            "kg_version": _text(graph.get("kg_version")),
            "model": " ".join(
                part for part in (_text(model.get("name")), _text(model.get("version"))) if part
            ),
            "created": _text(graph.get("created")),
        },
        "documents": documents,
        "nodes": shown_nodes,
        "links": shown_links,
        "total": {"nodes": len(nodes), "links": len(links)},
        "vocab": {
            "relations": {
                name: {"quad": r.quad, "score": r.score, "meaning": r.meaning}
                for name, r in RELATION_TYPES.items()
            },
            "quads": list(QUADS),
            "symmetric": sorted(SYMMETRIC),
            "modalities": list(MODALITIES),
        },
    }


def _script_json(payload: Any) -> str:
    """Serialise ``payload`` so it is inert inside ``<script type="application/json">``."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (from broken input) cannot be written as UTF-8; the \\u form can.
        text = json.dumps(payload, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


def _inline_script(code: str) -> str:
    # The HTML parser ends a script element at "</script"; neither bundled script has
    # one, and this keeps it that way if vis-network is ever upgraded.
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def _csp_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def generate_html(data: dict[str, Any], *, max_nodes: int = 300, title: str = DEFAULT_TITLE) -> str:
    """Render graph.json data as one self-contained, offline HTML page.

    Args:
        data: graph.json as a dict (networkx node-link form, edges under ``links``). It
            is not modified.
        max_nodes: Show only this many actors, the most connected ones (weighted degree,
            ties by mentions, then id); the page then says "showing N of M actors". ``0``
            shows all.
        title: Page title and heading; treated as text, never markup.

    Returns:
        The page as a string; the same data always gives the same string.

    Raises:
        GraphFileError: when ``data`` has no list of nodes.
    """
    return "".join(_page_parts(data, max_nodes=max_nodes, title=title))


def _page_parts(data: dict[str, Any], *, max_nodes: int, title: str) -> Iterator[str]:
    """The page in pieces: the template's text and each value substituted into it.

    The payload is serialised before the first piece is yielded, so errors come before
    anything is written, and the payload itself is dropped once it is text.
    """
    payload = prepare_view_data(data, max_nodes)
    clean_title = title.encode("utf-8", "replace").decode("utf-8")
    payload["title"] = clean_title
    script_data = _script_json(payload)
    del payload
    vis_js = _inline_script(_vis_js())
    viewer_js = _inline_script(_viewer_file("viewer.js"))
    csp = "; ".join(
        (
            "default-src 'none'",
            f"script-src {_csp_hash(vis_js)} {_csp_hash(viewer_js)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    values = {
        # Single quotes are what CSP sources are made of; the attribute uses double quotes.
        "CSP": html.escape(csp, quote=False).replace('"', "&quot;"),
        "TITLE": html.escape(clean_title, quote=True),
        "CSS": _viewer_file("viewer.css"),
        "DATA": script_data,
        "VIS_JS": vis_js,
        "VIEWER_JS": viewer_js,
    }
    # One pass over the template only: text substituted in is never scanned for markers.
    for i, piece in enumerate(_MARKER.split(_viewer_file("template.html"))):
        yield values[piece] if i % 2 else piece


def write_html(
    data: dict[str, Any], path: Path, *, max_nodes: int = 300, title: str = DEFAULT_TITLE
) -> None:
    """Write the viewer page for ``data`` to ``path`` atomically, piece by piece.

    Args:
        data: graph.json as a dict; not modified.
        path: Where to write, usually ``output/graph.html``.
        max_nodes: See `generate_html`.
        title: Page title and heading.

    Raises:
        GraphFileError: when ``data`` has no list of nodes.
        OutputError: when the file cannot be written.
    """
    parts = _page_parts(data, max_nodes=max_nodes, title=title)
    first = next(parts)  # the payload is made here: a bad graph leaves no file behind
    with open_text_atomic(Path(path)) as fh:
        fh.write(first)
        fh.writelines(parts)
