"""Durations ("three days", "five-day"), sets ("every Friday", "annually") and "N units ago"."""
from __future__ import annotations

import datetime as dt

import regex

from factlint import lazyre
from factlint.extract.timex import resolve as R
from factlint.extract.timex.grammar import PARTS_OF_DAY, SEASONS, UNITS, month_number, weekday_number
from factlint.extract.timex.rules import Ctx, Defer, Hit, _num, _unit, duration_value


def h_set(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'every Friday' XXXX-WXX-5, 'each month' P1M, 'every two weeks' P2W, 'daily' P1D, '$5 a year' P1Y."""
    g = m.groupdict()
    k = 2 if (g.get("other") or "").lower() == "other" else 1
    if g.get("wd"):
        return Hit("SET", f"XXXX-WXX-{weekday_number(g['wd'])}", False)
    if g.get("mon"):
        return Hit("SET", f"XXXX-{month_number(g['mon']):02d}", False)
    if g.get("season"):
        return Hit("SET", f"XXXX-{SEASONS[g['season'].lower()]}", False)
    if g.get("pod"):
        return Hit("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[g['pod'].lower()]}", False)
    if g.get("unitn"):  # "every two weeks"
        n = _num(g["n"])
        return Hit("SET", duration_value(n, _unit(g["unitn"])), False) if n else None
    if g.get("unit"):
        u = _unit(g["unit"].split()[-1])
        return Hit("SET", duration_value(k, u if u in UNITS else "day"), False)
    w = (g.get("adv") or "").lower()
    val = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
           "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M",
           "quarterly": "P3M", "annual": "P1Y"}.get(w.split()[-1] if w else "", "")
    if not val:
        unit = w.split()[-1]
        val = duration_value(1, _unit(unit)) if _unit(unit) in UNITS else ""
    return Hit("SET", val, False) if val else None


_APPROX_MOD = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
               "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less": "LESS_THAN",
               "fewer": "LESS_THAN", "under": "LESS_THAN", "up": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
               "more": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS"}


def _approx(s: str | None) -> str:
    if not s:
        return ""
    t = s.lower()
    for k, v in _APPROX_MOD.items():
        if t.startswith(k):
            return v
    return ""


def h_duration(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'three days' P3D, 'five-day' P5D, 'the first nine months' P9M, '2 1/2 years' P2Y6M."""
    unit = _unit(m["unit"])
    if m["tail"] and m["tail"].lower() == "old":
        return None  # ages ("a 15-year-old") are not annotated in TimeBank
    numtxt = m["num"].lower()
    if unit == "second" and numtxt in ("a", "an"):
        return None  # "a second term"
    if numtxt in ("a", "an") and m["pl"]:
        return None
    if numtxt in ("a", "an") and _KIND_OF_YEAR.search(c.text, m.end("num"), m.start("unit")):
        return None  # "changed from a fiscal year to a calendar year": a kind of year, not a span
    n = _num(numtxt)
    if n is None or n == 0:
        return None
    if n >= 1000 and not m["pl"]:
        return None  # "the 1988 quarter" is a year
    if unit == "quarter":
        hyphen = "-" in c.text[m.end("num"):m.start("unit")]
        adjacent_of = m.end("num") + 1 == m.start("unit") and _FRACTION_OF.match(c.text, m.end())
        if (m["pl"] and hyphen) or adjacent_of:
            return None  # "three-quarters of", "a quarter of the vote" are fractions
    if m["half"]:
        n += 0.5
    start = None
    if m["num2"] and c.prev_word(m.start()) == "between":
        n2 = _num(m["num2"].lower())  # "between two to six days": two timexes, see h_range_low
        if n2:
            return Hit("DURATION", duration_value(n2, unit), False, start=m.start("num2"))
    if m["det"] and not m["rel"] and not m["approx"] and not m["pl"]:
        start = m.start("num")  # "a two-year contract": the adjective alone is the timex
    mod = _approx(m["approx"]) or ("APPROX" if m["orso"] else "")  # "the next two years or so"
    return Hit("DURATION", duration_value(n, unit), False, mod, start=start)


def h_range_low(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'between [60] and 90 days': the lower bound alone, a duration in the unit after the upper (P60D)."""
    n = _num(m["num"])
    if not n or (n >= 1000 and _unit(m["unit"]) != "year"):
        return None
    return Hit("DURATION", duration_value(n, _unit(m["unit"])), False)


# A fractional count of a unit, in a smaller one: "half a century ago" is 50 years back.
_SMALLER = {"century": ("year", 100), "decade": ("year", 10), "year": ("month", 12), "week": ("day", 7)}
_KIND_OF_YEAR = lazyre.compile(r"(?i)\b(?:fiscal|calendar)\b")
_FRACTION_OF = lazyre.compile(r"\s+of\s+(?:the|a|an|its|their|his|her|all|our|[A-Z$\d])")
# From this many weeks back or ahead, "N weeks ago" names a week: "a week ago", "two weeks ago" still name
# the day (the same weekday), "six weeks ago" no longer does.
_WEEKS_AS_WEEK = 3
_SPAN_VERBS = {"for", "within", "in", "after", "only", "just", "lasted", "took", "than", "last", "take"}


def h_vague_duration(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'several months' PXM, 'the past few weeks' PXW, bare 'years' PXY; 'recent years' PAST_REF."""
    unit = _unit(m["unit"])
    rel = (m["rel"] or "").lower()
    if rel == "recent" and unit in ("year", "day") and not m["q"]:
        return Hit("DATE", "PAST_REF", True)
    if rel == "early" and unit == "hour":
        return None  # "the early hours of Sunday": a time of night, not a span
    if unit in ("night", "weekend", "quarter", "second") and not (m["q"] or rel):
        return None
    start = None
    if not (m["q"] or rel or m["approx"]):
        prev = c.prev_word(m.start("unit"))
        if m["det"]:
            start = m.start("unit")  # TimeBank/AQUAINT tag "years" in "the years"
        elif prev in ("a", "an", "per", "of", "these", "those") or (
                unit in ("minute", "second", "hour") and prev not in _SPAN_VERBS):
            return None  # "the minutes of the meeting"
    return Hit("DURATION", duration_value(None, unit), False, _approx(m["approx"]), start=start)


def h_quarter_century(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'a quarter century', 'a quarter of a century': P25Y."""
    return Hit("DURATION", "P25Y", False, _approx(m["approx"]))


def h_half_year(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'the half-year', 'a half year': six months (P6M); 'the first half-year' is H1 (rule quarter)."""
    return Hit("DURATION", "P6M", False)


def h_unit_long(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'day-long' P1D, 'decades-long' and 'years-old' (of a thing) PXY-style vague durations."""
    return Hit("DURATION", duration_value(None if m["pl"] else 1, _unit(m["unit"])), False)


def h_vague_adjective(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'several-year' PXY, 'multi-month' PXM."""
    return Hit("DURATION", duration_value(None, _unit(m["unit"])), False)


def h_ago(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'two days ago' -> that day, 'five months ago' -> that month, 'years ago' PAST_REF."""
    unit = _unit(m["unit"])
    d = m["dir"].lower()
    sign = -1 if d in ("ago", "earlier", "back", "before") else 1
    n = _num(m["num"]) if m["num"] and m["num"].lower() not in ("several", "a few", "few", "many", "some") else None
    if m["qc"]:
        n = 0.25  # "a quarter century ago"
    if m["num"] is None and not m["pl"]:
        return None
    if n is None:
        return Hit("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", True)
    if m["half"]:
        n += 0.5
    if n != int(n) and unit in _SMALLER:  # "a year and a half ago": 18 months back
        small, k = _SMALLER[unit]
        unit, n = small, n * k
    if c.dct is None:
        return Hit("DATE", "XXXX-XX-XX" if unit in ("day", "week") else "XXXX", True)
    if unit == "century" and n == int(n):  # "a century ago": that century
        return Hit("DATE", f"{(c.dct.year - 100 * int(n)) // 100:02d}", True, _approx(m["approx"]))
    val = R.shift_value(c.dct, unit, sign * n)
    if val is None:
        return None
    if unit == "week" and n >= _WEEKS_AS_WEEK:  # "six weeks ago" names a week, not the day six weeks back
        val = R.iso_week(dt.date.fromisoformat(val))
    defer = Defer.YAGO if unit == "year" and n == 1 else Defer.NONE
    return Hit("DATE", val, True, _approx(m["approx"]), defer=defer)
