"""Story inference carried from one run to the next (issue 18): the products link.stories.infer computes over the
whole corpus, kept in the run state so that a warm run pairs only the articles that changed.

Kept: every linking feature's postings (holders and weights, by a 64-bit hash of its text, those held once or by more
than MAX_POSTING articles too), every line digest's count, and each connected component of the pairs at the story
threshold with every pair inside it (cosine and value after the time rule), its clusters and their evidence.

A warm run takes the articles that changed, were added or deleted; their old and new vectors change the counts. Where
a count crosses a limit that reaches other articles, the run either follows it or starts over: a line digest
crossing BOILERPLATE_LINES changes the features of every article holding it (the whole inference is run again);
a feature crossing MAX_POSTING changes every pair among its holders (they are paired again). The changed articles'
rows are summed against the postings (each vector in the order of its features' text, so a pair's sum is the one a
whole run makes); the components they touch, before and after, are clustered again with every pair inside them,
and the others keep their clusters and evidence. The stories are the whole run's (tests/test_story_state.py)."""

from __future__ import annotations

import hashlib
import math
from array import array
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from factlint.link.clustering import average_link_within, columns, components
from factlint.link.features import LineWords, boilerplate, features
from factlint.link.stories import (MIN_LINKING, STORY_THRESHOLD, Periods, _timer, evidence, feature_specificity, pairs,
                                   weigh)
from factlint.model import Document, Story

EVIDENCE_PAIRS = 6
# The overlay of articles changed since the postings were built is folded in by a whole run past this share.
OVERLAY_SHARE = 20
OVERLAY_MIN = 256

Vector = list[tuple[str, int, float]]  # (text, hash, weight) of each linking feature, in the order of the text


def key_hash(text: str) -> int:
    """A 64-bit hash of a feature's text that every process computes alike."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


@dataclass(frozen=True)
class Table:
    """Counts by 64-bit key (sorted), with postings where kept: key i's holders (stable ids) and their weights are
    holders[starts[i] : starts[i] + counts[i]]."""

    keys: array
    counts: array
    starts: array = field(default_factory=lambda: array("q"))
    holders: array = field(default_factory=lambda: array("l"))
    weights: array = field(default_factory=lambda: array("d"))

    def find(self, key: int) -> int:
        at = bisect_left(self.keys, key)
        return at if at < len(self.keys) and self.keys[at] == key else -1

    def count(self, key: int) -> int:
        at = self.find(key)
        return self.counts[at] if at >= 0 else 0


@dataclass(frozen=True)
class Group:
    """A connected component of the pairs at the threshold: its articles (ids, in article order), every pair inside
    it (first before second in article order) with its cosine and its value after the time rule, and its clusters
    (ids, in article order) with their evidence."""

    members: tuple[int, ...]
    first: array
    second: array
    raw: array
    timed: array
    clusters: tuple[tuple[int, ...], ...]
    evidence: tuple[tuple[str, ...], ...]


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


def _evidence_of(group: Sequence[int], cosine: Mapping[tuple[int, int], float],
                 vectors: Mapping[int, Mapping[str, float]]) -> tuple[str, ...]:
    """A cluster's evidence (positions), as infer ranks it."""
    if len(group) < 2:
        return ()
    linked = sorted(((cosine.get((x, y), 0.0), x, y) for x in group for y in group if x < y),
                    reverse=True)[:EVIDENCE_PAIRS]
    terms = [t for _, x, y in linked for t in evidence(vectors[x], vectors[y])]
    return tuple(dict.fromkeys(terms))[:8]


