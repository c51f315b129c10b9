"""Within one document: mentions become local actors, and every reference is decided.

`resolve_document` groups a document's mentions into local actors (surnames and partial
names join the full name seen in the article, countries join by ISO code whatever the
surface form, acronyms join the name they abbreviate, the type is voted over all
mentions, and names the NER tagged with the wrong type follow the person they name).
It then decides what the pronouns stand for and which capitals stand for their country
when they act ("Moscow deployed ..."). The result is a frozen `ActorIndex`: relation
rules only read it.

`local_entities` turns the index, plus the facts the relation rules implied (a capital
that acted for its country), into the document's `kg.model.LocalEntity` records.

Grouping is linear in the number of mentions: names are looked up in indexes by
folded name, word, surname, initials and name suffix, never compared pairwise.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.groups import acts_for_modifier
from kg.lexicon import (
    agent_nouns,
    business_nouns,
    event_nouns,
    gender_words,
    government_nouns,
    member_nouns,
    message_nouns,
    other_name_phrases,
)
from kg.mentions import (
    PLACE_OFFICES,
    SpanMention,
    family_words,
    is_country_mention,
    person_apposition,
    role_class,
)
from kg.model import EntityType, LocalEntity, Mention, Sector
from kg.names import (
    base_name,
    fold,
    normalise_name,
    organisation_key,
    spaced_initials,
    written_legal_form,
)
from kg.relations.lexicon import (
    company_things,
    job_titles,
    party_words,
    place_nouns,
    request_clause_words,
)
from kg.resolve.evidence import (
    KIN_WORDS,
    PARENT,
    UNSAID_PRONOUNS,
    Gender,
    clash,
    clear_given_name_gender,
    cue_gender,
    decide_gender,
    given_name_gender,
    is_kunya,
    known_given_name,
    may_be_family_first,
    style_key,
    title_head,
    titles_clash,
)
from kg.resolve.keys import ActorKey, country_key, other_key
from kg.resolve.naming import (
    acronym_in_a_persons_name,
    acronym_key,
    best_name,
    has_acronym,
    initials,
    is_acronym,
    names_place,
    trade_name,
    vote_type,
)
from kg.resolve.persons import (
    PARTICLES,
    SUFFIXES,
    TITLE_COUNTRIES,
    TITLE_OR_GIVEN,
    PersonName,
    city_not_person,
    is_given_name,
    own_words,
    parse_person,
    personal_name,
    suffixes_agree,
    syllable_words,
    syllables,
)
from kg.resolve.teams import SPORTS, civic_use, in_a_contest
from kg.resolve.types import PLACE_KINDS_AFTER
from kg.source_lines import language_names
from kg.spans import is_title_word, last_head_type, name_head_type, parent_head, unit_head
from kg.tokens import DocTokens

RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
# Object pronouns ("him", "them") are left out: they point back at the clause's own
# subject or at a group too often to resolve by distance.
PRONOUNS_PERSON = frozenset({"he", "his", "she", "her"})
PRONOUNS_THING = frozenset({"it", "its", "they", "their"})
#: Verbs of saying: their subject is a person ("X said"), whatever the NER typed it.
_SPEECH_VERBS = frozenset(
    {"say", "tell", "add", "write", "insist", "argue", "explain", "recall", "admit", "reply"}
)
PRONOUNS_FEMALE = frozenset({"she", "her"})
PRONOUNS_MALE = frozenset({"he", "his"})
_PRONOUN_GENDER: dict[str, Gender] = {
    **dict.fromkeys(PRONOUNS_FEMALE, "female"),
    **dict.fromkeys(PRONOUNS_MALE, "male"),
}
#: How far back (in tokens, before the pronoun's sentence) an antecedent is looked for.
PRONOUN_WINDOW = 80
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

#: Looks up the actor a token names (its name mention or resolved pronoun).
_KeyOf = Callable[[Token], "ActorKey | None"]


@dataclass(frozen=True, slots=True)
class LocalActor:
    """One actor of a document as the relation rules see it.

    Attributes:
        key: Its key.
        label: Best (longest full) name in the document; a country's gazetteer name.
        type: The type its `LocalEntity` gets (a person key is always PERSON).
        tag: The type voted over its mentions (GPE for a country), which the rules and
            the pronoun resolver test; it differs from ``type`` only for a person
            whose mentions the NER mostly tagged otherwise.
        aliases: Surface forms merged in.
        roles: Titles seen with it, in text order.
        country: Alpha-3 of the country it is (a country) or lies in / belongs to.
        mentions: Name and pronoun mentions.
        is_country: A sovereign country from the gazetteer.
        descriptors: Gendered titles and kin words written with it ("lady", "son").
        female: Female honorifics and titles said of it.
        male: Male honorifics and titles said of it.
        she: "she"/"her" resolved to it.
        he: "he"/"his" resolved to it.
        sector: A group actor's sector ("Turkish police"), else "" (see `kg.groups`).
        located: Name mentions after a preposition of place ("in X": `PLACE_PREPOSITIONS`).
        other_names: Its names the article gives as its own (old and new, a nickname, a
            person's second name).
        company_cues: Mentions of a "person" the article writes as a company's
            (`_companies_by_cue`).
        contests: Mentions of a place written as a side of a game
            (`kg.resolve.teams.in_a_contest`).
    """

    key: ActorKey
    label: str
    type: EntityType
    tag: EntityType
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    country: str
    mentions: int
    is_country: bool
    descriptors: tuple[str, ...] = ()
    female: int = 0
    male: int = 0
    she: int = 0
    he: int = 0
    sector: Sector = ""
    located: int = 0
    other_names: tuple[str, ...] = ()
    company_cues: int = 0
    contests: int = 0

    @property
    def gender(self) -> Gender:
        """The gender its honorifics, titles and pronouns agree on, or ""."""
        return decide_gender(self.female, self.male, self.she, self.he)

    @property
    def is_place(self) -> bool:
        """A non-country place (city, region, facility) that may stand for its country."""
        return not self.is_country and self.tag in PLACE_TYPES


@dataclass(frozen=True, slots=True)
class KeyedMention:
    """A mention with the key of the actor it was grouped into."""

    mention: SpanMention
    key: ActorKey


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """The frozen result of within-document resolution, read by the relation rules.

    Built by `resolve_document`; there is no way to change it. A rule that learns
    something about an actor (a title, a country) returns that as a fact instead.

    Attributes:
        actors: Every local actor by key.
        token_keys: Token index -> key, for every token inside a name mention.
        pronouns: Token index of a resolved pronoun -> its antecedent's key.
        plural: "they"/"their" whose antecedent is a conjunction ("A and B ... They"):
            every conjunct.
        capitals: Capital -> the country it stands for when it acts in an event.
        mentions: Every name mention with its key, in text order.
    """

    actors: Mapping[ActorKey, LocalActor]
    token_keys: Mapping[int, ActorKey]
    pronouns: Mapping[int, ActorKey]
    plural: Mapping[int, tuple[ActorKey, ...]]
    capitals: Mapping[ActorKey, ActorKey]
    mentions: tuple[KeyedMention, ...]
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    # What `key` reads: the pronouns' keys overlaid with the names' (one lookup, as the
    # rules ask it of every token).
    _keys: dict[int, ActorKey] = field(init=False, repr=False, compare=False)
    # The positions of `_keys` in text order, for `keyed_in`.
    _keyed: tuple[int, ...] = field(init=False, repr=False, compare=False)
    # `root` of each mention asked for, by its tokens: a cache, not state.
    _roots: dict[tuple[int, int], Token] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys = dict(self.pronouns)
        keys.update(self.token_keys)
        object.__setattr__(self, "_keys", keys)
        object.__setattr__(self, "_keyed", tuple(sorted(keys)))
        object.__setattr__(self, "_roots", {})

    # -- tokens ---------------------------------------------------------------------
    def key(self, tok: Token) -> ActorKey | None:
        """The actor a single token denotes: a name, a pronoun, or None."""
        return self._keys.get(tok.i)

    def keyed_in(self, start: int, end: int) -> tuple[int, ...]:
        """Positions of the tokens from ``start`` to ``end`` (excluded) that denote an
        actor (those `key` gives a key), in text order."""
        keyed = self._keyed
        return keyed[bisect.bisect_left(keyed, start) : bisect.bisect_left(keyed, end)]

    def root(self, keyed: KeyedMention, doc: Doc) -> Token:
        """The syntactic head of a mention's tokens (``Span.root``), found once per
        mention for every rule that starts from it."""
        where = (keyed.mention.start, keyed.mention.end)
        root = self._roots.get(where)
        if root is None:
            root = self._roots[where] = doc[where[0] : where[1]].root
        return root

    def same_actor(self, a: Token, b: Token) -> bool:
        """True when two tokens name the same actor ("Turkey said it ...")."""
        if a.i == b.i:
            return True
        ka, kb = self.key(a), self.key(b)
        return ka is not None and ka == kb

    def actors_of(self, tok: Token) -> list[tuple[ActorKey, Token]]:
        """Actors a syntactic argument stands for, with the token that names each.

        Follows conjunctions ("Russia and China"), relative pronouns (to their
        antecedent), appositions ("president, Emmanuel Macron"), agent nouns ("the
        Syrian government", "Russian experts") and groups led by an actor
        ("countries led by the United States").
        """
        return _actors_of(tok, self.key, self.plural, 0)

    def mention_span(self, tok: Token) -> tuple[int, int]:
        """Characters of the whole name mention ``tok`` is part of (else of ``tok``)."""
        key = self.token_keys.get(tok.i)
        if key is None:
            return tok.idx, tok.idx + len(tok.text)
        doc = tok.doc
        start = end = tok.i
        while start > 0 and self.token_keys.get(start - 1) == key:
            start -= 1
        while end + 1 < len(doc) and self.token_keys.get(end + 1) == key:
            end += 1
        return doc[start].idx, doc[end].idx + len(doc[end].text)

    def mentions_in(self, span: Span) -> tuple[KeyedMention, ...]:
        """The name mentions that start inside ``span`` (a sentence), in text order."""
        lo = bisect.bisect_left(self._starts, span.start)
        hi = bisect.bisect_left(self._starts, span.end)
        return self.mentions[lo:hi]

    # -- actors ---------------------------------------------------------------------
    def tag(self, key: ActorKey) -> EntityType | None:
        """Type voted over the actor's mentions (GPE for a country); None if unknown."""
        actor = self.actors.get(key)
        if actor is None:
            return "GPE" if key.kind == "country" else None
        return actor.tag

    def is_person(self, key: ActorKey) -> bool:
        """True when the actor's mentions vote PERSON."""
        return self.tag(key) == "PERSON"

    def roles(self, key: ActorKey) -> tuple[str, ...]:
        """Titles seen with an actor anywhere in the document."""
        actor = self.actors.get(key)
        return actor.roles if actor else ()

    def is_place(self, key: ActorKey) -> bool:
        """True for a non-country place (a city, region, facility) that may be a metonym."""
        actor = self.actors.get(key)
        return actor is not None and actor.is_place

    def place_country(self, key: ActorKey) -> str:
        """Alpha-3 code of the country a non-country actor lies in or belongs to, or ""."""
        actor = self.actors.get(key)
        return actor.country if actor is not None and not actor.is_country else ""

    def stands_for(self, key: ActorKey) -> ActorKey | None:
        """The country a capital stands for when it acts ("Moscow deployed ..."), or None."""
        return self.capitals.get(key)

    def with_roles(self, roles: Mapping[ActorKey, Iterable[str]]) -> ActorIndex:
        """This index with more titles on some actors (appended, in the order given).

        Returns ``self`` when nothing is new, so callers can iterate to a fixed point.
        """
        changed: dict[ActorKey, LocalActor] = {}
        for key, extra in roles.items():
            actor = self.actors.get(key)
            if actor is None:
                continue
            new = tuple(r for r in dict.fromkeys(extra) if r not in actor.roles)
            if new:
                changed[key] = dataclasses.replace(actor, roles=actor.roles + new)
        if not changed:
            return self
        return dataclasses.replace(self, actors=MappingProxyType({**self.actors, **changed}))

    def with_aliases(self, aliases: Mapping[ActorKey, Iterable[str]]) -> ActorIndex:
        """This index with more surface forms on some actors ("Nome, Alaska" read off
        the text by a rule); ``self`` when nothing is new."""
        changed: dict[ActorKey, LocalActor] = {}
        for key, extra in aliases.items():
            actor = self.actors.get(key)
            if actor is None or set(extra) <= set(actor.aliases):
                continue
            changed[key] = dataclasses.replace(
                actor, aliases=tuple(sorted({*actor.aliases, *extra}))
            )
        if not changed:
            return self
        return dataclasses.replace(self, actors=MappingProxyType({**self.actors, **changed}))


def resolve_document(
    doc: Doc, mentions: Sequence[SpanMention], tokens: DocTokens | None = None
) -> ActorIndex:
    """Group a document's mentions into local actors and decide pronouns and capitals.

    Args:
        doc: The parsed document.
        mentions: Its mentions in text order (from `kg.mentions.find_mentions`).
        tokens: Its token table, when the caller has it.

    Returns:
        The frozen actor index the relation rules read.
    """
    if tokens is None:
        tokens = DocTokens(doc)
    mentions, leading, companies = _retype_organisations(doc, mentions, tokens)
    grouping, keys, actors, token_keys, pronouns, plural = _group(
        mentions, doc, leading, tokens, companies=companies
    )
    apart = _told_apart_by_pronouns(
        doc, mentions, keys, grouping.unsaid, actors, pronouns
    ) | _told_apart_by_clause(doc, mentions, keys, grouping.unsaid)
    if apart:
        # Grouped again with those surnames on their own, pronouns resolved again.
        grouping, keys, actors, token_keys, pronouns, plural = _group(
            mentions, doc, leading, tokens, apart, companies
        )
    joined = _join_pending(doc, grouping.pending, actors, pronouns, grouping.lone_forms)
    joined.update(
        _one_person_of_a_surname(grouping.lone_forms, actors, joined, grouping.written_mrs)
    )
    second_names = _also_known_as(doc, mentions, keys, pronouns)
    joined = _with_second_names(joined, second_names)
    if joined:
        # the corpus joins the person's second name wherever an article names it
        named: dict[ActorKey, set[str]] = defaultdict(set)
        for second, first in second_names.items():
            if joined.get(second) == joined.get(first, first):
                named[joined[second]].update((actors[second].label, actors[first].label))
        actors = _combine(actors, joined)
        for key, labels in named.items():
            actors[key] = dataclasses.replace(
                actors[key], other_names=tuple(sorted({*actors[key].other_names, *labels}))
            )
        keys = [joined.get(k, k) for k in keys]
        token_keys = {i: joined.get(k, k) for i, k in token_keys.items()}
        pronouns = {i: joined.get(k, k) for i, k in pronouns.items()}
        plural = {i: tuple(dict.fromkeys(joined.get(k, k) for k in ks)) for i, ks in plural.items()}
    counts = Counter(pronouns.values())
    she = Counter(k for i, k in pronouns.items() if doc[i].lower_ in PRONOUNS_FEMALE)
    he = Counter(k for i, k in pronouns.items() if doc[i].lower_ in PRONOUNS_MALE)
    actors = {
        k: dataclasses.replace(a, mentions=a.mentions + counts[k], she=she[k], he=he[k])
        if counts[k]
        else a
        for k, a in actors.items()
    }
    capitals: dict[ActorKey, ActorKey] = {}
    for key, actor in actors.items():
        capital = gazetteer.capital_of(actor.country) if actor.is_place else None
        if capital is not None and key == other_key(capital):
            capitals[key] = country_key(actor.country)
    keyed = tuple(KeyedMention(m, k) for m, k in zip(mentions, keys, strict=True))
    return ActorIndex(
        actors=MappingProxyType(actors),
        token_keys=MappingProxyType(token_keys),
        pronouns=MappingProxyType(pronouns),
        plural=MappingProxyType(plural),
        capitals=MappingProxyType(capitals),
        mentions=keyed,
        _starts=tuple(m.mention.start for m in keyed),
    )


def _group(
    mentions: Sequence[SpanMention],
    doc: Doc,
    leading: Mapping[str, str],
    tokens: DocTokens,
    apart: Collection[int] = frozenset(),
    companies: Collection[str] = (),
) -> tuple[
    _Grouping,
    list[ActorKey],
    dict[ActorKey, LocalActor],
    dict[int, ActorKey],
    dict[int, ActorKey],
    dict[int, tuple[ActorKey, ...]],
]:
    """Group the mentions into actors (the mentions of ``apart`` as lone surnames) and
    resolve the pronouns to them."""
    grouping = _Grouping(mentions, doc, leading, apart, tokens, companies)
    keys = [grouping.assign(i, m) for i, m in enumerate(mentions)]
    actors = {key: builder.freeze() for key, builder in grouping.builders.items()}
    token_keys: dict[int, ActorKey] = {}
    for m, key in zip(mentions, keys, strict=True):
        for i in range(m.start, m.end):
            token_keys[i] = key
    pronouns, plural = _resolve_pronouns(tokens, actors, token_keys)
    return grouping, keys, actors, token_keys, pronouns, plural


def _told_apart_by_pronouns(
    doc: Doc,
    mentions: Sequence[SpanMention],
    keys: Sequence[ActorKey],
    unsaid: Mapping[str, list[int]],
    actors: Mapping[ActorKey, LocalActor],
    pronouns: Mapping[int, ActorKey],
) -> frozenset[int]:
    """The mentions of lone surnames that joined the article's one bearer of the name
    with no gendered word on either side (`_Grouping.unsaid`), where the pronouns say
    they are two people: each pronoun resolved to the actor counts for the surname or
    the full name, whichever is written nearest before it, and the surname's
    `UNSAID_PRONOUNS` or more give one gender while the full name's cues and pronouns
    give the other ("Lena Varga opened her bakery ... her rent ... Varga cheated his
    partner ... ordered Varga to repay his partner").

    A pronoun counts only when no possessor noun and no kin or person noun
    (`gender_words` "noun") stands between the name and it: after "Varga's son said
    his ..." the pronoun is likelier the son's. The full name's gender must come from a
    cue word (an honorific or a title) or from as many pronouns as the surname's: one
    "her" is as likely misread as the surname's pronouns. (A cue word alone could not
    do: the pronouns of the other gender never resolve to a person a cue word gave a
    gender.)"""
    out: set[int] = set()
    for full, lone in sorted(unsaid.items()):
        key = ActorKey("person", full)
        if key not in actors:
            continue
        own = {t for i in lone for t in range(mentions[i].start, mentions[i].end)}
        written = sorted(
            t
            for m, k in zip(mentions, keys, strict=True)
            if k == key
            for t in range(m.start, m.end)
        )
        counts: dict[bool, Counter[Gender]] = {True: Counter(), False: Counter()}
        for at, k in pronouns.items():
            said = _PRONOUN_GENDER.get(doc[at].lower_, "")
            pos = bisect.bisect_left(written, at)
            if k == key and said and pos and not _someone_between(doc, written[pos - 1], at):
                counts[written[pos - 1] in own][said] += 1
        mine, theirs = counts[True], counts[False]
        if mine["female"] + mine["male"] < UNSAID_PRONOUNS:
            continue
        a = actors[key]
        if not (a.female or a.male) and theirs["female"] + theirs["male"] < UNSAID_PRONOUNS:
            continue  # the full name's gender as weakly said as one misread pronoun
        if clash(
            decide_gender(0, 0, mine["female"], mine["male"]),
            decide_gender(a.female, a.male, theirs["female"], theirs["male"]),
        ):
            out.update(lone)
    return frozenset(out)


#: Subjects whose clause `_told_apart_by_clause` reads.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Links from a noun up to its clause's verb that stay inside that clause: objects and
#: prepositional phrases ("convicted ... for the death of X"). No apposition, copula
#: complement, conjunct, possessor or clause of its own ("said that ...", "who ...").
_IN_CLAUSE = frozenset({"dobj", "iobj", "dative", "pobj", "prep", "agent", "npadvmod"})
#: Prepositions that name the subject itself ("X was known as Y", "X served as Y").
_SAME_AS = frozenset({"as"})


def _told_apart_by_clause(
    doc: Doc,
    mentions: Sequence[SpanMention],
    keys: Sequence[ActorKey],
    unsaid: Mapping[str, list[int]],
) -> frozenset[int]:
    """The mentions of a lone surname that joined the article's one bearer of the name
    with no gendered word on either side (`_Grouping.unsaid`), when one of them and
    another mention of that bearer are two parts of one clause, one its subject and the
    other its object or inside its prepositional phrases ("Varga was sentenced for the
    assault on Lena Varga", "Lena Varga sued Varga"): English names a person a second
    time in their own clause by a pronoun ("herself", "her"), never by the name again.

    Then the article calls another person by the surname alone and names the bearer in
    full, so all its lone mentions of the surname with no gendered word go apart, as a
    short form keeps naming one bearer (`_Grouping._person_key`). A subject and a name
    in a clause of its own ("Lena Varga said Varga would appeal"), an apposition, a
    conjunct or a possessor ("Varga praised Lena Varga's lawyer") decide nothing."""
    out: set[int] = set()
    for full, lone in sorted(unsaid.items()):
        key = ActorKey("person", full)
        own = set(lone)
        roots = [doc[m.start : m.end].root for m in (mentions[i] for i in lone)]
        others = [
            doc[m.start : m.end].root
            for i, (m, k) in enumerate(zip(mentions, keys, strict=True))
            if k == key and i not in own
        ]
        if any(
            _subject_and_part(a, b) or _subject_and_part(b, a)
            for a in roots
            for b in others
            if a.sent.start == b.sent.start
        ):
            out.update(lone)
    return frozenset(out)


def _subject_and_part(subject: Token, part: Token) -> bool:
    """Whether ``subject`` is a clause's subject and ``part`` an object or a noun of a
    prepositional phrase of that same clause (`_IN_CLAUSE` links only, never through
    "as": `_SAME_AS`)."""
    if subject.dep_ not in _SUBJECTS:
        return False
    verb = subject.head
    token = part
    while token.dep_ in _IN_CLAUSE and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in _SAME_AS:
            return False
        token = token.head
        if token.i == verb.i:
            return True
    return False


def _someone_between(doc: Doc, name: int, pronoun: int) -> bool:
    """Whether a possessor noun (the name itself in "Varga's son") or a kin or person
    noun ("son", "spokesman") stands from the name's token ``name`` up to the pronoun,
    so that the pronoun may be that other person's."""
    nouns = gender_words("noun")
    return any(
        (t.dep_ == "poss" and t.pos_ != "PRON") or t.lower_ in nouns for t in doc[name:pronoun]
    )


def _join_pending(
    doc: Doc,
    pending: Mapping[ActorKey, Mapping[str, tuple[int, int]]],
    actors: Mapping[ActorKey, LocalActor],
    pronouns: Mapping[int, ActorKey],
    lone_forms: Mapping[str, Mapping[str, ActorKey]],
) -> dict[ActorKey, ActorKey]:
    """Decide the partial names held back for want of a full name's gender ("Mrs. X"
    after a full name the article gave no honorific), once the pronouns resolved to each
    say more.

    The candidates are ranked nearest first (full names before the partial name, then
    after it); those whose gender clashes drop out, by what the text says of them or,
    where it says nothing, by their given name's usual gender (`given_name_gender`:
    "Mr. X" is not "Grace X"). The partial name joins the first one left when its
    gender is the partial name's (said, or its given name's), when it is the only one
    left, or when it is the only one left that the article named before the partial
    name; else it stays apart (a man of unknown gender named nearer than the woman: no
    guess). Every later use of the form follows its first (`_Grouping.pending_forms`).
    """
    she = Counter(k for i, k in pronouns.items() if doc[i].lower_ in PRONOUNS_FEMALE)
    he = Counter(k for i, k in pronouns.items() if doc[i].lower_ in PRONOUNS_MALE)

    def gender(key: ActorKey) -> Gender:
        a = actors[key]
        return decide_gender(a.female, a.male, she[key], he[key])

    def likely(key: ActorKey) -> Gender:
        # What the text says of the person in words ("Mrs.", "his wife"), else the given
        # name's usual gender ("Mr. X" is not "Grace X"), else the pronouns resolved to
        # it: a "she" the resolver gave a father named last is weaker evidence than his
        # given name.
        a = actors[key]
        return (
            decide_gender(a.female, a.male)
            or given_name_gender(parse_person(key.name).given)
            or gender(key)
        )

    def unlike(key: ActorKey, want: Gender) -> bool:
        return clash(want, likely(key))

    joined: dict[ActorKey, ActorKey] = {}
    for lone, fulls in sorted(pending.items()):
        if lone not in actors:
            continue
        want = gender(lone)
        ranked = [
            ActorKey("person", full)
            for full in sorted(fulls, key=lambda full: (fulls[full], full))
            if ActorKey("person", full) in actors
        ]
        # Only those named before it: news names a person in full first, so "Mr. X"
        # before the only full name that fits is someone the reader is taken to know
        # ("President X ... Mr. X ... his son, Tom X Jr."; a full name after it ranks 1).
        left = [key for key in ranked if not unlike(key, want) and fulls[key.name][0] == 0]
        bare = not (actors[lone].female or actors[lone].male)
        if left and (len(left) == 1 or (want and likely(left[0]) == want) or (bare and not want)):
            # a bare "X" the pronouns say nothing of: the nearest, as with no woman beside
            joined[lone] = left[0]
    # "Mrs. X" and "Ms. X" of one article (`_Grouping.two_women`) that chose one woman:
    # the one nearer her keeps her, the other stays apart.
    for forms in lone_forms.values():
        women = [forms[f] for f in ("female", "female, ms") if forms.get(f) in joined]
        if len(women) == 2 and joined[women[0]] == joined[women[1]]:
            full = joined[women[0]].name
            del joined[max(women, key=lambda k: (pending[k][full], k))]
    # "Mr. X" and "Mrs. X" that chose one person are two people: the form of the gender
    # the person's own words give keeps it, and where they give none, neither does
    # ("Nalaka and Shiromi X ... Mr. X ... Mrs. X", the husband's full name unwritten).
    for forms in lone_forms.values():
        man = forms.get("male")
        women = [forms[f] for f in ("female", "female, ms") if forms.get(f) in joined]
        for woman in women:
            if man in joined and woman in joined and joined[man] == joined[woman]:
                own = likely(joined[man])
                for k, g in ((man, "male"), (woman, "female")):
                    if own != g:
                        joined.pop(k, None)
    return joined


def _given_and_family(word: str, fits: Collection[str]) -> bool:
    """True when ``word`` is the first word of one of the full names ``fits`` and a later
    word of another ("ali" of "ali qorvan" and "ahmed ali"); a name that may be written
    family name first ("kim jong un") counts as neither (`may_be_family_first`).

    Or the last word of one and a middle word of another ("vantor" of "julio cesar
    marlo vantor" and "rafael vantor kessel"): of two family names, Spanish news calls a
    person by the first, Portuguese news by the last; the article's nearest bearer may
    be either."""
    first = any(f.split()[0] == word and not may_be_family_first(f) for f in fits)
    later = any(word in f.split()[1:] for f in fits)
    own = {f: [w for w in f.split() if w not in SUFFIXES] for f in fits}  # not "jr", "iii"
    last = {f for f, words in own.items() if words and words[-1] == word}
    middle = {f for f, words in own.items() if word in words[1:-1]}
    return (first and later) or any(a != b for a in last for b in middle)


#: A full name with a nickname in quotes after its given names ('Harrison "Trey" Poole
#: III', 'Jose Miguel "Migs" Roe', 'Ernesto "Jun-Jun" Roe Jr.'): the given names, the
#: nickname, the family name and any suffix.
_QUOTED_NICKNAME = re.compile(
    r"^(\S+(?: \S+)?) [\"\u201c']([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[\"\u201d'] (.+)$"
)


def _first_family_name(name: PersonName) -> str:
    """The first of a full name's two family names, which Spanish and Portuguese news
    write alone ("oyarzún" of "catalina oyarzún roe", "kessar" of "josé luis kessar
    campos"), or "": a word the name data know as a given name ("michael" of "john
    michael roe"), an initial, or a name of more middle words."""
    middle = name.middle
    if name.suffix or not 1 <= len(middle) <= 2 or not name.family.isalpha():
        return ""  # not "Plymouth Wanderers 3", a score line the NER took for a name
    if len(middle) == 2 and not known_given_name(middle[0]):
        return ""
    word = middle[-1]
    return word if len(word) > 2 and word.isalpha() and not known_given_name(word) else ""


def _called_by_nickname(label: str) -> str:
    """The name a person written with a nickname in quotes is called by elsewhere: the
    nickname and the family name ("Trey Poole" of 'Harrison "Trey" Poole III', which a
    "Trey" for a third bearer of a name drops; "Jimmy Roe Jr." of 'James "Jimmy" Roe
    Jr.'), or ""."""
    found = _QUOTED_NICKNAME.match(label)
    if found is None:
        return ""
    rest = found.group(3).split()
    if len(rest) > 1 and rest[-1] in ("III", "IV"):
        rest = rest[:-1]
    return " ".join([found.group(2), *rest])


def _given_name_of_several(word: str, fits: Collection[str]) -> bool:
    """True when ``word`` is the given name of two of the full names ``fits`` ("edwin"
    of "edwin roe sr" and "edwin roe jr"); not a family name written first ("kim" of
    "kim jong un" and "kim yo jong": `may_be_family_first`)."""
    return sum(f.split()[0] == word and not may_be_family_first(f) for f in fits) > 1


def _one_person_of_a_surname(
    lone_forms: Mapping[str, Mapping[str, ActorKey]],
    actors: Mapping[ActorKey, LocalActor],
    joined: Mapping[ActorKey, ActorKey],
    written_mrs: Collection[ActorKey] = (),
) -> dict[ActorKey, ActorKey]:
    """Lone surnames written with no gendered word ("President X", "X said") -> the
    one "Mr. X" or "Ms. X" of the article that no full name took: one person, written
    both ways. Not when the article writes both "Mr. X" and "Mrs. X", nor with "Mrs. X"
    alone (a president's wife).

    Args:
        lone_forms: One-word name -> its lone keys by form (`_Grouping.lone_forms`).
        actors: The article's actors.
        joined: Partial names already joined to a full name.
        written_mrs: Lone keys written with "Mrs." (`_Grouping.written_mrs`).
    """
    out: dict[ActorKey, ActorKey] = {}
    for forms in lone_forms.values():
        plain = forms.get("")
        gendered = [k for g, k in forms.items() if g and k in actors and k not in joined]
        if (
            plain is not None
            and plain in actors
            and plain not in joined
            and len(gendered) == 1
            # "Mrs. X" beside "President X" or "the X administration" is his wife.
            and gendered[0] not in written_mrs
        ):
            out[plain] = gendered[0]
    return out


#: Compass words that stand for the article's one country they start ("the North" of a
#: story about "North Korea"); not "the West", which is the Western countries
#: (`_Grouping._country_called`).
_COMPASS = frozenset({"north", "south"})

#: What ends a second name: anything else may make it a part played ("who performs as
#: Elphaba Thropp eight times a week") or another person's ("known as Jane Roe's aide",
#: "known as Jane Roe and Mara Hale's father").
_AFTER_A_SECOND_NAME = frozenset({",", ")", ".", ";", ":"})
#: Tokens from the end of the first name to the second: a comma and a phrase.
_LONGEST_PHRASE = 8


#: Words before "name" that make a person's other name of it, after "his" or "her":
#: "under her former name, Jane Roe", "his birth name, John Roe".
_OTHER_NAME_WORDS = frozenset({"former", "maiden", "birth", "real", "legal", "previous"})


def _name_of_pronoun(doc: Doc, start: int, pronouns: Mapping[int, ActorKey]) -> ActorKey | None:
    """The person a name starting at token ``start`` is the other name of, where "his" or
    "her", a word of `_OTHER_NAME_WORDS` and "name" and a comma come right before it
    ("under her former name, Jane Roe"): the one the pronoun stands for, or None."""
    if start < 4 or doc[start - 1].text != "," or doc[start - 2].lower_ != "name":
        return None
    if doc[start - 3].lower_ not in _OTHER_NAME_WORDS or doc[start - 4].lower_ not in (
        "his",
        "her",
    ):
        return None
    return pronouns.get(start - 4)


def _also_known_as(
    doc: Doc,
    mentions: Sequence[SpanMention],
    keys: Sequence[ActorKey],
    pronouns: Mapping[int, ActorKey] | None = None,
) -> dict[ActorKey, ActorKey]:
    """Key of a person's second name -> key of the name written before it, where the
    article says in so many words that they are one person (`other_name_phrases`):
    "Jane Roe, who performs as Lady Kessel", "Lady Kessel, whose legal name is Jane Roe",
    "Lady Kessel (born Jane Roe)"; or where "his" or "her" names it ("under her former
    name, Jane Roe": `_name_of_pronoun`).

    The first name is a person's, or "the" and a gendered person noun that one earlier
    person of the article was given ("the film actress Lady Kessel ... the actress,
    whose legal name is Jane Roe": `kg.mentions.descriptor`). The second is a full name
    of two words or more (a stage name the NER typed ORG too, not one with an
    organisation's head word or an acronym), written right after the phrase and ended
    by a comma, a bracket, a full stop or "and" with a verb (`_ends_second_name`: not
    "... performs as Elphaba Thropp eight times a week", "known as Jane Roe and Mara
    Hale's father").
    """
    phrases = other_name_phrases()
    nouns = gender_words("noun")
    ending = {m.end: k for m, k in zip(mentions, keys, strict=True) if m.mention.type == "PERSON"}
    out: dict[ActorKey, ActorKey] = {}
    for i, (b, kb) in enumerate(zip(mentions, keys, strict=True)):
        second = b.mention
        if (
            second.type not in ("PERSON", "ORG")
            or len(second.label.split()) < 2
            or (
                second.type == "ORG" and (name_head_type(second.label) or has_acronym(second.label))
            )
            or not _ends_second_name(doc, b.end)
        ):
            continue
        by_pronoun = _name_of_pronoun(doc, b.start, pronouns or {})
        if by_pronoun is not None:
            if by_pronoun != kb and by_pronoun.kind == "person":
                out.setdefault(kb, by_pronoun)
            continue
        for at in range(max(0, b.start - _LONGEST_PHRASE), b.start - 1):
            between = doc[at : b.start].text
            if between[:1] in (",", "(") and " ".join(between[1:].lower().split()) in phrases:
                break
        else:
            continue
        first = ending.get(at)
        if (
            first is None
            and at >= 2
            and doc[at - 2].lower_ == "the"
            and doc[at - 1].lower_ in nouns
        ):
            # "the actress, whose legal name is ...": the one person given that noun before
            given = {
                k
                for m, k in zip(mentions[:i], keys[:i], strict=True)
                if m.mention.type == "PERSON" and m.mention.descriptor == doc[at - 1].lower_
            }
            first = next(iter(given)) if len(given) == 1 else None
        if first is not None and first != kb:
            out.setdefault(kb, first)
    return out


def _ends_second_name(doc: Doc, end: int) -> bool:
    """True when a second name ending at token ``end`` ends there: the text ends, or a
    comma, bracket or stop (`_AFTER_A_SECOND_NAME`) or "and" with a verb of the clause
    ("... who writes as Stella Quinn and has spent a decade ...") comes next."""
    if end >= len(doc) or doc[end].text in _AFTER_A_SECOND_NAME:
        return True
    return (
        doc[end].lower_ == "and"
        and end + 1 < len(doc)
        and doc[end + 1].pos_ in ("AUX", "VERB", "ADV")
    )


def _with_second_names(
    joined: dict[ActorKey, ActorKey], other: Mapping[ActorKey, ActorKey]
) -> dict[ActorKey, ActorKey]:
    """The joins with each second name's actor joined to the person's (`_also_known_as`),
    and whatever joined the second name following it."""
    for second, first in sorted(other.items()):
        first = joined.get(first, first)
        if second == first or second in joined:
            continue
        joined = {k: first if v == second else v for k, v in joined.items()}
        joined[second] = first
    return joined


def _combine(
    actors: Mapping[ActorKey, LocalActor], joined: Mapping[ActorKey, ActorKey]
) -> dict[ActorKey, LocalActor]:
    """The actors with each joined partial name folded into its full name."""
    out = {k: a for k, a in actors.items() if k not in joined}
    for lone, full in sorted(joined.items()):
        a, b = out[full], actors[lone]
        out[full] = dataclasses.replace(
            a,
            aliases=tuple(sorted({*a.aliases, *b.aliases})),
            roles=tuple(dict.fromkeys((*a.roles, *b.roles))),
            country=a.country or b.country,
            mentions=a.mentions + b.mentions,
            descriptors=tuple(sorted({*a.descriptors, *b.descriptors})),
            female=a.female + b.female,
            male=a.male + b.male,
            located=a.located + b.located,
            company_cues=a.company_cues + b.company_cues,
            contests=a.contests + b.contests,
            other_names=tuple(sorted({*a.other_names, *b.other_names})),
        )
    return out


def local_entities(
    index: ActorIndex,
    metonyms: Iterable[ActorKey],
    used: Collection[ActorKey],
    countries: Iterable[ActorKey] = (),
) -> tuple[LocalEntity, ...]:
    """The document's actors as records, sorted by key.

    Args:
        index: The document's actor index (with every title the rules implied).
        metonyms: One capital key per time it acted for its country
            (`ActorIndex.stands_for`): the mention moves from the city to the country,
            which records the city as a metonym.
        used: Keys that relations point to; an actor in it is kept even when all its
            mentions moved elsewhere. A group actor ("Turkish police") is kept only
            when it is in it: a group that does nothing is no actor of the story.
        countries: Countries the rules named that no name mention named ("Russian
            minister X"); each is created, and kept when a relation uses it.
    """
    counts: Counter[ActorKey] = Counter({k: a.mentions for k, a in index.actors.items()})
    stood_for: dict[ActorKey, set[str]] = defaultdict(set)
    for place in metonyms:
        country = index.capitals[place]
        counts[place] -= 1
        counts[country] += 1
        stood_for[country].add(index.actors[place].label)
    keys = set(index.actors) | set(stood_for) | set(countries)
    out = []
    for key in sorted(keys):
        actor = index.actors.get(key)
        if key not in used and (counts[key] <= 0 or (actor is not None and actor.sector)):
            continue
        if actor is None:
            out.append(_bare_country(key, counts[key], stood_for[key]))
            continue
        out.append(
            LocalEntity(
                key=str(key),
                label=actor.label,
                type=actor.type,
                aliases=actor.aliases,
                roles=actor.roles,
                country=actor.country,
                mentions=counts[key],
                metonyms=tuple(sorted(stood_for[key])),
                is_country=actor.is_country,
                descriptors=actor.descriptors,
                female=actor.female,
                male=actor.male,
                she=actor.she,
                he=actor.he,
                sector=actor.sector,
                located=actor.located,
                other_names=actor.other_names,
                company_cues=actor.company_cues,
                contests=actor.contests,
            )
        )
    return tuple(out)


def _bare_country(key: ActorKey, mentions: int, metonyms: set[str]) -> LocalEntity:
    """A country no name mention named: only a title ("Russian minister") or a capital."""
    return LocalEntity(
        key=str(key),
        label=gazetteer.country_name(key.name) or key.name,
        type="GPE",
        aliases=(),
        country=key.name,
        mentions=mentions,
        metonyms=tuple(sorted(metonyms)),
        is_country=True,
    )


# ---------------------------------------------------------------------------------
# Grouping mentions
# ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Builder:
    key: ActorKey
    names: Counter[str] = field(default_factory=Counter)
    labels: Counter[EntityType] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    countries: Counter[str] = field(default_factory=Counter)
    sectors: Counter[Sector] = field(default_factory=Counter)
    mentions: int = 0
    is_country: bool = False
    country: str = ""
    descriptors: set[str] = field(default_factory=set)
    female: int = 0
    male: int = 0
    located: int = 0
    other_names: set[str] = field(default_factory=set)
    company_cues: int = 0
    contests: int = 0

    def add_cues(self, cues: Iterable[Gender]) -> None:
        for cue in cues:
            self.female += cue == "female"
            self.male += cue == "male"

    def freeze(self) -> LocalActor:
        tag = vote_type(self.labels)
        kind = tag
        if self.key.kind == "person":
            kind = "PERSON"  # joined to a person by name: other tags were NER slips
        if self.is_country:
            tag = kind = "GPE"
            name = gazetteer.country_name(self.country) or self.key.name
        else:
            name = best_name(self.names)
        country = self.country or (self.countries.most_common(1)[0][0] if self.countries else "")
        return LocalActor(
            key=self.key,
            label=name,
            type=kind,
            tag=tag,
            aliases=tuple(sorted(self.aliases)),
            roles=tuple(dict.fromkeys(self.roles)),
            country=country,
            mentions=self.mentions,
            is_country=self.is_country,
            descriptors=tuple(sorted(self.descriptors)) if self.key.kind == "person" else (),
            female=self.female if self.key.kind == "person" else 0,
            male=self.male if self.key.kind == "person" else 0,
            sector=self.sectors.most_common(1)[0][0] if self.sectors else "",
            located=self.located,
            other_names=tuple(sorted(self.other_names)),
            company_cues=self.company_cues,
            contests=self.contests,
        )


def _within(part: Sequence[str], whole: Sequence[str]) -> bool:
    """True when the words of ``part`` occur in ``whole`` in order ("samuel dorbor" in
    "samuel k dorbor"; not "esther dorbor")."""
    rest = iter(whole)
    return all(word in rest for word in part)


def _cues(mention: Mention) -> list[Gender]:
    """The genders a mention's honorific, descriptor and titles say ("Mrs", "first lady",
    "spokeswoman")."""
    found = [
        cue_gender(mention.honorific, "honorific")
        # "Sheikha" is set only where it was cut off before a full name, "M." only where
        # it is no initial
        or cue_gender(mention.honorific, "full-name honorific")
        or cue_gender(mention.honorific, "initial honorific"),
        cue_gender(mention.descriptor, "noun"),
        *(cue_gender(title_head(role), "noun") for role in mention.roles),
    ]
    return [g for g in found if g]


#: Words that introduce a person as someone's relative: kin words and "first lady".
_RELATIVE_WORDS = KIN_WORDS | {"lady"}
#: The son's suffixes news drops in an article that names no other generation ("Roger
#: Kessel Jr. ... Roger Kessel"); not the Portuguese "Filho" nor the Spanish "hijo",
#: written as part of the name where the father of that name is often in the story.
_DROPPED_SUFFIXES = frozenset({"jr", "jnr", "ii"})
#: Kin words of a child, who may bear a parent's name ("the governor's son, X").
_CHILD_KIN = frozenset({"son", "daughter"})
#: Words that say a woman is married, which "Mrs." says too ("his wife, Jane X").
_MARRIED_WORDS = frozenset({"wife", "widow"})
#: Courtesy titles of a married woman ("Mme" and "Madame" address any woman in French).
_MARRIED_TITLES = frozenset({"mrs"})
#: Courtesy titles the wife rule reads (`_Grouping._person_key`).
_WIFE_RULE_TITLES = _MARRIED_TITLES | {"ms", "miss"}


def _modifies_noun(token: Token) -> bool:
    """True for a name's one word that modifies the common noun after it ("X" in "the X
    administration"), not a part of a longer name ("X Tower")."""
    head = token.head
    return token.dep_ == "compound" and head.i > token.i and head.pos_ == "NOUN" and head.is_lower


def _titles(mention: Mention) -> tuple[str, ...]:
    """What a mention says its bearer is: titles and a descriptor (not `PARENT`, kin
    evidence only)."""
    said = mention.descriptor
    return (*mention.roles, said) if said and said != PARENT else mention.roles


class _Grouping:
    """Assigns each mention a key, reading indexes built once over all mentions."""

    def __init__(
        self,
        mentions: Sequence[SpanMention],
        doc: Doc | None = None,
        leading: Mapping[str, str] | None = None,
        apart: Collection[int] = frozenset(),
        tokens: DocTokens | None = None,
        companies: Collection[str] = (),
    ) -> None:
        if doc is not None and tokens is None:
            tokens = DocTokens(doc)
        self.builders: dict[ActorKey, _Builder] = {}
        # mentions of lone surnames the pronouns told apart from the bearer they joined
        self.apart = apart
        # full person name -> mentions of lone surnames that joined it with no gendered
        # word on either side (`_told_apart_by_pronouns` checks them)
        self.unsaid: dict[str, list[int]] = defaultdict(list)
        # names of "people" the article writes as companies' (`_companies_by_cue`)
        self.companies = companies
        # a "person" retyped as the one organisation of the article its name starts
        self.leading: Mapping[str, str] = leading or {}
        # acronym -> the name it was defined for in brackets ("... Party (PKW)"), and
        # that name's key -> the acronym as written: an alias even where the NER did not
        # tag it, so other articles' "PKW" find it
        self.defined, self.acronym_of = _defined_acronyms(mentions, doc) if doc else ({}, {})
        # new name or nickname -> the name of the organisation the article gives it to
        # ("X changed its name to Y", "the party, nicknamed Y")
        self.other_names: dict[str, str] = (
            _renamed_organisations(mentions, tokens) if tokens else {}
        )
        if tokens:
            # "Hizb al-Kessar, the Kessar Party": a second name of the organisation
            for name, first in _glossed_names(mentions, tokens).items():
                self.other_names.setdefault(name, first)
        # organisation's name -> the nickname the article gives it
        self.nicknamed: dict[str, str] = _nicknames(mentions, tokens) if tokens else {}
        for name, nickname in self.nicknamed.items():
            self.other_names.setdefault(nickname, name)
        self.doc = doc
        # one-word organisation's name -> the longer name "the <name>" joined ("the
        # Commission"): its later uses follow (`_other_key`)
        self.headed: dict[str, ActorKey] = {}
        self.spelled_out = _spelled_out(mentions)
        self.facility_starts = _facility_starts(mentions)
        self.called_country = _called_countries(mentions)
        self.person_names: set[str] = set()
        self.full_names: set[str] = set()
        self.full_ends: set[str] = set()  # first and last words of full person names
        # the first of two family names of full person names (`_first_family_name`)
        self.first_families: set[str] = set()
        # word -> full person name containing it -> indices of its mentions
        self.by_word: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        # family name -> full person name -> indices
        self.by_last: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        # (type, initials) -> the first multi-word name with those initials
        self.expansions: dict[tuple[EntityType, str], str] = {}
        # the initials two of its organisations' names spell
        self.ambiguous: set[tuple[EntityType, str]] = set()
        # (type, name) -> longer names that end with it ("foreign ministry")
        self.longer: dict[tuple[EntityType, str], set[str]] = defaultdict(set)
        # key of each name (a person's folded, an organisation's `organisation_key`) ->
        # where the article first writes it
        self.named_at: dict[str, int] = {}
        # the key of the name whose mention ends at a token
        self.name_ending_at: dict[int, str] = {}
        # partial name held back -> candidate full names with their rank (nearest first)
        self.pending: dict[ActorKey, dict[str, tuple[int, int]]] = defaultdict(dict)
        # full person name -> gender cues and titles its own mentions carry
        self.full_cues: dict[str, list[Gender]] = defaultdict(list)
        self.full_titles: dict[str, set[str]] = defaultdict(set)
        # full person name -> the courtesy titles written before it ("mr" of "Mr. Tom X Jr.")
        self.full_honorifics: dict[str, set[str]] = defaultdict(set)
        # (partial name, its form: `_form`) -> the full name it first joined
        self.short_forms: dict[tuple[str, str], str] = {}
        # (partial name, its gender cue) first written before any full name it could
        # join: someone the article takes the reader to know; it keeps that sense
        self.apart_forms: set[tuple[str, str]] = set()
        # full name -> the longer full name it joined ("roger kessel" -> "roger j
        # kessel jr"): a surname choosing the first chooses the second
        self.joined_full: dict[str, str] = {}
        # one-word name -> the full names its forms joined, or were held back for with
        # only that one named before ("Mr. X" and "X" of one bearer: `_person_key`)
        self.called: dict[str, set[str]] = defaultdict(set)
        # (partial name, its form) held back at its first use (`_join_pending`)
        self.pending_forms: set[tuple[str, str]] = set()
        # (given, family name) of the article's full names -> their suffixes ("" too)
        self.generations: dict[tuple[str, str], set[str]] = defaultdict(set)
        # (family name, generational suffix) the article writes alone ("X Jr.")
        self.suffixed: set[tuple[str, str]] = set()
        for m in mentions:
            if m.mention.type != "PERSON":
                continue
            named = parse_person(fold(m.mention.label))
            if named.given:
                self.generations[named.base].add(named.suffix)
            elif named.generation_alone:
                self.suffixed.add((named.family, named.suffix))
        # one-word name -> its lone keys by their form (`_lone_key`)
        self.lone_forms: dict[str, dict[str, ActorKey]] = defaultdict(dict)
        # lone keys written with "Mrs." (`_one_person_of_a_surname`)
        self.written_mrs: set[ActorKey] = set()
        # one-word names the article writes both "Mrs. X" and "Ms. X": news gives each
        # woman the courtesy title she uses, so these are two women (`_form`)
        courtesy: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            if m.mention.honorific and len(m.mention.label.split()) == 1:
                courtesy[fold(m.mention.label)].add(m.mention.honorific.lower().rstrip("."))
        self.two_women = frozenset(n for n, said in courtesy.items() if {"mrs", "ms"} <= said)
        # one-word name -> indices of its mentions with a title or honorific ("Mr. X")
        self.titled_at: dict[str, list[int]] = defaultdict(list)
        # mentions written right after a title ("President X"; not "ex X executive"),
        # with the title: "Sen." is no role of the mention's, but it is an office
        self.title_word: dict[int, str] = (
            {
                i: before.text
                for i, m in enumerate(mentions)
                if m.start
                and is_title_word(before := doc[m.start - 1])
                and before.is_title
                and before.lower_.rstrip(".") not in gender_words("honorific")
            }
            if doc is not None
            else {}
        )
        self.titled = frozenset(self.title_word)
        # full name -> the forms of address written before it ("Dr Jane X" -> "dr")
        self.full_styles: dict[str, set[str]] = defaultdict(set)
        for i, m in enumerate(mentions):
            if len(m.mention.label.split()) == 1 and (i in self.titled or m.mention.honorific):
                self.titled_at[fold(m.mention.label)].append(i)
            elif i in self.titled and (style := style_key(self.title_word[i])):
                self.full_styles[fold(m.mention.label)].add(style)
        # one-word names written as the modifier of a common noun ("the X administration",
        # "X supporters"): said of no one in particular of the article (`_person_key`)
        self.modifiers: frozenset[int] = (
            frozenset(
                i
                for i, m in enumerate(mentions)
                if m.end - m.start == 1 and _modifies_noun(doc[m.start])
            )
            if doc is not None
            else frozenset()
        )
        self.mistyped = mistyped = _people_typed_otherwise(mentions, doc) | _initialled_people(
            mentions
        )
        # an article of a country whose news writes "Ato" as a title (`TITLE_OR_GIVEN`)
        self.title_country = any(m.mention.country in TITLE_COUNTRIES for m in mentions)
        # "people" whose name is a city's ("Bandar Lampung"): no family name to join ("Lampung")
        # Per mention: asked here and by `assign`.
        self.located: frozenset[int] = (
            frozenset(
                i
                for i, m in enumerate(mentions)
                if _after_place_preposition(doc, m.start, m.end, tokens)
            )
            if doc is not None
            else frozenset()
        )
        # places written as a side of a game: a city standing for its team
        # (`kg.resolve.teams`), unless the article also writes it as a town
        # ("Tulsa's mayor")
        self.contested: frozenset[int] = (
            _contested(mentions, tokens) if tokens is not None else frozenset()
        )
        self.located_names = located = frozenset(mentions[i].mention.label for i in self.located)
        # towns the article writes "in X" somewhere: "Marlo is a fine town" after "a
        # hotel in Marlo" is the town, not Marlo Kessler of the article (`assign`); so
        # is any one-word name it calls a town ("the coastal town of Marlo")
        self.located_towns = frozenset(
            label
            for i in self.located
            if " " not in (label := mentions[i].mention.label)
            and (
                gazetteer.known_place(label)
                or (doc is not None and _of_a_place_kind(doc[mentions[i].end - 1]))
            )
        )
        # one-word names the article writes where a place goes ("held at X", "along the X")
        placed = (
            {
                fold(m.mention.label)
                for m in mentions
                if m.end - m.start == 1 and _used_as_place(doc[m.start])
            }
            if doc is not None
            else set()
        )
        cities = {
            m.mention.label
            for m in mentions
            if m.mention.type == "PERSON"
            and city_not_person(m.mention.label, m.mention.label in located)
        }
        # full person names whose first word the article also uses alone ("Grace")
        self.first_named: set[str] = set()
        # the genders of the courtesy titles the article writes before a surname alone
        # ("Mme Kessar" -> female)
        self.courtesy_genders: dict[str, set[Gender]] = defaultdict(set)
        self.mention_ends = [m.end for m in mentions]
        self.mention_starts = [m.start for m in mentions]
        for i, m in enumerate(mentions):
            mention = m.mention
            if mention.honorific and " " not in mention.label.strip():
                said = cue_gender(mention.honorific, "honorific")
                if said:
                    self.courtesy_genders[fold(mention.label)].add(said)
            folded = fold(mention.label)
            words = folded.split()
            if mention.type == "PERSON" or mention.label in mistyped:
                self.person_names.add(folded)
                parts = parse_person(folded)
                # Not "Nyenpan Jr." (a surname and suffix), nor "HVL Europe" typed PERSON:
                # its "HVL" is no person's first name; but "JJ Roe" is initials.
                # Nor "Yoon-hee" alone, a given name of two syllables: its "Yoon" is no
                # given name of a "Yoon" the article names alone.
                if (
                    parts.given
                    and not acronym_in_a_persons_name(mention.label)
                    and mention.label not in cities
                    and not syllables(mention.label)
                ):
                    self.full_names.add(folded)
                    self.full_ends.update((words[0], words[-1]))
                    if first_family := _first_family_name(parts):
                        self.first_families.add(first_family)
                    # "Faisal" alone is not "Abu Faisal" (a kunya: father of Faisal)
                    kunya = is_kunya(folded)
                    # The syllables of "Choi Yoon-hee" are no names: "Yoon" alone is
                    # another person.
                    halves = syllable_words(mention.label)
                    for word in dict.fromkeys(words[:1] if kunya else own_words(words)):
                        if word not in halves:
                            self.by_word[word][folded].append(i)
                    if not kunya:
                        self.by_last[parts.family][folded].append(i)
                    personal = personal_name(words, mention.label)
                    if personal:
                        # "Ahmad Zahir" beside "Ahmad Zahir bin Osman": the personal
                        # name a Malay name is shortened to, without the father's
                        self.by_last[personal[-1]][folded].append(i)
                    self.full_cues[folded].extend(_cues(mention))
                    self.full_titles[folded].update(_titles(mention))
                    if mention.honorific:
                        self.full_honorifics[folded].add(mention.honorific.lower().rstrip("."))
            if mention.type != "PERSON":
                folded = organisation_key(mention.label)
                words = folded.split()
            if not is_acronym(mention.label) and len(mention.label.split()) > 1:
                # Without its legal form, with and without its short words: "Norvik Air
                # Group PLC" is "NAG", "Bank of Halden" "BH" and "BoH".
                plain = base_name(mention.label)
                for spelled in dict.fromkeys((initials(plain), initials(plain, keep_short=True))):
                    found = self.expansions.setdefault((mention.type, spelled), folded)
                    if found != folded:
                        self.ambiguous.add((mention.type, spelled))
            for k in range(1, len(words)):
                self.longer[(mention.type, " ".join(words[k:]))].add(folded)
            self.named_at.setdefault(folded, m.start)
            self.name_ending_at[m.end - 1] = folded

        # first words of the article's organisations' names ("Halvex" of "Halvex Norway"),
        # not of a name the NER also typed as a person's
        self.org_starts = {
            fold(m.mention.label).split()[0]
            for m in mentions
            if m.mention.type in ("ORG", "FAC")
            and len(m.mention.label.split()) > 1
            and fold(m.mention.label) not in self.full_names
        }
        # Such a word, no given name the name data know, that starts the name of a "person"
        # of the article ("held at Varnak" beside the port operator "Varnak Liman" the NER
        # took for a person): the place, never that "person's" first name (`assign`).
        # Not where that person has a title, courtesy title or gendered word ("President
        # Yoon Jae-hwan ... seated near Yoon").
        self.place_words = frozenset(
            word
            for word in placed
            if not known_given_name(word)
            and any(full.split()[0] == word for full in self.full_names)
            and not any(
                full.split()[0] == word and (self.full_titles[full] or self.full_cues[full])
                for full in self.full_names
            )
        )
        # one-word names in the article's own words: a speaker quoted calling a man by
        # his first name ('"Jim's wife is a lobbyist"') says nothing of the article's style
        alone = {
            fold(m.mention.label)
            for m in mentions
            if len(m.mention.label.split()) == 1 and not (doc is not None and _quoted(doc, m.start))
        }
        families = {parse_person(full).family for full in self.full_names}
        self.first_named = {
            full
            for full in self.full_names
            if (first := full.split()[0]) in alone and first not in families
        }

    def builder(self, key: ActorKey) -> _Builder:
        if key not in self.builders:
            self.builders[key] = _Builder(key)
        return self.builders[key]

    def assign(self, index: int, m: SpanMention) -> ActorKey:
        mention = m.mention
        if (
            mention.type == "PERSON"
            and not mention.honorific
            and not mention.roles
            and (
                fold(mention.label) in self.place_words
                or (index in self.located and self._named_after(mention.label))
                or self._town_said_a_place(m)
            )
        ):
            mention = dataclasses.replace(mention, type="GPE")  # `place_words`
            m = dataclasses.replace(m, mention=mention)
        country = mention.country if is_country_mention(m) else self._country_called(m)
        if country:
            key = country_key(country)
            b = self.builder(key)
            b.is_country, b.country = True, country
        elif self._definition(mention.label) is None and (
            mention.type == "PERSON"
            # "in Halden" beside "Tom Halden": the place, not his surname
            or (
                self._person_by_name(mention.label, mention.type)
                and not (
                    mention.type in PLACE_TYPES
                    and (
                        index in self.located
                        or (mention.label in self.located_towns and not self._speaks(index))
                    )
                )
                and fold(mention.label) not in self.place_words
                # "Lagos said she was proud" beside "Chioma Lagos": a town says nothing
                and not (self._town_in_no_persons_name(m) and not self._speaks(index))
            )
        ):
            key = self._person_key(index, mention)
            b = self.builder(key)
            called = _called_by_nickname(mention.label)
            if called:
                b.other_names.update({mention.label, called})
        else:
            key = self._other_key(m, index in self.located)
            b = self.builder(key)
            if mention.label in self.nicknamed:
                b.other_names.update({mention.label, self.nicknamed[mention.label]})
        b.mentions += 1
        b.labels[mention.type] += 1
        if index in self.located:
            b.located += 1
        if mention.label in self.companies:
            b.company_cues += 1
        if index in self.contested:
            b.contests += 1
        lone = (key.kind == "person" and len(key.words) == 1) or key.name.endswith(")")
        b.names[
            f"{mention.honorific} {mention.label}" if lone and mention.honorific else mention.label
        ] += 1
        # Countries and groups keep every surface form ("US", "Israeli tanks"); others
        # their clean name, a lone surname with its honorific ("Mrs. Dorbor": the merge
        # audit shows it).
        if b.is_country or mention.kind == "group":
            b.aliases.add(normalise_name(mention.text))
        elif mention.honorific and len(mention.label.split()) == 1:
            b.aliases.add(f"{mention.honorific} {mention.label}")
        elif not lone and " " not in mention.label and style_key(self.title_word.get(index, "")):
            # "Dr X" joined to "Dr Jane X", as written: the article's bare "X" may be
            # another bearer's
            b.aliases.add(f"{self.title_word[index]} {mention.label}")
        else:
            b.aliases.add(mention.label)
            written = normalise_name(mention.text)
            if written != mention.label and spaced_initials(written) == mention.label:
                b.aliases.add(written)  # "S.P. Roe" as written, beside its label "S. P. Roe"
        if mention.type in PLACE_TYPES and not b.is_country:
            b.aliases.add(normalise_name(mention.text))  # "Mass." for "Massachusetts"
        if key.kind == "other" and key.name in self.acronym_of:
            b.aliases.add(self.acronym_of[key.name])  # "... Alliance (ACN)"
        b.roles.extend(mention.roles)
        if mention.descriptor:
            b.descriptors.add(mention.descriptor)
        b.add_cues(_cues(mention))
        if mention.country and not b.is_country:
            b.countries[mention.country] += 1
        if mention.sector:
            b.sectors[mention.sector] += 1
        return key

    def _named_after(self, label: str) -> bool:
        """True when ``label`` is the family name of two words or more of a person of the
        article, led by no given name: written after a preposition of place ("spent the
        day in Castelo Branco" beside "Leonor Castelo Branco"), the town she is named
        after."""
        key = fold(label)
        words = label.split()
        return (
            len(words) >= 2
            and not known_given_name(words[0])
            and any(full.endswith(" " + key) for full in self.full_names)
        )

    def _person_by_name(self, name: str, typed: str) -> bool:
        """A non-PERSON mention whose name is a person's name or surname in this document,
        and no word its organisations' names start with. The first of a person's two
        family names only where the NER typed it ORG ("Oyarzún said" beside "Catalina
        Oyarzún Roe"): typed a place, it is as often the town the family is named after
        ("the resort of Salinas" beside "Gabriel Salinas Roe")."""
        key = fold(name)
        words = key.split()
        if len(words) > 2:
            return name in self.mistyped  # "Tomas Okafor Bello" typed ORG
        if len(words) == 1 and key in self.person_names:
            return True
        if syllables(name) and any(
            full.endswith(" " + key) or full.startswith(key + " ") for full in self.full_names
        ):
            return True  # "Soo-jin's brother" typed ORG beside "Lee Soo-jin"
        if (
            # "Del Prete" typed ORG beside "Signor Del Prete"'s full name, "Saint-Marlo"
            # beside "Jean Saint-Marlo"
            (_particle_surname(words, PARTICLES) or ("-" in name and " " not in name))
            and any(full.endswith(" " + key) for full in self.full_names)
            # not "in La Paz" beside "Maria la Paz", "in Vieux-Bourg" beside "Anne Vieux-Bourg"
            and name not in self.located_names
        ):
            return True
        # "Halvex" typed ORG beside "Halvex Norway" is that company, not the given name of
        # a "Halvex Falcon" the NER took for a person.
        return key in self.full_names or (
            len(words) == 1
            and (key in self.full_ends or (typed == "ORG" and key in self.first_families))
            and key not in self.org_starts
        )

    def _person_key(self, index: int, mention: Mention) -> ActorKey:
        """A partial name joins the compatible full name nearest before it ("Bagheri" in
        "Ali Bagheri Kani", "Gabriel Boric" in "Gabriel Boric Font"), else the one after
        it when the document has only one that fits.

        Compatible: no clash of gender ("Mrs. X" and a man named X) and no clash of
        titles ("President X" and "first lady Y X"; see `titles_clash`)."""
        name = fold(mention.label)
        words = name.split()
        if index in self.apart:
            return self._lone_key(name, mention)
        if (
            len(words) == 1
            and index in self.located
            and not mention.honorific
            and gazetteer.known_place(mention.label)
        ):
            # "around Leeds": the town the NER called a person, not the first word
            # of the person or company "Leeds Ridge" of the article
            return self._lone_key(name, mention)
        if len(words) == 1:
            bearers = self.by_word.get(words[0], {})
            so_called = self._only_so_called(mention, bearers)
            fits = {
                full: at
                for full, at in bearers.items()
                # The article writes the son "X Jr.": its bare "X" is not him; but a
                # courtesy title the article gives one bearer alone, calling the others
                # otherwise, is that one's ("Mr. Tom X Jr." beside "Chief Tom X": its
                # "Mr. X" is the son).
                if full == so_called
                or (not so_called and (words[0], parse_person(full).suffix) not in self.suffixed)
            }
            style = style_key(self.title_word.get(index, ""))
            styled = {
                full: at
                for full, at in fits.items()
                if style in self.full_styles.get(full, ()) and at[0] < index
            }
            if styled:
                fits = styled  # "Dr X" of "Dr Ravi X", beside "Anil X"; not of a later one
        else:
            parts = parse_person(name)
            # "al-Dhaleen" alone: the family name "al dhaleen" of "Hamad al-Dhaleen"
            bucket = {**self.by_last.get(parts.family, {}), **self.by_last.get(name, {})}
            fits = {
                full: at
                for full, at in bucket.items()
                if len(full.split()) > len(words)
                and _within(words, own_words(full.split()))  # not a father's name after "bin"
                # "Ato Abebe" (Mr. Abebe) is not "Ato Tesfaye Abebe" (Tesfaye, son of
                # Abebe); "Ato Tesfaye" is
                and not (
                    self.title_country
                    and words[0] in TITLE_OR_GIVEN
                    and full.split()[: len(words)] != words
                )
                and self._generations_fit(parts, full, mention)
                # "Musa Roe, the leader's father" beside "Ahmed Musa Roe": where
                # a son bears his father's name after his own, the father named as kin;
                # not "Musa Bello, the father" after "The suspect's father, Ibrahim Musa
                # Bello" (the longer name said to be that kin too)
                and not (
                    mention.descriptor in KIN_WORDS
                    and mention.descriptor not in self.full_titles[full]
                    and full.split()[1:] == words
                )
                # the son's name written short only after it: a bare "Jose Roe" before
                # "his son, Jose Roe Jr." (or "the governor's son, Jose Ivanovich Roe")
                # is the father
                and not (
                    not parts.suffix
                    and at[0] > index
                    and (
                        parse_person(full).suffix in ("jr", "ii")
                        or bool(self.full_titles[full] & _CHILD_KIN)
                    )
                )
            }
        if len(words) == 1 and _given_and_family(words[0], fits):
            # "Ali" beside "Ahmed Ali" and "Ali Qorvan": a surname alone is how news
            # names a person, a first name alone how it names a child or a friend; the
            # article's nearest bearer may be either. The corpus stage decides.
            return self._lone_key(name, mention)
        if len(words) == 1 and _given_name_of_several(
            words[0],
            {self.joined_full.get(full, full) for full, at in fits.items() if at[0] < index},
        ):
            # "Edwin" after "Edwin Roe Sr." and "Edwin Roe Jr.": the nearest is a guess.
            return self._lone_key(name, mention)
        if len(words) == 1 and len(fits) > 1 and index in self.modifiers:
            # "The X administration" beside "Jane X" and "Lena X": not said of the nearest
            # bearer; the article's other lone X (`_one_person_of_a_surname`) or the
            # corpus stage decides.
            return self._lone_key(name, mention)
        gender: Gender = ""
        if fits and len(words) < 3:
            cues = _cues(mention)
            gender = decide_gender(cues.count("female"), cues.count("male"))
            titles = (*_titles(mention), *self.title_word.get(index, "").split())
            fits = {
                full: at
                for full, at in fits.items()
                if not clash(gender, self._gender(full))
                and not titles_clash(titles, self.full_titles[full])
            }
        form = self._form(name, mention, gender)
        courtesy = mention.honorific.lower().rstrip(".")
        if gender == "female" and len(fits) > 1 and courtesy in _WIFE_RULE_TITLES:
            # Of the women of a surname, a wife and daughters ("his wife, Judith X ...
            # his daughter, Megan X"): "Mrs. X" is the wife, and "Ms. X" the daughter
            # where the article writes "Mrs. X" too ("Ms." alone may be any woman's),
            # wherever each was last named; not of a daughter-in-law, married too.
            wives = {full for full in fits if self.full_titles[full] & _MARRIED_WORDS}
            women = {full for full in fits if self._likely_gender(full) != "male"}
            married = courtesy in _MARRIED_TITLES
            if (
                len(wives) == 1
                and all("daughter" in self.full_titles[full] for full in women - wives)
                and (married or courtesy == "miss" or name in self.two_women)
            ):
                fits = {full: at for full, at in fits.items() if (full in wives) == married}
        if name in self.two_women and gender == "female":
            # "Mrs. X" and "Ms. X" are two women: not the one the other form took.
            other = self.short_forms.get((name, "female" if form != "female" else "female, ms"))
            fits.pop(other or "", None)
        if not fits:
            if len(words) == 1:
                # "President X" that no full name of the article fits: "X" keeps that
                # sense in this article ("Ms. Jane X ... X, said" is not her).
                self.apart_forms.add((name, form))
            return self._lone_key(name, mention)
        if len(words) == 1 and len(fits) > 1 and not gender:
            # News style: of two people of one family, the one the article calls by the
            # first name alone ("Grace said") is not the one it calls by the surname. Not
            # for "Mrs. X": the article calls her "Grace" and "Mrs. X" alike.
            by_surname = {full: at for full, at in fits.items() if full not in self.first_named}
            if len(by_surname) == 1:
                fits = by_surname
            # Nor, written bare, the woman the article calls with a courtesy title ("Mme
            # X" for the wife): its bare "X" is the man of the family, whom it never so
            # calls ("X's release", the husband); unless a pronoun of hers follows in
            # its sentence ("X said she ..."). Not the other way round: an article that
            # writes "Mr. X" uses his bare "X" too ("Mr. X and his wife, Jane X ... X's
            # plans").
            if index not in self.titled and not mention.honorific:
                polite = self.courtesy_genders.get(name, set())
                plain = {
                    full: at for full, at in fits.items() if self._likely_gender(full) not in polite
                }
                if (
                    polite == {"female"}
                    and len(plain) == 1
                    and not polite & self._pronouns_after(index)
                ):
                    fits = plain
            # Nor the one it introduces as a relative ("his wife, Jane X") when it has
            # called another by the surname ("Mr. X"): that one is its subject.
            kin = {full for full in fits if self.full_titles[full] & _RELATIVE_WORDS}
            if index not in self.titled and kin and self.called[name] & (fits.keys() - kin):
                fits = {full: at for full, at in fits.items() if full not in kin}

        if (name, form) in self.apart_forms or (name, form) in self.pending_forms:
            # The form keeps the sense of its first use: apart, or decided with it.
            return self._lone_key(name, mention)
        used = self.short_forms.get((name, form))
        if used in fits:
            # News style: once a short form names one bearer, the article keeps it for
            # that bearer and names another of the surname in full ("Dorbor" stays the
            # president after "first lady Esther Dorbor" is introduced).
            self._note_unsaid(index, words, gender, used)
            return ActorKey("person", used)
        before: dict[str, int] = {}
        after: dict[str, int] = {}
        for full, at in fits.items():
            pos = bisect.bisect_left(at, index)
            if pos:
                before[full] = at[pos - 1]
            if pos < len(at):
                after[full] = at[pos]
        if before:
            full = max(before, key=lambda full: before[full])
            if (
                len(words) == 1
                and index in self.titled
                and not self.full_titles[full]
                and not self._one_bearer_so_styled(words[0], self.title_word[index], full)
            ):
                # "President X" after "Jane X" named with no title: maybe her husband,
                # whom the article takes the reader to know. The corpus stage decides,
                # knowing what each bearer is (`lone_surname_pass`). Not "Dr. X" of the
                # one bearer the article wrote "Dr." in full ("Dr Jane X").
                return self._lone_key(name, mention)
        elif len(fits) > 1:
            self.apart_forms.add((name, form))
            return self._lone_key(name, mention)  # several people share the surname: no guess
        else:
            (full,) = fits
            if gender and self._gender(full) != gender:
                # "Mrs. X" before the only full name, a man's or one of unknown gender:
                # the article may name her in full only where the NER missed it.
                self.apart_forms.add((name, form))
                return self._lone_key(name, mention)
            if len(words) == 1 and (index in self.titled or mention.honorific):
                # News names a person in full first. "President X" or "Mr. X" before
                # any full name of X is someone the article takes the reader to know,
                # often not the relative it names in full later ("President X ... her
                # stepson, Tom X Jr."); the article keeps that sense for the form, and
                # the corpus stage decides who it is (`lone_surname_pass`).
                self.apart_forms.add((name, form))
                return self._lone_key(name, mention)
            if len(words) == 1 and any(
                index < at < after[full] for at in self.titled_at.get(words[0], ())
            ):
                # A headline's "X" before "President X" or "Mr. X" of the body: that
                # one's, not the full name's the article gives later.
                return self._lone_key(name, mention)
        if (gender and not self._gender(full)) or (
            not gender and len(words) == 1 and index not in self.titled and self._both(before)
        ):
            # "Mrs. X" after a full name of unknown gender, or a bare "X" after a man and a
            # woman of the surname ("Teresa X ... X said his ..."): decided once the
            # pronouns resolved to each say more (`_join_pending`), nearest candidate first.
            lone = self._lone_key(name, mention)
            self.pending_forms.add((name, form))
            if len(words) == 1 and len(before) == 1:
                self.called[name].update(before)  # the one the reader knows so far
            ranks = self.pending[lone]
            for candidate, where in before.items():
                candidate = self.joined_full.get(candidate, candidate)
                ranks[candidate] = min(ranks.get(candidate, (2, 0)), (0, index - where))
            for candidate, where in after.items():
                candidate = self.joined_full.get(candidate, candidate)
                ranks[candidate] = min(ranks.get(candidate, (2, 0)), (1, where - index))
            return lone
        full = self.joined_full.get(full, full)
        if len(words) > 1 and full != name:
            self.joined_full[name] = full  # "Roger Kessel" of "Roger J. Kessel Jr."
        # "Dr X" names the one written "Dr": the article's bare "X" may be another
        addressed = bool(style_key(self.title_word.get(index, "")))
        if len(words) < len(full.split()) and not addressed:
            self.short_forms.setdefault((name, form), full)
        if len(words) == 1 and not addressed:
            self.called[name].add(full)
        self._note_unsaid(index, words, gender, full)
        return ActorKey("person", full)

    def _one_bearer_so_styled(self, word: str, title: str, full: str) -> bool:
        """True when ``full`` is the one bearer of ``word`` the article writes with the
        form of address ``title`` ("Dr Ravi X" beside "Anil X")."""
        bearers = self.by_word.get(word, {})
        return [f for f in bearers if style_key(title) in self.full_styles.get(f, ())] == [full]

    def _only_so_called(self, mention: Mention, bearers: Collection[str]) -> str:
        """The one full name of ``bearers`` the article writes with the lone mention's
        courtesy title ("Mr."), where it writes each other one with another title or
        courtesy title ("Chief"), or "" ("Ebuka Roe ... his son, Mr. Ebuka Roe Jr. ...
        Mr. Roe died": the father is written bare, so either may be meant)."""
        said = mention.honorific.lower().rstrip(".")
        if not said:
            return ""
        called = [full for full in bearers if said in self.full_honorifics[full]]
        if len(called) != 1:
            return ""
        others = [full for full in bearers if full != called[0]]
        if not all(self.full_titles[full] or self.full_honorifics[full] for full in others):
            return ""
        return called[0]

    def _both(self, fulls: Collection[str]) -> bool:
        """True when ``fulls`` hold a man and a woman, by their cue words or else a given
        name every country's list gives one gender ("Teresa X" and "Tomas X")."""
        genders = {self._gender(f) or clear_given_name_gender(parse_person(f).given) for f in fulls}
        return {"female", "male"} <= genders

    def _note_unsaid(self, index: int, words: list[str], gender: Gender, full: str) -> None:
        """Note a lone surname joined to the article's one bearer of it with no gendered
        word on either side, for `_told_apart_by_pronouns`."""
        if (
            not gender
            and len(words) == 1
            and len(self.by_word[words[0]]) == 1
            and full.split()[-1] == words[0]
            and not self._gender(full)
        ):
            self.unsaid[full].append(index)

    def _generations_fit(self, parts: PersonName, full: str, mention: Mention) -> bool:
        """True when a partial name may be the full name as to generation: "Peter Mensah"
        is not "Peter Mensah Jr." (but is "Peter Mensah III", unless the article names
        another generation too: "Peter Mensah Jr." and "III" leave the bare name to the
        eldest), unless the article names no other generation of it and gives the bare
        name no title, descriptor or the Jr. no kin word ("Roger J. Kessel Jr. ... Roger
        Kessel"; not "Rui Roe Filho ... Rui Roe": `_DROPPED_SUFFIXES`)."""
        whole = parse_person(full)
        suffix = whole.suffix
        if not parts.suffix and suffix and self.generations[whole.base] - {"", suffix}:
            # another generation of the name in the article: the bare name is none of
            # the younger ("Roe Kessel" beside "Roe Kessel Jr." and "III": the eldest's)
            return False
        if suffixes_agree(parts.suffix, suffix, False):
            return True
        return (
            not parts.suffix
            and full.split()[-1] in _DROPPED_SUFFIXES
            and not mention.roles
            and not mention.descriptor
            and not self.full_titles[full] & KIN_WORDS
            and not {s for family, s in self.suffixed if family == parts.family} - {suffix}
        )

    def _lone_key(self, name: str, mention: Mention) -> ActorKey:
        """The key of a surname no full name in the article takes; "Mr. X" and "Ms. X"
        are two people, and so are "Mrs. X" and "Ms. X" where the article writes both."""
        if parse_person(name).given:
            return ActorKey("person", name)  # a full name no longer one takes
        cues = _cues(mention)
        form = self._form(name, mention, decide_gender(cues.count("female"), cues.count("male")))
        key = ActorKey("person", f"{name} ({form})" if form else name)
        if len(name.split()) == 1:
            self.lone_forms[name][form] = key
        if mention.honorific.lower().rstrip(".") == "mrs":
            self.written_mrs.add(key)
        return key

    def _form(self, name: str, mention: Mention, gender: Gender) -> str:
        """Which of the article's people a partial name's writing may be: its gender cue
        ("female" for "Mrs. X"), and "Ms." apart from "Mrs." in an article that writes
        both for one surname (`two_women`)."""
        if (
            gender == "female"
            and name in self.two_women
            and mention.honorific.lower().rstrip(".") == "ms"
        ):
            return "female, ms"
        return gender

    def _definition(self, label: str) -> str | None:
        """The name the article defined an acronym for ("A.C.N." of "... (ACN)")."""
        return self.defined.get(acronym_key(label)) if is_acronym(label) else None

    def _country_called(self, m: SpanMention) -> str:
        """The code of the article's one country that "the North" or "the Islamic
        Republic" stands for: a compass word that starts its name ("North Korea"; not
        "the West", the Western countries) or the words its official name puts before
        its name (`kg.gazetteer.state_title`). "" for any other mention, when two
        countries of the article fit ("South Korea" and "South Africa"), and a compass
        word after a preposition of place ("across the North": a region)."""
        codes = self.called_country.get(fold(m.mention.label), set())
        if len(codes) != 1 or m.start == 0 or self.doc is None:
            return ""
        doc = self.doc
        if doc[m.start - 1].lower_ != "the" or (
            m.mention.label.lower() in _COMPASS
            and m.start >= 2
            and doc[m.start - 2].lower_ in PLACE_PREPOSITIONS
        ):
            return ""  # "across the North", "in the South": a region
        return next(iter(codes))

    def _town_in_no_persons_name(self, m: SpanMention) -> bool:
        """True for a town the NER typed a place and the gazetteer knows ("Lyon") that is
        no given name and is the family name of no full name a given name leads: the word
        of a club's name the NER took for a person ("Halvex Lyon", "Lyon Marlospor"), not
        "Tom Lyon"'s."""
        label = m.mention.label
        if m.mention.type not in PLACE_TYPES or " " in label or not gazetteer.known_place(label):
            return False
        key = fold(label)
        return not known_given_name(label) and not any(
            full.endswith(" " + key) and known_given_name(full.split()[0])
            for full in self.full_names
        )

    def _town_said_a_place(self, m: SpanMention) -> bool:
        """True when ``m``, a town the article writes "in X" elsewhere, is said to be a
        kind of place ("Sofia is a beautiful city" beside "a hotel in Sofia" and the
        agent Sofia Roe)."""
        if self.doc is None or m.mention.label not in self.located_towns:
            return False
        last = self.doc[m.end - 1]
        return (
            last.dep_ == "nsubj"
            and last.head.lemma_ == "be"
            and any(
                c.dep_ == "attr" and c.lemma_ in _PLACE_KINDS_OF and c.text.islower()
                for c in last.head.children
            )
        )

    def _after_the(self, m: SpanMention) -> bool:
        """True when a one-word name is written after "the" ("the Commission")."""
        return (
            self.doc is not None
            and m.start > 0
            and m.end - m.start == 1
            and self.doc[m.start - 1].lower_ == "the"
        )

    def _gender(self, full: str) -> Gender:
        cues = self.full_cues[full]
        return decide_gender(cues.count("female"), cues.count("male"))

    def _speaks(self, index: int) -> bool:
        """True when mention ``index`` is the subject of a verb of saying ("Paris said
        the crowd was the best of her tour"): a person, whatever the NER typed."""
        if self.doc is None:
            return False
        last = self.doc[self.mention_ends[index] - 1]
        return last.dep_ == "nsubj" and last.head.lemma_ in _SPEECH_VERBS

    def _pronouns_after(self, index: int) -> set[Gender]:
        """The genders of the pronouns after mention ``index`` in its sentence."""
        if self.doc is None:
            return set()
        end = self.mention_ends[index]
        if end >= len(self.doc):
            return set()
        sentence = self.doc[end].sent
        return {
            _PRONOUN_GENDER[t.lower_]
            for t in self.doc[end : sentence.end]
            if t.lower_ in _PRONOUN_GENDER
        }

    def _likely_gender(self, full: str) -> Gender:
        """What the article's cues say of a full name's gender, else its given name's
        where every country's list agrees; "" for unknown."""
        return self._gender(full) or clear_given_name_gender(parse_person(full).given)

    def _qualifies_a_noun(self, m: SpanMention) -> bool:
        """True when the name of ``m`` qualifies a noun of a place's state or people
        after it (`_OF_A_PLACE_STATE`: "the Québec government"; not "the Bayern coach")."""
        if self.doc is None or m.end >= len(self.doc):
            return False
        last = self.doc[m.end - 1]
        return (
            last.dep_ in ("compound", "nmod", "amod")
            and last.head.i >= m.end
            and last.head.lemma_.lower() in _OF_A_PLACE_STATE
        )

    def _conjoined(self, m: SpanMention, key: str) -> bool:
        """True when ``m`` is written in a list with a mention of the name ``key`` ("the
        Kessel National Assembly in Marlo and the National Assembly in Halden"): a list
        names two actors."""
        if self.doc is None:
            return False
        last = self.doc[m.end - 1]
        return last.dep_ == "conj" and self.name_ending_at.get(last.head.i) == key

    def _written_before(self, key: str, m: SpanMention) -> bool:
        """True when the article writes the name ``key`` before ``m``."""
        return self.named_at.get(key, m.start) < m.start

    def _other_key(self, m: SpanMention, located: bool = False) -> ActorKey:
        mention = m.mention
        name = organisation_key(mention.label)
        defined = self._definition(mention.label)
        if defined is not None:
            return ActorKey("other", defined)
        if mention.label in self.other_names:
            old = self.other_names[mention.label]
            key = ActorKey("other", organisation_key(old))
            self.builder(key).other_names.update({old, mention.label})
            return key
        if name in self.leading:
            return ActorKey("other", self.leading[name])
        # "treated at Walter Marlo" after "Walter Marlo Medical Center": a place's
        # preposition before it, so not the company of "the American Airlines Center"
        # ("American Airlines said"), and no name of a person of the article
        facility = self.facility_starts.get(name)
        if (
            facility is not None
            and mention.type in ("ORG", "FAC")
            and self.doc is not None
            and _at_a_venue(self.doc[m.start : m.end])
            and name not in self.full_names
        ):
            return ActorKey("other", facility)
        if name in self.spelled_out:
            # the corpus joins the acronym-led name wherever an article writes it alone
            key = ActorKey("other", self.spelled_out[name])
            self.builder(key).other_names.add(mention.label)
            return key
        if is_acronym(mention.label):
            # Only a name the article gave before or in the same sentence ("the Kessel
            # Workers Party ... the KWP", "for KWP, the Kessel Workers Party,"; not "the
            # KWP" of a story whose last line lists a Kessel Workers Party congress), and
            # the one name that spells the letters ("KWP" beside the "Kessel Workers
            # Party" and the "Kessel Welfare Programme" is neither).
            spelled = (mention.type, acronym_key(mention.label))
            expansion = self.expansions.get(spelled)
            sentence_end = self.doc[m.start].sent.end if self.doc is not None else m.end
            if (
                expansion is not None
                and spelled not in self.ambiguous
                and self.named_at[expansion] < sentence_end
            ):
                return ActorKey("other", expansion)
        if name in self.headed and not (located and gazetteer.known_place(mention.label)):
            # "a Commission spokesman" after "the Commission"; "Gabès won" after "the
            # Gabès club" (sport calls a club by its town), not "the stadium in Gabès"
            return self.headed[name]
        if len(name.split()) >= 2 or (mention.type == "ORG" and self._after_the(m)):
            # "Foreign Ministry" after "the Chilean Foreign Ministry": the longer name;
            # so is "the Commission" of the article's one "X Commission" (not "Congress"
            # beside "X National Congress": a body named without "the").
            # Only the article's one longer name, written before it: "the Senate" of "the
            # nominee for the Senate" is not the "Ohio Senate" a later paragraph names,
            # nor "passed the Senate; Mr. X, who presides over the Texas Senate", nor
            # "FEC: The Commission voted" the "Ohio Ethics Commission" of the next item.
            found = self.longer.get((mention.type, name), set())
            longer = {self.spelled_out.get(k, k) for k in found}
            if not all(self._written_before(k, m) for k in found):
                longer = set()
            if any(self._conjoined(m, k) for k in found):
                longer = set()  # "the Kessel National Assembly and the National Assembly"
            # Not a place the gazetteer knows: "North Carolina" is no short form of the
            # place "Marlo North Carolina" (two names run together, or another place),
            # nor, whatever its type, a place before its government or people: "the
            # Québec government" is no short form of the outlet "Le Fil Québec" ("the
            # Duma will vote" is the "State Duma"'s, "the Bayern coach" the club's).
            if (
                len(longer) == 1
                and not (
                    (mention.type in ("GPE", "LOC") or self._qualifies_a_noun(m))
                    and gazetteer.known_place(mention.label)
                )
                and not _party_chapter(name, next(iter(longer)))
            ):
                key = ActorKey("other", next(iter(longer)))
                if len(name.split()) == 1:
                    self.headed[name] = key
                return key
        return ActorKey("other", name)


def _party_chapter(name: str, longer: str) -> bool:
    """True when ``longer`` is a party's name ``name`` after a region's ("ohio democratic
    party" of "democratic party"): the region's chapter, not the party it belongs to, which
    an article about the chapter names too ("The Democratic Party has not won Ohio since
    2006"). A country's party written with its country is that party ("Kenya African
    Union")."""
    words = name.split()
    if len(words) < 2 or words[-1] not in party_words("party"):
        return False
    prefix = longer[: -len(name)].strip()
    return (
        bool(prefix)
        and longer.endswith(" " + name)
        and gazetteer.region_country(prefix) is not None
    )


#: Nouns a place's name qualifies as a place's: its government and its people ("the
#: Québec government", "the Ohio delegation"), not a club's ("the Bayern coach").
_OF_A_PLACE_STATE = frozenset(
    "government authorities administration cabinet premier minister ministers officials"
    " legislature lawmakers delegation voters residents people economy".split()
)

#: Prepositions before a venue's name ("treated at X", "taken to X").
_VENUE_PREPOSITIONS = frozenset({"at", "in", "to", "from", "into", "inside", "outside", "near"})


#: Quotation marks that open a quotation, and those that close one (a straight one
#: does both, in turns).
_OPENING_QUOTES = frozenset({"\u201c"})
_CLOSING_QUOTES = frozenset({"\u201d"})


def _quoted(doc: Doc, i: int) -> bool:
    """True when token ``i`` stands inside a quotation, the quotation marks counted from
    the start of its paragraph (a quotation of several sentences closes in a later one:
    '"It was long. We are proud," Grace said'); the table is built once per document."""
    found = doc.user_data.get(_QUOTED)
    if found is None:
        inside: set[int] = set()
        straight = opened = 0
        for tok in doc:
            if straight % 2 == 1 or opened > 0:
                inside.add(tok.i)
            if tok.text == '"':
                straight += 1
            elif tok.text in _OPENING_QUOTES:
                opened += 1
            elif tok.text in _CLOSING_QUOTES:
                opened = max(0, opened - 1)
            if "\n\n" in tok.text_with_ws:
                straight = opened = 0  # a paragraph ends: no quotation goes on
        found = doc.user_data[_QUOTED] = frozenset(inside)
    return i in found


def _at_a_venue(span: Span) -> bool:
    """True when a name is the object of a preposition of a venue ("at X", "to X")."""
    last = span[-1]
    return last.dep_ == "pobj" and last.head.lower_ in _VENUE_PREPOSITIONS


def _called_countries(mentions: Sequence[SpanMention]) -> dict[str, set[str]]:
    """What "the <words>" may call the article's countries -> their codes: "north" for
    "North Korea", "islamic republic" for Iran (`_Grouping._country_called`)."""
    called: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if is_country_mention(m):
            words = m.mention.label.lower().split()
            if len(words) > 1 and words[0] in _COMPASS:
                called[words[0]].add(m.mention.country)
            if title := gazetteer.state_title(m.mention.country):
                called[fold(title)].add(m.mention.country)
    return called


def _facility_starts(mentions: Sequence[SpanMention]) -> dict[str, str]:
    """Two leading words or more -> the key of the article's one facility's name they
    start ("Walter Marlo Medical Center": a last word `name_head_type` makes FAC), when
    the article names the facility in full before any use of the leading words alone. A
    facility is called by its leading words ("treated at Walter Marlo"); a company is
    not told from its unit so ("Halvex Securities" beside "Halvex"), so only facilities."""
    found: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    for m in mentions:
        key = organisation_key(m.mention.label)
        first.setdefault(key, m.start)
        words = m.mention.label.split()
        if m.mention.type == "PERSON" or name_head_type(m.mention.label) != "FAC":
            continue
        # two words or more: one word may be a team named by its city ("Chicago")
        for k in range(2, len(words)):
            found[organisation_key(" ".join(words[:k]))].add(key)
    return {
        lead: key
        for lead, keys in found.items()
        if len(keys) == 1
        for key in keys
        if first[key] < first.get(lead, first[key] + 1)
    }


def _spelled_out(mentions: Sequence[SpanMention]) -> dict[str, str]:
    """Key of an organisation's name led by an acronym -> key of the article's one
    organisation's name that spells the acronym out, with the same words after it
    ("U.N. Security Council" -> "United Nations Security Council"); none where two
    names spell it ("NA Council" beside "North American Council" and "National Aviation
    Council")."""
    spelled: dict[tuple[str, str], set[str]] = defaultdict(set)
    led: dict[str, tuple[str, str]] = {}
    for m in mentions:
        words = m.mention.label.split()
        if m.mention.type not in ("ORG", "FAC") or len(words) < 2:
            continue
        key = organisation_key(m.mention.label)
        if is_acronym(words[0]):
            if not any(is_acronym(w) for w in words[1:]):
                led[key] = (acronym_key(words[0]), fold(" ".join(words[1:])))
            continue
        for k in range(2, len(words)):
            lead = words[:k]
            if all(w[:1].isupper() for w in lead):
                spelled[(initials(" ".join(lead)), fold(" ".join(words[k:])))].add(key)
    return {
        key: next(iter(spelled[form]))
        for key, form in led.items()
        if len(spelled.get(form, ())) == 1
    }


def _titled_surnames(mentions: Sequence[SpanMention]) -> set[str]:
    """Folded family names the article writes with a courtesy title ("Mr. Marlow", "Mr.
    El Amrani"): family names of its people."""
    return {
        fold(m.mention.label)
        for m in mentions
        if m.mention.type == "PERSON"
        and m.mention.honorific
        and (
            len(m.mention.label.split()) == 1  # "Hartley-Shaw" too
            or _particle_surname(fold(m.mention.label).split(), _FAMILY_NAME_LEADS)
        )
    }


def _particle_surname(words: Sequence[str], leads: Collection[str]) -> bool:
    """True for the folded words of a family name of two led by one of ``leads``
    ("van dijk" by a particle, "el amrani" by the Arabic article: `_FAMILY_NAME_LEADS`;
    not "jane roe")."""
    return len(words) == 2 and words[0] in leads


#: Words that lead a family name written with a courtesy title ("Mr. El Amrani"): the
#: particles, and the Arabic article "El"; not "Al", a given name too ("Al Roe"). Alone,
#: "El" leads names of many things ("El Al", "El Pais", "El Nino").
_FAMILY_NAME_LEADS = PARTICLES | {"el"}


def _people_typed_otherwise(mentions: Sequence[SpanMention], doc: Doc | None = None) -> set[str]:
    """Full names of people the NER typed otherwise, told by a courtesy title on their
    family name in the article ("Grace Okafor" tagged ORG beside "Ms. Okafor"), by a
    given name before the two family names of a person of the article ("Tomas Okafor
    Bello" tagged ORG beside "Ana Okafor Bello"), or by a given name before an age or
    a title in apposition ("Tomas Okafor Bello, 41, ...", "Tomas Okafor Bello, a former
    city councillor,": `kg.mentions.person_apposition`).

    Only names of two or three plain capitalised words with nothing of an organisation
    or a place: no head word ("Okafor Hospital"), legal form, acronym, country or city.
    """
    described = (
        {
            m.mention.label
            for m in mentions
            if m.mention.type != "PERSON"
            # "Jean-Baptiste": either half a known given name
            and known_given_name(m.mention.label.split()[0].split("-")[0])
            and person_apposition(doc, m.end)
        }
        if doc is not None
        else set()
    )
    titled = _titled_surnames(mentions)
    # The two family names of the article's people ("quintero lema" of "Rosa Quintero
    # Lema"): "Tomas Quintero Lema" typed ORG is her brother. Not one family name:
    # a company is often named so ("Harvey Kessling" beside "Willa Kessling").
    families = {
        " ".join(words[1:])
        for m in mentions
        if m.mention.type == "PERSON" and len(words := fold(m.mention.label).split()) == 3
    }
    found: set[str] = set()
    if not titled and not families and not described:
        return found
    for m in mentions:
        mention = m.mention
        words = mention.label.split()
        if (
            mention.type != "PERSON"
            and 2 <= len(words) <= 3
            and (
                fold(words[-1]) in titled
                or fold(" ".join(words[-2:])) in titled  # "Mr. El Amrani"
                or mention.label in described
                or (
                    len(words) == 3
                    and known_given_name(words[0])
                    and fold(" ".join(words[1:])) in families
                )
            )
            and all(w.replace("-", "").isalpha() and w[:1].isupper() for w in words)
            and not is_country_mention(m)
            and not name_head_type(mention.label)
            and not has_acronym(mention.label)
            and base_name(mention.label) == mention.label
            and not names_place(words)
        ):
            found.add(mention.label)
    return found


def _initialled_people(mentions: Sequence[SpanMention]) -> set[str]:
    """Names the NER typed otherwise that are a given name, a middle initial and a family
    name ("Ansis K. Liepins"): a person's, where the first word is a given name the name
    data know, or the article names a person by the two names or the family name alone
    ("Liepins said"). Not "Halden K. Marlo Partners" (more words), nor "Halden K. Marlo"
    where nothing says person."""
    people = {fold(m.mention.label) for m in mentions if m.mention.type == "PERSON"}
    found: set[str] = set()
    for m in mentions:
        words = m.mention.label.split()
        if (
            m.mention.type != "PERSON"
            and len(words) == 3
            and re.fullmatch(r"[A-Z]\.", words[1])
            and (
                known_given_name(words[0])
                or fold(f"{words[0]} {words[2]}") in people
                or fold(words[2]) in people
            )
        ):
            found.add(m.mention.label)
    return found


def _retype_organisations(
    doc: Doc, mentions: Sequence[SpanMention], tokens: DocTokens | None = None
) -> tuple[Sequence[SpanMention], dict[str, str], set[str]]:
    """The mentions with a one-word "person" that is an organisation typed ORG, the
    organisations of the article such names are short for, and the longer names
    retyped because the article writes them as companies'.

    An organisation: listed with organisations ("Halvex Corp and Kessler", "Aerovant and
    X", "the banks A, B and X"), written with its own "the" ("the Kesslers' new album",
    `_own_article`), naming the company of a plant, brand or network ("the Kessler
    plant", `_names_company_thing`), or the first word of one organisation's name of the article,
    named in full before ("Kessler Capital Management ... Kessler", not beside a branch
    "Kessler Norway", `_organisations_started`): the name is short for that organisation.
    So is a one-word name typed ORG after its article's one company whose name is the
    word and its trade ("Kessler Steel ... Kessler": `_trade_short_forms`).

    Only a one-word name that nothing in the article says is a person: no courtesy
    title, title or gendered word on any of its mentions, and no full name of the
    article that ends or starts with it ("Halvex and Roe" after "Jane Roe" keeps Jane
    Roe a person). Its every mention is retyped, so the article has one actor.

    A name of two or three words the article writes as a company's is one too
    (`_companies_by_cue`: "shares of X", "X's chief executive", a ticker, "X, which").

    A "person" the article gives as an organisation's other name is one too ("the Dawn
    Party, known in Arabic as Hizb al-Kessar": `_glossed_names`).

    The other way, a name an apposition gives a job is a person's
    (`_people_by_apposition`: "the strategist at Halvex, Jane Roe"), and so is a
    "place" no one knows that speaks (`_people_by_speech`: "Gbala told reporters").
    """
    org_tokens = {i for m in mentions if m.mention.type == "ORG" for i in range(m.start, m.end)}
    started = _organisations_started(mentions, _written_with_legal_form(mentions))
    person_words: set[str] = set()
    said: set[str] = set()
    for m in mentions:
        mention = m.mention
        if mention.type != "PERSON":
            continue
        words = fold(mention.label).split()
        if len(words) > 1:
            person_words.update(words)
        elif mention.honorific or mention.roles or mention.descriptor:
            said.add(words[0])
    first_seen: dict[str, int] = {}
    for m in mentions:
        first_seen.setdefault(fold(m.mention.label), m.start)
    # towns the article writes as places ("in Leeds"), which a company may be named after
    # ("Leeds Ridge Consultants"); "Leeds said" after "Leeds Motor Corp." is the company
    towns = {
        fold(m.mention.label)
        for m in mentions
        if len(m.mention.label.split()) == 1
        and (m.mention.type in ("GPE", "LOC") or _after_place_preposition(doc, m.start, m.end))
        and gazetteer.known_place(m.mention.label)
    }
    legal = _written_with_legal_form(mentions)
    listed: set[str] = set()
    short_for: dict[str, str] = {}  # name -> the organisation named in full before it
    for m in mentions:
        mention = m.mention
        name = fold(mention.label)
        if mention.type != "PERSON" or len(name.split()) != 1 or name in person_words | said:
            continue
        root = doc[m.start : m.end].root
        if root.dep_ == "compound" and root.head.text[:1].isupper() and root.head.i > root.i:
            continue  # a piece of a longer name the NER cut ("X" of "X OS Y")
        if name in legal and legal[name] < first_seen[name] and name not in towns:
            listed.add(name)  # "Halvex Corp. ... Halvex's shareholders": the company
        elif (
            name in started
            and started[name][1] < first_seen[name]
            and name not in towns
            # a town's name before a body that is not its trade's ("Leeds Port Workers'
            # Union ... visited Leeds"; "Leeds Motor Corp. ... Leeds")
            and (not gazetteer.known_place(name) or trade_name(started[name][0].split()))
        ):
            # Named in full before: "Kessler Capital Management ... Kessler"; not a town
            # a company is named after ("Leeds Ridge Consultants ... in Leeds").
            listed.add(name)
            short_for[name] = started[name][0]
        elif _listed_with(root, org_tokens) or _own_article(root) or _names_company_thing(root):
            listed.add(name)
    short_for.update(_trade_short_forms(mentions, started, first_seen, towns))
    led = _companies_led(doc, mentions, first_seen)
    short_for.update((organisation_key(name), key) for name, key in led.items())
    people = (
        _people_by_apposition(doc, mentions)
        | _people_by_speech(doc, mentions)
        | _family_names_with_a_job(doc, mentions)
        | _people_listed_with_people(doc, mentions)
        | _particle_family_names(doc, mentions)
    )
    companies = _companies_by_cue(doc, mentions) | set(led)
    if tokens is not None:
        # "the Kessar Party, known in Arabic as Hizb al-Kessar": the party's name
        companies |= {
            name
            for name in _glossed_names(mentions, tokens)
            if any(m.mention.label == name and m.mention.type == "PERSON" for m in mentions)
        }
    if not listed and not people and not companies:
        return mentions, short_for, companies
    retyped = [
        dataclasses.replace(m, mention=dataclasses.replace(m.mention, type="ORG"))
        if m.mention.type == "PERSON"
        and (fold(m.mention.label) in listed or m.mention.label in companies)
        else dataclasses.replace(m, mention=dataclasses.replace(m.mention, type="PERSON"))
        if m.mention.label in people
        else m
        for m in mentions
    ]
    return retyped, short_for, companies


def _trade_short_forms(
    mentions: Sequence[SpanMention],
    started: Mapping[str, tuple[str, int]],
    first_seen: Mapping[str, int],
    towns: Collection[str] = (),
) -> dict[str, str]:
    """One-word organisations' names -> the key of the company they are short for: the
    one organisation of the article whose name the word starts and ends with its trade
    (``trade_words.tsv``: "Halvex Computer", "Marlo Motor Company"), named in full before
    the word is first written alone ("Halvex Computer ... Halvex said").

    Not where the article names two organisations the word starts ("Halvex Computer"
    and "Halvex Records": `_organisations_started` keeps neither), a branch ("Halvex
    Norway"), nor a name that ends otherwise ("Halvex TV", a product; "Halvex Corps",
    another company).
    """
    found: dict[str, str] = {}
    for m in mentions:
        name = fold(m.mention.label)
        if (
            m.mention.type != "ORG"
            or len(name.split()) != 1
            or name not in started
            or name in towns  # "a Leeds-based firm" beside "in Leeds": the town
        ):
            continue
        key, first = started[name]
        if trade_name(key.split()) and first < first_seen[name]:
            found[name] = key
    return found


def _companies_led(
    doc: Doc, mentions: Sequence[SpanMention], first_seen: Mapping[str, int]
) -> dict[str, str]:
    """Names of two or three words the NER typed PERSON -> the key of the one company
    of the article they lead, named in full before them with one word more, a company's
    head word or any word before a legal form, or with its legal form only: "Kandy
    Ridge" after "Kandy Ridge Consultants (Pvt.) Ltd.", "Orlo Ridge" after "Orlo Ridge
    Coatings LLC" or "Orlo Ridge Inc.".

    Never a unit's or a parent's head ("Halvex Marlow" beside "Halvex Marlow Securities"
    may be the parent, and beside "Halvex Marlow Holdings" a unit), a name a given name
    leads (the founder "Anna Roe" beside "Anna Roe Consultants"), one the article gives
    a courtesy title, title or gendered word, a "he" or "she" later in its sentence
    ("Kwabena Asante said he ..."), or whose family name it writes alone as a person's
    ("Mr. Ridge", "Asante said"), or an apposition a job ("Its founder, Kandy Ridge,");
    nor where the words lead two organisations' names of the article.
    """
    titled = _titled_surnames(mentions)
    # where names start: a pronoun after another name may be that one's (the NER may
    # have typed a person otherwise: "directors: Jane Roe [ORG], and her cousin")
    people = {m.start for m in mentions}
    said = {
        fold(m.mention.label)
        for m in mentions
        if m.mention.honorific
        or m.mention.roles
        or m.mention.descriptor
        or (
            m.mention.type == "PERSON"
            and (
                _job_by_apposition(doc, m.start, m.end)
                or _he_or_she_after(doc, m.start, m.end, people)
            )
        )
    }
    # a family name the article writes alone as a person's: "Asante said" of "Kwabena
    # Asante" (not a name a company is called by)
    alone = {
        fold(m.mention.label)
        for m in mentions
        if m.mention.type == "PERSON" and len(m.mention.label.split()) == 1
    }
    leads: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    for m in mentions:
        label = base_name(m.mention.label)
        words = label.split()
        if m.mention.type != "ORG" or not 2 <= len(words) <= 4:
            continue
        key = organisation_key(m.mention.label)
        first.setdefault(key, m.start)
        if len(words) <= 3 and written_legal_form(m.mention.label):
            leads[fold(label)].add(key)  # "Calder Chemical" of "Calder Chemical Corp."
        for size in range(2, len(words)):
            lead = fold(" ".join(words[:size]))
            if (
                size == len(words) - 1
                and (name_head_type(label) == "ORG" or written_legal_form(m.mention.label))
                and not unit_head(label)
                and not parent_head(label)
            ):
                leads[lead].add(key)
            else:
                leads[lead].add("")  # led by it, but not as a company's own name
    found: dict[str, str] = {}
    for m in mentions:
        mention = m.mention
        name = fold(mention.label)
        words = name.split()
        keys = leads.get(name, set())
        if (
            mention.type != "PERSON"
            or not 2 <= len(words) <= 3
            or len(keys) != 1
            or "" in keys
            or name in said
            or words[-1] in titled | alone
            or is_given_name(words[0])
        ):
            continue
        (key,) = keys
        if first[key] < first_seen[name]:
            found[mention.label] = key
    return found


def _he_or_she_after(doc: Doc, start: int, end: int, people: Collection[int] = ()) -> bool:
    """True when the name of tokens ``[start, end)`` is its clause's subject and "he",
    "she", "his" or "her" comes after it in its sentence before any other name (tokens
    ``people`` start one): a person's name is what such a pronoun most often stands for
    there ("Kwabena Asante said he ..."; not "Kandy Ridge lists two directors: Jane Roe
    and her cousin", nor "Jane Roe set up Kandy Ridge, saying she ...")."""
    if end >= len(doc) or doc[start:end].root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for t in doc[end : doc[end].sent.end]:
        if t.i in people:
            return False
        if t.lower_ in _PRONOUN_GENDER:
            return True
    return False


def _written_with_legal_form(mentions: Sequence[SpanMention]) -> dict[str, int]:
    """One-word names the article writes with a legal form ("Halvex Corp.": "halvex"), and
    the token where it first does."""
    found: dict[str, int] = {}
    for m in mentions:
        words = base_name(m.mention.label).split()
        if m.mention.type == "ORG" and len(words) == 1 and written_legal_form(m.mention.label):
            found.setdefault(fold(words[0]), m.start)
    return found


def _organisations_started(
    mentions: Sequence[SpanMention], own: Collection[str] = ()
) -> dict[str, tuple[str, int]]:
    """Word -> the key of the one organisation's name of the article it starts, and the
    token where the article first names it; branches ("Halvex Norway": a place's name
    last) and acronym-led names left out. A word the article writes with a legal form
    (``own``: `_written_with_legal_form`) is that company's name, not short for the
    "Halvex Electronics" named too."""
    found: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    for m in mentions:
        words = base_name(m.mention.label).split()
        if (
            m.mention.type == "ORG"
            and len(words) > 1
            and not names_place(words[-1:])
            and not has_acronym(m.mention.label)
        ):
            key = organisation_key(m.mention.label)
            found[fold(words[0])].add(key)
            first.setdefault(key, m.start)
    return {
        word: (key, first[key])
        for word, keys in found.items()
        if len(keys) == 1 and word not in own
        for key in keys
    }


#: Nouns a company has and a person does not, written after the company's possessive
#: ("Halvex Marlow's shareholders", "... chief executive"); not "shares" or "stake",
#: which a person holds.
_COMPANY_HAS = frozenset({"shareholder", "subsidiary", "ceo"})
#: Nouns of a company's equity before "of"/"in" ("shares of Halvex Marlow", "a stake in
#: ..."): a person's shares are "her shares", never "shares of" her.
_EQUITY = frozenset({"share", "stock", "stake"})
#: Stock exchanges whose ticker follows a listed company's name in brackets
#: ("Halvex Marlow (NYSE: HVX)").
_EXCHANGES = frozenset({"nyse", "nasdaq", "amex", "lse", "tsx", "asx", "hkex", "euronext", "otc"})


def _companies_by_cue(doc: Doc, mentions: Sequence[SpanMention]) -> set[str]:
    """Names of two or three words the NER typed PERSON that the article writes as a
    company's (`_company_cue`: "shares of Halvex Marlow", "Halvex Marlow's chief
    executive", "Halvex Marlow (NYSE: HVX)", "Halvex Marlow, which makes tractors").

    Never a name a given name leads (the ``nicknames`` data: "Jane Roe" stays a
    person, whatever the parse says), nor one a mention of the article gives a courtesy
    title, title or gendered word, nor one whose family name the article writes with
    a courtesy title ("Mr. Marlow").
    """
    titled = _titled_surnames(mentions)
    said = {
        m.mention.label
        for m in mentions
        if m.mention.honorific or m.mention.roles or m.mention.descriptor
    }
    found: set[str] = set()
    for m in mentions:
        mention = m.mention
        words = fold(mention.label).split()
        if (
            mention.type != "PERSON"
            or not 2 <= len(words) <= 3
            or mention.label in said
            or words[-1] in titled
            or is_given_name(words[0])
        ):
            continue
        if _company_cue(doc, m.start, m.end):
            found.add(mention.label)
    return found - said


def _company_cue(doc: Doc, start: int, end: int) -> bool:
    """True when the name of tokens ``[start, end)`` is written as a company's: the
    possessor of a noun only a company has (`_COMPANY_HAS`, "chief executive"), the
    object of "of"/"in" after a noun of equity (`_EQUITY`), or followed by a stock
    exchange's ticker in brackets (`_EXCHANGES`), described by a "which" clause
    written right after it (`_which_clause`), or named by a business noun right before
    it (`_named_by_business_noun`: "the logistics firm X")."""
    root = doc[start:end].root
    head = root.head
    if start and _named_by_business_noun(doc[start - 1], start, end):
        return True
    if root.dep_ == "poss" and head.i >= end:
        if head.lemma_.lower() in _COMPANY_HAS:
            return True
        if head.lower_ == "executive" and any(c.lower_ == "chief" for c in head.children):
            return True
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("of", "in")
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() in _EQUITY
    ):
        return True
    if _exchange_at(doc, end):
        return True
    after = doc[end : end + 2]
    # ", which" right after the name: not "X of the Y Fund, which is suing", the Fund's
    return (
        len(after) == 2
        and after[0].text == ","
        and after[1].lower_ == "which"
        and _which_clause(root)
    )


def _named_by_business_noun(before: Token, start: int, end: int) -> bool:
    """True when the noun right before a name is a business's (`business_nouns`: "firm",
    "bank", "airline") and a compound of it: "the logistics firm X". Not the name in
    apposition to the noun ("the firm X said"), which is how "the company Chidi Okonkwo
    founded" is parsed too; never a name a given name leads."""
    return (
        before.pos_ == "NOUN"
        and before.lemma_.lower() in business_nouns()
        and not known_given_name(before.doc[start].text)
        and before.dep_ == "compound"
        and start <= before.head.i < end
    )


def _which_clause(root: Token) -> bool:
    """True when a "which" clause describes the name whose head token is ``root``, or
    the list it ends ("Halvex Motors and Tovan Ekpe, which gained"): a person takes
    "who". Only for a subject: the parser hangs a clause on the sentence's last name
    as often as on what it means ("The board fired Tovan Ekpe, which prompted
    protests": the firing; "a novel by Tovan Ekpe, which won": the novel)."""
    head = root.head if root.dep_ == "conj" else root
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ == "relcl"
        and any(
            g.lower_ == "which" and g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children
        )
        for c in (*head.children, *root.children)
    )


