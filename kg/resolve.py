"""Entity resolution: one node per real actor.

Two steps, as DESIGN.md section 3 orders them:

* `DocumentActors` (within one document): surnames and partial names join the full
  name seen in the article, countries join by ISO code whatever the surface form (name,
  code, demonym), the type is voted over all mentions, and names the NER tagged with
  the wrong type ("Merkel" as ORG) follow the person they name.
* `resolve_corpus` (across documents): the same actor in every article becomes one
  `Entity`, across accents and spelling variants, constrained by type and surname;
  a surname alone joins a full name only when exactly one full name fits.

A wrong merge is worse than a duplicate, so every fuzzy step has a guard.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kg import gazetteer
from kg.aliases import AliasRules
from kg.mentions import SpanMention
from kg.model import DocExtraction, Entity, EntityType, LocalEntity
from kg.names import fold, normalise_name

#: How alike two first names must be (rapidfuzz ratio) for "Nicholas"/"Nicolas".
FIRST_NAME_SIMILARITY = 80.0
_TYPE_PRIORITY: tuple[EntityType, ...] = ("PERSON", "GPE", "ORG", "NORP", "FAC", "LOC")


def country_key(alpha3: str) -> str:
    """Local key of a country inside a document."""
    return f"c:{alpha3}"


def is_country_mention(m: SpanMention) -> bool:
    """True when a mention names a country itself (not a person or place tied to one)."""
    mention = m.mention
    return bool(
        mention.country
        and mention.type == "GPE"
        and mention.label == gazetteer.country_name(mention.country)
    )


@dataclass(slots=True)
class _Builder:
    key: str
    names: Counter[str] = field(default_factory=Counter)
    labels: Counter[EntityType] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    countries: Counter[str] = field(default_factory=Counter)
    metonyms: set[str] = field(default_factory=set)
    mentions: int = 0
    is_country: bool = False
    country: str = ""

    def freeze(self) -> LocalEntity:
        label = _vote(self.labels)
        if self.key.startswith("p:"):
            label = "PERSON"  # joined to a person by name: other tags were NER slips
        if self.is_country:
            label = "GPE"
            name = gazetteer.country_name(self.country) or self.key
        else:
            name = _best_name(self.names)
        roles = tuple(dict.fromkeys(self.roles))
        country = self.country or (self.countries.most_common(1)[0][0] if self.countries else "")
        return LocalEntity(
            key=self.key,
            label=name,
            type=label,
            aliases=tuple(sorted(self.aliases)),
            roles=roles,
            country=country,
            mentions=self.mentions,
            metonyms=tuple(sorted(self.metonyms)),
            is_country=self.is_country,
        )


def _vote(labels: Counter[EntityType]) -> EntityType:
    if not labels:
        return "ORG"
    best = max(labels.values())
    for label in _TYPE_PRIORITY:
        if labels.get(label) == best:
            return label
    return sorted(k for k, v in labels.items() if v == best)[0]


def _best_name(names: Counter[str]) -> str:
    # The fullest form wins ("Angela Merkel" over "Merkel"), then the most frequent.
    return sorted(names, key=lambda n: (-len(n.split()), -names[n], n))[0]


def _is_acronym(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&.\-]{1,7}", name)) and not name.isdigit()


def _initials(name: str) -> str:
    """Initials of a name, numbers kept whole: "Group of 20" -> "G20"."""
    words = [
        w
        for w in re.split(r"[\s-]+", name)
        if w and w.lower() not in ("of", "the", "and", "for", "on", "in")
    ]
    return "".join(w if w.isdigit() else w[0] for w in words if w[0].isupper() or w.isdigit())


def _acronym_key(name: str) -> str:
    return re.sub(r"[.\-&]", "", name)


class DocumentActors:
    """Within-document resolution: groups a document's mentions into local actors.

    Args:
        mentions: The document's mentions in text order (from `kg.mentions.find_mentions`).
    """

    def __init__(self, mentions: Sequence[SpanMention]) -> None:
        self.mentions = list(mentions)
        self._entities: dict[str, _Builder] = {}
        self.keys: list[str] = [self._assign(i, m) for i, m in enumerate(self.mentions)]
        self.token_key: dict[int, str] = {}
        for m, key in zip(self.mentions, self.keys, strict=True):
            for i in range(m.start, m.end):
                self.token_key[i] = key

    # -- building -----------------------------------------------------------------
    def _builder(self, key: str) -> _Builder:
        if key not in self._entities:
            self._entities[key] = _Builder(key)
        return self._entities[key]

    def _assign(self, index: int, m: SpanMention) -> str:
        mention = m.mention
        if is_country_mention(m):
            key = country_key(mention.country)
            b = self._builder(key)
            b.is_country, b.country = True, mention.country
        elif mention.type == "PERSON" or self._person_by_name(mention.label, index):
            key = self._person_key(index, m)
            b = self._builder(key)
        else:
            key = self._other_key(m)
            b = self._builder(key)
        b.mentions += 1
        b.labels[mention.type] += 1
        b.names[mention.label] += 1
        # Countries keep every surface form ("US", "Russians"); others their clean name.
        b.aliases.add(normalise_name(mention.text) if b.is_country else mention.label)
        b.roles.extend(mention.roles)
        if mention.country and not b.is_country:
            b.countries[mention.country] += 1
        return key

    def _full_persons(self) -> list[tuple[int, SpanMention]]:
        return [
            (i, m)
            for i, m in enumerate(self.mentions)
            if m.mention.type == "PERSON" and len(m.mention.label.split()) > 1
        ]

    def _person_by_name(self, name: str, index: int) -> bool:
        """A non-PERSON mention whose name is a person's name or surname in this document."""
        key = fold(name)
        if len(key.split()) > 2:
            return False
        person_names = [fold(m.mention.label) for m in self.mentions if m.mention.type == "PERSON"]
        if len(key.split()) == 1 and person_names.count(key) >= 1:
            return True
        for _, m in self._full_persons():
            words = fold(m.mention.label).split()
            if key == " ".join(words) or (len(key.split()) == 1 and key in (words[0], words[-1])):
                return True
        return False

    def _person_key(self, index: int, m: SpanMention) -> str:
        name = fold(m.mention.label)
        words = name.split()
        candidates = []
        for i, other in self._full_persons():
            full = fold(other.mention.label).split()
            if len(words) == 1 and words[0] in full:  # "Bagheri" in "Ali Bagheri Kani"
                candidates.append((i, full))
            elif len(words) > 1 and words[-1] == full[-1] and len(full) > len(words):
                candidates.append((i, full))  # "Gabriel Boric" inside "Gabriel Boric Font"
        if (len(words) > 1 or not candidates) and not candidates:
            return "p:" + name
        # The nearest full name before the mention, else the first one after it.
        before = [c for c in candidates if c[0] < index]
        chosen = before[-1] if before else candidates[0]
        full_key = "p:" + " ".join(chosen[1])
        distinct = {" ".join(c[1]) for c in candidates}
        if len(distinct) > 1 and not before:
            return "p:" + name  # several people share the surname: do not guess
        return full_key

    def _other_key(self, m: SpanMention) -> str:
        mention = m.mention
        name = fold(mention.label)
        if _is_acronym(mention.label):
            for other in self.mentions:
                o = other.mention
                if (
                    o is not mention
                    and o.type == mention.type
                    and not _is_acronym(o.label)
                    and len(o.label.split()) > 1
                    and _initials(o.label) == _acronym_key(mention.label)
                ):
                    return "o:" + fold(o.label)
        if len(name.split()) >= 2:
            # "Foreign Ministry" after "the Russian Foreign Ministry": the longer name.
            longer = {
                fold(o.mention.label)
                for o in self.mentions
                if o.mention.type == mention.type and fold(o.mention.label).endswith(" " + name)
            }
            if len(longer) == 1:
                return "o:" + longer.pop()
        return "o:" + name

    # -- used by relation extraction ---------------------------------------------
    def country_for(self, key: str, surface: str) -> str:
        """Return the key of the country a place stands for, recording the metonym.

        Used when a capital acts as an actor ("Moscow deployed ..."). The place's own
        entity keeps its other mentions; the country gains ``surface`` as a metonym.
        """
        b = self._entities.get(key)
        country = b.countries.most_common(1)[0][0] if b and b.countries else ""
        if not country or b is None or b.is_country:
            return key
        surface = _best_name(b.names) if b.names else surface
        target = self._builder(country_key(country))
        target.is_country, target.country = True, country
        target.metonyms.add(surface)
        target.mentions += 1
        target.labels["GPE"] += 1
        b.mentions -= 1
        return target.key

    def add_role(self, key: str, role: str) -> None:
        """Record a title read off an apposition ("Russia's president, X")."""
        b = self._entities.get(key)
        if b is not None and role not in b.roles:
            b.roles.append(role)

    def ensure_country(self, alpha3: str) -> str:
        """Key of a country in this document, created when only a title named it."""
        b = self._builder(country_key(alpha3))
        b.is_country, b.country = True, alpha3
        return b.key

    def place_country(self, key: str) -> str:
        """Alpha-3 code of the country a place lies in, or ""."""
        b = self._entities.get(key)
        return b.countries.most_common(1)[0][0] if b and b.countries else ""

    def add_pronoun(self, key: str) -> None:
        """Count a resolved pronoun as a mention of ``key``."""
        if key in self._entities:
            self._entities[key].mentions += 1

    def label(self, key: str) -> str:
        """Voted type of a local actor."""
        b = self._entities.get(key)
        if b is None:
            return ""
        return "GPE" if b.is_country else _vote(b.labels)

    def is_place(self, key: str) -> bool:
        """True for a non-country place (a city, region, facility) that may be a metonym."""
        b = self._entities.get(key)
        return bool(b and not b.is_country and _vote(b.labels) in ("GPE", "LOC", "FAC"))

    def roles(self, key: str) -> list[str]:
        """Titles seen with a local actor anywhere in the document."""
        b = self._entities.get(key)
        return list(b.roles) if b else []

    def entities(self, used: set[str] | None = None) -> tuple[LocalEntity, ...]:
        """The document's actors, sorted by key.

        Args:
            used: Keys that relations point to; an actor in it is kept even when all
                its mentions moved elsewhere (a country named only in a title).
        """
        used = used or set()
        return tuple(
            b.freeze() for k, b in sorted(self._entities.items()) if b.mentions > 0 or k in used
        )


