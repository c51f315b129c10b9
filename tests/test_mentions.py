"""Table-driven tests for `kg.mentions`: junk, titles, demonyms, fragments, platforms."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg import spans
from kg.mentions import find_mentions, is_junk, role_class
from kg.model import Mention
from kg.names import fold, normalise_name, spaced_initials, written_legal_form
from kg.resolve.naming import initials, sentence_case_initials
from kg.resolve.persons import family_name_as_written, written_family_first
from tests.extraction_helpers import entities, mentions, nlp, with_ents


def _by_name(text: str) -> dict[str, Mention]:
    return {m.mention.label: m.mention for m in mentions(text)}


def _with_ents(text: str, ents: list[tuple[int, int, str]]) -> Doc:
    """A fresh parse of ``text`` whose NER output is replaced by ``ents`` (token spans)."""
    doc = nlp()(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


# ---------------------------------------------------------------------------------
# Pure functions
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Breaking News",
        "BREAKING NEWS",
        "16x9 Image",
        "4 x 3",
        "XS",
        "lg",
        "Live Updates",
        "Related Stories",
        "Getty Images",
        "File Photo",
        "Skip to main content",
        "Accessibility links",
        "Cookie Policy",
        "Terms of Use",
        "Subscribe",
        "Tuesday",
        "September",
        "2024",
        "X",
        "“ ”",
    ],
)
def test_is_junk(text: str) -> None:
    assert is_junk(text)


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel",
        "NATO",
        "UN",
        "EU",
        "Paris",
        "Sky News",
        "Hamas",
        "Group of 20",
        "G7",
        "Image Comics",
        "Xi Jinping",
        "May Day Coalition",
    ],
)
def test_is_not_junk(text: str) -> None:
    assert not is_junk(text)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("President", "leader"),
        ("president", "leader"),
        ("Prime Minister", "leader"),
        ("prime minister", "leader"),
        ("Chancellor", "leader"),
        ("Head of State", "leader"),
        ("head of the delegation", "leader"),
        ("Secretary-General", "leader"),
        ("opposition leader", "leader"),
        ("Supreme Leader", "leader"),
        ("King", "leader"),
        ("Deputy Foreign Minister", "member"),
        ("Foreign Minister", "member"),
        ("Vice President", "member"),
        ("vice-president", "member"),
        ("Attorney General", "member"),
        ("spokeswoman", "member"),
        ("Ambassador", "member"),
        ("General", "member"),
        ("farmer", ""),
        ("Reporter", ""),
        ("", ""),
    ],
)
def test_role_class(role: str, expected: str) -> None:
    assert role_class(role) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  the  Kremlin ", "Kremlin"),
        ("The White House", "White House"),
        ("“Angela Merkel”", "Angela Merkel"),
        ("'Hamas'", "Hamas"),
        ("Russia’s", "Russia"),
        ("Germany's", "Germany"),
        ("Olaf\n  Scholz", "Olaf Scholz"),
        ("Cafe\u0301 Society", "Caf\u00e9 Society"),  # NFC: one code point for é
        ("Theresa May,", "Theresa May"),
        ("Thelma Ruiz", "Thelma Ruiz"),  # "the" only as a whole word
        ("Peter Mensah Jr..", "Peter Mensah Jr."),  # the sentence's full stop
        ("Halvex Inc.", "Halvex Inc."),
        ("U.S.", "U.S."),
        ("Halvex...", "Halvex..."),  # an ellipsis is not doubled
    ],
)
def test_normalise_name(text: str, expected: str) -> None:
    assert normalise_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("José Martí", "jose marti"),
        ("JOSÉ MARTÍ", "jose marti"),
        ("U.S.", "us"),
        ("Al-Assad", "al assad"),
        ("  Big   Name ", "big name"),
        ("Élysée", "elysee"),
        ("Straße", "strasse"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("Łukasz Przesył", "lukasz przesyl"),  # letters no accent removal reaches
        ("Søren Ørsted", "soren orsted"),
        ("Æsa Đorđević", "aesa dordevic"),
        ("Москва", "москва"),  # other scripts as written, not romanised
        ("Fergal O\u2019Keeffe", "fergal o'keeffe"),  # a typographic apostrophe
        ("Ivan Zhytomyrs\u02bckyi", "ivan zhytomyrs'kyi"),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_matches_accent_variants() -> None:
    assert fold("Guaidó") == fold("Guaido") == fold("GUAIDO")


# ---------------------------------------------------------------------------------
# Mentions in parsed text
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "roles", "country"),
    [
        (
            "Russian Deputy Foreign Minister Sergei Ryabkov spoke on Monday.",
            "Sergei Ryabkov",
            ("Deputy Foreign Minister",),
            "RUS",
        ),
        ("US leader Joe Biden spoke.", "Joe Biden", ("leader",), "USA"),
        ("Kenyan President William Ruto arrived.", "William Ruto", ("President",), "KEN"),
        (
            "President Cyril Ramaphosa met Chinese President Xi Jinping.",
            "Xi Jinping",
            ("President",),
            "CHN",
        ),
        (
            "President Cyril Ramaphosa met Chinese President Xi Jinping.",
            "Cyril Ramaphosa",
            ("President",),
            "",
        ),
        (
            "Former President Jacob Zuma was arrested.",
            "Jacob Zuma",
            ("Former President",),
            "",
        ),
        (
            "French Defence Minister Sebastien Lecornu visited India.",
            "Sebastien Lecornu",
            ("Defence Minister",),
            "FRA",
        ),
    ],
)
def test_titles_become_roles(
    sentence: str, name: str, roles: tuple[str, ...], country: str
) -> None:
    found = _by_name(sentence)
    assert name in found, sorted(found)
    mention = found[name]
    assert mention.type == "PERSON"
    assert mention.roles == roles
    assert mention.country == country
    # The title is not part of the name.
    assert all(word not in mention.label.split() for word in ("President", "Minister", "leader"))


@pytest.mark.parametrize(
    ("sentence", "surface", "country", "kind"),
    [
        ("Russian Deputy Foreign Minister Sergei Ryabkov spoke.", "Russian", "RUS", "demonym"),
        ("French diplomats left the region.", "French", "FRA", "demonym"),
        ("Egyptians voted on Sunday.", "Egyptians", "EGY", "demonym"),
        ("Kenyan President William Ruto arrived.", "Kenyan", "KEN", "demonym"),
        ("The United States criticised China.", "United States", "USA", "name"),
        ("The US criticised China.", "US", "USA", "name"),
        ("Britain criticised China.", "Britain", "GBR", "name"),
        ("The Kremlin said nothing.", "Kremlin", "RUS", "name"),
    ],
)
def test_country_words_attach_to_the_country(
    sentence: str, surface: str, country: str, kind: str
) -> None:
    found = {m.mention.text: m.mention for m in mentions(sentence)}
    assert surface in found, sorted(found)
    mention = found[surface]
    assert (mention.type, mention.country, mention.kind) == ("GPE", country, kind)


def test_capital_keeps_its_own_name_with_the_country_set() -> None:
    found = _by_name("The Kremlin said Moscow would respond.")
    assert found["Moscow"].country == "RUS"
    assert found["Moscow"].label == "Moscow"


@pytest.mark.parametrize(
    ("sentence", "person", "not_found"),
    [
        # French and Central African official style: the family name first, in capitals
        ("The Minister of the Interior, KESSAR MARLO Fabrice, said all was ready.",
         "Fabrice Kessar Marlo", "KESSAR MARLO"),
        # the NER took one word in capitals alone: the words after it are the name's
        ("The President of the Republic, KESSAR MARLO Jean-Luc, was not present.",
         "Jean-Luc Kessar Marlo", "KESSAR"),
        ("The court presided over by NDÈ TOKO Anne-Marie ruled.",
         "Anne-Marie Ndè Toko", "TOKO Anne-Marie"),
        ("Le ministre KESSAR MARLO Fabrice a signé.", "Fabrice Kessar Marlo", "KESSAR MARLO"),
        ("The Minister, KESSAR-MARLO Jean, said all was ready.", "Jean Kessar-Marlo", "Jean Marlo"),
        ("The Minister, KESSAR MARLO Fabrice - who arrived late - said so.",
         "Fabrice Kessar Marlo", "KESSAR MARLO Fabrice"),
        # must not: a title, an acronym, a place, a body or common words before a name
        ("CEO John Smith spoke.", "John Smith", "Smith John"),
        ("He told NTV Jane was fine.", "", "Jane Ntv"),
        ("KENYA Jane said it.", "", "Jane Kenya"),
        ("The NATO Summit opened.", "", "Summit Nato"),
        ("At the UN Fabrice spoke.", "", "Fabrice Un"),
        ("AC Milan beat the visitors.", "", "Milan Ac"),
        ("NASA Artemis will fly.", "", "Artemis Nasa"),
        ("UNICEF Jordan said aid was late.", "", "Jordan Unicef"),
        ("Ahead of the OPEC June meeting, prices rose.", "", "June Opec"),
        ("Reporters at the FINAL COUNT ROOM Marie said it.", "Marie", "Marie Final Count Room"),
        ("EXCLUSIVE INTERVIEW WITH HALVEX Sylvain today.", "", "Sylvain Interview With Halvex"),
    ],
)  # fmt: skip
def test_family_name_in_capitals_first(sentence: str, person: str, not_found: str) -> None:
    found = {m.mention.label: m.mention.type for m in mentions(sentence)}
    if person:
        assert found.get(person) == "PERSON", found
    assert not_found not in found, found


@pytest.mark.parametrize(
    ("sentence", "written", "type_", "honorific", "roles"),
    [
        # a capital the NER took for a person is the city ...
        ("Paris said the talks were over.", "Paris", "GPE", "", ()),
        # ... not after a courtesy title or a title: a family name ("Ms. Paris")
        ("Ms. Paris said the bank was safe.", "Paris", "PERSON", "Ms.", ()),
        ("Senator Lima said the bank was safe.", "Lima", "PERSON", "", ("Senator",)),
    ],
)
def test_capital_or_a_titled_family_name(
    sentence: str, written: str, type_: str, honorific: str, roles: tuple[str, ...]
) -> None:
    (mention,) = [m.mention for m in mentions(sentence) if m.mention.text == written]
    assert (mention.type, mention.honorific, mention.roles) == (type_, honorific, roles)


@pytest.mark.parametrize(
    ("sentence", "written", "label", "country"),
    [
        ("Officials in Kiev said the talks would resume.", "Kiev", "Kyiv", "UKR"),
        ("Officials in Kyiv said the talks would resume.", "Kyiv", "Kyiv", "UKR"),
        ("The ministry in Nur-Sultan said nothing.", "Nur-Sultan", "Astana", "KAZ"),
        ("KIEV -- Officials in Kiev said the deliveries would resume.", "KIEV", "Kyiv", "UKR"),
        ("Officials in Bogotá said the talks would resume.", "Bogotá", "Bogotá", "COL"),
        # must not: a capital's name that other places or people bear keeps its own
        ("Officials in Victoria said the talks would resume.", "Victoria", "Victoria", ""),
        ("Officials in Kingston said the talks would resume.", "Kingston", "Kingston", ""),
        (
            "Officials in Washington DC said the talks would resume.",
            "Washington DC",
            "Washington DC",
            "USA",
        ),
    ],
)
def test_capital_by_the_gazetteers_name(
    sentence: str, written: str, label: str, country: str
) -> None:
    """A capital however written ("Kiev") is one place by the gazetteer's name of it."""
    (mention,) = [m.mention for m in mentions(sentence) if m.mention.text == written]
    assert mention.label == label
    if country:
        assert mention.country == country


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("KIEV -- Officials in Kiev said the deliveries would resume.", ["Kyiv"]),
        # must not: the capital is no state of its country's that shares its name
        (
            "Officials in Washington DC said the talks would resume. Microsoft is based in"
            " Washington state.",
            ["Microsoft", "Washington", "Washington DC"],
        ),
    ],
)
def test_capital_written_two_ways_is_one_actor(text: str, labels: list[str]) -> None:
    assert sorted(e.label for e in entities(text).values()) == labels


def test_adjective_norp_without_a_country_is_not_an_actor() -> None:
    assert "European" not in _by_name("European leaders met in Brussels.")


def test_title_modifier_is_not_a_name() -> None:
    names = set(_by_name("President Cyril Ramaphosa met Chinese President Xi Jinping."))
    assert not {n for n in names if n.startswith("President")}


