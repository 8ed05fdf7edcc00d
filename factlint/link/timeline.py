"""Time across articles: each article's date, from itself, its episode, or a story it is placed after; and each
story's episodes."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Mapping, Sequence

import regex

from factlint import lazyre
from factlint.link.episodes import Episode, Similarity, shifted, split_stories
from factlint.link.references import Reference
from factlint.model import ArticleTime, Document, Story

CALENDAR = "calendar"
# Undated stories are placed against a mid-month pseudo date so that month arithmetic never
# spills over; only differences between times in one frame mean anything.
PSEUDO_ORIGIN = dt.date(2000, 1, 15)
_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = "|".join(m.title() for m in _MONTHS) + "|" + "|".join(f"{m[:3].title()}\\.?" for m in _MONTHS if m != "may")
_FULL_DATE = lazyre.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b")
_ISO_DATE = lazyre.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
# A dateline sits at the start of one of the first lines; an embedded post signs off with its
# date at the end of a line ("— Secretary Antony Blinken (@SecBlinken) May 4, 2023").
_DATELINE_REACH = 60
_DATELINE_LINES = 4


def _parse(match: regex.Match) -> dt.date | None:
    month = match.group("month")
    number = int(month) if month.isdigit() else _MONTHS.index(
        next(m for m in _MONTHS if m.startswith(month.rstrip(".").lower()[:3]))) + 1
    try:
        return dt.date(int(match.group("year")), number, int(match.group("day")))
    except ValueError:
        return None


def article_date(doc: Document) -> dt.date | None:
    """The article's own date: front matter, a dateline, or a dated sign-off line.

    Seam: factlint.extract.timex.infer_dct (branch `temporal`) can replace the text part.
    """
    if doc.date:
        return doc.date
    lines = (line for _, line in doc.body_lines() if line.strip())
    for rank, line in enumerate(lines):
        for pattern in (_FULL_DATE, _ISO_DATE):
            for match in pattern.finditer(line):
                at_start = rank < _DATELINE_LINES and match.start() < _DATELINE_REACH
                at_end = not line[match.end():].strip(" .)")
                if at_start or at_end:
                    date = _parse(match)
                    if date:
                        return date
    return None


@dataclass(frozen=True)
class Timeline:
    """Every article's time, each article's episode, and the references back in time that placed them."""

    times: Mapping[str, ArticleTime]
    references: tuple[Reference, ...]
    episodes: Mapping[str, Episode] = field(default_factory=dict)


def _unrelated(first: str, second: str) -> float:
    """No likeness known: undated articles join their story's first episode."""
    return 0.0


def named_day(periods: Sequence[tuple[int, int]]) -> dt.date | None:
    """The latest whole day (with its year) an undated article names: the nearest it comes to saying when it was
    written ("Klitschko stopped Thompson on July 7, 2012")."""
    days = [first for first, last in periods if first == last]
    return dt.date.fromordinal(max(days)) if days else None


