"""Table tests for the corpus gazetteer: `kg.name_candidates` keeps the capitalised runs
no mention took, `kg.resolve.recover` promotes those that are actors elsewhere.

The candidate rows use real parses with the NER's output replaced by the spans under
test (so the rule, not the model, is tested); the recovery rows are records, as the
cache gives them to the corpus stage. Must-not rows: known names inside longer names,
one-word names at the start of a sentence, names only one article knows.
"""

from __future__ import annotations

import itertools

import pytest

from kg.extract import extract_document
from kg.mentions import find_mentions
from kg.model import DocExtraction, EntityType, LocalEntity, NameCandidate
from kg.name_candidates import find_name_candidates
from kg.resolve.corpus import resolve_corpus
from kg.resolve.recover import promote_candidates
from tests.extraction_helpers import document, nlp, with_ents

# ---------------------------------------------------------------------------------
# Candidates: the runs no mention took
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a name the NER missed, and one it tagged as a work of art
        ("The fans cheered the Redkites at the game.", [], ["Redkites"]),
        (
            "Reporters quoted Harbor Light Radio on the storm.",
            [("Harbor Light Radio", "WORK_OF_ART")],
            ["Reporters", "Harbor Light Radio"],
        ),
        # a capitalised word starting a sentence is kept, marked as initial
        ("Officials met Tamsin Roe downtown.", [], ["Officials", "Tamsin Roe"]),
        ("Redkites Tamsin Roe was fined.", [("Tamsin Roe", "PERSON")], ["Redkites"]),
        # connectors inside a run, a possessive ends it
        ("Fans of Bank of Ostrava's team left.", [], ["Fans", "Bank of Ostrava"]),
        # each half of a mention that glues two names with "and": the corpus decides
        (
            "The rep spoke to Vantage and Coral Weekly that week.",
            [("Vantage and Coral Weekly", "ORG")],
            ["Vantage", "Coral Weekly"],
        ),
        # "The" before a proper noun starts a name that may hold "and"
        ("The Harbor and Coast Service listed the bird.", [], ["The Harbor and Coast Service"]),
        # ... but a common word after "The" still takes no connector
        ("The fans of Acme cheered.", [], ["Acme"]),
        # a company's legal form the tokenizer does not take as a word ends the name
        (
            "He runs Nordkurs Spedition GmbH. It is old.",
            [],
            ["Nordkurs Spedition GmbH."],
        ),
        ("He runs Halvex Rohrbau S.A. now.", [], ["Halvex Rohrbau S.A."]),
        # must not: a word that is also a form, written as a word ("as"), or no form
        ("She saw Halvex as a rival.", [], ["Halvex"]),
        ("She saw Halvex e.g. twice.", [], ["Halvex"]),
        # must not: one word the article also writes in lower case (a common word)
        ("Reporters told Crowds that crowds were calm.", [], ["Reporters"]),
        (
            "The rep spoke to Crowds and Coral Weekly as crowds came.",
            [("Crowds and Coral Weekly", "ORG")],
            ["Coral Weekly"],
        ),
        # must not: the words of a mention, dates, a lone stop word, figures
        ("Jane Roe spoke to Mark Doe.", [("Jane Roe", "PERSON"), ("Mark Doe", "PERSON")], []),
        ("They met on Monday in March.", [("Monday", "DATE"), ("March", "DATE")], []),
        ("But it rained in 2024 all day.", [], []),
    ],
)
def test_find_name_candidates(text: str, ents: list[tuple[str, str]], expected: list[str]) -> None:
    doc = with_ents(text, ents)
    found = find_name_candidates(doc, find_mentions(doc, "t"))
    assert [c.text for c in found] == expected
    for c in found:
        assert doc.text[c.start : c.end] == c.text


def test_candidates_carry_their_sentence_and_headline_flag() -> None:
    text = "Acme Beats Rivals In Tight Quarterly Race. Shares of Acme rose on Tuesday."
    doc = nlp()(text)
    found = find_name_candidates(doc, [])
    assert found[0].headline and found[0].initial and found[0].sentence == 0
    assert all(not c.headline for c in found if c.sentence == 1)


@pytest.mark.parametrize(
    ("text", "ents", "before"),
    [
        ("Redkites Tamsin Roe was fined.", [("Tamsin Roe", "PERSON")], True),
        # must not: punctuation between, a one-word name, a name of no person
        ("Redkites, Tamsin Roe said, were fined.", [("Tamsin Roe", "PERSON")], False),
        ("Redkites Roe was fined.", [("Roe", "PERSON")], False),
        ("Redkites Harbor Light Radio said so.", [("Harbor Light Radio", "ORG")], False),
    ],
)
def test_a_run_right_before_a_person_name_is_marked(
    text: str, ents: list[tuple[str, str]], before: bool
) -> None:
    doc = with_ents(text, ents)
    (first, *_) = find_name_candidates(doc, find_mentions(doc, "t"))
    assert first.text == "Redkites"
    assert first.before_person is before


