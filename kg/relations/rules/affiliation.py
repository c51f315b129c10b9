"""Affiliation rules: who works for or holds office in which organisation.

* `title_of`: a title with "of", "for", "at" or "with" ("X, a spokeswoman for Y",
  "the chairman of Y, X", "X is a correspondent for Y", "named X president of Y",
  "served as director of Y"); an office title also ties its holder to a place
  ("X, the mayor of Paris").
* `conjoined_title`: a title conjoined to a word that is none, the parser hanging the
  title's preposition on that word ("X, a jeweler and president of Y").
* `party_candidate`: a party's candidate is its member ("X, candidate of the Y Party",
  "Y Party candidate X"), not a candidate for an office or another body.
* `title_modifier`: an organisation written into a job title ("Y attorney X",
  "X, the Y director", "Y's publisher, X"), for the jobs of ``lexicon/job_titles.tsv``
  (office titles with an organisation are read by `kg.relations.rules.titles`).
* `body_before_title`: "Bureau of Fisheries spokesman X", where the parser hangs the
  body on the name.
* `person_of`: a person "of" an organisation ("X of the Y Agency").
* `person_at`: a person "at" an institution named as one ("X at the Institute of Y").
* `affiliation_verb`: a verb of ``lexicon/affiliation_verbs.tsv`` between a person and an
  organisation ("X, who heads Y", "X works for Y", "Y hired X").

A title is a head noun of ``lexicon/roles.tsv`` (offices) or ``lexicon/job_titles.tsv``
(jobs): "the sale of Y", "a friend of Y" tie nobody to anything. Leaders (chairman,
president, owner, publisher) give LEADER_OF, everyone else MEMBER_OF, and the title read
off the text becomes one of the person's roles (an implied fact). Only the person the
title is written with is linked, never a name conjoined to it ("X, who heads Y, and Z").
Examples: ``tests/test_relations_affiliation.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer
from kg.mentions import ROLE_MODIFIERS, role_class
from kg.model import Modality
from kg.relations.candidates import (
    Candidate,
    ImpliedRole,
    Sentence,
    is_title,
    walks_mentions,
    walks_words,
)
from kg.relations.lexicon import affiliation_verbs, job_titles, party_words, place_nouns
from kg.relations.modality import modality
from kg.relations.syntax import objects, of_objects, predicate_text, prep_objects, subjects
from kg.resolve.document import RELATIVE_PRONOUNS, ActorIndex
from kg.resolve.keys import ActorKey
from kg.vocab import RelationLabel

#: Prepositions that tie a title to the body its holder serves ("director of", "lawyer for").
TITLE_PREPOSITIONS = frozenset({"of", "for", "at", "with"})
#: Modifiers that make a leader's title a deputy's ("vice president", "assistant director").
DEPUTY_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "under"})
#: Verbs whose object receives a title ("named X president of Y").
NAMING_VERBS = frozenset({"name", "appoint", "elect", "make", "nominate", "promote"})

Actor = tuple[ActorKey, Token]


def _title_word(tok: Token) -> str:
    """The title a token is, lower case without its dot ("Capt." -> "capt"), or ""."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return ""
    word = tok.lower_.rstrip(".")
    return word if is_title(word) else ""


def _title_tokens(sentence: Sentence) -> list[Token]:
    """The sentence's tokens written as a title, whatever their part of speech: the
    only ones `title_class` can accept."""
    tokens, words = sentence.tokens, sentence.words
    return [tokens[k] for k in sentence.titles if is_title(words[k].rstrip("."))]


def title_class(tok: Token) -> tuple[str, str]:
    """The title written with a title noun and whether it leads: ("vice president", "member").

    Title words and modifiers right before the noun belong to it ("chief executive
    officer", "assistant news director"); a deputy's title is never a leader's.

    Returns:
        ``(title, "leader" | "member")``, or ``("", "")`` when ``tok`` is no title.
    """
    word = _title_word(tok)
    if not word:
        return "", ""
    words = [
        c
        for c in tok.children
        if c.i < tok.i
        and c.dep_ in ("compound", "amod")
        and (c.lower_ in ROLE_MODIFIERS or _title_word(c))
    ]
    title = " ".join([*(c.text for c in words), tok.text])
    cls = role_class(title) or role_class(word) or job_titles().get(word, "")
    if any(c.lower_ in DEPUTY_WORDS for c in words):
        cls = "member"
    return title, cls


