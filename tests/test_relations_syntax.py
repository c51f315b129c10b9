"""Syntax around a trigger: passives, conjunctions, relative clauses, control chains.

Table-driven, on the real parser; see ``tests/relation_rows.py``.
"""

from __future__ import annotations

import pytest

from kg.vocab import SYMMETRIC
from tests.extraction_helpers import Edge, edges
from tests.relation_rows import VERB_ROWS, check, rows

# ---------------------------------------------------------------------------------
# Passives with an agent
# ---------------------------------------------------------------------------------

PASSIVE = rows(
    VERB_ROWS,
    ("Kenya was criticised by Britain.", "criticise", {("United Kingdom", "ACCUSE", "Kenya")}),
    (
        "Iraq was invaded by the United States in 2003.",
        "invade",
        {("United States", "ASSAULT", "Iraq")},
    ),
    ("Taiwan is backed by the United States.", "back", {("United States", "SUPPORT", "Taiwan")}),
    ("Greece was bailed out and was praised by the IMF.", "praise", {("IMF", "SUPPORT", "Greece")}),
    ("Jimmy Lai was arrested by China in 2020.", "arrest", {("China", "COERCE", "Jimmy Lai")}),
    (
        "Pedro Castillo was arrested by Peru's police.",
        "arrest",
        {("Peruvian police", "COERCE", "Pedro Castillo")},
    ),
    (
        "Nicolas Sarkozy was received by Queen Elizabeth at Windsor.",
        "receive",
        {("Elizabeth", "CONSULT", "Nicolas Sarkozy")},
    ),
)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), PASSIVE)
def test_passive_with_agent(sentence: str, trigger: str, expected: set[Edge]) -> None:
    check(sentence, trigger, expected)
    # The surface subject of a passive is the target, never the source.
    for source, relation, target in expected:
        assert (target, relation, source) not in edges(sentence) or relation in SYMMETRIC


# ---------------------------------------------------------------------------------
# Conjunctions on either side
# ---------------------------------------------------------------------------------

CONJUNCTION = rows(
    VERB_ROWS,
    (
        "Russia and China have backed Iran.",
        "back",
        {("Russia", "SUPPORT", "Iran"), ("China", "SUPPORT", "Iran")},
    ),
    (
        "Russia and China have backed Iran and Syria.",
        "back",
        {
            ("Russia", "SUPPORT", "Iran"),
            ("Russia", "SUPPORT", "Syria"),
            ("China", "SUPPORT", "Iran"),
            ("China", "SUPPORT", "Syria"),
        },
    ),
    (
        "Emmanuel Macron met Olaf Scholz and Giorgia Meloni in Rome.",
        "meet",
        {
            ("Emmanuel Macron", "CONSULT", "Olaf Scholz"),
            ("Emmanuel Macron", "CONSULT", "Giorgia Meloni"),
        },
    ),
    (
        "Japan and South Korea condemned North Korea.",
        "condemn",
        {("Japan", "ACCUSE", "North Korea"), ("South Korea", "ACCUSE", "North Korea")},
    ),
    (
        "Poland, Lithuania and Latvia criticised Belarus.",
        "criticise",
        {
            ("Poland", "ACCUSE", "Belarus"),
            ("Lithuania", "ACCUSE", "Belarus"),
            ("Latvia", "ACCUSE", "Belarus"),
        },
    ),
    (
        "Britain sanctioned Russia and Belarus.",
        "sanction",
        {("United Kingdom", "SANCTION", "Russia"), ("United Kingdom", "SANCTION", "Belarus")},
    ),
    (
        "Brazil signed a deal with Argentina and Uruguay.",
        "sign",
        {("Brazil", "AGREE", "Argentina"), ("Brazil", "AGREE", "Uruguay")},
    ),
    # Conjoined verbs share the subject.
    (
        "Chile recalled its envoy and criticised Israel.",
        "criticise",
        {("Chile", "ACCUSE", "Israel")},
    ),
    (
        "India bought oil from Russia and criticised the United States.",
        "criticise",
        {("India", "ACCUSE", "United States")},
    ),
    (
        "Egypt hosted Jordan and praised its king.",
        "host",
        {("Egypt", "CONSULT", "Jordan")},
    ),
)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CONJUNCTION)
def test_conjunctions(sentence: str, trigger: str, expected: set[Edge]) -> None:
    check(sentence, trigger, expected)


