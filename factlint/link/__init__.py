"""Which facts may be compared: stories of articles, event instances within and across them, and their times."""

from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable, Mapping, Sequence

from factlint.link import instances
from factlint.link.instances import MAIN_INSTANCE, anchor_of, instance_of
from factlint.link.fact_mentions import shown
from factlint.link.leads import lead_places, lead_text
from factlint.link.manifest import Grouping, ManifestError, StoryBy, load_manifest
from factlint.link.references import Reference, Spans, find_references
from factlint.link.features import LineWords, periods
from factlint.link.stories import group_stories, similarity
from factlint.link.episodes import Episode
from factlint.link.timeline import Timeline, article_date, place
from factlint.model import Document, Fact, LinkedFact, Story
from factlint.rulebook.lexicon import EMPTY_LEXICON, EventLexicon

__all__ = ["MAIN_INSTANCE", "Grouping", "ManifestError", "Reference", "StoryBy", "Timeline", "load_manifest", "anchor_of", "article_date", "find_references",
           "group_stories", "instance_of", "link", "timeline"]


def link(documents: Sequence[Document], facts: Iterable[Fact], stories: Sequence[Story],
         references: Sequence[Reference] = (), episodes: Mapping[str, Episode] | None = None,
         lexicon: EventLexicon = EMPTY_LEXICON) -> list[LinkedFact]:
    """Each fact in its story and event instance (link/instances.py), its clause's place set against the places its
    episode's lead sentences name (link/leads.py)."""
    return instances.link(documents, facts, stories, references, episodes, lexicon, _first_line_places)


def _first_line_places(doc: Document) -> instances.Lead:
    """Where an article's lead sentence (and dateline) says its event happened, and its headline and lead."""
    return lead_places(doc, lines=1), lead_text(doc)


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


# How many of an instance's most frequent event mentions `factlint stories` lists.
SHOWN_MENTIONS = 6


def _mentions(facts: Iterable[LinkedFact]) -> str:
    """An instance's event mentions, most frequent first (each once per clause): "talks (4), met @Monday (2)"."""
    seen = {(item.fact.span.path, item.mention.start): shown(item.mention) for item in facts if item.mention}
    counted = Counter(seen.values())
    order = {shown: rank for rank, shown in enumerate(reversed(list(seen.values())))}
    top = sorted(counted, key=lambda shown: (-counted[shown], -order[shown]))[:SHOWN_MENTIONS]
    more = len(counted) - len(top)
    return ", ".join(f"{shown} ({counted[shown]})" if counted[shown] > 1 else shown for shown in top) + (
        f", {more} more" if more > 0 else "")


def _instance_lines(story: Story, key: str | None, facts: Sequence[LinkedFact], indent: str) -> list[str]:
    """The event mentions of one episode's instance (`key`; None: the story's only one), then of the other
    instances its articles' clauses speak of (another time than the episode's)."""
    mine = [item for item in facts if item.story == story.id]
    own_key = key if key is not None else next((item.instance for item in mine if not
                                                item.instance.startswith("other:")), None)
    own = [item for item in mine if item.instance == own_key]
    lines = [f"{indent}mentions: {_mentions(own)}"] if own else []
    if key is None or key == own_key:
        paths = {item.fact.span.path for item in own}
        others: dict[str, list[LinkedFact]] = {}
        for item in mine:
            if item.instance.startswith("other:") and item.fact.span.path in paths:
                others.setdefault(item.instance, []).append(item)
        for instance in sorted(others):
            lines.append(f"{indent}{instance}: {_mentions(others[instance])}")
    return lines


def describe_stories(stories: Sequence[Story], timeline: Timeline | None,
                     facts: Sequence[LinkedFact] = ()) -> list[str]:
    """Lines for `factlint stories`: each story, its articles with their times, each episode's event mentions
    (`facts`: the linked facts, whose clauses' mentions are listed), its evidence and references."""
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
            if facts:
                lines.extend(_instance_lines(story, key, facts, "    " if key else "  "))
        if story.evidence:
            lines.append(f"  grouped by: {'; '.join(story.evidence)}")
        for ref in references:
            if ref.story == story.id:
                target = episodes.get(ref.target_path)
                what = f"episode {target.key}" if ref.within and target else f"story {ref.target}"
                lines.append(f"  refers to {what} as \"{ref.anchor}\" ({ref.path}:{ref.line}; shared: {', '.join(ref.evidence)})")
        lines.append("")
    return lines
