"""Protests (rules `protest_place` and `protest_author`, PLOVER PROTEST): a protest that
names no one is against the place it is held in; a protest against an act is against its
author; a strike by workers or a hunger strike is a protest, never an attack.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the place it is held in; a capital stands for its country
        (
            "Egyptian students demonstrated in Alexandria on Friday.",
            ("Egyptian students", "PROTEST", "Alexandria"),
        ),
        ("Kenyan protesters demonstrated in Nairobi.", ("Kenyan protesters", "PROTEST", "Kenya")),
        (
            "Chilean students staged a demonstration in Valparaiso.",
            ("Chilean students", "PROTEST", "Valparaiso"),
        ),
        # outside a body: the actor it stands for
        (
            "Greek students protested outside the French embassy.",
            ("Greek students", "PROTEST", "France"),
        ),
        # against an act: its author
        (
            "Human rights activist Ali Karimi staged a hunger strike in protest against "
            "abuses by Egyptian police.",
            ("Ali Karimi", "PROTEST", "Egyptian police"),
        ),
        (
            "Tunisian students held demonstrations against the Algerian government's decision.",
            ("Tunisian students", "PROTEST", "Algeria"),
        ),
        # a strike by workers
        (
            "Kenyan workers staged a strike against Safaricom.",
            ("Kenyan workers", "PROTEST", "Safaricom"),
        ),
    ],
)
def test_protest_rows(sentence: str, expected: Edge) -> None:
    got = edges(sentence)
    assert expected in got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "forbidden"),
    [
        # a workers' strike is no attack; a protest against an act is not against the place
        (
            "Kenyan workers staged a strike against Safaricom.",
            ("Kenyan workers", "ASSAULT", "Safaricom"),
        ),
        (
            "Tunisian students held demonstrations in Tunis against the Algerian "
            "government's decision.",
            ("Tunisian students", "PROTEST", "Tunisia"),
        ),
        # an air strike stays an attack
        ("Kenyan jets launched a strike on Somalia.", ("Kenyan military", "PROTEST", "Somalia")),
    ],
)
def test_no_such_protest(sentence: str, forbidden: Edge) -> None:
    got = edges(sentence)
    assert forbidden not in got, sorted(got)


@pytest.mark.parametrize(
    "sentence",
    [
        # armed forces marching, a campaign rally, nobody named, a showing
        "Kenyan troops marched in Nairobi.",
        "Senator Jane Holt held a rally in Ohio.",
        "Protesters demonstrated in Nairobi.",
        "Kenya demonstrated its new missile in Mombasa.",
        "Kenyan police broke up a protest in Mombasa.",
    ],
)
def test_no_protest(sentence: str) -> None:
    assert not any(r == "PROTEST" for _, r, _ in edges(sentence)), sorted(edges(sentence))
