"""Which facts may be compared: stories of articles, event instances within and across them, and their times."""

from __future__ import annotations

from typing import Callable, Mapping, Sequence

from factlint.link.instances import MAIN_INSTANCE, anchor_of, instance_of, link
from factlint.link.manifest import Grouping, ManifestError, StoryBy, load_manifest
from factlint.link.references import Reference, Spans, find_references
from factlint.link.features import LineWords, periods
from factlint.link.stories import group_stories, similarity
from factlint.link.timeline import Timeline, article_date, place
from factlint.model import Document, Story

__all__ = ["MAIN_INSTANCE", "Grouping", "ManifestError", "Reference", "StoryBy", "Timeline", "load_manifest", "anchor_of", "article_date", "find_references",
           "group_stories", "instance_of", "link", "timeline"]


def timeline(documents: Sequence[Document], stories: Sequence[Story],
             lines: Mapping[str, Sequence[LineWords]] | None = None,
             named: Mapping[str, Sequence[tuple[int, int]]] | None = None,
             spans: Mapping[str, Spans] | None = None, find: Callable[..., tuple[Reference, ...]] | None = None
             ) -> Timeline:
    """Every article's time and episode, with the references back in time that placed them. `named`: each article's
    named days and months where already known (the cache holds them); the undated articles' are found here else.
    `spans`: each article's sentences tied to an earlier time, where already known (the cache holds them too).
    `find`: find_references, or its equal from a run state (link/reference_update.py)."""
    # An article that names no day has no periods: () is known, not missing (found again, it cost a warm run 1.5 s).
    given = named or {}
    named = {doc.path: given[doc.path] if doc.path in given else periods(doc) for doc in documents if doc.date is None}
    references = (find or find_references)(documents, stories, spans)
    return place(documents, stories, references, similarity(documents, lines), named)


def describe_stories(stories: Sequence[Story], timeline: Timeline | None) -> list[str]:
    """Lines for `factlint stories`: each story, its articles with their times, its evidence and references."""
    times = timeline.times if timeline else {}
    references = timeline.references if timeline else ()
    episodes = timeline.episodes if timeline else {}
    lines = []
    for story in stories:
        count = len(story.paths)
        lines.append(f"story {story.id} ({count} article{'s' if count != 1 else ''})")
        keys = sorted({episodes[p].key for p in story.paths if p in episodes}, key=lambda k: (k != "main", k))
        for key in keys if len(keys) > 1 else [None]:
            if key is not None:
                lines.append(f"  episode {key}")
            for path in story.paths:
                if key is not None and episodes[path].key != key:
                    continue
                time = times.get(path)
                when = "undated" if time is None else (
                    f"{time.date.isoformat()} ({time.source})" if time.frame == "calendar" else f"undated, {time.source}")
                lines.append(f"  {'  ' if key else ''}{path}\t{when}")
        if story.evidence:
            lines.append(f"  grouped by: {'; '.join(story.evidence)}")
        for ref in references:
            if ref.story == story.id:
                target = episodes.get(ref.target_path)
                what = f"episode {target.key}" if ref.within and target else f"story {ref.target}"
                lines.append(f"  refers to {what} as \"{ref.anchor}\" ({ref.path}:{ref.line}; shared: {', '.join(ref.evidence)})")
        lines.append("")
    return lines
