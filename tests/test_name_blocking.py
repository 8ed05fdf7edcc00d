"""Blocking in name-variants: the candidate pairs hold every pair of names that could be one name, without pairing
every one-word name with every other one."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.check import name_variants
from factlint.check.name_variants import Options, _candidate_pairs, _entities, _keys, same_name

WORD = st.text(alphabet="aeikmnorsyzhé", min_size=1, max_size=7)
NAME = st.lists(WORD, min_size=1, max_size=3).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(names=st.lists(NAME, min_size=2, max_size=12, unique=True), per_word=st.booleans())
def test_every_pair_that_is_one_name_is_a_candidate(names, per_word):
    options = Options(per_word=per_word)
    subjects = sorted(names)
    candidates = set(_candidate_pairs(subjects))
    for a, b in itertools.combinations(subjects, 2):
        if same_name(_keys(a), _keys(b), options):
            assert (min(a, b), max(a, b)) in candidates


def test_one_word_names_are_not_all_paired():
    subjects = sorted(f"{first}{second}{third}" for first in "bdfgk" for second in "aeiou" for third in "lmnrst")
    pairs = _candidate_pairs(subjects)
    assert len(pairs) < len(subjects) * (len(subjects) - 1) // 2 // 4
    assert ("bal", "bam") in pairs  # one letter changed: still compared


def test_entities_equal_those_of_comparing_every_pair(monkeypatch):
    subjects = sorted(["mirzoyan", "mirzoian", "smith", "smyth", "smithe", "jones", "ara mirzoyan", "ara mirzoian",
                       "lee", "li", "kim", "kym"])
    blocked = _entities(subjects, Options(per_word=True))
    monkeypatch.setattr(name_variants, "_candidate_pairs", lambda names: list(itertools.combinations(names, 2)))
    assert blocked == _entities(subjects, Options(per_word=True))
