"""Verb triggers: subject-verb-object and verb-preposition-object.

Table-driven, on the real parser; see ``tests/relation_rows.py``.
"""

from __future__ import annotations

import pytest

from tests.extraction_helpers import Edge, edges
from tests.relation_rows import VERB_ROWS, check, rows

# ---------------------------------------------------------------------------------
# Subject - verb - object
# ---------------------------------------------------------------------------------

SVO = rows(
    VERB_ROWS,
    ("France criticised Iran.", "criticise", {("France", "ACCUSE", "Iran")}),
    ("Canada criticized India over the killing.", "criticize", {("Canada", "ACCUSE", "India")}),
    (
        "Angela Merkel visited Poland last week.",
        "visit",
        {("Angela Merkel", "CONSULT", "Poland")},
    ),
    ("Kenya hosted Ethiopia for two days of talks.", "host", {("Kenya", "CONSULT", "Ethiopia")}),
    (
        "Emmanuel Macron called Olaf Scholz after the vote.",
        "call",
        {("Emmanuel Macron", "CONSULT", "Olaf Scholz")},
    ),
    (
        "Joe Biden phoned Benjamin Netanyahu late on Sunday.",
        "phone",
        {("Joe Biden", "CONSULT", "Benjamin Netanyahu")},
    ),
    ("Norway consulted Denmark before the vote.", "consult", {("Norway", "CONSULT", "Denmark")}),
    ("Spain welcomed Morocco to the summit.", "welcome", {("Spain", "CONSULT", "Morocco")}),
    (
        "Pope Francis received Volodymyr Zelensky at the Vatican.",
        "receive",
        {("Francis", "CONSULT", "Volodymyr Zelensky")},
    ),
    (
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo.",
        "meet",
        {("Narendra Modi", "CONSULT", "Fumio Kishida")},
    ),
    ("Italy supported Albania in the dispute.", "support", {("Italy", "SUPPORT", "Albania")}),
    ("The African Union endorsed Senegal.", "endorse", {("African Union", "SUPPORT", "Senegal")}),
    (
        "Barack Obama endorsed Kamala Harris in July.",
        "endorse",
        {("Barack Obama", "SUPPORT", "Kamala Harris")},
    ),
    ("Sweden praised Finland for its response.", "praise", {("Sweden", "SUPPORT", "Finland")}),
    ("Portugal recognised Kosovo in 2008.", "recognise", {("Portugal", "SUPPORT", "Kosovo")}),
    (
        "Pakistan recognized the Taliban government.",
        "recognize",
        {("Pakistan", "SUPPORT", "Taliban")},
    ),
    ("Hungary defended Serbia at the meeting.", "defend", {("Hungary", "SUPPORT", "Serbia")}),
    (
        "Vladimir Putin congratulated Xi Jinping on his re-election.",
        "congratulate",
        {("Vladimir Putin", "SUPPORT", "Xi Jinping")},
    ),
    ("Kenya thanked Japan for its help.", "thank", {("Kenya", "SUPPORT", "Japan")}),
    (
        "Turkey supplied Azerbaijan with drones.",
        "supply",
        {("Turkey", "AID", "Azerbaijan")},
    ),
    ("The World Bank funded Bangladesh.", "fund", {("World Bank", "AID", "Bangladesh")}),
    ("The IMF financed Egypt last year.", "finance", {("IMF", "AID", "Egypt")}),
    ("Iran armed Hezbollah for decades.", "arm", {("Iran", "AID", "Hezbollah")}),
    (
        "The United States trained Colombia's police.",
        "train",
        {("United States", "AID", "Colombia")},
    ),
    (
        "The Netherlands lent Indonesia a billion euros.",
        "lend",
        {("Netherlands", "AID", "Indonesia")},
    ),
    (
        "Saudi Arabia gave Pakistan a loan of three billion dollars.",
        "give",
        {("Saudi Arabia", "AID", "Pakistan")},
    ),
    ("Japan gave Ukraine five billion dollars.", "give", {("Japan", "AID", "Ukraine")}),
    (
        "Russia released Evan Gershkovich in August.",
        "release",
        {("Russia", "RETREAT", "Evan Gershkovich")},
    ),
    (
        "Iran freed Nazanin Zaghari-Ratcliffe in March.",
        "free",
        {("Iran", "RETREAT", "Nazanin Zaghari-Ratcliffe")},
    ),
    ("Ukraine asked Germany for more tanks.", "ask", {("Ukraine", "REQUEST", "Germany")}),
    ("Ukraine demanded Russia's withdrawal.", "demand", {("Ukraine", "REQUEST", "Russia")}),
    (
        "The Arab League urged Israel to halt the offensive.",
        "urge",
        {("Arab League", "REQUEST", "Israel")},
    ),
    (
        "Kenya requested Britain to extradite the suspect.",
        "request",
        {("Kenya", "REQUEST", "United Kingdom")},
    ),
    (
        "The United States pressed Pakistan to act.",
        "press",
        {("United States", "REQUEST", "Pakistan")},
    ),
    ("China accused Japan of provocation.", "accuse", {("China", "ACCUSE", "Japan")}),
    ("Vietnam blamed China for the collision.", "blame", {("Vietnam", "ACCUSE", "China")}),
    (
        "The European Union condemned Belarus.",
        "condemn",
        {("European Union", "ACCUSE", "Belarus")},
    ),
    ("Ukraine denounced Hungary at the summit.", "denounce", {("Ukraine", "ACCUSE", "Hungary")}),
    (
        "Gambia sued Myanmar at the International Court of Justice.",
        "sue",
        {("Gambia", "ACCUSE", "Myanmar")},
    ),
    ("The FBI investigated Huawei.", "investigate", {("FBI", "ACCUSE", "Huawei")}),
    (
        "Joe Biden charged Vladimir Putin with war crimes.",
        "charge",
        {("Joe Biden", "ACCUSE", "Vladimir Putin")},
    ),
    (
        "The United States indicted Julian Assange in 2019.",
        "indict",
        {("United States", "ACCUSE", "Julian Assange")},
    ),
    ("Colombia rejected Venezuela.", "reject", {("Colombia", "REJECT", "Venezuela")}),
    ("Iran refused the IAEA.", "refuse", {("Iran", "REJECT", "IAEA")}),
    ("Argentina snubbed Brazil at the summit.", "snub", {("Argentina", "REJECT", "Brazil")}),
    ("Serbia rebuffed Kosovo again.", "rebuff", {("Serbia", "REJECT", "Kosovo")}),
    (
        "Rishi Sunak dismissed Suella Braverman.",
        "dismiss",
        {("Rishi Sunak", "REJECT", "Suella Braverman")},
    ),
    (
        "The United States warned China against any invasion.",
        "warn",
        {("United States", "THREATEN", "China")},
    ),
    (
        "North Korea threatened South Korea with nuclear strikes.",
        "threaten",
        {("North Korea", "THREATEN", "South Korea")},
    ),
    ("India opposed Pakistan at the council.", "oppose", {("India", "OPPOSE", "Pakistan")}),
    (
        "The Chadian army toppled Hissene Habre.",
        "topple",
        {("Chad", "OPPOSE", "Hissene Habre")},
    ),
    (
        "Sudan's army overthrew Omar al-Bashir in 2019.",
        "overthrow",
        {("Sudan", "OPPOSE", "Omar al-Bashir")},
    ),
    ("Russia undermined Ukraine at every turn.", "undermine", {("Russia", "OPPOSE", "Ukraine")}),
    (
        "Beijing challenged Washington over the chip ban.",
        "challenge",
        {("China", "OPPOSE", "United States")},
    ),
    (
        "China confronted the Philippines near the shoal.",
        "confront",
        {("China", "OPPOSE", "Philippines")},
    ),
    # "rev": the object is the one who opposes.
    (
        "Turkey angered Greece by sending a survey ship.",
        "anger",
        {("Greece", "OPPOSE", "Turkey")},
    ),
    (
        "Sweden infuriated Turkey by allowing the protest.",
        "infuriate",
        {("Turkey", "OPPOSE", "Sweden")},
    ),
    ("Israel outraged Turkey.", "outrage", {("Turkey", "OPPOSE", "Israel")}),
    (
        "Hungary antagonized Ukraine with its language law.",
        "antagonize",
        {("Ukraine", "OPPOSE", "Hungary")},
    ),
    (
        "Viktor Orban antagonised Poland again.",
        "antagonise",
        {("Poland", "OPPOSE", "Viktor Orban")},
    ),
    ("China boycotted Lithuania last year.", "boycott", {("China", "PROTEST", "Lithuania")}),
    (
        "The United States sanctioned Iran again.",
        "sanction",
        {("United States", "SANCTION", "Iran")},
    ),
    ("Estonia expelled Russia's diplomats.", "expel", {("Estonia", "SANCTION", "Russia")}),
    ("India banned TikTok in 2020.", "ban", {("India", "SANCTION", "TikTok")}),
    (
        "The United States embargoed Cuba for decades.",
        "embargo",
        {("United States", "SANCTION", "Cuba")},
    ),
    (
        "Washington blacklisted Huawei in 2019.",
        "blacklist",
        {("United States", "SANCTION", "Huawei")},
    ),
    (
        "Russia arrested Evan Gershkovich in March.",
        "arrest",
        {("Russia", "COERCE", "Evan Gershkovich")},
    ),
    (
        "China detained Michael Kovrig in 2018.",
        "detain",
        {("China", "COERCE", "Michael Kovrig")},
    ),
    ("Iraq seized Kuwait in 1990.", "seize", {("Iraq", "COERCE", "Kuwait")}),
    (
        "Egypt jailed Alaa Abd El-Fattah.",
        "jail",
        {("Egypt", "COERCE", "Alaa Abd El-Fattah")},
    ),
    (
        "Turkey imprisoned Osman Kavala.",
        "imprison",
        {("Turkey", "COERCE", "Osman Kavala")},
    ),
    (
        "Aleksandr Lukashenko repressed Maria Kolesnikova.",
        "repress",
        {("Aleksandr Lukashenko", "COERCE", "Maria Kolesnikova")},
    ),
    (
        "Saudi Arabia blockaded Qatar in 2017.",
        "blockade",
        {("Saudi Arabia", "COERCE", "Qatar")},
    ),
    ("Russia invaded Ukraine in February 2022.", "invade", {("Russia", "ASSAULT", "Ukraine")}),
    ("Israel attacked Iran last month.", "attack", {("Israel", "ASSAULT", "Iran")}),
    ("NATO bombed Serbia in 1999.", "bomb", {("NATO", "ASSAULT", "Serbia")}),
    ("Azerbaijan shelled Armenia overnight.", "shell", {("Azerbaijan", "ASSAULT", "Armenia")}),
    ("India struck Pakistan in response.", "strike", {("India", "ASSAULT", "Pakistan")}),
    (
        "Israel killed Hassan Nasrallah in Beirut.",
        "kill",
        {("Israel", "ASSAULT", "Hassan Nasrallah")},
    ),
    (
        "Mossad assassinated Mohsen Fakhrizadeh.",
        "assassinate",
        {("Mossad", "ASSAULT", "Mohsen Fakhrizadeh")},
    ),
    (
        "Russian soldiers shot Ukrainian soldiers.",
        "shoot",
        {("Russia", "ASSAULT", "Ukraine")},
    ),
    (
        "The Iranian police shot Mahsa Amini.",
        "shoot",
        {("Iran", "ASSAULT", "Mahsa Amini")},
    ),
    ("India bought Russian oil.", "buy", {("India", "COOPERATE", "Russia")}),
    ("Russia vetoed the US resolution.", "veto", {("Russia", "REJECT", "United States")}),
    ("Japan invited India to the summit.", "invite", {("Japan", "CONSULT", "India")}),
    (
        "Joe Biden spoke with Xi Jinping by phone.",
        "speak",
        {("Joe Biden", "CONSULT", "Xi Jinping")},
    ),
    ("Poland summoned the Russian ambassador.", "summon", {("Poland", "ACCUSE", "Russia")}),
    ("Kenya recalled its ambassador from Uganda.", "recall", {("Kenya", "SANCTION", "Uganda")}),
    ("Morocco cut ties with Iran.", "cut", {("Morocco", "SANCTION", "Iran")}),
    ("Bahrain severed ties with Qatar.", "sever", {("Bahrain", "SANCTION", "Qatar")}),
    ("North Korea fired missiles at Japan.", "fire", {("North Korea", "ASSAULT", "Japan")}),
    ("Turkey purchased missiles from Russia.", "purchase", {("Turkey", "COOPERATE", "Russia")}),
    ("Japan imported gas from Qatar.", "import", {("Japan", "COOPERATE", "Qatar")}),
)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), SVO)
def test_subject_verb_object(sentence: str, trigger: str, expected: set[Edge]) -> None:
    check(sentence, trigger, expected)


