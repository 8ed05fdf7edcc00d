"""Relative times that depend on the article's date: which expressions are one, their unit and shift."""

from __future__ import annotations

import pytest

from factlint.extract.dating import with_date
from factlint.extract import dates
from factlint.extract.relative_dates import relative_time
from factlint.read.documents import make_document

DATED = "---\ndate: 2023-05-04\n---\n"


@pytest.mark.parametrize("text, span, expected", [
    ("set up last month", "last month", ("month", -1)),
    ("Earlier this year, the council voted.", "Earlier this year", ("year", 0)),
    ("Talks ended late last week.", "late last week", ("week", -1)),
    ("Talks resume next week.", "next week", ("week", 1)),
    ("He was arrested yesterday morning.", "yesterday morning", ("day", -1)),
    ("He flies out tonight.", "tonight", ("day", 0)),
    ("He flies out tomorrow.", "tomorrow", ("day", 1)),
    ("He left the day before yesterday.", "the day before yesterday", None),
    ("It was the last month of the season.", "last month", None),
    ("Prices rose over the past month.", "the past month", None),
    ("The talks lasted three days.", "three days", None),
])
def test_relative_time(text, span, expected):
    start = text.index(span)
    assert relative_time(text, start, start + len(span)) == expected


@pytest.mark.parametrize("text, expected", [
    (DATED + "The checkpoint was set up last month.", [("last month", "2023-04", "month", "-1")]),
    ("The checkpoint was set up last month.", [("last month", "XXXX-XX", "month", "-1")]),
    (DATED + "Last year's festival drew crowds.", [("Last year", "2022", "year", "-1")]),
    (DATED + "He was arrested yesterday and charged today.",
     [("yesterday", "2023-05-03", "day", "-1"), ("today", "2023-05-04", "day", "0")]),
    (DATED + "Talks started earlier this week.", [("earlier this week", "2023-W18", "week", "0")]),
    (DATED + "The festival was held on May 1.", [("May 1", "2023-05-01", "", "")]),
    (DATED + "It was the last month of the season.", [("the last month", "2023-04", "", "")]),
])
def test_one_date_fact_per_relative_expression(rulebook, text, expected):
    document = with_date(make_document("a.md", text)[0])
    facts = list(dates.extract(document, rulebook.lexicon))
    assert [(f.text, f.value, f.attr("relative"), f.attr("shift")) for f in facts] == expected
