"""The viewer in real headless Chromium: offline, explorable and safe with hostile data.

Pages are opened from file:// with every non-file request aborted and recorded. One
browser serves the whole module; each test gets a fresh context.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from viewer_fixtures import (
    CHROMIUM_ARGS,
    PAYLOADS,
    PageProbe,
    hostile_graph,
    open_viewer,
    require_chromium,
    small_graph,
    synthetic_graph,
)

from kg.export.html import write_html

pytestmark = pytest.mark.browser

VISIBLE_EDGES = "edges.get({filter: e => !e.hidden}).length"
VISIBLE_NODES = "nodes.get({filter: n => !n.hidden}).length"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    # Fails (never skips) when Chromium is missing: a silently skipped viewer test
    # would let a broken graph.html ship.
    path = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(path), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("viewer")
    out = {
        "small": root / "small.html",
        "hostile": root / "hostile.html",
        "pruned": root / "pruned.html",
    }
    write_html(small_graph(), out["small"], title="Venezuela crisis")
    write_html(hostile_graph(), out["hostile"], title=PAYLOADS[1])
    write_html(synthetic_graph(60), out["pruned"], max_nodes=25)
    return out


@pytest.fixture
def small(browser: Any, pages: dict[str, Path]) -> Iterator[PageProbe]:
    probe = open_viewer(browser, pages["small"])
    yield probe
    assert_clean(probe)
    probe.page.context.close()


def assert_clean(probe: PageProbe) -> None:
    assert probe.blocked_requests == []
    assert probe.console_errors == []
    assert probe.page_errors == []
    assert probe.dialogs == []


def page_point(page: Any, canvas_xy: dict[str, float]) -> tuple[float, float]:
    """Page coordinates of a point given in vis canvas coordinates."""
    dom = page.evaluate("p => network.canvasToDOM(p)", canvas_xy)
    box = page.locator("#kg-network").bounding_box()
    return box["x"] + dom["x"], box["y"] + dom["y"]


def node_point(page: Any, node_id: str) -> tuple[float, float]:
    pos = page.evaluate("id => network.getPositions([id])[id]", node_id)
    return page_point(page, pos)


def edge_midpoint(page: Any, edge_id: str) -> tuple[float, float] | None:
    """Where a straight edge is drawn between its nodes, if no node or other edge is there."""
    info = page.evaluate(
        """id => {
            const e = edges.get(id);
            const p = network.getPositions([e.from, e.to]);
            const mid = {x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2};
            const dom = network.canvasToDOM(mid);
            return {mid, node: network.getNodeAt(dom), edge: network.getEdgeAt(dom)};
        }""",
        edge_id,
    )
    if info["node"] is not None or info["edge"] != edge_id:
        return None
    return page_point(page, info["mid"])


def edge_id(page: Any, source: str, target: str, relation: str) -> str:
    result: str = page.evaluate(
        "([s, t, r]) => edges.get({filter: e => e.from === s && e.to === t"
        " && e.label.includes(r)})[0].id",
        [source, target, relation],
    )
    return result


def test_page_loads_offline_with_the_whole_graph(small: PageProbe) -> None:
    page = small.page
    data = small_graph()
    counts = page.evaluate(
        "[network.body.data.nodes.length, network.body.data.edges.length,"
        " nodes.length, edges.length]"
    )
    assert counts == [len(data["nodes"]), len(data["links"])] * 2
    ids = page.evaluate("Object.keys(network.getPositions()).sort()")
    assert ids == sorted(n["id"] for n in data["nodes"])
    header = page.inner_text("#kg-counts")
    assert "3 documents" in header and "9 actors" in header and "13 relations" in header
    assert "showing" not in header
    assert page.inner_text("#kg-title") == "Venezuela crisis"
    assert page.title() == "Venezuela crisis"
    # Physics ran, stabilised, then stopped; the toggle reflects it and restarts it.
    assert page.evaluate("network.physics.options.enabled") is False
    assert not page.is_checked("#kg-physics")
    page.check("#kg-physics")
    assert page.evaluate("network.physics.options.enabled") is True
    page.uncheck("#kg-physics")
    assert page.evaluate("network.physics.options.enabled") is False
    # Legend explains colours and line styles.
    legend = page.inner_text("#kg-legend")
    for text in ("PERSON", "Material conflict", "Structural", "Negated", "Hypothetical"):
        assert text in legend


def test_layout_is_deterministic(browser: Any, pages: dict[str, Path], small: PageProbe) -> None:
    other = open_viewer(browser, pages["small"])
    try:
        first = small.page.evaluate("network.getPositions()")
        second = other.page.evaluate("network.getPositions()")
        assert first == second
    finally:
        other.page.context.close()


def test_edge_styles_follow_quad_and_modality(small: PageProbe) -> None:
    styles = small.page.evaluate(
        "Object.fromEntries(edges.get().map(e => [e.label,"
        " [e.color.color, e.color.opacity, e.dashes, e.arrows.to.enabled]]))"
    )
    sanction = styles["SANCTION"]
    support = styles["SUPPORT"]
    assert sanction[0] != support[0]  # conflict and cooperation differ in colour
    assert sanction[1] == 1 and sanction[2] is False
    assert styles["LEADER_OF"][2]  # structural is dashed
    for label in ("NOT CONSULT", "AID (future)", "COOPERATE (maybe)", "THREATEN (denied)"):
        assert styles[label][2], label  # dashed
        assert styles[label][1] < 1, label  # and fainter
    assert styles["NOT CONSULT"][3] is False  # CONSULT is symmetric: no arrow
    assert styles["SANCTION"][3] is True


def test_click_on_drawn_edge_shows_highlighted_evidence(small: PageProbe) -> None:
    page = small.page
    # Try single (straight) edges until one has a clear midpoint to click.
    candidates = [
        ("juan-guaido", "nicolas-maduro", "OPPOSE"),
        ("venezuelans", "nicolas-maduro", "PROTEST"),
        ("venezuela", "opec", "MEMBER_OF"),
        ("miraflores", "venezuela", "LOCATED_IN"),
    ]
    for source, target, relation in candidates:
        eid = edge_id(page, source, target, relation)
        point = edge_midpoint(page, eid)
        if point:
            break
    else:
        pytest.fail("no edge midpoint was clear of other nodes and edges")
    page.mouse.click(*point)
    panel = page.locator("#kg-panel-body")
    assert panel.get_attribute("data-kind") == "edge"
    assert panel.get_attribute("data-id") == eid
    assert page.evaluate("network.getSelectedEdges()") == [eid]
    link = next(
        k
        for k in small_graph()["links"]
        if (k["source"], k["target"], k["relation"]) == (source, target, relation)
    )
    sentences = page.locator("#kg-evidence .kg-sentence")
    assert sentences.count() == len(link["evidence"])
    ev = link["evidence"][0]
    assert sentences.nth(0).text_content() == ev["sentence"]
    names = {n["id"]: n for n in small_graph()["nodes"]}
    src_mark = sentences.nth(0).locator("mark.kg-src").text_content()
    tgt_mark = sentences.nth(0).locator("mark.kg-tgt").text_content()
    assert src_mark in [names[source]["label"], *names[source]["aliases"]]
    assert tgt_mark in [names[target]["label"], *names[target]["aliases"]]
    evidence_text = page.inner_text("#kg-evidence")
    assert ev["predicate"] in evidence_text
    assert "asserted" in evidence_text
    doc_title = {d["id"]: d["title"] for d in small_graph()["graph"]["documents"]}[ev["doc"]]
    assert doc_title in evidence_text


def test_highlight_uses_code_point_spans(small: PageProbe) -> None:
    page = small.page
    eid = edge_id(page, "united-states", "venezuela", "SANCTION")
    page.evaluate("id => kgViewer.selectEdge(id)", eid)
    first = page.locator("#kg-evidence .kg-sentence").first
    # The sentence starts with a flag emoji (4 UTF-16 units for 2 code points).
    assert first.locator("mark.kg-src").text_content() == "United States"
    assert first.locator("mark.kg-tgt").text_content() == "Venezuela"
    assert page.locator("#kg-evidence .kg-sentence").count() == 3
    # A web source becomes a link; it is not followed.
    assert page.locator('#kg-evidence a[href="https://example.com/us-sanctions"]').count() == 2
    # Missing spans: the names are found in the sentence instead.
    eid = edge_id(page, "venezuela", "opec", "MEMBER_OF")
    page.evaluate("id => kgViewer.selectEdge(id)", eid)
    sentence = page.locator("#kg-evidence .kg-sentence").first
    assert sentence.locator("mark.kg-src").text_content() == "Venezuela"
    assert sentence.locator("mark.kg-tgt").text_content() == "OPEC"


def test_click_on_node_shows_its_panel(small: PageProbe) -> None:
    page = small.page
    page.mouse.click(*node_point(page, "nicolas-maduro"))
    panel = page.locator("#kg-panel-body")
    assert panel.get_attribute("data-kind") == "node"
    assert page.evaluate("network.getSelectedNodes()") == ["nicolas-maduro"]
    assert page.inner_text("#kg-panel-body h3") == "Nicolas Maduro"
    text = page.inner_text("#kg-panel-body")
    for expected in (
        "PERSON",
        "President",
        "VEN",
        "Maduro",
        "Nicolás Maduro",
        "Moscow stands by Maduro",
    ):
        assert expected in text
    relations = page.locator("#kg-node-relations li")
    assert relations.count() == 5
    # Relations in the panel are clickable and lead to the edge's evidence.
    page.locator("#kg-node-relations button[data-edge]").first.click()
    assert panel.get_attribute("data-kind") == "edge"


def test_search_selects_and_focuses_a_node(small: PageProbe) -> None:
    page = small.page
    options = page.evaluate(
        "Array.from(document.querySelectorAll('#kg-labels option'), o => o.value)"
    )
    assert "Nicolas Maduro" in options and "Guaidó" in options
    page.fill("#kg-search", "Guaidó")  # an alias, accented
    page.press("#kg-search", "Enter")
    assert page.evaluate("network.getSelectedNodes()") == ["juan-guaido"]
    assert page.inner_text("#kg-panel-body h3") == "Juan Guaido"
    page.fill("#kg-search", "vene")  # a prefix: the better connected match wins
    page.press("#kg-search", "Enter")
    assert page.evaluate("network.getSelectedNodes()") == ["venezuela"]
    page.fill("#kg-search", "nobody at all")
    page.press("#kg-search", "Enter")
    assert page.inner_text("#kg-search-msg") == "No actor matches"


def test_filters_hide_edges_and_reset_restores(small: PageProbe) -> None:
    page = small.page
    links = small_graph()["links"]
    assert page.evaluate(VISIBLE_EDGES) == len(links)
    page.uncheck('#kg-filter-quads input[data-value="verbal_conflict"]')
    conflict = sum(1 for k in links if k["quad"] == "verbal_conflict")
    assert page.evaluate(VISIBLE_EDGES) == len(links) - conflict
    assert "visible:" in page.inner_text("#kg-counts")
    page.evaluate("document.querySelector('#kg-filter-relations').parentElement.open = true")
    page.uncheck('#kg-filter-relations input[data-value="SANCTION"]')
    assert page.evaluate(VISIBLE_EDGES) == len(links) - conflict - 1
    page.click("#kg-reset")
    assert page.evaluate(VISIBLE_EDGES) == len(links)
    # Minimum weight.
    page.locator("#kg-minweight").fill("2")
    assert page.evaluate(VISIBLE_EDGES) == sum(1 for k in links if k["weight"] >= 2)
    page.click("#kg-reset")
    # Entity types hide nodes and their edges.
    page.uncheck('#kg-filter-types input[data-value="PERSON"]')
    persons = {n["id"] for n in small_graph()["nodes"] if n["type"] == "PERSON"}
    assert page.evaluate(VISIBLE_NODES) == 9 - len(persons)
    assert page.evaluate(VISIBLE_EDGES) == sum(
        1 for k in links if k["source"] not in persons and k["target"] not in persons
    )
    page.click("#kg-reset")
    # One document.
    page.select_option("#kg-doc", "d2")
    assert page.evaluate(VISIBLE_EDGES) == sum(1 for k in links if "d2" in k["documents"])
    page.click("#kg-reset")
    assert page.evaluate(VISIBLE_NODES) == 9
    assert page.evaluate(VISIBLE_EDGES) == len(links)


def test_double_click_focuses_neighbourhood(small: PageProbe) -> None:
    page = small.page
    page.mouse.dblclick(*node_point(page, "russia"))
    visible = set(page.evaluate("nodes.getIds({filter: n => !n.hidden})"))
    assert visible == {"russia", "nicolas-maduro", "venezuela", "united-states"}
    assert "Neighbourhood of Russia" in page.inner_text("#kg-focus-banner")
    page.click("#kg-focus-banner button")
    assert page.evaluate(VISIBLE_NODES) == 9


def test_pruned_graph_says_showing_n_of_m(browser: Any, pages: dict[str, Path]) -> None:
    probe = open_viewer(browser, pages["pruned"])
    try:
        page = probe.page
        data = synthetic_graph(60)
        g = nx.node_link_graph(data, edges="links")
        degree = dict(g.degree(weight="weight"))
        kept = set(sorted(g.nodes, key=lambda n: (-degree[n], n))[:25])
        expected_edges = sum(
            1 for k in data["links"] if k["source"] in kept and k["target"] in kept
        )
        assert page.inner_text("#kg-pruned") == "showing 25 of 60 actors"
        assert page.evaluate("network.body.data.nodes.length") == 25
        assert set(page.evaluate("nodes.getIds()")) == kept
        assert page.evaluate("network.body.data.edges.length") == expected_edges
        assert f"{len(data['links'])} relations" in page.inner_text("#kg-counts")
        assert_clean(probe)
    finally:
        probe.page.context.close()


def test_hostile_graph_runs_nothing_and_shows_text(browser: Any, pages: dict[str, Path]) -> None:
    probe = open_viewer(browser, pages["hostile"])
    try:
        page = probe.page
        evil_a, evil_b = PAYLOADS[0], PAYLOADS[1]
        assert page.title() == PAYLOADS[1]
        assert page.inner_text("#kg-title") == PAYLOADS[1]
        page.mouse.click(*node_point(page, evil_a))
        assert page.locator("#kg-panel-body h3").text_content() == evil_a
        panel = page.locator("#kg-panel-body").text_content() or ""
        for payload in (PAYLOADS[2], PAYLOADS[3].strip("\u2028\u2029"), PAYLOADS[4], PAYLOADS[5]):
            assert payload in panel
        # Hover tooltip built from text.
        page.mouse.move(*node_point(page, evil_b))
        page.wait_for_selector("div.vis-tooltip", state="visible")
        assert page.locator("div.vis-tooltip b").text_content() == evil_b
        # Evidence sentences, predicates and document titles as text.
        eid = page.evaluate("edges.get({filter: e => e.label === 'ASSAULT'})[0].id")
        page.evaluate("id => kgViewer.selectEdge(id)", eid)
        evidence = page.locator("#kg-evidence").text_content() or ""
        assert evil_a in evidence and evil_b in evidence and PAYLOADS[2] in evidence
        assert page.locator("#kg-evidence mark.kg-src").first.text_content() == evil_a
        assert page.locator("#kg-evidence mark.kg-tgt").first.text_content() == evil_b
        # The weird edge with unknown relation/quad/modality.
        weird = page.evaluate(
            "edges.get({filter: e => e.label.startsWith('</script>')}).map(e => e.id)"
        )
        assert len(weird) == 1
        page.evaluate("id => kgViewer.selectEdge(id)", weird[0])
        assert PAYLOADS[0] in (page.locator("#kg-panel-body").text_content() or "")
        # Search by a hostile alias.
        page.fill("#kg-search", PAYLOADS[2])
        page.press("#kg-search", "Enter")
        assert page.evaluate("network.getSelectedNodes()") == [evil_a]
        # Nothing ran and no markup was created from the data.
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert (
            page.evaluate(
                "document.querySelectorAll('img, iframe, object, embed, svg[onload],"
                " [onerror], [onload]').length"
            )
            == 0
        )
        assert page.locator('a[href^="javascript"]').count() == 0
        assert_clean(probe)
    finally:
        probe.page.context.close()
