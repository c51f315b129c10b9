"""Aggregation of entities and per-sentence relations into the actor graph (kg.graph)."""

from __future__ import annotations

import random
from typing import Any

import pytest

from kg.export.json import dumps, generate_json
from kg.graph import (
    build_nx_graph,
    edge_rows,
    entity_rows,
    find_actors,
    fold,
    summarise_modality,
)
from kg.model import Document, Entity, Evidence, Relation

MODEL = {"name": "en_core_web_sm", "version": "3.8.0"}


def ent(id: str, name: str, type: str = "PERSON", *, mentions: int = 1, **kw: Any) -> Entity:
    return Entity(
        id=id,
        label=name,
        type=type,
        aliases=kw.pop("aliases", (name,)),
        mentions=mentions,
        documents=kw.pop("documents", ("d1",)),
        **kw,
    )


def rel(
    source: str,
    target: str,
    relation: str = "ACCUSE",
    *,
    doc: str = "d1",
    start: int = 0,
    predicate: str = "accused",
    modality: str = "asserted",
    sentence: str = "A accused B.",
    spans: tuple[tuple[int, int], ...] = ((0, 1), (10, 11)),
) -> Relation:
    return Relation(
        source=source,
        target=target,
        relation=relation,
        evidence=Evidence(
            doc=doc,
            sentence=sentence,
            start=start,
            end=start + len(sentence),
            predicate=predicate,
            modality=modality,
            source_span=spans[0] if spans else None,
            target_span=spans[1] if len(spans) > 1 else None,
        ),
    )


def doc(id: str) -> Document:
    return Document(
        id=id, title=f"Title {id}", source=f"{id}.txt", date="", text="x", sha256=id * 4
    )


ACTORS = [ent("a", "Alice"), ent("b", "Bob"), ent("c", "Carol")]


def build(relations: list[Relation], entities: list[Entity] | None = None) -> Any:
    return build_nx_graph(
        ACTORS if entities is None else entities,
        relations,
        [doc("d1"), doc("d2")],
        model=MODEL,
        created="2024-01-01T00:00:00+00:00",
        kg_version="0.1.0",
    )


def edge_summary(relations: list[Relation]) -> dict[tuple[str, str, str], int]:
    G = build(relations)
    return {(u, v, k): d["weight"] for u, v, k, d in G.edges(keys=True, data=True)}


@pytest.mark.parametrize(
    ("relations", "expected"),
    [
        pytest.param([rel("a", "b")], {("a", "b", "ACCUSE"): 1}, id="one sentence"),
        pytest.param(
            [rel("a", "b"), rel("a", "b", start=50)], {("a", "b", "ACCUSE"): 2}, id="two sentences"
        ),
        pytest.param(
            [rel("a", "b"), rel("a", "b", doc="d2")], {("a", "b", "ACCUSE"): 2}, id="two documents"
        ),
        pytest.param([rel("a", "b"), rel("a", "b")], {("a", "b", "ACCUSE"): 1}, id="duplicate"),
        pytest.param(
            [rel("a", "b"), rel("a", "b", predicate="blamed")],
            {("a", "b", "ACCUSE"): 2},
            id="same sentence, two predicates",
        ),
        pytest.param(
            [rel("a", "b"), rel("a", "b", "SANCTION")],
            {("a", "b", "ACCUSE"): 1, ("a", "b", "SANCTION"): 1},
            id="two relations are two edges",
        ),
        pytest.param(
            [rel("a", "b"), rel("b", "a")],
            {("a", "b", "ACCUSE"): 1, ("b", "a", "ACCUSE"): 1},
            id="directed relation keeps direction",
        ),
        pytest.param(
            [rel("a", "b", "CONSULT"), rel("b", "a", "CONSULT", start=40)],
            {("a", "b", "CONSULT"): 2},
            id="symmetric relation merges both directions",
        ),
        pytest.param([rel("a", "a")], {}, id="self-loop dropped"),
        pytest.param([rel("a", "zed"), rel("zed", "b")], {}, id="unknown endpoint dropped"),
    ],
)
def test_edge_aggregation(relations: list[Relation], expected: dict[Any, int]) -> None:
    assert edge_summary(relations) == expected


