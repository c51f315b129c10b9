"""Across documents: the same actor in every article becomes one `kg.model.Entity`.

Local actors are first grouped by a typed group key (a country by its code, a person or
another actor by its folded name). Named merge passes then join groups, each guarded
against wrong merges and each recorded, so the result says by which rule every local
actor joined its entity (`Resolution.joins`, the merge audit):

1. `same_person_pass`: two full names of one person ("Nicholas"/"Nicolas Maduro",
   transliterated surnames under the same first name).
2. `lone_surname_pass`: a surname alone joins the one full name it fits.
3. `acronym_pass`: an acronym joins the one organisation whose initials it spells.
4. `alias_file_pass`: the user's forced merges.

The user's ``separate`` rules veto passes 1-3; ``drop`` removes actors before grouping;
``rename`` names the result. The outcome does not depend on the order of the inputs.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kg import gazetteer
from kg.aliases import AliasRules
from kg.model import DocExtraction, Entity, EntityType, LocalEntity
from kg.names import fold
from kg.resolve.keys import ActorKey, country_key
from kg.resolve.naming import accents, acronym_key, best_name, initials, is_acronym, vote_type

#: How alike two first names must be (rapidfuzz ratio) for "Nicholas"/"Nicolas".
FIRST_NAME_SIMILARITY = 80.0
#: How alike two surnames must be when the first names are identical
#: ("Volodymyr Zelensky"/"Volodymyr Zelenskyy").
SURNAME_SIMILARITY = 88.0

#: Rule names of the merge audit.
SAME_NAME = "same name"
SAME_COUNTRY = "same country"
SAME_PERSON = "same person"
LONE_SURNAME = "lone surname"
ACRONYM = "acronym"
ALIAS_FILE = "alias file"
#: A surface form joined to its actor inside one article (`kg.resolve.document`): a
#: surname after the full name, an acronym after its expansion, a shorter name.
SAME_DOCUMENT = "same document"


@dataclass(frozen=True, slots=True)
class Join:
    """How one document's local actor became part of an entity (one merge-audit line).

    Attributes:
        doc: Document id.
        key: The local actor's key in that document.
        label: Its name in that document.
        group: Its group key (same folded name, or same country code).
        rule: The pass that joined its group to the entity (`SAME_PERSON`,
            `LONE_SURNAME`, `ACRONYM`, `ALIAS_FILE`), or `SAME_NAME` / `SAME_COUNTRY`
            for the entity's head group.
        via: The group it was joined to by ``rule``; None for the head group.
    """

    doc: str
    key: str
    label: str
    group: ActorKey
    rule: str
    via: ActorKey | None = None


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


def group_key(e: LocalEntity) -> ActorKey:
    """The group a local actor starts in: its country code, else its folded name."""
    if e.is_country:
        return country_key(e.country)
    return ActorKey("person" if e.type == "PERSON" else "other", fold(e.label))


#: Order of groups: it decides which of two entities with one slug keeps the plain id
#: (others, then people, then countries; kept from the first versions so ids are stable).
_KIND_ORDER = {"other": 0, "person": 1, "country": 2}


def _order(key: ActorKey) -> tuple[int, str]:
    return (_KIND_ORDER[key.kind], key.name)


class _Groups:
    """The groups of local actors and the merges between them (a union-find)."""

    def __init__(self, members: dict[ActorKey, list[tuple[str, LocalEntity]]], rules: AliasRules):
        self.members = members
        self.rules = rules
        self.keys = sorted(members, key=_order)
        self.parent: dict[ActorKey, ActorKey] = {k: k for k in self.keys}
        #: Every merge that joined two clusters: (rule, group, group).
        self.merges: list[tuple[str, ActorKey, ActorKey]] = []

    def find(self, x: ActorKey) -> ActorKey:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: ActorKey, b: ActorKey, rule: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key is the root so the result does not depend on input order.
            lo, hi = sorted((ra, rb), key=_order)
            self.parent[hi] = lo
            self.merges.append((rule, a, b))

    def names(self, g: ActorKey) -> set[str]:
        return {n for _, e in self.members[g] for n in (e.label, *e.aliases)}

    def may_merge(self, a: ActorKey, b: ActorKey) -> bool:
        """False when the user's alias file keeps the two apart."""
        return not self.rules.keeps_apart(self.names(a), self.names(b))

    def of_kind(self, kind: str) -> list[ActorKey]:
        return [g for g in self.keys if g.kind == kind]

    def full_names(self) -> list[ActorKey]:
        return [g for g in self.of_kind("person") if len(g.words) > 1]


