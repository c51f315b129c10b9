"""Reading one document again where its `Locator` says: how a worker reads its own share.

A Dask worker is sent where each document of its batch is (a file, or a line and its
byte offset in a JSON Lines file) and reads the text itself. A plain file is opened and
read at that offset. A gzip stream cannot seek: reaching an offset means decompressing
everything before it, so opening a ``.jsonl.gz`` afresh for each record would
decompress the file from its start for every record, and reading a file of N records
would cost N times the file. A worker therefore keeps a few decompressing readers open
(`GzipCursors`), each left where its last record ended: the batches of one worker come
in increasing offsets, so the next record only costs the gap before it, and reading a
whole file costs each worker about one pass over it. A record before every open reader
(batches that arrived out of order) gets a reader of its own from the file's start.
A document with no line to seek to (a record of a JSON file) is found by reading its
file whole; the documents of the last such file are kept (`WholeFiles`), so the
records of one file cost one reading, not one each.
"""

from __future__ import annotations

import dataclasses
import gzip
import os
import stat
import threading
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NamedTuple

from kg.ingest.decode import Skip, decode_line, printable
from kg.ingest.formats import Locator, Reader, _Input, name_parts, open_input
from kg.model import Document

__all__ = ["GzipCursors", "WholeFiles", "close_readers", "read_again"]

#: Decompressing readers a process keeps open, over all files: one per file being read
#: is enough for batches in order; a few more spare rewinds when they arrive out of order.
MAX_OPEN_READERS = 4

#: Seconds after which a reader nobody used is closed (at the next read): the files of
#: an earlier run on a long-lived worker are not held open for ever.
IDLE_SECONDS = 300.0


class FileKey(NamedTuple):
    """What identifies one version of a file: a reader opened on another is stale."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int


def _key(info: os.stat_result) -> FileKey:
    return FileKey(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


@dataclass(eq=False)
class _Cursor:
    """An open decompressing reader of one version of a file, and where it stands."""

    path: str
    key: FileKey
    raw: BinaryIO
    unzipped: gzip.GzipFile
    used: float = field(default_factory=time.monotonic)

    @property
    def position(self) -> int:
        return self.unzipped.tell()

    def close(self) -> None:
        try:
            self.unzipped.close()
        finally:
            self.raw.close()


def _open_raw(path: str) -> BinaryIO:
    """Open ``path`` read-only and non-blocking (a pipe cannot be read again)."""
    flags = os.O_RDONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
    return os.fdopen(fd, "rb")


class GzipCursors:
    """Open decompressing readers of gzip'd files, reused from one record to the next.

    A reader is taken out while a record is read and put back after, so the threads of
    a Dask worker never share one; every reader is checked against the file's current
    identity (`FileKey`) before use, so a file changed or replaced since is read anew.

    Args:
        limit: Most readers kept open between records (the least recently used go first).
        idle: Seconds after which an unused reader is closed.
    """

    def __init__(self, limit: int = MAX_OPEN_READERS, idle: float = IDLE_SECONDS) -> None:
        self.limit = limit
        self.idle = idle
        self.opened = 0  # readers opened: each decompresses its file from the start
        self._free: list[_Cursor] = []  # least recently used first
        self._lock = threading.Lock()

    def read_line(self, path: str, offset: int) -> bytes | None:
        """Return the line starting at decompressed byte ``offset`` of ``path``.

        Returns:
            The line without its ``\\n``, or None when the file is gone or not a regular
            file (the caller reads it the slow way, or reports it).

        Raises:
            OSError, EOFError, zlib.error: the file cannot be read or is corrupt.
        """
        try:
            key = _key(os.stat(path))
        except OSError:
            return None
        cursor = self._take(path, key, offset)
        if cursor is None:
            raw = _open_raw(path)
            try:
                info = os.fstat(raw.fileno())
                if not stat.S_ISREG(info.st_mode):
                    raw.close()
                    return None
                cursor = _Cursor(path, _key(info), raw, gzip.GzipFile(fileobj=raw, mode="rb"))
            except BaseException:
                raw.close()
                raise
            with self._lock:
                self.opened += 1
        try:
            # Forward only: a GzipFile seeking ahead decompresses just the gap.
            cursor.unzipped.seek(offset)
            line = cursor.unzipped.readline().removesuffix(b"\n")
        except BaseException:
            cursor.close()
            raise
        self._give(cursor)
        return line

    def _take(self, path: str, key: FileKey, offset: int) -> _Cursor | None:
        """The free reader of this version of ``path`` nearest before ``offset``, if any."""
        stale: list[_Cursor] = []
        best: _Cursor | None = None
        now = time.monotonic()
        with self._lock:
            for cursor in list(self._free):
                if (cursor.path == path and cursor.key != key) or now - cursor.used > self.idle:
                    stale.append(cursor)
                    self._free.remove(cursor)
                elif (
                    cursor.path == path
                    and cursor.position <= offset
                    and (best is None or cursor.position > best.position)
                ):
                    best = cursor
            if best is not None:
                self._free.remove(best)
        for cursor in stale:
            cursor.close()
        return best

    def _give(self, cursor: _Cursor) -> None:
        cursor.used = time.monotonic()
        with self._lock:
            self._free.append(cursor)
            extra = self._free[: max(0, len(self._free) - self.limit)]
            del self._free[: len(extra)]
        for old in extra:
            old.close()

    def close(self) -> None:
        """Close every reader not in use."""
        with self._lock:
            free, self._free = self._free, []
        for cursor in free:
            cursor.close()

    def forget(self) -> None:
        """Drop every reader without touching it: for a forked child, whose inherited
        file descriptors share their read position with the parent's."""
        self._free = []
        self._lock = threading.Lock()  # another thread may have held it at the fork


