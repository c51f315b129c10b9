"""A city written for its sports team: "Tulsa (9-3) made a comeback", "a 27-20
win over Spokane".

Sports reports call a team by its city, and the NER types the city a place. The
article's stage counts the mentions of a place written as a side of a game
(`in_a_contest`: with a game's score in the sentence or a win-loss record after the
name). The corpus stage then names such a place by the one team of the corpus that is
the city and a plural nickname the articles also write alone ("Tulsa Foxes" and
"Foxes": `name_cities_by_team`), where its article names that team too, so the
mentions join the team, not the city.

Guards, since a wrong merge is worse than a miss:

* a game's score: figures not followed by a noun other than a result's ("20-25
  percent", "a 5-4 decision" are none), in a sentence of no vote or ruling
  (`NOT_GAME_WORDS`); the place a side of a contest verb whose other side is a name
  ("Tacoma defeated the tax measure 60-40" is no game) or of "win over", "lost to";
* an article that also writes the place "in X", as a town ("Tulsa's mayor", "Tulsa
  residents": `civic_use`) or as where something is (a `LOCATED_IN` edge to it) keeps
  it a place, and so does an article about two sports (`SPORTS`);
* the nickname is a plural word the corpus writes alone as a name, not a party's
  members, a country's people, the plural that ends a place's name or a head word of
  other names ("Texas Democrats", "Florida Keys", "New York Times" are no teams);
  exactly one team of the corpus fits, and the article names it;
* a country is never a team here (national sides are the country's own matter).
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from kg import gazetteer
from kg.aliases import AliasRules
from kg.model import DocExtraction, LocalEntity
from kg.names import organisation_key
from kg.spans import name_head_type, team_head

if TYPE_CHECKING:  # the corpus stage imports this module, and a cached build loads no spaCy
    from spacy.tokens import Doc, Span, Token

#: A game's score or a team's record: "27-20", "23 - 17", "(9-3)"; not a year range
#: ("2008-09"), a share ("20-30%"), a time or a decimal.
SCORE = re.compile(r"(?<![\d.,:/])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\d.,:/%])")

#: Verbs whose subject and object are the sides of a game: "Tulsa beat
#: Spokane 27-20", "they overcame Spokane 27-20".
CONTEST_VERBS = frozenset(
    "beat defeat overcome edge rout top trounce thrash outscore outlast upset down blank"
    " sweep eliminate lose fall".split()
)

#: Nouns of a game's result, whose "over", "against" or "to" names a side: "a 27-20 win
#: over Spokane", "leading Tulsa to a 23-17 victory".
CONTEST_NOUNS = frozenset("win victory loss defeat triumph rout upset".split())

#: Prepositions that name the other side of a game ("win over X", "lost to X").
CONTEST_PREPOSITIONS = frozenset("over against to past versus vs vs.".split())

#: Dependency labels of a side of a contest verb.
_SIDES = frozenset({"nsubj", "nsubjpass", "dobj", "npadvmod"})

#: The words a party's members are called by, never a team's nickname ("Texas
#: Democrats"); a country's people are the gazetteer's demonyms.
_MEMBER_WORDS = frozenset(
    "democrats republicans conservatives liberals socialists communists greens nationalists".split()
)


def in_a_contest(doc: Doc, start: int, end: int) -> bool:
    """True when the name of tokens ``[start, end)`` is a side of a game: followed by a
    win-loss record ("Tulsa (9-3)"), or, in a sentence with a game's score
    (`_game_score`), the subject or object of a contest verb whose other side is a name
    or a pronoun ("they overcame Spokane 27-20"; not "Tacoma defeated the tax
    measure 60-40"), of a verb that leads to a result ("leading Tulsa to a 23-17
    victory"), or the object of "over", "against" or "to" after one ("a 27-20 win over
    Spokane").

    Args:
        doc: The parsed document.
        start: The name's first token.
        end: One past its last token.
    """
    if _record_after(doc, end):
        return True
    last = doc[end - 1]
    if not _game_score(last.sent):
        return False
    head = last.head
    if last.dep_ in _SIDES and head.pos_ in ("VERB", "AUX"):
        return (
            head.lemma_.lower() in CONTEST_VERBS or _leads_to_result(head)
        ) and _other_side_named(head, last)
    if last.dep_ == "pobj" and head.lower_ in CONTEST_PREPOSITIONS:
        return head.head.lemma_.lower() in CONTEST_VERBS | CONTEST_NOUNS
    return False


def _game_score(sent: Span) -> bool:
    """True when a sentence holds a game's score: figures like "27-20" not followed by
    a noun other than a game's result ("a 27-20 win" is one; "20-25 percent", "a 5-4
    decision", "3-5 places" are not), in a sentence of no vote or ruling
    (`NOT_GAME_WORDS`: "lost 52-48 in the committee's vote"; a "home court", the "AP
    poll" or a player's "tally" are a game's words)."""
    doc = sent.doc
    matches = list(SCORE.finditer(sent.text))
    if not matches or any(t.lemma_.lower() in NOT_GAME_WORDS for t in sent):
        return False
    for match in matches:
        after = doc.char_span(sent.start_char + match.end(), sent.end_char, alignment_mode="expand")
        nxt = next((t for t in after if not t.is_space), None) if after is not None else None
        if nxt is None or nxt.pos_ not in ("NOUN", "PROPN") or nxt.lemma_.lower() in CONTEST_NOUNS:
            return True
    return False


def _other_side_named(verb: Token, side: Token) -> bool:
    """True unless the other side of a contest verb is a common noun: "Tacoma defeated
    the tax measure", "Texas was routed by the justices" are no games."""
    others = [
        t for t in verb.children if t is not side and t.dep_ in ("nsubj", "nsubjpass", "dobj")
    ] + [o for t in verb.children if t.dep_ == "agent" for o in t.children if o.dep_ == "pobj"]
    return all(t.pos_ in ("PROPN", "PRON") for t in others)


#: Nouns of a town's life: a city written with one ("Tulsa's mayor", "the city of
#: Tulsa", "Tulsa residents") is the city in its article, whatever else it says.
CIVIC_NOUNS = frozenset(
    "mayor council city town resident citizen people governor police government official"
    " voter economy school county population street suburb downtown airport hospital"
    " budget area region metro neighborhood neighbourhood district".split()
)

#: Words of a sentence that make its figures a count of votes or a court's split, not a
#: game's score ("lost to Tacoma 52-48 in the committee's vote").
NOT_GAME_WORDS = frozenset("vote ballot election referendum ruling verdict justice".split())

#: Sports: an article about two of them may give a city's team in one and name the
#: city's team in the other ("Tulsa beat Spokane 4-2 in hockey; the Foxes lost their
#: football game"), so it names no team for the city.
SPORTS = frozenset(
    "football soccer basketball baseball hockey rugby cricket volleyball handball"
    " lacrosse softball".split()
)


def civic_use(doc: Doc, start: int, end: int) -> bool:
    """True when the name of tokens ``[start, end)`` is written as a town with a noun of
    its life (`CIVIC_NOUNS`): "Tulsa's mayor", "the mayor of Tulsa", "Tulsa police".

    Args:
        doc: The parsed document.
        start: The name's first token.
        end: One past its last token.
    """
    last = doc[end - 1]
    head = last.head
    if last.dep_ in ("poss", "compound") and head.lemma_.lower() in CIVIC_NOUNS:
        return True
    return last.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in CIVIC_NOUNS


def _record_after(doc: Doc, end: int) -> bool:
    """True when a win-loss record in brackets follows the name: "Tulsa (9-3)"."""
    if end >= len(doc) or doc[end].text != "(":
        return False
    close = next((t.i for t in doc[end + 1 : end + 6] if t.text == ")"), None)
    if close is None:
        return False
    inside = doc[end + 1 : close].text
    return SCORE.fullmatch(inside.strip()) is not None


def _leads_to_result(verb: Token) -> bool:
    """True when a verb has a prepositional object that is a game's result ("led
    Tulsa to a victory", "clinched the title with a win")."""
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in CONTEST_NOUNS
        for prep in verb.children
        if prep.dep_ == "prep"
        for o in prep.children
    )


#: The audit line of a city's mentions named by its team (`name_cities_by_team`).
TEAM_CITY = "a city written for its team"


def name_cities_by_team(
    extractions: Sequence[DocExtraction], rules: AliasRules | None = None
) -> tuple[list[DocExtraction], dict[tuple[str, str], str]]:
    """Name each place that its article writes only as a side of a game by the one team
    of the corpus that is the place's name and a plural nickname written alone, where
    its article also names that team (by its name or its nickname).

    Args:
        extractions: Per-document results.
        rules: The user's alias file: a ``separate`` rule naming the city and its team
            keeps the city a city.

    Returns:
        The extractions, and the place's name each renamed actor had, by (doc id,
        key), for the merge audit (`TEAM_CITY`).
    """
    if not any(e.contests for ex in extractions for e in ex.entities):
        return list(extractions), {}  # no game anywhere: no team to look for
    teams = _teams(extractions)
    out: list[DocExtraction] = []
    renamed: dict[tuple[str, str], str] = {}
    for ex in extractions:
        here = {organisation_key(n) for e in ex.entities for n in (e.label, *e.aliases)}
        # a place something is said to be in is a place ("Halvex, a Tulsa firm")
        seats = {r.target for r in ex.relations if r.relation == "LOCATED_IN"}
        entities = []
        for e in ex.entities:
            team = _team_of(e, teams, here) if e.key not in seats else None
            if team is None or (rules is not None and rules.keeps_apart({e.label}, {team})):
                entities.append(e)
                continue
            renamed[(ex.doc_id, e.key)] = e.label
            # The city's name is given back as an alias only once the passes are done
            # (`with_city`): the passes would take it for a short form of the team and
            # join the city of every other article to it.
            entities.append(dataclasses.replace(e, label=team, type="ORG", aliases=(team,)))
        changed = any(a is not b for a, b in zip(entities, ex.entities, strict=True))
        out.append(dataclasses.replace(ex, entities=tuple(entities)) if changed else ex)
    return out, renamed


def with_city(e: LocalEntity, city: str) -> LocalEntity:
    """``e``, renamed by `name_cities_by_team`, with the city's name its article wrote
    among its aliases again."""
    return dataclasses.replace(e, aliases=tuple(sorted({*e.aliases, city})))


def _team_of(
    e: LocalEntity, teams: Mapping[str, dict[str, frozenset[str]]], here: Collection[str]
) -> str | None:
    """The one team ``e`` stands for, when its article (whose name keys are ``here``)
    names that team too; else None. A team of another sport of the city, named only in
    other articles, is no evidence."""
    if e.is_country or e.type not in ("GPE", "LOC") or not e.contests or e.located:
        return None
    found = teams.get(organisation_key(e.label), {})
    if len(found) != 1:
        return None
    ((team, forms),) = found.items()
    return team if not forms.isdisjoint(here) else None


def _teams(extractions: Iterable[DocExtraction]) -> dict[str, dict[str, frozenset[str]]]:
    """Place name key -> each team of the corpus made of it and a nickname, with the
    keys of the team's two forms ("tulsa" -> {"Tulsa Foxes":
    {"tulsa foxes", "foxes"}}); see `name_cities_by_team`."""
    names: set[str] = set()
    written: dict[str, str] = {}
    for ex in extractions:
        for e in ex.entities:
            if e.type == "PERSON" and len(e.label.split()) > 1:
                continue  # a person's full name is no team's
            for name in (e.label, *e.aliases):
                key = organisation_key(name)
                names.add(key)
                written.setdefault(key, name)
    out: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
    for key in sorted(names):
        words = key.split()
        for cut in range(1, len(words)):
            nickname = " ".join(words[cut:])
            if len(words) - cut > 2 or not _plural_nickname(words[-1]):
                continue
            if nickname not in names:
                continue  # the nickname alone is what makes it a team
            city = " ".join(words[:cut])
            if city in names:
                out[city][written[key]] = frozenset({key, nickname})
    return dict(out)


#: Plural words that end the names of places and features, never a team's nickname
#: ("Florida Keys", "Kessel Springs"); head words of other names are the
#: `kg.spans.name_head_type` table's ("New York Times", "Texas Rangers").
_PLACE_PLURALS = frozenset(
    "keys islands isles mountains hills heights springs falls lakes plains rapids sands"
    " woods gardens beaches shores narrows straits highlands lowlands flats pines glades"
    " dunes cliffs rocks".split()
)


def _plural_nickname(word: str) -> bool:
    """True for a plural word that may be a team's nickname: not a party's members
    ("Democrats"), a country's people ("Brazilians"), the plural that ends a place's
    name ("Keys") or a head word of other names ("Times", "Rangers")."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in _MEMBER_WORDS
        and word not in _PLACE_PLURALS
        and (name_head_type(f"X {word.capitalize()}") is None or team_head(word))
        and not ((place := gazetteer.lookup_country(word)) is not None and place.kind == "demonym")
    )