def _accents(text: str) -> int:
    return sum(1 for c in text if ord(c) > 127)


# ---------------------------------------------------------------------------------
# Across documents
# ---------------------------------------------------------------------------------


def slugify(name: str) -> str:
    """Return a stable, URL-safe id for a canonical name ("José Mujica" -> "jose-mujica")."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name).replace("'", "")).strip("-")
    return slug or "actor"


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller id is the root so the result does not depend on input order.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


@dataclass(frozen=True, slots=True)
class Resolution:
    """Result of cross-document resolution.

    Attributes:
        entities: Resolved actors sorted by id.
        key_map: ``(doc_id, local key) -> entity id``; keys of dropped actors are absent.
    """

    entities: tuple[Entity, ...]
    key_map: dict[tuple[str, str], str]


def _group_key(e: LocalEntity) -> str:
    if e.is_country:
        return "country:" + e.country
    cls = "PERSON" if e.type == "PERSON" else "OTHER"
    return f"{cls}:{fold(e.label)}"


def _family_first(name: str) -> bool:
    """Names written family name first: a hyphenated given name, three short words, or a
    short family name ("moon jae in", "kim jong un", "xi jinping")."""
    words = name.split()
    return (
        "-" in name
        or (len(words) == 3 and all(len(w) <= 4 for w in words))
        or (len(words) == 2 and len(words[0]) <= 3)
    )


#: How alike two surnames must be when the first names are identical
#: ("Volodymyr Zelensky"/"Volodymyr Zelenskyy").
SURNAME_SIMILARITY = 88.0


def _same_person(a: str, b: str) -> bool:
    """Two full names of one person: surnames equal (or near-equal transliterations under
    the same first name), first names alike, and no clash of middle names."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    if wa[-1] != wb[-1] and not (
        wa[0] == wb[0]
        and min(len(wa[-1]), len(wb[-1])) >= 5
        and fuzz.ratio(wa[-1], wb[-1]) >= SURNAME_SIMILARITY
    ):
        return False
    if fuzz.ratio(wa[0], wb[0]) < FIRST_NAME_SIMILARITY:
        return False
    middle_a, middle_b = set(wa[1:-1]), set(wb[1:-1])
    return not (middle_a and middle_b and middle_a != middle_b)


