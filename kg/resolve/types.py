"""One actor, one type: a name the NER typed differently in different articles.

The small model types the same name PERSON in one article and ORG or GPE in another
("Oretha Flomo", "Halvex Marlow", "Dale Perrin"), and resolution would then keep
two nodes for one actor, one of them with the wrong type. `reconcile_types` runs before
the corpus groups local actors: it puts every local actor's name in one of two classes,
a person or anything else, and lets the articles vote.

* Each article votes once per name (the class its local actor got there), so one long
  article cannot outvote many short ones.
* The class most articles give wins; on a tie, the evidence decides: titles written
  with the name ("Trooper", "Ms.", "President") say person, a word that ends names of
  organisations or places ("Center", "United", "County"), a legal form ("Corp.") or an
  acronym say organisation. With evidence on both sides, or none, the class of more
  mentions wins (an article that calls the name "the airline Northwind" ten times
  outweighs one that tags it a person once); with as many mentions, nothing changes.
* A short name is what the longer names that end with it are (`name_endings`): "Herons",
  which the NER calls a person, ends only "Tacoma Herons" (an organisation) and is
  one; "Sesay", called an organisation in some articles and a person in others, ends
  only "Abu Bakarr Sesay" and is a person. This overrides the vote, but a name never
  becomes a person on this ground alone: some article must have tagged it as one (a
  company "Vask" stays a company beside "Gerald Vask"). When longer names of both
  classes end with it ("Jordan": "Michael Jordan", "Hashemite Kingdom of Jordan"),
  nothing changes.
* A name some article writes as a company's ("shares of X", "X's chief executive", a
  ticker, "X, which": `kg.resolve.document`) is an organisation, however many
  articles tagged it a person, unless one says it is a person (`written_as_company`).
* A name some article writes with a legal form ("Kordon Przesył S.A.", "Halvex GmbH")
  is an organisation, however many articles tagged it a person, unless one gives it a
  title or gendered word (a pronoun resolved to it by distance says nothing) or a given
  name leads it ("Ralph Marlo Corp." is named after a person the other articles may
  mean). So is a name written as a club's with "FC" ("Kessar Jaya FC"), and the
  leading words an article wrote alone for such a company or club ("Kordon Liman A.S.
  ... Kordon Liman"), unless an article gives it a pronoun too: clubs and companies
  are named after people.
* A name some article writes as a town or region with the region that holds it
  ("Marlo, Texas": `written_as_place`) is a place, of that article's type, unless an
  article says it is a person or writes it as a company's.
* A one-word name the gazetteer knows as a city or region, which some article types or
  writes as a place and others tag a person, is a place, when no article says it is a
  person, no person of the corpus bears the word and it is no given name
  (`known_town`: "Rzeszów").
* An article that writes an organisation's name and then its leading words alone
  ("Palang Kessar Party" ... "Palang Kessar", joined in that article) votes
  "organisation" for those words too (`short_forms`), unless a given name leads them.
* A "person" led by an organisation's name is one (`organisation_led`): "Halvex
  Marlow", which its article also calls "Halvex", where the corpus has the
  organisation "Halvex" and "halvex" is no given name; a lone "Quorvin" beside the
  company "Quorvin Atlantic", when no person's name has the word; never where a
  title, honorific, gendered word or pronoun says person ("Mr. Halvex Marlow"), nor
  "Jane Halvex".
* A local actor whose own article gives evidence for its class keeps it: "Vask" with
  "Mr." stays a person in that article even where the company dominates the corpus.

Countries are never touched (the gazetteer decides them). The local keys do not change,
so relations still point at their actors; only ``type`` does, which is what the corpus
groups by.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Literal

from kg import gazetteer
from kg.model import DocExtraction, EntityType, LocalEntity
from kg.names import fold, organisation_key, written_legal_form
from kg.resolve.evidence import known_given_name
from kg.resolve.naming import is_acronym, names_place
from kg.resolve.persons import is_given_name
from kg.source_lines import language_names
from kg.spans import name_head_type

#: Types of places: a name some article tags as one never becomes a person.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

#: The two classes that decide how a name is grouped.
TypeClass = Literal["person", "other"]


def type_class(e: LocalEntity) -> TypeClass:
    """``person`` for a PERSON, ``other`` for every other type."""
    return "person" if e.type == "PERSON" else "other"


def evidence(e: LocalEntity) -> TypeClass | None:
    """The class the local actor's own article argues for, or None.

    Titles or honorifics seen with the name say person; a head word of organisations or
    places, a legal form, an acronym or words only a company is written with ("shares
    of X": ``company_cues``) say other.
    """
    if (
        name_head_type(e.label)
        or written_legal_form(e.label)
        or is_acronym(e.label)
        or e.company_cues
    ):
        return "other"
    if e.roles:
        return "person"
    words = e.label.split()
    if e.located and (
        len(words) == 1 or (gazetteer.country_of_city(e.label) and not known_given_name(words[0]))
    ):
        # "in X": a place ("confidence in Jane Roe" names a person in full, "the court in
        # Wan Chai" a town the gazetteer knows; "faith in Juan Diaz" a man, whatever
        # town bears his name)
        return "other"
    return None


def local_actors(extractions: Iterable[DocExtraction]) -> Iterator[LocalEntity]:
    """Every article's local actors but its countries, whose type is never in question.

    Args:
        extractions: Per-document extraction results.
    """
    for ex in extractions:
        yield from (e for e in ex.entities if not e.is_country)


def reconcile_types(extractions: Iterable[DocExtraction]) -> list[DocExtraction]:
    """Give each name one type class across the corpus (see the module docstring).

    Args:
        extractions: Per-document results.

    Returns:
        The same extractions, with ``type`` changed on the local actors that were
        outvoted (a new PERSON, or the most voted other type of the name).
    """
    extractions = list(extractions)
    docs: dict[str, dict[TypeClass, set[str]]] = defaultdict(lambda: defaultdict(set))
    other_types: dict[str, Counter[EntityType]] = defaultdict(Counter)
    argued: dict[str, set[TypeClass]] = defaultdict(set)
    placed: dict[str, bool] = defaultdict(bool)  # a "person" some article put somewhere
    weight: dict[str, Counter[TypeClass]] = defaultdict(Counter)
    legal: set[str] = set()  # names some article writes with a legal form ("X S.A.")
    legal_short: set[str] = set()  # short names an article wrote for such a company
    said: set[str] = set()  # names an article gives a title or gendered word
    clubs: set[str] = set()  # names some article writes as a club's ("X FC")
    told: set[str] = set()  # names an article gives a title, gendered word or pronoun
    endings = name_endings(extractions)
    for ex in extractions:
        for e in ex.entities:
            if e.is_country:
                continue
            key = organisation_key(e.label)
            own = evidence(e)
            # A "person" its article puts somewhere ("in X") votes for a place.
            cls = "other" if own == "other" and e.located else type_class(e)
            docs[key][cls].add(ex.doc_id)
            weight[key][cls] += e.mentions
            if cls == "other":
                other_types[key][e.type if e.type != "PERSON" else "GPE"] += 1
                placed[key] |= e.type == "PERSON"
            if own == cls:
                argued[key].add(cls)
            if written_legal_form(e.label):
                legal.add(key)
            elif e.type == "ORG" and (club := club_name(e.label)):
                clubs.add(club)
            if e.roles or e.descriptors or e.female or e.male:
                said.add(key)  # a pronoun resolved by distance is no such word
            if said_person(e):
                told.add(key)
            for short in short_forms(e):
                # "Palang Kessar", which the article of "Palang Kessar Party" also wrote
                # for the party: that article votes "other" for the short name too
                docs[short]["other"].add(ex.doc_id)
                other_types[short][e.type] += 1
                if written_legal_form(e.label) or club_name(e.label):
                    # "Kordon Liman A.S. ... Kordon Liman": a company's short name
                    legal_short.add(short)
    winners: dict[str, TypeClass] = {}
    named_after_people = clubs | legal_short  # a club's or a company's short name
    for key, by_class in docs.items():
        if (
            ((key in legal and key not in said) or (key in named_after_people and key not in told))
            and by_class.get("person")
            and not known_given_name(key.split()[0])
        ):
            # A club is also named after a person ("Jo Roe FC"), and so is a company an
            # article calls by its leading words ("Kessar Marlo Ltd ... Kessar Marlo"):
            # any pronoun keeps that person apart.
            # Only a company is written "X S.A." or "X GmbH": the NER's "person" X of
            # other articles is it, however many they are.
            winners[key] = "other"
            continue
        ends = endings.get(key)
        if (
            ends is not None
            and len(ends) == 1
            and _ending_decides(by_class, ends, argued[key], other_types[key])
        ):
            (cls,) = ends
            winners[key] = cls
            if cls == "other" and not other_types[key]:
                other_types[key].update(ends["other"])  # "Herons" takes "Tacoma Herons"'s type
            continue
        if len(by_class) < 2:
            if placed[key] and set(by_class) == {"other"}:
                winners[key] = "other"
            continue
        people, others = len(by_class["person"]), len(by_class["other"])
        if people != others:
            winners[key] = "person" if people > others else "other"
        elif len(argued[key]) == 1:
            winners[key] = next(iter(argued[key]))
        elif weight[key]["person"] != weight[key]["other"]:
            # As many articles each way: the reading of more mentions wins.
            winners[key] = max(weight[key], key=lambda c: weight[key][c])
    for key in organisation_led(extractions) | written_as_company(extractions):
        winners[key] = "other"
    places = written_as_place(extractions) | known_town(extractions)
    for key, kind in places.items():
        winners[key] = "other"
        other_types[key] = Counter({kind: 1})
    if not winners:
        return extractions
    out: list[DocExtraction] = []
    for ex in extractions:
        changed = tuple(_retyped(e, winners, other_types, places) for e in ex.entities)
        out.append(ex if changed == ex.entities else dataclasses.replace(ex, entities=changed))
    return out


def countries_typed_person(extractions: Iterable[DocExtraction]) -> list[DocExtraction]:
    """A country's name that is no given name ("Niger", "Togo"), which an article's NER
    typed PERSON with nothing of a person, is that country wherever another article of
    the corpus names the country, unless an article names a person who bears the word
    in a longer name. A name people bear ("Chad", "Jordan", "Mali") is decided by its
    own article only (`kg.mentions`): "said Chad, a carpenter" is a man.

    Nothing of a person: no title, courtesy title or gendered word, and no pronoun
    resolved to it. The local key stays, so relations still point at it; the corpus
    groups it with the country (`is_country`).

    Args:
        extractions: Per-document results.

    Returns:
        The same extractions, with such local actors made the country.
    """
    extractions = list(extractions)
    countries = {e.country for ex in extractions for e in ex.entities if e.is_country}
    borne = {
        word
        for ex in extractions
        for e in ex.entities
        if e.type == "PERSON" and not e.is_country and " " in e.label.strip()
        for word in fold(e.label).split()
    }
    out: list[DocExtraction] = []
    for ex in extractions:
        changed = tuple(_country_of(e, countries, borne) for e in ex.entities)
        out.append(ex if changed == ex.entities else dataclasses.replace(ex, entities=changed))
    return out


def _country_of(e: LocalEntity, countries: Collection[str], borne: Collection[str]) -> LocalEntity:
    """``e`` made the country it names (see `countries_typed_person`), or ``e``."""
    if (
        e.type != "PERSON"
        or e.is_country
        or " " in e.label.strip()
        or e.roles
        or e.descriptors
        or e.female
        or e.male
        or e.she
        or e.he
        or fold(e.label) in borne
        or known_given_name(e.label)
    ):
        return e
    place = gazetteer.lookup_country(e.label)
    if place is None or place.kind != "name" or place.alpha3 not in countries:
        return e
    return dataclasses.replace(e, type="GPE", is_country=True, country=place.alpha3)


def said_person(e: LocalEntity) -> bool:
    """True when the article says the local actor is a person: a title, a courtesy
    title or gendered word, or a "he"/"she" resolved to it."""
    return bool(e.roles or e.descriptors or e.female or e.male or e.she or e.he)


def written_as_company(extractions: Iterable[DocExtraction]) -> set[str]:
    """Keys of names some article writes as a company's (``company_cues``: "shares of
    X", "X's chief executive") or gives as an organisation's other name ("the Dawn
    Party, known in Arabic as Hizb al-Kessar": ``other_names``, two words or more, no
    given name first), and no article says is a person (`said_person`): the articles
    that tagged it a person without a word on it are outvoted."""
    cued: set[str] = set()
    said: set[str] = set()
    for e in local_actors(extractions):
        key = organisation_key(e.label)
        if e.company_cues:
            cued.add(key)
        if e.type != "PERSON":
            cued.update(
                organisation_key(name)
                for name in e.other_names
                if len(name.split()) > 1 and not known_given_name(name.split()[0])
            )
        if said_person(e):
            said.add(key)
    return cued - said


def written_as_place(extractions: Iterable[DocExtraction]) -> dict[str, EntityType]:
    """Keys of names some article writes as a town or region with the region or country
    that holds it ("Marlo, Texas", "Marlo, Ore.": an alias `kg.relations.rules.places`
    read off the text), with that article's type (GPE or LOC), where no article says
    the name is a person (`said_person`) or writes it as a company's (``company_cues``).
    The articles that tagged the bare name a person or an organisation are outvoted: a
    name written with its region is a place's. Two articles that place it differently
    ("Marlo" a region in one, a town in another) decide nothing."""
    found: dict[str, set[EntityType]] = defaultdict(set)
    said: set[str] = set()
    for e in local_actors(extractions):
        key = organisation_key(e.label)
        if said_person(e) or e.company_cues:
            said.add(key)
        if e.type in ("GPE", "LOC") and any(_with_region(e.label, a) for a in e.aliases):
            found[key].add(e.type)
    return {k: next(iter(kinds)) for k, kinds in found.items() if len(kinds) == 1 and k not in said}


def known_town(extractions: Iterable[DocExtraction]) -> dict[str, EntityType]:
    """Keys of names of one to three words the gazetteer knows as a city or region
    ("Rzeszów"; the first word no given name) that some article types or writes as a
    place ("in Rzeszów") and others tag a person, with the place's type: nothing says
    person, so the gazetteer decides. A region's name of two or three words needs no
    article to place it ("governor of Khon Kaen") where no pronoun is resolved to it.

    Not when an article gives the name a title or gendered word ("Mr. Preston"; a
    pronoun resolved to it by distance says nothing),
    when a person of the corpus bears the word ("Lincoln" beside "Abraham Lincoln"),
    when it is a given name ("Charlotte"), nor when an article types it an
    organisation (a club called by its town)."""
    types: dict[str, set[EntityType]] = defaultdict(set)
    said: set[str] = set()
    placed: set[str] = set()
    # names of two or three words no article places: a region the gazetteer knows needs
    # no article to place it ("governor of Khon Kaen"), a city may be a person's name
    # ("Shah Alam"), and one word a surname ("Preston")
    unplaced: set[str] = set()
    pronouns: set[str] = set()
    borne: dict[str, set[str]] = defaultdict(set)  # word -> people's longer names with it
    for e in local_actors(extractions):
        key = organisation_key(e.label)
        types[key].add(e.type)
        # a title or gendered word, not a pronoun resolved by distance: the NER's
        # "person" town gets a "he" now and then
        if e.roles or e.descriptors or e.female or e.male or e.company_cues:
            said.add(key)
        if e.type in ("GPE", "LOC") or (e.type == "PERSON" and e.located):
            placed.add(key)
        elif e.type == "PERSON" and " " in key:
            unplaced.add(key)
        if e.she or e.he:
            pronouns.add(key)
        if e.type == "PERSON" and len(key.split()) > 1:
            # every word, but not a town's before a language: "Jaffna Tamil" typed
            # PERSON bears no "Jaffna" of a person ("Lincoln" of "Abraham Lincoln" is
            # one, and so is "Ho" of "Ho Iat-seng", a family name written first)
            words = key.split()
            if len(words) == 2 and words[1] in language_names():
                words = words[1:]
            for word in words:
                borne[word].add(key)
    out: dict[str, EntityType] = {}
    regions = {k for k in unplaced - placed - pronouns if gazetteer.region_country(k)}
    for key in (placed | regions) - said:
        if any(borne.get(word, set()) - {key} for word in key.split()):
            continue
        kinds = types[key]
        if (
            len(key.split()) <= 3
            and "PERSON" in kinds
            # the NER's "facility" of a region's name is its mistake too ("Khon Kaen")
            and kinds <= {"PERSON", "GPE", "LOC", "FAC"}
            and not known_given_name(key.split()[0])
            and (gazetteer.country_of_city(key) or gazetteer.region_country(key))
        ):
            out[key] = "LOC" if kinds - {"FAC"} == {"PERSON", "LOC"} else "GPE"
    return out


#: Nouns for a kind of place that a place's name written with its region's possessive
#: keeps after it ("Italy's Calabria region", `kg.relations.rules.places`).
PLACE_KINDS_AFTER = frozenset({"province", "region", "state", "island", "county", "district"})
#: "Ohio's Marlo", "Ohio's Marlo county": the region, the town (its kind left out).
_REGION_OWNS = re.compile(
    r"(?P<region>.+?)['\u2019]s (?P<town>.+?)"
    rf"(?: (?:{'|'.join(sorted(PLACE_KINDS_AFTER))}))?"
)


def _town_and_region(alias: str) -> tuple[str, str]:
    """The town and the region of a place written with its region ("Marlo, Ohio" or
    "Ohio's Marlo"), or two empty strings."""
    town, comma, region = alias.partition(", ")
    if comma and region:
        return town, region
    owned = _REGION_OWNS.fullmatch(alias)
    return (owned["town"], owned["region"]) if owned else ("", "")


def _with_region(name: str, alias: str) -> bool:
    """True for ``alias`` = ``name`` + ", " + a region or country the gazetteer knows,
    or that region's possessive + " " + ``name``."""
    return _town_and_region(alias)[0] == name and written_region(alias) is not None


def written_region(alias: str) -> tuple[str, str] | None:
    """Where a place written with its region lies, as (country, folded region): ("USA",
    "ohio") for "Marlo, Ohio" and "Ohio's Marlo", ("USA", "texas") for "Marlo, Tex.",
    ("FRA", "") for "Marlo, France"; None when the region is no region or country the
    gazetteer knows."""
    region = _town_and_region(alias)[1]
    if not region:
        return None
    state = gazetteer.us_state(region)
    if state is not None:
        return "USA", fold(state)
    country = gazetteer.region_country(region)
    if country is not None:
        return country, fold(region)
    code = gazetteer.country_code(region)
    return (code, "") if code is not None else None


def one_region_per_town(extractions: Iterable[DocExtraction]) -> list[DocExtraction]:
    """Drop the written "Town, Region" aliases of a town the corpus writes with two
    regions ("Marlo, Ohio" and "Marlo, Texas", or "Marlo, Peru"): two towns of one
    name, which the corpus stage may yet merge into one node, where each form would be
    wrong for the other town. A form with the country only agrees with one with a
    region of that country ("Marlo, USA", "Marlo, Texas").

    Args:
        extractions: Per-document results.

    Returns:
        The extractions, without those aliases.
    """
    extractions = list(extractions)
    regions: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for e in local_actors(extractions):
        for alias in e.aliases:
            where = written_region(alias) if _with_region(e.label, alias) else None
            if where is not None:
                regions[fold(e.label)].add(where)
    towns = {town for town, found in regions.items() if not _one_place(found)}
    if not towns:
        return extractions
    return _without_forms(
        extractions, lambda e: fold(e.label) in towns and not e.is_country, _with_region
    )


def _without_forms(
    extractions: list[DocExtraction],
    chosen: Callable[[LocalEntity], bool],
    form: Callable[[str, str], bool],
) -> list[DocExtraction]:
    """The extractions, with the aliases ``form(label, alias)`` dropped from the local
    actors ``chosen`` picks (the same lists where nothing changes)."""
    out: list[DocExtraction] = []
    for ex in extractions:
        entities = tuple(
            dataclasses.replace(e, aliases=tuple(a for a in e.aliases if not form(e.label, a)))
            if chosen(e)
            else e
            for e in ex.entities
        )
        out.append(ex if entities == ex.entities else dataclasses.replace(ex, entities=entities))
    return out


#: What ends a football club's name the way a legal form ends a company's: news calls
#: "Kessar Jaya FC" "Kessar Jaya" too.
CLUB_FORMS = frozenset({"fc", "afc"})


def club_name(label: str) -> str:
    """The key of a club's name without its "FC" ("Kessar Jaya FC" -> "kessar jaya"), for
    a name of two words or more before it; else ""."""
    *name, last = label.split() or [""]
    if len(name) < 2 or last.replace(".", "").lower() not in CLUB_FORMS:
        return ""
    return organisation_key(" ".join(name))


def short_forms(e: LocalEntity) -> list[str]:
    """Keys of the short forms an article wrote for an organisation: its aliases that are
    the leading words of its name, two words or more, with no given name first
    ("Palang Kessar" of "Palang Kessar Party"; not "Kofi Mensah" of the "Kofi Mensah
    Foundation", which may be the man)."""
    if e.type not in ("ORG", "NORP", "FAC") or e.is_country:
        return []
    words = organisation_key(e.label).split()
    found: list[str] = []
    for alias in e.aliases:
        short = organisation_key(alias).split()
        if (
            1 < len(short) < len(words)
            and words[: len(short)] == short
            and not known_given_name(alias.split()[0])
        ):
            found.append(" ".join(short))
    return found


def one_town_per_site(extractions: Iterable[DocExtraction]) -> list[DocExtraction]:
    """Keep apart the sites of one name the corpus writes in towns of two countries
    ("Kessel Embassy in Suva" and "Kessel Embassy in Apia"), which the corpus stage
    would merge into one node by their common name: an article that writes the site
    with the one town of its country among them names that site ("Kessel Embassy in
    Suva" becomes its label).

    Two towns of one country may be two sites as well ("High Court in Lahore" and "in
    Karachi"), but these keep their name, one node, without the "Site in Town" forms
    (`kg.relations.rules.places` reads them), each wrong for the other site; so does
    an article that writes none of the towns, or two. Nothing changes where a town is
    one the gazetteer does not place, which may lie in another ("in Kessel Cove" and "in
    Lyon": one site written two ways).

    Args:
        extractions: Per-document results.

    Returns:
        The extractions, those sites relabelled.
    """
    extractions = list(extractions)
    towns: dict[str, set[str]] = defaultdict(set)
    for e in local_actors(extractions):
        for alias in e.aliases:
            town = site_town(e.label, alias)
            if town:
                towns[fold(e.label)].add(town)
    # a town the gazetteer does not place may lie in another ("in Kessel Cove" and "in
    # Lyon"): one site written two ways
    sites = {
        site: apart
        for site, found in towns.items()
        if all(_country_of_town(t) for t in found) and len(apart := _apart(found)) > 1
    }
    if not sites:
        return extractions
    out: list[DocExtraction] = []
    for ex in extractions:
        entities = tuple(
            _named_by_town(e, sites[fold(e.label)]) if fold(e.label) in sites else e
            for e in ex.entities
        )
        out.append(ex if entities == ex.entities else dataclasses.replace(ex, entities=entities))
    return out


def _named_by_town(e: LocalEntity, apart: set[str]) -> LocalEntity:
    """A site of a name written with several towns across the corpus, labelled "Site in
    Town" where its article writes it with one of them, the one town of its country
    among them, and they lie in two countries or more; else without its town forms."""
    written = {a: town for a in e.aliases if (town := site_town(e.label, a))}
    countries = {town: _country_of_town(town) for town in apart}
    per_country = Counter(countries.values())
    named = {town for town in written.values() if town in apart}
    if len(named) != 1 or len(per_country) < 2 or per_country[countries[next(iter(named))]] != 1:
        return dataclasses.replace(e, aliases=tuple(a for a in e.aliases if a not in written))
    (town,) = named
    # the shortest form of that town ("... in Suva", not "... in Suva, Fiji")
    label = min((a for a, t in written.items() if t == town), key=lambda a: (len(a), a))
    return dataclasses.replace(e, label=label)


def _country_of_town(town: str) -> str:
    """The code of the country the gazetteer puts a folded town in, or is, or ""."""
    return gazetteer.country_of_city(town) or gazetteer.country_code(town) or ""


def _apart(places: set[str]) -> set[str]:
    """The places of a site's forms, less a country the gazetteer puts another of them in
    ("Kessel Arena in France" and "in Lyon" name one arena)."""
    countries = {p: code for p in places if (code := gazetteer.country_code(p)) is not None}
    held = {gazetteer.country_of_city(p) for p in places if p not in countries} - {None}
    return {p for p in places if p not in countries or countries[p] not in held}


def site_town(label: str, alias: str) -> str:
    """The folded town of an alias "<label> in <Town>[, <Region>]" (read by
    `kg.relations.rules.places`), or ""."""
    prefix = fold(label) + " in "
    folded = fold(alias)
    return folded[len(prefix) :].split(",")[0].strip() if folded.startswith(prefix) else ""


def _one_place(found: set[tuple[str, str]]) -> bool:
    """True when the (country, region) pairs a town is written with can be one place."""
    countries = {c for c, _ in found}
    return len(countries) == 1 and len({r for _, r in found if r}) <= 1


def organisation_led(extractions: Iterable[DocExtraction]) -> set[str]:
    """Keys of names typed PERSON that an organisation's name leads, so are one.

    * Two words: the first is, alone, a name some article types ORG; and an article of
      the "person" calls it by that word alone ("Halvex Marlow ... Halvex", beside
      "Halvex" the company elsewhere), which news does with a company's first word and
      not with a person's given name. Only the first word alone counts ("Kofi Mensah"
      stays a person beside the "Kofi Mensah Foundation").
    * One word: a brand, the first word of a longer name some article types ORG
      ("Quorvin" beside "Quorvin Atlantic"; not "House" beside "House of Deputies",
      whose first word is a common noun, nor a city the gazetteer knows beside the
      forest named after it, nor "Dabo" beside "Dabo University": a head word names a
      body often named after a person), that is no word of any longer name typed
      PERSON ("Quorvin" beside "Abel Quorvin" may be him).

    Never a given name the ``nicknames`` data knows, nor a name some article says is a
    person (`said_person`: "Mr. Quorvin") or tags as a place.
    """
    orgs: set[str] = set()
    brands: set[str] = set()  # first words of longer organisations' names
    people: dict[str, list[str]] = {}
    called: dict[str, set[str]] = defaultdict(set)  # name -> its one-word aliases
    said: set[str] = set()
    placed: set[str] = set()
    for e in local_actors(extractions):
        key = organisation_key(e.label)
        words = key.split()
        if e.type == "PERSON":
            people[key] = words
            called[key].update(fold(a) for a in e.aliases if len(a.split()) == 1)
            if said_person(e):
                said.add(key)
        elif e.type == "ORG" and len(words) == 1:
            orgs.add(words[0])
        elif (
            e.type == "ORG"
            and len(words) > 1
            and words[1] not in ("of", "and", "&")
            and not name_head_type(e.label)
        ):
            brands.add(words[0])
        elif e.type in PLACE_TYPES:
            placed.add(key)
    in_names = {w for words in people.values() if len(words) > 1 for w in words}
    return {
        key
        for key, words in people.items()
        if key not in said | placed
        and all(w.isalpha() for w in words)
        and not is_given_name(words[0])
        and (
            (len(words) == 2 and words[0] in orgs & called[key])
            or (
                len(words) == 1
                and words[0] in brands - in_names
                and not gazetteer.known_place(words[0])
            )
        )
    }


def _ending_decides(
    by_class: dict[TypeClass, set[str]],
    ends: dict[TypeClass, Counter[EntityType]],
    argued: set[TypeClass],
    types: Counter[EntityType],
) -> bool:
    """True when the longer names ending with a name decide its class: they are all of
    one class, the name is not yet of that class everywhere, and no article argues for
    the other class. A name becomes a person only where some article tagged it as one
    and none as a place ("Houston" beside "Whitney Houston" stays a city)."""
    (cls,) = ends
    if argued - {cls} or set(by_class) == {cls}:
        return False
    return cls == "other" or (bool(by_class.get("person")) and not set(types) & PLACE_TYPES)


def name_endings(
    extractions: Iterable[DocExtraction],
) -> dict[str, dict[TypeClass, Counter[EntityType]]]:
    """For each name that ends a longer name in the corpus ("herons" of "Tacoma
    Herons"), the classes of those longer names, with their types.

    An organisation counts only when the words before the ending name a place (a team
    or branch named after its city: "Tacoma Herons", "Spokane Otters"), so a run
    the NER glued onto a person ("Air Force for Acquisition Jane Roe") does not make
    "Jane Roe" an organisation. Countries are left out: "Sudan" ending "South Sudan"
    says nothing.
    """
    out: dict[str, dict[TypeClass, Counter[EntityType]]] = defaultdict(lambda: defaultdict(Counter))
    for e in local_actors(extractions):
        cls = type_class(e)
        words = organisation_key(e.label).split()
        for k in range(1, len(words)):
            if cls == "person" or names_place(words[:k]):
                out[" ".join(words[k:])][cls][e.type] += 1
    return out


def _retyped(
    e: LocalEntity,
    winners: dict[str, TypeClass],
    other_types: dict[str, Counter[EntityType]],
    places: Mapping[str, EntityType],
) -> LocalEntity:
    if e.is_country:
        return e
    key = organisation_key(e.label)
    if key in places and e.type != places[key]:
        return dataclasses.replace(e, type=places[key])
    winner = winners.get(key)
    if winner is None or winner == type_class(e) or evidence(e) == type_class(e):
        return e
    if winner == "person":
        return dataclasses.replace(e, type="PERSON")
    # the most voted other type; an organisation where every article tagged a person
    best = min(other_types[key].items(), key=lambda kv: (-kv[1], kv[0]), default=("ORG", 0))[0]
    return dataclasses.replace(e, type=best)
