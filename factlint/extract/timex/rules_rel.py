"""Relative dates, weekdays, seasons, holidays, times of day and present/past/future references."""
from __future__ import annotations

import datetime as dt

import regex

from factlint import lazyre
from factlint.extract.timex import resolve as R, tense as T
from factlint.extract.timex.grammar import (
    PARTS_OF_DAY, SEASONS, month_number, ordinal_value, spelled_year_value, weekday_number,
)
from factlint.extract.timex.rules import _PREPS, Ctx, Defer, Hit, _mod, _num
_SEASON_SUBJECT = lazyre.compile(
    r"\s*(?:[,.;:!?)\"']|$)|\s+(?:is|was|has|had|will|would|could|may|might|shows?|showed|brings?|brought|"
    r"came|comes|arrives?|arrived|begins?|began|ends?|ended|saw|sees|and|or|but|when|as|after|before|of|in|on|"
    r"at|to|for|with|the|a|an|this|that|\d+)\b")
_TO_VERB = lazyre.compile(r"\bto\s+[a-z]+\s+(?:on\s+)?$")
# A plan reported before the weekday ("planned a march on Saturday", "were planning to
# drive to the airport on Monday", "is scheduled to testify Tuesday") puts the weekday ahead
# of the plan, hence of the report -- unless a past verb comes in between ("planned the
# raid, which began Monday"), the weekday sits right on the participle ("as previously
# planned Saturday night": the plan was carried out) or is the subject of a past verb
# ("a service planned for Saturday was canceled").
_PLAN_BEFORE = lazyre.compile(
    r"(?i)\b(?:plan(?:s|ned|ning)?|scheduled|slated|intends?|intended|intending)\b"
    r"(\s+[^.;:!?\n]{1,60}?)\s+$")
_PAST_AFTER = lazyre.compile(r"(?i)\s+(?:was|were|had|did)\b")


def _planned(text: str, start: int, end: int) -> bool:
    p = _PLAN_BEFORE.search(text, max(0, start - 80), start)
    if p is None or _PAST_AFTER.match(text, end):
        return False
    return not any(w.group().lower() not in T._NOT_PAST for w in T._PAST.finditer(p.group(1)))


_RANGE_NEXT = lazyre.compile(r"\s*(?:-|to|\d)")
_SENTENCE_START = lazyre.compile(r"(?:^|[.!?\n]\s*|[\"'`]\s*)$")
_WHOLE_YEAR = lazyre.compile(r"the\s+(?:full|entire|whole)")
_FISCAL_END = lazyre.compile(r"\s+(?:ended|ending|to\s+\w+\s+\d)")
_NOT_YET = lazyre.compile(r"(?i)\bhad(?:n['’]t|\s+not|\s+never)\b")
_CURRENT_NOUN = lazyre.compile(r"\s+(?:account|affairs|events)\b")

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _day(c: Ctx, delta: int) -> str:
    return (c.dct + dt.timedelta(days=delta)).isoformat() if c.dct else "XXXX-XX-XX"


def h_season(m: regex.Match[str], c: Ctx) -> Hit | None:
    s = SEASONS[m["season"].lower()]
    rel = (m["rel"] or "").lower()
    mod = _mod(m["mod"] or m["mod2"])
    if m["year"]:
        y = int(m["year"]) if m["year"].isdigit() else spelled_year_value(m["year"])
        return Hit("DATE", f"{y:04d}-{s}", False, mod) if y else None
    if rel in ("", "the", "that") and not mod:
        prev = c.prev_word(m.start())
        capital = m.group()[0].isupper() and prev not in ("the", "a")
        # A bare season is the subject of a clause ("spring shows signs"), not a modifier ("summer camp").
        head = bool(_SEASON_SUBJECT.match(c.text, m.end()))  # not "summer camp", "spring water"
        bare_noun = s != "FA" and not rel and prev not in ("to", "a", "an") and head
        if not (capital or bare_noun) and (prev not in _PREPS or (s in ("FA", "SP") and rel != "the")):
            return None  # "prices fall", "spring up"
        if not rel and not head and not capital:
            return None
        if rel == "the" and c.text[m.end():m.end() + 3] == " of":
            return None  # "the fall of the Berlin Wall"
    if rel == "that":
        return None
    if c.dct is None:
        return Hit("DATE", f"XXXX-{s}", True, mod)
    y = c.dct.year
    if "past" in rel:  # "this past spring": the latest spring over by the article date
        y -= 0 if c.dct.month > _SEASON_START[s] + 2 else 1
    elif "last" in rel:
        y -= 1  # TimeBank reads "last spring" as the previous year's
    elif "next" in rel or "coming" in rel:
        y += 1 if c.dct.month >= _SEASON_START[s] else 0
    elif rel != "this" and c.tense(m) is T.Tense.PAST and c.dct.month < _SEASON_START[s]:
        y -= 1
    return Hit("DATE", f"{y:04d}-{s}", True, mod)


