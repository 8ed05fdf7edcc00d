"""Real clusters flattened into one corpus per half: story F1, and findings that set one cluster against another."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from benchmarks.instances.metrics import Score
from benchmarks.instances.split import Half, half_of
from benchmarks.stories import load, pairwise
from factlint.cache import Cache
from factlint.model import Finding, Scope
from factlint.pipeline import analyse
from factlint.rulebook.rule_files import Rulebook

# Rules that compare facts of one event instance. The corpus-wide spelling rules (name-, title- and
# venue-variants) and stale-relative-date compare across instances by design; article rules
# (repeated-word, weekday-date) never reach another article, so they can never cross clusters.
BOUND_SCOPES = frozenset({Scope.INSTANCE, Scope.STORY})


@dataclass(frozen=True)
class Crossing:
    """A finding whose other side lies in another gold cluster than its own article."""

    finding: Finding
    own: str
    others: tuple[str, ...]


@dataclass(frozen=True)
class ClusterResult:
    """One half of one cluster corpus, flattened: its stories against gold, and its crossing findings."""

    corpus: str
    half: Half
    articles: int
    clusters: int
    stories: int
    story: Score
    findings: int
    crossings: tuple[Crossing, ...]  # of the instance-bound rules
    crossings_any: int  # of all rules, the corpus-wide spelling rules among them


def bound_rules(rulebook: Rulebook) -> tuple[str, ...]:
    """The ids of the rules bound to an event instance, from their scope."""
    return tuple(sorted(rule.id for rule in rulebook.rules if rule.scope in BOUND_SCOPES))


def crossings(findings: Sequence[Finding], gold: dict[str, str], rules: Sequence[str]) -> tuple[Crossing, ...]:
    """The findings of the given rules that relate an article of one gold cluster to one of another."""
    found = []
    for finding in findings:
        if finding.rule not in rules:
            continue
        own = gold[finding.span.path]
        others = sorted({gold[related.span.path] for related in finding.related} - {own})
        if others:
            found.append(Crossing(finding, own, tuple(others)))
    return tuple(found)


def run_corpus(name: str, halves: Sequence[Half], rulebook: Rulebook, cache: Cache | None) -> list[ClusterResult]:
    """Each asked half of the corpus checked alone, with stories inferred (no `story:` given), on one process."""
    documents, gold = load(name)
    rules = bound_rules(rulebook)
    results = []
    for half in halves:
        chosen = [doc for doc in documents if half_of(gold[doc.path]) is half]
        truth = {doc.path: gold[doc.path] for doc in chosen}
        analysis = analyse(chosen, rulebook, cache=cache, jobs=1)
        precision, recall, _ = pairwise(analysis.stories, truth)
        results.append(ClusterResult(name, half, len(chosen), len(set(truth.values())), len(analysis.stories),
                                     Score(precision, recall), len(analysis.findings),
                                     crossings(analysis.findings, truth, rules),
                                     len(crossings(analysis.findings, truth, [rule.id for rule in rulebook.rules]))))
    return results
