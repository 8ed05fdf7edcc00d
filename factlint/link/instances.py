"""Event instances: which occasion a statement speaks of: its article's episode, unless a date in its own sentence
names another time (read from the temporal tagger's resolved values, not from a list of phrases)."""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence


from factlint import lazyre
from factlint.extract.sentences import sentence_at
from factlint.extract.timex import date_interval
from factlint.model import Anchor, Document, Fact, FactKind, LinkedFact, Story

if TYPE_CHECKING:
    from factlint.link.episodes import Episode
    from factlint.link.references import Reference

MAIN_INSTANCE = "main"


def _days(value: str) -> tuple[dt.date, dt.date] | None:
    """The days a calendar value spans ("2023-05" all of May; "2020-FA" all of 2020), if it names a year."""
    days = date_interval(value)
    if not days and value[:4].isdigit():
        days = date_interval(value[:4])
    return (dt.date.fromordinal(int(days[0])), dt.date.fromordinal(int(days[1]))) if days else None


def names_other_time(value: str, relative: tuple[str, int] | None, episode: "Episode | None") -> bool:
    """Whether a date value written in a clause names another time than an article's occasion: outside the news week
    before its episode's reports; in an undated article, a month or year back ("last month", "last year": `relative`
    as (unit, shift)) or a bare month or year ("since 1991"), which no report of the day writes of its own event."""
    days = _days(value)
    if episode is not None and episode.frame == "calendar" and episode.first is not None:
        return days is not None and not episode.holds(*days)
    if relative is not None and relative[0] in ("month", "quarter", "year"):
        return relative[1] < 0
    return days is not None and len(value) <= 7 and days[0] != days[1]


def other_time(date: Fact, episode: "Episode | None") -> bool:
    """Whether a date fact names another time than its article's occasion (see names_other_time)."""
    shift = date.attr("shift")
    relative = (date.attr("relative"), int(shift)) if shift.lstrip("-").isdigit() else None
    return names_other_time(date.value, relative, episode)


def _nearest_date(doc: Document, fact: Fact, dates: Sequence[Fact]) -> Fact | None:
    """The date nearest a fact in its own sentence (not the fact itself), standing for the fact's clause."""
    start, end = sentence_at(doc.text, fact.span.start)
    nearest: tuple[int, Fact] | None = None
    # From the first date of the sentence on, by index: a slice copied every date after it, for every fact.
    for index in range(bisect.bisect_left(dates, start, key=lambda d: d.span.start), len(dates)):
        date = dates[index]
        if date.span.start >= end:
            break
        if date.kind is not FactKind.DATE or date.span.start < fact.span.end and fact.span.start < date.span.end \
                or date.attr("role") == "base":  # "up 8 percent on last year": the change is this year's
            continue
        distance = max(date.span.start - fact.span.end, fact.span.start - date.span.end)
        if nearest is None or distance < nearest[0]:
            nearest = (distance, date)
    return nearest[1] if nearest else None


_DAY = lazyre.compile(r"\d{4}-\d\d-\d\d")


def day_of(doc: Document, fact: Fact, dates: Sequence[Fact] = ()) -> str | None:
    """The calendar day a fact's clause names (its nearest date in its sentence, when that is one whole day)."""
    if fact.kind in (FactKind.DATE, FactKind.TIME):
        return None  # a date's own value is what is compared, not a day beside it
    nearest = _nearest_date(doc, fact, dates)
    return nearest.value if nearest is not None and _DAY.fullmatch(nearest.value) else None


def anchor_of(doc: Document, fact: Fact, episode: "Episode | None" = None,
              dates: Sequence[Fact] = ()) -> Anchor | None:
    """The date nearest the fact in its own sentence, when that date ties it to another time than its article's
    occasion. The nearest stands for the fact's clause: in "began a two-day strike on Thursday, six months after a
    five-day walkout in March" the two days are Thursday's, the five March's.

    `dates`: the article's date facts in text order (from the temporal tagger)."""
    date = _nearest_date(doc, fact, dates)
    if date is None or not other_time(date, episode):
        return None
    key = date.value if date.value[:4].isdigit() else " ".join(date.text.lower().split())
    return Anchor(text=date.text, key=key)


