"""File exports: graph.json, GraphML, GEXF, CSV and the output folder (kg.export)."""

from __future__ import annotations

import csv
import json
import os
import sys
import types
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.errors import GraphFileError, OutputError
from kg.export import (
    FORMATS,
    OUTPUT_FILES,
    check_writable,
    export_graph,
    write_outputs,
)
from kg.export.csv import EDGE_HEADER, NODE_HEADER, write_edges_csv, write_nodes_csv
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.json import generate_json, graph_from_json, read_json, write_json
from kg.export.parquet import PARQUET_FILES
from kg.graph import build_nx_graph
from kg.model import Document, Entity, Evidence, Relation
from tests.schema import LINK_FIELDS

SENTENCE = "Moscow criticised\nNicolás Maduro's \x0brivals; Maduro thanked Russia."


def sample_graph(d2_date: str = "2024-02-01") -> nx.MultiDiGraph:
    entities = [
        Entity(
            "nicolas-maduro",
            "Nicolás Maduro",
            "PERSON",
            ("Maduro", "Nicolás Maduro", "Nicolas; Maduro"),
            7,
            ("d2", "d1"),
            "VEN",
            ("President",),
        ),
        Entity("russia", "Russia", "GPE", ("Russia",), 3, ("d1",), "RUS", (), ("Moscow",)),
        Entity("opec", "OPEC", "ORG", ("OPEC",), 1, ("d2",)),
    ]
    ev = Evidence("d1", SENTENCE, 10, 10 + len(SENTENCE), "thanked", "asserted", (40, 46), (55, 61))
    relations = [
        Relation("nicolas-maduro", "russia", "SUPPORT", ev),
        Relation(
            "nicolas-maduro",
            "russia",
            "SUPPORT",
            Evidence(
                "d2", "Maduro praised Russia.", 0, 22, "praised", "reported", (0, 6), (15, 21)
            ),
        ),
        Relation(
            "russia",
            "opec",
            "CONSULT",
            Evidence("d2", "Russia will meet OPEC.", 30, 52, "met", "future"),
        ),
    ]
    documents = [
        Document("d2", "Second", "https://example.org/2", d2_date, "t", "bb"),
        Document("d1", "First — é", "d1.txt", "", "t", "aa"),
    ]
    return build_nx_graph(
        entities,
        relations,
        documents,
        model={"name": "en_core_web_sm", "version": "3.8.0"},
        created="2024-03-01T12:00:00+00:00",
        kg_version="0.1.0",
    )


# ------------------------------------------------------------------------ graph.json


