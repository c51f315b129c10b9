"""GEXF 1.2 export for Gephi, written as a stream with lxml's incremental writer.

The attributes are those of `kg.export.graphml.flatten` (scalars only, one unique id
per edge), and the file is laid out as networkx's GEXF writer lays it out: the same
elements, attributes, attribute ids and indentation, so Gephi and ``networkx.read_gexf``
read the same graph. Unlike networkx's writer, which builds the whole XML tree before
writing it, this writes one node or edge element at a time and flattens each element's
attributes only when it is written: memory stays at the size of one element.

- Node ``label`` becomes the GEXF label and edge ``weight`` the GEXF weight, which is
  what Gephi sizes and lays out by; every other attribute is an ``attvalue``, declared
  once per name with the type of its first value (``long``, ``double``, ``boolean`` or
  ``string``), node attributes first. Each edge also carries its id as the attribute
  ``networkx_key``, as networkx writes it.
- Each dated edge gets ``spells``: the days its evidence was published, merged into
  intervals; each dated node the days of the documents it appears in. The graph is then
  dynamic (``timeformat="date"``), so Gephi's timeline plays it; undated elements have
  no spell and show at every time. A graph with no date stays a static GEXF.
- ``lastmodifieddate`` is the day the graph was built (its ``created`` attribute), so the
  same graph gives the same file; the creator is kg.

Bytes differ from networkx's output in serialisation only: an empty element closes with
``/>`` (ElementTree writes `` />``), a tab inside an attribute value is written
``&#9;`` (ElementTree: ``&#09;``), and the creator is ``kg VERSION`` rather than
``NetworkX VERSION``.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx
from lxml import etree

from kg import __version__
from kg.atomic import open_atomic
from kg.dates import spells
from kg.export.graphml import (
    build_date,
    clean_xml,
    flat_edge_attrs,
    flat_graph_attrs,
    flat_node_attrs,
)

__all__ = ["write_gexf", "write_gexf_to"]

_NS_GEXF = "http://www.gexf.net/1.2draft"
_NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA = f"{_NS_GEXF} http://www.gexf.net/1.2draft/gexf.xsd"

#: GEXF attribute types of flattened values (networkx's choice for each Python type).
_XML_TYPE = {bool: "boolean", int: "long", float: "double", str: "string"}
#: Edge attributes that are XML attributes of ``<edge>`` in GEXF, not ``attvalue``s.
_EDGE_XML_ATTRS = ("label", "weight", "type")


def write_gexf(G: nx.MultiDiGraph, path: Path) -> None:
    """Write ``G`` as GEXF 1.2 to ``path`` atomically, as a stream (see the module).

    Raises:
        OutputError: when the file cannot be written.
    """
    with open_atomic(Path(path)) as fh:
        write_gexf_to(G, fh)


def write_gexf_to(G: nx.MultiDiGraph, fh: IO[bytes]) -> None:
    """Write ``G`` as GEXF 1.2 to the open binary file ``fh``, one element at a time.

    Two passes over ``G``: the first finds the attribute declarations and whether the
    graph is dynamic (both come before the first node in the file), the second writes.
    """
    doc_dates = _document_dates(G)
    nodes = sorted(G.nodes)
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: e[:3])

    # Attribute ids are given in the order networkx meets the names: node by node, each
    # node's attributes sorted, then edge by edge, each ending with ``networkx_key``.
    node_types: dict[str, str] = {}
    edge_types: dict[str, str] = {}
    dynamic = False
    for n in nodes:
        data = G.nodes[n]
        for k, v in sorted(data.items()):
            if v is not None and k != "label":
                node_types.setdefault(k, _XML_TYPE[_flat_type(v)])
        dynamic = dynamic or bool(_node_spells(data, doc_dates))
    for _, _, _, data in edges:
        for k, v in sorted(data.items()):
            if v is None or k in _EDGE_XML_ATTRS:
                continue
            if k == "evidence":
                edge_types.setdefault("evidence_count", "long")
                edge_types.setdefault("evidence", "string")
            else:
                edge_types.setdefault(k, _XML_TYPE[_flat_type(v)])
        edge_types.setdefault("networkx_key", "string")
        dynamic = dynamic or bool(_edge_spells(data))
    node_ids = {k: str(i) for i, k in enumerate(node_types)}
    edge_ids = {k: str(i) for i, k in enumerate(edge_types, start=len(node_ids))}

    flat_graph = flat_graph_attrs(G.graph)
    graph_attrs = {
        "defaultedgetype": "directed",
        "mode": "dynamic" if dynamic or flat_graph.get("mode") == "dynamic" else "static",
        "name": str(flat_graph.get("name", "")),
    }
    if dynamic:
        graph_attrs["timeformat"] = "date"

    with etree.xmlfile(fh, encoding="utf-8") as xf:
        xf.write_declaration()
        root = {
            "xmlns": _NS_GEXF,
            "xmlns:xsi": _NS_XSI,
            "xsi:schemaLocation": _SCHEMA,
            "version": "1.2",
        }
        with xf.element("gexf", root):
            xf.write("\n  ")
            xf.write(_meta(G), with_tail=False)
            xf.write("\n  ")
            with xf.element("graph", graph_attrs):
                # networkx puts each class's declarations first when it meets the class
                # (nodes, then edges): the edge block comes out before the node block.
                for cls, types, ids in (
                    ("edge", edge_types, edge_ids),
                    ("node", node_types, node_ids),
                ):
                    if types:
                        xf.write("\n    ")
                        xf.write(_declarations(cls, types, ids), with_tail=False)
                xf.write("\n    ")
                _write_list(xf, "nodes", (_node(G, n, node_ids, doc_dates) for n in nodes))
                xf.write("\n    ")
                _write_list(xf, "edges", (_edge(e, edge_ids) for e in edges))
                xf.write("\n  ")
            xf.write("\n")
    # The root's tail, outside anything lxml writes (networkx's layout ends with it).
    fh.write(b"\n")


def _write_list(xf: Any, tag: str, elements: Iterator[etree._Element]) -> None:
    """``<nodes>`` or ``<edges>``, its elements written one by one (at depth 3)."""
    first = next(elements, None)
    if first is None:
        xf.write(etree.Element(tag), with_tail=False)
        return
    with xf.element(tag):
        for element in itertools.chain([first], elements):
            xf.write("\n      ")
            xf.write(element, with_tail=False)
        xf.write("\n    ")


def _meta(G: nx.MultiDiGraph) -> etree._Element:
    meta = etree.Element("meta")
    etree.SubElement(meta, "creator").text = f"kg {__version__}"
    # The build date keeps the file reproducible; a graph that has none gets today's.
    meta.set("lastmodifieddate", build_date(G) or time.strftime("%Y-%m-%d"))
    etree.indent(meta, space="  ", level=1)
    return meta


def _declarations(cls: str, types: dict[str, str], ids: dict[str, str]) -> etree._Element:
    block = etree.Element("attributes", {"mode": "static", "class": cls})
    for title, kind in types.items():
        etree.SubElement(block, "attribute", {"id": ids[title], "title": title, "type": kind})
    etree.indent(block, space="  ", level=2)
    return block


def _node(
    G: nx.MultiDiGraph, n: str, ids: dict[str, str], doc_dates: dict[str, str]
) -> etree._Element:
    data = G.nodes[n]
    attrs = flat_node_attrs(data)
    label = attrs.pop("label", n)
    element = etree.Element("node", {"id": clean_xml(str(n)), "label": clean_xml(str(label))})
    _add_spells(element, _node_spells(data, doc_dates))
    _add_attvalues(element, attrs, ids)
    etree.indent(element, space="  ", level=3)
    return element


def _edge(edge: tuple[str, str, str, dict[str, Any]], ids: dict[str, str]) -> etree._Element:
    u, v, key, data = edge
    attrs = flat_edge_attrs(u, v, key, data)
    eid = str(attrs.pop("id"))
    xml_attrs = {"source": clean_xml(str(u)), "target": clean_xml(str(v)), "id": clean_xml(eid)}
    for name in _EDGE_XML_ATTRS:
        if name in attrs:
            xml_attrs[name] = str(attrs.pop(name))
    attrs["networkx_key"] = eid
    element = etree.Element("edge", xml_attrs)
    _add_spells(element, _edge_spells(data))
    _add_attvalues(element, attrs, ids)
    etree.indent(element, space="  ", level=3)
    return element


def _add_spells(element: etree._Element, days: list[tuple[str, str]]) -> None:
    if not days:
        return
    block = etree.SubElement(element, "spells")
    for start, end in days:
        spell = etree.SubElement(block, "spell")
        if start is not None:
            spell.set("start", str(start))
        if end is not None:
            spell.set("end", str(end))


def _add_attvalues(element: etree._Element, attrs: dict[str, Any], ids: dict[str, str]) -> None:
    if not attrs:
        return
    block = etree.SubElement(element, "attvalues")
    for k, v in attrs.items():
        etree.SubElement(block, "attvalue", {"for": ids[k], "value": _value(v)})


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return str(v).lower()
    text = str(v)
    if isinstance(v, float):
        return {"inf": "INF", "nan": "NaN", "-inf": "-INF"}.get(text, text)
    return text


def _flat_type(v: Any) -> type:
    """The type `kg.export.graphml.scalar` turns ``v`` into."""
    return type(v) if isinstance(v, bool | int | float) else str


def _document_dates(G: nx.MultiDiGraph) -> dict[str, str]:
    documents = G.graph.get("documents")
    return {
        str(d.get("id", "")): str(d.get("date", ""))
        for d in (documents if isinstance(documents, list) else [])
        if isinstance(d, dict)
    }


def _node_spells(data: dict[str, Any], doc_dates: dict[str, str]) -> list[tuple[str, str]]:
    return spells(doc_dates.get(str(doc), "") for doc in data.get("documents") or ())


def _edge_spells(data: dict[str, Any]) -> list[tuple[str, str]]:
    evidence = data.get("evidence") or ()
    return spells(str(ev.get("date", "")) for ev in evidence if isinstance(ev, dict))