def _antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("X, who ..." -> X); other tokens as they are."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.tag_ in ("WP", "WDT"):
        node = tok.head
        while node.dep_ != "relcl" and node.head != node:
            node = node.head
        if node.dep_ == "relcl":
            return node.head
    return tok


def _direct(tok: Token, index: ActorIndex) -> list[Actor]:
    """The actor a token names, through a relative pronoun to its antecedent; never the
    names conjoined to it ("X, who heads Y, and Z": Z heads nothing)."""
    tok = _antecedent(tok)
    key = index.key(tok)
    return [(key, tok)] if key is not None else []


def _person(tok: Token, index: ActorIndex) -> list[Actor]:
    """`_direct`, when it names a person."""
    return [a for a in _direct(tok, index) if index.is_person(a[0])]


def title_holders(title: Token, index: ActorIndex) -> list[Actor]:
    """The person a title is written with: "X, a lawyer", "Y lawyer X", "the lawyer, X",
    "X is a lawyer", "named X lawyer", "X served as lawyer"."""
    if title.dep_ == "conj" and title_class(title.head)[1]:
        # "X, a professor of law and director of Y": one person, two titles.
        return title_holders(title.head, index)
    found = [
        a
        for c in title.children
        if c.dep_ == "appos" and not _clause_between(title, c)
        for a in _person(c, index)
    ]
    head = title.head
    if title.dep_ == "appos" and is_party_tag(head):
        head = head.head  # "Sen. X, R-Ohio, chairman of Y": the title is X's
    if title.dep_ in ("appos", "compound", "nmod") and head != title:
        found += _person(head, index)
    elif title.dep_ == "attr":
        found += [a for s in subjects(head, surface=True) for a in _person(s, index)]
    elif title.dep_ in ("oprd", "appos", "xcomp") or (
        title.dep_ == "dobj" and head.lemma_ in NAMING_VERBS
    ):
        found += [a for o in objects(head) for a in _person(o, index) if o.i != title.i]
    elif title.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        found += [a for s in subjects(head.head, surface=True) for a in _person(s, index)]
    own = index.key(title)
    if own is not None and index.is_person(own):
        found.append((own, title))  # the NER kept the title inside the name
    return found


def _clause_between(title: Token, appositive: Token) -> bool:
    """True when a verb stands between a title and a name the parser hangs on it in
    apposition, and no comma sets the name off: "X is the director of Y, a company that
    took money from state fund Z (ZF)" says nothing of Z's title (a parse across a
    relative clause); "the chief executive of Y, which was founded in 1990, Jo Roe" does."""
    doc = title.doc
    lo, hi = sorted((title.i, appositive.left_edge.i))
    if hi > 0 and doc[hi - 1].text == ",":
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in doc[lo + 1 : hi])


#: Party letters of a US legislator's tag ("Sen. X, R-Ohio", "Rep. Y, D-Calif.").
PARTY_LETTERS = frozenset({"R", "D", "I"})


def is_party_tag(tok: Token) -> bool:
    """True for the state of a legislator's party tag written in apposition to the name
    ("X, R-Ohio,", "X, D-Calif.,"): a title after it is still the legislator's."""
    doc = tok.doc
    return (
        tok.dep_ == "appos"
        and tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and doc[tok.i - 2].text in PARTY_LETTERS
        and (
            gazetteer.us_state(tok.text) is not None or gazetteer.region_country(tok.text) == "USA"
        )
    )


def _bodies(title: Token, index: ActorIndex, office: bool) -> list[tuple[Actor, Token]]:
    """Organisations (and, for an office, places) a title's preposition names, with it."""
    out: list[tuple[Actor, Token]] = []
    for prep in title.children:
        if prep.dep_ != "prep" or prep.lower_ not in TITLE_PREPOSITIONS:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            # The object itself and what is conjoined to it, not an actor a noun stands
            # for: "head of the Bosnian delegation" leads no country.
            named = [obj, *(c for c in obj.children if c.dep_ == "conj"), *_named_on(obj, index)]
            for tok in named:
                key = index.key(tok)
                if key is None:
                    continue
                if is_organisation(key, index) or (
                    office and prep.lower_ == "of" and index.tag(key) == "GPE"
                ):
                    out.append(((key, tok), prep))
    return out