@cache
def _job_nouns() -> frozenset[str]:
    """Nouns of jobs people hold in an organisation ("strategist", "attorney":
    ``job_titles.tsv``, class member); not "owner" or "publisher", which a company is
    as often."""
    return frozenset(word for word, cls in job_titles().items() if cls == "member")


def _is_title_noun(tok: Token) -> bool:
    """True for a noun naming an office or job a person holds."""
    return tok.pos_ == "NOUN" and (bool(role_class(tok.lower_)) or tok.lemma_ in _job_nouns())


def _ends_apposition(doc: Doc, end: int) -> bool:
    """True when the name ending at token ``end`` ends its apposition: a comma, bracket
    or full stop after it, and no "and"/"or" after that comma (not "backed by the
    governor, Halvex Capital and the unions": a list)."""
    if end >= len(doc):
        return True
    if doc[end].text in (")", ".", ";"):
        return True
    return doc[end].text == "," and not (
        end + 1 < len(doc) and doc[end + 1].lower_ in ("and", "or")
    )


def _plain_name_words(words: Sequence[str]) -> bool:
    """True for two or three capitalised words of letters (or of letters joined by a
    hyphen: "Klaus-Dieter Marlo"), with family-name particles between them after a given
    name ("Ana Ibáñez de Marlo", `kg.resolve.persons.PARTICLES`): the words of a person's
    name."""
    inner = [w for w in words[1:-1] if w not in PARTICLES]
    named = [words[0], *inner, words[-1]] if len(words) > 1 else list(words)
    return (
        2 <= len(named) <= 3
        and all(p.isalpha() and p[:1].isupper() for w in named for p in w.split("-"))
        # with particles, a given name first: "Banco de Marlo" is a bank's
        and (len(named) == len(words) or known_given_name(words[0]))
    )


