"""Trigger lexicons and word lists, kept as data files beside this module.

Each ``.tsv`` file has ``#`` comment lines and tab-separated columns; a new trigger or
title is a data line (plus a test row), not code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class Row:
    """One data line of a lexicon file: its 1-based line number and its cells."""

    line: int
    cells: tuple[str, ...]


def lexicon_path(name: str) -> str:
    """Where lexicon file ``name`` is, for messages that point the user at a line."""
    return str(files(__package__).joinpath(name))


def read_text(name: str) -> str:
    """The text of lexicon file ``name``."""
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


def parse_rows(text: str) -> tuple[Row, ...]:
    """Data lines of a lexicon text (``#`` comments and blank lines skipped), cells stripped."""
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(Row(number, tuple(cell.strip() for cell in line.split("\t"))))
    return tuple(rows)


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the rows of lexicon file ``name`` (comments and blank lines skipped).

    Args:
        name: File name inside ``kg/lexicon``, e.g. ``"roles.tsv"``.
    """
    return tuple(row.cells for row in parse_rows(read_text(name)))


@cache
def agent_nouns() -> frozenset[str]:
    """Nouns that stand for the actor modifying them ("the Russian government", "US
    officials"), from ``agent_nouns.tsv``; businesses only when acted on
    (`business_nouns`)."""
    return frozenset(
        row[0]
        for row in load_tsv("agent_nouns.tsv")
        if row[1] not in ("event", "against", "message", "business", "member")
    )


@cache
def government_nouns() -> frozenset[str]:
    """Nouns for the government of the actor that modifies them or follows "of" ("the
    government of Haiti", "the administration of President X"), from
    ``agent_nouns.tsv``."""
    return frozenset(row[0] for row in load_tsv("agent_nouns.tsv") if row[1] == "government")


@cache
def member_nouns() -> frozenset[str]:
    """Nouns for people of the body they are "of" or "from" ("members of X", "activists
    from X", "leaders of X"), from ``agent_nouns.tsv``."""
    return frozenset(row[0] for row in load_tsv("agent_nouns.tsv") if row[1] == "member")


@cache
def business_nouns() -> frozenset[str]:
    """Nouns for a country's companies ("Russian banks"): they stand for the country
    when acted on, never as the doer, from ``agent_nouns.tsv``."""
    return frozenset(row[0] for row in load_tsv("agent_nouns.tsv") if row[1] == "business")


@cache
def event_nouns() -> frozenset[str]:
    """Nouns of an act whose agent is their "of"/"by" object or modifier ("the withdrawal
    of the Russians"), from ``agent_nouns.tsv``."""
    return frozenset(
        row[0] for row in load_tsv("agent_nouns.tsv") if row[1] in ("event", "against", "message")
    )


@cache
def against_nouns() -> frozenset[str]:
    """Event nouns of an act done to the actor they are of, against them ("the ouster of
    X", "the extradition of X"), from ``agent_nouns.tsv``: a stance on the act is none
    on the actor."""
    return frozenset(row[0] for row in load_tsv("agent_nouns.tsv") if row[1] == "against")


@cache
def message_nouns() -> frozenset[str]:
    """Event nouns sent by an author who may come after "from" ("an offer from X",
    "pressure from X"), from ``agent_nouns.tsv``."""
    return frozenset(row[0] for row in load_tsv("agent_nouns.tsv") if row[1] == "message")


@cache
def other_name_phrases() -> frozenset[str]:
    """Phrases written between a person's two names ("X, who performs as Y"), from
    ``other_names.tsv``."""
    return frozenset(row[0] for row in load_tsv("other_names.tsv"))


@cache
def gender_words(kind: str) -> dict[str, str]:
    """Words written with a person's name, from ``gender.tsv``: word -> "female", "male"
    or "any" (a word that says no gender: "khun", "san").

    Args:
        kind: A kind of ``gender.tsv``: ``"honorific"`` (a courtesy title before a name:
            "Mrs"), ``"noun"`` (a title or kin word next to a name: "first lady", "his
            wife"), ``"suffix honorific"`` ("-san"), and the others its header lists.
    """
    return {row[0]: row[1] for row in load_tsv("gender.tsv") if row[2] == kind}


@cache
def title_words() -> frozenset[str]:
    """Title words written before names (``titles.tsv``), lower case, without dots."""
    return frozenset(row[0] for row in load_tsv("titles.tsv"))


@cache
def flagged_titles(flag: str) -> frozenset[str]:
    """The titles ``titles.tsv`` flags ``flag`` in its third column, a comma-separated
    list ("style", "dotted", "given": "adv<TAB>abbrev<TAB>style,dotted").

    Args:
        flag: One flag of the third column.
    """
    return frozenset(
        row[0] for row in load_tsv("titles.tsv") if flag in "".join(row[2:3]).split(",")
    )
