"""Records and their plain-data form: round trips, and rejection of data that does not fit."""

from __future__ import annotations

import json
from typing import Any, get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.model import (
    DocExtraction,
    Entity,
    Evidence,
    LocalEntity,
    Mention,
    RecordError,
    Relation,
    from_dict,
    to_dict,
)
from kg.vocab import RELATION_TYPES, RelationLabel


def test_relation_literal_lists_every_relation_type_in_order() -> None:
    assert list(get_args(RelationLabel)) == list(RELATION_TYPES)
    assert all(name == rtype.name for name, rtype in RELATION_TYPES.items())


@given(st.from_type(DocExtraction))
def test_extraction_round_trips_through_json(extraction: DocExtraction) -> None:
    data = json.loads(json.dumps(extraction.to_dict()))
    assert DocExtraction.from_dict(data) == extraction


@given(st.from_type(DocExtraction))
def test_extraction_round_trips_without_its_defaults(extraction: DocExtraction) -> None:
    data = json.loads(json.dumps(to_dict(extraction, defaults=False)))
    assert DocExtraction.from_dict(data) == extraction


@given(st.from_type(Entity) | st.from_type(Mention))
def test_any_record_round_trips(record: Entity | Mention) -> None:
    assert from_dict(type(record), json.loads(json.dumps(to_dict(record)))) == record


def sample() -> dict[str, Any]:
    sentence = "Kenya backs Ghana."
    return DocExtraction(
        doc_id="d1",
        entities=(LocalEntity("country:KEN", "Kenya", "GPE", ("Kenya",), is_country=True),),
        relations=(
            Relation(
                "country:KEN",
                "country:GHA",
                "SUPPORT",
                Evidence("d1", sentence, 0, len(sentence), "backs", "asserted", (0, 5), (12, 17)),
            ),
        ),
    ).to_dict()


def test_plain_form_uses_the_graph_json_names() -> None:
    data = sample()
    assert set(data["entities"][0]) == {
        "key",
        "label",
        "type",
        "aliases",
        "roles",
        "country",
        "mentions",
        "metonyms",
        "is_country",
        "descriptors",
        "female",
        "male",
        "she",
        "he",
        "sector",
        "located",
        "other_names",
        "company_cues",
        "contests",
    }
    assert set(data["relations"][0]) == {"source", "target", "relation", "evidence"}
    assert data["relations"][0]["evidence"]["source_span"] == [0, 5]
    assert DocExtraction.from_dict(data).relations[0].evidence.target_span == (12, 17)


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is _DELETE:
        del node[last]
    else:
        node[last] = value


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("relations.0.relation", "SUPPORTS", "relations[0].relation: 'SUPPORTS' is not one of"),
        ("relations.0.evidence.modality", "maybe", "evidence.modality: 'maybe' is not one of"),
        ("entities.0.type", "DATE", "entities[0].type: 'DATE' is not one of"),
        ("entities.0.mentions", "3", "entities[0].mentions: expected int, got str"),
        ("entities.0.mentions", True, "entities[0].mentions: expected int, got bool"),
        ("entities.0.is_country", 1, "entities[0].is_country: expected bool, got int"),
        ("entities.0.aliases", "Kenya", "entities[0].aliases: expected a list, got str"),
        ("relations.0.evidence.source_span", [0, 5, 9], "source_span: expected 2 items, got 3"),
        ("relations.0.evidence.doc", _DELETE, "evidence: missing field 'doc'"),
        ("entities.0.name", "Kenya", "entities[0]: unknown field 'name'"),
        ("relations.0.predicate", "backs", "relations[0]: unknown field 'predicate'"),
        ("relations", {"source": "x"}, "DocExtraction.relations: expected a list, got dict"),
    ],
)
def test_data_that_does_not_fit_is_rejected(path: str, value: Any, message: str) -> None:
    data = sample()
    _set(data, path, value)
    with pytest.raises(RecordError) as info:
        DocExtraction.from_dict(data)
    assert message in str(info.value)


def test_optional_fields_may_be_absent_or_null() -> None:
    data = sample()
    del data["entities"][0]["roles"]
    data["relations"][0]["evidence"]["target_span"] = None
    extraction = DocExtraction.from_dict(data)
    assert extraction.entities[0].roles == ()
    assert extraction.relations[0].evidence.target_span is None


def test_only_an_object_fits_a_record_type() -> None:
    with pytest.raises(RecordError, match="expected an object, got str"):
        from_dict(Evidence, "a sentence")
    with pytest.raises(RecordError, match="expected an object, got list"):
        from_dict(DocExtraction, [])


def test_values_other_than_exact_json_types_are_checked_and_taken() -> None:
    # A tuple for a list and a str subclass for a str fit their fields.
    class Name(str):
        pass

    data = sample()
    data["entities"][0]["aliases"] = ("Kenya", Name("Republic of Kenya"))
    data["relations"][0]["evidence"]["source_span"] = (0, 5)
    extraction = DocExtraction.from_dict(data)
    assert extraction.entities[0].aliases == ("Kenya", "Republic of Kenya")
    assert extraction.relations[0].evidence.source_span == (0, 5)


def test_a_record_without_its_defaults_decodes_to_the_defaults() -> None:
    data = sample()
    entity = data["entities"][0]
    for name in ("roles", "country", "mentions", "sector", "company_cues"):
        del entity[name]
    decoded = DocExtraction.from_dict(data).entities[0]
    assert decoded == LocalEntity("country:KEN", "Kenya", "GPE", ("Kenya",), is_country=True)
    entity["mentions"] = 2.0
    with pytest.raises(RecordError, match=r"entities\[0\].mentions: expected int, got float"):
        DocExtraction.from_dict(data)
