"""GraphML export for Cytoscape and yEd, and the flattening GraphML and GEXF share.

Both formats only hold scalar attributes, so `flatten` turns a kg graph into a plain
one first:

- lists (aliases, documents, roles, predicates, ...) become one string joined with
  ``" | "``;
- missing values (``None``: an actor with no camp, a link with no date) are left out,
  so each attribute keeps one type (GraphML would otherwise declare it twice);
- the evidence list becomes ``evidence_count`` and ``evidence`` (the first evidence
  sentence, prefixed with its document id); ``graph.json`` keeps every sentence;
- the graph's ``model`` and ``documents`` become ``model_name``, ``model_version``,
  ``document_count`` and ``documents`` (ids joined with ``" | "``);
- every edge gets a unique id ``source|target|RELATION``: edge keys alone (the relation
  label) repeat across the file, and Gephi drops edges whose id it has already seen;
- in GEXF (`kg.export.gexf`), dated edges and nodes also get ``spells``;
- characters XML 1.0 cannot hold (control characters from scraped pages) are removed,
  since a file containing them would not load anywhere.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import open_atomic

__all__ = [
    "LIST_SEPARATOR",
    "build_date",
    "clean_xml",
    "edge_id",
    "flat_edge_attrs",
    "flat_graph_attrs",
    "flat_node_attrs",
    "flatten",
    "scalar",
    "write_graphml",
]

#: Joins list attributes into one string. Chosen because names and predicates never
#: contain it, and Gephi shows it readably.
LIST_SEPARATOR = " | "

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def flatten(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy of ``G`` whose attributes are all str, int, float or bool.

    Args:
        G: A kg graph.

    Returns:
        A new graph, keyed by unique edge ids (see the module docstring); ``G`` is not
        modified.
    """
    H = nx.MultiDiGraph()
    H.graph.update(flat_graph_attrs(G.graph))
    for n in sorted(G.nodes):
        H.add_node(n, **flat_node_attrs(G.nodes[n]))
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: e[:3]):
        attrs = flat_edge_attrs(u, v, key, data)
        H.add_edge(u, v, key=attrs["id"], **attrs)
    return H


def flat_node_attrs(data: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """The attributes of one node as `flatten` gives them, sorted by name."""
    return {k: scalar(v) for k, v in sorted(data.items()) if v is not None}


def flat_edge_attrs(u: str, v: str, key: str, data: dict[str, Any]) -> dict[str, Any]:
    """The attributes of one edge as `flatten` gives them: sorted by name, then ``id``."""
    attrs: dict[str, Any] = {}
    for k, value in sorted(data.items()):
        if value is None:
            continue
        if k == "evidence":
            evidence = list(value or [])
            attrs["evidence_count"] = len(evidence)
            attrs["evidence"] = _first_sentence(evidence)
        else:
            attrs[k] = scalar(value)
    attrs["id"] = edge_id(u, v, key, data)
    return attrs


def write_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    """Write ``G`` as GraphML to ``path`` atomically (see `flatten` for the attributes).

    networkx's lxml writer streams the elements into the file; only the flattened graph
    (no evidence beyond each edge's first sentence) is held besides ``G``.

    Raises:
        OutputError: when the file cannot be written.
    """
    H = flatten(G)
    with open_atomic(Path(path)) as fh:
        nx.write_graphml(H, fh, encoding="utf-8", prettyprint=True, edge_id_from_attribute="id")


def build_date(G: nx.MultiDiGraph) -> str:
    """The day ``G`` was built (``YYYY-MM-DD``), or "" when it does not say."""
    created = _DATE.match(str(G.graph.get("created", "")))
    return created.group(0) if created else ""


def edge_id(u: str, v: str, key: str, data: dict[str, Any]) -> str:
    """The unique id of an edge in GraphML and GEXF: ``source|target|RELATION``."""
    return f"{u}|{v}|{data.get('relation', key)}"


def clean_xml(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold."""
    return _XML_INVALID.sub("", text)


def scalar(value: Any) -> str | int | float | bool:
    """One attribute value as a scalar: lists joined with `LIST_SEPARATOR`, the rest JSON."""
    if isinstance(value, bool | int | float):
        return value
    if value is None:
        return ""
    if isinstance(value, str):
        return clean_xml(value)
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        if all(isinstance(i, str | int | float) for i in items):
            return clean_xml(LIST_SEPARATOR.join(str(i) for i in items))
    return clean_xml(json.dumps(value, ensure_ascii=False, sort_keys=True))


def _first_sentence(evidence: list[Any]) -> str:
    if not evidence or not isinstance(evidence[0], dict):
        return ""
    first = evidence[0]
    doc = str(first.get("doc", ""))
    sentence = " ".join(str(first.get("sentence", "")).split())
    return clean_xml(f"[{doc}] {sentence}" if doc else sentence)


def flat_graph_attrs(attrs: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """The graph attributes as `flatten` gives them (model and documents split up)."""
    flat: dict[str, str | int | float | bool] = {}
    for k, value in sorted(attrs.items()):
        if k == "model" and isinstance(value, dict):
            flat["model_name"] = scalar(value.get("name", ""))
            flat["model_version"] = scalar(value.get("version", ""))
        elif k == "documents" and isinstance(value, list):
            ids = [str(d.get("id", "")) if isinstance(d, dict) else str(d) for d in value]
            flat["document_count"] = len(ids)
            flat["documents"] = scalar(ids)
        else:
            flat[k] = scalar(value)
    return flat