def _people_by_apposition(doc: Doc, mentions: Sequence[SpanMention]) -> set[str]:
    """Names the NER typed otherwise that an apposition gives a job or office: "said the
    market strategist at Halvex, Jane Roe" or "Jane Roe, an analyst". Only names of two
    or three plain capitalised words, with family-name particles between them ("Ana
    Ibáñez de Marlo", `_plain_name_words`), and nothing of an organisation or a place
    (as `_people_typed_otherwise`)."""
    return {
        m.mention.label
        for m in mentions
        if _person_typed_otherwise(m) and _job_by_apposition(doc, m.start, m.end)
    }


def _person_typed_otherwise(m: SpanMention) -> bool:
    """True for a mention the NER typed otherwise whose words may be a person's name: two
    or three plain capitalised words (particles between them: `_plain_name_words`), and
    nothing of an organisation or a place: no country, head word, acronym, legal form or
    place's name first."""
    mention = m.mention
    words = mention.label.split()
    return not (
        mention.type == "PERSON"
        or not _plain_name_words(words)
        or is_country_mention(m)
        or name_head_type(mention.label)
        or has_acronym(mention.label)
        or written_legal_form(mention.label)
        or names_place(words)
    )


def _people_listed_with_people(doc: Doc, mentions: Sequence[SpanMention]) -> set[str]:
    """Names the NER typed otherwise that are listed with people's: "the lawmakers
    include Jane Roe, Tom Kent and Ana Marlo", a team's line-up. Only in
    a list of three names or more, two of them typed PERSON ("Rosa Mendes and Walt
    Disney" may name a company), of two or three plain words led by a given name the
    name data know, and with nothing of an organisation or a place (as
    `_person_typed_otherwise`): "Jane Roe and Georgia Power" keeps the company."""
    people = {doc[m.start : m.end].root.i for m in mentions if m.mention.type == "PERSON"}
    if not people:
        return set()
    found: set[str] = set()
    for m in mentions:
        label = m.mention.label
        if (
            not _person_typed_otherwise(m)
            or not known_given_name(label.split()[0])
            or gazetteer.known_place(label)
        ):
            continue
        conjuncts = doc[m.start : m.end].root.conjuncts
        if len(conjuncts) >= 2 and sum(c.i in people for c in conjuncts) >= 2:
            found.add(label)
    return found


