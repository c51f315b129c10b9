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
        ("Iran threatened to cut off electricity to Armenia.", ("Iran", "THREATEN", "Armenia")),
        ("Hamas threatened to resume attacks in Israel.", ("Hamas", "THREATEN", "Israel")),
        (
            "Hezbollah has threatened to launch fresh strikes on Jordan and Israel.",
            ("Hezbollah", "THREATEN", "Israel"),
        ),
        (
            "George Bush threatened further action against Russia.",
            ("George Bush", "THREATEN", "Russia"),
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
