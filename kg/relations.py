"""Typed, signed relations between resolved actors, read off the dependency parse.

Rule families (each a small named function, each with a table of example sentences
in ``tests/test_relations.py``):

* `verb_relations`: a trigger verb from ``lexicon/verbs.tsv`` with its subject and its
  object or prepositional target, through passives, conjunctions, relative clauses,
  control chains ("is seeking to oust") and gerunds ("angered X by sending ...").
* `noun_relations`: a trigger noun from ``lexicon/nouns.tsv`` ("a major backer of",
  "talks with", "US ire", "a Russian ally") with its source from a possessive or
  adjectival actor, an apposition, or the subject of the verb that governs it.
* `title_relations`: structural edges from titles, possessives and appositions
  ("Russian Deputy Foreign Minister X", "Russia's president, X", "his US counterpart X")
  and organisations named after a country ("the Russian Foreign Ministry").

`modality` reads negation, future, hypothetical, reported speech and denial off the
clause that holds the trigger.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.lexicon import event_nouns, load_tsv
from kg.mentions import ROLE_MODIFIERS, role_class
from kg.model import Evidence, Modality, Relation
from kg.resolve.document import ActorIndex
from kg.resolve.keys import ActorKey, country_key
from kg.vocab import RELATION_TYPES, RelationLabel, is_relation

SUBJECT_DEPS = ("nsubj", "csubj")
COMMUNICATION_VERBS = frozenset(
    [
        "say",
        "tell",
        "report",
        "claim",
        "allege",
        "announce",
        "state",
        "add",
        "note",
        "insist",
        "argue",
        "confirm",
        "write",
        "tweet",
        "post",
        "suggest",
        "believe",
        "think",
        "quote",
    ]
)
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute", "reject"})
#: Verbs that say the act they control did not happen ("refused to sanction").
NEGATING_VERBS = frozenset({"refuse", "decline", "fail"})
REPORT_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
HYPOTHETICAL_AUX = frozenset({"could", "would", "might", "may", "should", "can", "must"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
FUTURE_VERBS = frozenset(
    {"plan", "intend", "expect", "prepare", "schedule", "aim", "hope", "want", "wish", "set"}
)
FORCE_NOUNS = frozenset(
    [
        "troop",
        "force",
        "soldier",
        "army",
        "navy",
        "warship",
        "ship",
        "jet",
        "fighter",
        "bomber",
        "tank",
        "missile",
        "marine",
        "fleet",
        "battalion",
        "brigade",
        "division",
        "unit",
        "militia",
        "paratrooper",
    ]
)
#: Verbs that ask for what their object names ("seeks support", "wants a deal").
SEEKING_VERBS = frozenset("seek request ask want need demand beg".split())
#: Verbs that turn a withdrawal into a promise of one ("agreed to withdraw").
ANNOUNCE_VERBS = frozenset("announce pledge promise agree vow decide offer".split())
#: Things said rather than handed over: "gave a speech to X" is no aid.
SPEECH_NOUNS = frozenset(
    [
        "speech",
        "keynote",
        "interview",
        "address",
        "statement",
        "talk",
        "lecture",
        "presentation",
        "briefing",
        "testimony",
        "account",
        "warning",
        "message",
        "answer",
        "reply",
        "update",
    ]
)
#: Verbs whose object, not subject, does the controlled act ("urged Russia to leave").
OBJECT_CONTROL = frozenset(
    [
        "ask",
        "urge",
        "tell",
        "order",
        "persuade",
        "force",
        "allow",
        "encourage",
        "invite",
        "call",
        "press",
        "push",
        "pressure",
        "instruct",
        "direct",
        "request",
        "require",
        "warn",
        "advise",
        "permit",
        "enable",
        "help",
        "lead",
        "get",
    ]
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon row: a lemma, where its target is, its relation and options."""

    lemma: str
    targets: tuple[str, ...]
    relation: RelationLabel
    reverse: bool = False
    particle: str = ""
    needs: tuple[str, str] | None = None
    force: bool = False
    person_target: bool = False


