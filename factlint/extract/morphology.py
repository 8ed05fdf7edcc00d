"""English word forms brought to one key: the base of an inflected word ("fell" fall, "dropped" drop, "losses"
loss) and the verb a noun is derived from ("suspension" suspend, "announcement" announce, "acquisition" acquire).
A small general suffix model proposes candidates and a reference frequency table (wordfreq) keeps only real words,
so no list of word pairs is needed."""

from __future__ import annotations

import functools

from wordfreq import zipf_frequency

from factlint.extract.verbs import IRREGULAR

# A candidate is a word when its Zipf frequency reaches this (3 is about once per million words of English).
MIN_ZIPF = 3.0
# Stems shorter than this are not proposed ("used" is not "us").
_MIN_STEM = 3
# Inflections: (suffix, what replaces it), each proposal checked against the frequency table.
_INFLECTIONS = (
    ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
)
# Derivations of a noun from a verb: (noun suffix, verb ending). "-isition": acquire; "-sion": suspend, decide,
# admit; "-tion"/"-ion": introduce, elect, create; "-ation": resign; "-ment": announce; "-al": withdraw, approve;
# "-ance"/"-ence": appear, interfere; "-ure": fail, close; "-ery": recover; "-th": grow; "-age": stop.
_DERIVATIONS = (
    ("isition", "ire"), ("ission", "it"), ("sion", "d"), ("sion", "de"), ("sion", "t"), ("ation", ""),
    ("ation", "e"), ("ation", "ate"), ("tion", "e"), ("tion", "te"), ("ion", ""), ("ion", "e"), ("ment", ""),
    ("al", ""), ("al", "e"), ("ance", ""), ("ance", "e"), ("ence", ""), ("ence", "e"), ("ure", ""), ("ure", "e"),
    ("ery", "er"), ("th", ""), ("age", ""),
)


@functools.lru_cache(maxsize=1 << 14)
def frequency(word: str) -> float:
    """The word's Zipf frequency in English (0 for a word the table does not hold)."""
    return zipf_frequency(word, "en")


def is_word(word: str) -> bool:
    """Whether a proposed form is a real English word (frequent enough in the reference table)."""
    return len(word) >= _MIN_STEM and frequency(word) >= MIN_ZIPF


def _undouble(stem: str) -> str:
    """"dropp" drop, "plann" plan: a consonant doubled before -ed or -ing."""
    return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls" else stem


@functools.lru_cache(maxsize=1 << 15)
def base(word: str) -> str:
    """An inflected word's base form: irregular verbs by table, else the most frequent real word among the forms
    the inflection model proposes; the word itself when none is one."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith(("ss", "us", "is")) or len(word) <= 3:
        return word  # "loss", "press", "status", "crisis", "bus", "gas"
    proposals = []
    for suffix, ending in _INFLECTIONS:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            proposals.append(stem + ending)
            if suffix in ("ed", "ing") and not ending:
                proposals.append(_undouble(stem))
    real = [p for p in proposals if is_word(p)]
    return max(real, key=lambda p: (frequency(p), p)) if real else word


@functools.lru_cache(maxsize=1 << 15)
def root(word: str) -> str:
    """The key two forms of one event word share: the verb a noun is derived from when the suffix model proposes a
    real word ("suspension" suspend, "resignation" resign, "closure" close), else the word's base."""
    form = base(word)
    form = base(form)  # "meetings" meeting meet
    for suffix, ending in _DERIVATIONS:
        if form.endswith(suffix) and len(form) - len(suffix) >= _MIN_STEM:
            stem = form[: -len(suffix)]
            for proposal in (stem + ending, _undouble(stem) + ending):
                if len(proposal) > _MIN_STEM and is_word(proposal):
                    return base(proposal)
    return form
