"""Parquet tables of a graph, for corpora too big to explore as one JSON file.

Four files, one row per item of ``graph.json``, queryable with DuckDB, pandas, Polars or
Spark:

- ``nodes.parquet``: one row per actor (the node fields of ``graph.json``);
- ``links.parquet``: one row per link (source, target, relation, ...), without evidence;
- ``evidence.parquet``: one row per evidence item, with the ``source``, ``target``,
  ``relation`` and ``key`` of its link, so it joins back on those;
- ``documents.parquet``: one row per document (``graph.documents``).

Known fields get fixed types (lists stay lists, counts are int64, ``merged`` is a map);
a field this module does not know yet is kept with the type pyarrow infers. Rows are in
``graph.json`` order, so the same graph gives the same tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq

from kg.atomic import open_atomic
from kg.export.json import link_records, node_records

__all__ = ["PARQUET_FILES", "generate_tables", "write_parquet"]

#: Files `write_parquet` writes, in order.
PARQUET_FILES = ("nodes.parquet", "links.parquet", "evidence.parquet", "documents.parquet")

_STR = pa.string()
_INT = pa.int64()
_STRS = pa.list_(pa.string())
_SPAN = pa.list_(pa.int64())
#: ``{surface form: [rules that joined it]}``: a map, so an actor with no merge (``{}``)
#: is an empty map, where pyarrow would infer a struct Parquet cannot hold without fields.
_MERGED = pa.map_(pa.string(), pa.list_(pa.string()))

_NODE_TYPES: dict[str, pa.DataType] = {
    "id": _STR,
    "label": _STR,
    "type": _STR,
    "aliases": _STRS,
    "mentions": _INT,
    "documents": _STRS,
    "country": _STR,
    "roles": _STRS,
    "metonyms": _STRS,
    "merged": _MERGED,
    "sector": _STR,
    "degree": _INT,
    "camp": _INT,
    "first_seen": _STR,
    "last_seen": _STR,
}
_LINK_TYPES: dict[str, pa.DataType] = {
    "source": _STR,
    "target": _STR,
    "relation": _STR,
    "key": _STR,
    "quad": _STR,
    "score": pa.float64(),
    "weight": _INT,
    "modality": _STR,
    "predicates": _STRS,
    "documents": _STRS,
    "first_seen": _STR,
    "last_seen": _STR,
}
_EVIDENCE_TYPES: dict[str, pa.DataType] = {
    "source": _STR,
    "target": _STR,
    "relation": _STR,
    "key": _STR,
    "doc": _STR,
    "date": _STR,
    "sentence": _STR,
    "start": _INT,
    "end": _INT,
    "predicate": _STR,
    "modality": _STR,
    "source_span": _SPAN,
    "target_span": _SPAN,
}
_DOCUMENT_TYPES: dict[str, pa.DataType] = {
    "id": _STR,
    "title": _STR,
    "source": _STR,
    "date": _STR,
    "date_precision": _STR,
    "place": _STR,
    "sha256": _STR,
}


def _table(rows: Sequence[Mapping[str, Any]], types: Mapping[str, pa.DataType]) -> pa.Table:
    """Columns: the known fields present in the rows, in ``types`` order, then the rest."""
    present: set[str] = set()
    for row in rows:
        present.update(row)
    names = [name for name in types if name in present or not rows]
    names += sorted(present - set(types))
    columns = [pa.array([row.get(name) for row in rows], type=types.get(name)) for name in names]
    return pa.Table.from_arrays(columns, names=names)


def _evidence_rows(links: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for link in links:
        owner = {k: link.get(k) for k in ("source", "target", "relation", "key")}
        for item in link.get("evidence") or ():
            rows.append({**owner, **item})
    return rows


def generate_tables(G: nx.MultiDiGraph) -> dict[str, pa.Table]:
    """Return the four tables of ``G``, keyed by file name (see `PARQUET_FILES`)."""
    return dict(_tables(G))


def _tables(G: nx.MultiDiGraph) -> Iterator[tuple[str, pa.Table]]:
    """The tables one after the other: each table's rows are made when it is asked for,
    and dropped once it is built, so a writer holds one table at a time."""
    yield "nodes.parquet", _table(list(node_records(G)), _NODE_TYPES)
    links = [{k: v for k, v in link.items() if k != "evidence"} for link in link_records(G)]
    yield "links.parquet", _table(links, _LINK_TYPES)
    del links
    yield "evidence.parquet", _table(_evidence_rows(link_records(G)), _EVIDENCE_TYPES)
    documents = list(G.graph.get("documents") or ())
    yield "documents.parquet", _table(documents, _DOCUMENT_TYPES)


def write_parquet(G: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """Write the four tables of ``G`` into ``folder``, each file atomically.

    Returns:
        The paths written, in `PARQUET_FILES` order.

    Raises:
        OutputError: when a file cannot be written.
    """
    paths = []
    for name, table in _tables(G):
        path = Path(folder) / name
        with open_atomic(path) as fh:
            pq.write_table(table, fh, compression="zstd")
        del table
        paths.append(path)
    return paths
