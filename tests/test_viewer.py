"""The viewer in real headless Chromium: offline, explorable and safe with hostile data.

Pages are opened from file:// with every non-file request aborted and recorded. One
browser serves the whole module; each test gets a fresh context.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from viewer_fixtures import (
    CHROMIUM_ARGS,
    PAIR_DATES,
    PAYLOADS,
    PageProbe,
    community_graph,
    hostile_graph,
    open_viewer,
    pair_graph,
    require_chromium,
    small_graph,
    synthetic_graph,
    with_isolated,
    without_time_and_camps,
)

from kg.export.html import write_html
from tests.conftest import run_kg

pytestmark = pytest.mark.browser

VISIBLE_EDGES = "edges.get({filter: e => !e.hidden}).length"
VISIBLE_NODES = "nodes.get({filter: n => !n.hidden}).length"
VISIBLE_NODE_IDS = "nodes.getIds({filter: n => !n.hidden})"


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
        "isolated": root / "isolated.html",
        "old": root / "old.html",
        "old-dated": root / "old-dated.html",
        "pairs": root / "pairs.html",
        "community": root / "community.html",
    }
    write_html(small_graph(), out["small"], title="Venezuela crisis")
    write_html(hostile_graph(), out["hostile"], title=PAYLOADS[1])
    write_html(synthetic_graph(60), out["pruned"], max_nodes=25)
    write_html(with_isolated(small_graph(), 4), out["isolated"])
    write_html(without_time_and_camps(small_graph()), out["old"])
    write_html(without_time_and_camps(small_graph(), keep_document_dates=True), out["old-dated"])
    write_html(pair_graph(), out["pairs"])
    write_html(community_graph(200), out["community"])
    unlinked = small_graph()
    unlinked["links"] = []
    out["unlinked"] = root / "unlinked.html"
    write_html(unlinked, out["unlinked"])
    return out


@pytest.fixture
def opened(browser: Any, pages: dict[str, Path]) -> Iterator[Callable[[str], PageProbe]]:
    """Open any of the module's pages; each is checked clean (no error, no request) after."""
    probes: list[PageProbe] = []

    def open_page(name: str) -> PageProbe:
        probes.append(open_viewer(browser, pages[name]))
        return probes[-1]

    yield open_page
    for probe in probes:
        assert_clean(probe)
        probe.page.context.close()


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
    assert "4 documents" in header and "9 actors" in header and "13 relations" in header
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
    # Entity types hide nodes and their edges; actors left without a relation hide too.
    page.uncheck('#kg-filter-types input[data-value="PERSON"]')
    persons = {n["id"] for n in small_graph()["nodes"] if n["type"] == "PERSON"}
    kept = [k for k in links if k["source"] not in persons and k["target"] not in persons]
    assert page.evaluate(VISIBLE_EDGES) == len(kept)
    ends = {k["source"] for k in kept} | {k["target"] for k in kept}
    assert set(page.evaluate("nodes.getIds({filter: n => !n.hidden})")) == ends
    assert page.inner_text("#kg-isolated-count") == f"({9 - len(persons) - len(ends)})"
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
        mentions = dict(g.nodes(data="mentions"))
        kept = set(sorted(g.nodes, key=lambda n: (-degree[n], -mentions[n], n))[:25])
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


def visible_links(page: Any) -> set[tuple[str, str, str]]:
    """(source, target, relation) of every drawn edge."""
    drawn = page.evaluate("edges.get({filter: e => !e.hidden}).map(e => [e.from, e.to, e.label])")
    return {(a, b, label.removeprefix("NOT ").split(" ")[0]) for a, b, label in drawn}


def links_dated_in(data: dict[str, Any], first: str, last: str) -> dict[tuple[str, str, str], int]:
    """Links with evidence dated in [first, last] (ISO days), with how many items are."""
    out = {}
    for k in data["links"]:
        inside = sum(1 for e in k["evidence"] if e["date"] and first <= e["date"] <= last)
        if inside:
            out[(k["source"], k["target"], k["relation"])] = inside
    return out


