"""The days an episode's event of each kind spans, as its articles' leads date it: the days the headlines and lead
sentences give mentions of that kind (a shooting "on Saturday night"), widened by the longest duration the episode
states for that kind (talks that "lasted five days") and a day either side (a night runs into the next day). A mention
of that kind whose own clause dates it outside that span is another occasion of the kind: "a separate shooting in
the same area Oct. 30", a week before the shooting the leads report. A mention's day is the date or time written
beside its word (link/fact_mentions.py), not one of another verb of its clause ("police said Thursday")."""

from __future__ import annotations

from typing import Mapping, Sequence

from factlint import lazyre
from factlint.extract.timex import date_interval
from factlint.model import Document, EventMention, Fact, FactKind

# A report's day and its night run into the next day ("Saturday night", "early Sunday"): a day either side.
SLACK = 1
# How many lines (the headline and the lead sentence, the first non-empty ones) date the article's own event.
LEAD_LINES = 2
_DURATION = lazyre.compile(r"P(\d+(?:\.\d+)?)([DWMY])")
_DAYS_IN = {"D": 1, "W": 7, "M": 31, "Y": 366}

Span = tuple[int, int]  # first and last day, as ordinals


def day_of(value: str) -> int | None:
    """The day a calendar value names, when it names exactly one ("2023-11-04", "2023-11-04TNI")."""
    days = date_interval(value) if value[:4].isdigit() else None
    return int(days[0]) if days and days[0] == days[1] else None


def _length(value: str) -> int:
    """The whole days a duration value spans at most ("P5D" 5, "P2W" 14; hours none)."""
    match = _DURATION.fullmatch(value)
    return int(float(match.group(1)) * _DAYS_IN[match.group(2)]) if match else 0


def lead_end(doc: Document) -> int:
    """Where an article's headline and lead sentence (its first non-empty body lines) end."""
    seen, end = 0, doc.body_start
    for start, line in doc.body_lines():
        if line.strip():
            seen, end = seen + 1, start + len(line)
            if seen == LEAD_LINES:
                break
    return end


def spans(facts: Mapping[str, Sequence[Fact]], mentions: Mapping[Fact, EventMention | None],
          episode_of: Mapping[str, str], documents: Mapping[str, Document]) -> dict[tuple[str, str], Span]:
    """(episode, event kind): the days its leads date events of that kind, widened as the module says. `facts`: each
    article's facts; `mentions`: each fact's event mention; `episode_of`: each article's episode key."""
    days: dict[tuple[str, str], list[int]] = {}
    lengths: dict[tuple[str, str], int] = {}
    for path, found in facts.items():
        episode, end = episode_of[path], lead_end(documents[path])
        for fact in found:
            mention = mentions.get(fact)
            if mention is None or not mention.kind:
                continue
            key = (episode, mention.kind)
            day = day_of(mention.time) if mention.time else None
            if day is not None and mention.start < end:
                days.setdefault(key, []).append(day)
            if fact.kind is FactKind.DURATION:
                lengths[key] = max(lengths.get(key, 0), _length(fact.value))
    return {key: (min(found) - SLACK - lengths.get(key, 0), max(found) + SLACK + lengths.get(key, 0))
            for key, found in days.items()}


def elsewhen(mention: EventMention | None, episode: str, known: Mapping[tuple[str, str], Span]) -> str | None:
    """The day that sets a mention's event apart from its episode's event of the same kind: the day written beside
    it (EventMention.time), when that lies outside the days the episode's leads give the kind; else None."""
    if mention is None or not mention.kind or not mention.time or (episode, mention.kind) not in known:
        return None
    day = day_of(mention.time)
    first, last = known[(episode, mention.kind)]
    return mention.time[:10] if day is not None and not first <= day <= last else None
