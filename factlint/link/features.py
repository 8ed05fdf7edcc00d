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
# Counted on lines reduced to their letters, so a widget line that differs only in a link or a
# time stamp counts as the same line.
BOILERPLATE_LINES = 3
# A headline ends in the site's name ("... - WAFB 9 News Baton Rouge"): cut up to two such tails.
_TITLE_SUFFIX = regex.compile(r"\s+(?:[-|–—•]|::)\s+(?:(?!\s(?:[-|–—•]|::)\s).){1,80}$")
# Names (capitalized words inside a sentence) and numbers tell one local incident from the next;
# more than this and shared city and politician names start merging different events.
NAME_WEIGHT = 1.5
_LETTERS = regex.compile(r"\p{L}+")
_SENTENCE_END = regex.compile(r"(?:^|[.!?:;\"“”'‘’«»(\[—–-])\s*$")


def _lines(doc: Document) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty body line."""
    out, position = [], doc.body_start
    for line in doc.body.split("\n"):
        if line.strip():
            out.append((position, line))
        position += len(line) + 1
    return out


def _normal(line: str) -> str:
    """The line as lowercase letters only, so furniture that differs in a link, a count or spacing still matches."""
    return " ".join(_LETTERS.findall(line.lower()))


def boilerplate(documents: Sequence[Document]) -> frozenset[str]:
    """Lines repeated verbatim across so many articles that they cannot be one story's news."""
    counts = Counter(line for doc in documents for line in {_normal(text) for _, text in _lines(doc)})
    return frozenset(line for line, count in counts.items() if count >= BOILERPLATE_LINES)


def headline(line: str) -> str:
    """The headline without the site name that many sites append to it."""
    for _ in range(2):
        cut = _TITLE_SUFFIX.sub("", line)
        if len(cut.split()) < 3:
            break
        line = cut
    return line


def _title_case(line: str) -> bool:
    """Whether most longer words are capitalized, as in a headline, so capitals mark no names."""
    words = [w for w in _LETTERS.findall(line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _named(line: str, match: regex.Match) -> bool:
    """Whether a word is a name or a number: capitalized inside a sentence, or made of digits."""
    word = match.group()
    if word[0].isdigit():
        return True
    return word[0].isupper() and not _SENTENCE_END.search(line, 0, match.start())


def features(doc: Document, skip: frozenset[str] = frozenset()) -> dict[str, float]:
    """Word pairs and words of the article, weighted by place (the lead counts fully, background less) and by names."""
    seen: set[str] = set()
    lines = []
    for base, line in _lines(doc):
        normal = _normal(line)
        if normal not in skip and normal not in seen:
            seen.add(normal)
            lines.append((base, headline(line) if not lines else line))
    found: dict[str, float] = {}
    lead = max(3, math.ceil(len(lines) * LEAD_SHARE))
    for rank, (base, line) in enumerate(lines):
        weight = TITLE_WEIGHT if rank == 0 else 1.0 if rank < lead else TAIL_WEIGHT
        # Sentences about another time ("last month", "in 2016") describe background, not the event.
        distant = [sentence_at(doc.text, base + m.start()) for m in DISTANT.finditer(line)]
        names = not _title_case(line)
        content = []
        for m in _WORD.finditer(line):
            word = m.group().lower()
            if word in _STOPWORDS or len(word) < 3:
                continue
            if any(s <= base + m.start() < e for s, e in distant):
                continue
            named = names and _named(line, m)
            content.append((word, weight * (NAME_WEIGHT if named else 1.0), named))
        for (first, w1, n1), (second, w2, n2) in zip(content, content[1:]):
            key = f"{first} {second}"
            # A pair weighs as a name only when both words are names ("Jeremy Mardis", "224 Vantana").
            found[key] = max(found.get(key, 0.0), max(w1, w2) if n1 and n2 else min(w1, w2))
        for word, w, _ in content:
            found[word] = max(found.get(word, 0.0), w * WORD_WEIGHT)
    return found
