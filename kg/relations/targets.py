"""Targets that are places or things of actors: what an act on them reaches.

A sentence often acts on a place or a thing rather than on an actor: "shelled the
Bosnian town of Srebrenica", "fired at targets in Hebron", "the capital Kabul",
"threatened to shell Iraqi towns". kg's rule (README, "Places and things as targets"):

* a kind of place (``place_nouns.tsv``, class place: "town", "region") or a thing that
  stands where it is (``target_nouns.tsv``: "target", "settlement", "position") reaches
  the **place it names**: its apposition ("the capital Kabul"), its "of" ("the town of
  Srebrenica", kinds of place only), a place name modifying it ("the Kirkuk airport") or
  the place it is "in" ("targets in Hebron");
* with no place named, a **country that modifies it owns it** ("Iraqi towns", "Israel's
  positions" -> Iraq, Israel), as any asset of ``agent_nouns.tsv`` ("Iranian nuclear
  facilities") reaches its owner.

The rule `kg.relations.rules.targets.place_country` adds what such a phrase says of the
place: "the Bosnian town of Srebrenica" is LOCATED_IN Bosnia.

Examples: ``tests/test_relations_targets.py``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.lexicon import lexicon_path, read_text
from kg.relations.lexicon import parse_word_list, place_nouns
from kg.relations.syntax import is_clause_subject, of_objects
from kg.resolve.document import PLACE_TYPES, ActorIndex
from kg.resolve.keys import ActorKey

Actor = tuple[ActorKey, Token]


@cache
def target_nouns() -> frozenset[str]:
    """Nouns for things that stand where they are (``target_nouns.tsv``)."""
    name = "target_nouns.tsv"
    return frozenset(parse_word_list(read_text(name), lexicon_path(name)))


def place_kind(noun: Token) -> str:
    """``place`` for a kind of place, ``site`` for a thing in a place, else ""."""
    lemma = noun.lemma_.lower()
    if place_nouns().get(lemma) == "place":
        return "place"
    return "site" if lemma in target_nouns() else ""


def is_place(key: ActorKey, index: ActorIndex) -> bool:
    """True for a country or a place (GPE, LOC, FAC)."""
    return key.kind == "country" or index.tag(key) in PLACE_TYPES


def _places(tokens: list[Token], index: ActorIndex) -> list[Actor]:
    return [(key, t) for t in tokens if (key := index.key(t)) is not None and is_place(key, index)]


def named_place(noun: Token, index: ActorIndex) -> list[Actor]:
    """The place a place noun names: its apposition, its "of" (kinds of place), a place
    name modifying it, or the place it is "in"; [] when it names none."""
    kind = place_kind(noun)
    if not kind:
        return []
    children = list(noun.children)
    found = _places([c for c in children if c.dep_ == "appos"], index)
    if not found and kind == "place":
        found = _places(of_objects(noun), index)
    if not found:
        found = _places([c for c in children if c.dep_ == "compound" and c.pos_ == "PROPN"], index)
        found = [(k, t) for k, t in found if k.kind != "country"]  # "the US embassy": owner
    if not found:
        preps = [c for c in children if c.dep_ == "prep" and c.lower_ == "in"]
        if not preps and noun.dep_ == "dobj":
            # "bombed a camp in X": the parser often hangs "in" on the verb.
            preps = [
                c
                for c in noun.head.children
                if c.dep_ == "prep" and c.lower_ == "in" and c.i > noun.i
            ]
        found = _places([o for c in preps for o in c.children if o.dep_ == "pobj"], index)
    return found


def owner_country(noun: Token, index: ActorIndex) -> list[Actor]:
    """The country modifying a place noun with no name ("Iraqi towns", "Israel's
    positions")."""
    if not place_kind(noun):
        return []
    return [
        (key, c)
        for c in noun.children
        if c.dep_ in ("amod", "compound", "poss", "nmod")
        and (key := index.key(c)) is not None
        and key.kind == "country"
    ]


def targets_of(tok: Token, index: ActorIndex) -> list[Actor]:
    """The actors an argument of an act reaches: the actors it names
    (`ActorIndex.actors_of`), else the place a place noun names, else the country that
    owns it; through a list of such nouns ("towns and villages in X"). A last conjunct
    that is the subject of the next clause is left out (`is_clause_subject`)."""
    found = [a for a in index.actors_of(tok) if not is_clause_subject(a[1])]
    if found:
        return found
    found = named_place(tok, index) or owner_country(tok, index)
    for conj in tok.children:
        if conj.dep_ == "conj" and index.key(conj) is None:
            found += named_place(conj, index) or owner_country(conj, index)
    return found
