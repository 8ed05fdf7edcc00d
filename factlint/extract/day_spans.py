"""Spans of days named by their ends ("from Monday to Thursday", "from June 3 to 7"): how many days they cover."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterator

import regex

from factlint import lazyre

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_WEEKDAY = rf"(?:{'|'.join(WEEKDAYS)})"
# A dot only after an abbreviation: "June." ends a sentence.
_MONTH = r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|" \
         r"sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_TO = r"\s+(?:to|until|till|through|thru)\s+"
_SPAN = lazyre.compile(
    rf"\bfrom\s+(?:(?P<w1>{_WEEKDAY})(?:,?\s+(?P<wm1>{_MONTH})\s+(?P<wd1>{_DAY}))?{_TO}(?P<w2>{_WEEKDAY})"
    rf"(?:,?\s+(?P<wm2>{_MONTH})\s+(?P<wd2>{_DAY}))?\b"
    rf"|(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_TO}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})\b"
    rf"|(?P<e1>{_DAY})(?:\s+(?P<n1>{_MONTH}))?{_TO}(?P<e2>{_DAY})\s+(?P<n2>{_MONTH})(?!\w))",
    regex.I,
)
# Longer spans named by weekdays alone are ambiguous (which week?); by dates, a span of months is no event's length.
_MAX_DAYS = 31


@dataclass(frozen=True)
class DaySpan:
    """A span of days in the text and the days it covers, counting both ends."""

    start: int
    end: int
    days: int


def _month(word: str | None) -> int | None:
    if not word:
        return None
    key = word.rstrip(".").lower()[:3]
    return next((i + 1 for i, m in enumerate(MONTHS) if m.startswith(key)), None)


def _day(word: str) -> int:
    return int(regex.match(r"\d+", word).group())


def _between(m1: int, d1: int, m2: int, d2: int) -> int | None:
    """Days from one month-day to a later one, both counted (across a new year when the second is earlier)."""
    try:
        first = dt.date(2001, m1, d1)
        second = dt.date(2001 if (m2, d2) >= (m1, d1) else 2002, m2, d2)
    except ValueError:
        return None
    return (second - first).days + 1


def day_spans(text: str, start: int = 0) -> Iterator[DaySpan]:
    """Every "from X to Y" span of weekdays or dates in text[start:], with the days it covers."""
    for match in _SPAN.finditer(text, start):
        days: int | None
        if match["w1"]:
            if match["wm1"] and match["wm2"]:
                days = _between(_month(match["wm1"]), _day(match["wd1"]), _month(match["wm2"]), _day(match["wd2"]))
            else:
                days = (WEEKDAYS.index(match["w2"].lower()) - WEEKDAYS.index(match["w1"].lower())) % 7 + 1
        elif match["m1"]:
            m1 = _month(match["m1"])
            days = _between(m1, _day(match["d1"]), _month(match["m2"]) or m1, _day(match["d2"]))
        else:
            m2 = _month(match["n2"])
            days = _between(_month(match["n1"]) or m2, _day(match["e1"]), m2, _day(match["e2"]))
        if days and 1 < days <= _MAX_DAYS:
            yield DaySpan(match.start(), match.end(), days)
