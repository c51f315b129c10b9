"""read_inputs over real files of every supported format."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg import ingest
from kg.errors import InputError
from kg.ingest import Item, decode, read_inputs, reread
from kg.model import Document, Removal
from tests.input_helpers import docs, problems

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "venezuela-2019-06"
BODY = "The fisheries ministers met in Geneva on Tuesday to settle the fishing dispute."


def test_txt_title_and_fields(tmp_path: Path) -> None:
    path = tmp_path / "talks.txt"
    path.write_text(f"Breaking News\n\nMinisters Meet Over Fishing\n\n{BODY}\n", encoding="utf-8")
    removal, doc = read_inputs([str(path)])
    assert removal == Removal(str(path), "nav_phrase", "Breaking News")
    assert isinstance(doc, Document)
    assert doc.id == "talks"
    assert doc.title == "Ministers Meet Over Fishing"
    assert doc.text == BODY
    assert doc.source == doc.origin == str(path)
    assert doc.date == ""
    assert doc.sha256 == hashlib.sha256(BODY.encode()).hexdigest()


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("2019-06-27-reuters-talks.txt", "2019-06-27"),
        ("2019_06_27_talks.txt", "2019-06-27"),
        ("2019-06-27.txt", "2019-06-27"),
        # must not: no day at the start, no real day, mixed or no separators, more digits
        ("talks-2019-06-27.txt", ""),
        ("2019-13-40-talks.txt", ""),
        ("2019-06_27-talks.txt", ""),
        ("20190627-talks.txt", ""),
        ("2019-06-271-talks.txt", ""),
    ],
)
def test_txt_date_from_its_file_name(tmp_path: Path, name: str, date: str) -> None:
    (tmp_path / name).write_text(f"Ministers Meet\n\n{BODY}\n", encoding="utf-8")
    (doc,) = read_inputs([tmp_path / name])
    assert isinstance(doc, Document)
    assert (doc.date, doc.date_precision) == (date, "day" if date else "")


def test_page_metadata_date_beats_the_file_name(tmp_path: Path) -> None:
    page = (
        '<html><head><meta name="date" content="2021-03-04"></head><body><article>'
        f"<p>{BODY}</p></article></body></html>"
    )
    (tmp_path / "2021-03-01-port.html").write_text(page, encoding="utf-8")
    (doc,) = read_inputs([tmp_path / "2021-03-01-port.html"])
    assert isinstance(doc, Document)
    assert doc.date == "2021-03-04"


def test_a_record_date_is_not_taken_from_its_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2021-03-01-briefs.jsonl"
    path.write_text(json.dumps({"id": "b1", "text": BODY}) + "\n", encoding="utf-8")
    (doc,) = read_inputs([path])
    assert isinstance(doc, Document)
    assert doc.date == ""


def test_md_heading_title(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text(f"# Talks Resume\n\n{BODY}\n", encoding="utf-8")
    (doc,) = read_inputs([tmp_path / "note.md"])
    assert isinstance(doc, Document)
    assert (doc.title, doc.text) == ("Talks Resume", BODY)


def test_html_file(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Port Deal</title>"
        '<link rel="canonical" href="https://n.example/port">'
        '<meta name="date" content="2021-03-04"></head><body><article>'
        f"<p>{BODY}</p><p>Comments</p><p>The ministers will meet again in May, officials said.</p>"
        "</article></body></html>"
    )
    (tmp_path / "port.htm").write_text(page, encoding="utf-8")
    removal, doc = read_inputs([tmp_path / "port.htm"])
    assert removal == Removal(str(tmp_path / "port.htm"), "nav_phrase", "Comments")
    assert isinstance(doc, Document)
    assert doc.id == "port"
    assert doc.source == "https://n.example/port"
    assert doc.date == "2021-03-04"
    assert doc.title == "Port Deal"
    assert doc.text == f"{BODY}\nThe ministers will meet again in May, officials said."


def test_html_with_declared_legacy_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1251"></head><body><article>'
        "<p>Министры встретились в Женеве во вторник, чтобы урегулировать спор о рыболовстве.</p>"
        "</article></body></html>"
    )
    (tmp_path / "ru.html").write_bytes(page.encode("cp1251"))
    (doc,) = read_inputs([tmp_path / "ru.html"])
    assert isinstance(doc, Document)
    assert "Министры встретились в Женеве" in doc.text


def test_jsonl_fields_ids_and_order(tmp_path: Path) -> None:
    lines = [
        {"id": "a1", "title": "T", "text": BODY, "url": "https://x.test/a", "date": " 2020-01-02 "},
        {"body": "Second article body about the harbour talks in Oldtown."},
        {"content": "Third article with a source field.", "source": "Example Wire"},
        {"id": 7, "text": "Fourth article with a numeric id."},
    ]
    path = tmp_path / "feed.ndjson"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    out = list(read_inputs([str(path)]))
    assert problems(out) == []
    got = [(d.id, d.title, d.source, d.date, d.origin) for d in docs(out)]
    assert got == [
        ("a1", "T", "https://x.test/a", "2020-01-02", f"{path}:1"),
        ("feed-2", "", str(path), "", f"{path}:2"),
        ("feed-3", "", "Example Wire", "", f"{path}:3"),
        ("7", "", str(path), "", f"{path}:4"),
    ]


def test_jsonl_duplicate_ids_renamed(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": "One article."})
        + "\n"
        + json.dumps({"id": "x", "text": "Another article."}),
        encoding="utf-8",
    )
    out = list(read_inputs([path]))
    assert [d.id for d in docs(out)] == ["x", "x-2"]
    assert problems(out) == [f'{path}:2: id "x" already used by {path}:1 (renamed to x-2)']


def test_jsonl_record_html_content(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    html = f"<html><body><article><p>{BODY}</p><p>Share</p></article></body></html>"
    path.write_text(json.dumps({"content": html}), encoding="utf-8")
    removal, doc = read_inputs([path])
    assert removal == Removal(f"{path}:1", "nav_phrase", "Share")
    assert isinstance(doc, Document)
    assert doc.text == BODY


def test_json_single_record_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": BODY, "title": "One"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "First."}, {"text": "Second."}]), encoding="utf-8")
    out = list(read_inputs([one, many]))
    assert [(d.id, d.origin) for d in docs(out)] == [
        ("one", str(one)),
        ("many-0", f"{many}[0]"),
        ("many-1", f"{many}[1]"),
    ]


def test_json_file_holding_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    path.write_text('{"text": "First."}\n{"text": "Second."}\n', encoding="utf-8")
    assert [d.origin for d in docs(list(read_inputs([path])))] == [f"{path}:1", f"{path}:2"]


def test_folder_walk_sorted_recursive_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed article.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay article.", encoding="utf-8")
    (tmp_path / "c.md").write_text("Cee article.", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("Hidden article.", encoding="utf-8")
    (tmp_path / ".h.txt").write_text("Hidden file.", encoding="utf-8")
    out = list(read_inputs([tmp_path]))
    assert problems(out) == []
    assert [d.id for d in docs(out)] == ["a", "z", "c"]


def test_ids_stable_and_unique(tmp_path: Path) -> None:
    for folder in ("x", "y", "z"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"Report from {folder}.", encoding="utf-8")
    (tmp_path / "report.txt").write_text("Top report.", encoding="utf-8")
    first = [d.id for d in docs(list(read_inputs([tmp_path])))]
    second = [d.id for d in docs(list(read_inputs([tmp_path])))]
    assert first == second == ["report", "x-report", "y-report", "z-report"]
    (tmp_path / "x" / "x").mkdir()
    (tmp_path / "x" / "x" / "report.txt").write_text("Nested.", encoding="utf-8")
    ids = [d.id for d in docs(list(read_inputs([tmp_path])))]
    assert len(set(ids)) == len(ids) == 5


def test_duplicate_content_processed_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Share\n\n{BODY}\r\n", encoding="utf-8")
    out = list(read_inputs([tmp_path]))
    assert [d.id for d in docs(out)] == ["a"]
    assert problems(out) == [
        f"{tmp_path / 'b.txt'}: duplicate of {tmp_path / 'a.txt'} (processed once)"
    ]


def test_missing_path_raises_before_reading(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_inputs([tmp_path / "a.txt", tmp_path / "nope.txt"])
    assert info.value.what == f"input not found: {tmp_path / 'nope.txt'}"
    assert "standard input" in info.value.fix


@pytest.mark.parametrize(
    "stream",
    [io.StringIO(f"Talks Resume\n\n{BODY}"), io.BytesIO(f"Talks Resume\n\n{BODY}".encode())],
    ids=["text", "bytes"],
)
def test_stdin_plain_text(stream: io.StringIO | io.BytesIO) -> None:
    (doc,) = read_inputs(["-"], stdin=stream)
    assert isinstance(doc, Document)
    assert (doc.id, doc.title, doc.text, doc.origin, doc.source) == (
        "stdin",
        "Talks Resume",
        BODY,
        "-",
        "-",
    )


def test_stdin_jsonl_and_bad_line() -> None:
    data = '  {"text": "First article."}\nnot json\n{"id": "q", "text": "Second article."}\n'
    out = list(read_inputs(["-"], stdin=io.StringIO(data)))
    assert [(d.id, d.origin) for d in docs(out)] == [("stdin-1", "-:1"), ("q", "-:3")]
    assert problems(out) == [
        "-:2: not valid JSON: Expecting value (line 1, column 1) (line skipped)"
    ]


def test_stdin_empty() -> None:
    assert problems(list(read_inputs(["-"], stdin=io.BytesIO(b"  \n")))) == [
        "-: empty file (only whitespace) (skipped)"
    ]


def test_explicit_file_without_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "article").write_text(BODY, encoding="utf-8")
    (tmp_path / "feed").write_text('{"text": "A."}\n{"text": "B."}', encoding="utf-8")
    out = list(read_inputs([tmp_path / "article", tmp_path / "feed"]))
    assert [d.text for d in docs(out)] == [BODY, "A.", "B."]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_explicit_pipe_is_read(tmp_path: Path) -> None:
    """`kg build <(cmd)` hands over a pipe: named explicitly, it is read (blocking)."""
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "w", encoding="utf-8") as handle:
            handle.write(BODY)

    thread = threading.Thread(target=feed)
    thread.start()
    (doc,) = read_inputs([fifo])
    thread.join()
    assert isinstance(doc, Document)
    assert doc.text == BODY


def test_examples_folder() -> None:
    out = list(read_inputs([EXAMPLES]))
    # The bundled page kept its outlet footer: the cleaning says so, and how to check it.
    assert problems(out) == [
        f"{EXAMPLES / '000-rferl.txt'}: 43% of its text removed as page furniture (11 blocks)"
        " (kept the rest; see what went with --removed FILE)"
    ]
    assert [d.id for d in docs(out)] == ["000-rferl", "001-nnn-agencies", "003-afp"]
    for doc in docs(out):
        original = Path(doc.origin).read_text(encoding="utf-8")
        for line in doc.text.split("\n"):
            assert line in original


# ------------------------------------------------------- archives: .jsonl.gz, globs


def _records(n: int, start: int = 0) -> str:
    return "".join(
        json.dumps({"text": f"Delegates from region {i} met in Geneva. {BODY}"}) + "\n"
        for i in range(start, start + n)
    )


def _strip_origin(items: list[Item]) -> list[tuple[str, str, str]]:
    return [(d.id, d.text, d.sha256) for d in docs(items)]


def test_jsonl_gz_reads_like_jsonl(tmp_path: Path) -> None:
    plain = tmp_path / "plain" / "feed.jsonl"
    packed = tmp_path / "packed" / "feed.jsonl.gz"
    plain.parent.mkdir()
    packed.parent.mkdir()
    plain.write_text(_records(3) + "{broken\n", encoding="utf-8")
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    a = list(read_inputs([plain]))
    b = list(read_inputs([packed]))
    assert _strip_origin(b) == _strip_origin(a)
    assert [d.id for d in docs(b)] == ["feed-1", "feed-2", "feed-3"]
    assert docs(b)[0].origin == f"{packed}:1"
    assert problems(b) == [
        f"{packed}:4: not valid JSON: Expecting property name enclosed in double quotes "
        "(line 1, column 2) (line skipped)"
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (gzip.compress(_records(50).encode())[:-40], "compressed file is truncated"),
        (_records(2).encode(), "Not a gzipped file (b'{\"')"),
    ],
    ids=["truncated", "not-gzip"],
)
def test_broken_gz_is_a_warning(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(data)
    items = list(read_inputs([tmp_path]))
    assert problems(items) == [f"{path}: could not read: {reason} (skipped)"]


def test_unsupported_compressed_file(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(b"<p>x</p>"))
    items = list(read_inputs([tmp_path]))
    assert problems(items) == [
        f"{tmp_path / 'page.html.gz'}: unsupported file type .html.gz "
        "(skipped; convert to .txt or .html)"
    ]


def test_big_jsonl_is_read_line_by_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Past the sniffing window the file is streamed; tiny chunks cut lines anywhere.
    monkeypatch.setattr(decode, "_STREAM_CHUNK", 7)
    path = tmp_path / "big.jsonl"
    path.write_bytes(
        _records(600).encode() + b"{broken\n\xff\xfe bad bytes\r\n" + _records(2, 600).encode()
    )
    assert path.stat().st_size > 65536
    items = list(read_inputs([path]))
    assert len(docs(items)) == 602
    assert [d.id for d in docs(items)][-2:] == ["big-603", "big-604"]
    assert docs(items)[-1].text.startswith("Delegates from region 601 met")
    assert problems(items)[0].startswith(f"{path}:601: not valid JSON")
    assert problems(items)[1] == f"{path}:602: not valid UTF-8 (2 bad bytes replaced by U+FFFD)"


def test_glob_patterns_are_expanded_in_sorted_order(tmp_path: Path) -> None:
    for name in ("2019/06/b.jsonl.gz", "2019/06/a.jsonl.gz", "2018/12/c.jsonl.gz"):
        path = tmp_path / "archive" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gzip.compress(_records(1, start=ord(name[-10])).encode()))
    (tmp_path / "archive" / "2019" / "notes.txt").write_text(BODY, encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "archive" / "**" / "*.jsonl.gz")]))
    assert [d.id for d in docs(items)] == ["c-1", "a-1", "b-1"]
    assert problems(items) == []


def test_glob_matching_nothing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_inputs([str(tmp_path / "**" / "*.jsonl.gz")])
    assert str(info.value) == (
        f"no file matches {tmp_path / '**' / '*.jsonl.gz'} — check the pattern (** matches "
        "folders at any depth)"
    )


# ------------------------------------------------- workers read their own documents


def test_every_document_from_a_file_can_be_read_again(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"A headline\n\n{BODY}", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        '{"text": "Chile backed Peru."}\n\n{broken\n' + _records(2), encoding="utf-8"
    )
    (tmp_path / "packed.jsonl.gz").write_bytes(gzip.compress(_records(3, start=5).encode()))
    (tmp_path / "list.json").write_text(
        json.dumps([{"text": "Spain met Chile."}, {"text": "Peru met Spain."}]), "utf-8"
    )
    locators: dict[str, ingest.Locator] = {}
    found = docs(list(read_inputs([tmp_path], locators=locators)))
    assert len(found) == 9
    assert set(locators) == {d.id for d in found}
    assert locators["feed-4"].line == 4 and locators["feed-4"].offset > 0
    for document in found:
        again = ingest.read_again(locators[document.id], document.origin)
        assert again is not None
        assert (again.text, again.sha256, again.origin) == (
            document.text,
            document.sha256,
            document.origin,
        )


def test_a_streamed_line_is_found_again_by_its_offset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decode, "_STREAM_CHUNK", 11)
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress(("\ufeff" + _records(700)).encode()))
    locators: dict[str, ingest.Locator] = {}
    found = docs(list(read_inputs([path], locators=locators)))
    last = found[-1]
    again = ingest.read_again(locators[last.id], last.origin)
    assert again is not None and again.text == last.text


def test_reading_again_a_changed_file_finds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(_records(2), encoding="utf-8")
    locators: dict[str, ingest.Locator] = {}
    first = docs(list(read_inputs([path], locators=locators)))[0]
    path.write_text("", encoding="utf-8")
    assert ingest.read_again(locators[first.id], first.origin) is None


class _Counting:
    """A file that counts the compressed bytes read from it (each is decompressed once)."""

    def __init__(self, raw: Any, counts: list[int]) -> None:
        self._raw, self._counts = raw, counts

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._raw.read(size)
        self._counts.append(len(data))
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


@pytest.fixture
def cursors(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[reread.GzipCursors, list[int]]]:
    """This process's gzip readers, fresh, counting the compressed bytes they read."""
    counts: list[int] = []
    fresh = reread.GzipCursors()
    opener = reread._open_raw
    monkeypatch.setattr(reread, "CURSORS", fresh)
    monkeypatch.setattr(reread, "_open_raw", lambda path: _Counting(opener(path), counts))
    yield fresh, counts
    fresh.close()


