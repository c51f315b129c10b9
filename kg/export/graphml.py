"""GraphML and GEXF exports for Gephi, Cytoscape and yEd.

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
- in GEXF, each dated edge gets ``spells``: the days its evidence was published, merged
  into intervals; each dated node the days of the documents it appears in. The graph is
  then dynamic (``timeformat="date"``), so Gephi's timeline plays it; undated elements
  have no spell and show at every time. A graph with no date stays a static GEXF;
- characters XML 1.0 cannot hold (control characters from scraped pages) are removed,
  since a file containing them would not load anywhere.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import write_bytes_atomic
from kg.dates import spells

__all__ = ["LIST_SEPARATOR", "flatten", "write_gexf", "write_graphml"]

#: Joins list attributes into one string. Chosen because names and predicates never
#: contain it, and Gephi shows it readably.
LIST_SEPARATOR = " | "

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_GEXF_DATE = re.compile(rb'lastmodifieddate="[^"]*"')
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
    H.graph.update(_flat_graph_attrs(G.graph))
    for n in sorted(G.nodes):
        H.add_node(n, **{k: _scalar(v) for k, v in sorted(G.nodes[n].items()) if v is not None})
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: e[:3]):
        attrs: dict[str, Any] = {}
        for k, value in sorted(data.items()):
            if value is None:
                continue
            if k == "evidence":
                evidence = list(value or [])
                attrs["evidence_count"] = len(evidence)
                attrs["evidence"] = _first_sentence(evidence)
            else:
                attrs[k] = _scalar(value)
        edge_id = _edge_id(u, v, key, data)
        attrs["id"] = edge_id
        H.add_edge(u, v, key=edge_id, **attrs)
    return H


def write_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    """Write ``G`` as GraphML to ``path`` atomically (see `flatten` for the attributes).

    Raises:
        OutputError: when the file cannot be written.
    """
    buf = io.BytesIO()
    nx.write_graphml(
        flatten(G), buf, encoding="utf-8", prettyprint=True, edge_id_from_attribute="id"
    )
    write_bytes_atomic(Path(path), buf.getvalue())


def write_gexf(G: nx.MultiDiGraph, path: Path) -> None:
    """Write ``G`` as GEXF 1.2 to ``path`` atomically (see `flatten` for the attributes).

    Node ``label`` becomes the GEXF label and edge ``weight`` the GEXF weight, which is
    what Gephi sizes and lays out by.

    Raises:
        OutputError: when the file cannot be written.
    """
    H = flatten(G)
    _add_spells(G, H)
    buf = io.BytesIO()
    nx.write_gexf(H, buf, encoding="utf-8", prettyprint=True)
    data = buf.getvalue()
    # networkx stamps today's date; the build date keeps the file reproducible.
    created = _DATE.match(str(G.graph.get("created", "")))
    if created:
        data = _GEXF_DATE.sub(f'lastmodifieddate="{created.group(0)}"'.encode(), data, count=1)
    write_bytes_atomic(Path(path), data)


def _add_spells(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> None:
    """Give the nodes and edges of ``H`` (flattened ``G``) the spells of their dates."""
    documents = G.graph.get("documents")
    doc_dates = {
        str(d.get("id", "")): str(d.get("date", ""))
        for d in (documents if isinstance(documents, list) else [])
        if isinstance(d, dict)
    }
    for n, data in G.nodes(data=True):
        node_spells = spells(doc_dates.get(str(doc), "") for doc in data.get("documents") or ())
        if node_spells:
            H.nodes[n]["spells"] = node_spells
    for u, v, key, data in G.edges(keys=True, data=True):
        evidence = data.get("evidence") or ()
        edge_spells = spells(str(ev.get("date", "")) for ev in evidence if isinstance(ev, dict))
        if edge_spells:
            H.edges[u, v, _edge_id(u, v, key, data)]["spells"] = edge_spells


def _edge_id(u: str, v: str, key: str, data: dict[str, Any]) -> str:
    return f"{u}|{v}|{data.get('relation', key)}"


def _clean(text: str) -> str:
    return _XML_INVALID.sub("", text)


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, bool | int | float):
        return value
    if value is None:
        return ""
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        if all(isinstance(i, str | int | float) for i in items):
            return _clean(LIST_SEPARATOR.join(str(i) for i in items))
    return _clean(json.dumps(value, ensure_ascii=False, sort_keys=True))


def _first_sentence(evidence: list[Any]) -> str:
    if not evidence or not isinstance(evidence[0], dict):
        return ""
    first = evidence[0]
    doc = str(first.get("doc", ""))
    sentence = " ".join(str(first.get("sentence", "")).split())
    return _clean(f"[{doc}] {sentence}" if doc else sentence)


def _flat_graph_attrs(attrs: dict[str, Any]) -> dict[str, str | int | float | bool]:
    flat: dict[str, str | int | float | bool] = {}
    for k, value in sorted(attrs.items()):
        if k == "model" and isinstance(value, dict):
            flat["model_name"] = _scalar(value.get("name", ""))
            flat["model_version"] = _scalar(value.get("version", ""))
        elif k == "documents" and isinstance(value, list):
            ids = [str(d.get("id", "")) if isinstance(d, dict) else str(d) for d in value]
            flat["document_count"] = len(ids)
            flat["documents"] = _scalar(ids)
        else:
            flat[k] = _scalar(value)
    return flat
