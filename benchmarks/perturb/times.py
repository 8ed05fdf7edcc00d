"""Dates (month and day), weekdays and years: their surface patterns and changes."""

from __future__ import annotations

import re
from typing import Iterator

from benchmarks.perturb.mention import Family, Mention, alternation, sentence_words
from benchmarks.perturb.words import MONTHS, WEEKDAYS

_MONTH_NAMES = alternation(MONTHS)
_DATE = re.compile(rf"(?<![\w.])(?P<m>{_MONTH_NAMES})\s(?P<d>\d{{1,2}})(?P<suffix>st|nd|rd|th)?\b(?![:.,]?\d)")


def find_dates(text: str) -> Iterator[Mention]:
    """'June 29', 'Feb. 3', 'Sept. 14th': a month and a day."""
    for match in _DATE.finditer(text):
        day = int(match["d"])
        if 1 <= day <= 31:
            new = day + 1 if day <= 27 else day - 1
            yield Mention(Family.DATE, match.start("d"), match.end("d"), match["d"], str(new),
                          frozenset({(MONTHS[match["m"]], day)}), sentence_words(text, match.start(), match.end()))


_WEEKDAY = re.compile(rf"\b(?P<w>{'|'.join(WEEKDAYS)})\b")


def find_weekdays(text: str) -> Iterator[Mention]:
    """'Thursday': changed to the next day of the week."""
    for match in _WEEKDAY.finditer(text):
        following = WEEKDAYS[(WEEKDAYS.index(match["w"]) + 1) % 7]
        yield Mention(Family.WEEKDAY, match.start(), match.end(), match["w"], following, frozenset({match["w"]}),
                      sentence_words(text, match.start(), match.end()))


_YEAR = re.compile(r"\b(?:since|in|of|until|from|by|through)\s(?P<y>(?:19|20)\d\d)\b(?![-–/]\d|,\d|\.\d)")


def find_years(text: str) -> Iterator[Mention]:
    """'since 2019', 'in 2019': changed to the year before."""
    for match in _YEAR.finditer(text):
        year = int(match["y"])
        yield Mention(Family.YEAR, match.start("y"), match.end("y"), match["y"], str(year - 1), frozenset({year}),
                      sentence_words(text, match.start(), match.end()))
