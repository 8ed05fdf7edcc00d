"""Times of event statements resolved against their own article's date, and whether two can be one (event_when)."""

from __future__ import annotations

import datetime as dt

import pytest

from factlint.check.event_when import Agreement, When, compare, when
from factlint.model import Document, Fact, FactKind, Span

WEDNESDAY = dt.date(2016, 10, 26)


def fact(text: str, value: str, **attrs: str) -> Fact:
    return Fact(FactKind.DATE, Span("a.md", 0, len(text), 1, 1, 1, len(text) + 1), text, value,
                attrs=tuple(attrs.items()))


def document(date: dt.date | None) -> Document:
    return Document("a.md", "", (0,), date=date)


def day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


@pytest.mark.parametrize("text, value, attrs, date, days, certain", [
    # A written day is itself, certain.
    ("Oct. 21, 2016", "2016-10-21", {}, WEDNESDAY, ("2016-10-21", "2016-10-21"), True),
    # A weekday one to five days from its article's date is that day whatever a day's error in the date.
    ("Friday", "2016-10-21", {"weekday": "5", "anchored": "yes"}, WEDNESDAY, ("2016-10-21", "2016-10-21"), True),
    # On the article's own weekday it may be today or a week off.
    ("Wednesday", "2016-10-26", {"weekday": "3", "anchored": "yes"}, WEDNESDAY, ("2016-10-19", "2016-11-02"),
     False),
    # "Today", "yesterday": certain to a day either side of the article's date.
    ("yesterday", "2016-10-25", {"relative": "day", "shift": "-1", "anchored": "yes"}, WEDNESDAY,
     ("2016-10-24", "2016-10-26"), True),
    # "Last month" mid-month: one month; on the first of a month it may be the month before.
    ("last month", "2016-09", {"relative": "month", "shift": "-1", "anchored": "yes"}, WEDNESDAY,
     ("2016-09-01", "2016-09-30"), True),
    ("last month", "2016-09", {"relative": "month", "shift": "-1", "anchored": "yes"}, dt.date(2016, 10, 1),
     ("2016-09-01", "2016-09-30"), False),
    # Counted from another time of the text, or approximate: a guess.
    ("the following day", "2016-10-27", {"anchored": "yes"}, WEDNESDAY, ("2016-10-27", "2016-10-27"), False),
    ("more than two weeks ago", "2016-10-12", {"anchored": "yes", "mod": "MORE_THAN"}, WEDNESDAY,
     ("2016-10-12", "2016-10-12"), False),
    # A month and day with the year read from the article's date.
    ("Oct. 21", "2016-10-21", {"anchored": "yes", "year": "inferred"}, WEDNESDAY, ("2016-10-21", "2016-10-21"), True),
])
def test_when(text, value, attrs, date, days, certain):
    found = when(fact(text, value, **attrs), document(date))
    assert (found.lo, found.hi, found.certain) == (day(days[0]), day(days[1]), certain)


def test_undated_weekday_keeps_its_name():
    found = when(fact("Friday", "XXXX-WXX-5", weekday="5", anchored="yes"), document(None))
    assert (found.lo, found.weekday, found.certain) == (None, 5, False)


def at(first: str, last: str | None = None, weekday: int | None = None, certain: bool = True, **flags: bool) -> When:
    return When(day(first), day(last or first), weekday, True, certain, **flags)


@pytest.mark.parametrize("a, b, expected", [
    (at("2016-10-21", weekday=5), at("2016-10-21", weekday=5), Agreement.AGREE),
    # Two weekday names are two days, resolved or not.
    (at("2016-10-21", weekday=5), at("2016-10-22", weekday=6, certain=False), Agreement.DISAGREE),
    (When(None, None, 5, True, False), When(None, None, 6, True, False), Agreement.DISAGREE),
    (When(None, None, 5, True, False), When(None, None, 5, True, False), Agreement.AGREE),
    # Late one day and early the next may be one moment; early and early are not.
    (at("2016-10-21", weekday=5, late=True), at("2016-10-22", weekday=6, early=True), Agreement.AGREE),
    (at("2016-10-21", weekday=5, early=True), at("2016-10-22", weekday=6, early=True), Agreement.DISAGREE),
    # Resolutions that do not meet contradict only when both are certain.
    (at("2016-10-24", "2016-10-26"), at("2016-10-21"), Agreement.DISAGREE),
    (at("2016-10-27", certain=False), at("2016-10-21"), Agreement.UNKNOWN),
    (at("2016-10-25", "2016-10-27"), at("2016-10-26", "2016-10-28"), Agreement.AGREE),
])
def test_compare(a, b, expected):
    assert compare(a, b) is expected and compare(b, a) is expected
