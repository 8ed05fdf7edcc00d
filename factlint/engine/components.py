"""The merge of the windows' similarity rows into stories, one connected component at a time.

Average-link clustering (link.clustering.average_link) merges two clusters only when their average similarity is at
least the threshold, so at least one pair between them is at least the threshold: every story lies inside one
connected component of the graph of such pairs. Pairs between two components are all below the threshold, so no
average over them ever reaches it, and they change no merge; within a component, the merges and their sums are the
same whatever happens in the others. So clustering each component alone, with every pair inside it (those below the
threshold too) and its articles renumbered in the same order, gives the very clusters of the whole graph."""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import Sequence

from factlint.link import clustering
from factlint.link.clustering import average_link

# The pairs that tell a story's evidence: its most similar pairs, as link.stories.infer takes them.
EVIDENCE_PAIRS = 6


@dataclass(frozen=True)
class Component:
    """One connected component: its articles (positions, ascending) and every pair inside it, with the value
    clustering reads (after the time rule) and the cosine evidence is ranked by."""

    members: tuple[int, ...]
    first: array
    second: array
    timed: array
    raw: array


def components(count: int, first: array, second: array, timed: array, raw: array,
               threshold: float) -> list[Component]:
    """The components of more than one article, each with its pairs, ordered by their first article."""
    root = clustering.components(count, ((a, b) for a, b, value in zip(first, second, timed) if value >= threshold))
    members: dict[int, list[int]] = {}
    for position in range(count):
        members.setdefault(root[position], []).append(position)
    pairs: dict[int, tuple[array, array, array, array]] = {
        r: (array("l"), array("l"), array("d"), array("d")) for r, group in members.items() if len(group) > 1}
    for a, b, value, cosine in zip(first, second, timed, raw):
        r = root[a]
        if r in pairs and root[b] == r:
            into = pairs[r]
            into[0].append(a)
            into[1].append(b)
            into[2].append(value)
            into[3].append(cosine)
    return [Component(tuple(members[r]), *pairs[r]) for r in sorted(pairs)]


@dataclass(frozen=True)
class Clustered:
    """The stories of a component: each as its articles' positions (ascending), with its most similar pairs
    (first, second), most similar first, whose shared word pairs are its evidence."""

    clusters: tuple[tuple[int, ...], ...]
    linked: tuple[tuple[tuple[int, int], ...], ...]


def cluster(component: Component, threshold: float) -> Clustered:
    """Average-link clustering of one component, renumbered 0.. in position order (so every tie breaks as it does
    over the whole corpus), and each cluster's evidence pairs ranked as link.stories.infer ranks them."""
    label = {position: index for index, position in enumerate(component.members)}
    edges = (((label[a], label[b]), value) for a, b, value in zip(component.first, component.second, component.timed))
    groups = average_link(len(component.members), edges, threshold)
    cosine = {(a, b): value for a, b, value in zip(component.first, component.second, component.raw)}
    clusters, linked = [], []
    for group in groups:
        positions = [component.members[m] for m in group]
        clusters.append(tuple(positions))
        if len(positions) < 2:
            linked.append(())
            continue
        ranked = sorted(((cosine.get((x, y), 0.0), x, y) for x in positions for y in positions if x < y),
                        reverse=True)[:EVIDENCE_PAIRS]
        linked.append(tuple((x, y) for _, x, y in ranked))
    return Clustered(tuple(clusters), tuple(linked))


def cluster_all(batch: Sequence[Component], threshold: float) -> list[Clustered]:
    """Several components clustered in one task (small ones are batched so tasks stay few)."""
    return [cluster(component, threshold) for component in batch]


def batches(parts: Sequence[Component], count: int) -> list[list[Component]]:
    """Components dealt into about `count` batches of about equal work (pairs), the largest first."""
    count = max(1, count)
    loads = [0] * count
    out: list[list[Component]] = [[] for _ in range(count)]
    for part in sorted(parts, key=lambda c: (-len(c.first), c.members[0])):
        at = loads.index(min(loads))
        out[at].append(part)
        loads[at] += len(part.first) + len(part.members)
    return [batch for batch in out if batch]
