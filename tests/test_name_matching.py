"""Which written names are one name: the word-list comparison, the blocking of candidate pairs, and entities."""

from __future__ import annotations

import pytest

from factlint.check.name_matching import candidate_pairs, entities, same_name
from factlint.rulebook.spelling import name_key

MIN_LENGTH = 5  # the name-variants rules' default


@pytest.mark.parametrize("a, b, per_word, same", [
    ("Ararat Mirzoyan", "Ararat Mirzoian", True, True),
    ("Jon Smith", "John Smyth", True, False),
    ("Joe Biden", "Hunter Biden", True, False),
    ("National Security Adviser", "National Security Advisor", False, True),
    ("George P. Shultz National Foreign Affairs Training Center",
     "George P. Shultz National Affairs Foreign Affairs Training Center", False, True),
    ("Mat-Su Central Fire Department", "Central Mat-Su Fire Department", False, True),
    ("Armenian Foreign Ministry", "Azerbaijani Foreign Ministry", False, False),
    ("Armenian Foreign Ministry", "Foreign Ministry", False, False),
    ("University of California", "University of Southern California", False, False),
    ("Museum of Natural History", "Museum of History", False, False),
])
def test_same_name(a, b, per_word, same):
    assert same_name(name_key(a).split(), name_key(b).split(), per_word=per_word, min_length=MIN_LENGTH) is same


@pytest.mark.parametrize("a, b, same", [
    ("emploie bralin hendarson", "bralin henderson", True),   # a word caught before the name
    ("emploie bralin henderson", "bralin henderson", True),
    ("dwaine gene dilard", "dwaine dilerd", False),           # a middle word: maybe another of the family
    ("bralin hendarson", "henderson", False),                 # a surname alone joins by the per-word rule
])
def test_a_word_before_a_full_name_leaves_the_same_person(a, b, same):
    assert same_name(a.split(), b.split(), per_word=True, min_length=MIN_LENGTH) is same
    if same:
        assert tuple(sorted((a, b))) in candidate_pairs([a, b])


@pytest.mark.parametrize("a, b, paired", [
    ("central fire department", "fire central department", True),     # same words in another order
    ("national security adviser", "national security advisor", True),  # one word changed
    ("foreign ministry", "armenian foreign ministry", True),            # one word more
    ("ararat mirzoyan", "arara mirzoyan", True),
    ("joe biden", "hunter smith", False),                                # nothing in common: never compared
    ("foreign ministry", "state department of justice", False),
])
def test_candidate_pairs_block_names_that_cannot_be_one(a, b, paired):
    assert (tuple(sorted((a, b))) in candidate_pairs([a, b])) is paired


@pytest.mark.parametrize("subjects, per_word, expected", [
    # A surname alone joins the one full name that ends in it, spelt either way.
    (["ararat mirzoian", "ararat mirzoyan", "mirzoyan"], True, [["ararat mirzoian", "ararat mirzoyan", "mirzoyan"]]),
    # With two full names ending in it, it joins neither.
    (["biden", "hunter biden", "joe biden"], True, [["biden"], ["hunter biden"], ["joe biden"]]),
    # Whole names (titles, venues): a surname alone is just another name.
    (["ararat mirzoyan", "mirzoyan"], False, [["ararat mirzoyan"], ["mirzoyan"]]),
    (["national security adviser", "national security advisor", "press secretary"], False,
     [["national security adviser", "national security advisor"], ["press secretary"]]),
])
def test_entities(subjects, per_word, expected):
    assert sorted(entities(subjects, per_word=per_word, min_length=MIN_LENGTH)) == expected
