"""Average-link clustering over a sparse similarity graph: the grouping step of story inference, apart from what
decides how alike two articles are."""

from __future__ import annotations

import heapq
from collections import defaultdict
from typing import Iterable, Mapping


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
