"""The build cache: a re-run on unchanged inputs reuses the graph instead of rebuilding it.

`kg build` is often run again on the same folder: to write the viewer to another place,
after an interrupted session, from a script or a notebook that rebuilds on every run. The
parse cache (`kg.cache`) already spares the parsing then, but the inputs are still read
and cleaned, every cached extraction decoded and the actors resolved again: seconds for
thousands of articles, for a result that cannot have changed.

A build's result depends only on

* the bytes of every input file (a folder's files as the walk finds them, in order),
* the options that change the graph (``--since``, ``--until``, the alias file's bytes),
* kg's own code and data, the spaCy model, and the versions of the packages kg uses.

`build_key` hashes all of them; a later build with the same key takes the stored result
(`StoredBuild`: the resolved actors and relations, the documents, and every warning and
cleaning removal, replayed to the user as the first time). Any doubt means no key: standard
input, a pipe, a file that cannot be read. Then the build runs as usual (and reports the
problem itself).

Layout: ``<cache dir>/builds/v1/<key>.json.gz``, gzip'd JSON with a header and a sha256
checksum of the payload, written atomically. A damaged entry is reported, removed and the
graph built again. The `KEEP` most recently used entries are kept; older ones are removed.
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
import zlib
from collections.abc import Mapping, Sequence
from importlib import metadata
from pathlib import Path

import kg
from kg.atomic import replace_file
from kg.errors import InputError
from kg.ingest.formats import input_kind
from kg.ingest.walk import InputFile, list_inputs
from kg.model import Document, Entity, InputProblem, RecordError, Relation, Removal, from_dict
from kg.model import to_dict as record_to_dict

__all__ = ["KEEP", "BuildCache", "StoredBuild", "build_key", "code_version"]

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
    """

    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    documents: tuple[Document, ...]
    problems: tuple[InputProblem, ...]
    removals: tuple[Removal, ...]
    stats: tuple[tuple[str, int], ...]
    total: int


