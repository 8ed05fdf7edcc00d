"""Relative times that depend on the article's date: what is one, its unit and shift."""

from __future__ import annotations

import pytest

from factlint.extract import relative_dates


@pytest.mark.parametrize("text, expected", [
    ("The checkpoint was set up last month.", [("last month", "month", "-1")]),
    ("Earlier this year, the council voted.", [("earlier this year", "year", "0")]),
    ("Last year's festival drew crowds.", [("last year", "year", "-1")]),
    ("He was arrested yesterday and charged today.", [("yesterday", "day", "-1"), ("today", "day", "0")]),
    ("Talks resume next week.", [("next week", "week", "1")]),
    ("It was the last month of the season.", []),
    ("A this-year-old tradition.", []),
    ("Over the past month, prices rose.", []),
])
def test_relative_dates(doc, rulebook, text, expected):
    facts = list(relative_dates.extract(doc(text), rulebook.lexicon))
    assert [(f.value, f.attr("relative"), f.attr("shift")) for f in facts] == expected
