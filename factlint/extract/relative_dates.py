"""Relative times that depend on when the article was written: "yesterday", "last month", "earlier this year"."""

from __future__ import annotations

from typing import Iterator

import regex

from factlint.lexicon import Lexicon
from factlint.model import Document, Fact, FactKind

_SHIFT = {"last": -1, "previous": -1, "this": 0, "earlier this": 0, "later this": 0, "next": 1}
_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# "the last month of the season" and "over the past month" are spans of time, not a named month.
_RELATIVE = regex.compile(
    r"(?<!\bthe\s)(?<!\bthat\s)\b(?:(?P<which>earlier\s+this|later\s+this|last|this|next)\s+(?P<unit>week|month|year)(?:'s)?"
    r"|(?P<day>yesterday|today|tonight|tomorrow))\b(?![-\s]+(?:long|old)\b)",
    regex.I,
)


def extract(doc: Document, vocabulary: Lexicon) -> Iterator[Fact]:
    """Every relative time in the body; value is the expression, attrs give its unit and shift."""
    for match in _RELATIVE.finditer(doc.text, doc.body_start):
        if match.group("day"):
            word = match.group("day").lower()
            unit, shift = "day", _DAYS[word]
        else:
            word = " ".join(match.group("which").lower().split())
            unit, shift = match.group("unit").lower(), _SHIFT[word]
        value = " ".join(match.group().lower().split()).removesuffix("'s")
        yield Fact(
            kind=FactKind.DATE, span=doc.span(match.start(), match.end()), text=match.group(),
            value=value, attrs=(("relative", unit), ("shift", str(shift))),
        )
