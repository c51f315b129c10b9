"""Documents and stand-in extractors for the parse-stage and engine tests.

Module-level functions, so that worker processes (and Dask workers) can import them.
"""

from __future__ import annotations

import hashlib
import os

from spacy.tokens import Doc

from kg.model import DocExtraction, Document, Evidence, LocalEntity, Relation, is_entity_type

TEXTS = [
    "Mikhail Tarasov met Xi Jinping in Beijing on Monday.",
    "The European Union imposed sanctions on Iran after the talks failed.",
    "Angela Merkel said Germany would support France in the dispute.",
    "Joe Biden spoke with Volodymyr Zelensky about aid to Ukraine.",
    "Stennick agreed to buy Orvenia Games for $69 billion.",
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
    if "Orvenia" in document.text:
        os._exit(3)  # a worker dying in native code or killed for memory looks like this
    return entity_extractor(doc, document)
