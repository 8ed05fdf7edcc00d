"""Temporal expression tagging (TIMEX3 spans, types and normalised values) for news text.

``find_timexes(text, dct)`` returns the temporal expressions of ``text`` with TimeML
TIMEX3 types and values, resolving relative expressions ("yesterday", "last week",
"Thursday", "March 15") against the document creation date ``dct``.  When ``dct`` is
None relative expressions are still found but keep X placeholders ("XXXX-05-04",
"XXXX-XX-XX"); the wall clock is never consulted, so the output is deterministic.

Conventions follow the TimeBank annotations: ages ("a 15-year-old") are not tagged,
since TimeBank does not annotate them; "now"/"currently" are PRESENT_REF, "recently"
PAST_REF, "the future" FUTURE_REF; vague durations keep X ("several months" -> PXM).
"""
from __future__ import annotations

import datetime as dt
import enum
import functools
from dataclasses import dataclass

import regex

from factlint import lazyre
from factlint.extract.spans import Coverage, FixedSpans
from factlint.extract.timex import resolve as R
from factlint.extract.timex.grammar import DAY, MONTH, MONTH_D, YEAR4, full_case, month_number, ordinal_value
from factlint.extract.timex.patterns import blockers, rule_windows, rules, trigger_tokens
from factlint.extract.timex.rules import Ctx, Defer, Hit

__all__ = ["Timex", "TimexType", "find_timexes", "infer_dct"]


class TimexType(enum.Enum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass(frozen=True)
class Timex:
    """One temporal expression: text[start:end] (end exclusive), its TIMEX3 type and value.

    ``anchored`` is True when the value was computed from the document date (or keeps
    X placeholders for lack of one); ``mod`` is the TIMEX3 mod (START, END, MID,
    APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS, BEFORE, AFTER) or "".
    """

    start: int
    end: int
    type: TimexType
    value: str
    text: str
    anchored: bool
    mod: str = ""


# Discourse window: a quarter named this close before "a year ago" is what it refers to.
_QUARTER_WINDOW = 600
_QUARTER_VALUE = lazyre.compile(r"\d{4}-Q\d")
# "the day", "in the morning", "at 6 p.m.": the day named at most this far before (3-4 news sentences).
_DAY_WINDOW = 600
_DAY_VALUE = lazyre.compile(r"\d{4}-\d\d-\d\d")
_MONTH_VALUE = lazyre.compile(r"\d{4}-\d\d")
_WEEK_OF = lazyre.compile(r"(?i)\bthe\s+week\s+of\s+$")
# "the following year", "that day": the date named at most this far before.
_SHIFT_WINDOW = _DAY_WINDOW
_DATE_PREFIX = lazyre.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?(?=$|T)")


def _shift(anchor: str, shift: tuple[str, int]) -> str | None:
    """anchor ('1995', '1995-03' or '1995-03-14') moved shift[1] units of shift[0]; None if too coarse or off
    the calendar.

    Units prev_wd / next_wd move to the weekday shift[1] strictly before / after the anchor day."""
    try:
        return _shifted(anchor, shift)
    except (OverflowError, ValueError):
        return None


def _shifted(anchor: str, shift: tuple[str, int]) -> str | None:
    unit, k = shift
    parts = [int(p) for p in anchor.split("-")]
    if unit == "year":
        return f"{parts[0] + k:04d}"
    if unit == "month" and len(parts) >= 2:
        y, mo = R.add_months(parts[0], parts[1], k)
        return f"{y:04d}-{mo:02d}"
    if unit in ("prev_wd", "next_wd") and len(parts) == 3:  # k is the weekday (1 = Monday)
        d = dt.date(*parts)
        gap = ((d.isoweekday() - k) % 7 or 7) if unit == "prev_wd" else -((k - d.isoweekday()) % 7 or 7)
        return (d - dt.timedelta(days=gap)).isoformat()
    if unit in ("day", "week") and len(parts) == 3:
        d = dt.date(*parts)
        return (d + dt.timedelta(days=k)).isoformat() if unit == "day" else R.iso_week(d + dt.timedelta(weeks=k))
    return None


def _scan(text: str, dct: dt.date | None) -> list[tuple[int, int, int, Hit]]:
    """Run every rule near its trigger tokens; keep the longest non-overlapping hits."""
    ctx = Ctx(text, dct)
    tokens = trigger_tokens(text)
    full = full_case(text)
    blocked = FixedSpans((m.start(), m.end()) for b in blockers(full) for ws, we in rule_windows(b, text, tokens)
                         for m in b.pattern.finditer(text, ws, we))
    cands: list[tuple[int, int, int, Hit]] = []
    matches = ((rule, m) for rule in rules(full) for ws, we in rule_windows(rule, text, tokens)
               for m in rule.pattern.finditer(text, ws, we))
    for rule, m in matches:
        try:
            hit = rule.handler(m, ctx)
        except (OverflowError, ValueError):
            continue  # arithmetic off the calendar ("a million weeks ago"): no value to give
        if hit is None or not hit.value:
            continue
        s = m.start() if hit.start is None else hit.start
        e = m.end() if hit.end is None else hit.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in " \t\n,":
            e -= 1
        if s >= e or "\n" in text[s:e] or blocked.overlaps(s, e):
            continue  # timexes never run across a line break (headline, dateline)
        cands.append((s, e, rule.priority, hit))
    # Longest match wins; on equal length the rule listed first wins.
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, int, Hit]] = []
    # A mark per character: a sorted list of the spans taken cost a shift of all later ones per insert, quadratic
    # in an article's timexes.
    spans = Coverage(len(text))
    for c in cands:
        if not spans.overlaps(c[0], c[1]):
            spans.add(c[0], c[1])
            taken.append(c)
    taken.sort(key=lambda c: c[0])
    return taken


