"""Number words and digits: the patterns and parsers every extractor shares."""

from __future__ import annotations

import functools

import regex

from factlint import lazyre
from factlint.extract.spans import folded, occurrences

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Article-like quantifiers that denote an exact small number in durations ("a year").
_ARTICLES = {"a": 1, "an": 1, "single": 1, "a single": 1, "a couple of": 2, "a couple": 2,
             "couple of": 2, "a dozen": 12, "dozen": 12, "a half-dozen": 6, "half a dozen": 6,
             "a hundred": 100, "one hundred": 100, "a thousand": 1000, "one thousand": 1000}

_UNIT_ALT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(_TENS)
_ART_ALT = "|".join(sorted((regex.escape(a) for a in _ARTICLES), key=len, reverse=True))

_SMALL = rf"(?:(?:{_TENS_ALT})(?:[- ](?:{_UNIT_ALT}))?|{_UNIT_ALT})"

#: A spelled-out number including article-like quantifiers (no surrounding boundaries):
#: "three", "twenty-one", "twenty four", "two hundred and fifty", "a couple of", "a dozen".
NUMBER_WORD_PATTERN = (
    rf"(?:{_SMALL}(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_SMALL})?)?|{_ART_ALT})"
)
_FULL_WORD = lazyre.compile(rf"(?i)^\s*{NUMBER_WORD_PATTERN}\s*$")
_SEP = lazyre.compile(r"[- ]")
_WORD_SCALES = (("thousand", 1000), ("hundred", 100))


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
    for scale, mult in _WORD_SCALES:
        if scale in words:
            k = words.index(scale)
            left = _compound(words[:k]) if k else 1
            rest = [w for w in words[k + 1:] if w != "and"]
            right = _compound(rest) if rest else 0
            return None if left is None or right is None else left * mult + right
    return _small(words)


#: A cardinal in words without articles: "twenty-one", "one hundred", "three thousand".
CARDINAL_WORD_PATTERN = (
    rf"(?:(?:{_TENS_ALT}|{_UNIT_ALT})(?:[-\s](?:{_UNIT_ALT}))?(?:\s(?:hundred|thousand|million|billion))?)"
)
DIGITS_PATTERN = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s(?:million|billion))?"
#: A number in digits ("21", "1,200", "4.5") or cardinal words.
NUMBER_PATTERN = rf"(?:{DIGITS_PATTERN}|{CARDINAL_WORD_PATTERN})"
_NUMBER = lazyre.compile(rf"^{NUMBER_PATTERN}$", regex.I)
_DIGIT_RUN = lazyre.compile(r"\d+")
_NUMBER_HEAD_ANY_CASE = lazyre.compile(rf"\d+|\b(?i:{_TENS_ALT}|{_UNIT_ALT})")
# Every cardinal word begins with one of these ("four" for "fourteen"), found by a plain find in lowercased text.
_CARDINAL_STARTS = tuple(sorted(word for word in (*_UNITS, *_TENS)
                                if not any(other != word and word.startswith(other) for other in (*_UNITS, *_TENS))))


@functools.lru_cache(maxsize=4)
def number_heads(text: str) -> tuple[int, ...]:
    """The ascending offsets at which a number (NUMBER_PATTERN) that begins a word may start: a superset, each to be
    confirmed by the full pattern."""
    lower = folded(text)
    if lower is None:
        return tuple(match.start() for match in _NUMBER_HEAD_ANY_CASE.finditer(text))
    heads = [match.start() for match in _DIGIT_RUN.finditer(text)]
    # A word is not begun right after a letter (a letter and its lowercase are letters alike).
    heads += [at for at in occurrences(lower, _CARDINAL_STARTS) if not at or not text[at - 1].isalpha()]
    return tuple(sorted(heads))


@functools.lru_cache(maxsize=1024)
def parse_number_word(s: str) -> int | None:
    """The integer a number word, quantifier or digit string denotes ("a couple of" -> 2), else None."""
    t = " ".join(s.strip().lower().replace(",", "").split())
    if not t:
        return None
    if t.isdigit():
        return int(t)
    if not _FULL_WORD.match(t):
        return None
    if t in _ARTICLES:
        return _ARTICLES[t]
    return _compound(_SEP.split(t))


_WORD_BREAK = lazyre.compile(r"[-\s]+")


@functools.lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words ("21", "1,200", "twenty-one"), else None."""
    text = text.strip().lower()
    if not _NUMBER.match(text):
        return None
    words = _WORD_BREAK.split(text.replace(",", ""))
    total, current = 0.0, 0.0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0.0
        else:
            try:
                current += float(word)
            except ValueError:
                return None
    return total + current


def format_number(value: float) -> str:
    """A number as text without a trailing .0 ("5", "4.5")."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
