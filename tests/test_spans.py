"""Overlap queries on span sets agree with the obvious quadratic check."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from factlint.extract.spans import Coverage, FixedSpans, folded, line_matches, matches_at, occurrences

SPANS = st.lists(st.tuples(st.integers(0, 50), st.integers(1, 10)).map(lambda p: (p[0], p[0] + p[1])), max_size=20)


@pytest.mark.parametrize("spans, query, expected", [
    ([], (0, 5), False),
    ([(2, 4)], (4, 6), False),  # end is exclusive
    ([(2, 4)], (0, 2), False),
    ([(2, 4)], (3, 3 + 1), True),
    ([(0, 100), (10, 12)], (50, 51), True),  # a long span reaching past a short one
    ([(10, 12), (0, 3)], (5, 9), False),
])
def test_fixed_spans(spans, query, expected):
    assert FixedSpans(spans).overlaps(*query) is expected


@given(SPANS, st.tuples(st.integers(0, 60), st.integers(1, 10)))
def test_fixed_spans_match_the_plain_check(spans, query):
    start, end = query[0], query[0] + query[1]
    assert FixedSpans(spans).overlaps(start, end) == any(s < end and start < e for s, e in spans)


@given(SPANS)
def test_coverage_takes_what_a_plain_scan_takes(candidates):
    """As the temporal tagger takes the longest timexes first: each span only where it overlaps none taken."""
    spans, taken = Coverage(65), []
    for start, end in candidates:
        plain = any(s < end and start < e for s, e in taken)
        assert spans.overlaps(start, end) == plain
        if not plain:
            spans.add(start, end)
            taken.append((start, end))


@given(SPANS, st.tuples(st.integers(0, 60), st.integers(1, 10)))
def test_coverage_matches_the_plain_check_whatever_overlaps(spans, query):
    coverage = Coverage(65)
    for start, end in spans:
        coverage.add(start, end)
    start, end = query[0], query[0] + query[1]
    assert coverage.overlaps(start, end) == any(s < end and start < e for s, e in spans)
    assert coverage.covers(start) == any(s <= start < e for s, e in spans)


@pytest.mark.parametrize("size, span, offset, expected", [
    (10, (8, 15), 9, True),     # clipped to the text, not grown
    (10, (8, 15), 12, False),
    (10, (-3, 2), 0, True),
    (10, (4, 4), 4, False),     # an empty span covers nothing
])
def test_coverage_stays_inside_the_text(size, span, offset, expected):
    coverage = Coverage(size)
    coverage.add(*span)
    assert coverage.covers(offset) is expected and len(coverage._marks) == size


_WORD_B = regex.compile(r"(?<![a-z])b+")


@pytest.mark.parametrize("text, starts, overlapped, expected", [
    ("abb bb", [1, 2, 4], False, [(4, 6)]),  # the lookbehind sees the "a" before offset 1
    ("bb bb", [0, 1, 3], False, [(0, 2), (3, 5)]),  # offset 1 lies inside the first match
    ("bb bb", [0, 3], True, [(0, 2), (3, 5)]),
    ("bb bb", [], False, []),
])
def test_matches_at(text, starts, overlapped, expected):
    found = [m.span() for m in matches_at(_WORD_B, text, starts, overlapped=overlapped)]
    assert found == expected


@given(st.text(alphabet="ab ", max_size=30), st.integers(0, 5), st.booleans())
def test_matches_at_every_start_is_finditer(text, pos, overlapped):
    everywhere = [m.span() for m in matches_at(_WORD_B, text, range(len(text)), pos, overlapped)]
    assert everywhere == [m.span() for m in _WORD_B.finditer(text, pos, overlapped=overlapped)]


@pytest.mark.parametrize("text, words, start, expected", [
    ("said says", ("said", "says", "say"), 0, [0, 5]),  # "says" and "say" at one offset: once
    ("aaa", ("aa",), 0, [0, 1]),  # overlapping occurrences
    ("said said", ("said",), 1, [5]),
    ("nothing", ("said",), 0, []),
])
def test_occurrences(text, words, start, expected):
    assert occurrences(text, words, start) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chief Of Police", b"chief of police"),
    ("İzmir", None),  # "İ" matches "i" case-insensitively, and lowercasing lengthens it
    ("ſir", None),  # "ſ" matches "s" case-insensitively, yet lowercases to itself
    ("KELVIN \u212a", b"kelvin k"),  # the Kelvin sign lowercases to a plain "k", as it matches one
    ("Café 🤘 Said", b"caf? ? said"),  # one byte a character, whatever its width: offsets hold
])
def test_folded(text, expected):
    assert folded(text) == expected


@given(st.text(alphabet=list("abSAID sé\u212a🤘\n"), max_size=40))
def test_occurrences_in_folded_text_are_those_in_lowercased_text(text):
    words = ("said", "a", "k")
    assert occurrences(folded(text), words) == occurrences(text.lower(), words)


_BEFORE_SAID = regex.compile(r"(?<![a-z])[a-z]+ said\b")


@pytest.mark.parametrize("text, offsets, pos", [
    ("he said\nshe said it", [3, 12], 0),
    ("he said\nshe said", [12], 0),  # the first line holds no offset and is not searched: no match is lost there
    ("he said\nshe said", [3, 12], 4),  # the search starts at pos, mid-line
    ("x\nhe said.", [5], 0),  # the last line, without a line break
])
def test_line_matches(text, offsets, pos):
    expected = [m.span() for m in _BEFORE_SAID.finditer(text, pos) if any(
        text.rfind("\n", 0, m.start()) == text.rfind("\n", 0, o) for o in offsets)]
    assert [m.span() for m in line_matches(_BEFORE_SAID, text, offsets, pos)] == expected


@given(st.text(alphabet="ab d\n", max_size=40), st.integers(0, 5))
def test_line_matches_with_every_trigger_is_finditer(text, pos):
    pattern = regex.compile(r"(?<![a-z])ab+[ ]*d\b")
    offsets = [i for i, c in enumerate(text) if c == "d"]
    assert [m.span() for m in line_matches(pattern, text, offsets, pos)] == \
        [m.span() for m in pattern.finditer(text, pos)]
