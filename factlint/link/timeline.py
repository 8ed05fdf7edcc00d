"""Time across articles: each article's date, from itself, its story, or a story it is placed after."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping, Sequence

import regex

from factlint.link.references import Reference
from factlint.model import ArticleTime, Document, Story

CALENDAR = "calendar"
# Undated stories are placed against a mid-month pseudo date so that month arithmetic never
# spills over; only differences between times in one frame mean anything.
PSEUDO_ORIGIN = dt.date(2000, 1, 15)
_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = "|".join(m.title() for m in _MONTHS) + "|" + "|".join(f"{m[:3].title()}\\.?" for m in _MONTHS if m != "may")
_FULL_DATE = regex.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b")
_ISO_DATE = regex.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
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
    lines = [line for line in doc.body.split("\n") if line.strip()]
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


def shift(date: dt.date, months: int = 0, days: int = 0) -> dt.date:
    """The date moved by whole months (day clamped to the month's length) and days."""
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    for day in range(date.day, 0, -1):
        try:
            return dt.date(year, month + 1, day) + dt.timedelta(days=days)
        except ValueError:
            continue
    raise ValueError(date)


@dataclass(frozen=True)
class Timeline:
    """Every article's time and the cross-story references that placed undated stories."""

    times: Mapping[str, ArticleTime]
    references: tuple[Reference, ...]


def place(documents: Sequence[Document], stories: Sequence[Story], references: Sequence[Reference]) -> Timeline:
    """Date each story from its articles, then from stories it refers to; articles fall back on their story."""
    own = {doc.path: article_date(doc) for doc in documents}
    story_time: dict[str, ArticleTime] = {}
    for story in stories:
        dates = sorted(d for d in (own.get(p) for p in story.paths) if d)
        if dates:
            story_time[story.id] = ArticleTime(dates[0], CALENDAR, "from its story")
    by_path = {doc.path: doc for doc in documents}
    edges: dict[str, list[Reference]] = defaultdict(list)
    for reference in references:
        edges[reference.story].append(reference)
        edges[reference.target].append(reference)
    # Spread times along references until nothing changes: first from dated stories, then,
    # for groups with no calendar date at all, from the first undated story as a pseudo origin.
    for story in [s.id for s in stories]:
        if story not in story_time and not _reaches_calendar(story, edges, story_time):
            story_time[story] = ArticleTime(PSEUDO_ORIGIN, f"story:{story}", "undated")
        _spread(edges, story_time, by_path)
    times = {}
    story_of = {path: story.id for story in stories for path in story.paths}
    for doc in documents:
        if own[doc.path]:
            times[doc.path] = ArticleTime(own[doc.path], CALENDAR, "its own date")
        elif story_of.get(doc.path) in story_time:
            known = story_time[story_of[doc.path]]
            times[doc.path] = ArticleTime(known.date, known.frame, known.source)
    return Timeline(times, tuple(references))


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
    return f'from "{ref.anchor}" at {ref.path.rsplit("/", 1)[-1]}:{line}'


def _spread(edges: Mapping[str, list[Reference]], known: dict[str, ArticleTime],
            documents: Mapping[str, Document]) -> None:
    changed = True
    while changed:
        changed = False
        for references in edges.values():
            for ref in references:
                if ref.target in known and ref.story not in known:
                    base = known[ref.target]
                    date = shift(base.date, ref.months, ref.days)
                    known[ref.story] = ArticleTime(date, base.frame, _where(ref, documents))
                    changed = True
                elif ref.story in known and ref.target not in known:
                    base = known[ref.story]
                    date = shift(base.date, -ref.months, -ref.days)
                    known[ref.target] = ArticleTime(date, base.frame, _where(ref, documents))
                    changed = True
