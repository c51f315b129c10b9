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
        "Daniel Whitford endorsed Kamala Harris in July.",
        "endorse",
        {("Daniel Whitford", "SUPPORT", "Kamala Harris")},
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
        "Mikhail Tarasov congratulated Xi Jinping on his re-election.",
        "congratulate",
        {("Mikhail Tarasov", "SUPPORT", "Xi Jinping")},
    ),
    ("Kenya thanked Japan for its help.", "thank", {("Kenya", "SUPPORT", "Japan")}),
    (
        "Turkey supplied Azerbaijan with drones.",
        "supply",
        {("Turkey", "AID", "Azerbaijan")},
    ),
    (
        "The Nordic Development Bank funded Bangladesh.",
        "fund",
        {("Nordic Development Bank", "AID", "Bangladesh")},
    ),
    ("The IMF financed Egypt last year.", "finance", {("IMF", "AID", "Egypt")}),
    ("Iran armed Hezbollah for decades.", "arm", {("Iran", "AID", "Hezbollah")}),
    (
        "The United States trained Colombia's police.",
        "train",
        {("United States", "AID", "Colombian police")},
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
        "Joe Biden charged Mikhail Tarasov with war crimes.",
        "charge",
        {("Joe Biden", "ACCUSE", "Mikhail Tarasov")},
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
        {("Chadian military", "OPPOSE", "Hissene Habre")},
    ),
    (
        "Sudan's army overthrew Omar al-Bashir in 2019.",
        "overthrow",
        {("Sudanese military", "OPPOSE", "Omar al-Bashir")},
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
    ("Pakistan imposed martial law in Karachi.", "impose", {("Pakistan", "COERCE", "Karachi")}),
    (
        "Kenya declared a state of emergency in Mombasa.",
        "declare",
        {("Kenya", "COERCE", "Mombasa")},
    ),
    (
        "Kenyan police dispersed Somali protesters in Nairobi.",
        "disperse",
        {("Kenyan police", "COERCE", "Somali protesters")},
    ),
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
        {("Russian military", "ASSAULT", "Ukrainian military")},
    ),
    (
        "The Iranian police shot Mahsa Amini.",
        "shoot",
        {("Iranian police", "ASSAULT", "Mahsa Amini")},
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
        "Samsung partnered with Drevon on the new phone.",
        "partner",
        {("Samsung", "COOPERATE", "Drevon")},
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
    # the NER tags "Khan" alone; the given name it left out is the person's
    (
        "Imran Khan pushed Nawaz Sharif from power.",
        "push",
        {("Imran Khan", "OPPOSE", "Nawaz Sharif")},
    ),
    (
        "Parliament removed Pedro Castillo from power.",
        "remove",
        {("Parliament", "OPPOSE", "Pedro Castillo")},
    ),
)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), VERB_PREP)
def test_verb_preposition_object(sentence: str, trigger: str, expected: set[Edge]) -> None:
    check(sentence, trigger, expected)


# ---------------------------------------------------------------------------------
# Breadth per PLOVER type: synonyms, particle verbs and verb + object idioms
# ---------------------------------------------------------------------------------