def resolve_corpus(
    extractions: Iterable[DocExtraction], rules: AliasRules | None = None
) -> Resolution:
    """Merge the local actors of every document into corpus-wide entities.

    Args:
        extractions: Per-document results (any order; the result does not depend on it).
        rules: The user's alias file, applied on top of the automatic rules.

    Returns:
        The entities and the map from each document's local keys to entity ids.
    """
    rules = rules or AliasRules()
    locals_: dict[str, list[tuple[str, LocalEntity]]] = defaultdict(list)
    for ex in extractions:
        for e in ex.entities:
            if rules.is_dropped(e.label, e.aliases):
                continue
            locals_[_group_key(e)].append((ex.doc_id, e))

    uf = _UnionFind()
    groups = sorted(locals_)
    for g in groups:
        uf.find(g)
    persons = [g for g in groups if g.startswith("PERSON:")]
    full = [g for g in persons if len(g.split(":", 1)[1].split()) > 1]
    by_surname: dict[str, list[str]] = defaultdict(list)
    for g in full:
        by_surname[g.split(":", 1)[1].split()[-1]].append(g)

    def names_of(g: str) -> set[str]:
        return {n for _, e in locals_[g] for n in (e.label, *e.aliases)}

    def may_merge(a: str, b: str) -> bool:
        return not rules.keeps_apart(names_of(a), names_of(b))

    by_first: dict[str, list[str]] = defaultdict(list)
    for g in full:
        by_first[g.split(":", 1)[1].split()[0]].append(g)
    for buckets in (by_surname, by_first):
        for _, gs in sorted(buckets.items()):
            for i, a in enumerate(gs):
                for b in gs[i + 1 :]:
                    if _same_person(a.split(":", 1)[1], b.split(":", 1)[1]) and may_merge(a, b):
                        uf.union(a, b)
    for g in persons:
        words = g.split(":", 1)[1].split()
        if len(words) != 1:
            continue
        # The last word, or an inner word of a compound surname ("Ali Bagheri Kani").
        fits = {uf.find(f) for f in full if words[0] in f.split(":", 1)[1].split()[1:]}
        if not fits:
            # Family name first ("Kim Jong-un", "Moon Jae-in", "Xi Jinping"): a lone
            # first word joins only a name of that shape.
            fits = {
                uf.find(f)
                for f in full
                if words[0] == f.split(":", 1)[1].split()[0] and _family_first(f.split(":", 1)[1])
            }
        if len(fits) == 1:
            target = next(iter(fits))
            if may_merge(g, target):
                uf.union(g, target)
    # An acronym joins the one organisation in the corpus whose initials it spells.
    others = [g for g in groups if g.startswith("OTHER:")]
    by_initials: dict[str, list[str]] = defaultdict(list)
    for g in others:
        name = locals_[g][0][1].label
        if len(name.split()) > 1:
            by_initials[_initials(name)].append(g)
    for g in others:
        name = locals_[g][0][1].label
        if _is_acronym(name):
            fits = {uf.find(f) for f in by_initials.get(_acronym_key(name), [])}
            if len(fits) == 1 and may_merge(g, next(iter(fits))):
                uf.union(g, next(iter(fits)))
    # The user's forced merges.
    name_index: dict[str, list[str]] = defaultdict(list)
    for g in groups:
        for n in names_of(g):
            name_index[fold(n)].append(g)
    for names in rules.merges:
        hits = sorted({g for n in names for g in name_index.get(fold(n), [])})
        for other in hits[1:]:
            uf.union(hits[0], other)

    clusters: dict[str, list[str]] = defaultdict(list)
    for g in groups:
        clusters[uf.find(g)].append(g)

    entities: list[Entity] = []
    key_map: dict[tuple[str, str], str] = {}
    used: set[str] = set()
    for root in sorted(clusters):
        members = [(d, e) for g in sorted(clusters[root]) for d, e in locals_[g]]
        entity = _merge(members, rules)
        base = slugify(entity.label)
        eid = base if base not in used else f"{base}-{entity.type.lower()}"
        suffix = 2
        while eid in used:
            eid, suffix = f"{base}-{suffix}", suffix + 1
        used.add(eid)
        entities.append(dataclasses.replace(entity, id=eid))
        for d, e in members:
            key_map[(d, e.key)] = eid
    entities.sort(key=lambda e: e.id)
    return Resolution(entities=tuple(entities), key_map=key_map)


def _merge(members: list[tuple[str, LocalEntity]], rules: AliasRules) -> Entity:
    labels: Counter[EntityType] = Counter()
    names: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    aliases: set[str] = set()
    roles: Counter[str] = Counter()
    metonyms: set[str] = set()
    docs: set[str] = set()
    mentions = 0
    is_country = False
    for d, e in members:
        labels[e.type] += e.mentions
        names[e.label] += e.mentions
        aliases.update(e.aliases)
        aliases.add(e.label)
        roles.update(e.roles)
        metonyms.update(e.metonyms)
        docs.add(d)
        mentions += e.mentions
        if e.country:
            countries[e.country] += e.mentions
        is_country = is_country or e.is_country
    label = _vote(labels)
    if is_country:
        country = next(e.country for _, e in members if e.is_country)
        name = gazetteer.country_name(country) or _best_name(names)
        label = "GPE"
    else:
        country = countries.most_common(1)[0][0] if countries else ""
        # The most used full form, so a one-off spelling does not rename an actor.
        # Ties go to the spelling with diacritics: "José" is how the name is written.
        name = sorted(
            names,
            key=lambda n: (-min(len(n.split()), 2), -names[n], -len(n), -_accents(n), n),
        )[0]
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
    )
