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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kenya and Uganda met on Monday.",
            {("Kenya", "CONSULT", "Uganda"), ("Uganda", "CONSULT", "Kenya")},
        ),
        (
            "Serbia and Kosovo negotiated in Brussels.",
            {("Serbia", "CONSULT", "Kosovo"), ("Kosovo", "CONSULT", "Serbia")},
        ),
        (
            "Greece and Turkey clashed over maritime borders.",
            {("Greece", "OPPOSE", "Turkey"), ("Turkey", "OPPOSE", "Greece")},
        ),
        (
            "India and Pakistan accused each other of violating the ceasefire.",
            {("India", "ACCUSE", "Pakistan"), ("Pakistan", "ACCUSE", "India")},
        ),
        (
            "Armenia and Azerbaijan blamed one another for the clashes.",
            {("Armenia", "ACCUSE", "Azerbaijan"), ("Azerbaijan", "ACCUSE", "Armenia")},
        ),
        (
            "Kenya and Uganda held talks in Nairobi.",
            {("Kenya", "CONSULT", "Uganda"), ("Uganda", "CONSULT", "Kenya")},
        ),
        (
            "Peru and Ecuador signed a border agreement.",
            {("Peru", "AGREE", "Ecuador"), ("Ecuador", "AGREE", "Peru")},
        ),
    ],
)
def test_a_coordinated_subject_with_no_partner_acts_on_itself(
    sentence: str, expected: set[Edge]
) -> None:
    got = edges(sentence)
    assert expected <= got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "forbidden"),
    [
        # An apposition is the same actor, not a further conjunct.
        (
            "France condemned Russia, a permanent member of the Security Council, on Monday.",
            ("France", "ACCUSE", "Security Council"),
        ),
        (
            "Germany met France, Italy's closest partner, on Monday.",
            ("Germany", "CONSULT", "Italy"),
        ),
        # The last noun of "X and Y" is the subject of the next clause, not an object.
        ("Japan sanctioned Russia and China warned Japan.", ("Japan", "SANCTION", "China")),
        ("Egypt hosted Sudan and Ethiopia accused Egypt.", ("Sudan", "ACCUSE", "Egypt")),
        ("Brazil praised Chile and Argentina criticised Brazil.", ("Chile", "ACCUSE", "Brazil")),
        # An ally, backer or critic named as an object is acted on; the subject is none.
        ("Italy attacked Libya's ally, Chad, and Niger.", ("Libya", "SUPPORT", "Italy")),
        ("Sudan expelled a critic of Egypt.", ("Sudan", "ACCUSE", "Egypt")),
        ("Kenya arrested a backer of the rebels in Somalia.", ("Kenya", "SUPPORT", "Somalia")),
        # Partners named only by a joint act: breaking a truce is no agreement.
        (
            "India and Pakistan accused each other of violating the ceasefire.",
            ("India", "AGREE", "Pakistan"),
        ),
        # Mediation is a third party's act, not one between the mediators.
        ("Qatar and Egypt offered mediation.", ("Qatar", "CONSULT", "Egypt")),
        # A coordinated subject that asks someone else asks none of its own.
        (
            "Kallith, Tessaro and Norvik Motors pleaded before Congress for funds.",
            ("Kallith", "REQUEST", "Tessaro"),
        ),
        # A coordinated subject that acts on someone else does not act on itself.
        ("Russia and China met with Iran.", ("Russia", "CONSULT", "China")),
        ("Kenya and Uganda agreed to send troops to Somalia.", ("Kenya", "AGREE", "Uganda")),
    ],
)
def test_no_edge_between_words_that_only_look_like_a_list(sentence: str, forbidden: Edge) -> None:
    got = edges(sentence)
    assert forbidden not in got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japan sanctioned Russia and China warned Japan.", {("Japan", "SANCTION", "Russia")}),
        (
            "Egypt hosted Sudan and Ethiopia accused Egypt.",
            {("Egypt", "CONSULT", "Sudan"), ("Ethiopia", "ACCUSE", "Egypt")},
        ),
        (
            "Britain supported Ukraine and Russia opposed it.",
            {("United Kingdom", "SUPPORT", "Ukraine"), ("Russia", "OPPOSE", "Ukraine")},
        ),
        ("Vietnam is a close ally of Laos.", {("Vietnam", "SUPPORT", "Laos")}),
        (
            "Aerovant's European rival, Orbitek, is preparing a new jet.",
            {("Aerovant", "OPPOSE", "Orbitek")},
        ),
        ("Cuba emerged as a backer of Venezuela.", {("Cuba", "SUPPORT", "Venezuela")}),
        ("Kenya and Uganda agreed to send troops to Somalia.", {("Kenya", "AGREE", "Somalia")}),
    ],
)
def test_the_real_reading_stays(sentence: str, expected: set[Edge]) -> None:
    got = edges(sentence)
    assert expected <= got, sorted(got)
