"""Anchoring of relative temporal expressions to a document date, including clause tense."""
from __future__ import annotations

import datetime as dt
import enum
import functools

import regex


class Tense(enum.IntEnum):
    PAST = -1
    NONE = 0
    FUTURE = 1


# Markers that make a clause refer forward from the document date.
_FUTURE = regex.compile(
    r"(?i)\b(?:will|shall|won't|'ll|going\s+to|expects?\s+to|expected\s+to|scheduled|slated|"
    r"plans?\s+to|planning|intends?\s+to|is\s+to|are\s+to|upcoming|next(?!\s+to\b)|"
    r"coming(?!\s+(?:from|out|back|in|up|to|under)\b)|tomorrow|would|"
    r"as\s+soon\s+as|set\s+to|"
    r"would\s+be\s+held|to\s+be\s+held|to\s+begin|to\s+start|to\s+meet|to\s+vote|due\s+to\s+\w+)\b|'ll\b")
_PAST = regex.compile(
    r"(?i)\b(?:said|told|was|were|had|did|ago|last|yesterday|earlier|came|went|made|took|gave|met|"
    r"fell|rose|sold|bought|won|lost|began|left|held|paid|cut|hit|ran|saw|got|became|thought|"
    r"brought|spoke|wrote|struck|fought|led|found|kept|sent|spent|built|broke|chose|fled|flew|"
    r"grew|knew|meant|stood|threw|wore|sank|shot|slid|swore|tore|woke|arrived|\w{3,}ed)\b")
_NOT_PAST = {"expected", "scheduled", "planned", "set", "proposed", "needed", "based", "related",
             "interested", "concerned", "supposed", "limited", "united", "red", "need", "feed",
             "speed", "indeed", "proceed", "succeed", "exceed", "seed", "breed", "hundred"}
_PAST_PLAN = regex.compile(r"(?i)\b(?:had|had\s+been|was|were)\s+$")
_PASSIVE = regex.compile(r"(?i)\b(?:be|been|being)\s+$")
_SENT_BREAK = regex.compile(r"[.!?;:][\"'`’”]*\s+(?=[\"'`A-Z])|\n")


@functools.lru_cache(maxsize=256)
def _markers(text: str, lo: int, hi: int) -> tuple[tuple[int, int, Tense], ...]:
    """Tense markers of one sentence (cached: several timexes share a sentence)."""
    out = []
    for m in _FUTURE.finditer(text, lo, hi):
        # "had been scheduled to", "was due to": a plan reported in the past
        past = _PAST_PLAN.search(text[max(lo, m.start() - 12):m.start()])
        out.append((m.start(), m.end(), Tense.PAST if past else Tense.FUTURE))
    for m in _PAST.finditer(text, lo, hi):
        if m.group().lower() in _NOT_PAST or _PASSIVE.search(text[max(lo, m.start() - 8):m.start()]):
            continue  # "will be held": a participle, not a past tense
        out.append((m.start(), m.end(), Tense.PAST))
    return tuple(out)


def clause_tense(text: str, start: int, end: int) -> Tense:
    """Tense of the sentence around text[start:end]: the nearest tense marker wins."""
    lo = max(0, start - 160)
    breaks = list(_SENT_BREAK.finditer(text, lo, start))
    if breaks:
        lo = breaks[-1].end()
    b = _SENT_BREAK.search(text, end, min(len(text), end + 160))
    hi = b.start() if b else min(len(text), end + 160)
    best: tuple[int, Tense] | None = None
    for ms, me, tense in _markers(text, lo, hi):
        if start <= ms < end:
            continue
        # Markers before the expression govern it more often than ones after it.
        dist = start - me if me <= start else ms - end + 15
        if best is None or dist < best[0]:
            best = (dist, tense)
    return best[1] if best else Tense.NONE


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


NONE_FUTURE_DAYS = 60


def month_day_year(dct: dt.date, m: int, d: int, tense: Tense) -> int:
    """Year of 'Month D' without a year: the nearest one, biased by the clause tense."""
    best: tuple[int, int] | None = None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        cand = _safe_date(y, m, d) or _safe_date(y, m, 28)
        assert cand is not None
        delta = (cand - dct).days
        cost = abs(delta)
        if (tense is Tense.PAST and delta > 0) or (tense is Tense.FUTURE and delta < 0):
            cost += 120
        elif tense is Tense.NONE and delta > 0:
            cost += NONE_FUTURE_DAYS  # news mostly reports the past
        if best is None or cost < best[0]:
            best = (cost, y)
    assert best is not None
    return best[1]


def month_year(dct: dt.date, m: int, tense: Tense) -> int:
    """Year of a bare month name: the nearest occurrence, biased by the clause tense."""
    best: tuple[int, int] | None = None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        delta = (y * 12 + m) - (dct.year * 12 + dct.month)
        cost = abs(delta)
        if (tense is Tense.PAST and delta > 0) or (tense is Tense.FUTURE and delta < 0):
            cost += 4
        if best is None or cost < best[0]:
            best = (cost, y)
    assert best is not None
    return best[1]


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
    """Value of a point n units from dct (negative = past), at the unit's granularity."""
    k = int(n)
    if k != n:
        return None
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
