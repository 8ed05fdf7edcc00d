"""Which findings are reported: per-file ignores, inline suppressions, the baseline and path filters, in order."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from factlint.decide import policy, suppress
from factlint.decide.baseline import new_findings
from factlint.model import Document, Finding


@dataclass(frozen=True)
class Decisions:
    """The settings that remove findings after the checks ran."""

    ran: tuple[str, ...]
    known: tuple[str, ...]
    report_unused: bool = True
    per_file_ignores: Mapping[str, Sequence[str]] = field(default_factory=dict)
    root: str = "."
    baseline: Counter[str] | None = None
    only_paths: frozenset[str] | None = None


def suppressed(findings: Iterable[Finding], documents: Mapping[str, Document],
               decisions: Decisions) -> tuple[Finding, ...]:
    """Findings after per-file ignores and inline markers, with unused markers reported (before the baseline)."""
    kept = policy.per_file_ignored(findings, decisions.per_file_ignores, decisions.root)
    outcome = suppress.apply_suppressions(kept, documents, decisions.known, decisions.ran)
    unused = policy.per_file_ignored(outcome.unused, decisions.per_file_ignores, decisions.root)
    found = list(outcome.kept) + (list(unused) if decisions.report_unused else [])
    return tuple(sorted(found, key=lambda f: f.sort_key))


def reported(findings: Sequence[Finding], documents: Mapping[str, Document],
             decisions: Decisions) -> tuple[Finding, ...]:
    """Of the suppressed-filtered findings, those new against the baseline and touching the wanted paths."""
    kept = tuple(findings)
    if decisions.baseline is not None:
        kept = new_findings(kept, documents, decisions.baseline)
    if decisions.only_paths is not None:
        kept = policy.touching(kept, decisions.only_paths)
    return kept
