"""What `factlint stories` shows of the evidence that grouped articles: written as the articles write it ("Jake
Sullivan", not the matching key "jake sullivan")."""

from __future__ import annotations

import dataclasses
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


def readable(stories: Sequence[Story], timeline: Timeline | None,
             documents: Mapping[str, Document]) -> tuple[tuple[Story, ...], Timeline | None]:
    """The stories and references with their evidence written as the articles write it, for link's listing."""
    story_of = {path: story for story in stories for path in story.paths}

    def texts(story: Story | None) -> list[str]:
        return [documents[path].text for path in (story.paths if story else ()) if path in documents]

    shown = tuple(dataclasses.replace(story, evidence=tuple(_listed(story.evidence, texts(story)))) for story in stories)
    if timeline is None:
        return shown, None
    references = tuple(dataclasses.replace(ref, evidence=tuple(_listed(ref.evidence, texts(story_of.get(ref.path)))))
                       for ref in timeline.references)
    return shown, dataclasses.replace(timeline, references=references)
