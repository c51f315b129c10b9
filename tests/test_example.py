"""End to end: ``kg build`` on the bundled example with the real spaCy model."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.export import OUTPUT_FILES
from kg.model import MODALITIES
from kg.vocab import RELATION_TYPES
from tests.conftest import removal_report, run_kg
from tests.schema import EVIDENCE_FIELDS, LINK_FIELDS, NODE_FIELDS


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _edges(data: dict[str, Any]) -> set[tuple[str, str, str]]:
    label = {n["id"]: n["label"] for n in data["nodes"]}
    return {(label[e["source"]], e["relation"], label[e["target"]]) for e in data["links"]}


def test_all_output_files_written(example_build: tuple[Path, dict[str, Any]]) -> None:
    out, _ = example_build
    for name in OUTPUT_FILES:
        assert (out / name).stat().st_size > 0, name
    assert not list(out.glob(".*.tmp")), "no temporary file may be left behind"


def test_graph_json_follows_the_schema(example_build: tuple[Path, dict[str, Any]]) -> None:
    _, data = example_build
    meta = data["graph"]
    assert {"kg_version", "model", "created", "documents"} <= set(meta)
    assert meta["model"]["name"] == "en_core_web_sm"
    assert [d["id"] for d in meta["documents"]] == sorted(d["id"] for d in meta["documents"])
    assert all({"id", "title", "source", "date", "sha256"} <= set(d) for d in meta["documents"])
    assert len(meta["documents"]) == 3
    for node in data["nodes"]:
        assert set(node) >= NODE_FIELDS, node
        assert isinstance(node["aliases"], list) and node["label"] in node["aliases"]
    for link in data["links"]:
        assert set(link) >= LINK_FIELDS, link
        assert link["relation"] in RELATION_TYPES
        assert link["quad"] == RELATION_TYPES[link["relation"]].quad
        assert link["weight"] == len(link["evidence"]) >= 1
        assert link["modality"] in MODALITIES
        for ev in link["evidence"]:
            assert set(ev) >= EVIDENCE_FIELDS


def test_every_evidence_sentence_is_verbatim_article_text(
    example_build: tuple[Path, dict[str, Any]], example_dir: Path
) -> None:
    _, data = example_build
    corpus = "\n".join(_fold(p.read_text(encoding="utf-8")) for p in sorted(example_dir.iterdir()))
    sentences = [ev["sentence"] for link in data["links"] for ev in link["evidence"]]
    assert sentences
    for sentence in sentences:
        assert _fold(sentence) in corpus, sentence


@pytest.mark.parametrize(
    ("source", "relation", "target"),
    [
        ("Russia", "SUPPORT", "Nicolas Maduro"),
        ("China", "SUPPORT", "Nicolas Maduro"),
        ("United States", "SUPPORT", "Juan Guaido"),
        ("United States", "OPPOSE", "Nicolas Maduro"),
        ("Nicolas Maduro", "OPPOSE", "Juan Guaido"),
        ("Russia", "AID", "Venezuela"),
        ("Russia", "RETREAT", "Venezuela"),
        ("Vladimir Putin", "LEADER_OF", "Russia"),
        ("Donald Trump", "LEADER_OF", "United States"),
        ("Sergei Ryabkov", "MEMBER_OF", "Russia"),
    ],
)
def test_example_edges(
    example_build: tuple[Path, dict[str, Any]], source: str, relation: str, target: str
) -> None:
    _, data = example_build
    assert (source, relation, target) in _edges(data)


def test_meeting_is_one_symmetric_edge(example_build: tuple[Path, dict[str, Any]]) -> None:
    _, data = example_build
    meetings = [e for e in _edges(data) if e[1] == "CONSULT"]
    # from the subject of its evidence: "Putin meets his US counterpart Donald Trump"
    assert meetings == [("Vladimir Putin", "CONSULT", "Donald Trump")]


def test_one_node_per_actor(example_build: tuple[Path, dict[str, Any]]) -> None:
    _, data = example_build
    by_label = {n["label"]: n for n in data["nodes"]}
    assert {"Maduro", "Nicholas Maduro"} <= set(by_label["Nicolas Maduro"]["aliases"])
    assert "Russians" in by_label["Russia"]["aliases"]
    assert "Moscow" in by_label["Russia"]["metonyms"]
    assert by_label["Sergei Ryabkov"]["roles"] == ["Deputy Foreign Minister"]
    labels = [n["label"] for n in data["nodes"]]
    for junk in ("Breaking News", "16x9 Image", "XS", "Accessibility links", "Maduro"):
        assert junk not in labels
    assert len(labels) == len(set(labels))


def test_example_camps(example_build: tuple[Path, dict[str, Any]]) -> None:
    out, data = example_build
    camp = {n["label"]: n["camp"] for n in data["nodes"]}
    maduro_side = {camp[a] for a in ("Russia", "China", "Nicolas Maduro", "Venezuela")}
    guaido_side = {camp[a] for a in ("United States", "Juan Guaido")}
    assert maduro_side == {0}
    assert guaido_side == {1}
    # A deputy minister is only a member of his government: no sign, no camp.
    assert camp["Sergei Ryabkov"] is None
    proc = run_kg("camps", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = [line.split("\t") for line in proc.stdout.splitlines()]
    assert rows[0] == ["camp", "id", "name", "type", "opposes"]
    assert {(r[0], r[2]) for r in rows[1:] if r[0] in ("0", "1")} == {
        ("0", "China"),
        ("0", "Nicolas Maduro"),
        ("0", "Russia"),
        ("0", "Venezuela"),
        ("1", "Juan Guaido"),
        ("1", "United States"),
    }


def test_graphml_and_gexf_load_with_networkx(example_build: tuple[Path, dict[str, Any]]) -> None:
    out, data = example_build
    for graph in (nx.read_graphml(out / "graph.graphml"), nx.read_gexf(out / "graph.gexf")):
        assert graph.number_of_nodes() == len(data["nodes"])
        assert graph.number_of_edges() == len(data["links"])


def test_rebuild_is_deterministic_and_served_from_cache(
    example_build: tuple[Path, dict[str, Any]], example_dir: Path, tmp_path: Path
) -> None:
    _, first = example_build
    # The same files given one by one in reverse order.
    files = [str(p) for p in sorted(example_dir.iterdir(), reverse=True)]
    cache = tmp_path / "cache"
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    a = run_kg("build", *files, "-o", str(tmp_path / "a"), "--cache-dir", str(cache), env=env)
    assert a.returncode == 0, a.stderr
    b = run_kg(
        "build", str(example_dir), "-o", str(tmp_path / "b"), "--cache-dir", str(cache), env=env
    )
    assert b.returncode == 0, b.stderr
    assert "parsed 0, 3 from the cache" in b.stdout, b.stdout
    ja = (tmp_path / "a" / "graph.json").read_bytes()
    jb = (tmp_path / "b" / "graph.json").read_bytes()
    assert ja == jb
    again = json.loads(ja)
    again["graph"]["created"] = first["graph"]["created"]
    assert again == first


def test_alias_file_renames_drops_and_merges(example_dir: Path, tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(
        "rename:\n  Nicolas Maduro: Nicolás Maduro Moros\n"
        "drop:\n  - Twitter\n"
        "merge:\n  - [Russian Embassy, Russia]\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    proc = run_kg(
        "build", str(example_dir), "-o", str(out), "--aliases", str(aliases), "--no-cache", "-q"
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    labels = {n["label"]: n for n in data["nodes"]}
    assert "Nicolás Maduro Moros" in labels and "Nicolas Maduro" not in labels
    assert "Twitter" not in labels
    assert "Russian Embassy" not in labels
    assert "Russian Embassy" in labels["Russia"]["aliases"]


def test_bad_alias_file_is_one_error_line(example_dir: Path, tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("action,name,other\nfuse,A,B\n", encoding="utf-8")
    proc = run_kg("build", str(example_dir), "-o", str(tmp_path / "o"), "--aliases", str(aliases))
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"Error: {aliases}:2: unknown action 'fuse' — see 'Alias file' in the README for the"
        " YAML and CSV forms"
    ]


def test_no_evidence_sentence_spans_two_paragraphs(
    example_build: tuple[Path, dict[str, Any]],
) -> None:
    _, data = example_build
    for link in data["links"]:
        for ev in link["evidence"]:
            assert "\n\n" not in ev["sentence"].strip(), ev["sentence"]
            assert ev["sentence"].strip() not in ('"', "“", "”")


#: The example's removal report: (file, rule, start of the removed text). Page furniture
#: only: navigation widgets, a caption printed twice, wire credits, datelines and the
#: outlet footer after the closing credit; not one sentence of the reports themselves.
EXAMPLE_REMOVALS = [
    ("000-rferl.txt", "nav_phrase", "Accessibility links"),
    ("000-rferl.txt", "nav_phrase", "Breaking News"),
    ("000-rferl.txt", "repeated_caption", "An airplane with the Russian flag is seen"),
    ("000-rferl.txt", "reporting_credit", "With reporting by"),
    ("000-rferl.txt", "image_size", "• 16x9 Image"),
    ("000-rferl.txt", "after_end_marker", "RFE/RL"),
    ("000-rferl.txt", "after_end_marker", "RFE/RL journalists report the news"),
    ("000-rferl.txt", "after_end_marker", "RFE/RL has been declared"),
    ("000-rferl.txt", "after_end_marker", "If you are in Russia"),
    ("000-rferl.txt", "after_end_marker", "To find out more, click here."),
    ("000-rferl.txt", "nav_phrase", "XS\nSM\nMD\nLG"),
    ("001-nnn-agencies.txt", "dateline", "MOSCOW, June 27 (NNN-AGENCIES) —"),
    ("001-nnn-agencies.txt", "agency_signature", "— NNN-AGENCIES"),
    ("003-afp.txt", "dateline_only", "Moscow (AFP) –"),
]


def test_removal_report_lists_only_page_furniture(
    example_build: tuple[Path, dict[str, Any]],
) -> None:
    out, _ = example_build
    rows = [json.loads(line) for line in removal_report(out).read_text("utf-8").splitlines()]
    assert [(Path(r["origin"]).name, r["rule"]) for r in rows] == [
        (name, rule) for name, rule, _ in EXAMPLE_REMOVALS
    ]
    for row, (_, _, start) in zip(rows, EXAMPLE_REMOVALS, strict=True):
        assert row["text"].startswith(start), row
        original = Path(row["origin"]).read_text(encoding="utf-8")
        assert all(line in original for line in row["text"].split("\n")), row
