"""Table tests for `kg.spans.glued_titles`: Title Case sentences that glue a verb or a
function word to names are headlines, so their runs are cut back into the names the
article uses elsewhere ("Herons Beat Otters" names the Herons and the Otters) or left
out. Must-not rows: names with a word that is also a verb or a function word stay whole,
and sentences made only of names are no headlines.

The NER's spans are set by hand (``with_ents``) where a row shows the rule on a span the
model might tag differently in a future version.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg import spans
from kg.mentions import find_mentions
from tests.extraction_helpers import with_ents


def _headline_words(doc: Doc) -> str:
    zone = spans.headline_tokens(doc)
    return " ".join(t.text for t in doc if t.i in zone)


def _names(doc: Doc) -> list[str]:
    return [m.mention.label for m in find_mentions(doc, "t")]


@pytest.mark.parametrize(
    ("text", "ents", "headline"),
    [
        # a word between two names the article uses, however short the headline; the
        # rest the parser cut off after "13" goes with it
        (
            "Herons Beat Otters 31 - 24 To Reach Cup Final. Few gave the Herons a chance"
            " in the rain against the Spokane Otters.",
            [("Herons Beat Otters", "ORG"), ("Herons", "ORG"), ("Spokane Otters", "ORG")],
            "Herons Beat Otters 31 - 24 To Reach Cup Final .",
        ),
        # a verb the article writes in lower case ("buying"), every word tagged a name
        (
            "Acme Acquires Northwind, Adds Glass Unit. Acme Devices is acquiring"
            " Northwind, a glass maker.",
            [
                ("Acme", "ORG"),
                ("Acquires Northwind", "PERSON"),
                ("Adds Glass Unit", "ORG"),
                ("Acme Devices", "ORG"),
                ("Northwind", "ORG"),
            ],
            "Acme Acquires Northwind , Adds Glass Unit .",
        ),
        # must not: a sentence made only of names, though the article writes "win"
        (
            "Win Ashby, Jane Roe and Tom Marsh. Win Ashby said they would win again.",
            [("Win Ashby", "PERSON"), ("Jane Roe", "PERSON"), ("Tom Marsh", "PERSON"),
             ("Win Ashby", "PERSON")],
            "",
        ),
        (
            "Red Herons, Blue Otters. The Red Herons beat the Blue Otters twice.",
            [("Red Herons", "ORG"), ("Blue Otters", "ORG"), ("Red Herons", "ORG"),
             ("Blue Otters", "ORG")],
            "",
        ),
        (
            "Tasker & Gamble, Bank of Halden. Investors gamble on Tasker & Gamble and the"
            " Bank of Halden.",
            [("Tasker & Gamble", "ORG"), ("Bank of Halden", "ORG"), ("Tasker & Gamble", "ORG"),
             ("Bank of Halden", "ORG")],
            "",
        ),
        # must not: a body sentence whose only lower-case words are function words
        (
            "He is with the Halden Socialist Workers Party. The party won two seats.",
            [("Halden Socialist Workers Party", "ORG")],
            "",
        ),
        # must not: a verb between names in body text
        (
            "The Herons beat the Otters on Sunday. The Spokane Otters lost.",
            [("Herons", "ORG"), ("Otters", "ORG"), ("Spokane Otters", "ORG")],
            "",
        ),
    ],
)  # fmt: skip
def test_glued_titles(text: str, ents: list[tuple[str, str]], headline: str) -> None:
    assert _headline_words(with_ents(text, ents)) == headline


@pytest.mark.parametrize(
    ("text", "ents", "kept", "dropped"),
    [
        # split back into the names the article uses elsewhere
        (
            "Herons Beat Otters 31 - 24. Few gave the Herons a chance in the rain"
            " against the Spokane Otters.",
            [("Herons Beat Otters", "ORG"), ("Herons", "ORG"), ("Spokane Otters", "ORG")],
            ["Herons", "Otters"],
            ["Herons Beat Otters"],
        ),
        (
            "Acme Acquires Northwind, Adds Glass Unit. Acme is acquiring Northwind, a"
            " glass maker.",
            [
                ("Acme", "ORG"),
                ("Acquires Northwind", "PERSON"),
                ("Adds Glass Unit", "ORG"),
                ("Acme", "ORG"),
                ("Northwind", "ORG"),
            ],
            ["Acme", "Northwind"],
            ["Acquires Northwind", "Adds Glass Unit"],
        ),
        # must not: a name with a word that is also a verb or a preposition stays whole
        (
            "Tasker & Gamble Buys Northwind. Tasker & Gamble said on Monday it was buying"
            " Northwind, a gamble analysts doubted.",
            [("Tasker & Gamble Buys Northwind", "ORG"), ("Tasker & Gamble", "ORG"),
             ("Northwind", "ORG")],
            ["Tasker & Gamble", "Northwind"],
            ["Tasker", "Gamble", "Tasker & Gamble Buys Northwind"],
        ),
        (
            "Win Ashby Joins Red Herons. Win Ashby said the Red Herons would win the league.",
            [("Win Ashby Joins", "PERSON"), ("Win Ashby", "PERSON"), ("Red Herons", "ORG")],
            ["Win Ashby", "Red Herons"],
            ["Ashby", "Win Ashby Joins"],
        ),
        (
            "Nurses Without Borders Sends Team to Halden. Nurses Without Borders said it"
            " sends nurses where they are needed.",
            [("Nurses Without Borders Sends Team", "ORG"), ("Halden", "GPE"),
             ("Nurses Without Borders", "ORG")],
            ["Nurses Without Borders"],
            ["Borders", "Nurses Without Borders Sends Team"],
        ),
        (
            # a name the body writes with "the"
            "Bank of Halden Cuts Jobs. The Bank of Halden said it cuts jobs at the bank.",
            [("Bank of Halden Cuts Jobs", "ORG"), ("The Bank of Halden", "ORG")],
            ["Bank of Halden"],
            ["Halden", "Bank of Halden Cuts Jobs"],
        ),
        (
            "Lord of the Rivers Tops Charts. Fans of Lord of the Rivers say it tops them.",
            [("Lord of the Rivers Tops Charts", "ORG"), ("Lord of the Rivers", "ORG")],
            ["Lord of the Rivers"],
            ["Rivers", "Lord of the Rivers Tops Charts"],
        ),
    ],
)  # fmt: skip
def test_glued_runs_split_into_the_names_the_article_uses(
    text: str, ents: list[tuple[str, str]], kept: list[str], dropped: list[str]
) -> None:
    names = _names(with_ents(text, ents))
    for name in kept:
        assert name in names
    for name in dropped:
        assert name not in names


@pytest.mark.parametrize(
    ("word", "glue"),
    [("they", True), ("were", True), ("has", True), ("will", False), ("may", False),
     ("us", False), ("can", False)],
)  # fmt: skip
def test_glue_words_leave_out_words_that_are_names(word: str, glue: bool) -> None:
    # "Will", "May", "Can" are given names and "Us" starts a magazine's: not glue.
    assert (word in spans.GLUE_WORDS) is glue
