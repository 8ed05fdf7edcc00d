"""Quarters, halves and year-ago references, the calendar of financial news."""
from __future__ import annotations

import regex

from factlint import lazyre
from factlint.extract.timex import resolve as R, tense as T
from factlint.extract.timex.rules import Ctx, Defer, Hit

_LATEST = lazyre.compile(r"(?i)\b(?:latest|recent|just[-\s]ended)\b")


def h_quarter(m: regex.Match[str], c: Ctx) -> Hit | None:
    # Case-folded, so a ligature ("ﬁrst") reads as its letters.
    unit = m["unit"].casefold()
    o = m["ord"].casefold()
    n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
         "final": 4, "last": 4}.get(o) if unit == "quarter" else {"first": 1, "1st": 1, "second": 2, "2nd": 2,
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
    y = R.quarter_year(c.dct, n, T.period_tense(c.text, m.start(), m.end()), 3 if letter == "Q" else 6)
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
    y = R.quarter_year(c.dct, n, c.tense(m), 3 if letter == "Q" else 6)
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
        latest = _LATEST.search(m.group())
        return Hit("DATE", f"{y:04d}-Q{q}", True,
                   defer=Defer.YAGO if m["ago"] else Defer.QDONE if latest else Defer.QREF)
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
