/* kg viewer: draws the embedded actor graph with vis-network and explains every edge.
 *
 * Every string in the data comes from untrusted articles. It reaches the page only
 * through textContent, attribute setters that take plain text (value, title, href after
 * a scheme check) or canvas text (vis-network's edge labels, our actor labels); innerHTML
 * is never used. Charts are SVG elements built with createElementNS from numbers.
 */
(function () {
  "use strict";

  var timings = (window.kgTimings = { scriptStart: performance.now() });
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  timings.dataParsed = performance.now();

  // Colour-blind-friendly hues for actor types, kept clear of the red/green edge palette.
  var TYPE_COLORS = {
    PERSON: "#4e79a7",
    ORG: "#f28e2b",
    GPE: "#8e6bd8",
    NORP: "#d16ba5",
    LOC: "#2aa7b8",
    FAC: "#b8a21e",
    EVENT: "#7f7f7f",
    OTHER: "#9aa5b1",
  };
  var FALLBACK_COLORS = ["#6b8e9f", "#a47764", "#7a9e5a", "#c08a3e", "#8c6d9e", "#5f7f7a"];
  var TYPE_LABELS = {
    PERSON: "Person",
    ORG: "Organisation",
    GPE: "Country, city, state",
    NORP: "Nationality, group",
    LOC: "Location",
    FAC: "Facility",
    EVENT: "Event",
    OTHER: "Other",
  };
  var QUAD_COLORS = {
    verbal_coop: "#6cc070",
    material_coop: "#1e7b3a",
    verbal_conflict: "#f07167",
    material_conflict: "#b3141c",
    structural: "#98a2ad",
  };
  var QUAD_LABELS = {
    verbal_coop: "Verbal cooperation",
    material_coop: "Material cooperation",
    verbal_conflict: "Verbal conflict",
    material_conflict: "Material conflict",
    structural: "Structural (leader, member, part of)",
  };
  var STRUCTURAL_DASHES = [4, 4];
  // Less certain statements are drawn fainter and with their own dash pattern.
  var MODALITY_STYLES = {
    asserted: { dashes: false, opacity: 1, label: "Asserted" },
    reported: { dashes: [10, 5], opacity: 0.8, label: "Reported (attributed claim)", tag: "reported" },
    future: { dashes: [7, 7], opacity: 0.65, label: "Future (will, plans to)", tag: "future" },
    hypothetical: { dashes: [2, 6], opacity: 0.55, label: "Hypothetical (could, may)", tag: "maybe" },
    negated: { dashes: [12, 4, 2, 4], opacity: 0.45, label: "Negated (did not)", tag: "not" },
    denied: { dashes: [2, 3, 2, 9], opacity: 0.45, label: "Denied by its subject", tag: "denied" },
  };

  // Camp colours: distinct from the type palette's meaning and from the red/green edges.
  var CAMP_COLORS = ["#2f6fde", "#e8892b", "#8e5bc9", "#18a3b5", "#a0654a", "#d05a9b", "#9c9a1c", "#36488f", "#5e8c7e", "#c4a000"];
  var NO_CAMP_COLOR = "#c3cad2";
  // Actor labels (drawn by drawLabels): on-screen size at the first view, from the least
  // to the most connected actor; they grow with the square root of the zoom.
  var LABEL_PX = [10.5, 20];
  var LABEL_PX_CAP = 26;
  var MAX_LABELS = 300;
  var NODE_PX = [3, 13]; // on-screen radius range of actors at the first view

  var vocab = DATA.vocab || { relations: {}, quads: [], symmetric: [], modalities: [] };
  var symmetric = new Set(vocab.symmetric || []);
  var docsById = new Map();
  (DATA.documents || []).forEach(function (d) {
    docsById.set(d.id, d);
  });
  var nodeById = new Map();
  DATA.nodes.forEach(function (n) {
    nodeById.set(n.id, n);
  });
  var linkById = new Map();
  var linksByNode = new Map();
  DATA.nodes.forEach(function (n) {
    linksByNode.set(n.id, []);
  });
  // Evidence-weighted degree within the drawn graph: what "important" means for labels.
  var strength = new Map();
  DATA.nodes.forEach(function (n) {
    strength.set(n.id, 0);
  });
  DATA.links.forEach(function (l, i) {
    l.id = "e" + i;
    linkById.set(l.id, l);
    linksByNode.get(l.source).push(l);
    if (l.target !== l.source) linksByNode.get(l.target).push(l);
    strength.set(l.source, strength.get(l.source) + l.weight);
    strength.set(l.target, strength.get(l.target) + l.weight);
  });
  // Actors with no relation at all in the data: hidden by default, parked in a grid when
  // shown, and kept out of the physics so they do not push the laid-out graph apart.
  var neverLinked = new Set();
  DATA.nodes.forEach(function (n) {
    if (!linksByNode.get(n.id).length) neverLinked.add(n.id);
  });

  // ---------------------------------------------------------------- dates
  // Days are counted from 1970-01-01 in UTC; a date of month or year precision covers
  // every day of its month or year.
  var DAY_MS = 86400000;
  var UNITS = ["day", "week", "month", "year"];
  function dayNumber(y, m, d) {
    return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
  }
  function dateSpan(text) {
    if (!text) return null;
    var p = String(text).split("-").map(Number);
    if (!p.length || p.length > 3 || p.some(isNaN)) return null;
    if (p.length === 3) {
      var d = dayNumber(p[0], p[1], p[2]);
      return [d, d];
    }
    if (p.length === 2) return [dayNumber(p[0], p[1], 1), dayNumber(p[0], p[1] + 1, 1) - 1];
    return [dayNumber(p[0], 1, 1), dayNumber(p[0] + 1, 1, 1) - 1];
  }
  function isoDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }
  function parseIsoDay(value) {
    return /^\d{4}-\d{2}-\d{2}$/.test(value || "") ? dateSpan(value)[0] : null;
  }
  function periodStart(day, unit) {
    if (unit === "day") return day;
    if (unit === "week") return day - ((((day + 3) % 7) + 7) % 7); // weeks start on Monday; day 0 was a Thursday
    var d = new Date(day * DAY_MS);
    return unit === "month" ? dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : dayNumber(d.getUTCFullYear(), 1, 1);
  }
  function nextPeriod(start, unit) {
    if (unit === "day") return start + 1;
    if (unit === "week") return start + 7;
    var d = new Date(start * DAY_MS);
    return unit === "month" ? dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 2, 1) : dayNumber(d.getUTCFullYear() + 1, 1, 1);
  }
  // Consecutive periods of one unit covering the days lo..hi.
  function periodsBetween(lo, hi, unit) {
    var out = [];
    for (var s = periodStart(lo, unit); s <= hi; ) {
      var next = nextPeriod(s, unit);
      out.push({ start: s, end: next - 1 });
      s = next;
    }
    return out;
  }
  function periodIndex(periods, day) {
    var a = 0;
    var b = periods.length - 1;
    while (a < b) {
      var mid = (a + b + 1) >> 1;
      if (periods[mid].start <= day) a = mid;
      else b = mid - 1;
    }
    return a;
  }
  function periodLabel(p, unit) {
    var iso = isoDay(p.start);
    if (unit === "week") return "week of " + iso;
    if (unit === "month") return iso.slice(0, 7);
    if (unit === "year") return iso.slice(0, 4);
    return iso;
  }
  function coarser(a, b) {
    return UNITS.indexOf(a) >= UNITS.indexOf(b) ? a : b;
  }

  var domain = null; // [first day, last day] of all dated evidence
  var undatedCount = 0;
  var datedCount = 0;
  DATA.links.forEach(function (l) {
    l._spans = l.evidence.map(function (ev) {
      var s = dateSpan(ev.date);
      if (!s) {
        undatedCount++;
        return null;
      }
      datedCount++;
      domain = domain ? [Math.min(domain[0], s[0]), Math.max(domain[1], s[1])] : [s[0], s[1]];
      return s;
    });
  });

  // ---------------------------------------------------------------- camps
  function campKey(n) {
    return n.camp === null || n.camp === undefined ? "none" : String(n.camp);
  }
  function campColor(key) {
    if (key === "none") return NO_CAMP_COLOR;
    var i = Number(key);
    if (i < CAMP_COLORS.length) return CAMP_COLORS[i];
    // Camps are numbered largest first; the small ones beyond the palette get hues a
    // golden angle apart, so no two neighbours in the numbering look alike.
    return hslHex((i * 137.508) % 360, 0.48, 0.52);
  }
  function hslHex(h, s, l) {
    var a = s * Math.min(l, 1 - l);
    function channel(n) {
      var k = (n + h / 30) % 12;
      var v = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
      return ("0" + Math.round(v * 255).toString(16)).slice(-2);
    }
    return "#" + channel(0) + channel(8) + channel(4);
  }
  function campName(key) {
    return key === "none" ? "No camp" : "Camp " + key;
  }
  var campMembers = new Map(); // key -> node ids, most connected first
  DATA.nodes.forEach(function (n) {
    var k = campKey(n);
    if (!campMembers.has(k)) campMembers.set(k, []);
    campMembers.get(k).push(n.id);
  });
  campMembers.forEach(function (ids) {
    ids.sort(function (a, b) {
      return strength.get(b) - strength.get(a) || (a < b ? -1 : 1);
    });
  });
  var campKeys = Array.from(campMembers.keys())
    .filter(function (k) {
      return k !== "none";
    })
    .sort(function (a, b) {
      return Number(a) - Number(b);
    });
  var hasCamps = campKeys.length > 0;
  if (hasCamps && campMembers.has("none")) campKeys.push("none");
  function campSummary(key) {
    var ids = campMembers.get(key) || [];
    var names = ids.slice(0, 3).map(nodeName);
    return names.join(", ") + (ids.length > 3 ? ", …" : "");
  }

  // ---------------------------------------------------------------- DOM helpers
  function $(id) {
    return document.getElementById(id);
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function fmt(n) {
    return Number(n).toLocaleString("en-US");
  }
  function plural(n, one, many) {
    return fmt(n) + " " + (n === 1 ? one : many || one + "s");
  }
  function hashString(s) {
    var h = 0;
    for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
    return Math.abs(h);
  }
  function typeColor(type) {
    return TYPE_COLORS[type] || FALLBACK_COLORS[hashString(type) % FALLBACK_COLORS.length];
  }
  function quadColor(quad) {
    return QUAD_COLORS[quad] || QUAD_COLORS.structural;
  }
  function modalityStyle(m) {
    return MODALITY_STYLES[m] || MODALITY_STYLES.asserted;
  }
  function swatch(color) {
    var s = el("span", "kg-swatch");
    s.style.background = color;
    return s;
  }
  // SVG elements from our own numbers and class names; text goes in through textContent.
  function svgEl(tag, attrs) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (k) {
      e.setAttribute(k, String(attrs[k]));
    });
    return e;
  }
  function lineSample(color, dashes, opacity) {
    var svg = svgEl("svg", { class: "kg-line", width: 34, height: 10 });
    var line = svgEl("line", { x1: 1, y1: 5, x2: 33, y2: 5, stroke: color, "stroke-width": 2.5, "stroke-opacity": opacity });
    if (dashes) line.setAttribute("stroke-dasharray", dashes.join(" "));
    svg.appendChild(line);
    return svg;
  }
  function relBadge(link) {
    var b = el("span", "kg-rel", link.relation);
    b.style.background = quadColor(link.quad);
    return b;
  }
  function edgeLabel(link) {
    var tag = modalityStyle(link.modality).tag;
    if (!tag) return link.relation;
    return tag === "not" ? "NOT " + link.relation : link.relation + " (" + tag + ")";
  }
  function nodeName(id) {
    var n = nodeById.get(id);
    return n ? n.label : id;
  }


  // ---------------------------------------------------------------- vis data
  function nodeTooltip(n) {
    var box = el("div");
    box.appendChild(el("b", null, n.label));
    var bits = [TYPE_LABELS[n.type] || n.type, plural(n.mentions, "mention"), plural(linksByNode.get(n.id).length, "relation")];
    if (hasCamps) bits.push(campName(campKey(n)));
    box.appendChild(el("div", "kg-muted", bits.join(" · ")));
    return box;
  }
  function edgeTooltip(l) {
    var box = el("div");
    box.appendChild(el("b", null, nodeName(l.source) + " → " + edgeLabel(l) + " → " + nodeName(l.target)));
    box.appendChild(el("div", "kg-muted", plural(l.weight, "sentence") + " · click for evidence"));
    return box;
  }

  // Parallel relations between one pair are fanned out as arcs, each in its own colour,
  // so cooperation and conflict between the same two actors stay visible side by side
  // (one merged edge would have to hide that mix behind a neutral colour).
  var pairCount = new Map();
  var pairIndex = new Map();
  function pairKey(a, b) {
    return a < b ? a + "\u0000" + b : b + "\u0000" + a;
  }
  DATA.links.forEach(function (l) {
    var key = pairKey(l.source, l.target);
    pairIndex.set(l.id, pairCount.get(key) || 0);
    pairCount.set(key, (pairCount.get(key) || 0) + 1);
    l._pair = key;
  });
  function smoothFor(l) {
    var count = pairCount.get(l._pair);
    var k = pairIndex.get(l.id);
    if (l.source === l.target || count === 1) return { enabled: false };
    var slot = count % 2 === 1 ? k : k + 1; // an odd count keeps one edge straight
    if (slot === 0) return { enabled: false };
    var clockwise = slot % 2 === 1;
    if (l.source > l.target) clockwise = !clockwise; // same side whatever the direction
    return {
      enabled: true,
      type: clockwise ? "curvedCW" : "curvedCCW",
      roundness: 0.2 + 0.18 * Math.floor((slot - 1) / 2),
    };
  }

  var state = {
    quads: new Set(),
    relations: new Set(),
    types: new Set(),
    modalities: new Set(),
    camps: new Set(campKeys),
    minWeight: 1,
    doc: "",
    range: null, // null: every date, undated evidence included; else [first day, last day]
    // A graph with no relation at all would otherwise show nothing.
    showIsolated: DATA.links.length === 0,
    focus: null,
    colourBy: "type",
  };

  var maxStrength = 1;
  strength.forEach(function (s) {
    maxStrength = Math.max(maxStrength, s);
  });
  function nodeColor(nd) {
    var c = state.colourBy === "camp" ? campColor(campKey(nd)) : typeColor(nd.type);
    return {
      background: c,
      border: "#ffffff",
      highlight: { background: c, border: "#1f2933" },
      hover: { background: c, border: "#1f2933" },
    };
  }
  // Rows of actors (most mentioned first) in a block whose top-left corner is (x, y).
  var GRID_STEP = 70;
  function gridPositions(ids, x, y, width) {
    var cols = Math.max(4, Math.floor(width / GRID_STEP), Math.ceil(Math.sqrt(ids.length * 2)));
    var sorted = ids.slice().sort(function (a, b) {
      return nodeById.get(b).mentions - nodeById.get(a).mentions || (a < b ? -1 : 1);
    });
    return sorted.map(function (id, i) {
      return { id: id, x: x + (i % cols) * GRID_STEP, y: y + Math.floor(i / cols) * GRID_STEP };
    });
  }
  var parked = new Set();
  var startGrid = new Map();
  if (state.showIsolated) {
    gridPositions(Array.from(neverLinked), 0, 0, 0).forEach(function (p) {
      startGrid.set(p.id, p);
      parked.add(p.id);
    });
  }

  var visNodes = DATA.nodes.map(function (nd) {
    var item = {
      id: nd.id,
      name: nd.label, // not "label": drawLabels draws the labels, not vis-network
      value: Math.max(nd.mentions, 1),
      title: nodeTooltip(nd),
      color: nodeColor(nd),
      hidden: neverLinked.has(nd.id) && !state.showIsolated,
    };
    // Only where needed: a per-node physics option makes vis-network slower to build.
    if (neverLinked.has(nd.id)) item.physics = false;
    var at = startGrid.get(nd.id);
    if (at) {
      item.x = at.x;
      item.y = at.y;
    }
    return item;
  });
  // Dashes and arrowheads are dropped when zoomed far out (see updateDetail). A big graph
  // starts without them: its first view is far out, and restyling every edge after the
  // layout would cost as much as drawing it.
  var detail = { dashes: DATA.links.length <= 3000, arrows: DATA.links.length <= 3000 };
  var visEdges = DATA.links.map(function (l) {
    var ms = modalityStyle(l.modality);
    var c = quadColor(l.quad);
    var dashes = ms.dashes || (l.quad === "structural" ? STRUCTURAL_DASHES : false);
    l._dashes = dashes;
    var arrow = !symmetric.has(l.relation);
    return {
      id: l.id,
      from: l.source,
      to: l.target,
      label: edgeLabel(l),
      value: l.weight,
      title: edgeTooltip(l),
      dashes: detail.dashes && dashes,
      arrows: { to: { enabled: detail.arrows && arrow, scaleFactor: 0.55 } },
      color: { color: c, highlight: c, hover: c, opacity: ms.opacity },
      smooth: smoothFor(l),
      hidden: false,
    };
  });

  var nodes = (window.nodes = new vis.DataSet(visNodes));
  var edges = (window.edges = new vis.DataSet(visEdges));
  var n = visNodes.length;
  var laidOut = n - neverLinked.size; // actors in the simulation
  var FONT_FACE = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif";
  var options = {
    autoResize: true,
    layout: { randomSeed: 20240601, improvedLayout: laidOut <= 120 },
    nodes: {
      shape: "dot",
      borderWidth: 1.5,
      borderWidthSelected: 3,
      scaling: { min: 8, max: 42, label: { enabled: false } },
    },
    edges: {
      // Relation labels only once zoomed in far enough to read them (7 px on screen).
      scaling: { min: 1, max: 7, label: { enabled: false, drawThreshold: 8 } },
      selectionWidth: 1.5,
      hoverWidth: 0.8,
      font: { size: 10, face: FONT_FACE, color: "#52606d", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
    },
    physics: {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -70, centralGravity: 0.01, springLength: 130, springConstant: 0.05, avoidOverlap: 0.3 },
      minVelocity: 1,
      stabilization: { enabled: true, iterations: laidOut > 2000 ? 400 : laidOut > 500 ? 600 : 1000, updateInterval: 20, fit: true },
    },
    interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: n > 600, hideEdgesOnZoom: n > 1500, multiselect: false, keyboard: false },
  };

  var timeline = $("kg-timeline");
  // The timeline takes its place below the canvas before vis measures the container.
  if (domain) {
    timeline.hidden = false;
    $("kg-canvas-wrap").classList.add("kg-has-timeline");
  }
  var container = $("kg-network");
  var progress = $("kg-progress");
  if (laidOut > 40) progress.hidden = false;
  var network = (window.network = new vis.Network(container, { nodes: nodes, edges: edges }, options));
  timings.networkCreated = performance.now();

  var physicsBox = $("kg-physics");
  var viewer = (window.kgViewer = { ready: false, timings: timings, state: state });
  function markReady() {
    progress.hidden = true;
    viewer.ready = true;
  }
  network.once("afterDrawing", function () {
    timings.firstDraw = performance.now();
  });
  // Layout time budget: past it, end the stabilisation early so a big graph becomes
  // usable in seconds (the Physics toggle refines it further). vis has no option for
  // this, so we lower its iteration target, guarded in case the internals change.
  var LAYOUT_BUDGET_MS = 4000;
  var layoutStart = performance.now();
  network.on("stabilizationProgress", function (p) {
    var engine = network.physics;
    if (performance.now() - layoutStart > LAYOUT_BUDGET_MS && engine && typeof engine.targetIterations === "number") {
      engine.targetIterations = Math.min(engine.targetIterations, p.iterations);
      timings.layoutCut = p.iterations;
    }
    var pct = Math.round((100 * p.iterations) / Math.max(p.total, 1));
    $("kg-progress-fill").style.width = pct + "%";
    $("kg-progress-text").textContent = "Laying out " + plural(laidOut, "actor") + "… " + pct + "%";
  });
  // Level of detail. Dash patterns and arrowheads are sized in canvas units: far out they
  // are sub-pixel, invisible, and slow to draw (a long edge becomes thousands of dashes;
  // at 15,000 edges one frame took seconds). Below these scales edges are drawn plain
  // (modality stays visible as fading); zooming back in restores them.
  var DASH_SCALE = 0.35;
  var ARROW_SCALE = 0.15;
  function updateDetail() {
    var scale = network.getScale();
    var want = { dashes: scale >= DASH_SCALE, arrows: scale >= ARROW_SCALE };
    if (want.dashes === detail.dashes && want.arrows === detail.arrows) return;
    var changes = [];
    DATA.links.forEach(function (l) {
      var change = { id: l.id };
      if (want.dashes !== detail.dashes && l._dashes) change.dashes = want.dashes ? l._dashes : false;
      if (want.arrows !== detail.arrows && !symmetric.has(l.relation)) {
        change.arrows = { to: { enabled: want.arrows, scaleFactor: 0.55 } };
      }
      if (change.dashes !== undefined || change.arrows) changes.push(change);
    });
    detail = want;
    if (changes.length) {
      batchUpdate(function () {
        edges.update(changes);
      });
    }
  }
  var detailTimer = 0;
  network.on("zoom", function () {
    clearTimeout(detailTimer);
    detailTimer = setTimeout(updateDetail, 150);
  });
  network.on("animationFinished", updateDetail);
  viewer.detail = function () {
    return { dashes: detail.dashes, arrows: detail.arrows };
  };

  // Actor sizes for the first view, in canvas units from its scale, so that in a big
  // graph the dots stay visible when the whole graph is fitted on screen.
  var firstScale = null;
  function sizeForView() {
    var scale = network.getScale();
    if (scale > 0) {
      network.setOptions({
        nodes: { scaling: { min: Math.max(8, NODE_PX[0] / scale), max: Math.max(42, NODE_PX[1] / scale) } },
      });
      network.fit();
    }
    firstScale = network.getScale();
    updateDetail();
  }

  // ---------------------------------------------------------------- labels
  // vis-network would draw every label, on top of one another in a big graph. They are
  // drawn here after each frame instead: selected and hovered actors first, then the
  // most connected, each only where it overlaps no label already drawn. The first view
  // names the hubs; zooming in spreads the actors faster than their labels grow, so the
  // minor labels appear as there is room for them.
  var labelOrder = DATA.nodes
    .map(function (nd) {
      return nd.id;
    })
    .sort(function (a, b) {
      return strength.get(b) - strength.get(a) || nodeById.get(b).mentions - nodeById.get(a).mentions || (a < b ? -1 : 1);
    });
  var labelWidth = new Map(); // id -> width of its label text at a font size of 1 px
  function labelText(nd) {
    return nd.label.length > 42 ? nd.label.slice(0, 40) + "…" : nd.label;
  }
  function labelPx(id, grow) {
    var s = strength.get(id);
    var base = s > 0 ? LABEL_PX[0] + (LABEL_PX[1] - LABEL_PX[0]) * Math.sqrt(s / maxStrength) : LABEL_PX[0];
    return Math.min(LABEL_PX_CAP, base * grow);
  }
  var labelsDrawn = 0;
  function drawLabels(ctx) {
    var bodyNodes = network.body && network.body.nodes;
    if (!bodyNodes) return;
    var scale = network.getScale();
    var grow = firstScale ? Math.sqrt(Math.max(scale / firstScale, 0.25)) : 1;
    var w = container.clientWidth;
    var h = container.clientHeight;
    var topLeft = network.DOMtoCanvas({ x: 0, y: 0 });
    var bottomRight = network.DOMtoCanvas({ x: w, y: h });
    var margin = 150 / scale;
    var cells = new Map(); // a grid of 64 px cells -> boxes already drawn there
    function collides(box) {
      for (var gx = Math.floor(box[0] / 64); gx <= Math.floor(box[2] / 64); gx++) {
        for (var gy = Math.floor(box[1] / 64); gy <= Math.floor(box[3] / 64); gy++) {
          var list = cells.get(gx * 65536 + gy);
          if (!list) continue;
          for (var i = 0; i < list.length; i++) {
            var o = list[i];
            if (box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1]) return true;
          }
        }
      }
      return false;
    }
    function occupy(box) {
      for (var gx = Math.floor(box[0] / 64); gx <= Math.floor(box[2] / 64); gx++) {
        for (var gy = Math.floor(box[1] / 64); gy <= Math.floor(box[3] / 64); gy++) {
          var key = gx * 65536 + gy;
          if (!cells.has(key)) cells.set(key, []);
          cells.get(key).push(box);
        }
      }
    }
    var forced = network.getSelectedNodes();
    var order = forced.concat(labelOrder);
    var done = new Set();
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    var drawn = 0;
    for (var k = 0; k < order.length && drawn < MAX_LABELS; k++) {
      var id = order[k];
      if (done.has(id)) continue;
      done.add(id);
      var node = bodyNodes[id];
      if (!node || node.options.hidden) continue;
      if (node.x < topLeft.x - margin || node.x > bottomRight.x + margin || node.y < topLeft.y - margin || node.y > bottomRight.y + margin) continue;
      var nd = nodeById.get(id);
      var text = labelText(nd);
      var strong = k < forced.length || node.hover;
      var px = strong ? Math.max(13, labelPx(id, grow)) : labelPx(id, grow);
      if (!labelWidth.has(id)) {
        ctx.font = "100px " + FONT_FACE;
        labelWidth.set(id, ctx.measureText(text).width / 100);
      }
      var half = (labelWidth.get(id) * px) / 2 + 2;
      var cx = node.x * scale;
      var top = (node.y + (node.options.size || 8)) * scale + 2;
      var box = [cx - half, top, cx + half, top + px + 1];
      if (!strong && collides(box)) continue;
      occupy(box);
      ctx.font = (strong ? "600 " : "") + px / scale + "px " + FONT_FACE;
      ctx.lineWidth = 4 / scale;
      ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
      ctx.fillStyle = "#1f2933";
      ctx.strokeText(text, node.x, top / scale);
      ctx.fillText(text, node.x, top / scale);
      drawn++;
    }
    ctx.restore();
    labelsDrawn = drawn;
  }
  network.on("afterDrawing", drawLabels);
  viewer.labelsDrawn = function () {
    return labelsDrawn;
  };

  network.once("stabilizationIterationsDone", function () {
    timings.stabilized = performance.now();
    sizeForView();
    // Stop the simulation once laid out: a still picture is easier to read and idle CPU
    // stays at zero; the Physics toggle brings it back.
    network.setOptions({ physics: { enabled: false } });
    physicsBox.checked = false;
    timings.physicsStopped = performance.now();
    markReady();
  });
  if (n === 0) {
    $("kg-empty").hidden = false;
    physicsBox.checked = false;
    markReady();
  } else if (laidOut === 0) {
    // Nothing to lay out (only actors without relations, in their grid): no simulation
    // would ever report that it settled.
    network.setOptions({ physics: { enabled: false } });
    physicsBox.checked = false;
    network.fit();
    sizeForView();
    timings.stabilized = performance.now();
    markReady();
  }
  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
  });

  // ---------------------------------------------------------------- header
  $("kg-title").textContent = DATA.title || "kg actor graph";
  var total = DATA.total || { nodes: n, links: DATA.links.length };
  var counts = $("kg-counts");
  function countItem(value, one, many) {
    var span = el("span");
    span.appendChild(el("b", null, fmt(value)));
    span.appendChild(document.createTextNode(" " + (value === 1 ? one : many)));
    return span;
  }
  counts.appendChild(countItem((DATA.documents || []).length, "document", "documents"));
  counts.appendChild(document.createTextNode(" · "));
  counts.appendChild(countItem(total.nodes, "actor", "actors"));
  counts.appendChild(document.createTextNode(" · "));
  counts.appendChild(countItem(total.links, "relation", "relations"));
  var pruned = n < total.nodes;
  if (pruned) {
    var note = el("span", "kg-pruned", "showing " + fmt(n) + " of " + fmt(total.nodes) + " actors");
    note.id = "kg-pruned";
    note.title = "Only the most connected actors are drawn (regenerate with a higher max_nodes to see more).";
    counts.appendChild(note);
  }
  var visibleNote = el("span", "kg-muted");
  visibleNote.id = "kg-visible";
  counts.appendChild(visibleNote);

  var colourSelect = $("kg-colour-by");
  $("kg-colour-wrap").hidden = !hasCamps;
  function setColourBy(mode) {
    state.colourBy = mode === "camp" && hasCamps ? "camp" : "type";
    colourSelect.value = state.colourBy;
    batchUpdate(function () {
      nodes.update(
        DATA.nodes.map(function (nd) {
          return { id: nd.id, color: nodeColor(nd) };
        })
      );
    });
    $("kg-legend-types").hidden = state.colourBy !== "type";
    var campLegend = $("kg-legend-camps");
    if (campLegend) campLegend.hidden = state.colourBy !== "camp";
    if (panel.dataset.kind === "overview") showOverview();
  }
  viewer.setColourBy = setColourBy;
  colourSelect.addEventListener("change", function () {
    setColourBy(colourSelect.value);
  });

  // ---------------------------------------------------------------- filters
  function tally(items, keyOf) {
    var m = new Map();
    items.forEach(function (x) {
      var k = typeof keyOf === "function" ? keyOf(x) : x[keyOf];
      m.set(k, (m.get(k) || 0) + 1);
    });
    return m;
  }
  function ordered(counts, preferred) {
    var keys = preferred.filter(function (k) {
      return counts.has(k);
    });
    Array.from(counts.keys())
      .sort()
      .forEach(function (k) {
        if (keys.indexOf(k) < 0) keys.push(k);
      });
    return keys;
  }
  var checkboxes = [];
  function buildChecks(boxId, group, counts, order, labelOf, markOf, titleOf) {
    var box = $(boxId);
    ordered(counts, order).forEach(function (value) {
      state[group].add(value);
      var label = el("label", "kg-check");
      if (titleOf) label.title = titleOf(value);
      var input = el("input");
      input.type = "checkbox";
      input.checked = true;
      input.dataset.group = group;
      input.dataset.value = value;
      input.addEventListener("change", function () {
        if (input.checked) state[group].add(value);
        else state[group].delete(value);
        applyFilters();
      });
      checkboxes.push(input);
      label.appendChild(input);
      if (markOf) label.appendChild(markOf(value));
      label.appendChild(el("span", null, labelOf(value)));
      label.appendChild(el("span", "kg-count", fmt(counts.get(value))));
      box.appendChild(label);
    });
  }
  if (hasCamps) {
    $("kg-camps-box").hidden = false;
    buildChecks("kg-filter-camps", "camps", tally(DATA.nodes, campKey), campKeys, campName,
      function (k) { return swatch(campColor(k)); },
      campSummary);
  }
  buildChecks("kg-filter-quads", "quads", tally(DATA.links, "quad"), vocab.quads || [],
    function (q) { return QUAD_LABELS[q] || q; },
    function (q) { return lineSample(quadColor(q), q === "structural" ? STRUCTURAL_DASHES : null, 1); });
  buildChecks("kg-filter-relations", "relations", tally(DATA.links, "relation"), Object.keys(vocab.relations || {}),
    function (r) { return r; },
    function (r) {
      var info = (vocab.relations || {})[r];
      return swatch(quadColor(info ? info.quad : "structural"));
    });
  buildChecks("kg-filter-types", "types", tally(DATA.nodes, "type"), Object.keys(TYPE_COLORS),
    function (t) { return TYPE_LABELS[t] ? t + " · " + TYPE_LABELS[t] : t; },
    function (t) { return swatch(typeColor(t)); });
  buildChecks("kg-filter-modalities", "modalities", tally(DATA.links, "modality"), vocab.modalities || [],
    function (m) { return m; },
    function (m) { var s = modalityStyle(m); return lineSample("#52606d", s.dashes, s.opacity); });

  var maxWeight = DATA.links.reduce(function (a, l) { return Math.max(a, l.weight); }, 1);
  var weightInput = $("kg-minweight");
  weightInput.max = String(maxWeight);
  weightInput.disabled = maxWeight <= 1;
  weightInput.addEventListener("input", function () {
    state.minWeight = Number(weightInput.value) || 1;
    $("kg-minweight-value").textContent = String(state.minWeight);
    applyFilters();
  });
  var docSelect = $("kg-doc");
  (DATA.documents || []).forEach(function (d) {
    var opt = el("option", null, (d.title || d.id) + (d.date ? " (" + d.date + ")" : ""));
    opt.value = d.id;
    docSelect.appendChild(opt);
  });
  docSelect.addEventListener("change", function () {
    state.doc = docSelect.value;
    applyFilters();
  });
  var isolatedBox = $("kg-show-isolated");
  isolatedBox.checked = state.showIsolated;
  isolatedBox.addEventListener("change", function () {
    state.showIsolated = isolatedBox.checked;
    applyFilters();
    fitVisible(300);
  });

  // Actors "in" a document: listed in it, or at either end of a relation it supports
  // (so an edge shown for a document never loses one of its ends).
  var docActors = null;
  var docActorsFor = null;
  function nodePasses(node) {
    if (!state.types.has(node.type)) return false;
    if (hasCamps && !state.camps.has(campKey(node))) return false;
    if (!state.doc) return true;
    if (docActorsFor !== state.doc) {
      docActorsFor = state.doc;
      docActors = new Set();
      DATA.nodes.forEach(function (nd) {
        if (nd.documents.indexOf(state.doc) >= 0) docActors.add(nd.id);
      });
      DATA.links.forEach(function (l) {
        if (l.documents.indexOf(state.doc) >= 0) {
          docActors.add(l.source);
          docActors.add(l.target);
        }
      });
    }
    return docActors.has(node.id);
  }
  function linkPasses(l) {
    return (
      state.quads.has(l.quad) &&
      state.relations.has(l.relation) &&
      state.modalities.has(l.modality) &&
      (!state.doc || l.documents.indexOf(state.doc) >= 0)
    );
  }
  // Evidence items of a link inside the selected dates. A date of month or year
  // precision counts when its month or year overlaps the range; undated evidence counts
  // only when every date is selected (it could be from any time).
  function inRange(span) {
    return !state.range || (span !== null && span[1] >= state.range[0] && span[0] <= state.range[1]);
  }
  function weightInRange(l) {
    if (!state.range) return l.weight;
    var c = 0;
    for (var i = 0; i < l._spans.length; i++) if (inRange(l._spans[i])) c++;
    return c;
  }

  // ---------------------------------------------------------------- timeline
  var tl = null;
  function buildTimeline() {
    var span = domain[1] - domain[0] + 1;
    var unit = span <= 92 ? "day" : span <= 3 * 366 ? "week" : "month";
    var bins = periodsBetween(domain[0], domain[1], unit);
    bins.forEach(function (b) {
      b.exact = 0;
      b.spread = 0;
    });
    // An item of one day counts whole in its bin; a month- or year-dated item is spread
    // over the bins it covers (drawn lighter), so it adds no false peak on the 1st.
    DATA.links.forEach(function (l) {
      l._spans.forEach(function (s) {
        if (!s) return;
        var a = periodIndex(bins, s[0]);
        var b = periodIndex(bins, s[1]);
        if (a === b) {
          bins[a].exact += 1;
          return;
        }
        for (var i = a; i <= b; i++) {
          var overlap = Math.min(bins[i].end, s[1]) - Math.max(bins[i].start, s[0]) + 1;
          bins[i].spread += overlap / (s[1] - s[0] + 1);
        }
      });
    });
    var top = bins.reduce(function (m, b) { return Math.max(m, b.exact + b.spread); }, 0) || 1;
    var svg = $("kg-histogram");
    svg.setAttribute("viewBox", "0 0 " + bins.length + " 100");
    var bars = bins.map(function (b, i) {
      var g = svgEl("g", { class: "kg-bin", "data-start": isoDay(b.start) });
      var h1 = (96 * b.exact) / top;
      var h2 = (96 * b.spread) / top;
      g.appendChild(svgEl("rect", { class: "kg-hit", x: i, y: 0, width: 1, height: 100 }));
      if (h2 > 0) g.appendChild(svgEl("rect", { class: "kg-approx", x: i + 0.12, y: 100 - h1 - h2, width: 0.76, height: h2 }));
      if (h1 > 0) g.appendChild(svgEl("rect", { class: "kg-exact", x: i + 0.12, y: 100 - h1, width: 0.76, height: h1 }));
      var t = svgEl("title");
      var approx = Math.round(b.spread * 10) / 10;
      t.textContent = periodLabel(b, unit) + ": " + plural(b.exact, "evidence item") + (approx ? " (+" + approx + " dated to the month or year)" : "");
      g.appendChild(t);
      svg.appendChild(g);
      return g;
    });
    var lo = $("kg-tl-lo");
    var hi = $("kg-tl-hi");
    [lo, hi].forEach(function (input) {
      input.max = String(bins.length - 1);
      input.disabled = bins.length < 2;
    });
    hi.value = String(bins.length - 1);
    var from = $("kg-from");
    var to = $("kg-to");
    from.min = to.min = isoDay(domain[0]);
    from.max = to.max = isoDay(domain[1]);
    var axis = $("kg-tl-axis");
    axis.appendChild(el("span", null, isoDay(domain[0]).slice(0, unit === "month" ? 7 : 10)));
    axis.appendChild(el("span", null, isoDay(domain[1]).slice(0, unit === "month" ? 7 : 10)));
    $("kg-tl-title").textContent = "Evidence per " + unit;
    tl = { unit: unit, bins: bins, bars: bars, lo: lo, hi: hi, from: from, to: to };
    viewer.timeline = { unit: unit, bins: bins.length, first: isoDay(domain[0]), last: isoDay(domain[1]), undated: undatedCount };

    function fromBins(final) {
      var a = Number(lo.value);
      var b = Number(hi.value);
      if (a > b) {
        if (this === lo) hi.value = String((b = a));
        else lo.value = String((a = b));
      }
      setRange([bins[a].start, bins[b].end], final);
    }
    lo.addEventListener("input", function () { fromBins.call(lo, false); });
    hi.addEventListener("input", function () { fromBins.call(hi, false); });
    lo.addEventListener("change", function () { fromBins.call(lo, true); });
    hi.addEventListener("change", function () { fromBins.call(hi, true); });
    function fromDates() {
      var a = parseIsoDay(from.value);
      var b = parseIsoDay(to.value);
      if (a === null) a = domain[0];
      if (b === null) b = domain[1];
      setRange(a <= b ? [a, b] : [b, a], true);
    }
    from.addEventListener("change", fromDates);
    to.addEventListener("change", fromDates);
    $("kg-tl-all").addEventListener("click", function () {
      setRange(null, true);
    });
    placeHandles();
    window.addEventListener("resize", placeHandles);
  }
  // The handles' centres sit on the centres of the first and last bins.
  function placeHandles() {
    var width = $("kg-tl-body").clientWidth;
    var binWidth = width / tl.bins.length;
    var thumb = 14;
    [tl.lo, tl.hi].forEach(function (input) {
      input.style.left = binWidth / 2 - thumb / 2 + "px";
      input.style.width = Math.max(thumb, (tl.bins.length - 1) * binWidth + thumb) + "px";
    });
  }
  function syncTimeline() {
    if (!tl) return;
    var r = state.range || domain;
    var a = periodIndex(tl.bins, Math.max(r[0], domain[0]));
    var b = periodIndex(tl.bins, Math.min(r[1], domain[1]));
    tl.lo.value = String(a);
    tl.hi.value = String(b);
    tl.from.value = isoDay(r[0]);
    tl.to.value = isoDay(r[1]);
    tl.bars.forEach(function (g, i) {
      var bin = tl.bins[i];
      g.setAttribute("class", bin.end >= r[0] && bin.start <= r[1] ? "kg-bin kg-in" : "kg-bin");
    });
    var noteText = "";
    if (undatedCount) {
      noteText = state.range
        ? plural(undatedCount, "undated evidence item") + " left out (All dates brings them back)"
        : plural(undatedCount, "undated evidence item") + " included; left out once dates are chosen";
    }
    $("kg-tl-note").textContent = noteText;
  }
  var pendingFrame = 0;
  // While a handle is dragged the graph follows once per frame, or, past LIVE_EDGES
  // relations (where restyling them takes about a second), only the histogram follows
  // and the graph on release. A release or a typed date applies at once.
  var LIVE_EDGES = 3000;
  function setRange(range, now) {
    if (range && domain && range[0] <= domain[0] && range[1] >= domain[1]) range = null;
    state.range = range;
    syncTimeline();
    if (now) {
      if (pendingFrame) cancelAnimationFrame(pendingFrame);
      applyFilters();
    } else if (!pendingFrame && DATA.links.length <= LIVE_EDGES) {
      pendingFrame = requestAnimationFrame(applyFilters);
    }
  }
  // For scripts: ISO days, either may be null for an open end; false when nothing is dated.
  viewer.setRange = function (from, to) {
    if (!domain) return false;
    var a = parseIsoDay(from);
    var b = parseIsoDay(to);
    a = a === null ? domain[0] : a;
    b = b === null ? domain[1] : b;
    setRange(a <= b ? [a, b] : [b, a], true);
    return true;
  };
  if (domain) {
    buildTimeline();
    syncTimeline();
  }

  // ---------------------------------------------------------------- apply filters
  var nodeHidden = new Map();
  var edgeHidden = new Map();
  var edgeValue = new Map();
  var visible = { nodes: new Set(), edges: new Set(), weight: new Map(), isolated: 0 };
  DATA.nodes.forEach(function (nd) {
    nodeHidden.set(nd.id, neverLinked.has(nd.id) && !state.showIsolated);
  });
  DATA.links.forEach(function (l) {
    edgeHidden.set(l.id, false);
    edgeValue.set(l.id, l.weight);
  });
  // With physics off, vis-network redraws the whole graph synchronously after every
  // DataSet update; at 15,000 edges that is a second per update. Updates made together
  // are drawn once, in the next frame, by holding redraws with vis-network's own
  // stabilisation switch (guarded: without it they are merely drawn more often).
  function batchUpdate(apply) {
    var emitter = network.body && network.body.emitter;
    // Not while vis-network holds redraws itself (during the layout).
    if (!emitter || !network.renderer || network.renderer.allowRedraw !== true) return apply();
    emitter.emit("_blockRedraw");
    try {
      apply();
    } finally {
      emitter.emit("_allowRedraw");
      emitter.emit("_requestRedraw");
    }
  }

  // Never-linked actors, first shown: a grid under the laid-out graph.
  function park(ids) {
    var placed = [];
    DATA.nodes.forEach(function (nd) {
      if (!neverLinked.has(nd.id) && !nodeHidden.get(nd.id)) placed.push(nd.id);
    });
    var pos = network.getPositions(placed);
    var minX = Infinity, maxX = -Infinity, maxY = -Infinity;
    placed.forEach(function (id) {
      var p = pos[id];
      if (!p) return;
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    });
    if (minX === Infinity) minX = maxX = maxY = 0;
    return gridPositions(ids, minX, maxY + 2 * GRID_STEP, maxX - minX).map(function (p) {
      parked.add(p.id);
      return p;
    });
  }
  function applyFilters() {
    pendingFrame = 0;
    var showNode = new Set();
    DATA.nodes.forEach(function (nd) {
      if (nodePasses(nd)) showNode.add(nd.id);
    });
    var showEdge = new Set();
    var weight = new Map();
    var minWeight = Math.max(1, state.minWeight);
    DATA.links.forEach(function (l) {
      if (!showNode.has(l.source) || !showNode.has(l.target) || !linkPasses(l)) return;
      var w = weightInRange(l);
      if (w >= minWeight) {
        showEdge.add(l.id);
        weight.set(l.id, w);
      }
    });
    if (state.focus && showNode.has(state.focus)) {
      var hood = new Set([state.focus]);
      showEdge.forEach(function (id) {
        var l = linkById.get(id);
        if (l.source === state.focus) hood.add(l.target);
        if (l.target === state.focus) hood.add(l.source);
      });
      showNode = hood;
      showEdge.forEach(function (id) {
        var l = linkById.get(id);
        if (!hood.has(l.source) || !hood.has(l.target)) showEdge.delete(id);
      });
    }
    var touched = new Set(state.focus ? [state.focus] : []);
    showEdge.forEach(function (id) {
      var l = linkById.get(id);
      touched.add(l.source);
      touched.add(l.target);
    });
    var isolated = 0;
    showNode.forEach(function (id) {
      if (touched.has(id)) return;
      isolated++;
      if (!state.showIsolated) showNode.delete(id);
    });
    // Only send changed items to vis: a full update re-lays out nothing but is slow at 5k.
    var nodeChanges = [];
    var toPark = [];
    DATA.nodes.forEach(function (nd) {
      var hide = !showNode.has(nd.id);
      if (nodeHidden.get(nd.id) !== hide) {
        nodeHidden.set(nd.id, hide);
        if (!hide && neverLinked.has(nd.id) && !parked.has(nd.id)) toPark.push(nd.id);
        else nodeChanges.push({ id: nd.id, hidden: hide });
      }
    });
    if (toPark.length) {
      park(toPark).forEach(function (p) {
        nodeChanges.push({ id: p.id, x: p.x, y: p.y, hidden: false });
      });
    }
    var edgeChanges = [];
    DATA.links.forEach(function (l) {
      var hide = !showEdge.has(l.id);
      var change = null;
      if (edgeHidden.get(l.id) !== hide) {
        edgeHidden.set(l.id, hide);
        change = { id: l.id, hidden: hide };
      }
      // The width follows the evidence inside the selected dates.
      var w = weight.get(l.id);
      if (!hide && w !== edgeValue.get(l.id)) {
        edgeValue.set(l.id, w);
        change = change || { id: l.id };
        change.value = w;
      }
      if (change) edgeChanges.push(change);
    });
    batchUpdate(function () {
      if (nodeChanges.length) nodes.update(nodeChanges);
      if (edgeChanges.length) edges.update(edgeChanges);
    });
    visible = { nodes: showNode, edges: showEdge, weight: weight, isolated: isolated };
    $("kg-isolated-count").textContent = "(" + fmt(isolated) + ")";
    var filtered = showNode.size !== DATA.nodes.length || showEdge.size !== DATA.links.length;
    visibleNote.textContent = filtered
      ? " · visible: " + plural(showNode.size, "actor") + ", " + plural(showEdge.size, "relation")
      : "";
    if (n > 0) {
      $("kg-empty").textContent = "No actor or relation matches the filters.";
      $("kg-empty").hidden = showNode.size > 0;
    }
    if (panel.dataset.kind === "overview") showOverview();
    return { nodes: showNode.size, edges: showEdge.size, isolated: isolated };
  }
  viewer.applyFilters = applyFilters;
  function fitVisible(duration) {
    var ids = nodes.getIds({ filter: function (x) { return !x.hidden; } });
    if (ids.length) network.fit({ nodes: ids, animation: { duration: duration, easingFunction: "easeInOutQuad" } });
  }

  // ---------------------------------------------------------------- focus
  var banner = $("kg-focus-banner");
  function setFocus(id) {
    state.focus = id;
    clear(banner);
    if (id) {
      banner.appendChild(el("span", null, "Neighbourhood of " + nodeName(id)));
      var btn = el("button", null, "Show all");
      btn.type = "button";
      btn.addEventListener("click", function () {
        setFocus(null);
      });
      banner.appendChild(btn);
    }
    banner.hidden = !id;
    applyFilters();
    fitVisible(400);
  }
  viewer.setFocus = setFocus;
  network.on("doubleClick", function (params) {
    if (params.nodes.length) setFocus(params.nodes[0]);
    else if (!params.edges.length && state.focus) setFocus(null);
  });

  // ---------------------------------------------------------------- side panel
  var panel = $("kg-panel-body");

  function dlRow(dl, term, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
    dl.appendChild(el("dt", null, term));
    dl.appendChild(el("dd", null, Array.isArray(value) ? value.join(", ") : value));
  }
  function nodeLink(id) {
    var b = el("button", "kg-link", nodeName(id));
    b.type = "button";
    b.addEventListener("click", function () {
      selectNode(id, true);
    });
    return b;
  }
  function docMeta(docId, parent) {
    var d = docsById.get(docId);
    var meta = el("div", "kg-meta");
    meta.appendChild(el("b", null, d ? d.title || d.id : docId));
    if (d && d.date) meta.appendChild(document.createTextNode(" · " + d.date));
    if (d && d.place) meta.appendChild(document.createTextNode(" · " + d.place));
    if (d && d.source) {
      meta.appendChild(document.createElement("br"));
      // Only plain web links become anchors: a javascript: or data: "source" stays text.
      if (/^https?:\/\//i.test(d.source)) {
        var a = el("a", null, d.source);
        a.href = d.source;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        meta.appendChild(a);
      } else {
        meta.appendChild(document.createTextNode(d.source));
      }
    }
    parent.appendChild(meta);
  }
  function seenText(first, last) {
    if (!first) return "";
    return first === last ? first : first + " – " + last;
  }

  // Ordered by what the list shows: relations visible now (ties by evidence, then name).
  function mostConnected(limit) {
    var count = new Map();
    var evidence = new Map();
    visible.edges.forEach(function (id) {
      var l = linkById.get(id);
      var w = visible.weight.get(id) || 0;
      [l.source, l.target].forEach(function (end, i) {
        if (i === 1 && end === l.source) return;
        count.set(end, (count.get(end) || 0) + 1);
        evidence.set(end, (evidence.get(end) || 0) + w);
      });
    });
    return Array.from(count.keys())
      .sort(function (a, b) {
        return count.get(b) - count.get(a) || evidence.get(b) - evidence.get(a) || (nodeName(a) < nodeName(b) ? -1 : 1);
      })
      .slice(0, limit)
      .map(function (id) {
        return { id: id, relations: count.get(id) };
      });
  }
  viewer.mostConnected = mostConnected;

  function showOverview() {
    clear(panel);
    var box = el("div", "kg-panel-empty");
    box.appendChild(el("h3", null, "Details"));
    box.appendChild(el("p", null, "Click an actor to see who it is and its relations; click an edge to read the sentences behind it and the pair over time."));
    var top = mostConnected(12);
    if (top.length) {
      box.appendChild(el("div", "kg-section-title", "Most connected actors" + (state.range || visible.edges.size !== DATA.links.length ? " (as filtered)" : "")));
      var ul = el("ul", "kg-list");
      ul.id = "kg-top-actors";
      top.forEach(function (item) {
        var nd = nodeById.get(item.id);
        var li = el("li");
        li.dataset.relations = String(item.relations);
        li.appendChild(swatch(nodeColor(nd).background));
        li.appendChild(document.createTextNode(" "));
        li.appendChild(nodeLink(nd.id));
        li.appendChild(el("span", "kg-muted", " · " + plural(item.relations, "relation")));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    var meta = DATA.meta || {};
    var bits = [meta.kg_version ? "kg " + meta.kg_version : "", meta.model || "", meta.created || ""].filter(Boolean);
    if (bits.length) box.appendChild(el("p", "kg-meta", "Built with " + bits.join(" · ")));
    panel.appendChild(box);
    panel.dataset.kind = "overview";
  }

  function pairButton(a, b) {
    var btn = el("button", "kg-link kg-pair-btn", "⇄ pair");
    btn.type = "button";
    btn.title = "Every relation between the two, and their scores over time";
    btn.dataset.pair = b;
    btn.addEventListener("click", function () {
      showPair(a, b);
    });
    return btn;
  }

  function showNode(id) {
    var nd = nodeById.get(id);
    if (!nd) return;
    clear(panel);
    panel.dataset.kind = "node";
    panel.dataset.id = id;
    panel.appendChild(el("h3", null, nd.label));
    var badges = el("div", "kg-badges");
    var typeBadge = el("span", "kg-badge");
    typeBadge.appendChild(swatch(typeColor(nd.type)));
    typeBadge.appendChild(document.createTextNode(TYPE_LABELS[nd.type] ? nd.type + " · " + TYPE_LABELS[nd.type] : nd.type));
    badges.appendChild(typeBadge);
    if (hasCamps) {
      var campBadge = el("span", "kg-badge");
      campBadge.id = "kg-node-camp";
      campBadge.appendChild(swatch(campColor(campKey(nd))));
      campBadge.appendChild(document.createTextNode(campName(campKey(nd))));
      badges.appendChild(campBadge);
    }
    badges.appendChild(el("span", "kg-badge", plural(nd.mentions, "mention")));
    panel.appendChild(badges);
    var dl = el("dl", "kg-dl");
    dlRow(dl, "Type", nd.type);
    dlRow(dl, "Sector", nd.sector);
    dlRow(dl, "Roles", nd.roles);
    dlRow(dl, "Country", nd.country);
    dlRow(dl, "Seen", seenText(nd.first_seen, nd.last_seen));
    dlRow(dl, "Aliases", nd.aliases);
    dlRow(dl, "Metonyms", nd.metonyms);
    dlRow(dl, "Id", nd.id);
    panel.appendChild(dl);

    var rels = linksByNode.get(id).slice().sort(function (a, b) {
      return b.weight - a.weight || (a.id < b.id ? -1 : 1);
    });
    panel.appendChild(el("div", "kg-section-title", "Relations (" + rels.length + ")"));
    if (rels.length) panel.appendChild(el("p", "kg-hint", "⇄ pair: every relation with that actor and their scores over time (or shift-click it in the graph)."));
    var ul = el("ul", "kg-list");
    ul.id = "kg-node-relations";
    rels.forEach(function (l) {
      var li = el("li");
      var outgoing = l.source === id;
      var other = outgoing ? l.target : l.source;
      li.appendChild(el("span", "kg-muted", outgoing ? "→" : "←"));
      var rel = el("button", "kg-link");
      rel.type = "button";
      rel.dataset.edge = l.id;
      rel.appendChild(relBadge(l));
      rel.title = "Show the evidence";
      rel.addEventListener("click", function () {
        selectEdge(l.id, true);
      });
      li.appendChild(rel);
      li.appendChild(nodeLink(other));
      var extra = " · " + plural(l.weight, "sentence");
      if (l.modality !== "asserted") extra += " · " + l.modality;
      if (edgeHidden.get(l.id)) extra += " · hidden by filters";
      li.appendChild(el("span", "kg-muted", extra + " "));
      if (other !== id) li.appendChild(pairButton(id, other));
      ul.appendChild(li);
    });
    panel.appendChild(ul);

    panel.appendChild(el("div", "kg-section-title", "Documents (" + nd.documents.length + ")"));
    var docs = el("ul", "kg-list");
    nd.documents.forEach(function (docId) {
      var li = el("li");
      docMeta(docId, li);
      docs.appendChild(li);
    });
    panel.appendChild(docs);
  }

  // Python gives spans in code points; JS strings index UTF-16 units.
  function codePointsToUnits(sentence) {
    var map = [0];
    var units = 0;
    for (var i = 0; i < sentence.length; ) {
      var cp = sentence.codePointAt(i);
      var size = cp > 0xffff ? 2 : 1;
      i += size;
      units += size;
      map.push(units);
    }
    return map;
  }
  function findName(sentence, node) {
    if (!node) return null;
    var names = [node.label].concat(node.aliases || []).filter(Boolean);
    names.sort(function (a, b) {
      return b.length - a.length;
    });
    var lower = sentence.toLowerCase();
    for (var i = 0; i < names.length; i++) {
      var at = lower.indexOf(names[i].toLowerCase());
      if (at >= 0 && names[i].toLowerCase().length === names[i].length) return [at, at + names[i].length];
    }
    return null;
  }
  function highlight(sentence, srcSpan, tgtSpan, link) {
    var map = codePointsToUnits(sentence);
    function toUnits(span) {
      if (!span || span[1] >= map.length || span[0] < 0 || span[0] >= span[1]) return null;
      return [map[span[0]], map[span[1]]];
    }
    var ranges = [];
    var s = toUnits(srcSpan) || findName(sentence, nodeById.get(link.source));
    var t = toUnits(tgtSpan) || findName(sentence, nodeById.get(link.target));
    if (s) ranges.push({ start: s[0], end: s[1], cls: "kg-src", who: nodeName(link.source) });
    if (t) ranges.push({ start: t[0], end: t[1], cls: "kg-tgt", who: nodeName(link.target) });
    ranges.sort(function (a, b) {
      return a.start - b.start;
    });
    var p = el("p", "kg-sentence");
    var pos = 0;
    ranges.forEach(function (r) {
      if (r.start < pos) return; // overlapping spans: keep the first
      if (r.start > pos) p.appendChild(document.createTextNode(sentence.slice(pos, r.start)));
      var mark = el("mark", r.cls, sentence.slice(r.start, r.end));
      mark.title = r.who;
      p.appendChild(mark);
      pos = r.end;
    });
    if (pos < sentence.length) p.appendChild(document.createTextNode(sentence.slice(pos)));
    return p;
  }
  function evidenceList(l) {
    var list = el("div", "kg-evidence-list");
    l.evidence.forEach(function (ev, i) {
      var box = el("div", "kg-evidence");
      var span = l._spans[i];
      if (!inRange(span)) box.classList.add("kg-out");
      box.appendChild(highlight(ev.sentence, ev.source_span, ev.target_span, l));
      var meta = el("div", "kg-meta");
      meta.appendChild(document.createTextNode("Predicate: "));
      meta.appendChild(el("b", "kg-predicate", ev.predicate || "—"));
      meta.appendChild(document.createTextNode(" · " + ev.modality));
      if (!inRange(span)) meta.appendChild(el("span", "kg-out-note", span ? " · outside the selected dates" : " · undated, left out of the date range"));
      box.appendChild(meta);
      docMeta(ev.doc, box);
      list.appendChild(box);
    });
    return list;
  }
  function sourceKey(l) {
    var key = el("div", "kg-key");
    key.appendChild(el("mark", "kg-src", nodeName(l.source)));
    key.appendChild(el("mark", "kg-tgt", nodeName(l.target)));
    return key;
  }

  // ------------------------------------------------------------ pair over time
  function pairLinks(a, b) {
    return linksByNode.get(a).filter(function (l) {
      return (l.source === a && l.target === b) || (l.source === b && l.target === a);
    });
  }
  // The sum of PLOVER scores per period for every relation between two actors, both
  // directions (each evidence item scores its relation's score). The period is chosen
  // from the pair's own span, never finer than its least precise date.
  function pairSeries(links) {
    var items = [];
    var undated = 0;
    var floor = "day";
    links.forEach(function (l) {
      l._spans.forEach(function (s, i) {
        if (!s) {
          undated++;
          return;
        }
        items.push({ day: s[0], score: l.score });
        var precision = l.evidence[i].date.length; // YYYY, YYYY-MM or YYYY-MM-DD
        if (precision === 4) floor = coarser(floor, "year");
        else if (precision === 7) floor = coarser(floor, "month");
      });
    });
    if (!items.length) return { periods: [], undated: undated, items: 0 };
    var lo = Infinity;
    var hi = -Infinity;
    items.forEach(function (it) {
      lo = Math.min(lo, it.day);
      hi = Math.max(hi, it.day);
    });
    var span = hi - lo + 1;
    var unit = coarser(span <= 31 ? "day" : span <= 26 * 7 ? "week" : "month", floor);
    var periods = periodsBetween(lo, hi, unit);
    periods.forEach(function (p) {
      p.sum = 0;
      p.coop = 0;
      p.conflict = 0;
      p.items = 0;
    });
    items.forEach(function (it) {
      var p = periods[periodIndex(periods, it.day)];
      p.sum += it.score;
      p.items += 1;
      if (it.score > 0) p.coop += it.score;
      if (it.score < 0) p.conflict += it.score;
    });
    return { unit: unit, periods: periods, undated: undated, items: items.length };
  }
  viewer.pairSeries = function (a, b) {
    var s = pairSeries(pairLinks(a, b));
    return { unit: s.unit, periods: s.periods.length, items: s.items, undated: s.undated,
      sums: s.periods.map(function (p) { return Math.round(p.sum * 100) / 100; }) };
  };
  function score(v) {
    var r = Math.round(v * 10) / 10;
    return (r > 0 ? "+" : "") + r;
  }
  function pairChart(series) {
    var W = 320;
    var H = 128;
    var left = 34;
    var right = 6;
    var top = 8;
    var bottom = 22;
    var ps = series.periods;
    var hiV = 0;
    var loV = 0;
    ps.forEach(function (p) {
      hiV = Math.max(hiV, p.sum);
      loV = Math.min(loV, p.sum);
    });
    if (hiV === loV) hiV = 1;
    function y(v) {
      return top + ((hiV - v) / (hiV - loV)) * (H - top - bottom);
    }
    var svg = svgEl("svg", { id: "kg-pair-chart", class: "kg-chart", viewBox: "0 0 " + W + " " + H, role: "img",
      "data-periods": ps.length, "data-unit": series.unit });
    svg.appendChild(svgEl("title")).textContent = "Sum of PLOVER scores per " + series.unit;
    var step = (W - left - right) / ps.length;
    var barW = Math.max(1, Math.min(step * 0.8, 28));
    ps.forEach(function (p, i) {
      var g = svgEl("g", { class: "kg-period", "data-start": isoDay(p.start), "data-sum": Math.round(p.sum * 100) / 100 });
      if (state.range && !(p.end >= state.range[0] && p.start <= state.range[1])) g.setAttribute("opacity", "0.35");
      var x = left + i * step;
      g.appendChild(svgEl("rect", { class: "kg-hit", x: x, y: top, width: step, height: H - top - bottom }));
      if (p.items) {
        var y0 = y(Math.max(p.sum, 0));
        var y1 = y(Math.min(p.sum, 0));
        var color = p.sum > 0 ? QUAD_COLORS.material_coop : p.sum < 0 ? QUAD_COLORS.material_conflict : QUAD_COLORS.structural;
        g.appendChild(svgEl("rect", { class: "kg-bar", x: x + (step - barW) / 2, y: Math.min(y0, y1 - 1.5), width: barW, height: Math.max(1.5, y1 - y0), fill: color }));
      }
      var t = svgEl("title");
      t.textContent = periodLabel(p, series.unit) + ": " + score(p.sum) + " from " + plural(p.items, "evidence item") +
        (p.coop && p.conflict ? " (cooperation " + score(p.coop) + ", conflict " + score(p.conflict) + ")" : "");
      g.appendChild(t);
      svg.appendChild(g);
    });
    svg.appendChild(svgEl("line", { class: "kg-zero", x1: left, x2: W - right, y1: y(0), y2: y(0) }));
    function text(x, yy, anchor, value, cls) {
      var t = svgEl("text", { x: x, y: yy, "text-anchor": anchor, class: cls || "kg-axis" });
      t.textContent = value;
      svg.appendChild(t);
    }
    text(left - 4, y(hiV) + 4, "end", score(hiV));
    if (loV < 0) text(left - 4, y(loV) + 4, "end", score(loV));
    text(left - 4, y(0) + 4, "end", "0");
    text(left, H - 6, "start", periodLabel(ps[0], series.unit === "week" ? "day" : series.unit));
    if (ps.length > 1) text(W - right, H - 6, "end", periodLabel(ps[ps.length - 1], series.unit === "week" ? "day" : series.unit));
    return svg;
  }
  function pairSection(a, b, current) {
    var links = pairLinks(a, b).sort(function (x, y) {
      return y.weight - x.weight || (x.id < y.id ? -1 : 1);
    });
    var box = el("section", "kg-pair");
    box.id = "kg-pair";
    box.appendChild(el("div", "kg-section-title", "Pair over time"));
    var series = pairSeries(links);
    if (series.items) {
      box.appendChild(pairChart(series));
      var caption = "Sum of PLOVER scores per " + series.unit + " (cooperation above zero, conflict below), both directions, " +
        plural(links.length, "relation") + ", " + plural(series.items, "dated evidence item") + ".";
      if (series.undated) caption += " " + plural(series.undated, "undated item") + " not charted.";
      box.appendChild(el("p", "kg-hint kg-chart-caption", caption));
    } else {
      box.appendChild(el("p", "kg-hint", "No dated evidence for this pair" + (series.undated ? " (" + plural(series.undated, "undated item") + ")." : ".")));
    }
    if (links.length > 1 || !current) {
      var ul = el("ul", "kg-list kg-pair-relations");
      links.forEach(function (l) {
        var li = el("li");
        if (current && l.id === current) li.classList.add("kg-current");
        li.appendChild(nodeLink(l.source));
        var rel = el("button", "kg-link");
        rel.type = "button";
        rel.dataset.edge = l.id;
        rel.title = "Show this relation's evidence";
        rel.appendChild(relBadge(l));
        rel.addEventListener("click", function () {
          selectEdge(l.id, false);
        });
        li.appendChild(rel);
        li.appendChild(nodeLink(l.target));
        li.appendChild(el("span", "kg-muted", " · " + plural(l.weight, "sentence") + " · score " + score(l.score)));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    return box;
  }

  function showEdge(id) {
    var l = linkById.get(id);
    if (!l) return;
    clear(panel);
    panel.dataset.kind = "edge";
    panel.dataset.id = id;
    var h = el("h3");
    h.appendChild(nodeLink(l.source));
    h.appendChild(relBadge(l));
    h.appendChild(nodeLink(l.target));
    panel.appendChild(h);
    var badges = el("div", "kg-badges");
    var qb = el("span", "kg-badge");
    qb.appendChild(swatch(quadColor(l.quad)));
    qb.appendChild(document.createTextNode(QUAD_LABELS[l.quad] || l.quad));
    badges.appendChild(qb);
    badges.appendChild(el("span", "kg-badge", plural(l.weight, "sentence")));
    badges.appendChild(el("span", "kg-badge", l.modality));
    panel.appendChild(badges);
    var dl = el("dl", "kg-dl");
    var info = (vocab.relations || {})[l.relation];
    var seen = l._spans.filter(Boolean);
    dlRow(dl, "Relation", info ? l.relation + " — " + info.meaning : l.relation);
    dlRow(dl, "Score", String(l.score));
    dlRow(dl, "Predicates", l.predicates);
    dlRow(dl, "Documents", String(l.documents.length));
    if (seen.length) {
      var dates = l.evidence.map(function (ev) { return ev.date; }).filter(Boolean).sort();
      dlRow(dl, "Seen", seenText(dates[0], dates[dates.length - 1]));
    }
    panel.appendChild(dl);
    if (l.source !== l.target) panel.appendChild(pairSection(l.source, l.target, id));

    panel.appendChild(el("div", "kg-section-title", "Evidence (" + l.evidence.length + ")"));
    panel.appendChild(sourceKey(l));
    var list = evidenceList(l);
    list.id = "kg-evidence";
    panel.appendChild(list);
  }

  function showPair(a, b) {
    if (!nodeById.has(a) || !nodeById.has(b) || a === b) return false;
    clear(panel);
    panel.dataset.kind = "pair";
    panel.dataset.id = a + " " + b;
    network.selectNodes([a, b]);
    var h = el("h3");
    h.appendChild(nodeLink(a));
    h.appendChild(el("span", "kg-muted", " ⇄ "));
    h.appendChild(nodeLink(b));
    panel.appendChild(h);
    var links = pairLinks(a, b);
    if (!links.length) {
      panel.appendChild(el("p", "kg-hint", "No relation between these two actors."));
      return true;
    }
    panel.appendChild(pairSection(a, b, null));
    var all = el("div");
    all.id = "kg-evidence";
    links.forEach(function (l) {
      var title = el("div", "kg-section-title");
      title.appendChild(document.createTextNode(nodeName(l.source) + " "));
      title.appendChild(relBadge(l));
      title.appendChild(document.createTextNode(" " + nodeName(l.target) + " (" + l.evidence.length + ")"));
      all.appendChild(title);
      all.appendChild(evidenceList(l));
    });
    panel.appendChild(all);
    return true;
  }
  viewer.showPair = showPair;

  function selectNode(id, move) {
    if (!nodeById.has(id)) return false;
    network.selectNodes([id]);
    if (move) {
      network.focus(id, { scale: Math.max(network.getScale(), 1), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    }
    showNode(id);
    return true;
  }
  function selectEdge(id, move) {
    var l = linkById.get(id);
    if (!l) return false;
    network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    if (move) network.fit({ nodes: [l.source, l.target], maxZoomLevel: 1.5, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showEdge(id);
    return true;
  }
  viewer.selectNode = selectNode;
  viewer.selectEdge = selectEdge;

  network.on("click", function (params) {
    var shift = params.event && params.event.srcEvent && params.event.srcEvent.shiftKey;
    if (params.nodes.length && shift && panel.dataset.kind === "node" && panel.dataset.id !== params.nodes[0]) {
      showPair(panel.dataset.id, params.nodes[0]);
    } else if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else showOverview();
  });

  // ---------------------------------------------------------------- search
  var search = $("kg-search");
  var searchMsg = $("kg-search-msg");
  var datalist = $("kg-labels");
  var seen = new Set();
  DATA.nodes
    .slice()
    .sort(function (a, b) {
      return b.degree - a.degree || (a.id < b.id ? -1 : 1);
    })
    .forEach(function (nd) {
      [nd.label].concat(nd.aliases).forEach(function (name) {
        if (!name || seen.has(name)) return;
        seen.add(name);
        var opt = el("option");
        opt.value = name;
        if (name !== nd.label) opt.label = nd.label;
        datalist.appendChild(opt);
      });
    });
  function findNode(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var best = null;
    var bestRank = 9;
    DATA.nodes.forEach(function (nd) {
      var label = nd.label.toLowerCase();
      var aliases = nd.aliases.map(function (a) {
        return a.toLowerCase();
      });
      var rank = 9;
      if (label === q || nd.id.toLowerCase() === q) rank = 0;
      else if (aliases.indexOf(q) >= 0) rank = 1;
      else if (label.indexOf(q) === 0) rank = 2;
      else if (label.indexOf(q) > 0) rank = 3;
      else if (aliases.some(function (a) { return a.indexOf(q) >= 0; })) rank = 4;
      if (rank < bestRank || (rank === bestRank && rank < 9 && (nd.degree > best.degree || (nd.degree === best.degree && nd.id < best.id)))) {
        best = nd;
        bestRank = rank;
      }
    });
    return best;
  }
  function runSearch(query) {
    var nd = findNode(query);
    if (!nd) {
      searchMsg.textContent = query.trim() ? "No actor matches" : "";
      return null;
    }
    searchMsg.textContent = nodeHidden.get(nd.id) ? "Hidden by the current filters" : "";
    selectNode(nd.id, true);
    return nd.id;
  }
  viewer.search = runSearch;
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") {
      e.preventDefault();
      runSearch(search.value);
    } else if (e.key === "Escape") {
      search.value = "";
      searchMsg.textContent = "";
    }
  });
  // Picking a datalist suggestion fires "input" with the exact option value.
  search.addEventListener("input", function () {
    searchMsg.textContent = "";
    if (seen.has(search.value)) runSearch(search.value);
  });

  // ---------------------------------------------------------------- legend
  (function buildLegend() {
    var legend = $("kg-legend");
    function group(title, id) {
      var g = el("div", "kg-legend-group");
      if (id) g.id = id;
      g.appendChild(el("div", "kg-muted", title));
      legend.appendChild(g);
      return g;
    }
    function row(g, mark, text, detail) {
      var r = el("div", "kg-legend-row");
      r.appendChild(mark);
      var label = el("span", null, text);
      if (detail) label.appendChild(el("span", "kg-legend-detail", detail));
      r.appendChild(label);
      g.appendChild(r);
      return r;
    }
    var types = ordered(tally(DATA.nodes, "type"), Object.keys(TYPE_COLORS));
    var gt = group("Actors (colour = type)", "kg-legend-types");
    types.forEach(function (t) {
      row(gt, swatch(typeColor(t)), TYPE_LABELS[t] ? t + " · " + TYPE_LABELS[t] : t);
    });
    if (hasCamps) {
      var gc = group("Actors (colour = camp: sides of the signed relations)", "kg-legend-camps");
      gc.hidden = true;
      campKeys.forEach(function (k) {
        var size = campMembers.get(k).length;
        var r = row(gc, swatch(campColor(k)), campName(k) + " · " + plural(size, "actor"), k === "none" ? "" : campSummary(k));
        r.dataset.camp = k;
        r.dataset.size = String(size);
      });
    }
    var gq = group("Relations (colour = kind)");
    (vocab.quads || Object.keys(QUAD_COLORS)).forEach(function (q) {
      row(gq, lineSample(quadColor(q), q === "structural" ? STRUCTURAL_DASHES : null, 1), QUAD_LABELS[q] || q);
    });
    var gm = group("Certainty (line style)");
    Object.keys(MODALITY_STYLES).forEach(function (m) {
      var s = MODALITY_STYLES[m];
      row(gm, lineSample("#52606d", s.dashes, s.opacity), s.label);
    });
  })();

  // ---------------------------------------------------------------- reset
  function reset() {
    search.value = "";
    searchMsg.textContent = "";
    checkboxes.forEach(function (input) {
      input.checked = true;
      state[input.dataset.group].add(input.dataset.value);
    });
    weightInput.value = "1";
    state.minWeight = 1;
    $("kg-minweight-value").textContent = "1";
    docSelect.value = "";
    state.doc = "";
    state.showIsolated = DATA.links.length === 0;
    isolatedBox.checked = state.showIsolated;
    state.focus = null;
    banner.hidden = true;
    state.range = null;
    syncTimeline();
    applyFilters();
    network.unselectAll();
    fitVisible(300);
    showOverview();
  }
  viewer.reset = reset;
  $("kg-reset").addEventListener("click", reset);
  $("kg-fit").addEventListener("click", function () {
    fitVisible(300);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && document.activeElement !== search) {
      network.unselectAll();
      showOverview();
    }
  });

  applyFilters();
  showOverview();
  timings.scriptEnd = performance.now();
})();
