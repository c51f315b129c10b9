"""Format readers: text, Markdown, HTML, JSON and JSON Lines (also gzip'd) to documents.

A `Reader` turns one file (or standard input) into `Document` records, interleaved
with `InputProblem` warnings and the `Removal` records of what cleaning left out; it
remembers the ids and contents already used, so a later copy is reported as a
duplicate. Reading a document again where a `Locator` says it is (a Dask worker
reading its own share) is `kg.ingest.reread`'s; folders and glob patterns are
`kg.ingest.walk`'s.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gzip
import hashlib
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TextIO, cast

from kg.clean import (
    TextForm,
    html_to_document_fields,
    removed_share,
    repair_text,
    split_title,
    strip_boilerplate,
)
from kg.dates import date_document, file_name_date, parse_date
from kg.ingest.decode import (
    SNIFF_BYTES,
    Skip,
    bad_bytes,
    binary_kind,
    bom_utf16_or_32,
    decode,
    json_payload,
    printable,
    split_lines,
    stream_lines,
    utf16_without_bom,
)
from kg.model import Document, InputProblem, Removal

#: An item of `read_inputs`: a document, a warning, or a block cleaning removed.
Item = Document | InputProblem | Removal

__all__ = [
    "COMPRESSIBLE",
    "FORMATS",
    "Item",
    "Locator",
    "Reader",
    "name_parts",
    "open_input",
    "read_error",
]

#: Formats also read gzip-compressed (``.jsonl.gz``): archives of records.
COMPRESSIBLE = frozenset({"jsonl", "json"})

#: File extension -> reader. Anything else in a folder is reported as unsupported.
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}

_TEXT_FIELDS = ("text", "body", "content")
_HTML_FIELDS = ("html",)
_TITLE_FIELDS = ("title", "headline")
_URL_FIELDS = ("url", "source", "link")
_DATE_FIELDS = ("date", "published", "published_at", "datetime")
_ID_FIELDS = ("id",)

_HTML_TEXT = re.compile(r"^\s*<(?:!doctype|html|head|body|article|div|p|section)\b", re.I)
# An article that lost more of its text than this to cleaning is named in a warning.
_MAX_REMOVED_SHARE = 1 / 3


@dataclass(frozen=True, slots=True)
class Locator:
    """Where a document can be read again: a file, or one line of a JSON Lines file.

    A worker on another machine reads the text it parses itself
    (`kg.ingest.reread.read_again`) instead
    of receiving it; what it reads is checked against the document's content hash.

    Attributes:
        path: The file (as it was opened).
        display: The file as the user named it (the start of the document's origin).
        explicit: Named by the user (may be a pipe or lack an extension).
        line: Line number of a JSON Lines record, 0 for a whole file.
        offset: Byte offset of that line in the (decompressed) file, -1 when unknown.
    """

    path: str
    display: str
    explicit: bool
    line: int = 0
    offset: int = -1


@dataclass(frozen=True, slots=True)
class _Input:
    """One file (or standard input) being read: how its documents are named and found.

    Attributes:
        origin: The file as the user named it, printable: the start of every warning's
            location and the source of its documents.
        stem: The default document id (a record's number is appended to it).
        parent: The folder's name, prefixed to a stem that is already used.
        base: Where the file can be read again, when the caller keeps locators.
    """

    origin: str
    stem: str
    parent: str
    base: Locator | None = None


def _scalar(record: dict[str, Any], names: Sequence[str]) -> str:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
    return ""


def _json_type(value: Any) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    return "number"


def _json_error(err: Exception) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"not valid JSON: {err.msg} (line {err.lineno}, column {err.colno})"
    if isinstance(err, RecursionError):
        return "not valid JSON: nested too deeply"
    return f"not valid JSON: {err}"


@dataclass
class Reader:
    """Reads files and standard input; state of one run: ids and contents already used."""

    stdin: TextIO | BinaryIO | None
    used_ids: dict[str, str] = field(default_factory=dict)  # id -> origin
    seen: dict[str, str] = field(default_factory=dict)  # sha256 -> first origin
    # Filled with document id -> Locator when the caller wants to re-read documents.
    locators: dict[str, Locator] | None = None

    def _locate(self, items: Iterable[Item], locator: Locator | None) -> Iterator[Item]:
        """Pass ``items`` through, noting where each document can be read again."""
        for item in items:
            if self.locators is not None and locator is not None and isinstance(item, Document):
                self.locators[item.id] = locator
            yield item

    # -- documents -------------------------------------------------------------------

    def _unique_id(self, wanted: str, parent: str) -> str:
        if wanted not in self.used_ids:
            return wanted
        if parent and f"{parent}-{wanted}" not in self.used_ids:
            return f"{parent}-{wanted}"
        n = 2
        while f"{wanted}-{n}" in self.used_ids:
            n += 1
        return f"{wanted}-{n}"

    def _document(
        self,
        *,
        origin: str,
        raw: str,
        doc_id: str,
        explicit_id: bool = False,
        parent: str = "",
        title: str = "",
        source: str,
        date: str = "",
        name_date: str = "",
        html: bool = False,
        form: TextForm = "page",
    ) -> Iterator[Item]:
        """Clean ``raw`` and yield the Document (or why there is none) and its removals.

        ``form`` says whether ``raw`` is a saved page or already an article's main text
        (see `kg.clean.strip_boilerplate`); HTML is always reduced to its main text.
        ``name_date`` is the day the file's name starts with: the date when neither the
        record nor the page's metadata gives one.
        """
        repaired = repair_text(raw)
        if repaired.mojibake:
            yield InputProblem(
                origin, "mojibake (text was decoded with the wrong encoding)", "repaired"
            )
        if repaired.controls_removed:
            yield InputProblem(origin, f"{repaired.controls_removed} control characters", "removed")
        before_cleaning = repaired.text  # where a date line or a dateline is read
        if html:
            article = html_to_document_fields(repaired.text, origin=origin)
            title = title or article.title
            date = date or article.date
            source = article.url or source
            text, removed = article.text, article.removed
            before_cleaning = article.main_text
            share = removed_share(text, removed)
            if not text and not removed:
                yield InputProblem(origin, "no article text found in the HTML")
                return
        else:
            cleaned = strip_boilerplate(repaired.text, form=form, origin=origin)
            text, removed = cleaned.text, cleaned.removed
            share = removed_share(text, removed)  # before the headline moves to the title
            if title:
                first, _, rest = text.partition("\n")
                if first.strip() == title:
                    text = rest.strip("\n")
            else:
                title, text = split_title(text)
        if not text.strip():
            yield from removed
            if removed:
                reason = "no article text left after removing page boilerplate"
                yield InputProblem(origin, reason, "skipped; see what went with --removed FILE")
            else:
                yield InputProblem(origin, "empty text")
            return
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        first_origin = self.seen.get(digest)
        if first_origin is not None:
            yield InputProblem(origin, f"duplicate of {first_origin}", "processed once")
            return
        self.seen[digest] = origin
        yield from removed
        if share > _MAX_REMOVED_SHARE:
            yield InputProblem(
                origin,
                f"{share:.0%} of its text removed as page furniture "
                f"({len(removed)} block{'' if len(removed) == 1 else 's'})",
                "kept the rest; see what went with --removed FILE",
            )
        # A record's own id gets a numeric suffix; a file stem may take its folder name.
        final_id = self._unique_id(doc_id, "" if explicit_id else parent)
        if explicit_id and final_id != doc_id:
            yield InputProblem(
                origin,
                f'id "{doc_id}" already used by {self.used_ids[doc_id]}',
                f"renamed to {final_id}",
            )
        self.used_ids[final_id] = origin
        date = date or name_date
        if date and not parse_date(date):
            yield InputProblem(
                origin, f'date "{date[:40]}" is not a date', "ignored; use YYYY-MM-DD"
            )
        dating = date_document(date, before_cleaning)
        yield Document(
            id=final_id,
            title=title,
            source=source,
            date=dating.date,
            text=text,
            sha256=digest,
            origin=origin,
            date_precision=dating.precision,
            place=dating.place,
        )

    def _record(
        self, value: Any, source: _Input, *, origin: str, default_id: str
    ) -> Iterator[Item]:
        """One JSON record of ``source`` (found at ``origin``) -> Document."""
        if not isinstance(value, dict):
            yield InputProblem(origin, f"not a JSON object (got {_json_type(value)})")
            return
        html = False
        raw: Any = None
        for name in (*_TEXT_FIELDS, *_HTML_FIELDS):
            if name in value and value[name] is not None:
                raw, html = value[name], name in _HTML_FIELDS
                break
        if raw is None:
            yield InputProblem(
                origin, 'record has no text (expected a "text", "body" or "content" field)'
            )
            return
        if not isinstance(raw, str):
            yield InputProblem(origin, f"text field is not a string (got {_json_type(raw)})")
            return
        record_id = _scalar(value, _ID_FIELDS)
        yield from self._document(
            origin=origin,
            raw=raw,
            doc_id=record_id or default_id,
            explicit_id=bool(record_id),
            parent=source.parent,
            title=_scalar(value, _TITLE_FIELDS),
            source=_scalar(value, _URL_FIELDS) or source.origin,
            date=_scalar(value, _DATE_FIELDS),
            # Scrapers often put page markup in "content": extract it like an HTML file.
            html=html or bool(_HTML_TEXT.match(raw) and re.search(r"</\w+>", raw)),
            form="main",
        )

    # -- formats ---------------------------------------------------------------------

    def _jsonl(self, lines: Iterable[tuple[int, str, int, int]], source: _Input) -> Iterator[Item]:
        found = False
        for number, line, bad, offset in lines:
            if not line.strip():
                continue
            found = True
            where = f"{source.origin}:{number}"
            if bad:
                yield InputProblem(where, "not valid UTF-8", f"{bad_bytes(bad)} replaced by U+FFFD")
            try:
                value = json.loads(line)
            except (ValueError, RecursionError) as err:
                yield InputProblem(where, _json_error(err), "line skipped")
                continue
            record = self._record(value, source, origin=where, default_id=f"{source.stem}-{number}")
            if source.base is None:
                yield from record
            else:
                located = dataclasses.replace(source.base, line=number, offset=offset)
                yield from self._locate(record, located)
        if not found:
            yield InputProblem(source.origin, "no records (only blank lines)")

    def _json(self, value: Any, source: _Input) -> Iterator[Item]:
        if isinstance(value, dict) and not any(k in value for k in (*_TEXT_FIELDS, *_HTML_FIELDS)):
            # {"articles": [...]}-style wrappers around the list of records.
            lists = [v for v in value.values() if isinstance(v, list)]
            if len(lists) == 1:
                value = lists[0]
        if isinstance(value, dict):
            yield from self._record(value, source, origin=source.origin, default_id=source.stem)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from self._record(
                    item,
                    source,
                    origin=f"{source.origin}[{index}]",
                    default_id=f"{source.stem}-{index}",
                )
        else:
            yield InputProblem(
                source.origin, f"not a record or a list of records (got {_json_type(value)})"
            )

    def _json_or_jsonl(
        self, payload: bytes | str, source: _Input, *, prefer_lines: bool
    ) -> Iterator[Item]:
        """Parse JSON Lines, or one JSON document (a record or a list of records).

        ``prefer_lines`` (``.jsonl`` files) parses line by line straight away; otherwise
        the whole text is tried as one JSON document first, falling back to lines when
        it holds several values ("Extra data").
        """
        if not prefer_lines:
            text = payload if isinstance(payload, str) else payload.decode("utf-8", "replace")
            try:
                value = json.loads(text)
            except json.JSONDecodeError as err:
                if not err.msg.startswith("Extra data"):
                    yield InputProblem(source.origin, _json_error(err))
                    return
            except (ValueError, RecursionError) as err:
                yield InputProblem(source.origin, _json_error(err))
                return
            else:
                yield from self._locate(self._json(value, source), source.base)
                return
        yield from self._jsonl(split_lines(payload), source)

    def _text_bytes(self, data: bytes, kind: str, source: _Input) -> Iterator[Item]:
        """Read the bytes of one file (or of stdin) in format ``kind``."""
        origin = source.origin
        try:
            if kind in ("jsonl", "json"):
                payload, notes = json_payload(data, lines=kind == "jsonl")
            else:
                decoded = decode(data, html=kind == "html")
                payload, notes = decoded.text, decoded.notes
        except Skip as skip:
            yield InputProblem(origin, skip.reason, skip.action)
            return
        for reason, action in notes:
            yield InputProblem(origin, reason, action)
        if kind == "sniff":
            assert isinstance(payload, str)
            kind = _sniff(payload)
        if kind in ("jsonl", "json"):
            yield from self._json_or_jsonl(payload, source, prefer_lines=kind == "jsonl")
            return
        assert isinstance(payload, str)
        document = self._document(
            origin=origin,
            raw=payload,
            doc_id=source.stem,
            parent=source.parent,
            source=origin,
            name_date=file_name_date(source.stem),
            html=kind == "html",
        )
        yield from self._locate(document, source.base)

    # -- files, folders, stdin -------------------------------------------------------

    def read_file(self, path: Path, display: str, *, explicit: bool) -> Iterator[Item]:
        """Read one file; ``explicit`` files may be pipes and may lack an extension.

        JSON Lines are read line by line (also gzip-compressed, ``.jsonl.gz``), so a
        file of any size never sits in memory whole.
        """
        origin = printable(display)
        stem, suffix, compressed = name_parts(path)
        kind = input_kind(path, explicit=explicit)
        if kind is None:
            what = "".join(path.suffixes[-2:]).lower() if compressed else suffix
            yield InputProblem(
                origin,
                f"unsupported file type {what or '(no extension)'}",
                "skipped; convert to .txt or .html",
            )
            return
        source = _Input(
            origin, stem, printable(path.parent.name), Locator(str(path), display, explicit)
        )
        try:
            with open_input(path, regular_only=not explicit, gz=compressed) as handle:
                if kind == "jsonl":
                    yield from self._jsonl_file(handle, source)
                    return
                data = handle.read()
        except Skip as skip:
            yield InputProblem(origin, skip.reason, skip.action)
            return
        except (OSError, EOFError, zlib.error) as err:
            yield InputProblem(origin, f"could not read: {read_error(err)}")
            return
        yield from self._text_bytes(data, kind, source)

    def _jsonl_file(self, handle: BinaryIO, source: _Input) -> Iterator[Item]:
        """Read a JSON Lines file lazily; UTF-16/32 files (rare) are decoded whole."""
        origin = source.origin
        head = handle.read(SNIFF_BYTES)
        wide = bom_utf16_or_32(head) is not None or (
            binary_kind(head) == "contains NUL bytes" and utf16_without_bom(head) is not None
        )
        if wide or len(head) < SNIFF_BYTES:
            data = head + handle.read()
            try:
                payload, notes = json_payload(data, lines=True)
            except Skip as skip:
                yield InputProblem(origin, skip.reason, skip.action)
                return
            for reason, action in notes:
                yield InputProblem(origin, reason, action)
            lines = split_lines(payload)
        else:
            kind = binary_kind(head)
            if kind is not None and kind != "contains NUL bytes":
                yield InputProblem(origin, f"binary file ({kind})")
                return
            lines = stream_lines(head, handle)
        yield from self._jsonl(lines, source)

    def read_stdin(self) -> Iterator[Item]:
        """Read ``-``: JSON Lines when the first non-space character is ``{``, else text."""
        stream: Any = self.stdin if self.stdin is not None else sys.stdin
        if stream is None:
            yield InputProblem("-", "standard input is not available")
            return
        try:
            source = getattr(stream, "buffer", stream)  # bytes when possible: we decode
            raw = source.read()
        except (OSError, UnicodeDecodeError, ValueError) as err:
            yield InputProblem("-", f"could not read: {err}")
            return
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogatepass")
        if not isinstance(raw, bytes):
            yield InputProblem("-", "standard input returned neither text nor bytes")
            return
        kind = "json" if raw.lstrip().startswith(b"{") else "text"
        yield from self._text_bytes(raw, kind, _Input("-", "stdin", ""))


def input_kind(path: Path, *, explicit: bool) -> str | None:
    """The reader a file goes to ("text", "html", "jsonl", "json", "sniff"), or None.

    None means kg does not read files of its type (it reports them as unsupported).

    Args:
        path: The file.
        explicit: Named by the user: a file without extension is then sniffed (e.g.
            process substitution, ``kg build <(curl ...)``).
    """
    _, suffix, compressed = name_parts(path)
    kind = FORMATS.get(suffix)
    if kind is None or (compressed and kind not in COMPRESSIBLE):
        return "sniff" if explicit and not suffix and not compressed else None
    return kind


def name_parts(path: Path) -> tuple[str, str, bool]:
    """Return a file's stem (the default document id), format suffix and whether gzip'd.

    ``feed.jsonl.gz`` -> ``("feed", ".jsonl", True)``; ``a.b.TXT`` -> ``("a.b", ".txt", False)``.
    """
    name = Path(path.name.lower())
    compressed = name.suffix == ".gz"
    suffix = name.with_suffix("").suffix if compressed else name.suffix
    stem = path.name[: len(path.name) - len(suffix) - 3 * compressed]
    return printable(stem) or "document", suffix, compressed


@contextlib.contextmanager
def open_input(path: Path, *, regular_only: bool, gz: bool) -> Iterator[BinaryIO]:
    """Open a file read-only for reading bytes (decompressed when ``gz``).

    Files found in folders are opened non-blocking and must be regular files, so a
    named pipe or device dropped into a folder cannot hang the run. Files named by the
    user may be pipes (``kg build <(...)``).

    Raises:
        Skip: not a regular file.
        OSError: the file cannot be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    if regular_only:
        flags |= getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as handle:
        if regular_only and not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise Skip("not a regular file")
        if not gz:
            yield handle
            return
        with gzip.GzipFile(fileobj=handle, mode="rb") as unzipped:
            yield cast(BinaryIO, unzipped)


def read_error(err: BaseException) -> str:
    """Why a file could not be read, for a warning."""
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    if isinstance(err, EOFError):
        return "compressed file is truncated"
    return str(err) or type(err).__name__


def _sniff(text: str) -> str:
    head = text.lstrip()[:1]
    if head in ("{", "["):
        return "json"
    if head == "<":
        return "html"
    return "text"