def instance_of(doc: Document, fact: Fact, episode: "Episode | None" = None,
                dates: Sequence[Fact] = ()) -> tuple[str, Anchor | None]:
    """The event instance a fact speaks of: its article's occasion unless its sentence names another time."""
    anchor = anchor_of(doc, fact, episode, dates)
    if anchor is None:
        return MAIN_INSTANCE, None
    if fact.kind in (FactKind.DATE, FactKind.TIME) and _other_time(fact.value, anchor.key):
        # A date that names another time than its clause's ("hit on Tuesday ... a region devastated by the tsunami
        # of 2004") speaks of its own time, not of the other occasion the clause mentions.
        return f"other:{fact.value}", None
    return f"other:{anchor.key}", anchor


_YEAR_OR_MONTH = lazyre.compile(r"(?:19|20)\d\d(?:-\d\d)?")


def _other_time(value: str, time: str) -> bool:
    """Whether a calendar value ("2013-07-02") lies outside a time ("2004", "2023-04")."""
    named = _YEAR_OR_MONTH.match(time)
    if not value[:4].isdigit() or named is None:
        return False
    named_time = named.group()
    return not (value.startswith(named_time) or named_time.startswith(value))


def _episode_of_time(time: str, episodes: Sequence["Episode"]) -> "Episode | None":
    """The episode a calendar time ("2023-05", "2023-05-04") written in a clause may be, if exactly one."""
    days = _days(time)
    if days is None:
        return None
    held = [episode for episode in episodes if episode.frame == "calendar" and episode.holds(*days)]
    return held[0] if len(held) == 1 else None


def link(documents: Sequence[Document], facts: Iterable[Fact], stories: Sequence[Story],
         references: Sequence["Reference"] = (), episodes: Mapping[str, "Episode"] | None = None) -> list[LinkedFact]:
    """Place each fact in its story and event instance: its article's episode, unless its clause names another time
    (an earlier episode of the story when that time is one, else an instance of that time), or its sentence
    describes the event of another article (that article's story and episode)."""
    story_of = {path: story.id for story in stories for path in story.paths}
    episodes = episodes or {}
    by_story: dict[str, list[Episode]] = {}
    for episode in {id(e): e for e in episodes.values()}.values():
        by_story.setdefault(episode.story, []).append(episode)
    by_path = {doc.path: doc for doc in documents}
    pointing = {}
    for reference in references:
        pointing.setdefault(reference.path, []).append(reference)
    facts = list(facts)
    dates: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.kind is FactKind.DATE:
            dates.setdefault(fact.span.path, []).append(fact)
    for found in dates.values():
        found.sort(key=lambda d: d.span.start)
    linked = []
    for fact in facts:
        path = fact.span.path
        doc = by_path[path]
        matched = [r for r in pointing.get(path, []) if r.start <= fact.span.start < r.end]
        if matched:
            ref = matched[0]
            target = episodes.get(ref.target_path)
            # A clause of the sentence may still name another time than the event it describes, as the dates of that
            # event tell ("the rampage came as a jury deliberates ... for killing 12 in a movie theater three years
            # ago", of a shooting the day before); of an undated event, the reference's own time is that event's.
            instance, anchor = instance_of(doc, fact, target, dates.get(path, ()))
            dated = target is not None and target.frame == "calendar" and target.first is not None
            if instance == MAIN_INSTANCE or not dated and anchor is not None and anchor.text == ref.anchor:
                instance = target.key if target else MAIN_INSTANCE
                anchor = Anchor(ref.anchor, " ".join(ref.anchor.lower().split()))
            linked.append(LinkedFact(fact, ref.target, instance, anchor))
            continue
        own = episodes.get(path)
        instance, anchor = instance_of(doc, fact, own, dates.get(path, ()))
        if instance == MAIN_INSTANCE:
            instance = own.key if own else MAIN_INSTANCE
        elif own is not None:
            earlier = _episode_of_time(instance.removeprefix("other:"), by_story.get(own.story, ()))
            if earlier is not None and earlier is not own:
                instance = earlier.key
        linked.append(LinkedFact(fact, story_of.get(path, path), instance, anchor,
                                 day_of(doc, fact, dates.get(path, ()))))
    return linked