def test_extraction_keeps_its_candidates_through_the_cache_record() -> None:
    text = "The fans cheered the Redkites at the game."
    doc = with_ents(text, [])
    ex = extract_document(doc, document(text))
    assert [c.text for c in ex.candidates] == ["Redkites"]
    assert DocExtraction.from_dict(ex.to_dict()) == ex


# ---------------------------------------------------------------------------------
# Recovery: runs that are actors elsewhere in the corpus
# ---------------------------------------------------------------------------------


def _actor(name: str, type_: EntityType = "ORG") -> LocalEntity:
    kind = "person" if type_ == "PERSON" else "other"
    return LocalEntity(key=f"{kind}:{name.lower()}", label=name, type=type_, aliases=(name,))


def _run(
    text: str, *, initial: bool = False, headline: bool = False, before_person: bool = False
) -> NameCandidate:
    return NameCandidate(text=text, start=0, end=len(text), sentence=0, initial=initial,
                         headline=headline, before_person=before_person)  # fmt: skip


def _corpus(
    known: list[LocalEntity], runs: list[NameCandidate], copies: int = 1
) -> list[DocExtraction]:
    """``copies`` articles that tag every ``known`` actor, then one whose NER missed
    them and left ``runs``."""
    out = [DocExtraction(f"a{i}", tuple(known), ()) for i in range(copies)]
    return [*out, DocExtraction("z", (), (), candidates=tuple(runs))]


def _recovered(corpus: list[DocExtraction]) -> list[tuple[str, str]]:
    last = promote_candidates(corpus)[-1]
    return [(e.label, e.type) for e in last.entities]


