"""Group actors named with a place, and the state's media named with a compound.

"protesters in Nairobi", "prosecutors in Italy", "students from Kenya": people of a
sector of `kg.groups.LOCAL_SECTORS` tied by "in" or "from" to a place the gazetteer puts
in one country are that country's group actor (PART_OF the country), as "Kenyan
protesters" is. "Venezuelan state media", where the parser hangs the nationality on
"state", is the state itself. Sentences and names are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges

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
#: place, a country name that may be a US state, people at an organisation.
NO_GROUP = [
    "Troops in Mali attacked Ken Ray.",
    "Journalists in Moscow criticised Halvex Corp on Monday.",
    "Refugees in Turkey criticised Greece.",
    "Protesters in the streets denounced Halvex Corp on Monday.",
    "Protesters in Marlo denounced Halvex Corp on Monday.",
    "Protesters in Georgia denounced Halvex Corp on Monday.",
    "Students at Marlo University protested against Halvex Corp on Monday.",
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
