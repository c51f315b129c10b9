"""Killing rules: who killed whom, read off nouns and charges (ASSAULT).

Verbs ("X killed Y", "Y was shot by X", "X, who murdered Y") are rows of
``lexicon/verbs.tsv`` read by `kg.relations.rules.verbs`. This module adds:

* `killer_noun`: "X, the assassin of Y", "Y's assassin, X", "Y assassin X",
  "the killer of Y, X".
* `charged_killing`: "X was convicted of murdering Y", "a jury found X guilty of the
  murder of Y", "X pleaded guilty to shooting Y", "X was charged with killing Y" (a
  charge is reported, not asserted).
* `killing_by`: "the assassination of Y by X", "Y's murder by X".
* `shared_agent`: "Y was shot and killed by X".
* `killer_clause`: "X was the gunman who killed Y", "X fired the bullets that killed Y".
* `pronoun_victim`: "Y was giving a speech when X stabbed him": an object pronoun of a killing
  verb is the one person the sentence named before it other than the killer.

The words are rows of ``lexicon/killings.tsv``; victims are people. Only the person a
noun or clause is written with is linked, never a name conjoined to it.
Examples: ``tests/test_relations_killings.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import Modality
from kg.relations.candidates import Candidate, Sentence, walks_words
from kg.relations.lexicon import killing_words
from kg.relations.modality import modality
from kg.relations.rules.affiliation import title_holders
from kg.relations.syntax import objects, of_objects, subjects
from kg.resolve.document import PLACE_TYPES, ActorIndex
from kg.resolve.evidence import Gender, clash
from kg.resolve.keys import ActorKey

Actor = tuple[ActorKey, Token]

#: Prepositions that tie a charge to its act: "convicted of", "charged with",
#: "sentenced for", "pleaded guilty to", "indicted in".
CHARGE_PREPOSITIONS = frozenset({"of", "with", "for", "to", "in"})


def _people(tok: Token, index: ActorIndex) -> list[Actor]:
    """The people a token and its conjuncts name ("of X and Y").

    Any actor that is no place counts: the small model often tags a victim's name as
    an organisation, and only people are murdered or assassinated.
    """
    out = []
    for t in (tok, *(c for c in tok.children if c.dep_ == "conj")):
        key = index.key(t)
        if key is not None and key.kind != "country" and index.tag(key) not in PLACE_TYPES:
            out.append((key, t))
    return out


def _victims(word: Token, index: ActorIndex) -> list[Actor]:
    """Who a killing word names as killed: its object, its "of" object or possessor."""
    if word.pos_ == "VERB":
        return [a for o in objects(word) for a in _people(o, index)]
    found = [a for o in of_objects(word) for a in _people(o, index)]
    found += [a for c in word.children if c.dep_ in ("poss", "compound") for a in _people(c, index)]
    return found


def _victims_before(noun: Token, index: ActorIndex) -> list[Actor]:
    """ "Y's assassin X", "Y assassin X" where the parser hangs Y on X or elsewhere: the
    person named right before a killer noun written on a name."""
    name = noun.head
    if noun.dep_ != "compound" or name.i <= noun.i or not index.key(name):
        return []
    before = noun.doc[noun.i - 1]
    if before.dep_ == "case":  # "Y's assassin"
        before = noun.doc[before.i - 1]
    return [a for a in _people(before, index) if a[0] != index.key(name)]


def _edges(
    killers: list[Actor], victims: list[Actor], predicate: str, mod: Modality
) -> list[Candidate]:
    return [
        Candidate(k[0], v[0], "ASSAULT", k[1], v[1], predicate, mod)
        for k in dict.fromkeys(killers)
        for v in dict.fromkeys(victims)
        if k[0] != v[0]
    ]


@walks_words(lambda: killing_words().keys())
def killer_noun(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "X, the assassin of Y", "Y's assassin, X", "Y assassin X"."""
    out: list[Candidate] = []
    words = killing_words()
    for noun in sentence.with_word(words.keys()):
        if words.get(noun.lower_) != "agent" and words.get(noun.lemma_.lower()) != "agent":
            continue
        victims = _victims(noun, index) + _victims_before(noun, index)
        if not victims:
            continue
        killers = [a for a in title_holders(noun, index) if index.is_person(a[0])]
        out += _edges(killers, victims, noun.text, "asserted")
    return out


