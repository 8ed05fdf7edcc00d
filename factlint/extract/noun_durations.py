"""Durations of whatever a noun names, outside the event vocabulary: "a 90-day stint", "eight days of riots", "a
seven-year veteran", "10 hours of deliberation". What lasted is keyed by the noun phrase's head ("stint", "riot"), and
the fact has the role "noun": such a length is often what tells one thing from another ("the seven-day average" and
"the 14-day average", two officers' careers), so it is compared where a sentence is told again (restated-duration),
not by subject alone (duration-agreement leaves the role out)."""

from __future__ import annotations

from typing import Iterator

import regex

from factlint import lazyre
from factlint.extract.counted import singular
from factlint.extract.figures import FUNCTION_WORDS, UNITS
from factlint.extract.numbers import NUMBER_PATTERN
from factlint.extract.spans import matches_at

_QUALIFIER = r"(?P<qualifier>(?:about|around|nearly|almost|some|roughly|more[ \t]+than|less[ \t]+than|at[ \t]+least|" \
             r"over|only|just)[ \t]+)?"
_WORDS = r"(?P<words>[a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){0,2})"
# "a 90-day court-mandated stint", "a seven-year veteran of the bureau": the noun phrase after the compound.
COMPOUND = lazyre.compile(
    rf"(?<![\w/-])(?<!/[ \t]){_QUALIFIER}(?P<number>{NUMBER_PATTERN})-(?P<unit>hour|day|week|month|year)s?(?:-long)?\b"
    rf"(?![-\s]old\b)[ \t]+{_WORDS}", regex.I)
# "eight days of riots", "two years of probation", "10 hours of deliberation".
OF_FORM = lazyre.compile(
    rf"(?<![\w/-])(?<!/[ \t]){_QUALIFIER}(?P<number>{NUMBER_PATTERN})[ \t]+(?:consecutive[ \t]+|straight[ \t]+|full[ \t]+)?"
    rf"(?P<unit>hour|day|week|month|year)s?[ \t]+of[ \t]+(?:the[ \t]+)?{_WORDS}", regex.I)
# Words that end the noun phrase before its head, or are no noun at all.
_NOT_HEAD = FUNCTION_WORDS | UNITS | frozenset(
    """he she it they we you his her their its our my your this that these those who whom what which also just only
    so than then more less most least very ago later earlier before after old""".split())


_ADJECTIVE = ("ed", "al", "ive", "ous", "ful", "ic", "ary", "able", "ible", "ian", "ese",
              "iest", "ggest", "ngest", "atest", "ighest", "owest", "argest")  # and superlatives: "the longest"
_SUPERLATIVE = frozenset({"worst", "best"})


def head(words: str) -> tuple[str, int] | None:
    """The noun a duration measures among the words after it, and how many words it takes: the first that is not an
    adjective by its ending or a hyphenated modifier ("court-mandated stay" -> ("stay", 2), "riots by" -> ("riots",
    1)); None when they hold no noun ("ago", "his tax returns": a possessor says whose, not what)."""
    for index, word in enumerate(words.split()[:3]):
        low = word.lower()
        if low in _NOT_HEAD or low.endswith("ly") or word[0].isupper():
            return None
        if index < 2 and ("-" in low or low.endswith(_ADJECTIVE) or low in _SUPERLATIVE):
            continue
        return low, index + 1
    return None


def noun_durations(text: str, start: int, numbered: list[int] | None) -> Iterator[tuple[regex.Match, str, int]]:
    """Each compound or "of" duration from `start` (tried only at `numbered` offsets, where a number or a qualifier
    before one begins, unless None) with the key of what lasted and where its noun phrase ends."""
    for pattern in (COMPOUND, OF_FORM):
        found = pattern.finditer(text, start) if numbered is None else matches_at(pattern, text, numbered, start)
        for match in found:
            noun = head(match.group("words"))
            if noun is None:
                continue
            end = match.start("words")
            for word in match.group("words").split()[: noun[1]]:
                end = text.index(word, end) + len(word)
            yield match, singular(noun[0]), end
