/* kg viewer: draws the embedded actor graph with vis-network and explains every edge.
 *
 * Every string in the data comes from untrusted articles. It reaches the page only
 * through textContent, attribute setters that take plain text (value, href after a
 * scheme check) or vis-network canvas labels; innerHTML is never used.
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
  DATA.links.forEach(function (l, i) {
    l.id = "e" + i;
    linkById.set(l.id, l);
    linksByNode.get(l.source).push(l);
    if (l.target !== l.source) linksByNode.get(l.target).push(l);
  });

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
  function lineSample(color, dashes, opacity) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "kg-line");
    svg.setAttribute("width", "34");
    svg.setAttribute("height", "10");
    var line = document.createElementNS(ns, "line");
    line.setAttribute("x1", "1");
    line.setAttribute("y1", "5");
    line.setAttribute("x2", "33");
    line.setAttribute("y2", "5");
    line.setAttribute("stroke", color);
    line.setAttribute("stroke-width", "2.5");
    line.setAttribute("stroke-opacity", String(opacity));
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
    box.appendChild(
      el("div", "kg-muted", (TYPE_LABELS[n.type] || n.type) + " · " + plural(n.mentions, "mention"))
    );
    return box;
  }
  function edgeTooltip(l) {
    var box = el("div");
    box.appendChild(el("b", null, nodeName(l.source) + " → " + edgeLabel(l) + " → " + nodeName(l.target)));
    box.appendChild(el("div", "kg-muted", plural(l.weight, "sentence") + " · click for evidence"));
    return box;
  }

  // Parallel edges between one pair would be drawn on top of each other; fan them out.
  var pairCount = new Map();
  var pairIndex = new Map();
  DATA.links.forEach(function (l) {
    var key = l.source < l.target ? l.source + "\u0000" + l.target : l.target + "\u0000" + l.source;
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
      roundness: 0.12 + 0.14 * Math.floor((slot - 1) / 2),
    };
  }

  var visNodes = DATA.nodes.map(function (n) {
    var c = typeColor(n.type);
    return {
      id: n.id,
      label: n.label,
      value: Math.max(n.mentions, 1),
      title: nodeTooltip(n),
      color: {
        background: c,
        border: "#ffffff",
        highlight: { background: c, border: "#1f2933" },
        hover: { background: c, border: "#1f2933" },
      },
      hidden: false,
    };
  });
  var visEdges = DATA.links.map(function (l) {
    var ms = modalityStyle(l.modality);
    var c = quadColor(l.quad);
    var dashes = ms.dashes || (l.quad === "structural" ? STRUCTURAL_DASHES : false);
    return {
      id: l.id,
      from: l.source,
      to: l.target,
      label: edgeLabel(l),
      value: l.weight,
      title: edgeTooltip(l),
      dashes: dashes,
      arrows: { to: { enabled: !symmetric.has(l.relation), scaleFactor: 0.55 } },
      color: { color: c, highlight: c, hover: c, opacity: ms.opacity },
      smooth: smoothFor(l),
      hidden: false,
    };
  });

  var nodes = (window.nodes = new vis.DataSet(visNodes));
  var edges = (window.edges = new vis.DataSet(visEdges));
  var n = visNodes.length;
  var options = {
    autoResize: true,
    layout: { randomSeed: 20240601, improvedLayout: n <= 120 },
    nodes: {
      shape: "dot",
      borderWidth: 1.5,
      borderWidthSelected: 3,
      scaling: { min: 8, max: 42, label: { enabled: false } },
      font: { size: 14, face: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", color: "#1f2933", strokeWidth: 4, strokeColor: "#ffffff" },
    },
    edges: {
      scaling: { min: 1, max: 7, label: { enabled: false } },
      selectionWidth: 1.5,
      hoverWidth: 0.8,
      font: { size: 10, face: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", color: "#52606d", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
    },
    physics: {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -70, centralGravity: 0.01, springLength: 130, springConstant: 0.05, avoidOverlap: 0.3 },
      minVelocity: 1,
      stabilization: { enabled: true, iterations: n > 2000 ? 400 : n > 500 ? 600 : 1000, updateInterval: 20, fit: true },
    },
    interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: n > 600, hideEdgesOnZoom: n > 1500, multiselect: false, keyboard: false },
  };

  var container = $("kg-network");
  var progress = $("kg-progress");
  if (n > 40) progress.hidden = false;
  var network = (window.network = new vis.Network(container, { nodes: nodes, edges: edges }, options));
  timings.networkCreated = performance.now();

  var physicsBox = $("kg-physics");
  var viewer = (window.kgViewer = { ready: false, timings: timings });
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
    $("kg-progress-text").textContent = "Laying out " + plural(n, "actor") + "… " + pct + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    timings.stabilized = performance.now();
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

  // ---------------------------------------------------------------- filters
  var state = {
    quads: new Set(),
    relations: new Set(),
    types: new Set(),
    modalities: new Set(),
    minWeight: 1,
    doc: "",
    hideIsolated: false,
    focus: null,
  };
  viewer.state = state;

  function tally(items, key) {
    var m = new Map();
    items.forEach(function (x) {
      m.set(x[key], (m.get(x[key]) || 0) + 1);
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
  function buildChecks(boxId, group, counts, order, labelOf, markOf) {
    var box = $(boxId);
    ordered(counts, order).forEach(function (value) {
      state[group].add(value);
      var label = el("label", "kg-check");
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
    var opt = el("option", null, (d.title || d.id) + (d.date ? " (" + d.date.slice(0, 10) + ")" : ""));
    opt.value = d.id;
    docSelect.appendChild(opt);
  });
  docSelect.addEventListener("change", function () {
    state.doc = docSelect.value;
    applyFilters();
  });
  var isolatedBox = $("kg-hide-isolated");
  isolatedBox.addEventListener("change", function () {
    state.hideIsolated = isolatedBox.checked;
    applyFilters();
  });

  // Actors "in" a document: listed in it, or at either end of a relation it supports
  // (so an edge shown for a document never loses one of its ends).
  var docActors = null;
  var docActorsFor = null;
  function nodePasses(node) {
    if (!state.types.has(node.type)) return false;
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
      l.weight >= state.minWeight &&
      (!state.doc || l.documents.indexOf(state.doc) >= 0)
    );
  }

  var nodeHidden = new Map();
  var edgeHidden = new Map();
  function applyFilters() {
    var showNode = new Set();
    DATA.nodes.forEach(function (nd) {
      if (nodePasses(nd)) showNode.add(nd.id);
    });
    var showEdge = new Set();
    DATA.links.forEach(function (l) {
      if (showNode.has(l.source) && showNode.has(l.target) && linkPasses(l)) showEdge.add(l.id);
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
    if (state.hideIsolated) {
      var touched = new Set(state.focus ? [state.focus] : []);
      showEdge.forEach(function (id) {
        var l = linkById.get(id);
        touched.add(l.source);
        touched.add(l.target);
      });
      showNode.forEach(function (id) {
        if (!touched.has(id)) showNode.delete(id);
      });
    }
    // Only send changed items to vis: a full update re-lays out nothing but is slow at 5k.
    var nodeChanges = [];
    DATA.nodes.forEach(function (nd) {
      var hide = !showNode.has(nd.id);
      if ((nodeHidden.get(nd.id) || false) !== hide) {
        nodeHidden.set(nd.id, hide);
        nodeChanges.push({ id: nd.id, hidden: hide });
      }
    });
    var edgeChanges = [];
    DATA.links.forEach(function (l) {
      var hide = !showEdge.has(l.id);
      if ((edgeHidden.get(l.id) || false) !== hide) {
        edgeHidden.set(l.id, hide);
        edgeChanges.push({ id: l.id, hidden: hide });
      }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    var filtered = showNode.size !== DATA.nodes.length || showEdge.size !== DATA.links.length;
    visibleNote.textContent = filtered
      ? " · visible: " + plural(showNode.size, "actor") + ", " + plural(showEdge.size, "relation")
      : "";
    return { nodes: showNode.size, edges: showEdge.size };
  }
  viewer.applyFilters = applyFilters;

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
    var visible = nodes.getIds({ filter: function (x) { return !x.hidden; } });
    if (visible.length) network.fit({ nodes: visible, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
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

  function showOverview() {
    clear(panel);
    var box = el("div", "kg-panel-empty");
    box.appendChild(el("h3", null, "Details"));
    box.appendChild(el("p", null, "Click an actor to see who it is and its relations; click an edge to read the sentences behind it."));
    var top = DATA.nodes.slice().sort(function (a, b) {
      return b.degree - a.degree || (a.id < b.id ? -1 : 1);
    }).slice(0, 12);
    if (top.length) {
      box.appendChild(el("div", "kg-section-title", "Most connected actors"));
      var ul = el("ul", "kg-list");
      top.forEach(function (nd) {
        var li = el("li");
        li.appendChild(swatch(typeColor(nd.type)));
        li.appendChild(document.createTextNode(" "));
        li.appendChild(nodeLink(nd.id));
        li.appendChild(el("span", "kg-muted", " · " + plural(linksByNode.get(nd.id).length, "relation")));
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
    badges.appendChild(el("span", "kg-badge", plural(nd.mentions, "mention")));
    panel.appendChild(badges);
    var dl = el("dl", "kg-dl");
    dlRow(dl, "Type", nd.type);
    dlRow(dl, "Roles", nd.roles);
    dlRow(dl, "Country", nd.country);
    dlRow(dl, "Aliases", nd.aliases);
    dlRow(dl, "Metonyms", nd.metonyms);
    dlRow(dl, "Id", nd.id);
    panel.appendChild(dl);

    var rels = linksByNode.get(id).slice().sort(function (a, b) {
      return b.weight - a.weight || (a.id < b.id ? -1 : 1);
    });
    panel.appendChild(el("div", "kg-section-title", "Relations (" + rels.length + ")"));
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
      li.appendChild(el("span", "kg-muted", extra));
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
    dlRow(dl, "Relation", info ? l.relation + " — " + info.meaning : l.relation);
    dlRow(dl, "Score", String(l.score));
    dlRow(dl, "Predicates", l.predicates);
    dlRow(dl, "Documents", String(l.documents.length));
    panel.appendChild(dl);

    panel.appendChild(el("div", "kg-section-title", "Evidence (" + l.evidence.length + ")"));
    var key = el("div", "kg-key");
    var ks = el("mark", "kg-src", nodeName(l.source));
    var kt = el("mark", "kg-tgt", nodeName(l.target));
    key.appendChild(ks);
    key.appendChild(kt);
    panel.appendChild(key);
    var list = el("div");
    list.id = "kg-evidence";
    l.evidence.forEach(function (ev) {
      var box = el("div", "kg-evidence");
      box.appendChild(highlight(ev.sentence, ev.source_span, ev.target_span, l));
      var meta = el("div", "kg-meta");
      meta.appendChild(document.createTextNode("Predicate: "));
      meta.appendChild(el("b", "kg-predicate", ev.predicate || "—"));
      meta.appendChild(document.createTextNode(" · " + ev.modality));
      box.appendChild(meta);
      docMeta(ev.doc, box);
      list.appendChild(box);
    });
    panel.appendChild(list);
  }

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
    if (params.nodes.length) showNode(params.nodes[0]);
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
    function group(title) {
      var g = el("div", "kg-legend-group");
      g.appendChild(el("div", "kg-muted", title));
      legend.appendChild(g);
      return g;
    }
    function row(g, mark, text) {
      var r = el("div", "kg-legend-row");
      r.appendChild(mark);
      r.appendChild(el("span", null, text));
      g.appendChild(r);
    }
    var types = ordered(tally(DATA.nodes, "type"), Object.keys(TYPE_COLORS));
    if (types.length) {
      var gt = group("Actors (colour = type)");
      types.forEach(function (t) {
        row(gt, swatch(typeColor(t)), TYPE_LABELS[t] ? t + " · " + TYPE_LABELS[t] : t);
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
    isolatedBox.checked = false;
    state.hideIsolated = false;
    state.focus = null;
    banner.hidden = true;
    applyFilters();
    network.unselectAll();
    network.fit({ animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showOverview();
  }
  viewer.reset = reset;
  $("kg-reset").addEventListener("click", reset);
  $("kg-fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 300, easingFunction: "easeInOutQuad" } });
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && document.activeElement !== search) {
      network.unselectAll();
      showOverview();
    }
  });

  showOverview();
  timings.scriptEnd = performance.now();
})();
