"""The parse cache on its own: keys, integrity checks, atomic writes, versioning."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import kg
from kg import cache as cache_mod
from kg.cache import (
    ExtractionCache,
    default_cache_dir,
    extraction_version,
    stored_table,
    tables_dir,
)
from kg.model import DocExtraction, Evidence, LocalEntity, Relation

SHA = hashlib.sha256(b"some article").hexdigest()


def sample(doc_id: str = "doc-1") -> DocExtraction:
    sentence = "Russia backs Venezuela."
    return DocExtraction(
        doc_id=doc_id,
        entities=(
            LocalEntity("e0", "Russia", "GPE", ("Russia",), country="RUS", is_country=True),
            LocalEntity("e1", "Venezuela", "GPE", ("Venezuela",), roles=("ally",), mentions=2),
        ),
        relations=(
            Relation(
                "e0",
                "e1",
                "SUPPORT",
                Evidence(doc_id, sentence, 0, len(sentence), "backs", "asserted", (0, 6), (13, 22)),
            ),
        ),
    )


@pytest.fixture
def cache(tmp_path: Path) -> ExtractionCache:
    return ExtractionCache(tmp_path / "cache", model_key="en_core_web_sm-3.8.0", version="v-test")


def test_round_trip_and_layout(cache: ExtractionCache, tmp_path: Path) -> None:
    assert cache.get(SHA) is None
    cache.put(SHA, sample())
    assert cache.get(SHA) == sample()
    path = cache.path_for(SHA)
    expected = tmp_path / "cache" / "v2" / "en_core_web_sm-3.8.0" / "v-test" / SHA[:2]
    assert path == expected / f"{SHA}.json.gz"
    assert path.is_file()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp file left
    assert (cache.hits, cache.misses, cache.writes) == (1, 1, 1)
    assert cache.problems == []


def test_entry_has_header_and_checksum(cache: ExtractionCache) -> None:
    cache.put(SHA, sample())
    entry = json.loads(gzip.decompress(cache.path_for(SHA).read_bytes()))
    assert entry["format"] == cache_mod.FORMAT_VERSION == 2
    assert entry["sha256"] == SHA
    assert entry["model"] == "en_core_web_sm-3.8.0"
    assert entry["version"] == "v-test"
    # Fields at their default are left out of the stored payload.
    assert DocExtraction.from_dict(entry["payload"]) == sample()
    assert entry["payload"]["entities"][1] == {
        "key": "e1",
        "label": "Venezuela",
        "type": "GPE",
        "aliases": ["Venezuela"],
        "roles": ["ally"],
        "mentions": 2,
    }
    assert len(entry["checksum"]) == 64


def test_an_entry_laid_out_otherwise_is_still_read(cache: ExtractionCache) -> None:
    # Another writer may order the keys differently; the checksum is of the payload's
    # canonical form, whatever form it is stored in.
    cache.put(SHA, sample())
    path = cache.path_for(SHA)
    entry = json.loads(gzip.decompress(path.read_bytes()))
    reordered = {"payload": entry.pop("payload"), **entry}
    path.write_bytes(gzip.compress(json.dumps(reordered, indent=1).encode()))
    assert cache.get(SHA) == sample()
    assert cache.problems == []


def test_other_model_or_version_is_a_miss(cache: ExtractionCache, tmp_path: Path) -> None:
    cache.put(SHA, sample())
    other_model = ExtractionCache(
        tmp_path / "cache", model_key="en_core_web_md-3.8.0", version="v-test"
    )
    other_version = ExtractionCache(tmp_path / "cache", model_key=cache.model_key, version="v-2")
    assert other_model.get(SHA) is None
    assert other_version.get(SHA) is None
    assert other_model.problems == other_version.problems == []


def test_model_key_is_made_safe_as_a_folder_name(tmp_path: Path) -> None:
    weird = ExtractionCache(tmp_path, model_key="/models/my pipeline/../x", version="1")
    assert "/" not in weird.model_key and ".." not in weird.model_key
    weird.put(SHA, sample())
    assert weird.path_for(SHA).is_relative_to(tmp_path)


def test_bad_sha_is_rejected(cache: ExtractionCache) -> None:
    with pytest.raises(ValueError):
        cache.path_for("../../etc/passwd")
    # get/put never fail a build: such a document is simply not cached.
    cache.put("../../etc/passwd", sample())
    assert cache.get("../../etc/passwd") is None
    assert cache.writes == 0 and cache.problems == []


def _truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _flip(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]


def _garbage(data: bytes) -> bytes:
    return b"this is not a cache entry\n" * 3


def _empty(data: bytes) -> bytes:
    return b""


def _foreign_json(data: bytes) -> bytes:
    return gzip.compress(json.dumps({"hello": "world"}).encode())


def _tampered_payload(data: bytes) -> bytes:
    entry = json.loads(gzip.decompress(data))
    entry["payload"]["entities"][0]["name"] = "Atlantis"  # checksum no longer matches
    return gzip.compress(json.dumps(entry).encode())


def _wrong_key(data: bytes) -> bytes:
    entry = json.loads(gzip.decompress(data))
    entry["sha256"] = "0" * 64  # a valid entry copied under the wrong name
    return gzip.compress(json.dumps(entry).encode())


def _malformed_payload(data: bytes) -> bytes:
    entry = json.loads(gzip.decompress(data))
    entry["payload"] = {"doc_id": "x"}
    entry["checksum"] = cache_mod._checksum(entry["payload"])
    return gzip.compress(json.dumps(entry).encode())


def _value_outside_its_type(data: bytes) -> bytes:
    entry = json.loads(gzip.decompress(data))
    entry["payload"]["entities"][0]["type"] = "SPACESHIP"  # not an entity type
    entry["checksum"] = cache_mod._checksum(entry["payload"])
    return gzip.compress(json.dumps(entry).encode())


def _nested_too_deep(data: bytes) -> bytes:
    return gzip.compress(b"[" * 100_000 + b"]" * 100_000)


@pytest.mark.parametrize(
    "damage",
    [
        _truncate,
        _flip,
        _garbage,
        _empty,
        _foreign_json,
        _tampered_payload,
        _wrong_key,
        _malformed_payload,
        _value_outside_its_type,
        _nested_too_deep,
    ],
)
def test_damaged_entry_is_ignored_reported_and_redone(cache: ExtractionCache, damage) -> None:  # type: ignore[no-untyped-def]
    cache.put(SHA, sample())
    path = cache.path_for(SHA)
    path.write_bytes(damage(path.read_bytes()))

    assert cache.get(SHA) is None
    assert len(cache.problems) == 1
    problem = cache.problems[0]
    assert problem.origin == str(path)
    assert "cache entry is unreadable" in problem.reason
    assert not path.exists()  # removed, so it is redone rather than re-reported

    cache.put(SHA, sample())
    assert cache.get(SHA) == sample()
    assert len(cache.problems) == 1


def test_unwritable_cache_dir_warns_once_and_carries_on(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should be")
    cache = ExtractionCache(blocker, model_key="m", version="v")
    cache.put(SHA, sample())
    cache.put(hashlib.sha256(b"other").hexdigest(), sample("doc-2"))
    assert cache.get(SHA) is None
    assert not cache.enabled
    assert len(cache.problems) == 1
    assert cache.problems[0].origin == str(blocker)
    assert "cannot be written" in cache.problems[0].reason
    assert "without the parse cache" in cache.problems[0].action


WRITER = textwrap.dedent(
    """
    import hashlib, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[3])
    from test_cache import sample
    from kg.cache import ExtractionCache
    cache = ExtractionCache(Path(sys.argv[1]), model_key="m", version="v")
    for round_ in range(int(sys.argv[2])):
        for i in range(20):
            cache.put(hashlib.sha256(str(i).encode()).hexdigest(), sample(f"doc-{i}"))
    assert not cache.problems, cache.problems
    """
)


def test_concurrent_writers_leave_only_valid_entries(tmp_path: Path) -> None:
    directory = tmp_path / "shared"
    here = str(Path(__file__).parent)
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(directory), "15", here])
        for _ in range(2)
    ]
    assert [w.wait(timeout=60) for w in writers] == [0, 0]

    cache = ExtractionCache(directory, model_key="m", version="v")
    files = sorted(p for p in directory.rglob("*") if p.is_file())
    assert len(files) == 20
    assert all(p.name.endswith(".json.gz") and not p.name.startswith(".") for p in files)
    for i in range(20):
        assert cache.get(hashlib.sha256(str(i).encode()).hexdigest()) == sample(f"doc-{i}")
    assert cache.problems == []


STOPPED_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kg.cache import _write_atomic

    folder, data = Path(sys.argv[1]), bytes(8_000_000)
    _write_atomic(folder / "first.json.gz", data)
    print("ready", flush=True)
    i = 0
    while True:
        _write_atomic(folder / f"entry-{i % 4}.json.gz", data)
        i += 1
    """
)


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.2])
def test_a_writer_stopped_by_sigterm_leaves_no_temporary_file(tmp_path: Path, delay: float) -> None:
    # A stopped run ends its workers with SIGTERM while they may be writing an entry;
    # nearly all of this writer's time is spent inside a write.
    proc = subprocess.Popen(
        [sys.executable, "-c", STOPPED_WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == "ready\n"
    time.sleep(delay)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == -signal.SIGTERM
    proc.stdout.close()

    names = sorted(p.name for p in tmp_path.iterdir())
    assert [n for n in names if n.endswith(".tmp")] == []
    assert all(p.stat().st_size == 8_000_000 for p in tmp_path.iterdir())


def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("KG_CACHE_DIR")
    assert default_cache_dir() == tmp_path / "xdg" / "kg"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "kg"


def _package_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "kg"
    shutil.copytree(
        Path(kg.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    return copy


def test_extraction_version_follows_code_and_lexicon(tmp_path: Path) -> None:
    copy = _package_copy(tmp_path)
    first = extraction_version(copy)
    assert len(first) == 16
    assert extraction_version(copy) == first  # deterministic

    roles = copy / "lexicon" / "roles.tsv"
    roles.write_text(roles.read_text(encoding="utf-8") + "minister\tMinister\n", encoding="utf-8")
    second = extraction_version(copy)
    assert second != first

    (copy / "lexicon" / "new_words.tsv").write_text("x\n")
    third = extraction_version(copy)
    assert third != second

    # Byte-code caches and hidden editor files are not extraction data.
    (copy / "lexicon" / "__pycache__").mkdir()
    (copy / "lexicon" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    (copy / "lexicon" / ".roles.tsv.swp").write_bytes(b"\0")
    assert extraction_version(copy) == third


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + line, encoding="utf-8")


def test_extraction_version_follows_every_module_the_extraction_imports(tmp_path: Path) -> None:
    copy = _package_copy(tmp_path)
    before = extraction_version(copy)
    # kg.names is used only indirectly (through mentions, relations and resolution).
    _append(copy / "names.py", "# a changed normaliser\n")
    after = extraction_version(copy)
    assert after != before
    # Code that runs after extraction (export, the viewer, the CLI) keeps cache entries.
    _append(copy / "cli.py", "# a new option\n")
    _append(copy / "export" / "json.py", "# a new field\n")
    assert extraction_version(copy) == after
    # A module the extraction newly imports counts from then on.
    (copy / "helper_rules.py").write_text("RULES = ()\n", encoding="utf-8")
    assert extraction_version(copy) == after
    _append(copy / "extract.py", "from kg.helper_rules import RULES  # noqa\n")
    with_helper = extraction_version(copy)
    assert with_helper != after
    _append(copy / "helper_rules.py", "MORE = ()\n")
    assert extraction_version(copy) != with_helper


def test_a_missing_extraction_module_is_an_error_not_silence(tmp_path: Path) -> None:
    copy = _package_copy(tmp_path)
    (copy / "names.py").unlink()
    with pytest.raises(FileNotFoundError, match=r"kg\.names"):
        extraction_version(copy)


def test_every_kg_module_an_extraction_loads_is_hashed() -> None:
    # What actually runs, not what the import statements say: a module imported in an
    # unusual way (importlib, a plugin) and left out of the hash would serve stale entries.
    script = (
        "import sys\n"
        "from kg.extract import extract_document\n"
        "from kg.model import Document\n"
        "from kg.nlp import load_pipeline\n"
        "text = 'President Ana Ruiz of Chile met Ola Berg in Oslo. She praised him.'\n"
        "document = Document(id='d', title='', source='', date='', text=text, sha256='ab' * 32)\n"
        "extract_document(load_pipeline()(text), document)\n"
        "print('\\n'.join(sorted(m for m in sys.modules if m == 'kg' or m.startswith('kg.'))))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    loaded = set(proc.stdout.split())
    assert {"kg.extract", "kg.nlp", "kg.names", "kg.gazetteer"} <= loaded
    assert loaded <= set(cache_mod.extraction_modules())


def test_extraction_version_follows_kg_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _package_copy(tmp_path)
    before = extraction_version(copy)
    monkeypatch.setattr(kg, "__version__", "99.0.0")
    assert extraction_version(copy) != before


def test_default_version_is_the_installed_packages(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path, model_key="m")
    assert cache.version == extraction_version()


def test_extraction_version_is_kept_for_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    version = extraction_version()
    assert ExtractionCache(tmp_path, model_key="m").version == version
    (stored,) = tables_dir(tmp_path).glob("extraction-version-*.json")

    def no_scan(package_dir: Path | None = None) -> str:
        raise AssertionError("the modules were read again")

    # The next run reads it: the key hashes every kg source and lexicon file instead.
    monkeypatch.setattr(cache_mod, "extraction_version", no_scan)
    assert ExtractionCache(tmp_path, model_key="m").version == version
    # A damaged or altered file is not trusted.
    stored.write_text(stored.read_text(encoding="utf-8").replace(version, "0" * 16), "utf-8")
    with pytest.raises(AssertionError, match="read again"):
        ExtractionCache(tmp_path, model_key="m")


def test_stored_table_survives_an_unwritable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"a": 1}

    assert stored_table(blocker, "t.json", build) == {"a": 1}
    assert stored_table(blocker, "t.json", build) == {"a": 1}
    assert len(calls) == 2  # built each time, never an error
    assert stored_table(tmp_path / "ok", "t.json", build) == {"a": 1}
    assert stored_table(tmp_path / "ok", "t.json", build) == {"a": 1}
    assert len(calls) == 3