def test_json_follows_the_design_schema(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    write_json(sample_graph(), path)
    data = json.loads(path.read_text("utf-8"))

    assert set(data) == {"directed", "multigraph", "graph", "nodes", "links"}
    assert data["directed"] is True
    assert data["multigraph"] is True
    assert data["graph"] == {
        "kg_version": "0.1.0",
        "model": {"name": "en_core_web_sm", "version": "3.8.0"},
        "created": "2024-03-01T12:00:00+00:00",
        "documents": [
            {
                "id": "d1",
                "title": "First — é",
                "source": "d1.txt",
                "date": "",
                "date_precision": "",
                "place": "",
                "sha256": "aa",
            },
            {
                "id": "d2",
                "title": "Second",
                "source": "https://example.org/2",
                "date": "2024-02-01",
                "date_precision": "day",
                "place": "",
                "sha256": "bb",
            },
        ],
    }

    assert [n["id"] for n in data["nodes"]] == ["nicolas-maduro", "opec", "russia"]
    maduro = data["nodes"][0]
    assert maduro == {
        "id": "nicolas-maduro",
        "label": "Nicolás Maduro",
        "type": "PERSON",
        "aliases": ["Maduro", "Nicolas; Maduro", "Nicolás Maduro"],
        "mentions": 7,
        "documents": ["d1", "d2"],
        "country": "VEN",
        "roles": ["President"],
        "metonyms": [],
        "merged": {},
        "sector": "",
        "degree": 2,
        "camp": 0,
        "first_seen": "2024-02-01",
        "last_seen": "2024-02-01",
    }

    assert [(e["source"], e["target"], e["relation"]) for e in data["links"]] == [
        ("nicolas-maduro", "russia", "SUPPORT"),
        ("russia", "opec", "CONSULT"),  # symmetric: from the subject of its evidence
    ]
    link = data["links"][0]
    assert set(link) == LINK_FIELDS | {"key"}
    assert link["key"] == "SUPPORT"
    assert (link["quad"], link["score"], link["weight"]) == ("verbal_coop", 5.0, 2)
    assert link["documents"] == ["d1", "d2"]
    assert link["modality"] == "asserted"
    assert link["predicates"] == ["praised", "thanked"]
    assert (link["first_seen"], link["last_seen"]) == ("2024-02-01", "2024-02-01")
    assert [ev["date"] for ev in link["evidence"]] == ["", "2024-02-01"]
    assert link["evidence"][0] == {
        "doc": "d1",
        "sentence": SENTENCE,
        "start": 10,
        "end": 10 + len(SENTENCE),
        "predicate": "thanked",
        "modality": "asserted",
        "source_span": [40, 46],
        "target_span": [55, 61],
        "date": "",
    }
    assert data["links"][1]["evidence"][0]["source_span"] is None


def test_json_is_pretty_sorted_utf8_and_stable(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    write_json(sample_graph(), a)
    write_json(sample_graph(), b)
    text = a.read_text("utf-8")
    assert a.read_bytes() == b.read_bytes()
    assert "Nicolás" in text  # not \u00e1
    assert text.startswith('{\n  "directed": true,')
    assert text.endswith("}\n")


def test_json_round_trips_through_networkx(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    G = sample_graph()
    write_json(G, path)
    H = graph_from_json(read_json(path))
    assert isinstance(H, nx.MultiDiGraph)
    assert generate_json(H) == generate_json(G)
    assert H.edges["nicolas-maduro", "russia", "SUPPORT"]["weight"] == 2


def test_read_json_accepts_the_output_folder(tmp_path: Path) -> None:
    write_json(sample_graph(), tmp_path / "graph.json")
    assert read_json(tmp_path)["graph"]["kg_version"] == "0.1.0"


def test_graph_from_json_keys_links_without_key_by_relation() -> None:
    data = generate_json(sample_graph())
    for link in data["links"]:
        del link["key"]
    H = graph_from_json(data)
    assert ("nicolas-maduro", "russia", "SUPPORT") in H.edges(keys=True)


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (None, "no such file"),
        (b"{not json", "invalid JSON at line 1 column 2"),
        (b"\xff\xfe", "not UTF-8 text"),
        (b"[]", "the top level is not an object"),
        (b'{"graph": {}, "links": []}', "no 'nodes' field"),
        (b'{"graph": {}, "nodes": {}, "links": []}', "'nodes' is not a list"),
        (b'{"graph": [], "nodes": [], "links": []}', "'graph' is not an object"),
        (b'{"graph": {}, "nodes": [{"label": "x"}], "links": []}', "node 0 has no string 'id'"),
        (
            b'{"graph": {}, "nodes": [{"id": "a"}],'
            b' "links": [{"source": "a", "target": "b", "relation": "AID"}]}',
            "link 0 has a 'target' that is not a node id",
        ),
        (
            b'{"graph": {}, "nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a"}]}',
            "link 0 has no string 'relation'",
        ),
    ],
)
def test_read_json_rejects_what_is_not_a_kg_graph(
    tmp_path: Path, content: bytes | None, why: str
) -> None:
    path = tmp_path / "graph.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(GraphFileError) as info:
        read_json(path)
    assert str(info.value) == (
        f"{path} is not a kg graph.json: {why} — build one with: kg build INPUT -o DIR"
    )


# ------------------------------------------------------------------ GraphML and GEXF


def test_graphml_loads_back_with_networkx(tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(sample_graph(), path)
    H = nx.read_graphml(path, force_multigraph=True)

    assert sorted(H.nodes) == ["nicolas-maduro", "opec", "russia"]
    maduro = H.nodes["nicolas-maduro"]
    assert maduro["label"] == "Nicolás Maduro"
    assert maduro["aliases"] == "Maduro | Nicolas; Maduro | Nicolás Maduro"
    assert maduro["mentions"] == 7
    assert maduro["documents"] == "d1 | d2"
    assert maduro["metonyms"] == ""

    edges = {d["relation"]: (u, v, k, d) for u, v, k, d in H.edges(keys=True, data=True)}
    assert set(edges) == {"SUPPORT", "CONSULT"}
    u, v, key, d = edges["SUPPORT"]
    assert (u, v, key) == ("nicolas-maduro", "russia", "nicolas-maduro|russia|SUPPORT")
    assert d["weight"] == 2
    assert d["score"] == 5.0
    assert d["evidence_count"] == 2
    assert d["predicates"] == "praised | thanked"
    # First evidence sentence, one line, XML-invalid control characters removed.
    assert d["evidence"] == "[d1] Moscow criticised Nicolás Maduro's rivals; Maduro thanked Russia."

    assert H.graph["model_name"] == "en_core_web_sm"
    assert H.graph["document_count"] == 2
    assert H.graph["documents"] == "d1 | d2"


def test_graphml_edge_ids_are_unique_even_when_relations_repeat(tmp_path: Path) -> None:
    G = sample_graph()
    G.add_edge("opec", "nicolas-maduro", key="SUPPORT", relation="SUPPORT", weight=1, evidence=[])
    path = tmp_path / "graph.graphml"
    write_graphml(G, path)
    text = path.read_text("utf-8")
    ids = [line.split('id="')[1].split('"')[0] for line in text.splitlines() if "<edge " in line]
    assert len(ids) == 3
    assert len(set(ids)) == 3


def test_gexf_loads_back_with_networkx(tmp_path: Path) -> None:
    path = tmp_path / "graph.gexf"
    write_gexf(sample_graph(), path)
    H = nx.read_gexf(path)

    assert sorted(H.nodes) == ["nicolas-maduro", "opec", "russia"]
    assert H.nodes["nicolas-maduro"]["label"] == "Nicolás Maduro"
    assert H.nodes["russia"]["metonyms"] == "Moscow"
    assert H.nodes["russia"]["mentions"] == 3
    assert H.number_of_edges() == 2
    d = H.edges["nicolas-maduro", "russia"]
    assert d["relation"] == "SUPPORT"
    assert d["weight"] == 2
    assert d["id"] == "nicolas-maduro|russia|SUPPORT"
    assert d["evidence_count"] == 2
    assert "\x0b" not in d["evidence"]
    # Dated by the build, not by the day the file was written: reproducible output.
    assert 'lastmodifieddate="2024-03-01"' in path.read_text("utf-8")


@pytest.mark.parametrize(
    ("d2_date", "spell"),
    [
        ("2024-02-01", ("2024-02-01", "2024-02-02")),
        ("2024-02", ("2024-02-01", "2024-03-01")),
        ("2024", ("2024-01-01", "2025-01-01")),
    ],
)
def test_gexf_is_dynamic_when_documents_are_dated(
    tmp_path: Path, d2_date: str, spell: tuple[str, str]
) -> None:
    path = tmp_path / "graph.gexf"
    write_gexf(sample_graph(d2_date), path)
    H = nx.read_gexf(path)
    assert H.graph["mode"] == "dynamic"
    assert 'timeformat="date"' in path.read_text("utf-8")
    # Each edge lives on the days its evidence was published; undated evidence adds none.
    assert H.edges["nicolas-maduro", "russia"]["spells"] == [spell]
    assert H.edges["russia", "opec"]["spells"] == [spell]
    assert H.nodes["nicolas-maduro"]["spells"] == [spell]
    # Only in the undated document: no spell, so Gephi shows it at every time.
    assert "spells" not in H.nodes["russia"]
    assert "first_seen" not in H.nodes["russia"]
    assert H.edges["nicolas-maduro", "russia"]["first_seen"] == d2_date


def test_gexf_without_dates_stays_static(tmp_path: Path) -> None:
    path = tmp_path / "graph.gexf"
    write_gexf(sample_graph(d2_date=""), path)
    H = nx.read_gexf(path)
    assert H.graph["mode"] == "static"
    assert "timeformat" not in path.read_text("utf-8")
    assert all("spells" not in d for _, d in H.nodes(data=True))
    assert all("spells" not in d for _, _, d in H.edges(data=True))
    assert "first_seen" not in H.edges["nicolas-maduro", "russia"]


# ----------------------------------------------------------------------------- CSV


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def test_nodes_csv(tmp_path: Path) -> None:
    path = tmp_path / "nodes.csv"
    write_nodes_csv(sample_graph(), path)
    header, rows = read_csv(path)
    assert header == list(NODE_HEADER)
    assert header[:5] == ["id:ID", "label", "type:LABEL", "aliases:string[]", "mentions:int"]
    assert [r["id:ID"] for r in rows] == ["nicolas-maduro", "opec", "russia"]
    maduro = rows[0]
    # ';' is the array delimiter, so one inside an alias becomes ','.
    assert maduro["aliases:string[]"].split(";") == ["Maduro", "Nicolas, Maduro", "Nicolás Maduro"]
    assert maduro["documents:string[]"] == "d1;d2"
    assert maduro["mentions:int"] == "7"
    assert maduro["type:LABEL"] == "PERSON"
    assert rows[2]["metonyms:string[]"] == "Moscow"
    assert rows[1]["roles:string[]"] == ""
    assert [r["camp:int"] for r in rows] == ["0", "0", "0"]
    assert (maduro["first_seen"], maduro["last_seen"]) == ("2024-02-01", "2024-02-01")
    # Russia appears only in the undated document.
    assert (rows[2]["first_seen"], rows[2]["last_seen"]) == ("", "")


def test_edges_csv(tmp_path: Path) -> None:
    path = tmp_path / "edges.csv"
    write_edges_csv(sample_graph(), path)
    header, rows = read_csv(path)
    assert header == list(EDGE_HEADER)
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert [(r[":START_ID"], r[":END_ID"], r[":TYPE"]) for r in rows] == [
        ("nicolas-maduro", "russia", "SUPPORT"),
        ("russia", "opec", "CONSULT"),
    ]
    support = rows[0]
    assert support["score:float"] == "5.0"
    assert support["weight:int"] == "2"
    assert support["predicates:string[]"] == "praised;thanked"
    assert support["modality"] == "asserted"
    assert support["evidence"] == (
        "[d1] Moscow criticised Nicolás Maduro's rivals; Maduro thanked Russia."
    )
    assert (support["first_seen"], support["last_seen"]) == ("2024-02-01", "2024-02-01")
    # One physical line per record: Neo4j import needs no --multiline-fields.
    assert len(path.read_text("utf-8").splitlines()) == 3


# ------------------------------------------------------------------- atomic writes


WRITERS = {
    "json": write_json,
    "graphml": write_graphml,
    "gexf": write_gexf,
    "nodes": write_nodes_csv,
    "edges": write_edges_csv,
}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_failed_write_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    path = tmp_path / "out.file"
    path.write_text("old content", "utf-8")

    def broken_replace(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="No space left on device"):
        WRITERS[name](sample_graph(), path)
    assert path.read_text("utf-8") == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.file"]


# ------------------------------------------------------------------ output folder


@pytest.fixture
def fake_html(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replace the viewer writer; records each call."""
    calls: list[dict[str, Any]] = []

    def write_html(data: dict[str, Any], path: Path, *, max_nodes: int = 300) -> None:
        calls.append({"data": data, "path": path, "max_nodes": max_nodes})
        Path(path).write_text("<html></html>", "utf-8")

    module = types.ModuleType("kg.export.html")
    module.write_html = write_html  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kg.export.html", module)
    return calls


def test_write_outputs_writes_all_six_files(tmp_path: Path, fake_html: list[Any]) -> None:
    out = tmp_path / "new" / "folder"
    G = sample_graph()
    paths = write_outputs(G, out, max_nodes=42)
    assert [p.name for p in paths] == list(OUTPUT_FILES)
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)
    assert fake_html == [{"data": generate_json(G), "path": out / "graph.html", "max_nodes": 42}]


def test_write_outputs_with_the_real_viewer(tmp_path: Path) -> None:
    paths = write_outputs(sample_graph(), tmp_path, max_nodes=300)
    html = paths[0].read_text("utf-8")
    assert paths[0].name == "graph.html"
    assert "Nicol" in html


def test_write_outputs_to_an_unwritable_folder(tmp_path: Path, fake_html: list[Any]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    with pytest.raises(OutputError, match=f"cannot write to {blocker / 'out'}"):
        write_outputs(sample_graph(), blocker / "out", max_nodes=10)
    assert fake_html == []


def test_check_writable_does_not_create_the_folder(tmp_path: Path) -> None:
    check_writable(tmp_path / "a" / "b")
    check_writable(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_check_writable_rejects_a_file_in_the_way(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    with pytest.raises(OutputError) as info:
        check_writable(blocker / "out")
    assert str(info.value) == (
        f"cannot write to {blocker / 'out'}: {blocker} is not a folder"
        " — choose a writable output folder with -o"
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_graph_each_format(tmp_path: Path, fake_html: list[Any], fmt: str) -> None:
    target = tmp_path / f"out.{fmt}"
    paths = export_graph(sample_graph(), fmt, target, max_nodes=5)
    if fmt == "csv":
        assert paths == [target / "nodes.csv", target / "edges.csv"]
    elif fmt == "parquet":
        assert paths == [target / name for name in PARQUET_FILES]
    else:
        assert paths == [target]
    for path in paths:
        assert path.stat().st_size > 0
    if fmt == "html":
        assert fake_html[0]["max_nodes"] == 5


def test_export_graph_rejects_an_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format 'dot'"):
        export_graph(sample_graph(), "dot", tmp_path / "g.dot")


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_exports_from_graph_json_match_exports_from_the_build(tmp_path: Path, name: str) -> None:
    # `kg export` converts a graph.json; it must give the same bytes as `kg build`.
    G = sample_graph()
    direct, via_json = tmp_path / "direct", tmp_path / "via_json"
    WRITERS[name](G, direct)
    WRITERS[name](graph_from_json(generate_json(G)), via_json)
    assert direct.read_bytes() == via_json.read_bytes()
