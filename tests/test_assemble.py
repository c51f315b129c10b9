"""`kg.pipeline.assemble`: which resolved actors reach the graph."""

from __future__ import annotations

import pytest

from kg.model import DocExtraction, Evidence, LocalEntity, Relation
from kg.pipeline import assemble


def _local(key: str, label: str, type_: str) -> LocalEntity:
    return LocalEntity(key=key, label=label, type=type_, aliases=(label,))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("label", "type_"),
    [
        ("Paris", "GPE"),  # a city
        ("Lake Chad", "LOC"),  # a region
        ("Norvik Airport", "FAC"),  # a facility
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


_SENTENCE = "At 14:30 UTC, May 3, Jane Roe, the head of Acme Motors, met Ben Cole of Halvex."


@pytest.mark.parametrize(
    ("source", "relation", "target", "kept"),
    [
        ("org:acme", "LOCATED_IN", "person:jane roe", False),  # a body is in no person
        ("org:acme", "PART_OF", "person:jane roe", False),
        ("person:ben cole", "MEMBER_OF", "person:jane roe", False),
        ("person:ben cole", "LEADER_OF", "person:jane roe", False),
        ("person:jane roe", "LEADER_OF", "org:acme", True),
        ("person:jane roe", "CONSULT", "person:ben cole", True),  # events may reach people
        ("org:acme", "LOCATED_IN", "other:paris", True),
    ],
)
def test_structural_relations_never_reach_a_person(
    source: str, relation: str, target: str, kept: bool
) -> None:
    entities = (
        _local("person:jane roe", "Jane Roe", "PERSON"),
        _local("person:ben cole", "Ben Cole", "PERSON"),
        _local("org:acme", "Acme Motors", "ORG"),
        _local("other:paris", "Paris", "GPE"),
    )
    evidence = Evidence("d0", _SENTENCE, 0, len(_SENTENCE), ",")
    extraction = DocExtraction(
        doc_id="d0",
        entities=entities,
        relations=(Relation(source, target, relation, evidence),),  # type: ignore[arg-type]
    )
    _, relations = assemble([extraction])
    assert [r.relation for r in relations] == ([relation] if kept else [])
