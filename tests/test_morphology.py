"""Inflections and derivations brought to one key, checked against the reference frequency table."""

from __future__ import annotations

import pytest

from factlint.extract.morphology import base, is_word, root


@pytest.mark.parametrize("word, expected", [
    ("fell", "fall"), ("fallen", "fall"), ("falls", "fall"), ("falling", "fall"),  # irregular, then -s, -ing
    ("dropped", "drop"), ("planning", "plan"),  # a doubled consonant undone
    ("closed", "close"), ("closing", "close"), ("surged", "surge"),  # a final e restored
    ("losses", "loss"), ("issues", "issue"), ("dies", "die"), ("sues", "sue"),
    ("loss", "loss"), ("crisis", "crisis"), ("status", "status"), ("bus", "bus"),  # no -s to strip
    ("Apple's", "apple"), ("was", "be"),
])
def test_base(word, expected):
    assert base(word) == expected


@pytest.mark.parametrize("word, expected", [
    ("suspension", "suspend"), ("announcement", "announce"), ("acquisition", "acquire"),
    ("resignation", "resign"), ("introduction", "introduce"), ("decision", "decide"), ("closure", "close"),
    ("withdrawal", "withdraw"), ("recovery", "recover"), ("stoppage", "stop"), ("meetings", "meet"),
    ("suspended", "suspend"),  # a verb's root is its base
    ("crisis", "crisis"), ("talks", "talk"),  # nothing derived
])
def test_root(word, expected):
    assert root(word) == expected


@pytest.mark.parametrize("word, expected", [("suspend", True), ("suspen", False), ("us", False), ("dropp", False)])
def test_is_word(word, expected):
    assert is_word(word) is expected