def _parse_rows(rows: tuple[tuple[str, ...], ...]) -> dict[str, list[Trigger]]:
    table: dict[str, list[Trigger]] = defaultdict(list)
    for row in rows:
        lemma, target, relation = row[0], row[1], row[2]
        if not is_relation(relation):
            raise ValueError(f"unknown relation {relation!r} for {lemma!r}")
        options = [o.strip() for o in row[3].split(",")] if len(row) > 3 else []
        needs = None
        particle = ""
        for opt in options:
            if opt.startswith("needs="):
                prep, _, word = opt[len("needs=") :].partition(":")
                needs = (prep, word)
            elif opt.startswith("prt="):
                particle = opt[len("prt=") :]
        table[lemma].append(
            Trigger(
                lemma=lemma,
                targets=tuple(t.strip() for t in target.split("|")),
                relation=relation,
                reverse="rev" in options,
                particle=particle,
                needs=needs,
                force="force" in options,
                person_target="person" in options,
            )
        )
    return dict(table)


@cache
def verb_triggers() -> dict[str, list[Trigger]]:
    """The verb lexicon (``lexicon/verbs.tsv``) by lemma."""
    return _parse_rows(load_tsv("verbs.tsv"))


@cache
def noun_triggers() -> dict[str, list[Trigger]]:
    """The noun lexicon (``lexicon/nouns.tsv``) by lemma."""
    return _parse_rows(load_tsv("nouns.tsv"))


@cache
def _government_words() -> tuple[str, ...]:
    return tuple(row[0] for row in load_tsv("government_bodies.tsv"))


def _is_government_body(name: str) -> bool:
    low = f" {name.lower()} "
    return any(f" {word} " in low for word in _government_words())


# ---------------------------------------------------------------------------------
# Syntax helpers
# ---------------------------------------------------------------------------------


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def subjects(verb: Token, surface: bool = False) -> list[Token]:
    """Subject tokens of a verb, inherited through control, conjunction and gerunds.

    Passives give their agent ("was backed by Russia"); a verb with no subject of its
    own takes the subject of the verb it depends on ("Russia is seeking to oust X",
    "Russia deployed and sold", "angered X by sending").
    """
    out: list[Token] = []
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            out.append(child)
        elif child.dep_ == "agent":
            out.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "nsubjpass" and (surface or not passive):
            out.append(child)
    if out:
        return out
    head = verb.head
    object_control = head.lemma_ in OBJECT_CONTROL and any(c.dep_ == "dobj" for c in head.children)
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and not object_control:
        # "China is expected to attack": the raised subject of a passive head acts.
        return subjects(head, surface=True)
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return subjects(head, surface)
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VB") and head.pos_ in ("VERB", "AUX"):
        return subjects(head, surface)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return subjects(head.head, surface)
    if verb.dep_ == "relcl" and verb.tag_ == "VBG":
        return [head]
    return []


