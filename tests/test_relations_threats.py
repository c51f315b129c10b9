"""Threats: whatever act is threatened, a threat to act on an actor is THREATEN
(rule `threat_to_act`, and the verb and noun rules under "threaten").

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges, modalities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Serbia threatened to shut off water supplies to Kosovo.",
            ("Serbia", "THREATEN", "Kosovo"),
        ),
        ("Hamas threatened to resume attacks in Israel.", ("Hamas", "THREATEN", "Israel")),
        (
            "Hezbollah has threatened to launch fresh strikes on Jordan and Israel.",
            ("Hezbollah", "THREATEN", "Israel"),
        ),
        (
            "Tom Harlan threatened tougher steps against Peru.",
            ("Tom Harlan", "THREATEN", "Peru"),
        ),
        ("China threatened sanctions against Lithuania.", ("China", "THREATEN", "Lithuania")),
        (
            "Turkey threatened to withdraw its ambassador from Sweden.",
            ("Turkey", "THREATEN", "Sweden"),
        ),
        ("Russia threatened to cut gas supplies to Ukraine.", ("Russia", "THREATEN", "Ukraine")),
        ("Germany said Russia threatened to attack Poland.", ("Russia", "THREATEN", "Poland")),
    ],
)
def test_a_threatened_act_is_a_threat(sentence: str, expected: Edge) -> None:
    got = edges(sentence)
    assert expected in got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "forbidden"),
    [
        # the act threatened is not done
        (
            "Hezbollah has threatened to send supplies to the rebels in Syria.",
            ("Hezbollah", "AID", "Syria"),
        ),
        ("China threatened sanctions against Lithuania.", ("China", "SANCTION", "Lithuania")),
        ("Russia threatened to cut gas supplies to Ukraine.", ("Russia", "AID", "Ukraine")),
        # a threat that reaches no actor threatens no one in the sentence
        (
            "Boris Johnson threatened to resign over Brexit.",
            ("Boris Johnson", "THREATEN", "Brexit"),
        ),
        ("Greece threatened to veto the deal.", ("Greece", "THREATEN", "Greece")),
        # a pledge is no threat
        ("Japan vowed to support Taiwan.", ("Japan", "THREATEN", "Taiwan")),
    ],
)
def test_no_threat(sentence: str, forbidden: Edge) -> None:
    got = edges(sentence)
    assert forbidden not in got, sorted(got)


def test_a_denied_threat_is_denied() -> None:
    assert (
        modalities("Egypt denied threatening Ethiopia.").get(("Egypt", "THREATEN", "Ethiopia"))
        == "denied"
    )


# ---------------------------------------------------------------------------------
# Announced hostile acts (kg.relations.conventions.announced_of): THREATEN
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected", "act"),
    [
        ("Australia will sanction Iran.", ("Australia", "THREATEN", "Iran"), "SANCTION"),
        ("Japan plans to sanction North Korea.", ("Japan", "THREATEN", "North Korea"), "SANCTION"),
        ("Chile will impose sanctions on Peru.", ("Chile", "THREATEN", "Peru"), "SANCTION"),
        (
            "Norway said it would expel Russian diplomats.",
            ("Norway", "THREATEN", "Russia"),
            "SANCTION",
        ),
        (
            "Greece confirmed it would tighten the blockade of Albania.",
            ("Greece", "THREATEN", "Albania"),
            "COERCE",
        ),
    ],
)
def test_an_announced_hostile_act_is_a_threat(sentence: str, expected: Edge, act: str) -> None:
    got = modalities(sentence)
    assert got.get(expected) == "asserted", got
    assert (expected[0], act, expected[2]) not in got


@pytest.mark.parametrize(
    ("sentence", "edge", "mod"),
    [
        # a guess in someone else's words, a condition, a denial, an act carried out
        (
            "Analysts said Chile would impose sanctions on Peru.",
            ("Chile", "SANCTION", "Peru"),
            "hypothetical",
        ),
        ("If provoked, Chile would attack Peru.", ("Chile", "ASSAULT", "Peru"), "hypothetical"),
        ("Chile said it would not attack Peru.", ("Chile", "ASSAULT", "Peru"), "negated"),
        ("Canada imposed sanctions on Peru.", ("Canada", "SANCTION", "Peru"), "asserted"),
        # a deployment or a cooperative act announced is no threat
        ("Chile will meet Peru.", ("Chile", "CONSULT", "Peru"), "future"),
        # a forecast of an attack is no threat by its actor
        ("Chile is expected to attack Peru.", ("Chile", "ASSAULT", "Peru"), "future"),
    ],
)
def test_no_threat_unless_announced_by_its_actor(sentence: str, edge: Edge, mod: str) -> None:
    got = modalities(sentence)
    assert got.get(edge) == mod, got
    assert (edge[0], "THREATEN", edge[2]) not in got
