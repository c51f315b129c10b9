"""Threat rules: a threat to act on an actor is THREATEN (PLOVER), whatever the act.

* `threat_to_act`: "Serbia threatened to shut off water supplies to X", "Hamas threatened to
  resume attacks in Israel", "X threatened to deliver blows to Y": the actors the
  threatened act reaches (its object, the objects of its prepositions and of its object's)
  are threatened by the subject; "X threatened sanctions against Y" likewise through the
  noun threatened. A threat that reaches no actor ("threatened to resign") is none.

Examples: ``tests/test_relations_threats.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.relations.candidates import Candidate, Sentence, walks_words
from kg.relations.modality import modality
from kg.relations.syntax import predicate_text, subjects
from kg.relations.targets import targets_of
from kg.resolve.document import ActorIndex
from kg.resolve.keys import ActorKey

#: Verbs of threatening whose controlled act or object is the threat.
THREAT_VERBS = frozenset({"threaten"})

#: Prepositions whose object an act reaches ("blows to X", "attacks in X").
REACH_PREPOSITIONS = frozenset("to against on at in into upon".split())


def _reached(word: Token, index: ActorIndex) -> list[tuple[ActorKey, Token]]:
    """Actors a threatened act or thing reaches: its object and the objects of its
    prepositions, and those of its object ("shut off water supplies to X")."""
    carriers = [word, *(c for c in word.children if c.dep_ in ("dobj", "prt"))]
    args = [c for c in word.children if c.dep_ in ("dobj", "dative")] if word.pos_ == "VERB" else []
    args += [
        o
        for carrier in carriers
        for p in carrier.children
        if p.dep_ == "prep" and p.lower_ in REACH_PREPOSITIONS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return [a for t in args for a in targets_of(t, index)]


@walks_words(lambda: THREAT_VERBS)
def threat_to_act(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """A threatened act on an actor: X THREATEN the actors it reaches."""
    out: list[Candidate] = []
    for verb in sentence.with_lemma(THREAT_VERBS):
        if verb.pos_ != "VERB":
            continue
        acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        acts += [c for c in verb.children if c.dep_ == "dobj" and index.key(c) is None]
        targets = [a for act in acts for a in _reached(act, index)]
        sources = [a for s in subjects(verb) for a in index.actors_of(s)]
        predicate = predicate_text([verb, *acts])
        for s_key, s_tok in sources:
            mod = modality(verb, s_tok, index.same_actor)
            for t_key, t_tok in targets:
                if t_key != s_key:
                    out.append(Candidate(s_key, t_key, "THREATEN", s_tok, t_tok, predicate, mod))
    return out