def _located(path: Path) -> list[tuple[Document, ingest.Locator]]:
    locators: dict[str, ingest.Locator] = {}
    found = docs(list(read_inputs([path], locators=locators)))
    return [(d, locators[d.id]) for d in found]


def test_a_jsonl_gz_read_again_in_order_is_decompressed_once(
    tmp_path: Path, cursors: tuple[reread.GzipCursors, list[int]]
) -> None:
    # Read afresh for each record, the 400 records would read the file 200 times over.
    readers, counts = cursors
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(_records(400).encode()))
    records = _located(path)
    for document, locator in records:
        again = ingest.read_again(locator, document.origin)
        assert again is not None and again.text == document.text
    assert readers.opened == 1
    assert sum(counts) <= path.stat().st_size + 65536


def test_two_shares_of_a_jsonl_gz_read_in_turn_each_keep_their_reader(
    tmp_path: Path, cursors: tuple[reread.GzipCursors, list[int]]
) -> None:
    # Batches out of order: the second half's records come between the first half's.
    readers, counts = cursors
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(_records(400).encode()))
    records = _located(path)
    for first, second in zip(records[:200], records[200:], strict=True):
        for document, locator in (second, first):
            again = ingest.read_again(locator, document.origin)
            assert again is not None and again.text == document.text
    assert readers.opened == 2
    assert sum(counts) <= 2 * (path.stat().st_size + 65536)


