"""Event instances: which event a statement speaks of, from the time expression in its own clause."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

import regex

from factlint.extract.sentences import sentence_at
from factlint.extract.timex import date_interval
from factlint.model import Anchor, ArticleTime, Document, Fact, FactKind, LinkedFact, Story

if TYPE_CHECKING:
    from factlint.link.episodes import Episode
    from factlint.link.references import Reference

MAIN_INSTANCE = "main"

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# A time expression in a statement's own sentence that points away from the reported event:
# "last month", "in 2016", "last year's", "two years ago", "the first round", "In March", and what an event
# "comes a week after" (an earlier one: "The blast comes a month after 36 people were killed").
DISTANT = regex.compile(
    rf"""\b(?:
        (?:last|previous|past)\s+(?:month|year|spring|summer|autumn|fall|winter|decade)(?:'s)?
      | (?:earlier|later)\s+this\s+(?:year|month)
      | (?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:months?|years?|decades?)\s+(?:ago|earlier|before)
      | (?:in|since|during|of|by)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d
      | (?:in|since|during|of)\s+(?:(?:early|late|mid-?)\s*)?(?-i:(?:{_MONTHS.title().replace('|', '|')}))\b
      | (?:the\s+)?(?:first|previous|earlier|prior|last|initial)\s+round
      | (?:19|20)\d\d(?:'s)?\s+(?:talks|round|strike|summit|edition|festival|war)
      | (?:comes?|came|coming|follows?|followed)\s+(?:just\s+|only\s+|barely\s+|less\s+than\s+|more\s+than\s+)?
        (?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+after
    )\b""",
    regex.I | regex.X,
)


@functools.lru_cache(maxsize=1024)
def _distant_in(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """The distant time expressions of one sentence, found once however many facts it holds."""
    return tuple((m.start(), m.end(), m.group()) for m in DISTANT.finditer(text, start, end))


def anchor_of(doc: Document, fact: Fact) -> Anchor | None:
    """The time expression in the fact's own sentence that ties it to another instance, if any."""
    start, end = sentence_at(doc.text, fact.span.start)
    for begin, finish, text in _distant_in(doc.text, start, end):
        if begin >= fact.span.start and finish <= fact.span.end:
            continue
        words = " ".join(text.lower().split())
        return Anchor(text=text, key=words.removesuffix("'s"))
    return None


_MONTH_LIST = _MONTHS.split("|")
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
_RESOLVABLE = regex.compile(
    r"^(?:(?P<back>last|previous|past)\s+(?P<unit>month|year)"
    r"|(?:earlier|later)\s+this\s+(?P<this>month|year)"
    r"|(?P<count>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<many>month|year)s?\s+(?:ago|earlier|before)"
    r"|(?:in|during|of)\s+(?P<year>(?:19|20)\d\d)"
    r"|(?:in|during|of)\s+(?P<month>" + _MONTHS + r"))$"
)


def resolve(key: str, written: dt.date) -> str | None:
    """The calendar time an anchor names for an article written on a date ("last month" -> "2023-04"), if it can."""
    match = _RESOLVABLE.match(key)
    if not match:
        return None

    def month_of(back: int) -> str:
        year, month = divmod(written.year * 12 + written.month - 1 - back, 12)
        return f"{year:04d}-{month + 1:02d}"

    if match.group("unit"):
        return month_of(1) if match.group("unit") == "month" else str(written.year - 1)
    if match.group("this"):
        return month_of(0) if match.group("this") == "month" else str(written.year)
    if match.group("many"):
        count = int(_NUMBER_WORDS.get(match.group("count"), match.group("count")))
        return month_of(count) if match.group("many") == "month" else str(written.year - count)
    if match.group("year"):
        return match.group("year")
    month = _MONTH_LIST.index(match.group("month")) + 1
    return f"{written.year if month <= written.month else written.year - 1:04d}-{month:02d}"


def instance_of(doc: Document, fact: Fact, written: dt.date | None = None) -> tuple[str, Anchor | None]:
    """The event instance a fact speaks of: the article's main one unless its sentence says otherwise.

    With the article's calendar date, anchors that name a time resolve to it, so "last month" in a
    June article and "in May" in another are the same instance.
    """
    anchor = anchor_of(doc, fact)
    if anchor is None:
        return MAIN_INSTANCE, None
    resolved = resolve(anchor.key, written) if written else None
    if fact.kind in (FactKind.DATE, FactKind.TIME) and _other_time(fact.value, resolved or anchor.key):
        # A date that names another time than its clause's ("hit on Tuesday ... a region devastated by the tsunami
        # of 2004") speaks of its own time, not of the other occasion the clause mentions.
        return f"other:{fact.value}", None
    return f"other:{resolved or anchor.key}", anchor


_YEAR_OR_MONTH = regex.compile(r"(?:19|20)\d\d(?:-\d\d)?")


def _other_time(value: str, time: str) -> bool:
    """Whether a calendar value ("2013-07-02") lies outside a time ("2004", "2023-04", "in 2004")."""
    named = _YEAR_OR_MONTH.search(time)
    if not value[:4].isdigit() or named is None:
        return False
    named_time = named.group()
    return not (value.startswith(named_time) or named_time.startswith(value))


def _episode_of_time(time: str, episodes: Sequence["Episode"]) -> "Episode | None":
    """The episode a calendar time ("2023-05", "2023-05-04") written in a clause may be, if exactly one."""
    days = date_interval(time)
    if not days:
        return None
    first, last = dt.date.fromordinal(int(days[0])), dt.date.fromordinal(int(days[1]))
    held = [episode for episode in episodes if episode.frame == "calendar" and episode.holds(first, last)]
    return held[0] if len(held) == 1 else None


def link(documents: Sequence[Document], facts: Iterable[Fact], stories: Sequence[Story],
         references: Sequence["Reference"] = (), times: Mapping[str, ArticleTime] | None = None,
         episodes: Mapping[str, "Episode"] | None = None) -> list[LinkedFact]:
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
    linked = []
    for fact in facts:
        path = fact.span.path
        doc = by_path[path]
        matched = [r for r in pointing.get(path, []) if r.start <= fact.span.start < r.end]
        if matched:
            ref = matched[0]
            anchor = Anchor(ref.anchor, " ".join(ref.anchor.lower().split()))
            target = episodes.get(ref.target_path)
            linked.append(LinkedFact(fact, ref.target, target.key if target else MAIN_INSTANCE, anchor))
            continue
        time = (times or {}).get(path)
        instance, anchor = instance_of(doc, fact, time.date if time and time.frame == "calendar" else None)
        own = episodes.get(path)
        if instance == MAIN_INSTANCE:
            instance = own.key if own else MAIN_INSTANCE
        elif own is not None:
            earlier = _episode_of_time(instance.removeprefix("other:"), by_story.get(own.story, ()))
            if earlier is not None and earlier is not own:
                instance = earlier.key
        linked.append(LinkedFact(fact, story_of.get(path, path), instance, anchor))
    return linked
