"""Hit/context types shared by the normalisers, and those of dates, months, years, decades, centuries."""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Callable

import regex

from factlint import lazyre
from factlint.extract.timex import resolve as R, tense as T
from factlint.extract.numbers import parse_number_word
from factlint.extract.timex.grammar import (
    MONTH, UNITS, WEEKDAY, month_number, ordinal_value, spelled_year_value, weekday_number,
)
_LAST_WORD = lazyre.compile(r"([\w'-]+)\W*$")
_HALF_SUFFIX = lazyre.compile(r"\s*(?:1/2|and\s+a\s+half)$")
_OF_REL_YEAR = lazyre.compile(r"\s+of\s+(last|this|next)\s+year\b", regex.IGNORECASE)
_NEXT_NAME = lazyre.compile(r"\s+[A-Z][a-z]+")
# "the 70s and [80s]", "the sixties and [seventies]": a decade after a decade shares its article.
_DECADE_BEFORE = lazyre.compile(r"(?i)\bthe\s+(?:'?\d0'?s|\w+ies)\s+(?:and|or|to|through|into)\s+$")
_ATTACKS = lazyre.compile(r"(?i),?\s+(?:terror\w*|attacks?|hijack\w*)\b")
_NEXT_CALENDAR = lazyre.compile(rf"\s+(?:{MONTH}|{WEEKDAY})")


class Defer(enum.Enum):
    """Discourse resolution a hit still needs once the hits before it are known."""
    NONE = ""
    QREF = "QREF"  # "the quarter": the quarter last named
    QDONE = "QDONE"  # "the latest quarter": the quarter last named that had ended by the article date
    PERIOD = "PERIOD"  # "the latest period": the quarter last named, dropped without one
    YAGO = "YAGO"  # "a year ago": the quarter last named, one year back
    YAGO_P = "YAGO_P"  # "the same period last year": quarter or month last named, one year back
    YAGO_M = "YAGO_M"  # "the same month a year ago": the month last named, one year back
    YQ = "YQ"  # "the 1988 period": that year's quarter under discussion
    DAYREF = "DAYREF"  # "the day": the day last named
    SHIFT = "SHIFT"  # "the following year", "that year": Hit.shift units from the date last named
    ANAPHOR = "ANAPHOR"  # "later that day": as SHIFT, but dropped when no date was named just before
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
    shift: tuple[str, int] | None = None  # (unit, count) for Defer.SHIFT


@dataclass(frozen=True)
class Ctx:
    text: str
    dct: dt.date | None

    def tense(self, m: regex.Match[str]) -> T.Tense:
        return T.clause_tense(self.text, m.start(), m.end())

    def date_tense(self, m: regex.Match[str], day: bool = False) -> T.Tense:
        return T.date_tense(self.text, m.start(), m.end(), day)

    def prev_word(self, pos: int) -> str:
        w = _LAST_WORD.search(self.text[max(0, pos - 30):pos])
        return w.group(1).lower() if w else ""


Handler = Callable[[regex.Match[str], Ctx], "Hit | None"]
_PREPS = {"in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of",
          "to", "early", "late", "for", "between", "and", "or", "last", "next", "this", "mid", "over",
          "throughout", "around", "that", "each", "every", "past", "the", "into"}
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
        # "decades": some number of years (AQUAINT and MEANTIME write PXY for "decades-long")
        letter = {"century": "C", "centurie": "C"}.get(unit, letter)
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
    year = m["year"] or m.groupdict().get("ryear")
    if year:
        return Hit("DATE", f"{int(year):04d}-{mon:02d}-{day:02d}", False, _mod(m["mod"]))
    if (mon, day) == (9, 11) and _ATTACKS.match(c.text, m.end()):
        return Hit("DATE", "2001-09-11", False)  # "the September 11 attacks" name the day in 2001
    if c.dct is None:
        return Hit("DATE", f"XXXX-{mon:02d}-{day:02d}", True, _mod(m["mod"]))
    rel = (m["rel"] or "").lower()
    tense = T.Tense.PAST if rel in ("last", "this past") else T.Tense.FUTURE if rel else c.date_tense(m, day=True)
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
    elif of_year := _OF_REL_YEAR.match(c.text, m.end()):  # "October of next year": TimeML tags two timexes
        y = c.dct.year + {"last": -1, "this": 0, "next": 1}[of_year.group(1).lower()]
    else:
        y = R.month_year(c.dct, mon, c.date_tense(m))
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
    # Not strip("'s"): that eats the s of "sixties" and "seventies" too.
    d = m["dec"].lower().lstrip("'").rstrip("'s")
    words = {"twentie": 2, "thirtie": 3, "fortie": 4, "fiftie": 5, "sixtie": 6, "seventie": 7,
             "eightie": 8, "ninetie": 9}
    if d in words:
        if not (m.group().lower().startswith("the")
                or _DECADE_BEFORE.search(c.text, max(0, m.start() - 30), m.start())):
            return None
        val = f"19{words[d]}"
    elif len(d) == 4:
        # "the 1800s" is the nineteenth century; "the 2000s" the decade (2000-2009) in news use
        val = d[:2] if d.endswith("00") and d < "2000" else d[:3]
    else:
        if not (m.group().lower().startswith("the") or "'" in m["dec"]
                or _DECADE_BEFORE.search(c.text, max(0, m.start() - 30), m.start())):
            return None  # "in his 70s" is an age; "the 70s and 80s" names two decades
        val = ("20" if int(d) <= 20 else "19") + d[0]
    return Hit("DATE", val, False, _mod(m["mod"]))


_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def h_week_of_month(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'the last week of March 2009' 2009-W13: the ISO week holding the middle day of that week of the month
    (the 4th for the first week, as ISO's first week of a year holds January 4; the 4th-last for the last)."""
    mon = month_number(m["mon"])
    if m["year"]:
        y = int(m["year"])
    elif c.dct is not None:
        y = R.month_year(c.dct, mon, c.date_tense(m))
    else:
        return Hit("DATE", "XXXX-WXX", True)
    n = _WEEK_ORDINALS[m["ord"].lower()]
    middle = dt.date(y, mon, 7 * n - 3) if n > 0 else R.last_day(y, mon) - dt.timedelta(days=3)
    return Hit("DATE", R.iso_week(middle), not m["year"])


def h_century(m: regex.Match[str], c: Ctx) -> Hit | None:
    n = ordinal_value(m["n"])
    return Hit("DATE", f"{n - 1:02d}", False, _mod(m["mod"])) if n else None
