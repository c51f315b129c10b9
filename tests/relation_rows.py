"""Shared helpers of the relation rule tables (``tests/test_relations_*.py``).

Every row is a sentence written for these tests (invented or general international
news) with the edges it must give as (source name, relation, target name). Rows name
the lexicon lemma that triggers them; `tests/test_lexicon_coverage.py` checks that each
row of ``lexicon/verbs.tsv`` and ``lexicon/nouns.tsv`` is exercised by a row whose edge
that lemma really triggered.
"""

from __future__ import annotations

import pytest

from kg.vocab import SYMMETRIC
from tests.extraction_helpers import Edge, edges, parse, predicates

VERB_ROWS: list[tuple[str, str, set[Edge]]] = []
NOUN_ROWS: list[tuple[str, str, set[Edge]]] = []


def canon(edge: Edge) -> Edge:
    source, relation, target = edge
    if relation in SYMMETRIC and target < source:
        return (target, relation, source)
    return edge


def _triggered_by(sentence: str, edge: Edge, lemma: str, kind: str) -> bool:
    """True when ``lemma`` (a verb or a noun, per ``kind``) is a word of the edge's predicate."""
    preds = {canon(e): p for e, p in predicates(sentence).items()}
    words = set(preds.get(canon(edge), "").split())
    for tok in parse(sentence):
        if tok.text not in words or tok.lemma_.lower() != lemma:
            continue
        is_noun = tok.pos_ in ("NOUN", "ADJ", "PROPN") and tok.dep_ not in ("ROOT", "xcomp")
        if (kind == "noun") == is_noun:
            return True
    return False


def check(sentence: str, trigger: str, expected: set[Edge], kind: str = "verb") -> None:
    """Assert every expected edge is extracted and ``trigger`` fired at least one of them."""
    got = {canon(e) for e in edges(sentence)}
    missing = {canon(e) for e in expected} - got
    assert not missing, f"missing {sorted(missing)}; got {sorted(got)}"
    if trigger:
        assert any(_triggered_by(sentence, e, trigger, kind) for e in expected), (
            f"no expected edge was triggered by the {kind} {trigger!r}: {predicates(sentence)}"
        )


def rows(table: list[tuple[str, str, set[Edge]]], *new: tuple[str, str, set[Edge]]) -> list:
    """Record rows for the lexicon coverage check and return them as pytest params."""
    table.extend(new)
    return [pytest.param(s, t, e, id=s[:60]) for s, t, e in new]
