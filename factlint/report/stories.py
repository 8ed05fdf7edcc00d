"""The `factlint stories` listing: each story, its articles and times, and the evidence that grouped them, written
as the articles write it ("Jake Sullivan", not the matching key "jake sullivan")."""

from __future__ import annotations

import re
from collections import Counter
from typing import Mapping, Sequence

from factlint.link import Timeline
from factlint.model import Document, Story

# Between two evidence words the text may put a middle initial ("George P. Shultz"), nothing else.
_GAP = r"\s+(?:[A-Z]\.\s+)?"


def _most_written(pattern: re.Pattern[str], texts: Sequence[str]) -> str:
    found = Counter(" ".join(m.group().split()) for text in texts for m in pattern.finditer(text))
    return min(found, key=lambda form: (-found[form], form)) if found else ""


def _phrase(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])" + _GAP.join(re.escape(w) for w in words) + r"(?![\w'])", re.I)


def written(phrase: str, texts: Sequence[str]) -> str:
    """A lower-case evidence phrase as the texts most often write it: the words together (in either order for a
    pair, since pairs are keyed sorted), else each word as the texts write it, else the phrase as it is."""
    words = phrase.split()
    orders = [words, words[::-1]] if len(words) == 2 else [words]
    for order in orders:
        found = _most_written(_phrase(order), texts) if words else ""
        if found:
            return found
    return " ".join(_most_written(_phrase([word]), texts) or word for word in words)


def _listed(phrases: Sequence[str], texts: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(written(phrase, texts) for phrase in phrases))


def describe(stories: Sequence[Story], timeline: Timeline | None, documents: Mapping[str, Document]) -> list[str]:
    """Lines for `factlint stories`: each story, its articles with their times, its evidence and references."""
    times = timeline.times if timeline else {}
    references = timeline.references if timeline else ()
    lines = []
    for story in stories:
        texts = [documents[path].text for path in story.paths if path in documents]
        count = len(story.paths)
        lines.append(f"story {story.id} ({count} article{'s' if count != 1 else ''})")
        for path in story.paths:
            time = times.get(path)
            when = "undated" if time is None else (
                f"{time.date.isoformat()} ({time.source})" if time.frame == "calendar" else f"undated, {time.source}")
            lines.append(f"  {path}\t{when}")
        if story.evidence:
            lines.append(f"  grouped by: {'; '.join(_listed(story.evidence, texts))}")
        for ref in references:
            if ref.story == story.id:
                shared = ", ".join(_listed(ref.evidence, texts))
                lines.append(f"  refers to story {ref.target} as \"{ref.anchor}\" ({ref.path}:{ref.line}; shared: {shared})")
        lines.append("")
    return lines
