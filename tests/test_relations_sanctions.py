"""Cutting cooperation is a sanction (PLOVER SANCTION): a verb that suspends, halts, cuts
or ends ("called off", "broke off") an act of cooperation named by a trigger noun gives
its subject a SANCTION on the noun's target.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japan halted loans to Myanmar.", ("Japan", "SANCTION", "Myanmar")),
        ("The Netherlands halted arms sales to Israel.", ("Netherlands", "SANCTION", "Israel")),
        ("Germany called off talks with Russia.", ("Germany", "SANCTION", "Russia")),
        ("India broke off negotiations with Pakistan.", ("India", "SANCTION", "Pakistan")),
        ("Canada ended its cooperation with China.", ("Canada", "SANCTION", "China")),
        ("Russia ended its support for Assad.", ("Russia", "SANCTION", "Assad")),
    ],
)
def test_cutting_cooperation_is_a_sanction(sentence: str, expected: Edge) -> None:
    got = edges(sentence)
    assert expected in got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "forbidden"),
    [
        # ending a hostile act is no sanction, and the cut act is not done
        ("Canada ended its boycott of Israel.", ("Canada", "SANCTION", "Israel")),
        ("Japan halted loans to Myanmar.", ("Japan", "AID", "Myanmar")),
        ("Germany called off talks with Russia.", ("Germany", "CONSULT", "Russia")),
        ("India broke off negotiations with Pakistan.", ("India", "OPPOSE", "Pakistan")),
        # a verb that keeps or grows cooperation cuts nothing
        ("Japan increased loans to Myanmar.", ("Japan", "SANCTION", "Myanmar")),
    ],
)
def test_no_sanction(sentence: str, forbidden: Edge) -> None:
    got = edges(sentence)
    assert forbidden not in got, sorted(got)
