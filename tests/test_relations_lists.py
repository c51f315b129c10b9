"""Lists and relative clauses: a relation reaches every conjunct of a list of targets, a
coordinated subject acts for each, and a relative clause speaks of its antecedent only.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Washington imposed sanctions on Iran, Syria, Cuba and Venezuela.",
            {
                ("United States", "SANCTION", "Iran"),
                ("United States", "SANCTION", "Syria"),
                ("United States", "SANCTION", "Cuba"),
                ("United States", "SANCTION", "Venezuela"),
            },
        ),
        (
            "Japan, South Korea and Australia condemned North Korea.",
            {
                ("Japan", "ACCUSE", "North Korea"),
                ("South Korea", "ACCUSE", "North Korea"),
                ("Australia", "ACCUSE", "North Korea"),
            },
        ),
        (
            "Britain sent troops to Estonia, Latvia and Lithuania.",
            {
                ("United Kingdom", "MOBILIZE", "Estonia"),
                ("United Kingdom", "MOBILIZE", "Latvia"),
                ("United Kingdom", "MOBILIZE", "Lithuania"),
            },
        ),
        (
            "Kenya urged Uganda and Tanzania to withdraw.",
            {("Kenya", "REQUEST", "Uganda"), ("Kenya", "REQUEST", "Tanzania")},
        ),
        (
            "France and Germany criticised Hungary and Poland.",
            {
                ("France", "ACCUSE", "Hungary"),
                ("France", "ACCUSE", "Poland"),
                ("Germany", "ACCUSE", "Hungary"),
                ("Germany", "ACCUSE", "Poland"),
            },
        ),
    ],
)
def test_every_conjunct_takes_part(sentence: str, expected: set[Edge]) -> None:
    got = edges(sentence)
    assert expected <= got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "The guests included Mark Hale, who shot Peter Dunn, and Anna and Tom Berg.",
            {("Mark Hale", "ASSAULT", "Peter Dunn")},
            {("Anna", "ASSAULT", "Peter Dunn"), ("Tom Berg", "ASSAULT", "Peter Dunn")},
        ),
        (
            "Officials named Ghana, which had criticised Togo, and Benin and Niger.",
            {("Ghana", "ACCUSE", "Togo")},
            {("Benin", "ACCUSE", "Togo"), ("Niger", "ACCUSE", "Togo")},
        ),
    ],
)
def test_a_relative_clause_speaks_of_its_antecedent_only(
    sentence: str, expected: set[Edge], absent: set[Edge]
) -> None:
    got = edges(sentence)
    assert expected <= got, sorted(got)
    assert not absent & got, sorted(got)
