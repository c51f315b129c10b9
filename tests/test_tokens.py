"""The per-document token table (`kg.tokens.DocTokens`): every column equals reading
the attribute off each token, and the passes that share it find what they found alone."""

from __future__ import annotations

import pytest

from kg.mentions import find_mentions
from kg.name_candidates import find_name_candidates
from kg.spans import headline_tokens, lower_forms
from kg.tokens import DocTokens
from tests.extraction_helpers import parse

TEXTS = [
    "Jane Roe, the president of Halvex, met officials in Paris on Monday.\n\n"
    "She said the talks were useful. Halvex Shares Fall After Talks",
    "Acme Research hired John Doe. The firm's chief said he would stay.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_columns_equal_token_attributes(text: str) -> None:
    doc = parse(text)
    table = DocTokens(doc)
    tokens = list(doc)
    assert len(table) == len(tokens)
    assert table.tokens == tuple(tokens)
    assert table.text == tuple(t.text for t in tokens)
    assert table.lower == tuple(t.lower_ for t in tokens)
    assert table.lemma == tuple(t.lemma_.lower() for t in tokens)
    assert table.pos == tuple(t.pos_ for t in tokens)
    assert table.tag == tuple(t.tag_ for t in tokens)
    assert table.dep == tuple(t.dep_ for t in tokens)
    assert table.ent_type == tuple(t.ent_type_ for t in tokens)
    assert table.is_alpha == tuple(t.is_alpha for t in tokens)
    assert table.is_lower == tuple(t.is_lower for t in tokens)
    assert table.is_title == tuple(t.is_title for t in tokens)
    assert table.is_upper == tuple(t.is_upper for t in tokens)
    assert table.idx == tuple(t.idx for t in tokens)
    assert table.doc_text == doc.text


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_and_entities(text: str) -> None:
    doc = parse(text)
    table = DocTokens(doc)
    sents = list(doc.sents)
    assert table.sents == tuple(sents)
    assert table.sent_of == tuple(k for k, s in enumerate(sents) for _ in range(len(s)))
    assert table.ents == tuple(doc.ents)
    assert table.in_ents == {t.i for ent in doc.ents for t in ent}


@pytest.mark.parametrize("text", TEXTS)
def test_span_text_equals_spacy_span_text(text: str) -> None:
    doc = parse(text)
    table = DocTokens(doc, doc.text)
    n = len(doc)
    for start in range(n + 1):
        for end in range(n + 2):
            assert table.span_text(start, end) == doc[start:end].text


def test_where_finds_the_tokens_once_per_test() -> None:
    doc = parse(TEXTS[0])
    table = DocTokens(doc)
    calls: list[str] = []

    def place_word(word: str) -> bool:
        calls.append(word)
        return word in ("halvex", "paris")

    found = table.where(place_word)
    assert found == tuple(t.i for t in doc if t.lower_ in ("halvex", "paris"))
    assert table.where(place_word) is found
    assert sorted(calls) == sorted({t.lower_ for t in doc})  # each word once


def test_text_given_by_the_caller_is_used() -> None:
    doc = parse(TEXTS[0])
    assert DocTokens(doc, doc.text).doc_text == doc.text


@pytest.mark.parametrize("text", TEXTS[:2])
def test_passes_find_the_same_with_a_shared_table(text: str) -> None:
    doc = parse(text)
    table = DocTokens(doc)
    headline = headline_tokens(doc, table)
    assert headline == headline_tokens(doc)
    assert lower_forms(doc, headline, table) == lower_forms(doc, headline)
    mentions = find_mentions(doc, "t", headline, table)
    assert mentions == find_mentions(doc, "t")
    assert find_name_candidates(doc, mentions, headline, table) == find_name_candidates(
        doc, mentions
    )
    # The lower-case forms worked out once and handed to both passes.
    lowercase = lower_forms(doc, headline, table)
    assert find_mentions(doc, "t", headline, table, lowercase) == mentions
    assert find_name_candidates(doc, mentions, headline, table, lowercase) == find_name_candidates(
        doc, mentions
    )


def test_words_do_not_outlive_their_document() -> None:
    """A document's words stay with its table: a process-wide table of them would grow
    with every distinct token a long-lived worker parses. Only the model's labels (a
    closed set) are kept between documents."""
    import gc
    import weakref

    from kg import tokens as kg_tokens
    from kg.extract import extract_document
    from tests.extraction_helpers import document, nlp

    text = "Zorvandel Quibbleworth of Halvex met Jane Roe in Paris on Monday."
    doc = nlp()(text)
    table = DocTokens(doc)
    assert "Zorvandel" in table.text and "zorvandel" in table.lower
    assert "zorvandel" in table.lemma and table.pos and table.ent_type
    extract_document(doc, document(text))
    assert set(kg_tokens._VALUES) <= kg_tokens._LABELS
    kept = {value for values in kg_tokens._VALUES.values() for value in values.values()}
    assert not {"Zorvandel", "zorvandel", "Quibbleworth"} & kept
    gone = weakref.ref(table)
    del table
    gc.collect()
    assert gone() is None
