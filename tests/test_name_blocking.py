"""Blocking in name matching (check/name_matching.py): the candidate pairs hold every pair of names that could be one
name, without pairing every one-word name with every other one."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.check import name_matching
from factlint.check.name_matching import _keys, candidate_pairs, entities, same_name

MIN_LENGTH = 5  # the name-variants rules' default
WORD = st.text(alphabet="aeikmnorsyzhé", min_size=1, max_size=7)
NAME = st.lists(WORD, min_size=1, max_size=3).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(names=st.lists(NAME, min_size=2, max_size=12, unique=True), per_word=st.booleans())
def test_every_pair_that_is_one_name_is_a_candidate(names, per_word):
    subjects = sorted(names)
    candidates = set(candidate_pairs(subjects))
    for a, b in itertools.combinations(subjects, 2):
        if same_name(_keys(a), _keys(b), per_word=per_word, min_length=MIN_LENGTH):
            assert (min(a, b), max(a, b)) in candidates


def test_one_word_names_are_not_all_paired():
    subjects = sorted(f"{first}{second}{third}" for first in "bdfgk" for second in "aeiou" for third in "lmnrst")
    pairs = candidate_pairs(subjects)
    assert len(pairs) < len(subjects) * (len(subjects) - 1) // 2 // 4
    assert ("bal", "bam") in pairs  # one letter changed: still compared


def test_entities_equal_those_of_comparing_every_pair(monkeypatch):
    subjects = sorted(["mirzoyan", "mirzoian", "smith", "smyth", "smithe", "jones", "ara mirzoyan", "ara mirzoian",
                       "lee", "li", "kim", "kym"])
    blocked = entities(subjects, per_word=True, min_length=MIN_LENGTH)
    monkeypatch.setattr(name_matching, "candidate_pairs", lambda names: list(itertools.combinations(names, 2)))
    assert blocked == entities(subjects, per_word=True, min_length=MIN_LENGTH)
