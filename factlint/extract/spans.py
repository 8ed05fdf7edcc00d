"""Overlap queries on sets of character spans in O(log n), so long texts with many matches stay linear."""

from __future__ import annotations

import bisect
import itertools
from typing import Iterable


class FixedSpans:
    """A fixed set of (start, end) spans, possibly overlapping; asks whether any overlaps a stretch."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        # The furthest end among the spans starting at or before each index.
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a character with [start, end)."""
        count = bisect.bisect_left(self._starts, end)  # the spans starting before `end`
        return count > 0 and self._reach[count - 1] > start


class DisjointSpans:
    """A growing set of non-overlapping spans: add a span only when it overlaps none already taken."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a taken span shares a character with [start, end)."""
        index = bisect.bisect_right(self._ends, start)  # the first taken span ending after `start`
        return index < len(self._starts) and self._starts[index] < end

    def add(self, start: int, end: int) -> None:
        """Take a span that overlaps none taken so far."""
        index = bisect.bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
