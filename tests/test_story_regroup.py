"""The pairs a component of the story state keeps after a change (link/story_regroup.py): a group's pairs but those
of stale articles, those within a part, and their values after the time rule. That a component clustered again
gives a whole run's stories is held by tests/test_story_state.py."""

from __future__ import annotations

from array import array

import pytest

from factlint.link.stories import FOLLOW_UP
from factlint.link.story_regroup import Pairs
from factlint.link.story_state import APART, FOLLOWED, KEPT, Group

GROUP = Group(array("i", [1, 2, 3, 4]), array("i", [1, 1, 2, 3]), array("i", [2, 3, 4, 4]),
              array("d", [0.5, 0.25, 0.125, 0.75]), array("b", [KEPT, FOLLOWED, APART, KEPT]), ((1, 2, 3, 4),), ((),))


@pytest.mark.parametrize("stale, expected", [
    (set(), [(1, 2), (1, 3), (2, 4), (3, 4)]),
    ({9}, [(1, 2), (1, 3), (2, 4), (3, 4)]),
    ({1}, [(2, 4), (3, 4)]),
    ({4, 2}, [(1, 3)]),
])
def test_a_groups_pairs_are_kept_but_those_of_stale_articles(stale, expected):
    kept = Pairs()
    kept.extend(GROUP, stale)
    assert [(x, y) for x, y, _, _ in kept.pairs()] == expected


def test_values_are_the_time_rules():
    kept = Pairs()
    kept.extend(GROUP, set())
    assert [(raw, value) for _, _, raw, value in kept.pairs()] == [(0.5, 0.5), (0.25, 0.25 * FOLLOW_UP),
                                                                   (0.125, 0.0), (0.75, 0.75)]


def test_the_pairs_within_a_part_are_those_with_both_articles_in_it():
    kept = Pairs()
    kept.extend(GROUP, set())
    assert [(x, y) for x, y, _, _ in kept.within({1, 2, 4}).pairs()] == [(1, 2), (2, 4)]