def _family_first(name: str) -> bool:
    """Names written family name first: a hyphenated given name, three short words, or a
    short family name ("moon jae in", "kim jong un", "xi jinping")."""
    words = name.split()
    return (
        "-" in name
        or (len(words) == 3 and all(len(w) <= 4 for w in words))
        or (len(words) == 2 and len(words[0]) <= 3)
    )


def same_person(a: str, b: str) -> bool:
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


def same_person_pass(groups: _Groups) -> None:
    """Full names of one person join: compared within a surname and within a first name."""
    by_surname: dict[str, list[ActorKey]] = defaultdict(list)
    by_first: dict[str, list[ActorKey]] = defaultdict(list)
    for g in groups.full_names():
        by_surname[g.words[-1]].append(g)
        by_first[g.words[0]].append(g)
    for buckets in (by_surname, by_first):
        for _, gs in sorted(buckets.items()):
            for i, a in enumerate(gs):
                for b in gs[i + 1 :]:
                    if same_person(a.name, b.name) and groups.may_merge(a, b):
                        groups.union(a, b, SAME_PERSON)


def lone_surname_pass(groups: _Groups) -> None:
    """A one-word person name joins the one full name it is the surname of (the last word,
    or an inner word of a compound surname: "Ali Bagheri Kani"); failing that, the one
    family-name-first name it starts ("Kim" -> "Kim Jong-un"). Two candidates: no merge."""
    later_word: dict[str, list[ActorKey]] = defaultdict(list)
    family_first: dict[str, list[ActorKey]] = defaultdict(list)
    for f in groups.full_names():
        for word in dict.fromkeys(f.words[1:]):
            later_word[word].append(f)
        if _family_first(f.name):
            family_first[f.words[0]].append(f)
    for g in groups.of_kind("person"):
        if len(g.words) != 1:
            continue
        word = g.words[0]
        fits = {groups.find(f) for f in later_word.get(word, ())}
        if not fits:
            fits = {groups.find(f) for f in family_first.get(word, ())}
        if len(fits) == 1:
            target = next(iter(fits))
            if groups.may_merge(g, target):
                groups.union(g, target, LONE_SURNAME)


def acronym_pass(groups: _Groups) -> None:
    """An acronym joins the one organisation in the corpus whose initials it spells."""
    others = groups.of_kind("other")
    by_initials: dict[str, list[ActorKey]] = defaultdict(list)
    for g in others:
        name = groups.members[g][0][1].label
        if len(name.split()) > 1:
            by_initials[initials(name)].append(g)
    for g in others:
        name = groups.members[g][0][1].label
        if is_acronym(name):
            fits = {groups.find(f) for f in by_initials.get(acronym_key(name), [])}
            if len(fits) == 1 and groups.may_merge(g, next(iter(fits))):
                groups.union(g, next(iter(fits)), ACRONYM)


def alias_file_pass(groups: _Groups) -> None:
    """The user's ``merge`` rules: every group with one of the listed names joins."""
    name_index: dict[str, list[ActorKey]] = defaultdict(list)
    for g in groups.keys:
        for n in groups.names(g):
            name_index[fold(n)].append(g)
    for names in groups.rules.merges:
        hits = sorted({g for n in names for g in name_index.get(fold(n), [])}, key=_order)
        for other in hits[1:]:
            groups.union(hits[0], other, ALIAS_FILE)