def _particle_family_names(doc: Doc, mentions: Sequence[SpanMention]) -> set[str]:
    """Family names led by a particle that the NER typed otherwise, where a person of the
    article bears them: "De Kessel said" (a sentence's capital) or "Van der Marlo's
    shaft" beside "Piet de Kessel", "Danie van der Marlo". Only names typed ORG that
    the gazetteer knows as no place ("Le Havre" beside "Pierre le Havre"); not "Banco de
    Marlo" (no particle first) nor "De Beers" beside no one of that name."""
    families = _family_names(mentions, 3)
    found = {
        m.mention.label
        for m in mentions
        # the NER's organisation only: "La Paz", "Del Rio" typed places are towns
        if m.mention.type == "ORG"
        and len(words := m.mention.label.split()) in (2, 3)
        and words[0].lower() in PARTICLES
        and fold(m.mention.label) in families
        and not gazetteer.known_place(m.mention.label)
    }
    if not found:
        return found
    # nor a name the article also writes as a place's ("Police in La Paz", typed GPE)
    return found - {
        m.mention.label
        for m in mentions
        if m.mention.type in PLACE_TYPES or _after_place_preposition(doc, m.start, m.end)
    }


def _family_names(mentions: Sequence[SpanMention], words: int) -> set[str]:
    """The folded family names of the article's people named with ``words`` words or
    more (`kg.resolve.persons.parse_person`: "de kessel" of "Piet de Kessel")."""
    return {
        parse_person(fold(m.mention.label)).family
        for m in mentions
        if m.mention.type == "PERSON" and len(m.mention.label.split()) >= words
    }