def test_fragment_ending_in_of_is_repaired() -> None:
    # The NER cut "Group of" + "20": the name is mended, not kept as a fragment.
    doc = _with_ents("Leaders of the Group of 20 met in Rome.", [(3, 5, "ORG"), (8, 9, "GPE")])
    names = [m.mention.label for m in find_mentions(doc, "t")]
    assert "Group of 20" in names
    assert "Group of" not in names


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # a small word the NER ran into the end of a name, after a space, is cut off
        ("He leaves this month for al-Kessar in Jeddah.", (5, 9), "al-Kessar"),
        ("Fans flew to Halvex at dawn.", (3, 5), "Halvex"),
        # must not: a hyphenated syllable of a name; a fragment mended with the words after
        ("Moon Jae-in met the press.", (0, 4), "Moon Jae-in"),
        ("Leaders of the Club of Nine met.", (3, 5), "Club of Nine"),
    ],
)
def test_a_small_word_at_a_names_end_is_cut_off(
    text: str, span: tuple[int, int], name: str
) -> None:
    doc = _with_ents(text, [(*span, "ORG" if name != "Moon Jae-in" else "PERSON")])
    assert [m.mention.label for m in find_mentions(doc, "t")] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the NER tagged the family name alone, reading "Do" as a verb
        ("The candidate is Roe Do-yeon, a welder. Roe Do-yeon won.", "Roe Do-yeon"),
        ("Roe Chang-min said so. Roe Chang-min left.", "Roe Chang-min"),
        ("Candidate Roe Do-yeon, who was not invited, spoke.", "Roe Do-yeon"),
        ("Roe Do-yeon plans were read. Roe Do-yeon plans were read.", "Roe Do-yeon"),
        # must not: written once (a compound in a headline), a compound, three pieces,
        # a long family name, a capital after the hyphen, a lower-case first syllable
        ("Roe Long-term plans.", "Roe"),
        ("Roe Co-founder Lee spoke. Roe Co-founder Lee left.", "Roe"),
        ("Roe Do-it-yourself shops. Roe Do-it-yourself shops.", "Roe"),
        ("Kessler Ji-hoon said so. Kessler Ji-hoon left.", "Kessler"),
        ("Roe Big-Money deals. Roe Big-Money deals.", "Roe"),
        ("Roe do-yeon said so. Roe do-yeon left.", "Roe"),
        ("He met Roe.", "Roe"),
        ("Roe Halvex-led talks. Roe Halvex-led talks.", "Roe"),
        ("Roe UN-led talks. Roe UN-led talks.", "Roe"),
    ],
)
def test_a_given_name_of_two_syllables_left_off_joins_the_family_name(text: str, name: str) -> None:
    doc = _with_ents(
        text,
        [(i, i + 1, "PERSON") for i, t in enumerate(nlp()(text)) if t.text in ("Roe", "Kessler")],
    )
    assert [m.mention.label for m in find_mentions(doc, "t") if m.mention.type == "PERSON"][:1] == [
        name
    ]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("She was a former mayor of Kessel for a decade.", "GPE"),
        ("She was the deputy mayor of Kessel for a decade.", "GPE"),
        # must not: no town's office before it
        ("She was a former partner of Kessel for a decade.", "ORG"),
        ("She was a former director of Kessel for a decade.", "ORG"),
        ("She was the mayor with Kessel for a decade.", "ORG"),
    ],
)
def test_the_town_a_mayor_is_of_is_a_place(text: str, type_: str) -> None:
    i = [t.text for t in nlp()(text)].index("Kessel")
    doc = _with_ents(text, [(i, i + 1, "ORG")])
    assert [m.mention.type for m in find_mentions(doc, "t")] == [type_]


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("The Tamil fishermen were freed.", "Tamil", False),
        ("The Sri Lankan Tamil parties agreed.", "Sri Lankan Tamil", False),
        # must not: a language's name that speaks, a name of no language, no demonym
        # before the language
        ("Tamil said the fishermen were freed.", "Tamil", True),
        ("The Kessel fishermen were freed.", "Kessel", True),
        ("Tamil Roe spoke. The Tamil aides agreed.", "Tamil", True),
        ("The Marlo Tamil fishermen were freed.", "Marlo Tamil", True),
    ],
)
def test_a_languages_name_before_a_noun_is_no_person(text: str, name: str, person: bool) -> None:
    named = [("Tamil Roe", "PERSON")] if text.startswith("Tamil Roe") else []
    doc = with_ents(text, [*named, (name, "PERSON")])
    found = [m.mention.label for m in find_mentions(doc, "t") if m.mention.type == "PERSON"]
    assert (found[-1:] == [name]) is person


@pytest.mark.parametrize(
    ("text", "ent", "found"),
    [
        ('Jane Halvex spoke. "Halvex-san is wise," she said.', "Halvex-san", ("Halvex", "PERSON")),
        (
            'Raja Kessler spoke. "Kessler-ji will win," said a fan.',
            "Kessler-ji",
            ("Kessler", "PERSON"),
        ),
        ("Marlow Roe spoke. Marlow-da waved from the stage.", "Marlow-da", ("Marlow", "PERSON")),
        # must not: a word no person's name of the article has (a syllable of a given
        # name, a company's, a mountain's); more than one word; a hyphen spaced; a word
        # of no courtesy after the hyphen
        ("Chen Wei-kun spoke. Wei-kun waved.", "Wei-kun", ("Wei-kun", "GPE")),
        ("The Halvex-San resort opened.", "Halvex-San", ("Halvex-San", "GPE")),
        ("Jane Li spoke. Li Wei-da spoke on Monday.", "Li Wei-da", ("Li Wei-da", "PERSON")),
        ("Jane Halvex spoke. Halvex - san is wise.", "Halvex - san", ("Halvex", "GPE")),
        ("Jane Halvex spoke. Halvex-Kessel is wise.", "Halvex-Kessel", ("Halvex-Kessel", "GPE")),
        ("Jane Halvex spoke. Halvex-Chan grew.", "Halvex-Chan", ("Halvex-Chan", "GPE")),
    ],
)
def test_a_courtesy_word_after_a_name_is_cut_off(
    text: str, ent: str, found: tuple[str, str]
) -> None:
    full = [(w, "PERSON") for w in ("Jane Halvex", "Raja Kessler", "Marlow Roe", "Jane Li")]
    people = [(w, label) for w, label in full if text.startswith(w)]
    doc = with_ents(text, [*people, (ent, "GPE")])
    mention = [m.mention for m in find_mentions(doc, "t")][-1]
    assert (mention.label, mention.type) == found


def test_syllables_the_ner_tagged_are_no_given_name_left_off() -> None:
    text = "Roe Ki-tae spoke. Roe Ki-tae left."
    doc = with_ents(text, [("Roe", "PERSON"), ("Ki-tae", "PERSON")])
    assert [m.mention.label for m in find_mentions(doc, "t")][:2] == ["Roe", "Ki-tae"]


def test_unrepairable_fragment_is_dropped() -> None:
    doc = _with_ents("The Group of leaders met.", [(1, 3, "ORG")])
    assert [m.mention.label for m in find_mentions(doc, "t")] == []


def test_group_of_20_kept_whole_by_the_parser() -> None:
    assert "Group of 20" in _by_name("Finance ministers from the Group of 20 gathered in Brazil.")


@pytest.mark.parametrize(
    ("text", "start", "platform"),
    [
        ("Javier Milei said in a post on Telegram that Argentina would leave.", 7, "Telegram"),
        ("Nayib Bukele wrote in a message on Rumble that he had won.", 7, "Rumble"),
        ("The minister said in a video on Odysee that talks had failed.", 7, "Odysee"),
    ],
)
def test_platform_after_a_post_is_an_org(text: str, start: int, platform: str) -> None:
    doc = _with_ents(text, [(start, start + 1, "PERSON")])
    assert doc[start].text == platform
    found = {m.mention.label: m.mention for m in find_mentions(doc, "t")}
    assert found[platform].type == "ORG"


def test_platform_x_is_never_a_person() -> None:
    doc = _with_ents(
        "Elon Musk wrote in a post on X that he disagreed.", [(0, 2, "PERSON"), (7, 8, "PERSON")]
    )
    found = {m.mention.label: m.mention for m in find_mentions(doc, "t")}
    assert found["Elon Musk"].type == "PERSON"
    assert "X" not in found or found["X"].type != "PERSON"


def test_person_after_on_is_still_a_person() -> None:
    doc = _with_ents("Brazil relied on Lula for the deal.", [(0, 1, "GPE"), (3, 4, "PERSON")])
    found = {m.mention.label: m.mention for m in find_mentions(doc, "t")}
    assert found["Lula"].type == "PERSON"


def test_junk_entities_are_dropped_from_mentions() -> None:
    doc = _with_ents(
        "Breaking News : Japan and China agree .", [(0, 2, "ORG"), (3, 4, "GPE"), (5, 6, "GPE")]
    )
    assert [m.mention.label for m in find_mentions(doc, "t")] == ["Japan", "China"]


def test_mentions_carry_offsets_into_the_text() -> None:
    text = "Kenya hosted Ethiopia for two days of talks."
    for m in mentions(text):
        assert text[m.mention.start : m.mention.end] == m.mention.text
        assert m.mention.sent_index == 0


def test_title_with_of_is_a_role_not_an_actor() -> None:
    from tests.extraction_helpers import extract

    ex = extract("Secretary of State Antony Blinken flew to Cairo on Monday.")
    people = {e.label: e for e in ex.entities}
    assert people["Antony Blinken"].roles == ("Secretary of State",)
    assert "State" not in people


def test_hyphenated_given_name_is_kept_whole() -> None:
    from tests.extraction_helpers import extract

    ex = extract("South Korean President Moon Jae-in urged calm on Saturday.")
    assert "Moon Jae-in" in {e.label for e in ex.entities}


def test_name_after_said_on_is_a_medium() -> None:
    from tests.extraction_helpers import extract

    ex = extract("The minister said on Twitter that the border would reopen.")
    types = {e.label: e.type for e in ex.entities}
    assert types.get("Twitter") != "PERSON"


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("REUTERS/Carlos Barria", True),
        ("Photo by Jane Smith", True),
        ("RFE/RL", False),
        ("RFE/RL Russian Service", False),
    ],
)
def test_photo_credits_are_junk(text: str, junk: bool) -> None:
    from kg.mentions import is_junk

    assert is_junk(text) is junk


def test_country_names_the_ner_missed_are_found() -> None:
    from tests.extraction_helpers import extract

    ex = extract("Bahrain severed ties with Qatar.")
    assert {e.label for e in ex.entities} >= {"Bahrain", "Qatar"}
    # Lower-case words that spell a code or an ambiguous name are never countries.
    ex = extract("Tell us about the turkey and chad they ate.")
    assert not [e for e in ex.entities if e.type == "GPE"]


def test_surname_the_ner_missed_joins_the_person() -> None:
    from tests.extraction_helpers import edges

    text = (
        "Secretary of State Mike Pompeo said talks would go on. Pompeo spoke with his"
        " Russian counterpart Sergei Lavrov."
    )
    found = edges(text)
    assert ("Mike Pompeo", "CONSULT", "Sergei Lavrov") in found or (
        "Sergei Lavrov",
        "CONSULT",
        "Mike Pompeo",
    ) in found
    assert ("Sergei Lavrov", "LEADER_OF", "Russia") not in found


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # two countries glued by a hyphen are two mentions
        ("Israel-Syria talks resumed in Geneva.", {"Israel", "Syria"}),
        ("US-China relations worsened.", {"United States", "China"}),
        ("The Iran-Iraq war ended in 1988.", {"Iran", "Iraq"}),
    ],
)
def test_two_countries_in_one_hyphenated_name(text: str, countries: set[str]) -> None:
    from tests.extraction_helpers import extract

    labels = {e.label for e in extract(text).entities}
    assert countries <= labels, labels
    assert not any("-" in label for label in labels), labels


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a country's own hyphenated name is one country
        ("Guinea-Bissau voted on Sunday.", "Guinea-Bissau"),
        ("Bosnia-Herzegovina voted on Sunday.", "Bosnia-Herzegovina"),
    ],
)
def test_a_hyphenated_country_name_stays_whole(text: str, country: str) -> None:
    from tests.extraction_helpers import extract

    assert country in {e.label for e in extract(text).entities}


@pytest.mark.parametrize(
    ("text", "ents", "name", "expected"),
    [
        # an age between commas after a name: a person whatever the NER said
        (
            "Kessler , 61 , who ran the Zeta Bank , was arrested .",
            [(0, 1, "ORG")],
            "Kessler",
            "PERSON",
        ),
        ("Marlow , 54 , is a former professor .", [(0, 1, "GPE")], "Marlow", "PERSON"),
        # a list of counts, a body's name, a known place, a year: no age
        ("Votes went to Norland , 12 , and Vesta , 9 .", [(3, 4, "GPE")], "Norland", "GPE"),
        ("Acme Group , 50 , is a big firm .", [(0, 2, "ORG")], "Acme Group", "ORG"),
        ("Rain fell on Halden , 12 , and more fell later .", [(3, 4, "GPE")], "Halden", "GPE"),
        ("Turnout in Ohio , 12 , was low .", [(2, 3, "GPE")], "Ohio", "GPE"),
        ("Marlow , 2012 , was a good year .", [(0, 1, "GPE")], "Marlow", "GPE"),
    ],
)
def test_a_name_with_an_age_is_a_person(
    text: str, ents: list[tuple[int, int, str]], name: str, expected: str
) -> None:
    found = {m.mention.label: m.mention for m in find_mentions(_with_ents(text, ents), "t")}
    assert found[name].type == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            'Harrison "Trey" Poole III unveiled plans for a stadium on Monday.',
            ['Harrison "Trey" Poole III'],
            id="a nickname in quotes the NER cut the name at",
        ),
        pytest.param(
            "The owner, Angela \u201cAngie\u201d Prewitt-Hayes, won on Monday.",
            ["Angela \u201cAngie\u201d Prewitt-Hayes"],
            id="curly quotes and a hyphenated family name",
        ),
        pytest.param(
            'Jane Roe said "Halvex" was fine.',
            ["Jane Roe"],
            id="must not: a quotation after the name",
        ),
        pytest.param(
            'Harrison "Trey" Poole Tells Council Stadium Plan Is Dead',
            ['Harrison "Trey" Poole Tells'],
            id="at most two words of a family name after the nickname",
        ),
    ],
)
def test_name_with_a_quoted_nickname_is_one_person(text: str, names: list[str]) -> None:
    assert [m.mention.label for m in mentions(text) if m.mention.type == "PERSON"] == names


