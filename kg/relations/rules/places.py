"""Place rules: where a place lies and where an organisation is based.

* `place_apposition`: "Siena, Italy", "Boston, Mass.", "Acme Depot, Tulsa": a place
  or organisation followed by the country, region or town it is in; a state or province
  after the last town of a list holds that town ("between Aspen and Waco, Texas").
* `place_in`: "Halden Hospital in Tulsa", "the Chilean Embassy in Oslo",
  "the State University of X at Y", "scientists at the Acme Institute (AI) in Lyon",
  "Kisumu in western Kenya", also where the parser hangs the "in" after a place on a
  word above it ("40 percent in Cook County in northern Illinois"), and where it hangs
  the "in" after an institution that stays where it is built ("was taken to the Acme
  Court in The Hague").
* `based_in`: "the Tulsa-based X", "X, based in Y", "X, headquartered in Y",
  "X is located in Y".
* `organisation_of`: "Acme Co. of Tulsa"; a state body "of" its country is PART_OF it.
* `place_noun`: "X, a town in Y", "X, one of the towns in Y", "the X region of Y",
  "Y's province of X", "X, Y's capital", "X, a subsidiary of Y" (nouns of
  ``lexicon/place_nouns.tsv``).
* `place_copula`: "Arezzo is in Tuscany".
* `body_apposition`: "X, a Macau shipping firm", "X, Canada's largest bank",
  "X, an engineering firm in Dallas".
* `body_copula`: "X is a Dallas company", "X is the largest bank in Y".
* `body_before_name`: "the Hungarian news agency MTI", "the Texas firm Acme Corp.",
  "two German companies, Acme and Zeta".
* `seat_of`: "the Acme headquarters in Paris", "Acme's Gaithersburg, Md., headquarters",
  "the Paris branch of the Acme institute".
* `possessive_place`: "Peru's Foreign Ministry", "Ohio's Halvex plant",
  "Utah's Wasatch Range": a place owning an organisation or a place holds it.
* `national_body`: "the American Policy Institute" when the sentence names the United
  States too: a nationality adjective opening an organisation's name.
* `named_with_town`: "the Stockton Opera ... near Stockton": a town or region opening an
  organisation's name, or a place after "University of", "Bank of" (`NAMED_WHERE_HEADS`),
  when the sentence names it on its own too.

Everything gives LOCATED_IN (PART_OF for a part of an organisation or a state body).
A list is no apposition: in "Paris, London and Rome" no city is in another, and a town
is only put in a country or region the gazetteer does not place it outside of (unless
the region is an abbreviated US state, "Cairo, Ill."). What lies in a town written
with its region lies in both ("Acme Co. of Troy, Mich.", "Acme Hospital in Jesmond in
northeast England"), and in the town's country when the sentence names it.
Examples: ``tests/test_relations_places.py``.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from kg import gazetteer
from kg.names import is_legal_form, normalise_name
from kg.relations.candidates import (
    Candidate,
    Fact,
    ImpliedAlias,
    Sentence,
    implied_country,
    walks_mentions,
    walks_words,
)
from kg.relations.lexicon import is_government_body, place_nouns
from kg.relations.syntax import of_objects, subjects
from kg.resolve.document import PLACE_TYPES, ActorIndex, KeyedMention, LocalActor
from kg.resolve.keys import ActorKey, country_key
from kg.resolve.types import PLACE_KINDS_AFTER
from kg.spans import body_noun_after
from kg.vocab import RelationLabel

#: Participles that put their noun somewhere ("based in", "headquartered in").
LOCATING_WORDS = frozenset({"base", "based", "headquarter", "headquartered", "locate", "situate"})

#: Types of the places whose name written with their region is a name of theirs.
_TOWN_TYPES = frozenset({"GPE", "LOC"})

_BE = frozenset({"be"})
_APPOS = frozenset({"appos"})
_ATTR = frozenset({"attr"})

#: The only labels `place_apposition` reads a place off: a list pair, a bare modifier
#: after a comma, an apposition.
_APPOSITION_DEPS = frozenset({"conj", "npadvmod", "appos"})

#: Head words of institutions that stay where they are built: whatever is done at "the
#: Acme Hospital in X" or "the Ruritanian Embassy in X", the body is in X.
SITE_HEADS = frozenset(
    """embassy consulate court tribunal university college institute hospital clinic
    museum academy laboratory school seminary prison penitentiary library observatory
    center centre""".split()
)

#: Words before a site's head word that many sites of many towns share: "the High Court
#: in Tarnow" or "the General Hospital in Tarnow" names one of many, which the corpus may
#: merge by name, so its form with the town is no alias.
GENERIC_SITE_WORDS = frozenset(
    """supreme high district federal national central general state city county regional
    provincial municipal main international royal appeals appellate magistrates magistrate
    criminal civil family juvenile military public memorial community university teaching
    children's women's new old the of""".split()
)

#: Head words of facilities and features that run through many places, or whose names
#: many towns share: "the Marlo River in Tarnow" or "Route 9 in Tarnow" names a stretch,
#: "Main Street in Tarnow" one of many Main Streets.
_ALONG_PLACES = frozenset(
    """river lake sea bay canal coast road highway route interstate motorway expressway
    freeway railway line border pipeline corridor street avenue boulevard""".split()
)

#: Head words of named sites that an article may write with their town ("the Kessel
#: Arena in Tarnow"): the institutions of `SITE_HEADS` and places built to stay.
NAMED_SITE_HEADS = SITE_HEADS | frozenset({"arena", "stadium", "camp", "unit", "airport"})

Actor = tuple[ActorKey, Token]


def _actor(tok: Token, index: ActorIndex) -> Actor | None:
    key = index.key(tok)
    return (key, tok) if key is not None else None


def _is_place(key: ActorKey, index: ActorIndex) -> bool:
    return key.kind == "country" or index.tag(key) in PLACE_TYPES


def _region_country(key: ActorKey, index: ActorIndex) -> str | None:
    """The country of a region such as a US state or a province, else None."""
    actor = index.actors.get(key)
    if actor is None or actor.is_country:
        return None
    return gazetteer.region_country(actor.label) or next(
        (c for a in actor.aliases if (c := gazetteer.region_country(a))), None
    )


#: Last words of the names of a state's sites abroad: "the Norland Embassy in Kenya" is
#: in Kenya whatever state its name gives it to.
MISSION_HEADS = frozenset({"embassy", "consulate", "legation"})


def _known_country(key: ActorKey, index: ActorIndex) -> str:
    """The country the gazetteer puts a place in ("Osaka" -> JPN), or ""."""
    actor = index.actors.get(key)
    if actor is None or actor.is_country:
        return ""
    if actor.label.split()[-1].lower() in MISSION_HEADS:
        return ""  # a mission's country is the state it speaks for, not where it is
    return (
        actor.country or _region_country(key, index) or gazetteer.country_of_city(actor.label) or ""
    )


def _contains(outer: ActorKey, inner: ActorKey, index: ActorIndex) -> bool:
    """True when ``outer`` may hold ``inner``: a country or region the gazetteer does not
    place ``inner`` outside of, or a town holding a site or an organisation (never a town
    holding a town: "Paris, London" is a list)."""
    if outer == inner or inner.kind == "country" or not _is_place(outer, index):
        return False
    known = _known_country(inner, index)
    if outer.kind == "country":
        return not known or known == outer.name
    region = _region_country(outer, index)
    if region is not None:
        return _region_country(inner, index) is None and (not known or known == region)
    return index.tag(inner) not in ("GPE", None)


def _written_state(tok: Token) -> bool:
    """An agency abbreviation of a US state ("Va.", "Mass."): written only after the town
    it holds, so "Cairo, Ill." is the Illinois town whatever else it may name."""
    return gazetteer.us_state(tok.text) is not None


def _holds(outer: Actor, inner: Actor, index: ActorIndex) -> bool:
    """`_contains`, or a town followed by the abbreviated state it is in."""
    if _written_state(outer[1]) and _is_place(inner[0], index) and inner[0].kind != "country":
        # "Flagstaff, Ariz.": the abbreviation makes the name a US town, whatever region
        # abroad shares it; only a US state is in no other ("Ohio, Mass.").
        return outer[0] != inner[0] and _region_country(inner[0], index) != "USA"
    return _contains(outer[0], inner[0], index)


def _enclosing(place: Actor, index: ActorIndex) -> list[Actor]:
    """A place and the region written after it: "Troy, Mich." -> Troy and Michigan.

    What lies in Troy lies in Michigan too; a rule that puts something in a town
    written with its region puts it in both.
    """
    out = [place]
    for c in place[1].children:
        if c.dep_ != "appos" or _in_list(c) or _in_list(place[1]):
            continue
        outer = _actor(c, index)
        if outer is not None and _holds(outer, place, index):
            out.append(outer)
    preps = [c for c in place[1].children if c.dep_ == "prep" and c.lower_ == "in"]
    for prep in preps + _hung_above(place[1]):
        # "St. Ann's Hospital in Jesmond in northeast England": a region written with
        # "in" after the town holds it
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            outer = _actor(obj, index)
            if (
                outer is not None
                and outer not in out
                and _holds_regions(outer[0], index)
                and (_contains(outer[0], place[0], index) or _in_region(outer, place[0], index))
            ):
                out.append(outer)
    country = _country_named(place, index)
    if country is not None and all(a[0] != country[0] for a in out):
        out.append(country)
    return out


def _country_named(place: Actor, index: ActorIndex) -> Actor | None:
    """The country the gazetteer puts a town in, when the sentence names that country too
    ("the Ruritanian Embassy in London ... to Britain"): what lies in the town lies in
    it. None for a country, a place the gazetteer does not know, or a country not named."""
    if place[0].kind == "country" or index.tag(place[0]) not in PLACE_TYPES:
        return None
    known = _known_country(place[0], index)
    if not known:
        return None
    key = country_key(known)
    # Only the sentence's tokens that denote an actor (`keyed_in`) can name the country.
    sent = place[1].sent
    for i in index.keyed_in(sent.start, sent.end):
        tok = sent.doc[i]
        if index.key(tok) == key:
            return key, tok
    return None


def _holds_regions(key: ActorKey, index: ActorIndex) -> bool:
    """A country or a region: "the X region of Y" puts X in Y, but in "the Tulsa
    suburb of Jenks" the "of" names the suburb."""
    return key.kind == "country" or _region_country(key, index) is not None


