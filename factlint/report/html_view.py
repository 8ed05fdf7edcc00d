"""What every part of the HTML report looks up: article ids and labels, and which facts are in conflict."""

from __future__ import annotations

import dataclasses

from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping

from factlint.link import MAIN_INSTANCE
from factlint.model import Document, Fact, Finding, LinkedFact, Report, Span, Story
from factlint.report.names import Names, names

TITLE_WIDTH = 90
TITLE_MIN_WORDS = 5


def span_key(span: Span) -> tuple[str, int, int]:
    """The identity of a span across findings and facts: path and offsets."""
    return (span.path, span.start, span.end)


@dataclass(frozen=True)
class Conflict:
    """One finding as the page shows it: its anchor id and the articles it touches."""

    id: str
    finding: Finding
    article_ids: tuple[str, ...]


@dataclass(frozen=True)
class View:
    """Article ids (a0, a1 …) in path order, their labels, and conflicts indexed by the spans they name."""

    documents: Mapping[str, Document]
    article_ids: Mapping[str, str]
    conflicts: tuple[Conflict, ...]
    by_span: Mapping[tuple[str, int, int], tuple[Conflict, ...]]
    names: Names = Names()

    def article_id(self, path: str) -> str:
        return self.article_ids.get(path, "a-unknown")

    def conflicts_of(self, fact: Fact) -> tuple[Conflict, ...]:
        """The findings that name this fact, as their own statement or as the other side."""
        return self.by_span.get(span_key(fact.span), ())

    def label(self, path: str) -> str:
        """A name for an article: its outlet, else its path as the findings show it (a file name alone may be
        shared by articles in two folders)."""
        doc = self.documents.get(path)
        outlet = str(doc.meta.get("outlet", "")).strip() if doc is not None else ""
        return outlet or path

    def title(self, path: str) -> str:
        """The article's title: front matter `title`, else its first line of text, cut to a readable length."""
        doc = self.documents.get(path)
        if doc is None:
            return path
        title = str(doc.meta.get("title", "")).strip()
        if not title:
            lines = [line.strip() for line in doc.body.splitlines() if line.strip()]
            # A headline has a few words; bylines ("By A. Writer") and datelines ("WASHINGTON") do not.
            title = next((line for line in lines if len(line.split()) >= TITLE_MIN_WORDS), lines[0] if lines else path)
        return title if len(title) <= TITLE_WIDTH else title[: TITLE_WIDTH - 1].rstrip() + "…"


def story_title(view: View, paths: tuple[str, ...]) -> str:
    """A story's name: the shortest of its articles' titles, since headlines are shorter than leads."""
    titles = [view.title(path) for path in paths]
    return min(titles, key=len) if titles else ""


def build_view(report: Report) -> View:
    """Number the articles and index every finding by its own and its related spans."""
    article_ids = {path: f"a{index}" for index, path in enumerate(sorted(report.documents))}
    conflicts = []
    by_span: dict[tuple[str, int, int], list[Conflict]] = defaultdict(list)
    for index, finding in enumerate(report.findings):
        spans = [finding.span, *(related.span for related in finding.related)]
        ids = tuple(dict.fromkeys(article_ids.get(span.path, "a-unknown") for span in spans))
        conflict = Conflict(f"c{index}", finding, ids)
        conflicts.append(conflict)
        for span in spans:
            by_span[span_key(span)].append(conflict)
    return View(report.documents, article_ids, tuple(conflicts), {k: tuple(v) for k, v in by_span.items()},
                names(report.facts, report.findings, report.rules))


@dataclass(frozen=True)
class StoryPart:
    """One story with what belongs to it: its facts and the conflicts in its articles."""

    story: Story
    facts: tuple[LinkedFact, ...]
    conflicts: tuple[Conflict, ...]

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(sorted({c.finding.rule for c in self.conflicts}))


def story_parts(report: Report, view: View) -> tuple[StoryPart, ...]:
    """Each story with its facts and conflicts; stories with conflicts first, then larger ones."""
    stories = list(report.stories)
    covered = {path for story in stories for path in story.paths}
    stories += [Story(path, (path,)) for path in sorted(report.documents) if path not in covered]
    facts_of: dict[str, list[LinkedFact]] = defaultdict(list)
    story_of_path = {path: story.id for story in stories for path in story.paths}
    for item in report.facts:
        home = story_of_path.get(item.fact.span.path, item.story)
        if item.story != home:
            # A sentence about another story's event ("the talks last month") is another occasion here.
            label = item.anchor.text if item.anchor else f"story {item.story}"
            item = dataclasses.replace(item, instance=f"other:{label}")
        facts_of[home].append(item)
    parts = []
    for story in stories:
        members = set(story.paths)
        conflicts = tuple(c for c in view.conflicts if c.finding.span.path in members)
        parts.append(StoryPart(story, tuple(facts_of[story.id]), conflicts))
    order = {id(part): index for index, part in enumerate(parts)}
    return tuple(sorted(parts, key=lambda p: (-len(p.conflicts), -len(p.story.paths), order[id(p)])))


def story_id(view: View, part: StoryPart) -> str:
    """The element id of a story: its first article's id prefixed with s."""
    return "s-" + view.article_id(part.story.paths[0])


def instance_label(instance: str, facts: list[LinkedFact]) -> str:
    """How a reader would name an event instance: the main event, or the occasion its anchor names."""
    if instance == MAIN_INSTANCE:
        return "The event these articles report"
    if instance[:4].isdigit():
        return f"A later occasion of the story, reported from {instance}"
    anchor = next((item.anchor for item in facts if item.anchor is not None), None)
    return f"Another occasion: “{anchor.text if anchor else instance.partition(':')[2] or instance}”"


def instance_order(facts: tuple[LinkedFact, ...]) -> list[str]:
    """Event instances of a story: the main one first, then the others as first met."""
    seen = dict.fromkeys(item.instance for item in facts)
    return sorted(seen, key=lambda name: (name != MAIN_INSTANCE, list(seen).index(name)))
