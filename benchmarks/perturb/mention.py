"""What a planted change is (a Mention of a Family) and how a family's patterns are declared (a Spec)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Callable, Hashable, Iterable, Iterator

from benchmarks.perturb.words import STOPWORDS


class Family(enum.Enum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    AGE = "age"
    DURATION = "duration"
    DATE = "date"
    WEEKDAY = "weekday"
    YEAR = "year"
    NAME = "name"
    TITLE = "title"
    PLACE = "place"
    QUOTE = "quote"


@dataclass(frozen=True)
class Mention:
    """One statement a family can change: text[start:end] becomes replacement; keys say what it states."""

    family: Family
    start: int
    end: int
    original: str
    replacement: str
    keys: frozenset[Hashable]
    context: frozenset[str] = frozenset()  # content words of its sentence, for families whose keys are thin

    def applied(self, text: str) -> str:
        """The text with this change made."""
        return text[: self.start] + self.replacement + text[self.end :]


# What another article states, by key: the sentence contexts it states it in.
Witnesses = dict[Hashable, list[frozenset[str]]]


@dataclass(frozen=True)
class Spec:
    """A family's patterns: the mentions it may change, what counts as the same statement elsewhere, and how
    many content words two sentences must share when the keys alone say too little (a weekday, a year)."""

    family: Family
    find: Callable[[str], Iterator[Mention]]
    witnesses: Callable[[str], Witnesses]
    shared_words: int = 0

    def stated_in(self, mention: Mention, witnesses: Witnesses) -> bool:
        """Whether an article with these witnesses makes the statement of the mention."""
        return any(len(mention.context & context) >= self.shared_words
                   for key in mention.keys for context in witnesses.get(key, ()))


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'A-Z])|\n")
_CONTENT = re.compile(r"[a-z][a-z'’-]{3,}")


def sentence_words(text: str, start: int, end: int) -> frozenset[str]:
    """The content words of the sentence around text[start:end] (without the mention itself)."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    words = _CONTENT.findall((text[left:start] + " " + text[end:right]).lower())
    return frozenset(w for w in words if w not in STOPWORDS)


def own_witnesses(find: Callable[[str], Iterator[Mention]]) -> Callable[[str], Witnesses]:
    """Witnesses made of a family's own mentions."""
    def witnesses(text: str) -> Witnesses:
        found: Witnesses = {}
        for mention in find(text):
            for key in mention.keys:
                found.setdefault(key, []).append(mention.context)
        return found
    return witnesses


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
