"""The parse stage: cache, batches and engines, with the real small English model."""

from __future__ import annotations

import dataclasses
import json
import pickle
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg import nlp as nlp_mod
from kg.cache import ExtractionCache
from kg.engine import pool as pool_mod
from kg.errors import InternalError, ModelError
from kg.ingest import Locator, read_inputs
from kg.model import DocExtraction, Document, Evidence, InputProblem, LocalEntity, Relation
from kg.nlp import model_info, model_key
from kg.parse import (
    Deferred,
    ExtractorRef,
    ParseStats,
    _batches,
    _Run,
    extract_documents,
    with_doc_id,
)
from tests.conftest import EXAMPLE
from tests.parse_helpers import (
    TEXTS,
    crashing_extractor,
    entity_extractor,
    failing_extractor,
    make_doc,
)


@pytest.fixture
def docs() -> list[Document]:
    return [make_doc(f"d{i:02d}", text) for i, text in enumerate(TEXTS)]


def by_id(results: list[DocExtraction | InputProblem]) -> dict[str, DocExtraction]:
    out: dict[str, DocExtraction] = {}
    for r in results:
        assert isinstance(r, DocExtraction), r
        out[r.doc_id] = r
    return out


def test_missing_model_fails_before_reading_documents() -> None:
    def never():  # type: ignore[no-untyped-def]
        raise AssertionError("documents were read")
        yield

    with pytest.raises(ModelError):
        next(extract_documents(never(), entity_extractor, model="xx_no_such_model", jobs=2))


# ------------------------------------------------------------------ extraction


def test_jobs_1_and_jobs_2_give_the_same_extractions(nlp: Language, docs: list[Document]) -> None:
    stats1, stats2 = ParseStats(), ParseStats()
    one = by_id(list(extract_documents(docs, entity_extractor, nlp=nlp, stats=stats1)))
    two = by_id(
        list(
            extract_documents(
                iter(docs), entity_extractor, nlp=nlp, jobs=2, batch_size=3, stats=stats2
            )
        )
    )
    assert one == two
    assert set(one) == {d.id for d in docs}
    assert stats1 == stats2
    assert stats1.parsed == len(docs) and stats1.failed == 0 and stats1.cached == 0
    assert stats1.words == sum(len(d.text.split()) for d in docs)
    assert any(e.label == "Mikhail Tarasov" for e in one["d00"].entities)


def test_jobs_2_loads_the_model_in_workers(
    docs: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp_mod, "_loaded", {})  # nothing for forked workers to inherit
    progress: list[int] = []
    results = list(
        extract_documents(
            docs[:4], entity_extractor, jobs=2, batch_size=2, on_progress=progress.append
        )
    )
    assert len(by_id(results)) == 4
    assert progress == [1, 2, 3, 4]


def test_huge_document_is_split_and_rejoined(nlp: Language) -> None:
    paragraphs = [
        f"Paragraph {i}. {TEXTS[i % len(TEXTS)]} Officials in London commented on it."
        for i in range(60)
    ]
    text = "\n\n".join(paragraphs) + "\n\nFinally, Jacinda Ardern thanked Canada."
    seen: list[tuple[str, int, list[tuple[int, int]]]] = []

    def spy(doc: Doc, document: Document) -> DocExtraction:
        # Read here: the Doc is only valid inside the batch's memory zone.
        ents = [(e.start_char, e.end_char) for e in doc.ents if e.text == "Jacinda Ardern"]
        seen.append((doc.text, len(list(doc.sents)), ents))
        return entity_extractor(doc, document)

    stats = ParseStats()
    document = make_doc("huge", text)
    [result] = list(extract_documents([document], spy, nlp=nlp, stats=stats, max_chars=1000))
    assert isinstance(result, DocExtraction)
    assert stats.split == 1
    doc_text, sentences, last = seen[0]
    assert doc_text == document.text
    assert sentences >= 60
    assert last and last[0][0] > 1000
    assert text[last[0][0] : last[0][1]] == "Jacinda Ardern"
    assert any(e.label == "Canada" for e in result.entities)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bug_in_extraction_stops_the_run_naming_the_document(
    nlp: Language, docs: list[Document], jobs: int
) -> None:
    # A rule that raises is kg's bug, not a bad article: skipping the document with a
    # warning would hide it among input problems.
    with pytest.raises(InternalError) as info:
        list(extract_documents(docs, failing_extractor, nlp=nlp, jobs=jobs, batch_size=4))
    assert str(info.value) == (
        "internal error: kg's extraction failed on corpus.jsonl:d01 (RuntimeError: rule "
        "exploded) — this is a bug in kg, not a problem with the article: please report it "
        "with that article and the traceback"
    )
    assert "in failing_extractor" in info.value.traceback
    assert info.value.traceback.rstrip().endswith("RuntimeError: rule exploded")