def _resolve_discourse(text: str, taken: list[tuple[int, int, int, Hit]],
                       dct: dt.date | None) -> list[tuple[int, int, Hit]]:
    """Anchor 'the quarter', 'a year ago', 'the day', 'the following year' on the period last mentioned (TimeML practice)."""
    out: list[tuple[int, int, Hit]] = []
    last_q: tuple[int, str] | None = None  # (end offset, "YYYY-Qn")
    last_done_q: str | None = None  # the last quarter named that had ended by the DCT
    done = "%04d-Q%d" % R.add_quarters(*R.quarter(dct), -1) if dct else ""
    last_day: tuple[int, str] | None = None  # (end offset, "YYYY-MM-DD")
    last_m: tuple[int, str] | None = None  # (end offset, "YYYY-MM")
    last_date: tuple[int, str] | None = None  # (end offset, "YYYY", "YYYY-MM" or "YYYY-MM-DD")
    for s, e, _, hit in taken:
        if hit.defer in (Defer.SHIFT, Defer.ANAPHOR):  # "the following year": from the date last named
            shifted = _shift(last_date[1], hit.shift) if last_date and hit.shift and \
                s - last_date[0] <= _SHIFT_WINDOW else None
            if shifted is None and hit.defer is Defer.ANAPHOR:
                continue  # "later that day" with no day named before it
            if shifted and hit.type == "TIME" and "T" in hit.value:
                shifted += hit.value[hit.value.index("T"):]  # "the previous Friday night"
            hit = Hit(hit.type, shifted or hit.value, True, hit.mod, defer=Defer.DONE)
        elif hit.defer is Defer.DAYREF:  # "the day", "at 6 p.m.": the day last named, else the DCT
            if last_day and s - last_day[0] <= _DAY_WINDOW:
                hit = Hit(hit.type, last_day[1] + hit.value[10:], True, hit.mod)
        elif hit.defer is not Defer.NONE and dct is not None:
            near = last_q if last_q and s - last_q[0] <= _QUARTER_WINDOW else None
            if hit.defer is Defer.PERIOD and not near:
                continue  # "the latest period" names a time only in quarterly reporting
            if hit.defer in (Defer.QREF, Defer.PERIOD) and last_q:
                hit = Hit(hit.type, last_q[1], True, hit.mod)
            elif hit.defer is Defer.QDONE and last_done_q:  # not "fourth-quarter results" still ahead
                hit = Hit(hit.type, last_done_q, True, hit.mod)
            elif hit.defer in (Defer.YAGO, Defer.YAGO_P) and near:  # the quarter under discussion, a year back
                y, q = near[1].split("-")
                hit = Hit(hit.type, f"{int(y) - 1:04d}-{q}", True, hit.mod, defer=Defer.DONE)
            elif hit.defer in (Defer.YAGO_P, Defer.YAGO_M) and last_m and s - last_m[0] <= _DAY_WINDOW:
                y, mm = last_m[1].split("-")
                hit = Hit(hit.type, f"{int(y) - 1:04d}-{mm}", True, hit.mod, defer=Defer.DONE)
            elif hit.defer is Defer.YQ and near:
                hit = Hit(hit.type, f"{hit.value}-{near[1].split('-')[1]}", False, hit.mod, defer=Defer.DONE)
        if hit.defer is Defer.PERIOD and dct is None:
            continue
        week_of = _WEEK_OF.search(text, max(0, s - 16), s) if _DAY_VALUE.fullmatch(hit.value) else None
        if week_of and (not out or out[-1][1] <= week_of.start()):  # "the week of March 6": its ISO week
            try:
                d = dt.date.fromisoformat(hit.value)
            except ValueError:
                continue
            s, hit = week_of.start(), Hit(hit.type, f"{d.isocalendar()[0]:04d}-W{d.isocalendar()[1]:02d}",
                                          hit.anchored, hit.mod)
        if hit.defer not in (Defer.YAGO, Defer.YAGO_P, Defer.DONE, Defer.YQ) and _QUARTER_VALUE.fullmatch(hit.value):
            last_q = (e, hit.value)
            if hit.value <= done:
                last_done_q = hit.value
        if _DAY_VALUE.fullmatch(hit.value):
            last_day = (e, hit.value)
        if hit.type in ("DATE", "TIME") and (date := _DATE_PREFIX.match(hit.value)):
            last_date = (e, date.group())
        if hit.defer not in (Defer.DONE, Defer.YAGO_P, Defer.YAGO_M) and _MONTH_VALUE.fullmatch(hit.value):
            last_m = (e, hit.value)
        out.append((s, e, hit))
    return out


