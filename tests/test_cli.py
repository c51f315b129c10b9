"""The kg command line (kg.cli): exit codes, exact error lines, and what each command prints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

import kg
import kg.cli
from kg import __version__
from kg.cli import ExportFormat, app
from kg.errors import InputError
from kg.export import FORMATS, OUTPUT_FILES
from kg.export.json import write_json
from kg.graph import build_nx_graph
from kg.model import Document, Entity, Evidence, InputProblem, Relation, Removal

runner = CliRunner()


def sample_graph() -> nx.MultiDiGraph:
    entities = [
        Entity(
            "nicolas-maduro",
            "Nicolás Maduro",
            "PERSON",
            ("Maduro", "Nicolás Maduro"),
            5,
            ("d1", "d2"),
            "VEN",
            ("President",),
            merged=(
                ("Maduro", ("lone surname", "same document")),
                ("Nicolás Maduro", ("same name",)),
            ),
        ),
        Entity("united-states", "United States", "GPE", ("US", "United States"), 9, ("d1",), "USA"),
        Entity("juan-guaido", "Juan Guaidó", "PERSON", ("Guaidó",), 5, ("d2",), "VEN"),
        Entity("evil-corp", "[bold]Evil[/bold] Corp", "ORG", ("Evil Corp",), 1, ("d2",)),
    ]
    s1 = "The United States accused Maduro of fraud."
    s2 = "Guaidó said he did not meet\nMaduro."
    relations = [
        Relation(
            "united-states",
            "nicolas-maduro",
            "ACCUSE",
            Evidence("d1", s1, 0, len(s1), "accused", "asserted", (0, 17), (26, 32)),
        ),
        Relation(
            "united-states",
            "nicolas-maduro",
            "ACCUSE",
            Evidence("d2", s1, 50, 50 + len(s1), "accused", "asserted"),
        ),
        Relation(
            "juan-guaido",
            "nicolas-maduro",
            "CONSULT",
            Evidence("d2", s2, 0, len(s2), "meet", "negated"),
        ),
        Relation(
            "united-states",
            "juan-guaido",
            "SUPPORT",
            Evidence("d2", "The US backs Guaidó.", 80, 100, "backs", "asserted"),
        ),
    ]
    documents = [
        Document("d1", "One", "d1.txt", "", "t", "aa"),
        Document("d2", "Two", "d2.txt", "", "t", "bb"),
    ]
    return build_nx_graph(
        entities,
        relations,
        documents,
        model={"name": "en_core_web_sm", "version": "3.8.0"},
        created="2024-03-01T12:00:00+00:00",
        kg_version="0.1.0",
    )


@pytest.fixture
def graph_json(tmp_path: Path) -> Path:
    path = tmp_path / "out" / "graph.json"
    write_json(sample_graph(), path)
    return path


@pytest.fixture
def fake_html(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Replace the viewer writer (another module's job); records max_nodes per call."""
    calls: list[int] = []

    def write_html(data: dict[str, Any], path: Path, *, max_nodes: int = 300) -> None:
        calls.append(max_nodes)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(f"<html>{len(data['nodes'])} nodes</html>", "utf-8")

    module = types.ModuleType("kg.export.html")
    module.write_html = write_html  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kg.export.html", module)
    return calls


def run(*args: str | Path, **kw: Any) -> Any:
    return runner.invoke(app, [str(a) for a in args], **kw)


# --------------------------------------------------------------------- global


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"kg {__version__}\n"


def test_python_dash_m_kg() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    assert proc.stdout == f"kg {__version__}\n"


@pytest.mark.parametrize("command", ["build", "entities", "relations", "show", "camps", "export"])
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_help_on_every_command(command: str, flag: str) -> None:
    result = run(command, flag)
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: kg {command} ")


def test_build_help_names_every_kind_of_input() -> None:
    text = " ".join(run("build", "-h").stdout.split())
    for kind in (".txt", ".html", ".jsonl", ".jsonl.gz", "folders", "glob", "- for stdin"):
        assert kind in text


def test_no_arguments_shows_help() -> None:
    result = run()
    assert result.exit_code == 2
    assert "Usage: kg [OPTIONS] COMMAND" in result.output
    for command in ("build", "entities", "relations", "show", "export"):
        assert command in result.output


def test_export_formats_match_the_library() -> None:
    assert tuple(f.value for f in ExportFormat) == FORMATS


