"""Bytes to text: encodings, byte-order marks, binary files, JSON Lines lines.

Nothing here knows about articles: these functions turn the bytes of a file (or of one
JSON Lines line) into text, or raise `Skip` with the warning to give when the bytes are
not text at all.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

__all__ = [
    "SNIFF_BYTES",
    "Decoded",
    "Skip",
    "bad_bytes",
    "binary_kind",
    "bom_utf16_or_32",
    "decode",
    "decode_line",
    "json_payload",
    "printable",
    "split_lines",
    "stream_lines",
    "utf16_without_bom",
]

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

SNIFF_BYTES = 65536
_STREAM_CHUNK = 1 << 20
# Bytes that occur in real text files: tab, newline, vertical tab, form feed, carriage
# return, escape (terminal colour codes in logs).
_TEXT_CONTROLS = frozenset(b"\t\n\v\f\r\x1b")
_MAX_CONTROL_RATIO = 0.10
_MAX_REPLACEMENT_RATIO = 0.25
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I
)
_LEGACY_PREFERRED = ("cp1252", "latin_1", "iso8859_15")


class Skip(Exception):
    """The current input cannot be used; carries the warning to yield."""

    def __init__(self, reason: str, action: str = "skipped") -> None:
        super().__init__(reason)
        self.reason = reason
        self.action = action


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the warnings decoding gave."""

    text: str
    notes: tuple[tuple[str, str], ...] = ()  # (reason, action) warnings about decoding


def bad_bytes(count: int) -> str:
    """``3 bad bytes``: how a warning counts undecodable bytes."""
    return f"{count} bad byte{'' if count == 1 else 's'}"


def printable(value: str) -> str:
    """Make a path printable: undecodable file-name bytes become U+FFFD."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None when it looks like text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    sample = data[:SNIFF_BYTES]
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


def utf16_without_bom(data: bytes) -> str | None:
    """Decode UTF-16 text saved without a byte-order mark, else None.

    ASCII-heavy UTF-16 has a NUL in every other byte; which half holds them gives the
    byte order.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:SNIFF_BYTES]
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
    controls = sum(1 for ch in text[:SNIFF_BYTES] if ord(ch) < 0x20 and ch not in "\t\n\r\f\v")
    return None if controls > _MAX_CONTROL_RATIO * min(len(text), SNIFF_BYTES) else text


def _legacy_decode(data: bytes) -> tuple[str, str]:
    """Decode bytes in a legacy 8-bit encoding; return ``(text, encoding)``."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[: 4 * SNIFF_BYTES]))
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


def bom_utf16_or_32(data: bytes) -> str | None:
    """Decode UTF-16/32 text that starts with its byte-order mark, else None.

    Decoding is strict: bytes that merely start like a mark (``\\xff\\xfe`` opening a
    corrupt UTF-8 file) are not UTF-16 and go through the normal detection instead.

    Raises:
        Skip: the file holds only the mark and whitespace.
    """
    for bom, encoding in _BOMS:
        if encoding == "utf-8" or not data.startswith(bom):
            continue
        try:
            text = data[len(bom) :].decode(encoding)
        except UnicodeDecodeError:
            continue
        if not text.strip():
            raise Skip("empty file (only a byte-order mark and whitespace)")
        sample = text[:SNIFF_BYTES]
        controls = sum(1 for ch in sample if ord(ch) < 0x20 and ch not in "\t\n\r\f\v")
        if controls > _MAX_CONTROL_RATIO * len(sample):
            # Binary data that happens to open with FF FE decodes "cleanly" to noise.
            raise Skip("binary file (mostly control characters)")
        return text
    return None


def decode(data: bytes, *, html: bool = False, allow_binary: bool = False) -> Decoded:
    """Turn file bytes into text, or raise `Skip` for binary or empty files.

    Args:
        data: Raw bytes.
        html: Honour a ``<meta charset>`` declaration.
        allow_binary: Skip the NUL/control-character check (JSONL checks line by line).
    """
    if not data.strip():
        raise Skip("empty file" if not data else "empty file (only whitespace)")
    utf16 = bom_utf16_or_32(data)
    if utf16 is not None:
        return Decoded(utf16)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        if not data.strip():
            raise Skip("empty file (only a byte-order mark and whitespace)")
    kind = None if allow_binary else binary_kind(data)
    if kind is not None:
        if kind == "contains NUL bytes":
            utf16 = utf16_without_bom(data)
            if utf16 is not None:
                return Decoded(utf16)
        raise Skip(f"binary file ({kind})")
    try:
        return Decoded(data.decode("utf-8"))
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
                return Decoded(text)
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if any(ord(ch) > 0x7F and ch != "\ufffd" for ch in replaced):
        # Valid multi-byte UTF-8 elsewhere in the file: it is UTF-8 with a few
        # corrupt bytes, and a legacy code page would garble every good character.
        if not allow_binary and bad > _MAX_REPLACEMENT_RATIO * len(replaced):
            raise Skip("binary file (not text in any known encoding)")
        return Decoded(
            replaced,
            (("not valid UTF-8", f"decoded as UTF-8, {bad_bytes(bad)} replaced by U+FFFD"),),
        )
    text, encoding = _legacy_decode(data)
    return Decoded(text, (("not valid UTF-8", f"decoded as {encoding}"),))


def stream_lines(head: bytes, handle: BinaryIO) -> Iterator[tuple[int, str, int, int]]:
    """`split_lines` over ``head`` and the rest of ``handle``, read as it goes."""
    number = 0
    offset = len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
    pending = head[offset:]
    while chunk := handle.read(_STREAM_CHUNK):
        *lines, pending = (pending + chunk).split(b"\n")
        for line in lines:
            number += 1
            yield (*decode_line(number, line), offset)
            offset += len(line) + 1
    for line in pending.split(b"\n"):
        number += 1
        yield (*decode_line(number, line), offset)
        offset += len(line) + 1


def decode_line(number: int, chunk: bytes) -> tuple[int, str, int]:
    chunk = chunk.removesuffix(b"\r")
    try:
        return number, chunk.decode("utf-8"), 0
    except UnicodeDecodeError:
        text = chunk.decode("utf-8", errors="replace")
        return number, text, text.count("\ufffd") - chunk.count(b"\xef\xbf\xbd")


def json_payload(data: bytes, *, lines: bool) -> tuple[bytes | str, tuple[tuple[str, str], ...]]:
    """Check a JSON/JSONL file's bytes; return what to parse and decoding warnings.

    JSON Lines tolerate a corrupt line, so NUL bytes only cost the lines they are on;
    a known binary format or a file of mostly control bytes is rejected whole.

    Raises:
        Skip: empty or binary file.
    """
    utf16 = bom_utf16_or_32(data)
    if utf16 is not None:
        return utf16, ()
    if not data.strip():
        raise Skip("empty file" if not data else "empty file (only whitespace)")
    kind = binary_kind(data)
    if kind is not None:
        if kind == "contains NUL bytes":
            utf16 = utf16_without_bom(data)
            if utf16 is not None:
                return utf16, ()
            if lines:
                return data, ()
        raise Skip(f"binary file ({kind})")
    if lines:
        return data, ()
    decoded = decode(data, allow_binary=True)
    return decoded.text, decoded.notes


def split_lines(data: bytes | str) -> Iterator[tuple[int, str, int, int]]:
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
        yield (*decode_line(number, chunk), offset)
        offset += len(chunk) + 1