def h_weekday(m: regex.Match[str], c: Ctx) -> Hit | None:
    wd = weekday_number(m["wd"])
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower(), "")
    if m["pl"] or m["pl2"]:
        return Hit("SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), False)
    pre = (m["pre"] or "").lower()
    if c.dct is None:
        val = f"XXXX-WXX-{wd}"
    else:
        if pre in ("last", "this past", "the previous", "past"):
            d = R.weekday_date(c.dct, wd, T.Tense.PAST, strict=True)
        elif pre in ("next", "this coming", "the following", "coming"):
            d = R.weekday_date(c.dct, wd, T.Tense.FUTURE, strict=True)
        elif c.prev_word(m.start()) in ("until", "till"):
            # a deadline ("postponed until Tuesday"), unless a state that held until then is told in the past
            # perfect: "Until Thursday, they had not called him a suspect"
            not_yet = _NOT_YET.search(c.text, *T._sentence(c.text, m.start(), m.end()))
            d = R.weekday_date(c.dct, wd, T.Tense.PAST if not_yet else T.Tense.FUTURE)
        elif c.text.startswith(("'s", "’s"), m.end()):
            d = R.weekday_date(c.dct, wd, T.Tense.PAST)  # "Wednesday's ruling": an event already reported
        else:
            tense = c.tense(m)
            if tense is T.Tense.NONE and _TO_VERB.search(c.text[max(0, m.start() - 30):m.start()]):
                tense = T.Tense.FUTURE  # "talks to resume Monday"
            elif _planned(c.text, m.start(), m.end()):
                tense = T.Tense.FUTURE  # "planned to leave Nairobi on Thursday"
            d = R.weekday_date(c.dct, wd, tense)
        val = d.isoformat()
    # "the previous Friday": the Friday before the day last named (else before the article date)
    shift = ("prev_wd" if pre == "the previous" else "next_wd", wd) if pre in ("the previous", "the following") \
        else None
    defer = Defer.SHIFT if shift and c.dct is not None else Defer.NONE
    mod = _mod(pre) if pre in ("early", "late", "earlier", "later") else ""  # not "the previous": BEFORE
    if pod:
        return Hit("TIME", f"{val}T{pod}", True, mod, defer=defer, shift=shift)
    return Hit("DATE", val, True, mod, defer=defer, shift=shift)


def h_rel_day(m: regex.Match[str], c: Ctx) -> Hit | None:
    w = m["w"].lower()
    delta = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[w]
    if m["ba"]:
        delta += -1 if m["ba"].lower() == "before" else 1
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower(), "NI" if w == "tonight" else "")
    val = _day(c, delta)
    if pod:
        return Hit("TIME", f"{val}T{pod}", True, _mod(m["mod"]))
    return Hit("DATE", val, True, _mod(m["mod"]))


def h_pod(m: regex.Match[str], c: Ctx) -> Hit | None:
    rel = (m["rel"] or "").lower()
    pod = PARTS_OF_DAY[m["pod"].lower().replace("mid-", "").replace("mid", "").strip() or "afternoon"]
    delta = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
    if rel == "last" and pod != "NI":
        return None  # "last morning" is not idiomatic; avoid guessing
    return Hit("TIME", f"{_day(c, delta)}T{pod}", True, _mod(m["mod"]))


