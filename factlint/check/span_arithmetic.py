"""Check kind `span-arithmetic`: an event's start, end and duration must add up (days counted inclusively)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterator, Sequence


from factlint import lazyre
from factlint.check.cite import place
from factlint.check.scope import scope_key
from factlint.check.values import magnitude
from factlint.model import Corpus, FactKind, Finding, LinkedFact, Related, Rule

KIND = "span-arithmetic"
FIELDS = frozenset({"subject", "value", "text", "start_text", "start_place", "end_text", "end_place", "implied"})
NEEDS: frozenset[FactKind] = frozenset({FactKind.DURATION, FactKind.DATE, FactKind.TIME})  # fact kinds read besides the rule's own
_FULL_DATE = lazyre.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Options:
    """`max_weekday_span`: longest duration (days) checked from weekday names alone, which repeat every week."""

    max_weekday_span: int = 7


def _day(item: LinkedFact) -> tuple[str, int] | None:
    """('date', ordinal) for a calendar date, ('weekday', 1-7) for a weekday name, else None."""
    match = _FULL_DATE.match(item.fact.value)
    if match:
        try:
            return "date", dt.date(*map(int, match.groups())).toordinal()
        except ValueError:
            return None
    weekday = item.fact.attr("weekday")
    return ("weekday", int(weekday)) if weekday else None


def _implied(start: LinkedFact, end: LinkedFact, options: Options) -> int | None:
    """Days from start to end counting both, or None when the two cannot be compared."""
    first, last = _day(start), _day(end)
    if first is None or last is None:
        return None
    if first[0] == last[0] == "date":
        return last[1] - first[1] + 1
    weekdays = (int(start.fact.attr("weekday") or 0), int(end.fact.attr("weekday") or 0))
    if all(weekdays):
        return (weekdays[1] - weekdays[0]) % 7 + 1
    return None


def _closeness(item: LinkedFact, anchor: LinkedFact) -> tuple:
    """Prefer statements from the duration's own article, then the earliest."""
    return (item.fact.span.path != anchor.fact.span.path, item.fact.span)


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus) -> Iterator[Finding]:
    """One finding per exact duration that disagrees with the start and end stated for its event."""
    options: Options = rule.options
    groups: dict[tuple, dict[str, list[LinkedFact]]] = {}
    for item in facts:
        fact = item.fact
        if not fact.subject or not rule.applies_to(fact.subject):
            continue
        if fact.kind is FactKind.DURATION and not fact.attr("qualifier"):
            part = "duration"
        elif fact.kind in (FactKind.DATE, FactKind.TIME) and fact.attr("role") in ("start", "end"):
            part = fact.attr("role")
        else:
            continue
        key = scope_key(rule.scope, item) + (fact.subject,)
        groups.setdefault(key, {"start": [], "end": [], "duration": []})[part].append(item)
    for key in sorted(groups):
        parts = groups[key]
        for duration in parts["duration"]:
            days = magnitude(duration.fact)
            if not parts["start"] or not parts["end"] or days is None or not float(days).is_integer():
                continue
            start = min(parts["start"], key=lambda s: _closeness(s, duration))
            end = min(parts["end"], key=lambda e: _closeness(e, duration))
            implied = _implied(start, end, options)
            if implied is None or implied == days:
                continue
            if _day(start)[0] == "weekday" and days > options.max_weekday_span:
                continue
            fields = {
                "subject": duration.fact.subject, "value": duration.fact.shown, "text": duration.fact.text,
                "start_text": start.fact.text, "start_place": place(start, duration),
                "end_text": end.fact.text, "end_place": place(end, duration), "implied": str(implied),
            }
            related = (
                Related(start.fact.span, f'start: "{start.fact.text}"'),
                Related(end.fact.span, f'end: "{end.fact.text}"'),
            )
            yield Finding(rule.id, rule.severity, rule.message.format_map(fields), duration.fact.span, related)