# ------------------------------------------------------------- reading errors


@pytest.mark.parametrize("command", [["entities"], ["relations"], ["show", "x"], ["camps"]])
def test_missing_graph_json(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "nope.json"
    result = run(command[0], missing, *command[1:])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"Error: {missing} is not a kg graph.json: no such file"
        " — build one with: kg build INPUT -o DIR\n"
    )


def test_malformed_graph_json(tmp_path: Path) -> None:
    bad = tmp_path / "graph.json"
    bad.write_text('{"nodes": [', "utf-8")
    result = run("entities", bad)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {bad} is not a kg graph.json: invalid JSON at line 1 column 12"
        " — build one with: kg build INPUT -o DIR\n"
    )


def test_json_that_is_not_a_graph(tmp_path: Path) -> None:
    bad = tmp_path / "graph.json"
    bad.write_text('{"hello": "world"}', "utf-8")
    result = run("relations", bad)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {bad} is not a kg graph.json: no 'graph' field"
        " — build one with: kg build INPUT -o DIR\n"
    )


# ------------------------------------------------------------------- entities


def test_entities_piped_is_tab_separated_sorted_by_mentions_then_name(graph_json: Path) -> None:
    result = run("entities", graph_json)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == [
        "id",
        "name",
        "type",
        "mentions",
        "documents",
        "country",
        "roles",
        "aliases",
    ]
    assert lines[1:] == [
        "united-states\tUnited States\tGPE\t9\t1\tUSA\t\tUS; United States",
        "juan-guaido\tJuan Guaidó\tPERSON\t5\t1\tVEN\t\tGuaidó",
        "nicolas-maduro\tNicolás Maduro\tPERSON\t5\t2\tVEN\tPresident\tMaduro; Nicolás Maduro",
        "evil-corp\t[bold]Evil[/bold] Corp\tORG\t1\t1\t\t\tEvil Corp",
    ]


def test_entities_type_and_limit(graph_json: Path) -> None:
    result = run("entities", graph_json, "--type", "person", "--limit", "1")
    assert result.exit_code == 0
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == ["id", "juan-guaido"]


def test_entities_unknown_type_says_which_types_exist(graph_json: Path) -> None:
    result = run("entities", graph_json, "--type", "NORP")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert (
        result.stderr
        == f"No actors of type 'NORP' in {graph_json} (types here: GPE, ORG, PERSON).\n"
    )


def test_entities_table_on_a_terminal_keeps_article_text_literal(
    graph_json: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.cli, "_stdout_is_tty", lambda: True)
    result = run("entities", graph_json, env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Mentions" in result.stdout
    assert "[bold]Evil[/bold] Corp" in result.stdout
    assert "\t" not in result.stdout


def test_entities_limit_must_be_positive(graph_json: Path) -> None:
    result = run("entities", graph_json, "--limit", "0")
    assert result.exit_code == 2
    assert "Invalid value for '--limit'" in result.stderr


# ------------------------------------------------------------------ relations


def test_relations_with_evidence(graph_json: Path) -> None:
    result = run("relations", graph_json)
    assert result.exit_code == 0, result.output
    assert result.stdout.split("\n\n")[0] == (
        "United States —ACCUSE→ Nicolás Maduro  (weight 2; asserted; accused)\n"
        "  [d1] The United States accused Maduro of fraud.\n"
        "  [d2] The United States accused Maduro of fraud."
    )
    # Non-asserted evidence is flagged; line breaks in sentences do not split lines.
    assert "  [d2] Guaidó said he did not meet Maduro. (negated)\n" in result.stdout


@pytest.mark.parametrize("name", ["maduro", "NICOLAS MADURO", "nicolas-maduro", "Nicolás Maduro"])
def test_relations_entity_matches_label_alias_and_id_ignoring_case_and_accents(
    graph_json: Path, name: str
) -> None:
    result = run("relations", graph_json, "--entity", name, "--no-evidence")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "source_id\tsource\trelation\ttarget_id\ttarget\tweight\tmodality\tpredicates"
        "\tfirst_seen\tlast_seen",
        "united-states\tUnited States\tACCUSE\tnicolas-maduro\tNicolás Maduro\t2\tasserted"
        "\taccused\t\t",
        "juan-guaido\tJuan Guaidó\tCONSULT\tnicolas-maduro\tNicolás Maduro\t1\tnegated\tmeet\t\t",
    ]