#: The merge passes, in the order they run.
MERGE_PASSES: tuple[Callable[[_Groups], None], ...] = (
    same_person_pass,
    lone_surname_pass,
    acronym_pass,
    alias_file_pass,
)


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
    members: dict[ActorKey, list[tuple[str, LocalEntity]]] = defaultdict(list)
    for ex in extractions:
        for e in ex.entities:
            if not rules.is_dropped(e.label, e.aliases):
                members[group_key(e)].append((ex.doc_id, e))
    groups = _Groups(dict(members), rules)
    for merge_pass in MERGE_PASSES:
        merge_pass(groups)

    clusters: dict[ActorKey, list[ActorKey]] = defaultdict(list)
    for g in groups.keys:
        clusters[groups.find(g)].append(g)

    entities: list[Entity] = []
    key_map: dict[tuple[str, str], str] = {}
    countries: set[str] = set()
    joins: dict[str, tuple[Join, ...]] = {}
    used: set[str] = set()
    for root in sorted(clusters, key=_order):
        cluster = sorted(clusters[root], key=_order)
        found = [(d, e) for g in cluster for d, e in groups.members[g]]
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
        reached = _reached(groups, cluster)
        joins[eid] = tuple(
            Join(doc=d, key=e.key, label=e.label, group=g, rule=reached[g][0], via=reached[g][1])
            for g in cluster
            for d, e in groups.members[g]
        )
        merged = _merged_forms(groups, cluster, reached, entity)
        entities[-1] = dataclasses.replace(entities[-1], merged=merged)
    entities.sort(key=lambda e: e.id)
    return Resolution(
        entities=tuple(entities), key_map=key_map, countries=frozenset(countries), joins=joins
    )


def _reached(
    groups: _Groups, cluster: Sequence[ActorKey]
) -> dict[ActorKey, tuple[str, ActorKey | None]]:
    """Walk the merges of a cluster from its most mentioned group: each other group
    joined by the rule of the merge that reached it, from the group it joined."""
    head = min(cluster, key=lambda g: (-sum(e.mentions for _, e in groups.members[g]), _order(g)))
    inside = set(cluster)
    links: dict[ActorKey, list[tuple[str, ActorKey]]] = defaultdict(list)
    for rule, a, b in groups.merges:
        if a in inside:
            links[a].append((rule, b))
            links[b].append((rule, a))
    reached: dict[ActorKey, tuple[str, ActorKey | None]] = {
        head: (SAME_COUNTRY if head.kind == "country" else SAME_NAME, None)
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
    cluster: Sequence[ActorKey],
    reached: dict[ActorKey, tuple[str, ActorKey | None]],
    entity: Entity,
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every surface form of an entity with the rules that brought it in, sorted.

    A local actor's own name came in by the rule that joined its group; its other
    forms were joined inside its article (`SAME_DOCUMENT`), except a country's, which
    are all forms of one country code. A name only the user's ``rename`` gave is
    `ALIAS_FILE`.
    """
    found: dict[str, set[str]] = defaultdict(set)
    for g in cluster:
        rule = reached[g][0]
        for _, e in groups.members[g]:
            own = fold(e.label)
            for form in (e.label, *e.aliases):
                found[form].add(rule if e.is_country or fold(form) == own else SAME_DOCUMENT)
    for form in entity.aliases:
        found.setdefault(form, {ALIAS_FILE})
    return tuple((form, tuple(sorted(rules))) for form, rules in sorted(found.items()))


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
    label = vote_type(labels)
    if is_country:
        country = next(e.country for _, e in members if e.is_country)
        name = gazetteer.country_name(country) or best_name(names)
        label = "GPE"
    else:
        country = countries.most_common(1)[0][0] if countries else ""
        # The most used full form, so a one-off spelling does not rename an actor.
        # Ties go to the spelling with diacritics: "José" is how the name is written.
        name = sorted(
            names,
            key=lambda n: (-min(len(n.split()), 2), -names[n], -len(n), -accents(n), n),
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