def test_a_bug_in_kg_code_during_the_parse_is_not_blamed_on_the_text(
    nlp: Language, docs: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pieces that do not rejoin into the text are kg's splitting bug.
    monkeypatch.setattr(nlp_mod, "split_text", lambda text, max_chars: [text[:10], "x"])
    document = make_doc("long", "Officials met in London. " * 10)
    with pytest.raises(InternalError, match=r"failed on corpus\.jsonl:long"):
        list(extract_documents([document], entity_extractor, nlp=nlp, max_chars=50))


def test_parser_failure_costs_only_its_document(
    nlp: Language, docs: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_pipe = Language.pipe

    def fragile_pipe(self: Language, texts, **kwargs):  # type: ignore[no-untyped-def]
        for doc in real_pipe(self, texts, **kwargs):
            if "Brazil" in doc.text:
                raise ValueError("parser broke")
            yield doc

    def fragile_call(self: Language, text: str, **kwargs):  # type: ignore[no-untyped-def]
        if "Brazil" in text:
            raise ValueError("parser broke")
        return next(real_pipe(self, [text]))

    monkeypatch.setattr(Language, "pipe", fragile_pipe)
    monkeypatch.setattr(Language, "__call__", fragile_call)
    results = list(extract_documents(docs, entity_extractor, nlp=nlp, batch_size=len(docs)))
    problems = [r for r in results if isinstance(r, InputProblem)]
    assert problems == [
        InputProblem("corpus.jsonl:d05", "could not be parsed: ValueError: parser broke")
    ]
    assert len(results) == len(docs)
    assert results[5] == problems[0]  # results come in input order


def test_worker_crash_skips_only_the_document_that_caused_it(
    nlp: Language, docs: list[Document]
) -> None:
    stats = ParseStats()
    results = list(
        extract_documents(docs, crashing_extractor, nlp=nlp, jobs=2, batch_size=3, stats=stats)
    )
    problems = [r for r in results if isinstance(r, InputProblem)]
    assert problems == [
        InputProblem(
            "corpus.jsonl:d04", "could not be parsed: the worker process died while parsing it"
        )
    ]
    assert results[4] == problems[0]  # in input order, though retried after the others
    assert len(by_id([r for r in results if isinstance(r, DocExtraction)])) == len(docs) - 1
    assert (stats.parsed, stats.failed) == (len(docs) - 1, 1)


def test_documents_are_consumed_lazily(nlp: Language, docs: list[Document]) -> None:
    pulled: list[str] = []

    def source():  # type: ignore[no-untyped-def]
        for d in docs:
            pulled.append(d.id)
            yield d

    results = extract_documents(source(), entity_extractor, nlp=nlp, batch_size=2)
    next(results)
    assert len(pulled) == 2  # one batch, not the whole corpus
    results.close()


# ------------------------------------------------------------------ with the cache


def test_second_run_parses_nothing_and_edits_are_reparsed_alone(
    nlp: Language, docs: list[Document], tmp_path: Path
) -> None:
    key = model_key(model_info(nlp))

    def run(
        documents: list[Document], jobs: int = 1
    ) -> tuple[dict[str, DocExtraction], ParseStats]:
        cache = ExtractionCache(tmp_path / "cache", model_key=key)
        stats = ParseStats()
        results = by_id(
            list(
                extract_documents(
                    documents, entity_extractor, nlp=nlp, jobs=jobs, cache=cache, stats=stats
                )
            )
        )
        assert cache.problems == []
        return results, stats

    first, stats = run(docs)
    assert (stats.parsed, stats.cached) == (len(docs), 0)

    second, stats = run(docs, jobs=2)
    assert (stats.parsed, stats.cached, stats.words) == (0, len(docs), 0)
    assert second == first

    edited = list(docs)
    edited[3] = make_doc("d03", docs[3].text.replace("Ukraine", "Moldova"))
    third, stats = run(edited)
    assert (stats.parsed, stats.cached) == (1, len(docs) - 1)
    assert any(e.label == "Moldova" for e in third["d03"].entities)

    # Same text under a new id (a renamed file): served from the cache, re-labelled.
    renamed = [make_doc("renamed", docs[0].text)]
    fourth, stats = run(renamed)
    assert stats.cached == 1
    assert fourth["renamed"] == with_doc_id(first["d00"], "renamed")
    assert all(r.evidence.doc == "renamed" for r in fourth["renamed"].relations)


def test_corrupt_cache_entry_is_redone_with_a_warning(
    nlp: Language, docs: list[Document], tmp_path: Path
) -> None:
    cache = ExtractionCache(tmp_path, model_key=model_key(model_info(nlp)))
    first = by_id(list(extract_documents(docs[:3], entity_extractor, nlp=nlp, cache=cache)))
    damaged = cache.path_for(docs[1].sha256)
    damaged.write_bytes(damaged.read_bytes()[:20])

    stats = ParseStats()
    again = by_id(
        list(extract_documents(docs[:3], entity_extractor, nlp=nlp, cache=cache, stats=stats))
    )
    assert again == first
    assert (stats.parsed, stats.cached) == (1, 2)
    assert [p.origin for p in cache.problems] == [str(damaged)]
    assert cache.get(docs[1].sha256) == first["d01"]  # rewritten


def test_unwritable_cache_does_not_fail_the_build(
    nlp: Language, docs: list[Document], tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = ExtractionCache(blocker, model_key="m", version="v")
    results = list(extract_documents(docs[:3], entity_extractor, nlp=nlp, cache=cache))
    assert len(by_id(results)) == 3
    assert len(cache.problems) == 1


def test_with_doc_id_rewrites_evidence() -> None:
    ev = Evidence("old", "A met B.", 0, 8, "met")
    extraction = DocExtraction(
        "old",
        (LocalEntity("e0", "A", "PERSON", ("A",)),),
        (Relation("e0", "e0", "CONSULT", ev),),
    )
    moved = with_doc_id(extraction, "new")
    assert moved.doc_id == "new"
    assert moved.relations[0].evidence.doc == "new"
    assert moved.entities == extraction.entities
    assert with_doc_id(moved, "new") is moved


def test_jobs_2_in_a_threaded_process_avoids_fork(docs: list[Document], tmp_path: Path) -> None:
    # The CLI's progress bar runs a thread; forking then is unsafe (and deprecated).
    # Workers start fresh and load the model by name: a tiny pipeline keeps this quick.
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Xi Jinping"}])
    blank.to_disk(tmp_path / "tiny")
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert pool_mod.mp_context().get_start_method() != "fork"
        results = by_id(
            list(
                extract_documents(
                    docs[:4], entity_extractor, model=str(tmp_path / "tiny"), jobs=2, batch_size=2
                )
            )
        )
    finally:
        stop.set()
        thread.join()
    assert set(results) == {d.id for d in docs[:4]}
    assert [e.label for e in results["d00"].entities] == ["Xi Jinping"]


def test_fully_cached_run_never_loads_the_model_nor_starts_workers(
    nlp: Language, docs: list[Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ExtractionCache(tmp_path, model_key=model_key(model_info(nlp)))
    list(extract_documents(docs[:3], entity_extractor, nlp=nlp, cache=cache))

    def no_loading(name: str | None = None) -> Language:
        raise AssertionError("the model was loaded")

    def no_workers(self: pool_mod.ProcessEngine) -> None:
        raise AssertionError("a worker process was started")

    monkeypatch.setattr(nlp_mod, "pipeline", no_loading)
    monkeypatch.setattr(pool_mod.ProcessEngine, "_start", no_workers)
    for jobs in (1, 2):
        stats = ParseStats()
        results = list(
            extract_documents(docs[:3], entity_extractor, jobs=jobs, cache=cache, stats=stats)
        )
        assert len(by_id(results)) == 3 and stats.cached == 3


def test_a_fully_cached_build_never_imports_spacy(tmp_path: Path) -> None:
    # The whole command, as a user runs it: the second build finds every document in
    # the cache, so it needs neither the parser nor the extraction code.
    article = EXAMPLE / "001-nnn-agencies.txt"
    script = (
        "import sys\n"
        "from kg.cli import app\n"
        "try:\n"
        "    app(prog_name='kg', args=sys.argv[1:])\n"
        "except SystemExit as end:\n"
        "    assert not end.code, end.code\n"
        "print(sorted({m.partition('.')[0] for m in sys.modules} & {'spacy', 'thinc'}))\n"
    )
    runs = []
    for name in ("cold", "warm"):
        out = tmp_path / name
        command = ["build", str(article), "-o", str(out), "--cache-dir", str(tmp_path / "c")]
        proc = subprocess.run(
            [sys.executable, "-c", script, *command], capture_output=True, text=True, check=False
        )
        assert proc.returncode == 0, proc.stderr
        runs.append(proc.stdout.splitlines())
        graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
        del graph["graph"]["created"]
        (out / "graph.json").write_text(json.dumps(graph), encoding="utf-8")
    assert runs[0][-1] == "['spacy', 'thinc']"
    assert runs[1][-1] == "[]"
    assert (tmp_path / "cold" / "graph.json").read_text(encoding="utf-8") == (
        tmp_path / "warm" / "graph.json"
    ).read_text(encoding="utf-8")


def test_extractor_named_by_module_runs_in_workers(docs: list[Document]) -> None:
    ref = ExtractorRef("tests.parse_helpers", "entity_extractor")
    assert pickle.loads(pickle.dumps(ref)) == ref
    direct = by_id(list(extract_documents(docs[:4], entity_extractor, jobs=1)))
    assert by_id(list(extract_documents(docs[:4], ref, jobs=2, batch_size=2))) == direct


def test_model_that_fails_in_the_workers_raises_model_error(
    docs: list[Document], tmp_path: Path
) -> None:
    # Installed (it has a config) but broken: only loading it, in each worker, fails.
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "config.cfg").write_text("[nlp\nlang = \n", encoding="utf-8")
    with pytest.raises(ModelError, match="could not be loaded"):
        list(
            extract_documents(
                docs[:4], entity_extractor, model=str(tmp_path / "broken"), jobs=2, batch_size=2
            )
        )


def test_deferred_documents_are_read_by_the_worker(
    nlp: Language, docs: list[Document], tmp_path: Path
) -> None:
    # On Dask the client sends where a document is, not its text.
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"text": d.text}) + "\n" for d in docs[:4]), "utf-8")
    locators: dict[str, Locator] = {}
    found = [d for d in read_inputs([path], locators=locators) if isinstance(d, Document)]
    deferred = [Deferred(dataclasses.replace(d, text=""), locators[d.id]) for d in found]
    path.write_text(  # the first record changes (same length) after the client read it
        path.read_text(encoding="utf-8").replace("Xi Jinping", "Xi Qinping"), encoding="utf-8"
    )
    results = list(extract_documents(deferred, entity_extractor, nlp=nlp, batch_size=2))
    with_text = list(extract_documents(found, entity_extractor, nlp=nlp, batch_size=2))
    assert results[1:] == with_text[1:]
    assert results[0] == InputProblem(
        f"{path}:1", "changed or vanished while kg was reading it (the worker read other text)"
    )


