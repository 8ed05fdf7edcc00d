"""Overlap queries on span sets agree with the obvious quadratic check."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factlint.extract.spans import Coverage, DisjointSpans, FixedSpans

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
def test_disjoint_spans_take_what_a_plain_scan_takes(candidates):
    spans, taken = DisjointSpans(), []
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