def _family_names_with_a_job(doc: Doc, mentions: Sequence[SpanMention]) -> set[str]:
    """One-word names the NER typed otherwise that are the family name of a person the
    article names in full and that the text gives a job only a person holds
    (`_person_job`): "Pardee is a registered lobbyist" or "Pardee, a lobbyist," beside
    "Charles Pardee" (whose firm, "Pardee Strategies LLC", the article names too); not
    "Brandtner is the world's largest producer" beside "Klaus Brandtner" and "Brandtner
    AG". Not a country or place the gazetteer knows."""
    families = _family_names(mentions, 2)
    found: set[str] = set()
    for m in mentions:
        label = m.mention.label
        if (
            m.mention.type == "PERSON"
            or m.end - m.start != 1
            or fold(label) not in families
            or is_country_mention(m)
            or gazetteer.known_place(label)
        ):
            continue
        tok = doc[m.start]
        if any(c.dep_ == "appos" and _person_job(c) for c in tok.children) or (
            tok.dep_ == "nsubj"
            and tok.head.lemma_ == "be"
            and any(c.dep_ == "attr" and _person_job(c) for c in tok.head.children)
        ):
            found.add(label)
    return found


#: Jobs of `_job_nouns` a company holds as often as a person ("the world's largest
#: producer", "sole agent for", "trustee of the fund", "a partner in the venture").
_FIRM_JOBS = frozenset(
    "producer agent trustee consultant partner associate broker trader specialist expert"
    " anchor staff major private fellow auditor accountant manager investigator inspector"
    " captain".split()
)


