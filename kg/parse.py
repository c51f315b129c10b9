"""The parse stage: documents in, per-document extractions out, through the cache and an engine.

`run_batch` is the unit of work an engine runs (in this process, a worker process or a
Dask worker): it serves what the parse cache already holds, parses and extracts the
rest with the model loaded once per process (`kg.nlp.pipeline`) and stores the new
extractions. `extract_documents` cuts a stream of documents into batches, hands them to
an engine, and yields the results in input order, so the output and every warning are
the same whichever engine ran the batches and in whatever order they completed.

A batch whose worker process died is retried after the others, one document at a
time, so only the document that kills its worker is skipped. An exception in kg's own
extraction code stops the run with `InternalError`: a rule bug must not pass for a bad
article.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg import nlp as kg_nlp
from kg.cache import ExtractionCache
from kg.engine import Crashed, Engine, make_engine
from kg.errors import InternalError
from kg.ingest import Locator, read_again
from kg.model import DocExtraction, Document, InputProblem
from kg.nlp import MAX_CHARS, ExtractionBug, Extractor, Parsed

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "BatchResult",
    "Deferred",
    "ExtractorRef",
    "ParseStats",
    "extract_documents",
    "internal_error",
    "run_batch",
    "with_doc_id",
]

#: Largest batch sent to a worker: when the corpus runs out, one worker still busy with
#: a big last batch would leave the others idle.
MAX_TASK_DOCS = 16

#: Most characters of text in one batch, whatever its number of documents: a worker holds
#: the parsed documents of its batch, so a batch of long articles is closed early (one
#: longer than this is a batch of its own). Ordinary news articles (2,000-10,000
#: characters) fill their batches by count first.
MAX_BATCH_CHARS = 50_000

Result = DocExtraction | InputProblem


@dataclass(frozen=True, slots=True)
class Deferred:
    """A document whose text the worker reads itself, so texts never cross the network.

    Attributes:
        document: Its metadata and content hash (``text`` is empty).
        locator: Where its text is (see `kg.ingest.read_again`).
    """

    document: Document
    locator: Locator


#: What a batch holds: documents with their text, or documents to read on the worker.
Work = Document | Deferred


@dataclass(frozen=True, slots=True)
class ExtractorRef:
    """An extractor named by its module and function, imported where it first runs.

    The extraction code imports spaCy and every rule module (seconds of start-up); a
    build whose every document is in the parse cache never runs it, so it never pays
    for the import. Picklable by name, so it can be sent to any worker.

    Attributes:
        module: Dotted module name, e.g. ``kg.extract``.
        function: Name of a module-level `Extractor` in it.
    """

    module: str
    function: str

    def load(self) -> Extractor:
        """Import the module (once per process) and return the function."""
        extractor: Extractor = getattr(importlib.import_module(self.module), self.function)
        return extractor

    def __call__(self, doc: Doc, document: Document) -> DocExtraction:
        return self.load()(doc, document)


def _meta(item: Work) -> Document:
    return item.document if isinstance(item, Deferred) else item


@dataclass(slots=True)
class ParseStats:
    """Counters of one `extract_documents` run, for the build summary.

    Attributes:
        parsed: Documents parsed and extracted in this run.
        cached: Documents served from the parse cache.
        failed: Documents that could not be processed (each also yields an InputProblem).
        words: Whitespace-separated words in the parsed documents.
        split: Parsed documents longer than the split size, parsed in pieces.
    """

    parsed: int = 0
    cached: int = 0
    failed: int = 0
    words: int = 0
    split: int = 0


@dataclass(frozen=True, slots=True)
class BatchSettings:
    """Everything a worker needs besides the batch; small and picklable.

    Attributes:
        model: Pipeline name or folder (see `kg.nlp.load_pipeline`).
        extractor: Module-level function from a Doc and its Document to a DocExtraction.
        cache: The parse cache to read and fill, or None.
        max_chars: Texts longer than this are parsed in pieces.
    """

    model: str | None
    extractor: Extractor
    cache: ExtractionCache | None
    max_chars: int = MAX_CHARS


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What `run_batch` returns: one `Parsed` per document, and cache warnings.

    Attributes:
        outcomes: In batch order; a cache hit has ``cached=True``.
        cached: Per document, whether it came from the cache.
        problems: Cache entries found corrupt, or the cache folder unwritable.
    """

    outcomes: tuple[Parsed, ...]
    cached: tuple[bool, ...]
    problems: tuple[InputProblem, ...] = ()