class WholeFiles:
    """The documents of the last file of several documents read whole, by origin.

    A JSON file of many records (and a JSON Lines file in UTF-16) has no line to seek
    to: each record is read again by reading the whole file. Its documents are kept
    until a record of another file (or another version of it) is asked for, so a
    worker's share of the file costs one reading, not one per record.

    Attributes:
        reads: Files read whole (each a pass over the file).
    """

    def __init__(self) -> None:
        self.reads = 0
        self._kept: tuple[Locator, FileKey, dict[str, Document]] | None = None
        self._lock = threading.Lock()

    def find(self, locator: Locator, origin: str) -> Document | None:
        """The document from ``origin`` in the file ``locator`` names, read whole."""
        whole = dataclasses.replace(locator, line=0, offset=-1)
        try:
            info = os.stat(locator.path)
        except OSError:
            info = None
        # Only a regular file is the same file when read again (a pipe is not).
        key = _key(info) if info is not None and stat.S_ISREG(info.st_mode) else None
        with self._lock:
            kept = self._kept
        if kept is not None and key is not None and kept[:2] == (whole, key):
            return kept[2].get(origin)
        self.reads += 1
        reader = Reader(stdin=None)
        items = reader.read_file(Path(locator.path), locator.display, explicit=locator.explicit)
        documents = {item.origin: item for item in items if isinstance(item, Document)}
        try:
            # Kept only when the file did not change while it was read.
            unchanged = key is not None and _key(os.stat(locator.path)) == key
        except OSError:
            unchanged = False
        if unchanged and key is not None and len(documents) > 1:
            with self._lock:
                self._kept = (whole, key, documents)
        return documents.get(origin)

    def close(self) -> None:
        """Forget the documents kept."""
        with self._lock:
            self._kept = None

    def forget(self) -> None:
        """Start afresh in a forked child."""
        self._kept = None
        self._lock = threading.Lock()


#: This process's readers (a worker process reads many batches with them).
CURSORS = GzipCursors()
#: This process's last file read whole.
WHOLE_FILES = WholeFiles()

if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=CURSORS.forget)
    os.register_at_fork(after_in_child=WHOLE_FILES.forget)


def close_readers() -> None:
    """Close the decompressing readers this process keeps between records, and forget
    the documents of the last file read whole."""
    CURSORS.close()
    WHOLE_FILES.close()


def _line(locator: Locator, gz: bool) -> bytes | None:
    """The raw line of a JSON Lines record, or None when it cannot be read."""
    path = Path(locator.path)
    try:
        if gz:
            line = CURSORS.read_line(locator.path, locator.offset)
            if line is not None or not locator.explicit:
                return line
        # A plain file seeks straight to the line; a named pipe is read through.
        with open_input(path, regular_only=not locator.explicit, gz=gz) as handle:
            handle.seek(locator.offset)
            return handle.readline().removesuffix(b"\n")
    except (Skip, OSError, EOFError, zlib.error):
        return None


def read_again(locator: Locator, origin: str) -> Document | None:
    """Read the document from ``origin`` again, where ``locator`` says it is.

    Used by workers that read the texts they parse themselves. The document comes out
    exactly as `kg.ingest.read_inputs` made it (same cleaning, same text), except for
    its id, which only the whole run can settle. A JSON Lines record is read from its
    own line; in a ``.jsonl.gz``, through a reader kept open from the record before
    (see `GzipCursors`). Any other document is found by reading its file whole, once
    for all the records of one file (see `WholeFiles`).

    Returns:
        The document, or None when it is no longer there (the file changed or vanished).
    """
    if not (locator.line and locator.offset >= 0):
        return WHOLE_FILES.find(locator, origin)
    path = Path(locator.path)
    stem, _, gz = name_parts(path)
    raw = _line(locator, gz)
    if raw is None:
        return None
    number, text, bad = decode_line(locator.line, raw)
    source = _Input(printable(locator.display), stem, printable(path.parent.name))
    for item in Reader(stdin=None)._jsonl([(number, text, bad, locator.offset)], source):
        if isinstance(item, Document) and item.origin == origin:
            return item
    return None
