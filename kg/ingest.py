"""Read user inputs into `Document` records, warning about everything that is skipped.

`read_inputs` walks files, folders and standard input and yields `Document` records
interleaved with `InputProblem` warnings and the `Removal` records of what cleaning left
out of each article. A bad file or line never stops the run: it gets a warning naming the
file (or ``path:line``) and the rest goes on. Inputs are only ever opened read-only.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import errno
import glob
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
from kg.dates import date_document, parse_date
from kg.errors import InputError
from kg.model import Document, InputProblem, Removal

#: An item of `read_inputs`: a document, a warning, or a block cleaning removed.
Item = Document | InputProblem | Removal

__all__ = ["FORMATS", "Item", "Locator", "read_again", "read_inputs"]

#: Formats also read gzip-compressed (``.jsonl.gz``): archives of records.
_COMPRESSIBLE = frozenset({"jsonl", "json"})

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

# File signatures of common binary formats, to name what was found instead of text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x7fELF", "executable"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian mark starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SNIFF_BYTES = 65536
_STREAM_CHUNK = 1 << 20
_GLOB_MAGIC = re.compile(r"[*?\[]")
# Bytes that occur in real text files: tab, newline, vertical tab, form feed, carriage
# return, escape (terminal colour codes in logs).
_TEXT_CONTROLS = frozenset(b"\t\n\v\f\r\x1b")
_MAX_CONTROL_RATIO = 0.10
_MAX_REPLACEMENT_RATIO = 0.25
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I
)
_HTML_TEXT = re.compile(r"^\s*<(?:!doctype|html|head|body|article|div|p|section)\b", re.I)
_LEGACY_PREFERRED = ("cp1252", "latin_1", "iso8859_15")
# An article that lost more of its text than this to cleaning is named in a warning.
_MAX_REMOVED_SHARE = 1 / 3


class _Skip(Exception):
    """Internal: the current input cannot be used; carries the warning to yield."""

    def __init__(self, reason: str, action: str = "skipped") -> None:
        super().__init__(reason)
        self.reason = reason
        self.action = action


@dataclass(frozen=True, slots=True)
class _Decoded:
    text: str
    notes: tuple[tuple[str, str], ...] = ()  # (reason, action) warnings about decoding


@dataclass(frozen=True, slots=True)
class Locator:
    """Where a document can be read again: a file, or one line of a JSON Lines file.

    A worker on another machine reads the text it parses itself (`read_again`) instead
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


def _bytes(count: int) -> str:
    return f"{count} bad byte{'' if count == 1 else 's'}"


def _display(value: str) -> str:
    """Make a path printable: undecodable file-name bytes become U+FFFD."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None when it looks like text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return None
    if b"\x00" in sample:
        return "contains NUL bytes"
    controls = sum(
        1 for byte in sample if (byte < 0x20 or byte == 0x7F) and byte not in _TEXT_CONTROLS
    )
    if controls / len(sample) > _MAX_CONTROL_RATIO:
        return "mostly control characters"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode UTF-16 text saved without a byte-order mark, else None.

    ASCII-heavy UTF-16 has a NUL in every other byte; which half holds them gives the
    byte order.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:_SNIFF_BYTES]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        encoding = "utf-16-le"
    elif even > 0.3 * half and odd < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for ch in text[:_SNIFF_BYTES] if ord(ch) < 0x20 and ch not in "\t\n\r\f\v")
    return None if controls > _MAX_CONTROL_RATIO * min(len(text), _SNIFF_BYTES) else text


def _legacy_decode(data: bytes) -> tuple[str, str]:
    """Decode bytes in a legacy 8-bit encoding; return ``(text, encoding)``."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[: 4 * _SNIFF_BYTES]))
    if matches:
        best = matches[0]
        encoding = str(best.encoding)
        # With no language signal charset-normalizer ties many Latin code pages; the
        # Western one is by far the most common for news text, so prefer it on a tie.
        if best.coherence == 0:
            for match in matches:
                if match.encoding in _LEGACY_PREFERRED and match.chaos <= best.chaos:
                    encoding = str(match.encoding)
                    break
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            # Name the common code page when it reads the bytes the same way.
            try:
                if data.decode("cp1252") == text:
                    return text, "cp1252"
            except UnicodeDecodeError:
                pass
            return text, encoding
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin_1"), "latin_1"


