"""Running factlint on a cluster before and after a planted change, and deciding whether the change was caught."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from benchmarks.perturb.clusters import Cluster
from benchmarks.perturb.plant import Candidate
from factlint.model import Document, Finding, LinkedFact, Span
from factlint.pipeline import analyse
from factlint.rulebook.rule_files import Rulebook, load_rulebook

# A finding as compared before and after: rule, place and related places (offsets in the untouched text).
Identity = tuple[str, tuple[str, int, int], tuple[tuple[str, int, int], ...]]


@dataclass(frozen=True)
class Shift:
    """Where a change moved the text after it: offsets at or past `at` in `path` lie `delta` further on."""

    path: str = ""
    at: int = 0
    delta: int = 0

    def back(self, span: Span) -> tuple[str, int, int]:
        """The span's place in the untouched text."""
        def offset(value: int) -> int:
            return value - self.delta if span.path == self.path and value >= self.at else value
        return span.path, offset(span.start), offset(span.end)


def identity(finding: Finding, shift: Shift = Shift()) -> Identity:
    """What makes a finding the same before and after a change: not its message, which may quote the new value."""
    return (finding.rule, shift.back(finding.span), tuple(sorted(shift.back(r.span) for r in finding.related)))


def touches(finding: Finding, path: str, line: int) -> bool:
    """Whether the finding, or one of its related places, lies on the line."""
    return any(span.path == path and span.line <= line <= span.end_line
               for span in (finding.span, *(r.span for r in finding.related)))


def caught_by(before: frozenset[Identity], after: Sequence[Finding], path: str, line: int,
              shift: Shift) -> tuple[str, ...]:
    """The rules of the findings that are new after the change and point at the changed line."""
    return tuple(sorted({f.rule for f in after if identity(f, shift) not in before and touches(f, path, line)}))


@dataclass(frozen=True)
class Planted:
    """One planted change and its outcome."""

    candidate: Candidate
    rules: tuple[str, ...]  # of the new findings at the changed line; empty if missed

    @property
    def caught(self) -> bool:
        return bool(self.rules)


@dataclass
class Runner:
    """factlint in-process, one job, with each untouched cluster's findings kept (by corpus and cluster id, unique
    within a corpus) for every change planted in it."""

    rulebook: Rulebook = field(default_factory=load_rulebook)
    baselines: dict[tuple[str, str], tuple[Finding, ...]] = field(default_factory=dict)

    def findings(self, documents: Sequence[Document]) -> tuple[Finding, ...]:
        return analyse(documents, self.rulebook, jobs=1).findings

    def untouched(self, cluster: Cluster) -> tuple[Finding, ...]:
        """The cluster's findings as it is (computed once)."""
        key = (cluster.corpus, cluster.id)
        if key not in self.baselines:
            self.baselines[key] = self.findings(cluster.documents)
        return self.baselines[key]

    def plant(self, candidate: Candidate) -> Planted:
        """Run factlint on the cluster with the change made and see whether it was caught."""
        before = frozenset(identity(f) for f in self.untouched(candidate.cluster))
        mention, path = candidate.mention, candidate.document.path
        shift = Shift(path, mention.start + len(mention.replacement), len(mention.replacement) - len(mention.original))
        after = self.findings(candidate.changed_cluster())
        return Planted(candidate, caught_by(before, after, path, candidate.line, shift))

    def facts_at(self, candidate: Candidate) -> tuple[LinkedFact, ...]:
        """What factlint extracted at the changed words, after the change (to tell an extraction gap from a
        comparison gap)."""
        start = candidate.mention.start
        end = start + len(candidate.mention.replacement)
        facts = analyse(candidate.changed_cluster(), self.rulebook, all_facts=True, jobs=1).facts
        return tuple(linked for linked in facts
                     if linked.fact.span.path == candidate.document.path and linked.fact.span.start < end
                     and start < linked.fact.span.end)
