"""English number words ("three", "twenty-one", "a couple of") and their integer values."""
from __future__ import annotations

import functools

import regex

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Article-like quantifiers that denote an exact small number in durations ("a year").
_ARTICLES = {"a": 1, "an": 1, "single": 1, "a single": 1, "a couple of": 2, "a couple": 2,
             "couple of": 2, "a dozen": 12, "dozen": 12, "a half-dozen": 6, "half a dozen": 6,
             "a hundred": 100, "one hundred": 100, "a thousand": 1000, "one thousand": 1000}

_UNIT_ALT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(_TENS)
_ART_ALT = "|".join(sorted((regex.escape(a) for a in _ARTICLES), key=len, reverse=True))

_SMALL = rf"(?:(?:{_TENS_ALT})(?:[- ](?:{_UNIT_ALT}))?|{_UNIT_ALT})"

#: Matches a spelled-out number (no surrounding boundaries): "three", "twenty-one",
#: "twenty four", "two hundred and fifty", "a couple of", "a dozen".
NUMBER_WORD_PATTERN = (
    rf"(?:{_SMALL}(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_SMALL})?)?|{_ART_ALT})"
)
_FULL = regex.compile(rf"(?i)^\s*{NUMBER_WORD_PATTERN}\s*$")
_SEP = regex.compile(r"[- ]")
_SCALES = (("thousand", 1000), ("hundred", 100))


def _small(words: list[str]) -> int | None:
    if len(words) == 1 and words[0] in _UNITS:
        return _UNITS[words[0]]
    if words and words[0] in _TENS:
        if len(words) == 1:
            return _TENS[words[0]]
        if len(words) == 2 and words[1] in _UNITS and 0 < _UNITS[words[1]] < 10:
            return _TENS[words[0]] + _UNITS[words[1]]
    return None


def _compound(words: list[str]) -> int | None:
    for scale, mult in _SCALES:
        if scale in words:
            k = words.index(scale)
            left = _compound(words[:k]) if k else 1
            rest = [w for w in words[k + 1:] if w != "and"]
            right = _compound(rest) if rest else 0
            return None if left is None or right is None else left * mult + right
    return _small(words)


@functools.lru_cache(maxsize=1024)
def parse_number_word(s: str) -> int | None:
    """Return the integer a number word or digit string denotes, else None.

    >>> parse_number_word("twenty-one"), parse_number_word("a couple of"), parse_number_word("12")
    (21, 2, 12)
    """
    t = " ".join(s.strip().lower().replace(",", "").split())
    if not t:
        return None
    if t.isdigit():
        return int(t)
    if not _FULL.match(t):
        return None
    if t in _ARTICLES:
        return _ARTICLES[t]
    return _compound(_SEP.split(t))
