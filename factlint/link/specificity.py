"""How much a shared word says about one event: its rarity in English at large (wordfreq's reference table),
never its count in the corpus at hand, so adding or removing an article never reweighs another's words."""

from __future__ import annotations

import functools
import math


from factlint import lazyre

# wordfreq's Zipf scale is log10 of a word's frequency per billion words: "the" 7.7, "talks" 4.6, "blinken" 1.7.
# A word's specificity is how many powers of ten rarer than one in ten it is (9 - 1 - zipf), so "the" weighs
# about nothing and a word the table has never seen weighs as much as the rarest it lists.
_CEILING = 8.0
_FLOOR_ZIPF = 1.0
# A word this common in English (specificity below this, about a Zipf frequency of 5.5: "police", "state") names
# no event; it still counts in an article's length (the norm), but it links no articles, which keeps candidate
# pairs few. A property of the language, not of the corpus.
MIN_LINKING = 2.5


@functools.cache
def _table() -> dict[str, float]:
    """English word frequencies (fractions of all words), loaded on first use: runs that infer no story skip it."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", wordlist="best")


_DIGIT = lazyre.compile(r"\d")
_PARTS = lazyre.compile(r"[-'’./]+")


def _frequency(word: str) -> float:
    """A lowercase token's frequency in the table: a number as wordfreq estimates it, a compound or contraction ("year-old", "they've") from its parts as wordfreq combines the words of a
    phrase (1/f = sum of 1/f_i), 0.0 when a part is unlisted."""
    table = _table()
    frequency = table.get(word)
    if frequency is not None:
        return frequency
    if _DIGIT.search(word):
        # wordfreq estimates a number from its shape and value (years near now are common, "224" is not).
        from wordfreq import word_frequency

        return word_frequency(word.replace(",", ""), "en")
    parts = [part for part in _PARTS.split(word) if part]
    if len(parts) < 2:
        return 0.0
    frequencies = [table.get(part, 0.0) for part in parts]
    return 1.0 / sum(1.0 / f for f in frequencies) if all(frequencies) else 0.0


def zipf(word: str) -> float:
    """A lowercase word's Zipf frequency in English, 0 for a word the table does not list."""
    frequency = _frequency(word.replace("’", "'"))
    return math.log10(frequency * 1e9) if frequency else 0.0


@functools.lru_cache(maxsize=1 << 18)
def specificity(word: str) -> float:
    """How specific a lowercase word is: 0 for the commonest words, _CEILING - 1 for unlisted ones."""
    return max(0.0, _CEILING - max(zipf(word), _FLOOR_ZIPF))


def pair_specificity(first: str, second: str) -> float:
    """A word pair is as specific as its two words on average: the pair's own weight adds to theirs, so a
    phrase two articles share counts beyond its words, most for names."""
    return (specificity(first) + specificity(second)) / 2


def feature_specificity(key: str) -> float:
    """How specific a feature (a word, or two words with a space between) is in English."""
    first, _, second = key.partition(" ")
    return pair_specificity(first, second) if second else specificity(first)