def _person_job(tok: Token) -> bool:
    """True for a noun of a job only a person holds ("lobbyist", "lawyer", "strategist"),
    written as "X, a lobbyist," or "X is a lobbyist"."""
    return tok.pos_ == "NOUN" and tok.lemma_ in _job_nouns() and tok.lemma_ not in _FIRM_JOBS


def _job_by_apposition(doc: Doc, start: int, end: int) -> bool:
    """True when an apposition gives the name of tokens ``[start, end)`` a job or office
    ("the strategist at Halvex, Jane Roe", "Jane Roe, an analyst")."""
    root = doc[start:end].root
    return (
        (root.dep_ == "appos" and _titled(root.head))
        # "chaired by the mayor, Ana Ibáñez de Marlo," parsed as the subject's; so is
        # a gendered person noun ("the first lady, ...", "the actress, ...")
        or (
            start >= 2
            and doc[start - 1].text == ","
            and (_is_title_noun(doc[start - 2]) or doc[start - 2].lower_ in gender_words("noun"))
            and _ends_apposition(doc, end)
        )
        or any(
            # "Jane Roe, an analyst", not "the office on Marlo Street, his campaign
            # manager, Jane Roe": that title has a name of its own
            c.dep_ == "appos"
            and _is_title_noun(c)
            and not any(g.dep_ == "appos" for g in c.children)
            for c in root.children
        )
    )


def _people_by_speech(doc: Doc, mentions: Sequence[SpanMention]) -> set[str]:
    """One-word names the NER typed as places that speak: "Gbala told reporters",
    "Gbala said". A country or a city speaks for its government ("Ghana said"), so only
    a name that is no country, city, state or region the gazetteer knows, has no head
    word of a place or organisation, and is never written after a preposition of place
    ("in Gbala") in the article."""
    located = {m.mention.label for m in mentions if _after_place_preposition(doc, m.start, m.end)}
    found: set[str] = set()
    for m in mentions:
        label = m.mention.label
        if (
            m.mention.type not in ("GPE", "LOC")
            or m.end - m.start != 1
            or not (label.isalpha() and label[:1].isupper() and not label.isupper())
            or label in located
            or is_country_mention(m)
            or name_head_type(label)
            or gazetteer.known_place(label)
        ):
            continue
        tok = doc[m.start]
        if (
            tok.dep_ == "nsubj"
            and tok.head.pos_ == "VERB"
            and request_clause_words().get(tok.head.lemma_) == "say"
        ):
            found.add(label)
    return found


def _titled(tok: Token) -> bool:
    """True for a title noun, or the object of a preposition after one ("strategist"
    or "Halvex Capital" in "the strategist for Halvex Capital, Jane Roe", where the
    parser may hang the name on either)."""
    if _is_title_noun(tok):
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and _is_title_noun(tok.head.head)


def _names_company_thing(root: Token) -> bool:
    """True when the name whose head token is ``root`` modifies a noun of a thing a
    company has (`kg.relations.lexicon.company_things`: "Kessler" in "Halvex's Kessler
    plant")."""
    return (
        root.dep_ in ("compound", "nmod")
        and root.head.pos_ == "NOUN"
        and root.head.lemma_.lower() in company_things()
    )


def _listed_with(root: Token, org_tokens: Collection[int]) -> bool:
    """True when the name whose head token is ``root`` is a conjunct of an organisation's
    name ("Halvex Corp and X", "X and Halvex Motors")."""
    return (root.dep_ == "conj" and root.head.i in org_tokens) or any(
        child.dep_ == "conj" and child.i in org_tokens for child in root.children
    )


def _own_article(root: Token) -> bool:
    """True when the name whose head token is ``root`` takes "the" itself, with no word
    describing it ("the X and Y brands", "the X's new album"): a person's name does
    not ("the younger X" has a word describing the man, "the X family" is the family's
    "the")."""
    children = list(root.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(
        c.dep_ in ("amod", "compound", "nummod") for c in children
    )


#: Prepositions that put a name where something is or happens ("in X", "near X"); not
#: "at" or "from", which name employers and sources as often ("worked at X").
PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "outside", "inside", "across", "throughout", "around", "within"}
)

#: Prepositions that name employers, senders, sources and teams as often as places
#: ("worked at X", "a letter from X", "lost to X"): a place's only where the NER took a
#: town the gazetteer knows for a person (`_town_taken_for_a_person`). Not "between X
#: and Y", said of two people as often ("the relationship between Marlo and Roe").
_SOURCE_PREPOSITIONS = frozenset({"at", "from", "to"})

#: Prepositions whose object is a place ("along the X", "across X"); not "in" ("faith in
#: X"), "near" or "around" ("aides around X"), nor "at" alone ("took aim at X").
_SITE_PREPOSITIONS = frozenset({"along", "across", "throughout"})
#: Verbs after which "at X" is where something is ("held at X", "docked at X").
_AT_PLACE_VERBS = frozenset(
    "hold detain moor dock berth anchor base station strand load unload reload build"
    " locate seize impound".split()
)


@cache
def _at_place_nouns() -> frozenset[str]:
    """Nouns after which "at X" is where they are: people who act for a body ("officials
    at X", ``agent_nouns.tsv``) and kinds of place ("the terminal at X",
    ``place_nouns.tsv``); not "aim" or "swipe" ("took aim at X")."""
    return member_nouns() | government_nouns() | frozenset(place_nouns())


#: Nouns after "<X> state" or "<X> province" that make X a place ("the X state capital",
#: "the X provincial government"); not "visit", "media", "funeral".
_OF_A_PLACE = frozenset({"capital", "government", "assembly", "legislature", "police", "border"})


