"""Feature ids by hash in flat arrays (link/feature_ids.py): ids in the order first seen, through the table's growth,
and weigh reading vectors by hash gives the vectors and pairs it gives reading them by text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.link import stories
from factlint.link.feature_ids import FeatureIds, key_hash


@settings(max_examples=40, deadline=None)
@given(keys=st.lists(st.integers(0, 2**64 - 1), max_size=300))
def test_ids_count_up_in_the_order_hashes_are_first_seen(keys):
    table = FeatureIds(bits=2)  # grows many times over
    expected: dict[int, int] = {}
    for key in keys:
        assert table.id(key) == expected.setdefault(key, len(expected))
    assert [table.id(key) for key in expected] == list(expected.values())  # after every growth


@pytest.mark.parametrize("keys", [[0, 1], [1, 0], [0, 0, 1, 1], [2, 0, 2**64 - 1, 0]])
def test_hash_zero_is_a_hash_of_its_own(keys):
    table = FeatureIds(bits=2)
    expected: dict[int, int] = {}
    assert [table.id(k) for k in keys] == [expected.setdefault(k, len(expected)) for k in keys]


def test_hashes_alike_in_their_low_bits_keep_their_own_ids():
    table = FeatureIds(bits=4)
    keys = [n << 40 for n in range(1, 30)]  # all in one slot of any table under 2**40
    assert [table.id(k) for k in keys] == list(range(29))
    assert [table.id(k) for k in reversed(keys)] == list(range(28, -1, -1))


def test_a_hash_is_the_same_in_every_process():
    assert key_hash("vienna talks") == int.from_bytes(__import__("hashlib").blake2b(
        b"vienna talks", digest_size=8).digest(), "big")


VECTORS = [
    {"vienna": 2.0, "talks": 1.0, "vienna talks": 1.5, "nuclear": 1.0, "zarif": 1.0},
    {"vienna": 1.0, "zarif": 2.0, "vienna talks": 1.0, "the": 3.0},
    {"kerry": 1.0, "zarif": 1.0, "nuclear": 0.5, "lausanne": 1.0},
    {"lausanne": 1.0, "kerry": 2.0, "police": 1.0},
]


@pytest.mark.parametrize("cap", [300, 2])
def test_weigh_by_hash_gives_the_vectors_and_pairs_weigh_by_text_gives(monkeypatch, cap):
    monkeypatch.setattr(stories, "MAX_POSTING", cap)
    by_text, by_hash = stories.weigh(VECTORS), stories.weigh(VECTORS, hashed=True)
    assert [by_hash.vector(p) for p in range(len(VECTORS))] == [by_text.vector(p) for p in range(len(VECTORS))]
    assert list(stories.pairs(by_hash)) == list(stories.pairs(by_text))
    assert by_hash.hashes is not None and sorted(by_hash.hashes) == sorted(
        key_hash(k) for k in {k for v in VECTORS for k in v} if stories.feature_specificity(k) >= stories.MIN_LINKING)
