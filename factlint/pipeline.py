"""The pipeline in one place: read -> extract -> link -> check, returning a complete Report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from factlint import check, link, story_clusters
from factlint.cache import Cache
from factlint.fanout import extract_all
from factlint.model import Corpus, Document, Finding, LinkedFact, Report, Rule, Story
from factlint.read import read_paths
from factlint.rulebook import Rulebook


@dataclass(frozen=True)
class Analysis:
    """What the pipeline found out about a corpus: stories, linked facts and findings."""

    documents: tuple[Document, ...]
    stories: tuple[Story, ...]
    facts: tuple[LinkedFact, ...]
    findings: tuple[Finding, ...]


def analyse(documents: Sequence[Document], rulebook: Rulebook, rules: Sequence[Rule] | None = None,
            all_facts: bool = False, *, cache: Cache | None = None, jobs: int = 1,
            progress: Callable[[int, int], None] | None = None) -> Analysis:
    """Extract (cached, over `jobs` processes), link and check; only the extractors the rules need run unless all_facts."""
    rules = rulebook.rules if rules is None else tuple(rules)
    kinds = None if all_facts else frozenset(rule.fact for rule in rules)
    extracted = extract_all(documents, rulebook.lexicon, kinds, cache=cache, jobs=jobs, progress=progress)
    facts = extracted.facts
    # story_clusters is link.group_stories' linear-time fast path (same stories up to rounding).
    stories = story_clusters.group_stories(documents, extracted.features)
    linked = link.link(documents, facts, stories)
    corpus = Corpus({doc.path: doc for doc in documents}, stories)
    findings: list[Finding] = []
    for rule in rules:
        findings.extend(check.KINDS[rule.kind].check(rule, linked, corpus))
    findings.sort(key=lambda finding: finding.sort_key)
    return Analysis(tuple(documents), stories, tuple(linked), tuple(findings))


def lint(paths: Iterable[str], rulebook: Rulebook, *, rules: Sequence[Rule] | None = None,
         stdin_text: str | None = None, cache: Cache | None = None, jobs: int = 1,
         progress: Callable[[int, int], None] | None = None) -> tuple[Analysis, Report]:
    """Read the paths and check them; problems with single files are kept, not raised."""
    result = read_paths(paths, stdin_text=stdin_text)
    analysis = analyse(result.documents, rulebook, rules, cache=cache, jobs=jobs, progress=progress)
    report = Report(
        findings=analysis.findings,
        documents={doc.path: doc for doc in result.documents},
        problems=result.problems,
        rules=rulebook.rules if rules is None else tuple(rules),
        stories=analysis.stories,
        facts=analysis.facts,
    )
    return analysis, report

