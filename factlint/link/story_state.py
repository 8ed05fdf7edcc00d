"""Story inference carried from one run to the next (issue 18): the products link.stories.infer computes over the
whole corpus, kept in the run state so that a warm run pairs only the articles that changed.

Kept: every linking feature's postings (holders and weights, by a 64-bit hash of its text, those held once or by more
than MAX_POSTING articles too), every line digest's count, and each connected component of the pairs at the story
threshold with every pair inside it (its cosine, and how the time rule lowered it), its clusters and their evidence.
All of it is held in flat arrays (ids 32-bit, one byte for the time rule), the postings sharing the arrays
link.stories.weigh pairs from: the pile's state pickles to 106 MB (144 MB as tuples and 64-bit ids).

A warm run takes the articles that changed, were added or deleted; their old and new vectors change the counts. Where
a count crosses a limit that reaches other articles, the run either follows it or starts over: a line digest
crossing BOILERPLATE_LINES changes the features of every article holding it (the whole inference is run again);
a feature crossing MAX_POSTING changes every pair among its holders (they are paired again). The changed articles'
rows are summed against the postings (each vector in the order of its features' text, so a pair's sum is the one a
whole run makes); the components they touch, before and after, are clustered again with every pair inside them,
and the others keep their clusters and evidence. The stories are the whole run's (tests/test_story_state.py)."""

from __future__ import annotations

import heapq
import math
from array import array
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Mapping, Sequence

from factlint.link.clustering import average_link_within, columns
from factlint.link.features import LineWords, boilerplate, features
from factlint.link.story_tables import Flattened, Table
from factlint.link.stories import (FOLLOW_UP, MIN_LINKING, STORY_THRESHOLD, Periods, Weighted, _timer, evidence,
                                   feature_specificity, key_hash, pairs, weigh)
from factlint.model import Document, Story

EVIDENCE_PAIRS = 6
# The overlay of articles changed since the postings were built is folded in by a whole run past this share.
OVERLAY_SHARE = 20
OVERLAY_MIN = 256
# How the time rule (link.stories._timer) left a pair's cosine: kept, lowered for a follow-up, or none (apart).
KEPT, FOLLOWED, APART = 0, 1, 2
# The postings are sorted by hash in buckets of its top bits: no list of a million Python ints is made to sort them.
_BUCKET_BITS = 16

Vector = list[tuple[str, int, float]]  # (text, hash, weight) of each linking feature, in the order of the text


def rule_of(raw: float, value: float) -> int:
    """How the time rule made `value` of the cosine `raw` (KEPT, FOLLOWED, APART)."""
    if value == raw:
        return KEPT
    if value == 0.0:
        return APART
    if value == raw * FOLLOW_UP:
        return FOLLOWED
    raise ValueError(f"the time rule gives {raw} or {raw * FOLLOW_UP} or 0.0, not {value}")


def ruled(raw: float, rule: int) -> float:
    """A pair's value after the time rule, from its cosine and rule_of's code: the very float _timer gives."""
    return raw if rule == KEPT else raw * FOLLOW_UP if rule == FOLLOWED else 0.0


@dataclass(frozen=True)
class Group(Flattened):
    """A connected component of the pairs at the threshold: its articles (ids, in article order), every pair inside
    it (first before second in article order) with its cosine and the time rule's code for it, and its clusters
    (ids, in article order) with their evidence."""

    members: array
    first: array
    second: array
    raw: array
    rules: array
    clusters: tuple[tuple[int, ...], ...]
    evidence: tuple[tuple[str, ...], ...]

    def pairs(self) -> Iterator[tuple[int, int, float, float]]:
        """(first, second, cosine, value after the time rule) of each pair inside."""
        for x, y, raw, rule in zip(self.first, self.second, self.raw, self.rules):
            yield x, y, raw, ruled(raw, rule)


