"""The temporal grammar proper: one compiled pattern per expression family and its normaliser."""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Callable

import regex

from factlint.extract import timex_resolve as R
from factlint.extract.numbers import parse_number_word
from factlint.extract.timex_grammar import (
    MONTH, UNITS, WEEKDAY, month_number, ordinal_value, spelled_year_value, weekday_number,
)
_LAST_WORD = regex.compile(r"([\w'-]+)\W*$")
_HALF_SUFFIX = regex.compile(r"\s*(?:1/2|and\s+a\s+half)$")
_NEXT_NAME = regex.compile(r"\s+[A-Z][a-z]+")
_NEXT_CALENDAR = regex.compile(rf"\s+(?:{MONTH}|{WEEKDAY})")


class Defer(enum.Enum):
    """Discourse resolution a hit still needs once the hits before it are known."""
    NONE = ""
    QREF = "QREF"  # "the quarter": the quarter last named
    PERIOD = "PERIOD"  # "the latest period": the quarter last named, dropped without one
    YAGO = "YAGO"  # "a year ago": the quarter last named, one year back
    YAGO_P = "YAGO_P"  # "the same period last year": quarter or month last named, one year back
    YAGO_M = "YAGO_M"  # "the same month a year ago": the month last named, one year back
    YQ = "YQ"  # "the 1988 period": that year's quarter under discussion
    DAYREF = "DAYREF"  # "the day": the day last named
    DONE = "DONE"  # resolved; not itself a cue for later references


@dataclass(frozen=True)
class Hit:
    """A normalised match; start/end override the match span when set (trimming)."""
    type: str
    value: str
    anchored: bool
    mod: str = ""
    start: int | None = None
    end: int | None = None
    defer: Defer = Defer.NONE


@dataclass(frozen=True)
class Ctx:
    text: str
    dct: dt.date | None

    def tense(self, m: regex.Match[str]) -> R.Tense:
        return R.clause_tense(self.text, m.start(), m.end())

    def prev_word(self, pos: int) -> str:
        w = _LAST_WORD.search(self.text[max(0, pos - 30):pos])
        return w.group(1).lower() if w else ""


Handler = Callable[[regex.Match[str], Ctx], "Hit | None"]
_PREPS = {"in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of",
          "to", "early", "late", "for", "between", "and", "or", "last", "next", "this", "mid", "over",
          "throughout", "around", "that", "each", "every", "past", "the"}
_MODS = {"early": "START", "beginning": "START", "start": "START", "late": "END", "end": "END",
         "close": "END", "mid": "MID", "middle": "MID", "post": "AFTER", "pre": "BEFORE"}


def _mod(s: str | None) -> str:
    if not s:
        return ""
    for k, v in _MODS.items():
        if k in s.lower():
            return v
    return ""