def objects(verb: Token) -> list[Token]:
    """Direct objects of a verb (datives too); the subject of a passive is its object."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    if not out:
        # "Egypt hosted and praised Jordan": the object sits on the last conjunct.
        for conj in verb.children:
            if conj.dep_ == "conj" and conj.pos_ == "VERB":
                if not any(c.dep_ in SUBJECT_DEPS for c in conj.children):
                    out = [c for c in conj.children if c.dep_ == "dobj"]
                break
    if not out:
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive and verb.dep_ == "relcl":
            out.append(verb.head)
        if verb.dep_ in ("xcomp", "conj") and passive:
            out.extend(c for c in verb.head.children if c.dep_ == "nsubjpass")
    if not out and verb.dep_ == "relcl":
        # "Assad, whom the rebels are seeking to oust": the pronoun is an object
        # somewhere down the chain, and its antecedent is the head of the clause.
        for tok in verb.subtree:
            if tok.lower_ in ("whom", "which", "that") and tok.dep_ == "dobj":
                out.append(verb.head)
                break
    if not out and verb.dep_ == "xcomp" and verb.head.dep_ == "relcl":
        for tok in verb.head.children:
            if tok.lower_ in ("whom", "which", "that") and tok.dep_ == "dobj":
                out.append(verb.head.head)
    return out


def prep_objects(head: Token, prep: str) -> list[Token]:
    """Objects of preposition ``prep`` ("out of" too) under ``head`` or its direct object."""
    words = prep.split()
    out: list[Token] = []
    carriers = [head, *(c for c in head.children if c.dep_ in ("dobj", "prt"))]
    for carrier in carriers:
        for child in carrier.children:
            if child.dep_ not in ("prep", "agent", "dative", "prt") or child.lower_ != words[0]:
                continue
            node = child
            for word in words[1:]:
                nxt = [c for c in node.children if c.lower_ == word and c.dep_ in ("prep", "pcomp")]
                if not nxt:
                    node = None  # type: ignore[assignment]
                    break
                node = nxt[0]
            if node is not None:
                out.extend(c for c in node.children if c.dep_ == "pobj")
    return out


def _has_prep_object(verb: Token, prep: str, lemma: str) -> bool:
    """True when ``verb`` has ``prep`` + ``lemma`` ("from power"), or ``obj`` + ``lemma``
    as its direct object ("cut ties")."""
    if prep == "obj":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == lemma for c in verb.children)
    return any(t.lemma_.lower() == lemma for t in prep_objects(verb, prep))


def _clause_modality(verb: Token) -> Modality:
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    aux = {c.lower_ for c in children if c.dep_ == "aux"}
    if aux & HYPOTHETICAL_AUX or any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children
    ):
        return "hypothetical"
    if aux & FUTURE_AUX:
        return "future"
    return "asserted"


def _clause_top(verb: Token) -> Token:
    """The first verb of a chain of conjoined verbs (where "said ..." attaches)."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb


def modality(
    trigger: Token, source: Token | None, same_actor: Callable[[Token, Token], bool] | None = None
) -> Modality:
    """Return the modality of an event read off the clause holding ``trigger``.

    ``negated`` ("did not meet"), ``denied`` (a clause under "deny"), ``hypothetical``
    ("could use force", "if"), ``future`` ("will meet", "plans to visit"),
    ``reported`` (inside what someone else says, or "is believed to"), else
    ``asserted``. Reported speech is only "reported" when the speaker is not the
    actor: "Russia said it would ..." is Russia's own statement.

    Args:
        trigger: The verb or noun that triggered the event.
        source: The token naming the event's actor, if any.
        same_actor: Tells whether two tokens name the same actor (a pronoun and its
            antecedent); defaults to token identity.
    """
    same = same_actor or (lambda a, b: a.i == b.i)
    result: Modality = "asserted"
    node = trigger
    # The trigger and the verbs that control it ("could use force to oust").
    for _ in range(6):
        local = _clause_modality(node)
        if local == "negated":
            return "negated"
        if result == "asserted":
            result = local
        if node is not trigger and node.lemma_ in FUTURE_VERBS and result == "asserted":
            result = "future"
        if node is not trigger and node.lemma_ in NEGATING_VERBS:
            return "negated"
        if node is not trigger and node.lemma_ in DENIAL_VERBS:
            return "denied"
        if any(c.lower_ in REPORT_ADVERBS for c in node.children) or any(
            c.dep_ == "prep" and c.lower_ == "according" for c in node.children
        ):
            result = "reported" if result == "asserted" else result
        finite_conj = node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ", "VBP")
        if finite_conj:
            # "would not accept X and urged Y": a finite verb carries its own modality.
            node = _clause_top(node)
            break
        if (
            node.dep_ in ("xcomp", "conj", "pcomp", "prep", "pobj", "dobj", "attr")
            and node.head != node
        ):
            node = node.head
            continue
        break
    for child in node.children:
        if child.dep_ == "parataxis" and child.lemma_ in COMMUNICATION_VERBS:
            return "reported" if result == "asserted" else result
    if node is not trigger and node.tag_ == "VBN" and node.lemma_ in COMMUNICATION_VERBS:
        return "reported" if result == "asserted" else result
    if node.dep_ == "ccomp" or (node.dep_ == "relcl" and node.head.lemma_ in DENIAL_VERBS):
        head = node.head
        if head.lemma_ in DENIAL_VERBS:
            return "denied"
        if head.lemma_ in COMMUNICATION_VERBS:
            speakers = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            passive = any(c.dep_ == "auxpass" for c in head.children)
            if passive or source is None or not any(same(sp, source) for sp in speakers):
                return "reported" if result == "asserted" else result
    # "Russian mercenaries are believed to be operating": a passive report verb.
    anc = trigger.head
    if (
        anc is not trigger
        and anc.lemma_ in COMMUNICATION_VERBS
        and any(c.dep_ == "auxpass" for c in anc.children)
    ):
        return "reported" if result == "asserted" else result
    return result


