"""Accepted spelling conventions: which two spellings of one name are both right."""

from __future__ import annotations

import pytest

from factlint.rulebook.conventions import Convention, american, convention, transliteration_key


@pytest.mark.parametrize("a, b, expected", [
    ("Sergei", "Sergey", Convention.TRANSLITERATION),
    # A demonym whose country drops its last vowel or y first, and a continent's.
    ("Germany", "German", Convention.DEMONYM),
    ("Italy", "Italian", Convention.DEMONYM),
    ("Africa", "African", Convention.DEMONYM),
    # A compound written with or without a hyphen.
    ("Secretary-General", "Secretary General", Convention.HYPHENATION),
    ("Yale-New Haven Hospital", "Yale New Haven Hospital", Convention.HYPHENATION),
    ("Dmitri", "Dmitry", Convention.TRANSLITERATION),
    ("Dmitrii", "Dmitry", Convention.TRANSLITERATION),
    ("Zelenskiy", "Zelensky", Convention.TRANSLITERATION),
    ("Zelenskyy", "Zelensky", Convention.TRANSLITERATION),
    ("Yevgeny", "Evgeny", Convention.TRANSLITERATION),
    ("Aleksei", "Alexei", Convention.TRANSLITERATION),
    ("Mikhail", "Mihail", Convention.TRANSLITERATION),
    ("Natalya", "Natalia", Convention.TRANSLITERATION),
    ("Nikolay", "Nikolai", Convention.TRANSLITERATION),
    ("Mohammad Hasan Akhund", "Mohammad Hassan Akhund", Convention.TRANSLITERATION),
    ("Haddad", "Hadad", Convention.TRANSLITERATION),
    ("Defence Minister", "Defense Minister", Convention.BRITISH_AMERICAN),
    ("Ministry of Defence", "Ministry of Defense", Convention.BRITISH_AMERICAN),
    ("Shultz Centre", "Shultz Center", Convention.BRITISH_AMERICAN),
    ("Labour Party", "Labor Party", Convention.BRITISH_AMERICAN),
    ("organisation", "organization", Convention.BRITISH_AMERICAN),
    ("theatre", "theater", Convention.BRITISH_AMERICAN),
    ("travelled", "traveled", Convention.BRITISH_AMERICAN),
    ("Philippine Coast Guard", "Philippines Coast Guard", Convention.DEMONYM),
    ("Israeli Army", "Israel Army", Convention.DEMONYM),
    # Not conventions: slips, other words, other names.
    ("Mirzoian", "Mirzoyan", None),     # a glide after a vowel is "y" in every English romanization
    ("Ivanow", "Ivanov", None),
    ("National Security Adviser", "National Security Advisor", None),
    ("Seymour", "Seymor", None),        # "seymor" is no English word: no British/American pair
    ("Kelly", "Kelli", None),           # after a doubled letter, two English names
    ("Anna", "Ana", None),              # a doubled n, l or m is another name's
    ("Emmanuel Church", "Emanuel Church", None),
    ("Khan", "Han", None),              # a leading Kh- is kept
    ("Smith", "Smyth", None),
    ("Williams", "William", None),      # no country
    ("Schultz", "Shultz", None),
    ("Sergei Lavrov", "Sergey Lavrow", None),  # one word by convention, another by a slip
    ("Sergei", "Sergei", None),
])
def test_convention(a, b, expected):
    assert convention(a, b) is expected
    assert convention(b, a) is expected


@pytest.mark.parametrize("word, key", [("Sergey", "sergei"), ("Zelenskyy", "zelenski"), ("Yuri", "uri"),
                                       ("Iurii", "uri"), ("Dzhokhar", "johar")])
def test_transliteration_key(word, key):
    assert transliteration_key(word) == key


@pytest.mark.parametrize("word, key", [("defence", "defense"), ("centres", "centers"), ("honourable", "honorable"),
                                       ("programme", "program"), ("catalogue", "catalog"), ("fence", "fence")])
def test_american(word, key):
    assert american(word) == key
