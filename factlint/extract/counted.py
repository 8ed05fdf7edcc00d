"""What a number counts or measures, as one comparable key: the noun phrase's head and modifiers, and where it is."""

from __future__ import annotations

import enum
from typing import Sequence

import regex

from factlint import lazyre
from factlint.extract.sentences import sentence_at
from factlint.extract.timex.grammar import MONTH_ABBR, MONTH_FULL, WEEKDAY

IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child", "police": "police",
              "staff": "staff", "personnel": "personnel", "crew": "crew", "teeth": "tooth", "feet": "foot",
              "news": "news", "series": "series", "species": "species"}
# Nouns naming people in general: a count of them is a count of the role itself.
GENERIC = frozenset("person people persons individual individuals victim victims".split())
# Determiners and the like that open a noun phrase but are not part of what it names.
_DETERMINERS = frozenset("the a an its their his her our this that these those each every all some any".split())


class Tally(enum.Enum):
    """Which figure a count is: a plain count, or a total over time ("a total of", "in all")."""

    COUNT = ""
    TOTAL = "total"


def singular(noun: str) -> str:
    """A plural noun's singular key ("nurses" -> "nurse", "people" -> "person")."""
    noun = noun.lower()
    if noun in IRREGULAR:
        return IRREGULAR[noun]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


