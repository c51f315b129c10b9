"""Request rules: a demand addressed to an actor in a clause (PLOVER REQUEST).

* `demand_clause`: "Germany demanded that Iran release the prisoners", "the EU repeated
  its demand that Serbia recognise Kosovo", "Japan said China must stop the drills": the
  subject of the demanded clause is asked to act. Words of ``request_clauses.tsv``; a
  word of demanding takes a clause in the base form or with must/should/ought, a word of
  saying only one with must/should/ought. A report ("said China will stop"), a guess
  ("must have known"), a passive ("should be punished") or a question ("asked whether")
  is no demand.

Examples: ``tests/test_relations_requests.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.relations.candidates import Candidate, Sentence, walks_words
from kg.relations.lexicon import request_clause_words
from kg.relations.modality import modality
from kg.relations.syntax import predicate_text, subjects
from kg.resolve.document import ActorIndex
from kg.resolve.keys import ActorKey

#: Modals that make a clause an obligation ("China must stop").
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})


def _demanded(clause: Token, cls: str) -> list[Token]:
    """The words that make ``clause`` a demand ("that", "must"), or [] when it is none."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if any(m.lower_ != "that" for m in marks):
        return []  # "asked whether X would attend": a question
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
        return []  # "said X should be punished": nothing asked of X
    aux = [c for c in clause.children if c.dep_ == "aux"]
    if clause.lower_ == "ought":
        aux.append(clause)  # "that Libya ought to control": the modal heads the clause
    modal = [a for a in aux if a.lower_ in OBLIGATION_MODALS]
    if modal:
        if any(a.lemma_ == "have" for a in aux):
            return []  # "must have known": a guess
        return marks + modal
    if cls == "demand" and not aux and clause.tag_ in ("VB", "VBP"):
        return marks  # "demanded that Iran release": the subjunctive
    return []


def _clauses(word: Token) -> list[Token]:
    """The clauses a word takes; a noun's too when the parser hangs it on the noun's verb
    ("renewed its call that X hold": the clause right after the noun, or after an adverb
    of the verb: "its call today that X hold")."""
    found = [c for c in word.children if c.dep_ in ("ccomp", "acl")]
    if word.pos_ == "NOUN" and word.dep_ == "dobj":
        # "reiterated its demand today / on Monday that X": only the verb's adverbials
        # may stand between the noun and the clause.
        adverbial = {
            t.i
            for c in (*word.head.children, *word.children)
            if c.dep_ in ("npadvmod", "advmod", "prep") and c.i > word.i
            for t in c.subtree
        }
        found += [
            c
            for c in word.head.children
            if c.dep_ == "ccomp"
            and c.left_edge.i > word.i
            and all(i in adverbial for i in range(word.i + 1, c.left_edge.i))
        ]
    return [c for c in found if c.pos_ in ("VERB", "AUX")]


def _sources(word: Token, index: ActorIndex) -> list[tuple[ActorKey, Token]]:
    """Who demands: a verb's subject; a noun's possessive or modifier, else the subject of
    the verb it is the object of ("reiterated its demand that")."""
    if word.pos_ in ("VERB", "AUX"):
        return [a for s in subjects(word) for a in index.actors_of(s)]
    found = [
        a
        for c in word.children
        if c.dep_ in ("poss", "amod", "compound", "nmod")
        for a in index.actors_of(c)
    ]
    if not found and word.dep_ in ("dobj", "nsubjpass") and word.head.pos_ in ("VERB", "AUX"):
        found = [a for s in subjects(word.head, surface=True) for a in index.actors_of(s)]
    return found


@walks_words(lambda: request_clause_words().keys())
def demand_clause(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """A demand in a clause is a REQUEST to the clause's subject: "X demanded that Y
    leave", "X's demand that Y leave", "X said Y must leave"."""
    out: list[Candidate] = []
    table = request_clause_words()
    for word in sentence.with_lemma(table.keys()):
        cls = table.get(word.lemma_.lower())
        if cls is None or (cls == "say" and word.pos_ not in ("VERB", "AUX")):
            continue
        for clause in _clauses(word):
            words = _demanded(clause, cls)
            if not words:
                continue
            targets = [
                a
                for s in clause.children
                if s.dep_ in ("nsubj", "csubj")
                for a in index.actors_of(s)
            ]
            sources = _sources(word, index)
            predicate = predicate_text([word, *words])
            for s_key, s_tok in sources:
                mod = modality(word, s_tok, index.same_actor)
                for t_key, t_tok in targets:
                    if t_key == s_key:
                        continue
                    out.append(Candidate(s_key, t_key, "REQUEST", s_tok, t_tok, predicate, mod))
    return out
