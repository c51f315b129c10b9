"""Targets that are places or things of actors (kg.relations.targets): an act on a place
noun reaches the place it names, else the country that owns it. Every row of
``lexicon/target_nouns.tsv`` has a row in `TARGET_ROWS`.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from kg.lexicon import load_tsv
from kg.relations.lexicon import parse_triggers
from tests.extraction_helpers import Edge, edges

#: (target noun, sentence, edge it must give)
TARGET_ROWS: list[tuple[str, str, Edge]] = [
    (
        "target",
        "Israeli tanks fired shells at targets in Hebron.",
        ("Israeli military", "ASSAULT", "Hebron"),
    ),
    ("position", "Russia attacked Ukrainian positions.", ("Russia", "ASSAULT", "Ukraine")),
    (
        "settlement",
        "Israel evacuated settlements in the West Bank.",
        ("Israel", "RETREAT", "West Bank"),
    ),
    ("camp", "Nigeria bombed a camp in Borno.", ("Nigeria", "ASSAULT", "Borno")),
    ("outpost", "Hezbollah attacked Israeli outposts.", ("Hezbollah", "ASSAULT", "Israel")),
    ("stronghold", "Syria shelled a rebel stronghold in Idlib.", ("Syria", "ASSAULT", "Idlib")),
    ("installation", "Iran attacked American installations in Iraq.", ("Iran", "ASSAULT", "Iraq")),
    ("area", "Turkey has bombed areas in northern Syria.", ("Turkey", "ASSAULT", "Syria")),
    ("zone", "Israel shelled a zone in southern Lebanon.", ("Israel", "ASSAULT", "Lebanon")),
    ("checkpoint", "Hamas attacked an Egyptian checkpoint.", ("Hamas", "ASSAULT", "Egypt")),
    ("bazaar", "The Taliban attacked a bazaar in Kandahar.", ("Taliban", "ASSAULT", "Kandahar")),
    ("market", "Boko Haram bombed a market in Maiduguri.", ("Boko Haram", "ASSAULT", "Maiduguri")),
]


@pytest.mark.parametrize(
    ("noun", "sentence", "edge"), [pytest.param(*row, id=row[1][:60]) for row in TARGET_ROWS]
)
def test_target_rows(noun: str, sentence: str, edge: Edge) -> None:
    assert noun in sentence.lower()
    got = edges(sentence)
    assert edge in got, sorted(got)


def test_every_target_noun_has_a_row() -> None:
    assert {row[0] for row in load_tsv("target_nouns.tsv")} == {row[0] for row in TARGET_ROWS}


@pytest.mark.parametrize(
    ("sentence", "edges_"),
    [
        # a kind of place names the place in its apposition, its "of" or its "in"
        ("Rebels from Chad shelled the capital N'Djamena.", set()),
        (
            "Serbian forces shelled the Bosnian town of Srebrenica.",
            {
                ("Serbian military", "ASSAULT", "Srebrenica"),
                ("Srebrenica", "LOCATED_IN", "Bosnia and Herzegovina"),
            },
        ),
        ("Ethiopia bombed the capital, Mekele.", {("Ethiopia", "ASSAULT", "Mekele")}),
        ("Israel bombed villages in southern Lebanon.", {("Israel", "ASSAULT", "Lebanon")}),
        # with no place named, the country that owns it
        ("Iran threatened to shell Iraqi towns.", {("Iran", "THREATEN", "Iraq")}),
        ("Pakistan attacked Afghan border towns.", {("Pakistan", "ASSAULT", "Afghanistan")}),
        # a list of place nouns
        (
            "Turkey shelled towns and villages in Syria.",
            {("Turkey", "ASSAULT", "Syria")},
        ),
    ],
)
def test_kinds_of_place(sentence: str, edges_: set[Edge]) -> None:
    got = edges(sentence)
    assert edges_ <= got, sorted(got)


@pytest.mark.parametrize(
    "sentence",
    [
        # a place noun that names no place and belongs to no country
        "Israel attacked targets overnight.",
        "Turkey bombed a market.",
        "The army shelled the town.",
        # a place noun with no act on it
        "The town of Hebron was quiet.",
        "Settlements in the West Bank grew.",
        "The Bosnian town of Srebrenica is small.",
        # evacuating people is no withdrawal from them
        "Greece evacuated Syrian refugees.",
    ],
)
def test_no_event_edge(sentence: str) -> None:
    got = edges(sentence)
    assert not {e for e in got if e[1] != "LOCATED_IN"}, sorted(got)


def test_place_option_of_a_verb_row() -> None:
    rows = parse_triggers("evacuate\tobj\tRETREAT\tplace\n", "x.tsv", "verb")
    assert rows["evacuate"][0].place_target
    assert not rows["evacuate"][0].person_target


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the rights or interests of an actor stand for it (agent_nouns.tsv, kind event)
        ("Kenya defended the rights of Somali refugees.", ("Kenya", "SUPPORT", "Somali refugees")),
        ("Norway defended the interests of Sweden.", ("Norway", "SUPPORT", "Sweden")),
    ],
)
def test_rights_of_an_actor_reach_it(sentence: str, expected: Edge) -> None:
    got = edges(sentence)
    assert expected in got, sorted(got)


def test_ones_own_rights_reach_no_one() -> None:
    assert edges("Kenya defended its right to self-defence.") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a republic is a kind of place: its name, or the country that owns it
        (
            "Russia threatened to halt gas deliveries to the breakaway Georgian republic of "
            "Abkhazia.",
            ("Russia", "THREATEN", "Abkhazia"),
        ),
        (
            "Russia threatened to halt gas deliveries to the Georgian republic.",
            ("Russia", "THREATEN", "Georgia"),
        ),
    ],
)
def test_a_republic_is_a_place(sentence: str, expected: Edge) -> None:
    got = edges(sentence)
    assert expected in got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # vehicles belong to the actor that modifies them (agent_nouns.tsv, kind asset)
        (
            "Egyptian police lifted a blockade on Sudanese trucks at the border.",
            ("Egyptian police", "RETREAT", "Sudan"),
        ),
        (
            "Sudan refused to allow African Union trucks to enter Darfur.",
            ("Sudan", "REJECT", "African Union"),
        ),
        ("Russian planes bombed Aleppo.", ("Russia", "ASSAULT", "Aleppo")),
    ],
)
def test_vehicles_of_an_actor_reach_it(sentence: str, expected: Edge) -> None:
    got = edges(sentence)
    assert expected in got, sorted(got)


@pytest.mark.parametrize(
    "sentence", ["Kenyan trucks crossed into Uganda.", "The truck hit a Kenyan vehicle."]
)
def test_vehicles_doing_no_act_give_no_edge(sentence: str) -> None:
    assert edges(sentence) == set()
