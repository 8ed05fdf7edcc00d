"""A component of the story state (link/story_state.py) clustered again after a change (link/story_update.py): its
pairs that still hold, the changed articles' rows, and the pairs between what was apart before, summed as a whole run
sums them; then its clusters and their evidence."""

from __future__ import annotations

from array import array
from collections import defaultdict
from typing import Iterator

from factlint.link import stories as base
from factlint.link.clustering import average_link
from factlint.link.stories import MIN_SIMILARITY, STORY_THRESHOLD
from factlint.link.story_state import Group, _evidence_of, rule_of, ruled, vector


class Pairs:
    """Pairs of articles (ids) with their cosine and the time rule's code (link/story_state.py), in flat arrays."""

    def __init__(self) -> None:
        self.first, self.second, self.raw, self.rules = array("i"), array("i"), array("d"), array("b")

    def extend(self, group: Group, stale: set[int]) -> None:
        """A group's pairs, but those of a stale article."""
        if not stale.intersection(group.members):
            for mine, theirs in zip(self.columns(), (group.first, group.second, group.raw, group.rules)):
                mine.extend(theirs)
            return
        for x, y, raw, rule in zip(group.first, group.second, group.raw, group.rules):
            if x not in stale and y not in stale:
                self.add(x, y, raw, rule)

    def add(self, x: int, y: int, raw: float, rule: int) -> None:
        self.first.append(x)
        self.second.append(y)
        self.raw.append(raw)
        self.rules.append(rule)

    def columns(self) -> tuple[array, array, array, array]:
        return self.first, self.second, self.raw, self.rules

    def within(self, members: set[int]) -> Pairs:
        inside = Pairs()
        for x, y, raw, rule in zip(*self.columns()):
            if x in members and y in members:
                inside.add(x, y, raw, rule)
        return inside

    def pairs(self) -> Iterator[tuple[int, int, float, float]]:
        """(first, second, cosine, value after the time rule) of each pair."""
        for x, y, raw, rule in zip(*self.columns()):
            yield x, y, raw, ruled(raw, rule)


def regroup(part: list[int], rows, known: Pairs, origin, time, vectors, lines, pos, skip, df, told_before) -> Group:
    """One component after the change, clustered again with every pair inside it (`known`: the touched groups' pairs
    that still hold, all of them within it). A cluster of the same articles as before, none of them weighed again,
    keeps its evidence (its vectors and pairs are the same). Its pairs are kept in no particular order: clustering
    and evidence read them in any."""
    inside = Pairs()
    for column, theirs in zip(inside.columns(), known.columns()):
        column.extend(theirs)
    members = set(part)
    for pair, raw in rows.items():
        if pair[0] in members and pair[1] in members:
            inside.add(*pair, raw, rule_of(raw, time(pair, raw)))
    blocks: dict[int, list[int]] = defaultdict(list)  # what was apart before, of the articles that kept their rows
    for node in part:
        if origin[node] is not None:
            blocks[origin[node]].append(node)
    ranked = sorted(blocks.values(), key=lambda block: pos[block[0]])
    for b, first in enumerate(ranked):  # pairs across them: summed from the two vectors, as a whole run sums them
        for second in ranked[b + 1:]:
            for x in first:
                for y in second:
                    pair = (x, y) if pos[x] < pos[y] else (y, x)
                    total = _dot(pair, vectors, lines, pos, skip, df)
                    if total >= MIN_SIMILARITY:
                        inside.add(*pair, total, rule_of(total, time(pair, total)))
    local = {node: n for n, node in enumerate(part)}
    groups = average_link(len(part), (((local[x], local[y]), value) for x, y, _, value in inside.pairs()),
                          STORY_THRESHOLD)
    clusters = [tuple(part[m] for m in group) for group in groups if len(group) > 1]
    cluster_of = {node: c for c, cluster in enumerate(clusters) for node in cluster}
    linked: dict[int, list[tuple[float, int, int]]] = defaultdict(list)  # each cluster's pairs, by position
    for x, y, raw in zip(inside.first, inside.second, inside.raw):
        c = cluster_of.get(x)
        if c is not None and c == cluster_of.get(y):
            linked[c].append((raw, pos[x], pos[y]))
    evidence = []
    for c, cluster in enumerate(clusters):
        if cluster in told_before and all(origin[node] is not None for node in cluster):
            evidence.append(told_before[cluster])
            continue
        for node in cluster:
            if node not in vectors:
                vectors[node] = vector(lines[pos[node]], skip(lines[pos[node]]))
        strings = {pos[node]: {key: w for key, h, w in vectors[node] if df(h) <= base.MAX_POSTING} for node in cluster}
        evidence.append(_evidence_of([pos[node] for node in cluster], linked[c], strings))
    return Group(array("i", part), *inside.columns(), tuple(clusters), tuple(evidence))


def _dot(pair: tuple[int, int], vectors, lines, pos, skip, df) -> float:
    """The cosine of two articles over their indexed features, summed in the first one's order (that of the text)."""
    for node in pair:
        if node not in vectors:
            vectors[node] = vector(lines[pos[node]], skip(lines[pos[node]]))
    other = {h: w for _, h, w in vectors[pair[1]]}
    total = 0.0
    for _, h, w in vectors[pair[0]]:
        value = other.get(h)
        if value is not None and df(h) <= base.MAX_POSTING:
            total += w * value
    return total
