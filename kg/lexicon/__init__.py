"""Trigger lexicons and word lists, kept as data files beside this module.

Each ``.tsv`` file has ``#`` comment lines and tab-separated columns; a new trigger or
title is a data line (plus a test row), not code.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the rows of lexicon file ``name`` (comments and blank lines skipped).

    Args:
        name: File name inside ``kg/lexicon``, e.g. ``"roles.tsv"``.
    """
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@cache
def agent_nouns() -> frozenset[str]:
    """Nouns that stand for the actor modifying them ("the Russian government", "US
    officials"), from ``agent_nouns.tsv``."""
    return frozenset(row[0] for row in load_tsv("agent_nouns.tsv") if row[1] != "event")


@cache
def event_nouns() -> frozenset[str]:
    """Nouns of an act whose agent is their "of"/"by" object or modifier ("the withdrawal
    of the Russians"), from ``agent_nouns.tsv``."""
    return frozenset(row[0] for row in load_tsv("agent_nouns.tsv") if row[1] == "event")
