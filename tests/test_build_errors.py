"""``kg build`` errors and warnings end to end: real files, real model, real exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from spacy.tokens import Doc
from typer.testing import CliRunner

from kg.cli import EXIT_INTERNAL, app
from kg.model import DocExtraction, Document
from tests.conftest import EXAMPLE, run_kg


def test_missing_path_is_one_error_line(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    proc = run_kg("build", str(missing), "-o", str(tmp_path / "out"))
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"Error: input not found: {missing} — check the path, or use - to read standard input"
    ]
    assert not (tmp_path / "out").exists()


def test_nothing_usable_is_an_error_after_the_warnings(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    proc = run_kg("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert lines[-1].startswith(f"Error: no usable article in {tmp_path / 'in'} — ")
    assert any(line.startswith("Warning: ") and "empty.txt" in line for line in lines)
    assert "Traceback" not in proc.stderr


def test_unwritable_output_is_one_error_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    proc = run_kg("build", str(EXAMPLE), "-o", str(blocker / "out"), "--no-cache")
    assert proc.returncode == 1
    assert len(proc.stderr.splitlines()) == 1
    assert proc.stderr.startswith(f"Error: cannot write to {blocker / 'out'}")


def test_missing_model_is_one_error_line(tmp_path: Path) -> None:
    proc = run_kg("build", str(EXAMPLE), "-o", str(tmp_path / "o"), "--model", "xx_no_such_model")
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "Error: spaCy model 'xx_no_such_model' is not installed — install it with: pip install"
        " xx_no_such_model  (or pass --model with an installed pipeline)"
    ]


def test_bad_files_are_warned_and_the_rest_is_built(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = (EXAMPLE / "001-nnn-agencies.txt").read_text(encoding="utf-8")
    (folder / "good.txt").write_text(good, encoding="utf-8")
    (folder / "copy.txt").write_text(good, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "feed.jsonl").write_text('{"text": "Chile backed Peru."}\n{broken\n', "utf-8")
    proc = run_kg("build", str(folder), "-o", str(tmp_path / "out"), "--no-cache", "-q")
    assert proc.returncode == 0, proc.stderr
    warnings = proc.stderr.splitlines()
    assert f"Warning: {folder / 'notes.pdf'}: unsupported file type .pdf" in "\n".join(warnings)
    assert any(f"{folder / 'feed.jsonl'}:2: not valid JSON" in w for w in warnings)
    assert any("duplicate of" in w for w in warnings)
    assert (tmp_path / "out" / "graph.html").is_file()


def test_stdin_jsonl(tmp_path: Path) -> None:
    text = (EXAMPLE / "003-afp.txt").read_text(encoding="utf-8")
    import json

    proc = run_kg(
        "build",
        "-",
        "-o",
        str(tmp_path / "out"),
        "--no-cache",
        "-q",
        input=json.dumps({"id": "afp", "title": "AFP", "text": text}) + "\n",
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in data["graph"]["documents"]] == ["afp"]
    assert any(n["label"] == "Russia" for n in data["nodes"])


def test_missing_html_library_is_one_error_line(tmp_path: Path) -> None:
    """A broken install (no HTML cleaner for trafilatura) says what to do, no traceback."""
    page = tmp_path / "a.html"
    page.write_text("<html><body><p>The envoy met the minister.</p></body></html>", "utf-8")
    # What pip 23.2 leaves out of trafilatura's dependencies (see tests/test_install.py).
    code = "import sys; sys.modules['lxml_html_clean'] = None; from kg.cli import app; app()"
    proc = subprocess.run(
        [sys.executable, "-c", code, "build", str(page), "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    (line,) = proc.stderr.splitlines()
    assert line.startswith("Error: cannot read HTML: trafilatura or a library it needs is missing")
    assert "lxml_html_clean" in line
    assert line.endswith(
        " — reinstall kg with pip, or run: pip install trafilatura lxml_html_clean"
    )
    assert not (tmp_path / "out").exists()


def test_a_bug_in_kg_is_an_internal_error_not_a_skipped_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.pipeline

    def broken_rule(doc: Doc, document: Document) -> DocExtraction:
        raise KeyError("relation table")

    monkeypatch.setattr(kg.pipeline, "EXTRACTOR", broken_rule)
    article = EXAMPLE / "001-nnn-agencies.txt"
    result = CliRunner().invoke(
        app, ["build", str(article), "-o", str(tmp_path / "out"), "-j", "1", "--no-cache"]
    )
    assert result.exit_code == EXIT_INTERNAL == 70
    [line] = result.stderr.splitlines()
    prefix = (
        f"Error: internal error: kg's extraction failed on {article} (KeyError: 'relation "
        "table') — this is a bug in kg, not a problem with the article: please report it "
        "with that article and the traceback (saved in "
    )
    assert line.startswith(prefix) and line.endswith(".txt)")
    saved = Path(line[len(prefix) : -1])
    try:
        assert "in broken_rule" in saved.read_text(encoding="utf-8")
    finally:
        saved.unlink()
    assert not (tmp_path / "out").exists()


def test_quoted_glob_of_compressed_archives(tmp_path: Path) -> None:
    import gzip
    import json

    good = (EXAMPLE / "003-afp.txt").read_text(encoding="utf-8")
    day = tmp_path / "archive" / "2019" / "06-26.jsonl.gz"
    day.parent.mkdir(parents=True)
    day.write_bytes(gzip.compress((json.dumps({"id": "afp", "text": good}) + "\n").encode()))
    pattern = str(tmp_path / "archive" / "**" / "*.jsonl.gz")
    proc = run_kg("build", pattern, "-o", str(tmp_path / "out"), "--no-cache", "-j", "1")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Read 1 document (0 skipped)")
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in graph["graph"]["documents"]] == ["afp"]