def _part_bodies(title: Token, index: ActorIndex) -> list[tuple[Actor, Token]]:
    """The organisation of the part a title is "of": "head of overseas sales for
    Y", "a staff member of the planning department at Y" (the part is a common noun,
    the parser hangs the organisation on it). A one-word name may be a town ("director of
    the camp at Oxford"), so only a name of several words or an acronym counts."""
    return [
        ((key, org), prep)
        for part in of_objects(title)
        if part.pos_ == "NOUN" and index.key(part) is None
        for prep in part.children
        if prep.dep_ == "prep" and prep.lower_ in TITLE_PREPOSITIONS - {"of"}
        for org in prep.children
        if org.dep_ == "pobj"
        for key in [index.key(org)]
        if key is not None and is_organisation(key, index) and _named_body(org, key)
    ]


def is_organisation(key: ActorKey, index: ActorIndex) -> bool:
    """An organisation, and not a town the NER took for one ("Tempe surgeon X")."""
    actor = index.actors.get(key)
    if actor is None or actor.tag != "ORG":
        return False
    name = actor.label
    return not (
        gazetteer.country_of_city(name)
        or gazetteer.region_country(name)
        or gazetteer.lookup_country(name)
    )


def _appositive_holders(title: Token, index: ActorIndex) -> list[Actor]:
    """ "the chairman of Y, X": the parser hangs the name on Y rather than on the title."""
    return [
        a
        for prep in title.children
        if prep.dep_ == "prep" and prep.lower_ in TITLE_PREPOSITIONS
        for obj in prep.children
        if obj.dep_ == "pobj"
        for c in obj.children
        if c.dep_ == "appos"
        for a in _person(c, index)
    ]


def _relation(cls: str) -> RelationLabel:
    return "LEADER_OF" if cls == "leader" else "MEMBER_OF"


def _edge(
    person: Actor, body: Actor, cls: str, title: str, predicate: str, mod: Modality = "asserted"
) -> Candidate:
    implied = (ImpliedRole(person[0], title),) if title else ()
    return Candidate(
        person[0],
        body[0],
        _relation(cls),
        person[1],
        body[1],
        predicate,
        mod,
        implied,
    )