@pytest.mark.parametrize(
    ("text", "ents", "names"),
    [
        pytest.param(
            'It would leave Prime Minister Somchai "Tong" Kessarin in charge.',
            [('Somchai "Tong"', "PERSON")],
            ['Somchai "Tong" Kessarin'],
            id="the NER took the nickname in and left the family name out",
        ),
        pytest.param(
            'It would leave Prime Minister Somchai "Tong" Kessarin in charge.',
            [('Somchai "Tong', "PERSON")],
            ['Somchai "Tong" Kessarin'],
            id="and its closing quote out",
        ),
        pytest.param(
            'Captain Somchai "Jay" Kessarin scored.',
            [('Somchai "Jay"', "PERSON"), ("Kessarin", "PERSON")],
            ['Somchai "Jay" Kessarin'],
            id="and tagged the family name apart",
        ),
        pytest.param(
            'Fans of Somchai "Tong" said so.',
            [('Somchai "Tong"', "PERSON")],
            ['Somchai "Tong'],  # as the NER cut it, its last quote trimmed as ever
            id="must not: no capitalised word after the nickname",
        ),
    ],
)
def test_name_cut_after_its_quoted_nickname(
    text: str, ents: list[tuple[str, str]], names: list[str]
) -> None:
    found = find_mentions(with_ents(text, ents), "t")
    assert [m.mention.label for m in found if m.mention.type == "PERSON"] == names


@pytest.mark.parametrize(
    ("text", "name", "ner", "expected"),
    [
        pytest.param(
            "The Gold Coast Herald reported it.", "Gold Coast Herald", "LOC", "ORG",
            id="a newspaper the NER typed a place",
        ),
        pytest.param(
            "The Kano State Government said so.", "Kano State Government", "GPE", "ORG",
            id="a government",
        ),
        pytest.param(
            "Israel occupied the West Bank.", "West Bank", "GPE", "GPE",
            id="must not: a place's name that ends like a bank's",
        ),
        pytest.param(
            "The Soviet Union collapsed.", "Soviet Union", "GPE", "GPE",
            id="must not: a union of states",
        ),
        pytest.param(
            "Floods hit Marlo Province.", "Marlo Province", "GPE", "GPE",
            id="must not: no organisation's head word",
        ),
        pytest.param(
            "Residents of the Eastern Bloc recalled it.", "Eastern Bloc", "LOC", "LOC",
            id="must not: a region named a bloc",
        ),
        pytest.param(
            "Ships are built in Newport News.", "Newport News", "GPE", "GPE",
            id="must not: a city named like a newspaper",
        ),
        pytest.param(
            "Floods hit Marlo Department.", "Marlo Department", "GPE", "GPE",
            id="must not: a department of a country",
        ),
        pytest.param(
            "The Government fell.", "Government", "GPE", "GPE",
            id="must not: one word",
        ),
    ],
)  # fmt: skip
def test_place_named_like_an_organisation_is_one(
    text: str, name: str, ner: str, expected: str
) -> None:
    found = {m.mention.label: m.mention for m in find_mentions(with_ents(text, [(name, ner)]), "t")}
    assert found[name].type == expected


@pytest.mark.parametrize(
    ("text", "span", "type_", "name", "roles"),
    [
        # Afghan news writes an engineer's degree as his title, as Nigerian "Engr."
        ("Engineer Jawed Kessar opened the dam.", "Engineer Jawed Kessar", "PERSON",
         "Jawed Kessar", ("Engineer",)),
        ("Engineer Kessar opened the dam.", "Engineer Kessar", "PERSON", "Kessar", ("Engineer",)),
        # not the name of an organisation ("Engineer Corps" names no engineer)
        ("Engineer Corps officers came.", "Engineer Corps", "ORG", "Engineer Corps", ()),
    ],
)  # fmt: skip
def test_title_the_ner_kept_in_the_span(
    text: str, span: str, type_: str, name: str, roles: tuple[str, ...]
) -> None:
    doc = with_ents(text, [(span, type_)])
    found = {m.mention.label: m.mention for m in find_mentions(doc, "t")}
    assert name in found, list(found)
    assert found[name].roles == roles


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param("The Chilean Foreign Ministry said so.", "Chilean Foreign Ministry", "CHL",
                     id="a body named with a demonym"),
        pytest.param("Chinese Sea Products Corp expanded.", "Chinese Sea Products Corp", "CHN",
                     id="a company whose next word is a sea's"),
        pytest.param("The Indian Ocean Tuna Commission met.", "Indian Ocean Tuna Commission",
                     "", id="must not: a body named after a sea the demonym names"),
    ],
)  # fmt: skip
def test_country_of_an_organisation_named_with_a_demonym(
    text: str, name: str, country: str
) -> None:
    found = {
        m.mention.label: m.mention for m in find_mentions(with_ents(text, [(name, "ORG")]), "t")
    }
    assert found[name].country == country


@pytest.mark.parametrize(
    ("text", "ents", "names"),
    [
        pytest.param(
            "Agents of the Economic and Financial Crimes Commission (EFCC) came.",
            [("Financial Crimes Commission", "ORG"), ("EFCC", "ORG")],
            ["Economic and Financial Crimes Commission", "EFCC"],
            id="the NER started the name after its first word and 'and'",
        ),
        pytest.param(
            "Officers of the Marlo Drug Law Agency (MDLA) came.",
            [("Law Agency", "ORG"), ("MDLA", "ORG")],
            ["Marlo Drug Law Agency", "MDLA"],
            id="after two words",
        ),
        pytest.param(
            "He met Ghana and the Financial Crimes Commission (EFCC) on Monday.",
            [("Ghana", "GPE"), ("Financial Crimes Commission", "ORG"), ("EFCC", "ORG")],
            ["Ghana", "Financial Crimes Commission", "EFCC"],
            id="must not: 'the' before the name, another entity before that",
        ),
        pytest.param(
            "Officials of Ghana Cocoa Board (GCB) came.",
            [("Ghana", "GPE"), ("Cocoa Board", "ORG"), ("GCB", "ORG")],
            ["Ghana", "Cocoa Board", "GCB"],
            id="must not: over the words of another entity",
        ),
        pytest.param(
            "In Financial Crimes Commission (FCC) reports, fraud rose.",
            [("Financial Crimes Commission", "ORG"), ("FCC", "ORG")],
            ["Financial Crimes Commission", "FCC"],
            id="must not: a short word a capital starts the sentence with",
        ),
        pytest.param(
            "Staff of Financial Crimes Commission (FCC) came.",
            [("Financial Crimes Commission", "ORG"), ("FCC", "ORG")],
            ["Financial Crimes Commission", "FCC"],
            id="must not: the name spells its acronym already",
        ),
        pytest.param(
            "On Monday Economic Crimes Commission (XECC) agents came.",
            [("Economic Crimes Commission", "ORG"), ("XECC", "ORG")],
            ["Economic Crimes Commission", "XECC"],
            id="must not: no words before it complete the acronym",
        ),
    ],
)
def test_name_started_after_the_first_letters_of_its_acronym(
    text: str, ents: list[tuple[str, str]], names: list[str]
) -> None:
    found = find_mentions(with_ents(text, ents), "t")
    assert [m.mention.label for m in found if m.mention.type != "DATE"] == names


@pytest.mark.parametrize(
    ("text", "ents", "names"),
    [
        pytest.param(
            "It took Kwame Osei Jnr five games to score.",
            [("Kwame Osei", "PERSON")],
            ["Kwame Osei Jnr"],
            id="the NER ended the name before Jnr",
        ),
        pytest.param(
            "Roger Kessel Sr said he was proud.",
            [("Roger Kessel", "PERSON")],
            ["Roger Kessel Sr"],
            id="and before Sr",
        ),
        pytest.param(
            "Judge Edwin Roe III ruled on Monday.",
            [("Edwin Roe", "PERSON")],
            ["Edwin Roe III"],
            id="and before III",
        ),
        pytest.param(
            "Octavio Kessar Roe hijo bought the club.",
            [("Octavio Kessar Roe", "PERSON")],
            ["Octavio Kessar Roe hijo"],
            id="and before the Spanish hijo",
        ),
        pytest.param(
            "Antônio Kessar Roe Filho scored twice.",
            [("Antônio Kessar Roe", "PERSON")],
            ["Antônio Kessar Roe Filho"],
            id="and before the Portuguese Filho",
        ),
        pytest.param(
            "Octavio Kessar Roe hijo mayor de la familia spoke.",
            [("Octavio Kessar Roe", "PERSON")],
            ["Octavio Kessar Roe"],
            id="must not: hijo mayor, the eldest son",
        ),
        pytest.param(
            "The coach is Octavio Kessar Roe hijo de María Roe.",
            [("Octavio Kessar Roe", "PERSON"), ("María Roe", "PERSON")],
            ["Octavio Kessar Roe", "María Roe"],
            id="must not: hijo de, the son of someone",
        ),
        pytest.param(
            "The Edwin Roe Jr. Foundation paid for it.",
            [("Edwin Roe", "PERSON"), ("Jr. Foundation", "ORG")],
            ["Edwin Roe"],
            id="must not: the suffix starts another entity",
        ),
        pytest.param(
            "Fans of Roe II cheered.",
            [("Roe", "PERSON")],
            ["Roe"],
            id="must not: one word",
        ),
        pytest.param(
            "Officials of the ministry Jr said so.",
            [("the ministry", "PERSON")],
            [],
            id="must not: words that are no name",
        ),
    ],
)
def test_name_ended_before_its_generation(
    text: str, ents: list[tuple[str, str]], names: list[str]
) -> None:
    found = find_mentions(with_ents(text, ents), "t")
    assert [m.mention.label for m in found if m.mention.type == "PERSON"] == names


@pytest.mark.parametrize(
    ("text", "ents", "name", "expected"),
    [
        # a generational suffix last: a person whatever the NER said
        ("He threatened a visit to Roe Jr. 's home .", [(5, 7, "ORG")], "Roe Jr.", "PERSON"),
        ("Edwin Roe Sr. backed the plan .", [(0, 3, "GPE")], "Edwin Roe Sr.", "PERSON"),
        # "III" after the family name of a person the article names
        (
            "Charles Roe Jr. spoke . Deputies said Roe III failed .",
            [(0, 3, "PERSON"), (7, 9, "ORG")],
            "Roe III",
            "PERSON",
        ),
        # must not: a fund numbered so, or no person of that family
        ("The Kessel Fund III raised money .", [(1, 4, "ORG")], "Kessel Fund III", "ORG"),
        ("Deputies said Roe III failed .", [(2, 4, "ORG")], "Roe III", "ORG"),
        # must not: a name that goes on after the suffix
        (
            "Schools closed for Martin Luther King Jr. Day .",
            [(3, 8, "ORG")],
            "Martin Luther King Jr. Day",
            "ORG",
        ),
    ],
)
def test_a_name_ending_with_a_generation_is_a_person(
    text: str, ents: list[tuple[int, int, str]], name: str, expected: str
) -> None:
    found = {m.mention.label: m.mention for m in find_mentions(_with_ents(text, ents), "t")}
    assert found[name].type == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Two bakeries in Marlo closed last week, says a report on MarloDaily.net.",
            "MarloDaily.net",
            id="a web address the NER left out",
        ),
        pytest.param(
            "Harbour fees went up twice this year, according to HalvexNews.info.",
            "HalvexNews.info",
            id="after according to, another ending",
        ),
        pytest.param(
            "Readers of NORPRESS.com and HVX.net complained.",
            "NORPRESS.com",
            id="a site in capitals",
        ),
        # must not be taken
        pytest.param("Readers can write to jane@marlotimes.com for copies.", None, id="e-mail"),
        pytest.param("The forms are on marlotimes.com for all readers.", None, id="lower case"),
        pytest.param("Sales rose 4.5 percent in March.", None, id="a number"),
        pytest.param("BAKERY PRICES.COM", None, id="an ending in capitals"),
    ],
)
def test_web_address_is_an_organisation(text: str, name: str | None) -> None:
    """A capitalised web address is an outlet or company whether or not the NER tagged
    it, its name in capitals too ("NORPRESS.com"); an ending in capitals is left out (a
    headline's words run together)."""
    found = {m.mention.label: m.mention.type for m in mentions(text)}
    if name is None:
        assert not any("." in label for label in found), found
    else:
        assert found.get(name) == "ORG", found


def test_web_address_inside_a_name_stays_in_it() -> None:
    """An address the NER took into a longer name is no actor of its own."""
    found = {m.mention.label for m in mentions("The HalvexNews.com Foundation gave grants.")}
    assert found == {"HalvexNews.com Foundation"}


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        pytest.param(
            "Grace Okafor, the first lady, opened the school.",
            "Grace Okafor",
            "lady",
            id="an apposition after the name",
        ),
        pytest.param(
            "The minister stood beside the first lady, Grace Okafor, and Vice President Tom Bell.",
            "Grace Okafor",
            "lady",
            id="an apposition the parser read as the first item of a list",
        ),
        pytest.param(
            "The minister thanked the lady, the clerk and Grace Okafor.",
            "Grace Okafor",
            "",
            id="must not: a list whose first item is a gendered noun",
        ),
        pytest.param(
            "He met the farmers, Grace Okafor and Tom Bell.",
            "Grace Okafor",
            "",
            id="must not: an apposition to a noun that says no gender",
        ),
        pytest.param(
            "The bank froze the accounts of Georges Marlo, his wife Mona Marlo and their"
            " holding company, Marlo Holding S.A.L., and closed three branches.",
            "Mona Marlo",
            "wife",
            id="a kin word before the name it introduces",
        ),
        pytest.param(
            "The bank froze the accounts of Georges Marlo, his wife Mona Marlo and their"
            " holding company, Marlo Holding S.A.L., and closed three branches.",
            "Georges Marlo",
            "",
            id="must not: the kin word of the name in apposition after it",
        ),
        pytest.param(
            "Georges Marlo, his wife, said so.",
            "Georges Marlo",
            "wife",
            id="a kin word alone in apposition",
        ),
        pytest.param(
            "He is survived by his son, Paul Finch, and his daughter-in-law, Megan Finch.",
            "Megan Finch",
            "daughter-in-law",
            id="a kin word with '-in-law'",
        ),
        pytest.param(
            "Toninho, born Roger Kessel Jr., is the son of Roger Kessel, the former striker.",
            "Roger Kessel",
            "parent",
            id="a full name after a child's 'of'",
        ),
        pytest.param(
            "Later Yevgeny Ivanovich Kessarov, the son of a miner, denied the charges.",
            "Yevgeny Ivanovich Kessarov",
            "",
            id="must not: a child's kin word with its parent after 'of'",
        ),
        pytest.param(
            '"General Roe has always said that he is a son of the Church," the spokesman declared.',
            "Church",
            "",
            id="must not: no person's full name",
        ),
    ],
)
def test_descriptor_of_a_name(text: str, name: str, said: str) -> None:
    (found,) = [m.mention for m in mentions(text) if m.mention.label == name]
    assert found.descriptor == said


