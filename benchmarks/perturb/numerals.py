"""Numerals as news writes them (digits, commas, decimals, number words) and the changed value each is given."""

from __future__ import annotations

import re
from decimal import Decimal

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_VALUES = {word: value for value, word in enumerate(UNITS)} | {word: 20 + 10 * i for i, word in enumerate(TENS)}


def _either_case(word: str) -> str:
    return f"[{word[0].upper()}{word[0]}]{word[1:]}"


# One numeral: digits (1,200 / 1.5) or a number word below 100 ("twenty-five"), any case of its first letter.
_ONES = "|".join(UNITS[9:0:-1])
WORD = (rf"(?:(?:{'|'.join(map(_either_case, TENS))})(?:-(?:{_ONES}))?"
        rf"|{'|'.join(map(_either_case, sorted(UNITS, key=len, reverse=True)))})")
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMERAL = rf"(?:{DIGITS}|{WORD})"
_DIGITS = re.compile(DIGITS)


def value(numeral: str) -> Decimal:
    """The value of a numeral: '1,200' -> 1200, 'Twenty-five' -> 25."""
    if _DIGITS.fullmatch(numeral):
        return Decimal(numeral.replace(",", ""))
    tens, _, unit = numeral.lower().partition("-")
    return Decimal(_WORD_VALUES[tens] + (_WORD_VALUES[unit] if unit else 0))


def words(number: int) -> str:
    """A number below 100 in words: 25 -> 'twenty-five'."""
    if number < 20:
        return UNITS[number]
    tens, unit = divmod(number, 10)
    return TENS[tens - 2] + (f"-{UNITS[unit]}" if unit else "")


def bumped(number: Decimal) -> Decimal:
    """A different value that no reader would take for the same: the last decimal up one, small counts up one,
    large ones up one in their leading digit (1,200 -> 2,200)."""
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < 0:
        return number + Decimal(1).scaleb(exponent)
    if number < 100:
        return number + 1
    return number + Decimal(10) ** (len(str(int(number))) - 1)


def written_like(number: Decimal, original: str) -> str:
    """The number written the way the original numeral was: words, digits, commas, capital."""
    if not _DIGITS.fullmatch(original):
        text = words(int(number))
        return text.capitalize() if original[0].isupper() else text
    if "," in original or (number >= 10_000 and "." not in original):
        return f"{number:,}"
    return str(number)


def changed(numeral: str, approximate: bool = False) -> str | None:
    """The numeral with its value bumped, written alike; None where words cannot say it (100 and up). An approximate
    figure ("about 70", "more than 50") is doubled instead: one more is still what "about" allows, so a change by one
    would be no contradiction to catch."""
    new = value(numeral) * 2 if approximate else bumped(value(numeral))
    if not _DIGITS.fullmatch(numeral) and new >= 100:
        return None
    return written_like(new, numeral)


_APPROXIMATE = re.compile(r"\b(?:about|around|nearly|almost|some|roughly|approximately|more than|over|at least|up to|"
                          r"less than|fewer than|under|as many as|as much as)\s+[$€£]?$", re.I)


def approximate(text: str, start: int) -> bool:
    """Whether the figure at `start` is written with a qualifier that makes it approximate or a bound."""
    return _APPROXIMATE.search(text, max(0, start - 25), start) is not None
