"""Anchoring of relative temporal expressions to a document date: calendar arithmetic (months, quarters, ISO
weeks, weekdays, shifts by a unit) and the year a month, day or quarter falls in, given the clause's tense (see
tense.py)."""
from __future__ import annotations

import datetime as dt

from factlint import lazyre
from factlint.extract.timex.tense import Tense


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def add_quarters(y: int, q: int, k: int) -> tuple[int, int]:
    idx = y * 4 + (q - 1) + k
    return idx // 4, idx % 4 + 1


def weekday_date(dct: dt.date, wd: int, tense: Tense, strict: bool = False) -> dt.date:
    """The weekday wd (1=Mon) nearest dct in the clause's direction (past by default).

    strict=True excludes dct itself ("last Tuesday", "next Tuesday")."""
    diff = wd - dct.isoweekday()
    if tense is Tense.FUTURE:
        diff = diff % 7
        if strict and diff == 0:
            diff = 7
        return dct + dt.timedelta(days=diff)
    diff = -((-diff) % 7)
    if strict and diff == 0:
        diff = -7
    return dct + dt.timedelta(days=diff)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# News mostly reports the past: with no tense to go by, a future reading must be this much nearer.
NONE_FUTURE_DAYS = 60
# A future clause may still name a past date ("will appeal the March 3 ruling"), if it is near.
_FUTURE_BACK_DAYS = 120


def last_day(y: int, m: int) -> dt.date:
    """The last day of month m of year y."""
    return dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)


def period_year(dct: dt.date, m: int, d: int | None, tense: Tense, months: int = 1) -> int:
    """Year of 'June 29' (d given) or 'June' (d None) written without one, read against dct.

    A past clause takes the latest such period that began on or before dct: a past tense
    never sends a date after the article date.  A future clause prefers one that ends on or
    after dct ("will appeal the March 3 ruling" may still look back).  With no tense the
    nearest wins, a future one only when NONE_FUTURE_DAYS nearer.  months > 1 makes the period
    that many months long from month m (a quarter, a half)."""
    best: tuple[int, int] | None = None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        first = _safe_date(y, m, d or 1) or _safe_date(y, m, 28)
        assert first is not None
        last = first if d else last_day(*add_months(y, m, months - 1))  # a quarter: months=3
        if tense is Tense.PAST and first > dct:
            continue
        if first > dct:
            cost = (first - dct).days + (NONE_FUTURE_DAYS if tense is Tense.NONE else 0)
        else:
            cost = max(0, (dct - last).days) + (_FUTURE_BACK_DAYS if tense is Tense.FUTURE and last < dct else 0)
        if best is None or cost < best[0]:
            best = (cost, y)
    assert best is not None  # the year before dct always qualifies
    return best[1]


def month_day_year(dct: dt.date, m: int, d: int, tense: Tense) -> int:
    """Year of 'Month D' without a year (see period_year)."""
    return period_year(dct, m, d, tense)


def quarter_year(dct: dt.date, n: int, tense: Tense, months: int = 3) -> int:
    """Year of 'the fourth quarter' (months=3) or 'the second half' (months=6) without one."""
    return period_year(dct, (n - 1) * months + 1, None, tense, months)


def month_year(dct: dt.date, m: int, tense: Tense) -> int:
    """Year of a bare month name (see period_year)."""
    return period_year(dct, m, None, tense)


def weekend(dct: dt.date, tense: Tense, offset: int = 0) -> str:
    """ISO week value of 'the weekend': the current or latest one, the next one in future clauses."""
    wd = dct.isoweekday()
    if wd >= 6:
        sat = dct - dt.timedelta(days=wd - 6)
    elif tense is Tense.FUTURE:
        sat = dct + dt.timedelta(days=6 - wd)
    else:
        sat = dct - dt.timedelta(days=wd + 1)
    sat += dt.timedelta(weeks=offset)
    return iso_week(sat) + "-WE"


def shift_value(dct: dt.date, unit: str, n: float) -> str | None:
    """Value of a point n units from dct (negative = past), at the unit's granularity; None beyond the calendar
    ("a million days ago")."""
    k = int(n)
    if k != n or abs(k) > _MAX_SHIFT.get(unit, 9999):
        return None
    try:
        value = _shifted(dct, unit, k)
    except (OverflowError, ValueError):
        return None
    return value if value is None or value[:1].isdigit() else None


# Shifts beyond these (in each unit) leave the years 1-9999 a calendar date can hold.
_MAX_SHIFT = {"day": 3_000_000, "night": 3_000_000, "week": 450_000, "month": 100_000, "quarter": 30_000,
              "year": 8_000, "decade": 800}


def _shifted(dct: dt.date, unit: str, k: int) -> str | None:
    if unit in ("day", "night"):
        return (dct + dt.timedelta(days=k)).isoformat()
    if unit == "week":
        return (dct + dt.timedelta(weeks=k)).isoformat()
    if unit == "month":
        y, m = add_months(dct.year, dct.month, k)
        return f"{y:04d}-{m:02d}"
    if unit == "quarter":
        y, q = add_quarters(*quarter(dct), k)
        return f"{y:04d}-Q{q}"
    if unit == "year":
        return f"{dct.year + k:04d}"
    if unit == "decade":
        return f"{(dct.year + 10 * k) // 10:03d}"
    return None


_ISO_DAY = lazyre.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_interval(value: str) -> tuple[float, float] | None:
    """The days (as ordinals) a calendar value covers: a day, a month or a year; None if unresolved."""
    match = _ISO_DAY.match(value[:10])
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day:
            ordinal = dt.date(year, month, day).toordinal()
            return (ordinal, ordinal)
        if month:
            first = dt.date(year, month, 1)
            last = last_day(year, month)
            return (first.toordinal(), last.toordinal())
        return (dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal())
    except ValueError:
        return None