def test_untagged_surname_after_its_given_name_is_the_full_name() -> None:
    # The NER tags neither name of the last sentence: the surname is recovered with the
    # given name before it, the person the article named in full, not as a lone "Dorsk".
    text = (
        "His wife, Ivanka Dorsk, works as an adviser in the White House. Anton Kushnir"
        " said so.\n\nKushnir and Ivanka Dorsk are expected to travel again to the Middle"
        " East this summer."
    )
    labels = [m.mention.label for m in mentions(text) if m.mention.type == "PERSON"]
    assert labels.count("Ivanka Dorsk") == 2
    assert "Dorsk" not in labels


@pytest.mark.parametrize(
    ("text", "full", "lone"),
    [
        pytest.param(
            "Melania Dorsk underwent a procedure on Monday. The announcement came on the same"
            " day that Ivanka Dorsk and Jared Kushner led the delegation.",
            "Ivanka Dorsk",
            False,
            id="a given name the NER tagged otherwise: the full name, not her surname",
        ),
    ],
)
def test_untagged_surname_after_a_given_name_tagged_otherwise(
    text: str, full: str, lone: bool
) -> None:
    labels = [m.mention.label for m in mentions(text) if m.mention.type == "PERSON"]
    assert (full in labels) is not lone
    assert ("Dorsk" in labels) is lone


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "Mira Dorsk opened the hall. On the same day Apple Dorsk and Jared Kushner led"
            " the delegation.",
            ["Mira Dorsk", "Apple Dorsk"],
            id="a word no name data knows as a given name: a name the NER missed, whole",
        ),
        pytest.param(
            "Adi Vika Vakaloloma came with her husband, the Prime Minister, Ratu Josaia"
            " Vakaloloma, on Monday.",
            ["Adi Vika Vakaloloma", "Ratu Josaia Vakaloloma"],
            id="a chief's title and a given name",
        ),
        # must not: a title or a place before the surname
        pytest.param(
            "Mira Dorsk opened the hall. On the same day Senator Dorsk led the delegation.",
            ["Mira Dorsk", "Dorsk"],
            id="must not: a title",
        ),
        pytest.param(
            "Mira Dorsk opened the hall. Later Boston Dorsk led the delegation.",
            ["Mira Dorsk", "Dorsk"],
            id="must not: a place",
        ),
    ],
)
def test_untagged_surname_at_the_end_of_an_untagged_name(text: str, found: list[str]) -> None:
    """A family name of the article the NER left untagged after a capitalised word that
    is no title nor place ends another name the NER missed: taken whole, never joined
    to the bearer the article named in full."""
    labels = [
        m.mention.label
        for m in find_mentions(with_ents(text, [(found[0], "PERSON")]), "t")
        if m.mention.type == "PERSON"
    ]
    assert labels == found


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        pytest.param(
            "Kessvaart Peru, the local unit of the Dutch group, won the port concession.",
            "Kessvaart Peru",
            "ORG",
            id="a word and a country: a company's branch",
        ),
        pytest.param(
            "Michael Jordan said the team would win.",
            "Michael Jordan",
            "PERSON",
            id="must not: a given name first",
        ),
        pytest.param(
            "Kessvaart Jordan said the team would win.",
            "Kessvaart Jordan",
            "PERSON",
            id="must not: a country whose name is also a person's",
        ),
    ],
)
def test_person_named_after_a_country_is_a_branch(text: str, name: str, type_: str) -> None:
    found = [m.mention for m in mentions(text) if m.mention.label == name]
    assert found and {m.type for m in found} == {type_}


@pytest.mark.parametrize(
    "text",
    [
        "Kwame Rivers, a lawyer, said the case was weak.",
        "The lawyer Tunde Kano said the case was weak.",
        "Kessvaart Ontario said the plant would close.",
    ],
)
def test_person_named_after_a_region_stays_a_person(text: str) -> None:
    """Many regions are family names too ("Rivers", "Kano"): no branch of a body."""
    name = next(n for n in ("Kwame Rivers", "Tunde Kano", "Kessvaart Ontario") if n in text)
    found = [m.mention for m in find_mentions(with_ents(text, [(name, "PERSON")]), "t")]
    assert {m.type for m in found if m.label == name} == {"PERSON"}, found


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        pytest.param(
            "Sri Lanka Cricket suspended the chairman on Monday.",
            "Sri Lanka Cricket",
            "ORG",
            id="a country of two words, then a word",
        ),
        pytest.param(
            "Chad Marlow said the team would win.",
            "Chad Marlow",
            "PERSON",
            id="must not: a country of one word",
        ),
        pytest.param(
            "Georgia Marlow, 41, said she would appeal.",
            "Georgia Marlow",
            "PERSON",
            id="must not: a country of one word that is a given name",
        ),
    ],
)
def test_person_led_by_a_country_is_an_organisation(text: str, name: str, type_: str) -> None:
    found = [m.mention for m in mentions(text) if m.mention.label == name]
    assert found and {m.type for m in found} == {type_}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "The case led to the jailing pending trial of Lavalle Group chief executive Tomas"
            " Marlo Jr. Quentin has not been charged. Dan Quentin won the vote.",
            ["Tomas Marlo Jr.", "Quentin", "Dan Quentin"],
            id="a sentence that ends with Jr.: two names",
        ),
        pytest.param(
            "Ferro named Tomas Marlo Jr. Quentin as its chairman.",
            ["Tomas Marlo Jr. Quentin"],
            id="must not: a word the article names no one by elsewhere",
        ),
        pytest.param(
            "Schools closed for Martin Luther King Jr. Day on Monday.",
            ["Martin Luther King Jr. Day"],
            id="must not: a holiday's name",
        ),
    ],
)
def test_run_across_a_sentence_ending_with_a_suffix(text: str, names: list[str]) -> None:
    assert [m.mention.label for m in mentions(text) if m.mention.type == "PERSON"] == names


#: A family name written first ("Baek" of "Baek Seo-yeon") that the NER did not tag.
FAMILY_FIRST_ARTICLE = (
    "LIMA — Halvex Resources Co., Ltd. will keep the $2bn expansion of its Marlo Ridge "
    "copper mine frozen until Peru's next government takes office, the head of its "
    "Peruvian operations said, after talks between Peru and South Korea over a new export"
    ' levy ended without agreement in Santiago de Chile. \n\n "We cannot take a final '
    "investment decision on the basis of a tax that may be applied in September, reduced "
    'in October and withdrawn in November," Baek Seo-yeon said in an interview at the '
    "company's offices in Lima. \"We need to know who we are talking to, and we need to "
    "know the rule will last.\" \n\n Ms Baek, 41, the daughter of Halvex's founder and "
    "chairman, Baek Dong-su, has run the company's Peruvian business since 2026. She is "
    "regarded in Seoul as the most likely successor to her father, and her handling of "
    "the levy dispute is being watched closely by the company's shareholders."
)


def test_untagged_family_name_written_first_is_recovered() -> None:
    found = [m.mention for m in mentions(FAMILY_FIRST_ARTICLE) if m.mention.type == "PERSON"]
    assert [(m.label, m.honorific) for m in found if m.label == "Baek"][:1] == [("Baek", "Ms")]


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Baek Seo-yeon", "Baek"),
        ("Jean-Pierre Marlo", "Marlo"),
        ("Tomas Marlo-Vance", "Marlo-Vance"),
        ("Ana Beltran", "Beltran"),
        ("Edwin Marlo Sr.", "Marlo"),
        ("Edwin Marlo III", "Marlo"),
        ("Marlo Jr.", "Marlo"),
    ],
)
def test_family_name_as_written(name: str, family: str) -> None:
    assert family_name_as_written(name) == family


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("moon jae in", True),
        ("kim jong-un", True),
        ("xi jinping", True),
        ("jane roe", False),
        ("robert kessel", False),
    ],
)
def test_written_family_first(name: str, first: bool) -> None:
    assert written_family_first(name) is first


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Halvex Energy a.s. will build the line.",
            "Halvex Energy a.s",
            id="the NER typed the name PERSON and left the form out",
        ),
        pytest.param(
            "Kessel Energie a.s. will build the line.",
            "Kessel Energie a.s",
            id="the NER typed the name with its form PERSON",
        ),
        pytest.param(
            "Silva Doradztwo sp. z o.o. was paid twice.",
            "Silva Doradztwo sp. z o.o",
            id="a form of five tokens",
        ),
        pytest.param(
            "The order came from Malbud sp. z o.o., the building company.",
            "Malbud sp. z o.o",
            id="a form followed by a comma",
        ),
        pytest.param(
            "A spokesman for PJSC Severny said the company had received no claims.",
            "PJSC Severny",
            id="a form written before the name, typed apart by the NER",
        ),
        pytest.param(
            "Jane Roe of TOV Halvex Energo agreed to the terms.",
            "TOV Halvex Energo",
            id="a form written before a name the NER typed PERSON",
        ),
        pytest.param(
            "Indonesian miner PT Kessar Nikel Tbk (KNT) and a partner agreed on Monday.",
            "PT Kessar Nikel Tbk",
            id="a form before the name and one after it",
        ),
        pytest.param(
            "The plant is run by its unit Halvex Specialty Coatings LLC, the filing said.",
            "Halvex Specialty Coatings LLC",
            id="the NER cut the name a word short of its form and typed it PERSON",
        ),
    ],
)
def test_name_with_its_legal_form_is_an_organisation(text: str, name: str) -> None:
    found = {m.mention.label: m.mention.type for m in mentions(text)}
    assert found.get(name) == "ORG", found


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        pytest.param(
            '"We are ready," said PAO Jennifer Cole, a spokeswoman for the 3rd Infantry Division.',
            "Jennifer Cole",
            "PERSON",
            id="a public affairs officer",
        ),
        pytest.param(
            "Flight controllers at JSC Houston said the crew was safe.",
            "Houston",
            "GPE",
            id="a known place after the letters",
        ),
        pytest.param("Fans chanted OOO Ronaldo as he scored.", "Ronaldo", "PERSON", id="a cry"),
    ],
)
def test_letters_of_a_legal_form_before_no_company(text: str, name: str, type_: str) -> None:
    """Capitals ("PAO", a public affairs officer; "JSC", "OOO": forms written first) before a
    person's name or a place do not make them a company."""
    found = {m.mention.label: m.mention.type for m in mentions(text)}
    assert found.get(name) == type_, found


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        pytest.param(
            "Ruud van der Sluis runs the port.",
            [(0, 3, "PERSON"), (3, 4, "PERSON")],
            "Ruud van der Sluis",
            id="the family name typed apart after the particles",
        ),
        pytest.param(
            "Wouter Van den Bossche said the union would strike.",
            [(0, 3, "PERSON"), (3, 4, "ORG")],
            "Wouter Van den Bossche",
            id="typed ORG after the particles",
        ),
        pytest.param(
            "Lieke van der Steen said talks would resume.",
            [(0, 2, "PERSON")],
            "Lieke van der Steen",
            id="a particle left out too, the family name in no entity",
        ),
    ],
)
def test_name_cut_after_a_particle(text: str, ents: list[tuple[int, int, str]], name: str) -> None:
    """A person's name never ends on "van", "der", "de" or "le": the NER cut it short."""
    found = {m.mention.label: m.mention.type for m in find_mentions(_with_ents(text, ents), "t")}
    assert found.get(name) == "PERSON", found