def test_relations_unknown_entity(graph_json: Path) -> None:
    result = run("relations", graph_json, "--entity", "Putin")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"Error: no actor named 'Putin' in {graph_json}"
        f" — run 'kg entities {graph_json}' to list actors\n"
    )


def test_relations_filter_by_type_is_case_insensitive(graph_json: Path) -> None:
    result = run("relations", graph_json, "-r", "support", "-r", "CONSULT", "--no-evidence")
    assert result.exit_code == 0
    assert [line.split("\t")[2] for line in result.stdout.splitlines()[1:]] == [
        "CONSULT",
        "SUPPORT",
    ]


def test_relations_unknown_type_is_a_usage_error_listing_valid_types(graph_json: Path) -> None:
    result = run("relations", graph_json, "--relation", "MEET")
    assert result.exit_code == 2
    assert "unknown relation type 'MEET'; valid types: AGREE, CONSULT," in result.stderr
    assert "LOCATED_IN" in result.stderr


def test_relations_none_match(graph_json: Path) -> None:
    result = run("relations", graph_json, "-r", "ASSAULT")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"No relations match in {graph_json}.\n"


# ----------------------------------------------------------------------- show


def test_show_profile(graph_json: Path) -> None:
    result = run("show", graph_json, "Maduro")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Nicolás Maduro\n  id                    nicolas-maduro\n")
    assert "  merged surface forms  Maduro, Nicolás Maduro\n" in out
    assert "  roles                 President\n" in out
    assert "  metonyms              -\n" in out
    assert "  mentions              5 in 2 documents\n" in out
    assert "  seen                  -\n" in out  # no dated document
    assert "  camp                  1\n" in out  # against the United States and Guaidó
    assert (
        "How each name joined\n"
        "  Maduro          lone surname, same document\n"
        "  Nicolás Maduro  same name\n"
        "  Undo a merge across articles with 'separate: [[NAME, Nicolás Maduro]]' in an alias"
        " file (kg build ... --aliases FILE).\n"
        "  'same document' forms were joined inside one article (a surname after the full"
        " name); the alias file cannot split them.\n"
    ) in out
    outgoing, incoming = out.split("Outgoing relations (0)\n")[1].split("Incoming relations (2)\n")
    assert outgoing.strip() == ""
    assert "United States —ACCUSE→ Nicolás Maduro" in incoming
    assert "Juan Guaidó —CONSULT→ Nicolás Maduro" in incoming


def test_show_and_relations_give_dates(tmp_path: Path) -> None:
    G = sample_graph()
    for d, date in (("d1", "2019-06-27"), ("d2", "2019-07")):
        for _, _, data in G.edges(data=True):
            for ev in data["evidence"]:
                if ev["doc"] == d:
                    ev["date"] = date
    G.nodes["nicolas-maduro"].update(first_seen="2019-06-27", last_seen="2019-07")
    G.nodes["evil-corp"].update(first_seen="2019-07", last_seen="2019-07")
    path = tmp_path / "graph.json"
    write_json(G, path)
    assert "  seen                  2019-06-27 to 2019-07\n" in run("show", path, "Maduro").stdout
    assert "  seen                  2019-07\n" in run("show", path, "Evil Corp").stdout
    out = run("relations", path).stdout
    assert "  [d1 2019-06-27] The United States accused Maduro of fraud.\n" in out
    assert "  [d2 2019-07] Guaidó said he did not meet Maduro. (negated)\n" in out
    # The relation's own span of dates, in the listing and in the table.
    seen = {"juan-guaido": ("2019-07", "2019-07"), "united-states": ("2019-06-27", "2019-07")}
    for u, _, data in G.edges(data=True):
        data["first_seen"], data["last_seen"] = seen[u]
    edge = "(weight 2; asserted; accused; seen 2019-06-27 to 2019-07)"
    write_json(G, path)
    assert f"United States —ACCUSE→ Nicolás Maduro  {edge}\n" in run("relations", path).stdout
    table = run("relations", path, "--no-evidence").stdout.splitlines()
    assert table[1].endswith("\taccused\t2019-06-27\t2019-07")
    assert table[2].endswith("\tmeet\t2019-07\t2019-07")


def test_show_accepts_an_unquoted_name(graph_json: Path) -> None:
    result = run("show", graph_json, "juan", "guaido")
    assert result.exit_code == 0
    assert result.stdout.startswith("Juan Guaidó\n")


