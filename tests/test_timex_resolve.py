"""Tests of anchoring underspecified dates to the article date (factlint.extract.timex.resolve)."""
from __future__ import annotations

import datetime as dt

import pytest

from factlint.extract.timex import resolve as R
from factlint.extract.timex.tense import Tense
from factlint.extract.timex import find_timexes

PAST, NONE, FUTURE = Tense.PAST, Tense.NONE, Tense.FUTURE
APRIL_8 = dt.date(2015, 4, 8)


@pytest.mark.parametrize("dct, month, day, tense, year", [
    # a past clause never sends a date after the article date, however near the next one is
    (APRIL_8, 6, 29, PAST, 2014),
    (APRIL_8, 4, 9, PAST, 2014),
    (APRIL_8, 4, 8, PAST, 2015),
    (APRIL_8, 3, 30, PAST, 2015),
    (dt.date(2015, 1, 2), 12, 30, PAST, 2014),
    # a future clause looks ahead, but a date just gone may still be meant
    (APRIL_8, 6, 29, FUTURE, 2015),
    (APRIL_8, 3, 30, FUTURE, 2015),
    (APRIL_8, 1, 2, FUTURE, 2015),  # 96 days gone is nearer than 269 days ahead
    (dt.date(2015, 12, 20), 1, 5, FUTURE, 2016),
    # no tense: the nearest, a future one only when clearly nearer
    (APRIL_8, 6, 29, NONE, 2015),
    (APRIL_8, 9, 29, NONE, 2014),
    (dt.date(2015, 12, 20), 1, 5, NONE, 2016),
    (APRIL_8, 2, 29, PAST, 2015),  # no February 29 in 2015: the month still places it
])
def test_month_day_year(dct: dt.date, month: int, day: int, tense: Tense, year: int) -> None:
    assert R.month_day_year(dct, month, day, tense) == year


@pytest.mark.parametrize("dct, month, tense, year", [
    (APRIL_8, 6, PAST, 2014),
    (APRIL_8, 4, PAST, 2015),  # the current month has begun
    (APRIL_8, 3, PAST, 2015),
    (APRIL_8, 6, FUTURE, 2015),
    (APRIL_8, 4, FUTURE, 2015),
    (APRIL_8, 3, FUTURE, 2015),  # just gone: nearer than next year's
    (dt.date(2015, 12, 20), 2, FUTURE, 2016),
    (APRIL_8, 5, NONE, 2015),
    (APRIL_8, 10, NONE, 2014),
])
def test_month_year(dct: dt.date, month: int, tense: Tense, year: int) -> None:
    assert R.month_year(dct, month, tense) == year


@pytest.mark.parametrize("dct, n, tense, months, year", [
    # a quarter is placed like a month: a past clause never sends it ahead of the article date
    (APRIL_8, 3, PAST, 3, 2014),
    (APRIL_8, 1, PAST, 3, 2015),
    (APRIL_8, 1, FUTURE, 3, 2015),  # just ended: still nearer than next year's
    (APRIL_8, 3, FUTURE, 3, 2015),
    # no tense: the next quarter when it starts soon, else last year's
    (dt.date(2015, 8, 19), 4, NONE, 3, 2015),
    (APRIL_8, 4, NONE, 3, 2014),
    (dt.date(2015, 5, 20), 2, NONE, 6, 2015),  # the second half, six weeks ahead
    (APRIL_8, 2, NONE, 6, 2014),  # ... nearly three months ahead: last year's, just over
])
def test_quarter_year(dct: dt.date, n: int, tense: Tense, months: int, year: int) -> None:
    assert R.quarter_year(dct, n, tense, months) == year


@pytest.mark.parametrize("text, span, value", [
    ("The man was killed in a shooting on June 29.", "June 29", "2014-06-29"),
    ("A gunman opened fire on Bourbon Street on June 29, police said.", "June 29", "2014-06-29"),
    ("Police arrested two suspects in June.", "June", "2014-06"),
    ("The trial will open on June 29.", "June 29", "2015-06-29"),
    ("The offer was extended until June 29.", "June 29", "2015-06-29"),
    ("The festival drew crowds on March 30.", "March 30", "2015-03-30"),
    ("Albright has invited the ministers to a ceremony on May 12.", "May 12", "2015-05-12"),
])
def test_past_clause_never_after_the_article_date(text: str, span: str, value: str) -> None:
    found = [t for t in find_timexes(text, APRIL_8) if t.text == span]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize("unit, n", [
    ("week", -500_000), ("day", -9_000_000), ("week", 10**12), ("month", -10**7), ("year", -20_000), ("decade", 5_000),
])
def test_shift_off_the_calendar_has_no_value(unit, n):
    assert R.shift_value(dt.date(2023, 5, 4), unit, n) is None


@pytest.mark.parametrize("text", [
    "It happened 500000 weeks ago.", "Some 9000000 days ago it rained.", "It was 20000 years ago.",
    "99999999999 days later they met.", "The week of February 30 was busy.", "Three million weeks ago, in 2023,",
])
def test_huge_or_impossible_dates_never_raise(text):
    for timex in find_timexes(text, dt.date(2023, 5, 4)):
        assert 0 <= timex.start < timex.end <= len(text)
