"""PLOVER's coding conventions that turn one reading of a trigger into another.

* `intent_of`: an act offered, promised or prepared for is AGREE (cooperation) or
  THREATEN (material conflict), not the act itself.

Examples: ``tests/test_relations_intent.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.relations.lexicon import intent_words
from kg.vocab import RELATION_TYPES, RelationLabel


def intent_word(verb: Token, itself: bool = False) -> Token | None:
    """The word of intent a verb is controlled by ("offered to hand over", "is ready to
    send"), through a chain of controlled verbs ("is willing to send aid to help"), or
    None. With ``itself``, the verb counts too ("pledged aid to X")."""
    if itself and verb.lemma_.lower() in intent_words():
        return verb
    node = verb
    while node.dep_ == "xcomp" and node.head != node:
        node = node.head
        if node.lemma_.lower() in intent_words():
            return node
    return None


def intent_of(relation: RelationLabel, verb: Token, itself: bool = False) -> RelationLabel:
    """PLOVER ("express intent to ..."): an act offered, promised or prepared for ("offered
    to hand over X", "is ready to send troops to X") is AGREE when it is cooperation,
    THREATEN when it is material conflict ("is prepared to impose a curfew on X"); other
    relations keep their type.

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
