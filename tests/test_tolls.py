"""Reading a count of the killed or injured in its sentence: totals, partial counts, other events, the gunman."""

from __future__ import annotations

import pytest

from factlint.extract import tolls
from factlint.model import Fact, FactKind, Span


def count_in(sentence: str, written: str, subject: str) -> Fact:
    start = sentence.index(written)
    span = Span("a.md", start, start + len(written), 1, start + 1, 1, start + len(written) + 1)
    return Fact(FactKind.QUANTITY, span, written, "3", subject)


@pytest.mark.parametrize("sentence, written, subject, kept", [
    ("Three people were killed on Sunday.", "Three people were killed", "killed", True),
    ("Three people were killed in weekend shootings across the city.", "Three people were killed", "killed", False),
    ("Officers found three people shot to death inside.", "three people shot to death", "killed", False),
    ("Initial reports said three people were killed.", "three people were killed", "killed", False),
    ("Three people were wounded in another Chicago Lawn shooting.", "Three people were wounded", "injured", False),
    ("Three people were wounded, one of them mortally.", "Three people were wounded", "injured", False),
    ("The 2012 shooting left three people dead.", "three people dead", "killed", False),
    ("Related: three people killed in Bronx fire", "three people killed", "killed", False),
    # a stretch of time holding several incidents
    ("Three people were wounded over an eight-hour stretch that night.", "Three people were wounded", "injured", False),
    ("Three people were killed in a violent weekend in the county.", "Three people were killed", "killed", False),
    ("Three people were killed in a stretch of Route 9.", "Three people were killed", "killed", True),
    ("Three people were hurt during a two-day span of violence.", "Three people were hurt", "injured", False),
    ("Three people were hurt in a spate of robberies.", "Three people were hurt", "injured", False),
    # what might have been
    ("There should've been three people dead that day.", "three people dead", "killed", False),
    ("Three people could have been killed, police said.", "Three people could", "killed", False),
    ("Three people were killed, police said.", "Three people were killed", "killed", True),
    # injuries from more than gunfire
    ("Three people were injured, two by gunfire and one by flying glass.", "Three people were injured", "injured", False),
    ("Three people were injured in the stampede.", "Three people were injured", "injured", False),
    ("Three people were injured by gunshots and one by shrapnel.", "Three people were injured", "injured", True),
    ("Three people were injured by gunfire.", "Three people were injured", "injured", True),
    # the shot counted apart from the injured
    ("Five people are dead, six more shot, and three injured.", "three injured", "injured", False),
    ("Two children shot, three injured while playing soccer.", "three injured", "injured", False),
    ("Three shot in Trenton: three people injured early Friday.", "three people injured", "injured", True),
    ("One shot dead, three injured at the park.", "three injured", "injured", True),
    ("Six people were shot and three injured.", "three injured", "injured", True),
])
def test_kept_or_dropped(sentence, written, subject, kept):
    fact = count_in(sentence, written, subject)
    assert (tolls.in_context(sentence, fact, year=2016) is not None) is kept


@pytest.mark.parametrize("sentence, shooter_died, qualifier", [
    # Said so: three dead in all, two of them victims.
    ("Three people were killed, including the gunman.", False, "including the gunman"),
    ("Three people were killed, including the gunman.", True, "including the gunman"),
    # The gunman died, the count does not say whether it holds him: three victims or three with him.
    ("Three people were killed.", True, "the gunman died"),
    ("Three people were killed.", False, ""),
])
def test_gunman_among_the_dead(sentence, shooter_died, qualifier):
    fact = tolls.in_context(sentence, count_in(sentence, "Three people were killed", "killed"), shooter_died, 2016)
    assert fact.attr("qualifier") == qualifier


@pytest.mark.parametrize("text, died", [
    ("The gunman then shot himself.", True), ("He later took his own life.", True),
    ("The suspect was shot and killed by police.", True), ("The suspect was arrested.", False),
    ("Four people were killed before he was shot and killed by police.", True),
    ("Police said a man shot and killed by officers first shot his girlfriend.", True),
    ("Officers shot and killed the suspect in the parking lot.", True),
    ("A bystander was shot by police.", False), ("He was arrested by police.", False),
])
def test_tells_of_shooter_death(text, died):
    assert tolls.tells_of_shooter_death(text) is died


@pytest.mark.parametrize("sentence, written, part", [
    # One place of several, or an additional few: part of the toll, so at least that many in all.
    ("In Alexandria, an explosion outside the church killed three people.", "killed three people", True),
    ("In neighbouring Central Aceh district, three were injured.", "three were injured", True),
    ("Another three people died in hospital.", "three people died", True),
    ("Police went to the spa, where three people were killed.", "three people were killed", True),
    # An opening time, figure or phrase is no place; a sentence without one is the whole toll.
    ("In March, three people were killed.", "three people were killed", False),
    ("In 2016, three people were killed.", "three people were killed", False),
    ("In a statement, police said three people were killed.", "three people were killed", False),
    ("At least three people were killed.", "three people were killed", False),
    ("Three people were killed in Alexandria.", "Three people were killed", False),
])
def test_one_place_or_another_few_is_part_of_the_toll(sentence, written, part):
    fact = tolls.in_context(sentence, count_in(sentence, written, "killed"), year=2016)
    assert fact is not None and (fact.attr("qualifier") == "at least") is part
