"""Across documents: the same actor in every article becomes one `kg.model.Entity`.

An organisation the NER glued to the next one ("Halvex and Marlo Composite") is first
named by its right half (`split_glued_pairs`); names the NER missed in an article are
then recovered where the corpus knows them (`kg.resolve.recover.promote_candidates`, a
gazetteer built from the corpus itself), and a city written only as a side of a game is
named by its team (`kg.resolve.teams.name_cities_by_team`: "a 27-20 win over Spokane").
Local actors then get one type class per name across the corpus
(`kg.resolve.types.reconcile_types`: the articles vote, evidence breaks ties), then are
grouped by a typed group key (a country by its code; a lone surname by its folded name
*and its article*, since "Nyenpan" may be the father in one article and the son in the
next; another person by its folded name; any other actor by its folded name without a
legal form such as "Corp."). Named merge passes then join groups, each guarded against
wrong merges and each recorded, so the result says by which rule every local actor
joined its entity (`Resolution.joins`, and per surface form `Entity.merged`: the merge
audit):

1. `same_person_pass`: two full names of one person: spelling variants, middle initials,
   generational suffixes, nicknames (`kg.resolve.persons`).
2. `lone_surname_pass`: a lone surname ("Dorbor", "Mrs. Dorbor", "President Dorbor")
   joins the bearer its evidence fits: honorifics, titles and pronouns must not clash
   (`kg.resolve.evidence`); one fitting bearer named in its own article, else the one
   bearer in the corpus, the one whose title it carries, or the bearer that clearly
   dominates the corpus (`DOMINANCE_RATIO`, `DOMINANCE_DOCUMENTS`). A surname the NER
   typed as an organisation or place is decided the same way, where its article
   shares actors with the bearer's (`surnames_typed_other`).
3. `lone_given_name_pass`: "Tony" joins the one Anthony of its article.
4. `lone_same_name_pass`: lone surnames no bearer took join each other by name, unless
   their genders clash.
5. `other_name_pass`: "Halvex Computer" joins "Halvex Systems" where an article says it
   changed its name to that; a nickname joins the organisation an article gives it to.
6. `acronym_pass`: an acronym joins the one organisation whose initials it spells.
7. `country_prefix_pass`: "U.S. Fisheries Board" = "United States Fisheries
   Board".
8. `written_form_pass`: "Halden Motors" = "Halden Motor", "Department of Mines" =
   "Mines Department".
9. `dropped_word_pass`: "Halden Bank" joins "Halden Commercial Bank" where an article
   names both.
10. `corporate_group_pass`: "Halden Group" and "Halden Holding LLC" join "Halden".
11. `known_form_pass`: a short form an article joined to one actor ("NM" for "Norvik
    Motors", "PKW" after "Kessel Workers Party", "Halvex" where two articles wrote
    "Halvex Computer ... Halvex") joins that actor everywhere; and
    `untagged_name_pass`: short forms of one name the NER never tagged ("Halvex" and
    "Halvex Marlow" where articles write "Halvex Marlow Composite Index") are one actor.
12. `short_name_pass`: "Red Sox" joins "Boston Red Sox" when it is the only longer name
    that ends with it and the words before it name a place (or the only one its
    articles name).
13. `of_head_pass`: "House" joins "House of Representatives".
14. `clipped_name_pass`: "Halv" joins the "Halvex Reserve" its articles name.
15. `founder_name_pass`: "Halden" joins "John Halden Company".
16. `party_pass`: "Democrats" joins "Democratic Party", "Greens" "Green Party".
17. `leading_name_pass`: "Nordfjell" joins "Nordfjell Resources", "Bong" "Bong County".
18. `other_type_pass`: "Marlo Ridge" typed PERSON in some articles and written "in Marlo
    Ridge" in another is one place, when nothing says it is a person.
19. `people_of_place_pass`: "West Africans" joins "West Africa".
20. `misspelling_pass`: "Halvxe Motors" written once joins "Halvex Motors".
21. `alias_file_pass`: the user's forced merges.

The user's ``separate`` rules veto passes 1-20; ``drop`` removes actors before grouping;
``rename`` names the result. The outcome does not depend on the order of the inputs,
and every pass looks names up in indexes (by family name, initials, name ending), so
the cost grows linearly with the number of distinct names.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Indel

from kg import gazetteer
from kg.aliases import AliasRules
from kg.lexicon import gender_words
from kg.model import DocExtraction, Entity, EntityType, LocalEntity, NameCandidate, Sector
from kg.names import base_name, fold, organisation_key, written_legal_form
from kg.relations.lexicon import government_words, party_words
from kg.resolve.evidence import (
    KIN_WORDS,
    PARENT,
    UNSAID_PRONOUNS,
    Gender,
    arabic_given_name,
    clash,
    clear_given_name_gender,
    cue_gender,
    decide_gender,
    given_name_gender,
    is_kunya,
    known_given_name,
    may_be_family_first,
    office_head,
    titles_clash,
)
from kg.resolve.keys import ActorKey, country_key, other_key, person_key
from kg.resolve.naming import (
    accents,
    acronym_in_a_persons_name,
    acronym_key,
    best_name,
    has_acronym,
    initials,
    is_acronym,
    is_place_words,
    names_place,
    sentence_case_initials,
    trade_name,
    vote_type,
)
from kg.resolve.persons import (
    ARABIC_ABU,
    ARABIC_ARTICLES,
    PATRONYMIC,
    SUFFIXES,
    TITLE_COUNTRIES,
    TITLE_OR_GIVEN,
    NicknameIndex,
    PersonName,
    arabic_alike,
    arabic_spelling,
    city_not_person,
    compound_first,
    family_first_spelled_alike,
    family_name_as_written,
    greek_family,
    greek_spelling,
    middles_agree,
    nickname_forms,
    own_words,
    parse_person,
    personal_name,
    same_person,
    slavic_family,
    syllable_words,
    syllables,
    title_led_apart,
    transliterated,
    written_family_first,
)
from kg.resolve.recover import promote_candidates
from kg.resolve.teams import TEAM_CITY, name_cities_by_team, with_city
from kg.resolve.types import (
    PLACE_TYPES,
    countries_typed_person,
    local_actors,
    one_region_per_town,
    one_town_per_site,
    reconcile_types,
    site_town,
)
from kg.resolve.types import evidence as type_evidence
from kg.spans import WEB_ENDING, is_head_word, name_head_type, parent_head, unit_head, water_head

#: Rule names of the merge audit.
SAME_NAME = "same name"
SAME_COUNTRY = "same country"
SAME_PERSON = "same person"
LONE_SURNAME = "lone surname"
GIVEN_NAME = "given name"
ACRONYM = "acronym"
KNOWN_FORM = "known short form"
SAME_COUNTRY_NAME = "country written another way"
WRITTEN_FORM = "name written another way"
UNTAGGED_NAME = "short forms of one untagged name"
DROPPED_WORD = "word left out"
PEOPLE_OF_PLACE = "people of a place"
SHORT_NAME = "short name"
HEAD_WORDS = "words before 'of'"
CORPORATE_GROUP = "company and its group"
FOUNDER_NAME = "family name of a company"
MISSPELLED = "misspelled"
CITY_SPELLING = "city's name spelled another way"
LEADING_NAME = "leading words"
PARTY = "party and members"
ALIAS_FILE = "alias file"
CLIPPED = "first word clipped"
OTHER_NAME = "another name an article gives it"
SAME_NAME_OTHER_TYPE = "same name typed otherwise"
SPELLED_OUT = "marked letters spelled out"
#: A surface form joined to its actor inside one article (`kg.resolve.document`): a
#: surname after the full name, an acronym after its expansion, a shorter name.
SAME_DOCUMENT = "same document"
#: A label that glued two names, the local actor named by the right one instead
#: (`split_glued_pairs`): the glued form's line in the audit, which says why it is gone.
GLUED_PAIR = "two names glued: named by the right one"

#: A lone surname whose article names no full form joins the most mentioned fitting
#: bearer only when it has at least this many times the mentions of the next one ...
DOMINANCE_RATIO = 3.0
#: ... and appears in at least this many documents.
DOMINANCE_DOCUMENTS = 3
#: A company's first word alone joins the company across the corpus when at least this
#: many articles wrote the company's name with its trade and then the word alone
#: ("Halvex Computer ... Halvex"): one article may mean another company of the word.
TRADE_ARTICLES = 2


@dataclass(frozen=True, slots=True, order=True)
class GroupKey:
    """The group a local actor starts in.

    Attributes:
        actor: Its country code or folded name (`ActorKey`).
        doc: The article, for a lone surname (decided article by article); else "".
    """

    actor: ActorKey
    doc: str = ""

    # Group keys are hashed and compared in every step of the union-find (hundreds of
    # thousands of times on a corpus): these skip the tuples of both fields the
    # generated methods build and the call to `ActorKey`'s own methods. Equal keys have
    # equal names and documents.
    def __hash__(self) -> int:
        return hash(self.actor.name) ^ hash(self.doc)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GroupKey):
            return NotImplemented
        return (
            self.actor.name == other.actor.name
            and self.doc == other.doc
            and self.actor.kind == other.actor.kind
        )

    @property
    def words(self) -> list[str]:
        """The words of the folded name."""
        return self.actor.words


@dataclass(frozen=True, slots=True)
class Join:
    """How one document's local actor became part of an entity (one merge-audit line).

    Attributes:
        doc: Document id.
        key: The local actor's key in that document.
        label: Its name in that document.
        group: Its group key (same folded name, same country code, or a lone surname in
            its article).
        rule: The pass that joined its group to the entity (`SAME_PERSON`,
            `LONE_SURNAME`, `ACRONYM`, `SHORT_NAME`, `PARTY`, `ALIAS_FILE`), or
            `SAME_NAME` / `SAME_COUNTRY` for the entity's head group.
        via: The group it was joined to by ``rule``; None for the head group.
    """

    doc: str
    key: str
    label: str
    group: GroupKey
    rule: str
    via: GroupKey | None = None


@dataclass(frozen=True, slots=True)
class Resolution:
    """Result of cross-document resolution.

    Attributes:
        entities: Resolved actors sorted by id.
        key_map: ``(doc_id, local key) -> entity id``; keys of dropped actors are absent.
        countries: Ids of the entities that are sovereign countries (whatever the user
            renamed them to).
        joins: Entity id -> how each of its local actors joined it (the merge audit).
    """

    entities: tuple[Entity, ...]
    key_map: dict[tuple[str, str], str]
    countries: frozenset[str] = frozenset()
    joins: dict[str, tuple[Join, ...]] = field(default_factory=dict)


def slugify(name: str) -> str:
    """Return a stable, URL-safe id for a canonical name ("José Mujica" -> "jose-mujica")."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name).replace("'", "")).strip("-")
    return slug or "actor"


def group_key(
    doc: str,
    e: LocalEntity,
    surnames: frozenset[str] = frozenset(),
    hyphenated: frozenset[str] = frozenset(),
) -> GroupKey:
    """The group a local actor starts in: its country code; a lone surname by name and
    article; else its folded name. An acronym is an organisation whatever its type.

    A one-word name of another type that is a family name in ``surnames``
    (`surnames_typed_other`) also starts in its article's group: it may be that person
    mistyped ("Dorbor" tagged ORG), decided by `lone_surname_pass`; and so does a
    person's double-barrelled family name in ``hyphenated`` written alone
    (`double_barrelled_families`: "Prewitt-Hayes")."""
    if e.is_country:
        return GroupKey(country_key(e.country))
    name = fold(e.label)
    if e.type != "PERSON" or is_acronym(e.label):
        key = ActorKey("other", organisation_key(e.label))
        return GroupKey(key, doc) if key.name in surnames and name == key.name else GroupKey(key)
    if not parse_person(name).given or (" " not in e.label.strip() and name in hyphenated):
        # a double-barrelled family name written alone ("Prewitt-Hayes") is a lone one
        return GroupKey(ActorKey("person", name), doc)
    if courtesy_given_name(name) and not e.located:
        # "Khun Malee": a given name after a courtesy title, decided article by article
        # as a lone given name is (`lone_given_name_pass`)
        return GroupKey(ActorKey("person", name), doc)
    return GroupKey(ActorKey("person", name))


def courtesy_given_name(folded: str) -> str:
    """The given name of a folded name that is a courtesy title of either gender and one
    word ("malee" of "khun malee": `gender.tsv` kind "given-name honorific", as Thai
    English writes Mr. or Ms. before a given name), or "". Before more words the title
    is part of a name ("Khun Htun Oo", a Shan name)."""
    words = folded.split()
    if len(words) == 2 and words[0] in gender_words("given-name honorific"):
        return words[1]
    return ""


def double_barrelled_families(extractions: Sequence[DocExtraction]) -> frozenset[str]:
    """Folded family names of two words that the corpus's people write with a hyphen
    after a given name the name data know ("prewitt hayes" of "Angela Prewitt-Hayes"):
    written alone, such a name is a lone surname, not a given and a family name
    ("Prewitt Hayes")."""
    found: set[str] = set()
    for e in local_actors(extractions):
        if e.type != "PERSON":
            continue
        for label in dict.fromkeys((e.label, *e.aliases)):
            words = label.split()
            # a given name first: "MacBook Wi-Fi" typed PERSON bears no family name
            if len(words) >= 2 and _double_barrelled(words[-1]) and known_given_name(words[0]):
                found.add(fold(words[-1]))
    return frozenset(found)


def _double_barrelled(word: str) -> bool:
    """True for two capitalised words of letters joined by a hyphen ("Prewitt-Hayes");
    not "Jong-un" or "al-Dhaleen", nor two given names ("Jean-Pierre", "Anne-Marie"),
    which a person alone may be called by."""
    parts = word.split("-")
    return (
        len(parts) == 2
        and all(len(p) > 1 and p.isalpha() and p[0].isupper() for p in parts)
        and not all(known_given_name(p) for p in parts)
    )


def surnames_typed_other(
    extractions: Sequence[DocExtraction], hyphenated: frozenset[str] | None = None
) -> frozenset[str]:
    """Family names of the corpus's people that are also one-word names of another type
    and may be those people mistyped by the NER.

    A family name written with a hyphen counts as one word ("Prewitt-Hayes" tagged ORG
    beside "Angela Prewitt-Hayes": `double_barrelled_families`), with the same
    exclusions.

    Left out: a word that starts a longer name of an organisation or place ("Marlow" with
    "Marlow Motor Company"), a country, city or region (LOC), a name its own article
    argues is an organisation (a head word, a legal form: `kg.resolve.types.evidence`),
    and family names only of "people" with an acronym or a head word in their name ("GM
    Europe" tagged PERSON).

    Args:
        extractions: The corpus's per-document results.
        hyphenated: Its `double_barrelled_families`, when the caller has them.
    """
    if hyphenated is None:
        hyphenated = double_barrelled_families(extractions)
    families: set[str] = set(hyphenated)
    starts: set[str] = set()
    candidates: set[str] = set()
    for e in local_actors(extractions):
        name = fold(e.label)
        if e.type == "PERSON":
            parts = parse_person(name)
            if (
                parts.given
                and not acronym_in_a_persons_name(e.label)
                and not name_head_type(e.label)
                and not city_not_person(e.label, e.located > 0)
            ):
                families.add(parts.family)
            continue
        words = organisation_key(e.label).split()
        barrelled = len(words) == 2 and name in hyphenated and _double_barrelled(e.label)
        if len(words) > 1 and not barrelled:
            starts.add(words[0])
        elif (
            words
            and (words[0] == name or barrelled)
            and e.type != "LOC"  # a region ("Europe"), never a surname the NER missed
            and not is_acronym(e.label)
            and type_evidence(e) is None
            and gazetteer.lookup_country(e.label) is None
            and not gazetteer.country_of_city(e.label)
        ):
            candidates.add(name)
    return frozenset(candidates & families - starts)


#: Order of groups: it decides which of two entities with one slug keeps the plain id
#: (others, then people, then countries; kept from the first versions so ids are stable).
_KIND_ORDER = {"other": 0, "person": 1, "country": 2}


def _order(key: GroupKey) -> tuple[int, str, str]:
    return (_KIND_ORDER[key.actor.kind], key.actor.name, key.doc)


@dataclass(slots=True)
class _Evidence:
    """What the text says about a group or cluster of people, summed over its actors."""

    mentions: int = 0
    female: int = 0
    male: int = 0
    she: int = 0
    he: int = 0
    titles: set[str] = field(default_factory=set)
    descriptors: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    located: int = 0
    #: Pronouns resolved to its full names only (not to lone surnames joined to it).
    full_she: int = 0
    full_he: int = 0
    #: The genders its full names' given names have in every country's list ("" none);
    #: empty where it holds no person's full name.
    given: set[Gender] = field(default_factory=set)

    def add(self, doc: str, e: LocalEntity, full: str = "") -> None:
        """Add one local actor; ``full`` is the folded full name of its group when the
        group is a person's full name."""
        if full:
            self.full_she += e.she
            self.full_he += e.he
            self.given.add(clear_given_name_gender(parse_person(full).given))
        self.mentions += e.mentions
        self.located += e.located
        self.female += e.female
        self.male += e.male
        self.she += e.she
        self.he += e.he
        self.titles.update(e.roles)
        said = set(e.descriptors) - {PARENT}  # kin evidence only (`_kin_beside`)
        self.titles.update(said)
        self.descriptors.update(said)
        self.docs.add(doc)

    def absorb(self, other: _Evidence) -> None:
        """Add another cluster's evidence to this one (in place)."""
        self.mentions += other.mentions
        self.located += other.located
        self.female += other.female
        self.male += other.male
        self.she += other.she
        self.he += other.he
        self.titles |= other.titles
        self.descriptors |= other.descriptors
        self.docs |= other.docs
        self.full_she += other.full_she
        self.full_he += other.full_he
        self.given |= other.given

    @property
    def gender(self) -> Gender:
        return decide_gender(self.female, self.male, self.she, self.he)

    @property
    def said_gender(self) -> Gender:
        """The gender honorifics and titles say, pronouns left out: a lone surname's
        few pronouns were resolved by distance and mislead more than they tell."""
        return decide_gender(self.female, self.male)

    def fits(self, other: _Evidence) -> bool:
        """No clash of gender or titles between a lone surname (self) and a bearer."""
        gender_clash = clash(self.said_gender, other.gender)
        return not gender_clash and not titles_clash(self.titles, other.titles)