def _num(s: str | None) -> float | None:
    if s is None:
        return None
    t = s.lower().strip()
    half = 0.5 if ("1/2" in t or "half" in t) else 0.0
    t = _HALF_SUFFIX.sub("", t)
    if t in ("half a", "half an", "a half"):
        return 0.5
    try:
        return float(t.replace(",", "")) + half
    except ValueError:
        n = parse_number_word(t)
        return None if n is None else n + half


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: P3D, PT19H, P2Y6M; X for vague counts."""
    letter, mult, is_time = UNITS[unit]
    pre = "PT" if is_time else "P"
    if unit == "weekend":
        return "P1WE" if n == 1 else ("PXWE" if n is None else f"P{_fmt_num(n)}WE")
    if n is None:
        letter = {"decade": "E", "century": "C", "centurie": "C"}.get(unit, letter)
        return f"{pre}X{letter}"
    n *= mult
    whole, frac = int(n), n - int(n)
    if frac == 0.5 and whole and letter in ("Y", "H", "M"):
        sub = {"Y": "6M", "H": "30M", "M": "30S" if is_time else "15D"}[letter]
        return f"{pre}{whole}{letter}{sub}"
    if frac == 0.5 and not whole:
        half = {"Y": "P6M", "H": "PT30M", "D": "PT12H"}.get(letter)
        if half and not (letter == "M" and not is_time):
            return half
    return f"{pre}{_fmt_num(n)}{letter}"


def _unit(s: str) -> str:
    u = s.lower()
    return "century" if u.startswith("centur") else u


# --------------------------------------------------------------------- absolute dates
def h_month_day(m: regex.Match[str], c: Ctx) -> Hit | None:
    mon = month_number(m["mon"])
    day = ordinal_value(m["day"])
    if not day or day > 31:
        return None
    if m["year"]:
        return Hit("DATE", f"{int(m['year']):04d}-{mon:02d}-{day:02d}", False, _mod(m["mod"]))
    if c.dct is None:
        return Hit("DATE", f"XXXX-{mon:02d}-{day:02d}", True, _mod(m["mod"]))
    rel = (m["rel"] or "").lower()
    tense = R.Tense.PAST if rel in ("last", "this past") else R.Tense.FUTURE if rel else c.tense(m)
    y = R.month_day_year(c.dct, mon, day, tense)
    if m["wd"]:  # a weekday pins the year down when the date is ambiguous
        for cand in (y, c.dct.year, c.dct.year - 1, c.dct.year + 1):
            try:
                if dt.date(cand, mon, day).isoweekday() == weekday_number(m["wd"]):
                    y = cand
                    break
            except ValueError:
                pass
    return Hit("DATE", f"{y:04d}-{mon:02d}-{day:02d}", True, _mod(m["mod"]))


def h_numeric_date(m: regex.Match[str], c: Ctx) -> Hit | None:
    y = int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    try:
        d = dt.date(y, int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return Hit("DATE", d.isoformat(), False)


def h_month_year(m: regex.Match[str], c: Ctx) -> Hit | None:
    mon = month_number(m["mon"])
    if m["year"]:
        return Hit("DATE", f"{m['year']}-{mon:02d}", False, _mod(m["mod"]))
    if m["sp"]:
        y = spelled_year_value(m["sp"])
        return Hit("DATE", f"{y:04d}-{mon:02d}", False, _mod(m["mod"])) if y else None
    if c.dct is None:
        return Hit("DATE", f"XXXX-{mon:02d}", True, _mod(m["mod"]))
    y = c.dct.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return Hit("DATE", f"{y:04d}-{mon:02d}", True, _mod(m["mod"]))


def h_month(m: regex.Match[str], c: Ctx) -> Hit | None:
    name = m["mon"]
    prev = c.prev_word(m.start())
    nxt = c.text[m.end():m.end() + 20]
    if not m["mod"] and not m["rel"]:
        if name.startswith(("May", "March", "MAY", "MARCH")) and prev not in _PREPS:
            return None  # modal "May", "the Million Man March"
        if _NEXT_NAME.match(nxt) and prev not in _PREPS and not _NEXT_CALENDAR.match(nxt):
            return None  # a first name ("June Carter")
    mon = month_number(name)
    rel = (m["rel"] or "").lower()
    if c.dct is None:
        return Hit("DATE", f"XXXX-{mon:02d}", True, _mod(m["mod"]))
    if "last" in rel or "past" in rel or "previous" in rel:
        y = c.dct.year if mon < c.dct.month else c.dct.year - 1
    elif "next" in rel or "coming" in rel or "following" in rel:
        y = c.dct.year if mon > c.dct.month else c.dct.year + 1
    elif rel == "this":
        y = c.dct.year
    else:
        y = R.month_year(c.dct, mon, c.tense(m))
    return Hit("DATE", f"{y:04d}-{mon:02d}", True, _mod(m["mod"]))


def h_year(m: regex.Match[str], c: Ctx) -> Hit | None:
    if m["yy"]:  # "since '82": the century closest to the document date
        base = (c.dct.year if c.dct else 1999) // 100 * 100
        y = base + int(m["yy"])
        return Hit("DATE", f"{y - 100 if c.dct and y > c.dct.year else y:04d}", True)
    if m["sp"]:
        if m["sp"].lower().startswith("two thousand") and not m["yr"] \
                and c.prev_word(m.start()) not in ("in", "by", "since", "until", "of"):
            return None  # "two thousand people"
        y = spelled_year_value(m["sp"])
        return Hit("DATE", f"{y:04d}", False) if y else None
    return Hit("DATE", m["year"], False, _mod(m["mod"]))


def h_decade(m: regex.Match[str], c: Ctx) -> Hit | None:
    d = m["dec"].lower().strip("'s")
    words = {"twentie": 2, "thirtie": 3, "fortie": 4, "fiftie": 5, "sixtie": 6, "seventie": 7,
             "eightie": 8, "ninetie": 9}
    if d in words:
        if not m.group().lower().startswith("the"):
            return None
        val = f"19{words[d]}"
    elif len(d) == 4:
        val = d[:3]
    else:
        if not (m.group().lower().startswith("the") or "'" in m["dec"]):
            return None  # "in his 70s" is an age
        val = ("20" if int(d) <= 20 else "19") + d[0]
    return Hit("DATE", val, False, _mod(m["mod"]))


def h_century(m: regex.Match[str], c: Ctx) -> Hit | None:
    n = ordinal_value(m["n"])
    return Hit("DATE", f"{n - 1:02d}", False, _mod(m["mod"])) if n else None


def h_quarter(m: regex.Match[str], c: Ctx) -> Hit | None:
    unit = m["unit"].lower()
    o = m["ord"].lower()
    n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
         "final": 4, "last": 4}[o] if unit == "quarter" else {"first": 1, "1st": 1, "second": 2, "2nd": 2,
                                                                "final": 2, "last": 2}.get(o)
    if n is None:
        return None
    letter = "Q" if unit == "quarter" else "H"
    start = None
    if "-" in c.text[m.start("ord"):m.end("unit")] and not (m["yr"] or m["fy2"] or m["rel"]):
        start = m.start("ord")  # "the third-quarter profit": the adjective alone is the timex
    year = m["yr"] or m["fy2"] or m["yp"] or m["fy"]
    if year:
        return Hit("DATE", f"{year}-{letter}{n}", False, start=start)
    rel = (m["rel"] or m["relp"] or "").lower()
    if c.dct is None:
        return Hit("DATE", f"XXXX-{letter}{n}", True, start=start)
    if rel:
        y = c.dct.year + {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}[rel]
        return Hit("DATE", f"{y:04d}-{letter}{n}", True, start=start)
    cur = R.quarter(c.dct)[1] if letter == "Q" else (1 if c.dct.month <= 6 else 2)
    y = c.dct.year if n <= cur or c.tense(m) is R.Tense.FUTURE else c.dct.year - 1
    if m["ago"]:
        return Hit("DATE", f"{y - 1:04d}-{letter}{n}", True, start=start, defer=Defer.DONE)
    return Hit("DATE", f"{y:04d}-{letter}{n}", True, start=start)


def h_quarter_abbr(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'Q3 2009', 'H1', '2023 Q4': financial-report shorthand for quarters and halves."""
    letter, n = m["letter"], int(m["n"])
    if letter == "H" and n > 2:
        return None
    if m["year"] or m["yy"]:
        y = int(m["year"]) if m["year"] else 2000 + int(m["yy"])
        return Hit("DATE", f"{y:04d}-{letter}{n}", False)
    if c.dct is None:
        return Hit("DATE", f"XXXX-{letter}{n}", True)
    cur = R.quarter(c.dct)[1] if letter == "Q" else (1 if c.dct.month <= 6 else 2)
    y = c.dct.year if n <= cur or c.tense(m) is R.Tense.FUTURE else c.dct.year - 1
    return Hit("DATE", f"{y:04d}-{letter}{n}", True)


