"""Every built-in pattern runs in linear time: each extractor, the story features, the headline, sentence ends and
the shipped pattern rule, fed runs of one character class at 10k, 20k and 40k characters, take at most 2.5 times
as long for twice the text.

Timing is CPU time (time.process_time), and a size is measured again, keeping the fastest, only when a ratio is
over: a loaded machine slows one measurement, not the fastest of three.
"""

from __future__ import annotations

import gc
import time
from typing import Callable

import pytest

from factlint.check import pattern
from factlint.extract import EXTRACTORS
from factlint.extract.sentences import sentence_starts
from factlint.link import features
from factlint.model import Corpus, Document
from factlint.read.documents import make_document
from factlint.rulebook.rule_files import load_rulebook

SIZES = (10_000, 20_000, 40_000)
MAX_GROWTH = 2.5
REPEATS = 3
# Below this, CPU time is mostly noise; a quadratic pattern is well above it at 40k characters.
FLOOR = 0.004

RULEBOOK = load_rulebook()
REPEATED_WORD = next(rule for rule in RULEBOOK.rules if rule.id == "repeated-word")

# The classes the issue names, then variants met on the way: what each run repeats.
RUNS = {
    "spaces": " ", "tabs": "\t", "hyphens": "-", "digits with commas": "1,000,", "capitalized words": "Word ",
    "quotes": '"', "repeated words": "the ", "dots": ".",
    "curly quotes": "“a” ", "apostrophes": "'s ", "abbreviations": "Mr. ", "dashes": " — ", "slashes": "1/2/",
    "parentheses": "(", "newlines": "\n", "numbers": "12 ", "initials": "U.S. ", "separators": " - ",
    "distinct people": "",  # generated: every sentence names another person, so work per name must not scan the text
}


def _letters(number: int) -> str:
    """A word of its own for each number: Baa, Bab, ..."""
    word = ""
    for _ in range(4):
        number, digit = divmod(number, 26)
        word += "abcdefghijklmnopqrstuvwxyz"[digit]
    return word.capitalize()


def _people(size: int) -> str:
    sentences, total, number = [], 0, 0
    while total < size:
        sentence = f"Mr. {_letters(number)} {_letters(number + 7)} said. "
        sentences.append(sentence)
        total, number = total + len(sentence), number + 1
    return "".join(sentences)[:size]


def _text(unit: str, size: int, variant: int) -> str:
    run = _people(size) if not unit else (unit * (size // len(unit) + 1))[:size]
    # The run sits inside a line that has facts around it; `variant` makes each text new to every cache.
    return f"The five-day talks {run} ended in Geneva, 22, on May 4, 2023. Run {variant}."


def _extractor(name: str) -> Callable[[Document], object]:
    extractor = next(e for e in EXTRACTORS if e.name == name)
    return lambda doc: list(extractor.run(doc, RULEBOOK.lexicon))


TARGETS: dict[str, Callable[[Document], object]] = {
    **{e.name: _extractor(e.name) for e in EXTRACTORS},
    "story line words": features.line_words,
    "story periods": features.periods,
    "headline": lambda doc: features.headline(doc.text),
    "sentence ends": lambda doc: sentence_starts(doc.text),
    "repeated-word rule": lambda doc: list(pattern.check(REPEATED_WORD, (), Corpus({doc.path: doc}))),
}


def _seconds(target: Callable[[Document], object], unit: str, size: int, variant: int) -> float:
    doc, _ = make_document("a.txt", _text(unit, size, variant))
    gc.collect()
    gc.disable()  # the collector's passes grow with everything alive, the test's objects too: not the code's doing
    try:
        started = time.process_time()
        target(doc)
        return max(FLOOR, time.process_time() - started)
    finally:
        gc.enable()


def _growth(times: list[float]) -> float:
    return max(later / earlier for earlier, later in zip(times, times[1:]))


@pytest.mark.parametrize("run", list(RUNS))
@pytest.mark.parametrize("target", list(TARGETS))
def test_time_grows_linearly(target, run):
    function, unit = TARGETS[target], RUNS[run]
    function(make_document("warm.txt", _text(unit, 100, -1))[0])  # patterns compiled and tables loaded
    times = [_seconds(function, unit, size, 0) for size in SIZES]
    for repeat in range(1, REPEATS):
        growth = _growth(times)
        if growth <= MAX_GROWTH or (growth > 2 * MAX_GROWTH and times[-1] > 0.5):  # linear, or plainly not
            break
        times = [min(old, _seconds(function, unit, size, repeat)) for old, size in zip(times, SIZES)]
    assert _growth(times) <= MAX_GROWTH, f"{target} on {run}: {', '.join(f'{t:.4f}' for t in times)} s"


def test_the_battery_catches_a_quadratic_pattern():
    """The measure is not vacuous: the headline pattern this battery was written for, quadratic, is caught."""
    import regex

    quadratic = regex.compile(r"\s+(?:[-|–—•]|::)\s+(?:(?!\s(?:[-|–—•]|::)\s).){1,80}$")
    times = [_seconds(lambda doc: quadratic.sub("", doc.text), " ", size, 0) for size in (2_000, 4_000, 8_000)]
    assert _growth(times) > MAX_GROWTH


@pytest.mark.parametrize("target, unit", [
    ("names", ""),  # each person named was searched for over the whole text
])
def test_linear_as_facts_multiply(target, unit):
    """Work per fact that reads the whole text: invisible at 40k characters, quadratic by a megabyte. Over four
    times the text (one doubling alone can read about 2.45 as CPU caches fill), time grows at most 2.5 x 2.5 times."""
    function = TARGETS[target]
    small, large = (min(_seconds(function, unit, size, repeat) for repeat in range(2)) for size in (50_000, 200_000))
    assert large / small <= MAX_GROWTH**2, (small, large)