BY_TYPE = rows(
    VERB_ROWS,
    # AGREE
    ("Japan pledged five billion dollars to Ukraine.", "pledge", {("Japan", "AGREE", "Ukraine")}),
    (
        "Joe Biden promised Volodymyr Zelensky more air defence.",
        "promise",
        {("Joe Biden", "AGREE", "Volodymyr Zelensky")},
    ),
    ("Turkey offered Sweden a compromise.", "offer", {("Turkey", "AGREE", "Sweden")}),
    (
        "Aerovant settled with the Justice Department.",
        "settle",
        {("Aerovant", "AGREE", "Justice Department")},
    ),
    ("Egypt made peace with Israel in 1979.", "make", {("Egypt", "AGREE", "Israel")}),
    (
        "Qatar reconciled with Saudi Arabia in 2021.",
        "reconcile",
        {("Qatar", "AGREE", "Saudi Arabia")},
    ),
    ("Syria offered its troops to Lebanon.", "offer", {("Syria", "AGREE", "Lebanon")}),
    ("Iran cut a deal with the United States.", "cut", {("Iran", "AGREE", "United States")}),
    ("Ukraine accepted Turkey's offer of talks.", "accept", {("Ukraine", "AGREE", "Turkey")}),
    ("Israel accepted Egypt's proposal.", "accept", {("Israel", "AGREE", "Egypt")}),
    (
        "Narendra Modi accepted Mikhail Tarasov's invitation.",
        "accept",
        {("Narendra Modi", "AGREE", "Mikhail Tarasov")},
    ),
    # CONSULT
    (
        "Egypt conferred with Jordan on the border crisis.",
        "confer",
        {("Egypt", "CONSULT", "Jordan")},
    ),
    (
        "Narendra Modi discussed security with Joe Biden.",
        "discuss",
        {("Narendra Modi", "CONSULT", "Joe Biden")},
    ),
    (
        "Emmanuel Macron telephoned Mikhail Tarasov on Friday.",
        "telephone",
        {("Emmanuel Macron", "CONSULT", "Mikhail Tarasov")},
    ),
    ("Israel sat down with Hamas negotiators in Cairo.", "sit", {("Israel", "CONSULT", "Hamas")}),
    (
        "Mikhail Tarasov greeted Xi Jinping at the airport.",
        "greet",
        {("Mikhail Tarasov", "CONSULT", "Xi Jinping")},
    ),
    ("Antony Blinken briefed NATO on the talks.", "brief", {("Antony Blinken", "CONSULT", "NATO")}),
    ("Qatar engaged with the Taliban for years.", "engage", {("Qatar", "CONSULT", "Taliban")}),
    (
        "Germany contacted Iran about the detained citizens.",
        "contact",
        {("Germany", "CONSULT", "Iran")},
    ),
    ("Qatar mediated between Israel and Hamas.", "mediate", {("Qatar", "CONSULT", "Israel")}),
    (
        "The United Dock Workers bargained with Brannock for weeks.",
        "bargain",
        {("United Dock Workers", "CONSULT", "Brannock")},
    ),
    (
        "Japan gave a warm welcome to Narendra Modi.",
        "give",
        {("Japan", "CONSULT", "Narendra Modi")},
    ),
    (
        "Kenya extended a warm welcome to William Ruto.",
        "extend",
        {("Kenya", "CONSULT", "William Ruto")},
    ),
    (
        "Vietnam accorded a lavish welcome to Xi Jinping.",
        "accord",
        {("Vietnam", "CONSULT", "Xi Jinping")},
    ),
    ("India exchanged views with Japan on security.", "exchange", {("India", "CONSULT", "Japan")}),
    (
        "Joe Biden reached out to Xi Jinping after the crash.",
        "reach",
        {("Joe Biden", "CONSULT", "Xi Jinping")},
    ),
    (
        "Saudi Arabia played host to Volodymyr Zelensky.",
        "play",
        {("Saudi Arabia", "CONSULT", "Volodymyr Zelensky")},
    ),
    # SUPPORT
    (
        "The United Nations commended Kenya for its role.",
        "commend",
        {("United Nations", "SUPPORT", "Kenya")},
    ),
    ("Canada applauded Mexico for the reform.", "applaud", {("Canada", "SUPPORT", "Mexico")}),
    (
        "Mikhail Tarasov hailed Kim Jong Un as a friend.",
        "hail",
        {("Mikhail Tarasov", "SUPPORT", "Kim Jong Un")},
    ),
    (
        "Joe Biden lauded Poland for taking in refugees.",
        "laud",
        {("Joe Biden", "SUPPORT", "Poland")},
    ),
    ("France championed Ukraine at the summit.", "champion", {("France", "SUPPORT", "Ukraine")}),
    (
        "Donald Trump embraced Viktor Orban at the White House.",
        "embrace",
        {("Donald Trump", "SUPPORT", "Viktor Orban")},
    ),
    (
        "Ireland stood with Palestine at the assembly.",
        "stand",
        {("Ireland", "SUPPORT", "Palestine")},
    ),
    ("Hungary vouched for Serbia in Brussels.", "vouch", {("Hungary", "SUPPORT", "Serbia")}),
    (
        "Bahrain normalized relations with Israel in 2020.",
        "normalize",
        {("Bahrain", "SUPPORT", "Israel")},
    ),
    ("Morocco normalised relations with Israel.", "normalise", {("Morocco", "SUPPORT", "Israel")}),
    (
        "Saudi Arabia restored ties with Iran in March.",
        "restore",
        {("Saudi Arabia", "SUPPORT", "Iran")},
    ),
    ("Honduras established relations with China.", "establish", {("Honduras", "SUPPORT", "China")}),
    ("Turkey mended ties with Egypt.", "mend", {("Turkey", "SUPPORT", "Egypt")}),
    ("Iran resumed relations with Saudi Arabia.", "resume", {("Iran", "SUPPORT", "Saudi Arabia")}),
    ("Spain welcomed Morocco's decision.", "welcome", {("Spain", "SUPPORT", "Morocco")}),
    ("Ukraine welcomed Turkey's proposal.", "welcome", {("Ukraine", "SUPPORT", "Turkey")}),
    ("Egypt welcomed the French plan.", "welcome", {("Egypt", "SUPPORT", "France")}),
    (
        "The African Union welcomed China's initiative.",
        "welcome",
        {("African Union", "SUPPORT", "China")},
    ),
    ("Kenya welcomed Japan's offer.", "welcome", {("Kenya", "SUPPORT", "Japan")}),
    ("Sudan welcomed Qatar's efforts.", "welcome", {("Sudan", "SUPPORT", "Qatar")}),
    (
        "Donald Trump complimented Xi Jinping on the deal.",
        "compliment",
        {("Donald Trump", "SUPPORT", "Xi Jinping")},
    ),
    ("India sent congratulations to Sri Lanka.", "send", {("India", "SUPPORT", "Sri Lanka")}),
    ("Japan sent condolences to Turkey.", "send", {("Japan", "SUPPORT", "Turkey")}),
    ("Hungary sympathized with Russia.", "sympathize", {("Hungary", "SUPPORT", "Russia")}),
    ("Serbia sympathised with Russia.", "sympathise", {("Serbia", "SUPPORT", "Russia")}),
    ("Lithuania stood up for Taiwan.", "stand", {("Lithuania", "SUPPORT", "Taiwan")}),
    ("Canada spoke up for Ukraine at the summit.", "speak", {("Canada", "SUPPORT", "Ukraine")}),
    (
        "Daniel Whitford campaigned for Kamala Harris.",
        "campaign",
        {("Daniel Whitford", "SUPPORT", "Kamala Harris")},
    ),
    ("Hungary voted for Sweden's membership.", "vote", {("Hungary", "SUPPORT", "Sweden")}),
    (
        "Donald Trump nominated Marco Rubio.",
        "nominate",
        {("Donald Trump", "SUPPORT", "Marco Rubio")},
    ),
    # CONCEDE
    (
        "Joe Biden pardoned Hunter Biden in December.",
        "pardon",
        {("Joe Biden", "CONCEDE", "Hunter Biden")},
    ),
    (
        "The United States lifted sanctions on Syria.",
        "lift",
        {("United States", "CONCEDE", "Syria")},
    ),
    ("India lifted the ban on TikTok.", "lift", {("India", "CONCEDE", "TikTok")}),
    (
        "The United States lifted its embargo on Vietnam.",
        "lift",
        {("United States", "CONCEDE", "Vietnam")},
    ),
    (
        "The European Union eased sanctions on Belarus.",
        "ease",
        {("European Union", "CONCEDE", "Belarus")},
    ),
    ("China eased restrictions on Australia.", "ease", {("China", "CONCEDE", "Australia")}),
    ("Serbia conceded to Kosovo on number plates.", "concede", {("Serbia", "CONCEDE", "Kosovo")}),
    ("Pakistan yielded to the IMF on fuel prices.", "yield", {("Pakistan", "CONCEDE", "IMF")}),
    (
        "Canada caved to the United States on the tax.",
        "cave",
        {("Canada", "CONCEDE", "United States")},
    ),
    (
        "Greece bowed to the European Union on pensions.",
        "bow",
        {("Greece", "CONCEDE", "European Union")},
    ),
    ("Turkey gave in to Sweden in the end.", "give", {("Turkey", "CONCEDE", "Sweden")}),
    (
        "Emmanuel Macron compromised with the Republicans.",
        "compromise",
        {("Emmanuel Macron", "CONCEDE", "Republicans")},
    ),
    (
        "Myanmar granted amnesty to Aung San Suu Kyi.",
        "grant",
        {("Myanmar", "CONCEDE", "Aung San Suu Kyi")},
    ),
    ("Germany offered an apology to Namibia.", "offer", {("Germany", "CONCEDE", "Namibia")}),
    ("Israel accepted Egypt's demands.", "accept", {("Israel", "CONCEDE", "Egypt")}),
    ("Israel permitted Qatar to deliver fuel.", "permit", {("Israel", "CONCEDE", "Qatar")}),
    (
        "Ethiopia allowed Eritrea to reopen its embassy.",
        "allow",
        {("Ethiopia", "CONCEDE", "Eritrea")},
    ),
    (
        "The United States dropped charges against Huawei.",
        "drop",
        {("United States", "CONCEDE", "Huawei")},
    ),
    ("Algeria reopened its border with Morocco.", "reopen", {("Algeria", "CONCEDE", "Morocco")}),
    (
        "Joe Biden granted a pardon to Hunter Biden.",
        "grant",
        {("Joe Biden", "CONCEDE", "Hunter Biden")},
    ),
    # COOPERATE
    (
        "Orbitek collaborated with Safran on the engine.",
        "collaborate",
        {("Orbitek", "COOPERATE", "Safran")},
    ),
    ("Qatar exported gas to Japan.", "export", {("Qatar", "COOPERATE", "Japan")}),
    (
        "Spain extradited the suspect to the United States.",
        "extradite",
        {("Spain", "COOPERATE", "United States")},
    ),
    (
        "Pakistan handed over the suspect to Afghanistan.",
        "hand",
        {("Pakistan", "COOPERATE", "Afghanistan")},
    ),
    (
        "Britain shared intelligence with Ukraine.",
        "share",
        {("United Kingdom", "COOPERATE", "Ukraine")},
    ),
    ("China invested in Pakistan.", "invest", {("China", "COOPERATE", "Pakistan")}),
    ("Sony teamed up with Quorvane on electric cars.", "team", {("Sony", "COOPERATE", "Quorvane")}),
    (
        "Jordan coordinated with Egypt on the aid convoys.",
        "coordinate",
        {("Jordan", "COOPERATE", "Egypt")},
    ),
    ("Japan trained with Australia in May.", "train", {("Japan", "COOPERATE", "Australia")}),
    # AID
    (
        "The United States aided Ukraine with intelligence.",
        "aid",
        {("United States", "AID", "Ukraine")},
    ),
    ("Turkey assisted Libya with drones.", "assist", {("Turkey", "AID", "Libya")}),
    ("Iran equipped the Houthis with missiles.", "equip", {("Iran", "AID", "Houthis")}),
    ("Russia subsidized Belarus for years.", "subsidize", {("Russia", "AID", "Belarus")}),
    ("China subsidised Laos for years.", "subsidise", {("China", "AID", "Laos")}),
    ("Qatar bankrolled Hamas for years.", "bankroll", {("Qatar", "AID", "Hamas")}),
    ("Iran sponsored Hezbollah for decades.", "sponsor", {("Iran", "AID", "Hezbollah")}),
    ("Pakistan sheltered the Taliban.", "shelter", {("Pakistan", "AID", "Taliban")}),
    ("Afghanistan harbored al-Qaeda before 2001.", "harbor", {("Afghanistan", "AID", "al-Qaeda")}),
    (
        "Sudan harboured Osama bin Laden in the 1990s.",
        "harbour",
        {("Sudan", "AID", "Osama bin Laden")},
    ),
    ("The United States airlifted food to Gaza.", "airlift", {("United States", "AID", "Gaza")}),
    (
        "Bangladesh contributed troops to the United Nations.",
        "contribute",
        {("Bangladesh", "AID", "United Nations")},
    ),
    (
        "The European Union bailed out Greece in 2010.",
        "bail",
        {("European Union", "AID", "Greece")},
    ),
    ("Russia granted asylum to Edward Snowden.", "grant", {("Russia", "AID", "Edward Snowden")}),
    ("The European Union rescued Cyprus in 2013.", "rescue", {("European Union", "AID", "Cyprus")}),
    ("Iran furnished the Houthis with missiles.", "furnish", {("Iran", "AID", "Houthis")}),
    ("Russia rearmed Syria after 2015.", "rearm", {("Russia", "AID", "Syria")}),
    ("China loaned a billion dollars to Sri Lanka.", "loan", {("China", "AID", "Sri Lanka")}),
    (
        "The European Union provided funds for Moldova.",
        "provide",
        {("European Union", "AID", "Moldova")},
    ),
    (
        "Russia propped up Bashar al-Assad for years.",
        "prop",
        {("Russia", "AID", "Bashar al-Assad")},
    ),
    ("The IMF shored up Argentina.", "shore", {("IMF", "AID", "Argentina")}),
    # RETREAT
    (
        "Russian forces retreated from Kherson.",
        "retreat",
        {("Russian military", "RETREAT", "Kherson")},
    ),
    ("Britain handed back Hong Kong to China.", "hand", {("United Kingdom", "RETREAT", "China")}),
    (
        "The United States gave back Okinawa to Japan.",
        "give",
        {("United States", "RETREAT", "Japan")},
    ),
    ("Armenia ceded the villages to Azerbaijan.", "cede", {("Armenia", "RETREAT", "Azerbaijan")}),
    ("The FARC surrendered to Colombia.", "surrender", {("FARC", "RETREAT", "Colombia")}),
    (
        "Kevin McCarthy resigned from Congress.",
        "resign",
        {("Kevin McCarthy", "RETREAT", "Congress")},
    ),
    ("Israel lifted its blockade on Qatar.", "lift", {("Israel", "RETREAT", "Qatar")}),
    ("Israel lifted the curfew on Hebron.", "lift", {("Israel", "RETREAT", "Hebron")}),
    ("Russia lifted the siege of Kyiv.", "lift", {("Russia", "RETREAT", "Ukraine")}),
    ("Russia exchanged prisoners with Ukraine.", "exchange", {("Russia", "RETREAT", "Ukraine")}),
    ("Russia swapped prisoners with Ukraine.", "swap", {("Russia", "RETREAT", "Ukraine")}),
    (
        "Britain paroled Julian Assange.",
        "parole",
        {("United Kingdom", "RETREAT", "Julian Assange")},
    ),
    (
        "Bangladesh repatriated refugees to Myanmar.",
        "repatriate",
        {("Bangladesh", "RETREAT", "Myanmar")},
    ),
    ("Israel evacuated Gaza in 2005.", "evacuate", {("Israel", "RETREAT", "Gaza")}),
    (
        "Bangladesh's army handed over power to Muhammad Yunus.",
        "hand",
        {("Bangladeshi military", "RETREAT", "Muhammad Yunus")},
    ),
    (
        "Joe Biden transferred power to Donald Trump.",
        "transfer",
        {("Joe Biden", "RETREAT", "Donald Trump")},
    ),
    # REQUEST
    ("Ukraine implored Germany to send tanks.", "implore", {("Ukraine", "REQUEST", "Germany")}),
    ("Lebanon begged France for help.", "beg", {("Lebanon", "REQUEST", "France")}),
    (
        "Sudan pleaded with the United Nations for food.",
        "plead",
        {("Sudan", "REQUEST", "United Nations")},
    ),
    (
        "Palestine petitioned the United Nations for full membership.",
        "petition",
        {("Palestine", "REQUEST", "United Nations")},
    ),
    (
        "The United States pressured Israel to allow more aid.",
        "pressure",
        {("United States", "REQUEST", "Israel")},
    ),
    ("Poland lobbied Germany to send tanks.", "lobby", {("Poland", "REQUEST", "Germany")}),
    ("Kenya called upon Ethiopia to show restraint.", "call", {("Kenya", "REQUEST", "Ethiopia")}),
    ("Pakistan sought a loan from China.", "seek", {("Pakistan", "REQUEST", "China")}),
    ("Kuwait demanded compensation from Iraq.", "demand", {("Kuwait", "REQUEST", "Iraq")}),
    (
        "Joe Biden exhorted Israel to show restraint.",
        "exhort",
        {("Joe Biden", "REQUEST", "Israel")},
    ),
    ("Lebanon entreated France to help.", "entreat", {("Lebanon", "REQUEST", "France")}),
    (
        "The United States nudged Israel toward a ceasefire.",
        "nudge",
        {("United States", "REQUEST", "Israel")},
    ),
    ("Germany prodded Hungary to drop its veto.", "prod", {("Germany", "REQUEST", "Hungary")}),
    ("Ukraine requested tanks from Germany.", "request", {("Ukraine", "REQUEST", "Germany")}),
    # a verb of command only with a controlled verb (option ctrl)
    ("Egypt ordered Hamas to free the hostages.", "order", {("Egypt", "REQUEST", "Hamas")}),
    ("Kenya told Uganda to withdraw its troops.", "tell", {("Kenya", "REQUEST", "Uganda")}),
    (
        "The Pentagon instructed Aerovant to halt deliveries.",
        "instruct",
        {("Pentagon", "REQUEST", "Aerovant")},
    ),
    (
        "The Halden Commission directed Italy to cut its deficit.",
        "direct",
        {("Halden Commission", "REQUEST", "Italy")},
    ),
    (
        "NATO commanded Turkey to open its airspace.",
        "command",
        {("NATO", "REQUEST", "Turkey")},
    ),
    # ACCUSE
    (
        "China decried the United States at the forum.",
        "decry",
        {("China", "ACCUSE", "United States")},
    ),
    (
        "The African Union deplored Sudan's army.",
        "deplore",
        {("African Union", "ACCUSE", "Sudanese military")},
    ),
    ("Turkey slammed Sweden for allowing the rally.", "slam", {("Turkey", "ACCUSE", "Sweden")}),
    ("China rebuked Japan over the shrine visit.", "rebuke", {("China", "ACCUSE", "Japan")}),
    (
        "The State Department reprimanded Israel.",
        "reprimand",
        {("State Department", "ACCUSE", "Israel")},
    ),
    (
        "The Senate censured Joseph McCarthy in 1954.",
        "censure",
        {("Senate", "ACCUSE", "Joseph McCarthy")},
    ),
    ("Germany chided Hungary over its veto.", "chide", {("Germany", "ACCUSE", "Hungary")}),
    (
        "Brazil castigated Israel at the United Nations.",
        "castigate",
        {("Brazil", "ACCUSE", "Israel")},
    ),
    ("Turkey lambasted Israel over the raid.", "lambast", {("Turkey", "ACCUSE", "Israel")}),
    (
        "Donald Trump berated Volodymyr Zelensky in the Oval Office.",
        "berate",
        {("Donald Trump", "ACCUSE", "Volodymyr Zelensky")},
    ),
    (
        "China scolded the Philippines over the shoal.",
        "scold",
        {("China", "ACCUSE", "Philippines")},
    ),
    (
        "The European Union admonished Poland over judicial reform.",
        "admonish",
        {("European Union", "ACCUSE", "Poland")},
    ),
    (
        "The United States faulted Israel for the strike.",
        "fault",
        {("United States", "ACCUSE", "Israel")},
    ),
    ("Iran assailed Israel at the United Nations.", "assail", {("Iran", "ACCUSE", "Israel")}),
    (
        "Russia vilified Alexei Navalny for years.",
        "vilify",
        {("Russia", "ACCUSE", "Alexei Navalny")},
    ),
    ("Fox News defamed Dominion.", "defame", {("Fox News", "ACCUSE", "Dominion")}),
    (
        "France prosecuted Lafarge for financing terrorism.",
        "prosecute",
        {("France", "ACCUSE", "Lafarge")},
    ),
    (
        "The Halden Commission probed Lunexa over its App Store.",
        "probe",
        {("Halden Commission", "ACCUSE", "Lunexa")},
    ),
    ("The House impeached Donald Trump twice.", "impeach", {("House", "ACCUSE", "Donald Trump")}),
    (
        "Russia mocked Britain over the failed launch.",
        "mock",
        {("Russia", "ACCUSE", "United Kingdom")},
    ),
    ("North Korea ridiculed South Korea.", "ridicule", {("North Korea", "ACCUSE", "South Korea")}),
    (
        "Donald Trump insulted Justin Trudeau.",
        "insult",
        {("Donald Trump", "ACCUSE", "Justin Trudeau")},
    ),
    ("Japan complained about China at the meeting.", "complain", {("Japan", "ACCUSE", "China")}),
    ("China protested to Japan over the visit.", "protest", {("China", "ACCUSE", "Japan")}),
    ("China lodged a protest with the Philippines.", "lodge", {("China", "ACCUSE", "Philippines")}),
    ("Ukraine pinned the blame on Russia.", "pin", {("Ukraine", "ACCUSE", "Russia")}),
    ("Israel laid the blame on Hamas.", "lay", {("Israel", "ACCUSE", "Hamas")}),
    ("Britain pointed the finger at Russia.", "point", {("United Kingdom", "ACCUSE", "Russia")}),
    ("The House subpoenaed Meta.", "subpoena", {("House", "ACCUSE", "Meta")}),
    ("Russia put Evan Gershkovich on trial.", "put", {("Russia", "ACCUSE", "Evan Gershkovich")}),
    (
        "Michael Cohen testified against Donald Trump.",
        "testify",
        {("Michael Cohen", "ACCUSE", "Donald Trump")},
    ),
    # REJECT
    ("Ukraine spurned Russia's offer of talks.", "spurn", {("Ukraine", "REJECT", "Russia")}),
    ("Germany repudiated Viktor Orban.", "repudiate", {("Germany", "REJECT", "Viktor Orban")}),
    (
        "North Korea defied the United Nations again.",
        "defy",
        {("North Korea", "REJECT", "United Nations")},
    ),
    ("Wagner disobeyed Russia's defence ministry.", "disobey", {("Wagner", "REJECT", "Russia")}),
    ("Turkey denied Sweden entry.", "deny", {("Turkey", "REJECT", "Sweden")}),
    ("Ukraine turned down Russia's proposal.", "turn", {("Ukraine", "REJECT", "Russia")}),
    ("Hungary blocked Sweden's bid for membership.", "block", {("Hungary", "REJECT", "Sweden")}),
    ("Iran declined the IAEA's request.", "decline", {("Iran", "REJECT", "IAEA")}),
    (
        "The West shunned Aleksandr Lukashenko.",
        "shun",
        {("West", "REJECT", "Aleksandr Lukashenko")},
    ),
    ("Hamas disowned Fatah in 2007.", "disown", {("Hamas", "REJECT", "Fatah")}),
    ("Israel ignored the United Nations.", "ignore", {("Israel", "REJECT", "United Nations")}),
    # THREATEN
    ("China menaced Taiwan with drills.", "menace", {("China", "THREATEN", "Taiwan")}),
    (
        "China intimidated Lithuania over Taiwan.",
        "intimidate",
        {("China", "THREATEN", "Lithuania")},
    ),
    (
        "The United States cautioned Israel against an invasion.",
        "caution",
        {("United States", "THREATEN", "Israel")},
    ),
    (
        "Russia blackmailed Europe with gas supplies.",
        "blackmail",
        {("Russia", "THREATEN", "Europe")},
    ),
    ("Austria gave Serbia an ultimatum.", "give", {("Austria", "THREATEN", "Serbia")}),
    ("China bullied Lithuania over Taiwan.", "bully", {("China", "THREATEN", "Lithuania")}),
    # OPPOSE
    ("Ukraine resisted Russia for years.", "resist", {("Ukraine", "OPPOSE", "Russia")}),
    ("India rivals China in Africa.", "rival", {("India", "OPPOSE", "China")}),
    (
        "Donald Trump clashed with Emmanuel Macron over tariffs.",
        "clash",
        {("Donald Trump", "OPPOSE", "Emmanuel Macron")},
    ),
    (
        "Elon Musk feuded with Donald Trump in June.",
        "feud",
        {("Elon Musk", "OPPOSE", "Donald Trump")},
    ),
    ("Poland quarrelled with Ukraine over grain.", "quarrel", {("Poland", "OPPOSE", "Ukraine")}),
    ("Canada sparred with India over the killing.", "spar", {("Canada", "OPPOSE", "India")}),
    ("Greece wrangled with Turkey over the islands.", "wrangle", {("Greece", "OPPOSE", "Turkey")}),
    ("France disagreed with Germany on the budget.", "disagree", {("France", "OPPOSE", "Germany")}),
    (
        "Mike Pence broke with Donald Trump over the election.",
        "break",
        {("Mike Pence", "OPPOSE", "Donald Trump")},
    ),
    (
        "The Niger army deposed Mohamed Bazoum in July.",
        "depose",
        {("Niger", "OPPOSE", "Mohamed Bazoum")},
    ),
    (
        "Luiz Inacio Lula da Silva unseated Jair Bolsonaro.",
        "unseat",
        {("Inacio Lula da Silva", "OPPOSE", "Jair Bolsonaro")},
    ),
    (
        "Mikhail Tarasov sidelined Ivan Sokolov.",
        "sideline",
        {("Mikhail Tarasov", "OPPOSE", "Ivan Sokolov")},
    ),
    (
        "Yevgeny Prigozhin betrayed Mikhail Tarasov.",
        "betray",
        {("Yevgeny Prigozhin", "OPPOSE", "Mikhail Tarasov")},
    ),
    (
        "North Korea provoked Japan with a missile launch.",
        "provoke",
        {("North Korea", "OPPOSE", "Japan")},
    ),
    ("India irked China with the visit.", "irk", {("China", "OPPOSE", "India")}),
    ("Israel enraged Turkey with the raid.", "enrage", {("Turkey", "OPPOSE", "Israel")}),
    (
        "Sweden incensed Turkey by allowing the protest.",
        "incense",
        {("Turkey", "OPPOSE", "Sweden")},
    ),
    (
        "France annoyed the United States with the deal.",
        "annoy",
        {("United States", "OPPOSE", "France")},
    ),
    ("Hungary alienated Poland over Ukraine.", "alienate", {("Poland", "OPPOSE", "Hungary")}),
    (
        "Ruth Tarrow campaigned against Peter Brandt.",
        "campaign",
        {("Ruth Tarrow", "OPPOSE", "Peter Brandt")},
    ),
    ("Hungary voted against Ukraine's membership.", "vote", {("Hungary", "OPPOSE", "Ukraine")}),
    ("Israel lobbied against Iran in Washington.", "lobby", {("Israel", "OPPOSE", "Iran")}),
    (
        "Wagner rebelled against the Russian army.",
        "rebel",
        {("Wagner", "OPPOSE", "Russian military")},
    ),
    (
        "The Houthis revolted against Ali Abdullah Saleh.",
        "revolt",
        {("Houthis", "OPPOSE", "Ali Abdullah Saleh")},
    ),
    ("Syrians rose up against Bashar al-Assad.", "rise", {("Syria", "OPPOSE", "Bashar al-Assad")}),
    (
        "Yevgeny Prigozhin turned against Mikhail Tarasov.",
        "turn",
        {("Yevgeny Prigozhin", "OPPOSE", "Mikhail Tarasov")},
    ),
    ("Iran plotted against Donald Trump.", "plot", {("Iran", "OPPOSE", "Donald Trump")}),
    ("Poland stood against Russia.", "stand", {("Poland", "OPPOSE", "Russia")}),
    (
        "Mitt Romney spoke out against Donald Trump.",
        "speak",
        {("Mitt Romney", "OPPOSE", "Donald Trump")},
    ),
    # PROTEST
    (
        "Greenpeace demonstrated against Shell in London.",
        "demonstrate",
        {("Greenpeace", "PROTEST", "Shell")},
    ),
    ("Greenpeace rallied against Shell in London.", "rally", {("Greenpeace", "PROTEST", "Shell")}),
    ("Greenpeace marched against Shell in London.", "march", {("Greenpeace", "PROTEST", "Shell")}),
    (
        "Greenpeace picketed Drevon in Texas.",
        "picket",
        {("Greenpeace", "PROTEST", "Drevon")},
    ),
    # SANCTION
    ("Niger suspended ties with France.", "suspend", {("Niger", "SANCTION", "France")}),
    (
        "The African Union suspended Niger in 2023.",
        "suspend",
        {("African Union", "SANCTION", "Niger")},
    ),
    ("Bolivia broke ties with Israel in 2023.", "break", {("Bolivia", "SANCTION", "Israel")}),
    ("Nicaragua broke off relations with Taiwan.", "break", {("Nicaragua", "SANCTION", "Taiwan")}),
    ("Colombia cut relations with Israel.", "cut", {("Colombia", "SANCTION", "Israel")}),
    ("Belize severed relations with Israel.", "sever", {("Belize", "SANCTION", "Israel")}),
    ("Lithuania downgraded ties with China.", "downgrade", {("Lithuania", "SANCTION", "China")}),
    ("Canada froze ties with Saudi Arabia.", "freeze", {("Canada", "SANCTION", "Saudi Arabia")}),
    ("Peru suspended relations with Chile.", "suspend", {("Peru", "SANCTION", "Chile")}),
    ("Peru suspended diplomatic links with Chile.", "suspend", {("Peru", "SANCTION", "Chile")}),
    ("Peru cut trade links with Chile.", "cut", {("Peru", "SANCTION", "Chile")}),
    ("Peru severed its links with Chile.", "sever", {("Peru", "SANCTION", "Chile")}),
    ("Peru broke off links with Chile.", "break", {("Peru", "SANCTION", "Chile")}),
    ("Peru froze relations with Chile.", "freeze", {("Peru", "SANCTION", "Chile")}),
    ("Peru downgraded relations with Chile.", "downgrade", {("Peru", "SANCTION", "Chile")}),
    ("The G8 excluded Russia in 2014.", "exclude", {("G8", "SANCTION", "Russia")}),
    ("Russia kicked out German diplomats.", "kick", {("Russia", "SANCTION", "Germany")}),
    ("The IOC barred Russia from the Olympics.", "bar", {("IOC", "SANCTION", "Russia")}),
    (
        "The Halden Commission penalized Drevon again.",
        "penalize",
        {("Halden Commission", "SANCTION", "Drevon")},
    ),
    (
        "The European Union penalised Poland over its courts.",
        "penalise",
        {("European Union", "SANCTION", "Poland")},
    ),
    ("China punished Lithuania over Taiwan.", "punish", {("China", "SANCTION", "Lithuania")}),
    ("India cancelled a visit to Canada.", "cancel", {("India", "SANCTION", "Canada")}),
    ("France cancelled a meeting with Italy.", "cancel", {("France", "SANCTION", "Italy")}),
    (
        "Iran cancelled talks with the United States.",
        "cancel",
        {("Iran", "SANCTION", "United States")},
    ),
    (
        "Russia cancelled a summit with the European Union.",
        "cancel",
        {("Russia", "SANCTION", "European Union")},
    ),
    (
        "The United States suspended aid to Egypt.",
        "suspend",
        {("United States", "SANCTION", "Egypt")},
    ),
    ("Britain cut aid to Uganda.", "cut", {("United Kingdom", "SANCTION", "Uganda")}),
    ("Germany froze aid to Rwanda.", "freeze", {("Germany", "SANCTION", "Rwanda")}),
    (
        "The United States halted aid to Ukraine.",
        "halt",
        {("United States", "SANCTION", "Ukraine")},
    ),
    (
        "Donald Trump withheld aid from Ukraine.",
        "withhold",
        {("Donald Trump", "SANCTION", "Ukraine")},
    ),
    ("Russia cut off gas to Ukraine.", "cut", {("Russia", "SANCTION", "Ukraine")}),
    ("Algeria closed its border with Morocco.", "close", {("Algeria", "SANCTION", "Morocco")}),
    ("Canada closed its airspace to Russia.", "close", {("Canada", "SANCTION", "Russia")}),
    ("Mali forced France out.", "force", {("Mali", "SANCTION", "France")}),
    ("Russia ejected American diplomats.", "eject", {("Russia", "SANCTION", "United States")}),
    (
        "The European Union ostracized Belarus.",
        "ostracize",
        {("European Union", "SANCTION", "Belarus")},
    ),
    (
        "The Arab League ostracised Syria for a decade.",
        "ostracise",
        {("Arab League", "SANCTION", "Syria")},
    ),
    ("Niger withdrew its ambassador from France.", "withdraw", {("Niger", "SANCTION", "France")}),
    (
        "Russia withdrew its diplomats from Estonia.",
        "withdraw",
        {("Russia", "SANCTION", "Estonia")},
    ),
    ("Israel withdrew its envoy from Turkey.", "withdraw", {("Israel", "SANCTION", "Turkey")}),
    # MOBILIZE
    ("Italy joined forces with Greece on migration.", "join", {("Italy", "COOPERATE", "Greece")}),
    (
        "The United States stationed troops in Poland.",
        "station",
        {("United States", "MOBILIZE", "Poland")},
    ),
    ("Russia redeployed troops to Belarus.", "redeploy", {("Russia", "MOBILIZE", "Belarus")}),
    ("NATO mobilized against Russia.", "mobilize", {("NATO", "MOBILIZE", "Russia")}),
    # COERCE
    ("Turkey cracked down on the HDP.", "crack", {("Turkey", "COERCE", "HDP")}),
    (
        "The United States deported Venezuelans.",
        "deport",
        {("United States", "COERCE", "Venezuela")},
    ),
    ("China censored Tessaro for years.", "censor", {("China", "COERCE", "Tessaro")}),
    (
        "Turkey apprehended Abdullah Ocalan in 1999.",
        "apprehend",
        {("Turkey", "COERCE", "Abdullah Ocalan")},
    ),
    (
        "American troops captured Saddam Hussein in 2003.",
        "capture",
        {("American military", "COERCE", "Saddam Hussein")},
    ),
    ("Russia locked up Alexei Navalny.", "lock", {("Russia", "COERCE", "Alexei Navalny")}),
    ("Russia rounded up Ukrainians.", "round", {("Russia", "COERCE", "Ukraine")}),
    ("China persecuted the Uyghurs.", "persecute", {("China", "COERCE", "Uyghurs")}),
    ("China harassed Philippine ships.", "harass", {("China", "COERCE", "Philippines")}),
    ("Myanmar oppressed the Rohingya.", "oppress", {("Myanmar", "COERCE", "Rohingya")}),
    (
        "Britain subjugated India for two centuries.",
        "subjugate",
        {("United Kingdom", "COERCE", "India")},
    ),
    (
        "Russia sentenced Evan Gershkovich to 16 years.",
        "sentence",
        {("Russia", "COERCE", "Evan Gershkovich")},
    ),
    ("Russia outlawed Meta in 2022.", "outlaw", {("Russia", "COERCE", "Meta")}),
    ("Russia shut down Meta in 2022.", "shut", {("Russia", "COERCE", "Meta")}),
    ("Israel evicted Palestinians in Jerusalem.", "evict", {("Israel", "COERCE", "Palestine")}),
    ("Pakistan took Imran Khan into custody.", "take", {("Pakistan", "COERCE", "Imran Khan")}),
    (
        "Myanmar put Aung San Suu Kyi under house arrest.",
        "put",
        {("Myanmar", "COERCE", "Aung San Suu Kyi")},
    ),
    (
        "Iran placed Mir Hossein Mousavi under house arrest.",
        "place",
        {("Iran", "COERCE", "Mir Hossein Mousavi")},
    ),
    (
        "Israel confiscated land from Palestinians.",
        "confiscate",
        {("Israel", "COERCE", "Palestine")},
    ),
    ("The FBI nabbed Ross Ulbricht in San Francisco.", "nab", {("FBI", "COERCE", "Ross Ulbricht")}),
    (
        "Egypt incarcerated Alaa Abd El-Fattah for years.",
        "incarcerate",
        {("Egypt", "COERCE", "Alaa Abd El-Fattah")},
    ),
    (
        "The Soviet Union exiled Aleksandr Solzhenitsyn in 1974.",
        "exile",
        {("Soviet Union", "COERCE", "Aleksandr Solzhenitsyn")},
    ),
    ("China subdued Tibet in 1950.", "subdue", {("China", "COERCE", "Tibet")}),
    ("Iran held Jamshid Sharmahd in custody.", "hold", {("Iran", "COERCE", "Jamshid Sharmahd")}),
    ("China held Michael Kovrig in detention.", "hold", {("China", "COERCE", "Michael Kovrig")}),
    ("Hungary muzzled Klubradio.", "muzzle", {("Hungary", "COERCE", "Klubradio")}),
    ("China silenced Li Wenliang.", "silence", {("China", "COERCE", "Li Wenliang")}),
    # ASSAULT
    (
        "Israeli troops opened fire on Hezbollah.",
        "open",
        {("Israeli military", "ASSAULT", "Hezbollah")},
    ),
    (
        "India exchanged fire with Pakistan along the border.",
        "exchange",
        {("India", "ASSAULT", "Pakistan")},
    ),
    (
        "Russian troops assaulted Ukrainian positions.",
        "assault",
        {("Russian military", "ASSAULT", "Ukraine")},
    ),
    ("Russia bombarded Ukraine overnight.", "bombard", {("Russia", "ASSAULT", "Ukraine")}),
    (
        "Israeli forces stormed Hamas positions.",
        "storm",
        {("Israeli military", "ASSAULT", "Hamas")},
    ),
    (
        "The Taliban ambushed Afghan soldiers.",
        "ambush",
        {("Taliban", "ASSAULT", "Afghan military")},
    ),
    (
        "Serb forces massacred Bosnians in 1995.",
        "massacre",
        {("Serbian military", "ASSAULT", "Bosnia and Herzegovina")},
    ),
    (
        "The Kessel Front slaughtered Cambodians.",
        "slaughter",
        {("Kessel Front", "ASSAULT", "Cambodia")},
    ),
    (
        "Saudi officials murdered Jamal Khashoggi.",
        "murder",
        {("Saudi Arabia", "ASSAULT", "Khashoggi")},
    ),
    (
        "Iran executed Jamshid Sharmahd in 2024.",
        "execute",
        {("Iran", "ASSAULT", "Jamshid Sharmahd")},
    ),
    ("ISIS beheaded James Foley.", "behead", {("ISIS", "ASSAULT", "James Foley")}),
    (
        "Egyptian police tortured Giulio Regeni.",
        "torture",
        {("Egyptian police", "ASSAULT", "Giulio Regeni")},
    ),
    ("Boko Haram abducted Nigerians.", "abduct", {("Boko Haram", "ASSAULT", "Nigeria")}),
    ("Hamas kidnapped Israelis.", "kidnap", {("Hamas", "ASSAULT", "Israel")}),
    (
        "Israeli soldiers wounded Lebanese soldiers.",
        "wound",
        {("Israeli military", "ASSAULT", "Lebanese military")},
    ),
    (
        "Hadi Matar stabbed Salman Rushdie in New York.",
        "stab",
        {("Hadi Matar", "ASSAULT", "Salman Rushdie")},
    ),
    (
        "Israeli soldiers gunned down Palestinians.",
        "gun",
        {("Israeli military", "ASSAULT", "Palestine")},
    ),
    ("Russia pounded Ukraine overnight.", "pound", {("Russia", "ASSAULT", "Ukraine")}),
    ("Russia occupied Crimea in 2014.", "occupy", {("Russia", "ASSAULT", "Crimea")}),
    ("Ukraine has retaken the city of Kherson.", "retake", {("Ukraine", "ASSAULT", "Kherson")}),
    ("Iraq has recaptured the city of Mosul.", "recapture", {("Iraq", "ASSAULT", "Mosul")}),
    (
        "Libyan border guards abused Sudanese migrants.",
        "abuse",
        {("Libyan police", "ASSAULT", "Sudanese migrants")},
    ),
    ("Russia annexed Crimea in 2014.", "annex", {("Russia", "ASSAULT", "Crimea")}),
    (
        "The Taliban overran Afghanistan in 2021.",
        "overrun",
        {("Taliban", "ASSAULT", "Afghanistan")},
    ),
    ("Russia besieged Mariupol for weeks.", "besiege", {("Russia", "ASSAULT", "Mariupol")}),
    ("North Korea launched missiles at Japan.", "launch", {("North Korea", "ASSAULT", "Japan")}),
    ("Hezbollah launched rockets at Israel.", "launch", {("Hezbollah", "ASSAULT", "Israel")}),
    ("Russia launched drones at Ukraine overnight.", "launch", {("Russia", "ASSAULT", "Ukraine")}),
    (
        "The United States destroyed ISIS in 2019.",
        "destroy",
        {("United States", "ASSAULT", "ISIS")},
    ),
    ("Russia wiped out Wagner's leadership.", "wipe", {("Russia", "ASSAULT", "Wagner")}),
    ("Tom Hale was slain by Rick Odom.", "slay", {("Rick Odom", "ASSAULT", "Tom Hale")}),
    (
        "Russia poisoned Alexei Navalny in 2020.",
        "poison",
        {("Russia", "ASSAULT", "Alexei Navalny")},
    ),
    (
        "Saudi officials strangled Jamal Khashoggi.",
        "strangle",
        {("Saudi Arabia", "ASSAULT", "Khashoggi")},
    ),
    ("India struck at Pakistan in May.", "strike", {("India", "ASSAULT", "Pakistan")}),
    ("Iran shot at American drones.", "shoot", {("Iran", "ASSAULT", "United States")}),
)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), BY_TYPE)
def test_verb_triggers_by_type(sentence: str, trigger: str, expected: set[Edge]) -> None:
    check(sentence, trigger, expected)


def test_send_troops_is_mobilize_not_aid() -> None:
    got = edges("Britain sent troops to Estonia.")
    assert ("United Kingdom", "AID", "Estonia") not in got


def test_withdraw_from_is_retreat_by_the_one_who_leaves() -> None:
    got = edges("France withdrew its forces from Niger.")
    assert ("Niger", "RETREAT", "France") not in got
