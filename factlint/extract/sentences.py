"""Sentence boundaries in article text, aware of abbreviations such as "U.S." and "Mr."."""

from __future__ import annotations

import array
import bisect
import functools


from factlint import lazyre

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt maj gov sen rep rev st jr sr inc corp co ltd
    jan feb mar apr aug sept sep oct nov dec no vs etc approx dept est fig mt ft
    a.m p.m u.s u.k u.n e.u d.c""".split()
)
# No news sentence is this long; longer runs (CSV, minified text, a 5 MB line) are cut into pieces.
MAX_SENTENCE = 1500
# A match starts only at the first mark of a run and takes the run whole (possessive): tried at every dot of
# "....", the pattern took time quadratic in the run's length.
_END = lazyre.compile(r"(?<![.!?])[.!?]++[\"'”’»)\]]*+(?=\s++[\"'“‘«»(\[]?[\p{Lu}\d])|\n")
_LAST_WORD = lazyre.compile(r"([\p{L}.]+)\.*$")


# Extractors, linking and checks all ask again for the same articles' sentences; a few thousand
# offset arrays cost far less memory than recomputing them once per stage.
@functools.lru_cache(maxsize=1 << 15)
def sentence_starts(text: str) -> array.array:
    """Offsets at which sentences start (paragraph breaks always end a sentence), ascending, as an array of machine
    integers: a tuple held an int object for each, 36 bytes a sentence where the array takes 8."""
    bounded = array.array("q")  # built as found: a list first held an int object per sentence
    start = 0
    for match in _END.finditer(text):
        if match.group() != "\n":
            word = _LAST_WORD.search(text[max(0, match.start() - 12) : match.start() + 1])
            token = word.group(1).rstrip(".").lower() if word else ""
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        _bounded(text, start, match.end(), bounded)
        start = match.end()
    _bounded(text, start, len(text), bounded)
    return bounded


def _bounded(text: str, start: int, end: int, starts: array.array) -> None:
    """Add the sentence [start, end), cut into runs of at most MAX_SENTENCE at a space, so work per sentence stays
    bounded on any input."""
    starts.append(start)
    while end - start > MAX_SENTENCE:
        space = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        start = space + 1 if space >= 0 else start + MAX_SENTENCE
        starts.append(start)


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding offset."""
    starts = sentence_starts(text)
    index = bisect.bisect_right(starts, offset) - 1
    start = starts[index]
    end = starts[index + 1] if index + 1 < len(starts) else len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A word English at large writes at least this often (wordfreq's Zipf scale: once in ten million words) is a word
# whose capital at a sentence's start may be the sentence's alone.
_COMMON_ZIPF = 3.0


@functools.lru_cache(maxsize=8192)
def common_word(word: str) -> bool:
    """Whether English at large writes the word (lowercase) commonly."""
    from wordfreq import zipf_frequency  # imported on first use: its tables take a while to load

    return zipf_frequency(word, "en") >= _COMMON_ZIPF


@functools.lru_cache(maxsize=4096)
def capitalized_inside(text: str, word: str) -> bool:
    """Whether the text writes `word` as written (capitalized) inside a sentence somewhere: after a word, a number, a
    comma or an initial ("Julia Bird", "said Bird", "J. Bird"), which makes it a name wherever it stands."""
    import regex

    return regex.search(rf"(?:[\p{{L}}\d,;]|\p{{Lu}}\.)[ \t]+{regex.escape(word)}(?![\p{{L}}\d])", text) is not None
