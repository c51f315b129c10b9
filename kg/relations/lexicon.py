"""The trigger lexicons and word lists of the relation rules, parsed and checked at load.

``verbs.tsv`` and ``nouns.tsv`` rows are ``lemma<TAB>targets<TAB>RELATION[<TAB>options]``
(their header comments say what each column means). A row kg cannot use (a relation
that is not in `kg.vocab`, an unknown option, a target the rule family has no slot
for, a missing column) raises `kg.errors.LexiconError` naming the file and the line,
when the lexicon is first loaded, rather than failing or being ignored later.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from kg.errors import LexiconError
from kg.groups import check_sectors
from kg.lexicon import Row, lexicon_path, parse_rows, read_text
from kg.vocab import RELATION_TYPES, RelationLabel, is_relation

#: ``verb``: rows of ``verbs.tsv``; ``noun``: rows of ``nouns.tsv``.
TriggerKind = Literal["verb", "noun"]

_WORD = re.compile(r"[a-z][a-z'-]*")
_PREPOSITION = re.compile(r"[a-z]+(?: [a-z]+)*")
#: Target slots besides prepositions: a verb's direct object, a noun's own modifier.
_SLOTS: dict[TriggerKind, str] = {"verb": "obj", "noun": "mod"}
_FLAGS: dict[TriggerKind, frozenset[str]] = {
    "verb": frozenset({"person", "place", "rev", "force", "ctrl"}),
    "noun": frozenset({"rev", "agent"}),
}
_OPTION_HELP: dict[TriggerKind, str] = {
    "verb": "person, place, rev, force, ctrl, prt=PARTICLE, noprt=PARTICLE|..., org=RELATION, "
    "org=none, act=RELATION, needs=PREP:LEMMA or needs=obj:LEMMA|LEMMA...",
    "noun": "rev, agent",
}


#: Classes of ``job_titles.tsv``: the holder leads the organisation, or works in it, or
#: works in it writing for the press (a byline's noun, `press_jobs`).
JOB_CLASSES = frozenset({"leader", "member", "press"})
#: Classes of ``place_nouns.tsv``: a kind of place ("town"), a part of a body ("unit"), a
#: kind of body an organisation's name is written on ("the Acme company"), where a body
#: sits ("the Acme headquarters in Paris").
PLACE_CLASSES = frozenset({"place", "part", "body", "seat"})
#: Classes of ``killings.tsv``: a noun for who killed ("assassin"); a verb or adjective
#: whose subject is found to have killed ("convicted of murdering X", "guilty of") or
#: said to have ("charged with killing X"); a verb or noun of killing ("the murder of");
#: a thing that kills ("the shots that killed X") and a verb that delivers it ("fired").
KILLING_CLASSES = frozenset({"agent", "proven", "alleged", "act", "means", "deliver"})
#: Classes of ``party_words.tsv``: the word of a party's candidate, a head word of a
#: party's name.
PARTY_CLASSES = frozenset({"candidate", "party"})
#: Classes of ``request_clauses.tsv``: a word of demanding, whose clause is a demand in
#: the base form or with must/should; a word of saying, whose clause is one only with
#: must/should.
REQUEST_CLASSES = frozenset({"demand", "say"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon row: a lemma, where its target is, its relation and options.

    Attributes:
        lemma: The trigger word's lemma, lower case ("sanction", "backer").
        targets: Slots tried in turn for the target: ``obj`` (a verb's direct object),
            ``mod`` (the actor a noun describes) or a preposition ("to", "out of").
        relation: The relation it gives.
        reverse: The target acts on the subject ("X angered Y": Y OPPOSE X).
        particle: A particle the verb needs ("back" in "back down").
        needs: ``(preposition or "obj", lemmas)``: the verb needs one of these words there
            ("cut ties with", "cut relations with").
        force: MOBILIZE when the thing sent is armed force, else the row's relation.
        person_target: The target must be a person ("released the hostage").
        place_target: The target must be a place ("evacuated the town").
        no_particles: Particles that make the verb another verb ("called out X" is no
            phone call).
        org_relation: The relation when the target is an organisation ("withdrew from
            NATO" is SANCTION, from a country RETREAT); "" keeps the row's relation.
        no_org: No edge to an organisation (option ``org=none``: "spoke to" an
            organisation is mostly a news outlet).
        act_relation: The relation when the object is an act rather than an actor
            ("welcomed the decision of X" is SUPPORT, "welcomed X" CONSULT), or "".
        controlled: The verb must control a verb ("ordered X to leave"), so that "told
            Reuters" or "ordered an inquiry" gives nothing.
        agent: A noun that names its actor, not an act ("ally", "critic"): only a copula,
            an apposition or "as" makes an actor its holder ("X is an ally of Y"), never
            the subject of another verb ("X attacked an ally of Y").
        line: Where the row is, for messages.
    """

    lemma: str
    targets: tuple[str, ...]
    relation: RelationLabel
    reverse: bool = False
    particle: str = ""
    needs: tuple[str, tuple[str, ...]] | None = None
    force: bool = False
    person_target: bool = False
    place_target: bool = False
    controlled: bool = False
    no_particles: tuple[str, ...] = ()
    org_relation: RelationLabel | Literal[""] = ""
    no_org: bool = False
    act_relation: RelationLabel | Literal[""] = ""
    agent: bool = False
    line: int = 0