class _Groups:
    """The groups of local actors and the merges between them (a union-find)."""

    def __init__(
        self,
        members: dict[GroupKey, list[tuple[str, LocalEntity]]],
        rules: AliasRules,
        runs: Mapping[str, Sequence[tuple[str, ...]]] | None = None,
    ):
        self.members = members
        self.rules = rules
        #: Each article's capitalised runs that no mention took, in body text, as words
        #: (`body_runs`).
        self.runs: Mapping[str, Sequence[tuple[str, ...]]] = runs or {}
        self.keys = sorted(members, key=_order)
        self.parent: dict[GroupKey, GroupKey] = {k: k for k in self.keys}
        self.cluster: dict[GroupKey, list[GroupKey]] = {k: [k] for k in self.keys}
        #: Every merge that joined two clusters: (rule, group, group).
        self.merges: list[tuple[str, GroupKey, GroupKey]] = []
        self.by_doc: dict[str, list[GroupKey]] = defaultdict(list)
        for g in self.keys:
            for d in dict.fromkeys(d for d, _ in members[g]):
                self.by_doc[d].append(g)
        #: Per article, its local actors' folded names and their countries (lazily).
        self._doc_names: Mapping[str, frozenset[str]] | None = None
        self._doc_countries: Mapping[str, frozenset[str]] | None = None
        #: Each cluster root's evidence, summed once and kept up to date by `union`.
        self._evidence: dict[GroupKey, _Evidence] = {}
        #: Each group's voted type (`type`), until `retype` changes its members.
        self._types: dict[GroupKey, EntityType] = {}
        #: The people's groups written with a nickname in quotes, and theirs.
        self._nicknamed: dict[GroupKey, str] = {
            g: nickname
            for g in self.keys
            if g.actor.kind == "person" and (nickname := parse_person(g.actor.name).nickname)
        }

    def find(self, x: GroupKey) -> GroupKey:
        parent = self.parent
        while True:
            up = parent[x]
            # A root is its own parent, nearly always the very object: ``is`` first.
            if up is x or up == x:
                return x
            parent[x] = x = parent[up]  # path halving

    def union(self, a: GroupKey, b: GroupKey, rule: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key is the root so the result does not depend on input order.
            lo, hi = sorted((ra, rb), key=_order)
            if lo in self._evidence or hi in self._evidence:
                # The larger evidence absorbs the smaller, so joining many small groups
                # to one big cluster costs the small groups' size only.
                small, large = sorted(
                    (self.evidence(lo, root=lo), self.evidence(hi, root=hi)),
                    key=lambda ev: len(ev.docs),
                )
                large.absorb(small)
                self._evidence[lo] = large
                del self._evidence[hi]
            self.parent[hi] = lo
            self.cluster[lo].extend(self.cluster.pop(hi))
            self.merges.append((rule, a, b))

    def names(self, g: GroupKey) -> set[str]:
        return {n for _, e in self.members[g] for n in (e.label, *e.aliases)}

    def doc_names(self) -> Mapping[str, frozenset[str]]:
        """Each article's folded names and aliases, of every local actor (built once)."""
        if self._doc_names is None:
            found: dict[str, set[str]] = defaultdict(set)
            for members in self.members.values():
                for d, e in members:
                    found[d].update(fold(a) for a in (e.label, *e.aliases))
            self._doc_names = defaultdict(frozenset, {d: frozenset(n) for d, n in found.items()})
        return self._doc_names

    def doc_countries(self) -> Mapping[str, frozenset[str]]:
        """Each article's country codes, of every local actor tied to one (built once)."""
        if self._doc_countries is None:
            found: dict[str, set[str]] = defaultdict(set)
            for members in self.members.values():
                for d, e in members:
                    if e.country:
                        found[d].add(e.country)
            self._doc_countries = defaultdict(
                frozenset, {d: frozenset(c) for d, c in found.items()}
            )
        return self._doc_countries

    def may_merge(self, a: GroupKey, b: GroupKey) -> bool:
        """False when the user's alias file keeps the two clusters apart, or when each
        holds a name written with another nickname in quotes (Jose "Pepito" Roe and
        Joseph "Junior" Roe, whatever plain "Joseph Roe" each would join)."""
        mine, theirs = self._nicknames(a), self._nicknames(b)
        if mine and theirs and mine != theirs:
            return False
        if not self.rules.separations:
            return True
        names_a = {n for g in self.cluster[self.find(a)] for n in self.names(g)}
        names_b = {n for g in self.cluster[self.find(b)] for n in self.names(g)}
        return not self.rules.keeps_apart(names_a, names_b)

    def _nicknames(self, g: GroupKey) -> frozenset[str]:
        """The quoted nicknames of the names of ``g``'s cluster ("pepito")."""
        if not self._nicknamed:
            return frozenset()  # most corpora: no join pays for the test
        return frozenset(
            self._nicknamed[o] for o in self.cluster[self.find(g)] if o in self._nicknamed
        )

    def join(self, a: GroupKey, b: GroupKey, rule: str) -> None:
        """Merge two groups unless the user's alias file keeps them apart."""
        if self.find(a) != self.find(b) and self.may_merge(a, b):
            self.union(a, b, rule)

    def retype(self, g: GroupKey, label: EntityType) -> None:
        """Give the local actors of ``g`` another type (a place's name that is an
        organisation's short name): the entity's type is voted over them."""
        self.members[g] = [(d, dataclasses.replace(e, type=label)) for d, e in self.members[g]]
        self._types.pop(g, None)

    def of_kind(self, kind: str) -> list[GroupKey]:
        return [g for g in self.keys if g.actor.kind == kind]

    def full_names(self) -> list[GroupKey]:
        return [g for g in self.of_kind("person") if not g.doc]

    def lone_names(self) -> list[GroupKey]:
        """Lone surnames, and one-word names of another type that may be one
        (`surnames_typed_other`), each in its article."""
        return [g for g in self.keys if g.doc]

    def label(self, g: GroupKey) -> str:
        return self.members[g][0][1].label

    def type(self, g: GroupKey) -> EntityType:
        found = self._types.get(g)
        if found is None:
            types: Counter[EntityType] = Counter()
            for _, e in self.members[g]:
                types[e.type] += e.mentions
            found = self._types[g] = vote_type(types)
        return found

    def gender(self, g: GroupKey) -> Gender:
        """``evidence(g).gender``, without keeping the evidence of a cluster that has
        none yet: joining two clusters then sums neither (most lone names are only
        asked their gender)."""
        root = self.find(g)
        found = self._evidence.get(root)
        if found is not None:
            return found.gender
        return _gender_of([e for m in self.cluster[root] for _, e in self.members[m]])

    def evidence(self, g: GroupKey, root: GroupKey | None = None) -> _Evidence:
        """The evidence of ``g``'s whole cluster (``root``: its root, when known).

        The object is shared and changes when the cluster is joined to another: read
        it, do not keep it across a merge."""
        root = root or self.find(g)
        found = self._evidence.get(root)
        if found is None:
            found = self._evidence[root] = _Evidence()
            for member in self.cluster[root]:
                full = member.actor.name if member.actor.kind == "person" and not member.doc else ""
                for d, e in self.members[member]:
                    found.add(d, e, full)
        return found


# ---------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------


def same_person_pass(groups: _Groups) -> None:
    """Full names of one person join (`kg.resolve.persons.same_person`), compared within
    a family name, within a given name and the family name's first letter, and within
    an East Slavic family name however transliterated (`kg.resolve.persons.transliterated`:
    "Aleksandr Berestovskiy", "Oleksandr Berestovskyi")."""
    parsed = {g: parse_person(g.actor.name) for g in groups.full_names()}
    nicknames = NicknameIndex(parsed.values())
    generations: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_family: dict[str, list[GroupKey]] = defaultdict(list)
    by_given: dict[tuple[str, str], list[GroupKey]] = defaultdict(list)
    # an East Slavic family name however transliterated ("Berestovskyi", "Berestovsky")
    by_spelling: dict[str, list[GroupKey]] = defaultdict(list)
    for g, name in parsed.items():
        generations[name.base].add(name.suffix)
        by_family[name.family].append(g)
        by_given[(name.given, name.family[:1])].append(g)
        if slavic_family(name.family):
            by_spelling[transliterated(name.family)].append(g)
        if greek_family(name.family):
            by_spelling[f"greek {greek_spelling(name.family)}"].append(g)
    # The generations of each name's nickname kin ("Bob Roe" -> "sr" and "jr" of "Robert
    # Roe Sr." and "Robert Roe Jr."): "Bob Roe" and "Rob Roe" beside both are father and
    # son as often as one man, so neither joins the other.
    kin_generations: dict[GroupKey, frozenset[str]] = {}

    def kin(g: GroupKey) -> frozenset[str]:
        found = kin_generations.get(g)
        if found is None:
            mine = parsed[g]
            found = kin_generations[g] = frozenset(
                parsed[c].suffix
                for c in by_family[mine.family]
                if parsed[c].suffix
                and parsed[c].given != mine.given
                and nicknames.same_given(parsed[c].given, mine.given, mine.family)
            )
        return found

    pairs: dict[tuple[GroupKey, GroupKey], None] = {}
    # read only where a name is led by "Ato" (`TITLE_OR_GIVEN`)
    title_docs = (
        _docs_naming(groups, TITLE_COUNTRIES)
        if any(name.given in TITLE_OR_GIVEN for name in parsed.values())
        else frozenset()
    )

    def titled_here(g: GroupKey) -> bool:
        # an article of the name names a country whose news writes "Ato" as a title
        return not groups.evidence(g).docs.isdisjoint(title_docs)

    for buckets in (by_family, by_given, by_spelling):
        for _, gs in sorted(buckets.items()):
            for i, a in enumerate(gs):
                for b in gs[i + 1 :]:
                    na, nb = parsed[a], parsed[b]
                    written = {na.suffix, nb.suffix} - {""}
                    others = (
                        bool(generations[na.base] - written - {""})
                        or bool(generations[nb.base] - written - {""})
                        or (na.given != nb.given and len(kin(a) & kin(b) - written) > 1)
                    )
                    if (
                        (
                            same_person(na, nb, nicknames, others)
                            or (not others and _junior_said_bare(groups, a, b, na, nb))
                        )
                        and not clash(groups.evidence(a).gender, groups.evidence(b).gender)
                        # "Ato Abebe" and "Ato Tesfaye Abebe" where "Ato" is a title
                        and not (title_led_apart(na, nb) and (titled_here(a) or titled_here(b)))
                    ):
                        pairs[(a, b)] = None
    for a, b in _one_middle_each(pairs, parsed):
        groups.join(a, b, SAME_PERSON)
    for a, b in [
        *_romanised_alike(groups, parsed, pairs),
        *_family_spelled_two_ways(groups, parsed, by_family),
        *_lineage_written_short(groups, parsed),
        *_personal_name_before_patronymic(groups, parsed),
    ]:
        # never a chain of such pairs that would make two names of one article one
        # person ("Raed", "Raid", "Riad"): its own stage kept them apart
        if groups.evidence(groups.find(a)).docs.isdisjoint(groups.evidence(groups.find(b)).docs):
            groups.join(a, b, SAME_PERSON)
    for short, full in _initial_for_given_name(parsed, by_family):
        # "A. Roe" is written with its dot, shares an actor with the full name's
        # articles, and no gender said of it clashes with the full name's (its given
        # name's, where nothing is said: "Ms. A. Roe" is not "Andrew Roe")
        full_gender = groups.evidence(full).gender or given_name_gender(parsed[full].given)
        if (
            groups.label(short).split()[0].endswith(".")
            and not clash(full_gender, groups.evidence(short).gender)
            and _related(groups, short, full)
        ):
            groups.join(full, short, SAME_PERSON)
    for full, short in [
        *_double_surnames(parsed, by_family, nicknames),
        *_family_names_alone(parsed),
    ]:
        if not clash(
            groups.evidence(full).gender, groups.evidence(short).gender
        ) and not _kin_beside(groups, short, full):
            groups.join(full, short, SAME_PERSON)
    for g in groups.of_kind("other"):
        bearer = _nicknamed_person(groups, g, parsed, by_family, nicknames)
        if bearer is not None:
            groups.join(bearer, g, SAME_PERSON)
    for a, b in _written_another_way(groups):
        # the genders of the clusters as they stand: no chain joins a man and a woman
        if not clash(groups.evidence(a).gender, groups.evidence(b).gender):
            groups.join(a, b, SAME_PERSON)


def _romanised_alike(
    groups: _Groups,
    parsed: Mapping[GroupKey, PersonName],
    found: Collection[tuple[GroupKey, GroupKey]],
) -> list[tuple[GroupKey, GroupKey]]:
    """Pairs of full names of one person that outlets romanised from Arabic two ways
    (`kg.resolve.persons.arabic_alike`: "Tarek Al Khatib" and "Tareq al-Khateeb", "Abdel Wahab
    El Sharqawi" and "Abd al-Wahhab al-Sharqawi"), beyond the ``found`` pairs: both led by
    a given name the name lists give Arab countries (`arabic_given_name`: not "Jun Lee"
    and "Jun Li"), an Arabic article, "bin" or "Abu" in one of them, or the given name
    and a later word spelled two ways (`_spelled_two_ways`), no clash of gender, never
    named in one article (where its own stage kept them apart), and articles that share
    an actor other than a place, a country or a group (`_telling`): two such names of two
    people ("Amer Khalil", "Amir Khalil") seldom meet in one story."""
    by_rest: dict[tuple[str, ...], list[GroupKey]] = defaultdict(list)
    for g in parsed:
        spelled = arabic_spelling(g.actor.name)
        if len(spelled) > 1 and arabic_given_name(g.actor.name.split()[0]):
            by_rest[spelled[1:]].append(g)
    marked = {g for gs in by_rest.values() for g in gs if _arabic_marked(g.actor.name)}
    out: list[tuple[GroupKey, GroupKey]] = []
    for _, gs in sorted(by_rest.items()):
        for i, a in enumerate(gs):
            for b in gs[i + 1 :]:
                if (
                    (a, b) not in found
                    and (b, a) not in found
                    and (a in marked or b in marked or _spelled_two_ways(a, b))
                    and arabic_alike(arabic_spelling(a.actor.name), arabic_spelling(b.actor.name))
                    and not clash(_likely_gender(groups, a), _likely_gender(groups, b))
                    and groups.evidence(a).docs.isdisjoint(groups.evidence(b).docs)
                    and _story_shared(groups, a, b)
                ):
                    out.append((a, b))
    return out


def _family_spelled_two_ways(
    groups: _Groups,
    parsed: Mapping[GroupKey, PersonName],
    by_family: Mapping[str, list[GroupKey]],
) -> list[tuple[GroupKey, GroupKey]]:
    """Pairs of names of one person written family name first, with a given name of two
    syllables joined by a hyphen as written in one of them at least, whose family names
    are one Korean name romanised two ways ("Lee Tae-rong" / "Yi Tae-rong":
    `family_first_spelled_alike`),
    no clash of gender, never named in one article, and articles of one story
    (`_story_shared`): a North Korean "Ri" and a South Korean "Lee", a Taiwanese "Ku"
    and a Korean "Koo" of one given name seldom meet in one."""

    out: list[tuple[GroupKey, GroupKey]] = []
    for _, gs in sorted(by_family.items()):
        for i, a in enumerate(gs):
            for b in gs[i + 1 :]:
                if (
                    family_first_spelled_alike(parsed[a], parsed[b])
                    and (_syllabled(groups, a) or _syllabled(groups, b))
                    and not clash(_likely_gender(groups, a), _likely_gender(groups, b))
                    and groups.evidence(a).docs.isdisjoint(groups.evidence(b).docs)
                    and _story_shared(groups, a, b)
                ):
                    out.append((a, b))
    return out


def _syllabled(groups: _Groups, g: GroupKey) -> bool:
    """True when a name of ``g`` is written as two words, the second a given name of two
    syllables joined by a hyphen ("Roe Chang-min": its family name first)."""
    return any(
        len(label := e.label.split()) == 2 and syllables(label[1]) for _, e in groups.members[g]
    )


def _spelled_two_ways(a: GroupKey, b: GroupKey) -> bool:
    """True when two names differ in the spelling of the given name and of a later word
    ("Mohammad Kazemi Far" and "Muhammed Kazimi Far"): two outlets romanised the whole
    name each its own way, which no two people's names of one spelling show ("Dana Lee"
    and "Dana Li" may be two women)."""
    first_a, *rest_a = a.actor.name.split()
    first_b, *rest_b = b.actor.name.split()
    return first_a != first_b and rest_a != rest_b


#: Words of an Arabic name after its given name: an article, "bin", "ibn", "bint", "Abu".
_ARABIC_MARKS = ARABIC_ARTICLES | PATRONYMIC | ARABIC_ABU


def _arabic_marked(name: str) -> bool:
    """True for a folded full name whose words after the given name say it is Arabic: an
    article, "bin"/"bint"/"ibn", "Abu", a word led by "Abd", or a word the name lists give
    Arab countries ("Amr Said"); not "Dana Lee" or "Sara Meyer", whose given names those
    lists hold too."""
    return any(
        w in _ARABIC_MARKS or w.startswith("abd") or arabic_given_name(w) for w in name.split()[1:]
    )


def _likely_gender(groups: _Groups, g: GroupKey) -> Gender:
    """What the text says of a full name's gender, else its given name's where every
    country's list agrees ("Ayman" a man's, "Eman" a woman's)."""
    return groups.evidence(g).gender or clear_given_name_gender(parse_person(g.actor.name).given)


def _lineage_written_short(
    groups: _Groups, parsed: Mapping[GroupKey, PersonName]
) -> list[tuple[GroupKey, GroupKey]]:
    """Pairs of an Arabic name written as a given name and a father's name alone ("Nasser
    bin Faisal") and the one longer name of the corpus it starts, spelled one way
    (`arabic_spelling`: "Nasser bin Faisal Al Marlo"), whose articles share an actor that
    is no place (`_story_shared`), that no article names both of, and whose genders do
    not clash. None where two longer names start so ("... Al Marlo", "... Al Kessim"):
    either may be meant."""
    spelled = {g: arabic_spelling(g.actor.name) for g in parsed}
    short = {
        g: s
        for g, s in spelled.items()
        if len(s) == 3
        and s[1] in ("bin", "bint")
        # written in lower case ("Bin Laden" is a family name) after an Arabic given name
        and len(written := groups.label(g).split()) > 1
        and written[1] in PATRONYMIC
        and arabic_given_name(g.actor.name.split()[0])
    }
    out: list[tuple[GroupKey, GroupKey]] = []
    for g, words in sorted(short.items()):
        longer = {
            groups.find(f) for f, other in spelled.items() if len(other) > 3 and other[:3] == words
        }
        if len(longer) != 1:
            continue
        (root,) = longer
        if (
            not clash(_likely_gender(groups, g), _likely_gender(groups, root))
            # an article that writes both kept them apart: two people
            and groups.evidence(g).docs.isdisjoint(groups.evidence(root).docs)
            and _story_shared(groups, g, root)
        ):
            out.append((root, g))
    return out


def _personal_name_before_patronymic(
    groups: _Groups, parsed: Mapping[GroupKey, PersonName]
) -> list[tuple[GroupKey, GroupKey]]:
    """Pairs of a name of two words or more written without the father's name ("Kamal
    Idris") and the one longer name of the corpus that is that name, "bin" or "binti"
    and a father's name ("Kamal Idris bin Yusof"; `kg.resolve.document` joins the two
    where one article writes both, and `same_person_pass` joins no two names an article
    keeps apart), with no clash of gender and articles that share two actors other than
    places (`_telling`: a personal name of two words is common, and one news agency
    cited by both stories ties nothing). None where two longer names start so: either
    may be meant. The son named after his father ("Rahim bin Kamal Idris") is never the
    father ("Kamal Idris")."""
    longer: dict[tuple[str, ...], set[GroupKey]] = defaultdict(set)
    for g in parsed:
        for _, e in groups.members[g]:
            personal = personal_name(fold(e.label).split(), e.label)
            if personal:
                longer[tuple(personal)].add(g)
    out: list[tuple[GroupKey, GroupKey]] = []
    for g in parsed:
        fits = {groups.find(f) for f in longer.get(tuple(g.actor.name.split()), ())}
        if len(fits) != 1 or groups.find(g) in fits:
            continue
        (root,) = fits
        context = _article_context(groups, g, lambda c: _telling(groups, c))
        if (
            not clash(_likely_gender(groups, g), _likely_gender(groups, root))
            # two actors: a personal name of two words is common ("Muhammad Hafiz"),
            # and one news agency both stories cite ties nothing
            and _shared(groups, context, root) >= 2
        ):
            out.append((root, g))
    return out


def _story_shared(groups: _Groups, a: GroupKey, b: GroupKey) -> bool:
    """True when an article of ``a`` names an actor that an article of ``b`` names too,
    places, countries and group actors left out (`_telling`)."""
    context = _article_context(groups, a, lambda c: _telling(groups, c))
    return _shared(groups, context, b) > 0


def _written_another_way(groups: _Groups) -> list[tuple[GroupKey, GroupKey]]:
    """Pairs of full names of one person written in other ways than `same_person` reads:

    * the syllables of a given name written apart, with a hyphen or in one word ("Lee
      Jae-sung", "Lee Jae Sung", "Lee Jaesung"): the same letters in the same order;
    * two words in the other order ("Sato Kenji", as some outlets write Japanese names
      family name first, and "Kenji Sato"; "Park Eun-hye" and "Eun-hye Park"), where one
      form is written family name first by its own evidence (`_family_first`), or is led
      by a word that is no given name before one that is, in an article where another
      name has that evidence ("Tanabe Erika"), and their articles are related
      (`_related`): "Thomas James" is not "James Thomas";
    * an English given name before a name written family name first ("Morris Chen
      Wei-lun"), which is also written without either given name ("Morris Chen", "Chen
      Wei-lun"), where no other name of the corpus has the same short form and their
      articles are related.

    Both names typed PERSON; the caller checks their genders as it joins (a chain of
    such pairs must not join a man and a woman through a third name).
    """
    people = sorted(g for g in groups.full_names() if groups.type(g) == "PERSON")
    # Each name as written, a word a unit ("Eun-hye" one: "park eunhye"), in every
    # spelling of its group ("Ha-neul Ryu" and "Ha Neul Ryu" are one group)
    units = {g: sorted({_written_units(e.label) for _, e in groups.members[g]}) for g in people}
    by_letters: dict[str, list[GroupKey]] = defaultdict(list)
    by_units: dict[tuple[str, ...], list[GroupKey]] = defaultdict(list)
    for g in people:
        by_letters["".join(units[g][0])].append(g)
        for written in units[g]:
            by_units[written].append(g)
    pairs: list[tuple[GroupKey, GroupKey]] = []
    for _, gs in sorted(by_letters.items()):
        pairs.extend((gs[0], other) for other in gs[1:])
    # Articles that write names family name first, by the evidence of one of them: an
    # outlet writes all its Japanese names so ("Sato Kenji ... Mr. Sato ... Ueda Tomoya")
    styled = {d for g in people for d, e in groups.members[g] if _family_first(e, g.words[0])}

    def family_first(g: GroupKey) -> bool:
        if any(_family_first(e, g.words[0]) for _, e in groups.members[g]):
            return True
        # In such an article, a name whose first word is no given name and whose second
        # is ("Tanabe Erika"): not "Thomas James" (two given names), nor "Wang Li"
        return any(d in styled for d, _ in groups.members[g]) and any(
            len(u) == 2 and not known_given_name(u[0]) and known_given_name(u[1]) for u in units[g]
        )

    for written, gs in sorted(by_units.items()):
        if len(written) != 2 or written >= written[::-1]:
            continue
        for g in gs:
            for turned in by_units.get(written[::-1], ()):
                if (family_first(g) or family_first(turned)) and _related(
                    groups, g, groups.find(turned)
                ):
                    pairs.append((g, turned))
    shorts: dict[GroupKey, set[GroupKey]] = defaultdict(set)
    for g in people:
        labels = sorted({e.label for _, e in groups.members[g]})
        for label in labels:
            if _english_and_own_name(label):
                own = _written_units(label)
                for short in (own[:2], own[1:]):
                    for found in by_units.get(short, ()):
                        shorts[found].add(g)
    pairs.extend(
        (min(fulls), short)
        for short, fulls in sorted(shorts.items())
        if len(fulls) == 1 and _related(groups, short, groups.find(min(fulls)))
    )
    return pairs


def _written_units(label: str) -> tuple[str, ...]:
    """A name's words as written, each folded into one unit ("Park Eun-hye" ->
    ("park", "eunhye")), so that the syllables of a given name count as one word."""
    return tuple(fold(w).replace(" ", "") for w in label.split())


def _family_first(e: LocalEntity, first: str) -> bool:
    """True when a local actor of two words is written family name first by its own
    evidence: a given name of two syllables last ("Park Eun-hye"), or a courtesy title
    on its first word as an alias ("Mr. Sato" of "Sato Kenji"), or its first word alone
    as an alias where that word is no given name the name data know ("Tsuji" of "Tsuji
    Yuko"; not "Thomas" of "Thomas James", a given name the article may call him by).
    ``first`` is its folded first word."""
    words = e.label.split()
    if len(words) != 2:
        return False
    return syllables(words[1]) or any(
        _without_honorific(a) == first and (fold(a) != first or not known_given_name(words[0]))
        for a in e.aliases
    )


def _english_and_own_name(label: str) -> bool:
    """True for "Morris Chen Wei-lun": a known given name, a family name and a given name
    of two syllables (`kg.resolve.persons.syllables`)."""
    words = label.split()
    return (
        len(words) == 3
        and known_given_name(words[0])
        and "-" not in words[1]
        and syllables(words[2])
    )


def _docs_naming(groups: _Groups, codes: Collection[str]) -> frozenset[str]:
    """The articles that name one of the countries ``codes`` or something in it (an
    actor of the article whose country is one of them: "Addis Ababa", "Ethiopian")."""
    return frozenset(
        d
        for g, found in groups.members.items()
        for d, e in found
        if e.country in codes or (g.actor.kind == "country" and g.actor.name in codes)
    )


def _one_middle_each(
    pairs: Iterable[tuple[GroupKey, GroupKey]], parsed: Mapping[GroupKey, PersonName]
) -> list[tuple[GroupKey, GroupKey]]:
    """The pairs of `same_person_pass` less those that would join a name to two names
    whose middle names differ from each other: "Faisal Al Kessimi" beside "Faisal bin
    Omar Al Kessimi" and "Faisal bin Salem Al Kessimi" (or "Robert Roe" beside "Robert S.
    Roe" and "Robert T. Roe") may be either, so it joins neither; so does "Robert S. Roe"
    beside "Robert Swan Roe" and "Robert Stone Roe", which it would otherwise make one."""
    pairs = list(pairs)
    middles: dict[GroupKey, set[tuple[str, ...]]] = defaultdict(set)
    for a, b in pairs:
        for one, other in ((a, b), (b, a)):
            if parsed[other].middle and parsed[other].middle != parsed[one].middle:
                middles[one].add(parsed[other].middle)
    torn = {
        g
        for g, found in middles.items()
        if any(not middles_agree(x, y) for x in found for y in found)
    }

    def apart(one: GroupKey, other: GroupKey) -> bool:
        return (
            one in torn
            and bool(parsed[other].middle)
            and (parsed[other].middle != parsed[one].middle)
        )

    return [(a, b) for a, b in pairs if not apart(a, b) and not apart(b, a)]


def _initial_for_given_name(
    parsed: Mapping[GroupKey, PersonName], by_family: Mapping[str, list[GroupKey]]
) -> list[tuple[GroupKey, GroupKey]]:
    """Pairs of a name with an initial for its given name ("A. Roe"), or for each of its
    given names ("K. R. Roe"), and the one full name of the corpus with that family name
    whose given names start with them ("Arumugam Roe", "Kalpathi Ramakrishnan Roe");
    none where two do ("Anna" and "Arun Roe"), and none across generations."""
    pairs: list[tuple[GroupKey, GroupKey]] = []
    for g, name in parsed.items():
        initials = (name.given, *name.middle)
        if any(len(i) != 1 for i in initials):
            continue
        # every full name of the family whose given name starts with the first initial
        # is a rival ("Alice Roe" and "Andrew J. Roe" for "A. Roe")
        found = [
            o
            for o in by_family.get(name.family, [])
            if len(parsed[o].given) > 1 and parsed[o].given[0] == name.given
        ]
        if len(found) != 1:
            continue
        (full,) = found
        names = (parsed[full].given, *parsed[full].middle)
        if len(initials) > 1 and not (
            # "K. R. Roe" and "Kalpathi Ramakrishnan Roe" (or "Kalpathi R. Roe"): as many
            # given names, each with its initial
            len(names) == len(initials)
            and all(n[0] == i for n, i in zip(names, initials, strict=True))
        ):
            continue
        # not "D. Roe" beside "Daniel Roe" and his son "Daniel Roe Jr."
        if parsed[full].suffix == name.suffix:
            pairs.append((g, full))
    return pairs


def _kin_beside(groups: _Groups, short: GroupKey, full: GroupKey) -> bool:
    """True when an article that names both calls the shorter name a relative that it
    does not call the longer one ("Musa Roe, the leader's father" beside "Ahmed Musa
    Roe"; "José Luis Roe Campos, the son of José Luis Roe"): a son may bear his father's
    name after his own, or before his mother's family name."""
    said: dict[str, set[str]] = defaultdict(set)  # article -> kin words said of the longer
    for d, e in groups.members[full]:
        said[d].update(e.descriptors)
    return any(
        d in said and (set(e.descriptors) & _ELDER_OR_KIN) - said[d]
        for d, e in groups.members[short]
    )


#: Kin words, and the parent a "the son of X" makes X (`kg.mentions.descriptor`).
_ELDER_OR_KIN = KIN_WORDS | {PARENT}


def _family_names_alone(parsed: Mapping[GroupKey, PersonName]) -> list[tuple[GroupKey, GroupKey]]:
    """Pairs of a name with a given name and two family names and the two family names
    written alone ("Lucía Kessar Marlo" and "Kessar Marlo", as Spanish-language
    news writes a person after the first mention). Only where the two-word name starts
    with no given name the name data know ("Tomas Camacho" is someone else), the longer
    name with one, and the corpus has one such longer name."""
    ends: dict[str, list[GroupKey]] = defaultdict(list)
    for g in parsed:
        words = g.actor.name.split()
        if len(words) == 3 and known_given_name(words[0]) and not parsed[g].suffix:
            ends[" ".join(words[1:])].append(g)
    return [
        (ends[g.actor.name][0], g)
        for g in parsed
        if len(words := g.actor.name.split()) == 2
        and not parsed[g].suffix
        and not known_given_name(words[0])
        and len(ends.get(g.actor.name, ())) == 1
    ]


def _double_surnames(
    parsed: Mapping[GroupKey, PersonName],
    by_family: Mapping[str, list[GroupKey]],
    nicknames: NicknameIndex,
) -> list[tuple[GroupKey, GroupKey]]:
    """Pairs of a name with two family names and the same name with the first alone
    ("Rosa Quintero Lema" and "Rosa Quintero": Spanish and Portuguese news drop the
    second), or, in a married name, with either ("Lucía Ugarte de Marlo" and
    "Lucía Ugarte" or "Lucía Marlo"). Only where the first family name is no
    given name the name data know (not "John Paul Jones", a middle name), and the corpus
    has one such longer name for the shorter one ("Rosa Quintero Ruiz" too: neither).
    So for two given names ("José Luis Kessar Campos" and "José Luis Kessar";
    `_compound_given_short`). Also an English given name, a Chinese family name and two
    Chinese given names ("Jason Tan Wei Ming" and "Jason Tan"), by the same test, where
    no name of one word more fits ("Raymond Cheung Ka", the NER's cut of "Raymond
    Cheung Ka-ming")."""
    longer: dict[GroupKey, list[GroupKey]] = defaultdict(list)
    longest: dict[GroupKey, list[GroupKey]] = defaultdict(list)  # two words more
    for g, name in parsed.items():
        if len(name.middle) not in (1, 2) or name.suffix or len(first := name.middle[0]) < 2:
            continue
        if known_given_name(first):
            # a compound given name: "José Luis Kessar Campos" and "José Luis Kessar"
            for short in _compound_given_short(name, parsed, by_family, nicknames):
                longer[short].append(g)
            continue
        # "Lucía Ugarte de Marlo": her own family name, and her husband's after "de".
        married = name.family.split()
        families = [first, married[1]] if len(married) == 2 and married[0] == "de" else [first]
        for family in families:
            for short in by_family.get(family, []):
                other = parsed[short]
                if (
                    not other.middle
                    and not other.suffix
                    and nicknames.same_given(name.given, other.given, family)
                ):
                    (longer if len(name.middle) == 1 else longest)[short].append(g)
    for short, gs in longest.items():
        longer.setdefault(short, gs)
    return [(gs[0], short) for short, gs in sorted(longer.items()) if len(gs) == 1]


def _compound_given_short(
    name: PersonName,
    parsed: Mapping[GroupKey, PersonName],
    by_family: Mapping[str, list[GroupKey]],
    nicknames: NicknameIndex,
) -> list[GroupKey]:
    """The names of ``parsed`` that are ``name``, of two given names and two family
    names, without its second family name ("José Luis Kessar" of "José Luis Kessar
    Campos"); none where the first family name is a given name the name data know
    ("Mary Ann Lee Smith": "Mary Ann Lee" may be another woman)."""
    if len(name.middle) != 2 or len(family := name.middle[1]) < 2 or known_given_name(family):
        return []
    return [
        short
        for short in by_family.get(family, [])
        if (other := parsed[short]).middle == name.middle[:1]
        and not other.suffix
        and nicknames.same_given(name.given, other.given, family)
    ]


def _junior_said_bare(
    groups: _Groups, a: GroupKey, b: GroupKey, na: PersonName, nb: PersonName
) -> bool:
    """True for "Roger Kessel" and "Roger J. Kessel Jr." where an article wrote the
    bare name of its "Jr." (`kg.resolve.document` joined them there): one person, unless
    either is called someone's relative or their titles clash. Without such an article
    "X" and "X Jr." stay two people (a father and a son)."""
    if {na.suffix, nb.suffix} - {""} not in ({"jr"}, {"ii"}) or "" not in {na.suffix, nb.suffix}:
        return False
    bare, junior = (a, b) if not na.suffix else (b, a)
    bare_name = parse_person(bare.actor.name)
    said = any(
        (written := parse_person(fold(alias))).base == bare_name.base and not written.suffix
        for _, e in groups.members[junior]
        for alias in e.aliases
    )
    ea, eb = groups.evidence(a), groups.evidence(b)
    return (
        said
        and not (ea.descriptors | eb.descriptors) & KIN_WORDS
        and not titles_clash(ea.titles, eb.titles)
    )


def _nicknamed_person(
    groups: _Groups,
    g: GroupKey,
    parsed: dict[GroupKey, PersonName],
    by_family: dict[str, list[GroupKey]],
    nicknames: NicknameIndex,
) -> GroupKey | None:
    """The one person a two-word name the NER typed as an organisation or place is,
    written with a nickname of the person's given name ("Mo Tarrant" typed GPE beside
    "Morris Tarrant"), or None. The first word must be a nickname the data knows of that
    given name, and fit no other given name the corpus uses with the family name
    (`NicknameIndex`); a name the gazetteer knows as a place or with a head word of
    organisations ("Tarrant Arena") is none, nor one an article writes as a company's
    or a place's (`type_evidence`)."""
    if g.doc or len(g.words) != 2 or not all(w.isalpha() for w in g.words):
        return None
    label = groups.label(g)
    if gazetteer.known_place(label) or name_head_type(label):
        return None
    if any(type_evidence(e) == "other" for _, e in groups.members[g]):
        return None
    given, family = g.words
    found = {
        groups.find(f)
        for f in by_family.get(family, ())
        if parsed[f].given != given
        and not parsed[f].suffix
        and nicknames.same_given(given, parsed[f].given, family)
    }
    return next(iter(found)) if len(found) == 1 else None


def lone_surname_pass(groups: _Groups) -> None:
    """A lone surname in one article joins the bearer its evidence fits.

    Bearers are the full names it is the family name of (or an inner word of a
    compound family name: "Ali Bagheri Kani"), with the same generational suffix when it
    has one ("Nyenpan Jr."), and the family-name-first names it starts ("Kim" ->
    "Kim Jong-un"). A bearer fits when neither gender nor titles clash
    (`_Evidence.fits`). Then, in order:

    * the article names fitting bearers in full: it joins the one; of several, only
      one with `DOMINANCE_RATIO` times each other's mentions in the article that also
      dominates the corpus (`_dominant_here`), else none;
    * exactly one bearer in the corpus fits, or exactly one carries its title
      ("President X"): it joins that one;
    * it joins the most mentioned fitting bearer when that one dominates the corpus
      (`DOMINANCE_RATIO` times the next one's mentions, in `DOMINANCE_DOCUMENTS`
      documents or more) and no other fitting bearer shares more of the article's
      actors; else it stays apart.
    """
    by_word: dict[str, list[GroupKey]] = defaultdict(list)
    family_first: dict[str, list[GroupKey]] = defaultdict(list)
    # family-name-first bearers of a word that is also a known given name: bearers, so
    # that a lone "Lin" weighs "Lin Qiao" against "Anna Lin", but joined only on
    # evidence (a title they share), never as the one bearer ("Ali" the boxer is not
    # "Ali Qorvan" the lawyer)
    weak: set[GroupKey] = set()
    parsed: dict[GroupKey, PersonName] = {}
    for f in groups.full_names():
        name = parse_person(f.actor.name)
        parsed[f] = name
        if city_not_person(groups.label(f), any(e.located for _, e in groups.members[f])):
            continue  # "Bandar Lampung": no family name "Lampung"
        if is_kunya(f.actor.name):
            continue  # "Faisal" alone is not "Abu Faisal"
        # "Yoon" alone is not "Choi Yoon-hee": a syllable of her given name
        halves = {w for _, e in groups.members[f] for w in syllable_words(e.label)}
        words = own_words(f.words)
        if name.family.split()[0] in ARABIC_ARTICLES:
            # "Yousef Omar Al Kessimi": "Omar" before the article is his father's name;
            # "Aziz" of "Abdul Aziz Al Kessimi" is of his given name
            words = [
                w for k, w in enumerate(words) if k and compound_first(words[k - 1])
            ] + name.family.split()
        else:
            words = words[1:]
        for word in dict.fromkeys([*words, name.family]):
            if word not in SUFFIXES and word not in halves:
                by_word[word].append(f)  # "van der wiel" too, a family name with particles
        # "Roe Chang-min": a given name of two syllables after the first word, as
        # written (the folded name has lost its hyphen)
        syllabled = _syllabled(groups, f)
        if syllabled or written_family_first(f.actor.name):
            family_first[f.words[0]].append(f)
            if not syllabled and not may_be_family_first(f.actor.name):
                weak.add(f)  # "Ali Qorvan", "Lin Qiao": a given name may lead it
    candidates: dict[GroupKey, list[GroupKey]] = {}
    weak_of: dict[GroupKey, set[GroupKey]] = {}  # each lone name's weak bearers
    # the generations each article writes alone with a family name ("Roe Filho")
    generation_alone: dict[tuple[str, str], set[str]] = defaultdict(set)
    for h in groups.lone_names():
        if (name := parse_person(h.actor.name)).suffix:
            generation_alone[(h.doc, name.family)].add(name.suffix)
    for g in groups.lone_names():
        lone = parse_person(g.actor.name)
        named = by_word.get(lone.family, [])
        if lone.given:
            # A double-barrelled family name alone ("Prewitt-Hayes": `group_key`): the
            # bearers whose family name it is, not every Hayes
            candidates[g] = [f for f in named if f.words[-len(g.words) :] == g.words]
            weak_of[g] = set()
            continue
        if lone.suffix:
            candidates[g] = [f for f in named if parsed[f].suffix == lone.suffix]
        elif named:
            # Not the son where its article writes him "X Jr." (or any "X Jr." alone):
            # its bare "X" is another. The family-name-first bearers too ("Mr. Kim"
            # beside "Tony Kim" and "Kim Jong-un"): either order may be meant.
            first = family_first.get(lone.family, []) if g.actor.kind == "person" else []
            candidates[g] = [
                f
                for f in dict.fromkeys([*named, *first])
                if not (
                    parsed[f].suffix
                    and (
                        parsed[f].suffix in generation_alone.get((g.doc, lone.family), ())
                        or _written_with_suffix(groups, f, g.doc)
                    )
                )
            ]
            weak_of[g] = {f for f in first if f in weak and f not in named}
        else:
            candidates[g] = (
                named if g.actor.kind != "person" else named or family_first.get(lone.family, [])
            )
            weak_of[g] = {f for f in candidates[g] if f in weak and f not in named}
    # Surnames whose own article names a bearer go first: what they join ("Ms. X" in
    # the article about Jane X) is evidence for deciding the others. Those of them left
    # alone are asked again last, once the bearers hold what the others gave them ("Mr.
    # X" in the article that names only his wife in full).
    for round_ in ("named here", "named elsewhere", "again"):
        for g, found in candidates.items():
            if not found:
                continue  # no bearer to join
            here = {groups.find(o) for o in groups.by_doc[g.doc]}
            in_article = any(groups.find(f) in here for f in found)
            if round_ == "named elsewhere" and in_article:
                continue
            if round_ != "named elsewhere" and not in_article:
                continue
            if round_ == "again" and len(groups.cluster[groups.find(g)]) > 1:
                continue
            bearer = _bearer(groups, g, found)
            weak_here = weak_of.get(g, set())
            if bearer is not None and not (
                any(groups.find(f) == bearer for f in weak_here)
                and not any(groups.find(f) == bearer for f in found if f not in weak_here)
                and not _positive(groups.evidence(g), groups.evidence(bearer))
            ):
                groups.join(g, bearer, LONE_SURNAME)


def _placed(groups: _Groups, g: GroupKey) -> bool:
    """True when an article types a name of ``g`` a place and puts something there ("in
    Linz"): a town, whatever other articles take it for."""
    return any(e.type in ("GPE", "LOC") and e.located for _, e in groups.members[g])


def _written_with_suffix(groups: _Groups, f: GroupKey, doc: str) -> bool:
    """True when the article ``doc`` calls ``f`` (a name with a generational suffix) by
    its family name and suffix alone ("X Jr.")."""
    return any(
        parse_person(fold(alias)).generation_alone
        for d, e in groups.members[f]
        if d == doc
        for alias in e.aliases
    )


def _bearer(groups: _Groups, g: GroupKey, found: Iterable[GroupKey]) -> GroupKey | None:
    """The bearer a lone surname joins (see `lone_surname_pass`), or None."""
    roots = sorted({groups.find(f) for f in found}, key=_order)
    if not roots:
        return None
    own = groups.evidence(g)
    evidence = {r: groups.evidence(r) for r in roots}
    # A bearer the article names that its pronouns tell apart (the article's stage kept
    # them apart on that ground) is not this one.
    apart = {r for r in roots if _pronouns_clash_here(groups, g, r)}
    if len(roots) == 1:
        # One bearer of the name in the corpus: offices change over a career, so only a
        # clash of gender or with what the bearer is by family ("President X" and the
        # first lady or the son of that name) keeps them apart.
        (only,) = roots
        bearer = evidence[only]
        if (
            apart
            or _gender_apart(groups, g, own, only)
            or titles_clash(own.titles, bearer.descriptors)
        ):
            return None
        if g.actor.kind != "person" and g.doc not in bearer.docs:
            # A name typed as an organisation or place is that person only where its
            # article shares actors with the bearer's ("Vask" the carmaker and an actor).
            return only if _shared(groups, _context(groups, g), only) > 0 else None
        return only
    fitting = [
        r
        for r in roots
        if own.fits(evidence[r])
        and not (own.said_gender and clash(own.said_gender, _bearer_gender(groups, r)))
        and r not in apart
    ]
    in_article = [r for r in fitting if g.doc in evidence[r].docs]
    if len(in_article) > 1:
        # Several bearers named in its article: only one that dominates both the
        # article and the corpus ("Kim" where the leader is named six times, his
        # sister and a diplomat of that surname once each).
        return _dominant_here(groups, g, in_article, fitting, evidence)
    if in_article:
        # Unless another bearer dominates the corpus and nothing but the surname ties
        # it to the one named here (the article about the first lady says "X" for the
        # president).
        (here,) = in_article
        if _positive(own, evidence[here]) or not any(
            _dominates(evidence[r], evidence[here]) for r in fitting if r != here
        ):
            return here
        return None
    # Several people bear the name and the article names none of them: the choice must
    # also fit the article's other actors (a third bearer may be named nowhere in full).
    context = _context(groups, g)

    def supported(r: GroupKey) -> bool:
        mine = _shared(groups, context, r)
        return mine > 0 and all(_shared(groups, context, o) <= mine for o in fitting if o != r)

    if len(fitting) == 1:
        return fitting[0] if supported(fitting[0]) else None
    heads = {office_head(t) for t in own.titles} - {""}
    titled = [r for r in fitting if heads & {office_head(t) for t in evidence[r].titles}]
    if len(titled) == 1:
        return titled[0] if supported(titled[0]) else None
    if len(fitting) < 2:
        return None
    ranked = sorted(fitting, key=lambda r: (-evidence[r].mentions, _order(r)))
    if not _dominates(evidence[ranked[0]], evidence[ranked[1]]):
        return None
    return ranked[0] if supported(ranked[0]) else None


def _gender_apart(groups: _Groups, g: GroupKey, own: _Evidence, only: GroupKey) -> bool:
    """True when a lone surname and the one bearer of its name in the corpus are of two
    genders: by its honorific ("Ms. X" and "Tom X"), or, with none, where its article
    does not name the bearer, by the pronouns the article resolved to it,
    `UNSAID_PRONOUNS` or more ("X, 41, said she ..." and "Tom X" of other articles).
    Pronouns count here, where they only keep a name apart, and not where they would
    choose between two bearers (`_bearer`); in the bearer's own article the article's
    pronouns were weighed already (`_pronouns_clash_here`), and a "he" of the man named
    beside her ("Roe is married to X. Roe said he") must not part her from herself."""
    said = own.said_gender
    if not said and g.doc not in groups.evidence(only).docs:
        mine = [e for _, e in groups.members[g]]
        if sum(e.she + e.he for e in mine) < UNSAID_PRONOUNS:
            return False
        said = _gender_of(mine)
    return bool(said) and clash(said, _bearer_gender(groups, only))


def _bearer_gender(groups: _Groups, r: GroupKey) -> Gender:
    """A bearer's gender for a gendered lone surname ("Mrs. X"): what the text says of
    its full names, else their given names' where every country's list agrees, so that
    "Mrs. X" joins no "Tom X" the text says nothing of; "" for what is no person. The
    lone surnames joined to it before do not count: their pronouns were resolved by
    distance, and one "X ... she" joined to "Tom X" must not make him a woman for the
    next "Ms. X". Their honorifics do ("Mrs. X" joined, "Mr. X" is another)."""
    found = groups.evidence(r)
    if not found.given:
        return found.gender if r.actor.kind != "person" else _likely_gender(groups, r)
    said = decide_gender(found.female, found.male, found.full_she, found.full_he)
    if said:
        return said
    given = found.given - {""}
    return next(iter(given)) if len(given) == 1 else ""


def _dominant_here(
    groups: _Groups,
    g: GroupKey,
    in_article: list[GroupKey],
    fitting: list[GroupKey],
    evidence: Mapping[GroupKey, _Evidence],
) -> GroupKey | None:
    """The bearer named in the lone surname ``g``'s article that has `DOMINANCE_RATIO`
    times the article's mentions of each other bearer named there and dominates every
    other fitting bearer across the corpus (`_dominates`), or None.

    None too where the article already calls that bearer by the surname in another form
    ("Jamshid Roe ... Roe said ... governor Davlat Roe said ... Mr. Roe is not related"):
    its own stage left this form apart, so it is someone else, the article's style
    telling them apart. Not where the bearer holds this very form in the article too
    (a bare "Roe" its stage gave him once and could not decide once, beside his wife)."""
    doc = g.doc

    def here(r: GroupKey) -> int:
        return sum(e.mentions for m in groups.cluster[r] for d, e in groups.members[m] if d == doc)

    top = max(in_article, key=lambda r: (here(r), evidence[r].mentions))
    if not (
        all(here(top) >= DOMINANCE_RATIO * here(o) for o in in_article if o != top)
        and all(_dominates(evidence[top], evidence[o]) for o in fitting if o != top)
    ):
        return None
    surname = parse_person(g.actor.name).family
    forms = {
        fold(alias)
        for f in groups.by_doc[doc]
        if groups.find(f) == top
        for d, e in groups.members[f]
        if d == doc
        for alias in e.aliases
    }
    own = {fold(alias) for d, e in groups.members[g] if d == doc for alias in e.aliases}
    if own & forms:
        # the very form the article's stage gave the bearer once and could not decide
        # once ("Roe" beside "Ted Roe" and "Jane Roe")
        return top
    # another form of the surname ("Roe" beside "Mr. Roe")
    return None if surname in {_without_honorific(form) for form in forms} else top


def _pronouns_clash_here(groups: _Groups, g: GroupKey, root: GroupKey) -> bool:
    """True when a lone surname and a bearer named in its article are of two genders by
    what the article says of each, its pronouns counted: "Okafor ... his wife" beside
    "Grace Okafor ... her home". Only for a surname with no gendered word of its own
    ("Mr. X" is decided by its honorific, `_Evidence.fits`) and `UNSAID_PRONOUNS`
    pronouns or more, as `kg.resolve.document._join_pending` does."""
    mine = [e for _, e in groups.members[g]]
    if any(e.female or e.male for e in mine) or sum(e.she + e.he for e in mine) < UNSAID_PRONOUNS:
        return False
    # The bearer's actors of this one article: the article's groups, not the bearer's
    # cluster, which may span the corpus.
    theirs = [
        e
        for f in groups.by_doc[g.doc]
        if groups.find(f) == root
        for d, e in groups.members[f]
        if d == g.doc
    ]
    if not theirs:
        return False
    return clash(_gender_of(mine), _gender_of(theirs))


def _gender_of(found: list[LocalEntity]) -> Gender:
    """The gender the cues of some local actors add up to (`decide_gender`)."""
    return decide_gender(
        sum(e.female for e in found),
        sum(e.male for e in found),
        sum(e.she for e in found),
        sum(e.he for e in found),
    )


def _dominates(top: _Evidence, other: _Evidence) -> bool:
    """True when ``top`` clearly dominates the corpus over ``other``: `DOMINANCE_RATIO`
    times its mentions, in at least `DOMINANCE_DOCUMENTS` documents."""
    return top.mentions >= DOMINANCE_RATIO * other.mentions and len(top.docs) >= DOMINANCE_DOCUMENTS


def _positive(own: _Evidence, bearer: _Evidence) -> bool:
    """True when a lone surname's evidence positively fits a bearer: the same known
    gender, or a title the bearer carries."""
    heads = {office_head(t) for t in own.titles} - {""}
    return bool(own.said_gender and own.said_gender == bearer.gender) or bool(
        heads & {office_head(t) for t in bearer.titles}
    )


def _context(groups: _Groups, g: GroupKey) -> set[GroupKey]:
    """The clusters of the other actors named in a lone surname's article."""
    return {groups.find(o) for o in groups.by_doc[g.doc] if o != g}


def _shared(groups: _Groups, context: set[GroupKey], root: GroupKey) -> int:
    """How many of a lone surname's context clusters are named in an article of a
    bearer's cluster (a set test per context cluster, so a bearer named in many
    articles costs no more than one named in few)."""
    docs = groups.evidence(root).docs
    return sum(1 for c in context if c != root and not docs.isdisjoint(groups.evidence(c).docs))


def lone_given_name_pass(groups: _Groups) -> None:
    """A lone first name or nickname ("Tony", "Bill") that no person of the corpus bears
    as a surname joins the one person of its article with that given name, or the given
    name it is a nickname of ("Anthony Kpadeh", "William Tarpeh"), when nothing clashes
    (gender, titles). Two such people in the article: it joins neither. An article that
    names no such person: the one person of the corpus an article calls by that given
    name alone (`_called_by_given_name`). A nickname a full name writes in quotes
    ('Malee "Nok" Sornsri') is a given name of that person; a courtesy title before a
    given name ("Khun Malee", `courtesy_given_name`) is decided as the given name alone,
    article by article."""
    surnames: set[str] = set()
    by_given: dict[str, list[GroupKey]] = defaultdict(list)
    family_of: dict[GroupKey, str] = {}
    for f in groups.full_names():
        name = parse_person(f.actor.name)
        family_of[f] = name.family
        by_given[name.given].append(f)
        if name.nickname:
            by_given[name.nickname].append(f)  # 'Malee "Nok" Sornsri' is called "Nok"
        # 'Khun Malee "Nok" Sornsri': a courtesy title before the given name
        if f.words[0] in gender_words("given-name honorific"):
            by_given[f.words[1]].append(f)
            surnames.update(f.words[2:])
        else:
            surnames.update(f.words[1:])
    # root -> the folded aliases of its corpus-wide groups. This pass joins only lone
    # names (groups of one article) to clusters, so no cluster gains a corpus-wide group
    # and what is noted stays true; a root a join replaced is never looked up again.
    aliases: dict[GroupKey, frozenset[str]] = {}
    # Names some article types as a place ("Varnak" GPE): where the name data know them
    # as no given name, a lone one is the place, not the first name of the "person" the
    # NER made of a company named after it ("Varnak Liman", the port operator).
    places = {
        fold(e.label)
        for members in groups.members.values()
        for _, e in members
        if e.type in PLACE_TYPES and len(e.label.split()) == 1
    }
    # Names whose article names the bearer go first: an article that calls "Jane Roe" by
    # "Jane" alone is what lets "Jane" of an article that names no one reach her.
    called: set[GroupKey] = set()
    for in_article in (True, False):
        for g in groups.lone_names():
            if g.actor.kind != "person" or len(groups.cluster[groups.find(g)]) > 1:
                continue
            lone = parse_person(g.actor.name)
            word = lone.family
            # a courtesy title before a given name says it is one ("W/ro Selam"), though
            # another person bears the word as a family name ("Hiwot Selam", her daughter)
            titled = bool(courtesy_given_name(g.actor.name))
            if (word in surnames and not titled) or (word in places and not known_given_name(word)):
                continue
            found = {f for form in nickname_forms(word) for f in by_given.get(form, ())}
            # "Bob" is not "Rob Roe" where the corpus names a "Bob Roe" too: two men of
            # one family, each called by his own nickname. Such a bearer in its article
            # leaves it alone: it goes to no other one either.
            if not found:
                continue  # no bearer by that given name: nothing to find anywhere
            here = {groups.find(o) for o in groups.by_doc[g.doc]}
            same = set(by_given.get(word, ()))
            exact = {family_of[f] for f in same}
            joined = {groups.find(f) for f in same}
            other = {
                f for f in found - same if family_of[f] in exact and groups.find(f) not in joined
            }
            if {groups.find(f) for f in other} & here:
                continue
            found -= other
            if _another_so_named(groups, g, word, found):
                continue
            if lone.suffix:
                # "Tom Jr." is the son, whoever else of the article is a Tom.
                found = {f for f in found if parse_person(f.actor.name).suffix == lone.suffix}
            if not found:
                continue  # none of its generation, or only another man's nickname
            # a bearer the article names too where its NER typed the name otherwise
            # ("Nino Roe" typed ORG beside "Nino Roe Jr.": "Nino" may be either)
            typed_here = {
                groups.find(f)
                for f in found
                for o in groups.by_doc[g.doc]
                if o.actor.kind == "other" and o.words == f.words
            }
            roots = {groups.find(f) for f in found} & here
            if len(roots | typed_here) > 1:
                continue  # two bearers in its article: no guess
            if bool(roots) is not in_article:
                continue
            if not roots:
                roots = _called_by_given_name(groups, g, word, found, aliases, called)
            if len(roots) != 1:
                continue
            (root,) = roots
            if groups.evidence(g).fits(groups.evidence(root)):
                groups.join(g, root, GIVEN_NAME)
                if in_article:
                    called.add(g)


def _another_so_named(groups: _Groups, g: GroupKey, word: str, found: set[GroupKey]) -> bool:
    """True when ``g``'s article names another actor of two words or more whose name
    starts with the given name ``word`` and that the NER typed otherwise than a person
    ("Nino Halden" typed a place beside the bearer "Nino Roe"): the lone "Nino" may be
    that one too."""
    bearers = {groups.find(f) for f in found}
    return any(
        o != g
        and len(o.words) > 1
        and o.words[0] == word
        and o.actor.kind == "other"  # people are bearers already, or no full names
        and groups.find(o) not in bearers
        # a bearer's name typed otherwise, or written longer ("Nino Roe Kessel"), is his
        and not any(o.words[: len(f.words)] == f.words for f in found)
        for o in groups.by_doc[g.doc]
    )


def _called_by_given_name(
    groups: _Groups,
    g: GroupKey,
    word: str,
    found: set[GroupKey],
    aliases: dict[GroupKey, frozenset[str]],
    called: Collection[GroupKey] = (),
) -> set[GroupKey]:
    """The one bearer a lone given name of an article that names none joins: the only
    person of the corpus with that given name (or a nickname of it), whom an article
    naming them in full also calls by the given name alone ("Jane" beside "Jane Roe",
    as an alias or a lone name of that article joined to her: ``called``), and whose
    articles share another actor with the lone name's (not a place, country or group
    actor: `_telling`); else none. A nickname alone ("Tony") does not reach "Anthony
    Roe" of another article. ``aliases`` keeps each root's folded aliases across the
    calls of one pass (``called`` does not change while it is used)."""
    roots = {groups.find(f) for f in found}
    if len(roots) != 1:
        return set()
    (root,) = roots
    if root not in aliases:
        aliases[root] = frozenset(
            _without_honorific(a)  # "Ms. Marta" calls her Marta too
            for f in groups.cluster[root]
            if not f.doc or f in called
            for _, e in groups.members[f]
            for a in e.aliases
        )
    if word not in aliases[root]:
        return set()
    context = {c for c in _context(groups, g) if _telling(groups, c)}
    if _shared(groups, context, root) == 0:
        return set()
    return roots


def _telling(groups: _Groups, c: GroupKey) -> bool:
    """Whether a context cluster ties two articles to one story: not a country or other
    place, nor a group actor ("police", "Kessel military"), which nearly every pair of
    news articles shares."""
    return groups.type(c) not in ("GPE", "LOC") and not any(
        e.is_country or e.sector for _, e in groups.members[c]
    )


def lone_same_name_pass(groups: _Groups) -> None:
    """Lone surnames no bearer took join each other by name (as before the per-article
    split), except across a gender clash: "Mr. X" and "Ms. X" stay two actors."""
    left: dict[ActorKey, list[GroupKey]] = defaultdict(list)
    for g in groups.lone_names():
        if groups.find(g) == g and len(groups.cluster[g]) == 1:
            left[g.actor].append(g)
    for actor, gs in sorted(left.items()):
        if actor.kind != "person":
            # One-word names of another type no person took: back to their name's group.
            everywhere = GroupKey(actor)
            for g in gs:
                groups.join(everywhere if everywhere in groups.members else gs[0], g, SAME_NAME)
            continue
        by_gender: dict[Gender, list[GroupKey]] = defaultdict(list)
        for g in gs:
            by_gender[groups.gender(g)].append(g)
        if by_gender.get("female") and by_gender.get("male"):
            parts = list(by_gender.values())
        else:
            parts = [gs]
        for part in parts:
            for other in part[1:]:
                groups.join(part[0], other, SAME_NAME)
    _one_mononym(groups, left)


def _one_mononym(groups: _Groups, left: Mapping[ActorKey, list[GroupKey]]) -> None:
    """A name no full name of the corpus bears, written alone in some articles and with
    one courtesy title in others ("Kessuma" and "Mr. Kessuma", a man of one
    name), is one person: the forms join. Not where the corpus writes it with two titles
    ("Mr. X" and "Ms. X", or "Mrs. X" and "Ms. X"), where the bare name is said to be of
    the other gender, nor where any full name has the word."""
    borne = {w for g in groups.full_names() for w in g.words}
    honorifics = gender_words("honorific")
    forms: dict[str, dict[str, list[GroupKey]]] = defaultdict(dict)
    for actor, gs in left.items():
        words = actor.name.split()
        if actor.kind != "person" or len(words) > 2:
            continue
        title = words[0] if len(words) == 2 and words[0] in honorifics else ""
        if len(words) == 2 and not title:
            continue
        if words[-1] not in borne:
            forms[words[-1]][title] = gs
    for _, by_title in sorted(forms.items()):
        titles = set(by_title) - {""}
        if "" not in by_title or len(titles) != 1:
            continue
        (title,) = titles
        said = cue_gender(title, "honorific")
        plain = by_title[""]
        # every plain one of the title's gender or of none ("Kollie" with "she" is not
        # "Mr. Kollie"), and the plain ones one person (`lone_same_name_pass` joined them)
        if len({groups.find(g) for g in plain}) == 1 and not any(
            clash(said, groups.gender(g)) for g in plain
        ):
            groups.join(by_title[title][0], plain[0], SAME_NAME)


def other_type_pass(groups: _Groups) -> None:
    """A name the NER typed a person in some articles and otherwise in others is one
    actor, when one side says nothing against the other's type; the node takes that type.

    - A "person" of two words or more of whom nothing says person (no given name
      leading it, no title, honorific, gendered word or pronoun) joins the name typed
      as a place or an organisation, and takes its type: "Marlo Ridge" typed PERSON in
      ten articles and written "in Marlo Ridge" in one is the place (a people's word
      written "in X" a place). Not one word: a lone surname that only speaks ("said
      Marlo") is a person whom nothing in its article's record tells from a village of
      that name.
    - A person's full name led by a given name that an article says is a person's (a
      title, honorific, gendered word or pronoun), typed ORG in another article ("Dr.
      Jane Marlo"), joins the person, unless an article writes it as a company's (a legal
      form, "shares of Jane Marlo") or as a place's ("in Jane Marlo"); with nothing said
      either way, the person and the programme named after her stay two actors.

    Only names no other actor joined on either side (each cluster holds its name
    alone). Never a person something says is one beside a place or an organisation of
    the name ("Ms. Marlo Ridge" and the place, "Jane Marlo" and the company "shares of
    Jane Marlo"): two actors."""
    others = {
        g.actor.name: g
        for g in groups.of_kind("other")
        if not g.doc and _same_name_cluster(groups, g)
    }
    done: set[GroupKey] = set()
    for g in groups.of_kind("person"):
        other = others.get(g.actor.name)
        root = groups.find(g)
        if other is None or root in done or not _same_name_cluster(groups, g):
            continue
        done.add(root)
        if not groups.may_merge(other, g):
            continue  # the user's alias file keeps them apart: no type changes either
        said = groups.evidence(root)
        kind = groups.type(other)
        full = len(g.words) > 1 and known_given_name(g.words[0])
        if len(g.words) > 1 and not full and _no_person_evidence(said):
            if kind == "NORP" and groups.evidence(other).located:
                kind = "GPE"  # a people is never written "in X"
            for member in groups.cluster[root]:
                groups.retype(member, kind)
            groups.join(other, g, SAME_NAME_OTHER_TYPE)
        elif (
            full
            and not _no_person_evidence(said)
            and not groups.evidence(other).located
            and not any(
                e.company_cues or written_legal_form(e.label) for _, e in groups.members[other]
            )
        ):
            groups.retype(other, "PERSON")
            groups.join(g, other, SAME_NAME_OTHER_TYPE)


# ---------------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------------


def other_name_pass(groups: _Groups) -> None:
    """An organisation an article says was renamed or gives a nickname joins the groups
    of those names everywhere: "Halvex Computer" in old articles and "Halvex Systems"
    in new ones, after an article wrote "Halvex Computer changed its name to Halvex
    Systems"; "the Falcon Party" after one wrote "the ruling party, nicknamed the Falcon
    Party"; "U.N. Security Council" after one wrote it beside "United Nations Security
    Council"; a person's second name after one wrote "Jane Roe, who performs as Stella
    Quinn" (`kg.model.LocalEntity.other_names`, decided within the article); its
    name in another language or its initials after one wrote "the Kessar Party, known in
    Arabic as Hizb al-Kessar". A second name two people's or two organisations' articles
    give (two men called "Abu Omar"; "Justice Party" for two parties) joins neither."""
    claims: dict[GroupKey, set[GroupKey]] = defaultdict(set)
    for g in [*groups.of_kind("other"), *groups.of_kind("person")]:
        if g.doc:
            continue
        for _, e in groups.members[g]:
            for name in e.other_names:
                key = person_key(name) if g.actor.kind == "person" else other_key(name)
                other = GroupKey(key)
                if other != g and other in groups.members:
                    claims[other].add(g)
    for other, claimants in sorted(claims.items()):
        # A name two people's or two organisations' articles give them ("Abu Omar" for
        # two men; "JIS" for a bank and, in Arabic, for a party; "the Justice Party" for
        # two parties in two languages) joins neither.
        if len({groups.find(c) for c in claimants}) > 1:
            continue
        for g in sorted(claimants):
            groups.join(g, other, OTHER_NAME)


def acronym_pass(groups: _Groups) -> None:
    """An acronym joins the one organisation in the corpus whose initials it spells, with
    or without its short words ("VIM" = "Vision In Motion", "UN" = "United Nations",
    "BoH" = "Bank of Halden"), its legal form left out ("NADS" = "Nordic Aeronautic
    Defence & Space NV"). A name with an acronym among its words, other than a country's,
    spells nothing ("KA" is not "KLX Airways"). Two letters spell many names: such an
    acronym joins only where its articles name the organisation or share another actor
    with its articles (`_related`; "GB" for gigabytes is not "Galvik Bank"). Names in
    sentence case spell their lower-case words too (`sentence_case_initials`:
    "Mouvement pour la renaissance nationale" is "MRN"), so that where the corpus names
    it, the acronym finds two names and joins neither ("Marlo Royal Navy")."""
    others = groups.of_kind("other")
    by_initials: dict[str, list[GroupKey]] = defaultdict(list)
    for g in others:
        name = base_name(groups.label(g))
        if len(name.split()) > 1 and not has_acronym(name):
            spellings = {initials(name), initials(name, keep_short=True)}
            spellings.add(sentence_case_initials(name))  # "MRN" of "Mouvement pour la ..."
            for spelled in spellings - {""}:
                by_initials[spelled.upper()].append(g)
    for g in others:
        name = base_name(groups.label(g))
        if is_acronym(name):
            fits = {groups.find(f) for f in by_initials.get(acronym_key(name).upper(), [])}
            if len(fits) == 1 and (
                len(acronym_key(name)) > 2 or _related(groups, g, next(iter(fits)))
            ):
                groups.join(g, next(iter(fits)), ACRONYM)


def _related(groups: _Groups, g: GroupKey, root: GroupKey) -> bool:
    """True when the articles of ``g``'s cluster name ``root`` or share another actor
    with its articles, countries left out (they are in most articles): "GB" for
    gigabytes in the articles about a phone is not the bank of another article."""
    if not groups.evidence(g).docs.isdisjoint(groups.evidence(root).docs):
        return True
    context = _article_context(groups, g, lambda c: c.actor.kind != "country")
    return _shared(groups, context, root) > 0


def _article_context(
    groups: _Groups, g: GroupKey, keep: Callable[[GroupKey], bool]
) -> set[GroupKey]:
    """The clusters of the other actors named in the articles of ``g``'s cluster that
    ``keep`` keeps."""
    own = groups.find(g)
    return {
        c
        for d in groups.evidence(g).docs
        for o in groups.by_doc[d]
        if (c := groups.find(o)) != own and keep(c)
    }


#: Heads of bodies named either way round: "Department of Labor" = "Labor Department".
_OF_HEADS = frozenset({"department", "ministry"})


def written_form(words: Sequence[str]) -> str:
    """The form two spellings of one organisation's name share: "X of <place>" for
    "<place>'s X" (`_of_place`), "X Department" for "Department of X" (one word X;
    `_OF_HEADS`), the last word without a plural "s"
    ("Halden Motors" and "Halden Motor"), one spelling of "Centre" and "Theatre"
    (`_SPELLINGS`), and no "International" before "Airport" (`_LEFT_OUT_BEFORE`)."""
    found = _of_place(words)
    if len(found) >= 3 and found[-2] == "of" and found[-3] in _OF_HEADS:
        found = [*found[:-3], found[-1], found[-3]]
    if len(found) >= 3 and found[-2] in _LEFT_OUT_BEFORE.get(found[-1], ()):
        found = [*found[:-2], found[-1]]
    if len(found) >= 3 and found[-2:] == ["football", "club"]:
        found = [*found[:-2], "fc"]  # "Marlo Rangers Football Club" = "Marlo Rangers FC"
    if not found:
        return ""
    last = _SPELLINGS.get(found[-1], found[-1])
    if len(found) > 1 and len(last) > 3 and last.endswith("s") and not last.endswith(_NO_PLURAL):
        last = last[:-1]
    found[-1] = last
    return " ".join(found)


def _of_place(words: Sequence[str]) -> list[str]:
    """A body's name written with its place's possessive as it is written with "of":
    "supreme court of nepal" for "nepal's supreme court" (folded words), where the
    possessive is a place's name ("sri lanka's", not "halden's"); other names as they are.
    """
    for i, word in enumerate(words[:2]):
        if word.endswith(("'s", "\u2019s")):
            place = [*words[:i], word[:-2]]
            if i + 1 < len(words) and gazetteer.is_place(" ".join(place)):
                return [*words[i + 1 :], "of", *place]
            break
    return list(words)


#: Words a name is often written without before its head word: "Marlo International
#: Airport" is "Marlo Airport", "Marlo Convention Center" "Marlo Center" (not "Marlo
#: Treatment Center": a water plant or a clinic is no venue of that name).
_LEFT_OUT_BEFORE = {
    "airport": frozenset({"international"}),
    "center": frozenset({"convention"}),
    "centre": frozenset({"convention"}),
}
#: Sports before "Club" in a club's full name, which news leaves out with "Club": "Marlo
#: Rangers Football Club" is "Marlo Rangers" (`leading_name_pass`). Only the sports a
#: club is named for first: a football club's basketball section is another team ("Real
#: Madrid Basketball Club").
_SPORTS = frozenset({"football", "soccer", "cricket"})
#: British and American spellings of head words.
_SPELLINGS = {"centre": "center", "theatre": "theater"}


#: Endings of words whose "s" makes no plural ("Congress", "Campus", "Genesis").
_NO_PLURAL = ("ss", "us", "is")


def country_prefix_pass(groups: _Groups) -> None:
    """Organisation names that differ only in how they write the country they start
    with join: "U.S. Fisheries Board" = "United States Fisheries Board" = "US Fisheries
    Board", also when the rest is written another way (`written_form`: "U.S. Department
    of Tides" = "US Tides Department"), or a one-word body without its "Department" or
    "Ministry" ("U.S. Tides" = "U.S. Tides Department"). Only country names and codes
    count, not demonyms ("American Skyways" is no "U.S. Skyways")."""
    by_key: dict[tuple[str, str], list[GroupKey]] = defaultdict(list)
    for g in groups.of_kind("other"):
        if g.doc:
            continue
        words = groups.label(g).split()
        for size in (2, 1):
            if len(words) > size:
                place = gazetteer.lookup_country(" ".join(words[:size]))
                if place is not None and gazetteer.is_country_name(" ".join(words[:size])):
                    rest = written_form(organisation_key(" ".join(words[size:])).split())
                    body, _, head = rest.rpartition(" ")
                    if head in _OF_HEADS and " " not in body:
                        rest = body  # "U.S. Tides Department" = "U.S. Tides"
                    by_key[(place.alpha3, rest)].append(g)
                    break
    for _, gs in sorted(by_key.items()):
        for other in gs[1:]:
            groups.join(gs[0], other, SAME_COUNTRY_NAME)


def acronym_prefix_pass(groups: _Groups) -> None:
    """Organisation names that differ only in writing their first words by their
    acronym join: "U.N. Security Council" = "United Nations Security Council", where the
    acronym alone ("UN") and its expansion ("United Nations") are one actor of the
    corpus already (`acronym_pass`), or where the rest is two words or more and their
    articles are related (`_related`). A country's code is `country_prefix_pass`'s
    ("U.S. Fisheries Board")."""
    orgs = [g for g in groups.of_kind("other") if not g.doc and len(g.words) > 1]
    led: list[tuple[GroupKey, str, str, str, int]] = []
    for g in orgs:
        first, *after = groups.label(g).split()
        letters = acronym_key(first).upper()
        if is_acronym(first) and len(letters) >= 2 and gazetteer.lookup_country(first) is None:
            led.append((g, first, letters, organisation_key(" ".join(after)), len(after)))
    if not led:
        return
    # the rest of each longer name after its first two words or more -> those words
    tails: dict[str, list[tuple[str, GroupKey]]] = defaultdict(list)
    for g in orgs:
        words = organisation_key(groups.label(g)).split()
        for k in range(2, len(words)):
            tails[" ".join(words[k:])].append((" ".join(words[:k]), g))
    alone = {g.actor.name: g for g in groups.of_kind("other") if not g.doc}
    for g, first, letters, rest, size in led:
        short = alone.get(organisation_key(first))
        known = (
            {organisation_key(groups.label(f)) for f in groups.cluster[groups.find(short)]}
            if short is not None
            else set()
        )
        # the acronym alone joined to those words already, or a rest of two words or more
        # in related articles ("KT Capital Partners" of one story is not the "Kingston
        # Trust Capital Partners" of another); one such name only ("NB Capital Partners"
        # beside "National Bank ..." and "Northern Bay ...": neither)
        fits = {
            groups.find(other)
            for spelled, other in tails.get(rest, ())
            if initials(spelled.title()).upper() == letters
            and (spelled in known or (size > 1 and _related(groups, g, groups.find(other))))
        }
        if len(fits) == 1:
            groups.join(g, next(iter(fits)), ACRONYM)


def written_form_pass(groups: _Groups) -> None:
    """Organisation names that differ only as `written_form` says join: "Halden Motors"
    = "Halden Motor", "Department of Mines" = "Mines Department", "Halden.com" =
    "Halden", "Marlo Centre" = "Marlo Center". Places ("Marlo Islands", "Marlo Island")
    and one-word names are left alone, except a web address and its name, and a name
    written closed up ("Halvexbank" = "Halvex Bank", when one longer name fits); longer
    names spaced differently join ("Marlo Trail Riders" = "Marlo Trailriders")."""
    by_form: dict[str, list[GroupKey]] = defaultdict(list)
    single: list[GroupKey] = []
    for g in groups.of_kind("other"):
        if g.doc or not g.words or groups.type(g) in ("GPE", "LOC"):
            continue
        label = base_name(groups.label(g))
        if WEB_ENDING.search(label):
            by_form[written_form(organisation_key(WEB_ENDING.sub("", label)).split())].append(g)
        elif len(g.words) > 1:
            by_form[written_form(g.words)].append(g)
        else:
            single.append(g)
    # A one-word name may be a longer one written closed up ("Halvexbank").
    closed: dict[str, list[str]] = defaultdict(list)
    for form in by_form:
        if " " in form:
            closed[form.replace(" ", "")].append(form)
    for g in single:
        if g.actor.name in by_form:
            by_form[g.actor.name].append(g)
        elif len(closed.get(g.actor.name, ())) == 1:
            by_form[closed[g.actor.name][0]].append(g)
    for _, gs in sorted(by_form.items()):
        for other in gs[1:]:
            groups.join(gs[0], other, WRITTEN_FORM)
    # Longer names spaced differently are one ("Marlo Trail Riders", "Marlo Trailriders").
    for _, forms in sorted(closed.items()):
        first, *spaced = sorted(forms)
        for form in spaced:
            groups.join(by_form[first][0], by_form[form][0], WRITTEN_FORM)


def dropped_word_pass(groups: _Groups) -> None:
    """An organisation's two-word name joins the one longer name of its article with the
    same first and last words when the last is a head word of organisations ("Halden
    Bank" in the article about "Halden Commercial Bank"; `kg.spans.name_head_type`).
    Only where some article names both, never when the first word names a place
    ("Kessel Eastern Airlines" is no "Kessel Airlines"), and not when two longer names of
    the article fit."""
    orgs = [g for g in groups.of_kind("other") if not g.doc and groups.type(g) in _ORG_TYPES]
    by_ends: dict[tuple[str, str], list[GroupKey]] = defaultdict(list)
    for g in orgs:
        if len(g.words) > 2:
            by_ends[(g.words[0], g.words[-1])].append(g)
    for g in orgs:
        words = g.words
        if len(words) != 2 or names_place(groups.label(g).split()[:1]):
            continue
        if name_head_type(groups.label(g)) not in _ORG_TYPES:
            continue
        found = by_ends.get((words[0], words[1]), [])
        docs = groups.evidence(g).docs
        here = {groups.find(f) for f in found if not docs.isdisjoint(groups.evidence(f).docs)}
        if len(here) == 1 and len({groups.find(f) for f in found}) == 1:
            groups.join(g, next(iter(here)), DROPPED_WORD)


#: Types of organisations for `dropped_word_pass`.
_ORG_TYPES = frozenset({"ORG", "FAC"})

#: Last words that name a company's group or holding: "Halvex Group" is Halvex.
_GROUP_WORDS = frozenset({"group", "holding", "holdings"})


def corporate_group_pass(groups: _Groups) -> None:
    """A company's group or holding joins the company: "Halvex Group" and "Halvex
    Holding LLC" -> "Halvex", the legal form left out. Only names typed ORG on both
    sides, and not when the name before the word names a place ("Marlo Group" is no
    group of a town "Marlo", nor "Kenya Holdings" of Kenya)."""
    orgs = {
        g.actor.name: g for g in groups.of_kind("other") if not g.doc and groups.type(g) == "ORG"
    }
    for name, g in sorted(orgs.items()):
        *rest, last = name.split()
        if not rest or last not in _GROUP_WORDS:
            continue
        company = orgs.get(" ".join(rest))
        if company is not None and not names_place(groups.label(company).split()):
            groups.join(company, g, CORPORATE_GROUP)


def _acronym_form(acronym: str) -> str:
    """An acronym as `known_form_pass` compares it: "A.C.N." and "ACN" alike."""
    return "acronym:" + acronym_key(acronym)


def known_form_pass(groups: _Groups) -> None:
    """A name that an article already joined to one longer name of its own actor joins
    that actor: "NM" where an article wrote "Norvik Motors (NM)", "PKW" where one wrote
    "Kessel Workers Party (PKW)", "Halvik" where one wrote "Halvik Brennan ...
    Halvik". Only an acronym the article joined (by its initials or brackets) or the
    name's leading words count ("HVL" in the article about "HVL Europe" is a word of the
    name, neither), and only when one actor of the corpus holds the form (or names that
    differ only in spelling: `_one_name_spelled_two_ways`), into an actor mentioned more
    often than the form, or for an acronym of three letters or more any actor (a
    two-letter one where its articles share actors with the holder's: `_related`), or
    for a one-word form any actor that is the only name of the corpus the word leads,
    where their articles are related and the form has fewer than `DOMINANCE_RATIO`
    times its mentions ("Halvex" of "Halvex Marlow"; not "Brunn" where the corpus names "Brunn
    Jones" and "Brunn Chemical", nor the company "Halden" of fifty mentions that one
    article named with its product "Halden Falcon"). A company's first word joins the
    company however often it is used when `TRADE_ARTICLES` articles or more wrote the
    company's name with a word of its trade and then the word alone ("Halvex Computer
    ... Halvex": ``trade_words.tsv``), and their articles are related."""
    holders: dict[str, set[GroupKey]] = defaultdict(set)
    leads: dict[str, set[GroupKey]] = defaultdict(set)  # first word -> the names it leads
    # form -> articles that wrote it alone after the company's name with its trade
    by_trade: dict[str, set[str]] = defaultdict(set)
    for g in groups.of_kind("other"):
        if g.doc:
            continue
        if len(g.words) > 1:
            leads[g.words[0]].add(g)
        for doc, e in groups.members[g]:
            words = fold(e.label).split()
            for alias in e.aliases:
                form = fold(alias)
                if form == fold(e.label):
                    continue
                if is_acronym(alias):
                    # Inside its article an acronym joins only the name its initials
                    # spell or the name it follows in brackets ("... Party (PKW)"); an
                    # acronym that is a word of the name ("HVL Europe") is neither.
                    if form not in words:
                        holders[_acronym_form(alias)].add(g)
                elif words[: len(form.split())] == form.split():
                    holders[form].add(g)
                    if g.words[0] == form and trade_name(g.words):
                        by_trade[form].add(doc)
    for g in groups.of_kind("other"):
        if g.doc or groups.find(g) != g or len(groups.cluster[g]) > 1:
            continue
        label = base_name(groups.label(g))
        form = _acronym_form(label) if is_acronym(label) else fold(label)
        found = {groups.find(h) for h in holders.get(form, ())} - {g}
        if len(found) > 1 and is_acronym(label):
            found = _one_name_spelled_two_ways(groups, found, label)
        if len(found) != 1 or (not is_acronym(label) and _placed(groups, g)):
            continue  # "in Marlo": the town, not the "Marlo union" of a headline
        (root,) = found
        name = base_name(groups.label(g))
        # An acronym is often written more than the name it stands for; two letters
        # spell many names, so those need articles in common (`_related`). So is a
        # company's first word, where it leads no other name of the corpus.
        if (
            groups.evidence(g).mentions < groups.evidence(root).mentions
            or (is_acronym(name) and (len(acronym_key(name)) > 2 or _related(groups, g, root)))
            or (
                not is_acronym(name)
                and {groups.find(o) for o in leads.get(form, ())} == {root}
                and groups.evidence(g).mentions < DOMINANCE_RATIO * groups.evidence(root).mentions
                and _related(groups, g, root)
            )
            or (
                # A company written with its trade and then alone, in several articles
                # ("Halvex Computer ... Halvex"): the short name is that company's,
                # however often the corpus writes it.
                root.words[0] == form
                and trade_name(root.words)
                and len(by_trade[form]) >= TRADE_ARTICLES
                and _related(groups, g, root)
            )
        ):
            groups.join(g, root, KNOWN_FORM)


def _one_name_spelled_two_ways(
    groups: _Groups, roots: set[GroupKey], acronym: str
) -> set[GroupKey]:
    """Clusters that articles each gave one acronym are one when their names spell it and
    differ only in spelling ("Kessel Avionics Defence & Systems" and "... Defense
    ..."): as many words, each the same or sharing its first four letters. They are
    joined (`KNOWN_FORM`) and the one cluster returned; else ``roots`` unchanged."""
    names = {r: base_name(groups.label(r)) for r in roots}
    spelled = {acronym_key(acronym).upper()}
    if any(
        not spelled & {initials(n).upper(), initials(n, keep_short=True).upper()}
        for n in names.values()
    ):
        return roots
    first, *others = sorted(roots, key=_order)
    words = fold(names[first]).split()
    for other in others:
        theirs = fold(names[other]).split()
        if len(theirs) != len(words) or any(
            a != b and (len(a) < 5 or a[:4] != b[:4]) for a, b in zip(words, theirs, strict=True)
        ):
            return roots
    for other in others:
        groups.join(first, other, KNOWN_FORM)
    return {groups.find(first)}


def body_runs(candidates: Iterable[NameCandidate]) -> list[tuple[str, ...]]:
    """The words of an article's unclaimed capitalised runs outside its headlines, a
    capitalised "The" that starts the sentence left out ("The Halvex Marlow Composite
    Index" gives "Halvex Marlow Composite Index"). A run never holds a possessive: it
    ends before "'s" (`kg.name_candidates.find_name_candidates`).

    Args:
        candidates: The article's runs (`kg.model.NameCandidate`).

    Returns:
        The runs of two words or more, as written, in text order.
    """
    out: list[tuple[str, ...]] = []
    for c in candidates:
        if c.headline:
            continue
        words = c.text.split()
        if c.initial and words[:1] == ["The"]:
            words = words[1:]
        if len(words) > 1:
            out.append(tuple(words))
    return out


def untagged_name_pass(groups: _Groups) -> None:
    """Organisations written as the leading words of one longer name that the NER never
    tagged are one actor: "Halvex" in the articles that write "Halvex Marlow Composite
    Index ... the Halvex", and "Halvex Marlow" in those that write "Halvex Marlow
    Composite Index ... the Halvex Marlow". News names an actor in full, then by its
    leading words; `known_form_pass` reads this where the NER tagged the full name.

    Guards: the longer name is an unclaimed run of body text (`body_runs`; a headline
    glues names and verbs) that no actor of the corpus bears (a known name is another
    actor: "Halvex Bank" is not "Halvex"); the words it adds name no place (a branch:
    "Halvex Norway"); the short name leads that one name only, among the runs of its
    articles and the names the corpus tags ("Halvex" in articles that write "Halvex
    Marlow Index" and "Halvex Air Services", or where the corpus names "Halvex
    Chemical", joins nothing); only names typed ORG that name no place themselves, and
    no acronyms. Then, as for `known_form_pass`'s first words, a shorter form joins a
    longer one only where their articles are related (`_related`) and it has fewer than
    `DOMINANCE_RATIO` times the longer one's mentions (a busy company is no short form
    of an index one article names), and never where one article names both: document
    resolution kept them apart there ("Halvex" the airline beside "Halvex Marlow" its
    parent).

    Args:
        groups: The groups of local actors, with each article's runs; joined in place.
    """
    known = {g.actor.name for g in groups.of_kind("other")}
    # The names of two words or more the corpus tags, by their first word.
    tagged: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for g in groups.of_kind("other"):
        if not g.doc and len(g.words) > 1:
            tagged[g.words[0]].add(tuple(g.words))
    # Each article's runs by their first word, folded once.
    by_first: dict[tuple[str, str], list[tuple[tuple[str, ...], tuple[str, ...]]]] = defaultdict(
        list
    )
    for d, runs in groups.runs.items():
        for run in runs:
            folded = tuple(fold(" ".join(run)).split())
            if folded:
                by_first[(d, folded[0])].append((folded, run))
    led: dict[GroupKey, set[tuple[str, ...]]] = defaultdict(set)
    for g in groups.of_kind("other"):
        label = groups.label(g)
        if (
            g.doc
            or not g.words
            or groups.type(g) != "ORG"
            or is_acronym(base_name(label))
            or names_place(label.split())
        ):
            continue
        size = len(g.words)
        for d in dict.fromkeys(d for d, _ in groups.members[g]):
            for folded, run in by_first.get((d, g.words[0]), ()):
                if len(folded) > size and list(folded[:size]) == g.words:
                    led[g].add(run)
    forms: dict[str, list[GroupKey]] = defaultdict(list)
    for g, written in led.items():
        names = {organisation_key(" ".join(run)) for run in written}
        if len(names) != 1:
            continue
        (name,) = names
        if _leads_another_name(g, tagged, name.split()):
            continue
        run = min(written)
        if name in known or names_place(list(run[len(g.words) :])):
            continue
        forms[name].append(g)
    for _, gs in sorted(forms.items()):
        # Each shorter form joins the longer ones, the nearest first ("Halvex" joins
        # "Halvex Marlow"); the guards read whole clusters, so a join made here counts.
        chain = sorted(gs, key=lambda g: (-len(g.words), _order(g)))
        for i, short in enumerate(chain):
            for longer in reversed(chain[:i]):
                if _short_form_of(groups, short, longer):
                    groups.join(short, longer, UNTAGGED_NAME)


def _leads_another_name(
    g: GroupKey, tagged: Mapping[str, set[tuple[str, ...]]], run: Sequence[str]
) -> bool:
    """True when ``g``'s words lead a tagged name of the corpus other than the leading
    words of ``run`` (folded words): "Brunn" leads "Brunn Chemical" as well as "Brunn
    Jones Industrial Average"; "Halvex Marlow" beside "Halvex Marlow Composite Index"
    is no other name."""
    size = len(g.words)
    return any(
        list(name[:size]) == g.words and list(name) != list(run[: len(name)])
        for name in tagged.get(g.words[0], ())
        if len(name) > size
    )


def _short_form_of(groups: _Groups, short: GroupKey, longer: GroupKey) -> bool:
    """The guards of `untagged_name_pass` on one pair of clusters: no article names both,
    ``short`` has fewer than `DOMINANCE_RATIO` times ``longer``'s mentions, and their
    articles are related (`_related`)."""
    a, b = groups.find(short), groups.find(longer)
    if a == b:
        return False
    mine, theirs = groups.evidence(a, root=a), groups.evidence(b, root=b)
    return (
        mine.docs.isdisjoint(theirs.docs)
        and mine.mentions < DOMINANCE_RATIO * theirs.mentions
        and _related(groups, a, b)
    )


def short_name_pass(groups: _Groups) -> None:
    """A short organisation name joins the one longer name that ends with it where the
    words before it name a place ("Red Sox" -> "Boston Red Sox", "Senate" -> "Liberian
    Senate"), one the gazetteer knows or, for a short name of two words or more, one the
    corpus names on its own as a place (typed GPE or LOC: "Harbour Clinic" -> "Kessel
    Cove Harbour Clinic" beside the town "Kessel Cove"); of several such names, the one
    every article of the short name names, and no other ("Air Force" in the article
    about "NAF" where another article names the "Qatari Air Force"). Before a one-word
    short name that ends bodies' names the words name the place and nothing else
    (`is_place_words`): "Authority" is no short name of the "Halden Revenue Authority",
    while "Rovers" is of the "Halden Kessel Rovers". A name written
    "<short name> of <place>", or after a region, counts as one of the several
    ("Supreme Court" beside "Nepal's Supreme Court" and the "Supreme Court of India";
    "Senate" beside the "Ohio Senate"), and one place's body written two ways as one
    (`_one_of_bodies`). Names typed NORP neither join nor are joined ("Republican" /
    "Corpus Christi Republican", a person's description). Not after an
    organisation's name: the "Supervisory Board" of an article that names Halden may be
    another company's, not the "Halden Supervisory Board". Shorter names go last, so
    "Rangers" finds "City Rangers" already joined to "Monrovia City Rangers".
    Organisations typed as places or people are left alone, and so is a party's name
    whose members the corpus names (`party_words`, `_member_forms`): "Democratic Party"
    beside "Democrats" is a party of its own, and a place before its name names a
    branch ("Michigan Democratic Party"); "Defence Front" is short for the one
    "Moquegua Defence Front"."""
    orgs = [g for g in groups.of_kind("other") if groups.type(g) in ("ORG", "NORP")]
    places = {
        g.actor.name
        for g in groups.of_kind("other")
        if not g.doc and groups.type(g) in ("GPE", "LOC")
    }
    endings: dict[str, list[GroupKey]] = defaultdict(list)
    bodies = _bodies_of_places(groups, orgs)
    for g in orgs:
        words = g.words
        if groups.type(g) == "NORP":
            continue  # "Corpus Christi Republicans" are no body a short name is of
        label = groups.label(g).split()
        for k in range(1, len(words)):
            # a one-word rest that is a body's head word ("Authority") is short only for a
            # place's body, written with the place alone before it; other rests may keep
            # more words after a place ("Rovers" of the "Halden Kessel Rovers")
            generic = k == len(words) - 1 and is_head_word(label[-1])
            if "of" in words[:k] and not gazetteer.is_place(" ".join(label[:k])):
                continue  # "Institute of Technology Marlo": the town names a campus
            if (is_place_words(label[:k]) if generic else names_place(label[:k])) or (
                # A one-word rest is often a common noun ("Theater" of "Roe's Theater"
                # beside the "Kessel Theater"): the gazetteer's places only.
                len(words) - k > 1 and " ".join(words[:k]) in places
            ):
                endings[" ".join(words[k:])].append(g)
    heads = party_words("party")
    names = {g.actor.name for g in groups.keys}
    home = _home_country(groups)
    for g in sorted(orgs, key=lambda g: (-len(g.words), _order(g))):
        if groups.type(g) == "NORP":
            continue  # "Republican" is no member of "Corpus Christi Republican" alone
        if (
            len(g.words) > 1
            and g.words[-1] in heads
            and names & (_member_forms(g.words[:-1]) - {g.actor.name, " ".join(g.words[:-1])})
        ):
            continue  # "Democratic Party" beside "Democrats" is not the "Michigan ..." branch
        fits = {groups.find(f) for f in endings.get(g.actor.name, ())} - {groups.find(g)}
        fits = _one_of_bodies(groups, g, _of_its_country(groups, g, fits), bodies)
        if len(fits) == 1 and _country_named(groups, g, next(iter(fits)), home):
            groups.join(g, next(iter(fits)), SHORT_NAME)


def _home_country(groups: _Groups) -> str:
    """The code of the country the most articles name, or "" for a tie: the corpus's
    own, whose bodies its articles write without naming it."""
    counts = sorted(
        ((len(groups.evidence(g).docs), g.actor.name) for g in groups.of_kind("country")),
        reverse=True,
    )
    if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return ""
    return counts[0][1]


def _country_named(groups: _Groups, short: GroupKey, body: GroupKey, home: str = "") -> bool:
    """False when ``body`` is a country's ("Uganda's Commission", "Kenyan Senate") and an
    article of the short name ties its actors to other countries and never to that one:
    the "Commission" of articles about Kenya is Kenya's, whatever single body of
    its name the corpus ties to a country. An article that names no country says
    nothing (American news seldom names the United States), nor do articles about the
    corpus's own country (`_home_country`: "the Senate" of a US corpus's article on
    Ukraine and Russia is the US Senate); a name of three words or
    more besides "of" is no generic word ("Maritime and Ports Commission"; "Court of
    Appeal" is), nor one of two words with
    no word of a state's body in it (`_state_body`: "Tomas Veldin" of "American Tomas
    Veldin", "Halvex Electronics" of "Halvex Electronics of Korea"); one word is
    ("Academy" of the articles about another country is not the "Norwegian Academy").
    A state's body led by a city is that city's country's ("Lisbon Court of Appeal"; not
    the "Gold Coast Herald" of Ghana, named after no Australian city)."""
    words = [w for w in short.words if w != "of"]  # "Court of Appeal" is two words
    if len(words) > 2 or (len(words) == 2 and not _state_body(short.actor.name)):
        return True
    label = groups.label(body)
    code = _country_led(label) or _country_after_of(label)
    if not code and _state_body(short.actor.name):
        code = _city_led(label)  # "Lisbon Court of Appeal"; not a paper's "Herald"
    if not code or code == home:
        return True
    countries = groups.doc_countries()
    for d in groups.evidence(short).docs:
        codes = countries[d]
        if codes and code not in codes:
            return False
    return True


#: A clipped name has at least this many letters, and the word it clips this many more.
_CLIP_LETTERS = 3
_CLIPPED_OFF = 2


def clipped_name_pass(groups: _Groups) -> None:
    """A one-word organisation name that is the first word of a longer organisation's
    name cut short joins that organisation: "Halv" in the articles about the "Halvex
    Reserve" or the "Kenya Halvex Reserve" (the first word after a place's name). Only
    names typed ORG on both sides, and only when every article of the short name names
    one such organisation and the same one (`_named_in_every_article`): "Halv" where an
    article names both the "Halvex Reserve" and "Halvering Capital" joins neither. Nor
    does a short name whose article also writes the uncut word as a name of its own
    (`_uncut_written`): "Halv" beside "Halvexport" is another place, not a clip of the
    "Halvexport Rovers" of its article."""
    orgs = [g for g in groups.of_kind("other") if not g.doc and groups.type(g) == "ORG"]
    by_first: dict[str, list[GroupKey]] = defaultdict(list)
    for g in orgs:
        label = groups.label(g).split()
        k = next(
            (k for k in (2, 1) if k < len(label) and gazetteer.is_place(" ".join(label[:k]))), 0
        )
        if len(label) - k >= 2:
            by_first[fold(label[k])].append(g)
    # Each first word under every clipped form it allows, so a short name is one lookup
    # (not a scan of every first word of the corpus).
    by_clip: dict[str, list[tuple[GroupKey, str]]] = defaultdict(list)
    for first, found in by_first.items():
        for size in range(_CLIP_LETTERS, len(first) - _CLIPPED_OFF + 1):
            by_clip[first[:size]].extend((o, first) for o in found)
    for g in orgs:
        clip = g.actor.name
        if len(g.words) != 1 or len(clip) < _CLIP_LETTERS or is_acronym(groups.label(g)):
            continue
        clipped = by_clip.get(clip, [])
        fits = {groups.find(o) for o, _ in clipped} - {groups.find(g)}
        fits = _named_in_every_article(groups, g, fits) if fits else fits
        if len(fits) == 1 and not _uncut_written(groups, g, {w for _, w in clipped}):
            groups.join(g, next(iter(fits)), CLIPPED)


def _uncut_written(groups: _Groups, short: GroupKey, words: Collection[str]) -> bool:
    """True when an article of ``short`` writes one of the folded ``words`` it would clip
    alone, as a name ("Halvexport" beside "Halv" and the "Halvexport Rovers"): a writer
    who clips a name does not also write it in full, so the short name is a word of its
    own there ("Halv and Kessel Police", "the mouth of the Halv")."""
    names = groups.doc_names()
    return any(not names[d].isdisjoint(words) for d in groups.evidence(short).docs)


def of_head_pass(groups: _Groups) -> None:
    """An organisation called by the words before "of" of its name joins it: "House" ->
    "House of Representatives", also after a place ("House" -> "Chilean House of
    Deputies"), when only one organisation of the corpus has those head words (or only
    one that every article of the short name names: `_named_in_every_article`). Only
    names typed ORG or NORP on both sides: "Gulf" is no short name of the "Gulf of
    Marlo", nor "House" of a place "House of Marlo"; nor a country's body in articles
    tied to other countries alone (`_country_named`)."""
    orgs = [g for g in groups.of_kind("other") if not g.doc and groups.type(g) in ("ORG", "NORP")]
    bodies = _bodies_of_places(groups, orgs)
    home = _home_country(groups)
    heads: dict[str, list[GroupKey]] = defaultdict(list)
    for g in orgs:
        words = g.words
        label = groups.label(g).split()
        for k in range(len(words)):
            if k and not names_place(label[:k]):
                continue
            rest = words[k:]
            if "of" in rest[1:-1]:
                heads[" ".join(rest[: rest.index("of")])].append(g)
    for g in orgs:
        if "of" in g.words:
            continue
        fits = {groups.find(f) for f in heads.get(g.actor.name, ())} - {groups.find(g)}
        fits = _one_of_bodies(groups, g, fits, bodies)
        # the test only keeps a name from a fit, never picks one of several
        if (
            len(fits) == 1
            and not any(_sited_apart(groups, g, f) for f in fits)
            and _country_named(groups, g, next(iter(fits)), home)
        ):
            groups.join(g, next(iter(fits)), HEAD_WORDS)


def _of_its_country(groups: _Groups, g: GroupKey, fits: set[GroupKey]) -> set[GroupKey]:
    """Of the longer names ``fits`` a short body name may join, those not led by another
    country than the one an article wrote it with ("South Africa's Electoral Commission"
    never joins the "Zimbabwe Electoral Commission")."""
    own = {e.country for _, e in groups.members[g] if e.country}
    if not own:
        return fits
    return {f for f in fits if _country_led(groups.label(f)) in own | {""}}


def _country_led(label: str) -> str:
    """The code of the country a name starts with ("Zimbabwe Electoral Commission" ->
    "ZWE"), or ""."""
    return _led_by(label, _country_code_of)


def _country_code_of(words: str) -> str:
    """The code of the country ``words`` name (`_place_of`), "" for a town or none."""
    place = _place_of(words)
    return place if place.isupper() else ""


def _city_led(label: str) -> str:
    """The code of the country of the city a name starts with ("Lisbon Court of Appeal"
    -> "PRT"), or ""."""
    return _led_by(label, lambda words: gazetteer.country_of_city(words) or "")


def _led_by(label: str, code_of: Callable[[str], str]) -> str:
    """The code ``code_of`` gives the first two words of a name, or its first word, with
    more words after them; "" for none."""
    words = label.split()
    for k in (2, 1):
        code = code_of(" ".join(words[:k])) if len(words) > k else ""
        if code:
            return code
    return ""


def _state_body(name: str) -> bool:
    """True for a folded name with a word of a state's body in it ("supreme court",
    "commission", "air force": ``government_bodies.tsv``); not a company's ("halvex
    electronics") or a person's."""
    padded = f" {name} "
    return any(f" {word} " in padded for word in government_words())


def _country_after_of(label: str) -> str:
    """The code of the country a name ends with after "of" ("Supreme Court of Halden"
    -> "", "Supreme Court of Uganda" -> "UGA"), or ""."""
    words = label.split()
    place = _place_after_of(words, words)[1]
    return place if place.isupper() else ""


def _place_after_of(words: Sequence[str], label: Sequence[str]) -> tuple[int, str]:
    """The index of the last inner "of" of a name's ``words`` and the place (`_place_of`)
    its written ``label`` words name after it ("Supreme Court of Nepal" -> 2, "NPL"), or
    (-1, "") with no such "of"."""
    if "of" not in words[1:-1]:
        return -1, ""
    k = len(words) - 1 - list(words)[::-1].index("of")
    return k, _place_of(" ".join(label[k + 1 :]))


def _bodies_of_places(groups: _Groups, orgs: Iterable[GroupKey]) -> dict[str, dict[GroupKey, str]]:
    """A body's name without its place -> the organisations of the corpus so named with
    a place before it or "of" a place after it, each with its place (`_place_of`):
    "supreme court" -> "Nepal's Supreme Court" and "Supreme Court of India"; "senate"
    -> "Nigerian Senate", "Senate of Nigeria" (one place) and "Ohio Senate"."""
    found: dict[str, dict[GroupKey, str]] = defaultdict(dict)
    for g in orgs:
        words, label = g.words, groups.label(g).split()
        for k in range(1, min(3, len(words))):
            place = _place_of(" ".join(label[:k]))
            if place:
                found[" ".join(words[k:])][g] = place
        k, place = _place_after_of(words, label)
        if place:
            found[" ".join(words[:k])][g] = place
    return found


def _place_of(text: str) -> str:
    """The place ``text`` names, one key for its names and demonym ("Nigeria",
    "Nigerian", "Nigeria's" -> "NGA"; "Ohio" -> "ohio"), or ""."""
    text = re.sub(r"['\u2019]s$", "", text)
    country = gazetteer.lookup_country(text)
    if country is not None and country.kind in ("name", "code", "demonym"):
        return country.alpha3
    if gazetteer.is_place(text) or gazetteer.region_country(text):
        return fold(text)
    return ""


def _one_of_bodies(
    groups: _Groups,
    g: GroupKey,
    fits: set[GroupKey],
    bodies: Mapping[str, Mapping[GroupKey, str]],
) -> set[GroupKey]:
    """Of the clusters ``fits`` a short name may join, the one it joins: where the corpus
    names that body for several places ("Supreme Court" beside "Nepal's Supreme Court"
    and the "Supreme Court of India"; "Senate" beside the "Senate of Nigeria" and the
    "Ohio Senate"), or ``fits`` are several, only the one every article of the short
    name names (`_named_in_every_article`), and only one of ``fits``; else ``fits`` as
    they are. One place's body written two ways ("Nigerian Senate", "Senate of
    Nigeria") is one place."""
    rivals = {groups.find(b): place for b, place in bodies.get(g.actor.name, {}).items()}
    rivals.pop(groups.find(g), None)
    # a fit whose place no table knows ("Kessel Cove Harbour Clinic") is a place of its own
    unplaced = [f for f in fits if f not in rivals]
    if len(set(rivals.values())) + len(unplaced) > 1 or len(fits) > 1:
        return _named_in_every_article(groups, g, fits | set(rivals)) & fits
    return fits


def _sited_apart(groups: _Groups, short: GroupKey, long: GroupKey) -> bool:
    """True when an article writes the short name with "in" and a town ("the Ruritan
    University in Tarnow", an alias read by `kg.relations.rules.places`) and the longer
    name is "of" a place that neither is that town nor holds it ("Ruritan University of
    Halden"): two sites with the same head words."""
    label = groups.label(short)
    towns = {town for n in groups.names(short) if (town := site_town(label, n))}
    words = groups.label(long).split()
    lowered = [w.lower() for w in words]
    if not towns or "of" not in lowered:
        return False
    place = " ".join(words[lowered.index("of") + 1 :])
    return gazetteer.known_place(place) and not all(_holds_town(place, t) for t in towns)


def _holds_town(place: str, town: str) -> bool:
    """True when ``place`` is ``town`` or the country the gazetteer puts that city in. A
    region or a capital is not known to hold it ("Kessel University in Munich" is not
    "of Berlin", nor "in Buffalo" "of California")."""
    if fold(place) == town:
        return True
    country = gazetteer.country_of_city(town)
    return country is not None and gazetteer.country_code(place) == country


def _named_in_every_article(groups: _Groups, g: GroupKey, roots: set[GroupKey]) -> set[GroupKey]:
    """Of several clusters a short name may be, the one that every article of ``g``
    names, and none of the others; else none."""
    chosen: set[GroupKey] = set()
    for d in groups.evidence(g).docs:
        here = {groups.find(o) for o in groups.by_doc[d]} & roots
        if len(here) != 1:
            return set()
        chosen |= here
    return chosen if len(chosen) == 1 else set()


#: The types a short name may have to join a longer name whose last word makes it an
#: organisation or facility ("Nordfjell Resources", "Phebe Hospital"), or a place ("Bong
#: County"); PERSON only without any sign of a person (`_no_person_evidence`).
_SHORT_TYPES: dict[str, frozenset[str]] = {
    "ORG": frozenset({"ORG", "NORP", "FAC", "PERSON"}),
    "FAC": frozenset({"ORG", "NORP", "FAC", "PERSON"}),
    "GPE": frozenset({"GPE", "LOC", "PERSON"}),
    "LOC": frozenset({"GPE", "LOC", "PERSON"}),
}


def leading_name_pass(groups: _Groups) -> None:
    """A name joins the one longer name of the corpus that is the name and one more word
    (a legal form not counted), when that name ends like names of organisations or places
    (`kg.spans.name_head_type`: "Nordfjell" -> "Nordfjell Resources", "Kessel Eastern" ->
    "Kessel Eastern Airlines", "Halden" -> "Halden Group PLC", "Bong" -> "Bong County";
    not "Ravin" -> "Ravin Kessin Motors"). A facility no gazetteer knows as a
    place also joins the one name that is it and a word often left out before such a
    name's last word ("Marlo West" -> "Marlo West Convention Center": `_LEFT_OUT_BEFORE`;
    not the city "Marlo" -> "Marlo International Airport").

    Every such longer name counts, whatever its type or ending: "Brunn" with "Brunn Jones"
    and "Brunn Chemical", or "Sierra" with "Sierra Leone", joins none, except that an
    organisation's branches and "people" it would be the given name of do not count
    where an article names it with the one longer name left
    (`_company_of_short_name`). A hyphenated word is no name and one more word ("HVX-Corvan",
    a pair). A short name typed PERSON joins only when nothing says it is a person (no
    title, honorific or pronoun) and no person of the corpus bears it; an acronym typed
    PERSON ("HVX" beside "HVX Technologies") only without title or honorific, and then
    takes the longer name's type. A name typed as a place joins an organisation only when
    it is no place anyone knows (`_unknown_place_of`), and then takes its type; one typed
    otherwise by the vote that an article writes after "in" and some article typed as a
    place ("built in Marlo") joins none.
    """
    longer: dict[str, list[GroupKey]] = defaultdict(list)
    shortened: dict[str, list[GroupKey]] = defaultdict(list)  # without a word left out
    clubs: dict[str, list[GroupKey]] = defaultdict(list)  # without "<sport> Club"
    # names of three words or more, by their first word ("Halvex Port Holdings"), for a
    # one-word name nothing says is a person's (`_company_word`)
    started: dict[str, list[GroupKey]] = defaultdict(list)
    families: set[str] = set()
    named: set[str] = set()  # given and family names of the corpus's full names
    for g in groups.keys:
        if g.doc:
            continue
        if g.actor.kind == "person":
            parts = parse_person(g.actor.name)
            families.add(parts.family)
            if parts.given and groups.type(g) == "PERSON":
                named.update((parts.given, parts.family))
        words = _plain_name(groups, g).split()
        if len(words) > 2 and g.actor.kind == "other":
            started[words[0]].append(g)
        # A word joined by a hyphen is no name and one more word ("HVX-Corvan", a pair),
        # with its legal form too ("HVX-Corvan Inc.", folded "hvx corvan").
        if len(words) > 1 and len(base_name(groups.label(g)).split()) > 1:
            longer[" ".join(words[:-1])].append(g)
        if len(words) > 2 and words[-2] in _LEFT_OUT_BEFORE.get(words[-1], ()):
            shortened[" ".join(words[:-2])].append(g)  # "Marlo West Convention Center"
        if len(words) > 2 and words[-1] == "club" and words[-2] in _SPORTS:
            clubs[" ".join(words[:-2])].append(g)  # "Marlo Rangers Football Club"
    for g in groups.keys:
        name = _plain_name(groups, g)
        found = longer.get(name, [])
        if groups.type(g) == "FAC" and not gazetteer.known_place(groups.label(g)):
            found = found + shortened.get(name, [])
        # "Vetrana Lions" -> "Vetrana Lions Cricket Club"; not the city of a club ("Lahore")
        club = clubs.get(name, [])
        if club and gazetteer.known_place(groups.label(g)):
            club = []
        found = found + club
        if _company_word(groups, g, named):
            company = _company_started(groups, g, found + started.get(name, []))
            if company is not None:
                groups.retype(g, "ORG")
                groups.join(g, company, LEADING_NAME)
                continue
        if not found or not _name_and_leading_words(groups, g):
            continue
        if (
            len(g.words) > 1
            and name_head_type(_head_label(groups, g))
            and not all(_company_tail(base_name(_head_label(groups, f))) for f in found)
            and not all(f in club for f in found)  # "Marlo Rangers Football Club"
        ):
            # A whole name of its own: "Marlo University" is not its "Marlo University
            # Hospital", "Kessel Police" not the "Kessel Police Union", "Dublin Airport"
            # not the "Dublin Airport Authority"; only its own fuller name holds it
            # ("Marlo Port Holdings PLC", "Marlo Police Department").
            continue
        roots = {groups.find(f) for f in found} - {groups.find(g)}
        if len(roots) > 1:
            found = _company_of_short_name(groups, g, found)
            roots = {groups.find(f) for f in found} - {groups.find(g)}
        if len(roots) != 1:
            continue
        # the head before a legal form the head list lacks, for a short name typed as an
        # organisation only ("Cedar Halden"; one word only where the articles took it for
        # no person's: "Tidewell" -> "Tidewell Advisory FZE"; a lone "Halden" they took
        # for a person's may be a surname, whatever the vote, not "Halden Bank S.A.L.")
        head_of = (
            _head_type_of
            if groups.type(g) == "ORG"
            and (
                len(g.words) > 1
                or all(ActorKey.parse(e.key).kind == "other" for _, e in groups.members[g])
            )
            else name_head_type
        )
        kind = {head_of(_head_label(groups, f)) for f in found}
        head = kind.pop() if len(kind) == 1 else None
        if head is None or any(unit_head(base_name(_head_label(groups, f))) for f in found):
            continue  # "Barclays" is not its unit "Barclays Capital (Inc.)"
        allowed = _SHORT_TYPES.get(head, frozenset())
        own = groups.type(g)
        if own == "GPE" and any(water_head(_head_label(groups, f)) for f in found):
            continue  # the town "Marlo" is not the "Marlo River"
        if head in ("FAC", "LOC", "GPE") and g.actor.name in government_words():
            continue  # "Congress" is no short form of "Congress Avenue" nor "Senate House"
        (root,) = roots
        if g.actor.kind == "country":
            continue
        if own in ("GPE", "LOC") and head in ("ORG", "FAC"):
            if not _unknown_place_of(groups, g, root):
                continue
            groups.retype(g, head)
        elif (
            head in ("ORG", "FAC")
            and groups.evidence(g).located
            and any(e.type in ("GPE", "LOC") for _, e in groups.members[g])
        ):
            # Written "in X" and typed a place somewhere, whatever the vote typed it: a
            # place, not the university or port named after it ("built in Marlo" and
            # "Marlo University"); not "a stake in Halden", a company typed ORG
            continue
        elif own not in allowed:
            continue
        if is_acronym(groups.label(g)) and own == "PERSON":
            # Letters in capitals are a person only with a title or honorific ("President
            # JFK"); pronouns resolved to them by distance say nothing ("HVX" beside "HVX
            # Technologies").
            said = groups.evidence(g)
            if said.titles or said.female or said.male:
                continue
            groups.retype(g, head)
        elif own == "PERSON" and (
            name in families
            or not _no_person_evidence(groups.evidence(g))
            # "Tom Halden" is a person's name, not short for "Tom Halden University"
            or (len(name.split()) > 1 and known_given_name(name.split()[0]))
        ):
            continue
        groups.join(g, root, LEADING_NAME)


#: Last words of a body's fuller name beside a shorter one that is a name of its own
#: ("Marlo Consultancy Services", "Marlo Police Department", a club's "Marlo Dolphins
#: FC"), besides a parent company's (`kg.spans.parent_head`).
_COMPANY_TAILS = frozenset({"services", "service", "solutions", "department", "fc", "sc", "afc"})


def _company_tail(name: str) -> bool:
    """True when ``name`` ends like a body's fuller name: a parent company's head word
    ("Holdings", "Group") or one of `_COMPANY_TAILS`."""
    words = name.split()
    return parent_head(name) or (bool(words) and fold(words[-1]) in _COMPANY_TAILS)


def _head_type_of(label: str) -> EntityType | None:
    """`name_head_type` of a name, or of its words before a legal form the head list does
    not hold ("Halden Bank S.A.L.": "Halden Bank"; "Halden Marine LLC" by its "LLC"), or
    an organisation's where a legal form ends it and no head word says more
    ("Halden Spedition GmbH")."""
    found = name_head_type(label) or name_head_type(base_name(label))
    return found or ("ORG" if written_legal_form(label) else None)


def _head_label(groups: _Groups, g: GroupKey) -> str:
    """The group's name as an article wrote it with its legal form, if one did ("Marsa
    Gulf Ports LLC" where others wrote "Marsa Gulf Ports"), else its label."""
    label = groups.label(g)
    if g.actor.kind == "other" and not written_legal_form(label):
        for _, e in groups.members[g]:
            if written_legal_form(e.label) and organisation_key(e.label) == g.actor.name:
                return e.label
    return label


def _company_word(groups: _Groups, g: GroupKey, names: Collection[str]) -> bool:
    """True when ``g`` is one word typed PERSON that nothing says is a person (no title,
    honorific or pronoun) and that is no given or family name of a person of the corpus
    (``names``), no known given name and no place. Such a word may be short for a
    company's longer name it starts ("Halvex" of "Halvex Port Holdings", which the NER
    typed PERSON: "Halvex said it ..."). Not a word typed ORG: "House" beside "House
    Marlo Committee" is the body the committee belongs to."""
    return (
        groups.type(g) == "PERSON"
        and len(g.words) == 1
        and not known_given_name(g.actor.name)
        and not gazetteer.known_place(groups.label(g))
        and g.actor.name not in names
        and _no_person_evidence(groups.evidence(g))
    )


def _company_started(groups: _Groups, g: GroupKey, found: list[GroupKey]) -> GroupKey | None:
    """The one longer name of ``found`` that the word ``g`` starts, when it is a
    company's (an organisation's head word and a legal form end it: "Halvex Port
    Holdings N.V."; a foundation or a party may be named after a person) and an article
    names it with the word; None when there is none or more than one.
    Branches ("Halvex Peru S.A.": a place's name last) and names typed PERSON do not count;
    any other name does ("Halvex Jones")."""
    kept = [
        f
        for f in found
        if groups.type(f) != "PERSON" and not names_place(base_name(groups.label(f)).split()[-1:])
    ]
    roots = {groups.find(f) for f in kept} - {groups.find(g)}
    if len(roots) != 1 or not any(
        name_head_type(base_name(groups.label(f))) == "ORG" and written_legal_form(groups.label(f))
        for f in kept
    ):
        return None  # not "Kessin Family Foundation" nor "Kessin Reform Party": his
    (company,) = roots
    return (
        company if not groups.evidence(g).docs.isdisjoint(groups.evidence(company).docs) else None
    )


def _company_of_short_name(groups: _Groups, g: GroupKey, found: list[GroupKey]) -> list[GroupKey]:
    """Of several longer names an organisation's short name starts, the one left when
    its branches ("Halvex Norway": a place's name last) and the "people" it would be the
    given name of ("Halvex Condor", a product the NER took for a person) are set aside,
    when an article names it with the short name; else ``found`` unchanged."""
    if groups.type(g) not in _ORG_TYPES:
        return found
    kept = [
        f
        for f in found
        if f.actor.kind != "person" and not names_place(groups.label(f).split()[-1:])
    ]
    docs = groups.evidence(g).docs
    if len({groups.find(f) for f in kept}) == 1 and not docs.isdisjoint(
        groups.evidence(kept[0]).docs
    ):
        return kept
    return found


def _unknown_place_of(groups: _Groups, g: GroupKey, root: GroupKey) -> bool:
    """True when a name the NER typed as a place is an organisation's short name: no
    country, city, state or region the gazetteer knows, never written after a
    preposition of place in any article ("in X"), and named in an article with the
    organisation ("Halden Ridge" beside "Halden Ridge Mining Company", but not the town
    "Marlo" of "in Marlo" beside "Marlo Hospital")."""
    label = groups.label(g)
    own = groups.evidence(g)
    return (
        not gazetteer.known_place(label)
        and not own.located
        and not own.docs.isdisjoint(groups.evidence(root).docs)
    )


def _plain_name(groups: _Groups, g: GroupKey) -> str:
    """A group's folded name, for an organisation or place without its legal form ("Aer
    Lingus Group PLC" is "aer lingus group", the name and one word)."""
    return g.actor.name if g.actor.kind == "other" else fold(groups.label(g))


def _same_name_cluster(groups: _Groups, g: GroupKey) -> bool:
    """True when ``g``'s cluster holds only groups of its own name (a lone surname's
    articles joined by name, not to a bearer)."""
    return all(o.actor == g.actor for o in groups.cluster[groups.find(g)])


def _name_and_leading_words(groups: _Groups, g: GroupKey) -> bool:
    """True when ``g``'s cluster holds only groups of its own name and of its leading
    words ("Halden Mining" with the "Halden" an article joined to it), so that it may
    join a longer name as a whole."""
    return all(
        o.actor == g.actor or (o.words and g.words[: len(o.words)] == o.words)
        for o in groups.cluster[groups.find(g)]
    )


def _no_person_evidence(found: _Evidence) -> bool:
    """No honorific, gendered word, pronoun or title says the actor is a person."""
    return not (found.female or found.male or found.she or found.he or found.titles)


def founder_name_pass(groups: _Groups) -> None:
    """A company called by the family name of the person it is named after joins it:
    "Halvex" -> "Jane Halvex Company" (a given and a family name before a legal form).
    Only when one such company of the corpus has that family name, no other organisation
    or place name starts with it, and the short name is typed ORG ("Halvex" the person
    stays a person; "Marlo" the town is no "John Marlo Co.")."""
    companies: dict[str, list[GroupKey]] = defaultdict(list)
    starts: set[str] = set()
    for g in groups.of_kind("other"):
        if g.doc:
            continue
        if len(g.words) > 1:
            starts.add(g.words[0])
        label = groups.label(g)
        words = base_name(label).split()
        if (
            groups.type(g) == "ORG"
            and base_name(label) != label
            and len(words) == 2
            and all(w.isalpha() and w[:1].isupper() for w in words)
            and not names_place(words[:1])
        ):
            companies[fold(words[1])].append(g)
    for g in groups.of_kind("other"):
        if g.doc or len(g.words) != 1 or groups.type(g) != "ORG" or g.actor.name in starts:
            continue
        found = {groups.find(c) for c in companies.get(g.actor.name, ())} - {groups.find(g)}
        if len(found) == 1:
            groups.join(g, next(iter(found)), FOUNDER_NAME)


def party_pass(groups: _Groups) -> None:
    """A party's members join the party: "Democrats" and "Democrat" -> "Democratic
    Party", "Republicans" -> "Republican Party", "Greens" -> "Green Party", by the
    morphology of the word before "Party"; only when one party fits."""
    parties: dict[str, list[GroupKey]] = defaultdict(list)
    for g in groups.of_kind("other"):
        words = g.words
        if len(words) >= 2 and words[-1] == "party":
            for form in _member_forms(words[:-1]):
                parties[form].append(g)
    for g in groups.of_kind("other"):
        fits = {groups.find(p) for p in parties.get(g.actor.name, ())} - {groups.find(g)}
        if len(fits) == 1:
            groups.join(g, next(iter(fits)), PARTY)


def _member_forms(words: Sequence[str]) -> set[str]:
    """Names of a party's members from the words before "Party" ("democratic" ->
    "democrats", "democrat"; "labour" -> "labour"; "green" -> "greens")."""
    *rest, last = words
    stems = {last}
    if last.endswith("ic"):
        stems.add(last[:-2])  # democratic -> democrat
    forms = set()
    for stem in stems:
        for member in (stem, stem + "s"):
            forms.add(" ".join([*rest, member]))
    forms.discard(" ".join(words))
    forms.add(" ".join(words))  # "the Labour" without "Party"
    return forms


#: Endings that make a people's name of a place's: "Africa" -> "African", "Europe" ->
#: "European", "Sahel" -> "Sahelian".
_DEMONYM_ENDINGS = ("n", "an", "ian")


def people_of_place_pass(groups: _Groups) -> None:
    """A people the NER names after a region or place of the corpus joins that place,
    as a country's people join the country ("West Africans" -> "West Africa", "Marlo
    Islanders" never: only the endings of `_DEMONYM_ENDINGS`). Only a name typed NORP
    and a place typed GPE or LOC; countries are the gazetteer's already."""
    places: dict[str, list[GroupKey]] = defaultdict(list)
    for g in groups.of_kind("other"):
        if g.doc or groups.type(g) not in ("GPE", "LOC"):
            continue
        stems = {g.actor.name, g.actor.name[:-1]}
        for stem in stems:
            for ending in _DEMONYM_ENDINGS:
                places[stem + ending].append(g)
    for g in groups.of_kind("other"):
        if g.doc or groups.type(g) != "NORP":
            continue
        name = g.actor.name
        singular = name[:-1] if name.endswith("s") else name
        fits = {groups.find(p) for p in places.get(singular, ())} - {groups.find(g)}
        if len(fits) == 1:
            groups.join(g, next(iter(fits)), PEOPLE_OF_PLACE)


#: Shortest name a misspelling is looked for in: short names differ by a swap too.
_MISSPELLING_MIN_LETTERS = 6
#: The name a misspelling joins has at least this many times its mentions.
_MISSPELLING_RATIO = 3


def misspelling_pass(groups: _Groups) -> None:
    """A name written in one article with two neighbouring letters swapped joins the name
    it misspells: an organisation's ("Halvxe Motors" once, "Halvex Motors" in many
    articles: `_MISSPELLING_RATIO` times the mentions), or the family name of the one
    person its article names in full ("Kesslre said" after "Jane Kessler", whatever
    the NER typed it; a lone surname typed PERSON also with one letter more or less:
    "Kesslers said" after "Jane Kessler", when the corpus names no "X Kesslers" in
    full). Names of `_MISSPELLING_MIN_LETTERS` letters or more only."""
    by_letters: dict[str, list[GroupKey]] = defaultdict(list)
    families: dict[str, list[tuple[str, GroupKey]]] = defaultdict(list)
    family_of = {g: parse_person(g.actor.name).family for g in groups.of_kind("person")}
    for g in groups.keys:
        if g.actor.kind == "other" and not g.doc:
            by_letters["".join(sorted(g.actor.name))].append(g)
        elif g.actor.kind == "person" and not g.doc:
            families["".join(sorted(family_of[g]))].append((family_of[g], g))
    for g in groups.keys:
        name = family_of.get(g, g.actor.name)
        if g.actor.kind == "country" or len(name.replace(" ", "")) < _MISSPELLING_MIN_LETTERS:
            continue
        own = groups.evidence(g)
        if len(own.docs) != 1 or not _same_name_cluster(groups, g):
            continue
        letters = "".join(sorted(name))
        found: set[GroupKey] = set()
        if g.actor.kind == "other" and not g.doc:
            found = {
                groups.find(o)
                for o in by_letters.get(letters, ())
                if _swapped(name, o.actor.name)
                and groups.evidence(o).mentions >= _MISSPELLING_RATIO * own.mentions
            }
        people: set[GroupKey] = set()
        if len(g.words) == 1:
            (doc,) = own.docs
            people = {
                groups.find(p)
                for family, p in families.get(letters, ())
                if _swapped(name, family) and doc in groups.evidence(p).docs
            }
            if groups.type(g) == "PERSON" and all(f != name for f, _ in families[letters]):
                people |= {
                    groups.find(p)
                    for p in groups.by_doc[doc]
                    if p.actor.kind == "person"
                    and not p.doc
                    and _one_letter_off(name, family_of[p])
                }
        found = (found | people) - {groups.find(g)}
        if len(found) == 1:
            if found <= people:
                groups.retype(g, "PERSON")  # the person's family name, whatever the NER said
            groups.join(g, next(iter(found)), MISSPELLED)


#: Letters German and Nordic names are written with, spelled out as their wires and
#: English outlets write them ("Müller" / "Mueller", "Jørgensen" / "Joergensen").
_SPELLED_OUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "oe", "å": "aa", "æ": "ae"}
    | {"Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "Ø": "Oe", "Å": "Aa", "Æ": "Ae"}
)


