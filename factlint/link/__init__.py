"""Which facts may be compared: stories of articles, event instances within and across them, and their times."""

from __future__ import annotations

from typing import Sequence

from factlint.link.instances import MAIN_INSTANCE, anchor_of, instance_of, link
from factlint.link.manifest import Grouping, ManifestError, StoryBy, load_manifest
from factlint.link.references import Reference, find_references
from factlint.link.stories import group_stories
from factlint.link.timeline import Timeline, article_date, place
from factlint.model import Document, Story

__all__ = ["MAIN_INSTANCE", "Grouping", "ManifestError", "Reference", "StoryBy", "Timeline", "load_manifest", "anchor_of", "article_date", "find_references",
           "group_stories", "instance_of", "link", "timeline"]


def timeline(documents: Sequence[Document], stories: Sequence[Story]) -> Timeline:
    """Every article's time, with the cross-story references that placed undated stories."""
    return place(documents, stories, find_references(documents, stories))


def describe_stories(stories: Sequence[Story], timeline: Timeline | None) -> list[str]:
    """Lines for `factlint stories`: each story, its articles with their times, its evidence and references."""
    times = timeline.times if timeline else {}
    references = timeline.references if timeline else ()
    lines = []
    for story in stories:
        count = len(story.paths)
        lines.append(f"story {story.id} ({count} article{'s' if count != 1 else ''})")
        for path in story.paths:
            time = times.get(path)
            when = "undated" if time is None else (
                f"{time.date.isoformat()} ({time.source})" if time.frame == "calendar" else f"undated, {time.source}")
            lines.append(f"  {path}\t{when}")
        if story.evidence:
            lines.append(f"  grouped by: {'; '.join(story.evidence)}")
        for ref in references:
            if ref.story == story.id:
                lines.append(f"  refers to story {ref.target} as \"{ref.anchor}\" ({ref.path}:{ref.line}; shared: {', '.join(ref.evidence)})")
        lines.append("")
    return lines
