"""The attribute ruler's lookup tables give exactly what spaCy's own matcher gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.attrs import DEP, IS_SPACE, LEMMA, MORPH, POS, TAG
from spacy.lang.en import English
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.attribute_index import IndexedRuleMatch, index_attribute_rulers
from kg.nlp import load_pipeline

REPO = Path(__file__).resolve().parent.parent

#: Everything the ruler writes or reads, compared token by token.
COLUMNS = [POS, MORPH, LEMMA, TAG, DEP, IS_SPACE]

#: Invented sentences that reach the model's rarer rules: contractions of several
#: tokens, spoken forms, "there is", auxiliaries, determiners used as pronouns, spaces.
SENTENCES = [
    "We're gonna win, y'all, and you ain't seen nothin' yet.",
    "C'mon, let's go: we gotta leave before the Halvex board meets.",
    "There is no deal, and there were no talks, said Jane Roe.",
    "That is what they wanted; this was not.  Those who can't, won't.",
    "Which of them had been told?\n\nNone had.\n",
    "Dr. Ada Quist hasn't signed it; she'd rather wait.  \t Nor would I.",
    "",
    "   ",
]


def _stock_and_indexed() -> tuple[Language, Language]:
    return load_pipeline(index_rules=False), load_pipeline()


@pytest.fixture(scope="module")
def pipelines() -> tuple[Language, Language]:
    return _stock_and_indexed()


def _texts() -> list[str]:
    files = sorted((REPO / "examples" / "venezuela-2019-06").glob("*.txt"))
    files += sorted((REPO / "benchmarks" / "corpora" / "liberia-2029").glob("*.txt"))[:12]
    return SENTENCES + [p.read_text(encoding="utf-8") for p in files]


def test_load_pipeline_indexes_the_ruler_unless_told_not_to(
    pipelines: tuple[Language, Language],
) -> None:
    stock, indexed = pipelines
    assert isinstance(indexed.get_pipe("attribute_ruler").match, IndexedRuleMatch)
    assert not isinstance(stock.get_pipe("attribute_ruler").match, IndexedRuleMatch)


def test_same_annotations_as_spacy_on_real_articles(
    pipelines: tuple[Language, Language],
) -> None:
    stock, indexed = pipelines
    texts = _texts()
    assert len(texts) > 20
    for text, a, b in zip(texts, stock.pipe(texts), indexed.pipe(texts), strict=True):
        assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all(), text[:60]
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]


def test_same_matches_as_spacy_rule_by_rule(pipelines: tuple[Language, Language]) -> None:
    stock, _ = pipelines
    ruler = stock.get_pipe("attribute_ruler")
    indexed = IndexedRuleMatch(ruler)
    before_ruler = [name for name in stock.pipe_names if name != "attribute_ruler"]
    rules_seen: set[int] = set()
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(_texts()))
    assert before_ruler
    for doc in docs:
        expected = sorted(set(ruler.match(doc)))
        assert indexed(doc) == expected
        rules_seen.update(rule for rule, *_ in expected)
    # The rows reach rules of every kind: one-token tables, several tokens, NOT_IN, REGEX.
    shapes = {str(p["patterns"]) for i, p in enumerate(ruler.patterns) if i in rules_seen}
    assert any("'gon'" in s for s in shapes)
    assert any("NOT_IN" in s for s in shapes)
    assert any("REGEX" in s for s in shapes)


# Hand-made rules on a blank pipeline: (patterns added in order, attrs), a text whose
# tokens get the tags listed, and the lemma each token must end with.
RULE_ROWS = [
    pytest.param(
        [([[{"TAG": "NN"}]], {"LEMMA": "noun"}), ([[{"LOWER": "cat"}]], {"LEMMA": "cat!"})],
        "the cat sat",
        ["DT", "NN", "VBD"],
        ["", "cat!", ""],
        id="a later rule wins over an earlier one",
    ),
    pytest.param(
        [([[{"LOWER": "cat"}]], {"LEMMA": "cat!"}), ([[{"TAG": "NN"}]], {"LEMMA": "noun"})],
        "the cat sat",
        ["DT", "NN", "VBD"],
        ["", "noun", ""],
        id="the same rules the other way round",
    ),
    pytest.param(
        [([[{"TAG": {"IN": ["VBD", "VBZ"]}, "LOWER": {"NOT_IN": ["sat"]}}]], {"LEMMA": "v"})],
        "it sat and ran",
        ["PRP", "VBD", "CC", "VBD"],
        ["", "", "", "v"],
        id="IN with NOT_IN",
    ),
    pytest.param(
        [([[{"LOWER": {"REGEX": "^r.n$"}}]], {"LEMMA": "r-n"})],
        "ran run rain",
        ["VBD", "VB", "NN"],
        ["r-n", "r-n", ""],
        id="a regular expression on every token",
    ),
    pytest.param(
        [([[{"LOWER": "let"}, {"LOWER": "us"}]], {"LEMMA": "LET"}, 0)],
        "let us go let them",
        ["VB", "PRP", "VB", "VB", "PRP"],
        ["LET", "", "", "", ""],
        id="two tokens, index 0",
    ),
    pytest.param(
        [([[{"TAG": "DT"}, {"LOWER": "cat"}]], {"LEMMA": "feline"}, 1)],
        "cat the cat a cat",
        ["NN", "DT", "NN", "DT", "NN"],
        ["", "", "feline", "", "feline"],
        id="two tokens, the anchor word second, index 1",
    ),
    pytest.param(
        [([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"LEMMA": "good!"}, -1)],
        "very very good good",
        ["RB", "RB", "JJ", "JJ"],
        ["", "", "good!", ""],
        id="an operator: spaCy's own matcher",
    ),
    pytest.param(
        [([[{"LENGTH": 3}]], {"LEMMA": "three"})],
        "a cat is here",
        ["DT", "NN", "VBZ", "RB"],
        ["", "three", "", ""],
        id="an attribute the tables do not read: spaCy's own matcher",
    ),
    pytest.param(
        [([[{"SUFFIX": "ing"}]], {"LEMMA": "ING"})],
        "going home",
        ["VBG", "NN"],
        ["ING", ""],
        id="a pattern spaCy's validation would refuse, as the ruler's own matcher accepts it",
    ),
    pytest.param(
        [([[{"TAG": "NN"}], [{"LOWER": "cat"}]], {"LEMMA": "either"})],
        "a cat and a dog",
        ["DT", "NN", "CC", "DT", "NN"],
        ["", "either", "", "", "either"],
        id="two patterns of one rule on one token",
    ),
    pytest.param(
        [([[{"TAG": "NN"}]], {"LEMMA": "noun"})],
        "the cat sat",
        ["DT", "JJ", "VBD"],
        ["", "", ""],
        id="nothing matches",
    ),
]


@pytest.mark.parametrize(("rules", "text", "tags", "lemmas"), RULE_ROWS)
def test_hand_made_rules(rules: list[tuple], text: str, tags: list[str], lemmas: list[str]) -> None:
    results = []
    for indexed in (False, True):
        nlp = English()
        ruler = nlp.add_pipe("attribute_ruler")
        assert isinstance(ruler, AttributeRuler)
        for patterns, attrs, *index in rules:
            ruler.add(patterns, attrs, index=index[0] if index else 0)
        if indexed:
            index_attribute_rulers(nlp)
        doc = nlp.make_doc(text)
        for token, tag in zip(doc, tags, strict=True):
            token.tag_ = tag
        results.append([t.lemma_ for t in ruler(Doc(doc.vocab).from_docs([doc]))])
    assert results[0] == lemmas, "the row's expectation is wrong for spaCy itself"
    assert results[1] == lemmas


def _tagged(nlp: Language, text: str, tags: list[str]) -> Doc:
    doc = nlp.make_doc(text)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc


def test_a_ruler_changed_after_indexing_is_answered_by_spacy() -> None:
    nlp = English()
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "cat"}]], {"LEMMA": "feline"})
    index_attribute_rulers(nlp)
    ruler.add([[{"LOWER": "the"}]], {"LEMMA": "THE"})
    doc = ruler(_tagged(nlp, "the cat", ["DT", "NN"]))
    assert [t.lemma_ for t in doc] == ["THE", "feline"]
    ruler.clear()
    with pytest.warns(UserWarning, match="W036"):  # spaCy's own: a matcher without patterns
        doc = ruler(_tagged(nlp, "the cat", ["DT", "NN"]))
    assert [t.lemma_ for t in doc] == ["", ""]


class _FirstTokenLeftAlone(AttributeRuler):
    """A ruler whose own ``match`` drops what matches the first token."""

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        return [m for m in super().match(doc) if m[2] > 0]


@Language.factory("kg_test_first_token_left_alone")
def _first_token_left_alone(nlp: Language, name: str) -> _FirstTokenLeftAlone:
    return _FirstTokenLeftAlone(nlp.vocab, name)


def test_a_ruler_with_its_own_match_is_not_indexed() -> None:
    nlp = English()
    ruler = nlp.add_pipe("kg_test_first_token_left_alone")
    assert isinstance(ruler, _FirstTokenLeftAlone)
    ruler.add([[{"LOWER": "cat"}]], {"LEMMA": "feline"})
    plain = nlp.add_pipe("attribute_ruler", name="plain_ruler")
    index_attribute_rulers(nlp)
    assert isinstance(plain.match, IndexedRuleMatch)
    assert not isinstance(ruler.match, IndexedRuleMatch)
    doc = ruler(_tagged(nlp, "cat cat", ["NN", "NN"]))
    assert [t.lemma_ for t in doc] == ["", "feline"]
