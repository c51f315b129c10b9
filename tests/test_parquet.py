"""Parquet tables: one row per node, link, evidence item and document of graph.json."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
from typer.testing import CliRunner

from kg.cli import app
from kg.export.json import graph_from_json
from kg.export.parquet import PARQUET_FILES, generate_tables
from tests.conftest import ROOT, run_kg


def _rows(folder: Path, name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = pq.read_table(folder / name).to_pylist(maps_as_pydicts="strict")
    return rows


def _check_against(folder: Path, data: dict[str, Any]) -> None:
    nodes = _rows(folder, "nodes.parquet")
    links = _rows(folder, "links.parquet")
    evidence = _rows(folder, "evidence.parquet")
    documents = _rows(folder, "documents.parquet")
    assert len(nodes) == len(data["nodes"])
    assert len(links) == len(data["links"])
    assert len(evidence) == sum(len(link["evidence"]) for link in data["links"])
    assert len(documents) == len(data["graph"]["documents"])
    # Same content, not only the same counts.
    assert nodes == data["nodes"]
    assert links == [{k: v for k, v in link.items() if k != "evidence"} for link in data["links"]]
    assert evidence == [
        {"source": link["source"], "target": link["target"], "relation": link["relation"],
         "key": link["key"], **item}
        for link in data["links"]
        for item in link["evidence"]
    ]  # fmt: skip
    assert documents == data["graph"]["documents"]


def test_export_parquet_has_one_row_per_item(
    example_build: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    out, data = example_build
    result = CliRunner().invoke(
        app, ["export", str(out / "graph.json"), "--format", "parquet", "-o", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"Wrote {tmp_path / name}" for name in PARQUET_FILES]
    _check_against(tmp_path, data)


def test_build_parquet_writes_the_tables_with_the_other_outputs(tmp_path: Path) -> None:
    article = ROOT / "examples" / "venezuela-2019-06" / "003-afp.txt"
    proc = run_kg("build", str(article), "-o", str(tmp_path), "--parquet", "-j", "1", "--no-cache")
    assert proc.returncode == 0, proc.stderr
    for name in PARQUET_FILES:
        assert name in proc.stdout
    data = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    assert data["links"]
    _check_against(tmp_path, data)


def test_fields_added_to_graph_json_reach_the_tables() -> None:
    data = {
        "directed": True,
        "multigraph": True,
        "graph": {"documents": []},
        "nodes": [{"id": "a", "label": "A", "new_score": 0.5}, {"id": "b", "label": "B"}],
        "links": [],
    }
    tables = generate_tables(graph_from_json(data))
    assert tables["nodes.parquet"].column_names == ["id", "label", "new_score"]
    assert tables["nodes.parquet"].column("new_score").to_pylist() == [0.5, None]
    assert tables["evidence.parquet"].num_rows == 0


def _readme_query() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"```sql\n(.*?)```", readme, re.S)
    assert match, "README has no SQL example"
    return match.group(1)


def test_the_readme_duckdb_query_runs(
    example_build: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    out, data = example_build
    CliRunner().invoke(
        app, ["export", str(out / "graph.json"), "--format", "parquet", "-o", str(tmp_path)]
    )
    query = _readme_query().replace("output/", f"{tmp_path}/")
    rows = duckdb.sql(query).fetchall()
    ids = {n["label"]: n["id"] for n in data["nodes"]}
    expected = sorted(
        (item["doc"], item["start"], item["sentence"])
        for link in data["links"]
        if (link["source"], link["target"]) == (ids["Russia"], ids["Venezuela"])
        for item in link["evidence"]
    )
    assert len(rows) == len(expected) > 0
    assert {row[-1] for row in rows} == {sentence for _, _, sentence in expected}
