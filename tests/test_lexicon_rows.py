"""Rows of the smaller trigger lists (killings, affiliation verbs, reaction verbs, agent
nouns, place nouns, company things, government bodies) that no other table exercised.

Each sentence is invented; `tests/test_lexicon_coverage.py` checks that every row of
these lists appears in some test sentence.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges, entities

#: Sentences and edges they must give (``killings.tsv``, ``affiliation_verbs.tsv``,
#: ``agent_nouns.tsv``, ``place_nouns.tsv``).
FOUND: list[tuple[str, set[Edge]]] = [
    # killings.tsv: a noun for who killed, a finding or an admission, the means delivered
    ("Ed Kurz, the slayer of Paul Hart, was hanged.", {("Ed Kurz", "ASSAULT", "Paul Hart")}),
    ("Tim Rook, an assailant of Mary Dale, fled.", {("Tim Rook", "ASSAULT", "Mary Dale")}),
    ("Carl Voss admitted killing Dean Hale.", {("Carl Voss", "ASSAULT", "Dean Hale")}),
    ("Ken Ray confessed to killing Dan Moss.", {("Ken Ray", "ASSAULT", "Dan Moss")}),
    (
        "Tom Bell was responsible for the killing of Ann Ross.",
        {("Tom Bell", "ASSAULT", "Ann Ross")},
    ),
    (
        "The stabbing of Mary Dale by Tim Rook shocked the town.",
        {("Tim Rook", "ASSAULT", "Mary Dale")},
    ),
    (
        "Police said John Marsh fired the bullet that killed Paul Green.",
        {("John Marsh", "ASSAULT", "Paul Green")},
    ),
    (
        "John Marsh threw the grenade that killed Paul Green.",
        {("John Marsh", "ASSAULT", "Paul Green")},
    ),
    (
        "John Marsh detonated the bomb that killed Paul Green.",
        {("John Marsh", "ASSAULT", "Paul Green")},
    ),
    # affiliation_verbs.tsv
    ("Acme Corp employed Ken Ray as a driver.", {("Ken Ray", "MEMBER_OF", "Acme Corp")}),
    (
        "Ken Ray taught at the University of Marlo.",
        {("Ken Ray", "MEMBER_OF", "University of Marlo")},
    ),
    # agent_nouns.tsv: the government, an act whose agent is the target, a message's
    # sender, a thing owned, a member, a business
    ("The Syrian regime attacked Idlib.", {("Syria", "ASSAULT", "Idlib")}),
    ("Kenya demanded the resignation of Jane Roe.", {("Kenya", "REQUEST", "Jane Roe")}),
    ("Kenya demanded the departure of Jane Roe.", {("Kenya", "REQUEST", "Jane Roe")}),
    ("Kenya demanded the ouster of Jane Roe.", {("Kenya", "REQUEST", "Jane Roe")}),
    ("France backed the candidacy of Jane Roe.", {("France", "SUPPORT", "Jane Roe")}),
    ("France opposed the nomination of Jane Roe.", {("France", "OPPOSE", "Jane Roe")}),
    ("France opposed the presidency of Jane Roe.", {("France", "OPPOSE", "Jane Roe")}),
    ("France criticised the stance of Japan.", {("France", "ACCUSE", "Japan")}),
    ("France backed the reelection of Jane Roe.", {("France", "SUPPORT", "Jane Roe")}),
    ("France condemned the attempt by Russia to annex Crimea.", {("France", "ACCUSE", "Russia")}),
    ("France rejected the overture from Iran.", {("France", "REJECT", "Iran")}),
    ("France rejected the suggestion of Iran.", {("France", "REJECT", "Iran")}),
    ("France backed the accession of Ukraine.", {("France", "SUPPORT", "Ukraine")}),
    ("France rejected the draft of Russia.", {("France", "REJECT", "Russia")}),
    (
        "Ukrainian forces attacked a Russian lorry.",
        {("Ukrainian military", "ASSAULT", "Russia")},
    ),
    ("Kenya met representatives of Hamas.", {("Kenya", "CONSULT", "Hamas")}),
    (
        "Kenya detained two employees of Acme Corp on Monday.",
        {("Kenya", "COERCE", "Acme Corp")},
    ),
    (
        "The United States sanctioned the Chinese manufacturer Halvex.",
        {("United States", "SANCTION", "Halvex")},
    ),
    (
        "The United States sanctioned the Iranian exporter Halvex.",
        {("United States", "SANCTION", "Halvex")},
    ),
    # government_bodies.tsv: a body named after a country is part of its state
    (
        "The Kenyan Consulate criticised Halvex Bank.",
        {("Kenyan Consulate", "PART_OF", "Kenya"), ("Kenyan Consulate", "ACCUSE", "Halvex Bank")},
    ),
    ("The Japanese Treasury sanctioned Russia.", {("Treasury", "PART_OF", "Japan")}),
    (
        "The US Federal Reserve criticised Halvex Bank.",
        {("US Federal Reserve", "PART_OF", "United States")},
    ),
    # place_nouns.tsv: a kind of place in another, a part of an organisation, a body
    ("Marlo, a hamlet in Norway, flooded.", {("Marlo", "LOCATED_IN", "Norway")}),
    ("Marlo, a borough of London, voted.", {("Marlo", "LOCATED_IN", "London")}),
    ("Marlo, a township in Ohio, voted.", {("Marlo", "LOCATED_IN", "Ohio")}),
    ("Marlo, a municipality in Sweden, voted.", {("Marlo", "LOCATED_IN", "Sweden")}),
    ("Marlo, a parish in Louisiana, flooded.", {("Marlo", "LOCATED_IN", "Louisiana")}),
    ("Marlo, a district of Nairobi, flooded.", {("Marlo", "LOCATED_IN", "Nairobi")}),
    ("Marlo, a prefecture of Japan, voted.", {("Marlo", "LOCATED_IN", "Japan")}),
    ("Marlo, an oblast of Ukraine, voted.", {("Marlo", "LOCATED_IN", "Ukraine")}),
    ("Marlo, a governorate of Egypt, voted.", {("Marlo", "LOCATED_IN", "Egypt")}),
    ("Marlo, a neighborhood of Chicago, flooded.", {("Marlo", "LOCATED_IN", "Chicago")}),
    ("Marlo, an enclave in Azerbaijan, voted.", {("Marlo", "LOCATED_IN", "Azerbaijan")}),
    ("Marlo, a resort in Spain, flooded.", {("Marlo", "LOCATED_IN", "Spain")}),
    (
        "Jane Roe lives in Marlo, a quiet corner of Kenya.",
        {("Marlo", "LOCATED_IN", "Kenya")},
    ),
    (
        "Halvex Motors, a division of Acme Corp, closed a plant.",
        {("Halvex Motors", "PART_OF", "Acme Corp")},
    ),
    (
        "Halvex Bank, an affiliate of Acme Corp, was sold.",
        {("Halvex Bank", "PART_OF", "Acme Corp")},
    ),
    (
        "Jane Roe, a spokeswoman for the Marlo corporation, said the plan failed.",
        {("Jane Roe", "MEMBER_OF", "Marlo")},
    ),
    (
        "Ken Ray, a chemist at the Marlo laboratory, said the test failed.",
        {("Ken Ray", "MEMBER_OF", "Marlo")},
    ),
    (
        "Ken Ray, a spokesman for the Marlo manufacturer, said the plan failed.",
        {("Ken Ray", "MEMBER_OF", "Marlo")},
    ),
    (
        "Ken Ray, a spokesman for the Marlo conglomerate, said the plan failed.",
        {("Ken Ray", "MEMBER_OF", "Marlo")},
    ),
    (
        "Ken Ray, a spokesman for the Marlo startup, said the plan failed.",
        {("Ken Ray", "MEMBER_OF", "Marlo")},
    ),
    (
        "Ken Ray, a spokesman for the Marlo studio, said the plan failed.",
        {("Ken Ray", "MEMBER_OF", "Marlo")},
    ),
]


def test_a_company_thing_makes_its_name_an_organisation() -> None:
    # company_things.tsv: "the Marlo dealership" is a company's
    found = entities("Ken Ray, a salesman at the Marlo dealership, criticised Jane Roe.")
    assert {e.label: e.type for e in found.values()}["Marlo"] == "ORG"


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[r[0][:60] for r in FOUND])
def test_list_rows_give_their_edges(sentence: str, expected: set[Edge]) -> None:
    got = edges(sentence)
    assert expected <= got, f"missing {sorted(expected - got)}; got {sorted(got)}"


#: reaction_verbs.tsv: the subject reacts to, remembers, watches or stops an act named by
#: a noun; it did not carry the act out, so none of these edges may appear.
NOT_THE_ACTOR: list[tuple[str, Edge]] = [
    ("Canada blasted the invasion of Ukraine.", ("Canada", "ASSAULT", "Ukraine")),
    ("Canada lamented the killing of Jane Roe.", ("Canada", "ASSAULT", "Jane Roe")),
    ("Canada regretted the expulsion of Ken Ray.", ("Canada", "SANCTION", "Ken Ray")),
    ("Jane Roe survived an attack by Ken Ray.", ("Jane Roe", "ASSAULT", "Ken Ray")),
    ("Kenya monitored the talks with Somalia.", ("Kenya", "CONSULT", "Somalia")),
    ("Kenya remembered the massacre of Rwandans.", ("Kenya", "ASSAULT", "Rwanda")),
    ("Poland commemorated the invasion of Finland.", ("Poland", "ASSAULT", "Finland")),
    (
        "The European Union relaxed its sanctions on Belarus.",
        ("European Union", "SANCTION", "Belarus"),
    ),
    ("Germany scrapped its sanctions on Iran.", ("Germany", "SANCTION", "Iran")),
    ("Japan postponed its visit to China.", ("Japan", "CONSULT", "China")),
    ("Japan froze its aid to Myanmar.", ("Japan", "AID", "Myanmar")),
    ("Japan withheld its aid to Myanmar.", ("Japan", "AID", "Myanmar")),
    ("Japan reduced its aid to Myanmar.", ("Japan", "AID", "Myanmar")),
    ("Japan slashed its aid to Myanmar.", ("Japan", "AID", "Myanmar")),
    ("The United Nations prevented an attack on Mali.", ("United Nations", "ASSAULT", "Mali")),
    ("Qatar averted a war with Bahrain.", ("Qatar", "ASSAULT", "Bahrain")),
    ("Police foiled an attack on Jane Roe.", ("Police", "ASSAULT", "Jane Roe")),
    ("Kenya repelled an attack on Somalia.", ("Kenya", "ASSAULT", "Somalia")),
]


@pytest.mark.parametrize(
    ("sentence", "edge"), NOT_THE_ACTOR, ids=[r[0][:60] for r in NOT_THE_ACTOR]
)
def test_a_reaction_verb_gives_its_subject_no_act(sentence: str, edge: Edge) -> None:
    assert edge not in edges(sentence), edges(sentence)


def test_cutting_aid_is_a_sanction_not_aid() -> None:
    got = edges("Japan slashed its aid to Myanmar.")
    assert ("Japan", "SANCTION", "Myanmar") in got


#: agent_nouns.tsv kind "against": backing or opposing an act done to X is no stance on X.
NO_STANCE: list[tuple[str, Edge]] = [
    ("Kenya backed the ouster of Jane Roe.", ("Kenya", "SUPPORT", "Jane Roe")),
    ("Kenya opposed the removal of Jane Roe.", ("Kenya", "OPPOSE", "Jane Roe")),
    ("Kenya welcomed the extradition of Jane Roe.", ("Kenya", "SUPPORT", "Jane Roe")),
]


@pytest.mark.parametrize(("sentence", "edge"), NO_STANCE, ids=[r[0][:60] for r in NO_STANCE])
def test_a_stance_on_an_act_against_an_actor_is_none_on_the_actor(
    sentence: str, edge: Edge
) -> None:
    assert edge not in edges(sentence), edges(sentence)


def test_a_demand_for_an_act_against_an_actor_is_a_request_to_it() -> None:
    assert ("Kenya", "REQUEST", "Jane Roe") in edges("Kenya demanded the extradition of Jane Roe.")