# ---------------------------------------------------------------------------------
# Verb - preposition - object
# ---------------------------------------------------------------------------------

VERB_PREP = rows(
    VERB_ROWS,
    ("France agreed with Germany on a new budget rule.", "agree", {("France", "AGREE", "Germany")}),
    ("Canada signed with Mexico a deal on migration.", "sign", {("Canada", "AGREE", "Mexico")}),
    ("Egypt met with Jordan to discuss the crisis.", "meet", {("Egypt", "CONSULT", "Jordan")}),
    ("Qatar negotiated with Hamas for weeks.", "negotiate", {("Qatar", "CONSULT", "Hamas")}),
    (
        "Turkey talked with Greece about the maritime border.",
        "talk",
        {("Turkey", "CONSULT", "Greece")},
    ),
    (
        "Indonesia consulted with Malaysia over the haze.",
        "consult",
        {("Indonesia", "CONSULT", "Malaysia")},
    ),
    ("Austria sided with Hungary in the debate.", "side", {("Austria", "SUPPORT", "Hungary")}),
    (
        "The Netherlands allied with Belgium against the proposal.",
        "ally",
        {("Netherlands", "SUPPORT", "Belgium")},
    ),
    (
        "Japan stood by South Korea during the crisis.",
        "stand",
        {("Japan", "SUPPORT", "South Korea")},
    ),
    (
        "Australia lined up behind New Zealand in the dispute.",
        "line",
        {("Australia", "SUPPORT", "New Zealand")},
    ),
    ("Chile rallied behind Peru after the earthquake.", "rally", {("Chile", "SUPPORT", "Peru")}),
    ("Chile rallied around Peru after the earthquake.", "rally", {("Chile", "SUPPORT", "Peru")}),
    (
        "Britain apologised to Ireland for the remarks.",
        "apologise",
        {("United Kingdom", "CONCEDE", "Ireland")},
    ),
    (
        "Germany apologized to Namibia for the colonial-era killings.",
        "apologize",
        {("Germany", "CONCEDE", "Namibia")},
    ),
    ("France sold weapons to India.", "sell", {("France", "COOPERATE", "India")}),
    ("South Korea sold howitzers to Poland.", "sell", {("South Korea", "COOPERATE", "Poland")}),
    (
        "Vietnam traded with Cambodia for centuries.",
        "trade",
        {("Vietnam", "COOPERATE", "Cambodia")},
    ),
    (
        "Japan cooperated with Australia on the mission.",
        "cooperate",
        {("Japan", "COOPERATE", "Australia")},
    ),
    (
        "Samsung partnered with Google on the new phone.",
        "partner",
        {("Samsung", "COOPERATE", "Google")},
    ),
    ("Germany delivered tanks to Poland.", "deliver", {("Germany", "AID", "Poland")}),
    (
        "The European Union provided funds to Moldova.",
        "provide",
        {("European Union", "AID", "Moldova")},
    ),
    ("Japan sent engineers to Kenya.", "send", {("Japan", "AID", "Kenya")}),
    ("Britain sent troops to Estonia.", "send", {("United Kingdom", "MOBILIZE", "Estonia")}),
    ("Iran sent arms to Hezbollah.", "send", {("Iran", "AID", "Hezbollah")}),
    ("Russia deployed warships to Syria.", "deploy", {("Russia", "MOBILIZE", "Syria")}),
    ("China deployed doctors to Zambia.", "deploy", {("China", "AID", "Zambia")}),
    ("France dispatched soldiers to Mali.", "dispatch", {("France", "MOBILIZE", "Mali")}),
    ("Qatar dispatched engineers to Morocco.", "dispatch", {("Qatar", "AID", "Morocco")}),
    ("Japan donated ten million dollars to Ukraine.", "donate", {("Japan", "AID", "Ukraine")}),
    (
        "Sweden donated to the World Food Programme.",
        "donate",
        {("Sweden", "AID", "World Food Programme")},
    ),
    ("France withdrew its forces from Niger.", "withdraw", {("France", "RETREAT", "Niger")}),
    ("Israel pulled out of Gaza in 2005.", "pull", {("Israel", "RETREAT", "Gaza")}),
    (
        "The United States pulled its troops out of Afghanistan.",
        "pull",
        {("United States", "RETREAT", "Afghanistan")},
    ),
    (
        "Britain rotated its soldiers out of Iraq.",
        "rotate",
        {("United Kingdom", "RETREAT", "Iraq")},
    ),
    ("Italy evacuated its citizens from Sudan.", "evacuate", {("Italy", "RETREAT", "Sudan")}),
    ("Canada removed its diplomats from India.", "remove", {("Canada", "RETREAT", "India")}),
    (
        "Sudan appealed to the United Nations for food aid.",
        "appeal",
        {("Sudan", "REQUEST", "United Nations")},
    ),
    ("Zelensky called on NATO to close the skies.", "call", {("Zelensky", "REQUEST", "NATO")}),
    (
        "Greenpeace protested against Shell in London.",
        "protest",
        {("Greenpeace", "PROTEST", "Shell")},
    ),
    ("Imran Khan pushed Nawaz Sharif from power.", "push", {("Khan", "OPPOSE", "Nawaz Sharif")}),
    (
        "Parliament removed Pedro Castillo from power.",
        "remove",
        {("Parliament", "OPPOSE", "Pedro Castillo")},
    ),
)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), VERB_PREP)
def test_verb_preposition_object(sentence: str, trigger: str, expected: set[Edge]) -> None:
    check(sentence, trigger, expected)


def test_send_troops_is_mobilize_not_aid() -> None:
    got = edges("Britain sent troops to Estonia.")
    assert ("United Kingdom", "AID", "Estonia") not in got


def test_withdraw_from_is_retreat_by_the_one_who_leaves() -> None:
    got = edges("France withdrew its forces from Niger.")
    assert ("Niger", "RETREAT", "France") not in got
