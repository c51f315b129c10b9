"""Source lines of translated-news archives (`kg.source_lines`, rule `source_line`): the
outlet is based where the line says it issues from; a wire dateline gives nothing.

Table-driven, on the real parser: each row is a sentence written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import gazetteer
from kg.dates import MONTH_WORDS
from kg.lexicon import read_text
from kg.mentions import name_spans
from kg.pipeline import build_graph
from kg.relations.lexicon import job_titles, press_jobs
from kg.resolve.persons import is_given_name
from kg.source_lines import (
    build_language_names,
    byline_spans,
    is_line_predicate,
    language_names,
)
from kg.tokens import DocTokens
from tests.extraction_helpers import Edge, edges, entities, parse

SOURCE_LINES = [
    ("Lyon RADIO VERDE in French 0830 GMT 3 Mar 94", ("RADIO VERDE", "Lyon")),
    ("Tallinn PAEVALEHT in Estonian 4 May 94 p 2", ("PAEVALEHT", "Tallinn")),
    # after the archive's file code, with a headline before it
    (
        "Minister Leaves for Talks AB0403050194 Oslo NORDPOSTEN in Norwegian 1215 GMT 4 Mar 94",
        ("NORDPOSTEN", "Oslo"),
    ),
    (
        "94XY0012C Rio de Janeiro O DIARIO in Portuguese 12-14 Oct 95 p 9",
        ("O DIARIO", "Rio de Janeiro"),
    ),
    (
        "QR0101010194 Vienna Radio Danubia Network in German 0715 GMT 2 Jan 95",
        ("Radio Danubia Network", "Vienna"),
    ),
    # an edition in brackets after the outlet, an issue number before the date
    ("Beijing XINGCHEN BAO (WEEKEND) in Chinese 17 Sep 95 p 11", ("XINGCHEN BAO", "Beijing")),
    ("Moscow GORA I MORE in Russian No 2, 11 Jun 95 pp 8-9", ("GORA I MORE", "Moscow")),
    # a language written with a hyphen; an outlet opening with an article or a hyphen
    (
        "LD0102030494 Zagreb Radio Sava Network in Serbo-Croatian 1945 GMT 16 Oct 95",
        ("Radio Sava Network", "Zagreb"),
    ),
    (
        "BK0102030494 Bangkok THE MORNING LARK in English 19 Aug 95 p B3",
        ("MORNING LARK", "Bangkok"),
    ),
    ("NC0102030494 Cairo AL-FAJRIYA in Arabic 23 Nov 95 p 14", ("AL-FAJRIYA", "Cairo")),
    ("Moscow GORA I MORE in Russian No. 7, Sep 95 pp 20-22", ("GORA I MORE", "Moscow")),
    # a language pycountry's list lacks; "'s" inside the outlet's name
    (
        "Beijing Zhonghua People's Radio in Mandarin 0900 GMT 3 Mar 94",
        ("Zhonghua People's Radio", "Beijing"),
    ),
    ("Kabul Radio Kestrel in Dari 1330 GMT 3 Mar 94", ("Radio Kestrel", "Kabul")),
    ("Kabul Radio Kestrel in Pashto 1330 GMT 3 Mar 94", ("Radio Kestrel", "Kabul")),
    # on its own line above the story
    (
        "Port Strike Ends\nTallinn PAEVALEHT in Estonian 4 May 94 p 2\n\nDockers went back.",
        ("PAEVALEHT", "Tallinn"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), SOURCE_LINES)
def test_source_line(text: str, pair: tuple[str, str]) -> None:
    outlet, place = pair
    assert (outlet, "LOCATED_IN", place) in edges(text)


NO_SOURCE_LINE = [
    # agency datelines are document metadata: the agency is based in no city by them
    "BOSTON (AP) _ Acme Corp. said Monday it would cut 200 jobs.",
    "PARIS, May 3 (Reuters) - Acme Corp. said it would cut 200 jobs.",
    "The Hague, 9 Feb (ANP) -- Acme Corp. said it would cut jobs.",
    # prose: a language after "in" with no time or date, or no outlet
    "Lawyers told a Paris court in French that the firm had lied.",
    "Lawyers told a Paris court in French 0830 GMT that the firm had lied.",
    "Lyon RADIO VERDE in French on Monday said the strike was over.",
    # a place the gazetteer does not know
    "Qwertyville RADIO VERDE in French 0830 GMT 3 Mar 94",
    # a person where the outlet should be
    "Lyon Jane Roe in French 0830 GMT 3 Mar 94",
    # no place: a language and its hour are none ("Mandarin 0900")
    "Radio Kestrel in Mandarin 0900 GMT 3 Mar 94",
    "Radio Kestrel in Dari 0900 GMT 3 Mar 94",
    # a nationality is no place the outlet issues from
    "Norwegian Television in Norwegian 1215 GMT 4 Mar 94",
    # not at the start of a line: a headline runs into the place
    "Talks Held in Paris Lyon RADIO VERDE in French 0830 GMT 3 Mar 94",
]


@pytest.mark.parametrize("text", NO_SOURCE_LINE)
def test_no_source_line(text: str) -> None:
    found: set[Edge] = {e for e in edges(text) if e[1] in ("LOCATED_IN", "PART_OF")}
    assert found == set()


def test_source_line_outlet_is_an_organisation() -> None:
    found = {
        e.label: e.type for e in entities("Lyon RADIO VERDE in French 0830 GMT 3 Mar 94").values()
    }
    assert found.get("RADIO VERDE") == "ORG"
    assert "France" not in found  # "in French" names a language there
    assert "GMT" not in found


def test_language_names() -> None:
    names = language_names()
    assert {"english", "greek", "serbo-croatian", "malay", "estonian"} <= names
    assert {"mandarin", "cantonese", "dari", "pashto", "farsi"} <= names  # languages.tsv
    assert "tonga" not in names  # also a country


def test_shipped_language_names_are_what_the_code_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    """kg/lexicon/places.json's language names must be what `build_language_names` makes
    from the packages and data files alone: if not, run scripts/lexicon/place_tables.py."""
    shipped = json.loads(read_text("places.json"))["languages"]
    assert gazetteer.shipped_table("languages") == shipped
    monkeypatch.setattr(gazetteer, "_shipped", lambda: None)
    monkeypatch.setattr(gazetteer, "_CITY_TABLE", {})
    assert shipped == sorted(build_language_names())


BYLINES = [
    ("(By NORPRESS correspondent Jane Roe)", ("Jane Roe", "MEMBER_OF", "NORPRESS")),
    ("(By NOR-PRESS diplomatic correspondent Jane Roe)", ("Jane Roe", "MEMBER_OF", "NOR-PRESS")),
]


@pytest.mark.parametrize(("text", "edge"), BYLINES)
def test_byline(text: str, edge: Edge) -> None:
    assert edge in edges(text)


NO_BYLINE = [
    "(By Jane Roe)",  # no outlet, no writer's noun
    "(By special correspondent Jane Roe)",  # no outlet
    "(By Moscow correspondent Jane Roe)",  # a bureau's city is no outlet
    "(By NORPRESS staff)",  # no writer named
    # a writer's post, not an outlet: a pronoun, an article, an adjective
    "(By Our Correspondent Jane Roe)",
    "(By Our Staff Reporter Jane Roe)",
    "(By A Special Correspondent Jane Roe)",
    "(By Chief Correspondent Jane Roe)",
]


@pytest.mark.parametrize("text", NO_BYLINE)
def test_no_byline(text: str) -> None:
    assert {e for e in edges(text) if e[1] in ("MEMBER_OF", "LEADER_OF")} == set()


BYLINE_OUTLETS = [
    ("(By NORPRESS correspondent Jane Roe)", ["NORPRESS"]),
    ("Port Strike Ends\n(By NORPRESS correspondent Jane Roe)\nDockers went back.", ["NORPRESS"]),
    ("(By Our Correspondent Jane Roe)", []),
    ("(By A Special Correspondent Jane Roe)", []),
    # a bracket inside a line is an aside, not a byline
    ("Dockers went back (By NOR-PRESS correspondent Jane Roe) on Monday.", []),
    ("The strike ended (By NORPRESS correspondent Jane Roe).", []),
    ("Dockers went back, by NORPRESS editor Jane Roe, on Monday.", []),
    # an outlet the NER tagged already needs no span of its own
    ("(By Reuters correspondent Jane Roe)", []),
]


@pytest.mark.parametrize(("text", "outlets"), BYLINE_OUTLETS)
def test_byline_spans(text: str, outlets: list[str]) -> None:
    assert [span.text for span in byline_spans(DocTokens(parse(text)))] == outlets


def _corpus_edges(tmp_path: Path, texts: list[str]) -> set[Edge]:
    for k, text in enumerate(texts):
        (tmp_path / f"story-{k}.txt").write_text(text, encoding="utf-8")
    G = build_graph([tmp_path], jobs=1, use_cache=False).graph
    return {(G.nodes[u]["label"], key, G.nodes[v]["label"]) for u, v, key in G.edges(keys=True)}


def test_agency_under_two_places_has_no_home(tmp_path: Path) -> None:
    # a wire agency filed from two bureaus: the lines do not tell where it is based
    found = _corpus_edges(
        tmp_path,
        [
            "Port Strike Ends\nLyon NORDWIRE in French 0830 GMT 3 Mar 94\n\nDockers went back.",
            "Ferry Strike Ends\nOslo NORDWIRE in Norwegian 1215 GMT 4 Mar 94\n\nFerries sailed.",
        ],
    )
    assert {e for e in found if e[0] == "NORDWIRE" and e[1] == "LOCATED_IN"} == set()


def test_outlet_under_one_place_stays_there(tmp_path: Path) -> None:
    found = _corpus_edges(
        tmp_path,
        [
            "Port Strike Ends\nLyon RADIO VERDE in French 0830 GMT 3 Mar 94\n\nDockers went back.",
            "Ferry Strike Ends\nLyon RADIO VERDE in French 1215 GMT 4 Mar 94\n\nFerries sailed.",
        ],
    )
    assert ("RADIO VERDE", "LOCATED_IN", "Lyon") in found


def test_is_line_predicate() -> None:
    assert is_line_predicate("RADIO VERDE in French")
    assert not is_line_predicate("is based in")
    assert not is_line_predicate("in French")


def test_byline_web_name_is_one_span() -> None:
    # an untagged web address is an organisation already (`_with_web_names`): the byline
    # gives no second span over it
    found = name_spans(parse("(By Halden-Posten.com correspondent Jane Roe)"))
    assert [(span.text, span.label_) for span in found] == [
        ("Halden-Posten.com", "ORG"),
        ("Jane Roe", "PERSON"),
    ]


def test_shared_word_tables() -> None:
    assert MONTH_WORDS["sept"] == MONTH_WORDS["sep"] == MONTH_WORDS["september"] == 9
    assert is_given_name("lydia")
    assert not is_given_name("radio")


def test_byline_nouns_are_press_jobs() -> None:
    # the byline's nouns are the press rows of job_titles.tsv, members all the same
    assert {"correspondent", "reporter", "columnist", "commentator"} <= press_jobs()
    assert "attorney" not in press_jobs()
    assert job_titles()["correspondent"] == "member"
