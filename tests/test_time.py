"""Time end to end with the real model: document dates, dated evidence, --since/--until."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.ingest import read_inputs
from kg.model import InputProblem
from kg.pipeline import build_graph
from tests.conftest import run_kg
from tests.input_helpers import docs, problems

# ------------------------------------------------------------ dates at ingest

HTML_PAGE = """<html><head><title>Port deal | Example News</title>
<meta property="article:published_time" content="{date}">
</head><body><article><h1>Port deal signed</h1>
<p>{dateline}The port authorities signed a harbour deal on Thursday after months of
difficult negotiations over fees, berths and cranes in the northern harbour.</p>
<p>The transport minister praised the agreement as a model for the whole region.</p>
</article></body></html>"""

BODY = "The ministers met on Monday and agreed to reopen the border crossing for trade."

INGEST_TABLE = [
    # .txt: a wire dateline gives the place; its year comes from a full date in the text.
    (
        "wire.txt",
        f"Border talks\n\nMOSCOW, June 27 (Reuters) — {BODY} Talks began on June 24, 2019.",
        ("2019-06-27", "day", "Moscow"),
    ),
    # A dateline alone on its line: a place, no date. Never the file's time.
    ("agency.txt", f"Border talks\n\nMoscow (AFP) –\n\n{BODY}", ("", "", "Moscow")),
    ("plain.txt", f"Border talks\n\n{BODY}", ("", "", "")),
    # A leading date line, as Wikinews articles have.
    ("wiki.txt", f"March 01, 2008\n{BODY}", ("2008-03-01", "day", "")),
    # .html: the page's metadata; the dateline in the body still gives the place.
    (
        "page.html",
        HTML_PAGE.format(date="2019-06-27T10:00:00+02:00", dateline="OLDTOWN (XYZ) — "),
        ("2019-06-27", "day", "Oldtown"),
    ),
    # .jsonl: date fields in any common form, normalised with their precision.
    (
        "a.jsonl",
        json.dumps({"date": "2019-06-27T23:30:00-05:00", "text": BODY}),
        ("2019-06-27", "day", ""),
    ),
    ("b.jsonl", json.dumps({"published": "June 2019", "text": BODY}), ("2019-06", "month", "")),
    ("c.jsonl", json.dumps({"date": 1561593600, "text": BODY}), ("2019-06-27", "day", "")),
    ("d.jsonl", json.dumps({"date": "06/07/2019", "text": BODY}), ("2019", "year", "")),
    # A year in the metadata and a day in the dateline make a day.
    (
        "e.jsonl",
        json.dumps({"date": "2019", "text": f"PARIS, June 27 (AFP) — {BODY}"}),
        ("2019-06-27", "day", "Paris"),
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "expected"), INGEST_TABLE, ids=[row[0] for row in INGEST_TABLE]
)
def test_documents_are_dated_at_ingest(
    tmp_path: Path, name: str, content: str, expected: tuple[str, str, str]
) -> None:
    path = tmp_path / name
    path.write_text(content + "\n", encoding="utf-8")
    items = list(read_inputs([path]))
    (doc,) = docs(items)
    assert (doc.date, doc.date_precision, doc.place) == expected
    # The dateline is metadata: it is not left in the text the parser sees.
    first = doc.text.split("\n", 1)[0]
    assert not first.startswith(("MOSCOW", "Moscow", "OLDTOWN", "PARIS", "March 01"))
    assert problems(items) == []


def test_a_date_field_that_is_no_date_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"date": "soon", "text": BODY}) + "\n", encoding="utf-8")
    items = list(read_inputs([path]))
    (doc,) = docs(items)
    assert (doc.date, doc.date_precision) == ("", "")
    assert problems(items) == [f'{path}:1: date "soon" is not a date (ignored; use YYYY-MM-DD)']


# ------------------------------------------------------------------- end to end

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
