"""How specific a word is in English, from the reference table, never from the corpus."""

from __future__ import annotations

import pytest

from factlint.link.specificity import pair_specificity, specificity, zipf


@pytest.mark.parametrize("rarer, commoner", [
    ("mirzoyan", "talks"),       # a name the table never saw against a common noun
    ("blinken", "minister"),
    ("shultz", "washington"),
    ("arlington", "state"),
    ("talks", "said"),
    ("year-old", "the"),         # a compound is read as its parts are
    ("1987", "17"),              # numbers by their shape: a year is rarer than a small count
])
def test_rarer_words_are_more_specific(rarer, commoner):
    assert specificity(rarer) > specificity(commoner)


@pytest.mark.parametrize("word", ["the", "and", "of"])
def test_the_commonest_words_say_nothing(word):
    assert specificity(word) < 1.0 < specificity("talks")


def test_unlisted_words_weigh_as_the_rarest():
    assert zipf("qzxvbnm") == 0.0
    assert specificity("qzxvbnm") == pytest.approx(7.0)


def test_curly_and_straight_apostrophes_are_one_word():
    assert specificity("they’ve") == pytest.approx(specificity("they've"))


@pytest.mark.parametrize("first, second", [("jake", "sullivan"), ("white", "house"), ("mirzoyan", "said")])
def test_a_pair_is_as_specific_as_its_words_on_average(first, second):
    assert pair_specificity(first, second) == pytest.approx((specificity(first) + specificity(second)) / 2)
