"""Requests: a demand addressed to an actor in a clause, and verbs of command that need
a controlled verb (rule `demand_clause`, ``lexicon/request_clauses.tsv``; verbs.tsv
option ``ctrl``). The acts demanded are not asserted.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from kg.relations.lexicon import request_clause_words
from tests.extraction_helpers import Edge, edges, modalities

#: One row per word of request_clauses.tsv.
DEMANDS: list[tuple[str, str, Edge]] = [
    ("demand", "Germany demanded that Iran release the prisoners.", ("Germany", "REQUEST", "Iran")),
    (
        "urge",
        "The United Nations urged that Myanmar end the violence.",
        ("United Nations", "REQUEST", "Myanmar"),
    ),
    ("ask", "Canada asked that Mexico extradite the suspect.", ("Canada", "REQUEST", "Mexico")),
    (
        "request",
        "Poland requested that Germany pay reparations.",
        ("Poland", "REQUEST", "Germany"),
    ),
    (
        "insist",
        "France insisted that Russia withdraw its troops.",
        ("France", "REQUEST", "Russia"),
    ),
    (
        "press",
        "Washington pressed hard that Israel should allow aid convoys.",
        ("United States", "REQUEST", "Israel"),
    ),
    (
        "call",
        "The European Union renewed its call that Zimbabwe hold free elections.",
        ("European Union", "REQUEST", "Zimbabwe"),
    ),
    (
        "appeal",
        "Kenya repeated its appeal that Ethiopia open the border.",
        ("Kenya", "REQUEST", "Ethiopia"),
    ),
    (
        "plea",
        "The African Union made a plea that Sudan should stop the fighting.",
        ("African Union", "REQUEST", "Sudan"),
    ),
    (
        "insistence",
        "Peru's insistence that Chile return the artefacts angered Santiago.",
        ("Peru", "REQUEST", "Chile"),
    ),
    ("say", "Japan said China must stop its military drills.", ("Japan", "REQUEST", "China")),
    (
        "state",
        "Egypt stated that Ethiopia must share the river's water.",
        ("Egypt", "REQUEST", "Ethiopia"),
    ),
    (
        "add",
        "Spain added that Morocco should take back the migrants.",
        ("Spain", "REQUEST", "Morocco"),
    ),
    (
        "declare",
        "Britain declared that Argentina must respect the vote.",
        ("United Kingdom", "REQUEST", "Argentina"),
    ),
    (
        "stress",
        "Italy stressed that Libya ought to control its coast.",
        ("Italy", "REQUEST", "Libya"),
    ),
    (
        "tell",
        "Nigeria told reporters that Niger must restore the president.",
        ("Nigeria", "REQUEST", "Niger"),
    ),
    (
        "write",
        "Norway wrote that Russia should free the crew.",
        ("Norway", "REQUEST", "Russia"),
    ),
]


def test_every_word_has_a_row() -> None:
    assert {word for word, _, _ in DEMANDS} == set(request_clause_words())


@pytest.mark.parametrize(("word", "sentence", "expected"), DEMANDS, ids=[d[0] for d in DEMANDS])
def test_a_demanded_clause_is_a_request_to_its_subject(
    word: str, sentence: str, expected: Edge
) -> None:
    got = edges(sentence)
    assert expected in got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Britain said Sudan and the rebels in the east must sign a truce.",
            {("United Kingdom", "REQUEST", "Sudan")},
        ),
        (
            "The European Union reiterated its demand that Serbia recognise Kosovo.",
            {("European Union", "REQUEST", "Serbia")},
        ),
        # what is asked of someone, "from" them
        ("Chile demanded an apology from Peru.", {("Chile", "REQUEST", "Peru")}),
    ],
)
def test_requests_reach_each_addressee(sentence: str, expected: set[Edge]) -> None:
    got = edges(sentence)
    assert expected <= got, sorted(got)


@pytest.mark.parametrize(
    "sentence",
    [
        # an adverbial of the verb or the noun between the noun and its clause
        "Halden Rights Institute repeated its demand on Friday that Kenya free the journalists.",
        "Halden Rights Institute renewed its call today that Kenya free the journalists.",
    ],
)
def test_a_demand_noun_reaches_its_clause_past_an_adverbial(sentence: str) -> None:
    assert ("Halden Rights Institute", "REQUEST", "Kenya") in edges(sentence)


@pytest.mark.parametrize(
    ("sentence", "forbidden"),
    [
        # a report, a guess, a passive or a question is no demand
        ("France insisted that Russia withdrew its troops.", ("France", "REQUEST", "Russia")),
        ("Japan said China will stop its military drills.", ("Japan", "REQUEST", "China")),
        ("Japan said China must have known about the attack.", ("Japan", "REQUEST", "China")),
        ("Japan said China should be punished.", ("Japan", "REQUEST", "China")),
        ("Germany asked whether Iran would attend the talks.", ("Germany", "REQUEST", "Iran")),
        ("Japan said China could stop its drills.", ("Japan", "REQUEST", "China")),
        # a verb of command with no controlled verb commands no one
        (
            "The minister told Reuters that the talks would resume.",
            ("minister", "REQUEST", "Reuters"),
        ),
        ("Kenya told Uganda about the drought.", ("Kenya", "REQUEST", "Uganda")),
        ("France ordered an inquiry into Rwanda.", ("France", "REQUEST", "Rwanda")),
        # the place an act of leaving leaves is no addressee
        ("Chile demanded the withdrawal of troops from Peru.", ("Chile", "REQUEST", "Peru")),
        ("Chile demanded the pullout of forces from Bolivia.", ("Chile", "REQUEST", "Bolivia")),
        # a clause after other words is not the demand's
        (
            "Halden Rights Institute repeated its demand for talks, and said that Kenya freed "
            "the journalists.",
            ("Halden Rights Institute", "REQUEST", "Kenya"),
        ),
    ],
)
def test_no_request(sentence: str, forbidden: Edge) -> None:
    got = edges(sentence)
    assert forbidden not in got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "edge", "modality"),
    [
        (
            "The European Union reiterated its demand that Serbia recognise Kosovo.",
            ("Serbia", "SUPPORT", "Kosovo"),
            "hypothetical",
        ),
        (
            "France insisted that Russia withdraw from Mali.",
            ("Russia", "CONCEDE", "Mali"),
            "hypothetical",
        ),
        ("Turkey stopped supplying weapons to Syria.", ("Turkey", "AID", "Syria"), "negated"),
        ("Japan said China must stop attacking Taiwan.", ("China", "ASSAULT", "Taiwan"), "negated"),
    ],
)
def test_a_demanded_or_stopped_act_is_not_asserted(
    sentence: str, edge: Edge, modality: str
) -> None:
    assert modalities(sentence).get(edge) == modality, modalities(sentence)