@pytest.mark.parametrize(
    ("relations", "expected"),
    [
        pytest.param([rel("c", "a", "CONSULT")], ("c", "a"), id="one sentence: its subject"),
        pytest.param(
            [
                rel("a", "c", "CONSULT", start=0),
                rel("c", "a", "CONSULT", start=20),
                rel("c", "a", "CONSULT", doc="d2"),
            ],
            ("c", "a"),
            id="the subject of most evidence",
        ),
        pytest.param(
            [rel("c", "a", "CONSULT", doc="d2"), rel("a", "c", "CONSULT", doc="d1")],
            ("a", "c"),
            id="tie: the subject of the earliest evidence",
        ),
        pytest.param(
            [rel("c", "a", "CONSULT", start=30), rel("a", "c", "CONSULT", start=0)],
            ("a", "c"),
            id="tie within a document: the earlier sentence",
        ),
        pytest.param(
            [rel("c", "a", "CONSULT"), rel("a", "c", "CONSULT", spans=((10, 11), (0, 1)))],
            ("a", "c"),
            id="each the subject of one item ('A and C met'): the smaller id",
        ),
    ],
)
def test_symmetric_relation_starts_from_its_subject(
    relations: list[Relation], expected: tuple[str, str]
) -> None:
    for order in (relations, relations[::-1]):
        G = build(order)
        assert [(u, v) for u, v, _ in G.edges(keys=True)] == [expected]


def test_symmetric_relation_swaps_spans_with_its_ends() -> None:
    G = build(
        [
            rel("c", "a", "CONSULT", spans=((0, 5), (20, 25))),
            rel("a", "c", "CONSULT", start=40, spans=((1, 2), (3, 4))),
            rel("a", "c", "CONSULT", doc="d2", spans=((5, 6), (7, 8))),
        ]
    )
    assert list(G.edges(keys=True)) == [("a", "c", "CONSULT")]
    spans = [
        (ev["source_span"], ev["target_span"]) for ev in G.edges["a", "c", "CONSULT"]["evidence"]
    ]
    assert spans == [([20, 25], [0, 5]), ([1, 2], [3, 4]), ([5, 6], [7, 8])]


def test_edge_attributes() -> None:
    sentence = "Alice accused Bob."
    G = build(
        [
            rel("a", "b", doc="d2", start=100, sentence=sentence, predicate="accused"),
            rel("a", "b", doc="d1", start=7, sentence=sentence, predicate="blamed"),
            rel("a", "b", doc="d1", start=7, sentence=sentence, predicate="accused", spans=()),
        ]
    )
    d = G.edges["a", "b", "ACCUSE"]
    assert d["relation"] == "ACCUSE"
    assert d["quad"] == "verbal_conflict"
    assert d["score"] == -3.0
    assert d["weight"] == 3
    assert d["documents"] == ["d1", "d2"]
    assert d["predicates"] == ["accused", "blamed"]
    assert d["modality"] == "asserted"
    # Sorted by (doc, start, end, predicate); missing spans are null.
    assert [(e["doc"], e["start"], e["predicate"]) for e in d["evidence"]] == [
        ("d1", 7, "accused"),
        ("d1", 7, "blamed"),
        ("d2", 100, "accused"),
    ]
    assert d["evidence"][0] == {
        "doc": "d1",
        "sentence": sentence,
        "start": 7,
        "end": 7 + len(sentence),
        "predicate": "accused",
        "modality": "asserted",
        "source_span": None,
        "target_span": None,
        "date": "",
    }
    assert d["evidence"][1]["source_span"] == [0, 1]
    assert d["evidence"][1]["target_span"] == [10, 11]


@pytest.mark.parametrize(
    ("modalities", "expected"),
    [
        (["asserted"], "asserted"),
        (["negated", "negated", "asserted"], "asserted"),
        (["negated", "negated", "future"], "negated"),
        (["future", "negated"], "future"),
        (["denied", "reported"], "reported"),
        (["hypothetical", "future"], "future"),
        (["denied"], "denied"),
        (["made-up", "made-up", "future"], "made-up"),
        (["made-up", "future"], "future"),
        ([], "asserted"),
    ],
)
def test_summarise_modality(modalities: list[str], expected: str) -> None:
    assert summarise_modality(modalities) == expected


def test_edge_modality_is_summarised_from_its_evidence() -> None:
    G = build(
        [
            rel("a", "b", modality="negated", start=0),
            rel("a", "b", modality="future", start=30),
            rel("a", "b", modality="future", start=60),
        ]
    )
    assert G.edges["a", "b", "ACCUSE"]["modality"] == "future"


