"""The pipeline in one place: read -> extract -> link -> check, returning a complete Report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from functools import partial
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

from factlint import check, link
from factlint.cache import Cache
from factlint.extract.dating import with_date
from factlint.fanout import Extracted, extract_all
from factlint.known import Known, extract_with
from factlint.model import Corpus, Document, FactKind, Finding, LinkedFact, Problem, Report, Rule, Story
from factlint.read.documents import STDIN_PATH, ReadResult, read_paths
from factlint.read.filesystem import FileStamp
from factlint.decide.read_errors import read_error_findings
from factlint.rulebook.rule_files import Rulebook

if TYPE_CHECKING:
    from factlint.engine import Engine
    from factlint.engine.local import Checked, Reuse
    from factlint.link.story_update import Carry


@dataclass(frozen=True)
class Analysis:
    """What the pipeline found out about a corpus: stories, linked facts and findings."""

    documents: tuple[Document, ...]
    stories: tuple[Story, ...]
    facts: tuple[LinkedFact, ...]
    findings: tuple[Finding, ...]
    timeline: link.Timeline | None = None
    problems: tuple[Problem, ...] = ()  # met while checking (a rule's pattern that timed out, say)
    extracted: Extracted | None = None  # what extraction gave, kept for the run state (factlint.runstate)
    checked: Checked | None = None  # each story's check results, kept for the run state (engine/local.py)
    rechecked: int | None = None  # how many stories were linked and checked (the others' results were kept)


def analyse(documents: Sequence[Document], rulebook: Rulebook, rules: Sequence[Rule] | None = None,
            all_facts: bool = False, default_date: dt.date | None = None,
            grouping: link.Grouping = link.Grouping(), *, cache: Cache | None = None, jobs: int = 1,
            progress: Callable[[int, int], None] | None = None, engine: Engine | None = None,
            stamps: Mapping[str, tuple[FileStamp, str]] | None = None,
            known: Mapping[str, Known] | None = None, carry: Carry | None = None, reuse: Reuse | None = None
            ) -> Analysis:
    """Date, extract (cached, over `jobs` processes), link and check.

    Only the extractors the rules need run unless all_facts. `engine`: where extraction, story inference and the
    checks run instead of here (factlint.engine; the output is the same). `stamps`: the files' stamps
    (ReadResult.stamps). `known`: unchanged articles' extraction products from the run state; `carry`: story
    inference from the run state's stories (link/story_update.py), which keeps the state after. `reuse`: link and
    check per story, the stories the run state holds results for taken from it (engine/local.py; local engine only):
    without all_facts, the Analysis then holds the linked facts of the stories checked only."""
    documents = [with_date(doc, default_date) for doc in documents]
    # Without a selection, the rules that are on by default (select_rules picks the others when asked).
    rules = tuple(r for r in rulebook.rules if r.enabled) if rules is None else tuple(rules)
    # Linking reads every article's dates (a clause naming another time is another instance), whatever the rules.
    kinds = None if all_facts else frozenset(k for rule in rules for k in (rule.fact, *check.KINDS[rule.kind].NEEDS)) \
        | {FactKind.DATE}
    extracted = (partial(extract_with, known=known) if known else extract_all)(
        documents, rulebook.lexicon, kinds, cache=cache, jobs=jobs, progress=progress,
        runner=engine.extract if engine else None, stamps=stamps)
    facts = list(extracted.facts)
    stories = link.group_stories(documents, grouping=grouping, lines=extracted.lines, times=extracted.periods,
                                 inference=carry.infer if carry else engine.infer if engine else None)
    timeline = link.timeline(documents, stories, extracted.lines, extracted.periods, extracted.spans,
                             find=carry.references.find if carry else None)
    corpus = Corpus({doc.path: doc for doc in documents}, stories, timeline.times, rulebook.lexicon.gazetteer)
    findings: list[Finding] = []
    problems: list[Problem] = list(extracted.problems)
    checked, rechecked = None, None
    if reuse is not None and engine is None:
        from factlint.engine.local import check_stories

        outcome = check_stories(documents, facts, stories, timeline, rules, corpus, reuse, link_all=all_facts,
                                lexicon=rulebook.lexicon.events)
        linked, results, checked, rechecked = list(outcome.linked), outcome.results, outcome.checked, outcome.rechecked
    else:
        linked = link.link(documents, facts, stories, timeline.references, timeline.episodes, rulebook.lexicon.events)
        results = engine.check(rules, linked, corpus) if engine else \
            (result for rule in rules for result in check.KINDS[rule.kind].check(rule, linked, corpus))
    for result in results:
        (problems if isinstance(result, Problem) else findings).append(result)
    findings.sort(key=lambda finding: finding.sort_key)
    return Analysis(tuple(documents), stories, tuple(linked), tuple(findings), timeline, tuple(problems), extracted,
                    checked, rechecked)


def has_text(doc: Document) -> bool:
    """Whether an article holds any word to check (an empty file, or one of blanks and marks, holds none)."""
    return any(ch.isalnum() for ch in itertools.islice(doc.text, doc.body_start, None))


def _named_stdin(result: ReadResult, name: str) -> ReadResult:
    """The article read from standard input under the name given (--stdin-filename), as if read from that file."""
    def rename(path: str) -> str:
        return name if path == STDIN_PATH else path

    documents = tuple(dataclasses.replace(d, path=rename(d.path)) for d in result.documents)
    problems = tuple(dataclasses.replace(p, path=rename(p.path)) for p in result.problems)
    stamps = {path: stamp for path, stamp in result.stamps.items() if path != name}  # that name is standard input's
    return ReadResult(documents, problems, stamps)


def lint(paths: Iterable[str], rulebook: Rulebook, *, rules: Sequence[Rule] | None = None,
         stdin_text: str | bytes | Problem | None = None, default_date: dt.date | None = None, all_facts: bool = False,
         grouping: link.Grouping = link.Grouping(), encoding: str = "utf-8", max_bytes: int = 10_000_000,
         cache: Cache | None = None, jobs: int = 1, stdin_path: str = STDIN_PATH,
         progress: Callable[[int, int], None] | None = None,
         named: Sequence[str] | None = None, engine: Engine | None = None, read: ReadResult | None = None,
         known: Mapping[str, Known] | None = None, carry: Carry | None = None,
         reuse: Reuse | None = None) -> tuple[Analysis, Report]:
    """Read the paths and check them; a file that cannot be read or parsed is a `read-error` finding, not raised.

    `named`: the paths the user named, when `paths` were discovered from them (see read.documents.read_paths).
    `read`: what reading the paths gave, when the caller has it already (a warm run: factlint.warm); `known`: the
    extraction products of the articles that did not change; `carry`: the run state's story inference; `reuse`: its
    stories' check results (analyse)."""
    result = read if read is not None else read_paths(paths, stdin_text=stdin_text, encoding=encoding,
                                                       max_bytes=max_bytes, named=named)
    if stdin_path != STDIN_PATH:
        result = _named_stdin(result, stdin_path)
    articles = [doc for doc in result.documents if has_text(doc)]
    # Not a read error (nothing the user wrote is lost, and it fails no run), but said: it joins no story.
    empty = tuple(Problem(doc.path, doc.position(doc.body_start)[0], 1, "no text to check: an article without a word "
                          "is not read as an article") for doc in result.documents if not has_text(doc))
    analysis = analyse(articles, rulebook, rules, all_facts=all_facts, default_date=default_date,
                       grouping=grouping, cache=cache, jobs=jobs, progress=progress, engine=engine,
                       stamps=result.stamps, known=known, carry=carry, reuse=reuse)
    findings = sorted((*read_error_findings(result.problems, {d.path: d for d in result.documents}), *analysis.findings), key=lambda f: f.sort_key)
    report = Report(
        findings=tuple(findings),
        # The articles without a word too: a read error may be reported at one.
        documents={doc.path: doc for doc in (*result.documents, *analysis.documents)},
        problems=empty + analysis.problems,
        rules=rulebook.rules if rules is None else tuple(rules),
        stories=analysis.stories,
        facts=analysis.facts,
    )
    return analysis, report

