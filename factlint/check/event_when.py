"""When an event statement's time falls, for `event-time`: a written time as written; a relative one ("Friday",
"yesterday", "last month") resolved against its own article's date, as the days it may mean were that date one day
off (a web date against a print date, a late posting, a time zone), and whether that resolution is certain enough to
contradict another; and whether two statements' times can be one occasion of their story."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from factlint import lazyre
from factlint.extract.timex.resolve import date_interval
from factlint.model import Document, Fact

# Modifiers that make a time approximate or open ("more than two weeks ago", "about a year ago"): no one day.
_APPROXIMATE = frozenset("APPROX LESS_THAN MORE_THAN EQUAL_OR_MORE EQUAL_OR_LESS BEFORE AFTER".split())
# Words that count a time from another time of the text, not from the article's date ("the following day", "the
# previous Friday", "that day", "two days later"): its resolution against the article's date is a guess.
_ANAPHORIC = lazyre.compile(r"(?i)\b(?:the|that|same|following|previous|later|after|before|earlier)\b")
_THIS = lazyre.compile(r"(?i)\bthis\b")
# A weekday resolved this many days from its article's date or fewer, but not on it, is the same day were that date
# a day off either way; on the article's own weekday ("Monday" in a Monday article: today, or a week ago) or six days
# away it is not.
_WEEKDAY_SAFE = range(1, 6)
# Parts of the day at the ends of a day: "late Friday night" and "early Saturday" may be one moment.
_LATE = frozenset({"END"})
_EARLY = frozenset({"START"})


class Agreement(enum.Enum):
    """Whether two times of one event can be one time: they meet, they cannot meet, or it cannot be told."""

    AGREE = "agree"
    DISAGREE = "disagree"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class When:
    """A time statement resolved: the days it may mean (ordinals, `lo` to `hi`; None when unresolved), the weekday its
    words name (1 = Monday), whether it is written or relative, whether its resolution is certain, and whether it
    ends or opens its day ("late Friday", "early Saturday")."""

    lo: int | None
    hi: int | None
    weekday: int | None
    relative: bool
    certain: bool
    late: bool = False
    early: bool = False

    @property
    def day(self) -> bool:
        """Whether it names one day (not a month or a year)."""
        return self.lo is not None and self.lo == self.hi


def when(fact: Fact, doc: Document | None) -> When:
    """The time a date or time fact states, resolved against its article's date (see the module's docstring)."""
    days = date_interval(fact.value)
    lo, hi = (int(days[0]), int(days[1])) if days else (None, None)
    weekday = int(fact.attr("weekday")) if fact.attr("weekday").isdigit() else None
    mod = fact.attr("mod")
    late = mod in _LATE or fact.value.endswith(("TNI", "TEV"))
    early = mod in _EARLY or fact.value.endswith("TMO")
    if weekday is None and lo is not None and lo == hi and not fact.attr("anchored"):
        weekday = dt.date.fromordinal(lo).isoweekday()  # a written day names its weekday too
    if not fact.attr("anchored"):
        return When(lo, hi, weekday, False, mod not in _APPROXIMATE, late, early)
    dct = doc.date if doc is not None else None
    if lo is None or dct is None:
        return When(None, None, weekday, True, False, late, early)
    words = fact.text
    anaphoric = _ANAPHORIC.search(words) is not None and _THIS.search(words) is None
    if mod in _APPROXIMATE or anaphoric:
        return When(lo, hi, weekday, True, False, late, early)
    if fact.attr("year") == "inferred":
        return When(lo, hi, weekday, True, True, late, early)  # month and day written; only the year is read
    distance = abs(lo - dct.toordinal())
    if weekday is not None:
        if distance in _WEEKDAY_SAFE:
            return When(lo, hi, weekday, True, True, late, early)
        return When(lo - 7, hi + 7, weekday, True, False, late, early)
    unit = fact.attr("relative")
    if unit == "day":  # "today", "yesterday": moves with the article's date, so may mean the day either side
        return When(lo - 1, hi + 1, None, True, True, late, early)
    if unit in ("week", "month", "year"):
        return When(lo, hi, None, True, _same_period(unit, dct), late, early)
    return When(lo - 1, hi + 1, None, True, False, late, early)  # "two weeks ago" and the like: a rough count


def _same_period(unit: str, dct: dt.date) -> bool:
    """Whether the article's date a day either way lies in the same week, month or year (so "last month" means one
    month whichever of the three days the article was written)."""
    def period(day: dt.date) -> tuple[int, ...]:
        return {"week": day.isocalendar()[:2], "month": (day.year, day.month), "year": (day.year,)}[unit]
    one_day = dt.timedelta(days=1)
    return period(dct - one_day) == period(dct) == period(dct + one_day)


def compare(a: When, b: When) -> Agreement:
    """Whether two times can be one: two weekday names (resolved or not) differ or not, unless one is late on a day
    and the other early the next; resolved times meet, or cannot meet when both resolutions are certain; a weekday
    name with an unresolved one agrees when the names are one."""
    if _across_midnight(a, b) or _across_midnight(b, a):
        return Agreement.AGREE
    if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
        return Agreement.DISAGREE
    if a.lo is None or b.lo is None or a.hi is None or b.hi is None:
        return Agreement.AGREE if a.weekday is not None and a.weekday == b.weekday else Agreement.UNKNOWN
    if a.lo <= b.hi and b.lo <= a.hi:
        return Agreement.AGREE
    return Agreement.DISAGREE if a.certain and b.certain else Agreement.UNKNOWN


def _across_midnight(first: When, then: When) -> bool:
    """Whether `first` ends a day and `then` opens the next ("late Friday night", "early Saturday")."""
    if not (first.late and then.early):
        return False
    if first.day and then.day and first.lo is not None and then.lo is not None:
        return then.lo - first.lo == 1
    return first.weekday is not None and then.weekday is not None and then.weekday - first.weekday in (1, -6)
