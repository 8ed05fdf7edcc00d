"""Comparable values of facts: numeric intervals that honour qualifiers such as "about" and "more than"."""

from __future__ import annotations

import dataclasses
import math


from factlint import lazyre
from factlint.extract.timex.resolve import date_interval
from factlint.model import Fact, FactKind

_DAYS = {"H": 1 / 24, "D": 1.0, "W": 7.0, "M": 30.0, "Y": 365.0}
_APPROXIMATE = {"about", "around", "nearly", "almost", "some", "roughly", "approximately", "up to"}
_AT_LEAST = {"more than", "over", "at least", "upwards of"}
_AT_MOST = {"less than", "under", "fewer than", "at most", "no more than"}
# "five dead, including the gunman": five in all, four of them victims.
_ONE_MAY_BE_APART = {"including the gunman"}
# "four killed" where the gunman died too: four victims (five dead in all) or four dead counting him.
_GUNMAN_DIED = {"the gunman died"}


_ISO_DURATION = lazyre.compile(r"PT?([\d.]+)([HDWMY])")


def magnitude(fact: Fact) -> float | None:
    """The fact's value as one number (days for durations), or None when it has none."""
    if fact.kind is FactKind.DURATION:
        match = _ISO_DURATION.fullmatch(fact.value)
        return float(match.group(1)) * _DAYS[match.group(2)] if match else None
    try:
        return float(fact.value)
    except ValueError:
        return None


def interval(fact: Fact, approximate_share: float = 0.2) -> tuple[float, float] | None:
    """The range of values the statement allows: exact, about, more than or less than."""
    if fact.kind in (FactKind.DATE, FactKind.TIME):
        bounds = date_interval(fact.value)
        if bounds and bounds[0] == bounds[1] and fact.attr("anchored") == "yes":
            # A day found from the article's date ("today", "Tuesday") may be a day off: a story
            # filed after midnight, or dated in another time zone, still means the day before.
            return (bounds[0] - 1, bounds[1] + 1)
        return bounds
    value = magnitude(fact)
    if value is None:
        return None
    qualifier = fact.attr("qualifier")
    if qualifier in _APPROXIMATE:
        slack = max(value * approximate_share, 1.0 if fact.kind is FactKind.QUANTITY else 0.0)
        return (value - slack, value + slack)
    if qualifier in _AT_LEAST:
        return (value, math.inf)
    if qualifier in _AT_MOST:
        return (0.0, value)
    if qualifier in _ONE_MAY_BE_APART:
        return (value - 1, value)
    if qualifier in _GUNMAN_DIED:
        return (value - 1, value + 1)
    return (value, value)


_YEAR_FIRST = lazyre.compile(r"^\d{4}")


def _year_variants(fact: Fact) -> list[Fact]:
    """A date whose year the article did not write ("June 29") in each year it may mean."""
    if fact.attr("year") != "inferred" or not _YEAR_FIRST.match(fact.value):
        return [fact]
    year = int(fact.value[:4])
    return [dataclasses.replace(fact, value=f"{y}{fact.value[4:]}", attrs=()) for y in (year - 1, year, year + 1)]


def compatible(a: Fact, b: Fact, tolerance: float = 0.0) -> bool:
    """Whether two statements can both be true: their ranges meet (within a relative tolerance)."""
    if a.attr("year") == "inferred" or b.attr("year") == "inferred":
        return any(_compatible(x, y, tolerance) for x in _year_variants(a) for y in _year_variants(b))
    return _compatible(a, b, tolerance)


def _compatible(a: Fact, b: Fact, tolerance: float) -> bool:
    first, second = interval(a), interval(b)
    if first is None or second is None:
        # An unresolved date ("Thursday" with no article date) cannot contradict anything.
        return a.kind in (FactKind.DATE, FactKind.TIME) or a.value == b.value
    slack = tolerance * max(abs(first[0]), abs(second[0]), 1e-9)
    return first[0] <= second[1] + slack and second[0] <= first[1] + slack