def test_isolated_actors_hidden_by_default_and_shown_by_the_switch(
    opened: Callable[[str], PageProbe],
) -> None:
    page = opened("isolated").page
    linked = {n["id"] for n in small_graph()["nodes"]}
    lonely = {f"lonely-{i}" for i in range(4)}
    assert set(page.evaluate(VISIBLE_NODE_IDS)) == linked
    assert not page.is_checked("#kg-show-isolated")
    assert page.inner_text("#kg-isolated-count") == "(4)"
    # They took no part in the layout, so they did not push the graph apart.
    physics = page.evaluate(
        "ids => ids.map(id => network.body.nodes[id].options.physics)", sorted(lonely)
    )
    assert physics == [False] * 4
    page.check("#kg-show-isolated")
    assert set(page.evaluate(VISIBLE_NODE_IDS)) == linked | lonely
    # Parked in a row under the laid-out graph, the most mentioned first.
    pos = page.evaluate("network.getPositions()")
    assert min(pos[n]["y"] for n in lonely) > max(pos[n]["y"] for n in linked)
    assert sorted(lonely, key=lambda n: pos[n]["x"]) == [f"lonely-{i}" for i in (3, 2, 1, 0)]
    page.uncheck("#kg-show-isolated")
    assert set(page.evaluate(VISIBLE_NODE_IDS)) == linked
    page.check("#kg-show-isolated")
    page.click("#kg-reset")
    assert set(page.evaluate(VISIBLE_NODE_IDS)) == linked
    # A search finds a hidden actor and says why it is not drawn.
    page.fill("#kg-search", "Lonely Actor 2")
    page.press("#kg-search", "Enter")
    assert page.inner_text("#kg-search-msg") == "Hidden by the current filters"


def test_graph_without_relations_shows_its_actors(opened: Callable[[str], PageProbe]) -> None:
    page = opened("unlinked").page
    assert page.is_checked("#kg-show-isolated")
    assert page.evaluate(VISIBLE_NODES) == len(small_graph()["nodes"])


def test_time_range_hides_relations_outside_it(small: PageProbe) -> None:
    page = small.page
    data = small_graph()
    every = {(k["source"], k["target"], k["relation"]) for k in data["links"]}
    assert page.is_visible("#kg-timeline")
    # Evidence from 2019-01-28 to 2019-02-02: six days, one bin each.
    assert page.evaluate("[kgViewer.timeline.unit, kgViewer.timeline.bins]") == ["day", 6]
    assert page.locator("#kg-histogram .kg-bin").count() == 6
    assert "1 undated evidence item included" in page.inner_text("#kg-tl-note")
    assert visible_links(page) == every

    # Typed dates: a relation stays if any of its evidence is inside; its width follows.
    page.fill("#kg-from", "2019-01-28")
    page.fill("#kg-to", "2019-01-29")
    inside = links_dated_in(data, "2019-01-28", "2019-01-29")
    assert visible_links(page) == set(inside) != every
    sanction = edge_id(page, "united-states", "venezuela", "SANCTION")
    assert (
        page.evaluate("id => edges.get(id).value", sanction)
        == inside[("united-states", "venezuela", "SANCTION")]
    )
    assert page.locator("#kg-histogram .kg-bin.kg-in").count() == 2
    assert "left out" in page.inner_text("#kg-tl-note")
    assert page.evaluate(VISIBLE_NODES) == len(
        {end for key in inside for end in key[:2]}
    )  # actors left without a relation in the period are hidden too

    # The handles: the first one dragged past the second pushes it along.
    page.fill("#kg-tl-lo", "5")
    assert page.input_value("#kg-tl-hi") == "5"
    assert page.input_value("#kg-from") == page.input_value("#kg-to") == "2019-02-02"
    assert visible_links(page) == set(links_dated_in(data, "2019-02-02", "2019-02-02"))

    # Undated evidence counts only when every date is selected.
    page.fill("#kg-from", "2019-01-29")
    oppose = edge_id(page, "juan-guaido", "nicolas-maduro", "OPPOSE")
    assert page.evaluate("id => edges.get(id).value", oppose) == 1
    page.click("#kg-tl-all")
    assert page.evaluate("id => edges.get(id).value", oppose) == 2
    assert visible_links(page) == every
    # The evidence panel marks items outside the range.
    page.fill("#kg-to", "2019-01-30")
    page.evaluate("id => kgViewer.selectEdge(id)", oppose)
    assert page.locator("#kg-evidence .kg-evidence.kg-out").count() == 2
    page.click("#kg-reset")
    assert visible_links(page) == every
    assert page.input_value("#kg-tl-lo") == "0" and page.input_value("#kg-tl-hi") == "5"


