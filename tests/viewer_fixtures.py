"""Synthetic graph.json dicts and headless-Chromium helpers for the viewer tests.

These build data in the exact shape `kg.graph` writes (networkx node-link data with
edges under ``links``) without depending on the pipeline, so the viewer can be tested
on its own. The benchmark imports them too.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.vocab import RELATION_TYPES

CHROMIUM_PATH = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

# Strings that would run a script if any of them reached the DOM as markup.
PAYLOADS = (
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    "</script><script>window.__pwned=1;alert(2)</script>",
    '"><svg onload="window.__pwned=1">',
    "\u2028</SCRIPT ><script>window.__pwned=1</script>\u2029",
    "<!--<script>window.__pwned=1</script>-->",
    "${window.__pwned=1}{{constructor.constructor('window.__pwned=1')()}}",
)


def _spans(sentence: str, source: str, target: str) -> tuple[list[int] | None, list[int] | None]:
    """Code-point spans of two actor names in a sentence, as kg writes them."""

    def find(name: str, start: int = 0) -> list[int] | None:
        at = sentence.find(name, start)
        return [at, at + len(name)] if at >= 0 else None

    src = find(source)
    tgt = find(target, src[1] if src else 0) or find(target)
    return src, tgt


def evidence(
    doc: str,
    sentence: str,
    source: str,
    target: str,
    predicate: str,
    modality: str = "asserted",
) -> dict[str, Any]:
    """One evidence item with spans located by name (None when a name is absent)."""
    src, tgt = _spans(sentence, source, target)
    return {
        "doc": doc,
        "sentence": sentence,
        "start": 0,
        "end": len(sentence),
        "predicate": predicate,
        "modality": modality,
        "source_span": src,
        "target_span": tgt,
    }


def node(
    node_id: str,
    label: str,
    type_: str,
    *,
    aliases: list[str] | None = None,
    mentions: int = 1,
    documents: list[str] | None = None,
    country: str = "",
    roles: list[str] | None = None,
    metonyms: list[str] | None = None,
) -> dict[str, Any]:
    """A node dict in graph.json form."""
    return {
        "id": node_id,
        "label": label,
        "type": type_,
        "aliases": aliases or [],
        "mentions": mentions,
        "documents": documents or [],
        "country": country,
        "roles": roles or [],
        "metonyms": metonyms or [],
    }


def link(
    source: str,
    target: str,
    relation: str,
    evidence_items: list[dict[str, Any]],
    *,
    modality: str = "asserted",
) -> dict[str, Any]:
    """A link dict in graph.json form; quad, score, weight and documents are derived."""
    rel = RELATION_TYPES.get(relation)
    return {
        "source": source,
        "target": target,
        "key": relation,
        "relation": relation,
        "quad": rel.quad if rel else "structural",
        "score": rel.score if rel else 0.0,
        "weight": len(evidence_items),
        "documents": sorted({e["doc"] for e in evidence_items}),
        "modality": modality,
        "predicates": sorted({e["predicate"] for e in evidence_items}),
        "evidence": evidence_items,
    }


def graph_dict(
    nodes: list[dict[str, Any]],
    links: list[dict[str, Any]],
    documents: list[dict[str, Any]],
) -> dict[str, Any]:
    """Wrap nodes and links in the node-link envelope with graph-level metadata."""
    return {
        "directed": True,
        "multigraph": True,
        "graph": {
            "kg_version": "0.1.0",
            "model": {"name": "en_core_web_sm", "version": "3.8.0"},
            "created": "2024-06-01T12:00:00+00:00",
            "documents": documents,
        },
        "nodes": nodes,
        "links": links,
    }


def document(doc_id: str, title: str, source: str = "", date: str = "") -> dict[str, Any]:
    """A graph-level document record."""
    return {"id": doc_id, "title": title, "source": source, "date": date, "sha256": "0" * 64}


def small_graph() -> dict[str, Any]:
    """A hand-made Venezuela-crisis graph covering every quad, modality and edge style.

    It has parallel edges (United States <-> Venezuela), a symmetric relation (CONSULT),
    a sentence with characters outside the BMP before an actor (to check that code-point
    spans are highlighted in the right place) and an edge whose spans are missing.
    """
    docs = [
        document(
            "d1",
            "US tightens sanctions on Caracas",
            "https://example.com/us-sanctions",
            "2019-01-28",
        ),
        document("d2", "Moscow stands by Maduro", "reuters.com", "2019-01-30"),
        document("d3", "Opposition rally in Caracas", "", "2019-02-02"),
    ]
    sent_sanction = "🇺🇸 The United States imposed new sanctions on Venezuela on Monday."
    nodes = [
        node(
            "venezuela",
            "Venezuela",
            "GPE",
            aliases=["Venezuela", "Venezuelan"],
            mentions=14,
            documents=["d1", "d2", "d3"],
            country="VEN",
            metonyms=["Caracas"],
        ),
        node(
            "nicolas-maduro",
            "Nicolas Maduro",
            "PERSON",
            aliases=["Maduro", "Nicolás Maduro"],
            mentions=9,
            documents=["d1", "d2", "d3"],
            country="VEN",
            roles=["President"],
        ),
        node(
            "united-states",
            "United States",
            "GPE",
            aliases=["US", "U.S.", "Washington"],
            mentions=8,
            documents=["d1", "d2", "d3"],
            country="USA",
            metonyms=["Washington"],
        ),
        node(
            "russia",
            "Russia",
            "GPE",
            aliases=["Russian", "Moscow"],
            mentions=5,
            documents=["d2"],
            country="RUS",
            metonyms=["Moscow"],
        ),
        node(
            "juan-guaido",
            "Juan Guaido",
            "PERSON",
            aliases=["Guaido", "Guaidó"],
            mentions=6,
            documents=["d1", "d3"],
            country="VEN",
            roles=["opposition leader"],
        ),
        node("opec", "OPEC", "ORG", mentions=2, documents=["d1"]),
        node("chevron", "Chevron", "ORG", mentions=2, documents=["d1"], country="USA"),
        node("venezuelans", "Venezuelans", "NORP", mentions=3, documents=["d3"], country="VEN"),
        node("miraflores", "Miraflores Palace", "FAC", mentions=1, documents=["d3"]),
    ]
    links = [
        link(
            "nicolas-maduro",
            "venezuela",
            "LEADER_OF",
            [
                evidence(
                    "d1",
                    "Nicolas Maduro, the president of Venezuela, spoke.",
                    "Nicolas Maduro",
                    "Venezuela",
                    "president of",
                ),
                evidence(
                    "d2", "Maduro has led Venezuela since 2013.", "Maduro", "Venezuela", "has led"
                ),
            ],
        ),
        link(
            "united-states",
            "venezuela",
            "SANCTION",
            [
                evidence(
                    "d1", sent_sanction, "United States", "Venezuela", "imposed new sanctions on"
                ),
                evidence(
                    "d1",
                    "Washington also froze Venezuela's assets.",
                    "Washington",
                    "Venezuela",
                    "froze assets",
                ),
                evidence(
                    "d3",
                    "The US blacklisted Venezuela's oil company.",
                    "US",
                    "Venezuela",
                    "blacklisted",
                ),
            ],
        ),
        link(
            "venezuela",
            "united-states",
            "ACCUSE",
            [
                evidence(
                    "d1",
                    "Venezuela accused the United States of theft.",
                    "Venezuela",
                    "United States",
                    "accused of",
                )
            ],
        ),
        link(
            "russia",
            "nicolas-maduro",
            "SUPPORT",
            [
                evidence(
                    "d2",
                    "Russia is a major backer of Maduro.",
                    "Russia",
                    "Maduro",
                    "is a major backer of",
                ),
                evidence(
                    "d2", "Moscow praised Maduro for his resolve.", "Moscow", "Maduro", "praised"
                ),
            ],
        ),
        link(
            "united-states",
            "juan-guaido",
            "SUPPORT",
            [
                evidence(
                    "d1",
                    "Officials said the United States recognised Juan Guaido.",
                    "United States",
                    "Juan Guaido",
                    "recognised",
                    "reported",
                )
            ],
            modality="reported",
        ),
        link(
            "juan-guaido",
            "nicolas-maduro",
            "OPPOSE",
            [evidence("d3", "Guaido seeks to oust Maduro.", "Guaido", "Maduro", "seeks to oust")],
        ),
        link(
            "russia",
            "venezuela",
            "AID",
            [
                evidence(
                    "d2",
                    "Russia will send wheat to Venezuela.",
                    "Russia",
                    "Venezuela",
                    "will send",
                    "future",
                )
            ],
            modality="future",
        ),
        link(
            "russia",
            "united-states",
            "CONSULT",
            [
                evidence(
                    "d2",
                    "Russia did not meet the United States envoy.",
                    "Russia",
                    "United States",
                    "did not meet",
                    "negated",
                )
            ],
            modality="negated",
        ),
        link(
            "chevron",
            "venezuela",
            "COOPERATE",
            [
                evidence(
                    "d1",
                    "Chevron could resume trade with Venezuela.",
                    "Chevron",
                    "Venezuela",
                    "could resume trade",
                    "hypothetical",
                )
            ],
            modality="hypothetical",
        ),
        link(
            "venezuela",
            "opec",
            "MEMBER_OF",
            # No spans: the viewer falls back to finding the names in the sentence.
            [
                {
                    "doc": "d1",
                    "sentence": "Venezuela is a founding member of OPEC.",
                    "start": 0,
                    "end": 39,
                    "predicate": "member of",
                    "modality": "asserted",
                    "source_span": None,
                    "target_span": None,
                }
            ],
        ),
        link(
            "venezuelans",
            "nicolas-maduro",
            "PROTEST",
            [
                evidence(
                    "d3",
                    "Venezuelans marched against Maduro.",
                    "Venezuelans",
                    "Maduro",
                    "marched against",
                )
            ],
        ),
        link(
            "nicolas-maduro",
            "united-states",
            "THREATEN",
            [
                evidence(
                    "d3",
                    "Maduro denied that he warned the United States.",
                    "Maduro",
                    "United States",
                    "warned",
                    "denied",
                )
            ],
            modality="denied",
        ),
        link(
            "miraflores",
            "venezuela",
            "LOCATED_IN",
            [
                evidence(
                    "d3",
                    "Miraflores Palace in Caracas, Venezuela.",
                    "Miraflores Palace",
                    "Venezuela",
                    "in",
                )
            ],
        ),
    ]
    return graph_dict(nodes, links, docs)


def hostile_graph() -> dict[str, Any]:
    """A graph whose every string field carries a script-injection payload."""
    p = PAYLOADS
    docs = [
        document("evil-doc", p[1], "javascript:window.__pwned=1", p[0]),
        document(p[2], p[3], p[4], "2019"),
    ]
    evil_a = p[0]
    evil_b = p[1]
    nodes = [
        node(
            evil_a,
            evil_a,
            "PERSON",
            aliases=[p[2], p[3]],
            mentions=3,
            documents=["evil-doc", p[2]],
            country=p[4],
            roles=[p[5]],
            metonyms=[p[1]],
        ),
        node(evil_b, evil_b, p[0], aliases=[p[5]], mentions=2, documents=["evil-doc"]),
        node("plain", "Plain Actor", "ORG", aliases=[p[4]], mentions=1, documents=[p[2]]),
    ]
    sentence = f"Yesterday {evil_a} attacked {evil_b} near {p[3]}."
    links = [
        link(
            evil_a,
            evil_b,
            "ASSAULT",
            [
                evidence("evil-doc", sentence, evil_a, evil_b, p[2]),
                evidence(p[2], p[4] + " " + p[5], evil_a, evil_b, p[3], p[1]),
            ],
        ),
        link("plain", evil_a, "SUPPORT", [evidence(p[2], p[0], "Plain Actor", evil_a, p[0])]),
    ]
    # An unknown relation, quad and modality must be shown as text too.
    weird = link("plain", evil_b, "ACCUSE", [evidence("evil-doc", p[3], "plain", evil_b, p[4])])
    weird.update(relation=p[1], key=p[1], quad=p[0], modality=p[2], predicates=[p[3]])
    links.append(weird)
    return graph_dict(nodes, links, docs)


def synthetic_graph(
    n_actors: int,
    *,
    edges_per_actor: int = 3,
    n_docs: int | None = None,
    seed: int = 7,
) -> dict[str, Any]:
    """A random but reproducible graph of ``n_actors`` actors for scale tests.

    Degrees are skewed (preferential attachment) like real news graphs, where a few
    countries and leaders take most edges, and every edge carries 1-3 evidence sentences.
    """
    rng = random.Random(seed)
    types = ["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"]
    relations = sorted(RELATION_TYPES)
    modalities = ["asserted"] * 6 + ["reported", "future", "hypothetical", "negated", "denied"]
    n_docs = n_docs or max(3, n_actors // 10)
    docs = [
        document(
            f"doc{i:05d}", f"Article {i}", f"https://news.example/{i}", f"2024-01-{1 + i % 28:02d}"
        )
        for i in range(n_docs)
    ]
    ids = [f"actor-{i:05d}" for i in range(n_actors)]
    nodes = [
        node(
            ids[i],
            f"Actor {i}",
            types[i % len(types)],
            aliases=[f"A{i}"],
            mentions=1 + rng.randrange(40),
            documents=sorted({docs[rng.randrange(n_docs)]["id"] for _ in range(2)}),
            country="",
            roles=["Minister"] if i % 7 == 0 else [],
        )
        for i in range(n_actors)
    ]
    links: dict[tuple[str, str, str], dict[str, Any]] = {}
    targets: list[int] = []
    for i in range(n_actors):
        for _ in range(edges_per_actor if i else 0):
            j = rng.choice(targets) if targets and rng.random() < 0.7 else rng.randrange(max(i, 1))
            if j == i:
                continue
            relation = relations[rng.randrange(len(relations))]
            key = (ids[i], ids[j], relation)
            if key in links:
                continue
            modality = modalities[rng.randrange(len(modalities))]
            items = []
            for _k in range(1 + rng.randrange(3)):
                doc = docs[rng.randrange(n_docs)]["id"]
                sentence = f"Actor {i} acted on Actor {j} in a way coded as {relation.lower()}."
                items.append(
                    evidence(doc, sentence, f"Actor {i}", f"Actor {j}", relation.lower(), modality)
                )
            links[key] = link(ids[i], ids[j], relation, items, modality=modality)
            targets.extend((i, j))
    return graph_dict(nodes, [links[k] for k in sorted(links)], docs)


# ---------------------------------------------------------------- browser helpers


def require_chromium() -> Path:
    """Return the Chromium path, failing with a clear message when it is not installed."""
    if not CHROMIUM_PATH.exists():
        raise RuntimeError(
            f"{CHROMIUM_PATH} not found: the viewer tests need Debian's chromium package "
            "(apt-get install chromium); Playwright's bundled browser is not used"
        )
    return CHROMIUM_PATH


@dataclass
class PageProbe:
    """A page plus everything suspicious it did: network requests, errors, dialogs."""

    page: Any
    blocked_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def open_viewer(
    browser: Any, html_path: Path, *, width: int = 1440, height: int = 900, timeout: float = 60
) -> PageProbe:
    """Open ``html_path`` from file:// in a fresh context that blocks and records the network.

    Every non-``file:`` request is aborted and recorded; console errors, uncaught page
    errors and dialogs (alert/confirm/prompt) are recorded too. Waits until the viewer
    reports it is laid out (physics stopped).
    """
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    probe = PageProbe(page)

    def route(r: Any) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            probe.blocked_requests.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page.on(
        "console",
        lambda m: probe.console_errors.append(m.text) if m.type in ("error", "warning") else None,
    )
    page.on("pageerror", lambda e: probe.page_errors.append(str(e)))

    def on_dialog(d: Any) -> None:
        probe.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    page.goto(html_path.resolve().as_uri())
    # Poll from Python: page.wait_for_function evaluates its predicate with eval() in
    # the page, which the viewer's Content-Security-Policy rightly forbids.
    deadline = time.monotonic() + timeout
    while not page.evaluate("Boolean(window.kgViewer && window.kgViewer.ready)"):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{html_path} was not laid out within {timeout:.0f} s")
        page.wait_for_timeout(25)
    return probe
