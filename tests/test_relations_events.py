"""Event verbs of the trigger lexicon added for issue 11's gaps: raids, hijackings,
injuries, property destroyed or seized, troops massed or reinforced, riots.

Each row names the lemma that must trigger one of its edges (``tests/relation_rows.py``);
the negative rows are the same verbs in senses that are no event between actors
(sport, savings, software), where no edge may appear.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges
from tests.relation_rows import NOUN_ROWS, VERB_ROWS, check, rows

EVENT_VERBS = rows(
    VERB_ROWS,
    # ASSAULT
    (
        "Turkish troops raided villages in Syria.",
        "raid",
        {("Turkish military", "ASSAULT", "Syria")},
    ),
    (
        "Al-Shabaab fighters hijacked a Greek tanker.",
        "hijack",
        {("Al-Shabaab", "ASSAULT", "Greece")},
    ),
    (
        "Israeli troops injured three Palestinians in Hebron.",
        "injure",
        {("Israeli military", "ASSAULT", "Palestine")},
    ),
    (
        "Ethiopian soldiers maimed two Sudanese civilians.",
        "maim",
        {("Ethiopian military", "ASSAULT", "Sudanese civilians")},
    ),
    (
        "Indian troops skirmished with Chinese soldiers in Ladakh.",
        "skirmish",
        {("Indian military", "ASSAULT", "Chinese military")},
    ),
    # COERCE: property destroyed or seized, repression, vessels stopped at sea
    (
        "Iraq demolished the Kurdish village of Halabja.",
        "demolish",
        {("Iraq", "COERCE", "Halabja")},
    ),
    ("Serb forces razed Albanian villages.", "raze", {("Serbian military", "COERCE", "Albania")}),
    (
        "Russian troops looted Ukrainian villages.",
        "loot",
        {("Russian military", "COERCE", "Ukraine")},
    ),
    (
        "Sudanese militias ransacked the town of Geneina.",
        "ransack",
        {("Sudanese rebels", "COERCE", "Geneina")},
    ),
    (
        "Egypt suppressed the Muslim Brotherhood.",
        "suppress",
        {("Egypt", "COERCE", "Muslim Brotherhood")},
    ),
    (
        "The Italian coast guard intercepted a Libyan fishing vessel.",
        "intercept",
        {("Italian military", "COERCE", "Libya")},
    ),
    # MOBILIZE
    (
        "Russia reinforced its garrison in Belarus.",
        "reinforce",
        {("Russia", "MOBILIZE", "Belarus")},
    ),
    ("Russia amassed troops near Ukraine.", "amass", {("Russia", "MOBILIZE", "Ukraine")}),
    ("China massed warships near Taiwan.", "mass", {("China", "MOBILIZE", "Taiwan")}),
    # PROTEST
    (
        "Kenyan students rioted against the United Nations.",
        "riot",
        {("Kenyan students", "PROTEST", "United Nations")},
    ),
)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), EVENT_VERBS)
def test_event_verbs(sentence: str, trigger: str, expected: set[Edge]) -> None:
    check(sentence, trigger, expected)


EVENT_NOUNS = rows(
    NOUN_ROWS,
    (
        "Al-Shabaab's hijacking of a Greek tanker ended.",
        "hijacking",
        {("Al-Shabaab", "ASSAULT", "Greece")},
    ),
    (
        "Israel's demolition of Palestinian villages drew criticism.",
        "demolition",
        {("Israel", "COERCE", "Palestine")},
    ),
    (
        "Russia's looting of Ukrainian villages continued.",
        "looting",
        {("Russia", "COERCE", "Ukraine")},
    ),
    (
        "Italy's interception of a Libyan vessel angered Tripoli.",
        "interception",
        {("Italy", "COERCE", "Libya")},
    ),
    (
        "The Russian buildup near Ukraine alarmed NATO.",
        "buildup",
        {("Russia", "MOBILIZE", "Ukraine")},
    ),
)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), EVENT_NOUNS)
def test_event_nouns(sentence: str, trigger: str, expected: set[Edge]) -> None:
    check(sentence, trigger, expected, kind="noun")


#: The same verbs and nouns where no event between actors may be found: sport, money,
#: software, a body part, weapons stopped in the air, repression of a thing, a building.
NO_EVENT = [
    "Jane Roe raided her savings to pay Halvex.",
    "The hackers hijacked the website of Halvex.",
    "Mark Delven injured his knee against Spain.",
    "Brazil's striker injured Argentina's goalkeeper.",
    "France intercepted the ball from Italy.",
    "Iceland intercepted a pass from Norway and scored.",
    "Israel intercepted rockets fired from Lebanon.",
    "The city of Marlo demolished its old stadium.",
    "Halvex suppressed a report on Jane Roe.",
    "The verdict reinforced the case of Halvex.",
    "The fans rioted after the match against Spain.",
    "The demolition of the old stadium in Marlo began.",
    "Brazil's interception of the pass from Argentina won the match.",
]


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_event_verbs_in_other_senses_give_no_edge(sentence: str) -> None:
    assert not {e for e in edges(sentence) if e[1] != "PART_OF"}, edges(sentence)