def title_of(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """A title with a preposition naming its body: "X, a spokeswoman for Y"."""
    out: list[Candidate] = []
    for tok in _title_tokens(sentence):
        title, cls = title_class(tok)
        if not cls:
            continue
        office = bool(role_class(tok.lower_.rstrip(".")))
        bodies = _bodies(tok, index, office)
        if not bodies:
            bodies = _part_bodies(tok, index)
            cls = "member"  # "vice president of programs for Y" leads a part of Y
        if not bodies:
            continue
        people = title_holders(tok, index) or _appositive_holders(tok, index)
        for person in dict.fromkeys(people):
            for body, prep in bodies:
                if body[0] != person[0]:
                    out.append(_edge(person, body, cls, title, f"{tok.text} {prep.text}"))
    return out


def _modifier_bodies(title: Token, index: ActorIndex) -> list[Actor]:
    """Organisations written into a title: "the GE attorney", "GE's publisher", and a
    name on a possessive the NER left out of it ("Acme Paper's chairman")."""
    mods = [c for c in title.children if c.dep_ in ("compound", "poss", "nmod") and c.i < title.i]
    mods += [
        n
        for c in mods
        if c.dep_ == "poss" and index.key(c) is None
        for n in c.children
        if n.dep_ == "compound"
    ]
    return [
        (key, c)
        for c in mods
        for key in [index.key(c)]
        if key is not None and is_organisation(key, index)
    ]


def title_modifier(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """An organisation written into a job title: "Y attorney X", "X, the Y director"."""
    out: list[Candidate] = []
    for tok in _title_tokens(sentence):
        title, cls = title_class(tok)
        if not cls or index.key(tok) is not None:
            continue
        bodies = _modifier_bodies(tok, index)
        if not bodies:
            continue
        if any(_leads_a_part(c) for c in tok.children):
            cls = "member"  # "Senate minority leader X" leads no Senate
        for person in dict.fromkeys(title_holders(tok, index)):
            for body in bodies:
                if body[0] != person[0]:
                    out.append(_edge(person, body, cls, title, f"{body[1].text} {tok.text}"))
    return out


def body_before_title(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "Bureau of Fisheries spokesman X": a body written before the title on a name,
    hung on the title or on the name."""
    out: list[Candidate] = []
    first = sentence.span.start
    # Only a token that names an actor can be the person (`index.key`).
    for i in index.keyed_in(first, sentence.span.end):
        tok = sentence.tokens[i - first]
        key = index.key(tok)
        if key is None or not index.is_person(key):
            continue
        mods = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i]
        titled = [c for c in mods if index.key(c) is None and title_class(c)[1]]
        # "Norvik Air Chief Executive X": the title words hung side by side on the name
        # are one title, named by the last.
        for title_tok in titled[-1:]:
            title, cls = title_class(title_tok)
            run = [c for c in titled if c.i < title_tok.i and c.i >= title_tok.i - 3]
            if run:
                title = " ".join([*(c.text for c in run), title])
                cls = role_class(title) or cls
                if any(c.lower_ in DEPUTY_WORDS for c in run):
                    cls = "member"
            if any(_leads_a_part(c) for c in title_tok.children):
                cls = "member"  # "Senate minority leader X" leads no Senate
            bodies = _modifier_bodies(title_tok, index) + [
                (k, c)
                for c in mods
                if c.i < title_tok.i
                for k in [index.key(c)]
                if k is not None and is_organisation(k, index)
            ]
            for body in dict.fromkeys(bodies):
                if body[0] != key:
                    predicate = f"{body[1].text} {title_tok.text}"
                    out.append(_edge((key, tok), body, cls, title, predicate))
    return out


@walks_mentions
def person_of(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """A person "of" an organisation: "X of the Nordic Space Agency"."""
    out: list[Candidate] = []
    for keyed in sentence.mentions:
        if not index.is_person(keyed.key):
            continue
        doc = sentence.span.doc
        root = index.root(keyed, doc)
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            written_on = [n for o in objs for n in _named_on(o, index)]
            for obj in objs + written_on:
                key = index.key(obj)
                # One capitalised word "of" may be a hometown the NER took for a body,
                # unless a noun says what it is ("of the Acme company").
                named = obj in written_on or (key is not None and _named_body(obj, key))
                if key is not None and is_organisation(key, index) and named:
                    body = (key, obj)
                    out.append(_edge((keyed.key, root), body, "member", "", "of"))
    return out


@walks_mentions
def person_at(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """A person "at" an institution whose name says what it is: "X at the Institute of
    Mechanics", "X at Acme University" (head nouns of class "body" in
    ``lexicon/place_nouns.tsv``); "X at the United Nations" may be a visit."""
    out: list[Candidate] = []
    doc = sentence.span.doc
    for keyed in sentence.mentions:
        if not index.is_person(keyed.key):
            continue
        root = index.root(keyed, doc)
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "at"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                key = index.key(obj)
                if (
                    key is not None
                    and is_organisation(key, index)
                    and place_nouns().get(obj.lemma_.lower()) == "body"
                ):
                    out.append(_edge((keyed.key, root), (key, obj), "member", "", "at"))
    return out


@walks_words(lambda: affiliation_verbs().keys())
def affiliation_verb(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """A verb that ties a person to an organisation: "X, who heads Y", "Y hired X"."""
    out: list[Candidate] = []
    table = affiliation_verbs()
    for verb in sentence.with_lemma(table.keys()):
        if verb.pos_ != "VERB":
            continue
        for trig in table.get(verb.lemma_.lower(), ()):
            subj = [a for s in subjects(verb) for a in _direct(s, index)]
            objs: list[Actor] = []
            for target in trig.targets:
                found = objects(verb) if target == "obj" else prep_objects(verb, target)
                if target == "obj" and not found and _reduced_passive(verb):
                    found = [verb.head]  # "the Acme Foundation, headed by X"
                objs = [a for t in found for a in index.actors_of(t)]
                if objs:
                    break
            people, bodies = (objs, subj) if trig.reverse else (subj, objs)
            people = [p for p in people if index.is_person(p[0])]
            bodies = [b for b in bodies if is_organisation(b[0], index)]
            if not people or not bodies:
                continue
            predicate = predicate_text(
                [verb, *(c for c in verb.children if c.dep_ in ("prep", "neg", "aux"))]
            )
            cls = "leader" if trig.relation == "LEADER_OF" else "member"
            for person in people:
                mod = modality(verb, person[1], index.same_actor)
                for body in bodies:
                    out.append(_edge(person, body, cls, "", predicate, mod))
            break
    return out


def _reduced_passive(verb: Token) -> bool:
    """A participle with a "by" agent written on the noun it describes ("the Acme
    Foundation, headed by X", "a firm owned by X"): that noun is its object."""
    return (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    )


def _leads_a_part(mod: Token) -> bool:
    """A plain noun on a title ("minority leader", "news director"): its holder leads a
    part of the body, not the body."""
    return (
        mod.dep_ == "compound"
        and mod.pos_ in ("NOUN", "PROPN")
        and not mod.ent_type_
        and mod.lower_ not in ROLE_MODIFIERS
        and not _title_word(mod)
    )


def _named_on(noun: Token, index: ActorIndex) -> list[Token]:
    """The organisation's name written on a common noun for a body: "the Acme company",
    "the Acme research group" (``lexicon/place_nouns.tsv``, class "body")."""
    if index.key(noun) is not None or place_nouns().get(noun.lemma_.lower()) != "body":
        return []
    return [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]


def _named_body(tok: Token, key: ActorKey) -> bool:
    """An organisation's name of several words or an acronym ("NASA"), not "Millinocket"."""
    return len(key.words) > 1 or tok.text.isupper()


def conjoined_title(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "X, a jeweler and president of Y": a title conjoined to a word in apposition that
    is no title, whose preposition the parser hangs on that first word. Only a
    preposition written after the title counts ("X, a critic of Y and president" heads no
    Y), and only for a title with no preposition of its own (`title_of` reads that).

    Args:
        sentence: The sentence with its mentions.
        index: The document's actors.
    """
    out: list[Candidate] = []
    for tok in _title_tokens(sentence):
        first = tok.head
        if tok.dep_ != "conj" or first.dep_ != "appos" or title_class(first)[1]:
            continue
        title, cls = title_class(tok)
        if not cls or any(c.dep_ == "prep" for c in tok.children):
            continue
        bodies = [
            ((key, obj), prep)
            for prep in first.children
            if prep.dep_ == "prep" and prep.i > tok.i and prep.lower_ in TITLE_PREPOSITIONS
            for obj in prep.children
            if obj.dep_ == "pobj"
            for key in [index.key(obj)]
            if key is not None and is_organisation(key, index)
        ]
        for person in _person(first.head, index):
            for body, prep in bodies:
                if body[0] != person[0]:
                    out.append(_edge(person, body, cls, title, f"{tok.text} {prep.text}"))
    return out


#: Prepositions that end the head of a body's name ("Front" of "Popular Front for the
#: Liberation of Y", "Party" of "Party of Y").
_NAME_PREPOSITIONS = frozenset({"of", "for", "in", "on", "at", "to", "from", "with", "against"})


def _name_head(name: str) -> str:
    """The head word of a name, the last word before its first preposition, lower case:
    "Popular Front for the Liberation of Y" -> "front", "Acme Party" -> "party"."""
    head = ""
    for word in name.split():
        if word in _NAME_PREPOSITIONS:
            break
        head = word
    return head.lower()


def _is_party(key: ActorKey, index: ActorIndex) -> bool:
    """An organisation one of whose names has a party word for its head ("Acme Party",
    "Party of Acme", "Coalition for Acme"; an acronym counts by the name it stands for).
    """
    actor = index.actors.get(key)
    if actor is None or actor.tag != "ORG":
        return False
    heads = party_words("party")
    return any(_name_head(name) in heads for name in (actor.label, *actor.aliases))


@walks_words(lambda: party_words("candidate"))
def party_candidate(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "X, candidate of the Y Party", "X, presidential candidate for the Y Movement", "Y
    Party candidate X": a party's candidate is its member. A candidate for an office or a
    body that is no party ("Senate candidate X", "a candidate for the city council") is
    none.

    Args:
        sentence: The sentence with its mentions.
        index: The document's actors.
    """
    out: list[Candidate] = []
    for tok in sentence.with_lemma(party_words("candidate")):
        bodies = [b for b, _ in _bodies(tok, index, office=False)] + _modifier_bodies(tok, index)
        if tok.dep_ == "compound" and tok.head.i > tok.i:
            # "Y Party candidate X": the party hung on the name beside the title
            bodies += [
                (k, c)
                for c in tok.head.children
                if c.dep_ in ("compound", "nmod") and c.i < tok.i
                for k in [index.key(c)]
                if k is not None
            ]
        parties = [b for b in dict.fromkeys(bodies) if _is_party(b[0], index)]
        if not parties:
            continue
        for person in dict.fromkeys(title_holders(tok, index) or _appositive_holders(tok, index)):
            for party in parties:
                if party[0] != person[0]:
                    out.append(_edge(person, party, "member", "", f"{tok.text}"))
    return out