def test_show_unknown_entity(graph_json: Path) -> None:
    result = run("show", graph_json, "Putin")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: no actor named 'Putin' in {graph_json}"
        f" — run 'kg entities {graph_json}' to list actors\n"
    )


def test_show_ambiguous_name(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    G = sample_graph()
    G.nodes["juan-guaido"]["aliases"] = ["Guaidó", "VE"]
    G.nodes["nicolas-maduro"]["aliases"] = ["Maduro", "VE"]
    write_json(G, path)
    result = run("show", path, "ve")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: 've' matches 2 actors: Juan Guaidó (PERSON, id juan-guaido),"
        " Nicolás Maduro (PERSON, id nicolas-maduro)"
        f" — use the id, e.g. kg show {path} juan-guaido\n"
    )


# ---------------------------------------------------------------------- export


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "html", "GEXF"])
def test_export_file_formats(
    graph_json: Path, tmp_path: Path, fake_html: list[int], fmt: str
) -> None:
    target = tmp_path / "sub" / f"g.{fmt}"
    result = run("export", graph_json, "--format", fmt, "-o", target, "--max-nodes", "7")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Wrote {target}\n"
    assert target.stat().st_size > 0
    assert fake_html == ([7] if fmt == "html" else [])


def test_export_json_reproduces_the_input(graph_json: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.json"
    result = run("export", graph_json, "-f", "json", "-o", target)
    assert result.exit_code == 0
    assert target.read_bytes() == graph_json.read_bytes()


def test_export_csv_writes_a_folder(graph_json: Path, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    result = run("export", graph_json, "-f", "csv", "-o", folder)
    assert result.exit_code == 0
    assert result.stdout == f"Wrote {folder / 'nodes.csv'}\nWrote {folder / 'edges.csv'}\n"
    assert len((folder / "nodes.csv").read_text("utf-8").splitlines()) == 5


def test_export_bad_format(graph_json: Path, tmp_path: Path) -> None:
    result = run("export", graph_json, "--format", "dot", "-o", tmp_path / "g.dot")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr
    assert "'graphml', 'gexf', 'csv', 'html', 'json'" in result.stderr
    assert not (tmp_path / "g.dot").exists()


def test_export_unwritable_output(graph_json: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    result = run("export", graph_json, "-f", "graphml", "-o", blocker / "g.graphml")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Error: cannot write to {blocker}: ")
    assert lines[0].endswith(" — choose a writable output folder with -o")


# ----------------------------------------------------------------------- build


@dataclass
class FakeResult:
    graph: nx.MultiDiGraph
    documents: tuple[Document, ...]
    problems: tuple[InputProblem, ...]
    stats: dict[str, int]
    total: int


@dataclass
class FakePipeline:
    """Stands in for kg.pipeline.build_graph and records how it was called."""

    error: BaseException | None = None
    stdin_data: bytes = b""
    calls: list[tuple[list[str], dict[str, Any]]] = field(default_factory=list)
    removals: tuple[Removal, ...] = ()

    def build_graph(self, inputs: list[str], **kwargs: Any) -> FakeResult:
        self.calls.append((list(inputs), kwargs))
        if "-" in inputs:
            self.stdin_data = kwargs["stdin"].read()
        problems = (
            InputProblem("bad.bin", "binary file"),
            InputProblem("feed.jsonl:3", "malformed JSON line"),
        )
        # Like the real pipeline: warnings are reported as they are found.
        for problem in problems:
            kwargs["on_problem"](problem)
        for removal in self.removals:
            kwargs["on_removal"](removal)
        kwargs["on_total"](2)
        kwargs["on_progress"](1)
        kwargs["on_progress"](2)
        if self.error is not None:
            raise self.error
        return FakeResult(
            graph=sample_graph(),
            documents=(),
            problems=problems,
            stats={
                "documents": 2,
                "skipped": 2,
                "parsed": 1,
                "cached": 1,
                "entities": 4,
                "relations": 4,
                "evidence": 4,
                **({"removed": len(self.removals)} if self.removals else {}),
            },
            total=2,
        )


@pytest.fixture
def pipeline(monkeypatch: pytest.MonkeyPatch, fake_html: list[int]) -> FakePipeline:
    fake = FakePipeline()
    module = types.ModuleType("kg.pipeline")
    module.build_graph = fake.build_graph  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kg.pipeline", module)
    monkeypatch.setattr(kg, "pipeline", module, raising=False)
    return fake


def test_build_writes_outputs_and_prints_a_summary(
    pipeline: FakePipeline, fake_html: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run("build", "a.txt", "corpus/", "-o", out, "--max-nodes", "50")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)
    assert fake_html == [50]
    assert result.stderr == (
        "Warning: bad.bin: binary file (skipped)\n"
        "Warning: feed.jsonl:3: malformed JSON line (skipped)\n"
    )
    assert result.stdout.splitlines() == [
        "Read 2 documents (2 skipped); parsed 1, 1 from the cache.",
        "Found 4 actors and 3 relations backed by 4 evidence sentences.",
        f"Wrote 6 files to {out}{os.sep}: graph.html, graph.json, graph.graphml,"
        " graph.gexf, nodes.csv, edges.csv",
        f"Open {out / 'graph.html'} in a browser to explore the graph.",
    ]
    ((inputs, kwargs),) = pipeline.calls
    assert inputs == ["a.txt", "corpus/"]
    assert kwargs["jobs"] is None  # kg.pipeline uses every core
    assert kwargs["use_cache"] is True
    assert kwargs["cache_dir"] is None
    assert kwargs["aliases"] is None
    assert kwargs["model"] is None  # kg.nlp picks the default
    assert kwargs["stdin"] is not None


REMOVALS = (
    Removal("a.txt", "nav_phrase", "Share"),
    Removal("corpus/b.txt", "after_end_marker", "Outlet blurb\twith a tab\nand a second line"),
    Removal("feed.jsonl:3", "sign_up", "Sign up for our newsletter — “free”."),
)


def test_build_removed_writes_the_report(pipeline: FakePipeline, tmp_path: Path) -> None:
    pipeline.removals = REMOVALS
    out, report = tmp_path / "out", tmp_path / "audit" / "removed.jsonl"
    result = run("build", "a.txt", "-o", out, "--removed", report)
    assert result.exit_code == 0, result.output
    lines = report.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [
        {"origin": r.origin, "rule": r.rule, "text": r.text} for r in REMOVALS
    ]
    assert "“free”" in lines[2]  # UTF-8 as is, one record per line
    assert result.stdout.splitlines()[1] == f"Listed the 3 removed blocks in {report}."
    assert not list(report.parent.glob(".*.tmp"))


def test_build_summary_counts_removed_blocks(pipeline: FakePipeline, tmp_path: Path) -> None:
    pipeline.removals = REMOVALS
    result = run("build", "a.txt", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == [
        "Read 2 documents (2 skipped); parsed 1, 1 from the cache.",
        "Removed 3 blocks of page furniture; list them with --removed FILE.",
    ]


def test_build_removed_is_written_when_nothing_usable_is_left(
    pipeline: FakePipeline, tmp_path: Path
) -> None:
    """The report is most needed when cleaning left nothing: it shows what went."""
    pipeline.removals = REMOVALS[:1]
    pipeline.error = InputError("no usable article in a.txt", "give .txt files")
    report = tmp_path / "removed.jsonl"
    result = run("build", "a.txt", "-o", tmp_path / "out", "--removed", report)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "Error: no usable article in a.txt — give .txt files"
    assert json.loads(report.read_text(encoding="utf-8")) == {
        "origin": "a.txt",
        "rule": "nav_phrase",
        "text": "Share",
    }


def test_build_unwritable_removed_fails_before_parsing(
    pipeline: FakePipeline, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    result = run("build", "a.txt", "-o", tmp_path / "out", "--removed", blocker / "r.jsonl")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: cannot write to {blocker}: {blocker} is not a folder"
        " — choose a writable path for --removed\n"
    )
    assert pipeline.calls == []


def test_build_passes_options_through(pipeline: FakePipeline, tmp_path: Path) -> None:
    result = run(
        "build",
        "-",
        "-o",
        tmp_path / "out",
        "--model",
        "en_core_web_md",
        "--jobs",
        "3",
        "--aliases",
        tmp_path / "aliases.txt",
        "--cache-dir",
        tmp_path / "cache",
        "--no-cache",
        input="some text",
    )
    assert result.exit_code == 0, result.output
    ((inputs, kwargs),) = pipeline.calls
    assert inputs == ["-"]
    assert kwargs["model"] == "en_core_web_md"
    assert kwargs["jobs"] == 3
    assert kwargs["aliases"] == tmp_path / "aliases.txt"
    assert kwargs["cache_dir"] == tmp_path / "cache"
    assert kwargs["use_cache"] is False
    assert pipeline.stdin_data == b"some text"


def test_build_date_range_is_passed_on_as_iso_prefixes(
    pipeline: FakePipeline, tmp_path: Path
) -> None:
    result = run("build", "a.txt", "-o", tmp_path / "out", "--since", "2019-06", "--until", "2019")
    assert result.exit_code == 0, result.output
    ((_, kwargs),) = pipeline.calls
    assert (kwargs["since"], kwargs["until"]) == ("2019-06", "2019")
    run("build", "a.txt", "-o", tmp_path / "out")
    assert (pipeline.calls[1][1]["since"], pipeline.calls[1][1]["until"]) == ("", "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--since", "2019-6"],
            "Invalid value for '--since': '2019-6' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        (
            ["--until", "June 2019"],
            "Invalid value for '--until': 'June 2019' is not a date; use YYYY, YYYY-MM or "
            "YYYY-MM-DD",
        ),
        (["--until", "2019-02-30"], "Invalid value for '--until': '2019-02-30' is not a date"),
        (
            ["--since", "2019-07", "--until", "2019-06-30"],
            "Invalid value for '--since' / '--until': --since 2019-07 is after --until 2019-06-30",
        ),
    ],
)
def test_build_bad_date_range_is_a_usage_error(
    pipeline: FakePipeline, tmp_path: Path, args: list[str], message: str
) -> None:
    result = run("build", "a.txt", "-o", tmp_path / "out", *args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())
    assert pipeline.calls == []


def test_build_summary_counts_documents_outside_the_dates(
    pipeline: FakePipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.build_graph

    def with_range(inputs: list[str], **kwargs: Any) -> FakeResult:
        result = real(inputs, **kwargs)
        result.stats["outside_dates"] = 5
        return result

    monkeypatch.setattr(sys.modules["kg.pipeline"], "build_graph", with_range)
    result = run("build", "a.txt", "-o", tmp_path / "out", "--since", "2019")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == (
        "Read 2 documents (2 skipped, 5 outside the dates); parsed 1, 1 from the cache."
    )


def test_build_quiet_prints_only_warnings(pipeline: FakePipeline, tmp_path: Path) -> None:
    result = run("build", "a.txt", "-o", tmp_path / "out", "--quiet")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.count("Warning: ") == 2


def test_build_progress_bar_on_a_terminal(
    pipeline: FakePipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.cli, "_stderr_is_tty", lambda: True)
    result = run("build", "a.txt", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "graph.json").exists()


def test_build_library_error_is_one_line_and_writes_nothing(
    pipeline: FakePipeline, tmp_path: Path
) -> None:
    pipeline.error = InputError("nothing usable in the inputs", "give .txt, .html or .jsonl files")
    out = tmp_path / "out"
    result = run("build", "empty/", "-o", out)
    assert result.exit_code == 1
    assert result.stdout == ""
    # The warnings found before the failure come first, then one error line.
    assert result.stderr.splitlines() == [
        "Warning: bad.bin: binary file (skipped)",
        "Warning: feed.jsonl:3: malformed JSON line (skipped)",
        "Error: nothing usable in the inputs — give .txt, .html or .jsonl files",
    ]
    assert not out.exists()


def test_build_interrupted(pipeline: FakePipeline, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.json").write_text("previous", "utf-8")
    pipeline.error = KeyboardInterrupt()
    result = run("build", "a.txt", "-o", out)
    assert result.exit_code == 130
    assert result.stderr.splitlines()[-1] == "Interrupted — previous outputs were left unchanged"
    assert (out / "graph.json").read_text("utf-8") == "previous"


def test_build_unwritable_output_fails_before_parsing(
    pipeline: FakePipeline, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    result = run("build", "a.txt", "-o", blocker / "out")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: cannot write to {blocker / 'out'}: {blocker} is not a folder"
        " — choose a writable output folder with -o\n"
    )
    assert pipeline.calls == []


def test_build_needs_an_input() -> None:
    result = run("build")
    assert result.exit_code == 2
    assert "Error: Missing argument 'INPUT'." in result.stderr