def find_timexes(text: str, dct: dt.date | None) -> list[Timex]:
    """All temporal expressions of text, left to right, non-overlapping."""
    if not text:
        return []
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    return list(_find(text, dct))


# The date extractor and story grouping both read one article's timexes: the second asks the memo.
@functools.lru_cache(maxsize=64)
def _find(text: str, dct: dt.date | None) -> tuple[Timex, ...]:
    found = _resolve_discourse(text, _scan(text, dct), dct)
    return tuple(Timex(s, e, TimexType(h.type), h.value, text[s:e], h.anchored, h.mod) for s, e, h in found)


def forget() -> None:
    """Let go of the timexes memoized for the texts read last."""
    _find.cache_clear()


_DATELINE = lazyre.compile(
    rf"^[^\S\n]*[A-Z][\w .'/-]{{1,40}},[^\S\n]+(?:[A-Z][\w.]+[^\S\n]+)?(?P<mon>{MONTH_D})[^\S\n]*(?P<day>{DAY})"
    rf"(?:[^\S\n]*,?[^\S\n]*(?P<year>{YEAR4}))?[^\S\n]*(?:\(|--|-|–|—)", regex.VERSION1)
_FULL_DATES = (
    lazyre.compile(rf"(?<!\w)(?P<mon>{MONTH_D})\s*(?P<day>{DAY})\s*,?\s*(?P<year>{YEAR4})", regex.VERSION1),
    lazyre.compile(rf"(?<!\w)(?P<day>{DAY})\s+(?P<mon>{MONTH})\s*,?\s*(?P<year>{YEAR4})", regex.VERSION1),
    lazyre.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"),
)


def _mk(mon: str, day: str, year: str) -> dt.date | None:
    try:
        m = int(mon) if mon.isdigit() else month_number(mon)
        return dt.date(int(year), m, ordinal_value(day) or 0)
    except (ValueError, KeyError):
        return None


def infer_dct(text: str) -> dt.date | None:
    """Best guess of a news article's date from its own text, or None.

    Looks at the first 5 lines / 500 characters only: a dateline that carries a year
    ("LONDON, Feb 3, 2021 (Reuters) -") wins; otherwise the first full date written
    out there ("May 4, 2023", "4 May 2023", "2023-05-04").  A dateline without a year
    ("LONDON, March 7 (Reuters) -") gives the month and day, and the year that puts them
    nearest a full date the article writes ("the Feb. 27, 1987 report"); bare years
    ("in 1986") are too often another time's to say, so such an article is left undated
    here (its story may date it).
    """
    head = "\n".join(text[:500].splitlines()[:5])
    yearless: tuple[str, str] | None = None
    for line in head.splitlines():
        m = _DATELINE.match(line)
        if m and m["year"]:
            d = _mk(m["mon"], m["day"], m["year"])
            if d:
                return d
        elif m and yearless is None:
            yearless = (m["mon"], m["day"])
    if yearless:
        return _nearest_year(yearless, text)
    best: tuple[int, dt.date] | None = None
    for pat in _FULL_DATES:
        for m in pat.finditer(head):
            d = _mk(m["mon"], m["day"], m["year"])
            if d and (best is None or m.start() < best[0]):
                best = (m.start(), d)
            break
    return best[1] if best else None


def _nearest_year(month_day: tuple[str, str], text: str) -> dt.date | None:
    """A month and day in the year that puts them nearest one of the full dates a text writes, or None."""
    written = [d for pat in _FULL_DATES for m in pat.finditer(text) if (d := _mk(m["mon"], m["day"], m["year"]))]
    best: tuple[int, dt.date] | None = None
    for year in sorted({d.year + shift for d in written for shift in (-1, 0, 1)}):
        candidate = _mk(month_day[0], month_day[1], str(year))
        if candidate is None:
            continue
        gap = min(abs((candidate - d).days) for d in written)
        if best is None or gap < best[0]:
            best = (gap, candidate)
    return best[1] if best else None
