"""Spelling keys for names: folding, edit distance and which words are one word spelt two ways."""

from __future__ import annotations

import pytest

from factlint.rulebook.spelling import distance, fold_word, name_key, one_edit_apart, plain, similar_words, words


@pytest.mark.parametrize("a, b", [
    ("Mirzoyan", "Mirzoian"),
    ("Dmitry", "Dmitri"),
    ("Aleksandr", "Alexandr"),
    ("Dzhokhar", "Jokhar"),
    ("Sullivan", "Sulivan"),
    ("Erdoğan", "Erdogan"),
    ("BLINKEN", "Blinken"),
])
def test_fold_word_joins_romanizations(a, b):
    assert fold_word(a) == fold_word(b)


@pytest.mark.parametrize("a, b", [("Smith", "Smyth"), ("Lynn", "Linn"), ("Carson", "Carlson")])
def test_fold_word_keeps_different_spellings_apart(a, b):
    assert fold_word(a) != fold_word(b)


@pytest.mark.parametrize("a, b, expected", [
    ("adviser", "advisor", 1), ("centre", "center", 1), ("abc", "abc", 0), ("kitten", "sitting", 3),
])
def test_distance(a, b, expected):
    assert distance(a, b) == expected


@pytest.mark.parametrize("a, b, similar", [
    ("Adviser", "Advisor", True),
    ("Mirzoyan", "Mirzoian", True),
    ("Jon", "John", False),          # short words must match exactly
    ("Armenian", "Azerbaijani", False),
    ("Kurbanguly", "Gurbanguly", True),
    # Two names English knows, differing in the first letter, where slips seldom fall.
    ("Harris", "Barris", False),
    ("O'Brien", "Bryen", False),
    ("Stanely", "Stanley", True),
])
def test_similar_words(a, b, similar):
    assert similar_words(a, b) is similar


@pytest.mark.parametrize("name, key", [
    ("Ararat Mirzoyan", "ararat mirzoian"),
    ("Blinken’s", "blinken"),
    ("Burns-worth", "burns worth"),
    ("George P. Shultz", "george p shultz"),
])
def test_name_key(name, key):
    assert name_key(name) == key


def test_words_and_plain():
    assert words("Antony Blinken’s") == ["Antony", "Blinken"]
    assert plain("U.S.  Secretary") == "us secretary"


@pytest.mark.parametrize("a, b", [
    ("zelensky", "zelensky"), ("zelensky", "zelenskyy"), ("zelenskyy", "zelensky"), ("blinken", "blinkin"),
    ("blinken", "bilnken"), ("blinken", "blnkien"), ("blinken", "blinkenss"), ("ab", "ba"), ("", "a"), ("", ""),
    ("abcd", "badc"), ("abc", "ca"), ("kiev", "kyiv"), ("navalny", "navalnyi"), ("navalny", "nawalnyj"),
])
def test_one_edit_apart_agrees_with_distance(a, b):
    assert one_edit_apart(a, b) is (distance(a, b) <= 1)


@pytest.mark.parametrize("a, b", [("adviser", "advisor"), ("centre", "center"), ("kitten", "sitting"),
                                  ("mirzoyan", "mirzoian"), ("abcd", "abdc"), ("", "abc"), ("same", "same")])
def test_rapidfuzz_and_the_pure_python_fallback_agree(a, b):
    from factlint.rulebook import spelling
    assert spelling.distance(a, b) == spelling._distance(a, b)
    assert spelling.one_edit_apart(a, b) is spelling._one_edit_apart(a, b)


@pytest.mark.parametrize("a, b, similar", [
    ("Cesh", "Cash", True), ("Bodd", "Budd", True), ("Cheef", "Chief", True),   # a rare form beside a common one
    ("Ryan", "Bryan", False), ("Mark", "Marc", False), ("Sara", "Sarah", False),  # two common words
    ("Brawn", "Brown", True),                                                       # long enough anyway
    ("Jon", "Joh", False),                                                          # too short for any edit
])
def test_short_words_one_edit_apart(a, b, similar):
    assert similar_words(a, b) is similar
