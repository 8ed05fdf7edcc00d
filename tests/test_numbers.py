"""Where numbers may start: a superset of every offset at which NUMBER_PATTERN matches."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from factlint.extract.numbers import NUMBER_PATTERN, number_heads

# A number that begins a word, as the extractors' patterns ask for one.
_NUMBER = regex.compile(rf"(?<!\w)(?i:{NUMBER_PATTERN})")


@pytest.mark.parametrize("text, heads", [
    ("no numbers here", ()),
    ("12 and 1,200", (0, 7, 9)),  # digit runs; the run after the comma is kept too
    ("Twenty-one people", (0, 7)),
    ("THREE killed", (0,)),
    ("someone gave money", ()),  # number words inside words are no heads
    ("İstanbul: two dead", (10,)),  # lowercasing "İ" lengthens the text: offsets still hold
    ("ſix", (0,)),  # the long s matches "s" case-insensitively
])
def test_number_heads(text, heads):
    assert number_heads(text) == heads


@given(st.text(alphabet=list("onetwhrfivsxg 0123456789,.-ONETWİſ"), max_size=40))
def test_every_number_starts_at_a_head(text):
    heads = set(number_heads(text))
    assert all(m.start() in heads for m in _NUMBER.finditer(text, overlapped=True))
