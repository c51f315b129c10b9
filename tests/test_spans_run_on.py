"""Table tests for `kg.spans.run_on`: where a sentence stop went missing, the NER runs
the object that ends one sentence into the subject of the next ("... against the Otters
Quentin scored twice"). Such a run follows a preposition and comes before a verb the
parser found no subject for, and its last words are a surname, a person's full name or a
place the article gives on its own elsewhere: it names two actors. When its last word is
the people of a place the article names ("Kesselbyites"), it names the first only.

Must-not rows: a given name or a title before a surname is one person's name; a team
named after its city ("Kansas City Chiefs", "New Orleans Saints", "Boston Red Sox"), a
place ("Jersey City") or a body named after a person ("Carter Center") stays whole;
so does a run the article writes whole elsewhere, and a run before a verb that has its
own subject.

The NER's spans are set by hand (``with_ents``): the rows show the rule on a glued span
the model might tag differently in a future version; the parse is the real model's.
"""

from __future__ import annotations

import pytest

from kg.mentions import name_spans
from kg.model import is_entity_type
from tests.extraction_helpers import with_ents

Rows = list[tuple[str, str]]


def _names(text: str, ents: Rows) -> Rows:
    doc = with_ents(text, ents)
    return [(s.text, s.label_) for s in name_spans(doc) if is_entity_type(s.label_)]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a team glued to the surname of a person the article names in full
        (
            "Marlo Quentin, the Herons striker, was fined on Monday. The fine came on the"
            " eve of a home game against the Otters Quentin scored twice in that fixture"
            " last year.",
            [("Marlo Quentin", "PERSON"), ("Herons", "ORG"), ("the Otters Quentin", "ORG")],
            [
                ("Marlo Quentin", "PERSON"),
                ("Herons", "ORG"),
                ("Otters", "ORG"),
                ("Quentin", "PERSON"),
            ],
        ),
        # the same run tagged as a person: the name before the surname is no person's
        (
            "Marlo Quentin, the Herons striker, was fined on Monday. The fine came on the"
            " eve of a home game against the Otters Quentin scored twice in that fixture"
            " last year.",
            [("Marlo Quentin", "PERSON"), ("Herons", "ORG"), ("Otters Quentin", "PERSON")],
            [
                ("Marlo Quentin", "PERSON"),
                ("Herons", "ORG"),
                ("Otters", "ORG"),
                ("Quentin", "PERSON"),
            ],
        ),
        # an outlet glued to a surname
        (
            "Ann Quentin leads the Halvex board. In a long interview with the Nordfjell"
            " Herald Quentin admitted she had sold her shares.",
            [("Ann Quentin", "PERSON"), ("Halvex", "ORG"), ("Nordfjell Herald Quentin", "ORG")],
            [
                ("Ann Quentin", "PERSON"),
                ("Halvex", "ORG"),
                ("Nordfjell Herald", "ORG"),
                ("Quentin", "PERSON"),
            ],
        ),
        # a team named after its city glued to a person's full name: the team stays whole
        (
            "Marlo Quentin joined the Otters in May. The club had lost the cup final to the"
            " Kansas City Chiefs Marlo Quentin signed two weeks later.",
            [
                ("Marlo Quentin", "PERSON"),
                ("Otters", "ORG"),
                ("Kansas City Chiefs Marlo Quentin", "ORG"),
            ],
            [
                ("Marlo Quentin", "PERSON"),
                ("Otters", "ORG"),
                ("Kansas City Chiefs", "ORG"),
                ("Marlo Quentin", "PERSON"),
            ],
        ),
        # two places run together, the second one the article names on its own
        (
            "The Kestrels of North Dakota host Halvex on Saturday. Fans filled the arena"
            " for the first half of the game against Halvex North Dakota has never lost"
            " at home in March.",
            [("North Dakota", "GPE"), ("Halvex", "GPE"), ("Halvex North Dakota", "PERSON")],
            [
                ("North Dakota", "GPE"),
                ("Halvex", "GPE"),
                ("Halvex", "GPE"),
                ("North Dakota", "GPE"),
            ],
        ),
        # an outlet glued to the people of a place the article names: the outlet only
        (
            "Police cleared a square in Kesselby on Sunday, according to HalvexNews"
            " Kesselbyites on Facebook said that officers used tear gas.",
            [("Kesselby", "GPE"), ("HalvexNews Kesselbyites", "ORG")],
            [("Kesselby", "GPE"), ("HalvexNews", "ORG")],
        ),
        # must not: a given name before the surname is one person's name
        (
            "Ann Quentin leads the Halvex board. In a long interview with Tom Quentin"
            " admitted he had sold his shares.",
            [("Ann Quentin", "PERSON"), ("Halvex", "ORG"), ("Tom Quentin", "PERSON")],
            [("Ann Quentin", "PERSON"), ("Halvex", "ORG"), ("Tom Quentin", "PERSON")],
        ),
        # must not: nor a word that may be a given name the data does not know
        (
            "Ann Quentin leads the Halvex board. In a long interview with Marlo Quentin"
            " admitted he had sold his shares.",
            [("Ann Quentin", "PERSON"), ("Halvex", "ORG"), ("Marlo Quentin", "PERSON")],
            [("Ann Quentin", "PERSON"), ("Halvex", "ORG"), ("Marlo Quentin", "PERSON")],
        ),
        # must not: nor a title
        (
            "Ann Quentin leads the Halvex board. In a long interview with Coach Quentin"
            " admitted he had sold his shares.",
            [("Ann Quentin", "PERSON"), ("Halvex", "ORG"), ("Coach Quentin", "PERSON")],
            [("Ann Quentin", "PERSON"), ("Halvex", "ORG"), ("Coach Quentin", "PERSON")],
        ),
        # must not: a verb with a subject of its own
        (
            "The Chiefs lost again. Marlo Quentin said several players on the Kansas City"
            " Chiefs were tired.",
            [("Chiefs", "ORG"), ("Marlo Quentin", "PERSON"), ("Kansas City Chiefs", "ORG")],
            [("Chiefs", "ORG"), ("Marlo Quentin", "PERSON"), ("Kansas City Chiefs", "ORG")],
        ),
        # must not: a team's nickname is no surname and no place
        (
            "The Saints beat the Herons. The Herons lost to the New Orleans Saints had won"
            " every game.",
            [
                ("Saints", "ORG"),
                ("Herons", "ORG"),
                ("Herons", "ORG"),
                ("New Orleans Saints", "ORG"),
            ],
            [
                ("Saints", "ORG"),
                ("Herons", "ORG"),
                ("Herons", "ORG"),
                ("New Orleans Saints", "ORG"),
            ],
        ),
        (
            "The Red Sox won on Tuesday. Marlo Quentin was traded to the Boston Red Sox"
            " signed him in May.",
            [("Red Sox", "ORG"), ("Marlo Quentin", "PERSON"), ("Boston Red Sox", "ORG")],
            [("Red Sox", "ORG"), ("Marlo Quentin", "PERSON"), ("Boston Red Sox", "ORG")],
        ),
        # must not: a place whose last word is no name of its own
        (
            "Marlo Quentin grew up by the river. She flew home to Jersey City had snow that week.",
            [("Marlo Quentin", "PERSON"), ("Jersey City", "GPE")],
            [("Marlo Quentin", "PERSON"), ("Jersey City", "GPE")],
        ),
        # must not: a body named after a person the article names
        (
            "Jane Carter founded a charity in 1982. She spoke at the Carter Center was full.",
            [("Jane Carter", "PERSON"), ("Carter Center", "ORG")],
            [("Jane Carter", "PERSON"), ("Carter Center", "ORG")],
        ),
        # must not: the article writes the whole run elsewhere
        (
            "Halvex North Dakota is a grain trader in North Dakota. Farmers signed a deal"
            " with Halvex North Dakota has paid them late.",
            [
                ("Halvex North Dakota", "ORG"),
                ("North Dakota", "GPE"),
                ("Halvex North Dakota", "ORG"),
            ],
            [
                ("Halvex North Dakota", "ORG"),
                ("North Dakota", "GPE"),
                ("Halvex North Dakota", "ORG"),
            ],
        ),
        # must not: a word like a people's name of no place the article names
        (
            "Police cleared a square on Sunday, according to HalvexNews Kesselbyites on"
            " Facebook said that officers used tear gas.",
            [("HalvexNews Kesselbyites", "ORG")],
            [("HalvexNews Kesselbyites", "ORG")],
        ),
    ],
)
def test_run_on(text: str, ents: Rows, expected: Rows) -> None:
    assert _names(text, ents) == expected