@functools.cache
def code_version(package_dir: Path | None = None) -> str:
    """Hash of every file of kg's package (code and data), computed once per process.

    Any edit to kg, an upgrade or a local change, gives builds a new key: resolution, graph
    building and the cleaning of inputs all shape the result, not only the extraction.
    """
    root = package_dir or Path(kg.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        inner = path.relative_to(root).parts
        if any(part == "__pycache__" or part.startswith(".") for part in inner):
            continue  # byte code and editors' hidden files
        if not path.is_file() or path.suffix in (".pyc", ".pyo"):
            continue
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@functools.cache
def _dependency_versions() -> tuple[tuple[str, str], ...]:
    """Versions of the packages kg requires (cleaning, gazetteer and spaCy among them)."""
    try:
        requirements = metadata.requires("kg") or []
    except metadata.PackageNotFoundError:  # kg run from a source tree without install
        requirements = []
    names = set()
    for requirement in requirements:
        if "extra ==" in requirement:
            continue  # test and optional tools do not shape a graph
        match = re.match(r"[A-Za-z0-9._-]+", requirement)
        if match:
            names.add(match.group(0).lower())
    versions = []
    for name in sorted(names):
        try:
            versions.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            versions.append((name, ""))
    return tuple(versions)


def build_key(
    inputs: Sequence[str | Path],
    *,
    model_key: str,
    options: Mapping[str, str],
    aliases: Path | None = None,
) -> str | None:
    """The key of a build: a hash of everything its result depends on, or None.

    Reads every input file once (hashing runs at disk speed, far below the cost of
    cleaning the text).

    Args:
        inputs: The build's inputs as given (files, folders, glob patterns).
        model_key: The spaCy model's identity (`kg.nlp.model_key`).
        options: Other options that change the result, by name ("since", "until",
            the extractor's name).
        aliases: The alias file, whose bytes are part of the key.

    Returns:
        A hex digest; None when the inputs cannot be fingerprinted (standard input, a
        pipe, a path that does not exist, a file that cannot be read), so the build runs
        in full and reports any problem itself.
    """
    digest = hashlib.sha256()

    def add(*parts: str) -> None:
        for part in parts:
            digest.update(part.encode("utf-8", "surrogatepass") + b"\0")

    add(f"format {FORMAT_VERSION}", f"kg {kg.__version__}", code_version(), model_key)
    add(f"python {sys.version_info[0]}.{sys.version_info[1]}")
    for name, version in _dependency_versions():
        add(name, version)
    for name in sorted(options):
        add(name, options[name])
    try:
        if aliases is not None:
            add("aliases", _file_digest(Path(aliases)))
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
        return self.root / f"{key}.json.gz"

    def get(self, key: str) -> StoredBuild | None:
        """The build stored under ``key``, or None.

        A damaged entry is a miss: a warning naming it goes to `problems` and the file is
        removed. A hit marks the entry as recently used.
        """
        path = self.path_for(key)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            stored = _decode(raw, key)
        except ValueError as exc:
            self.problems.append(
                InputProblem(
                    origin=str(path),
                    reason=f"stored build is unreadable ({exc})",
                    action="removed; the graph is built again",
                )
            )
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(path)
        return stored

    def put(self, key: str, build: StoredBuild) -> bool:
        """Store ``build`` under ``key`` and drop the least recently used beyond `KEEP`.

        Never raises: a cache that cannot be written only costs the next build its
        shortcut (the parse cache reports an unwritable folder).

        Returns:
            True when the build was stored.
        """
        path = self.path_for(key)
        data = _encode(build, key)
        try:
            with replace_file(path, sync=False, mode=None, hold_signals=True) as fh:
                fh.write(data)
        except OSError:
            return False
        self._prune()
        return True

    def _prune(self) -> None:
        entries = []
        for path in self.root.glob("*.json.gz"):
            with contextlib.suppress(OSError):
                entries.append((path.stat().st_mtime_ns, path.name, path))
        entries.sort(reverse=True)
        for _, _, path in entries[KEEP:]:
            with contextlib.suppress(OSError):
                path.unlink()


def _encode(build: StoredBuild, key: str) -> bytes:
    # One header line, then the payload: the checksum covers the payload's bytes as
    # stored, so a large build is serialised once.
    payload = json.dumps(record_to_dict(build), separators=(",", ":"), ensure_ascii=False)
    body = payload.encode("utf-8", "surrogatepass")
    header = {
        "kind": _KIND,
        "format": FORMAT_VERSION,
        "key": key,
        "checksum": hashlib.sha256(body).hexdigest(),
    }
    data = json.dumps(header).encode("ascii") + b"\n" + body
    return gzip.compress(data, compresslevel=5, mtime=0)


def _decode(raw: bytes, key: str) -> StoredBuild:
    """Read a stored build back.

    Raises:
        ValueError: the entry is truncated, foreign, altered or malformed.
    """
    try:
        data = gzip.decompress(raw)
    except (OSError, EOFError, zlib.error) as exc:
        raise ValueError(f"{type(exc).__name__}: {exc}") from exc
    head, _, body = data.partition(b"\n")
    try:
        header = json.loads(head)
    except ValueError as exc:
        raise ValueError("not a kg stored build") from exc
    if not isinstance(header, dict):
        raise ValueError("not a kg stored build")
    for field, value in {"kind": _KIND, "format": FORMAT_VERSION, "key": key}.items():
        if header.get(field) != value:
            raise ValueError(f"header field {field!r} is {header.get(field)!r}")
    if header.get("checksum") != hashlib.sha256(body).hexdigest():
        raise ValueError("checksum mismatch")
    try:
        payload = json.loads(body.decode("utf-8", "surrogatepass"))
        if not isinstance(payload, dict):
            raise RecordError("not a record")
        return from_dict(StoredBuild, payload)
    except (UnicodeDecodeError, RecordError, ValueError) as exc:
        raise ValueError(f"malformed payload: {exc}") from exc
