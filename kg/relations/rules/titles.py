"""Title rules: structural edges (LEADER_OF, MEMBER_OF, PART_OF) read off titles.

* `title_country`: a title with a country on a name ("Russian Deputy Foreign Minister X").
* `government_body`: an organisation named after a country's state ("the Russian
  Foreign Ministry") is PART_OF it.
* `possessive_title`: a possessive country on a person ("France's Macron").
* `apposition_title`: a title in apposition or as attribute ("Russia's president, X",
  "whose president, X", "X, the Russian president", "X is Italy's president").
* `counterpart`: "his US counterpart X" holds the same office as "his", in the US.

Examples: ``tests/test_relations_structural.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.mentions import ROLE_MODIFIERS, SpanMention, role_class
from kg.relations.candidates import (
    Candidate,
    ImpliedRole,
    Sentence,
    implied_country,
    walks_mentions,
    walks_words,
)
from kg.relations.lexicon import is_government_body
from kg.relations.syntax import subjects
from kg.resolve.document import ActorIndex, KeyedMention
from kg.resolve.keys import ActorKey, country_key
from kg.vocab import RelationLabel

_COUNTERPART = frozenset({"counterpart"})


def structural(role: str, doc_roles: Sequence[str]) -> RelationLabel:
    """LEADER_OF for a leader's title ("president"), else MEMBER_OF.

    Args:
        role: The title written with the name, or "" when none is.
        doc_roles: Titles the person holds elsewhere in the document; they decide when
            ``role`` says nothing.
    """
    words = role.lower().split()
    if len(words) > 1 and words[-2] not in ROLE_MODIFIERS and role_class(words[-2]) == "":
        # "bank chief", "opposition leader": heads a body inside the country, not the country.
        return "MEMBER_OF"
    cls = role_class(role) if role else ""
    if not cls:
        cls = "leader" if any(role_class(r) == "leader" for r in doc_roles) else "member"
    return "LEADER_OF" if cls == "leader" else "MEMBER_OF"


def _of_country(
    sentence: Sentence,
    index: ActorIndex,
    keyed: KeyedMention,
    relation: RelationLabel,
    predicate: str,
    code: str = "",
) -> Candidate:
    """An edge from a mention's actor to the country its name or title carries (or
    ``code``, a country written next to it)."""
    head = sentence.span.doc[keyed.mention.end - 1]
    country = country_key(code or keyed.mention.mention.country)
    return Candidate(
        keyed.key,
        country,
        relation,
        head,
        head,
        predicate,
        "asserted",
        implied_country(index, country),
    )


@walks_mentions
def title_country(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """A person named with a country in the title ("Russian Deputy Foreign Minister X")."""
    out: list[Candidate] = []
    for keyed in sentence.mentions:
        mention = keyed.mention.mention
        if mention.type == "PERSON" and mention.country and index.is_person(keyed.key):
            role = mention.roles[0] if mention.roles else ""
            relation = structural(role, index.roles(keyed.key))
            out.append(_of_country(sentence, index, keyed, relation, role or "title"))
    return out


@walks_mentions
def government_body(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """An organisation named after a country's state ("the Chilean Foreign Ministry")."""
    out: list[Candidate] = []
    doc = sentence.span.doc
    for keyed in sentence.mentions:
        m, key = keyed.mention, keyed.key
        mention = m.mention
        if (
            mention.type not in ("ORG", "FAC")
            or index.is_person(key)
            or not is_government_body(mention.label)
        ):
            continue
        code, word = mention.country, doc[m.start].text
        if not code and (demonym := demonym_before(sentence, keyed)) is not None:
            # "a Kenyan Foreign Ministry spokesman": the NER wrote the nationality apart
            code, word = demonym.mention.country, demonym.mention.text
        if code and country_key(code) != key:
            out.append(_of_country(sentence, index, keyed, "PART_OF", word, code))
    return out


def demonym_before(sentence: Sentence, keyed: KeyedMention) -> SpanMention | None:
    """The nationality written as a mention of its own right before a name, with no
    word between ("Kenyan" in "the Kenyan Foreign Ministry" when the NER split it off),
    else None."""
    return next(
        (
            other.mention
            for other in sentence.mentions
            if other.mention.end == keyed.mention.start
            and other.mention.mention.kind == "demonym"
            and other.mention.mention.country
        ),
        None,
    )