def _charged(word: Token, index: ActorIndex) -> list[Actor]:
    """Who a charge word says did it: "X was convicted of", "found X guilty of",
    "X pleaded guilty to", "X, convicted of", "accused X of"."""
    if word.pos_ == "ADJ":
        own = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own:
            return [a for s in own for a in _people(s, index)]
        head = word.head
        if word.dep_ in ("oprd", "ccomp", "xcomp"):
            objs = [c for c in head.children if c.dep_ == "dobj"]
            if objs:
                return [a for o in objs for a in _people(o, index)]
        return [a for s in subjects(head, surface=True) for a in _person_of(s, index)]
    objs = [c for c in word.children if c.dep_ == "dobj"]
    if objs and not any(c.dep_ == "auxpass" for c in word.children):
        return [a for o in objs for a in _people(o, index)]  # "accused X of killing Y"
    if word.dep_ == "acl":
        return _person_of(word.head, index)  # "X, convicted of killing Y"
    return [a for s in subjects(word, surface=True) for a in _person_of(s, index)]


def _person_of(tok: Token, index: ActorIndex) -> list[Actor]:
    """The person a token names, through a relative pronoun to its antecedent and from a
    common noun to the name it is written with ("X, the man", "X was the man")."""
    if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
        tok = tok.head.head
    key = index.key(tok)
    if key is None and tok.pos_ == "NOUN":
        if tok.dep_ == "appos":
            return _person_of(tok.head, index)
        if tok.dep_ == "attr":
            return [a for s in subjects(tok.head, surface=True) for a in _person_of(s, index)]
    return [(key, tok)] if key is not None and index.is_person(key) else []


