"""A visited town stands for its state (PLOVER codes "visited Osaka" as a visit to
Japan): a CONSULT whose target is a place the gazetteer puts in a country reaches the
country (`kg.relations.candidates`). The town keeps its own edges; a town the gazetteer
does not place, a site or a company's plant stays what it is; a town of the visitor's
own country is no visit. Sentences and names are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges

VISITS: list[tuple[str, Edge]] = [
    ("The Indian prime minister visited Osaka.", ("India", "CONSULT", "Japan")),
    ("Jane Roe visited Osaka on Monday.", ("Jane Roe", "CONSULT", "Japan")),
    ("Jane Roe arrived in Osaka on a visit.", ("Jane Roe", "CONSULT", "Japan")),
    ("Jane Roe's visit to Osaka ended on Monday.", ("Jane Roe", "CONSULT", "Japan")),
    ("The Kenyan president visited Houston.", ("Kenya", "CONSULT", "United States")),
]


@pytest.mark.parametrize(("sentence", "edge"), VISITS, ids=[r[0][:60] for r in VISITS])
def test_a_visited_town_stands_for_its_state(sentence: str, edge: Edge) -> None:
    got = edges(sentence)
    assert edge in got, got
    assert not {e for e in got if e[1] == "CONSULT" and e[2] in ("Osaka", "Houston")}


def test_the_town_keeps_its_place_in_the_country() -> None:
    got = edges("Jane Roe visited Osaka, Japan.")
    assert {("Jane Roe", "CONSULT", "Japan"), ("Osaka", "LOCATED_IN", "Japan")} <= got


#: A visit whose target is no town of a known country keeps it, or gives no state.
NOT_A_STATE: list[tuple[str, set[Edge]]] = [
    # a town the gazetteer does not place
    ("Jane Roe visited Marlo on Monday.", {("Jane Roe", "CONSULT", "Marlo")}),
    # a company's plant: the company, never the country
    ("Jane Roe visited the Halvex plant in Osaka.", set()),
    # a town of the visitor's own country is no visit to a state
    ("The Indian prime minister visited Mumbai.", set()),
]


@pytest.mark.parametrize(
    ("sentence", "consults"), NOT_A_STATE, ids=[r[0][:60] for r in NOT_A_STATE]
)
def test_no_state_for_other_visits(sentence: str, consults: set[Edge]) -> None:
    got = {e for e in edges(sentence) if e[1] == "CONSULT"}
    assert got == consults


def test_an_attack_on_a_town_stays_on_the_town() -> None:
    # only visits stand for the state: "shelled Kharkiv" reaches Kharkiv
    got = edges("Russian forces shelled Kharkiv.")
    assert ("Russian military", "ASSAULT", "Kharkiv") in got
