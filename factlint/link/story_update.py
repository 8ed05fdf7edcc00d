"""A warm run's story inference (issue 18): the stored StoryState (link/story_state.py) brought up to date with the
articles that changed, were added or deleted, pairing only those and clustering again only the components they
touch; None where it cannot follow a change (the caller then runs the whole inference)."""

from __future__ import annotations

import itertools
from array import array
from bisect import bisect_left
from collections import defaultdict
from typing import Iterable, Mapping, Sequence

from factlint.link.clustering import components
from factlint.link.reference_update import ReferenceCarry
from factlint.link.features import BOILERPLATE_LINES, LineWords, line_words, periods
from factlint.link import stories as base
from factlint.link.stories import MIN_SIMILARITY, STORY_THRESHOLD, Periods, _timer
from factlint.link.story_regroup import Pairs, regroup
from factlint.link.story_state import OVERLAY_MIN, OVERLAY_SHARE, StoryState, Vector, _stories, digest_key, infer_cold, vector
from factlint.model import Document, Story


class _Counts:
    """A table's counts with the overlay's changes."""

    def __init__(self, table, delta: Mapping[int, int]) -> None:
        self.table, self.delta = table, dict(delta)

    def __call__(self, key: int) -> int:
        return self.table.count(key) + self.delta.get(key, 0)

    def add(self, keys: Iterable[int], step: int, net: dict[int, int]) -> None:
        for key in keys:
            net[key] = net.get(key, 0) + step