def h_pod_ref(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'in the morning', 'in afternoon trading': that part of the day last named, else of the article date."""
    pod = PARTS_OF_DAY[m["pod"].lower()]
    return Hit("TIME", f"{_day(c, 0)}T{pod}", True, defer=Defer.DAYREF)


def h_clock(m: regex.Match[str], c: Ctx) -> Hit | None:
    g = m.groupdict()
    if g["nm"]:
        hh, mi = (24, 0) if g["nm"].lower() == "midnight" else (12, 0)  # noon, midday
    else:
        h = g["h"] or g["h2"] or g["h3"] or g["h4"]
        n = _num(h)
        if n is None or n != int(n):
            return None
        hh, mi = int(n), int(g["mi"] or g["mi2"] or g["mi3"] or 0)
        ap = (g["ap"] or "").lower().replace(".", "").replace(" ", "")
        pod2 = (g["pod2"] or g["pod3"] or "").lower()  # "3 o'clock this afternoon"
        if hh > 24 or mi > 59 or (ap and not 1 <= hh <= 12):
            return None
        if ap == "pm" or pod2 in ("afternoon", "evening") or (pod2 == "night" and hh >= 6):
            hh = hh % 12 + 12
        elif ap == "am" and hh == 12:
            hh = 0
        if g["h2"] and not (g["tz"] or g["wd"] or g["rd"] or g["mon"]) and \
                _RANGE_NEXT.match(c.text, m.end()):
            return None  # a score or ratio ("3:1", "2:45-3:10")
    if g["mon"]:
        mon, day = month_number(g["mon"]), ordinal_value(g["day"]) or 1
        if g["year"]:
            date = f"{g['year']}-{mon:02d}-{day:02d}"
        elif c.dct:
            date = f"{R.month_day_year(c.dct, mon, day, c.date_tense(m, day=True)):04d}-{mon:02d}-{day:02d}"
        else:
            date = f"XXXX-{mon:02d}-{day:02d}"
    elif g["wd"]:
        tense = T.Tense.FUTURE if c.prev_word(m.start()) in ("until", "till", "by") else c.tense(m)
        date = R.weekday_date(c.dct, weekday_number(g["wd"]), tense).isoformat() if c.dct else "XXXX-XX-XX"
    elif g["rd"]:
        date = _day(c, {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[g["rd"].lower()])
    z = "Z" if g["tz"] and g["tz"].upper() in ("UTC", "GMT") else ""
    mod = "APPROX" if g["approx"] else ""
    if not (g["mon"] or g["wd"] or g["rd"]):  # a bare clock time: on the day last named, else the DCT
        return Hit("TIME", f"{_day(c, 0)}T{hh:02d}:{mi:02d}{z}", True, mod, defer=Defer.DAYREF)
    return Hit("TIME", f"{date}T{hh:02d}:{mi:02d}{z}", True, mod)


def h_rel_unit(m: regex.Match[str], c: Ctx) -> Hit | None:
    rel = " ".join((m["rel"] or "").lower().split())
    unit = m["unit"].lower().split()[-1]
    mod = _mod(m["mod"])
    if rel in ("the", "that") and not m["mod"]:
        return None
    if m.group().istitle() and not _SENTENCE_START.search(c.text[max(0, m.start() - 3):m.start()]):
        return None  # "ABC's This Week": a title, not a date
    if unit == "decade" and rel in ("the past", "the last", "the coming", "the next"):
        return Hit("DURATION", "P10Y", False)  # "the past decade", "the coming decade": ten years
    k = -1 if rel in ("last", "the past", "the previous", "this past", "the last", "the prior") else \
        1 if rel in ("next", "this coming", "the coming", "the next", "the following") else 0
    if c.dct is None:
        xs = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
              "decade": "XXX", "century": "XX"}
        return Hit("DATE", xs[unit], True, mod)
    if unit == "weekend":
        if k == 0 and rel == "this":  # the weekend of the current week
            return Hit("DATE", R.iso_week(c.dct) + "-WE", True, mod)
        tense = T.Tense.PAST if k < 0 else T.Tense.FUTURE if k > 0 else c.tense(m)
        return Hit("DATE", R.weekend(c.dct, tense), True, mod)
    if unit == "week":
        return Hit("DATE", R.iso_week(c.dct + dt.timedelta(weeks=k)), True, mod)
    if unit == "century":
        return Hit("DATE", f"{c.dct.year // 100 + k:02d}", True, mod)
    val = R.shift_value(c.dct, unit, k)
    return Hit("DATE", val, True, mod) if val else None


def h_the_unit(m: regex.Match[str], c: Ctx) -> Hit | None:
    unit = m["unit"].lower()
    if unit == "weekend":
        return Hit("DATE", R.weekend(c.dct, c.tense(m)) if c.dct else "XXXX-WXX-WE", True)
    if unit == "year":
        text = m.group().lower()
        if "end" in text:
            return Hit("DATE", f"{c.dct.year:04d}" if c.dct else "XXXX", True, "END")
        if not text.startswith(("the", "that", "this")) or _WHOLE_YEAR.match(text):
            return Hit("DATE", f"{c.dct.year:04d}" if c.dct else "XXXX", True)
        if _FISCAL_END.match(c.text, m.end()):
            return Hit("DURATION", "P1Y", False)
        if c.prev_word(m.start()) in ("for", "in", "during", "through", "throughout", "of"):
            return Hit("DATE", f"{c.dct.year:04d}" if c.dct else "XXXX", True)
        return None
    if unit in ("day", "same day"):
        return Hit("DATE", _day(c, 0), True, _mod(m["mod"]), defer=Defer.DAYREF)
    return None


def h_rel_span(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'the previous year', 'the day before': from the date last named, else the document date.

    'the next year' looks ahead from the document date unless the clause is in the past
    ('was released the next day': the day after the one just told)."""
    unit = (m["unit"] or m["unit2"]).lower()
    rel = (m["rel"] or m["rel2"]).lower()
    k = -1 if rel in ("previous", "prior", "preceding", "before", "earlier") else 1
    anaphoric = rel != "next" or c.tense(m) is T.Tense.PAST
    if c.dct is None:
        return Hit("DATE", "XXXX-XX-XX" if unit == "day" else "XXXX", True)
    if unit == "week":
        val: str | None = R.iso_week(c.dct + dt.timedelta(weeks=k))
    else:
        val = R.shift_value(c.dct, unit, k)
    if val is None:
        return None
    return Hit("DATE", val, True, "APPROX" if m["orso"] else "", defer=Defer.SHIFT if anaphoric else Defer.NONE,
               shift=(unit, k))


def h_ordinal_unit(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'the eighth day (of the offensive)', 'a second consecutive day': the article date's day or week.

    TimeBank and MEANTIME tag these as DATEs of the day (week) they are written on; 'the first
    year of the war' is left alone, as it is seldom the article's year."""
    week = m["unit"].lower() == "week"
    if c.dct is None:
        return Hit("DATE", "XXXX-WXX" if week else "XXXX-XX-XX", True)
    return Hit("DATE", R.iso_week(c.dct) if week else c.dct.isoformat(), True)


def h_that_unit(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'that year', 'later that day': the period of the date last named, else the document date's.

    A day needs 'same', 'earlier' or 'later' and a day named just before: a bare 'that day'
    is as often no time at all ('trades made that day', 'if that day ever comes')."""
    unit = m["unit"].lower()
    day_ok = m["same"] or m["el"]
    if unit == "day" and not day_ok:
        return None
    if unit == "day" and c.dct is not None:
        return Hit("DATE", c.dct.isoformat(), True, defer=Defer.ANAPHOR, shift=("day", 0))
    if c.dct is None:
        return Hit("DATE", {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX"), True)
    val = R.iso_week(c.dct) if unit == "week" else R.shift_value(c.dct, unit, 0)
    return Hit("DATE", val, True, defer=Defer.SHIFT, shift=(unit, 0)) if val else None


def h_ref(m: regex.Match[str], c: Ctx) -> Hit | None:
    t = m.group().lower()
    if "future" in t or "term" in t:
        if "future" in t and c.text[m.end():m.end() + 3] == " of":
            return None  # "the future of the company" is not a time
        return Hit("DATE", "FUTURE_REF", True)
    if "recent" in t or "past" in t or "lately" in t:
        return Hit("DATE", "PAST_REF", True)
    if t == "current" and _CURRENT_NOUN.match(c.text, m.end()):
        return None
    return Hit("DATE", "PRESENT_REF", True)


def _holiday_tense(m: regex.Match[str], c: Ctx) -> T.Tense:
    rel = (m["rel"] or "").lower()
    return T.Tense.PAST if rel == "last" else T.Tense.FUTURE if rel == "next" else c.date_tense(m)


# Holidays on a fixed day, the nth weekday of a month (n=-1: the last), or Easter-based (days from Easter Sunday).
_FIXED_HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "new year's eve": (12, 31),
                   "new year's day": (1, 1), "independence day": (7, 4), "valentine's day": (2, 14),
                   "halloween": (10, 31), "boxing day": (12, 26), "veterans day": (11, 11)}
_NTH_WEEKDAY_HOLIDAYS = {"thanksgiving": (11, 4, 4), "labor day": (9, 1, 1), "memorial day": (5, 1, -1),
                         "mother's day": (5, 7, 2), "father's day": (6, 7, 3), "columbus day": (10, 1, 2),
                         "presidents day": (2, 1, 3), "martin luther king": (1, 1, 3)}
_EASTER_HOLIDAYS = {"good friday": -2, "easter monday": 1, "easter": 0}


def easter(y: int) -> dt.date:
    """Western (Gregorian) Easter Sunday of year y (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def _holiday_date(name: str, y: int) -> dt.date:
    """The day of the holiday name (lower case, apostrophes straightened) in year y."""
    key = next((k for k in _FIXED_HOLIDAYS if name.startswith(k)), None)
    if key:
        return dt.date(y, *_FIXED_HOLIDAYS[key])
    key = next((k for k in _EASTER_HOLIDAYS if name.startswith(k)), None)
    if key:
        return easter(y) + dt.timedelta(days=_EASTER_HOLIDAYS[key])
    if name.startswith("election day"):  # US: the Tuesday after the first Monday in November
        first = dt.date(y, 11, 1)
        return first + dt.timedelta(days=(1 - first.isoweekday()) % 7 + 1)
    mon, wd, nth = next(v for k, v in _NTH_WEEKDAY_HOLIDAYS.items() if name.startswith(k))
    if nth > 0:
        first = dt.date(y, mon, 1)
        return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = R.last_day(y, mon)
    return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)


def h_holiday(m: regex.Match[str], c: Ctx) -> Hit | None:
    """'Christmas', 'Thanksgiving', 'Good Friday', 'Election Day': their day, in the year the clause points to.

    'Easter week' is the ISO week of Easter Sunday."""
    name = " ".join(m["name"].lower().replace("’", "'").replace("presidents'", "presidents").split())
    week = name.endswith(" week")
    year = int(m["year"]) if m["year"] else None
    if year is None and c.dct is None:
        if name in _FIXED_HOLIDAYS or name.startswith(("christmas", "new year")):
            d = _holiday_date(name, 2000)
            return Hit("DATE", f"XXXX-{d.month:02d}-{d.day:02d}", True)
        return Hit("DATE", "XXXX-WXX" if week else "XXXX-XX-XX", True)
    if year is None:
        assert c.dct is not None
        d0 = _holiday_date(name, c.dct.year) - dt.timedelta(days=6 if week else 0)  # a week: its Monday
        year = R.month_day_year(c.dct, d0.month, d0.day, _holiday_tense(m, c))
        anchored = True
    else:
        anchored = False
    d = _holiday_date(name, year)
    return Hit("DATE", R.iso_week(d) if week else d.isoformat(), anchored)
