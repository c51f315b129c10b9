"""The graph.json fields of DESIGN.md section 5, shared by the schema tests."""

from __future__ import annotations

NODE_FIELDS = frozenset(
    {
        "id",
        "label",
        "type",
        "aliases",
        "mentions",
        "documents",
        "country",
        "roles",
        "merged",
        "sector",
        "camp",
        "first_seen",
        "last_seen",
    }
)
LINK_FIELDS = frozenset(
    {
        "source",
        "target",
        "relation",
        "quad",
        "score",
        "weight",
        "documents",
        "modality",
        "predicates",
        "evidence",
        "first_seen",
        "last_seen",
    }
)
EVIDENCE_FIELDS = frozenset({"doc", "sentence", "start", "end", "predicate", "modality", "date"})