def parse_triggers(text: str, source: str, kind: TriggerKind) -> dict[str, tuple[Trigger, ...]]:
    """Parse and check a trigger lexicon.

    Args:
        text: The file's text.
        source: The file's path, for messages.
        kind: Which rule family reads it (``verb`` or ``noun``): it decides which
            target slots and options are valid.

    Returns:
        The triggers by lemma, in file order.

    Raises:
        LexiconError: for the first row that cannot be used, naming ``source`` and line.
    """
    table: dict[str, list[Trigger]] = defaultdict(list)
    for row in parse_rows(text):
        trigger = _trigger(row, source, kind)
        table[trigger.lemma].append(trigger)
    return {lemma: tuple(rows) for lemma, rows in table.items()}


def _trigger(row: Row, source: str, kind: TriggerKind) -> Trigger:
    def fail(what: str, fix: str) -> LexiconError:
        return LexiconError(f"{source}:{row.line}: {what}", fix)

    if not 3 <= len(row.cells) <= 4:
        raise fail(
            f"expected 3 or 4 tab-separated columns, found {len(row.cells)}",
            "write lemma<TAB>target<TAB>RELATION[<TAB>options] with tabs between columns",
        )
    lemma, target, relation = row.cells[:3]
    if not _WORD.fullmatch(lemma):
        raise fail(
            f"lemma {lemma!r} is not one lower-case word",
            "write the lemma spaCy gives the trigger word (one word, lower case)",
        )
    if not is_relation(relation):
        raise fail(
            f"unknown relation {relation!r}",
            f"use one of {', '.join(RELATION_TYPES)} (see kg/vocab.py)",
        )
    targets = tuple(t.strip() for t in target.split("|"))
    for t in targets:
        if t in _SLOTS.values() and t != _SLOTS[kind]:
            raise fail(
                f"target {t!r} is not a slot of a {kind} trigger",
                f"use {_SLOTS[kind]!r} or a preposition",
            )
        if not _PREPOSITION.fullmatch(t):
            raise fail(
                f"target {t!r} is not {_SLOTS[kind]!r} or a preposition",
                f"use {_SLOTS[kind]!r} or lower-case preposition words, several joined by '|'",
            )
    flags: set[str] = set()
    particle = ""
    no_particles: tuple[str, ...] = ()
    org_relation: RelationLabel | Literal[""] = ""
    no_org = False
    act_relation: RelationLabel | Literal[""] = ""
    needs: tuple[str, tuple[str, ...]] | None = None
    options = [o.strip() for o in row.cells[3].split(",")] if len(row.cells) > 3 else []
    for opt in filter(None, options):
        name, eq, value = opt.partition("=")
        if kind == "verb" and name == "prt" and eq and _WORD.fullmatch(value):
            particle = value
        elif kind == "verb" and name == "noprt" and eq:
            no_particles = tuple(value.split("|"))
            if not all(_WORD.fullmatch(p) for p in no_particles):
                raise fail(
                    f"option {opt!r} is not noprt=PARTICLE", "write e.g. noprt=out or noprt=out|off"
                )
        elif kind == "verb" and name == "org" and value == "none":
            no_org = True
        elif kind == "verb" and name in ("org", "act") and eq:
            if not is_relation(value):
                raise fail(
                    f"option {opt!r} names no relation",
                    f"write {name}=RELATION with one of {', '.join(RELATION_TYPES)}",
                )
            if name == "org":
                org_relation = value
            else:
                act_relation = value
        elif kind == "verb" and name == "needs" and eq:
            prep, colon, words = value.partition(":")
            lemmas = tuple(words.split("|"))
            if not (
                colon and _PREPOSITION.fullmatch(prep) and all(_WORD.fullmatch(w) for w in lemmas)
            ):
                raise fail(
                    f"option {opt!r} is not needs=PREP:LEMMA",
                    "write e.g. needs=from:power or needs=obj:tie|relation",
                )
            if len(set(lemmas)) != len(lemmas):
                raise fail(f"option {opt!r} names a lemma twice", "write each lemma once")
            needs = (prep, lemmas)
        elif not eq and opt in _FLAGS[kind]:
            flags.add(opt)
        else:
            raise fail(
                f"unknown option {opt!r} for a {kind} trigger",
                f"use {_OPTION_HELP[kind]}, separated by commas",
            )
    return Trigger(
        lemma=lemma,
        targets=targets,
        relation=relation,
        reverse="rev" in flags,
        particle=particle,
        needs=needs,
        force="force" in flags,
        person_target="person" in flags,
        place_target="place" in flags,
        controlled="ctrl" in flags,
        no_particles=no_particles,
        org_relation=org_relation,
        no_org=no_org,
        act_relation=act_relation,
        agent="agent" in flags,
        line=row.line,
    )