def _used_as_place(token: Token) -> bool:
    """True for a one-word name written where a place goes: the object of a preposition
    of place (`_SITE_PREPOSITIONS`: "along the X"), of "at" after a verb of where a thing
    is (`_AT_PLACE_VERBS`: "detained at X"; not "took aim at X") or a noun of people or
    places (`_at_place_nouns`: "port officials at X"), the head of a phrase after
    "the" ("the X" alone; not "the X administration"), or a word written before a noun
    for a kind of place ("the X state capital", "X province")."""
    if token.dep_ == "pobj" and token.head.lower_ in _SITE_PREPOSITIONS:
        return True
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if (
        after is not None
        and token.dep_ == "compound"
        and after.lower_ in PLACE_KINDS_AFTER
        and after.text.islower()
        # "the X state capital", "X province" alone; not "the X state visit"
        and (after.dep_ != "compound" or after.head.lower_ in _OF_A_PLACE)
    ):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "at":
        head = token.head.head
        if head.pos_ == "VERB":
            return head.lemma_ in _AT_PLACE_VERBS
        return head.pos_ == "NOUN" and head.lemma_.lower() in _at_place_nouns()
    return token.i > 0 and token.doc[token.i - 1].lower_ == "the" and token.dep_ != "compound"


def _contested(mentions: Sequence[SpanMention], tokens: DocTokens) -> frozenset[int]:
    """The mentions of places written as a side of a game (`in_a_contest`), of names
    the article never writes as a town (`civic_use`); none in an article about two
    sports (`SPORTS`)."""
    doc = tokens.doc
    places = [
        (i, m)
        for i, m in enumerate(mentions)
        if m.mention.type in ("GPE", "LOC") and m.mention.kind == "name"
    ]
    sides = [(i, m) for i, m in places if in_a_contest(doc, m.start, m.end)]
    # most articles report no game: the whole article is read only where one does
    if not sides or len(SPORTS.intersection(tokens.lemma)) > 1:
        return frozenset()  # two sports: which of the city's teams is meant?
    towns = {m.mention.label for _, m in places if civic_use(doc, m.start, m.end)}
    return frozenset(i for i, m in sides if m.mention.label not in towns)


def _after_place_preposition(
    doc: Doc, start: int, end: int, tokens: DocTokens | None = None
) -> bool:
    """True when the name of tokens ``[start, end)`` is the object of a preposition of
    place ("in X", "in the X"; not "named in the X investigation"; "from", "at" and
    "to" only before a town the NER took for a person: `_SOURCE_PREPOSITIONS`), or joined to it by
    "and" or "or" written right before the name, where it or the name is a place the
    gazetteer knows ("in Lyon and X"; not "In Delhi, X, the minister", nor "faith in
    Jane Roe and X").

    Args:
        doc: The parsed document.
        start: The name's first token.
        end: One past its last token.
        tokens: The document's token table, when the caller has it.
    """
    if tokens is not None and tokens.dep[end - 1] != "conj":
        before = tokens.lower[tokens.tokens[end - 1].head.i]
        return tokens.dep[end - 1] == "pobj" and (
            before in PLACE_PREPOSITIONS
            or _of_a_place_kind(doc[end - 1])
            or (before in _SOURCE_PREPOSITIONS and _town_taken_for_a_person(doc[start:end]))
        )
    last = doc[end - 1]
    if last.dep_ != "conj":
        return last.dep_ == "pobj" and (
            last.head.lower_ in PLACE_PREPOSITIONS
            or _of_a_place_kind(last)
            or (
                last.head.lower_ in _SOURCE_PREPOSITIONS
                and _town_taken_for_a_person(doc[start:end])
            )
        )
    if start == 0 or doc[start - 1].lower_ not in ("and", "or"):
        return False  # "In Delhi, Jane Roe, the minister, said": a comma is no "and"
    seen = 0
    while last.dep_ == "conj" and last.head.i < last.i and seen < _MAX_CONJUNCTS:
        last, seen = last.head, seen + 1
    # One of the two is a place the gazetteer knows: "in Lyon and X", "in X and Gumi";
    # not "faith in Jane Roe and X" (the NER may type a person GPE: "in Messi and X")
    if last.dep_ != "pobj":
        return False
    if last.head.lower_ in _SOURCE_PREPOSITIONS:
        return _town_taken_for_a_person(doc[start:end])  # "to Rotterdam and [Hamburg]"
    return last.head.lower_ in PLACE_PREPOSITIONS and (
        gazetteer.known_place(last.text) or gazetteer.known_place(doc[start:end].text)
    )


#: Nouns for a kind of place written "the <noun> of X": X is that place ("the port city
#: of X", "the town of X"); not "part of X", "the area of X" (a topic as often), nor "the
#: capital of X", whose X the article may also write as an actor ("X asked for help").
_PLACE_KINDS_OF = frozenset(
    {
        "town",
        "city",
        "village",
        "hamlet",
        "port",
        "province",
        "region",
        "county",
        "district",
        "state",
        "municipality",
        "island",
        "prefecture",
        "oblast",
        "governorate",
        "canton",
        "township",
        "borough",
        "suburb",
    }
)


def _town_taken_for_a_person(span: Span) -> bool:
    """True for a place the gazetteer knows, whose first word is no given name, that the
    NER took for a person ("from Kessar"; not "Florence", "Adelaide"), that no
    apposition calls a person ("sent to Marlo, the committee chairman") and that is no
    word of a person's longer name in the article ("a call from Marlo" beside "Jane
    Marlo": a city's name is many a family name). A town it typed a place needs no help,
    and sport writes a team so ("lost to Halden City")."""
    return (
        span[-1].ent_type_ == "PERSON"
        and span[0].is_title
        and not known_given_name(span[0].text)
        and gazetteer.known_place(span.text)
        and gazetteer.lookup_country(span.text) is None
        and not person_apposition(span.doc, span.end)  # "sent to Marlo, the chairman"
        and span.text not in family_words(span.doc)
    )


#: `Doc.user_data` keys of tables built once per document.
_QUOTED = "kg.document.quoted"


def _of_a_place_kind(last: Token) -> bool:
    """True when a name's last token is the object of "of" after a lower-case noun for a
    kind of place ("the port city of X", "the town of X"; not "the Bank of X") or for
    the office of a town's head ("a former mayor of X", `PLACE_OFFICES`)."""
    if last.dep_ != "pobj" or last.head.lower_ != "of":
        return False
    kind = last.head.head
    return (
        kind.pos_ == "NOUN"
        and kind.text.islower()
        and (kind.lemma_ in _PLACE_KINDS_OF or kind.lemma_ in PLACE_OFFICES)
    )


#: Conjuncts walked back to the preposition ("in A, B, C and X").
_MAX_CONJUNCTS = 8


def _defined_acronyms(
    mentions: Sequence[SpanMention], doc: Doc
) -> tuple[dict[str, str], dict[str, str]]:
    """Acronyms the article defines in brackets right after a name, by their letters
    (`acronym_key`: "P.K.W." is "PKW"): "the Kessel Workers Party (PKW)" -> {"PKW":
    "kessel workers party"}, whatever the acronym's letters (a name translated from
    another word order; a country's own acronym), and whether the NER tagged it or not;
    and the other way, each such name's key -> its acronym as written.

    Only a name of two words or more that is no person's and no country, and an acronym
    alone in its brackets; an acronym defined for two names is left out, and so is one
    after a town, region or area whose first letter it does not share (the end of a
    longer name the NER cut: "the Relief Agency for Refugees in the Kessel Valley
    (RAKV)"; an airport's code, "Kessar International Airport (DKR)", stays its own)."""
    found: dict[str, set[str]] = defaultdict(set)
    written: dict[str, set[str]] = defaultdict(set)
    for name, acronym, ticker in _bracketed_acronyms(mentions, doc):
        found[acronym_key(acronym)].add(name)
        if not ticker:
            # a ticker is an alias only where the article writes it as a name ("CRVN
            # shares fell"): one written in brackets alone may be another body's
            # letters in other articles ("(NYSE: ICE)", the immigration agency's ICE)
            written[name].add(acronym)
    defined = {a: next(iter(names)) for a, names in found.items() if len(names) == 1}
    return defined, {
        name: w
        for name, forms in written.items()
        if len(forms) == 1 and defined.get(acronym_key(w := next(iter(forms)))) == name
    }


def _bracketed_acronyms(
    mentions: Sequence[SpanMention], doc: Doc
) -> Iterator[tuple[str, str, bool]]:
    """(organisation's key, acronym as written, whether it is a ticker) for each "Name
    (ACR)" of the article (see `_defined_acronyms`), and for each "Name (NYSE: TCKR)",
    its ticker."""
    countries = {m.start for m in mentions if is_country_mention(m)}
    for name in mentions:
        n, at = name.mention, name.end
        ticker = _listed_ticker(doc, at)
        if ticker and n.type in ("ORG", "PERSON") and not is_acronym(n.label):
            # "Halvex Marlow (NYSE: HVX)": the company's ticker, its name on the market
            yield organisation_key(n.label), ticker, True
            continue
        if (
            at + 2 < len(doc)
            and doc[at].text == "("
            and doc[at + 2].text == ")"
            and is_acronym(doc[at + 1].text)
            and at + 1 not in countries
            and not is_acronym(n.label)
            and len(n.label.split()) > 1
            and n.type != "PERSON"
            and not is_country_mention(name)
            and not (
                # "... for Refugees in the Kessel Valley (RAKV)": the end of a longer name;
                # an airport's code is its own ("Kessar International Airport (DKR)")
                n.type in ("GPE", "LOC")
                and acronym_key(doc[at + 1].text)[:1].lower() != organisation_key(n.label)[:1]
            )
        ):
            yield organisation_key(n.label), doc[at + 1].text, False


def _exchange_at(doc: Doc, at: int) -> bool:
    """True when "(" and a stock exchange's name and ":" start at token ``at`` ("(NYSE:
    HVX)": `_EXCHANGES`)."""
    after = doc[at : at + 3]
    return (
        len(after) == 3
        and after[0].text == "("
        and after[1].lower_ in _EXCHANGES
        and after[2].text == ":"
    )


def _listed_ticker(doc: Doc, at: int) -> str:
    """The ticker in "(NYSE: HVX)" starting at token ``at`` (`_exchange_at`), or ""."""
    after = doc[at : at + 5]
    if (
        len(after) == 5
        and _exchange_at(doc, at)
        and after[4].text == ")"
        and is_acronym(after[3].text)
    ):
        return after[3].text
    return ""


#: What an article writes between an organisation's old name and its new one ("X
#: changed its name to Y", "X was renamed Y", "X renamed itself Y"): never a bare
#: "renamed", which is as often "X renamed the unit Y".
_RENAMED_TO = re.compile(
    r",?\s*(?:which\s+)?(?:"
    r"(?:has|had|will|would|is\s+to|was\s+to)?\s*(?:change[sd]?|changing)\s+its\s+name\s+to"
    r"|(?:was|were|has\s+been|had\s+been|will\s+be|is\s+to\s+be|is\s+being|to\s+be)"
    r"\s+renamed(?:\s+(?:as|to))?"
    r"|renamed\s+itself(?:\s+as)?"
    r"|'s\s+name\s+(?:was\s+|will\s+be\s+)?changed\s+to"
    r"|'s\s+name\s+change\s+to"
    r")\s*",
    re.IGNORECASE,
)
#: "The store was renamed": a common noun for an organisation named before.
_THE_NOUN_RENAMED = re.compile(r"\b[Tt]he\s+([a-z]+)" + _RENAMED_TO.pattern + "$")
#: What comes before an old name in "the name change of (the company) X to Y".
_NAME_CHANGE_OF = re.compile(r"\bname\s+change\s+of(?:\s+\S+){0,3}\s*$", re.IGNORECASE)
#: What an article writes between a new name and the old one ("Y, formerly X", "Y
#: (formerly known as X)").
_FORMERLY = re.compile(r"\s*[,(]\s*formerly(?:\s+known\s+as|\s+called)?\s*", re.IGNORECASE)


def _renamed_organisations(mentions: Sequence[SpanMention], tokens: DocTokens) -> dict[str, str]:
    """New names of organisations the article says were renamed, with their old names:
    "Halvex Corp. changed its name to Kessler Systems", "Halvex was renamed Kessler",
    "the name change of Halvex to Kessler", "Kessler, formerly Halvex" -> {"Kessler":
    "Halvex"}; "the bank was renamed Kessler" after the one "Halvex Bank" of the article.

    Only two names of one sentence with nothing else between them, neither a person's
    nor a country's; after "formerly" the old name must end the clause ("Kessler,
    formerly Halvex's unit" names a unit). A name said to be the new name of two
    organisations is left out."""
    # Every mention pair is tested: texts are cut from the document's text (a Span
    # joins its tokens' texts) and sentences read off the token table.
    doc, sents, sent_of, span_text = tokens.doc, tokens.sents, tokens.sent_of, tokens.span_text
    found: dict[str, set[str]] = defaultdict(set)
    named = [
        m
        for m in mentions
        if m.mention.type != "PERSON" and not is_country_mention(m) and m.end > m.start
    ]
    for a, b in pairwise(named):
        if a.end > b.start or sent_of[a.start] != sent_of[b.start]:
            continue
        between = span_text(a.end, b.start)
        sent = sents[sent_of[a.start]]
        if _RENAMED_TO.fullmatch(between) or (
            between.strip().lower() == "to"
            and _NAME_CHANGE_OF.search(span_text(sent.start, a.start))
        ):
            old, new = a, b
        elif _FORMERLY.fullmatch(between) and (
            b.end >= sent.end or (doc[b.end].is_punct and doc[b.end].text != "'s")
        ):
            old, new = b, a
        else:
            continue
        if organisation_key(old.mention.label) != organisation_key(new.mention.label):
            found[new.mention.label].add(old.mention.label)
    for i, new in enumerate(named):
        # "The store was renamed Halvex Store": the noun ends the name of the one
        # organisation of the article named before with that last word.
        before_new = span_text(sents[sent_of[new.start]].start, new.start)
        # Every wording of `_RENAMED_TO` has "name" in it ("renamed", "its name"): the
        # search (a "the" at every position) is run only on a text that has it.
        said = _THE_NOUN_RENAMED.search(before_new) if "name" in before_new else None
        if said is None or not said.group(1).islower():
            continue
        before = {
            organisation_key(m.mention.label): m.mention.label
            for m in named[:i]
            if fold(m.mention.label.split()[-1]) == said.group(1)
            and organisation_key(m.mention.label) != organisation_key(new.mention.label)
        }
        if len(before) == 1:
            found[new.mention.label].add(next(iter(before.values())))
    return {
        name: min(olds)
        for name, olds in found.items()
        if len({organisation_key(o) for o in olds}) == 1
    }


#: What an article writes between an organisation's name and its name in another
#: language, or its initials, when it says in so many words that they are one name: "the
#: Kessar Party, known in Arabic as Hizb al-Kessar", "the commission, known by its
#: Indonesian initials, KPK", "(known locally as ...)". ``where`` or ``lang`` is set
#: where it says the name is the local one ("in Arabic", "locally", "by its Malay
#: name"); ``its`` where the phrase says "by its ... name / initials".
_KNOWN_AS = re.compile(
    r"\s*[,(]\s*(?:also\s+|better\s+|widely\s+)?known\s+"
    r"(?:(?P<where>locally|at\s+home|in\s+(?P<place>[A-Z][a-z]+))\s+)?"
    r"(?:as|(?P<its>by\s+its\s+(?P<lang>[A-Z][a-z]+\s+)?"
    r"(?:name|initials|acronym|abbreviation)\s*,?))"
    r"\s*(?:the)?\s*"
)
#: An apposition of an organisation's own name and its English name: "Hizb al-Kessar, the
#: Kessar Party, won 14 seats".
_GLOSSED = re.compile(r"\s*,\s*the\s*")
#: A name and its initials joined by "or": "the Kessel Armed Forces, or KAF, said" (not
#: "X, or the Y", a choice).
_OR_INITIALS = re.compile(r"\s*,\s*or\s*")
#: Words before a choice ("whether X, or Y, ...", "either X, or Y").
_CHOICE_WORDS = frozenset({"whether", "either"})
#: Words after which a name starts a list rather than an apposition ("Halvex, Marlo,
#: the Kessler Group and ..."): the first name of a gloss never follows one.
_LIST_WORDS = frozenset({",", "and", "or", "&", "nor"})
#: Lower-case words that may follow the comma after an apposition's second name: a
#: clause about the organisation ("..., which", "..., known as", "..., with 14 seats"),
#: not a list's next item ("..., three banks", "..., both based in", "..., as well as").
_AFTER_A_GLOSS = frozenset({"which", "who", "whose", "known", "formerly", "also", "with"})
#: Words that open a sentence's introductory phrase ("Like X, the Y, which ...",
#: "According to X, the Y, however, ..."): the Y after it is the subject, not X's name.
_OPENING_WORDS = frozenset({"according", "like", "unlike", "apart", "besides", "despite"})


def _glossed_names(mentions: Sequence[SpanMention], tokens: DocTokens) -> dict[str, str]:
    """An organisation's second name, by the name written before it, where the article
    gives it as the same organisation's in so many words: "the Kessar Party, known in
    Arabic as Hizb al-Kessar", "the Marlo Unity Organisation, known by its Malay
    initials, PPM", "Hizb al-Kessar, the Kessar Party, ...", "the Kessel Armed Forces, or
    KAF, ..." -> {"Hizb al-Kessar": "Kessar Party", "Kessar Party": "Hizb al-Kessar",
    "KAF": "Kessel Armed Forces", ...}: initials are always the second name ("KAF, or
    Kessel Armed Forces").

    The first name is no person's, no country's, no place the gazetteer knows or the
    article puts something in ("in Marlo, the Kessel Institute"), and no later item of a
    list ("W, X and Y, known as Z" names all three). One sentence holds both names, with
    nothing but those words between them, and the second ends its sentence or a clause,
    never in a possessive ("X, known as the Y's supplier") or a longer noun phrase ("X,
    the Y subsidiary").

    * "known ... as" / "known by its ... initials": where the first name hangs on a noun
      by a preposition ("the head of X", "a spokesman for X", "a commander in X"), only
      with "by its ..." (the phrase may name the head); "known in Z as" only with a
      language or a country for Z; a second name the NER took for a person's only where
      the phrase says it is the local name ("known in Arabic as", "known locally as",
      "by its Indonesian name") and nothing written with it says person
      (`_untold_person`).
    * An apposition ("X, the Y") only of a name in the organisation's own language and
      its English name: a head word of names in other languages leads the first, and no
      English head word or legal form ends it (`_own_language_name`: "Hizb al-Kessar");
      the second is an organisation's (typed ORG or ending in an organisation's head
      word). The first is in the main clause (not "Like X, the Y, which ...", "Backed by
      X, the Y ..."); a comma after the second starts a clause about it ("..., which",
      "..., known", a verb), never a list's next item ("..., three banks", "..., the
      Z"), and no ", and" later goes on with a list ("X, the Y, which ..., and Z").
    * "X, or Y" only of a name and initials that spell it (`_initials_of`), and never a
      choice ("whether X, or Y, filed").

    A name given to two organisations is left out.
    """
    doc, sents, sent_of, span_text = tokens.doc, tokens.sents, tokens.sent_of, tokens.span_text
    found: dict[str, set[str]] = defaultdict(set)
    ordered = sorted((m for m in mentions if m.end > m.start), key=lambda m: (m.start, m.end))
    name_ends = {m.end for m in ordered}
    for i, a in enumerate(ordered):
        if (
            a.mention.type == "PERSON"
            or is_country_mention(a)
            or (
                a.mention.type in PLACE_TYPES
                and (
                    gazetteer.known_place(a.mention.label)
                    or _after_place_preposition(doc, a.start, a.end)
                )
            )
        ):
            # "talks in Marlo, the Kessel Institute's home": a place, no organisation
            continue
        rest = [m for m in ordered[i + 1 : i + 4] if m.start >= a.end]
        second = _second_name(a, rest, span_text)
        if second is None:
            continue
        b, form, said = second
        sent = sents[sent_of[a.start]]
        if (
            is_country_mention(b)
            or sent_of[a.start] != sent_of[b.start]
            or organisation_key(a.mention.label) == organisation_key(b.mention.label)
            or not _list_free_start(
                doc, a.start, sent.start, name_ends if form == "known" else None
            )
            or not _closed_apposition(doc, b.end, sent.end, form != "known")
        ):
            continue
        if said is not None:
            if (said["place"] and not _language_or_country(said["place"])) or (
                _after_a_noun(doc, a.start, sent.start) and not said["its"]
            ):
                # "the head of X, known as Y", "a commander in X, known in Marlo as Y":
                # Y may name the head, "Marlo" a town
                continue
            if b.mention.type == "PERSON" and not (
                (said["where"] or said["lang"])
                and a.mention.type == "ORG"
                and _untold_person(b.mention)
            ):
                # "the Kessar Party, known in Arabic as Hizb al-Kessar": a name the NER took
                # for a person's, which `_retype_organisations` makes the party's
                continue
        elif form == "glossed":
            if not (
                _own_language_name(a.mention.label)
                and b.mention.type != "PERSON"
                and not is_acronym(b.mention.label)
                and (b.mention.type == "ORG" or last_head_type(b.mention.label) == "ORG")
                and _in_main_clause(doc, a.start, sent.start)
                and not _list_goes_on(doc, b.end, sent.end)
            ):
                continue
        elif not (
            b.mention.type != "PERSON"
            and _initials_of(a.mention.label, b.mention.label)
            and not any(t.lower_ in _CHOICE_WORDS for t in doc[sent.start : a.start])
        ):
            continue  # "X, or Y": a name and its initials only, never a choice
        if is_acronym(a.mention.label) and not is_acronym(b.mention.label):
            a, b = b, a  # "KAF, or Kessel Armed Forces": the initials name the other
        found[b.mention.label].add(a.mention.label)
    return {
        name: next(iter(firsts))
        for name, firsts in found.items()
        if len({organisation_key(f) for f in firsts}) == 1
    }


