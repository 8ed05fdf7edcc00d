"""Comparable values of facts: numeric intervals that honour qualifiers such as "about" and "more than"."""

from __future__ import annotations

import math

import regex

from factlint.model import Fact, FactKind

_DAYS = {"H": 1 / 24, "D": 1.0, "W": 7.0, "M": 30.0, "Y": 365.0}
_APPROXIMATE = {"about", "around", "nearly", "almost", "some", "roughly", "approximately", "up to"}
_AT_LEAST = {"more than", "over", "at least", "upwards of"}
_AT_MOST = {"less than", "under", "fewer than", "at most", "no more than"}
# "five dead, including the gunman": five in all, four of them victims.
_ONE_MAY_BE_APART = {"including the gunman"}


def magnitude(fact: Fact) -> float | None:
    """The fact's value as one number (days for durations), or None when it has none."""
    if fact.kind is FactKind.DURATION:
        match = regex.fullmatch(r"PT?([\d.]+)([HDWMY])", fact.value)
        return float(match.group(1)) * _DAYS[match.group(2)] if match else None
    try:
        return float(fact.value)
    except ValueError:
        return None


def interval(fact: Fact, approximate_share: float = 0.2) -> tuple[float, float] | None:
    """The range of values the statement allows: exact, about, more than or less than."""
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
    return (value, value)


def compatible(a: Fact, b: Fact, tolerance: float = 0.0) -> bool:
    """Whether two statements can both be true: their ranges meet (within a relative tolerance)."""
    first, second = interval(a), interval(b)
    if first is None or second is None:
        return a.value == b.value
    slack = tolerance * max(abs(first[0]), abs(second[0]), 1e-9)
    return first[0] <= second[1] + slack and second[0] <= first[1] + slack
