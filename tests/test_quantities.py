"""Counts: what is counted, with its role and qualifier, and what is not a count."""

from __future__ import annotations

import pytest

from factlint.extract import quantities
from factlint.extract.numbers import number_heads
from factlint.extract.spans import matches_at
from factlint.rulebook.lexicon import Lexicon
from factlint.read.documents import make_document
from factlint.rulebook.rule_files import load_rulebook


def facts(text: str):
    doc, _ = make_document("a.md", text)
    return list(quantities.extract(doc, Lexicon()))


POSITIVE = [
    # (text, fact text, value, subject, qualifier)
    ("The strike by 1,200 nurses began.", "1,200 nurses", "1200", "nurse", ""),
    ("Police said nine people were injured.", "nine people were injured", "9", "injured", ""),
    ("One person dead after crash on the bypass.", "One person dead", "1", "killed", ""),
    ("There were 60 exhibitors at the fair.", "60 exhibitors", "60", "exhibitor @fair", ""),
    ("Two men were killed on Monday.", "Two men were killed", "2", "man killed", ""),
    ("The gunman opened fire, killing three.", "killing three", "3", "killed", ""),
    ("killing one and injuring two others", "injuring two others", "2", "injured", ""),
    ("At least 240 people were killed.", "At least 240 people were killed", "240", "killed", "at least"),
    ("more than 240 people died in the quake", "more than 240 people died", "240", "killed", "more than"),
    ("about 250 people were killed", "about 250 people were killed", "250", "killed", "about"),
    ("Two were killed and four were wounded.", "four were wounded", "4", "injured", ""),
    ("Three dead after the fire.", "Three dead", "3", "killed", ""),
    ("two injured officers were taken away", "two injured officers", "2", "officer injured", ""),
    ("Five people were hurt.", "Five people were hurt", "5", "injured", ""),
    ("three people were shot and killed", "three people were shot and killed", "3", "killed", ""),
    ("two people were fatally shot", "two people were fatally shot", "2", "killed", ""),
    ("No one was hurt.", "No one was hurt", "0", "injured", ""),
    ("A 22-year-old man was shot and killed.", "A 22-year-old man was shot and killed", "1", "killed", "at least"),
    ("Investigators found 11 shots were fired.", "11 shots", "11", "shots", ""),
    ("Five people were dead, including the gunman.", "Five people were dead", "5", "killed", "including the gunman"),
    # the whole of a partitive with its role in a relative clause or participle is the toll
    ("She was one of six people who were wounded.", "six people who were wounded", "6", "injured", ""),
    ("He was one of the three people killed.", "three people killed", "3", "killed", ""),
    # a person named before a count with no "and" or comma between
    ("The boy's father said 4 people were injured.", "4 people were injured", "4", "injured", ""),
    ("A man opened fire and 4 people were injured.", "4 people were injured", "4", "injured", ""),
]


@pytest.mark.parametrize("text, written, value, subject, qualifier", POSITIVE)
def test_count_is_found(text, written, value, subject, qualifier):
    found = {(f.text, f.value, f.subject, f.attr("qualifier")) for f in facts(text)}
    assert (written, value, subject, qualifier) in found, found


