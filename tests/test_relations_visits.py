"""Visits, welcomes and the verb row options that read the target: a trip to a place for
talks is a visit (rule `visit_trip`); welcoming an act is SUPPORT, an actor CONSULT
(``act=``); leaving an organisation is SANCTION, a territory RETREAT (``org=``);
speaking to an organisation (mostly a news outlet) is no meeting (``org=none``); a
particle that makes another verb (``noprt=``); "called off / broke off" undo the act.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Iraqi president arrived in Amman on a visit.", ("Iraq", "CONSULT", "Jordan")),
        ("The Chinese premier arrived in Paris for talks.", ("China", "CONSULT", "France")),
        ("The Indian prime minister flew to Tokyo for talks.", ("India", "CONSULT", "Japan")),
        (
            "Narendra Modi arrived in Moscow on a two-day visit.",
            ("Narendra Modi", "CONSULT", "Russia"),
        ),
        (
            "The Kenyan president went to Addis Ababa for a summit.",
            ("Kenya", "CONSULT", "Ethiopia"),
        ),
        (
            "Emmanuel Macron travelled to Beijing for talks with Xi Jinping.",
            ("Emmanuel Macron", "CONSULT", "China"),
        ),
        # welcome: an actor is a meeting, an act is support
        ("France welcomed the Indian prime minister.", ("France", "CONSULT", "India")),
        ("Germany welcomed the election of Joe Biden.", ("Germany", "SUPPORT", "Joe Biden")),
        # leaving an organisation or a territory
        (
            "Britain withdrew from the European Union.",
            ("United Kingdom", "SANCTION", "European Union"),
        ),
        ("The United States withdrew from UNESCO.", ("United States", "SANCTION", "UNESCO")),
        ("Russia pulled out of the OSCE.", ("Russia", "SANCTION", "OSCE")),
        ("Russia withdrew from Georgia.", ("Russia", "RETREAT", "Georgia")),
        # speaking with a person is a meeting
        (
            "Joe Biden spoke with Emmanuel Macron by phone.",
            ("Joe Biden", "CONSULT", "Emmanuel Macron"),
        ),
        ("Joe Biden called out China for its trade practices.", ("Joe Biden", "ACCUSE", "China")),
    ],
)
def test_visits_welcomes_and_targets_by_type(sentence: str, expected: Edge) -> None:
    got = edges(sentence)
    assert expected in got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "forbidden"),
    [
        # a trip without talks is no visit; a trip home is none
        ("Russian troops arrived in Mali on Monday.", ("Russian military", "CONSULT", "Mali")),
        (
            "Angela Merkel flew to Washington on Monday.",
            ("Angela Merkel", "CONSULT", "United States"),
        ),
        (
            "Joe Biden returned to Washington after talks in Geneva.",
            ("Joe Biden", "CONSULT", "United States"),
        ),
        ("The French president arrived in Paris for talks.", ("France", "CONSULT", "France")),
        # a welcome is never aid; welcoming an act is no meeting
        ("Jordan gave a warm welcome to Narendra Modi.", ("Jordan", "AID", "Narendra Modi")),
        ("Germany welcomed the election of Joe Biden.", ("Germany", "CONSULT", "Joe Biden")),
        # a news outlet is no partner in talks
        ("Joe Biden spoke to Reuters.", ("Joe Biden", "CONSULT", "Reuters")),
        ("Joe Biden spoke with The Oslo Courier.", ("Joe Biden", "CONSULT", "Oslo Courier")),
        ("Joe Biden talked to CNN about China.", ("Joe Biden", "CONSULT", "CNN")),
        # called out / called off / broke off
        ("Joe Biden called out China for its trade practices.", ("Joe Biden", "CONSULT", "China")),
        ("Germany called off talks with Russia.", ("Germany", "CONSULT", "Russia")),
        ("India broke off negotiations with Pakistan.", ("India", "CONSULT", "Pakistan")),
    ],
)
def test_no_visit_or_meeting(sentence: str, forbidden: Edge) -> None:
    got = edges(sentence)
    assert forbidden not in got, sorted(got)
