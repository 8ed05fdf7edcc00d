"""The weekday-date check kind."""

from __future__ import annotations

import pytest

from factlint.check import weekday_date
from factlint.model import Corpus, Fact, FactKind, LinkedFact, Span
from factlint.rulebook.rule_files import load_rulebook

RULE = next(r for r in load_rulebook().rules if r.id == "weekday-date")


def item(value: str, weekday: str) -> LinkedFact:
    attrs = (("weekday", weekday),) if weekday else ()
    fact = Fact(FactKind.DATE, Span("a.txt", 0, 5, 1, 1, 1, 6), "text", value, "", value, attrs)
    return LinkedFact(fact, "s", "main")


@pytest.mark.parametrize("value, weekday, message", [
    ("2023-05-04", "2", "text: 2023-05-04 is a Thursday, not a Tuesday"),
    ("2023-05-04", "4", None),
    ("XXXX-05-04", "2", None),
    ("2023-05", "2", None),
    ("2023-05-04", "", None),
    ("2023-02-30", "1", None),
])
def test_weekday_date(value, weekday, message):
    findings = list(weekday_date.check(RULE, [item(value, weekday)], Corpus({})))
    assert [f.message for f in findings] == ([message] if message else [])


@pytest.mark.parametrize("value, weekday, flagged", [
    ("2016-09-12", "6", False),   # Saturday, Sept. 12 -- 2015 if the year was 2015
    ("2016-09-12", "3", True),
])
def test_a_guessed_year_is_checked_against_nearby_years(value, weekday, flagged):
    fact = Fact(FactKind.DATE, Span("a.txt", 0, 5, 1, 1, 1, 6), "text", value, "", value,
                (("weekday", weekday), ("year", "inferred")))
    findings = list(weekday_date.check(RULE, [LinkedFact(fact, "s", "main")], Corpus({})))
    assert bool(findings) is flagged
