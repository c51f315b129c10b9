"""Sides: split the actors of a graph into camps from the signs of their relations.

Every relation has a PLOVER score (`kg.vocab`): cooperation is positive, conflict
negative, structural relations (leader of, member of, ...) and requests are 0. The
*tie* between two actors is the sum of the scores of every evidence sentence between
them, in either direction; sentences whose event did not happen (``negated``, ``denied``)
count nothing. Actors with a non-zero tie form a signed network.

Camps follow structural balance (Heider; Cartwright and Harary): a network is balanced
when its actors split into two sides with only positive ties inside a side and only
negative ties across. Real news is rarely perfectly balanced, so each connected
component of the signed network is split into at most two sides minimising its
*frustration*: the total weight of positive ties cut by the split plus negative ties
left inside a side.

- Components of up to `EXACT_LIMIT` actors are solved exactly by trying every split.
- Larger ones (finding the minimum is NP-hard) start from two splits: the signs
  propagated from one actor along a maximum spanning tree of ``|W|``, and the signs of
  the eigenvector of the smallest eigenvalue of the normalised signed Laplacian
  ``I - D̄^-1/2 W D̄^-1/2`` (Kunegis et al. 2010), found by power iteration from the
  tree's split so the cost stays linear in the number of ties. Each is improved by
  moving single actors, then groups of actors held together by positive ties, to the
  other side while that lowers the frustration; the better result is kept.

A component with no negative tie is one camp. Camps are numbered from 0: components
by size (largest first), the larger side of a component first; ties between sizes are
broken by actor id, so the numbering is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np

from kg.vocab import RELATION_TYPES

__all__ = [
    "EXACT_LIMIT",
    "UNSIGNED_MODALITIES",
    "Camp",
    "CampLink",
    "CampReport",
    "camp_report",
    "frustration",
    "link_tie",
    "signed_ties",
    "split_camps",
]

#: Evidence in these modalities says the event did not happen, so it has no sign.
UNSIGNED_MODALITIES = frozenset({"negated", "denied"})

#: Components up to this many actors are split exactly (2^(n-1) candidate splits).
EXACT_LIMIT = 16

#: Most power iterations for the spectral start; it stops earlier once its signs settle.
POWER_ITERATIONS = 500
_SETTLED = 25

_TOLERANCE = 1e-9

Pair = tuple[str, str]


@dataclass(frozen=True, slots=True)
class CampLink:
    """One signed relation of the graph, placed relative to the camps.

    Attributes:
        source: Source node id.
        target: Target node id.
        relation: Relation label.
        weight: Number of evidence sentences.
        tie: Signed contribution to the pair's tie (PLOVER score x counted evidence).
        source_camp: Camp of the source.
        target_camp: Camp of the target.
        fits: True when the relation agrees with the split (positive inside a camp,
            negative across camps).
    """

    source: str
    target: str
    relation: str
    weight: int
    tie: float
    source_camp: int
    target_camp: int
    fits: bool


@dataclass(frozen=True, slots=True)
class Camp:
    """One camp: its actors and the signed relations among them.

    Attributes:
        id: Camp number (the ``camp`` node attribute).
        members: Node ids, sorted.
        within: Signed relations with both ends in the camp, strongest first.
        opposed: Camps across which this camp has a signed relation, sorted.
    """

    id: int
    members: tuple[str, ...]
    within: tuple[CampLink, ...]
    opposed: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class CampReport:
    """The camps of a graph and what holds them together or apart.

    Attributes:
        camps: Camps in id order.
        between: Signed relations whose ends are in different camps, strongest first.
        frustration: Total |tie| of the pairs that disagree with the split.
        total: Total |tie| of all pairs.
    """

    camps: tuple[Camp, ...]
    between: tuple[CampLink, ...]
    frustration: float
    total: float


def link_tie(relation: str, evidence: Iterable[Any], *, score: float | None = None) -> float:
    """Return the signed weight one link adds to the tie between its actors.

    Args:
        relation: Relation label (its PLOVER score is looked up in `kg.vocab`).
        evidence: The link's evidence items (dicts with a ``modality``).
        score: Score to use instead of the vocabulary's (e.g. read from a file).

    Returns:
        The score times the number of evidence items whose modality is not in
        `UNSIGNED_MODALITIES`; 0.0 for structural relations and unknown labels.
    """
    if score is None:
        rtype = RELATION_TYPES.get(relation)
        score = rtype.score if rtype is not None else 0.0
    if not score:
        return 0.0
    counted = sum(
        1
        for ev in evidence
        if not (isinstance(ev, dict) and ev.get("modality") in UNSIGNED_MODALITIES)
    )
    return float(score) * counted


def signed_ties(G: nx.MultiDiGraph) -> dict[Pair, float]:
    """Sum every link's `link_tie` per unordered pair of actors.

    Args:
        G: A kg graph (links with ``relation``, ``score`` and ``evidence``).

    Returns:
        ``{(a, b): tie}`` with ``a < b``, only for pairs whose tie is not 0.
    """
    ties: dict[Pair, float] = {}
    for u, v, d in G.edges(data=True):
        if u == v:
            continue
        tie = _link_tie(d)
        if tie:
            pair = (u, v) if u < v else (v, u)
            ties[pair] = ties.get(pair, 0.0) + tie
    return {pair: tie for pair, tie in sorted(ties.items()) if abs(tie) > _TOLERANCE}


def split_camps(ties: Mapping[Pair, float]) -> dict[str, int]:
    """Split the actors of a signed network into camps (see the module docstring).

    Args:
        ties: Signed weight per pair of actors; zero weights are ignored.

    Returns:
        Camp number per actor that has a non-zero tie.
    """
    graph = nx.Graph()
    for (a, b), w in sorted(ties.items()):
        if a != b and abs(w) > _TOLERANCE:
            graph.add_edge(a, b, w=float(w))
    components = [sorted(c) for c in nx.connected_components(graph)]
    components.sort(key=lambda c: (-len(c), c[0]))
    camps: dict[str, int] = {}
    next_id = 0
    for nodes in components:
        sides = _split_component(graph, nodes)
        groups = [
            [n for n, s in zip(nodes, sides, strict=True) if s == side] for side in (False, True)
        ]
        groups = [g for g in groups if g]
        groups.sort(key=lambda g: (-len(g), g[0]))
        for group in groups:
            for node in group:
                camps[node] = next_id
            next_id += 1
    return camps


def frustration(ties: Mapping[Pair, float], camps: Mapping[str, int]) -> float:
    """Total |tie| of the pairs that disagree with ``camps``.

    A positive tie disagrees when it crosses camps, a negative one when it stays inside
    a camp. Pairs with an actor that has no camp are ignored.
    """
    total = 0.0
    for (a, b), w in ties.items():
        if a in camps and b in camps and not _fits(w, camps[a] == camps[b]):
            total += abs(w)
    return total


def camp_report(G: nx.MultiDiGraph) -> CampReport:
    """List the camps of ``G`` with the relations inside and between them.

    The ``camp`` node attribute is used when every node has one (a graph built by kg);
    otherwise (a ``graph.json`` written before camps existed) camps are computed.

    Args:
        G: A kg graph.

    Returns:
        The camps, the relations between them, and how well the split fits.
    """
    ties = signed_ties(G)
    if G.number_of_nodes() and all("camp" in d for _, d in G.nodes(data=True)):
        camps = {
            str(n): int(d["camp"])
            for n, d in G.nodes(data=True)
            if isinstance(d["camp"], int) and not isinstance(d["camp"], bool)
        }
    else:
        camps = split_camps(ties)

    links: list[CampLink] = []
    for u, v, d in G.edges(data=True):
        tie = _link_tie(d)
        if not tie or u not in camps or v not in camps:
            continue
        same = camps[u] == camps[v]
        links.append(
            CampLink(
                source=str(u),
                target=str(v),
                relation=str(d.get("relation", "")),
                weight=int(d.get("weight", 0)),
                tie=tie,
                source_camp=camps[u],
                target_camp=camps[v],
                fits=_fits(tie, same),
            )
        )
    links.sort(key=lambda x: (-abs(x.tie), x.source, x.relation, x.target))

    members: dict[int, list[str]] = {}
    for node, camp in camps.items():
        members.setdefault(camp, []).append(node)
    result = []
    for camp_id in sorted(members):
        within = tuple(x for x in links if x.source_camp == x.target_camp == camp_id)
        opposed = sorted(
            {
                other
                for x in links
                if x.source_camp != x.target_camp and camp_id in (x.source_camp, x.target_camp)
                for other in (x.source_camp, x.target_camp)
                if other != camp_id
            }
        )
        result.append(Camp(camp_id, tuple(sorted(members[camp_id])), within, tuple(opposed)))
    between = tuple(x for x in links if x.source_camp != x.target_camp)
    return CampReport(
        camps=tuple(result),
        between=between,
        frustration=frustration(ties, camps),
        total=sum(abs(w) for w in ties.values()),
    )


# --------------------------------------------------------------------------- method


def _link_tie(d: Mapping[str, Any]) -> float:
    relation = str(d.get("relation", ""))
    raw_score = d.get("score")
    score = float(raw_score) if isinstance(raw_score, int | float) else None
    evidence = d.get("evidence")
    if not isinstance(evidence, list):
        # A link without its evidence list (hand-made graph): every sentence counts.
        evidence = [{}] * int(d.get("weight", 1) or 0)
    return link_tie(relation, evidence, score=score)


def _fits(tie: float, same_camp: bool) -> bool:
    return (tie > 0) == same_camp


def _split_component(graph: nx.Graph, nodes: list[str]) -> list[bool]:
    """Return a side (False/True) per node of one connected component."""
    index = {n: i for i, n in enumerate(nodes)}
    edges = [
        (index[a], index[b], float(w))
        for a, b, w in graph.subgraph(nodes).edges(data="w")
        if index[a] != index[b]
    ]
    edges.sort()
    if all(w > 0 for _, _, w in edges):
        return [False] * len(nodes)
    if len(nodes) <= EXACT_LIMIT:
        return _exact(len(nodes), edges)
    tree = _tree_split(len(nodes), edges)
    starts = [tree, _spectral_split(len(nodes), edges, tree)]
    best: list[bool] | None = None
    best_cost = 0.0
    for start in starts:
        sides = _local_search(len(nodes), edges, start)
        cost = _cost(edges, sides)
        if best is None or cost < best_cost - _TOLERANCE:
            best, best_cost = sides, cost
    assert best is not None
    return best


def _cost(edges: list[tuple[int, int, float]], sides: list[bool]) -> float:
    return sum(abs(w) for i, j, w in edges if not _fits(w, sides[i] == sides[j]))


def _exact(n: int, edges: list[tuple[int, int, float]]) -> list[bool]:
    """Try every split with node 0 on side False; the first minimum wins."""
    count = 1 << (n - 1)
    codes = np.arange(count, dtype=np.int64)
    sides = np.zeros((count, n), dtype=bool)
    for k in range(1, n):
        sides[:, k] = (codes >> (k - 1)) & 1
    cost = np.zeros(count, dtype=np.float64)
    for i, j, w in edges:
        differ = sides[:, i] != sides[:, j]
        cost += abs(w) * (differ if w > 0 else ~differ)
    best = int(np.flatnonzero(cost <= cost.min() + _TOLERANCE)[0])
    return [bool(s) for s in sides[best]]


def _spectral_split(n: int, edges: list[tuple[int, int, float]], start: list[bool]) -> list[bool]:
    """Signs of the leading eigenvector of ``(I + D̄^-1/2 W D̄^-1/2) / 2``, by power iteration.

    Its eigenvalues lie in [0, 1], so power iteration converges to the eigenvector of
    the smallest eigenvalue of the normalised signed Laplacian; the tree's split (scaled
    by sqrt(degree)) is the start, and a sparse product keeps each step O(ties).
    """
    rows = np.array([i for i, _, _ in edges], dtype=np.int64)
    cols = np.array([j for _, j, _ in edges], dtype=np.int64)
    weights = np.array([w for _, _, w in edges], dtype=np.float64)
    degree = np.zeros(n)
    np.add.at(degree, rows, np.abs(weights))
    np.add.at(degree, cols, np.abs(weights))
    scale = 1.0 / np.sqrt(np.maximum(degree, _TOLERANCE))
    x = np.where(np.array(start), -1.0, 1.0) * np.sqrt(degree)
    x /= np.linalg.norm(x)
    signs = x < 0
    unchanged = 0
    for _ in range(POWER_ITERATIONS):
        z = x * scale
        product = np.zeros(n)
        np.add.at(product, rows, weights * z[cols])
        np.add.at(product, cols, weights * z[rows])
        x = 0.5 * (x + product * scale)
        x /= np.linalg.norm(x)
        new_signs = x < 0
        unchanged = unchanged + 1 if np.array_equal(new_signs, signs) else 0
        signs = new_signs
        if unchanged >= _SETTLED:
            break
    return [bool(v) for v in signs]


def _tree_split(n: int, edges: list[tuple[int, int, float]]) -> list[bool]:
    """Propagate signs from node 0 along a maximum spanning tree of |weight|."""
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    for i, j, w in edges:
        graph.add_edge(i, j, w=w, strength=abs(w))
    tree = nx.maximum_spanning_tree(graph, weight="strength")
    sides = [False] * n
    for parent, child in nx.bfs_edges(tree, 0, sort_neighbors=sorted):
        sides[child] = sides[parent] if tree[parent][child]["w"] > 0 else not sides[parent]
    return sides


def _local_search(n: int, edges: list[tuple[int, int, float]], start: list[bool]) -> list[bool]:
    """Move actors across while that lowers the frustration.

    Single actors move first (in id order); when none can, whole groups do: the groups
    of actors held together by positive ties inside one side, which a start can put on
    the wrong side together (a spanning tree misled by one frustrated tie).
    """
    neighbours: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for i, j, w in edges:
        neighbours[i].append((j, w))
        neighbours[j].append((i, w))
    sides = list(start)
    while True:
        _move_singles(neighbours, sides)
        if not _move_groups(neighbours, sides):
            return sides


def _move_singles(neighbours: list[list[tuple[int, float]]], sides: list[bool]) -> None:
    improved = True
    while improved:
        improved = False
        for i, ties in enumerate(neighbours):
            # Moving i changes the frustration by the sum of its ties that now fit
            # (they stop fitting) minus those that do not (they start fitting).
            delta = sum(w if sides[i] == sides[j] else -w for j, w in ties)
            if delta < -_TOLERANCE:
                sides[i] = not sides[i]
                improved = True


def _move_groups(neighbours: list[list[tuple[int, float]]], sides: list[bool]) -> bool:
    """Move the first group whose move lowers the frustration; False when none does."""
    group_of = [-1] * len(neighbours)
    groups: list[list[int]] = []
    for root in range(len(neighbours)):
        if group_of[root] >= 0:
            continue
        group_of[root] = len(groups)
        members, stack = [root], [root]
        while stack:
            i = stack.pop()
            for j, w in neighbours[i]:
                if w > 0 and group_of[j] < 0 and sides[j] == sides[i]:
                    group_of[j] = group_of[root]
                    members.append(j)
                    stack.append(j)
        groups.append(sorted(members))
    for index, members in enumerate(groups):
        # Ties inside the group keep fitting; only ties leaving it change.
        delta = sum(
            w if sides[i] == sides[j] else -w
            for i in members
            for j, w in neighbours[i]
            if group_of[j] != index
        )
        if delta < -_TOLERANCE and len(members) < len(neighbours):
            for i in members:
                sides[i] = not sides[i]
            return True
    return False