def test_camp_colouring_and_filter(small: PageProbe) -> None:
    page = small.page
    camp_of = {n["id"]: n["camp"] for n in small_graph()["nodes"]}
    assert page.is_visible("#kg-colour-by")
    page.select_option("#kg-colour-by", "camp")
    colours = page.evaluate("Object.fromEntries(nodes.get().map(n => [n.id, n.color.background]))")
    by_camp: dict[int | None, set[str]] = {}
    for nid, colour in colours.items():
        by_camp.setdefault(camp_of[nid], set()).add(colour)
    assert all(len(c) == 1 for c in by_camp.values())  # one colour per camp
    assert len(set.union(*by_camp.values())) == 3  # and a different one for each
    # The legend lists the camps with their sizes and leading members.
    rows = page.evaluate(
        "Array.from(document.querySelectorAll('#kg-legend-camps .kg-legend-row'),"
        " r => [r.dataset.camp, r.dataset.size, r.textContent])"
    )
    assert [r[:2] for r in rows] == [["0", "3"], ["1", "3"], ["none", "3"]]
    assert "Camp 0 · 3 actors" in rows[0][2] and "Nicolas Maduro" in rows[0][2]
    assert page.is_visible("#kg-legend-camps") and not page.is_visible("#kg-legend-types")
    assert page.is_visible("#kg-filter-camps")
    page.select_option("#kg-colour-by", "type")
    colours = page.evaluate("Object.fromEntries(nodes.get().map(n => [n.id, n.color.background]))")
    assert (
        colours["russia"] == colours["united-states"] != colours["juan-guaido"]
    )  # GPE, GPE, PERSON
    # Filtering out camp 1 hides its actors and every relation they take part in.
    page.uncheck('#kg-filter-camps input[data-value="1"]')
    camp1 = {nid for nid, c in camp_of.items() if c == 1}
    assert not set(page.evaluate(VISIBLE_NODE_IDS)) & camp1
    assert all(a not in camp1 and b not in camp1 for a, b, _ in visible_links(page))
    page.uncheck('#kg-filter-camps input[data-value="none"]')
    assert set(page.evaluate(VISIBLE_NODE_IDS)) == {n for n, c in camp_of.items() if c == 0}
    page.evaluate("id => kgViewer.selectNode(id)", "russia")
    assert page.inner_text("#kg-node-camp") == "Camp 0"