def run_batch(settings: BatchSettings, batch: Sequence[Work]) -> BatchResult:
    """Serve a batch from the cache where possible; read, parse and extract the rest.

    Runs wherever the engine puts it. Cache lookups happen here, by content hash,
    before any text is read: a worker reads and writes the cache folder it sees (see
    the README on shared and per-machine cache folders). A `Deferred` document that is
    not in the cache is read from its file here, and must still have the content hash
    the client saw.

    Raises:
        ModelError: when the model cannot be loaded in this process.
    """
    cache = settings.cache
    seen = len(cache.problems) if cache is not None else 0
    outcomes: dict[int, Parsed] = {}
    cached: set[int] = set()
    misses: list[int] = []
    documents: dict[int, Document] = {}
    for index, item in enumerate(batch):
        meta = _meta(item)
        hit = cache.get(meta.sha256) if cache is not None else None
        if hit is not None:
            outcomes[index] = Parsed(with_doc_id(hit, meta.id))
            cached.add(index)
            continue
        document = _read(item)
        if isinstance(document, InputProblem):
            outcomes[index] = Parsed(document)
            continue
        documents[index] = document
        misses.append(index)
    if misses:
        # Loaded on the first miss: a fully cached run never needs the model.
        nlp = kg_nlp.pipeline(settings.model)
        # The batch's Docs, and the words they added to the vocabulary, end with the
        # zone; only the extractions (plain data) leave it.
        with kg_nlp.batch_zone(nlp):
            parsed = kg_nlp.process_batch(
                nlp, [documents[i] for i in misses], settings.extractor, settings.max_chars
            )
            for index, outcome in zip(misses, parsed, strict=True):
                outcomes[index] = outcome
                if cache is not None and isinstance(outcome.result, DocExtraction):
                    cache.put(documents[index].sha256, outcome.result)
    return BatchResult(
        outcomes=tuple(outcomes[i] for i in range(len(batch))),
        cached=tuple(i in cached for i in range(len(batch))),
        problems=tuple(cache.problems[seen:]) if cache is not None else (),
    )


def _read(item: Work) -> Document | InputProblem:
    """The document with its text: as given, or read again from its file."""
    if isinstance(item, Document):
        return item
    meta = item.document
    found = read_again(item.locator, meta.origin)
    if found is None or found.sha256 != meta.sha256:
        return InputProblem(
            meta.origin or meta.id,
            "changed or vanished while kg was reading it (the worker read other text)",
        )
    return dataclasses.replace(meta, text=found.text)


def with_doc_id(extraction: DocExtraction, doc_id: str) -> DocExtraction:
    """Return ``extraction`` re-labelled as document ``doc_id``, evidence included.

    A cache entry is keyed by content, so it may have been stored under the id of another
    document with the same text (or an earlier name of the same file).
    """
    if extraction.doc_id == doc_id and all(r.evidence.doc == doc_id for r in extraction.relations):
        return extraction
    relations = tuple(
        dataclasses.replace(r, evidence=dataclasses.replace(r.evidence, doc=doc_id))
        for r in extraction.relations
    )
    return dataclasses.replace(extraction, doc_id=doc_id, relations=relations)