def test_capitalised_particle_takes_no_organisation() -> None:
    """ "Le", "Bin", "Di", "Da" written with a capital also end Chinese and Vietnamese names:
    after one, a word the NER typed as an organisation's stays the organisation's."""
    doc = _with_ents("Analyst Wu Le Halvex said exports fell.", [(1, 3, "PERSON"), (3, 4, "ORG")])
    found = {m.mention.label: m.mention.type for m in find_mentions(doc, "t")}
    assert (found.get("Wu Le"), found.get("Halvex")) == ("PERSON", "ORG"), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Officials told Lieke van that talks would resume.", id="a word in lower case"
        ),
        pytest.param("Officials told Lieke van 2 reasons.", id="a number"),
        pytest.param("Company spokesman Zhang Bin Tuesday told reporters.", id="a weekday"),
        pytest.param("Police arrested Nguyen Thi Le After the protest.", id="no proper noun"),
        pytest.param("Fisherman Tran Van Le Hanoi said nothing.", id="a known place"),
        pytest.param("Parliament confirmed Chen Bin Premier on Monday.", id="a title"),
        pytest.param(
            "Analyst Kim Da Halvex Research said exports fell.", id="another name's first word"
        ),
        pytest.param(
            "Analyst Zhou Le Morgan Halvex Asia said exports fell.",
            id="the first word of a longer capitalised run",
        ),
        pytest.param(
            "Analyst Wu Da Marlo Bank said exports fell.",
            id="a capitalised particle, then an organisation's word",
        ),
    ],
)
def test_name_ending_on_a_particle_takes_no_word_after(text: str) -> None:
    """`spans.particle_cut_off` takes only a capitalised word after the particles."""
    doc = nlp()(text)
    start = next(
        t.i
        for t in doc
        if t.text in ("Lieke", "Zhang", "Nguyen", "Tran", "Chen", "Kim", "Wu", "Zhou")
    )
    end = next(t.i for t in doc if t.lower_ in ("van", "bin", "le", "da")) + 1
    if doc[end].lower_ == "le":
        end += 1  # "Tran Van Le"
    span = Span(doc, start, end, label="PERSON")
    assert spans.particle_cut_off(span) is None, span


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The winners were announced on Friday. Singer Maren Kolbe Releases New LP was the"
            " most-read story of the week on the site.",
            id="two words of a headline, then two capitals",
        ),
        pytest.param(
            "The winners were announced on Friday. Maren Kolbe Becomes AG was the most-read"
            " story of the week.",
            id="a verb of a headline, then two capitals",
        ),
        pytest.param(
            "Maren Kolbe Sues Corp. for $5 million, her lawyer said on Monday.",
            id="a headline's verb, then a form with a dot",
        ),
        pytest.param(
            "Jane Roe Exits Corp. for good, her lawyer said on Monday.",
            id="a word no trigger list holds after a common given name",
        ),
        pytest.param(
            "The winners were announced on Friday. Maren Kolbe Leaves New Co. after a decade was"
            " the most-read story.",
            id="two words of a headline, then a form with a dot",
        ),
    ],
)
def test_headline_words_before_letters_make_no_company(text: str) -> None:
    """A person's name in a headline written into the text, then capitalised words and
    letters a form list holds ("LP", "AG"), stays the person's."""
    found = {m.mention.label: m.mention.type for m in mentions(text)}
    person = "Jane Roe" if "Jane Roe" in text else "Maren Kolbe"
    assert found.get(person) == "PERSON", found


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        pytest.param(
            "Investors told Jane Roe Halvex Inc. would pay.",
            [(2, 4, "PERSON"), (4, 7, "ORG")],
            id="the word between is another name's",
        ),
        pytest.param(
            "He met Ports Minister S.P. Kessar on Monday.",
            [(2, 3, "ORG"), (4, 7, "PERSON")],
            id="a person's initials after the next word, which read like a form",
        ),
        pytest.param(
            "Investors told Jane Roe. Halvex Inc. would pay.",
            [(2, 4, "PERSON"), (5, 8, "ORG")],
            id="a sentence starts between",
        ),
    ],
)
def test_no_words_between_a_person_and_another_companys_form(
    text: str, ents: list[tuple[int, int, str]]
) -> None:
    """A person's name is no company's short name when the word after it belongs to an
    entity of its own ("Jane Roe" before "Halvex Inc."), or a sentence starts after it."""
    found = {m.mention.label: m.mention.type for m in find_mentions(_with_ents(text, ents), "t")}
    person, org = ("Jane Roe", "Halvex Inc.") if "Jane Roe" in text else ("S. P. Kessar", "Ports")
    assert (found.get(person), found.get(org)) == ("PERSON", "ORG"), found


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        pytest.param("Jane Roe, as chair, spoke on Friday.", "Jane Roe", "PERSON", id="'as'"),
        pytest.param(
            "Officials met Jane Roe as the talks began.", "Jane Roe", "PERSON", id="'as' after"
        ),
        pytest.param(
            "Jane Roe SC said the law was clear.", "Jane Roe", "PERSON", id="a counsel's letters"
        ),
        pytest.param(
            "The PLB co-founder told reporters it was over.", "PLB", "ORG", id="'co-' of a word"
        ),
    ],
)
def test_word_that_is_also_a_legal_form_is_no_form(text: str, name: str, type_: str) -> None:
    found = {m.mention.label: m.mention.type for m in mentions(text)}
    assert found.get(name) == type_, found


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Halvex GmbH", True),
        ("Halvex a.s.", True),
        ("Kordon Marlo S.A.", True),
        ("Silva Marlo sp. z o.o.", True),
        ("Halvex Inc", True),
        ("Halvex AG", True),
        ("Halvex, Inc.", True),
        ("OOO Halvex Re", True),
        ("PJSC Severny", True),
        ("PAO Severny", False),  # a public affairs officer, not a form
        ("Severny PJSC", True),
        ("Halvex Capital Bhd", True),
        ("Halvex Capital Berhad", True),
        ("PT Halvex Nikel Tbk", True),
        ("Halvex Nikel Tbk", True),
        ("Halvex Logística Lda", True),
        ("Halvex Construções Ltda", True),
        ("Halvex Systems Oyj", True),
        ("UAB Halvex Energija", True),
        ("Halvex Trade MMC", True),
        ("ME TOO", False),  # "TOO" (Kazakh LLP) is left out: an English word in capitals
        ("Halvex Savdo MChJ", True),
        ("Halvex Kurulush OsOO", True),
        ("Halvex Holdings Public Company Limited", True),
        # must not: a word, or a word of a person's name that cleanco also strips
        ("Halvex as", False),
        ("PLB co", False),
        ("Dallas company.", False),  # a sentence's full stop
        ("Jane Roe SC", False),
        ("Nabil Sha", False),
        ("Halvex", False),
        ("France \t", False),  # only whitespace after the name
        ("Ooo Roe", False),  # a form written first counts in capitals only
        ("Ellen Pao", False),  # a family name, not a form written after a name
        ("OOO", False),
        ("PJSC severny", False),
        ("Uab Halvex", False),
        ("Halvex too.", False),  # a word ending a sentence
        ("Halvex ltd.", True),  # a form, in lower case
        ("Halvex plc", True),  # British companies write it in lower case
        ("Halvex Fjallvik hf", True),  # and Icelandic ones theirs
        ("Halvex ltd", False),  # no dot: a form only capitalised
        ("Halvex plc said", False),  # a form ends the name
        ("Halvex & Co plc", True),
        ("Halvex Fjallvik ehf", True),
    ],
)
def test_written_legal_form(name: str, written: bool) -> None:
    assert written_legal_form(name) is written


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # two given names sharing one family name: the first is that person's full name
        ("The couple Bill and Hillary Marlo came.",
         [("Bill", "PERSON"), ("Hillary Marlo", "PERSON")],
         [("Bill Marlo", "PERSON"), ("Hillary Marlo", "PERSON")]),
        ("Tomasz and Magda Rzepecki, his wife, voted.", [("Magda Rzepecki", "PERSON")],
         [("Tomasz Rzepecki", "PERSON"), ("Magda Rzepecki", "PERSON")]),
        # must not: a place, an organisation, a name of its own before "and"
        ("Georgia and Jane Marlo met.", [("Georgia", "GPE"), ("Jane Marlo", "PERSON")],
         [("Georgia", "GPE"), ("Jane Marlo", "PERSON")]),
        ("Ford and Jane Marlo met.", [("Ford", "ORG"), ("Jane Marlo", "PERSON")],
         [("Ford", "ORG"), ("Jane Marlo", "PERSON")]),
        ("Tom Roe and Jane Marlo met.", [("Tom Roe", "PERSON"), ("Jane Marlo", "PERSON")],
         [("Tom Roe", "PERSON"), ("Jane Marlo", "PERSON")]),
        ("Halvex and Jane Marlo met.", [("Jane Marlo", "PERSON")], [("Jane Marlo", "PERSON")]),
        # two brothers with an Arabic family name: each keeps his given name
        ("Ahmed and Mohammed el-Sayed, brothers, were held.", [("Ahmed", "PERSON"),
         ("Mohammed el-Sayed", "PERSON")],
         [("Ahmed el-Sayed", "PERSON"), ("Mohammed el-Sayed", "PERSON")]),
        # must not: nothing says they are kin ("Harris and Joe Marlo" may be a surname)
        ("Bill and Hillary Marlo attended.", [("Bill", "PERSON"), ("Hillary Marlo", "PERSON")],
         [("Bill", "PERSON"), ("Hillary Marlo", "PERSON")]),
        # must not: a surname or a one-name person before "and"
        ("Kessov and Donald Marlo met.", [("Kessov", "PERSON"), ("Donald Marlo", "PERSON")],
         [("Kessov", "PERSON"), ("Donald Marlo", "PERSON")]),
        # must not: after a title (a prince is named by his given name)
        ("Prince Tomas and Kate Marlo came.", [("Tomas", "PERSON"), ("Kate Marlo", "PERSON")],
         [("Tomas", "PERSON"), ("Kate Marlo", "PERSON")]),
        # must not: a family name of a person of the article
        ("Grace and John Marlo met John Grace.",
         [("Grace", "PERSON"), ("John Marlo", "PERSON"), ("John Grace", "PERSON")],
         [("Grace", "PERSON"), ("John Marlo", "PERSON"), ("John Grace", "PERSON")]),
        ("Search the Library and Music Store.",
         [("Library", "PERSON"), ("Music Store", "PERSON")],
         [("Library", "PERSON"), ("Music Store", "PERSON")]),
    ],
)  # fmt: skip
def test_given_names_sharing_a_family_name(
    text: str, ents: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    doc = with_ents(text, ents)
    assert [(m.mention.label, m.mention.type) for m in find_mentions(doc, "t")] == expected


@pytest.mark.parametrize(
    ("name", "spaced"),
    [
        ("S.P. Roe", "S. P. Roe"),
        ("J.R.R. Marlo", "J. R. R. Marlo"),
        # must not: initials already spaced, one initial, a middle initial
        ("S. P. Roe", "S. P. Roe"),
        ("W. Mark Roe", "W. Mark Roe"),
        ("Robert S. Roe III", "Robert S. Roe III"),
    ],
)
def test_spaced_initials(name: str, spaced: str) -> None:
    assert spaced_initials(name) == spaced


@pytest.mark.parametrize(
    ("name", "spelled"),
    [
        ("Group of 7", "G7"),
        ("U.S. Fisheries Board", "USFB"),
        # an elided article counts as no word, an accent as none
        ("Banque Centrale des États de l'Afrique de l'Ouest", "BCEAO"),
        ("Office National d’Électricité", "ONE"),
        # must not: an apostrophe inside a family name
        ("O'Brien Holdings", "OH"),
        ("D'Arcy Marlo Group", "DMG"),
    ],
)
def test_initials(name: str, spelled: str) -> None:
    assert initials(name) == spelled


@pytest.mark.parametrize(
    ("name", "spelled"),
    [
        ("Mouvement pour la renaissance nationale", "MRN"),
        ("Parti de l'Aube démocratique", "PAD"),
        ("Union générale des travailleurs du Sud", "UGTS"),
        ("Partido de los trabajadores", "PT"),
        # must not: a name in title case (`initials` spells it), or of one word
        ("Moroccan Royal Navy", ""),
        ("Food and Drug Administration", ""),
        ("Banco de la Nación", ""),
        ("Halvex", ""),
    ],
)
def test_sentence_case_initials(name: str, spelled: str) -> None:
    assert sentence_case_initials(name) == spelled


def test_glued_initials_of_a_person_are_one_name_with_spaced_ones() -> None:
    doc = with_ents("Minister S.P. Roe spoke.", [("S.P. Roe", "PERSON")])
    assert [m.mention.label for m in find_mentions(doc, "t")] == ["S. P. Roe"]
    # the name as written stays one of the person's names
    (roe,) = [e for e in entities("Minister S.P. Roe spoke. Roe left.").values()]
    assert {"S. P. Roe", "S.P. Roe"} <= set(roe.aliases)


@pytest.mark.parametrize(
    ("text", "ents", "found"),
    [
        pytest.param(
            "Mrs. Kessel told reporters the plan was fair.",
            [("Mrs. Kessel", "ORG")],
            ("Kessel", "PERSON", "Mrs."),
            id="a courtesy title before a name the NER typed ORG",
        ),
        pytest.param(
            "Ms Kessel-Marlo told reporters the plan was fair.",
            [("Ms Kessel-Marlo", "ORG")],
            ("Kessel-Marlo", "PERSON", "Ms"),
            id="and a hyphenated family name (two words, four tokens)",
        ),
        pytest.param(
            "Mr Ward-Roe Marlo Halvex spoke.",
            [("Mr Ward-Roe Marlo Halvex", "ORG")],
            ("Mr Ward-Roe Marlo Halvex", "ORG", ""),
            id="must not: four words",
        ),
        pytest.param(
            "Sir Kessel University said it would close.",
            [("Sir Kessel University", "ORG")],
            ("Sir Kessel University", "ORG", ""),
            id="must not: an organisation named after a titled person",
        ),
        pytest.param(
            "Begum Marlo University said it would close.",
            [("Begum Marlo University", "ORG")],
            ("Begum Marlo University", "ORG", ""),
            id="must not: nor after a courtesy title of South Asia",
        ),
        pytest.param(
            "Maulana Marlo said the court was wrong.",
            [("Maulana Marlo", "ORG")],
            ("Marlo", "PERSON", "Maulana"),
            id="a South Asian courtesy title before a name typed ORG",
        ),
    ],
)
def test_courtesy_title_makes_a_person_of_an_organisation(
    text: str, ents: list[tuple[str, str]], found: tuple[str, str, str]
) -> None:
    (mention,) = [m.mention for m in find_mentions(with_ents(text, ents), "t")]
    assert (mention.label, mention.type, mention.honorific) == found


@pytest.mark.parametrize(
    ("text", "ents", "name", "courtesy"),
    [
        pytest.param(
            "The chairman, Sheikh Saeed bin Obaid al-Marlo, spoke on Monday.",
            [("Sheikh Saeed bin Obaid al-Marlo", "PERSON")],
            "Saeed bin Obaid al-Marlo",
            "Sheikh",
            id="cut off before a full name the NER tagged with it",
        ),
        pytest.param(
            "The chairman, Sheikh Saeed bin Obaid al-Marlo, spoke on Monday.",
            [("Saeed bin Obaid al-Marlo", "PERSON")],
            "Saeed bin Obaid al-Marlo",
            "Sheikh",
            id="written before a full name the NER tagged without it",
        ),
        pytest.param(
            "Sheikha Latifa bint Ahmed Marlo met the minister on Monday.",
            [("Sheikha Latifa bint Ahmed Marlo", "PERSON")],
            "Latifa bint Ahmed Marlo",
            "Sheikha",
            id="the feminine form",
        ),
        pytest.param(
            "Former minister Sheikh Rasheed Marlo was arrested on Monday.",
            [("Sheikh Rasheed Marlo", "PERSON")],
            "Sheikh Rasheed Marlo",
            "",
            id="must not: a full name with no Arabic particle (a family name in South Asia)",
        ),
        pytest.param(
            "Sheikh Al-Marlo met the minister on Monday.",
            [("Sheikh Al-Marlo", "PERSON")],
            "Sheikh Al-Marlo",
            "",
            id="must not: one word after it, in three tokens",
        ),
        pytest.param(
            "Doctors at Sheikh Marlo Medical City treated the injured.",
            [("Marlo Medical City", "ORG")],
            "Marlo Medical City",
            "",
            id="must not: a place named after a sheikh",
        ),
        pytest.param(
            "Sheikh Marlo, the prime minister, resigned on Monday.",
            [("Sheikh Marlo", "PERSON")],
            "Sheikh Marlo",
            "",
            id="must not: before one word it is part of the name",
        ),
        pytest.param(
            "Nasir Sheikh, a trader, said prices rose.",
            [("Nasir Sheikh", "PERSON")],
            "Nasir Sheikh",
            "",
            id="must not: a family name",
        ),
        pytest.param(
            "The tribal sheikh Saeed Marlo spoke on Monday.",
            [("Saeed Marlo", "PERSON")],
            "Saeed Marlo",
            "",
            id="must not: a common noun in lower case",
        ),
        pytest.param(
            "Khun Malee said the budget was fair.",
            [("Khun Malee", "PERSON")],
            "Khun Malee",
            "",
            id="must not: Khun stays in the name as written (the corpus stage reads it)",
        ),
        pytest.param(
            "Khun Htun Oo, a Shan leader, was freed on Monday.",
            [("Khun Htun Oo", "PERSON")],
            "Khun Htun Oo",
            "",
            id="must not: Khun before more words is part of the name",
        ),
        pytest.param(
            "Rebels led by Aung Khun were seen near the border.",
            [("Aung Khun", "PERSON")],
            "Aung Khun",
            "",
            id="must not: Khun as a word of the name after a given name",
        ),
    ],
)
def test_a_courtesy_title_is_cut_off_only_where_it_is_one(
    text: str, ents: list[tuple[str, str]], name: str, courtesy: str
) -> None:
    (found,) = [m for m in find_mentions(with_ents(text, ents), "t") if m.mention.label == name]
    assert found.mention.honorific == courtesy


@pytest.mark.parametrize(
    ("text", "ents", "names"),
    [
        pytest.param(
            "Latifa bint Ahmed al-Marlo met the minister.",
            [("Latifa", "ORG"), ("Ahmed al-Marlo", "PERSON")],
            [("Latifa bint Ahmed al-Marlo", "PERSON")],
            id="a daughter's name the NER cut at bint",
        ),
        pytest.param(
            "Chief executive Maryam bint Saeed Al Marlo said so.",
            [("Maryam", "PERSON"), ("Saeed Al Marlo", "ORG")],
            [("Maryam bint Saeed Al Marlo", "PERSON")],
            id="the father's name after bint typed ORG",
        ),
        pytest.param(
            "Latifa bint Ahmed Marlo Ltd paid the bill.",
            [("Latifa", "PERSON"), ("Ahmed Marlo Ltd", "ORG")],
            [("Latifa", "PERSON"), ("Ahmed Marlo Ltd", "ORG")],
            id="must not: a company's legal form after the word",
        ),
        pytest.param(
            "Halvex bin Marlo paid the bill.",
            [("Halvex", "ORG"), ("Marlo", "ORG")],
            [("Halvex", "ORG"), ("Marlo", "ORG")],
            id="must not: no person's name on either side",
        ),
        pytest.param(
            "Hamad ibn Khalid Marlo spoke on Monday.",
            [("Hamad", "PERSON"), ("Khalid Marlo", "PERSON")],
            [("Hamad ibn Khalid Marlo", "PERSON")],
            id="ibn",
        ),
        pytest.param(
            "The Saudi bin Marlo said so.",
            [("Saudi", "NORP"), ("Marlo", "PERSON")],
            [("Saudi Arabia", "GPE"), ("Marlo", "PERSON")],
            id="must not: a demonym before the word",
        ),
        pytest.param(
            "Latifa and Ahmed al-Marlo met the minister.",
            [("Latifa", "PERSON"), ("Ahmed al-Marlo", "PERSON")],
            [("Latifa", "PERSON"), ("Ahmed al-Marlo", "PERSON")],
            id="must not: two people",
        ),
        pytest.param(
            "Latifa bint Ahmed Marlo Bank paid the bill.",
            [("Latifa", "PERSON"), ("Ahmed Marlo Bank", "ORG")],
            [("Latifa", "PERSON"), ("Ahmed Marlo Bank", "ORG")],
            id="must not: no person's name after the word",
        ),
        pytest.param(
            "Jane Ann Roe bin Marlo said so.",
            [("Jane Ann Roe", "PERSON"), ("Marlo", "PERSON")],
            [("Jane Ann Roe", "PERSON"), ("Marlo", "PERSON")],
            id="must not: more than a given name before the word",
        ),
    ],
)
def test_name_cut_at_a_patronymic_is_one_person(
    text: str, ents: list[tuple[str, str]], names: list[tuple[str, str]]
) -> None:
    found = find_mentions(with_ents(text, ents), "t")
    assert [(m.mention.label, m.mention.type) for m in found] == names


@pytest.mark.parametrize(
    ("text", "ents", "name", "expected"),
    [
        pytest.param(
            "Kang Hyun-joo spoke at the forum on Monday.",
            [("Kang Hyun-joo", "ORG")],
            "Kang Hyun-joo",
            "PERSON",
            id="a given name of two syllables, family name first",
        ),
        pytest.param(
            "Hyun-joo Kang spoke at the forum on Monday.",
            [("Hyun-joo Kang", "GPE")],
            "Hyun-joo Kang",
            "PERSON",
            id="given name first",
        ),
        pytest.param(
            "Seoul-based Halvex spoke at the forum on Monday.",
            [("Seoul-based Halvex", "ORG")],
            "Halvex",
            "ORG",
            id="must not: a modifier",
        ),
        pytest.param(
            "Gangnam-gu Council spoke at the forum on Monday.",
            [("Gangnam-gu Council", "ORG")],
            "Gangnam-gu Council",
            "ORG",
            id="must not: a head word",
        ),
        pytest.param(
            "Hanbit-tech Corp. spoke at the forum on Monday.",
            [("Hanbit-tech Corp.", "ORG")],
            "Hanbit-tech Corp.",
            "ORG",
            id="must not: a legal form",
        ),
    ],
)
def test_romanised_name_is_a_person(
    text: str, ents: list[tuple[str, str]], name: str, expected: str
) -> None:
    (found,) = [m for m in find_mentions(with_ents(text, ents), "t") if m.mention.label == name]
    assert found.mention.type == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a country's name other things bear too, typed PERSON, in an article that
        # names the country
        ("Jordan's central bank fined the bank. He met officials from Jordan and Syria.",
         [("Jordan", "GPE"), ("Jordan", "PERSON"), ("Syria", "GPE")],
         [("Jordan", "GPE"), ("Jordan", "GPE"), ("Syria", "GPE")]),
        ("Jordan's central bank fined the bank. Jordan, whose concern is the river, agreed.",
         [("Jordan", "GPE"), ("Jordan", "PERSON")], [("Jordan", "GPE"), ("Jordan", "GPE")]),
        # ... or its people's word or capital
        ("Leaders put sanctions on Mali. The Malian people will suffer.",
         [("Mali", "PERSON"), ("Malian", "NORP")], [("Mali", "GPE"), ("Mali", "GPE")]),
        ("Talks in Bamako went on. Leaders put sanctions on Mali.",
         [("Bamako", "GPE"), ("Mali", "PERSON")], [("Bamako", "GPE"), ("Mali", "GPE")]),
        # must not: a person of that name in the article, a courtesy title, or no place
        ("Mali Okoro, a Malian singer, spoke. Mali said so.",
         [("Mali Okoro", "PERSON"), ("Malian", "NORP"), ("Mali", "PERSON")],
         [("Mali Okoro", "PERSON"), ("Mali", "GPE"), ("Mali", "PERSON")]),
        ("The Georgian wine won. Georgia said so.",
         [("Georgian", "NORP"), ("Georgia", "PERSON")],
         [("Georgia", "GPE"), ("Georgia", "PERSON")]),
        ("Alison Jordan said Jordan's bank erred. Jordan said so.",
         [("Alison Jordan", "PERSON"), ("Jordan", "GPE"), ("Jordan", "PERSON")],
         [("Alison Jordan", "PERSON"), ("Jordan", "GPE"), ("Jordan", "PERSON")]),
        ("Jordan's central bank fined the bank. Ms. Jordan said so.",
         [("Jordan", "GPE"), ("Jordan", "PERSON")], [("Jordan", "GPE"), ("Jordan", "PERSON")]),
        ("The certificates were sold to Jordan by a broker.", [("Jordan", "PERSON")],
         [("Jordan", "PERSON")]),
        ("Senator Jordan criticised the Halvex Party. Jordan and Egypt signed a deal.",
         [("Jordan", "PERSON"), ("Halvex Party", "ORG"), ("Jordan", "GPE"), ("Egypt", "GPE")],
         [("Jordan", "PERSON"), ("Halvex Party", "ORG"), ("Jordan", "GPE"), ("Egypt", "GPE")]),
    ],
)  # fmt: skip
def test_country_typed_person_where_the_article_names_it(
    text: str, ents: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert [
        (m.mention.label, m.mention.type) for m in find_mentions(with_ents(text, ents), "t")
    ] == expected


def test_company_with_its_legal_form_is_nobodys_kin() -> None:
    """A company's name written with its legal form stays an organisation wherever the
    parser hangs it on a kin word ("his wife X and their company, Y S.A.L.")."""
    text = (
        "The Banque du Liban on Thursday froze the bank accounts of Georges Halvani, his wife"
        " Mona Halvani and their holding company, Halvani Holding S.A.L., and ordered the"
        " closure of three branches."
    )
    found = {m.mention.label: m.mention for m in mentions(text)}
    assert found["Halvani Holding S.A.L."].type == "ORG"
    assert found["Halvani Holding S.A.L."].descriptor == ""


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        pytest.param(
            "Datuk Seri Ahmad Kessar was charged on Monday.",
            [("Datuk Seri Ahmad Kessar", "PERSON")],
            "Ahmad Kessar",
            id="a Malaysian title and its 'Seri'",
        ),
        pytest.param(
            "Datuk Seri Ahmad Kessar was charged on Monday.",
            [("Datuk Seri", "PERSON"), ("Ahmad Kessar", "PERSON")],
            "Ahmad Kessar",
            id="the title the NER tagged on its own is no person",
        ),
        pytest.param(
            "Datin Seri Noraini Kessar attended the hearing.",
            [("Datin Seri Noraini Kessar", "PERSON")],
            "Noraini Kessar",
            id="'Datin Seri'",
        ),
        pytest.param(
            "Datuk Ahmad Kessar resigned on Monday.",
            [("Datuk Ahmad Kessar", "PERSON")],
            "Ahmad Kessar",
            id="'Datuk' before a full name",
        ),
        pytest.param(
            "Dato Kessar said the party would win.",
            [("Dato Kessar", "PERSON")],
            "Dato Kessar",
            id="must not: 'Dato' before one word (a given name alone joins a surname)",
        ),
        pytest.param(
            "Dato' Vincent Kessar said the bank was sound.",
            [("Dato", "PERSON"), ("Vincent Kessar", "PERSON")],
            "Vincent Kessar",
            id="'Dato'' the NER tagged on its own, its apostrophe split off",
        ),
        pytest.param(
            "Doña Leticia Kessar de Roe spoke on Monday.",
            [("Doña Leticia Kessar de Roe", "PERSON")],
            "Leticia Kessar de Roe",
            id="the Spanish 'Doña' before a full name",
        ),
        pytest.param(
            "Don Allen Kessar bought the club.",
            [("Don Allen Kessar", "PERSON")],
            "Don Allen Kessar",
            id="must not: 'Don', a given name before a middle name",
        ),
        pytest.param(
            "Dona Lynn Kessar wrote the book.",
            [("Dona Lynn Kessar", "PERSON")],
            "Dona Lynn Kessar",
            id="must not: 'Dona', a given name too",
        ),
        pytest.param(
            "Doña Leticia said the plan would work.",
            [("Doña Leticia", "PERSON")],
            "Doña Leticia",
            id="must not: 'Doña' before a given name alone",
        ),
        pytest.param(
            "At noon came Doña María Kessar Roe de Vance of the party.",
            [("Kessar Roe de Vance", "PERSON")],
            "María Kessar Roe de Vance",
            id="a given name the NER left out after the title",
        ),
        pytest.param(
            "At noon came Doña María José Kessar de Vance of the party.",
            [("José Kessar de Vance", "PERSON")],
            "María José Kessar de Vance",
            id="one of two given names the NER left out after the title",
        ),
        pytest.param(
            "Mrs. Grace Ann Kessar spoke on Monday.",
            [("Ann Kessar", "PERSON")],
            "Grace Ann Kessar",
            id="and after Mrs.",
        ),
        pytest.param(
            "Will Ann Kessar resign on Monday?",
            [("Ann Kessar", "PERSON")],
            "Ann Kessar",
            id="must not: a given name after no courtesy title",
        ),
        pytest.param(
            "The Chelsea fan Grace Ann Kessar spoke on Monday.",
            [("Ann Kessar", "PERSON")],
            "Ann Kessar",
            id="must not: a given name after a noun, no courtesy title",
        ),
        pytest.param(
            "Doña Ana María Grace José Kessar spoke on Monday.",
            [("José Kessar", "PERSON")],
            "José Kessar",
            id="must not: three given names before the name",
        ),
        pytest.param(
            "Mrs. May Ann Kessar spoke on Monday.",
            [("Ann Kessar", "PERSON")],
            "Ann Kessar",
            id="must not: a month",
        ),
        pytest.param(
            "Syed Kashif Kessar, the minister, spoke in Lahore.",
            [("Syed Kashif Kessar", "PERSON")],
            "Kashif Kessar",
            id="a South Asian title of lineage",
        ),
        pytest.param(
            "Sardar Junaid Kessar agreed on Monday.",
            [("Sardar Junaid Kessar", "PERSON")],
            "Junaid Kessar",
            id="and of rank",
        ),
        pytest.param(
            "Mian Kessar agreed on Monday.",
            [("Mian Kessar", "PERSON")],
            "Mian Kessar",
            id="must not: before one word",
        ),
        pytest.param(
            "Malik Nadeem Kessar agreed on Monday.",
            [("Malik Nadeem Kessar", "PERSON")],
            "Malik Nadeem Kessar",
            id="must not: 'Malik', a family and a given name too",
        ),
        pytest.param(
            "Tan Sri Rahim Kessar resigned on Monday.",
            [("Tan Sri Rahim Kessar", "PERSON")],
            "Rahim Kessar",
            id="'Tan Sri', two words",
        ),
        pytest.param(
            "Tan Wei Ming resigned on Monday.",
            [("Tan Wei Ming", "PERSON")],
            "Tan Wei Ming",
            id="must not: 'Tan' alone, a family name written first",
        ),
        pytest.param(
            "Tun Mokhtar Kessar spoke on Monday.",
            [("Tun Mokhtar Kessar", "PERSON")],
            "Tun Mokhtar Kessar",
            id="must not: 'Tun', a word of many Burmese names",
        ),
        pytest.param(
            "Seri Kessar filed a complaint on Monday.",
            [("Seri Kessar", "PERSON")],
            "Seri Kessar",
            id="must not: 'Seri' alone, a given name",
        ),
        pytest.param(
            "Khun Ying Somsri Kessar said the party would win.",
            [("Khun Ying Somsri Kessar", "PERSON")],
            "Somsri Kessar",
            id="'Khun Ying', two words",
        ),
        pytest.param(
            "Khun Htun Kessar, the party's leader, spoke.",
            [("Khun Htun Kessar", "PERSON")],
            "Khun Htun Kessar",
            id="must not: 'Khun' alone, part of Shan names",
        ),
        pytest.param(
            "Tengku Mariam Kessar spoke on Monday.",
            [("Tengku Mariam Kessar", "PERSON")],
            "Tengku Mariam Kessar",
            id="must not: a royal title written as part of the name",
        ),
        pytest.param(
            "Jason Tan said the bank was sound.",
            [("Jason Tan", "PERSON")],
            "Jason Tan",
            id="must not: a family name",
        ),
    ],
)
def test_southeast_asian_courtesy_titles(text: str, ents: list[tuple[str, str]], name: str) -> None:
    found = {m.mention.label: m.mention for m in find_mentions(with_ents(text, ents), "t")}
    assert name in found, list(found)
    assert not found[name].roles, found[name].roles  # a courtesy title is no role
    assert not {"Datuk Seri", "Seri", "Khun", "Dato", "Sri"} & set(found)


