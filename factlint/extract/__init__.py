"""Extraction: one module per fact kind; EXTRACTORS says which kinds each produces."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from factlint.extract import ages, amounts, dates, durations, names, numbers, places, quantities, quotes, spans, venues
from factlint.extract.timex import tagger
from factlint.rulebook.lexicon import Lexicon
from factlint.model import Document, Fact, FactKind


@dataclass(frozen=True)
class Extractor:
    """A function from a document to facts, and the fact kinds it can produce."""

    name: str
    kinds: frozenset[FactKind]
    run: Callable[[Document, Lexicon], Iterable[Fact]]


EXTRACTORS: tuple[Extractor, ...] = (
    Extractor("durations", frozenset({FactKind.DURATION}), durations.extract),
    Extractor("dates", frozenset({FactKind.DATE, FactKind.TIME, FactKind.SET}), dates.extract),
    Extractor("names", frozenset({FactKind.PERSON, FactKind.TITLE}), names.extract),
    Extractor("venues", frozenset({FactKind.VENUE}), venues.extract),
    Extractor("quotes", frozenset({FactKind.QUOTE}), quotes.extract),
    Extractor("quantities", frozenset({FactKind.QUANTITY}), quantities.extract),
    Extractor("amounts", frozenset({FactKind.QUANTITY}), amounts.extract),
    Extractor("ages", frozenset({FactKind.AGE}), ages.extract),
    Extractor("places", frozenset({FactKind.PLACE}), places.extract),
)


# What extractors work out once per text and share (the timexes, the people, the venues, where numbers may start,
# the folded text): memos of the text last read, which no stage after extraction reads.
_PER_TEXT = (names.find_people, venues.find_venues, numbers.number_heads, spans.folded)


def forget() -> None:
    """Let go of the memos the extractors keep of the texts they read last: called once a document's products are
    made, so a large article's timexes, people and folded text are not held while the run links and checks it."""
    tagger.forget()
    for memo in _PER_TEXT:
        memo.cache_clear()


def extract_facts(doc: Document, lexicon: Lexicon, kinds: frozenset[FactKind] | None = None) -> Iterator[Fact]:
    """Every fact of the wanted kinds in one document (all kinds when `kinds` is None)."""
    for extractor in EXTRACTORS:
        if kinds is None or extractor.kinds & kinds:
            for fact in extractor.run(doc, lexicon):
                if kinds is None or fact.kind in kinds:
                    yield fact
