"""PLOVER's conventions for intent (kg.relations.conventions): an act offered, promised or
prepared for is AGREE when it is cooperation and THREATEN when it is material conflict,
not the act itself. Every row of ``lexicon/intent_words.tsv`` has a row here.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from kg.lexicon import load_tsv
from tests.extraction_helpers import Edge, edges

#: (word of intent, sentence, edge it must give, edge it must not give)
INTENT_ROWS: list[tuple[str, str, Edge, Edge]] = [
    (
        "offer",
        "Chile offered to extradite the two fugitives to Peru.",
        ("Chile", "AGREE", "Peru"),
        ("Chile", "COOPERATE", "Peru"),
    ),
    (
        "promise",
        "Japan promised to send aid to Fiji.",
        ("Japan", "AGREE", "Fiji"),
        ("Japan", "AID", "Fiji"),
    ),
    (
        "pledge",
        "Canada pledged to train Ukrainian soldiers.",
        ("Canada", "AGREE", "Ukrainian military"),
        ("Canada", "AID", "Ukrainian military"),
    ),
    (
        "agree",
        "Ethiopia agreed to withdraw its troops from Somalia.",
        ("Ethiopia", "AGREE", "Somalia"),
        ("Ethiopia", "RETREAT", "Somalia"),
    ),
    (
        "vow",
        "Iran vowed to attack Israel.",
        ("Iran", "THREATEN", "Israel"),
        ("Iran", "ASSAULT", "Israel"),
    ),
    (
        "commit",
        "Germany committed to supply Lithuania with tanks.",
        ("Germany", "AGREE", "Lithuania"),
        ("Germany", "AID", "Lithuania"),
    ),
    (
        "undertake",
        "Serbia undertook to lift sanctions on Kosovo.",
        ("Serbia", "AGREE", "Kosovo"),
        ("Serbia", "CONCEDE", "Kosovo"),
    ),
    (
        "volunteer",
        "Ireland volunteered to host Iran and Israel.",
        ("Ireland", "AGREE", "Iran"),
        ("Ireland", "CONSULT", "Iran"),
    ),
    (
        "ready",
        "Ghana is ready to dispatch medics to Mali.",
        ("Ghana", "AGREE", "Mali"),
        ("Ghana", "AID", "Mali"),
    ),
    (
        "willing",
        "Norway is willing to send weapons to Poland.",
        ("Norway", "AGREE", "Poland"),
        ("Norway", "AID", "Poland"),
    ),
    (
        "prepared",
        "Kenya said it was prepared to attack Somalia.",
        ("Kenya", "THREATEN", "Somalia"),
        ("Kenya", "ASSAULT", "Somalia"),
    ),
    (
        "eager",
        "Italy is eager to meet Libya.",
        ("Italy", "AGREE", "Libya"),
        ("Italy", "CONSULT", "Libya"),
    ),
    (
        "determined",
        "Azerbaijan is determined to attack Armenia.",
        ("Azerbaijan", "THREATEN", "Armenia"),
        ("Azerbaijan", "ASSAULT", "Armenia"),
    ),
]


@pytest.mark.parametrize(
    ("word", "sentence", "edge", "not_edge"),
    [pytest.param(*row, id=row[1][:60]) for row in INTENT_ROWS],
)
def test_intent_rows(word: str, sentence: str, edge: Edge, not_edge: Edge) -> None:
    got = edges(sentence)
    assert edge in got, sorted(got)
    assert not_edge not in got, sorted(got)


def test_every_intent_word_has_a_row() -> None:
    assert {row[0] for row in load_tsv("intent_words.tsv")} == {row[0] for row in INTENT_ROWS}


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        # a word of intent governing the thing promised ("pledged aid to")
        ("Japan pledged assistance to the Philippines.", ("Japan", "AGREE", "Philippines")),
        ("Kenya offered weapons to Somalia.", ("Kenya", "AGREE", "Somalia")),
    ],
)
def test_a_promised_thing_is_agree(sentence: str, edge: Edge) -> None:
    got = edges(sentence)
    assert edge in got, sorted(got)
    assert (edge[0], "AID", edge[2]) not in got


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        # the act carried out keeps its type
        ("Norway sent weapons to Poland.", ("Norway", "AID", "Poland")),
        ("Ethiopia withdrew its troops from Somalia.", ("Ethiopia", "RETREAT", "Somalia")),
        # a request or a criticism under a word of intent is still itself
        ("France agreed to criticise Hungary.", ("France", "ACCUSE", "Hungary")),
        # an announced withdrawal is a concession (kg's reading of PLOVER's CONCEDE)
        (
            "Ethiopia decided to withdraw its troops from Somalia.",
            ("Ethiopia", "CONCEDE", "Somalia"),
        ),
    ],
)
def test_acts_without_intent_keep_their_type(sentence: str, edge: Edge) -> None:
    got = edges(sentence)
    assert edge in got, sorted(got)
    assert (edge[0], "AGREE", edge[2]) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        # intent words with no act towards another actor
        "Chile is ready for the summit.",
        "Kenya promised reforms.",
        "The Ghanaian team is eager to win.",
    ],
)
def test_no_edge_without_a_target(sentence: str) -> None:
    assert edges(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        # an act of intent through its purpose ("to help defend")
        (
            "Denmark is willing to send troops to help defend Estonia.",
            ("Denmark", "AGREE", "Estonia"),
        ),
    ],
)
def test_intent_reaches_an_act_of_purpose(sentence: str, edge: Edge) -> None:
    got = edges(sentence)
    assert edge in got, sorted(got)
    assert (edge[0], "SUPPORT", edge[2]) not in got


# ---------------------------------------------------------------------------------
# Refusals (kg.relations.conventions.refusal_of): a cooperative act refused is REJECT
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "edge", "not_edge"),
    [
        (
            "Kenya refused to meet Uganda.",
            ("Kenya", "REJECT", "Uganda"),
            ("Kenya", "CONSULT", "Uganda"),
        ),
        (
            "Chile declined to hold talks with Bolivia.",
            ("Chile", "REJECT", "Bolivia"),
            ("Chile", "CONSULT", "Bolivia"),
        ),
        (
            "Israel refused to lift the blockade on Gaza.",
            ("Israel", "REJECT", "Gaza"),
            ("Israel", "RETREAT", "Gaza"),
        ),
        (
            "Ethiopia refused to allow Eritrea to reopen its embassy.",
            ("Ethiopia", "REJECT", "Eritrea"),
            ("Ethiopia", "CONCEDE", "Eritrea"),
        ),
    ],
)
def test_a_refused_cooperation_is_reject(sentence: str, edge: Edge, not_edge: Edge) -> None:
    got = edges(sentence)
    assert edge in got, sorted(got)
    assert not_edge not in got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        # a refused attack is no rejection of its target: the attack, negated
        ("Kenya refused to attack Somalia.", ("Kenya", "ASSAULT", "Somalia")),
        # refusing to leave one's own office turns no one down
        ("Mwangi refused to resign from the Kenyan cabinet.", ("Mwangi", "RETREAT", "Kenya")),
    ],
)
def test_no_reject_from_other_refusals(sentence: str, edge: Edge) -> None:
    got = edges(sentence)
    assert (edge[0], "REJECT", edge[2]) not in got, sorted(got)
