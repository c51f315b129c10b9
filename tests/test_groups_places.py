"""Group actors named with a place or an organisation, and the state's media named with
a compound.

"protesters in Nairobi", "prosecutors in Italy", "students from Kenya": people of a
sector of `kg.groups.LOCAL_SECTORS` tied by "in" or "from" to a place the gazetteer puts
in one country are that country's group actor (PART_OF the country), as "Kenyan
protesters" is. "Venezuelan state media", where the parser hangs the nationality on
"state", is the state itself. "students at Halvex University", "workers at Halvex
Motors": people of a sector of `kg.groups.ORG_TIES` tied to a named organisation are
its group actor (PART_OF it). Sentences and names are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges, entities

FOUND: list[tuple[str, set[Edge]]] = [
    # the state's media, the nationality hung on the compound
    ("Venezuelan state media accused Colombia.", {("Venezuela", "ACCUSE", "Colombia")}),
    ("Iranian state television denounced Israel.", {("Iran", "ACCUSE", "Israel")}),
    # a sector with the place its people are in or come from
    (
        "Protesters in Nairobi denounced the United States.",
        {
            ("Kenyan protesters", "ACCUSE", "United States"),
            ("Kenyan protesters", "PART_OF", "Kenya"),
        },
    ),
    (
        "Protesters in Osaka denounced Halvex Corp on Monday.",
        {("Japanese protesters", "ACCUSE", "Halvex Corp")},
    ),
    (
        "Prosecutors in Italy are investigating Siemens.",
        {("Italian judiciary", "ACCUSE", "Siemens"), ("Italian judiciary", "PART_OF", "Italy")},
    ),
    ("Police in Kenya arrested Ken Ray.", {("Kenyan police", "COERCE", "Ken Ray")}),
    ("Lawmakers in Ghana criticised China.", {("Ghanaian parliament", "ACCUSE", "China")}),
    (
        "Students from Kenya protested against Halvex Corp on Monday.",
        {("Kenyan students", "PROTEST", "Halvex Corp")},
    ),
    (
        "Belarusian police cracked down on protesters in Minsk.",
        {("Belarusian police", "COERCE", "Belarusian protesters")},
    ),
    (
        "Prosecutors in New York charged Ken Ray.",
        {("American judiciary", "ACCUSE", "Ken Ray")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[r[0][:60] for r in FOUND])
def test_group_named_with_a_place(sentence: str, expected: set[Edge]) -> None:
    got = edges(sentence)
    assert expected <= got, f"missing {sorted(expected - got)}; got {sorted(got)}"


#: No group, so no edge: a sector whose people are often another country's (troops,
#: journalists, refugees), a place that is no named place or one the gazetteer does not
#: place, a country name that may be a US state.
NO_GROUP = [
    "Troops in Mali attacked Ken Ray.",
    "Journalists in Moscow criticised Halvex Corp on Monday.",
    "Refugees in Turkey criticised Greece.",
    "Protesters in the streets denounced Halvex Corp on Monday.",
    "Protesters in Marlo denounced Halvex Corp on Monday.",
    "Protesters in Georgia denounced Halvex Corp on Monday.",
    "Halvex Corp's state media partner criticised Japan.",
]


@pytest.mark.parametrize("sentence", NO_GROUP)
def test_no_group_no_edge(sentence: str) -> None:
    assert edges(sentence) == set()


def test_a_group_is_not_sited_in_its_place() -> None:
    # "police in Nairobi" is Kenya's police, not a body located in Nairobi
    got = edges("Police in Nairobi arrested Ken Ray.")
    assert ("Kenyan police", "COERCE", "Ken Ray") in got
    assert not {e for e in got if e[1] == "LOCATED_IN"}


def test_a_nationality_before_the_noun_wins_over_the_place() -> None:
    got = edges("Kenyan students in Uganda protested against Halvex Corp on Monday.")
    assert ("Kenyan students", "PROTEST", "Halvex Corp") in got


#: A sector of `kg.groups.ORG_TIES` tied to a named organisation: the organisation's
#: group actor, PART_OF the organisation (not of its country), acting for the sentence.
ORG_FOUND: list[tuple[str, set[Edge]]] = [
    (
        "Students at Halvex University protested against Dorvia.",
        {
            ("Halvex University students", "PROTEST", "Dorvia"),
            ("Halvex University students", "PART_OF", "Halvex University"),
        },
    ),
    (
        "Students at Marlo University protested against Halvex Corp on Monday.",
        {("Marlo University students", "PROTEST", "Halvex Corp")},
    ),
    (
        "Workers at Halvex Motors went on strike against Dorvia.",
        {
            ("Halvex Motors workers", "PROTEST", "Dorvia"),
            ("Halvex Motors workers", "PART_OF", "Halvex Motors"),
        },
    ),
    (
        "Doctors at Halvex Hospital criticised Dorvia.",
        {
            ("Halvex Hospital health workers", "ACCUSE", "Dorvia"),
            ("Halvex Hospital health workers", "PART_OF", "Halvex Hospital"),
        },
    ),
    (
        "Protesters from the Halvex Party denounced Dorvia.",
        {
            ("Halvex Party protesters", "ACCUSE", "Dorvia"),
            ("Halvex Party protesters", "PART_OF", "Halvex Party"),
        },
    ),
    (
        "Students at the University of Marlo protested against Dorvia.",
        {("University of Marlo students", "PROTEST", "Dorvia")},
    ),
    (
        "Students at Jane Roe University protested against Dorvia.",
        {("Jane Roe University students", "PROTEST", "Dorvia")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ORG_FOUND, ids=[r[0][:60] for r in ORG_FOUND])
def test_group_named_with_an_organisation(sentence: str, expected: set[Edge]) -> None:
    got = edges(sentence)
    assert expected <= got, f"missing {sorted(expected - got)}; got {sorted(got)}"


#: No organisation's group: no name ("the plant"), no organisation ("of history"), a
#: preposition that ties no one ("outside"), protesters "at" a body (at its gates), a
#: sector not tied to bodies ("police at"), no sector ("fans"), one person ("a student",
#: "the striker"), a person's name.
NO_ORG_GROUP = [
    "Workers at the plant protested against Dorvia.",
    "Students of history protested against Dorvia.",
    "Protesters outside the Halvex building denounced Dorvia.",
    "Protesters at Halvex Motors denounced Dorvia.",
    "Police at Halvex University arrested Ken Ray.",
    "Fans of Halvex FC denounced Dorvia.",
    "A student at Halvex University criticised Dorvia.",
    "The striker at Halvex FC criticised Dorvia.",
    "Jane Roe spoke on Monday. Students at Jane Roe protested against Dorvia.",
]


@pytest.mark.parametrize("sentence", NO_ORG_GROUP)
def test_no_organisation_group(sentence: str) -> None:
    got = edges(sentence)
    assert not {e for e in got if e[0].endswith(("students", "workers", "protesters"))}, got
    assert not {e for e in got if e[1] == "PART_OF"}, got


def test_members_of_a_body_still_act_for_it() -> None:
    # agent_nouns.tsv kind member: "workers of X", "activists from X" are X itself
    got = edges("Workers of Halvex Motors denounced Dorvia.") | edges(
        "Activists from the Halvex Party denounced Dorvia."
    )
    assert not {e for e in got if e[0].endswith(("workers", "activists"))}, got


def test_an_organisation_with_a_country_gives_its_group_the_country_only() -> None:
    # The group has the body's country, but is PART_OF the body, not of the country.
    got = edges("Workers at Kenya Airways protested against Dorvia.")
    assert ("Kenya Airways workers", "PART_OF", "Kenya Airways") in got
    assert ("Kenya Airways workers", "PART_OF", "Kenya") not in got
    group = entities("Workers at Kenya Airways protested against Dorvia.")
    assert group["other:kenya airways workers"].country == "KEN"


def test_the_organisation_wins_over_the_place() -> None:
    # both tie the students: they are the university's, wherever they are
    got = edges("Students in Nairobi from Halvex University protested against Dorvia.")
    assert ("Halvex University students", "PROTEST", "Dorvia") in got
    assert not {e for e in got if e[0] == "Kenyan students"}, got


def test_a_nationality_before_the_noun_wins_over_the_organisation() -> None:
    got = edges("Kenyan students at Halvex University protested against Dorvia.")
    assert ("Kenyan students", "PROTEST", "Dorvia") in got
    assert not {e for e in got if e[0] == "Halvex University students"}, got


def test_an_organisation_group_is_no_place_edge() -> None:
    # moved from tests/test_relations_places.py: the university is not sited in Paris;
    # its students are now its group, PART_OF it and of nothing else
    got = edges("Students at Acme University protested in Paris on Monday.")
    assert ("Acme University students", "PART_OF", "Acme University") in got
    placed = {e for e in got if e[1] in ("LOCATED_IN", "PART_OF")}
    assert placed == {("Acme University students", "PART_OF", "Acme University")}, got