def test_long_documents_make_batches_of_fewer_documents(nlp: Language) -> None:
    # A batch closes at ``batch_chars`` characters before ``batch_size`` documents: a
    # worker holds the parsed documents of its batch, so long articles make small batches.
    text = "Jane Roe met officials of Halvex in Paris on Monday. " * 40  # 2,120 characters
    long = [make_doc(f"l{i}", f"{text}Copy {i}.") for i in range(7)]
    pulled: list[str] = []

    def source():  # type: ignore[no-untyped-def]
        for d in long:
            pulled.append(d.id)
            yield d

    results = extract_documents(
        source(), entity_extractor, nlp=nlp, batch_size=32, batch_chars=6_000
    )
    next(results)
    assert len(pulled) == 3  # 3 x 2,128 characters reach 6,000: the first batch
    rest = list(results)
    assert len(rest) == 6
    # Same extractions whatever the batches.
    assert by_id([*extract_documents(long[:1], entity_extractor, nlp=nlp), *rest]) == by_id(
        list(extract_documents(long, entity_extractor, nlp=nlp, batch_size=32))
    )


def test_batches_close_at_the_character_limit_or_the_count() -> None:
    def cut(lengths: list[int], size: int, chars: int) -> list[int]:
        documents = [make_doc(f"d{i}", "x" * n) for i, n in enumerate(lengths)]
        run = _Run(ParseStats(), None, None)
        return [
            len(b) for _, b in _batches(documents, size, None, entity_extractor, run, {}, chars)
        ]

    assert cut([10] * 7, 3, 1_000) == [3, 3, 1]  # the count first
    assert cut([400] * 7, 32, 1_000) == [3, 3, 1]  # the characters first
    assert cut([5_000, 10, 10, 5_000, 10], 32, 1_000) == [1, 3, 1]  # a long one alone
    with pytest.raises(ValueError):
        next(extract_documents([], entity_extractor, batch_chars=0))