def test_a_courtesy_title_alone_is_nobody() -> None:
    text = "The club owner met Alhaji Kessar. Alhaji said nothing."
    found = find_mentions(with_ents(text, [("Alhaji Kessar", "PERSON"), ("Alhaji", "ORG")]), "t")
    assert [m.mention.label for m in found] == ["Kessar"]


@pytest.mark.parametrize(
    ("text", "name", "type_", "roles", "honorific"),
    [
        # a counsel's letters and a judge's "J" after a name (spans.cut_postnominal)
        ("Adv Ria du Plessis SC chaired the inquiry.", "Ria du Plessis", "PERSON", ("Adv",), ""),
        ("The appeal was heard by Welsby J in Brisbane.", "Welsby", "PERSON", (), ""),
        ("Santos SC beat Flamengo on Sunday.", "Santos SC", "ORG", (), ""),
        # small particles between a given name and a family name the NER cut apart
        ("Danie van der Merwe, a shift boss, testified.", "Danie van der Merwe", "PERSON", (), ""),
        # offices and forms of address of southern Africa and Latin America before a name
        ("Chair Renata Voss said the board agreed.", "Renata Voss", "PERSON", ("Chair",), ""),
        ("Cde Tapiwa Gumbo addressed the rally.", "Tapiwa Gumbo", "PERSON", ("Cde",), ""),
        ("Kgosi Lesedi Mmusi welcomed the minister.", "Lesedi Mmusi", "PERSON", (), ""),
        (
            "Deputada Tânia Moura Rezende filed the complaint.",
            "Tânia Moura Rezende",
            "PERSON",
            ("Deputada",),
            "",
        ),
        ("Governador Zé Carlos denied it.", "Zé Carlos", "PERSON", ("Governador",), ""),
        ("Sra. Lozada thanked the workers.", "Lozada", "PERSON", (), "Sra."),
        ("Adv du Plessis said the report was done.", "du Plessis", "PERSON", ("Adv",), ""),
        # forms of address of West Africa, honours and fellowships
        (
            "Alhaji Musa Ibrahim Kessar addressed the rally.",
            "Musa Ibrahim Kessar",
            "PERSON",
            (),
            "Alhaji",
        ),
        (
            "Hajiya Hadiza Kessar said the convoy was attacked.",
            "Hadiza Kessar",
            "PERSON",
            (),
            "Hajiya",
        ),
        ("Mallam Aminu Kessar was arrested.", "Aminu Kessar", "PERSON", (), "Mallam"),
        ("Engr. Sani Lawal Kessar won the primary.", "Sani Lawal Kessar", "PERSON", ("Engr.",), ""),
        ("Dame Helena Kessar FRS resigned on Monday.", "Helena Kessar", "PERSON", (), "Dame"),
        # of North Africa: a pilgrim's honorific, French "Pr" (professor)
        ("Hadj Messaoud Kessar, the minister, attended.", "Messaoud Kessar", "PERSON", (), "Hadj"),
        ("Pr Sami Kessar, a surgeon, spoke.", "Sami Kessar", "PERSON", ("Pr",), ""),
        # of Iran and Afghanistan: a pilgrim's, a cleric's and a master's honorifics
        # not "Haji": Somali news calls a man by it and his given name ("Haji Kessar"),
        # whose son bears that name after his own
        ("Haji Ebrahim Kessar owns the depot.", "Haji Ebrahim Kessar", "PERSON", (), ""),
        ("Hojatoleslam Morteza Kessar spoke.", "Morteza Kessar", "PERSON", (), "Hojatoleslam"),
        ("Mawlawi Abdul Kessar led the prayers.", "Abdul Kessar", "PERSON", (), "Mawlawi"),
        ("Ustad Homayoun Kessar sang.", "Homayoun Kessar", "PERSON", (), "Ustad"),
        ("Mullah Nazar Kessar was freed.", "Nazar Kessar", "PERSON", ("Mullah",), ""),
        # not a word inside or after a name (a Somali father's name, a family name)
        ("Justice Abdi Haji Nur Kessar ruled.", "Abdi Haji Nur Kessar", "PERSON", (), ""),
        ("Senator Yusuf Haji spoke.", "Yusuf Haji", "PERSON", ("Senator",), ""),
        ("Jane Roe OBE opened the clinic.", "Jane Roe", "PERSON", (), ""),
        ("Fans of Santos SC cheered.", "Santos SC", "ORG", (), ""),
        ("Winger Kolinio Dravuni scored twice.", "Kolinio Dravuni", "PERSON", ("Winger",), ""),
    ],
)
def test_titles_and_letters_around_a_name(
    text: str, name: str, type_: str, roles: tuple[str, ...], honorific: str
) -> None:
    found = {m.mention.label: m.mention for m in mentions(text)}
    assert name in found, list(found)
    m = found[name]
    assert (m.type, m.roles, m.honorific) == (type_, roles, honorific)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "South Africa's Electoral Commission said the count was fair.",
            "Electoral Commission",
            "ZAF",
        ),
        ("Kenya's Electoral Commission said the count was fair.", "Electoral Commission", "KEN"),
        ("The Electoral Commission said the count was fair.", "Electoral Commission", ""),
        ("Halden's Electoral Commission said the count was fair.", "Electoral Commission", ""),
    ],
)
def test_body_written_with_a_countrys_possessive(text: str, name: str, country: str) -> None:
    found = {m.mention.label: m.mention.country for m in mentions(text)}
    assert found[name] == country, found


