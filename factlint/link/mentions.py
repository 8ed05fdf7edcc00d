"""Event mentions and the instances they fall in: every content word of an article is a candidate mention of an
event, placed by the same model that places facts (its story, its article's episode, or the other time its
sentence names). Used to measure event identity on gold cross-document data (benchmarks/instances)."""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Sequence


from factlint import lazyre
from factlint.extract.dating import with_date
from factlint.extract.sentences import sentence_starts
from factlint.extract.timex import TimexType, date_interval, find_timexes
from factlint.link.episodes import Episode
from factlint.link.features import _STOPWORDS
from factlint.link.stories import group_stories
from factlint.model import Document

_WORD = lazyre.compile(r"\p{L}[\p{L}\p{M}'’-]*\p{L}")
# Inflections stripped so that "sold", "sales" and "sale" stay apart but "sales"/"sale" and "talks"/"talk" meet:
# a light stem, longest suffix first, never leaving fewer than three letters.
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s")


def stem(word: str) -> str:
    """A word's light stem: lowercase, without one common inflection."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _other_times(doc: Document, episode: Episode | None) -> list[tuple[int, str]]:
    """(offset, value) of the calendar dates an article names that lie outside its episode's time."""
    out = []
    for timex in find_timexes(doc.text, doc.date):
        if timex.type is not TimexType.DATE:
            continue
        days = date_interval(timex.value)
        if not days:
            continue
        first, last = dt.date.fromordinal(int(days[0])), dt.date.fromordinal(int(days[1]))
        if episode is None or episode.frame != "calendar" or not episode.holds(first, last):
            out.append((timex.start, timex.value))
    return out


def mention_instances(documents: Sequence[Document]) -> dict[str, list[tuple[int, int, str]]]:
    """Per article, (start, end, instance key) of each candidate event mention; equal keys are one instance."""
    # Imported here: link/__init__ imports this package's modules, and the timeline needs them all.
    from factlint import link

    documents = [with_date(doc) for doc in documents]
    stories = group_stories(documents)
    timeline = link.timeline(documents, stories)
    story_of = {path: story.id for story in stories for path in story.paths}
    out: dict[str, list[tuple[int, int, str]]] = {}
    for doc in documents:
        episode = timeline.episodes.get(doc.path)
        story = story_of.get(doc.path, doc.path)
        own = f"{story}#{episode.key if episode else 'main'}"
        starts = sentence_starts(doc.text)
        others: dict[int, str] = {}
        for offset, value in _other_times(doc, episode):
            others.setdefault(bisect.bisect_right(starts, offset), value)
        found = []
        for match in _WORD.finditer(doc.text, doc.body_start):
            word = match.group().lower()
            if word in _STOPWORDS:
                continue
            sentence = bisect.bisect_right(starts, match.start())
            instance = f"{story}#other:{others[sentence]}" if sentence in others else own
            found.append((match.start(), match.end(), f"{instance}|{stem(word)}"))
        out[doc.path] = found
    return out
