"""Named venues and organisations: capitalized runs ending in a head word, trimmed and split."""

from __future__ import annotations

import pytest

from factlint.extract import venues
from factlint.extract.venues import find_venues
from factlint.rulebook.gazetteer import EntityKind, Entry, build_gazetteer
from factlint.rulebook.lexicon import Lexicon


@pytest.mark.parametrize("text, expected", [
    ("Talks at the George P. Shultz National Foreign Affairs Training Center in Arlington.",
     ["George P. Shultz National Foreign Affairs Training Center"]),
    ("The Ministry of Foreign Affairs said.", ["Ministry of Foreign Affairs"]),
    ("at the Kennedy Center for the Performing Arts in Washington", ["Kennedy Center for the Performing Arts"]),
    ("Speaking at Wembley Stadium on Sunday", ["Wembley Stadium"]),
    ("meetings at the White House and State Department.", ["White House", "State Department"]),
    ("long sought by House Democrats. The White House said", ["White House"]),  # never across a sentence end
    ("dinner at the St. Regis Hotel in Washington", ["St. Regis Hotel"]),
    ("the Armenian Foreign Ministry’s statement", ["Armenian Foreign Ministry"]),
    ("The Institute said so.", []),
    ("Lindsay Lohan checked in on Thursday.", []),
])
def test_find_venues(text, expected):
    assert [v.name for v in find_venues(text)] == expected


def test_venue_fact_position_and_gazetteer_key(doc):
    lexicon = Lexicon(gazetteer=build_gazetteer([
        Entry("George P. Shultz National Foreign Affairs Training Center", ("Foreign Service Institute",), EntityKind.VENUE),
    ]))
    (fact,) = venues.extract(doc("First line.\nTalks at the Foreign Service Institute ended."), lexicon)
    assert (fact.span.line, fact.span.column, fact.value) == (2, 14, "Foreign Service Institute")
    assert fact.subject == "george p shultz national foreign afairs training center"
    assert fact.attr("canonical").startswith("George P. Shultz")


@pytest.mark.parametrize("text, subject, misspelling_of, canonical", [
    ("Fans packed Madison Square Gardens on Sunday.", "madison square garden", "Madison Square Garden", ""),
    ("Fans packed Madison Square Garden on Sunday.", "madison square garden", "", "Madison Square Garden"),
    ("Fans packed Wembley Stadium on Sunday.", "wemblei stadium", "", ""),
])
def test_declared_misspelling_of_a_venue(doc, text, subject, misspelling_of, canonical):
    lexicon = Lexicon(gazetteer=build_gazetteer([
        Entry("Madison Square Garden", (), EntityKind.VENUE, (), ("Madison Square Gardens",)),
        Entry("Wemberley", (), EntityKind.PERSON, (), ("Wembley Stadium",)),
    ]))
    (fact,) = venues.extract(doc(text), lexicon)
    assert (fact.subject, fact.attr("misspelling_of"), fact.attr("canonical")) == (subject, misspelling_of, canonical)


@pytest.mark.parametrize("name, expected", [
    ("Blinken’s", "Blinken"), ("Blinken's", "Blinken"), ("Blinkens", "Blinkens"), ("'s", ""),
])
def test_without_possessive(name, expected):
    assert venues.without_possessive(name) == expected


@pytest.mark.parametrize("run, expected", [
    ("The White House", True),
    ("Foreign Ministry's", True),
    ("Training Center.", True),
    ("Monday Morning", False),
    ("Center\x1cX", True),  # split cuts where _NON_SPACE would not: a spare candidate, never a missed one
])
def test_holds_head(run, expected):
    assert venues._holds_head(run) is expected
