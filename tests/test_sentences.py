"""Sentence boundaries: abbreviations do not end a sentence, line ends always do; offsets kept compactly."""

from __future__ import annotations

import pytest

from factlint.extract.sentences import MAX_SENTENCE, sentence_at, sentence_starts


@pytest.mark.parametrize("text, starts, last", [
    ("One. Two.", [0, 4], (5, 9)),  # a sentence starts after its end mark; sentence_at strips the space
    ("Mr. Smith came. He left.", [0, 15], (16, 24)),
    ("The U.S. said so. Then it ended.", [0, 17], (18, 32)),
    ("A line\nAnother", [0, 7], (7, 14)),
])
def test_sentences(text, starts, last):
    found = sentence_starts(text)
    assert list(found) == starts and sentence_at(text, len(text) - 1) == last
    assert found.itemsize == 8  # an array of machine integers: a tuple held an int object per sentence


def test_an_overlong_run_is_cut_at_spaces():
    starts = sentence_starts("word " * 1000)
    assert len(starts) > 1 and all(b - a <= MAX_SENTENCE for a, b in zip(starts, starts[1:]))
