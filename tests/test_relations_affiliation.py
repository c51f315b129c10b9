"""Affiliation rules: who works for or holds office in which organisation.

Table-driven, on the real parser: each row is a sentence written for these tests with
the edges it must give (and, for negative rows, the structural edges it must not give).
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges, entities

STRUCTURAL = {"LEADER_OF", "MEMBER_OF", "PART_OF", "LOCATED_IN"}

AFFILIATION = [
    # title_of: a title with "of", "for", "at", "with"
    (
        "Maria Lopez, a spokeswoman for Acme Corp., said the plant would close.",
        {("Maria Lopez", "MEMBER_OF", "Acme Corp.")},
    ),
    (
        "The chairman of the Green Party, Hans Weber, resigned on Monday.",
        {("Hans Weber", "LEADER_OF", "Green Party")},
    ),
    # a relative clause between the title and the name set off by commas
    (
        "The chief executive of Halden Corp, which was founded in 1990, Tomas Brekov, said"
        " profits rose.",
        {("Tomas Brekov", "LEADER_OF", "Halden Corp")},
    ),
    (
        "Mark Fox is a correspondent for the Daily Telegraph.",
        {("Mark Fox", "MEMBER_OF", "Daily Telegraph")},
    ),
    (
        "Ruth Klein, a professor at Norvik University, led the study.",
        {("Ruth Klein", "MEMBER_OF", "Norvik University")},
    ),
    ("The mayor of Paris, Anne Hidalgo, spoke first.", {("Anne Hidalgo", "LEADER_OF", "Paris")}),
    (
        "Omar Said, the vice president of the Red Crescent Society, arrived late.",
        {("Omar Said", "MEMBER_OF", "Red Crescent Society")},
    ),
    # title_modifier: an organisation written into a job title
    (
        "Acme Corp. attorney Jane Doe said the suit was filed.",
        {("Jane Doe", "MEMBER_OF", "Acme Corp.")},
    ),
    (
        "Halden University law professor Ken Lee testified on Monday.",
        {("Ken Lee", "MEMBER_OF", "Halden University")},
    ),
    (
        "Tom Reed, the Norvik Motors engineer, declined to comment.",
        {("Tom Reed", "MEMBER_OF", "Norvik Motors")},
    ),
    # an office title right before the name, with the organisation before it
    (
        "Acme Corp. spokesman John Carter said the plant would close.",
        {("John Carter", "MEMBER_OF", "Acme Corp.")},
    ),
    # person_of
    (
        "Jane Roe, 47, of the Nordic Space Agency will fly.",
        {("Jane Roe", "MEMBER_OF", "Nordic Space Agency")},
    ),
    ("Dr. Paul Kim of NASA presented the findings.", {("Paul Kim", "MEMBER_OF", "NASA")}),
    # a body written on a common noun for it
    (
        "Spokesman Karl Berg of the Acme company said sales fell.",
        {("Karl Berg", "MEMBER_OF", "Acme")},
    ),
    (
        "Mark Ruiz, an economist with the Acme research group, said prices fell.",
        {("Mark Ruiz", "MEMBER_OF", "Acme")},
    ),
    (
        "Jan Kohl, a senior fellow at the Institute of Optics, said so.",
        {("Jan Kohl", "MEMBER_OF", "Institute of Optics")},
    ),
    (
        "Mary Jones, a lobbyist with the National Dairy Council, told reporters.",
        {("Mary Jones", "MEMBER_OF", "National Dairy Council")},
    ),
    # a second title of the same person
    (
        "Ernest Bond, a professor of law and director of the Carnegie Endowment, said so.",
        {("Ernest Bond", "MEMBER_OF", "Carnegie Endowment")},
    ),
    # person_at
    (
        "In the study of soils, Wang Li at the Institute of Geology has made progress.",
        {("Wang Li", "MEMBER_OF", "Institute of Geology")},
    ),
    ("Karl Berg at Acme University said so.", {("Karl Berg", "MEMBER_OF", "Acme University")}),
    # an office title with its organisation's possessive
    (
        "Results were strong, said John Harlow, Acme Paper's chairman and chief executive.",
        {("John Harlow", "LEADER_OF", "Acme")},
    ),
    ("Paul Dunn, Acme Paper's spokesman, said so.", {("Paul Dunn", "MEMBER_OF", "Acme")}),
    (
        "Gary Heil, a plant physiologist with the Agriculture Department, said so.",
        {("Gary Heil", "MEMBER_OF", "Agriculture Department")},
    ),
    # body_before_title
    (
        "Bureau of Fisheries spokesman Lena Park said the boats stayed in port.",
        {("Lena Park", "MEMBER_OF", "Bureau of Fisheries")},
    ),
    (
        "Former Acme executive Sharon Dale has raised money.",
        {("Sharon Dale", "MEMBER_OF", "Acme")},
    ),
    (
        "Senate Fisheries Committee chairman John Harlow said.",
        {("John Harlow", "LEADER_OF", "Senate Fisheries Committee")},
    ),
    # affiliation_verb
    (
        "Paul Grant, who heads the National Weather Service, said the storm was weakening.",
        {("Paul Grant", "LEADER_OF", "National Weather Service")},
    ),
    (
        "Sara Blum works for the Nordic Development Bank in Washington.",
        {("Sara Blum", "MEMBER_OF", "Nordic Development Bank")},
    ),
    ("Bill Cole founded Acme Records in 1990.", {("Bill Cole", "LEADER_OF", "Acme Records")}),
    (
        "Nora Vance, who operates the Halden Railway Museum, said so.",
        {("Nora Vance", "LEADER_OF", "Halden Railway Museum")},
    ),
    ("Ann Lee writes for The New Yorker.", {("Ann Lee", "MEMBER_OF", "New Yorker")}),
    (
        "Ann Ross has covered science for the Daily Courier since 1990.",
        {("Ann Ross", "MEMBER_OF", "Daily Courier")},
    ),
    (
        "Tom Bell taught at Acme University and the Naval College.",
        {("Tom Bell", "MEMBER_OF", "Acme University"), ("Tom Bell", "MEMBER_OF", "Naval College")},
    ),
    ("Tom Bell served 20 years in the Senate.", {("Tom Bell", "MEMBER_OF", "Senate")}),
    # a title "of" a part of the organisation named after the part
    (
        "Ann Ross, head of overseas sales for Halvex Motors, said so.",
        {("Ann Ross", "MEMBER_OF", "Halvex Motors")},
    ),
    (
        "Tom Bell, a staff member of the planning department at Acme Space Agency, said so.",
        {("Tom Bell", "MEMBER_OF", "Acme Space Agency")},
    ),
    # a participle with its "by" on the body it describes
    (
        "The Acme Foundation, headed by Tom Bell, released a study.",
        {("Tom Bell", "LEADER_OF", "Acme Foundation")},
    ),
    # conjoined_title: the preposition hung on a first word that is no title
    (
        "Ada Brenn, a baker and chair of the Norland Bakers Guild, told reporters the tax "
        "was unfair.",
        {("Ada Brenn", "LEADER_OF", "Norland Bakers Guild")},
    ),
    (
        "Jane Roe, a poet and editor of the Halden Review, spoke on Monday.",
        {("Jane Roe", "MEMBER_OF", "Halden Review")},
    ),
    # party_candidate: a party's candidate is its member; a party's name may go on after
    # its head with a preposition
    (
        "Jane Roe, candidate of the Popular Front for the Liberation of Norland, spoke on Monday.",
        {("Jane Roe", "MEMBER_OF", "Popular Front for the Liberation of Norland")},
    ),
    (
        "Jane Roe, presidential candidate of the Coalition for Halden Renewal, spoke on Monday.",
        {("Jane Roe", "MEMBER_OF", "Coalition for Halden Renewal")},
    ),
    (
        "John Marlow, candidate of the NUP (Norland Unity Party), opened his campaign in "
        "Halden on Sunday.",
        {("John Marlow", "MEMBER_OF", "Norland Unity Party")},
    ),
    (
        "Jane Roe, candidate for the Movement of the Civic Dawn, toured three provinces last week.",
        {("Jane Roe", "MEMBER_OF", "Movement of the Civic Dawn")},
    ),
    (
        "Farmers in the north cheered Norland Labour Party (NLP) candidate Jane Roe on Friday.",
        {("Jane Roe", "MEMBER_OF", "Norland Labour Party")},
    ),
    (
        "John Marlow, presidential candidate of the Halden Renewal Movement, HRM, was interviewed.",
        {("John Marlow", "MEMBER_OF", "Halden Renewal Movement")},
    ),
    # title_of after a legislator's party tag
    (
        "Sen. Tom Bell, R-Ohio, chairman of the Senate Fisheries Committee, said so.",
        {("Tom Bell", "LEADER_OF", "Senate Fisheries Committee")},
    ),
    (
        "Rep. Ann Ross, D-Calif., a member of the Acme Caucus, said so.",
        {("Ann Ross", "MEMBER_OF", "Acme Caucus")},
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), AFFILIATION, ids=[r[0][:60] for r in AFFILIATION]
)
def test_affiliation_edges(sentence: str, expected: set[Edge]) -> None:
    got = edges(sentence)
    assert expected <= got, f"missing {sorted(expected - got)}; got {sorted(got)}"


def test_the_title_becomes_the_persons_role() -> None:
    found = entities("Maria Lopez, a spokeswoman for Acme Corp., said the plant would close.")
    assert "spokeswoman" in found["person:maria lopez"].roles


#: Sentences whose structural edges are exactly these (mostly none): a wrong tie costs
#: more than a missing one.
NO_AFFILIATION: list[tuple[str, set[Edge]]] = [
    # no title: "X of Y" with a noun that is no job
    (
        "Maria Lopez, a friend of Acme Corp. founder Bill Cole, spoke first.",
        {("Bill Cole", "LEADER_OF", "Acme Corp.")},
    ),
    ("The sale of Acme Corp. to Norvik Motors was approved.", set()),
    ("Jane Doe, a critic of the Nordic Development Bank, spoke in Geneva.", set()),
    ("Ken Lee, a graduate of Halden University, spoke on Monday.", set()),
    # a hometown is no employer
    ("Kevin Doyle, 41, of Salem, waded in to help.", set()),
    # the verb's subject is no person, or its object no organisation
    ("Russia joined the talks in Geneva.", set()),
    ("Bill Cole heads to Paris on Monday.", set()),
    # a name conjoined after a relative clause gets nothing from it
    (
        "Bill Cole, who founded Acme Records, and Sue Park attended.",
        {("Bill Cole", "LEADER_OF", "Acme Records")},
    ),
    # a job with a country is no membership of that state
    ("American professor Ken Lee testified on Monday.", set()),
    # a title with a plain noun leads a part of the body, not the body
    ("Senate minority leader Tom Reed announced his bid.", {("Tom Reed", "MEMBER_OF", "Senate")}),
    (
        "Acme Radio news director Paul Dunn said.",
        {("Paul Dunn", "MEMBER_OF", "Acme Radio")},
    ),
    # title words side by side on a name are one title: one edge
    (
        "But Tarvo Airlines Chief Executive Dan Moran said he liked the plane.",
        {("Dan Moran", "LEADER_OF", "Tarvo Airlines")},
    ),
    # a date or a town before a title is no employer
    ("Tuesday spokesman John Harlow said so.", set()),
    ("Chicago lawyer John Harlow said so.", set()),
    # "of" a common noun that is no body
    ("John Harlow, a friend of the Acme company founder, spoke.", set()),
    # "at" a body that is no institution, or a meeting at one
    ("Tom Reed at the United Nations said so.", set()),
    ("Karl Berg met Ann Lee at Acme University.", set()),
    # a possessive that is no organisation
    ("Ann Lee, the plant's manager, said so.", set()),
    # a second title of the same person, with no body
    ("Paul Kern, a professor of law and the husband of Ann Lee, spoke.", set()),
    # "of" a common noun that is no part of the organisation after it
    ("Tom Bell, a friend of the family at Acme Corp., said so.", set()),
    ("Ann Ross, director of the summer camp at Springfield, said so.", set()),
    # a place served in, a person covered for, a plan backed by a person
    ("Tom Bell served in Iraq for a year.", set()),
    ("Tom Bell covered for Ann Ross on Monday.", set()),
    ("The Acme plan, backed by Tom Bell, failed.", set()),
    # a town and its state in apposition are no party tag
    (
        "Tom Bell, of Dayton, Ohio, chairman of Acme Corp., said so.",
        {("Dayton", "LOCATED_IN", "Ohio")},
    ),
    # conjoined_title: a preposition before the title, or no preposition, names no body
    ("John Marlow, a critic of Acme Corp. and president of the club, spoke.", set()),
    ("Ada Brenn, a baker and chair, sued Acme Corp. on Monday.", set()),
    ("Jane Roe, a poet and friend of the Halden Review editor, spoke.", set()),
    # party_candidate: a candidate for an office or a body that is no party, or backed by
    # a party, is no member of it
    ("Senate candidate Jane Roe spoke on Monday.", set()),
    ("Jane Roe, a candidate for the Halden City Council, spoke.", set()),
    ("Jane Roe, the candidate backed by the Zeta Party, spoke.", set()),
    # a body whose head word, before its first preposition, is no party word
    ("Jane Roe, a candidate of the Committee for Halden Renewal, spoke on Monday.", set()),
    ("Jane Roe, candidate of the Front Office Union, spoke on Monday.", set()),
    # "head of the X delegation" leads no country
    ("Omar Said, head of the Sudanese delegation, left early.", set()),
    # a name the parser hangs on the title in apposition across a relative clause
    (
        "Tom Bell, 34, is the director of Halvex Global Ventures, a Labuan-registered company"
        " that auditors say received about RM610 million from state fund Dana Harapan"
        " Nasional (DHN) between 2034 and 2036.",
        {("Tom Bell", "MEMBER_OF", "Halvex Global Ventures")},
    ),
]


@pytest.mark.parametrize(
    ("sentence", "allowed"), NO_AFFILIATION, ids=[r[0][:60] for r in NO_AFFILIATION]
)
def test_no_wrong_affiliation_edge(sentence: str, allowed: set[Edge]) -> None:
    got = {e for e in edges(sentence) if e[1] in STRUCTURAL}
    assert got == allowed