@pytest.mark.parametrize(
    ("known", "runs", "copies", "expected"),
    [
        # a multi-word name one other article knows, typed as the corpus types it
        ([_actor("Harbor Light Radio")], [_run("Harbor Light Radio")], 1,
         [("Harbor Light Radio", "ORG")]),
        ([_actor("Tamsin Roe", "PERSON")], [_run("Tamsin Roe")], 1,
         [("Tamsin Roe", "PERSON")]),
        # a company with its legal form, and without
        ([_actor("Northwind Corp.")], [_run("Northwind")], 2, [("Northwind", "ORG")]),
        # a legal form as written makes it a company's, whatever the NER typed elsewhere
        ([_actor("Nordkurs Spedition", "PERSON")], [_run("Nordkurs Spedition GmbH.")], 1,
         [("Nordkurs Spedition GmbH.", "ORG")]),
        # the sentence's first word is not part of the name
        ([_actor("Tamsin Roe", "PERSON")], [_run("Yesterday Tamsin Roe", initial=True)], 1,
         [("Tamsin Roe", "PERSON")]),
        # two names joined by "and"
        ([_actor("Tamsin Roe", "PERSON"), _actor("Harbor Light Radio")],
         [_run("Tamsin Roe and Harbor Light Radio")], 1,
         [("Harbor Light Radio", "ORG"), ("Tamsin Roe", "PERSON")]),
        # a headline run is cut into the known names it holds
        ([_actor("Redkites"), _actor("Redwings")],
         [_run("Redkites Beat Redwings In Overtime", initial=True, headline=True)], 2,
         [("Redkites", "ORG"), ("Redwings", "ORG")]),
        # a one-word name two articles tag, in the middle of a sentence
        ([_actor("Rice", "PERSON")], [_run("Rice")], 2, [("Rice", "PERSON")]),
        ([_actor("Newcastle United")], [_run("Newcastle United")], 1,
         [("Newcastle United", "ORG")]),
        # must not: a known name inside a longer name in body text
        ([_actor("Washington", "GPE")], [_run("Washington Courier")], 3, []),
        ([_actor("Tamsin Roe", "PERSON")], [_run("Tamsin Roe Foundation")], 2, []),
        ([_actor("Newcastle")], [_run("Newcastle United")], 3, []),
        # must not: a one-word name only one article tags
        ([_actor("Brown", "PERSON")], [_run("Brown")], 1, []),
        # must not: a one-word name starting a body sentence ("Marsh fires spread")
        ([_actor("Marsh", "PERSON")], [_run("Marsh", initial=True)], 3, []),
        ([_actor("Redkites")], [_run("Redkites", initial=True)], 3, []),
        # ... but right before a person's full name it qualifies the name: "Redkites
        # Tamsin Roe was fined" names the team too
        ([_actor("Redkites")], [_run("Redkites", initial=True, before_person=True)], 2,
         [("Redkites", "ORG")]),
        # must not: there a person's name or family name, the part of the name the NER
        # cut off ("Marsh Tamsin Roe"), or a name only one article tags
        ([_actor("Marsh", "PERSON")], [_run("Marsh", initial=True, before_person=True)], 3,
         []),
        ([_actor("Kit Roe", "PERSON")], [_run("Roe", initial=True, before_person=True)], 3,
         []),
        ([_actor("Redkites")], [_run("Redkites", initial=True, before_person=True)], 1, []),
        # must not: a title, though some company bears it as its name
        ([_actor("Coach")], [_run("Coach", initial=True, before_person=True)], 3, []),
        # must not: a given name the NER left out of the person's name ("Chelsea Jo Roe")
        ([_actor("Chelsea")], [_run("Chelsea", initial=True, before_person=True)], 3, []),
        # must not: a person's name read as a company's without its legal form ("Có" is
        # no "Co."), so "President Có" makes no "President"
        ([LocalEntity(key="person:carlos co", label="Carlos Có", type="PERSON",
                      aliases=("Carlos Có", "President Có"))], [_run("President")], 3, []),
        # must not: a name that is not an actor anywhere, or a country (the gazetteer's)
        ([_actor("Tamsin Roe", "PERSON")], [_run("Harbor Light Radio")], 2, []),
        ([LocalEntity(key="country:FRA", label="France", type="GPE", aliases=("France",),
                      country="FRA", is_country=True)], [_run("France")], 3, []),
        # must not: two names joined by "and" when one side is no known name: the run is
        # one name with "and" inside it
        ([_actor("Light Radio")], [_run("Harbor and Light Radio")], 2, []),
        ([_actor("Roe", "PERSON")], [_run("Roe and Vantage")], 3, []),
        ([_actor("Coast Service")], [_run("The Harbor and Coast Service", initial=True)], 2, []),
        ([_actor("Redkites"), _actor("Redwings")],
         [_run("The Redkites and Redwings", initial=True)], 2,
         [("Redkites", "ORG"), ("Redwings", "ORG")]),
        # ... but a person's full name holds no "and": it is taken alone
        ([_actor("Tamsin Roe", "PERSON")], [_run("Tamsin Roe and Vantage")], 2,
         [("Tamsin Roe", "PERSON")]),
    ],
)  # fmt: skip
def test_promote_candidates(
    known: list[LocalEntity],
    runs: list[NameCandidate],
    copies: int,
    expected: list[tuple[str, str]],
) -> None:
    assert _recovered(_corpus(known, runs, copies)) == expected


def test_an_article_that_has_the_actor_gets_no_second_one() -> None:
    roe = _actor("Tamsin Roe", "PERSON")
    corpus = [
        DocExtraction("a", (roe,), ()),
        DocExtraction("z", (roe,), (), candidates=(_run("Tamsin Roe"),)),
    ]
    assert promote_candidates(corpus)[-1].entities == (roe,)


def test_recovery_does_not_depend_on_the_order_of_the_articles() -> None:
    corpus = [
        DocExtraction("a", (_actor("Rice", "PERSON"),), (), candidates=(_run("Redkites"),)),
        DocExtraction("b", (_actor("Redkites"),), (), candidates=(_run("Rice"),)),
        DocExtraction("c", (_actor("Rice", "PERSON"), _actor("Redkites")), ()),
        DocExtraction("d", (), (), candidates=(_run("Rice"), _run("Redkites Win", headline=True))),
    ]
    results = set()
    for order in itertools.permutations(corpus):
        promoted = {ex.doc_id: ex.entities for ex in promote_candidates(order)}
        results.add(tuple(sorted(promoted.items())))
    assert len(results) == 1
    (result,) = results
    assert {doc: [e.label for e in ents] for doc, ents in result}["d"] == ["Redkites", "Rice"]


def test_a_recovered_name_adds_its_article_to_the_actor() -> None:
    corpus = _corpus([_actor("Harbor Light Radio")], [_run("Harbor Light Radio")], copies=2)
    (entity,) = resolve_corpus(corpus).entities
    assert entity.documents == ("a0", "a1", "z")


def _written_corpus(tagged: int, written: list[NameCandidate]) -> list[DocExtraction]:
    """``tagged`` articles that tag "Vantage", one article per run in ``written``, and a
    last article "z" that writes "Vantage" in mid-sentence."""
    vantage = _actor("Vantage")
    out = [DocExtraction(f"a{i}", (vantage,), ()) for i in range(tagged)]
    out += [DocExtraction(f"w{i}", (), (), candidates=(r,)) for i, r in enumerate(written)]
    return [*out, DocExtraction("z", (), (), candidates=(_run("Vantage"),))]