def _period_start(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def expected_series(items: list[tuple[str, float]]) -> tuple[str, list[float]]:
    """The pair chart's unit and per-period sums, by the rule the README states.

    The period is a day when the pair's evidence spans at most 31 days, a week up to 26
    weeks, else a month; a date known only to the month makes it a month at least.
    """
    days = [dt.date.fromisoformat(d if len(d) == 10 else d + "-01") for d, _ in items]
    span = (max(days) - min(days)).days + 1
    unit = "day" if span <= 31 else "week" if span <= 26 * 7 else "month"
    if any(len(d) == 7 for d, _ in items):
        unit = "month"
    step = {"day": 1, "week": 7}
    sums: dict[dt.date, float] = {}
    start = _period_start(min(days), unit)
    while start <= max(days):
        sums[start] = 0.0
        start = (
            start + dt.timedelta(days=step[unit])
            if unit in step
            else (start + dt.timedelta(days=32)).replace(day=1)
        )
    for day, (_, score) in zip(days, items, strict=True):
        sums[_period_start(day, unit)] += score
    return unit, list(sums.values())


def test_pair_chart_has_one_slot_per_period(opened: Callable[[str], PageProbe]) -> None:
    page = opened("pairs").page
    data = pair_graph()
    for a, b in PAIR_DATES:
        items = [
            (ev["date"], k["score"])
            for k in data["links"]
            if {k["source"], k["target"]} == {a, b}
            for ev in k["evidence"]
        ]
        unit, sums = expected_series(items)
        page.evaluate("id => kgViewer.selectEdge(id)", edge_id(page, a, b, "SUPPORT"))
        chart = page.locator("#kg-pair #kg-pair-chart")
        assert chart.get_attribute("data-unit") == unit, (a, b)
        assert chart.get_attribute("data-periods") == str(len(sums))
        drawn = page.evaluate(
            "Array.from(document.querySelectorAll('#kg-pair-chart .kg-period'),"
            " g => Number(g.dataset.sum))"
        )
        assert drawn == sums, (a, b)
        # Both directions: the pair's relations are listed beside the chart.
        assert page.locator("#kg-pair .kg-pair-relations li").count() == 2
    # Units cover the three spans of the fixture.
    units = {expected_series([(d, 0) for d in dates])[0] for dates in PAIR_DATES.values()}
    assert units == {"day", "week", "month"}


def test_pair_of_two_actors_from_the_panel_and_shift_click(
    opened: Callable[[str], PageProbe],
) -> None:
    page = opened("pairs").page
    page.evaluate("id => kgViewer.selectNode(id)", "alpha")
    page.locator('#kg-node-relations button[data-pair="gamma"]').first.click()
    panel = page.locator("#kg-panel-body")
    assert panel.get_attribute("data-kind") == "pair"
    assert page.locator("#kg-pair-chart").count() == 1
    dates = PAIR_DATES[("alpha", "gamma")]
    assert page.locator("#kg-evidence .kg-sentence").count() == len(dates)
    assert sorted(page.evaluate("network.getSelectedNodes()")) == ["alpha", "gamma"]
    # Shift-click a second actor in the graph.
    page.mouse.click(*node_point(page, "beta"))
    assert panel.get_attribute("data-kind") == "node"
    page.keyboard.down("Shift")
    page.mouse.click(*node_point(page, "delta"))
    page.keyboard.up("Shift")
    assert panel.get_attribute("data-kind") == "pair"
    assert "No relation between these two actors" in page.inner_text("#kg-panel-body")


def test_most_connected_list_is_ordered_by_what_it_shows(
    opened: Callable[[str], PageProbe],
) -> None:
    page = opened("community").page
    data = community_graph(200)
    relations: dict[str, int] = {}
    evidence: dict[str, int] = {}
    for k in data["links"]:
        for end in {k["source"], k["target"]}:
            relations[end] = relations.get(end, 0) + 1
            evidence[end] = evidence.get(end, 0) + k["weight"]
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    expected = sorted(relations, key=lambda n: (-relations[n], -evidence[n], labels[n]))[:12]
    # The old order (by evidence) differs here, so this test tells the two apart.
    assert sorted(relations, key=lambda n: -evidence[n])[:12] != expected
    shown = page.evaluate(
        "Array.from(document.querySelectorAll('#kg-top-actors li'),"
        " li => [li.querySelector('.kg-link').textContent, Number(li.dataset.relations)])"
    )
    assert shown == [[labels[n], relations[n]] for n in expected]
    counts = [c for _, c in shown]
    assert counts == sorted(counts, reverse=True)
    # Labels: drawn without overlap, most connected first; more appear when zoomed in.
    first = page.evaluate("kgViewer.labelsDrawn()")
    assert 0 < first < len(data["nodes"])
    page.evaluate("network.moveTo({scale: network.getScale() * 3})")
    assert poll(page, f"kgViewer.labelsDrawn() !== {first}", True) is True


def test_graph_json_without_dates_or_camps(opened: Callable[[str], PageProbe]) -> None:
    page = opened("old").page
    assert not page.is_visible("#kg-timeline")
    assert not page.is_visible("#kg-colour-wrap")
    assert not page.is_visible("#kg-camps-box")
    assert page.evaluate(VISIBLE_EDGES) == len(small_graph()["links"])
    page.evaluate("id => kgViewer.selectEdge(id)", edge_id(page, "russia", "venezuela", "AID"))
    assert "No dated evidence for this pair" in page.inner_text("#kg-pair")
    assert page.locator("#kg-evidence .kg-sentence").count() == 1
    # Older graph.json from JSONL input still dated its documents: the timeline uses them.
    dated = opened("old-dated").page
    assert dated.is_visible("#kg-timeline")
    assert dated.evaluate("kgViewer.timeline.bins") == 6
    assert not dated.is_visible("#kg-colour-wrap")


def test_hostile_strings_are_text_in_the_new_panels(opened: Callable[[str], PageProbe]) -> None:
    page = opened("hostile").page
    evil_a, evil_b = PAYLOADS[0], PAYLOADS[1]
    # Camp legend and filter name the leading members.
    page.select_option("#kg-colour-by", "camp")
    legend = page.locator("#kg-legend-camps").text_content() or ""
    assert evil_a in legend and evil_b in legend
    titles = page.evaluate(
        "Array.from(document.querySelectorAll('#kg-filter-camps label'), l => l.title)"
    )
    assert evil_a in titles and evil_b in titles
    # Most connected list, node panel (camp, sector).
    assert evil_a in (page.locator("#kg-top-actors").text_content() or "")
    page.evaluate("id => kgViewer.selectNode(id)", evil_a)
    node_panel = page.locator("#kg-panel-body").text_content() or ""
    assert "Camp 0" in node_panel and PAYLOADS[3].strip("\u2028\u2029") in node_panel
    # The pair panel: names, relations, chart, evidence with the documents' places.
    page.locator(f'#kg-node-relations button[data-pair="{evil_b}"]').first.click()
    pair_panel = page.locator("#kg-panel-body").text_content() or ""
    for payload in (evil_a, evil_b, PAYLOADS[2], PAYLOADS[5]):
        assert payload in pair_panel
    assert page.locator("#kg-pair-chart").get_attribute("data-unit") == "year"
    assert page.locator("#kg-pair-chart .kg-period").count() == 1
    # The timeline: the hostile "date" is no date at all.
    assert page.is_visible("#kg-timeline")
    assert page.evaluate("kgViewer.timeline.undated") == 2
    assert page.evaluate("typeof window.__pwned") == "undefined"
    on_attributes = page.evaluate(
        "Array.from(document.querySelectorAll('*')).filter(e =>"
        " Array.from(e.attributes).some(a => a.name.startsWith('on'))).length"
    )
    assert on_attributes == 0
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0


def poll(page: Any, expression: str, expected: Any, timeout: float = 20) -> Any:
    """Evaluate ``expression`` until it equals ``expected`` (animations run on frames)."""
    deadline = time.monotonic() + timeout
    value = page.evaluate(expression)
    while value != expected and time.monotonic() < deadline:
        page.wait_for_timeout(50)
        value = page.evaluate(expression)
    return value


def test_far_out_edges_are_drawn_plain_and_restored_on_zoom(small: PageProbe) -> None:
    page = small.page
    leader = edge_id(page, "nicolas-maduro", "venezuela", "LEADER_OF")
    styled = "id => [edges.get(id).dashes, edges.get(id).arrows.to.enabled]"
    assert page.evaluate(styled, leader) == [[4, 4], True]
    page.evaluate(
        "network.moveTo({scale: 0.1, animation: {duration: 200, easingFunction: 'linear'}})"
    )
    plain = {"dashes": False, "arrows": False}
    assert poll(page, "kgViewer.detail()", plain) == plain
    assert page.evaluate(styled, leader) == [False, False]
    page.evaluate(
        "network.moveTo({scale: 1, animation: {duration: 200, easingFunction: 'linear'}})"
    )
    full = {"dashes": True, "arrows": True}
    assert poll(page, "kgViewer.detail()", full) == full
    assert page.evaluate(styled, leader) == [[4, 4], True]
    # Symmetric relations never get an arrow back.
    consult = edge_id(page, "russia", "united-states", "CONSULT")
    assert page.evaluate(styled, consult)[1] is False


# Short dated articles (general news, written for this test) and one undated article.
DATED_ARTICLES = [
    ("a1", "2021-03-01", "Russia imposed new sanctions on Georgia. France criticised Russia."),
    ("a2", "2021-03-05", "The President of France met the Chancellor of Germany in Paris."),
    ("a3", "2021-03-10", "Georgia accused Russia of aggression. Germany condemned Russia."),
    ("a4", "", "Georgia thanked France for its support."),
]


def test_page_built_by_kg_from_dated_articles(browser: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    rows = [
        {"id": doc, "title": f"Article {doc}", "text": text, **({"date": day} if day else {})}
        for doc, day, text in DATED_ARTICLES
    ]
    (corpus / "news.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    proc = run_kg("build", str(corpus), "-o", str(out), "--quiet", "--no-cache")
    assert proc.returncode == 0, proc.stderr
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert data["links"], "the model found no relation in the test articles"
    probe = open_viewer(browser, out / "graph.html")
    try:
        page = probe.page
        assert page.evaluate("edges.length") == len(data["links"])
        dated = sorted(e["date"] for k in data["links"] for e in k["evidence"] if e["date"])
        undated = sum(1 for k in data["links"] for e in k["evidence"] if not e["date"])
        span = (dt.date.fromisoformat(dated[-1]) - dt.date.fromisoformat(dated[0])).days + 1
        assert page.evaluate("kgViewer.timeline") == {
            "unit": "day",
            "bins": span,
            "first": dated[0],
            "last": dated[-1],
            "undated": undated,
        }
        assert page.is_visible("#kg-colour-wrap") == any(
            n["camp"] is not None for n in data["nodes"]
        )
        page.fill("#kg-from", dated[-1])
        assert visible_links(page) == set(links_dated_in(data, dated[-1], dated[-1]))
        assert_clean(probe)
    finally:
        probe.page.context.close()
