"""The words told around a statement: two figures of one noun are of one thing only if their clauses share some."""

from __future__ import annotations

import functools


from factlint import lazyre
from factlint.extract.counted import singular
from factlint.extract.sentences import sentence_at
from factlint.link.specificity import specificity
from factlint.model import Corpus, LinkedFact

_WORD = lazyre.compile(r"\p{L}[\p{L}'’-]+")
WINDOW = 8  # words either side of the figure, within its sentence
_SPECIFIC = 2.5  # zipf 5.5 or less: "deal" and "hospital" are specific, "said", "people" and "were" are not


def _stem(word: str) -> str:
    """A crude stem, so "striking" and "strike", "workers" and "worker" meet."""
    word = singular(word.lower().replace("’", "'").removesuffix("'s"))
    for suffix in ("ing", "ed", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@functools.lru_cache(maxsize=1 << 14)
def _context_of(text: str, start: int, end: int) -> frozenset[str]:
    first, last = sentence_at(text, start)
    before = [m.group() for m in _WORD.finditer(text, first, start)][-WINDOW:]
    after = [m.group() for m in _WORD.finditer(text, end, last)][:WINDOW]
    return frozenset(_stem(w) for w in before + after if specificity(w.lower()) >= _SPECIFIC)


def context(item: LinkedFact, corpus: Corpus) -> frozenset[str]:
    """The stems of the specific words near a statement, in its sentence, without the words of its subject."""
    doc = corpus.documents.get(item.fact.span.path)
    if doc is None:
        return frozenset()
    own = {_stem(w) for w in _WORD.findall(item.fact.text + " " + item.fact.subject)}
    return _context_of(doc.text, item.fact.span.start, item.fact.span.end) - own


def shares_context(a: LinkedFact, b: LinkedFact, corpus: Corpus, at_least: int) -> bool:
    """Whether two statements' surroundings share at least `at_least` specific words (always, for 0)."""
    return at_least <= 0 or len(context(a, corpus) & context(b, corpus)) >= at_least