def test_unknown_relation_type_is_a_bug_not_a_silent_drop() -> None:
    with pytest.raises(ValueError, match="MEET"):
        build([rel("a", "b", "MEET")])


def test_node_attributes_and_weighted_degree() -> None:
    entities = [
        ent(
            "a",
            "Alice Smith",
            aliases=("Smith", "Alice Smith", "A. Smith"),
            mentions=4,
            documents=("d2", "d1"),
            country="GBR",
            roles=("Minister", "Envoy"),
            metonyms=("Whitehall",),
        ),
        ent("b", "Bob"),
    ]
    G = build([rel("a", "b"), rel("a", "b", start=40), rel("b", "a", "SUPPORT")], entities)
    assert dict(G.nodes["a"]) == {
        "label": "Alice Smith",
        "type": "PERSON",
        "aliases": ["A. Smith", "Alice Smith", "Smith"],
        "mentions": 4,
        "documents": ["d1", "d2"],
        "country": "GBR",
        "roles": ["Envoy", "Minister"],
        "metonyms": ["Whitehall"],
        "merged": {},
        "sector": "",
        "degree": 3,
        "camp": 0,
        "first_seen": None,
        "last_seen": None,
    }
    assert G.nodes["b"]["degree"] == 3
    assert G.nodes["b"]["country"] == ""


def test_entities_sharing_an_id_are_merged_not_overwritten() -> None:
    entities = [
        ent("a", "Alice", mentions=1, aliases=("Al",), documents=("d2",)),
        ent("a", "Alice Smith", mentions=3, aliases=("Alice Smith",), documents=("d1",)),
    ]
    G = build([], entities)
    node = G.nodes["a"]
    assert node["label"] == "Alice Smith"
    assert node["mentions"] == 4
    assert node["aliases"] == ["Al", "Alice Smith"]
    assert node["documents"] == ["d1", "d2"]


def test_graph_attributes() -> None:
    G = build_nx_graph(
        ACTORS,
        [],
        [doc("z"), doc("a"), doc("a")],
        model=MODEL,
        created="2024-05-01T10:00:00+00:00",
        kg_version="9.9",
    )
    assert G.graph == {
        "kg_version": "9.9",
        "model": {"name": "en_core_web_sm", "version": "3.8.0"},
        "created": "2024-05-01T10:00:00+00:00",
        "documents": [
            {
                "id": "a",
                "title": "Title a",
                "source": "a.txt",
                "date": "",
                "date_precision": "",
                "place": "",
                "sha256": "aaaa",
            },
            {
                "id": "z",
                "title": "Title z",
                "source": "z.txt",
                "date": "",
                "date_precision": "",
                "place": "",
                "sha256": "zzzz",
            },
        ],
    }


def test_same_input_in_any_order_gives_identical_json_bytes() -> None:
    entities = [*ACTORS, ent("d", "Dora", "ORG", aliases=("D", "Dora"), documents=("d2", "d1"))]
    relations = [
        rel("a", "b", start=0),
        rel("a", "b", start=30, modality="negated"),
        rel("b", "a", "CONSULT", spans=((1, 2), (3, 4))),
        rel("a", "b", "CONSULT", doc="d2"),
        rel("d", "c", "AID", predicate="sent aid to"),
        rel("c", "d", "SANCTION", doc="d2"),
        rel("a", "b", start=0),
        rel("c", "c", "ASSAULT"),
    ]
    documents = [doc("d1"), doc("d2")]

    def render(seed: int | None) -> str:
        e, r, d = list(entities), list(relations), list(documents)
        if seed is not None:
            rng = random.Random(seed)
            for items in (e, r, d):
                rng.shuffle(items)
        G = build_nx_graph(e, r, d, model=MODEL, created="t", kg_version="0.1.0")
        return dumps(generate_json(G))

    reference = render(None)
    for seed in range(10):
        assert render(seed) == reference


def test_fold() -> None:
    assert fold("  Nicolás   MADURO ") == "nicolas maduro"
    assert fold("Guaidó") == fold("GUAIDO")
    assert fold("Straße") == "strasse"


