"""Percentages and sums of money with what they are of: "a 4.5% pay rise", "a fine of $5,000", "a $27 million contract"."""

from __future__ import annotations

from typing import Iterator

import regex

from factlint.extract.numbers import NUMBER_PATTERN, format_number, number_heads, parse_number
from factlint.extract.quantities import (BOUNDARY, FUNCTION_WORDS, MODIFIER, QUALIFIER, UNITS, qualified_starts,
                                         quantity_fact)
from factlint.extract.spans import matches_at
from factlint.lexicon import Lexicon
from factlint.model import Document, Fact

_PERCENT = regex.compile(rf"{QUALIFIER}(?P<number>{BOUNDARY}{NUMBER_PATTERN})[ \t]*(?P<sign>%|percent\b|per[ \t]+cent\b)(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?(?P<after>(?:{MODIFIER}){{0,1}}[a-z]+))?", regex.I)
_MONEY = regex.compile(
    rf"{QUALIFIER}(?P<currency>[$£€])[ \t]?(?P<number>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)"
    rf"(?:[ \t]?(?P<scale>million|billion|trillion|m\b|bn\b))?(?:[ \t]+(?P<after>[a-z]+))?",
    regex.I,
)
_CURRENCY_SIGN = regex.compile(r"[$£€]")
_OF_BEFORE = regex.compile(r"\b(?P<noun>[a-z]+)[ \t]+of[ \t]+(?:about[ \t]+|around[ \t]+|nearly[ \t]+|some[ \t]+)?$", regex.I)
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_CURRENCY = {"$": "usd", "£": "gbp", "€": "eur"}


def _subject_near(text: str, start: int, after: str | None) -> str:
    """What a percentage or sum is of: the noun after it ("a 4.5% raise") or before "of" ("a fine of $5")."""
    if after and after.lower() not in FUNCTION_WORDS:
        return " ".join(after.lower().split())
    before = _OF_BEFORE.search(text[max(0, start - 40) : start])
    if before and before.group("noun").lower() not in FUNCTION_WORDS:
        return before.group("noun").lower()
    return ""


def _percentages(doc: Document) -> Iterator[Fact]:
    for match in matches_at(_PERCENT, doc.text, qualified_starts(doc.text, number_heads(doc.text)), doc.body_start):
        value = parse_number(match.group("number"))
        after = match.group("after")
        if after and any(w in FUNCTION_WORDS or w in UNITS for w in after.lower().split()):
            after = None
        start = match.start("qualifier") if match.group("qualifier") else match.start("number")
        about = _subject_near(doc.text, start, after)
        if value is None or not about:
            continue  # a percentage of nothing named cannot be compared with any other
        end = match.end() if after else match.end("sign")
        yield quantity_fact(doc, match.start(), end, value, f"{about} %", match.group("qualifier"),
                    f"{format_number(value)}%", "percent")


def _money(doc: Document) -> Iterator[Fact]:
    signs = [sign.start() for sign in _CURRENCY_SIGN.finditer(doc.text, doc.body_start)]
    for match in matches_at(_MONEY, doc.text, qualified_starts(doc.text, signs), doc.body_start):
        value = float(match.group("number").replace(",", "")) * _SCALE.get((match.group("scale") or "").lower(), 1)
        after = match.group("after")
        if after and after.lower() in FUNCTION_WORDS | {"million", "billion"}:
            after = None
        start = match.start("qualifier") if match.group("qualifier") else match.start("currency")
        about = _subject_near(doc.text, start, after)
        if not about:
            continue
        currency = _CURRENCY[match.group("currency")]
        end = match.end("after") if after else (match.end("scale") if match.group("scale") else match.end("number"))
        shown = doc.text[match.start("currency") : match.end("scale") if match.group("scale") else match.end("number")]
        yield quantity_fact(doc, match.start(), end, value, f"{about} {currency}", match.group("qualifier"), shown, currency)


def extract(doc: Document, vocabulary: Lexicon) -> Iterator[Fact]:
    """Every percentage and sum of money whose subject is named, in the document body."""
    yield from _percentages(doc)
    yield from _money(doc)