def _sentence_bounds(sent: Span) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return start, end


def _predicate(tokens: list[Token]) -> str:
    return " ".join(t.text for t in sorted(set(tokens), key=lambda t: t.i))


# ---------------------------------------------------------------------------------
# Rule families
# ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImpliedRole:
    """A rule read a title off the text ("Russia's president, X"): X holds it."""

    actor: ActorKey
    role: str


@dataclass(frozen=True, slots=True)
class ImpliedCountry:
    """A rule named a country that no name mention named ("Russian minister X")."""

    country: ActorKey


Fact = ImpliedRole | ImpliedCountry


@dataclass(frozen=True, slots=True)
class Candidate:
    """A relation found by a rule, before it becomes a `Relation` with evidence.

    ``implied`` holds what the rule learnt about the actors on the way; rules never
    change resolution state, `kg.extract` applies these facts after every rule ran.
    """

    source: ActorKey
    target: ActorKey
    relation: RelationLabel
    source_tok: Token
    target_tok: Token
    predicate: str
    modality: Modality
    implied: tuple[Fact, ...] = ()


def _targets_for(verb: Token, trig: Trigger, index: ActorIndex) -> list[tuple[ActorKey, Token]]:
    """Actors in the first target slot of ``trig`` that holds any ("supplied drones to X")."""
    for target in trig.targets:
        found = objects(verb) if target == "obj" else prep_objects(verb, target)
        actors = [a for t in found for a in index.actors_of(t)]
        if actors:
            return actors
    return []


