"""Protest rules (PLOVER PROTEST): demonstrations, rallies, riots and protest strikes.

* `protest_place`: a protest that names no one it is against is against the place it is
  held in (PLOVER: the authorities of that place): "Egyptian students demonstrated in
  Alexandria", "staged a sit-in outside the French embassy". A capital stands for its
  country (`kg.relations.candidates.assemble`).
* `protest_author`: a protest against an act reaches the act's author: "in protest
  against abuses by X", "demonstrations against X's decision"; a protest strike its
  target ("Kenyan workers staged a strike against X", never an attack: `nouns` asks
  `is_protest_strike`).

The protest words are the PROTEST rows of ``lexicon/verbs.tsv`` and ``lexicon/nouns.tsv``
(a verb only when it has no object: "demonstrated", not "demonstrated its resolve"),
and "strike" with a modifier of `STRIKE_KINDS` ("a hunger strike"). The protesters
are the verb's subject, or the holder of the noun: its possessive or adjectival actor, its
"by", or the subject of the verb it hangs on ("staged rallies"). Armed forces and police
are no protesters ("troops marched in the capital").

Examples: ``tests/test_relations_protests.py``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.relations.candidates import Candidate, Sentence, walks_words
from kg.relations.lexicon import Trigger, noun_triggers, verb_triggers
from kg.relations.modality import modality
from kg.relations.syntax import predicate_text, subjects
from kg.relations.targets import is_place, targets_of
from kg.resolve.document import ActorIndex
from kg.resolve.keys import ActorKey

Actor = tuple[ActorKey, Token]

#: Modifiers that make a strike a protest, not an attack ("a hunger strike").
STRIKE_KINDS = frozenset({"hunger", "general", "labour", "labor", "national", "nationwide"})

#: Prepositions of the place a protest is held in.
PLACE_PREPOSITIONS = frozenset({"in", "outside", "at"})

#: Prepositions of what a protest is against ("in protest of" too, on the noun itself).
AGAINST_PREPOSITIONS = frozenset({"against", "over"})

#: Protest words also used for campaign events and parades ("held a rally in Ohio"):
#: only what they are against makes them a protest, never the place alone.
CAMPAIGN_WORDS = frozenset({"rally", "march"})

#: Sectors whose people do not protest ("troops marched in the capital").
ARMED_SECTORS = frozenset({"military", "police", "intelligence"})


def _protest_lemmas(table: dict[str, tuple[Trigger, ...]]) -> frozenset[str]:
    """The lemmas of a trigger lexicon with a PROTEST row."""
    return frozenset(
        lemma for lemma, rows in table.items() if any(r.relation == "PROTEST" for r in rows)
    )


@cache
def _protest_verbs() -> frozenset[str]:
    return _protest_lemmas(verb_triggers())


@cache
def _protest_nouns() -> frozenset[str]:
    return _protest_lemmas(noun_triggers())


@cache
def _protest_words() -> frozenset[str]:
    """Every lemma `_is_protest` can accept: a sentence without one has no protest."""
    return _protest_verbs() | _protest_nouns() | {"strike"}


#: Sectors whose strikes are walkouts, not attacks ("Kenyan workers staged a strike").
STRIKING_SECTORS = frozenset({"labour", "students", "protesters", "activists", "civilians"})


def is_protest_strike(noun: Token, index: ActorIndex) -> bool:
    """A strike that is a protest: "a hunger strike", "a general strike", or one held by
    workers, students or protesters ("Kenyan workers staged a strike against X")."""
    if noun.lemma_.lower() != "strike" or noun.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in STRIKE_KINDS for c in noun.children):
        return True
    holders, _ = _protesters(noun, index)
    return bool(holders) and all(
        (actor := index.actors.get(key)) is not None and actor.sector in STRIKING_SECTORS
        for key, _ in holders
    )


def _is_protest(tok: Token, index: ActorIndex) -> bool:
    """A protest verb with no object, a protest noun, or a protest strike."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return lemma in _protest_verbs() and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in tok.children
        )
    if tok.pos_ != "NOUN":
        return False
    return lemma in _protest_nouns() or is_protest_strike(tok, index)


