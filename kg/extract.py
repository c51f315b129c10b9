"""Per-document extraction: one parsed document in, its actors and edges out.

    mentions -> within-document resolution (frozen `ActorIndex`) -> relation rules
    -> implied facts applied -> `DocExtraction`

`extract_document` is a pure function of the parse, so it runs in worker processes,
its result is what the cache stores, and corpus-wide steps only see its small output.
Rules only read the actor index; what they imply (a title read off an apposition, a
country named only in a title, a capital acting for its country) is applied here,
after every rule ran, so the result does not depend on the order of the sentences.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from kg.mentions import find_mentions
from kg.model import DocExtraction, Document
from kg.relations import Candidate, ImpliedCountry, ImpliedRole, build_relations, find_candidates
from kg.resolve.document import ActorIndex, local_entities, resolve_document
from kg.resolve.keys import ActorKey


def extract_document(doc: Doc, document: Document) -> DocExtraction:
    """Find the actors of one parsed document and the relations between them.

    Args:
        doc: spaCy parse of ``document.text`` (``doc.text == document.text``).
        document: The document it was parsed from.
    """
    index = resolve_document(doc, find_mentions(doc, document.id))
    found = find_candidates(doc, index)
    # A title read off one sentence ("Russia's president, X") is X's title in every
    # sentence: run the rules again until no new title turns up.
    while (richer := index.with_roles(_implied_roles(found))) is not index:
        index = richer
        found = find_candidates(doc, index)
    relations, metonyms = build_relations(doc, index, found, document.id)
    used = {ActorKey.parse(k) for r in relations for k in (r.source, r.target)}
    countries = {f.country for _, c in found for f in c.implied if isinstance(f, ImpliedCountry)}
    return DocExtraction(
        doc_id=document.id,
        entities=local_entities(index, metonyms, used, countries),
        relations=tuple(relations),
    )


def _implied_roles(found: Sequence[tuple[Span, Candidate]]) -> dict[ActorKey, list[str]]:
    """Titles the rules read off the text, per actor, sorted (order-free)."""
    roles: dict[ActorKey, set[str]] = defaultdict(set)
    for _, cand in found:
        for fact in cand.implied:
            if isinstance(fact, ImpliedRole):
                roles[fact.actor].add(fact.role)
    return {key: sorted(found_roles) for key, found_roles in roles.items()}


__all__ = ["ActorIndex", "extract_document"]
