"""Writers for everything ``kg build`` leaves in its output folder.

One module per format, each pure in-memory conversion plus an atomic write:
`kg.export.json` (``graph.json``, the format the read commands use),
`kg.export.graphml` (GraphML), `kg.export.gexf` (GEXF), `kg.export.csv` (Neo4j-style
CSV), `kg.export.parquet` (tables) and `kg.export.html` (the viewer).

The writers stream: each goes through the graph's records and writes them as it goes,
so writing holds the graph plus one format's working set, never the whole text of a
file or every format's copy of the graph at once.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import networkx as nx

from kg.errors import OutputError
from kg.export.csv import write_edges_csv, write_nodes_csv
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.json import generate_json, write_json

__all__ = ["FORMATS", "OUTPUT_FILES", "check_writable", "export_graph", "write_outputs"]

OUTPUT_FILES = ("graph.html", "graph.json", "graph.graphml", "graph.gexf", "nodes.csv", "edges.csv")

#: Formats `export_graph` writes; ``csv`` and ``parquet`` write a folder of files.
FORMATS = ("graphml", "gexf", "csv", "html", "json", "parquet")

_FIX = "choose a writable output folder with -o"


def write_outputs(
    G: nx.MultiDiGraph, out_dir: Path, *, max_nodes: int, parquet: bool = False
) -> list[Path]:
    """Write all of `OUTPUT_FILES` for ``G`` into ``out_dir``, creating it if needed.

    Each file is replaced atomically, so an interrupted run leaves every file either
    as it was or complete. The viewer is written last: it is the file users open, and
    it should never describe data that failed to be written.

    Args:
        G: A kg graph.
        out_dir: Output folder.
        max_nodes: Most nodes the viewer draws (the rest stay in the data files).
        parquet: Also write the Parquet tables (`kg.export.parquet.PARQUET_FILES`).

    Returns:
        The paths written, in `OUTPUT_FILES` order, then the Parquet tables.

    Raises:
        OutputError: when the folder or a file cannot be written.
    """
    from kg.export.html import write_html  # lazy: the viewer pulls in pyvis and templates

    out_dir = Path(out_dir)
    paths = {name: out_dir / name for name in OUTPUT_FILES}
    write_json(G, paths["graph.json"])
    write_graphml(G, paths["graph.graphml"])
    write_gexf(G, paths["graph.gexf"])
    write_nodes_csv(G, paths["nodes.csv"])
    write_edges_csv(G, paths["edges.csv"])
    tables: list[Path] = []
    if parquet:
        from kg.export.parquet import write_parquet  # lazy: pyarrow is a large import

        tables = write_parquet(G, out_dir)
    # The viewer's input (node-link records, sharing their values with G) is made last,
    # when no other writer's data is alive.
    write_html(generate_json(G), paths["graph.html"], max_nodes=max_nodes)
    return [paths[name] for name in OUTPUT_FILES] + tables


def export_graph(G: nx.MultiDiGraph, fmt: str, path: Path, *, max_nodes: int = 300) -> list[Path]:
    """Write ``G`` in one format.

    Args:
        G: A kg graph.
        fmt: One of `FORMATS`.
        path: The file to write; for ``csv``, the folder that receives ``nodes.csv``
            and ``edges.csv``; for ``parquet``, the folder that receives the tables.
        max_nodes: Most nodes the viewer draws (``html`` only).

    Returns:
        The paths written.

    Raises:
        ValueError: for a format not in `FORMATS`.
        OutputError: when a file cannot be written.
    """
    path = Path(path)
    if fmt == "json":
        write_json(G, path)
    elif fmt == "graphml":
        write_graphml(G, path)
    elif fmt == "gexf":
        write_gexf(G, path)
    elif fmt == "html":
        from kg.export.html import write_html

        write_html(generate_json(G), path, max_nodes=max_nodes)
    elif fmt == "csv":
        nodes, edges = path / "nodes.csv", path / "edges.csv"
        write_nodes_csv(G, nodes)
        write_edges_csv(G, edges)
        return [nodes, edges]
    elif fmt == "parquet":
        from kg.export.parquet import write_parquet

        return write_parquet(G, path)
    else:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return [path]


def check_writable(out_dir: Path, *, fix: str = _FIX) -> None:
    """Fail early when ``out_dir`` could not be created or written, without creating it.

    ``kg build`` calls this before parsing, so a typo in ``-o`` costs seconds rather
    than a whole parse run.

    Args:
        out_dir: The folder that will be written.
        fix: How to fix it, for the error message (default: choose another ``-o``).

    Raises:
        OutputError: when ``out_dir`` (or the nearest existing folder above it) is not a
            writable folder.
    """
    out_dir = Path(out_dir)
    probe = out_dir
    while not probe.exists():
        if probe.parent == probe:
            break
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError(f"cannot write to {out_dir}: {probe} is not a folder", fix)
    if probe == out_dir:
        # Permission bits lie (root, ACLs, read-only mounts): try a real file.
        try:
            fd, tmp = tempfile.mkstemp(prefix=".kg-probe.", dir=out_dir)
        except OSError as exc:
            raise OutputError(f"cannot write to {out_dir}: {exc.strerror or exc}", fix) from exc
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    elif not os.access(probe, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write to {out_dir}: {probe} is not writable", fix)