def _verb_predicate(verb: Token, extra: list[Token]) -> str:
    words = [verb, *extra]
    words += [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt")]
    node = verb
    while node.dep_ == "xcomp" and node.head != node:
        node = node.head
        words.append(node)
        words += [c for c in node.children if c.dep_ in ("aux", "neg")]
    return _predicate(words)


def _threat_of(relation: RelationLabel, verb: Token) -> RelationLabel:
    """PLOVER: "threatened to strike X" is a THREATEN event, not the strike itself."""
    if RELATION_TYPES[relation].quad != "material_conflict":
        return relation
    node = verb
    while node.dep_ in ("xcomp", "conj") and node.head != node:
        node = node.head
        if node.lemma_ in ("threaten", "warn", "vow"):
            return "THREATEN"
    return relation


def _retreat_or_concede(relation: RelationLabel, verb: Token, mod: Modality) -> RelationLabel:
    """PLOVER: a withdrawal carried out is RETREAT; one announced or promised is CONCEDE."""
    if relation != "RETREAT":
        return relation
    announced = mod in ("future", "hypothetical") or any(
        node.lemma_ in ANNOUNCE_VERBS for node in verb.ancestors
    )
    return "CONCEDE" if announced else "RETREAT"


def verb_relations(sent: Span, index: ActorIndex) -> list[Candidate]:
    """Relations triggered by a verb of the lexicon between its subject and target."""
    out: list[Candidate] = []
    table = verb_triggers()
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in ("ROOT", "conj", "xcomp"):
            continue
        for trig in table.get(verb.lemma_.lower(), []):
            if trig.particle and not any(
                c.dep_ == "prt" and c.lower_ == trig.particle for c in verb.children
            ):
                continue
            if trig.needs and not _has_prep_object(verb, *trig.needs):
                continue
            if trig.relation == "CONSULT" and any(
                c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in verb.children
            ):
                continue  # "called it the hottest thing": naming, not a call
            subj_actors = [a for s in subjects(verb) for a in index.actors_of(s)]
            obj_actors = _targets_for(verb, trig, index)
            if trig.person_target:
                obj_actors = [a for a in obj_actors if index.is_person(a[0])]
            if not subj_actors or not obj_actors:
                continue
            relation = trig.relation
            things = [c for c in verb.children if c.dep_ == "dobj"]
            if trig.relation in ("AID", "COOPERATE") and any(
                t.lemma_.lower() in SPEECH_NOUNS for t in things
            ):
                continue  # "gave a keynote to the conference" hands over nothing
            if trig.force and any(t.lemma_.lower() in FORCE_NOUNS for t in things):
                relation = "MOBILIZE"
            preps = [
                c
                for c in verb.children
                if c.dep_ in ("prep", "prt") and c.lower_ in " ".join(trig.targets).split()
            ]
            predicate = _verb_predicate(verb, preps)
            for s_key, s_tok in subj_actors:
                mod = modality(verb, s_tok, index.same_actor)
                relation = _retreat_or_concede(relation, verb, mod)
                relation = _threat_of(relation, verb)
                for o_key, o_tok in obj_actors:
                    src, tgt, st, tt = s_key, o_key, s_tok, o_tok
                    if trig.reverse:
                        src, tgt, st, tt = o_key, s_key, o_tok, s_tok
                    out.append(Candidate(src, tgt, relation, st, tt, predicate, mod))
            break
    return out


@cache
def _reaction_verbs() -> frozenset[str]:
    return frozenset(row[0] for row in load_tsv("reaction_verbs.tsv"))


def _governing_subjects(
    noun: Token, index: ActorIndex
) -> tuple[list[tuple[ActorKey, Token]], Token]:
    """Actors that hold a trigger noun: copula subject, apposition head, or verb subject.

    A verb that reacts to or undoes the event ("condemned the killing of", "lifted
    sanctions on") gives no holder, and neither does a verb reached through another event
    noun ("called for an investigation into the killing of"): its subject did not act.
    """
    node = noun
    for _ in range(4):
        if node.dep_ == "appos":
            return index.actors_of(node.head), noun
        if node.dep_ in ("attr", "dobj", "pobj", "nsubj", "nsubjpass", "conj", "prep", "oprd"):
            head = node.head
            if head.pos_ in ("VERB", "AUX"):
                if head.lemma_.lower() in _reaction_verbs():
                    return [], head
                subj = [a for s in subjects(head, surface=True) for a in index.actors_of(s)]
                return subj, head
            if head is not noun and head.pos_ == "NOUN" and _is_event_noun(head):
                return [], noun
            node = head
            continue
        break
    return [], noun


def _is_event_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in noun_triggers() or lemma in event_nouns()


def noun_relations(sent: Span, index: ActorIndex) -> list[Candidate]:
    """Relations triggered by a noun of the lexicon ("backer of", "talks with", "US ire")."""
    out: list[Candidate] = []
    table = noun_triggers()
    for noun in sent:
        if index.key(noun) is not None:
            continue
        if noun.pos_ not in ("NOUN", "ADJ", "PROPN") and noun.dep_ not in ("dobj", "pobj", "attr"):
            continue
        for trig in table.get(noun.lemma_.lower(), []):
            modifiers = [
                a
                for c in noun.children
                if c.dep_ in ("poss", "amod", "compound", "nmod")
                for a in index.actors_of(c)
            ]
            if not modifiers and noun.dep_ == "dobj":
                # "drew US ire": the parser may make the modifier a sibling object.
                modifiers = [
                    a
                    for c in noun.head.children
                    if c.dep_ == "dobj" and c.i == noun.i - 1
                    for a in index.actors_of(c)
                ]
            holders, governor = _governing_subjects(noun, index)
            if governor.lemma_.lower() in _reaction_verbs():
                # "Canada ended its boycott of X": an act its subject undoes is not its act.
                reactors = {
                    k for s in subjects(governor, surface=True) for k, _ in index.actors_of(s)
                }
                modifiers = [m for m in modifiers if m[0] not in reactors]
            prep_targets: list[tuple[ActorKey, Token]] = []
            prep_tok: list[Token] = []
            for target in trig.targets:
                if target == "mod":
                    continue
                objs = prep_objects(noun, target)
                if not objs and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
                    # "struck a deal with X": the parser hangs the phrase on the verb.
                    objs = [
                        o
                        for c in noun.head.children
                        if c.dep_ == "prep" and c.lower_ == target.split()[0] and c.i > noun.i
                        for o in c.children
                        if o.dep_ == "pobj"
                    ]
                if objs:
                    prep_targets = [a for o in objs for a in index.actors_of(o)]
                    prep_tok = [c for c in noun.children if c.dep_ == "prep"][:1]
                    if target == "between" and len(prep_targets) >= 2:
                        holders, prep_targets = prep_targets[:1], prep_targets[1:]
                    break
            if governor.lemma_ in SEEKING_VERBS and trig.relation != "REQUEST":
                continue  # "Kyiv seeks support for": asked for, not given
            if prep_targets:
                sources = modifiers or holders
                if modifiers:
                    governor = noun
                pairs = [(s, t) for s in sources for t in prep_targets]
            elif "mod" in trig.targets and modifiers:
                pairs = [(m, h) for m in modifiers for h in holders]
            else:
                continue
            words = [noun, *prep_tok]
            if governor is not noun:
                words.append(governor)
                words += [c for c in governor.children if c.dep_ in ("aux", "neg", "auxpass")]
            words += [
                c
                for c in noun.children
                if c.dep_ in ("amod", "compound") and index.key(c) is None and c.i < noun.i
            ]
            predicate = _predicate(words)
            anchor = governor if governor is not noun else noun
            for (s_key, s_tok), (t_key, t_tok) in pairs:
                src, tgt, st, tt = s_key, t_key, s_tok, t_tok
                if trig.reverse:
                    src, tgt, st, tt = t_key, s_key, t_tok, s_tok
                out.append(
                    Candidate(
                        src,
                        tgt,
                        trig.relation,
                        st,
                        tt,
                        predicate,
                        modality(anchor, s_tok, index.same_actor),
                    )
                )
            break
    return out


def _structural(role: str, doc_roles: Sequence[str]) -> RelationLabel:
    words = role.lower().split()
    if len(words) > 1 and words[-2] not in ROLE_MODIFIERS and role_class(words[-2]) == "":
        # "bank chief", "opposition leader": heads a body inside the country, not the country.
        return "MEMBER_OF"
    cls = role_class(role) if role else ""
    if not cls:
        cls = "leader" if any(role_class(r) == "leader" for r in doc_roles) else "member"
    return "LEADER_OF" if cls == "leader" else "MEMBER_OF"


def title_relations(sent: Span, index: ActorIndex) -> list[Candidate]:
    """Structural edges: titles with a country, possessives, appositions, counterparts."""
    out: list[Candidate] = []
    doc = sent.doc
    for keyed in index.mentions_in(sent):
        m, key = keyed.mention, keyed.key
        mention = m.mention
        head = doc[m.end - 1]
        if mention.type == "PERSON" and mention.country and index.is_person(key):
            country = country_key(mention.country)
            role = mention.roles[0] if mention.roles else ""
            rel = _structural(role, index.roles(key))
            out.append(
                Candidate(
                    key,
                    country,
                    rel,
                    head,
                    head,
                    role or "title",
                    "asserted",
                    _implied_country(index, country),
                )
            )
        if (
            mention.type in ("ORG", "FAC")
            and mention.country
            and not index.is_person(key)
            and _is_government_body(mention.label)
        ):
            country = country_key(mention.country)
            if country != key:
                out.append(
                    Candidate(
                        key,
                        country,
                        "PART_OF",
                        head,
                        head,
                        doc[m.start].text,
                        "asserted",
                        _implied_country(index, country),
                    )
                )
    for tok in sent:
        person_key = index.key(tok)
        # "France's Macron": a possessive country or organisation on a person.
        if person_key and index.is_person(person_key):
            for child in tok.children:
                if child.dep_ == "poss":
                    body = index.key(child)
                    if body and body.kind == "country" and child.lower_ not in ("his", "her"):
                        rel = _structural("", index.roles(person_key))
                        owner = sent.doc[child.i : min(child.i + 2, tok.i)].text  # "Russia's"
                        out.append(Candidate(person_key, body, rel, tok, child, owner, "asserted"))
        # "France's president, Emmanuel Macron" / "whose president, X" / "X, the Russian president".
        if tok.pos_ in ("NOUN", "PROPN") and role_class(tok.lower_) and index.key(tok) is None:
            people = [a for c in tok.children if c.dep_ == "appos" for a in index.actors_of(c)]
            if tok.dep_ in ("appos", "compound"):
                # "X, the French president" / "Kenya's President William Ruto"
                people += index.actors_of(tok.head)
            if tok.dep_ == "attr":
                # "X is Italy's president"
                people += [
                    a for sub in subjects(tok.head, surface=True) for a in index.actors_of(sub)
                ]
            people = [p for p in people if index.is_person(p[0])]
            bodies: list[tuple[ActorKey, Token]] = []
            for c in tok.children:
                if c.dep_ == "poss" and c.lower_ == "whose":
                    continue  # handled below through the relative clause
                if c.dep_ in ("poss", "amod", "compound") and c.lower_ not in (
                    "his",
                    "her",
                    "their",
                ):
                    bodies += index.actors_of(c)
            if tok.dep_ in ("nsubj", "dobj") and tok.head.dep_ == "relcl":
                for c in tok.children:
                    if c.lower_ == "whose":
                        bodies += index.actors_of(tok.head.head)
            for p_key, p_tok in people:
                for b_key, b_tok in bodies:
                    if b_key == p_key or index.tag(b_key) in ("PERSON", "LOC", "FAC"):
                        continue
                    role = " ".join(
                        [
                            c.text
                            for c in tok.children
                            if c.i < tok.i
                            and (
                                c.dep_ == "compound"
                                or (c.dep_ == "amod" and c.lower_ in ROLE_MODIFIERS)
                            )
                            and index.key(c) is None
                        ]
                        + [tok.text]
                    )
                    # The fuller title seen with the name wins ("director general").
                    known = [r for r in index.roles(p_key) if tok.lower_ in r.lower().split()]
                    role = max(known, key=len) if known else role
                    rel = _structural(role, [])
                    out.append(
                        Candidate(
                            p_key,
                            b_key,
                            rel,
                            p_tok,
                            b_tok,
                            tok.text,
                            "asserted",
                            (ImpliedRole(p_key, role),),
                        )
                    )
        # "his US counterpart Joe Biden": same office as "his", other country.
        if tok.lemma_ == "counterpart":
            owners = [index.key(c) for c in tok.children if c.dep_ == "poss"]
            owner_roles = index.roles(owners[0]) if owners and owners[0] else ()
            # Only the name written with "counterpart", not what is conjoined to it.
            people = [
                (k, c)
                for c in tok.children
                if c.dep_ in ("appos", "compound")
                and (k := index.key(c)) is not None
                and index.is_person(k)
            ]
            if tok.head.dep_ == "compound" or index.key(tok.head):
                people += [a for a in index.actors_of(tok.head) if index.is_person(a[0])]
            countries = [
                a
                for c in tok.children
                if c.dep_ in ("compound", "amod", "nmod")
                for a in index.actors_of(c)
                if not index.is_person(a[0])
            ]
            for p_key, p_tok in people:
                for c_key, c_tok in countries:
                    role = owner_roles[0] if owner_roles else ""
                    rel = _structural(role, owner_roles)
                    out.append(
                        Candidate(
                            p_key, c_key, rel, p_tok, c_tok, f"{c_tok.text} counterpart", "asserted"
                        )
                    )
    return out


RULES = (verb_relations, noun_relations, title_relations)


def _implied_country(index: ActorIndex, country: ActorKey) -> tuple[Fact, ...]:
    return () if country in index.actors else (ImpliedCountry(country),)


def find_candidates(doc: Doc, index: ActorIndex) -> list[tuple[Span, Candidate]]:
    """Every rule's candidates over every sentence, with the sentence each came from."""
    found: list[tuple[Span, Candidate]] = []
    for sent in doc.sents:
        start, end = _sentence_bounds(sent)
        if end <= start:
            continue
        for rule in RULES:
            found.extend((sent, cand) for cand in rule(sent, index))
    return found


def build_relations(
    doc: Doc, index: ActorIndex, found: Sequence[tuple[Span, Candidate]], doc_id: str
) -> tuple[list[Relation], list[ActorKey]]:
    """Turn candidates into relations with their evidence sentence.

    A capital acting in an event stands for its country ("Moscow deployed ...", see
    `ActorIndex.stands_for`); the same edge found twice in a sentence is kept once.

    Returns:
        The relations, and one capital key per time it stood for its country.
    """
    text = doc.text
    relations: list[Relation] = []
    metonyms: list[ActorKey] = []
    seen: set[tuple[ActorKey, ActorKey, str, int]] = set()
    for sent, cand in found:
        start, end = _sentence_bounds(sent)
        src = _metonym(index, cand.source, cand.relation, metonyms)
        tgt = _metonym(index, cand.target, cand.relation, metonyms)
        if src == tgt:
            continue
        key = (src, tgt, cand.relation, start)
        if key in seen:
            continue
        seen.add(key)
        s_span = index.mention_span(cand.source_tok)
        t_span = index.mention_span(cand.target_tok)
        relations.append(
            Relation(
                source=str(src),
                target=str(tgt),
                relation=cand.relation,
                evidence=Evidence(
                    doc=doc_id,
                    sentence=text[start:end],
                    start=start,
                    end=end,
                    predicate=cand.predicate,
                    modality=cand.modality,
                    source_span=(s_span[0] - start, s_span[1] - start),
                    target_span=(t_span[0] - start, t_span[1] - start),
                ),
            )
        )
    return relations, metonyms


def _metonym(
    index: ActorIndex, key: ActorKey, relation: RelationLabel, applied: list[ActorKey]
) -> ActorKey:
    """A capital acting in an event stands for its country ("Moscow deployed ...")."""
    if RELATION_TYPES[relation].quad == "structural":
        return key  # "Moscow mayor", "Washington senator": the place itself
    country = index.stands_for(key)
    if country is None:
        return key
    applied.append(key)
    return country
