"""Number words and digits: one pattern and one parser shared by every extractor."""

from __future__ import annotations

import functools

import regex

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

_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
# "twenty-one", "one hundred", "three thousand", "21", "1,200", "4.5".
NUMBER_WORD_PATTERN = (
    rf"(?:(?:{_WORD})(?:[-\s](?:{'|'.join(_UNITS)}))?(?:\s(?:hundred|thousand|million|billion))?)"
)
DIGITS_PATTERN = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s(?:million|billion))?"
NUMBER_PATTERN = rf"(?:{DIGITS_PATTERN}|{NUMBER_WORD_PATTERN})"

_NUMBER = regex.compile(rf"^{NUMBER_PATTERN}$", regex.I)


@functools.lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words ("21", "1,200", "twenty-one"), else None."""
    text = text.strip().lower()
    if not _NUMBER.match(text):
        return None
    words = regex.split(r"[-\s]+", text.replace(",", ""))
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