def spelled_out_pass(groups: _Groups) -> None:
    """A name written with "ä", "ö", "ü", "ß", "ø", "å" or "æ" joins the name written
    with those letters spelled out ("Jürgen Müller" / "Juergen Mueller", "Österreichische
    Volksunion" / "Oesterreichische Volksunion"), a person's a person's and another
    actor's another's; not a lone surname ("Mr. Müller" may be any Müller, and follows
    its bearer). Not a name written with the marks left off ("Muller"): that one folds
    alike already."""
    by_key: dict[ActorKey, list[GroupKey]] = defaultdict(list)
    for g in groups.keys:
        if not g.doc and g.actor.kind in ("person", "other"):
            by_key[g.actor].append(g)
    for g in groups.keys:
        if g.doc or g.actor.kind not in ("person", "other"):
            continue
        for label in sorted({e.label for _, e in groups.members[g]}):
            spelled = label.translate(_SPELLED_OUT)
            if spelled == label:
                continue
            key = person_key(spelled) if g.actor.kind == "person" else other_key(spelled)
            for other in by_key.get(key, ()):
                if other != g:
                    groups.join(g, other, SPELLED_OUT)


def city_spelling_pass(groups: _Groups) -> None:
    """Places written with two spellings of one big city's name join ("Kharkov" /
    "Kharkiv", "Jiddah" / "Jeddah"), where geonames lists the one as a spelling of the
    other (`gazetteer.city_key`: a city of over 100,000 people that no other city of
    comparable size shares either name with). Only names typed GPE or LOC, and never a
    one-word name the name lists know as a given name ("Sana", also a spelling of
    Sanaa)."""
    by_city: dict[str, list[GroupKey]] = defaultdict(list)
    for g in groups.of_kind("other"):
        if g.doc or groups.type(g) not in ("GPE", "LOC"):
            continue
        name = groups.label(g)
        city = gazetteer.city_key(name)
        if city is None or (" " not in name and known_given_name(name)):
            continue
        by_city[city].append(g)
    for _, gs in sorted(by_city.items()):
        for other in gs[1:]:
            groups.join(gs[0], other, CITY_SPELLING)