@pytest.mark.parametrize(
    "text",
    [
        "The Union der Mitte won 12 seats in the Bundestag.",
        "Leaders of the Frente de Todos met Paz on Monday.",
    ],
)
def test_body_before_a_particle_is_no_person(text: str) -> None:
    # only "van"/"von" or a known given name joins the NER's organisation to a person
    # after small particles ("Danie van der Merwe")
    people = [m.mention.label for m in mentions(text) if m.mention.type == "PERSON"]
    assert not [p for p in people if " der " in p or " de " in p], people


def test_untagged_full_name_before_a_titled_apposition() -> None:
    # The NER tags only the minister: the union leader's full name, untagged, is his own
    # (an apposition with a title follows it), not a lone "Dlamini" of hers.
    text = (
        "Minister Nomvula Dlamini spoke on Monday. Themba Dlamini, the union's general"
        " secretary, said the testimony vindicated the union."
    )
    doc = with_ents(text, [("Nomvula Dlamini", "PERSON")])
    labels = [m.mention.label for m in find_mentions(doc, "t") if m.mention.type == "PERSON"]
    assert labels == ["Nomvula Dlamini", "Themba Dlamini"]


def test_exchange_and_ticker_is_no_actor() -> None:
    found = [m.mention.label for m in mentions("Corvane Systems Inc. (NASDAQ: CRVN) rose 3%.")]
    assert "NASDAQ: CRVN" not in found and "Corvane Systems Inc." in found, found


def test_dotted_title_and_counsel_letters_around_a_name_the_ner_typed_org() -> None:
    doc = with_ents(
        "Adv. Ria du Plessis SC chaired the inquiry.", [("Adv. Ria du Plessis SC", "ORG")]
    )
    found = [(m.mention.label, m.mention.type) for m in find_mentions(doc, "t")]
    assert found == [("Ria du Plessis", "PERSON")]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Coach Wynand de Villiers changed it at half-time.", "Wynand de Villiers", "PERSON"),
        ("Opposition lawmaker JJ Moyo said the arrest was odd.", "JJ Moyo", "PERSON"),
        ("Chancellor Olaf Brandt spoke.", "Olaf Brandt", "PERSON"),
        # after a form of address: initials first ("Hon. JJ Roe"), dotted or not
        ("Hon. JJ Moyo, the committee chairman, said no.", "JJ Moyo", "PERSON"),
        ("Hon JJ Moyo said no.", "JJ Moyo", "PERSON"),
        ("Cllr. TK Marlo said no.", "TK Marlo", "PERSON"),
        # must not: a body's name after a title word, or after a job with a determiner
        ("Dr Halvex Group said no.", "Halvex Group", "ORG"),
        ("The fund ING Vantor Sachs bought the bond.", "Vantor Sachs", "ORG"),
        ("The agency PR Kessel Vantor said no.", "Kessel Vantor", "ORG"),
        ("DR Kessel Vantor said no.", "Kessel Vantor", "ORG"),
        ("Prof. Halvex Pharma Ltd said no.", "Halvex Pharma Ltd", "ORG"),
        ("Chairman Halvex Group said no.", "Halvex Group", "ORG"),
        ("The striker Inter Marlo signed said he was happy.", "Inter Marlo", "ORG"),
        ("The lawmaker Kessel Sachs hired left the firm.", "Kessel Sachs", "ORG"),
        ("The coach Kessel Rovers Ltd sold the club.", "Kessel Rovers Ltd", "ORG"),
    ],
)
def test_name_the_ner_typed_org_after_a_personal_title(text: str, name: str, type_: str) -> None:
    doc = with_ents(text, [(name, "ORG")])
    found = {m.mention.label: m.mention.type for m in find_mentions(doc, "t")}
    assert found.get(name) == type_, found


@pytest.mark.parametrize(
    ("text", "ents", "found"),
    [
        # titles schools, cups and trusts are named with; abbreviations without their dot
        (
            "Parents met at Bishop Grace School.",
            [("Bishop Grace School", "ORG")],
            ("Bishop Grace School", "ORG"),
        ),
        (
            "The Queen Mary Trust gave grants.",
            [("Queen Mary Trust", "ORG")],
            ("Queen Mary Trust", "ORG"),
        ),
        ("Dr Kgosi Roe said no.", [("Kgosi Roe", "PERSON")], ("Kgosi Roe", "PERSON")),
        # a city named with an office; clubs and a singer before letters
        (
            "Floods hit Governador Valadares.",
            [("Valadares", "PERSON")],
            ("Governador Valadares", "GPE"),
        ),
        ("Orlando City SC signed him.", [("Orlando City SC", "ORG")], ("Orlando City SC", "ORG")),
        ("Al Ahly SC won the cup.", [("Al Ahly SC", "ORG")], ("Al Ahly SC", "ORG")),
        ("Singer Frankie J will sing.", [("Frankie J", "PERSON")], ("Frankie J", "PERSON")),
    ],
)
def test_names_kept_from_the_title_and_letter_rules(
    text: str, ents: list[tuple[str, str]], found: tuple[str, str]
) -> None:
    got = [(m.mention.label, m.mention.type) for m in find_mentions(with_ents(text, ents), "t")]
    assert found in got, got