def test_conjoined_subjects_are_not_linked_to_each_other() -> None:
    got = edges("Russia and China have backed Iran.")
    assert not {e for e in got if {e[0], e[2]} == {"Russia", "China"}}


# ---------------------------------------------------------------------------------
# Relative clauses
# ---------------------------------------------------------------------------------

RELATIVE = rows(
    VERB_ROWS,
    (
        "Benjamin Netanyahu, whom Yair Lapid is seeking to oust, rejected the plan.",
        "oust",
        {("Yair Lapid", "OPPOSE", "Benjamin Netanyahu")},
    ),
    (
        "Evo Morales, whom Bolivia's army had sought to oust, returned home.",
        "oust",
        {("Bolivian military", "OPPOSE", "Evo Morales")},
    ),
    (
        "Fatah, which has sought to push Hamas from power, met Egypt.",
        "push",
        {("Fatah", "OPPOSE", "Hamas"), ("Fatah", "CONSULT", "Egypt")},
    ),
    (
        "Ecuador, which has sought to push Rafael Correa from power, met Peru.",
        "push",
        {("Ecuador", "OPPOSE", "Rafael Correa"), ("Ecuador", "CONSULT", "Peru")},
    ),
    (
        "The Taliban, which Pakistan has sought to push from power, met China.",
        "push",
        {("Pakistan", "OPPOSE", "Taliban"), ("Taliban", "CONSULT", "China")},
    ),
    (
        "Lula da Silva, who met Xi Jinping in Beijing, praised China.",
        "meet",
        {("Lula da Silva", "CONSULT", "Xi Jinping"), ("Lula da Silva", "SUPPORT", "China")},
    ),
    (
        "Israel attacked Hamas, which Qatar has long supported.",
        "support",
        {("Israel", "ASSAULT", "Hamas"), ("Qatar", "SUPPORT", "Hamas")},
    ),
    (
        "Tehran backs the Houthis, who attacked Saudi Arabia.",
        "attack",
        {("Iran", "SUPPORT", "Houthis"), ("Houthis", "ASSAULT", "Saudi Arabia")},
    ),
)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), RELATIVE)
def test_relative_clauses(sentence: str, trigger: str, expected: set[Edge]) -> None:
    check(sentence, trigger, expected)


def test_whom_clause_keeps_direction() -> None:
    got = edges("Benjamin Netanyahu, whom Yair Lapid is seeking to oust, rejected the plan.")
    assert ("Benjamin Netanyahu", "OPPOSE", "Yair Lapid") not in got


# ---------------------------------------------------------------------------------
# Control and complement chains
# ---------------------------------------------------------------------------------

CONTROL = rows(
    VERB_ROWS,
    ("France decided to sanction Mali.", "sanction", {("France", "SANCTION", "Mali")}),
    ("Canada decided to expel India's diplomats.", "expel", {("Canada", "SANCTION", "India")}),
    (
        "The United States is seeking to oust Nicolas Ortega.",
        "oust",
        {("United States", "OPPOSE", "Nicolas Ortega")},
    ),
    (
        "The Taliban sought to oust President Ashraf Ghani.",
        "oust",
        {("Taliban", "OPPOSE", "Ashraf Ghani")},
    ),
    (
        "Japan continued to support the Philippines.",
        "support",
        {("Japan", "SUPPORT", "Philippines")},
    ),
    ("Germany plans to visit China in May.", "visit", {("Germany", "CONSULT", "China")}),
    (
        "The Arab League urged Israel to halt the offensive.",
        "urge",
        {("Arab League", "REQUEST", "Israel")},
    ),
)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CONTROL)
def test_control_chains(sentence: str, trigger: str, expected: set[Edge]) -> None:
    check(sentence, trigger, expected)


def test_object_control_does_not_give_the_act_to_the_asker() -> None:
    # Saudi Arabia asks; Pakistan would be the one sending troops.
    got = edges("Saudi Arabia asked Pakistan to send troops to Yemen.")
    assert ("Saudi Arabia", "REQUEST", "Pakistan") in got
    assert ("Saudi Arabia", "MOBILIZE", "Yemen") not in got
