"""Per-document extraction: one parsed document in, its actors and edges out.

    mentions -> within-document resolution (a frozen `ActorIndex`)
             -> every relation rule on every sentence (one pass over the sentences)
             -> implied facts applied -> `DocExtraction`
    + capitalised runs no mention took (`kg.name_candidates`), for the corpus stage

`extract_document` is a pure function of the parse, so it runs in worker processes,
its result is what the cache stores, and corpus-wide steps only see its small output.
Rules only read the actor index; what they imply (a title read off an apposition, a
country named only in a title) and the capitals that acted for their country are
applied here, after every rule ran, so the result does not depend on the order of the
sentences. The cost is linear in the length of the document.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from spacy.tokens import Doc

from kg.mentions import find_mentions
from kg.model import DocExtraction, Document
from kg.name_candidates import find_name_candidates
from kg.relations.candidates import (
    Candidate,
    ImpliedAlias,
    ImpliedCountry,
    ImpliedRole,
    Sentence,
    assemble,
    sentences_of,
)
from kg.relations.rules import flatten, rule_table
from kg.resolve.document import ActorIndex, local_entities, resolve_document
from kg.resolve.keys import ActorKey
from kg.spans import headline_tokens, lower_forms
from kg.tokens import DocTokens
from kg.vocab import RELATION_TYPES

Found = Sequence[tuple[Sentence, Candidate]]


def extract_document(doc: Doc, document: Document) -> DocExtraction:
    """Find the actors of one parsed document and the relations between them.

    Args:
        doc: spaCy parse of ``document.text`` (``doc.text == document.text``).
        document: The document it was parsed from.
    """
    with collector_paused():
        return _extract(doc, document)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with Python's cyclic garbage collector paused.

    The extraction makes and drops hundreds of thousands of small objects (spaCy
    tokens, spans, tuples), which reference counting frees; it leaves no garbage in
    cycles (a collection after each of the 120 Wikinews articles finds none). Counting
    those objects, the collector ran every few hundred of them and now and then walked
    every object of the process (the model, the city table): about 7 % of the
    extraction's time, for nothing found. It runs again after the block. Only the caller
    that paused it turns it back on, so threads that extract at the same time (a Dask
    worker) never leave it off, and a process that turned it off keeps it off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _extract(doc: Doc, document: Document) -> DocExtraction:
    # Every pass below walks the document: each token and each column it reads is made
    # once, in this table, for all of them.
    tokens = DocTokens(doc, document.text)
    # Read by mention finding and the name candidates.
    headline = headline_tokens(doc, tokens)
    lowercase = lower_forms(doc, headline, tokens)
    mentions = find_mentions(doc, document.id, headline, tokens, lowercase)
    index = resolve_document(doc, mentions, tokens)
    index, found = run_rules(doc, index, tokens)
    index = index.with_aliases(_aliases(found))
    found = without_idle_groups(found, index)
    assembled = assemble(doc, index, found, document.id, tokens)
    return DocExtraction(
        doc_id=document.id,
        entities=local_entities(
            index, assembled.metonyms, assembled.used, _countries(found) | assembled.countries
        ),
        relations=assembled.relations,
        candidates=find_name_candidates(doc, mentions, headline, tokens, lowercase),
    )


def run_rules(
    doc: Doc, index: ActorIndex, tokens: DocTokens | None = None
) -> tuple[ActorIndex, Found]:
    """Run the rules over the document, with every title they imply known to all of them.

    A title read off one sentence ("Russia's president, X") is X's title in every
    sentence, before or after it: the rules run again on an index that holds the
    implied titles until no new one turns up (titles only grow, so this ends; most
    documents need one run, documents with titles in apposition two). A run after the
    first only runs the rules that read titles (`kg.relations.rules.READS_ROLES`).

    Args:
        doc: A parsed document.
        index: Its actors (`kg.resolve.document.resolve_document`).
        tokens: Its token table, when the caller has it.

    Returns:
        The index with the implied titles, and the candidates with their sentences.
    """
    sentences = list(sentences_of(doc, index, tokens))
    table = rule_table(sentences, index)
    found = flatten(sentences, table)
    while (richer := index.with_roles(_roles(found))) is not index:
        index = richer
        table = rule_table(sentences, index, table)
        found = flatten(sentences, table)
    return index, found


def without_idle_groups(found: Found, index: ActorIndex) -> list[tuple[Sentence, Candidate]]:
    """Drop the structural edges of group actors that take part in no event.

    "Turkish police" is an actor of the story when it does something or something is
    done to it; a group merely named ("said Turkish police") would only add a node and
    its PART_OF edge to the graph.
    """
    active: set[ActorKey] = set()
    for _, cand in found:
        if RELATION_TYPES[cand.relation].quad != "structural":
            active.update((cand.source, cand.target))

    def idle(key: ActorKey) -> bool:
        actor = index.actors.get(key)
        return actor is not None and bool(actor.sector) and key not in active

    return [
        (sent, cand)
        for sent, cand in found
        if RELATION_TYPES[cand.relation].quad != "structural"
        or not (idle(cand.source) or idle(cand.target))
    ]


#: One kind of implied fact (`ImpliedRole`, `ImpliedAlias`, `ImpliedCountry`).
F = TypeVar("F")


def _facts(found: Found, kind: type[F]) -> Iterator[F]:
    """The implied facts of one kind the rules learnt, in the order they were found."""
    for _, cand in found:
        for fact in cand.implied:
            if isinstance(fact, kind):
                yield fact


def _roles(found: Found) -> dict[ActorKey, list[str]]:
    """Titles the rules read off the text, per actor, sorted (independent of text order)."""
    roles: dict[ActorKey, set[str]] = defaultdict(set)
    for fact in _facts(found, ImpliedRole):
        roles[fact.actor].add(fact.role)
    return {key: sorted(titles) for key, titles in roles.items()}


def _aliases(found: Found) -> dict[ActorKey, set[str]]:
    """Names the rules read off the text, per actor ("Nome, Alaska")."""
    names: dict[ActorKey, set[str]] = defaultdict(set)
    for fact in _facts(found, ImpliedAlias):
        names[fact.actor].add(fact.name)
    return names


def _countries(found: Found) -> set[ActorKey]:
    """Countries the rules named that no name mention named."""
    return {fact.country for fact in _facts(found, ImpliedCountry)}