def _labels(corpus: list[DocExtraction]) -> list[str]:
    return [e.label for e in promote_candidates(corpus)[-1].entities]


@pytest.mark.parametrize(
    ("tagged", "written", "expected"),
    [
        # one article tags the name, two more use it as a name: three in all
        (1, [_run("Vantage")], ["Vantage"]),
        # must not: one article tags it and only the article itself writes it
        (1, [], []),
        # must not: the other articles only start a sentence with it ("Vantage points")
        (1, [_run("Vantage", initial=True)], []),
        (1, [_run("Vantage Beats Rivals", headline=True)], []),
        # must not: used as a name in three articles but tagged as an actor in none
        (0, [_run("Vantage"), _run("Vantage")], []),
    ],
)  # fmt: skip
def test_a_one_word_name_one_article_tags_and_others_write(
    tagged: int, written: list[NameCandidate], expected: list[str]
) -> None:
    assert _labels(_written_corpus(tagged, written)) == expected


def _surname_corpus(
    known: list[LocalEntity], run: NameCandidate, named: int
) -> list[DocExtraction]:
    """``named`` articles that tag every ``known`` actor, then one that writes ``run``."""
    return _corpus(known, [run], copies=named)


@pytest.mark.parametrize(
    ("known", "run", "named", "expected"),
    [
        # a family name alone in mid-sentence, of a person two other articles name in
        # full: three articles use it as a name
        ([_actor("Tamsin Roe", "PERSON")], _run("Roe"), 2, [("Roe", "PERSON")]),
        ([_actor("Tamsin K. Roe Jr.", "PERSON")], _run("Roe"), 2, [("Roe", "PERSON")]),
        # must not: only one other article names the person
        ([_actor("Tamsin Roe", "PERSON")], _run("Roe"), 1, []),
        # must not: the family name starts a sentence ("Roe" may be any capital there)
        ([_actor("Tamsin Roe", "PERSON")], _run("Roe", initial=True), 3, []),
        # must not: in a headline, where every word is capitalised
        ([_actor("Tamsin Roe", "PERSON")], _run("Roe Wins Award", headline=True), 3, []),
        # must not: inside a longer name
        ([_actor("Tamsin Roe", "PERSON")], _run("Roe Foundation"), 3, []),
        # must not: the family name of an organisation's or a place's name
        ([_actor("Harbor Light Radio")], _run("Radio"), 3, []),
        # must not: a family name of two letters
        ([_actor("Mei Li", "PERSON")], _run("Li"), 3, []),
        # a word the corpus tags as a place stays the place
        ([_actor("Tamsin Kenwick", "PERSON"), _actor("Kenwick", "GPE")], _run("Kenwick"), 3,
         [("Kenwick", "GPE")]),
    ],
)  # fmt: skip
def test_a_family_name_alone_is_recovered_as_a_person(
    known: list[LocalEntity], run: NameCandidate, named: int, expected: list[tuple[str, str]]
) -> None:
    assert _recovered(_surname_corpus(known, run, named)) == expected


def test_a_recovered_family_name_joins_the_person_the_corpus_names() -> None:
    corpus = _surname_corpus([_actor("Tamsin Roe", "PERSON")], _run("Roe"), 2)
    (entity,) = resolve_corpus(corpus).entities
    assert (entity.label, entity.documents) == ("Tamsin Roe", ("a0", "a1", "z"))


@pytest.mark.parametrize(
    ("run", "female", "male"),
    [
        (_run("Mrs Harilal"), 1, 0),
        (_run("Mr. Harilal"), 0, 1),
        # must not: no courtesy title, or one of either gender
        (_run("Harilal"), 0, 0),
        (_run("Dr Harilal"), 0, 0),
    ],
)
def test_a_recovered_name_keeps_the_gender_of_its_courtesy_title(
    run: NameCandidate, female: int, male: int
) -> None:
    """ "Mrs Roe" that only the corpus gazetteer finds is a woman's name, as it would be
    had the NER tagged it: the corpus stage never gives it to a man."""
    known = [_actor(f"{w} Harilal", "PERSON") for w in ("Mrs", "Mr.", "Dr")]
    known.append(_actor("Dinesh Harilal", "PERSON"))
    last = promote_candidates(_surname_corpus(known, run, 3))[-1]
    (entity,) = last.entities
    assert (entity.female, entity.male) == (female, male)
