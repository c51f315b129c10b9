"""Noun rules: a trigger noun of ``lexicon/nouns.tsv`` ("a major backer of", "talks with",
"US ire", "a Russian ally") with its source from a possessive or adjectival actor, an
apposition, or the subject of the verb that governs it.

Examples: ``tests/test_relations_nouns.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon import event_nouns
from kg.relations.candidates import Candidate, Sentence, walks_words
from kg.relations.conventions import intent_of, is_announced_threat, refusal_of
from kg.relations.lexicon import Trigger, noun_triggers, reaction_verbs
from kg.relations.modality import modality
from kg.relations.rules.protests import is_protest_strike
from kg.relations.rules.threats import THREAT_VERBS
from kg.relations.syntax import of_objects, predicate_text, prep_objects, subjects
from kg.relations.targets import targets_of
from kg.resolve.document import PLACE_TYPES, ActorIndex
from kg.resolve.keys import ActorKey

#: Prepositions that date an act or make it a topic, rather than the act of the clause's
#: subject: "arrested X after the killing of Y", "wrote about the killing of Y".
NON_AGENT_PREPOSITIONS = frozenset(
    """after before since following during until about regarding concerning over against
    despite""".split()
)

#: Verbs by which partners carry out a joint act together ("X and Y held talks, signed a
#: deal"); others name no partners ("X and Y violated the truce").
JOINT_VERBS = frozenset(
    """hold have sign reach conclude strike seal forge form enter begin start open resume
    conduct continue agree negotiate finalise finalize hammer""".split()
)

#: Verbs that ask for what their object names ("seeks support", "wants a deal").
SEEKING_VERBS = frozenset("seek request ask want need demand beg".split())


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
        if node.dep_ == "pobj" and node.head.lower_ in NON_AGENT_PREPOSITIONS:
            return [], noun  # "arrested X after the killing of Y": no agent of the killing
        if node.dep_ in ("attr", "dobj", "pobj", "nsubj", "nsubjpass", "conj", "prep", "oprd"):
            head = node.head
            if head.pos_ in ("VERB", "AUX"):
                if _is_reaction(head):
                    return [], head
                subj = [a for s in subjects(head, surface=True) for a in index.actors_of(s)]
                return subj, head
            if head is not noun and head.pos_ == "NOUN" and _is_event_noun(head):
                return [], noun
            node = head
            continue
        break
    return [], noun


#: Verbs that say what their subject is ("is", "became", "remains an ally of").
COPULAS = frozenset("be become remain stay seem appear prove".split())


def _predicated(noun: Token) -> bool:
    """True when a noun says what an actor is: "X is / became / remains an ally of Y",
    "X emerged as a critic of Y", also as a later conjunct ("a backer of Y and an ally
    of Z"). An apposition is read by `_governing_subjects`."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    if noun.dep_ == "attr":
        return noun.head.lemma_.lower() in COPULAS
    return noun.dep_ == "pobj" and noun.head.lower_ == "as"


#: Prepositions that name the author of an act ("the shelling of X by Y", "pressure from
#: Y on X") unless the trigger takes its target there ("imports from").
AUTHOR_PREPOSITIONS = ("by", "from")


def _authors(noun: Token, trig: Trigger, index: ActorIndex) -> list[tuple[ActorKey, Token]]:
    """Actors after "by" or "from" that carried out the act a trigger noun names; "by"
    also where the parser hangs it on the "of" phrase ("the bombing of the embassy by X")."""
    preps = [
        c
        for c in noun.children
        if c.dep_ in ("prep", "agent")
        and c.lower_ in AUTHOR_PREPOSITIONS
        and c.lower_ not in trig.targets
    ]
    if not preps and "of" in trig.targets:
        preps = [
            p
            for o in of_objects(noun)
            for p in o.children
            if p.dep_ in ("prep", "agent") and p.lower_ == "by"
        ]
    return [a for c in preps for o in c.children if o.dep_ == "pobj" for a in index.actors_of(o)]


def _is_reaction(verb: Token) -> bool:
    """A verb that reacts to or undoes an event (``reaction_verbs.tsv``), or one with the
    particle "off" ("called off / broke off the talks")."""
    return verb.lemma_.lower() in reaction_verbs() or any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
    )


#: Verbs that cut or end what their object names ("suspended aid", "halted sales").
REDUCTION_VERBS = frozenset(
    "suspend halt stop cut freeze withhold reduce slash end cancel scrap curtail".split()
)

#: Relations of cooperation whose cutting is a sanction (PLOVER SANCTION: "reduce or
#: stop aid, cooperation or relations").
COOPERATION = frozenset({"AID", "COOPERATE", "CONSULT", "SUPPORT"})


def _is_reduction(verb: Token) -> bool:
    """A verb that cuts what it governs ("suspended", "called off", "broke off")."""
    return verb.pos_ in ("VERB", "AUX") and (
        verb.lemma_.lower() in REDUCTION_VERBS
        or any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    )


