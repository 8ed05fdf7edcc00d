"""The span-arithmetic check kind: start, end and duration of one event instance must add up."""

from __future__ import annotations

import pytest

from factlint.check import span_arithmetic
from factlint.model import Corpus, Fact, FactKind, LinkedFact, Span
from factlint.rulebook.rule_files import load_rulebook

RULE = next(r for r in load_rulebook().rules if r.id == "span-arithmetic")


def date(value: str, role: str, weekday: str = "", path: str = "a.txt", line: int = 1) -> LinkedFact:
    attrs = (("role", role),) + ((("weekday", weekday),) if weekday else ())
    fact = Fact(FactKind.DATE, Span(path, line, line + 1, line, 1, line, 2), value, value, "talks", value, attrs)
    return LinkedFact(fact, "story", "main")


def duration(value: str, path: str = "a.txt", line: int = 2, qualifier: str = "") -> LinkedFact:
    attrs = (("qualifier", qualifier),) if qualifier else ()
    fact = Fact(FactKind.DURATION, Span(path, line, line + 1, line, 1, line, 2), value, value, "talks", value, attrs)
    return LinkedFact(fact, "story", "main")


@pytest.mark.parametrize("facts, flagged", [
    ([date("XXXX-WXX-7", "start", "7"), date("XXXX-WXX-4", "end", "4"), duration("P5D")], 0),
    ([date("XXXX-WXX-7", "start", "7"), date("XXXX-WXX-4", "end", "4"), duration("P4D")], 1),
    ([date("XXXX-WXX-2", "start", "2"), date("XXXX-WXX-4", "end", "4"), duration("P3D")], 0),
    ([date("2024-06-03", "start", "1"), date("2024-06-07", "end", "5"), duration("P3D")], 1),
    ([date("2024-06-03", "start"), date("2024-06-07", "end"), duration("P5D")], 0),
    ([date("2024-06-03", "start"), date("2024-06-07", "end"), duration("P3D", qualifier="about")], 0),
    ([date("XXXX-WXX-7", "start", "7"), duration("P4D")], 0),
    ([date("XXXX-WXX-4", "end", "4"), duration("P4D")], 0),
    ([date("XXXX-WXX-1", "start", "1"), date("XXXX-WXX-2", "end", "2"), duration("P9D")], 0),
])
def test_span_arithmetic(facts, flagged):
    assert len(list(span_arithmetic.check(RULE, facts, Corpus({})))) == flagged


def test_prefers_the_duration_articles_own_end():
    facts = [
        date("XXXX-WXX-7", "start", "7", "001.txt", 10),
        date("XXXX-WXX-5", "end", "5", "001.txt", 4),
        date("XXXX-WXX-4", "end", "4", "002.txt", 3),
        duration("P4D", "002.txt", 3),
    ]
    (finding,) = span_arithmetic.check(RULE, facts, Corpus({}))
    assert [(r.span.path, r.span.line) for r in finding.related] == [("001.txt", 10), ("002.txt", 3)]
    assert "5 days counting both ends" in finding.message