def place(documents: Sequence[Document], stories: Sequence[Story], references: Sequence[Reference],
          similarity: Similarity = _unrelated, named: Mapping[str, Sequence[tuple[int, int]]] | None = None) -> Timeline:
    """Date each story from its articles, then from stories it refers to; split each story into its episodes;
    articles without a date of their own take their episode's (or, failing that, their story's). `named`: the days
    and months each article names (link.features.periods), which date an undated article for its episode."""
    own = {doc.path: article_date(doc) for doc in documents}
    story_time: dict[str, ArticleTime] = {}
    for story in stories:
        dates = sorted(d for d in (own.get(p) for p in story.paths) if d)
        if dates:
            story_time[story.id] = ArticleTime(dates[0], CALENDAR, "from its story")
    by_path = {doc.path: doc for doc in documents}
    across = [ref for ref in references if not ref.within]
    edges: dict[str, list[Reference]] = defaultdict(list)
    for reference in across:
        edges[reference.story].append(reference)
        edges[reference.target].append(reference)
    # Spread times along references until nothing changes: first from dated stories, then,
    # for groups with no calendar date at all, from the first undated story as a pseudo origin.
    settled = False  # whether no reference can date a story more (_spread's fixpoint): spreading again does nothing
    for story in [s.id for s in stories]:
        if story not in story_time and not _reaches_calendar(story, edges, story_time):
            story_time[story] = ArticleTime(PSEUDO_ORIGIN, f"story:{story}", "undated")
            settled = False
        if not settled:
            _spread(edges, story_time, by_path)
            settled = True
    known = {path: ArticleTime(date, CALENDAR, "its own date") for path, date in own.items() if date}
    for path, periods in (named or {}).items():
        day = named_day(periods) if path in own and own[path] is None else None
        if day is not None:
            known[path] = ArticleTime(day, CALENDAR, "from the dates it names")
    undated_stories = {s.id: story_time[s.id] for s in stories
                       if s.id in story_time and not any(p in known for p in s.paths)}
    episodes = split_stories(stories, known, references, similarity, undated_stories)
    times = {}
    story_of = {path: story.id for story in stories for path in story.paths}
    keys: dict[str, set[str]] = defaultdict(set)
    for episode in episodes.of.values():
        keys[episode.story].add(episode.key)
    for doc in documents:
        episode = episodes.of.get(doc.path)
        ref = episodes.dated_by.get(doc.path)
        if doc.path in known:
            times[doc.path] = known[doc.path]
        elif ref is not None and episode is not None and episode.first is not None:
            times[doc.path] = ArticleTime(episode.first, episode.frame, _where(ref, by_path))
        elif episode is not None and episode.first is not None:
            known_story = story_time.get(episode.story)
            if len(keys[episode.story]) > 1:
                source = "from its episode"
            elif known_story is not None and known_story.date == episode.first:
                source = known_story.source  # a time placed through another story says where it came from
            else:
                source = "from its story"
            times[doc.path] = ArticleTime(episode.first, episode.frame, source)
        elif story_of.get(doc.path) in story_time and (episode is None or len(keys[episode.story]) == 1):
            # An undated article in an undated episode of its own, beside the story's dated ones, is of another
            # occasion: the story's date is not its time (a 2008 fight report beside the 2012 rematch's).
            known_time = story_time[story_of[doc.path]]
            times[doc.path] = ArticleTime(known_time.date, known_time.frame, known_time.source)
    return Timeline(times, tuple(references), episodes.of)


def _reaches_calendar(story: str, edges: Mapping[str, list[Reference]], known: Mapping[str, ArticleTime]) -> bool:
    seen, todo = {story}, [story]
    while todo:
        current = todo.pop()
        if current in known and known[current].frame == CALENDAR:
            return True
        for reference in edges.get(current, []):
            for other in (reference.story, reference.target):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
    return False


def _where(ref: Reference, documents: Mapping[str, Document]) -> str:
    line = documents[ref.path].position(ref.start)[0] if ref.path in documents else 0
    return f'from "{ref.anchor}" at {ref.path}:{line}'


def _spread(edges: Mapping[str, list[Reference]], known: dict[str, ArticleTime],
            documents: Mapping[str, Document]) -> None:
    changed = True
    while changed:
        changed = False
        for references in edges.values():
            for ref in references:
                if ref.target in known and ref.story not in known:
                    base = known[ref.target]
                    date = shifted(base.date, ref.months, ref.days)
                    if date is not None:
                        known[ref.story] = ArticleTime(date, base.frame, _where(ref, documents))
                        changed = True
                elif ref.story in known and ref.target not in known:
                    base = known[ref.story]
                    date = shifted(base.date, -ref.months, -ref.days)
                    if date is not None:
                        known[ref.target] = ArticleTime(date, base.frame, _where(ref, documents))
                        changed = True
