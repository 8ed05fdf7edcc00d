"""Group linked facts by a rule's scope (article, event instance, story, corpus) and subject."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from factlint.model import LinkedFact, Rule, Scope


def scope_key(scope: Scope, item: LinkedFact) -> tuple[str, ...]:
    """The key of the comparison group a fact falls in at a scope."""
    if scope is Scope.ARTICLE:
        return (item.fact.span.path, item.instance)
    if scope is Scope.INSTANCE:
        return (item.story, item.instance)
    if scope is Scope.STORY:
        return (item.story,)
    return ()


def groups(rule: Rule, facts: Iterable[LinkedFact], *, need_subject: bool = True) -> list[list[LinkedFact]]:
    """The facts a rule compares, grouped by scope and subject, in a deterministic order.

    need_subject=False keeps facts tied to no event (a check comparing whole sentences needs no subject)."""
    grouped: dict[tuple, list[LinkedFact]] = defaultdict(list)
    for item in facts:
        # A fact tied to no event or entity (empty subject) has nothing to be compared with.
        if item.fact.kind is rule.fact and (item.fact.subject or not need_subject) and rule.applies_to(item.fact.subject):
            # A start date is never compared with an end date: the role is part of the key.
            grouped[scope_key(rule.scope, item) + (item.fact.subject, item.fact.attr("role"))].append(item)
    return [sorted(grouped[key], key=lambda i: i.fact.span.order) for key in sorted(grouped)]