def test_find_actors_tries_id_then_label_then_alias() -> None:
    entities = [
        ent("nicolas-maduro", "Nicolás Maduro", aliases=("Maduro", "Nicolás Maduro")),
        ent("maduro-party", "Maduro", "ORG", aliases=("Maduro",)),
        ent("juan-guaido", "Juan Guaidó", aliases=("Guaidó", "Juan Guaido")),
    ]
    G = build([], entities)
    assert find_actors(G, "juan-guaido") == ["juan-guaido"]
    assert find_actors(G, "NICOLAS maduro") == ["nicolas-maduro"]
    # An exact label wins over an alias shared by another actor.
    assert find_actors(G, "maduro") == ["maduro-party"]
    assert find_actors(G, "guaido") == ["juan-guaido"]
    assert find_actors(G, "nobody") == []
    assert find_actors(G, "  ") == []


def test_entity_rows_sort_by_mentions_then_name_and_filter_by_type() -> None:
    entities = [
        ent("b", "bob", mentions=2),
        ent("a", "Alice", mentions=2),
        ent("c", "Carol", "ORG", mentions=5),
    ]
    G = build([], entities)
    assert [n for n, _ in entity_rows(G)] == ["c", "a", "b"]
    assert [n for n, _ in entity_rows(G, type="person")] == ["a", "b"]
    assert entity_rows(G, type="GPE") == []


def test_edge_rows_sort_heaviest_first_and_filter() -> None:
    G = build(
        [
            rel("a", "b"),
            rel("c", "a", "SUPPORT"),
            rel("c", "a", "SUPPORT", start=40),
            rel("b", "c", "AID"),
        ]
    )
    assert [(u, v, d["relation"]) for u, v, d in edge_rows(G)] == [
        ("c", "a", "SUPPORT"),
        ("a", "b", "ACCUSE"),
        ("b", "c", "AID"),
    ]
    assert [(u, v) for u, v, _ in edge_rows(G, nodes={"a"})] == [("c", "a"), ("a", "b")]
    assert [d["relation"] for _, _, d in edge_rows(G, relations={"AID", "ACCUSE"})] == [
        "ACCUSE",
        "AID",
    ]


# ----------------------------------------------------------------------- time


def dated(id: str, date: str) -> Document:
    return Document(id=id, title=id, source=f"{id}.txt", date=date, text="x", sha256=id * 4)


DATED_DOCS = [
    dated("day", "2019-06-27"),
    dated("month", "2019-06"),
    dated("year", "2018"),
    dated("undated", ""),
    # Not an ISO prefix: no date rather than a wrong one.
    dated("raw", "June 27th"),
]


@pytest.mark.parametrize(
    ("docs", "first", "last"),
    [
        (["day", "undated"], "2019-06-27", "2019-06-27"),
        # A month covers 1-30 June: it starts before and ends after the 27th.
        (["day", "month"], "2019-06", "2019-06"),
        (["day", "year"], "2018", "2019-06-27"),
        (["undated"], None, None),
        (["raw"], None, None),
    ],
)
def test_first_and_last_seen_of_links_and_nodes(
    docs: list[str], first: str | None, last: str | None
) -> None:
    entities = [ent("a", "Alice", documents=tuple(docs)), ent("b", "Bob", documents=("undated",))]
    relations = [rel("a", "b", doc=d) for d in docs]
    G = build_nx_graph(
        entities, relations, DATED_DOCS, model=MODEL, created="2024-01-01", kg_version="0"
    )
    link = G.edges["a", "b", "ACCUSE"]
    assert (link["first_seen"], link["last_seen"]) == (first, last)
    assert (G.nodes["a"]["first_seen"], G.nodes["a"]["last_seen"]) == (first, last)
    assert (G.nodes["b"]["first_seen"], G.nodes["b"]["last_seen"]) == (None, None)


def test_evidence_carries_its_document_date() -> None:
    G = build_nx_graph(
        ACTORS,
        [rel("a", "b", doc=d) for d in ("day", "month", "undated", "raw")],
        DATED_DOCS,
        model=MODEL,
        created="2024-01-01",
        kg_version="0",
    )
    evidence = G.edges["a", "b", "ACCUSE"]["evidence"]
    assert {ev["doc"]: ev["date"] for ev in evidence} == {
        "day": "2019-06-27",
        "month": "2019-06",
        "undated": "",
        "raw": "",
    }
    records = {d["id"]: (d["date"], d["date_precision"]) for d in G.graph["documents"]}
    assert records == {
        "day": ("2019-06-27", "day"),
        "month": ("2019-06", "month"),
        "year": ("2018", "year"),
        "undated": ("", ""),
        "raw": ("", ""),
    }
