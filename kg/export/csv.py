"""``nodes.csv`` and ``edges.csv`` with Neo4j ``neo4j-admin database import`` headers.

The files load as they are with::

    neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv \\
        --array-delimiter=";" neo4j

and open in any spreadsheet. Conventions:

- list columns (``string[]``) are joined with ``;`` (Neo4j's array delimiter); a ``;``
  inside an item becomes ``,`` because Neo4j has no escape for it;
- ``evidence`` holds the first evidence sentence of the edge, prefixed with its
  document id as ``[doc] sentence``; ``weight`` is the number of evidence items and
  ``graph.json`` keeps them all;
- ``camp``, ``first_seen`` and ``last_seen`` are empty when unknown (no property in
  Neo4j); dates are ISO prefixes ("2019-06-27", "2019-06", "2019") kept as strings;
- line breaks inside text are replaced by spaces so every record is one line (Neo4j
  otherwise needs ``--multiline-fields``);
- UTF-8 without a byte-order mark, ``\\n`` line endings, fields quoted only when needed.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import open_text_atomic

__all__ = ["EDGE_HEADER", "NODE_HEADER", "write_edges_csv", "write_nodes_csv"]

ARRAY_DELIMITER = ";"

NODE_HEADER = (
    "id:ID",
    "label",
    "type:LABEL",
    "aliases:string[]",
    "mentions:int",
    "documents:string[]",
    "country",
    "roles:string[]",
    "metonyms:string[]",
    "sector",
    "degree:int",
    "camp:int",
    "first_seen",
    "last_seen",
)

EDGE_HEADER = (
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "quad",
    "score:float",
    "weight:int",
    "modality",
    "predicates:string[]",
    "documents:string[]",
    "evidence",
    "first_seen",
    "last_seen",
)


def write_nodes_csv(G: nx.MultiDiGraph, path: Path) -> None:
    """Write one row per actor to ``path``, sorted by id, atomically.

    Raises:
        OutputError: when the file cannot be written.
    """

    def rows() -> Iterator[tuple[str, ...]]:
        for n in sorted(G.nodes, key=str):
            d = G.nodes[n]
            yield (
                str(n),
                _text(d.get("label", n)),
                _text(d.get("type", "")),
                _array(d.get("aliases")),
                _int(d.get("mentions")),
                _array(d.get("documents")),
                _text(d.get("country", "")),
                _array(d.get("roles")),
                _array(d.get("metonyms")),
                _text(d.get("sector", "")),
                _int(d.get("degree")),
                _optional_int(d.get("camp")),
                _text(d.get("first_seen")),
                _text(d.get("last_seen")),
            )

    _write(Path(path), NODE_HEADER, rows())


def write_edges_csv(G: nx.MultiDiGraph, path: Path) -> None:
    """Write one row per ``(source, target, relation)`` edge to ``path``, sorted, atomically.

    Raises:
        OutputError: when the file cannot be written.
    """

    def rows() -> Iterator[tuple[str, ...]]:
        for u, v, key, d in sorted(
            G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))
        ):
            yield (
                str(u),
                str(v),
                _text(d.get("relation", key)),
                _text(d.get("quad", "")),
                repr(float(d.get("score", 0.0))),
                _int(d.get("weight")),
                _text(d.get("modality", "")),
                _array(d.get("predicates")),
                _array(d.get("documents")),
                _first_evidence(d.get("evidence")),
                _text(d.get("first_seen")),
                _text(d.get("last_seen")),
            )

    _write(Path(path), EDGE_HEADER, rows())


def _write(path: Path, header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> None:
    """Stream the header and rows into ``path``, atomically (one row in memory at a time)."""
    with open_text_atomic(path) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _int(value: Any) -> str:
    return str(int(value)) if isinstance(value, int | float) else "0"


def _optional_int(value: Any) -> str:
    # Empty, not 0: neo4j-admin imports an empty field as no property (camp 0 is a camp).
    return str(int(value)) if isinstance(value, int | float) else ""


def _array(value: Any) -> str:
    if not value:
        return ""
    items = value if isinstance(value, list | tuple) else [value]
    return ARRAY_DELIMITER.join(_text(i).replace(ARRAY_DELIMITER, ",") for i in items)


def _first_evidence(evidence: Any) -> str:
    if not isinstance(evidence, list) or not evidence or not isinstance(evidence[0], dict):
        return ""
    doc = _text(evidence[0].get("doc", ""))
    sentence = _text(evidence[0].get("sentence", ""))
    return f"[{doc}] {sentence}" if doc else sentence
