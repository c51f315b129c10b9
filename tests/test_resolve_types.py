"""Table tests for `kg.resolve.types`: one actor, one type across the corpus."""

from __future__ import annotations

import pytest

from kg.model import DocExtraction, EntityType, LocalEntity
from kg.resolve.corpus import resolve_corpus
from kg.resolve.types import reconcile_types


def _local(label: str, type_: EntityType, roles: tuple[str, ...] = ()) -> LocalEntity:
    kind = "person" if type_ == "PERSON" else "other"
    return LocalEntity(
        key=f"{kind}:{label.lower()}", label=label, type=type_, aliases=(label,), roles=roles
    )


def _country(label: str, alpha3: str) -> LocalEntity:
    return LocalEntity(
        key=f"country:{alpha3}", label=label, type="GPE", aliases=(label,), country=alpha3,
        is_country=True,
    )  # fmt: skip


def _types(*docs: LocalEntity) -> list[tuple[str, str]]:
    extractions = [DocExtraction(f"d{i}", (e,), ()) for i, e in enumerate(docs)]
    return [(e.label, e.type) for ex in reconcile_types(extractions) for e in ex.entities]


@pytest.mark.parametrize(
    ("docs", "expected"),
    [
        # most articles say person
        (
            [_local("Oretha Flomo", "PERSON"), _local("Oretha Flomo", "PERSON"),
             _local("Oretha Flomo", "ORG")],
            ["PERSON", "PERSON", "PERSON"],
        ),
        # most articles say organisation
        (
            [_local("Lockheed Martin", "ORG"), _local("Lockheed Martin", "ORG"),
             _local("Lockheed Martin", "PERSON")],
            ["ORG", "ORG", "ORG"],
        ),
        # the most voted other type wins among the others
        (
            [_local("Evansville", "GPE"), _local("Evansville", "GPE"),
             _local("Evansville", "ORG"), _local("Evansville", "PERSON")],
            ["GPE", "GPE", "ORG", "GPE"],
        ),
        # a tie: a title on the person side decides
        (
            [_local("Jane Roe", "PERSON", ("Trooper",)), _local("Jane Roe", "ORG")],
            ["PERSON", "PERSON"],
        ),
        # a tie: a legal form on the organisation side decides
        ([_local("Acme", "PERSON"), _local("Acme Corp.", "ORG")], ["ORG", "ORG"]),
        # must not: a tie without evidence changes nothing
        ([_local("Creighton", "PERSON"), _local("Creighton", "GPE")], ["PERSON", "GPE"]),
        # must not: an article's own evidence keeps its type against the corpus
        (
            [_local("Ford", "ORG"), _local("Ford", "ORG"), _local("Ford", "PERSON", ("Mr.",))],
            ["ORG", "ORG", "PERSON"],
        ),
        # must not: different names are not compared
        ([_local("Jane Roe", "PERSON"), _local("Jane Roe Foundation", "ORG")],
         ["PERSON", "ORG"]),
    ],
)  # fmt: skip
def test_reconcile_types(docs: list[LocalEntity], expected: list[str]) -> None:
    assert [t for _, t in _types(*docs)] == expected


def test_countries_are_never_retyped() -> None:
    got = _types(_country("Jordan", "JOR"), _local("Jordan", "PERSON"), _country("Jordan", "JOR"))
    assert got == [("Jordan", "GPE"), ("Jordan", "PERSON"), ("Jordan", "GPE")]


def test_one_node_with_one_type_after_resolution() -> None:
    docs = [_local("Peyton Manning", "PERSON"), _local("Peyton Manning", "PERSON"),
            _local("Peyton Manning", "ORG")]  # fmt: skip
    res = resolve_corpus(DocExtraction(f"d{i}", (e,), ()) for i, e in enumerate(docs))
    assert [(e.label, e.type, len(e.documents)) for e in res.entities] == [
        ("Peyton Manning", "PERSON", 3)
    ]
    # The local keys are unchanged, so relations still find their actors.
    assert res.key_map[("d2", "other:peyton manning")] == res.entities[0].id