@walks_words(lambda: killing_words().keys())
def charged_killing(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "X was convicted of murdering Y", "X was charged with the killing of Y"."""
    out: list[Candidate] = []
    words = killing_words()
    for act in sentence.with_lemma(words.keys()):
        if words.get(act.lemma_.lower()) != "act" or act.dep_ not in ("pcomp", "pobj"):
            continue
        prep = act.head
        charge = prep.head
        cls = words.get(charge.lemma_.lower())
        if prep.dep_ != "prep" or prep.lower_ not in CHARGE_PREPOSITIONS:
            continue  # "arrested X after the killing of Y" charges X with nothing
        if cls not in ("proven", "alleged"):
            continue
        victims = _victims(act, index)
        for conj in (c for c in act.children if c.dep_ == "conj"):
            victims += _victims(conj, index)  # "shooting and killing Y"
        if not victims:
            continue
        mod: Modality = "asserted" if cls == "proven" else "reported"
        predicate = f"{charge.text} {prep.text} {act.text}"
        out += _edges(_charged(charge, index), victims, predicate, mod)
    return out


@walks_words(lambda: killing_words().keys())
def killing_by(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "the assassination of Y by X", "Y's murder by X"."""
    out: list[Candidate] = []
    words = killing_words()
    for noun in sentence.with_lemma(words.keys()):
        if noun.pos_ != "NOUN" or words.get(noun.lemma_.lower()) != "act":
            continue
        killers = [
            a
            for c in noun.children
            if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for o in c.children
            if o.dep_ == "pobj"
            for a in _people(o, index)
        ]
        if killers:
            out += _edges(killers, _victims(noun, index), f"{noun.text} by", "asserted")
    return out


@walks_words(lambda: killing_words().keys())
def killer_clause(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "X was the gunman who killed Y", "X, the man who killed Y", "X fired the bullets
    that killed Y": a killing clause on a noun that stands for a person, or on a means
    of killing that person set off."""
    out: list[Candidate] = []
    words = killing_words()
    for verb in sentence.with_lemma(words.keys()):
        if verb.pos_ != "VERB" or verb.dep_ != "relcl" or words.get(verb.lemma_.lower()) != "act":
            continue
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue  # "the man who was killed"
        noun = verb.head
        if noun.pos_ != "NOUN" or index.key(noun) is not None:
            continue  # a named antecedent is read by the verb rules
        if words.get(noun.lemma_.lower()) == "means":
            setter = noun.head
            if noun.dep_ != "dobj" or words.get(setter.lemma_.lower()) != "deliver":
                continue  # "he heard the shots that killed Y"
            killers = [a for s in subjects(setter, surface=True) for a in _person_of(s, index)]
            anchor = setter
        else:
            killers = [] if noun.dep_ not in ("appos", "attr") else _person_of(noun, index)
            anchor = noun.head if noun.dep_ == "attr" else verb
        victims = [a for o in objects(verb) for a in _people(o, index)]
        for killer in killers:
            mod = modality(anchor, killer[1], index.same_actor)
            out += _edges([killer], victims, f"{noun.text} {verb.text}", mod)
    return out


def _agents(verb: Token, index: ActorIndex) -> list[Actor]:
    """The people a passive verb's "by" names."""
    return [
        a
        for c in verb.children
        if c.dep_ == "agent"
        for o in c.children
        if o.dep_ == "pobj"
        for a in _people(o, index)
    ]


@walks_words(lambda: killing_words().keys())
def shared_agent(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "Y was shot and killed by X", "Y was shot and badly wounded by X": two passive
    verbs share one "by", which the parser hangs on the last."""
    out: list[Candidate] = []
    words = killing_words()
    for verb in sentence.with_lemma(words.keys()):
        if verb.pos_ != "VERB" or words.get(verb.lemma_.lower()) != "act":
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children) or _agents(verb, index):
            continue
        killers = [
            a
            for c in verb.children
            if c.dep_ == "conj" and words.get(c.lemma_.lower()) == "act"
            for a in _agents(c, index)
        ]
        victims = [a for c in verb.children if c.dep_ == "nsubjpass" for a in _person_of(c, index)]
        mod = modality(verb, killers[0][1], index.same_actor) if killers else "asserted"
        out += _edges(killers, victims, f"{verb.text} by", mod)
    return out


#: Object pronouns a killing verb's victim may be written as, with their gender.
OBJECT_PRONOUNS: dict[str, Gender] = {"him": "male", "her": "female"}


def _pronoun_antecedent(pronoun: Token, killers: list[Actor], index: ActorIndex) -> list[Actor]:
    """The one person named before ``pronoun`` in its sentence who is not the killer and
    whose gender does not clash with it; none when two people could be meant (a pronoun
    whose person is named in another sentence is left alone)."""
    gender = OBJECT_PRONOUNS[pronoun.lower_]
    own = {k for k, _ in killers}
    found: dict[ActorKey, Token] = {}
    for i in index.keyed_in(pronoun.sent.start, pronoun.i):
        tok = pronoun.doc[i]
        key = index.key(tok)
        if key is None or key in own or not index.is_person(key) or tok.pos_ == "PRON":
            continue
        actor = index.actors.get(key)
        if actor is not None and clash(gender, actor.gender):
            continue
        found.setdefault(key, tok)
    return list(found.items()) if len(found) == 1 else []


@walks_words(lambda: killing_words().keys())
def pronoun_victim(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "Y was giving a speech when X stabbed him", "Y ran, but X stabbed him": "him" or
    "her" as the object of a killing verb stands for the person named earlier in the
    same sentence, when exactly one other than the killer is named there."""
    out: list[Candidate] = []
    words = killing_words()
    for verb in sentence.with_lemma(words.keys()):
        if verb.pos_ != "VERB" or words.get(verb.lemma_.lower()) != "act":
            continue
        pronouns = [o for o in objects(verb) if o.dep_ == "dobj" and o.lower_ in OBJECT_PRONOUNS]
        if not pronouns or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        killers = [a for s in subjects(verb) for a in _people(s, index) if index.is_person(a[0])]
        for pronoun in pronouns:
            victims = _pronoun_antecedent(pronoun, killers, index)
            for killer in killers:
                mod = modality(verb, killer[1], index.same_actor)
                out += _edges([killer], victims, f"{verb.text} {pronoun.text}", mod)
    return out
