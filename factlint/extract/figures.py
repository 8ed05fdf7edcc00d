"""What every figure shares: the qualifier before its number ("about", "more than"), where a match of one may begin,
the words that are units or function words rather than things counted, and the QUANTITY fact a figure makes."""

from __future__ import annotations

import functools
from typing import Iterable

from factlint.extract.numbers import format_number
from factlint.extract.spans import folded
from factlint.model import Document, Fact, FactKind

# Counted words that are units or quantities of their own, never "things counted".
UNITS = frozenset(
    """second seconds minute minutes hour hours day days week weeks month months year years decade decades
    century centuries time times percent per cent mile miles kilometer kilometers kilometre kilometres
    meter meters metre metres foot feet inch inches yard yards pound pounds ounce ounces kilogram kilograms
    kg km mph gram grams degree degrees point points dollar dollars cent cents euro euros acre acres
    block blocks am pm a.m p.m o'clock round rounds-old years-old- yo
    mln bln mlns blns dlr dlrs ct cts pct vs""".split()  # a wire's tables: "Net 13.2 mln vs 14.5 mln", "39 cts"
)
_QUALIFIERS = ("at least", "more than", "fewer than", "less than", "about", "around", "nearly", "almost", "some",
               "roughly", "approximately", "up to", "over", "under")
_BLANKS = r"[ \t]+"
QUALIFIER = rf"(?:(?P<qualifier>(?i:{'|'.join(q.replace(' ', _BLANKS) for q in _QUALIFIERS)})){_BLANKS})?"
BOUNDARY = r"(?<![\w.,:/$£€#-])"
FUNCTION_WORDS = frozenset(
    """of the a an and or to in on at for by with from as is was were be been that this these those its his her
    their our who which when where while after before during since until has have had are last next each all
    year-old years-old year-olds""".split()
)


def quantity_fact(doc: Document, start: int, end: int, value: float, subject: str, qualifier: str | None,
                  display: str = "", unit: str = "", form: str = "", role: str = "") -> Fact:
    """A complete QUANTITY fact for text[start:end]; `role` sets apart figures never compared ("total")."""
    attrs = []
    if form:
        attrs.append(("form", form))
    if qualifier:
        attrs.append(("qualifier", " ".join(qualifier.lower().split())))
    if unit:
        attrs.append(("unit", unit))
    if role:
        attrs.append(("role", role))
    return Fact(FactKind.QUANTITY, doc.span(start, end), doc.text[start:end], format_number(value),
                subject, display, tuple(attrs))


def _blanks_before(text: str, at: int, any_space: bool) -> int:
    """Where the run of spaces and tabs (or of any white space) that ends at `at` begins."""
    while at > 0 and (text[at - 1] in " \t" or any_space and text[at - 1].isspace()):
        at -= 1
    return at


def _may_be(written: str, word: str) -> bool:
    """Whether `written` may match `word` case-insensitively (any non-ASCII text may: "ſome")."""
    return written.lower() == word or not written.isascii()


@functools.lru_cache(maxsize=4)
def _backwards(qualifiers: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], ...], tuple[bytes, ...], tuple[bytes, ...]]:
    """Each qualifier's words, last first (as qualified_starts reads them); their last words in ASCII, and those alone."""
    backwards = tuple(tuple(reversed(qualifier.split())) for qualifier in qualifiers)
    lasts = tuple(words[0].encode("ascii") for words in backwards)
    return backwards, lasts, tuple(sorted(set(lasts)))


def qualified_starts(text: str, heads: Iterable[int], qualifiers: Iterable[str] = _QUALIFIERS,
                     any_space: bool = False) -> list[int]:
    """Where a match of a qualifier ("at least", "about"; QUALIFIER's by default) and blanks, followed by something at
    one of the `heads`, may begin: at each head, and at each qualifier right before one. Blanks are spaces and tabs,
    or any white space (\\s) with `any_space`. Ascending; a superset, each to be confirmed by the pattern."""
    backwards, lasts, last_words = _backwards(tuple(qualifiers))
    lower = folded(text)
    starts = set(heads)
    for head in heads:
        end = _blanks_before(text, head, any_space)
        if end == head or lower is not None and not lower.endswith(last_words, 0, end):
            continue
        for words, last in zip(backwards, lasts):
            if lower is not None and not lower.endswith(last, 0, end):
                continue
            at = end
            for index, word in enumerate(words):
                if index:
                    gap = _blanks_before(text, at, any_space)
                    if gap == at:
                        break
                    at = gap
                if at < len(word) or not _may_be(text[at - len(word) : at], word):
                    break
                at -= len(word)
            else:
                starts.add(at)
    return sorted(starts)