def _load_triggers(name: str, kind: TriggerKind) -> dict[str, tuple[Trigger, ...]]:
    return parse_triggers(read_text(name), lexicon_path(name), kind)


@cache
def verb_triggers() -> dict[str, tuple[Trigger, ...]]:
    """The verb lexicon (``lexicon/verbs.tsv``) by lemma.

    Raises:
        LexiconError: when a row cannot be used.
    """
    return _load_triggers("verbs.tsv", "verb")


@cache
def noun_triggers() -> dict[str, tuple[Trigger, ...]]:
    """The noun lexicon (``lexicon/nouns.tsv``) by lemma.

    Raises:
        LexiconError: when a row cannot be used.
    """
    return _load_triggers("nouns.tsv", "noun")


def parse_word_list(text: str, source: str) -> tuple[str, ...]:
    """Words (or phrases) of a one-column lexicon file, lower case.

    Raises:
        LexiconError: for a row with more than one column.
    """
    words = []
    for row in parse_rows(text):
        if len(row.cells) != 1 or not row.cells[0]:
            raise LexiconError(
                f"{source}:{row.line}: expected one word or phrase, found {len(row.cells)} columns",
                "write one entry per line, without tabs",
            )
        words.append(row.cells[0].lower())
    return tuple(words)


def parse_word_classes(text: str, source: str, classes: frozenset[str]) -> dict[str, str]:
    """Words (or phrases) of a two-column lexicon file with the class of each, lower case.

    Args:
        text: The file's text.
        source: The file's path, for messages.
        classes: The classes a row may give.

    Raises:
        LexiconError: for a row without exactly two columns, or with an unknown class.
    """
    table: dict[str, str] = {}
    for row in parse_rows(text):
        if len(row.cells) != 2 or not row.cells[0]:
            raise LexiconError(
                f"{source}:{row.line}: expected 2 tab-separated columns, found {len(row.cells)}",
                "write word<TAB>class, one entry per line",
            )
        word, cls = row.cells
        if cls not in classes:
            raise LexiconError(
                f"{source}:{row.line}: unknown class {cls!r}",
                f"use one of {', '.join(sorted(classes))}",
            )
        table[word.lower()] = cls
    return table


def _word_list(name: str) -> tuple[str, ...]:
    return parse_word_list(read_text(name), lexicon_path(name))


@cache
def government_words() -> tuple[str, ...]:
    """Words that make an organisation named after a country part of its state
    (``government_bodies.tsv``: "ministry", "central bank")."""
    return _word_list("government_bodies.tsv")


@lru_cache(maxsize=1 << 14)  # asked of every organisation's mention in every sentence
def is_government_body(name: str) -> bool:
    """True for "Chilean Foreign Ministry", "US Navy"; False for "American Skyways"."""
    low = f" {name.lower()} "
    return any(f" {word} " in low for word in government_words())


@cache
def reaction_verbs() -> frozenset[str]:
    """Verbs whose subject reacts to or undoes an event rather than carrying it out
    (``reaction_verbs.tsv``: "condemn", "lift")."""
    return frozenset(_word_list("reaction_verbs.tsv"))


