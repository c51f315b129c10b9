"""The streaming writers give what the one-shot writers gave.

graph.json must be byte for byte the text of ``json.dumps`` of the whole node-link data
(the way it was written before it was streamed); the GEXF file, written element by
element with lxml, must read back with ``networkx.read_gexf`` as the graph networkx's
own writer gives, and differ from networkx's bytes only in how XML is spelled.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.dates import spells
from kg.export.gexf import write_gexf
from kg.export.graphml import edge_id, flatten
from kg.export.json import dumps, generate_json, generate_json_text, graph_from_json, write_json
from tests.test_export import sample_graph


def one_string_json(G: nx.MultiDiGraph) -> str:
    """graph.json as it was written before streaming: one ``json.dumps`` of everything."""
    data = nx.node_link_data(G, edges="links")
    data["nodes"] = sorted(data["nodes"], key=lambda n: str(n["id"]))
    data["links"] = sorted(
        data["links"],
        key=lambda e: (str(e["source"]), str(e["target"]), str(e.get("relation", e.get("key")))),
    )
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def networkx_gexf(G: nx.MultiDiGraph) -> bytes:
    """The GEXF file as networkx's writer made it (whole tree in memory), dated by the build."""
    H = flatten(G)
    dates = {d["id"]: d["date"] for d in G.graph.get("documents") or []}
    for n, data in G.nodes(data=True):
        node_spells = spells(dates.get(doc, "") for doc in data.get("documents") or ())
        if node_spells:
            H.nodes[n]["spells"] = node_spells
    for u, v, key, data in G.edges(keys=True, data=True):
        edge_spells = spells(ev.get("date", "") for ev in data.get("evidence") or ())
        if edge_spells:
            H.edges[u, v, edge_id(u, v, key, data)]["spells"] = edge_spells
    buf = io.BytesIO()
    nx.write_gexf(H, buf, encoding="utf-8", prettyprint=True)
    created = str(G.graph.get("created", ""))[:10]
    return re.sub(
        rb'lastmodifieddate="[^"]*"', f'lastmodifieddate="{created}"'.encode(), buf.getvalue()
    )


def graphs() -> dict[str, nx.MultiDiGraph]:
    empty = nx.MultiDiGraph()
    empty.graph["created"] = "2024-03-01T00:00:00Z"
    # Two relations between one pair (a multigraph when read back) and attributes of
    # every scalar type, one only on a later edge (declared after networkx_key).
    multi = sample_graph()
    multi.add_edge(
        "nicolas-maduro", "russia", key="CRITICIZE", relation="CRITICIZE", weight=1,
        score=-0.5, evidence=[], checked=True,
    )  # fmt: skip
    multi.nodes["opec"]["note"] = "tab\there"
    return {
        "dated": sample_graph(),
        "undated": sample_graph(d2_date=""),
        "empty": empty,
        "multi": multi,
    }


def test_streamed_graph_json_of_a_build_is_the_one_string_serialisation(
    example_build: tuple[Path, dict[str, Any]],
) -> None:
    out, data = example_build
    G = graph_from_json(data)
    assert (out / "graph.json").read_text(encoding="utf-8") == one_string_json(G)
    assert "".join(generate_json_text(G)) == dumps(generate_json(G)) == one_string_json(G)


@pytest.mark.parametrize("name", sorted(graphs()))
def test_streamed_graph_json_is_the_one_string_serialisation(tmp_path: Path, name: str) -> None:
    G = graphs()[name]
    write_json(G, tmp_path / "graph.json")
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == one_string_json(G)


def assert_same_gexf(G: nx.MultiDiGraph, path: Path) -> None:
    write_gexf(G, path)
    ours, theirs = path.read_bytes(), networkx_gexf(G)
    # The same file but for how XML is spelled (see kg.export.gexf) and who wrote it.
    spelled = theirs.replace(b" />", b"/>").replace(b"&#09;", b"&#9;")
    spelled = re.sub(rb"<creator>NetworkX [^<]*</creator>", b"", spelled)
    assert re.sub(rb"<creator>kg [^<]*</creator>", b"", ours) == spelled
    new, old = nx.read_gexf(path), nx.read_gexf(io.BytesIO(theirs))
    assert new.graph == old.graph
    assert list(new.nodes(data=True)) == list(old.nodes(data=True))
    assert type(new) is type(old)
    assert list(new.edges(data=True)) == list(old.edges(data=True))


@pytest.mark.parametrize("name", sorted(graphs()))
def test_gexf_reads_back_as_networkx_wrote_it(tmp_path: Path, name: str) -> None:
    assert_same_gexf(graphs()[name], tmp_path / "graph.gexf")


def test_gexf_of_a_build_reads_back_as_networkx_wrote_it(
    example_build: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    out, data = example_build
    G = graph_from_json(data)
    assert_same_gexf(G, tmp_path / "graph.gexf")
    # And the file kg build wrote is that file.
    assert (out / "graph.gexf").read_bytes() == (tmp_path / "graph.gexf").read_bytes()
    assert nx.read_gexf(out / "graph.gexf").number_of_edges() == len(data["links"])
