"""Visit rules: a trip to a place for talks is a visit (PLOVER CONSULT).

* `visit_trip`: "X arrived in Amman on a visit", "X flew to Tokyo for talks": a verb of
  travel with a place ("in", "to", "at") and a purpose that is a meeting (a CONSULT noun of
  ``nouns.tsv``: visit, talks, summit ...) is X CONSULT the place (a capital stands for
  its state as anywhere else). A trip with no such purpose ("troops arrived in X", "flew
  to X on Monday") is none.

Examples: ``tests/test_relations_visits.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.relations.candidates import Candidate, Sentence, walks_words
from kg.relations.lexicon import noun_triggers
from kg.relations.modality import modality
from kg.relations.syntax import predicate_text, subjects
from kg.relations.targets import is_place, targets_of
from kg.resolve.document import ActorIndex

#: Verbs of travel, with the prepositions that name where the trip went.
TRAVEL_VERBS: dict[str, tuple[str, ...]] = {
    "arrive": ("in", "at"),
    "fly": ("to", "into"),
    "travel": ("to",),
    "go": ("to",),
    "come": ("to",),
    "head": ("to",),
    "jet": ("to",),
    "return": ("to",),
    "land": ("in", "at"),
}

#: Prepositions of a trip's purpose ("on a visit", "for talks").
PURPOSE_PREPOSITIONS = ("on", "for")


def _meeting(noun: Token) -> bool:
    return any(t.relation == "CONSULT" for t in noun_triggers().get(noun.lemma_.lower(), ()))


def _purpose(verb: Token, places: list[Token]) -> list[Token]:
    """The words of a trip's meeting purpose ("on", "visit"), on the verb or the place."""
    for carrier in (verb, *places):
        for prep in carrier.children:
            if prep.dep_ != "prep" or prep.lower_ not in PURPOSE_PREPOSITIONS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and _meeting(noun):
                    return [prep, noun]
    return []


@walks_words(lambda: TRAVEL_VERBS.keys())
def visit_trip(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """A trip to a place for a meeting is a visit: X CONSULT the place."""
    out: list[Candidate] = []
    for verb in sentence.with_lemma(TRAVEL_VERBS.keys()):
        preps = TRAVEL_VERBS[verb.lemma_.lower()]
        if verb.pos_ != "VERB":
            continue
        places = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children
            if o.dep_ == "pobj"
        ]
        purpose = _purpose(verb, places)
        if not places or not purpose:
            continue
        targets = [a for p in places for a in targets_of(p, index) if is_place(a[0], index)]
        sources = [a for s in subjects(verb) for a in index.actors_of(s)]
        predicate = predicate_text([verb, *(p.head for p in places), *purpose])
        for s_key, s_tok in sources:
            mod = modality(verb, s_tok, index.same_actor)
            home = index.place_country(s_key)
            for t_key, t_tok in targets:
                if t_key == s_key or (home and home in (t_key.name, index.place_country(t_key))):
                    continue  # "the French president arrived in Paris": home, no visit
                out.append(Candidate(s_key, t_key, "CONSULT", s_tok, t_tok, predicate, mod))
    return out