def test_a_jsonl_gz_read_again_gives_the_documents_of_the_jsonl(
    tmp_path: Path, cursors: tuple[reread.GzipCursors, list[int]]
) -> None:
    plain = tmp_path / "plain" / "feed.jsonl"
    packed = tmp_path / "packed" / "feed.jsonl.gz"
    plain.parent.mkdir()
    packed.parent.mkdir()
    plain.write_text(_records(30) + "{broken\n" + _records(30, start=30), encoding="utf-8")
    packed.write_bytes(gzip.compress(plain.read_bytes()))

    def again(path: Path, order: slice) -> list[tuple[str, str, str]]:
        out = []
        for document, locator in _located(path)[order]:
            found = ingest.read_again(locator, document.origin)
            assert found is not None
            out.append((document.id, found.text, found.sha256))
        return out

    expected = [(d.id, d.text, d.sha256) for d in docs(list(read_inputs([plain])))]
    assert len(expected) == 60
    assert again(plain, slice(None)) == expected
    assert again(packed, slice(None)) == expected
    # Backwards, every record is before the reader: each is read from a new one.
    assert again(packed, slice(None, None, -1)) == expected[::-1]


def test_a_jsonl_gz_replaced_between_reads_is_not_read_through_the_old_reader(
    tmp_path: Path, cursors: tuple[reread.GzipCursors, list[int]]
) -> None:
    readers, _ = cursors
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(_records(3, start=10).encode()))
    (first, first_at), (second, second_at) = _located(path)[:2]
    assert ingest.read_again(first_at, first.origin) is not None
    # Same layout, other records: only a reader of the new file finds region 21.
    newer = tmp_path / "newer.jsonl.gz"
    newer.write_bytes(gzip.compress(_records(3, start=20).encode()))
    os.replace(newer, path)
    again = ingest.read_again(second_at, second.origin)
    assert again is not None
    assert again.text.startswith("Delegates from region 21 met")
    assert readers.opened == 2