def test_abbreviation_without_its_dot_cuts_nothing() -> None:
    # "Ing" and "Lic" without their dot start companies' names and given names
    doc = with_ents(
        "Ing Direct and Lic Housing Finance cut rates.",
        [("Ing Direct", "ORG"), ("Lic Housing Finance", "ORG")],
    )
    labels = [m.mention.label for m in find_mentions(doc, "t")]
    assert labels == ["Ing Direct", "Lic Housing Finance"], labels


def test_advocate_title_before_a_name_the_data_do_not_know() -> None:
    # South African style writes "Adv" without its dot before any name
    doc = with_ents(
        "Adv Nkululeko Ncube appeared for the party.", [("Adv Nkululeko Ncube", "PERSON")]
    )
    found = [(m.mention.label, m.mention.roles) for m in find_mentions(doc, "t")]
    assert found == [("Nkululeko Ncube", ("Adv",))], found


@pytest.mark.parametrize(
    ("text", "ents", "people"),
    [
        pytest.param(
            "Moroccan Head of Government Karim Al-Amrani met officials in Madrid.",
            [("Moroccan Head of Government Karim Al-Amrani", "ORG"), ("Madrid", "GPE")],
            ["Karim Al-Amrani"],
            id="an office of several words glued to a name with a demonym before",
        ),
        pytest.param(
            "On Monday Head of Government Karim Kessar met officials.",
            [("Head of Government Karim Kessar", "ORG")],
            ["Karim Kessar"],
            id="no demonym",
        ),
        pytest.param(
            "The Commissioner of Police, CP Usman Garba, said officers would be deployed.",
            [("CP Usman Garba", "ORG")],
            ["Usman Garba"],
            id="titles glued to a name",
        ),
        pytest.param(
            "It was read by Brigadier General Amadou Kessar, spokesman of the committee.",
            [("Brigadier General Amadou Kessar", "ORG")],
            ["Amadou Kessar"],
            id="ranks",
        ),
        # must not
        pytest.param(
            "Workers at General Martin Hospital went on strike.",
            [("General Martin Hospital", "ORG")],
            [],
            id="must not: the words end in a head word of an organisation's name",
        ),
        pytest.param(
            "It was read by Capt. Karim Kessar, spokesman of the committee.",
            [("Capt. Karim Kessar", "ORG")],
            ["Karim Kessar"],
            id="an abbreviated rank",
        ),
        pytest.param(
            "Traffic on Major Samuel Kessar Road, the main artery, stopped.",
            [("Major Samuel Kessar Road", "FAC")],
            [],
            id="must not: a facility's name",
        ),
        pytest.param(
            "Parents met at Bishop Grace School, the head said.",
            [("Bishop Grace School", "ORG")],
            [],
            id="must not: a title that is no rank nor in capitals",
        ),
        pytest.param(
            "Detectives of the Major General Crimes Unit made the arrest.",
            [("the Major General Crimes Unit", "ORG")],
            [],
            id="must not: no comma after the name",
        ),
        pytest.param(
            "Major League Baseball said so.",
            [("Major League Baseball", "ORG")],
            [],
            id="must not: no given name after the title",
        ),
        pytest.param(
            "The Head of Government Affairs Unit met officials.",
            [("The Head of Government Affairs Unit", "ORG")],
            [],
            id="must not: no given name after the office",
        ),
        pytest.param(
            "The Ministry of Finance Karim Road office opened.",
            [("The Ministry of Finance Karim Road", "ORG")],
            [],
            id="must not: no office before the words",
        ),
        pytest.param(
            "Head of Government Karim met officials.",
            [("Head of Government Karim", "ORG")],
            [],
            id="must not: one word after the office",
        ),
    ],
)
def test_office_or_titles_glued_to_a_name(
    text: str, ents: list[tuple[str, str]], people: list[str]
) -> None:
    found = find_mentions(with_ents(text, ents), "t")
    assert [m.mention.label for m in found if m.mention.type == "PERSON"] == people


@pytest.mark.parametrize(
    ("text", "ents", "people"),
    [
        pytest.param(
            "Police searched the office of Maria da Conceição Ferreira Lopes before dawn.",
            [("Maria da Conceição", "PERSON"), ("Ferreira Lopes", "PERSON")],
            ["Maria da Conceição Ferreira Lopes"],
            id="one long name tagged as two people side by side",
        ),
        pytest.param(
            "Club chairman Omar Yousef Al Kessimi spoke on Monday.",
            [("Omar Yousef", "PERSON"), ("Al Kessimi", "PERSON")],
            ["Omar Yousef Al Kessimi"],
            id="an Arabic family name with its article after Arabic given names",
        ),
        # must not
        pytest.param(
            "Fans of Tom Brady Al Kessimi cheered on Monday.",
            [("Tom Brady", "PERSON"), ("Al Kessimi", "PERSON")],
            ["Tom Brady", "Al Kessimi"],
            id="must not: 'Al' after given names of no Arab country (a man called Al)",
        ),
        pytest.param(
            "Club chairman Omar Yousef Al spoke on Monday.",
            [("Omar Yousef", "PERSON"), ("Al", "PERSON")],
            ["Omar Yousef", "Al"],
            id="must not: 'Al' alone, a given name",
        ),
        pytest.param(
            "Police searched the offices of Maria Lopes and Ana Costa before dawn.",
            [("Maria Lopes", "PERSON"), ("Ana Costa", "PERSON")],
            ["Maria Lopes", "Ana Costa"],
            id="must not: two people written with 'and'",
        ),
        pytest.param(
            "Police searched the office of Maria Lopes Ferreira Costa before dawn.",
            [("Maria Lopes", "PERSON"), ("Costa", "PERSON")],
            ["Maria Lopes"],
            id="must not: a word the NER left out between them",
        ),
        pytest.param(
            "Wajir Governor Amina Hassan Noor visited the clinic.",
            [("Wajir Governor", "PERSON"), ("Amina Hassan Noor", "PERSON")],
            ["Amina Hassan Noor"],
            id="must not: a title before a name",
        ),
        pytest.param(
            "The committee heard Teachta Dála Dara Costigan on Monday.",
            [("Teachta Dála", "PERSON"), ("Dara Costigan", "PERSON")],
            ["Teachta Dála", "Dara Costigan"],
            id="must not: the second led by a given name",
        ),
        pytest.param(
            "Fans of Maria Lopes DJ Costa cheered.",
            [("Maria Lopes", "PERSON"), ("DJ Costa", "PERSON")],
            ["Maria Lopes"],
            id="must not: a word in capitals",
        ),
        pytest.param(
            "Police searched the office of Maria Lopes, Ana Costa said.",
            [("Maria Lopes", "PERSON"), ("Ana Costa", "PERSON")],
            ["Maria Lopes", "Ana Costa"],
            id="must not: a comma between them",
        ),
        pytest.param(
            "Zezé Paranhos Backs Conceição Lopes As Planalto Keeps Its Distance\\n\\nThe"
            " governor spoke.",
            [("Zezé Paranhos", "PERSON"), ("Backs Conceição Lopes", "PERSON")],
            ["Zezé Paranhos"],
            id="must not: a Title Case headline",
        ),
    ],
)
def test_one_long_name_tagged_as_two_people(
    text: str, ents: list[tuple[str, str]], people: list[str]
) -> None:
    found = find_mentions(with_ents(text.replace("\\n", "\n"), ents), "t")
    assert [m.mention.label for m in found if m.mention.type == "PERSON"][: len(people)] == people


@pytest.mark.parametrize(
    ("text", "ents", "people"),
    [
        pytest.param(
            "Police searched the office of Maria da Conceição Ferreira Lopes before dawn."
            " Ferreira Lopes said she was innocent.",
            [("Maria da Conceição", "PERSON"), ("Ferreira Lopes", "PERSON")],
            ["Maria da Conceição Ferreira Lopes", "Ferreira Lopes"],
            id="the NER ended the name before two family names it tags elsewhere",
        ),
        # must not
        pytest.param(
            "Police searched the office of Maria da Conceição Ferreira Lopes before dawn."
            " Paulo Lopes said she was innocent.",
            [("Maria da Conceição", "PERSON"), ("Paulo Lopes", "PERSON")],
            ["Maria da Conceição", "Ferreira Lopes", "Paulo Lopes"],
            id="must not: words the article tags as no person's name (found apart)",
        ),
        pytest.param(
            "Rita Kessar said so. When police told Jane Roe Rita Kessar was gone, she cried.",
            [("Rita Kessar", "PERSON"), ("Jane Roe", "PERSON")],
            ["Rita Kessar", "Jane Roe", "Rita Kessar"],
            id="must not: a given name starts another person's name",
        ),
    ],
)
def test_family_names_left_off_a_name(
    text: str, ents: list[tuple[str, str]], people: list[str]
) -> None:
    found = find_mentions(with_ents(text, ents), "t")
    assert [m.mention.label for m in found if m.mention.type == "PERSON"] == people


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        ("A Turk and an Armenian can always do business.", "Turkey", "GPE"),
        ("He said a Turk would never sell.", "Turkey", "GPE"),
        ("He married an Aussie last year.", "Australia", "GPE"),
        # must not: a country's name, not its people's word
        ("He met a Jordan at the party.", "Jordan", "PERSON"),
        # must not: the family name, written without "a"
        ("Turk said he would never sell.", "Turk", "PERSON"),
        ("Mr. Turk said he would never sell.", "Turk", "PERSON"),
    ],
)
def test_ambiguous_demonym_after_an_indefinite_article(text: str, label: str, type_: str) -> None:
    """A people's word that is also a family name ("Turk") is the people after "a"."""
    word = next(w for w in ("Turk", "Aussie", "Jordan") if w in text)
    doc = with_ents(text, [(word, "PERSON")])
    found = {m.mention.label: m.mention.type for m in find_mentions(doc, "t")}
    assert found.get(label) == type_, found


_MARTE = "The corps commander, General Julio Marte Rodriguez, spoke on Monday."


@pytest.mark.parametrize(
    ("text", "ents", "found"),
    [
        pytest.param(
            _MARTE + " General Marte said the troops would stay.",
            [("Julio Marte Rodriguez", "PERSON"), ("General Marte", "ORG")],
            ("Marte", "PERSON"),
            id="a title and a word of the name the article wrote after that title",
        ),
        pytest.param(
            _MARTE + " General Marte said the troops would stay.",
            [("General Julio Marte Rodriguez", "PERSON"), ("General Marte", "ORG")],
            ("Marte", "PERSON"),
            id="the title written inside the person's name",
        ),
        pytest.param(
            _MARTE + " General Marte Holdings said no.",
            [("Julio Marte Rodriguez", "PERSON"), ("General Marte Holdings", "ORG")],
            ("General Marte Holdings", "ORG"),
            id="must not: more words",
        ),
        # must not
        pytest.param(
            "General Marte cut 500 jobs. Retired General Julio Marte Rodriguez criticised it.",
            [("General Marte", "ORG"), ("Julio Marte Rodriguez", "PERSON")],
            ("General Marte", "ORG"),
            id="must not: written before the person",
        ),
        pytest.param(
            _MARTE + " He visited the General Marte plant. General Marte said it was an honour.",
            [
                ("Julio Marte Rodriguez", "PERSON"),
                ("General Marte", "ORG"),
                ("General Marte", "ORG"),
            ],
            ("General Marte", "ORG"),
            id="must not: the article writes it before a noun, as a company's",
        ),
        pytest.param(
            _MARTE + " General Motors said the plant would stay.",
            [("Julio Marte Rodriguez", "PERSON"), ("General Motors", "ORG")],
            ("General Motors", "ORG"),
            id="must not: a word of no person's name",
        ),
        pytest.param(
            "The corps commander, Julio Marte Rodriguez, spoke. General Marte said no.",
            [("Julio Marte Rodriguez", "PERSON"), ("General Marte", "ORG")],
            ("General Marte", "ORG"),
            id="must not: the article wrote no title before the name",
        ),
    ],
)
def test_title_and_a_word_of_a_titled_persons_name(
    text: str, ents: list[tuple[str, str]], found: tuple[str, str]
) -> None:
    got = [(m.mention.label, m.mention.type) for m in find_mentions(with_ents(text, ents), "t")]
    assert found in got, got


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("The coach, Dafydd Roe, was asked about the protest.", "Dafydd Roe", "PERSON"),
        ("Its minister, Tamar Javakhidze, resigned.", "Tamar Javakhidze", "PERSON"),
        # must not: a head word, a place, a legal form, a job a company may hold, no comma
        ("The coach, Halvex Group, said no.", "Halvex Group", "ORG"),
        ("The coach, Kessel Rovers, said no.", "Kessel Rovers", "ORG"),
        ("The manager, Marlo Vantor, said no.", "Marlo Vantor", "ORG"),
        ("Its auditor, Kessel Vantor, resigned.", "Kessel Vantor", "ORG"),
        ("The market leader, Halvex Vantor, raised prices.", "Halvex Vantor", "ORG"),
        ("The coach, Dafydd Roe Oyj, said no.", "Dafydd Roe Oyj", "ORG"),
        ("The minister, Nuevo Leon, said no.", "Nuevo Leon", "ORG"),
        ("The coach Kessel Sachs hired left the firm.", "Kessel Sachs", "ORG"),
        ("The coach, Ghana Kessel, said no.", "Ghana Kessel", "ORG"),
        ("The coach, KV Halvex, said no.", "KV Halvex", "ORG"),
    ],
)
def test_name_the_ner_typed_org_in_apposition_to_a_persons_job(
    text: str, name: str, type_: str
) -> None:
    doc = with_ents(text, [(name, "ORG")])
    found = {m.mention.label: m.mention.type for m in find_mentions(doc, "t")}
    assert found.get(name) == type_, found
