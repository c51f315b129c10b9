"""``graph.json``: networkx node-link data, the format every other kg command reads.

`generate_json` turns a graph into plain data, `write_json` writes it, `read_json`
loads and checks a file written by kg, and `graph_from_json` turns the data back into a
graph. Keys, nodes and links are sorted so the same graph always gives the same bytes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import write_text_atomic
from kg.errors import GraphFileError

__all__ = ["dumps", "generate_json", "graph_from_json", "read_json", "write_json"]

_FIX = "build one with: kg build INPUT -o DIR"


def generate_json(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Return the node-link data of ``G`` with nodes sorted by id and links by endpoints.

    Args:
        G: A kg graph (see `kg.graph.build_nx_graph`).

    Returns:
        A JSON-ready dict with ``directed``, ``multigraph``, ``graph``, ``nodes`` and
        ``links`` (one link per ``(source, target, relation)``, with ``key`` = relation).
    """
    data: dict[str, Any] = nx.node_link_data(G, edges="links")
    data["nodes"] = sorted(data["nodes"], key=lambda n: str(n["id"]))
    data["links"] = sorted(
        data["links"],
        key=lambda e: (str(e["source"]), str(e["target"]), str(e.get("relation", e.get("key")))),
    )
    return data


def dumps(data: dict[str, Any]) -> str:
    """Serialise graph data the way ``graph.json`` is written (indented, sorted, UTF-8)."""
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_json(G: nx.MultiDiGraph, path: Path) -> None:
    """Write ``G`` to ``path`` as ``graph.json``, atomically.

    Raises:
        OutputError: when the file cannot be written.
    """
    write_text_atomic(Path(path), dumps(generate_json(G)))


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
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise GraphFileError(f"{path} is not a kg graph.json: not UTF-8 text", _FIX) from None
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
