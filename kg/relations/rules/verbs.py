"""Verb rules: a trigger verb of ``lexicon/verbs.tsv`` between its subject and its target.

Through passives, conjunctions, relative clauses, control chains ("is seeking to oust")
and gerunds ("angered X by sending ..."). Examples: ``tests/test_relations_verbs.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon import against_nouns, event_nouns, message_nouns
from kg.model import Modality
from kg.relations.candidates import Candidate, Sentence, walks_words
from kg.relations.conventions import intent_of, is_announced_threat, refusal_of
from kg.relations.lexicon import Trigger, noun_triggers, verb_triggers
from kg.relations.modality import modality
from kg.relations.rules.threats import THREAT_VERBS
from kg.relations.syntax import (
    governing_verbs,
    has_prep_object,
    infinitive_clauses,
    is_each_other,
    objects,
    predicate_text,
    prep_objects,
    split_object,
    subjects,
)
from kg.relations.targets import is_place, targets_of
from kg.resolve.document import ActorIndex
from kg.resolve.keys import ActorKey
from kg.vocab import RELATION_TYPES, RelationLabel

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

#: Verbs that turn a withdrawal into an announced one ("announced it would withdraw");
#: a promised or offered one is AGREE (`_intent_of`).
ANNOUNCE_VERBS = frozenset("announce decide".split())

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


def _targets_for(verb: Token, trig: Trigger, index: ActorIndex) -> list[tuple[ActorKey, Token]]:
    """Actors in the first target slot of ``trig`` that holds any ("supplied drones to X")."""
    for target in trig.targets:
        if target == "obj":
            found = objects(verb)
        else:
            found = [t for t in prep_objects(verb, target) if not _place_left(t)]
        actors = [a for t in found for a in targets_of(t, index)]
        if actors:
            return actors
    return []


def _place_left(obj: Token) -> bool:
    """True for the "from" of an act of leaving that is the verb's object: in "demanded
    the withdrawal of troops from X" X is the place left, not whom the demand is to
    ("demanded an apology from X", "an offer from X" name their addressee or author)."""
    prep = obj.head
    noun = prep.head
    lemma = noun.lemma_.lower()
    return (
        prep.lower_ == "from"
        and noun.dep_ == "dobj"
        and lemma in event_nouns()
        and lemma not in message_nouns()
    )


#: Relations of a stance, which an act done against the actor inverts (`against_nouns`).
STANCE_RELATIONS = frozenset({"SUPPORT", "OPPOSE"})

#: Relations that partners can hold together with no third party named ("X and Y met,
#: traded, agreed, clashed"); "X and Y pleaded" or "sided" need someone else.
JOINT_RELATIONS = frozenset({"CONSULT", "COOPERATE", "AGREE", "OPPOSE", "ASSAULT"})


def _is_act(thing: Token, index: ActorIndex) -> bool:
    """True for an object that names an act, not an actor ("the decision of X")."""
    lemma = thing.lemma_.lower()
    return index.key(thing) is None and (lemma in event_nouns() or lemma in noun_triggers())


def _reciprocal(verb: Token, trig: Trigger) -> bool:
    """True when a coordinated subject acts on itself: "X and Y accused each other", or
    a verb of "with" for a joint act that names no partner ("X and Y met", "clashed")."""
    for target in trig.targets:
        found = objects(verb) if target == "obj" else prep_objects(verb, target)
        if any(is_each_other(t) for t in found):
            return True
        if found:
            return False
    return (
        "with" in trig.targets
        and trig.relation in JOINT_RELATIONS
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in verb.children)
    )


def _verb_predicate(verb: Token, extra: list[Token]) -> str:
    words = [verb, *extra]
    words += [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt")]
    for node in governing_verbs(verb):
        words.append(node)
        words += [c for c in node.children if c.dep_ in ("aux", "neg")]
    return predicate_text(words)


def _threat_of(relation: RelationLabel, verb: Token) -> RelationLabel:
    """PLOVER: "threatened to strike X" is a THREATEN event, not the strike itself; any
    act threatened is ("threatened to cut off supplies to X"), a material conflict
    warned of or vowed too ("vowed to destroy X")."""
    conflict = RELATION_TYPES[relation].quad == "material_conflict"
    for node in governing_verbs(verb, ("xcomp", "conj")):
        if node.lemma_ in THREAT_VERBS or (conflict and node.lemma_ in ("warn", "vow")):
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


@walks_words(lambda: verb_triggers().keys())
def verb_relations(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """Relations triggered by a verb of the lexicon between its subject and target."""
    out: list[Candidate] = []
    table = verb_triggers()
    for verb in sentence.with_lemma(table.keys()):
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in ("ROOT", "conj", "xcomp"):
            continue
        triggers = table.get(verb.lemma_.lower(), ())
        if not triggers:
            continue
        # Read once per verb: they do not depend on the trigger.
        particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
        subj_actors: list[tuple[ActorKey, Token]] | None = None
        for trig in triggers:
            if trig.particle and trig.particle not in particles:
                continue
            if particles & set(trig.no_particles):
                continue  # "called out X": another verb
            if trig.needs and not has_prep_object(verb, *trig.needs):
                continue
            if trig.controlled and not infinitive_clauses(verb):
                continue  # "told Reuters", "ordered an inquiry": no one is told to act
            if trig.relation == "CONSULT" and any(
                c.dep_ in ("oprd", "xcomp", "ccomp", "attr") and split_object(c) is None
                for c in verb.children
            ):
                continue  # "called it the hottest thing": naming, not a call
            if subj_actors is None:
                subj_actors = [a for s in subjects(verb) for a in index.actors_of(s)]
            if not subj_actors:
                continue  # no one acts: whatever the targets, nothing is found
            obj_actors = _targets_for(verb, trig, index)
            if trig.person_target:
                obj_actors = [a for a in obj_actors if index.is_person(a[0])]
            if trig.place_target:
                obj_actors = [a for a in obj_actors if is_place(a[0], index)]
            if not obj_actors and len({k for k, _ in subj_actors}) > 1 and _reciprocal(verb, trig):
                obj_actors = subj_actors  # each acts on the others
            if not subj_actors or not obj_actors:
                continue
            relation = trig.relation
            things = [c for c in verb.children if c.dep_ == "dobj"]
            if trig.act_relation and any(_is_act(t, index) for t in things):
                relation = trig.act_relation  # "welcomed the election of X"
            if relation in STANCE_RELATIONS and any(
                t.lemma_.lower() in against_nouns() for t in things
            ):
                continue  # "backed the ouster of X": no support of X
            if trig.no_org:
                obj_actors = [a for a in obj_actors if index.tag(a[0]) != "ORG"]
                if not obj_actors:
                    continue  # "spoke to" an organisation: mostly a news outlet
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
                for o_key, o_tok in obj_actors:
                    if o_key == s_key:
                        continue
                    rel = relation
                    if trig.org_relation and index.tag(o_key) == "ORG":
                        rel = trig.org_relation  # "withdrew from NATO": no retreat
                    rel = _threat_of(_retreat_or_concede(intent_of(rel, verb), verb, mod), verb)
                    rel_mod = mod
                    if is_announced_threat(rel, verb, s_tok, mod, index.same_actor):
                        rel, rel_mod = "THREATEN", "asserted"  # "will impose sanctions on X"
                    if (word := refusal_of(rel, verb)) is not None:
                        # "refused to meet X": the refusal is the event
                        rel, rel_mod = "REJECT", modality(word, s_tok, index.same_actor)
                    src, tgt, st, tt = s_key, o_key, s_tok, o_tok
                    if trig.reverse:
                        src, tgt, st, tt = o_key, s_key, o_tok, s_tok
                    out.append(Candidate(src, tgt, rel, st, tt, predicate, rel_mod))
            break
    return out
