"""Every trigger row of the lexicons is exercised by a passing row of a rule table."""

from __future__ import annotations

from kg.lexicon import load_tsv
from tests import (  # noqa: F401  (importing the tables registers their rows)
    test_relations_events,
    test_relations_nouns,
    test_relations_pronouns,
    test_relations_syntax,
    test_relations_verbs,
)
from tests.relation_rows import NOUN_ROWS, VERB_ROWS

# ---------------------------------------------------------------------------------
# Every lexicon row is exercised by a passing row above
# ---------------------------------------------------------------------------------

#: Lexicon rows that no natural sentence fires with the small model (none today); a
#: row listed here must not also be covered, so the list cannot go stale.
UNEXERCISED_VERBS: frozenset[str] = frozenset()
UNEXERCISED_NOUNS: frozenset[str] = frozenset()


def _lexicon(name: str) -> set[str]:
    return {row[0] for row in load_tsv(name)}


def test_every_verb_trigger_has_a_row() -> None:
    lemmas = _lexicon("verbs.tsv")
    assert lemmas >= UNEXERCISED_VERBS
    covered = {trigger for _, trigger, _ in VERB_ROWS}
    assert not UNEXERCISED_VERBS & covered
    assert lemmas - covered - UNEXERCISED_VERBS == set()


def test_every_noun_trigger_has_a_row() -> None:
    lemmas = _lexicon("nouns.tsv")
    assert lemmas >= UNEXERCISED_NOUNS
    covered = {trigger for _, trigger, _ in NOUN_ROWS}
    assert not UNEXERCISED_NOUNS & covered
    assert lemmas - covered - UNEXERCISED_NOUNS == set()
