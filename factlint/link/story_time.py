"""The time rule of story inference: whether two articles are of one time (written within a news week of each other,
or one naming the other's days), and each candidate pair's similarity as the rule lowers it (none for articles whose
leads place the event apart, FOLLOW_UP for articles of different times)."""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, Mapping, Sequence

from factlint.link.leads import apart, lead_places
from factlint.model import Document

# Two dated articles report one event only when their dates lie within a news week of each other (the span a bare
# weekday names in news: "on Tuesday" is within the week before the article), or when one names a day or month
# within a news week of the other's date (a follow-up naming "the Feb. 3 shooting"). Undated articles are judged
# by their words alone.
NEWS_WEEK = 7
# Dated articles further apart, neither naming the other's time, may still be one story (a follow-up: an arrest, a
# funeral, a trial) but need twice the shared evidence; their facts are compared only where a clause points back to
# the event's time (instances).
FOLLOW_UP = 0.5

Periods = Sequence[tuple[int, int]]


def _names(periods_named: Periods, day: int) -> bool:
    """Whether an article names a day or month within a news week of a day."""
    for first, last in periods_named:
        if first - NEWS_WEEK <= day <= last + NEWS_WEEK:
            return True
    return False


def _one_time(day_a: int | None, day_b: int | None, named_a: Periods, named_b: Periods) -> bool | None:
    """Whether two articles are of one time: written within a news week of each other, or one naming a day or month
    within a news week of the other's date, or (undated) both naming such days; None when either tells no time."""
    if day_a is not None and day_b is not None:
        return -NEWS_WEEK <= day_a - day_b <= NEWS_WEEK or _names(named_b, day_a) or _names(named_a, day_b)
    if day_a is not None:
        return _names(named_b, day_a) if named_b else None
    if day_b is not None:
        return _names(named_a, day_b) if named_a else None
    if not named_a or not named_b:
        return None
    return any(_names(named_b, first) or _names(named_b, last) for first, last in named_a)


def _timed(scored: Mapping[tuple[int, int], float] | Iterable[tuple[tuple[int, int], float]],
           documents: Sequence[Document], named: Sequence[Periods]) -> Iterator[tuple[tuple[int, int], float]]:
    """Each pair's similarity as _timer lowers it."""
    timer = _timer(documents, named)
    for (a, b), value in scored.items() if isinstance(scored, Mapping) else scored:
        yield (a, b), timer(a, b, value)


def _timer(documents: Sequence[Document], named: Sequence[Periods]) -> Callable[[int, int, float], float]:
    """A pair's similarity: none for articles whose leads place the event apart, lowered (FOLLOW_UP) for articles
    of different times (asked of many candidate pairs, so kept plain)."""
    days = [doc.date.toordinal() if doc.date else None for doc in documents]
    places: dict[int, frozenset[str]] = {}  # each article's lead places, read when a pair first asks
    lowered: dict[int, str] = {}

    def place(position: int) -> frozenset[str]:
        if position not in places:
            places[position] = lead_places(documents[position])
        return places[position]

    def text(position: int) -> str:
        if position not in lowered:
            lowered[position] = documents[position].text.lower()
        return lowered[position]

    def timed(a: int, b: int, value: float) -> float:
        if place(a) and place(b) and apart(text(a), text(b), place(a), place(b)):
            return 0.0
        return value * FOLLOW_UP if _one_time(days[a], days[b], named[a], named[b]) is False else value

    return timed
