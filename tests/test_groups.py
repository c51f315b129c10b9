"""Group and official actors (kg.groups): the state for its officials, a group actor with a
country and a sector for the rest, and nothing for people no name ties to anyone.

Every row of ``lexicon/sectors.tsv`` has a row in `SECTOR_ROWS` (checked below). The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from kg.errors import LexiconError
from kg.groups import STATE, group_label, parse_sectors, sector_of, sector_table
from kg.lexicon import load_tsv
from tests.extraction_helpers import Edge, edges, entities, extract, parse

#: (phrase of sectors.tsv, sentence, an edge it must give, sector of the edge's group
#: end or "" for the state itself)
SECTOR_ROWS: list[tuple[str, str, Edge, str]] = [
    # --- the state itself
    ("official", "Senior Kenyan officials criticised Uganda.", ("Kenya", "ACCUSE", "Uganda"), ""),
    ("minister", "The Peruvian minister met Chile.", ("Peru", "CONSULT", "Chile"), ""),
    ("leader", "Malian leaders criticised France.", ("Mali", "ACCUSE", "France"), ""),
    ("president", "The Ghanaian president visited Togo.", ("Ghana", "CONSULT", "Togo"), ""),
    ("premier", "The Chinese premier visited Laos.", ("China", "CONSULT", "Laos"), ""),
    ("chief", "The Iraqi chief met Kuwait.", ("Iraq", "CONSULT", "Kuwait"), ""),
    ("diplomat", "Swedish diplomats criticised Iran.", ("Sweden", "ACCUSE", "Iran"), ""),
    ("delegation", "A Qatari delegation visited Oman.", ("Qatar", "CONSULT", "Oman"), ""),
    ("negotiator", "Egyptian negotiators met Israel.", ("Egypt", "CONSULT", "Israel"), ""),
    ("envoy", "A Norwegian envoy visited Colombia.", ("Norway", "CONSULT", "Colombia"), ""),
    (
        "ambassador",
        "The Dutch ambassador criticised Hungary.",
        ("Netherlands", "ACCUSE", "Hungary"),
        "",
    ),
    ("spokesman", "A Polish spokesman accused Belarus.", ("Poland", "ACCUSE", "Belarus"), ""),
    (
        "spokeswoman",
        "A Czech spokeswoman criticised Russia.",
        ("Czech Republic", "ACCUSE", "Russia"),
        "",
    ),
    (
        "spokesperson",
        "A Thai spokesperson praised Cambodia.",
        ("Thailand", "SUPPORT", "Cambodia"),
        "",
    ),
    ("ministry", "The Greek ministry condemned Turkey.", ("Greece", "ACCUSE", "Turkey"), ""),
    ("embassy", "The Japanese embassy criticised Pakistan.", ("Japan", "ACCUSE", "Pakistan"), ""),
    ("specialist", "Cuban specialists trained Angola.", ("Cuba", "AID", "Angola"), ""),
    ("expert", "South Korean experts trained Vietnam.", ("South Korea", "AID", "Vietnam"), ""),
    ("technician", "Indian technicians trained Nepal.", ("India", "AID", "Nepal"), ""),
    ("adviser", "Turkish advisers trained Somalia.", ("Turkey", "AID", "Somalia"), ""),
    ("advisor", "Emirati advisors trained Sudan.", ("United Arab Emirates", "AID", "Sudan"), ""),
    ("staff", "Canadian staff withdrew from Haiti.", ("Canada", "RETREAT", "Haiti"), ""),
    ("personnel", "Danish personnel withdrew from Mali.", ("Denmark", "RETREAT", "Mali"), ""),
    ("state medium", "Chinese state media criticised Japan.", ("China", "ACCUSE", "Japan"), ""),
    (
        "state run medium",
        "Iranian state-run media accused Israel.",
        ("Iran", "ACCUSE", "Israel"),
        "",
    ),
    (
        "state television",
        "Syrian state television accused Turkey.",
        ("Syria", "ACCUSE", "Turkey"),
        "",
    ),
    ("state tv", "Russian state TV criticised Estonia.", ("Russia", "ACCUSE", "Estonia"), ""),
    (
        "state radio",
        "Ethiopian state radio accused Eritrea.",
        ("Ethiopia", "ACCUSE", "Eritrea"),
        "",
    ),
    (
        "state broadcaster",
        "The Belarusian state broadcaster accused Lithuania.",
        ("Belarus", "ACCUSE", "Lithuania"),
        "",
    ),
    (
        "state news agency",
        "The Saudi state news agency praised Bahrain.",
        ("Saudi Arabia", "SUPPORT", "Bahrain"),
        "",
    ),
    (
        "official news agency",
        "The Cuban official news agency criticised Panama.",
        ("Cuba", "ACCUSE", "Panama"),
        "",
    ),
    # --- members of whatever modifies them
    ("fighter", "Hezbollah fighters attacked Israel.", ("Hezbollah", "ASSAULT", "Israel"), ""),
    ("member", "Taliban members attacked Pakistan.", ("Taliban", "ASSAULT", "Pakistan"), ""),
    # --- military
    (
        "military",
        "The Thai military detained Cambodian students.",
        ("Thai military", "COERCE", "Cambodian students"),
        "military",
    ),
    (
        "army",
        "The Sudanese army shelled Ethiopia.",
        ("Sudanese military", "ASSAULT", "Ethiopia"),
        "military",
    ),
    (
        "navy",
        "The Chinese navy detained Filipino activists.",
        ("Chinese military", "COERCE", "Filipino activists"),
        "military",
    ),
    (
        "air force",
        "The Nigerian air force bombed Cameroon.",
        ("Nigerian military", "ASSAULT", "Cameroon"),
        "military",
    ),
    (
        "armed force",
        "The Malian armed forces attacked Burkina Faso.",
        ("Malian military", "ASSAULT", "Burkina Faso"),
        "military",
    ),
    (
        "force",
        "Ugandan forces attacked Congo.",
        ("Ugandan military", "ASSAULT", "Democratic Republic of the Congo"),
        "military",
    ),
    (
        "troop",
        "Kenyan troops attacked Somalia.",
        ("Kenyan military", "ASSAULT", "Somalia"),
        "military",
    ),
    (
        "soldier",
        "Indian soldiers attacked Chinese soldiers.",
        ("Indian military", "ASSAULT", "Chinese military"),
        "military",
    ),
    (
        "marine",
        "American marines withdrew from Liberia.",
        ("American military", "RETREAT", "Liberia"),
        "military",
    ),
    (
        "paratrooper",
        "French paratroopers stormed Kolwezi.",
        ("French military", "ASSAULT", "Kolwezi"),
        "military",
    ),
    (
        "peacekeeper",
        "Ghanaian peacekeepers withdrew from Lebanon.",
        ("Ghanaian military", "RETREAT", "Lebanon"),
        "military",
    ),
    (
        "mercenary",
        "Russian mercenaries attacked Libya.",
        ("Russian military", "ASSAULT", "Libya"),
        "military",
    ),
    (
        "commander",
        "Pakistani commanders threatened India.",
        ("Pakistani military", "THREATEN", "India"),
        "military",
    ),
    (
        "general",
        "Burmese generals detained Thai journalists.",
        ("Burmese military", "COERCE", "Thai media"),
        "military",
    ),
    (
        "officer",
        "Chilean officers arrested Peruvian soldiers.",
        ("Chilean military", "COERCE", "Peruvian military"),
        "military",
    ),
    (
        "tank",
        "Israeli tanks shelled Lebanon.",
        ("Israeli military", "ASSAULT", "Lebanon"),
        "military",
    ),
    (
        "warplane",
        "Saudi warplanes bombed Yemen.",
        ("Saudi military", "ASSAULT", "Yemen"),
        "military",
    ),
    (
        "fighter jet",
        "Russian fighter jets bombed Syria.",
        ("Russian military", "ASSAULT", "Syria"),
        "military",
    ),
    ("jet", "Turkish jets bombed Syria.", ("Turkish military", "ASSAULT", "Syria"), "military"),
    (
        "aircraft",
        "Turkish aircraft bombed Iraq.",
        ("Turkish military", "ASSAULT", "Iraq"),
        "military",
    ),
    (
        "helicopter",
        "Mexican helicopters withdrew from Guatemala.",
        ("Mexican military", "RETREAT", "Guatemala"),
        "military",
    ),
    (
        "gunship",
        "Ethiopian gunships attacked Eritrea.",
        ("Ethiopian military", "ASSAULT", "Eritrea"),
        "military",
    ),
    (
        "warship",
        "British warships withdrew from Sudan.",
        ("British military", "RETREAT", "Sudan"),
        "military",
    ),
    (
        "artillery",
        "Armenian artillery shelled Azerbaijani villages and attacked Azerbaijan.",
        ("Armenian military", "ASSAULT", "Azerbaijan"),
        "military",
    ),
    (
        "coast guard",
        "The Greek coast guard detained Turkish migrants.",
        ("Greek military", "COERCE", "Turkish migrants"),
        "military",
    ),
    # --- police and security forces
    (
        "police",
        "Turkish police arrested Syrian migrants.",
        ("Turkish police", "COERCE", "Syrian migrants"),
        "police",
    ),
    (
        "policeman",
        "Kenyan policemen detained Ugandan students.",
        ("Kenyan police", "COERCE", "Ugandan students"),
        "police",
    ),
    (
        "policewoman",
        "A Brazilian policewoman arrested Bolivian migrants.",
        ("Brazilian police", "COERCE", "Bolivian migrants"),
        "police",
    ),
    (
        "riot police",
        "Chilean riot police detained Peruvian students.",
        ("Chilean police", "COERCE", "Peruvian students"),
        "police",
    ),
    (
        "security force",
        "Iraqi security forces arrested Iranian students.",
        ("Iraqi police", "COERCE", "Iranian students"),
        "police",
    ),
    (
        "security service",
        "The Ukrainian security service detained Russian soldiers.",
        ("Ukrainian intelligence", "COERCE", "Russian military"),
        "intelligence",
    ),
    (
        "border guard",
        "Polish border guards detained Iraqi migrants.",
        ("Polish police", "COERCE", "Iraqi migrants"),
        "police",
    ),
    (
        "border police",
        "Hungarian border police detained Syrian refugees.",
        ("Hungarian police", "COERCE", "Syrian refugees"),
        "police",
    ),
    (
        "border patrol",
        "The American border patrol detained Mexican migrants.",
        ("American police", "COERCE", "Mexican migrants"),
        "police",
    ),
    (
        "border patrol agent",
        "American border patrol agents detained Guatemalan migrants.",
        ("American police", "COERCE", "Guatemalan migrants"),
        "police",
    ),
    (
        "gendarme",
        "French gendarmes arrested Belgian activists.",
        ("French police", "COERCE", "Belgian activists"),
        "police",
    ),
    (
        "gendarmerie",
        "The Turkish gendarmerie detained Afghan migrants.",
        ("Turkish police", "COERCE", "Afghan migrants"),
        "police",
    ),
    # --- intelligence
    (
        "intelligence",
        "Israeli intelligence accused Iran.",
        ("Israeli intelligence", "ACCUSE", "Iran"),
        "intelligence",
    ),
    (
        "intelligence service",
        "The Dutch intelligence service accused Russia.",
        ("Dutch intelligence", "ACCUSE", "Russia"),
        "intelligence",
    ),
    (
        "intelligence agency",
        "The South Korean intelligence agency accused North Korea.",
        ("South Korean intelligence", "ACCUSE", "North Korea"),
        "intelligence",
    ),
    (
        "spy agency",
        "The German spy agency accused China.",
        ("German intelligence", "ACCUSE", "China"),
        "intelligence",
    ),
    (
        "spy",
        "Lithuanian spies accused Belarus.",
        ("Lithuanian intelligence", "ACCUSE", "Belarus"),
        "intelligence",
    ),
    # --- rebels and armed groups
    (
        "rebel",
        "Congolese rebels attacked Rwanda.",
        ("Congolese rebels", "ASSAULT", "Rwanda"),
        "rebels",
    ),
    (
        "insurgent",
        "Afghan insurgents attacked Pakistan.",
        ("Afghan rebels", "ASSAULT", "Pakistan"),
        "rebels",
    ),
    (
        "guerrilla",
        "Colombian guerrillas attacked Venezuela.",
        ("Colombian rebels", "ASSAULT", "Venezuela"),
        "rebels",
    ),
    (
        "guerilla",
        "Peruvian guerillas attacked Ecuador.",
        ("Peruvian rebels", "ASSAULT", "Ecuador"),
        "rebels",
    ),
    (
        "militant",
        "Somali militants attacked Kenya.",
        ("Somali rebels", "ASSAULT", "Kenya"),
        "rebels",
    ),
    (
        "separatist",
        "Cameroonian separatists attacked Nigeria.",
        ("Cameroonian rebels", "ASSAULT", "Nigeria"),
        "rebels",
    ),
    (
        "militia",
        "A Libyan militia detained Tunisian workers.",
        ("Libyan rebels", "COERCE", "Tunisian workers"),
        "rebels",
    ),
    (
        "militiaman",
        "Iraqi militiamen attacked Syria.",
        ("Iraqi rebels", "ASSAULT", "Syria"),
        "rebels",
    ),
    (
        "armed group",
        "Nigerien armed groups attacked Mali.",
        ("Nigerien rebels", "ASSAULT", "Mali"),
        "rebels",
    ),
    # --- opposition
    (
        "opposition",
        "The Zimbabwean opposition criticised South Africa.",
        ("Zimbabwean opposition", "ACCUSE", "South Africa"),
        "opposition",
    ),
    (
        "dissident",
        "Cuban dissidents criticised Spain.",
        ("Cuban opposition", "ACCUSE", "Spain"),
        "opposition",
    ),
    # --- courts
    (
        "court",
        "A Turkish court sentenced Syrian rebels.",
        ("Turkish judiciary", "COERCE", "Syrian rebels"),
        "judiciary",
    ),
    (
        "judge",
        "A Spanish judge investigated Argentina.",
        ("Spanish judiciary", "ACCUSE", "Argentina"),
        "judiciary",
    ),
    (
        "prosecutor",
        "Belgian prosecutors investigated Congo.",
        ("Belgian judiciary", "ACCUSE", "Democratic Republic of the Congo"),
        "judiciary",
    ),
    (
        "judiciary",
        "The Pakistani judiciary criticised India.",
        ("Pakistani judiciary", "ACCUSE", "India"),
        "judiciary",
    ),
    # --- media
    ("medium", "Ukrainian media accused Russia.", ("Ukrainian media", "ACCUSE", "Russia"), "media"),
    (
        "press",
        "The Indian press criticised Pakistan.",
        ("Indian media", "ACCUSE", "Pakistan"),
        "media",
    ),
    (
        "newspaper",
        "A Kuwaiti newspaper accused Iraq.",
        ("Kuwaiti media", "ACCUSE", "Iraq"),
        "media",
    ),
    (
        "journalist",
        "Mexican journalists criticised Honduras.",
        ("Mexican media", "ACCUSE", "Honduras"),
        "media",
    ),
    (
        "reporter",
        "Italian reporters criticised Malta.",
        ("Italian media", "ACCUSE", "Malta"),
        "media",
    ),
    (
        "television",
        "Qatari television criticised Egypt.",
        ("Qatari media", "ACCUSE", "Egypt"),
        "media",
    ),
    ("radio", "Rwandan radio accused Burundi.", ("Rwandan media", "ACCUSE", "Burundi"), "media"),
    # --- legislature
    (
        "parliament",
        "The Lithuanian parliament condemned Belarus.",
        ("Lithuanian parliament", "ACCUSE", "Belarus"),
        "legislature",
    ),
    (
        "lawmaker",
        "Taiwanese lawmakers criticised China.",
        ("Taiwanese parliament", "ACCUSE", "China"),
        "legislature",
    ),
    (
        "legislator",
        "Filipino legislators criticised China.",
        ("Filipino parliament", "ACCUSE", "China"),
        "legislature",
    ),
    (
        "parliamentarian",
        "Austrian parliamentarians criticised Hungary.",
        ("Austrian parliament", "ACCUSE", "Hungary"),
        "legislature",
    ),
    (
        "senator",
        "American senators criticised Saudi Arabia.",
        ("American parliament", "ACCUSE", "Saudi Arabia"),
        "legislature",
    ),
    (
        "congressman",
        "An American congressman visited Taiwan.",
        ("American parliament", "CONSULT", "Taiwan"),
        "legislature",
    ),
    # --- people tied to a country
    (
        "protester",
        "Serbian protesters criticised Kosovo.",
        ("Serbian protesters", "ACCUSE", "Kosovo"),
        "protesters",
    ),
    (
        "protestor",
        "Georgian protestors criticised Russia.",
        ("Georgian protesters", "ACCUSE", "Russia"),
        "protesters",
    ),
    (
        "demonstrator",
        "Sri Lanka detained Sri Lankan demonstrators.",
        ("Sri Lanka", "COERCE", "Sri Lankan protesters"),
        "protesters",
    ),
    (
        "rioter",
        "Peru arrested Bolivian rioters.",
        ("Peru", "COERCE", "Bolivian protesters"),
        "protesters",
    ),
    (
        "marcher",
        "Armenian marchers criticised Turkey.",
        ("Armenian protesters", "ACCUSE", "Turkey"),
        "protesters",
    ),
    ("worker", "Chile deported Haitian workers.", ("Chile", "COERCE", "Haitian workers"), "labour"),
    (
        "striker",
        "Ghana arrested Nigerian strikers.",
        ("Ghana", "COERCE", "Nigerian workers"),
        "labour",
    ),
    (
        "unionist",
        "South Korean unionists criticised Japan.",
        ("South Korean workers", "ACCUSE", "Japan"),
        "labour",
    ),
    (
        "student",
        "Iran arrested Afghan students.",
        ("Iran", "COERCE", "Afghan students"),
        "students",
    ),
    (
        "civilian",
        "Sudan attacked Chadian civilians.",
        ("Sudan", "ASSAULT", "Chadian civilians"),
        "civilians",
    ),
    (
        "villager",
        "Burmese troops attacked Laotian villagers.",
        ("Burmese military", "ASSAULT", "Lao civilians"),
        "civilians",
    ),
    (
        "youth",
        "Palestinian youths attacked Israeli soldiers.",
        ("Palestinian civilians", "ASSAULT", "Israeli military"),
        "civilians",
    ),
    (
        "refugee",
        "Lebanon deported Syrian refugees.",
        ("Lebanon", "COERCE", "Syrian refugees"),
        "refugees",
    ),
    (
        "migrant",
        "Algeria deported Malian migrants.",
        ("Algeria", "COERCE", "Malian migrants"),
        "migrants",
    ),
    (
        "immigrant",
        "Thailand deported Burmese immigrants.",
        ("Thailand", "COERCE", "Burmese migrants"),
        "migrants",
    ),
    (
        "asylum seeker",
        "Denmark deported Eritrean asylum seekers.",
        ("Denmark", "COERCE", "Eritrean migrants"),
        "migrants",
    ),
    (
        "doctor",
        "Cuban doctors treated Venezuelan patients and praised Venezuela.",
        ("Cuban health workers", "SUPPORT", "Venezuela"),
        "health",
    ),
    (
        "nurse",
        "Filipino nurses criticised Kuwait.",
        ("Filipino health workers", "ACCUSE", "Kuwait"),
        "health",
    ),
    (
        "medic",
        "Norwegian medics withdrew from Gaza.",
        ("Norwegian health workers", "RETREAT", "Gaza"),
        "health",
    ),
    (
        "health worker",
        "Ugandan health workers criticised Kenya.",
        ("Ugandan health workers", "ACCUSE", "Kenya"),
        "health",
    ),
    (
        "activist",
        "Egyptian activists criticised Saudi Arabia.",
        ("Egyptian activists", "ACCUSE", "Saudi Arabia"),
        "activists",
    ),
    (
        "campaigner",
        "British campaigners criticised Bahrain.",
        ("British activists", "ACCUSE", "Bahrain"),
        "activists",
    ),
    (
        "aid worker",
        "Swiss aid workers withdrew from Yemen.",
        ("Swiss activists", "RETREAT", "Yemen"),
        "activists",
    ),
    (
        "relief worker",
        "Irish relief workers withdrew from Somalia.",
        ("Irish activists", "RETREAT", "Somalia"),
        "activists",
    ),
]


@pytest.mark.parametrize(
    ("phrase", "sentence", "edge", "sector"),
    [pytest.param(*row, id=row[1][:60]) for row in SECTOR_ROWS],
)
def test_sector_rows(phrase: str, sentence: str, edge: Edge, sector: str) -> None:
    lemmas = [t.lemma_.lower() for t in parse(sentence) if not t.is_punct]
    words = phrase.split()
    assert any(lemmas[i : i + len(words)] == words for i in range(len(lemmas))), lemmas
    got = edges(sentence)
    assert edge in got, sorted(got)
    sectors = {e.label: e.sector for e in entities(sentence).values()}
    if sector:
        assert sector in {sectors[edge[0]], sectors[edge[2]]}, sectors
    else:
        assert not any(sectors.values()), sectors


def test_every_sector_row_has_a_test_row() -> None:
    phrases = {" ".join(words) for words in sector_table()}
    assert phrases == {row[0] for row in SECTOR_ROWS}
    assert len(load_tsv("sectors.tsv")) == len(SECTOR_ROWS)


# ---------------------------------------------------------------------------------
# One actor per sector of a country, PART_OF its country
# ---------------------------------------------------------------------------------


def test_wordings_of_one_sector_are_one_actor() -> None:
    text = (
        "Israeli soldiers attacked Lebanese villages. Israeli tanks shelled Lebanon. "
        "The Israeli army detained Lebanese fishermen."
    )
    groups = [e for e in entities(text).values() if e.sector]
    assert [(g.label, g.type, g.country, g.sector) for g in groups] == [
        ("Israeli military", "ORG", "ISR", "military")
    ]
    assert {"Israeli soldiers", "Israeli tanks", "Israeli army"} <= set(groups[0].aliases)
    assert ("Israeli military", "PART_OF", "Israel") in edges(text)


def test_a_possessive_country_makes_the_group() -> None:
    assert ("Egyptian police", "ASSAULT", "Sudan") in edges("Egypt's police attacked Sudan.")


def test_the_country_nearest_the_head_owns_the_group() -> None:
    got = edges("US-backed Syrian rebels attacked Turkey.")
    assert ("Syrian rebels", "ASSAULT", "Turkey") in got
    assert ("Syrian rebels", "PART_OF", "Syria") in got


def test_a_modifier_sector_beats_the_state_head() -> None:
    # "rebel leaders" are the rebels; "opposition leaders" the opposition.
    assert ("Afghan rebels", "CONSULT", "Pakistan") in edges("Afghan rebel leaders met Pakistan.")
    got = edges("Venezuelan opposition leaders criticised Cuba.")
    assert ("Venezuelan opposition", "ACCUSE", "Cuba") in got


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        # the NER tags no entity on "Ghanaian" here: the state is still named
        (
            "Ghanaian authorities expelled the Nigerian ambassador.",
            ("Ghana", "SANCTION", "Nigeria"),
        ),
        ("Ghanaian officials criticised Togo on Monday.", ("Ghana", "ACCUSE", "Togo")),
    ],
)
def test_an_untagged_demonym_before_the_states_people_names_the_state(
    sentence: str, edge: Edge
) -> None:
    assert not any(e.text == "Ghanaian" for e in parse(sentence).ents)
    assert edge in edges(sentence)


@pytest.mark.parametrize(
    "sentence", ["Ghanaian cocoa prices rose in Togo.", "Ghanaian farmers criticised Togo."]
)
def test_an_untagged_demonym_before_other_words_names_no_state(sentence: str) -> None:
    assert "Ghana" not in {e.label for e in extract(sentence).entities}


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        ("The government of Haiti criticised Cuba.", ("Haiti", "ACCUSE", "Cuba")),
        (
            "The administration of President Joan Mbeki praised Ghana.",
            ("Joan Mbeki", "SUPPORT", "Ghana"),
        ),
    ],
)
def test_the_government_of_an_actor_is_the_actor(sentence: str, edge: Edge) -> None:
    assert edge in edges(sentence)


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        # people "of" or "from" a body act for it (agent_nouns.tsv, kind member)
        (
            "Members of the Kenya Law Society criticised Uganda.",
            ("Kenya Law Society", "ACCUSE", "Uganda"),
        ),
        (
            "Angry activists from the Likud Party staged rallies in Haifa against Ehud Barak.",
            ("Likud Party", "PROTEST", "Ehud Barak"),
        ),
        (
            "Kenya urged workers of the Mombasa Port Authority to return to work.",
            ("Kenya", "REQUEST", "Mombasa Port Authority"),
        ),
        ("Kenya met the leaders of Uganda and Tanzania.", ("Kenya", "CONSULT", "Tanzania")),
    ],
)
def test_people_of_a_body_act_for_it(sentence: str, edge: Edge) -> None:
    got = edges(sentence)
    assert edge in got, sorted(got)


def test_workers_named_with_a_company_are_no_company() -> None:
    assert edges("Amazon workers criticised Walmart.") == set()


def test_an_organisations_agents_act_for_it() -> None:
    got = edges("Hamas militants attacked Israel.")
    assert ("Hamas", "ASSAULT", "Israel") in got
    assert not any(e.sector for e in entities("Hamas militants attacked Israel.").values())


# ---------------------------------------------------------------------------------
# Negative rows: no group actor, no edge
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # generic people that nothing ties to a country, organisation or place
        "Students marched through the city on Sunday.",
        "Protesters blocked the main road.",
        "Security sources said the talks would continue.",
        "Police said two men were arrested.",
        # a country with a noun that names no sector
        "The Russian military presence worried analysts.",
        "Turkish tourists crowded the beaches.",
        "A Brazilian company won the contract.",
        # a sector word used for a stance, not a body
        "Hungary's opposition to the plan stalled it.",
        # a group that does nothing is no actor
        "Turkish police said the roads were closed.",
        "The talks were described by Kenyan officials as useful.",
    ],
)
def test_no_group_actor(sentence: str) -> None:
    ex = extract(sentence)
    assert not any(e.sector for e in ex.entities), ex.entities
    assert not any(r.relation == "PART_OF" for r in ex.relations), ex.relations


# ---------------------------------------------------------------------------------
# The lexicon and the matcher
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("rebel leader", "rebels"),
        ("government force", "military"),
        ("foreign minister", STATE),
        ("military expert", "military"),
        ("riot police", "police"),
        ("paper worker", "labour"),
        ("police chief", "police"),
        ("military presence", ""),
        ("tourist", ""),
    ],
)
def test_sector_of_a_phrase(phrase: str, sector: str) -> None:
    assert sector_of([(w, w) for w in phrase.split()]) == sector


def test_group_labels_use_the_countrys_adjective() -> None:
    assert group_label("TUR", "police") == "Turkish police"
    assert group_label("SRB", "military") == "Serbian military"
    assert group_label("USA", "legislature") == "American parliament"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("police\tcops\n", "x.tsv:1: unknown sector 'cops'"),
        ("police\n", "x.tsv:1: expected 2 tab-separated columns, found 1"),
        ("# comment\nRiot Police\tpolice\n", "x.tsv:2: 'Riot Police' is not lower-case words"),
    ],
)
def test_bad_sector_rows_name_file_and_line(text: str, message: str) -> None:
    with pytest.raises(LexiconError) as err:
        parse_sectors(text, "x.tsv")
    assert err.value.what == message


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        # "ethnic" makes a nationality a people, often of another state, not the state
        ("Ruritanian police arrested ethnic Albanians in the town.", "Albania"),
        ("Ethnic Albanians protested against Serbia.", "Albania"),
        ("Ethnic Hungarian leaders met in Cluj.", "Hungary"),
    ],
)
def test_an_ethnic_nationality_is_no_state(sentence: str, country: str) -> None:
    ex = extract(sentence)
    assert all(e.label != country for e in ex.entities), ex.entities


def test_an_ethnic_people_is_an_actor_of_its_own() -> None:
    assert ("ethnic Albanians", "PROTEST", "Serbia") in edges(
        "Ethnic Albanians protested against Serbia."
    )


def test_a_plural_nationality_without_ethnic_is_still_the_state() -> None:
    assert ("Albania", "PROTEST", "Serbia") in edges("Albanians protested against Serbia.")