@dataclass(frozen=True)
class StoryState:
    """What infer computed, by stable article id (an index into `paths`): the live ids in article order; the
    postings and line counts as last built, with the overlay since (ids dead, vectors of articles added, count
    changes); the components of more than one article. The line digests' table keeps their holders too: a line
    that becomes furniture, or stops being it, weighs its holders again."""

    paths: tuple[str, ...]
    order: tuple[int, ...]
    postings: Table
    lines: Table
    dead: frozenset[int]
    extra: Mapping[int, tuple[array, array, array]]  # id -> feature hashes, weights, line digests
    df_delta: Mapping[int, int]
    line_delta: Mapping[int, int]
    groups: tuple[Group, ...]


def digest_key(line: LineWords) -> int:
    return int(line.digest, 16)


def vector(lines: Sequence[LineWords], skip: frozenset[str]) -> Vector:
    """An article's linking features weighed as link.stories.weigh weighs them, in the order of their text."""
    found = features(None, lines, skip)  # type: ignore[arg-type]  # the lines are given: the document is not read
    every, kept = [], []
    for key, place in found.items():
        spec = feature_specificity(key)
        value = place * spec
        every.append(value)
        if spec >= MIN_LINKING:
            kept.append((key, value))
    norm = math.sqrt(sum([w * w for w in every])) or 1.0
    return [(key, key_hash(key), value / norm) for key, value in sorted(kept)]


def _stories(documents: Sequence[Document], clusters: Sequence[tuple[tuple[int, ...], tuple[str, ...]]]) -> list[Story]:
    out = []
    for positions, terms in sorted(clusters):
        paths = tuple(documents[p].path for p in positions)
        out.append(Story(paths[0], paths, terms))
    return out


def _evidence_of(group: Sequence[int], linked: Iterable[tuple[float, int, int]],
                 vectors: Mapping[int, Mapping[str, float]]) -> tuple[str, ...]:
    """A cluster's evidence (positions, ascending), as infer ranks it: the words of its EVIDENCE_PAIRS pairs most
    alike. `linked`: (cosine, first, second) of the cluster's pairs that have one; the others count as 0 and come
    last, the later first (as a sort of every pair, descending, places them)."""
    if len(group) < 2:
        return ()
    top = heapq.nlargest(EVIDENCE_PAIRS, linked)
    if len(top) < EVIDENCE_PAIRS:
        had = {(x, y) for _, x, y in top}
        for n in range(len(group) - 1, -1, -1):
            for m in range(len(group) - 1, n, -1):
                if len(top) < EVIDENCE_PAIRS and (group[n], group[m]) not in had:
                    top.append((0.0, group[n], group[m]))
    terms = [t for _, x, y in top for t in evidence(vectors[x], vectors[y])]
    return tuple(dict.fromkeys(terms))[:8]


def infer_cold(documents: Sequence[Document], lines: Sequence[Sequence[LineWords]],
               named: Sequence[Periods]) -> tuple[list[Story], StoryState | None]:
    """infer's stories, and the state a warm run starts from."""
    if len(documents) < 2:
        return [Story(doc.path, (doc.path,)) for doc in documents], None
    skip = boilerplate(lines)
    weighted = weigh((features(doc, doc_lines, skip) for doc, doc_lines in zip(documents, lines)), hashed=True)
    postings = _postings(weighted)
    weighted = replace(weighted, hashes=None)  # the table holds them now, sorted
    firsts, seconds, scores = columns(pairs(weighted))
    timer = _timer(documents, named)
    kept: dict[str, array | list[int]] = {}
    clusters = average_link_within(len(documents), firsts, seconds, scores, STORY_THRESHOLD,
                                   lambda k: timer(firsts[k], seconds[k], scores[k]), kept)
    del timer  # its lowercased texts
    groups, told = _groups(len(documents), clusters, firsts, seconds, scores, kept, weighted)
    del firsts, seconds, scores, kept
    grouped = {m for group, _ in told for m in group}
    told.extend(((p,), ()) for p in range(len(documents)) if p not in grouped)
    state = StoryState(tuple(doc.path for doc in documents), tuple(range(len(documents))), postings,
                       _line_table(lines), frozenset(), {}, {}, {}, tuple(groups))
    return _stories(documents, told), state


