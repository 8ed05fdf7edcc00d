"""The pipeline in one place: read -> extract -> link -> check, returning a complete Report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from factlint import check, link
from factlint.cache import Cache
from factlint.dating import with_date
from factlint.fanout import extract_all
from factlint.model import Corpus, Document, Finding, LinkedFact, Problem, Report, Rule, Story
from factlint.read import read_paths
from factlint.rulebook import Rulebook


@dataclass(frozen=True)
class Analysis:
    """What the pipeline found out about a corpus: stories, linked facts and findings."""

    documents: tuple[Document, ...]
    stories: tuple[Story, ...]
    facts: tuple[LinkedFact, ...]
    findings: tuple[Finding, ...]
    timeline: link.Timeline | None = None
    problems: tuple[Problem, ...] = ()  # met while checking (a rule's pattern that timed out, say)


def analyse(documents: Sequence[Document], rulebook: Rulebook, rules: Sequence[Rule] | None = None,
            all_facts: bool = False, default_date: dt.date | None = None,
            grouping: link.Grouping = link.Grouping(), *, cache: Cache | None = None, jobs: int = 1,
            progress: Callable[[int, int], None] | None = None) -> Analysis:
    """Date, extract (cached, over `jobs` processes), link and check.

    Only the extractors the rules need run unless all_facts."""
    documents = [with_date(doc, default_date) for doc in documents]
    # Without a selection, the rules that are on by default (select_rules picks the others when asked).
    rules = tuple(r for r in rulebook.rules if r.enabled) if rules is None else tuple(rules)
    kinds = None if all_facts else frozenset(k for rule in rules for k in (rule.fact, *check.KINDS[rule.kind].NEEDS))
    extracted = extract_all(documents, rulebook.lexicon, kinds, cache=cache, jobs=jobs, progress=progress)
    facts = list(extracted.facts)
    stories = link.group_stories(documents, grouping=grouping, lines=extracted.lines, times=extracted.periods)
    timeline = link.timeline(documents, stories, extracted.lines)
    linked = link.link(documents, facts, stories, timeline.references, timeline.times, timeline.episodes)
    corpus = Corpus({doc.path: doc for doc in documents}, stories, timeline.times, rulebook.lexicon.gazetteer)
    findings: list[Finding] = []
    problems: list[Problem] = list(extracted.problems)
    for rule in rules:
        for result in check.KINDS[rule.kind].check(rule, linked, corpus):
            (problems if isinstance(result, Problem) else findings).append(result)
    findings.sort(key=lambda finding: finding.sort_key)
    return Analysis(tuple(documents), stories, tuple(linked), tuple(findings), timeline, tuple(problems))


def lint(paths: Iterable[str], rulebook: Rulebook, *, rules: Sequence[Rule] | None = None,
         stdin_text: str | None = None, default_date: dt.date | None = None, all_facts: bool = False,
         grouping: link.Grouping = link.Grouping(), encoding: str = "utf-8", max_bytes: int = 10_000_000,
         cache: Cache | None = None, jobs: int = 1,
         progress: Callable[[int, int], None] | None = None) -> tuple[Analysis, Report]:
    """Read the paths and check them; problems with single files are kept, not raised."""
    result = read_paths(paths, stdin_text=stdin_text, encoding=encoding, max_bytes=max_bytes)
    analysis = analyse(result.documents, rulebook, rules, all_facts=all_facts, default_date=default_date,
                       grouping=grouping, cache=cache, jobs=jobs, progress=progress)
    report = Report(
        findings=analysis.findings,
        documents={doc.path: doc for doc in analysis.documents},
        problems=result.problems + analysis.problems,
        rules=rulebook.rules if rules is None else tuple(rules),
        stories=analysis.stories,
        facts=analysis.facts,
    )
    return analysis, report