def _governing_verb(noun: Token) -> Token | None:
    """The verb a protest noun hangs on, through prepositions and other nouns ("staged a
    hunger strike in protest against": staged)."""
    node = noun
    for _ in range(5):
        if node.dep_ not in ("dobj", "pobj", "prep", "attr", "conj", "nsubj"):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _protesters(tok: Token, index: ActorIndex) -> tuple[list[Actor], Token]:
    """Who protests, and the word whose clause states it (for modality)."""
    if tok.pos_ == "VERB":
        return [a for s in subjects(tok) for a in index.actors_of(s)], tok
    found = [
        a
        for c in tok.children
        if c.dep_ in ("poss", "amod", "compound", "nmod")
        for a in index.actors_of(c)
    ]
    found += [
        a
        for c in tok.children
        if c.dep_ in ("prep", "agent") and c.lower_ == "by"
        for o in c.children
        if o.dep_ == "pobj"
        for a in index.actors_of(o)
    ]
    if found:
        return found, tok
    verb = _governing_verb(tok)
    if verb is None:
        return [], tok
    return [a for s in subjects(verb, surface=True) for a in index.actors_of(s)], verb


def _against(tok: Token) -> list[Token]:
    """What a protest is against: its "against"/"over" objects, "of" for the noun
    "protest" ("in protest of X's refusal")."""
    words = AGAINST_PREPOSITIONS | ({"of"} if tok.lemma_.lower() == "protest" else set())
    return _preps(tok, frozenset(words))


def _preps(tok: Token, words: frozenset[str]) -> list[Token]:
    """Objects of the prepositions ``words`` on a protest word, or on the verb a protest
    noun is the object of ("staged rallies in X against Y")."""
    carriers = [tok]
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        carriers.append(tok.head)
    return [
        o
        for carrier in carriers
        for c in carrier.children
        if c.dep_ == "prep" and c.lower_ in words
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _unarmed(protesters: list[Actor], index: ActorIndex) -> list[Actor]:
    out = []
    for key, tok in protesters:
        actor = index.actors.get(key)
        if actor is None or actor.sector not in ARMED_SECTORS:
            out.append((key, tok))
    return out


def _candidates(
    tok: Token, targets: list[Actor], index: ActorIndex, extra: list[Token]
) -> list[Candidate]:
    protesters, anchor = _protesters(tok, index)
    words = [tok, *extra] if anchor is tok else [anchor, tok, *extra]
    predicate = predicate_text(words)
    return [
        Candidate(
            s_key,
            t_key,
            "PROTEST",
            s_tok,
            t_tok,
            predicate,
            modality(anchor, s_tok, index.same_actor),
        )
        for s_key, s_tok in _unarmed(protesters, index)
        for t_key, t_tok in targets
        if s_key != t_key
    ]


@walks_words(_protest_words)
def protest_place(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """A protest against no one named is against the place it is held in."""
    out: list[Candidate] = []
    for tok in sentence.with_lemma(_protest_words()):
        if not _is_protest(tok, index) or tok.lemma_.lower() in CAMPAIGN_WORDS:
            continue
        against = _against(tok)
        if any(targets_of(o, index) or _authors(o, index) for o in against):
            continue  # protesting someone: `protest_author` or the trigger rules
        places = [
            (key, t)
            for o in _preps(tok, PLACE_PREPOSITIONS)
            for key, t in targets_of(o, index)
            if is_place(key, index)
        ]
        prep = [p for o in _preps(tok, PLACE_PREPOSITIONS)[:1] for p in [o.head]]
        out += _candidates(tok, places, index, prep)
    return out


def _authors(act: Token, index: ActorIndex) -> list[Actor]:
    """The author of an act a protest is against: its possessive or its "by" ("X's
    refusal", "abuses by X"); none for a word that names an actor."""
    if act.pos_ != "NOUN" or index.key(act) is not None:
        return []
    found = [a for c in act.children if c.dep_ == "poss" for a in index.actors_of(c)]
    return found + [
        a
        for c in act.children
        if c.dep_ in ("prep", "agent") and c.lower_ == "by"
        for o in c.children
        if o.dep_ == "pobj"
        for a in index.actors_of(o)
    ]


@walks_words(_protest_words)
def protest_author(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """A protest against an act is against the act's author ("in protest against abuses
    by X", "rallies against X's decision")."""
    out: list[Candidate] = []
    for tok in sentence.with_lemma(_protest_words()):
        if not _is_protest(tok, index):
            continue
        for thing in _against(tok):
            actors = targets_of(thing, index)
            if actors and tok.lemma_.lower() == "strike":
                # a protest strike against an actor: no trigger row reads it so
                out += _candidates(tok, actors, index, [thing.head])
            elif not actors:
                out += _candidates(tok, _authors(thing, index), index, [thing.head])
    return out
