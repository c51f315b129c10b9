"""Table tests for `kg.resolve.teams`: a city written for its sports team joins the team,
never the city of another article, and only where one team of the corpus fits.

The contest rows parse real sentences; the corpus rows build small corpora of real
articles end to end (NER, the article's stage, the corpus stage)."""

from __future__ import annotations

import pytest

from kg.aliases import AliasRules
from kg.extract import extract_document
from kg.model import DocExtraction, Entity, EntityType, LocalEntity
from kg.resolve.corpus import resolve_corpus
from kg.resolve.teams import TEAM_CITY, in_a_contest, name_cities_by_team
from tests.extraction_helpers import document, parse

#: (sentence, place, whether it is written as a side of a game)
CONTESTS = [
    # a win-loss record after the name
    ("Denver (9-3) won its fifth straight game on Sunday.", "Denver", True),
    # a side of a contest verb, with the score
    ("The Herons beat Denver 27-20 on Sunday.", "Denver", True),
    ("Seattle beat Denver 27-20 on Sunday.", "Seattle", True),
    ("Portland lost 27-20 to Seattle on Sunday.", "Portland", True),
    ("The Foxes fell 27-20 to Memphis on Sunday.", "Memphis", True),
    # the other side of a result: "win over", "victory over"
    ("Smith threw three touchdowns in a 27-20 win over Denver.", "Denver", True),
    # a game's words that are no vote's or court's
    ("Seattle beat Denver 101-99 on its home court on Sunday.", "Denver", True),
    ("Seattle, ranked third in the AP poll, beat Denver 27-20 on Sunday.", "Denver", True),
    ("Smith led Seattle to a 27-20 victory over Portland on Sunday.", "Portland", True),
    # ... and the side a verb leads to that result
    ("Smith led Seattle to a 27-20 victory over Portland on Sunday.", "Seattle", True),
    # must not: where the game was, no score, a vote, a ruling, a range of figures
    ("The Herons won 27-20 in Denver on Sunday.", "Denver", False),
    ("Seattle beat Denver on Sunday.", "Denver", False),
    ("The Senate voted 52-48 to send aid to Denver.", "Denver", False),
    ("Texas won a 5-4 ruling over California at the Supreme Court.", "California", False),
    ("Turnout in Denver rose 3-4 points on Sunday.", "Denver", False),
    ("Denver officials said 20-30 people were hurt.", "Denver", False),
    # must not: figures of a share, a decision or a ranking; a common noun on the other
    # side ("the tax measure", "the justices")
    ("Detroit lost 20-25 percent of its residents over the past decade.", "Detroit", False),
    ("Florida lost a 5-4 decision at the Supreme Court on Thursday.", "Florida", False),
    ("Ohio fell 3-5 places in the ranking.", "Ohio", False),
    ("Phoenix defeated the tax measure 60-40.", "Phoenix", False),
    ("Texas was routed 6-3 by the justices.", "Texas", False),
    # must not: figures of a vote
    ("Denver lost to Phoenix 52-48 in the committee's vote to host the games.", "Denver", False),
]


@pytest.mark.parametrize(
    ("sentence", "place", "expected"), CONTESTS, ids=[r[0][:60] for r in CONTESTS]
)
def test_in_a_contest(sentence: str, place: str, expected: bool) -> None:
    doc = parse(sentence)
    (ent,) = [e for e in doc.ents if e.text == place]
    assert in_a_contest(doc, ent.start, ent.end) is expected


def _resolve(*texts: str) -> list[Entity]:
    corpus = [
        extract_document(parse(text), document(text, f"a{i}")) for i, text in enumerate(texts)
    ]
    return list(resolve_corpus(corpus).entities)


_TEAM = "The Denver Foxes signed a new coach on Monday. The Foxes said he starts in May."
_GAME = (
    "Smith threw three touchdowns in a 27-20 win over Denver on Sunday. "
    "The Foxes have lost four straight games."
)
_CITY = "The mayor of Denver opened a park in Denver on Friday."


def test_a_city_written_for_its_team_joins_the_team() -> None:
    found = {e.label: e for e in _resolve(_TEAM, _GAME, _CITY)}
    team = found["Denver Foxes"]
    assert team.type == "ORG"
    assert "Denver" in team.aliases
    assert dict(team.merged)["Denver"] == (TEAM_CITY,)
    assert "a1" in team.documents
    # the city of the other article stays the city
    assert found["Denver"].type == "GPE"
    assert found["Denver"].documents == ("a2",)