def modifier(word: str) -> str:
    """A modifier as keyed: lowercase, a possessive as its noun ("workers'" and "worker's" -> "worker")."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        return word[:-2]
    if word.endswith("s'"):
        return singular(word[:-1])
    return word


def noun_phrase_key(head: str, modifiers: Sequence[str] = (), where: str = "", of: str = "") -> str:
    """The key of what a noun phrase names: its modifiers kept in order, its head singular, its place after "@".

    "12 dock workers" -> "dock worker"; "12 workers' families" -> "worker family"; "600 nurses at the second
    hospital" -> "nurse @second hospital". Two counts are of one thing only when their keys are equal, so a
    subset ("civilians" among "people") or a part ("the dock workers" among "workers") is never set against a whole.
    """
    words = [modifier(m) for m in modifiers if m.lower() not in _DETERMINERS]
    key = " ".join([*words, singular(head)]) if head else " ".join(words)
    if of:
        key = f"{key} of {of}"
    return f"{key} @{where}" if where else key


# "at the second hospital", "in Rotterdam", "from Gaza": a place that makes the count one place's.
# Months and weekdays ("in May") say when, not where.
_WHERE = lazyre.compile(r"[ \t]+(?:at|in|from|on[ \t]+board)[ \t]+(?:(?P<the>the)[ \t]+)?(?P<words>[\p{L}'’.-]+(?:[ \t]+[\p{L}'’.-]+){0,3})")
_WHEN = lazyre.compile(rf"(?:{MONTH_FULL}|{MONTH_ABBR}|{WEEKDAY})\.?", regex.I)
_FUNCTION = frozenset("of and or to in on at for by with from as is was were be been that who which when where while "
                      "after before during since than said says".split())


# "four counts of aggravated assault", "two cases of measles": the head's complement is part of what is counted.
_OF_COMPLEMENT = lazyre.compile(r"[ \t]+of[ \t]+(?P<np>(?:[a-z][a-z'’-]*[ \t]+){0,2}?[a-z][a-z'’-]*)(?=[ \t]*(?:[,.;:]|$|[ \t](?:with|and|or|in|on|at|for|by|from|to|that|who|which|was|were|is|are|after|before)\b))")


def complement_after(text: str, end: int) -> tuple[str, int]:
    """The "of" phrase that completes a counted noun ("counts of aggravated assault" -> "aggravated assault"),
    and where it ends; ("", end) when none follows or it opens with a determiner (a whole: "of the victims")."""
    match = _OF_COMPLEMENT.match(text, end)
    if not match or match.group("np").split()[0] in _DETERMINERS | _FUNCTION:
        return "", end
    return " ".join(match.group("np").split()), match.end()


def place_after(text: str, end: int) -> str:
    """The place a prepositional phrase right after a noun gives, keyed in lowercase ("at the second hospital" ->
    "second hospital", "in Rotterdam" -> "rotterdam"); "" when none follows. Without "the" the place must be a name."""
    match = _WHERE.match(text, end)
    if not match:
        return ""
    words: list[str] = []
    for word in match.group("words").split():
        word = word.rstrip(".")
        if not word or word.lower() in _FUNCTION or _WHEN.fullmatch(word) or (words and words[-1] == word):
            break
        if not word[0].isupper() and (not match.group("the") or len(words) == 2 or word.endswith("ed")):
            break  # a lowercase place needs "the", and runs two words at most before a verb ("stayed") begins
        words.append(word.lower())
    return " ".join(words)


# Words that make a count a running or overall total: "a total of 40", "40 in all", "so far".
_TOTAL_BEFORE = lazyre.compile(r"\b(?:a[ \t]+)?total[ \t]+(?:of|to)[ \t]+$", regex.I)
_TOTAL_IN_SENTENCE = lazyre.compile(r"\b(?:in[ \t]+all|altogether|in[ \t]+total|cumulative|tally)\b", regex.I)
# A running total: what it is depends on when it was written.
_SO_FAR = lazyre.compile(r"\b(?:so[ \t]+far|to[ \t]+date|thus[ \t]+far|as[ \t]+of|until[ \t]+now|up[ \t]+to[ \t]+now)\b",
                        regex.I)


# What was expected, forecast or might be, close to the figure: "economists expected 700,000 jobs would be added".
_HYPOTHETICAL = lazyre.compile(
    r"\b(?:would|could|might|expect(?:s|ed|ing|ations?)?|forecasts?|forecasters?|projected|predict(?:s|ed|ions?)?|"
    r"consensus|anticipated?)\b", regex.I)


def tally(text: str, start: int, end: int) -> Tally | None:
    """Whether the count at text[start:end] is a plain count or a total; None for a running total ("so far"),
    which two articles written at different times may rightly give differently, or a figure expected or forecast."""
    first, last = sentence_at(text, start)
    if _SO_FAR.search(text, first, last) or _HYPOTHETICAL.search(text, max(first, start - 30), min(last, end + 30)):
        return None
    if _TOTAL_BEFORE.search(text[max(first, start - 20) : start]) or _TOTAL_IN_SENTENCE.search(text, first, last):
        return Tally.TOTAL
    return Tally.COUNT


# "another three", "the remaining 30", "the first 12", "an additional 200": a part, not the whole.
_PART_BEFORE = lazyre.compile(
    r"\b(?:another|additional|further|other|remaining|first|last|next|extra|latest|new)[ \t]+$"
    r"|\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+(?:to|or|and)[ \t]+$"
    r"|\bbetween[ \t]+$|[–—-][ \t]*$"
    # "one in every 500 users", "178 of 369 punches": a ratio's terms, not counts of their own.
    r"|\bin[ \t]+(?:every[ \t]+)?$|\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+of[ \t]+(?:his[ \t]+|her[ \t]+|their[ \t]+)?$",
    regex.I,
)


def is_part_or_range(text: str, start: int) -> bool:
    """Whether the words before a count make it a part ("another three", "the first 12") or the end
    of a range ("10 to 12", "between 10", "10–12")."""
    return bool(_PART_BEFORE.search(text[max(0, start - 24) : start]))


# The word right before a number, and what precedes that word.
_WORD_BEFORE = lazyre.compile(r"(?P<lead>^|[^\s]*)[ \t]*(?<![\p{L}&.])(?P<word>[\p{L}&.][\p{L}\d&.-]*)[ \t]+$")


def in_a_name(text: str, start: int) -> bool:
    """Whether a number is part of a name ("S&P 500 futures", "Nasdaq 100", "Boeing 737 jets"): the word right
    before it is capitalized and does not open a sentence, or holds an ampersand."""
    match = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if not match:
        return False
    word, lead = match.group("word"), match.group("lead")
    if "&" in word:
        return True
    opens_sentence = not lead or lead[-1] in ".!?:;\"“”'‘’(" or lead.endswith("--")
    return word[0].isupper() and not opens_sentence