def _bom_utf16_or_32(data: bytes) -> str | None:
    """Decode UTF-16/32 text that starts with its byte-order mark, else None.

    Decoding is strict: bytes that merely start like a mark (``\\xff\\xfe`` opening a
    corrupt UTF-8 file) are not UTF-16 and go through the normal detection instead.

    Raises:
        _Skip: the file holds only the mark and whitespace.
    """
    for bom, encoding in _BOMS:
        if encoding == "utf-8" or not data.startswith(bom):
            continue
        try:
            text = data[len(bom) :].decode(encoding)
        except UnicodeDecodeError:
            continue
        if not text.strip():
            raise _Skip("empty file (only a byte-order mark and whitespace)")
        sample = text[:_SNIFF_BYTES]
        controls = sum(1 for ch in sample if ord(ch) < 0x20 and ch not in "\t\n\r\f\v")
        if controls > _MAX_CONTROL_RATIO * len(sample):
            # Binary data that happens to open with FF FE decodes "cleanly" to noise.
            raise _Skip("binary file (mostly control characters)")
        return text
    return None


def _decode(data: bytes, *, html: bool = False, allow_binary: bool = False) -> _Decoded:
    """Turn file bytes into text, or raise `_Skip` for binary or empty files.

    Args:
        data: Raw bytes.
        html: Honour a ``<meta charset>`` declaration.
        allow_binary: Skip the NUL/control-character check (JSONL checks line by line).
    """
    if not data.strip():
        raise _Skip("empty file" if not data else "empty file (only whitespace)")
    utf16 = _bom_utf16_or_32(data)
    if utf16 is not None:
        return _Decoded(utf16)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        if not data.strip():
            raise _Skip("empty file (only a byte-order mark and whitespace)")
    kind = None if allow_binary else _binary_kind(data)
    if kind is not None:
        if kind == "contains NUL bytes":
            utf16 = _utf16_without_bom(data)
            if utf16 is not None:
                return _Decoded(utf16)
        raise _Skip(f"binary file ({kind})")
    try:
        return _Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            name = declared.group(1).decode("ascii", "replace")
            try:
                text = data.decode(name)
            except (LookupError, UnicodeDecodeError):
                pass
            else:
                return _Decoded(text)
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if any(ord(ch) > 0x7F and ch != "\ufffd" for ch in replaced):
        # Valid multi-byte UTF-8 elsewhere in the file: it is UTF-8 with a few
        # corrupt bytes, and a legacy code page would garble every good character.
        if not allow_binary and bad > _MAX_REPLACEMENT_RATIO * len(replaced):
            raise _Skip("binary file (not text in any known encoding)")
        return _Decoded(
            replaced,
            (("not valid UTF-8", f"decoded as UTF-8, {_bytes(bad)} replaced by U+FFFD"),),
        )
    text, encoding = _legacy_decode(data)
    return _Decoded(text, (("not valid UTF-8", f"decoded as {encoding}"),))


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
class _Reader:
    """State of one `read_inputs` run: ids and contents already used, folders walked."""

    stdin: TextIO | BinaryIO | None
    used_ids: dict[str, str] = field(default_factory=dict)  # id -> origin
    seen: dict[str, str] = field(default_factory=dict)  # sha256 -> first origin
    walked: dict[str, str] = field(default_factory=dict)  # real folder path -> origin
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
        html: bool = False,
        form: TextForm = "page",
    ) -> Iterator[Item]:
        """Clean ``raw`` and yield the Document (or why there is none) and its removals.

        ``form`` says whether ``raw`` is a saved page or already an article's main text
        (see `kg.clean.strip_boilerplate`); HTML is always reduced to its main text.
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
        self, value: Any, *, origin: str, default_id: str, parent: str, source: str
    ) -> Iterator[Item]:
        """One JSON record -> Document."""
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
            parent=parent,
            title=_scalar(value, _TITLE_FIELDS),
            source=_scalar(value, _URL_FIELDS) or source,
            date=_scalar(value, _DATE_FIELDS),
            # Scrapers often put page markup in "content": extract it like an HTML file.
            html=html or bool(_HTML_TEXT.match(raw) and re.search(r"</\w+>", raw)),
            form="main",
        )

    # -- formats ---------------------------------------------------------------------

    def _jsonl(
        self,
        lines: Iterable[tuple[int, str, int, int]],
        *,
        origin: str,
        stem: str,
        parent: str,
        source: str,
        base: Locator | None = None,
    ) -> Iterator[Item]:
        found = False
        for number, line, bad, offset in lines:
            if not line.strip():
                continue
            found = True
            where = f"{origin}:{number}"
            if bad:
                yield InputProblem(where, "not valid UTF-8", f"{_bytes(bad)} replaced by U+FFFD")
            try:
                value = json.loads(line)
            except (ValueError, RecursionError) as err:
                yield InputProblem(where, _json_error(err), "line skipped")
                continue
            record = self._record(
                value, origin=where, default_id=f"{stem}-{number}", parent=parent, source=source
            )
            if base is None:
                yield from record
            else:
                located = dataclasses.replace(base, line=number, offset=offset)
                yield from self._locate(record, located)
        if not found:
            yield InputProblem(origin, "no records (only blank lines)")

    def _json(
        self, value: Any, *, origin: str, stem: str, parent: str, source: str
    ) -> Iterator[Item]:
        if isinstance(value, dict) and not any(k in value for k in (*_TEXT_FIELDS, *_HTML_FIELDS)):
            # {"articles": [...]}-style wrappers around the list of records.
            lists = [v for v in value.values() if isinstance(v, list)]
            if len(lists) == 1:
                value = lists[0]
        if isinstance(value, dict):
            yield from self._record(
                value, origin=origin, default_id=stem, parent=parent, source=source
            )
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from self._record(
                    item,
                    origin=f"{origin}[{index}]",
                    default_id=f"{stem}-{index}",
                    parent=parent,
                    source=source,
                )
        else:
            yield InputProblem(
                origin, f"not a record or a list of records (got {_json_type(value)})"
            )

    def _json_or_jsonl(
        self,
        payload: bytes | str,
        *,
        origin: str,
        stem: str,
        parent: str,
        source: str,
        prefer_lines: bool,
        base: Locator | None = None,
    ) -> Iterator[Item]:
        """Parse JSON Lines, or one JSON document (a record or a list of records).

        ``prefer_lines`` (``.jsonl`` files) parses line by line straight away; otherwise
        the whole text is tried as one JSON document first, falling back to lines when
        it holds several values ("Extra data").
        """
        kwargs = {"origin": origin, "stem": stem, "parent": parent, "source": source}
        if not prefer_lines:
            text = payload if isinstance(payload, str) else payload.decode("utf-8", "replace")
            try:
                value = json.loads(text)
            except json.JSONDecodeError as err:
                if not err.msg.startswith("Extra data"):
                    yield InputProblem(origin, _json_error(err))
                    return
            except (ValueError, RecursionError) as err:
                yield InputProblem(origin, _json_error(err))
                return
            else:
                yield from self._locate(self._json(value, **kwargs), base)
                return
        yield from self._jsonl(_split_lines(payload), base=base, **kwargs)

    def _text_bytes(
        self,
        data: bytes,
        kind: str,
        *,
        origin: str,
        display: str,
        stem: str,
        parent: str,
        base: Locator | None = None,
    ) -> Iterator[Item]:
        """Read the bytes of one file (or of stdin) in format ``kind``."""
        try:
            if kind in ("jsonl", "json"):
                payload, notes = _json_payload(data, lines=kind == "jsonl")
            else:
                decoded = _decode(data, html=kind == "html")
                payload, notes = decoded.text, decoded.notes
        except _Skip as skip:
            yield InputProblem(origin, skip.reason, skip.action)
            return
        for reason, action in notes:
            yield InputProblem(origin, reason, action)
        if kind == "sniff":
            assert isinstance(payload, str)
            kind = _sniff(payload)
        if kind in ("jsonl", "json"):
            yield from self._json_or_jsonl(
                payload,
                origin=origin,
                stem=stem,
                parent=parent,
                source=display,
                prefer_lines=kind == "jsonl",
                base=base,
            )
            return
        assert isinstance(payload, str)
        document = self._document(
            origin=origin,
            raw=payload,
            doc_id=stem,
            parent=parent,
            source=display,
            html=kind == "html",
        )
        yield from self._locate(document, base)

    # -- files, folders, stdin -------------------------------------------------------

    def read_file(self, path: Path, display: str, *, explicit: bool) -> Iterator[Item]:
        """Read one file; ``explicit`` files may be pipes and may lack an extension.

        JSON Lines are read line by line (also gzip-compressed, ``.jsonl.gz``), so a
        file of any size never sits in memory whole.
        """
        origin = _display(display)
        stem, suffix, compressed = _name_parts(path)
        kind = FORMATS.get(suffix)
        if kind is None or (compressed and kind not in _COMPRESSIBLE):
            if explicit and not suffix and not compressed:
                kind = "sniff"  # e.g. process substitution: kg build <(curl ...)
            else:
                what = "".join(path.suffixes[-2:]).lower() if compressed else suffix
                yield InputProblem(
                    origin,
                    f"unsupported file type {what or '(no extension)'}",
                    "skipped; convert to .txt or .html",
                )
                return
        kwargs = {"origin": origin, "stem": stem, "parent": _display(path.parent.name)}
        base = Locator(str(path), display, explicit)
        try:
            with _open(path, regular_only=not explicit, gz=compressed) as handle:
                if kind == "jsonl":
                    yield from self._jsonl_file(handle, source=origin, base=base, **kwargs)
                    return
                data = handle.read()
        except _Skip as skip:
            yield InputProblem(origin, skip.reason, skip.action)
            return
        except (OSError, EOFError, zlib.error) as err:
            yield InputProblem(origin, f"could not read: {_read_error(err)}")
            return
        yield from self._text_bytes(data, kind, display=origin, base=base, **kwargs)

    def _jsonl_file(
        self,
        handle: BinaryIO,
        *,
        origin: str,
        stem: str,
        parent: str,
        source: str,
        base: Locator | None = None,
    ) -> Iterator[Item]:
        """Read a JSON Lines file lazily; UTF-16/32 files (rare) are decoded whole."""
        head = handle.read(_SNIFF_BYTES)
        wide = _bom_utf16_or_32(head) is not None or (
            _binary_kind(head) == "contains NUL bytes" and _utf16_without_bom(head) is not None
        )
        if wide or len(head) < _SNIFF_BYTES:
            data = head + handle.read()
            try:
                payload, notes = _json_payload(data, lines=True)
            except _Skip as skip:
                yield InputProblem(origin, skip.reason, skip.action)
                return
            for reason, action in notes:
                yield InputProblem(origin, reason, action)
            lines = _split_lines(payload)
        else:
            kind = _binary_kind(head)
            if kind is not None and kind != "contains NUL bytes":
                yield InputProblem(origin, f"binary file ({kind})")
                return
            lines = _stream_lines(head, handle)
        yield from self._jsonl(
            lines, origin=origin, stem=stem, parent=parent, source=source, base=base
        )

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
        yield from self._text_bytes(raw, kind, origin="-", display="-", stem="stdin", parent="")

    def read_dir(self, root: Path, display: str) -> Iterator[Item]:
        """Walk a folder in sorted order without recursion (deep trees are fine)."""
        real_root = os.path.realpath(root)
        if real_root in self.walked:
            yield InputProblem(
                _display(display), f"folder already read as {self.walked[real_root]}"
            )
            return
        self.walked[real_root] = _display(display)
        # Each frame: (folder display path, real paths of it and its ancestors, entries left).
        stack: list[tuple[str, frozenset[str], Iterator[os.DirEntry[str]]]] = []
        listing = _list_dir(root)
        if isinstance(listing, InputProblem):
            yield InputProblem(_display(display), listing.reason)
            return
        stack.append((display, frozenset({real_root}), iter(listing)))
        while stack:
            folder, ancestors, entries = stack[-1]
            entry = next(entries, None)
            if entry is None:
                stack.pop()
                continue
            shown = os.path.join(folder, entry.name)
            origin = _display(shown)
            try:
                is_link = entry.is_symlink()
                is_dir = entry.is_dir()  # follows symlinks
                if is_link:
                    os.stat(entry.path)  # raises for loops and dangling links
            except OSError as err:
                yield _stat_problem(origin, err, is_link=entry.is_symlink())
                continue
            if not is_dir:
                yield from self.read_file(Path(entry.path), shown, explicit=False)
                continue
            real = os.path.realpath(entry.path)
            if real in ancestors:
                yield InputProblem(origin, "symbolic link loop (points back to a parent folder)")
                continue
            if real in self.walked:
                yield InputProblem(origin, f"folder already read as {self.walked[real]}")
                continue
            self.walked[real] = origin
            listing = _list_dir(Path(entry.path))
            if isinstance(listing, InputProblem):
                yield InputProblem(origin, listing.reason)
                continue
            stack.append((shown, ancestors | {real}, iter(listing)))

    def read_path(self, arg: str | Path, *, explicit: bool = True) -> Iterator[Item]:
        """Read a file, a folder or ``-``; a glob match is not ``explicit`` (see `read_file`)."""
        text = str(arg)
        if text == "-":
            yield from self.read_stdin()
            return
        path = Path(arg)
        origin = _display(text)
        try:
            info = os.stat(path)
        except OSError as err:
            yield _stat_problem(origin, err, is_link=path.is_symlink())
            return
        if stat.S_ISDIR(info.st_mode):
            yield from self.read_dir(path, text)
        else:
            yield from self.read_file(path, text, explicit=explicit)


def _name_parts(path: Path) -> tuple[str, str, bool]:
    """Return a file's stem (the default document id), format suffix and whether gzip'd.

    ``feed.jsonl.gz`` -> ``("feed", ".jsonl", True)``; ``a.b.TXT`` -> ``("a.b", ".txt", False)``.
    """
    name = Path(path.name.lower())
    compressed = name.suffix == ".gz"
    suffix = name.with_suffix("").suffix if compressed else name.suffix
    stem = path.name[: len(path.name) - len(suffix) - 3 * compressed]
    return _display(stem) or "document", suffix, compressed


def _stat_problem(origin: str, err: OSError, *, is_link: bool) -> InputProblem:
    if err.errno == errno.ELOOP:
        return InputProblem(origin, "symbolic link loop")
    if is_link and err.errno == errno.ENOENT:
        return InputProblem(origin, "broken symbolic link (its target does not exist)")
    return InputProblem(origin, f"could not read: {err.strerror or err}")


def _list_dir(path: Path) -> list[os.DirEntry[str]] | InputProblem:
    """Sorted, non-hidden entries of a folder, or the problem listing it."""
    try:
        with os.scandir(path) as scan:
            entries = [e for e in scan if not e.name.startswith(".")]
    except OSError as err:
        return InputProblem(str(path), f"could not list folder: {err.strerror or err}")
    entries.sort(key=lambda e: e.name)
    return entries


@contextlib.contextmanager
def _open(path: Path, *, regular_only: bool, gz: bool) -> Iterator[BinaryIO]:
    """Open a file read-only for reading bytes (decompressed when ``gz``).

    Files found in folders are opened non-blocking and must be regular files, so a
    named pipe or device dropped into a folder cannot hang the run. Files named by the
    user may be pipes (``kg build <(...)``).

    Raises:
        _Skip: not a regular file.
        OSError: the file cannot be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    if regular_only:
        flags |= getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as handle:
        if regular_only and not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise _Skip("not a regular file")
        if not gz:
            yield handle
            return
        with gzip.GzipFile(fileobj=handle, mode="rb") as unzipped:
            yield cast(BinaryIO, unzipped)


