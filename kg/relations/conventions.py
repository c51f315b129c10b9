"""PLOVER's coding conventions that turn one reading of a trigger into another.

* `intent_of`: an act offered, promised or prepared for is AGREE (cooperation) or
  THREATEN (material conflict), not the act itself.
* `refusal_of`: a cooperative act refused is REJECT.
* `is_announced_threat`: a hostile act its actor says it will carry out is THREATEN.

Examples: ``tests/test_relations_intent.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.model import Modality
from kg.relations.lexicon import intent_words
from kg.relations.modality import COMMUNICATION_VERBS
from kg.relations.syntax import governing_verbs
from kg.vocab import RELATION_TYPES, RelationLabel


def intent_word(verb: Token, itself: bool = False) -> Token | None:
    """The word of intent a verb is controlled by ("offered to hand over", "is ready to
    send"), through a chain of controlled verbs ("is willing to send aid to help"), or
    None. With ``itself``, the verb counts too ("pledged aid to X")."""
    if itself and verb.lemma_.lower() in intent_words():
        return verb
    node = verb
    while _controlled(node):
        node = node.head
        if node.lemma_.lower() in intent_words():
            return node
        for word in node.children:
            if word.dep_ == "acomp" and word.lemma_.lower() in intent_words():
                return word  # "is willing to ..., to help defend X": the purpose of "is"
    return None


def _controlled(verb: Token) -> bool:
    """True for a verb controlled by its head: "to" + verb as its complement, or as its
    purpose ("is willing to send troops to help defend X": send, help)."""
    if verb.head == verb:
        return False
    return verb.dep_ == "xcomp" or (
        verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


#: Words that refuse the act they control ("refused to lift the curfew").
REFUSAL_WORDS = frozenset({"refuse", "decline"})


def refusal_word(verb: Token) -> Token | None:
    """The word of refusal ``verb`` is controlled by ("refused to allow X", "declined to
    meet X"), through a chain of controlled verbs, or None."""
    return next((n for n in governing_verbs(verb) if n.lemma_.lower() in REFUSAL_WORDS), None)


def refusal_of(relation: RelationLabel, verb: Token) -> Token | None:
    """PLOVER REJECT: a cooperative act refused ("refused to meet X", "declined to lift
    the curfew on X", "refused to allow X to land") is REJECT of its target; a refused
    conflict ("refused to attack X") keeps its type, negated.

    Returns:
        The word of refusal (`refusal_word`) when ``relation`` on ``verb`` is a REJECT,
        else None.
    """
    if verb.lemma_.lower() in OWN_MOVES:
        return None  # "refused to resign from X": no one is turned down
    if RELATION_TYPES[relation].quad not in ("verbal_coop", "material_coop"):
        return None
    return refusal_word(verb)


#: Acts that concern their actor's own place, not the target's: refusing them rejects
#: no one.
OWN_MOVES = frozenset({"resign", "retire", "step"})


def intent_of(relation: RelationLabel, verb: Token, itself: bool = False) -> RelationLabel:
    """PLOVER ("express intent to ..."): an act offered, promised or prepared for ("offered
    to extradite X's fugitives", "is ready to dispatch medics to X") is AGREE when it is
    cooperation, THREATEN when it is material conflict ("is prepared to storm X's camps");
    other relations keep their type.

    Args:
        relation: The type the trigger gives.
        verb: The verb of the act (the trigger, or the verb governing a trigger noun).
        itself: ``verb`` governs a trigger noun and may be the word of intent itself
            ("pledged aid to X", "offered weapons to X") when the act is material.
    """
    quad = RELATION_TYPES[relation].quad
    if intent_word(verb) is None and not (
        # "offered an apology to X", "pledged support for X": a verbal act is done by
        # offering it; only a material one ("pledged aid to X") is promised.
        itself and quad.startswith("material") and intent_word(verb, itself) is not None
    ):
        return relation
    if quad in ("verbal_coop", "material_coop"):
        return "AGREE"
    if relation == "MOBILIZE":
        return "AGREE"  # "is ready to send troops to X": an offer of forces, no threat
    if quad == "material_conflict":
        return "THREATEN"
    return relation


#: Hostile acts that are a threat when announced; an announced deployment is no threat
#: by itself ("will send troops to X").
ANNOUNCED_THREATS = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})


#: Verbs that foretell an act rather than announce it.
FORECAST_VERBS = frozenset({"expect", "schedule", "set", "predict", "forecast"})


def is_announced_threat(
    relation: RelationLabel,
    verb: Token,
    source: Token,
    mod: Modality,
    same_actor: Callable[[Token, Token], bool],
) -> bool:
    """PLOVER THREATEN: a hostile act its actor says it will do ("X will impose sanctions
    on Y", "X said it would boycott Y", "X confirmed it would tighten the blockade of
    Y") is a threat, not the act. "Would" counts only in the actor's own statement: in
    "if ..." or in someone else's words it is a guess."""
    if relation not in ANNOUNCED_THREATS:
        return False
    if mod == "future":
        # "is expected to attack X": a forecast, not a threat
        return not any(n.lemma_ in FORECAST_VERBS for n in governing_verbs(verb))
    if mod != "hypothetical":
        return False
    node = [verb, *governing_verbs(verb, ("xcomp", "conj"))][-1]
    aux = {c.lower_ for c in node.children if c.dep_ == "aux"}
    if "would" not in aux or any(c.dep_ == "mark" for c in node.children):
        return False
    head = node.head
    if node.dep_ != "ccomp" or head.lemma_ not in COMMUNICATION_VERBS:
        return False
    return any(same_actor(sp, source) for sp in head.children if sp.dep_ == "nsubj")
