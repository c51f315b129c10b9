"""Aggregate resolved entities and per-sentence relations into one networkx graph.

The graph is a `networkx.MultiDiGraph` with one node per actor (keyed by `Entity.id`)
and one edge per ``(source, target, relation)``; the edge key is the relation label so
that two different relations between the same actors stay two edges. Every edge keeps
the evidence sentences that support it. The same input in any order gives the same
graph, node for node and edge for edge, so exports are byte-for-byte reproducible.

The read side (`find_actors`, `entity_rows`, `edge_rows`) works on a graph loaded back
from ``graph.json`` and is what the ``kg entities``/``relations``/``show`` commands use.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from typing import Any

import networkx as nx

from kg.camps import signed_ties, split_camps
from kg.dates import first_last, precision_of
from kg.model import MODALITIES, Document, Entity, Evidence, Relation
from kg.names import fold
from kg.vocab import RELATION_TYPES, SYMMETRIC

__all__ = [
    "build_nx_graph",
    "edge_rows",
    "entity_rows",
    "find_actors",
    "fold",
    "summarise_modality",
]


def build_nx_graph(
    entities: Sequence[Entity],
    relations: Sequence[Relation],
    documents: Sequence[Document],
    *,
    model: dict[str, str],
    created: str,
    kg_version: str,
) -> nx.MultiDiGraph:
    """Build the actor graph from resolved entities and relations.

    Args:
        entities: Resolved actors; each becomes a node keyed by its id. Entities that
            share an id (an upstream bug) are merged rather than silently overwritten.
        relations: One relation per sentence, with global entity ids as endpoints.
            A relation of `kg.vocab.SYMMETRIC` ("X met Y") is one edge per pair,
            starting from the actor that is the subject of most of its evidence (ties:
            of the earliest evidence; with no subject told apart, the smaller id);
            self-loops and relations whose endpoints are not entities are dropped.
        documents: Documents the graph was built from, recorded in the graph attributes;
            their dates date the evidence (``date`` on each item) and give each link and
            node its ``first_seen``/``last_seen`` (None when nothing about it is dated).
        model: The spaCy pipeline used, as ``{"name": ..., "version": ...}``.
        created: Build timestamp (ISO 8601); the only attribute that varies between runs.
        kg_version: Version of kg that built the graph.

    Returns:
        A `networkx.MultiDiGraph` whose node, edge and graph attributes follow the
        ``graph.json`` schema of DESIGN.md section 5, plus a weighted ``degree`` per node
        and its ``camp`` (`kg.camps`; None for actors with no signed relation).

    Raises:
        ValueError: when a relation label is not in `kg.vocab.RELATION_TYPES` (a bug in
            the extractor, not a user error).
    """
    G = nx.MultiDiGraph()
    G.graph["kg_version"] = kg_version
    G.graph["model"] = {
        "name": str(model.get("name", "")),
        "version": str(model.get("version", "")),
    }
    G.graph["created"] = created
    G.graph["documents"] = _document_records(documents)
    # Dates are attached here, not by the extractor: the parse cache is keyed by text,
    # and the same text may arrive with another date.
    dates = {d["id"]: d["date"] for d in G.graph["documents"] if d["date_precision"]}

    for node_id, attrs in sorted(_node_records(entities).items()):
        first, last = first_last(dates.get(doc, "") for doc in attrs["documents"])
        G.add_node(node_id, **attrs, first_seen=first, last_seen=last)

    evidence_by_edge: dict[tuple[str, str, str], set[Evidence]] = {}
    # For a symmetric relation, the actors each evidence item has as its subject.
    subjects: dict[tuple[str, str, str], dict[Evidence, set[str]]] = {}
    for rel in relations:
        if rel.relation not in RELATION_TYPES:
            raise ValueError(f"unknown relation type {rel.relation!r} (see kg.vocab)")
        source, target, ev = rel.source, rel.target, rel.evidence
        if source == target or source not in G or target not in G:
            continue
        if rel.relation in SYMMETRIC:
            subject = source
            if target < source:
                source, target, ev = target, source, _swapped(ev)
            edge = (source, target, rel.relation)
            subjects.setdefault(edge, {}).setdefault(ev, set()).add(subject)
        evidence_by_edge.setdefault((source, target, rel.relation), set()).add(ev)

    for (source, target, label), items in sorted(evidence_by_edge.items()):
        if label in SYMMETRIC and _subject_of(subjects[source, target, label]) == target:
            source, target, items = target, source, {_swapped(ev) for ev in items}
        G.add_edge(source, target, key=label, **_edge_record(label, items, dates))

    _add_weighted_degree(G)
    camps = split_camps(signed_ties(G))
    nx.set_node_attributes(G, {n: camps.get(n) for n in G.nodes}, "camp")
    return G


def summarise_modality(modalities: Iterable[str]) -> str:
    """Return the overall modality of an edge from the modalities of its evidence.

    An edge is ``asserted`` as soon as one sentence asserts it; otherwise it takes the
    most frequent modality, ties broken by the order of `kg.model.MODALITIES` (more
    certain first). Unknown modalities lose ties to known ones, then sort by name.

    Args:
        modalities: One modality per evidence item.

    Returns:
        The summary modality, or ``"asserted"`` for no evidence at all.
    """
    counts = Counter(modalities)
    if not counts or "asserted" in counts:
        return "asserted"

    def rank(item: tuple[str, int]) -> tuple[int, int, str]:
        name, count = item
        order = MODALITIES.index(name) if name in MODALITIES else len(MODALITIES)
        return (-count, order, name)

    return min(counts.items(), key=rank)[0]


def find_actors(G: nx.MultiDiGraph, name: str) -> list[str]:
    """Find the nodes a user means by ``name``.

    Tried in order, the first tier with a hit wins: exact node id, folded label (see
    `fold`), folded alias. Tiers keep "Marsh" from matching every actor whose aliases
    contain it when one actor is called exactly that.

    Args:
        G: A kg graph.
        name: What the user typed: an id, a name or any merged surface form.

    Returns:
        Matching node ids, sorted; empty when nothing matches.
    """
    if name in G:
        return [name]
    wanted = fold(name)
    if not wanted:
        return []
    by_label = sorted(n for n, d in G.nodes(data=True) if fold(str(d.get("label", n))) == wanted)
    if by_label:
        return by_label
    return sorted(
        n
        for n, d in G.nodes(data=True)
        if any(fold(str(alias)) == wanted for alias in d.get("aliases") or ())
    )


def entity_rows(G: nx.MultiDiGraph, *, type: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    """List actors for display: most mentioned first, then by name.

    Args:
        G: A kg graph.
        type: Keep only actors of this entity type (case-insensitive), e.g. ``"PERSON"``.

    Returns:
        ``(node_id, attributes)`` pairs.
    """
    wanted = type.upper() if type else None
    rows = [
        (str(n), d)
        for n, d in G.nodes(data=True)
        if wanted is None or str(d.get("type", "")).upper() == wanted
    ]
    rows.sort(
        key=lambda r: (-int(r[1].get("mentions", 0)), fold(str(r[1].get("label", r[0]))), r[0])
    )
    return rows


def edge_rows(
    G: nx.MultiDiGraph,
    *,
    nodes: Collection[str] | None = None,
    relations: Collection[str] | None = None,
) -> list[tuple[str, str, dict[str, Any]]]:
    """List edges for display: heaviest first, then by source, relation and target label.

    Args:
        G: A kg graph.
        nodes: Keep only edges touching one of these node ids.
        relations: Keep only edges with one of these relation labels.

    Returns:
        ``(source, target, attributes)`` triples.
    """
    rows: list[tuple[str, str, dict[str, Any]]] = []
    for u, v, key, d in G.edges(keys=True, data=True):
        if nodes is not None and u not in nodes and v not in nodes:
            continue
        if relations is not None and str(d.get("relation", key)) not in relations:
            continue
        rows.append((str(u), str(v), d))

    def label(n: str) -> str:
        return fold(str(G.nodes[n].get("label", n)))

    rows.sort(
        key=lambda r: (
            -int(r[2].get("weight", 0)),
            label(r[0]),
            str(r[2].get("relation", "")),
            label(r[1]),
            r[0],
            r[1],
        )
    )
    return rows


def _document_records(documents: Sequence[Document]) -> list[dict[str, str]]:
    """One record per document id; ``date`` is kept only when it is an ISO prefix."""
    by_id: dict[str, dict[str, str]] = {}
    # Sorting by every field first makes the survivor of a duplicate id independent of
    # input order.
    for doc in sorted(documents, key=lambda d: (d.id, d.sha256, d.title, d.source, d.date)):
        by_id.setdefault(
            doc.id,
            {
                "id": doc.id,
                "title": doc.title,
                "source": doc.source,
                "date": doc.date if precision_of(doc.date) else "",
                "date_precision": precision_of(doc.date),
                "place": doc.place,
                "sha256": doc.sha256,
            },
        )
    return [by_id[k] for k in sorted(by_id)]


def _node_records(entities: Sequence[Entity]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[Entity]] = {}
    for ent in entities:
        groups.setdefault(ent.id, []).append(ent)
    records: dict[str, dict[str, Any]] = {}
    for node_id, group in groups.items():
        # The most mentioned variant names the node; the rest only add evidence.
        head = min(group, key=lambda e: (-e.mentions, e.label, e.type, e.country))
        records[node_id] = {
            "label": head.label,
            "type": head.type,
            "aliases": sorted({a for e in group for a in e.aliases}),
            "mentions": sum(e.mentions for e in group),
            "documents": sorted({d for e in group for d in e.documents}),
            "country": head.country or next((e.country for e in group if e.country), ""),
            "roles": sorted({r for e in group for r in e.roles}),
            "metonyms": sorted({m for e in group for m in e.metonyms}),
            "merged": _merged(group),
            "sector": head.sector or next((e.sector for e in group if e.sector), ""),
        }
    return records


def _merged(group: Sequence[Entity]) -> dict[str, list[str]]:
    """The merge audit of a node: surface form -> the rules that joined it."""
    rules: dict[str, set[str]] = {}
    for e in group:
        for form, by in e.merged:
            rules.setdefault(form, set()).update(by)
    return {form: sorted(rules[form]) for form in sorted(rules)}


def _edge_record(label: str, items: set[Evidence], dates: dict[str, str]) -> dict[str, Any]:
    rtype = RELATION_TYPES[label]
    evidence = [
        {
            "doc": ev.doc,
            "sentence": ev.sentence,
            "start": ev.start,
            "end": ev.end,
            "predicate": ev.predicate,
            "modality": ev.modality,
            "source_span": list(ev.source_span) if ev.source_span is not None else None,
            "target_span": list(ev.target_span) if ev.target_span is not None else None,
            "date": dates.get(ev.doc, ""),
        }
        for ev in sorted(items, key=_evidence_sort_key)
    ]
    first, last = first_last(dates.get(ev.doc, "") for ev in items)
    return {
        "relation": label,
        "quad": rtype.quad,
        "score": float(rtype.score),
        "weight": len(evidence),
        "documents": sorted({ev.doc for ev in items}),
        "modality": summarise_modality(ev.modality for ev in items),
        "predicates": sorted({ev.predicate for ev in items if ev.predicate}),
        "evidence": evidence,
        "first_seen": first,
        "last_seen": last,
    }


def _evidence_sort_key(ev: Evidence) -> tuple[Any, ...]:
    # Spans may be None; map them to a sortable tuple so the order is total.
    return (
        ev.doc,
        ev.start,
        ev.end,
        ev.predicate,
        ev.modality,
        ev.sentence,
        ev.source_span or (-1, -1),
        ev.target_span or (-1, -1),
    )


def _swapped(ev: Evidence) -> Evidence:
    return dataclasses.replace(ev, source_span=ev.target_span, target_span=ev.source_span)


def _subject_of(subjects: dict[Evidence, set[str]]) -> str | None:
    """The actor a symmetric link starts from: the grammatical subject of most of its
    evidence ("X met Y" is X -> Y), ties going to the subject of the earliest evidence
    that has one; None when no evidence tells (each named both, "X and Y met").

    Counted over the deduplicated evidence and ordered by `_evidence_sort_key`, so the
    choice does not depend on the order relations arrive in."""
    votes: Counter[str] = Counter()
    for actors in subjects.values():
        if len(actors) == 1:
            votes.update(actors)
    if not votes:
        return None
    ranked = votes.most_common()
    best = ranked[0][1]
    tied = {actor for actor, count in ranked if count == best}
    if len(tied) == 1:
        return next(iter(tied))
    for ev in sorted(subjects, key=_evidence_sort_key):
        if len(subjects[ev]) == 1 and subjects[ev] <= tied:
            return next(iter(subjects[ev]))
    return None  # unreachable: a tied actor has evidence of its own


def _add_weighted_degree(G: nx.MultiDiGraph) -> None:
    degree: dict[str, int] = dict.fromkeys(G.nodes, 0)
    for u, v, w in G.edges(data="weight", default=0):
        degree[u] += int(w)
        degree[v] += int(w)
    nx.set_node_attributes(G, degree, "degree")
