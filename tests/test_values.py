"""Value intervals: numbers with qualifiers, durations in days, and calendar dates at any granularity."""

from __future__ import annotations

import pytest

from factlint.check.values import compatible, date_interval
from factlint.model import Fact, FactKind, Span


def fact(kind: FactKind, value: str) -> Fact:
    return Fact(kind, Span("a", 0, 1, 1, 1, 1, 2), value, value)


@pytest.mark.parametrize("a, b, agree", [
    ("2014-06-29", "2014-06-29", True),
    ("2014-06-29", "2014-07-29", False),
    ("2014-06", "2014-06-29", True),
    ("2014", "2014-06-29", True),
    ("2013", "2014-06-29", False),
    ("XXXX-WXX-4", "2014-06-29", True),
    ("PAST_REF", "2014-06-29", True),
])
def test_dates(a, b, agree):
    assert compatible(fact(FactKind.DATE, a), fact(FactKind.DATE, b)) is agree


@pytest.mark.parametrize("value, days", [("2023-05-04", 1), ("2023-02", 28), ("2024-02", 29), ("2023", 365), ("2023-12", 31)])
def test_date_interval_length(value, days):
    low, high = date_interval(value)
    assert high - low + 1 == days


def test_unresolved_date_has_no_interval():
    assert date_interval("XXXX-05-04") is None


@pytest.mark.parametrize("inferred, other, agree", [
    ("2015-06-29", "2014-06", True),
    ("2015-07", "2014-06", False),
    ("2015-06-29", "2012-06", False),
])
def test_a_guessed_year_may_be_any_nearby_year(inferred, other, agree):
    guessed = Fact(FactKind.DATE, Span("a", 0, 1, 1, 1, 1, 2), inferred, inferred, attrs=(("year", "inferred"),))
    assert compatible(guessed, fact(FactKind.DATE, other)) is agree


@pytest.mark.parametrize("anchored, other, agree", [
    ("2016-08-15", "2016-08-16", True),    # "today" in a story filed after midnight
    ("2016-08-15", "2016-08-14", True),
    ("2016-08-15", "2016-08-17", False),   # two days off is a real disagreement
    ("2016-08", "2016-09-01", False),      # only a day is widened, never a month
])
def test_a_day_found_from_the_article_date_may_be_a_day_off(anchored, other, agree):
    relative = Fact(FactKind.DATE, Span("a", 0, 1, 1, 1, 1, 2), "today", anchored, attrs=(("anchored", "yes"),))
    assert compatible(relative, fact(FactKind.DATE, other)) is agree
    assert compatible(fact(FactKind.DATE, anchored), fact(FactKind.DATE, other)) is (anchored == other)