def _read_error(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    if isinstance(err, EOFError):
        return "compressed file is truncated"
    return str(err) or type(err).__name__


def _stream_lines(head: bytes, handle: BinaryIO) -> Iterator[tuple[int, str, int, int]]:
    """`_split_lines` over ``head`` and the rest of ``handle``, read as it goes."""
    number = 0
    offset = len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
    pending = head[offset:]
    while chunk := handle.read(_STREAM_CHUNK):
        *lines, pending = (pending + chunk).split(b"\n")
        for line in lines:
            number += 1
            yield (*_decode_line(number, line), offset)
            offset += len(line) + 1
    for line in pending.split(b"\n"):
        number += 1
        yield (*_decode_line(number, line), offset)
        offset += len(line) + 1


def _decode_line(number: int, chunk: bytes) -> tuple[int, str, int]:
    chunk = chunk.removesuffix(b"\r")
    try:
        return number, chunk.decode("utf-8"), 0
    except UnicodeDecodeError:
        text = chunk.decode("utf-8", errors="replace")
        return number, text, text.count("\ufffd") - chunk.count(b"\xef\xbf\xbd")


def _json_payload(data: bytes, *, lines: bool) -> tuple[bytes | str, tuple[tuple[str, str], ...]]:
    """Check a JSON/JSONL file's bytes; return what to parse and decoding warnings.

    JSON Lines tolerate a corrupt line, so NUL bytes only cost the lines they are on;
    a known binary format or a file of mostly control bytes is rejected whole.

    Raises:
        _Skip: empty or binary file.
    """
    utf16 = _bom_utf16_or_32(data)
    if utf16 is not None:
        return utf16, ()
    if not data.strip():
        raise _Skip("empty file" if not data else "empty file (only whitespace)")
    kind = _binary_kind(data)
    if kind is not None:
        if kind == "contains NUL bytes":
            utf16 = _utf16_without_bom(data)
            if utf16 is not None:
                return utf16, ()
            if lines:
                return data, ()
        raise _Skip(f"binary file ({kind})")
    if lines:
        return data, ()
    decoded = _decode(data, allow_binary=True)
    return decoded.text, decoded.notes


def _split_lines(data: bytes | str) -> Iterator[tuple[int, str, int, int]]:
    """Yield ``(line number, text, bad byte count, byte offset)`` per ``\\n``-separated line.

    Bytes are decoded line by line so one corrupt line cannot spoil the others. The
    offset is where the line starts in ``data`` (-1 for decoded text).
    """
    if isinstance(data, str):
        for number, line in enumerate(data.removeprefix("\ufeff").split("\n"), start=1):
            yield number, line.removesuffix("\r"), 0, -1
        return
    offset = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    for number, chunk in enumerate(data[offset:].split(b"\n"), start=1):
        yield (*_decode_line(number, chunk), offset)
        offset += len(chunk) + 1


def _sniff(text: str) -> str:
    head = text.lstrip()[:1]
    if head in ("{", "["):
        return "json"
    if head == "<":
        return "html"
    return "text"


def read_inputs(
    paths: Sequence[str | Path],
    *,
    stdin: TextIO | BinaryIO | None = None,
    locators: dict[str, Locator] | None = None,
) -> Iterator[Item]:
    """Read files, folders and standard input into documents.

    Paths are read in the order given; folders are walked recursively in sorted order,
    skipping hidden files and folders. A path that does not exist but holds ``*``, ``?``
    or ``[`` is a glob pattern (``**`` for any depth) expanded by kg in sorted order, so
    a quoted pattern works where the shell would hit its argument limit. Each content is
    processed once: a later copy is reported as a duplicate.

    Args:
        paths: Files, folders, glob patterns, or ``-`` for standard input.
        stdin: Stream used for ``-`` (default: ``sys.stdin``); JSON Lines when its
            first non-space character is ``{``, else plain text.
        locators: When given, filled with document id -> `Locator` for each document
            that can be read again from its file (not standard input) before it is
            yielded; the caller removes entries it no longer needs.

    Returns:
        An iterator of `Document` records, `InputProblem` warnings and `Removal` records
        (what cleaning removed from an article, yielded just before its document or its
        "no article text left" warning), in input order.

    Raises:
        InputError: A path does not exist or a pattern matches nothing (raised before
            anything is read).
        DependencyError: An HTML input came and trafilatura cannot be imported.
    """
    expanded: list[tuple[str | Path, bool]] = []
    for arg in paths:
        text = str(arg)
        if text == "-" or os.path.lexists(text):
            expanded.append((arg, True))
        elif _GLOB_MAGIC.search(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                raise InputError(
                    f"no file matches {_display(text)}",
                    "check the pattern (** matches folders at any depth)",
                )
            expanded.extend((match, False) for match in matches)
        else:
            raise InputError(
                f"input not found: {_display(text)}",
                "check the path, or use - to read standard input",
            )
    reader = _Reader(stdin=stdin, locators=locators)
    return _chain(reader, expanded)


def _chain(reader: _Reader, paths: Sequence[tuple[str | Path, bool]]) -> Iterator[Item]:
    for arg, explicit in paths:
        yield from reader.read_path(arg, explicit=explicit)


def read_again(locator: Locator, origin: str) -> Document | None:
    """Read the document from ``origin`` again, where ``locator`` says it is.

    Used by workers that read the texts they parse themselves. The document comes out
    exactly as `read_inputs` made it (same cleaning, same text), except for its id,
    which only the whole run can settle. A JSON Lines record is read from its own line.

    Returns:
        The document, or None when it is no longer there (the file changed or vanished).
    """
    reader = _Reader(stdin=None)
    path = Path(locator.path)
    items: Iterator[Item]
    if locator.line and locator.offset >= 0:
        stem, _, gz = _name_parts(path)
        try:
            with _open(path, regular_only=not locator.explicit, gz=gz) as handle:
                handle.seek(locator.offset)
                raw = handle.readline().removesuffix(b"\n")
        except (_Skip, OSError, EOFError, zlib.error):
            return None
        number, text, bad = _decode_line(locator.line, raw)
        items = reader._jsonl(
            [(number, text, bad, locator.offset)],
            origin=_display(locator.display),
            stem=stem,
            parent=_display(path.parent.name),
            source=_display(locator.display),
        )
    else:
        items = reader.read_file(path, locator.display, explicit=locator.explicit)
    for item in items:
        if isinstance(item, Document) and item.origin == origin:
            return item
    return None
