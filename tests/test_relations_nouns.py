"""Nominal triggers and appositions ("a major backer of", "talks with", "US ire").

Table-driven, on the real parser; see ``tests/relation_rows.py``.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges
from tests.relation_rows import NOUN_ROWS, check, rows

# ---------------------------------------------------------------------------------
# Nominal triggers and appositions
# ---------------------------------------------------------------------------------

NOUNS = rows(
    NOUN_ROWS,
    ("Iran shipped arms to the Houthis.", "arm", {("Iran", "AID", "Houthis")}),
    ("China is a major backer of Pakistan.", "backer", {("China", "SUPPORT", "Pakistan")}),
    ("Hungary is a staunch supporter of Israel.", "supporter", {("Hungary", "SUPPORT", "Israel")}),
    ("Serbia is a close ally of Russia.", "ally", {("Serbia", "SUPPORT", "Russia")}),
    (
        "Bashar al-Assad, a Russian ally, fled to Moscow.",
        "ally",
        {("Russia", "SUPPORT", "Bashar al-Assad")},
    ),
    (
        "Britain is a longtime friend of Jordan.",
        "friend",
        {("United Kingdom", "SUPPORT", "Jordan")},
    ),
    ("Spain reiterated its support for Morocco.", "support", {("Spain", "SUPPORT", "Morocco")}),
    ("Canada announced its support for Ukraine.", "support", {("Canada", "SUPPORT", "Ukraine")}),
    (
        "Barack Obama's endorsement of Kamala Harris came late.",
        "endorsement",
        {("Barack Obama", "SUPPORT", "Kamala Harris")},
    ),
    (
        "Germany's recognition of Croatia angered Serbia.",
        "recognition",
        {("Germany", "SUPPORT", "Croatia")},
    ),
    ("Tunisia expressed praise for Algeria.", "praise", {("Tunisia", "SUPPORT", "Algeria")}),
    (
        "Iran held talks with Saudi Arabia in Baghdad.",
        "talk",
        {("Iran", "CONSULT", "Saudi Arabia")},
    ),
    (
        "Emmanuel Macron held a meeting with Xi Jinping.",
        "meeting",
        {("Emmanuel Macron", "CONSULT", "Xi Jinping")},
    ),
    (
        "India hosted a summit with the African Union.",
        "summit",
        {("India", "CONSULT", "African Union")},
    ),
    ("Joe Biden had a call with Xi Jinping.", "call", {("Joe Biden", "CONSULT", "Xi Jinping")}),
    ("Narendra Modi paid a visit to Ukraine.", "visit", {("Narendra Modi", "CONSULT", "Ukraine")}),
    (
        "Sudan resumed negotiations with Ethiopia.",
        "negotiation",
        {("Sudan", "CONSULT", "Ethiopia")},
    ),
    ("Turkey's agreement with Iraq covers water.", "agreement", {("Turkey", "AGREE", "Iraq")}),
    ("Japan reached a deal with South Korea.", "deal", {("Japan", "AGREE", "South Korea")}),
    ("Mexico's deal with Canada collapsed.", "deal", {("Mexico", "AGREE", "Canada")}),
    (
        "The United States' pact with Japan dates from 1951.",
        "pact",
        {("United States", "AGREE", "Japan")},
    ),
    (
        "The summit boosted cooperation between Egypt and Sudan.",
        "cooperation",
        {("Egypt", "COOPERATE", "Sudan")},
    ),
    (
        "Oman called for more cooperation with Iran.",
        "cooperation",
        {("Oman", "COOPERATE", "Iran")},
    ),
    (
        "Vietnam expanded trade with the United States.",
        "trade",
        {("Vietnam", "COOPERATE", "United States")},
    ),
    (
        "Kenya forged a partnership with Microsoft.",
        "partnership",
        {("Kenya", "COOPERATE", "Microsoft")},
    ),
    ("The United States announced aid to Ukraine.", "aid", {("United States", "AID", "Ukraine")}),
    (
        "The United States announced military aid to Taiwan.",
        "aid",
        {("United States", "AID", "Taiwan")},
    ),
    (
        "Japan pledged assistance to the Philippines.",
        "assistance",
        {("Japan", "AID", "Philippines")},
    ),
    ("China's loan to Sri Lanka drew scrutiny.", "loan", {("China", "AID", "Sri Lanka")}),
    ("Iran made a demand on Iraq.", "demand", {("Iran", "REQUEST", "Iraq")}),
    (
        "Ukraine made an appeal to the United Nations.",
        "appeal",
        {("Ukraine", "REQUEST", "United Nations")},
    ),
    ("Armenia's appeal to Russia went unanswered.", "appeal", {("Armenia", "REQUEST", "Russia")}),
    ("China's criticism of Japan grew louder.", "criticism", {("China", "ACCUSE", "Japan")}),
    ("Iran voiced criticism of Sweden.", "criticism", {("Iran", "ACCUSE", "Sweden")}),
    (
        "Saudi Arabia repeated its accusation against Iran.",
        "accusation",
        {("Saudi Arabia", "ACCUSE", "Iran")},
    ),
    (
        "Brazil's condemnation of Israel angered Tel Aviv.",
        "condemnation",
        {("Brazil", "ACCUSE", "Israel")},
    ),
    (
        "Hugo Chavez was a fierce critic of George W. Bush.",
        "critic",
        {("Hugo Chavez", "ACCUSE", "George W. Bush")},
    ),
    ("Gambia filed a lawsuit against Myanmar.", "lawsuit", {("Gambia", "ACCUSE", "Myanmar")}),
    (
        "The European Union launched an investigation into TikTok.",
        "investigation",
        {("European Union", "ACCUSE", "TikTok")},
    ),
    (
        "Hungary's rejection of Sweden delayed the vote.",
        "rejection",
        {("Hungary", "REJECT", "Sweden")},
    ),
    ("Kenya's warning to Somalia was clear.", "warning", {("Kenya", "THREATEN", "Somalia")}),
    ("North Korea's threat to Japan grew.", "threat", {("North Korea", "THREATEN", "Japan")}),
    (
        "Iran's threat against Israel alarmed Washington.",
        "threat",
        {("Iran", "THREATEN", "Israel")},
    ),
    (
        "Donald Trump's power struggle with Nancy Pelosi dominated the week.",
        "struggle",
        {("Donald Trump", "OPPOSE", "Nancy Pelosi")},
    ),
    (
        "Raila Odinga was locked in a power struggle with William Ruto.",
        "struggle",
        {("Raila Odinga", "OPPOSE", "William Ruto")},
    ),
    (
        "Sudan's army waged a struggle against the Rapid Support Forces.",
        "struggle",
        {("Sudan", "OPPOSE", "Rapid Support Forces")},
    ),
    ("India's rivalry with China shapes Asia.", "rivalry", {("India", "OPPOSE", "China")}),
    (
        "Ethiopia's dispute with Egypt over the dam continues.",
        "dispute",
        {("Ethiopia", "OPPOSE", "Egypt")},
    ),
    ("China's standoff with India lasted months.", "standoff", {("China", "OPPOSE", "India")}),
    (
        "Kanye West's feud with Taylor Swift ended.",
        "feud",
        {("Kanye West", "OPPOSE", "Taylor Swift")},
    ),
    (
        "Viktor Orban voiced his opposition to Ukraine.",
        "opposition",
        {("Viktor Orban", "OPPOSE", "Ukraine")},
    ),
    (
        "Hungary's opposition to Sweden stalled the process.",
        "opposition",
        {("Hungary", "OPPOSE", "Sweden")},
    ),
    (
        "Benazir Bhutto was the main opponent of Pervez Musharraf.",
        "opponent",
        {("Benazir Bhutto", "OPPOSE", "Pervez Musharraf")},
    ),
    (
        "Ecuador, a rival of Colombia, closed the border.",
        "rival",
        {("Ecuador", "OPPOSE", "Colombia")},
    ),
    ("Greece, a Turkish rival, objected.", "rival", {("Turkey", "OPPOSE", "Greece")}),
    ("Iran, a sworn enemy of Israel, denied it.", "enemy", {("Iran", "OPPOSE", "Israel")}),
    ("Hezbollah, an Israeli enemy, fired rockets.", "enemy", {("Israel", "OPPOSE", "Hezbollah")}),
    ("China drew American ire.", "ire", {("United States", "OPPOSE", "China")}),
    ("Cuba drew US ire.", "ire", {("United States", "OPPOSE", "Cuba")}),
    ("Pakistan drew Indian anger.", "anger", {("India", "OPPOSE", "Pakistan")}),
    ("Greenpeace staged a protest against Shell.", "protest", {("Greenpeace", "PROTEST", "Shell")}),
    (
        "Nigeria's boycott of South Africa ended.",
        "boycott",
        {("Nigeria", "PROTEST", "South Africa")},
    ),
    (
        "The European Union imposed sanctions on Russia.",
        "sanction",
        {("European Union", "SANCTION", "Russia")},
    ),
    (
        "Britain's sanctions on Iran took effect.",
        "sanction",
        {("United Kingdom", "SANCTION", "Iran")},
    ),
    (
        "The United States' tariffs on China hurt farmers.",
        "tariff",
        {("United States", "SANCTION", "China")},
    ),
    ("Canada's tariff on China took effect.", "tariff", {("Canada", "SANCTION", "China")}),
    ("Washington's embargo on Cuba continues.", "embargo", {("United States", "SANCTION", "Cuba")}),
    (
        "The United States kept its embargo against Cuba.",
        "embargo",
        {("United States", "SANCTION", "Cuba")},
    ),
    ("Israel launched an attack on Iran.", "attack", {("Israel", "ASSAULT", "Iran")}),
    ("Russia's attack on Ukraine shocked Europe.", "attack", {("Russia", "ASSAULT", "Ukraine")}),
    ("Pakistan carried out a strike on India.", "strike", {("Pakistan", "ASSAULT", "India")}),
    (
        "The United States conducted strikes against the Houthis.",
        "strike",
        {("United States", "ASSAULT", "Houthis")},
    ),
    ("Iraq's invasion of Kuwait triggered a war.", "invasion", {("Iraq", "ASSAULT", "Kuwait")}),
    ("Ethiopia waged a war against Eritrea.", "war", {("Ethiopia", "ASSAULT", "Eritrea")}),
    ("Armenia fought a war with Azerbaijan.", "war", {("Armenia", "ASSAULT", "Azerbaijan")}),
    (
        "Russia ordered the arrest of Alexei Navalny.",
        "arrest",
        {("Russia", "COERCE", "Alexei Navalny")},
    ),
)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), NOUNS)
def test_noun_triggers(sentence: str, trigger: str, expected: set[Edge]) -> None:
    check(sentence, trigger, expected, kind="noun")


def test_apposition_ally_points_from_the_modifier() -> None:
    got = edges("Bashar al-Assad, a Russian ally, fled to Moscow.")
    assert ("Bashar al-Assad", "SUPPORT", "Russia") not in got


def test_cooperation_between_gives_one_edge_not_a_loop() -> None:
    got = edges("The summit boosted cooperation between Egypt and Sudan.")
    cooperate = {e for e in got if e[1] == "COOPERATE"}
    assert cooperate == {("Egypt", "COOPERATE", "Sudan")}
