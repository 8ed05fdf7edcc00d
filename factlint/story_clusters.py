"""A fast path for link.py's story inference: the same features and average-link rule, in time linear in the corpus.

link._infer compares every pair of clusters on every merge (O(n^3)) and its inverted index
keeps words held by up to half the corpus (O(n^2) pairs). This module keeps link.py's
features, weights and threshold and changes only the bookkeeping:

- the per-word "is this sentence about another time?" test runs once per sentence;
- words held by more than MAX_POSTINGS articles are left out of the pair sums (their idf is
  low; for corpora under 2 * MAX_POSTINGS articles this is exactly link.py's cut-off), and in
  larger corpora pairs scoring under MIN_SHARE of the threshold are dropped as if unrelated;
- each article's dot products are summed in a dict of its own, so memory is the kept pairs;
- average-link runs within connected components of the pairs at or above the threshold (no
  average can reach the threshold across two components), with cluster-pair sums kept in a
  heap, so each merge costs the neighbours of the merged clusters, not all pairs.

Ties resolve as in link._infer (the last pair in article order), so stories are the same
up to floating-point rounding. It is kept apart so the stories branch can adopt or drop it.
"""

from __future__ import annotations

import bisect
import gc
import heapq
import math
from collections import Counter, defaultdict
from typing import Mapping, Sequence

from factlint import link
from factlint.extract.sentences import sentence_at
from factlint.model import Document, Story

MAX_POSTINGS = 64
MIN_SHARE = 0.25


def features(doc: Document) -> dict[str, float]:
    """link._features, with the distant-time test memoized per sentence."""
    text, body = doc.text, doc.body
    distant: dict[tuple[int, int], bool] = {}

    def in_distant_sentence(offset: int) -> bool:
        bounds = sentence_at(text, offset)
        known = distant.get(bounds)
        if known is None:
            known = distant[bounds] = link._DISTANT.search(text, *bounds) is not None
        return known

    raw_lines = body.split("\n")
    lines = [(i, line) for i, line in enumerate(raw_lines) if line.strip()]
    offset_of_line, position = [], doc.body_start
    for line in raw_lines:
        offset_of_line.append(position)
        position += len(line) + 1
    lead = max(3, math.ceil(len(lines) * link.LEAD_SHARE))
    result: dict[str, float] = {}
    for rank, (index, line) in enumerate(lines):
        weight = 1.0 if rank < lead else link.TAIL_WEIGHT
        base = offset_of_line[index]
        words = [m.group().lower() for m in link._WORD.finditer(line) if not in_distant_sentence(base + m.start())]
        content = [w for w in words if w not in link._STOPWORDS and len(w) > 2]
        for first, second in zip(content, content[1:]):
            key = f"{first} {second}"
            result[key] = max(result.get(key, 0.0), weight)
        half = weight * 0.5
        for word in content:
            result[word] = max(result.get(word, 0.0), half)
    return result