def possessive_title(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """A possessive country on a person: "France's Macron"."""
    out: list[Candidate] = []
    doc = sentence.span.doc
    first = sentence.span.start
    # Only a token that names an actor can be the person (`index.key`).
    for i in index.keyed_in(first, sentence.span.end):
        tok = sentence.tokens[i - first]
        person_key = index.key(tok)
        if not person_key or not index.is_person(person_key):
            continue
        for child in tok.children:
            if child.dep_ == "poss":
                body = index.key(child)
                if body and body.kind == "country" and child.lower_ not in ("his", "her"):
                    rel = structural("", index.roles(person_key))
                    owner = doc[child.i : min(child.i + 2, tok.i)].text  # "Russia's"
                    out.append(Candidate(person_key, body, rel, tok, child, owner, "asserted"))
    return out


def apposition_title(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """A title noun tying a person to a body: "France's president, Emmanuel Macron",
    "whose president, X", "X, the Russian president", "X is Italy's president".

    The title becomes one of the person's roles (an implied fact).
    """
    out: list[Candidate] = []
    for k in sentence.titles:
        tok, word = sentence.tokens[k], sentence.words[k]
        if not role_class(word) or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if index.key(tok) is not None:
            continue
        people = [a for c in tok.children if c.dep_ == "appos" for a in index.actors_of(c)]
        if tok.dep_ in ("appos", "compound"):
            # "X, the French president" / "Kenya's President William Ruto"
            people += index.actors_of(tok.head)
        if tok.dep_ == "attr":
            # "X is Italy's president"
            people += [a for sub in subjects(tok.head, surface=True) for a in index.actors_of(sub)]
        people = [p for p in people if index.is_person(p[0])]
        bodies: list[tuple[ActorKey, Token]] = []
        for c in tok.children:
            if c.dep_ == "poss" and c.lower_ == "whose":
                continue  # handled below through the relative clause
            if c.dep_ in ("poss", "amod", "compound") and c.lower_ not in ("his", "her", "their"):
                bodies += index.actors_of(c)
        if tok.dep_ in ("nsubj", "dobj") and tok.head.dep_ == "relcl":
            for c in tok.children:
                if c.lower_ == "whose":
                    bodies += index.actors_of(tok.head.head)
        for p_key, p_tok in people:
            for b_key, b_tok in bodies:
                if b_key == p_key or index.tag(b_key) in ("PERSON", "LOC", "FAC"):
                    continue
                role = " ".join(
                    [
                        c.text
                        for c in tok.children
                        if c.i < tok.i
                        and (
                            c.dep_ == "compound"
                            or (c.dep_ == "amod" and c.lower_ in ROLE_MODIFIERS)
                        )
                        and index.key(c) is None
                    ]
                    + [tok.text]
                )
                # The fuller title seen with the name wins ("director general").
                known = [r for r in index.roles(p_key) if tok.lower_ in r.lower().split()]
                role = max(known, key=len) if known else role
                out.append(
                    Candidate(
                        p_key,
                        b_key,
                        structural(role, []),
                        p_tok,
                        b_tok,
                        tok.text,
                        "asserted",
                        (ImpliedRole(p_key, role),),
                    )
                )
    return out


@walks_words(lambda: _COUNTERPART)
def counterpart(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "his US counterpart Joe Biden": the same office as "his", in the other country."""
    out: list[Candidate] = []
    for tok in sentence.with_lemma(_COUNTERPART):
        if tok.lemma_ != "counterpart":
            continue
        owners = [index.key(c) for c in tok.children if c.dep_ == "poss"]
        owner_roles = index.roles(owners[0]) if owners and owners[0] else ()
        # Only the name written with "counterpart", not what is conjoined to it.
        people = [
            (k, c)
            for c in tok.children
            if c.dep_ in ("appos", "compound")
            and (k := index.key(c)) is not None
            and index.is_person(k)
        ]
        if tok.head.dep_ == "compound" or index.key(tok.head):
            people += [a for a in index.actors_of(tok.head) if index.is_person(a[0])]
        countries = [
            a
            for c in tok.children
            if c.dep_ in ("compound", "amod", "nmod")
            for a in index.actors_of(c)
            if not index.is_person(a[0])
        ]
        for p_key, p_tok in people:
            for c_key, c_tok in countries:
                role = owner_roles[0] if owner_roles else ""
                rel = structural(role, owner_roles)
                out.append(
                    Candidate(
                        p_key, c_key, rel, p_tok, c_tok, f"{c_tok.text} counterpart", "asserted"
                    )
                )
    return out
