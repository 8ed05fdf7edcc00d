"""Corpus-scope `name-variants` on a warm run (issue 18). Which names count as spellings of one another (the entities,
check/name_matching.entities) hangs on the set of names written in the corpus alone, and an entity's findings on the
uses of its names alone (each use: a fact, its article's text and the titles its person holds in that article). So
the state keeps, per rule as run, the names and their entities, each entity's findings, and which names each article
wrote: the entities are joined again only when the set of names changed, and an entity's findings are found again
only when it is new or one of its names is written in an article that changed (as it was, or as it is)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

from factlint.model import Finding, LinkedFact, Rule


@dataclass(frozen=True)
class NamesState:
    """One rule's entities of the names written, each entity's findings, and the names each article wrote."""

    entities: tuple[tuple[str, ...], ...]
    findings: Mapping[tuple[str, ...], tuple[Finding, ...]]
    held: Mapping[str, frozenset[str]]


def run_key(rule: Rule) -> tuple[str, str]:
    """A rule as run: its id and the kind of name (one rule runs for each kind under `conventions: only`)."""
    return (rule.id, rule.fact.value if rule.fact else "")


class NamesMemo:
    """check/name_variants.Memo for one rule as run, from its state before (None: nothing known) and the articles
    that changed, were added or deleted since (None: unknown, everything is found again); `after` is the state to
    keep."""

    def __init__(self, before: NamesState | None, changed: frozenset[str] | None) -> None:
        self.before, self.changed = before, changed
        self.entities_now: list[list[str]] = []
        self.findings_now: dict[tuple[str, ...], tuple[Finding, ...]] = {}
        self.held: dict[str, frozenset[str]] = {}
        self.dirty: frozenset[str] | None = None

    def entities(self, by_subject: Mapping[str, Sequence[LinkedFact]],
                 compute: Callable[[], list[list[str]]]) -> list[list[str]]:
        held: dict[str, set[str]] = {}
        for subject, items in by_subject.items():
            for item in items:
                held.setdefault(item.fact.span.path, set()).add(subject)
        self.held = {path: frozenset(names) for path, names in held.items()}
        before = self.before
        if before is None or self.changed is None:
            self.dirty = None
        else:
            empty: frozenset[str] = frozenset()
            self.dirty = frozenset().union(*(before.held.get(p, empty) | self.held.get(p, empty)
                                             for p in self.changed))
        if before is not None and set(by_subject) == {s for entity in before.entities for s in entity}:
            self.entities_now = [list(entity) for entity in before.entities]  # the same names: the same entities
        else:
            self.entities_now = compute()
        return self.entities_now

    def findings(self, entity: Sequence[str], compute: Callable[[], list[Finding]]) -> list[Finding]:
        key = tuple(entity)
        before = self.before
        if before is not None and self.dirty is not None and key in before.findings \
                and not any(s in self.dirty for s in key):
            found = before.findings[key]
        else:
            found = tuple(compute())
        self.findings_now[key] = found
        return list(found)

    def after(self) -> NamesState:
        return NamesState(tuple(tuple(e) for e in self.entities_now), self.findings_now, self.held)


class NamesMemos:
    """The memos of every corpus-scope name-variants rule of a run (by run_key), made as the check asks for them."""

    def __init__(self, before: Mapping[tuple[str, str], NamesState], changed: frozenset[str] | None) -> None:
        self.before, self.changed = before, changed
        self.made: dict[tuple[str, str], NamesMemo] = {}

    def __call__(self, rule: Rule) -> NamesMemo:
        key = run_key(rule)
        memo = self.made[key] = NamesMemo(self.before.get(key), self.changed)
        return memo

    def after(self) -> dict[tuple[str, str], NamesState]:
        return {key: memo.after() for key, memo in self.made.items()}