def similarities(vectors: list[dict[str, float]]) -> tuple[dict[tuple[int, int], float], list[dict[str, float]]]:
    """link._similarities' cosine scores with postings capped at MAX_POSTINGS, and the weighted vectors."""
    n = len(vectors)
    df = Counter(key for vector in vectors for key in vector)
    idf = {key: math.log((n + 1) / (count + 0.5)) for key, count in df.items()}
    weighted = [{k: w * idf[k] for k, w in v.items() if df[k] > 1 or n < 3} for v in vectors]
    norms = [math.sqrt(sum(w * w for w in v.values())) or 1.0 for v in weighted]
    cap = max(2, min(n // 2, MAX_POSTINGS))
    # Past link.py's own cut-off, pairs too weak to move an average are not kept (memory stays linear).
    floor = 0.0 if n < 2 * MAX_POSTINGS else link.STORY_THRESHOLD * MIN_SHARE
    index: dict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(weighted):
        for key in vector:
            if n <= 4 or df[key] <= cap:
                index[key].append(i)
    scores: dict[tuple[int, int], float] = {}
    for a, vector in enumerate(weighted):
        totals: dict[int, float] = defaultdict(float)
        for key, weight_a in vector.items():
            holders = index.get(key)
            if holders is None:
                continue
            for b in holders[bisect.bisect_right(holders, a) :]:
                totals[b] += weight_a * weighted[b][key]
        for b, total in totals.items():
            score = total / (norms[a] * norms[b])
            if score > floor:
                scores[(a, b)] = score
    shared_keys = set(index)
    return scores, [{k: w for k, w in v.items() if k in shared_keys} for v in weighted]


def _evidence(a: dict[str, float], b: dict[str, float]) -> list[str]:
    """The five word pairs two articles share that weigh most, as link._similarities names them."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = [(small[k] * large[k], k) for k in small if " " in k and k in large]
    return [k for _, k in sorted(shared, reverse=True)[:5]]


def _components(n: int, pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Connected components (union-find) of the articles joined by the given pairs."""
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = defaultdict(list)
    for x in range(n):
        members[root(x)].append(x)
    return list(members.values())


def _average_link(members: list[int], similarity: dict[int, dict[int, float]]) -> list[list[int]]:
    """Average-link clustering of one component; a cluster is named by its first article."""
    inside = set(members)
    sums = {m: {c: s for c, s in similarity[m].items() if c in inside} for m in members}
    size = {m: 1 for m in members}
    content = {m: [m] for m in members}
    version = {m: 0 for m in members}
    heap: list[tuple[float, int, int, int, int]] = []

    def push(a: int, b: int) -> None:
        a, b = min(a, b), max(a, b)
        score = sums[a][b] / (size[a] * size[b])
        if score >= link.STORY_THRESHOLD:
            heapq.heappush(heap, (-score, -a, -b, version[a], version[b]))

    for a in members:
        for b in sums[a]:
            if a < b:
                push(a, b)
    while heap:
        _, a, b, version_a, version_b = heapq.heappop(heap)
        a, b = -a, -b
        if version.get(a) != version_a or version.get(b) != version_b:
            continue
        # Merge b into a (a is the earlier article, as link._infer keeps the lower position).
        for c, total in sums.pop(b).items():
            sums[c].pop(b, None)
            if c != a:
                sums[a][c] = sums[a].get(c, 0.0) + total
                sums[c][a] = sums[a][c]
        sums[a].pop(b, None)
        size[a] += size.pop(b)
        content[a].extend(content.pop(b))
        del version[b]
        version[a] += 1
        for c in sums[a]:
            push(a, c)
    return [sorted(cluster) for cluster in content.values()]


def infer(documents: Sequence[Document], vectors: list[dict[str, float]] | None = None) -> list[Story]:
    """Stories of articles without a front-matter story, as link._infer groups them."""
    vectors = [features(doc) for doc in documents] if vectors is None else vectors
    frozen = gc.isenabled()
    gc.disable()  # millions of small containers: the cyclic collector would rescan them all, to no use
    try:
        similarity, weighted = similarities(vectors)
    finally:
        if frozen:
            gc.enable()
    strong = [pair for pair, score in similarity.items() if score >= link.STORY_THRESHOLD]
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), score in similarity.items():
        sums[a][b] = sums[b][a] = score
    clusters: list[list[int]] = []
    for component in _components(len(documents), strong):
        clusters.extend(_average_link(component, sums) if len(component) > 1 else [component])
    stories = []
    for members in sorted(clusters):
        paths = tuple(documents[m].path for m in members)
        terms = [t for x in members for y in members if x < y and (x, y) in similarity
                 for t in _evidence(weighted[x], weighted[y])]
        stories.append(Story(paths[0], paths, tuple(dict.fromkeys(terms))[:8]))
    return stories


def group_stories(documents: Sequence[Document], vectors: Mapping[str, dict[str, float]] | None = None,
                  story_key: str = "story") -> tuple[Story, ...]:
    """link.group_stories with this module's inference; `vectors` are features() by path, if known."""
    explicit: dict[str, list[str]] = defaultdict(list)
    rest = []
    for doc in documents:
        if doc.meta.get(story_key):
            explicit[str(doc.meta[story_key])].append(doc.path)
        else:
            rest.append(doc)
    stories = [Story(key, tuple(paths), ("front matter story",)) for key, paths in sorted(explicit.items())]
    known = vectors or {}
    stories.extend(infer(rest, [known[d.path] if d.path in known else features(d) for d in rest]))
    return tuple(stories)
