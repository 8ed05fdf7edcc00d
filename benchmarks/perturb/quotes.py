"""Words inside quotation marks: a content word of a phrase another article quotes too, swapped for another."""

from __future__ import annotations

import re
import zlib
from typing import Iterator

from benchmarks.perturb.mention import Family, Mention, Witnesses
from benchmarks.perturb.words import FALLBACK_WORDS, STOPWORDS, SYNONYMS


def _as_cased(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


def swapped_word(word: str) -> str:
    """A near synonym of the word, or else another plain word (the same for the same word)."""
    lower = word.lower().replace("’", "'")
    if lower in SYNONYMS:
        return _as_cased(SYNONYMS[lower], word)
    pool = [w for w in FALLBACK_WORDS if w != lower]
    return _as_cased(pool[zlib.crc32(lower.encode()) % len(pool)], word)


# Double quotes, curly or straight; single curly ones opened after a space or a dash, an apostrophe inside a word
# ("Baku’s") not taken for their end.
_QUOTE = re.compile(r"“(?P<a>[^”\n]+)”|\"(?P<b>[^\"\n]+)\""
                    r"|(?:(?<=\s)|(?<=^)|(?<=[(—-]))‘(?P<c>[^’\n]+(?:’\w[^’\n]*)*)’(?!\w)",
                    re.MULTILINE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
SHARED_RUN = 5  # words a quoted phrase must share with another article's quote


def quote_words(text: str) -> Iterator[list[re.Match[str]]]:
    """The words of each quotation in the text."""
    for match in _QUOTE.finditer(text):
        group = next(g for g in ("a", "b", "c") if match[g] is not None)
        yield list(_WORD.finditer(text, match.start(group), match.end(group)))


def _normal(word: str) -> str:
    return word.lower().replace("’", "'")


def _runs(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + SHARED_RUN]) for i in range(len(words) - SHARED_RUN + 1)]


def find_quote_words(text: str) -> Iterator[Mention]:
    """A content word inside quotation marks, keyed by the five-word runs of the quote that contain it."""
    for words in quote_words(text):
        runs = _runs([_normal(w.group()) for w in words])
        for index, word in enumerate(words):
            plain = _normal(word.group())
            if plain in STOPWORDS or len(plain) < 3 or not plain.isalpha():
                continue
            keys = frozenset(runs[max(0, index - SHARED_RUN + 1) : index + 1])
            if keys:
                yield Mention(Family.QUOTE, word.start(), word.end(), word.group(), swapped_word(word.group()), keys)


def quote_witnesses(text: str) -> Witnesses:
    """Every five-word run of every quotation."""
    return {run: [frozenset()] for words in quote_words(text) for run in _runs([_normal(w.group()) for w in words])}