def test_a_batch_leaves_no_new_words_in_the_string_store(nlp: Language) -> None:
    # A long-lived worker must not keep every word it ever parsed (issue 13): the batch
    # runs in a spaCy memory zone, and only plain extractions leave it.
    from kg.extract import extract_document
    from kg.parse import BatchSettings, run_batch

    words = ("Quorvenix", "Blastrudel", "Zimmerquaft", "snorblated", "Vellotra")
    text = (
        "Jane Quorvenix, the head of Blastrudel Holdings, met Zimmerquaft officials in "
        "Vellotra on Monday. The talks snorblated after two hours."
    )
    nlp_mod.preload(nlp, None)
    assert not any(w in nlp.vocab.strings for w in words)
    settings = BatchSettings(None, extract_document, None)
    result = run_batch(settings, [make_doc("z1", text)])
    extraction = result.outcomes[0].result
    assert isinstance(extraction, DocExtraction)
    assert "Jane Quorvenix" in {e.label for e in extraction.entities}
    assert not nlp.vocab.in_memory_zone
    assert [w for w in words if w in nlp.vocab.strings] == []
    lemmas = nlp.get_pipe("lemmatizer").cache  # spaCy's memo of lemmas, per word
    assert all(key[0] in nlp.vocab.strings for key in lemmas)
    # The pipeline still parses after the zone closed, and the extraction is the same.
    again = run_batch(settings, [make_doc("z1", text)]).outcomes[0].result
    assert again == extraction
    assert nlp("Vellotra met Quorvenix.")[0].text == "Vellotra"


def test_batches_that_overlap_share_one_zone(nlp: Language) -> None:
    # Dask worker threads share a pipeline; spaCy's zones must not be nested.
    with nlp_mod.batch_zone(nlp):
        with nlp_mod.batch_zone(nlp):
            assert nlp.vocab.in_memory_zone
            nlp("Grelmoth spoke.")
        assert nlp.vocab.in_memory_zone  # the outer batch is still running
    assert not nlp.vocab.in_memory_zone
    assert "Grelmoth" not in nlp.vocab.strings
    with nlp.memory_zone(), nlp_mod.batch_zone(nlp):  # the caller's own zone
        nlp("Trovask spoke.")
    assert "Trovask" not in nlp.vocab.strings