def _one_letter_off(a: str, b: str) -> bool:
    """True when one of ``a`` and ``b`` is the other with one letter more."""
    return Indel.distance(a, b) == 1


def _swapped(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with two neighbouring letters swapped."""
    if len(a) != len(b):
        return False
    diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and a[diffs[0]] == b[diffs[1]]
        and a[diffs[1]] == b[diffs[0]]
    )


def alias_file_pass(groups: _Groups) -> None:
    """The user's ``merge`` rules: every group with one of the listed names joins."""
    if not groups.rules.merges:
        return  # no rule: no need to index every name
    name_index: dict[str, list[GroupKey]] = defaultdict(list)
    for g in groups.keys:
        for n in groups.names(g):
            name_index[fold(n)].append(g)
    for names in groups.rules.merges:
        hits = sorted({g for n in names for g in name_index.get(fold(n), [])}, key=_order)
        for other in hits[1:]:
            groups.union(hits[0], other, ALIAS_FILE)


#: The merge passes, in the order they run.
MERGE_PASSES: tuple[Callable[[_Groups], None], ...] = (
    spelled_out_pass,
    same_person_pass,
    lone_surname_pass,
    lone_given_name_pass,
    lone_same_name_pass,
    other_name_pass,
    acronym_pass,
    acronym_prefix_pass,
    country_prefix_pass,
    written_form_pass,
    dropped_word_pass,
    corporate_group_pass,
    known_form_pass,
    untagged_name_pass,
    short_name_pass,
    of_head_pass,
    clipped_name_pass,
    founder_name_pass,
    party_pass,
    leading_name_pass,
    other_type_pass,
    people_of_place_pass,
    misspelling_pass,
    city_spelling_pass,
    alias_file_pass,
)


#: Words that join two names the NER glued into one ("Halvex and Marlo Index").
_PAIR_WORDS = frozenset({"and", "&"})


def split_glued_pairs(extractions: Iterable[DocExtraction]) -> list[DocExtraction]:
    """An organisation named "X and Y" whose article also tagged "Y" on its own, where
    X is a name of another actor of the corpus, is Y: the NER took "the X and" for a
    name and `kg.mentions` mended the fragment with the words after it ("Halvex and
    Marlo Composite" -> "Marlo Composite"; "Halvex" alone is recovered where the corpus
    knows it, `kg.resolve.recover`). The local actor keeps its key (its relations);
    `resolve_corpus` records the glued label in the merge audit (`GLUED_PAIR`).

    Left whole, since a wrong split renames an actor:

    - a name whose halves are not both names ("Rivers and Forests Service", "Norland
      and Vesta" with no "Vesta" of its own);
    - a left half known only from actors of that glued label ("Brenner & Brenner" whose
      article also wrote "Brenner"), or only as a person's name ("Marlo and Vesta"
      where the corpus knows a person "Marlo": a couple, or a firm named after two
      partners, is no "X and" glued to a name);
    - an actor with a name other than the right half's, or with the left half's ("Halvex",
      the left half or its leading words, which its article wrote alone: those mentions
      and their relations are the left actor's, and would follow the rename; "Brenner"
      of "Brenner & Brenner", both halves one name);
    - countries, people, and names with more than one "and".

    Args:
        extractions: Per-document results.

    Returns:
        The extractions, each glued actor named by its right half.
    """
    return _split_glued_pairs(list(extractions))[0]


def _split_glued_pairs(
    extractions: list[DocExtraction],
) -> tuple[list[DocExtraction], dict[tuple[str, str], str]]:
    """`split_glued_pairs`, and the glued label of each actor it renamed by (doc id,
    key)."""
    # Each name of the corpus (people's left out) -> the labels of the actors holding it.
    holders: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        for e in ex.entities:
            if e.type != "PERSON":
                label = organisation_key(e.label)
                for n in (e.label, *e.aliases):
                    holders[organisation_key(n)].add(label)
    out: list[DocExtraction] = []
    glued: dict[tuple[str, str], str] = {}
    for ex in extractions:
        entities = tuple(_unglued(e, holders) for e in ex.entities)
        for new, old in zip(entities, ex.entities, strict=True):
            if new is not old:
                glued[(ex.doc_id, old.key)] = old.label
        changed = any(a is not b for a, b in zip(entities, ex.entities, strict=True))
        out.append(dataclasses.replace(ex, entities=entities) if changed else ex)
    return out, glued


def _unglued(e: LocalEntity, holders: Mapping[str, set[str]]) -> LocalEntity:
    """``e`` named by the right half of its glued label (`split_glued_pairs`), or ``e``."""
    words = e.label.split()
    cuts = [i for i, w in enumerate(words) if w.lower() in _PAIR_WORDS]
    if e.is_country or e.type == "PERSON" or len(cuts) != 1 or not 0 < cuts[0] < len(words) - 1:
        return e
    left = organisation_key(" ".join(words[: cuts[0]])).split()
    right = " ".join(words[cuts[0] + 1 :])
    if right not in e.aliases:
        return e
    # The glued label is a name of this actor only: the left half must be known apart
    # from it, in this article or another.
    if not holders.get(" ".join(left), set()) - {organisation_key(e.label)}:
        return e
    aliases = tuple(a for a in e.aliases if not any(w.lower() in _PAIR_WORDS for w in a.split()))
    if not all(_names_right_half(a, left, right) for a in aliases):
        return e
    return dataclasses.replace(e, label=right, aliases=aliases)


def _names_right_half(alias: str, left: list[str], right: str) -> bool:
    """True when ``alias`` of a glued actor names its right half: words of it ("Marlo
    Composite", "Marlo"), or an acronym its initials spell, and not the left half
    (``left``, folded words) or its leading words."""
    words = organisation_key(alias).split()
    if words == left[: len(words)]:
        return False
    if is_acronym(alias):
        return acronym_key(alias).upper() in {
            initials(right).upper(),
            initials(right, True).upper(),
        }
    theirs = organisation_key(right).split()
    return any(theirs[i : i + len(words)] == words for i in range(len(theirs) - len(words) + 1))


def resolve_corpus(
    extractions: Iterable[DocExtraction], rules: AliasRules | None = None
) -> Resolution:
    """Merge the local actors of every document into corpus-wide entities.

    Args:
        extractions: Per-document results (any order; the result does not depend on it).
        rules: The user's alias file, applied on top of the automatic rules.

    Returns:
        The entities, the map from each document's local keys to entity ids, which
        entities are countries, and the merge audit.
    """
    rules = rules or AliasRules()
    members: dict[GroupKey, list[tuple[str, LocalEntity]]] = defaultdict(list)
    split, glued = _split_glued_pairs(list(extractions))
    teamed, cities = name_cities_by_team(promote_candidates(split), rules)
    typed = one_town_per_site(one_region_per_town(reconcile_types(countries_typed_person(teamed))))
    renamed = {k: (label, GLUED_PAIR) for k, label in glued.items()} | {
        k: (label, TEAM_CITY) for k, label in cities.items()
    }
    hyphenated = double_barrelled_families(typed)
    surnames = surnames_typed_other(typed, hyphenated)
    for ex in typed:
        for e in ex.entities:
            if not rules.is_dropped(e.label, e.aliases):
                members[group_key(ex.doc_id, e, surnames, hyphenated)].append((ex.doc_id, e))
    runs = {ex.doc_id: body_runs(ex.candidates) for ex in typed if ex.candidates}
    groups = _Groups(dict(members), rules, runs)
    for merge_pass in MERGE_PASSES:
        merge_pass(groups)

    clusters: dict[GroupKey, list[GroupKey]] = defaultdict(list)
    for g in groups.keys:
        clusters[groups.find(g)].append(g)
    # Each cluster's merges, found once: scanning every merge per cluster is quadratic.
    merges: dict[GroupKey, list[tuple[str, GroupKey, GroupKey]]] = defaultdict(list)
    for merge in groups.merges:
        merges[groups.find(merge[1])].append(merge)

    entities: list[Entity] = []
    key_map: dict[tuple[str, str], str] = {}
    countries: set[str] = set()
    joins: dict[str, tuple[Join, ...]] = {}
    used: set[str] = set()
    for root in sorted(clusters, key=_order):
        cluster = sorted(clusters[root], key=_order)
        found = [
            (d, with_city(e, cities[(d, e.key)]) if (d, e.key) in cities else e)
            for g in cluster
            for d, e in groups.members[g]
        ]
        entity = _merge(found, rules)
        base = slugify(entity.label)
        eid = base if base not in used else f"{base}-{entity.type.lower()}"
        suffix = 2
        while eid in used:
            eid, suffix = f"{base}-{suffix}", suffix + 1
        used.add(eid)
        entities.append(dataclasses.replace(entity, id=eid))
        if any(e.is_country for _, e in found):
            countries.add(eid)
        for d, e in found:
            key_map[(d, e.key)] = eid
        reached = _reached(groups, cluster, merges[root])
        audit: list[Join] = []
        for g in cluster:
            rule, via = reached[g]
            audit.extend(Join(d, e.key, e.label, g, rule, via) for d, e in groups.members[g])
        joins[eid] = tuple(audit)
        merged = _merged_forms(groups, cluster, reached, entity, renamed)
        entities[-1] = dataclasses.replace(entities[-1], merged=merged)
    entities.sort(key=lambda e: e.id)
    return Resolution(
        entities=tuple(entities), key_map=key_map, countries=frozenset(countries), joins=joins
    )


def _reached(
    groups: _Groups,
    cluster: Sequence[GroupKey],
    merges: Iterable[tuple[str, GroupKey, GroupKey]],
) -> dict[GroupKey, tuple[str, GroupKey | None]]:
    """Walk the merges of a cluster (``merges``: those inside it) from its most
    mentioned group: each other group joined by the rule of the merge that reached it,
    from the group it joined."""
    head = min(
        cluster,
        key=lambda g: (-sum(e.mentions for _, e in groups.members[g]), bool(g.doc), _order(g)),
    )
    links: dict[GroupKey, list[tuple[str, GroupKey]]] = defaultdict(list)
    for rule, a, b in merges:
        links[a].append((rule, b))
        links[b].append((rule, a))
    reached: dict[GroupKey, tuple[str, GroupKey | None]] = {
        head: (SAME_COUNTRY if head.actor.kind == "country" else SAME_NAME, None)
    }
    queue = deque([head])
    while queue:
        g = queue.popleft()
        for rule, other in links[g]:
            if other not in reached:
                reached[other] = (rule, g)
                queue.append(other)
    return reached


def _merged_forms(
    groups: _Groups,
    cluster: Sequence[GroupKey],
    reached: dict[GroupKey, tuple[str, GroupKey | None]],
    entity: Entity,
    renamed: Mapping[tuple[str, str], tuple[str, str]],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every surface form of an entity with the rules that brought it in, sorted.

    A local actor's own name came in by the rule that joined its group; its other
    forms were joined inside its article (`SAME_DOCUMENT`), except a country's, which
    are all forms of one country code. A name only the user's ``rename`` gave is
    `ALIAS_FILE`. The name an actor had before a pre-pass renamed it (in ``renamed`` by
    doc id and key, with the pass's audit line) comes in by that line: the glued label
    of `split_glued_pairs` (`GLUED_PAIR`, no longer one of its names) and a city
    written for its team (`kg.resolve.teams.TEAM_CITY`)."""
    found: dict[str, set[str]] = defaultdict(set)
    for g in cluster:
        rule = reached[g][0]
        for d, e in groups.members[g]:
            old = renamed.get((d, e.key))
            if old is not None:
                found[old[0]].add(old[1])
            own = _without_honorific(e.label)
            for form in (e.label, *e.aliases):
                same = e.is_country or _without_honorific(form) == own
                found[form].add(rule if same else SAME_DOCUMENT)
    for form in entity.aliases:
        found.setdefault(form, {ALIAS_FILE})
    return tuple((form, tuple(sorted(rules))) for form, rules in sorted(found.items()))


def _without_honorific(name: str) -> str:
    """The folded name without a leading courtesy title ("Mrs. Dorbor" -> "dorbor",
    "Khun Malee" -> "malee": a title before one given name, `gender.tsv` kind
    "given-name honorific")."""
    words = fold(name).split()
    if (len(words) > 1 and words[0] in gender_words("honorific")) or courtesy_given_name(
        " ".join(words)
    ):
        words = words[1:]
    return " ".join(words)


def _display_words(name: str, label: EntityType) -> list[str]:
    """The words that count when choosing a display name: no courtesy title, and for an
    organisation no legal form and no group word ("Halvex Corp." and "Halvex
    Group" have one word, "Halvex")."""
    if label != "PERSON":
        name = base_name(name)
    words = _without_honorific(name).split()
    if label != "PERSON" and len(words) > 1 and words[-1] in _GROUP_WORDS:
        words = words[:-1]
    return words


def _family_names_of_people(members: Iterable[tuple[str, LocalEntity]]) -> frozenset[str]:
    """The folded family names of the members typed PERSON whose name is a known given
    name and more ("olszewska" of "Grazyna Olszewska")."""
    out: set[str] = set()
    for _, e in members:
        words = e.label.split()
        if e.type == "PERSON" and len(words) > 1 and known_given_name(words[0]):
            out.add(fold(family_name_as_written(e.label)))
    return frozenset(out)


def _merge(members: list[tuple[str, LocalEntity]], rules: AliasRules) -> Entity:
    labels: Counter[EntityType] = Counter()
    names: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    aliases: set[str] = set()
    roles: Counter[str] = Counter()
    metonyms: set[str] = set()
    sectors: Counter[Sector] = Counter()
    docs: set[str] = set()
    mentions = 0
    is_country = False
    families = _family_names_of_people(members)
    for d, e in members:
        # "Olszewska said", typed ORG, beside "Grazyna Olszewska" typed PERSON: a family
        # name alone is the NER's weakest guess at a type.
        labels["PERSON" if fold(e.label) in families else e.type] += e.mentions
        names[e.label] += e.mentions
        aliases.update(e.aliases)
        aliases.add(e.label)
        roles.update(e.roles)
        metonyms.update(e.metonyms)
        docs.add(d)
        mentions += e.mentions
        if e.country:
            countries[e.country] += e.mentions
        if e.sector:
            sectors[e.sector] += e.mentions
        is_country = is_country or e.is_country
    label = vote_type(labels)
    if is_country:
        country = next(e.country for _, e in members if e.is_country)
        name = gazetteer.country_name(country) or best_name(names)
        label = "GPE"
    else:
        country = countries.most_common(1)[0][0] if countries else ""
        # The most used full form, so a one-off spelling does not rename an actor.
        # Ties go to the spelling with diacritics: "José" is how the name is written.
        # A legal form is not a word of the name: "Halvex" used five times is shown
        # rather than "Halvex Corp." used once.
        name = sorted(
            names,
            key=lambda n: (
                -min(len(_display_words(n, label)), 2),
                -names[n],
                -len(n),
                -accents(n),
                n,
            ),
        )[0]
    if label == "PERSON" and name_head_type(name):
        # "Lofa County" joined by its short name the NER took for a person's.
        label = name_head_type(name) or label
    name = rules.renamed(name, aliases)
    role_list = tuple(sorted(roles, key=lambda r: (-roles[r], r)))
    return Entity(
        id="",
        label=name,
        type=label,
        aliases=tuple(sorted(aliases | {name})),
        mentions=mentions,
        documents=tuple(sorted(docs)),
        country=country,
        roles=role_list,
        metonyms=tuple(sorted(metonyms)),
        sector=min(sectors, key=lambda k: (-sectors[k], k)) if sectors else "",
    )
