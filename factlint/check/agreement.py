"""Check kind `agreement`: what one event instance's statements say of one subject must agree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from factlint.check.scope import groups
from factlint.check.values import compatible
from factlint.model import Corpus, Finding, LinkedFact, Related, Rule

KIND = "agreement"
FIELDS = frozenset({"subject", "value", "text", "other_value", "other_text", "other_place"})


@dataclass(frozen=True)
class Options:
    """`tolerance`: relative difference still taken as agreement (0.1 = 10%)."""

    tolerance: float = 0.0


def place(item: LinkedFact, relative_to: LinkedFact) -> str:
    """Where a statement is, short: 'line 4' in the same file, else 'file.txt:4'."""
    span = item.fact.span
    if span.path == relative_to.fact.span.path:
        return f"line {span.line}"
    return f"{span.path.rsplit('/', 1)[-1]}:{span.line}"


def _reference(group: Sequence[LinkedFact], options: Options) -> LinkedFact:
    """The statement others are measured against: the value most articles give, first stated."""
    def support(item: LinkedFact) -> int:
        return len({o.fact.span.path for o in group if compatible(o.fact, item.fact, options.tolerance)})

    return max(group, key=lambda item: (support(item), -group.index(item)))


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus) -> Iterator[Finding]:
    """One finding per statement that disagrees with the group's reference value."""
    options: Options = rule.options
    for group in groups(rule, facts):
        if len(group) < 2:
            continue
        reference = _reference(group, options)
        backing = [o for o in group if compatible(o.fact, reference.fact, options.tolerance)]
        for item in group:
            if compatible(item.fact, reference.fact, options.tolerance):
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
