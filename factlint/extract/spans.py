"""Overlap queries on sets of character spans in O(log n) or in the length of the span asked about, so long texts with
many matches stay linear; and searches that try a pattern only where (or on the lines where) a match can be, with what
finditer would find."""

from __future__ import annotations

import bisect
import functools
import itertools
from typing import Iterable, Iterator

import regex


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


class Coverage:
    """The characters of one text that spans taken so far cover, overlapping or not.

    Adding and asking cost the span's length, never the number of spans taken, which suits the short
    spans extractors take (a count, a name, an age) on texts of any length."""

    def __init__(self, size: int) -> None:
        self._marks = bytearray(size)

    def add(self, start: int, end: int) -> None:
        """Cover [start, end) (clipped to the text)."""
        start, end = max(0, start), min(len(self._marks), end)
        if start < end:
            self._marks[start:end] = b"\x01" * (end - start)

    def covers(self, offset: int) -> bool:
        """Whether a taken span holds the character at offset."""
        return 0 <= offset < len(self._marks) and self._marks[offset] == 1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a taken span shares a character with [start, end)."""
        return self._marks.find(1, max(0, start), max(0, end)) != -1


def matches_at(pattern: regex.Pattern, text: str, starts: Iterable[int], pos: int = 0,
               overlapped: bool = False) -> Iterator[regex.Match]:
    """What `pattern.finditer(text, pos, overlapped=overlapped)` finds, for a pattern that never matches empty and
    whose every match begins at one of the ascending `starts`: the pattern is tried there alone, not at every offset.

    Lookbehinds, \\b and anchors see the whole text, as finditer's do."""
    resume = pos
    for start in starts:
        if start < resume:
            continue
        match = pattern.match(text, start)
        if match:
            yield match
            resume = start + 1 if overlapped else match.end()


def occurrences(text: str | bytes, words: Iterable[str], start: int = 0) -> list[int]:
    """The ascending offsets in text[start:] at which one of the words begins, overlapping ones too: a plain find
    per word crosses a text many times faster than a regex alternation of the words does.

    `text` may be folded(text)'s bytes, for ASCII words (UnicodeEncodeError otherwise: the image holds no other)."""
    found = set()
    for word in words:
        needle = word.encode("ascii") if isinstance(text, bytes) else word
        at = text.find(needle, start)
        while at >= 0:
            found.add(at)
            at = text.find(needle, at + 1)
    return sorted(found)


# Outside ASCII, only these match an ASCII letter case-insensitively: "İ" ("i"; lowercasing lengthens it) and "ſ"
# ("s") make folded() give up; the Kelvin sign is a "k".
_FOLDS_TO_ASCII = "\u0130\u017f"
_KELVIN = "\u212a"


@functools.lru_cache(maxsize=1)
def folded(text: str) -> bytes | None:
    """The text lowercased as ASCII, one byte per character so every offset is kept, for finding the ASCII words that
    begin candidates of a case-insensitive pattern by a plain find (see occurrences): a character outside ASCII is a
    "?", the Kelvin sign a "k" (it matches one). None when another character outside ASCII may match an ASCII letter
    ("İ", "ſ").

    One byte per character, where text.lower() took as many as the text does (four per character once it holds an
    emoji); kept for the last text asked, as every extractor asks for it."""
    if any(ch in text for ch in _FOLDS_TO_ASCII):
        return None
    image = text.encode("ascii", "replace").lower()
    if _KELVIN not in text:
        return image
    marked = bytearray(image)
    at = text.find(_KELVIN)
    while at >= 0:
        marked[at] = ord("k")
        at = text.find(_KELVIN, at + 1)
    return bytes(marked)


def line_matches(pattern: regex.Pattern, text: str, offsets: Iterable[int], pos: int = 0,
                 overlapped: bool = False) -> Iterator[regex.Match]:
    """What `pattern.finditer(text, pos, overlapped=overlapped)` finds, for a pattern that never matches a line break
    nor looks ahead past one (a multiline $ may look at it; no \\Z nor plain $), when every match shares a line with
    one of the ascending `offsets`: those lines alone are searched."""
    line_end = -1
    for offset in offsets:
        if offset <= line_end or offset < pos:
            continue
        line_start = text.rfind("\n", 0, offset) + 1
        line_end = text.find("\n", offset)
        line_end = len(text) if line_end < 0 else line_end
        yield from pattern.finditer(text, max(pos, line_start), line_end + 1, overlapped=overlapped)
