"""Synthetic graph.json dicts and headless-Chromium helpers for the viewer tests.

These build data in the exact shape `kg.graph` writes (networkx node-link data with
edges under ``links``) without depending on the pipeline, so the viewer can be tested
on its own. The benchmark imports them too.
"""

from __future__ import annotations

import copy
import random
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
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
    camp: int | None = None,
) -> dict[str, Any]:
    """A node dict in graph.json form (first_seen/last_seen are added by `graph_dict`)."""
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
        "sector": "",
        "camp": camp,
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
    """Wrap nodes and links in the node-link envelope with graph-level metadata.

    Dates are derived as kg derives them: an evidence item carries its document's date
    ("" when undated), and links and nodes get ``first_seen``/``last_seen`` from the
    dates of their evidence and documents (None when none is dated).
    """
    doc_dates = {d["id"]: d["date"] for d in documents}
    for k in links:
        for ev in k["evidence"]:
            ev.setdefault("date", doc_dates.get(ev["doc"], ""))
        k["first_seen"], k["last_seen"] = _seen(ev["date"] for ev in k["evidence"])
    for n in nodes:
        n["first_seen"], n["last_seen"] = _seen(doc_dates.get(d, "") for d in n["documents"])
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


def _seen(dates: Iterable[str]) -> tuple[str | None, str | None]:
    known = sorted(d for d in dates if d)
    return (known[0], known[-1]) if known else (None, None)


def document(
    doc_id: str, title: str, source: str = "", date: str = "", place: str = ""
) -> dict[str, Any]:
    """A graph-level document record; the precision follows from the date's form."""
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date), "")
    return {
        "id": doc_id,
        "title": title,
        "source": source,
        "date": date,
        "date_precision": precision,
        "place": place,
        "sha256": "0" * 64,
    }


def without_time_and_camps(
    data: dict[str, Any], *, keep_document_dates: bool = False
) -> dict[str, Any]:
    """``data`` as graph.json looked before dates and camps: none of those fields.

    With ``keep_document_dates`` the documents keep their ``date`` (JSONL inputs had one).
    """
    out = copy.deepcopy(data)
    for d in out["graph"]["documents"]:
        d.pop("date_precision", None)
        d.pop("place", None)
        if not keep_document_dates:
            d["date"] = ""
    for n in out["nodes"]:
        for key in ("sector", "camp", "first_seen", "last_seen"):
            n.pop(key, None)
    for k in out["links"]:
        k.pop("first_seen", None)
        k.pop("last_seen", None)
        for ev in k["evidence"]:
            ev.pop("date", None)
    return out


