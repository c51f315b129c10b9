"""``graph.json``: networkx node-link data, the format every other kg command reads.

`generate_json` turns a graph into plain data, `generate_json_text` into the text of the
file, piece by piece, and `write_json` streams that text to disk; `read_json` loads and
checks a file written by kg, and `graph_from_json` turns the data back into a graph.
Keys, nodes and links are sorted so the same graph always gives the same bytes.

The file is written as a stream, one node or link record at a time, so writing it never
holds the whole text (or a second copy of the graph's records) in memory; the bytes are
those of `dumps` of `generate_json`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import open_text_atomic
from kg.errors import GraphFileError

__all__ = [
    "dumps",
    "generate_json",
    "generate_json_text",
    "graph_from_json",
    "link_records",
    "node_records",
    "read_json",
    "write_json",
]

_FIX = "build one with: kg build INPUT -o DIR"

#: The one serialiser of graph.json, whole (`dumps`) or record by record.
_ENCODER = json.JSONEncoder(indent=2, ensure_ascii=False, sort_keys=True)


def node_records(G: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    """Yield the node records of ``G``'s node-link data, sorted by id, one at a time.

    Each record is networkx's (``{**attributes, "id": node}``), made when it is asked
    for: a writer going through them holds one record, not a copy of every node.
    """
    for n in sorted(G.nodes, key=str):
        yield {**G.nodes[n], "id": n}


def link_records(G: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    """Yield the link records of ``G``'s node-link data, sorted by endpoints and relation.

    Each record is networkx's (``{**attributes, "source": u, "target": v, "key": k}``),
    made when it is asked for.
    """
    edges = sorted(
        G.edges(keys=True, data=True),
        key=lambda e: (str(e[0]), str(e[1]), str(e[3].get("relation", e[2]))),
    )
    for u, v, k, d in edges:
        yield {**d, "source": u, "target": v, "key": k}


def generate_json(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Return the node-link data of ``G`` with nodes sorted by id and links by endpoints.

    Args:
        G: A kg graph (see `kg.graph.build_nx_graph`).

    Returns:
        A JSON-ready dict with ``directed``, ``multigraph``, ``graph``, ``nodes`` and
        ``links`` (one link per ``(source, target, relation)``, with ``key`` = relation).
    """
    return {
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "graph": G.graph,
        "nodes": list(node_records(G)),
        "links": list(link_records(G)),
    }


def dumps(data: dict[str, Any]) -> str:
    """Serialise graph data the way ``graph.json`` is written (indented, sorted, UTF-8)."""
    return _ENCODER.encode(data) + "\n"


def generate_json_text(G: nx.MultiDiGraph) -> Iterator[str]:
    """Yield the text of ``graph.json`` for ``G`` in pieces: ``"".join`` of them is
    ``dumps(generate_json(G))``, but at most one record is serialised at a time.

    The top-level object is laid out here exactly as `json` lays it out with
    ``indent=2`` and sorted keys; each value or record is serialised by the same encoder
    and moved right by its depth (JSON text has no raw line break inside a string, so
    every line break in it is indentation).
    """
    yield "{"
    top: dict[str, Any] = {
        "directed": G.is_directed(),
        "graph": G.graph,
        "links": link_records(G),
        "multigraph": G.is_multigraph(),
        "nodes": node_records(G),
    }
    for i, (key, value) in enumerate(top.items()):
        yield ("," if i else "") + "\n  " + _ENCODER.encode(key) + ": "
        if isinstance(value, Iterator):
            yield from _records_text(value)
        else:
            for chunk in _ENCODER.iterencode(value):
                yield chunk.replace("\n", "\n  ")
    yield "\n}\n"


def _records_text(records: Iterator[dict[str, Any]]) -> Iterator[str]:
    """A list of records at depth 1 of graph.json, as `json` with ``indent=2`` writes it."""
    opened = False
    for record in records:
        yield (",\n    " if opened else "[\n    ") + _ENCODER.encode(record).replace("\n", "\n    ")
        opened = True
    yield "\n  ]" if opened else "[]"


def write_json(G: nx.MultiDiGraph, path: Path) -> None:
    """Write ``G`` to ``path`` as ``graph.json``, atomically, as a stream.

    Raises:
        OutputError: when the file cannot be written.
    """
    with open_text_atomic(Path(path)) as fh:
        fh.writelines(generate_json_text(G))


def read_json(path: Path) -> dict[str, Any]:
    """Load a ``graph.json`` written by kg and check its shape.

    A folder is accepted when it holds a ``graph.json`` (so ``kg entities output/``
    works).

    Args:
        path: The file, or the output folder of ``kg build``.

    Returns:
        The node-link data.

    Raises:
        GraphFileError: when the file is missing, unreadable, not JSON, or not a kg graph.
    """
    path = Path(path)
    if path.is_dir() and (path / "graph.json").is_file():
        path = path / "graph.json"
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise GraphFileError(f"{path} is not a kg graph.json: no such file", _FIX) from None
    except IsADirectoryError:
        raise GraphFileError(f"{path} is not a kg graph.json: it is a folder", _FIX) from None
    except OSError as exc:
        raise GraphFileError(
            f"{path} is not a kg graph.json: {exc.strerror or exc}", _FIX
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise GraphFileError(f"{path} is not a kg graph.json: not UTF-8 text", _FIX) from None
    del raw  # the text and the parsed data are enough copies of the file at once
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GraphFileError(
            f"{path} is not a kg graph.json: invalid JSON at line {exc.lineno} column {exc.colno}",
            _FIX,
        ) from None
    why = _shape_problem(data)
    if why:
        raise GraphFileError(f"{path} is not a kg graph.json: {why}", _FIX)
    return dict(data)


def graph_from_json(data: dict[str, Any]) -> nx.MultiDiGraph:
    """Rebuild the graph from node-link data (as returned by `read_json`).

    Links without a ``key`` (written by other tools) get their relation as key, so the
    result is keyed like a graph from `kg.graph.build_nx_graph`.
    """
    links = [
        link if "key" in link else {**link, "key": link.get("relation")}
        for link in data.get("links", [])
    ]
    data = {**data, "links": links, "directed": True, "multigraph": True}
    G: nx.MultiDiGraph = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    return G


def _shape_problem(data: Any) -> str:
    """Return why ``data`` is not kg node-link data, or "" when it is."""
    if not isinstance(data, dict):
        return "the top level is not an object"
    for field, kind in (("graph", dict), ("nodes", list), ("links", list)):
        if field not in data:
            return f"no '{field}' field"
        if not isinstance(data[field], kind):
            return f"'{field}' is not a{'n object' if kind is dict else ' list'}"
    ids: set[str] = set()
    for i, node in enumerate(data["nodes"]):
        if not isinstance(node, dict) or not isinstance(node.get("id"), str):
            return f"node {i} has no string 'id'"
        ids.add(node["id"])
    for i, link in enumerate(data["links"]):
        if not isinstance(link, dict):
            return f"link {i} is not an object"
        for end in ("source", "target"):
            value = link.get(end)
            if not isinstance(value, str) or value not in ids:
                return f"link {i} has a '{end}' that is not a node id"
        if not isinstance(link.get("relation"), str):
            return f"link {i} has no string 'relation'"
    return ""
