"""Negative rows: no trigger, no actor, or the wrong sense of a trigger.

Table-driven, on the real parser; see ``tests/relation_rows.py``.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges
from tests.relation_rows import canon

# ---------------------------------------------------------------------------------
# Negative rows: no trigger, no actor, or the wrong sense of a trigger
# ---------------------------------------------------------------------------------

NO_EDGES = [
    "Emmanuel Macron and Angela Merkel attended the dinner in Paris.",
    "Macron and Merkel attended the dinner in Paris.",
    "Canada criticised the decision.",
    "Japan criticised the plan to release water.",
    "Vladimir Putin left Moscow on Tuesday.",
    "Jair Bolsonaro left Brazil for Florida.",
    "France and Germany are neighbours.",
    "Spain and Portugal share a border.",
    "The United States sent a letter.",
    "Joe Biden spoke about China.",
    "Rishi Sunak visited the factory.",
    "Peru released the report.",
    "Iran withdrew the proposal.",
    "Olaf Scholz met reporters in Berlin.",
    "India called the move a mistake.",
    "Britain said that Iran attacked the tanker.",
    "Prosecutors in New York charged Sam Bankman-Fried.",
    "The remarks angered China.",
]


@pytest.mark.parametrize("sentence", NO_EDGES)
def test_no_edge(sentence: str) -> None:
    assert edges(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "forbidden"),
    [
        ("Vladimir Putin left Moscow on Tuesday.", ("Vladimir Putin", "RETREAT", "Russia")),
        ("Iran released Sweden's diplomat.", ("Iran", "RETREAT", "Sweden")),
        ("Saudi Arabia asked Pakistan to send troops to Yemen.", ("Pakistan", "MOBILIZE", "Yemen")),
        ("Japan sent engineers to Kenya.", ("Japan", "MOBILIZE", "Kenya")),
        ("Turkey angered Greece by sending a survey ship.", ("Turkey", "OPPOSE", "Greece")),
        ("Greece was bailed out and was praised by the IMF.", ("Greece", "SUPPORT", "IMF")),
        (
            "Emmanuel Macron met Olaf Scholz and Giorgia Meloni in Rome.",
            ("Olaf Scholz", "CONSULT", "Giorgia Meloni"),
        ),
    ],
)
def test_forbidden_edge(sentence: str, forbidden: Edge) -> None:
    got = {canon(e) for e in edges(sentence)}
    assert canon(forbidden) not in got
