"""The records every stage shares: spans order as their plain-tuple sort key does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factlint.model import Document, Span

_SPANS = st.builds(Span, st.sampled_from(["a.md", "b.md", "a/b.md"]), st.integers(0, 5), st.integers(0, 5),
                   st.integers(1, 3), st.integers(1, 3), st.integers(1, 3), st.integers(1, 3))


@given(st.lists(_SPANS, max_size=30))
def test_span_order_key_sorts_as_spans_do(spans):
    assert sorted(spans, key=lambda span: span.order) == sorted(spans)


@given(st.text(alphabet="ab \n", max_size=30), st.integers(0, 31))
def test_body_lines_are_the_body_split_at_line_ends_with_their_offsets(text, body_start):
    doc = Document("a.md", text, (0,), min(body_start, len(text)))
    lines = list(doc.body_lines())
    assert [line for _, line in lines] == doc.body.split("\n")
    assert all(doc.text[at : at + len(line)] == line for at, line in lines)
