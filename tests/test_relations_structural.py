"""Structural edges: titles, possessives, appositions, counterparts, state bodies.

Table-driven, on the real parser; see ``tests/relation_rows.py``.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges
from tests.relation_rows import check

# ---------------------------------------------------------------------------------
# Structural edges: titles, possessives, appositions, counterparts, state bodies
# ---------------------------------------------------------------------------------

STRUCTURAL = [
    (
        "Russian Deputy Foreign Minister Sergei Ryabkov spoke on Monday.",
        {("Sergei Ryabkov", "MEMBER_OF", "Russia")},
    ),
    ("Chinese Foreign Minister Wang Yi arrived in Paris.", {("Wang Yi", "MEMBER_OF", "China")}),
    (
        "French Defence Minister Sebastien Lecornu visited India.",
        {("Sebastien Lecornu", "MEMBER_OF", "France")},
    ),
    ("US leader Joe Biden spoke on Monday.", {("Joe Biden", "LEADER_OF", "United States")}),
    ("Chinese President Xi Jinping visited Serbia.", {("Xi Jinping", "LEADER_OF", "China")}),
    (
        "Ghanaian President Nana Akufo-Addo spoke in Accra.",
        {("Nana Akufo-Addo", "LEADER_OF", "Ghana")},
    ),
    (
        "Mexican President Andres Manuel Lopez Obrador criticised Spain.",
        {
            ("Andres Manuel Lopez Obrador", "LEADER_OF", "Mexico"),
            ("Andres Manuel Lopez Obrador", "ACCUSE", "Spain"),
        },
    ),
    (
        "Russia's president, Mikhail Tarasov, met Kim Jong Un.",
        {("Mikhail Tarasov", "LEADER_OF", "Russia")},
    ),
    (
        "Brazil's president, Luiz Inacio Lula da Silva, spoke first.",
        {("Luiz Inacio Lula da Silva", "LEADER_OF", "Brazil")},
    ),
    (
        "Iran's supreme leader, Ali Khamenei, warned Israel.",
        {("Ali Khamenei", "LEADER_OF", "Iran"), ("Ali Khamenei", "THREATEN", "Israel")},
    ),
    (
        "Britain's foreign secretary, David Lammy, visited Nigeria.",
        {("David Lammy", "MEMBER_OF", "United Kingdom")},
    ),
    (
        "Emmanuel Macron, the French president, arrived late.",
        {("Emmanuel Macron", "LEADER_OF", "France")},
    ),
    (
        "Yoon Suk Yeol, the South Korean president, visited Japan.",
        {("Yoon Suk Yeol", "LEADER_OF", "South Korea")},
    ),
    (
        "Cyril Ramaphosa, South Africa's president, visited Kenya.",
        {("Cyril Ramaphosa", "LEADER_OF", "South Africa")},
    ),
    (
        "Austria, whose chancellor, Karl Nehammer, visited Moscow, stayed neutral.",
        {("Karl Nehammer", "LEADER_OF", "Austria")},
    ),
    (
        "Egypt, whose president, Abdel Fattah el-Sisi, hosted the summit, backed Sudan.",
        {("Abdel Fattah el-Sisi", "LEADER_OF", "Egypt"), ("Egypt", "SUPPORT", "Sudan")},
    ),
    # The counterpart holds the same office as "his": a president's counterpart leads.
    (
        "Kenyan President William Ruto met his US counterpart Joe Biden.",
        {
            ("William Ruto", "LEADER_OF", "Kenya"),
            ("Joe Biden", "LEADER_OF", "United States"),
            ("William Ruto", "CONSULT", "Joe Biden"),
        },
    ),
    (
        "President Emmanuel Macron spoke with his Chinese counterpart Xi Jinping.",
        {("Xi Jinping", "LEADER_OF", "China")},
    ),
    (
        "Brazilian Foreign Minister Mauro Vieira met his Chinese counterpart Wang Yi.",
        {("Mauro Vieira", "MEMBER_OF", "Brazil"), ("Wang Yi", "MEMBER_OF", "China")},
    ),
    (
        "The Italian Foreign Ministry summoned the envoy.",
        {("Italian Foreign Ministry", "PART_OF", "Italy")},
    ),
    (
        "The Russian Foreign Ministry criticised Norway.",
        {
            ("Russian Foreign Ministry", "PART_OF", "Russia"),
            ("Russian Foreign Ministry", "ACCUSE", "Norway"),
        },
    ),
    ("The Indian Army moved north.", {("Indian Army", "PART_OF", "India")}),
    (
        "The German Foreign Office issued a warning.",
        {("German Foreign Office", "PART_OF", "Germany")},
    ),
    (
        "The Brazilian Supreme Court ruled on Monday.",
        {("Brazilian Supreme Court", "PART_OF", "Brazil")},
    ),
    # the nationality the NER wrote apart from the body's name
    ("A Kenyan Foreign Ministry spokesman said so.", {("Foreign Ministry", "PART_OF", "Kenya")}),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), [pytest.param(s, e, id=s[:60]) for s, e in STRUCTURAL]
)
def test_structural(sentence: str, expected: set[Edge]) -> None:
    check(sentence, "", expected)


@pytest.mark.parametrize(
    ("sentence", "forbidden"),
    [
        # A minister serves in a government; only the head leads it.
        ("Chinese Foreign Minister Wang Yi arrived in Paris.", ("Wang Yi", "LEADER_OF", "China")),
        # "his counterpart" of a foreign minister is a minister too.
        (
            "Brazilian Foreign Minister Mauro Vieira met his Chinese counterpart Wang Yi.",
            ("Wang Yi", "LEADER_OF", "China"),
        ),
        # A company named with a national adjective is not part of the state.
        (
            "American Skyways cancelled flights.",
            ("American Skyways", "PART_OF", "United States"),
        ),
        # ... nor when the NER wrote the nationality apart
        ("The Chinese Halvex Corp. store was closed.", ("Halvex Corp.", "PART_OF", "China")),
        # ... nor a body named after a sea the demonym names
        (
            "Colombo asked the Indian Ocean Tuna Commission to send an observer.",
            ("Indian Ocean Tuna Commission", "PART_OF", "India"),
        ),
        # The owner of "his" is a person, not the counterpart's country.
        (
            "Kenyan President William Ruto met his US counterpart Joe Biden.",
            ("William Ruto", "LEADER_OF", "United States"),
        ),
    ],
)
def test_structural_negative(sentence: str, forbidden: Edge) -> None:
    assert forbidden not in edges(sentence)
