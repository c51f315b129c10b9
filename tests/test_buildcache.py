"""The build cache (kg.buildcache): a re-run on unchanged inputs reuses the graph.

The graph must be the one a full build would give, byte for byte, with the same warnings;
any change to what the graph depends on must rebuild it; a build that cannot be trusted
is never stored.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import kg.buildcache
import kg.pipeline
from kg.buildcache import KEEP, BuildCache, StoredBuild, build_key
from kg.cache import source_version
from kg.model import InputProblem
from kg.parse import ExtractorRef
from kg.pipeline import BuildResult, build_graph
from tests.conftest import EXAMPLE, run_kg

EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}
REUSED = "same inputs as an earlier build, its graph reused (--no-cache rebuilds)."


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the example corpus the test may change, and one dated wire story."""
    folder = Path(shutil.copytree(EXAMPLE, tmp_path / "articles"))
    story = "Jane Roe, the mayor of Orvenia City, met Marlo Vance in Berlin on Monday."
    record = {"id": "wire-1", "date": "2019-06-03", "text": story}
    (folder / "wire.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


def _stored(cache: Path) -> list[Path]:
    return sorted((cache / "builds").rglob("*.jsonl.gz"))


def _build(corpus: Path, cache: Path, **options: object) -> BuildResult:
    return build_graph([corpus], jobs=1, cache_dir=cache, **options)  # type: ignore[arg-type]


def _reused(result: BuildResult) -> bool:
    return bool(result.stats.get("reused"))


def _same_graph(a: BuildResult, b: BuildResult) -> None:
    # The two graphs are made at different times: only their creation time may differ.
    assert {**a.graph.graph, "created": ""} == {**b.graph.graph, "created": ""}
    assert sorted(a.graph.nodes(data=True)) == sorted(b.graph.nodes(data=True))
    edges = sorted(a.graph.edges(keys=True, data=True), key=repr)
    assert edges == sorted(b.graph.edges(keys=True, data=True), key=repr)
    assert a.documents == b.documents
    assert (a.problems, a.removals, a.total) == (b.problems, b.removals, b.total)
    counts = {k: v for k, v in a.stats.items() if k not in ("parsed", "cached", "reused")}
    assert counts == {k: v for k, v in b.stats.items() if k not in ("parsed", "cached", "reused")}


# ----------------------------------------------------------------- the command line


def test_a_rerun_gives_the_same_files_and_warnings_without_rebuilding(
    corpus: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4")  # skipped, with a warning
    runs = []
    for name in ("a", "b"):
        args = ["build", str(corpus), "-o", str(tmp_path / name), "--cache-dir", str(cache)]
        args += ["--removed", str(tmp_path / f"{name}-removed.jsonl"), "-j", "1"]
        runs.append(run_kg(*args, env=EPOCH))
    first, second = runs
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    parsed = "Read 4 documents (1 skipped); parsed 4, 0 from the cache."
    assert first.stdout.splitlines()[0] == parsed
    assert second.stdout.splitlines()[0] == f"Read 4 documents (1 skipped); {REUSED}"
    lines = [
        run.stdout.replace(str(tmp_path / name), "OUT").splitlines()[1:]
        for run, name in ((first, "a"), (second, "b"))
    ]
    assert lines[0] == lines[1]  # removed blocks, actors, relations, evidence, files
    # The warnings of the first build, replayed in the same order.
    assert "Warning:" in first.stderr
    assert second.stderr == first.stderr
    written = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(written) == 6
    assert written == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in written:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    removed = (tmp_path / "a-removed.jsonl").read_bytes()
    assert removed and removed == (tmp_path / "b-removed.jsonl").read_bytes()
    assert len(_stored(cache)) == 1


def test_no_cache_and_standard_input_store_no_build(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    article = (EXAMPLE / "001-nnn-agencies.txt").read_text(encoding="utf-8")
    for n, (args, stdin) in enumerate(
        [
            (["build", str(EXAMPLE), "--no-cache"], None),
            (["build", "-", "--cache-dir", str(cache)], article),
            (["build", "-", "--cache-dir", str(cache)], article),
        ]
    ):
        out = tmp_path / f"out-{n}"
        run = run_kg(
            *args, "-o", str(out), "-j", "1", input=stdin, env={"KG_CACHE_DIR": str(cache)}
        )
        assert run.returncode == 0, run.stderr
        assert REUSED not in run.stdout
    assert _stored(cache) == []


# ------------------------------------------------------- what must rebuild the graph


def _edit(corpus: Path) -> dict[str, object]:
    path = corpus / "003-afp.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nMarlo Vance met Jane Roe.\n")
    return {}


def _rename(corpus: Path) -> dict[str, object]:
    (corpus / "003-afp.txt").rename(corpus / "003-afp-renamed.txt")
    return {}


def _unsupported_file(corpus: Path) -> dict[str, object]:
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4")
    return {}


def _since(corpus: Path) -> dict[str, object]:
    return {"since": "2019"}


def _aliases(corpus: Path) -> dict[str, object]:
    path = corpus.parent / "aliases.yaml"
    path.write_text("rename:\n  United States: USA\n", encoding="utf-8")
    return {"aliases": path}


@pytest.mark.parametrize(
    "change", [_edit, _rename, _unsupported_file, _since, _aliases], ids=lambda f: f.__name__
)
def test_any_change_the_graph_depends_on_rebuilds_it(
    corpus: Path, tmp_path: Path, change: Callable[[Path], dict[str, object]]
) -> None:
    cache = tmp_path / "cache"
    first = _build(corpus, cache)
    assert not _reused(first)
    options = change(corpus)
    second = _build(corpus, cache, **options)
    assert not _reused(second)
    assert second.stats["parsed"] <= 1  # the parse cache still spares the parsing
    third = _build(corpus, cache, **options)  # the new state was stored in its turn
    assert _reused(third)
    assert (third.stats["parsed"], third.stats["cached"]) == (0, 0)
    _same_graph(third, second)


def test_an_edited_alias_file_rebuilds(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("rename:\n  United States: USA\n", encoding="utf-8")
    first = _build(corpus, cache, aliases=aliases)
    assert "USA" in {d["label"] for _, d in first.graph.nodes(data=True)}
    aliases.write_text("rename:\n  United States: America\n", encoding="utf-8")
    second = _build(corpus, cache, aliases=aliases)
    assert not _reused(second)
    assert "America" in {d["label"] for _, d in second.graph.nodes(data=True)}


def test_the_same_alias_text_read_as_another_format_rebuilds(corpus: Path, tmp_path: Path) -> None:
    # YAML drops an actor; read as CSV the same bytes are only comment lines.
    text = '#,"\ndrop: [United States]\n#"\n'
    cache = tmp_path / "cache"
    graphs = {}
    for suffix in ("yaml", "csv"):
        path = tmp_path / f"aliases.{suffix}"
        path.write_text(text, encoding="utf-8")
        result = _build(corpus, cache, aliases=path)
        assert not _reused(result)
        graphs[suffix] = {d["label"] for _, d in result.graph.nodes(data=True)}
    assert "United States" not in graphs["yaml"]
    assert "United States" in graphs["csv"]


def test_same_bytes_with_a_new_modification_time_are_reused(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _build(corpus, cache)
    for path in corpus.iterdir():
        os.utime(path, (1, 1))
    totals: list[int] = []
    result = build_graph([corpus], jobs=1, cache_dir=cache, on_total=totals.append)
    assert _reused(result)
    assert totals == [result.total] == [4]


def test_another_extractor_rebuilds(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    _build(corpus, cache)
    monkeypatch.setattr(
        kg.pipeline, "EXTRACTOR", ExtractorRef("tests.parse_helpers", "entity_extractor")
    )
    assert not _reused(_build(corpus, cache))


# --------------------------------------------------------- builds that are not stored


def test_a_document_that_could_not_be_parsed_is_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Jane Roe met John Doe in Paris on Monday.\n")
    (corpus / "b.txt").write_text("The government of Orvenia met Halvex officials.\n")
    (corpus / "c.txt").write_text("Marlo Vance visited Berlin on Tuesday.\n")
    monkeypatch.setattr(
        kg.pipeline, "EXTRACTOR", ExtractorRef("tests.parse_helpers", "crashing_extractor")
    )
    cache = tmp_path / "cache"
    for _ in range(2):
        result = build_graph([corpus], jobs=2, cache_dir=cache)
        assert [p.origin for p in result.problems if "could not be parsed" in p.reason] == [
            str(corpus / "b.txt")
        ]
        assert not _reused(result)
    assert _stored(cache) == []


def test_an_input_changed_during_the_build_is_not_stored(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    target = corpus / "003-afp.txt"

    def change_once(done: int) -> None:
        if done == 1:
            target.write_text(target.read_text(encoding="utf-8") + "\nMarlo Vance met Jane Roe.\n")

    result = build_graph([corpus], jobs=1, cache_dir=cache, on_progress=change_once)
    assert not _reused(result)
    assert _stored(cache) == []
    assert not _reused(_build(corpus, cache))
    assert _reused(_build(corpus, cache))


# ------------------------------------------------------------------ damaged entries


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: data[:-12] + bytes(b ^ 0xFF for b in data[-12:]),
        lambda data: b"",
    ],
    ids=["truncated", "flipped", "empty"],
)
def test_a_damaged_stored_build_is_reported_removed_and_rebuilt(
    corpus: Path, tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    cache = tmp_path / "cache"
    first = _build(corpus, cache)
    [entry] = _stored(cache)
    entry.write_bytes(damage(entry.read_bytes()))
    second = _build(corpus, cache)
    assert not _reused(second)
    [problem] = [p for p in second.problems if "stored build" in p.reason]
    assert problem.origin == str(entry)
    assert problem.reason.startswith("stored build is unreadable (")
    assert problem.action == "removed; the graph is built again"
    assert sorted(second.graph.nodes(data=True)) == sorted(first.graph.nodes(data=True))
    third = _build(corpus, cache)  # stored again, whole
    assert _reused(third)
    assert not [p for p in third.problems if "stored build" in p.reason]


def test_a_damaged_stored_build_is_removed_even_when_none_is_stored_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    _build(corpus, cache)
    [entry] = _stored(cache)
    entry.write_bytes(entry.read_bytes()[:40])
    monkeypatch.setattr(BuildCache, "put", lambda self, key, build: False)
    assert not _reused(_build(corpus, cache))
    assert not entry.exists()


def _entry(lines: list[bytes]) -> bytes:
    return gzip.compress(b"".join(line + b"\n" for line in lines))


@pytest.mark.parametrize(
    "lines",
    [
        [b"[" * 100_000 + b"]" * 100_000],  # nesting deeper than Python's recursion limit
        [b'{"kind": "kg-build", "format": 1, "key": "KEY"}', b"[" * 100_000],
        [b'{"kind": "kg-build", "format": 1, "key": "KEY"}', b"not json"],
        [b'{"kind": "other", "format": 1, "key": "KEY"}'],
    ],
    ids=["nested-header", "nested-line", "not-json", "foreign"],
)
def test_a_hostile_entry_is_a_damaged_entry_not_a_crash(tmp_path: Path, lines: list[bytes]) -> None:
    builds = BuildCache(tmp_path)
    key = "c" * 64
    path = builds.path_for(key)
    path.parent.mkdir(parents=True)
    path.write_bytes(_entry([line.replace(b"KEY", key.encode()) for line in lines]))
    assert builds.get(key) is None
    assert builds.problems[0].reason.startswith("stored build is unreadable (")
    assert not path.exists()


def test_warnings_and_removals_must_match_their_order(tmp_path: Path) -> None:
    builds = BuildCache(tmp_path)
    key = "d" * 64
    assert builds.put(key, dataclasses.replace(_tiny(), order="pr"))  # one removal too many
    assert builds.get(key) is None
    assert "order of warnings and removals" in builds.problems[0].reason


def test_a_tampered_payload_with_its_old_checksum_is_rejected(tmp_path: Path) -> None:
    builds = BuildCache(tmp_path)
    key = "a" * 64
    assert builds.put(key, _tiny(total=3))
    path = builds.path_for(key)
    data = gzip.decompress(path.read_bytes()).replace(b'"total":3', b'"total":4')
    path.write_bytes(gzip.compress(data))
    assert builds.get(key) is None
    assert "checksum mismatch" in builds.problems[0].reason


def _tiny(total: int = 0) -> StoredBuild:
    return StoredBuild(
        entities=(),
        relations=(),
        documents=(),
        problems=(InputProblem("a.txt", "not valid UTF-8", "decoded as cp1252"),),
        removals=(),
        stats=(("documents", 0),),
        total=total,
        order="p",
    )


def test_only_the_most_recently_used_builds_are_kept(tmp_path: Path) -> None:
    builds = BuildCache(tmp_path)
    keys = [f"{n:064x}" for n in range(KEEP + 3)]
    for age, key in enumerate(keys):
        builds.put(key, _tiny(total=age))
        os.utime(builds.path_for(key), ns=(age * 10**9, age * 10**9))
    builds.put(keys[-1], _tiny(total=len(keys) - 1))  # prunes
    assert len(_stored(tmp_path)) == KEEP
    oldest_kept = keys[len(keys) - KEEP]
    assert builds.get(oldest_kept) == _tiny(total=len(keys) - KEEP)  # a hit makes it recent
    builds.put("f" * 64, _tiny())
    assert builds.path_for(oldest_kept).exists()
    assert not builds.path_for(keys[len(keys) - KEEP + 1]).exists()
    assert builds.get(keys[0]) is None


# -------------------------------------------------------------------- the key itself


def _key(inputs: list[str | Path], **options: str) -> str | None:
    return build_key(inputs, model_key="model", options=options)


def test_the_key_follows_bytes_names_and_options_not_timestamps(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Jane Roe met John Doe.\n")
    base = _key([folder])
    assert base is not None and len(base) == 64
    assert _key([folder]) == base
    os.utime(folder / "a.txt", (5, 5))
    assert _key([folder]) == base
    assert _key([folder], since="2019") != base
    assert build_key([folder], model_key="other", options={}) != base
    (folder / ".hidden.txt").write_text("not read by kg\n")
    assert _key([folder]) == base  # the walk skips hidden files, so does the key
    (folder / "a.txt").write_text("Jane Roe met John Doe!\n")
    changed = _key([folder])
    assert changed != base
    (folder / "a.txt").rename(folder / "b.txt")
    assert _key([folder]) not in (base, changed)


def test_the_key_follows_kg_code_and_installed_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("Jane Roe met John Doe.\n")
    base = _key([tmp_path])
    monkeypatch.setattr(kg.buildcache, "source_version", lambda: "edited")
    assert _key([tmp_path]) != base
    monkeypatch.undo()
    assert _key([tmp_path]) == base
    monkeypatch.setattr(kg.buildcache, "installed_packages", lambda: ("htmldate-9.9.dist-info",))
    assert _key([tmp_path]) != base


def test_installed_packages_name_their_versions() -> None:
    packages = kg.buildcache.installed_packages()
    assert any(p.startswith(("spacy-", "spacy_")) and p.endswith(".dist-info") for p in packages)
    assert list(packages) == sorted(set(packages))


def test_a_folder_warning_is_part_of_the_key(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Jane Roe met John Doe.\n")
    base = _key([folder])
    (folder / "gone.txt").symlink_to(tmp_path / "missing.txt")  # a broken link: a warning
    broken = _key([folder])
    assert broken not in (None, base)
    (folder / "gone.txt").unlink()
    assert _key([folder]) == base


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_inputs_that_cannot_be_read_twice_have_no_key(tmp_path: Path) -> None:
    assert _key(["-"]) is None
    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    assert _key([fifo]) is None
    assert _key([tmp_path / "missing.txt"]) is None


def test_source_version_follows_every_source_file_but_byte_code(tmp_path: Path) -> None:
    copy = Path(
        shutil.copytree(
            Path(kg.pipeline.__file__).parent,
            tmp_path / "kg",
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        )
    )
    first = source_version.__wrapped__(copy)
    (copy / "__pycache__").mkdir()
    (copy / "__pycache__" / "x.pyc").write_bytes(b"\0")
    (copy / ".resolve.py.swp").write_bytes(b"\0")
    assert source_version.__wrapped__(copy) == first
    resolve = copy / "resolve" / "corpus.py"  # not extraction code, but it shapes the graph
    resolve.write_text(resolve.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert source_version.__wrapped__(copy) != first


def test_stored_build_round_trips(tmp_path: Path) -> None:
    builds = BuildCache(tmp_path)
    stored = dataclasses.replace(_tiny(total=7), stats=(("documents", 7), ("parsed", 7)))
    assert builds.put("b" * 64, stored)
    assert builds.get("b" * 64) == stored
    assert builds.problems == []
    with pytest.raises(ValueError, match="not a build key"):
        builds.path_for("../../etc/passwd")


def test_warnings_and_removals_reach_the_caller_in_their_first_order(
    corpus: Path, tmp_path: Path
) -> None:
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4")
    cache = tmp_path / "cache"
    seen: list[list[object]] = []
    for _ in range(2):
        events: list[object] = []
        result = build_graph(
            [corpus], jobs=1, cache_dir=cache, on_problem=events.append, on_removal=events.append
        )
        seen.append(events)
    assert _reused(result)
    first, again = seen
    kinds = [type(e).__name__ for e in first]
    assert "InputProblem" in kinds and "Removal" in kinds
    assert kinds.index("InputProblem") > 0  # removals come before a warning about them
    assert again == first


def test_alias_rules_fingerprint_is_canonical() -> None:
    from kg.aliases import AliasRules

    a = AliasRules(renames={"United States": "USA"}, drops=frozenset({"x", "y"}))
    b = AliasRules(renames={"United States": "USA"}, drops=frozenset({"y", "x"}))
    assert a.fingerprint() == b.fingerprint()
    assert a.fingerprint() != AliasRules().fingerprint()
    # The first rename that matches wins, so their order is part of the rules.
    one = AliasRules(renames={"A": "B", "C": "D"})
    other = AliasRules(renames={"C": "D", "A": "B"})
    assert one.fingerprint() != other.fingerprint()
