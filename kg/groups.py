"""Group and official actors: what news names by a country (or organisation) and a sector.

PLOVER codes an actor as a country plus a sector ("Turkish police" is Turkey's police,
"a senior US official" the US government). kg follows one rule (README, "Group and
official actors"):

* **state**: the government, its officials, ministers, diplomats and state media stand
  for the state itself ("the German government", "a senior US official", "Taiwan's Vice
  Foreign Minister" -> Germany, the United States, Taiwan), as any agent noun of
  ``agent_nouns.tsv`` does;
* **every other sector** makes a group actor with ``country`` and ``sector``
  ("Turkish police" -> the actor "Turkish police", sector police, PART_OF Turkey). All
  the wordings of one sector of one country are one actor: "Israeli soldiers", "Israeli
  tanks" and "the Israeli army" are "Israeli military";
* an organisation's officials, fighters or troops act for the organisation ("Hamas
  militants" -> Hamas);
* people named only by what they are ("students", "protesters", "workers") are an
  actor only where the sentence ties them to a country, to a place the gazetteer puts
  in one, or to a named organisation: "Egyptian protesters"; for `LOCAL_SECTORS`
  "protesters in Cairo" and "students from Egypt" (Egyptian protesters, Egyptian
  students); for `ORG_TIES` "students at Halvex University" (the group "Halvex
  University students", PART_OF the university, with its country if it has one). The
  organisation wins over a place, a nationality before the noun over both.

The sector of a noun phrase comes from ``lexicon/sectors.tsv`` (data: a word or phrase
per row and its sector); the sectors themselves, with the type and the display noun of
their actors, are `SECTORS`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, TypeGuard

from kg import gazetteer
from kg.errors import LexiconError
from kg.lexicon import lexicon_path, parse_rows, read_text
from kg.model import SECTOR_NAMES, EntityType, Sector

if TYPE_CHECKING:  # the lexicon check imports this module; a cached build needs no spaCy
    from spacy.tokens import Token

#: The sector column of ``sectors.tsv`` may also say ``state``: the state itself
#: ("the Turkish foreign minister" acts for Turkey) ...
STATE = "state"
#: ... or ``member``: a member of whatever modifies it ("Hezbollah fighters" act for
#: Hezbollah, "Ukrainian fighters" for Ukraine), which makes no group.
MEMBER = "member"

SECTORS_FILE = "sectors.tsv"


@dataclass(frozen=True, slots=True)
class SectorInfo:
    """What a sector's group actors look like.

    Attributes:
        display: The noun that names the group after its country ("Turkish police").
        type: Entity type of the group: ORG for institutions, NORP for populations.
        agent: True when its members act for an organisation that modifies them
            ("Hamas militants" -> Hamas); False for people who only belong to one
            ("Amazon workers" are a group of their own).
    """

    display: str
    type: EntityType
    agent: bool


SECTORS: dict[Sector, SectorInfo] = {
    "military": SectorInfo("military", "ORG", True),
    "police": SectorInfo("police", "ORG", True),
    "intelligence": SectorInfo("intelligence", "ORG", True),
    "rebels": SectorInfo("rebels", "NORP", True),
    "opposition": SectorInfo("opposition", "ORG", True),
    "judiciary": SectorInfo("judiciary", "ORG", True),
    "media": SectorInfo("media", "ORG", True),
    "legislature": SectorInfo("parliament", "ORG", True),
    "protesters": SectorInfo("protesters", "NORP", False),
    "labour": SectorInfo("workers", "NORP", False),
    "students": SectorInfo("students", "NORP", False),
    "civilians": SectorInfo("civilians", "NORP", False),
    "refugees": SectorInfo("refugees", "NORP", False),
    "migrants": SectorInfo("migrants", "NORP", False),
    "health": SectorInfo("health workers", "NORP", False),
    "activists": SectorInfo("activists", "NORP", False),
}

#: Sectors whose people named with a place they are in or come from belong to that
#: place's country ("protesters in Nairobi", "prosecutors in Italy", "students from
#: Kenya" are Kenyan protesters, the Italian judiciary, Kenyan students). Not the
#: military, intelligence, media, refugees or migrants: "troops in Mali", "journalists
#: in Lagos" and "refugees in Turkey" are often another country's.
LOCAL_SECTORS: frozenset[Sector] = frozenset(
    {
        "police",
        "rebels",
        "opposition",
        "judiciary",
        "legislature",
        "protesters",
        "labour",
        "students",
        "civilians",
        "health",
        "activists",
    }
)
#: Prepositions that tie such people to a place: "in Nairobi", "from Kenya".
LOCAL_PREPOSITIONS = frozenset({"in", "from"})

#: Sectors whose people named with an organisation they study, work or protest for are
#: that organisation's group actor, and the prepositions that tie them to it: "students
#: at (of, from) X University", "workers at X Motors", "doctors at X Hospital",
#: "protesters from the X Party". Not "protesters at X" (at its gates, often against
#: it), nor police, troops, rebels or judges "at" a body (posted there, or its own
#: members: "Hamas fighters" act for Hamas).
ORG_TIES: dict[Sector, frozenset[str]] = {
    "students": frozenset({"at", "of", "from"}),
    "labour": frozenset({"at", "of", "from"}),
    "health": frozenset({"at", "of", "from"}),
    "protesters": frozenset({"from"}),
}

_PHRASE = re.compile(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*)*")


def is_sector(name: str) -> TypeGuard[Sector]:
    """True when ``name`` is one of `SECTOR_NAMES`."""
    return name in SECTORS


def parse_sectors(text: str, source: str) -> dict[tuple[str, ...], str]:
    """Parse and check a sector lexicon: ``phrase<TAB>sector`` rows.

    Args:
        text: The file's text.
        source: The file's path, for messages.

    Returns:
        Sector (or `STATE`) by the phrase's words.

    Raises:
        LexiconError: for the first row kg cannot use, naming ``source`` and the line.
    """
    table: dict[tuple[str, ...], str] = {}
    for row in parse_rows(text):
        where = f"{source}:{row.line}"
        if len(row.cells) != 2:
            raise LexiconError(
                f"{where}: expected 2 tab-separated columns, found {len(row.cells)}",
                "write phrase<TAB>sector",
            )
        phrase, sector = row.cells
        if not _PHRASE.fullmatch(phrase):
            raise LexiconError(
                f"{where}: {phrase!r} is not lower-case words",
                "write the words as spaCy lemmatises them, lower case, one space apart",
            )
        if sector not in (STATE, MEMBER) and not is_sector(sector):
            raise LexiconError(
                f"{where}: unknown sector {sector!r}",
                f"use {STATE}, {MEMBER} or one of {', '.join(SECTOR_NAMES)} (see kg/groups.py)",
            )
        table[tuple(phrase.split())] = sector
    return table


@cache
def sector_table() -> dict[tuple[str, ...], str]:
    """The sector lexicon (``lexicon/sectors.tsv``).

    Raises:
        LexiconError: when a row cannot be used.
    """
    return parse_sectors(read_text(SECTORS_FILE), lexicon_path(SECTORS_FILE))


@cache
def _longest_phrase() -> int:
    """Words in the longest phrase of the sector lexicon."""
    return max((len(k) for k in sector_table()), default=1)


def acts_for_modifier(noun: Token) -> bool:
    """True when a noun's holders act for the actor that modifies it.

    "US officials", "Russian state TV", "Hamas militants", "Hezbollah fighters": the
    state's people (`STATE`), an organisation's members (`MEMBER`) and every agent
    sector (`SectorInfo.agent`). "Amazon workers" are people of their own.
    """
    words = [
        (t.lemma_.lower(), t.lower_)
        for t in noun.doc[noun.left_edge.i : noun.i + 1]
        if not t.is_punct and t.dep_ not in ("det", "poss", "case", "predet")
    ]
    sector = sector_of(words)
    return sector in (STATE, MEMBER) or (is_sector(sector) and SECTORS[sector].agent)


def sector_of(words: Sequence[tuple[str, str]]) -> str:
    """The sector a noun phrase names, read off its modifiers and head.

    The phrase is matched against the lexicon from left to right, longest phrase first;
    the head (the last word) must be part of a match. The first match that is a sector
    wins ("rebel leaders" -> rebels, "government forces" -> military), else the first
    match (`STATE` for "foreign minister", `MEMBER` for "party member").

    Args:
        words: ``(lemma, lower-case text)`` of the words after the country, up to and
            including the head noun.

    Returns:
        A sector, `STATE`, `MEMBER`, or "" when the phrase names no sector.
    """
    table = sector_table()
    longest = _longest_phrase()
    found: list[str] = []
    covered_to = 0
    i = 0
    n = len(words)
    while i < n:
        for size in range(min(longest, n - i), 0, -1):
            part = words[i : i + size]
            hit = table.get(tuple(w[0] for w in part)) or table.get(tuple(w[1] for w in part))
            if hit:
                found.append(hit)
                i += size
                covered_to = i
                break
        else:
            i += 1
    if not found or covered_to != n:
        return ""
    return next((s for s in found if is_sector(s)), found[0])


def place_country(name: str) -> str | None:
    """The country a place's name lies in, by the gazetteer: the country itself, a
    capital, a city or a first-level region of one country ("Nairobi", "Osaka", "Texas"
    -> KEN, JPN, USA); None for a name the gazetteer does not place, places twice, or
    reads as a country that may be something else ("Georgia" may be the US state)."""
    country = gazetteer.lookup_country(name)
    if country is not None:
        if country.kind not in ("name", "code", "capital") or country.ambiguous:
            return None
        return country.alpha3
    return gazetteer.country_of_city(name) or gazetteer.region_country(name)


def group_label(alpha3: str, sector: Sector) -> str:
    """The name of a country's group actor: "Turkish police", "Israeli military"."""
    adjective = gazetteer.demonym(alpha3) or gazetteer.country_name(alpha3) or alpha3
    return f"{adjective} {SECTORS[sector].display}"


def org_group_label(organisation: str, sector: Sector) -> str:
    """The name of an organisation's group actor: "Halvex University students"."""
    return f"{organisation} {SECTORS[sector].display}"


def is_org_group(label: str, country: str, sector: Sector) -> bool:
    """True when a group actor is an organisation's ("Halvex University students"), not
    a country's: it has no country, or a name other than its country's group's."""
    return bool(sector) and (not country or label != group_label(country, sector))


def org_ties(head: Token, sector: Sector) -> Iterator[tuple[Token, Token]]:
    """The (preposition, object) pairs that may tie a group noun to an organisation
    (`ORG_TIES`): "students at Halvex University" -> ("at", "University")."""
    ties = ORG_TIES.get(sector, frozenset())
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ties:
            for body in prep.children:
                if body.dep_ == "pobj":
                    yield prep, body


def check_sectors() -> None:
    """Load the sector lexicon, so that a bad row stops a build before parsing.

    Raises:
        LexiconError: naming the file and line of the first row that cannot be used.
    """
    sector_table()