def _second_name(
    a: SpanMention, rest: Sequence[SpanMention], span_text: Callable[[int, int], str]
) -> tuple[SpanMention, str, re.Match[str] | None] | None:
    """The name written after ``a`` as its second name, among the next mentions ``rest``,
    with the form that gives it: "known" ("X, known in Arabic as Y", past a language the
    NER tags in between, with the phrase's match), "glossed" ("X, the Y") or "or" ("X,
    or Y"); or None."""
    if not rest:
        return None
    for b in rest:
        said = _KNOWN_AS.fullmatch(span_text(a.end, b.start))
        if said is not None:
            return b, "known", said
    between = span_text(a.end, rest[0].start)
    if _GLOSSED.fullmatch(between):
        return rest[0], "glossed", None
    if _OR_INITIALS.fullmatch(between):
        return rest[0], "or", None
    return None


def _own_language_name(label: str) -> bool:
    """True for an organisation's name in its own language: a head word that leads
    organisations' names in other languages starts it, and no English head word or legal
    form ends it ("Hizb al-Kessar", "Jabhat al-Marlo"; not "Halvex Bank", "Kessel
    International", "Marlo Sachs")."""
    return (
        not is_acronym(label)
        and name_head_type(label) == "ORG"
        and last_head_type(label) is None
        and not written_legal_form(label)
    )


def _initials_of(first: str, second: str) -> bool:
    """True when one of two names is initials whose every letter starts a word of the
    other ("KAF" and "Kessel Armed Forces", "P.D.K." and "Kessel Democratic Party"; not
    "HSBK" and "Halvex Bank", "TLF" and "Kessel Armed Forces")."""
    if is_acronym(first) == is_acronym(second):
        return False
    short, name = (first, second) if is_acronym(first) else (second, first)
    return set(acronym_key(short).lower()) <= set(initials(name, keep_short=True).lower())


def _language_or_country(word: str) -> bool:
    """True for a language's or a country's name ("Arabic", "Georgia"), the place of
    "known in ... as"; not a town's ("known in Marlo as")."""
    found = gazetteer.lookup_country(word)
    return word.lower() in language_names() or (found is not None and found.kind == "name")


def _untold_person(mention: Mention) -> bool:
    """True when nothing written with a "person" says it is one: no courtesy title,
    title or gendered word, and no given name leads it."""
    return not (
        mention.honorific
        or mention.roles
        or mention.descriptor
        or known_given_name(mention.label.split()[0])
    )


def _before_name(doc: Doc, start: int, sent_start: int) -> int:
    """The token right before the name starting at ``start``, its "the" skipped
    (``sent_start - 1`` or less where the name opens its sentence)."""
    at = start - 1
    if at >= sent_start and doc[at].lower_ == "the":
        at -= 1
    return at


def _list_free_start(
    doc: Doc, start: int, sent_start: int, name_ends: Collection[int] | None = None
) -> bool:
    """True when the name starting at token ``start`` is not a later item of a list:
    no comma or "and" right before it (or before its "the"). With ``name_ends`` (the
    token ends of the article's names), a comma counts only after a name ("W, X, known
    as Y"; not "In the outgoing chamber, the X, known as Y")."""
    at = _before_name(doc, start, sent_start)
    if at < sent_start or doc[at].lower_ not in _LIST_WORDS:
        return True
    return name_ends is not None and doc[at].text == "," and at not in name_ends


def _after_a_noun(doc: Doc, start: int, sent_start: int) -> bool:
    """True when the name starting at ``start`` hangs on a noun before it by a
    preposition ("the head of X", "a spokesman for X", "a commander in X"), so a phrase
    after it may be about that noun; not "mediated by X" (a verb's)."""
    at = _before_name(doc, start, sent_start)
    return (
        at >= sent_start
        and doc[at].pos_ == "ADP"
        and doc[at].head.pos_ in ("NOUN", "PROPN", "PRON")
    )


def _in_main_clause(doc: Doc, start: int, sent_start: int) -> bool:
    """True when the name starting at token ``start`` opens its sentence or comes after
    the sentence's finite verb ("The smaller is X, the Y"): not in an introductory
    phrase ("Like X, the Y, which ...", "Backed by X, the Y ...", "According to X, ...")."""
    if doc[sent_start].lower_ in _OPENING_WORDS:
        return False
    if start == sent_start or (start == sent_start + 1 and doc[sent_start].lower_ == "the"):
        return True
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[sent_start:start])


def _list_goes_on(doc: Doc, end: int, sent_end: int) -> bool:
    """True when a list goes on after an apposition's second name: ", and" or ", or"
    later in the sentence ("X, the Y, which funds lawyers, and Z")."""
    return any(
        doc[i].text == "," and doc[i + 1].lower_ in ("and", "or") for i in range(end, sent_end - 1)
    )


def _closed_apposition(doc: Doc, end: int, sent_end: int, apposition: bool = True) -> bool:
    """True when a second name ending at token ``end`` closes its phrase: the sentence
    ends, or a stop, bracket, colon or dash, or a comma; after an ``apposition`` ("X,
    the Y"), a comma and a clause about the organisation (`_AFTER_A_GLOSS`, or a verb:
    "..., said"), never a list's next item ("..., three banks", "..., the Bank of X"),
    where "X, known as Y, and ..." may go on."""
    if end >= sent_end:
        return True
    after = doc[end].text
    if after == "," and not apposition:
        return True
    if after == ",":
        if end + 1 >= sent_end:
            return False
        word = doc[end + 1]
        return word.is_lower and (word.lower_ in _AFTER_A_GLOSS or word.pos_ in ("VERB", "AUX"))
    return after in (".", ";", ":", ")", "\u2014", "--")


#: Words that give an organisation a nickname written right after them ("the party,
#: nicknamed the Falcons", "has earned it the nickname 'the Falcon Party'").
_NICKNAME_WORDS = frozenset({"nickname", "nicknamed", "dubbed"})
#: At most this many quotes and "the" between that word and the nickname.
_NICKNAME_GAP = 3


def _nicknames(mentions: Sequence[SpanMention], tokens: DocTokens) -> dict[str, str]:
    """Nicknames the article gives an organisation it named before, by the
    organisation's name: "the ruling party, whose emblem has earned it the nickname 'the
    Falcon Party'" -> {"Liberty Democratic Party": "Falcon Party"}, when the noun the
    nickname is given to ("party") ends the name of one organisation named before it in
    the article, and no other. The nickname is the capitalised words after the word
    that gives it, whatever the NER made of them (often a title in quotes).

    The noun is the first common noun above the nickname word in the parse: "the
    party's leader, nicknamed 'the Falcon'" gives the nickname to the leader, who is no
    organisation."""
    doc = tokens.doc
    found: dict[str, str] = {}
    for i, lower in enumerate(tokens.lower):
        if lower not in _NICKNAME_WORDS:
            continue
        tok = tokens.tokens[i]
        at = tok.i + 1
        while (
            at < len(doc)
            and at - tok.i <= _NICKNAME_GAP
            and (doc[at].is_punct or doc[at].lower_ == "the")
        ):
            at += 1
        end = at
        while end < len(doc) and doc[end].is_alpha and doc[end].is_title:
            end += 1
        noun = next((t for t in tok.ancestors if t.pos_ == "NOUN"), None)
        if end == at or noun is None:
            continue
        nickname = doc[at:end].text
        named = {
            organisation_key(m.mention.label): m.mention.label
            for m in mentions
            if m.start < tok.i
            and m.mention.type != "PERSON"
            and not is_country_mention(m)
            and organisation_key(m.mention.label) != organisation_key(nickname)
            and fold(m.mention.label.split()[-1]) == noun.lemma_.lower()
        }
        if len(named) == 1:
            found[next(iter(named.values()))] = nickname
    return found


# ---------------------------------------------------------------------------------
# Pronouns
# ---------------------------------------------------------------------------------


def _resolve_pronouns(
    tokens: DocTokens, actors: Mapping[ActorKey, LocalActor], token_keys: Mapping[int, ActorKey]
) -> tuple[dict[int, ActorKey], dict[int, tuple[ActorKey, ...]]]:
    """Each he/she/it/they/his/her/its/their -> the actor it stands for.

    The speaker of a reported clause ("X said it would ..."), else the nearest
    compatible actor before the pronoun, preferring subjects, within the same sentence
    and the `PRONOUN_WINDOW` tokens before it.
    """
    pronouns: dict[int, ActorKey] = {}
    plural: dict[int, tuple[ActorKey, ...]] = {}

    def key_of(tok: Token) -> ActorKey | None:
        found = token_keys.get(tok.i)
        return found if found is not None else pronouns.get(tok.i)

    def is_person(key: ActorKey) -> bool:
        return actors[key].tag == "PERSON"

    def gender_of(key: ActorKey) -> Gender:
        return actors[key].gender

    named: dict[ActorKey, Gender] = {}

    def likely_gender(key: ActorKey) -> Gender:
        # What the text says, else the given name's gender where every country's list
        # agrees: "she" is not "Tom Roe", of whom the text says nothing ("Andrea" may
        # be a man or a woman).
        if key not in named:
            named[key] = actors[key].gender or (
                clear_given_name_gender(parse_person(key.name).given)
                if key.kind == "person"
                else ""
            )
        return named[key]

    every, lower, pos = tokens.tokens, tokens.lower, tokens.pos
    wanted = PRONOUNS_PERSON | PRONOUNS_THING
    for sent in tokens.sents:
        for at in range(sent.start, sent.end):
            low = lower[at]
            if pos[at] != "PRON" or low not in wanted:
                continue
            tok = every[at]
            decided, speaker = _speaker(tok, key_of, plural, is_person, gender_of)
            if decided:
                if speaker is not None:
                    pronouns[tok.i] = speaker
                continue
            people = _people_subject(tok, key_of, plural, is_person) if low in _THEY else ()
            if people:
                pronouns[tok.i], plural[tok.i] = people[0], people
                continue
            window_start = max(0, sent.start - PRONOUN_WINDOW)
            # A person of the other gender by given name only is skipped where a full
            # name, or one of the pronoun's gender, is found instead ("Kate Roe ... Tom
            # Vance ... She"), else kept: a surname alone gets no gender so (a pronoun
            # is what tells it from the full name it joined, `_told_apart_by_pronouns`:
            # "Lena Roe ... Roe cheated his partner").
            best = _nearest_antecedent(
                tok, sent.start, window_start, token_keys, actors, is_person, likely_gender
            )
            gendered = _PRONOUN_GENDER.get(low, "")
            if gendered and (
                best is None
                or (likely_gender(best[2]) != gendered and not parse_person(best[2].name).given)
            ):
                best = _nearest_antecedent(
                    tok, sent.start, window_start, token_keys, actors, is_person, gender_of
                )
            if best is not None:
                pronouns[tok.i] = best[2]
                if low in ("they", "their"):
                    head = every[best[1]]
                    while head.dep_ == "conj" and head.head != head:
                        head = head.head
                    found = _actors_of(head, key_of, plural, 0)
                    group = tuple(dict.fromkeys(k for k, _ in found))
                    if len(group) > 1:
                        plural[tok.i] = group
    return pronouns, plural


#: Pronouns of several actors.
_THEY = frozenset({"they", "their"})
#: Clauses a subject is looked for up through, from a pronoun ("their" in "X and Y held
#: talks, agreeing to restart a dialogue between their ministries").
_SUBJECT_STEPS = 8


def _people_subject(
    tok: Token,
    key_of: _KeyOf,
    plural: Mapping[int, tuple[ActorKey, ...]],
    is_person: Callable[[ActorKey], bool],
) -> tuple[ActorKey, ...]:
    """The people of the nearest subject written before "they" or "their" up its clauses,
    when that subject is two people or more and nothing else ("Roe and Vance agreed to
    restart a dialogue between their ministries": Roe and Vance), when no other actor
    and no noun in the plural stands between them ("Roe and Vance condemned Ruritania
    and Halvex after they attacked", "thanked the voters, saying they", "citing reports that
    they": none); else none. "They" and "their" otherwise stand for organisations and
    countries only."""
    node = tok
    for _ in range(_SUBJECT_STEPS):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < tok.i and child != tok:
                found = _actors_of(child, key_of, plural, 0)
                keys = tuple(dict.fromkeys(k for k, _ in found))
                if len(keys) < 2 or not all(is_person(k) for k in keys):
                    return ()
                between = tok.doc[max(t.i for _, t in found) + 1 : tok.i]
                if any(
                    ((k := key_of(t)) is not None and k not in keys)
                    # "thanked the voters, saying they ...": the voters may be meant
                    or t.tag_ in ("NNS", "NNPS")
                    for t in between
                ):
                    return ()
                return keys
        if node.head == node:
            break
        node = node.head
    return ()


def _nearest_antecedent(
    tok: Token,
    sent_start: int,
    window_start: int,
    token_keys: Mapping[int, ActorKey],
    actors: Mapping[ActorKey, LocalActor],
    is_person: Callable[[ActorKey], bool],
    gender_of: Callable[[ActorKey], Gender],
) -> tuple[int, int, ActorKey] | None:
    """The actor the pronoun ``tok`` stands for, as (score, token, key): the nearest
    compatible one before it, preferring subjects and its own sentence, and an actor
    said to be of the pronoun's gender; None when none fits. ``gender_of`` gives the
    gender a candidate must not clash with."""
    low = tok.lower_
    want_person = low in PRONOUNS_PERSON
    every = tok.doc
    best: tuple[int, int, ActorKey] | None = None
    for i in range(tok.i - 1, window_start - 1, -1):
        key = token_keys.get(i)
        if key is None:
            continue
        if is_person(key) != want_person:
            continue
        if want_person and clash(_PRONOUN_GENDER.get(low, ""), gender_of(key)):
            continue
        if not want_person and actors[key].is_place:
            continue
        t = every[i]
        subject = t.dep_ in ("nsubj", "nsubjpass") or (
            t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass")
        )
        same = i >= sent_start
        # "Ms. X, the daughter of Y, ... she": an actor known to be of the
        # pronoun's gender before one of unknown gender nearer to it.
        said = bool(_PRONOUN_GENDER.get(low)) and bool(actors[key].gender)
        score = (2 if same else 0) + (1 if subject else 0) + (4 if said else 0)
        if best is None or score > best[0]:
            best = (score, i, key)
        if same and subject and (said or not _PRONOUN_GENDER.get(low)):
            break
    return best


def _speaker(
    pronoun: Token,
    key_of: _KeyOf,
    plural: Mapping[int, tuple[ActorKey, ...]],
    is_person: Callable[[ActorKey], bool],
    gender_of: Callable[[ActorKey], Gender],
) -> tuple[bool, ActorKey | None]:
    """Resolve "X said it would ..." to X.

    A pronoun subject of a clause reported by someone refers to that speaker far more
    often than to the nearest name ("his government said it had thwarted ...").

    Returns:
        ``(True, key)`` for the speaker, ``(True, None)`` when the speaker is no actor
        (the pronoun stays unresolved), ``(False, None)`` when the rule does not apply.
    """
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False, None
    clause = pronoun.head
    if clause.dep_ != "ccomp":
        return False, None
    speakers = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not speakers:
        return False, None
    speaker = speakers[0]
    key = key_of(speaker)
    if key is not None:
        wants_person = pronoun.lower_ in PRONOUNS_PERSON
        fits = is_person(key) == wants_person and not clash(
            _PRONOUN_GENDER.get(pronoun.lower_, ""), gender_of(key)
        )
        return (True, key) if fits else (False, None)
    if speaker.pos_ == "PRON":
        return False, None
    found = _actors_of(speaker, key_of, plural, 0)
    return True, (found[0][0] if found else None)


# ---------------------------------------------------------------------------------
# Syntactic arguments -> actors
# ---------------------------------------------------------------------------------


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _is_doer(tok: Token) -> bool:
    """True when ``tok`` (or the list it ends) is who acts: the subject of an active
    verb or the "by" agent of a passive one."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "csubj") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


def _modifier_of_compound(tok: Token, key_of: _KeyOf) -> list[tuple[ActorKey, Token]]:
    """The actor named before a compound modifier of ``tok``: "Peruvian state media",
    where the parser hangs "Peruvian" on "state" rather than on "media"."""
    found: list[tuple[ActorKey, Token]] = []
    for child in tok.children:
        if child.dep_ != "compound" or key_of(child) is not None:
            continue
        for grand in child.children:
            if (
                grand.dep_ in ("poss", "amod", "compound", "nmod")
                and grand.i < child.i
                and (k := key_of(grand)) is not None
            ):
                found.append((k, grand))
    return found


def _actors_of(
    tok: Token, key_of: _KeyOf, plural: Mapping[int, tuple[ActorKey, ...]], depth: int
) -> list[tuple[ActorKey, Token]]:
    """See `ActorIndex.actors_of`; also used while pronouns are being resolved."""
    if depth > 3:
        return []

    def follow(t: Token) -> list[tuple[ActorKey, Token]]:
        return _actors_of(t, key_of, plural, depth + 1)

    found: list[tuple[ActorKey, Token]] = []
    key = key_of(tok)
    if key is None and tok.lower_ in RELATIVE_PRONOUNS and tok.tag_ in ("WP", "WDT", "WP$"):
        node = tok.head
        for _ in range(3):
            if node.dep_ == "relcl":
                # "Moe, who shot X, and the Lindqvists": a name conjoined after the
                # clause is no antecedent of its pronoun.
                return [a for a in follow(node.head) if a[1].i < node.i]
            node = node.head
        return []
    if tok.i in plural:
        found.extend((k, tok) for k in plural[tok.i])
    elif key is not None:
        found.append((key, tok))
    elif tok.pos_ in ("NOUN", "PROPN"):
        for child in tok.children:
            if child.dep_ == "appos":
                found.extend(follow(child))
        if not found and tok.lemma_.lower() in event_nouns():
            # "demanded the withdrawal of the Russians": the act's agent is the target.
            for prep in tok.children:
                if prep.dep_ == "prep" and (
                    prep.lower_ in ("of", "by")
                    or (prep.lower_ == "from" and tok.lemma_.lower() in message_nouns())
                ):
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            found.extend(follow(pobj))
            for child in tok.children:
                if child.dep_ in ("poss", "amod", "compound"):
                    found.extend(follow(child))
            head = tok.head
            if not found and tok.dep_ == "dobj" and not _is_passive(head):
                # "rejected a proposal by France": the parser hangs "by" on the verb.
                for prep in head.children:
                    if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i > tok.i:
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                found.extend(follow(pobj))
        lemma = tok.lemma_.lower()
        if not found and (lemma in government_nouns() or lemma in member_nouns()):
            # "the government of Haiti", "the administration of President X", "members of
            # X", "activists from X"
            froms = ("of", "from") if lemma in member_nouns() else ("of",)
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in froms:
                    found.extend(a for o in prep.children if o.dep_ == "pobj" for a in follow(o))
        if not found and (
            lemma in agent_nouns()
            or (lemma in business_nouns() and not _is_doer(tok))
            or acts_for_modifier(tok)
        ):
            for child in tok.children:
                if child.dep_ in ("poss", "amod", "compound", "nmod"):
                    if child.i in plural:
                        found.extend((k, child) for k in plural[child.i])
                    elif (k := key_of(child)) is not None:
                        found.append((k, child))
            if not found:
                found.extend(_modifier_of_compound(tok, key_of))
        if not found:
            for child in tok.children:
                if child.dep_ == "acl" and child.lemma_ == "lead":
                    for agent in child.children:
                        if agent.dep_ == "agent":
                            for pobj in agent.children:
                                if pobj.dep_ == "pobj":
                                    found.extend(follow(pobj))
    for conj in tok.children:
        if conj.dep_ == "conj":
            found.extend(follow(conj))
    return found
