"""Article features for story inference: the words and word pairs that can name one event."""

from __future__ import annotations

import math
from collections import Counter
from typing import Sequence

import regex

from factlint.extract.sentences import sentence_at
from factlint.link.instances import DISTANT
from factlint.model import Document

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*\p{L}|\d[\d,.]*\d|\d")
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just
    me more most my no nor not now of off on once only or other our out over own same she should
    so some such than that the their them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your
    said says say told added according news reported report reporters statement statements
    mr mrs ms one two new year years week weeks day days month months time people""".split()
)
LEAD_SHARE = 0.5
TAIL_WEIGHT = 0.25
# Single words weigh as much as word pairs: names and places are single words more often than not.
WORD_WEIGHT = 1.0
# The headline names the event more plainly than any other line.
TITLE_WEIGHT = 2.0
# A line found verbatim in this many articles is site furniture (menus, copyright, widgets),
# not news: too common for a single story's wire copy in any real corpus we measured.
BOILERPLATE_LINES = 4
_TITLE_SUFFIX = regex.compile(r"\s+(?:[-|–—]|::)\s+[^-|–—:]{0,80}$")


def _lines(doc: Document) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty body line."""
    out, position = [], doc.body_start
    for line in doc.body.split("\n"):
        if line.strip():
            out.append((position, line))
        position += len(line) + 1
    return out


def _normal(line: str) -> str:
    return " ".join(line.lower().split())


def boilerplate(documents: Sequence[Document]) -> frozenset[str]:
    """Lines repeated verbatim across so many articles that they cannot be one story's news."""
    counts = Counter(line for doc in documents for line in {_normal(text) for _, text in _lines(doc)})
    return frozenset(line for line, count in counts.items() if count >= BOILERPLATE_LINES)


def features(doc: Document, skip: frozenset[str] = frozenset()) -> dict[str, float]:
    """Word pairs and words of the article, weighted by place: the lead counts fully, background less."""
    seen: set[str] = set()
    lines = []
    for base, line in _lines(doc):
        normal = _normal(line)
        if normal not in skip and normal not in seen:
            seen.add(normal)
            lines.append((base, _TITLE_SUFFIX.sub("", line) if not lines else line))
    found: dict[str, float] = {}
    lead = max(3, math.ceil(len(lines) * LEAD_SHARE))
    for rank, (base, line) in enumerate(lines):
        weight = TITLE_WEIGHT if rank == 0 else 1.0 if rank < lead else TAIL_WEIGHT
        # Sentences about another time ("last month", "in 2016") describe background, not the event.
        distant = [sentence_at(doc.text, base + m.start()) for m in DISTANT.finditer(line)]
        words = [
            m.group().lower() for m in _WORD.finditer(line)
            if not any(s <= base + m.start() < e for s, e in distant)
        ]
        content = [w for w in words if w not in _STOPWORDS and len(w) > 2]
        for first, second in zip(content, content[1:]):
            key = f"{first} {second}"
            found[key] = max(found.get(key, 0.0), weight)
        for word in content:
            found[word] = max(found.get(word, 0.0), weight * WORD_WEIGHT)
    return found
