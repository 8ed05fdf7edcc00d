"""Average-link clustering over a sparse similarity graph: the grouping step of story inference, apart from what
decides how alike two articles are. Run apart on each group of articles linked by pairs at the threshold, it holds
only the sums within those groups."""

from __future__ import annotations

import heapq
import math
from array import array
from collections import defaultdict
from typing import Callable, Iterable, Mapping, Sequence


def average_link(n: int, similarity: Mapping[tuple[int, int], float] | Iterable[tuple[tuple[int, int], float]],
                 threshold: float) -> list[list[int]]:
    """Average-link clustering over a sparse similarity graph (absent pairs count as 0), deterministic.

    The similarities may come as a mapping or as (pair, value) items read once, so no copy is held."""
    members = {i: [i] for i in range(n)}
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    heap = []
    for (a, b), value in similarity.items() if isinstance(similarity, Mapping) else similarity:
        sums[a][b] = sums[b][a] = value
        if value >= threshold:
            heap.append((-value, a, b, 0, 0))
    version = dict.fromkeys(range(n), 0)
    heapq.heapify(heap)
    while heap:
        negative, a, b, va, vb = heapq.heappop(heap)
        if a not in members or b not in members or version[a] != va or version[b] != vb:
            continue
        merged = members.pop(b)
        members[a] = sorted(members[a] + merged)
        version[a] += 1
        neighbours = sums.pop(b)
        neighbours.pop(a, None)
        sums[a].pop(b, None)
        for c, value in neighbours.items():
            sums[c].pop(b, None)
            total = sums[a].get(c, 0.0) + value
            sums[a][c] = sums[c][a] = total
        for c, total in sums[a].items():
            score = total / (len(members[a]) * len(members[c]))
            if score >= threshold:
                first, second = min(a, c), max(a, c)
                heapq.heappush(heap, (-score, first, second, version[first], version[second]))
    return sorted(members.values())


def columns(pairs: Iterable[tuple[int, int, float]]) -> tuple[array, array, array]:
    """(a, b, value) triples as three compact arrays: a large corpus's pairs held as tuples took most of its memory."""
    firsts, seconds, values = array("i"), array("i"), array("d")
    for a, b, value in pairs:
        firsts.append(a)
        seconds.append(b)
        values.append(value)
    return firsts, seconds, values


def components(n: int, pairs: Iterable[tuple[int, int]]) -> list[int]:
    """The connected component of each of n nodes over the given pairs, as the smallest node of its component."""
    parent = list(range(n))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in pairs:
        first, second = root(a), root(b)
        if first != second:
            parent[max(first, second)] = min(first, second)
    return [root(node) for node in range(n)]


def average_link_within(n: int, firsts: Sequence[int], seconds: Sequence[int], values: Sequence[float],
                        threshold: float, lower: Callable[[int], float] | None = None,
                        kept: dict | None = None) -> list[list[int]]:
    """average_link over the pairs (firsts[i], seconds[i]) with values[i], run apart on each connected component of
    the pairs at or above the threshold: the same clusters, with no sum kept for a pair between components.

    Two clusters merge only when their average is at least the threshold, so some pair between them is: a cluster
    never spans two such components, and each component's merges read its own pairs alone. Pairs below the threshold
    between components (most of a large corpus's) are never held. Nodes keep their order inside a component, so ties
    break as one run over all nodes breaks them.

    `lower(i)`: pair i's value as clustered, between 0 and values[i], asked only of the pairs that can matter (those
    at the threshold, then those within a component): a pair below the threshold stays below it. `kept`: given, it
    gets each pair's value as clustered ("final": NaN where never asked) and each node's component ("component")."""
    final = values
    if lower is not None:
        final = array("d", [math.nan]) * len(values)
        for index, value in enumerate(values):
            if value >= threshold:
                final[index] = lower(index)
    component = components(n, ((a, b) for a, b, v in zip(firsts, seconds, final) if v >= threshold))
    edges: dict[int, list[int]] = defaultdict(list)
    for index, (a, b) in enumerate(zip(firsts, seconds)):
        if component[a] == component[b]:
            if lower is not None and values[index] < threshold:
                final[index] = lower(index)
            edges[component[a]].append(index)
    if kept is not None:
        kept.update(final=final, component=component)
    members: dict[int, list[int]] = defaultdict(list)
    for node, root in enumerate(component):
        members[root].append(node)
    clusters: list[list[int]] = []
    for root, nodes in members.items():
        if len(nodes) == 1:
            clusters.append(nodes)
            continue
        local = {node: position for position, node in enumerate(nodes)}
        own = (((local[firsts[i]], local[seconds[i]]), final[i]) for i in edges[root])
        clusters.extend([nodes[m] for m in group] for group in average_link(len(nodes), own, threshold))
    return sorted(clusters)