def _groups(n: int, clusters: list[list[int]], firsts: array, seconds: array, scores: array,
            kept: Mapping[str, array | list[int]], weighted: Weighted
            ) -> tuple[list[Group], list[tuple[tuple[int, ...], tuple[str, ...]]]]:
    """Each component of more than one article with its pairs (`kept`: average_link_within's values as clustered
    and components), clusters and evidence; and each cluster of more than one article with its evidence."""
    final, root = kept["final"], kept["component"]
    cluster_of = array("i", [-1]) * n
    for c, group in enumerate(clusters):
        if len(group) > 1:
            for m in group:
                cluster_of[m] = c
    inside: dict[int, tuple[array, array, array, array]] = {}
    linked: dict[int, list[tuple[float, int, int]]] = defaultdict(list)  # each cluster's pairs most alike
    for a, b, raw, value in zip(firsts, seconds, scores, final):
        if value == value and root[a] == root[b]:  # asked for (not NaN), within one component
            into = inside.get(root[a])
            if into is None:
                into = inside[root[a]] = (array("i"), array("i"), array("d"), array("b"))
            into[0].append(a)
            into[1].append(b)
            into[2].append(raw)
            into[3].append(rule_of(raw, value))
            c = cluster_of[a]
            if c >= 0 and c == cluster_of[b]:
                top = linked[c]
                (heapq.heappush if len(top) < EVIDENCE_PAIRS else heapq.heappushpop)(top, (raw, a, b))
    of_root: dict[int, list[int]] = defaultdict(list)
    for c, group in enumerate(clusters):
        if len(group) > 1:
            of_root[root[group[0]]].append(c)
    members: dict[int, array] = {}
    for node, r in enumerate(root):
        if r in inside or r in of_root:
            members.setdefault(r, array("i")).append(node)
    groups, told = [], []
    for r in sorted(of_root.keys() | inside.keys()):
        made = []
        for c in of_root[r]:
            group = clusters[c]
            terms = _evidence_of(group, linked[c], {m: weighted.vector(m) for m in group})
            made.append((tuple(group), terms))
        told.extend(made)
        columns_of = inside.pop(r, None) or (array("i"), array("i"), array("d"), array("b"))
        groups.append(Group(members[r], *columns_of, tuple(c for c, _ in made), tuple(t for _, t in made)))
    return groups, told


def _postings(weighted: Weighted) -> Table:
    """The postings of every linking feature (weigh's, `hashed`), by hash: the table shares weigh's holders and
    weights, and sorts the features by hash a bucket of their top bits at a time."""
    hashes, counts, starts = weighted.hashes, weighted.counts, weighted.starts
    assert hashes is not None
    shift, size = 64 - _BUCKET_BITS, 1 << _BUCKET_BITS
    edges = array("q", bytes(8 * (size + 1)))
    for h, count in zip(hashes, counts):
        if count:
            edges[(h >> shift) + 1] += 1
    for bucket in range(size):
        edges[bucket + 1] += edges[bucket]
    order, free = array("i", bytes(4 * edges[size])), array("q", edges)
    for i, (h, count) in enumerate(zip(hashes, counts)):
        if count:
            order[free[h >> shift]] = i
            free[h >> shift] += 1
    del free
    for bucket in range(size):
        start, end = edges[bucket], edges[bucket + 1]
        if end - start > 1:
            order[start:end] = array("i", sorted(order[start:end], key=hashes.__getitem__))
    return Table(array("Q", (hashes[i] for i in order)), array("i", (counts[i] for i in order)),
                 array("q", (starts[i] for i in order)), weighted.holders, weighted.holder_weights)


def _line_table(lines: Sequence[Sequence[LineWords]]) -> Table:
    """Each line digest's count, with its holders (ids; no weights)."""
    held: dict[int, array] = {}
    for position, doc_lines in enumerate(lines):
        for key in sorted({digest_key(line) for line in doc_lines}):
            held.setdefault(key, array("i")).append(position)
    keys = sorted(held)
    counts = array("i", [len(held[k]) for k in keys])
    starts = array("q", bytes(8 * len(keys)))
    total = 0
    for rank, count in enumerate(counts):
        starts[rank] = total
        total += count
    holders = array("i")
    for k in keys:
        holders.extend(held.pop(k))
    return Table(array("Q", keys), counts, starts, holders)