def small_graph() -> dict[str, Any]:
    """A hand-made Venezuela-crisis graph covering every quad, modality and edge style.

    It has parallel edges (United States <-> Venezuela), a symmetric relation (CONSULT),
    a sentence with characters outside the BMP before an actor (to check that code-point
    spans are highlighted in the right place), an edge whose spans are missing, two camps
    ({Russia, Maduro, Venezuela} and {United States, Guaido, Venezuelans}; three actors
    in none), documents dated 2019-01-28, 01-30 and 02-02, and one undated document.
    """
    docs = [
        document(
            "d1",
            "US tightens sanctions on Caracas",
            "https://example.com/us-sanctions",
            "2019-01-28",
        ),
        document("d2", "Moscow stands by Maduro", "reuters.com", "2019-01-30"),
        document("d3", "Opposition rally in Caracas", "", "2019-02-02", place="Caracas"),
        document("d4", "Wire copy without a date", ""),
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
            camp=0,
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
            camp=0,
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
            camp=1,
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
            camp=0,
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
            camp=1,
        ),
        node("opec", "OPEC", "ORG", mentions=2, documents=["d1"]),
        node("norvex", "Norvex", "ORG", mentions=2, documents=["d1"], country="USA"),
        node(
            "venezuelans",
            "Venezuelans",
            "NORP",
            mentions=3,
            documents=["d3"],
            country="VEN",
            camp=1,
        ),
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
            [
                evidence("d3", "Guaido seeks to oust Maduro.", "Guaido", "Maduro", "seeks to oust"),
                evidence("d4", "Guaido opposes Maduro.", "Guaido", "Maduro", "opposes"),
            ],
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
            "norvex",
            "venezuela",
            "COOPERATE",
            [
                evidence(
                    "d1",
                    "Norvex could resume trade with Venezuela.",
                    "Norvex",
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
    """A graph whose every string field carries a script-injection payload.

    Its actors are in camps, its documents have places and one is dated (to the year),
    so the camp legend, the pair chart and the timeline get hostile strings too.
    """
    p = PAYLOADS
    docs = [
        document("evil-doc", p[1], "javascript:window.__pwned=1", p[0], place=p[5]),
        document(p[2], p[3], p[4], "2019", place=p[0]),
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
            camp=0,
        ),
        node(evil_b, evil_b, p[0], aliases=[p[5]], mentions=2, documents=["evil-doc"], camp=1),
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
    nodes[0]["sector"] = p[3]
    return graph_dict(nodes, links, docs)


def with_isolated(data: dict[str, Any], count: int) -> dict[str, Any]:
    """``data`` plus ``count`` actors that have no relation (named once in one document)."""
    out = copy.deepcopy(data)
    doc = out["graph"]["documents"][0]
    for i in range(count):
        lonely = node(f"lonely-{i}", f"Lonely Actor {i}", "PERSON", mentions=1 + i)
        lonely["documents"] = [doc["id"]]
        lonely["first_seen"] = lonely["last_seen"] = doc["date"] or None
        out["nodes"].append(lonely)
    return out


# Evidence dates of `pair_graph`, by pair: a span of days, of weeks, of months, and one
# pair with a document dated to the month only.
PAIR_DATES = {
    ("alpha", "beta"): ["2024-01-10", "2024-01-12", "2024-01-12", "2024-01-25"],
    ("alpha", "gamma"): ["2024-01-10", "2024-02-20", "2024-04-02"],
    ("beta", "gamma"): ["2024-01-10", "2024-06-30", "2025-02-14"],
    ("gamma", "delta"): ["2024-03-05", "2024-03"],
}


def pair_graph() -> dict[str, Any]:
    """Four actors whose pairs span days, weeks and months, in both directions.

    Each pair has a cooperative relation one way and a conflictual one the other way; the
    evidence of each pair alternates between them, one item per date in `PAIR_DATES`.
    """
    names = {"alpha": "Alpha", "beta": "Beta", "gamma": "Gamma", "delta": "Delta"}
    docs: dict[str, dict[str, Any]] = {}
    links = []
    for (a, b), dates in PAIR_DATES.items():
        coop: list[dict[str, Any]] = []
        conflict: list[dict[str, Any]] = []
        for i, day in enumerate(dates):
            doc_id = f"doc-{day}"
            docs.setdefault(doc_id, document(doc_id, f"News of {day}", "", day))
            if i % 2 == 0:
                sentence = f"{names[a]} praised {names[b]}."
                coop.append(evidence(doc_id, sentence, names[a], names[b], "praised"))
            else:
                sentence = f"{names[b]} accused {names[a]}."
                conflict.append(evidence(doc_id, sentence, names[b], names[a], "accused"))
        links.append(link(a, b, "SUPPORT", coop))
        if conflict:
            links.append(link(b, a, "ACCUSE", conflict))
    nodes = [
        node(nid, label, "GPE", documents=sorted(docs), mentions=3) for nid, label in names.items()
    ]
    return graph_dict(nodes, links, sorted(docs.values(), key=lambda d: d["id"]))


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


_SYLLABLES = (
    "ka ro mi ta ne vo lu sa di ren bar tel mon gra vik hal sor pen dul fer "
    "zan ori bel cas tru nim qua jor lev"
).split()
_COOPERATIVE = ("CONSULT", "SUPPORT", "AGREE", "COOPERATE", "AID", "CONSULT", "SUPPORT")
_CONFLICTUAL = ("ACCUSE", "OPPOSE", "THREATEN", "SANCTION", "REJECT", "ASSAULT", "PROTEST")
_STRUCTURAL = ("MEMBER_OF", "LEADER_OF")


def _invented_name(rng: random.Random, kind: str) -> str:
    def word(n: int) -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(n)).capitalize()

    if kind == "PERSON":
        return f"{word(2)} {word(rng.choice((2, 3)))}"
    if kind == "ORG":
        return rng.choice(
            (f"{word(2)} Party", f"Ministry of {word(2)}", f"{word(3)} Corp", f"{word(2)} Front")
        )
    if kind == "GPE":
        return word(3) + rng.choice(("ia", "stan", "land", ""))
    return word(3) + "ans"


def community_graph(
    n_actors: int = 500,
    *,
    communities: int = 6,
    isolated_share: float = 0.35,
    days: int = 120,
    seed: int = 11,
) -> dict[str, Any]:
    """A realistic news graph: communities, hubs, camps, dates and isolated actors.

    Actors fall into ``communities``; relations inside one are mostly cooperative and
    those between them mostly conflictual, so the signed camps follow the communities
    (the last community has no camp, as actors with only structural relations have
    none). A share of actors has no relation at all, as in real corpora where most
    named actors are mentioned once. Documents span ``days`` days from 2024-03-01
    (about 4% undated, 4% dated to the month only); some pairs hold several relations
    at once. Names are invented.
    """
    rng = random.Random(seed)
    start = date(2024, 3, 1)
    n_docs = max(6, n_actors // 4)
    docs = []
    for i in range(n_docs):
        day = start + timedelta(days=int(days * (i / n_docs) ** 1.3))
        roll = rng.random()
        when = "" if roll < 0.04 else day.isoformat()[:7] if roll < 0.08 else day.isoformat()
        docs.append(document(f"doc{i:04d}", f"Report {i} on the crisis", f"wire-{i}", when))
    types = ["PERSON"] * 5 + ["ORG"] * 3 + ["GPE"] * 2 + ["NORP"]
    community = [i % communities for i in range(n_actors)]
    isolated = {i for i in range(n_actors) if rng.random() < isolated_share}
    connected = [i for i in range(n_actors) if i not in isolated]
    nodes = []
    ids = [f"actor-{i:04d}" for i in range(n_actors)]
    for i in range(n_actors):
        kind = types[rng.randrange(len(types))]
        nodes.append(
            node(
                ids[i],
                _invented_name(rng, kind),
                kind,
                mentions=1 + int(rng.paretovariate(1.6)),
                documents=sorted({docs[rng.randrange(n_docs)]["id"] for _ in range(2)}),
            )
        )
    links: dict[tuple[str, str, str], dict[str, Any]] = {}
    # Preferential attachment, mostly inside an actor's own community.
    ends: list[list[int]] = [[] for _ in range(communities)]
    members: list[list[int]] = [[] for _ in range(communities)]
    for i in connected:
        members[community[i]].append(i)
    for i in connected:
        for _ in range(1 + rng.randrange(3)):
            c = community[i] if rng.random() < 0.8 else rng.randrange(communities)
            pool = ends[c] if ends[c] and rng.random() < 0.75 else members[c]
            j = rng.choice(pool)
            if j == i:
                continue
            same = community[i] == community[j]
            roll = rng.random()
            if roll < 0.12:
                relation = rng.choice(_STRUCTURAL)
            elif (roll < 0.85) == same:
                relation = rng.choice(_COOPERATIVE)
            else:
                relation = rng.choice(_CONFLICTUAL)
            # A few pairs hold several relations at once, as real news pairs do.
            extra = [rng.choice(_COOPERATIVE + _CONFLICTUAL)] if roll > 0.93 else []
            for rel in sorted({relation, *extra}):
                key = (ids[i], ids[j], rel)
                if key in links:
                    continue
                items = []
                for _k in range(1 + int(rng.paretovariate(2.0)) % 6):
                    doc = docs[rng.randrange(n_docs)]["id"]
                    a, b = nodes[i]["label"], nodes[j]["label"]
                    sentence = f"{a} and {b} were reported in a {rel.lower()} event."
                    items.append(evidence(doc, sentence, a, b, rel.lower()))
                links[key] = link(ids[i], ids[j], rel, items)
                for doc_id in {e["doc"] for e in items}:
                    for k in (i, j):
                        if doc_id not in nodes[k]["documents"]:
                            nodes[k]["documents"] = sorted([*nodes[k]["documents"], doc_id])
            ends[community[i]].append(i)
            ends[community[j]].append(j)
    signed = {
        end
        for (src, tgt, rel) in links
        if RELATION_TYPES[rel].quad != "structural"
        for end in (src, tgt)
    }
    for k in links.values():
        for end in (k["source"], k["target"]):
            nodes[ids.index(end)]["mentions"] += k["weight"]
    for i, n in enumerate(nodes):
        if n["id"] in signed and community[i] != communities - 1:
            n["camp"] = community[i]
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
    # The load event waits for the viewer's script, which builds the whole network.
    page.goto(html_path.resolve().as_uri(), timeout=timeout * 1000)
    # Poll from Python: page.wait_for_function evaluates its predicate with eval() in
    # the page, which the viewer's Content-Security-Policy rightly forbids.
    deadline = time.monotonic() + timeout
    while not page.evaluate("Boolean(window.kgViewer && window.kgViewer.ready)"):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{html_path} was not laid out within {timeout:.0f} s")
        page.wait_for_timeout(25)
    return probe