def is_site(key: ActorKey, index: ActorIndex) -> bool:
    """True for a town, region or site: written before an act noun ("the Chicago murder
    of X", "the Texas slaying", "a Medellin-style killing") it says where the act
    happened, not who did it. A country ("the US attack on X") is a state that acts."""
    return key.kind != "country" and index.tag(key) in PLACE_TYPES


def _is_event_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in noun_triggers() or lemma in event_nouns()


@walks_words(lambda: noun_triggers().keys())
def noun_relations(sentence: Sentence, index: ActorIndex) -> list[Candidate]:
    """Relations triggered by a noun of the lexicon ("backer of", "talks with", "US ire")."""
    out: list[Candidate] = []
    table = noun_triggers()
    for noun in sentence.with_lemma(table.keys()):
        if index.key(noun) is not None:
            continue
        if noun.pos_ not in ("NOUN", "ADJ", "PROPN") and noun.dep_ not in ("dobj", "pobj", "attr"):
            continue
        for trig in table.get(noun.lemma_.lower(), []):
            if trig.relation == "ASSAULT" and is_protest_strike(noun, index):
                continue  # "workers staged a strike against X": `protests` reads it
            modifiers = [
                a
                for c in noun.children
                if c.dep_ in ("poss", "amod", "compound", "nmod")
                for a in index.actors_of(c)
                if c.dep_ == "poss" or not is_site(a[0], index)
            ]
            if not modifiers and "mod" not in trig.targets:
                modifiers = _authors(noun, trig, index)
            if not modifiers and noun.dep_ == "dobj":
                # "drew US ire": the parser may make the modifier a sibling object.
                modifiers = [
                    a
                    for c in noun.head.children
                    if c.dep_ == "dobj" and c.i == noun.i - 1
                    for a in index.actors_of(c)
                ]
            holders, governor = _governing_subjects(noun, index)
            if trig.agent and governor is not noun and not _predicated(noun):
                # "Italy attacked an ally of Chad": the ally is attacked, Italy no ally;
                # "Aerovant's rival, Orbitek, is ...": the noun's apposition is who it is.
                holders = [
                    a for c in noun.children if c.dep_ == "appos" for a in index.actors_of(c)
                ]
                governor = noun
            if _is_reaction(governor):
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
                if not objs:
                    # "the withdrawal of troops from X", "the sale of jets to X": the
                    # parser hangs the phrase on the thing the act is "of".
                    objs = [
                        o
                        for thing in of_objects(noun)
                        if index.key(thing) is None
                        for o in prep_objects(thing, target)
                    ]
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
                    prep_targets = [a for o in objs for a in targets_of(o, index)]
                    prep_tok = [c for c in noun.children if c.dep_ == "prep"][:1]
                    if target == "between" and len(prep_targets) >= 2:
                        holders, prep_targets = prep_targets[:1], prep_targets[1:]
                        governor = noun  # "offered mediation between X and Y": X and Y talk
                    break
            cutters = (
                [a for s in subjects(governor, surface=True) for a in index.actors_of(s)]
                if prep_targets
                and trig.relation in COOPERATION
                and noun.dep_ not in ("nsubj", "nsubjpass")
                and _is_reduction(governor)
                else []
            )
            if cutters:
                # "suspended aid to X", "halted arms sales to X", "called off talks with X":
                # cutting cooperation is a sanction by the verb's subject ("the trip ended"
                # cuts nothing).
                predicate = predicate_text([governor, noun, *prep_tok])
                out.extend(
                    Candidate(
                        s_key,
                        t_key,
                        "SANCTION",
                        s_tok,
                        t_tok,
                        predicate,
                        modality(governor, s_tok, index.same_actor),
                    )
                    for s_key, s_tok in cutters
                    for t_key, t_tok in prep_targets
                    if s_key != t_key
                )
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
            elif (
                {"with", "between"} <= set(trig.targets)
                and governor.lemma_.lower() in JOINT_VERBS
                and len({k for k, _ in holders}) > 1
            ):
                # "X and Y held talks", "signed a deal": an act between partners, each with
                # the others ("mediation", with no "with", is a third party's).
                pairs = [(s, t) for s in holders for t in holders if s[0] != t[0]]
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
            predicate = predicate_text(words)
            anchor = governor if governor is not noun else noun
            relation = trig.relation
            if governor is not noun:
                relation = intent_of(relation, governor, itself=True)
                if governor.lemma_.lower() in THREAT_VERBS:
                    relation = "THREATEN"  # "threatened sanctions against X"
                if (word := refusal_of(relation, governor)) is not None:
                    relation, anchor = "REJECT", word  # "refused to hold talks with X"
            for (s_key, s_tok), (t_key, t_tok) in pairs:
                src, tgt, st, tt = s_key, t_key, s_tok, t_tok
                if trig.reverse:
                    src, tgt, st, tt = t_key, s_key, t_tok, s_tok
                rel, mod = relation, modality(anchor, s_tok, index.same_actor)
                if is_announced_threat(rel, anchor, s_tok, mod, index.same_actor):
                    rel, mod = "THREATEN", "asserted"  # "will impose sanctions on X"
                out.append(Candidate(src, tgt, rel, st, tt, predicate, mod))
            break
    return out
