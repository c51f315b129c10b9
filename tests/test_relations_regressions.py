"""Rows that once failed: each names the rule it pins (see ``kg/relations.py``)."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges, modalities

# (sentence, expected edge) — the edge must be produced.
FOUND: list[tuple[str, Edge]] = [
    # An event noun stands for its possessor: "X's bid", "X's offer".
    ("Germany backs Ukraine's bid to join the European Union.", ("Germany", "SUPPORT", "Ukraine")),
    ("India opposed Pakistan's bid for the seat.", ("India", "OPPOSE", "Pakistan")),
    ("Saudi Arabia refused Qatar's demands.", ("Saudi Arabia", "REJECT", "Qatar")),
    ("Kenya requested Britain's help.", ("Kenya", "REQUEST", "United Kingdom")),
    # A target slot that holds no actor gives way to the next ("supplied drones to X").
    ("The United States supplied drones to Taiwan.", ("United States", "AID", "Taiwan")),
    ("Qatar gave money to Lebanon.", ("Qatar", "AID", "Lebanon")),
    # A noun trigger whose phrase the parser hangs on the verb.
    ("Kenya struck a deal with Haiti on policing.", ("Kenya", "AGREE", "Haiti")),
    ("Finland issued a warning to Russia.", ("Finland", "THREATEN", "Russia")),
    ("The United States imposed tariffs on China.", ("United States", "SANCTION", "China")),
    # Raising passives keep their subject.
    ("China is expected to attack Taiwan.", ("China", "ASSAULT", "Taiwan")),
    # Shared object of conjoined verbs.
    ("Egypt hosted and praised Jordan.", ("Egypt", "CONSULT", "Jordan")),
    # Ambassadors act for their country.
    ("Poland expelled Russia's ambassador.", ("Poland", "SANCTION", "Russia")),
    # Titles: prime minister in apposition, possessive country before a title, copula.
    (
        "Justin Trudeau, Canada's prime minister, resigned.",
        ("Justin Trudeau", "LEADER_OF", "Canada"),
    ),
    ("Kenya's President William Ruto met Joe Biden.", ("William Ruto", "LEADER_OF", "Kenya")),
    ("Sergio Mattarella is Italy's president.", ("Sergio Mattarella", "LEADER_OF", "Italy")),
    (
        "South African Foreign Minister Naledi Pandor visited Iran.",
        ("Naledi Pandor", "MEMBER_OF", "South Africa"),
    ),
]

# (sentence, edge, modality)
MODALITY: list[tuple[str, Edge, str]] = [
    ("Hungary has refused to sanction Russia.", ("Hungary", "SANCTION", "Russia"), "negated"),
    ("Iran denied sending drones to Russia.", ("Iran", "AID", "Russia"), "denied"),
    ("Turkey said it had sent troops to Libya.", ("Turkey", "MOBILIZE", "Libya"), "asserted"),
    ("Germany said that it had supported Ukraine.", ("Germany", "SUPPORT", "Ukraine"), "asserted"),
    (
        "Israel has been accused by South Africa of genocide.",
        ("South Africa", "ACCUSE", "Israel"),
        "asserted",
    ),
    ("Russia reportedly attacked Georgia.", ("Russia", "ASSAULT", "Georgia"), "reported"),
    ("According to Reuters, Egypt attacked Libya.", ("Egypt", "ASSAULT", "Libya"), "reported"),
]


@pytest.mark.parametrize(("sentence", "edge"), FOUND)
def test_regression_edge_found(sentence: str, edge: Edge) -> None:
    assert edge in edges(sentence)


@pytest.mark.parametrize(("sentence", "edge", "expected"), MODALITY)
def test_regression_modality(sentence: str, edge: Edge, expected: str) -> None:
    assert modalities(sentence).get(edge) == expected


def test_summit_between_two_leaders_is_a_meeting() -> None:
    sentence = "Seoul has pushed for a third summit between Donald Trump and Kim Jong Un."
    assert ("Donald Trump", "CONSULT", "Kim Jong Un") in edges(sentence)


def test_counterpart_takes_only_the_name_written_with_it() -> None:
    sentence = (
        "Blinken spoke with his Russian counterpart Sergei Lavrov and Japanese Foreign"
        " Minister Yoko Kamikawa."
    )
    found = edges(sentence)
    assert ("Yoko Kamikawa", "MEMBER_OF", "Japan") in found
    assert not any(e[0] == "Yoko Kamikawa" and e[2] == "Russia" for e in found)


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        ("Ethiopia withdrew its troops from Somalia.", ("Ethiopia", "RETREAT", "Somalia")),
        ("Ethiopia will withdraw its troops from Somalia.", ("Ethiopia", "CONCEDE", "Somalia")),
        # PLOVER: a promised withdrawal is an intent to yield, AGREE (tests of intent).
        (
            "Ethiopia decided to withdraw its troops from Somalia.",
            ("Ethiopia", "CONCEDE", "Somalia"),
        ),
        ("Ethiopia announced it would pull out of Somalia.", ("Ethiopia", "CONCEDE", "Somalia")),
    ],
)
def test_withdrawal_carried_out_or_announced(sentence: str, edge: Edge) -> None:
    found = edges(sentence)
    assert edge in found, found
    other = "CONCEDE" if edge[1] == "RETREAT" else "RETREAT"
    assert (edge[0], other, edge[2]) not in found


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        # A threat to act is THREATEN, and acting on a country's assets acts on it.
        (
            "Israel has threatened to strike Iranian nuclear facilities.",
            ("Israel", "THREATEN", "Iran"),
        ),
        # "by" on the verb belongs to the event noun.
        (
            "Iran rejected a proposal by France and Germany.",
            ("Iran", "REJECT", "France"),
        ),
        ("China kept buying Iranian oil.", ("China", "COOPERATE", "Iran")),
        # A compound surname: the inner word names the person.
        (
            "Ali Bagheri Kani led the team. Bagheri met Enrique Mora in Vienna.",
            ("Ali Bagheri Kani", "CONSULT", "Enrique Mora"),
        ),
    ],
)
def test_assets_event_nouns_and_threats(sentence: str, edge: Edge) -> None:
    found = edges(sentence)
    assert edge in found or ((edge[2], edge[1], edge[0]) in found and edge[1] == "CONSULT"), found


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        ("The United States sanctioned Russian banks.", ("United States", "SANCTION", "Russia")),
        ("Chinese firms were accused by Canada of spying.", ("Canada", "ACCUSE", "China")),
        (
            "The European Union sanctioned two Iranian airlines.",
            ("European Union", "SANCTION", "Iran"),
        ),
    ],
)
def test_a_countrys_businesses_stand_for_it_when_acted_on(sentence: str, edge: Edge) -> None:
    assert edge in edges(sentence)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("A Swiss bank sued a French lender over the loan.", "Switzerland"),
        ("The German company Vartel signed a deal with Poland.", "Germany"),
        (
            "The American carmaker Dunmore, which filed for bankruptcy, blamed Mexico.",
            "United States",
        ),
        ("An Italian firm criticized Spain on Monday.", "Italy"),
    ],
)
def test_what_a_countrys_business_does_is_not_the_countrys_act(sentence: str, country: str) -> None:
    assert not any(edge[0] == country for edge in edges(sentence)), edges(sentence)


def test_finite_conjunct_keeps_its_own_modality() -> None:
    sentence = "Tehran would not accept the demands and urged the United States to lift sanctions."
    assert modalities(sentence).get(("Iran", "REQUEST", "United States")) == "asserted"


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        # A capital the NER missed still stands for its country in an event.
        ("Ankara has sold drones to Kyiv, angering Moscow.", ("Turkey", "COOPERATE", "Ukraine")),
        ("Turkey backed Ukraine's membership of the alliance.", ("Turkey", "SUPPORT", "Ukraine")),
    ],
)
def test_missed_capitals_and_membership(sentence: str, edge: Edge) -> None:
    assert edge in edges(sentence)


def test_seeking_support_is_asking_not_giving() -> None:
    got = edges("Georgia's government seeks support from Germany for its bid.")
    assert got == {("Georgia", "REQUEST", "Germany")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Netherlands and Belgium held talks. They criticised Hungary.",
            {("Netherlands", "ACCUSE", "Hungary"), ("Belgium", "ACCUSE", "Hungary")},
        ),
        (
            "Brazil and Argentina signed a deal. Their leaders praised Chile.",
            {("Brazil", "SUPPORT", "Chile"), ("Argentina", "SUPPORT", "Chile")},
        ),
    ],
)
def test_they_after_a_conjunction_is_every_conjunct(sentence: str, expected: set[Edge]) -> None:
    assert expected <= edges(sentence)
