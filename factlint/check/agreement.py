"""Check kind `agreement`: what one event instance's statements say of one subject must agree."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator, Sequence

from factlint.check.scope import groups
from factlint.check.values import compatible, magnitude
from factlint.model import Corpus, Finding, LinkedFact, Related, Rule

KIND = "agreement"
FIELDS = frozenset({"subject", "value", "text", "other_value", "other_text", "other_place"})


@dataclass(frozen=True)
class Options:
    """`tolerance`: relative difference still taken as agreement (0.1 = 10%); `per_year`: how much
    the value may change for each year between two articles' dates (1 for ages)."""

    tolerance: float = 0.0
    per_year: float = 0.0


def _agree(a: LinkedFact, b: LinkedFact, options: Options, corpus: Corpus) -> bool:
    """Whether two statements agree, allowing for the time between their articles when asked."""
    if compatible(a.fact, b.fact, options.tolerance):
        return True
    if not options.per_year:
        return False
    first, second = corpus.documents.get(a.fact.span.path), corpus.documents.get(b.fact.span.path)
    if first is None or second is None or first.date is None or second.date is None:
        return False
    # Whole years, rounded: a birthday between articles two weeks apart is too unlikely to excuse.
    years = math.floor(abs((first.date - second.date).days) / 365.25 + 0.5)
    low, high = sorted((magnitude(a.fact) or 0.0, magnitude(b.fact) or 0.0))
    return high - low <= options.per_year * years


def place(item: LinkedFact, relative_to: LinkedFact) -> str:
    """Where a statement is, short: 'line 4' in the same file, else 'file.txt:4'."""
    span = item.fact.span
    if span.path == relative_to.fact.span.path:
        return f"line {span.line}"
    return f"{span.path.rsplit('/', 1)[-1]}:{span.line}"


def _reference(group: Sequence[LinkedFact], options: Options, corpus: Corpus) -> LinkedFact:
    """The statement others are measured against: the value most articles give, first stated."""
    def support(item: LinkedFact) -> int:
        return len({o.fact.span.path for o in group if _agree(o, item, options, corpus)})

    return max(group, key=lambda item: (support(item), -group.index(item)))


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus) -> Iterator[Finding]:
    """One finding per statement that disagrees with the group's reference value."""
    options: Options = rule.options
    for group in groups(rule, facts):
        if len(group) < 2:
            continue
        reference = _reference(group, options, corpus)
        backing = [o for o in group if _agree(o, reference, options, corpus)]
        for item in group:
            if _agree(item, reference, options, corpus):
                continue
            fields = {
                "subject": item.fact.subject,
                "value": item.fact.shown,
                "text": item.fact.text,
                "other_value": reference.fact.shown,
                "other_text": reference.fact.text,
                "other_place": ", ".join(dict.fromkeys(place(o, item) for o in backing)),
            }
            related = tuple(Related(o.fact.span, f'"{o.fact.text}" ({o.fact.shown})') for o in backing)
            yield Finding(rule.id, rule.severity, rule.message.format_map(fields), item.fact.span, related)