def infer_cold(documents: Sequence[Document], lines: Sequence[Sequence[LineWords]],
               named: Sequence[Periods]) -> tuple[list[Story], StoryState | None]:
    """infer's stories, and the state a warm run starts from."""
    if len(documents) < 2:
        return [Story(doc.path, (doc.path,)) for doc in documents], None
    skip = boilerplate(lines)
    everything: list = []
    weighted = weigh((features(doc, doc_lines, skip) for doc, doc_lines in zip(documents, lines)), everything)
    firsts, seconds, scores = columns(pairs(weighted))
    timer = _timer(documents, named)
    final = array("d", [math.nan]) * len(scores)  # each pair's value as clustered, where clustering asked for it

    def lower(k: int) -> float:
        final[k] = value = timer(firsts[k], seconds[k], scores[k])
        return value

    clusters = average_link_within(len(documents), firsts, seconds, scores, STORY_THRESHOLD, lower)
    root = components(len(documents), ((a, b) for a, b, v in zip(firsts, seconds, final) if v >= STORY_THRESHOLD))
    cluster_of = {m: c for c, group in enumerate(clusters) if len(group) > 1 for m in group}
    inside: dict[int, tuple[array, array, array, array]] = {}
    cosine: dict[tuple[int, int], float] = {}  # the pairs within clusters: their evidence
    for a, b, raw, value in zip(firsts, seconds, scores, final):
        if value == value and root[a] == root[b]:  # asked for (not NaN), within one component
            into = inside.get(root[a])
            if into is None:
                into = inside[root[a]] = (array("l"), array("l"), array("d"), array("d"))
            for column, item in zip(into, (a, b, raw, value)):
                column.append(item)
            if a in cluster_of and cluster_of[a] == cluster_of.get(b):
                cosine[(a, b)] = raw
    del firsts, seconds, scores, final
    of_root: dict[int, list[list[int]]] = defaultdict(list)
    for group in clusters:
        if len(group) > 1:
            of_root[root[group[0]]].append(group)
    members: dict[int, list[int]] = defaultdict(list)
    for node, r in enumerate(root):
        members[r].append(node)
    groups, told = [], []
    for r in sorted(of_root.keys() | inside.keys()):
        made = []
        for group in of_root[r]:
            terms = _evidence_of(group, cosine, {m: weighted.vector(m) for m in group})
            made.append((tuple(group), terms))
            told.append((tuple(group), terms))
        columns_of = inside.get(r) or (array("l"), array("l"), array("d"), array("d"))
        groups.append(Group(tuple(members[r]), *columns_of, tuple(c for c, _ in made), tuple(t for _, t in made)))
    grouped = {m for group, _ in told for m in group}
    told.extend(((p,), ()) for p in range(len(documents)) if p not in grouped)
    state = StoryState(tuple(doc.path for doc in documents), tuple(range(len(documents))), _postings(everything),
                       _line_table(lines), frozenset(), {}, {}, {}, tuple(groups))
    return _stories(documents, told), state


def _postings(everything: list) -> Table:
    """The postings of every linking feature (weigh's `everything`), by hash: flat arrays, no dict per feature (the
    pile has over a million of them)."""
    terms, df, ids, weights = everything
    hashes = array("Q", [key_hash(term) if count else 0 for term, count in zip(terms, df)])
    ranked = array("l", sorted((i for i in range(len(terms)) if df[i]), key=hashes.__getitem__))
    slot = array("l", bytes(8 * len(terms)))
    for rank, i in enumerate(ranked):
        slot[i] = rank
    counts = array("l", [df[i] for i in ranked])
    starts = array("q", bytes(8 * len(ranked)))
    total = 0
    for rank, count in enumerate(counts):
        starts[rank] = total
        total += count
    holders, held, free = array("l", bytes(8 * total)), array("d", bytes(8 * total)), array("q", starts)
    for position, (own, values) in enumerate(zip(ids, weights)):
        for i, w in zip(own, values):
            at = slot[i]
            holders[free[at]] = position
            held[free[at]] = w
            free[at] += 1
    return Table(array("Q", [hashes[i] for i in ranked]), counts, starts, holders, held)


def _line_table(lines: Sequence[Sequence[LineWords]]) -> Table:
    """Each line digest's count, with its holders (ids; no weights)."""
    held: dict[int, list[int]] = defaultdict(list)
    for position, doc_lines in enumerate(lines):
        for key in sorted({digest_key(line) for line in doc_lines}):
            held[key].append(position)
    keys = sorted(held)
    counts = array("l", [len(held[k]) for k in keys])
    starts = array("q", bytes(8 * len(keys)))
    total = 0
    for rank, count in enumerate(counts):
        starts[rank] = total
        total += count
    return Table(array("Q", keys), counts, starts, array("l", [i for k in keys for i in held[k]]))
