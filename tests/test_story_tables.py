"""The story state's flat records (link/story_tables.py): a table finds its keys and counts them, and a record's arrays
pickle as their buffers and come back as arrays of the same type and values, at every protocol."""

from __future__ import annotations

import pickle
from array import array

import pytest

from factlint.link.story_tables import Table

TABLE = Table(array("Q", [3, 7, 2**63 + 5]), array("i", [2, 1, 4]), array("q", [0, 2, 3]), array("i", [1, 2, 3, 4]),
              array("d", [0.5, 0.25, 0.125, 1.0]))


@pytest.mark.parametrize("key, at, count", [(3, 0, 2), (7, 1, 1), (2**63 + 5, 2, 4), (0, -1, 0), (5, -1, 0),
                                            (2**64 - 1, -1, 0)])
def test_a_table_finds_its_keys_and_counts_them(key, at, count):
    assert TABLE.find(key) == at
    assert TABLE.count(key) == count


@pytest.mark.parametrize("protocol", [2, 4, 5])
def test_a_table_pickles_flat_and_loads_equal(protocol):
    back = pickle.loads(pickle.dumps(TABLE, protocol=protocol))
    assert back == TABLE
    assert [a.typecode for a in (back.keys, back.counts, back.starts, back.holders, back.weights)] == \
        ["Q", "i", "q", "i", "d"]


def test_a_large_array_is_written_as_its_buffer_not_a_copy():
    big = Table(array("Q", range(1, 200_001)), array("i", [1]) * 200_000)
    written: list[object] = []

    class Out:
        def write(self, data):
            written.append(data)
            return memoryview(data).nbytes

    pickle.dump(big, Out(), protocol=5)
    assert any(isinstance(data, pickle.PickleBuffer) for data in written)
