"""Unit tests of the viewer page generator (no browser)."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import random
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from viewer_fixtures import (
    PAYLOADS,
    hostile_graph,
    small_graph,
    synthetic_graph,
    without_time_and_camps,
)

from kg.errors import GraphFileError
from kg.export.html import generate_html, prepare_view_data, write_html

DATA_RE = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.DOTALL)


def embedded(page: str) -> dict[str, Any]:
    match = DATA_RE.search(page)
    assert match, "no kg-data script element"
    result: dict[str, Any] = json.loads(match.group(1))
    return result


def expected_kept(data: dict[str, Any], max_nodes: int) -> set[str]:
    """The pruning rule, computed independently with networkx."""
    g = nx.node_link_graph(data, edges="links")
    degree = dict(g.degree(weight="weight"))
    mentions = dict(g.nodes(data="mentions"))
    ranked = sorted(g.nodes, key=lambda n: (-degree[n], -mentions[n], n))
    return set(ranked[:max_nodes])


def test_page_is_self_contained() -> None:
    page = generate_html(small_graph())
    assert page.startswith("<!DOCTYPE html>")
    # No external resources of any kind: no src/href to a URL, no <link>, no @import.
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<link" not in page
    assert "@import" not in page
    assert "vis.Network" in page  # the library is inlined, not referenced
    assert len(re.findall(r"^<script\b", page, re.MULTILINE)) == 3


def test_embedded_data_round_trips() -> None:
    data = small_graph()
    payload = embedded(generate_html(data, title="T"))
    assert payload["title"] == "T"
    assert {n["id"] for n in payload["nodes"]} == {n["id"] for n in data["nodes"]}
    assert len(payload["links"]) == len(data["links"])
    assert payload["total"] == {"nodes": 9, "links": 13}
    nodes = {n["id"]: n for n in payload["nodes"]}
    assert nodes["russia"]["camp"] == 0 and nodes["juan-guaido"]["camp"] == 1
    assert nodes["opec"]["camp"] is None
    assert nodes["juan-guaido"]["first_seen"] == "2019-01-28"
    assert nodes["juan-guaido"]["last_seen"] == "2019-02-02"
    oppose = next(k for k in payload["links"] if k["relation"] == "OPPOSE")
    assert [e["date"] for e in oppose["evidence"]] == ["2019-02-02", ""]  # d4 is undated
    assert payload["documents"][2]["place"] == "Caracas"
    sanction = next(k for k in payload["links"] if k["relation"] == "SANCTION")
    assert sanction["evidence"][0]["source_span"] == [7, 20]  # code points, after a flag emoji
    assert payload["documents"][0]["title"] == "US tightens sanctions on Caracas"


def test_hostile_strings_cannot_break_out() -> None:
    data = hostile_graph()
    page = generate_html(data, title=PAYLOADS[1])
    for payload in PAYLOADS:
        if re.search("[<>&]", payload):
            assert payload not in page
    assert "\u2028" not in page and "\u2029" not in page
    match = DATA_RE.search(page)
    assert match
    inner = match.group(1)
    assert "<" not in inner and ">" not in inner and "&" not in inner
    # The escaped data is still the same data.
    payload = embedded(page)
    assert payload["title"] == PAYLOADS[1]
    labels = {n["label"] for n in payload["nodes"]}
    assert PAYLOADS[0] in labels and PAYLOADS[1] in labels
    # The title element holds escaped text only.
    title = re.search(r"<title>(.*?)</title>", page, re.DOTALL)
    assert title and "<" not in title.group(1)


def test_csp_allows_exactly_the_inline_scripts() -> None:
    page = generate_html(small_graph())
    csp_match = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp_match
    csp = csp_match.group(1)
    assert "default-src 'none'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    scripts = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    assert len(scripts) == 2
    for code in scripts:
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_output_is_deterministic_and_order_independent() -> None:
    data = synthetic_graph(80)
    shuffled = copy.deepcopy(data)
    random.Random(1).shuffle(shuffled["nodes"])
    random.Random(2).shuffle(shuffled["links"])
    first = generate_html(data, max_nodes=50)
    assert generate_html(data, max_nodes=50) == first
    assert generate_html(shuffled, max_nodes=50) == first


def test_data_is_not_modified() -> None:
    data = synthetic_graph(50)
    before = copy.deepcopy(data)
    generate_html(data, max_nodes=10)
    assert data == before


@pytest.mark.parametrize("max_nodes", [1, 7, 30, 59])
def test_pruning_keeps_most_connected_actors(max_nodes: int) -> None:
    data = synthetic_graph(60)
    view = prepare_view_data(data, max_nodes)
    kept = {n["id"] for n in view["nodes"]}
    assert kept == expected_kept(data, max_nodes)
    assert view["total"] == {"nodes": 60, "links": len(data["links"])}
    assert all(k["source"] in kept and k["target"] in kept for k in view["links"])
    expected_links = sum(1 for k in data["links"] if k["source"] in kept and k["target"] in kept)
    assert len(view["links"]) == expected_links


def test_pruning_ties_break_by_mentions_then_id() -> None:
    data = small_graph()
    data["links"] = []  # every actor has weighted degree 0
    for n in data["nodes"]:
        n["mentions"] = 5 if n["id"] in ("russia", "opec") else 1
    view = prepare_view_data(data, 4)
    others = sorted(n["id"] for n in data["nodes"] if n["id"] not in ("russia", "opec"))
    assert [n["id"] for n in view["nodes"]] == sorted(["opec", "russia", *others[:2]])


def test_max_nodes_zero_or_large_keeps_all() -> None:
    data = synthetic_graph(40)
    for max_nodes in (0, 40, 1000):
        view = prepare_view_data(data, max_nodes)
        assert len(view["nodes"]) == 40
        assert len(view["links"]) == len(data["links"])


def test_sloppy_data_is_normalised() -> None:
    data = {
        "graph": {"documents": "not a list", "model": None},
        "nodes": [
            {"id": "a", "label": None, "type": None, "aliases": "A", "mentions": "3"},
            {"id": 2, "label": "Two \ud800 broken", "aliases": None},
            "garbage",
        ],
        "links": [
            {"source": "a", "target": "2", "relation": "AID", "score": float("nan")},
            {"source": "a", "target": "missing", "relation": "AID"},
            {"source": "a", "target": "2", "key": "CONSULT", "evidence": [None, {"sentence": 5}]},
        ],
    }
    page = generate_html(data)
    page.encode("utf-8")  # a lone surrogate must not make the page unwritable
    payload = embedded(page)
    nodes = {n["id"]: n for n in payload["nodes"]}
    assert nodes["a"]["label"] == "a" and nodes["a"]["type"] == "OTHER"
    assert nodes["a"]["aliases"] == ["A"] and nodes["a"]["mentions"] == 3
    assert len(payload["links"]) == 2  # the dangling link is dropped
    aid = next(k for k in payload["links"] if k["relation"] == "AID")
    assert aid["quad"] == "material_coop" and aid["score"] == 10.0 and aid["weight"] == 1
    consult = next(k for k in payload["links"] if k["relation"] == "CONSULT")
    assert consult["evidence"][1]["sentence"] == "5"
    assert payload["documents"] == []


def test_bad_data_raises_a_kg_error() -> None:
    with pytest.raises(GraphFileError, match="nodes"):
        generate_html({"links": []})


def test_write_html_writes_the_page(tmp_path: Path) -> None:
    data = small_graph()
    target = tmp_path / "out" / "graph.html"
    write_html(data, target, max_nodes=5, title="Example")
    text = target.read_text(encoding="utf-8")
    assert text == generate_html(data, max_nodes=5, title="Example")
    assert not list(target.parent.glob(".*.tmp"))


def test_missing_chromium_is_a_clear_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    import viewer_fixtures

    monkeypatch.setattr(viewer_fixtures, "CHROMIUM_PATH", Path("/nonexistent/chromium"))
    with pytest.raises(RuntimeError, match="chromium"):
        viewer_fixtures.require_chromium()


@pytest.mark.parametrize(
    ("raw", "precision", "shown"),
    [
        ("2019-06-27", "day", "2019-06-27"),
        ("2019-06-27T10:30:00+00:00", "", "2019-06-27"),
        ("2019-06", "month", "2019-06"),
        ("2019-06-01", "month", "2019-06"),  # a month stored as its first day
        ("2019-06-01", "year", "2019"),
        ("2019", "", "2019"),
        (2019, None, "2019"),
        ("2019-02-30", "day", ""),  # not a calendar date
        ("June 2019", "", ""),
        ("", "day", ""),
        (None, None, ""),
    ],
)
def test_dates_are_normalised_to_their_precision(raw: Any, precision: Any, shown: str) -> None:
    data = small_graph()
    doc = data["graph"]["documents"][0]
    doc["date"], doc["date_precision"] = raw, precision
    for k in data["links"]:
        for ev in k["evidence"]:
            if ev["doc"] == doc["id"]:
                ev["date"] = raw
    view = prepare_view_data(data)
    assert view["documents"][0]["date"] == shown
    dates = {e["date"] for k in view["links"] for e in k["evidence"] if e["doc"] == doc["id"]}
    assert dates == {shown}


def test_graph_json_without_dates_or_camps_still_has_document_dates() -> None:
    old = without_time_and_camps(small_graph(), keep_document_dates=True)
    view = prepare_view_data(old)
    doc_dates = {d["id"]: d["date"] for d in view["documents"]}
    for k in view["links"]:
        for ev in k["evidence"]:
            assert ev["date"] == doc_dates[ev["doc"]]
    assert all(n["camp"] is None and n["first_seen"] == "" for n in view["nodes"])
    bare = prepare_view_data(without_time_and_camps(small_graph()))
    assert {e["date"] for k in bare["links"] for e in k["evidence"]} == {""}


@pytest.mark.parametrize(
    ("raw", "camp"),
    [(0, 0), (3, 3), (2.0, 2), (None, None), (-1, None), (True, None), ("1", None), (1.5, None)],
)
def test_camps_are_non_negative_ints_or_none(raw: Any, camp: int | None) -> None:
    data = small_graph()
    data["nodes"][0]["camp"] = raw
    view = prepare_view_data(data)
    node = next(n for n in view["nodes"] if n["id"] == data["nodes"][0]["id"])
    assert node["camp"] == camp