@cache
def trade_words() -> frozenset[str]:
    """Last words of a company's full name that say its trade ("Halvex Computer"), so
    that the first word alone names the company (``trade_words.tsv``)."""
    return frozenset(_word_list("trade_words.tsv"))


@cache
def company_things() -> frozenset[str]:
    """Nouns of things a company has, so that a one-word name before them names the
    company ("the Halvex plant": ``company_things.tsv``)."""
    return frozenset(_word_list("company_things.tsv"))


@cache
def _job_table() -> dict[str, str]:
    return parse_word_classes(
        read_text("job_titles.tsv"), lexicon_path("job_titles.tsv"), JOB_CLASSES
    )


@cache
def job_titles() -> dict[str, str]:
    """Job nouns that tie a person to the organisation employing them, with their class
    (``job_titles.tsv``: "attorney" member, "publisher" leader; a press job is a member's);
    office titles are in ``roles.tsv``."""
    return {word: "member" if cls == "press" else cls for word, cls in _job_table().items()}


@cache
def press_jobs() -> frozenset[str]:
    """The jobs of ``job_titles.tsv`` that write for an outlet, a byline's nouns
    ("correspondent", "columnist": "By ACME-PRESS correspondent Jane Roe")."""
    return frozenset(word for word, cls in _job_table().items() if cls == "press")


@cache
def affiliation_verbs() -> dict[str, tuple[Trigger, ...]]:
    """Verbs that tie a person to an organisation (``affiliation_verbs.tsv``: "head",
    "work for").

    Raises:
        LexiconError: when a row cannot be used.
    """
    table = _load_triggers("affiliation_verbs.tsv", "verb")
    for rows in table.values():
        for trig in rows:
            if RELATION_TYPES[trig.relation].quad != "structural":
                raise LexiconError(
                    f"{lexicon_path('affiliation_verbs.tsv')}:{trig.line}: "
                    f"{trig.relation} is not a structural relation",
                    "use LEADER_OF or MEMBER_OF",
                )
    return table


@cache
def place_nouns() -> dict[str, str]:
    """Nouns for a kind of place, a part of an organisation or a kind of organisation,
    with their class (``place_nouns.tsv``: "town" place, "subsidiary" part, "company"
    body)."""
    return parse_word_classes(
        read_text("place_nouns.tsv"), lexicon_path("place_nouns.tsv"), PLACE_CLASSES
    )


@cache
def killing_words() -> dict[str, str]:
    """Words of the killing rules with their class (``killings.tsv``: "assassin" agent,
    "convict" proven, "charge" alleged, "murder" act)."""
    return parse_word_classes(
        read_text("killings.tsv"), lexicon_path("killings.tsv"), KILLING_CLASSES
    )


@cache
def request_clause_words() -> dict[str, str]:
    """Words whose clause can be a demand to its subject, with their class
    (``request_clauses.tsv``: "demand" demand, "say" say)."""
    return parse_word_classes(
        read_text("request_clauses.tsv"), lexicon_path("request_clauses.tsv"), REQUEST_CLASSES
    )


@cache
def extra_language_names() -> tuple[str, ...]:
    """Names of languages that pycountry's ISO 639-1 list lacks, as source lines write them
    (``languages.tsv``: "mandarin", "dari")."""
    return _word_list("languages.tsv")


@cache
def party_words(cls: str) -> frozenset[str]:
    """Words of the party rules of one class (``party_words.tsv``: "candidate" candidate,
    "front" party).

    Args:
        cls: One of `PARTY_CLASSES`.
    """
    table = parse_word_classes(
        read_text("party_words.tsv"), lexicon_path("party_words.tsv"), PARTY_CLASSES
    )
    return frozenset(word for word, c in table.items() if c == cls)


@cache
def intent_words() -> frozenset[str]:
    """Verbs and adjectives of intent ("offer", "ready"): an act under them is promised,
    not done (``intent_words.tsv``)."""
    return frozenset(_word_list("intent_words.tsv"))


def check_lexicons() -> None:
    """Load every relation lexicon once, so that a bad row stops a build before parsing.

    Raises:
        LexiconError: naming the file and line of the first row that cannot be used.
    """
    verb_triggers()
    noun_triggers()
    government_words()
    company_things()
    reaction_verbs()
    job_titles()
    affiliation_verbs()
    place_nouns()
    killing_words()
    intent_words()
    extra_language_names()
    party_words("party")
    request_clause_words()
    check_sectors()
