"""Policy apart from reporting: which rules run, their severities, and the exit code."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from factlint.model import ExitCode, Finding, Rule, Severity


@dataclass(frozen=True)
class Selection:
    """Rule ids or prefixes to run (`select`) and to leave out (`ignore`), and severity overrides."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severities: Mapping[str, Severity] = dataclasses.field(default_factory=dict)

    def wants(self, rule_id: str) -> bool:
        """Whether a rule runs: selected (or nothing selected) and not ignored; longest prefix wins."""
        chosen = max((len(p) for p in self.select if rule_id.startswith(p)), default=None)
        if not self.select:
            chosen = 0
        dropped = max((len(p) for p in self.ignore if rule_id.startswith(p)), default=None)
        return chosen is not None and (dropped is None or chosen > dropped)

def unknown_selectors(selection: Selection, rules: Iterable[Rule]) -> list[str]:
    """Selectors that match no rule id (a typo in --select should not silently select nothing)."""
    ids = [rule.id for rule in rules]
    return [p for p in (*selection.select, *selection.ignore) if not any(i.startswith(p) for i in ids)]


def select_rules(rules: Sequence[Rule], selection: Selection) -> tuple[Rule, ...]:
    """The rules that run, with severity overrides applied."""
    chosen = []
    for rule in rules:
        if not selection.wants(rule.id):
            continue
        severity = selection.severities.get(rule.id)
        chosen.append(dataclasses.replace(rule, severity=severity) if severity else rule)
    return tuple(chosen)


def exit_code(findings: Iterable[Finding], fail_on: Severity = Severity.ERROR) -> ExitCode:
    """FINDINGS when any finding is at least as severe as fail_on, else CLEAN."""
    if any(f.severity.rank >= fail_on.rank for f in findings):
        return ExitCode.FINDINGS
    return ExitCode.CLEAN
