"""`kg.relations.rules.rule_table` skips a rule on a sentence that lacks its trigger words
or any mention (`TRIGGERS`, `WALKS_MENTIONS`): the table must be the one every rule run on
every sentence gives, and every skipped call must have given nothing."""

from __future__ import annotations

import pytest

from kg.relations.candidates import may_be_title, sentences_of
from kg.relations.rules import (
    READS_ROLES,
    RULES,
    TRIGGERS,
    WALKS_MENTIONS,
    every_trigger,
    rule_table,
)
from tests.extraction_helpers import actors, parse

TEXTS = [
    "Halvex, a Korean chipmaker, sued Acme Research in Seoul on Monday. Its chief, Jane "
    "Roe, said the suit was filed in Busan. It rained all day.",
    "Gunmen killed two soldiers near Lyonne, France. The rebels threatened to attack the "
    "capital. Protesters marched against the plan.",
    "The president of Norland, John Doe, met his counterpart in Vesta. They signed a deal.",
    "Nothing happened. The weather was mild and the roads were quiet.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_gated_table_equals_every_rule_on_every_sentence(text: str) -> None:
    index = actors(text)
    sentences = list(sentences_of(parse(text), index))
    every = [[rule(s, index) for rule in RULES.values()] for s in sentences]
    assert rule_table(sentences, index) == every
    again = [
        [
            rule(s, index) if name in READS_ROLES else kept
            for (name, rule), kept in zip(RULES.items(), row, strict=True)
        ]
        for s, row in zip(sentences, every, strict=True)
    ]
    assert rule_table(sentences, index, every) == again


@pytest.mark.parametrize("text", TEXTS)
def test_skipped_rules_find_nothing(text: str) -> None:
    index = actors(text)
    skipped = 0
    for sentence in sentences_of(parse(text), index):
        for name, rule in RULES.items():
            lacks_words = name in TRIGGERS and TRIGGERS[name]().isdisjoint(sentence.distinct)
            lacks_mentions = name in WALKS_MENTIONS and not sentence.mentions
            if lacks_words or lacks_mentions:
                skipped += 1
                assert rule(sentence, index) == [], name
    assert skipped


def test_gates_name_known_rules() -> None:
    assert set(TRIGGERS) <= set(RULES)
    assert set(WALKS_MENTIONS) <= set(RULES)


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_titles_are_its_title_words(text: str) -> None:
    # The title rules start from `Sentence.titles` only: it must hold every token a title
    # rule would accept, found once for the document.
    index = actors(text)
    for sentence in sentences_of(parse(text), index):
        assert sentence.titles == tuple(
            k for k, tok in enumerate(sentence.tokens) if may_be_title(tok.lower_)
        )


@pytest.mark.parametrize("text", TEXTS)
def test_keyed_in_is_every_token_with_a_key(text: str) -> None:
    index = actors(text)
    doc = parse(text)
    for sentence in sentences_of(doc, index):
        span = sentence.span
        assert index.keyed_in(span.start, span.end) == tuple(
            t.i for t in span if index.key(t) is not None
        )
    assert index.keyed_in(0, len(doc)) == tuple(t.i for t in doc if index.key(t) is not None)


@pytest.mark.parametrize("text", TEXTS)
def test_mention_root_is_the_span_root(text: str) -> None:
    index = actors(text)
    doc = parse(text)
    for keyed in index.mentions:
        span = doc[keyed.mention.start : keyed.mention.end]
        assert index.root(keyed, doc) == span.root
        assert index.root(keyed, doc) is index.root(keyed, doc)  # found once


def test_every_trigger_holds_each_rules_triggers() -> None:
    assert all(set(words()) <= every_trigger() for words in TRIGGERS.values())