def test_a_jsonl_gz_that_vanished_is_not_read_again(
    tmp_path: Path, cursors: tuple[reread.GzipCursors, list[int]]
) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(_records(3).encode()))
    (first, first_at), (second, second_at) = _located(path)[:2]
    assert ingest.read_again(first_at, first.origin) is not None
    path.unlink()
    assert ingest.read_again(second_at, second.origin) is None


def test_readers_are_bounded_and_closed(
    tmp_path: Path, cursors: tuple[reread.GzipCursors, list[int]]
) -> None:
    readers, _ = cursors
    for n in range(reread.MAX_OPEN_READERS + 2):
        path = tmp_path / f"feed{n}.jsonl.gz"
        path.write_bytes(gzip.compress(_records(2).encode()))
        document, locator = _located(path)[0]
        assert ingest.read_again(locator, document.origin) is not None
    assert len(readers._free) == reread.MAX_OPEN_READERS
    kept = list(readers._free)
    ingest.close_readers()
    assert readers._free == [] and all(c.unzipped.closed and c.raw.closed for c in kept)


@pytest.fixture
def whole_files(monkeypatch: pytest.MonkeyPatch) -> reread.WholeFiles:
    fresh = reread.WholeFiles()
    monkeypatch.setattr(reread, "WHOLE_FILES", fresh)
    return fresh


