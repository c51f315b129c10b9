"""The closed relation vocabulary (PLOVER v2 event types, plus OPPOSE and structural edges).

``quad`` and ``score`` follow PLOVER. Everything that emits or draws an edge reads
this table; nothing else names relation types.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeGuard

#: Every relation label; `RELATION_TYPES` describes each (a test keeps the two equal).
RelationLabel = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "OPPOSE",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
    "LEADER_OF",
    "MEMBER_OF",
    "PART_OF",
    "LOCATED_IN",
]


@dataclass(frozen=True, slots=True)
class RelationType:
    """One relation label with its PLOVER quad and score."""

    name: RelationLabel
    meaning: str
    quad: str
    score: float


RELATION_TYPES: dict[str, RelationType] = {
    r.name: r
    for r in (
        RelationType("AGREE", "promise/agree to cooperate", "verbal_coop", 2.5),
        RelationType("CONSULT", "meet, visit, talks, call", "verbal_coop", 2.5),
        RelationType("SUPPORT", "back, endorse, praise, ally with, recognise", "verbal_coop", 5.0),
        RelationType(
            "CONCEDE", "verbal concession, apology, announced withdrawal", "verbal_coop", 4.5
        ),
        RelationType(
            "COOPERATE", "material cooperation: trade, arms sales, joint work", "material_coop", 9.5
        ),
        RelationType(
            "AID", "material aid: money, arms, personnel, equipment", "material_coop", 10.0
        ),
        RelationType("RETREAT", "withdraw, pull out, release (carried out)", "material_coop", 6.5),
        RelationType("REQUEST", "ask, demand, urge, call on", "verbal_conflict", 0.0),
        RelationType(
            "ACCUSE", "criticise, accuse, condemn, sue, investigate", "verbal_conflict", -3.0
        ),
        RelationType("REJECT", "reject, refuse, deny, veto", "verbal_conflict", -2.0),
        RelationType("THREATEN", "warn, threaten", "verbal_conflict", -3.5),
        RelationType(
            "OPPOSE",
            "general opposition, rivalry, power struggle, seek to oust",
            "verbal_conflict",
            -3.0,
        ),
        RelationType("PROTEST", "demonstrations, boycotts, strikes", "material_conflict", -5.0),
        RelationType("SANCTION", "sanctions, tariffs, expel, cut ties", "material_conflict", -6.0),
        RelationType("MOBILIZE", "deploy forces, show of force", "material_conflict", -5.5),
        RelationType("COERCE", "arrest, seize, repress", "material_conflict", -7.0),
        RelationType("ASSAULT", "attack, kill, strike", "material_conflict", -9.0),
        RelationType("LEADER_OF", "president/leader/head of", "structural", 0.0),
        RelationType("MEMBER_OF", "minister/official/director/member of", "structural", 0.0),
        RelationType("PART_OF", "organisation part of a government/country", "structural", 0.0),
        RelationType("LOCATED_IN", "located in", "structural", 0.0),
    )
}


def is_relation(name: str) -> TypeGuard[RelationLabel]:
    """True when ``name`` is a relation label of the vocabulary."""
    return name in RELATION_TYPES


QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "structural")

#: Relations whose direction carries no meaning; stored with source < target so that
#: "A meets B" and "B meets A" are one edge. Stances (OPPOSE) and trade keep their direction.
SYMMETRIC: frozenset[RelationLabel] = frozenset({"CONSULT"})
