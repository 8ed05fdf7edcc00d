"""Relative times that depend on when the article was written: which words name one ("yesterday", "last month", "earlier this year") and its unit and shift."""

from __future__ import annotations

import regex

from factlint import lazyre

_SHIFT = {"last": -1, "previous": -1, "this": 0, "earlier this": 0, "later this": 0, "next": 1}
_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# "the last month of the season" and "over the past month" are spans of time, not a named month.
_RELATIVE = lazyre.compile(
    r"(?<!\bthe\s)(?<!\bthat\s)\b(?:(?P<which>earlier\s+this|later\s+this|last|this|next)\s+(?P<unit>week|month|year)"
    r"|(?P<day>yesterday|today|tonight|tomorrow))\b(?![-\s]+(?:long|old)\b)",
    regex.I,
)
# "the day before yesterday", "a week after next month": another time, counted from the relative one.
_COUNTED_FROM = lazyre.compile(r"(?i)\b(?:before|after|from|since)\b")


def relative_time(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(unit, shift) when text[start:end] names a day, week, month or year relative to the article date.

    The expression may carry a modifier or a time of day around the relative words ("late
    last week", "yesterday morning"), but not a count from them ("the day before yesterday")."""
    match = _RELATIVE.search(text, start)
    if match is None or match.end() > end or _COUNTED_FROM.search(text, start, match.start()):
        return None
    if match.group("day"):
        return "day", _DAYS[match.group("day").lower()]
    which = " ".join(match.group("which").lower().split())
    return match.group("unit").lower(), _SHIFT[which]
