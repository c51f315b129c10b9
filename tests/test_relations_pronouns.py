"""Pronouns resolved to actors for relation extraction.

Table-driven, on the real parser; see ``tests/relation_rows.py``.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges
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