def internal_error(bug: ExtractionBug) -> InternalError:
    """The error a build stops with when kg's own code failed on a document."""
    return InternalError(
        f"internal error: kg's extraction failed on {bug.origin} ({bug.error})",
        "this is a bug in kg, not a problem with the article: please report it with "
        "that article and the traceback",
        traceback=bug.traceback,
    )


@dataclass(slots=True)
class _Run:
    """Book-keeping of one `extract_documents` run."""

    stats: ParseStats
    cache: ExtractionCache | None
    on_progress: Callable[[int], None] | None
    done: int = 0

    def record(self, result: BatchResult) -> list[Result]:
        """Count a finished batch and turn it into results; raise for a kg bug."""
        out: list[Result] = []
        for problem in result.problems:
            if self.cache is not None and problem not in self.cache.problems:
                self.cache.problems.append(problem)  # found in another process
        for outcome, hit in zip(result.outcomes, result.cached, strict=True):
            if isinstance(outcome.result, ExtractionBug):
                raise internal_error(outcome.result)
            if isinstance(outcome.result, InputProblem):
                self.stats.failed += 1
            elif hit:
                self.stats.cached += 1
            else:
                self.stats.parsed += 1
                self.stats.words += outcome.words
                self.stats.split += int(outcome.split)
            out.append(outcome.result)
            self.tick()
        return out

    def hit(self, extraction: DocExtraction) -> DocExtraction:
        """Count a document this process served from the cache."""
        self.stats.cached += 1
        self.tick()
        return extraction

    def died(self, document: Document, crash: Crashed) -> InputProblem:
        self.stats.failed += 1
        self.tick()
        return InputProblem(
            origin=document.origin or document.id,
            reason=f"could not be parsed: {crash.detail} while parsing it",
            action="skipped",
        )

    def tick(self) -> None:
        self.done += 1
        if self.on_progress is not None:
            self.on_progress(self.done)


#: A batch sent to an engine: the documents' positions in the input, and the documents.
_Batch = tuple[list[int], list[Work]]


def _numbered(task: Callable[[Sequence[Work]], BatchResult], item: _Batch) -> BatchResult:
    return task(item[1])


