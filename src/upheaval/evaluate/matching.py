"""One-to-one matching of predicted to gold events.

The scorer pairs events so that the number of pairs is the largest possible
and, among pairings of that size, the pairs agree best (sub-event type, exact
day, exact place, measures: :func:`rules.pair_quality`). The reference scorer
gets there with the Hungarian algorithm on one weight matrix; here the
matching is built by successive shortest augmenting paths, which yields for
every size the best-agreeing matching of that size and so the same counts.

Only pairs that may match are ever looked at: predictions are indexed by
event type and day, and the compatibility graph is cut into connected
components that are matched separately. That keeps a pooled comparison of a
large ACLED export with a large prediction file fast.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from upheaval.evaluate import rules
from upheaval.evaluate.records import ScoredEvent


@dataclass(frozen=True, slots=True)
class Edge:
    """A gold event and a prediction that may be paired, and how well they agree."""

    gold: int
    pred: int
    quality: int


def candidate_edges(gold: Sequence[ScoredEvent], pred: Sequence[ScoredEvent]) -> list[Edge]:
    """Every (gold, prediction) pair that satisfies :func:`rules.event_matches`.

    Predictions are looked up by (folded event type, day) within each gold
    event's date window rather than compared with every gold event.
    """
    index: dict[tuple[str, int], list[int]] = defaultdict(list)
    for j, event in enumerate(pred):
        if event.day is not None:
            index[(rules.fold(event.event_type), event.day.toordinal())].append(j)
    edges = []
    for i, event in enumerate(gold):
        kind = rules.fold(event.event_type)
        for day in rules.days_window(event):
            for j in index.get((kind, day.toordinal()), ()):
                if rules.place_agrees(event, pred[j]):
                    edges.append(Edge(i, j, rules.pair_quality(event, pred[j])))
    return edges


def match_events(gold: Sequence[ScoredEvent], pred: Sequence[ScoredEvent]) -> list[tuple[int, int]]:
    """Pair gold and predicted events one to one: the most pairs, then the best-agreeing.

    Args:
        gold: gold events of one document (or of a pooled comparison).
        pred: predictions for the same document.

    Returns:
        Sorted (gold index, prediction index) pairs.
    """
    pairs: list[tuple[int, int]] = []
    for component in _components(candidate_edges(gold, pred)):
        pairs.extend(_best_matching(component))
    return sorted(pairs)


def _components(edges: list[Edge]) -> list[list[Edge]]:
    """Split the edges into connected components (union-find over gold and pred nodes)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]  # path halving keeps trees flat
            node = parent[node]
        return node

    for edge in edges:
        parent[root(("g", edge.gold))] = root(("p", edge.pred))
    groups: dict[tuple[str, int], list[Edge]] = defaultdict(list)
    for edge in edges:
        groups[root(("g", edge.gold))].append(edge)
    return list(groups.values())


def _best_matching(edges: list[Edge]) -> list[tuple[int, int]]:
    """Maximum matching of greatest total quality among the maximum ones.

    Each round finds the cheapest augmenting path (cost = minus quality) from
    an unmatched gold event to an unmatched prediction and flips it. A
    cheapest augmentation keeps the matching the best of its size, so the last
    round leaves the best maximum matching.
    """
    by_gold: dict[int, list[Edge]] = defaultdict(list)
    for edge in edges:
        by_gold[edge.gold].append(edge)
    gold_of: dict[int, int] = {}  # prediction -> its gold event
    pred_of: dict[int, int] = {}  # gold event -> its prediction
    while True:
        path = _cheapest_augmenting_path(by_gold, gold_of, pred_of)
        if path is None:
            break
        for gold, pred in path:
            gold_of[pred], pred_of[gold] = gold, pred
    return [(gold, pred) for gold, pred in pred_of.items()]


def _cheapest_augmenting_path(
    by_gold: dict[int, list[Edge]], gold_of: dict[int, int], pred_of: dict[int, int]
) -> list[tuple[int, int]] | None:
    """The (gold, pred) pairs to set along the cheapest augmenting path, or None.

    Bellman-Ford over gold events: ``cost[g]`` is the cheapest way to reach
    gold event ``g`` from an unmatched one by alternating paths; reaching a
    matched prediction continues at its gold event, reaching a free
    prediction ends a path. The residual graph of a best matching has no
    negative cycle, so the relaxation settles within as many rounds as there
    are gold events.
    """
    quality = {(e.gold, e.pred): e.quality for edges in by_gold.values() for e in edges}
    cost = {g: 0 for g in by_gold if g not in pred_of}
    came_from: dict[int, tuple[int, int]] = {}  # gold -> (previous gold, prediction taken)
    best: tuple[int, int, int] | None = None  # (cost, last gold, free prediction)
    for _ in range(len(by_gold) + 1):
        changed = False
        for g in list(cost):
            for edge in by_gold[g]:
                if pred_of.get(g) == edge.pred:
                    continue
                reach = cost[g] - edge.quality
                owner = gold_of.get(edge.pred)
                if owner is None:
                    if best is None or reach < best[0]:
                        best = (reach, g, edge.pred)
                    continue
                through = reach + quality[(owner, edge.pred)]
                if through < cost.get(owner, through + 1):
                    cost[owner], came_from[owner] = through, (g, edge.pred)
                    changed = True
        if not changed:
            break
    if best is None:
        return None
    _, gold, pred = best
    path = [(gold, pred)]
    while gold in came_from:
        gold, pred = came_from[gold]
        path.append((gold, pred))
    return path
