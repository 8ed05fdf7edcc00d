"""The records every stage shares: spans order as their plain-tuple sort key does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factlint.model import Span

_SPANS = st.builds(Span, st.sampled_from(["a.md", "b.md", "a/b.md"]), st.integers(0, 5), st.integers(0, 5),
                   st.integers(1, 3), st.integers(1, 3), st.integers(1, 3), st.integers(1, 3))


@given(st.lists(_SPANS, max_size=30))
def test_span_order_key_sorts_as_spans_do(spans):
    assert sorted(spans, key=lambda span: span.order) == sorted(spans)
