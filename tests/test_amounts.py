"""Percentages and sums of money: what they are of, and amounts of nothing named."""

from __future__ import annotations

import pytest

from factlint.extract import amounts
from factlint.lexicon import Lexicon
from factlint.read import make_document


def facts(text: str):
    doc, _ = make_document("a.md", text)
    return [(f.text, f.value, f.subject, f.shown) for f in amounts.extract(doc, Lexicon())]


@pytest.mark.parametrize("text, written, value, subject, shown", [
    ("Nurses won a 4.5% pay rise.", "4.5% pay rise", "4.5", "pay rise %", "4.5%"),
    ("a rise of 4.5 percent", "4.5 percent", "4.5", "rise %", "4.5%"),
    ("a rise of 4.5 per cent", "4.5 per cent", "4.5", "rise %", "4.5%"),
    ("He won 52% of the vote.", "52% of the vote", "52", "vote %", "52%"),
    ("a $27 million contract", "$27 million contract", "27000000", "contract usd", "$27 million"),
    ("a fine of $5,000 was paid", "$5,000", "5000", "fine usd", "$5,000"),
    ("a £3m grant", "£3m grant", "3000000", "grant gbp", "£3m"),
])
def test_amount_is_found(text, written, value, subject, shown):
    assert (written, value, subject, shown) in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "It rose 4.5 percent.",          # a percentage of nothing named
    "Pay rose 4.5 percent this year.",  # "this year" is when, not what
    "It cost $5,000.",               # a sum of nothing named
])
def test_amount_of_nothing_named(text):
    assert facts(text) == []
