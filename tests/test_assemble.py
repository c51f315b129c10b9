"""`kg.pipeline.assemble`: which resolved actors reach the graph."""

from __future__ import annotations

import pytest

from kg.model import DocExtraction, LocalEntity
from kg.pipeline import assemble


def _local(key: str, label: str, type_: str) -> LocalEntity:
    return LocalEntity(key=key, label=label, type=type_, aliases=(label,))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("label", "type_"),
    [
        ("Paris", "GPE"),  # a city
        ("Lake Chad", "LOC"),  # a region
        ("Heathrow Airport", "FAC"),  # a facility
        ("Acme Mining Co", "ORG"),
        ("Jane Roe", "PERSON"),
    ],
)
def test_actors_and_places_without_relations_stay(label: str, type_: str) -> None:
    kind = "person" if type_ == "PERSON" else "other"
    extraction = DocExtraction(
        doc_id="d0", entities=(_local(f"{kind}:{label.lower()}", label, type_),), relations=()
    )
    entities, relations = assemble([extraction])
    assert [(e.label, e.type) for e in entities] == [(label, type_)]
    assert relations == []


def test_capital_that_stood_for_its_country_has_no_node_of_its_own_without_edges() -> None:
    russia = LocalEntity(
        key="country:RUS",
        label="Russia",
        type="GPE",
        aliases=("Russia",),
        country="RUS",
        metonyms=("Moscow",),
        is_country=True,
    )
    moscow = _local("other:moscow", "Moscow", "GPE")
    osaka = _local("other:osaka", "Osaka", "GPE")
    extraction = DocExtraction(doc_id="d0", entities=(russia, moscow, osaka), relations=())
    entities, _ = assemble([extraction])
    assert sorted(e.label for e in entities) == ["Osaka", "Russia"]