def h_quarter_ref(m: regex.Match[str], c: Ctx) -> Hit | None:
    rel = (m["rel"] or "").lower()
    if c.dct is None:
        return Hit("DATE", "XXXX-QX", True)
    y, q = R.quarter(c.dct)
    if rel in ("last", "previous", "past", "prior", "preceding"):
        y, q = R.add_quarters(y, q, -1)
    elif rel in ("next", "coming", "following"):
        y, q = R.add_quarters(y, q, 1)
    elif rel in ("current", "this") and "this" not in m.group().lower():
        pass
    else:
        y, q = R.add_quarters(y, q, -1)
        return Hit("DATE", f"{y:04d}-Q{q}", True, defer=Defer.YAGO if m["ago"] else Defer.QREF)
    return Hit("DATE", f"{y:04d}-Q{q}", True)


def h_latest_period(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'the latest period': the quarter under discussion (dropped outside quarterly reports)."""
    return Hit("DATE", "XXXX-QX", True, defer=Defer.PERIOD)


def h_same_period(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'the same month last year': the document's period, one year back."""
    noun = m["noun"].lower()
    if c.dct is None:
        return Hit("DATE", "XXXX", True)
    y = c.dct.year - 1
    if noun == "month":
        return Hit("DATE", f"{y:04d}-{c.dct.month:02d}", True, defer=Defer.YAGO_M)
    if noun == "week":
        return Hit("DATE", R.iso_week(c.dct.replace(year=y) if (c.dct.month, c.dct.day) != (2, 29)
                                      else c.dct.replace(year=y, day=28)), True)
    if noun == "day":
        return Hit("DATE", f"{y:04d}-{c.dct.month:02d}-{min(c.dct.day, 28 if c.dct.month == 2 else 31):02d}", True)
    return Hit("DATE", f"{y:04d}", True, defer=Defer.YAGO_P)


def h_year_period(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'the 1988 period': the quarter under discussion, in that year."""
    return Hit("DATE", m["year"], False, defer=Defer.YQ)


def h_year_ago(m: regex.Match[str], c: Ctx) -> Hit | None:
    start = m.start("adj") if not m["noun"] else None  # bare adjective: "year-earlier results"
    if c.dct is None:
        return Hit("DATE", "XXXX", True, start=start)
    return Hit("DATE", f"{c.dct.year - 1:04d}", True, start=start, defer=Defer.YAGO)
