"""Check kind `weekday-date`: a weekday written beside a calendar date must be that date's weekday."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Iterator, Sequence


from factlint import lazyre
from factlint.model import Corpus, FactKind, Finding, LinkedFact, Rule

KIND = "weekday-date"
FIELDS = frozenset({"text", "value", "stated", "actual"})
NEEDS: frozenset[FactKind] = frozenset({FactKind.DATE, FactKind.TIME})  # fact kinds read besides the rule's own
_FULL_DATE = lazyre.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Options:
    """No options: the calendar is not negotiable."""


def _fits_a_nearby_year(fact, month: int, day: int, weekday: int) -> bool:
    """A year the article did not write was guessed: the weekday may show it meant the year before or after."""
    if fact.attr("year") != "inferred":
        return False
    year = int(fact.value[:4])
    for other in (year - 1, year + 1):
        try:
            if dt.date(other, month, day).isoweekday() == weekday:
                return True
        except ValueError:
            continue
    return False


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus) -> Iterator[Finding]:
    """One finding per date whose stated weekday is not the calendar's."""
    for item in facts:
        fact = item.fact
        stated = fact.attr("weekday")
        match = _FULL_DATE.match(fact.value)
        if fact.kind not in (FactKind.DATE, FactKind.TIME) or not stated or not match:
            continue
        year, month, day = map(int, match.groups())
        try:
            actual = dt.date(year, month, day).isoweekday()
        except ValueError:
            continue
        if actual != int(stated) and not _fits_a_nearby_year(fact, month, day, int(stated)):
            fields = {
                "text": fact.text, "value": match.group(),
                "stated": calendar.day_name[int(stated) - 1], "actual": calendar.day_name[actual - 1],
            }
            yield Finding(rule.id, rule.severity, rule.message.format_map(fields), fact.span)
