"""The build cache: a re-run on unchanged inputs reuses the graph instead of rebuilding it.

`kg build` is often run again on the same folder: to write the viewer to another place,
after an interrupted session, from a script or a notebook that rebuilds on every run. The
parse cache (`kg.cache`) already spares the parsing then, but the inputs are still read
and cleaned, every cached extraction decoded and the actors resolved again: seconds for
thousands of articles, for a result that cannot have changed.

A build's result depends only on

* the bytes of every input file (a folder's files as the walk finds them, in order),
* the options that change the graph (``--since``, ``--until``, the alias rules as read),
* kg's own sources and lexicons (`kg.cache.source_version`), the spaCy model, and the
  version of every installed package.

`build_key` hashes all of them; a later build with the same key takes the stored result
(`StoredBuild`: the resolved actors and relations, the documents, and every warning and
cleaning removal, replayed to the user as the first time). Any doubt means no key: standard
input, a pipe, a file that cannot be read. Then the build runs as usual (and reports the
problem itself).

Layout: ``<cache dir>/builds/v1/<key>.jsonl.gz``, gzip'd JSON Lines (a header, the
counts, one line per record, a sha256 of all of them last), streamed in and out and
written atomically; the records are checked against their types by msgspec as they are
read. A damaged entry is reported, removed and the graph built again. The `KEEP` most
recently used entries are kept; older ones are removed.
A build in which a document could not be parsed is not stored, so the document is tried
again next time (its failure may have been a lack of memory).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gzip
import hashlib
import json
import os
import re
import stat
import sys
import time
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import msgspec

import kg
from kg.atomic import replace_file
from kg.cache import discard, source_version
from kg.errors import InputError
from kg.ingest.formats import input_kind
from kg.ingest.walk import InputFile, list_inputs
from kg.model import Document, Entity, InputProblem, Relation, Removal
from kg.model import to_dict as record_to_dict

__all__ = ["KEEP", "BuildCache", "StoredBuild", "build_key", "installed_packages"]

#: Bumped when the layout of a stored build changes; part of the folder path.
FORMAT_VERSION = 1

#: Stored builds kept; the least recently used beyond this number are removed.
KEEP = 8

_KIND = "kg-build"
_KEY_RE = re.compile(r"[0-9a-f]{64}")


@dataclasses.dataclass(frozen=True, slots=True)
class StoredBuild:
    """What a build stores for the next one with the same key.

    Attributes:
        entities: The resolved actors (`kg.pipeline.assemble`).
        relations: The relations on them.
        documents: The documents used, sorted by id (texts empty).
        problems: Every warning the build gave about its inputs, in order.
        removals: Every block cleaning removed, in input order.
        stats: The build's counts (see `kg.pipeline.BuildResult`), as name-value pairs.
        total: Documents that went to the parser or the cache.
        order: How warnings and removals came, one letter each ("p" for the next
            problem, "r" for the next removal), so they are replayed in that order.
    """

    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    documents: tuple[Document, ...]
    problems: tuple[InputProblem, ...]
    removals: tuple[Removal, ...]
    stats: tuple[tuple[str, int], ...]
    total: int
    order: str = ""


@functools.cache
def installed_packages() -> tuple[str, ...]:
    """Every installed package with its version, as its metadata folder is named
    (``trafilatura-2.3.1.dist-info``), computed once per process.

    All of them, not only kg's requirements: the graph also depends on what they use
    (trafilatura dates HTML pages with htmldate, whose upgrade alone can change which
    articles ``--since`` keeps). The folder names say name and version without parsing
    each package's metadata, which would cost a tenth of a second per build.
    """
    found: set[str] = set()
    for entry in sys.path:
        if Path(entry).name not in ("site-packages", "dist-packages"):
            continue  # the script's folder or the working folder: not installed packages
        with contextlib.suppress(OSError):
            found.update(n for n in os.listdir(entry) if n.endswith((".dist-info", ".egg-info")))
    return tuple(sorted(found))


def build_key(
    inputs: Sequence[str | Path],
    *,
    model_key: str,
    options: Mapping[str, str],
) -> str | None:
    """The key of a build: a hash of everything its result depends on, or None.

    Reads every input file once (hashing runs at disk speed, far below the cost of
    cleaning the text).

    Args:
        inputs: The build's inputs as given (files, folders, glob patterns).
        model_key: The spaCy model's identity (`kg.nlp.model_key`).
        options: Other options that change the result, by name ("since", "until",
            the alias rules as read, the extractor's name).

    Returns:
        A hex digest; None when the inputs cannot be fingerprinted (standard input, a
        pipe, a path that does not exist, a file that cannot be read), so the build runs
        in full and reports any problem itself.
    """
    digest = hashlib.sha256()

    def add(*parts: str) -> None:
        for part in parts:
            digest.update(part.encode("utf-8", "surrogatepass") + b"\0")

    add(f"format {FORMAT_VERSION}", f"kg {kg.__version__}", source_version(), model_key)
    add(f"python {sys.version_info[0]}.{sys.version_info[1]}")
    add(*installed_packages())
    for name in sorted(options):
        add(name, options[name])
    try:
        listed = list_inputs(inputs)
    except (ValueError, InputError, OSError):
        return None
    for item in listed:
        if isinstance(item, InputProblem):
            add("problem", str(item))
            continue
        try:
            add("file", item.display, _input_digest(item))
        except OSError:
            return None
    return digest.hexdigest()


def _input_digest(item: InputFile) -> str:
    """Digest of a file kg would read; its type alone for one it would skip."""
    if input_kind(item.path, explicit=item.explicit) is None:
        return "unsupported"
    info = os.stat(item.path)
    if not stat.S_ISREG(info.st_mode):
        raise OSError("not a regular file")  # a pipe cannot be read twice
    return _file_digest(item.path)


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


class BuildCache:
    """Stored builds in a cache folder, by `build_key`.

    The folder must be trusted like the parse cache's: the checksum catches damage (a
    torn write, a flipped bit, a foreign file), not a deliberate forgery.

    Args:
        directory: The cache root (the parse cache's folder).

    Attributes:
        problems: Warnings about damaged entries found so far; the caller reports them.
    """

    def __init__(self, directory: Path) -> None:
        self.root = Path(directory) / "builds" / f"v{FORMAT_VERSION}"
        self.problems: list[InputProblem] = []

    def path_for(self, key: str) -> Path:
        """The file a stored build lives in.

        Raises:
            ValueError: when ``key`` is not a `build_key` digest.
        """
        if not _KEY_RE.fullmatch(key):
            raise ValueError(f"not a build key: {key!r}")
        return self.root / f"{key}.jsonl.gz"

    def get(self, key: str) -> StoredBuild | None:
        """The build stored under ``key``, or None.

        A damaged entry is a miss: a warning naming it goes to `problems` and the file is
        removed. A hit marks the entry as recently used.
        """
        path = self.path_for(key)
        try:
            raw = path.open("rb")
        except OSError:
            return None  # none stored, or removed by a build pruning the folder meanwhile
        try:
            with raw, gzip.GzipFile(fileobj=raw, mode="rb") as handle:
                stored = _read(handle, key)
        except (OSError, EOFError, zlib.error, ValueError, RecursionError, MemoryError) as exc:
            # RecursionError: deeply nested JSON; MemoryError: a line too big to hold.
            reason = f"stored build is unreadable ({type(exc).__name__}: {exc})"
            self.problems.append(discard(path, reason, "the graph is built again"))
            return None
        with contextlib.suppress(OSError):
            os.utime(path)
        return stored

    def put(self, key: str, build: StoredBuild) -> bool:
        """Store ``build`` under ``key`` and drop the least recently used beyond `KEEP`.

        The records are written one by one, so storing holds no second copy of the
        build. Never raises: a cache that cannot be written only costs the next build
        its shortcut (the parse cache reports an unwritable folder).

        Returns:
            True when the build was stored.
        """
        path = self.path_for(key)
        try:
            with (
                replace_file(path, sync=False, mode=None) as fh,
                gzip.GzipFile(fileobj=fh, mode="wb", compresslevel=5, mtime=0) as out,
            ):
                _write(out, build, key)
        except (OSError, MemoryError):
            return False
        self._prune()
        return True

    def _prune(self) -> None:
        entries = []
        for path in self.root.glob("*.jsonl.gz"):
            with contextlib.suppress(OSError):
                entries.append((path.stat().st_mtime_ns, path.name, path))
        entries.sort(reverse=True)
        for _, _, path in entries[KEEP:]:
            with contextlib.suppress(OSError):
                path.unlink()
        # Temporary files of a build killed while it wrote (SIGKILL runs no cleanup).
        stale = time.time() - _STALE_SECONDS
        for path in self.root.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < stale:
                    path.unlink()


#: Age after which a temporary file in the folder is taken for a killed build's.
_STALE_SECONDS = 3600

#: Longest line read from a stored build: no record comes near it, and a damaged or
#: foreign file cannot make kg hold more than this at once.
_MAX_LINE = 64 << 20

#: Each record list of `StoredBuild`, with its record type, in the order written.
_LISTS: tuple[tuple[str, type[Any]], ...] = (
    ("entities", Entity),
    ("relations", Relation),
    ("documents", Document),
    ("problems", InputProblem),
    ("removals", Removal),
)


def _write(out: gzip.GzipFile, build: StoredBuild, key: str) -> None:
    """Write a build as JSON Lines: header, counts, one line per record, checksum.

    The checksum (sha256 of every line before it) comes last, so nothing is held to
    compute it first.
    """
    digest = hashlib.sha256()

    def line(value: object) -> None:
        data = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
        raw = data.encode("utf-8", "surrogatepass") + b"\n"
        digest.update(raw)
        out.write(raw)

    line({"kind": _KIND, "format": FORMAT_VERSION, "key": key})
    line({"total": build.total, "stats": build.stats, "order": build.order})
    lines = 2
    for name, _ in _LISTS:
        for record in getattr(build, name):
            line([name, record_to_dict(record)])
            lines += 1
    out.write(json.dumps({"sha256": digest.hexdigest(), "lines": lines}).encode() + b"\n")


def _read(handle: gzip.GzipFile, key: str) -> StoredBuild:
    """Read a build `_write` wrote.

    Raises:
        ValueError: the entry is truncated, foreign, altered or malformed (also
            OSError, EOFError, zlib.error from a damaged gzip stream).
    """
    digest = hashlib.sha256()
    lists: dict[str, list[Any]] = {name: [] for name, _ in _LISTS}
    kinds = dict(_LISTS)
    lines = 0

    def next_line() -> bytes:
        raw = handle.readline(_MAX_LINE)
        if not raw.endswith(b"\n"):
            raise ValueError("truncated" if len(raw) < _MAX_LINE else "line too long")
        return raw

    def value(raw: bytes) -> Any:
        nonlocal lines
        digest.update(raw)
        lines += 1
        return json.loads(raw.decode("utf-8", "surrogatepass"))

    header = value(next_line())
    if not isinstance(header, dict):
        raise ValueError("not a kg stored build")
    for field, expected in {"kind": _KIND, "format": FORMAT_VERSION, "key": key}.items():
        if header.get(field) != expected:
            raise ValueError(f"header field {field!r} is {header.get(field)!r}")
    meta = value(next_line())
    if not isinstance(meta, dict):
        raise ValueError("no counts line")
    while True:
        raw = next_line()
        item = json.loads(raw.decode("utf-8", "surrogatepass"))
        if isinstance(item, dict):  # the checksum line ends the entry
            if item != {"sha256": digest.hexdigest(), "lines": lines}:
                raise ValueError("checksum mismatch")
            if handle.read(1):
                raise ValueError("data after the checksum")
            break
        digest.update(raw)
        lines += 1
        if not (isinstance(item, list) and len(item) == 2 and item[0] in kinds):
            raise ValueError(f"line {lines} is not a record")
        lists[item[0]].append(item[1])
    try:
        build: StoredBuild = msgspec.convert({**lists, **meta}, StoredBuild)
    except msgspec.ValidationError as exc:
        raise ValueError(f"malformed record: {exc}") from exc
    order = build.order
    if (order.count("p"), order.count("r"), len(order)) != (
        len(build.problems),
        len(build.removals),
        len(build.problems) + len(build.removals),
    ):
        raise ValueError("the order of warnings and removals does not match them")
    return build