def infer_warm(state: StoryState, documents: Sequence[Document], lines: Sequence[Sequence[LineWords]],
               named: Sequence[Periods], old_lines: Mapping[str, Sequence[LineWords] | None],
               changed: frozenset[str]) -> tuple[list[Story], StoryState] | None:
    """The stories infer finds for `documents` (with their line words and named periods), and the state of them;
    None when the state cannot be followed. `old_lines`: the line words the changed and deleted articles had."""
    if len(documents) < 2:
        return None
    position = {doc.path: p for p, doc in enumerate(documents)}
    live = {state.paths[i]: i for i in state.order}
    kept = [i for i in state.order if state.paths[i] in position and state.paths[i] not in changed]
    at = [position[state.paths[i]] for i in kept]
    if any(a > b for a, b in zip(at, at[1:])):
        return None  # the articles came in another order: sums and ties would break otherwise
    removed = [i for i in state.order if state.paths[i] not in position or state.paths[i] in changed]
    added = [p for p, doc in enumerate(documents) if doc.path not in live or doc.path in changed]
    limit = max(OVERLAY_MIN, len(documents) // OVERLAY_SHARE)
    if len(state.dead) + len(state.extra) + len(removed) + len(added) > limit:
        return None  # fold the overlay in: a whole run
    if any(old_lines.get(state.paths[i]) is None for i in removed):
        return None
    line_count = _Counts(state.lines, state.line_delta)
    net: dict[int, int] = {}
    for i in removed:
        line_count.add({digest_key(line) for line in old_lines[state.paths[i]]}, -1, net)  # type: ignore[union-attr]
    for p in added:
        line_count.add({digest_key(line) for line in lines[p]}, 1, net)
    flipped_lines = [key for key, step in net.items()
                     if (line_count(key) >= BOILERPLATE_LINES) != (line_count(key) + step >= BOILERPLATE_LINES)]
    if flipped_lines:  # a line becomes furniture, or stops being it: its other holders are weighed again
        again = {i for key in flipped_lines for i in _line_holders(state, key)} - set(removed)
        again = {i for i in again if state.paths[i] in position}
        if len(state.dead) + len(state.extra) + len(removed) + len(added) + 2 * len(again) > limit:
            return None
        old_lines = dict(old_lines)
        for i in sorted(again, key=lambda i: position[state.paths[i]]):
            old_lines[state.paths[i]] = lines[position[state.paths[i]]]
            removed.append(i)
            added.append(position[state.paths[i]])
        added.sort()
        kept = [i for i in kept if i not in again]
    old_skip = _skip(line_count)
    removed_vectors = [vector(old_lines[state.paths[i]], old_skip(old_lines[state.paths[i]])) for i in removed]  # type: ignore[arg-type]
    for key, step in net.items():
        line_count.delta[key] = line_count.delta.get(key, 0) + step
    skip = _skip(line_count)
    paths = list(state.paths)
    id_at: dict[int, int] = {position[state.paths[i]]: i for i in kept}
    vectors: dict[int, Vector] = {}
    for p in added:
        id_at[p] = len(paths)
        paths.append(documents[p].path)
        vectors[id_at[p]] = vector(lines[p], skip(lines[p]))
    pos = {i: p for p, i in id_at.items()}
    df = _Counts(state.postings, state.df_delta)
    net = {}
    for found in removed_vectors:
        df.add((h for _, h, _ in found), -1, net)
    for p in added:
        df.add((h for _, h, _ in vectors[id_at[p]]), 1, net)
    flipped = [h for h, step in net.items() if (df(h) <= base.MAX_POSTING) != (df(h) + step <= base.MAX_POSTING)]
    for h, step in net.items():
        df.delta[h] = df.delta.get(h, 0) + step
    gone = set(removed)
    dead = state.dead | {i for i in removed if i not in state.extra}
    extra = {i: v for i, v in state.extra.items() if i not in gone}
    for p in added:
        found = vectors[id_at[p]]
        extra[id_at[p]] = (array("Q", [h for _, h, _ in found]), array("d", [w for _, _, w in found]),
                           array("Q", sorted({digest_key(line) for line in lines[p]})))
    holders = _Holders(state, dead, extra)
    dirty = {id_at[p] for p in added}
    for h in flipped:
        dirty.update(i for i, _ in holders(h))  # every pair among its holders changes
    for i in dirty:
        if i not in vectors:
            vectors[i] = vector(lines[pos[i]], skip(lines[pos[i]]))
    rows: dict[tuple[int, int], float] = {}
    for d in sorted(dirty):
        row: dict[int, float] = defaultdict(float)
        for _, h, w in vectors[d]:
            if df(h) <= base.MAX_POSTING:
                for b, other in holders(h):
                    if b != d:
                        row[b] += w * other
        for b, value in row.items():
            if value >= MIN_SIMILARITY:
                rows[(d, b) if pos[d] < pos[b] else (b, d)] = value
    timer = _timer(documents, named)
    timed: dict[tuple[int, int], float] = {}

    def time(pair: tuple[int, int], raw: float) -> float:
        if pair not in timed:
            timed[pair] = timer(pos[pair[0]], pos[pair[1]], raw)
        return timed[pair]

    group_of = {m: g for g, group in enumerate(state.groups) for m in group.members}
    touched = {group_of[i] for i in (*removed, *dirty) if i in group_of}
    edges = [pair for pair, raw in rows.items() if raw >= STORY_THRESHOLD and time(pair, raw) >= STORY_THRESHOLD]
    touched.update(group_of[i] for pair in edges for i in pair if i in group_of)
    stale = gone | dirty
    known = Pairs()  # the touched groups' pairs that still hold
    for g in sorted(touched):
        known.extend(state.groups[g], stale)
    nodes = sorted({m for g in touched for m in state.groups[g].members if m not in gone} | dirty
                   | {i for pair in edges for i in pair}, key=pos.__getitem__)
    local = {node: n for n, node in enumerate(nodes)}
    links = ((local[x], local[y]) for x, y, _, value in known.pairs() if value >= STORY_THRESHOLD)
    root = components(len(nodes), itertools.chain(links, ((local[x], local[y]) for x, y in edges)))
    parts: dict[int, list[int]] = defaultdict(list)
    for node in nodes:
        parts[root[local[node]]].append(node)
    origin = {node: None if node in dirty else group_of.get(node, -1 - node) for node in nodes}
    told_before = {cluster: terms for g in touched
                   for cluster, terms in zip(state.groups[g].clusters, state.groups[g].evidence)}
    made = [regroup(part, rows, known if len(parts) == 1 else known.within(set(part)), origin, time, vectors, lines,
                     pos, skip, df, told_before) for part in parts.values() if len(part) > 1]
    groups = tuple(group for g, group in enumerate(state.groups) if g not in touched) + tuple(made)
    told = [(tuple(pos[m] for m in cluster), terms) for group in groups
            for cluster, terms in zip(group.clusters, group.evidence)]
    grouped = {p for cluster, _ in told for p in cluster}
    told.extend(((p,), ()) for p in range(len(documents)) if p not in grouped)
    order = tuple(id_at[p] for p in range(len(documents)))
    return _stories(documents, told), StoryState(tuple(paths), order, state.postings, state.lines, frozenset(dead),
                                                 extra, df.delta, line_count.delta, groups)


def _line_holders(state: StoryState, key: int) -> list[int]:
    """The live articles holding a line (by its digest): the table's less the dead, with the overlay's."""
    table, out = state.lines, []
    at = table.find(key)
    if at >= 0:
        start = table.starts[at]
        out = [i for i in table.holders[start:start + table.counts[at]] if i not in state.dead]
    return out + [i for i, (_, _, digests) in state.extra.items() if _has(digests, key)]


def _has(keys: array, key: int) -> bool:
    at = bisect_left(keys, key)
    return at < len(keys) and keys[at] == key


def _skip(count: _Counts):
    def skip(doc_lines: Sequence[LineWords]) -> frozenset[str]:
        return frozenset(line.digest for line in doc_lines if count(digest_key(line)) >= BOILERPLATE_LINES)
    return skip


class _Holders:
    """A feature's live holders and their weights: the postings less the dead, with the overlay's articles."""

    def __init__(self, state: StoryState, dead: frozenset[int] | set[int], extra: Mapping[int, tuple[array, array]]):
        self.table, self.dead = state.postings, dead
        self.extra: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for i, (hashes, weights, _) in extra.items():
            for h, w in zip(hashes, weights):
                self.extra[h].append((i, w))

    def __call__(self, h: int) -> list[tuple[int, float]]:
        at = self.table.find(h)
        out = []
        if at >= 0:
            start = self.table.starts[at]
            end = start + self.table.counts[at]
            dead = self.dead
            out = [(i, w) for i, w in zip(self.table.holders[start:end], self.table.weights[start:end]) if i not in dead]
        return out + self.extra.get(h, [])


class Carry:
    """Story inference for a warm run (link.group_stories' `inference`): from the state before where it can be
    followed, else the whole inference; `after` is the state to keep, `followed` whether the state was followed;
    `references`: the references back in time from the state, alike."""

    def __init__(self, before: StoryState | None = None,
                 old_lines: Mapping[str, Sequence[LineWords] | None] | None = None,
                 changed: frozenset[str] = frozenset(), references: ReferenceCarry | None = None) -> None:
        self.before, self.old_lines, self.changed = before, dict(old_lines or {}), changed
        self.after: StoryState | None = None
        self.followed = False
        self.references = references or ReferenceCarry()  # the references back in time, alike

    def infer(self, documents: Sequence[Document], lines: Sequence[Sequence[LineWords]] | None = None,
              named: Sequence[Periods] | None = None) -> list[Story]:
        lines = [line_words(doc) for doc in documents] if lines is None else lines
        named = [periods(doc) for doc in documents] if named is None else named
        if self.before is not None:
            got = infer_warm(self.before, documents, lines, named, self.old_lines, self.changed)
            if got is not None:
                stories, self.after = got
                self.followed = True
                return stories
        stories, self.after = infer_cold(documents, lines, named)
        return stories
