"""Differences between two forms of one name that are no misspelling: plurals, possessives, short given names."""

from __future__ import annotations

import pytest

from factlint.check.name_differences import own_word, plural_only, pluralizes, possessive_or_adjective, several, short_form


@pytest.mark.parametrize("a, b, expected", [
    ("middle school", "middle schools", True),
    ("middle schools", "middle school", True),
    ("middle school", "high school", False),
    ("middle school", "middle scholl", False),
    ("school middle", "schools middle", False),   # a plural elsewhere than the last word
])
def test_plural_only(a, b, expected):
    assert plural_only(a, b) is expected


@pytest.mark.parametrize("form, reference, expected", [
    ("departments of commerce", "department of commerce", True),
    ("ministries of health", "ministry of health", True),
    ("department of commerce", "departments of commerce", False),      # the plural name written singular
    ("centers for disease control", "center for disease control", False),  # no "of" after the head
    ("central elections commission", "central election commission", False),
    ("departments of commerces", "department of commerce", False),     # two words changed
])
def test_pluralizes(form, reference, expected):
    assert pluralizes(form, reference) is expected


@pytest.mark.parametrize("form, expected", [
    ("brown and jefferson township fire departments", True),
    ("brown township and jefferson township fire departments", True),
    ("brown and jefferson township fire department", False),   # one body
    ("jefferson township fire departments", False),           # no "and"
    ("and departments", False),                               # too short to join several
])
def test_several(form, expected):
    assert several(form) is expected


@pytest.mark.parametrize("form, reference, same_body", [
    ("Israel's Supreme Court", "Israeli Supreme Court", True),
    ("Kenyan Police", "Kenya's Police", True),
    ("Russian Finance Ministry", "Russia’s Finance Ministry", True),
    # A possessive on a word that is no place, a plural, or two words changed: still compared.
    ("Human Right's Council", "Human Rights Council", False),
    ("Israel's Supreme Cort", "Israeli Supreme Court", False),
    ("Georgia's Supreme Court", "Georgian's Supreme Court", False),
])
def test_possessive_or_adjective(form, reference, same_body):
    assert possessive_or_adjective(form, reference) is same_body


@pytest.mark.parametrize("a, b, expected", [
    ("steve", "steven", True),
    ("christopher", "chris", True),
    ("al", "alan", False),          # too short to say
    ("robert", "bob", False),
    ("hilary", "hillary", False),   # a misspelling, not a short form
])
def test_short_form(a, b, expected):
    assert short_form(a, b) is expected


@pytest.mark.parametrize("form, reference, own", [
    ("Murray", "Murphy", True),                          # two common surnames: two people
    ("Baker", "Barker", True),
    ("Intel Corp", "Itel Corp", True),
    ("Latin American", "Latin America", True),
    ("Mitterand", "Mitterrand", False),                  # a slip makes a rarer form
    ("Danial Amstutz", "Daniel Amstutz", False),
    ("Management and Coodination Agency", "Management and Coordination Agency", False),
    ("Center for Disease Control", "Centers for Disease Control", False),  # number: see pluralizes
    ("Barker", "Baker", False),                          # the rarer of two names may be a slip of the commoner
])
def test_own_word(form, reference, own):
    assert own_word(form, reference) is own