def _in_list(tok: Token) -> bool:
    """True for a conjunct of a list ("Paris, London and Rome")."""
    return tok.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in tok.children)


def _edge(inner: Actor, outer: Actor, index: ActorIndex, predicate: str) -> Candidate:
    relation: RelationLabel = "LOCATED_IN"
    return Candidate(inner[0], outer[0], relation, inner[1], outer[1], predicate, "asserted")


def place_apposition(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "Siena, Italy", "Boston, Mass.", "Acme Depot, Tulsa, Okla."."""
    out: list[Candidate] = []
    for tok in sentence.with_dep(_APPOSITION_DEPS):
        if (tok.dep_ == "conj" and _comma_pair(tok)) or _comma_modifier(tok):
            pass  # "BAYONNE, France (AP)", "TUCSON, Ariz.": the parser reads no apposition
        elif tok.dep_ != "appos" or (
            not _written_state(tok)
            and (_in_list(tok) or _in_list(tok.head))
            and not _region_after_list(tok, index)
        ):
            continue
        outer, inner = _actor(tok, index), _actor(tok.head, index)
        if outer is None or inner is None or index.is_person(inner[0]):
            continue
        if tok.dep_ == "conj" and not _holds_regions(outer[0], index):
            continue
        if _holds(outer, inner, index):
            # "Acme Training Center, Fresno, Calif.": in the town and in its state
            enclosing = (
                _enclosing(outer, index) if index.tag(inner[0]) not in PLACE_TYPES else [outer]
            )
            edges = [_edge(inner, p, index, ",") for p in enclosing if p[0] != inner[0]]
            named = _written_with_region(inner, outer, index)
            if named and edges:
                edges[0] = dataclasses.replace(edges[0], implied=named)
            out += edges
    return out


def _written_with_region(inner: Actor, outer: Actor, index: ActorIndex) -> tuple[Fact, ...]:
    """ "Nome, Alaska" as written is a name of the town: an alias of ``inner`` when
    it is a town or region written with only a comma before the region or country
    that holds it (``outer``), and the gazetteer puts no town of that name in another
    country ("Paris, Tex." is no name of the French capital). A site or an organisation
    followed by its town ("Acme Depot, Troy") is a description, not a name."""
    if _town_held(inner, outer, index) is None:
        return ()
    place = inner[0]
    start, end = index.mention_span(inner[1])
    after, stop = index.mention_span(outer[1])
    text = inner[1].doc.text
    if text[end:after].strip() != ",":
        return ()
    return (ImpliedAlias(place, normalise_name(text[start:stop])),)


def _town_held(
    inner: Actor, outer: Actor, index: ActorIndex
) -> tuple[LocalActor, str | None] | None:
    """The town or region ``inner`` (its actor, and the country the gazetteer puts a city
    of that name in) where ``outer`` is a country or region that may hold it, or None
    (a country, no place, or a city the gazetteer puts in another country: "Paris, Tex.")."""
    place, region = inner[0], outer[0]
    if place.kind == "country" or index.tag(place) not in _TOWN_TYPES:
        return None
    actor = index.actors.get(place)
    country = region.name if region.kind == "country" else _region_country(region, index)
    if actor is None or country is None:
        return None
    known = gazetteer.country_of_city(actor.label)
    if known is not None and known != country:
        return None
    return actor, known


def _region_after_list(tok: Token, index: ActorIndex) -> bool:
    """ "between Aspen and Durango, Colorado": a state or province written after the last
    town of a list holds that town (a country, or a town after a town, may be one more
    item of the list)."""
    head = tok.head
    key = index.key(tok)
    return (
        head.dep_ == "conj"
        and not any(c.dep_ in ("conj", "cc") for c in head.children)
        and not any(c.dep_ in ("conj", "cc") for c in tok.children)
        and key is not None
        and _region_country(key, index) is not None
    )


def _trailing_preps(doc: Doc, start: int, end: int, word: str, seen: list[Token]) -> list[Token]:
    """The preposition right after a name that the parser hung on the name's last word:
    "the Institute of Botany of Lyon", "the Council of the Bar Association in Nairobi"."""
    if end >= len(doc) or end - start < 2:
        return []
    prep = doc[end]
    if prep.lower_ != word or prep.dep_ != "prep" or prep in seen:
        return []
    return [prep] if start < prep.head.i < end else []


def _comma_modifier(tok: Token) -> bool:
    """A name right after another name and a comma that the parser hangs on it as a bare
    modifier ("TUCSON, Ariz.", "Bangor, Maine 14 cloudy")."""
    return (
        tok.dep_ == "npadvmod"
        and tok.i == tok.head.i + 2
        and tok.doc[tok.i - 1].text == ","
        and tok.head.ent_type_ != ""
    )


def _comma_pair(tok: Token) -> bool:
    """Two names joined by a comma alone, with no "and" and no third name: "Bayonne,
    France" read as a list of two is a town and its country."""
    head = tok.head
    between = tok.doc[head.i + 1 : tok.i]
    return (
        len(between) >= 1
        and between[-1].text == ","
        and not any(c.dep_ in ("cc", "conj") for c in tok.children)
        and not any(c.dep_ == "cc" or (c.dep_ == "conj" and c != tok) for c in head.children)
    )


@walks_mentions
def place_in(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "Halden Hospital in Tulsa", "the Chilean Embassy in Oslo"."""
    out: list[Candidate] = []
    for keyed in sentence.mentions:
        if index.is_person(keyed.key) or keyed.key.kind == "country":
            continue
        group = index.actors.get(keyed.key)
        if group is not None and group.sector:
            continue  # "police in Nairobi": a group of its country, not a body sited there
        doc = sentence.span.doc
        root = index.root(keyed, doc)
        carrier = root
        if (
            root.dep_ == "compound"
            and root.head.pos_ == "NOUN"
            and index.key(root.head) is None
            and index.tag(keyed.key) in PLACE_TYPES
        ):
            carrier = root.head  # "the Halvex steel plant in Ohio", "Tuscany province"
        elif _body_noun_of(root, index) and index.tag(keyed.key) == "ORG":
            carrier = root.head  # "the Brenlow company in Lyonne": the company is Brenlow
        preps = [
            c
            for c in carrier.children
            if c.dep_ == "prep"
            and (
                c.lower_ == "in"
                or (c.lower_ == "at" and (is_site(root) or _at_facility(c, keyed.key, index)))
                or (c.lower_ == "for" and _court(root))
            )
            and not _after_conjunct(carrier, c)
        ]
        trailing = _trailing_preps(doc, keyed.mention.start, keyed.mention.end, "in", preps)
        preps += trailing
        after = _word_after(doc, keyed.mention.end)
        sited: list[Token] = []
        if (
            after is not None
            and after.lower_ in ("in", "at", "for")
            and after.dep_ == "prep"
            and after not in preps
            and after.head in root.ancestors
        ):
            if after.lower_ == "at":
                if is_site(root):
                    sited.append(after)  # "the State University of Ruritania at Halden"
            elif after.lower_ == "for":
                if _court(root):
                    sited.append(after)  # "the Court of Appeals for the Halden District"
            elif index.tag(keyed.key) in PLACE_TYPES:
                # "landed near Kisumu in western Kenya", "40 percent in Cook County in
                # Illinois": the parser hangs the "in" written right after a place on a
                # word above it; only a country or region it may lie in is taken there.
                preps.append(after)
            elif is_named_site(root) or _where_people_are(root, after):
                sited.append(after)  # "was brought before the Acme Court in The Hague"
        preps += sited
        for prep in preps:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                outer = _actor(obj, index) or _named_place(obj, index)
                own = prep.head in (root, carrier) or prep in trailing or prep in sited
                if (
                    outer is None
                    or _language(obj)
                    or not (
                        _contains(outer[0], keyed.key, index)
                        or _in_region(outer, keyed.key, index)
                        or (own and _town_of_company(root, obj, outer, index))
                    )
                ):
                    continue
                if not own and not _holds_regions(outer[0], index):
                    continue
                if prep.lower_ == "for" and outer[0].kind == "country":
                    continue  # "the Special Court for X" may sit abroad
                edges = [
                    _edge((keyed.key, root), place, index, prep.text)
                    for place in _enclosing(outer, index)
                ]
                named = _site_written_with_town(keyed, root, prep, outer, index)
                if named and edges:
                    edges[0] = dataclasses.replace(edges[0], implied=named)
                out += edges
    return out


def _site_written_with_town(
    keyed: KeyedMention, root: Token, prep: Token, outer: Actor, index: ActorIndex
) -> tuple[Fact, ...]:
    """ "the Halden Clinic in Tarnow", "the Kessel Arena in Tarnow, Ruritania": a named
    site written with "in" and the town or region it stands in, as the article writes
    it, is an alias of the site (its node keeps its own name as label), so that a search
    for the longer form finds it. Only a site (typed FAC, or with a head word of
    `NAMED_SITE_HEADS`), with "in" right after its name and the place's name right after
    "in"; a company "in" a town is a branch there, not a name of the company. A region
    written after the town with a comma is part of the form ("..., Ruritania")."""
    if prep.lower_ != "in" or prep.i != keyed.mention.end:
        return ()
    tag = index.tag(keyed.key)
    if not (
        (tag == "FAC" and root.lemma_.lower() not in _ALONG_PLACES)
        or (tag == "ORG" and is_named_site(root))
    ):
        return ()
    words = keyed.mention.mention.label.split()
    if len(words) > 1 and all(w.lower().rstrip(".") in GENERIC_SITE_WORDS for w in words[:-1]):
        return ()  # "the Supreme Court in Tarnow": many towns have one ("Kessel-Arena" none)
    if index.tag(outer[0]) not in _TOWN_TYPES:
        return ()
    doc = root.doc
    text = doc.text
    start = doc[keyed.mention.start].idx
    town_start, town_end = index.mention_span(outer[1])
    if text[prep.idx + len(prep.text) : town_start].strip():
        return ()  # "in the north of Tarnow", "in greater Tarnow"
    names = [text[start:town_end]]
    region = _region_after_town(doc, town_end, outer, index)
    if region is not None:
        names.append(text[start:region])
    return tuple(ImpliedAlias(keyed.key, normalise_name(name)) for name in names)


def _region_after_town(doc: Doc, town_end: int, town: Actor, index: ActorIndex) -> int | None:
    """Where a region or country written after a town and a comma ends ("Tarnow,
    Ruritania"), when it holds the town; else None."""
    comma = doc.char_span(town_end, town_end + 1, alignment_mode="expand")
    if comma is None or comma.text != "," or comma.end >= len(doc):
        return None
    word = doc[comma.end]
    region = _actor(word, index)
    if region is None or not _contains(region[0], town[0], index):
        return None
    return index.mention_span(word)[1]


def _at_facility(prep: Token, inner: ActorKey, index: ActorIndex) -> bool:
    """ "Tarn Aviation at Kessel Airport": an organisation "at" a named facility (an
    airport, a base, a port) hung on its name is there."""
    return index.tag(inner) == "ORG" and any(
        c.dep_ == "pobj" and (key := index.key(c)) is not None and index.tag(key) == "FAC"
        for c in prep.children
    )


def _language(obj: Token) -> bool:
    """True for a nationality word alone after "in": "broadcast in French", "Yomiuri
    Shimbun in Japanese" name a language, not a country; so does one the parser hangs the
    hour of a source line on ("Radio Verde in French 0830 GMT")."""
    place = gazetteer.lookup_country(obj.text)
    return (
        place is not None
        and place.kind == "demonym"
        and obj.head.lower_ == "in"
        and all(c.like_num for c in obj.children)
    )


def _body_noun_of(root: Token, index: ActorIndex) -> bool:
    """True when a name is written on a lower-case noun for a kind of body after it
    (`kg.spans.body_noun_after`: "the Brenlow company"). Not a noun in apposition to
    another body ("Force Ouvriere, the main Acme union": the union is Force Ouvriere, the
    name says whose workers it has), nor one that is an actor of its own."""
    noun = body_noun_after(root)
    return noun is not None and noun.dep_ != "appos" and index.key(noun) is None


def _court(root: Token) -> bool:
    """True for a court's name: "the Court of Appeals for X" sits in the district X."""
    return root.pos_ == "PROPN" and root.lemma_.lower() == "court"


def _word_after(doc: Doc, end: int) -> Token | None:
    """The word after a name, past an abbreviation of it in brackets: "the Acme
    Institute (AI) in Lyon" -> "in"."""
    if (
        end + 3 < len(doc)
        and doc[end].text == "("
        and doc[end + 2].text == ")"
        and doc[end + 1].pos_ == "PROPN"
    ):
        end += 3
    return doc[end] if end < len(doc) else None


def _where_people_are(root: Token, prep: Token) -> bool:
    """ "scientists at the Acme Institute in Lyon": an "in" hung on the noun that the "at"
    of the name hangs on says where the people are, and so where the body is."""
    return root.dep_ == "pobj" and root.head.lower_ == "at" and prep.head == root.head.head


def is_site(root: Token) -> bool:
    """True for the name of an institution that stays where it is built ("the Acme
    Hospital", "the Ruritanian Embassy", "the Court of Justice"): its head word is one
    of `SITE_HEADS`."""
    return _headed_by(root, SITE_HEADS)


def _headed_by(root: Token, heads: frozenset[str]) -> bool:
    """True for a proper noun whose lemma, or its singular, is one of ``heads``."""
    lemma = root.lemma_.lower()
    # "the Centers for Coastal Research": the parser keeps a proper noun's plural
    return root.pos_ == "PROPN" and (lemma in heads or lemma.removesuffix("s") in heads)


def is_named_site(root: Token) -> bool:
    """True for the name of a site (`is_site`) or of a place built to stay ("the Kessel
    Arena", "the Yarrow Refugee Camp"): its head word is one of `NAMED_SITE_HEADS`."""
    return _headed_by(root, NAMED_SITE_HEADS)


def _after_conjunct(head: Token, prep: Token) -> bool:
    """ "in Piedmont province and Genoa in Liguria": a phrase the parser hangs on the first
    item of a list but written after a later one is that item's."""
    return any(c.dep_ == "conj" and c.i < prep.i for c in head.children)


#: Place nouns that also name a share of something else ("Ruritania's part of the deal").
SHARE_NOUNS = frozenset({"part", "section", "area", "corner"})


def _named_place(noun: Token, index: ActorIndex) -> Actor | None:
    """The place named on a noun for a kind of place: "in Tuscany province", "in the
    southern part of Rwanda", "in Ruritania's capital"."""
    lemma = noun.lemma_.lower()
    if place_nouns().get(lemma) != "place":
        return None
    for c in noun.children:
        if c.dep_ == "compound" and c.i < noun.i and (a := _actor(c, index)) is not None:
            return a
        if (
            c.dep_ == "poss"
            and lemma not in SHARE_NOUNS
            and (a := _actor(c, index)) is not None
            and _holds_regions(a[0], index)
        ):
            return a  # "in Ruritania's capital", "in Ohio's largest county"
    for obj in of_objects(noun):
        if (a := _actor(obj, index)) is not None and _holds_regions(a[0], index):
            return a
    return None


def _in_region(outer: Actor, inner: ActorKey, index: ActorIndex) -> bool:
    """ "Dover in central Delaware": a region named with "in" holds a town whatever
    else the town's name may name (a town abroad of the same name)."""
    return (
        _region_country(outer[0], index) is not None
        and inner.kind != "country"
        and index.tag(inner) in PLACE_TYPES
        and _region_country(inner, index) is None
    )


def _located(word: Token, index: ActorIndex) -> list[Actor]:
    """What a locating participle puts somewhere: "X, based in", "the Y-based X",
    "X is based in", "X, which is based in", "X, a Y-based company"."""
    head = word.head
    if word.dep_ in ("acl", "amod", "relcl") and head != word:
        if head.dep_ == "appos" and index.key(head) is None:
            head = head.head  # "X, a Tulsa-based company"
        named = _actor(head, index)
        return [named] if named else []
    found: list[Actor] = []
    for s in subjects(word, surface=True):
        node = s
        if s.lower_ in ("which", "that") and s.head.dep_ == "relcl":
            node = s.head.head
        if (a := _actor(node, index)) is not None:
            found.append(a)
    return found


@walks_words(lambda: LOCATING_WORDS)
def based_in(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "the Tulsa-based X", "X, based in Y", "X, headquartered in Y"."""
    out: list[Candidate] = []
    for word in sentence.with_word(LOCATING_WORDS):
        if word.lower_ not in LOCATING_WORDS and word.lemma_ not in LOCATING_WORDS:
            continue
        if (
            word.lower_.startswith(("locat", "situat"))
            and not any(c.dep_ == "auxpass" for c in word.children)
            and word.dep_ != "acl"
        ):
            continue  # "they located the wreck": no place of anything
        places: list[Actor] = []
        for c in word.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                places += [a for o in c.children if o.dep_ == "pobj" if (a := _actor(o, index))]
            elif c.dep_ in ("npadvmod", "compound", "nmod") and c.i < word.i:
                places += [a for a in [_actor(c, index)] if a]  # "the Tulsa-based"
        for inner in _located(word, index):
            if index.is_person(inner[0]) or inner[0].kind == "country":
                continue
            for outer in (p for named in places for p in _enclosing(named, index)):
                if _is_place(outer[0], index) and outer[0] != inner[0]:
                    out.append(_edge(inner, outer, index, word.text))
    return out


@walks_mentions
def organisation_of(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "Acme Co. of Tulsa": an organisation "of" a place is based there."""
    out: list[Candidate] = []
    doc = sentence.span.doc
    for keyed in sentence.mentions:
        if index.tag(keyed.key) != "ORG" or index.is_person(keyed.key):
            continue
        root = index.root(keyed, doc)
        preps = list(root.children)
        preps += _trailing_preps(doc, keyed.mention.start, keyed.mention.end, "of", preps)
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                outer = _actor(obj, index)
                if outer is None or not (
                    _is_place(outer[0], index) or _town_of_company(root, obj, outer, index)
                ):
                    continue
                inner = (keyed.key, root)
                if outer[0].kind == "country" and is_government_body(keyed.mention.mention.label):
                    rel: RelationLabel = "PART_OF"
                    out.append(Candidate(inner[0], outer[0], rel, root, obj, "of", "asserted"))
                else:
                    out += [_edge(inner, p, index, "of") for p in _enclosing(outer, index)]
    return out


def _town_of_company(root: Token, obj: Token, outer: Actor, index: ActorIndex) -> bool:
    """ "Acme Co. of Stockton" or "Acme Co. in Stockton" with Stockton tagged as an
    organisation: after a company's name (ending in a legal form), "of" or "in" and one
    capitalised word name the town it is in (a body "of" a body has a longer name: "Acme
    Co. of Zeta Holdings")."""
    if not (
        is_legal_form(root.text)
        and index.tag(outer[0]) == "ORG"
        and obj.pos_ == "PROPN"
        and not obj.text.isupper()
        and not any(c.dep_ in ("compound", "nmod", "conj", "cc") for c in obj.children)
    ):
        return False
    start, end = index.mention_span(obj)
    return end - start == len(obj.text)


@walks_words(lambda: place_nouns().keys())
def place_noun(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "X, a town in Y", "the X region of Y", "X, a subsidiary of Y"."""
    out: list[Candidate] = []
    table = place_nouns()
    for noun in sentence.with_lemma(table.keys()):
        cls = table.get(noun.lemma_.lower())
        if cls in (None, "body") or noun.pos_ != "NOUN" or index.key(noun) is not None:
            continue
        named: list[Actor] = []
        appositive = _appositive(noun)
        if appositive is not None:
            named += [a for a in [_actor(appositive, index)] if a]  # "X, a town in Y"
        named += [
            a
            for c in noun.children
            if c.dep_ in ("compound", "nmod") and c.i < noun.i
            if (a := _actor(c, index))
        ]  # "the X region of Y"
        if cls == "place":
            named += [a for c in noun.children if c.dep_ == "appos" if (a := _actor(c, index))]
        preps = ("of",) if cls == "part" else ("in", "of")
        outers = [
            a
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in preps and not _after_conjunct(noun, p)
            for o in p.children
            if o.dep_ == "pobj"
            if (a := _actor(o, index))
        ]
        owners = _possessors(noun, index) if cls == "place" else []
        if owners:
            # "Serbia's province of Kosovo", "Baghdad, Iraq's capital": the possessor holds
            # the place; an "of" names it.
            named += [a for a in outers if a not in named]
            outers = owners
        for inner in named:
            for outer in outers:
                if inner[0] == outer[0] or index.is_person(inner[0]):
                    continue
                if cls == "part":
                    if index.tag(inner[0]) == "ORG" and index.tag(outer[0]) == "ORG":
                        rel: RelationLabel = "PART_OF"
                        cand = Candidate(
                            inner[0], outer[0], rel, inner[1], outer[1], noun.text, "asserted"
                        )
                        out.append(cand)
                elif (
                    _is_place(outer[0], index)
                    and inner[0].kind != "country"
                    and (appositive is not None or _holds_regions(outer[0], index))
                ):
                    out.append(_edge(inner, outer, index, noun.text))
    return out


#: Words that pick one or some out of a kind ("one of the towns in Y").
PARTITIVES = frozenset({"one", "some", "several", "each"})


def _appositive(noun: Token) -> Token | None:
    """The name a noun of a kind is in apposition to: "X, a town in Y" and "X, one of
    the border towns in Y" -> X; None when there is none."""
    if noun.dep_ == "appos":
        return noun.head
    prep = noun.head
    part = prep.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and part.lower_ in PARTITIVES
        and part.dep_ == "appos"
    ):
        return part.head
    return None


@walks_words(lambda: _BE)
def place_copula(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "Arezzo is in Tuscany", "the town is in southern Ohio": a place said to be "in"
    a country or region that may hold it."""
    out: list[Candidate] = []
    for verb in sentence.with_lemma(_BE):
        if verb.lemma_ != "be" or verb.pos_ not in ("AUX", "VERB"):
            continue
        inners = [
            a
            for s in verb.children
            if s.dep_ == "nsubj"
            if (a := _actor(s, index)) is not None
            and index.tag(a[0]) in PLACE_TYPES
            and a[0].kind != "country"
        ]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                outer = _actor(obj, index) or _named_place(obj, index)
                if outer is None or not _holds_regions(outer[0], index):
                    continue
                for inner in inners:
                    if _contains(outer[0], inner[0], index) or _in_region(outer, inner[0], index):
                        out.append(_edge(inner, outer, index, f"{verb.text} in"))
    return out


def _possessors(tok: Token, index: ActorIndex) -> list[Actor]:
    """The places a token is possessed by ("Russia's"), unless they are a list."""
    return [
        a
        for c in tok.children
        if c.dep_ == "poss" and not _in_list(c)
        if (a := _actor(c, index)) is not None and _is_place(a[0], index)
    ]


@walks_mentions
def possessive_place(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "Peru's Foreign Ministry", "Utah's Wasatch Range"."""
    out: list[Candidate] = []
    doc = sentence.span.doc
    for keyed in sentence.mentions:
        key = keyed.key
        if index.is_person(key) or key.kind == "country":
            continue
        root = index.root(keyed, doc)
        inner = (key, root)
        owners = _possessors(root, index)
        if (
            root.dep_ in ("compound", "nmod")
            and place_nouns().get(root.head.lemma_.lower()) == "body"
        ):
            # "Chile's Torvane firm", "Chile's Nueva Patria political party"; in "the
            # Acme, Zeta, and Ruritania's Wall firm" the possessive is the last item's alone
            owners += [
                a
                for a in _possessors(root.head, index)
                if root.dep_ == "compound" or (a[1].i < keyed.mention.start and not _in_list(root))
            ]
        if (
            root.dep_ == "compound"
            and root.head.lower_ in PLACE_KINDS_AFTER
            and index.tag(key) in _TOWN_TYPES
        ):
            owners += _possessors(root.head, index)  # "Italy's Calabria region"
        for outer in owners:
            if outer[0] == key:
                continue
            if index.tag(key) == "ORG":
                if outer[0].kind == "country" and is_government_body(keyed.mention.mention.label):
                    rel: RelationLabel = "PART_OF"
                    out.append(Candidate(key, outer[0], rel, root, outer[1], "'s", "asserted"))
                else:
                    out.append(_edge(inner, outer, index, "'s"))
            elif _holds(outer, inner, index):
                named = _written_with_owner(inner, outer, index)
                out.append(dataclasses.replace(_edge(inner, outer, index, "'s"), implied=named))
    return out


def _written_with_owner(inner: Actor, outer: Actor, index: ActorIndex) -> tuple[Fact, ...]:
    """ "Italy's Calabria", "Italy's Calabria region" as written is a name of the
    place, as "Calabria, Italy" is (`_written_with_region`): an alias of ``inner``, a
    town or region right after the possessive of the country or region that holds it,
    when the gazetteer puts no town of that name in another country."""
    held = _town_held(inner, outer, index)
    if held is None:
        return ()
    place, (actor, known) = inner[0], held
    start, _ = index.mention_span(outer[1])
    owner_end = outer[1].idx + len(outer[1].text)
    after, end = index.mention_span(inner[1])
    doc = inner[1].doc
    text = doc.text
    if text[owner_end:after] not in ("'s ", "’s "):
        return ()
    kind = inner[1].head
    if (
        inner[1].dep_ == "compound"
        and kind.lower_ in PLACE_KINDS_AFTER
        and kind.text.islower()
        and kind.idx == end + 1
    ):
        if known is not None:
            return ()  # "Nigeria's Lagos state" is the state, not the city of that name
        end = kind.idx + len(kind.text)
    elif not (gazetteer.known_place(actor.label) or actor.located):
        # "Ruritania's Kessar" the NER typed GPE: a leader, no place the gazetteer knows
        # nor one the article writes "in"
        return ()
    return (ImpliedAlias(place, normalise_name(text[start:end])),)


def body_apposition(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "X, a Macau shipping firm", "X, Canada's national newspaper": a noun for
    a kind of body (class "body" of ``lexicon/place_nouns.tsv``) in apposition to an
    organisation, with the place it is of; also "Jane Roe, head of X, the U.S. agency
    running it" (a body or a part of one), which the parser hangs on the person."""
    out: list[Candidate] = []
    table = place_nouns()
    for noun in sentence.with_dep(_APPOS):
        kind = table.get(noun.lemma_.lower())
        if kind not in ("body", "part"):
            continue
        inner = _actor(noun.head, index)
        if inner is not None and index.is_person(inner[0]):
            inner = _body_before(noun, index)
        elif kind != "body":
            continue
        if inner is None or index.tag(inner[0]) != "ORG" or index.is_person(inner[0]):
            continue
        places = _body_places(noun, inner, index)
        for outer in places:
            out.append(_edge(inner, outer, index, noun.text))
        group = index.actors.get(key) if (key := index.key(noun)) is not None else None
        if not places and group is not None and group.country and not group.is_country:
            # "Canada's largest newspaper" is read as a group actor of Canada's media.
            country = country_key(group.country)
            out.append(
                Candidate(
                    inner[0],
                    country,
                    "LOCATED_IN",
                    inner[1],
                    noun,
                    noun.text,
                    "asserted",
                    implied_country(index, country),
                )
            )
    return out


def _body_places(noun: Token, inner: Actor, index: ActorIndex) -> list[Actor]:
    """The places a noun for a kind of body puts an organisation in: "a Hong Kong firm",
    "Canada's largest bank", "an engineering firm in Dallas, Texas", "the largest bank
    in Ruritania's capital"."""
    places = [
        a
        for c in noun.children
        if c.dep_ in ("compound", "nmod", "npadvmod") and c.i < noun.i
        if (a := _actor(c, index)) is not None and _is_place(a[0], index)
    ] + _possessors(noun, index)
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            outer = _actor(obj, index) or _named_place(obj, index)
            if outer is not None and not _language(obj) and _contains(outer[0], inner[0], index):
                places += _enclosing(outer, index)
    return [p for p in places if p[0] != inner[0]]


def body_copula(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "Acme Corp. is a Dallas company", "Acme is the largest bank in Ruritania": an
    organisation said to be a kind of body (class "body" of ``lexicon/place_nouns.tsv``)
    of a place, unless the verb is negated ("Acme is no longer a Texas firm" says where
    it is not)."""
    out: list[Candidate] = []
    table = place_nouns()
    for noun in sentence.with_dep(_ATTR):
        verb = noun.head
        if (
            noun.pos_ != "NOUN"
            or table.get(noun.lemma_.lower()) != "body"
            or verb.lemma_ != "be"
            or any(c.dep_ == "neg" or c.lower_ in ("longer", "formerly") for c in verb.children)
            or any(c.dep_ == "neg" for c in noun.children)
        ):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            inner = _actor(subject, index)
            if inner is None or index.tag(inner[0]) != "ORG" or index.is_person(inner[0]):
                continue
            for outer in _body_places(noun, inner, index):
                out.append(_edge(inner, outer, index, noun.text))
    return out


def _body_before(noun: Token, index: ActorIndex) -> Actor | None:
    """The organisation written right before an apposition the parser hung on a person:
    in "Jane Roe, head of X, the U.S. agency" the agency is X, named in the person's
    other apposition ("head of X"); None when there is no such organisation."""
    doc = noun.doc
    i = noun.left_edge.i
    if i < 2 or doc[i - 1].text != ",":
        return None
    tok = doc[i - 1].head if doc[i - 2].dep_ == "punct" else doc[i - 2]
    named = _actor(tok, index)
    if named is None or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    title = tok.head.head
    return named if title.dep_ == "appos" and title.head == noun.head else None


@walks_mentions
def body_before_name(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "the Hungarian news agency MTI", "the Texas firm Acme Corp.": a noun for a kind of
    body or a part of one (classes "body" and "part" of ``lexicon/place_nouns.tsv``)
    written right before an organisation's name, with the place or nationality that
    modifies the noun; also a body noun the names are in apposition to ("two German
    companies, Acme and Zeta")."""
    out: list[Candidate] = []
    table = place_nouns()
    doc = sentence.span.doc
    for keyed in sentence.mentions:
        start = keyed.mention.start
        if start == 0 or index.tag(keyed.key) != "ORG" or index.is_person(keyed.key):
            continue
        root = doc[start : keyed.mention.end].root
        before = doc[start - 1]
        noun = (
            before
            if before.pos_ == "NOUN" and table.get(before.lemma_.lower()) in PARTS
            else _kind_noun_before(root, table)
        )
        if noun is None:
            continue
        for c in noun.children:
            if c.dep_ not in ("compound", "nmod", "amod", "poss") or c.i > noun.i:
                continue
            place = _actor(c, index)
            if place is None or not _is_place(place[0], index) or place[0] == keyed.key:
                continue
            out.append(_edge((keyed.key, root), place, index, noun.text))
    return out


#: Classes of ``place_nouns.tsv`` for a body or a part of one.
PARTS = frozenset({"body", "part"})


def _kind_noun_before(root: Token, table: dict[str, str]) -> Token | None:
    """The noun for a kind of body a name is in apposition to, written right before it
    with a comma: "the Texas firm, Acme Corp.", "two German companies, Acme and Zeta"
    (each name of the list); None when there is none ("German companies and Acme" is a
    list of other bodies, "German companies, including Acme" no apposition)."""
    tok = root
    while tok.dep_ == "conj" and tok.head.pos_ == "PROPN":
        tok = tok.head  # up a list of names to its first
    noun = tok.head
    if (
        tok.dep_ not in ("appos", "conj")
        or noun.i >= tok.i
        or noun.pos_ != "NOUN"
        or table.get(noun.lemma_.lower()) != "body"
        or noun.i + 2 != tok.left_edge.i
        or noun.doc[noun.i + 1].text != ","
    ):
        return None
    return noun


@walks_words(lambda: place_nouns().keys())
def seat_of(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "the Acme headquarters in Paris", "Acme's Paris office", "the headquarters of Acme
    in Paris": a noun for where a body sits (class "seat" of ``lexicon/place_nouns.tsv``)
    puts the body in the place."""
    out: list[Candidate] = []
    table = place_nouns()
    for noun in sentence.with_lemma(table.keys()):
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or (table.get(lemma) != "seat" and lemma not in SITE_PARTS):
            continue
        mods = [c for c in noun.children if c.dep_ in ("compound", "poss", "nmod") and c.i < noun.i]
        of_objs = [t for o in of_objects(noun) for t in _named_body(o, table)]
        bodies = [
            a
            for t in mods + of_objs
            if (a := _actor(t, index)) is not None
            and index.tag(a[0]) == "ORG"
            and not index.is_person(a[0])
        ]
        # A name written on the noun must be known for a place ("the Acme's Gaithersburg, Md.,
        # headquarters"), not a unit the NER took for one ("the Navy's 5th Fleet
        # headquarters").
        places = [
            p
            for t in mods
            if (a := _actor(t, index)) is not None and _is_place(a[0], index)
            if _known_country(a[0], index) or _holds_regions(a[0], index)
            for p in _enclosing(a, index)
        ]
        # "the Acme's Gaithersburg, Md., headquarters": the parser may hang the town on its state
        places += [
            a
            for t in mods
            if _written_state(t)
            for c in t.children
            if c.dep_ in ("nmod", "compound") and c.i < t.i
            if (a := _actor(c, index)) is not None and _is_place(a[0], index)
        ]
        places += [
            p
            for prep in [*noun.children, *_hung_above(noun)]
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for o in prep.children
            if o.dep_ == "pobj"
            if (a := _actor(o, index)) is not None and _is_place(a[0], index)
            for p in _enclosing(a, index)
        ]
        if lemma in SITE_PARTS:
            # "the Ruritanian branch of the Aid Society" is a national chapter, not a seat
            places = [p for p in places if p[0].kind != "country"]
        for body in bodies:
            for place in places:
                if place[0] != body[0]:
                    out.append(_edge(body, place, index, noun.text))
    return out


#: Parts of an organisation (class "part") that are a site of it as its offices are:
#: "the Halden branch of Acme Bank" puts the bank in Halden as "Acme's Halden office" does.
SITE_PARTS = frozenset({"branch"})


def _named_body(obj: Token, table: dict[str, str]) -> list[Token]:
    """The word naming a body: the object itself, or the name written on a noun for a
    kind of body ("the Acme institute" -> Acme)."""
    if table.get(obj.lemma_.lower()) != "body":
        return [obj]
    return [obj] + [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i]


def _hung_above(noun: Token) -> list[Token]:
    """The "in" written right after a noun that the parser hung on a word above it: in
    "a briefing at the Acme headquarters in Gaithersburg" the "in" names where the
    headquarters is, whatever word the parser gave it to."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is None or after.lower_ != "in" or after.dep_ != "prep":
        return []
    return [after] if after.head in noun.ancestors else []


#: Words that make a name about something else than where the body is: "the Syrian
#: Observatory for Human Rights", "the American College of Tirana".
NAME_PREPOSITIONS = frozenset({"of", "for", "in", "at", "to", "on"})


@walks_mentions
def national_body(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "the Turkish Airlines", "the American Policy Institute": an organisation whose
    name opens with a nationality adjective is LOCATED_IN that country when the sentence
    names the country too (a state body is PART_OF it, `government_body`); the name alone
    makes no country an actor of the story. A country's name opening a name says less ("Georgia
    Tech", "Chad Smith Foundation"), and a name with a preposition may be named after
    something else than its seat, so neither is read."""
    out: list[Candidate] = []
    doc = sentence.span.doc
    for keyed in sentence.mentions:
        m = keyed.mention
        mention = m.mention
        if (
            mention.type != "ORG"
            or not mention.country
            or index.is_person(keyed.key)
            or is_government_body(mention.label)
            or any(w in NAME_PREPOSITIONS for w in mention.label.lower().split())
        ):
            continue
        place = gazetteer.lookup_country(doc[m.start].text)
        if place is None or place.kind != "demonym" or place.ambiguous:
            continue
        if place.alpha3 != mention.country:
            continue
        country = country_key(mention.country)
        written = next(
            (
                doc[o.mention.start]
                for o in sentence.mentions
                if o.key == country
                and o.mention.mention.kind != "demonym"
                and not (m.start <= o.mention.start < m.end)
            ),
            None,
        )
        if country == keyed.key or written is None:
            continue  # only a sentence that names the country itself puts the body in it
        root = doc[m.start : m.end].root
        out.append(
            Candidate(
                keyed.key, country, "LOCATED_IN", root, written, doc[m.start].text, "asserted"
            )
        )
    return out


#: Last words of names that are named after a place they are not in: an accord or a
#: treaty signed there, a group first met there ("the Warsaw Pact", "the Minsk Group").
NAMED_AFTER_HEADS = frozenset(
    """group pact accord accords agreement treaty process summit conference declaration
    protocol statute initiative format talks forum round convention conventions charter
    consensus plan doctrine""".split()
)


#: Heads of the names of institutions named after where they are: "the University of
#: X", "the Bank of X", "the Museum of X" are in X ("the Friends of X" or "the Council
#: of X" may be about X from elsewhere).
NAMED_WHERE_HEADS = SITE_HEADS - {"embassy", "consulate", "court", "tribunal"} | {"bank"}


def _institution_of(label: str, place: str) -> bool:
    """True for a name "<head> of <place>" whose head is one of `NAMED_WHERE_HEADS`:
    "University of Lyonne", "the Bank of Ruritania", "University of Lyonne Medical School"."""
    words = label.split()
    size = len(place.split())
    for i, word in enumerate(words[:-1]):
        if (
            word.lower() in NAMED_WHERE_HEADS
            and words[i + 1] == "of"
            and " ".join(words[i + 2 : i + 2 + size]) == place
        ):
            return True
    return False


@walks_mentions
def named_with_town(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """ "the Stockton Opera ... to Stockton", "Ohio Tech ... Dover, Ohio": an
    organisation whose name opens with a town's or region's name that the sentence also
    names on its own is in that place. A country opening a name says less ("Georgia
    Tech", `national_body`), and a pact, a group or a talks format is named after where
    it was made. An institution "of" a place the sentence names on its own is there too
    ("the University of Lyonne ... in Lyonne", "the Bank of Ruritania ... Ruritania's")."""
    out: list[Candidate] = []
    doc = sentence.span.doc
    places = [k for k in sentence.mentions if _is_place(k.key, index)]
    for keyed in sentence.mentions:
        m = keyed.mention
        label = m.mention.label
        words = label.split()
        if (
            m.mention.type not in ("ORG", "FAC")
            or index.is_person(keyed.key)
            or len(words) < 2
            or words[-1].lower() in NAMED_AFTER_HEADS
        ):
            continue
        for place in places:
            p = place.mention
            if p.start < m.end and m.start < p.end:
                continue  # the place written inside the name is no second mention
            names = {p.mention.label, p.mention.text, p.mention.label.removesuffix(" State")}
            opens = place.key.kind != "country" and any(
                label.startswith(f"{n} ") for n in names if n
            )
            if not opens and not any(_institution_of(label, n) for n in names if n):
                continue
            root = doc[m.start : m.end].root
            out.append(
                _edge((keyed.key, root), (place.key, doc[p.end - 1]), index, doc[m.start].text)
            )
            break
    return out
