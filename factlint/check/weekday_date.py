"""Check kind `weekday-date`: a weekday written beside a calendar date must be that date's weekday."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Iterator, Sequence

import regex

from factlint.model import Corpus, FactKind, Finding, LinkedFact, Rule

KIND = "weekday-date"
FIELDS = frozenset({"text", "value", "stated", "actual"})
NEEDS: frozenset[FactKind] = frozenset({FactKind.DATE, FactKind.TIME})  # fact kinds read besides the rule's own
_FULL_DATE = regex.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Options:
    """No options: the calendar is not negotiable."""


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus) -> Iterator[Finding]:
    """One finding per date whose stated weekday is not the calendar's."""
    for item in facts:
        fact = item.fact
        stated = fact.attr("weekday")
        match = _FULL_DATE.match(fact.value)
        if fact.kind not in (FactKind.DATE, FactKind.TIME) or not stated or not match:
            continue
        try:
            actual = dt.date(*map(int, match.groups())).isoweekday()
        except ValueError:
            continue
        if actual != int(stated):
            fields = {
                "text": fact.text, "value": match.group(),
                "stated": calendar.day_name[int(stated) - 1], "actual": calendar.day_name[actual - 1],
            }
            yield Finding(rule.id, rule.severity, rule.message.format_map(fields), fact.span)