NEGATIVE = [
    "He lives at 2700 Majesty Drive.",            # street number
    "They were in his home at 1249 Bell’s Ferry Road.",  # a name, though its word ends in s
    "The 3 Doors Down concert was cancelled.",     # a band's name
    "In 2014 the city grew.",                      # year
    "Call 555-1234 now.",                          # phone number
    "The 13-year-old boy was hurt.",               # age
    "He was 22 years old.",                        # age
    "the game ended 3-2",                          # score
    "at 10 p.m. on Friday",                        # time
    "He finished 3rd in the race.",                # ordinal rank
    "one of the boys ran",                         # not a count
    "Three other people were injured.",            # part of a count
    "two more people died later",                  # an increment
    "two were seriously injured",                  # only the seriously injured
    "3 dead, 26 wounded in weekend Detroit shootings",  # a total over several incidents
    "He fired one shot.",                          # a gunshot, not a person shot
    "Four shot in Lansdowne area over weekend",    # a weekend's total
    "six people wounded -- two mortally",          # the wounded include the dead
    "One of five people hurt in a shooting has died.",  # likewise
    "one person was shot in the head, another in the back",  # one of several
    "The talks lasted five days.",                 # a duration
    "four of the five victims were shot to death",  # the role belongs to the part
    "two of the three were killed",                # likewise, with no counted noun
    "Baby, 4 people injured in drive-by shooting",  # one of several counted together
    "A woman and two were killed",                 # likewise
    "8 yo girl killed by gunfire",                 # an age ("years old"), not a count
    "It happened on March 23.",                    # a date
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_count(text):
    assert [(f.text, f.subject) for f in facts(text)] == []


@pytest.mark.parametrize("noun, key", [
    ("nurses", "nurse"), ("people", "person"), ("men", "man"), ("bodies", "body"),
    ("churches", "church"), ("glass", "glass"), ("children", "child"),
])
def test_singular(noun, key):
    assert quantities.singular(noun) == key


def test_span_points_at_the_count():
    (fact,) = facts("Police said\nnine people were injured.")
    assert (fact.span.line, fact.span.column) == (2, 1)


@pytest.mark.parametrize("text", [
    "Father of 5 killed, 4 hospitalized after shooting",           # his children
    "His younger brother was killed two weeks earlier.",            # a time, not a count
    "It recalled the July 19, 2012, theater shooting that left 12 people dead.",  # another year's event
    "Related stories 2 killed, 22 injured in shooting at Texas house party",     # a link to another story
    "Officers found two people shot to death inside.",              # one scene of several
])
def test_not_the_toll(text):
    doc, _ = make_document("a.md", "---\ndate: 2016-05-01\n---\n" + text)
    assert [f.text for f in quantities.extract(doc, Lexicon()) if f.subject in {"killed", "injured"}] == []


@pytest.mark.parametrize("text, zero", [
    ("Four people were hurt. Later, shots rang out at a parade, although no one was injured.", False),
    ("Shots rang out at a parade, although no one was injured.", True),
    ("Two people were killed. No one was injured.", True),  # another role: the toll holds both
])
def test_nobody_hurt_beside_a_count_of_the_hurt(text, zero):
    found = [f.value for f in facts(text) if f.value == "0"]
    assert bool(found) is zero


def test_the_gunman_s_death_widens_killed_counts():
    doc, _ = make_document("a.md", "Three people were killed. The gunman later killed himself.")
    (fact,) = [f for f in quantities.extract(doc, Lexicon()) if f.subject == "killed"]
    assert fact.attr("qualifier") == "the gunman died"


@pytest.mark.parametrize("text, heads, starts", [
    ("at least 5", [9], [0, 9]),
    ("at \t least  5", [12], [0, 12]),  # blanks of any length between and after the words
    ("AT LEAST 5", [9], [0, 9]),
    ("about 5 and over 6", [6, 17], [0, 6, 12, 17]),
    ("ſome 5", [5], [0, 5]),  # non-ASCII may match case-insensitively: kept
    ("least 5", [6], [6]),  # half a qualifier
    ("about5", [5], [5]),  # no blank before the number
    ("\nover 5", [6], [1, 6]),
])
def test_qualified_starts(text, heads, starts):
    assert quantities.qualified_starts(text, heads) == starts


@pytest.mark.parametrize("text", [
    "Police said at least 12 people were killed and about five injured.",
    "More than twenty people were hurt; up to 3 died.",
    "Some 1,200 nurses went on strike. Roughly nine were injured.",
])
def test_qualified_matches_are_finditer_s(text):
    doc, _ = make_document("t.md", text)
    heads = quantities.qualified_starts(doc.text, number_heads(doc.text))
    for pattern in (quantities._COUNT, quantities._BARE):
        assert [m.span() for m in matches_at(pattern, doc.text, heads, doc.body_start, overlapped=True)] == \
            [m.span() for m in pattern.finditer(doc.text, doc.body_start, overlapped=True)]


@pytest.mark.parametrize("text, expected", [
    ("The death toll from Sunday's fire rose to 14 on Monday.", [("14", "killed", "")]),
    ("The death toll in the crash has climbed to more than 40, officials said.", [("40", "killed", "more than")]),
    ("The blast left a death toll of 12.", [("12", "killed", "")]),
    # a toll of nothing the sentence names is a running tally (a pandemic's), not one event's
    ("The U.S. coronavirus death toll is approximately 121,979.", []),
    ("The death toll rose to 846,655 on Monday.", []),
    # a toll over many incidents, or a percentage of it
    ("The death toll from shootings this year rose to 300.", []),
    ("The death toll from the fire was 5 percent higher than feared.", []),
])
def test_death_toll(text, expected):
    doc, _ = make_document("a.md", text)
    found = [(f.value, f.subject, f.attr("qualifier") or "")
             for f in quantities.extract(doc, load_rulebook().lexicon) if "toll" in f.text]
    assert found == expected


@pytest.mark.parametrize("text", [
    "The death toll in Angur Adar rose to 23 and the toll in Teri Mangal rose to 81 after the bombing.",
    "Officials said the death toll from yesterday's Afghan bombing had risen to at least 70.",
])
def test_a_toll_of_one_named_place_is_a_part(text):
    doc, _ = make_document("a.md", text)
    assert [f.text for f in quantities.extract(doc, load_rulebook().lexicon) if "toll" in f.text] == []