@pytest.mark.parametrize("name", ["list.json", "list.json.gz", "wide.jsonl"])
def test_the_records_of_a_file_read_whole_are_read_again_with_one_reading(
    tmp_path: Path, whole_files: reread.WholeFiles, name: str
) -> None:
    # A UTF-16 JSON Lines file is decoded whole: its lines have no byte offsets.
    lines = _records(6)
    text = lines if name == "wide.jsonl" else "[" + ",".join(lines.splitlines()) + "]"
    data = text.encode("utf-16" if name == "wide.jsonl" else "utf-8")
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    located = _located(path)
    assert len(located) == 6
    for document, locator in located:
        again = ingest.read_again(locator, document.origin)
        assert again is not None and again.text == document.text
    assert whole_files.reads == 1


def test_a_file_read_whole_and_replaced_is_read_again(
    tmp_path: Path, whole_files: reread.WholeFiles
) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"text": f"Talks in round {n} ended."} for n in range(3)]))
    (first, first_at), (second, second_at) = _located(path)[:2]
    assert ingest.read_again(first_at, first.origin) is not None
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps([{"text": f"Talks in round {n} began."} for n in range(3)]))
    os.replace(newer, path)
    again = ingest.read_again(second_at, second.origin)
    assert again is not None and again.text == "Talks in round 1 began."
    assert whole_files.reads == 2
    ingest.close_readers()
    assert ingest.read_again(second_at, second.origin) is not None
    assert whole_files.reads == 3


def test_standard_input_cannot_be_read_again() -> None:
    locators: dict[str, ingest.Locator] = {}
    found = docs(list(read_inputs(["-"], stdin=io.StringIO(BODY), locators=locators)))
    assert len(found) == 1 and locators == {}