@pytest.mark.parametrize(
    "texts",
    [
        # two teams of the city
        (_TEAM, "The Denver Herons lost again. The Herons said so.", _GAME),
        # a nickname no article writes alone: maybe no team
        ("The Denver Foxes signed a new coach on Monday.",
         "Smith threw three touchdowns in a 27-20 win over Denver on Sunday. "
         "The Denver Foxes have lost four straight games."),
        # a people's word: a party's members are no team
        ("The Denver Democrats met on Monday. The Democrats chose a leader.",
         "Jones won a 27-20 victory over Denver on Sunday."),
        # the article also writes the place "in Denver", or as a town ("Denver's mayor")
        (_TEAM, _GAME + " Fans in Denver cheered."),
        (_TEAM, _GAME + " Denver's mayor, Rita Valdane, praised the players."),
        (_TEAM, _GAME + " The mayor of Denver praised the players."),
        (_TEAM, "Denver residents lined the streets on Monday. " + _GAME),
        (_TEAM, "Denver-based Halvex Corp. sponsored the game. " + _GAME),
        # an article about two sports: the city's team in one, the named team in the other
        (_TEAM, "Denver beat Seattle 4-2 in hockey on Tuesday. Meanwhile the Foxes lost "
         "their football game 27-20."),
        # the article names no team of the city: another sport's team may be meant
        (_TEAM, "Denver beat Phoenix 112-108 on Tuesday, the basketball team's fourth win."),
        # a newspaper and a place named by the city and a plural word
        ("The Denver Times won a prize on Monday. The Times said so.",
         "Denver beat Phoenix 112-108 on Tuesday. The Times praised the players."),
        ("A storm moved toward the Denver Keys. Residents of the Keys left.",
         "Denver beat Phoenix 112-108 on Tuesday, and fans in the Keys cheered."),
    ],
    ids=[
        "two teams", "nickname never alone", "a party's members", "also written 'in'",
        "also written as a town", "the mayor of", "residents", "-based", "two sports",
        "no team named in the article", "a newspaper", "a place",
    ],
)  # fmt: skip
def test_no_team_for_a_city_where_none_clearly_fits(texts: tuple[str, ...]) -> None:
    found = _resolve(*texts)
    assert not [e for e in found if e.label != "Denver" and "Denver" in e.aliases], [
        (e.label, e.aliases) for e in found
    ]


def test_a_country_is_never_a_team() -> None:
    found = _resolve(
        "The Brazil Foxes signed a new coach on Monday. The Foxes said he starts in May.",
        "Smith scored twice in a 3-0 win over Brazil on Sunday.",
    )
    brazil = [e for e in found if "Brazil" in e.aliases]
    assert [e.type for e in brazil] == ["GPE"]


def _local(label: str, type_: EntityType = "ORG", **cues: int) -> LocalEntity:
    return LocalEntity(
        key=f"other:{label.lower()}", label=label, type=type_, aliases=(label,), **cues
    )


@pytest.mark.parametrize(
    ("team", "nickname", "expected"),
    [
        ("Ohio Foxes", "Foxes", "Ohio Foxes"),
        ("Ohio Jaguars", "Jaguars", "Ohio Jaguars"),  # a nickname that is a head word
        # must not: a party's members, a country's people, a word that is no plural
        ("Ohio Democrats", "Democrats", "Ohio"),
        ("Ohio Brazilians", "Brazilians", "Ohio"),
        ("Ohio Heat", "Heat", "Ohio"),
        # must not: the plural that ends a place's name, a head word of other names
        ("Ohio Keys", "Keys", "Ohio"),
        ("Ohio Times", "Times", "Ohio"),
    ],
)
def test_a_team_is_a_city_and_a_plural_nickname_written_alone(
    team: str, nickname: str, expected: str
) -> None:
    corpus = [
        DocExtraction("a", (_local(team), _local(nickname)), ()),
        DocExtraction("b", (_local("Ohio", "GPE", contests=1), _local(nickname)), ()),
    ]
    out, _ = name_cities_by_team(corpus)
    assert out[-1].entities[0].label == expected


def test_a_country_written_as_a_side_of_a_game_stays_the_country() -> None:
    brazil = LocalEntity(
        key="country:BRA", label="Brazil", type="GPE", aliases=("Brazil",), country="BRA",
        is_country=True, contests=1,
    )  # fmt: skip
    corpus = [
        DocExtraction("a", (_local("Brazil Foxes"), _local("Foxes")), ()),
        DocExtraction("b", (brazil,), ()),
    ]
    out, renamed = name_cities_by_team(corpus)
    assert out[-1].entities == (brazil,) and not renamed


def test_a_city_whose_article_names_no_team_of_it_stays_the_city() -> None:
    corpus = [
        DocExtraction("a", (_local("Ohio Foxes"), _local("Foxes")), ()),
        DocExtraction("b", (_local("Ohio", "GPE", contests=1),), ()),
    ]
    out, renamed = name_cities_by_team(corpus)
    assert out[-1].entities[0].label == "Ohio" and not renamed


def test_a_separate_rule_keeps_the_city_a_city() -> None:
    """The audit's line can be undone with the alias file, as every other merge can."""
    corpus = [
        extract_document(parse(text), document(text, f"a{i}"))
        for i, text in enumerate((_TEAM, _GAME))
    ]
    rules = AliasRules(separations=(("Denver", "Denver Foxes"),))
    found = {e.label: e for e in resolve_corpus(corpus, rules).entities}
    assert "Denver" not in found["Denver Foxes"].aliases
    assert found["Denver"].documents == ("a1",)
