"""Camps (kg.camps): signed ties from PLOVER scores, splits of small signed graphs, kg camps."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

import kg.camps
import kg.cli
from kg.camps import camp_report, frustration, link_tie, signed_ties, split_camps
from kg.cli import app
from kg.export.json import write_json
from tests.test_graph import build, ent, rel

runner = CliRunner()


def _ties(rows: list[tuple[str, str, float]]) -> dict[tuple[str, str], float]:
    return {(min(a, b), max(a, b)): w for a, b, w in rows}


def _groups(camps: dict[str, int]) -> list[set[str]]:
    by_camp: dict[int, set[str]] = {}
    for node, camp in camps.items():
        by_camp.setdefault(camp, set()).add(node)
    return [by_camp[c] for c in sorted(by_camp)]


# ----------------------------------------------------------------------- ties


@pytest.mark.parametrize(
    ("relation", "modalities", "expected"),
    [
        ("SUPPORT", ["asserted", "reported"], 10.0),
        ("ASSAULT", ["asserted"], -9.0),
        ("CONSULT", ["future", "hypothetical"], 5.0),
        # What did not happen has no sign.
        ("CONSULT", ["negated"], 0.0),
        ("ACCUSE", ["denied", "asserted"], -3.0),
        # Structural relations and requests are neither cooperation nor conflict.
        ("LEADER_OF", ["asserted"], 0.0),
        ("MEMBER_OF", ["asserted", "asserted"], 0.0),
        ("REQUEST", ["asserted"], 0.0),
    ],
)
def test_link_tie_is_plover_score_times_counted_evidence(
    relation: str, modalities: list[str], expected: float
) -> None:
    assert link_tie(relation, [{"modality": m} for m in modalities]) == expected


def test_signed_ties_sum_both_directions_and_drop_zero_pairs() -> None:
    G = nx.MultiDiGraph()
    G.add_nodes_from("abcd")
    G.add_edge("a", "b", key="SUPPORT", relation="SUPPORT", evidence=[{"modality": "asserted"}])
    G.add_edge("b", "a", key="ACCUSE", relation="ACCUSE", evidence=[{"modality": "asserted"}])
    G.add_edge("c", "a", key="AID", relation="AID", evidence=[{"modality": "asserted"}] * 2)
    G.add_edge("c", "d", key="LEADER_OF", relation="LEADER_OF", evidence=[{"modality": "x"}])
    # 2.5 - 2.5: a meeting and a rejection cancel out, so the pair has no tie.
    G.add_edge("b", "d", key="CONSULT", relation="CONSULT", evidence=[{"modality": "asserted"}])
    G.add_edge("d", "b", key="REJECT", relation="REJECT", evidence=[{"modality": "asserted"}])
    G.add_edge("d", "b", key="REQUEST", relation="REQUEST", evidence=[{"modality": "asserted"}])
    assert signed_ties(G) == {("a", "b"): 2.0, ("a", "c"): 20.0, ("b", "d"): 0.5}


# --------------------------------------------------------------------- splits

SPLIT_TABLE: list[tuple[str, list[tuple[str, str, float]], list[set[str]]]] = [
    (
        "two sides, balanced",
        [("a", "b", 5), ("b", "c", 5), ("d", "e", 5), ("a", "d", -3), ("c", "e", -3)],
        [{"a", "b", "c"}, {"d", "e"}],
    ),
    ("the enemy of my enemy is on my side", [("a", "b", -3), ("b", "c", -3)], [{"a", "c"}, {"b"}]),
    ("only cooperation: one camp", [("a", "b", 2.5), ("b", "c", 10)], [{"a", "b", "c"}]),
    ("one conflict: two camps of one", [("a", "b", -9)], [{"a"}, {"b"}]),
    (
        # A weak meeting across the divide does not pull an ally over.
        "the weakest tie gives way",
        [("a", "b", 10), ("c", "d", 10), ("a", "c", -9), ("b", "d", -9), ("b", "c", 2.5)],
        [{"a", "b"}, {"c", "d"}],
    ),
    (
        # Camps of separate components are numbered by size, larger first.
        "components are numbered by size",
        [("x", "y", 5), ("a", "b", 5), ("b", "c", -3), ("c", "d", 5), ("a", "e", 5)],
        [{"a", "b", "e"}, {"c", "d"}, {"x", "y"}],
    ),
    ("a self-tie or a zero tie is no relation", [("a", "a", -3), ("b", "c", 0.0)], []),
]


@pytest.mark.parametrize(
    ("rows", "expected"), [(r, e) for _, r, e in SPLIT_TABLE], ids=[n for n, _, _ in SPLIT_TABLE]
)
def test_split_camps_table(rows: list[tuple[str, str, float]], expected: list[set[str]]) -> None:
    ties = {(a, b): w for a, b, w in rows}
    assert _groups(split_camps(ties)) == expected


def test_frustrated_triangle_keeps_the_strongest_conflicts_across() -> None:
    # Three mutual enemies cannot be split in two without one conflict inside a camp:
    # the weakest one stays inside.
    ties = _ties([("a", "b", -9), ("b", "c", -7), ("a", "c", -3)])
    camps = split_camps(ties)
    assert _groups(camps) == [{"a", "c"}, {"b"}]
    assert frustration(ties, camps) == 3


def test_split_is_independent_of_input_order() -> None:
    rows = [("a", "b", -3), ("b", "c", -3), ("c", "a", -3), ("c", "d", 5), ("d", "e", -6)]
    first = split_camps(_ties(rows))
    for perm in itertools.permutations(rows):
        assert split_camps(_ties(list(perm))) == first


def _planted(
    seed: int, size: int, noise: float = 0.0
) -> tuple[dict[tuple[str, str], float], set[str]]:
    """A random network: positive ties inside two planted sides, negative across, and a
    share ``noise`` of ties with the other sign."""
    rng = random.Random(seed)
    nodes = [f"n{i:03d}" for i in range(size)]
    side = {n: rng.random() < 0.5 for n in nodes}
    graph = nx.connected_watts_strogatz_graph(size, 6, 0.3, seed=seed)
    ties = {}
    for i, j in graph.edges:
        a, b = sorted((nodes[i], nodes[j]))
        weight = rng.choice([2.5, 5.0, 9.5, 3.0, 7.0])
        sign = 1 if side[a] == side[b] else -1
        ties[(a, b)] = weight * (-sign if rng.random() < noise else sign)
    return ties, {n for n in nodes if side[n]}


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("size", [12, 40, 120])
def test_balanced_networks_are_split_without_frustration(seed: int, size: int) -> None:
    ties, planted = _planted(seed, size)
    camps = split_camps(ties)
    assert frustration(ties, camps) == 0
    groups = _groups(camps)
    assert planted in groups or set(camps) - planted in groups


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("size", [40, 300])
def test_noisy_networks_split_no_worse_than_the_planted_sides(seed: int, size: int) -> None:
    ties, planted = _planted(seed, size, noise=0.1)
    camps = split_camps(ties)
    planted_camps = {n: int(n in planted) for a, b in ties for n in (a, b)}
    assert 0 < frustration(ties, camps) <= frustration(ties, planted_camps)


@pytest.mark.parametrize("seed", range(8))
def test_heuristic_split_is_a_local_optimum_no_worse_than_a_single_flip(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    nodes = [f"n{i}" for i in range(10)]
    ties = {
        (a, b): rng.choice([-9.0, -3.0, 2.5, 5.0, 10.0])
        for a, b in itertools.combinations(nodes, 2)
        if rng.random() < 0.5
    }
    exact = frustration(ties, split_camps(ties))
    monkeypatch.setattr(kg.camps, "EXACT_LIMIT", 0)
    camps = split_camps(ties)
    cost = frustration(ties, camps)
    assert cost >= exact
    graph = nx.Graph(list(ties))
    for component in nx.connected_components(graph):
        for node in component:
            # Moving one actor to the other camp of its component never helps.
            for alt in {camps[n] for n in component} - {camps[node]}:
                assert frustration(ties, {**camps, node: alt}) >= cost


# ------------------------------------------------------------- graph and CLI


def signed_graph() -> nx.MultiDiGraph:
    entities = [
        ent("ardenia", "Ardenia", "GPE"),
        ent("borvia", "Borvia", "GPE"),
        ent("calvera", "Calvera", "GPE"),
        ent("dunmark", "Dunmark", "GPE"),
        ent("lena-hart", "Lena Hart"),
        ent("quiet-org", "Quiet Org", "ORG"),
    ]
    relations = [
        rel("ardenia", "borvia", "AID"),
        rel("ardenia", "borvia", "SUPPORT"),
        rel("calvera", "dunmark", "COOPERATE"),
        rel("ardenia", "calvera", "SANCTION"),
        rel("dunmark", "borvia", "ACCUSE"),
        rel("lena-hart", "ardenia", "LEADER_OF"),
        rel("quiet-org", "dunmark", "CONSULT", modality="negated"),
    ]
    G: nx.MultiDiGraph = build(relations, entities)
    return G


def test_build_stores_a_camp_on_every_node() -> None:
    G = signed_graph()
    assert dict(G.nodes(data="camp")) == {
        "ardenia": 0,
        "borvia": 0,
        "calvera": 1,
        "dunmark": 1,
        # Structural relations and events that did not happen carry no sign.
        "lena-hart": None,
        "quiet-org": None,
    }


def test_camp_report_lists_relations_within_and_between() -> None:
    report = camp_report(signed_graph())
    assert [(c.id, c.members, c.opposed) for c in report.camps] == [
        (0, ("ardenia", "borvia"), (1,)),
        (1, ("calvera", "dunmark"), (0,)),
    ]
    assert [(x.source, x.relation, x.target, x.tie) for x in report.camps[0].within] == [
        ("ardenia", "AID", "borvia", 10.0),
        ("ardenia", "SUPPORT", "borvia", 5.0),
    ]
    assert [(x.source, x.relation, x.target, x.fits) for x in report.between] == [
        ("ardenia", "SANCTION", "calvera", True),
        ("dunmark", "ACCUSE", "borvia", True),
    ]
    assert report.frustration == 0
    assert report.total == 33.5


def test_camp_report_computes_camps_for_a_graph_written_without_them() -> None:
    G = signed_graph()
    for _, d in G.nodes(data=True):
        del d["camp"]
    assert [c.members for c in camp_report(G).camps] == [
        ("ardenia", "borvia"),
        ("calvera", "dunmark"),
    ]


@pytest.fixture
def camps_json(tmp_path: Path) -> Path:
    path = tmp_path / "graph.json"
    write_json(signed_graph(), path)
    return path


def test_cli_camps_piped_lists_one_actor_per_line(camps_json: Path) -> None:
    result = runner.invoke(app, ["camps", str(camps_json)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "camp\tid\tname\ttype\topposes",
        "0\tardenia\tArdenia\tGPE\t1",
        "0\tborvia\tBorvia\tGPE\t1",
        "1\tcalvera\tCalvera\tGPE\t0",
        "1\tdunmark\tDunmark\tGPE\t0",
    ]


def test_cli_camps_json(camps_json: Path) -> None:
    result = runner.invoke(app, ["camps", str(camps_json), "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    assert [[m["label"] for m in c["members"]] for c in data["camps"]] == [
        ["Ardenia", "Borvia"],
        ["Calvera", "Dunmark"],
    ]
    assert data["camps"][1]["within"] == [
        {
            "source": "calvera",
            "source_label": "Calvera",
            "source_camp": 1,
            "relation": "COOPERATE",
            "target": "dunmark",
            "target_label": "Dunmark",
            "target_camp": 1,
            "weight": 1,
            "signed": 9.5,
            "fits": True,
        }
    ]
    assert [(x["source"], x["relation"], x["signed"]) for x in data["between"]] == [
        ("ardenia", "SANCTION", -6.0),
        ("dunmark", "ACCUSE", -3.0),
    ]
    assert data["frustration"] == 0
    assert data["signed_total"] == 33.5


def test_cli_camps_table_on_a_terminal(camps_json: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.cli, "_stdout_is_tty", lambda: True)
    result = runner.invoke(app, ["camps", str(camps_json)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Camp 0 — 2 actors: Ardenia, Borvia  (against camp 1)" in out
    assert "Between camps" in out
    assert "Calvera (1)" in out and "-6" in out
    assert out.rstrip().endswith("Relations against the split: 0 of 5 (0% of their signed weight).")


def test_cli_camps_table_marks_relations_against_the_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three mutual enemies: two camps cannot hold all three conflicts apart.
    entities = [ent("a", "Ardenia", "GPE"), ent("b", "Borvia", "GPE"), ent("c", "Calvera", "GPE")]
    relations = [rel("a", "b", "ASSAULT"), rel("b", "c", "SANCTION"), rel("a", "c", "ACCUSE")]
    path = tmp_path / "graph.json"
    write_json(build(relations, entities), path)
    monkeypatch.setattr(kg.cli, "_stdout_is_tty", lambda: True)
    result = runner.invoke(app, ["camps", str(path)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    rows = [" ".join(line.replace("│", " ").split()) for line in result.stdout.splitlines()]
    assert "Camp 0 — 2 actors: Ardenia, Calvera (against camp 1)" in rows
    assert "Ardenia ACCUSE Calvera 1 -3 no" in rows
    assert "Borvia (1) SANCTION Calvera (0) 1 -6 yes" in rows
    assert rows[-1] == "Relations against the split: 1 of 3 (17% of their signed weight)."


def test_cli_camps_without_signed_relations(tmp_path: Path) -> None:
    entities = [ent("ardenia", "Ardenia", "GPE"), ent("lena-hart", "Lena Hart")]
    G = build([rel("lena-hart", "ardenia", "LEADER_OF")], entities)
    path = tmp_path / "graph.json"
    write_json(G, path)
    result = runner.invoke(app, ["camps", str(path)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == (
        f"No camps in {path}: no cooperative or conflictual relation between actors.\n"
    )
    as_json = runner.invoke(app, ["camps", str(path), "--json"])
    assert json.loads(as_json.stdout) == {
        "camps": [],
        "between": [],
        "frustration": 0.0,
        "signed_total": 0.0,
    }
