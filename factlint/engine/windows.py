"""Story inference's work per time window, run on a Dask worker: the window's article vectors (link.stories.weigh's
arithmetic, one article at a time), the similarity rows of its articles against every article sharing an indexed
feature with them (its halo: for news, mostly the days around the window; a follow-up or a copy far away too), and
the answers other windows ask of its texts. Every number is computed with the same operations in the same order as
link.stories, so the floats are equal, not merely close; the time rule is link.stories' own (_one_time), imported
rather than restated so the two cannot drift apart."""

from __future__ import annotations

import bisect
import math
import zlib
from array import array
from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping, Sequence

from factlint.link.features import LineWords, features
from factlint.link.leads import lead_places
from factlint.link.stories import FOLLOW_UP, MIN_LINKING, MIN_SIMILARITY, Periods, _one_time, feature_specificity
from factlint.model import Document

# Where the index holds a feature: the holders' positions (ascending) and their weights are
# holders[first:last] and weights[first:last].
Located = tuple[list[int], list[float], int, int]
Where = Sequence[Mapping[str, Located]]


def stable_hash(key: str) -> int:
    """A hash of a feature's text that every process computes alike (Python's hash() of a str is salted per
    process, so two workers would disagree)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass"))


def time_windows(days: Sequence[int | None], count: int) -> list[list[int]]:
    """The positions cut into `count` windows of consecutive time (about as many articles each): dated articles
    by date, then the undated ones; each window's positions ascending."""
    order = sorted(range(len(days)), key=lambda p: (days[p] is None, days[p] or 0, p))
    count = max(1, min(count, len(order)))
    cuts = [len(order) * i // count for i in range(count + 1)]
    return [sorted(order[cuts[i]:cuts[i + 1]]) for i in range(count) if cuts[i] < cuts[i + 1]]


@dataclass(frozen=True)
class WindowVectors:
    """One window's articles as story inference reads them: positions (ascending); per article the features that
    may link articles (specificity at least MIN_LINKING), in the order of their text, with unit-length weights and their
    stable hashes; the places its lead names."""

    positions: tuple[int, ...]
    keys: tuple[tuple[str, ...], ...]
    weights: tuple[array, ...]
    hashes: tuple[array, ...]
    places: tuple[frozenset[str], ...]

    def at(self, position: int) -> int:
        """The index in this window of an article's position."""
        index = bisect.bisect_left(self.positions, position)
        if index == len(self.positions) or self.positions[index] != position:
            raise KeyError(position)
        return index


def vectors(items: Sequence[tuple[int, Document, Sequence[LineWords]]], skip: frozenset[str]) -> WindowVectors:
    """The window's vectors, weighed as link.stories.weigh weighs them: place times specificity, over the norm of
    all the article's features (those that link nothing count in its length too)."""
    keys, weights, hashes = [], [], []
    known: dict[str, float] = {}
    hashed: dict[str, int] = {}
    for _, doc, lines in items:
        found = features(doc, lines, skip)
        values, linking = [], []
        for key, place in found.items():
            spec = known.get(key)
            if spec is None:
                spec = known[key] = feature_specificity(key)
            values.append(place * spec)
            linking.append(spec >= MIN_LINKING)
        norm = math.sqrt(sum(w * w for w in values)) or 1.0
        # In the order of their text, as weigh keeps them: every pair is summed in that one order.
        ranked = sorted((k, w) for k, w, keep in zip(found, values, linking) if keep)
        kept = tuple(k for k, _ in ranked)
        keys.append(kept)
        weights.append(array("d", [w / norm for _, w in ranked]))
        for key in kept:
            if key not in hashed:
                hashed[key] = stable_hash(key)
        hashes.append(array("L", [hashed[key] for key in kept]))
    return WindowVectors(tuple(p for p, _, _ in items), tuple(keys), tuple(weights), tuple(hashes),
                         tuple(lead_places(doc) for _, doc, _ in items))


@dataclass(frozen=True)
class Rows:
    """The similarity rows of a window's articles: pairs (first < second, positions) in link.stories.similarities'
    order, their cosine and their value after the time rule; `asks` are the pairs whose lead places the first
    article's text does not name, where only the second article's text can tell whether they are apart."""

    first: array
    second: array
    raw: array
    timed: array
    asks: tuple[int, ...]


def rows(window: WindowVectors, documents: Sequence[Document], where: Where,
         days: Sequence[int | None], named: Sequence[Periods], places: Sequence[frozenset[str]],
         floor: float = MIN_SIMILARITY) -> Rows:
    """Each of the window's articles (`documents`, in the window's order) against every later article (by position)
    sharing an indexed feature (`where`: where each bucket of the index holds its features), summed over the article's features in order, as
    link.stories.similarities sums them; then link.stories._timed's rule: lowered for articles of different times,
    and to be zeroed where the leads place the event apart."""
    first, second, raw, timed, asks = array("l"), array("l"), array("d"), array("d"), []
    for at, a in enumerate(window.positions):
        row: dict[int, float] = defaultdict(float)
        for key, value in zip(window.keys[at], window.weights[at]):
            for bucket in where:
                found = bucket.get(key)
                if found is not None:
                    break
            else:
                continue
            holders, holder_weights, begin, end = found
            start = bisect.bisect_right(holders, a, begin, end)
            for b, other in zip(holders[start:end], holder_weights[start:end]):
                row[b] += value * other
        text = None
        for b in sorted(row):
            value = row[b]
            if value < floor:
                continue
            if places[a] and places[b]:
                text = documents[at].text.lower() if text is None else text
                if not any(name in text for name in places[b]):
                    asks.append(len(first))  # apart unless the second article's text names one of the first's
            first.append(a)
            second.append(b)
            raw.append(value)
            timed.append(value * FOLLOW_UP if _one_time(days[a], days[b], named[a], named[b]) is False else value)
    return Rows(first, second, raw, timed, tuple(asks))


def mentions(window: WindowVectors, documents: Sequence[Document], asked: Sequence[tuple[int, frozenset[str]]]
             ) -> list[bool]:
    """For each (position in this window, names): whether the article's lowercased text names one of the names."""
    lowered: dict[int, str] = {}
    out = []
    for position, names in asked:
        at = window.at(position)
        if at not in lowered:
            lowered[at] = documents[at].text.lower()
        out.append(any(name in lowered[at] for name in names))
    return out


def pick(window: WindowVectors, positions: Sequence[int], too_common: frozenset[str]) -> dict[int, dict[str, float]]:
    """The word-pair features of some of the window's articles as link.stories.evidence reads them: the indexed
    ones, so none held by more articles than the index takes (`too_common`). (A pair two articles share is held by
    more than one, as the index needs.)"""
    out = {}
    for position in positions:
        at = window.at(position)
        out[position] = {k: w for k, w in zip(window.keys[at], window.weights[at]) if " " in k and k not in too_common}
    return out
