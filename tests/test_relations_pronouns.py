"""Pronouns resolved to actors for relation extraction.

Table-driven, on the real parser; see ``tests/relation_rows.py``.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, actors, edges, parse
from tests.relation_rows import VERB_ROWS, check, rows

# ---------------------------------------------------------------------------------
# Pronouns
# ---------------------------------------------------------------------------------

PRONOUNS = rows(
    VERB_ROWS,
    (
        "Javier Milei arrived in Washington on Monday. He met Joe Biden at the White House.",
        "meet",
        {("Javier Milei", "CONSULT", "Joe Biden")},
    ),
    (
        "Jacinda Ardern flew to Beijing. She criticised China over Hong Kong.",
        "criticise",
        {("Jacinda Ardern", "ACCUSE", "China")},
    ),
    (
        "Claudia Sheinbaum met Justin Trudeau in Ottawa. She later criticised the United States.",
        "criticise",
        {("Claudia Sheinbaum", "ACCUSE", "United States")},
    ),
    ("Japan is worried. It has sanctioned Russia.", "sanction", {("Japan", "SANCTION", "Russia")}),
    # "X said it would ...": the pronoun is the speaker, not the nearest name.
    ("Kenya said it would criticise Uganda.", "criticise", {("Kenya", "ACCUSE", "Uganda")}),
    (
        "Emmanuel Macron said he would visit Algeria.",
        "visit",
        {("Emmanuel Macron", "CONSULT", "Algeria")},
    ),
    (
        "Kenya and Uganda held talks. Later, Tanzania said it backed Kenya.",
        "back",
        {("Tanzania", "SUPPORT", "Kenya")},
    ),
    # "she" is not a man's given name the text says nothing of: the nearest woman
    (
        "Kate Roe arrived on Monday. Tom Vance greeted the crowd. She criticised Halvex Corp.",
        "criticise",
        {("Kate Roe", "ACCUSE", "Halvex Corp.")},
    ),
    # must not: a given name some countries give men and others women ("Andrea")
    (
        "Justice Minister Andrea Marlo met the ambassador, Tom Vance, on Monday. He"
        " criticised Halvex Corp.",
        "criticise",
        {("Andrea Marlo", "ACCUSE", "Halvex Corp.")},
    ),
    # must not: a given name borne by both keeps the nearest subject
    (
        "Kate Roe arrived on Monday. Robin Vance greeted the crowd. She criticised Halvex Corp.",
        "criticise",
        {("Robin Vance", "ACCUSE", "Halvex Corp.")},
    ),
    (
        "Spain's prime minister Pedro Sanchez visited Morocco, where he praised King Mohammed.",
        "praise",
        {("Pedro Sanchez", "SUPPORT", "Mohammed")},
    ),
)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), PRONOUNS)
def test_pronouns(sentence: str, trigger: str, expected: set[Edge]) -> None:
    check(sentence, trigger, expected)


def test_person_pronoun_skips_countries_and_thing_pronoun_skips_people() -> None:
    got = edges("Jacinda Ardern flew to Beijing. She criticised China over Hong Kong.")
    assert not {e for e in got if e[0] == "China" and e[2] == "China"}
    got = edges("Kenya said it would criticise Uganda.")
    assert {e for e in got if e[1] == "ACCUSE"} == {("Kenya", "ACCUSE", "Uganda")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "their" of two people who are the clause's subject is theirs, not the
        # organisation named before them
        (
            "The Halvex Council said in Taipei that it would not agree. Jane Roe and Tom Vance"
            " held a separate meeting, agreeing to restart a stalled dialogue between their"
            " defence ministries.",
            {("Jane Roe", "CONSULT", "Tom Vance"), ("Tom Vance", "CONSULT", "Jane Roe")},
        ),
    ],
)
def test_their_of_two_people_subject(text: str, expected: set[Edge]) -> None:
    """`_people_subject`: "they" and "their" stand for two or more people only where
    those people are the subject written before them up their clauses."""
    assert edges(text) == expected


@pytest.mark.parametrize(
    ("text", "their"),
    [
        ("Jane Roe and Tom Vance held a meeting, agreeing to a dialogue between their aides.",
         ["jane roe", "tom vance"]),
        # must not: the subject is one organisation, whatever people were named before
        ("Jane Roe met Tom Vance. The Halvex Council said their talks had failed.",
         ["halvex council"]),
        ("The Halvex Council met Jane Roe and Tom Vance. It said their budget was cut.",
         ["halvex council"]),
        # must not: other actors or a plural noun between the people and the pronoun
        ("Jane Roe and Tom Vance urged Russia and Iran to halt their attacks on Ukraine.",
         ["RUS", "IRN"]),
        ("Jane Roe and Tom Vance asked the Halvex Bank and the Marlo Fund to explain why"
         " their staff had sued the Senate.", ["halvex bank", "marlo fund"]),
    ],
)  # fmt: skip
def test_their_stands_for_people_only_as_their_subject(text: str, their: list[str]) -> None:
    index = actors(text)
    (at,) = [t.i for t in parse(text) if t.lower_ == "their"]
    keys = index.plural.get(at) or (index.pronouns[at],)
    assert [k.name for k in keys] == their


@pytest.mark.parametrize(
    ("text", "edge", "wrong"),
    [
        ("Jane Roe and Tom Vance condemned Russia and Iran after they attacked Ukraine.",
         ("Russia", "ASSAULT", "Ukraine"), ("Jane Roe", "ASSAULT", "Ukraine")),
        ("Jane Roe and Tom Vance warned the Halvex Party and the Marlo Union that they would"
         " be sued by the Senate.", ("Senate", "ACCUSE", "Halvex Party"),
         ("Senate", "ACCUSE", "Jane Roe")),
        ("Jane Roe and Tom Vance, citing reports that they had attacked the Senate, condemned"
         " Halvex Corp.", None, ("Jane Roe", "ASSAULT", "Senate")),
        ("Jane Roe and Tom Vance thanked the voters, saying they had backed the Halvex Party.",
         None, ("Jane Roe", "SUPPORT", "Halvex Party")),
        ("Jane Roe and Tom Vance praised the miners because they had sued the Halvex Mining"
         " Company.", None, ("Jane Roe", "ACCUSE", "Halvex Mining Company")),
    ],
)  # fmt: skip
def test_they_after_an_object_is_not_the_subject_people(
    text: str, edge: Edge | None, wrong: Edge
) -> None:
    """Must not: "they" after the clause's object, or in a clause of a noun in the plural,
    is not the two people of its subject."""
    got = edges(text)
    assert edge is None or edge in got
    assert wrong not in got
