"""Per-document extraction: one parsed document in, its actors and edges out.

`extract_document` is a pure function of the parse, so it runs in worker processes,
its result is what the cache stores, and corpus-wide steps only see its small output.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.mentions import find_mentions
from kg.model import DocExtraction, Document
from kg.relations import extract_relations
from kg.resolve import DocumentActors


def extract_document(doc: Doc, document: Document) -> DocExtraction:
    """Find the actors of one parsed document and the relations between them.

    Args:
        doc: spaCy parse of ``document.text`` (``doc.text == document.text``).
        document: The document it was parsed from.
    """
    actors = DocumentActors(find_mentions(doc, document.id))
    relations = extract_relations(doc, actors, document.id)
    used = {r.source for r in relations} | {r.target for r in relations}
    return DocExtraction(
        doc_id=document.id,
        entities=actors.entities(used),
        relations=tuple(relations),
    )
