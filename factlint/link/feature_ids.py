"""A corpus's linking features by a 64-bit hash of their text, in flat arrays: ids found by open addressing, and
each article's features read into ids and weights as link.stories.weigh reads them. The pile's 1.7 million linking
features take tens of MB here, where a dict of their texts (and the texts) took hundreds; only the text of a feature
held twice is kept (a feature held once links nothing, nor names any evidence)."""

from __future__ import annotations

import hashlib
import math
from array import array
from typing import Iterable, Mapping

from factlint.link.specificity import MIN_LINKING, feature_specificity


def key_hash(text: str) -> int:
    """A 64-bit hash of a feature's text that every process computes alike (the run state keys postings by it)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


class FeatureIds:
    """Ids 0, 1, 2 ... for 64-bit hashes in the order first seen: a table of hashes and ids, probed linearly, kept
    at most half full."""

    def __init__(self, bits: int = 16) -> None:
        self.size = 0
        self.zero: int | None = None  # the id of hash 0, which cannot stand in the table (0 marks a free slot)
        self._make(bits)

    def _make(self, bits: int) -> None:
        self.mask = (1 << bits) - 1
        self.keys = array("Q", bytes(8 << bits))
        self.ids = array("i", bytes(4 << bits))

    def id(self, key: int) -> int:
        """The id of a hash: a new one (the number of ids before it) when first seen."""
        if not key:
            if self.zero is None:
                self.zero, self.size = self.size, self.size + 1
            return self.zero
        probe = key
        keys, mask = self.keys, self.mask
        slot = probe & mask
        found = keys[slot]
        while found:
            if found == probe:
                return self.ids[slot]
            slot = (slot + 1) & mask
            found = keys[slot]
        keys[slot] = probe
        self.ids[slot] = new = self.size
        self.size += 1
        if 2 * self.size > mask:
            self._grow()
        return new

    def _grow(self) -> None:
        keys, ids = self.keys, self.ids
        self._make(self.mask.bit_length() + 1)
        mask, into, into_ids = self.mask, self.keys, self.ids
        for key, i in zip(keys, ids):
            if key:
                slot = key & mask
                while into[slot]:
                    slot = (slot + 1) & mask
                into[slot] = key
                into_ids[slot] = i


def read_hashed(vectors: Iterable[Mapping[str, float]]) -> tuple[array, array, list[str | None], list[array],
                                                                 list[array]]:
    """Each linking feature's count of holders, hash and text (held twice or more; else None), by id; and each
    article's linking features' ids and weights, unit length over all its features, in the order of their text."""
    table = FeatureIds()
    df, hashes = array("l"), array("Q")
    terms: list[str | None] = []
    ids: list[array] = []
    weights: list[array] = []
    for vector in vectors:
        own, values, texts, every = [], [], [], []  # the linking features, and every feature's weight (the norm)
        for key, place in vector.items():
            spec = feature_specificity(key)
            value = place * spec
            every.append(value)
            if spec >= MIN_LINKING:
                h = key_hash(key)
                i = table.id(h)
                if i == len(df):
                    df.append(0)
                    hashes.append(h)
                    terms.append(None)
                df[i] += 1
                if df[i] == 2:
                    terms[i] = key
                own.append(i)
                values.append(value)
                texts.append(key)
        norm = math.sqrt(sum([w * w for w in every])) or 1.0
        if len(own) > 1:
            ranked = sorted(range(len(own)), key=texts.__getitem__)
            own, values = [own[j] for j in ranked], [values[j] for j in ranked]
        ids.append(array("i", own))
        weights.append(array("d", [w / norm for w in values]))
    return df, hashes, terms, ids, weights
