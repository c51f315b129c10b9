"""Authors of acts named by nouns: "by" and "from" ("the shelling of X by Y", "an offer
from Y", "pressure from Y"); message nouns of ``agent_nouns.tsv`` stand for their author
after "from" when a verb reacts to them ("rejected an offer from Y").

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The shelling of Mosul by Turkey killed ten people.", ("Turkey", "ASSAULT", "Mosul")),
        ("The invasion of Kuwait by Iraq began in August.", ("Iraq", "ASSAULT", "Kuwait")),
        (
            "The bombing of the US embassy by Hezbollah killed ten.",
            ("Hezbollah", "ASSAULT", "United States"),
        ),
        (
            "The recognition of Kosovo by Germany angered Serbia.",
            ("Germany", "SUPPORT", "Kosovo"),
        ),
        ("Peru bowed to pressure from the United States.", ("Peru", "CONCEDE", "United States")),
        ("Brazil rejected an offer from Argentina.", ("Brazil", "REJECT", "Argentina")),
        (
            "Chile rejected a renewed offer from Peru for joint patrols.",
            ("Chile", "REJECT", "Peru"),
        ),
        (
            "Chile accepted demands from Bolivia to reopen the border.",
            ("Chile", "CONCEDE", "Bolivia"),
        ),
        ("Kenya welcomed an invitation from China.", ("Kenya", "SUPPORT", "China")),
    ],
)
def test_the_author_after_by_or_from(sentence: str, expected: Edge) -> None:
    got = edges(sentence)
    assert expected in got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "forbidden"),
    [
        # "by" a reacting verb's agent, or inside another phrase, is no author of the act
        ("The shelling of Mosul was condemned by Turkey.", ("Turkey", "ASSAULT", "Mosul")),
        (
            "A report by Halden Rights Institute on the bombing of Gaza angered Israel.",
            ("Halden Rights Institute", "ASSAULT", "Gaza"),
        ),
        ("The bombing of Gaza, condemned by Egypt, continued.", ("Egypt", "ASSAULT", "Gaza")),
        # "from" where the trigger takes its target, or on a noun that is no message
        ("France imported gas from Algeria.", ("Algeria", "COOPERATE", "France")),
        ("The withdrawal of troops from Iraq angered Iran.", ("Iraq", "RETREAT", "Iran")),
        ("Turkey received a letter from Egypt.", ("Turkey", "CONSULT", "Egypt")),
    ],
)
def test_no_author(sentence: str, forbidden: Edge) -> None:
    got = edges(sentence)
    assert forbidden not in got, sorted(got)
