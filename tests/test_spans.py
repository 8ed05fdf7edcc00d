"""Overlap queries on span sets agree with the obvious quadratic check."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factlint.extract.spans import DisjointSpans, FixedSpans

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