def extract_documents(
    documents: Iterable[Work],
    extractor: Extractor,
    *,
    model: str | None = None,
    jobs: int = 1,
    engine: Engine | None = None,
    batch_size: int = 32,
    cache: ExtractionCache | None = None,
    stats: ParseStats | None = None,
    on_progress: Callable[[int], None] | None = None,
    nlp: Language | None = None,
    max_chars: int = MAX_CHARS,
    batch_chars: int = MAX_BATCH_CHARS,
) -> Iterator[Result]:
    """Parse documents and run ``extractor`` on each, using the cache and an engine.

    Documents are read lazily, in batches, with a bounded number of batches in flight;
    results are yielded in input order. A document with its text that the cache holds is
    served here, before any batch is formed: a run whose every document is cached starts
    no worker, and imports neither spaCy nor the extractor (see `ExtractorRef`). A
    `Deferred` document is looked up by the worker that would read it.

    Args:
        documents: Documents to process (any iterable; it is read once, lazily), with
            their text or `Deferred` (read by the worker that parses them).
        extractor: Pure function from a parsed Doc and its Document to a DocExtraction.
            Engines other than the inline one need a module-level function (or an
            `ExtractorRef`).
        model: Pipeline to load (see `kg.nlp.load_pipeline`).
        jobs: Worker processes when no ``engine`` is given; 1 parses in this process.
        engine: Where batches run (see `kg.engine`); None makes one from ``jobs`` and
            closes it at the end.
        batch_size: Documents per ``nlp.pipe`` batch; batches sent to other processes
            hold at most 16 of them so the workers finish together.
        cache: Parse cache to read and fill; None disables it (``--no-cache``). Its
            ``model_key`` must come from the same model (see `kg.nlp.model_key`).
        stats: Counters to update in place (parsed, cached, failed, words, split).
        on_progress: Called with the number of documents done after each result.
        nlp: An already loaded pipeline for ``model``: this process and forked workers
            use it instead of loading their own.
        max_chars: Texts longer than this are split for parsing (see `kg.nlp.split_text`).
        batch_chars: A batch closes when its texts reach this many characters, before
            ``batch_size`` documents (a `Deferred` document's text is not known here and
            counts as none).

    Yields:
        One DocExtraction per document, or an InputProblem for a document that could not
        be parsed (the run goes on).

    Raises:
        ModelError: when the model is not installed (before any document is read).
        InternalError: when kg's extraction code raised on a document (a bug).
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if batch_chars < 1:
        raise ValueError("batch_chars must be at least 1")
    if nlp is not None:
        kg_nlp.preload(nlp, model)
    else:
        kg_nlp.resolve_model(model)  # fail fast, before any worker starts
    own = engine is None
    active = engine if engine is not None else make_engine("local", jobs=jobs)
    size = batch_size if active.workers == 1 else min(batch_size, MAX_TASK_DOCS)
    task = functools.partial(run_batch, BatchSettings(model, extractor, cache, max_chars))
    run = _Run(stats if stats is not None else ParseStats(), cache, on_progress)
    ready: dict[int, Result] = {}
    try:
        batches = _batches(documents, size, cache, extractor, run, ready, batch_chars)
        yield from _ordered(active, task, batches, run, ready)
    finally:
        if own:
            active.close()


def _batches(
    documents: Iterable[Work],
    size: int,
    cache: ExtractionCache | None,
    extractor: Extractor,
    run: _Run,
    ready: dict[int, Result],
    chars: int = MAX_BATCH_CHARS,
) -> Iterator[_Batch]:
    """Serve cache hits into ``ready``; cut the other documents into batches of at most
    ``size`` documents, closed early when their texts reach ``chars`` characters."""
    positions: list[int] = []
    batch: list[Work] = []
    held = 0
    for position, document in enumerate(documents):
        if cache is not None and isinstance(document, Document):
            hit = cache.get(document.sha256)
            if hit is not None:
                ready[position] = run.hit(with_doc_id(hit, document.id))
                continue
        positions.append(position)
        batch.append(document)
        held += len(_meta(document).text)
        if len(batch) >= size or held >= chars:
            _prepare(extractor)
            yield positions, batch
            positions, batch, held = [], [], 0
    if batch:
        _prepare(extractor)
        yield positions, batch


def _prepare(extractor: Extractor) -> None:
    """Import the extractor here before a batch leaves: forked workers share it."""
    if isinstance(extractor, ExtractorRef):
        extractor.load()


def _ordered(
    engine: Engine,
    task: Callable[[Sequence[Work]], BatchResult],
    batches: Iterator[_Batch],
    run: _Run,
    ready: dict[int, Result],
) -> Iterator[Result]:
    """Yield every document's result in input order; retry crashed batches at the end.

    ``ready`` holds results by input position, filled by the engine's batches and by
    ``batches`` itself (cache hits) as the engine draws them.
    """
    crashed: list[_Batch] = []
    following = 0
    numbered = functools.partial(_numbered, task)
    for (positions, batch), result in engine.map(numbered, batches):
        if isinstance(result, Crashed):
            crashed.append((positions, batch))
            continue
        ready.update(zip(positions, run.record(result), strict=True))
        while following in ready:
            yield ready.pop(following)
            following += 1
    # Alone, nothing else in flight: a process that dies now names its document.
    for positions, batch in crashed:
        for position, document in zip(positions, batch, strict=True):
            for _, outcome in engine.map(numbered, [([position], [document])]):
                if isinstance(outcome, Crashed):
                    ready[position] = run.died(_meta(document), outcome)
                else:
                    [ready[position]] = run.record(outcome)
    for position in sorted(ready):
        yield ready[position]
