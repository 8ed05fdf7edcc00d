"""Episodes: the event instances of one story in time. A story (articles sharing what names one event) may span
occasions weeks apart: two rounds of talks, a visit and a return visit, a shooting and the trial. Its articles are
split into episodes by when they were written (within a news week of each other), by references back ("the
five-day talks ... last month": the citing article is a month after the one cited, so never of its episode), and
an undated article joins the episode whose articles it is most like. Everything here reads one story's articles
alone, so no other story changes a story's episodes."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

from factlint.model import ArticleTime, Story

if TYPE_CHECKING:
    from factlint.link.references import Reference

# Reports of one occasion are written within a news week of each other: a bare weekday in news names a day of the
# week before the article, and an event reported a week later is reported as "last week".
NEWS_WEEK = 7
CALENDAR = "calendar"


@dataclass(frozen=True)
class Episode:
    """One occasion of a story: its articles and the days they were written (in `frame`)."""

    key: str
    story: str
    paths: tuple[str, ...]
    first: dt.date | None
    last: dt.date | None
    frame: str

    def holds(self, first: dt.date, last: dt.date) -> bool:
        """Whether a time from first to last may be this occasion's. A day may lie a news week either side of its
        reports (what they report happened in the week before; what they announce, in the week after); a longer
        time (a month, a year) must hold a day of its reports: "last month" in a June report is May's."""
        if self.first is None or self.last is None:
            return False
        # In day numbers, so a news week past the calendar's ends (year 1, year 9999) overflows nothing.
        start, end, own_first, own_last = first.toordinal(), last.toordinal(), self.first.toordinal(), \
            self.last.toordinal()
        if end - start >= NEWS_WEEK:
            return start <= own_last and end >= own_first
        return start <= own_last + NEWS_WEEK and end >= own_first - NEWS_WEEK


def shift(date: dt.date, months: int = 0, days: int = 0) -> dt.date:
    """The date moved by whole months (day clamped to the month's length) and days; ValueError past the calendar's
    ends."""
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    for day in range(date.day, 0, -1):
        try:
            return dt.date(year, month + 1, day) + dt.timedelta(days=days)
        except ValueError:
            continue
    raise ValueError(date)


def shifted(date: dt.date, months: int, days: int) -> dt.date | None:
    """shift, or None past the calendar's ends (year 1, year 9999): such a reference dates nothing."""
    try:
        return shift(date, months, days)
    except (ValueError, OverflowError):
        return None


Similarity = Callable[[str, str], float]


@dataclass
class _Group:
    paths: list[str]
    dates: list[dt.date]


def _split(story: Story, known: dict[str, ArticleTime], references: Sequence["Reference"],
           similarity: Similarity, seed: ArticleTime | None, via: dict[str, "Reference"]) -> list[_Group]:
    """One story's articles in groups of one occasion each (see the module docstring)."""
    apart = {frozenset((r.path, r.target_path)) for r in references}
    frame = next((t.frame for t in known.values()), seed.frame if seed else CALENDAR)
    groups: list[_Group] = []
    placed: dict[str, _Group] = {}
    when: dict[str, dt.date] = {p: t.date for p, t in known.items() if t.frame == frame}

    def fits(group: _Group, path: str) -> bool:
        return not any(frozenset((path, other)) in apart for other in group.paths)

    # How alike each unplaced article is to each group: [sum of similarities, members counted, a lead clash],
    # kept up to date as members join, so placing n articles costs n² similarities, not n³.
    tallies: dict[str, dict[int, list]] = defaultdict(dict)

    def join(group: _Group, path: str) -> None:
        group.paths.append(path)
        placed[path] = group
        for other, by_group in tallies.items():
            tally = by_group.get(id(group))
            if tally is not None and other not in placed:
                value = similarity(other, path)
                tally[0] += value
                tally[1] += 1
                tally[2] = tally[2] or value < 0

    def tally_of(path: str, group: _Group) -> list:
        tally = tallies[path].get(id(group))
        if tally is None:
            values = [similarity(path, other) for other in group.paths]
            tally = tallies[path][id(group)] = [sum(values), len(values), min(values, default=0.0) < 0]
        return tally

    def put(path: str, date: dt.date | None) -> None:
        if date is not None:
            day = date.toordinal()
            for group in groups:
                if group.dates and fits(group, path) and \
                        min(group.dates).toordinal() - NEWS_WEEK <= day <= max(group.dates).toordinal() + NEWS_WEEK:
                    group.dates.append(date)
                    join(group, path)
                    return
        group = _Group([], [date] if date else [])
        groups.append(group)
        join(group, path)

    for path in sorted(when, key=lambda p: (when[p], p)):
        put(path, when[path])
    if not groups and story.paths:
        targets = sorted({r.target_path for r in references})
        first = targets[0] if targets else story.paths[0]
        put(first, seed.date if seed else None)
    changed = True
    while changed:
        changed = False
        for ref in references:
            # The citing article is the cited one's time moved forward by the reference, and the other way back.
            for dated, undated, sign in ((ref.target_path, ref.path, 1), (ref.path, ref.target_path, -1)):
                if dated in placed and undated not in placed and placed[dated].dates:
                    date = shifted(min(placed[dated].dates), sign * ref.months, sign * ref.days)
                    if date is not None:
                        via[undated] = ref
                        put(undated, date)
                        changed = True
                    break
        if changed:
            continue
        best: tuple[float, str, _Group] | None = None
        for path in story.paths:
            if path in placed:
                continue
            for group in groups:
                if fits(group, path):
                    total, count, clash = tally_of(path, group)
                    if clash:
                        continue  # their leads name different people: another occasion
                    score = total / count
                    if best is None or score > best[0]:
                        best = (score, path, group)
        if best is not None:
            _, path, group = best
            join(group, path)
            changed = True
        elif any(path not in placed for path in story.paths):
            put(next(p for p in story.paths if p not in placed), None)
            changed = True
    return groups


@dataclass(frozen=True)
class Episodes:
    """Each article's episode, and the reference back in time that dated an undated article, if one did."""

    of: Mapping[str, Episode]
    dated_by: Mapping[str, "Reference"]


def split_stories(stories: Sequence[Story], known: Mapping[str, ArticleTime], references: Sequence["Reference"],
                  similarity: Similarity, seeds: Mapping[str, ArticleTime]) -> Episodes:
    """Each article's episode. `known`: the articles' own dates; `references`: those back in time; `seeds`: a time
    for stories none of whose articles is dated (from a reference of another story, or a pseudo date)."""
    within: dict[str, list["Reference"]] = {}
    for ref in references:
        if ref.within and ref.target_path:
            within.setdefault(ref.story, []).append(ref)
    out: dict[str, Episode] = {}
    via: dict[str, "Reference"] = {}
    for story in stories:
        own = {p: known[p] for p in story.paths if p in known}
        groups = _split(story, own, within.get(story.id, []), similarity, seeds.get(story.id), via)
        frame = next((t.frame for t in own.values()), seeds[story.id].frame if story.id in seeds else CALENDAR)
        ordered = sorted(groups, key=lambda g: (min(g.dates) if g.dates else dt.date.max, min(g.paths)))
        for rank, group in enumerate(ordered):
            key = "main" if rank == 0 else (f"{min(group.dates).isoformat()}" if group.dates and frame == CALENDAR
                                            else f"episode {rank + 1}")
            episode = Episode(key, story.id, tuple(sorted(group.paths)), min(group.dates) if group.dates else None,
                              max(group.dates) if group.dates else None, frame)
            for path in group.paths:
                out[path] = episode
    return Episodes(out, via)
