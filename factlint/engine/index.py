"""The inverted index of story features, built on the Dask workers as a shuffle by buckets of a stable hash of each
feature's text, and each window's share of it (its halo). The index keeps what link.stories.weigh keeps: features
held by more than one article and by no more than MAX_POSTING, each with its holders in position order.

Most features are held by one article alone and link nothing, so the shuffle runs twice: first only the features'
hashes are counted (cheap to send), then only the features whose hash more than one article holds are sent with their
weights, and counted exactly by their text. Two features of one hash only keep a feature in the second round that
the first could have dropped, never the other way, so the index is exact."""

from __future__ import annotations

import weakref
from array import array
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from factlint.engine.windows import Located, WindowVectors
from factlint.link.stories import MAX_POSTING


def hashes(window: WindowVectors, buckets: int) -> list[array]:
    """Round one: the hash of each feature each article of the window holds, per bucket."""
    out = [array("L") for _ in range(buckets)]
    for values in window.hashes:
        for value in values:
            out[value % buckets].append(value)
    return out


def shared_hashes(*parts: array) -> frozenset[int]:
    """One bucket's hashes that more than one article holds (from every window's part of the bucket)."""
    counts: Counter[int] = Counter()
    for part in parts:
        counts.update(part)
    return frozenset(value for value, count in counts.items() if count > 1)


@dataclass(frozen=True, eq=False)
class Postings:
    """Features (sorted) and their holders: holders[starts[i]:starts[i + 1]] (ascending positions) hold keys[i],
    with weights beside them. Flat arrays, so sending them between workers is cheap; compared by identity."""

    keys: tuple[str, ...]
    starts: array
    holders: array
    weights: array


def split(window: WindowVectors, buckets: int, shared: Sequence[frozenset[int]]) -> list[tuple[list[str], array, array]]:
    """Round two: per bucket, the window's features whose hash is shared (`shared`: each bucket's), one entry per
    holder: (features, positions, weights)."""
    out = [([], array("l"), array("d")) for _ in range(buckets)]
    for position, keys, weights, values in zip(window.positions, window.keys, window.weights, window.hashes):
        for key, weight, value in zip(keys, weights, values):
            bucket = value % buckets
            if value in shared[bucket]:
                found, positions, holder_weights = out[bucket]
                found.append(key)
                positions.append(position)
                holder_weights.append(weight)
    return out


def share_of(shares: list, bucket: int):
    """One bucket's part of a window's round-one or round-two output."""
    return shares[bucket]


def build(*shares: tuple[list[str], array, array]) -> tuple[Postings, frozenset[str]]:
    """One bucket's postings from every window's share of it (windows hold disjoint positions), and the features of
    the bucket held by more than MAX_POSTING articles, which the index leaves out as link.stories.weigh does."""
    grouped: dict[str, list[tuple[int, float]]] = {}
    for found, positions, weights in shares:
        for key, position, weight in zip(found, positions, weights):
            held = grouped.get(key)
            if held is None:
                grouped[key] = [(position, weight)]
            else:
                held.append((position, weight))
    keys: list[str] = []
    starts, holders, holder_weights = array("l", [0]), array("l"), array("d")
    too_common = set()
    for key in sorted(grouped):
        held = grouped[key]
        if len(held) > MAX_POSTING:
            too_common.add(key)
        elif len(held) > 1:
            held.sort()
            keys.append(key)
            holders.extend(position for position, _ in held)
            holder_weights.extend(weight for _, weight in held)
            starts.append(len(holders))
    return Postings(tuple(keys), starts, holders, holder_weights), frozenset(too_common)


def postings_of(built: tuple[Postings, frozenset[str]]) -> Postings:
    """The postings of a built bucket."""
    return built[0]


def too_common_of(built: tuple[Postings, frozenset[str]]) -> frozenset[str]:
    """The features of a built bucket held by too many articles to index."""
    return built[1]


def union(sets: Sequence[frozenset[str]]) -> frozenset[str]:
    """The features too common to index, over every bucket."""
    return frozenset().union(*sets)


# Each worker's postings as lists, made once per postings object it holds: reading Python lists in the row loop
# allocates nothing, where reading arrays makes a number object per holder read.
_WHERE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def located(part: Postings) -> dict[str, Located]:
    """Where one bucket's postings hold each feature, as windows.rows reads it (made once per worker)."""
    found = _WHERE.get(part)
    if found is None:
        holders, weights, starts = part.holders.tolist(), part.weights.tolist(), part.starts
        found = _WHERE[part] = {key: (holders, weights, starts[at], starts[at + 1]) for at, key in enumerate(part.keys)}
    return found
