"""The tokenizer keeps the dotted abbreviations kg's lexicons know whole."""

from __future__ import annotations

import pytest

from kg.abbreviations import abbreviations
from tests.extraction_helpers import mentions, parse


@pytest.mark.parametrize(
    ("text", "token"),
    [
        pytest.param("Sgt. Al Moe said he saw it.", "Sgt.", id="a rank"),
        pytest.param("Atty. Gen. Jane Roe sued.", "Atty.", id="a title before another"),
        pytest.param("Edwin Roe Sr. stood at the gate.", "Sr.", id="a generational suffix"),
        pytest.param("PORTAGE, Wyo. — The mayor quit.", "Wyo.", id="a US state's abbreviation"),
        pytest.param("W/ro Selam Girma spoke.", "W/ro", id="an Ethiopian title with a slash"),
    ],
)
def test_abbreviation_is_one_token(text: str, token: str) -> None:
    assert token in [t.text for t in parse(text)]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        pytest.param("He fought in World War II.", ["II", "."], id="must not: a Roman numeral"),
        pytest.param("She met the First Lady.", ["Lady", "."], id="must not: a courtesy title"),
        pytest.param("The Sr value is low.", ["Sr", "value"], id="must not: no dot"),
    ],
)
def test_other_words_keep_their_dot_apart(text: str, last: list[str]) -> None:
    words = [t.text for t in parse(text)]
    assert any(words[i : i + 2] == last for i in range(len(words)))


def test_a_title_abbreviation_does_not_end_the_sentence() -> None:
    doc = parse("Lt. Gov. Jane Roe said the plan was dead. The board agreed.")
    assert [s.text for s in doc.sents] == [
        "Lt. Gov. Jane Roe said the plan was dead.",
        "The board agreed.",
    ]


def test_suffix_stays_in_the_name() -> None:
    text = "Edwin Roe Sr. stood at the gate. He was proud."
    assert [(m.mention.label, m.mention.type) for m in mentions(text)] == [
        ("Edwin Roe Sr.", "PERSON")
    ]


def test_only_capitalised_dotted_forms() -> None:
    assert all((a.endswith(".") or "/" in a) and a[:1].isupper() for a in abbreviations())
    assert {"Sgt.", "Sr.", "Vt."} <= set(abbreviations())
    assert "Ceo." not in abbreviations()
