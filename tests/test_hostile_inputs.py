"""Hostile inputs: every bad case gets its warning and the rest still comes through."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hostile import ARTICLE, HostileCorpus, article, build_hostile_corpus, snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ingest import Item, read_inputs
from kg.model import Document, InputProblem


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> HostileCorpus:
    return build_hostile_corpus(tmp_path_factory.mktemp("hostile") / "corpus")


@pytest.fixture(scope="module")
def results(corpus: HostileCorpus) -> list[Item]:
    before = snapshot(corpus.root)
    out = list(read_inputs([str(corpus.root)]))
    assert snapshot(corpus.root) == before, "an input file was modified"
    return out


def test_every_hostile_case_is_reported(corpus: HostileCorpus, results: list[Item]) -> None:
    got = {p.origin: (p.reason, p.action) for p in results if isinstance(p, InputProblem)}
    assert got == corpus.problems


def test_good_documents_survive(corpus: HostileCorpus, results: list[Item]) -> None:
    got = {d.origin: d for d in results if isinstance(d, Document)}
    assert {origin: d.id for origin, d in got.items()} == corpus.documents
    for origin, fragment in corpus.texts.items():
        assert fragment in got[origin].text, origin
    ids = [d.id for d in got.values()]
    assert len(ids) == len(set(ids))


def test_huge_article_kept_whole(corpus: HostileCorpus, results: list[Item]) -> None:
    (huge,) = [d for d in results if isinstance(d, Document) and d.id == "huge"]
    original = (corpus.root / "huge.txt").read_text(encoding="utf-8")
    assert huge.text == original
    assert len(huge.text) > 1_000_000


def test_order_is_deterministic(corpus: HostileCorpus) -> None:
    first = [x.id if isinstance(x, Document) else str(x) for x in read_inputs([corpus.root])]
    second = [x.id if isinstance(x, Document) else str(x) for x in read_inputs([corpus.root])]
    assert first == second


def test_file_vanishing_between_listing_and_reading(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(article(n), encoding="utf-8")
    stream = read_inputs([tmp_path])
    first = next(stream)  # the folder has been listed and 0.txt read
    assert isinstance(first, Document)
    (tmp_path / "1.txt").unlink()
    rest = list(stream)
    assert [str(x) for x in rest if isinstance(x, InputProblem)] == [
        f"{tmp_path / '1.txt'}: could not read: No such file or directory (skipped)"
    ]
    assert [x.id for x in rest if isinstance(x, Document)] == ["2"]


def test_permission_denied_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Works even as root, where chmod does not stop reads."""
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(article(2), encoding="utf-8")
    real_open = os.open
    locked = str(tmp_path / "a.txt")

    def fake_open(path: Any, flags: int, *args: Any) -> int:
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", fake_open)
    out = list(read_inputs([tmp_path]))
    assert [str(x) for x in out if isinstance(x, InputProblem)] == [
        f"{locked}: could not read: Permission denied (skipped)"
    ]
    assert [x.id for x in out if isinstance(x, Document)] == ["b"]


def test_unlistable_folder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "x.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "open.txt").write_text(article(2), encoding="utf-8")
    real_scandir = os.scandir

    def fake_scandir(path: Any) -> Any:
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", fake_scandir)
    out = list(read_inputs([tmp_path]))
    assert [str(x) for x in out if isinstance(x, InputProblem)] == [
        f"{tmp_path / 'closed'}: could not list folder: Permission denied (skipped)"
    ]
    assert [x.id for x in out if isinstance(x, Document)] == ["open"]


def test_top_level_links(tmp_path: Path) -> None:
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    out = [str(x) for x in read_inputs([tmp_path / "dangling.txt", tmp_path / "loop.txt"])]
    assert out == [
        f"{tmp_path / 'dangling.txt'}: broken symbolic link (its target does not exist) (skipped)",
        f"{tmp_path / 'loop.txt'}: symbolic link loop (skipped)",
    ]


def test_same_folder_given_twice(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = [
        str(x) if isinstance(x, InputProblem) else x.id for x in read_inputs([tmp_path, tmp_path])
    ]
    assert out == ["a", f"{tmp_path}: folder already read as {tmp_path} (skipped)"]


def test_deeply_nested_folders(tmp_path: Path) -> None:
    """The walk is iterative: depth is bounded by the file system, not Python's stack."""
    folder = tmp_path
    for _ in range(60):
        folder = folder / "d"
    folder.mkdir(parents=True)
    (folder / "deep.txt").write_text(ARTICLE, encoding="utf-8")
    assert [d.id for d in read_inputs([tmp_path]) if isinstance(d, Document)] == ["deep"]


# --- properties -----------------------------------------------------------------------------

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
GOOD_LINE = st.builds(
    lambda text, ident: f'{{"id": {ident}, "text": {json.dumps(text)}}}'.encode(),
    st.text(min_size=1, max_size=60),
    st.sampled_from(['"a"', '"b"', "1", "null", "[1]"]),
)
LINE = st.one_of(
    GOOD_LINE,
    st.binary(max_size=60).map(lambda b: b.replace(b"\n", b" ")),
    st.sampled_from(
        [b"", b"   ", b"{", b"[]", b'{"text": 5}', b'{"body": ""}', b"\xff\xfe", b"\r"]
    ),
)


@settings(
    deadline=None, max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(LINE, max_size=12))
def test_random_jsonl_every_line_accounted(tmp_path: Path, lines: list[bytes]) -> None:
    """Random JSONL never raises; each non-blank line yields a Document or a problem.

    A problem for the whole file (empty or binary) accounts for every line at once.
    """
    path = tmp_path / "blob.jsonl"
    blob = b"\n".join(lines)
    path.write_bytes(blob)
    out = list(read_inputs([path]))
    origins = {x.origin for x in out}
    if str(path) in origins:
        return
    lines_of_file: list[str] = [raw.decode("utf-8", "replace") for raw in blob.split(b"\n")]
    for bom, encoding in BOMS:
        # A file that starts with a UTF-16/32 mark and decodes cleanly is read as such.
        if blob.startswith(bom):
            try:
                lines_of_file = blob[len(bom) :].decode(encoding).split("\n")
                break
            except UnicodeDecodeError:
                continue
    for number, line in enumerate(lines_of_file, start=1):
        if line.strip():
            assert f"{path}:{number}" in origins, (number, line)


@settings(
    deadline=None, max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400), st.sampled_from([".txt", ".html", ".json", ".md"]))
def test_random_bytes_never_raise(tmp_path: Path, blob: bytes, suffix: str) -> None:
    path = tmp_path / f"blob{suffix}"
    path.write_bytes(blob)
    out = list(read_inputs([path]))
    assert out, "every file yields a document or a problem"
    for item in out:
        if isinstance(item, Document):
            item.text.encode("utf-8")  # no lone surrogates can reach the exporters
            assert item.text.strip()
