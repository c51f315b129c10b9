"""Time end to end with the real model: document dates, dated evidence, --since/--until."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.model import InputProblem
from kg.pipeline import build_graph
from tests.conftest import run_kg

RECORDS = [
    {
        "id": "a",
        "date": "2019-06-27",
        "title": "Budget row",
        "text": "France criticised Germany over the budget on Monday.",
    },
    {
        "id": "b",
        "date": "2019-07",
        "title": "Trade row",
        "text": "France criticised Germany again over its trade surplus.",
    },
    {"id": "c", "title": "Thanks", "text": "Japan praised Canada for its help after the storm."},
    {
        "id": "d",
        "date": "2018-01-05",
        "title": "Talks",
        "text": "Italy met Spain in Rome to discuss migration.",
    },
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("time") / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def build(corpus: Path, out: Path, *args: str) -> tuple[Any, dict[str, Any]]:
    cache = corpus.parent / "cache"
    proc = run_kg(
        "build", str(corpus), "-o", str(out), "--jobs", "1", "--cache-dir", str(cache), *args
    )
    data = json.loads((out / "graph.json").read_text("utf-8")) if proc.returncode == 0 else {}
    return proc, data


def _link(data: dict[str, Any], source: str, relation: str) -> dict[str, Any]:
    (link,) = (x for x in data["links"] if x["source"] == source and x["relation"] == relation)
    return link


def _node(data: dict[str, Any], node_id: str) -> dict[str, Any]:
    (node,) = (n for n in data["nodes"] if n["id"] == node_id)
    return node


def test_dates_reach_documents_evidence_links_and_nodes(corpus: Path, tmp_path: Path) -> None:
    proc, data = build(corpus, tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    documents = {d["id"]: (d["date"], d["date_precision"]) for d in data["graph"]["documents"]}
    assert documents == {
        "a": ("2019-06-27", "day"),
        "b": ("2019-07", "month"),
        "c": ("", ""),
        "d": ("2018-01-05", "day"),
    }
    accuse = _link(data, "france", "ACCUSE")
    assert [(ev["doc"], ev["date"]) for ev in accuse["evidence"]] == [
        ("a", "2019-06-27"),
        ("b", "2019-07"),
    ]
    assert (accuse["first_seen"], accuse["last_seen"]) == ("2019-06-27", "2019-07")
    assert (_node(data, "germany")["first_seen"], _node(data, "germany")["last_seen"]) == (
        "2019-06-27",
        "2019-07",
    )
    support = _link(data, "japan", "SUPPORT")
    assert (support["first_seen"], support["last_seen"]) == (None, None)
    assert _node(data, "japan")["first_seen"] is None

    # Gephi's timeline: dated edges and nodes have spells, undated ones none.
    gexf = nx.read_gexf(tmp_path / "out" / "graph.gexf")
    assert gexf.graph["mode"] == "dynamic"
    assert gexf.edges["france", "germany"]["spells"] == [
        ("2019-06-27", "2019-06-28"),
        ("2019-07-01", "2019-08-01"),
    ]
    assert "spells" not in gexf.edges["japan", "canada"]


@pytest.mark.parametrize(
    ("since", "until", "kept"),
    [
        ("2019-06", "2019-06", ["a"]),
        # A month-precise document overlaps a range that reaches into its month.
        ("2019-07-15", "", ["b"]),
        ("2019", "", ["a", "b"]),
        ("", "2018", ["d"]),
        ("2018-01-05", "2019-06-27", ["a", "d"]),
    ],
)
def test_since_until_select_documents_by_date(
    corpus: Path, since: str, until: str, kept: list[str]
) -> None:
    problems: list[InputProblem] = []
    result = build_graph(
        [corpus],
        jobs=1,
        cache_dir=corpus.parent / "cache",
        since=since,
        until=until,
        on_problem=problems.append,
    )
    assert [d.id for d in result.documents] == kept
    assert result.stats["outside_dates"] == 4 - len(kept)
    # Undated documents are left out, counted in one warning.
    assert [(p.reason, p.action.split(";")[0]) for p in problems] == [
        ("1 document has no date", "left out")
    ]


def test_since_until_on_the_command_line(corpus: Path, tmp_path: Path) -> None:
    proc, data = build(corpus, tmp_path / "out", "--since", "2019-06", "--until", "2019-06")
    assert proc.returncode == 0, proc.stderr
    assert [d["id"] for d in data["graph"]["documents"]] == ["a"]
    assert "(0 skipped, 3 outside the dates)" in proc.stdout.splitlines()[0]
    assert proc.stderr.splitlines() == [
        "Warning: --since/--until (from 2019-06 to 2019-06): 1 document has no date "
        "(left out; dates come from JSONL date fields, HTML metadata and datelines)"
    ]


def test_a_range_with_no_document_is_an_error(corpus: Path, tmp_path: Path) -> None:
    proc, _ = build(corpus, tmp_path / "out", "--since", "2020")
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[-1] == (
        "Error: no document dated from 2020 (3 dated outside the range, 1 undated) — "
        "widen the range, or leave out --since/--until"
    )
    assert not (tmp_path / "out").exists()
