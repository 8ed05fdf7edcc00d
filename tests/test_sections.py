"""Checksummed sections (factlint/sections.py): what is written through Hashed is counted and hashed as it passes, and
Reading gives it back no further than the section's length, with the same hash."""

from __future__ import annotations

import hashlib
import io
import pickle
from array import array

import pytest

from factlint.sections import Hashed, Reading

VALUES = [b"", {"a": 1}, list(range(1000)), array("d", [0.5]) * 50_000]


@pytest.mark.parametrize("value", VALUES, ids=["empty", "dict", "list", "array"])
def test_a_section_read_back_is_what_was_written_with_its_hash(value):
    out = io.BytesIO()
    hashed = Hashed(out)
    pickle.dump(value, hashed, protocol=5)
    assert hashed.length == len(out.getvalue())
    assert hashed.digest.digest() == hashlib.sha256(out.getvalue()).digest()
    source = io.BufferedReader(io.BytesIO(out.getvalue() + b"the next section"))
    reading = Reading(source, hashed.length)
    assert pickle.load(reading) == value
    assert reading.left == 0 and reading.digest.digest() == hashed.digest.digest()
    assert source.read() == b"the next section"


def test_reading_stops_at_the_sections_end():
    reading = Reading(io.BufferedReader(io.BytesIO(b"abc\ndefgh")), 6)
    assert reading.readline() == b"abc\n"
    assert reading.read(10) == b"de"
    assert reading.read() == b"" and reading.readinto(bytearray(4)) == 0
    assert reading.digest.digest() == hashlib.sha256(b"abc\nde").digest()


def test_a_short_section_is_found_short():
    data = pickle.dumps(list(range(100)), protocol=5)
    with pytest.raises(Exception):
        pickle.load(Reading(io.BufferedReader(io.BytesIO(data[:-10])), len(data)))
